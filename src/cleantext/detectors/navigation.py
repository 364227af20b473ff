"""Navigation, skip links and menus; share and social buttons."""

from __future__ import annotations

from typing import Sequence

import regex

from ..cues import Cues, phrase_key
from ..model import Block, Label

_EXPLICIT_SEPARATORS = regex.compile(r"\s*[|/·•,]\s*")  # 'Copy link · Sign in' keeps two-word buttons
_SEPARATORS = regex.compile(r"\s*(?:[|/·•,]|\s)\s*")
_MAX_UNITS = 12


def _row_family(text: str, cues: Cues) -> str | None:
    """'Facebook Twitter Email' -> 'share', 'Home | News | Login' -> 'nav': every part a known word."""
    parts = [p for p in _EXPLICIT_SEPARATORS.split(text) if p.strip()]
    if len(parts) < 2:
        parts = [p for p in _SEPARATORS.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    seen: set[str] = set()
    for part in parts:
        families = cues.families_of(phrase_key(part)) & _ROW_FAMILIES
        if not families:
            return None  # most lines stop here, at their first word
        seen |= families
    return "share" if seen == {"share"} else "nav"


_ROW_FAMILIES = frozenset({"share", "nav"})
_REASONS = {"share": (Label.SHARE, "row of share buttons"), "nav": (Label.NAV, "row of menu words")}


def detect(blocks: Sequence[Block], cues: Cues) -> None:
    for block in blocks:
        if block.label is not None:
            continue  # an earlier detector decided: mark() would not change it
        if block.units > _MAX_UNITS:
            continue
        families = cues.families_of(block.key)
        if "share" in families:
            block.mark(Label.SHARE, "share button")
        elif "nav" in families:
            block.mark(Label.NAV, "navigation word")
        elif block.units >= 2:
            family = _row_family(block.clean, cues)
            if family:
                block.mark(*_REASONS[family])
