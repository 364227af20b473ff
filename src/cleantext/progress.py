"""A dependency-free progress counter for long CLI batches, drawn on stderr.

It draws only when stderr is a terminal and the batch is long: a redirected
stderr (a log file, a CI job) must receive the error lines and nothing else,
and a short batch finishes before a counter would help anyone.
"""

from __future__ import annotations

import time
from typing import TextIO

# Fewer inputs than this finish too fast for a counter to be worth the flicker.
MIN_ITEMS = 20
# Redraw at most this often: a terminal write per page would slow fast batches down.
_INTERVAL = 0.1


class Progress:
    """A ``\\r``-redrawn ``cleantext: 37/120`` counter that steps aside for messages.

    Every message meant for stderr goes through :meth:`message`, so an error
    line never ends up glued to the counter.
    """

    def __init__(self, total: int, stream: TextIO, *, label: str = "cleantext") -> None:
        self.total = total
        self.stream = stream
        self.label = label
        self.done = 0
        self.enabled = total > MIN_ITEMS and is_terminal(stream)
        self._last_draw = 0.0
        self._drawn = False

    def advance(self) -> None:
        """Count one finished input; redraw when enough time has passed (or at the end)."""
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if self.done >= self.total or now - self._last_draw >= _INTERVAL:
            self._last_draw = now
            self._draw()

    def message(self, line: str) -> None:
        """Print one line to the stream, clearing the counter first and redrawing it after."""
        self._clear()
        self.stream.write(line + "\n")
        if self.enabled and self.done:
            self._draw()
        self.stream.flush()

    def close(self) -> None:
        """Remove the counter so the shell prompt (or later output) starts on a clean line."""
        self._clear()
        self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _draw(self) -> None:
        width = len(str(self.total))
        self.stream.write(f"\r{self.label}: {self.done:>{width}}/{self.total}")
        self.stream.flush()
        self._drawn = True

    def _clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self._drawn = False


def is_terminal(stream: TextIO) -> bool:
    """True for an interactive terminal; False for files, pipes and closed or fake streams."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False
