"""A dump's layout: which input lines make one block, and where one line holds many.

Scrapers save a page a paragraph a line, a text node a line (a sentence broken at every link
or emphasis), hard-wrapped at a column, or flattened onto one or a few lines; one dump may mix
them. This stage reads the layout each region actually has, from evidence in the lines
themselves, never from the name of a tool:

- hard wrapping: a column width at which most long lines were broken because the next word
  would not fit (found in one pass over the line-length pairs);
- fragments: a line that opens with closing punctuation, a lower-case word or a Korean particle,
  or that follows a line ending on a word no sentence ends on, continues the line before;
- flattening: a very long line is cut at sentence ends, separators, runs of menu-like title-case
  words and copyright marks.

Each segment remembers the input lines (or the part of one line) it came from. Everything is
one pass over the lines, or over the words of a long line.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator, Sequence

import attrs
import regex

from ..cues import Cues, phrase_key
from ..textutil import dedup_key

# ---------------------------------------------------------------------------- the segment model


@attrs.frozen(slots=True)
class Segment:
    """A piece of the input that becomes one block: one line, several joined lines, or a part
    of a line (``span`` holds its [start, end) offsets in line ``line``)."""

    line: int  # first input line, 1-based
    line_end: int  # last input line (== line unless lines were joined)
    text: str  # the text to read: the line, the joined lines, or the part
    raw: str  # the input as it stood: the line(s) joined with '\n', or the part
    span: tuple[int, int] | None = None
    same_paragraph: bool = False  # cut from the segment before at a sentence end (not a block edge)
    menu: bool = False  # a run of title-case words cut out of a flattened line: a menu's links


BLANK = ""


# ----------------------------------------------------------------------------- line characters

_CLOSING = frozenset(",.;:!?)]}%…’”»、。，．！？）」』】")  # a line opening with one continues the last
_OPENING = frozenset("([{“‘«„")  # a line ending with one continues on the next
_ENDS = frozenset(".!?。！？…")
_QUOTES_AFTER_END = "\"'”’»)]】」』"
_STRUCTURAL = frozenset("#|>•·▪◦‣●○■□►▶▸∙⦁◆◇★☆✓✔➤➢→")  # Markdown and list markers open a block
_DASH_BULLETS = frozenset("-*+–—")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_HANGUL_PARTICLE_END = regex.compile(r"^(\S+?)(?=[\s,.!?]|$)")

# Lines this long are never wrapped lines of a dump; widths are looked for up to here.
_MAX_WIDTH = 240
_MIN_WIDTH = 30


def _opens_block(stripped: str, indent: int) -> bool:
    """A list item, heading, table row or quote: a block of its own whatever came before.
    (An indented 'o ' is a nested list's bullet in layout-preserving dumps.)"""
    first = stripped[0]
    if first in _STRUCTURAL or stripped.startswith(("![", "[![")):  # Markdown images too
        return True
    if len(stripped) < 2 or stripped[1] != " ":
        return False
    return first in _DASH_BULLETS or (first == "o" and indent > 0)


def _ends_sentence(stripped: str) -> bool:
    return stripped.rstrip(_QUOTES_AFTER_END)[-1:] in _ENDS


def _first_word_length(stripped: str) -> int:
    space = stripped.find(" ")
    return len(stripped) if space < 0 else space


def _last_word(stripped: str) -> str:
    return stripped[stripped.rfind(" ") + 1:].casefold()


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


# ------------------------------------------------------------------------------ hard wrapping


def wrap_width(lines: Sequence[str]) -> int | None:
    """The column a dump was hard-wrapped at, or None when its lines were not wrapped.

    A pair of adjacent lines is a forced break at width W when the first fits (its length <= W)
    and the next line's first word would not have (length + 1 + word > W). The width is the one
    that explains most pairs while few lines exceed it; it counts only when it explains most
    of the lines near it, which lines of unwrapped paragraphs and menus never do.
    """
    span = _MAX_WIDTH + 2
    starts = [0] * span  # coverage of W as a difference array
    longer = [0] * span  # nonblank lines by length, capped
    nonblank = 0
    previous = 0
    for line in lines:
        length = len(line.rstrip())
        stripped_start = len(line) - len(line.lstrip())
        if length == stripped_start:  # blank
            previous = 0
            continue
        nonblank += 1
        longer[min(length, span - 1)] += 1
        if previous >= _MIN_WIDTH // 2 and previous <= _MAX_WIDTH:
            word = _first_word_length(line.strip())
            starts[previous] += 1
            starts[min(previous + word + 1, span - 1)] -= 1
        previous = length
    if nonblank < 4:
        return None
    best, best_score, coverage = None, 0, 0
    over = nonblank  # lines longer than W, updated as W grows
    counts_upto = 0
    forced: list[int] = [0] * span
    for width in range(span - 1):
        coverage += starts[width]
        forced[width] = coverage
        counts_upto += longer[width]
        over = nonblank - counts_upto
        if width < _MIN_WIDTH:
            continue
        score = coverage - 2 * over
        if score > best_score:
            best, best_score = width, score
    if best is None:
        return None
    near = sum(longer[best * 4 // 5: best + 1])  # lines long enough to have been wrapped
    if forced[best] < 3 or forced[best] < 0.5 * near:
        return None
    return best


# ----------------------------------------------------------------------------- joining lines


@attrs.frozen(slots=True)
class _Line:
    """What the join rules read of one nonblank line."""

    number: int
    raw: str
    stripped: str
    length: int
    indent: int
    opens_block: bool
    ends_sentence: bool
    words: int


def _read_line(number: int, raw: str) -> _Line:
    stripped = raw.strip()
    indent = _indent(raw)
    return _Line(number, raw, stripped, len(raw.rstrip()), indent, _opens_block(stripped, indent),
                 _ends_sentence(stripped), len(stripped.split()))


def _continues(before: _Line, after: _Line, width: int | None, cues: Cues) -> bool:
    """Whether ``after`` goes on with the paragraph ``before`` is in (the line break is layout)."""
    if after.opens_block or before.stripped[0] in "#|":
        return False
    first = after.stripped[0]
    if width is not None and before.length <= width < before.length + 1 + _first_word_length(after.stripped):
        if after.indent <= before.indent or before.opens_block:
            return True
    if first in _CLOSING:
        return True
    if before.ends_sentence:
        return False
    last = before.stripped[-1]
    if (last in _OPENING or last == ","):
        return True
    if _last_word(before.stripped) in cues.phrases["continuation_words"]:
        return not cues.families_of(phrase_key(before.stripped))  # 'More from', 'Follow us on'

    if first.islower() and (before.words >= 3 or after.words >= 3):
        return True
    particles = cues.phrases["continuation_particles"]
    if particles and "\uac00" <= first <= "\ud7a3":
        match = _HANGUL_PARTICLE_END.match(after.stripped)
        return match is not None and match.group(1) in particles
    return False


# An inline element's text: short, and the sentence goes on after it.
_INLINE_WORDS = 6
_PROSE_WORDS = 6


def _printed_twice(before: _Line, after: _Line) -> bool:
    """A line and its copy (a heading printed twice) stay apart, for the duplicates detector."""
    return abs(before.length - after.length) <= before.length // 4 and dedup_key(before.stripped) == dedup_key(after.stripped)


def _joins(lines: Sequence[_Line | None], width: int | None, cues: Cues) -> list[bool]:
    """joins[i]: line i+1 continues line i (both nonblank and adjacent)."""
    joins = [False] * len(lines)
    for index in range(len(lines) - 1):
        before, after = lines[index], lines[index + 1]
        if before is not None and after is not None:
            joins[index] = _continues(before, after, width, cues) and not _printed_twice(before, after)
    # A link inside a sentence: prose, the link's short text, then the sentence going on.
    for index in range(1, len(lines) - 1):
        before, inline = lines[index - 1], lines[index]
        after = lines[index + 1]
        if (joins[index] and not joins[index - 1] and before is not None and inline is not None
                and after is not None and (after.stripped[0] in _CLOSING or after.stripped[0].islower())
                and not before.ends_sentence and before.words >= _PROSE_WORDS and inline.words <= _INLINE_WORDS
                and not inline.opens_block and before.stripped[0] not in "#|"):
            joins[index - 1] = True
    return joins


def _glue(before: str, after: str, cues: Cues) -> str:
    """What goes between two joined lines: a space, or nothing inside words and scripts
    written without spaces."""
    first, last = after[0], before[-1]
    if first in _CLOSING or last in _OPENING:
        return ""
    if last == "-" and len(before) > 1 and before[-2].isalpha():
        return ""
    if _CJK.match(first) and _CJK.match(last):
        return ""
    if "\uac00" <= first <= "\ud7a3":
        match = _HANGUL_PARTICLE_END.match(after)
        if match is not None and match.group(1) in cues.phrases["continuation_particles"]:
            return ""
    return " "


# --------------------------------------------------------------------------- flattened lines

_TOKEN = regex.compile(r"\S+")
# Sentence ends inside a token of a script written without spaces.
_CJK_END = regex.compile(r"(?<=[。！？])(?=[^\s。！？」』）])")
_SEPARATORS = frozenset("|·•»›«‹◆◇■□▪►▶")
_ABBREVIATION = regex.compile(r"^(?:\p{Lu}\p{Ll}?\.|\p{Lu}\.(?:\p{Lu}\.)+|(?:e\.g|i\.e|etc|vs|ca|approx|no|nr|vol|p|pp|ff)\.)$")
_COPYRIGHT = frozenset({"©", "(c)", "copyright", "©copyright"})
# A run of this many title-case words with nothing lower case but short function words between
# them is a menu, a headline list or a heading: a block of its own.
_MENU_RUN = 4
_MENU_SHAPED = 6
_LONG_MENU_RUN = 8  # prose never strings this many capitals together (German nouns included)
_SHORT_FUNCTION_WORD = 3
# A page flattened onto one or a few lines: most of its text in lines this long. Its lines are
# read as several blocks each.
FLAT_LINE_CHARS = 1000
_FLAT_SHARE = 0.8
_CUT_CHARS = 200


def _word_kind(token: str) -> str:
    """'C' title case, 'l' lower case, 'f' a short lower-case word, '.' no letter."""
    for char in token:
        if char.isalpha():
            if char.isupper():
                return "C"
            if char.islower():
                return "f" if len(token) <= _SHORT_FUNCTION_WORD else "l"
            return "l"  # a letter without case (Han, Hangul ...): prose
    return "."


def cut_flat(text: str, cues: Cues | None = None) -> list[tuple[int, int, bool]]:
    """Cut a flattened line into (start, end, same_paragraph) pieces.

    Cuts fall at sentence ends (the piece after continues the same paragraph), at separators,
    at wide gaps, before a copyright mark and around a section header of the cue lists ('Related
    articles', 'Subscribe to our newsletter'); then a run of title-case words (a menu, a
    headline) is cut off where a sentence starts after it, and wherever it is very long.
    """
    tokens = [(match.start(), match.end(), match.group()) for match in _TOKEN.finditer(text)]
    kinds = [_word_kind(token) for _, _, token in tokens]
    cuts = _boundary_cuts(text, tokens, kinds)
    if cues is not None and cues.header_phrases is not None:
        for start, end in _header_cuts(text, tokens, cues.header_phrases):
            cuts[start] = cuts.get(start, False) and start != 0
            cuts[end] = False
    for start, end in _menu_runs(kinds):
        capitals = kinds[start:end].count("C")
        if start == 0 or start in cuts or capitals >= _LONG_MENU_RUN:
            cuts[start] = cuts.get(start, False) and start != 0
            cuts[end] = False
    pieces: list[tuple[int, int, bool]] = []
    starts = sorted(index for index in cuts if 0 < index < len(tokens))
    bounds = [0, *starts, len(tokens)]
    for first, stop in zip(bounds, bounds[1:]):
        words = [token for token in tokens[first:stop] if token[2] not in _SEPARATORS]
        if not words:
            continue
        start, end = words[0][0], words[-1][1]
        for cjk_start, cjk_end in _cut_cjk(text, start, end):
            pieces.append((cjk_start, cjk_end, bool(pieces) and (cuts.get(first, False) or cjk_start != start)))
    return pieces or [(0, len(text), False)]


def _boundary_cuts(text: str, tokens: Sequence[tuple[int, int, str]], kinds: Sequence[str]) -> dict[int, bool]:
    """Token index a piece starts at -> whether it goes on with the paragraph before (a
    sentence end) or not (separators, wide gaps, copyright marks)."""
    cuts: dict[int, bool] = {}
    previous_end = 0
    for index, (start, end, token) in enumerate(tokens):
        gap = text[previous_end:start]
        previous_end = end
        if index and (len(gap) >= 3 or "\t" in gap):  # layout-preserving dumps align columns
            cuts[index] = False
        if token in _SEPARATORS:
            cuts[index] = False
            cuts[index + 1] = False
        elif token.casefold() in _COPYRIGHT:
            cuts[index] = False
        elif index + 1 < len(tokens) and _ends_sentence(token) and not _ABBREVIATION.match(token):
            following = tokens[index + 1][2]
            if not following[0].islower():
                cuts.setdefault(index + 1, True)
    return cuts


def _header_cuts(text: str, tokens: Sequence[tuple[int, int, str]], headers: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """[start, end) token ranges of section headers written with a capital, as headers are."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two; offsets would drift
        return
    starts = [start for start, _, _ in tokens]
    for match in headers.finditer(lowered):
        first = bisect.bisect_left(starts, match.start())
        if first < len(tokens) and starts[first] == match.start() and text[match.start()].isupper():
            yield first, bisect.bisect_left(starts, match.end())


def _menu_runs(kinds: Sequence[str]) -> Iterator[tuple[int, int]]:
    """[start, end) token ranges of title-case runs (short function words and symbols between
    capitals allowed) with at least _MENU_RUN capitals; a run followed by lower-case words gives
    its last capital to the sentence that starts there."""
    run_start, capitals = None, 0
    for index, kind in enumerate([*kinds, "l"]):
        if index < len(kinds) and (kind == "C" or kind == "." or (kind == "f" and run_start is not None)):
            if run_start is None:
                run_start, capitals = index, 0
            capitals += kind == "C"
            continue
        if run_start is not None and capitals >= _MENU_RUN:
            end = index
            while end > run_start and kinds[end - 1] != "C":
                end -= 1
            if index < len(kinds) and kind == "l" and end - 1 > run_start:
                end -= 1
            yield run_start, end
        run_start = None


def _cut_cjk(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A piece cut again at sentence ends of scripts written without spaces."""
    position = start
    for match in _CJK_END.finditer(text, start, end):
        yield position, match.start()
        position = match.start()
    yield position, end


# ------------------------------------------------------------------------------- the stage


def read_layout(text: str, cues: Cues) -> Iterator[Segment]:
    """The dump's segments in order; a blank line gives a Segment with empty text."""
    raw_lines = text.splitlines()
    width = wrap_width(raw_lines)
    lines = [_read_line(number, raw) if raw.strip() else None for number, raw in enumerate(raw_lines, start=1)]
    joins = _joins(lines, width, cues)
    flattened = is_flattened([line for line in lines if line is not None])
    index = 0
    while index < len(lines):
        line = lines[index]
        if line is None:
            yield Segment(index + 1, index + 1, BLANK, BLANK)
            index += 1
            continue
        stop = index
        while joins[stop]:
            stop += 1
        if stop == index:
            yield from _pieces(line, flattened, cues)
        else:
            group = [lines[i] for i in range(index, stop + 1)]
            yield _joined(group, cues)  # type: ignore[arg-type]  # joined lines are nonblank
        index = stop + 1


def is_flattened(lines: Sequence[_Line]) -> bool:
    """A page flattened onto one or a few long lines (not a dump with the odd long line)."""
    total = sum(line.length for line in lines)
    return total >= FLAT_LINE_CHARS and sum(line.length for line in lines if line.length >= FLAT_LINE_CHARS) >= _FLAT_SHARE * total


def _joined(group: Sequence[_Line], cues: Cues) -> Segment:
    text = group[0].stripped
    for line in group[1:]:
        text += _glue(text, line.stripped, cues) + line.stripped
    raw = "\n".join(line.raw.rstrip() for line in group)
    return Segment(group[0].number, group[-1].number, text, raw)


def _pieces(line: _Line, flattened: bool, cues: Cues) -> Iterator[Segment]:
    raw = line.raw.rstrip()
    if not flattened or len(raw) < _CUT_CHARS or "](" in raw:
        yield Segment(line.number, line.number, raw, raw)
        return
    pieces = cut_flat(raw, cues)
    if len(pieces) == 1:
        yield Segment(line.number, line.number, raw, raw)
        return
    for start, end, same in pieces:
        part = raw[start:end]
        yield Segment(line.number, line.number, part, part, (start, end), same, menu_shaped(part))


def menu_shaped(text: str) -> bool:
    """Title-case words only (short function words and symbols between them), enough of them."""
    kinds = [_word_kind(token) for token in text.split()]
    return "l" not in kinds and kinds.count("C") >= _MENU_SHAPED
