"""`python -m benchmarks [--quick] [--json-dir DIR]`: quality, then speed, pipelines and linearity.

Speed, pipelines and linearity run in fresh processes so their max RSS and CPU pinning are
their own, not inherited from the quality pass (pipelines uses both cores; speed pins to one).
Quality (benchmarks/gate.py), the held-out pages (benchmarks/heldout.py) and linearity are gates:
the run fails when a quality figure falls under its floor, or a pattern or the pipeline is not linear (benchmarks/linearity.py).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks import corpora, quality


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="seeds + the fixed 100-page samples; a few minutes")
    parser.add_argument("--json-dir", type=Path, metavar="DIR", help="write quality.json, speed.json and pipelines.json here")
    args = parser.parse_args(argv)

    common = ["--quick"] if args.quick else []
    if args.json_dir:
        args.json_dir.mkdir(parents=True, exist_ok=True)

    def json_for(name: str) -> list[str]:
        return ["--json", str(args.json_dir.resolve() / f"{name}.json")] if args.json_dir else []

    print("=== quality ===\n", flush=True)
    status = quality.main(common + json_for("quality"))
    print("=== held-out pages ===\n", flush=True)
    heldout = subprocess.run([sys.executable, "-m", "benchmarks.heldout", "--gate", "--extractors", "cleantext,trafilatura"],
                             cwd=corpora.REPO_ROOT)
    print("=== speed ===\n", flush=True)
    command = [sys.executable, "-m", "benchmarks.speed", *common, *json_for("speed")]
    speed = subprocess.run(command, cwd=corpora.REPO_ROOT)
    print("\n=== pipelines ===\n", flush=True)
    command = [sys.executable, "-m", "benchmarks.pipelines", *common, *json_for("pipelines")]
    pipelines = subprocess.run(command, cwd=corpora.REPO_ROOT)
    print("=== linearity ===\n", flush=True)
    linearity = subprocess.run([sys.executable, "-m", "benchmarks.linearity", *common], cwd=corpora.REPO_ROOT)
    return status or heldout.returncode or speed.returncode or pipelines.returncode or linearity.returncode


if __name__ == "__main__":
    sys.exit(main())
