"""What kind of page this is: article, forum, documentation, product, service, collection or listing.

Read from evidence the page gives, each cue a row of a table, never a branch: the schema.org
types it states (JSON-LD and microdata), its ``og:type``, the words of its URL's path, and the
shape of its blocks (code blocks, prices, repeated posts with dates, the share of the page in
record lists, the share the article region took). Every cue adds its weights to the types it
speaks for; the type with the highest score wins, and an article unless another type has real
evidence (most pages of a crawl are articles).

The cues are chosen by hand (what each type's pages state or look like); their weights were fitted
as a multinomial logistic regression on the WCXB development split's labelled pages (classes
weighted towards the smaller types, L2-regularised, 5-fold cross-validated accuracy 0.80) and
rounded to one decimal. ``prior`` is the bias every page gets.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

import attrs
import regex

from ..detectors import records
from ..model import Block, Label

# Label members read for every block, bound once: on CPython 3.11 reading a member off the Enum
# class goes through the metaclass's __getattr__ hook, several times a module name's cost.
_BOARD, _BODY, _BYLINE, _DATE_LABEL, _RELATED = Label.BOARD, Label.BODY, Label.BYLINE, Label.DATE, Label.RELATED
_COMMENTS = Label.COMMENTS

ARTICLE, FORUM, DOCUMENTATION, PRODUCT, SERVICE, COLLECTION, LISTING = PAGE_TYPES = (
    "article", "forum", "documentation", "product", "service", "collection", "listing",
)

# schema.org types (lower-cased) -> weights; a type stated several times counts log2(1 + n) times.
SCHEMA_CUES: Mapping[str, Mapping[str, float]] = {
    "aggregateoffer": {PRODUCT: -0.3, COLLECTION: 0.2, ARTICLE: 0.1, SERVICE: 0.1, LISTING: -0.1},
    "aggregaterating": {ARTICLE: -0.5, LISTING: 0.3, DOCUMENTATION: -0.2, SERVICE: 0.2, COLLECTION: 0.2, FORUM: -0.2, PRODUCT: 0.2},
    "article": {ARTICLE: 0.9, SERVICE: -0.5, LISTING: 0.5, COLLECTION: -0.4, PRODUCT: -0.3, FORUM: -0.3, DOCUMENTATION: 0.2},
    "blogposting": {ARTICLE: 0.8, DOCUMENTATION: -0.2, PRODUCT: -0.2, COLLECTION: -0.2, FORUM: -0.2, LISTING: 0.1},
    "brand": {PRODUCT: 1.1, LISTING: -0.5, COLLECTION: -0.4, ARTICLE: 0.4, SERVICE: -0.3, FORUM: -0.1, DOCUMENTATION: -0.1},
    "collectionpage": {LISTING: 0.8, COLLECTION: 0.5, PRODUCT: -0.4, ARTICLE: -0.4, SERVICE: -0.2, DOCUMENTATION: -0.1, FORUM: -0.1},
    "comment": {FORUM: 1.0, ARTICLE: -0.3, LISTING: -0.2, SERVICE: -0.2, PRODUCT: -0.1, DOCUMENTATION: -0.1, COLLECTION: -0.1},
    "contactpage": {FORUM: 0.1},
    "discussionforumposting": {FORUM: 0.9, ARTICLE: -0.3, LISTING: -0.2, SERVICE: -0.2, DOCUMENTATION: -0.1, PRODUCT: -0.1, COLLECTION: -0.1},
    "faqpage": {SERVICE: 0.7, DOCUMENTATION: -0.5, LISTING: -0.4, PRODUCT: 0.3, FORUM: -0.2, COLLECTION: 0.1},
    "interactioncounter": {FORUM: 0.8, SERVICE: -0.2, LISTING: -0.2, DOCUMENTATION: -0.2, COLLECTION: -0.1, PRODUCT: -0.1},
    "itemlist": {LISTING: 1.0, PRODUCT: -0.8, SERVICE: -0.5, ARTICLE: 0.4, DOCUMENTATION: -0.1, FORUM: -0.1, COLLECTION: 0.1},
    "localbusiness": {SERVICE: 0.5, COLLECTION: -0.2, FORUM: -0.2, DOCUMENTATION: -0.2, ARTICLE: 0.1, PRODUCT: -0.1, LISTING: 0.1},
    "merchantreturnpolicy": {PRODUCT: 0.7, SERVICE: -0.3, LISTING: -0.2, ARTICLE: -0.1},
    "newsarticle": {ARTICLE: 1.0, DOCUMENTATION: -0.3, PRODUCT: -0.2, LISTING: -0.2, FORUM: -0.2, COLLECTION: -0.1},
    "offer": {DOCUMENTATION: -0.5, PRODUCT: 0.4, LISTING: 0.4, FORUM: -0.3, ARTICLE: -0.3, SERVICE: 0.2, COLLECTION: 0.1},
    "offershippingdetails": {PRODUCT: 0.2, SERVICE: -0.1, LISTING: -0.1, COLLECTION: 0.1},
    "product": {PRODUCT: 0.7, COLLECTION: 0.5, ARTICLE: -0.5, DOCUMENTATION: -0.4, FORUM: -0.3, LISTING: -0.2, SERVICE: 0.1},
    "productgroup": {PRODUCT: 0.3, COLLECTION: -0.2},
    "professionalservice": {LISTING: 0.2, ARTICLE: 0.1, DOCUMENTATION: -0.1, COLLECTION: -0.1, PRODUCT: -0.1},
    "qapage": {FORUM: 0.7, ARTICLE: -0.1, LISTING: -0.1, SERVICE: -0.1, DOCUMENTATION: -0.1, PRODUCT: -0.1, COLLECTION: -0.1},
    "service": {SERVICE: 0.4, PRODUCT: -0.3, ARTICLE: 0.2, LISTING: -0.1, COLLECTION: -0.1, DOCUMENTATION: -0.1},
    "softwareapplication": {SERVICE: 0.7, LISTING: -0.3, PRODUCT: -0.2, ARTICLE: -0.2, COLLECTION: -0.1, DOCUMENTATION: 0.1},
    "techarticle": {DOCUMENTATION: 1.0, SERVICE: -0.5, ARTICLE: -0.2, COLLECTION: -0.1, FORUM: -0.1, PRODUCT: -0.1},
}
# og:type values -> weights.
OG_CUES: Mapping[str, Mapping[str, float]] = {
    "article": {ARTICLE: 1.1, COLLECTION: -0.7, PRODUCT: -0.4, SERVICE: 0.2, DOCUMENTATION: -0.1},
    "ebay-objects:item": {PRODUCT: 0.7, COLLECTION: -0.3, SERVICE: -0.1, LISTING: -0.1, ARTICLE: -0.1},
    "product": {PRODUCT: 1.9, SERVICE: -0.5, LISTING: -0.3, ARTICLE: -0.3, DOCUMENTATION: -0.3, FORUM: -0.2, COLLECTION: -0.2},
    "product.group": {COLLECTION: 0.8, SERVICE: -0.3, DOCUMENTATION: -0.2, PRODUCT: -0.1, LISTING: -0.1, ARTICLE: -0.1, FORUM: -0.1},
    "product.item": {PRODUCT: 0.1, COLLECTION: -0.1},
    "website": {SERVICE: 0.6, FORUM: -0.3, PRODUCT: 0.3, DOCUMENTATION: -0.2, COLLECTION: -0.2, LISTING: -0.1, ARTICLE: 0.1},
}
# Words of the URL's path (split at anything not a letter) -> weights.
URL_CUES: Mapping[str, Mapping[str, float]] = {
    "#year": {ARTICLE: 0.6, DOCUMENTATION: -0.1, FORUM: -0.1, SERVICE: -0.1, LISTING: -0.1, PRODUCT: -0.1},
    "about": {ARTICLE: 0.2, LISTING: 0.2, COLLECTION: -0.1, PRODUCT: -0.1, SERVICE: -0.1, DOCUMENTATION: -0.1},
    "api": {DOCUMENTATION: 0.2, LISTING: -0.1},
    "article": {ARTICLE: 0.6, SERVICE: -0.2, LISTING: -0.1, DOCUMENTATION: -0.1, FORUM: -0.1, PRODUCT: -0.1},
    "articles": {ARTICLE: 0.8, DOCUMENTATION: -0.2, LISTING: -0.2, PRODUCT: -0.1, COLLECTION: -0.1, FORUM: -0.1},
    "blog": {ARTICLE: 1.6, SERVICE: -0.6, DOCUMENTATION: -0.5, COLLECTION: -0.2, FORUM: -0.2, PRODUCT: -0.2, LISTING: 0.1},
    "browse": {COLLECTION: 0.7, SERVICE: -0.3, DOCUMENTATION: -0.1, PRODUCT: -0.1, FORUM: -0.1, LISTING: -0.1},
    "c": {COLLECTION: 1.1, SERVICE: -0.6, ARTICLE: -0.5, DOCUMENTATION: -0.4, LISTING: 0.2, PRODUCT: 0.2, FORUM: 0.1},
    "catalog": {LISTING: 0.3, SERVICE: -0.2, DOCUMENTATION: -0.1, COLLECTION: -0.1, ARTICLE: 0.1},
    "categories": {LISTING: 0.3, PRODUCT: -0.3, DOCUMENTATION: -0.1, ARTICLE: -0.1, COLLECTION: 0.1, SERVICE: 0.1},
    "category": {COLLECTION: 0.6, LISTING: 0.4, ARTICLE: -0.3, SERVICE: -0.3, DOCUMENTATION: -0.1, PRODUCT: -0.1, FORUM: -0.1},
    "collection": {COLLECTION: 0.3, ARTICLE: 0.2, LISTING: -0.2, SERVICE: -0.1, PRODUCT: -0.1, FORUM: -0.1, DOCUMENTATION: -0.1},
    "collections": {COLLECTION: 0.9, SERVICE: -0.5, ARTICLE: -0.2, DOCUMENTATION: -0.1, LISTING: -0.1, PRODUCT: 0.1, FORUM: -0.1},
    "comments": {FORUM: 0.3, LISTING: -0.2, ARTICLE: -0.1},
    "community": {PRODUCT: 0.3, FORUM: 0.3, LISTING: -0.2, ARTICLE: -0.2, DOCUMENTATION: -0.1, COLLECTION: -0.1},
    "developer": {SERVICE: 0.2, LISTING: -0.1, DOCUMENTATION: -0.1, COLLECTION: -0.1, FORUM: 0.1, PRODUCT: -0.1},
    "directory": {LISTING: 0.2, SERVICE: -0.1, COLLECTION: -0.1},
    "discussion": {FORUM: 0.8, ARTICLE: -0.3, DOCUMENTATION: -0.2, LISTING: -0.1, SERVICE: -0.1, COLLECTION: -0.1},
    "discussions": {FORUM: 0.1, ARTICLE: -0.1},
    "doc": {DOCUMENTATION: 0.4, ARTICLE: -0.2, SERVICE: -0.1},
    "docs": {DOCUMENTATION: 2.1, ARTICLE: -0.6, SERVICE: -0.5, LISTING: -0.5, COLLECTION: -0.2, PRODUCT: -0.2, FORUM: -0.1},
    "dp": {PRODUCT: 0.9, COLLECTION: -0.5, ARTICLE: -0.2, SERVICE: -0.2, LISTING: -0.1},
    "events": {ARTICLE: 0.1},
    "features": {ARTICLE: 0.1, PRODUCT: -0.1, SERVICE: 0.1, COLLECTION: -0.1},
    "forum": {FORUM: 0.6, ARTICLE: -0.3, LISTING: -0.1, SERVICE: -0.1, COLLECTION: -0.1},
    "forums": {FORUM: 0.4, ARTICLE: -0.2, SERVICE: -0.1, LISTING: -0.1},
    "guide": {ARTICLE: 0.7, SERVICE: -0.6, DOCUMENTATION: 0.3, LISTING: -0.3, FORUM: -0.2, COLLECTION: 0.1, PRODUCT: -0.1},
    "guides": {ARTICLE: 0.2, DOCUMENTATION: 0.2, SERVICE: -0.2, LISTING: -0.1, COLLECTION: -0.1, FORUM: -0.1},
    "html": {PRODUCT: 1.1, ARTICLE: -0.5, DOCUMENTATION: 0.4, COLLECTION: -0.4, LISTING: -0.3, FORUM: -0.2, SERVICE: -0.2},
    "item": {ARTICLE: 0.1, PRODUCT: 0.1, SERVICE: -0.1},
    "itm": {PRODUCT: 0.6, COLLECTION: -0.3, SERVICE: -0.1, LISTING: -0.1, ARTICLE: -0.1},
    "jobs": {LISTING: 0.5, COLLECTION: -0.2, SERVICE: -0.1, ARTICLE: 0.1, PRODUCT: -0.1, FORUM: -0.1},
    "library": {DOCUMENTATION: 0.2, SERVICE: -0.1, ARTICLE: 0.1, PRODUCT: -0.1, LISTING: -0.1},
    "list": {LISTING: 0.5, DOCUMENTATION: -0.2, FORUM: -0.1, SERVICE: -0.1, PRODUCT: -0.1, COLLECTION: -0.1},
    "news": {LISTING: 0.8, FORUM: -0.2, DOCUMENTATION: -0.2, PRODUCT: -0.2, SERVICE: -0.2, ARTICLE: 0.2, COLLECTION: -0.2},
    "p": {PRODUCT: 1.1, SERVICE: -0.4, COLLECTION: -0.3, LISTING: -0.3, ARTICLE: 0.3, FORUM: -0.2, DOCUMENTATION: -0.2},
    "page": {LISTING: 0.3, ARTICLE: -0.2, SERVICE: -0.1, PRODUCT: -0.1},
    "plans": {SERVICE: 0.1},
    "pricing": {ARTICLE: 0.2, SERVICE: -0.1, DOCUMENTATION: -0.1},
    "product": {PRODUCT: 1.0, SERVICE: -0.4, DOCUMENTATION: 0.3, COLLECTION: -0.3, ARTICLE: -0.3, LISTING: -0.3, FORUM: -0.1},
    "products": {PRODUCT: 1.2, DOCUMENTATION: -0.3, COLLECTION: -0.3, FORUM: -0.3, ARTICLE: -0.2, LISTING: -0.2, SERVICE: 0.1},
    "questions": {FORUM: 0.7, SERVICE: -0.2, ARTICLE: -0.1, LISTING: -0.1, DOCUMENTATION: -0.1, PRODUCT: -0.1},
    "reference": {DOCUMENTATION: 0.2, SERVICE: -0.1, ARTICLE: -0.1},
    "search": {ARTICLE: 0.1, DOCUMENTATION: -0.1},
    "service": {SERVICE: 0.3, ARTICLE: -0.2, LISTING: -0.1, DOCUMENTATION: 0.1},
    "services": {SERVICE: 1.7, ARTICLE: -0.6, PRODUCT: -0.3, DOCUMENTATION: -0.3, COLLECTION: -0.3, FORUM: -0.1},
    "shop": {COLLECTION: 0.6, SERVICE: -0.3, PRODUCT: 0.2, LISTING: -0.2, ARTICLE: -0.2, DOCUMENTATION: -0.1},
    "solutions": {SERVICE: 0.3, LISTING: -0.1, ARTICLE: -0.1},
    "store": {PRODUCT: 0.2, COLLECTION: -0.1, SERVICE: -0.1},
    "story": {FORUM: 0.2, LISTING: -0.2, ARTICLE: 0.1, COLLECTION: -0.1},
    "t": {FORUM: 1.4, LISTING: -0.4, SERVICE: -0.3, ARTICLE: -0.2, DOCUMENTATION: -0.2, COLLECTION: -0.2},
    "threads": {FORUM: 1.3, ARTICLE: -0.6, SERVICE: -0.3, DOCUMENTATION: -0.2, LISTING: -0.1, PRODUCT: -0.1},
    "topic": {COLLECTION: 0.6, LISTING: -0.5, FORUM: 0.3, SERVICE: -0.2, PRODUCT: -0.1, DOCUMENTATION: -0.1},
    "topics": {ARTICLE: 0.3, DOCUMENTATION: 0.2, SERVICE: -0.2, LISTING: -0.1, PRODUCT: -0.1, COLLECTION: -0.1, FORUM: -0.1},
    "tutorial": {DOCUMENTATION: 0.5, ARTICLE: -0.2, SERVICE: -0.1, LISTING: -0.1},
    "viewtopic": {FORUM: 1.1, LISTING: -0.3, ARTICLE: -0.3, SERVICE: -0.2, DOCUMENTATION: -0.2, COLLECTION: -0.1, PRODUCT: -0.1},
}
# Words of the <html> and <body> class and id (a CMS names the template it renders).
PAGE_WORD_CUES: Mapping[str, Mapping[str, float]] = {
    "archive": {LISTING: 0.3, PRODUCT: -0.2, ARTICLE: -0.2, SERVICE: 0.2, DOCUMENTATION: -0.1, COLLECTION: 0.1, FORUM: -0.1},
    "article": {ARTICLE: 0.9, SERVICE: -0.4, DOCUMENTATION: -0.2, LISTING: -0.2, PRODUCT: -0.1, FORUM: 0.1, COLLECTION: -0.1},
    "blog": {LISTING: 0.4, DOCUMENTATION: -0.3, PRODUCT: -0.3, COLLECTION: 0.2, ARTICLE: -0.1, FORUM: 0.1},
    "category": {LISTING: 0.6, PRODUCT: -0.5, COLLECTION: 0.2, ARTICLE: -0.2, FORUM: 0.2, SERVICE: -0.2, DOCUMENTATION: -0.1},
    "collection": {ARTICLE: -0.5, SERVICE: 0.3, LISTING: 0.2, FORUM: -0.1, PRODUCT: 0.1, DOCUMENTATION: -0.1, COLLECTION: 0.1},
    "docs": {DOCUMENTATION: 0.6, ARTICLE: -0.2, PRODUCT: -0.2, SERVICE: -0.1},
    "documentation": {DOCUMENTATION: 0.3, ARTICLE: -0.2, SERVICE: -0.1},
    "forum": {FORUM: 0.7, ARTICLE: -0.4, LISTING: -0.2, COLLECTION: -0.1, SERVICE: -0.1},
    "home": {DOCUMENTATION: -0.4, LISTING: 0.3, FORUM: -0.1, SERVICE: 0.1, ARTICLE: 0.1, COLLECTION: 0.1},
    "landing": {ARTICLE: 0.1, LISTING: -0.1},
    "page": {LISTING: -0.4, PRODUCT: 0.3, SERVICE: 0.3, ARTICLE: 0.2, FORUM: -0.2, DOCUMENTATION: -0.2, COLLECTION: -0.1},
    "post": {ARTICLE: 0.9, PRODUCT: -0.4, DOCUMENTATION: -0.2, LISTING: -0.2, SERVICE: -0.1},
    "postid": {ARTICLE: 0.7, COLLECTION: -0.5, PRODUCT: 0.4, LISTING: -0.4, SERVICE: -0.3},
    "product": {PRODUCT: 0.9, ARTICLE: -0.6, LISTING: -0.2, FORUM: -0.2, COLLECTION: 0.1, DOCUMENTATION: 0.1},
    "search": {DOCUMENTATION: 0.7, ARTICLE: -0.3, LISTING: 0.3, COLLECTION: -0.2, PRODUCT: -0.2, SERVICE: -0.1, FORUM: -0.1},
    "single": {PRODUCT: 0.5, COLLECTION: -0.4, LISTING: -0.3, FORUM: 0.3, ARTICLE: 0.2, SERVICE: -0.1, DOCUMENTATION: -0.1},
    "tax": {COLLECTION: 0.3, SERVICE: -0.3, PRODUCT: -0.2, LISTING: 0.1, ARTICLE: 0.1, DOCUMENTATION: -0.1},
    "template": {SERVICE: 0.9, DOCUMENTATION: -0.7, FORUM: -0.2, ARTICLE: -0.2, COLLECTION: 0.2, PRODUCT: 0.1, LISTING: -0.1},
    "thread": {FORUM: 0.2, SERVICE: -0.1},
    "topic": {FORUM: 0.3, COLLECTION: 0.2, ARTICLE: -0.2, SERVICE: -0.2, LISTING: 0.1, DOCUMENTATION: -0.1, PRODUCT: -0.1},
    "woocommerce": {COLLECTION: 0.6, SERVICE: -0.5, PRODUCT: 0.2, ARTICLE: -0.2, LISTING: -0.1, DOCUMENTATION: -0.1},
}
# Words forum software writes on a thread page's <html> or <body> (its name, its thread template):
# one cue, set by any of them. Chosen by hand, not fitted: each names a forum engine, so its
# weight is the forum's whatever else the page states (an og:type 'article', a blog template).
FORUM_ENGINE_WORDS = frozenset({
    "xf", "xenforo", "phpbb", "viewtopic", "vbulletin", "ipsapp", "nodebb", "messageindex", "mybb", "flarum",
    "bbpress", "discourse", "showthread",
})
FORUM_ENGINE_CUE = "page:#forum_engine"
# Words a shop writes for its product detail page ('pdp', in its URL or on <html>/<body>) and the
# schema.org action that buys one: one cue, set by any of them, chosen by hand like the one above.
PRODUCT_PAGE_WORDS = frozenset({"pdp"})
PRODUCT_PAGE_SCHEMA = frozenset({"buyaction"})
PRODUCT_PAGE_CUE = "page:#product_detail"
# The shape of the URL's path: a site's front page (no path words) is its services or its lists,
# seldom an article; an article's last segment is a slug of its headline ('how-to-fix-a-leaking-tap')
# or a record's number, a service's or a list's one or two words ('/crm/', '/services/plumbing').
# Weights fitted like the others, with the cues above fixed and the fit also rewarding the body F1
# each type's body would give (a front page's body often comes out as well read as a list); the
# short slug's then halved: at full weight it left the article's lead open on article pages enough
# to cost them the post count (+0.7% instructions). Type agreement 0.843 -> 0.856 on the WCXB
# development split, no type's body F1 lower.
URL_ROOT_CUE, URL_SHORT_SLUG_CUE = "url:#root", "url:#short_slug"
SHORT_SLUG_WORDS = 2
# Shapes of the blocks: a feature's value (a share or a squashed count) times its weights.
SHAPE_CUES: Mapping[str, Mapping[str, float]] = {
    "body_paragraph": {LISTING: 0.7, DOCUMENTATION: -0.7, PRODUCT: -0.5, ARTICLE: 0.4, SERVICE: -0.4, FORUM: 0.4},
    "comments_first": {FORUM: 0.6, ARTICLE: -0.3},
    "code_share": {DOCUMENTATION: 2.0, SERVICE: -0.5, ARTICLE: -0.5, LISTING: -0.4, PRODUCT: -0.3, COLLECTION: -0.3},
    "dated_blocks": {COLLECTION: -0.8, ARTICLE: 0.8, FORUM: 0.7, DOCUMENTATION: -0.6, SERVICE: -0.4, PRODUCT: 0.3},
    "headings": {FORUM: -1.1, SERVICE: 1.1, COLLECTION: 0.2, PRODUCT: 0.2, LISTING: -0.1, DOCUMENTATION: -0.1, ARTICLE: -0.1},
    "headlines": {FORUM: -0.7, LISTING: 0.7, SERVICE: 0.6, ARTICLE: -0.5, COLLECTION: 0.3, PRODUCT: -0.2, DOCUMENTATION: -0.1},
    "link_share": {LISTING: 1.4, SERVICE: -1.0, COLLECTION: 0.7, PRODUCT: -0.6, FORUM: -0.5, ARTICLE: -0.4, DOCUMENTATION: 0.4},
    "long_paragraphs": {ARTICLE: 1.2, LISTING: -0.9, SERVICE: -0.5, COLLECTION: -0.4, FORUM: 0.3, DOCUMENTATION: 0.2},
    "posts": {FORUM: 1.2, DOCUMENTATION: -0.8, LISTING: 0.8, PRODUCT: -0.7, ARTICLE: -0.6, COLLECTION: 0.3, SERVICE: -0.1},
    "prices_few": {DOCUMENTATION: -1.0, PRODUCT: 0.9, COLLECTION: 0.7, ARTICLE: -0.6, FORUM: -0.6, SERVICE: 0.3, LISTING: 0.2},
    "prices_many": {COLLECTION: 2.2, DOCUMENTATION: -1.2, PRODUCT: 1.0, FORUM: -0.7, LISTING: -0.5, SERVICE: -0.5, ARTICLE: -0.3},
    "record_share": {PRODUCT: -0.2, LISTING: 0.2, SERVICE: 0.2, FORUM: -0.1, DOCUMENTATION: 0.1, ARTICLE: -0.1},
    "region_share": {DOCUMENTATION: 1.6, ARTICLE: 1.3, LISTING: -1.1, COLLECTION: -1.0, PRODUCT: -0.7, FORUM: -0.5, SERVICE: 0.5},
    "size": {DOCUMENTATION: 0.9, SERVICE: -0.7, LISTING: 0.3, ARTICLE: -0.3, PRODUCT: -0.2, COLLECTION: 0.1},
    "table_share": {LISTING: 0.4, DOCUMENTATION: 0.3, COLLECTION: -0.2, SERVICE: -0.2, PRODUCT: -0.1, FORUM: -0.1},
}

_URL_WORD = regex.compile(r"[a-z]+")
_YEAR_IN_PATH = regex.compile(r"/(?:19|20)\d\d/")
# A price: a currency sign or code by a number ('$1,299.00', '12,99 €', 'USD 40').
_PRICE = regex.compile(
    r"(?:[$€£¥₩₹]|\b(?:USD|EUR|GBP|CHF|CAD|AUD)\b)\s?\d[\d.,]{0,12}|\b\d[\d.,]{0,12}\s?(?:[€£₩]|\b(?:USD|EUR|GBP|zł|kr)\b)"
)
_PRICE_MAX_UNITS = 12
_DIGIT = re.compile(r"\d").search  # the standard library's engine: quicker at this test of every short line
# A post: a sibling item with prose of its own and a date or an author's name line above it.
_POST_PROSE_UNITS = 12
_PROSE_LINK_SHARE = 0.5  # a block with less of its text in links is prose
_DATE = regex.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d\d\b|\b\d+\s*(?:min|h|hours?|days?|months?|years?)\b")
_MIN_POSTS = 3
# Comment prose above the article's first line that counts as a thread's opening post: a
# sentence or two (a 'be the first to comment' line or a comment count is less).
COMMENTS_FIRST_MIN_UNITS = 20


@attrs.frozen
class TypeEvidence:
    """What the page states about itself beside its blocks (HTML mode; empty for a text dump)."""

    schema: Mapping[str, int] = attrs.Factory(dict)
    og_type: str | None = None
    url: str | None = None
    dated: bool = False  # its metadata states a publication date or an author
    page_words: frozenset[str] = frozenset()  # words of the <html> and <body> class and id


def _squash(count: float, scale: float) -> float:
    """0 for none, towards 1 for many: counts weigh in without one page's hundreds dominating."""
    return 1.0 - math.exp(-count / scale)


