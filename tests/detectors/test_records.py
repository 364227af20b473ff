"""Record lists: sibling items with linked headlines are listings; lists of the article are not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import cues
from cleantext.detectors import records
from cleantext.model import Block, Label
from cleantext.segment.html import segment_html

ARTICLE = "".join(
    f"<p>Paragraph {n} of the article tells the reader what happened in the town, and why it matters to them.</p>"
    for n in range(8)
)
HEADLINES = [
    "Council approves the new budget for the harbour",
    "Storm closes three schools on the northern coast",
    "Local team wins the cup after a long season",
    "Museum reopens its doors after two years of work",
    "Rail strike called off at the last minute",
    "New bridge opens to traffic this weekend",
]


def teaser(headline: str, summary: bool = True) -> str:
    text = "<p>A short summary of the story in one sentence.</p>" if summary else ""
    return f'<li class="card"><h3><a href="/x">{headline}</a></h3>{text}<span>2024-05-01</span></li>'


def detect(html: str) -> list[Block]:
    blocks = segment_html(html).blocks
    records.detect(blocks, cues.load())
    return blocks


def labels(html: str, prefix: str) -> set[Label | None]:
    return {b.label for b in detect(html) if b.clean.startswith(prefix)}


def page(fragment: str, *, before: bool = False) -> str:
    parts = (fragment, f"<article>{ARTICLE}</article>") if before else (f"<article>{ARTICLE}</article>", fragment)
    return f"<html><body>{''.join(parts)}</body></html>"


def test_teaser_list_without_a_header_is_related() -> None:
    html = page(f"<ul>{''.join(teaser(h) for h in HEADLINES[:4])}</ul>")
    assert labels(html, "Council") == {Label.RELATED}
    assert labels(html, "A short summary") == {Label.RELATED}
    assert labels(html, "Paragraph") == {None}


def test_found_anywhere_on_the_page() -> None:
    html = page(f"<div><ul>{''.join(teaser(h, summary=False) for h in HEADLINES[:3])}</ul></div>", before=True)
    assert labels(html, "Storm") == {Label.RELATED}


def test_steps_of_the_article_are_not_records() -> None:
    """Steps and bullet points: the items are sentences, not links."""
    steps = "".join(f"<li>Step {n}: stir the sauce for two minutes and add the salt.</li>" for n in range(5))
    assert labels(page(f"<article><ol>{steps}</ol></article>"), "Step") == {None}


def test_references_the_article_cites_are_not_records() -> None:
    """References: the link is a part of the item (authors, journal and year around it)."""
    refs = "".join(
        f'<li>Smith, J. and Doe, A. ({2000 + n}). <a href="/r">A study of harbours</a>. '
        f"Journal of Coastal Research, vol. {n}, pp. 1-20.</li>"
        for n in range(5)
    )
    assert labels(page(f"<ol>{refs}</ol>"), "Smith") == {None}


def test_menus_are_not_records() -> None:
    """Menu entries are a word or two, not headlines."""
    menu = "".join(f'<li class="item"><a href="/{w}">{w}</a></li>' for w in ("News", "Sport", "Weather", "Culture"))
    assert labels(page(f"<ul>{menu}</ul>"), "News") == {None}


def test_linked_headings_between_paragraphs_are_sections() -> None:
    """A run of linked headings with the article's paragraphs between them is not a list."""
    sections = "".join(f'<h3><a href="/s">{h}</a></h3><p>{ARTICLE[3:80]}</p>' for h in HEADLINES)
    assert labels(page(f"<div>{sections}</div>"), "Council") == {None}


def test_a_listing_page_keeps_its_records() -> None:
    """When the records are most of the page, they are what the page is."""
    html = f"<html><body><ul>{''.join(teaser(h) for h in HEADLINES)}</ul></body></html>"
    assert labels(html, "Council") == {None}


def test_dated_rows_are_a_board_and_data_tables_are_not() -> None:
    posts = "".join(f'<tr><td>{n}</td><td><a href="/p">{h}</a></td><td>2024.05.0{n}</td></tr>'
                    for n, h in enumerate(HEADLINES[:4], 1))
    assert labels(page(f"<table>{posts}</table>"), "1 |") == {Label.BOARD}
    cities = "".join(f'<tr><td>{n}</td><td><a href="/c">{h}</a></td><td>{n * 1000}</td></tr>'
                     for n, h in enumerate(HEADLINES[:4], 1))
    assert labels(page(f"<table>{cities}</table>"), "1 |") == {None}


