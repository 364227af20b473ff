"""Section, category and breadcrumb labels; publisher names on a line of their own."""

from __future__ import annotations

import pytest

from blockkit import label_of, labels
from cleantext.detectors import section


@pytest.mark.parametrize("line", [
    "카테고리 AI/IT / 경제 / 사회", "Category: Politics", "Tags: AI, OpenAI, Samsung", "Filed under: Technology",
    "Home > News > Politics", "홈 > 뉴스 > 경제", "News » World » Asia",
    "Tags:", "Etiquetas:", "Temas", "Schlagwörter:", "Category : Press Releases", "Catégorie : Politique",  # the label alone on its line: its colon is no sentence end
])
def test_section_labels_and_breadcrumbs(line: str) -> None:
    assert label_of(section, line) == "section"


@pytest.mark.parametrize("line", ["중앙일보", "한국경제", "조선비즈", "매일경제"])
def test_publisher_names(line: str) -> None:
    assert label_of(section, line) == "source"


@pytest.mark.parametrize("sentence", [
    "태그가 붙은 제품은 모두 회수될 예정이라고 회사는 밝혔다.",
    "분류 작업은 내년까지 이어진다.",
    "Categories of workers who qualify for the new benefit include nurses and teachers.",
    "경제 성장률은 2%대 초반에 머물 것으로 전망된다.",
    "The ratio of A > B > C held in every test the team ran last year.",
    "중앙일보가 보도했다.",
])
def test_body_sentences_are_not_section_labels(sentence: str) -> None:
    assert labels(section, sentence) == [None]