def _url_path(url: str | None) -> str | None:
    """The URL's path, lower-cased and bounded; None when there is no URL or it does not parse."""
    if not url:
        return None
    try:
        return urlsplit(url).path.lower()[:300]
    except ValueError:
        return None


def url_words(url: str | None) -> list[str]:
    """The lower-case words of a URL's path ('/docs/api/v2' -> ['docs', 'api', 'v'])."""
    path = _url_path(url)
    return _URL_WORD.findall(path) if path is not None else []


def url_shape_cues(url: str | None) -> list[str]:
    """The URL-shape cues of a page's URL: a front page's, or a last segment of one or two words."""
    path = _url_path(url)
    if path is None:
        return []
    last = path.rstrip("/").rpartition("/")[2]
    words = _URL_WORD.findall(last)
    if not words:
        return [] if _URL_WORD.search(path) else [URL_ROOT_CUE]
    # one or two words naming a page, not a file or a record's number ('index.html', 'a51346')
    if len(words) <= SHORT_SLUG_WORDS and "." not in last and _DIGIT(last) is None:
        return [URL_SHORT_SLUG_CUE]
    return []


def _post_count(blocks: Sequence[Block], dated: Sequence[bool]) -> int:
    """The most items of one sibling group that each hold prose and a date: a thread's posts."""
    best = 0
    if not any(dated):
        return 0  # no post is dated: no thread, whatever repeats
    for tag, items in records.sibling_groups(blocks):
        if tag in ("p", "li", "tr", "td", "span", "a") or len(items) <= best:
            continue
        posts = 0
        for item in items:
            prose = sum(blocks[i].units for i in item if blocks[i].link_ratio < _PROSE_LINK_SHARE)
            if prose >= _POST_PROSE_UNITS and any(dated[i] for i in item):
                posts += 1
        best = max(best, posts)
    return best


