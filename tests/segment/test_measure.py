"""Measures of a block, and their cache."""

from __future__ import annotations

import itertools
import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from cleantext.cues import LANGUAGES, load
from cleantext.model import Block
from cleantext.segment import measure as measure_module
from cleantext.segment.measure import measure


def _block(text: str) -> Block:
    return Block(index=0, text=text, clean=text, line=1)


def test_measures_depend_on_the_chosen_languages() -> None:
    english, german = _block("the cat and the dog"), _block("the cat and the dog")
    measure(english, load(("en",)))
    measure(german, load(("de",)))
    assert english.units == german.units == 5
    assert english.stopwords > german.stopwords  # 'the', 'and' are English function words


def test_cache_does_not_grow_when_cues_are_remade_for_the_same_languages() -> None:
    # load() keeps 8 cue sets: cycling through 12 choices makes new Cues objects for old choices.
    choices = [tuple(pair) for pair in itertools.permutations(LANGUAGES, 2)][:12]

    def one_round() -> int:
        for choice in choices:
            measure(_block("Home"), load(choice))
        return len(measure_module._CACHES)

    assert one_round() == one_round() == one_round()


def test_the_east_asian_prefilter_holds_every_east_asian_character() -> None:
    # MAYBE_EAST_ASIAN rules text out before the exact scan: it must match every character the
    # installed engine calls Han, Hiragana, Katakana or Hangul (a newer engine may add some).
    exact = measure_module._EAST_ASIAN
    missed = [
        hex(code) for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF and exact.match(chr(code)) and not measure_module.MAYBE_EAST_ASIAN.match(chr(code))
    ]
    assert missed == []


@given(st.text())
def test_east_asian_text_is_measured_as_without_the_prefilter(text: str) -> None:
    cues = load()
    with_filter = measure_module._measures(text, cues)
    original = measure_module.MAYBE_EAST_ASIAN
    measure_module.MAYBE_EAST_ASIAN = re.compile("")  # matches everywhere: only the exact scan decides
    try:
        assert measure_module._measures(text, cues) == with_filter
    finally:
        measure_module.MAYBE_EAST_ASIAN = original
