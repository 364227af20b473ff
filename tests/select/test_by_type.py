"""A body for each page type: every post of a thread, the items of a listing, shipped text."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext.detectors import related
from cleantext.model import PATH_DEPTH, Block, Label
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


def _block(i: int, text: str, path: list[tuple[str, int]], label: Label, reason: str) -> Block:
    """A block of an HTML page: its path as (component, element id) pairs, its label and reason."""
    return Block(index=i, text=text, clean=text, line=i + 1, dom_path=">".join(c for c, _ in path),
                 dom_ids=tuple(n for _, n in path), units=len(text.split()), terminal=text.endswith("."),
                 label=label, reason=reason)


def _thread_blocks(posts: int, depth: int) -> list[Block]:
    """A thread whose posts' text sits ``depth`` elements below the post, as body selection left it:
    the poster's line and his box in the post's range, the text (nested past a path's reach when
    deep) a leftover after the article, an advertisement between posts a child of the thread."""
    top = [("html", 1), ("body", 2), ("div.posts", 5)]
    blocks: list[Block] = []
    for n in range(posts):
        post = 100 * (n + 1)
        item = [*top, ("article.message", post)]
        blocks.append(_block(len(blocks), f"user{n}", [*item, ("h4", post + 1)], Label.NAV, "outside the article region"))
        blocks.append(_block(len(blocks), f"Joined in 2017, {n} posts, writes from a small town in the north of the country",
                             [*item, ("div.extras", post + 2)], Label.NAV, "outside the article region"))
        blocks.append(_block(len(blocks), f"Quoting user{n}: the same text the post answers, word for word {n}.",
                             [*item, ("div.body", post + 3)], Label.BYLINE, "under the byline block at line 2"))
        inner = [(f"div.wrap{k}", post + 10 + k) for k in range(depth)]
        path = [*item, *inner][-PATH_DEPTH:]  # a path keeps its last PATH_DEPTH elements
        blocks.append(_block(len(blocks), REPLY.format(n=n), [*path, ("p", post + 30)][-PATH_DEPTH:], Label.RELATED,
                             "paragraph after the article"))
        blocks.append(_block(len(blocks), f"Sponsored: a better graphics card for you {n}",
                             [*top, ("div.ad", post + 50)], Label.NAV, "outside the article region"))
    return blocks


@given(posts=st.integers(min_value=3, max_value=8), depth=st.integers(min_value=PATH_DEPTH - 3, max_value=PATH_DEPTH + 4))
def test_a_posts_text_nested_past_its_paths_reach_and_under_a_byline_is_the_posts(posts: int, depth: int) -> None:
    from cleantext.cues import load as load_cues

    blocks = _thread_blocks(posts, depth)
    by_type.adapt_body(blocks, "forum", load_cues())
    labels = {block.clean: block.label for block in blocks}
    # the last post's text: nothing tells where the last post ends and the page goes on
    assert all(labels[REPLY.format(n=n)] is Label.BODY for n in range(posts - 1))
    assert all(labels[f"Quoting user{n}: the same text the post answers, word for word {n}."] is Label.BODY
               for n in range(posts))
    assert not any(labels[f"Sponsored: a better graphics card for you {n}"] is Label.BODY for n in range(posts))


ANSWER = ("Roll back the graphics driver to the version before the update: open the device manager, pick the "
          "card, and choose the previous driver. It fixed the same crash for me. Answer {n}.")
REMARK = "Thanks, this worked for me as well on a laptop with the same card, remark {n}."


@given(st.integers(min_value=3, max_value=6))
def test_the_comments_under_a_qa_pages_answers_are_not_posts(answers: int) -> None:
    def comments(n: int) -> str:
        return "".join(f"<li class='comment'><span class='comment-copy'>{REMARK.format(n=10 * n + k)}</span></li>"
                       for k in range(2))
    posts = "".join(
        f"<div class='answer'><div class='post-text'><p>{ANSWER.format(n=n)}</p></div>"
        f"<div class='comments'><ul>{comments(n)}</ul></div></div>"
        for n in range(answers)
    )
    page = (f"<html><body><h1>Driver crashes after the update</h1><div class='question'><div class='post-text'>"
            f"<p>{REPLY.format(n=0)}</p></div></div><div class='answers'>{posts}</div></body></html>")
    labels = dict(_labelled(page, "forum"))
    assert all(labels[ANSWER.format(n=n)] is Label.BODY for n in range(answers))
    assert not any(labels[REMARK.format(n=10 * n + k)] is Label.BODY for n in range(answers) for k in range(2))


# What a type's rule may take out of the body: the poster's box, a repeat, a product's order form.
_TAKEN_OUT = (by_type._POSTER_REASON, by_type._REPEAT_REASON, by_type._PRODUCT_FURNITURE_REASON)


@given(st.sampled_from(sorted(by_type.ADAPTERS)), st.integers(0, 6))
def test_a_type_turns_only_leftovers_into_body(page_type: str, posts: int) -> None:
    """Whatever the type, its rule turns leftovers into body and never a block a detector read as
    furniture by its text (share rows, copyright lines); what it takes out of the body it takes
    for one of its own named reasons."""
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
        if block.reason in _TAKEN_OUT:
            continue
        if label is Label.BODY or (label is not None and block.label is not Label.BODY):
            assert (block.label, block.reason) == (label, reason)
        if block.label is not label:
            assert block.label is Label.BODY
            # leftovers, class words, and what body selection or a shape rule left out (a section
            # under a 'Read more' button, a documentation page's link rows, a service page's hero)
            assert reason.startswith(by_type.LEFTOVER_REASONS + by_type._MARKUP_OR_LEFTOVER
                                     + by_type.SERVICE_CLOSED_REASONS + by_type.DOC_EVIDENCE
                                     + tuple(by_type.HERO_HEAD_REASONS))


def _labelled(page: str, page_type: str) -> list[tuple[str, Label | None]]:
    """(text, label) of every block of ``page`` after the ``page_type`` rule."""
    from cleantext.cues import load as load_cues
    from cleantext.pipeline import run_all
    from cleantext.select.body import select_body
    from cleantext.segment.html import segment_html

    blocks = segment_html(page).blocks
    cues = load_cues()
    run_all(blocks, cues)
    select_body(blocks, cues)
    by_type.adapt_body(blocks, page_type, cues)
    return [(block.clean, block.label) for block in blocks]


def _as_service_and_article(page: str) -> tuple[dict[str, Label | None], dict[str, Label | None]]:
    """Each block's label of ``page`` read as a service page, and read as an article."""
    return dict(_labelled(page, "service")), dict(_labelled(page, "article"))


def test_replies_markup_calls_comments_are_posts_and_the_poster_box_is_not() -> None:
    replies = "".join(
        f'<li class="comment"><div class="author-info"><div>user{n}</div><div>Joined 2019</div></div>'
        f'<div class="comment-body"><p>{REPLY.format(n=n)}</p></div>'
        f'<div class="signature">My rig: a very old computer that still runs</div></li>'
        for n in range(3)
    )
    page = (f"<html><body><h1>Driver broken</h1><article><p>{REPLY.format(n=9)} {REPLY.format(n=8)}</p></article>"
            f"<ul class='comments'>{replies}</ul></body></html>")
    labels = dict(_labelled(page, "forum"))
    assert all(labels[REPLY.format(n=n)] is Label.BODY for n in range(3))
    assert labels["Joined 2019"] is not Label.BODY
    assert labels["My rig: a very old computer that still runs"] is not Label.BODY


@given(st.integers(1, 4))
def test_a_quote_of_an_earlier_post_is_in_the_body_once(quotes: int) -> None:
    posts = f'<div class="topic-post"><div class="cooked"><p>{REPLY.format(n=0)}</p></div></div>' + "".join(
        f'<div class="topic-post"><div class="cooked"><blockquote><p>{REPLY.format(n=0)}</p></blockquote>'
        f'<p>{REPLY.format(n=n + 1)}</p></div></div>' for n in range(quotes)
    )
    page = f"<html><body><h1>Driver broken</h1><div class='posts'>{posts}</div></body></html>"
    kept = [text for text, label in _labelled(page, "forum") if label is Label.BODY]
    assert kept.count(REPLY.format(n=0)) == 1
    assert all(REPLY.format(n=n + 1) in kept for n in range(quotes))


