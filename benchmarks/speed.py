"""Speed: throughput, memory and linearity, one process on one core.

    python -m benchmarks.speed [--quick] [--extractors cleantext,trafilatura,justext] [--json FILE]

- Throughput (MB/s and pages/s of input) in text mode (the html_text dumps of
  both corpora) and HTML mode (the raw pages), for cleantext and the peers in
  the same run, interleaved page by page, so the speed is also a ratio that
  holds across machines and across a machine's changing load.
- Memory of the subject (the first extractor, cleantext by default):
  tracemalloc peak on the largest pages (a separate, untimed pass: tracing
  slows code down) and the process's max RSS.
- Linearity of the subject: one median-sized page repeated 1x, 10x, 100x;
  time(100x) / (100 * time(1x)) near 1 means linear, above 3 is a warning.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sys
import time
import tracemalloc
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from benchmarks import corpora
from benchmarks.corpora import Mode
from benchmarks.extractors import DEFAULT_TIMEOUT, Extractor, ExtractorTimeout, PageInput, load_extractors, run

DEFAULT_EXTRACTORS = ("cleantext", "trafilatura", "justext")
TEXT_STYLE = "html_text"
REPEATS = (1, 10, 100)
LINEAR_WARNING = 3.0
LINEAR_GIVE_UP = 20.0  # cut a repeated run off at this many times its linear estimate
MB = 1_000_000


@attrs.frozen
class Throughput:
    mode: str
    extractor: str
    pages: int
    megabytes: float
    seconds: float
    failures: int

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.seconds if self.seconds else 0.0

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


@attrs.frozen
class Linearity:
    mode: str
    extractor: str
    page: str
    megabytes_1x: float
    seconds: dict[int, float]  # repeat count -> best time
    error: str = ""  # the first failure, which makes the times meaningless

    @property
    def ratio(self) -> float:
        """time(n_max) / (n_max * time(1x)): 1 for linear growth, n for quadratic."""
        top = max(self.seconds)
        return self.seconds[top] / (top * self.seconds[1]) if self.seconds[1] else 0.0


# --- inputs -------------------------------------------------------------------------------


def size_of(page_input: PageInput) -> int:
    """Bytes of input, the unit of MB/s (UTF-8 for text)."""
    return len(page_input.encode("utf-8") if isinstance(page_input, str) else page_input)


def load_pages(mode: Mode, quick: bool) -> dict[str, PageInput]:
    """Every page of both corpora (or the quick sample) in one mode, keyed corpus/id."""
    pages: dict[str, PageInput] = {}
    for name in corpora.SPEED_CORPORA:
        if corpora.missing_corpora([name]):
            continue
        corpus = corpora.load_corpus(name)
        if quick:
            corpus = corpora.quick_sample(corpus)
        style = TEXT_STYLE if mode == "text" else None
        for page_id, page_input in corpora.load_inputs(corpus, mode, style).items():
            pages[f"{name}/{page_id}"] = page_input
    return pages


def repeated(page_input: PageInput, mode: Mode, times: int) -> PageInput:
    """One page made `times` as long: the dump concatenated with itself, or the
    HTML body's content repeated inside one document."""
    if mode == "text":
        return "\n".join([str(page_input)] * times)
    import lxml.html

    root = lxml.html.fromstring(page_input)
    head = root.find("head")
    body = root.find("body")
    body = root if body is None else body
    inner = (body.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in body)
    head_html = "" if head is None else lxml.html.tostring(head, encoding="unicode")
    return f"<html>{head_html}<body>{inner * times}</body></html>"


