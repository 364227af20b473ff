"""Scoring functions: the snippet metric, body-overlap F1 and seed label accuracy.

All functions are pure: they take outputs and gold data and return numbers,
so the same code scores every extractor in every mode.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
import regex

_WHITE_SPACE = regex.compile(r"\s+")
_TOKEN = regex.compile(r"\w+")
SHINGLE_SIZE = 4


@attrs.frozen
class Scores:
    """Precision, recall and their harmonic mean."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)


def harmonic_mean(a: float, b: float) -> float:
    """F1 of a precision and a recall; 0 when both are 0 (no division by zero)."""
    return 2 * a * b / (a + b) if a + b else 0.0


def ratio(part: float, whole: float, empty: float = 0.0) -> float:
    """part / whole, or `empty` when whole is 0, so edge cases are explicit at the call site."""
    return part / whole if whole else empty


# --- snippet metric (traf-eval) ---------------------------------------------


def normalise_white_space(text: str) -> str:
    """Fold every run of white space to one space and strip: snippets and outputs
    differ in line breaks and indentation, not in content."""
    return _WHITE_SPACE.sub(" ", text).strip()


@attrs.frozen
class SnippetCounts:
    """Confusion counts of the snippet metric; they add up over pages."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: SnippetCounts) -> SnippetCounts:
        return SnippetCounts(
            self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn
        )

    def scores(self) -> Scores:
        """Micro-averaged precision and recall over everything summed so far."""
        return Scores(ratio(self.tp, self.tp + self.fp), ratio(self.tp, self.tp + self.fn))


def snippet_counts(output: str, with_: Iterable[str], without: Iterable[str]) -> SnippetCounts:
    """Count one page: a `with` snippet found is a TP (else FN), a `without`
    snippet found is a FP (else TN)."""
    text = normalise_white_space(output)
    found_with = [normalise_white_space(s) in text for s in with_]
    found_without = [normalise_white_space(s) in text for s in without]
    return SnippetCounts(
        tp=sum(found_with),
        fn=len(found_with) - sum(found_with),
        fp=sum(found_without),
        tn=len(found_without) - sum(found_without),
    )


def snippet_scores(pages: Iterable[tuple[str, Sequence[str], Sequence[str]]]) -> Scores:
    """Snippet metric over (output, with, without) triples: counts summed over pages."""
    total = SnippetCounts()
    for output, with_, without in pages:
        total += snippet_counts(output, with_, without)
    return total.scores()


# --- body-overlap F1 (readability-pages, seeds) --------------------------------


def tokens(text: str) -> list[str]:
    """Unicode word runs: language-neutral, ignores punctuation and spacing."""
    return _TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of `size`-token windows; a shorter text gives one shingle of all
    its tokens (if any), so very short bodies still count."""
    words = tokens(text)
    if len(words) < size:
        return Counter([tuple(words)] if words else [])
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def body_page_scores(output: str, gold: str) -> Scores:
    """Per-page precision and recall of shingle overlap.

    Edge cases: both empty -> P = R = 1 (nothing to find, nothing wrong);
    empty output on a non-empty gold -> P = R = 0 (returning nothing is not
    precise); non-empty output on an empty gold -> P = 0, R = 1.
    """
    out, ref = shingles(output), shingles(gold)
    n_out, n_ref = sum(out.values()), sum(ref.values())
    if not n_out:
        return Scores(1.0, 1.0) if not n_ref else Scores(0.0, 0.0)
    tp = sum((out & ref).values())
    return Scores(precision=tp / n_out, recall=ratio(tp, n_ref, empty=1.0))


def body_scores(pages: Iterable[tuple[str, str]]) -> Scores:
    """Body F1 over (output, gold) pairs: precision and recall are macro-averaged
    over pages, so a long page does not outweigh many short ones."""
    return mean_scores([body_page_scores(output, gold) for output, gold in pages])


def mean_scores(per_page: Sequence[Scores]) -> Scores:
    """Precision and recall averaged over pages (0 for no pages)."""
    n = len(per_page)
    return Scores(ratio(sum(s.precision for s in per_page), n), ratio(sum(s.recall for s in per_page), n))


# --- word-bag F1 (wcxb-dev, the benchmark's own metric) -----------------------------


@attrs.frozen
class MeanScores:
    """Precision, recall and F1 each averaged over pages (WCXB reports the mean of per-page F1,
    not the harmonic mean of the means)."""

    precision: float
    recall: float
    f1: float


def words(text: str) -> Counter[str]:
    """The bag of lower-cased `\\w+` words of a text."""
    return Counter(_TOKEN.findall(text.lower()))


def word_page_scores(output: str, gold: str) -> MeanScores:
    """One page's word-bag P, R and F1 (multiset overlap). An empty output scores 0, as in the
    benchmark; an empty gold with an empty output scores 1."""
    out, ref = words(output), words(gold)
    n_out, n_ref = sum(out.values()), sum(ref.values())
    if not n_out:
        return MeanScores(1.0, 1.0, 1.0) if not n_ref else MeanScores(0.0, 0.0, 0.0)
    tp = sum((out & ref).values())
    precision, recall = tp / n_out, ratio(tp, n_ref, empty=1.0)
    return MeanScores(precision, recall, harmonic_mean(precision, recall))


def word_scores(pages: Iterable[tuple[str, str]]) -> MeanScores:
    """The word-bag metric over (output, gold) pairs: P, R and F1 each a mean over pages."""
    per_page = [word_page_scores(output, gold) for output, gold in pages]
    n = len(per_page)
    return MeanScores(
        ratio(sum(s.precision for s in per_page), n),
        ratio(sum(s.recall for s in per_page), n),
        ratio(sum(s.f1 for s in per_page), n),
    )


# --- seed label accuracy --------------------------------------------------------


def label_name(label: Any) -> str:
    """The plain name of a label ('body'), whether it is an enum, a string or None."""
    value = getattr(label, "value", label)
    return str(value)


def label_hits(blocks: Iterable[Any], gold_lines: Sequence[Mapping[str, Any]]) -> tuple[int, int]:
    """(correct, total) over gold lines: a line is correct when the first block
    taken from that input line carries the gold label."""
    predicted: dict[int, str] = {}
    for block in blocks:
        predicted.setdefault(block.line, label_name(block.label))
    correct = sum(predicted.get(line["n"]) == line["label"] for line in gold_lines)
    return correct, len(gold_lines)
