"""Hostile pages through every entry point (``clean``, ``clean_text``, ``clean_html``,
``Cleaner.clean_many``): each ends with a Document (or, for bytes, the library's one-sentence
error), and nothing is printed. The strategies are in ``tests/hostile.py``; the long run of the
same idea is the atheris fuzzer in ``fuzz/``."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import cleantext
from cleantext.cleaner import Cleaner, Failure
from cleantext.errors import CleantextError
from hostile import deep, encoded, monotone, pages, soup

ENTRY_POINTS = {"clean": cleantext.clean, "clean_text": cleantext.clean_text, "clean_html": cleantext.clean_html}


def check(doc: cleantext.Document) -> None:
    assert isinstance(doc, cleantext.Document)
    assert isinstance(doc.body, str)
    assert all(block.label is not None for block in doc.blocks)
    assert [block.index for block in doc.blocks] == list(range(len(doc.blocks)))
    doc.to_dict()  # JSON-ready whatever the page held


def clean_or_refuse(entry: str, page: str | bytes) -> None:
    try:
        check(ENTRY_POINTS[entry](page))
    except CleantextError as error:
        assert isinstance(page, bytes), "a str page is never refused"
        assert "\n" not in str(error) and str(error).startswith("input: ")


@given(st.sampled_from(sorted(ENTRY_POINTS)), pages)
@example("clean_html", "<div>" * 5000)
@example("clean", "<!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;'>]><p>&b;&b;</p>")
@example("clean_text", "\ud800\udfff\x00" * 100)
@example("clean", b"\xff\xfe" + "<p>wide</p>".encode("utf-16-le") + b"\x00")
def test_every_entry_point_survives_hostile_pages(entry, page):
    clean_or_refuse(entry, page)


@given(st.one_of(soup, deep, monotone))
def test_text_is_never_refused(page):
    for entry in ENTRY_POINTS:
        check(ENTRY_POINTS[entry](page))


@given(encoded())
def test_bytes_say_how_they_were_decoded(data):
    try:
        doc = cleantext.clean(data)
    except CleantextError:
        return
    assert doc.meta["encoding"]
    if "\ufffd" in data.decode("utf-8", "replace") and "\ufffd".encode() not in data:
        assert doc.meta.get("decode_warning") or doc.meta["encoding"] != "utf-8"


@given(st.lists(pages, max_size=6))
def test_clean_many_yields_one_result_per_page_in_order(batch):
    results = list(Cleaner().clean_many(batch))
    assert len(results) == len(batch)
    for number, (page, result) in enumerate(zip(batch, results), start=1):
        if isinstance(result, Failure):
            assert isinstance(page, bytes) and result.source == f"item {number}"
            assert "internal error" not in result.error
        else:
            check(result)
