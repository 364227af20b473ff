"""HTML pages to blocks: one block per text-bearing block-level unit, with DOM features.

The page is parsed once with lxml's HTML parser (``etree.HTMLParser``, the
libxml2 parser behind ``lxml.html``: recovers from broken markup, loads no DTD,
expands no entity beyond HTML's named ones, touches no network), which hands
its events (start tag, end tag, text) straight to the walk: no tree is built,
so no element proxy is made and no tree is freed. No recursion in Python, no
XPath; everything a block needs from its ancestors (path, class words,
link/quote/pre/figure state) is carried down an explicit stack, so the walk is
linear in the size of the page.

Blocks are the same ``Block`` objects the text segmenter makes, so every
detector serves both modes; HTML adds ``dom_path``, ``dom_node`` (the nearest
element with evidence, whose ``parent`` chain tells which element each word
came from, so detectors can prefer the nearest ancestor's evidence) and
``dom_tokens`` (the words of that chain, made when first read).
"""

from __future__ import annotations

import re
from typing import Callable, Mapping, Protocol, Sequence, TypeVar

import attrs
import regex
from lxml import etree

from ..caches import LineCache
from ..cues import load as load_cues
from ..model import PATH_DEPTH, Block, DomNode, dom_block
from ..textutil import fold_spaces, is_terminal, refold_spaces
from . import coarse
from .dom_meta import MAX_JSON_CHARS, MAX_MARKUP, Capture, PageFacts, read_meta
from .measure import measure

# --- element kinds ---------------------------------------------------------------------------

_INLINE, _BLOCK, _CELL, _ROW, _BR, _IMG, _PRE, _DROP = range(8)  # _DROP: skipped with what is inside
# The walk's own kinds of two inline families (see ``_WALK_KINDS``): one comparison in ``start``
# tells them from every other tag, where two set lookups per element did.
_MATH_TOKEN, _FORMULA = 8, 9

