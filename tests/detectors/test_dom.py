"""DOM evidence: class/id/role words and structural elements label page furniture in HTML mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import cues
from cleantext.detectors import dom
from cleantext.model import Block, Label
from cleantext.segment.html import segment_html
from cleantext.segment.text import segment_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"

ARTICLE = "".join(
    f"<p>Paragraph {n} of the article tells the reader what happened in the town, and why it matters to them.</p>"
    for n in range(8)
)


def detect(html: str) -> list[Block]:
    blocks = segment_html(html).blocks
    dom.detect(blocks, cues.load())
    return blocks


def label_of(fragment: str, text: str, *, article: bool = True) -> str | None:
    """The label of the block reading ``text`` when ``fragment`` sits on a page beside a real article."""
    body = f"<main><article><h1>Headline</h1>{ARTICLE}</article></main>{fragment}" if article else fragment
    found = [b for b in detect(f"<html><body>{body}</body></html>") if b.clean == text]
    assert found, f"no block reads {text!r}"
    return str(found[0].label) if found[0].label is not None else None


def article_labels(html: str) -> set[str | None]:
    return {str(b.label) if b.label else None for b in detect(html) if b.clean.startswith("Paragraph")}


@pytest.mark.parametrize(("fragment", "text", "label"), [
    ("<nav><a href='/'>Home</a></nav>", "Home", "nav"),
    ("<div class='menu'><a href='/'>World</a></div>", "World", "nav"),
    ("<div id='skip'><a href='#main'>Skip to content</a></div>", "Skip to content", "nav"),
    ("<div class='pagination'><a href='/2'>Next page</a></div>", "Next page", "nav"),
    ("<div class='pager'><a href='/2'>Older posts</a></div>", "Older posts", "nav"),
    ("<ol class='breadcrumb'><li>Home</li></ol>", "Home", "section"),
    ("<div role='navigation'><a href='/'>Sections</a></div>", "Sections", "nav"),
    ("<footer><p>Imprint and contact</p></footer>", "Imprint and contact", "copyright"),
    ("<div class='copyright'>All rights reserved</div>", "All rights reserved", "copyright"),
    ("<div role='contentinfo'>Contact us</div>", "Contact us", "copyright"),
    ("<div class='related-posts'><a href='/x'>Another story</a></div>", "Another story", "related"),
    ("<div class='relatedposts'><a href='/x'>Another story</a></div>", "Another story", "related"),
    ("<div class='recommended'><p>Teaser text here</p></div>", "Teaser text here", "related"),
    ("<section class='more-stories'><a href='/x'>Story</a></section>", "Story", "related"),
    ("<div class='read-more'><a href='/x'>Story</a></div>", "Story", "related"),
    ("<div id='most-read'><a href='/x'>Story</a></div>", "Story", "related"),
    ("<div class='popular'><a href='/x'>Story</a></div>", "Story", "related"),
    ("<div class='trending-now'><a href='/x'>Story</a></div>", "Story", "related"),
    ("<div class='teasers'><a href='/x'>Story</a></div>", "Story", "related"),
    ("<div class='OUTBRAIN'><a href='/x'>Story</a></div>", "Story", "related"),
    ("<div id='taboola-below-article'><a href='/x'>Story</a></div>", "Story", "related"),
    ("<aside><a href='/x'>Sidebar story</a></aside>", "Sidebar story", "related"),
    ("<div class='share'><a href='#'>Facebook</a></div>", "Facebook", "share"),
    ("<div class='sharing'><a href='#'>Email</a></div>", "Email", "share"),
    ("<ul class='social-links'><li><a href='#'>Instagram</a></li></ul>", "Instagram", "share"),
    ("<div class='shareBar'><a href='#'>Tweet</a></div>", "Tweet", "share"),
    ("<div aria-label='Share this article'><a href='#'>Copy link</a></div>", "Copy link", "share"),
    ("<div id='comments'><p>I disagree with the author.</p></div>", "I disagree with the author.", "comments"),
    ("<div id='disqus_thread'><p>Load comments</p></div>", "Load comments", "comments"),
    ("<div id='respond'><p>Be kind and stay on topic.</p></div>", "Be kind and stay on topic.", "comments"),
    ("<div class='ad'><p>Advertisement</p></div>", "Advertisement", "banner"),
    ("<div class='ads-container'><p>Sponsored by X</p></div>", "Sponsored by X", "banner"),
    ("<div class='advertisement'><p>Buy now</p></div>", "Buy now", "banner"),
    ("<div class='banner'><p>Big sale</p></div>", "Big sale", "banner"),
    ("<div class='sponsored'><p>Partner content</p></div>", "Partner content", "promo"),
    ("<div class='promo-box'><p>Try it free</p></div>", "Try it free", "promo"),
    ("<div class='newsletter'><p>Get our emails</p></div>", "Get our emails", "promo"),
    ("<form class='subscribe-form'><p>Subscribe today</p></form>", "Subscribe today", "promo"),
    ("<div class='signup'><p>Create an account</p></div>", "Create an account", "promo"),
    ("<div class='paywall-container'><h2>Ja. Ich bin Abonnent.</h2></div>", "Ja. Ich bin Abonnent.", "promo"),
    ("<div class='cookie-notice'><p>We use cookies.</p></div>", "We use cookies.", "banner"),
    ("<div id='gdpr-consent'><p>Your choices</p></div>", "Your choices", "banner"),
    ("<div class='weather-widget'><p>Sunny 21°C</p></div>", "Sunny 21°C", "weather"),
    ("<table class='board_list'><tr><td>12</td><td>A post</td></tr></table>", "12 | A post", "board"),
    ("<div class='werbung'><p>Anzeige</p></div>", "Anzeige", "banner"),
    ("<div id='kommentare'><p>Was denken Sie darüber?</p></div>", "Was denken Sie darüber?", "comments"),
])
def test_each_family(fragment: str, text: str, label: str) -> None:
    assert label_of(fragment, text) == label


@pytest.mark.parametrize(("fragment", "text", "label"), [
    ("<div class='byline'>By Jane Roe</div>", "By Jane Roe", "byline"),
    ("<span class='author'>Jane Roe</span>", "Jane Roe", "byline"),
    ("<time datetime='2020-01-01'>1 January 2020</time>", "1 January 2020", "date"),
    ("<figure><img src='a.jpg' alt='Harbour at dawn'><figcaption>The harbour at dawn.</figcaption></figure>",
     "The harbour at dawn.", "caption"),
    ("<p class='photo-credit'>Photo: Reuters</p>", "Photo: Reuters", "caption"),
])
def test_families_inside_the_article(fragment: str, text: str, label: str) -> None:
    html = f"<html><body><main><article><h1>Headline</h1>{fragment}{ARTICLE}</article></main></body></html>"
    found = [b for b in detect(html) if b.clean == text]
    assert found and str(found[0].label) == label


BIO = ("Jane Roe has covered city politics for the paper since 2009 and before that worked " * 3).strip()


@pytest.mark.parametrize("cls", ["author-bio", "about-the-author", "authorBox", "entry-author-info", "saboxplugin-wrap"])
def test_a_long_bio_in_an_author_box_is_a_byline(cls: str) -> None:
    assert label_of(f"<div class='{cls}'><p>{BIO}</p></div>", BIO) == "byline"


def test_a_long_paragraph_under_a_mere_author_class_is_not_a_byline() -> None:
    assert label_of(f"<div class='author'><p>{BIO}</p></div>", BIO) is None


def test_fixture_page() -> None:
    blocks = detect((FIXTURES / "article.html").read_text())
    labels = {b.clean: (str(b.label) if b.label else None) for b in blocks}
    assert labels["Skip to content"] == "nav"
    assert labels["News"] == "nav"
    assert labels["Home"] == "section"
    assert labels["Council approves park budget after long debate"] is None
    assert labels["By Ana Lopez"] == "byline"
    assert labels["Facebook Twitter Email"] == "share"
    assert labels["Advertisement"] == "banner"
    assert labels["We listened to what people told us."] is None  # a pull quote inside the article
    assert labels["Great news for the neighbourhood, finally some investment."] == "comments"
    assert labels["Storm closes the harbour"] == "related"
    assert labels["© 2024 Riverside Gazette. All rights reserved."] == "copyright"
    prose = [b for b in blocks if b.units > 12 and "entry-content" in (b.dom_path or "")]
    assert prose and all(b.label is None for b in prose if not b.image and "Photo" not in b.clean)


# --- negatives ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [
    "header-image", "shadow", "download", "downloads", "head", "loaded", "thread", "broadcast",
    "advisor", "adjacent", "badge", "navy", "menubar-free", "shared-state", "shareholder-letter",
    "no-comments", "hasComments", "Pos(r) Bgc(#fff) Nav(a)", "md:flex", "sharing-with-a-single-developer",
    "commentary",
])
def test_whole_tokens_only(cls: str) -> None:
    html = f"<html><body><main><article><div class='{cls}'><p>Short line</p></div>{ARTICLE}</article></main></body></html>"
    block = next(b for b in detect(html) if b.clean == "Short line")
    if cls == "menubar-free":  # 'menubar' is a whole word here
        assert block.label is Label.NAV
    else:
        assert block.label is None, (cls, block.reason)


@pytest.mark.parametrize("cls", ["single comments-open related-enabled", "page-template-share nav-open"])
def test_html_and_body_classes_are_ignored(cls: str) -> None:
    html = f"<html class='{cls}'><body class='{cls}'><h1>Headline</h1>{ARTICLE}</body></html>"
    assert all(b.label is None for b in detect(html))


def test_page_wrapper_classes_do_not_label_the_article() -> None:
    html = f"<html><body><div id='page' class='site content-with-sidebar'><div class='post tag-social category-comments'>{ARTICLE}</div></div></body></html>"
    assert article_labels(html) == {None}


def test_a_whole_article_is_not_furniture_whatever_the_layout_around_it() -> None:
    html = f"<html><body><div class='modal-related-rail'><article>{ARTICLE}</article></div><div class='related'>{ARTICLE}</div></body></html>"
    labels = [(b.dom_path or "").endswith("article>p") and b.label for b in detect(html)]
    assert Label.RELATED not in [label for label in labels if label is not False]


def test_teasers_inside_a_related_list_are_related() -> None:
    teasers = "".join(f"<article class='card'><h3>Story {n}</h3><p>A short teaser line.</p></article>" for n in range(3))
    assert label_of(f"<section class='related'>{teasers}</section>", "Story 1") == "related"


def test_nearest_ancestor_wins() -> None:
    assert label_of("<div class='related'><div class='share'><a href='#'>Share it</a></div></div>", "Share it") == "share"
    assert label_of("<div class='comments'><div class='byline'>By a reader</div></div>", "By a reader") == "byline"


def test_structural_tags_inside_the_article_belong_to_it() -> None:
    html = (
        "<html><body><article><header><h1>Headline</h1><p>Deck line</p></header><nav><a href='#s1'>Section one</a></nav>"
        f"{ARTICLE}<footer><p>Filed under politics</p></footer></article></body></html>"
    )
    labels = {b.clean: b.label for b in detect(html)}
    assert labels["Headline"] is None and labels["Deck line"] is None
    assert labels["Section one"] is None and labels["Filed under politics"] is None


def test_page_header_keeps_the_headline_but_labels_its_menu() -> None:
    html = (
        "<html><body><header><a href='/'>Site name</a><h1>The headline of the story</h1>"
        "<p>A deck line that is long enough to be a sentence of its own here.</p></header>"
        f"<div>{ARTICLE}</div></body></html>"
    )
    labels = {b.clean: b.label for b in detect(html)}
    assert labels["Site name"] is Label.NAV
    assert labels["The headline of the story"] is None
    assert labels["A deck line that is long enough to be a sentence of its own here."] is None


def test_aside_outside_and_inside_the_article() -> None:
    html = (
        f"<html><body><article>{ARTICLE}<aside><p>A pull quote from the piece.</p></aside>"
        "<aside><ul><li><a href='/x'>Linked box story</a></li></ul></aside></article>"
        "<aside><p>Sidebar words</p></aside></body></html>"
    )
    labels = {b.clean: b.label for b in detect(html)}
    assert labels["A pull quote from the piece."] is None
    assert labels["Linked box story"] is Label.RELATED
    assert labels["Sidebar words"] is Label.RELATED


def test_comment_counter_in_the_article_header_leaves_the_article_alone() -> None:
    html = (
        "<html><body><article><header><h1>Headline</h1><a class='comments-count' href='#c'>12</a></header>"
        f"{ARTICLE}</article></body></html>"
    )
    blocks = detect(html)
    assert next(b for b in blocks if b.clean == "12").label is Label.COMMENTS
    assert next(b for b in blocks if b.clean == "Headline").label is None
    assert article_labels(html) == {None}


def test_earlier_labels_are_kept_and_reasons_name_the_evidence() -> None:
    blocks = segment_html(f"<html><body><nav><a href='/'>Home</a></nav><div class='share'><a>Share</a></div>{ARTICLE}</body></html>").blocks
    blocks[0].mark(Label.SECTION, "set earlier")
    dom.detect(blocks, cues.load())
    assert (blocks[0].label, blocks[0].reason) == (Label.SECTION, "set earlier")
    assert (blocks[1].label, blocks[1].reason) == (Label.SHARE, "class token 'share'")


def test_text_mode_blocks_are_untouched() -> None:
    blocks = segment_text("Home\n\nShare\n\nRelated articles\n\nThe council approved the budget on Tuesday.")
    dom.detect(blocks, cues.load())
    assert all(b.label is None for b in blocks)


def test_hand_made_blocks_with_plain_tokens() -> None:
    block = Block(index=0, text="Facebook", clean="Facebook", line=1, units=1,
                  dom_path="body>div.share", dom_tokens=frozenset({"share", "buttons"}))
    dom.detect([block], cues.load())
    assert block.label is Label.SHARE


def test_tables_are_data() -> None:
    assert all(word == word.lower() and word.isalpha() for word in dom.WORDS)
    assert all(isinstance(label, Label) for table in (dom.WORDS, dom.NAMES, dom.NAME_PARTS, dom.TAGS, dom.PREFIXES)
               for label in table.values())


def test_an_aside_holding_most_of_the_prose_beside_a_whole_article_is_still_an_aside() -> None:
    """A live ticker in an <aside> may hold more prose than the article beside it; it is not the
    page's wrapper while a whole <article> stands outside it."""
    ticker = "".join(
        f"<li><p>Update {n}: the ticker reports another event from a different city, with a long "
        "sentence about what the officials said and what happens next in the region.</p></li>"
        for n in range(12)
    )
    blocks = detect(f"<html><body><div><article>{ARTICLE}</article><aside><ul>{ticker}</ul></aside></div></body></html>")
    assert {str(b.label) for b in blocks if b.clean.startswith("Update")} == {"related"}
    assert {b.label for b in blocks if b.clean.startswith("Paragraph")} == {None}


