"""Metadata an HTML page states about itself: <meta> tags, JSON-LD, <title>, <link>, microdata.

No tree is built: the segmenter's one pass over the parser's events gathers
what these readers need into ``PageFacts`` (the attributes of every <meta> and
<link>, the text of the first <title>, of JSON-LD scripts and of elements
marked up as author, date or publisher). Every reader is defensive: invalid
JSON-LD, odd nesting, missing attributes and junk values are skipped, never
raised.

Keys of ``meta`` (only those found): author, date, modified, publisher, lang,
url, description.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator, Mapping, Sequence
from urllib.parse import urljoin, urlsplit

import attrs
import regex

from ..textutil import fold_spaces


@attrs.define(slots=True)
class PageMeta:
    title: str | None = None
    meta: dict[str, str] = attrs.Factory(dict)
    jsonld_body: str | None = None
    # schema.org types the page states (JSON-LD and microdata, lower-cased) -> how many times
    schema: dict[str, int] = attrs.Factory(dict)
    og_type: str | None = None  # the og:type <meta>, lower-cased
    page_words: frozenset[str] = frozenset()  # words of the <html> and <body> class and id
    # the text of the main entity when the page ships it as data (JSON-LD text, a question and its
    # answers, a description): the body of last resort for a page whose visible part is empty
    data_text: str | None = None


# <meta> keys (name, property, itemprop or http-equiv, lower-cased) for each field, best first.
_META_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("og:title", "twitter:title", "dc.title", "dc:title", "dcterms.title", "headline", "title", "sailthru.title", "parsely-title"),
    "author": (
        "author", "article:author", "dc.creator", "dc:creator", "dcterms.creator", "byl", "sailthru.author", "parsely-author",
        "citation_author", "twitter:creator:name",
    ),
    "date": (
        "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "publish_date", "published_time", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
        "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date",
        "article.published", "datecreated", "created", "og:published_time",
    ),
    "modified": (
        "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
        "dc.date.modified", "article.updated", "lastmod", "revised",
    ),
    "publisher": ("og:site_name", "publisher", "dc.publisher", "dcterms.publisher", "application-name", "citation_publisher"),
    "lang": ("content-language", "language", "dc.language", "dcterms.language", "og:locale"),
    "description": ("description", "og:description", "twitter:description", "dc.description", "dcterms.abstract"),
    "url": ("og:url", "twitter:url"),
}
_WANTED_KEYS = {key: field for field, keys in _META_KEYS.items() for key in keys}

_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "scholarlyarticle", "techarticle",
    "report", "liveblogposting", "socialmediaposting", "discussionforumposting", "medicalscholarlyarticle",
    "satiricalarticle", "advertisertcontentarticle", "posting", "review", "recipe", "howto", "qapage",
})
_PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "faqpage"})
MAX_JSON_CHARS = 5_000_000
_MAX_JSON_NODES = 20_000
_TRAILING_COMMA = regex.compile(r",(\s{0,100}[}\]])")
_JSON_WRAPPER = regex.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
# (?<!\s): a match starts where a white-space run starts, so a long run is scanned once, not
# once per position (the same matches: a separator's leftmost match starts there anyway).
_TITLE_SEPARATORS = regex.compile(r"(?<!\s)(?:\s++[|\-–—:·•»«/~]{1,2}\s+|\s++::\s+)")
_BY = regex.compile(r"^(?:by|von|par|por|di|door|av|af)\s+", regex.IGNORECASE)
_WORD = regex.compile(r"\w+")
_URLISH = regex.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)/", regex.IGNORECASE)

MAX_MARKUP = 200  # elements marked up as author, date or publisher: the first ones are read
MAX_ITEMTYPES = 100  # distinct microdata types counted
MAX_PAGE_WORDS = 200
_PAGE_WORD = regex.compile(r"[a-z]{2,20}")
# Text read_meta keeps of an element (title, markup): more than any value it accepts, even
# after white space is folded; past it the element's text counts as too long.
_CAPTURE_CHARS = 20_000


class Capture:
    """An element whose text a reader wants, filled in as the walk passes through it.

    ``open`` counts the elements open in it (itself included): at 0 it has closed. ``name`` is
    its first descendant with itemprop="name" (which names an author or publisher).
    """

    __slots__ = ("tag", "attrib", "pieces", "size", "limit", "open", "name", "wants_name")

    def __init__(self, tag: str, attrib: Mapping[str, str], limit: int = _CAPTURE_CHARS, wants_name: bool = False) -> None:
        self.tag, self.attrib, self.limit, self.wants_name = tag, attrib, limit, wants_name
        self.pieces: list[str] = []
        self.size = 0
        self.open = 1
        self.name: Capture | None = None

    def add(self, text: str) -> None:
        if self.size <= self.limit:
            self.pieces.append(text)
            self.size += len(text)

    @property
    def text(self) -> str | None:
        """The element's text, or None when it ran past the limit."""
        return "".join(self.pieces) if self.size <= self.limit else None


