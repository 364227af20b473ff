"""HTML mode: the article lives in one element; what else is in it, and not furniture, is body.

Text evidence finds the article's paragraphs; the DOM then tells which element
holds (nearly) all of them. Short lines, headings, list items and table rows
inside that element were only left out for lack of text evidence, so they
join the body; labels that a detector gave stay.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Callable, Sequence

from ..detectors.dom import ARTICLE_WORDS
from ..model import Block, DomNode, Label
from .region import under_closer

# Label members read for every block, bound once: on CPython 3.11 reading a member off the Enum
# class goes through the metaclass's __getattr__ hook, several times a module name's cost.
_BODY, _DUPLICATE, _NAV, _RELATED, _SUBTITLE = Label.BODY, Label.DUPLICATE, Label.NAV, Label.RELATED, Label.SUBTITLE

# How much of the body's text the container must hold.
_SHARE = 0.8
# Reasons given to blocks that nothing claimed: only these are reconsidered.
_LEFTOVER_REASONS = (
    "outside the article region",
    "short line inside the article, not between paragraphs",
    "paragraph after the article",
)
# A closer inside the article (an inline 'Read also' box, a photo's copyright line) ends the
# region early; a paragraph under it that stands beside the body's paragraphs is still article,
# and so is a heading among them (a child of the element that holds body paragraphs): the
# article's next section starts there, after the box, so the box did not close the article.
_FALSE_CLOSER_REASONS = (under_closer(Label.RELATED), under_closer(Label.COPYRIGHT))
_PARAGRAPH_UNITS = 15
_CHAIN_LIMIT = 24
_LEAD_UNITS = 4
_MAX_DECK_LINES = 3


def _chain(block: Block) -> list[DomNode]:
    node = block.dom_node
    return list(node.chain(_CHAIN_LIMIT)) if node is not None else []


def article_container(blocks: Sequence[Block]) -> DomNode | None:
    """The deepest element holding at least ``_SHARE`` of the body's units."""
    return _deepest_holding([block for block in blocks if block.label is _BODY], _SHARE)


def _every(node: DomNode) -> bool:
    return True


def _deepest_holding(blocks: Sequence[Block], share: float,
                     counts: Callable[[DomNode], bool] = _every) -> DomNode | None:
    """The deepest element (of those ``counts`` admits) around ``share`` of the blocks' units.

    An element holds the units of the blocks whose chain (their nearest elements, up to
    _CHAIN_LIMIT) passes through it. Blocks are grouped by their nearest element first (an
    article's paragraphs share a few), so each chain is walked once, not once a block.
    """
    by_node: dict[int, list] = {}  # id(nearest element) -> [element, units, index of its last block]
    total = 0
    for index, block in enumerate(blocks):
        total += block.units
        node = block.dom_node
        if node is not None:
            entry = by_node.get(id(node))
            if entry is None:
                by_node[id(node)] = [node, block.units, index]
            else:
                entry[1] += block.units
                entry[2] = index
    if not total:
        return None
    held: dict[int, int] = {}  # in the order block by block would have met them
    nodes: dict[int, DomNode] = {}
    depth: dict[int, int] = {}  # distance from the top of the chain
    cut = False
    for node, units, _ in by_node.values():
        chain = list(node.chain(_CHAIN_LIMIT))
        cut = cut or len(chain) == _CHAIN_LIMIT
        for level, above in enumerate(chain):
            if counts(above):
                held[id(above)] = held.get(id(above), 0) + units
                nodes[id(above)] = above
                depth[id(above)] = len(chain) - level
    candidates = [key for key, units in held.items() if units >= share * total]
    if not candidates:
        return None
    if cut:  # chains cut at the limit put one element at several distances: the last block's counts
        for node, _, _ in sorted(by_node.values(), key=itemgetter(2)):
            chain = list(node.chain(_CHAIN_LIMIT))
            for level, above in enumerate(chain):
                depth[id(above)] = len(chain) - level
    return nodes[max(candidates, key=depth.__getitem__)]


