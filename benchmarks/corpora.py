"""Loaders for the development corpora (../shared/corpora) and the seeds.

Every corpus is read into the same `Page` model, and every input (a dump
style or the raw HTML) through one `load_inputs`, so the benchmark loops
never care which corpus or mode they run on.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import attrs

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPORA_ENV = "CLEANTEXT_CORPORA"
# The corpora ship five dump styles; a style '<base>@<width>' is made here from '<base>' by
# re-wrapping every line at that column (textwrap.wrap), as hard-wrapping scrapers save pages.
SHIPPED_STYLES: tuple[str, ...] = ("html_text", "inscriptis", "html2text", "bs4_nodes", "bs4_flat")
WRAPPED_STYLES: tuple[str, ...] = ("html_text@80",)
DUMP_STYLES: tuple[str, ...] = SHIPPED_STYLES + WRAPPED_STYLES
QUICK_SIZE = 100

Mode = Literal["text", "html"]
Metric = Literal["snippet", "body", "words"]


@attrs.frozen
class Page:
    """One annotated page: the gold for either metric, and its language if known."""

    id: str
    lang: str | None = None
    with_: tuple[str, ...] = ()  # snippet metric: must be in the output
    without: tuple[str, ...] = ()  # snippet metric: must not be in the output
    body: str = ""  # body and words metrics: the gold main content
    type: str | None = None  # wcxb-dev: the page type (article, forum, listing, ...)


@attrs.frozen
class Corpus:
    """A named folder of pages scored with one metric."""

    name: str
    folder: Path
    metric: Metric
    pages: tuple[Page, ...]


@attrs.frozen
class Seed:
    """A seed dump with its gold file (body, title, per-line labels)."""

    name: str
    text: str
    gold: dict[str, Any]


def corpora_dir() -> Path:
    """The corpora folder: $CLEANTEXT_CORPORA, else ../shared/corpora beside the repo."""
    override = os.environ.get(CORPORA_ENV)
    return Path(override) if override else REPO_ROOT.parent / "shared" / "corpora"


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Rows of a .jsonl or .jsonl.gz file, blank lines skipped."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _traf_eval_page(row: dict[str, Any]) -> Page:
    return Page(id=row["id"], with_=tuple(row["with"]), without=tuple(row["without"]))


def _readability_page(row: dict[str, Any]) -> Page:
    return Page(id=row["id"], lang=row.get("lang"), body=row["body"])


def _wcxb_page(row: dict[str, Any]) -> Page:
    return Page(id=row["id"], body=row["body"], type=row.get("type"))


_CORPUS_KINDS = {
    "traf-eval": ("snippet", _traf_eval_page),
    "readability-pages": ("body", _readability_page),
    "wcxb-dev": ("words", _wcxb_page),
}
CORPUS_NAMES: tuple[str, ...] = tuple(_CORPUS_KINDS)
# The corpora speed is measured on: the same pages as before wcxb-dev came, so that the speed
# figures of earlier issues stay comparable (quality covers every corpus).
SPEED_CORPORA: tuple[str, ...] = ("traf-eval", "readability-pages")


def load_corpus(name: str, root: Path | None = None) -> Corpus:
    """Read a corpus index into pages; raises FileNotFoundError when it is absent."""
    metric, make_page = _CORPUS_KINDS[name]
    folder = (root or corpora_dir()) / name
    pages = tuple(make_page(row) for row in read_jsonl(folder / "index.jsonl"))
    return Corpus(name=name, folder=folder, metric=metric, pages=pages)


def stable_key(page_id: str) -> str:
    """A hash of the id: an order that mixes sites but never changes between runs."""
    return hashlib.sha1(page_id.encode("utf-8")).hexdigest()


def quick_sample(corpus: Corpus, size: int = QUICK_SIZE) -> Corpus:
    """The same `size` pages every run: the first ones by `stable_key`."""
    chosen = sorted(corpus.pages, key=lambda page: stable_key(page.id))[:size]
    return attrs.evolve(corpus, pages=tuple(chosen))


def html_path(corpus: Corpus, page_id: str) -> Path:
    return corpus.folder / "html" / f"{page_id}.html.gz"


def load_html(corpus: Corpus) -> dict[str, bytes]:
    """Raw page bytes by id (encodings vary, so they stay undecoded)."""
    return {page.id: gzip.decompress(html_path(corpus, page.id).read_bytes()) for page in corpus.pages}


def rewrap(text: str, width: int) -> str:
    """A dump hard-wrapped at ``width`` columns: each line wrapped alone, blank lines kept."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, width)) if line.strip() else ""
        for line in text.splitlines()
    )


def load_dumps(corpus: Corpus, style: str) -> dict[str, str]:
    """Plain-text dumps of one style by id, for the corpus's pages only ('base@width' re-wraps)."""
    base, _, width = style.partition("@")
    wanted = {page.id for page in corpus.pages}
    rows = read_jsonl(corpus.folder / f"dumps-{base}.jsonl.gz")
    dumps = {row["id"]: row["text"] for row in rows if row["id"] in wanted}
    if width:
        dumps = {page_id: rewrap(text, int(width)) for page_id, text in dumps.items()}
    return dumps


def load_inputs(corpus: Corpus, mode: Mode, style: str | None = None) -> Mapping[str, str | bytes]:
    """What an extractor is fed: the dump of `style` in text mode, the raw bytes in HTML mode."""
    if mode == "html":
        return load_html(corpus)
    if style is None:
        raise ValueError("text mode needs a dump style")
    return load_dumps(corpus, style)


def load_seeds(folder: Path | None = None) -> list[Seed]:
    """Seeds (`seeds/*.txt`) paired with their gold (`seeds/gold/<name>.json`)."""
    folder = folder or REPO_ROOT / "seeds"
    seeds = []
    for path in sorted(folder.glob("*.txt")):
        gold_path = folder / "gold" / f"{path.stem}.json"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        seeds.append(Seed(name=path.stem, text=path.read_text(encoding="utf-8"), gold=gold))
    return seeds


def missing_corpora(names: Sequence[str], root: Path | None = None) -> list[str]:
    """The corpus names whose index is not on disk (e.g. a checkout without ../shared)."""
    root = root or corpora_dir()
    return [name for name in names if not (root / name / "index.jsonl").is_file()]
