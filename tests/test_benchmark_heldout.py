"""The held-out benchmark's offline parts: pairing an sdist's pages with their expected texts,
unpacking an archive, dropping pages the development corpora hold, and the no-network exit."""

from __future__ import annotations

import io
import json
import sys
import tarfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the benchmarks package beside src/

from benchmarks import heldout  # noqa: E402
from benchmarks.heldout import FetchError, HeldoutPage, SharedIndex, Source  # noqa: E402

SOURCE = Source("fakepkg", "1.0", "tests/data/html", "tests/data/txt", "tests/data/metadata")
BODY = "The council voted on Tuesday to rebuild the old harbour bridge before the winter storms arrive."


def fake_sdist(root: Path) -> Path:
    """An unpacked sdist: one full pair, one HTML without text, one blank text, one stray text."""
    data = root / "tests" / "data"
    for folder in ("html", "txt", "metadata"):
        (data / folder).mkdir(parents=True)
    (data / "html" / "news.html").write_text(f"<html><body><p>{BODY}</p></body></html>", encoding="utf-8")
    (data / "txt" / "news.txt").write_text(BODY + "\n", encoding="utf-8")
    (data / "metadata" / "news.json").write_text(json.dumps({"url": "https://www.example.org/a?x=1", "language": "en"}))
    (data / "html" / "no_text.html").write_text("<p>alone</p>", encoding="utf-8")
    (data / "html" / "blank.html").write_text("<p>blank</p>", encoding="utf-8")
    (data / "txt" / "blank.txt").write_text(" \n", encoding="utf-8")
    (data / "txt" / "summary_only.txt").write_text("a summary with no page", encoding="utf-8")
    (data / "html" / "no_meta.html").write_text("<p>other</p>", encoding="utf-8")
    (data / "txt" / "no_meta.txt").write_text("other", encoding="utf-8")
    (data / "metadata" / "no_meta.json").write_text("{not json")
    return root


def test_pairs_only_stems_with_html_and_a_non_blank_text(tmp_path: Path) -> None:
    pages = heldout.pair_pages(fake_sdist(tmp_path / "fakepkg-1.0"), SOURCE)
    assert [p.id for p in pages] == ["fakepkg/news", "fakepkg/no_meta"]
    news, no_meta = pages
    assert news.body == BODY and news.html.startswith(b"<html>")
    assert (news.url, news.lang) == ("https://www.example.org/a?x=1", "en")
    assert (no_meta.url, no_meta.lang) == ("", None)  # unreadable metadata is no metadata


def test_fetch_reuses_an_unpacked_sdist_without_pip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_sdist(heldout.unpacked_root(SOURCE, tmp_path))

    def no_pip(*args: object) -> Path:
        raise AssertionError("pip called although the sdist is cached")

    monkeypatch.setattr(heldout, "pip_download", no_pip)
    assert heldout.fetch(SOURCE, tmp_path) == heldout.unpacked_root(SOURCE, tmp_path)


def tar_of(folder: Path, archive: Path, extra: tuple[str, bytes] | None = None) -> Path:
    with tarfile.open(archive, "w:gz") as handle:
        handle.add(folder, arcname=folder.name)
        if extra:
            info = tarfile.TarInfo(extra[0])
            info.size = len(extra[1])
            handle.addfile(info, io.BytesIO(extra[1]))
    return archive


def test_fetch_unpacks_what_pip_downloaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tar_of(fake_sdist(tmp_path / "build" / "fakepkg-1.0"), tmp_path / "fakepkg-1.0.tar.gz")
    monkeypatch.setattr(heldout, "pip_download", lambda requirement, dest, timeout: archive)
    root = heldout.fetch(SOURCE, tmp_path / "cache")
    assert root == heldout.unpacked_root(SOURCE, tmp_path / "cache")
    assert [p.id for p in heldout.pair_pages(root, SOURCE)] == ["fakepkg/news", "fakepkg/no_meta"]


def test_unpack_refuses_a_member_outside_the_folder(tmp_path: Path) -> None:
    archive = tar_of(fake_sdist(tmp_path / "fakepkg-1.0"), tmp_path / "evil.tar.gz", ("../evil.txt", b"x"))
    (tmp_path / "out").mkdir()
    with pytest.raises(FetchError, match="unsafe path"):
        heldout.unpack(archive, tmp_path / "out")
    assert not (tmp_path / "evil.txt").exists()


def test_pages_in_the_corpora_are_dropped_by_url_or_text() -> None:
    page = HeldoutPage("p/news", b"", BODY, "http://example.org/a/", "en")
    other = HeldoutPage("p/other", b"", "A different story about the price of bread in spring markets.", "", None)
    by_url = SharedIndex(frozenset({heldout.url_key("https://www.example.org/a")}), frozenset())
    by_text = SharedIndex(frozenset(), frozenset(heldout.windows("Before it: " + BODY)))
    for index in (by_url, by_text):
        assert heldout.held_out([page, other], index) == ([other], ["p/news"])
    assert heldout.held_out([page, other], None) == ([page, other], [])


def test_no_network_is_one_line_and_exit_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def offline(requirement: str, dest: Path, timeout: float) -> Path:
        raise FetchError(f"pip download {requirement} failed: ERROR: network unreachable")

    monkeypatch.setattr(heldout, "pip_download", offline)
    assert heldout.main(["--cache", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "skipped" in out and "no table" in out


def test_pip_error_names_the_error_line() -> None:
    stderr = "WARNING: something\nERROR: Could not find a version\nERROR: No matching distribution found for x==1\n"
    assert heldout.pip_error(stderr) == "ERROR: No matching distribution found for x==1"
    assert heldout.pip_error("") == "no output"