@attrs.define(slots=True)
class PageFacts:
    """What the readers need of a page, gathered on the segmenter's pass (wherever the elements are)."""

    root: dict[str, str] | None = None  # the attributes of the first <html> (lang)
    metas: list[dict[str, str]] = attrs.Factory(list)  # attributes of every <meta>
    links: list[tuple[str | None, str | None]] = attrs.Factory(list)  # (rel, href) of every <link>
    title: Capture | None = None  # the first <title>
    scripts: list[Capture] = attrs.Factory(list)  # the JSON-LD scripts
    markup: list[Capture] = attrs.Factory(list)  # itemprop author/dates/publisher, rel=author, <time datetime>
    itemtypes: dict[str, int] = attrs.Factory(dict)  # microdata itemtype names (lower-cased) -> count
    page_words: set[str] = attrs.Factory(set)  # words of the <html> and <body> class and id: the page's kind

    def add_page_words(self, *values: str | None) -> None:
        """Words of the page element's class and id ('single-post postid-12' -> single, post, postid)."""
        for value in values:
            if value and len(self.page_words) < MAX_PAGE_WORDS:
                self.page_words.update(_PAGE_WORD.findall(value.lower()[:2000]))

    def add_itemtype(self, value: str) -> None:
        """Count a microdata itemtype ('https://schema.org/Comment' -> 'comment'); a page naming
        hundreds of types keeps only the first ones."""
        if len(self.itemtypes) < MAX_ITEMTYPES:
            for url in value.split()[:4]:
                name = url.rstrip("/").rsplit("/", 1)[-1].lower()
                if name:
                    self.itemtypes[name] = self.itemtypes.get(name, 0) + 1


def _text_of(capture: Capture) -> str:
    return fold_spaces(capture.text or "")


def _clean_value(value: Any, limit: int = 400) -> str | None:
    if not isinstance(value, str):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        else:
            return None
    value = fold_spaces(value)
    if not value or len(value) > limit:
        return None
    return value


def _clean_author(value: Any) -> str | None:
    text = _clean_value(value, limit=300)
    if text is None or _URLISH.search(text) or text.startswith("@"):
        return None
    text = _BY.sub("", text).strip(" ,;|")
    if not text or len(text) > 120 or not regex.search(r"\p{L}", text):
        return None
    return text


# --- JSON-LD -------------------------------------------------------------------------------------


def _loads(text: str) -> list[Any]:
    """Every JSON value in a script, tolerating wrappers, trailing commas and concatenated objects."""
    text = text.strip()
    if not text or len(text) > MAX_JSON_CHARS:
        return []
    if text.startswith(("<!--", "//", "<![CDATA[")) or text.endswith(("-->", "]]>")):
        text = _JSON_WRAPPER.sub("", text).strip()
    for candidate in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return [json.loads(candidate, strict=False)]
        except (ValueError, RecursionError):
            pass
    values: list[Any] = []
    decoder = json.JSONDecoder(strict=False)
    pos, end = 0, len(text)
    try:
        while pos < end and len(values) < 50:
            while pos < end and text[pos] not in "{[":
                pos += 1
            if pos >= end:
                break
            try:
                value, pos = decoder.raw_decode(text, pos)
            except ValueError:
                pos += 1
                continue
            values.append(value)
    except RecursionError:
        pass
    return values


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind.rsplit("/", 1)[-1].lower()}
    if isinstance(kind, list):
        return {k.rsplit("/", 1)[-1].lower() for k in kind if isinstance(k, str)}
    return set()


