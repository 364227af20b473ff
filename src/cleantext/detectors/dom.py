"""Page furniture told by the DOM alone: class/id/role words and the elements around a block.

HTML mode only: a block without ``dom_tokens`` or ``dom_path`` (every text-mode
block) is left alone. The evidence is read nearest element first (the
segmenter's ``Block.dom_node`` chain), so ``<div class="related"><article>``
is related but ``<article><div class="share">`` is share, and the article
element's own classes never outvote the share bar inside it.

Guards against the usual false positives:
- words are whole tokens of a class name ('shadow' and 'download' hold no 'ad');
- ambiguous words ('header', 'board', 'readmore') only count as whole class names;
- the classes of <html> and <body> are never read (the segmenter drops them);
- an element holding most of the page's prose is a page wrapper, not furniture
  ('post tag-social', 'content has-comments'), so its words are ignored;
- <header>, <nav> and <footer> inside an <article>/<main> belong to the article.

The word lists are data: ``WORDS`` (class/id/itemprop/aria words), ``NAMES``
(whole compacted class or id names), ``NAME_PARTS`` (compacted names containing
the key), ``TAGS`` (elements and ARIA roles).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..caches import MISSING, LineCache
from ..cues import Cues
from ..model import LABEL_BY_VALUE, Block, DomNode, Label
from . import related

# Word of a class, id, itemprop or aria-label -> label. Order is priority within one element:
# the specific families first, the broad layout words (nav, footer) last.
WORDS: dict[str, Label] = {
    # comments
    "comment": Label.COMMENTS, "comments": Label.COMMENTS, "disqus": Label.COMMENTS, "respond": Label.COMMENTS,
    "reply": Label.COMMENTS, "replies": Label.COMMENTS, "kommentare": Label.COMMENTS, "kommentar": Label.COMMENTS,
    "commentaires": Label.COMMENTS, "commentaire": Label.COMMENTS, "comentarios": Label.COMMENTS,
    "comentario": Label.COMMENTS, "commenti": Label.COMMENTS, "reacties": Label.COMMENTS,
    # share and social buttons
    "share": Label.SHARE, "sharing": Label.SHARE, "social": Label.SHARE, "sharebar": Label.SHARE,
    "sharethis": Label.SHARE, "addthis": Label.SHARE, "shariff": Label.SHARE, "socials": Label.SHARE,
    "teilen": Label.SHARE, "partager": Label.SHARE, "compartir": Label.SHARE, "condividi": Label.SHARE,
    "compartilhar": Label.SHARE, "delen": Label.SHARE,
    # related and recommended articles
    "related": Label.RELATED, "recommended": Label.RELATED, "recommendations": Label.RELATED,
    "recommendation": Label.RELATED, "recommend": Label.RELATED, "popular": Label.RELATED,
    "trending": Label.RELATED, "teasers": Label.RELATED, "outbrain": Label.RELATED,
    "taboola": Label.RELATED, "recirc": Label.RELATED, "recirculation": Label.RELATED,
    "sidebar": Label.RELATED, "rail": Label.RELATED, "relacionados": Label.RELATED,
    "relacionadas": Label.RELATED, "correlati": Label.RELATED, "verwandte": Label.RELATED,
    "empfehlungen": Label.RELATED, "gerelateerd": Label.RELATED,
    # bylines and dates (short blocks only, see _MAX_UNITS)
    "byline": Label.BYLINE, "author": Label.BYLINE, "authors": Label.BYLINE, "writer": Label.BYLINE,
    "autor": Label.BYLINE, "auteur": Label.BYLINE,
    "dateline": Label.DATE, "timestamp": Label.DATE, "pubdate": Label.DATE, "published": Label.DATE,
    "date": Label.DATE, "time": Label.DATE,
    # captions and credits
    "caption": Label.CAPTION, "figcaption": Label.CAPTION, "credit": Label.CAPTION, "credits": Label.CAPTION,
    "legende": Label.CAPTION, "bildunterschrift": Label.CAPTION,
    # widgets and listings
    "weather": Label.WEATHER, "wetter": Label.WEATHER,
    # consent dialogs, ads and banners
    "cookie": Label.BANNER, "cookies": Label.BANNER, "consent": Label.BANNER, "gdpr": Label.BANNER,
    "ad": Label.BANNER, "ads": Label.BANNER, "advert": Label.BANNER, "adverts": Label.BANNER,
    "advertisement": Label.BANNER, "advertising": Label.BANNER, "adsense": Label.BANNER, "adslot": Label.BANNER,
    "adunit": Label.BANNER, "dfp": Label.BANNER, "banner": Label.BANNER, "werbung": Label.BANNER,
    "anzeige": Label.BANNER, "publicidad": Label.BANNER, "publicite": Label.BANNER, "pubblicita": Label.BANNER,
    "publicidade": Label.BANNER, "reklama": Label.BANNER, "reclame": Label.BANNER,
    # promos, newsletters, paywalls
    "sponsor": Label.PROMO, "sponsored": Label.PROMO, "promo": Label.PROMO, "promoted": Label.PROMO,
    "promotion": Label.PROMO, "newsletter": Label.PROMO, "subscribe": Label.PROMO, "subscription": Label.PROMO,
    "signup": Label.PROMO, "paywall": Label.PROMO,
    # section labels, tags, breadcrumbs
    "breadcrumb": Label.SECTION, "breadcrumbs": Label.SECTION, "crumbs": Label.SECTION, "tags": Label.SECTION,
    "keywords": Label.SECTION, "categories": Label.SECTION,
    # navigation
    "nav": Label.NAV, "navbar": Label.NAV, "navigation": Label.NAV, "navi": Label.NAV, "menu": Label.NAV,
    "menubar": Label.NAV, "skip": Label.NAV, "pagination": Label.NAV, "pager": Label.NAV, "paging": Label.NAV,
    "toolbar": Label.NAV, "sitemap": Label.NAV, "search": Label.NAV, "login": Label.NAV, "masthead": Label.NAV,
    # footers
    "footer": Label.COPYRIGHT, "copyright": Label.COPYRIGHT, "colophon": Label.COPYRIGHT, "impressum": Label.COPYRIGHT,
}
# Words of an element that holds an article ('post', 'entry-content', 'article-body'): evidence of
# where a page's article is when its text alone does not say (a post of a few short lines).
ARTICLE_WORDS = frozenset({
    "article", "post", "entry", "story", "blogpost", "artikel", "beitrag", "articulo", "articolo", "noticia",
    "nota", "artigo", "tresc", "wpis",
})
# Whole class or id names, letters only and lower-cased ('read-more' -> 'readmore').
NAMES: dict[str, Label] = {
    "readmore": Label.RELATED, "morestories": Label.RELATED, "mostread": Label.RELATED,
    "mostpopular": Label.RELATED, "mostviewed": Label.RELATED, "youmayalsolike": Label.RELATED,
    "alsoread": Label.RELATED, "seealso": Label.RELATED, "morenews": Label.RELATED, "morearticles": Label.RELATED,
    "siteheader": Label.NAV, "globalheader": Label.NAV, "topbar": Label.NAV, "globalnav": Label.NAV,
    "sitefooter": Label.COPYRIGHT, "globalfooter": Label.COPYRIGHT,
    "tagcloud": Label.SECTION, "taglist": Label.SECTION, "posttags": Label.SECTION, "articletags": Label.SECTION,
}
# Compacted class or id names that contain the key.
NAME_PARTS: dict[str, Label] = {
    "boardlist": Label.BOARD, "bbslist": Label.BOARD, "forumlist": Label.BOARD, "threadlist": Label.BOARD,
    "listboard": Label.BOARD, "outbrain": Label.RELATED, "taboola": Label.RELATED, "adsbygoogle": Label.BANNER,
    "disqus": Label.COMMENTS,
}
# Compacted names of an author's box ('author-bio', 'about-the-author', the Simple Author Box
# plugin): a bio is as long as a paragraph, so these hold at any length.
AUTHOR_BOX_PARTS = (
    "authorbio", "authorbox", "aboutauthor", "abouttheauthor", "authorinfo", "authordescription",
    "authordesc", "authordetails", "authorprofile", "authorcard", "saboxplugin",
)
AUTHOR_BOX_REASON = "in an author box"
# Words that open a compound written as one word ('relatedposts', 'sharebuttons', 'commentlist').
PREFIXES: dict[str, Label] = {
    "related": Label.RELATED, "recommend": Label.RELATED, "sidebar": Label.RELATED, "teasers": Label.RELATED,
    "comment": Label.COMMENTS, "disqus": Label.COMMENTS, "share": Label.SHARE, "social": Label.SHARE,
    "byline": Label.BYLINE, "caption": Label.CAPTION, "weather": Label.WEATHER, "cookie": Label.BANNER,
    "advert": Label.BANNER, "sponsor": Label.PROMO, "newsletter": Label.PROMO,
    "subscribe": Label.PROMO, "breadcrumb": Label.SECTION, "navbar": Label.NAV, "navigation": Label.NAV,
    "pagination": Label.NAV, "footer": Label.COPYRIGHT, "copyright": Label.COPYRIGHT,
}
# Compounds that open like one of PREFIXES but mean something else.
_NOT_PREFIXED = frozenset({"shareholder", "shareholders", "shared", "shareware", "socialism", "socialist", "commentary", "commentator"})
# Structural elements (and the ARIA roles that stand for them).
TAGS: dict[str, Label] = {"nav": Label.NAV, "header": Label.NAV, "footer": Label.COPYRIGHT, "aside": Label.RELATED}
# Elements whose name alone says what their text is (their own words are read as well).
TAG_WORDS: dict[str, Label] = {"time": Label.DATE, "figcaption": Label.CAPTION, "address": Label.BYLINE}
ROLES: dict[str, str] = {
    "navigation": "nav", "banner": "header", "contentinfo": "footer", "complementary": "aside",
    "main": "main", "article": "article",
}
# A dialog outside the page's <article>/<main> (a consent manager's preference centre, a cart
# drawer, a policy shown in a modal) lies over the page: its text is never the page's article,
# however much of the page's prose it holds, so it is read before the wrappers that stop the other
# evidence. A role 'dialog' inside the content (a product's size guide or details sheet) is
# content; a <dialog> element is closed until a script opens it (a contact form), wherever it is.
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_DIALOG_TAG = "dialog"
_DIALOG = "<dialog>"  # the tag of a dialog's step (_DIALOG_STATIC), no element's: only the dialog rule reads it
_DIALOG_STATIC: _Static = (_DIALOG, None, None, False)
DIALOG_REASON = "in a dialog over the page"
_ARTICLE = frozenset({"article", "main"})
# Families that only describe short blocks; a longer one is left to the other stages.
_MAX_UNITS: dict[Label, int] = {
    Label.BYLINE: 20, Label.DATE: 15, Label.SECTION: 40, Label.CAPTION: 80, Label.NAV: 60, Label.SHARE: 40,
}
# A block this long, with few links, is prose: layout words (nav, share, header) never take it.
_PROSE_UNITS = 40
_PROSE_FAMILIES = frozenset({Label.NAV, Label.SHARE, Label.SECTION})
# An element holding more than this share of the page's prose is a page wrapper.
_WRAPPER_SHARE = 0.5
_CHAIN_LIMIT = 64
# An <article>/<main> with this much prose is the article, not a teaser: what is around it is layout.
_ARTICLE_PROSE = 150
# Inside the article, these words describe its parts, not furniture ('article-footer', 'post-meta').
_ARTICLE_PART_WORDS = frozenset({"footer", "masthead"})
# Words naming both a subscription offer and the gated text behind it ('<p class="paywall">' on
# every paragraph after the first): an offer is a box beside the article, so when the blocks they
# take hold most of the page's prose, what they mark is the article, and they mark nothing.
_GATED_TEXT_WORDS = ("paywall",)

_RANK = {word: rank for rank, word in enumerate(WORDS)}


def _prose(block: Block) -> float:
    return block.units * (1.0 - block.link_ratio)


def _prose_by_node(blocks: Sequence[Block], nodes: dict[int, DomNode] | None = None) -> tuple[dict[int, float], float]:
    """Prose units under every evidence-bearing element (by id), and on the whole page.

    Each block's prose goes to its nearest element, then each element's sum to its parent's,
    children first: one step per block and per element, however deeply the page nests.
    """
    share: dict[int, float] = {}
    total = 0.0
    order: list[DomNode] = []  # the elements holding prose and their ancestors, each after its parent
    for block in blocks:
        weight = block.units * (1.0 - block.link_ratio)  # _prose, inline: once a block of every page
        total += weight
        node = block.dom_node
        if node is None or weight <= 0:
            continue
        key = id(node)
        if key in share:
            share[key] += weight
            continue
        path: list[DomNode] = []
        above: DomNode | None = node
        while above is not None and id(above) not in share:
            path.append(above)
            share[id(above)] = 0.0
            if nodes is not None:
                nodes[id(above)] = above
            above = above.parent
        order += reversed(path)
        share[key] += weight
    for node in reversed(order):
        if node.parent is not None:
            share[id(node.parent)] += share[id(node)]
    return share, total


def _fits(label: Label, block: Block) -> bool:
    limit = _MAX_UNITS.get(label)
    if limit is not None and block.units > limit:
        return False
    if label in _PROSE_FAMILIES and block.units >= _PROSE_UNITS and block.link_ratio < 0.3:
        return False
    return True


# (rank, label) of every key a word can stand for: WORDS in priority order, then PREFIXES.
_KEY_RANKS: dict[str, tuple[int, Label]] = {
    **{key: (len(_RANK), label) for key, label in PREFIXES.items()},
    **{key: (rank, WORDS[key]) for key, rank in _RANK.items()},
}
_NO_RANK = len(_RANK) + 1
# The key each other word seen so far stands for: the known word it opens with, or None.
_PREFIX_KEYS = LineCache(20_000)


def _prefix_key(word: str) -> str | None:
    """The key of a word that is no WORDS key and was not seen before, remembered."""
    key = None
    if len(word) > 5 and word not in _NOT_PREFIXED:
        key = next((p for p in PREFIXES if word.startswith(p)), None)
    return _PREFIX_KEYS.put(word, key)


def _word_evidence(words: tuple[str, ...] | frozenset[str]) -> tuple[str, str, Label] | None:
    """(word as written, the key it matched, label) of the highest-priority word, or None."""
    best: tuple[str, str, Label] | None = None
    best_rank = _NO_RANK
    for word in words:
        key = word if word in _RANK else _PREFIX_KEYS.get(word, "")
        if key == "":
            key = _prefix_key(word)
        if key is None:
            continue
        rank, label = _KEY_RANKS[key]
        if rank < best_rank:
            best, best_rank = (word, key, label), rank
    return best


def _pull_quote(block: Block) -> bool:
    return block.link_ratio == 0.0 and (block.quote or block.units <= 60) and not block.list_item


# (tag or role stand-in, evidence of names, evidence of words, silent): per element, not per block.
# Name evidence is (label, reason, holds at any length), word evidence (label, key, reason); silent
# when the element can say nothing about any block (no tag, name or word evidence: ``_node_evidence``
# is None whatever the block). Labels are
# kept as their values (plain strings), so the cached tuples need no tracking by the garbage collector.
_Static = tuple
_STATICS = LineCache()  # by (tag, role, names, words): class lists repeat within and across pages


def _static(node: DomNode) -> _Static:
    """What an element says whatever block is inside it: its structural tag, name and word evidence."""
    key = (node.tag, node.role, node.names, node.words)
    found = _STATICS.get(key, MISSING)
    if found is MISSING:
        found = _STATICS.put(key, _read_static(node))
    return found


# Whether a name holds any of AUTHOR_BOX_PARTS / NAME_PARTS, in one regex scan; and whether it
# holds any part of either list (most names hold none: one scan rules out both).
_AUTHOR_BOX_PART = re.compile("|".join(map(re.escape, AUTHOR_BOX_PARTS)))
_NAME_PART = re.compile("|".join(map(re.escape, NAME_PARTS)))
_ANY_PART = re.compile("|".join(map(re.escape, (*AUTHOR_BOX_PARTS, *NAME_PARTS))))
# The name evidence of each name seen so far (an element's static is read once per new class list,
# but its names recur in other lists: 'post' in 'post featured' and in 'post sticky').
_NAME_EVIDENCE = LineCache()


def _name_evidence(name: str) -> tuple[str, str, bool] | None:
    """(label value, reason, holds at any length) of a compacted class or id name, or None."""
    if _ANY_PART.search(name) is None:
        label = NAMES.get(name)
    elif _AUTHOR_BOX_PART.search(name):
        return Label.BYLINE.value, f"{AUTHOR_BOX_REASON} '{name}'", True  # a bio fits at any length
    else:
        label = NAMES.get(name)
        if label is None and _NAME_PART.search(name):  # one scan; the dict's order picks among several
            label = next((lab for part, lab in NAME_PARTS.items() if part in name), None)
    return None if label is None else (label.value, f"class name '{name}'", False)


def _read_static(node: DomNode) -> _Static:
    tag = ROLES.get(node.role or "", node.tag)
    by_name = None
    for name in node.names:  # the first name with evidence speaks
        by_name = _NAME_EVIDENCE.get(name, MISSING)
        if by_name is MISSING:
            by_name = _NAME_EVIDENCE.put(name, _name_evidence(name))
        if by_name is not None:
            break
    by_word = None
    found = _word_evidence(node.words)
    if found is None and tag in TAG_WORDS:
        by_word = (TAG_WORDS[tag].value, tag, f"in a <{tag}> element")
    elif found is not None:
        by_word = (found[2].value, found[1], class_token_reason(found[0]))
    return tag, by_name, by_word, by_name is None and by_word is None and tag not in TAGS


def _is_article(node: DomNode) -> bool:
    return node.tag in _ARTICLE or ROLES.get(node.role or "") in _ARTICLE


def _node_evidence(node: DomNode, static: _Static, block: Block, inside_article: bool) -> tuple[Label, str] | None:
    tag, by_name, by_word, _ = static
    if tag == _DIALOG:
        return _dialog_evidence(node)
    label = TAGS.get(tag)
    if label is not None and not inside_article:
        if tag == "header" and (block.heading or (block.units > 8 and block.link_ratio < 0.5)):
            pass  # the page's headline and deck often sit in a page-level <header>
        elif _fits(label, block):
            how = f"role '{node.role}'" if node.role in ROLES else f"{'an' if tag == 'aside' else 'a'} <{tag}> element"
            return label, f"in {how}"
    elif tag == "aside" and not _pull_quote(block):
        return Label.RELATED, "in an <aside> element inside the article"
    if by_name is not None:
        value, reason, any_length = by_name
        label = LABEL_BY_VALUE[value]
        if any_length or _fits(label, block):
            return label, reason
    if by_word is not None:
        value, key, reason = by_word
        label = LABEL_BY_VALUE[value]
        if inside_article and key in _ARTICLE_PART_WORDS:
            return None
        if _fits(label, block):
            return label, reason
    return None


# Families whose elements never hold a whole article's prose (``_ARTICLE_PROSE``): a date stamp, a
# menu. An element that does, with no evidence but such a word, is a container named after
# something else: a CMS's record item ('date-item' around a landing page's every section), the
# sections an in-page menu scrolls to ('lm_navSource'), a search page's results.
_SHORT_WORD_FAMILIES = frozenset({Label.DATE.value, Label.NAV.value})


def _short_words_only(static: _Static) -> bool:
    """The element says nothing but a word of ``_SHORT_WORD_FAMILIES`` (no tag, role or name)."""
    tag, by_name, by_word, _ = static
    return by_word is not None and by_name is None and tag not in TAGS and by_word[0] in _SHORT_WORD_FAMILIES


_Step = tuple  # (element, its _Static, whether an <article>/<main> encloses it as seen from the block)
# Per element: (steps, steps if no article were above, an article is at or above it, chain length,
# the step of the dialog it is in, if any).
_Plan = tuple
_ROOT_PLAN: _Plan = ((), (), False, 0, ())


class _Plans:
    """For each element of a page, the ancestors (nearest first) ``evidence`` reads for a block in it.

    Every block of an element reads the same ancestors in the same order, and an element's list is
    its parent's with one step in front, so a page costs one step per element rather than a chain
    walk per block. Silent ancestors (no tag, name or word evidence) are left out; the stops at a
    wrapper and above a whole article are where the chain walk in ``_chain_evidence`` stops.
    """

    def __init__(self, wrappers: frozenset[int] | set[int], articles: frozenset[int] | set[int]) -> None:
        self.wrappers = wrappers
        self.articles = articles
        self._plans: dict[int, _Plan] = {}

    def steps(self, node: DomNode) -> tuple[_Step, ...] | None:
        """The steps for a block whose nearest element is ``node``; None past _CHAIN_LIMIT elements."""
        plans = self._plans
        plan = plans.get(id(node))
        if plan is None:
            path: list[DomNode] = []
            above: DomNode | None = node
            while above is not None and id(above) not in plans:  # up to the nearest planned ancestor
                path.append(above)
                above = above.parent
            plan = plans[id(above)] if above is not None else _ROOT_PLAN
            for element in reversed(path):
                plan = plans[id(element)] = self._plan(element, plan)
        return plan[0]

    def _plan(self, node: DomNode, parent: _Plan) -> _Plan:
        steps_above, free_above, article_above, depth, dialog = parent
        article = node.tag in _ARTICLE or (node.role is not None and ROLES.get(node.role) in _ARTICLE)  # _is_article
        depth += 1
        if depth > _CHAIN_LIMIT:
            return None, None, article or article_above, depth, dialog
        if dialog:  # inside a dialog only the dialog speaks
            return dialog, dialog, article or article_above, depth, dialog
        if node.tag == _DIALOG_TAG or (node.role in _DIALOG_ROLES and not article_above):
            dialog = ((node, _DIALOG_STATIC, False),)
            return dialog, dialog, article or article_above, depth, dialog
        if id(node) in self.wrappers:
            return (), (), article or article_above, depth, dialog  # it and everything above hold the article
        static = _static(node)
        own: tuple[_Step, ...] = () if static[3] or (
            id(node) in self.articles and _short_words_only(static)) else ((node, static, False),)  # silent: no step
        free = own + free_above
        if article:
            # Nothing above an article is inside one (as seen from here); above a whole article
            # nothing is read at all: it is not furniture, whatever the layout around it is called.
            steps = own if id(node) in self.articles else free
        elif own:
            steps = ((node, static, article_above),) + steps_above  # inside an article if one is above
        else:
            steps = steps_above
        return steps, free, article or article_above, depth, dialog


def evidence(block: Block, wrappers: frozenset[int] | set[int] = frozenset(),
             articles: frozenset[int] | set[int] = frozenset(),
             plans: _Plans | None = None) -> tuple[Label, str] | None:
    """(label, reason) the DOM gives ``block``, nearest element first; None when it says nothing.

    ``wrappers`` and ``articles`` are ids of elements holding most of the page's prose and of
    whole articles (see ``detect``); ``plans``, built from them, is shared by a page's blocks.
    """
    node = block.dom_node
    if node is None:  # a block made by hand with plain tokens: the words alone
        word = _word_evidence(block.dom_tokens)
        if word is not None and _fits(word[2], block):
            return word[2], class_token_reason(word[0])
        return None
    if plans is None:
        plans = _Plans(wrappers, articles)
    steps = plans.steps(node)
    if steps is None:
        return _chain_evidence(node, block, plans.wrappers, plans.articles)
    for ancestor, static, inside_article in steps:
        found = _node_evidence(ancestor, static, block, inside_article)
        if found is not None:
            return found
    return None


def _dialog_evidence(dialog: DomNode) -> tuple[Label, str]:
    how = f"role '{dialog.role}'" if dialog.role in _DIALOG_ROLES else f"a <{dialog.tag}> element"
    return Label.BANNER, f"{DIALOG_REASON} ({how})"


def _outer_dialog(chain: Sequence[DomNode]) -> DomNode | None:
    """The outermost dialog of a chain (nearest element first): a <dialog> element, or an element of
    a dialog role with no <article>/<main> above it."""
    in_content = False
    for node in reversed(chain):
        if node.tag == _DIALOG_TAG or (node.role in _DIALOG_ROLES and not in_content):
            return node
        in_content = in_content or _is_article(node)
    return None


def _chain_evidence(node: DomNode, block: Block, wrappers: frozenset[int] | set[int],
                    articles: frozenset[int] | set[int]) -> tuple[Label, str] | None:
    """``evidence`` by walking the chain: for elements nested deeper than _Plans follows."""
    chain = list(node.chain(_CHAIN_LIMIT))
    dialog = _outer_dialog(chain)
    if dialog is not None:
        return _dialog_evidence(dialog)
    article_at = next((i for i, n in enumerate(chain) if _is_article(n)), -1)
    for i, ancestor in enumerate(chain):
        if id(ancestor) in wrappers:
            break  # this element and everything above it hold the article
        if article_at >= 0 and i == article_at + 1 and id(chain[article_at]) in articles:
            break  # a whole article is not furniture, whatever the layout around it is called
        static = _static(ancestor)
        if id(ancestor) in articles and _short_words_only(static):
            continue
        found = _node_evidence(ancestor, static, block, inside_article=i < article_at)  # -1: no article
        if found is not None:
            return found
    return None


def class_token_reason(word: str) -> str:
    """The reason a class word gives ('class token 'sidebar''); a page type's rule reads it back."""
    return f"class token '{word}'"


