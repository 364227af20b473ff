"""Copyright lines and site footers; promos (newsletter, subscription, cross-promotion)."""

from __future__ import annotations

from typing import Sequence

from ..cues import Cues, phrase_key
from ..model import Block, Label

COPYRIGHT_REASON = "copyright or footer line"
_COPYRIGHT_MAX_UNITS = 45
_PROMO_MAX_UNITS = 40
_COPYRIGHT_SIGNS = frozenset("©ⓒⒸ")


def is_copyright(block: Block, cues: Cues) -> bool:
    if block.units > _COPYRIGHT_MAX_UNITS:
        return False
    text = block.clean
    if not _COPYRIGHT_SIGNS.isdisjoint(text) or cues.search("copyright_patterns", text):
        return True
    if block.key in cues.phrases["copyright"]:
        return True
    # Short, non-sentence lines may hold any footer phrase; longer ones only distinctive phrases.
    loose = block.units <= 12 and not block.terminal
    return bool(cues.search("copyright_any" if loose else "copyright_distinctive", text))


def detect(blocks: Sequence[Block], cues: Cues) -> None:
    for block in blocks:
        if is_copyright(block, cues):
            block.mark(Label.COPYRIGHT, COPYRIGHT_REASON)
        elif block.units <= _PROMO_MAX_UNITS and (
            block.clean.startswith(cues.prefixes["promo_prefixes"])
            or block.key in cues.phrases["promo"]
            or cues.search("promo_patterns", block.clean)
        ):
            block.mark(Label.PROMO, "promo or subscription call")
