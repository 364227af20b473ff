"""Find the article region: the best-scoring run of blocks between two closers.

Blocks score by class (good paragraphs gain their length, furniture costs);
the region is the maximum-sum run (Kadane), and closers — related-article
headers, comment sections, copyright footers, board listings — split the page,
so a long teaser under a 'Related' header never joins the article.
"""

from __future__ import annotations

from typing import Sequence

from ..detectors import related
from ..detectors.banner import COMMENTS_REASON
from ..model import Block, Label
from .classify import Kind

# Labels that occur inside articles and so cost little when the region spans them.
_INLINE_LABELS = frozenset({Label.CAPTION, Label.DUPLICATE, Label.BYLINE, Label.DATE, Label.BANNER, Label.RELATED, Label.PROMO})
_GOOD_CAP = 80


def is_closer(block: Block) -> bool:
    """A block after which the article does not go on."""
    if block.label is Label.RELATED:
        return block.reason == related.HEADER_REASON
    if block.label is Label.COMMENTS:
        return block.reason == COMMENTS_REASON
    return block.label in (Label.COPYRIGHT, Label.BOARD)


def weight(block: Block, kind: Kind) -> float:
    if kind is Kind.GOOD:
        return float(min(block.units, _GOOD_CAP))
    if kind is Kind.NEAR:
        return 0.5 * block.units
    if kind is Kind.SHORT:
        return -1.0
    if block.label in _INLINE_LABELS:
        return -2.0
    return -(2.0 + 0.5 * min(block.units, 30))


def best_region(blocks: Sequence[Block], kinds: Sequence[Kind]) -> tuple[int, int] | None:
    """Indexes [start, end) of the maximum-sum run not crossing a closer; None if nothing scores."""
    best: tuple[float, int, int] | None = None
    running, start = 0.0, 0
    for i, block in enumerate(blocks):
        if is_closer(block):
            running, start = 0.0, i + 1
            continue
        w = weight(block, kinds[i])
        if running <= 0:
            running, start = w, i
        else:
            running += w
        if running > 0 and (best is None or running > best[0]):
            best = (running, start, i + 1)
    return (best[1], best[2]) if best else None


_TRANSPARENT = frozenset({Label.CAPTION, Label.DUPLICATE})


def sandwiched(blocks: Sequence[Block], kinds: Sequence[Kind], i: int, start: int, end: int) -> bool:
    """A short block counts as body when the nearest longer blocks on both sides are body-like.

    Captions and repeated lines are looked through: they sit inside articles.
    """
    def neighbour(step: int) -> Kind | None:
        j = i + step
        while start <= j < end:
            if kinds[j] is not Kind.SHORT and blocks[j].label not in _TRANSPARENT:
                return kinds[j]
            j += step
        return None

    before, after = neighbour(-1), neighbour(1)
    return before in (Kind.GOOD, Kind.NEAR) and after in (Kind.GOOD, Kind.NEAR)
