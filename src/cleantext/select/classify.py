"""jusText-style classes for blocks no detector claimed: good, near-good, short, bad.

Lengths are in script-aware units and the function-word share is judged
against the page's own level, so the same thresholds serve English prose,
Korean (particles and endings as function words) and scripts with no list.
"""

from __future__ import annotations

import enum
import statistics
from typing import Sequence

from ..model import Block


class Kind(enum.IntEnum):
    GOOD = 0
    NEAR = 1
    SHORT = 2
    BAD = 3


# The members bound once: every block is classified, and on CPython 3.11 reading a member off an
# Enum class goes through the metaclass's __getattr__ hook, several times a module name's cost.
_GOOD, _NEAR, _SHORT, _BAD = Kind.GOOD, Kind.NEAR, Kind.SHORT, Kind.BAD

GOOD_UNITS = 15
NEAR_UNITS = 7
LONG_UNITS = 40  # this long, a paragraph is good on length alone unless link-heavy
LINK_HEAVY = 0.5
_MIN_PAGE_DENSITY = 0.08  # below this the page's language has no function-word list here


def density(block: Block) -> float:
    return block.stopwords / block.units if block.units else 0.0


def page_density(blocks: Sequence[Block]) -> float | None:
    """Typical function-word share of the page's long blocks; None when the language has no list."""
    values = [density(b) for b in blocks if b.units >= GOOD_UNITS and b.label is None]
    if not values:
        return None
    level = statistics.median(values)
    return level if level >= _MIN_PAGE_DENSITY else None


def _asks(block: Block) -> bool:
    """Short questions and exclamations read as headlines, not as paragraphs."""
    return block.clean.rstrip("\"'”’)»").endswith(("?", "!", "？", "！"))


def classify(block: Block, level: float | None) -> Kind:
    if block.label is not None:
        return _BAD
    if block.link_ratio >= LINK_HEAVY:
        return _BAD
    share = density(block)
    wordy = level is None or share >= 0.5 * level
    if block.units >= LONG_UNITS and (wordy or block.terminal):
        return _GOOD
    if block.units >= GOOD_UNITS and wordy and (block.terminal or share >= 0.8 * (level or 0)):
        return _GOOD
    if block.units >= NEAR_UNITS and block.terminal and not _asks(block) and (wordy or block.units >= GOOD_UNITS):
        return _NEAR
    return _SHORT
