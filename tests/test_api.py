"""The public contract: clean, clean_text, Cleaner (picklable, batches), Document, Label."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import cleantext
from cleantext import Cleaner, Document, Failure, Label
from seedlib import SEEDS_DIR, fold, load_seed

GOOD_NAME = "003_f371461d168e3db9"
README_LABELS = [
    "body", "title", "subtitle", "byline", "date", "source", "section", "nav", "share", "weather", "related",
    "board", "caption", "banner", "comments", "copyright", "promo", "duplicate",
]


@pytest.fixture(scope="module")
def good() -> bytes:
    return load_seed(GOOD_NAME).path.read_bytes()


def test_labels_are_the_eighteen_of_the_readme() -> None:
    assert [label.value for label in Label] == README_LABELS
    assert len(Label) == 18


def test_the_readme_table_lists_exactly_these_labels() -> None:
    readme = (SEEDS_DIR / "gold" / "README.md").read_text(encoding="utf-8")
    rows = [line.split("|")[1].strip() for line in readme.splitlines() if line.startswith("| ") and not line.startswith("| label")]
    assert sorted(rows) == sorted(README_LABELS)


def test_labels_print_as_their_value() -> None:
    assert str(Label.BODY) == "body"
    assert f"{Label.RELATED}" == "related"
    assert Label("weather") is Label.WEATHER


def test_clean_and_clean_text_agree_on_a_text_dump(good: bytes) -> None:
    text = good.decode("utf-8")
    for doc in (cleantext.clean(text), cleantext.clean(good), cleantext.clean_text(text), cleantext.clean_text(good)):
        assert isinstance(doc, Document)
        assert doc.kind == "text"
        assert fold(doc.body) == fold(load_seed(GOOD_NAME).body)


def test_every_block_carries_an_enum_label(good: bytes) -> None:
    doc = cleantext.clean(good)
    assert doc.blocks
    for block in doc.blocks:
        assert isinstance(block.label, Label)
        assert block.kept is (block.label is Label.BODY)
        assert block.reason


def test_blocks_say_where_they_came_from(good: bytes) -> None:
    doc = cleantext.clean(good)
    lines = good.decode("utf-8").splitlines()
    for block in doc.blocks:
        assert block.text == lines[block.line - 1].rstrip()


def test_document_to_dict_is_json_serialisable(good: bytes) -> None:
    doc = cleantext.Cleaner().clean(good, name="page.txt")
    data = doc.to_dict()
    again = json.loads(json.dumps(data, ensure_ascii=False))
    assert again["body"] == doc.body
    assert again["title"] == doc.title
    assert again["meta"] == dict(doc.meta)
    assert again["kind"] == "text"
    assert again["source"] == "page.txt"
    assert len(again["blocks"]) == len(doc.blocks)
    for item, block in zip(again["blocks"], doc.blocks):
        assert item["line"] == block.line
        assert item["label"] == str(block.label)
        assert item["kept"] is block.kept
        assert item["label"] in README_LABELS


def test_to_dict_of_an_empty_document_is_json_serialisable() -> None:
    data = cleantext.clean_text("").to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["body"] == ""
    assert data["blocks"] == []


def test_empty_and_blank_input_give_an_empty_body() -> None:
    for text in ("", "\n\n", " \u00a0 \n\t"):
        doc = cleantext.clean_text(text)
        assert doc.body == ""
        assert doc.title is None
        assert doc.blocks == ()


def test_cleaner_pickles_and_gives_the_same_result(good: bytes) -> None:
    cleaner = Cleaner(languages=("ko", "en"), kind="text")
    copy = pickle.loads(pickle.dumps(cleaner))
    assert copy == cleaner
    assert copy.clean(good).body == cleaner.clean(good).body
    default = pickle.loads(pickle.dumps(Cleaner()))
    assert default.clean(good).to_dict() == Cleaner().clean(good).to_dict()


def test_document_pickles(good: bytes) -> None:
    """Worker processes send Documents back to the parent."""
    doc = cleantext.clean(good)
    copy = pickle.loads(pickle.dumps(doc))
    assert copy.to_dict() == doc.to_dict()


def test_cleaner_settings_are_validated() -> None:
    with pytest.raises(ValueError, match="xx"):
        Cleaner(languages=["xx"])
    with pytest.raises(ValueError):
        Cleaner(kind="pdf")
    with pytest.raises(ValueError):
        Cleaner().clean("text", kind="pdf")


def test_clean_many_goes_on_after_a_bad_item(good: bytes) -> None:
    results = list(Cleaner().clean_many([good, b"\x00\x01binary...", good]))
    assert [type(r) for r in results] == [Document, Failure, Document]
    failure = results[1]
    assert failure.source == "item 2"
    assert "item 2" in failure.error
    assert "\n" not in failure.error
    assert results[0].body == results[2].body == cleantext.clean(good).body
    assert json.loads(json.dumps(failure.to_dict())) == {"source": failure.source, "error": failure.error}


def test_clean_many_reads_paths_and_names_them(tmp_path: Path, good: bytes) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(good)
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    results = list(Cleaner().clean_many([page, missing, binary, page]))
    assert [type(r) for r in results] == [Document, Failure, Failure, Document]
    assert results[0].source == str(page)
    assert str(missing) in results[1].error
    assert str(binary) in results[2].error
    assert results[0].body == results[3].body
    assert page.read_bytes() == good  # never writes over an input


def test_clean_many_is_lazy(good: bytes) -> None:
    def sources():
        yield good
        raise AssertionError("read past the first item")

    iterator = Cleaner().clean_many(sources())
    assert isinstance(next(iterator), Document)


def test_wrong_input_type_is_an_input_error() -> None:
    with pytest.raises(cleantext.InputError):
        cleantext.clean(123)  # type: ignore[arg-type]
    assert issubclass(cleantext.InputError, cleantext.CleantextError)
    assert issubclass(cleantext.InputError, ValueError)


def test_a_named_source_is_reported(good: bytes) -> None:
    doc = Cleaner().clean(good, name="seed.txt")
    assert doc.source == "seed.txt"


def test_meta_is_a_mapping_of_strings() -> None:
    doc = cleantext.clean_text(load_seed("002_802d790d2c57c5b1").text)
    assert dict(doc.meta)["email"] == "selee@chosunbiz.com"
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in doc.meta.items())


def test_clean_html_gives_a_document() -> None:
    """clean_html is part of the public contract (HTML mode, encoding detected)."""
    html = (
        "<html><head><title>Council approves new budget</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Council approves new budget</h1>"
        "<p>The council approved the new budget on Tuesday after a long debate that lasted well into the night.</p>"
        "<p>Residents had asked for more money to be spent on public transport and on parks in the poorer districts.</p>"
        "</article><footer>© 2024 The Example Times. All rights reserved.</footer></body></html>"
    )
    doc = cleantext.clean_html(html)
    assert doc.kind == "html"
    assert "The council approved the new budget" in doc.body
    assert "All rights reserved" not in doc.body
    assert "Home" not in doc.body.split("\n\n")


def test_unpickled_document_unpacks_its_blocks_with_labels(good: bytes) -> None:
    """Blocks travel from workers as one packed pickle, unpacked when first read."""
    doc = cleantext.clean(good)
    copy = pickle.loads(pickle.dumps(doc))
    assert copy.body == doc.body and copy.removed == doc.removed
    assert all(isinstance(block.label, Label) for block in copy.blocks)
    assert [(b.text, b.label, b.reason, b.line) for b in copy.blocks] == [(b.text, b.label, b.reason, b.line) for b in doc.blocks]
    again = pickle.loads(pickle.dumps(pickle.loads(pickle.dumps(doc))))  # re-pickled before unpacking
    assert again.to_dict() == doc.to_dict()


def test_removed_counts_the_removed_blocks_per_label(good: bytes) -> None:
    doc = cleantext.clean(good)
    removed = [str(b.label) for b in doc.blocks if not b.kept]
    assert doc.removed == {label: removed.count(label) for label in set(removed)}
    assert "body" not in doc.removed


def test_a_transport_charset_is_a_decoding_hint() -> None:
    page = "<html><body><p>Zürich, Genève и Москва</p></body></html>".encode("cp1251", "replace")
    doc = Cleaner().clean(page, kind="html", encoding="windows-1251")
    assert "Москва" in " ".join(block.text for block in doc.blocks)
