"""The article region: what blocks add to it, and lists inside articles."""

from __future__ import annotations

import cleantext
from cleantext.model import Block
from cleantext.select.classify import Kind
from cleantext.select.region import weight

PARAGRAPHS = [
    "The city council voted on Tuesday to turn the old freight yard into a park with a school, flats and a covered market hall.",
    "Work on the site is to start next spring, and the first families could move into the new flats within three years, the mayor said.",
    "Neighbours had asked for years that the yard, closed since the railway moved its depot, be opened to the public rather than sold.",
    "The plan keeps the listed signal box and the two brick warehouses, which are to hold the market and a workshop for local firms.",
    "Critics on the council said the cost estimate was too low and asked for an independent review before any contract is signed.",
]
ITEMS = ["a primary school for 400 pupils", "280 flats, a third of them social housing", "a market hall in the north warehouse",
         "a playground and sports pitches", "a cycle path to the main station", "two kindergartens near the canal",
         "a health centre with a pharmacy", "workshops for local craft firms", "a public library branch",
         "an underground car park for residents", "a weekly farmers' market", "a footbridge over the tracks"]
MENU = ["[Home](/)", "[News](/news)", "[Sport](/sport)", "[Culture](/culture)", "[Contact](/contact)"]


def markdown_dump(bullet: str = "*") -> str:
    lines = ["# Freight yard to become a park", ""]
    lines += [f"  {bullet} {entry}" for entry in MENU] + [""]
    lines += [PARAGRAPHS[0], "", PARAGRAPHS[1], "", "The plan includes:", ""]
    lines += [f"  {bullet} {item}" for item in ITEMS] + [""]
    lines += [PARAGRAPHS[4], ""]  # one paragraph after the list: a long list must not cost the article
    lines += ["© 2025 Example News. All rights reserved."]
    return "\n".join(lines)


def test_a_bulleted_line_is_a_list_item_where_links_are_marked() -> None:
    text = "a playground and sports pitches"
    item = Block(index=0, text=text, clean=text, line=1, bullet=True, units=5)
    assert weight(item, Kind.SHORT, links_marked=True) == -0.5
    assert weight(item, Kind.SHORT, links_marked=False) < -1.0  # plain dumps: menus look the same


def test_a_list_between_paragraphs_of_a_markdown_dump_stays_in_the_body() -> None:
    for bullet in "*-+":
        doc = cleantext.clean_text(markdown_dump(bullet))
        for item in ITEMS:
            assert item in doc.body, (bullet, item)
        for entry in ("Home", "Sport", "Contact"):
            assert entry not in doc.body.split()
        assert PARAGRAPHS[0] in doc.body and PARAGRAPHS[4] in doc.body
