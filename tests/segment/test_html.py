"""HTML segmentation: one block per text-bearing block-level unit, DOM features, metadata, robustness."""

from __future__ import annotations

import html as html_lib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleantext.model import PATH_DEPTH, Block
from cleantext.segment import html as html_module
from cleantext.segment.html import HtmlPage, attribute_words, compact_names, segment_html
from cleantext.textutil import fold_spaces

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def blocks_of(html: str, **kwargs) -> list[Block]:
    return segment_html(html, **kwargs).blocks


def cleans(html: str) -> list[str]:
    return [block.clean for block in blocks_of(html)]


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def only(html: str) -> Block:
    found = blocks_of(html)
    assert len(found) == 1, [b.clean for b in found]
    return found[0]


# --- block units -----------------------------------------------------------------------------


def test_paragraphs_and_headings_in_document_order() -> None:
    found = blocks_of(page("<h1>Title here</h1><p>First <b>bold</b> paragraph.</p><h3>Sub</h3><p>Second one.</p>"))
    assert [(b.clean, b.heading) for b in found] == [
        ("Title here", 1), ("First bold paragraph.", 0), ("Sub", 3), ("Second one.", 0),
    ]
    assert [b.line for b in found] == [1, 2, 3, 4]
    assert [b.index for b in found] == [0, 1, 2, 3]


def test_blocks_are_measured_and_terminal_is_set() -> None:
    first, second = blocks_of(page("<p>The council approved the budget.</p><p>Menu</p>"))
    assert first.units == 5 and first.stopwords >= 1 and first.terminal
    assert second.units == 1 and not second.terminal


def test_list_items_with_nested_lists_are_separate_items() -> None:
    found = blocks_of(page("<ul><li>One <ul><li>Nested</li></ul> tail</li><li>Two</li></ul><ol><li>Three</li></ol>"))
    assert [b.clean for b in found] == ["One", "Nested", "tail", "Two", "Three"]
    assert all(b.list_item for b in found)


def test_table_rows_join_cells() -> None:
    found = blocks_of(page("<table><tr><th>Name</th><th>Value</th></tr><tr><td>a</td><td></td><td>1</td></tr></table>"))
    assert [b.clean for b in found] == ["Name | Value", "a | 1"]
    assert all(b.table_cell for b in found)


def test_layout_table_keeps_paragraphs() -> None:
    found = blocks_of((FIXTURES / "tabular.html").read_text())
    assert [b.clean for b in found][:4] == ["Results", "Team | Points", "Rovers | 12", "United | 9"]
    layout = [b for b in found if "layout table" in b.clean]
    assert len(layout) == 1 and not layout[0].table_cell
    assert found[-1].clean == "And this one too."


def test_pre_keeps_line_breaks_in_text_and_folds_clean() -> None:
    block = only(page("<pre><code>def f():\n    return 1\n</code></pre>"))
    assert block.code
    assert block.text == "def f():\n    return 1"
    assert block.clean == "def f(): return 1"


def test_br_inside_pre_is_a_line_break() -> None:
    assert only(page("<pre>a<br>b</pre>")).text == "a\nb"


def test_blockquote_paragraphs_are_quotes() -> None:
    found = blocks_of(page("<p>Before.</p><blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote><p>After.</p>"))
    assert [(b.clean, b.quote) for b in found] == [
        ("Before.", False), ("Quoted one.", True), ("Quoted two.", True), ("After.", False),
    ]


def test_figure_image_alt_and_caption() -> None:
    found = blocks_of(page('<figure><img src="a.jpg" alt="A cat on a mat"><figcaption>The cat. Photo: AP</figcaption></figure>'))
    assert [(b.clean, b.image) for b in found] == [("A cat on a mat", True), ("The cat. Photo: AP", False)]
    assert "figcaption" in found[1].dom_tokens and "figure" in found[1].dom_tokens


def test_standalone_image_between_paragraphs_inline_image_and_no_alt() -> None:
    found = blocks_of(page(
        '<p>First.</p><img src="x.jpg" alt="Standalone picture"><p>Text <img src="s.png" alt="smiley"> more.</p>'
        '<p><img src="y.jpg"></p><img src="t.gif" alt="tracker" width="1" height="1">'
    ))
    assert [(b.clean, b.image) for b in found] == [
        ("First.", False), ("Standalone picture", True), ("Text more.", False),
    ]


