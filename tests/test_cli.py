"""The command line's contract (DESIGN.md, CLI): output formats, the error contract, -j, stdin, -o, --report.

Most tests run ``cli.main(argv)`` in-process and read stdout/stderr from
capsys; a few run ``python -m cleantext`` for real, because the exit status,
the output encoding and a closed pipe only show in a separate process.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest

from cleantext import Label, cli, parallel
from cleantext.cleaner import Cleaner

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SEED = SEEDS / "001_4770764d40e4d9c9.txt"
GOLD = json.loads((SEEDS / "gold" / "001_4770764d40e4d9c9.json").read_text(encoding="utf-8"))
LABELS = {label.value for label in Label}
EXPLAIN_LINE = re.compile(r"^\s*(\d+) ([+-]) (\S+)\s+(?:(.*?)\s+)?\| (.*)$")


def normalised(text: str) -> str:
    return " ".join(text.split())


def run(capsys: pytest.CaptureFixture[str], *argv: str | os.PathLike[str]) -> tuple[int, str, str]:
    code = cli.main([os.fspath(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_module(*argv: str | os.PathLike[str], stdin: bytes = b"", env: dict[str, str] | None = None,
               cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """``python -m cleantext`` in a child process, importing this checkout's src/."""
    child_env = {**os.environ, **(env or {})}
    child_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "cleantext", *map(os.fspath, argv)], input=stdin,
                          capture_output=True, env=child_env, cwd=cwd, timeout=120)


def binary_file(path: Path) -> Path:
    path.write_bytes(bytes(range(256)) * 4 + os.urandom(2048) + b"\x00" * 64)
    return path


def copies(directory: Path, count: int) -> list[Path]:
    """``count`` seed copies with distinct contents, so a reordering would show."""
    seeds = sorted(SEEDS.glob("*.txt"))
    directory.mkdir()
    made = []
    for number in range(count):
        path = directory / f"page{number:02d}.txt"
        shutil.copyfile(seeds[number % len(seeds)], path)
        made.append(path)
    return made


# --------------------------------------------------------------------------- output

def test_seed_body_equals_gold(capsys):
    code, out, err = run(capsys, SEED)
    assert code == 0 and err == ""
    assert GOLD["body"].strip()
    assert normalised(out) == normalised(GOLD["body"])


def test_one_input_has_no_header_several_have_headers_in_order(capsys, tmp_path):
    pages = copies(tmp_path / "pages", 3)
    _, single, _ = run(capsys, pages[0])
    assert "==>" not in single
    code, out, _ = run(capsys, pages[2], pages[0])
    assert code == 0
    assert re.findall(r"^==> (.*) <==$", out, re.MULTILINE) == [str(pages[2]), str(pages[0])]
    assert single.strip() in out.split(f"==> {pages[0]} <==")[1]


def test_title_is_printed_first(capsys):
    code, out, _ = run(capsys, "--title", SEED)
    assert code == 0
    first, _, rest = out.partition("\n\n")
    assert first == GOLD["title"]
    assert normalised(rest) == normalised(GOLD["body"])


def test_json_for_one_input_is_one_document(capsys):
    code, out, _ = run(capsys, "--format", "json", SEED)
    assert code == 0
    doc = json.loads(out)
    assert isinstance(doc, dict)
    assert {"title", "body", "meta", "blocks"} <= doc.keys()
    assert doc["title"] == GOLD["title"]
    assert normalised(doc["body"]) == normalised(GOLD["body"])
    assert doc["source"] == str(SEED)
    assert doc["blocks"] and all(block["label"] in LABELS for block in doc["blocks"])


def test_json_for_several_inputs_is_an_array_with_failures_in_place(capsys, tmp_path):
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "--format", "json", SEED, missing)
    assert code == 1
    docs = json.loads(out)
    assert [doc["source"] for doc in docs] == [str(SEED), str(missing)]
    assert {"title", "body", "meta", "blocks"} <= docs[0].keys()
    assert docs[1].keys() == docs[0].keys() - {"blocks"}  # one record shape: loads as one table
    assert docs[0]["error"] is None and docs[1]["body"] is None and "missing.txt" in docs[1]["error"]
    assert "missing.txt" in err