def most_posts(blocks: Sequence[Block], dated: Sequence[bool]) -> int:
    """The most posts any sibling group could hold (``_post_count``'s bound): a post is a run of
    blocks with a dated line and _POST_PROSE_UNITS of prose, and posts do not overlap, so the
    runs cut as soon as each holds both are the most there can be."""
    count = prose = 0
    seen_date = False
    for block, is_dated in zip(blocks, dated):
        if block.link_ratio < _PROSE_LINK_SHARE:
            prose += block.units
        if is_dated:
            seen_date = True
        if seen_date and prose >= _POST_PROSE_UNITS:
            count += 1
            prose, seen_date = 0, False
    return count


def shape_features(blocks: Sequence[Block]) -> dict[str, float]:
    """The block shapes that tell page types apart, each in [0, 1]."""
    dear, short_dates = _dear_shapes(blocks)
    return {**_cheap_shapes(blocks), **dear, _POSTS: _posts_feature(blocks, short_dates)}


# The shapes that cost more than a look at each block's fields (a regex, a headline test, the
# sibling groups) are read only when their values could change the answer; each group below is
# one cue or cues of which one at most is set (a page has few prices or many), with their ranges.
_POSTS = "posts"
_DEAR_GROUPS: tuple[tuple[tuple[str, float], ...], ...] = (
    (("headlines", 1.0),), (("prices_few", 1.0), ("prices_many", 1.0)), ((_POSTS, 1.0),),
)


