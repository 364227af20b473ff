"""--output-dir (outdir.py): one file per input, whole or not at all, never over an input."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from cleantext import cli
from test_cli import GOLD, SEED, binary_file, normalised, run


def test_one_result_file_per_input_keeping_the_tree(capsys, tmp_path):
    site = tmp_path / "site"
    (site / "sub").mkdir(parents=True)
    shutil.copyfile(SEED, site / "a.txt")
    shutil.copyfile(SEED, site / "sub" / "b.txt")
    binary_file(site / "sub" / "c.bin")
    out = tmp_path / "out"
    code, stdout, err = run(capsys, "--output-dir", out, "-j", "2", site, SEED)
    assert code == 1 and stdout == ""
    assert "c.bin" in err
    written = sorted(path.relative_to(out).as_posix() for path in out.rglob("*"))
    assert written == sorted(["a.txt.txt", SEED.name + ".txt", "sub", "sub/b.txt.txt"])  # no file for the failure, no temp files
    assert normalised((out / "sub" / "b.txt.txt").read_text(encoding="utf-8")) == normalised(GOLD["body"])


def test_a_stream_input_gives_one_file_of_records(capsys, tmp_path):
    from test_cli import _wet

    text = SEED.read_text(encoding="utf-8")
    wet = _wet(tmp_path / "crawl.wet", [text, text, text])
    code, _, _ = run(capsys, "--output-dir", tmp_path / "out", "--format", "json", wet)
    assert code == 0
    records = json.loads((tmp_path / "out" / "crawl.wet.json").read_text(encoding="utf-8"))
    assert len(records) == 3 and all(r["error"] is None for r in records)


def test_output_dir_inside_an_input_directory_is_refused(capsys, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    shutil.copyfile(SEED, site / "a.txt")
    code, _, err = run(capsys, "--output-dir", site / "cleaned", site)
    assert code == 2 and "inside input directory" in err
    assert not (site / "cleaned").exists()


def test_never_writes_over_an_input(capsys, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    page = out / "page.txt"  # cleaning page.txt.txt into out/ would write out/page.txt.txt.txt
    victim = out / "page.txt.txt"
    shutil.copyfile(SEED, victim)
    before = victim.read_bytes()
    code, _, err = run(capsys, "--output-dir", out, victim)
    assert victim.read_bytes() == before and (out / "page.txt.txt.txt").exists()
    shutil.copyfile(SEED, page)
    code, _, err = run(capsys, "--output-dir", out, page, victim)
    assert code == 1 and "would overwrite an input" in err
    assert victim.read_bytes() == before


def test_an_interrupted_run_leaves_no_partial_file(capsys, tmp_path, monkeypatch):
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copyfile(SEED, pages / name)
    calls = 0
    real = cli.TextWriter.write

    def interrupted(self, result):
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt
        real(self, result)

    monkeypatch.setattr(cli.TextWriter, "write", interrupted)
    code, _, _ = run(capsys, "--output-dir", tmp_path / "out", pages)
    assert code == cli.EXIT_INTERRUPTED
    assert sorted(os.listdir(tmp_path / "out")) == ["a.txt.txt"]  # b's temporary file is gone