DUMP_ARTICLE = "\n\n".join(
    f"Paragraph {n} of the article tells the reader what happened in the town, and why it matters to them."
    for n in range(8)
)


def text_labels(dump: str, prefix: str) -> set[Label | None]:
    return {b.label for b in cleantext.clean_text(dump).blocks if b.clean.startswith(prefix)}


def test_text_mode_linked_headlines_alternating_with_summaries_are_related() -> None:
    """A markdown dump: linked headline lines, each followed by a one-sentence summary."""
    teasers = "\n\n".join(f"[{h}](https://example.org/{n})\n\nA short summary of this other story in one sentence."
                           for n, h in enumerate(HEADLINES[:4]))
    dump = DUMP_ARTICLE + "\n\n" + teasers
    assert text_labels(dump, "Council") == {Label.RELATED}
    assert text_labels(dump, "A short summary") == {Label.RELATED}
    assert text_labels(dump, "Paragraph") == {Label.BODY}


def test_text_mode_link_lines_without_summaries_are_left_to_other_stages() -> None:
    """Bare linked lines (the article's list of links, a menu) are not records."""
    links = "\n".join(f"* [{h}](https://example.org/{n})" for n, h in enumerate(HEADLINES[:4]))
    blocks = cleantext.clean_text(DUMP_ARTICLE + "\n\n" + links).blocks
    assert not any(b.reason.startswith("record list") for b in blocks)


@settings(max_examples=40, deadline=None)
@given(
    count=st.integers(min_value=3, max_value=6),
    summary=st.booleans(),
    before=st.booleans(),
)
def test_a_teaser_list_never_reaches_the_body(count: int, summary: bool, before: bool) -> None:
    """Whatever its length, its place, or whether items have summaries, the body keeps the
    article's paragraphs and none of the teasers."""
    html = page(f"<ul>{''.join(teaser(h, summary) for h in HEADLINES[:count])}</ul>", before=before)
    body = cleantext.clean_html(html).body
    assert "Paragraph 0 of the article" in body and "Paragraph 7 of the article" in body
    assert not any(h in body for h in HEADLINES)


@settings(max_examples=60, deadline=None)
@given(
    lists=st.lists(
        st.tuples(st.integers(min_value=1, max_value=6), st.booleans(), st.sampled_from(["ul", "div", "section"])),
        max_size=4,
    ),
    nested=st.integers(min_value=0, max_value=9),
)
def test_record_groups_are_the_sibling_groups_that_can_be_record_lists(
    lists: list[tuple[int, bool, str]], nested: int
) -> None:
    """record_groups (the fast path) follows only groups that may hold enough records: it gives
    every sibling group that is a record list, in the same order with the same items, whatever the
    lists' lengths, summaries, containers and depth (paths deeper than dom_path keeps)."""
    wrap_open, wrap_close = "<div class='w'>" * nested, "</div>" * nested
    fragments = [
        f"<{tag} class='box'>{''.join(teaser(h, summary) for h in HEADLINES[:count])}</{tag}>"
        for count, summary, tag in lists
    ]
    html = f"<html><body>{wrap_open}<article>{ARTICLE}</article>{''.join(fragments)}{wrap_close}</body></html>"
    blocks = segment_html(html).blocks
    fast = records.record_groups(blocks)
    full = records.sibling_groups(blocks)
    assert all(group in full for group in fast)
    assert [g for g in full if records.is_record_list(blocks, g[1])] == [
        g for g in fast if records.is_record_list(blocks, g[1])
    ]


def read_also(headline: str) -> str:
    return (f'<div class="box"><div class="boxhead">Read also</div><div class="teaser"><h2><a href="/r">{headline}</a></h2>'
            "<p>What the other story is about, in a sentence.</p></div></div>")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=7), min_size=3, max_size=5, unique=True))
def test_read_also_boxes_between_the_paragraphs_are_related(positions: list[int]) -> None:
    """Boxes of one shape spread through the article, each a linked headline and a summary, are
    teasers even though the article's paragraphs stand between them (not one run)."""
    paragraphs = [f"<p>Paragraph {n} of the article tells the reader what happened in the town, and why it "
                  f"matters to them.</p>" for n in range(8)]
    parts: list[str] = []
    for n, paragraph in enumerate(paragraphs):
        parts.append(paragraph)
        if n in positions:
            parts.append(read_also(HEADLINES[len(parts) % len(HEADLINES)]))
    html = f"<html><body><article><div class='text'>{''.join(parts)}</div></article></body></html>"
    assert labels(html, "What the other story") == {Label.RELATED}
    assert labels(html, "Paragraph") == {None}
    body = cleantext.clean_html(html).body
    assert "What the other story" not in body and "Paragraph 7 of the article" in body


