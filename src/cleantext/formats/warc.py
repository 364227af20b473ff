"""WARC and WET files (gzip or not) as Pages, read with warcio.

- ``response`` records with an HTML payload become HTML pages: the HTTP headers' charset is
  the decoding hint, the WARC-Target-URI the page's URL. Other responses (images, PDF,
  robots.txt) and records (request, metadata, warcinfo, revisit) hold no page and are skipped.
- ``conversion`` records (what WET files hold) become text dumps.
- A ``resource`` record of HTML or plain text (what some archivers save) is read like the two.

The record's id, URI, date and type go into ``Page.record`` and from there into the Document.
warcio (not fastwarc): a pure-Python wheel that installs on every platform and Python version,
kept by Webrecorder, with the writer the tests use to build WARC files from the corpus; the
parse is a small share of the cleaning time (benchmarks/pipelines.py).
"""

from __future__ import annotations

import os
from typing import Any, Iterator

from ..cleaner import Failure
from ..page import Page
from . import Record

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
# A payload larger than this is no article page; reading it would only spend memory.
MAX_RECORD_BYTES = 50 * 1024 * 1024


def read_warc(path: str | os.PathLike[str], *, name: str | None = None) -> Iterator[Record]:
    """Every page record of the file, in order; a broken file ends with one Failure naming it."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    label = name or os.fspath(path)
    number = 0
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                number += 1
                if record.format != "warc":
                    yield Failure(label, f"{label}: not a WARC file (record {number} is {record.format or 'unknown'})")
                    return
                page = _page(record, label, number)
                if page is not None:
                    yield page
    except OSError as error:
        yield Failure(label, f"{label}: cannot read: {error.strerror or error}")
    except (ArchiveLoadFailed, ValueError, EOFError) as error:  # gzip and framing errors
        message = " ".join(str(error).split()) or type(error).__name__
        yield Failure(label, f"{label}: not a readable WARC file after record {number}: {message}")


def _page(record: Any, label: str, number: int) -> Page | Failure | None:
    kind = _kind(record)
    if kind is None:
        return None
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    record_id = headers.get_header("WARC-Record-ID") or f"{label}#{number}"
    fields = {"id": record_id, "type": record.rec_type}
    for key, header in (("url", "WARC-Target-URI"), ("date", "WARC-Date"), ("refers_to", "WARC-Refers-To")):
        value = headers.get_header(header)
        if value:
            fields[key] = value
    content = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(content) > MAX_RECORD_BYTES:
        return Failure(record_id, f"{record_id}: record larger than {MAX_RECORD_BYTES // 2**20} MiB, skipped")
    if record.length is None or getattr(record.raw_stream, "limit", 0) > 0:  # bytes declared, not there
        return Failure(record_id, f"{record_id}: truncated record in {label} (the file ends inside it)")
    return Page(content, name=record_id, url=url, kind=kind, encoding=_charset(record), record=fields)


def _kind(record: Any) -> str | None:
    """"html", "text" or None (no page) for a record."""
    if record.rec_type == "conversion":
        return "text"
    if record.rec_type == "response":
        if record.http_headers is None:  # a non-HTTP response (dns:, ftp:)
            return None
        if record.http_headers.get_statuscode() not in ("200", "203"):
            return None  # redirects and errors are no article
        content_type = _media_type(record.http_headers.get_header("Content-Type"))
        return "html" if content_type is None or content_type in _HTML_TYPES else None
    if record.rec_type == "resource":
        content_type = _media_type(record.rec_headers.get_header("Content-Type"))
        return {"text/html": "html", "text/plain": "text"}.get(content_type or "")
    return None


def _media_type(value: str | None) -> str | None:
    return value.split(";", 1)[0].strip().lower() or None if value else None


def _charset(record: Any) -> str | None:
    """The charset parameter of the HTTP Content-Type, a hint for decoding the payload."""
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    for parameter in (value or "").split(";")[1:]:
        key, _, charset = parameter.partition("=")
        if key.strip().lower() == "charset" and charset.strip():
            return charset.strip().strip("\"'")
    return None
