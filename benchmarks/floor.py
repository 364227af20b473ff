"""Floor: how fast the simplest pure-Python passes over the same inputs are.

    python -m benchmarks.floor [--quick]

The speed targets are set in MB/s (text) and as a ratio to trafilatura (HTML).
This puts cleantext beside passes that do a small fraction of its work, timed in
the same process, page by page in turn, so a target can be read against what
any CPython design must spend at least:

- text (the html_text dumps): splitting a dump into stripped lines; then also
  case folding each line and searching it for one, then four of cleantext's
  own cue families (those its verdicts ask of most lines; no cache, nothing else);
- HTML (the raw pages): decoding and parsing with lxml; then also visiting
  every element for its tag, attributes, text and tail (the least a walk reads).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence

from benchmarks import corpora
from benchmarks.extractors import Extractor, load_extractors
from benchmarks.speed import pin_to_one_core
from cleantext.cues import load as load_cues
from cleantext.decode import decode_bytes
from cleantext.segment.html import parse
from cleantext.textutil import fold_case
from lxml import etree

MB = 1_000_000
Pass = Callable[[object], object]
# The cue families the per-line verdicts search on most lines (benchmarks: 80-110 calls a page each).
COMMON_FAMILIES = ("comments_patterns", "related_patterns", "byline_patterns", "caption_patterns")


def _lines(text: object) -> None:
    for line in str(text).splitlines():
        line.strip()


def _cue_searches(count: int) -> tuple[str, Pass]:
    cues = load_cues()
    families = COMMON_FAMILIES[:count]
    search = cues.search

    def run(text: object) -> None:
        for line in str(text).splitlines():
            line = line.strip()
            if line:
                folded = fold_case(line)
                for family in families:
                    search(family, folded)

    return f"+ case fold, search {', '.join(f.split('_')[0] for f in families)} cues", run


def _parsed(page: object) -> object:
    text = decode_bytes(page, html=True) if isinstance(page, bytes) else str(page)
    return parse(text)


def _bare_walk(page: object) -> None:
    root = _parsed(page)
    if root is None:
        return
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            element.items()
            element.text  # noqa: B018 - reading it is the work measured
        else:
            element.tail  # noqa: B018


def _time_in_turn(passes: Sequence[tuple[str, Pass]], pages: Sequence[object]) -> dict[str, float]:
    """Seconds per pass, the passes taking turns page by page (alternating order)."""
    seconds = dict.fromkeys((name for name, _ in passes), 0.0)
    for i, page in enumerate(pages):
        for name, run in passes if i % 2 else passes[::-1]:
            start = time.perf_counter()
            run(page)
            seconds[name] += time.perf_counter() - start
    return seconds


def _extractor_passes(mode: str) -> list[tuple[str, Pass]]:
    """cleantext itself, and trafilatura when installed, as in benchmarks.speed."""
    found, _ = load_extractors(["cleantext", "trafilatura"])

    def as_pass(extractor: Extractor) -> Pass:
        def run(page: object) -> None:
            try:
                extractor.extract(page, mode)  # type: ignore[arg-type]
            except Exception:  # a peer's failure on one page costs what it cost; the run goes on
                pass

        return run

    return [(f"{extractor.name}, whole job", as_pass(extractor)) for extractor in found]


def _inputs(mode: str, quick: bool) -> list[object]:
    pages: list[object] = []
    for name in corpora.CORPUS_NAMES:
        corpus = corpora.load_corpus(name)
        if quick:
            corpus = corpora.quick_sample(corpus)
        pages += corpora.load_inputs(corpus, mode, "html_text" if mode == "text" else None).values()
    return pages


def _size(page: object) -> int:
    return len(page) if isinstance(page, bytes) else len(str(page).encode("utf-8"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the quick sample of each corpus")
    args = parser.parse_args(argv)
    missing = corpora.missing_corpora(corpora.CORPUS_NAMES)
    if missing:
        print(f"floor: corpora not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    print(f"floor: {pin_to_one_core()}")
    for mode in ("text", "html"):
        pages = _inputs(mode, args.quick)
        megabytes = sum(map(_size, pages)) / MB
        if mode == "text":
            passes = [("lines only (split, strip)", _lines)] + [_cue_searches(n) for n in (1, 4)]
        else:
            passes = [("decode + parse", _parsed), ("+ visit every element (tag, attributes, text, tail)", _bare_walk)]
        seconds = _time_in_turn(passes + _extractor_passes(mode), pages)
        print(f"\n{mode} mode: {len(pages)} pages, {megabytes:.1f} MB")
        print("| pass | MB/s | ms/page |\n|---|---|---|")
        for name, spent in seconds.items():
            print(f"| {name} | {megabytes / spent:.1f} | {1000 * spent / len(pages):.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
