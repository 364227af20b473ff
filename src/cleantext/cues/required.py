"""The text a pattern cannot match without: a cheap substring test before the regex search.

Most cue patterns are searched on lines that cannot hold them ('관련 기사 더 보기' on an English
menu word). A substring test is a C-level scan; a regex search is a call into the engine and
a try at every position. Only characters without case are used, so the test is exact under
the patterns' case-insensitive matching.
"""

from __future__ import annotations

import re

_META = frozenset("\\.^$*+?{}[]()|")
_OPTIONAL = frozenset("?*{")  # quantifiers that let the atom before them match nothing


def required_text(pattern: str) -> str | None:
    """The longest run of caseless literal characters every match of ``pattern`` contains, or
    None when none is read (alternation at the top, or no such run)."""
    runs: list[str] = []
    run = ""
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "|":
            return None  # a top-level alternative may hold none of them
        literal, end = _atom(pattern, index)
        optional = end < len(pattern) and pattern[end] in _OPTIONAL
        end = _skip_quantifier(pattern, end)
        if literal is not None and not optional:
            run += literal
        else:
            runs.append(run)
            run = ""
        if literal is not None and end > index + len(literal) + (1 if pattern[index] == "\\" else 0):
            runs.append(run)  # a repeated literal ('a+'): the run cannot go on past it
            run = ""
        index = end
    runs.append(run)
    best = max((run for run in runs if run.strip()), key=len, default="")
    return best or None


# Shortest member a gate is worth testing for: a one- or two-letter choice ('we|i') is in most lines.
_MIN_CHOICE_CHARS = 3


# The characters outside ASCII that the engine's case-insensitive matching pairs with an ASCII
# letter (İ with i, ſ with s, the Kelvin sign K with k; ı too, for engines that pair it). A line
# without them matches an ASCII text only where its lower-cased form holds it: every other
# character of the line pairs with none of that text's. tests/cues/test_required.py reads the
# installed engine's own pairs and fails when one is missing here.
PAIRS_WITH_ASCII = "\u0130\u0131\u017f\u212a"
pairs_with_ascii = re.compile(f"[{PAIRS_WITH_ASCII}]").search  # the stdlib's engine: a plain class scan


def gate_fold(text: str) -> str | None:
    """The form in which ``required_choices`` are looked for: the line lower-cased, unless it holds
    a character the engine pairs with an ASCII letter (None: not gated). The choices are ASCII, so
    a match's choice is a run of the line's ASCII characters, which lower-casing keeps in place."""
    return text.lower() if text.isascii() or pairs_with_ascii(text) is None else None


def required_choices(pattern: str) -> tuple[str, ...] | None:
    """Texts (lower-cased ASCII) of which every match of ``pattern`` holds one: the longest literal
    run, letters with case too, or a group of plain alternatives that is not optional
    ('(?:photo|image)'), whichever has the longest shortest member; None when none has
    ``_MIN_CHOICE_CHARS``. Only ASCII texts count: ``gate_fold`` keeps only their runs in place."""
    candidates: list[tuple[str, ...]] = []
    run = ""
    index = 0
    while index < len(pattern):
        if pattern[index] == "|":
            return None
        literal, end = _atom(pattern, index, cased=True)
        optional = end < len(pattern) and pattern[end] in _OPTIONAL
        after = _skip_quantifier(pattern, end)
        if literal is not None and not optional:
            run += literal
            if after > end:  # a repeated literal: the run cannot go on past it
                candidates.append((run,))
                run = ""
        else:
            candidates.append((run,))
            run = ""
            branches = _plain_branches(pattern, index, end) if pattern[index] == "(" else None
            if branches and not optional:
                candidates.append(branches)
        index = after
    candidates.append((run,))
    candidates = [choice for choice in candidates if all(text.isascii() for text in choice)]
    if not candidates:
        return None
    best = max(candidates, key=lambda choice: min(len(text.strip()) for text in choice))
    if min(len(text.strip()) for text in best) < _MIN_CHOICE_CHARS:
        return None
    return tuple(dict.fromkeys(text.lower() for text in best))


def _plain_branches(pattern: str, start: int, end: int) -> tuple[str, ...] | None:
    """The alternatives of the group ``pattern[start:end]`` when each is plain literal text."""
    inner = pattern[start + 1:end - 1]
    if inner.startswith("?:"):
        inner = inner[2:]
    elif inner.startswith("?"):
        return None  # a lookaround or flags: it consumes nothing, or changes how the rest matches
    branches: list[str] = []
    text, index = "", 0
    while index < len(inner):
        if inner[index] == "|":
            branches.append(text)
            text, index = "", index + 1
            continue
        literal, after = _atom(inner, index, cased=True)
        if literal is None or _skip_quantifier(inner, after) != after:
            return None
        text, index = text + literal, after
    branches.append(text)
    return tuple(branches)


def _caseless(char: str) -> bool:
    return char.lower() == char == char.upper() and char.casefold() == char


def _atom(pattern: str, at: int, cased: bool = False) -> tuple[str | None, int]:
    """The atom at ``at``: its literal character when it is a caseless one (any, if ``cased``),
    and where it ends."""
    char = pattern[at]
    if char == "\\":
        escaped = pattern[at + 1:at + 2]
        literal = escaped if escaped and not escaped.isalnum() and not escaped.isspace() else None
        return (literal if literal is not None and (cased or _caseless(literal)) else None), at + 2
    if char == "[":
        return None, _class_end(pattern, at)
    if char == "(":
        return None, _group_end(pattern, at)
    if char in _META:
        return None, at + 1
    return (char if cased or _caseless(char) else None), at + 1


def _skip_quantifier(pattern: str, at: int) -> int:
    """Past a quantifier at ``at`` ('?', '*', '+', '{m,n}') and its lazy or possessive mark."""
    if at < len(pattern) and pattern[at] in "?*+":
        at += 1
    elif at < len(pattern) and pattern[at] == "{":
        close = pattern.find("}", at)
        at = close + 1 if close > 0 else at + 1
    else:
        return at
    return at + 1 if at < len(pattern) and pattern[at] in "?+" else at


def _group_end(pattern: str, at: int) -> int:
    depth, index = 0, at
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return len(pattern)


def _class_end(pattern: str, at: int) -> int:
    """Just past the character class opened at ``at`` ('[]x]' and '[^]x]' included)."""
    index = at + 1
    if pattern[index:index + 1] == "^":
        index += 1
    if pattern[index:index + 1] == "]":
        index += 1
    while index < len(pattern):
        if pattern[index] == "\\":
            index += 2
            continue
        if pattern[index] == "]":
            return index + 1
        index += 1
    return len(pattern)
