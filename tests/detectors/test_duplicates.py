"""A line repeated nearby is furniture (headings and captions printed twice)."""

from __future__ import annotations

from blockkit import labels, table
from cleantext.detectors import duplicates


def test_heading_printed_twice_with_other_quotes() -> None:
    text = "2. 'AI 인프라 1조 달러'와 숨겨진 자금 조달의 비밀\n2. ‘AI 인프라 1조 달러’와 숨겨진 자금 조달의 비밀"
    assert labels(duplicates, text) == [None, "duplicate"]


def test_copies_differing_in_spacing_case_and_width() -> None:
    text = "Photo caption here. Getty Images\nPhoto  caption here.  GETTY images\nＦｕｌｌ width text\nfull width TEXT"
    assert labels(duplicates, text) == [None, "duplicate", None, "duplicate"], table(duplicates, text)


def test_straight_and_curly_double_quotes() -> None:
    text = "“중기·벤처의 경제 기여도 50% 목표”\n\n\"중기·벤처의 경제 기여도 50% 목표\""
    assert labels(duplicates, text) == [None, "duplicate"]


def test_a_copy_far_away_is_not_a_duplicate() -> None:
    lines = [
        "Council approves new budget",
        "The council approved the new budget on Tuesday after a long debate.",
        "Residents had asked for more money to be spent on public transport.",
        "The mayor said the plan would be reviewed again at the end of the year.",
        "Critics say the plan does not go far enough.",
        "Council approves new budget",
    ]
    assert labels(duplicates, "\n".join(lines)) == [None] * 6


def test_different_lines_are_not_duplicates() -> None:
    text = "1. 샘 알트만 신화, 그 서막이 흔들리다\n2. 샘 알트만 신화, 그 서막이 흔들리다"
    assert labels(duplicates, text) == [None, None]


def test_the_first_copy_is_kept() -> None:
    text = "Chapter one\nChapter one\nChapter one"
    assert labels(duplicates, text) == [None, "duplicate", "duplicate"]
