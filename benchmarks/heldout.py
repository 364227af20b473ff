"""Held-out quality: pages that are not in ../shared, with the expected body a third party
publishes beside them in its PyPI source distribution.

    python -m benchmarks.heldout [--pages] [--extractors cleantext,trafilatura,...]
        [--cache DIR] [--timeout SECONDS]

The pinned sdists (`SOURCES`) are fetched at run time with pip into a cache outside the repo
($CLEANTEXT_BENCH_CACHE, else ~/.cache/cleantext-benchmarks), unpacked there, and each page's
HTML is paired with its expected text by file stem. The pages are never committed. The gold is
another extractor's expected output (newspaper4k's test fixtures), so the figures are
indicative: they say where cleantext and the peers part from that extractor's reading, not
from a human annotation. Pages whose URL or text is in the development corpora are dropped.
Without pip or a network, one line says so and the run exits 0 without a table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import attrs
import regex

from benchmarks import corpora, gate, metrics
from benchmarks.corpora import Corpus, Page
from benchmarks.extractors import DEFAULT_TIMEOUT, load_extractors, run
from benchmarks.quality import Row, format_table

CACHE_ENV = "CLEANTEXT_BENCH_CACHE"
DEFAULT_EXTRACTORS = ("cleantext", "trafilatura", "readability", "justext")
PIP_TIMEOUT = 600.0  # seconds for one `pip download` (it builds the sdist's metadata)
# A page whose gold shares this share of its 8-word windows with the corpora is not held out.
SHARED_OVERLAP = 0.3
OVERLAP_WINDOW = 8


@attrs.frozen
class Source:
    """A pinned sdist and where, inside it, the pages and their expected texts lie."""

    package: str
    version: str
    html_dir: str  # <stem>.html files, relative to the unpacked root
    text_dir: str  # <stem>.txt: the expected main text of <stem>.html
    meta_dir: str = ""  # optional <stem>.json with "url" and "language"

    @property
    def name(self) -> str:
        return f"{self.package}-{self.version}"

    @property
    def requirement(self) -> str:
        return f"{self.package}=={self.version}"


SOURCES: tuple[Source, ...] = (
    # newspaper4k's test fixtures: news articles in a dozen languages, with the article text
    # newspaper4k is expected to extract.
    Source("newspaper4k", "0.9.6", "tests/data/html", "tests/data/txt", "tests/data/metadata"),
)


@attrs.frozen
class HeldoutPage:
    """One page: raw HTML bytes, the expected body, and what the metadata says of it."""

    id: str
    html: bytes
    body: str
    url: str = ""
    lang: str | None = None


class FetchError(Exception):
    """pip, the network or the archive failed: the message is one line for the user."""


# --- fetching -------------------------------------------------------------------------------


def cache_dir() -> Path:
    """$CLEANTEXT_BENCH_CACHE, else ~/.cache/cleantext-benchmarks (never inside the repo)."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path.home() / ".cache" / "cleantext-benchmarks"


def unpacked_root(source: Source, cache: Path) -> Path:
    return cache / "sdists" / source.name


def fetch(source: Source, cache: Path, timeout: float = PIP_TIMEOUT) -> Path:
    """The unpacked sdist of `source` under `cache`, downloaded with pip on first use."""
    root = unpacked_root(source, cache)
    if (root / source.html_dir).is_dir():
        return root
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as download:
        archive = pip_download(source.requirement, Path(download), timeout)
        with tempfile.TemporaryDirectory(dir=cache) as staging:
            top = unpack(archive, Path(staging))
            root.parent.mkdir(parents=True, exist_ok=True)
            if root.exists():  # a half-written earlier run
                shutil.rmtree(root)
            top.rename(root)
    if not (root / source.html_dir).is_dir():
        raise FetchError(f"{source.requirement}: no {source.html_dir} in its sdist")
    return root


def pip_download(requirement: str, dest: Path, timeout: float) -> Path:
    """The sdist archive of `requirement`, downloaded into `dest` by pip (no wheels, no deps)."""
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
        "--timeout", "20", "--retries", "1", "--dest", str(dest), requirement,
    ]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise FetchError(f"pip download {requirement}: {type(error).__name__}: {error}") from None
    archives = sorted(p for p in dest.iterdir() if p.name.endswith((".tar.gz", ".zip")))
    if done.returncode != 0 or not archives:
        raise FetchError(f"pip download {requirement} failed: {pip_error(done.stderr)}")
    return archives[0]


