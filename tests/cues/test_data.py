"""The per-language cue data: every pattern compiles and says what its source text says."""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Iterator

import pytest
import regex

from hypothesis import given
from hypothesis import strategies as st

from cleantext.cues import END_REACH, LANGUAGES, Family, Literals, load


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
        for pattern, needed, choices in (*family.end, *family.anywhere):
            assert isinstance(pattern, regex.Pattern) and isinstance(needed, str)
            assert isinstance(choices, tuple) and all(len(choice) > len(needed) for choice in choices)


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


@pytest.mark.parametrize("line", ["Bisher keine Kommentare", "Noch keine Kommentare", "Bisher noch keine Kommentare"])
def test_a_comment_sections_empty_state_is_a_comments_line(line: str) -> None:
    """'No comments yet' in German: the comment section's placeholder, not a line of the page."""
    assert load(("de",)).search("comments_patterns", line)
    assert not load(("de",)).search("comments_patterns", "Bisher keine Ergebnisse")


def _ungated_search(family: Family, text: str) -> regex.Match[str] | None:
    """What ``Family.search`` finds, without its openings cache or its substring gates."""
    match = family.start.match(text) if family.start is not None else None
    tail = max(0, len(text) - END_REACH)
    for pattern, _, _ in family.end:
        match = match or pattern.search(text, tail)
    for pattern, _, _ in family.anywhere:
        match = match or pattern.search(text)
    return match


_FAMILIES = {name: family for name, family in load().patterns.items() if isinstance(family, Family)}


def _pieces(family: Family) -> list[str]:
    """Words and marks the family's patterns are written with, to build lines that nearly match."""
    source = " ".join(p.pattern for p in [family.start, *(g[0] for g in (*family.end, *family.anywhere))] if p)
    return sorted(set(regex.findall(r"[^\W\d_]{1,12}|[^\w\s\\]", source)))[:400]


@given(st.data())
def test_the_gates_change_no_match(data: st.DataObject) -> None:
    """Lines made of the family's own words, in any case, with the letters whose case folds
    differ: the gated search finds what every pattern tried in turn finds, at the same place."""
    name = data.draw(st.sampled_from(sorted(_FAMILIES)))
    family = _FAMILIES[name]
    words = st.sampled_from(_pieces(family)) | st.sampled_from(["ı", "İ", "K", "ſ", "12", "2024", "©", ":", "(", ")", "é", "“", "\u00a0", "한국"])
    text = data.draw(st.lists(words, min_size=1, max_size=8).map(" ".join))
    text = data.draw(st.sampled_from([text, text.upper(), text.title(), text.replace("i", "ı")]))
    found, expected = family.search(text), _ungated_search(family, text)
    assert (found and found.span()) == (expected and expected.span())
    start = family.match_start(text)
    plain = family.start.match(text) if family.start is not None else None
    assert (start and start.span()) == (plain and plain.span())