def _posts_feature(blocks: Sequence[Block], short_dates: Sequence[bool]) -> float:
    posts = _post_count(blocks, short_dates) if blocks and blocks[0].dom_ids is not None else 0
    return _squash(max(0, posts - _MIN_POSTS + 1), 3.0)


def _cheap_shapes(blocks: Sequence[Block]) -> dict[str, float]:
    """The shapes read from the blocks' fields alone, in one pass."""
    total = code = cells = links = body = in_records = opening_comments = 0.0
    headings = long_paragraphs = body_blocks = 0
    dated = False
    record_reasons = (records.RELATED_REASON, records.BOARD_REASON)
    for block in blocks:
        units = block.units
        total += units
        ratio = block.link_ratio
        if ratio:
            links += units * ratio
        if block.code:
            code += units
        if block.table_cell:
            cells += units
        if block.heading >= 2:
            headings += 1
        if units >= 40 and ratio < 0.2:
            long_paragraphs += 1
        label = block.label
        if label is _BODY:
            body += units
            body_blocks += 1
        elif label is _DATE_LABEL or label is _BYLINE:
            dated = True
        elif (label is _RELATED or label is _BOARD) and block.reason in record_reasons:
            in_records += units
        elif label is _COMMENTS and not body and ratio < _PROSE_LINK_SHARE:
            opening_comments += units
    total = total or 1.0
    return {
        "long_paragraphs": _squash(long_paragraphs, 6.0),
        "body_paragraph": min(1.0, body / body_blocks / 60.0) if body_blocks else 0.0,
        "code_share": min(1.0, 3.0 * code / total),
        "table_share": cells / total,
        "link_share": links / total,
        "headings": _squash(headings, 8.0),
        "record_share": in_records / total,
        "region_share": body / total,
        "dated_blocks": 1.0 if dated else 0.0,
        "size": _squash(total, 2000.0),
        "comments_first": comments_first(opening_comments, body),
    }


