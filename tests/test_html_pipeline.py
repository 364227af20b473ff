"""End-to-end tests of ``cleantext.clean_html`` / ``cleantext.clean`` on HTML.

All HTML here is hand-written or generated (no page is copied from the corpora):

1. the five seeds as simple HTML (one <p> per line) give their gold bodies and titles;
2. clean() tells HTML from a text dump, for str and bytes; declared EUC-KR decodes;
3. cleaning never raises on arbitrary bytes (but InputError) or strings, tag soup included;
4. every body paragraph of a generated article-like page is text of that page, in page order;
5. an article embedded in generated page furniture (nav, header, weather, share, related,
   board, comments, footer, cookie banner; Korean and English) is recovered exactly;
6. plain examples: tables, lists, code and quotes in the article, script/style, metadata,
   titles, and a dom_path on every block.
"""

from __future__ import annotations

import html as html_lib
import json
from typing import Callable

import pytest
from hypothesis import example, given, note
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html

import cleantext
from seedlib import SEED_NAMES, Seed, body_paragraphs, fold, load_seed
from strategies import (
    EN_RELATED_HEADERS,
    KO_RELATED_HEADERS,
    POSTERS,
    headline,
    languages,
    sentence,
    weather_widget,
)

# The word pools make strategy reprs long; hypothesis warns about that, harmlessly.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

# --- helpers -------------------------------------------------------------------------------------


def esc(text: str) -> str:
    return html_lib.escape(text, quote=False)


def attr(text: str) -> str:
    return html_lib.escape(text, quote=True)


def check_document(doc: cleantext.Document, kind: str | None = None) -> None:
    """Invariants of every Document; in HTML mode every block also says where in the DOM it was."""
    assert isinstance(doc.body, str)
    assert doc.title is None or isinstance(doc.title, str)
    for key, value in doc.meta.items():
        assert isinstance(key, str) and isinstance(value, str)
    assert doc.kind in ("text", "html")
    if kind is not None:
        assert doc.kind == kind
    kept = []
    for block in doc.blocks:
        assert isinstance(block.label, cleantext.Label), f"block {block.line} left unlabelled"
        assert block.reason, f"block {block.line} labelled {block.label} without a reason"
        if doc.kind == "html":
            assert block.dom_path, f"HTML block {block.line} {block.clean!r} has no dom_path"
        if block.kept and block.output:
            kept.append(block.output)
    assert doc.body == "\n\n".join(kept)
    assert "\n\n\n" not in doc.body and doc.body == doc.body.strip()
    doc.to_dict()  # JSON-ready, whatever the input


def explain(doc: cleantext.Document) -> str:
    """Every block with its label and reason, for hypothesis notes and assertion messages."""
    return "\n".join(
        f"{'+' if b.kept else '-'} {str(b.label):10} {b.dom_path} {b.clean[:70]!r} ({b.reason})" for b in doc.blocks
    )


def seed_as_html(seed: Seed) -> str:
    """The seed as the simplest HTML page: one <p> per non-blank line, text escaped."""
    lines = [line for line in seed.text.splitlines() if line.strip()]
    paragraphs = "\n".join(f"<p>{esc(line)}</p>" for line in lines)
    return f"<html><body>\n{paragraphs}\n</body></html>"


def page_text(page: str) -> str:
    """The white-space-folded text content of a page's <body>, without <script>/<style> text (lxml)."""
    root = lxml_html.document_fromstring(page)
    body = root.find("body")
    assert body is not None
    etree.strip_elements(body, "script", "style", etree.Comment, with_tail=False)
    return fold("".join(body.itertext()))


# --- 1. the seeds as simple HTML ------------------------------------------------------------------


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_as_simple_html_gives_the_gold_body_and_title(name: str) -> None:
    seed = load_seed(name)
    doc = cleantext.clean_html(seed_as_html(seed))
    check_document(doc, "html")
    assert body_paragraphs(doc.body) == body_paragraphs(seed.body), explain(doc)
    assert (fold(doc.title) if doc.title is not None else None) == (fold(seed.title) if seed.title else None)


# --- 2. text or HTML, str or bytes, declared charsets ------------------------------------------------


@pytest.mark.parametrize("name", SEED_NAMES)
def test_clean_tells_html_from_a_text_dump(name: str) -> None:
    seed = load_seed(name)
    page = seed_as_html(seed)
    gold = body_paragraphs(seed.body)
    cases = [
        (seed.text, "text"),
        (seed.text.encode("utf-8"), "text"),
        (page, "html"),
        (page.encode("utf-8"), "html"),
        ("<!DOCTYPE html>\n" + page, "html"),
        (("<!DOCTYPE html>\n" + page).encode("utf-8"), "html"),
    ]
    for source, kind in cases:
        doc = cleantext.clean(source)
        check_document(doc)
        assert doc.kind == kind, f"{type(source).__name__} input taken for {doc.kind}, not {kind}"
        assert body_paragraphs(doc.body) == gold, f"{type(source).__name__}/{kind}\n{explain(doc)}"


def test_a_text_dump_that_mentions_tags_stays_text() -> None:
    text = (
        "How to write a web page\n\n"
        "Every page starts with an <html> element that holds a <head> and a <body>.\n\n"
        "Paragraphs go into <p> elements, and a <div> groups other elements together.\n\n"
        "Browsers are forgiving, so a missing </p> rarely breaks the layout of a page.\n"
    )
    for source in (text, text.encode("utf-8")):
        doc = cleantext.clean(source)
        assert doc.kind == "text"
        assert "<html> element" in doc.body


KO_PARAGRAPHS = [
    "서울시는 지난 3일 시청에서 청년 일자리 대책을 발표했다. 시 관계자는 “현장의 목소리를 더 듣겠다”고 말했다.",
    "이번 대책에는 모두 1,200억 원의 예산이 들어간다. 업계에서는 이번 결정이 시장에 적지 않은 영향을 미칠 것으로 보고 있다.",
    "전문가들은 단기적인 효과보다 장기적인 구조 개선이 필요하다고 지적했다. 시민들의 반응은 엇갈렸다.",
    "정부는 연말까지 세부 시행 방안을 마련해 발표할 계획이다. 이 같은 흐름은 당분간 이어질 전망이다.",
]
KO_TITLE = "서울시, 청년 일자리 대책 발표…“현장 목소리 듣겠다”"


