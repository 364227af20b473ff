"""Board and forum listings: a column-header row and runs of numbered rows ending in poster/date/count."""

from __future__ import annotations

import pytest

from blockkit import labels, table
from cleantext.detectors import board

KO_ROWS = """47012 이재명만 빼고 '개헌' 앞으로... 여권도, 비명계도 "대통령 권력 손보자" 랭크뉴스 2025.02.04
47011 "尹에 수차례 계엄 반대 직언했다"…억울함 호소한 '계엄 장군' 랭크뉴스 2025.02.04
47010 [단독]경찰, ‘넥슨 집게손가락’ 엉뚱한 여성 집단 린치 가한 악플러 무더기 송치 랭크뉴스 2025.02.04
47009 ‘공무원 아빠’ 출산휴가, 10일에서 20일로 랭크뉴스 2025.02.04"""

EN_ROWS = """1523 Best budget laptop for students? techguy 2024-03-01 152
1522 My cat keeps waking me up at night catlady 2024-03-01 88
1521 Selling old bike parts rider99 2024-02-29 41"""


@pytest.mark.parametrize("header", ["번호 제목 글쓴이 날짜", "번호 제목 글쓴이 날짜 조회", "번호 제목 작성자 작성일 조회수"])
def test_korean_header_and_rows(header: str) -> None:
    text = f"{header}\n{KO_ROWS}"
    assert labels(board, text) == ["board"] * 5, table(board, text)


@pytest.mark.parametrize("header", ["No. Title Author Date Views", "# Subject Poster Date Views"])
def test_english_header_and_rows(header: str) -> None:
    text = f"{header}\n{EN_ROWS}"
    assert labels(board, text) == ["board"] * 4, table(board, text)


@pytest.mark.parametrize("rows", [KO_ROWS, EN_ROWS])
def test_rows_without_a_header(rows: str) -> None:
    assert set(labels(board, rows)) == {"board"}, table(board, rows)


def test_header_with_two_rows() -> None:
    text = "번호 제목 글쓴이 날짜 조회\n" + "\n".join(KO_ROWS.splitlines()[:2])
    assert labels(board, text) == ["board"] * 3


def test_rows_with_times_instead_of_dates() -> None:
    text = "\n".join([
        "9812 오늘 점심 뭐 먹지 익명 12:31 15",
        "9811 주말 등산 같이 가실 분 hong123 11:58 40",
        "9810 중고 자전거 팝니다 rider99 11:02 7",
    ])
    assert set(labels(board, text)) == {"board"}, table(board, text)


@pytest.mark.parametrize("sentence", [
    "2024년 1월 4일 삼성전자 서초 사옥에서 회동이 열렸다.",
    "47012명이 청원에 서명했고, 정부는 2025.02.04 답변을 내놓았다.",
    "3 people were injured in the crash, police said on 2024.02.04.",
    "The vote count was 1523 on 2024-03-01, officials said.",
])
def test_a_body_sentence_with_numbers_and_a_date_is_not_board(sentence: str) -> None:
    assert labels(board, sentence) == [None]


def test_a_header_without_rows_is_not_board() -> None:
    text = "번호 제목 날짜\n\n정부는 지난달 새로운 지원 방안을 발표했다. 업계는 환영했다."
    assert labels(board, text) == [None, None]


def test_body_paragraphs_between_dated_rows_break_the_run() -> None:
    text = "\n".join([
        KO_ROWS.splitlines()[0],
        "정부는 지난달 서울 중구 프레스센터에서 새로운 지원 방안을 발표했다. 업계는 대체로 환영하는 분위기다.",
        KO_ROWS.splitlines()[1],
    ])
    assert labels(board, text) == [None, None, None], table(board, text)


@pytest.mark.parametrize("date", ["03.15", "3/5", "16.4.", "2025.02.04", "12:31"])
def test_rows_ending_in_a_short_date_are_a_board(date: str) -> None:
    text = "\n".join(f"{n} A question about the new tram line user{n} {date} {n * 7}" for n in range(9812, 9808, -1))
    assert set(labels(board, text)) == {"board"}, table(board, text)


def test_a_data_table_ending_in_decimals_is_not_a_board() -> None:
    # '16.4' is a percentage change, not the 16th of April (a board writes '04.16' or '16.4.').
    rows = "\n".join(f"{rank} | Insurer Group {rank} | 107,764,591 | {change}"
                     for rank, change in [(1, "16.4"), (2, "4.1"), (3, "21.0"), (4, "11.2"), (5, "8.2")])
    assert set(labels(board, rows)) == {None}, table(board, rows)
