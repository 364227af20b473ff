"""Slideshows: numbered slides ('1/50 Title', a caption, a credit) inside or beside an article.

A photo gallery embedded in an article prints each slide's counter, title and caption as text;
its captions are not the article's prose. It is told by its counters alone, in any language:
runs of lines that open with 'k/N' for one N, counting up one by one (1/50, 2/50, 3/50 ...).
A slide runs from its counter to the next one; the last slide is as long as the one before it
(in HTML: up to the end of its element). The counters must count up in order, so fractions
('1/2 cup', '3/4 tsp') and dates never make a slideshow.

A page that is nothing but its gallery keeps it, and so does an article told slide by slide (a
listicle: '1 / 5 Not a flagship', its paragraph, '2 / 5 …'): the slides are taken only when the
article's own paragraphs stand right before and right after the slideshow, and the page holds an
article's worth of other prose.
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..cues import Cues
from ..model import Block, Label
from .records import branch_level

# 'k/N' at the start of a line, then a space or the end: '12/50 Title', '3 / 8'.
_COUNTER = regex.compile(r"(\d{1,3}) ?/ ?(\d{1,3})(?=\s|$)")
MIN_SLIDES = 3
_DIGITS = frozenset("0123456789")
# Prose outside the slides (units of unclaimed paragraphs) for the page to be an article.
MIN_OTHER_PROSE = 150
_PARAGRAPH_UNITS = 15
# The article goes on around the slideshow: a paragraph this long within this many blocks on each side.
_SIDE_UNITS = 25
_SIDE_REACH = 8
REASON = "slideshow: numbered slides (k/N) and their captions"


def counters(blocks: Sequence[Block]) -> dict[int, list[tuple[int, int]]]:
    """Slide counters by total N: (k, block index), in page order."""
    found: dict[int, list[tuple[int, int]]] = {}
    digits = _DIGITS
    for i in [i for i, block in enumerate(blocks) if block.clean[:1] in digits]:  # one cheap pass
        text = blocks[i].clean
        match = _COUNTER.match(text)
        if match is None:
            continue
        k, total = int(match.group(1)), int(match.group(2))
        if 1 <= k <= total and total >= MIN_SLIDES:
            found.setdefault(total, []).append((k, i))
    return found


def _counting_run(found: list[tuple[int, int]]) -> list[int]:
    """The longest run of counters that count up one by one; their block indexes."""
    best: list[int] = []
    run: list[int] = []
    previous = None
    for k, i in found:
        if previous is not None and k == previous + 1:
            run.append(i)  # when run is best, best grows with it: it stays the longest
        else:
            run = [i]
        previous = k
        if len(run) > len(best):
            best = run
    return best


def _last_slide_end(blocks: Sequence[Block], starts: list[int]) -> int:
    """Where the last slide ends (exclusive): its element's end in HTML, else one slide's length."""
    last, before = starts[-1], starts[-2]
    length = last - before
    ids, other = blocks[last].dom_ids, blocks[before].dom_ids
    if ids and other:
        level = branch_level(ids, other)
        if level is not None:
            element = ids[level]
            end = last + 1
            while end < len(blocks) and end - last < 2 * length and element in (blocks[end].dom_ids or ()):
                end += 1
            return end
    return min(len(blocks), last + length)


def _prose(block: Block) -> bool:
    return block.label is None and block.units >= _SIDE_UNITS and block.link_ratio < 0.3


def _embedded(blocks: Sequence[Block], start: int, end: int) -> bool:
    """The article's paragraphs stand right before ``start`` and right after ``end``."""
    before = any(_prose(blocks[j]) for j in range(max(0, start - _SIDE_REACH), start))
    return before and any(_prose(blocks[j]) for j in range(end, min(len(blocks), end + _SIDE_REACH)))


def slides(blocks: Sequence[Block]) -> list[int]:
    """The indexes of every block of every slideshow embedded in an article."""
    taken: list[int] = []
    for found in counters(blocks).values():
        starts = _counting_run(found)
        if len(starts) < MIN_SLIDES:
            continue
        end = _last_slide_end(blocks, starts)
        if _embedded(blocks, starts[0], end):
            taken.extend(range(starts[0], end))
    return taken


def detect(blocks: Sequence[Block], cues: Cues | None = None) -> None:
    """Label the slides of a slideshow ``caption`` when the page has an article besides them."""
    taken = slides(blocks)
    if not taken:
        return
    inside = set(taken)
    other = sum(
        block.units for i, block in enumerate(blocks)
        if i not in inside and block.label is None and block.units >= _PARAGRAPH_UNITS
    )
    if other < MIN_OTHER_PROSE:
        return  # the gallery is the page
    for i in taken:
        blocks[i].mark(Label.CAPTION, REASON)
