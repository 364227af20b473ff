"""A quiet library: clean every page of the development corpora and count what was printed.

    python -m benchmarks.quiet [--quick]

Every raw HTML page and three dump styles (html_text, html2text, bs4_flat) of both corpora go
through ``cleantext.clean`` with file descriptors 1 and 2 pointed at temporary files (so C
libraries and loggers count too), the root logger set to DEBUG with a handler on stderr (a host
that logs everything), and sockets refused. Prints the inputs cleaned and the bytes written to
stdout and stderr; the exit status is 1 unless both are 0. The tests run the same check on a
sample (tests/robustness/test_quiet.py).
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
import tempfile
from collections.abc import Sequence

from benchmarks import corpora

STYLES = ("html_text", "html2text", "bs4_flat")


def _refuse(*_: object, **__: object) -> None:
    raise AssertionError("cleantext opened a network connection")


def pages(quick: bool) -> list[str | bytes]:
    found: list[str | bytes] = []
    for name in corpora.CORPUS_NAMES:
        if corpora.missing_corpora([name]):
            print(f"{name}: not found under {corpora.corpora_dir()}: skipped")
            continue
        corpus = corpora.load_corpus(name)
        if quick:
            corpus = corpora.quick_sample(corpus)
        found += list(corpora.load_html(corpus).values())
        for style in STYLES:
            found += list(corpora.load_dumps(corpus, style).values())
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quiet", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the fixed 100-page samples")
    args = parser.parse_args(argv)
    import cleantext
    from cleantext.errors import CleantextError

    inputs = pages(args.quick)
    logging.basicConfig(level=logging.DEBUG)
    socket.socket = _refuse  # type: ignore[assignment,misc]
    socket.create_connection = _refuse  # type: ignore[assignment]
    refused = 0
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        saved = os.dup(1), os.dup(2)
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        try:
            for page in inputs:
                try:
                    cleantext.clean(page)
                except CleantextError:
                    refused += 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
        printed = out.seek(0, os.SEEK_END), err.seek(0, os.SEEK_END)
    print(f"{len(inputs)} inputs cleaned ({refused} refused as not text); "
          f"bytes printed on stdout: {printed[0]}, on stderr: {printed[1]}")
    return 1 if any(printed) else 0


if __name__ == "__main__":
    sys.exit(main())
