"""analysis.clean.read: encodings are detected, text normalized, bad files rejected by name."""

from __future__ import annotations

import codecs
import random
import unicodedata
from pathlib import Path

import pytest
from page_checks import SEED_ARTICLE, SEED_LISTING

from analysis.clean.read import MAX_PAGE_BYTES, decode_page_bytes, normalize_text, read_page
from analysis.errors import PageReadError

SMART = (
    "He said \u201cit\u2019s fine\u201d \u2014 and left the caf\u00e9.\n"
    "The minister\u2019s r\u00e9sum\u00e9 was \u2018short\u2019 \u2026 really.\n"
)
ACCENTS = (
    "Cr\u00e8me br\u00fbl\u00e9e \u00e0 la fran\u00e7aise, \u00e9t\u00e9 \u00e0 Z\u00fcrich.\n"
    "S\u00e3o Paulo \u00e9 a maior cidade; a popula\u00e7\u00e3o cresceu nos \u00faltimos anos.\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SMART.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SMART.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SMART.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + SMART.encode("utf-16-be"), "utf-16"),
        (SMART.encode("utf-16-le"), "utf-16-le"),
        (SMART.encode("utf-16-be"), "utf-16-be"),
        (SMART.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252"],
)
def test_unicode_and_windows_pages_decode_exactly(tmp_path, data, encoding):
    page = read_page(_write(tmp_path, "page.txt", data))
    assert page.text == SMART
    assert page.encoding == encoding
    assert page.n_bytes == len(data)
    assert page.name == "page.txt"
    assert not page.text.startswith("\ufeff")


def test_latin1_accents_decode_exactly(tmp_path):
    data = ACCENTS.encode("latin-1")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    page = read_page(_write(tmp_path, "latin.txt", data))
    assert page.text == ACCENTS
    assert page.encoding in {"cp1252", "latin_1", "iso8859_15"}


def test_central_european_text_is_not_forced_to_windows_1252(tmp_path):
    original = (
        "Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144. "
        "Praha je hlavn\u00ed m\u011bsto \u010cesk\u00e9 republiky.\n"
    )
    text, encoding = decode_page_bytes(original.encode("cp1250"), "x.txt")
    assert text == original
    assert "\u017c\u00f3\u0142\u0107" in text
    assert encoding == "cp1250"


def test_line_endings_unified_and_text_nfc(tmp_path):
    decomposed = "Cafe\u0301 one\r\ntwo\rthree\n"
    page = read_page(_write(tmp_path, "crlf.txt", decomposed.encode("utf-8")))
    assert page.text == "Caf\u00e9 one\ntwo\nthree\n"
    assert normalize_text("a\r\n\r\nb") == "a\n\nb"


def test_valid_utf8_is_utf8_even_with_latin_letters(tmp_path):
    page = read_page(_write(tmp_path, "u.txt", ACCENTS.encode("utf-8")))
    assert page.encoding == "utf-8"
    assert page.text == ACCENTS


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n ", "whitespace"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG"),
        (b"\xff\xd8\xff\xe0" + b"JFIF" * 10, "JPEG"),
        (b"GIF89a" + b"\x01" * 10, "GIF"),
        (b"some text\x00\x01\x02 with \x00 nul bytes\x00\xff", "NUL"),
        (bytes(range(1, 9)) * 30, "control"),
    ],
    ids=["empty", "whitespace", "png", "jpeg", "gif", "nul", "control"],
)
def test_bad_files_raise_page_read_error_naming_file_and_reason(tmp_path, data, reason):
    path = _write(tmp_path, "bad.bin", data)
    with pytest.raises(PageReadError) as info:
        read_page(path)
    assert info.value.path == str(path)
    assert reason.lower() in info.value.reason.lower()
    assert "bad.bin" in str(info.value)


def test_missing_file_raises_page_read_error(tmp_path):
    with pytest.raises(PageReadError, match="cannot read"):
        read_page(tmp_path / "nope.txt")


def test_oversized_content_is_rejected_before_decoding():
    with pytest.raises(PageReadError, match="maximum"):
        decode_page_bytes(b"a" * (MAX_PAGE_BYTES + 1), "huge.txt")


def test_seed_pages_are_utf8(seed_dir):
    for name in (SEED_ARTICLE, SEED_LISTING):
        page = read_page(seed_dir / name)
        assert page.encoding == "utf-8"
        assert page.n_bytes == (seed_dir / name).stat().st_size
        assert "\r" not in page.text


def test_random_bytes_are_rejected(tmp_path):
    rng = random.Random(0)
    data = bytes(rng.randrange(1, 256) for _ in range(4000))
    with pytest.raises(PageReadError) as info:
        read_page(_write(tmp_path, "noise.dat", data))
    assert "noise.dat" in str(info.value)


