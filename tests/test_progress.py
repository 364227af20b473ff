"""The progress bar (progress.py): on a terminal or with --progress, never in a pipe."""

from __future__ import annotations

import io

from cleantext.progress import progress_bar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_in_a_pipe_but_messages_pass() -> None:
    stream = io.StringIO()
    with progress_bar(100, stream) as progress:
        progress.advance()
        progress.message("cleantext: x: failed")
    assert stream.getvalue() == "cleantext: x: failed\n"


def test_drawn_on_a_terminal_for_long_or_unknown_batches() -> None:
    for total in (100, None):
        stream = Terminal()
        with progress_bar(total, stream) as progress:
            for _ in range(3):
                progress.advance()
        assert "cleantext" in stream.getvalue() and "page" in stream.getvalue()


def test_short_batches_on_a_terminal_get_no_bar() -> None:
    stream = Terminal()
    with progress_bar(3, stream) as progress:
        progress.advance()
    assert stream.getvalue() == ""


def test_forced_bar_keeps_messages_on_their_own_lines() -> None:
    stream = io.StringIO()
    with progress_bar(5, stream, force=True) as progress:
        progress.advance()
        progress.message("cleantext: y: failed")
        progress.advance()
    assert "\ncleantext: y: failed\n" in "\n" + stream.getvalue().replace("\r", "\n")
    assert "1/5" in stream.getvalue()
