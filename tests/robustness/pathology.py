"""The pathological inputs of ``benchmarks/pathological.py``, importable from the tests (the
benchmark builds them at full size; the tests at a small scale)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.pathological import CASES, UNDECODABLE, Case, billion_laughs, external_entity  # noqa: E402

__all__ = ["CASES", "Case", "UNDECODABLE", "billion_laughs", "external_entity", "REPO"]