CONSENT = "".join(
    f"<h4>Category {n} cookies</h4><p>These cookies of category {n} are set by our partners to measure how you use "
    "the site, remember your choices and show you offers that match what you read here.</p>"
    for n in range(10)
)


@given(
    role=st.sampled_from(["dialog", "alertdialog"]),
    cls=st.sampled_from(["", "otPcCenter", "ot-pc-scrollbar", "modal fade", "content-wrapper"]),
    wrap=st.integers(min_value=0, max_value=3),
)
@settings(max_examples=40, deadline=None)
def test_a_dialog_outside_the_content_is_never_the_article(role: str, cls: str, wrap: int) -> None:
    """A dialog over the page (a consent manager's preference centre) is a banner whatever its
    classes say and however much of the page's prose it holds (it is read before the wrappers)."""
    inner = f"<div class='{cls}'>" * wrap + CONSENT + "</div>" * wrap
    html = f"<html><body><div><p>Short product line.</p></div><div role='{role}' aria-label='Privacy Preference Center'>{inner}</div></body></html>"
    labels = {str(b.label) for b in detect(html) if "cookies" in b.clean}
    assert labels == {"banner"}
    assert all(b.reason.startswith(dom.DIALOG_REASON) for b in detect(html) if "cookies" in b.clean)


