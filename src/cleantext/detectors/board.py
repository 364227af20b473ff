"""Board and forum listings: a column-header row and runs of numbered rows ending in poster/date/count."""

from __future__ import annotations

from typing import Sequence

import regex

from ..cues import Cues
from ..model import Block, Label

# A date with a year, a day and month ('03.15', '3/5', '16.4.'), or a time. '16.4' is no date: it
# is a decimal (a data table's '% change' column), where a board writes '04.16' or '16.4.'.
_DATE_OR_TIME = (
    r"(?:\d{2,4}[./-]\d{1,2}[./-]\d{1,2}\.?|\d{1,2}[./-]\d{2}\.?|\d{1,2}\.\d{1,2}\.|\d{1,2}[/-]\d{1,2}"
    r"|\d{1,2}:\d{2}(?::\d{2})?)"
)
# A row: a post number, a title, then date/time and optional counters at the end.
ROW = regex.compile(r"^\d{1,8}\s+\S.{0,300}?\s" + _DATE_OR_TIME + r"(?:\s+[\d,]{1,9}){0,3}\s*$")
# Without a number in front, a row still ends in 'name date [counts]'.
TAIL = regex.compile(r"\s" + _DATE_OR_TIME + r"(?:\s+[\d,]{1,9}){0,3}\s*$")
_MIN_RUN = 3
_HEADER_MIN_WORDS = 3
_ROW_MAX_UNITS = 60


def is_header(block: Block, cues: Cues) -> bool:
    words = [w.strip(".:|") for w in block.clean.casefold().replace("|", " ").split()]
    words = [w for w in words if w]
    if not (_HEADER_MIN_WORDS <= len(words) <= 10):
        return False
    header_words = cues.phrases["board_header_words"]
    hits = sum(1 for w in words if w in header_words)
    return hits >= max(_HEADER_MIN_WORDS, int(0.75 * len(words) + 0.5))


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, flag in enumerate(flags + [False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i))
            start = None
    return runs


def detect(blocks: Sequence[Block], cues: Cues) -> None:
    tailed = [b.units <= _ROW_MAX_UNITS and b.clean[-1].isdigit() and bool(TAIL.search(b.clean)) for b in blocks]
    if not any(tailed):
        return  # no row (a numbered row is tailed too): no header is judged and no run is found
    numbered = [t and b.clean[0].isdigit() and bool(ROW.match(b.clean)) for t, b in zip(tailed, blocks)]
    for i in range(len(blocks) - 1):
        # A header counts only above a row (numbered rows are tailed too): judged only there, since
        # a page of thousands of short blocks would otherwise pay for every one of them.
        if tailed[i + 1] and _HEADER_MIN_WORDS <= blocks[i].units <= 10 and is_header(blocks[i], cues):
            blocks[i].mark(Label.BOARD, "board column header")
            j = i + 1
            while j < len(blocks) and (numbered[j] or tailed[j]):
                blocks[j].mark(Label.BOARD, "board row under a column header")
                j += 1
    for start, end in _runs(numbered):
        if end - start >= _MIN_RUN:
            for block in blocks[start:end]:
                block.mark(Label.BOARD, "run of numbered rows ending in a date")
