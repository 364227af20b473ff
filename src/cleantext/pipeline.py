"""One direction of flow: segment -> detect -> select body -> metadata -> Document."""

from __future__ import annotations

from typing import Sequence

from . import budget
from .cues import Cues
from .detectors import DETECTORS, dom, run_all
from .model import Block, Document, Label
from .select import metadata
from .select.body import select_body
from .select.by_type import adapt_body, shipped_body
from .select.container import short_article
from .select.page_type import TypeEvidence, read_page_type

# Label members read for every block, bound once: on CPython 3.11 reading a member off the Enum
# class goes through the metaclass's __getattr__ hook, several times a module name's cost.
_BODY = Label.BODY


def assemble(blocks: Sequence[Block], cues: Cues, *, kind: str, source: str | None,
             title_hint: str | None = None, meta_hint: dict[str, str] | None = None,
             evidence: TypeEvidence | None = None, data_text: str | None = None) -> Document:
    """Run detectors and body selection over ``blocks`` and build the Document."""
    budget.check()  # segmentation done: a cooperative budget stops here if spent
    run_all(blocks, cues)
    budget.check()
    title_index = select_body(blocks, cues)
    if kind == "html" and starved(blocks):
        title_index = _without_markup_evidence(blocks, cues)
    page_type = None  # a text dump's body does not depend on it: Document reads it when asked
    if kind == "html":
        short_article(blocks)
        page_type = read_page_type(blocks, evidence)
        adapt_body(blocks, page_type, cues)
    body = "\n\n".join(body_paragraphs(blocks))
    title = blocks[title_index].clean if title_index is not None else None
    meta = metadata.extract(blocks, cues)
    if meta_hint:
        meta = {**meta_hint, **{k: v for k, v in meta.items() if k not in meta_hint}}
    if kind == "html" and not body.strip():
        body, source_of_body = shipped_body(data_text)
        if body:
            meta["body_source"] = source_of_body
    return Document(
        body=body,
        title=title_hint or title,
        meta=meta,
        blocks=tuple(blocks),
        kind=kind,
        source=source,
        page_type=page_type,
    )


# A page has an article: when class words took nearly all its prose ('sidebar', 'ads' on the
# element around the article), the page is read again from its text alone (dialogs stay out).
STARVED_BODY_UNITS = 30
STARVED_PROSE_UNITS = 150


def starved(blocks: Sequence[Block]) -> bool:
    """The body is (nearly) empty while the page holds prose that markup words took away."""
    body = sum(block.units for block in blocks if block.label is _BODY)
    if body >= STARVED_BODY_UNITS:
        return False
    taken = sum(
        block.units for block in blocks
        if block.units >= 20 and block.link_ratio < 0.3 and block.reason.startswith(dom.WORD_REASONS)
    )
    return taken >= STARVED_PROSE_UNITS


def _without_markup_evidence(blocks: Sequence[Block], cues: Cues) -> int | None:
    """Label the page again with every detector but the class words; return the title index."""
    for block in blocks:
        block.label, block.reason, block.body_text = None, "", None
    dom.detect_dialogs(blocks, cues)  # a dialog is never the article, whatever its class words
    for detector in DETECTORS:
        if detector is not dom.detect:
            detector(blocks, cues)
    return select_body(blocks, cues)


def body_paragraphs(blocks: Sequence[Block]) -> list[str]:
    """The kept blocks' text, a paragraph each, except that a block cut from the one before it
    at a sentence end (``same_paragraph``) goes back into that paragraph when both are kept."""
    paragraphs: list[str] = []
    previous_kept = False
    for block in blocks:
        kept = block.label is _BODY and bool(block.output)
        if kept and block.same_paragraph and previous_kept:
            paragraphs[-1] += " " + block.output
        elif kept:
            paragraphs.append(block.output)
        previous_kept = kept
    return paragraphs