def test_a_dialog_inside_the_main_element_is_content() -> None:
    """A product's details sheet or size guide opens as a dialog inside <main>: it is the page's."""
    html = f"<html><body><main><h1>Shirt</h1><div role='dialog'>{ARTICLE}</div></main></body></html>"
    assert article_labels(html) == {None}


def test_detect_dialogs_labels_only_dialogs() -> None:
    html = f"<html><body><div class='sidebar'>{ARTICLE}</div><div role='dialog'>{CONSENT}</div></body></html>"
    blocks = segment_html(html).blocks
    dom.detect_dialogs(blocks)
    assert {str(b.label) for b in blocks if "cookies" in b.clean} == {"banner"}
    assert {b.label for b in blocks if b.clean.startswith("Paragraph")} == {None}


def test_a_dialog_element_is_closed_until_opened_even_inside_the_main_element() -> None:
    """A <dialog> element (a 'Talk to an expert' form) shows nothing until a script opens it."""
    form = "<h3>Talk to an expert</h3><p>Tell us about your project and our team will call you back within a day to talk it through.</p>"
    html = f"<html><body><main><h1>Service</h1>{ARTICLE}<dialog class='fixed'>{form}</dialog></main></body></html>"
    blocks = detect(html)
    assert {str(b.label) for b in blocks if b.clean.startswith(("Talk", "Tell"))} == {"banner"}
    assert article_labels(html) == {None}