def korean_page(charset_meta: str) -> str:
    paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in KO_PARAGRAPHS)
    return (
        f"<!DOCTYPE html>\n<html lang=\"ko\"><head>{charset_meta}<title>{esc(KO_TITLE)}</title></head>\n"
        f"<body><div id=\"wrap\"><article><h1>{esc(KO_TITLE)}</h1>\n{paragraphs}\n</article>"
        "<footer><p>Copyright ⓒ 한빛일보. All rights reserved.</p></footer></div></body></html>"
    )


@pytest.mark.parametrize("charset_meta", [
    '<meta charset="euc-kr">',
    "<meta charset=EUC-KR>",
    '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">',
])
@pytest.mark.parametrize("entry", [cleantext.clean, cleantext.clean_html])
def test_euc_kr_bytes_with_a_declared_charset_decode(charset_meta: str, entry: Callable) -> None:
    data = korean_page(charset_meta).encode("euc-kr")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the test means something only if UTF-8 would not do
    doc = entry(data)
    check_document(doc, "html")
    assert doc.body == "\n\n".join(KO_PARAGRAPHS), explain(doc)
    assert doc.title == KO_TITLE
    assert "\ufffd" not in doc.body


FRENCH = "Le café au lait coûte trois euros dans ce quartier de la ville, selon une enquête publiée mardi par la mairie."


@pytest.mark.parametrize("declared", ["utf-16", "utf-16le", "utf-32"])
def test_a_wide_charset_declared_in_8_bit_markup_is_not_believed(declared: str) -> None:
    """The <meta> that declares UTF-16/32 was itself read as ASCII: the declaration cannot be right."""
    data = (f'<html><head><meta charset="{declared}"></head><body><article><p>{FRENCH}</p></article>'
            "</body></html>").encode("cp1252")
    doc = cleantext.clean(data)
    check_document(doc, "html")
    assert doc.body == FRENCH


def _euc_kr_html(seed: Seed) -> bytes | None:
    """The seed as simple HTML declaring and encoded in EUC-KR (no-break spaces as spaces); None if it won't encode."""
    page = seed_as_html(seed).replace("<html>", '<html><head><meta charset="euc-kr"></head>', 1).replace("\xa0", " ")
    try:
        return page.encode("euc-kr")
    except UnicodeEncodeError:
        return None


EUC_KR_SEEDS = [name for name in SEED_NAMES if _euc_kr_html(load_seed(name)) is not None]


def test_most_seeds_encode_in_euc_kr() -> None:
    assert len(EUC_KR_SEEDS) >= 3


@pytest.mark.parametrize("name", EUC_KR_SEEDS)
def test_seed_in_euc_kr_html_gives_the_gold_body(name: str) -> None:
    seed = load_seed(name)
    data = _euc_kr_html(seed)
    assert data is not None
    doc = cleantext.clean(data)
    check_document(doc, "html")
    assert body_paragraphs(doc.body) == body_paragraphs(seed.body), explain(doc)
    assert (fold(doc.title) if doc.title is not None else None) == (fold(seed.title) if seed.title else None)


# --- 3. never raises ---------------------------------------------------------------------------------

SOUP_TAGS = [
    "html", "head", "body", "title", "meta", "p", "div", "span", "a", "b", "i", "em", "font", "center", "table",
    "tbody", "tr", "td", "th", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "article", "main", "section",
    "nav", "aside", "header", "footer", "figure", "figcaption", "time", "address", "blockquote", "pre", "code",
    "br", "img", "hr", "iframe", "form", "select", "option", "textarea", "button", "svg", "math", "template",
    "noscript", "script", "style", "xmp", "plaintext", "frameset", "frame", "custom-el", "x:y", "o:p", "P", "DIV",
]
ATTR_NAMES = [
    "class", "id", "style", "href", "src", "alt", "role", "hidden", "aria-hidden", "aria-label", "itemprop", "rel",
    "datetime", "pubdate", "lang", "charset", "content", "name", "property", "http-equiv", "onclick", "data-x",
    "width", "height", "type",
]
ATTR_VALUES = st.one_of(
    st.sampled_from([
        "", "related", "nav menu", "display:none", "visibility: hidden", "true", "author", "articleBody",
        "main", "navigation", "share-bar_2 relatedPosts", "Pos(r) md:flex", "no-comments", "#", "/x?a=1&b=2",
        "javascript:void(0)", "euc-kr", "utf-8", "undefined", "x-bogus", "og:title", "application/ld+json", "0",
        "2025-01-01T00:00:00Z", "a" * 300,
    ]),
    st.text(max_size=12),
)
ENTITIES = [
    "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&copy;", "&hellip;", "&#xFFFF;", "&#xFFFE;", "&bogus;", "&#0;",
    "&#x0;", "&#xD800;", "&#xDFFF;", "&#x110000;", "&#99999999999999;", "&#128512;", "&#x1F600;", "&", "&#",
    "&#x;", "&amp", "&copy", "&;", "&#65", "&lt", "&AElig;", "&#x0D;", "&#13;", "&#8232;",
]


@st.composite
def open_tag(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(SOUP_TAGS))
    parts = [name]
    for _ in range(draw(st.integers(0, 3))):
        key = draw(st.sampled_from(ATTR_NAMES))
        value = draw(ATTR_VALUES)
        quote = draw(st.sampled_from(['"', "'", "", "none"]))
        if quote == "none":
            parts.append(key)
        elif quote == "":
            parts.append(f"{key}={value.replace(' ', '').replace('>', '') or 'x'}")
        else:
            parts.append(f"{key}={quote}{value.replace(quote, '')}{quote}")
    end = draw(st.sampled_from([">", ">", ">", "/>", " >", ""]))
    return "<" + " ".join(parts) + end


def close_tag(name: str) -> str:
    return f"</{name}>"


