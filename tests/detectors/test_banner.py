"""Banners and ads; comment counters and comment-section headers."""

from __future__ import annotations

import pytest

from blockkit import label_of, labels
from cleantext.detectors import banner


@pytest.mark.parametrize("line", ["배너", "광고", "Advertisement", "ADVERTISEMENT", "Sponsored", "Story continues below advertisement", "AD"])
def test_banners(line: str) -> None:
    assert label_of(banner, line) == "banner"


@pytest.mark.parametrize("line", [
    "댓글0", "댓글 12", "댓글쓰기", "3개의 댓글", "의견 3",
    "Comments (12)", "12 Comments", "12 replies", "Leave a comment", "Leave a Reply", "No comments yet", "Comments are closed.",
])
def test_comment_counters_and_headers(line: str) -> None:
    assert label_of(banner, line) == "comments"


@pytest.mark.parametrize("line", [
    "Leave a Reply Cancel replyYour email address will not be published. Required fields are marked *",
    "Schreibe einen Kommentar Antworten abbrechenDeine E-Mail-Adresse wird nicht veröffentlicht.",
    "Deja una respuesta Cancelar la respuestaTu dirección de correo electrónico no será publicada.",
])
def test_a_comment_form_glued_onto_one_line_is_comments(line: str) -> None:
    assert label_of(banner, line) == "comments"


def test_cookie_notice_is_a_banner() -> None:
    line = "We use cookies to improve your experience. By continuing you accept our cookie policy. Accept | Settings"
    assert label_of(banner, line) == "banner"


@pytest.mark.parametrize("sentence", [
    "광고 시장이 빠르게 성장하고 있다는 분석이 나왔다.",
    "The advertisement ran in several newspapers last week.",
    "댓글을 통해 많은 독자들이 의견을 남겼다.",
    "Comments from residents were mostly positive, the council said.",
    "The regulator fined the company for tracking users with cookies without their consent.",
    "Bake the cookies for 12 minutes; the settings on older ovens may vary.",
    "Reader comments on articles that were published close to the events were divided between support and anger.",
])
def test_body_sentences_about_ads_comments_or_cookies_are_not_furniture(sentence: str) -> None:
    assert labels(banner, sentence) == [None]