def expand_to_container(blocks: Sequence[Block]) -> list[int]:
    """Leftover blocks inside the article's element become body; returns their indexes."""
    body_paths = {block.dom_path for block in blocks if block.label is _BODY}
    parents: set[str] = set()

    def body_parents() -> set[str]:  # made when first asked: few pages have a heading under a closer
        if not parents:
            parents.update(path.rpartition(">")[0] for path in body_paths if path)
        return parents

    taken: list[int] = []
    if bare_page(blocks):
        last = max(i for i, block in enumerate(blocks) if block.label is _BODY)
        # A deck is a line or three under the headline; more 'deck lines' are the article's opening
        # sections (headings and formulas above its first long paragraph).
        decks = sum(1 for block in blocks if block.label is _SUBTITLE)
        lead_units = 1 if decks > _MAX_DECK_LINES else None
        for i in range(last):  # what follows the article's last paragraph is not the article
            if _reconsidered(blocks[i], body_paths, body_parents, lead_units=lead_units):
                blocks[i].relabel(_BODY, "on a page that is nothing but its article")
                taken.append(i)
        return taken
    container = article_container(blocks)
    if container is None or container.tag in ("body", "html"):
        return taken
    headings: list[int] = []  # the headings given back, the only blocks _drop_empty_headings judges
    closed: dict[int, tuple[Label, str]] = {}  # headings taken from under a closer: what they were
    for i, block in enumerate(blocks):
        if _reconsidered(block, body_paths, body_parents) and any(node is container for node in _chain(block)):
            if block.heading:
                headings.append(i)
                if block.reason.startswith(_FALSE_CLOSER_REASONS):
                    closed[i] = block.label, block.reason  # type: ignore[assignment]  # labelled
            block.relabel(_BODY, INSIDE_REASON)
            taken.append(i)
    if headings:
        _drop_empty_headings(blocks, headings, closed)
    return taken


def parent_path(block: Block) -> str:
    """The path of the element around the block's own element ('' without a path)."""
    return (block.dom_path or "").rpartition(">")[0]


INSIDE_REASON = "inside the article's element"
EMPTY_HEADING_REASON = "heading over no article text (a box's title inside the article's element)"


def _drop_empty_headings(blocks: Sequence[Block], headings: Sequence[int],
                         closed: dict[int, tuple[Label, str]]) -> None:
    """A heading the article's element gave the body (``headings``) after the article's last
    paragraph heads a section of the article only when article text follows it before the next
    heading of its level or above ('Further information' over a box of links, 'More from the show'
    over teasers are not). A heading printed twice does not end a section; a heading in a list
    item or a table cell is an item's text. A heading taken from under a closer (``closed``) that
    heads no text goes back to what it was (a later stage may read it otherwise)."""
    last = len(blocks) - 1  # the article's last paragraph (region body), found from the end
    while last >= 0 and (blocks[last].label is not _BODY or blocks[last].reason == INSIDE_REASON):
        last -= 1
    for i in reversed(headings):  # from the end: a heading dropped below is no text for one above
        block = blocks[i]
        if i <= last:
            break
        if block.list_item or block.table_cell:
            continue
        if not _heads_text(blocks, i):
            block.relabel(*closed.get(i, (_NAV, EMPTY_HEADING_REASON)))


def _heads_text(blocks: Sequence[Block], i: int) -> bool:
    """Body text follows heading ``i`` before the next heading of its level or above."""
    level = blocks[i].heading
    for j in range(i + 1, len(blocks)):
        block = blocks[j]
        if block.heading and not (block.list_item or block.table_cell) and block.label is not _DUPLICATE:
            if block.heading <= level:
                return False
            continue  # a deeper heading: its text is this one's too
        if block.label is _BODY:
            return True
    return False


def bare_page(blocks: Sequence[Block]) -> bool:
    """No element of the page says what it is (no class, id, role, nor a nav, header, aside ...):
    a page of bare headings and paragraphs is its article, which is the page's element."""
    return all(block.dom_node is None for block in blocks) and any(block.label is _BODY for block in blocks)


def _reconsidered(block: Block, body_paths: set[str | None], body_parents: Callable[[], set[str]],
                  lead_units: int | None = _LEAD_UNITS) -> bool:
    """Whether ``block`` joins the body if it lies inside the article's element (deck lines of at
    least ``lead_units``; none when None)."""
    if block.reason.startswith(_FALSE_CLOSER_REASONS):
        if block.link_ratio >= 0.5:
            return False
        if block.heading:  # rare (a box between sections): the body's parents are made only here
            return parent_path(block) in body_parents()
        return block.units >= _PARAGRAPH_UNITS and block.dom_path in body_paths
    if block.label in (_NAV, _RELATED) and block.reason.startswith(_LEFTOVER_REASONS):
        return block.link_ratio < 0.5
    # A deck line inside the article's element is part of the article (its lead, its standfirst).
    return lead_units is not None and block.label is _SUBTITLE and block.units >= lead_units


