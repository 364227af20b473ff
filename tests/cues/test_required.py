"""The text a pattern cannot match without (cues/required.py): the substring test before a
search must never turn away a line the pattern matches."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleantext.cues import LANGUAGES
from cleantext.cues.required import required_text


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


def _cue_patterns() -> list[str]:
    """Every cue pattern the stdlib ``re`` can also read (so hypothesis can make matches)."""
    found = []
    for cues in LANGUAGES.values():
        for family, values in cues.items():
            if family.endswith(("_patterns", "_cuts", "_notice", "_words")) and not isinstance(values, dict):
                for pattern in values:
                    try:
                        re.compile(pattern)
                    except re.error:
                        continue
                    if required_text(pattern):
                        found.append(pattern)
    return found


_PATTERNS = _cue_patterns()


def test_the_cue_lists_have_patterns_with_required_text() -> None:
    assert len(_PATTERNS) >= 10


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_every_match_holds_the_required_text(data: st.DataObject) -> None:
    pattern = data.draw(st.sampled_from(_PATTERNS))
    text = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=False))
    if regex.search(pattern, text, regex.IGNORECASE | regex.V0):
        assert required_text(pattern) in text
