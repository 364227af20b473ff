"""Weather widgets: rows of condition, place and temperature, and their provider line."""

from __future__ import annotations

from typing import Sequence

import regex

from ..cues import Cues
from ..model import Block, Label

TEMPERATURE = regex.compile(r"[-+−]?\d{1,3}(?:[.,]\d{1,2})?\s?(?:℃|℉|°\s?[CF]?|º\s?[CF]?)")
_ROW_MAX_UNITS = 10
_PROVIDER_REACH = 2  # a provider line stands right above or below the rows


def _has_condition(text: str, cues: Cues) -> bool:
    lowered = text.casefold()
    conditions = cues.phrases["weather_conditions"]
    words = lowered.split()
    if any(word.strip("•·,;:") in conditions for word in words):
        return True
    # Korean widgets glue the condition to the place: '맑음동두천', '구름많음대구'.
    return any(word.startswith(c) for word in words for c in conditions if not c.isascii())


_DEGREE_SIGNS = frozenset("℃℉°º")


def _is_row(block: Block) -> bool:
    text = block.clean
    return block.units <= _ROW_MAX_UNITS and not _DEGREE_SIGNS.isdisjoint(text) and bool(TEMPERATURE.search(text))


def _is_provider(block: Block, cues: Cues) -> bool:
    """'기상청 제공', 'Weather provided by AccuWeather': the widget's attribution line."""
    key = block.key
    providers = cues.phrases["weather_providers"]
    return key in providers or any(key.startswith(p + " ") for p in providers if len(p) >= 7)


_MIN_RUN = 3  # two temperatures in a row are as likely oven settings as a widget


def _run_length(rows: Sequence[bool], i: int) -> int:
    """How many consecutive rows (up to _MIN_RUN) the run through ``i`` has."""
    length, j = 1, i - 1
    while j >= 0 and rows[j] and length < _MIN_RUN:
        length, j = length + 1, j - 1
    j = i + 1
    while j < len(rows) and rows[j] and length < _MIN_RUN:
        length, j = length + 1, j + 1
    return length


def _may_hold_rows(blocks: Sequence[Block]) -> bool:
    """Some short block holds a degree sign: a substring test over their joined text, since most
    pages have none and a call of ``_is_row`` per block cost more than the rest of the detector."""
    joined = "".join([block.clean for block in blocks if block.units <= _ROW_MAX_UNITS])
    return any(sign in joined for sign in _DEGREE_SIGNS)


def detect(blocks: Sequence[Block], cues: Cues) -> None:
    if not _may_hold_rows(blocks):
        return  # no row: nothing to label
    rows = [_is_row(block) for block in blocks]
    weather_indexes: list[int] = []
    for i, block in enumerate(blocks):
        if not rows[i]:
            continue
        in_run = _run_length(rows, i) >= _MIN_RUN
        if in_run or _has_condition(block.clean, cues):
            block.mark(Label.WEATHER, "weather row: temperature" + (" in a run" if in_run else " and condition"))
            weather_indexes.append(i)
    for i in weather_indexes:
        for j in range(max(0, i - _PROVIDER_REACH), min(len(blocks), i + _PROVIDER_REACH + 1)):
            if _is_provider(blocks[j], cues):
                blocks[j].mark(Label.WEATHER, "weather provider line")