def comments_first(opening: float, body: float) -> float:
    """The share of the page's leading prose held in comments before the article's first line
    (``opening`` units of comment prose above it, ``body`` the article's units): a thread whose
    opening post the markup calls a comment, read as an article, has that post and maybe no
    article at all; an article with a comment section has its comments below it."""
    if opening < COMMENTS_FIRST_MIN_UNITS:
        return 0.0
    return opening / (opening + body)


def _dear_shapes(blocks: Sequence[Block]) -> tuple[dict[str, float], list[bool]]:
    """Headlines and prices, in one pass; and which blocks are short dated lines (a post's
    header), for the post count."""
    prices = headlines = 0
    short_dates = [False] * len(blocks)
    headline_share = records.HEADLINE_LINK_SHARE
    low, high = records.HEADLINE_UNITS
    for i, block in enumerate(blocks):
        units = block.units
        if units <= _PRICE_MAX_UNITS:
            # prices and dates are short lines with digits (most short lines are menu words: one test)
            clean = block.clean
            if _DIGIT(clean) is not None:
                if _PRICE.search(clean):
                    prices += 1
                if _DATE.search(clean):
                    short_dates[i] = True
        if block.link_ratio >= headline_share and low <= units <= high and records.is_headline(block):
            headlines += 1
    return {
        "headlines": _squash(headlines, 10.0),
        "prices_few": 1.0 if 1 <= prices <= 4 else 0.0,
        "prices_many": _squash(max(0, prices - 4), 6.0),
    }, short_dates


