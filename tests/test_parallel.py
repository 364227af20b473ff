"""clean_many with worker processes (parallel.py): order, failures, budget, bounded reading."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from cleantext import Cleaner, Document, Failure, Page, parallel
from seedlib import SEED_NAMES, load_seed, long_page

TEXTS = [load_seed(name).text for name in SEED_NAMES]


def test_jobs_2_gives_the_results_of_jobs_1_in_input_order() -> None:
    items = [*TEXTS, b"\x00\x01 binary", *TEXTS, Page(TEXTS[0], name="named", url="https://x.invalid/a")]
    one = list(Cleaner().clean_many(items))
    two = list(Cleaner().clean_many(items, jobs=2))
    assert [type(r) for r in two] == [Document] * 5 + [Failure] + [Document] * 6
    assert [r.to_dict() for r in two] == [r.to_dict() for r in one]
    assert two[5].source == "item 6" and two[-1].source == "named"


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_over_budget_page_fails_alone(jobs: int) -> None:
    huge = long_page()
    items = [*TEXTS, Page(huge, name="huge page"), *TEXTS]
    results = list(Cleaner(timeout=0.3).clean_many(items, jobs=jobs))
    assert [isinstance(r, Failure) for r in results] == [False] * 5 + [True] + [False] * 5
    assert results[5].source == "huge page" and "time budget" in results[5].error
    expected = [doc.body for doc in Cleaner().clean_many(TEXTS)]
    assert [r.body for r in results[:5]] == [r.body for r in results[6:]] == expected


def test_input_is_read_a_bounded_way_ahead() -> None:
    read = 0

    def endless():
        nonlocal read
        while True:
            read += 1
            yield TEXTS[read % len(TEXTS)]

    results = Cleaner().clean_many(endless(), jobs=2)
    for _ in range(5):
        next(results)
    results.close()
    assert read <= 2 * parallel.CHUNKS_PER_WORKER * parallel.CHUNK_SIZE + parallel.CHUNK_SIZE


def test_jobs_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="jobs"):
        list(Cleaner().clean_many(TEXTS, jobs=-1))


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patched Cleaner reaches workers only by fork")
def test_a_worker_that_dies_fails_its_chunk_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    real = Cleaner.clean_page

    def dying(self: Cleaner, page: Page) -> Document:
        if page.name == "fatal":
            os._exit(1)
        return real(self, page)

    monkeypatch.setattr(Cleaner, "clean_page", dying)
    items = [Page(TEXTS[n % 5], name=f"p{n}") for n in range(30)]
    items[12] = Page(TEXTS[0], name="fatal")
    results = list(Cleaner().clean_many(items, jobs=2))
    assert len(results) == 30
    assert isinstance(results[12], Failure) and "died" in results[12].error
    assert [n for n, result in enumerate(results) if isinstance(result, Failure)] == [12]  # only the culprit
    expected = list(Cleaner().clean_many(items[:12] + items[13:]))
    assert [r.body for r in results[:12] + results[13:]] == [r.body for r in expected]
