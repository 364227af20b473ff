"""Cleaning a page pauses Python's cyclic garbage collector, and resumes it after.

A page makes hundreds of thousands of short-lived objects (the walk's frames, blocks, tuples),
and the collector's passes over them cost about 6% of HTML mode's time while finding next to
nothing: reference counting frees a page's objects as it goes, and the one cycle a page makes
(lxml's parser and its target) is emptied before the page ends. The collector is paused while
any thread cleans a page and resumed when the last one is done, if it was running before the
first began: the garbage of a page waits at most until the next collection after it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_cleaning = 0  # pages being cleaned now, in all threads
_resume = False  # the collector ran when the first of them began


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection while the block runs (reference counting still frees everything else)."""
    global _cleaning, _resume
    with _lock:
        if _cleaning == 0:
            _resume = gc.isenabled()
            gc.disable()
        _cleaning += 1
    try:
        yield
    finally:
        with _lock:
            _cleaning -= 1
            if _cleaning == 0 and _resume:
                gc.enable()
