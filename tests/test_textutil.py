"""Properties of the shared text measures."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from cleantext import textutil
from cleantext.textutil import fold_spaces, is_terminal, refold_spaces, words_of

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


def test_is_terminal_last_character_gate_agrees_with_the_pattern() -> None:
    """``is_terminal`` settles lines by their last character before the regex: every ending the
    pattern accepts must pass that gate (each mark and closer, and a newline before '$')."""
    marks, closers = ".!?;:。！？…」』", "\"'”’»)]】」』"
    endings = [mark + closer for mark in marks for closer in ["", *closers, closers]]
    lines = ["", "\n", "word", "a)", *(f"Sentence{end}" for end in endings), *(f"Sentence{end}\n" for end in endings)]
    for line in lines:
        assert is_terminal(line) == bool(textutil._TERMINAL.search(line[-12:])), repr(line)


@given(st.text(alphabet=st.sampled_from(list(" a.!?;:。！？…」』\"'”’»)]】\n"))))
def test_is_terminal_is_the_pattern_on_the_tail(text: str) -> None:
    assert is_terminal(text) == bool(textutil._TERMINAL.search(text[-12:]))
