"""Body selection as one stage: classify, find the region, read the head zone, label the rest."""

from __future__ import annotations

from typing import Sequence

import regex

from ..cues import Cues
from ..detectors.byline import cut_byline_prefix
from ..model import Block, Label
from . import region as regions
from .classify import Kind, classify, page_density
from .container import expand_to_container, parent_path, take_leads
from .title import label_head

# Enum members read for every block, bound once: on CPython 3.11 reading a member off an Enum
# class goes through the metaclass's __getattr__ hook, several times a module name's cost.
_GOOD, _NEAR = Kind.GOOD, Kind.NEAR
_BODY, _BYLINE, _NAV, _PROMO, _RELATED = Label.BODY, Label.BYLINE, Label.NAV, Label.PROMO, Label.RELATED


def _label_outside(blocks: Sequence[Block], kinds: Sequence[Kind], start: int, end: int) -> None:
    """Every block no stage claimed gets the family of the closer above it, or nav."""
    closer: tuple[Label, int] | None = None  # family and line of the nearest closer above
    for i, block in enumerate(blocks):
        family = regions.closer_family(block)
        if family is not None:
            closer = family, block.line
        if block.label is not None:
            continue
        if start <= i < end:
            block.relabel(_NAV, "short line inside the article, not between paragraphs")
        elif closer is not None and i >= end:
            block.relabel(closer[0], regions.under_closer_reason(*closer))
        elif i >= end and kinds[i] in (_GOOD, _NEAR):
            block.relabel(_RELATED, "paragraph after the article")
        else:
            block.relabel(_NAV, "outside the article region")


def _join_line_pieces(blocks: Sequence[Block], start: int, end: int) -> None:
    """A piece of a split line whose neighbours on the same line are body is body too."""
    for i in range(max(start, 1), min(end, len(blocks) - 1)):
        block = blocks[i]
        before, after = blocks[i - 1], blocks[i + 1]
        if (
            block.label is None
            and before.line == block.line == after.line
            and before.label is _BODY
            and after.label is _BODY
        ):
            block.relabel(_BODY, "piece of a line whose other pieces are body")


_EDGE_PROMO_UNITS = 25
# Above this length, a call to action is one sentence; a paragraph of several only mentions one.
_EDGE_PROMO_SENTENCE_UNITS = 16
_SENTENCE_END = regex.compile(r"[.!?。！？](?=\s+\S)")
_EDGE_REACH = 2  # how many body blocks at each end of the article are checked
_BIO_UNITS = 120


# A question, then the call: 'Lust auf mehr? Lass dir …', '¿Ya sabías que …? Únete …'. A dot
# inside a word ('Guatemala.com', 'www.example.de') ends no sentence.
_OPENING_QUESTION = regex.compile(r"^(?:[^.!?。！？]|\.(?=\S)){1,200}[?？](?=\s+\S)")


def _reads_like_call_to_action(block: Block, cues: Cues) -> bool:
    if block.units > _EDGE_PROMO_UNITS or not cues.search("promo_words", block.clean):
        return False
    if block.units <= _EDGE_PROMO_SENTENCE_UNITS or _OPENING_QUESTION.match(block.clean):
        return True
    return _SENTENCE_END.search(block.clean) is None


def _body_edge(blocks: Sequence[Block], count: int, *, from_end: bool) -> list[Block]:
    """The first (or last) ``count`` body blocks, nearest the edge first; read from that edge only."""
    found: list[Block] = []
    for block in reversed(blocks) if from_end else blocks:
        if block.label is _BODY:
            found.append(block)
            if len(found) == count:
                break
    return found


def _under_author_header(blocks: Sequence[Block], block: Block, cues: Cues) -> bool:
    """The block is the first under an author box's header ('About the author', 'Über den Autor')
    in the same element: a bio, whatever its first words ('Martin has worked as …', 'Hej! Ich bin …')."""
    at = block.index - 1
    while at >= 0 and blocks[at].image:
        at -= 1
    if at < 0:
        return False
    header = blocks[at]
    return header.key in cues.phrases["author_headers"] and parent_path(header) == parent_path(block)


