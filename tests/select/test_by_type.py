"""A body for each page type: every post of a thread, the items of a listing, shipped text."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext.model import Label
from cleantext.select import by_type

REPLY = ("I had the same problem with the graphics driver after the last update, and rolling back "
         "to the previous version fixed it for me on two machines. Reply number {n}.")


def thread(posts: int) -> str:
    items = "".join(
        f'<div class="topic-post"><div class="names"><a href="/u/user{n}">user{n}</a></div>'
        f'<time>2024-01-0{n + 1} 10:0{n}</time><div class="cooked"><p>{REPLY.format(n=n)}</p></div>'
        f'<div class="actions"><button>Reply</button></div></div>'
        for n in range(posts)
    )
    ld = ('<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Driver broken",'
          ' "author": {"@type": "Person", "name": "user0"}}</script>')
    return (f"<html><head>{ld}<link rel='canonical' href='https://forum.example/t/driver-broken/12'></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/latest'>Latest</a></nav>"
            f"<h1>Driver broken</h1><div class='posts'>{items}</div><footer>© Example forum</footer></body></html>")


def test_every_post_of_a_thread_is_in_the_body_in_order() -> None:
    doc = cleantext.clean_html(thread(5))
    assert doc.page_type == "forum"
    found = [doc.body.find(REPLY.format(n=n)) for n in range(5)]
    assert all(at >= 0 for at in found) and found == sorted(found), doc.body
    assert "Reply\n" not in doc.body + "\n" and "Home" not in doc.body


def test_json_ld_text_is_the_body_when_the_page_shows_nothing() -> None:
    ld = {"@type": "QAPage", "mainEntity": {"@type": "Question", "name": "Q", "text": "Why does it fail?",
                                            "suggestedAnswer": [{"@type": "Answer", "text": "Update the driver."}]}}
    page = (f"<html><head><script type='application/ld+json'>{json.dumps(ld)}</script></head>"
            "<body><div id='app'>Loading…</div></body></html>")
    doc = cleantext.clean_html(page)
    assert doc.body == "Why does it fail?\n\nUpdate the driver."
    assert doc.meta["body_source"] == "structured data"


def test_a_page_that_shows_and_ships_nothing_stays_empty() -> None:
    doc = cleantext.clean_html("<html><head><meta name='description' content='A shop.'></head><body></body></html>")
    assert doc.body == "" and "body_source" not in doc.meta


def test_noscript_copy_is_read_when_the_visible_page_is_empty() -> None:
    paragraphs = "".join(f"<p>{REPLY.format(n=n)}</p>" for n in range(4))
    page = f"<html><body><div id='app'></div><noscript><article><h1>Driver</h1>{paragraphs}</article></noscript></body></html>"
    doc = cleantext.clean_html(page)
    assert REPLY.format(n=0) in doc.body and REPLY.format(n=3) in doc.body


def test_noscript_is_ignored_beside_a_visible_article() -> None:
    paragraphs = "".join(f"<p>{REPLY.format(n=n)}</p>" for n in range(4))
    page = (f"<html><body><article><h1>Driver</h1>{paragraphs}</article>"
            "<noscript><p>Please enable JavaScript to use every feature of this site today.</p></noscript></body></html>")
    assert "JavaScript" not in cleantext.clean_html(page).body


def test_shipped_body_folds_white_space_and_drops_empty_paragraphs() -> None:
    assert by_type.shipped_body("  a  b \n\n\n\n c ") == ("a b\n\nc", "structured data")
    assert by_type.shipped_body(None) == ("", "")
    assert by_type.shipped_body(" \n\n ") == ("", "")


@given(st.sampled_from(sorted(by_type.ADAPTERS)), st.integers(0, 6))
def test_a_type_only_ever_adds_to_the_body(page_type: str, posts: int) -> None:
    """Whatever the type, its rule turns leftovers into body and never takes a body block away,
    nor a block a detector read as furniture by its text (share rows, copyright lines)."""
    from cleantext.cues import load as load_cues
    from cleantext.pipeline import run_all
    from cleantext.select.body import select_body
    from cleantext.segment.html import segment_html

    blocks = segment_html(thread(posts)).blocks
    cues = load_cues()
    run_all(blocks, cues)
    select_body(blocks, cues)
    before = [(block.label, block.reason) for block in blocks]
    by_type.adapt_body(blocks, page_type, cues)
    for (label, reason), block in zip(before, blocks):
        if label is Label.BODY or (label is not None and block.label is not Label.BODY):
            assert (block.label, block.reason) == (label, reason)
        if block.label is not label:
            assert block.label is Label.BODY
            assert reason.startswith(by_type.LEFTOVER_REASONS + by_type._MARKUP_OR_LEFTOVER)
