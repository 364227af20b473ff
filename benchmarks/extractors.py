"""A registry of extractors behind one signature, and a wrapper that never raises.

Every extractor is `extract(page_input, mode, lang=None) -> str`: `mode` is
"text" (a plain-text dump, str) or "html" (raw page bytes or str); `lang` is
an optional language hint (only jusText uses it). Peers are optional: an
extractor whose library does not import is reported with a note instead.
"""

from __future__ import annotations

import functools
import html
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

import attrs
import regex

from benchmarks.corpora import Mode

PageInput = str | bytes


class ExtractFn(Protocol):
    def __call__(self, page_input: PageInput, mode: Mode, lang: str | None = None) -> str | None: ...


@attrs.frozen
class Extractor:
    """An extractor and the modes it accepts."""

    name: str
    extract: ExtractFn
    modes: frozenset[str] = frozenset({"text", "html"})


@attrs.frozen
class Outcome:
    """One call's result: its text ('' on failure), whether it failed, how long it took."""

    text: str
    failed: bool
    seconds: float
    error: str = ""


DEFAULT_TIMEOUT = 60.0  # seconds per call: one pathological page never hangs a run


class ExtractorTimeout(Exception):
    """Raised inside an extractor call that ran past its time limit."""


# --- shared helpers ---------------------------------------------------------------

# Peers log warnings for odd pages; the tables are the output, so keep them quiet.
for _noisy in ("trafilatura", "readability", "readability.readability", "justext", "htmldate", "courlan"):
    logging.getLogger(_noisy).setLevel(logging.CRITICAL)

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul".split()
)
_DROP_TAGS = frozenset({"script", "style", "noscript", "template"})
_PARAGRAPH_MARK = "\u2029"  # a break no page text carries; white space, so it never joins words
_WHITE_SPACE = regex.compile(r"\s+")