def features(blocks: Sequence[Block], evidence: TypeEvidence) -> dict[str, float]:
    """Every cue the page gives, by name ('schema:product', 'og:article', 'url:docs', 'shape:...')."""
    found = _stated(evidence)
    for name, value in shape_features(blocks).items():
        found["shape:" + name] = value
    return found


def _stated(evidence: TypeEvidence) -> dict[str, float]:
    """The cues of what the page states about itself (its markup, URL and metadata)."""
    found: dict[str, float] = {"prior": 1.0}
    for name, count in evidence.schema.items():
        found["schema:" + name] = math.log2(1 + count)
    if evidence.og_type:
        found["og:" + evidence.og_type] = 1.0
    path_words = url_words(evidence.url)
    for word in path_words:
        found["url:" + word] = 1.0
    if evidence.url and _YEAR_IN_PATH.search(evidence.url):
        found["url:#year"] = 1.0
    for cue in url_shape_cues(evidence.url):
        found[cue] = 1.0
    if evidence.dated:
        found["meta:dated"] = 1.0
    for word in evidence.page_words:
        found["page:" + word] = 1.0
    if not FORUM_ENGINE_WORDS.isdisjoint(evidence.page_words):
        found[FORUM_ENGINE_CUE] = 1.0
    if (not PRODUCT_PAGE_WORDS.isdisjoint(evidence.page_words) or not PRODUCT_PAGE_SCHEMA.isdisjoint(evidence.schema)
            or not PRODUCT_PAGE_WORDS.isdisjoint(path_words)):
        found[PRODUCT_PAGE_CUE] = 1.0
    if not any(name in CUES for name in found if name != "prior"):
        del found["prior"]  # a page that states nothing about itself is read from its shapes alone
    return found


