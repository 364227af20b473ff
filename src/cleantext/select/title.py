"""The zone above the article: section labels, the title, deck lines, then byline and date.

Pages put these in one order — section, title, deck, byline/date, body —
so the zone is read in that order instead of guessing each line alone.
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..model import Block, Label

# Furniture that ends the zone upwards: nothing above it belongs to the article head.
_HARD = frozenset({
    Label.WEATHER, Label.NAV, Label.SHARE, Label.BOARD, Label.RELATED, Label.BANNER,
    Label.COPYRIGHT, Label.PROMO, Label.COMMENTS,
})
_META = frozenset({Label.BYLINE, Label.DATE, Label.SOURCE})
TITLE_MIN_UNITS = 3
TITLE_MAX_UNITS = 40
_ZONE_MAX_BLOCKS = 12


# '1. …', '2) …', 'IV. …': a numbered section heading of the article, never its title.
NUMBERED_HEADING = regex.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s")


def is_title_like(block: Block) -> bool:
    if block.label is not None or not TITLE_MIN_UNITS <= block.units <= TITLE_MAX_UNITS:
        return False
    if NUMBERED_HEADING.match(block.clean):
        return False
    if block.link_ratio >= 0.5 or block.image:
        return False
    text = block.clean
    return not block.terminal or text.endswith(("?", "!", "?'", '?"', "?’", "?”"))


def head_zone(blocks: Sequence[Block], start: int) -> range:
    """Indexes above the region start, up to the nearest hard furniture."""
    first = start
    while first > 0 and start - first < _ZONE_MAX_BLOCKS and blocks[first - 1].label not in _HARD:
        first -= 1
    return range(first, start)


def _section_headings_before(blocks: Sequence[Block], zone: range) -> list[int]:
    """Numbered headings right above the article open it ('1. …' before its first paragraph)."""
    opening: list[int] = []
    for i in reversed(zone):
        block = blocks[i]
        if block.label is None and NUMBERED_HEADING.match(block.clean):
            opening.append(i)
        elif block.label not in (Label.DUPLICATE, Label.CAPTION):
            break
    return opening[::-1]


# The reasons label_head gives the head zone's lines (a page type's rule reads them: by_type).
HEADLINE_REASON = "headline above the article"
LABEL_ABOVE_REASON = "label above the headline"
DECK_REASON = "deck line under the headline"


def label_head(blocks: Sequence[Block], start: int) -> tuple[int | None, list[int]]:
    """Label the zone above ``start``; return the title index and blocks that open the body."""
    zone = head_zone(blocks, start)
    headed = [i for i in zone if blocks[i].heading == 1 and is_title_like(blocks[i])]
    candidates = headed or [i for i in zone if is_title_like(blocks[i])]
    if not candidates:
        return None, _section_headings_before(blocks, zone)
    title = candidates[0]
    blocks[title].relabel(Label.TITLE, HEADLINE_REASON)
    for i in zone:
        if i < title and blocks[i].label is None:
            blocks[i].relabel(Label.SECTION, LABEL_ABOVE_REASON)
    opening: list[int] = []
    after_meta = False
    for i in zone:
        if i <= title:
            continue
        block = blocks[i]
        if block.label in _META:
            after_meta = True
        elif block.label is None:
            if after_meta or NUMBERED_HEADING.match(block.clean):
                opening.append(i)
            else:
                block.relabel(Label.SUBTITLE, DECK_REASON)
    return title, opening