SOUP_PIECES = st.one_of(
    open_tag(),
    st.sampled_from(SOUP_TAGS).map(close_tag),
    st.text(max_size=20),
    st.sampled_from(ENTITIES),
    st.text(max_size=15).map(lambda t: f"<!--{t.replace('-->', '')}-->"),
    st.just("<!-- unterminated comment "),
    st.text(max_size=15).map(lambda t: f"<![CDATA[{t}]]>"),
    st.just("<![CDATA[ unterminated "),
    st.sampled_from([
        "<!DOCTYPE html>", "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x.dtd\">", "<!doctype",
        "<?xml version=\"1.0\" encoding=\"latin-1\"?>", "<?php echo 1; ?>", "</ >", "<>", "<<p>>", "<a<b>",
        "</p</div>", "<p/>", "<br/>", "<img alt='a picture' src=x>", "<img alt=\"\">", "\x00", "\ufeff",
        "\r\n", "\u2028", "<!---->", "<!--->", "<!>", "<script>document.write('<p>x</p>')</script>",
        "<style>p{color:red}</style>", "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"author\": ",
        "<meta property=\"og:title\" content=\"A title", "<title>Soup & more</title>", "<table><td>cell",
        "<tr><td>a<td>b", "<li>item", "<h1>Heading", "<pre>  code\n   more</pre>",
    ]),
    sentence("en"),
    sentence("ko"),
)


@st.composite
def tag_soup(draw: st.DrawFn) -> str:
    """Broken, deep, entity-ridden markup: random tags and attributes, unclosed tags, comments, CDATA."""
    depth = draw(st.integers(0, 50))
    opened = [draw(st.sampled_from(SOUP_TAGS)) for _ in range(depth)]
    head = "".join(draw(st.sampled_from(["<{}>", "<{} class=\"x\">", "<{} id=main>"])).format(tag) for tag in opened)
    pieces = draw(st.lists(SOUP_PIECES, max_size=50))
    tail = ""
    if opened and draw(st.booleans()):
        closes = [close_tag(tag) for tag in reversed(opened)]
        if draw(st.booleans()):
            closes = draw(st.permutations(closes))
        tail = "".join(closes)
    prefix = draw(st.sampled_from(["", "<!DOCTYPE html>", "<html><body>", "  \n<html>", "<?xml version='1.0'?>"]))
    return prefix + head + "".join(pieces) + tail


DECLARED = ["euc-kr", "utf-8", "shift_jis", "iso-2022-kr", "utf-16", "utf-7", "x-bogus", "latin-1", "cp949",
            "windows-1252", "gb2312", "koi8-r", "ascii", "undefined", "idna", "hex", "rot13"]
ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-8-sig", "euc-kr", "cp1252", "latin-1", "shift_jis", "utf-32"]


@st.composite
def encoded_soup(draw: st.DrawFn) -> bytes:
    """Tag soup as bytes: in some encoding, maybe with a (possibly wrong) declared charset, maybe cut short."""
    soup = draw(tag_soup())
    if draw(st.booleans()):
        soup = f'<meta charset="{draw(st.sampled_from(DECLARED))}">' + soup
    data = soup.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    if data and draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.booleans()):
        data += draw(st.binary(max_size=20))
    return data


ARBITRARY_BYTES = st.one_of(
    st.binary(max_size=3000),
    st.binary(max_size=500).map(lambda b: b"<!DOCTYPE html><html><body><p>" + b),
    encoded_soup(),
)


@given(ARBITRARY_BYTES)
@example(b"")
@example(b"\x00\x01\x02binary")
@example(b"\xff\xfe")
@example(b"\xef\xbb\xbf<html>")
@example(b"<html>\x00\x00\x00\x00")
@example(b'<meta charset="euc-kr"><p>\xb0\xa1\xff\xff</p>')
@example(b'<meta charset="utf-7"><p>+AGEAYgBj-</p>')
@example(b'<meta charset="undefined"><p>caf\xe9 ok</p>')
def test_clean_raises_nothing_but_input_error_on_bytes(data: bytes) -> None:
    for entry in (cleantext.clean, cleantext.clean_html):
        try:
            doc = entry(data)
        except cleantext.InputError:
            continue
        check_document(doc)


@given(st.text(max_size=2000))
@example("")
@example("<")
@example("&#xFFFF;&bogus;&amp")
@example("<![CDATA[")
@example("<!--")
def test_clean_html_never_raises_on_any_string(text: str) -> None:
    check_document(cleantext.clean_html(text), "html")
    check_document(cleantext.clean(text))


@given(tag_soup())
@example("<div>" * 50 + "<p>deep</p>")
@example("<b>" * 50 + "text &bogus; &#xFFFF; <!-- c --> <![CDATA[x]]>")
@example("<table>" + "<tr><td><table>" * 25 + "cell")
@example("<script type='application/ld+json'>" + "[" * 5000 + "</script><p>x</p>")
def test_clean_html_never_raises_on_tag_soup(soup: str) -> None:
    check_document(cleantext.clean_html(soup), "html")
    check_document(cleantext.clean(soup))
    try:  # as bytes, control characters in the soup may get it refused as binary: only ever with InputError
        doc = cleantext.clean_html(soup.encode("utf-8"))
    except cleantext.InputError:
        assert any(ch < " " and ch not in "\t\n\r\x0c" for ch in soup)
    else:
        check_document(doc, "html")


# --- 4. body paragraphs are text of the page -----------------------------------------------------------

INLINE = ["b", "strong", "em", "i", "span", "a", "mark", "u"]
CONTAINERS = ["div", "section", "article", "main", "aside", "header", "footer", "nav", "figure"]
CLASSES = ["", "content", "article-body", "post", "related", "share", "menu", "sidebar", "comments", "footer",
           "weather", "byline", "caption", "news_view", "entry-content", "x y"]


@st.composite
def prose(draw: st.DrawFn, lang: str, low: int = 1, high: int = 4) -> str:
    """Sentences as markup: some wrapped in inline elements (with white space around them)."""
    out = []
    for text in draw(st.lists(sentence(lang), min_size=low, max_size=high, unique=True)):
        tag = draw(st.sampled_from([None, None, None, *INLINE]))
        if tag is None:
            out.append(esc(text))
        else:
            href = ' href="/x"' if tag == "a" else ""
            out.append(f"<{tag}{href}>{esc(text)}</{tag}>")
    return " ".join(out)


