"""Per-block measures both segmenters fill in: length in units, function words, phrase key.

This runs once per block of every page, so it leans on C-level work (one
``findall``, ``map`` over a set) instead of Python loops per token.
"""

from __future__ import annotations

from ..cues import Cues, load, phrase_key
from ..model import Block
from ..textutil import WORD, has_cjk, units

_HANGUL = frozenset(chr(c) for c in range(0xAC00, 0xD7A4))


def measure(block: Block, cues: Cues | None = None) -> None:
    cues = cues or load()
    text = block.clean
    tokens = WORD.findall(text.casefold())
    block.units = units(text) if has_cjk(text) else len(tokens)
    count = sum(map(cues.phrases["stopwords"].__contains__, tokens))
    suffixes = cues.stop_suffixes
    if suffixes and not _HANGUL.isdisjoint(text):
        count += sum(1 for token in tokens if token.endswith(suffixes) and token[-1] in _HANGUL)
    block.stopwords = count
    block.key = phrase_key(text)