@given(st.integers(1, 4))
def test_replies_under_a_comments_header_are_posts_and_their_controls_are_not(answers: int) -> None:
    # A Q&A page: the answers follow an 'N Comments' header in elements no class word calls comments.
    items = "".join(
        f'<div class="answer"><div class="cell"><p>{REPLY.format(n=n)}</p><pre><code>print({n})</code></pre>'
        f'<p>Worked for me {n}.</p></div><div class="controls">Edit Follow</div></div>' for n in range(answers))
    page = (f"<html><body><h1>Driver broken</h1><div class='question'><p>{REPLY.format(n=9)} {REPLY.format(n=8)}</p>"
            f"</div><h2>{answers} Comments</h2><div id='answers'>{items}<p>You must be logged in to post a comment.</p>"
            f"</div><aside><p>{TEASER}</p></aside></body></html>")
    labels = dict(_labelled(page, "forum"))
    for n in range(answers):
        assert labels[REPLY.format(n=n)] is labels[f"print({n})"] is labels[f"Worked for me {n}."] is Label.BODY
    assert all(labels[line] is not Label.BODY for line in ("Edit Follow", "You must be logged in to post a comment.", TEASER))


TEASER = "Our review of the new headphones: the best noise cancelling we have heard this year, and cheap."


DESCRIPTION = ("A light jacket of waxed cotton with a corduroy collar, two patch pockets and a lining of "
               "checked flannel; it keeps the rain out and wears in over the years.")
WARM = DESCRIPTION.replace("light", "warm")


def _jacket(between: str = "", closing: str = "", after: str = "") -> str:
    """A product page: its name, a description of two paragraphs (``between`` them and ``closing``
    it inside the description), and ``after`` the description inside <main>."""
    return ("<html><body><main><h1>Field Jacket</h1>"
            f"<div class='description'><p>{DESCRIPTION}</p>{between}<p>{WARM}</p>{closing}</div>{after}"
            "</main></body></html>")


def test_a_products_order_form_and_carousel_are_not_its_body() -> None:
    page = _jacket(after="<div class='product-form'><label>Choose your size and colour before you order</label></div>"
                   "<div class='carousel'><p>Other customers also bought the waxed cotton hat this season</p></div>")
    labels = dict(_labelled(page, "product"))
    assert labels[DESCRIPTION] is Label.BODY
    assert labels["Choose your size and colour before you order"] is not Label.BODY
    assert labels["Other customers also bought the waxed cotton hat this season"] is not Label.BODY


def test_a_form_around_the_whole_product_is_its_wrapper_not_furniture() -> None:
    page = ("<html><body><form class='product-form'><h1>Field Jacket</h1>"
            f"<p>{DESCRIPTION}</p><p>{WARM}</p></form></body></html>")
    labels = dict(_labelled(page, "product"))
    assert labels[DESCRIPTION] is Label.BODY


REVIEW = ("I bought this jacket for a walking holiday in the hills and it kept me dry for a whole week of "
          "rain; the collar is soft and the pockets are deep enough for a map. Review {n}.")


def test_a_products_reviews_and_small_print_are_not_its_body_however_long() -> None:
    reviews = "".join(f"<div class='review-item'><p>{REVIEW.format(n=n)}</p></div>" for n in range(6))
    page = _jacket(after=f"<section class='product-reviews'><h2>Customer reviews</h2>{reviews}</section>"
                   "<div class='disclaimer'><p>Prices include taxes where the law requires it and may change without "
                   "notice.</p></div>")
    labels = dict(_labelled(page, "product"))
    assert labels[DESCRIPTION] is Label.BODY
    assert all(labels[REVIEW.format(n=n)] is Label.COMMENTS for n in range(6))
    assert labels["Prices include taxes where the law requires it and may change without notice."] is Label.COPYRIGHT


def test_a_products_name_is_in_its_body_and_its_title() -> None:
    name = "The Field Jacket in waxed cotton"
    paragraphs = "".join(f"<p>{DESCRIPTION} Note {n}.</p>" for n in range(5))
    page = ("<html><body><nav><a href='/'>Shop</a> <a href='/men'>Men</a></nav><main>"
            f"<h1>{name}</h1><div class='description'>{paragraphs}</div></main></body></html>")
    assert dict(_labelled(page, "product"))[name] is Label.BODY
    assert dict(_labelled(page, "article"))[name] is Label.TITLE


@given(st.lists(st.uuids(), min_size=3, max_size=12))
def test_a_run_of_identifiers_in_a_products_body_is_not_text(ids: list) -> None:
    junk = "".join(str(uid) for uid in ids)
    page = _jacket(between=f"<div>{junk}</div>",
                   closing="<p>Model numbers: FJ2024X1, FJ2024X2, FJ2024X3, FJ2024X4, FJ2024X5, FJ2024X6, FJ2024X7, "
                           "FJ2024X8, FJ2024X9, FJ2024X10</p>")
    labels = dict(_labelled(page, "product"))
    assert labels[DESCRIPTION] is Label.BODY
    assert labels[junk] is not Label.BODY
    assert labels["Model numbers: FJ2024X1, FJ2024X2, FJ2024X3, FJ2024X4, FJ2024X5, FJ2024X6, FJ2024X7, "
                  "FJ2024X8, FJ2024X9, FJ2024X10"] is Label.BODY


CARE = ("Care: wash the jacket by hand in cold water, let it dry flat away from the sun, and wax it again "
        "once a year to keep it waterproof.")


@given(st.integers(min_value=8, max_value=16))
def test_a_products_paragraph_outside_its_description_is_its_body_and_a_short_line_is_not(links: int) -> None:
    """A product page whose description reads as an article of its own: a paragraph of another
    section (care, materials) joins it, across a run of links; a short line there stays out."""
    paragraphs = "".join(f"<p>{DESCRIPTION} Note {n}.</p>" for n in range(5))
    menu = "".join(f"<li><a href='/c/{n}'>Category {n}</a></li>" for n in range(links))
    page = ("<html><body><main><h1>The Field Jacket in waxed cotton</h1>"
            f"<div class='description'>{paragraphs}</div><ul class='links'>{menu}</ul>"
            f"<div class='details'><p>{CARE}</p><p>Short line.</p></div></main></body></html>")
    labels = dict(_labelled(page, "product"))
    assert labels[CARE] is Label.BODY
    assert labels["Short line."] is not Label.BODY
    assert dict(_labelled(page, "article"))[CARE] is not Label.BODY


def test_a_review_word_around_the_products_name_is_the_pages_wrapper() -> None:
    page = ("<html><body><div class='reviews-enabled'><h1>Field Jacket</h1>"
            f"<p>{DESCRIPTION}</p><p>{WARM}</p></div></body></html>")
    assert dict(_labelled(page, "product"))[DESCRIPTION] is Label.BODY


def test_a_listings_linked_cards_are_its_items_and_its_menu_is_not() -> None:
    cards = "".join(
        f"<div class='card'><a href='/course/{n}'><h3>Certificate program number {n} in engineering</h3>"
        f"<p>Learn the methods of modern engineering leadership in a course of twelve weeks, number {n}.</p></a></div>"
        for n in range(5)
    )
    menu = "".join(f"<li><a href='/m/{n}'>Menu {n}</a></li>" for n in range(8))
    page = f"<html><body><ul class='top'>{menu}</ul><h1>Programs</h1><div class='grid'>{cards}</div></body></html>"
    labels = _labelled(page, "listing")
    kept = [text for text, label in labels if label is Label.BODY]
    assert all(f"Certificate program number {n} in engineering" in kept for n in range(5))
    assert not any(text.startswith("Menu") for text in kept)


@given(st.integers(3, 8), st.integers(6, 12))
def test_main_items_are_never_a_menu(entries: int, cards: int) -> None:
    """The group chosen holds more than a word or two an item, whatever the menu's length."""
    from cleantext.detectors import records
    from cleantext.segment.html import segment_html

    menu = "".join(f"<li><a href='/m/{n}'>Menu {n}</a></li>" for n in range(entries))
    grid = "".join(f"<div class='card'><h3>Item {n}</h3><p>A short description of item number {n} for sale.</p></div>"
                   for n in range(cards))
    blocks = segment_html(f"<html><body><ul>{menu}</ul><div class='grid'>{grid}</div></body></html>").blocks
    items = by_type.main_items(blocks, records.sibling_groups(blocks))
    assert items and all(not blocks[i].clean.startswith("Menu") for item in items for i in item)


