"""Shared fixtures: the five seed pages with their gold files, and hypothesis profiles.

Seed loading lives in ``seedlib.py`` and the article/furniture generators in
``strategies.py`` (both importable from every test module: this folder is put
on ``sys.path`` here).

Hypothesis: the ``default`` profile runs a moderate number of examples; the
``ci`` profile (selected when the environment says ``CI=true``) runs fewer so
the whole suite stays within about two minutes on two cores. Timing is not a
unit-test concern, so ``deadline`` is off in every profile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings

TESTS_DIR = Path(__file__).resolve().parent
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from seedlib import GOLD_DIR, SEED_NAMES, SEEDS_DIR, Seed, all_seeds, load_seed  # noqa: E402,F401

# --- hypothesis profiles -------------------------------------------------------------------

# No 'explain' phase: its line tracing multiplies the cost of every failing example's shrink.
_PHASES = (Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink)
_COMMON = dict(deadline=None, phases=_PHASES, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("default", max_examples=100, **_COMMON)
settings.register_profile("ci", max_examples=30, derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("quick", max_examples=10, **_COMMON)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE")
    or ("ci" if os.environ.get("CI", "").strip().lower() in ("true", "1", "yes") else "default")
)

# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(params=SEED_NAMES)
def seed(request: pytest.FixtureRequest) -> Seed:
    """Each seed page with its gold file (parametrised over the five seeds)."""
    return load_seed(request.param)


@pytest.fixture(scope="session")
def seeds() -> list[Seed]:
    return all_seeds()
