"""The HTML report in a real browser: headless Chromium renders the report of the five seeds.

The report is written by the command people run (``--report``), Chromium takes
a screenshot of it and dumps the DOM it built (``--dump-dom``), and the DOM
must hold the legend, every seed's title and a tag for every removed block.
Where Chromium is missing or cannot start, the tests skip and say why; .ci/run
installs Debian's ``chromium`` package when it is missing.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

import cleantext
from cleantext import Label, cli
from seedlib import SEEDS_DIR

SEED_FILES = sorted(SEEDS_DIR.glob("*.txt"))
WINDOW = (1200, 3000)
TIMEOUT = 120  # seconds; a cold start on a loaded 2-core machine takes a few
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class Chromium:
    """Runs headless Chromium with a profile of its own (so parallel runs never share one).

    --no-sandbox: the sandbox cannot start as root or in most containers, and the page
    is our own report, which holds no scripts.
    """

    def __init__(self, executable: str, profile: Path) -> None:
        self.executable = executable
        self.profile = profile

    def run(self, *arguments: str) -> subprocess.CompletedProcess[bytes]:
        command = [self.executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                   "--no-first-run", f"--user-data-dir={self.profile}", *arguments]
        return subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)

    def dump_dom(self, page: Path) -> str:
        done = self.run("--dump-dom", page.as_uri())
        assert done.returncode == 0, _last_lines(done.stderr)
        return done.stdout.decode("utf-8")

    def screenshot(self, page: Path, target: Path) -> None:
        done = self.run("--hide-scrollbars", f"--window-size={WINDOW[0]},{WINDOW[1]}",
                        f"--screenshot={target}", page.as_uri())
        assert done.returncode == 0 and target.exists(), _last_lines(done.stderr)


def _last_lines(stderr: bytes, count: int = 5) -> str:
    return "\n".join(stderr.decode("utf-8", "replace").strip().splitlines()[-count:]) or "(no output)"


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Chromium:
    """A Chromium that has rendered a probe page, or a skip that says why there is none."""
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)")
    work = tmp_path_factory.mktemp("chromium")
    browser = Chromium(executable, work / "profile")
    probe = work / "probe.html"
    probe.write_text("<!DOCTYPE html><p id=probe>chromium works</p>", encoding="utf-8")
    try:
        done = browser.run("--dump-dom", probe.as_uri())
    except (OSError, subprocess.TimeoutExpired) as error:
        pytest.skip(f"chromium ({executable}) cannot start here: {error}")
    if done.returncode != 0 or b"chromium works" not in done.stdout:
        pytest.skip(f"chromium ({executable}) cannot start here (exit status {done.returncode}): "
                    f"{_last_lines(done.stderr)}")
    return browser


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of the five seeds, written by ``python -m cleantext --report``."""
    target = tmp_path_factory.mktemp("report") / "seeds.html"
    assert cli.main(["--report", str(target), *map(str, SEED_FILES)]) == 0
    return target


def png_size_and_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the (still filtered) scanline bytes of a PNG."""
    assert data.startswith(PNG_SIGNATURE), "not a PNG"
    position, size, chunks = len(PNG_SIGNATURE), (0, 0), []
    while position < len(data):
        (length, kind) = struct.unpack(">I4s", data[position:position + 8])
        content = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            size = struct.unpack(">II", content[:8])
        elif kind == b"IDAT":
            chunks.append(content)
        position += 12 + length
    return size[0], size[1], zlib.decompress(b"".join(chunks))


def test_seed_report_renders_in_chromium_with_legend_titles_and_removed_tags(chromium, seed_report, tmp_path):
    screenshot = tmp_path / "seeds.png"
    chromium.screenshot(seed_report, screenshot)
    width, height, pixels = png_size_and_pixels(screenshot.read_bytes())
    assert (width, height) == WINDOW
    assert len(set(pixels)) > 32, "the screenshot is blank"

    dom = lxml.html.document_fromstring(chromium.dump_dom(seed_report))
    assert not dom.xpath("//script")
    legend = dom.get_element_by_id("legend")
    assert [tag.text_content() for tag in legend.find_class("tag")] == [label.value for label in Label]

    pages = dom.xpath("//section[@class='page']")
    assert len(pages) == len(SEED_FILES)
    for page, path in zip(pages, SEED_FILES):
        doc = cleantext.Cleaner().clean(path.read_bytes(), name=str(path))
        assert page.xpath("./h2")[0].text_content() == (doc.title or str(path))
        if doc.title:
            assert any(link.text_content() == doc.title for link in dom.xpath("//nav[@id='contents']//a"))
        tags = Counter(tag.text_content() for tag in page.xpath(".//div[contains(@class, 'removed')]/span[@class]")
                       if "tag" in tag.classes)
        assert tags == Counter(block.label.value for block in doc.blocks if not block.kept)
        assert len(page.xpath(".//del")) == sum(not block.kept for block in doc.blocks)

