"""HTML mode: the article lives in one element; what else is in it, and not furniture, is body.

Text evidence finds the article's paragraphs; the DOM then tells which element
holds (nearly) all of them. Short lines, headings, list items and table rows
inside that element were only left out for lack of text evidence, so they
join the body; labels that a detector gave stay.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..model import Block, Label
from ..model import DomNode

# How much of the body's text the container must hold.
_SHARE = 0.8
# Reasons given to blocks that nothing claimed: only these are reconsidered.
_LEFTOVER_REASONS = (
    "outside the article region",
    "short line inside the article, not between paragraphs",
    "paragraph after the article",
)
# A closer inside the article (an inline 'Read also' box, a photo's copyright line) ends the
# region early; a paragraph under it that stands beside the body's paragraphs is still article.
_FALSE_CLOSER_REASONS = ("under the related block", "under the copyright block")
_PARAGRAPH_UNITS = 15
_CHAIN_LIMIT = 24
_LEAD_UNITS = 4
_MAX_DECK_LINES = 3


def _chain(block: Block) -> list[DomNode]:
    node = block.dom_node
    return list(node.chain(_CHAIN_LIMIT)) if node is not None else []


def article_container(blocks: Sequence[Block]) -> DomNode | None:
    """The deepest element holding at least ``_SHARE`` of the body's units."""
    held: Counter[int] = Counter()
    nodes: dict[int, DomNode] = {}
    depth: dict[int, int] = {}
    total = 0
    for block in blocks:
        if block.label is not Label.BODY:
            continue
        total += block.units
        chain = _chain(block)
        for level, node in enumerate(chain):
            key = id(node)
            held[key] += block.units
            nodes[key] = node
            depth[key] = len(chain) - level  # distance from the top of the chain
    if not total:
        return None
    candidates = [key for key, units in held.items() if units >= _SHARE * total]
    if not candidates:
        return None
    return nodes[max(candidates, key=lambda key: depth[key])]


def expand_to_container(blocks: Sequence[Block]) -> None:
    """Leftover blocks inside the article's element become body."""
    body_paths = {block.dom_path for block in blocks if block.label is Label.BODY}
    if bare_page(blocks):
        last = max(i for i, block in enumerate(blocks) if block.label is Label.BODY)
        # A deck is a line or three under the headline; more 'deck lines' are the article's opening
        # sections (headings and formulas above its first long paragraph).
        decks = sum(1 for block in blocks if block.label is Label.SUBTITLE)
        lead_units = 1 if decks > _MAX_DECK_LINES else None
        for block in blocks[:last]:  # what follows the article's last paragraph is not the article
            if _reconsidered(block, body_paths, lead_units=lead_units):
                block.relabel(Label.BODY, "on a page that is nothing but its article")
        return
    container = article_container(blocks)
    if container is None or container.tag in ("body", "html"):
        return
    for block in blocks:
        if _reconsidered(block, body_paths) and any(node is container for node in _chain(block)):
            block.relabel(Label.BODY, "inside the article's element")


def bare_page(blocks: Sequence[Block]) -> bool:
    """No element of the page says what it is (no class, id, role, nor a nav, header, aside ...):
    a page of bare headings and paragraphs is its article, which is the page's element."""
    return all(block.dom_node is None for block in blocks) and any(block.label is Label.BODY for block in blocks)


def _reconsidered(block: Block, body_paths: set[str | None], lead_units: int | None = _LEAD_UNITS) -> bool:
    """Whether ``block`` joins the body if it lies inside the article's element (deck lines of at
    least ``lead_units``; none when None)."""
    if block.reason.startswith(_FALSE_CLOSER_REASONS):
        return block.units >= _PARAGRAPH_UNITS and block.link_ratio < 0.5 and block.dom_path in body_paths
    if block.label in (Label.NAV, Label.RELATED) and block.reason.startswith(_LEFTOVER_REASONS):
        return block.link_ratio < 0.5
    # A deck line inside the article's element is part of the article (its lead, its standfirst).
    return lead_units is not None and block.label is Label.SUBTITLE and block.units >= lead_units
