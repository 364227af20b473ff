"""Per-language cue data, merged and compiled once per process.

Each language module holds a plain ``CUES`` dict of word lists and patterns; this
module folds the chosen languages into one ``Cues`` object of frozensets and
compiled alternations, so detectors never branch on language.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable, Union

import attrs
import regex

from ..caches import LineCache
from ..textutil import fold_case
from . import de, en, ko, romance, slavic_nordic, zh
from .required import pairs_with_ascii, required_choices, required_text

LANGUAGES: dict[str, dict] = {
    "ko": ko.CUES,
    "en": en.CUES,
    "de": de.CUES,
    "romance": romance.CUES,
    "slavic_nordic": slavic_nordic.CUES,
    "zh": zh.CUES,
}

# A count at the end of a line (after its trailing white space is stripped). Searched for with
# '\s*' in front and behind, a long run of spaces made the search quadratic; the spaces before
# the count are trimmed by phrase_key anyway.
_COUNT_SUFFIX = regex.compile(r"[(\[]?\d{1,9}[)\]]?$")
# Phrase lists describe short lines; a longer line never equals a phrase.
PHRASE_MAX_CHARS = 120


def phrase_key(text: str) -> str:
    """The form in which a short line is compared with phrase lists: case folded, edges trimmed.

    Leading symbols, digits and bullets and trailing punctuation are dropped, so
    '• 관련기사 »' and 'Related:' meet their list entries.
    """
    if len(text) > PHRASE_MAX_CHARS:
        return ""
    return phrase_key_of_folded(text.casefold())


def phrase_key_of_folded(text: str) -> str:
    """``phrase_key`` of a line already case folded (and no longer than PHRASE_MAX_CHARS)."""
    start, end = 0, len(text)
    while start < end and not (text[start].isalpha() or text[start] in "#©"):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "#+©"):
        end -= 1
    return " ".join(text[start:end].split())


def phrase_key_without_count(text: str) -> str:
    """Like phrase_key, with a trailing count removed: 'Comments (12)' -> 'comments'."""
    text = text.rstrip()
    match = _COUNT_SUFFIX.search(text)
    return phrase_key(text[: match.start()] if match else text)


def _alternation(patterns: Iterable[str]) -> regex.Pattern[str] | None:
    patterns = list(patterns)
    if not patterns:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in patterns), regex.IGNORECASE | regex.V0)


# A pattern compiled alone, the caseless text it cannot match without ('' if none), and the texts of
# which it needs one in a line's ``gate_fold`` when they are longer (none: the first test alone).
Gated = tuple[regex.Pattern[str], str, tuple[str, ...]]


def _compile_each(patterns: Iterable[str]) -> tuple[Gated, ...]:
    return tuple(_gated(p) for p in patterns)


def _gated(pattern: str) -> Gated:
    needed = required_text(pattern) or ""
    choices = required_choices(pattern) or ()
    if choices and min(map(len, choices)) <= len(needed):
        choices = ()  # the caseless text alone is as selective ('(사진' against '사진')
    return regex.compile(pattern, regex.IGNORECASE | regex.V0), needed, choices


_END_ANCHOR = regex.compile(r"(?:\\s\*|\\s\{0,\d+\}|\\\)\?)*\$$")
# A pattern anchored at its end can only match this close to the end of a line.
END_REACH = 160
OPENING_CHARS = 2  # the prefix by which start patterns are ruled out (see Family.openings)


@attrs.frozen(eq=False)
class Family:
    """One family's patterns split by anchoring, so each is tried only where it can match.

    Start-anchored patterns are tried at position 0, end-anchored ones on the
    line's tail; only the rest scan the whole line. This keeps the per-line cost
    of long alternations flat.
    """

    start: regex.Pattern[str] | None  # one alternation, tried at position 0
    end: tuple[Gated, ...]
    anywhere: tuple[Gated, ...]
    # A line's first OPENING_CHARS -> whether a match of ``start`` can begin with them (a partial
    # match of the prefix): most lines open with two letters no start pattern does.
    openings: LineCache = attrs.field(factory=LineCache, repr=False)
    gated: bool = False  # whether any end or anywhere pattern has a gate (``Gated``'s choices)

    @classmethod
    def compile(cls, patterns: Iterable[str]) -> "Family | None":
        # Separate patterns, not one alternation: the regex engine keeps each pattern's
        # literal-prefix shortcuts only when it stands alone (about 4x faster here).
        patterns = list(patterns)
        if not patterns:
            return None
        start = [p for p in patterns if p.startswith("^")]
        end = [p for p in patterns if not p.startswith("^") and _END_ANCHOR.search(p)]
        rest = [p for p in patterns if p not in start and p not in end]
        # Start-anchored patterns are tried at one position only, so one alternation is cheap.
        end_gated, rest_gated = _compile_each(end), _compile_each(rest)
        gated = any(gate for _, _, gate in end_gated + rest_gated)
        return cls(_alternation(start), end_gated, rest_gated, gated=gated)

    def match_start(self, text: str) -> regex.Match[str] | None:
        """A match of the start-anchored patterns only: one try at position 0."""
        return self.start.match(text) if self.start is not None and self._may_open(text) else None

    def _may_open(self, text: str) -> bool:
        prefix = text[:OPENING_CHARS]
        known = self.openings.get(prefix)
        if known is None:
            known = self.openings.put(prefix, self.start.match(prefix, partial=True) is not None)  # type: ignore[union-attr]
        return known

    def search(self, text: str) -> regex.Match[str] | None:
        if self.start is not None:
            opens = self.openings.get(text[:OPENING_CHARS])  # _may_open, inline: once a line
            if opens is None:
                opens = self._may_open(text)
            if opens:
                match = self.start.match(text)
                if match:
                    return match
        if not (self.end or self.anywhere):
            return None  # start-anchored patterns only (bylines, comment headers): done
        # The end and anywhere loops are written out twice on purpose: one loop over both (with a
        # helper for the gate) cost 5% more instructions over 144k recorded searches.
        # gate_fold's test, once a line (a scan of the line outside ASCII): only if a gate needs it
        gated = self.gated and (text.isascii() or pairs_with_ascii(text) is None)
        folded: str | None = None  # the line's fold, made for the first gate
        if self.end:
            tail = max(0, len(text) - END_REACH)
            for pattern, needed, gate in self.end:
                if needed in text:  # '' is in every text
                    if gate and gated:
                        if folded is None:
                            folded = text[tail:].lower()  # the tail: all an end-anchored match can hold
                        for choice in gate:  # a few C-level substring scans
                            if choice in folded:
                                break
                        else:
                            continue
                    match = pattern.search(text, tail)
                    if match:
                        return match
            if tail:
                folded = None  # the end patterns' fold held only the tail
        for pattern, needed, gate in self.anywhere:
            if needed in text:
                if gate and gated:
                    if folded is None:
                        folded = text.lower()
                    for choice in gate:  # a few C-level substring scans
                        if choice in folded:
                            break
                    else:
                        continue
                match = pattern.search(text)
                if match:
                    return match
        return None


@attrs.frozen(eq=False)
class Literals:
    """Plain phrases found anywhere in a line, whatever its case.

    The line is case folded and searched with one stdlib alternation of the folded
    phrases: four times faster than the regex engine's case-insensitive alternation.
    A match's positions are those of the folded line.
    """

    pattern: re.Pattern[str]

    @classmethod
    def compile(cls, phrases: Iterable[str]) -> "Literals | None":
        folded = sorted({p.casefold() for p in phrases}, key=len, reverse=True)  # longest first
        return cls(re.compile("|".join(map(re.escape, folded)))) if folded else None

    def match_start(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(fold_case(text))

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(fold_case(text))


Matcher = Union[Family, Literals]


@attrs.frozen(eq=False)  # hashed by identity: one object per language choice, cached by load()
class Cues:
    """Every cue of the chosen languages, merged: phrase sets, prefixes and compiled patterns."""

    languages: tuple[str, ...]
    phrases: dict[str, frozenset[str]]
    prefixes: dict[str, tuple[str, ...]]
    patterns: dict[str, Matcher | None]
    stop_suffixes: tuple[str, ...]  # Korean particles/endings counted as function words
    families: dict[str, frozenset[str]]  # phrase key -> every phrase family it belongs to
    header_phrases: re.Pattern[str] | None = None  # section openers, searched in lower-cased text
    # 'see also', 'lire aussi': related prefixes written with a colon, which label the line's link
    label_prefixes: frozenset[str] = frozenset()

    def families_of(self, key: str) -> frozenset[str]:
        """Every phrase family a line's key belongs to (one dict lookup for all lists)."""
        return self.families.get(key, frozenset())

    def starts_with(self, family: str, text: str) -> bool:
        return text.casefold().startswith(self.prefixes.get(family, ()))

    def search(self, family: str, text: str) -> regex.Match[str] | re.Match[str] | None:
        compiled = self.patterns.get(family)
        return compiled.search(text) if compiled is not None else None

    def match_start(self, family: str, text: str) -> regex.Match[str] | re.Match[str] | None:
        """Like ``search``, with the family's start-anchored patterns only."""
        compiled = self.patterns.get(family)
        return compiled.match_start(text) if compiled is not None else None


