"""JSON Lines exports (gzip or not) as Pages: one JSON object a line, its page in one field.

``field`` names the field holding the page (text dump or HTML, detected); by default the
first of DEFAULT_FIELDS the row has, and a row under "html" is taken for HTML. ``id_field``
names the row's id (default "id" when present); rows without one are named ``file:line``.
A "url" field, when it is a string, is the page's URL. A line that is not a JSON object, or
lacks the field, becomes one Failure naming the file and line; the rest are still read.
"""

from __future__ import annotations

import gzip
import json
import os
from typing import IO, Any, Iterator

from ..cleaner import Failure
from ..page import Page
from . import Record

DEFAULT_FIELDS = ("html", "text", "content", "raw_content", "body")
_GZIP_MAGIC = b"\x1f\x8b"


def read_jsonl(path: str | os.PathLike[str], *, name: str | None = None, field: str | None = None,
               id_field: str | None = None) -> Iterator[Record]:
    """Every row of the file as a Page (or a Failure for a bad row), read line by line."""
    label = name or os.fspath(path)
    try:
        with _open(path) as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield _row_page(line, f"{label}:{number}", field, id_field)
    except OSError as error:  # also gzip.BadGzipFile
        yield Failure(label, f"{label}: cannot read: {error.strerror or error}")
    except (UnicodeDecodeError, EOFError) as error:
        yield Failure(label, f"{label}: not a UTF-8 JSONL file: {error}")


def _open(path: str | os.PathLike[str]) -> IO[str]:
    with open(path, "rb") as probe:
        gzipped = probe.read(2) == _GZIP_MAGIC
    if gzipped:
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def _row_page(line: str, where: str, field: str | None, id_field: str | None) -> Record:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        return Failure(where, f"{where}: not a JSON line ({error.msg} at column {error.colno})")
    if not isinstance(row, dict):
        return Failure(where, f"{where}: a JSON {type(row).__name__}, not an object")
    key = field or next((name for name in DEFAULT_FIELDS if name in row), None)
    if key is None or key not in row:
        wanted = f"field {field!r}" if field else "any of the fields " + ", ".join(DEFAULT_FIELDS)
        return Failure(where, f"{where}: has no {wanted} (choose one with --jsonl-field)")
    content = row[key]
    if not isinstance(content, str):
        return Failure(where, f"{where}: field {key!r} is a {type(content).__name__}, not a string")
    record_id = _text(row.get(id_field or "id"))
    if id_field and record_id is None:
        return Failure(where, f"{where}: has no id field {id_field!r}")
    url = _text(row.get("url"))
    fields = {key: value for key, value in (("id", record_id), ("url", url), ("line", where)) if value}
    kind = "html" if key == "html" and field is None else None
    return Page(content, name=record_id or where, url=url, kind=kind, record=fields)


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None
