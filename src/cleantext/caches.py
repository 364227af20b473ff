"""Per-process caches of per-line results, and the one way to empty them.

Lines repeat (menus, footers, share rows, class names) within a page and across
the pages of a site, so measures, block verdicts and class-name words are
cached by text. Each cache is bounded; ``reset_caches`` empties them all, for
memory or for cold-start timings.
"""

from __future__ import annotations

from typing import Any, Hashable

_ALL: list["LineCache"] = []
MISSING: Any = object()  # what ``get`` returns for a key never stored (None is a valid value)


class LineCache:
    """A dict that empties itself when full, so memory stays bounded on endless batches."""

    __slots__ = ("_data", "_limit")

    def __init__(self, limit: int = 50_000) -> None:
        self._data: dict[Hashable, Any] = {}
        self._limit = limit
        _ALL.append(self)

    def get(self, key: Hashable) -> Any:
        return self._data.get(key, MISSING)

    def put(self, key: Hashable, value: Any) -> Any:
        if len(self._data) >= self._limit:
            self._data.clear()
        self._data[key] = value
        return value

    def clear(self) -> None:
        self._data.clear()


def reset_caches() -> None:
    """Forget every cached per-line result of this process."""
    for cache in _ALL:
        cache.clear()