FEATURE = ("Our engineers plan, build and run your data platform, and they stay with your team for as "
           "long as you need them, from the first workshop to the day you take it over yourself.")


def test_a_service_pages_other_sections_join_the_one_that_reads_as_an_article() -> None:
    story = " ".join(FEATURE.replace("data", f"data {n}") for n in range(6))
    cases = "".join(f"<li><a href='/case/{n}'>Case study {n}</a></li>" for n in range(12))
    page = ("<html><body><section class='intro'><h1>Data engineering</h1>"
            f"<p>{story}</p><p>{story.replace('engineers', 'analysts')}</p></section><ul>{cases}</ul>"
            "<div class='pricing'><h2>Pricing that grows with your team</h2>"
            "<div>Three plans, each with a named engineer and a monthly review of your platform.</div>"
            "<div>Buy</div></div></body></html>")
    labels = dict(_labelled(page, "service"))
    assert labels[story] is Label.BODY and labels["Case study 3"] is not Label.BODY
    assert labels["Three plans, each with a named engineer and a monthly review of your platform."] is Label.BODY
    assert labels["Pricing that grows with your team"] is Label.BODY
    assert labels["Buy"] is not Label.BODY


PAY = "Automatically calculate complex pay rates, including overtime, night shifts and holiday premiums, for every worker."
STORY = " ".join(FEATURE.replace("data", f"data {n}") for n in range(3))


@given(st.integers(1, 4))
def test_a_service_pages_sections_under_a_read_more_button_join_its_body(sections: int) -> None:
    """A 'Read more' button closes a section of a service page, not an article: the sections
    under it are the page's (an article page keeps them out)."""
    more = "".join(f"<section class='features'><h2>Feature number {n}</h2><p>{PAY} Plan {n}.</p></section>"
                   for n in range(sections))
    page = ("<html><body><section class='intro'><h1>Payroll for hourly teams</h1>"
            f"<p>{STORY}</p><p>{STORY.replace('engineers', 'analysts')}</p>"
            f"<a class='button' href='/more'>Read more</a></section>{more}</body></html>")
    service, article = _as_service_and_article(page)
    for n in range(sections):
        assert service[f"{PAY} Plan {n}."] is Label.BODY and service[f"Feature number {n}"] is Label.BODY
        assert article[f"{PAY} Plan {n}."] is not Label.BODY
    assert service["Read more"] is not Label.BODY


_SITE_NOTICE = "Free shipping on all orders over fifty dollars this week only, while stocks last."


def _banner_page(layout: str, boxes: int) -> str:
    """A service page of 'banner' boxes (a heading over a paragraph) under a site-wide banner notice:
    inside <main>, or (no <main>) inside the element holding the region that reads as an article."""
    if layout == "main":
        sections = "".join(f"<div class='banner layer'><h2>Why choose us {n}</h2><p>{PAY} Box {n}.</p></div>"
                           for n in range(boxes))
        content = (f"<main><div class='banner'><h1>Short-term fitness rentals</h1><p>{STORY}</p></div>"
                   f"{sections}</main>")
    else:
        sections = "".join(f"<div class='cta-banner'><h3>Why choose us {n}</h3><p>{PAY} Box {n}.</p></div>"
                           for n in range(boxes))
        content = (f"<div class='grid'><div class='text'><h1>Short-term fitness rentals</h1><p>{STORY}</p></div>"
                   f"{sections}<div class='text'><p>{STORY.replace('engineers', 'trainers')}</p></div></div>")
    return f"<html><body><div class='top-banner'><p>{_SITE_NOTICE}</p></div>{content}</body></html>"


@given(st.sampled_from(["main", "article element"]), st.integers(1, 4))
def test_a_service_pages_banner_sections_are_its_body_and_a_site_banner_is_not(layout: str, boxes: int) -> None:
    """Page builders call a service page's hero and boxed sections 'banner': inside <main>, or
    without a <main> inside the element holding the region that reads as an article, they are its
    content; a banner outside (a site-wide notice) stays out, and an article page keeps them out."""
    service, article = _as_service_and_article(_banner_page(layout, boxes))
    for n in range(boxes):
        assert service[f"{PAY} Box {n}."] is Label.BODY and service[f"Why choose us {n}"] is Label.BODY
        assert article[f"{PAY} Box {n}."] is Label.BANNER
    assert service[_SITE_NOTICE] is Label.BANNER


@given(st.sampled_from(["Data services", "New", "Trusted by 4,000 teams"]), st.integers(0, 2))
def test_a_service_pages_headline_and_the_lines_around_it_are_its_hero(label: str, decks: int) -> None:
    """On a service page the head zone (the label above the headline, the headline, the deck lines
    under it) is the hero section, so the body holds it; an article keeps it out of the body."""
    deck = "".join(f"<p>Ship your platform in {n + 2} weeks</p>" for n in range(decks))
    page = (f"<html><body><section class='hero'><p>{label}</p><h1>Data engineering for growing teams</h1>"
            f"{deck}</section><section><p>{STORY}</p><p>{STORY.replace('engineers', 'analysts')}</p>"
            "</section></body></html>")
    service, article = _as_service_and_article(page)
    hero = [label, "Data engineering for growing teams", *(f"Ship your platform in {n + 2} weeks" for n in range(decks))]
    assert all(service[line] is Label.BODY for line in hero)
    assert all(article[line] is not Label.BODY for line in hero)


@given(st.integers(3, 6))
def test_a_service_pages_listed_entries_with_their_own_words_join_and_teaser_headlines_do_not(entries: int) -> None:
    """In a service page's <main>, a record list's entries that are a link and words of their own
    (a partner with its phone number) are a section of the page; a list of teaser headlines (all
    link) stays out, and on an article page both do."""
    partners = "".join(f"<li><a href='/p/{n}'>Partner organisation number {n}</a> (512) 993-82{n}0</li>" for n in range(entries))
    teasers = "".join(f"<li><a href='/blog/{n}'>How our customer number {n} doubled their business in a year</a></li>"
                      for n in range(entries))
    page = (f"<html><body><main><h1>Home repair help</h1><p>{STORY}</p><p>{STORY.replace('engineers', 'analysts')}</p>"
            f"<h2>Partners</h2><ul>{partners}</ul><h2>From the blog</h2><ul>{teasers}</ul></main></body></html>")
    service, article = _as_service_and_article(page)
    for n in range(entries):
        partner = f"Partner organisation number {n} (512) 993-82{n}0"
        assert service[partner] is Label.BODY and article[partner] is not Label.BODY
        assert service[f"How our customer number {n} doubled their business in a year"] is not Label.BODY


@given(st.integers(1, 4), st.booleans())
def test_a_service_pages_form_is_not_its_body_and_a_form_around_the_page_is(fields: int, wrapped: bool) -> None:
    """A contact or quote form beside a service page's sections (its fields, its consent line) is
    not a section of the page; a form around the whole page (ASP.NET) is the page's wrapper."""
    inputs = "".join(f"<div class='field'><label>Your answer to question {n}</label><input name='q{n}'></div>"
                     for n in range(fields))
    consent = "By checking this box you confirm that you have read and understood our privacy policy."
    quote = f"<form><h3>Get a free quote</h3>{inputs}<p>{consent}</p></form>"
    inner = (f"<main><h1>Payroll for hourly teams</h1><p>{STORY}</p><p>{STORY.replace('engineers', 'analysts')}</p>"
             f"<section><h2>Feature number one</h2><p>{PAY}</p></section>{quote}</main>")
    page = f"<html><body>{'<form>' + inner + '</form>' if wrapped else inner}</body></html>"
    labels = dict(_labelled(page, "service"))
    assert labels[PAY] is Label.BODY
    assert (labels[consent] is Label.BODY) is wrapped
    assert wrapped or all(labels[f"Your answer to question {n}"] is not Label.BODY for n in range(fields))