def tree_leaves(lang: str) -> st.SearchStrategy[str]:
    return st.one_of(
        prose(lang).map(lambda p: f"<p>{p}</p>"),
        prose(lang).map(lambda p: f"<p class=\"lead\">{p}</p>"),
        st.tuples(st.sampled_from(["h1", "h2", "h3", "h4"]), headline(lang)).map(lambda t: f"<{t[0]}>{esc(t[1])}</{t[0]}>"),
        st.lists(st.one_of(headline(lang), sentence(lang)), min_size=1, max_size=5).map(
            lambda items: "<ul>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + "\n</ul>"),
        st.lists(headline(lang), min_size=1, max_size=5).map(
            lambda items: "<ul>\n" + "\n".join(f"<li><a href=\"/n/{k}\">{esc(i)}</a></li>" for k, i in enumerate(items)) + "\n</ul>"),
        prose(lang, 1, 2).map(lambda p: f"<blockquote>{p}</blockquote>"),
        st.lists(sentence(lang), min_size=2, max_size=3, unique=True).map(lambda s: "<p>" + "<br>\n".join(map(esc, s)) + "</p>"),
        sentence(lang).map(lambda s: f"<script>var s = \"{esc(s)}\";</script>"),
        sentence(lang).map(lambda s: f"<style>/* {esc(s)} */ p {{ margin: 0 }}</style>"),
        headline(lang).map(lambda h: f"<img src=\"/a.jpg\" alt=\"{attr(h)}\">"),
    )


def article_tree(lang: str) -> st.SearchStrategy[str]:
    return st.recursive(
        tree_leaves(lang),
        lambda inner: st.builds(
            lambda tag, cls, children: f"<{tag}{f' class={chr(34)}{cls}{chr(34)}' if cls else ''}>\n" + "\n".join(children) + f"\n</{tag}>",
            st.sampled_from(CONTAINERS), st.sampled_from(CLASSES), st.lists(inner, min_size=1, max_size=6),
        ),
        max_leaves=30,
    )


@st.composite
def article_like_pages(draw: st.DrawFn) -> str:
    lang = draw(languages)
    parts = draw(st.lists(article_tree(lang), min_size=1, max_size=5))
    title = draw(st.one_of(st.none(), headline(lang)))
    head = f"<title>{esc(title)}</title>" if title else ""
    return f"<!DOCTYPE html>\n<html><head>{head}</head><body>\n" + "\n".join(parts) + "\n</body></html>"


@given(article_like_pages())
def test_body_paragraphs_are_text_of_the_page_in_page_order(page: str) -> None:
    doc = cleantext.clean_html(page)
    check_document(doc, "html")
    text = page_text(page)
    position = 0
    for paragraph in doc.body.split("\n\n") if doc.body else []:
        para = fold(paragraph)
        assert para in text, f"body paragraph not in the page's text: {para!r}\n{explain(doc)}"
        found = text.find(para, position)
        assert found >= 0, f"body paragraph out of page order: {para!r}\n{explain(doc)}"
        position = found + len(para)


# --- 5. an article in generated furniture is recovered ---------------------------------------------------

SITES = {"ko": ["한빛일보", "데일리경제", "뉴스스페이스", "테크플러스", "서울타임즈"],
         "en": ["The Morning Ledger", "Riverside Gazette", "Daily Post", "TechWire", "Harbor Times"]}
MENU = {
    "ko": ["정치", "경제", "사회", "국제", "문화", "스포츠", "연예", "IT·과학", "오피니언", "포토", "영상", "전국", "라이프",
           "기획", "부동산", "산업"],
    "en": ["Home", "News", "Politics", "Business", "World", "Sport", "Culture", "Opinion", "Tech", "Science",
           "Health", "Travel", "Video", "Podcasts", "Local", "Climate"],
}
SHARE = {"ko": ["페이스북", "트위터", "카카오톡", "카카오스토리", "URL 복사", "네이버 블로그"],
         "en": ["Facebook", "Twitter", "Email", "WhatsApp", "LinkedIn", "Copy link"]}
SHARE_LABELS = {"ko": ["", "공유하기", "기사 공유"], "en": ["", "Share", "Share this article"]}
RELATED_HEADERS = {"ko": ["관련기사", "많이 본 뉴스", *KO_RELATED_HEADERS], "en": ["Related articles", "You may also like", *EN_RELATED_HEADERS]}
BOARD_HEADERS = {"ko": ["번호", "제목", "글쓴이", "날짜"], "en": ["No.", "Title", "Author", "Date"]}
COMMENT_TEXTS = {
    "ko": ["좋은 기사 감사합니다.", "공감합니다.", "이건 좀 아닌 것 같네요.", "잘 읽었습니다!", "세금 낭비 아닌가요?", "후속 보도 부탁드려요."],
    "en": ["Great article, thanks!", "I disagree with this.", "Very informative.", "Who pays for all of this?",
           "Finally some good news.", "Source?"],
}
COMMENT_HEADERS = {"ko": ["댓글 {n}", "댓글 {n}개", "전체 댓글 {n}"], "en": ["{n} Comments", "Comments ({n})", "{n} comments"]}
FOOTER_LINKS = {"ko": ["회사소개", "개인정보처리방침", "이용약관", "광고문의", "고충처리인", "청소년보호정책"],
                "en": ["About us", "Privacy policy", "Terms of use", "Contact", "Advertise", "Careers"]}
COOKIE = {
    "en": ["We use cookies to improve your experience on our website. By continuing to browse, you agree to our use "
           "of cookies.", "We use cookies … to personalise content and ads and to analyse our traffic."],
    "ko": ["이 웹사이트는 더 나은 서비스를 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.",
           "당사는 쿠키를 사용하여 맞춤형 콘텐츠를 제공합니다."],
}
COOKIE_LINKS = {"en": ["Learn more", "Privacy policy", "Cookie settings"], "ko": ["자세히 보기", "개인정보처리방침"]}
COOKIE_ACCEPT = {"en": ["Accept", "Accept all", "OK"], "ko": ["동의", "확인", "모두 허용"]}
ARTICLE_CLASSES = ["article-body", "news_view", "post-content", "entry-content", "article_txt", "story-body",
                   "view_cont", "article", "post"]


def links(items: list[str], base: str = "/section") -> str:
    return "\n".join(f'<li><a href="{base}/{i}">{esc(item)}</a></li>' for i, item in enumerate(items))


@st.composite
def nav_html(draw: st.DrawFn, lang: str) -> str:
    items = draw(st.lists(st.sampled_from(MENU[lang]), min_size=5, max_size=15, unique=True))
    if draw(st.booleans()):
        return f'<nav class="{draw(st.sampled_from(["gnb", "main-nav", "menu"]))}">\n<ul>\n{links(items)}\n</ul>\n</nav>'
    return f'<ul class="{draw(st.sampled_from(["menu", "gnb", "lnb", "depth1", "cate_list"]))}">\n{links(items)}\n</ul>'


@st.composite
def header_html(draw: st.DrawFn, site: str, nav: str | None) -> str:
    logo = draw(st.sampled_from([
        f'<a class="logo" href="/">{esc(site)}</a>',
        f'<div class="logo"><a href="/">{esc(site)}</a></div>',
        f'<a href="/"><img class="logo" src="/logo.png" alt="{attr(site)}"></a>',
        f'<p class="site-title"><a href="/">{esc(site)}</a></p>',
    ]))
    inner = logo + ("\n" + nav if nav else "")
    if draw(st.booleans()):
        return f'<header class="site-header">\n{inner}\n</header>'
    return f'<div id="header">\n{inner}\n</div>'


@st.composite
def weather_html(draw: st.DrawFn, lang: str) -> str:
    rows = draw(weather_widget(lang))
    box = draw(st.sampled_from(["weather", "weather", "weather_box", "today_info", "wt_area"]))
    return f'<div class="{box}">\n<ul>\n' + "\n".join(f"<li>{esc(r.strip())}</li>" for r in rows) + "\n</ul>\n</div>"


@st.composite
def share_html(draw: st.DrawFn, lang: str) -> str:
    items = draw(st.lists(st.sampled_from(SHARE[lang]), min_size=2, max_size=5, unique=True))
    label = draw(st.sampled_from(SHARE_LABELS[lang]))
    label_html = f"<span>{esc(label)}</span>\n" if label else ""
    if draw(st.booleans()):
        buttons = "\n".join(f'<a href="#" class="btn-{i}">{esc(item)}</a>' for i, item in enumerate(items))
    else:
        buttons = "<ul>\n" + "\n".join(f'<li><a href="#">{esc(item)}</a></li>' for item in items) + "\n</ul>"
    box = draw(st.sampled_from(["share", "share", "sns_area", "article-tools", "btn_group"]))
    return f'<div class="{box}">\n{label_html}{buttons}\n</div>'


@st.composite
def related_html(draw: st.DrawFn, lang: str, used: frozenset[str]) -> str:
    header = draw(st.sampled_from(RELATED_HEADERS[lang]))
    header_tag = draw(st.sampled_from(["h2", "h3", "h4", "strong", "div"]))
    titles = draw(st.lists(headline(lang), min_size=3, max_size=8, unique=True))
    teasers = draw(st.booleans())
    thumbs = draw(st.booleans())
    items = []
    for i, title in enumerate(titles):
        item = f'<a href="/article/{1000 + i}">{esc(title)}</a>'
        if thumbs:
            item = f'<a href="/article/{1000 + i}"><img src="/t{i}.jpg" alt="{attr(title)}"></a>\n' + item
        if teasers:
            # A teaser of another article: one to three sentences, never a sentence of this article.
            lines = draw(st.lists(sentence(lang).filter(lambda s: s not in used), min_size=1, max_size=3, unique=True))
            item += f"\n<p>{esc(' '.join(lines))}</p>"
        items.append(f"<li>{item}</li>")
    box = draw(st.sampled_from(['<aside class="related">', '<div class="related-posts">', '<aside class="related">',
                                '<div class="related-posts">', '<aside>', '<div class="box">', '<div class="rank_list">',
                                '<section class="list_area">']))
    close = "</" + box[1:].split(">")[0].split()[0] + ">"
    return f"{box}\n<{header_tag}>{esc(header)}</{header_tag}>\n<ul>\n" + "\n".join(items) + f"\n</ul>\n{close}"


@st.composite
def board_html(draw: st.DrawFn, lang: str) -> str:
    rows = draw(st.integers(3, 12))
    first = draw(st.integers(100, 99999))
    head = "".join(f"<th>{h}</th>" for h in BOARD_HEADERS[lang])
    body = []
    for i in range(rows):
        month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
        body.append(
            f"<tr><td>{first - i}</td><td><a href=\"/bbs/{first - i}\">{esc(draw(headline(lang)))}</a></td>"
            f"<td>{esc(draw(st.sampled_from(POSTERS)))}</td><td>2025.{month:02d}.{day:02d}</td></tr>"
        )
    box = draw(st.sampled_from(["board", "board", "tbl_list", "bbs", "list"]))
    return f'<table class="{box}">\n<thead><tr>{head}</tr></thead>\n<tbody>\n' + "\n".join(body) + "\n</tbody>\n</table>"


@st.composite
def comments_html(draw: st.DrawFn, lang: str) -> str:
    texts = draw(st.lists(st.sampled_from(COMMENT_TEXTS[lang]), min_size=1, max_size=5, unique=True))
    header = draw(st.sampled_from(COMMENT_HEADERS[lang])).format(n=len(texts))
    items = []
    for text in texts:
        who = draw(st.sampled_from(POSTERS))
        items.append(f'<li><span class="comment-author">{esc(who)}</span> <p>{esc(text)}</p> '
                     f'<span class="comment-date">2025.01.0{draw(st.integers(1, 9))} 12:34</span></li>')
    box = draw(st.sampled_from(['id="comments"', 'id="comments"', 'class="cmt_area"', 'class="reply-box"']))
    return f'<section {box}>\n<h3>{esc(header)}</h3>\n<ol>\n' + "\n".join(items) + "\n</ol>\n</section>"


@st.composite
def footer_html(draw: st.DrawFn, lang: str, site: str) -> str:
    year = draw(st.integers(2015, 2026))
    line = draw(st.sampled_from([
        f"Copyright © {year} {site}. All rights reserved.",
        f"© {year} {site}",
        f"Copyright ⓒ {site} 무단전재 및 재배포 금지" if lang == "ko" else f"© {site} {year}. All rights reserved.",
    ]))
    items = draw(st.lists(st.sampled_from(FOOTER_LINKS[lang]), min_size=2, max_size=6, unique=True))
    address = ""
    if draw(st.booleans()):
        address = ("<p>서울특별시 중구 세종대로 123 | 대표전화 02-123-4567 | 등록번호 서울 아00000</p>\n" if lang == "ko"
                   else "<p>1 Harbour Street, Riverside | Tel. 555-0100</p>\n")
    return f"<footer>\n<ul>\n{links(items, '/info')}\n</ul>\n{address}<p>{esc(line)}</p>\n</footer>"


@st.composite
def cookie_html(draw: st.DrawFn, lang: str) -> str:
    text = draw(st.sampled_from(COOKIE[lang]))
    more = draw(st.sampled_from(COOKIE_LINKS[lang]))
    accept = draw(st.sampled_from(COOKIE_ACCEPT[lang]))
    return (f'<div id="cookie-consent">\n<p>{esc(text)} <a href="/privacy">{esc(more)}</a></p>\n'
            f'<a href="#" class="accept">{esc(accept)}</a>\n</div>')


@st.composite
def article_paragraph(draw: st.DrawFn, lang: str, mentions: bool = False) -> tuple[str, str, tuple[str, ...]]:
    """(markup, text, sentences) of an article paragraph of 2-5 sentences, one sometimes in <strong>/<b>/<em>.

    With ``mentions``, sentences naming furniture words (weather, Facebook, comments, related ...) come up often.
    """
    sentences = draw(st.lists(sentence(lang, mentions), min_size=2, max_size=5, unique=True))
    marked = [esc(s) for s in sentences]
    if draw(st.integers(0, 3)) == 0:
        k = draw(st.integers(0, len(marked) - 1))
        tag = draw(st.sampled_from(["strong", "b", "em"]))
        marked[k] = f"<{tag}>{marked[k]}</{tag}>"
    return " ".join(marked), " ".join(sentences), tuple(sentences)


class FurnishedPage:
    """A generated page: its HTML, the article's paragraphs and headline, and what furniture it holds."""

    def __init__(self, html: str, paragraphs: list[str], title: str, furniture: list[str]) -> None:
        self.html = html
        self.paragraphs = paragraphs
        self.title = title
        self.furniture = furniture

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def __repr__(self) -> str:
        return f"FurnishedPage(furniture={self.furniture}, html=\n{self.html}\n)"


def furniture_lang(lang: str, draw: st.DrawFn) -> str:
    """Furniture language: mostly the article's, sometimes the other one (sites mix them)."""
    return draw(st.sampled_from([lang, lang, "en" if lang == "ko" else "ko"]))


KO_BYLINE_HTML = ['<p class="byline">김시민 기자</p>', '<div class="byline"><span>이성은 기자</span> <a href="mailto:selee@example.co.kr">selee@example.co.kr</a></div>',
                  '<span class="writer">박지훈 특파원</span>']
EN_BYLINE_HTML = ['<p class="byline">By Jane Smith</p>', '<div class="author">By <a rel="author" href="/staff/maria">Maria Lopez</a></div>',
                  '<address>Written by Tom O\'Neill</address>']
KO_DATE_HTML = ['<p class="date">입력 2025.01.27 10:31 | 수정 2025.01.27 11:02</p>', '<time datetime="2025-01-27T10:31">2025.01.27 10:31</time>']
EN_DATE_HTML = ['<p class="date">Published 27 January 2025</p>', '<time datetime="2025-01-27T10:31">January 27, 2025 at 10:31 a.m.</time>']
KO_CAPTIONS = ["서울 중구 프레스센터에서 열린 기자간담회 모습. 연합뉴스", "지난 3일 서울 시내의 한 매장. 사진=뉴스1"]
EN_CAPTIONS = ["The new tram line in the city centre. Photo: Reuters", "Residents at the town hall meeting on Tuesday. (AP Photo)"]


@st.composite
def inner_furniture(draw: st.DrawFn, lang: str) -> tuple[list[str], str | None]:
    """Furniture inside the article container: byline and date under the headline, a captioned photo."""
    under = []
    if draw(st.booleans()):
        under.append(draw(st.sampled_from(KO_BYLINE_HTML if lang == "ko" else EN_BYLINE_HTML)))
    if draw(st.booleans()):
        under.append(draw(st.sampled_from(KO_DATE_HTML if lang == "ko" else EN_DATE_HTML)))
    figure = None
    if draw(st.booleans()):
        caption = draw(st.sampled_from(KO_CAPTIONS if lang == "ko" else EN_CAPTIONS))
        figure = (f'<figure class="photo"><img src="/p.jpg" alt="{attr(caption)}">'
                  f"<figcaption>{esc(caption)}</figcaption></figure>")
    return under, figure


@st.composite
def furnished_pages(draw: st.DrawFn, inner: bool = False) -> FurnishedPage:
    """A generated article page; with ``inner``, byline, date and captioned photo inside the article too."""
    lang = draw(languages)
    title = draw(headline(lang))
    count = draw(st.integers(4, 10))
    mentions = draw(st.booleans())
    paragraphs = draw(st.lists(article_paragraph(lang, mentions), min_size=count, max_size=count, unique_by=lambda p: p[1]))
    article_sentences = frozenset(s for _, _, sentences in paragraphs for s in sentences)

    container = draw(st.sampled_from(["article", "div"]))
    if container == "article":
        open_article, close_article = "<article>", "</article>"
    else:
        open_article, close_article = f'<div class="{draw(st.sampled_from(ARTICLE_CLASSES))}">', "</div>"
    paragraph_html = [f"<p>{m}</p>" for m, _, _ in paragraphs]
    furniture: list[str] = ["(article sentences mention furniture words)"] if mentions else []
    under: list[str] = []
    if inner:
        under, figure = draw(inner_furniture(lang))
        if figure:
            paragraph_html.insert(draw(st.integers(0, len(paragraph_html) - 1)), figure)
        furniture += [*(["byline/date"] if under else []), *(["figure"] if figure else [])]
    article = f"{open_article}\n<h1>{esc(title)}</h1>\n" + "\n".join(under + paragraph_html) + f"\n{close_article}"

    site_lang = furniture_lang(lang, draw)
    site = draw(st.sampled_from(SITES[site_lang]))
    top: list[str] = []
    nav = draw(nav_html(furniture_lang(lang, draw)))
    nav_in_header = draw(st.booleans())
    top.append(draw(header_html(site, nav if nav_in_header else None)))
    furniture.append("header+nav" if nav_in_header else "header")
    if not nav_in_header:
        top.append(nav)
        furniture.append("nav")
    if draw(st.booleans()):
        top.insert(draw(st.integers(0, len(top))), draw(weather_html(furniture_lang(lang, draw))))
        furniture.append("weather")

    around = [article]
    if draw(st.booleans()):
        share = draw(share_html(furniture_lang(lang, draw)))
        if draw(st.booleans()):
            around.insert(0, share)
            furniture.append("share-above")
        else:
            around.append(share)
            furniture.append("share-below")

    related = draw(related_html(furniture_lang(lang, draw), article_sentences))
    after: list[str] = []
    if draw(st.booleans()):
        around.append(related)  # a sidebar next to the article, inside the same wrapper
        furniture.append("related-beside")
    else:
        after.append(related)
        furniture.append("related")
    if draw(st.booleans()):
        after.append(draw(board_html(furniture_lang(lang, draw))))
        furniture.append("board")
    if draw(st.booleans()):
        after.append(draw(comments_html(furniture_lang(lang, draw))))
        furniture.append("comments")
    after = draw(st.permutations(after))

    main = "\n".join(around)
    if draw(st.booleans()):
        main = f'<div id="content">\n{main}\n</div>'
    if draw(st.booleans()):
        main = f"<main>\n{main}\n</main>"
    parts = [*top, main, *after, draw(footer_html(furniture_lang(lang, draw), site))]
    furniture.append("footer")
    cookie = draw(st.sampled_from([None, "top", "end"]))
    if cookie:
        banner = draw(cookie_html(furniture_lang(lang, draw)))
        parts = [banner, *parts] if cookie == "top" else [*parts, banner]
        furniture.append(f"cookie-{cookie}")
    body = "\n".join(parts)
    if draw(st.booleans()):
        body = f'<div id="wrap">\n{body}\n</div>'
    head = draw(st.sampled_from([
        "",
        f"<title>{esc(title)}</title>",
        f"<title>{esc(title)} | {esc(site)}</title><meta property=\"og:site_name\" content=\"{attr(site)}\">",
        f"<meta property=\"og:title\" content=\"{attr(title)}\"><title>{esc(title)} - {esc(site)}</title>",
    ]))
    page = (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">{head}</head>\n<body>\n"
            f"{body}\n</body></html>")
    return FurnishedPage(page, [text for _, text, _ in paragraphs], title, furniture)


@given(furnished_pages())
def test_an_article_in_generated_furniture_is_recovered(case: FurnishedPage) -> None:
    note(f"furniture: {case.furniture}")
    doc = cleantext.clean_html(case.html)
    check_document(doc, "html")
    note(explain(doc))
    assert doc.body == case.body


@given(furnished_pages(inner=True))
def test_bylines_dates_and_captions_inside_the_article_stay_out_of_the_body(case: FurnishedPage) -> None:
    note(f"furniture: {case.furniture}")
    doc = cleantext.clean_html(case.html)
    check_document(doc, "html")
    note(explain(doc))
    assert doc.body == case.body


@given(furnished_pages())
def test_the_headline_of_an_article_in_generated_furniture_is_the_title(case: FurnishedPage) -> None:
    note(f"furniture: {case.furniture}")
    doc = cleantext.clean_html(case.html)
    assert doc.title == case.title
    assert case.title not in doc.body.split("\n\n")


# --- 6. plain examples ------------------------------------------------------------------------------

EN_PARAS = [
    "The city council approved a new plan to expand public transport on Tuesday, after a debate that lasted "
    "well into the night and drew hundreds of residents to the town hall.",
    "Under the plan, bus lines will run every ten minutes during the day, and two new tram routes will connect "
    "the northern districts with the city centre by the end of next year.",
    "Critics say the plan does not go far enough to address the underlying problems, and that fares should have "
    "been cut as well. The proposal will be put to a vote in the regional parliament next month.",
    "It was not immediately clear how the changes would be funded, although officials pointed to a grant from "
    "the national government and to higher parking fees in the centre.",
]


def article_page(inner: str, head: str = "", title: str = "Council approves transport plan") -> str:
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in EN_PARAS)
    return (
        f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">{head}</head><body>\n"
        "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>"
        "<li><a href=\"/culture\">Culture</a></li><li><a href=\"/opinion\">Opinion</a></li></ul></nav>\n"
        f"<article><h1>{esc(title)}</h1>\n{paras[: paras.index('</p>') + 4]}\n{inner}\n"
        f"{paras[paras.index('</p>') + 5:]}\n</article>\n"
        "<footer><p>© 2025 Riverside Gazette. All rights reserved.</p></footer>\n</body></html>"
    )