def test_jsonl_one_object_per_line_with_source(capsys, tmp_path):
    binary = binary_file(tmp_path / "garbage.bin")
    code, out, _ = run(capsys, "--format", "jsonl", SEED, binary, SEED)
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 3
    records = [json.loads(line) for line in lines]
    assert [record["source"] for record in records] == [str(SEED), str(binary), str(SEED)]
    for record in (records[0], records[2]):
        assert {"title", "body", "meta", "blocks"} <= record.keys()
        assert normalised(record["body"]) == normalised(GOLD["body"])
    assert records[1]["body"] is None and "binary" in records[1]["error"]
    assert records[1].keys() == records[0].keys() - {"blocks"}


def test_explain_lists_every_nonblank_line_with_a_label(capsys):
    code, out, _ = run(capsys, "--explain", SEED)
    assert code == 0
    text = SEED.read_text(encoding="utf-8")
    expected = {number: line.rstrip() for number, line in enumerate(text.splitlines(), start=1) if line.strip()}
    head, *lines = out.splitlines()
    assert head == "# page type: article"  # the page type opens the listing, as a comment line
    rows = [EXPLAIN_LINE.match(line) for line in lines]
    assert all(rows), [line for line, row in zip(lines, rows) if not row]
    assert [int(row[1]) for row in rows] == sorted(expected)
    for row in rows:
        number, mark, label, _, shown = row.groups()
        assert label in LABELS
        assert (mark == "+") == (label == "body")
        assert shown == expected[int(number)]
    labels = {row[3] for row in rows}
    assert {"body", "weather"} <= labels  # the seed's widget is removed, its article kept


def test_explain_shows_every_line_of_a_block_the_dump_broke(capsys, tmp_path):
    """A paragraph saved a text node a line is one block; --explain still lists each input line,
    the verdict on the first and blank on the others."""
    lines = ["Skip to content", "", "The council", "approved", "the new budget on Tuesday after a long debate.",
             "", "Residents had asked for more money to be spent on public transport, the mayor said."]
    page = tmp_path / "fragments.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "--explain", page)
    assert code == 0
    shown = {int(line.split()[0]): line for line in out.splitlines() if not line.startswith("#")}
    assert sorted(shown) == [number for number, line in enumerate(lines, start=1) if line]
    for number in (3, 4, 5):
        assert shown[number].endswith("| " + lines[number - 1])
    assert " + body " in shown[3]
    assert "body" not in shown[4] and "body" not in shown[5]  # continuation lines of the block on line 3


def test_explain_reasons_column(capsys):
    _, plain, _ = run(capsys, "--explain", SEED)
    code, verbose, _ = run(capsys, "--explain", "-v", SEED)
    assert code == 0
    assert "weather" in plain and "temperature" not in plain
    weather_rows = [line for line in verbose.splitlines() if " - weather " in line and "℃" in line]
    assert weather_rows and all(EXPLAIN_LINE.match(row)[4] for row in weather_rows)


def test_stdout_is_utf8_whatever_the_locale():
    result = run_module(SEED, env={"PYTHONIOENCODING": "latin-1", "LC_ALL": "C"})
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert normalised(result.stdout.decode("utf-8")) == normalised(GOLD["body"])


# --------------------------------------------------------------------------- inputs

def test_stdin_dash(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    code, out, err = run(capsys, "-")
    assert code == 0 and err == ""
    assert normalised(out) == normalised(GOLD["body"])


def test_stdin_failure_names_stdin(capsys, monkeypatch, tmp_path):
    garbage = binary_file(tmp_path / "garbage").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(garbage)))
    code, _, err = run(capsys, "--format", "jsonl", "-")
    assert code == 1
    assert err.startswith(f"cleantext: {cli.STDIN_NAME}: ")


