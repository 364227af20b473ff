"""Detectors: one module per boilerplate family.

Each detector is a pure function ``detect(blocks, cues)`` that labels the blocks
it is sure about and leaves the rest alone (``Block.mark`` never overwrites an
earlier label). ``DETECTORS`` is the order in which they run: specific,
high-precision families first, repetition last. The families that judge a
block by its own text alone also export ``verdict`` and run as one cached pass
(``per_block.run_verdicts``); the result is the same as running their
``detect`` functions one after the other.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .. import budget
from ..cues import Cues
from ..model import Block
from . import (
    banner, board, byline, caption, dom, duplicates, footer, gallery, navigation, records, references, related, section,
    weather,
)
from .per_block import run_verdicts

Detector = Callable[[Sequence[Block], Cues], None]

# Families that need only the block itself, in the order they run.
BLOCK_VERDICTS = (
    caption.verdict,
    related.verdict,
    navigation.verdict,
    banner.verdict,
    byline.verdict,
    footer.verdict,
    section.verdict,
)


def _block_families(blocks: Sequence[Block], cues: Cues) -> None:
    run_verdicts(blocks, cues, BLOCK_VERDICTS)


DETECTORS: tuple[Detector, ...] = (
    dom.detect,  # HTML only: markup evidence (nav, footer, aside, class words) is the most specific
    records.detect,  # runs of sibling items with linked headlines (teaser lists)
    gallery.detect,  # slideshows: numbered slides (k/N) and their captions
    weather.detect,  # widgets and listings: judged by runs of rows
    board.detect,
    references.detect,  # link lists a text browser appends ('[1] http://...')
    _block_families,  # caption, related, navigation, banner, byline, footer, section
    caption.credits_under_images,  # a '© name' line under a photo is its credit, not a footer
    duplicates.detect,  # last: only lines nothing else explained
)


def run_all(blocks: Sequence[Block], cues: Cues) -> None:
    for detector in DETECTORS:
        detector(blocks, cues)
        budget.check()  # the cooperative time budget, where no timer can interrupt (budget.py)
