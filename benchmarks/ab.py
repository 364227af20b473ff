"""A/B speed of this checkout against a git revision, both in one process, page by page.

    python -m benchmarks.ab REV [--quick] [--modes html,html_text] [--rounds 3]

The revision's ``src/cleantext`` is exported (``git archive``) into a temporary folder under
the name ``cleantext_base`` (the package imports itself only relatively, so both copies load
side by side). Every page of the development corpora is cleaned by both, the order flipped
page by page and round by round so the machine's drift hits both alike; each version's
caches are warmed by a first pass that is not timed. Reported per mode: the CPU seconds of
each (sum over pages, median over rounds) and their ratio; below 1 the checkout is faster.
"""

from __future__ import annotations

import argparse
import importlib
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks import corpora
from benchmarks.outputs import CORPORA, _corpus


def load_base(revision: str, folder: Path) -> Any:
    """The package as it was at ``revision``, imported as ``cleantext_base``."""
    archive = subprocess.run(["git", "archive", revision, "src/cleantext"], cwd=corpora.REPO_ROOT,
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.10.12+, 3.11.4+
            tar.extractall(folder, filter="data")
        else:
            tar.extractall(folder)
    (folder / "src" / "cleantext").rename(folder / "cleantext_base")
    sys.path.insert(0, str(folder))
    return importlib.import_module("cleantext_base")


def _timed(clean: Callable[[Any], Any], page: Any) -> float:
    started = time.process_time()
    clean(page)
    return time.process_time() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ab", description=__doc__.split("\n\n")[0])
    parser.add_argument("revision")
    parser.add_argument("--quick", action="store_true", help="the quick sample of each corpus")
    parser.add_argument("--modes", default="html,html_text")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpora", default=",".join(CORPORA),
                        help="comma-separated; traf-eval,readability-pages are the ones benchmarks.speed times")
    args = parser.parse_args(argv)
    import cleantext

    with tempfile.TemporaryDirectory() as folder:
        base = load_base(args.revision, Path(folder))
        for mode in args.modes.split(","):
            pages: list[Any] = []
            for name in args.corpora.split(","):
                if corpora.missing_corpora((name,)):
                    continue
                corpus = _corpus(name)
                if args.quick:
                    corpus = corpora.quick_sample(corpus)
                found = corpora.load_html(corpus) if mode == "html" else corpora.load_dumps(corpus, mode)
                pages += [found[key] for key in sorted(found)]
            new = cleantext.clean_html if mode == "html" else cleantext.clean_text
            old = base.clean_html if mode == "html" else base.clean_text
            for page in pages:  # warm-up: imports, cue compilation, line caches
                new(page)
                old(page)
            totals: dict[str, list[float]] = {"base": [], "this": []}
            for round_ in range(args.rounds):
                spent = {"base": 0.0, "this": 0.0}
                for number, page in enumerate(pages):
                    pair = (("base", old), ("this", new))
                    for who, clean in pair if (number + round_) % 2 else reversed(pair):
                        spent[who] += _timed(clean, page)
                for who in totals:
                    totals[who].append(spent[who])
            base_s, this_s = statistics.median(totals["base"]), statistics.median(totals["this"])
            print(f"{mode:<10} {len(pages):5d} pages  base {args.revision} {base_s:7.2f} s  this {this_s:7.2f} s  "
                  f"ratio {this_s / base_s:.3f}  (rounds: base {', '.join(f'{t:.2f}' for t in totals['base'])}; "
                  f"this {', '.join(f'{t:.2f}' for t in totals['this'])})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
