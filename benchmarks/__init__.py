"""Benchmarks for cleantext: extraction quality against gold data, and speed.

Run `python -m benchmarks [--quick]` from the repository root; see
benchmarks/README.md. The checkout's own `src/` goes first on sys.path, so the
numbers are always those of the code beside them, not of an installed copy.
"""

import sys
from pathlib import Path

_SRC = str(Path(__file__).resolve().parent.parent / "src")
if _SRC not in sys.path:
    sys.path.insert(0, _SRC)