@given(st.integers(3, 6), st.booleans())
def test_a_service_pages_faq_answers_under_linked_questions_join_its_body(questions: int, main: bool) -> None:
    """A service page's FAQ whose questions are links (accordion toggles) is a record list; its
    answers are sections of the page, in a <main> or not; an article page keeps them out."""
    faq = "".join(f"<div class='item'><h3><a href='#q{n}'>How long does setting up payroll number {n} take?</a></h3>"
                  f"<p>{PAY} Answer {n}.</p></div>" for n in range(questions))
    inner = f"<h1>Payroll for hourly teams</h1><p>{STORY}</p><p>{STORY.replace('engineers', 'analysts')}</p>"
    page = (f"<html><body>{'<main>' + inner + '</main>' if main else inner}"
            f"<section class='faq'><h2>Questions</h2>{faq}</section></body></html>")
    service, article = _as_service_and_article(page)
    for n in range(questions):
        assert service[f"{PAY} Answer {n}."] is Label.BODY and article[f"{PAY} Answer {n}."] is not Label.BODY


@given(st.integers(0, 5), st.integers(1, 5), st.sampled_from(["copyright", "related", "comments"]))
def test_what_a_closer_above_the_body_claimed_is_a_leftover(before: int, after: int, family: str) -> None:
    """A closer above the body's first block (a 'Privacy Policy' link in the header's menu) closes
    nothing the content follows: the blocks it claimed after the body are leftovers; those under a
    closer after the body keep its family."""
    path = [("body", 0), ("div", 1), ("p", 2)]
    closer = before  # its index; lines are index + 1
    blocks = [_block(i, f"Menu entry {i}", path, Label.NAV, "outside the article region") for i in range(before)]
    blocks.append(_block(closer, "Privacy Policy", path, Label.COPYRIGHT, "copyright or footer line"))
    blocks.append(_block(closer + 1, FEATURE, path, Label.BODY, "good paragraph in the article region"))
    late = closer + 2
    blocks.append(_block(late, "© 2025 Example Inc.", path, Label.COPYRIGHT, "copyright or footer line"))
    stale = [_block(late + 1 + n, f"{PAY} Section {n}.", path, Label(family), f"under the {family} block at line {closer + 1}")
             for n in range(after)]
    kept = _block(late + 1 + after, "All rights reserved.", path, Label.COPYRIGHT, f"under the copyright block at line {late + 1}")
    blocks += [*stale, kept]
    by_type.free_stale_closers(blocks)
    assert all(block.label is Label.NAV and block.reason in by_type.LEFTOVER_REASONS for block in stale)
    assert kept.label is Label.COPYRIGHT and kept.reason.startswith("under the copyright block")


@given(st.integers(3, 6))
def test_a_service_pages_card_titles_join_their_text_and_a_lone_short_line_does_not(cards: int) -> None:
    """On a service page that reads as an article, a card's short lines (a feature's name, a
    plan's price) join its text in the body; a short line in no card with body (a button) does not.
    (The cards stand before the region that reads as the article, so they are leftovers.)"""
    grid = "".join(f"<div class='card'><div class='name'>Feature {n}</div><p>{PAY} Card {n}.</p></div>"
                   for n in range(cards))
    page = (f"<html><body><div class='grid'>{grid}</div><section class='intro'><h1>Payroll for hourly teams</h1>"
            f"<p>{STORY}</p><p>{STORY.replace('engineers', 'analysts')}</p></section>"
            "<div class='cta'><div>Book a call</div></div></body></html>")
    service = dict(_labelled(page, "service"))
    for n in range(cards):
        assert service[f"{PAY} Card {n}."] is Label.BODY and service[f"Feature {n}"] is Label.BODY
    assert service["Book a call"] is not Label.BODY


@given(st.lists(st.sampled_from(["Book", "now", "*", "Free", "trial", "->"]), min_size=1, max_size=by_type.TICKER_MAX_PERIOD),
       st.integers(by_type.TICKER_MIN_REPEATS + 2, 12), st.integers(0, by_type.TICKER_MAX_PERIOD))
def test_a_phrase_repeated_along_a_line_is_a_ticker(phrase: list, repeats: int, cut: int) -> None:
    """A phrase repeated along a line is a ticker, wherever the line starts and ends in it; a
    sentence is not, nor are a few repeated words."""
    words, cut = phrase * repeats, cut % len(phrase)
    assert by_type.is_ticker(" ".join(words[cut:len(words) - cut]))
    assert not by_type.is_ticker(FEATURE) and not by_type.is_ticker(PAY)
    assert not by_type.is_ticker("Yes Yes Yes")


def test_a_ticker_on_a_service_page_is_not_its_body() -> None:
    ticker = " ".join(["Book now *"] * 30)
    page = (f"<html><body><main><h1>Payroll for hourly teams</h1><p>{STORY}</p><p>{PAY}</p>"
            f"<div class='marquee'><div>{ticker}</div></div></main></body></html>")
    service = dict(_labelled(page, "service"))
    assert service[PAY] is Label.BODY and service[ticker] is not Label.BODY


OVERVIEW = ("The socket object provides the interface for creating and managing a connection to a server, "
            "as well as for sending and receiving data on that connection, one message at a time.")


def _reference(rows: int, trailing: int) -> str:
    """A reference page: a menu, then <main> with an overview, its own table of contents in an
    <aside>, the API's linked rows, and a list of links after them."""
    menu = "".join(f"<li><a href='/m/{n}'>Menu entry {n}</a></li>" for n in range(5))
    toc = "".join(f"<li><a href='#s{n}'>Section {n}</a></li>" for n in range(5))
    dl = "".join(f"<dt><a href='/api/{n}'>Socket.property{n}</a></dt><dd><p>The state number {n} of the "
                 "connection.</p></dd>" for n in range(rows))
    links = "".join(f"<li><a href='/guide/{n}'>Writing socket client applications, part {n}</a></li>" for n in range(trailing))
    return (f"<html><body><nav><ul>{menu}</ul></nav><main><h1>Socket</h1><p>{OVERVIEW}</p>"
            f"<p>{OVERVIEW.replace('server', 'host')}</p><aside><nav><ul>{toc}</ul></nav></aside>"
            f"<section><h2>Instance properties</h2><dl>{dl}</dl></section><ul>{links}</ul></main></body></html>")


@given(st.integers(2, 6), st.integers(0, 4))
def test_a_documentation_pages_api_rows_and_links_in_its_main_are_its_body(rows: int, trailing: int) -> None:
    """A documentation page's linked API rows and the links after them in its <main> are its
    text; the menu and the page's table of contents (an <aside> in <main>) are not."""
    doc, article = dict(_labelled(_reference(rows, trailing), "documentation")), dict(_labelled(_reference(rows, trailing), "article"))
    for n in range(rows):
        assert doc[f"Socket.property{n}"] is Label.BODY and article[f"Socket.property{n}"] is not Label.BODY
    for n in range(trailing):
        assert doc[f"Writing socket client applications, part {n}"] is Label.BODY
    assert all(doc[f"Menu entry {n}"] is not Label.BODY and doc[f"Section {n}"] is not Label.BODY for n in range(5))


@given(st.integers(3, 8))
def test_a_chapters_contents_between_its_paragraphs_are_its_body(entries: int) -> None:
    """A documentation page's list of linked sections between its paragraphs (a chapter's
    contents) is its text, with no <main> around it."""
    contents = "".join(f"<li><a href='/ch11/{n}'>11.{n}. Index type number {n}</a></li>" for n in range(entries))
    page = (f"<html><body><div class='chapter'><h1>Chapter 11. Indexes</h1><p>{OVERVIEW}</p>"
            f"<ul class='toc'>{contents}</ul><p>{OVERVIEW.replace('server', 'database')}</p></div></body></html>")
    doc, article = dict(_labelled(page, "documentation")), dict(_labelled(page, "article"))
    for n in range(entries):
        assert doc[f"11.{n}. Index type number {n}"] is Label.BODY
        assert article[f"11.{n}. Index type number {n}"] is not Label.BODY


METHOD = "Closes the connection once every queued message has been sent, and tells the server why, as method {n}."