def _trim_promo_edges(blocks: Sequence[Block], cues: Cues, *, bio: bool = True) -> tuple[int, int]:
    """Calls to action stand at the edges of an article ('Subscribe to …', 'Únete a nuestro canal …'),
    and an author bio may close it; the bio is taken first, so a call to action above it is at the edge."""
    head = _body_edge(blocks, _EDGE_REACH + 1, from_end=False)
    tail = _body_edge(blocks, _EDGE_REACH + 1, from_end=True)
    if bio and len(head) > _EDGE_REACH:  # more body blocks than one edge holds
        last = tail[0]
        if last.units <= _BIO_UNITS and (cues.search("bio_patterns", last.clean) or _under_author_header(blocks, last, cues)):
            last.relabel(_BYLINE, "author bio closing the article")
            tail = tail[1:]
            head = [block for block in head if block is not last]
    for edge in (head[:_EDGE_REACH], tail[:_EDGE_REACH]):
        for block in edge:
            if not _reads_like_call_to_action(block, cues):
                break
            block.relabel(_PROMO, "call to action at the edge of the article")
    # the edges looked at: a block that becomes body outside them later is a new edge
    return (head[0].index if head else len(blocks)), (tail[0].index if tail else -1)


_APPEAL_MAX_BLOCKS = 8
_APPEAL_MAX_UNITS = 250


def _trim_closing_appeal(blocks: Sequence[Block], cues: Cues) -> None:
    """HTML: a box of its own at the article's end that asks for money, sign-ups or subscriptions
    ('Apoya el periodismo …', a donation form) is a promo, however long its sentences."""
    body = [b for b in blocks if b.label is _BODY]
    if len(body) <= _APPEAL_MAX_BLOCKS:
        return
    units_by_parent: dict[str, int] = {}
    for block in body:
        parent = parent_path(block)
        units_by_parent[parent] = units_by_parent.get(parent, 0) + block.units
    main_parent = max(units_by_parent, key=units_by_parent.__getitem__)
    tail: list[Block] = []
    for block in reversed(body):
        if parent_path(block) == main_parent:
            break
        tail.append(block)
    if not tail or len(tail) > _APPEAL_MAX_BLOCKS or sum(b.units for b in tail) > _APPEAL_MAX_UNITS:
        return
    hits = sum(1 for block in tail if cues.search("promo_words", block.clean))
    if hits and 3 * hits >= len(tail):
        for block in tail:
            block.relabel(_PROMO, "appeal box closing the article")


def select_body(blocks: Sequence[Block], cues: Cues) -> int | None:
    """Label every block; return the index of the title block, if any."""
    level = page_density(blocks)
    kinds = [classify(block, level) for block in blocks]
    regions.demote_false_closers(blocks, kinds)
    found = regions.best_region(blocks, kinds)
    title: int | None = None
    start, end = found if found else (len(blocks), len(blocks))
    if found:
        for i in range(start, end):
            block = blocks[i]
            if block.label is not None:
                continue
            if kinds[i] in (_GOOD, _NEAR) or regions.sandwiched(blocks, kinds, i, start, end):
                block.relabel(_BODY, f"{kinds[i].name.lower()} paragraph in the article region")
        _join_line_pieces(blocks, start, end)
        title, opening = label_head(blocks, start)
        for i in opening:
            blocks[i].relabel(_BODY, "opens the article under the byline")
    first, last = _trim_promo_edges(blocks, cues)
    _label_outside(blocks, kinds, start, end)
    if found and blocks and blocks[0].dom_path is not None:
        taken = expand_to_container(blocks) + take_leads(blocks)
        if taken and (min(taken) < first or max(taken) > last):
            _trim_promo_edges(blocks, cues, bio=False)  # the element's own lines stand at the edges now
        _trim_closing_appeal(blocks, cues)
    for block in blocks:
        if block.label is _BODY:
            block.body_text = cut_byline_prefix(block, cues)
    return title
