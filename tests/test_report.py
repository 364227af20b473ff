"""The HTML report (cleantext.report): what it shows, that it is self-contained, and that no page
text can inject markup into it.

The report is read back with parsers rather than searched as a string: the
stdlib's HTMLParser for the token-level checks (which tags, which attributes,
which text), lxml.html for the structure (which block sits in which element).
The real-browser test lives in test_report_browser.py.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from typing import Any

import lxml.html
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import cleantext
from cleantext import Document, Failure, Label
from cleantext.model import Block
from cleantext.report import FOLD_AT, LABEL_COLOURS, render_report
from seedlib import SEED_NAMES, load_seed

# Every element the report may contain; anything else in a report is injected markup.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "div", "strong", "span",
    "nav", "table", "tr", "th", "td", "a", "main", "section", "details", "summary", "del",
}
NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")  # what the report shows as U+FFFD


def seed_doc(name: str) -> Document:
    seed = load_seed(name)
    return cleantext.Cleaner().clean(seed.text, name=str(seed.path))


def block(line: int, text: str, label: Label | None, reason: str = "rule") -> Block:
    made = Block(index=line - 1, text=text, clean=text, line=line)
    made.label, made.reason = label, reason
    return made


def document(blocks: list[Block], title: str | None = "A title", source: str | None = "page.txt",
             meta: dict[str, str] | None = None) -> Document:
    return Document(body="", title=title, meta=meta or {}, blocks=tuple(blocks), source=source)


def parse(report: str) -> Any:
    return lxml.html.document_fromstring(report)


def rows(report: str) -> list[Any]:
    """The block rows of a report, in document order (folded ones included)."""
    return parse(report).xpath('//div[contains(concat(" ", @class, " "), " b ")]')


# --------------------------------------------------------------------------- what it shows

def test_every_label_has_its_own_colour():
    assert set(LABEL_COLOURS) == set(Label)
    assert len(set(LABEL_COLOURS.values())) == len(Label)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_block_in_input_order_kept_ones_plain_removed_ones_struck_with_label_and_rule(name):
    doc = seed_doc(name)
    found = rows(doc.to_html_report())
    assert len(found) == len(doc.blocks)
    for row, original in zip(found, doc.blocks):
        assert row.find_class("n")[0].text_content() == str(original.line)
        assert original.reason and original.reason in row.get("title")
        if original.kept:
            assert "kept" in row.classes
            assert row.xpath("./span[@class='x']")[0].text_content() == original.text
            assert not row.xpath(".//del")
        else:
            assert "removed" in row.classes
            assert row.xpath("./del")[0].text_content() == original.text
            (tag,) = row.find_class("tag")
            assert tag.text_content() == original.label.value
            assert f"t-{original.label.value}" in tag.classes


def test_header_has_title_source_and_the_count_of_every_label():
    doc = seed_doc(SEED_NAMES[1])
    page = parse(doc.to_html_report()).xpath("//section[@class='page']")[0]
    assert page.xpath("./h2")[0].text_content() == doc.title
    assert doc.source in page.find_class("src")[0].text_content()
    shown = [tag.text_content() for tag in page.find_class("counts")[0].find_class("tag")]
    counts = Counter(b.label.value for b in doc.blocks)
    assert sorted(shown) == sorted(f"{label} {count}" for label, count in counts.items())
    kept = sum(b.kept for b in doc.blocks)
    assert f"kept {kept} of {len(doc.blocks)} blocks" in page.find_class("counts")[0].text_content()


def test_an_html_page_shows_its_url_and_kind():
    page = "<html><head><title>Park budget</title></head><body><nav>Home</nav><p>The council met.</p></body></html>"
    doc = cleantext.clean_html(page, url="https://example.org/news/park?x=1&y=2")
    origin = parse(doc.to_html_report()).find_class("src")[0].text_content()
    assert "https://example.org/news/park?x=1&y=2" in origin and "html input" in origin


def test_a_page_without_a_title_is_named_by_its_source():
    doc = document([block(1, "text", Label.BODY)], title=None, source="dump/page.txt")
    page = parse(doc.to_html_report()).xpath("//section[@class='page']")[0]
    assert page.xpath("./h2")[0].text_content() == "dump/page.txt"
    assert "no title" in page.text_content()


def test_legend_shows_every_label_with_its_colour_class():
    tags = parse(render_report([seed_doc(SEED_NAMES[0])])).get_element_by_id("legend").find_class("tag")
    assert [tag.text_content() for tag in tags] == [label.value for label in Label]
    assert all(f"t-{tag.text_content()}" in tag.classes for tag in tags)


def test_long_run_of_one_removed_label_shows_its_first_block_and_folds_the_rest():
    blocks = ([block(1, "Menu", Label.NAV)] + [block(n, f"{n} C", Label.WEATHER) for n in range(2, 2 + FOLD_AT)]
              + [block(20, "Paragraph.", Label.BODY)] + [block(n, "Ad", Label.BANNER) for n in range(21, 20 + FOLD_AT)])
    tree = parse(document(blocks).to_html_report())
    (fold,) = tree.xpath("//details")
    folded = [row.find_class("n")[0].text_content() for row in fold.xpath("./div")]
    assert folded == [str(n) for n in range(3, 2 + FOLD_AT)]  # line 2, the run's first, stays in view
    assert f"{FOLD_AT - 1} more weather blocks" in fold.xpath("./summary")[0].text_content()
    assert len(rows(document(blocks).to_html_report())) == len(blocks)  # a shorter banner run stays open


def test_kept_blocks_are_never_folded():
    blocks = [block(n, "Paragraph.", Label.BODY) for n in range(1, 3 * FOLD_AT)]
    assert "<details" not in document(blocks).to_html_report()


def test_several_pages_get_contents_with_links_and_kept_share_one_page_none():
    docs = [seed_doc(name) for name in SEED_NAMES]
    tree = parse(render_report(docs))
    links = tree.xpath("//nav[@id='contents']//a")
    assert [link.text_content() for link in links] == [doc.title or doc.source for doc in docs]
    anchors = [link.get("href") for link in links]
    assert [f"#{section.get('id')}" for section in tree.xpath("//section")] == anchors
    shares = [row.xpath("./td")[2].text_content() for row in tree.xpath("//nav[@id='contents']//tr")[1:]]
    for doc, share in zip(docs, shares):
        assert f"{sum(b.kept for b in doc.blocks)}/{len(doc.blocks)} blocks" in share
    assert not parse(docs[0].to_html_report()).xpath("//nav")


def test_a_failure_is_an_error_entry_and_the_other_pages_still_show():
    docs = [seed_doc(SEED_NAMES[0]), Failure("bad.bin", "bad.bin: binary data"), seed_doc(SEED_NAMES[1])]
    tree = parse(render_report(docs))
    (failed,) = tree.xpath("//section[contains(@class, 'failed')]")
    assert failed.xpath("./h2")[0].text_content() == "bad.bin"
    assert "bad.bin: binary data" in failed.find_class("error")[0].text_content()
    assert len(tree.xpath("//section[@class='page']")) == 2
    assert "binary data" in tree.get_element_by_id("contents").text_content()


def test_report_is_self_contained_and_has_no_script():
    report = render_report([seed_doc(name) for name in SEED_NAMES])
    tree = parse(report)
    assert not tree.xpath("//script | //link | //img | //iframe | //object | //embed | //@src")
    assert all(href.startswith("#") for href in tree.xpath("//@href"))
    assert "<script" not in report.lower()
    css = " ".join(style.text_content() for style in tree.xpath("//style"))
    assert "url(" not in css and "@import" not in css
    assert not [name for element in tree.iter() for name in element.attrib if name.startswith("on")]


def test_to_html_report_is_the_one_page_report():
    doc = seed_doc(SEED_NAMES[2])
    assert doc.to_html_report() == render_report([doc])


# --------------------------------------------------------------------------- escaping

class Tokens(HTMLParser):
    """Tags with their attributes and the text between them, as an HTML tokenizer reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, ...]] = []
        self.text: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attributes.extend((name, value or "") for name, value in attrs)
        # title and style values hold page text and numbers; the structure is everything else
        self.tags.append((tag, *(f"{n}={v}" if n not in ("title", "style") else n for n, v in attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.tags.append(("/" + tag,))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def tokens(report: str) -> Tokens:
    parser = Tokens()
    parser.feed(report)
    parser.close()
    return parser


LABELS = st.sampled_from([*Label, None])
ANY_TEXT = st.text(max_size=60)
HOSTILE = st.sampled_from([
    "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "</del></div><script>", "' onmouseover='x",
    "&lt;script&gt;", "<!--", "]]>", "</style><script>", "\x00\ud800\x1b[31m", "<details open>",
])
TEXTS = st.one_of(ANY_TEXT, HOSTILE, st.builds(lambda a, b, c: a + b + c, ANY_TEXT, HOSTILE, ANY_TEXT))


@st.composite
def documents(draw: st.DrawFn) -> Document:
    blocks = [block(line, draw(TEXTS), draw(LABELS), draw(TEXTS))
              for line in range(1, draw(st.integers(0, 12)) + 1)]
    meta = draw(st.dictionaries(st.one_of(st.just("url"), TEXTS), TEXTS, max_size=3))
    return document(blocks, title=draw(st.none() | TEXTS), source=draw(st.none() | TEXTS), meta=meta)


def placeholder(result: Document | Failure) -> Document | Failure:
    """The same page with every string replaced by a harmless one (empty ones stay empty)."""
    def plain(value: str | None) -> str | None:
        return value if not value else "x"

    if isinstance(result, Failure):
        return Failure(plain(result.source) or "", plain(result.error) or "")
    blocks = [block(b.line, "x", b.label, plain(b.reason) or "") for b in result.blocks]
    meta = {("url" if key == "url" else f"key{number}"): plain(value) or ""
            for number, (key, value) in enumerate(result.meta.items())}
    return document(blocks, title=plain(result.title), source=plain(result.source), meta=meta)


@given(st.lists(st.one_of(documents(), st.builds(Failure, TEXTS, TEXTS)), min_size=1, max_size=3))
def test_no_string_of_a_page_changes_the_report_structure_or_gets_lost(results):
    report = render_report(results)
    read = tokens(report)
    assert read.tags == tokens(render_report([placeholder(r) for r in results])).tags
    assert {tag[0].lstrip("/") for tag in read.tags} <= ALLOWED_TAGS
    assert "<script" not in report.lower()
    assert all(re.fullmatch(r"width:\d+\.\d%", value) for name, value in read.attributes if name == "style")
    report.encode("utf-8")  # lone surrogates are gone: the report can be written as UTF-8
    text = "".join(read.text)
    for result in results:
        if isinstance(result, Failure):
            assert NOT_TEXT.sub("\ufffd", result.error) in text
            continue
        titles = {value for name, value in read.attributes if name == "title"}
        for original in result.blocks:
            assert NOT_TEXT.sub("\ufffd", original.text) in text
            assert any(NOT_TEXT.sub("\ufffd", original.reason) in value for value in titles)
        if result.title:
            assert NOT_TEXT.sub("\ufffd", result.title) in text


@given(st.one_of(st.text(max_size=300), HOSTILE.map(lambda s: f"<html><body><p>{s}</p>{s}</body></html>")))
@example("<p>Intro</p>\n<script>alert(1)</script>\n&lt;b&gt;")
def test_any_cleaned_input_makes_a_report_without_foreign_markup(page):
    report = cleantext.clean(page).to_html_report()
    assert {tag[0].lstrip("/") for tag in tokens(report).tags} <= ALLOWED_TAGS
    assert "<script" not in report.lower()


def test_characters_html_cannot_carry_are_shown_as_replacement_characters():
    report = document([block(1, "a\x00b\ud800c\x1bd\te\nf", Label.NAV)]).to_html_report()
    assert "a\ufffdb\ufffdc\ufffdd\te\nf" in report
    report.encode("utf-8")
