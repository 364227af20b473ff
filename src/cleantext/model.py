"""The data model shared by text and HTML mode: labels, blocks and the document.

Text and HTML meet here: a segmenter turns its input into ``Block`` objects,
detectors and body selection only ever look at blocks, so every rule serves
both input kinds.
"""

from __future__ import annotations

import enum
import operator
import pickle
import sys
from typing import Any, Iterator, Mapping

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


# A pathological tree of unique classes must not make token sets quadratic.
MAX_DOM_TOKENS = 300
_NO_DOM_TOKENS: frozenset[str] = frozenset()


@attrs.define(slots=True, eq=False)
class DomNode:
    """HTML mode: an element that says something about the blocks inside it (its class, id, role,
    itemprop or aria-label words, or a meaningful tag); ``parent`` is the next such ancestor."""

    tag: str
    words: tuple[str, ...]  # words of class, id, itemprop and aria-label
    names: tuple[str, ...]  # class and id names compacted ('site-header' -> 'siteheader')
    role: str | None
    parent: DomNode | None = attrs.field(repr=False)  # a deep chain must not make repr recurse
    own: tuple[str, ...] = attrs.field(default=(), repr=False)  # the tokens it adds to its blocks' dom_tokens
    _tokens: frozenset[str] | None = attrs.field(default=None, init=False, repr=False)

    def chain(self, limit: int = 64) -> Iterator[DomNode]:
        """This node and its evidence-bearing ancestors, nearest first (at most ``limit``)."""
        node: DomNode | None = self
        while node is not None and limit > 0:
            yield node
            node = node.parent
            limit -= 1

    def tokens(self) -> frozenset[str]:
        """The ``own`` tokens of this node and its ancestors, made on first use (each node's set
        from its parent's, so a page costs one union per node that is asked)."""
        if self._tokens is None:
            pending: list[DomNode] = []
            node: DomNode | None = self
            while node is not None and node._tokens is None:  # a loop: deep trees must not blow the stack
                pending.append(node)
                node = node.parent
            tokens = node._tokens if node is not None and node._tokens is not None else _NO_DOM_TOKENS
            for node in reversed(pending):
                if len(tokens) < MAX_DOM_TOKENS and not tokens.issuperset(node.own):
                    tokens = tokens.union(node.own)
                node._tokens = tokens
        return self._tokens  # type: ignore[return-value]  # set above


# HTML mode: a block's dom_path (and dom_ids) keep this many trailing elements of its path: enough
# that a listing's item cards, nested deep in today's markup, still show the list they are in.
PATH_DEPTH = 12


