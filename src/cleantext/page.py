"""A page to clean with what its source says about it: the input unit of batches and crawl files.

``Cleaner.clean_many`` takes bare contents (str or bytes), paths, or ``Page`` objects; the crawl
format readers (``cleantext.formats``) yield Pages, so a WARC record's URI, id and date, and the
charset its HTTP headers declare, travel with the page to whichever process cleans it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping, Union

import attrs


@attrs.frozen
class Page:
    """Page content plus its provenance.

    ``name`` is how results and failures refer to it (a path, a record id, ``file.jsonl:12``);
    ``kind`` is "text" or "html" when the source knows (a WET conversion is text, a WARC
    response is HTML), else detected; ``encoding`` is a decoding hint for bytes (an HTTP
    charset); ``record`` holds the source record's own fields (id, url, date, ...), copied to
    the Document.
    """

    content: Union[str, bytes, "os.PathLike[str]"]  # a path is read by the process that cleans it
    name: str | None = None
    url: str | None = None
    kind: str | None = None
    encoding: str | None = None
    record: Mapping[str, str] = attrs.field(factory=dict)


Item = Union[str, bytes, "os.PathLike[str]", Page]


def as_page(item: Item, number: int) -> Page:
    """Any batch item as a named Page; a bare path is read here (an OSError names it to the caller)."""
    if isinstance(item, Page):
        return item if item.name else attrs.evolve(item, name=item.url or f"item {number}")
    if isinstance(item, os.PathLike):
        name = os.fspath(item)
        return Page(Path(name).read_bytes(), name=name)
    return Page(item, name=f"item {number}")


def name_of(item: Item, number: int) -> str:
    """The name a batch item's result or failure carries, without reading it."""
    if isinstance(item, Page):
        return item.name or item.url or f"item {number}"
    if isinstance(item, os.PathLike):
        return os.fspath(item)
    return f"item {number}"