def kept_paragraphs(doc: cleantext.Document) -> list[str]:
    return doc.body.split("\n\n") if doc.body else []


def test_plain_article_page_keeps_all_paragraphs() -> None:
    doc = cleantext.clean_html(article_page(""))
    check_document(doc, "html")
    assert doc.body == "\n\n".join(EN_PARAS), explain(doc)


def test_a_table_inside_the_article_survives_row_by_row() -> None:
    table = (
        "<table><thead><tr><th>Line</th><th>Frequency</th><th>Opens</th></tr></thead><tbody>"
        "<tr><td>Tram 4 North</td><td>every 10 minutes</td><td>March 2026</td></tr>"
        "<tr><td>Tram 7 Harbour</td><td>every 12 minutes</td><td>June 2026</td></tr>"
        "<tr><td>Night bus N2</td><td>every 30 minutes</td><td>January 2026</td></tr>"
        "</tbody></table>"
    )
    doc = cleantext.clean_html(article_page(table))
    check_document(doc, "html")
    paragraphs = kept_paragraphs(doc)
    for row in (("Tram 4 North", "every 10 minutes", "March 2026"), ("Tram 7 Harbour", "every 12 minutes", "June 2026"),
                ("Night bus N2", "every 30 minutes", "January 2026")):
        assert any(all(cell in para for cell in row) and para.index(row[0]) < para.index(row[2]) for para in paragraphs), (
            f"row {row} not in the body\n{explain(doc)}")
    for para in EN_PARAS:
        assert para in paragraphs