@pytest.mark.parametrize("gated", [2, 7])
def test_the_gated_paragraphs_behind_a_paywall_class_are_the_article(gated: int) -> None:
    """'<p class="paywall">' on the paragraphs a subscription unlocks: when they hold most of the
    page's prose they are the article, not an offer (an offer box beside the article stays a promo,
    see test_each_family)."""
    paragraphs = [f"Paragraph {n} of the article tells the reader what happened in the town, and why it matters."
                  for n in range(8)]
    html = ("<html><body><article><h1>Headline</h1>"
            + "".join(f"<p>{text}</p>" for text in paragraphs[:8 - gated])
            + "".join(f"<p class='paywall'>{text}</p>" for text in paragraphs[8 - gated:])
            + "</article></body></html>")
    labels = {b.clean: b.label for b in detect(html)}
    behind = {labels[text] for text in paragraphs[8 - gated:]}
    assert behind == ({None} if gated > 4 else {Label.PROMO})


SECTION_TEXT = ("Our analysts watch your accounts every day and call you the moment something looks wrong, so "
                "that a stolen card or a leaked password costs you an afternoon and not your savings. ")


@given(st.integers(2, 3), st.sampled_from(["date-item", "nav-source"]))
def test_a_date_or_menu_named_element_holding_an_articles_prose_is_neither(items: int, name: str) -> None:
    """A CMS names a record list's items after a field ('date-item'), an in-page menu's targets
    'nav-source': around a whole section's prose such a word is no date stamp and no menu, while
    a short 'date' element inside still is a date."""
    section = (f"<h2>Protection from online threats</h2><p>{SECTION_TEXT * 3}</p><p>{SECTION_TEXT * 3}</p>"
               "<span class='date'>12 May 2024</span>")
    body = "".join(f"<div class='{name}'>{section}</div>" for _ in range(items))
    blocks = segment_html(f"<html><body><div class='list'>{body}</div><p>{SECTION_TEXT * 9}</p></body></html>").blocks
    dom.detect(blocks, cues.load())
    headings = [b for b in blocks if b.clean == "Protection from online threats"]
    assert len(headings) == items and all(b.label not in (Label.DATE, Label.NAV) for b in headings)
    assert all(b.label is Label.DATE for b in blocks if b.clean == "12 May 2024")
