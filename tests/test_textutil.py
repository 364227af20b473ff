"""Properties of the shared text measures."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from cleantext.textutil import fold_spaces, refold_spaces, words_of

_ANY_WORD = regex.compile(r"\w+")


@given(st.one_of(st.text(st.characters(max_codepoint=127)), st.text()))
def test_words_of_are_the_word_matches(text: str) -> None:
    # ASCII text is split without a regex; it must find exactly what \w+ finds.
    assert words_of(text) == _ANY_WORD.findall(text)


# White space, invisible characters, joiners and decomposed letters, among other text.
_SPACED = st.text(st.sampled_from(" \t\n\xa0\u2009\u200b\u200c\u200d\u00ad\ufeffe\u0301a\u0915\u094d\u0937é’")) | st.text()


@given(_SPACED)
def test_refolding_folded_white_space_is_folding_it(text: str) -> None:
    # The walker folds white space first and refolds the rest: the same text as fold_spaces.
    assert refold_spaces(" ".join(text.split())) == fold_spaces(text)