def test_hidden_elements_and_non_content_tags_are_dropped() -> None:
    found = cleans(page(
        "<p>Visible.</p><div hidden>hidden attr</div><div aria-hidden='true'>aria hidden</div>"
        "<div style='display: none'>display none</div><span style='VISIBILITY:HIDDEN'>vis hidden</span>"
        "<script>var x = 'script';</script><style>p {}</style><noscript>noscript</noscript>"
        "<template><p>template</p></template><svg><text>svg</text></svg><button>button</button>"
        "<select><option>option</option></select><textarea>textarea</textarea><iframe>iframe</iframe>"
        "<p>Also visible.</p>",
        head="<title>Head title</title><style>x{}</style>",
    ))
    assert found == ["Visible.", "Also visible."]


_PANEL_HIDING = ("hidden", "aria-hidden='true'", "style='display:none'", "style='height:0; visibility: hidden'")
_PANELS = ("role='region'", "role='tabpanel'", "class='accordion__content'", "class='faq-answer'",
           "id='collapseThree' class='collapse'", "class='tab-panel is-active'", "class='c-Accordion_body'")


@given(st.sampled_from(_PANEL_HIDING), st.sampled_from(_PANELS), st.booleans())
def test_a_collapsed_panel_is_read_a_hidden_menu_is_not(hiding: str, panel: str, menu_hidden: bool) -> None:
    # An FAQ's answer or a tab's text is hidden only until the reader opens it: it is the page's text.
    menu = f"<ul class='submenu' {hiding}><li>Pricing</li></ul>" if menu_hidden else ""
    found = cleans(page(f"<h3>Question?</h3>{menu}<div {panel} {hiding}><p>The answer.</p></div><div class='modal' {hiding}>x</div>"))
    assert found == ["Question?", "The answer."]


def test_single_br_is_a_space_double_br_splits() -> None:
    assert cleans(page("<p>Line one<br>line two<br> <br>second block<br/><br/>third</p>")) == [
        "Line one line two", "second block", "third",
    ]


def test_div_soup_runs_between_block_children() -> None:
    assert cleans(page("<div>Loose <span>text</span><p>para</p>tail <a href='#'>link</a></div><section>Direct</section>")) == [
        "Loose text", "para", "tail link", "Direct",
    ]


def test_definition_lists_address_and_figcaption_are_blocks() -> None:
    assert cleans(page("<dl><dt>Term</dt><dd>Meaning</dd></dl><address>1 Main St</address>")) == [
        "Term", "Meaning", "1 Main St",
    ]


def test_link_ratio() -> None:
    linked, half, plain = blocks_of(page("<p><a href='/x'>All linked</a></p><p><a href='/y'>abcd</a> efgh</p><p>none</p>"))
    assert linked.link_ratio == 1.0
    assert half.link_ratio == pytest.approx(0.5)
    assert plain.link_ratio == 0.0


def test_anchor_without_href_is_not_a_link() -> None:
    assert only(page("<p><a name='x'>Anchor</a> text</p>")).link_ratio == 0.0


def test_white_space_folded_in_text_and_clean() -> None:
    block = only(page("<p>  Many \n\t spaces&nbsp;and\u200b invisible  </p>"))
    assert block.clean == "Many spaces and invisible"
    assert block.text == "Many spaces and\u200b invisible"


# --- DOM features ---------------------------------------------------------------------------------


def test_dom_path_uses_first_class_and_keeps_the_last_path_depth() -> None:
    block = only(page("<div class='main wide'><article><p>Text</p></article></div>"))
    assert block.dom_path == "html>body>div.main>article>p"
    deep = only(page("<div>" * 20 + "<p class='x'>Deep</p>" + "</div>" * 20))
    assert deep.dom_path == ">".join(["div"] * (PATH_DEPTH - 1) + ["p.x"])


def test_dom_tokens_words_of_element_and_ancestors() -> None:
    block = only(page(
        "<nav id='mainMenu' role='navigation'><div class='relatedPosts share-bar_2' itemprop='articleBody' "
        "aria-label='Read more'><p class='x'>Text</p></div></nav>"
    ))
    assert {"main", "menu", "navigation", "related", "posts", "share", "bar", "article", "body", "read", "more",
            "nav"} <= block.dom_tokens
    assert block.dom_node is not None


