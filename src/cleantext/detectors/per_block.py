"""Detectors that judge each block by its own text alone share one loop and one cache.

Such a detector is a ``verdict(block, cues) -> (label, reason) | None``; its
``detect`` is ``per_block(verdict)``. ``run_verdicts`` runs several of them as
one pass, first verdict wins, and caches the outcome by the block's text:
menus, footers and share rows repeat within a page and across pages of a site.
"""

from __future__ import annotations

from typing import Callable, Sequence

from ..caches import MISSING, LineCaches
from ..cues import Cues
from ..model import LABEL_BY_VALUE, Block, Label

Verdict = tuple[Label, str]
VerdictFn = Callable[[Block, Cues], "Verdict | None"]

_CACHED_CHARS = 200  # long lines rarely repeat
# One cache per (verdicts, languages, image or not), keyed by the line's text, holding
# (label value, reason): plain strings, so the garbage collector can stop tracking the entries
# (a value holding an enum member stays tracked, and every full collection walks all of them).
# (Keyed by languages, not by the Cues object: load() may remake it.)
_CACHES = LineCaches()
_NO_VERDICT = ("", "")
# The few distinct outcomes, each stored once: a cache entry then adds no new tuple to track.
_OUTCOMES: dict[tuple[str, str], tuple[str, str]] = {}
_MAX_OUTCOMES = 10_000


def _outcome(found: Verdict | None) -> tuple[str, str]:
    if found is None:
        return _NO_VERDICT
    outcome = (found[0].value, found[1])
    if len(_OUTCOMES) >= _MAX_OUTCOMES:
        _OUTCOMES.clear()
    return _OUTCOMES.setdefault(outcome, outcome)


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
    lines, images = _CACHES[verdicts, cues.languages, False], _CACHES[verdicts, cues.languages, True]
    for block in blocks:
        if block.label is not None:
            continue
        text = block.clean
        if len(text) > _CACHED_CHARS:
            found = _first_verdict(block, cues, verdicts)
            if found is not None:
                block.mark(*found)
            continue
        cache = images if block.image else lines
        cached = cache.get(text, MISSING)
        if cached is MISSING:
            cached = cache.put(text, _outcome(_first_verdict(block, cues, verdicts)))
        if cached is not _NO_VERDICT:
            block.mark(LABEL_BY_VALUE[cached[0]], cached[1])
