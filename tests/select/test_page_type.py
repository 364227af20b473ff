"""Page types are read from the cues a page gives, each a row of a table."""

from __future__ import annotations

import pickle

import cleantext
from hypothesis import given
from hypothesis import strategies as st

from cleantext.model import Label
from cleantext.segment.html import segment_html
from cleantext.select import page_type as pt


def _page(head: str = "", body: str = "", *, url: str | None = None) -> cleantext.Document:
    return cleantext.clean_html(f"<html><head>{head}</head><body>{body}</body></html>", url=url)


ARTICLE_BODY = "".join(
    f"<p>The council met on Tuesday and voted on the budget for the year, paragraph {n} of the report.</p>"
    for n in range(6)
)


def test_a_page_without_evidence_is_an_article() -> None:
    assert _page(body=f"<article><h1>Budget vote</h1>{ARTICLE_BODY}</article>").page_type == "article"


def test_an_empty_page_is_an_article() -> None:
    assert cleantext.clean_html("").page_type == "article"
    assert cleantext.clean_text("").page_type == "article"


def test_schema_org_product_with_offers_reads_as_a_product() -> None:
    ld = ('<script type="application/ld+json">{"@type": "Product", "name": "Kettle", "brand": {"@type": "Brand"},'
          ' "offers": {"@type": "Offer", "price": "20"}}</script><meta property="og:type" content="product">')
    body = "<h1>Kettle</h1><p>A kettle that boils water quickly and quietly, in steel.</p><p>$20.00</p>"
    assert _page(ld, body, url="https://shop.example/product/kettle").page_type == "product"


def test_a_thread_marked_up_as_forum_posts_reads_as_a_forum() -> None:
    posts = "".join(
        f'<div class="post" itemscope itemtype="https://schema.org/Comment"><span>user{n}</span>'
        f"<time>2024-01-0{n + 1}</time><p>I had the same problem with the driver after the update, "
        f"and rolling back to the old version fixed it for me, reply {n}.</p></div>"
        for n in range(5)
    )
    ld = '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Driver"}</script>'
    doc = _page(ld, f"<h1>Driver broken</h1><div class='thread'>{posts}</div>", url="https://forum.example/t/driver/12")
    assert doc.page_type == "forum"


def test_the_page_type_is_in_to_dict_and_survives_pickling() -> None:
    doc = _page(body=ARTICLE_BODY)
    assert doc.to_dict()["page_type"] == doc.page_type
    assert pickle.loads(pickle.dumps(doc)).page_type == doc.page_type


def test_url_words_are_the_path_words() -> None:
    assert pt.url_words("https://example.com/docs/api-v2/Page.html?x=forum") == ["docs", "api", "v", "page", "html"]
    assert pt.url_words(None) == [] and pt.url_words("http://[bad") == []


def test_every_cue_names_known_types() -> None:
    for weights in pt.CUES.values():
        assert set(weights) <= set(pt.PAGE_TYPES)


@given(st.dictionaries(st.sampled_from(sorted(pt.SCHEMA_CUES)), st.integers(1, 50), max_size=6),
       st.sampled_from([None, *pt.OG_CUES]), st.lists(st.sampled_from(sorted(pt.URL_CUES)), max_size=4))
def test_any_evidence_gives_one_of_the_types(schema: dict[str, int], og: str | None, words: list[str]) -> None:
    evidence = pt.TypeEvidence(schema, og, "https://example.com/" + "/".join(words))
    assert pt.read_page_type([], evidence) in pt.PAGE_TYPES


def test_a_type_must_beat_the_article_by_the_margin() -> None:
    """Stronger evidence for a type never turns it back into an article."""
    weak = pt.TypeEvidence({"product": 1})
    strong = pt.TypeEvidence({"product": 1, "offer": 3, "brand": 1, "merchantreturnpolicy": 1}, "product")
    assert pt.read_page_type([], strong) == "product"
    assert pt.read_page_type([], weak) in ("article", "product")


PRICED_DUMP = "\n".join(f"Steel kettle, model {n}\n${n}9.99\nAdd to cart" for n in range(12))


def test_a_text_dump_reads_its_page_type_when_asked() -> None:
    """No text body rule needs the type: it is read from the blocks on first use, also after pickling."""
    doc = cleantext.clean_text(PRICED_DUMP)
    unread = pickle.loads(pickle.dumps(doc))
    assert doc.page_type == pt.read_page_type(doc.blocks) == "collection"
    assert unread.page_type == "collection"
    assert doc.to_dict()["page_type"] == "collection"


