"""Floor: how fast the simplest pure-Python passes over the same inputs are.

    python -m benchmarks.floor [--quick]

The speed targets are set in MB/s (text) and as a ratio to trafilatura (HTML).
This runs cleantext and trafilatura (when installed) beside passes that do a
small part of cleantext's work, through ``benchmarks.speed``'s turn-taking
throughput loop and table, so a target can be read against what any CPython
design must spend at least:

- text (the html_text dumps): ``lines`` splits a dump into stripped lines;
  ``lines+1cue`` also case folds each line and searches it for one of
  cleantext's cue families, ``lines+4cues`` for four (those its verdicts ask of
  most lines; no cache, nothing else);
- HTML (the raw pages): ``parse`` decodes and parses with lxml into a tree;
  ``parse+walk`` also visits every element of the tree for its tag,
  attributes, text and tail (the least a walk over a tree reads);
  ``parse+events`` instead has the parser hand every start tag, end tag and
  text to Python methods that do nothing (cleantext's own starting point: it
  builds no tree).

Every call, as in ``benchmarks.speed``, carries a few microseconds of timeout
set-up: noticeable only in the ``lines`` row.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from benchmarks import corpora
from benchmarks.corpora import Mode
from benchmarks.extractors import Extractor, PageInput, load_extractors
from benchmarks.speed import format_throughput, load_pages, pin_to_one_core, throughputs
from cleantext.cues import load as load_cues
from cleantext.decode import decode_bytes
from cleantext.segment.html import html_parser, parse_into, prepare
from cleantext.textutil import fold_case
from lxml import etree

# The cue families the per-line verdicts search on most lines (80-110 calls a page each).
COMMON_FAMILIES = ("comments_patterns", "related_patterns", "byline_patterns", "caption_patterns")


def _pass(name: str, work: Callable[[PageInput], object]) -> Extractor:
    """A pass as an extractor: it returns '' (not None, which would count as a failure)."""

    def extract(page_input: PageInput, mode: Mode, lang: str | None = None) -> str:
        work(page_input)
        return ""

    return Extractor(name, extract)


def _lines(page_input: PageInput) -> None:
    for line in str(page_input).splitlines():
        line.strip()


def _cue_searches(count: int) -> Callable[[PageInput], None]:
    families = COMMON_FAMILIES[:count]
    search = load_cues().search

    def work(page_input: PageInput) -> None:
        for line in str(page_input).splitlines():
            line = line.strip()
            if line:
                folded = fold_case(line)
                for family in families:
                    search(family, folded)

    return work


def _prepared(page_input: PageInput) -> str | None:
    return prepare(decode_bytes(page_input, html=True) if isinstance(page_input, bytes) else page_input)


def _parsed(page_input: PageInput) -> object:
    text = _prepared(page_input)
    return etree.fromstring(text.encode("utf-8", errors="replace"), html_parser()) if text is not None else None


def _bare_walk(page_input: PageInput) -> None:
    root = _parsed(page_input)
    if root is None:
        return
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            element.items()
            element.text  # noqa: B018 - reading it is the work measured
        else:
            element.tail  # noqa: B018


class _NoWork:
    """A parser target that takes every event and does nothing with it."""

    def start(self, tag: str, attrib: object) -> None:
        pass

    def end(self, tag: str) -> None:
        pass

    def data(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


def _bare_events(page_input: PageInput) -> None:
    text = _prepared(page_input)
    if text is not None:
        parse_into(text, _NoWork)


def floor_passes(mode: Mode) -> list[Extractor]:
    if mode == "text":
        return [_pass("lines", _lines), _pass("lines+1cue", _cue_searches(1)), _pass("lines+4cues", _cue_searches(4))]
    return [_pass("parse", _parsed), _pass("parse+walk", _bare_walk), _pass("parse+events", _bare_events)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.floor", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the quick sample of each corpus")
    args = parser.parse_args(argv)
    missing = corpora.missing_corpora(corpora.CORPUS_NAMES)
    if missing:
        print(f"floor: corpora not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    print(f"floor: one process, {pin_to_one_core()}")
    extractors, _ = load_extractors(["cleantext", "trafilatura"])
    modes: tuple[Mode, ...] = ("text", "html")
    for mode in modes:
        rows = throughputs(extractors + floor_passes(mode), load_pages(mode, args.quick), mode)
        print(format_throughput(mode, rows), end="\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
