"""Per-block measures both segmenters fill in: length in units, function words, phrase key.

This runs once per block of every page, so it leans on C-level work (one
``findall``, ``map`` over a set) instead of Python loops per token.
"""

from __future__ import annotations

import re

import regex

from ..caches import MISSING, LineCaches
from ..cues import PHRASE_MAX_CHARS, Cues, load, phrase_key_of_folded
from ..model import Block
from ..textutil import fold_case, has_cjk, units, words_of

_HANGUL = frozenset(chr(c) for c in range(0xAC00, 0xD7A4))
_EAST_ASIAN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\uAC00-\uD7A3]")  # CJK (see has_cjk) or Hangul
# The Unicode blocks every character _EAST_ASIAN matches lies in, wide enough for scripts a newer
# engine may add (tests check it against the installed one). The standard engine rules out most
# other text (accents, curly quotes, Cyrillic) at a third of the cost of a ``regex`` search.
MAYBE_EAST_ASIAN = re.compile(
    "[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00016fe0-\U00016fff"
    "\U0001aff0-\U0001b2ff\U0001f200-\U0001f2ff\U00020000-\U0003ffff]"
)


# Lines repeat (menus, footers, across pages of one site): their measures are cached by text,
# one cache per choice of languages (measures depend on its stop words), so the key is the line
# itself. (By languages, not by Cues object: load() may make a new object for the same choice.)
_CACHES = LineCaches()
_CACHED_CHARS = 200  # long lines rarely repeat; caching them would only cost memory


def _measures(text: str, cues: Cues) -> tuple[int, int, str]:
    ascii_text = text.isascii()
    folded = fold_case(text)
    tokens = words_of(folded)
    length = len(tokens)
    count = sum(map(cues.phrases["stopwords"].__contains__, tokens))
    if not ascii_text and MAYBE_EAST_ASIAN.search(text) is not None and _EAST_ASIAN.search(text) is not None:
        if has_cjk(text):
            length = units(text)
        suffixes = cues.stop_suffixes
        if suffixes and not _HANGUL.isdisjoint(text):
            count += sum(1 for token in tokens if token.endswith(suffixes) and token[-1] in _HANGUL)
    return length, count, phrase_key_of_folded(folded) if len(text) <= PHRASE_MAX_CHARS else ""


def measure(block: Block, cues: Cues | None = None) -> None:
    cues = cues or load()
    text = block.clean
    if len(text) > _CACHED_CHARS:
        block.units, block.stopwords, block.key = _measures(text, cues)
        return
    cache = _CACHES[cues.languages]
    found = cache.get(text, MISSING)
    if found is MISSING:
        found = cache.put(text, _measures(text, cues))
    block.units, block.stopwords, block.key = found
