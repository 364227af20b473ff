"""CI's short pass of the coverage-guided fuzzer (fuzz/fuzz_clean.py, atheris): a few thousand
mutated inputs from the committed seed corpus. The long run (a million inputs and more) is
outside CI: see fuzz/README.md."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys

import pytest

from pathology import REPO

RUNS = 1500


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris not installed (Linux only: pip install -e '.[dev]')")
def test_short_fuzz_pass_finds_no_crash(tmp_path):
    corpus = tmp_path / "corpus"  # libFuzzer adds what it finds to its first corpus folder: not the committed one
    shutil.copytree(REPO / "fuzz" / "corpus", corpus)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run([sys.executable, str(REPO / "fuzz" / "fuzz_clean.py"), f"-runs={RUNS}", "-max_len=512",
                           "-timeout=30", "-seed=1", f"-artifact_prefix={tmp_path}/", str(corpus)],
                          capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"Done {RUNS} runs" in done.stderr
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(("crash-", "timeout-", "oom-"))]
