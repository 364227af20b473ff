"""Linear time: every compiled pattern of the package, and the whole pipeline, on adversarial
strings of growing length, with the time per character at each size.

    python -m benchmarks.linearity [--quick] [--limit 10] [--patterns-only | --pipeline-only]

- **Patterns**: every module-level compiled regex of ``cleantext`` (found by walking the package)
  and every pattern of the merged cues (``cleantext.cues.load()``), each searched in strings made
  by repeating a short adversarial unit (letters, digits, spaces, dates, markup, Hangul, bullets
  ...) to 1k .. 10M characters (``--quick``: 1k .. 100k). For each pattern and size the worst
  time per character over the units is kept.
- **Pipeline**: ``clean_text`` and ``clean_html`` on one line of growing length and on growing
  counts of short lines (distinct, so per-line caches do not hide the per-line cost).

A pattern or input whose time per character at the largest size exceeds ``--limit`` times that
at the smallest is reported as NOT LINEAR and the exit status is 1, so ``python -m benchmarks
--quick`` (CI) fails on a pattern that backtracks. Small sizes carry call overhead, which makes
linear code look faster per character at large sizes, never slower: the limit is generous.
Times are CPU time (``time.process_time``), so being preempted on a shared machine adds nothing.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence

import regex

import benchmarks  # noqa: F401 - puts this checkout's src/ first on sys.path

DEFAULT_LIMIT = 10.0
WORST_UNITS_KEPT = 3  # at 1M and 10M characters, each pattern is timed on its 3 slowest units at 100k
QUICK_SIZES = (1_000, 10_000, 100_000)
FULL_SIZES = (1_000, 10_000, 100_000, 1_000_000, 10_000_000)
# Units repeated into adversarial strings: runs that keep quantifiers and alternations busy.
UNITS = ("a", " ", "1", "1 ", "a ", "ab. ", ". ", "<", "<a ", "</", "&#", "-", "- ", "=", "| ", "\u00a0",
         "가", "다. ", "기자 ", "2024.01.01 ", "12:30 ", "http://a.b/", "a@b.", "© ", "• ", "\u200b", "Aa ",
         "#", "*", "[a](", "![", "\n", "\t", ":", "(1)", "\"", "'", "$1,", "1.", "x" * 7 + "\n")


def module_patterns() -> Iterator[tuple[str, regex.Pattern[str] | re.Pattern[str]]]:
    """(name, pattern) for every module-level compiled pattern in the cleantext package."""
    import cleantext

    for info in pkgutil.walk_packages(cleantext.__path__, "cleantext."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for attribute, value in vars(module).items():
            if isinstance(value, (re.Pattern, regex.Pattern)) and isinstance(value.pattern, str):
                yield f"{info.name}.{attribute}", value


def cue_patterns() -> Iterator[tuple[str, regex.Pattern[str] | re.Pattern[str]]]:
    """(name, pattern) for every compiled pattern of the merged cues of all languages."""
    from cleantext import cues

    merged = cues.load()
    if merged.header_phrases is not None:
        yield "cues.header_phrases", merged.header_phrases
    for family, matcher in sorted(merged.patterns.items()):
        if matcher is None:
            continue
        if isinstance(matcher, cues.Literals):
            yield f"cues.{family}", matcher.pattern
            continue
        if matcher.start is not None:
            yield f"cues.{family}.start", matcher.start
        for part in ("end", "anywhere"):
            for number, (pattern, _needed, _choices) in enumerate(getattr(matcher, part)):
                yield f"cues.{family}.{part}[{number}]", pattern


def seconds(call: Callable[[], object], tries: int) -> float:
    best = float("inf")
    for _ in range(tries):
        started = time.process_time()
        call()
        best = min(best, time.process_time() - started)
    return best


def timed_search(pattern: regex.Pattern[str] | re.Pattern[str], text: str, tries: int, budget: float | None) -> float:
    """Seconds of the fastest of ``tries`` searches; infinite when one runs past ``budget``."""
    if budget is None or not isinstance(pattern, regex.Pattern):  # (stdlib patterns here are literal alternations)
        return seconds(lambda: pattern.search(text), tries)
    try:
        return seconds(lambda: pattern.search(text, timeout=budget), tries)
    except TimeoutError:
        return float("inf")


def pattern_profile(pattern: regex.Pattern[str] | re.Pattern[str], sizes: Sequence[int],
                    strings: dict[tuple[str, int], str], limit: float = DEFAULT_LIMIT) -> list[tuple[float, str]]:
    """Worst time per character (and the unit giving it) of ``pattern.search`` at each size."""
    profile: list[tuple[float, str]] = []
    units: Sequence[str] = UNITS
    for size in sizes:
        tries = 3 if size <= 10_000 else 1
        # A backtracking pattern would take hours at the large sizes: it is stopped at twice the
        # limit's worth of the smallest size's time per character (the regex module's timeout).
        budget = 2 * limit * profile[0][0] * size + 0.05 if profile else None
        timed = sorted(((timed_search(pattern, strings[unit, size], tries, budget) / size, unit) for unit in units),
                       reverse=True)
        profile.append(timed[0])
        if timed[0][0] > limit * profile[0][0]:  # already not linear: larger sizes would only take longer
            return profile + [(float("inf"), timed[0][1])] * (len(sizes) - len(profile))
        if size >= 100_000:  # beyond 100k characters only the units that were slowest go on
            units = [unit for _, unit in timed[:WORST_UNITS_KEPT]]
    return profile


def confirmed_profile(pattern: regex.Pattern[str] | re.Pattern[str], sizes: Sequence[int],
                      strings: dict[tuple[str, int], str], limit: float) -> list[tuple[float, str]]:
    """``pattern_profile``, measured again on its worst unit when it looks nonlinear: one try at
    the large sizes keeps the run short, and a scheduler tick must not fail CI."""
    profile = pattern_profile(pattern, sizes, strings, limit)
    if verdict([per_char for per_char, _ in profile], limit)[1]:
        return profile
    unit = profile[-1][1]
    budget = 2 * limit * profile[0][0] * sizes[-1] + 0.05
    return [(min(per_char, timed_search(pattern, strings[unit, size], 5, budget) / size)
             if per_char != float("inf") else per_char, worst)  # (a size skipped as hopeless stays so)
            for size, (per_char, worst) in zip(sizes, profile)]


class Adversarial(dict[tuple[str, int], str]):
    """(unit, size) -> the unit repeated to ``size`` characters, built on first use (at 10M
    characters only the units some pattern still needs are built)."""

    def __missing__(self, key: tuple[str, int]) -> str:
        unit, size = key
        text = self[key] = (unit * (size // len(unit) + 1))[:size]
        return text


def line_pages(size: int) -> dict[str, Callable[[], object]]:
    """Whole-pipeline runs on about ``size`` characters: one long line, and many short lines."""
    import cleantext

    sentence = "The council met on Tuesday, 2024.01.03 12:30, and agreed to a plan. "
    long_line = (sentence * (size // len(sentence) + 1))[:size]
    short_lines = "".join(f"item {i} costs {i * 7919 % 100_003}\n" for i in range(size // 24 + 1))[:size]
    one_char = ("a\n" * (size // 2 + 1))[:size]
    paragraphs = "".join(f"<p>word {i} word word</p>" for i in range(size // 26 + 1))
    html_line = f"<html><body><p>{long_line}</p></body></html>"
    return {
        "text: one long line": lambda: cleantext.clean_text(long_line),
        "text: short distinct lines": lambda: cleantext.clean_text(short_lines),
        "text: one-character lines": lambda: cleantext.clean_text(one_char),
        "html: one long paragraph": lambda: cleantext.clean_html(html_line),
        "html: short paragraphs": lambda: cleantext.clean_html(paragraphs),
    }


def verdict(profile: Sequence[float], limit: float) -> tuple[float, bool]:
    ratio = profile[-1] / profile[0] if profile[0] else 0.0
    return ratio, ratio <= limit


def run_patterns(sizes: Sequence[int], limit: float) -> int:
    patterns = list(module_patterns()) + list(cue_patterns())
    strings = Adversarial()
    print(f"{len(patterns)} compiled patterns x {len(UNITS)} adversarial strings; ns/char by size "
          f"{', '.join(f'{s:,}' for s in sizes)}")
    bad = 0
    worst_ratio = 0.0
    for name, pattern in patterns:
        profile = confirmed_profile(pattern, sizes, strings, limit)
        ratio, linear = verdict([per_char for per_char, _ in profile], limit)
        worst_ratio = max(worst_ratio, ratio)
        if not linear or ratio > limit / 3:
            print(f"  {name:<60} " + " ".join(f"{per_char * 1e9:8.2f}" for per_char, _ in profile) +
                  f"  x{ratio:5.2f} (worst unit {profile[-1][1]!r})" + ("  NOT LINEAR" if not linear else ""))
        bad += not linear
    print(f"patterns: worst ratio of time/char, largest to smallest size: {worst_ratio:.2f} "
          f"(limit {limit}); {bad} not linear")
    return bad


def run_pipeline(sizes: Sequence[int], limit: float) -> int:
    import cleantext

    cleantext.clean_text("warm up\n" * 20)
    cleantext.clean_html("<p>warm up</p>" * 20)
    names = list(line_pages(10))
    per_name: dict[str, list[float]] = {name: [] for name in names}
    for size in sizes:
        pages = line_pages(size)
        tries = 3 if size <= 100_000 else 1
        for name in names:
            per_name[name].append(seconds(pages[name], tries) / size)
    print(f"pipeline: microseconds per character by size {', '.join(f'{s:,}' for s in sizes)}", flush=True)
    bad = 0
    for name in names:
        ratio, linear = verdict(per_name[name], limit)
        bad += not linear
        print(f"  {name:<30} " + " ".join(f"{per_char * 1e6:8.3f}" for per_char in per_name[name]) +
              f"  x{ratio:5.2f}" + ("  NOT LINEAR" if not linear else ""))
    return bad


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.linearity", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="sizes 1k..100k (CI); default 1k..10M")
    parser.add_argument("--limit", type=float, default=DEFAULT_LIMIT,
                        help="highest ratio of time/char at the largest size to the smallest (10)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--patterns-only", action="store_true")
    which.add_argument("--pipeline-only", action="store_true")
    args = parser.parse_args(argv)
    sizes = QUICK_SIZES if args.quick else FULL_SIZES
    bad = 0
    if not args.pipeline_only:
        bad += run_patterns(sizes, args.limit)
    if not args.patterns_only:
        bad += run_pipeline(sizes if args.quick else sizes[:-1] + (3_000_000,), args.limit)
    print("linearity: OK" if not bad else f"linearity: {bad} NOT LINEAR", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