# Word lists: single words, compared with a line's case-folded words (not phrase keys).
_WORD_FAMILIES = ("stopwords", "continuation_words", "continuation_particles")
_PHRASE_FAMILIES = (
    *_WORD_FAMILIES, "related_headers", "share", "nav", "weather_conditions", "weather_providers",
    "board_header_words", "date_labels", "banner", "copyright", "promo", "caption_credits",
    "publisher_suffixes", "author_headers",
)
_PREFIX_FAMILIES = ("related_prefixes", "promo_prefixes", "section_prefixes", "date_prefixes")
_PATTERN_FAMILIES = (
    "related_patterns", "byline_patterns", "caption_patterns", "comments_patterns",
    "copyright_patterns", "promo_patterns", "byline_prefix_cuts", "consent_notice", "promo_words", "bio_patterns",
    "comment_form_patterns",
)


# Phrase families whose phrases open a page section; a flattened page is cut before them.
_HEADER_FAMILIES = ("related_headers", "promo", "author_headers", "copyright", "share", "nav")
_HEADER_MIN_CHARS = 7


def _header_phrases(phrases: dict[str, frozenset[str]]) -> re.Pattern[str] | None:
    """Section-opening phrases as one alternation over lower-cased text, whole words only; one
    word must be long enough not to be an everyday word ('Related' yes, 'Top' no)."""
    chosen = sorted(
        {p for family in _HEADER_FAMILIES for p in phrases[family] if " " in p or len(p) >= _HEADER_MIN_CHARS},
        key=len, reverse=True,
    )
    if not chosen:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, chosen)) + r")(?!\w)")


