"""Plain-text dumps to blocks: one block a segment of the layout stage (``layout.py``: a line,
the lines of a paragraph the dump broke, or a part of a flattened line).

Each segment is read the same way whatever the dump's style (flat text, layout-preserving text,
Markdown): markup stripped but remembered (bullet, image, link share, heading level), white
space folded, blank lines counted; a Markdown line that glues several page blocks is cut.
"""

from __future__ import annotations

from typing import Iterator

import attrs
import regex

from ..model import Block
from ..textutil import fold_spaces, is_terminal
from ..cues import Cues, load
from . import coarse
from .layout import BLANK, Segment, read_layout
from .measure import measure

_BULLET = regex.compile(r"^\s{0,40}(?:[•·▪◦‣●○■□►▶▸∙⦁◆◇★☆✓✔➤➢→]|[-*+–—](?=\s))\s*")
_HEADING = regex.compile(r"^\s{0,3}(#{1,6})\s+")
_QUOTE = regex.compile(r"^\s{0,3}(?:>\s?)+")
# A link target: no spaces or parentheses, except escaped ones (html2text writes '\(').
_URL = r"(?:[^()\s\\]|\\.){0,2000}"
_IMAGE = regex.compile(r"!\[([^\[\]\n]{0,1000})\]\((" + _URL + r")(?:\s+\"[^\"\n]{0,300}\")?\)")
_LINK = regex.compile(r"\[([^\[\]\n]{0,1000})\]\((" + _URL + r"|" + _URL + r"\(" + _URL + r"\)" + _URL + r")(?:\s+\"[^\"\n]{0,300}\")?\)")
_AUTOLINK = regex.compile(r"<((?:https?|ftp|mailto):[^<>\s]{1,2000})>")
_EMPHASIS = regex.compile(r"(\*\*|__)(?=\S)([^\n]{0,300}?\S)\1|(?<![\w*])\*(?=[^\s*])([^*\n]{0,500}?[^\s*])\*(?![\w*])|(?<!\w)_(?=[^\s_])([^_\n]{0,500}?[^\s_])_(?!\w)")
_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_TABLE_RULE = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_HAS_WORD = regex.compile(r"\w")
# Markdown dumps glue sibling blocks onto one line: cut before/after images, at empty links,
# and at a double space after a sentence end.
_COMPOUND_CUT = regex.compile(
    r"(?=!\[[^\[\]\n]{0,1000}\]\()|(?<=!\[[^\[\]\n]{0,1000}\]\(" + _URL + r"\))\s+"
    r"|\[\]\(" + _URL + r"\)\s*|(?<=[.!?:\"”’)])\s{2,}(?=\S)"
)
# Some Markdown dumps put a whole page section on one line with single spaces between
# paragraphs; such a line is cut at sentence ends, between adjacent links and at ' | '.
_MEGA_LINE_CHARS = 600
_MARKDOWN_HINT = regex.compile(r"\]\(|\*\*|__")
_SENTENCE_CUT = regex.compile(
    r"(?<=[.!?…\"”’»)])\s+(?=[\p{Lu}\p{Lt}\p{Lo}\d\"“„«¿¡\[(*_!])|(?<=\))\s*(?=!?\[)"
    r"|(?<!\s)\s++\|\s+|(?<!\s)\s++_{2,}\s*"  # (?<!\s): a white-space run is scanned once, not per position
)
# '[![alt](image)](link)': an image wrapped in a link is an image.
_LINKED_IMAGE = regex.compile(r"\[(!\[[^\[\]\n]{0,1000}\]\(" + _URL + r"\))\]\(" + _URL + r"\)")
def _strip_markdown(line: str) -> tuple[str, dict]:
    """Markdown to plain text, with what the markup said about the line."""
    facts: dict = {}
    heading = _HEADING.match(line)
    if heading:
        facts["heading"] = len(heading.group(1))
        line = line[heading.end():].rstrip("# ")
    quote = _QUOTE.match(line)
    if quote and quote.end() > 0 and line.lstrip().startswith(">"):
        facts["quote"] = True
        line = line[quote.end():]
    if "](" in line or "<http" in line:
        images = _IMAGE.findall(line)
        without_images = _IMAGE.sub(lambda m: m.group(1), line)
        link_chars = 0

        def _link_text(match: regex.Match[str]) -> str:
            nonlocal link_chars
            link_chars += len(match.group(1).strip())
            return match.group(1)

        plain = _LINK.sub(_link_text, without_images)
        plain = _AUTOLINK.sub(lambda m: _link_text_auto(m, facts), plain)
        link_chars += facts.pop("_auto", 0)
        rest = _IMAGE.sub("", line)
        rest = _LINK.sub("", rest)
        if images and not _HAS_WORD.search(_AUTOLINK.sub("", rest)):
            facts["image"] = True
        size = len(plain.strip()) or 1
        facts["link_ratio"] = min(1.0, link_chars / size)
        line = plain
    if "*" in line or "_" in line:
        line = unemphasize(line)
    if "\\" in line:
        line = _ESCAPE.sub(r"\1", line)
    return line, facts


def unemphasize(line: str) -> str:
    """Emphasis to plain text, undoing html2text's spacing: 'al**X** , y' -> 'al X, y'."""
    out: list[str] = []
    pos = 0
    for match in _EMPHASIS.finditer(line):
        start, end = match.span()
        if start < pos:
            continue
        out.append(line[pos:start])
        if start > 0 and line[start - 1].isalnum():
            out.append(" ")
        out.append(match.group(2) or match.group(3) or match.group(4) or "")
        pos = end
        if end + 1 < len(line) and line[end] == " " and line[end + 1] in ",.;:!?)":
            pos = end + 1
    out.append(line[pos:])
    return "".join(out)


