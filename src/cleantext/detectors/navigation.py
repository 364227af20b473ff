"""Navigation, skip links and menus; share and social buttons."""

from __future__ import annotations

from typing import Sequence

import regex

from ..cues import Cues, phrase_key
from ..model import Block, Label

_SEPARATORS = regex.compile(r"\s*(?:[|/·•,]|\s)\s*")
_MAX_UNITS = 12


def _all_words_in(text: str, vocabulary: frozenset[str]) -> bool:
    """'Facebook Twitter Email' or '공유 | 인쇄': every part is a known word."""
    parts = [phrase_key(p) for p in _SEPARATORS.split(text) if p.strip()]
    parts = [p for p in parts if p]
    return len(parts) >= 2 and all(p in vocabulary for p in parts)


def detect(blocks: Sequence[Block], cues: Cues) -> None:
    share, nav = cues.phrases["share"], cues.phrases["nav"]
    for block in blocks:
        if block.units > _MAX_UNITS:
            continue
        key = phrase_key(block.clean)
        if key in share:
            block.mark(Label.SHARE, "share button")
        elif key in nav:
            block.mark(Label.NAV, "navigation word")
        elif _all_words_in(block.clean, share):
            block.mark(Label.SHARE, "row of share buttons")
        elif _all_words_in(block.clean, nav | share):
            block.mark(Label.NAV, "row of menu words")
