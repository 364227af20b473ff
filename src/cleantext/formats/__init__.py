"""Crawl and export formats: files that hold many pages, read as a stream of ``Page`` objects.

One module per format: ``warc.py`` (WARC responses and WET conversions, gzip or not) and
``jsonl.py`` (JSON Lines exports, gzip or not). ``format_of`` tells them apart by name, so
``python -m cleantext crawl.warc.gz`` needs no flag, and ``read_pages`` opens either. A
reader yields a ``Failure`` in place of a record it cannot read and stops only when the file
itself ends or breaks, so one bad record never hides the rest.
"""

from __future__ import annotations

import os
from typing import Iterator, Union

from ..cleaner import Failure
from ..page import Page

FORMATS = ("warc", "jsonl")
_SUFFIXES = {
    ".warc": "warc", ".warc.gz": "warc", ".wet": "warc", ".wet.gz": "warc", ".arc.gz": None,
    ".jsonl": "jsonl", ".jsonl.gz": "jsonl", ".ndjson": "jsonl", ".ndjson.gz": "jsonl",
}

Record = Union[Page, Failure]


def format_of(path: str | os.PathLike[str]) -> str | None:
    """"warc" for .warc/.wet (gzipped or not), "jsonl" for .jsonl/.ndjson, else None (one page)."""
    name = os.fspath(path).lower()
    for suffix, kind in _SUFFIXES.items():
        if name.endswith(suffix):
            return kind
    return None


def read_pages(path: str | os.PathLike[str], *, name: str | None = None, kind: str | None = None,
               field: str | None = None, id_field: str | None = None) -> Iterator[Record]:
    """The pages of a crawl or export file: ``kind`` ("warc" or "jsonl") or else its name says
    which; ``field``/``id_field`` apply to JSONL."""
    kind = kind or format_of(path)
    if kind == "warc":
        from .warc import read_warc  # warcio is only imported for WARC files

        return read_warc(path, name=name)
    if kind == "jsonl":
        from .jsonl import read_jsonl

        return read_jsonl(path, name=name, field=field, id_field=id_field)
    raise ValueError(f"{name or os.fspath(path)}: not a WARC, WET or JSONL file name")
