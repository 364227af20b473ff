"""Degenerate pages (far more blocks than any real page) are read coarsely past a cap (coarse.py).

Without the guard each of these pages gives one block per paragraph or line; with it, the
blocks past the cap are coarse blocks of many pieces, labelled as the detectors would have
labelled their pieces (or judged like any block when they are prose), and every line of a dump
still lands in exactly one block.
"""

from __future__ import annotations

import cleantext
from cleantext.model import Label
from cleantext.segment import coarse
from cleantext.segment.html import COARSE_MIN_BLOCKS
from cleantext.segment.text import COARSE_MIN_LINES

_ARTICLE = "The committee met on Tuesday and agreed on a new plan for the city parks, the mayor said."


def _coarse(doc: cleantext.Document) -> list:
    return [block for block in doc.blocks if block.reason in (coarse.REPEATED_REASON, coarse.SHORT_REASON)]


def test_html_past_the_cap_is_read_in_coarse_blocks_of_repeats():
    paragraphs = COARSE_MIN_BLOCKS + 5_000
    page = f"<html><body><p>{_ARTICLE}</p>" + "<p>y</p> x " * paragraphs + "</body></html>"
    doc = cleantext.clean_html(page)
    assert len(doc.blocks) < COARSE_MIN_BLOCKS + 200  # one block per paragraph would be 30,000
    tail = doc.blocks[COARSE_MIN_BLOCKS:]
    assert tail and all(block.label is Label.DUPLICATE and block.reason == coarse.REPEATED_REASON for block in tail)
    assert all(block.dom_path == "html>body" for block in tail)
    assert doc.body == _ARTICLE  # as without the guard: the article, and nothing of the repeats
    # Every 'y' and 'x' is still in a block.
    assert sum(block.clean.split().count("y") for block in doc.blocks) == paragraphs


def test_html_coarse_part_drops_scripts_and_keeps_prose():
    prose = " ".join(f"Sentence {i} of a long closing section says what the plan will cost the city." for i in range(40))
    page = (f"<html><body><p>{_ARTICLE}</p>" + "<p>y</p>" * (COARSE_MIN_BLOCKS + 100)
            + "<script>var secret = 1;</script>" + f"<p>{prose}</p></body></html>")
    doc = cleantext.clean_html(page)
    assert "secret" not in " ".join(block.clean for block in doc.blocks)
    assert prose[:60] in doc.body  # prose past the cap is judged like any block, and kept


def test_text_past_the_cap_is_read_in_coarse_blocks_covering_every_line():
    lines = COARSE_MIN_LINES + 10_000
    doc = cleantext.clean_text("a\n" * lines)
    assert len(doc.blocks) < COARSE_MIN_LINES + 100  # one block per line would be 30,000
    tail = _coarse(doc)
    assert tail and all(block.label is Label.DUPLICATE for block in tail)
    assert tail[0].line == COARSE_MIN_LINES + 1 and tail[-1].line_end == lines
    assert all(after.line == before.line_end + 1 for before, after in zip(doc.blocks, doc.blocks[1:]))
    assert doc.body == ""


def test_text_short_distinct_lines_past_the_cap_are_nav_and_prose_is_body():
    numbers = "".join(f"{i} {i * 31}\n" for i in range(COARSE_MIN_LINES + 5_000))
    prose = "".join(f"This is sentence number {i} of the long tail, and it reads like prose that goes on.\n"
                    for i in range(400))
    doc = cleantext.clean_text(numbers + prose)
    tail = _coarse(doc)
    assert tail and all(block.label is Label.NAV and block.reason == coarse.SHORT_REASON for block in tail)
    assert doc.body.startswith("This is sentence number 0 ") and "sentence number 399 " in doc.body


def test_pages_under_the_cap_keep_one_block_per_line():
    doc = cleantext.clean_text("".join(f"{i} {i * 31}\n" for i in range(5_000)))
    assert len(doc.blocks) == 5_000 and not _coarse(doc)
