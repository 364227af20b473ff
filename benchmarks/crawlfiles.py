"""Crawl files built from the development corpora, for tests and benchmarks/pipelines.py.

A WARC of HTTP ``response`` records holding the corpus HTML, a WET of ``conversion`` records
holding a dump style, and a JSONL export, written with warcio's writer (what a crawler's
files look like, without a crawler). Nothing is written into the repository: callers pass a
temporary folder.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterable, Mapping
from pathlib import Path

URL = "https://corpus.invalid/{corpus}/{id}"  # .invalid: never a real address


def page_url(key: str) -> str:
    corpus, _, page_id = key.partition("/")
    return URL.format(corpus=corpus, id=page_id)


def write_warc(path: Path, pages: Mapping[str, bytes], *, repeat: int = 1) -> Path:
    """A WARC (gzipped when ``path`` ends in .gz) with one HTTP response per page, ``repeat`` times."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for _ in range(repeat):
            for key, html in pages.items():
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                record = writer.create_warc_record(page_url(key), "response", payload=io.BytesIO(html),
                                                   http_headers=headers)
                writer.write_record(record)
    return path


def write_wet(path: Path, dumps: Mapping[str, str], *, repeat: int = 1) -> Path:
    """A WET (gzipped when ``path`` ends in .gz): one ``conversion`` record per dump."""
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for _ in range(repeat):
            for key, text in dumps.items():
                record = writer.create_warc_record(page_url(key), "conversion",
                                                   payload=io.BytesIO(text.encode("utf-8")),
                                                   warc_content_type="text/plain")
                writer.write_record(record)
    return path


def write_jsonl(path: Path, rows: Iterable[tuple[str, str]], *, field: str = "text") -> Path:
    """A JSONL export (gzipped when ``path`` ends in .gz): {"id", "url", field} per row."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as stream:
        for key, text in rows:
            stream.write(json.dumps({"id": key, "url": page_url(key), field: text}, ensure_ascii=False) + "\n")
    return path
