"""Copyright lines and site footers; promos (newsletter, subscription, cross-promotion)."""

from __future__ import annotations

import regex

from ..cues import Cues
from ..model import Block, Label
from .per_block import Verdict, per_block

COPYRIGHT_REASON = "copyright or footer line"
_COPYRIGHT_MAX_UNITS = 45
_PROMO_MAX_UNITS = 40
_COPYRIGHT_SIGNS = frozenset("©ⓒⒸ")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_SIGN_ONLY_UNITS = 4
# A table row of unlinked cells holds data: 'Independently Audited Privacy Policy | Yes | No' in
# a comparison table names a feature, where a footer row of cells would be links.
_DATA_ROW_MAX_LINK_RATIO = 0.5


def is_data_row(block: Block) -> bool:
    """A row of two cells or more with little link text: a data table's row, whose cells may
    name a footer phrase ('Privacy Policy') as a feature but never make a site footer."""
    return block.table_cell and block.link_ratio < _DATA_ROW_MAX_LINK_RATIO


def is_markup_title_or_row(block: Block) -> bool:
    """An HTML heading ('Leadership Powered by Common Sense', 'Offer Terms and Conditions') or
    data row names a section or a feature; a footer phrase inside it makes no footer. HTML only:
    a text dump's '#' lines and '|' rows are too loose to tell (text-mode precision fell)."""
    return block.dom_path is not None and (block.heading > 0 or is_data_row(block))


def is_copyright(block: Block, cues: Cues) -> bool:
    if block.units > _COPYRIGHT_MAX_UNITS:
        return False
    text = block.clean
    if not _COPYRIGHT_SIGNS.isdisjoint(text) and (_YEAR.search(text) or block.units <= _SIGN_ONLY_UNITS):
        # '© 2024 Site' is a footer; '© Shutterstock' after a gallery slide is a photo credit.
        return True
    if cues.search("copyright_patterns", text):
        return True
    if block.key in cues.phrases["copyright"]:
        return True
    # Short, non-sentence lines may hold any footer phrase; longer ones only distinctive phrases.
    # A full sentence that mentions copyright ('… 무단 전재를 막기 위한 법안 …') is article text.
    if block.terminal and block.units > _SIGN_ONLY_UNITS:
        return False
    if is_markup_title_or_row(block):
        return False
    loose = block.units <= 12
    return bool(cues.search("copyright_any" if loose else "copyright_distinctive", text))


def verdict(block: Block, cues: Cues) -> Verdict | None:
    if is_copyright(block, cues):
        return Label.COPYRIGHT, COPYRIGHT_REASON
    if block.units <= _PROMO_MAX_UNITS and (
        block.clean.startswith(cues.prefixes["promo_prefixes"])
        or block.key in cues.phrases["promo"]
        or cues.search("promo_patterns", block.clean)
    ):
        return Label.PROMO, "promo or subscription call"
    return None


detect = per_block(verdict)