def test_dom_tokens_skip_html_and_body_classes() -> None:
    block = only("<html class='page-related'><body class='single comments-open'><p>Text</p></body></html>")
    assert block.dom_tokens == frozenset()


def test_meaningful_tags_become_tokens_and_plain_ones_do_not() -> None:
    block = only(page("<main><article><section><div><table><tr><td><p>x</p></td></tr></table></div></section></article></main>"))
    assert {"main", "article", "table"} <= block.dom_tokens
    assert "section" not in block.dom_tokens and "div" not in block.dom_tokens


def test_inline_element_holding_the_whole_run_gives_its_tokens() -> None:
    block = only(page("<div><a class='skip-link' href='#main'>Skip to content</a></div>"))
    assert "skip" in block.dom_tokens
    mixed = only(page("<p>Some text and <a class='share' href='#'>a link</a> inside.</p>"))
    assert "share" not in mixed.dom_tokens


@given(st.sampled_from(["skip-ink", "skip-ink-none", "skip", "dotted", "orange"]))
def test_a_text_decoration_utility_class_is_a_look_not_a_role(value: str) -> None:
    """Tailwind's 'decoration-skip-ink-none' styles underlines: it is no skip link."""
    assert "skip" not in attribute_words(f"underline decoration-{value} md:text-base")
    assert attribute_words("skip-link") == ("skip", "link")


def test_attribute_words_split_camel_case_and_drop_noise() -> None:
    assert attribute_words("relatedPosts share-bar_2 HTMLTitle") == ("related", "posts", "share", "bar", "html", "title")
    assert attribute_words("Pos(r) md:flex w-[50%]") == ()
    assert attribute_words("no-comments hasRightRail") == ()
    assert attribute_words("sharing-with-a-single-developer") == ()
    assert attribute_words("ad ae go gq") == () and attribute_words("ad") == ("ad",)
    assert compact_names("read-more site_Header") == ("readmore", "siteheader")


def test_taxonomy_classes_name_topics_not_roles() -> None:
    value = "post type-post category-recipes tag-newsletter tag-share-ideas hentry"
    assert attribute_words(value) == ("post", "type", "hentry")
    assert "tagnewsletter" in compact_names(value)
    assert "tagcloud" in compact_names("tag-cloud")


def test_blocks_pickle_with_their_tokens_and_without_the_node_chain() -> None:
    import pickle

    # Nested deeper than pickle recurses: the chain stays behind, the words come along.
    html = page("<div class='related'>" + "<div class='box'>" * 3000 + "<p>x</p>" + "</div>" * 3001)
    block = only(html)
    clone = pickle.loads(pickle.dumps(block))
    assert clone.dom_tokens == block.dom_tokens and type(clone.dom_tokens) is frozenset
    assert "related" in clone.dom_tokens and clone.dom_node is None and clone.text == block.text


# --- robustness --------------------------------------------------------------------------------------


def test_broken_markup_is_recovered() -> None:
    found = cleans((FIXTURES / "broken.html").read_text())
    assert found[:3] == ["First paragraph is never closed", "Second paragraph bold both italic text",
                         "Loose text in a div with a span"]
    assert "cell one | cell two" in found and "item two" in found
    assert found[-1] == "Last words & an &unknownentity; AB"


def test_deeply_nested_document_keeps_its_text() -> None:
    depth = 5000
    html = "<html><body><p>Before.</p>" + "<div>" * depth + "deep text" + "</div>" * depth + "<p>After.</p></body></html>"
    found = cleans(html)
    assert found[0] == "Before." and "deep text" in found and found[-1] == "After."


def test_unclosed_inline_tags_nested_thousands_deep() -> None:
    found = cleans("<html><body>" + "<b>x " * 4000 + "<p>After.</p></body></html>")
    assert found and found[-1] == "After."


def test_entity_bomb_is_not_expanded() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>'
        "<html><body><p>x &e; y</p></body></html>"
    )
    found = blocks_of(bomb)
    assert sum(len(b.text) for b in found) < 100
    assert all("aaaa" not in b.text for b in found)
    assert any("x" in b.clean for b in found)