def _objects(values: Iterable[Any]) -> Iterator[dict]:
    """Every dict inside the JSON values, breadth first, without recursion."""
    queue: list[Any] = list(values)
    seen = 0
    i = 0
    while i < len(queue) and seen < _MAX_JSON_NODES:
        value = queue[i]
        i += 1
        seen += 1
        if isinstance(value, dict):
            yield value
            queue.extend(v for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            queue.extend(v for v in value if isinstance(v, (dict, list)))


def _names(value: Any, ids: dict[str, dict], limit: int = 10) -> list[str]:
    """Names in an author/publisher value: a string, {'name': ...}, an @id reference, or a list of those."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:limit]:
        if isinstance(item, dict):
            if "name" not in item and isinstance(item.get("@id"), str):
                item = ids.get(item["@id"], item)
            name = item.get("name")
            if isinstance(name, list):
                name = name[0] if name else None
            if isinstance(name, dict):
                name = name.get("@value") or name.get("name")
            if name is None and isinstance(item.get("givenName"), str):
                name = " ".join(p for p in (item.get("givenName"), item.get("familyName")) if isinstance(p, str))
            item = name
        cleaned = _clean_author(item)
        if cleaned and cleaned not in names:
            names.append(cleaned)
    return names


# Entities whose text is the page's own (in this order); their replies follow them.
_DATA_TEXT_TYPES = ("discussionforumposting", "question", "qapage", "socialmediaposting", "posting")
_TEXT_KEYS = ("articleBody", "text")
_REPLY_KEYS = ("acceptedAnswer", "suggestedAnswer", "comment")
_MAX_REPLIES = 200
_MAX_DATA_TEXT = 200_000


def _text_field(entity: dict, keys: Sequence[str]) -> str | None:
    for key in keys:
        value = entity.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _replies(entity: dict) -> list[dict]:
    found: list[dict] = []
    for key in _REPLY_KEYS:
        value = entity.get(key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and len(found) < _MAX_REPLIES:
                found.append(item)
    return found


def data_text(objects: Sequence[dict]) -> str | None:
    """The main entity's text as the page ships it as data: a thread's first post and its
    replies, an article's body, else nothing (a description is the caller's last resort)."""
    def typed(names: Iterable[str]) -> dict | None:
        wanted = set(names)
        return next((o for o in objects if _types(o) & wanted), None)

    entity = typed(_DATA_TEXT_TYPES)
    if entity is not None and "qapage" in _types(entity) and isinstance(entity.get("mainEntity"), dict):
        entity = entity["mainEntity"]
    entity = entity or typed(_ARTICLE_TYPES)
    if entity is None:
        return None
    pieces = [_text_field(entity, _TEXT_KEYS)]
    pieces += [_text_field(reply, _TEXT_KEYS) for reply in _replies(entity)]
    text = "\n\n".join(piece for piece in pieces if piece)
    return text[:_MAX_DATA_TEXT] or None


def _jsonld_objects(scripts: list[Capture]) -> list[dict]:
    """Every object of the page's JSON-LD scripts (bounded)."""
    values: list[Any] = []
    for script in scripts:
        text = script.text
        if text:
            values.extend(_loads(text))
    return list(_objects(values)) if values else []


def schema_types(objects: Iterable[dict], itemtypes: Mapping[str, int]) -> dict[str, int]:
    """How often each schema.org type is stated, in JSON-LD and microdata together."""
    counts = dict(itemtypes)
    for obj in objects:
        for name in _types(obj):
            counts[name] = counts.get(name, 0) + 1
    return counts


def _jsonld(objects: list[dict]) -> dict[str, str]:
    """Fields of the page's main JSON-LD entity: an article type first, else a web page."""
    if not objects:
        return {}
    ids = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and len(obj) > 2}
    article = next((o for o in objects if _types(o) & _ARTICLE_TYPES), None)
    page = next((o for o in objects if _types(o) & _PAGE_TYPES), None)
    found: dict[str, str] = {}
    for entity in (article, page):
        if entity is None:
            continue

        def put(key: str, value: str | None) -> None:
            if value and key not in found:
                found[key] = value

        put("title", _clean_value(entity.get("headline")) or (_clean_value(entity.get("name")) if entity is article else None))
        authors = _names(entity.get("author") or entity.get("creator"), ids)
        put("author", ", ".join(authors) if authors else None)
        put("date", _clean_value(entity.get("datePublished") or entity.get("dateCreated"), 80))
        put("modified", _clean_value(entity.get("dateModified"), 80))
        publishers = _names(entity.get("publisher") or entity.get("sourceOrganization"), ids, limit=1)
        put("publisher", publishers[0] if publishers else None)
        language = entity.get("inLanguage")
        if isinstance(language, dict):
            language = language.get("alternateName") or language.get("name")
        put("lang", _clean_value(language, 40))
        put("description", _clean_value(entity.get("description"), 2000))
        url = entity.get("url") or entity.get("mainEntityOfPage")
        if isinstance(url, dict):
            url = url.get("@id") or url.get("url")
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            put("url", url.strip())
        body = entity.get("articleBody") or entity.get("text")
        if isinstance(body, str) and body.strip() and entity is article:
            found["body"] = body.strip()
    # A publisher named anywhere (an Organization or WebSite node) still names the site.
    if "publisher" not in found:
        for obj in objects:
            if _types(obj) & {"website", "organization", "newsmediaorganization"}:
                name = _clean_value(obj.get("name"), 120)
                if name:
                    found["publisher"] = name
                    break
    return found


