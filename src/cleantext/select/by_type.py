"""A body for each page type: after the article region is found, the page type says what else the
main content is.

An article is one region; a forum thread is every post, in order; a listing or a collection is its
items when the page has no article of its own. Each rule only turns leftover blocks (what body
selection left outside its region, or what class words called comments) into body; what a
detector recognised as furniture (share rows, banners, signatures it named) stays out. A page whose
visible part holds nothing gets the text it ships as data (``shipped_body``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from ..cues import Cues
from ..detectors import dom, records, related
from ..model import PATH_DEPTH, Block, DomNode, Label
from . import page_type as types
from .container import EMPTY_HEADING_REASON, article_container
from .region import UNDER_CLOSER, closer_family, closer_line, under_closer
from .title import DECK_REASON, HEADLINE_REASON, LABEL_ABOVE_REASON

# Label members read for every block, bound once: on CPython 3.11 reading a member off the Enum
# class goes through the metaclass's __getattr__ hook, several times a module name's cost.
_BODY, _BYLINE, _CAPTION, _COMMENTS, _DUPLICATE, _NAV, _PROMO, _RELATED, _SHARE, _TITLE = (
    Label.BODY, Label.BYLINE, Label.CAPTION, Label.COMMENTS, Label.DUPLICATE, Label.NAV, Label.PROMO, Label.RELATED, Label.SHARE,
    Label.TITLE,
)

# Reasons of blocks nothing specific claimed (body selection's leftovers): a type may take them.
LEFTOVER_REASONS = (
    "outside the article region",
    "short line inside the article, not between paragraphs",
    "paragraph after the article",
)
# Labels a post's own lines may carry when the page is a thread: a class word 'comment' or
# 'reply' names the posts themselves; the author's name and the date head every post.
_POST_LABELS = frozenset({Label.COMMENTS, Label.BYLINE, Label.DATE, Label.RELATED, Label.NAV})
_POST_PROSE_UNITS = 12  # an item with this much non-link text is a post
_MIN_POSTS = 2
_MAX_ITEM_SHARE = 0.85  # one item holding more of the group's prose is the page, not a post
_LINK_HEAVY = 0.5
_FORUM_REASON = "a post of the thread"
_ITEM_REASON = "an item of the listing"


def _taken(block: Block, labels: frozenset[Label], links: bool = False) -> bool:
    """A block a type's rule may turn into body: a leftover, or one of ``labels`` (by class words
    or body selection, not by a detector that read its text as furniture); mostly link text only
    when ``links`` (a listing's items are links)."""
    if block.label is _BODY or (block.link_ratio >= _LINK_HEAVY and not links) or not block.clean:
        return False
    if block.label in (_NAV, _RELATED) and block.reason.startswith(LEFTOVER_REASONS):
        return True
    return block.label in labels and block.reason.startswith(_MARKUP_OR_LEFTOVER)


# Class-word evidence (detectors/dom.WORD_REASONS) and body selection's leftovers.
_MARKUP_OR_LEFTOVER = ("class token", "class name", "in an author box", "in a <", "in an <", "in role",
                       *LEFTOVER_REASONS, "comment counter or header", "byline", "date", "author")


def _prose(blocks: Sequence[Block], item: Sequence[int]) -> int:
    return sum(blocks[i].units for i in item if blocks[i].link_ratio < _LINK_HEAVY and not blocks[i].image)


def thread_posts(blocks: Sequence[Block]) -> list[range]:
    """The items of the sibling group that holds the thread: the group with the most prose spread
    over at least ``_MIN_POSTS`` items, none of which holds nearly all of it. Every item of that
    group is a post, a one-line reply too (the long ones only tell which group it is)."""
    best: list[range] = []
    best_prose = 0
    for tag, items in records.sibling_groups(blocks):
        if tag in ("p", "li", "tr", "td", "span", "a", "h2", "h3", "h4"):
            continue
        prose = [_prose(blocks, item) for item in items]
        long_posts = [units for units in prose if units >= _POST_PROSE_UNITS]
        if len(long_posts) < _MIN_POSTS:
            continue
        total = sum(long_posts)
        if max(long_posts) > _MAX_ITEM_SHARE * total:
            continue
        if total > best_prose:
            best, best_prose = items, total
    return best


def _forum(blocks: Sequence[Block], cues: Cues) -> None:
    """Every post of the thread joins the body: the items of its post group, and the prose markup
    called comments (a thread's replies are its posts; nested replies form no one group). The
    poster's box (name, rank, join date, post count) and the signature stay out, and so does a
    post's quote of an earlier one (the same text twice)."""
    for span in post_spans(blocks, thread_posts(blocks)):
        for i in span:
            if _taken(blocks[i], _POST_LABELS) or _unclaimed_in_post(blocks[i]):
                blocks[i].relabel(_BODY, _FORUM_REASON)
    for block in blocks:
        if block.label is _COMMENTS and block.link_ratio < _LINK_HEAVY and block.clean and (
                block.reason.startswith(_CLASS_REASONS) or _answer_under_header(block, cues)):
            block.relabel(_BODY, _FORUM_REASON)
        elif _qa_post_leftover(block):
            block.relabel(_BODY, _FORUM_REASON)
    for block in blocks:
        if block.label is _BODY and _poster_box(block):
            block.relabel(_BYLINE, _POSTER_REASON)
        elif block.label is _BODY and _comment_on_a_post(block):
            block.relabel(_COMMENTS, _COMMENT_ON_POST_REASON)
    _drop_repeats(blocks)


# A Q&A page's question and answers are its posts; the comments under each (class words
# 'comment' inside 'question' or 'answer') are remarks on a post, not posts of the thread.
COMMENT_WORDS = frozenset({"comment", "comments"})
QA_POST_WORDS = frozenset({"question", "answer"})
_COMMENT_ON_POST_REASON = "a comment on a question or an answer"


def _qa_post_leftover(block: Block) -> bool:
    """A leftover of a Q&A page's question or answer (markup words 'question', 'answer'; not a
    comment on one) that reads as a post's text (a sentence, code, or a post's worth of words; not
    its tags, votes and buttons): the question is the thread's opening post, though no sibling of
    the answers."""
    if (block.label is _BODY or block.link_ratio >= _LINK_HEAVY or not block.clean
            or not (block.terminal or block.code or block.units >= _POST_PROSE_UNITS)
            or not block.reason.startswith(LEFTOVER_REASONS)):
        return False
    tokens = block.dom_tokens
    return not tokens.isdisjoint(QA_POST_WORDS) and tokens.isdisjoint(COMMENT_WORDS)


def _comment_on_a_post(block: Block) -> bool:
    tokens = block.dom_tokens
    return not tokens.isdisjoint(COMMENT_WORDS) and not tokens.isdisjoint(QA_POST_WORDS)


def post_spans(blocks: Sequence[Block], posts: Sequence[range]) -> list[list[int]]:
    """Each post's blocks, with those up to the next post whose path is cut short (``PATH_DEPTH``)
    before it reaches the posts' parent element: a post's text nested deeper than a path reaches
    falls out of its item's range, but it still stands between its post's header and the next
    post's. A block whose path does reach the parent is one of its other children (a separator,
    an advertisement between posts). After the last post nothing tells its end from the page's
    next element: it keeps its range."""
    if len(posts) < 2:
        return [list(post) for post in posts]
    parent = _parent_id(blocks[posts[0][0]], blocks[posts[1][0]])
    if parent is None:
        return [list(post) for post in posts]
    spans = [[*post, *(i for i in range(post[-1] + 1, after[0]) if _cut_short(blocks[i], parent))]
             for post, after in zip(posts, posts[1:])]
    return [*spans, list(posts[-1])]


def _cut_short(block: Block, parent: int) -> bool:
    """The block's path is as long as paths get and does not reach the element ``parent``."""
    ids = block.dom_ids
    return ids is not None and len(ids) >= PATH_DEPTH and parent not in ids


def _parent_id(first: Block, second: Block) -> int | None:
    """The element two sibling items' first blocks share deepest (ids rise along a path)."""
    shared = set(first.dom_ids or ()) & set(second.dom_ids or ())
    return max(shared) if shared else None


# Body selection gives a block no stage claimed the family of the closer above it ('under the
# byline block at line 77'): inside a post, under the poster's name, that is the post's text.
_UNCLAIMED = UNDER_CLOSER


def _unclaimed_in_post(block: Block) -> bool:
    return (block.label in _POST_LABELS and block.reason.startswith(_UNCLAIMED)
            and block.link_ratio < _LINK_HEAVY and bool(block.clean))


_CLASS_REASONS = ("class token", "class name")
# Body selection gives what follows a comments header ('3 Answers', '12 Comments') that header's
# family: on a thread, those are the replies (a Q&A page's answers under 'N Answers').
_UNDER_COMMENTS = under_closer(Label.COMMENTS)


def _answer_under_header(block: Block, cues: Cues) -> bool:
    """A reply's prose under a comments header: a sentence, code, or a post's worth of text (not
    the one-line controls and dialogs a thread page also holds there, nor the comment form's own
    lines: 'You must be logged in to reply'), and not in a sidebar beside the thread (its teasers
    follow the header on the page, not in the thread)."""
    return (block.reason.startswith(_UNDER_COMMENTS)
            and (block.terminal or block.code or block.units >= _POST_PROSE_UNITS) and not _in_aside(block)
            and not cues.search("comments_patterns", block.key or block.clean))


def _in_aside(block: Block) -> bool:
    node = block.dom_node
    return node is not None and any(n.tag == "aside" or n.role == "complementary" for n in node.chain())
# Class words of the poster's box beside a post and of the signature under it.
POSTER_WORDS = frozenset({
    "author", "authors", "userinfo", "username", "poster", "postprofile", "profile",
    "signature", "sig", "usertitle", "userstats", "avatar", "time", "published", "date",
})
_SIGNATURE_WORDS = frozenset({"signature", "sig"})
_POSTER_MAX_UNITS = 12  # the box's lines are a name, a rank, a date, a count
_POSTER_REASON = "the poster's box or signature beside a post"
_REPEAT_REASON = "repeats a block of the body"


def _poster_box(block: Block) -> bool:
    """A short line under the poster's class words, or any line of a signature."""
    tokens = block.dom_tokens
    if not tokens.isdisjoint(_SIGNATURE_WORDS):
        return True
    return block.units <= _POSTER_MAX_UNITS and not tokens.isdisjoint(POSTER_WORDS)


def _drop_repeats(blocks: Sequence[Block]) -> None:
    """A body block whose text an earlier body block already gave: a quote of an earlier post, a
    sticky bar repeating a product's name and price."""
    _relabel_repeats(blocks, _REPEAT_REASON)


def _relabel_repeats(blocks: Iterable[Block], reason: str) -> None:
    """Every body block whose text (case folded) a body block before it among ``blocks`` gave."""
    seen: set[str] = set()
    for block in blocks:
        if block.label is not _BODY:
            continue
        key = block.clean.casefold()
        if key in seen:
            block.relabel(_DUPLICATE, reason)
        else:
            seen.add(key)


# Class words of what a product page shows beside the product: the order form (variant pickers,
# quantity, add to cart), carousels of other products, tooltips.
PRODUCT_FURNITURE_WORDS = frozenset({"form", "carousel", "tooltip", "cart", "minicart", "slider", "swiper"})
_PRODUCT_FURNITURE_REASON = "the order form or a carousel beside the product"
_MAX_FURNITURE_SHARE = 0.5
# Class words of what others say of the product (reviews, testimonials: comments) and of the
# small print under it (footnotes, disclaimers, the site's footer): never the product's name,
# description or specifications, however much of the page they fill (reviews often outweigh them).
PRODUCT_ASIDE_WORDS: Mapping[str, Label] = {
    "review": Label.COMMENTS, "reviews": Label.COMMENTS, "testimonial": Label.COMMENTS,
    "testimonials": Label.COMMENTS, "footnote": Label.COPYRIGHT, "footnotes": Label.COPYRIGHT,
    "disclaimer": Label.COPYRIGHT, "footer": Label.COPYRIGHT,
}
_ASIDE_WORDS = frozenset(PRODUCT_ASIDE_WORDS)
_PRODUCT_ASIDE_REASON = "reviews or small print beside the product"
# A product page's description may read as an article of its own; its other sections (care,
# materials, what is in the box) join it still, but only their paragraphs: a sentence or more.
_PRODUCT_SECTION_UNITS = 20
_UNDER_RELATED = under_closer(Label.RELATED)


def _product(blocks: Sequence[Block], cues: Cues) -> None:
    """Every content section of the product (only their paragraphs when the description reads as
    an article), its name, without reviews and small print, the order form, carousels, runs of
    identifiers and repeats. Reviews and small print go first, so that a page whose article
    region was its reviews gets its other sections instead."""
    aside = _aside_words(blocks)
    if aside:
        for block in blocks:
            words = aside & block.dom_tokens if block.label is _BODY else None
            if words:
                block.relabel(PRODUCT_ASIDE_WORDS[min(words)], _PRODUCT_ASIDE_REASON)
    own = has_own_article(blocks)
    closed = _closed_sections(blocks)
    for i, block in enumerate(blocks):
        if ((not own or block.units >= _PRODUCT_SECTION_UNITS) and (_taken(block, frozenset()) or i in closed)
                and aside.isdisjoint(block.dom_tokens)):
            block.relabel(_BODY, _SECTION_REASON)
    _drop_under_words(blocks, PRODUCT_FURNITURE_WORDS, _PRODUCT_FURNITURE_REASON)
    for block in blocks:
        if block.label is _TITLE:
            block.relabel(_BODY, _PRODUCT_NAME_REASON)
        elif block.label is _BODY and _machine_text(block):
            block.relabel(_NAV, _MACHINE_REASON)
    _drop_repeats(blocks)


def _closed_sections(blocks: Sequence[Block]) -> set[int]:
    """The prose blocks body selection put under a related header ('Related stories', a 'Read
    more' button) that lie outside the header's own element: on a product page such a header ends
    one section (the description, the related list under it), not the product's content, so the
    sections after it (specifications, what is in the box, questions and answers) are leftovers
    like the others; what the header's element holds (its cards of other products) stays out."""
    holders: dict[int, int | None] = {}
    for block in blocks:
        if block.label is _RELATED and block.reason == related.HEADER_REASON:
            holders.setdefault(block.line, _parent_element(block))
    taken: set[int] = set()
    if not holders:
        return taken
    for i, block in enumerate(blocks):
        if not block.reason.startswith(_UNDER_RELATED) or not block.clean or block.link_ratio >= _LINK_HEAVY:
            continue
        line = closer_line(block.reason)
        holder = holders.get(line) if line is not None else None
        if holder is not None and _outside(holder, block.dom_ids):
            taken.add(i)
    return taken


def _parent_element(block: Block) -> int | None:
    """The id of the element around the block's own element (None when its path keeps no parent)."""
    ids = block.dom_ids
    return ids[-2] if ids and len(ids) >= 2 else None


def _outside(element: int, ids: tuple[int, ...] | None) -> bool:
    """The block whose path keeps ``ids`` is not inside ``element``: the element is not on its
    path, and the path is whole or the element lies below its cut (ids rise along a path, so an
    element with a smaller id than the path's first may be an ancestor the cut dropped)."""
    if not ids or element in ids:
        return False
    return len(ids) < PATH_DEPTH or element > ids[0]


# A product's name is part of its main content (the page's headline; ``Document.title`` too).
_PRODUCT_NAME_REASON = "the product's name"
# Text made of identifiers (ids, hashes, links a script left in the page): runs without a space
# longer than any word hold this share of a block's characters. Code is exempt (a config line).
_MACHINE_SHARE = 0.6
_MACHINE_RUN_CHARS = 25
_MACHINE_REASON = "identifiers, not text"


def _machine_text(block: Block) -> bool:
    if block.code:
        return False
    runs = block.clean.split()
    long_chars = sum(len(run) for run in runs if len(run) > _MACHINE_RUN_CHARS)
    return long_chars > 0 and long_chars >= _MACHINE_SHARE * sum(len(run) for run in runs)


def _aside_words(blocks: Sequence[Block]) -> frozenset[str]:
    """The words of ``PRODUCT_ASIDE_WORDS`` the page's blocks carry, but those its headline (the
    title, an <h1>) carries too: a word around the product's name is the page's wrapper
    ('product-reviews-page')."""
    found: frozenset[str] = frozenset()
    for block in blocks:
        words = block.dom_tokens & _ASIDE_WORDS
        if words:
            found = found | words
    if found:
        for block in blocks:
            if block.label is _TITLE or block.heading == 1:
                found = found - block.dom_tokens
    return found


def _sections(blocks: Sequence[Block], cues: Cues) -> None:
    """Every content section: what body selection left outside its one region, unless a detector
    or the markup called it furniture; nothing when the page has an article of its own."""
    if has_own_article(blocks):
        return
    for block in blocks:
        if _taken(block, frozenset()):
            block.relabel(_BODY, _SECTION_REASON)


# A service page's sections beside the one region read as its article: headings and paragraphs,
# not the short lines (buttons, labels) that a page without an article still gives its body, but
# for those of a card whose text is body (``_card_lines``) and those inside the page's content
# element (<main>: a plan's feature list, a figure's label), where menus and buttons are rare.
_SERVICE_SECTION_UNITS = 6
# A card whose whole text is one link (a feature's box that opens its page): mostly link, so no
# section of ``_section_taken``'s, but inside the page's content element (<main>) and a paragraph
# long it is a section of the page; a menu's entries are short or in a list.
_LINKED_CARD_UNITS = 20
_LINKED_CARD_REASON = "a linked card in the service page's <main>"


def _linked_card(block: Block) -> bool:
    """A leftover of ``_LINKED_CARD_UNITS`` or more, not a list item, inside <main>."""
    return (not block.list_item and block.label is not _BODY
            and block.reason.startswith(LEFTOVER_REASONS) and _content_element(block) is not None)


# A box's title that heads no text inside the article's element (container): on a service page the
# boxes are its sections (a feature's card, an FAQ's question over its collapsed answer).
_BOX_TITLE_REASON = "a box's title: a section of the service page"
# A form on a service page (a contact, quote or sign-up form: its fields, its consent line) is how
# to ask for the service, not a section describing it; a form around most of the body is the
# page's wrapper (ASP.NET's page-wide form) and stays (``_drop_under_words``).
SERVICE_FORM_WORDS = frozenset({"form"})
_SERVICE_FORM_REASON = "a form on the service page"


# A page with a content element (<main>) whose site menu (<nav>) comes after some leftovers and
# before that element: those leftovers are the page's header (a utility bar of log-in boxes and
# notices above the menu), not sections of the service page, which lie in or after its <main>.
_NAV_TAG, _NAV_ROLE = "nav", "navigation"
# A menu the class words named ('<ul class="menu">') is the site menu as well as a <nav>.
_MENU_REASONS = frozenset(dom.class_token_reason(w) for w in ("nav", "navbar", "navigation", "menu", "menubar"))


def header_end(blocks: Sequence[Block]) -> int:
    """The index of the last block of a menu (inside a <nav> or role 'navigation', or named a menu
    by its class words) before the first block inside the page's content element (<main>,
    <article>); -1 when there is no such element or no menu before it. One walk up each block's
    evidence chain, up to that first block."""
    last_nav = -1
    for i, block in enumerate(blocks):
        node = block.dom_node
        if node is None:
            continue
        in_nav = False
        for above in node.chain():
            if above.tag in _CONTENT_TAGS or above.role in _CONTENT_ROLES:
                return last_nav
            if above.tag == _NAV_TAG or above.role == _NAV_ROLE:
                in_nav = True
        if in_nav or (block.label is _NAV and block.reason in _MENU_REASONS):
            last_nav = i
    return -1


def _service(blocks: Sequence[Block], cues: Cues) -> None:
    """Every content section of a service page (hero, features, pricing, FAQ): its one region is
    one section of several, so the others join it even when that region reads as an article. Its
    forms and its tickers leave the body; nothing above the site menu of a page with a <main>
    joins it (``header_end``)."""
    own = has_own_article(blocks)
    # the element around the article region, looked for only when a banner block may be in it
    holder = article_container(blocks) if any(block.reason == _HERO_REASON for block in blocks) else None
    tables: set[int] = set()  # the parents of the body's table rows
    rows: list[Block] = []  # leftover table rows
    header = header_end(blocks)
    for block in blocks:
        if block.index < header and block.label is not _BODY:
            continue
        if block.label is not _BODY and (_section_taken(block) or _in_hero(block) or _banner_in(block, holder)) and (
                not own or block.units >= _SERVICE_SECTION_UNITS or block.heading or _content_element(block) is not None):
            block.relabel(_BODY, _SECTION_REASON)
        elif block.reason in _HEAD_REASONS:
            block.relabel(_BODY, _HEAD_REASONS[block.reason])
        elif block.units >= _LINKED_CARD_UNITS and _linked_card(block):
            block.relabel(_BODY, _LINKED_CARD_REASON)
        if block.table_cell:
            _table_row(block, tables, rows)
    if own:
        _card_lines(blocks)
    for block in rows:
        if block.label is not _BODY and _parent_element(block) in tables:
            block.relabel(_BODY, _TABLE_ROW_REASON)
    _drop_under_words(blocks, SERVICE_FORM_WORDS, _SERVICE_FORM_REASON)
    for block in blocks:
        if block.label is _BODY and block.units >= TICKER_MIN_UNITS and not block.table_cell and is_ticker(block.clean):
            block.relabel(_NAV, _TICKER_REASON)


# A ticker (a marquee) is one short phrase repeated along a line ('Book Now * Book Now * ...'):
# a moving decoration, not a sentence of the page. Its words repeat with a period of at most
# ``TICKER_MAX_PERIOD`` words, ``TICKER_MIN_REPEATS`` times or more.
TICKER_MAX_PERIOD = 8
TICKER_MIN_REPEATS = 3
TICKER_MIN_UNITS = TICKER_MIN_REPEATS + 2
_TICKER_REASON = "a ticker: one phrase repeated along the line"


def is_ticker(text: str) -> bool:
    """The text's words are one phrase of up to ``TICKER_MAX_PERIOD`` words repeated, at least
    ``TICKER_MIN_REPEATS`` times; the first and last words are left out (the line may start and
    end inside the phrase: 'Now *Book Now *Book'): a few list comparisons."""
    words = text.casefold().split()
    inner = len(words) - 2  # the words compared
    for period in range(1, min(TICKER_MAX_PERIOD, inner // TICKER_MIN_REPEATS) + 1):
        if words[period + 1] == words[1] and words[period + 1:-1] == words[1:-period - 1]:
            return True
    return False


_CARD_REASON = "a short line of a card whose text is the service page's body"
_CARD_REACH = 2


def _card_lines(blocks: Sequence[Block]) -> None:
    """The short lines (a feature's name, a plan's price, a figure's label) beside body in one
    card: a leftover ``_section_taken`` accepts whose element's parent also holds a body block
    next to it (within ``_CARD_REACH`` blocks), which ``_SERVICE_SECTION_UNITS`` kept out when the
    page reads as an article; not a button's line. Read only around each such line."""
    for i, block in enumerate(blocks):
        parent = _parent_element(block)
        if block.label is _BODY or parent is None or not _section_taken(block) or _reads_as_control(block):
            continue
        for j in range(max(0, i - _CARD_REACH), min(len(blocks), i + _CARD_REACH + 1)):
            other = blocks[j]
            if other.label is _BODY and other.reason is not _CARD_REASON and other.dom_ids and parent in other.dom_ids:
                block.relabel(_BODY, _CARD_REASON)
                break


# A data table is one section: a service page's comparison table whose rows start with a linked
# feature name (a tooltip link) reads row by row as link-heavy leftovers, though its other rows
# (no link) are body. Rows mostly, not all, link (``_ENTRY_MAX_LINK_SHARE``) join those rows.
_TABLE_ROW_REASON = "a row of a table whose other rows are the service page's body"


def _table_row(block: Block, tables: set[int], rows: list[Block]) -> None:
    """Note a table row (a table cell's block): a body row's table in ``tables``, a leftover row
    mostly but not all link in ``rows`` (those of a table in ``tables`` join the body)."""
    parent = _parent_element(block)
    if parent is None:
        return
    if block.label is _BODY:
        tables.add(parent)
    elif block.clean and block.link_ratio < _ENTRY_MAX_LINK_SHARE and block.reason.startswith(LEFTOVER_REASONS):
        rows.append(block)


def _reads_as_control(block: Block) -> bool:
    """A button's line: an action's word first (``CONTROL_VERBS``) or a button's markup."""
    return block.clean.split(maxsplit=1)[0].casefold() in CONTROL_VERBS or not CONTROL_TOKENS.isdisjoint(block.dom_tokens)


# The head zone's lines (title.label_head): on a service page the headline, the label above it and
# the deck lines under it are the hero section's own text, not an article's head.
HERO_HEAD_REASONS = frozenset({HEADLINE_REASON, LABEL_ABOVE_REASON, DECK_REASON})
_HERO_HEAD_REASON = "the hero: the service page's headline and the lines around it"
# What the head zone and the container left out that a service page takes, by reason.
_HEAD_REASONS = {**dict.fromkeys(HERO_HEAD_REASONS, _HERO_HEAD_REASON), EMPTY_HEADING_REASON: _BOX_TITLE_REASON}


# What body selection put under a 'Read more' button (a related-articles header): on a service
# page such a button ends a section, not an article, so the next sections are leftovers like the
# others. (What it put under a copyright line stays out: that is the footer's small print.)
SERVICE_CLOSED_REASONS = (under_closer(Label.RELATED),)


def _section_taken(block: Block) -> bool:
    """A leftover a service page's sections take: ``_taken``'s, a listed entry in <main>, or a
    prose block under a closer."""
    if _taken(block, frozenset()):
        return True
    if _listed_entry(block):
        return True
    return bool(block.clean) and block.link_ratio < _LINK_HEAVY and block.reason.startswith(SERVICE_CLOSED_REASONS)


# A record list's entry that is not all link: a link and words of its own beside it (a provider
# with its phone number), or the text under a linked title (an FAQ's answer under its question, a
# feature's description under its linked name): a listed section of the page, inside or outside
# its <main> (page builders rarely mark one). An entry all link (teaser headlines, a feed) stays out.
_ENTRY_MAX_LINK_SHARE = 0.9


def _listed_entry(block: Block) -> bool:
    """A record list's entry with words of its own (not all link)."""
    return (block.reason == records.RELATED_REASON and block.link_ratio < _ENTRY_MAX_LINK_SHARE
            and bool(block.clean) and not block.image)


# The class word page builders give a service page's hero and its boxed sections, as ad slots
# have it elsewhere: inside the page's content element (<main>) it names content.
HERO_WORD = "banner"
_HERO_REASON = dom.class_token_reason(HERO_WORD)


def _in_hero(block: Block) -> bool:
    """A 'banner' block inside the page's <main> (not a <nav> or <aside> there), not mostly links:
    the hero or a boxed section (an ad slot is 'ad', a site-wide notice is outside <main>)."""
    return block.reason == _HERO_REASON and block.link_ratio < _LINK_HEAVY and _content_element(block) is not None


def _banner_in(block: Block, holder: DomNode | None) -> bool:
    """A 'banner' block inside ``holder``, the element that holds the article region
    (``container.article_container``), not mostly links: on a service page without a <main>, its
    boxed sections beside the one that reads as an article ('cta-banner' boxes of a heading over
    paragraphs)."""
    if holder is None or block.reason != _HERO_REASON or block.link_ratio >= _LINK_HEAVY or block.dom_node is None:
        return False
    return any(node is holder for node in block.dom_node.chain())


# A page has an article of its own when its article region holds this many units and this share
# of the page's text (or this many sentences of prose): then its lists (a board, teasers) are
# furniture, as on the seeds. An <article> element that holds both the page's headline and the
# body says so too, however short the article is.
OWN_ARTICLE_UNITS = 150
OWN_ARTICLE_PARAGRAPHS = 3
OWN_ARTICLE_SHARE = 0.35
# Under the page's headline, two sentences of prose among the next few blocks are an article.
OWN_ARTICLE_HEADED_PARAGRAPHS = 2
OWN_ARTICLE_HEADED_REACH = 4
OWN_ARTICLE_SENTENCE_UNITS = 6


def has_own_article(blocks: Sequence[Block]) -> bool:
    """The article region found a real article: long enough, and a large part of the page's prose."""
    body = [block for block in blocks if block.label is _BODY]
    units = sum(block.units for block in body)
    paragraphs = sum(1 for block in body if block.terminal and block.units >= 15)
    total = sum(block.units * (1.0 - block.link_ratio) for block in blocks)  # prose: menus do not dilute it
    if not (units >= OWN_ARTICLE_SHARE * total and (units >= OWN_ARTICLE_UNITS or paragraphs >= OWN_ARTICLE_PARAGRAPHS)
            or body and (_headline_and_body_in_one_article(blocks, body) or _headed_prose(blocks, body))):
        return False
    return not region_at_foot(blocks, body)


# A region under a closer (a reviews' 'Read more', a 'Terms and Conditions' line) with this share of
# its text, or more, in leftover prose above that closer is the page's foot (its FAQ, its small
# print): the page's own sections come before it, and the region is one of them, not its article.
FOOT_PROSE_SHARE = 0.5


def region_at_foot(blocks: Sequence[Block], body: Sequence[Block]) -> bool:
    """The first of the ``body`` blocks stands under a closer, and leftover prose above that closer
    (what body selection left out: the hero, the offers, the steps) holds ``FOOT_PROSE_SHARE`` of
    the body's units or more. Read back from the body's first block only."""
    if not body:
        return False
    at = body[0].index - 1
    while at >= 0 and closer_family(blocks[at]) is None:
        at -= 1
    if at < 0:
        return False
    above = sum(block.units for block in blocks[:at]
                if block.link_ratio < _LINK_HEAVY and block.reason.startswith(LEFTOVER_REASONS))
    return above >= FOOT_PROSE_SHARE * sum(block.units for block in body)


def _headed_prose(blocks: Sequence[Block], body: Sequence[Block]) -> bool:
    """Sentences of prose right under the page's headline: a short article (a listing's intro
    under its heading is rarely more than one)."""
    title = next((i for i, block in enumerate(blocks) if block.label is _TITLE), None)
    if title is None:
        return False
    following = [block for block in blocks[title + 1:title + 1 + OWN_ARTICLE_HEADED_REACH] if block.label is _BODY]
    return sum(1 for block in following if block.terminal and block.units >= OWN_ARTICLE_SENTENCE_UNITS) >= OWN_ARTICLE_HEADED_PARAGRAPHS


def _article_element(block: Block) -> int | None:
    """The ordinal of the nearest <article> element around the block, if its path shows one."""
    if block.dom_path is None or block.dom_ids is None:
        return None
    comps = block.dom_path.split(">")
    if len(comps) != len(block.dom_ids):
        return None
    for level in range(len(comps) - 1, -1, -1):
        if comps[level] == "article" or comps[level].startswith("article."):
            return block.dom_ids[level]
    return None


def _headline_and_body_in_one_article(blocks: Sequence[Block], body: Sequence[Block]) -> bool:
    """The page's headline and every body block are inside one <article> element (a listing's
    cards are <article>s too, but none of them holds the page's headline and its body)."""
    titles = [block for block in blocks if block.label is _TITLE]
    if len(titles) != 1:
        return False
    element = _article_element(titles[0])
    return element is not None and all(_article_element(block) == element for block in body)


def _items(blocks: Sequence[Block], cues: Cues, within_article: bool = False) -> list[range] | None:
    """The items of a listing or a collection: the record lists and every leftover section, their
    links too (a listing's entries are links), and the fields of every item (``_item_fields``).

    A page with an article of its own keeps its article (a collection's own text is its body)
    unless its items dwarf it (``_items_dwarfing_body``: the article is the list's intro); with
    ``within_article`` (a listing), the items between the article region's first and last blocks
    join it (the region found part of the list: a table's rows, a feed's summaries). Returns the
    main items taken (None when the page keeps its article alone)."""
    groups = records.sibling_groups(blocks)
    start, stop = 0, len(blocks)
    items: list[range] | None = None
    if has_own_article(blocks):
        if within_article and _listed_body(blocks, groups):
            start, stop = _body_span(blocks)
        else:
            found = _items_dwarfing_body(blocks, groups, with_intro=not within_article)
            if found is None:
                return None
            items, dwarfing = found
            if not dwarfing:
                start, stop = _intro_and_items_span(blocks, items)
    if items is None:
        items = main_items(blocks, groups)
    headers = _section_headers(blocks) if within_article else frozenset()
    for item in items:
        if start <= item[0] < stop:
            for i in item:
                block = blocks[i]
                if block.label is not _BODY and block.clean and not block.image and _in_item(block):
                    block.relabel(_BODY, _ITEM_REASON)
    titled = titled_items(blocks, groups)
    grouped = _in_groups(blocks, groups)
    titles = {block.clean.casefold() for block in blocks if block.label is _TITLE}
    for i in range(start, stop):
        block = blocks[i]
        if block.image or block.clean.casefold() in titles:
            continue  # an image's alt text (it repeats the item's title); a link back to the page itself
        if block.label is _RELATED and block.reason in (records.RELATED_REASON, records.BOARD_REASON):
            block.relabel(_BODY, _ITEM_REASON)
        elif _taken(block, frozenset(), links=i in titled or i in grouped) or (
                (i in titled or i in grouped) and closer_line(block.reason) in headers):
            block.relabel(_BODY, _ITEM_REASON if i in titled else _SECTION_REASON)
    _item_fields(blocks, groups, start, stop)
    _drop_item_controls(blocks, groups)
    return items


def _section_headers(blocks: Sequence[Block]) -> frozenset[int]:
    """The lines of the related headers that read as a section's title ('Around the web',
    'Featured' over a hub page's sections): on a listing each heads a list of the page's own
    entries, so the entries body selection put under it are items like the others. A button
    ('Read more', an item's control) heads no list: what follows it is not its entries."""
    return frozenset(
        block.line for block in blocks
        if block.label is _RELATED and block.reason == related.HEADER_REASON and block.clean
        and not _reads_as_control(block)
    )


# A short line that recurs word for word in most items of a list and reads as a control (its first
# word an action, or markup calling it a button) is what every item carries to act on it ('Add to
# cart', 'Compare', 'Rate this book', 'Apply now'), not the item's own text; a repeated field
# ('Full-Time', 'Cap Type:', 'Free shipping') is the item's and stays.
CONTROL_SHARE = 0.6
CONTROL_MAX_UNITS = 4
CONTROL_VERBS = frozenset({
    "add", "apply", "back", "buy", "choose", "clear", "compare", "download", "flag", "hide", "learn",
    "order", "quick", "rate", "read", "reply", "report", "save", "see", "select", "share", "shop",
    "show", "sign", "subscribe", "view", "watch",
})
CONTROL_TOKENS = frozenset({"button", "btn"})
_CONTROL_REASON = "a control repeated in the items of the listing"


def _control(block: Block) -> bool:
    """A short body line that reads as a control: an action's word first, or a button's markup."""
    return block.label is _BODY and block.units <= CONTROL_MAX_UNITS and bool(block.clean) and _reads_as_control(block)


def _drop_item_controls(blocks: Sequence[Block], groups: Sequence[tuple[str, list[range]]]) -> None:
    """Controls (``_control``) that recur word for word in ``CONTROL_SHARE`` of the items (and in
    ``records.MIN_ITEMS`` or more) of a sibling group leave the body."""
    for _, items in groups:
        if len(items) < records.MIN_ITEMS:
            continue
        seen: dict[str, int] = {}
        for item in items:
            for text in {blocks[i].clean.casefold() for i in item if _control(blocks[i])}:
                seen[text] = seen.get(text, 0) + 1
        least = max(records.MIN_ITEMS, CONTROL_SHARE * len(items))
        repeated = {text for text, count in seen.items() if count >= least}
        if repeated:
            for item in items:
                for i in item:
                    if blocks[i].label is _BODY and blocks[i].clean.casefold() in repeated:
                        blocks[i].relabel(_NAV, _CONTROL_REASON)


_FILTERS_REASON = "the filters, sorting, paging, a form or the site's navigation beside the listing"


def _drop_filters(blocks: Sequence[Block]) -> None:
    """Body blocks under class words of a listing's filters and sorting, or in a form, the site's
    navigation or footer (``OFF_LIST_WORDS``), are not its items; a word over most of the body
    names the listing's own wrapper ('filterable-grid', a page-wide form)."""
    _drop_under_words(blocks, OFF_LIST_WORDS, _FILTERS_REASON)


def _drop_under_words(blocks: Sequence[Block], words: frozenset[str], reason: str) -> None:
    """Body blocks under any of ``words`` become nav, except under a word over most of the body:
    that one names the page's wrapper (a form around the whole product, a 'filterable-grid')."""
    body = [block for block in blocks if block.label is _BODY]
    total = sum(block.units for block in body)
    under: dict[str, int] = {}  # units of body under each word
    for block in body:
        for word in block.dom_tokens & words:
            under[word] = under.get(word, 0) + block.units
    dropped = {word for word, units in under.items() if units <= _MAX_FURNITURE_SHARE * total}
    if dropped:
        for block in body:
            if not dropped.isdisjoint(block.dom_tokens):
                block.relabel(_NAV, reason)


def _in_groups(blocks: Sequence[Block], groups: Sequence[tuple[str, list[range]]]) -> set[int]:
    """The blocks of the items of every group of ``records.MIN_ITEMS`` or more siblings of one
    shape holding more than a menu's word or two an item (cards, rows, entries): a link there may
    be an entry, where a lone link or a menu's is not."""
    found: set[int] = set()
    for tag, items in groups:
        if tag not in _SKIP_TAGS and sum(blocks[i].units for item in items for i in item) >= _ITEM_MIN_UNITS * len(items):
            found.update(i for item in items for i in item)
    return found


def _listing(blocks: Sequence[Block], cues: Cues) -> None:
    """A listing's items, inside its article region too (``_items``), each title once."""
    found = _items(blocks, cues, within_article=True)
    _drop_filters(blocks)
    if found is not None:
        drop_item_repeats(blocks, found)


_ITEM_REPEAT_REASON = "repeats a line of its item of the listing"


def drop_item_repeats(blocks: Sequence[Block], items: Sequence[range]) -> None:
    """A body line that an earlier body line of the same item already gave: an entry's title
    twice (a cover link's text and the heading, an author's avatar and name) is one title. Only
    within an item: across items a repeat is a field every entry has ('Free', 'Remote')."""
    for item in items:
        _relabel_repeats((blocks[i] for i in item), _ITEM_REPEAT_REASON)


def _collection(blocks: Sequence[Block], cues: Cues) -> None:
    """A collection's items (``_items``), without its filters."""
    _items(blocks, cues)
    _drop_filters(blocks)


_LISTED_BODY_SHARE = 0.5


def _listed_body(blocks: Sequence[Block], groups: Sequence[tuple[str, list[range]]]) -> bool:
    """The article region is part of a list: one group's items (``records.MIN_ITEMS`` or more of
    them holding body) hold most of the body (a table's rows, a feed's entries), not one element."""
    body = sum(block.units for block in blocks if block.label is _BODY)
    for tag, items in groups:
        if tag in _SKIP_TAGS:
            continue
        held = [sum(blocks[i].units for i in item if blocks[i].label is _BODY) for item in items]
        if sum(1 for units in held if units) >= records.MIN_ITEMS and sum(held) >= _LISTED_BODY_SHARE * body:
            return True
    return False


# A listing's items that hold this many times the text of the article region are the page's
# content, the region its intro (a ranking's blurb above a hundred entries).
ITEMS_OVER_BODY = 5.0


# On a collection (a shop's grid), an article region this short (a blurb, an SEO paragraph or three
# above or below the grid) is the items' intro, whatever their size: the page is about its items. A
# longer text with sections (a buying guide) may be the page's content in its own right, and keeps
# it alone unless the items dwarf it. Not on a listing: there a short article under its headline
# keeps a board under it out (as on the seeds), and a listing's own short text above the entries is
# more often the page's (a ranking's methodology, a hub's essay) than a collection's is.
INTRO_MAX_UNITS = 400


def _items_dwarfing_body(
    blocks: Sequence[Block], groups: Sequence[tuple[str, list[range]]], with_intro: bool = False
) -> tuple[list[range], bool] | None:
    """The main items (``main_items``) and whether they dwarf the body, when their text outside
    the body is ``ITEMS_OVER_BODY`` times the body's or, ``with_intro`` (a collection), the body
    is an intro (``INTRO_MAX_UNITS``), else None (read only when the text outside the body could
    be that much)."""
    body = rest = 0
    for block in blocks:
        if block.label is _BODY:
            body += block.units
        else:
            rest += block.units
    intro = with_intro and body < INTRO_MAX_UNITS
    if rest < ITEMS_OVER_BODY * body and not intro:
        return None
    items = main_items(blocks, groups)
    held = sum(blocks[i].units for item in items for i in item if blocks[i].label is not _BODY)
    dwarfing = held >= ITEMS_OVER_BODY * body
    return (items, dwarfing) if dwarfing or (intro and held) else None


def _intro_and_items_span(blocks: Sequence[Block], items: Sequence[range]) -> tuple[int, int]:
    """[first, last + 1) of the blocks in the innermost element around both the article region
    and the main items: the page's content when its article is the items' intro (a blurb above or
    below a shop's grid, items that do not dwarf it); a sidebar's panels beside that element (the
    cart, the shop's hours) are not sections of it. The whole page when no element holds both
    within the paths' reach."""
    start, stop = _body_span(blocks)
    ends = [blocks[start].dom_ids, blocks[stop - 1].dom_ids, blocks[items[0][0]].dom_ids, blocks[items[-1][-1]].dom_ids]
    first = ends[0] or ()
    common = [node for node in first if all(ids and node in ids for ids in ends[1:])]
    if not common:
        return 0, len(blocks)
    holder = common[-1]
    inside = [i for i, block in enumerate(blocks) if block.dom_ids and holder in block.dom_ids]
    return inside[0], inside[-1] + 1


def _body_span(blocks: Sequence[Block]) -> tuple[int, int]:
    """[first, last + 1) of the body blocks (the caller knows there is one)."""
    kept = [i for i, block in enumerate(blocks) if block.label is _BODY]
    return kept[0], kept[-1] + 1


# The lines of an item beside its title that detectors or class words name by what they are (an
# author, a date, a rating, a category, a comment count): on a listing they are the item's own.
ITEM_FIELD_LABELS = frozenset({
    Label.CAPTION, Label.BYLINE, Label.DATE, Label.SECTION, Label.SOURCE, Label.RELATED,
})
_MIN_BODY_ITEMS = 0.5  # the share of a group's items that hold body before the group is the list
_FIELD_REASON = "a field of an item of the listing"
# Markup's words or a detector that read the item's shape (not a furniture line's text).
_FIELD_EVIDENCE = (*_MARKUP_OR_LEFTOVER, records.RELATED_REASON, records.BOARD_REASON)


def _item_fields(blocks: Sequence[Block], groups: Sequence[tuple[str, list[range]]], start: int, stop: int) -> None:
    """Every field of the items of a group most of whose items already hold body: the list the
    body is made of, whose bylines, dates and ratings class words took for furniture (images stay
    out: their alt text repeats the title)."""
    for tag, items in groups:
        if tag in _SKIP_TAGS or items[-1][-1] < start or items[0][0] >= stop:  # not beside the body
            continue
        with_body = sum(1 for item in items if any(blocks[i].label is _BODY for i in item))
        if with_body < _MIN_BODY_ITEMS * len(items):
            continue
        titled = sum(1 for item in items if records.headline_of(records._members(blocks, item)) is not None)
        if titled < _MIN_BODY_ITEMS * len(items):
            continue
        for item in items:
            for i in item:
                block = blocks[i]
                if (block.label in ITEM_FIELD_LABELS and block.clean and not block.image
                        and block.reason.startswith(_FIELD_EVIDENCE)):
                    block.relabel(_BODY, _FIELD_REASON)


_MIN_TITLED_SHARE = 0.7
# The page's main items: a group whose items hold more than a menu entry, none nearly all of it. A
# shop's thin card (a three-word linked name and its price) holds four units; a menu's entry one or two.
_ITEM_MIN_UNITS = 4.0
_ITEM_MAX_UNITS = 400.0
_MAIN_ITEM_SHARE = 0.6
_SKIP_TAGS = frozenset({"p", "span", "a", "strong", "b", "em", "i", "font", "br", "td", "h1", "h2", "h3", "h4", "h5", "h6"})


# Class words that call a block furniture on an article page but name the region of a listing's
# results on a listing ('search-results', 'product-search-grid'): the results are its items. The
# filters beside them ('search-refinements', 'facets') stay furniture.
RESULTS_WORDS = frozenset({"search"})
FILTER_WORDS = frozenset({"filter", "filters", "facet", "facets", "refinement", "refinements", "refine", "sort", "sorting"})
# Besides the filters, a form (a sign-up, a search box, a sort menu) and the site's navigation and
# footer beside a listing's items are the site's, not items (the sweep takes their leftovers for
# sections; an item's own tab row, 'nav.tabnav', is a control); one around most of the body is the
# page's wrapper (ASP.NET's page-wide form, a list that is a 'nav').
OFF_LIST_WORDS = FILTER_WORDS | frozenset({"form", "nav", "navigation", "footer"})
_RESULTS_REASONS = frozenset(dom.class_token_reason(word) for word in RESULTS_WORDS)


def _markup_furniture(block: Block) -> bool:
    """Markup words called the block navigation or furniture (a menu, a footer, a sidebar), and
    not only the results word of a listing (``RESULTS_WORDS``) outside its filters. A caption is
    no furniture here: on a card, class word 'caption' (Bootstrap's thumbnail caption) names the
    item's own text, its name and price."""
    if block.label is _BODY or block.label is _CAPTION or not block.reason.startswith(dom.WORD_REASONS):
        return False
    return block.reason not in _RESULTS_REASONS or not block.dom_tokens.isdisjoint(FILTER_WORDS)


def _in_item(block: Block) -> bool:
    """A block of a main item that may join the body: anything but what markup called furniture."""
    return not _markup_furniture(block) and block.label not in (_SHARE, _PROMO)


def main_items(blocks: Sequence[Block], groups: Sequence[tuple[str, list[range]]]) -> list[range]:
    """The items of the sibling group with the most text markup did not call furniture: a listing's
    entries, whether they are links (cards) or not, and neither a menu (a word or two an entry)
    nor the page's layout (one item holding most of it)."""
    best: list[range] = []
    best_units = 0.0
    for tag, items in groups:
        if tag in _SKIP_TAGS:
            continue
        sizes = [sum(blocks[i].units for i in item if not _markup_furniture(blocks[i]) and not blocks[i].image) for item in items]
        total = sum(sizes)
        if total <= best_units or total < _ITEM_MIN_UNITS * len(items) or total > _ITEM_MAX_UNITS * len(items):
            continue
        if max(sizes) > _MAIN_ITEM_SHARE * total or not records.is_run(blocks, items):
            continue
        best, best_units = items, total
    return best


def titled_items(blocks: Sequence[Block], groups: Sequence[tuple[str, list[range]]]) -> set[int]:
    """Blocks of sibling items (``records.MIN_ITEMS`` or more of one shape) most of which open with a
    linked title: a listing's entries, however long their text (a share row or a menu is one
    element, or its entries are a word or two)."""
    found: set[int] = set()
    for tag, items in groups:
        titled = sum(1 for item in items if records.headline_of([blocks[i] for i in item]) is not None)
        if titled >= _MIN_TITLED_SHARE * len(items) and records.is_run(blocks, items):
            for item in items:
                found.update(item)
    return found


_SECTION_REASON = "a content section of the page"


# The element a documentation page's text lives in: its <main> (or <article>, or role 'main').
_CONTENT_TAGS = frozenset({"main", "article"})
_CONTENT_ROLES = frozenset({"main", "article"})
# Inside it, what <nav> and <aside> hold is the table of contents, the sidebar and the pager.
_BESIDE_TAGS = frozenset({"nav", "aside"})
_BESIDE_ROLES = frozenset({"navigation", "complementary"})
_DOC_REASON = "the documentation page's content element"
# What a documentation page's rule takes: body selection's leftovers, record lists and the line
# that heads one (a chapter's contents under 'Table of Contents', an API's linked rows) and what
# it put under a closer (a 'Read more' link, a licence line between sections), never what a
# detector or class words named.
DOC_EVIDENCE = (*LEFTOVER_REASONS, records.RELATED_REASON, records.HEADER_REASON,
                under_closer(Label.RELATED), under_closer(Label.COPYRIGHT))


def _content_element(block: Block) -> DomNode | None:
    """The nearest content element around the block (None when a <nav> or <aside> comes first)."""
    node = block.dom_node
    if node is None:
        return None
    for above in node.chain():
        if above.tag in _BESIDE_TAGS or above.role in _BESIDE_ROLES:
            return None
        if above.tag in _CONTENT_TAGS or above.role in _CONTENT_ROLES:
            return above
    return None


def _documentation(blocks: Sequence[Block], cues: Cues) -> None:
    """A documentation page's text with its lists and tables: what body selection left out
    between the body's first and last blocks (headings, link rows, a chapter's contents), and,
    when every body block lies in one <main> (or <article>), what it left out there (the
    reference's definition lists and API rows after the overview), but not that element's <nav>
    or <aside> (the page's own table of contents)."""
    body = [block for block in blocks if block.label is _BODY]
    if not body:
        return
    start, stop = _body_span(blocks)
    for block in blocks[_list_opening(blocks, start):stop]:
        if _doc_taken(block):
            block.relabel(_BODY, _DOC_REASON)
    element = _content_element(body[0])
    if element is None or any(_content_element(block) is not element for block in body):
        return
    for block in blocks:
        if _doc_taken(block) and _content_element(block) is element:
            block.relabel(_BODY, _DOC_REASON)


_RECORD_REASONS = (records.RELATED_REASON, records.HEADER_REASON)  # a record list's items, its header


def _list_opening(blocks: Sequence[Block], start: int) -> int:
    """Where a record list (its header too) that runs right up to the body's first block begins,
    when it lies in the element around that block: a chapter's table of contents under its
    'Table of Contents' line opens the chapter's text; ``start`` when there is none."""
    holder = _parent_element(blocks[start])  # the element around the body's first block
    if holder is None:
        return start
    at = start
    while at > 0:
        block = blocks[at - 1]
        if block.reason not in _RECORD_REASONS or not block.dom_ids or holder not in block.dom_ids:
            break
        at -= 1
    return at


def _doc_taken(block: Block) -> bool:
    return (block.label is not _BODY and bool(block.clean) and not block.image
            and block.reason.startswith(DOC_EVIDENCE))


ADAPTERS: Mapping[str, Callable[[Sequence[Block], Cues], None]] = {
    types.FORUM: _forum,
    types.SERVICE: _service,
    types.DOCUMENTATION: _documentation,
    types.PRODUCT: _product,
    types.LISTING: _listing,
    types.COLLECTION: _collection,
}


# Body selection gives a block after the article region the family of the nearest closer above it
# ('under the copyright block at line 64'). A closer above the body's first block (a 'Privacy
# Policy' link in the header's menu, a related header in the hero) closes nothing the page's
# content follows: what it claimed after the region is a leftover like the others.
def free_stale_closers(blocks: Sequence[Block]) -> None:
    """Blocks under a closer that stands above the body's first block become leftovers."""
    first = next((block.line for block in blocks if block.label is _BODY), None)
    if first is None:
        return
    for block in blocks:
        line = closer_line(block.reason)
        if line is not None and line < first:
            block.relabel(_NAV, LEFTOVER_REASONS[0])


def adapt_body(blocks: Sequence[Block], page_type: str, cues: Cues) -> None:
    """Widen the body to what the page type's main content is (nothing to do for an article),
    once the blocks a stale closer claimed are leftovers again (``free_stale_closers``)."""
    adapter = ADAPTERS.get(page_type)
    if adapter is not None and blocks and blocks[0].dom_ids is not None:
        free_stale_closers(blocks)
        adapter(blocks, cues)


def shipped_body(data_text: str | None) -> tuple[str, str]:
    """(body, where it came from) for a page whose visible part gave no body: the main entity's
    text the page ships as data; ("", "") when it ships none. A page description is no fallback:
    a page that shows nothing (an error page, a bot wall) has no main content, and says so."""
    paragraphs = [" ".join(part.split()) for part in (data_text or "").split("\n\n")]
    body = "\n\n".join(part for part in paragraphs if part)
    return (body, "structured data") if body else ("", "")
