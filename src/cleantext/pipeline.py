"""One direction of flow: segment -> detect -> select body -> metadata -> Document."""

from __future__ import annotations

from typing import Sequence

from . import budget
from .cues import Cues
from .detectors import run_all
from .model import Block, Document, Label
from .select import metadata
from .select.body import select_body


def assemble(blocks: Sequence[Block], cues: Cues, *, kind: str, source: str | None,
             title_hint: str | None = None, meta_hint: dict[str, str] | None = None) -> Document:
    """Run detectors and body selection over ``blocks`` and build the Document."""
    budget.check()  # segmentation done: a cooperative budget stops here if spent
    run_all(blocks, cues)
    budget.check()
    title_index = select_body(blocks, cues)
    body = "\n\n".join(block.output for block in blocks if block.label is Label.BODY and block.output)
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
