"""Copyright lines and site footers; promos (newsletter, subscription, cross-promotion)."""

from __future__ import annotations

import regex

from ..cues import Cues
from ..model import Block, Label
from .per_block import Verdict, per_block

COPYRIGHT_REASON = "copyright or footer line"
_COPYRIGHT_MAX_UNITS = 45
_PROMO_MAX_UNITS = 40
_COPYRIGHT_SIGNS = frozenset("©ⓒⒸ")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_SIGN_ONLY_UNITS = 4


def is_copyright(block: Block, cues: Cues) -> bool:
    if block.units > _COPYRIGHT_MAX_UNITS:
        return False
    text = block.clean
    if not _COPYRIGHT_SIGNS.isdisjoint(text) and (_YEAR.search(text) or block.units <= _SIGN_ONLY_UNITS):
        # '© 2024 Site' is a footer; '© Shutterstock' after a gallery slide is a photo credit.
        return True
    if cues.search("copyright_patterns", text):
        return True
    if block.key in cues.phrases["copyright"]:
        return True
    # Short, non-sentence lines may hold any footer phrase; longer ones only distinctive phrases.
    # A full sentence that mentions copyright ('… 무단 전재를 막기 위한 법안 …') is article text.
    if block.terminal and block.units > _SIGN_ONLY_UNITS:
        return False
    loose = block.units <= 12
    return bool(cues.search("copyright_any" if loose else "copyright_distinctive", text))


def verdict(block: Block, cues: Cues) -> Verdict | None:
    if is_copyright(block, cues):
        return Label.COPYRIGHT, COPYRIGHT_REASON
    if block.units <= _PROMO_MAX_UNITS and (
        block.clean.startswith(cues.prefixes["promo_prefixes"])
        or block.key in cues.phrases["promo"]
        or cues.search("promo_patterns", block.clean)
    ):
        return Label.PROMO, "promo or subscription call"
    return None


detect = per_block(verdict)
