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
from ..detectors.byline import AUTHOR_BOX_REASON
from ..model import Block, Label
from .classify import Kind

# Enum members read for every block, bound once: on CPython 3.11 reading a member off an Enum
# class goes through the metaclass's __getattr__ hook, several times a module name's cost.
_BAD, _GOOD, _NEAR, _SHORT = Kind.BAD, Kind.GOOD, Kind.NEAR, Kind.SHORT
_BOARD, _BYLINE, _COMMENTS, _COPYRIGHT, _RELATED = (
    Label.BOARD, Label.BYLINE, Label.COMMENTS, Label.COPYRIGHT, Label.RELATED,
)

# Labels that occur inside articles and so cost little when the region spans them.
_INLINE_LABELS = frozenset({
    Label.CAPTION, Label.DUPLICATE, Label.BYLINE, Label.DATE, Label.BANNER, Label.RELATED, Label.PROMO,
    Label.SHARE,
})
_GOOD_CAP = 150
# Widgets printed as several lines; a run of one of these counts as one block.
_WIDGET_LABELS = frozenset({Label.SHARE, Label.BANNER, Label.PROMO, Label.CAPTION, Label.DUPLICATE, Label.WEATHER})
_DENSE_UNITS = 50
_LATER_RUN_FACTOR = 2.0
_ISOLATED_FACTOR = 0.7
_CLOSER_FACTORS = {Label.COMMENTS: 0.3}


# The reason body selection gives a block after the article under a closer ('under the copyright
# block at line 64'): later stages read back the closer's family and line from it.
UNDER_CLOSER = "under the "
_AT_LINE = " block at line "


def under_closer_reason(family: Label, line: int) -> str:
    return f"{UNDER_CLOSER}{family}{_AT_LINE}{line}"


def under_closer(family: Label) -> str:
    """How the reason of a block under a closer of ``family`` begins ('under the related block')."""
    return f"{UNDER_CLOSER}{family} block"


def closer_line(reason: str) -> int | None:
    """The line of the closer a block's reason names; None for any other reason."""
    if not reason.startswith(UNDER_CLOSER):
        return None
    _, at, line = reason.rpartition(_AT_LINE)
    return int(line) if at and line.isdigit() else None


def closer_family(block: Block) -> Label | None:
    """The family of a block after which the article does not go on (its label), else None."""
    label = block.label
    if label is _RELATED:
        return label if block.reason == related.HEADER_REASON else None
    if label is _COMMENTS:
        return label if block.reason == COMMENTS_REASON else None
    if label is _BYLINE:
        return label if block.reason == AUTHOR_BOX_REASON else None
    return label if label is _COPYRIGHT or label is _BOARD else None


# A header that closes the article is followed by teasers or comments, not by the article's
# own long paragraphs: a closer with long prose right after it and prose right before it
# (a 'Read more' box, a TOC entry 'See also', a table cell 'Comment') sits inside the article.
# Comment threads are long prose too: a comments header is only taken for a column label when it is a
# table cell.
_CELL_TAGS = ("td", "th")
_CELL_LABEL_UNITS = 1  # 'Comment', 'Comments': a column's name, not a thread's counter ('12 comments')
_CONTINUES_UNITS = 40  # the paragraph after the closer is this long: the article's, not a teaser
_CONTINUES_REACH = 3  # blocks looked at on each side (captions, ads and images between are skipped)
IN_ARTICLE_REASON = "closer inside the article (its prose goes on after it)"


def _prose_near(blocks: Sequence[Block], kinds: Sequence[Kind], i: int, step: int) -> int | None:
    """The index of the nearest good or near paragraph from ``i`` in direction ``step``, within reach."""
    j, seen = i + step, 0
    while 0 <= j < len(blocks) and seen < _CONTINUES_REACH:
        if closer_family(blocks[j]) is not None:
            return None
        if kinds[j] in (_GOOD, _NEAR):
            return j
        if blocks[j].label not in _WIDGET_LABELS:
            seen += 1
        j += step
    return None


def _same_element(before: Block, after: Block) -> bool:
    """The paragraph after lies inside the element that holds the paragraph before (the same text
    flow), not in a box of its own ('<aside class="related">')."""
    node = before.dom_node
    return node is None or (after.dom_node is not None and any(n is node for n in after.dom_node.chain()))


def _in_cell(block: Block) -> bool:
    return any(step.partition(".")[0] in _CELL_TAGS for step in (block.dom_path or "").split(">"))


