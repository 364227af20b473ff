"""Bylines, emails and date lines; the byline prefix cut from the paragraph it opens."""

from __future__ import annotations

import pytest

from blockkit import label_of, labels
from cleantext import cues
from cleantext.detectors import byline
from cleantext.segment.text import segment_text


@pytest.mark.parametrize("line", [
    "작성자 mummer · 2025-12-25", "이성은 기자", "selee@chosunbiz.com", "김시민 기자 ksm@newsspace.kr", "박지훈 특파원",
    "By Jane Smith", "Written by John Doe", "By JANE SMITH, Associated Press", "Posted by admin",
    "4 Min Read", "12 minute read",
])
def test_bylines(line: str) -> None:
    assert label_of(byline, line) == "byline"


@pytest.mark.parametrize("line", [
    "2026.01.27 (화)", "입력", "입력 2025.02.04 10:31", "수정 2025.02.04 11:02", "2024년 6월 9일",
    "Published 3 March 2024", "Updated: March 3, 2024 10:15 am", "March 3, 2024", "Posted on 12/05/2023",
])
def test_date_lines(line: str) -> None:
    assert label_of(byline, line) == "date"


@pytest.mark.parametrize("sentence", [
    "By the end of the year, the company expects to double its revenue.",
    "By then, most of the guests had already left.",
    "The minister said on 3 March 2024 that the plan would go ahead as scheduled.",
    "기자는 현장에서 주민들의 목소리를 직접 들었다.",
    "2024년 1월 한국을 찾았던 샘 올트먼 CEO가 1년 만에 다시 방한해 협력을 논의한다.",
    "Contact us at info@example.com for more details about the programme and its schedule.",
    "By 2030, half of all cars sold in Europe will be electric, analysts say.",
])
def test_body_sentences_are_not_bylines_or_dates(sentence: str) -> None:
    assert labels(byline, sentence) == [None]


@pytest.mark.parametrize(("paragraph", "rest"), [
    ("[뉴스스페이스=김시민 기자] 2024년 1월 한국을 찾았던 샘 올트먼이 방한한다.", "2024년 1월 한국을 찾았던 샘 올트먼이 방한한다."),
    ("(서울=연합뉴스) 홍길동 기자 = 삼성전자가 4일 실적을 발표했다.", "삼성전자가 4일 실적을 발표했다."),
    ("(서울=뉴스1) 삼성전자가 4일 실적을 발표했다.", "삼성전자가 4일 실적을 발표했다."),
])
def test_the_prefix_byline_is_cut(paragraph: str, rest: str) -> None:
    (block,) = segment_text(paragraph)
    assert byline.cut_byline_prefix(block, cues.load()) == rest


@pytest.mark.parametrize("paragraph", [
    "삼성전자가 4일 실적을 발표했다.",
    "[사진=연합뉴스] 삼성전자가 발표했다.",
    "[단독] 삼성전자, 오픈AI와 협력 논의",
    "By the end of the year, the company expects to double its revenue.",
])
def test_no_cut_without_a_prefix_byline(paragraph: str) -> None:
    (block,) = segment_text(paragraph)
    assert byline.cut_byline_prefix(block, cues.load()) is None


def test_a_prefix_byline_alone_is_not_cut_to_nothing() -> None:
    (block,) = segment_text("[뉴스스페이스=김시민 기자]")
    assert byline.cut_byline_prefix(block, cues.load()) is None