def median_page(pages: Mapping[str, PageInput]) -> str:
    """The key of the median-sized page: representative, neither trivial nor extreme."""
    keys = sorted(pages, key=lambda key: size_of(pages[key]))
    return keys[len(keys) // 2]


# --- measurements ------------------------------------------------------------------------------


def _cold_caches() -> None:
    """Empty cleantext's per-line caches, so one pass does not profit from another's pages."""
    try:
        import cleantext
    except ImportError:
        return
    reset = getattr(cleantext, "reset_caches", None)
    if reset is not None:
        reset()


def throughputs(extractors: Sequence[Extractor], pages: Mapping[str, PageInput], mode: Mode) -> list[Throughput]:
    """Time every extractor on every page, interleaved page by page (after one untimed warm-up
    call each, for imports and caches).

    Page by page, with the order rotating, so every extractor runs under the same machine
    conditions: on a shared machine the speed drifts by tens of percent within a minute, and
    timing one extractor's whole pass after another's moved the time ratio from 1.3x to 1.9x
    between two runs of the same code.
    """
    first = next(iter(pages.values()))
    _cold_caches()  # the pass starts cold: only repeats within this batch may help
    for extractor in extractors:
        run(extractor, first, mode, timeout=DEFAULT_TIMEOUT)
    gc.collect()
    seconds = [0.0] * len(extractors)
    failures = [0] * len(extractors)
    for number, page_input in enumerate(pages.values()):
        for turn in range(len(extractors)):
            which = (number + turn) % len(extractors)
            outcome = run(extractors[which], page_input, mode, timeout=DEFAULT_TIMEOUT)
            seconds[which] += outcome.seconds
            failures[which] += outcome.failed
    megabytes = sum(size_of(p) for p in pages.values()) / MB
    return [
        Throughput(mode, extractor.name, len(pages), megabytes, seconds[i], failures[i])
        for i, extractor in enumerate(extractors)
    ]


def peak_memory(extractor: Extractor, pages: Mapping[str, PageInput], mode: Mode, largest: int) -> tuple[float, int]:
    """(tracemalloc peak in MB, pages traced) over the `largest` pages, where the peak is."""
    chosen = sorted(pages.values(), key=size_of, reverse=True)[:largest]
    gc.collect()
    tracemalloc.start()
    try:
        for page_input in chosen:
            run(extractor, page_input, mode, timeout=DEFAULT_TIMEOUT)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / MB, len(chosen)


def max_rss_mb() -> float:
    """The process's max resident set (all of it: corpora, peers, interpreter)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 if sys.platform != "darwin" else rss / MB  # KiB on Linux, bytes on macOS


def linearity(extractor: Extractor, pages: Mapping[str, PageInput], mode: Mode, quick: bool) -> Linearity:
    """Best-of-k time of the median page repeated 1x, 10x, 100x (fewer tries for
    bigger inputs). A run past LINEAR_GIVE_UP times the linear estimate is cut
    off, so a quadratic pass shows up as a warning instead of a hung benchmark."""
    key = median_page(pages)
    tries = {1: 3, 10: 1, 100: 1} if quick else {1: 7, 10: 3, 100: 2}
    inputs = {times: repeated(pages[key], mode, times) for times in REPEATS}
    run(extractor, inputs[1], mode, timeout=DEFAULT_TIMEOUT)  # warm-up
    seconds: dict[int, float] = {}
    errors: list[str] = []
    for times in REPEATS:
        limit = max(DEFAULT_TIMEOUT, LINEAR_GIVE_UP * times * seconds.get(1, 0.0))
        outcomes = [run(extractor, inputs[times], mode, timeout=limit) for _ in range(tries[times])]
        seconds[times] = min(o.seconds for o in outcomes)  # a lower bound when cut off
        errors += [o.error for o in outcomes if o.failed]
    return Linearity(mode, extractor.name, key, size_of(inputs[1]) / MB, seconds, errors[0] if errors else "")


# --- printing ----------------------------------------------------------------------------------------


def format_throughput(mode: Mode, rows: Sequence[Throughput]) -> str:
    """One table; the last column is each extractor's time over the first one's."""
    first = rows[0]
    source = f"{TEXT_STYLE} dumps" if mode == "text" else "raw pages"
    relative = f"time/{first.extractor}"
    lines = [
        f"speed · {mode} ({source}) · {first.pages} pages · {first.megabytes:.1f} MB",
        f"  {'extractor':<12} {'seconds':>8} {'MB/s':>7} {'pages/s':>8} {'failures':>9} {relative:>18}",
    ]
    for r in rows:
        ratio = f"{r.seconds / first.seconds:.2f}x" if first.seconds else "-"
        lines.append(
            f"  {r.extractor:<12} {r.seconds:8.2f} {r.mb_per_s:7.2f} {r.pages_per_s:8.1f} {r.failures:9d} {ratio:>18}"
        )
    lines += [
        f"WARNING: {r.extractor} failed on {r.failures} of {r.pages} pages: its speed counts failed calls"
        for r in rows
        if r.failures
    ]
    return "\n".join(lines)


def format_linearity(row: Linearity) -> str:
    times = "  ".join(f"{n}x {s * 1000:.1f} ms" for n, s in row.seconds.items())
    text = (
        f"linearity · {row.mode} · {row.extractor} · {row.page} ({row.megabytes_1x * 1000:.0f} kB): "
        f"{times}  ratio time(100x)/(100*time(1x)) = {row.ratio:.2f}"
    )
    if row.error.startswith(ExtractorTimeout.__name__):
        text += f"\nWARNING: {row.extractor} was cut off on the repeated page ({row.error}): not linear, ratio at least as above"
    elif row.error:
        text += f"\nWARNING: {row.extractor} failed on the repeated page ({row.error}): times not meaningful"
    elif row.ratio > LINEAR_WARNING:
        text += f"\nWARNING: {row.extractor} grows faster than linearly in {row.mode} mode (ratio {row.ratio:.1f} > {LINEAR_WARNING:g})"
    return text


def emit(text: str) -> None:
    print(text + "\n", flush=True)


# --- the run -------------------------------------------------------------------------------------------


def pin_to_one_core() -> str:
    """Run on one CPU so the numbers mean one core, whatever the machine."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cpu = max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def measure_mode(extractors: Sequence[Extractor], mode: Mode, quick: bool) -> dict[str, Any]:
    """Throughput of every extractor, then memory and linearity of the first one."""
    pages = load_pages(mode, quick)
    if not pages:
        emit(f"speed · {mode}: no corpora found under {corpora.corpora_dir()} (set ${corpora.CORPORA_ENV}), skipped")
        return {}
    usable = [e for e in extractors if mode in e.modes]
    if not usable:
        return {}
    rows = throughputs(usable, pages, mode)
    emit(format_throughput(mode, rows))
    subject = usable[0]
    peak, traced = peak_memory(subject, pages, mode, largest=10 if quick else 50)
    emit(f"memory · {mode} · {subject.name}: tracemalloc peak {peak:.1f} MB over the {traced} largest pages")
    line = linearity(subject, pages, mode, quick)
    emit(format_linearity(line))
    return {
        "throughput": [{**attrs.asdict(r), "mb_per_s": r.mb_per_s, "pages_per_s": r.pages_per_s} for r in rows],
        "tracemalloc_peak_mb": peak,
        "linearity": {**attrs.asdict(line), "ratio": line.ratio},
    }


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.speed", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the fixed 100-page sample, fewer repeats (< ~1 min)")
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both")
    parser.add_argument(
        "--extractors", type=lambda s: [x.strip() for x in s.split(",") if x.strip()],
        default=list(DEFAULT_EXTRACTORS), help="comma-separated; the first is measured for memory and linearity",
    )  # fmt: skip
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the numbers as JSON")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    emit(f"speed: one process, {pin_to_one_core()}")
    extractors, notes = load_extractors(args.extractors)
    for note in notes:
        emit(note)
    modes: list[Mode] = ["text", "html"] if args.mode == "both" else [args.mode]
    start = time.perf_counter()
    results = {mode: measure_mode(extractors, mode, args.quick) for mode in modes}
    rss = max_rss_mb()
    emit(f"max RSS of this process: {rss:.0f} MB · speed pass took {time.perf_counter() - start:.0f} s")
    if args.json:
        data = {"quick": args.quick, "notes": notes, "max_rss_mb": rss, **results}
        args.json.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
