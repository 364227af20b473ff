"""The CLI under faults (issue 15): one clear line naming the input, the right exit status,
no traceback, no partial output file.

Each fault of the table in benchmarks/README.md ("CLI faults") has a test here. Faults that only
show in a real process (closed stdin, a full device, a closed pipe, Ctrl-C) run
``python -m cleantext``; the rest run ``cli.main`` in-process. Permission faults need a user
that permissions stop: root reads everything, so as root they are simulated by making the read
or the listing raise the PermissionError the kernel would give (the CLI sees the same exception),
and the real chmod test skips.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleantext import cli

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "001_4770764d40e4d9c9.txt"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run(capsys: pytest.CaptureFixture[str], *argv: str | os.PathLike[str]) -> tuple[int, str, str]:
    code = cli.main([os.fspath(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def child(*argv: str | os.PathLike[str], **kwargs: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.Popen([sys.executable, "-m", "cleantext", *map(os.fspath, argv)], env=env, **kwargs)  # type: ignore[call-overload]


def assert_one_clear_line(err: str, name: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("cleantext: ") and name in lines[0], err


def test_missing_file(capsys, tmp_path):
    code, out, err = run(capsys, tmp_path / "missing.txt")
    assert code == 1 and out == ""
    assert_one_clear_line(err, "missing.txt")
    assert "No such file" in err


def test_broken_symlink_is_a_missing_file(capsys, tmp_path):
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    code, _, err = run(capsys, tmp_path / "dangling")
    assert code == 1
    assert_one_clear_line(err, "dangling")


def test_unreadable_file_simulated(capsys, tmp_path, monkeypatch):
    page = tmp_path / "secret.txt"
    page.write_bytes(SEED.read_bytes())

    real_read = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    code, out, err = run(capsys, page, SEED)
    assert code == 1 and "==> " in out  # the other input is still cleaned
    assert_one_clear_line(err, "secret.txt")
    assert "Permission denied" in err


@pytest.mark.skipif(IS_ROOT or not hasattr(os, "geteuid"), reason="root reads a chmod 000 file anyway (simulated above)")
def test_unreadable_file_for_real(capsys, tmp_path):
    page = tmp_path / "secret.txt"
    page.write_bytes(SEED.read_bytes())
    page.chmod(0)
    code, _, err = run(capsys, page)
    assert code == 1
    assert_one_clear_line(err, "secret.txt")


def test_directory_without_permission_simulated(capsys, tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "page.txt").write_bytes(SEED.read_bytes())
    real_scandir = os.scandir

    def denied(path: object = ".") -> object:
        if os.fspath(path) == os.fspath(locked):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[arg-type]
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", denied)
    code, out, err = run(capsys, locked)
    assert code == 1 and out == ""
    assert_one_clear_line(err, "locked")
    assert "cannot list directory" in err and "Permission denied" in err


@pytest.mark.skipif(IS_ROOT or not hasattr(os, "geteuid"), reason="root lists a chmod 000 directory anyway (simulated above)")
def test_directory_without_permission_for_real(capsys, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "page.txt").write_bytes(SEED.read_bytes())
    locked.chmod(0)
    try:
        code, _, err = run(capsys, locked)
    finally:
        locked.chmod(0o700)
    assert code == 1
    assert_one_clear_line(err, "locked")


def test_binary_file(capsys, tmp_path):
    data = tmp_path / "photo.jpg"
    data.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    code, out, err = run(capsys, data)
    assert code == 1 and out == ""
    assert_one_clear_line(err, "photo.jpg")
    assert "binary data" in err


def test_empty_file_is_an_empty_page(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run(capsys, empty)
    assert (code, out, err) == (0, "", "")


def test_closed_stdin():
    process = child("-", stdin=None, stdout=subprocess.PIPE, stderr=subprocess.PIPE, close_fds=True,
                    preexec_fn=lambda: os.close(0))
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1 and out == b""
    assert err.decode() == "cleantext: <stdin>: standard input is closed; give FILE or DIR instead of '-'\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize("how", ["-o", "redirect"])
def test_full_output(how):
    if how == "-o":
        process = child("-o", "/dev/full", SEED, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        name = "/dev/full"
    else:
        with open("/dev/full", "wb") as full:
            process = child(SEED, stdout=full, stderr=subprocess.PIPE)
        name = "standard output"
    _, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert err.decode() == f"cleantext: cannot write {name}: No space left on device\n"


def test_unwritable_output_place_is_a_usage_error(capsys, tmp_path):
    code, _, err = run(capsys, "-o", tmp_path / "no" / "such" / "dir.txt", SEED)
    assert code == 2 and "Traceback" not in err
    assert "cannot write" in err and "dir.txt" in err


def test_failed_output_leaves_no_file_and_keeps_the_old_one(capsys, tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_text("previous run\n")

    def failing(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli.TextWriter, "close", failing)
    code, _, err = run(capsys, "-o", target, SEED)
    assert code == 1
    assert_one_clear_line(err, "out.txt")
    assert target.read_text() == "previous run\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.txt"]  # no temporary left


def test_broken_pipe_is_quiet(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes() * 200)  # far more output than a pipe buffers
    process = child("--text", "--explain", page, page, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.read(100)
    process.stdout.close()  # what 'head' does
    _, err = process.communicate(timeout=120)
    assert err == b""
    assert process.returncode == 0


@pytest.mark.parametrize("extra", [[], ["-j", "2"]])
def test_interrupt_mid_batch(tmp_path, extra):
    pages = []
    for number in range(40):
        page = tmp_path / f"p{number:02}.txt"
        page.write_bytes(SEED.read_bytes() + f"\npage {number}\n".encode())
        pages.append(page)
    target = tmp_path / "out.txt"
    process = child(*extra, "-o", target, *(pages * 30), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(path.name.startswith(".out.txt.") for path in tmp_path.iterdir()):  # its temporary file:
        assert time.monotonic() < deadline and process.poll() is None  # the batch has started
        time.sleep(0.05)
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    text = err.decode()
    assert process.returncode == 130, text
    assert "Traceback" not in text and text.startswith("cleantext: interrupted")
    assert len(text.strip().splitlines()) == 1
    assert not target.exists()
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []
