"""Body selection: the edges of an article (calls to action, author bios, appeal boxes)."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.model import Label

STORY = [
    "The regional parliament approved the new budget late on Thursday after a debate that lasted for more than eleven hours and ended with a narrow vote.",
    "Opposition members said the plan cut too deeply into school funding, while the governing coalition argued that the savings were needed to balance the books.",
    "The finance minister promised that teachers would not lose their jobs and that the cuts would fall mostly on administration and on planned new buildings.",
    "Several mayors from rural districts welcomed the extra money for roads, which they said had been neglected for years while the cities received most of the funds.",
    "A small group of protesters gathered outside the building during the evening, holding signs against the closure of two hospitals in the northern valleys.",
    "The budget now goes to the upper chamber, which is expected to discuss it in January and could still send it back with amendments to several chapters.",
    "Economists at the state bank said the figures rested on optimistic growth forecasts and warned that a weaker year would open a gap of several hundred million.",
    "The minister rejected that view and said the forecasts were in line with those of the national statistics office and of most independent research institutes.",
    "Teachers' unions announced that they would decide next week whether to call a strike in February, after meeting the minister once more before the holidays.",
]
APPEAL = [
    "Support independent journalism",
    "Our reporting is free for everyone to read, and it will stay that way for as long as readers like you think it "
    "matters. If you value it, please consider a donation today so that our small team can keep doing this work.",
    "Every contribution, however small, helps us pay our reporters.",
]


def page(tail: str) -> str:
    story = "".join(f"<p>{text}</p>" for text in STORY)
    return (
        "<html><head><title>Budget passes</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/politics'>Politics</a></li></ul></nav>"
        f"<article><h1>Budget passes after eleven-hour debate</h1><div class='text'>{story}</div>{tail}</article>"
        "</body></html>"
    )


def test_an_appeal_box_closing_the_article_is_promo() -> None:
    box = "<div class='box'>" + "".join(f"<p>{text}</p>" for text in APPEAL) + "</div>"
    doc = cleantext.clean_html(page(box))
    for text in STORY:
        assert text in doc.body
    for text in APPEAL:
        assert text not in doc.body
    labels = {block.clean: block.label for block in doc.blocks}
    assert labels[APPEAL[1]] is Label.PROMO


def test_a_closing_box_without_an_appeal_stays_in_the_body() -> None:
    notes = [
        "Correction: an earlier version of this story gave the wrong date for the vote in the upper chamber.",
        "The full text of the budget is published on the parliament's website in three volumes.",
    ]
    box = "<div class='box'>" + "".join(f"<p>{text}</p>" for text in notes) + "</div>"
    doc = cleantext.clean_html(page(box))
    for text in STORY + notes:
        assert text in doc.body


def test_a_call_to_action_above_an_author_bio_is_cut_with_it() -> None:
    promo = "Want more stories like this one? Our podcast talks about them every Friday."
    bio = "Jane Miller is a political reporter who has covered the regional parliament since 2015."
    text = "\n\n".join(["Budget passes after eleven-hour debate", *STORY, promo, bio])
    doc = cleantext.clean_text(text)
    assert STORY[-1] in doc.body
    assert promo not in doc.body
    assert bio not in doc.body


def test_a_related_header_inside_the_article_does_not_end_it() -> None:
    """A 'Read more' box between two of the article's long paragraphs is not where it ends;
    the same header followed by teasers still is."""
    first, rest = STORY[:3], STORY[3:]
    inside = (
        "<html><body><article>" + "".join(f"<p>{t}</p>" for t in first)
        + "<div><h4>Read more</h4></div>" + "".join(f"<p>{t}</p>" for t in rest) + "</article></body></html>"
    )
    body = cleantext.clean_html(inside).body
    assert all(t in body for t in STORY)
    assert "Read more" not in body
    closing = (
        "<html><body><article>" + "".join(f"<p>{t}</p>" for t in STORY)
        + "<h4>Read more</h4><p><a href='/a'>Council approves the harbour plan</a></p>"
        + "<p>A short teaser about the plan.</p></article></body></html>"
    )
    assert "A short teaser" not in cleantext.clean_html(closing).body


def test_a_comment_column_of_a_table_in_the_article_does_not_end_it() -> None:
    """'Comment' heading a table's column is a label of the article's table, not a comment thread."""
    rows = "".join(f"<tr><td><p>state {n}</p></td><td><p>The task moves on to step {n}.</p></td></tr>" for n in range(4))
    html = (
        "<html><body><article>" + "".join(f"<p>{t}</p>" for t in STORY[:4])
        + f"<table><tr><td><p>State</p></td><td><p>Comment</p></td></tr>{rows}</table>"
        + "".join(f"<p>{t}</p>" for t in STORY[4:]) + "</article></body></html>"
    )
    body = cleantext.clean_html(html).body
    assert all(t in body for t in STORY)


def test_a_bare_page_keeps_its_headings_and_short_lines() -> None:
    """A page whose elements say nothing about themselves (no class, no nav) is its article:
    its section headings and short lines are kept with the paragraphs."""
    sections = "".join(f"<h2>Section {n}</h2><p>x = {n} + y</p>" for n in range(4))
    paragraphs = "".join(f"<p>{t}</p>" for t in STORY[:3])
    doc = cleantext.clean_html(f"<html><body><h1>Samples</h1>{sections}{paragraphs}</body></html>")
    assert all(f"Section {n}" in doc.body for n in range(1, 4))
    assert all(f"x = {n} + y" in doc.body for n in range(1, 4))
    assert "Samples" not in doc.body


def test_a_page_with_named_furniture_is_not_bare() -> None:
    """One element that names itself (a menu) is enough: the page is read region by region."""
    menu = "<ul class='menu'><li>Home</li><li>About</li></ul>"
    paragraphs = "".join(f"<p>{t}</p>" for t in STORY)
    doc = cleantext.clean_html(f"<html><body>{menu}<div>Loose line</div>{paragraphs}</body></html>")
    assert "Loose line" not in doc.body and "Home" not in doc.body


def test_a_call_to_action_the_article_element_gave_back_is_cut() -> None:
    """A short line under the last paragraph joins the body through the article's element; at the
    article's edge with a call to action it is a promo all the same."""
    doc = cleantext.clean_html(page("").replace("</div>", "<p>Hear our podcast on Fridays</p></div>", 1))
    assert STORY[-1] in doc.body
    assert "podcast on Fridays" not in doc.body


