"""Hostile files through the command line: every run ends with exit status 0 or 1, one stderr line
per refused input naming it, no traceback, and every other input's result still written."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleantext import cli
from hostile import pages

FORMATS = [["-f", "jsonl"], ["--explain", "-v"], [], ["--html", "-f", "jsonl"], ["--text", "-f", "jsonl"]]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # capsys is emptied before each run
@given(st.lists(pages, min_size=1, max_size=4), st.sampled_from(FORMATS))
def test_cli_survives_hostile_files(capsys, batch, options):
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, page in enumerate(batch):
            path = Path(folder, f"page{number}")
            path.write_bytes(page if isinstance(page, bytes) else page.encode("utf-8", "surrogatepass"))
            paths.append(str(path))
        capsys.readouterr()
        code = cli.main([*options, *paths])
        out, err = capsys.readouterr()
    assert code in (0, 1)
    assert "Traceback" not in err and "internal error" not in err
    refused = [line for line in err.splitlines() if line.startswith("cleantext: ") and "binary data" in line]
    assert (code == 1) == bool(refused)
    if options[:2] == ["-f", "jsonl"]:
        rows = [json.loads(line) for line in out.split("\n") if line]  # (not splitlines: U+0085 may stand in a row)
        assert [row["source"] for row in rows] == paths  # every input, in order, documents and failures alike
