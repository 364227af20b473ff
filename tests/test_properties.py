"""Properties of cleaning, checked with hypothesis on arbitrary input, generated pages and the seeds.

a. cleaning never raises (str: never; bytes: only InputError, for binary data);
b. every body paragraph comes from the input, in input order;
c. cleaning a body again returns it unchanged;
d. inserting page furniture (weather, board, related, share, nav) leaves the body unchanged;
e. line-ending style and trailing white space never change the body;
f. the body never holds a line the seeds' gold marks as furniture.
"""

from __future__ import annotations

import functools
from typing import Iterable, Sequence

import pytest
from hypothesis import assume, example, given, note
from hypothesis import strategies as st

import cleantext
from cleantext.segment.text import segment_text
from seedlib import SEED_NAMES, Seed, fold, load_seed
from strategies import (
    EN_FIXED,
    KO_FIXED,
    NEWLINES,
    PLACES,
    Article,
    Widget,
    articles,
    en_sentence,
    ko_sentence,
    trailing_noise,
    widgets,
)

# --- helpers -------------------------------------------------------------------------------------


def check_document(doc: cleantext.Document) -> None:
    """Invariants every Document keeps, whatever the input."""
    assert isinstance(doc.body, str)
    assert doc.title is None or isinstance(doc.title, str)
    for key, value in doc.meta.items():
        assert isinstance(key, str) and isinstance(value, str)
    for block in doc.blocks:
        assert isinstance(block.label, cleantext.Label), f"line {block.line} left unlabelled"
        assert block.reason, f"line {block.line} labelled {block.label} without a reason"
        assert block.clean and block.clean == block.clean.strip()
        assert block.line <= block.line_end
    assert doc.body == "\n\n".join(" ".join(b.output for b in group) for group in paragraph_groups(doc))
    assert "\n\n\n" not in doc.body
    assert doc.body == doc.body.strip()


def kept_blocks(doc: cleantext.Document) -> list[cleantext.Block]:
    return [block for block in doc.blocks if block.kept and block.output]


def paragraph_groups(doc: cleantext.Document) -> list[list[cleantext.Block]]:
    """The kept blocks of each body paragraph: one block, or the pieces of a long line cut at
    sentence ends (``same_paragraph``) that were kept one after another."""
    groups: list[list[cleantext.Block]] = []
    previous_kept = False
    for block in doc.blocks:
        kept = block.kept and bool(block.output)
        if kept and block.same_paragraph and previous_kept:
            groups[-1].append(block)
        elif kept:
            groups.append([block])
        previous_kept = kept
    return groups


def paragraphs_come_from_blocks_in_order(doc: cleantext.Document) -> list[cleantext.Block]:
    """Each body paragraph is a kept block's clean text or a suffix of it (prefix byline cut), or the
    kept pieces of one line, in input order."""
    paragraphs = doc.body.split("\n\n") if doc.body else []
    groups = paragraph_groups(doc)
    assert len(paragraphs) == len(groups)
    for para, group in zip(paragraphs, groups):
        assert para == " ".join(block.output for block in group)
        for block in group:
            assert block.output == block.clean or (block.clean.endswith(block.output) and len(block.output) < len(block.clean)), (block.output, block.clean)
    blocks = [block for group in groups for block in group]
    places = [(block.line, block.span or (0, 0)) for block in blocks]
    assert places == sorted(places) and len(set(places)) == len(places), f"paragraph lines out of order: {places}"
    return blocks


@functools.lru_cache(maxsize=None)
def seed_body(name: str) -> str:
    """The body the library gives the unmodified seed: what the edits below must not change."""
    return cleantext.clean_text(load_seed(name).text).body


def seed_lines(seed: Seed) -> list[str]:
    return seed.text.splitlines()


def seed_slots(seed: Seed) -> dict[str, list[int]]:
    """Where furniture may be inserted in a seed: indexes into its lines (insert before lines[i])."""
    labels = seed.labels
    numbers = sorted(labels)
    body = [n for n in numbers if labels[n] == "body"]
    between = [n for n, nxt in zip(numbers, numbers[1:]) if labels[n] == "body" and labels[nxt] == "body"]
    return {
        "top": [0],
        "between": between,  # after line n (1-based) is index n
        "after": [body[-1]],
        "end": [len(seed_lines(seed))],
    }


def article_slots(article: Article) -> dict[str, list[int]]:
    paras = article.paragraph_line_indexes()
    end = len(article.lines())
    return {"top": [0], "between": [i + 1 for i in paras[:-1]], "after": [end], "end": [end]}


def insert_all(lines: Sequence[str], insertions: dict[int, list[Widget]]) -> list[str]:
    """Lines with each widget's lines put before ``lines[i]``, blank lines around each widget."""
    out: list[str] = []
    for i in range(len(lines) + 1):
        for widget in insertions.get(i, []):
            out += ["", *widget.as_lines(), ""]
        if i < len(lines):
            out.append(lines[i])
    return out