def test_list_items_inside_the_article_survive_as_paragraphs() -> None:
    items = ["Buses every ten minutes during the day", "Two new tram routes to the northern districts",
             "Higher parking fees in the city centre", "A night bus network on weekends"]
    listing = "<p>The plan has four parts:</p><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"
    doc = cleantext.clean_html(article_page(listing))
    check_document(doc, "html")
    paragraphs = kept_paragraphs(doc)
    for item in items:
        assert any(item in para for para in paragraphs), f"list item {item!r} lost\n{explain(doc)}"
    positions = [doc.body.index(item) for item in items]
    assert positions == sorted(positions)
    assert doc.body.index(items[0]) > doc.body.index(EN_PARAS[0]) and doc.body.index(items[-1]) < doc.body.index(EN_PARAS[1])


def test_a_code_block_inside_the_article_survives() -> None:
    code = "<p>The route planner is open source; the core of it reads:</p>" \
           "<pre><code>def next_departure(line, now):\n    times = timetable[line]\n    return min(t for t in times if t &gt; now)\n</code></pre>"
    doc = cleantext.clean_html(article_page(code))
    check_document(doc, "html")
    for line in ("def next_departure(line, now):", "times = timetable[line]", "return min(t for t in times if t > now)"):
        assert line in doc.body, f"code line {line!r} lost\n{explain(doc)}"


