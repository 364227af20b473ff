"""One direction of flow: segment -> detect -> select body -> metadata -> Document."""

from __future__ import annotations

from typing import Sequence

from .cues import Cues
from .detectors import run_all
from .model import Block, Document, Label
from .select import metadata
from .select.body import select_body


def assemble(blocks: Sequence[Block], cues: Cues, *, kind: str, source: str | None,
             title_hint: str | None = None, meta_hint: dict[str, str] | None = None) -> Document:
    """Run detectors and body selection over ``blocks`` and build the Document."""
    run_all(blocks, cues)
    title_index = select_body(blocks, cues)
    body = "\n\n".join(body_paragraphs(blocks))
    title = blocks[title_index].clean if title_index is not None else None
    meta = metadata.extract(blocks, cues)
    if meta_hint:
        meta = {**meta_hint, **{k: v for k, v in meta.items() if k not in meta_hint}}
    return Document(
        body=body,
        title=title_hint or title,
        meta=meta,
        blocks=tuple(blocks),
        kind=kind,
        source=source,
    )


def body_paragraphs(blocks: Sequence[Block]) -> list[str]:
    """The kept blocks' text, a paragraph each, except that a block cut from the one before it
    at a sentence end (``same_paragraph``) goes back into that paragraph when both are kept."""
    paragraphs: list[str] = []
    previous_kept = False
    for block in blocks:
        kept = block.label is Label.BODY and bool(block.output)
        if kept and block.same_paragraph and previous_kept:
            paragraphs[-1] += " " + block.output
        elif kept:
            paragraphs.append(block.output)
        previous_kept = kept
    return paragraphs
