"""The text a pattern cannot match without (cues/required.py): the substring test before a
search must never turn away a line the pattern matches."""

from __future__ import annotations

import re
import string
from typing import Callable

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleantext.cues import LANGUAGES
from cleantext.cues.required import PAIRS_WITH_ASCII, gate_fold, required_choices, required_text


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"\d+\s*건의\s*관련\s*기사", "건의"),  # the longest caseless run
        (r"\(사진\s*=", "(사진"),  # an escaped bracket is a literal
        (r"관련?기사", "기사"),  # an optional character ends the run before it and is not needed
        (r"관+련", "관"),  # a repeated one ends the run after it
        (r"(?:관련|연관)\s기사", "기사"),  # a group is skipped, what follows it still counts
        (r"관련|기사", None),  # an alternative at the top may hold neither
        (r"photo by", None),  # letters have case: not used under case-insensitive matching
        (r"[©] 2024", " 2024"),
    ],
)
def test_required_text(pattern: str, needed: str | None) -> None:
    assert required_text(pattern) == needed


def _cue_patterns(wanted: Callable[[str], object]) -> list[str]:
    """Every cue pattern the stdlib ``re`` can also read (so hypothesis can make matches) that
    ``wanted`` keeps."""
    found = []
    for cues in LANGUAGES.values():
        for family, values in cues.items():
            if family.endswith(("_patterns", "_cuts", "_notice", "_words")) and not isinstance(values, dict):
                for pattern in values:
                    try:
                        re.compile(pattern)
                    except re.error:
                        continue
                    if wanted(pattern):
                        found.append(pattern)
    return found


_PATTERNS = _cue_patterns(required_text)


def test_the_cue_lists_have_patterns_with_required_text() -> None:
    assert len(_PATTERNS) >= 10


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_every_match_holds_the_required_text(data: st.DataObject) -> None:
    pattern = data.draw(st.sampled_from(_PATTERNS))
    text = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=False))
    if regex.search(pattern, text, regex.IGNORECASE | regex.V0):
        assert required_text(pattern) in text


@pytest.mark.parametrize(
    ("pattern", "choices"),
    [
        (r"\bprotected by recaptcha\b", ("protected by recaptcha",)),  # letters with case count here
        (r"(?:photo|image)s?:\s", ("photo", "image")),  # a group of plain alternatives
        (r"\b(?:we|i) (?:earn|get) (?:a )?(?:commission|fees)\b", ("commission", "fees")),  # the longest shortest member
        (r"\bsign(?:ing)? up\b", ("sign",)),  # an optional group is not needed
        (r"(?:ab|c[de])x", None),  # an alternative that is not plain text
        (r"(?=photo)\w+", None),  # a lookahead consumes nothing
        (r"\bup\b", None),  # too short to be worth a scan
        (r"photo|image", None),  # an alternative at the top
    ],
)
def test_required_choices(pattern: str, choices: tuple[str, ...] | None) -> None:
    assert required_choices(pattern) == choices


_GATED = _cue_patterns(required_choices)


def test_the_cue_lists_have_patterns_with_required_choices() -> None:
    assert len(_GATED) >= 50


# Letters the case-insensitive engine pairs with ASCII ones though their case folds differ.
_CASE_TRAPS = {"i": "ıİ", "k": "K", "s": "ſ"}
# Text outside ASCII that a gated line may hold around a match (quotes, spaces, accents, Hangul).
_AROUND = ("", " ", "\u201c", "\u00a0", "caf\u00e9 ", "\u00dcber ", "\ud55c\uad6d ", "\u2014")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_every_match_holds_one_of_the_required_choices(data: st.DataObject) -> None:
    pattern = data.draw(st.sampled_from(_GATED))
    text = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=False))
    text = "".join(data.draw(st.sampled_from([c, *_CASE_TRAPS.get(c.lower(), "")])) for c in text)
    text = data.draw(st.sampled_from(_AROUND)) + text + data.draw(st.sampled_from(_AROUND))
    folded = gate_fold(text)
    if folded is not None and regex.search(pattern, text, regex.IGNORECASE | regex.V0):
        assert any(choice in folded for choice in required_choices(pattern) or ())


def test_every_letter_the_engine_pairs_with_an_ascii_one_stops_the_gate() -> None:
    """The installed engine's own case pairs: every character outside ASCII that it matches to an
    ASCII letter is in PAIRS_WITH_ASCII, so a line holding none of them is gated on its lower-cased
    form (a newer engine with a new pair fails here, not silently in a gate)."""
    every = "".join(chr(code) for code in range(0x80, 0x110000) if not 0xD800 <= code < 0xE000)
    paired = {match.group() for letter in string.ascii_lowercase
              for match in regex.finditer(letter, every, regex.IGNORECASE | regex.V0)}
    assert paired and paired <= set(PAIRS_WITH_ASCII)
    assert gate_fold("We May Earn") == "we may earn"
    assert gate_fold("\u201cWe May Earn\u201d \u2014 Über") == "\u201cwe may earn\u201d \u2014 über"
    assert gate_fold("We may earn a comm\u0130ssion") is None
    assert all(choice.isascii() for pattern in _GATED for choice in required_choices(pattern) or ())