def test_external_entities_and_dtds_are_not_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    html = f'<!DOCTYPE html SYSTEM "file://{secret}" [<!ENTITY x SYSTEM "file://{secret}">]><html><body><p>a &x; b</p></body></html>'
    assert all("SECRET" not in b.clean for b in blocks_of(html))


@pytest.mark.parametrize("source", ["", "   \n\t ", "<!-- only a comment -->", "<html></html>", "<"])
def test_empty_documents_give_no_blocks(source: str) -> None:
    result = segment_html(source)
    assert isinstance(result, HtmlPage)
    assert [b for b in result.blocks if b.clean.strip("<")] == []


def test_a_document_that_is_only_text() -> None:
    assert cleans("Just some words, no markup at all.") == ["Just some words, no markup at all."]


@pytest.mark.parametrize("garbage", [
    "\x00\x01\x02\x03garbage\xff\xfe",
    bytes(range(256)).decode("latin-1"),
    "\ud800 lone surrogate",
    "<<<>>>&&&;;;</p></div></body></html>",
    "<?xml version='1.0' encoding='latin-1'?><p>declared encoding in a str</p>",
])
def test_garbage_never_raises(garbage: str) -> None:
    result = segment_html(garbage * 3)
    assert len(result.blocks) <= 5


def test_bytes_are_accepted() -> None:
    assert [b.clean for b in segment_html(b"<p>caf\xc3\xa9</p>").blocks] == ["café"]  # type: ignore[arg-type]


def test_huge_text_node() -> None:
    text = "word " * 400_000
    block = only(page(f"<p>{text}</p>"))
    assert block.units == 400_000


_CHARS = st.sampled_from(list("ab &<>\"'\n") + ["\u00a0", "\u00e9", "\u2014"])


@given(st.lists(st.tuples(st.text(_CHARS, min_size=1, max_size=12), st.booleans()), min_size=1, max_size=6))
def test_entities_and_literal_characters_give_the_same_blocks(pieces: list[tuple[str, bool]]) -> None:
    # libxml2 reports a text in pieces at every entity; a text is still judged whole.
    def markup(encode) -> str:
        return "".join(f"<a href='/x'>{encode(text)}</a>" if link else encode(text) for text, link in pieces)

    named = {"\u00a0": "&nbsp;", "\u00e9": "&eacute;", "\u2014": "&#8212;", "\"": "&quot;", "'": "&#39;"}
    literal = blocks_of(page(f"<p>{markup(lambda t: html_lib.escape(t, quote=False))}</p>"))
    entities = blocks_of(page(f"<p>{markup(lambda t: ''.join(named.get(c, html_lib.escape(c)) for c in t))}</p>"))
    assert [(b.clean, b.link_ratio, b.units) for b in entities] == [(b.clean, b.link_ratio, b.units) for b in literal]


def test_text_after_the_closing_html_tag_is_kept() -> None:
    # Browsers show it (in the body); libxml2 reports it in a second <html>.
    html = page("<p>First paragraph.</p>") + "<p>After the end.</p>"
    assert cleans(html) == ["First paragraph.", "After the end."]


def test_hidden_article_is_read_when_nothing_else_is_visible() -> None:
    article = "<p>" + "A sentence of the article that a script reveals later. " * 40 + "</p>"
    found = cleans(page(f"<p>Menu</p><div style='display:none'>{article}</div>"))
    assert any("script reveals" in text for text in found)


_ARTICLE_SENTENCES = st.lists(
    st.sampled_from(["The council met on Tuesday.", "It voted to fund the park.", "Work starts in spring.",
                     "Residents had asked for it for years.", "The mayor welcomed the vote."]),
    min_size=50, max_size=80,
)


@given(sentences=_ARTICLE_SENTENCES, control=st.sampled_from(["button", "object", "video"]))
def test_a_control_the_parser_left_open_does_not_swallow_the_page(sentences: list[str], control: str) -> None:
    """'<button><div></button>': libxml2 ignores the end tag while the <div> is open, so the rest of
    the page is read as the button's; a browser closes the button. Such a page is read again with
    its controls walked, and the article is there."""
    paragraphs = "".join(f"<p>{sentence} {n}</p>" for n, sentence in enumerate(sentences))
    html = page(f"<header><a href='#main'>Skip to content</a><{control} class='menu'><div>"
                f"<span>Menu</span></{control}></header><main>{paragraphs}</main>")
    found = cleans(html)
    assert [f"{sentence} {n}" for n, sentence in enumerate(sentences)] == [t for t in found if t[-1].isdigit()]