_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "canvas", "object", "embed",
    "applet", "select", "option", "optgroup", "datalist", "button", "input", "textarea", "head",
    "title", "meta", "link", "base", "audio", "video", "source", "track", "map", "area", "param",
    "frame", "noembed", "noframes",
    "rt", "rp",  # ruby annotations (furigana) read aloud, not the text
    "annotation", "annotation-xml",  # a formula's source (TeX) beside its MathML
)
# MathML tokens: a formula is read as its symbols, each a word ('a x 2 + b x'), not run together.
_MATH_TOKENS = frozenset({"mi", "mo", "mn", "ms", "mtext"})
# A formula and the custom elements a renderer (MathJax) wraps it in are phrases of their paragraph;
# their classes name the renderer's widgets ('CtxtMenu_Attached_0'), not what the text is.
_FORMULA_TAGS = frozenset({"math", "mjx-container", "mjx-assistive-mml"})
_BLOCK_TAGS = (
    "html", "body", "address", "article", "aside", "blockquote", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav",
    "ol", "p", "section", "summary", "table", "tbody", "tfoot", "thead", "ul", "search", "output",
)
_KINDS: dict[str, int] = {tag: _DROP for tag in _DROP_TAGS}
_KINDS.update({tag: _BLOCK for tag in _BLOCK_TAGS})
_KINDS.update(dict.fromkeys(_FORMULA_TAGS, _INLINE))
_KINDS.update({
    "td": _CELL, "th": _CELL, "tr": _ROW, "br": _BR, "img": _IMG,
    "pre": _PRE, "listing": _PRE, "xmp": _PRE, "plaintext": _PRE,
})
# What the walk starts from: _KINDS with the MathML tokens and formula tags told apart (both inline).
_WALK_KINDS: dict[str, int] = {**_KINDS, **{tag: _MATH_TOKEN for tag in _MATH_TOKENS}, **{tag: _FORMULA for tag in _FORMULA_TAGS}}
_CODE_TAGS = frozenset({"code", "kbd", "samp", "tt"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Tags whose frame (and the frames inside) know what they are in: a heading, quote, figure, list item, article.
_STATE_TAGS = frozenset({*_HEADINGS, "blockquote", "figure", "li", "article", "main"})
# Tags whose name is evidence in itself (they go into dom_tokens).
MEANINGFUL_TAGS = frozenset({
    "nav", "header", "footer", "aside", "article", "main", "form", "figure", "figcaption", "table",
    "address", "time",
})
_INLINE_NEWS = MEANINGFUL_TAGS | _CODE_TAGS  # inline elements that open a frame even without attributes
# The attributes the walk reads; the first five are words that describe an element.
_A_CLASS, _A_ID, _A_ROLE, _A_ITEMPROP, _A_ARIA_LABEL, _A_STYLE, _A_HIDDEN, _A_ARIA_HIDDEN, _A_HREF, _A_ALT, _A_REL, \
    _A_DATETIME, _A_ITEMTYPE = range(13)
_ATTR_CODES = {
    "class": _A_CLASS, "id": _A_ID, "role": _A_ROLE, "itemprop": _A_ITEMPROP, "aria-label": _A_ARIA_LABEL,
    "style": _A_STYLE, "hidden": _A_HIDDEN, "aria-hidden": _A_ARIA_HIDDEN, "href": _A_HREF, "alt": _A_ALT,
    "rel": _A_REL, "datetime": _A_DATETIME, "itemtype": _A_ITEMTYPE,
}
_PAGE_TAGS = frozenset({"html", "body"})  # their classes describe the page type, not a block
_TINY_IMAGE = frozenset({"0", "1", "2", "0px", "1px", "2px"})


# Words of attribute values: runs of letters, split at camelCase humps.
_WORDS = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|[\p{Lo}\p{Lm}]+")
# Class names that state a toggle, not what the element is ('no-comments', 'hasSidebar', 'hide-share').
_MODIFIERS = frozenset({
    "no", "not", "has", "have", "hide", "hidden", "show", "with", "without", "disable", "disabled", "enable",
    "enabled", "toggle", "can", "allow", "is",
    # a look, not a role: Tailwind's text-decoration utilities ('decoration-skip-ink' is no skip link)
    "decoration",
})
# CMS classes naming the post's taxonomy terms ('category-rezepte', 'tag-newsletter' on a WordPress
# <article>): the words are topics of the text, not what the element is.
_TAXONOMY_PREFIXES = ("category-", "tag-", "tags-", "post_tag-")
# A name of this many words is a slug made from a heading ('sharing-with-a-single-developer').
_SLUG_WORDS = 4
# Utility (atomic) CSS classes such as 'Pos(r)', 'md:flex', 'w-[50%]' describe looks, not roles.
_UTILITY = re.compile(r"[():\[\]%$!#@{}=,]")
_ASCII_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # _WORDS for ASCII, with the faster stdlib engine
_LOWER_WORDS = re.compile(r"[a-z]+").findall  # _WORDS for lower-case ASCII
_DESCRIBE_CACHE = LineCache()


def describe(value: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words, names) of a class/id/role/itemprop/aria-label value.

    words: 'relatedPosts share-bar_2' -> ('related', 'posts', 'share', 'bar'), lower-cased, 2+
    letters; utility classes ('Pos(r)'), toggles ('no-comments', 'hasRightRail') and heading slugs
    give none. names: each name with everything but letters removed ('read-more' -> 'readmore').
    """
    found = _DESCRIBE_CACHE.get(value)  # never None when cached
    if found is None:
        found = _DESCRIBE_CACHE.put(value, _describe_shape(value))
    return found


# Digits only separate words and count toward a name's length, so 'comment-123' and 'comment-456'
# read alike: a third of the corpora's class and id values differ from another only in digits.
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")


def _describe_shape(value: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``_describe`` of a value not seen before, read once for every value of its shape."""
    if not value.isascii():
        return _describe(value)
    shape = value.encode().translate(_DIGITS_AS_ZERO).decode()
    if shape == value:
        return _describe(value)
    found = _DESCRIBE_CACHE.get(shape)
    if found is None:
        found = _DESCRIBE_CACHE.put(shape, _describe(shape))
    return found


def _describe(value: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    parts = value.split()
    utility = _UTILITY.search(value) is not None
    if len(parts) == 1:
        if utility:
            return (), ()
        words, name = _PART_CACHE.get(parts[0]) or _new_part(parts[0])
        return words, (name,) if name else ()
    # Minified class lists ('ad ae af go') are generated names: their short parts mean nothing.
    short = 0
    for part in parts:
        if len(part) <= 3:
            short += 1
    minified = 2 * short > len(parts)
    all_words: list[str] = []
    names: list[str] = []
    part_cache = _PART_CACHE
    for part in parts:
        if (utility and _UTILITY.search(part)) or (minified and len(part) <= 3):
            continue
        words, name = part_cache.get(part) or _new_part(part)
        if name:
            names.append(name)
            all_words += words
    return tuple(dict.fromkeys(all_words)), tuple(dict.fromkeys(names))


# Class names repeat far more than whole class lists ('menu-item' in every menu entry's list).
_PART_CACHE = LineCache()


def _new_part(part: str) -> tuple[tuple[str, ...], str]:
    """``_read_part`` of a name not in the cache, remembered."""
    return _PART_CACHE.put(part, _read_part(part))


def _read_part(part: str) -> tuple[tuple[str, ...], str]:
    """(words, compact name) of one class or id name."""
    if part.isascii() and part.islower():
        if part.isalpha():  # one word: the most common name by far
            return ((), part) if part in _MODIFIERS or len(part) < 2 else ((part,), part)
        pieces = _LOWER_WORDS(part)  # 'entry-content_2' -> ['entry', 'content']
        lowered = part
    else:
        pieces = [w.lower() for w in (_ASCII_WORDS if part.isascii() else _WORDS).findall(part)]
        lowered = part.lower()
    if not pieces:
        return (), ""
    first = pieces[0]
    if len(pieces) == 1:  # one word and digits or marks ('post-123', 'menu_'): no join, no dedup
        if first in _MODIFIERS or lowered.startswith(_TAXONOMY_PREFIXES) or len(first) < 2:
            return (), first
        return (first,), first
    name = "".join(pieces)
    if first in _MODIFIERS or len(pieces) > _SLUG_WORDS or lowered.startswith(_TAXONOMY_PREFIXES):
        return (), name
    words = pieces if min(map(len, pieces)) > 1 else [w for w in pieces if len(w) > 1]
    return tuple(dict.fromkeys(words) if len(words) > 1 else words), name


def attribute_words(value: str) -> tuple[str, ...]:
    """The words of an attribute value (see ``describe``)."""
    return describe(value)[0]


def compact_names(value: str) -> tuple[str, ...]:
    """Each class or id name with everything but letters removed: 'read-more' -> 'readmore'."""
    return describe(value)[1]


# --- the page ------------------------------------------------------------------------------------


@attrs.define(slots=True)
class HtmlPage:
    """What ``segment_html`` returns: the blocks, the chosen title and the page's metadata."""

    blocks: list[Block]
    title: str | None = None
    meta: dict[str, str] = attrs.Factory(dict)
    jsonld_body: str | None = None  # the JSON-LD articleBody: evidence, never copied blindly
    schema: dict[str, int] = attrs.Factory(dict)  # schema.org types stated (JSON-LD, microdata) -> count
    og_type: str | None = None
    data_text: str | None = None  # the main entity's text shipped as data (see dom_meta.data_text)
    page_words: frozenset[str] = frozenset()  # words of the <html> and <body> class and id


# --- evidence of elements, made when a block asks -------------------------------------------------


class _Evidence:
    """An element that may say something about the blocks inside it (class, id, role, itemprop,
    aria-label, or a meaningful tag). What it says and its DomNode are made when a block first
    asks (see ``_node``): many such elements hold no text (icons, wrappers of
    other evidence), so their attribute values are never even described.

    ``values`` are the attribute values in document order (bit i of ``name_mask`` set when
    value i is a class or id: only those give names); ``base`` is the nearest such ancestor.
    """

    __slots__ = ("tag", "values", "name_mask", "role", "base", "node", "resolved")

    tag: str
    values: list[str] | None
    name_mask: int
    role: str | None
    base: _Evidence | None
    node: DomNode | None
    resolved: bool  # node is known (None when the element says nothing, and nothing above it does)


def _evidence(tag: str, values: list[str] | None, name_mask: int, role: str | None,
              base: _Evidence | None) -> _Evidence:
    """An element's evidence, not yet resolved (a function, as ``_inner_frame`` is: the walk makes one
    for most elements with attributes)."""
    evidence: _Evidence = _new_object(_Evidence)
    evidence.tag = tag
    evidence.values = values
    evidence.name_mask = name_mask
    evidence.role = role
    evidence.base = base
    evidence.node = None
    evidence.resolved = False
    return evidence


_new_object = object.__new__
_NO_EVIDENCE = _evidence("#root", None, 0, None, None)
_NO_EVIDENCE.resolved = True


def _described(values: list[str] | None, name_mask: int) -> tuple[tuple[str, ...] | None, tuple[str, ...]]:
    """(words, names) of an element's attribute values; words is None when no value gave any."""
    words: tuple[str, ...] | None = None
    names: tuple[str, ...] = ()
    if values is not None:
        for position, value in enumerate(values):
            found, found_names = _DESCRIBE_CACHE.get(value) or describe(value)
            if found:
                words = found if words is None else words + found
            if found_names and name_mask >> position & 1:
                names += found_names
    return words, names


def _node(evidence: _Evidence) -> DomNode | None:
    """The DomNode a block under this element reads: its own, made (with its ancestors' where
    needed) on first use, or its nearest ancestor's when its attributes say nothing."""
    if not evidence.resolved:
        pending: list[_Evidence] = []
        above: _Evidence = evidence
        while not above.resolved:  # a loop, not recursion: deep trees must not blow the stack
            pending.append(above)
            above = above.base  # type: ignore[assignment]  # the page's root is resolved
        node = above.node
        for above in reversed(pending):
            tag, role = above.tag, above.role
            words, names = _described(above.values, above.name_mask)
            if words is not None or role is not None or tag in MEANINGFUL_TAGS:
                words = words or ()
                own = words + (tag,) if words and tag in MEANINGFUL_TAGS else (words or (tag,))
                node = DomNode(tag, words, names, role, node, own)
            above.node = node
            above.resolved = True
    return evidence.node


class _Frame:
    """Walk state of one open element (inline elements without news share their parent's).

    ``owner`` is the block-level frame whose blocks the text goes to (itself for block-level
    elements, until it closes: no reference cycle outlives the element). ``evidence`` is that of
    the element itself or of its nearest ancestor with evidence.
    """

    __slots__ = (
        "tag", "owner", "depth", "evidence", "link", "quote", "pre", "code", "figure", "li", "heading", "article",
    )

    def __init__(self, tag: str) -> None:
        """A frame of its own, inside no element (the root, ``_CLOSED``); ``_inner_frame`` makes the others."""
        self.tag = tag
        self.owner = self
        self.depth = 0
        self.evidence = _NO_EVIDENCE
        self.link = self.quote = self.pre = self.code = self.figure = self.li = self.article = False
        self.heading = 0


def _inner_frame(tag: str, owner: _Frame | None, depth: int, parent: _Frame) -> _Frame:
    """The frame of an element inside ``parent``, which inherits its state; ``owner`` None makes it
    its own owner (a block-level element). Most elements make one: a function call runs inside the
    interpreter's loop, where calling the class goes through C into ``__init__``."""
    frame: _Frame = _new_object(_Frame)
    frame.tag = tag
    frame.owner = owner if owner is not None else frame
    frame.depth = depth
    frame.evidence = parent.evidence
    frame.link, frame.quote, frame.pre = parent.link, parent.quote, parent.pre
    frame.code, frame.figure, frame.li = parent.code, parent.figure, parent.li
    frame.heading, frame.article = parent.heading, parent.article
    return frame


_CLOSED = _Frame("#closed")  # the owner of every closed block-level frame


_DOCTYPE_SUBSET = regex.compile(r"\A\s{0,1000}<!DOCTYPE[^\[>]{0,2000}\[.{0,100000}?\]\s{0,100}>", regex.IGNORECASE | regex.DOTALL)
_DEPTH_LIMIT = 1000
_INLINE_DEPTH_LIMIT = 500  # unclosed <b>, <font> ... go first, so later paragraphs keep their tags
_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]{0,60})((?:\s[^<>]{0,4000})?)(/?)>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"})
_RAW_TEXT = frozenset({"script", "style", "textarea", "xmp", "plaintext"})


def _cap_depth(html: str) -> str:
    """Drop start tags (and their end tags) nested deeper than libxml2 will go.

    Only used after the parser gave up on depth: an approximate but linear rewrite.
    """
    out: list[str] = []
    stack: list[str] = []
    dropped: dict[str, int] = {}
    pos = 0
    raw_until: str | None = None
    for match in _TAG.finditer(html):
        closing, name = match.group(1), match.group(2).lower()
        if raw_until is not None:
            if closing and name == raw_until:
                raw_until = None
                if stack and stack[-1] == name:
                    stack.pop()
            continue
        keep = True
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                keep = False
            else:
                for k in range(len(stack) - 1, max(-1, len(stack) - 64), -1):
                    if stack[k] == name:
                        del stack[k:]
                        break
        elif name not in _VOID and not match.group(4):
            if len(stack) >= _DEPTH_LIMIT or (len(stack) >= _INLINE_DEPTH_LIMIT and _KINDS.get(name, _INLINE) == _INLINE):
                dropped[name] = dropped.get(name, 0) + 1
                keep = False
            else:
                stack.append(name)
                if name in _RAW_TEXT:
                    raw_until = name
        if not keep:
            out.append(html[pos:match.start()])
            pos = match.end()
    out.append(html[pos:])
    return "".join(out)


def html_parser(target: object | None = None) -> etree.HTMLParser:
    """The HTML parser: it hands every event to ``target`` (lxml's parser-target interface), or builds a tree.

    huge_tree only lifts libxml2's size limits (depth 256 -> 2048, text nodes
    over 10 MB); the HTML parser never reads a DTD or defines entities, so there is nothing to amplify.
    """
    return etree.HTMLParser(
        encoding="utf-8", recover=True, no_network=True, remove_comments=True, remove_pis=True,
        remove_blank_text=False, compact=True, default_doctype=False, collect_ids=False, huge_tree=True,
        target=target,
    )


def _too_deep(parser: etree.HTMLParser) -> bool:
    return any(entry.type_name == "ERR_RESOURCE_LIMIT" or "depth" in entry.message for entry in parser.error_log
               if entry.level_name == "FATAL")


def prepare(html: str | bytes) -> str | None:
    """The page as the parser gets it (NULs gone, no internal DTD subset), or None when it is blank."""
    if isinstance(html, (bytes, bytearray, memoryview)):
        html = bytes(html).decode("utf-8", errors="replace")
    if "\x00" in html:
        html = html.replace("\x00", "")
    if not html or html.isspace():
        return None
    if html[:1100].lstrip()[:9].upper() == "<!DOCTYPE":  # (_DOCTYPE_SUBSET allows 1000 spaces before it)
        html = _DOCTYPE_SUBSET.sub("<!DOCTYPE html>", html, count=1)
    return html


_Result = TypeVar("_Result", covariant=True)


class ParserTarget(Protocol[_Result]):
    """What lxml's parser hands its events to; ``close`` gives the result of the parse."""

    def start(self, tag: str, attrib: Mapping[str, str]) -> None: ...

    def end(self, tag: str) -> None: ...

    def data(self, text: str) -> None: ...

    def close(self) -> _Result: ...


def parse_into(html: str, make_target: Callable[[], ParserTarget[_Result]], utf8: bytes | None = None) -> _Result | None:
    """Parse a prepared page into a fresh target and return what its ``close`` gives; again, into a
    new target, with the nesting capped when libxml2 gave up on depth. None when lxml fails.
    ``utf8``, when given, is ``html`` encoded already."""
    try:
        parser = html_parser(make_target())
        result = etree.fromstring(utf8 if utf8 is not None else html.encode("utf-8", errors="replace"), parser)
        if _too_deep(parser):
            result = etree.fromstring(_cap_depth(html).encode("utf-8", errors="replace"), html_parser(make_target()))
    except (etree.LxmlError, ValueError):
        return None
    return result


# --- the walk ---------------------------------------------------------------------------------


_MARKUP_PROPS = frozenset({"author", "datePublished", "dateModified", "publisher"})
# A page showing less text than ``visible`` whose skipped subtrees of one kind hold ``ratio`` times
# more (counting at least 200 visible characters) is read again with that kind walked; the first
# kind that fits, in this order:
_RETRIES: tuple[tuple[str, int, int, Mapping[str, bool]], ...] = (
    # the article itself is hidden until a script shows it: keep the hidden text
    ("hidden_chars", 3000, 5, {"drop_hidden": False}),
    # a page built by its scripts ships its content in <noscript> for crawlers (a forum's thread
    # behind a loading screen): that copy is the page
    ("noscript_chars", 1000, 3, {"keep_noscript": True}),
    # an end tag libxml2 ignored left a button open, and it holds the rest of the page (see
    # _CONTROL_TAGS): walk the controls
    ("control_chars", 3000, 5, {"keep_controls": True}),
)
# Elements whose attributes or text read_meta needs wherever they are (skipped subtrees too).
_FACT_TAGS = frozenset({"meta", "link", "title", "script"})
# Elements whose text is gathered at once (markup inside markup); one nested deeper keeps no text.
_MAX_OPEN_CAPTURES = 16
# A page far denser in blocks than any real one (see coarse.py; the corpora: about 1,000 blocks
# per MB of HTML and under 4,000 a page; 200k '<p>word</p>' have 40,000 per MB, an unclosed CDATA
# section over 100k paragraphs 180,000): past this many blocks the rest is read coarsely.
COARSE_MIN_BLOCKS = 10_000
COARSE_BLOCKS_PER_MB = 5_000


@attrs.define(slots=True)
class _Walked:
    """What one walk over a page found."""

    blocks: list[Block]
    h1: list[str]  # the visible <h1> texts
    facts: PageFacts
    visible_chars: int
    hidden_chars: int
    noscript_chars: int = 0  # text inside <noscript>, skipped: a script-built page's copy of itself
    control_chars: int = 0  # text inside the dropped controls of _CONTROL_TAGS (a button's label)


# A collapsed accordion or tab panel is hidden only until the reader opens it (an FAQ's answers,
# a service's feature tabs, a doc's code samples per language): its text is the page's. ARIA roles
# and class/id words name such panels; a hidden menu, dialog or template names none of these.
PANEL_ROLES = frozenset({"region", "tabpanel"})
PANEL_WORDS = frozenset({"accordion", "collapse", "collapsible", "panel", "tabpanel", "faq", "answer"})


def disclosure_panel(role: str | None, values: Sequence[str] | None) -> bool:
    """A hidden element that is a disclosure panel (by its role or its class, id ... words)."""
    if role in PANEL_ROLES:
        return True
    return values is not None and any(not PANEL_WORDS.isdisjoint(attribute_words(value)) for value in values)


# What a skipped subtree's text counts as (an index of ``_Walker.skipped_chars``).
_DROPPED, _HIDDEN, _NOSCRIPT, _CONTROL = range(4)
# Dropped elements that may hold markup, whose end tag libxml2 ignores while an element it ranks
# higher (a <div>) is open inside them: '<button><div></button>' leaves the button open, and the
# rest of the page is read as the button's content, where a browser closes the button. Their text
# is counted, and a page whose controls hold more text than the page shows is read again with
# them walked (``_Walker(keep_controls=True)``).
_CONTROL_TAGS = frozenset({"button", "object", "video", "audio", "canvas", "map", "iframe"})
MAX_WALKER_ATTRIBUTES = 29  # CPython 3.11 gives the 30th attribute a dict of its own


class _Walker:
    """lxml parser target: one pass over the parse events.

    Collects blocks in document order, and on the way what ``read_meta`` needs (``facts``).
    Everything a block needs from its ancestors is carried down an explicit stack of frames;
    dropped and hidden subtrees are skipped by counting their open elements.

    Its attributes stay at most ``MAX_WALKER_ATTRIBUTES``: past CPython's limit for instances that
    share one key table, every ``self.x`` in these hot methods is a slower dict lookup (two more
    attributes once cost 2% of HTML mode's instructions).
    """

    def __init__(self, drop_hidden: bool = True, max_blocks: int = COARSE_MIN_BLOCKS,
                 keep_noscript: bool = False, keep_controls: bool = False) -> None:
        self.drop_hidden = drop_hidden
        # Past max_blocks the rest of the page is read as plain text (``_read_coarsely``).
        self.max_blocks = max_blocks
        self.coarse: coarse.Pieces | None = None
        self.cues = load_cues()
        self.blocks: list[Block] = []
        self.h1: list[str] = []
        self.facts = PageFacts()
        # characters of the skipped subtrees, by what they were skipped as (see ``skipped_as``)
        self.skipped_chars = [0, 0, 0, 0]
        self.visible_chars = 0
        self.kinds = dict(_WALK_KINDS)  # learns this page's other tags (custom elements) as it goes
        if keep_noscript:
            self.kinds["noscript"] = _BLOCK
        if keep_controls:
            self.kinds.update(dict.fromkeys(_CONTROL_TAGS, _INLINE))
        self.top = _Frame("#root")
        self.stack: list[_Frame] = [self.top]
        self.comps: list[str] = []  # dom_path components of the open elements
        self.serials: list[int] = []  # the ordinals of the open elements (which element, where comps says what shape)
        self.opened = 0  # elements opened so far
        self.skipping = 0  # open elements of a skipped subtree (dropped tags, hidden elements)
        self.skipped_as = _DROPPED  # what the skipped subtree's text counts as: _HIDDEN, _NOSCRIPT or neither
        self.captures: list[Capture] = []  # open elements whose text read_meta wants
        self.texts: list[str] = []  # the pieces of the text since the last tag
        self._last_marked: Mapping[str, str] | None = None  # the attributes of the last element in facts.markup
        self._reset()

    def _reset(self) -> None:
        self.pieces: list[str] = []
        self.chars = 0
        self.link_chars = 0
        self.cells = 0
        # The deepest open element holding all text of the run, and a closed element that still
        # holds all of it ('<a class="skip-link">Skip</a>' closes before the run ends).
        self.common: _Frame | None = None
        self.closed: _Frame | None = None
        self.last_br = False
        self.pending_sep = False
        self.all_code = True

    # -- the current run of inline text --

    def add(self, text: str, frame: _Frame) -> None:
        """Append text to the current run (white-space-only text is handled by the caller)."""
        if frame.pre:
            size = len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\r")
            self.pieces.append(text)
            if size <= 0:
                return
        else:
            size = len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\r")
            if self.pending_sep:
                self.pieces.append(" | ")
                self.pending_sep = False
                self.cells += 1
            elif not self.chars and frame.owner.tag == "tr":
                self.cells = 1
            self.pieces.append(text)
        self.chars += size
        if frame.link:
            self.link_chars += size
        if self.common is None:
            self.common = frame
        elif self.closed is not None:
            self.closed = None
        if not frame.code:
            self.all_code = False
        self.last_br = False

    def flush(self, owner: _Frame) -> None:
        """End the current run: it becomes a block of ``owner`` if it holds any text."""
        if not self.chars:
            self._reset()
            return
        raw = "".join(self.pieces)
        code = owner.pre or (self.all_code and "\n" in raw.strip())
        text = " ".join(raw.split())
        # fold_spaces only changes what is not white space, so it may start from the folded text,
        # which is shorter and often ASCII (&nbsp; is white space): the same text, with less to scan.
        clean = refold_spaces(text)
        if clean:
            if code:
                lines = [line.rstrip() for line in raw.split("\n")]
                while lines and not lines[0].strip():
                    lines.pop(0)
                while lines and not lines[-1].strip():
                    lines.pop()
                text = "\n".join(lines)
            common = self.closed or self.common or owner
            depth = owner.depth
            since = depth - PATH_DEPTH if depth > PATH_DEPTH else 0
            number = len(self.blocks)
            self._emit(dom_block(
                number,
                text,
                clean,
                image=False,
                link_ratio=min(1.0, self.link_chars / self.chars),
                heading=owner.heading,
                list_item=owner.li,
                table_cell=owner.tag == "tr" and self.cells >= 2,
                quote=owner.quote,
                code=code,
                dom_path=">".join(self.comps[since:depth]),  # _dom_path and _dom_ids, inline (once a block)
                dom_ids=tuple(self.serials[since:depth]),
                dom_node=_node(common.evidence),
            ))
            if owner.heading == 1:
                self.h1.append(clean)
        self._reset()

    def image(self, alt: str, frame: _Frame) -> None:
        clean = fold_spaces(alt)
        if not clean:
            return
        number = len(self.blocks)
        self._emit(dom_block(
            number,
            " ".join(alt.split()),
            clean,
            image=True,
            link_ratio=1.0 if frame.link else 0.0,
            heading=0,
            list_item=frame.li,
            table_cell=False,
            quote=frame.quote,
            code=False,
            dom_path=self._dom_path(frame.depth),
            dom_ids=self._dom_ids(frame.depth),
            dom_node=_node(frame.evidence),
        ))

    def _dom_path(self, depth: int) -> str:
        """The path of the element open at ``depth``: its last PATH_DEPTH components."""
        return ">".join(self.comps[max(0, depth - PATH_DEPTH):depth])

    def _dom_ids(self, depth: int) -> tuple[int, ...]:
        """The ordinals of the elements of ``_dom_path(depth)``, one per component."""
        return tuple(self.serials[max(0, depth - PATH_DEPTH):depth])

    def _emit(self, block: Block) -> None:
        block.terminal = is_terminal(block.clean)
        measure(block, self.cues)
        self.visible_chars += len(block.clean)
        self.blocks.append(block)
        if len(self.blocks) >= self.max_blocks and self.coarse is None:
            self._read_coarsely()

    def line_break(self, top: _Frame) -> None:
        """<br>: a new line in <pre>, a space in a run, and a second one in a row ends the run."""
        if top.pre:
            self.pieces.append("\n")
        elif self.chars:
            if self.last_br:
                self.flush(top.owner)
            else:
                self.pieces.append(" ")
                self.last_br = True

    # -- the parser's events --

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        texts = self.texts
        if texts:
            # Most texts are one piece of white space between tags: ``_text``'s white-space branch, inline.
            if len(texts) == 1 and texts[0].isspace() and not self.top.pre:
                texts.clear()
                if self.chars:
                    self.pieces.append(" ")
            else:
                self._text()
        if self.captures:
            self._open_in_captures(attrib)
        if self.skipping:
            if self.coarse is not None:
                self._coarse_start(tag)
                return
            self.skipping += 1
            if tag in _FACT_TAGS:
                self._fact(tag, attrib)
            return
        kind = self.kinds.get(tag)
        if kind is None:
            kind = self.kinds[tag] = _BLOCK if "-" in tag else _INLINE  # custom elements hold blocks far more often than phrases
        if kind == _DROP:
            self.skipping = 1
            self.skipped_as = _CONTROL if tag in _CONTROL_TAGS else _NOSCRIPT if tag == "noscript" else _DROPPED
            if tag in _FACT_TAGS:
                self._fact(tag, attrib)
            return
        top = self.top
        if len(self.stack) > _DEPTH_LIMIT and kind != _BR:
            # Deeper than _cap_depth lets libxml2 go: the tag is dropped, as _cap_depth drops it, and
            # its text joins the run around it (100k unclosed <div>s made 100k one-letter blocks).
            self.stack.append(top)
            self.comps.append(tag)
            self.opened = opened = self.opened + 1
            self.serials.append(opened)
            return
        if kind >= _MATH_TOKEN:  # a phrase of a formula
            if kind == _MATH_TOKEN:
                if self.chars:
                    self.pieces.append(" ")
            else:
                attrib = {}
            kind = _INLINE
        if kind == _BR:
            self.line_break(top)
            self.stack.append(top)
            self.comps.append(tag)
            self.opened = opened = self.opened + 1
            self.serials.append(opened)
            return
        if not attrib and (kind == _INLINE or top.pre) and tag not in _INLINE_NEWS:
            self.stack.append(top)  # a bare <b>, <em>, <span> ...: nothing new, share the parent's frame
            self.comps.append(tag)
            self.opened = opened = self.opened + 1
            self.serials.append(opened)
            return
        if top.pre:
            kind = _INLINE  # everything inside <pre> is its text
        cls = role = alt = href = None
        values: list[str] | None = None  # of class, id, role, itemprop, aria-label: described when a block asks
        name_mask = 0
        hidden = False
        page = tag in _PAGE_TAGS
        if page:
            if self.facts.root is None:
                self.facts.root = dict(attrib)
            self.facts.add_page_words(attrib.get("class"), attrib.get("id"))
        for name, value in attrib.items():
            code = _ATTR_CODES.get(name)
            if code is None:
                continue
            if code <= _A_ARIA_LABEL:  # words of class, id, role, itemprop, aria-label
                if code == _A_CLASS:
                    cls = value
                elif code == _A_ROLE:
                    role = value.strip().lower() or None
                elif code == _A_ITEMPROP and value in _MARKUP_PROPS:
                    self._markup(tag, attrib)
                if page:
                    continue
                if values is None:
                    values = [value]
                else:
                    values.append(value)
                if code <= _A_ID:
                    name_mask |= 1 << (len(values) - 1)
            elif code == _A_HREF:  # the most common after the words (every link)
                href = value
            elif code == _A_STYLE:
                low = value.lower()
                if "none" in low or "hidden" in low:
                    low = low.replace(" ", "")
                    hidden = hidden or "display:none" in low or "visibility:hidden" in low
            elif code == _A_HIDDEN:
                hidden = True
            elif code == _A_ARIA_HIDDEN:
                hidden = hidden or value.strip().lower() == "true"
            elif code == _A_ALT:
                alt = value
            elif code == _A_ITEMTYPE:
                self.facts.add_itemtype(value)
            elif code == _A_REL:
                if "author" in value.lower().split():
                    self._markup(tag, attrib)
            elif code == _A_DATETIME and tag == "time" and (top.article or attrib.get("pubdate") is not None):
                self._markup(tag, attrib)
        if hidden and self.drop_hidden and not page and not disclosure_panel(role, values):
            self.skipping = 1
            self.skipped_as = _HIDDEN
            return
        comps = self.comps
        comps.append(tag + "." + cls.split(None, 1)[0] if cls and not cls.isspace() else tag)
        self.opened = opened = self.opened + 1
        self.serials.append(opened)
        meaningful = tag in MEANINGFUL_TAGS
        evidence = (values is not None or meaningful or role is not None) and not page
        link = tag == "a" and href is not None and not top.link
        code = tag in _CODE_TAGS and not top.code
        if kind == _INLINE and not (evidence or link or code):
            self.stack.append(top)  # nothing new: share the parent's frame
            return
        if kind == _BLOCK or kind == _ROW or kind == _PRE:
            if self.pieces:
                self.flush(top.owner)
            frame = _inner_frame(tag, None, len(comps), top)
        else:
            frame = _inner_frame(tag, top.owner, len(comps), top)
        if evidence:
            frame.evidence = _evidence(tag, values, name_mask, role, top.evidence)
        if link:
            frame.link = True
        elif code:
            frame.code = True
        elif kind == _PRE:
            frame.pre = frame.code = True
        elif kind == _CELL:
            if self.chars and frame.owner.tag == "tr":
                self.pending_sep = True
        elif kind == _IMG:
            if alt and not alt.isspace() and attrib.get("width") not in _TINY_IMAGE and attrib.get("height") not in _TINY_IMAGE:
                if top.figure or not self.chars:
                    if self.pieces:
                        self.flush(top.owner)
                    self.image(alt, frame)
        elif tag in _STATE_TAGS:  # one set test where most elements (div, span ...) took six comparisons
            heading = _HEADINGS.get(tag)
            if heading:
                frame.heading = heading
            elif tag == "blockquote":
                frame.quote = True
            elif tag == "figure":
                frame.figure = True
            elif tag == "li":
                frame.li = True
            else:  # article, main
                frame.article = True
        elif role is not None and (role == "main" or role == "article"):
            frame.article = True
        self.stack.append(frame)
        self.top = frame

    def end(self, tag: str) -> None:
        texts = self.texts
        if texts:
            if len(texts) == 1 and texts[0].isspace() and not self.top.pre:  # as in ``start``
                texts.clear()
                if self.chars:
                    self.pieces.append(" ")
            else:
                self._text()
        if self.captures:
            self._close_in_captures()
        if self.skipping:
            if self.coarse is not None:
                self._coarse_end(tag)
                return
            self.skipping -= 1
            return
        stack = self.stack
        frame = stack.pop()
        parent = stack[-1]
        if frame is not parent:
            if frame.owner is frame:
                if self.pieces:
                    self.flush(frame)
                frame.owner = _CLOSED  # no longer its own owner: reference counting frees it, not the GC
            if self.common is frame:
                if self.closed is None:
                    self.closed = frame
                self.common = parent
            self.top = parent
        self.comps.pop()
        self.serials.pop()

    def data(self, text: str) -> None:
        if self.captures:
            for capture in self.captures:
                capture.add(text)
        if self.skipping:
            if self.skipped_as:
                self.skipped_chars[self.skipped_as] += len(text)
            elif self.coarse is not None and not self.coarse_skipping:
                self.coarse_texts.append(text)
            return
        self.texts.append(text)

    def _text(self) -> None:
        """The text since the last tag joins the current run; white space only separates.

        libxml2 reports a text in pieces (at entities, every thousand characters): they are
        joined first, so the text is judged whole, as a tree would hold it.
        """
        texts = self.texts
        text = texts[0] if len(texts) == 1 else "".join(texts)
        texts.clear()
        top = self.top
        if not text.isspace() or top.pre:
            self.add(text, top)
        elif self.chars:
            self.pieces.append(" ")

    def close(self) -> _Walked:
        if self.texts:
            self._text()
        if self.pieces:
            self.flush(self.top.owner)
        if self.coarse is not None:
            self._coarse_flush()
        skipped = self.skipped_chars
        walked = _Walked(self.blocks, self.h1, self.facts, self.visible_chars, skipped[_HIDDEN], skipped[_NOSCRIPT],
                         skipped[_CONTROL])
        # lxml's parser and its target are a reference cycle, which only the garbage collector frees:
        # the walker lets go of everything, so that the cycle holds an empty shell, not the page.
        vars(self).clear()
        return walked

    # -- past max_blocks: the rest of the page as plain text, in coarse blocks (see coarse.py) --

    def _read_coarsely(self) -> None:
        """From here on, no frames, paths or runs: the walk 'skips' the rest of the page (so that
        the events take the skipping branch, and a normal page pays nothing for this), and the
        skipping branch hands the events to ``_coarse_start``, ``_coarse_end`` and the text to
        ``coarse_texts``. Dropped elements (script, style ...) still give no text; hidden ones are
        not looked for."""
        self.coarse = coarse.Pieces()
        self.coarse_texts: list[str] = []
        self.coarse_skipping = 0  # open elements of a dropped subtree inside the coarse part
        self.skipping = 1  # never back to 0: _coarse_end does not count it down
        self.skipped_as = _DROPPED

    def _coarse_start(self, tag: str) -> None:
        """A block-level tag separates words, and ends the coarse block once it holds enough text."""
        if self.coarse_skipping:
            self.coarse_skipping += 1
            return
        kind = self.kinds.get(tag, _INLINE)
        if kind == _DROP:
            self.coarse_skipping = 1
        elif kind != _INLINE:
            if len(self.coarse_texts) >= coarse.COARSE_PIECES:
                self._coarse_flush()
            else:
                self.coarse_texts.append(" ")

    def _coarse_end(self, tag: str) -> None:
        if self.coarse_skipping:
            self.coarse_skipping -= 1
        elif self.kinds.get(tag, _INLINE) != _INLINE:
            self.coarse_texts.append(" ")

    def _coarse_flush(self) -> None:
        """The text gathered since the last coarse block becomes one block (of the page, not of an element)."""
        texts = self.coarse_texts
        text = " ".join("".join(texts).split())
        clean = text if text.isascii() else fold_spaces(text)
        if clean and self.coarse is not None:
            depth = min(2, len(self.comps))  # html>body: the coarse text belongs to no element
            block = Block(index=len(self.blocks), text=text, clean=clean, line=len(self.blocks) + 1,
                          dom_path=self._dom_path(depth), dom_ids=self._dom_ids(depth))
            self.coarse.label(block, texts)
            self._emit(block)
        texts.clear()

    # -- what read_meta needs --

    def _fact(self, tag: str, attrib: Mapping[str, str]) -> None:
        """A <meta>, <link>, <title> or <script>, wherever it is."""
        facts = self.facts
        if tag == "meta":
            facts.metas.append(dict(attrib))
        elif tag == "link":
            facts.links.append((attrib.get("rel"), attrib.get("href")))
        elif tag == "title":
            if facts.title is None:
                facts.title = self._capture(Capture(tag, {}))
        elif "ld+json" in (attrib.get("type") or "").lower():
            facts.scripts.append(self._capture(Capture(tag, {}, limit=MAX_JSON_CHARS + 1)))

    def _markup(self, tag: str, attrib: Mapping[str, str]) -> None:
        """An element marked up as the author, a date or the publisher (itemprop, rel, <time>)."""
        markup = self.facts.markup
        if len(markup) < MAX_MARKUP:
            if attrib is self._last_marked:
                markup.append(markup[-1])  # the same element, marked up twice (itemprop and rel)
            else:
                markup.append(self._capture(Capture(tag, dict(attrib), wants_name=True)))
                self._last_marked = attrib

    def _capture(self, capture: Capture) -> Capture:
        if len(self.captures) < _MAX_OPEN_CAPTURES:  # every open one is fed every text: keep them few
            self.captures.append(capture)
        return capture

    def _open_in_captures(self, attrib: Mapping[str, str]) -> None:
        for capture in self.captures:
            capture.open += 1
        if attrib and attrib.get("itemprop") == "name":
            wanting = [capture for capture in self.captures if capture.wants_name and capture.name is None]
            if wanting:
                name = self._capture(Capture("", dict(attrib)))
                for capture in wanting:
                    capture.name = name

    def _close_in_captures(self) -> None:
        for capture in self.captures:
            capture.open -= 1
        if any(capture.open <= 0 for capture in self.captures):
            self.captures = [capture for capture in self.captures if capture.open > 0]


def _read_again(walked: _Walked) -> Mapping[str, bool] | None:
    """How to walk the page again (``_Walker``'s keywords, see ``_RETRIES``), or None when the
    first walk stands."""
    for skipped, visible, ratio, walker in _RETRIES:
        if walked.visible_chars < visible and getattr(walked, skipped) > ratio * max(walked.visible_chars, 200):
            return walker
    return None


def segment_html(html: str | bytes, url: str | None = None, utf8: bytes | None = None) -> HtmlPage:
    """Blocks, title and metadata of an HTML page; never raises for any string.

    ``utf8`` may give the bytes ``html`` was decoded from (strict UTF-8): the parser reads them
    when preparing the page changed nothing, instead of encoding the text again.
    """
    text = prepare(html)
    if text is not html:
        utf8 = None  # NULs or a DTD subset went: the bytes are no longer the text
    cap = coarse.cap(len(text), COARSE_MIN_BLOCKS, COARSE_BLOCKS_PER_MB) if text is not None else 0
    walked = parse_into(text, lambda: _Walker(max_blocks=cap), utf8) if text is not None else None
    if text is None or walked is None:
        return HtmlPage([], None, {"url": url} if url else {}, None)
    again = _read_again(walked)
    if again is not None:
        walked = parse_into(text, lambda: _Walker(max_blocks=cap, **again), utf8) or walked
    meta = read_meta(walked.facts, url=url, headlines=walked.h1)
    return HtmlPage(walked.blocks, meta.title, meta.meta, meta.jsonld_body, meta.schema, meta.og_type,
                    meta.data_text, meta.page_words)
