"""Degenerate pages: past a budget of blocks, the rest of the page is read in coarse blocks.

Every block costs about the same to segment, detect and select whatever its length, so a page
of hundreds of thousands of one-word blocks (200k ``<p>word</p>``, a million one-character lines,
a dump of nothing but short numbers) costs many times a real page's time per MB. Real pages stay
far below the caps here (the corpora: under 4,000 blocks a page, about 1,000 blocks per MB of HTML
and 18,000 lines per MB of a dump); past a cap, the segmenter reads the rest of the page in coarse
blocks of ``COARSE_PIECES`` text pieces (text nodes, or lines) each, so the cost per MB stays near
a normal page's and every character still lands in a block.

Inside a coarse block the detectors no longer see its lines one by one, so what they would
have said of them is said here: a coarse block made mostly of pieces already seen in the coarse
part is ``duplicate`` (a line repeated nearby), one made mostly of those and of short pieces
that do not end like a sentence (numbers, menu words: what body selection leaves out as short
lines) is ``nav``; any other, prose, is judged like every block.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Block, Label
from ..textutil import is_terminal

MB = 1_000_000
COARSE_PIECES = 200  # text pieces (text nodes, lines) a coarse block holds
REPEATED_REASON = "repeated text of a page with too many blocks, read coarsely"
SHORT_REASON = "short lines of a page with too many blocks, read coarsely"
SHORT_CHARS = 30  # a piece this long or longer may be prose
_MAX_SEEN = 100_000  # distinct pieces remembered
_SEEN_CHARS = 200  # longer pieces rarely repeat


def cap(chars: int, minimum: int, per_mb: int) -> int:
    """How many blocks (HTML) or lines (text) a page of ``chars`` characters gets before the rest
    is read coarsely: ``minimum``, or ``per_mb`` for each MB when that is more."""
    return max(minimum, per_mb * chars // MB)


class Pieces:
    """The pieces of a page's coarse part seen so far, to label a coarse block of repeats or of
    short lines as the detectors would have labelled its pieces."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def label(self, block: Block, pieces: Iterable[str]) -> None:
        """Label ``block`` when most of its characters are in pieces seen before (duplicate), or
        in those and short pieces that are not sentences (nav)."""
        seen = self.seen
        repeated = short = total = 0
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            total += len(piece)
            if piece in seen:
                repeated += len(piece)
                continue
            if len(piece) < SHORT_CHARS and not is_terminal(piece):
                short += len(piece)
            if len(piece) <= _SEEN_CHARS and len(seen) < _MAX_SEEN:
                seen.add(piece)
        if 2 * repeated > total:
            block.mark(Label.DUPLICATE, REPEATED_REASON)
        elif 2 * (repeated + short) > total:
            block.mark(Label.NAV, SHORT_REASON)