def test_a_page_whose_buttons_hold_a_little_text_keeps_them_out() -> None:
    html = page("<button>Subscribe</button>" + "<p>A paragraph of the article, long enough to read.</p>" * 30)
    assert "Subscribe" not in cleans(html)


# --- metadata -------------------------------------------------------------------------------------------


def test_fixture_metadata() -> None:
    result = segment_html((FIXTURES / "article.html").read_text(), url="https://gazette.example/news/x?utm=1")
    assert result.title == "Council approves park budget after long debate"
    assert result.meta == {
        "author": "Ana Lopez, Tom Baker",
        "date": "2024-03-05T09:30:00Z",
        "modified": "2024-03-05T12:00:00Z",
        "publisher": "Riverside Gazette",
        "lang": "en-GB",
        "url": "https://gazette.example/news/council-park-budget",
        "description": "The council voted seven to two for the new parks budget.",
    }
    assert result.jsonld_body == "The council approved the new budget on Tuesday after a long debate."


def test_title_suffix_is_removed_only_when_it_is_the_site_name() -> None:
    head = "<title>Storm hits coast | Daily Post</title><meta property='og:site_name' content='Daily Post'>"
    assert segment_html(page("<p>x</p>", head)).title == "Storm hits coast"
    head = "<title>Daily Post - Storm hits coast</title><meta property='og:site_name' content='Daily Post'>"
    assert segment_html(page("<p>x</p>", head)).title == "Storm hits coast"
    assert segment_html(page("<p>x</p>", "<title>Cats | Dogs</title>")).title == "Cats | Dogs"


def test_title_prefers_the_candidate_matching_the_h1() -> None:
    head = "<meta property='og:title' content='Shortened social title'><title>The full headline of the story - Site</title>"
    body = "<h1 class='logo'>Site</h1><h1>The full headline of the story</h1><p>Text.</p>"
    assert segment_html(page(body, head)).title == "The full headline of the story"


def test_title_falls_back_to_the_h1() -> None:
    assert segment_html(page("<h1>Only a headline</h1><p>Text.</p>")).title == "Only a headline"


def test_meta_tags_and_lang() -> None:
    head = (
        "<meta name='author' content='By Jane Roe'><meta name='pubdate' content='2023-01-02'>"
        "<meta http-equiv='content-language' content='de'><meta property='og:url' content='https://x.example/a'>"
        "<meta property='og:description' content='About it.'>"
    )
    meta = segment_html(page("<p>x</p>", head)).meta
    assert meta == {"author": "Jane Roe", "date": "2023-01-02", "lang": "de", "url": "https://x.example/a",
                    "description": "About it."}


def test_og_locale_and_given_url() -> None:
    meta = segment_html(page("<p>x</p>", "<meta property='og:locale' content='pt_BR'>"), url="https://given.example/").meta
    assert meta == {"lang": "pt-BR", "url": "https://given.example/"}


def test_author_urls_are_not_names() -> None:
    head = "<meta property='article:author' content='https://www.facebook.com/someone'>"
    assert "author" not in segment_html(page("<p>x</p>", head)).meta


def test_microdata_rel_author_and_time_in_article() -> None:
    body = (
        "<article><span itemprop='author' itemscope><span itemprop='name'>Mia Wong</span></span>"
        "<time datetime='2022-05-06'>May 6</time><p>Text.</p></article>"
    )
    assert segment_html(page(body)).meta == {"author": "Mia Wong", "date": "2022-05-06"}
    body = "<p>By <a rel='author' href='/ben'>Ben Ode</a></p><time datetime='2001-01-01'>outside article</time>"
    assert segment_html(page(body)).meta == {"author": "Ben Ode"}


