"""Small WARC/WET/JSONL files written with warcio, for the format readers' tests."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Sequence


def warc_file(path: Path, records: Sequence[dict]) -> Path:
    """A WARC (gzipped for .gz) of the given records: {type, url, payload, content_type?, status?}."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for spec in records:
            kind = spec["type"]
            payload = io.BytesIO(spec["payload"])
            if kind == "response":
                headers = [("Content-Type", spec["content_type"])] if spec.get("content_type") else []
                http = StatusAndHeaders(spec.get("status", "200 OK"), headers, protocol="HTTP/1.1")
                record = writer.create_warc_record(spec["url"], kind, payload=payload, http_headers=http)
            else:
                record = writer.create_warc_record(spec["url"], kind, payload=payload,
                                                   warc_content_type=spec.get("content_type", "text/plain"))
            writer.write_record(record)
    return path