# Scores near the article's: where the post feature may tip the answer.
_LEADS = st.fixed_dictionaries({kind: st.floats(-2.5, 0.5) for kind in pt.PAGE_TYPES if kind != pt.ARTICLE})


@given(_LEADS, st.floats(0, 1), st.floats(0, 1))
def test_the_post_count_is_skipped_only_when_it_cannot_change_the_type(
        leads: dict[str, float], most: float, share: float) -> None:
    """Whatever post feature value in [0, most] the page would have had, the type is the article."""
    totals = {pt.ARTICLE: 0.0, **leads}
    if pt._article_whatever(totals, ((("posts", most),),)):
        with_posts = {kind: score + pt.CUES["shape:posts"].get(kind, 0.0) * most * share for kind, score in totals.items()}
        assert pt._decided(with_posts) == pt.ARTICLE


# Pages of nested items: each item some lines, dated or not, long or short, linked or not.
_LINE = st.sampled_from([
    "12.03.2024", "Posted 3 days ago", "Reply", "Quote", "<a href='/u'>member</a>",
    "I tried the same fix on my machine and it worked after a restart of the service.",
    "<a href='/t'>A thread title that runs over several words of a link</a>",
])
_ITEM = st.lists(_LINE, min_size=1, max_size=4).map(lambda lines: "".join(f"<p>{line}</p>" for line in lines))
_GROUP = st.lists(_ITEM, max_size=6).map(lambda items: "".join(f"<div class='post'>{i}</div>" for i in items))
_NESTED = st.lists(st.tuples(_GROUP, st.integers(0, 10)), min_size=1, max_size=4).map(
    lambda groups: "".join("<div>" * depth + group + "</div>" * depth for group, depth in groups))


@given(_NESTED)
def test_the_post_bound_is_never_under_the_post_count(body: str) -> None:
    """Skipping the sibling groups on ``most_posts`` changes no type: it bounds every group's posts,
    however deep the items and whatever their paths keep."""
    blocks = segment_html(f"<html><body>{body}</body></html>").blocks
    _, dated = pt._dear_shapes(blocks)
    assert pt.most_posts(blocks, dated) >= pt._post_count(blocks, dated)


THREAD = "".join(
    f"<div class='message'><p>I had the same problem with the driver after the update, and rolling back "
    f"to the old version fixed it for me, reply {n}.</p></div>"
    for n in range(3)
)


@given(st.sampled_from(sorted(pt.FORUM_ENGINE_WORDS)))
def test_a_forum_engines_name_on_the_page_reads_as_a_forum(word: str) -> None:
    """A thread page of forum software that shows too few dated posts to count: the engine's name
    on <html> or <body> says what it is."""
    page = f"<html class='{word} no-js'><head></head><body><h1>Driver broken</h1>{THREAD}</body></html>"
    assert cleantext.clean_html(page).page_type == "forum"
    assert cleantext.clean_html(page.replace(word, "site")).page_type == "article"


SECTIONS = "".join(
    f"<section><h2>Feature {n}</h2><p>A brighter screen, a faster chip and a battery that lasts all day, part {n}.</p></section>"
    for n in range(4)
)


@given(st.sampled_from(["url", "page", "schema"]))
def test_a_product_detail_page_says_so_in_its_url_its_page_words_or_a_buy_action(where: str) -> None:
    """A shop's product page laid out in sections like a service page: 'pdp' in its URL or on
    <body>, or a schema.org BuyAction, says it is one product's page."""
    ld = ('<script type="application/ld+json">{"@type": "Product", "name": "Tablet", "potentialAction": '
          '{"@type": "%s"}}</script><meta property="og:type" content="website">')
    head = ld % ("BuyAction" if where == "schema" else "Action")
    url = "https://shop.example/pdp/tablet-11" if where == "url" else "https://shop.example/tablet-11"
    body_class = "pdp" if where == "page" else "shop"
    page = f"<html><head>{head}</head><body class='{body_class}'><h1>Tablet 11</h1>{SECTIONS}<p>$499.00</p></body></html>"
    assert cleantext.clean_html(page, url=url).page_type == "product"
    plain = page.replace("BuyAction", "Action").replace("'pdp'", "'shop'")
    assert cleantext.clean_html(plain, url=url.replace("/pdp/", "/shop/")).page_type != "product"


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)


