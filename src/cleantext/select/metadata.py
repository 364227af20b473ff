"""Metadata the page states: author, publisher, date and email, read from labelled blocks."""

from __future__ import annotations

from typing import Sequence

import regex

from ..cues import Cues
from ..detectors.byline import EMAIL
from ..model import Block, Label

# Label members read for every block, bound once: on CPython 3.11 reading a member off the Enum
# class goes through the metaclass's __getattr__ hook, several times a module name's cost.
_BODY, _BYLINE, _DATE_LABEL, _SOURCE, _SUBTITLE, _TITLE = (
    Label.BODY, Label.BYLINE, Label.DATE, Label.SOURCE, Label.SUBTITLE, Label.TITLE,
)

_BRACKET_BYLINE = regex.compile(r"^[\[(]\s{0,2}([^\[\]()=]{1,20}?)\s{0,2}=\s{0,2}([^\[\]()]{0,40}?)\s{0,2}(?:기자|특파원)?\s{0,2}[\])]")
_AFTER_AGENCY = regex.compile(r"^\([^()=]{1,20}=([^()]{1,20})\)\s{0,3}([\p{Hangul}]{2,4})\s?(?:기자|특파원)")
_KO_REPORTER = regex.compile(r"^([\p{Hangul}]{2,4})\s?(?:기자|특파원|객원기자|인턴기자|선임기자)")
_WRITER = regex.compile(r"^(?:작성자|글쓴이|by|written by|posted by|von|par|por|author:|autor:)\s+([^\s·|,]{1,40}(?:\s[^\s·|,\d]{1,40}){0,2})", regex.IGNORECASE)
_DATE = regex.compile(r"\d{4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,2}(?:\.?\s+\d{1,2}:\d{2})?|\d{4}년\s?\d{1,2}월\s?\d{1,2}일")


def _author_from(text: str) -> tuple[str | None, str | None]:
    """(author, publisher) stated by a byline line or prefix."""
    match = _AFTER_AGENCY.match(text)
    if match:
        return match.group(2), match.group(1).strip()
    match = _BRACKET_BYLINE.match(text)
    if match and ("기자" in text[: match.end()] or "특파원" in text[: match.end()]):
        author = regex.sub(r"\s*(?:기자|특파원)$", "", match.group(2).strip())
        return author or None, match.group(1).strip()
    match = _KO_REPORTER.match(text) or _WRITER.match(text)
    if match:
        return match.group(1).strip(), None
    return None, None


def extract(blocks: Sequence[Block], cues: Cues) -> dict[str, str]:
    meta: dict[str, str] = {}

    def put(key: str, value: str | None) -> None:
        if value and key not in meta:
            meta[key] = value

    first_body = next((b for b in blocks if b.label is _BODY), None)
    if first_body is not None and first_body.body_text is not None:
        author, publisher = _author_from(first_body.clean)
        put("author", author)
        put("publisher", publisher)
    for block in blocks:
        if block.label is _BYLINE:
            author, publisher = _author_from(block.clean)
            put("author", author)
            put("publisher", publisher)
            email = EMAIL.search(block.clean)
            if email:
                put("email", email.group())
            date = _DATE.search(block.clean)
            if date:
                put("date", date.group())
        elif block.label is _SOURCE:
            put("publisher", block.clean)
        elif block.label is _DATE_LABEL and block.reason != "page date":
            date = _DATE.search(block.clean)
            if date and _near_article(blocks, block):
                put("date", date.group())
    return meta


def _near_article(blocks: Sequence[Block], block: Block) -> bool:
    """A date line speaks for the article only when it stands next to the title or body."""
    i = block.index
    for j in range(max(0, i - 3), min(len(blocks), i + 4)):
        if blocks[j].label in (_TITLE, _SUBTITLE, _BODY, _BYLINE):
            return True
    return False