# --- <meta>, <link>, <title> ---------------------------------------------------------------------


def _meta_tags(metas: list[dict[str, str]]) -> dict[str, str]:
    """The first non-empty value of every wanted <meta> key."""
    found: dict[str, str] = {}
    for attrib in metas:
        content = attrib.get("content")
        if content is None or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = attrib.get(attr)
            if key:
                key = key.strip().lower()
                if key in _WANTED_KEYS and key not in found:
                    found[key] = content
    return found


def _pick(tags: dict[str, str], field: str, clean=_clean_value) -> str | None:
    for key in _META_KEYS[field]:
        if key in tags:
            value = clean(tags[key])
            if value:
                return value
    return None


def _site_key(text: str) -> str:
    return "".join(_WORD.findall(text.casefold()))


def strip_site_name(title: str, sites: Iterable[str]) -> str:
    """'Headline | Site' -> 'Headline' when 'Site' is the site's name (also 'Site - Headline')."""
    keys = {_site_key(s) for s in sites if s}
    keys.discard("")
    if not keys:
        return title
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    seps = _TITLE_SEPARATORS.findall(title)

    def is_site(piece: str) -> bool:
        key = _site_key(piece)
        # The site's name, a short form of it ('BBC' of 'BBC News'), or it with a little more ('Example.com').
        return bool(key) and any(
            key == k or (len(key) >= 3 and key in k) or (k in key and len(key) - len(k) <= 8) for k in keys
        )

    while len(parts) > 1 and is_site(parts[-1]):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
        seps.pop(0)
    out = parts[0]
    for sep, part in zip(seps, parts[1:]):
        out += sep + part
    return out.strip() or title


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _similarity(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


_MIN_SIMILARITY = 0.5  # below this word overlap an <h1> says nothing about which stated title is right


def choose_title(candidates: list[str], headlines: list[str], sites: Iterable[str]) -> str | None:
    """The stated title that best matches a visible <h1>; without one, the best stated title.

    ``candidates`` come best first (og:title, JSON-LD headline, twitter:title, <title>).
    """
    sites = list(sites)
    titles = [strip_site_name(c, sites) for c in candidates if c]
    headlines = [h for h in headlines if h and len(h) <= 400]
    if not titles:
        return headlines[0] if headlines else None
    if not headlines:
        return titles[0]
    best, best_score, best_h1 = titles[0], _MIN_SIMILARITY, None
    for headline in headlines[:5]:
        for title in titles:
            score = _similarity(title, headline)
            if score > best_score + 1e-9:
                best, best_score, best_h1 = title, score, headline
    if best_h1 is None:
        return titles[0]  # no <h1> says the same: it is a logo, a blog name or a section name
    if best_score < 1.0:
        # A stated title that holds the whole headline plus more (an unknown site suffix): the headline.
        title_words, h1_words = _words(best), _words(best_h1)
        if h1_words <= title_words and len(h1_words) >= 2 and 2 * len(h1_words) >= len(title_words):
            for part in _TITLE_SEPARATORS.split(best):
                if _words(part) == h1_words:
                    return part.strip()
            return best_h1
    return best


def _lang(root: dict[str, str], tags: dict[str, str], jsonld: dict[str, str]) -> str | None:
    for value in (root.get("lang"), root.get("xml:lang")):
        value = _clean_value(value, 40)
        if value:
            return value
    value = _pick(tags, "lang")
    if value:
        return value.replace("_", "-").split(",")[0].strip()
    return jsonld.get("lang")


def _url(links: list[tuple[str | None, str | None]], tags: dict[str, str], jsonld: dict[str, str],
         url: str | None) -> str | None:
    for rel_value, href in links:
        rel = (rel_value or "").lower().split()
        if "canonical" in rel and href and href.strip():
            href = href.strip()
            try:
                return urljoin(url, href) if url else href
            except ValueError:
                return href
    value = _pick(tags, "url")
    if value and value.startswith(("http://", "https://")):
        return value
    return jsonld.get("url") or url


def _markup(elements: list[Capture]) -> dict[str, str]:
    """Authors and dates marked up in the body: itemprop, rel=author, <time datetime>."""
    found: dict[str, str] = {}
    for el in elements[:MAX_MARKUP]:
        prop = el.attrib.get("itemprop")
        if prop == "author" or (prop is None and el.tag == "a"):
            if "author" in found:
                continue
            value = el.attrib.get("content")
            if value is None:
                inner = el.name
                value = (inner.attrib.get("content") or _text_of(inner)) if inner is not None else _text_of(el)
            name = _clean_author(value)
            if name:
                found["author"] = name
        elif prop in ("datePublished", "dateModified"):
            key = "date" if prop == "datePublished" else "modified"
            value = _clean_value(el.attrib.get("content") or el.attrib.get("datetime") or _text_of(el), 80)
            if value and key not in found:
                found[key] = value
        elif prop == "publisher":
            inner = el.name
            value = _clean_value(el.attrib.get("content") or ((inner.attrib.get("content") or _text_of(inner)) if inner is not None else None), 120)
            if value and "publisher" not in found:
                found["publisher"] = value
        elif el.tag == "time":
            value = _clean_value(el.attrib.get("datetime"), 80)
            if value and "time" not in found:
                found["time"] = value
    return found


def _host_name(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    parts = [p for p in host.split(".") if p and p not in ("www", "m", "com", "org", "net", "co", "uk", "de", "fr")]
    return max(parts, key=len) if parts else None


def read_meta(facts: PageFacts, url: str | None = None, headlines: list[str] | None = None) -> PageMeta:
    """Title, metadata and JSON-LD article body of a page; never raises for odd markup.

    ``headlines`` are the page's visible <h1> texts.
    """
    try:
        tags = _meta_tags(facts.metas)
        objects = _jsonld_objects(facts.scripts)
        jsonld = _jsonld(objects)
        marked = _markup(facts.markup)
        schema = schema_types(objects, facts.itemtypes)
        shipped = data_text(objects)
    except (ValueError, TypeError, RecursionError):  # pragma: no cover - defensive
        tags, jsonld, marked, schema, shipped = {}, {}, {}, {}, None
    meta: dict[str, str] = {}

    def put(key: str, *values: str | None) -> None:
        for value in values:
            if value:
                meta[key] = value
                return

    put("author", _pick(tags, "author", _clean_author), jsonld.get("author"), marked.get("author"))
    put("date", _pick(tags, "date", lambda v: _clean_value(v, 80)), jsonld.get("date"), marked.get("date"), marked.get("time"))
    put("modified", _pick(tags, "modified", lambda v: _clean_value(v, 80)), jsonld.get("modified"), marked.get("modified"))
    put("publisher", _pick(tags, "publisher", lambda v: _clean_value(v, 120)), jsonld.get("publisher"), marked.get("publisher"))
    put("lang", _lang(facts.root or {}, tags, jsonld))
    put("url", _url(facts.links, tags, jsonld, url))
    put("description", _pick(tags, "description", lambda v: _clean_value(v, 2000)), jsonld.get("description"))

    page_title = _text_of(facts.title) if facts.title is not None else ""
    candidates = [
        _pick({k: v for k, v in tags.items() if k == "og:title"}, "title"),
        jsonld.get("title"),
        _pick({k: v for k, v in tags.items() if k != "og:title"}, "title"),
        _clean_value(page_title),
    ]
    sites = [meta.get("publisher"), jsonld.get("publisher"), tags.get("og:site_name"), tags.get("application-name"),
             _host_name(meta.get("url") or url)]
    title = choose_title([c for c in candidates if c], headlines or [], [s for s in sites if s])
    return PageMeta(title=title, meta=meta, jsonld_body=jsonld.get("body"), schema=schema,
                    og_type=_og_type(facts.metas), data_text=shipped, page_words=frozenset(facts.page_words))


def _og_type(metas: list[dict[str, str]]) -> str | None:
    for attrib in metas:
        if (attrib.get("property") or attrib.get("name") or "").strip().lower() == "og:type":
            value = fold_spaces(attrib.get("content") or "").lower()
            return value[:60] or None
    return None