def demote_false_closers(blocks: Sequence[Block], kinds: Sequence[Kind]) -> None:
    """HTML: closers with the article's prose on both sides no longer close it (their label stays)."""
    for i, block in enumerate(blocks):
        if block.label is not _RELATED and block.label is not _COMMENTS:
            continue  # no closer of these families (most blocks: the call is saved)
        family = closer_family(block)
        if block.dom_path is None or not (family is _RELATED or (family is _COMMENTS and _in_cell(block))):
            continue
        if family is _COMMENTS and block.units <= _CELL_LABEL_UNITS:
            block.relabel(block.label, IN_ARTICLE_REASON)  # a column's label
            continue
        after = _prose_near(blocks, kinds, i, 1)
        if after is None or kinds[after] is not _GOOD or blocks[after].units < _CONTINUES_UNITS:
            continue
        before = _prose_near(blocks, kinds, i, -1)
        if before is not None and _same_element(blocks[before], blocks[after]):
            block.relabel(block.label, IN_ARTICLE_REASON)  # a closer is labelled (narrowed above)


def weight(block: Block, kind: Kind, links_marked: bool = True) -> float:
    """What a block adds to a region. ``links_marked``: the input shows which text is a link (HTML,
    markdown dumps), so a bulleted line without links is a list item of the text, not a menu entry."""
    if kind is _GOOD:
        # Dense text wins: a long paragraph counts fully, a short 'good' one (a teaser) half.
        units = min(block.units, _GOOD_CAP)
        return units * (0.5 + 0.5 * min(1.0, units / _DENSE_UNITS))
    if kind is _NEAR:
        return 0.5 * block.units
    if kind is _SHORT:
        if block.list_item or (links_marked and block.bullet):
            return -0.5  # a list item without links: articles have lists; link menus are BAD
        return -(1.0 + 0.3 * block.units)
    if block.label in _INLINE_LABELS:
        return -1.5
    return -(2.0 + 0.5 * min(block.units, 30))


def _isolated(kinds: Sequence[Kind], i: int) -> bool:
    """A paragraph with no paragraph next to it: the shape of a teaser between headlines."""
    before = kinds[i - 1] if i > 0 else _BAD
    after = kinds[i + 1] if i + 1 < len(kinds) else _BAD
    return before not in (_GOOD, _NEAR) and after not in (_GOOD, _NEAR)


def _after_closer_factor(closer: Label | None) -> float:
    """How much a run under a closer still counts: a comment thread is never the article."""
    if closer is None:
        return 1.0
    return _CLOSER_FACTORS.get(closer, 1.0)


def segment_runs(blocks: Sequence[Block], kinds: Sequence[Kind]) -> list[tuple[float, int, int]]:
    """The maximum-sum run (score, start, end) of every stretch between two closers.

    A run's score is discounted by the closer above it (comments, footers).
    """
    runs: list[tuple[float, int, int]] = []
    best: tuple[float, int, int] | None = None
    running, start = 0.0, 0
    closer: Label | None = None  # the family of the closer above
    links_marked = any(block.link_ratio > 0 for block in blocks)

    def close() -> None:
        if best:
            runs.append((best[0] * _after_closer_factor(closer), best[1], best[2]))

    for i, block in enumerate(blocks):
        family = closer_family(block)
        if family is not None:
            close()
            best, running, start = None, 0.0, i + 1
            if closer is not _COMMENTS:
                closer = family  # below a comment section everything stays comments
            continue
        if i > 0 and block.label in _WIDGET_LABELS and blocks[i - 1].label is block.label:
            continue  # a share bar or an ad slot costs once, however many lines it has
        w = weight(block, kinds[i], links_marked)
        if kinds[i] is _GOOD and _isolated(kinds, i):
            w *= _ISOLATED_FACTOR
        if running <= 0:
            running, start = w, i
        else:
            running += w
        if running > 0 and (best is None or running > best[0]):
            best = (running, start, i + 1)
    close()
    return runs


def best_region(blocks: Sequence[Block], kinds: Sequence[Kind]) -> tuple[int, int] | None:
    """Indexes [start, end) of the article: the earliest strong run not crossing a closer.

    Pages put the article before their teaser lists and comment threads, so a
    later run must be far stronger (``_LATER_RUN_FACTOR``) to win.
    """
    runs = segment_runs(blocks, kinds)
    if not runs:
        return None
    top = max(score for score, _, _ in runs)
    for score, start, end in runs:
        if score >= top / _LATER_RUN_FACTOR:
            return start, end
    return None


# Furniture that sits between an article's own lines (not lists of links: those end a section).
_LOOKED_THROUGH = frozenset({Label.CAPTION, Label.DUPLICATE, Label.SHARE, Label.BANNER, Label.NAV})


def sandwiched(blocks: Sequence[Block], kinds: Sequence[Kind], i: int, start: int, end: int) -> bool:
    """A short block counts as body when the nearest longer blocks on both sides are body-like.

    Blocks a detector already labelled (captions, share rows, ads) are looked
    through: furniture between a heading and its paragraph does not change what
    the heading is.
    """
    def neighbour(step: int) -> Kind | None:
        j = i + step
        while start <= j < end:
            if kinds[j] is not _SHORT and blocks[j].label not in _LOOKED_THROUGH:
                return kinds[j]
            j += step
        return None

    before, after = neighbour(-1), neighbour(1)
    return before in (_GOOD, _NEAR) and after in (_GOOD, _NEAR)