# Places where widgets stack realistically (a nav bar over a weather box; a related list over a board);
# between two paragraphs, or right under the last one, a page puts one widget.
_STACKING = ("top", "end")


@st.composite
def placed_widgets(draw: st.DrawFn, slots: dict[str, list[int]], families: Iterable[str] = tuple(PLACES),
                   max_widgets: int = 3) -> dict[int, list[Widget]]:
    """1..max_widgets widgets, each at a place realistic for its family."""
    free = {place: list(indexes) for place, indexes in slots.items()}
    insertions: dict[int, list[Widget]] = {}
    for _ in range(draw(st.integers(1, max_widgets))):
        open_places = [place for place, indexes in free.items() if indexes]
        widget = draw(widgets(tuple(families), open_places))
        assume(free.get(widget.place))
        at = draw(st.sampled_from(free[widget.place]))
        insertions.setdefault(at, []).append(widget)
        if widget.place not in _STACKING:
            for indexes in free.values():
                if at in indexes and indexes is not free["top"] and indexes is not free["end"]:
                    indexes.remove(at)
    return insertions


def describe(insertions: dict[int, list[Widget]]) -> str:
    return "; ".join(f"at {at} ({w.place}): {w.family}/{w.lang} {list(w.lines)}" for at, ws in sorted(insertions.items()) for w in ws)


# --- a. never raises -----------------------------------------------------------------------------

# Text that stresses segmentation: markdown and bullets, odd white space, invisible and combining
# characters, surrogate-free astral characters, line separators of every kind.
_ODD = st.sampled_from([
    "\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\t", "\u00a0", "\u200b", "\ufeff", "\u3000",
    "•", "·", "-", "*", "#", ">", "|", "![", "](", "[", "]", "(", ")", "http://x.y/z", "`", "\\", "_", "**",
    "℃", "°C", "© ", "관련기사", "댓글0", "2025.02.04", "47012 ", "다.", ". ", "Share", "\u0301", "😀", "\U0001d400",
])
odd_text = st.lists(st.one_of(st.text(max_size=30), _ODD), max_size=60).map("".join)


@given(st.text())
@example("")
@example("\n\n\n")
@example("\u00a0\n\u200b\n\ufeff")
@example("•\n-\n*\n#\n>")
@example("![]()")
@example("[](http://)")
def test_clean_text_never_raises(text: str) -> None:
    check_document(cleantext.clean_text(text))


@given(odd_text)
def test_clean_text_never_raises_on_markup_and_odd_characters(text: str) -> None:
    check_document(cleantext.clean_text(text))


@st.composite
def long_lines(draw: st.DrawFn) -> str:
    """A page with a very long line (a flattened page, a minified blob, a run of one character)."""
    kind = draw(st.integers(0, 3))
    if kind == 0:
        sentences = draw(st.lists(st.one_of(en_sentence(), ko_sentence()), min_size=20, max_size=120))
        line = " ".join(sentences)
    elif kind == 1:
        line = draw(st.sampled_from(["a", "다.", "•", "*", "[", "!", "℃", " ", "1", "="])) * draw(st.integers(2000, 60000))
    elif kind == 2:
        line = draw(st.text(min_size=200, max_size=400)) * draw(st.integers(5, 100))
    else:
        line = "".join(draw(st.lists(st.sampled_from(EN_FIXED + KO_FIXED + ["![", "](", "*", "_"]), min_size=50, max_size=400)))
    before = draw(st.sampled_from(["", "Title line\n\n", "• 맑음서울 -4.9℃\n"]))
    return before + line


@given(long_lines())
def test_clean_text_never_raises_on_very_long_lines(text: str) -> None:
    doc = cleantext.clean_text(text)
    check_document(doc)


@given(st.binary(max_size=3000))
@example(b"")
@example(b"\x00\x01binary...")
@example(b"\xff\xfe")
@example(b"\xef\xbb\xbf")
@example(b"\xfe\xff\x00")
def test_clean_never_raises_on_bytes_except_input_error(data: bytes) -> None:
    try:
        doc = cleantext.clean(data)
    except cleantext.InputError as error:
        assert "input" in str(error)
        # Only binary data may be refused: valid UTF-8 without control characters is a page.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return
        assert any(ch < " " and ch not in "\t\n\r\x0c" for ch in text), f"UTF-8 text refused: {error}"
        return
    check_document(doc)


# Page text: anything but control characters (data full of those is binary, and may be refused).
_PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from("\n\r\t")
page_text = st.text(_PRINTABLE, max_size=500)


@given(page_text, st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "euc-kr", "cp1252", "latin-1"]))
def test_text_encoded_as_bytes_never_raises(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, errors="replace")
    doc = cleantext.Cleaner(kind="text").clean(data)
    check_document(doc)


