"""Per-process caches of per-line results, and the one way to empty them.

Lines repeat (menus, footers, share rows) within a page and across the pages of
a site, so measures and block verdicts are cached by text. The caches are
bounded; ``reset_caches`` empties them, for memory or for cold-start timings.
"""

from __future__ import annotations


def reset_caches() -> None:
    """Forget every cached per-line result of this process."""
    from .detectors import per_block
    from .segment import measure

    measure.clear_cache()
    per_block.clear_cache()