JSONLD_CASES = [
    ('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "A One"}, "datePublished": "2020-01-01"}',
     {"author": "A One", "date": "2020-01-01"}),
    ('[{"@type": "WebSite", "name": "Site"}, {"@type": ["BlogPosting"], "author": ["B Two", {"name": "C Three"}]}]',
     {"author": "B Two, C Three", "publisher": "Site"}),
    ('{"@graph": [{"@type": "Organization", "@id": "#o", "name": "Org"}, '
     '{"@type": "Article", "publisher": {"@id": "#o"}, "author": {"name": ["D Four"]}, "dateModified": "2021"}]}',
     {"author": "D Four", "publisher": "Org", "modified": "2021"}),
    ('{"@type": "Article", "author": "E Five", }', {"author": "E Five"}),  # trailing comma
    ('<!-- {"@type": "Article", "author": "F Six"} -->', {"author": "F Six"}),
    ('{"@type": "Article", "author": "G Seven"}{"@type": "WebPage"}', {"author": "G Seven"}),
    ("{not json at all", {}),
    ('"just a string"', {}),
    ("[" * 100_000 + "]" * 100_000, {}),  # nesting deeper than the JSON parser's recursion limit
    ('{"@type": "Article", "author": {"name": {"deep": [1, 2, {"x": null}]}}, "headline": 42}', {}),
]


@pytest.mark.parametrize(("script", "expected"), JSONLD_CASES)
def test_jsonld_is_read_defensively(script: str, expected: dict[str, str]) -> None:
    head = f'<script type="application/ld+json">{script}</script>'
    assert segment_html(page("<p>x</p>", head)).meta == expected


def test_microdata_is_read_inside_skipped_and_hidden_elements() -> None:
    # The walk skips <meta> and hidden elements, but the names they give authors and publishers count.
    html = page("<article><p>By <span itemprop='author'><meta itemprop='name' content='Ann Lee'>Staff</span></p>"
                "<div itemprop='publisher' hidden><span itemprop='name'>Daily Planet</span></div><p>x</p></article>")
    assert segment_html(html).meta == {"author": "Ann Lee", "publisher": "Daily Planet"}


def test_markup_nested_thousands_deep_is_read_from_the_outermost() -> None:
    html = page("<p>x</p>" + "<span itemprop='author'>" * 3000 + "Ann Lee" + "</span>" * 3000)
    assert segment_html(html).meta == {"author": "Ann Lee"}


def test_jsonld_article_body_is_kept_as_evidence() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "Body text."}</script>'
    result = segment_html(page("<p>Other text.</p>", head))
    assert result.jsonld_body == "Body text."
    assert [b.clean for b in result.blocks] == ["Other text."]


# --- properties -------------------------------------------------------------------------------------------

_TAGS = ["div", "p", "span", "b", "em", "a", "section", "article", "li", "ul", "h2", "blockquote", "pre", "code"]
_TEXT = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd", "Po", "Zs"),
                                       whitelist_characters="éü한中&<>\"'\n\t"), max_size=20)


def _element(children: list[tuple[str, str]], tag: str, cls: str) -> tuple[str, str]:
    attrs = f' class="{cls}"' if cls else ""
    attrs += ' href="#"' if tag == "a" else ""
    return (f"<{tag}{attrs}>" + "".join(h for h, _ in children) + f"</{tag}>", "".join(t for _, t in children))


_TREES = st.recursive(
    _TEXT.map(lambda text: (html_lib.escape(text, quote=False), text)),
    lambda inner: st.builds(_element, st.lists(inner, max_size=4), st.sampled_from(_TAGS),
                            st.sampled_from(["", "related", "x y", "navBar"])),
    max_leaves=25,
)


@given(_TREES)
def test_blocks_come_from_the_document_text(tree: tuple[str, str]) -> None:
    markup, text = tree
    result = segment_html(f"<html><body>{markup}</body></html>")
    content = fold_spaces(text)
    for block in result.blocks:
        assert block.clean and block.clean in content
        assert 0.0 <= block.link_ratio <= 1.0
    assert [b.line for b in result.blocks] == list(range(1, len(result.blocks) + 1))


@given(st.text(max_size=300))
def test_any_string_is_segmented_without_raising(text: str) -> None:
    segment_html(text)
    segment_html("<p>" + text)


def test_formulas_are_read_symbol_by_symbol_and_ruby_annotations_dropped() -> None:
    """MathML is text of its paragraph (each token a word); furigana (<rt>) is not the text."""
    formula = "<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math> there are two solutions.</p>"
    assert cleans(page(formula)) == ["When a ≠ 0 there are two solutions."]
    ruby = "<p><ruby>漢<rt>かん</rt></ruby><ruby>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby>を読む。</p>"
    assert cleans(page(ruby)) == ["漢字を読む。"]