def test_directory_is_recursive_sorted_and_skips_hidden(capsys, tmp_path):
    root = tmp_path / "site"
    for folder in ("b/.git", ".cache", "a"):
        (root / folder).mkdir(parents=True)
    for name in ("b/z.txt", "a.txt", "a/y.txt", "c.txt", ".hidden.txt", ".cache/x.txt", "b/.git/HEAD"):
        shutil.copyfile(SEED, root / name)
    code, out, _ = run(capsys, root)
    assert code == 0
    # Sorted as a tree walk: a folder's files sit where the folder's name sorts ("a" < "a.txt").
    assert re.findall(r"^==> (.*) <==$", out, re.MULTILINE) == [
        str(root / "a" / "y.txt"), str(root / "a.txt"), str(root / "b" / "z.txt"), str(root / "c.txt")]


def test_empty_directory_is_a_failure(capsys, tmp_path):
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, tmp_path / "empty", SEED)
    assert code == 1
    assert err.count("\n") == 1 and str(tmp_path / "empty") in err
    assert normalised(GOLD["body"]) in normalised(out)


# --------------------------------------------------------------------------- errors

def test_missing_file_reported_and_batch_goes_on(capsys, tmp_path):
    missing = tmp_path / "no-such-page.txt"
    code, out, err = run(capsys, missing, SEED)
    assert code == 1
    assert err.splitlines() == [f"cleantext: {missing}: No such file or directory"]
    assert normalised(GOLD["body"]) in normalised(out)


def test_binary_file_is_one_clear_line(capsys, tmp_path):
    binary = binary_file(tmp_path / "image.png")
    code, out, err = run(capsys, binary, SEED)
    assert code == 1
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"cleantext: {binary}: ") and "binary" in lines[0]
    assert normalised(GOLD["body"]) in normalised(out)


def test_binary_file_in_a_real_process_has_no_traceback(tmp_path):
    binary = binary_file(tmp_path / "blob.dat")
    result = run_module(binary, SEED)
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1
    assert "Traceback" not in err and err.count("\n") == 1 and "blob.dat" in err
    assert normalised(GOLD["body"]) in normalised(result.stdout.decode("utf-8"))


def test_unexpected_exception_becomes_one_line(capsys, monkeypatch, tmp_path):
    bad = tmp_path / "bad.txt"
    shutil.copyfile(SEED, bad)
    real_clean = Cleaner.clean

    def flaky(self, source, **kwargs):
        if kwargs.get("name") == str(bad):
            raise KeyError("boom")
        return real_clean(self, source, **kwargs)

    monkeypatch.setattr(Cleaner, "clean", flaky)
    code, out, err = run(capsys, bad, SEED)
    assert code == 1
    assert "Traceback" not in err
    [line] = err.splitlines()
    assert line.startswith(f"cleantext: {bad}: internal error (KeyError") and "bug" in line
    assert re.findall(r"^==> (.*) <==$", out, re.MULTILINE) == [str(SEED)]
    assert normalised(GOLD["body"]) in normalised(out)


@pytest.mark.parametrize("argv", [
    ["--no-such-option", "x"],
    ["--format", "xml", "x"],
    ["--jobs", "-1", "x"],
    ["--jobs", "many", "x"],
    ["--lang", "klingon", "x"],
    ["--html", "--text", "x"],
    ["--explain", "--format", "json", "x"],
    ["--report", "r.html", "-o", "out.txt", "x"],
    ["--report", "r.html", "--format", "jsonl", "x"],
    ["--report", "r.html", "--explain", "x"],
])
def test_usage_errors_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == "" and "usage:" in err and "Traceback" not in err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("cleantext ")


