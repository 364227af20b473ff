"""Link-reference lists appended to a dump are furniture; a URL inside the article is not."""

from __future__ import annotations

from blockkit import labels
from cleantext.detectors import references

ARTICLE = "The council approved the new budget on Tuesday after a long debate."


def test_numbered_references_and_their_header() -> None:
    text = f"{ARTICLE}\n\nReferences\n\n   1. https://example.com/a\n   2. https://example.com/b?x=1\n   3. mailto:desk@example.com"
    assert labels(references, text) == [None, "nav", "nav", "nav", "nav"]


def test_bracketed_references() -> None:
    text = f"{ARTICLE}\n[1] http://example.org/one\n[2] http://example.org/two"
    assert labels(references, text) == [None, "nav", "nav"]


def test_a_list_of_links_inside_the_article_is_the_articles() -> None:
    text = f"{ARTICLE}\n[1] http://example.org/one\n[2] http://example.org/two\n\n{ARTICLE} It went on for hours."
    assert labels(references, text) == [None, None, None, None]


def test_a_single_url_line_is_left_to_the_other_rules() -> None:
    text = f"{ARTICLE}\n\nhttps://example.com/report.pdf\n\n{ARTICLE}"
    assert labels(references, text) == [None, None, None]


def test_a_sentence_with_a_url_is_not_a_reference() -> None:
    text = f"Read the report at https://example.com/a today.\nSee https://example.com/b for details."
    assert labels(references, text) == [None, None]