def test_control_characters_are_removed_but_tabs_kept(tmp_path):
    filler = "A plain line of text to keep control codes under their binary share.\n" * 3
    # U+0081 is a C1 code that stands for no Windows-1252 character (U+0085 would be an
    # ellipsis read as Latin-1, repaired: tests/test_mojibake.py)
    data = (filler + "Tues\x07day\tnoon\r\nspr\x1bing \x0bv\x0cf\x7f end\x81\n").encode()
    page = read_page(_write(tmp_path, "ctrl.txt", data))
    # a vertical tab and a form feed are line breaks (pdftotext's page break): "v\nf"
    assert page.text == filler + "Tuesday\tnoon\nspring \nv\nf end\n"


def test_a_form_feed_or_vertical_tab_between_words_does_not_glue_them(tmp_path):
    # They were removed: "Tuesday<FF>after" became "Tuesdayafter", one word lost.
    text = "The council met on Tuesday\fafter the vote, and again\vlater that night.\n"
    page = read_page(_write(tmp_path, "pages.txt", text.encode()))
    assert "Tuesdayafter" not in page.text and "againlater" not in page.text
    assert page.text.split() == text.split()


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html>\n<html><head><title>T</title></head><body><p>Hi</p></body></html>\n",
        "  <html lang='en'>\n<body>text</body></html>",
        "".join(f"<div class='c{n}'><a href='/x{n}'>Item {n}</a></div>\n" for n in range(30)),
    ],
    ids=["doctype", "html-tag", "tag-soup"],
)
def test_html_documents_are_refused(tmp_path, text):
    with pytest.raises(PageReadError, match="looks like HTML"):
        read_page(_write(tmp_path, "saved.txt", text.encode("utf-8")))


@pytest.mark.parametrize(
    "name", ["story.php", "story.aspx", "story.shtml", "story.xhtml", "story", "index.html?id=5"]
)
def test_html_named_as_its_url_is_read_as_html(tmp_path, name):
    # wget and HTTrack mirrors keep the URL's name: such a file was refused as "looks like
    # HTML, not a text dump" (review finding h46 G14); its content says it is HTML
    markup = (
        "<!DOCTYPE html><html><head><title>Ferry timetable</title></head><body>"
        "<nav><a href='/'>Home</a></nav><p>The ferry leaves at noon.</p></body></html>"
    )
    page = read_page(_write(tmp_path, name, markup.encode("utf-8")))
    assert page.html is not None and page.html.title == "Ferry timetable"
    assert "The ferry leaves at noon." in page.text and "<p>" not in page.text
    # a text dump so named is still a text dump, and a .txt of HTML still refused
    dump = "Ferry timetable\n\nThe ferry leaves at noon, <b>the captain</b> said.\n"
    assert read_page(_write(tmp_path, "dump-" + name, dump.encode())).html is None
    with pytest.raises(PageReadError, match="looks like HTML"):
        read_page(_write(tmp_path, "saved.txt", markup.encode("utf-8")))


def test_text_mentioning_tags_is_read(tmp_path):
    text = "The page began with <!DOCTYPE html> and showed <b>bold</b> words, he said.\n" * 3
    assert read_page(_write(tmp_path, "tags.txt", text.encode("utf-8"))).text == text


def test_html_written_as_character_references_is_refused_by_name() -> None:
    """Markup escaped as references is markup once read: refused like the same page
    unescaped, with the file's name."""
    page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Text</p></body></html>"
    escaped = page.replace("<", "&lt;").replace(">", "&gt;")
    with pytest.raises(PageReadError, match="looks like HTML"):
        decode_page_bytes(page.encode(), "raw.txt")
    with pytest.raises(PageReadError, match="character references") as err:
        decode_page_bytes(escaped.encode(), "escaped.txt")
    assert "escaped.txt" in str(err.value)
    # an article that quotes a tag or two is still a text dump
    quoted = "How to bold\n\nWrite &lt;b&gt;word&lt;/b&gt; in the page.\n"
    text, _ = decode_page_bytes(quoted.encode(), "quoted.txt")
    assert "<b>word</b>" in text


def test_dump_text_is_nfc_after_invisible_characters_go() -> None:
    """A soft hyphen between a letter and its combining accent is dropped, and the two
    are composed again: the text read is NFC, as documented."""
    text, _ = decode_page_bytes("Caf e\u00ad\u0301 and ne\u200b\u0301e\n".encode(), "x.txt")
    assert unicodedata.is_normalized("NFC", text)
    assert "Caf \u00e9 and n\u00e9e" in text
