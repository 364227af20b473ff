"""JSON Lines reading (formats/jsonl.py): fields, ids, gzip, and bad rows as failures in place."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from cleantext import Failure, Page
from cleantext.formats import read_pages


def write(path: Path, lines: list[str]) -> Path:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def test_rows_become_pages_named_by_id_with_url(tmp_path: Path) -> None:
    path = write(tmp_path / "pages.jsonl.gz", [
        json.dumps({"id": "a1", "url": "https://a.invalid/", "text": "Some text."}),
        "",
        json.dumps({"id": 7, "html": "<html><body><p>x</p></body></html>"}),
        json.dumps({"text": "no id"}),
    ])
    pages = list(read_pages(path))
    assert [p.name for p in pages] == ["a1", "7", f"{path}:4"]
    assert all(isinstance(p, Page) for p in pages)
    first, second, third = pages
    assert first.content == "Some text." and first.url == "https://a.invalid/" and first.kind is None
    assert first.record == {"id": "a1", "url": "https://a.invalid/", "line": f"{path}:1"}
    assert second.kind == "html"  # a default 'html' field is taken for HTML
    assert third.record == {"line": f"{path}:4"}


def test_field_and_id_field_are_chosen(tmp_path: Path) -> None:
    path = write(tmp_path / "export.jsonl", [json.dumps({"key": "k1", "page": "Page text.", "text": "other"})])
    [page] = list(read_pages(path, field="page", id_field="key"))
    assert isinstance(page, Page) and page.content == "Page text." and page.name == "k1"


def test_bad_rows_are_failures_naming_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.jsonl", [
        "{not json", json.dumps([1, 2]), json.dumps({"title": "no page"}), json.dumps({"text": 5}),
        json.dumps({"text": "fine"}),
    ])
    records = list(read_pages(path))
    assert [type(r) for r in records] == [Failure] * 4 + [Page]
    for number, failure in enumerate(records[:4], start=1):
        assert isinstance(failure, Failure) and failure.error.startswith(f"{path}:{number}: ")
    assert "--jsonl-field" in records[2].error


def test_missing_id_field_is_a_failure(tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl", [json.dumps({"text": "t"})])
    [failure] = list(read_pages(path, id_field="key"))
    assert isinstance(failure, Failure) and "'key'" in failure.error


def test_a_missing_file_is_one_failure(tmp_path: Path) -> None:
    [failure] = list(read_pages(tmp_path / "absent.jsonl"))
    assert isinstance(failure, Failure) and "absent.jsonl" in failure.error and "No such file" in failure.error
