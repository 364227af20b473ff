"""Safe parsing: no entity expansion, no DTD or external resource loaded, no file but the input
read, no network touched, whatever the page declares.

The parser is libxml2 (C), so Python-level hooks alone cannot see what it opens. Each claim is
therefore shown from outside: an external entity names a FIFO (opening it to read would block the
run, so the run finishing at all proves it was never opened) and a DTD names a port this test
listens on (a connection attempt would be waiting there). Checked against a parser that does
load DTDs: ``etree.XMLParser(load_dtd=True)`` blocks on the FIFO. The libxml2 in today's lxml
wheels has no HTTP client at all, so the port test guards against a future build that has one;
the Python side is held by the socket-refusing corpus test in ``test_quiet.py``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cleantext
from cleantext.cleaner import Cleaner
from pathology import REPO, billion_laughs, external_entity


def everything(doc: cleantext.Document) -> str:
    return "\n".join([doc.body, doc.title or "", *doc.meta.values(), *(block.text for block in doc.blocks)])


@pytest.mark.parametrize("clean", [cleantext.clean, cleantext.clean_html, cleantext.clean_text])
def test_billion_laughs_is_not_expanded(clean):
    page = billion_laughs(levels=10)
    doc = clean(page.encode())
    for text in (doc.body, *(block.text for block in doc.blocks)):
        assert text.count("lol") <= page.count("lol")  # expanded, &lol9; would be 10**9 of them
    assert sum(len(block.text) for block in doc.blocks) <= len(page)


def test_internal_entities_are_not_expanded():
    page = "<!DOCTYPE p [<!ENTITY name 'EXPANDED-ENTITY-TEXT'>]><html><body><p>Hello &name; there, a paragraph.</p></body></html>"
    assert "EXPANDED-ENTITY-TEXT" not in everything(cleantext.clean_html(page))


def test_external_file_entity_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FILE-CONTENT-5f1c")
    for page in (external_entity(str(secret)), f'<!DOCTYPE html SYSTEM "file://{secret}"><p>text &x;</p>',
                 f'<html><head><link rel="stylesheet" href="file://{secret}"><base href="file://{tmp_path}/">'
                 f'</head><body><iframe src="file://{secret}"></iframe><p>A page.</p></body></html>'):
        assert "SECRET-FILE-CONTENT" not in everything(cleantext.clean(page.encode()))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_entity_and_dtd_files_are_never_opened(tmp_path):
    """A FIFO blocks whoever opens it to read until a writer comes: a run that finishes never opened it."""
    fifo = tmp_path / "entity.fifo"
    os.mkfifo(fifo)
    page = tmp_path / "page.html"
    page.write_text(external_entity(str(fifo), url=f"file://{fifo}") +
                    f'<!DOCTYPE html SYSTEM "file://{fifo}"><p>A paragraph of text &secret;.</p>')
    code = ("import sys, cleantext; from cleantext.cleaner import Cleaner; "
            "[print(type(r).__name__) for r in Cleaner().clean_many([__import__('pathlib').Path(sys.argv[1])])]; "
            "cleantext.clean_html(open(sys.argv[1], 'rb').read()); cleantext.clean(open(sys.argv[1]).read())")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    try:
        done = subprocess.run([sys.executable, "-c", code, str(page)], capture_output=True, timeout=60, env=env)
    except subprocess.TimeoutExpired:  # pragma: no cover - the failure this test exists for
        pytest.fail("cleaning blocked: the parser opened the FIFO an entity or DTD named")
    assert done.returncode == 0 and done.stdout == b"Document\n", done.stderr


def test_dtd_and_entity_urls_are_never_fetched():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(5)
        server.setblocking(False)
        url = f"http://127.0.0.1:{server.getsockname()[1]}/page.dtd"
        pages = [external_entity("/etc/hostname", url=url),
                 f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "{url}"><html><body><p>Text.</p></body></html>',
                 f'<html><head><link rel="stylesheet" href="{url}"><script src="{url}"></script></head>'
                 f'<body><img src="{url}" alt="x"><iframe src="{url}"></iframe><p>Some text.</p></body></html>']
        for page in pages:
            cleantext.clean(page.encode())
            cleantext.clean_html(page)
        time.sleep(0.2)
        with pytest.raises(BlockingIOError):
            server.accept()  # nobody connected


def test_only_the_input_file_is_opened(tmp_path):
    """Python-level opens while cleaning a batch of paths (audit hook): each input, nothing else."""
    paths = []
    for number, page in enumerate([external_entity("/etc/passwd"), billion_laughs(),
                                   "<p>plain page</p>", "just a text dump\nwith two lines\n"]):
        path = tmp_path / f"page{number}.html"
        path.write_text(page)
        paths.append(path)
    Cleaner().clean_many([paths[0]])  # warm-up: imports and cue data may open package files once
    list(Cleaner().clean_many(paths[:1]))
    opened: list[str] = []
    watching = True

    def hook(event: str, args: tuple[object, ...]) -> None:
        if watching and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            opened.append(os.fsdecode(args[0]))  # type: ignore[arg-type]

    sys.addaudithook(hook)  # (hooks cannot be removed: ``watching`` turns it off)
    try:
        results = list(Cleaner().clean_many(paths))
    finally:
        watching = False
    assert all(isinstance(result, cleantext.Document) for result in results)
    assert sorted(opened) == sorted(str(path) for path in paths)
