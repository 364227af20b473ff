"""Pipelines at crawl scale: worker scaling, crawl formats, memory and time as input grows.

    python -m benchmarks.pipelines [--quick] [--only scaling,formats,growth] [--big-mb 1000,100] [--json FILE]

- **scaling**: pages/s of ``clean_many`` (in memory) and of the CLI (one file per page,
  ``--format jsonl --no-blocks`` to /dev/null) at ``-j 1`` and ``-j 2``, over the html_text
  dumps of traf-eval (the quick sample in ``--quick``); runs alternate j1, j2, j2, j1 so a
  change in a shared machine's load hits both alike, and the ratio is of the summed times.
- **formats**: a WARC (HTML responses), a WET (text conversions) and a JSONL export built
  from the same pages (benchmarks/crawlfiles.py), each cleaned by the CLI at ``-j 2``:
  pages/s, MB/s of file, and the share of the time warcio/json reading alone takes. Outside
  ``--quick`` it also checks that the bodies equal cleaning each page by itself.
- **memory and growth**: a JSONL stream of the dumps repeated 1x, 10x, 100x (the full run:
  990 dumps, 10.6 MB of text, so about 12 MB, 120 MB and 1.2 GB of JSONL; ``--quick``: 10
  dumps), cleaned by the CLI at ``-j 2``: seconds, and peak RSS of the whole process tree
  (parent and workers, read from /proc every 0.05 s). Each stream is written to the temporary
  folder and deleted right after. ``--big-mb`` adds streams of that many MB. Repeated pages
  meet warm per-line caches, so the repeats run faster than new pages would: growth here says
  that nothing accumulates (time and memory), not what new pages cost.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from benchmarks import corpora, crawlfiles

MB = 1_000_000
TEXT_STYLE = "html_text"
PARTS = ("scaling", "formats", "growth")


# --- inputs -----------------------------------------------------------------------------------


def load_sample(quick: bool) -> tuple[dict[str, str], dict[str, bytes]]:
    """(dumps, HTML) by "traf-eval/id": the corpus the issue measured, or its quick sample."""
    corpus = corpora.load_corpus("traf-eval")
    if quick:
        corpus = corpora.quick_sample(corpus)
    dumps = {f"traf-eval/{k}": v for k, v in corpora.load_dumps(corpus, TEXT_STYLE).items()}
    html = {f"traf-eval/{k}": v for k, v in corpora.load_html(corpus).items()}
    return dumps, html


def write_page_files(folder: Path, dumps: Mapping[str, str]) -> Path:
    folder.mkdir()
    for key, text in dumps.items():
        (folder / (key.replace("/", "_") + ".txt")).write_text(text, encoding="utf-8")
    return folder


def write_stream(path: Path, dumps: Mapping[str, str], megabytes: float | None = None, times: int = 1) -> int:
    """A JSONL stream of the dumps repeated ``times`` times, or until ``megabytes``; its size in bytes."""
    size = 0
    with open(path, "w", encoding="utf-8") as out:
        repeat = 0
        while (megabytes is not None and size < megabytes * MB) or (megabytes is None and repeat < times):
            for key, text in dumps.items():
                line = json.dumps({"id": f"{key}#{repeat}", "text": text}, ensure_ascii=False) + "\n"
                out.write(line)
                size += len(line.encode("utf-8"))
                if megabytes is not None and size >= megabytes * MB:
                    break
            repeat += 1
    return size


# --- measuring ------------------------------------------------------------------------------


def cli(args: Sequence[str | os.PathLike[str]]) -> tuple[float, float, int]:
    """Run ``python -m cleantext ARGS > /dev/null``: (seconds, peak RSS MB of its process tree, exit status)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(corpora.REPO_ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "cleantext", *map(os.fspath, args)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = 0
    while child.poll() is None:
        peak = max(peak, tree_rss(child.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    child.stderr.read()  # type: ignore[union-attr]
    return seconds, peak / MB, child.returncode


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and its children (Linux /proc; 0 where there is none)."""
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(child) for child in children]
    except OSError:
        pass
    for each in pids:
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def timed(run: Callable[[], Any]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def cpu_seconds() -> float:
    """CPU time of this process and of every child (and their children) it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def scaling(dumps: Mapping[str, str], folder: Path) -> dict[str, Any]:
    """pages/s at -j 1 and -j 2 of clean_many and of the CLI, alternating j1 j2 j2 j1."""
    import cleantext

    cleaner = cleantext.Cleaner()
    pages = list(dumps.values())
    files = write_page_files(folder / "pages", dumps)
    seconds: dict[str, dict[int, float]] = {"clean_many": {1: 0.0, 2: 0.0}, "cli": {1: 0.0, 2: 0.0}}
    cpu: dict[str, dict[int, float]] = {"clean_many": {1: 0.0, 2: 0.0}, "cli": {1: 0.0, 2: 0.0}}
    for jobs in (1, 2, 2, 1):
        cleantext.reset_caches()
        before = cpu_seconds()
        seconds["clean_many"][jobs] += timed(lambda: [r.body for r in cleaner.clean_many(pages, jobs=jobs)])
        middle = cpu_seconds()
        seconds["cli"][jobs] += cli(["-j", str(jobs), "--format", "jsonl", "--no-blocks", files])[0]
        cpu["clean_many"][jobs] += middle - before
        cpu["cli"][jobs] += cpu_seconds() - middle
    result = {}
    for name, by_jobs in seconds.items():
        rates = {jobs: 2 * len(pages) / total for jobs, total in by_jobs.items()}
        extra = cpu[name][2] / cpu[name][1] - 1
        result[name] = {"pages_per_s": rates, "speedup": rates[2] / rates[1], "seconds": by_jobs,
                        "cpu_seconds": cpu[name], "extra_cpu_at_j2": extra}
        emit(f"scaling · {name:<10} · {len(pages)} pages x2 · -j 1 {rates[1]:6.1f} pages/s · -j 2 {rates[2]:6.1f} pages/s"
             f" · {rates[2] / rates[1]:.2f}x · CPU at -j 2 {100 * extra:+.0f}% of -j 1's"
             f" ({cpu[name][1]:.1f} s -> {cpu[name][2]:.1f} s; 2 idle cores would give {2 / (1 + extra):.2f}x)")
    return result


def formats(dumps: Mapping[str, str], html: Mapping[str, bytes], folder: Path, verify: bool) -> dict[str, Any]:
    """CLI throughput on a WARC, a WET and a JSONL file of the same pages; reading time alone."""
    from cleantext import Cleaner
    from cleantext.formats import read_pages

    files = {
        "warc": (crawlfiles.write_warc(folder / "pages.warc.gz", html), len(html)),
        "wet": (crawlfiles.write_wet(folder / "pages.wet.gz", dumps), len(dumps)),
        "jsonl": (crawlfiles.write_jsonl(folder / "pages.jsonl.gz", dumps.items()), len(dumps)),
    }
    result = {}
    for name, (path, count) in files.items():
        seconds, peak, status = cli(["-j", "2", "--format", "jsonl", "--no-blocks", path])
        reading = timed(lambda: [page for page in read_pages(path)])
        size = path.stat().st_size / MB
        row: dict[str, Any] = {"pages": count, "seconds": seconds, "pages_per_s": count / seconds,
                               "file_mb": size, "read_share": reading / seconds, "peak_rss_mb": peak, "status": status}
        line = (f"format · {name:<5} · {count} pages · {size:.1f} MB gzipped · -j 2: {seconds:.1f} s,"
                f" {count / seconds:.1f} pages/s · reading alone {100 * reading / seconds:.0f}% of that")
        if verify:
            pages = list(html.values()) if name == "warc" else list(dumps.values())
            kind = "html" if name == "warc" else "text"
            cleaner = Cleaner()
            streamed = [getattr(r, "body", None) for r in cleaner.clean_many(read_pages(path), jobs=2)]
            alone = [cleaner.clean(page, kind=kind).body for page in pages]
            row["same_bodies"] = streamed == alone
            line += f" · bodies equal to one by one: {streamed == alone}"
        result[name] = row
        emit(line)
    return result


def growth(dumps: Mapping[str, str], folder: Path, repeats: Sequence[int], big: Sequence[float]) -> dict[str, Any]:
    """Time and peak RSS of the CLI (-j 2) on JSONL streams of growing size."""
    rows = []
    sizes: list[tuple[str, dict[str, Any]]] = [(f"{n}x", {"times": n}) for n in repeats]
    sizes += [(f"{mb:g} MB", {"megabytes": mb}) for mb in big]
    for label, how in sizes:
        path = folder / "stream.jsonl"
        size = write_stream(path, dumps, **how)
        try:
            seconds, peak, status = cli(["-j", "2", "--format", "jsonl", "--no-blocks", path])
        finally:
            path.unlink()
        rows.append({"input": label, "mb": size / MB, "seconds": seconds, "peak_rss_mb": peak, "status": status})
        emit(f"growth · {label:>8} · {size / MB:8.1f} MB · {seconds:7.1f} s · {size / MB / seconds:5.2f} MB/s"
             f" · peak RSS {peak:.0f} MB (parent + 2 workers) · exit {status}")
    base = rows[0]
    for row in rows[1 : len(repeats)]:
        factor = int(row["input"][:-1])
        emit(f"growth · time({row['input']}) / ({factor} * time(1x)) = {row['seconds'] / (factor * base['seconds']):.2f}"
             " (1 = linear; the CLI's start-up weighs on the 1x time)")
    return {"rows": rows}


def emit(text: str) -> None:
    print(text, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pipelines", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the 100-page sample, streams of 10 pages x1/x10/x100 (~30 s)")
    parser.add_argument("--big-mb", type=lambda s: [float(x) for x in s.split(",") if x], default=[],
                        metavar="MB[,MB]", help="also clean JSONL streams of these sizes (e.g. 1000,100)")
    parser.add_argument("--only", type=lambda s: [x.strip() for x in s.split(",") if x.strip()],
                        default=list(PARTS), metavar="PART[,PART]", help="some of: " + ", ".join(PARTS))
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the numbers as JSON")
    args = parser.parse_args(argv)
    unknown = set(args.only) - set(PARTS)
    if unknown:
        parser.error(f"--only: unknown part(s) {', '.join(sorted(unknown))}")
    if corpora.missing_corpora(["traf-eval"]):
        emit(f"pipelines: traf-eval not found under {corpora.corpora_dir()} (set ${corpora.CORPORA_ENV}), skipped")
        return 0
    emit(f"pipelines: {os.cpu_count()} CPUs; not pinned (it measures using several)")
    dumps, html = load_sample(args.quick)
    with tempfile.TemporaryDirectory(prefix="cleantext-pipelines-") as temporary:
        folder = Path(temporary)
        parts = {
            "scaling": lambda: scaling(dumps, folder),
            "formats": lambda: formats(dumps, html, folder, verify=not args.quick),
            "growth": lambda: growth(dict(list(dumps.items())[:10]) if args.quick else dumps, folder, (1, 10, 100),
                                     args.big_mb),
        }
        results = {name: run() for name, run in parts.items() if name in args.only}
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