def scores(blocks: Sequence[Block], evidence: TypeEvidence) -> dict[str, float]:
    """Every page type's score: each cue's value times its weights in ``CUES``."""
    return _weighed(features(blocks, evidence))


def _weighed(found: Mapping[str, float]) -> dict[str, float]:
    totals = dict.fromkeys(PAGE_TYPES, 0.0)
    for name, value in found.items():
        for kind, weight in CUES.get(name, {}).items():
            totals[kind] += weight * value
    return totals


# Another type must beat the article by this much: a page is read as an article (one region, the
# seeds' and most pages' kind) unless the evidence for another kind is clear.
ARTICLE_MARGIN = 0.5


def read_page_type(blocks: Sequence[Block], evidence: TypeEvidence | None = None) -> str:
    """The page type with the highest score, if it beats the article's by ``ARTICLE_MARGIN``.

    What the page states and its cheap shapes first; the dear shapes only when they could change
    the answer, and the post count (the page's sibling groups, the dearest) only when it still
    could: most pages are articles whatever those are."""
    found = _stated(evidence or TypeEvidence())
    for name, value in _cheap_shapes(blocks).items():
        found["shape:" + name] = value
    totals = _weighed(found)
    if _article_whatever(totals, _DEAR_GROUPS):
        return ARTICLE
    dear, short_dates = _dear_shapes(blocks)
    for name, value in dear.items():
        _add(totals, "shape:" + name, value)
    if _posts_may_matter(totals, blocks, short_dates):
        _add(totals, "shape:" + _POSTS, _posts_feature(blocks, short_dates))
    return _decided(totals)


