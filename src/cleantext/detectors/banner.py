"""Banners and ads; comment counters and comment-section headers."""

from __future__ import annotations

from ..cues import Cues, phrase_key_without_count
from ..model import Block, Label
from .per_block import Verdict, per_block

_MAX_UNITS = 10
_GLUED_FORM_UNITS = 25
COMMENTS_REASON = "comment counter or header"


_CONSENT_MAX_UNITS = 150


def _may_end_in_count(text: str) -> bool:
    """The line ends with a digit, or a bracket after one: only then has it a count to drop."""
    last = text.rstrip()[-1:]
    return last.isdigit() or last in (")", "]")


def is_cookie_consent(block: Block, cues: Cues) -> bool:
    """Consent dialogs name cookies together with a consent or settings word, in any language."""
    if block.units > _CONSENT_MAX_UNITS:
        return False
    lowered = block.clean.casefold()
    return "cookie" in lowered and block.units >= 3 and bool(cues.search("consent_notice", lowered))


def verdict(block: Block, cues: Cues) -> Verdict | None:
    if is_cookie_consent(block, cues):
        return Label.BANNER, "cookie consent notice"
    if block.units > _MAX_UNITS:
        # A comment form's opening words still open a longer line when a dump glued the form's
        # parts together ('Leave a Reply Cancel replyYour email address will not be published.').
        if block.units <= _GLUED_FORM_UNITS and cues.search("comment_form_patterns", block.clean.casefold()):
            return Label.COMMENTS, COMMENTS_REASON
        return None
    if block.key in cues.phrases["banner"]:
        return Label.BANNER, "ad or banner placeholder"
    folded = block.clean.casefold()
    if cues.search("comments_patterns", folded):
        return Label.COMMENTS, COMMENTS_REASON
    # '• 12 Comments »' -> 'comments'; a line that ends in no count has its own key already.
    key = phrase_key_without_count(block.clean) if _may_end_in_count(block.clean) else block.key
    if key != folded and cues.search("comments_patterns", key):
        return Label.COMMENTS, COMMENTS_REASON
    return None


detect = per_block(verdict)
