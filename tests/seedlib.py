"""Seed pages and their gold files, plus small text helpers shared by the tests.

The seeds live in the project's top-level ``seeds/`` folder (``seeds/*.txt``)
with their gold annotations in ``seeds/gold/*.json`` (keys: title, body, meta,
lines[{n, label, text}], notes); see ``seeds/gold/README.md``.
"""

from __future__ import annotations

import functools
import itertools
import json
from pathlib import Path
from typing import Any

import attrs

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"
GOLD_DIR = SEEDS_DIR / "gold"

# --- seeds -----------------------------------------------------------------------------------


@attrs.frozen
class Seed:
    """One seed page: its raw text and what a perfect cleaner returns for it."""

    name: str  # file stem, e.g. '000_a87b11fc41a68270'
    path: Path
    text: str
    gold: dict[str, Any]

    @property
    def title(self) -> str | None:
        return self.gold["title"]

    @property
    def body(self) -> str:
        return self.gold["body"]

    @property
    def meta(self) -> dict[str, str]:
        return self.gold["meta"]

    @property
    def lines(self) -> list[dict[str, Any]]:
        return self.gold["lines"]

    @property
    def labels(self) -> dict[int, str]:
        """Gold label of every non-blank line, keyed by 1-based line number."""
        return {line["n"]: line["label"] for line in self.lines}

    @property
    def paragraphs(self) -> list[str]:
        """The gold body's paragraphs (blocks separated by a blank line)."""
        return body_paragraphs(self.body)

    @property
    def furniture_lines(self) -> list[str]:
        """Text of every line gold removes from the body (title/subtitle are fields, still not body)."""
        return [line["text"] for line in self.lines if line["label"] != "body"]


def seed_names() -> list[str]:
    return sorted(path.stem for path in SEEDS_DIR.glob("*.txt"))


@functools.lru_cache(maxsize=None)
def load_seed(name: str) -> Seed:
    path = SEEDS_DIR / f"{name}.txt"
    # newline="" keeps the file's own line endings: the library must split them itself.
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    gold = json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return Seed(name=name, path=path, text=text, gold=gold)


def all_seeds() -> list[Seed]:
    return [load_seed(name) for name in seed_names()]


SEED_NAMES = seed_names()
assert len(SEED_NAMES) == 5, f"expected the five seed pages in {SEEDS_DIR}, found {SEED_NAMES}"


# --- small helpers shared by the tests ----------------------------------------------------------


def fold(text: str) -> str:
    """White space folded the way the body contract compares text (NBSP and friends included)."""
    return " ".join(text.replace("\u00a0", " ").split())


def body_paragraphs(body: str) -> list[str]:
    """Paragraphs of a body: blocks separated by blank lines, white space folded, empties dropped."""
    pieces = [fold(piece) for piece in body.replace("\r\n", "\n").replace("\r", "\n").split("\n\n")]
    return [piece for piece in pieces if piece]


_LONG_PAGES = itertools.count()


def long_page(lines: int = 60_000) -> str:
    """A text page of distinct lines, seconds to clean: to run over a time budget. Every call
    gives new lines, so the per-line caches of an earlier call cannot make it fast."""
    salt = next(_LONG_PAGES)
    return "\n".join(
        f"Line {i} of long page {salt} about topic {i * 7919 % 10007}, with words that differ: {i * 31 % 977} and {i % 13}."
        for i in range(lines)
    )