def _link_text_auto(match: regex.Match[str], facts: dict) -> str:
    facts["_auto"] = facts.get("_auto", 0) + len(match.group(1))
    return match.group(1)


def split_compound(line: str) -> list[str]:
    """Pieces of a line that holds several page blocks (Markdown dumps), else the line itself."""
    if "](" not in line and "  " not in line.strip():
        return [line]
    if "[![" in line:
        line = _LINKED_IMAGE.sub(r"\1", line)
    pieces = [piece for piece in _COMPOUND_CUT.split(line) if piece and piece.strip()]
    if len(line) > _MEGA_LINE_CHARS and _MARKDOWN_HINT.search(line):
        pieces = [part for piece in pieces for part in _SENTENCE_CUT.split(piece) if part and part.strip()]
    return pieces


def iter_segments(text: str, cues: Cues) -> Iterator[Segment]:
    """The layout's segments, a Markdown line that glues several page blocks cut into them."""
    for segment in read_layout(text, cues):
        if segment.span is not None or len(segment.text) <= 80:
            yield segment
            continue
        pieces = split_compound(segment.text)
        if len(pieces) == 1:
            yield segment
            continue
        single_line = segment.line == segment.line_end
        position = 0
        for piece in pieces:
            start = segment.text.find(piece, position)
            position = start + len(piece) if start >= 0 else position
            span = (start, start + len(piece)) if single_line and start >= 0 else None
            yield attrs.evolve(segment, text=piece, raw=piece if single_line else segment.raw, span=span)


# A line holding none of these characters is plain text and skips the Markdown pass.
_MARKUP_CHARS = frozenset("#>|*_\\[]<`")
_BULLET_CHARS = frozenset("•·▪◦‣●○■□►▶▸∙⦁◆◇★☆✓✔➤➢→-*+–—")


def _parse_line(raw: str) -> tuple[str, dict]:
    """The clean text of one line and what its markup said; '' when nothing is left."""
    folded = fold_spaces(raw)
    if not folded:
        return "", {}
    if folded[0] not in _BULLET_CHARS and _MARKUP_CHARS.isdisjoint(folded):
        return folded, {}
    facts: dict = {}
    body = raw
    if _TABLE_RULE.match(body):
        return "", {}
    bullet = _BULLET.match(body)
    if bullet and bullet.end() < len(body):
        facts["bullet"] = True
        body = body[bullet.end():]
    body, markdown = _strip_markdown(body)
    facts.update(markdown)
    if body.lstrip().startswith("|") or body.count(" | ") >= 2:
        facts["table_cell"] = True
        body = body.strip().strip("|")
    return fold_spaces(body), facts


def iter_blocks(text: str, cues: Cues | None = None) -> Iterator[Block]:
    cues = cues or load()
    gap = 0
    index = 0
    for segment in iter_segments(text, cues):
        if segment is BLANK:
            gap += 1
            continue
        clean, facts = _parse_line(segment.text)
        if not clean:
            gap += 1
            continue
        block = Block(index=index, text=segment.raw.rstrip(), clean=clean, line=segment.line,
                      line_end=segment.line_end, span=segment.span, same_paragraph=segment.same_paragraph,
                      gap_before=gap, **facts)
        block.terminal = is_terminal(clean)
        if segment.menu:
            block.link_ratio = 1.0  # a flattened page's menu: its words were links
        yield block
        index += 1
        gap = 0


# A dump far denser in lines than any real one (see coarse.py; the corpora: about 18,000 lines per
# MB, a few thousand lines a page; a million one-character lines are 500,000 per MB, short
# numbers 70,000): past this many lines the rest is read coarsely (_coarse_blocks).
COARSE_MIN_LINES = 20_000
COARSE_LINES_PER_MB = 40_000


def segment_text(text: str) -> list[Block]:
    """The dump's blocks, measured; past its cap of lines, the rest in coarse blocks (coarse.py)."""
    cues = load()
    rest: list[str] = []
    cap = coarse.cap(len(text), COARSE_MIN_LINES, COARSE_LINES_PER_MB)
    if text.count("\n") > cap:
        lines = text.splitlines(keepends=True)
        if len(lines) > cap:
            text, rest = "".join(lines[:cap]), lines[cap:]
    blocks = list(iter_blocks(text, cues))
    if rest:
        blocks += _coarse_blocks(rest, cap + 1, len(blocks))
    for block in blocks:
        measure(block, cues)
    return blocks


def _coarse_blocks(lines: list[str], number: int, index: int) -> Iterator[Block]:
    """The lines of a dump past its cap (``lines[0]`` is line ``number``), ``COARSE_PIECES`` lines
    a block: plain text, its lines joined, labelled when its lines are repeats or short (coarse.Pieces)."""
    pieces = coarse.Pieces()
    gap = 0
    for start in range(0, len(lines), coarse.COARSE_PIECES):
        group = lines[start:start + coarse.COARSE_PIECES]
        clean = fold_spaces(" ".join(group))
        if not clean:
            gap += len(group)
            continue
        block = Block(index=index, text="\n".join(line.rstrip() for line in group).strip("\n"), clean=clean,
                      line=number + start, line_end=number + start + len(group) - 1, gap_before=gap)
        block.terminal = is_terminal(clean)
        pieces.label(block, group)
        yield block
        index += 1
        gap = 0
