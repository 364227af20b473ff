"""The per-language cue data: every pattern compiles and says what its source text says."""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Iterator

import pytest
import regex

from cleantext.cues import LANGUAGES, Literals, load


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
        if isinstance(family, Literals):
            assert isinstance(family.pattern, re.Pattern)
            continue
        if family is None:
            continue
        assert family.start is None or isinstance(family.start, regex.Pattern)
        for pattern, needed in (*family.end, *family.anywhere):
            assert isinstance(pattern, regex.Pattern) and isinstance(needed, str)


@pytest.mark.parametrize("line", [
    "© 2024 Example. ALL RIGHTS RESERVED.",
    "Tous Droits Réservés",
    "ВСЕ ПРАВА ЗАЩИЩЕНЫ",
    "Haftungsausschluß",  # case folding also folds ß to ss
    "ⓒ 뉴스, 무단전재 및 재배포금지",
])
def test_copyright_phrases_match_in_any_case(line: str) -> None:
    assert load().search("copyright_any", line)


def test_literals_find_phrases_anywhere_and_nothing_else() -> None:
    literals = Literals.compile(["Powered by", "cookie policy"])
    assert literals is not None
    assert literals.search("Site POWERED BY Example")
    assert literals.search("see our Cookie Policy.")
    assert not literals.search("powered, by")
    assert Literals.compile([]) is None


@pytest.mark.parametrize(("line", "language"), [
    ("Photo by Jane Doe", "en"),
    ("Featured image: the harbour at dawn", "en"),
    ("Symbolbild", "de"),
])
def test_word_boundary_patterns_match(line: str, language: str) -> None:
    assert load((language,)).search("caption_patterns", line)
