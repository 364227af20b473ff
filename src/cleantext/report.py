"""A visual report of what cleaning kept and removed: one self-contained HTML file.

People judge a cleaner by looking at what it threw away, so the report shows
every block of every page in input order: kept blocks in full, removed ones
dimmed and struck through with their label as a coloured tag and the rule that
set it on hover. The file loads nothing (no fonts, images, stylesheets or
scripts) and works offline in any browser.

Everything here is a pure function from documents to strings. Every piece of
page-derived text (block text, titles, sources, reasons, meta, error messages)
goes through ``_text`` or ``_attr``, which escape it totally, so a page can
never inject markup into the report.

    import cleantext
    from cleantext.report import render_report
    html = render_report([cleantext.clean(page) for page in pages])
"""

from __future__ import annotations

import html
import re
from collections import Counter
from typing import Iterable, Sequence, Union

import attrs

from . import __version__
from .cleaner import Failure
from .model import Block, Document, Label

Result = Union[Document, Failure]

# Tag colours per label (background of the tag; the text on it is dark). Families share a hue so
# a page reads at a glance: blue for the headline zone, orange for credits, grey-blue for site
# chrome, red for listings, pink for ads.
LABEL_COLOURS: dict[Label, str] = {
    Label.BODY: "#b7e4c7",
    Label.TITLE: "#8fb8ff",
    Label.SUBTITLE: "#bdb2ff",
    Label.BYLINE: "#ffd6a5",
    Label.DATE: "#fff3a0",
    Label.SOURCE: "#e9c46a",
    Label.SECTION: "#9bf6ff",
    Label.NAV: "#cfd8dc",
    Label.SHARE: "#90caf9",
    Label.WEATHER: "#80deea",
    Label.RELATED: "#ffadad",
    Label.BOARD: "#f4a261",
    Label.CAPTION: "#e0c3fc",
    Label.BANNER: "#ff99c8",
    Label.COMMENTS: "#fcbf49",
    Label.COPYRIGHT: "#d4a373",
    Label.PROMO: "#f7a1d2",
    Label.DUPLICATE: "#bdbdbd",
}
UNLABELLED = "unlabelled"  # a block no stage labelled (cleaning labels them all; kept for safety)
UNLABELLED_COLOUR = "#ffffff"

# A run of at least this many removed blocks of one label is folded into a <details> element.
FOLD_AT = 5

# Characters that are no HTML text: lone surrogates (not even encodable as UTF-8), and C0/C1
# controls other than tab, newline and carriage return (parse errors in HTML). Shown as U+FFFD.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK KR",sans-serif;
  margin:0 auto;max-width:72em;padding:1em 1.5em;color:#1b1b1b;background:#fff}
