"""Detectors: one module per boilerplate family.

Each detector is a pure function ``detect(blocks, cues)`` that labels the blocks
it is sure about and leaves the rest alone (``Block.mark`` never overwrites an
earlier label). ``DETECTORS`` is the order in which they run: specific,
high-precision families first, repetition last.
"""

from __future__ import annotations

from typing import Callable, Sequence

from ..cues import Cues
from ..model import Block
from . import banner, board, byline, caption, dom, duplicates, footer, navigation, related, section, weather

Detector = Callable[[Sequence[Block], Cues], None]

DETECTORS: tuple[Detector, ...] = (
    dom.detect,  # HTML only: markup evidence (nav, footer, aside, class words) is the most specific
    weather.detect,
    board.detect,
    caption.detect,
    related.detect,
    navigation.detect,
    banner.detect,
    byline.detect,
    footer.detect,
    section.detect,
    duplicates.detect,
)


def run_all(blocks: Sequence[Block], cues: Cues) -> None:
    for detector in DETECTORS:
        detector(blocks, cues)