def test_lang_restricts_cues(capsys, monkeypatch):
    seen = []
    real_init = Cleaner.__init__

    def spy(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        seen.append(self.languages)

    monkeypatch.setattr(Cleaner, "__init__", spy)
    code, _, _ = run(capsys, "--lang", "ko, en", SEED)
    assert code == 0
    assert seen == [("ko", "en")]


# --------------------------------------------------------------------------- output file

def test_output_equal_to_an_input_is_refused(capsys, tmp_path):
    page = tmp_path / "page.txt"
    shutil.copyfile(SEED, page)
    before = page.read_bytes()
    code, out, err = run(capsys, "-o", page, page)
    assert code == 2
    assert "page.txt" in err and out == ""
    assert page.read_bytes() == before


def test_output_equal_to_an_input_through_another_spelling_is_refused(capsys, tmp_path, monkeypatch):
    pages = copies(tmp_path / "pages", 2)
    before = pages[1].read_bytes()
    monkeypatch.chdir(tmp_path)
    code, _, _ = run(capsys, "-o", "./pages/../pages/page01.txt", "pages")
    assert code == 2
    assert pages[1].read_bytes() == before


def test_output_file_gets_utf8(capsys, tmp_path):
    target = tmp_path / "out" / "body.txt"
    target.parent.mkdir()
    code, out, _ = run(capsys, "-o", target, SEED)
    assert code == 0 and out == ""
    assert normalised(target.read_text(encoding="utf-8")) == normalised(GOLD["body"])


# --------------------------------------------------------------------------- report

def report_sections(path: Path) -> list[tuple[str, str]]:
    """(class, heading) of each page section of an HTML report file."""
    tree = lxml.html.fromstring(path.read_text(encoding="utf-8"))
    return [(section.get("class"), section.xpath("./h2")[0].text_content()) for section in tree.xpath("//section")]


def test_report_is_one_html_file_with_failures_as_entries_and_nothing_on_stdout(capsys, tmp_path):
    missing = tmp_path / "missing.txt"
    target = tmp_path / "out" / "report.html"
    target.parent.mkdir()
    code, out, err = run(capsys, "--report", target, SEED, missing)
    assert code == 1 and out == ""
    assert "missing.txt" in err
    assert report_sections(target) == [("page", GOLD["title"]), ("page failed", str(missing))]
    assert os.listdir(target.parent) == ["report.html"]  # no temporary file left behind


def test_report_over_an_input_is_refused(capsys, tmp_path):
    page = tmp_path / "page.txt"
    shutil.copyfile(SEED, page)
    before = page.read_bytes()
    code, out, err = run(capsys, "--report", page, page)
    assert code == 2 and out == ""
    assert "--report" in err and "would overwrite input" in err
    assert page.read_bytes() == before


def test_report_inside_an_input_directory_or_onto_a_directory_is_refused(capsys, tmp_path):
    pages = copies(tmp_path / "pages", 2)
    code, _, err = run(capsys, "--report", pages[0].parent / "report.html", pages[0].parent)
    assert code == 2 and "inside input directory" in err
    code, _, err = run(capsys, "--report", tmp_path, SEED)
    assert code == 2 and "is a directory" in err
    assert sorted(os.listdir(pages[0].parent)) == ["page00.txt", "page01.txt"]


def test_interrupted_report_leaves_the_previous_one_and_no_temporary_file(capsys, monkeypatch, tmp_path):
    target = tmp_path / "report.html"
    target.write_text("previous report", encoding="utf-8")

    def interrupted(cleaner, page, number):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "clean_item", interrupted)
    code, _, _ = run(capsys, "--report", target, SEED)
    assert code == cli.EXIT_INTERRUPTED
    assert target.read_text(encoding="utf-8") == "previous report"
    assert os.listdir(tmp_path) == ["report.html"]


def test_report_to_stdout_and_with_workers_is_the_same_report(capsys, tmp_path):
    pages = copies(tmp_path / "pages", 5)
    target = tmp_path / "report.html"
    code, out, _ = run(capsys, "--report", "-", pages[0].parent)
    assert code == 0 and out.startswith("<!DOCTYPE html>")
    code, _, _ = run(capsys, "-j", "2", "--report", target, pages[0].parent)
    assert code == 0
    assert target.read_text(encoding="utf-8") == out