# How the reasons this module gives begin (for stages that weigh markup evidence as a whole).
WORD_REASONS = ("class token", "class name", "in an author box", "in a <", "in an <", "in role", DIALOG_REASON)

_CLOSER_FAMILIES = frozenset({Label.RELATED, Label.COMMENTS})


def _text_closer(block: Block, cues: Cues | None) -> bool:
    """The text detectors will call this block a closer ('Related articles', '12 comments'):
    leave it to them, so body selection still ends the article there."""
    if cues is None or block.units > 12:
        return False
    if related.is_header(block, cues):
        return True
    return block.label is None and bool(cues.search("comments_patterns", block.key or block.clean))


def _in_article(block: Block, articles: set[int]) -> bool:
    node = block.dom_node
    return node is not None and any(
        id(n) in articles and (n.tag in _ARTICLE or ROLES.get(n.role or "") in _ARTICLE) for n in node.chain(_CHAIN_LIMIT)
    )


def _aside_beside_article(node: DomNode, nodes: dict[int, DomNode], articles: set[int]) -> bool:
    """An <aside> (a live ticker, a sidebar) holds most of the page's prose while a whole <article>
    stands outside it: it is still an aside, not the wrapper of the page."""
    if TAGS.get(ROLES.get(node.role or "", node.tag)) is not Label.RELATED:
        return False
    return any(
        _is_article(nodes[key]) and not any(above is node for above in nodes[key].chain(_CHAIN_LIMIT))
        for key in articles
    )


