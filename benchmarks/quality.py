"""Extraction quality: every extractor on every corpus, in text mode (each dump
style) and HTML mode, plus cleantext on the seeds.

    python -m benchmarks.quality [--quick] [--mode text|html|both]
        [--corpus traf-eval|readability-pages|wcxb-dev|seeds|all]
        [--extractors cleantext,trafilatura,...] [--json FILE]

One loop serves every (corpus, mode, style): only the inputs differ, and the
corpus says which metric scores it (snippets for traf-eval, body F1 otherwise).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from benchmarks import corpora, gate, metrics
from benchmarks.corpora import Corpus, Mode, Seed
from benchmarks.extractors import DEFAULT_TIMEOUT, Extractor, guarded, load_extractors, run


@attrs.frozen
class TypeScore:
    """One extractor's scores on the pages of one page type (wcxb-dev)."""

    type: str
    pages: int
    precision: float
    recall: float
    f1: float


@attrs.frozen
class Row:
    """One extractor's result on one (corpus, mode, style) table."""

    corpus: str
    mode: str
    style: str | None
    extractor: str
    pages: int
    precision: float
    recall: float
    f1: float
    failures: int
    seconds: float
    first_error: str = ""  # page id and error of the first failure, to start debugging from
    by_type: tuple[TypeScore, ...] = ()  # a corpus whose pages are typed: the scores per type
    type_agreement: float | None = None  # share of pages whose page_type the extractor read right


@attrs.frozen
class SeedRow:
    """cleantext on one seed: body overlap and per-line label accuracy."""

    seed: str
    precision: float
    recall: float
    f1: float
    labels_correct: int
    labels_total: int
    error: str = ""

    @property
    def label_accuracy(self) -> float:
        return metrics.ratio(self.labels_correct, self.labels_total)


# --- scoring --------------------------------------------------------------------------


def score(corpus: Corpus, outputs: Mapping[str, str]) -> metrics.Scores | metrics.MeanScores:
    """The corpus's own metric over the outputs (a missing output counts as empty)."""
    return score_pages(corpus, corpus.pages, outputs)


def score_pages(
    corpus: Corpus, pages: Sequence[corpora.Page], outputs: Mapping[str, str]
) -> metrics.Scores | metrics.MeanScores:
    """The corpus's metric over some of its pages."""
    if corpus.metric == "snippet":
        return metrics.snippet_scores((outputs.get(p.id, ""), p.with_, p.without) for p in pages)
    if corpus.metric == "words":
        return metrics.word_scores((outputs.get(p.id, ""), p.body) for p in pages)
    return metrics.body_scores((outputs.get(p.id, ""), p.body) for p in pages)


def by_type(corpus: Corpus, outputs: Mapping[str, str]) -> tuple[TypeScore, ...]:
    """Scores per page type, for a corpus whose pages carry one (else nothing)."""
    types = sorted({p.type for p in corpus.pages if p.type})
    rows = []
    for name in types:
        pages = [p for p in corpus.pages if p.type == name]
        scores = score_pages(corpus, pages, outputs)
        rows.append(TypeScore(name, len(pages), scores.precision, scores.recall, scores.f1))
    return tuple(rows)


def type_agreement(corpus: Corpus, read: Mapping[str, str | None]) -> float | None:
    """The share of typed pages whose type the extractor read as labelled; None when it reads
    none (a peer) or the corpus is untyped."""
    typed = [p for p in corpus.pages if p.type]
    if not typed or not any(read.values()):
        return None
    return metrics.ratio(sum(read.get(p.id) == p.type for p in typed), len(typed))


