"""Link-reference and footnote lists that text browsers append to a dump ('[1] http://...',
'References' / '1. https://...'): the page's links printed again, never the article."""

from __future__ import annotations

from typing import Sequence

import regex

from ..cues import Cues
from ..model import Block, Label

REASON = "link-reference list"
# A reference: an optional number ('[12]', '12.', '12)') and a URL, nothing else.
_REFERENCE = regex.compile(r"(?:\[\d{1,5}\]|\d{1,5}[.)])?\s?(?:(?:https?|ftp)://|mailto:|www\.)\S{1,2000}")
# The header text browsers print above the list.
_HEADERS = frozenset({"references", "links", "visible links", "hidden links", "link references", "urls"})
_MIN_RUN = 2
_PROSE_UNITS = 12


def _is_reference(block: Block) -> bool:
    clean = block.clean
    if "://" not in clean and "www." not in clean and "mailto:" not in clean:  # most blocks: no regex
        return False
    return len(clean) < 2100 and _REFERENCE.fullmatch(clean) is not None


def _may_hold_references(blocks: Sequence[Block]) -> bool:
    """``_is_reference``'s substring test over the page's joined text: most pages print no
    address at all, and one scan costs less than a call of ``_is_reference`` per block."""
    joined = "\n".join([block.clean for block in blocks])  # no mark spans a line break
    return "://" in joined or "www." in joined or "mailto:" in joined


def detect(blocks: Sequence[Block], cues: Cues) -> None:
    """Label every run of at least two reference lines with no prose after it (the list a text
    browser appends; a list of links inside the article is the article's), and its header."""
    if not _may_hold_references(blocks):
        return
    references = [_is_reference(block) for block in blocks]
    if references.count(True) < _MIN_RUN:
        return
    prose_after = [False] * (len(blocks) + 1)  # some block from here on is a sentence of prose
    for index in range(len(blocks) - 1, -1, -1):
        prose_after[index] = prose_after[index + 1] or blocks[index].units >= _PROSE_UNITS
    index = 0
    while index < len(blocks):
        stop = index
        while stop < len(blocks) and references[stop]:
            stop += 1
        if stop - index >= _MIN_RUN and not prose_after[stop]:
            for block in blocks[index:stop]:
                block.mark(Label.NAV, REASON)
            if index > 0 and blocks[index - 1].key.rstrip(":") in _HEADERS:
                blocks[index - 1].mark(Label.NAV, REASON)
        index = max(stop, index + 1)
