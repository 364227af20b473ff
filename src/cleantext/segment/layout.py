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


@attrs.define(slots=True)  # not frozen: one is made per line, and frozen classes cost 3x to make
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


BLANK = Segment(0, 0, "", "")  # every blank line: the stages after only count them


# ----------------------------------------------------------------------------- line characters

_CLOSING = frozenset(",.;:!?)]}%…’”»、。，．！？）」』】")  # a line opening with one continues the last
_OPENING = frozenset("([{“‘«„")  # a line ending with one continues on the next
_ENDS = frozenset(".!?。！？…")
_QUOTES_AFTER_END = "\"'”’»)]】」』"
_STRUCTURAL = frozenset("#|>•·▪◦‣●○■□►▶▸∙⦁◆◇★☆✓✔➤➢→")  # Markdown and list markers open a block
_DASH_BULLETS = frozenset("-*+–—")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_CITATION = regex.compile(r"\[(?:\d{1,3}|[a-z]{1,2}|note \d{1,3})\]")  # a footnote mark: '[12]'
_NUMBERED = regex.compile(r"\d{1,3}[.)]\s")  # '4. Heading'
_LIST_NUMBER = regex.compile(r"\d{1,3}[.)]|[a-z][.)]")  # a list item's number broken from its text
_HANGUL_PARTICLE_END = regex.compile(r"^(\S+?)(?=[\s,.!?]|$)")

# Lines this long are never wrapped lines of a dump; widths are looked for up to here.
_MAX_WIDTH = 240
_OVER_COST = 4  # a line longer than W that could have been broken before it, against W
_MIN_WIDTH = 36


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


def _opens_capitalised(stripped: str) -> bool:
    """The line's first letter (past quotes and brackets) is a capital."""
    for char in stripped[:4]:
        if char.isalpha():
            return char.isupper()
    return False


def _opens_with_word(stripped: str) -> bool:
    """The line opens with a plain word (not an e-mail address, a URL or a code token)."""
    space = stripped.find(" ")
    return (stripped if space < 0 else stripped[:space]).rstrip(",.;:!?)’”'\"").isalpha()


def _opens_with_particle(stripped: str, cues: Cues) -> bool:
    """The line opens with a Korean particle or quoting ending: it continues the line before
    ('<a>삼성전자</a>는 ...' saved as '삼성전자' / '는 ...') and is glued to it without a space."""
    if not "\uac00" <= stripped[0] <= "\ud7a3":
        return False
    match = _HANGUL_PARTICLE_END.match(stripped)
    return match is not None and match.group(1) in cues.phrases["continuation_particles"]


def _last_word(stripped: str) -> str:
    return stripped[stripped.rfind(" ") + 1:].casefold()


# ------------------------------------------------------------------------------ hard wrapping


def wrap_width(lines: Sequence[str]) -> int | None:
    """The column a dump was hard-wrapped at, or None when its lines were not wrapped.

    A pair of adjacent lines is a forced break at width W when the first fits (its length <= W)
    and the next line's first word would not have (length + 1 + word > W). The width is the one
    that explains most pairs while few lines exceed it. It counts only when it explains most of
    the lines near it (lines of unwrapped paragraphs and menus end anywhere) and when most of
    its breaks fall inside sentences (unwrapped paragraphs of equal length end sentences).
    """
    return _wrap_width(_Lines(list(lines)))


def _may_be_wrapped(lines: _Lines) -> bool:
    """A cheap bound first: each line too long for any width, that had a space to break at,
    costs a width more than the forced breaks it could explain (see ``score`` below), so a dump
    of long paragraphs cannot have been wrapped."""
    if _breaks_inside_sentences(lines) < _MIN_BREAKS_INSIDE:
        return False
    breaks = unwrappable = 0
    for stripped, length in zip(lines.stripped, lines.lengths):
        if length > _MAX_WIDTH:  # too long for every width, with a space before the least
            indent = length - len(stripped)
            unwrappable += indent < _MIN_WIDTH and stripped.find(" ", 0, _MIN_WIDTH - indent + 1) >= 0
        elif length >= _MIN_WIDTH // 2:
            breaks += 1
    return breaks > _OVER_COST * unwrappable