# The article's lead (its standfirst, teaser, summary) stands above its first paragraph, often
# with the headline, a byline, a photo and its caption, or a share bar between: the region's
# text evidence stops at them. A paragraph of prose above the body is the article's lead when
# it lies in the article's element, and that element opens just above it (a page's wrapper,
# which holds the menus and the teasers above the article too, does not). A lead is under the
# headline: nothing above the page's <h1> is looked at.
_LEAD_REACH = 32  # blocks looked at above the article's first paragraph
_LEAD_MIN_UNITS = 15  # a lead is a paragraph, not a heading or a label
_LEAD_MAX_LINKS = 0.2
_LEAD_OPENS_WITHIN = 16  # blocks of the common element above the lead (headline, kicker, date)
LEAD_REASON = "the article's lead, above its first paragraph in its element"


def _lead_like(block: Block) -> bool:
    if block.units < _LEAD_MIN_UNITS or block.link_ratio > _LEAD_MAX_LINKS or not block.terminal:
        return False
    if block.label is _SUBTITLE:
        return True
    return block.label is _NAV and block.reason.startswith(_LEFTOVER_REASONS)


def _opens_near(blocks: Sequence[Block], element: int, at: int) -> bool:
    """The element ``element`` (a dom id) holds at most ``_LEAD_OPENS_WITHIN`` blocks before ``at``."""
    for j in range(at - 1, max(at - _LEAD_OPENS_WITHIN, 0) - 1, -1):
        ids = blocks[j].dom_ids
        if not ids or element not in ids:
            return True
    return at - _LEAD_OPENS_WITHIN <= 0 and not (blocks[0].dom_ids and element in blocks[0].dom_ids)


def take_leads(blocks: Sequence[Block]) -> list[int]:
    """HTML: paragraphs above the article's first paragraph that are its lead become body; returns
    their indexes."""
    first = next((i for i, block in enumerate(blocks) if block.label is _BODY), None)
    if first is None or not blocks[first].dom_ids:
        return []
    taken: list[int] = []
    anchor = set(blocks[first].dom_ids)  # type: ignore[arg-type]  # checked above
    body: list[Block] = []  # the body's blocks, read when a candidate asks (most pages have none)
    total = 0
    for j in range(first - 1, max(first - _LEAD_REACH, 0) - 1, -1):
        block = blocks[j]
        if block.heading == 1:
            break
        if not block.dom_ids or not _lead_like(block):
            continue
        common = anchor.intersection(block.dom_ids)
        if not common:
            continue
        element = max(common)  # ids rise along a path: the deepest element holding both
        if not body:
            body = [b for b in blocks[first:] if b.label is _BODY]
            total = sum(b.units for b in body)
        held = sum(b.units for b in body if b.dom_ids and element in b.dom_ids)
        if held >= _SHARE * total and _opens_near(blocks, element, j):
            block.relabel(_BODY, LEAD_REASON)
            taken.append(j)
    return taken


# A post of a few short lines (a note, a list of settings, a dialogue) has no paragraph for the
# region to find. When the body is (nearly) empty, the element that says it holds an article
# ('post', 'entry', <article>) and holds most of the page's leftover text is the article.
SHORT_BODY_UNITS = 30
_SHORT_MAX_LINKS = 0.5
_SHORT_SHARE = 0.5
_ARTICLE_TAGS = ("article", "main")
SHORT_REASON = "short article: the leftover text of the element holding the article"


def _says_article(node: DomNode) -> bool:
    return node.tag in _ARTICLE_TAGS or node.role in _ARTICLE_TAGS or not ARTICLE_WORDS.isdisjoint(node.words)


def short_article(blocks: Sequence[Block]) -> None:
    """HTML: on a page whose body is (nearly) empty, the leftover lines of the article's element."""
    units = 0
    for block in blocks:  # most pages reach the limit with their first paragraph
        if block.label is _BODY:
            units += block.units
            if units >= SHORT_BODY_UNITS:
                return
    leftovers = [
        block for block in blocks
        if block.label is _NAV and block.reason.startswith(_LEFTOVER_REASONS)
        and block.link_ratio < _SHORT_MAX_LINKS and not block.image and block.dom_node is not None
    ]
    element = _deepest_holding(leftovers, _SHORT_SHARE, _says_article)
    if element is None:
        return
    for block in leftovers:
        if any(node is element for node in _chain(block)):
            block.relabel(_BODY, SHORT_REASON)