def test_dom_ids_name_each_element_of_the_path() -> None:
    """Two siblings of one shape have one dom_path and different dom_ids (their last ordinal)."""
    first, second = blocks_of(page("<ul><li>one item</li><li>two item</li></ul>"))
    assert first.dom_path == second.dom_path
    assert first.dom_ids is not None and second.dom_ids is not None
    assert len(first.dom_ids) == len(first.dom_path.split(">"))
    assert first.dom_ids[:-1] == second.dom_ids[:-1] and first.dom_ids[-1] != second.dom_ids[-1]


def test_tags_nested_past_the_depth_limit_are_dropped_and_their_text_kept():
    """Past _DEPTH_LIMIT open elements a start tag is ignored (as _cap_depth drops it): 3000 unclosed
    <div><span>x make a few hundred blocks, not 3000 one-letter ones, and every x is still there."""
    from cleantext.segment.html import _DEPTH_LIMIT, segment_html

    page = segment_html("<html><body>" + "<div><span>x " * 3000 + "</body></html>")
    assert len(page.blocks) <= _DEPTH_LIMIT
    assert sum(block.clean.split().count("x") for block in page.blocks) == 3000


def test_the_walker_keeps_its_instances_key_sharing_dicts() -> None:
    """Past MAX_WALKER_ATTRIBUTES, CPython gives each walker a dict of its own, and every attribute
    read in the parse events becomes a slower lookup: count what a walker holds after a page."""
    from cleantext.segment import html as segment

    walker = segment._Walker()
    walker.start("p", {"class": "x"})
    walker.data("text")
    walker.end("p")
    assert len(vars(walker)) <= segment.MAX_WALKER_ATTRIBUTES


def test_the_attribute_limit_is_the_running_pythons() -> None:
    """Objects of a class with MAX_WALKER_ATTRIBUTES attributes share their key table (a smaller
    dict than a plain one); with one more they do not."""
    import sys

    from cleantext.segment import html as segment

    def dict_size(count: int) -> int:
        names = [f"a{n}" for n in range(count)]

        class Probe:
            def __init__(self) -> None:
                for name in names:
                    setattr(self, name, None)

        Probe()
        return sys.getsizeof(vars(Probe()))

    plain = sys.getsizeof({f"a{n}": None for n in range(segment.MAX_WALKER_ATTRIBUTES)})
    assert dict_size(segment.MAX_WALKER_ATTRIBUTES) < plain
    assert dict_size(segment.MAX_WALKER_ATTRIBUTES + 1) >= plain


_CLASS_CHARS = st.text(st.sampled_from("abcXY019-_ :()[%"), max_size=30)


@given(_CLASS_CHARS)
def test_a_class_value_reads_as_its_shape_with_digits_as_zero(value: str) -> None:
    # describe reads a value once per shape ('comment-123' as 'comment-000'): digits must only
    # separate words and count toward a name's length, whatever the value.
    shape = value.translate(str.maketrans("123456789", "000000000"))
    assert html_module._describe(value) == html_module._describe(shape)
    assert html_module.describe(value) == html_module._describe(value)


@given(st.text(st.sampled_from("abcdeXYZ0123456789-_"), min_size=1, max_size=20))
def test_a_name_part_reads_the_same_through_its_shortcuts(part: str) -> None:
    # _read_part's one-piece shortcut gives what the general reading gives.
    words, name = html_module._read_part(part)
    pieces = [w.lower() for w in html_module._ASCII_WORDS.findall(part)]
    assert name == "".join(pieces)
    if words:
        assert set(words) <= {piece for piece in pieces if len(piece) > 1}


@given(st.text(st.sampled_from("<p>a é\u00a0/div\x00!DOCTYPE[]"), max_size=80))
def test_the_parser_reads_the_given_bytes_as_it_reads_the_text(text: str) -> None:
    # segment_html reads the decoded bytes when preparing the page changed nothing; when it did
    # (NULs, a DTD subset) the bytes are set aside: the blocks are those of the text either way.
    def shape(page: HtmlPage) -> list[tuple[str, str | None]]:
        return [(block.clean, block.dom_path) for block in page.blocks]

    assert shape(segment_html(text, utf8=text.encode("utf-8"))) == shape(segment_html(text))