def lines_as_html(text: str) -> str:
    """A text dump as a minimal HTML page, one <p> per non-blank line, so HTML-only
    peers can run in text mode on the same input cleantext gets."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><body>\n{paragraphs}</body></html>"


def html_to_text(markup: PageInput) -> str:
    """The visible text of an HTML document or fragment, paragraphs separated by
    one blank line (scripts, styles and comments dropped). Reads the tree without
    changing it: page text may hold control characters lxml refuses to write back."""
    import lxml.etree
    import lxml.html

    if not markup.strip():
        return ""
    try:
        root = lxml.html.fromstring(markup)
    except ValueError:  # a str with an encoding declaration
        if isinstance(markup, bytes):
            raise
        root = lxml.html.fromstring(markup.encode("utf-8"))
    pieces: list[str] = []
    walk = lxml.etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walk:
        if event in ("comment", "pi"):
            pieces.append(element.tail or "")
            continue
        pieces.append(_PARAGRAPH_MARK if element.tag in _BLOCK_TAGS else "")
        if event == "start" and element.tag in _DROP_TAGS:
            walk.skip_subtree()  # its "end" still comes, and adds the tail
        elif event == "start":
            pieces.append(element.text or "")
        elif element is not root:
            pieces.append(element.tail or "")
    paragraphs = (_WHITE_SPACE.sub(" ", part).strip() for part in "".join(pieces).split(_PARAGRAPH_MARK))
    return "\n\n".join(part for part in paragraphs if part)


def as_html(page_input: PageInput, mode: Mode) -> PageInput:
    """The input an HTML-only extractor gets: the page itself, or the dump wrapped."""
    return page_input if mode == "html" else lines_as_html(_as_str(page_input))


def _as_str(page_input: PageInput) -> str:
    return page_input.decode("utf-8", "replace") if isinstance(page_input, bytes) else page_input


# --- the extractors -------------------------------------------------------------------


class Typed(str):
    """An output that also says which page type the extractor read (cleantext's page_type), so
    one run scores both the text and the type without a second pass.

    The type is asked of the document only when read: cleantext reads a text dump's type when
    asked (no text body rule needs it), and the speed benchmarks time the body alone, as they do
    for every peer. The document is let go once the type is read."""

    def __new__(cls, text: str, source: Any = None) -> Typed:
        made = super().__new__(cls, text)
        made._source = source
        made._page_type = None
        return made

    @property
    def page_type(self) -> str | None:
        if self._source is not None:
            self._page_type = getattr(self._source, "page_type", None)
            self._source = None
        return self._page_type


def _make_cleantext() -> Extractor:
    import cleantext

    clean_text, clean_html = cleantext.clean_text, cleantext.clean_html  # AttributeError if unfinished

    def extract(page_input: PageInput, mode: Mode, lang: str | None = None) -> str:
        doc = clean_text(_as_str(page_input)) if mode == "text" else clean_html(page_input)
        return Typed(doc.body, doc)

    return Extractor("cleantext", extract)


def _make_whole() -> Extractor:
    """Baseline: keep everything (the dump as is; the page's visible text in HTML mode)."""

    def extract(page_input: PageInput, mode: Mode, lang: str | None = None) -> str:
        return _as_str(page_input) if mode == "text" else html_to_text(page_input)

    return Extractor("whole", extract)


def _make_trafilatura() -> Extractor:
    import trafilatura

    def extract(page_input: PageInput, mode: Mode, lang: str | None = None) -> str | None:
        return trafilatura.extract(as_html(page_input, mode))

    return Extractor("trafilatura", extract)


# ISO 639-1 codes of the corpora's `lang` fields -> jusText stoplist names.
_JUSTEXT_LANGUAGES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "cs": "Czech", "sk": "Slovak",
    "ru": "Russian", "uk": "Ukrainian", "sv": "Swedish", "da": "Danish", "fi": "Finnish",
    "ko": "Korean", "ar": "Arabic", "tr": "Turkish", "el": "Greek", "hu": "Hungarian",
}  # fmt: skip
_JUSTEXT_FALLBACK = ("English", "German")  # the corpora's two main languages


@functools.lru_cache(maxsize=None)
def justext_stoplist(lang: str | None) -> frozenset[str]:
    """The stoplist for a language tag like 'en-US'; English+German when unknown.
    (Guessing by trying every stoplist is too slow for a benchmark.)"""
    import justext

    name = _JUSTEXT_LANGUAGES.get((lang or "").split("-")[0].lower())
    names = (name,) if name else _JUSTEXT_FALLBACK
    return frozenset().union(*(justext.get_stoplist(n) for n in names))


def _make_justext() -> Extractor:
    import justext

    def extract(page_input: PageInput, mode: Mode, lang: str | None = None) -> str:
        paragraphs = justext.justext(as_html(page_input, mode), justext_stoplist(lang))
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return Extractor("justext", extract)


def _make_readability() -> Extractor:
    from readability import Document

    def extract(page_input: PageInput, mode: Mode, lang: str | None = None) -> str:
        return html_to_text(Document(page_input).summary())

    return Extractor("readability", extract, modes=frozenset({"html"}))


FACTORIES: dict[str, Callable[[], Extractor]] = {
    "cleantext": _make_cleantext,
    "trafilatura": _make_trafilatura,
    "justext": _make_justext,
    "readability": _make_readability,
    "whole": _make_whole,
}


def load_extractors(names: Sequence[str] | None = None) -> tuple[list[Extractor], list[str]]:
    """The extractors that import, in the order asked, and one note per one that does not."""
    loaded, notes = [], []
    for name in names or FACTORIES:
        factory = FACTORIES.get(name)
        if factory is None:
            notes.append(f"{name}: unknown extractor (known: {', '.join(FACTORIES)})")
            continue
        try:
            loaded.append(factory())
        except Exception as error:  # ImportError, or a library that is half written
            notes.append(f"{name}: skipped, not importable ({type(error).__name__}: {error})")
    return loaded, notes


# --- the wrapper: a crash or a hang on one page never stops a run ----------------------


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ExtractorTimeout in the body after `seconds` (main thread, Unix only;
    elsewhere no limit)."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise ExtractorTimeout(f"no result after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


T = TypeVar("T")


def guarded(call: Callable[[], T], timeout: float | None = None) -> tuple[T | None, str, float]:
    """(result, error, seconds) of `call()`: an exception or timeout becomes an
    error string instead of propagating."""
    start = time.perf_counter()
    try:
        with time_limit(timeout):
            result = call()
    except Exception as error:
        return None, f"{type(error).__name__}: {error}", time.perf_counter() - start
    return result, "", time.perf_counter() - start


def run(
    extractor: Extractor,
    page_input: PageInput,
    mode: Mode,
    lang: str | None = None,
    timeout: float | None = None,
) -> Outcome:
    """Call an extractor; an exception, a timeout or None gives '' marked as failed."""
    text, error, seconds = guarded(lambda: extractor.extract(page_input, mode, lang), timeout)
    if text is None:
        return Outcome("", True, seconds, error or "returned None")
    return Outcome(text, False, seconds)