@given(st.lists(st.lists(_WORD, min_size=1, max_size=7), max_size=4), st.booleans())
def test_url_shape_cues_name_the_front_page_and_the_short_slugs(segments: list[list[str]], slash: bool) -> None:
    """No path words: the front page; a last segment of one or two words: a short slug; a
    headline's slug: neither."""
    path = "/".join("-".join(words) for words in segments)
    cues = pt.url_shape_cues(f"https://site.example/{path}{'/' if slash and path else ''}")
    if not segments:
        assert cues == [pt.URL_ROOT_CUE]
    elif len(segments[-1]) <= pt.SHORT_SLUG_WORDS:
        assert cues == [pt.URL_SHORT_SLUG_CUE]
    else:
        assert cues == []


@given(st.sampled_from(["index.html", "news,139377.html", "a51346", "2024"]))
def test_a_file_or_a_records_number_is_no_short_slug(last: str) -> None:
    assert pt.URL_SHORT_SLUG_CUE not in pt.url_shape_cues(f"https://site.example/news/{last}")
    assert pt.url_shape_cues(None) == []


SERVICES = "".join(
    f"<section><h2>Service {n}</h2><p>We plan, build and look after gardens for homes and offices, service {n}.</p></section>"
    for n in range(5)
)


def test_a_sites_front_page_in_sections_reads_as_its_services() -> None:
    """The same sections under a headline's slug stay an article (og:type says so); at the site's
    root they are its services."""
    page = f"<html><head><meta property='og:type' content='article'></head><body><h1>Gardens</h1>{SERVICES}</body></html>"
    assert cleantext.clean_html(page, url="https://firm.example/").page_type == "service"
    assert cleantext.clean_html(page, url="https://firm.example/ideas/how-we-planned-a-small-garden").page_type == "article"


def test_a_short_slug_lowers_the_articles_lead() -> None:
    blocks = segment_html(f"<html><body><h1>Gardens</h1>{SERVICES}</body></html>").blocks
    def lead(url: str) -> float:
        totals = pt.scores(blocks, pt.TypeEvidence(url=url))
        return totals["article"] - totals["service"]
    assert lead("https://firm.example/garden-design") < lead("https://firm.example/ideas/how-we-planned-a-small-garden")


OPENING_POST = (
    "<div class='comment'><h1>Driver broken after the update</h1><p>Since the last update my graphics driver "
    "crashes whenever I open a second window, and rolling back to the old one did not help. Has anyone found a fix?"
    "</p></div>"
)
SIGN_UP_ASIDE = (
    "<aside><p>New here? Create an account to post, vote and comment in any of the communities you follow.</p>"
    "<p>By continuing, you agree to our User Agreement and our Privacy Policy.</p>"
    "<p>Anyone can view, post and comment to this community.</p></aside>"
    "<footer>Example Inc. All rights reserved.</footer>"
)


def test_a_thread_whose_opening_post_the_markup_calls_a_comment_reads_as_a_forum() -> None:
    """No article on the page, its prose opens in a 'comment': the thread's opening post, kept."""
    doc = _page(body=f"<nav><a href='/'>Home</a></nav><main>{OPENING_POST}</main>{SIGN_UP_ASIDE}")
    assert doc.page_type == "forum"
    assert "graphics driver crashes" in doc.body


def test_an_article_with_a_longer_comment_section_below_it_stays_an_article() -> None:
    """Comments under the article, however long, are no opening post."""
    comments = "".join(
        f"<div class='comment'><p>I read the budget report too and the council should have voted on the "
        f"school funding first, before any of the road works were approved, reader {n}.</p></div>"
        for n in range(12)
    )
    doc = _page(body=f"<article><h1>Budget vote</h1>{ARTICLE_BODY}</article><section>{comments}</section>")
    assert doc.page_type == "article"
    assert sum(block.units for block in doc.blocks if block.label is Label.COMMENTS) >= 300
    assert pt._cheap_shapes(doc.blocks)["comments_first"] == 0.0


@given(st.integers(0, 5000), st.integers(0, 5000))
def test_comments_first_is_the_opening_comments_share_of_the_leading_prose(opening: int, body: int) -> None:
    share = pt.comments_first(opening, body)
    assert 0.0 <= share <= 1.0
    if opening < pt.COMMENTS_FIRST_MIN_UNITS:
        assert share == 0.0
    else:
        assert share >= pt.comments_first(opening, body + 1.0)
        assert (share == 1.0) == (body == 0.0)