_MIN_BREAKS_INSIDE = 3  # a width counts only when this many of its breaks fall inside sentences


def _breaks_inside_sentences(lines: _Lines) -> int:
    """Pairs of adjacent lines that may be a break inside a sentence at some width: the first
    ends on a letter (or a comma), the next opens with a letter that is not a capital. (An upper
    bound of ``inside`` below, counted without the widths.)"""
    stripped = lines.stripped
    return sum(
        1 for before, after in zip(stripped, stripped[1:])
        if after[:1].isalpha() and not after[0].isupper() and before and (before[-1].isalpha() or before[-1] in ",;-")
    )


def _wrap_width(lines: _Lines) -> int | None:
    """``wrap_width`` of lines already read."""
    if not _may_be_wrapped(lines):
        return None
    span = _MAX_WIDTH + 2
    forced_starts = [0] * span  # coverage of W by forced breaks, as a difference array
    open_starts = [0] * span  # the same for breaks inside a sentence
    longer = [0] * span  # nonblank lines by length, capped
    over_starts = [0] * span  # widths a line exceeds though it had a space to break at before them
    nonblank = 0
    previous, previous_open = 0, False
    for stripped, length in zip(lines.stripped, lines.lengths):
        if not stripped:
            previous = 0
            continue
        indent = length - len(stripped)
        nonblank += 1
        longer[min(length, span - 1)] += 1
        first_space = stripped.find(" ") + indent
        if indent < first_space < min(length, span - 1):  # a long word alone (a URL) fits no width
            over_starts[first_space] += 1
            over_starts[min(length, span - 1)] -= 1
        if _MIN_WIDTH // 2 <= previous <= _MAX_WIDTH:
            stop = min(previous + _first_word_length(stripped) + 1, span - 1)
            forced_starts[previous] += 1
            forced_starts[stop] -= 1
            if previous_open and stripped[0].isalpha() and not stripped[0].isupper():
                open_starts[previous] += 1
                open_starts[stop] -= 1
        # A break inside a sentence falls between words: letters (or a comma) on both sides, the
        # next line not capitalised; rows of a listing end on dates and counts and open with
        # numbers, and headlines of a list open with capitals. (A line ending so ends no sentence.)
        previous, previous_open = length, stripped[-1].isalpha() or stripped[-1] in ",;-"
    if nonblank < 4:
        return None
    best, best_score = None, 0
    coverage = open_coverage = over = 0
    forced = [0] * span
    inside = [0] * span
    for width in range(span - 1):
        coverage += forced_starts[width]
        open_coverage += open_starts[width]
        forced[width], inside[width] = coverage, open_coverage
        over += over_starts[width]
        if width < _MIN_WIDTH:
            continue
        score = coverage - _OVER_COST * over  # lines that should have been broken before W count against it
        if score > best_score:
            best, best_score = width, score
    if best is None:
        return None
    near = sum(longer[best * 4 // 5: best + 1])  # lines long enough to have been wrapped
    if inside[best] < _MIN_BREAKS_INSIDE or forced[best] < 0.5 * near or 3 * inside[best] < forced[best]:
        return None
    return best


# ----------------------------------------------------------------------------- joining lines


class _Line:
    """What the join rules read of one nonblank line (a plain class: one is made per line)."""

    __slots__ = ("number", "raw", "stripped", "length", "indent", "opens_block", "ends_sentence", "words")

    def __init__(self, number: int, raw: str) -> None:
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        self.number = number
        self.raw = raw
        self.stripped = stripped
        self.length = indent + len(stripped)  # the line without trailing white space
        self.indent = indent
        self.opens_block = _opens_block(stripped, indent)
        self.ends_sentence = stripped[-1] in _ENDS or (stripped[-1] in _QUOTES_AFTER_END and _ends_sentence(stripped))
        self.words = stripped.count(" ") + 1 if "  " not in stripped else len(stripped.split())


class _Lines:
    """A dump's lines, read as the join rules need them: every line's stripped text and length at
    once (C-level passes), a ``_Line`` only for the lines a rule looks at (``lines[i]``, None
    for a blank line). Most lines of most dumps are never looked at closely."""

    __slots__ = ("raw", "stripped", "_lengths", "_read")

    def __init__(self, raw_lines: list[str]) -> None:
        self.raw = raw_lines
        self.stripped = [raw.strip() for raw in raw_lines]
        self._lengths: list[int] | None = None
        self._read: dict[int, _Line] = {}

    @property
    def lengths(self) -> list[int]:
        """Each line's length without its trailing white space (0 for a blank line)."""
        if self._lengths is None:
            self._lengths = [len(raw.rstrip()) for raw in self.raw]
        return self._lengths

    def __len__(self) -> int:
        return len(self.raw)

    def __getitem__(self, index: int) -> _Line | None:
        line = self._read.get(index)
        if line is None and self.stripped[index]:
            line = self._read[index] = _Line(index + 1, self.raw[index])
        return line


def _goes_on(line: _Line, width: int, cues: Cues) -> bool:
    """After a sentence end at a forced break: a line that carries on the paragraph (long enough
    to be more than a widget's row, or a sentence's end; not a block of its own) or a photo
    credit for its caption."""
    families = cues.families_of(phrase_key(line.stripped))
    if "caption_credits" in families:
        return True
    return (line.length >= width // 2 or line.ends_sentence) and not _stands_alone(line, families)


def _stands_alone(line: _Line, families: frozenset[str]) -> bool:
    """A line that is a block whatever precedes it: furniture of the cue lists (``families``,
    those of its phrase key; a photo credit aside, which belongs to its caption) or a numbered
    heading."""
    return bool(_NUMBERED.match(line.stripped)) or (bool(families) and families != {"caption_credits"})


@attrs.frozen(slots=True)
class _Evidence:
    """What the whole dump says about its layout."""

    width: int | None  # the column it was wrapped at, if it was
    spaced: bool  # blank lines stand between its paragraphs (so a headline has one after it)
    code: bool  # some short line holds code operators (else no code run is looked for)


_SPACED_SHARE = 0.1  # blank lines per nonblank line in a dump that spaces its paragraphs
# One scan of the whole dump: a short line with an operator of code.
_SHORT_CODE_LINE = re.compile(r"^[ \t]*[^\n;{}=]{0,40}[;{}=]", re.MULTILINE)  # stdlib re: 3x faster here
_CODE_OPERATORS = ";{}="  # a dump holding none of them has no such line (four substring scans)


def dump_evidence(text: str, lines: _Lines) -> _Evidence:
    blank = lines.stripped.count("")
    code = any(mark in text for mark in _CODE_OPERATORS) and _SHORT_CODE_LINE.search(text) is not None
    return _Evidence(_wrap_width(lines), blank >= _SPACED_SHARE * (len(lines) - blank), code)



def _continues(before: _Line, after: _Line, evidence: _Evidence, cues: Cues, group_words: int,
               ahead_words: int = 0) -> bool:
    """Whether ``after`` goes on with the paragraph ``before`` is in (the line break is layout);
    ``group_words``: the words of that paragraph so far (``before`` and the lines joined to it);
    ``ahead_words``: those of the line after ``after`` when it opens in lower case too."""
    if after.stripped[:2] in ("— ", "– ") and after.stripped[2:3].islower() and not before.ends_sentence:
        return True  # '... Sync and more' / '— one quick click away.': a dash inside a sentence
    if after.opens_block or before.stripped[0] in "#|":
        return False
    first = after.stripped[0]
    width = evidence.width
    if width is not None and before.length <= width < before.length + 1 + _first_word_length(after.stripped):
        # Without blank lines between paragraphs, a line ending a sentence at a forced break may
        # end its paragraph (``_goes_on`` tells), and a paragraph's first break with a capital
        # after a line that does not end (a headline, then its article) is no evidence of wrapping.
        opening = (not evidence.spaced and group_words == before.words and _opens_capitalised(after.stripped)
                   and not before.ends_sentence and any(char.islower() for char in before.stripped))
        if (after.indent <= before.indent or before.opens_block) and not opening and (
                not before.ends_sentence or evidence.spaced or _goes_on(after, width, cues)):
            return True
    if first in _CLOSING or _LIST_NUMBER.fullmatch(before.stripped) or _CITATION.fullmatch(after.stripped):
        return True
    if before.stripped[-1] == "-" and before.stripped[-2:-1].isalnum() and not first.isspace():
        return True  # a word or a URL broken after its hyphen
    if before.ends_sentence:
        return False
    last = before.stripped[-1]
    if last == ":" and phrase_key(before.stripped) in cues.label_prefixes:
        return True  # 'See also:' / 'New Zealand place names': a label and its link
    if last in _OPENING or last == ",":
        return True
    if _last_word(before.stripped) in cues.phrases["continuation_words"]:
        return not cues.families_of(phrase_key(before.stripped))  # 'More from', 'Follow us on'
    if first.islower() and group_words + after.words + ahead_words >= 3 and _opens_with_word(after.stripped):
        return True
    return _opens_with_particle(after.stripped, cues)


# An inline element's text: short, and the sentence goes on after it.
_INLINE_WORDS = 6
_PROSE_WORDS = 4


def _unclosed_markdown(text: str) -> bool:
    """Whether a Markdown image or link in ``text`` is still open (its ']' or its '(...)'
    target not yet closed): a wrap broke it over lines."""
    last = text.rfind("](")
    if last < 0:
        return text.count("[") > text.count("]")
    return ")" not in text[last:]


_MARKUP_CHARS = 4000  # a wrapped image or link spans a few lines, never a page


def _printed_twice(before: _Line, after: _Line) -> bool:
    """A line and its copy (a heading printed twice) stay apart, for the duplicates detector."""
    return abs(before.length - after.length) <= before.length // 4 and dedup_key(before.stripped) == dedup_key(after.stripped)


# A line opening with one of these may continue the line before whatever that line is; a line
# ending with one of these may be continued whatever comes next (see ``_continues``).
_JOINING_OPENERS = _CLOSING | frozenset("—–[")
_JOINING_ENDS = _OPENING | frozenset("-:,")
_LIST_NUMBER_CHARS = 4  # '12.', 'a)': the longest a list number broken from its item is


def _pair_candidates(lines: _Lines, evidence: _Evidence, cues: Cues) -> list[int]:
    """Indices i at which line i + 1 may continue line i: every pair ``_continues`` can join,
    and more, found by tests on the two lines' first and last characters. (Without a wrap width
    a pair joins only when one of the two lines shows it; at a forced break any pair may.)"""
    stripped = lines.stripped
    pairs = [index for index in range(len(stripped) - 1) if stripped[index] and stripped[index + 1]]
    if evidence.width is not None:
        return pairs
    words = cues.phrases["continuation_words"]
    return [
        index for index in pairs
        if _may_continue(stripped[index + 1][0])
        or len(stripped[index]) <= _LIST_NUMBER_CHARS
        or stripped[index][-1] in _JOINING_ENDS
        or stripped[index].startswith(("![", "["))  # a Markdown image or link the wrap may have broken
        or _last_word(stripped[index]) in words
    ]


def _may_continue(first: str) -> bool:
    """A line opening with this character may continue the one before, whatever that is."""
    return first in _JOINING_OPENERS or first.islower() or "\uac00" <= first <= "\ud7a3"


def _joins(lines: _Lines, evidence: _Evidence, cues: Cues) -> list[bool]:
    """joins[i]: line i+1 continues line i (both nonblank and adjacent)."""
    count = len(lines)
    joins = [False] * count
    markup = ""  # the Markdown image or link a wrap broke over lines, while it is open
    group_words = 0
    candidates = _pair_candidates(lines, evidence, cues)
    position, index = 0, -1
    while True:
        if markup and index + 1 < count - 1:
            index += 1  # an open image or link joins every line up to its end, whatever they hold
        else:
            # The pairs passed over join nowhere, and open no image or link (an opening line is
            # a candidate), so nothing carries over them.
            while position < len(candidates) and candidates[position] <= index:
                position += 1
            if position == len(candidates):
                break
            index = candidates[position]
        before, after = lines[index], lines[index + 1]
        if before is None:
            markup = ""
            continue
        if markup:
            markup += " " + before.stripped
        elif before.stripped.startswith(("![", "[")):
            markup = before.stripped
        if markup and (len(markup) > _MARKUP_CHARS or not _unclosed_markdown(markup)):
            markup = ""
        group_words = before.words + (group_words if index and joins[index - 1] else 0)
        if after is not None:
            ahead = lines[index + 2] if index + 2 < count else None
            ahead_words = ahead.words if ahead is not None and ahead.stripped[0].islower() else 0
            joins[index] = bool(markup) or (
                _continues(before, after, evidence, cues, group_words, ahead_words)
                and not _printed_twice(before, after))
    if evidence.width is None:
        _join_inline_links(lines, joins)
    _join_sentence_tails(lines, joins, cues)
    if evidence.code:
        _join_code_runs(lines.stripped, joins)
    return joins


def _join_inline_links(lines: _Lines, joins: list[bool]) -> None:
    """A link inside a sentence: prose, the link's short text, then the sentence going on. (Not
    in a wrapped dump, whose short lines are paragraph ends, not links.) Only a line joined to
    the next can be such a link; each step changes only the pair before it."""
    for index in [index for index, joined in enumerate(joins) if joined]:
        if not 0 < index < len(lines) - 1 or joins[index - 1]:
            continue
        before, inline, after = lines[index - 1], lines[index], lines[index + 1]
        if (before is not None and inline is not None
                and after is not None and (after.stripped[0] in _CLOSING or after.stripped[0].islower())
                and not before.ends_sentence and before.words >= _PROSE_WORDS and inline.words <= _INLINE_WORDS
                and not inline.opens_block and before.stripped[0] not in "#|"):
            joins[index - 1] = True


def _join_sentence_tails(lines: _Lines, joins: list[bool], cues: Cues) -> None:
    """A sentence's last words in a link of their own at a paragraph's end: prose that does not
    end, then a short line that ends the sentence and the paragraph (a blank line or the end
    after it)."""
    stripped = lines.stripped
    count = len(stripped)
    ends = [index - 2 for index in range(2, count) if not stripped[index]] + [count - 2]
    for index in ends:
        if index < 0 or joins[index] or not stripped[index] or not stripped[index + 1]:
            continue
        if _ends_sentence(stripped[index]) or not _ends_sentence(stripped[index + 1]):
            continue  # prose that ends no sentence, then a line that ends one (read without _Line)
        before, tail = lines[index], lines[index + 1]
        if (before is not None and tail is not None
                and before.words >= _PROSE_WORDS and before.stripped[0] not in "#|"
                and tail.words <= _INLINE_WORDS and not tail.opens_block
                and not _stands_alone(tail, cues.families_of(phrase_key(tail.stripped)))):
            joins[index] = True


# Syntax-highlighted code saved a text node a line: runs of short lines of identifiers and
# operators. Such a run is one block (the code), not a menu of one-word lines.
_CODE_LINE_CHARS = 40
_CODE_RUN = 6
_CODE_MARKS = frozenset(";{}()=[]<>")
_CODE_STRONG = frozenset(";{}=")
_IDENTIFIER = regex.compile(r"[A-Za-z_$][\w$]*\.?")


def _code_piece(stripped: str) -> int:
    """2: a short line with code operators or a formula's symbol, 1: a bare identifier, 0: else."""
    if len(stripped) > _CODE_LINE_CHARS:
        return 0
    if len(stripped) <= 3 or not _CODE_MARKS.isdisjoint(stripped) or not any(char.isalnum() for char in stripped):
        return 2  # operators, brackets, or a formula's single symbol
    return 1 if _IDENTIFIER.fullmatch(stripped) else 0


def _join_code_runs(stripped: Sequence[str], joins: list[bool]) -> None:
    """Join every run of code pieces long enough and operator-rich enough to be code."""
    index = 0
    while index < len(stripped):
        line = stripped[index]
        if not line or len(line) > _CODE_LINE_CHARS:  # most lines: no code run here
            index += 1
            continue
        stop = index
        marked, strong = 0, False
        while stop < len(stripped):
            candidate = stripped[stop]
            piece = _code_piece(candidate) if candidate else 0
            if not piece:
                break
            marked += piece == 2
            strong = strong or not _CODE_STRONG.isdisjoint(candidate)
            stop += 1
        if stop - index >= _CODE_RUN and strong and marked * 5 >= 2 * (stop - index):
            for inner in range(index, stop - 1):
                joins[inner] = True
        index = max(stop, index + 1)


def _glue(before: str, after: str, cues: Cues) -> str:
    """What goes between two joined lines: a space, or nothing inside words and scripts
    written without spaces."""
    first, last = after[0], before[-1]
    if first in _CLOSING or last in _OPENING:
        return ""
    if last == "-" and len(before) > 1 and before[-2].isalnum():
        return ""  # a word or a URL broken after its hyphen
    if _CJK.match(first) and _CJK.match(last):
        return ""
    return "" if _opens_with_particle(after, cues) else " "


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
    """The dump's segments in order; every blank line gives ``BLANK``."""
    lines = _Lines(text.splitlines())
    joins = _joins(lines, dump_evidence(text, lines), cues)
    flattened = max(map(len, lines.raw), default=0) >= FLAT_LINE_CHARS and is_flattened(lines.lengths)
    raw_lines, stripped = lines.raw, lines.stripped
    index = 0
    while index < len(raw_lines):
        if not stripped[index]:
            yield BLANK
            index += 1
            continue
        stop = index
        while joins[stop]:
            stop += 1
        if stop == index and not flattened:
            raw = raw_lines[index].rstrip()
            yield Segment(index + 1, index + 1, raw, raw)
        elif stop == index:
            yield from _pieces(lines[index], cues)  # type: ignore[arg-type]  # a nonblank line
        else:
            yield _joined([lines[i] for i in range(index, stop + 1)], cues)  # type: ignore[misc]  # joined lines are nonblank
        index = stop + 1


def is_flattened(lengths: Sequence[int]) -> bool:
    """A page flattened onto one or a few long lines (not a dump with the odd long line), from
    its lines' lengths."""
    total = sum(lengths)
    return total >= FLAT_LINE_CHARS and sum(length for length in lengths if length >= FLAT_LINE_CHARS) >= _FLAT_SHARE * total


def _joined(group: Sequence[_Line], cues: Cues) -> Segment:
    """The lines of one paragraph as one segment. ``_glue`` reads only the last two characters
    of the text so far, so the text is built once from its parts (a group may be long)."""
    parts = [group[0].stripped]
    tail = parts[0][-2:]
    for line in group[1:]:
        glue = _glue(tail, line.stripped, cues)
        parts += (glue, line.stripped)
        tail = (tail + glue + line.stripped)[-2:]
    text = "".join(parts)
    raw = "\n".join(line.raw.rstrip() for line in group)
    return Segment(group[0].number, group[-1].number, text, raw)


def _pieces(line: _Line, cues: Cues) -> Iterator[Segment]:
    """The line of a flattened page, cut into the blocks it holds."""
    raw = line.raw.rstrip()
    if len(raw) < _CUT_CHARS or "](" in raw:
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
