"""Bytes in: UTF-8 (with or without BOM), UTF-16 with BOM, legacy encodings, declared charsets, binary data."""

from __future__ import annotations

import random
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext.decode import decode_bytes, decode_page
from cleantext.errors import InputError

KO = (
    "샘 올트먼 오픈AI 최고경영자가 다음달 서울을 방문해 국내 기업 대표들과 만난다. "
    "업계에서는 이번 방한이 인공지능 반도체 협력의 계기가 될 것으로 보고 있다."
)
DE = (
    "Die Straßenbahn fährt künftig über die neue Brücke. Größere Änderungen für Bürger in Köln und "
    "Düsseldorf sind geplant, sagte der Bürgermeister am Dienstag vor Journalisten."
)
PAGE_KO = f"서울시, 새 교통 대책 발표\n\n{KO}\n\n{KO.replace('만난다', '만날 예정이다')}"
PAGE_DE = f"Neue Brücke für Köln\n\n{DE}\n\n{DE.replace('Dienstag', 'Mittwoch')}"


@pytest.mark.parametrize(("page", "encoding"), [
    (PAGE_KO, "utf-8"), (PAGE_DE, "utf-8"),
    (PAGE_KO, "utf-8-sig"), (PAGE_DE, "utf-8-sig"),
    (PAGE_KO, "utf-16"), (PAGE_DE, "utf-16"),  # Python's utf-16 writes a BOM
    (PAGE_KO, "utf-16-be"), (PAGE_KO, "utf-16-le"),
    (PAGE_KO, "euc-kr"), (PAGE_KO, "cp949"),
    (PAGE_DE, "cp1252"), (PAGE_DE, "latin-1"),
], ids=lambda value: value if len(value) < 20 else ("ko" if value == PAGE_KO else "de"))
def test_encodings_decode_to_the_same_text(page: str, encoding: str) -> None:
    data = page.encode(encoding)
    if encoding in ("utf-16-be", "utf-16-le"):
        data = {"utf-16-be": b"\xfe\xff", "utf-16-le": b"\xff\xfe"}[encoding] + data
    assert decode_bytes(data) == page
    doc = cleantext.clean(data)
    assert doc.body == cleantext.clean_text(page).body
    assert doc.body  # the pages have a body
    assert "\ufeff" not in doc.body and "\ufffd" not in doc.body


def test_bom_is_not_part_of_the_first_line() -> None:
    doc = cleantext.clean(PAGE_KO.encode("utf-8-sig"))
    assert doc.blocks[0].text == "서울시, 새 교통 대책 발표"
    assert doc.title == "서울시, 새 교통 대책 발표"


@pytest.mark.parametrize("declared", ["euc-kr", "EUC-KR", "cp949", "ks_c_5601-1987"])
def test_meta_charset_declaration(declared: str) -> None:
    html = (
        f'<html><head><meta charset="{declared}"><title>서울시</title></head>'
        f"<body><p>{KO}</p></body></html>"
    )
    assert decode_bytes(html.encode("cp949"), html=True) == html


def test_meta_http_equiv_declaration() -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        f"</head><body><p>{DE}</p></body></html>"
    )
    assert decode_bytes(html.encode("cp1252"), html=True) == html


def test_declared_charset_through_clean() -> None:
    html = (
        '<html><head><meta charset="euc-kr"><title>서울시, 새 교통 대책 발표</title></head>'
        f"<body><article><h1>서울시, 새 교통 대책 발표</h1><p>{KO}</p><p>{KO}</p></article></body></html>"
    )
    doc = cleantext.clean(html.encode("euc-kr"))
    assert doc.kind == "html"
    assert KO in doc.body


def test_a_wrong_declaration_does_not_lose_utf8() -> None:
    html = f'<html><head><meta charset="iso-8859-1"></head><body><p>{KO}</p></body></html>'
    assert decode_bytes(html.encode("utf-8"), html=True) == html


