"""The public entry points: Cleaner (reusable, configurable, picklable) and its batch mode."""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Iterable, Iterator, Union

import attrs

from . import budget, collector
from . import cues as cue_data
from .decode import Decoded, decode_page
from .errors import CleantextError, InputError
from .model import Document
from .page import Item, Page, as_page, name_of
from .pipeline import assemble
from .select.page_type import TypeEvidence
from .segment.text import segment_text
from .sniff import looks_like_html

Source = Union[str, bytes]
KINDS = ("auto", "text", "html")
# Generous: the slowest corpus page takes well under a second; a page 60 s long is stuck.
DEFAULT_TIMEOUT = 60.0


@attrs.frozen
class Failure:
    """A batch item that could not be cleaned: which input, and why (one sentence)."""

    source: str
    error: str

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "error": self.error}


def _check_timeout(_: object, __: object, value: float | None) -> None:
    if value is not None and not (isinstance(value, (int, float)) and value > 0 and not math.isnan(value)):
        raise ValueError(f"timeout must be a number of seconds > 0 (or None for no budget), not {value!r}")


def _check_languages(_: object, __: object, value: tuple[str, ...] | None) -> None:
    if value is not None:
        cue_data.load(tuple(value))  # raises ValueError naming unknown languages


@attrs.frozen
class Cleaner:
    """Cleans pages; holds only plain settings, so it pickles for worker processes.

    ``languages`` picks the cue lists (all by default); ``kind`` forces text or
    HTML instead of detecting it; ``timeout`` is the time budget of one page in seconds
    (None: no budget): a page over it raises PageTimeout (see ``budget.py`` for how).
    """

    languages: tuple[str, ...] | None = attrs.field(
        default=None, converter=lambda v: tuple(v) if v is not None else None, validator=_check_languages
    )
    kind: str = attrs.field(default="auto", validator=attrs.validators.in_(KINDS))
    timeout: float | None = attrs.field(default=DEFAULT_TIMEOUT, validator=_check_timeout)

    @property
    def cues(self) -> cue_data.Cues:
        return cue_data.load(self.languages)

    def clean(self, source: Source, *, kind: str | None = None, url: str | None = None,
              name: str | None = None, encoding: str | None = None) -> Document:
        """Clean a page given as text or bytes, telling HTML from a text dump unless told.

        ``encoding`` is a hint for bytes (e.g. the charset of HTTP headers); a page over the
        time budget raises PageTimeout.
        """
        kind = kind or self.kind
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        label = name or url or "input"
        with budget.within(self.timeout, label), collector.paused():
            return self._clean(source, kind=kind, url=url, name=name, label=label, encoding=encoding)

    def _clean(self, source: Source, *, kind: str, url: str | None, name: str | None, label: str,
               encoding: str | None) -> Document:
        decoded: Decoded | None = None
        if isinstance(source, (bytes, bytearray, memoryview)):
            data = bytes(source)
            if kind == "auto":
                kind = "html" if looks_like_html(data[:20000].decode("latin-1")) else "text"
            decoded = decode_page(data, name=label, html=(kind == "html"), hint=encoding)
            text = decoded.text
        elif isinstance(source, str):
            text = source
        else:
            raise InputError(f"{label}: expected str or bytes, got {type(source).__name__}")
        if kind == "auto":
            kind = "html" if looks_like_html(text) else "text"
        budget.check()
        if kind == "html":
            doc = self._clean_html_text(text, url=url, name=name, utf8=decoded.utf8 if decoded is not None else None)
        else:
            doc = self._clean_text(text, name=name)
        return _with_decoding(doc, decoded) if decoded is not None else doc

    def clean_page(self, page: Page) -> Document:
        """Clean a Page: its kind (over the Cleaner's), URL and encoding hint used, its record
        copied to the Document; a path as content is read here."""
        content = page.content
        if isinstance(content, os.PathLike):
            content = Path(content).read_bytes()
        doc = self.clean(content, kind=page.kind, url=page.url, name=page.name, encoding=page.encoding)
        return attrs.evolve(doc, record=dict(page.record)) if page.record else doc

    def clean_text(self, text: Source, *, name: str | None = None) -> Document:
        return self.clean(text, kind="text", name=name)

    def clean_html(self, html: Source, url: str | None = None, *, name: str | None = None) -> Document:
        return self.clean(html, kind="html", url=url, name=name)

    def clean_many(self, sources: Iterable[Item | Failure], *, jobs: int = 1) -> Iterator[Document | Failure]:
        """Clean each source; a bad or over-budget one yields a Failure naming it and the batch goes on.

        Items are page contents (str or bytes), paths (``os.PathLike``) to read, or ``Page``
        objects; a Failure among them (a reader's broken record) is passed through in place.
        Results come in input order and lazily. With ``jobs`` > 1 (0: one per CPU) the pages
        are cleaned by that many worker processes, started once, each holding one Cleaner; a
        bounded number of pages is in flight whatever the input's length, so an endless
        stream is cleaned in constant memory.
        """
        if jobs < 0:
            raise ValueError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
        jobs = jobs or os.cpu_count() or 1
        if jobs == 1:
            for number, item in enumerate(sources, start=1):
                yield clean_item(self, item, number)
            return
        from .parallel import clean_in_workers  # multiprocessing only when asked for

        yield from clean_in_workers(self, sources, jobs=jobs)

    def _clean_text(self, text: str, *, name: str | None) -> Document:
        return assemble(segment_text(text), self.cues, kind="text", source=name)

    def _clean_html_text(self, html: str, *, url: str | None, name: str | None, utf8: bytes | None = None) -> Document:
        from .segment.html import segment_html  # lxml is only loaded for HTML

        page = segment_html(html, url=url, utf8=utf8)
        dated = "date" in page.meta or "author" in page.meta
        evidence = TypeEvidence(page.schema, page.og_type, page.meta.get("url") or url, dated, page.page_words)
        return assemble(page.blocks, self.cues, kind="html", source=name or url,
                        title_hint=page.title, meta_hint=page.meta, evidence=evidence, data_text=page.data_text)