_TAGS = st.sampled_from([
    "<html>", "</html>", "<head>", "<title>", "</title>", "<body>", "</body>", "<p>", "</p>", "<div class=\"nav\">",
    "</div>", "<a href=\"/x\">", "</a>", "<br>", "<script>", "</script>", "<!-- c -->", "<meta charset=\"utf-8\">",
    "<ul>", "<li>", "</li>", "</ul>", "<h1>", "</h1>", "<article>", "</article>", "<", ">", "&amp;", "&nbsp;",
])


@given(st.lists(st.one_of(_TAGS, st.text(_PRINTABLE, max_size=20), en_sentence()), max_size=40).map(lambda parts: "<!DOCTYPE html><html>" + "".join(parts)))
def test_clean_never_raises_on_html_like_input(page: str) -> None:
    """clean() detects HTML by itself: markup, even broken markup, must not raise either."""
    check_document(cleantext.clean(page))
    check_document(cleantext.clean(page.encode("utf-8")))


# --- b. body paragraphs come from the input, in order -----------------------------------------------


@given(odd_text)
def test_body_paragraphs_come_from_input_blocks(text: str) -> None:
    doc = cleantext.clean_text(text)
    blocks = paragraphs_come_from_blocks_in_order(doc)
    # The blocks are the segmenter's view of the input lines: the same text on the same line.
    segmented = {block.line: block.clean for block in segment_text(text)}
    for block in blocks:
        assert segmented.get(block.line) == block.clean


@st.composite
def furnished_articles(draw: st.DrawFn) -> tuple[Article, list[str], dict[int, list[Widget]]]:
    article = draw(articles())
    insertions = draw(placed_widgets(article_slots(article)))
    return article, insert_all(article.lines(), insertions), insertions


@given(furnished_articles())
def test_body_paragraphs_are_substrings_of_their_input_lines(case: tuple[Article, list[str], dict]) -> None:
    article, lines, insertions = case
    note(describe(insertions))
    doc = cleantext.clean_text("\n".join(lines))
    for block in paragraphs_come_from_blocks_in_order(doc):
        assert fold(block.output) in fold(lines[block.line - 1])


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_body_paragraphs_come_from_input_lines(name: str) -> None:
    seed = load_seed(name)
    doc = cleantext.clean_text(seed.text)
    lines = seed_lines(seed)
    for block in paragraphs_come_from_blocks_in_order(doc):
        assert fold(block.output) in fold(lines[block.line - 1])


# --- c. cleaning a body again returns it unchanged ------------------------------------------------


@pytest.mark.parametrize("name", SEED_NAMES)
def test_cleaning_a_seed_body_again_changes_nothing(name: str) -> None:
    body = seed_body(name)
    assert body
    assert cleantext.clean_text(body).body == body


@pytest.mark.parametrize("name", SEED_NAMES)
def test_cleaning_a_gold_body_returns_it(name: str) -> None:
    """The gold body is a clean article: nothing in it is furniture."""
    gold = load_seed(name).body
    assert fold(cleantext.clean_text(gold).body) == fold(gold)


@given(articles())
def test_cleaning_an_article_body_again_changes_nothing(article: Article) -> None:
    body = cleantext.clean_text(article.text).body
    note(f"body: {body!r}")
    assert cleantext.clean_text(body).body == body


@given(articles())
def test_a_plain_article_comes_back_whole(article: Article) -> None:
    """A page that is only an article (title, byline, paragraphs) gives exactly its paragraphs."""
    doc = cleantext.clean_text(article.text)
    assert doc.body == article.body
    if article.title is not None:
        assert doc.title == article.title


@given(articles(mentions=True))
def test_sentences_mentioning_furniture_words_stay_in_the_body(article: Article) -> None:
    """Article sentences that merely name furniture words ('날씨', 'Facebook', '관련 기사', 'Comments',
    '저작권자', ...) are article text: the article still comes back whole."""
    assert cleantext.clean_text(article.text).body == article.body


# --- d. inserting furniture leaves the body unchanged --------------------------------------------


@st.composite
def furnished_seeds(draw: st.DrawFn, families: Iterable[str] = tuple(PLACES)) -> tuple[str, list[str], dict[int, list[Widget]]]:
    name = draw(st.sampled_from(SEED_NAMES))
    seed = load_seed(name)
    insertions = draw(placed_widgets(seed_slots(seed), families))
    return name, insert_all(seed_lines(seed), insertions), insertions


@pytest.mark.parametrize("family", sorted(PLACES))
@given(data=st.data())
def test_furniture_inserted_into_a_seed_leaves_the_body_unchanged(family: str, data: st.DataObject) -> None:
    name, lines, insertions = data.draw(furnished_seeds((family,)))
    note(describe(insertions))
    doc = cleantext.clean_text("\n".join(lines))
    assert doc.body == seed_body(name)


