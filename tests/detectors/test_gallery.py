"""Slideshows: numbered slides (k/N) and their captions, inside an article or beside it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from blockkit import detect
from cleantext.detectors import gallery
from cleantext.model import Label

ARTICLE = [
    "The city council voted on Tuesday to extend the harbour promenade by another two kilometres, a plan that "
    "had been debated for almost a decade before the money was finally found in this year's budget.",
    "Residents who live along the waterfront said they welcomed the decision, although some of them worried "
    "about the noise of the construction work that is expected to last for two summers and more.",
    "The mayor told reporters that the first section would open next spring and that the rest of the path "
    "would follow as soon as the contractors had finished the new sea wall along the old harbour.",
    "Engineers from the regional water authority will inspect the old wall in January, and their report is "
    "going to decide whether the existing foundations can carry the weight of the new promenade.",
    "If they cannot, the council said it would ask the national government for an additional grant, which "
    "would delay the opening of the second section by at least a year and a half, the mayor added.",
    "The opposition in the council criticised the plan as too expensive and said that the money would have "
    "been better spent on the schools and the bus lines of the districts far from the sea.",
]
CAPTION = "Workers repaired the old harbour wall after the storm of {n}, which had flooded the streets behind it for days."


def slide_html(k: int, total: int) -> str:
    return (
        f"<li><h2>{k}/{total} Harbour scene number {k}</h2>"
        f"<p>{CAPTION.format(n=1900 + k)}</p><p class='credits'>Getty</p></li>"
    )


def page(slides: int, start: int = 1) -> str:
    show = "".join(slide_html(k, slides + start - 1) for k in range(start, slides + start))
    half = len(ARTICLE) // 2
    before = "".join(f"<p>{text}</p>" for text in ARTICLE[:half])
    after = "".join(f"<p>{text}</p>" for text in ARTICLE[half:])
    return (
        "<html><body><article><h1>Promenade to grow</h1>"
        f"{before}<div class='gallery'><h3>The harbour in pictures</h3><ul>{show}</ul></div>{after}"
        "</article></body></html>"
    )


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=3, max_value=30))
def test_an_embedded_slideshow_is_not_body_and_the_article_around_it_is(slides: int) -> None:
    doc = cleantext.clean_html(page(slides))
    for text in ARTICLE:
        assert text in doc.body
    assert "Harbour scene number" not in doc.body
    assert "Workers repaired" not in doc.body
    assert all(b.label is Label.CAPTION for b in doc.blocks if "Workers repaired" in b.clean)


def test_two_slides_are_not_a_slideshow() -> None:
    doc = cleantext.clean_html(page(2))
    assert "Workers repaired" in doc.body


def test_a_page_that_is_its_gallery_keeps_it() -> None:
    show = "".join(slide_html(k, 6) for k in range(1, 7))
    doc = cleantext.clean_html(f"<html><body><article><h1>In pictures</h1><ul>{show}</ul></article></body></html>")
    assert "Workers repaired" in doc.body


@given(st.lists(st.sampled_from(["1/2", "1/4", "3/4", "2/3", "1/3"]), min_size=3, max_size=12))
def test_fractions_in_a_recipe_are_not_slides(amounts: list[str]) -> None:
    """Ingredient amounts never count up one by one over one total (1/4, 2/4, 3/4 in that order)."""
    lines = [f"{amount} cup of flour" for amount in amounts]
    counting = any(
        [a.split("/")[1]] * 3 == [b.split("/")[1] for b in (x, y, z)]
        and [int(b.split("/")[0]) for b in (x, y, z)] == [1, 2, 3]
        for a, x, y, z in zip(amounts, amounts, amounts[1:], amounts[2:])
    )
    blocks = detect(gallery, "\n\n".join(lines + ARTICLE))
    if not counting:
        assert all(block.label is None for block in blocks)


def test_text_dump_slides_are_captions() -> None:
    lines: list[str] = [ARTICLE[0], ARTICLE[1]]
    for k in range(1, 6):
        lines += [f"{k}/5 Harbour scene number {k}", CAPTION.format(n=1900 + k)]
    lines += ARTICLE[2:]
    blocks = detect(gallery, "\n\n".join(lines))
    by_text = {block.clean: block.label for block in blocks}
    assert by_text["3/5 Harbour scene number 3"] is Label.CAPTION
    assert by_text[CAPTION.format(n=1905)] is Label.CAPTION
    for text in ARTICLE:
        assert by_text[text] is None


def test_an_article_told_slide_by_slide_keeps_its_slides() -> None:
    """A listicle ('1/5 Not a flagship', its paragraph, '2/5 …') with no article prose after the
    last slide is the article itself, not a slideshow beside it."""
    lines: list[str] = [ARTICLE[0]]
    for k in range(1, 6):
        lines += [f"{k}/5 Harbour scene number {k}", ARTICLE[k]]
    blocks = detect(gallery, "\n\n".join(lines))
    assert all(block.label is None for block in blocks)
