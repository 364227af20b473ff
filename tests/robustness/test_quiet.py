"""A quiet library: cleaning prints nothing, on stdout or stderr (checked at the file descriptors,
so C libraries and loggers count too), for the pathological inputs and a sample of the development
corpora; and it touches no network while doing so (sockets raise)."""

from __future__ import annotations

import gzip
import json
import logging
import os
import socket
from pathlib import Path

import pytest

import cleantext
from cleantext.errors import CleantextError
from pathology import CASES, REPO, UNDECODABLE

CORPORA = Path(os.environ.get("CLEANTEXT_CORPORA") or REPO.parent / "shared" / "corpora")
SAMPLE = 15  # pages per corpus: the claim is about any page, the sample keeps CI short


def corpus_pages() -> list[tuple[str, bytes | str]]:
    """A few raw HTML pages and text dumps of each development corpus (first ones by id)."""
    pages: list[tuple[str, bytes | str]] = []
    for corpus in ("traf-eval", "readability-pages"):
        folder = CORPORA / corpus
        if not (folder / "index.jsonl").is_file():
            continue
        ids = sorted(json.loads(line)["id"] for line in (folder / "index.jsonl").read_text().splitlines() if line.strip())
        for page_id in ids[:SAMPLE]:
            pages.append((f"{corpus}/{page_id}.html", gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())))
        with gzip.open(folder / "dumps-html_text.jsonl.gz", "rt", encoding="utf-8") as dumps:
            for line, _ in zip(dumps, range(SAMPLE)):
                row = json.loads(line)
                pages.append((f"{corpus}/{row['id']} (dump)", row["text"]))
    return pages


needs_corpora = pytest.mark.skipif(not (CORPORA / "traf-eval" / "index.jsonl").is_file(),
                                   reason=f"development corpora not found at {CORPORA} (set CLEANTEXT_CORPORA)")


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("cleantext tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def clean_quietly(page: bytes | str) -> None:
    try:
        cleantext.clean(page)
    except CleantextError:
        pass  # refused with an error result: allowed, and not printed


@pytest.fixture
def root_logging():
    """A host application that logs everything to stderr: the library must still print nothing."""
    handler = logging.StreamHandler()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield
    root.removeHandler(handler)
    root.setLevel(old_level)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_pathological_inputs_print_nothing(capfd, root_logging, no_network, case):
    clean_quietly(case.build(0.002))
    assert capfd.readouterr() == ("", "")


def test_undecodable_bytes_print_nothing_and_say_so_in_meta(capfd, root_logging):
    """Bytes no encoding reads: bs4's UnicodeDammit falls back to replacement and logs a warning
    (on stderr, with the host's handler) unless the library's filter drops it."""
    doc = cleantext.clean(UNDECODABLE)
    assert doc.meta["decode_warning"].startswith("no encoding fits")  # the path on which bs4 logs
    assert capfd.readouterr() == ("", "")


def test_the_host_keeps_its_bs4_logging(caplog):
    """Only the one notice is dropped: bs4's logger still passes its other records on."""
    with caplog.at_level(logging.WARNING, logger="bs4.dammit"):
        logging.getLogger("bs4.dammit").warning("another bs4 warning")
    assert "another bs4 warning" in caplog.text


@needs_corpora
def test_corpus_sample_prints_nothing_and_opens_no_socket(capfd, root_logging, no_network):
    pages = corpus_pages()
    assert pages
    for _, page in pages:
        clean_quietly(page)
    assert capfd.readouterr() == ("", "")


def test_cli_says_decoding_trouble_only_when_asked(capsys, tmp_path):
    from cleantext import cli

    page = tmp_path / "latin1.txt"
    page.write_bytes("Une recette de crème brûlée, très simple et délicieuse à préparer.\n".encode("cp1252"))
    assert cli.main([str(page)]) == 0
    assert capsys.readouterr().err == ""
    assert cli.main(["-v", str(page)]) == 0
    assert capsys.readouterr().err == f"cleantext: {page}: encoding guessed: cp1252\n"
    assert cli.main(["--explain", str(page)]) == 0
    assert capsys.readouterr().out.startswith("# cp1252: encoding guessed: cp1252\n")
