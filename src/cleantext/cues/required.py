"""The text a pattern cannot match without: a cheap substring test before the regex search.

Most cue patterns are searched on lines that cannot hold them ('관련 기사 더 보기' on an English
menu word). A substring test is a C-level scan; a regex search is a call into the engine and
a try at every position. Only characters without case are used, so the test is exact under
the patterns' case-insensitive matching.
"""

from __future__ import annotations

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


def _caseless(char: str) -> bool:
    return char.lower() == char == char.upper() and char.casefold() == char


def _atom(pattern: str, at: int) -> tuple[str | None, int]:
    """The atom at ``at``: its literal character when it is a caseless one, and where it ends."""
    char = pattern[at]
    if char == "\\":
        escaped = pattern[at + 1:at + 2]
        literal = escaped if escaped and not escaped.isalnum() and not escaped.isspace() else None
        return (literal if literal is not None and _caseless(literal) else None), at + 2
    if char == "[":
        return None, _class_end(pattern, at)
    if char == "(":
        return None, _group_end(pattern, at)
    if char in _META:
        return None, at + 1
    return (char if _caseless(char) else None), at + 1


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