@functools.lru_cache(maxsize=8)
def load(languages: tuple[str, ...] | None = None) -> Cues:
    """Merge the cue modules of ``languages`` (all when None); cached, so compiled once."""
    chosen = tuple(LANGUAGES) if languages is None else tuple(languages)
    unknown = [name for name in chosen if name not in LANGUAGES]
    if unknown:
        raise ValueError(f"unknown cue languages {unknown}; known: {sorted(LANGUAGES)}")
    modules = [LANGUAGES[name] for name in chosen]
    phrases = {
        family: frozenset(p.casefold() if family in _WORD_FAMILIES else phrase_key(p) for m in modules for p in m.get(family, ()))
        for family in _PHRASE_FAMILIES
    }
    prefixes = {family: tuple(p.casefold() for m in modules for p in m.get(family, ())) for family in _PREFIX_FAMILIES}
    patterns: dict[str, Matcher | None] = {
        family: Family.compile(p for m in modules for p in m.get(family, ())) for family in _PATTERN_FAMILIES
    }
    copyright_phrases = [p for m in modules for p in m.get("copyright", ())]
    patterns["copyright_any"] = Literals.compile(copyright_phrases)
    patterns["copyright_distinctive"] = Literals.compile(p for p in copyright_phrases if len(p) >= 12 or not p.isascii())
    labels = sorted({p.casefold() for m in modules for p in (*m.get("date_prefixes", ()), *m.get("date_labels", ()))}, key=len, reverse=True)
    patterns["date_label_prefix"] = Family.compile(["^(?:" + "|".join(map(regex.escape, labels)) + ")"]) if labels else None
    suffixes = tuple(sorted({s for m in modules for s in m.get("stop_suffixes", ())}, key=len, reverse=True))
    families: dict[str, set[str]] = {}
    for family, keys in phrases.items():
        if family not in _WORD_FAMILIES:
            for key in keys:
                families.setdefault(key, set()).add(family)
    label_prefixes = frozenset(phrase_key(p) for p in prefixes["related_prefixes"] if p.rstrip().endswith(":"))
    return Cues(chosen, phrases, prefixes, patterns, suffixes, {k: frozenset(v) for k, v in families.items()},
                _header_phrases(phrases), label_prefixes)
