"""The quick benchmark pass is a gate: a figure under its floor, or a floor whose table did not
run, fails it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the benchmarks package beside src/

from benchmarks import gate  # noqa: E402
from benchmarks.quality import Row, SeedRow  # noqa: E402


def rows_at(offset: float) -> list[Row]:
    """A row for every floor, each ``offset`` above it (on every measure the floor names)."""
    rows = []
    for (corpus, mode, style), floors in gate.FLOORS.items():
        f1 = floors.get("f1", 0.5) + offset
        precision = floors.get("precision", 0.5) + offset
        rows.append(Row(corpus, mode, style, "cleantext", 100, precision, 0.9, f1, 0, 1.0))
    return rows


SEEDS_EXACT = [SeedRow("total", 1.0, 1.0, 1.0, 134, 134)]


def test_figures_at_or_above_their_floors_pass() -> None:
    assert gate.violations(rows_at(0.0), SEEDS_EXACT) == []
    assert gate.missing(rows_at(0.0)) == []


def test_each_figure_under_its_floor_fails() -> None:
    for index, row in enumerate(rows_at(0.0)):
        rows = rows_at(0.0)
        rows[index] = Row(row.corpus, row.mode, row.style, "cleantext", 100, row.precision - 0.01, 0.9,
                          row.f1 - 0.01, 0, 1.0)
        crossed = gate.violations(rows, SEEDS_EXACT)
        assert crossed and row.corpus in crossed[0], (row, crossed)


def test_a_peer_under_a_floor_does_not_count() -> None:
    rows = rows_at(0.0) + [Row("traf-eval", "html", None, "trafilatura", 100, 0.1, 0.1, 0.1, 0, 1.0)]
    assert gate.violations(rows, SEEDS_EXACT) == []


def test_a_table_that_did_not_run_is_reported() -> None:
    assert gate.missing(rows_at(0.0)[1:])


def test_seeds_below_exact_fail() -> None:
    assert gate.violations(rows_at(0.0), [SeedRow("total", 0.99, 0.99, 0.99, 130, 134)])


def test_the_wcxb_html_figure_is_gated() -> None:
    """Issue 14's figure is a floor: its table must run in the quick pass, and a drop fails it."""
    assert ("wcxb-dev", "html", None) in gate.FLOORS
    rows = [row for row in rows_at(0.0) if row.corpus != "wcxb-dev"]
    assert any("wcxb-dev" in where for where in gate.missing(rows))


def test_the_held_out_floor_fails_only_under_it_and_only_for_cleantext() -> None:
    def row(extractor: str, f1: float) -> Row:
        return Row("heldout", "html", None, extractor, 23, f1, f1, f1, 0, 1.0)

    floor = gate.HELDOUT_BODY_F1
    assert gate.heldout_violation([row("cleantext", floor), row("trafilatura", 0.1)]) is None
    crossed = gate.heldout_violation([row("cleantext", floor - 0.01)])
    assert crossed is not None and "heldout" in crossed
