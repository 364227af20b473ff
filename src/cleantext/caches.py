"""Per-process caches of per-line results, and the one way to empty them.

Lines repeat (menus, footers, share rows, class names) within a page and across
the pages of a site, so measures, block verdicts and class-name words are
cached by text. Each cache is bounded; ``reset_caches`` empties them all, for
memory or for cold-start timings.
"""

from __future__ import annotations

from typing import Any, Hashable

_ALL: list["LineCache"] = []
MISSING: Any = object()  # the default to pass to ``get``: None is a valid cached value


class LineCache(dict):
    """A dict that empties itself when full, so memory stays bounded on endless batches.

    A dict subclass, so the hot ``get(key, MISSING)`` is the C method; only ``put`` is Python.
    """

    __slots__ = ("_limit",)

    def __init__(self, limit: int = 50_000) -> None:
        super().__init__()
        self._limit = limit
        _ALL.append(self)

    def put(self, key: Hashable, value: Any) -> Any:
        if len(self) >= self._limit:
            self.clear()
        self[key] = value
        return value


class LineCaches(dict):
    """One LineCache per key (a choice of languages, a set of rules), made on first use."""

    def __missing__(self, key: Hashable) -> LineCache:
        cache = self[key] = LineCache()
        return cache


def reset_caches() -> None:
    """Forget every cached per-line result of this process."""
    for cache in _ALL:
        cache.clear()
