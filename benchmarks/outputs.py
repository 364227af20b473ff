"""Same output, before and after a change: dump every page's outputs, then compare two dumps.

    python -m benchmarks.outputs dump FILE [--quick] [--corpus NAME,...] [--modes html,html_text,...]
    python -m benchmarks.outputs compare BEFORE AFTER

``dump`` cleans every page of the development corpora (traf-eval, readability-pages and
wcxb-dev where present) in HTML mode and in text mode for the given dump styles
(default: html, html_text, bs4_nodes, bs4_flat) and writes one JSON line per page and mode:
its body, title and the label of every block, plus the page's block count and CPU seconds
(those two are for reading, not compared). ``compare`` reports every page whose body,
title or labels differ, and exits 1 if any does. A change meant to keep the output
(a speed-up, a guard for degenerate input) runs ``dump`` before and after and ``compare``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from benchmarks import corpora

DEFAULT_MODES: tuple[str, ...] = ("html", "html_text", "bs4_nodes", "bs4_flat")
CORPORA: tuple[str, ...] = ("traf-eval", "readability-pages", "wcxb-dev")
COMPARED: tuple[str, ...] = ("body", "title", "labels", "page_type")


def _corpus(name: str) -> corpora.Corpus:
    """Any corpus folder with an index.jsonl of ids (only the ids and the folder are used here)."""
    folder = corpora.corpora_dir() / name
    pages = tuple(corpora.Page(id=row["id"]) for row in corpora.read_jsonl(folder / "index.jsonl"))
    return corpora.Corpus(name=name, folder=folder, metric="body", pages=pages)


def outputs(names: Sequence[str], modes: Sequence[str], quick: bool) -> Iterator[dict[str, Any]]:
    """One record per page and mode, in a fixed order."""
    import cleantext

    for name in names:
        if corpora.missing_corpora((name,)):
            print(f"{name}: not on disk, skipped", file=sys.stderr)
            continue
        corpus = _corpus(name)
        if quick:
            corpus = corpora.quick_sample(corpus)
        for mode in modes:
            inputs = corpora.load_inputs(corpus, "html", None) if mode == "html" else corpora.load_dumps(corpus, mode)
            clean = cleantext.clean_html if mode == "html" else cleantext.clean_text
            for page_id in sorted(inputs):
                started = time.process_time()
                doc = clean(inputs[page_id])
                seconds = time.process_time() - started
                yield {
                    "corpus": name, "mode": mode, "id": page_id,
                    "body": doc.body, "title": doc.title, "page_type": doc.page_type,
                    "labels": "".join(_letter(block.label) for block in doc.blocks),
                    "blocks": len(doc.blocks), "seconds": round(seconds, 4),
                }


def _letter(label: object) -> str:
    """One letter per label (in the taxonomy's order; '?' for none): a page's labels are one short string."""
    from cleantext.model import Label

    return "?" if label is None else chr(ord("A") + list(Label).index(label))


def _read(path: Path) -> dict[tuple[str, str, str], dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return {(r["corpus"], r["mode"], r["id"]): r for r in map(json.loads, handle)}


def compare(before: Path, after: Path) -> int:
    """Print every page and mode whose compared outputs differ; 1 if any does (or one is missing)."""
    old, new = _read(before), _read(after)
    differing = 0
    for key in sorted(old.keys() | new.keys()):
        if key not in old or key not in new:
            print(f"{'/'.join(key)}: only in {'after' if key in new else 'before'}")
            differing += 1
            continue
        fields = [field for field in COMPARED if old[key].get(field) != new[key].get(field)]
        if fields:
            differing += 1
            print(f"{'/'.join(key)}: {', '.join(fields)} differ")
    by_mode: dict[tuple[str, str], int] = {}
    for corpus, mode, _ in old.keys() & new.keys():
        by_mode[corpus, mode] = by_mode.get((corpus, mode), 0) + 1
    for (corpus, mode), count in sorted(by_mode.items()):
        print(f"{corpus:<18} {mode:<10} {count:5d} pages compared")
    print(f"{len(old.keys() & new.keys())} page x mode outputs compared (body, title, labels); {differing} differ")
    return 1 if differing else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.outputs", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    dump = sub.add_parser("dump", help="clean every page and write its outputs")
    dump.add_argument("file", type=Path)
    dump.add_argument("--quick", action="store_true", help="the quick sample of each corpus")
    dump.add_argument("--corpus", default=",".join(CORPORA))
    dump.add_argument("--modes", default=",".join(DEFAULT_MODES))
    cmp = sub.add_parser("compare", help="compare two dumps")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "compare":
        return compare(args.before, args.after)
    count = 0
    with gzip.open(args.file, "wt", encoding="utf-8") as handle:
        for record in outputs(args.corpus.split(","), args.modes.split(","), args.quick):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} page x mode outputs written to {args.file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