def test_a_quote_inside_the_article_survives() -> None:
    quote = ("<blockquote><p>We expect the first trams to run by the end of next year, and we will keep listening "
             "to the people who live along the routes.</p></blockquote>")
    doc = cleantext.clean_html(article_page(quote))
    check_document(doc, "html")
    assert ("We expect the first trams to run by the end of next year, and we will keep listening to the people who "
            "live along the routes.") in kept_paragraphs(doc), explain(doc)


@pytest.mark.parametrize("where", ["head", "article", "between", "end"])
def test_script_and_style_text_never_reaches_the_body(where: str) -> None:
    secret_js = "Secret script sentence that reads like prose and ends with a period."
    secret_css = "Secret style sentence that reads like prose and ends with a period."
    junk = (f"<script>var note = \"{secret_js}\"; document.write('<p>{secret_js}</p>');</script>"
            f"<style>/* {secret_css} */ article p {{ line-height: 1.6 }}</style>"
            f"<noscript><p>{secret_js}</p></noscript>")
    if where == "head":
        page = article_page("", head=junk)
    elif where == "article":
        page = article_page(junk)
    elif where == "between":
        page = article_page("").replace("<article>", junk + "<article>")
    else:
        page = article_page("").replace("</body>", junk + "</body>")
    doc = cleantext.clean_html(page)
    check_document(doc, "html")
    assert "Secret" not in doc.body
    assert "line-height" not in doc.body and "document.write" not in doc.body
    assert doc.body == "\n\n".join(EN_PARAS), explain(doc)


