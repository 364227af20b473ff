"""A time budget per page: ``within(seconds, name)`` raises PageTimeout when a page runs over.

Two mechanisms, because neither works everywhere:

- **An interval timer** (``signal.setitimer`` with SIGALRM) where the platform has one and we
  are in the main thread of the process, which is where signals are delivered: the command
  line, ``clean_many`` and its pool workers (each task runs in the worker's main thread), a
  Spark Python worker. It interrupts a page wherever it is in Python code, and inside the
  ``regex`` module's matching, which checks for signals as it goes. It is disarmed and the
  previous handler put back when the page ends, however it ends, so no alarm outlives its page.
  A caller's own armed timer is never replaced: we fall back instead.
- **A cooperative deadline**, always set: the pipeline calls ``check()`` between its stages, so
  an over-budget page stops at the next stage boundary. It is all there is elsewhere (Windows,
  other threads, a caller's timer already running), and it backs the timer up when the timer's
  exception lands in a callback that swallows it (a gc callback, a ``__del__``). It cannot cut
  a stage short, which is why the timer comes first.

Neither can interrupt a C call that never returns to the interpreter (none is known: lxml
parses in bounded chunks and the regexes are bounded), so a worker is never left stuck on a
page by a slow pass of ours.
"""

from __future__ import annotations

import contextlib
import math
import signal
import threading
import time
from typing import Any, Iterator

from .errors import PageTimeout

_HAS_TIMER = hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM")

# The cooperative deadline of the page being cleaned in this thread (monotonic seconds).
_local = threading.local()


def _message(name: str, seconds: float) -> str:
    return f"{name}: took longer than the time budget of {seconds:g} s, given up"


def check() -> None:
    """Raise PageTimeout if this thread's page is past its cooperative deadline (cheap)."""
    deadline = getattr(_local, "deadline", None)
    if deadline is not None and time.monotonic() > deadline[0]:
        raise PageTimeout(_message(deadline[1], deadline[2]))


def _can_use_timer() -> bool:
    if not _HAS_TIMER or threading.current_thread() is not threading.main_thread():
        return False
    return signal.getitimer(signal.ITIMER_REAL)[0] == 0.0  # someone else's alarm is armed


@contextlib.contextmanager
def within(seconds: float | None, name: str) -> Iterator[None]:
    """Run the block under a budget of ``seconds`` (None or inf: no budget)."""
    if seconds is None or math.isinf(seconds):
        yield
        return
    previous = getattr(_local, "deadline", None)
    _local.deadline = (time.monotonic() + seconds, name, seconds)
    try:
        if _can_use_timer():
            with _alarm(seconds, name):
                yield
        else:
            yield
    finally:
        _local.deadline = previous


@contextlib.contextmanager
def _alarm(seconds: float, name: str) -> Iterator[None]:
    """The timer for the block. Its PageTimeout is raised wherever the page's code is, which
    may be a garbage-collector or ``__del__`` callback that swallows it: the cooperative
    deadline (set by ``within`` too) then stops the page at the next stage, and a page that
    still ends after the alarm rang raises here."""
    rang = False

    def _over_budget(signum: int, frame: Any) -> None:
        nonlocal rang
        rang = True
        raise PageTimeout(_message(name, seconds))

    previous = signal.signal(signal.SIGALRM, _over_budget)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    finally:
        try:  # disarm first: if the alarm fires in between, its PageTimeout still restores the handler
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)
    if rang:
        raise PageTimeout(_message(name, seconds))
