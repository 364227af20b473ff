"""Bytes to text: BOM first, then a declared charset, then bs4's UnicodeDammit.

No hand-written charset guessing: UnicodeDammit already weighs declared and
detected encodings; we only add the cheap, certain steps in front of it, and
hand its detector just the bytes that can tell encodings apart (see
``_detection_sample``).
"""

from __future__ import annotations

import codecs
import logging

import attrs
import regex

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">,
# looked for only in the first 4 KiB as browsers do; bounded quantifiers keep it linear.
_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""",
    regex.IGNORECASE,
)
# Control characters that never occur in text pages; a NUL or many of these mean binary data.
_BINARY_BYTES = bytes(range(0, 9)) + bytes([11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31])
# Every byte but those counted as control bytes (NUL is judged on its own): deleting these leaves the count.
_NOT_COUNTED = bytes(b for b in range(256) if b == 0 or b not in _BINARY_BYTES)


def looks_binary(data: bytes) -> bool:
    """True for data no scraper would save as a page: NUL bytes or many control bytes."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # UTF-16/32 without a BOM is rare but real: allow it only when it decodes cleanly.
        return _decodes_as_wide(data) is None
    controls = len(sample.translate(None, _NOT_COUNTED))
    return controls > len(sample) * 0.05


def _decodes_as_wide(data: bytes) -> Decoded | None:
    """UTF-32 or UTF-16 without a BOM, when one of them reads as printable text."""
    for encoding in ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and sum(ch.isprintable() or ch.isspace() for ch in text[:2000]) > 0.95 * min(len(text), 2000):
            return Decoded(text, encoding, f"encoding guessed: {encoding} (no byte order mark)")
    return None


def declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    return _known_charset(match.group(1).decode("ascii", "ignore"))


def _known_charset(name: str) -> str | None:
    """The codec name of a declared charset, or None for unknown and non-text 'encodings'."""
    name = name.strip().strip("\"'").lower()
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # Only real text encodings: a page may declare 'undefined', 'base64' or 'rot13'.
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        return None
    return info.name


