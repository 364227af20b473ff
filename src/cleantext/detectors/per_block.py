"""Detectors that judge each block by its own text alone share one loop and one cache.

Such a detector is a ``verdict(block, cues) -> (label, reason) | None``; its
``detect`` is ``per_block(verdict)``. ``run_verdicts`` runs several of them as
one pass, first verdict wins, and caches the outcome by the block's text:
menus, footers and share rows repeat within a page and across pages of a site.
"""

from __future__ import annotations

from typing import Callable, Sequence

from ..caches import MISSING, LineCache
from ..cues import Cues
from ..model import Block, Label

Verdict = tuple[Label, str]
VerdictFn = Callable[[Block, Cues], "Verdict | None"]

_CACHE = LineCache()
_CACHED_CHARS = 200  # long lines rarely repeat


def per_block(verdict: VerdictFn) -> Callable[[Sequence[Block], Cues], None]:
    """The ``detect`` of a detector that needs nothing but the block itself."""

    def detect(blocks: Sequence[Block], cues: Cues) -> None:
        for block in blocks:
            if block.label is None:
                found = verdict(block, cues)
                if found is not None:
                    block.mark(*found)

    detect.__doc__ = verdict.__doc__
    return detect


def _first_verdict(block: Block, cues: Cues, verdicts: tuple[VerdictFn, ...]) -> Verdict | None:
    for verdict in verdicts:
        found = verdict(block, cues)
        if found is not None:
            return found
    return None


def run_verdicts(blocks: Sequence[Block], cues: Cues, verdicts: tuple[VerdictFn, ...]) -> None:
    """Apply ``verdicts`` in order to every unlabelled block (first one that speaks wins)."""
    for block in blocks:
        if block.label is not None:
            continue
        text = block.clean
        key = (cues.languages, verdicts, text, block.image) if len(text) <= _CACHED_CHARS else None
        found = _CACHE.get(key, MISSING) if key is not None else MISSING
        if found is MISSING:
            found = _first_verdict(block, cues, verdicts)
            if key is not None:
                _CACHE.put(key, found)
        if found is not None:
            block.mark(*found)
