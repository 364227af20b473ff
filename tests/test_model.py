"""The data model's fast constructor."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from cleantext.model import Block, DomNode, dom_block

_NODE = DomNode("div", ("main",), ("main",), None, None)


@given(
    index=st.integers(0, 10_000), text=st.text(), clean=st.text(), image=st.booleans(),
    link_ratio=st.floats(0.0, 1.0), heading=st.integers(0, 6), list_item=st.booleans(),
    table_cell=st.booleans(), quote=st.booleans(), code=st.booleans(), dom_path=st.text(),
    dom_ids=st.lists(st.integers(0, 10_000), max_size=12).map(tuple), dom_node=st.sampled_from([None, _NODE]),
)
def test_a_dom_block_is_the_block_its_keywords_make(
    index: int, text: str, clean: str, image: bool, link_ratio: float, heading: int, list_item: bool,
    table_cell: bool, quote: bool, code: bool, dom_path: str, dom_ids: tuple[int, ...], dom_node: DomNode | None,
) -> None:
    # dom_block passes every field by position: any slip in the order shows here.
    fields = dict(
        image=image, link_ratio=link_ratio, heading=heading, list_item=list_item, table_cell=table_cell,
        quote=quote, code=code, dom_path=dom_path, dom_ids=dom_ids, dom_node=dom_node,
    )
    made = dom_block(index, text, clean, **fields)
    expected = Block(index=index, text=text, clean=clean, line=index + 1, line_end=index + 1, **fields)
    assert attrs.astuple(made, recurse=False) == attrs.astuple(expected, recurse=False)  # Blocks compare by identity
