"""Bylines, emails and datelines; the byline prefix cut from the paragraph it opens."""

from __future__ import annotations

import regex

from ..cues import Cues
from ..model import Block, Label
from ..textutil import units
from .per_block import Verdict, per_block

EMAIL = regex.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
    "september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|"
    "mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|"
    "julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|"
    "settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"
)
_WEEKDAYS = (
    "mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|"
    "mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|"
    "martes|miércoles|jueves|viernes|sábado|domingo|월|화|수|목|금|토|일|월요일|화요일|수요일|목요일|금요일|토요일|일요일"
)
# Pieces a date line is made of; what is left after removing them must be (almost) nothing.
DATE_PIECES = regex.compile(
    r"\d{4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,2}\.?|\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}\.?"
    r"|\d{4}\s?년\s?\d{1,2}\s?월\s?\d{1,2}\s?일|\d{1,2}\s?월\s?\d{1,2}\s?일|\d{4}\s?년"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|\b\d{1,2}(?:st|nd|rd|th)?\b\.?|\b\d{4}\b"
    r"|\b(?:" + _MONTHS + r")\b\.?|\b(?:" + _WEEKDAYS + r")\b\.?|[(\[]\s?(?:" + _WEEKDAYS + r")\s?[)\]]"
    r"|\b(?:uhr|am|pm|a\.m\.|p\.m\.|gmt|utc|kst|cet|cest|est|edt|pst|pdt|de|del|of|le|à|um)\b|[(),.:|·/-]"
    r"|\b(?:오전|오후|updated|published|posted|on|at)\b",
    regex.IGNORECASE,
)
# At least one piece that can only be a date or a time (not a bare count).
STRONG_DATE = regex.compile(
    r"\d{4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,2}|\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}|\d{1,2}\s?월\s?\d{1,2}\s?일"
    r"|\d{4}\s?년|\d{1,2}:\d{2}|\b(?:" + _MONTHS + r")\b\.?\s?\d{1,2}|\d{1,2}\.?\s(?:" + _MONTHS + r")\b",
    regex.IGNORECASE,
)
_HAS_DIGIT = regex.compile(r"\d")
_DATE_MAX_UNITS = 14
_BYLINE_MAX_UNITS = 14
_BYLINE_TAIL_UNITS = 3


def is_date_line(block: Block, cues: Cues) -> bool:
    text = block.clean
    if block.units > _DATE_MAX_UNITS:
        return False
    if block.key in cues.phrases["date_labels"]:
        return True
    if not _HAS_DIGIT.search(text):
        return False
    lowered = text.casefold()
    if not STRONG_DATE.search(lowered):
        return False
    label = cues.search("date_label_prefix", lowered)
    if label:
        lowered = lowered[label.end():]
    rest = DATE_PIECES.sub(" ", lowered)
    return len(rest.split()) <= 1 and len(rest.strip()) <= 12


def is_byline(block: Block, cues: Cues) -> bool:
    if block.units > _BYLINE_MAX_UNITS:
        return False
    text = block.clean
    if cues.search("byline_patterns", text):
        # '[매체=이름 기자] 본문…' is a paragraph that opens with a byline, not a byline line.
        prefix = cues.search("byline_prefix_cuts", text)
        return prefix is None or units(text[prefix.end():]) <= _BYLINE_TAIL_UNITS
    email = EMAIL.search(text) if "@" in text else None
    return email is not None and len(text) - len(email.group()) <= 30


def cut_byline_prefix(block: Block, cues: Cues) -> str | None:
    """The paragraph without its opening byline ('[매체=이름 기자] …'), or None when it has none."""
    match = cues.search("byline_prefix_cuts", block.clean)
    if match and match.start() == 0 and match.end() < len(block.clean):
        return block.clean[match.end():].lstrip()
    return None


AUTHOR_BOX_REASON = "author box header"


def verdict(block: Block, cues: Cues) -> Verdict | None:
    if block.units <= _BYLINE_MAX_UNITS and block.key in cues.phrases["author_headers"]:
        return Label.BYLINE, AUTHOR_BOX_REASON
    if is_byline(block, cues):
        return Label.BYLINE, "byline or email"
    if is_date_line(block, cues):
        return Label.DATE, "date line"
    return None


detect = per_block(verdict)