@given(furnished_seeds())
def test_mixed_furniture_inserted_into_a_seed_leaves_the_body_unchanged(case: tuple[str, list[str], dict]) -> None:
    name, lines, insertions = case
    note(describe(insertions))
    assert cleantext.clean_text("\n".join(lines)).body == seed_body(name)


@pytest.mark.parametrize("family", sorted(PLACES))
@given(data=st.data())
def test_furniture_around_a_generated_article_leaves_its_body(family: str, data: st.DataObject) -> None:
    article = data.draw(articles())
    insertions = data.draw(placed_widgets(article_slots(article), (family,)))
    note(describe(insertions))
    doc = cleantext.clean_text("\n".join(insert_all(article.lines(), insertions)))
    assert doc.body == article.body


@given(furnished_articles())
def test_cleaning_a_furnished_article_body_again_changes_nothing(case: tuple[Article, list[str], dict]) -> None:
    _, lines, insertions = case
    note(describe(insertions))
    body = cleantext.clean_text("\n".join(lines)).body
    assert cleantext.clean_text(body).body == body


# --- e. line endings and trailing white space --------------------------------------------------------


@given(st.sampled_from(SEED_NAMES), NEWLINES, st.data())
def test_line_endings_and_trailing_space_never_change_a_seed_body(name: str, newline: str, data: st.DataObject) -> None:
    lines = seed_lines(load_seed(name))
    noisy = data.draw(trailing_noise(lines))
    final = data.draw(st.sampled_from(["", newline, newline * 2]))
    assert cleantext.clean_text(newline.join(noisy) + final).body == seed_body(name)


@given(furnished_articles(), NEWLINES, st.data())
def test_line_endings_and_trailing_space_never_change_an_article_body(case: tuple[Article, list[str], dict],
                                                                       newline: str, data: st.DataObject) -> None:
    _, lines, insertions = case
    note(describe(insertions))
    expected = cleantext.clean_text("\n".join(lines)).body
    noisy = data.draw(trailing_noise(lines))
    assert cleantext.clean_text(newline.join(noisy)).body == expected


# --- f. gold furniture never reaches the body -------------------------------------------------------


@functools.lru_cache(maxsize=None)
def furniture_texts(name: str) -> frozenset[str]:
    """What each gold furniture line would read as in a body (markup stripped, white space folded).

    Lines whose text is also a body line's text (a heading printed twice) are left out.
    """
    seed = load_seed(name)
    body_texts = {fold(line["text"]) for line in seed.lines if line["label"] == "body"}
    texts = set()
    for line in seed.lines:
        if line["label"] == "body":
            continue
        for form in (fold(line["text"]), *(block.clean for block in segment_text(line["text"]))):
            if form and form not in body_texts:
                texts.add(form)
    return frozenset(texts)


@given(st.sampled_from(SEED_NAMES), NEWLINES, st.data())
def test_gold_furniture_never_reaches_the_body(name: str, newline: str, data: st.DataObject) -> None:
    seed = load_seed(name)
    insertions = data.draw(placed_widgets(seed_slots(seed)))
    lines = insert_all(seed_lines(seed), insertions)
    if data.draw(st.booleans()):
        lines = data.draw(trailing_noise(lines))
    note(describe(insertions))
    body = cleantext.clean_text(newline.join(lines)).body
    leaked = [p for p in body.split("\n\n") if fold(p) in furniture_texts(name)]
    assert not leaked


@pytest.mark.parametrize("name", SEED_NAMES)
def test_a_seed_framed_by_furniture_keeps_its_body(name: str) -> None:
    """A fixed, realistic case per seed: nav, share and weather at the top, related + board at the end."""
    seed = load_seed(name)
    slots = seed_slots(seed)
    top = [Widget("nav", "ko", ("메뉴 건너뛰기", "로그인", "Home")),
           Widget("weather", "ko", ("  • 맑음서울 -4.9℃", "  • 구름많음대구 -0.2℃", "  • 흐림부산 3.1℃", "기상청 제공"))]
    top.append(Widget("share", "en", ("Share", "Facebook Twitter Email")))
    after = [Widget("related", "en", ("You may also like", "Council approves new budget", "Why night trains matter more than ever",
                                      "Five things to know about rent caps")),
             Widget("board", "ko", ("번호 제목 글쓴이 날짜 조회", "47012 정부, 기준금리 속도 조절 랭크뉴스 2025.02.04 12",
                                    "47011 서울시, 청년 일자리 투자 확대 익명 2025.02.04 7"))]
    insertions: dict[int, list[Widget]] = {0: top, slots["end"][0]: after}
    doc = cleantext.clean_text("\n".join(insert_all(seed_lines(seed), insertions)))
    assert doc.body == seed_body(name)