@given(st.integers(1, 4))
def test_a_documentation_pages_sections_under_a_read_more_link_are_its_body(methods: int) -> None:
    """A 'Read more' link in a documentation page's <main> closes no article: the headings of the
    sections under it are its text; the site's footer is not. (An article page keeps such a heading
    exactly when it keeps the paragraph under it: a section after a box does not close the article.)"""
    sections = "".join(f"<h2>Method number {n}</h2><p>{METHOD.format(n=n)}</p>" for n in range(methods))
    page = (f"<html><body><main><h1>Socket</h1><p>{OVERVIEW}</p><p>{OVERVIEW.replace('server', 'host')}</p>"
            f"<p><a href='/guide'>Read more</a></p>{sections}</main>"
            "<footer><p>Footer text of the whole site, with its address and phone.</p></footer></body></html>")
    doc, article = dict(_labelled(page, "documentation")), dict(_labelled(page, "article"))
    for n in range(methods):
        assert doc[f"Method number {n}"] is Label.BODY
        assert (article[f"Method number {n}"] is Label.BODY) is (article[METHOD.format(n=n)] is Label.BODY)
    assert doc["Footer text of the whole site, with its address and phone."] is not Label.BODY


def test_a_one_line_reply_in_the_threads_group_is_a_post() -> None:
    posts = "".join(
        f'<div class="message message--user"><div class="message-body"><p>{REPLY.format(n=n)}</p></div></div>'
        for n in range(3)
    ) + '<div class="message message--user"><div class="message-body"><p>Same here, thanks!</p></div></div>'
    page = f"<html><body><h1>Driver broken</h1><div class='posts'>{posts}</div></body></html>"
    labels = dict(_labelled(page, "forum"))
    assert labels["Same here, thanks!"] is Label.BODY
    assert all(labels[REPLY.format(n=n)] is Label.BODY for n in range(3))


SHORT_ARTICLE_WITH_BOARD = (
    "<html><body><ul class='menu'><li><a href='/a'>News</a></li><li><a href='/b'>Sport</a></li></ul>"
    "<div class='article-body'><h1>Council votes on the housing plan</h1>"
    "<p>The council voted on the plan on Tuesday.</p><p>Residents were split over the decision.</p></div>"
    "<table class='board'><tr><th>No</th><th>Title</th><th>Date</th></tr>"
    + "".join(f"<tr><td>{n}</td><td><a href='/bbs/{n}'>Housing plan thread number {n} opens</a></td><td>2025.01.0{n}</td></tr>"
              for n in range(1, 6))
    + "</table></body></html>"
)


def test_a_short_article_under_its_headline_keeps_the_board_out() -> None:
    """Two sentences under the page's headline are an article of its own: the board under it is
    furniture whatever type the page's shapes suggest (as on the seeds)."""
    doc = cleantext.clean_html(SHORT_ARTICLE_WITH_BOARD)
    assert "Residents were split" in doc.body
    assert "thread number" not in doc.body


def _cards(count: int, author_class: str = "author") -> str:
    return "".join(
        f"<div class='card'><h3><a href='/story/{n}'>Story number {n} about the river crossing</a></h3>"
        f"<div class='{author_class}'>Writer {n}</div>"
        f"<p>A summary of story {n}: the crossing, the boats and the people who waited for them.</p></div>"
        for n in range(count)
    )


@given(st.integers(3, 8))
def test_a_listings_item_fields_that_class_words_named_are_its_items(cards: int) -> None:
    """An author line of every card (class word 'author') is a field of the item, not a byline
    of the page, once the cards are the body."""
    page = f"<html><body><h1>Stories</h1><div class='grid'>{_cards(cards)}</div></body></html>"
    kept = [text for text, label in _labelled(page, "listing") if label is Label.BODY]
    assert all(f"Writer {n}" in kept for n in range(cards))


def test_an_item_field_outside_a_list_of_body_items_stays_out() -> None:
    """The fields rule completes items the body already holds; a lone byline stays a byline."""
    page = ("<html><body><h1>Stories</h1><div class='author'>Editor of the page</div>"
            f"<div class='grid'>{_cards(4)}</div></body></html>")
    labels = dict(_labelled(page, "listing"))
    assert labels["Editor of the page"] is not Label.BODY


@given(st.integers(3, 8))
def test_short_linked_entries_of_a_group_are_items_and_a_link_to_the_page_is_not(entries: int) -> None:
    """Entries whose text is all a link (two-word titles, no headline length) are a listing's items
    when siblings of one shape hold them; a link repeating the page's headline is not."""
    rows = "".join(f"<div class='entry'><div><a href='/e/{n}'>Entry {n}</a></div><div>Open daily from nine to five, number {n}.</div></div>"
                   for n in range(entries))
    page = (f"<html><body><h1>Opening hours of the museums</h1><p>Every museum of the city.</p><div class='list'>{rows}</div>"
            "<div><a href='/self'>Opening hours of the museums</a></div></body></html>")
    labels = _labelled(page, "listing")
    kept = [text for text, label in labels if label is Label.BODY]
    assert all(f"Entry {n}" in kept for n in range(entries))
    assert "Opening hours of the museums" not in kept


def _ranking(entries: int) -> str:
    rows = "".join(
        f"<div class='entry'><h3><a href='/book/{n}'>Book number {n} of the great northern voyages</a></h3>"
        f"<div class='meta'>by Author {n}, rated 4.{n % 10} by readers of the list</div>"
        f"<p>A voyage across the ice, told by the crew of ship {n} in letters home.</p></div>"
        for n in range(entries)
    )
    return ("<html><body><h1>The best voyage books ever</h1>"
            "<p>The best voyage books, as voted on by the readers of this site.</p>"
            "<p>A book's score is based on how many readers voted for it and how highly.</p>"
            f"<div class='list'>{rows}</div></body></html>")


@given(st.integers(12, 20))
def test_a_listings_items_that_dwarf_its_intro_are_its_body(entries: int) -> None:
    """Two sentences under the headline read as an article of its own, but a listing's entries
    holding many times their text are the page's content, the sentences its intro."""
    page = _ranking(entries)
    blocks = _labelled(page, "listing")
    kept = [text for text, label in blocks if label is Label.BODY]
    assert all(any(f"Book number {n} of" in text for text in kept) for n in range(entries))
    assert any("as voted on by the readers" in text for text in kept)


def _results_page(results: int) -> str:
    cards = "".join(
        f"<div class='entry'><a href='/p/{n}'><div class='title'>Trail shoe model {n} with a grippy sole</div>"
        f"<div class='price'>${100 + n}.95</div></a><div class='spec'>Wide fit, stiff sole</div></div>"
        for n in range(results)
    )
    filters = "".join(f"<li><a href='?size={n}'>Refine by size {n}</a></li>" for n in range(6))
    return ("<html><body><form class='site-search'><input name='q'></form><h1>Trail shoes</h1>"
            f"<div class='search'><div class='search-refinements'><ul>{filters}</ul></div>"
            f"<div class='grid'>{cards}</div></div><footer><p>{ABOUT_STORE}</p></footer></body></html>")


# The page's footer holds more prose than the results (the results' region is no page wrapper).
ABOUT_STORE = ("Our store has sold running shoes since 1983, from a small shop by the harbour to a warehouse "
               "that ships to every town in the country, and every pair is checked by hand before it leaves. "
               "Returns are free within sixty days, and our fitters answer questions by phone on weekdays.")


@given(st.integers(4, 10))
def test_a_listings_results_under_a_search_class_are_its_items_and_its_filters_are_not(results: int) -> None:
    """Class word 'search' on the results' region is no furniture of a listing: its results are
    the items; the filters beside them (class word 'refinements') stay out."""
    labels = _labelled(_results_page(results), "collection")
    kept = [text for text, label in labels if label is Label.BODY]
    assert all(any(f"Trail shoe model {n} with" in text for text in kept) for n in range(results))
    assert not any("Refine by size" in text for text in kept)


@given(st.integers(3, 8))
def test_a_listings_card_images_stay_out_of_its_items(cards: int) -> None:
    """An item's image gives its alt text, which repeats the item's title: the title is the item's,
    the alt text is not, on a listing as in the record lists the sweep takes."""
    entries = "".join(
        f"<div class='card'><a href='/app/{n}'><img src='/i/{n}.png' alt='Logo of app {n}'></a>"
        f"<h3><a href='/app/{n}'>App number {n} that cleans up your music library</a></h3>"
        f"<div>Music and audio, launched today by team {n}</div></div>"
        for n in range(cards)
    )
    page = (f"<html><body><h1>Apps launching today</h1><div class='feed'>{entries}</div>"
            f"<footer><p>{ABOUT_STORE}</p><p>{ABOUT_STORE}</p></footer></body></html>")
    kept = [text for text, label in _labelled(page, "listing") if label is Label.BODY]
    assert all(f"App number {n} that cleans up your music library" in kept for n in range(cards))
    assert not any(text.startswith("Logo of app") for text in kept)


