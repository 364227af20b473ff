"""Segmentation of plain-text dumps: lines to blocks, markup stripped but remembered."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.segment.text import segment_text

KO_SENTENCES = [
    "샘 올트먼 오픈AI 최고경영자가 다음달 서울을 방문해 국내 기업 대표들과 만난다.",
    "업계에서는 이번 방한이 인공지능 반도체 협력의 계기가 될 것으로 보고 있다.",
    "정부는 관련 규제를 정비하고 스타트업 지원을 늘리겠다고 밝혔다.",
]
EN_SENTENCES = [
    "The council approved the new budget on Tuesday after a long debate.",
    "Residents had asked for more money to be spent on public transport and parks.",
    "The mayor said the plan would be reviewed again at the end of the year.",
]


def cleans(text: str) -> list[str]:
    return [block.clean for block in segment_text(text)]


def shape(text: str) -> list[tuple]:
    return [(b.clean, b.line, b.gap_before, b.bullet, b.image, b.heading) for b in segment_text(text)]


# --- line endings and blank lines -------------------------------------------------------------


@pytest.mark.parametrize("lines", [
    ["제목 한 줄", "", KO_SENTENCES[0], "", KO_SENTENCES[1], KO_SENTENCES[2], "", "", "끝"],
    ["A headline", EN_SENTENCES[0], "", "", "", EN_SENTENCES[1], "", "• Share"],
])
def test_crlf_cr_lf_give_the_same_blocks(lines: list[str]) -> None:
    lf = shape("\n".join(lines))
    assert lf, "the sample has non-blank lines"
    assert shape("\r\n".join(lines)) == lf
    assert shape("\r".join(lines)) == lf
    # Mixed styles in one dump (pages pasted together) split the same way too.
    mixed = "".join(line + ("\r\n", "\n", "\r")[i % 3] for i, line in enumerate(lines))
    assert shape(mixed) == lf


def test_line_numbers_count_every_line_including_blank_ones() -> None:
    blocks = segment_text("first\n\n\nsecond\r\nthird\r\rfourth")
    assert [(b.clean, b.line) for b in blocks] == [("first", 1), ("second", 4), ("third", 5), ("fourth", 7)]
    assert [b.gap_before for b in blocks] == [0, 2, 0, 1]
    assert [b.index for b in blocks] == [0, 1, 2, 3]


@pytest.mark.parametrize("blank", ["", " ", "    ", "\t", "\u00a0", " \u00a0 ", "\u00a0\u00a0\t ", "\u3000", "\u200b", "\ufeff"])
def test_lines_of_only_spaces_or_nbsp_are_blank(blank: str) -> None:
    text = f"{EN_SENTENCES[0]}\n{blank}\n{EN_SENTENCES[1]}"
    blocks = segment_text(text)
    assert [b.line for b in blocks] == [1, 3]
    assert blocks[1].gap_before == 1


def test_trailing_white_space_is_dropped_from_text_and_clean() -> None:
    blocks = segment_text("Hello world.  \t\u00a0\nNext line\u00a0")
    assert [b.text for b in blocks] == ["Hello world.", "Next line"]
    assert [b.clean for b in blocks] == ["Hello world.", "Next line"]


# --- bullets --------------------------------------------------------------------------------


@pytest.mark.parametrize("bullet", ["•", "·", "-", "*", "  •", "   -", "▶", "■"])
def test_bullets_are_stripped_and_flagged(bullet: str) -> None:
    (block,) = segment_text(f"{bullet} 맑음서울 -4.9℃")
    assert block.bullet is True
    assert block.clean == "맑음서울 -4.9℃"


@pytest.mark.parametrize(("line", "clean"), [
    ("-5 degrees in the morning", "-5 degrees in the morning"),
    ("*emphasis* only", "emphasis only"),
    ("3 - 2 = 1", "3 - 2 = 1"),
    ("plain line", "plain line"),
])
def test_no_bullet_without_a_bullet(line: str, clean: str) -> None:
    (block,) = segment_text(line)
    assert block.bullet is False
    assert block.clean == clean


def test_a_lone_bullet_is_not_an_empty_block() -> None:
    for block in segment_text("•\n-\n*\nreal text"):
        assert block.clean, block


# --- markdown ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "alt"), [
    ("![샘 올트먼 오픈AI CEO가 발언하고 있다. / 뉴스1](https://contents-cdn.viewus.co.kr/image/2025/02/a.jpeg)",
     "샘 올트먼 오픈AI CEO가 발언하고 있다. / 뉴스1"),
    ("![The mayor speaks in Berlin](https://example.com/img/mayor.png \"The mayor\")", "The mayor speaks in Berlin"),
    ("  ![(왼쪽부터) 이재용 회장](https://example.com/x.jpg)", "(왼쪽부터) 이재용 회장"),
])
def test_markdown_images_are_flagged_with_the_alt_text_as_clean(line: str, alt: str) -> None:
    (block,) = segment_text(line)
    assert block.image is True
    assert block.clean == alt
    assert "https://" not in block.clean


def test_a_sentence_with_a_link_is_not_an_image() -> None:
    (block,) = segment_text("The [report](https://example.com/report) was published today.")
    assert block.image is False


def test_markdown_links_become_their_text_with_a_link_ratio() -> None:
    text_line, link_line, plain_line = segment_text(
        "The city published [its annual report](https://example.com/report.pdf) on Monday morning.\n"
        "[Home](https://example.com/)\n"
        "No links in this line at all."
    )
    assert text_line.clean == "The city published its annual report on Monday morning."
    assert 0.2 < text_line.link_ratio < 0.5
    assert link_line.clean == "Home"
    assert link_line.link_ratio == pytest.approx(1.0)
    assert plain_line.link_ratio == 0.0
    for block in (text_line, link_line):
        assert "](" not in block.clean and "http" not in block.clean


def test_korean_link_text() -> None:
    (block,) = segment_text("[관련기사] [삼성전자, 오픈AI와 협력 논의](https://news.example.co.kr/a/1)")
    assert block.clean == "[관련기사] 삼성전자, 오픈AI와 협력 논의"
    assert block.link_ratio > 0.5


def test_markdown_headings_and_emphasis() -> None:
    heading, sub, emphasis = segment_text("# 오픈AI의 큰 그림\n### Section three ###\nThis is **very** important.")
    assert (heading.clean, heading.heading) == ("오픈AI의 큰 그림", 1)
    assert (sub.clean, sub.heading) == ("Section three", 3)
    assert emphasis.clean == "This is very important."


def test_table_rule_lines_make_no_block() -> None:
    blocks = segment_text("| a | b |\n|---|---|\n| 1 | 2 |")
    assert [b.line for b in blocks] == [1, 3]


# --- invisible characters and white space ------------------------------------------------------


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad"])
def test_zero_width_characters_are_removed(char: str) -> None:
    (block,) = segment_text(f"Sam{char} Alt{char}man visited{char} Seoul.")
    assert block.clean == "Sam Altman visited Seoul."


@pytest.mark.parametrize("word", ["می\u200cخواهم", "ক্\u200dষ", "👩\u200d💻"])
def test_joiners_that_spell_a_word_stay(word: str) -> None:
    (block,) = segment_text(f"{word} \u200c{word}\u200d")
    assert block.clean == f"{word} {word}"


def test_decomposed_letters_are_composed() -> None:
    (block,) = segment_text("Gepru\u0308ft und fu\u0308r gut befunden.")
    assert block.clean == "Geprüft und für gut befunden."


def test_zero_width_characters_inside_korean() -> None:
    (block,) = segment_text("\ufeff오픈\u200bAI가\u200d 발표했다.")
    assert block.clean == "오픈AI가 발표했다."


@pytest.mark.parametrize("line", ["Seoul\t23°C\tSunny", "Seoul \t 23°C  \t\t Sunny", "\tSeoul 23°C Sunny", "Seoul\u00a023°C\u3000Sunny"])
def test_tabs_and_space_runs_are_folded(line: str) -> None:
    (block,) = segment_text(line)
    assert block.clean == "Seoul 23°C Sunny"


def test_folding_keeps_the_raw_text() -> None:
    (block,) = segment_text("  • Seoul\t23°C")
    assert block.text == "  • Seoul\t23°C"


# --- a page flattened onto one line -----------------------------------------------------------


def _one_line_page(sentences: list[str], repeat: int) -> str:
    return " ".join(sentences * repeat)


@pytest.mark.parametrize("sentences", [EN_SENTENCES, KO_SENTENCES])
def test_a_whole_page_on_one_line_is_split_into_several_blocks(sentences: list[str]) -> None:
    page = _one_line_page(sentences, 20)
    assert len(page) > 2000 and "\n" not in page
    blocks = segment_text(page)
    assert len(blocks) >= 5
    # Splitting loses nothing and invents nothing: the pieces put together are the page.
    assert " ".join(b.clean for b in blocks) == page
    assert all(len(b.clean) < len(page) / 4 for b in blocks)


def test_a_one_line_page_still_gives_a_body() -> None:
    page = _one_line_page(EN_SENTENCES, 20)
    doc = cleantext.clean_text(page)
    assert doc.body
    assert EN_SENTENCES[0] in doc.body


def test_a_short_single_line_is_one_block() -> None:
    assert cleans(EN_SENTENCES[0] + " " + EN_SENTENCES[1]) == [EN_SENTENCES[0] + " " + EN_SENTENCES[1]]


# --- the block model -------------------------------------------------------------------------


def test_blocks_are_measured() -> None:
    ko, en = segment_text(KO_SENTENCES[0] + "\n" + EN_SENTENCES[0])
    for block in (ko, en):
        assert block.units > 0
        assert 0 < block.stopwords <= block.units
        assert block.terminal is True
        assert block.label is None


def test_non_terminal_line() -> None:
    (block,) = segment_text("오픈AI의 큰 그림")
    assert block.terminal is False