h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.2em;margin:0}
.muted,.src{color:#666;font-size:.9em}
.legend{display:flex;flex-wrap:wrap;gap:.3em;margin:.6em 0 1em}
.tag{display:inline-block;border-radius:.3em;padding:0 .45em;font-size:.8em;line-height:1.6;
  color:#1b1b1b;border:1px solid rgba(0,0,0,.15);white-space:nowrap;vertical-align:baseline}
.toc table{border-collapse:collapse;margin:.5em 0 1.5em}
.toc td,.toc th{padding:.15em .6em;text-align:left;vertical-align:top}
.toc tr:nth-child(even){background:#f6f6f6}
.bar{display:inline-block;width:6em;height:.7em;background:#eee;border-radius:.2em;overflow:hidden;
  vertical-align:middle}
.bar>span{display:block;height:100%;background:#52b788}
.page{border-top:3px solid #ddd;padding:1em 0 1.5em}
.page.failed{border-top-color:#e63946}
.error{color:#b00020;white-space:pre-wrap;overflow-wrap:anywhere}
.counts{margin:.4em 0;display:flex;flex-wrap:wrap;gap:.3em;align-items:center}
.meta{margin:.2em 0}
.b{display:grid;grid-template-columns:3.2em 7em 1fr;gap:.5em;padding:.15em .3em;
  border-left:4px solid transparent}
.b>.n{color:#999;text-align:right;font-variant-numeric:tabular-nums;font-size:.85em;padding-top:.15em}
.b>.tag{align-self:start;text-align:left}
.b>.x{white-space:pre-wrap;overflow-wrap:anywhere}
.b.kept{border-left-color:#52b788}
.b.removed>.x{color:#777;text-decoration:line-through;text-decoration-color:#aaa}
.b.removed{background:#fafafa}
details.fold{margin:.1em 0 .1em 3.7em;border-left:4px solid #ddd;padding-left:.3em}
details.fold>summary{cursor:pointer;color:#555;font-size:.9em;padding:.15em 0}
details.fold>.b{margin-left:-4.3em}
""".strip()


# --------------------------------------------------------------------------- escaping

def _text(value: object) -> str:
    """``value`` as HTML text: markup characters escaped and characters HTML cannot carry replaced."""
    return html.escape(_UNSAFE.sub("\ufffd", str(value)), quote=True)


def _attr(value: object) -> str:
    """``value`` as a double-quoted attribute value (the same total escaping as text)."""
    return _text(value)


# --------------------------------------------------------------------------- pieces

def label_name(label: Label | None) -> str:
    return label.value if label is not None else UNLABELLED


def _tag(label: Label | None, text: str | None = None) -> str:
    """A coloured label tag; ``text`` defaults to the label's name."""
    name = label_name(label)
    return f'<span class="tag t-{_attr(name)}">{_text(name if text is None else text)}</span>'


def _label_css() -> str:
    """One rule per label colour, from the LABEL_COLOURS table."""
    rules = [f".t-{label.value}{{background:{colour}}}" for label, colour in LABEL_COLOURS.items()]
    rules.append(f".t-{UNLABELLED}{{background:{UNLABELLED_COLOUR}}}")
    return "\n".join(rules)


def legend() -> str:
    """Every label with its colour, in the taxonomy's order."""
    tags = "".join(_tag(label) for label in Label)
    return f'<div class="legend" id="legend"><strong>Labels:</strong> {tags}</div>'


def block_html(block: Block) -> str:
    """One block: line number, label tag (removed blocks only), text; the rule on hover."""
    hover = f"{label_name(block.label)}: {block.reason}" if block.reason else label_name(block.label)
    if block.kept:
        return (f'<div class="b kept" title="{_attr(hover)}"><span class="n">{_text(block.line)}</span>'
                f'<span></span><span class="x">{_text(block.text)}</span></div>')
    return (f'<div class="b removed" title="{_attr(hover)}"><span class="n">{_text(block.line)}</span>'
            f'{_tag(block.label)}<del class="x">{_text(block.text)}</del></div>')


def _runs(blocks: Sequence[Block]) -> list[list[Block]]:
    """The blocks cut into runs: consecutive removed blocks of one label, or single other blocks."""
    runs: list[list[Block]] = []
    for block in blocks:
        last = runs[-1][-1] if runs else None
        if last is not None and not block.kept and not last.kept and last.label == block.label:
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


def blocks_html(blocks: Sequence[Block], fold_at: int = FOLD_AT) -> str:
    """Every block in input order. A run of ``fold_at`` or more removed blocks of one label (a
    weather widget, a board listing, a menu) shows its first block and folds the rest, so the
    article and the decisions at its edges stay in view."""
    parts = []
    for run in _runs(blocks):
        parts.append(block_html(run[0]))
        rest = run[1:]
        if not rest:
            continue
        inner = "\n".join(block_html(block) for block in rest)
        if len(run) < fold_at:
            parts.append(inner)
            continue
        # .line is a line in text mode and an element ordinal in HTML mode: no unit named
        summary = f"{len(rest)} more {label_name(run[0].label)} blocks ({rest[0].line}\u2013{rest[-1].line})"
        parts.append(f'<details class="fold"><summary>{_text(summary)}</summary>\n{inner}\n</details>')
    return "\n".join(parts)


# --------------------------------------------------------------------------- pages

@attrs.frozen
class Stats:
    """How much of a page was kept, for its header and the table of contents."""

    blocks: int
    kept_blocks: int
    chars: int
    kept_chars: int
    labels: tuple[tuple[Label | None, int], ...]  # label counts, in the taxonomy's order

    @property
    def block_share(self) -> float:
        return self.kept_blocks / self.blocks if self.blocks else 0.0

    @property
    def text_share(self) -> float:
        """Share of the input's characters that were kept (a few long paragraphs outweigh many links)."""
        return self.kept_chars / self.chars if self.chars else 0.0


def stats(doc: Document) -> Stats:
    counts = Counter(block.label for block in doc.blocks)
    order = [label for label in Label if counts[label]] + ([None] if counts[None] else [])
    return Stats(
        blocks=len(doc.blocks),
        kept_blocks=sum(1 for block in doc.blocks if block.kept),
        chars=sum(len(block.text) for block in doc.blocks),
        kept_chars=sum(len(block.text) for block in doc.blocks if block.kept),
        labels=tuple((label, counts[label]) for label in order),
    )


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _bar(share: float) -> str:
    """A small bar of the kept share (a fixed-format width, never page text)."""
    return f'<span class="bar"><span style="width:{share * 100:.1f}%"></span></span>'


def page_heading(result: Result) -> str:
    """What a page is called: its title, else its source (file name or URL)."""
    if isinstance(result, Document) and result.title:
        return result.title
    return result.source or "(untitled input)"


@attrs.frozen
class Section:
    """One page of the report, already rendered, with what the table of contents needs.

    Rendering page by page lets a batch keep strings instead of every Document.
    """

    anchor: str
    heading: str
    source: str | None
    html: str
    stats: Stats | None  # None for a failed input
    error: str | None = None


def section(result: Result, number: int = 1) -> Section:
    """Render one cleaned page, or one input that failed, as a report section."""
    anchor = f"page-{number}"
    heading = page_heading(result)
    if isinstance(result, Failure):
        body = (f'<section class="page failed" id="{anchor}"><h2>{_text(heading)}</h2>'
                f'<p class="muted">could not be cleaned</p><p class="error">{_text(result.error)}</p></section>')
        return Section(anchor, heading, result.source, body, None, result.error)
    page_stats = stats(result)
    return Section(anchor, heading, result.source, _document_html(result, anchor, page_stats), page_stats)


def numbered(part: Section, number: int) -> Section:
    """``part`` as the report's page ``number`` (a worker renders a page before its place in the
    batch is known). The anchor is the first ``id="..."`` of the section's markup: page text is
    escaped, so no quote of it can be taken for one."""
    anchor = f"page-{number}"
    if part.anchor == anchor:
        return part
    html = part.html.replace(f'id="{part.anchor}"', f'id="{anchor}"', 1)
    return attrs.evolve(part, anchor=anchor, html=html)


def _document_html(doc: Document, anchor: str, page_stats: Stats) -> str:
    where = [value for value in (doc.source, doc.meta.get("url")) if value]
    origin = " \u00b7 ".join(dict.fromkeys(where)) or "(no source given)"
    meta = " \u00b7 ".join(f"{key}: {value}" for key, value in doc.meta.items() if key != "url")
    counts = " ".join(_tag(label, f"{label_name(label)} {count}") for label, count in page_stats.labels)
    kept = (f"kept {page_stats.kept_blocks} of {page_stats.blocks} blocks ({_percent(page_stats.block_share)}), "
            f"{_percent(page_stats.text_share)} of the text")
    untitled = "" if doc.title else '<p class="muted">no title found</p>'
    return "\n".join([
        f'<section class="page" id="{anchor}">',
        f"<h2>{_text(page_heading(doc))}</h2>",
        untitled,
        f'<p class="src">{_text(origin)} \u00b7 {_text(doc.kind)} input</p>',
        f'<p class="meta muted">{_text(meta)}</p>' if meta else "",
        f'<div class="counts">{counts} <span class="muted">{_text(kept)}</span></div>',
        f'<div class="blocks">\n{blocks_html(doc.blocks)}\n</div>',
        "</section>",
    ])


def toc(sections: Sequence[Section]) -> str:
    """A table of the pages with each one's kept share, linking to its section."""
    rows = []
    for number, part in enumerate(sections, start=1):
        if part.stats is None:
            share = f'<span class="error">failed: {_text(part.error or "")}</span>'
        else:
            numbers = (f"{part.stats.kept_blocks}/{part.stats.blocks} blocks, "
                       f"{_percent(part.stats.text_share)} of the text")
            share = f"{_bar(part.stats.text_share)} {_text(numbers)}"
        source = _text(part.source) if part.source and part.source != part.heading else ""
        rows.append(f'<tr><td>{number}</td><td><a href="#{part.anchor}">{_text(part.heading)}</a>'
                    f'<div class="src">{source}</div></td><td>{share}</td></tr>')
    return ('<nav class="toc" id="contents"><h2>Pages</h2><table>'
            "<tr><th>#</th><th>page</th><th>kept</th></tr>\n" + "\n".join(rows) + "\n</table></nav>")


def assemble(sections: Sequence[Section], title: str = "cleantext report") -> str:
    """The whole report: head with its one inline stylesheet, legend, contents (several pages), pages."""
    window = f"{title}: {sections[0].heading}" if len(sections) == 1 else f"{title}: {len(sections)} pages"
    failed = sum(1 for part in sections if part.stats is None)
    summary = f"{len(sections)} page{'s' if len(sections) != 1 else ''}" + (f", {failed} failed" if failed else "")
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="und"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(window)}</title>",
        f"<style>\n{_CSS}\n{_label_css()}\n</style>",
        "</head><body>",
        f"<header><h1>{_text(title)}</h1>",
        f'<p class="muted">{_text(summary)}; made by cleantext {_text(__version__)}. '
        "Kept blocks are shown in full, removed ones struck through with their label; "
        "hover a block for the rule that labelled it.</p>",
        legend(),
        "</header>",
        toc(sections) if len(sections) > 1 else "",
        "<main>",
        *(part.html for part in sections),
        "</main>",
        "</body></html>",
        "",
    ])


def render_report(results: Iterable[Result], title: str = "cleantext report") -> str:
    """One HTML report of many cleaned pages; failed inputs (``Failure``) show as error entries."""
    return assemble([section(result, number) for number, result in enumerate(results, start=1)], title)