def pip_error(stderr: str) -> str:
    """The line of pip's output that says what went wrong (its last ERROR line, else its last)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("ERROR")]
    return (errors or lines or ["no output"])[-1][:300]


def unpack(archive: Path, dest: Path) -> Path:
    """Extract a .tar.gz or .zip sdist into `dest`; returns its single top folder. Members that
    would land outside `dest` (absolute paths, '..', links) are refused."""
    if archive.name.endswith(".zip"):
        with zipfile.ZipFile(archive) as handle:
            for name in handle.namelist():
                _check_member(name, dest)
            handle.extractall(dest)
    else:
        with tarfile.open(archive, "r:gz") as handle:
            members = [m for m in handle.getmembers() if m.isfile() or m.isdir()]
            for member in members:
                _check_member(member.name, dest)
            handle.extractall(dest, members=members)  # noqa: S202 (members checked above)
    tops = [p for p in dest.iterdir() if p.is_dir()]
    if len(tops) != 1:
        raise FetchError(f"{archive.name}: expected one top folder, found {len(tops)}")
    return tops[0]


def _check_member(name: str, dest: Path) -> None:
    target = (dest / name).resolve()
    if not target.is_relative_to(dest.resolve()):
        raise FetchError(f"unsafe path in archive: {name}")


# --- pairing --------------------------------------------------------------------------------


def pair_pages(root: Path, source: Source) -> list[HeldoutPage]:
    """Pages whose stem has both an HTML file and a non-blank expected text, in stem order; the
    metadata JSON (when present and readable) gives the URL and language."""
    html_dir, text_dir = root / source.html_dir, root / source.text_dir
    texts = {p.stem: p for p in text_dir.glob("*.txt")} if text_dir.is_dir() else {}
    pages = []
    for html_path in sorted(html_dir.glob("*.html")):
        text_path = texts.get(html_path.stem)
        if text_path is None:
            continue
        body = text_path.read_text(encoding="utf-8", errors="replace").strip()
        if not body:
            continue
        url, lang = read_meta(root / source.meta_dir / f"{html_path.stem}.json") if source.meta_dir else ("", None)
        pages.append(
            HeldoutPage(f"{source.package}/{html_path.stem}", html_path.read_bytes(), body, url, lang)
        )
    return pages


def read_meta(path: Path) -> tuple[str, str | None]:
    """(url, language) from a metadata JSON; ('', None) when it is absent or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "", None
    if not isinstance(data, dict):
        return "", None
    lang = data.get("language")
    return str(data.get("url") or ""), (str(lang) if lang else None)


# --- held out: not in the development corpora ---------------------------------------------

_URL_HEAD = regex.compile(r"^[a-z]+://(?:www\.)?")
_WORD = regex.compile(r"\w+")


def url_key(url: str) -> str:
    """A URL without scheme, 'www.', query, fragment or trailing slash, lower-cased."""
    bare = _URL_HEAD.sub("", url.strip().lower())
    return bare.split("#", 1)[0].split("?", 1)[0].rstrip("/")


def windows(text: str, size: int = OVERLAP_WINDOW) -> set[tuple[str, ...]]:
    """The set of `size`-word windows of the lower-cased text."""
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


@attrs.frozen
class SharedIndex:
    """What the development corpora hold: page URLs and the 8-word windows of their gold texts."""

    urls: frozenset[str]
    windows: frozenset[tuple[str, ...]]

    def holds(self, page: HeldoutPage) -> bool:
        """Whether the page's URL, or a good share of its expected text, is in the corpora."""
        if page.url and url_key(page.url) in self.urls:
            return True
        gold = windows(page.body)
        return bool(gold) and len(gold & self.windows) >= SHARED_OVERLAP * len(gold)


def shared_index(root: Path | None = None) -> SharedIndex | None:
    """The index of every corpus found under the corpora folder; None when there is none."""
    root = root or corpora.corpora_dir()
    urls: set[str] = set()
    seen: set[tuple[str, ...]] = set()
    found = False
    for name in corpora.CORPUS_NAMES:
        index = root / name / "index.jsonl"
        if not index.is_file():
            continue
        found = True
        for row in corpora.read_jsonl(index):
            if row.get("url"):
                urls.add(url_key(str(row["url"])))
            texts = [row.get("body", ""), *row.get("with", ()), *row.get("without", ())]
            seen |= windows("\n".join(texts))
    return SharedIndex(frozenset(urls), frozenset(seen)) if found else None


def held_out(pages: Iterable[HeldoutPage], index: SharedIndex | None) -> tuple[list[HeldoutPage], list[str]]:
    """(the pages not in the corpora, the ids of those dropped)."""
    kept: list[HeldoutPage] = []
    dropped: list[str] = []
    for page in pages:
        if index is not None and index.holds(page):
            dropped.append(page.id)
        else:
            kept.append(page)
    return kept, dropped


def as_corpus(pages: Sequence[HeldoutPage], folder: Path) -> tuple[Corpus, dict[str, bytes]]:
    """The pages as a body-metric corpus (as readability-pages is scored) and its HTML inputs."""
    corpus = Corpus(
        name="heldout", folder=folder, metric="body",
        pages=tuple(Page(id=p.id, lang=p.lang, body=p.body) for p in pages),
    )  # fmt: skip
    return corpus, {p.id: p.html for p in pages}


