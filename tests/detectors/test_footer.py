"""Copyright lines and site footers; promos (newsletter, subscription, cross-promotion)."""

from __future__ import annotations

import attrs
import pytest

from blockkit import label_of, labels
from cleantext import cues
from cleantext.detectors import footer
from cleantext.model import Block
from cleantext.segment.text import segment_text


@pytest.mark.parametrize("line", [
    "WordPress Appliance - Powered by TurnKey Linux",
    "© 2024 The Example Times. All rights reserved.",
    "Copyright © 2025 중앙일보. All rights reserved.",
    "ⓒ 뉴스스페이스 무단전재 및 재배포 금지",
    "저작권자 © 연합뉴스 무단 전재-재배포, AI 학습 및 활용 금지",
    "Privacy Policy",
    "Terms of Use",
    "Proudly powered by WordPress",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
])
def test_copyright_and_footer_lines(line: str) -> None:
    assert label_of(footer, line) == "copyright"


@pytest.mark.parametrize("line", [
    "※ 지금 뜨는 기업ㆍ기술 궁금하세요? 요즘 핫한 테크 소식을 입체적으로 뜯어보는 ‘기사 +α’를 만나보세요.",
    "👉 https://www.joongang.co.kr/factpl",
    "뉴스레터 구독",
    "Subscribe",
    "Sign up for our newsletter",
    "Sign up for our daily newsletter to get the latest news in your inbox",
    "Follow us on Twitter",
    # affiliate disclosures, paywall offers, sign-up consent, appeals after the article
    "Advertising disclosure: We may receive compensation for some of the links in our stories.",
    "This post may contain affiliate links.",
    "To view the full story, please subscribe to The Example Times.",
    "Instant access to the full article PDF.",
    "By submitting your information you agree to the Terms & Conditions and Privacy Policy.",
    "If you enjoyed reading this post, would you consider supporting our work?",
    "Mit der Anmeldung stimme ich der Verarbeitung meiner Daten zu.",
    "Ich möchte den Newsletter erhalten und akzeptiere die Datenschutzerklärung.",
    # a rating widget's placeholder, in English whatever the page's language
    "War der Artikel nützlich? (95 Stimmen: 4,73 von 5) Loading...",
    "(Noch keine Bewertungen) Loading…",
    # affiliate disclosures in German
    "Anzeige, enthält Affiliate Links",
    "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links",
    "Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.",
])
def test_promos(line: str) -> None:
    assert label_of(footer, line) == "promo"


@pytest.mark.parametrize("sentence", [
    "The company, which owns the copyright to the songs, said it would appeal.",
    "저작권자와의 협의가 끝나는 대로 작품을 공개할 예정이라고 밝혔다.",
    "Readers can subscribe to the print edition for 10 dollars a month, the publisher said.",
    "The app was powered by a new chip that the company designed in-house.",
    "정부는 무단 전재를 막기 위한 법안을 내년 상반기 중 발의할 계획이다.",
    "Loading the ships took the crews most of the night.",
    "구독자 수는 1년 만에 두 배로 늘었다.",
    "Brokers earn a commission on every sale, and several of them told regulators that the fees had doubled "
    "since the rules changed, which critics say pushed small investors towards riskier products.",
])
def test_body_sentences_about_copyright_or_subscriptions_are_not_footer(sentence: str) -> None:
    assert labels(footer, sentence) == [None]


def _block(line: str, **fields: object) -> Block:
    """The text segmenter's block for one line, with the HTML walker's fields set (a dom_path
    says the block came from HTML)."""
    return attrs.evolve(segment_text(line)[0], **{"dom_path": "body>div", **fields})


@pytest.mark.parametrize("row", [
    "Independently Audited Privacy Policy | Yes | Yes | No",
    "Terms of Service | 30 days | 14 days",
    "Powered by Zapier | Powered by Zapier",
])
def test_a_data_table_row_naming_a_footer_phrase_is_not_a_footer(row: str) -> None:
    assert footer.is_copyright(_block(row, table_cell=False), cues.load())  # the phrase alone: a footer
    assert not footer.is_copyright(_block(row, table_cell=True), cues.load())


@pytest.mark.parametrize("row", ["Privacy Policy | Terms of Use | Contact", "© 2024 Example Inc. | Imprint"])
def test_a_linked_footer_row_or_a_copyright_sign_in_a_table_stays_a_footer(row: str) -> None:
    linked = _block(row, table_cell=True, link_ratio=1.0)
    assert footer.is_copyright(linked, cues.load())
    if "©" in row:
        assert footer.is_copyright(_block(row, table_cell=True), cues.load())


@pytest.mark.parametrize("title", ["Leadership Powered by Common Sense", "Medallion Members Offer Terms and Conditions", "How our Privacy Policy changed"])
def test_a_heading_with_a_footer_phrase_is_a_section_title(title: str) -> None:
    assert footer.is_copyright(_block(title), cues.load())
    assert not footer.is_copyright(_block(title, heading=3), cues.load())


def test_a_copyright_heading_with_the_sign_stays_a_footer() -> None:
    assert footer.is_copyright(_block("© 2024 Example Inc.", heading=4), cues.load())


def test_a_text_dump_heading_or_row_keeps_the_loose_footer_phrases() -> None:
    assert footer.is_copyright(_block("Leadership Powered by Common Sense", heading=3, dom_path=None), cues.load())
    assert footer.is_copyright(_block("Privacy Policy | Yes | No", table_cell=True, dom_path=None), cues.load())
