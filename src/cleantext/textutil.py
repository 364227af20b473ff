"""Script-aware text measures shared by segmenters, detectors and selection.

Character thresholds break on Korean, Chinese and Japanese, so lengths are
counted in word-like units: a run of letters is one unit, and Han/kana
characters count one unit per two characters.
"""

from __future__ import annotations

import re
import unicodedata

import regex

from .caches import LineCache

WORD = regex.compile(r"\w+", regex.UNICODE)
# WORD on ASCII text: every byte \w does not match becomes a space, then split. Bytes, not
# str.translate, whose table is a dict it looks every distinct character up in (2.5x slower).
_ASCII_NON_WORD = bytes(code if code < 128 and (chr(code).isalnum() or chr(code) == "_") else 32 for code in range(256))
_CJK_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]+")
# A sentence ends in terminal punctuation, possibly followed by closing quotes/brackets.
_TERMINAL = re.compile(r"[.!?;:。！？…」』][\"'”’»)\]】」』]*$")
# The last characters a line _TERMINAL matches can have: its terminal marks and closers, or the
# newline its '$' may stand before. Most lines (menus, headings) end in none: a set lookup settles them.
_TERMINAL_LAST = frozenset(".!?;:。！？…」』\"'”’»)]】\n")


# Zero-width spaces, word joiners, stray BOMs, soft hyphens and direction marks only steer layout.
# (A regex, not str.translate: translate looks up every character of a long line in a dict.)
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f]")
# ZWNJ and ZWJ spell Persian and Indic words and emoji sequences; next to ASCII, white space or
# an edge they are stray.
_STRAY_JOINER = regex.compile(r"[\u200c\u200d](?=[\x00-\x7f]|\s|$)|(?<=[\x00-\x7f]|\s|^)[\u200c\u200d]")


def fold_spaces(text: str) -> str:
    """Remove invisible characters, compose characters (NFC: 'u' + combining diaeresis is 'ü'),
    and fold every run of white space (incl. NBSP) to one space."""
    if not text.isascii():
        text = _fold_invisible(text)
    return " ".join(text.split())


def refold_spaces(text: str) -> str:
    """``fold_spaces`` of a text whose white space is already folded: the same result, without
    splitting it again when nothing else changes (most text)."""
    if text.isascii():
        return text
    folded = _fold_invisible(text)
    return folded if folded is text else " ".join(folded.split())


def _fold_invisible(text: str) -> str:
    """``text`` without invisible characters and stray joiners, composed (NFC); ``text`` itself
    when none of that changes it."""
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if "\u200c" in text or "\u200d" in text:
        text = _STRAY_JOINER.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def fold_case(text: str) -> str:
    """``text.casefold()``; ASCII takes the cheaper ``lower`` (the same for ASCII)."""
    return text.lower() if text.isascii() else text.casefold()


def words_of(text: str) -> list[str]:
    """The words of ``text`` (WORD matches); ASCII text is split without a regex."""
    return text.encode().translate(_ASCII_NON_WORD).decode().split() if text.isascii() else WORD.findall(text)


def folded_words(text: str) -> list[str]:
    """The words of ``text``, case folded ('Über das' -> ['über', 'das'])."""
    return words_of(fold_case(text))


def has_cjk(text: str) -> bool:
    return _CJK_RUN.search(text) is not None


def units(text: str) -> int:
    """Length in word-like units; CJK ideographs and kana count one unit per two characters."""
    count = 0
    for match in WORD.finditer(text):
        token = match.group()
        cjk = sum(len(run) for run in _CJK_RUN.findall(token))
        count += (cjk + 1) // 2 + (1 if cjk < len(token) else 0) if cjk else 1
    return count


def is_terminal(text: str) -> bool:
    return text[-1:] in _TERMINAL_LAST and _TERMINAL.search(text[-12:]) is not None


_DEDUP_KEYS = LineCache()
_CACHED_CHARS = 200  # long lines rarely repeat


def dedup_key(text: str) -> str:
    """A key under which two lines count as the same: case, width, quotes and spacing folded.

    Only word characters are kept, so quote style and punctuation drop out too. Cached by text:
    the layout stage and the duplicate detector ask it of every short line, and a page of
    thousands of tiny repeated lines asks it of the same few texts.
    """
    if len(text) > _CACHED_CHARS:
        return _dedup_key(text)
    found = _DEDUP_KEYS.get(text)
    return found if found is not None else _DEDUP_KEYS.put(text, _dedup_key(text))


def _dedup_key(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return "".join(folded_words(text))
