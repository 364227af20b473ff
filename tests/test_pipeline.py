"""The pipeline's second reading: a page whose prose class words took away is read from its text."""

from __future__ import annotations

import cleantext
from cleantext import pipeline
from cleantext.model import Label

PARAGRAPHS = [
    f"Paragraph {n} of the report explains how the river flooded the old town this spring, "
    "which streets were closed and what the council plans to do before the next winter comes."
    for n in range(6)
]


def test_an_article_under_misleading_class_words_is_still_found() -> None:
    """Each paragraph sits in an element whose class says 'sidebar': the DOM alone would call
    the whole page furniture, so the page is read again without class words."""
    html = "<html><body>" + "".join(f'<div class="sidebar-block"><p>{p}</p></div>' for p in PARAGRAPHS) + "</body></html>"
    doc = cleantext.clean_html(html)
    assert all(p in doc.body for p in PARAGRAPHS)


def test_a_page_with_its_article_found_is_read_once() -> None:
    """Furniture named by its classes stays furniture when the article was found."""
    html = (
        "<html><body><article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"
        '<div class="sidebar"><p>' + PARAGRAPHS[0].replace("Paragraph 0", "Sidebar text") + "</p></div></body></html>"
    )
    doc = cleantext.clean_html(html)
    assert not pipeline.starved(doc.blocks)
    assert "Sidebar text" not in doc.body
    assert any(b.label is Label.RELATED and b.clean.startswith("Sidebar text") for b in doc.blocks)


def test_a_consent_dialog_is_never_the_body() -> None:
    """A preference centre with more prose than the article (a short post) stays out of the body,
    and out of the second reading too: a dialog is a role, not a class word."""
    consent = "".join(
        f"<p>These cookies of kind {n} are set through our site by our partners; they remember your choices, "
        "measure your visits and show you offers that match what you read on the site.</p>"
        for n in range(12)
    )
    for article in (f"<article><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></article>",
                    "".join(f'<div class="sidebar-block"><p>{p}</p></div>' for p in PARAGRAPHS)):
        html = f"<html><body>{article}<div id='onetrust-pc-sdk'><div role='dialog' aria-modal='true'>{consent}</div></div></body></html>"
        doc = cleantext.clean_html(html)
        assert "cookies" not in doc.body
        assert PARAGRAPHS[0] in doc.body