@given(st.integers(4, 10), st.sampled_from(["listing", "collection"]))
def test_a_listings_filters_and_sorting_are_not_its_items(results: int, page_type: str) -> None:
    """What class words call filters or sorting is no item of a listing, however the body took it
    (the wcxb definition: the items, without filters, sorting and pagination)."""
    cards = "".join(
        f"<div class='card'><h3><a href='/p/{n}'>Road bike model {n} with a carbon frame</a></h3>"
        f"<div>Carbon frame, size {n}, three colours</div><div>${1200 + n}.00</div></div>"
        for n in range(results)
    )
    filters = ("<div class='filter-panel'><div>Filter and sort</div><div>Price: low to high</div>"
               "<div>Frame size</div></div>")
    page = f"<html><body><h1>Road bikes</h1><main><div class='grid'>{cards}</div>{filters}</main></body></html>"
    kept = [text for text, label in _labelled(page, page_type) if label is Label.BODY]
    assert all(any(f"Road bike model {n} with" in text for text in kept) for n in range(results))
    assert not any(text in ("Filter and sort", "Price: low to high", "Frame size") for text in kept)


@given(st.integers(3, 8), st.sampled_from(["Add to cart", "Compare", "Rate this book", "Quick view"]))
def test_a_control_every_item_carries_is_not_the_listings_body_and_a_repeated_field_is(cards: int, control: str) -> None:
    """A short line that recurs in most items is a control when it reads as one (an action's word
    first); a repeated field of the items ('Full-Time') stays theirs."""
    grid = "".join(
        f"<div class='card'><h3><a href='/p/{n}'>Waterproof hiking boot model {n}</a></h3>"
        f"<p>A light boot for long walks on wet ground, with a sole that grips, model {n}.</p>"
        f"<p>Full-Time</p><div><span>{control}</span></div></div>"
        for n in range(cards)
    )
    page = f"<html><body><h1>Boots</h1><div class='grid'>{grid}</div></body></html>"
    labels = _labelled(page, "collection")
    kept = [text for text, label in labels if label is Label.BODY]
    assert all(f"Waterproof hiking boot model {n}" in kept for n in range(cards))
    assert kept.count("Full-Time") == cards
    assert control not in kept


@given(st.integers(3, 8), st.booleans())
def test_a_form_beside_a_listings_items_is_not_its_body_and_a_form_around_the_page_is(cards: int, wrapped: bool) -> None:
    """A sign-up form beside the items is the site's; a form around the whole page (ASP.NET) is
    the page's wrapper and keeps its items."""
    grid = "".join(
        f"<div class='card'><h3><a href='/p/{n}'>Waterproof hiking boot model {n}</a></h3>"
        f"<p>A light boot for long walks on wet ground, with a sole that grips, model {n}.</p></div>"
        for n in range(cards)
    )
    signup = ("<form><h3>Join our list of walkers</h3><p>Get the season's new boots in your inbox first, every month.</p>"
              "<p>There was an error. Please try again.</p></form>")
    inner = f"<h1>Boots</h1><div class='grid'>{grid}</div>{signup}"
    page = f"<html><body>{'<form>' + inner + '</form>' if wrapped else inner}</body></html>"
    labels = _labelled(page, "collection")
    kept = [text for text, label in labels if label is Label.BODY]
    assert all(f"A light boot for long walks on wet ground, with a sole that grips, model {n}." in kept
               for n in range(cards))
    if not wrapped:
        assert "Join our list of walkers" not in kept


@given(st.integers(3, 12), st.integers(1, 3), st.sampled_from(["nav", "navigation", "footer", "form"]))
def test_the_sites_navigation_footer_and_forms_leave_a_listings_body_unless_they_wrap_it(items: int, extra: int, word: str) -> None:
    """Body blocks under a navigation, footer or form word beside the items leave the body; the
    same word over most of the body is the listing's wrapper and keeps it."""
    def blocks(wrapped: bool) -> list[Block]:
        made = []
        for n in range(items + extra):
            block = _block(n, f"Entry number {n} of the list of boots", [("html", 1), ("body", 2), ("div", 3 + n)],
                           Label.BODY, "good paragraph in the article region")
            block.dom_tokens = frozenset({word}) if wrapped or n >= items else frozenset({"grid"})
            made.append(block)
        return made

    beside = blocks(wrapped=False)
    by_type._drop_filters(beside)
    assert [block.label for block in beside] == [Label.BODY] * items + [Label.NAV] * extra
    around = blocks(wrapped=True)
    by_type._drop_filters(around)
    assert all(block.label is Label.BODY for block in around)


def _shop_page(cards: int, intro_paragraphs: int) -> str:
    grid = "".join(
        f"<div class='card'><h3><a href='/p/{n}'>Silver hoop earrings model {n}</a></h3>"
        f"<div>Sterling silver</div><div>${120 + n}.00</div></div>"
        for n in range(cards)
    )
    intro = "".join(
        f"<p>Paragraph {k} of the guide: silver earrings suit every outfit, from a day at the office to an "
        f"evening out, and our designers have made them in many shapes and sizes for every taste.</p>"
        for k in range(intro_paragraphs)
    )
    return f"<html><body><h1>Silver earrings</h1><div class='grid'>{grid}</div><div class='seo'>{intro}</div></body></html>"


@given(st.integers(4, 10), st.integers(3, 4))
def test_a_collections_items_join_its_short_intro_that_reads_as_an_article(cards: int, paragraphs: int) -> None:
    """A few paragraphs beside a collection's grid read as an article of their own, but under
    ``INTRO_MAX_UNITS`` they are the items' intro: the items are the body with them."""
    kept = [text for text, label in _labelled(_shop_page(cards, paragraphs), "collection") if label is Label.BODY]
    assert all(f"Silver hoop earrings model {n}" in kept for n in range(cards))
    assert any(text.startswith("Paragraph 0 of the guide") for text in kept)


@given(st.integers(4, 8), st.integers(1, 2))
def test_a_collections_sidebar_beside_its_intro_and_items_is_not_its_body(cards: int, panels: int) -> None:
    """A collection whose short intro and items share a column: the panels of the sidebar column
    beside it (the cart, the shop's hours) are not sections of its content."""
    page = _shop_page(cards, 3)
    column = page[page.index("<h1>"):page.index("</body>")]
    sidebar = "".join(f"<div class='panel'><h3>Panel heading {n}</h3><div>Panel text number {n} of the shop</div></div>"
                      for n in range(panels))
    page = f"<html><body><div class='row'><div class='col-9'>{column}</div><div class='col-3'>{sidebar}</div></div></body></html>"
    labels = dict(_labelled(page, "collection"))
    assert all(labels[f"Silver hoop earrings model {n}"] is Label.BODY for n in range(cards))
    assert all(labels[f"Panel text number {n} of the shop"] is not Label.BODY for n in range(panels))
    assert all(labels[f"Panel heading {n}"] is not Label.BODY for n in range(panels))


def test_a_collections_long_guide_keeps_the_body_alone_when_its_items_do_not_dwarf_it() -> None:
    """A buying guide over ``INTRO_MAX_UNITS`` may be the page's content in its own right: items
    that do not dwarf it stay out, as before."""
    kept = [text for text, label in _labelled(_shop_page(4, 14), "collection") if label is Label.BODY]
    assert any(text.startswith("Paragraph 13 of the guide") for text in kept)
    assert "Silver hoop earrings model 0" not in kept


@given(st.integers(3, 8))
def test_a_listings_title_given_twice_in_one_item_is_in_its_body_once(cards: int) -> None:
    """A card's cover link and its heading give the same title: the listing's body holds it once
    per item, while a field every item repeats ('Remote') stays in each."""
    grid = "".join(
        f"<div class='card'><a href='/job/{n}'><div>Senior engineer for the payments team {n}</div></a>"
        f"<h3><a href='/job/{n}'>Senior engineer for the payments team {n}</a></h3>"
        f"<div>Remote</div><p>Build the systems that move money for shop number {n} and its customers.</p></div>"
        for n in range(cards)
    )
    page = f"<html><body><h1>Engineering jobs</h1><div class='grid'>{grid}</div></body></html>"
    kept = [text for text, label in _labelled(page, "listing") if label is Label.BODY]
    assert all(kept.count(f"Senior engineer for the payments team {n}") == 1 for n in range(cards))
    assert kept.count("Remote") == cards


