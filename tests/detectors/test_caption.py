"""Captions: image lines, lines ending in a photo credit, '(사진=…)' and '(왼쪽부터)' markers."""

from __future__ import annotations

from typing import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blockkit import label_of, labels
from cleantext.cues import load
from cleantext.detectors import caption


@pytest.mark.parametrize("line", [
    "![샘 올트먼 CEO가 발언하고 있다. / 뉴스1](https://contents-cdn.example.co.kr/a.jpeg)",
    "지난 4월 일본 도쿄에서 인터뷰하고 있는 샘 알트만 오픈AI 최고경영자. EPA=연합뉴스",
    "손정의 회장(왼쪽)과 샘 올트먼 CEO가 악수하고 있다. 연합뉴스",
    "이재용(左), 손정의(右)",
    "(사진=연합뉴스)",
    "사진=뉴시스",
    "The mayor speaks to reporters in Berlin on Tuesday. (Photo: John Doe)",
    "Firefighters at the scene of the blaze on Monday. Getty Images",
    "Protesters gather outside parliament. REUTERS/Jane Smith",
    "Photo: Jane Smith",
    "Image credit: NASA",
    "Reuters",
    "(AP Photo/Evan Vucci)",
    "Protesters gather outside parliament in Seoul. (AP Photo/Lee Jin-man)",
    "Click to enlarge",
    "Zum Vergrößern bitte anklicken",
    "Vergrößern Eine kleine runde Aussparung für die Kamera im Display des Telefons",
    "Abbildung 4: klassische Schwachschicht im Schneeprofil.",
    "Abb. 2: Vergleich der Messungen auf dem Gletscher",
    "Abbildung: Farblich codierte Darstellung der Schneehöhen",
    "Crédits photos : Bestimage",
])
def test_captions(line: str) -> None:
    assert label_of(caption, line) == "caption"


def test_caption_image_between_paragraphs() -> None:
    text = (
        "정부는 지난달 새로운 지원 방안을 발표했다. 업계는 대체로 환영하는 분위기다.\n"
        "![(왼쪽부터) 이재용 삼성전자 회장, 손정의 소프트뱅크 회장. / 뉴스1](https://example.com/a.jpg)\n"
        "The council approved the new budget on Tuesday after a long debate."
    )
    assert labels(caption, text) == [None, "caption", None]


@pytest.mark.parametrize("sentence", [
    "연합뉴스에 따르면 정부는 내년 예산을 5% 늘리기로 했다.",
    "The company told Reuters that it would appeal the ruling in the coming weeks.",
    "이 사진은 지난해 촬영된 것으로 알려졌다.",
    "The photo was taken last year, according to the agency.",
    "정부는 관련 자료를 연합뉴스에 제공했다.",
    "He said the report was written with help from AP.",
    "Read [the full report](https://example.com/report) on the agency's website.",
    "Vergrößern Sie das Bild mit einem Klick, um die Details zu sehen.",
    "Abbildungen zeigen den Verlauf der Kurve über das ganze Jahr.",
])
def test_body_sentences_naming_agencies_are_not_captions(sentence: str) -> None:
    assert labels(caption, sentence) == [None]


def _after_all_detectors(text: str) -> list[str | None]:
    from cleantext import cues
    from cleantext.detectors import run_all
    from cleantext.segment.text import segment_text

    blocks = segment_text(text)
    run_all(blocks, cues.load())
    return [str(block.label) if block.label is not None else None for block in blocks]


@pytest.mark.parametrize("credit", ["© Jane Doe", "© dpa | Kay Nietfeld", "Copyright: Getty Images"])
def test_a_copyright_line_under_an_image_is_its_credit(credit: str) -> None:
    text = f"A long paragraph of the story that goes on for a while.\n\n![The harbour at dawn](https://example.org/harbour.jpg)\n\n{credit}"
    assert _after_all_detectors(text)[-1] == "caption"


def test_a_copyright_footer_after_a_paragraph_stays_copyright() -> None:
    text = "A long paragraph of the story that goes on for a while.\n\n© 2024 The Harbour Gazette"
    assert _after_all_detectors(text)[-1] == "copyright"


_CUES = load()
_CREDITS = sorted(_CUES.phrases["caption_credits"])
_CASES = (str.lower, str.upper, str.title, lambda text: text.replace("i", "ı").replace("I", "İ"))


@settings(max_examples=400)
@given(st.text(alphabet="ab /)|.=\n", max_size=12), st.sampled_from([". ", " / ", " | ", " ", "。"]),
       st.sampled_from(["", "EPA=", "사진 = "]), st.sampled_from(_CREDITS), st.sampled_from(_CASES),
       st.sampled_from(["", " 제공", "DB", "/Jane Doe", "/ab .", "/   "]), st.sampled_from(["", ")"]),
       st.sampled_from(["", " ", "\n", "\u00a0 "]))
def test_the_credit_test_turns_away_no_line_the_credit_pattern_ends(
        before: str, separator: str, label: str, credit: str, case: Callable[[str], str], suffix: str,
        close: str, space: str) -> None:
    """Whatever the case of the credit, its suffix and what closes the line, a line whose end the
    credit pattern matches passes the substring test that spares most lines the search."""
    text = "A photo of the harbour taken at dawn last week" + before + separator + label + case(credit) + suffix + close + space
    if caption._credit_suffix(_CUES).search(text, max(0, len(text) - caption._CREDIT_TAIL_CHARS)):
        assert caption._may_end_in_credit(text, _CUES)
