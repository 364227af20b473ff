"""Speed as instructions: what each extractor costs in CPU instructions, whatever the load.

    python -m benchmarks.instructions [--mode text|html|both] [--pages N]
        [--extractors cleantext,trafilatura]

On a shared machine wall-clock ratios drift by several percent from run to run; the number of
instructions a pass executes hardly moves (valgrind's callgrind counts them). Each extractor
cleans a fixed sample (every k-th page of the quick sample of both corpora) in a process of
its own under callgrind, once after a warm-up page and once with the warm-up alone; the
difference is the pass's cost. The ratio of a peer's instructions to cleantext's stands beside
``benchmarks.speed``'s same-run time ratio (instructions per cycle differ between programs, so
the two are close, not equal). Skipped, with a line saying why, where valgrind is missing.
"""

from __future__ import annotations

import argparse
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks import corpora
from benchmarks.corpora import Mode
from benchmarks.extractors import PageInput
from benchmarks.speed import TEXT_STYLE

DEFAULT_EXTRACTORS = ("cleantext", "trafilatura")
DEFAULT_PAGES = 60
_COLLECTED = re.compile(r"Collected : (\d+)")
_REPO = Path(__file__).resolve().parent.parent

# The child: load the extractor, clean one page (imports and caches warm), then the sample
# `passes` times; its instructions are read from callgrind's summary.
_CHILD = """
import pickle, sys
sys.path[:0] = [{src!r}, {repo!r}]
from benchmarks.extractors import load_extractors, run
pages, mode, name, passes = pickle.load(open({inputs!r}, "rb"))
loaded, notes = load_extractors([name])
if not loaded:
    sys.exit(" ".join(notes))
extractor = loaded[0]
run(extractor, pages[0], mode)
for _ in range(passes):
    for page in pages:
        run(extractor, page, mode)
"""


def sample(mode: Mode, count: int) -> list[PageInput]:
    """Every k-th page of the quick sample of both corpora, ``count`` pages in all."""
    pages: list[PageInput] = []
    for name in corpora.SPEED_CORPORA:
        if corpora.missing_corpora([name]):
            continue
        corpus = corpora.quick_sample(corpora.load_corpus(name))
        inputs = corpora.load_inputs(corpus, mode, TEXT_STYLE if mode == "text" else None)
        pages.extend(inputs[page.id] for page in corpus.pages if page.id in inputs)
    step = max(1, len(pages) // count)
    return pages[::step][:count]


def instructions(name: str, pages: Sequence[PageInput], mode: Mode, passes: int) -> int:
    """Instructions callgrind counts for a child that cleans ``pages`` ``passes`` times."""
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "inputs.pickle"
        inputs.write_bytes(pickle.dumps((list(pages), mode, name, passes)))
        script = _CHILD.format(src=str(_REPO / "src"), repo=str(_REPO), inputs=str(inputs))
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", script],
            capture_output=True, text=True, check=False,
        )
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"{name}: callgrind run failed: {done.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1))


def measure(mode: Mode, names: Sequence[str], count: int) -> list[tuple[str, int]]:
    pages = sample(mode, count)
    return [(name, instructions(name, pages, mode, 1) - instructions(name, pages, mode, 0)) for name in names]


def format_rows(mode: Mode, count: int, rows: Sequence[tuple[str, int]]) -> str:
    subject = rows[0][1]
    lines = [f"instructions · {mode} · {count} pages (one pass, start-up and warm-up subtracted)",
             f"  {'extractor':12s} {'instructions':>14s} {'/ ' + rows[0][0]:>14s}"]
    lines += [f"  {name:12s} {count_:>14,d} {count_ / subject:>13.2f}x" for name, count_ in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both")
    parser.add_argument("--pages", type=int, default=DEFAULT_PAGES)
    parser.add_argument("--extractors", default=",".join(DEFAULT_EXTRACTORS))
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed (apt-get install valgrind), skipped")
        return 0
    if corpora.missing_corpora(corpora.SPEED_CORPORA):
        print("instructions: corpora not found (set $CLEANTEXT_CORPORA), skipped")
        return 0
    names = args.extractors.split(",")
    for mode in ("text", "html") if args.mode == "both" else (args.mode,):
        print(format_rows(mode, args.pages, measure(mode, names, args.pages)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
