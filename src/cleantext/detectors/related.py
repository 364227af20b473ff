"""Related-article lists: their headers ('관련기사', 'You may also like') and inline 'Read more:' links.

Headers are also *closers*: body selection ends the article at one. The
headlines and teasers under a header are labelled by body selection, which
knows where the article is.
"""

from __future__ import annotations

from ..cues import Cues
from ..model import Block, Label
from .per_block import Verdict, per_block

HEADER_REASON = "related-articles header"
_HEADER_MAX_UNITS = 12
_INLINE_MAX_UNITS = 45
_INLINE_SENTENCE_UNITS = 20


def is_header(block: Block, cues: Cues) -> bool:
    if block.units > _HEADER_MAX_UNITS:
        return False
    return block.key in cues.phrases["related_headers"] or bool(cues.search("related_patterns", block.clean))


def _is_inline_link(block: Block, cues: Cues) -> bool:
    """'Read more: <headline>': a headline, so short or not a full sentence."""
    if block.units > _INLINE_MAX_UNITS or (block.terminal and block.units > _INLINE_SENTENCE_UNITS):
        return False
    return cues.starts_with("related_prefixes", block.clean.lstrip("•·-* "))


def verdict(block: Block, cues: Cues) -> Verdict | None:
    if is_header(block, cues):
        return Label.RELATED, HEADER_REASON
    if _is_inline_link(block, cues):
        return Label.RELATED, "inline related-article link"
    return None


detect = per_block(verdict)