def load_heldout(cache: Path | None = None, sources: Sequence[Source] = SOURCES) -> tuple[Corpus, dict[str, bytes], list[str]]:
    """Fetch (or reuse) every source, pair its pages and drop those in the corpora:
    (corpus, HTML by id, notes). Raises FetchError when a source cannot be fetched."""
    cache = cache or cache_dir()
    pages: list[HeldoutPage] = []
    for source in sources:
        pages += pair_pages(fetch(source, cache), source)
    kept, dropped = held_out(pages, shared_index())
    notes = [f"dropped (in the development corpora): {', '.join(dropped)}"] if dropped else []
    corpus, inputs = as_corpus(kept, cache / "sdists")
    return corpus, inputs, notes


# --- scoring and printing -------------------------------------------------------------------


def score_all(
    corpus: Corpus, inputs: Mapping[str, bytes], names: Sequence[str], timeout: float | None
) -> tuple[list[Row], dict[str, dict[str, metrics.Scores]], list[str]]:
    """A table row per extractor, each page's scores per extractor, and notes on skipped peers."""
    extractors, notes = load_extractors(names)
    rows, per_page = [], {}
    for extractor in extractors:
        scores: dict[str, metrics.Scores] = {}
        failures: list[str] = []
        seconds = 0.0
        for page in corpus.pages:
            outcome = run(extractor, inputs[page.id], "html", page.lang, timeout)
            seconds += outcome.seconds
            if outcome.failed:
                failures.append(f"{page.id}: {outcome.error}")
            scores[page.id] = metrics.body_page_scores(outcome.text, page.body)
        mean = metrics.mean_scores(list(scores.values()))
        rows.append(Row(
            corpus.name, "html", None, extractor.name, len(corpus.pages), mean.precision, mean.recall,
            mean.f1, len(failures), seconds, failures[0] if failures else "",
        ))  # fmt: skip
        per_page[extractor.name] = scores
    return rows, per_page, notes


def format_pages(corpus: Corpus, per_page: Mapping[str, Mapping[str, metrics.Scores]]) -> str:
    """Body F1 per page and extractor, worst first for the first extractor (cleantext)."""
    names = list(per_page)
    if not names:
        return ""
    first = per_page[names[0]]
    lines = [
        "per page · body F1 (P/R of the first extractor)",
        f"  {'page':<34} {'lang':>4} {'P':>6} {'R':>6} " + " ".join(f"{n:>12}" for n in names),
    ]
    for page in sorted(corpus.pages, key=lambda p: first[p.id].f1):
        cells = " ".join(f"{per_page[n][page.id].f1:12.3f}" for n in names)
        lines.append(
            f"  {page.id:<34} {page.lang or '-':>4} {first[page.id].precision:6.3f} {first[page.id].recall:6.3f} {cells}"
        )
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.heldout", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", action="store_true", help="also list body F1 per page")
    parser.add_argument(
        "--extractors", type=lambda s: [x.strip() for x in s.split(",") if x.strip()],
        default=list(DEFAULT_EXTRACTORS), help="comma-separated (default: %(default)s; peers not installed are skipped)",
    )  # fmt: skip
    parser.add_argument("--cache", type=Path, default=None, help=f"download folder (default: ${CACHE_ENV} or {cache_dir()})")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per page and extractor")
    parser.add_argument("--gate", action="store_true",
                        help="fail (exit 1) when cleantext's F1 is under its floor (benchmarks/gate.py) or the pages cannot be fetched")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        corpus, inputs, notes = load_heldout(args.cache)
    except FetchError as error:
        if args.gate:
            print(f"held-out gate: the pages could not be fetched ({error}); the gate needs PyPI.", flush=True)
            return 1
        print(f"held-out benchmark skipped: pip or the network is unavailable ({error}); no table.", flush=True)
        return 0
    for note in notes:
        print(note)
    if not corpus.pages:
        print("held-out benchmark: no page paired with an expected text; no table.")
        return 0
    rows, per_page, skipped = score_all(corpus, inputs, args.extractors, args.timeout)
    for note in skipped:
        print(note)
    sources = ", ".join(s.requirement for s in SOURCES)
    title = f"heldout · html · {len(corpus.pages)} pages ({sources}) · body F1 against the sdist's expected text"
    print(format_table(title, rows) + "\n", flush=True)
    if args.pages:
        print(format_pages(corpus, per_page) + "\n", flush=True)
    if args.gate:
        crossed = gate.heldout_violation(rows)
        print(f"gate: {crossed}" if crossed else f"gate: the held-out floor holds (F1 >= {gate.HELDOUT_BODY_F1:.3f})", flush=True)
        return 1 if crossed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