@given(st.integers(4, 12))
def test_a_collections_thin_cards_a_name_and_a_price_are_its_items(cards: int) -> None:
    """A shop's card may hold no more than its linked name and a price: over ``_ITEM_MIN_UNITS``
    an item, such a grid is the collection's items (a menu's entries are a word or two)."""
    grid = "".join(
        f"<div class='card'><a href='/p/{n}'><img src='/i/{n}.jpg' alt='Desk drawer {n} hover image'></a>"
        f"<div><a href='/p/{n}'>Desk drawer {n}</a></div><p>${99 + n}+</p></div>"
        for n in range(cards)
    )
    menu = "".join(f"<li><a href='/m/{n}'>Menu {n}</a></li>" for n in range(6))
    page = (f"<html><body><ul class='menu'>{menu}</ul><h1>Accessories for standing desks</h1>"
            f"<div class='grid'>{grid}</div></body></html>")
    from cleantext.detectors import records
    from cleantext.segment.html import segment_html

    blocks = segment_html(page).blocks
    items = by_type.main_items(blocks, records.sibling_groups(blocks))
    assert len(items) == cards and all(not blocks[i].clean.startswith("Menu") for item in items for i in item)
    kept = [text for text, label in _labelled(page, "collection") if label is Label.BODY]
    assert all(f"Desk drawer {n}" in kept for n in range(cards))
    assert not any(text.startswith("Menu") for text in kept)


@given(st.integers(6, 12))
def test_a_cards_caption_markup_is_its_text_on_a_collection(cards: int) -> None:
    """Class word 'caption' on a card's text (Bootstrap's thumbnail caption) names the item's own
    words, not furniture: the cards are the collection's items."""
    grid = "".join(
        f"<div class='col'><div class='tile'><a href='/p/{n}'><img src='/i/{n}.jpg' alt='Projector {n}'></a>"
        f"<a href='/p/{n}' class='plbox'><div class='caption'><div class='name'>Laser projector model {n} with 5000 lumens</div>"
        f"<div>Manufacturer: Maker {n}</div><div>Price: ${4000 + n}.00</div></div></a></div></div>"
        for n in range(cards)
    )
    page = (f"<html><body><h1>Laser projectors</h1><div class='product-list'>{grid}</div></body></html>")
    kept = [text for text, label in _labelled(page, "collection") if label is Label.BODY]
    assert all(f"Laser projector model {n} with 5000 lumens" in kept for n in range(cards))


@given(st.integers(3, 8))
def test_a_chapters_contents_above_its_first_paragraph_are_its_body_with_their_header(entries: int) -> None:
    """A chapter's table of contents under its 'Table of Contents' line, right above the chapter's
    first paragraph in the chapter's element, opens a documentation page's text (header too); the
    menu and a list of teasers before the chapter, outside its element, do not."""
    menu = "".join(f"<li><a href='/m/{n}'>Menu entry {n}</a></li>" for n in range(5))
    teasers = "".join(f"<li><a href='/blog/{n}'>Blog post about index tuning, part {n}</a></li>" for n in range(4))
    text = "".join(f"<p>{OVERVIEW.replace('server', word)}</p>" for word in ("server", "database", "host", "peer"))
    contents = "".join(f"<dt><a href='/ch11/{n}'>11.{n}. Index type number {n}</a></dt>" for n in range(entries))
    page = (f"<html><body><nav><ul>{menu}</ul></nav>"
            f"<div class='box'><p>Index tuning notes</p><ul>{teasers}</ul></div><div class='chapter'><div class='toc'><p>Table of Contents</p><dl class='toc'>{contents}</dl></div>"
            f"{text}</div></body></html>")
    doc, article = dict(_labelled(page, "documentation")), dict(_labelled(page, "article"))
    assert doc["Table of Contents"] is Label.BODY and article["Table of Contents"] is not Label.BODY
    for n in range(entries):
        assert doc[f"11.{n}. Index type number {n}"] is Label.BODY
    assert all(doc[f"Menu entry {n}"] is not Label.BODY for n in range(5))
    assert all(doc[f"Blog post about index tuning, part {n}"] is not Label.BODY for n in range(4))


def _foot_page(above: int, closer: tuple[Label, str] | None) -> list[Block]:
    """Leftover prose sections (``above`` paragraphs of 20 words), a closer, then a region of ten
    paragraphs of 20 words: an FAQ or the small print under a 'Terms and Conditions' line."""
    top = [("html", 1), ("body", 2), ("main", 3)]
    blocks: list[Block] = []
    for n in range(above):
        blocks.append(_block(len(blocks), " ".join([f"offer{n}"] * 19) + " now.", [*top, ("p", 10 + n)],
                             Label.NAV, "outside the article region"))
    if closer is not None:
        blocks.append(_block(len(blocks), "Offers Terms and Conditions", [*top, ("h4", 99)], *closer))
    for n in range(10):
        blocks.append(_block(len(blocks), " ".join([f"term{n}"] * 19) + " apply.", [*top, ("p", 100 + n)],
                             Label.BODY, "good paragraph in the article region"))
    return blocks


@given(st.integers(0, 14), st.sampled_from([(Label.COPYRIGHT, "copyright or footer line"),
                                            (Label.RELATED, "related-articles header"), None]))
def test_a_region_under_a_closer_below_the_pages_sections_is_no_article_of_its_own(above: int, closer: tuple[Label, str] | None) -> None:
    """A region under a closer with half its text or more in leftover prose above the closer is the
    page's foot (``FOOT_PROSE_SHARE``); without the closer, or with little above it, the region is the
    page's article as before."""
    blocks = _foot_page(above, closer)
    at_foot = closer is not None and above >= 5  # 5 of the region's 10 paragraphs
    assert by_type.region_at_foot(blocks, [block for block in blocks if block.label is Label.BODY]) is at_foot
    # the region holds 200 units: above 370 units of prose it is no longer the page's share
    assert by_type.has_own_article(blocks) is (not at_foot and 20 * above <= 370)


@given(st.integers(2, 6))
def test_a_service_pages_short_lines_in_its_main_are_its_body_and_those_outside_are_not(features: int) -> None:
    """On a service page that reads as an article, the short lines of a section inside its <main>
    (a plan's feature list) are body; a short line outside <main> (a site-wide call) is not."""
    plan = "".join(f"<li>Unlimited seats {n}</li>" for n in range(features))
    page = (f"<html><body><main><section class='intro'><h1>Payroll for hourly teams</h1><p>{STORY}</p>"
            f"<p>{STORY.replace('engineers', 'analysts')}</p></section><div class='plan'><ul>{plan}</ul></div></main>"
            "<div class='cta'><div>Talk to sales</div></div></body></html>")
    service = dict(_labelled(page, "service"))
    assert all(service[f"Unlimited seats {n}"] is Label.BODY for n in range(features))
    assert service["Talk to sales"] is not Label.BODY


@given(st.integers(2, 5))
def test_a_service_pages_box_titles_over_no_text_are_its_body_and_an_articles_are_not(questions: int) -> None:
    """Headings over no text after the article's last paragraph (an FAQ's questions over their
    collapsed answers) are sections of a service page; an article page keeps them out."""
    faq = "".join(f"<h3>How long does setting up payroll number {n} take?</h3>" for n in range(questions))
    page = (f"<html><body><article><h1>Payroll for hourly teams</h1><p>{STORY}</p>"
            f"<p>{STORY.replace('engineers', 'analysts')}</p><h2>Questions</h2>{faq}</article></body></html>")
    service, article = _as_service_and_article(page)
    for n in range(questions):
        question = f"How long does setting up payroll number {n} take?"
        assert service[question] is Label.BODY and article[question] is not Label.BODY


