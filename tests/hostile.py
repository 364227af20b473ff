"""Hypothesis strategies for hostile and broken pages (issue 15): tag soup, entity and DTD tricks,
unclosed constructs, control and format characters, odd scripts, broken and wide encodings.

Unlike ``strategies.py`` (realistic articles), nothing here tries to look like an article: these
pages are meant to break a parser, a regex or a decoder, and the only property is that cleaning
them ends normally, with a Document or the library's one-sentence error.
"""

from __future__ import annotations

import codecs

from hypothesis import strategies as st

TAGS = ["p", "div", "span", "a", "b", "script", "style", "table", "tr", "td", "li", "ul", "pre",
        "h1", "article", "nav", "footer", "br", "img", "iframe", "svg", "math", "template", "noscript",
        "textarea", "title", "meta", "html", "body", "head", "x-widget"]
ATTRIBUTES = ["class", "id", "style", "hidden", "aria-hidden", "href", "alt", "role", "itemprop", "rel",
              "content", "charset", "http-equiv", "src", "onload"]
ODD_CHARACTERS = ["\x00", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u00a0", "\u200b", "\u200c", "\u200d",
                  "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2028", "\u2029", "\u2060", "\ufeff",
                  "\ufffd", "\ufffe", "\u0301", "\u0361", "\u05d0", "\u0627", "\u4e2d", "\uac00", "\U0001f600",
                  "\ud800", "\udfff", "•", "·", "▶", "©", "|", "&", "<", ">", "\"", "'", "\n", "\r", "\t", " "]
SPECIALS = ["<!--", "-->", "<![CDATA[", "]]>", "<?xml version='1.0'?>", "<!DOCTYPE html>",
            "<!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>]>",
            "<!DOCTYPE x SYSTEM 'file:///etc/passwd'>", "<!ENTITY e SYSTEM 'http://127.0.0.1:9/'>",
            "&b;", "&e;", "&amp;", "&nbsp;", "&#0;", "&#x110000;", "&#xd800;", "&#65;", "&bogus;", "&",
            "<meta charset='utf-16'>", "<meta charset='rot13'>", "<meta http-equiv='refresh' content='0;url=x'>",
            "</", "<", ">", "/>", "<p", "<a href='javascript:x'>", "<base href='file:///'>",
            "# ", "## ", "* ", "- ", "1. ", "> ", "![img](x.png)", "[link](http://x)", "| a | b |", "```"]
WORDS = ["word", "the", "news", "Share", "Home", "2024.01.03", "12:30", "기자", "뉴스", "댓글", "Copyright",
         "©", "1", "234", "...", "!!!", "•", "날씨", "Related", "Anzeige", "Read more"]
ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "cp1252",
             "latin-1", "euc-kr", "cp949", "shift_jis", "gb18030", "koi8-r", "cp1251", "big5"]


@st.composite
def element(draw: st.DrawFn) -> str:
    tag = draw(st.sampled_from(TAGS))
    attrs = draw(st.lists(st.tuples(st.sampled_from(ATTRIBUTES), st.sampled_from(WORDS + ["none", "display:none", "true"])),
                          max_size=3))
    opening = "<" + tag + "".join(f' {name}="{value}"' for name, value in attrs) + ">"
    closing = draw(st.sampled_from([f"</{tag}>", "", "</p>", "</div>"]))
    return opening + draw(st.sampled_from(WORDS)) + closing


pieces = st.one_of(
    st.sampled_from(ODD_CHARACTERS),
    st.sampled_from(SPECIALS),
    st.sampled_from(WORDS).map(lambda word: word + " "),
    element(),
    st.text(max_size=8),
)

#: Page text: a soup of tags, entities, DTD fragments, Markdown, odd characters and plain words.
soup = st.lists(pieces, max_size=60).map("".join)

#: Tags nested deeper than any parser's comfort, optionally left open.
deep = st.builds(lambda tag, depth, closed: f"<{tag}>" * depth + "text" + (f"</{tag}>" * depth if closed else ""),
                 st.sampled_from(["div", "span", "b", "table", "li", "p"]), st.integers(0, 3000), st.booleans())

#: Text dumps made of one kind of character only: bullets, digits, punctuation, spaces, newlines.
monotone = st.builds(lambda alphabet, size: "".join(alphabet[i % len(alphabet)] for i in range(size)),
                     st.sampled_from(["•\n", "· ", "0123456789\n", "1\n", "!?.,;:-\n", "...\n", "\n", " \n\t",
                                      "a\n", "-\n* \n", "|\n", "\u200b\n", "\u0301"]),
                     st.integers(0, 5000))


@st.composite
def encoded(draw: st.DrawFn) -> bytes:
    """Page text in some encoding, with or without its BOM, maybe cut mid-character or mixed."""
    text = draw(st.one_of(soup, monotone))
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace") if not encoding.startswith("utf") else \
        text.encode(encoding, errors="surrogatepass")
    if draw(st.booleans()):
        bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE,
               "utf-32-be": codecs.BOM_UTF32_BE, "utf-8": codecs.BOM_UTF8}.get(encoding, b"")
        data = bom + data
    if data and draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]  # cut, maybe inside a character
    if draw(st.booleans()):  # a second part in another 8-bit encoding: mixed encodings in one file
        data += draw(soup).encode(draw(st.sampled_from(ENCODINGS[7:])), "replace")
    return data


#: Anything a crawler may hand over: text or bytes, hostile in every way above.
pages = st.one_of(soup, deep, monotone, encoded(), st.binary(max_size=400), soup.map(lambda text: text.encode("utf-8", "surrogatepass")))