def _posts_may_matter(totals: Mapping[str, float], blocks: Sequence[Block], short_dates: Sequence[bool]) -> bool:
    """Whether the post count could change the answer, by two bounds of it: the dated lines
    (each post holds one), then ``most_posts`` (a pass over the blocks), only when the first
    leaves it open."""
    for bound in (lambda: sum(short_dates), lambda: most_posts(blocks, short_dates)):
        most = _squash(max(0, bound() - _MIN_POSTS + 1), 3.0)
        if most == 0.0 or _article_whatever(totals, (((_POSTS, most),),)):
            return False
    return True


def _add(totals: dict[str, float], cue: str, value: float) -> None:
    for kind, weight in CUES[cue].items():
        totals[kind] += weight * value


def _article_whatever(totals: Mapping[str, float], unread: Sequence[Sequence[tuple[str, float]]]) -> bool:
    """No type can beat the article by the margin, whatever values the unread shape cues take:
    each of ``unread`` is a group of (cue, highest value) of which at most one is set, and every
    score is linear in each cue, so a type's best lead takes each group's best end."""
    article = totals[ARTICLE]
    for kind in PAGE_TYPES:
        if kind == ARTICLE:
            continue
        lead = totals[kind] - article
        for group in unread:
            best = 0.0
            for name, highest in group:
                weights = CUES["shape:" + name]
                best = max(best, (weights.get(kind, 0.0) - weights.get(ARTICLE, 0.0)) * highest)
            lead += best
        if lead >= ARTICLE_MARGIN:
            return False
    return True


def _decided(totals: Mapping[str, float]) -> str:
    best = max(PAGE_TYPES, key=lambda name: totals[name])
    return best if totals[best] - totals[ARTICLE] >= ARTICLE_MARGIN or best == ARTICLE else ARTICLE


def _table(prefix: str, cues: Mapping[str, Mapping[str, float]]) -> dict[str, Mapping[str, float]]:
    return {prefix + name: weights for name, weights in cues.items()}


CUES: Mapping[str, Mapping[str, float]] = {
    "prior": {ARTICLE: -0.6, FORUM: 0.6, DOCUMENTATION: -0.2, SERVICE: 0.2, COLLECTION: 0.1},
    "url:#year": {ARTICLE: 0.6, DOCUMENTATION: -0.1, FORUM: -0.1, SERVICE: -0.1, LISTING: -0.1, PRODUCT: -0.1},
    **_table("schema:", SCHEMA_CUES),
    **_table("og:", OG_CUES),
    **_table("url:", URL_CUES),
    **_table("page:", PAGE_WORD_CUES),
    FORUM_ENGINE_CUE: {FORUM: 1.5, ARTICLE: -0.5},
    PRODUCT_PAGE_CUE: {PRODUCT: 1.0, SERVICE: -0.3},
    URL_ROOT_CUE: {SERVICE: 1.2, LISTING: 1.0, DOCUMENTATION: -0.9, ARTICLE: -0.8, PRODUCT: -0.7, COLLECTION: 0.7, FORUM: -0.5},
    URL_SHORT_SLUG_CUE: {ARTICLE: -0.6, DOCUMENTATION: 0.3, FORUM: -0.2, LISTING: 0.2, COLLECTION: 0.2, SERVICE: 0.1},
    "meta:dated": {FORUM: 0.5, ARTICLE: 0.4, COLLECTION: -0.4, SERVICE: -0.3, PRODUCT: -0.2, LISTING: 0.2, DOCUMENTATION: -0.2},
    **_table("shape:", SHAPE_CUES),
}
