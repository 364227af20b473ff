"""Banners and ads; comment counters and comment-section headers."""

from __future__ import annotations

from typing import Sequence

from ..cues import Cues, phrase_key_without_count
from ..model import Block, Label

_MAX_UNITS = 10
COMMENTS_REASON = "comment counter or header"


_CONSENT_MAX_UNITS = 150


def is_cookie_consent(block: Block, cues: Cues) -> bool:
    """Consent dialogs name cookies together with a consent or settings word, in any language."""
    if block.units > _CONSENT_MAX_UNITS:
        return False
    lowered = block.clean.casefold()
    return "cookie" in lowered and block.units >= 3 and bool(cues.search("consent_notice", lowered))


def detect(blocks: Sequence[Block], cues: Cues) -> None:
    banners = cues.phrases["banner"]
    for block in blocks:
        if block.label is not None:
            continue  # an earlier detector decided: mark() would not change it
        if is_cookie_consent(block, cues):
            block.mark(Label.BANNER, "cookie consent notice")
            continue
        if block.units > _MAX_UNITS:
            continue
        if block.key in banners:
            block.mark(Label.BANNER, "ad or banner placeholder")
        elif cues.search("comments_patterns", block.clean.casefold()) or cues.search(
            "comments_patterns", phrase_key_without_count(block.clean)
        ):
            block.mark(Label.COMMENTS, COMMENTS_REASON)
