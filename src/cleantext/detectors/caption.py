"""Captions: image lines, lines ending in a photo credit, '(사진=…)' and '(왼쪽부터)' markers."""

from __future__ import annotations

import functools
from typing import Sequence

import regex

from ..cues import Cues
from ..cues.required import gate_fold
from ..model import Block, Label
from .per_block import Verdict, per_block

# Label members read for every block, bound once: on CPython 3.11 reading a member off the Enum
# class goes through the metaclass's __getattr__ hook, several times a module name's cost.
_CAPTION, _COPYRIGHT = Label.CAPTION, Label.COPYRIGHT

_CAPTION_MAX_UNITS = 80
# Markdown image syntax left as text (a dump pasted into HTML): '![alt](url)'.
_MARKDOWN_IMAGE = regex.compile(r"!\[[^\[\]]{0,1000}\]\([^()\s]{1,2000}\)\s*$")
_CREDIT_TAIL_CHARS = 90  # a credit sits at the very end: only the tail is searched


@functools.lru_cache(maxsize=8)
def _credit_suffix(cues: Cues) -> regex.Pattern[str]:
    """A sentence (or a slash) followed by an agency credit closes the line: '… 있다. EPA=연합뉴스'."""
    credits = sorted(cues.phrases["caption_credits"], key=len, reverse=True)
    names = "|".join(regex.escape(c) for c in credits)
    return regex.compile(
        r"(?:[.!?。]\s{0,3}|\s/\s{0,2}|\s\|\s{0,2}|\s)"
        r"(?:[\p{L}]{1,12}\s?=\s?)?(?:" + names + r")(?:\s?(?:제공|DB|/[\p{L} .]{1,40}))?\)?\s*$",
        regex.IGNORECASE,
    )


# The '/' of a credit's suffix ('Reuters/Jane Doe') and its letters stand this close to the end.
_SUFFIX_REACH = 41


@functools.lru_cache(maxsize=8)
def _credit_endings(cues: Cues) -> tuple[tuple[str, ...], bool]:
    """How a line ``_credit_suffix`` matches ends (lower-cased), when no '/' suffix follows; and
    whether they hold for lines outside ASCII too: only when no credit has a letter with case
    outside ASCII (the engine's pairs of such letters need not be lower-casing's)."""
    credits = cues.phrases["caption_credits"]
    caseless = all(char.isascii() or char.lower() == char.upper() for credit in credits for char in credit)
    return (*(credit.lower() for credit in credits), "db"), caseless  # '제공' is a credit too


def _may_end_in_credit(text: str, cues: Cues) -> bool:
    """A substring test before ``_credit_suffix``'s search: a line it matches ends, past its white
    space and a ')', in a credit or 'DB', or has a '/' within _SUFFIX_REACH of it (a line that
    holds a letter the engine pairs with an ASCII one is searched: see ``gate_fold``)."""
    tail = text.rstrip()
    if tail.endswith(")"):
        tail = tail[:-1]
    tail = tail[-_CREDIT_TAIL_CHARS:]
    endings, any_line = _credit_endings(cues)
    end = gate_fold(tail) if any_line or tail.isascii() else None
    return end is None or end.endswith(endings) or tail.rfind("/") >= len(tail) - _SUFFIX_REACH


# Characters every caption pattern contains, other than a bare credit at the end and the
# patterns anchored at the start ('Photo by …', 'Click to enlarge'), which cost one try each.
_MARKS = frozenset("=()[]©/:|")


def _ends_in_credit(text: str, cues: Cues) -> bool:
    words = text.casefold().rstrip(" .)").rsplit(None, 2)  # the last two words are all it reads
    credits = cues.phrases["caption_credits"]
    return bool(words) and (words[-1] in credits or " ".join(words[-2:]) in credits)


def is_caption(block: Block, cues: Cues) -> str | None:
    """The reason the block reads as a caption, or None."""
    if block.image or (block.clean.startswith("![") and _MARKDOWN_IMAGE.match(block.clean)):
        return "image line"
    if block.units > _CAPTION_MAX_UNITS:
        return None
    text = block.clean
    if _MARKS.isdisjoint(text) and not _ends_in_credit(text, cues):
        return "caption marker" if cues.match_start("caption_patterns", text) else None
    if cues.search("caption_patterns", text):
        return "caption marker"
    if block.key in cues.phrases["caption_credits"]:
        return "photo credit alone"
    if _may_end_in_credit(text, cues) and _credit_suffix(cues).search(text, max(0, len(text) - _CREDIT_TAIL_CHARS)):
        return "ends in a photo credit"
    return None


def verdict(block: Block, cues: Cues) -> Verdict | None:
    reason = is_caption(block, cues)
    return (_CAPTION, reason) if reason else None


detect = per_block(verdict)


_CREDIT_UNITS = 4  # '© DTB', 'Foto: E. Schwinge'
CREDIT_REASON = "photo credit under an image"


def credits_under_images(blocks: Sequence[Block], cues: Cues) -> None:
    """A tiny copyright line right under an image or its caption credits the photo: it is part of
    the caption, not the page's footer (which would close the article)."""
    for previous, block in zip(blocks, blocks[1:]):
        if (
            block.label is _COPYRIGHT
            and block.units <= _CREDIT_UNITS
            and ("©" in block.clean or "copyright" in block.reason)
            and (previous.image or previous.label is _CAPTION)
        ):
            block.relabel(_CAPTION, CREDIT_REASON)