@attrs.define(slots=True, eq=False, getstate_setstate=False)
class Block:
    """One unit of the input: a line of a text dump, or a text-bearing element of a DOM.

    ``label`` is ``None`` while no stage has decided; after cleaning every block
    carries a label and a ``reason`` naming the rule that set it.
    """

    index: int
    text: str  # the raw text as it stood in the input (trailing white space removed)
    clean: str  # normalised text: markup and bullets stripped, white space folded
    line: int  # 1-based line (text mode) or element ordinal (HTML mode) in the input
    # the last input line the block covers: a paragraph a dump broke over several lines
    line_end: int = attrs.field(default=attrs.Factory(lambda self: self.line, takes_self=True))
    # text mode: [start, end) offsets in line ``line`` when the block is a part of that line
    span: tuple[int, int] | None = None
    # the block goes on with the paragraph of the block before it (a long line cut at a
    # sentence end): the body joins the two with a space, not a paragraph break
    same_paragraph: bool = False
    bullet: bool = False  # the line opened with a list bullet (•, ·, -, *)
    image: bool = False  # a markdown image or an <img> stand-in
    link_ratio: float = 0.0  # share of the text that is link text (markdown links, <a>)
    heading: int = 0  # heading level 1..6 when the input says so (markdown #, <h1>..)
    list_item: bool = False
    table_cell: bool = False
    quote: bool = False
    code: bool = False
    dom_path: str | None = None  # HTML mode: tag path such as body>div>article>p
    # HTML mode: which element each component of dom_path is (ordinals in the page), so that
    # siblings of one shape (the items of a list) can be told apart
    dom_ids: tuple[int, ...] | None = attrs.field(default=None, repr=False)
    # class/id/role/aria words of the block's element and its ancestors (``dom_tokens``); made
    # from ``dom_node`` when first read, since the pipeline itself reads the nodes
    _dom_tokens: frozenset[str] | None = None
    gap_before: int = 0  # blank lines between this block and the previous one
    units: int = 0  # length in word-like units (CJK characters count half)
    stopwords: int = 0  # how many of the units are function words / sentence endings
    terminal: bool = False  # ends like a sentence (., !, ?, 。, 다. ...)
    key: str = ""  # the phrase-list form of a short line (cues.phrase_key), "" for long ones
    label: Label | None = None
    reason: str = ""
    body_text: str | None = None  # the text the block gives the body, when trimmed
    dom_node: DomNode | None = attrs.field(default=None, repr=False)  # HTML mode: the nearest element with evidence

    @property
    def dom_tokens(self) -> frozenset[str]:
        """The class/id/role/aria words of the block's element and its ancestors (HTML mode)."""
        tokens = self._dom_tokens
        if tokens is None:
            tokens = self._dom_tokens = self.dom_node.tokens() if self.dom_node is not None else _NO_DOM_TOKENS
        return tokens

    @dom_tokens.setter
    def dom_tokens(self, tokens: frozenset[str]) -> None:
        self._dom_tokens = tokens

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickles (and copies) as one flat tuple: its dom_tokens made, the label as its value, and
        without the node chain (which may be deeper than pickle recurses).

        Worker processes send every block of every page back to the parent, so this is on the
        hot path of ``clean_many(jobs=N)``: a tuple of plain values pickles and unpickles in C,
        where a per-field state dict cost a quarter of the cleaning time to load.
        """
        values = list(_block_values(self))
        values[_DOM_TOKENS_AT] = self.dom_tokens
        values[_LABEL_AT] = self.label.value if self.label is not None else None
        values[_DOM_NODE_AT] = None
        # Equal strings as one object, which pickle writes once and then refers to: ``clean``
        # equals ``text`` on most blocks, and reasons repeat across a page (a third of the bytes).
        if self.clean == self.text:
            values[_CLEAN_AT] = self.text
        values[_REASON_AT] = sys.intern(self.reason)
        return _unpickle_block, tuple(values)

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
            "line_end": self.line_end,
            "text": self.text,
            "label": str(self.label) if self.label else None,
            "kept": self.kept,
            "reason": self.reason,
        }
        if self.span is not None:
            data["span"] = list(self.span)
        if self.body_text is not None:
            data["body_text"] = self.body_text
        if self.dom_path is not None:
            data["dom_path"] = self.dom_path
        return data


@attrs.frozen
class _PackedBlocks:
    """A Document's blocks as pickle bytes, for the trip from a worker process (see
    ``Document.__reduce__``)."""

    data: bytes

    @classmethod
    def pack(cls, blocks: tuple[Block, ...]) -> _PackedBlocks:
        return cls(pickle.dumps(blocks, protocol=pickle.HIGHEST_PROTOCOL))

    def unpack(self) -> tuple[Block, ...]:
        blocks: tuple[Block, ...] = pickle.loads(self.data)
        return blocks


_BLOCK_FIELDS: tuple[str, ...] = tuple(field.name for field in attrs.fields(Block))
_block_values = operator.attrgetter(*_BLOCK_FIELDS)  # one C call for all field values
_DOM_TOKENS_AT = _BLOCK_FIELDS.index("_dom_tokens")
_LABEL_AT = _BLOCK_FIELDS.index("label")
_DOM_NODE_AT = _BLOCK_FIELDS.index("dom_node")
_CLEAN_AT = _BLOCK_FIELDS.index("clean")
_REASON_AT = _BLOCK_FIELDS.index("reason")


def dom_block(index: int, text: str, clean: str, *, image: bool, link_ratio: float, heading: int,
              list_item: bool, table_cell: bool, quote: bool, code: bool, dom_path: str,
              dom_ids: tuple[int, ...], dom_node: DomNode | None) -> Block:
    """A block of an HTML page (line and line_end are its ordinal), made by passing every field by
    position: the walker makes one for each text run of every page, and an attrs ``__init__`` of
    this many fields takes more than twice as long to match keywords (1.5 against 0.66 us).
    ``_POSITIONAL_FIELDS`` keeps the order honest."""
    return Block(index, text, clean, index + 1, index + 1, None, False, False, image, link_ratio, heading,
                 list_item, table_cell, quote, code, dom_path, dom_ids, None, 0, 0, 0, False, "", None, "",
                 None, dom_node)


# The field order dom_block passes its values in; model's import fails when Block's order changes.
_POSITIONAL_FIELDS = (
    "index", "text", "clean", "line", "line_end", "span", "same_paragraph", "bullet", "image", "link_ratio",
    "heading", "list_item", "table_cell", "quote", "code", "dom_path", "dom_ids", "_dom_tokens", "gap_before",
    "units", "stopwords", "terminal", "key", "label", "reason", "body_text", "dom_node",
)
if _BLOCK_FIELDS != _POSITIONAL_FIELDS:
    raise ImportError(f"Block's fields changed order; update dom_block and _POSITIONAL_FIELDS: {_BLOCK_FIELDS}")


def _unpickle_block(*values: Any) -> Block:
    """The inverse of ``Block.__reduce__``: positional values in field order."""
    block = Block(*values)
    if block.label is not None:
        block.label = LABEL_BY_VALUE[block.label]  # pickled as its value
    return block


@attrs.define(slots=True, frozen=True)
class Document:
    """The result of cleaning one page."""

    body: str
    title: str | None
    meta: Mapping[str, str]
    # ``blocks`` (read through the property below); a _PackedBlocks after unpickling
    _blocks: tuple[Block, ...] | _PackedBlocks = attrs.field(alias="blocks")
    kind: str = "text"  # "text" or "html": what the input was taken for
    source: str | None = None  # a file name or URL when the caller gave one
    # the input record's own fields when it came from a crawl file or stream (WARC-Record-ID as
    # "id", the target URI as "url", "date", ...): what the crawler says, beside what the page says
    record: Mapping[str, str] = attrs.field(factory=dict)
    # what kind of page it is (select/page_type.py): article, forum, documentation, product,
    # service, collection or listing; the body is read the way that kind lays out its content.
    # None until read when no body rule needed it (text mode): ``page_type`` reads it then.
    _page_type: str | None = attrs.field(default=None, alias="page_type")

    @property
    def page_type(self) -> str:
        """What kind of page it is; read from the blocks on first use when cleaning did not need it
        (a text dump's body does not depend on it: a pipeline that wants bodies only never pays)."""
        found = self._page_type
        if found is None:
            from .select.page_type import read_page_type  # select imports this module

            found = read_page_type(self.blocks)
            object.__setattr__(self, "_page_type", found)
        return found

    @property
    def blocks(self) -> tuple[Block, ...]:
        """Every block of the input, in order (unpacked on first read after unpickling)."""
        blocks = self._blocks
        if isinstance(blocks, _PackedBlocks):
            blocks = blocks.unpack()
            object.__setattr__(self, "_blocks", blocks)
        return blocks

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickles with its blocks as one nested pickle, unpacked only when someone reads them.

        Worker processes send Documents to a parent that often needs only the body (a JSONL
        exporter, a Spark column): building 200 Block objects a page there cost the parent a
        tenth of a core at ``jobs=2``, which the workers needed.
        """
        blocks = self._blocks
        packed = blocks if isinstance(blocks, _PackedBlocks) else _PackedBlocks.pack(blocks)
        return Document, (self.body, self.title, self.meta, packed, self.kind, self.source, self.record, self._page_type)

    @property
    def removed(self) -> dict[str, int]:
        """How many blocks were removed, per label (label value -> count)."""
        counts: dict[str, int] = {}
        for block in self.blocks:
            if block.label is not Label.BODY:
                key = str(block.label) if block.label is not None else "unlabelled"
                counts[key] = counts.get(key, 0) + 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        data = {
            "source": self.source,
            "kind": self.kind,
            "page_type": self.page_type,
            "title": self.title,
            "meta": dict(self.meta),
            "body": self.body,
            "blocks": [block.to_dict() for block in self.blocks],
        }
        if self.record:
            data["record"] = dict(self.record)
        return data

    def to_html_report(self) -> str:
        """A self-contained HTML page showing every block, kept or removed with its label and rule
        (see ``cleantext.report``; ``report.render_report`` does the same for many documents)."""
        from .report import render_report  # the report imports this module

        return render_report([self])
