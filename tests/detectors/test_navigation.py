"""Navigation (skip links, menus) and share/social buttons."""

from __future__ import annotations

import pytest

from blockkit import label_of, labels
from cleantext.detectors import navigation


@pytest.mark.parametrize("line", [
    "Skip to content", "Skip to main content", "메뉴 건너뛰기", "본문 바로가기", "Home", "Menu", "로그인", "전체메뉴", "Back to top",
    "맨 위로", "Search", "Inhaltsverzeichnis", "Table of contents", "Quellen ausblenden",
])
def test_navigation_words(line: str) -> None:
    assert label_of(navigation, line) == "nav"


@pytest.mark.parametrize("line", ["Home | Menu | Search", "로그인 · 회원가입", "Sign in / Register"])
def test_rows_of_menu_words(line: str) -> None:
    assert label_of(navigation, line) == "nav"


@pytest.mark.parametrize("line", [
    "Share", "공유하기", "Facebook", "페이스북", "Tweet", "Share this article", "Share on Facebook", "카카오톡 공유", "URL 복사",
])
def test_share_buttons(line: str) -> None:
    assert label_of(navigation, line) == "share"


@pytest.mark.parametrize("line", [
    "Facebook Twitter Email", "카카오톡 페이스북 트위터", "Facebook | Twitter | LinkedIn", "공유 · 인쇄 · 스크랩",
    "Facebook · Twitter · Copy link", "카카오톡 · 페이스북 · 트위터 · URL 복사",
])
def test_rows_of_share_buttons(line: str) -> None:
    assert label_of(navigation, line) == "share"


@pytest.mark.parametrize("sentence", [
    "The company said it would share its findings with regulators next month.",
    "He posted the video on Facebook and Twitter, where it was viewed millions of times.",
    "페이스북과 트위터 등 SNS에서 해당 영상이 빠르게 확산됐다.",
    "Home prices rose again in March.",
    "로그인 없이도 서비스를 이용할 수 있게 됐다.",
    "Menu prices went up by ten percent.",
    "Share prices fell sharply on Monday.",
    "검색 결과에 따르면 관련 문의가 두 배로 늘었다.",
])
def test_body_sentences_mentioning_nav_or_social_words_are_not_furniture(sentence: str) -> None:
    assert labels(navigation, sentence) == [None]


def test_a_headline_with_share_words_is_not_a_share_row() -> None:
    assert labels(navigation, "Facebook and Twitter face new EU rules on political ads") == [None]