def test_report_is_in_the_help(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "--report FILE" in out


# --------------------------------------------------------------------------- batches

def test_jobs_2_matches_jobs_1_in_order(capsys, monkeypatch, tmp_path):
    pages = copies(tmp_path / "pages", 13)
    binary_file(tmp_path / "pages" / "page05.txt")  # a failure mid-batch must keep its place too
    code1, out1, err1 = run(capsys, "-j", "1", "--format", "jsonl", tmp_path / "pages")

    pools = []
    real_pool = parallel.ProcessPoolExecutor

    def counting_pool(*args, **kwargs):
        pools.append(args)
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", counting_pool)
    code2, out2, err2 = run(capsys, "-j", "2", "--format", "jsonl", tmp_path / "pages")
    assert pools, "-j 2 did not start a worker pool"
    assert (code1, out1, err1) == (code2, out2, err2)
    assert code2 == 1
    assert [json.loads(line)["source"] for line in out2.splitlines()] == [str(page) for page in pages]


def test_stdin_and_files_in_a_real_process():
    result = run_module("--format", "jsonl", SEED, "-", stdin=SEED.read_bytes())
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [record["source"] for record in records] == [str(SEED), cli.STDIN_NAME]
    assert records[0]["body"] == records[1]["body"] and records[0]["body"]


def test_closed_pipe_exits_quietly(tmp_path):
    pages = copies(tmp_path / "pages", 80)  # far more output than a pipe buffer holds
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))}
    child = subprocess.Popen([sys.executable, "-m", "cleantext", pages[0].parent],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert child.stdout.read(100)
    child.stdout.close()  # what `| head -c 100` does
    err = child.stderr.read().decode("utf-8", "replace")
    assert child.wait(timeout=120) == 0
    assert err == ""


# --------------------------------------------------------------------------- streams and scale

def _wet(path: Path, texts: list[str]) -> Path:
    import io as _io

    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for number, text in enumerate(texts):
            writer.write_record(writer.create_warc_record(
                f"https://a.invalid/{number}", "conversion", payload=_io.BytesIO(text.encode("utf-8")),
                warc_content_type="text/plain"))
    return path


def test_a_wet_file_is_read_as_a_stream_without_flags(capsys, tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    wet = _wet(tmp_path / "crawl.wet.gz", [seed, seed])
    code, out, err = run(capsys, "--format", "jsonl", "--no-blocks", "-j", "2", wet)
    assert code == 0 and err == ""
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["url"] for r in records] == ["https://a.invalid/0", "https://a.invalid/1"]
    assert all(r["id"].startswith("<urn:uuid:") and r["error"] is None and "blocks" not in r for r in records)
    assert normalised(records[0]["body"]) == normalised(GOLD["body"])
    assert records[0]["removed"] and all(label in LABELS for label in records[0]["removed"])
    assert sum(records[0]["removed"].values()) == sum(1 for line in seed.splitlines() if line.strip()) - len(
        [block for block in Cleaner().clean(seed).blocks if block.kept])


def test_jsonl_field_and_id_field(capsys, tmp_path):
    export = tmp_path / "export.json"  # any name: --jsonl-field says what it is
    rows = [{"key": "a", "page": SEED.read_text(encoding="utf-8")}, {"key": "b", "other": "x"}]
    export.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "--format", "jsonl", "--jsonl-field", "page", "--id-field", "key", export)
    assert code == 1
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["id"] == "a" and normalised(first["body"]) == normalised(GOLD["body"])
    assert second["body"] is None and second["error"].startswith(f"{export}:2: ")
    assert err.splitlines() == [f"cleantext: {second['error']}"]


def test_id_field_without_jsonl_input_is_a_usage_error(capsys):
    code, _, err = run(capsys, "--id-field", "key", SEED)
    assert code == 2 and "--id-field" in err


def test_an_over_budget_page_fails_alone_in_the_cli(capsys, tmp_path):
    from seedlib import long_page

    pages = copies(tmp_path / "pages", 6)
    (tmp_path / "pages" / "page03.txt").write_text(long_page(), encoding="utf-8")
    for jobs in ("1", "2"):
        code, out, err = run(capsys, "--timeout", "0.3", "-j", jobs, "--format", "jsonl", "--no-blocks", tmp_path / "pages")
        assert code == 1
        records = [json.loads(line) for line in out.splitlines()]
        assert [r["source"] for r in records] == [str(page) for page in pages]
        assert [r["error"] is not None for r in records] == [False, False, False, True, False, False]
        assert "time budget" in err and err.count("\n") == 1