def test_meta_from_meta_tags() -> None:
    head = (
        "<meta name=\"author\" content=\"Maria Lopez\">"
        "<meta property=\"article:published_time\" content=\"2025-03-04T09:30:00+01:00\">"
        "<meta property=\"og:site_name\" content=\"Riverside Gazette\">"
    )
    page = article_page("", head=head).replace('<html lang="en">', '<html lang="en-GB">')
    doc = cleantext.clean_html(page)
    check_document(doc, "html")
    assert doc.meta.get("author") == "Maria Lopez"
    assert doc.meta.get("date") == "2025-03-04T09:30:00+01:00"
    assert doc.meta.get("publisher") == "Riverside Gazette"
    assert doc.meta.get("lang") == "en-GB"
    assert doc.body == "\n\n".join(EN_PARAS)


def test_meta_from_json_ld() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council approves transport plan",
        "author": [{"@type": "Person", "name": "James Carter"}],
        "datePublished": "2025-03-05",
        "publisher": {"@type": "Organization", "name": "Harbor Times"},
        "inLanguage": "en",
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    doc = cleantext.clean_html(article_page("", head=head).replace(' lang="en"', ""))
    check_document(doc, "html")
    assert doc.meta.get("author") == "James Carter"
    assert doc.meta.get("date") == "2025-03-05"
    assert doc.meta.get("publisher") == "Harbor Times"
    assert doc.body == "\n\n".join(EN_PARAS)


def test_meta_lang_of_a_korean_page() -> None:
    doc = cleantext.clean_html(korean_page('<meta charset="utf-8">'))
    assert doc.meta.get("lang") == "ko"
    assert doc.body == "\n\n".join(KO_PARAGRAPHS)


def test_title_from_og_title() -> None:
    head = "<meta property=\"og:title\" content=\"Council approves transport plan\"><title>News | Riverside Gazette</title>"
    doc = cleantext.clean_html(article_page("", head=head))
    assert doc.title == "Council approves transport plan"


def test_title_from_the_title_element_without_the_site_name() -> None:
    head = "<title>Council approves transport plan | Riverside Gazette</title><meta property=\"og:site_name\" content=\"Riverside Gazette\">"
    page = article_page("", head=head).replace("<h1>Council approves transport plan</h1>", "")
    doc = cleantext.clean_html(page)
    assert doc.title == "Council approves transport plan"
    assert doc.body == "\n\n".join(EN_PARAS), explain(doc)


def test_title_from_the_h1() -> None:
    doc = cleantext.clean_html(article_page("", title="Trams return to the northern districts"))
    assert doc.title == "Trams return to the northern districts"
    assert "Trams return to the northern districts" not in doc.body


def test_title_from_the_h1_matching_a_longer_title_element() -> None:
    head = "<title>Trams return to the northern districts - Local news - RG</title>"
    doc = cleantext.clean_html(article_page("", head=head, title="Trams return to the northern districts"))
    assert doc.title == "Trams return to the northern districts"


def test_every_block_has_a_dom_path() -> None:
    extra = (
        "<figure><img src=\"/a.jpg\" alt=\"Tram at the harbour stop\"><figcaption>The new tram. Photo: City</figcaption></figure>"
        "<table><tr><td>a</td><td>b</td></tr></table><ul><li>one</li><li>two</li></ul><pre>x = 1</pre>"
        "<div>loose <b>text</b><br><br>after breaks</div><custom-widget>custom</custom-widget>"
    )
    doc = cleantext.clean_html(article_page(extra))
    check_document(doc, "html")
    assert len(doc.blocks) >= 15
    for block in doc.blocks:
        assert block.dom_path and block.dom_path.split(">")[-1], block
        assert block.to_dict()["dom_path"] == block.dom_path
    paths = {block.clean: block.dom_path for block in doc.blocks}
    assert paths["Home"].endswith("nav>ul>li>a") or paths["Home"].endswith("nav>ul>li")
    assert paths[EN_PARAS[0]].endswith("article>p")
    # A text dump has no DOM: no dom_path there.
    assert all(block.dom_path is None for block in cleantext.clean_text("\n\n".join(EN_PARAS)).blocks)