@given(st.integers(1, 4), st.integers(1, 4))
def test_a_service_pages_table_rows_with_a_linked_name_join_the_tables_other_rows(linked: int, plain: int) -> None:
    """A comparison table whose rows start with a linked feature name (a tooltip) is one section:
    once its plain rows are body, its linked rows join them; an article keeps the linked rows out."""
    rows = "".join(f"<tr><td><a href='#t{n}'>Direct access to our experts {n}</a></td><td>Yes</td><td>No</td></tr>"
                   for n in range(linked))
    rows += "".join(f"<tr><td>Revisions and formats in plan number {n}</td><td>Yes</td><td>Yes</td></tr>" for n in range(plain))
    page = (f"<html><body><section class='intro'><h1>Payroll for hourly teams</h1><p>{STORY}</p>"
            f"<p>{STORY.replace('engineers', 'analysts')}</p></section><div class='compare'><table>{rows}</table></div>"
            "</body></html>")
    service, article = _as_service_and_article(page)
    assert all(service[f"Revisions and formats in plan number {n} | Yes | Yes"] is Label.BODY for n in range(plain))
    for n in range(linked):
        row = f"Direct access to our experts {n} | Yes | No"
        assert service[row] is Label.BODY and article[row] is not Label.BODY


@given(st.integers(1, 4))
def test_a_service_pages_linked_cards_in_its_main_are_its_body_and_a_short_link_is_not(cards: int) -> None:
    """A card whose whole text is one link (a feature's box opening its page) inside a service
    page's <main> is a section of the page when it is a paragraph long; a short link there (a
    button) is not, and an article page keeps the cards out."""
    grid = "".join(f"<a class='card' href='/feature/{n}'><div>{PAY} Card {n} for every team, site and shift.</div></a>" for n in range(cards))
    page = (f"<html><body><main><section class='intro'><h1>Payroll for hourly teams</h1><p>{STORY}</p>"
            f"<p>{STORY.replace('engineers', 'analysts')}</p></section><div class='grid'>{grid}</div>"
            "<div class='more'><a href='/all'>See every feature</a></div></main></body></html>")
    service, article = _as_service_and_article(page)
    for n in range(cards):
        assert service[f"{PAY} Card {n} for every team, site and shift."] is Label.BODY and article[f"{PAY} Card {n} for every team, site and shift."] is not Label.BODY
    assert service["See every feature"] is not Label.BODY


SPECS = ("Weight: 1.2 kg; outer of waxed cotton, lining of checked flannel, collar of corduroy; made in "
         "Portugal and sold with a tin of wax for the first season.")
OTHER_JACKET = "The same jacket in a lighter cotton for the summer, with a mesh lining and a hood that rolls away."


@given(st.integers(1, 3))
def test_a_products_sections_under_a_related_header_join_its_body_and_the_headers_cards_do_not(sections: int) -> None:
    """A related header on a product page ends its list of other products, not the product: the
    sections after the header's element are the product's, the cards inside it are not."""
    specs = "".join(f"<section class='specs'><h2>Details {n}</h2><p>{SPECS} Part {n}.</p></section>"
                    for n in range(sections))
    page = _jacket(after="<section class='more'><h2>Related stories</h2>"
                         f"<div class='card'><a href='/j2'>Summer jacket</a><p>{OTHER_JACKET}</p></div></section>"
                         f"{specs}")
    product, article = dict(_labelled(page, "product")), dict(_labelled(page, "article"))
    assert product[DESCRIPTION] is Label.BODY
    for n in range(sections):
        assert product[f"{SPECS} Part {n}."] is Label.BODY
        assert article[f"{SPECS} Part {n}."] is not Label.BODY
    assert product[OTHER_JACKET] is not Label.BODY


def _hub(kind: str) -> str:
    """A blog's front page: two sections of entries, each under its related-looking header."""
    def entries(name: str) -> str:
        return "".join(f"<div class='entry'><a href='/{name}/{n}'>A {name} story about databases number {n}</a>"
                        f"<p>What to do when you need two, part {n}.</p></div>" for n in range(4))
    return ("<html><body><nav><a href='/'>Home</a></nav><main><h1>The Example Blog</h1>"
            f"<section><h2>Latest articles</h2>{entries('latest')}</section>"
            f"<section><h2>Around the web</h2><div class='list'>{entries(kind)}</div></section></main>"
            "<footer><p>© Example Inc.</p></footer></body></html>")


def test_a_listings_entries_under_a_sections_related_header_are_its_items() -> None:
    """'Around the web' over a hub page's last section heads the page's own entries, not the end
    of an article: on a listing they are items like the others (an article keeps them out)."""
    listing, article = dict(_labelled(_hub("web"), "listing")), dict(_labelled(_hub("web"), "article"))
    for n in range(4):
        assert listing[f"A web story about databases number {n}"] is Label.BODY
        assert article[f"A web story about databases number {n}"] is not Label.BODY


@given(st.sampled_from(["Read more", "READ MORE", "View all", "Around the web", "Featured"]))
def test_a_button_heads_no_section_of_a_listing(text: str) -> None:
    block = _block(0, text, [("div", 1), ("a", 2)], Label.RELATED, related.HEADER_REASON)
    headed = by_type._section_headers([block])
    assert (block.line in headed) == (text.split()[0].casefold() not in by_type.CONTROL_VERBS)


QUESTION = ("My virtual machine gets an address from the DHCP server, but no A record appears in DNS for it. "
            "What could be missing in the configuration?")


@given(st.integers(3, 6))
def test_a_qa_pages_question_outside_the_answers_region_is_a_post_and_its_votes_and_tags_are_not(answers: int) -> None:
    """The question of a Q&A page is no sibling of its answers, and body selection may leave it
    out; it is the thread's opening post all the same (its vote count and tags are not)."""
    posts = "".join(f"<div class='answer'><div class='post-text'><p>{ANSWER.format(n=n)}</p>"
                    f"<p>{ANSWER.format(n=n + 10)}</p></div></div>" for n in range(answers))
    remarks = "".join(f"<li class='comment'><span>{REMARK.format(n=n)}</span></li>" for n in range(3))
    page = ("<html><body><nav><a href='/'>Home</a></nav><div class='question'><div class='votes'>6</div>"
            f"<div class='post-text'><p>{QUESTION}</p></div><div class='tags'><a href='/t/dhcp'>dhcp</a> "
            f"<a href='/t/dns'>dns</a></div><ul class='comments'>{remarks}</ul></div>"
            f"<div id='answers'><h2>{answers} Answers</h2>{posts}</div></body></html>")
    forum, article = dict(_labelled(page, "forum")), dict(_labelled(page, "article"))
    assert forum[QUESTION] is Label.BODY and article[QUESTION] is not Label.BODY
    assert forum["6"] is not Label.BODY and forum["dhcp dns"] is not Label.BODY
    assert forum[REMARK.format(n=0)] is not Label.BODY


@given(st.integers(1, 3), st.booleans(), st.sampled_from(["nav", "div"]))
def test_a_service_pages_header_above_its_site_menu_is_not_a_section(boxes: int, menu: bool, tag: str) -> None:
    """Boxes above the site menu of a page with a <main> (a utility bar: log-in, app, notices) are
    the page's header, not its sections; without a menu (a <nav> or a class 'menu') between them
    and <main> they join."""
    util = "".join(f"<div class='col'><h3>Portal box {n}</h3><p>{PAY} Portal {n}.</p></div>" for n in range(boxes))
    links = "".join(f"<li><a href='/m{n}'>Menu entry {n}</a></li>" for n in range(12))
    menu_html = f"<{tag} class='menu'><ul>{links}</ul></{tag}>" if menu else f"<div><ul>{links}</ul></div>"
    story = "".join(f"<p>{STORY.replace('engineers', word)}</p>" for word in ("engineers", "analysts", "testers", "writers"))
    page = (f"<html><body><section class='util'>{util}</section>{menu_html}<main>"
            f"<h1>Short-term fitness rentals</h1>{story}</main></body></html>")
    labels = dict(_labelled(page, "service"))
    assert labels[STORY] is Label.BODY
    for n in range(boxes):
        assert (labels[f"{PAY} Portal {n}."] is Label.BODY) is not menu
        assert (labels[f"Portal box {n}"] is Label.BODY) is not menu


def test_header_end_is_the_last_menu_block_before_main_and_none_without_main() -> None:
    from cleantext.segment.html import segment_html
    page = "<html><body><p>Log in to your account today</p><nav><a href='/a'>About</a></nav><main><p>Text</p></main></body></html>"
    blocks = segment_html(page).blocks
    assert by_type.header_end(blocks) == next(b.index for b in blocks if b.clean == "About")
    assert by_type.header_end(segment_html(page.replace("main>", "div>")).blocks) == -1
