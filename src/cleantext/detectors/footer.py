"""Copyright lines and site footers; promos (newsletter, subscription, cross-promotion)."""

from __future__ import annotations

from typing import Sequence

from ..cues import Cues, phrase_key
from ..model import Block, Label

COPYRIGHT_REASON = "copyright or footer line"
_COPYRIGHT_MAX_UNITS = 45
_PROMO_MAX_UNITS = 40
_COPYRIGHT_SIGNS = ("©", "ⓒ", "Ⓒ", "(c) ", "(C) ")


def is_copyright(block: Block, cues: Cues) -> bool:
    if block.units > _COPYRIGHT_MAX_UNITS:
        return False
    text = block.clean
    if any(sign in text for sign in _COPYRIGHT_SIGNS) or cues.search("copyright_patterns", text):
        return True
    lowered = text.casefold()
    if phrase_key(text) in cues.phrases["copyright"]:
        return True
    loose = block.units <= 12 and not block.terminal
    return any(
        phrase in lowered for phrase in cues.phrases["copyright"] if loose or len(phrase) >= 12 or not phrase.isascii()
    )


def detect(blocks: Sequence[Block], cues: Cues) -> None:
    for block in blocks:
        if is_copyright(block, cues):
            block.mark(Label.COPYRIGHT, COPYRIGHT_REASON)
        elif block.units <= _PROMO_MAX_UNITS and (
            block.clean.startswith(cues.prefixes["promo_prefixes"])
            or phrase_key(block.clean) in cues.phrases["promo"]
            or cues.search("promo_patterns", block.clean)
        ):
            block.mark(Label.PROMO, "promo or subscription call")