def clean_item(cleaner: Cleaner, item: Item | Failure, number: int) -> Document | Failure:
    """One batch item (the ``number``-th) cleaned; never raises, so one page cannot end a batch."""
    if isinstance(item, Failure):  # a reader's broken record keeps its place in the results
        return item
    name = name_of(item, number)
    try:
        return cleaner.clean_page(as_page(item, number))
    except (CleantextError, OSError, ValueError, TypeError) as error:
        return Failure(name, _one_line(error, name))
    except RecursionError as error:
        return Failure(name, f"{name}: too deeply nested to clean ({error})")
    except Exception as error:  # noqa: BLE001 - a bug on one page must not end the batch
        message = " ".join(f"{type(error).__name__}: {error}".split())[:300]
        return Failure(name, f"{name}: internal error ({message}); this is a bug in cleantext, please report it with the input")


def _with_decoding(doc: Document, decoded: Decoded) -> Document:
    """The document with how its bytes were decoded in ``meta``: ``encoding`` always, and
    ``decode_warning`` when the encoding was guessed or bytes were replaced (never printed)."""
    meta = {**doc.meta, "encoding": decoded.encoding}
    if decoded.warning:
        meta["decode_warning"] = decoded.warning
    return attrs.evolve(doc, meta=meta)


def _one_line(error: BaseException, name: str) -> str:
    message = str(error) or type(error).__name__
    if isinstance(error, OSError) and error.strerror:
        message = error.strerror
    message = " ".join(message.split())
    return message if message.startswith(name) else f"{name}: {message}"


_DEFAULT = Cleaner()


def clean(source: Source, *, url: str | None = None) -> Document:
    """Clean a page, telling HTML from a plain-text dump."""
    return _DEFAULT.clean(source, url=url)


def clean_text(text: Source) -> Document:
    """Clean a plain-text dump of a page."""
    return _DEFAULT.clean_text(text)


def clean_html(html: Source, url: str | None = None) -> Document:
    """Clean an HTML page (str or bytes; the encoding is detected)."""
    return _DEFAULT.clean_html(html, url=url)