def evaluate(
    extractor: Extractor,
    corpus: Corpus,
    inputs: Mapping[str, str | bytes],
    mode: Mode,
    style: str | None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Row:
    """Run one extractor over a corpus's pages and score it; a page without input,
    or whose extraction fails, is an empty output and one failure."""
    outputs: dict[str, str] = {}
    read_types: dict[str, str | None] = {}
    errors: list[str] = []
    seconds = 0.0
    for page in corpus.pages:
        page_input = inputs.get(page.id)
        if page_input is None:
            errors.append(f"{page.id}: no input")
            continue
        outcome = run(extractor, page_input, mode, page.lang, timeout)
        outputs[page.id] = outcome.text
        read_types[page.id] = getattr(outcome.text, "page_type", None)
        seconds += outcome.seconds
        if outcome.failed:
            errors.append(f"{page.id}: {outcome.error}")
    scores = score(corpus, outputs)
    return Row(
        corpus.name, mode, style, extractor.name, len(corpus.pages),
        scores.precision, scores.recall, scores.f1, len(errors), seconds, errors[0] if errors else "",
        by_type(corpus, outputs), type_agreement(corpus, read_types),
    )  # fmt: skip


# The quick pass reads these corpora's dumps in one style only: their figure that gates is HTML's,
# and every style of every corpus would make the pass too long for CI.
QUICK_STYLES: dict[str, tuple[str, ...]] = {"wcxb-dev": ("html_text",)}


def input_kinds(mode_option: str, styles: Sequence[str] = corpora.DUMP_STYLES) -> list[tuple[Mode, str | None]]:
    """(mode, dump style) pairs to run: each dump style in text mode, the page in HTML mode."""
    kinds: list[tuple[Mode, str | None]] = []
    if mode_option in ("text", "both"):
        kinds += [("text", style) for style in styles]
    if mode_option in ("html", "both"):
        kinds.append(("html", None))
    return kinds


def seed_row(seed: Seed, timeout: float | None = DEFAULT_TIMEOUT) -> SeedRow:
    """cleantext on one seed, scored against its gold body and line labels
    (a crash scores as an empty body with no line right)."""
    import cleantext

    doc, error, _ = guarded(lambda: cleantext.clean_text(seed.text), timeout)
    body = metrics.body_page_scores(doc.body if doc else "", seed.gold["body"])
    correct, total = metrics.label_hits(doc.blocks if doc else (), seed.gold["lines"])
    return SeedRow(seed.name, body.precision, body.recall, body.f1, correct, total, error)


def seed_total(rows: Sequence[SeedRow]) -> SeedRow:
    """All seeds: body P and R averaged over seeds, label accuracy over all lines."""
    body = metrics.mean_scores([metrics.Scores(r.precision, r.recall) for r in rows])
    correct, total = sum(r.labels_correct for r in rows), sum(r.labels_total for r in rows)
    return SeedRow("all", body.precision, body.recall, body.f1, correct, total)


# --- printing ---------------------------------------------------------------------------


def format_table(title: str, rows: Sequence[Row]) -> str:
    lines = [title, f"  {'extractor':<12} {'P':>6} {'R':>6} {'F1':>6} {'failures':>9} {'seconds':>8}"]
    lines += [
        f"  {r.extractor:<12} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f} {r.failures:9d} {r.seconds:8.1f}"
        for r in rows
    ]
    lines += [f"  ({r.extractor} failed first on {r.first_error[:200]})" for r in rows if r.first_error]
    lines += format_types(rows)
    return "\n".join(lines)


def format_types(rows: Sequence[Row]) -> list[str]:
    """F1 per page type (a column per extractor) and the page_type agreement, when typed."""
    typed = [r for r in rows if r.by_type]
    if not typed:
        return []
    lines = ["  F1 per page type:", f"  {'type':<14} {'pages':>5} " + " ".join(f"{r.extractor:>12}" for r in typed)]
    for index, first in enumerate(typed[0].by_type):
        cells = " ".join(f"{r.by_type[index].f1:12.3f}" for r in typed)
        lines.append(f"  {first.type:<14} {first.pages:5d} {cells}")
    lines += [f"  {r.extractor}: page_type agrees with the label on {r.type_agreement:.1%} of pages"
              for r in typed if r.type_agreement is not None]
    return lines


def table_title(corpus: Corpus, mode: Mode, style: str | None) -> str:
    where = f"text ({style})" if mode == "text" else "html"
    metric = {"snippet": "snippet metric", "words": "word-bag F1 (mean over pages)"}.get(corpus.metric, "body F1")
    return f"{corpus.name} · {where} · {len(corpus.pages)} pages · {metric}"


def format_seeds(rows: Sequence[SeedRow]) -> str:
    lines = [
        "seeds · text · cleantext · body F1 and label accuracy",
        f"  {'seed':<26} {'P':>6} {'R':>6} {'F1':>6} {'labels':>11} {'acc':>6}",
    ]
    for r in rows:
        labels = f"{r.labels_correct}/{r.labels_total}"
        note = f"  FAILED: {r.error}" if r.error else ""
        lines.append(
            f"  {r.seed:<26} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f} {labels:>11} {r.label_accuracy:6.3f}{note}"
        )
    return "\n".join(lines)


def emit(text: str) -> None:
    print(text + "\n", flush=True)


# --- the run --------------------------------------------------------------------------------


def run_corpora(
    names: Sequence[str],
    extractors: Sequence[Extractor],
    mode_option: str,
    quick: bool,
    timeout: float | None,
) -> list[Row]:
    """Every table for the named corpora; a missing corpora folder is one line, not an error."""
    missing = corpora.missing_corpora(names)
    if missing:
        emit(f"corpora not found under {corpora.corpora_dir()} (set ${corpora.CORPORA_ENV}): skipping {', '.join(missing)}")
    rows: list[Row] = []
    for name in (n for n in names if n not in missing):
        corpus = corpora.load_corpus(name)
        if quick:
            corpus = corpora.quick_sample(corpus)
        styles = QUICK_STYLES.get(name, corpora.DUMP_STYLES) if quick else corpora.DUMP_STYLES
        for mode, style in input_kinds(mode_option, styles):
            inputs = corpora.load_inputs(corpus, mode, style)
            table = [evaluate(e, corpus, inputs, mode, style, timeout) for e in extractors if mode in e.modes]
            emit(format_table(table_title(corpus, mode, style), table))
            rows += table
    return rows


def run_seeds(extractors: Sequence[Extractor], timeout: float | None) -> list[SeedRow]:
    """cleantext on the seeds, when it is among the extractors."""
    if not any(e.name == "cleantext" for e in extractors):
        emit("seeds: skipped (they score cleantext only, and it is not loaded)")
        return []
    seeds = corpora.load_seeds()
    rows = [seed_row(seed, timeout) for seed in seeds]
    rows.append(seed_total(rows))
    emit(format_seeds(rows))
    return rows


def selected_corpora(option: str) -> tuple[str, ...]:
    """The development corpora that `--corpus` names (the seeds run separately)."""
    if option == "all":
        return corpora.CORPUS_NAMES
    return () if option == "seeds" else (option,)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="seeds + a fixed 100-page sample of each corpus")
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both")
    parser.add_argument("--corpus", choices=(*corpora.CORPUS_NAMES, "seeds", "all"), default="all")
    parser.add_argument(
        "--extractors", type=lambda s: [x.strip() for x in s.split(",") if x.strip()], default=None,
        help="comma-separated (default: cleantext, every installed peer, and the 'whole' baseline)",
    )  # fmt: skip
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the numbers as JSON")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per page and extractor")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    extractors, notes = load_extractors(args.extractors)
    for note in notes:
        emit(note)
    with_seeds = args.corpus in ("seeds", "all") and args.mode != "html"  # seeds are text dumps
    seed_rows = run_seeds(extractors, args.timeout) if with_seeds else []
    rows = run_corpora(selected_corpora(args.corpus), extractors, args.mode, args.quick, args.timeout)
    if args.json:
        write_json(args.json, args, notes, rows, seed_rows)
    return check_gate(rows, seed_rows) if args.quick and args.corpus == "all" and args.mode == "both" else 0


def check_gate(rows: Sequence[Row], seed_rows: Sequence[SeedRow]) -> int:
    """The quick pass is a gate (benchmarks/gate.py): 1 when a figure fell under its floor."""
    crossed = gate.violations(rows, seed_rows)
    absent = gate.missing(rows) if not corpora.missing_corpora(corpora.CORPUS_NAMES) else []
    for line in crossed + [f"{where}: not measured (its floor cannot be checked)" for where in absent]:
        emit(f"GATE FAILED: {line}")
    if not crossed and not absent:
        emit(f"gate: all {len(gate.FLOORS)} quality floors and the seeds hold")
    return 1 if crossed or absent else 0


def write_json(path: Path, args: argparse.Namespace, notes: Iterable[str], rows: Iterable[Row], seeds: Iterable[SeedRow]) -> None:
    data: dict[str, Any] = {
        "quick": args.quick,
        "mode": args.mode,
        "notes": list(notes),
        "tables": [attrs.asdict(r) for r in rows],
        "seeds": [{**attrs.asdict(r), "label_accuracy": r.label_accuracy} for r in seeds],
    }
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