def detect(blocks: Sequence[Block], cues: Cues | None) -> None:
    if not any(block.dom_path is not None for block in blocks):
        return
    nodes: dict[int, DomNode] = {}
    prose, total = _prose_by_node(blocks, nodes)
    articles = {key for key, value in prose.items() if value >= _ARTICLE_PROSE}
    wrappers = {
        key for key, value in prose.items()
        if value > _WRAPPER_SHARE * total and not _aside_beside_article(nodes[key], nodes, articles)
    }
    plans = _Plans(wrappers, articles)
    marks: list[tuple[Block, tuple[Label, str]]] = []
    for block in blocks:
        if block.label is not None or (block.dom_node is None and block.dom_path is None and not block.dom_tokens):
            continue
        found = evidence(block, plans=plans)
        if found is None:
            continue
        if found[0] in _CLOSER_FAMILIES and _text_closer(block, cues) and not _in_article(block, articles):
            continue  # the related/comments detector labels it a closer, so the article ends there
        marks.append((block, found))
    ignored = _gated_article(marks, total)
    for block, found in marks:
        if found[1] not in ignored:
            block.mark(*found)


_GATED_REASONS = frozenset(class_token_reason(word) for word in _GATED_TEXT_WORDS)


def _gated_article(marks: Sequence[tuple[Block, tuple[Label, str]]], total: float) -> frozenset[str]:
    """The reasons of ``_GATED_TEXT_WORDS`` when the blocks they take hold most of the page's
    prose (the article behind a paywall), else none."""
    gated = sum(_prose(block) for block, found in marks if found[1] in _GATED_REASONS)
    return _GATED_REASONS if gated > _WRAPPER_SHARE * total else frozenset()


def detect_dialogs(blocks: Sequence[Block], cues: Cues | None = None) -> None:
    """Label the blocks inside a dialog, and nothing else: the evidence of markup that holds when
    a page is read again without its class words (a dialog is a role, not a class word)."""
    dialog_of: dict[int, DomNode | None] = {}  # nearest element -> the outermost dialog above it
    for block in blocks:
        node = block.dom_node
        if node is None or block.label is not None:
            continue
        if id(node) not in dialog_of:
            dialog_of[id(node)] = _outer_dialog(list(node.chain(_CHAIN_LIMIT)))
        dialog = dialog_of[id(node)]
        if dialog is not None:
            block.mark(*_dialog_evidence(dialog))
