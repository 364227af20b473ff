"""The data model shared by text and HTML mode: labels, blocks and the document.

Text and HTML meet here: a segmenter turns its input into ``Block`` objects,
detectors and body selection only ever look at blocks, so every rule serves
both input kinds.
"""

from __future__ import annotations

import enum
from typing import Any, Mapping

import attrs


class Label(str, enum.Enum):
    """Why a block is (or is not) part of the article; see seeds/gold/README.md."""

    BODY = "body"
    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    DATE = "date"
    SOURCE = "source"
    SECTION = "section"
    NAV = "nav"
    SHARE = "share"
    WEATHER = "weather"
    RELATED = "related"
    BOARD = "board"
    CAPTION = "caption"
    BANNER = "banner"
    COMMENTS = "comments"
    COPYRIGHT = "copyright"
    PROMO = "promo"
    DUPLICATE = "duplicate"

    def __str__(self) -> str:  # so f-strings and the CLI print "body", not "Label.BODY"
        return self.value


# Label by value: caches store the value (a plain string the garbage collector need not track).
LABEL_BY_VALUE: dict[str, Label] = {label.value: label for label in Label}


@attrs.define(slots=True, eq=False)
class Block:
    """One unit of the input: a line of a text dump, or a text-bearing element of a DOM.

    ``label`` is ``None`` while no stage has decided; after cleaning every block
    carries a label and a ``reason`` naming the rule that set it.
    """

    index: int
    text: str  # the raw text as it stood in the input (trailing white space removed)
    clean: str  # normalised text: markup and bullets stripped, white space folded
    line: int  # 1-based line (text mode) or element ordinal (HTML mode) in the input
    bullet: bool = False  # the line opened with a list bullet (•, ·, -, *)
    image: bool = False  # a markdown image or an <img> stand-in
    link_ratio: float = 0.0  # share of the text that is link text (markdown links, <a>)
    heading: int = 0  # heading level 1..6 when the input says so (markdown #, <h1>..)
    list_item: bool = False
    table_cell: bool = False
    quote: bool = False
    code: bool = False
    dom_path: str | None = None  # HTML mode: tag path such as body>div>article>p
    dom_tokens: frozenset[str] = frozenset()  # class/id/role/aria words of ancestors
    gap_before: int = 0  # blank lines between this block and the previous one
    units: int = 0  # length in word-like units (CJK characters count half)
    stopwords: int = 0  # how many of the units are function words / sentence endings
    terminal: bool = False  # ends like a sentence (., !, ?, 。, 다. ...)
    key: str = ""  # the phrase-list form of a short line (cues.phrase_key), "" for long ones
    label: Label | None = None
    reason: str = ""
    body_text: str | None = None  # the text the block gives the body, when trimmed

    @property
    def kept(self) -> bool:
        return self.label is Label.BODY

    @property
    def output(self) -> str:
        """The text this block contributes to the body (prefix bylines cut)."""
        return self.clean if self.body_text is None else self.body_text

    def mark(self, label: Label, reason: str) -> None:
        """Label the block unless an earlier, more specific rule already did."""
        if self.label is None:
            self.label = label
            self.reason = reason

    def relabel(self, label: Label, reason: str) -> None:
        self.label = label
        self.reason = reason

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "line": self.line,
            "text": self.text,
            "label": str(self.label) if self.label else None,
            "kept": self.kept,
            "reason": self.reason,
        }
        if self.body_text is not None:
            data["body_text"] = self.body_text
        if self.dom_path is not None:
            data["dom_path"] = self.dom_path
        return data


@attrs.define(slots=True, frozen=True)
class Document:
    """The result of cleaning one page."""

    body: str
    title: str | None
    meta: Mapping[str, str]
    blocks: tuple[Block, ...]
    kind: str = "text"  # "text" or "html": what the input was taken for
    source: str | None = None  # a file name or URL when the caller gave one

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "title": self.title,
            "meta": dict(self.meta),
            "body": self.body,
            "blocks": [block.to_dict() for block in self.blocks],
        }
