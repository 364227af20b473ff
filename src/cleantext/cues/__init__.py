"""Per-language cue data, merged and compiled once per process.

Each language module holds a plain ``CUES`` dict of word lists and patterns; this
module folds the chosen languages into one ``Cues`` object of frozensets and
compiled alternations, so detectors never branch on language.
"""

from __future__ import annotations

import functools
from typing import Iterable

import attrs
import regex

from . import de, en, ko, romance, slavic_nordic, zh

LANGUAGES: dict[str, dict] = {
    "ko": ko.CUES,
    "en": en.CUES,
    "de": de.CUES,
    "romance": romance.CUES,
    "slavic_nordic": slavic_nordic.CUES,
    "zh": zh.CUES,
}

_COUNT_SUFFIX = regex.compile(r"\s*[(\[]?\d{1,9}[)\]]?\s*$")
# Phrase lists describe short lines; a longer line never equals a phrase.
PHRASE_MAX_CHARS = 120


def phrase_key(text: str) -> str:
    """The form in which a short line is compared with phrase lists: case folded, edges trimmed.

    Leading symbols, digits and bullets and trailing punctuation are dropped, so
    '• 관련기사 »' and 'Related:' meet their list entries.
    """
    if len(text) > PHRASE_MAX_CHARS:
        return ""
    text = text.casefold()
    start, end = 0, len(text)
    while start < end and not (text[start].isalpha() or text[start] in "#©"):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "#+©"):
        end -= 1
    return " ".join(text[start:end].split())


def phrase_key_without_count(text: str) -> str:
    """Like phrase_key, with a trailing count removed: 'Comments (12)' -> 'comments'."""
    return phrase_key(_COUNT_SUFFIX.sub("", text))


def _alternation(patterns: Iterable[str]) -> regex.Pattern[str] | None:
    patterns = list(patterns)
    if not patterns:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in patterns), regex.IGNORECASE | regex.V0)


def _never(_: str) -> None:
    return None


@attrs.frozen(eq=False)  # hashed by identity: one object per language choice, cached by load()
class Cues:
    """Every cue of the chosen languages, merged: phrase sets, prefixes and compiled patterns."""

    languages: tuple[str, ...]
    phrases: dict[str, frozenset[str]]
    prefixes: dict[str, tuple[str, ...]]
    patterns: dict[str, regex.Pattern[str] | None]
    stop_suffix: regex.Pattern[str] | None

    def is_phrase(self, family: str, text: str) -> bool:
        return phrase_key(text) in self.phrases.get(family, frozenset())

    def starts_with(self, family: str, text: str) -> bool:
        return text.casefold().startswith(self.prefixes.get(family, ()))

    def search(self, family: str, text: str) -> regex.Match[str] | None:
        pattern = self.patterns.get(family)
        return pattern.search(text) if pattern is not None else None


_PHRASE_FAMILIES = (
    "stopwords", "related_headers", "share", "nav", "weather_conditions", "weather_providers",
    "board_header_words", "date_labels", "banner", "copyright", "promo", "caption_credits",
    "publisher_suffixes", "author_headers", "consent_words",
)
_PREFIX_FAMILIES = ("related_prefixes", "promo_prefixes", "section_prefixes", "date_prefixes")
_PATTERN_FAMILIES = (
    "related_patterns", "byline_patterns", "caption_patterns", "comments_patterns",
    "copyright_patterns", "promo_patterns", "byline_prefix_cuts",
)


@functools.lru_cache(maxsize=8)
def load(languages: tuple[str, ...] | None = None) -> Cues:
    """Merge the cue modules of ``languages`` (all when None); cached, so compiled once."""
    chosen = tuple(LANGUAGES) if languages is None else tuple(languages)
    unknown = [name for name in chosen if name not in LANGUAGES]
    if unknown:
        raise ValueError(f"unknown cue languages {unknown}; known: {sorted(LANGUAGES)}")
    modules = [LANGUAGES[name] for name in chosen]
    phrases = {
        family: frozenset(phrase_key(p) if family != "stopwords" else p.casefold() for m in modules for p in m.get(family, ()))
        for family in _PHRASE_FAMILIES
    }
    prefixes = {family: tuple(p.casefold() for m in modules for p in m.get(family, ())) for family in _PREFIX_FAMILIES}
    patterns = {family: _alternation(p for m in modules for p in m.get(family, ())) for family in _PATTERN_FAMILIES}
    suffixes = sorted({s for m in modules for s in m.get("stop_suffixes", ())}, key=len, reverse=True)
    stop_suffix = regex.compile(r"\p{Hangul}(?:" + "|".join(map(regex.escape, suffixes)) + r")$") if suffixes else None
    return Cues(chosen, phrases, prefixes, patterns, stop_suffix)
