"""Navigation, skip links and menus; share and social buttons."""

from __future__ import annotations

import regex

from ..cues import Cues, phrase_key
from ..model import Block, Label
from .per_block import Verdict, per_block

# 'Copy link · Sign in' keeps two-word buttons. A match starts where a white-space run starts
# ((?<!\s)): tried inside a long run, '\s*' would rescan the rest of it at every position.
_EXPLICIT_SEPARATORS = regex.compile(r"(?:(?<!\s)\s++)?[|/·•,]\s*")
_SEPARATORS = regex.compile(r"\s*(?:[|/·•,]|\s)\s*")
_MAX_UNITS = 12
_SEPARATOR_CHARS = "|/·•,"  # those of _EXPLICIT_SEPARATORS


def _row_family(text: str, cues: Cues) -> str | None:
    """'Facebook Twitter Email' -> 'share', 'Home | News | Login' -> 'nav': every part a known word."""
    if not any(separator in text for separator in _SEPARATOR_CHARS):
        # The parts are the words: most lines fail at the first, found without a regex split.
        first = text.split(None, 1)[:1]
        if not first or not cues.families_of(phrase_key(first[0])) & _ROW_FAMILIES:
            return None
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


def verdict(block: Block, cues: Cues) -> Verdict | None:
    if block.units > _MAX_UNITS:
        return None
    families = cues.families_of(block.key)
    if "share" in families:
        return Label.SHARE, "share button"
    if "nav" in families:
        return Label.NAV, "navigation word"
    if block.units >= 2:
        family = _row_family(block.clean, cues)
        if family:
            return _REASONS[family]
    return None


detect = per_block(verdict)
