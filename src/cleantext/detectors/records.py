"""Record lists: runs of sibling elements of one shape, each a linked headline with little else.

A teaser list ('more stories', latest news, the site's other articles) is a run of siblings
with the same tag and class (``<li class="card">`` x 6), each holding a link that reads like a
headline and maybe a summary, a date, an author or a thumbnail. Found by shape, so no header
above it is needed and it may stand anywhere on the page (HTML: blocks carry ``dom_ids``).
A text dump shows no elements; where it marks links (markdown dumps), the same evidence reads
from the lines: linked headline lines alternating with short summary lines.

A list inside the article is not one; it is told apart by what its items hold:
- steps and bullet points: no item is a link, or the link is a part of the item's sentence;
- references the article cites: the link is a part of the item (authors, journal, year around
  it), or it is a bare address;
- menus: the links are a word or two, not headlines;
- the page's own content when it is a listing: the records hold most of the page's prose.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Sequence

import regex

from ..cues import Cues
from ..model import Block, Label
from . import related

# A headline: mostly link text, a few words up to a long title, not an address.
HEADLINE_LINK_SHARE = 0.6
HEADLINE_UNITS = (3.0, 30.0)
_ADDRESS_MARKS = ("http://", "https://", "www.")
# An item: a headline among its first blocks, and little text besides (a teaser's summary).
HEADLINE_REACH = 3
ITEM_MAX_UNITS = 90
# A record list: this many items, most of them records, with headlines longer than menu entries.
MIN_ITEMS = 3
MIN_RECORD_SHARE = 0.7
MIN_MEAN_HEADLINE_UNITS = 4.0
# Records holding more than this share of the page's unclaimed prose are the page's content.
MAX_PAGE_SHARE = 0.5
_ROW_TAGS = frozenset({"tr"})
# Items are containers of a headline and more, never the headline's own element: a run of linked
# headings between paragraphs is an article's sections, not a list.
_NOT_ITEM_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "a", "span", "strong", "b", "em", "i", "font", "br"})
# Siblings are a run: blocks of other elements between the items are at most this share of the items.
MAX_INTRUDERS = 0.25
# A table of posts (a board) dates its rows; a table without dates is the article's data.
_ROW_DATE = regex.compile(r"\d{2,4}[./-]\d{1,2}[./-]\d{1,2}|\b\d{1,2}:\d{2}\b")

RELATED_REASON = "record list: sibling items with linked headlines"
HEADER_REASON = "header of a record list"
# A list's header ('More from us', 'Empfehlungen aus dem Shop'): a short line that is no sentence.
HEADER_MAX_UNITS = 12
BOARD_REASON = "record table: rows with linked post titles"
# The labels it marks with, bound once (an Enum member read off its class costs a metaclass hook).
_BOARD, _RELATED = Label.BOARD, Label.RELATED


def is_headline(block: Block) -> bool:
    """Mostly link text of headline length, and not a bare address."""
    low, high = HEADLINE_UNITS
    return (
        block.link_ratio >= HEADLINE_LINK_SHARE
        and low <= block.units <= high
        and not block.clean.lower().startswith(_ADDRESS_MARKS)
    )


def headline_of(item: Sequence[Block]) -> Block | None:
    """The item's headline: the first headline among its first blocks (images looked past)."""
    seen = 0
    for block in item:
        if block.image:
            continue
        if is_headline(block):
            return block
        seen += 1
        if seen >= HEADLINE_REACH:
            break
    return None


def record_headline(item: Sequence[Block]) -> Block | None:
    """The item's headline when the item is a record: a linked headline and no more text than a teaser's."""
    headline = headline_of(item)
    if headline is None or sum(b.units for b in item if not b.image) > ITEM_MAX_UNITS:
        return None
    return headline


def is_record(item: Sequence[Block]) -> bool:
    return record_headline(item) is not None


def branch_level(ids: Sequence[int], other: Sequence[int]) -> int | None:
    """The first level at which two blocks' element paths (``dom_ids``) part; None if one path
    is the start of the other."""
    return next((n for n, (a, b) in enumerate(zip(ids, other)) if a != b), None)


def _tag(component: str) -> str:
    return component.partition(".")[0]