def test_boxes_between_paragraphs_that_are_not_all_teasers_stay() -> None:
    """Spread boxes count only when every one is a record: figures (no linked headline) and boxed
    sections with the article's long text are the article's."""
    figure = '<div class="fig"><a href="/i"><img src="i.jpg" alt="The harbour"></a><p>The harbour at dusk.</p></div>'
    long_text = "The harbour was built in the twelfth century and rebuilt after the great flood. " * 8
    section = f'<div class="fig"><h3><a href="/s">{HEADLINES[0]}</a></h3><p>{long_text}</p></div>'
    parts = [f"<p>Paragraph {n} of the article tells the reader what happened in the town.</p>{figure}"
             for n in range(3)] + [f"<p>Paragraph {n} of the article.</p>{section}" for n in range(3, 5)]
    html = f"<html><body><article>{''.join(parts)}</article></body></html>"
    assert labels(html, "The harbour at dusk") <= {None, Label.CAPTION}
    assert labels(html, "The harbour was built") == {None}


def test_a_thread_of_posts_of_two_classes_is_not_spread_boxes() -> None:
    """A forum's posts alternate between the owner's class and the others': the items of one class
    have items of their own kind (the same tag) between them, so they are one thread, not boxes."""
    def post(cls: str, n: int) -> str:
        return (f'<li class="{cls}"><div class="head"><a href="/u{n}">Harbour fan {n} Sailor Moderator</a></div>'
                f"<p>I saved the route on my laptop, number {n}, and it does not show.</p></li>")
    thread = "".join(post("owner", n) + post("", n) for n in range(3))
    html = f"<html><body><article>{ARTICLE}{ARTICLE}</article><ul class='posts'>{thread}</ul></body></html>"
    assert labels(html, "I saved the route") <= {None}


# A list's own header: a short line that is no sentence, standing just before the list in the
# element that holds it ('Recommended by the shop', 'More columns'), whatever its words.
HEADERS = ["Picks from our shop", "Aus unserem Shop", "Unsere Auswahl", "From the archive"]


@settings(max_examples=30, deadline=None)
@given(header=st.sampled_from(HEADERS), tag=st.sampled_from(["p", "div", "h2", "h3"]), count=st.integers(3, 6))
def test_the_header_of_a_teaser_list_goes_with_it(header: str, tag: str, count: int) -> None:
    items = "".join(teaser(h) for h in HEADLINES[:count])
    blocks = detect(page(f"<section><{tag}>{header}</{tag}><ul>{items}</ul></section>"))
    found = [b for b in blocks if b.clean == header]
    assert [(b.label, b.reason) for b in found] == [(Label.RELATED, records.HEADER_REASON)]
    assert header not in cleantext.clean_html(page(f"<section><{tag}>{header}</{tag}><ul>{items}</ul></section>")).body


def test_a_sentence_before_a_teaser_list_is_no_header() -> None:
    items = "".join(teaser(h) for h in HEADLINES[:4])
    line = "The council met again on Monday."
    blocks = detect(page(f"<section><p>{line}</p><ul>{items}</ul></section>"))
    assert {b.label for b in blocks if b.clean == line} == {None}


def test_a_line_outside_the_lists_element_is_no_header() -> None:
    """The article's last line stands before a list that is elsewhere on the page: not its header."""
    items = "".join(teaser(h) for h in HEADLINES[:4])
    html = f"<html><body><article>{ARTICLE}<p>Unsere Auswahl</p></article><div><div><ul>{items}</ul></div></div></body></html>"
    assert {b.label for b in detect(html) if b.clean == "Unsere Auswahl"} == {None}


def test_a_header_the_cues_know_is_left_to_them() -> None:
    """'Related articles' is a related header of the cues, which also ends the article there."""
    items = "".join(teaser(h) for h in HEADLINES[:4])
    blocks = detect(page(f"<section><h2>Related articles</h2><ul>{items}</ul></section>"))
    assert {b.label for b in blocks if b.clean == "Related articles"} == {None}


def test_the_last_entry_of_another_list_is_no_header() -> None:
    """A list of pros above a list of offers: its last entry stands just before the offers."""
    items = "".join(teaser(h) for h in HEADLINES[:4])
    pros = "<ul><li>Quiet at night</li><li>Slow cycle times</li></ul>"
    blocks = detect(page(f"<section>{pros}<ul>{items}</ul></section>"))
    assert {b.label for b in blocks if b.clean == "Slow cycle times"} == {None}