_WIDE_ENCODINGS = ("utf-16", "utf-16le", "utf-16be", "utf-16-le", "utf-16-be", "utf-32", "utf-32le", "utf-32be", "utf-32-le", "utf-32-be")
_UTF8_STRAY_SHARE = 0.001  # this share of bad bytes still means 'UTF-8, damaged', not another charset


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 text, also when cut off inside a character or holding a few stray bytes.

    Pages cut at a byte limit end in half a character; handing those to a charset
    guesser turns the whole page into mojibake, so damaged UTF-8 stays UTF-8.
    """
    try:
        return Decoded(data.decode("utf-8"), "utf-8", utf8=data)
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            cut = _replacing(data[: error.start], "utf-8", "")
            return attrs.evolve(cut, warning=cut.warning or "ends inside a UTF-8 character, which was dropped")
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for ch in text[:20000] if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte and bad <= max(3, _UTF8_STRAY_SHARE * len(data)):
        return Decoded(text, "utf-8", f"{_characters(bad)} not valid utf-8, replaced by U+FFFD")
    return None


_SAMPLE_BYTES = 16384
_CONTEXT_BYTES = 40
_NON_ASCII_RUN = regex.compile(rb"[\x80-\xff]+")


def _detection_sample(data: bytes) -> bytes:
    """The non-ASCII runs of ``data`` with a little context each, up to _SAMPLE_BYTES.

    ASCII reads the same in every 8-bit encoding, so it tells a detector nothing,
    but chardet's pure-Python probers read all of it (about 4 ms per KB: a 90 KB
    page with 74 non-ASCII bytes took 350 ms). Detecting on the runs that differ,
    then decoding the whole page, keeps the cost bounded.
    """
    spans: list[list[int]] = []  # merged windows, so no window starts inside a character
    size = 0
    for match in _NON_ASCII_RUN.finditer(data):
        start, end = max(0, match.start() - _CONTEXT_BYTES), match.end() + _CONTEXT_BYTES
        if spans and start <= spans[-1][1]:
            size += end - spans[-1][1]
            spans[-1][1] = end
        else:
            spans.append([start, end])
            size += end - start
        if size >= _SAMPLE_BYTES:
            break
    return b" ".join(data[start:end] for start, end in spans)


@attrs.frozen
class Decoded:
    """Decoded page text, the encoding it was read in, and what went wrong on the way (if anything).

    The library prints nothing: a caller finds decoding trouble here (``Document.meta``
    carries it as ``encoding`` and ``decode_warning``) and decides whether to say it.
    """

    text: str
    encoding: str
    warning: str | None = None
    # The input itself when ``text`` is exactly its UTF-8 reading: the HTML parser reads these
    # bytes instead of encoding the text again (a pass over every page).
    utf8: bytes | None = attrs.field(default=None, repr=False, eq=False)


def decode_bytes(data: bytes, *, name: str = "input", html: bool | None = None, hint: str | None = None) -> str:
    """Decode page bytes; raise InputError naming ``name`` when they are not text."""
    return decode_page(data, name=name, html=html, hint=hint).text


def decode_page(data: bytes, *, name: str = "input", html: bool | None = None, hint: str | None = None) -> Decoded:
    """Decode page bytes, saying how; raise InputError naming ``name`` when they are not text.

    ``hint`` is a charset the transport declared (HTTP Content-Type): like browsers, it ranks
    above the page's own meta tag, but below a BOM and below bytes that are valid UTF-8.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _replacing(data[len(bom):], encoding, "")
    if looks_binary(data):
        raise InputError(f"{name}: binary data, not a text or HTML page")
    if b"\x00" in data[:8192]:
        wide = _decodes_as_wide(data)
        if wide is not None:
            return wide
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    declared = _known_charset(hint) if hint else None
    if declared is None and html is not False:
        declared = declared_charset(data)
    if declared and declared.startswith(("utf-16", "utf-32")) and b"\x00" not in data[:4096]:
        declared = None  # markup we could read as 8-bit text is not UTF-16, whatever it says
    if declared:
        try:
            return Decoded(data.decode(declared), declared)
        except (UnicodeError, LookupError):
            pass
    from bs4 import UnicodeDammit  # imported here: only non-UTF-8 bytes need it

    try:
        excluded = list(() if b"\x00" in data[:4096] else _WIDE_ENCODINGS)
        guesses = [declared] if declared else []
        if excluded:  # (UTF-16/32 without a BOM is read whole: its ASCII is not single bytes to skip)
            detected = UnicodeDammit(_detection_sample(data), is_html=False, exclude_encodings=excluded).original_encoding
            if detected and detected not in guesses:
                guesses.append(detected)
        dammit = UnicodeDammit(data, guesses, is_html=bool(html), exclude_encodings=excluded)
        if dammit.unicode_markup is not None:
            encoding = _codec_name(dammit.original_encoding or "unknown")
            if dammit.contains_replacement_characters:
                return Decoded(dammit.unicode_markup, encoding,
                               f"no encoding fits; read as {encoding} with undecodable bytes replaced by U+FFFD")
            if encoding == declared:
                return Decoded(dammit.unicode_markup, encoding)
            return Decoded(dammit.unicode_markup, encoding, f"encoding guessed: {encoding}")
    except (UnicodeError, LookupError, ValueError):
        pass
    # Every guess failed: keep the data (never lose it) with replacement characters.
    return _replacing(data, "utf-8", "no encoding fits; ")


def _replacing(data: bytes, encoding: str, why: str) -> Decoded:
    """``data`` decoded with bad bytes replaced, and a warning when some were."""
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode(encoding))
    if bad <= 0:
        return Decoded(text, encoding)
    return Decoded(text, encoding, f"{why}{_characters(bad)} not valid {encoding}, replaced by U+FFFD")


def _characters(count: int) -> str:
    return "1 byte sequence" if count == 1 else f"{count} byte sequences"


def _codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


class _DropReplacementNotice(logging.Filter):
    """Drops bs4's 'Some characters could not be decoded' notice: the library prints nothing,
    and ``Decoded.warning`` already says it. Only that record of that one logger is dropped;
    the host application's logging configuration is left alone."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Some characters could not be decoded")


def _quiet_bs4() -> None:
    logger = logging.getLogger("bs4.dammit")
    if not any(isinstance(existing, _DropReplacementNotice) for existing in logger.filters):
        logger.addFilter(_DropReplacementNotice())


_quiet_bs4()
