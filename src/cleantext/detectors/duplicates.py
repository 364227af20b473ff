"""A line repeated nearby is furniture (headings and captions printed twice)."""

from __future__ import annotations

from typing import Sequence

from ..cues import Cues
from ..model import Block, Label
from ..textutil import dedup_key

WINDOW = 3  # how many blocks back a copy may stand and still count as 'nearby'
# Headings and captions are what pages print twice; a long paragraph repeated is the author's own.
_MAX_UNITS = 60


def detect(blocks: Sequence[Block], cues: Cues) -> None:
    recent: dict[str, int] = {}
    for i, block in enumerate(blocks):
        if block.units > _MAX_UNITS or block.label is not None:
            continue  # furniture repeating itself is already furniture
        key = dedup_key(block.clean)
        if not key:
            continue
        seen = recent.get(key)
        if seen is not None and i - seen <= WINDOW:
            block.mark(Label.DUPLICATE, f"repeats line {blocks[seen].line}")
        recent[key] = i
