"""Cleaning pauses the cyclic collector and gives it back as it found it."""

from __future__ import annotations

import gc
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext import collector


@pytest.fixture(autouse=True)
def _collector_restored() -> object:
    was = gc.isenabled()
    yield
    gc.enable() if was else gc.disable()


def test_cleaning_pauses_the_collector_and_resumes_it() -> None:
    gc.enable()
    seen: list[bool] = []
    with collector.paused():
        seen.append(gc.isenabled())
        cleantext.clean_text("A line.\nAnother line of text.")
    assert seen == [False] and gc.isenabled()


def test_a_collector_the_caller_disabled_stays_disabled() -> None:
    gc.disable()
    cleantext.clean_html("<p>Some text of a page.</p>")
    assert not gc.isenabled()


def test_a_failing_page_still_resumes_the_collector() -> None:
    gc.enable()
    with pytest.raises(cleantext.CleantextError):
        cleantext.Cleaner(timeout=None).clean(12345)  # type: ignore[arg-type]
    assert gc.isenabled()


@given(st.lists(st.sampled_from(["enter", "exit"]), max_size=30))
def test_overlapping_pages_resume_it_only_when_the_last_is_done(steps: list[str]) -> None:
    """Any interleaving of pages in threads: paused while one is open, resumed when none is."""
    gc.enable()
    open_pages = []
    for step in steps:
        if step == "enter":
            context = collector.paused()
            context.__enter__()
            open_pages.append(context)
        elif open_pages:
            open_pages.pop(0).__exit__(None, None, None)
        assert gc.isenabled() == (not open_pages)
    while open_pages:
        open_pages.pop().__exit__(None, None, None)
    assert gc.isenabled()


def test_threads_cleaning_at_once_leave_it_running() -> None:
    gc.enable()
    pages = [f"<p>Page {n} has a paragraph of its own, long enough to keep.</p>" for n in range(40)]
    threads = [threading.Thread(target=lambda: [cleantext.clean_html(page) for page in pages]) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()
