"""The time budget per page (budget.py): PageTimeout from Cleaner.clean, no alarm left behind."""

from __future__ import annotations

import signal
import threading
import time

import pytest

import cleantext
from cleantext import Cleaner, PageTimeout, budget
from seedlib import load_seed, long_page

TIMER = hasattr(signal, "setitimer")
needs_timer = pytest.mark.skipif(not TIMER, reason="no setitimer on this platform (the cooperative path is tested)")


@pytest.fixture(scope="module")
def huge() -> str:
    """A page far longer than a tiny budget allows (seconds to clean)."""
    return long_page()


def test_page_timeout_is_a_cleantext_error() -> None:
    assert issubclass(PageTimeout, cleantext.CleantextError)


def test_budget_is_on_by_default_and_validated() -> None:
    assert Cleaner().timeout == 60.0
    assert Cleaner(timeout=None).timeout is None
    for bad in (0, -1, float("nan"), "10"):
        with pytest.raises(ValueError, match="timeout"):
            Cleaner(timeout=bad)  # type: ignore[arg-type]


@needs_timer
def test_over_budget_page_raises_and_no_alarm_is_left(huge: str) -> None:
    handler = signal.getsignal(signal.SIGALRM)
    start = time.monotonic()
    with pytest.raises(PageTimeout, match="huge.txt: took longer than the time budget of 0.2 s"):
        Cleaner(timeout=0.2).clean(huge, name="huge.txt")
    assert time.monotonic() - start < 5  # cut short, not run to the end and then judged
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is handler


@needs_timer
def test_a_page_within_budget_leaves_no_alarm() -> None:
    handler = signal.getsignal(signal.SIGALRM)
    doc = Cleaner(timeout=30).clean(load_seed("003_f371461d168e3db9").text)
    assert doc.body
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is handler


def test_outside_the_main_thread_the_deadline_is_checked_between_stages(huge: str) -> None:
    outcome: list[BaseException | None] = []

    def clean() -> None:
        try:
            Cleaner(timeout=0.05).clean(huge, name="threaded")
            outcome.append(None)
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            outcome.append(error)

    worker = threading.Thread(target=clean)
    worker.start()
    worker.join(120)
    assert isinstance(outcome[0], PageTimeout) and "threaded" in str(outcome[0])


@needs_timer
def test_a_callers_own_timer_is_left_alone(huge: str) -> None:
    previous = signal.signal(signal.SIGALRM, lambda *_: None)
    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        with pytest.raises(PageTimeout):
            Cleaner(timeout=0.05).clean(huge)  # the cooperative deadline, at a stage boundary
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 90 < remaining <= 100
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_check_without_a_budget_does_nothing() -> None:
    budget.check()
    with budget.within(None, "x"):
        budget.check()
