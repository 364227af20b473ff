"""HTML mode: what shares the article's element with its paragraphs is article."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext.detectors import records
from cleantext.model import Block, DomNode, Label
from cleantext.select import container

PARAGRAPHS = [
    "The city council voted on Tuesday to extend the harbour promenade by another two kilometres, "
    "a plan that had been debated for almost a decade before the money was finally found.",
    "Residents who live along the waterfront said they welcomed the decision, although some of them "
    "worried about the noise of the construction work that is expected to last for two summers.",
    "The mayor told reporters that the first section would open next spring and that the rest of "
    "the path would follow as soon as the contractors had finished the new sea wall.",
]
AFTER_THE_BOX = [
    "Engineers from the regional water authority will inspect the old wall in January, and their report "
    "is going to decide whether the existing foundations can carry the weight of the new path.",
    "If they cannot, the council said it would ask the national government for an additional grant, "
    "which would delay the opening of the second section by at least a year and a half.",
]


def page(box: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    after = "".join(f"<p>{text}</p>" for text in AFTER_THE_BOX)
    return (
        "<html><head><title>Promenade to grow</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/city'>City</a></li><li><a href='/sport'>Sport</a></li></ul></nav>"
        f"<main><article><h1>Promenade to grow by two kilometres</h1>{paragraphs}{box}{after}</article></main>"
        "<footer><p>© 2024 Harbour Gazette. All rights reserved.</p></footer></body></html>"
    )


def test_paragraphs_after_an_inline_related_box_stay_in_the_body() -> None:
    box = (
        "<div><h3>Related articles</h3><ul>"
        "<li><a href='/a'>Harbour tunnel opens after years of delay</a></li>"
        "<li><a href='/b'>New ferry line to the islands announced</a></li></ul></div>"
    )
    doc = cleantext.clean_html(page(box))
    for text in PARAGRAPHS + AFTER_THE_BOX:
        assert text in doc.body
    assert "Harbour tunnel opens" not in doc.body
    assert "Related articles" not in doc.body


def test_paragraphs_after_a_photo_copyright_line_stay_in_the_body() -> None:
    doc = cleantext.clean_html(page("<p>© Photo: Harbour Gazette archive</p>"))
    for text in PARAGRAPHS + AFTER_THE_BOX:
        assert text in doc.body


def test_a_teaser_outside_the_article_element_stays_out() -> None:
    teaser = (
        "Readers who enjoyed this story also followed our long series about the fishing families of the "
        "northern coast, who have worked the same waters for six generations and more."
    )
    html = page("").replace("</main>", f"</main><section><h2>Related articles</h2><p>{teaser}</p></section>")
    doc = cleantext.clean_html(html)
    assert teaser not in doc.body
    teaser_block = next(block for block in doc.blocks if block.clean == teaser)
    assert teaser_block.label is not Label.BODY



RELATED_BOX = (
    "<div><h3>Related articles</h3><ul>"
    "<li><a href='/a'>Harbour tunnel opens after years of delay</a></li>"
    "<li><a href='/b'>New ferry line to the islands announced</a></li></ul></div>"
)


@given(st.sampled_from(["h2", "h3"]), st.sampled_from(["The sea wall", "What the engineers will look at"]))
def test_a_section_heading_after_an_inline_box_stays_in_the_body(tag: str, heading: str) -> None:
    """A long article split into sections with a box between them: the next section's heading
    (beside the body's paragraphs, in their element) is article, not the box's furniture."""
    html = page(RELATED_BOX).replace(f"<p>{AFTER_THE_BOX[0]}", f"<{tag}>{heading}</{tag}><p>{AFTER_THE_BOX[0]}")
    assert f"</{tag}><p>{AFTER_THE_BOX[0]}" in html
    doc = cleantext.clean_html(html)
    for text in [*PARAGRAPHS, heading, *AFTER_THE_BOX]:
        assert text in doc.body
    assert "Harbour tunnel opens" not in doc.body


def test_a_heading_under_an_inline_box_over_no_text_keeps_its_label() -> None:
    """A heading after the box that heads nothing the body keeps (a box's title over links)
    stays related: what the closer made it, or the header of the record list it heads."""
    links = "<ul>" + "".join(f"<li><a href='/r{i}'>Harbour story number {i}</a></li>" for i in range(4)) + "</ul>"
    html = page(RELATED_BOX).replace("</article>", f"<h2>Harbour archive</h2>{links}</article>")
    doc = cleantext.clean_html(html)
    assert "Harbour archive" not in doc.body
    block = next(block for block in doc.blocks if block.clean == "Harbour archive")
    assert block.label is Label.RELATED
    assert block.reason.startswith(("under the related block", records.HEADER_REASON))

# --- the article's lead above its first paragraph -------------------------------------------

from hypothesis import given, settings
from hypothesis import strategies as st

LEAD = (
    "The harbour promenade will grow by two kilometres, after a decade of debate about who should pay for it "
    "and how the new sea wall should be built."
)
_FURNITURE = [
    "<p class='byline'>By Ana Ruiz</p>",
    "<time>12 March 2024</time>",
    "<figure><img src='a.jpg' alt='The harbour at dusk'><figcaption>The harbour at dusk.</figcaption></figure>",
    "<ul class='share'><li><a href='/s'>Share</a></li><li><a href='/t'>Tweet</a></li></ul>",
]


def lead_page(between: str, teaser: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS + AFTER_THE_BOX)
    return (
        "<html><head><title>Promenade to grow</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/city'>City</a></li></ul></nav>"
        f"<div class='wrap'>{teaser}<main><article class='story'><header><h1>Promenade to grow</h1>"
        f"<p class='standfirst'>{LEAD}</p>{between}</header>"
        f"<div class='story-body'>{paragraphs}</div></article></main></div>"
        "<footer><p>© 2024 Harbour Gazette. All rights reserved.</p></footer></body></html>"
    )


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_FURNITURE), max_size=12))
def test_the_lead_above_byline_photo_and_share_bar_is_body(between: list[str]) -> None:
    doc = cleantext.clean_html(lead_page("".join(between)))
    assert LEAD in doc.body
    assert doc.body.index(LEAD) < doc.body.index(PARAGRAPHS[0])


def test_a_teaser_above_the_article_element_is_not_its_lead() -> None:
    teaser = (
        "Readers who enjoyed our harbour coverage also followed the long series about the fishing families of "
        "the northern coast, who have worked the same waters for six generations."
    )
    # the teaser box and a menu, then the article: all in the page's wrapper, none in the article's element
    box = (
        f"<div class='top'><p>{teaser}</p><ul>"
        + "".join(f"<li><a href='/m{i}'>Menu entry {i}</a></li>" for i in range(20)) + "</ul></div>"
    )
    doc = cleantext.clean_html(lead_page("", teaser=box))
    assert LEAD in doc.body
    assert teaser not in doc.body


# --- a short post: no paragraph for the region, the article's element still says where it is ---

SHORT_POST = ["Films used", "Shuji: Fuji X-TRA 400.", "Walter: Kodak Portra 160.", "Cameras", "Shuji: Widelux.",
              "Walter: Pentax Z-1."]


def short_page(wrapper: str) -> str:
    lines = "".join(f"<p>{text}</p>" for text in SHORT_POST)
    menu = "".join(f"<li><a href='/p{i}'>Page {i}</a></li>" for i in range(8))
    return (
        f"<html><body><div class='menu'><ul>{menu}</ul></div>"
        f"<div class='wrap'><h1>Film swap with Shuji</h1>{wrapper.format(lines=lines)}</div>"
        "<div class='sidebar'><h2>Archive</h2><ul><li><a href='/a'>March 2018</a></li></ul></div></body></html>"
    )


def test_a_post_of_short_lines_is_its_article() -> None:
    doc = cleantext.clean_html(short_page("<article class='post'><div class='entry-content'>{lines}</div></article>"))
    for text in SHORT_POST:
        assert text in doc.body
    assert "March 2018" not in doc.body


def test_short_lines_in_an_element_that_names_no_article_stay_out() -> None:
    """Not by this rule: a page without an article may still be read as a listing (page types)."""
    doc = cleantext.clean_html(short_page("<div class='box'>{lines}</div>"))
    assert not any(block.reason == "short article: the leftover text of the element holding the article"
                   for block in doc.blocks)


def test_a_page_with_an_article_is_not_read_as_a_short_post() -> None:
    """The rule is a fallback: a page whose region found the article's paragraphs is left alone."""
    doc = cleantext.clean_html(page(""))
    assert not any(block.reason == "short article: the leftover text of the element holding the article"
                   for block in doc.blocks)


# --- headings the article's element gave the body head article text -------------------------


def sections_page(tail: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/city'>City</a></li></ul></nav>"
        f"<main><article class='story'><h1>Promenade to grow</h1>{paragraphs}{tail}</article></main>"
        "<footer><p>© 2024 Harbour Gazette. All rights reserved.</p></footer></body></html>"
    )


LINKS = "<ul>" + "".join(f"<li><a href='/l{i}'>Harbour link {i}</a></li>" for i in range(4)) + "</ul>"


def test_a_heading_over_a_box_of_links_at_the_end_is_not_body() -> None:
    doc = cleantext.clean_html(sections_page(f"<h2>Further information</h2>{LINKS}"))
    assert "Further information" not in doc.body
    assert PARAGRAPHS[-1] in doc.body


def test_nested_headings_over_article_text_stay() -> None:
    """'Project updates' (h2) over 'Add-ons' (h3) over the section's text: both head article text."""
    tail = (f"<h2>Project updates</h2><h3>The sea wall</h3><p>{AFTER_THE_BOX[0]}</p>"
            f"<h3>The second section</h3><p>{AFTER_THE_BOX[1]}</p><h2>Further information</h2>{LINKS}")
    doc = cleantext.clean_html(sections_page(tail))
    for text in ("Project updates", "The sea wall", "The second section", *AFTER_THE_BOX):
        assert text in doc.body
    assert "Further information" not in doc.body


def _deepest_block_by_block(blocks: list[Block], share: float) -> DomNode | None:
    """The element ``_deepest_holding`` finds, the plain way: every block walks its whole chain."""
    held: dict[int, int] = {}
    nodes: dict[int, DomNode] = {}
    depth: dict[int, int] = {}
    total = sum(block.units for block in blocks)
    for block in blocks:
        chain = list(block.dom_node.chain(container._CHAIN_LIMIT)) if block.dom_node else []
        for level, node in enumerate(chain):
            held[id(node)] = held.get(id(node), 0) + block.units
            nodes[id(node)] = node
            depth[id(node)] = len(chain) - level
    candidates = [key for key, units in held.items() if total and units >= share * total]
    return nodes[max(candidates, key=depth.__getitem__)] if candidates else None


@st.composite
def _blocks_in_a_tree(draw: st.DrawFn) -> list[Block]:
    """Blocks under elements of a random tree, some deeper than the chain limit."""
    elements: list[DomNode] = []
    for _ in range(draw(st.integers(1, 40))):
        parent = draw(st.sampled_from(elements)) if elements and draw(st.booleans()) else (elements[-1] if elements else None)
        elements.append(DomNode("div", ("box",), (), None, parent))
    placed = draw(st.lists(st.tuples(st.sampled_from(elements), st.integers(0, 30)), min_size=1, max_size=30))
    return [Block(index=i, text="x", clean="x", line=i + 1, line_end=i + 1, units=units, dom_node=node)
            for i, (node, units) in enumerate(placed)]


@given(_blocks_in_a_tree(), st.sampled_from([0.3, 0.5, 0.8]))
def test_the_deepest_element_is_the_one_block_by_block_walks_find(blocks: list[Block], share: float) -> None:
    """Grouping blocks by their nearest element finds what walking every block's chain finds,
    also where chains are cut at the limit (trees deeper than it)."""
    assert container._deepest_holding(blocks, share) is _deepest_block_by_block(blocks, share)