def sibling_groups(blocks: Sequence[Block]) -> list[tuple[str, list[range]]]:
    """(item tag, items) for every element whose children of one shape hold text, where each item
    is the range of one child's blocks (an element's blocks follow one another). One pass; a block
    is seen at every level of its (bounded) path, unless its path is the one of the block before."""
    return groups_of(blocks, None)


def _openers(blocks: Sequence[Block]) -> list[int]:
    """The blocks that may open a record: an item's headline is among its first blocks
    (``headline_of``), so its first block is a headline or one of the few blocks before one."""
    openers: list[int] = []
    floor = 0  # blocks before this one are already openers
    for i, block in enumerate(blocks):
        if block.link_ratio < HEADLINE_LINK_SHARE or not is_headline(block):
            continue
        start, seen = i, 0
        while start > floor:  # back over images and up to HEADLINE_REACH - 1 other blocks
            if not blocks[start - 1].image:
                if seen == HEADLINE_REACH - 1:
                    break
                seen += 1
            start -= 1
        openers.extend(range(max(start, floor), i + 1))
        floor = i + 1
    return openers


def _record_shapes(blocks: Sequence[Block]) -> set[tuple[int, str]]:
    """The (parent, shape) of every group that may hold MIN_ITEMS records.

    A record's element is a level of the path of its first block, which is an opener
    (``_openers``) whose block before does not have that level: ``dom_ids`` rise along a path and
    in document order, so the levels a path shares with the path before are one stretch, whose
    ends bisection finds (the levels whose parent is in the path before, and whose element
    opened before the last element of the path before).
    """
    children: dict[tuple[int, str], set[int]] = {}
    for i in _openers(blocks):
        block = blocks[i]
        ids = block.dom_ids
        if not ids or block.dom_path is None:
            continue
        comps = block.dom_path.split(">")
        if len(comps) != len(ids):
            continue
        before = blocks[i - 1].dom_ids if i else None
        if before == ids:
            continue  # the same path: the block opens nothing
        levels: range | list[int] = range(1, len(ids))
        if before:
            low = bisect_left(ids, before[0]) + 1  # from here on, the parent is in the path before
            high = bisect_right(ids, before[-1])  # up to here, the element is in the path before
            if low < high:
                levels = [*range(1, low), *range(high, len(ids))]
        for level in levels:
            key = (ids[level - 1], comps[level])
            found = children.get(key)
            if found is None:
                children[key] = {ids[level]}
            else:
                found.add(ids[level])
    return {key for key, found in children.items() if len(found) >= MIN_ITEMS}


def record_groups(blocks: Sequence[Block]) -> list[tuple[str, list[range]]]:
    """``sibling_groups`` that may be record lists, in the same order and with the same items.

    Most groups (menus, the article's paragraphs, a page's layout) hold fewer than MIN_ITEMS
    records; only the groups of ``_record_shapes`` are followed, and only blocks whose path
    passes through one of their parents are read level by level (a third of the time).
    """
    shapes = _record_shapes(blocks)
    return groups_of(blocks, shapes) if shapes else []


def groups_of(blocks: Sequence[Block], shapes: set[tuple[int, str]] | None) -> list[tuple[str, list[range]]]:
    """The groups of ``sibling_groups``, only those keyed (parent id, child's path component) in
    ``shapes`` unless None: a caller that knows which groups it can use walks only those.

    Each element's [first, last] block is found by its id alone: an element keeps its parent and
    its path component, so only an element seen for the first time needs its group's key (most
    levels of a block's path are elements the block before it was in too)."""
    parents = None if shapes is None else {parent for parent, _ in shapes}
    groups: dict[tuple[int, str], list[list[int]]] = {}
    span_of: dict[int, list[int]] = {}  # element id -> [first, last] of its blocks (``ungrouped`` if none is kept)
    ungrouped = [0, 0]  # the span of every element no kept group holds: written, never read
    previous: tuple[int, ...] | None = None
    spans: list[list[int]] = []  # the spans of the elements the previous block is in
    for i, block in enumerate(blocks):
        ids = block.dom_ids
        if ids == previous:
            for open_span in spans:
                open_span[1] = i
            continue
        previous, spans = ids, []
        path = block.dom_path
        if not ids or path is None or (parents is not None and parents.isdisjoint(ids)):
            continue
        if path.count(">") != len(ids) - 1:
            continue  # the path and the ids do not match
        comps: list[str] | None = None
        for level in range(1, len(ids)):
            if parents is not None and ids[level - 1] not in parents:
                continue
            element = ids[level]
            span = span_of.get(element)
            if span is not None:
                span[1] = i
            else:
                if comps is None:
                    comps = path.split(">")
                key = (ids[level - 1], comps[level])
                if shapes is not None and key not in shapes:
                    span = ungrouped
                else:
                    span = [i, i]
                    items = groups.get(key)
                    if items is None:
                        groups[key] = [span]
                    else:
                        items.append(span)
                span_of[element] = span
            spans.append(span)
    return [
        (_tag(shape), [range(first, last + 1) for first, last in items])
        for (_, shape), items in groups.items() if len(items) >= MIN_ITEMS
    ]


