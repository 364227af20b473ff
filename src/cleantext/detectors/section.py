"""Section, category and breadcrumb labels; publisher names on a line of their own."""

from __future__ import annotations

import functools

import regex

from ..cues import Cues
from ..model import Block, Label
from .per_block import Verdict, per_block

_BREADCRUMB = regex.compile(r"\s(?:>|»|›|/|→|::)\s")
_MAX_UNITS = 12


_CRUMB_SIGNS = frozenset(">»›/→:")


def is_breadcrumb(block: Block) -> bool:
    if _CRUMB_SIGNS.isdisjoint(block.clean):
        return False
    parts = _BREADCRUMB.split(block.clean)
    return len(parts) >= 3 and all(0 < len(p.split()) <= 4 for p in parts) and not block.terminal


def is_publisher(block: Block, cues: Cues) -> bool:
    """'중앙일보': one or two words ending in a newspaper suffix."""
    words = block.clean.split()
    if not 1 <= len(words) <= 2 or block.terminal:
        return False
    last = words[-1]
    if last.isascii():
        return False
    return any(last.endswith(s) and len(last) > len(s) for s in cues.phrases["publisher_suffixes"])


def _starts_with_label(text: str, labels: tuple[str, ...]) -> bool:
    """'카테고리 AI/IT', 'Tags: x': the label is a word of its own, not the start of one ('태그가 …')."""
    if not text.startswith(labels):
        return False  # one C-level test settles nearly every line
    for label in labels:
        if text.startswith(label):
            rest = text[len(label):]
            return not rest or not rest[0].isalnum() or label.endswith((":", " "))
    return False


@functools.lru_cache(maxsize=8)  # by Cues object (hashed by identity): built once per language choice
def _section_labels(cues: Cues) -> tuple[tuple[str, ...], frozenset[str]]:
    """The section labels written without a space before their colon ('catégorie :' -> 'catégorie:'),
    and the same labels bare, without their colon ('tags:' -> 'tags')."""
    tight = tuple(dict.fromkeys(label.replace(" :", ":") for label in cues.prefixes["section_prefixes"]))
    return tight, frozenset(label.rstrip(" :") for label in tight)


def verdict(block: Block, cues: Cues) -> Verdict | None:
    if block.units > _MAX_UNITS:
        return None
    folded = block.clean.casefold().replace(" :", ":")  # 'Category : News', French 'Catégorie : …'
    labels, bare = _section_labels(cues)
    # 'Tags:', 'Etiquetas:', 'Temas' alone on a line are labels, though a colon reads as a sentence end.
    if folded.rstrip(" :") in bare or (not block.terminal and _starts_with_label(folded, labels)):
        return Label.SECTION, "category or tag label"
    if is_breadcrumb(block):
        return Label.SECTION, "breadcrumb"
    if is_publisher(block, cues):
        return Label.SOURCE, "publisher name"
    return None


detect = per_block(verdict)
