"""The public entry points: Cleaner (reusable, configurable, picklable) and its batch mode."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator, Union

import attrs

from . import cues as cue_data
from .decode import Decoded, decode_page
from .errors import CleantextError, InputError
from .model import Document
from .pipeline import assemble
from .segment.text import segment_text
from .sniff import looks_like_html

Source = Union[str, bytes]
KINDS = ("auto", "text", "html")


@attrs.frozen
class Failure:
    """A batch item that could not be cleaned: which input, and why (one sentence)."""

    source: str
    error: str

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "error": self.error}


def _check_languages(_: object, __: object, value: tuple[str, ...] | None) -> None:
    if value is not None:
        cue_data.load(tuple(value))  # raises ValueError naming unknown languages


@attrs.frozen
class Cleaner:
    """Cleans pages; holds only plain settings, so it pickles for worker processes.

    ``languages`` picks the cue lists (all by default); ``kind`` forces text or
    HTML instead of detecting it.
    """

    languages: tuple[str, ...] | None = attrs.field(
        default=None, converter=lambda v: tuple(v) if v is not None else None, validator=_check_languages
    )
    kind: str = attrs.field(default="auto", validator=attrs.validators.in_(KINDS))

    @property
    def cues(self) -> cue_data.Cues:
        return cue_data.load(self.languages)

    def clean(self, source: Source, *, kind: str | None = None, url: str | None = None,
              name: str | None = None) -> Document:
        """Clean a page given as text or bytes, telling HTML from a text dump unless told."""
        kind = kind or self.kind
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        label = name or url or "input"
        decoded: Decoded | None = None
        if isinstance(source, (bytes, bytearray, memoryview)):
            data = bytes(source)
            if kind == "auto":
                kind = "html" if looks_like_html(data[:20000].decode("latin-1")) else "text"
            decoded = decode_page(data, name=label, html=(kind == "html"))
            text = decoded.text
        elif isinstance(source, str):
            text = source
        else:
            raise InputError(f"{label}: expected str or bytes, got {type(source).__name__}")
        if kind == "auto":
            kind = "html" if looks_like_html(text) else "text"
        if kind == "html":
            doc = self._clean_html_text(text, url=url, name=name)
        else:
            doc = self._clean_text(text, name=name)
        return _with_decoding(doc, decoded) if decoded is not None else doc

    def clean_text(self, text: Source, *, name: str | None = None) -> Document:
        return self.clean(text, kind="text", name=name)

    def clean_html(self, html: Source, url: str | None = None, *, name: str | None = None) -> Document:
        return self.clean(html, kind="html", url=url, name=name)

    def clean_many(self, sources: Iterable[Source | os.PathLike[str]]) -> Iterator[Document | Failure]:
        """Clean each source in turn; a bad one yields a Failure and the batch goes on.

        Items are page contents (str or bytes) or paths (``pathlib.Path``) to read.
        """
        for number, item in enumerate(sources, start=1):
            name = os.fspath(item) if isinstance(item, os.PathLike) else f"item {number}"
            try:
                if isinstance(item, os.PathLike):
                    yield self.clean(Path(item).read_bytes(), name=name)
                else:
                    yield self.clean(item, name=name)
            except (CleantextError, OSError, ValueError, TypeError) as error:
                yield Failure(name, _one_line(error, name))
            except Exception as error:  # noqa: BLE001 - a bug on one page must not end the batch
                yield Failure(name, f"{name}: internal error ({type(error).__name__}: {error}); this is a bug in cleantext, please report it with the input")

    def _clean_text(self, text: str, *, name: str | None) -> Document:
        return assemble(segment_text(text), self.cues, kind="text", source=name)

    def _clean_html_text(self, html: str, *, url: str | None, name: str | None) -> Document:
        from .segment.html import segment_html  # lxml is only loaded for HTML

        page = segment_html(html, url=url)
        return assemble(page.blocks, self.cues, kind="html", source=name or url,
                        title_hint=page.title, meta_hint=page.meta)


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