def test_an_unknown_declaration_is_ignored() -> None:
    html = f'<html><head><meta charset="nonsense-42"></head><body><p>{DE}</p></body></html>'
    assert decode_bytes(html.encode("cp1252"), html=True) == html


BINARIES = {
    "brief": b"\x00\x01binary...",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06" + bytes(range(256)) * 4,
    "gzip": zlib.compress(("hello world " * 500).encode()),
    "random": random.Random(1).randbytes(4096),
    "elf": b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + random.Random(2).randbytes(2000),
    "controls": bytes(range(1, 32)) * 50,
}


@pytest.mark.parametrize("kind", sorted(BINARIES))
def test_binary_garbage_raises_input_error_naming_the_input(kind: str) -> None:
    data = BINARIES[kind]
    with pytest.raises(cleantext.InputError, match="photo.bin"):
        cleantext.Cleaner().clean(data, name="photo.bin")
    with pytest.raises(cleantext.InputError) as caught:
        cleantext.clean(data)
    assert "\n" not in str(caught.value)
    with pytest.raises(cleantext.InputError, match="photo.bin"):
        decode_bytes(data, name="photo.bin")


@pytest.mark.parametrize("kind", ["text", "html"])
def test_binary_garbage_raises_whatever_the_forced_kind(kind: str) -> None:
    with pytest.raises(cleantext.InputError, match="x.dat"):
        cleantext.Cleaner(kind=kind).clean(BINARIES["png"], name="x.dat")


def test_empty_bytes_are_an_empty_page() -> None:
    assert cleantext.clean(b"").body == ""


def test_text_with_a_few_control_characters_is_still_text() -> None:
    page = PAGE_DE.replace("Brücke.", "Brücke.\x0c", 1)
    assert decode_bytes(page.encode("utf-8")) == page


def test_mixed_encodings_never_raise() -> None:
    data = ("Köln " * 50).encode("utf-8")[:-1] + b"\xff\xfe\xfd" + KO.encode("euc-kr")
    text = decode_bytes(data)
    assert isinstance(text, str) and len(text) > 200


@pytest.mark.parametrize("page", [PAGE_KO, PAGE_DE], ids=["ko", "de"])
def test_utf8_cut_off_inside_a_character_stays_utf8(page: str) -> None:
    """Scrapers cut pages at a byte limit, often inside a multi-byte character: the text before it is intact."""
    data = page.encode("utf-8") + "가".encode("utf-8")[:2]
    text = decode_bytes(data)
    assert text.startswith(page), text[:80]
    assert len(text) <= len(page) + 2  # at most replacement characters for the cut one
    # The cut character may show as U+FFFD at the very end; everything before it is the page's body.
    assert cleantext.clean(data).body.rstrip("\ufffd").rstrip() == cleantext.clean_text(page).body


def test_utf8_with_one_stray_byte_stays_utf8() -> None:
    data = PAGE_KO.encode("utf-8").replace(b"\n\n", b"\n\xa0\n", 1)
    text = decode_bytes(data)
    assert "서울시, 새 교통 대책 발표" in text, text[:80]


@given(st.text())
def test_utf8_bytes_are_kept_exactly_when_the_text_is_their_reading(text: str) -> None:
    # The HTML parser reads Decoded.utf8 instead of encoding the text again: they must be equal.
    data = text.encode("utf-8", errors="replace")
    try:
        decoded = decode_page(data, html=True)
    except InputError:
        return  # binary-looking input is refused before any reading
    if decoded.utf8 is not None:
        assert decoded.utf8 == decoded.text.encode("utf-8")


def test_a_bom_or_another_charset_keeps_no_utf8_bytes() -> None:
    assert decode_page("\ufeff<p>é</p>".encode("utf-8"), html=True).utf8 is None
    assert decode_page("<p>é</p>".encode("latin-1"), html=True).utf8 is None
    assert decode_page("<p>é</p>".encode("utf-8"), html=True).utf8 == "<p>é</p>".encode("utf-8")
