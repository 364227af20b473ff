"""Per-block measures both segmenters fill in: length in units and function-word count."""

from __future__ import annotations

from ..cues import load
from ..model import Block
from ..textutil import WORD, units


def measure(block: Block) -> None:
    cues = load()
    stop = cues.phrases["stopwords"]
    suffix = cues.stop_suffix
    text = block.clean
    block.units = units(text)
    count = 0
    for match in WORD.finditer(text.casefold()):
        token = match.group()
        if token in stop or (suffix is not None and suffix.search(token)):
            count += 1
    block.stopwords = count
