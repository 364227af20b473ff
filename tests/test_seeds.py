"""The floor: every seed's body, title, metadata and line labels equal its gold file."""

from __future__ import annotations

import functools

import pytest

import cleantext
from seedlib import SEED_NAMES, Seed, fold, load_seed


@functools.lru_cache(maxsize=None)
def _cleaned(name: str) -> cleantext.Document:
    return cleantext.clean_text(load_seed(name).text)


@pytest.fixture
def doc(seed: Seed) -> cleantext.Document:
    return _cleaned(seed.name)


def test_body_equals_gold(seed: Seed, doc: cleantext.Document) -> None:
    assert fold(doc.body) == fold(seed.body)


def test_body_paragraphs_equal_gold(seed: Seed, doc: cleantext.Document) -> None:
    """Same paragraphs, same split: one paragraph per block, separated by one blank line."""
    assert [fold(p) for p in doc.body.split("\n\n")] == seed.paragraphs
    assert "\n\n\n" not in doc.body
    assert doc.body == doc.body.strip()


def test_every_line_gets_its_gold_label(seed: Seed, doc: cleantext.Document) -> None:
    by_line = {block.line: block for block in doc.blocks}
    mismatches = []
    for line in seed.lines:
        block = by_line.get(line["n"])
        got = str(block.label) if block is not None else "<no block>"
        if got != line["label"]:
            reason = block.reason if block is not None else ""
            mismatches.append(f"line {line['n']}: gold {line['label']!r}, got {got!r} ({reason}) | {line['text'][:70]}")
    assert not mismatches, f"{seed.name}: {len(mismatches)} label mismatches:\n" + "\n".join(mismatches)


def test_title_equals_gold(seed: Seed, doc: cleantext.Document) -> None:
    assert doc.title == seed.title


def test_gold_meta_present(seed: Seed, doc: cleantext.Document) -> None:
    wrong = {key: (value, doc.meta.get(key)) for key, value in seed.meta.items() if doc.meta.get(key) != value}
    assert not wrong, f"{seed.name}: meta key -> (gold, got): {wrong}"


def test_no_block_for_a_blank_line(seed: Seed, doc: cleantext.Document) -> None:
    lines = seed.text.splitlines()
    blank = {n for n, line in enumerate(lines, start=1) if not line.replace("\u00a0", " ").strip()}
    offending = [(block.line, block.text) for block in doc.blocks if block.line in blank]
    assert not offending


def test_blocks_are_exactly_the_gold_lines(seed: Seed, doc: cleantext.Document) -> None:
    """Gold lists every non-blank line; the cleaner has one block for each, in order."""
    assert [block.line for block in doc.blocks] == [line["n"] for line in seed.lines]


def test_kept_blocks_are_the_body_blocks(seed: Seed, doc: cleantext.Document) -> None:
    for block in doc.blocks:
        assert block.kept == (block.label is cleantext.Label.BODY)
        assert isinstance(block.label, cleantext.Label)
        assert block.reason, f"line {block.line} has a label but no reason"


def test_all_seeds_present() -> None:
    assert len(SEED_NAMES) == 5
