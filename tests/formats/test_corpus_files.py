"""WARC, WET and JSONL files built from the development corpus give the bodies of cleaning
each page by itself (benchmarks/crawlfiles.py writes them with warcio)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import crawlfiles
from cleantext import Cleaner, Document
from cleantext.formats import read_pages
from corpus import corpus_sample


def test_warc_of_corpus_pages_gives_the_one_by_one_bodies(tmp_path: Path) -> None:
    html, _ = corpus_sample()
    path = crawlfiles.write_warc(tmp_path / "corpus.warc.gz", html)
    results = list(Cleaner().clean_many(read_pages(path), jobs=2))
    assert all(isinstance(r, Document) for r in results)
    assert [r.record["url"] for r in results] == [crawlfiles.page_url(key) for key in html]
    assert [r.body for r in results] == [Cleaner().clean_html(page).body for page in html.values()]


def test_wet_of_corpus_dumps_gives_the_one_by_one_bodies(tmp_path: Path) -> None:
    _, dumps = corpus_sample()
    path = crawlfiles.write_wet(tmp_path / "corpus.wet", dumps)
    results = list(Cleaner().clean_many(read_pages(path)))
    assert [r.body for r in results] == [Cleaner().clean_text(text).body for text in dumps.values()]


def test_jsonl_of_corpus_dumps_gives_the_one_by_one_bodies(tmp_path: Path) -> None:
    _, dumps = corpus_sample()
    path = crawlfiles.write_jsonl(tmp_path / "corpus.jsonl.gz", dumps.items())
    results = list(Cleaner().clean_many(read_pages(path)))
    assert [r.source for r in results] == list(dumps)
    assert [r.body for r in results] == [Cleaner().clean(text).body for text in dumps.values()]