def is_run(blocks: Sequence[Block], items: Sequence[Sequence[int]]) -> bool:
    """The items follow one another, with few blocks of other elements between them."""
    inside = sum(len(item) for item in items)
    first = min(item[0] for item in items)
    last = max(item[-1] for item in items)
    return (last - first + 1) - inside <= MAX_INTRUDERS * len(items)


def _members(blocks: Sequence[Block], item: Sequence[int]) -> Sequence[Block]:
    """An item's blocks: a slice when the item is a range (HTML), which copies in one C call."""
    if isinstance(item, range) and item.step == 1:
        return blocks[item.start:item.stop]
    return [blocks[i] for i in item]


def _spread_between_other_elements(blocks: Sequence[Block], items: Sequence[Sequence[int]]) -> bool:
    """The items stand apart, and what stands between them are elements of another tag ('Read also'
    boxes between the article's <p>s), not more items of their own kind (a forum's posts of two
    classes, the owner's and the others', alternate: those are one thread)."""
    first, second = blocks[items[0][0]], blocks[items[1][0]]
    ids, other = first.dom_ids, second.dom_ids
    if not ids or not other or first.dom_path is None:
        return False
    level = branch_level(ids, other)
    if not level:
        return False
    parent, tag = ids[level - 1], _tag(first.dom_path.split(">")[level])
    inside = {i for item in items for i in item}
    for i in range(items[0][0], items[-1][-1] + 1):
        block = blocks[i]
        if i in inside or not block.dom_ids or block.dom_path is None or parent not in block.dom_ids:
            continue
        at = block.dom_ids.index(parent) + 1
        comps = block.dom_path.split(">")
        if at < len(comps) and _tag(comps[at]) == tag:
            return False
    return True


def is_record_list(blocks: Sequence[Block], items: Sequence[Sequence[int]]) -> bool:
    """A run of items, most of them records, whose headlines are more than menu entries; or boxes
    of one shape spread between the article's paragraphs ('Read also' boxes), every one a record."""
    if is_run(blocks, items):
        needed = max(MIN_ITEMS, MIN_RECORD_SHARE * len(items))
    elif _spread_between_other_elements(blocks, items):
        needed = len(items)
    else:
        return False
    spare = len(items) - needed  # items that may fail before the list cannot be one
    records: list[Block] = []
    for item in items:
        headline = record_headline(_members(blocks, item))
        if headline is not None:
            records.append(headline)
        else:
            spare -= 1
            if spare < 0:
                return False
    if len(records) < needed:
        return False
    return sum(h.units for h in records) / len(records) >= MIN_MEAN_HEADLINE_UNITS


def is_dated(blocks: Sequence[Block], items: Sequence[Sequence[int]]) -> bool:
    """Most rows state a date or a time (a board's posts do)."""
    dated = sum(1 for item in items if any(_ROW_DATE.search(blocks[i].clean) for i in item))
    return dated >= MIN_RECORD_SHARE * len(items)


def _unclaimed_units(blocks: Sequence[Block], indexes: Sequence[int] | range) -> float:
    return sum(blocks[i].units for i in indexes if blocks[i].label is None and not blocks[i].image)


# Text mode: a summary line is at most this long; most items of a run have one (a run of bare
# linked lines is a menu or the article's list of links, left to the other stages).
SUMMARY_MAX_UNITS = 60
SUMMARY_MIN_UNITS = 8
MIN_SUMMARY_SHARE = 0.5
TEXT_REASON = "record list: linked headline lines alternating with summaries"
# A link the dump marks itself ('[headline](url)'); a segmenter's guess of a menu is no evidence.
_MARKED_LINK = "]("


