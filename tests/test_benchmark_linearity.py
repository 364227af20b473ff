"""The linearity gate reads every compiled cue pattern: when the cue model changes shape, the
gate must still find them all (CI ran into a gate that crashed on a new ``Family``)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import linearity  # noqa: E402
from cleantext import cues  # noqa: E402


def test_every_cue_pattern_is_timed() -> None:
    found = dict(linearity.cue_patterns())
    assert all(isinstance(pattern, (re.Pattern, regex.Pattern)) for pattern in found.values())
    families = {family for family, matcher in cues.load().patterns.items() if matcher is not None}
    timed = {name.split(".")[1] for name in found if name.count(".") >= 1 and name != "cues.header_phrases"}
    assert families <= timed
