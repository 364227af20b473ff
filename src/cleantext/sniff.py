"""Tell HTML from a plain-text dump by looking at the start of the input."""

from __future__ import annotations

import regex

_HTML_START = regex.compile(r"^\s{0,200}(?:<!--.{0,500}?-->\s{0,50})*<(?:!doctype\s+html|html|head|body|meta|title|\?xml)\b", regex.IGNORECASE | regex.DOTALL)
_TAG = regex.compile(r"</?(?:html|head|body|div|p|span|a|script|style|meta|link|table|ul|li|br|article|section|header|footer|nav)\b[^<>]{0,500}>", regex.IGNORECASE)
_SAMPLE = 20000


def looks_like_html(text: str) -> bool:
    """True for markup: a document start, or tags making up a large part of the sample."""
    sample = text[:_SAMPLE]
    if _HTML_START.match(sample):
        return True
    tags = _TAG.findall(sample)
    if len(tags) < 5:
        return False
    return sum(map(len, tags)) > 0.2 * len(sample.strip())
