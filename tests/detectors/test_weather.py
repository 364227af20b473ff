"""Weather widgets: rows of condition, place and temperature, and their provider line."""

from __future__ import annotations

import pytest

from blockkit import labels, table
from cleantext.detectors import weather

KO_WIDGET = """  • 맑음동두천 -6.5℃
  • 맑음강릉 -0.5℃
  • 구름조금서울 -4.9℃
  • 구름많음대구 -0.2℃
  • 맑음부산 1.6℃
기상청 제공"""

EN_WIDGET = """Seoul 23°C Sunny
Berlin: cloudy, 12 °C
New York 75°F Partly cloudy
Weather provided by AccuWeather"""


def test_korean_widget_rows_and_provider() -> None:
    assert labels(weather, KO_WIDGET) == ["weather"] * 6, table(weather, KO_WIDGET)


def test_english_widget_rows() -> None:
    assert labels(weather, EN_WIDGET)[:3] == ["weather"] * 3, table(weather, EN_WIDGET)


def test_english_provider_line() -> None:
    """'Weather provided by AccuWeather' under the rows is the widget's attribution."""
    assert labels(weather, EN_WIDGET)[3] == "weather", table(weather, EN_WIDGET)


@pytest.mark.parametrize("row", ["• 맑음서울 -4.9℃", "흐림 부산 3℃", "Seoul 23°C Sunny", "Berlin: cloudy, 12 °C", "London 8 °C Light rain"])
def test_a_single_row_with_a_condition(row: str) -> None:
    assert labels(weather, row) == ["weather"]


def test_rows_without_condition_in_a_run() -> None:
    text = "Berlin 12°C\nMünchen 15°C\nHamburg 9°C"
    assert labels(weather, text) == ["weather"] * 3


def test_header_above_rows() -> None:
    assert labels(weather, "날씨\n맑음 서울 5℃\n흐림 대전 3℃") == ["weather"] * 3


@pytest.mark.parametrize("sentence", [
    "오늘 서울의 날씨는 맑고 아침 기온은 영하 5도까지 떨어졌다.",
    "서울 낮 기온이 30℃까지 오르며 올해 들어 가장 더운 날씨를 기록했다.",
    "The forecast says it will be sunny at 23°C tomorrow, the weather service said on Monday.",
    "We talked about the weather and Facebook at length during dinner yesterday evening.",
    "Water boils at 100 °C at sea level, the teacher reminded the class.",
])
def test_body_sentences_about_weather_are_not_widgets(sentence: str) -> None:
    assert labels(weather, sentence) == [None]


def test_body_sentences_with_temperatures_next_to_each_other_are_not_a_widget() -> None:
    text = (
        "서울 낮 기온이 30℃까지 오르며 올해 들어 가장 더운 날씨를 기록했다.\n"
        "대구는 35.2℃로 전국에서 가장 높은 기온을 보였다고 기상청은 밝혔다.\n"
        "The city recorded 38 °C on Tuesday, breaking a record set in 1994 by a full degree."
    )
    assert labels(weather, text) == [None, None, None], table(weather, text)


@pytest.mark.parametrize("line", ["날씨", "기상청 제공", "Weather", "Forecast"])
def test_a_provider_word_alone_is_not_weather(line: str) -> None:
    """A provider line counts only next to weather rows."""
    assert labels(weather, f"{line}\n\nThe council approved the new budget on Tuesday after a long debate.") == [None, None]
