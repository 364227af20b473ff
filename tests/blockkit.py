"""Run one detector alone on a text dump: blocks from the text segmenter, cues of every language."""

from __future__ import annotations

from types import ModuleType

from cleantext import cues
from cleantext.model import Block
from cleantext.segment.text import segment_text


def detect(detector: ModuleType, text: str) -> list[Block]:
    """The blocks of ``text`` after ``detector.detect`` labelled what it is sure about."""
    blocks = segment_text(text)
    detector.detect(blocks, cues.load())
    return blocks


def labels(detector: ModuleType, text: str) -> list[str | None]:
    """One label (as a string) or None per block of ``text``."""
    return [str(block.label) if block.label is not None else None for block in detect(detector, text)]


def label_of(detector: ModuleType, line: str, context: str = "") -> str | None:
    """The label ``detector`` gives ``line`` when it stands alone (or after ``context`` lines)."""
    blocks = detect(detector, f"{context}\n\n{line}" if context else line)
    block = blocks[-1]
    assert block.clean, line
    return str(block.label) if block.label is not None else None


def table(detector: ModuleType, text: str) -> str:
    """A readable dump for assertion messages."""
    return "\n".join(f"{str(b.label):10} | {b.clean}" for b in detect(detector, text))
