"""The per-language cue data: every pattern compiles and says what its source text says."""

from __future__ import annotations

import unicodedata
from typing import Any, Iterator

import pytest
import regex

from cleantext.cues import LANGUAGES, load


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, (list, tuple, set, frozenset)):
        for number, item in enumerate(value):
            yield from _strings(item, f"{path}[{number}]")


def test_no_cue_string_holds_a_control_character() -> None:
    # A pattern written "\b" without the r prefix holds a backspace and never matches.
    strings = [item for name, cues in LANGUAGES.items() for item in _strings(cues, name)]
    assert len(strings) > 1000  # every list was walked
    bad = [(path, text) for path, text in strings if any(unicodedata.category(ch) == "Cc" for ch in text)]
    assert not bad


@pytest.mark.parametrize("languages", [None, *[(name,) for name in LANGUAGES]])
def test_every_language_loads(languages: tuple[str, ...] | None) -> None:
    cues = load(languages)
    for family in cues.patterns.values():
        for pattern in () if family is None else (*family.start, *family.end, *family.anywhere):
            assert isinstance(pattern, regex.Pattern)


@pytest.mark.parametrize(("line", "language"), [
    ("Photo by Jane Doe", "en"),
    ("Featured image: the harbour at dawn", "en"),
    ("Symbolbild", "de"),
])
def test_word_boundary_patterns_match(line: str, language: str) -> None:
    assert load((language,)).search("caption_patterns", line)
