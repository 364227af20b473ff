"""The CLI's progress bar: tqdm on stderr, drawn only for a person watching.

It draws when stderr is a terminal and the batch is long (or unknown in length: a crawl file),
or when --progress asks for it; a redirected stderr (a log file, a CI job, a pipe) receives
the error lines and nothing else. Every message meant for stderr goes through
``Progress.message``, so an error line never ends up glued to the bar.
"""

from __future__ import annotations

import contextlib
from typing import Any, Iterator, TextIO

# Fewer inputs than this finish too fast for a bar to be worth the flicker.
MIN_ITEMS = 20


class Progress:
    """Counts finished inputs on a tqdm bar (or nowhere) and prints messages around it."""

    def __init__(self, bar: Any | None, stream: TextIO) -> None:
        self.bar = bar
        self.stream = stream

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def message(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()


@contextlib.contextmanager
def progress_bar(total: int | None, stream: TextIO, *, force: bool = False, label: str = "cleantext") -> Iterator[Progress]:
    """A Progress for ``total`` inputs (None: unknown), drawn per the rules above."""
    wanted = force or (is_terminal(stream) and (total is None or total > MIN_ITEMS))
    if not wanted:
        yield Progress(None, stream)
        return
    from tqdm import tqdm

    # mininterval: a redraw per page would slow fast batches down; leave=False: the shell
    # prompt (or later output) starts on a clean line.
    with tqdm(total=total, file=stream, desc=label, unit=" pages", mininterval=0.2, leave=False,
              dynamic_ncols=True) as bar:
        yield Progress(bar, stream)


def is_terminal(stream: TextIO) -> bool:
    """True for an interactive terminal; False for files, pipes and closed or fake streams."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False
