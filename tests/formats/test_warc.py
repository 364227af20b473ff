"""WARC and WET reading (formats/warc.py): which records are pages, and what travels with them."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from cleantext import Cleaner, Document, Failure, Page
from cleantext.formats import format_of, read_pages
from crawlkit import warc_file

ARTICLE = ("<html><head><title>Новости</title></head><body><article><h1>Новости города</h1>"
           + "<p>Городской совет утвердил новый бюджет после долгих обсуждений, которые длились до поздней ночи.</p>" * 3
           + "</article></body></html>")


@pytest.mark.parametrize("name, kind", [
    ("a.warc", "warc"), ("a.warc.gz", "warc"), ("CC-MAIN-1.warc.wet.gz", "warc"), ("a.wet", "warc"),
    ("a.jsonl", "jsonl"), ("A.JSONL.GZ", "jsonl"), ("a.html", None), ("a.txt.gz", None),
])
def test_format_is_told_by_name(name: str, kind: str | None) -> None:
    assert format_of(name) == kind


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_html_responses_become_html_pages_with_their_record(tmp_path: Path, suffix: str) -> None:
    path = warc_file(tmp_path / f"crawl{suffix}", [
        {"type": "response", "url": "https://a.invalid/1", "payload": ARTICLE.encode("cp1251"),
         "content_type": "text/html; charset=windows-1251"},
        {"type": "response", "url": "https://a.invalid/logo.png", "payload": b"\x89PNG...", "content_type": "image/png"},
        {"type": "response", "url": "https://a.invalid/moved", "payload": b"", "status": "301 Moved"},
        {"type": "request", "url": "https://a.invalid/1", "payload": b"GET / HTTP/1.1\r\n\r\n"},
    ])
    pages = list(read_pages(path))
    assert len(pages) == 1
    page = pages[0]
    assert isinstance(page, Page)
    assert page.kind == "html" and page.url == "https://a.invalid/1" and page.encoding == "windows-1251"
    assert page.name == page.record["id"] and page.record["id"].startswith("<urn:uuid:")
    assert page.record["url"] == "https://a.invalid/1" and page.record["date"] and page.record["type"] == "response"
    doc = Cleaner().clean_page(page)
    assert "Городской совет утвердил" in doc.body  # the HTTP charset decoded the bytes
    assert doc.record == page.record and doc.to_dict()["record"] == dict(page.record)


def test_wet_conversions_become_text_pages(tmp_path: Path) -> None:
    text = "Headline\n\n" + "A sentence of the article that goes on for a while, as articles do.\n" * 5
    path = warc_file(tmp_path / "crawl.wet.gz", [
        {"type": "warcinfo", "url": "", "payload": b"software: test"},
        {"type": "conversion", "url": "https://a.invalid/2", "payload": text.encode("utf-8")},
    ])
    [page] = list(read_pages(path))
    assert isinstance(page, Page) and page.kind == "text" and page.record["type"] == "conversion"
    assert Cleaner().clean_page(page).body == Cleaner().clean_text(text).body


def test_a_broken_file_ends_with_one_failure_naming_it(tmp_path: Path) -> None:
    good = warc_file(tmp_path / "good.warc.gz", [
        {"type": "conversion", "url": "https://a.invalid/3", "payload": b"Some text of a page.\n" * 20}] * 3)
    broken = tmp_path / "broken.warc.gz"
    data = good.read_bytes()
    broken.write_bytes(data[:-100])  # cut inside the last record
    records = list(read_pages(broken))
    assert [type(r) for r in records] == [Page, Page, Failure]
    assert "truncated" in records[-1].error and str(broken) in records[-1].error
    assert "\n" not in records[-1].error


def test_a_plain_warc_cut_inside_a_record_is_a_failure(tmp_path: Path) -> None:
    good = warc_file(tmp_path / "good.warc", [
        {"type": "conversion", "url": "https://a.invalid/4", "payload": b"Some text of a page.\n" * 200}] * 2)
    broken = tmp_path / "broken.warc"
    broken.write_bytes(good.read_bytes()[:-1000])
    assert [type(r) for r in read_pages(broken)] == [Page, Failure]


def test_garbage_is_one_failure(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(gzip.compress(b"this is no WARC file at all\r\n\r\n"))
    [failure] = list(read_pages(garbage))
    assert isinstance(failure, Failure) and str(garbage) in failure.error


def test_clean_many_passes_reader_failures_through_in_place(tmp_path: Path) -> None:
    failure = Failure("x.warc", "x.warc: broken")
    results = list(Cleaner().clean_many(["Some text.\n" * 3, failure, "More text.\n" * 3]))
    assert [type(r) for r in results] == [Document, Failure, Document] and results[1] is failure
