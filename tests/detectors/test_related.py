"""Related-article lists: headers ('관련기사', 'You may also like') and inline 'Read more:' links."""

from __future__ import annotations

import pytest

from blockkit import label_of, labels
from cleantext.detectors import related


@pytest.mark.parametrize("line", [
    "관련기사", "관련 기사", "많이 본 뉴스", "93건의 관련기사 더보기", "이 기사와 함께 많이 본 뉴스", "• 관련기사 »",
    "You may also like", "Related articles", "Read more", "RELATED:", "More from Politics", "Recommended for you", "Most read",
    "Weitere aktuelle Themen aus der Arbeitswelt", "Mehr Kolumnen auf MeinMMO:", "Weitere Meldungen aus der Region",
])
def test_headers(line: str) -> None:
    assert label_of(related, line) == "related"


@pytest.mark.parametrize("line", [
    "▶ 관련기사: 삼성전자, 오픈AI와 AI 반도체 협력 논의",
    "[관련기사] 정부, 청년 일자리 대책 발표",
    "Read more: The council approves a budget for the city's parks",
    "See also: Five things to know about the new tax rules",
    "Dowiedz się więcej: Kto jak głosował ws. unijnych funduszy?",
    "Przeczytaj także: Rząd przyjął projekt ustawy o samorządach",
])
def test_inline_related_links(line: str) -> None:
    assert label_of(related, line) == "related"


@pytest.mark.parametrize("sentence", [
    "관련 업계는 이번 협력을 주목하고 있다.",
    "관련 기사가 잇따라 보도되면서 주가는 한때 5% 넘게 올랐다.",
    "많이 본 뉴스 목록에 오른 기사들은 대부분 정치 관련 내용이었다고 분석 업체는 밝혔다.",
    "Read more about the project on the official website, the spokesman said in a statement.",
    "Related costs, such as insurance and repairs, are not included in the figure.",
    "You may also like the new park, the mayor told residents on Tuesday.",
    "Weitere Artikel von Beringer",  # a shop's products ('Artikel'), not its stories
    "Dowiedz się więcej o programie na stronie urzędu, powiedział rzecznik.",  # no colon: a sentence
])
def test_body_sentences_are_not_related(sentence: str) -> None:
    assert labels(related, sentence) == [None]
