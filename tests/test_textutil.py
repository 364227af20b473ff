"""Properties of the shared text measures."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from cleantext.textutil import words_of

_ANY_WORD = regex.compile(r"\w+")


@given(st.one_of(st.text(st.characters(max_codepoint=127)), st.text()))
def test_words_of_are_the_word_matches(text: str) -> None:
    # ASCII text is split without a regex; it must find exactly what \w+ finds.
    assert words_of(text) == _ANY_WORD.findall(text)