@pytest.mark.parametrize("line", [
    "Want more? Sign up for our newsletter and get the best stories of the week in your inbox every Friday",
    "Lust auf mehr? Lass dir die besten Storys jede Woche per Newsletter schicken und verpasse nichts mehr",
    # a dot inside a word (a site's name, an address) ends no sentence: the question still opens the line
    "Schon gewusst, dass example.com einen Telegram-Kanal hat? Abonniere ihn jetzt und verpasse keine Nachricht mehr",
    "Did you know Example.org has a newsletter now? Sign up on www.example.org and get our best stories every week",
    # calls to action in the words of each language: subscriptions ('Abo', 'E-Paper'), a site's channel
    "Die aktuelle Ausgabe jetzt an jedem Kiosk, im Abo und als E-Paper erhältlich.",
    "¡Mira lo que tiene nuestro canal de YouTube!",
    "Check out what is new on our YouTube channel this week.",
])
def test_a_call_to_action_closing_the_article_is_promo(line: str) -> None:
    doc = cleantext.clean_html(page("").replace("</div>", f"<p>{line}</p></div>", 1))
    assert STORY[-1] in doc.body
    assert line not in doc.body


def test_a_closing_paragraph_that_asks_and_mentions_a_newsletter_is_not_cut() -> None:
    """A question opening a long paragraph that only mentions a newsletter is the article's."""
    line = ("Why did the minister wait so long? Several deputies said in a newsletter to their voters that the "
            "delay had cost the region a whole year of planning and several million in interest.")
    html = page("").replace("</div>", f"<p>{line}</p></div>", 1)  # the story's own last paragraph
    doc = cleantext.clean_html(html)
    assert line in doc.body


@pytest.mark.parametrize(("header", "bio"), [
    ("About the author", "Martin has worked as a professional developer since 2007 and teaches programming to "
                         "beginners at the local college in the evenings."),
    ("Über den Autor", "Hej! Ich bin Christoph, leidenschaftlicher Angler und Autor dieses Artikels. Hier schreibe "
                       "ich über meine Touren an der Elbe und über das Angeln in der Stadt."),
])
def test_a_bio_under_an_author_header_closing_the_article_is_cut(header: str, bio: str) -> None:
    """The first words of a bio need not name the author in full: its header says what it is (the
    class word took the header, so it closes nothing)."""
    box = f"<div class='author-section'><p>{header}</p><p>{bio}</p></div>"
    doc = cleantext.clean_html(page(box))
    assert STORY[-1] in doc.body
    assert bio not in doc.body


def test_a_paragraph_under_an_author_header_of_another_element_is_not_a_bio() -> None:
    """A header line in one element and the article's last paragraph in another: no bio."""
    html = page("").replace("<div class='text'>", "<div class='byline'><p>About the author</p></div><div class='text'>", 1)
    doc = cleantext.clean_html(html)
    assert STORY[-1] in doc.body