def text_runs(blocks: Sequence[Block]) -> list[list[list[int]]]:
    """Runs of items in a dump: an item is a headline line and the short lines up to the next
    headline; a long line (or a heading) ends the run."""
    runs: list[list[list[int]]] = []
    run: list[list[int]] = []
    for i, block in enumerate(blocks):
        if is_headline(block) and not block.heading and _MARKED_LINK in block.text:
            run.append([i])
        elif run and not block.heading and block.units <= SUMMARY_MAX_UNITS:
            run[-1].append(i)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _summary(block: Block) -> bool:
    """A teaser's summary: a sentence, not a date, a counter or a menu entry."""
    return block.terminal and block.units >= SUMMARY_MIN_UNITS and block.link_ratio < HEADLINE_LINK_SHARE


def _is_text_record_list(blocks: Sequence[Block], items: Sequence[Sequence[int]]) -> bool:
    if len(items) < MIN_ITEMS or not all(is_record([blocks[i] for i in item]) for item in items):
        return False
    summarised = sum(1 for item in items if any(_summary(blocks[i]) for i in item[1:]))
    if summarised < MIN_SUMMARY_SHARE * len(items):
        return False
    return sum(blocks[item[0]].units for item in items) / len(items) >= MIN_MEAN_HEADLINE_UNITS


def _text_records(blocks: Sequence[Block]) -> dict[int, str]:
    if not any(block.link_ratio > 0 and _MARKED_LINK in block.text for block in blocks):
        return {}  # the dump marks no links: no headline can be told
    found: dict[int, str] = {}
    for items in text_runs(blocks):
        if _is_text_record_list(blocks, items):
            for item in items:
                for i in item:
                    found[i] = TEXT_REASON
    return found


def list_header(blocks: Sequence[Block], items: Sequence[Sequence[int]]) -> int | None:
    """The block that heads a record list: the one just before its first item (images looked past),
    a short line that is no sentence, in the element that holds the list's element (a header and
    its list are siblings), and not a link of its own (a headline is an item, not a header) nor an
    entry of another list or table (the last line of a list of pros above a list of offers)."""
    first = items[0][0]
    at = first - 1
    while at >= 0 and blocks[at].image:
        at -= 1
    if at < 0:
        return None
    header, opener, second = blocks[at], blocks[first], blocks[items[1][0]]
    if (header.units > HEADER_MAX_UNITS or header.terminal or header.link_ratio >= HEADLINE_LINK_SHARE
            or header.list_item or header.table_cell or not header.clean or not header.dom_ids or not opener.dom_ids or not second.dom_ids):
        return None
    level = branch_level(opener.dom_ids, second.dom_ids)
    if not level or level < 2:
        return None
    holder = opener.dom_ids[level - 2]  # the element around the list's element
    return at if holder in header.dom_ids else None


def _html_records(blocks: Sequence[Block], cues: Cues | None = None) -> dict[int, str]:
    found: dict[int, str] = {}
    for tag, items in record_groups(blocks):
        if tag in _NOT_ITEM_TAGS or not is_record_list(blocks, items):
            continue
        reason = RELATED_REASON
        if tag in _ROW_TAGS:
            if not is_dated(blocks, items):
                continue  # a data table of the article
            reason = BOARD_REASON
        for item in items:
            for i in item:
                found.setdefault(i, reason)
        if reason is RELATED_REASON:
            header = list_header(blocks, items)
            # a header the cues know ('Related articles') is theirs: it also closes the article
            if header is not None and (cues is None or not related.is_header(blocks[header], cues)):
                found.setdefault(header, HEADER_REASON)
    return found


def detect(blocks: Sequence[Block], cues: Cues | None = None) -> None:
    """Label the blocks of record lists ``related`` (``board`` when the records are table rows)."""
    if not blocks:
        return
    found = _text_records(blocks) if blocks[0].dom_ids is None else _html_records(blocks, cues)
    if not found:
        return
    page = _unclaimed_units(blocks, range(len(blocks)))
    if _unclaimed_units(blocks, list(found)) > MAX_PAGE_SHARE * page:
        return  # a listing page: the records are what the page is
    for i, reason in found.items():
        blocks[i].mark(_BOARD if reason is BOARD_REASON else _RELATED, reason)
