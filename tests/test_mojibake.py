"""analysis.clean.mojibake: text decoded twice is repaired where it is read, clean text never."""

from __future__ import annotations

import ftfy
from ftfy import chardata
from hypothesis import given
from hypothesis import strategies as st

from analysis.clean.mojibake import FIX_CONFIG, SIGNATURE, repair_mojibake
from analysis.clean.page_rows import clean_page
from analysis.clean.read import MOJIBAKE_REPAIRED, page_from_bytes
from analysis.stats.quotes.shares import quote_shares

ARTICLE = (
    "Harbour quay to close next spring\n\n"
    "By Ana Mart\u00ednez\n\n"
    "The harbour authority said on Monday that the old quay would close. \u201cWe have no "
    "choice,\u201d said Jos\u00e9 Pe\u00f1a, the authority\u2019s chair, adding that the "
    "foundations had shifted \u2014 by several centimetres \u2014 since last winter.\n\n"
    "Residents asked for a delay. \u201cThe quay is our caf\u00e9, our market and our "
    "square,\u201d one fisherman said, and the council promised an answer in May.\n"
)


def _decoded_twice(text: str, encoding: str = "sloppy-windows-1252") -> str:
    """``text``'s UTF-8 bytes decoded as ``encoding`` (a browser's Windows-1252 keeps
    the five bytes it leaves undefined as C1 control codes)."""
    return text.encode("utf-8").decode(encoding)


def test_a_page_decoded_twice_reads_as_the_page_and_says_it_was_repaired():
    clean = page_from_bytes(ARTICLE.encode("utf-8"), "clean.txt", "clean.txt")
    for damaged_text in (_decoded_twice(ARTICLE), _decoded_twice(_decoded_twice(ARTICLE))):
        assert "\u00e2\u20ac" in damaged_text  # the curly quotes as mojibake
        damaged = page_from_bytes(damaged_text.encode("utf-8"), "page.txt", "page.txt")
        assert damaged.text == clean.text
        assert damaged.encoding == "utf-8" + MOJIBAKE_REPAIRED
        # the pages table shows it, page by page
        assert clean_page(damaged).row["encoding"] == "utf-8" + MOJIBAKE_REPAIRED
        assert clean_page(clean).row["encoding"] == "utf-8"
    body = ARTICLE.split("\n\n", 2)[2]
    assert quote_shares(repair_mojibake(_decoded_twice(body))[0]) == quote_shares(body)
    assert quote_shares(_decoded_twice(body))[0] == 0  # what the damage did


def test_windows_1252_read_as_latin_1_keeps_its_apostrophes_and_dashes():
    # U+0092 and U+0096 are control codes the reader deletes: 'presidents', no dash
    text = "The president\x92s speech \x96 his third \x96 ended early\x85\n"
    page = page_from_bytes(text.encode("utf-8"), "page.txt", "page.txt")
    assert page.text == "The president\u2019s speech \u2013 his third \u2013 ended early\u2026\n"
    assert page.encoding.endswith(MOJIBAKE_REPAIRED)


def test_only_the_damaged_lines_change():
    lines = ARTICLE.split("\n")
    damaged = "\n".join([*lines[:4], _decoded_twice(lines[4]), *lines[5:]])
    assert damaged != ARTICLE
    assert repair_mojibake(damaged) == (ARTICLE, 1)


def test_a_line_printed_again_is_repaired_once(monkeypatch):
    calls = []
    real = ftfy.fix_text

    def fix_text(line, config):
        calls.append(line)
        return real(line, config)

    monkeypatch.setattr(ftfy, "fix_text", fix_text)
    line = _decoded_twice("\u201cYes,\u201d he said.")
    text, n_repaired = repair_mojibake("\n".join([line, "plain", line, line]))
    assert text == "\n".join(
        ["\u201cYes,\u201d he said.", "plain", *["\u201cYes,\u201d he said."] * 2]
    )
    assert n_repaired == 3 and calls == [line]


def test_clean_text_is_never_changed():
    texts = [
        ARTICLE,
        "Cr\u00e8me br\u00fbl\u00e9e \u00e0 la fran\u00e7aise, voil\u00e0 \u00a0 \u00c0 demain.",
        "S\u00e3o Paulo \u00e9 a maior cidade; a popula\u00e7\u00e3o cresceu.",
        "\u00bfQu\u00c9? \u00c9l dijo \u00ab\u00a0non\u00a0\u00bb, \u00c3o.",
        "\u041f\u0440\u0438\u0432\u0435\u0442, \u00ab\u0446\u0438\u0442\u0430\u0442\u0430\u00bb "
        "\u0456 \u0457 \u0451 \u2116 5",
        "\u0391\u03b8\u03ae\u03bd\u03b1 \u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1",
        "\u6e2f\u306e\u53e4\u3044\u5cb8\u58c1\u3002 \ud55c\uad6d\uc5b4 \u0645\u0631\u062d\u0628",
        "\u00a9 2024 \u2014 \u201cquoted\u201d \u2018single\u2019 \u2026 \u00bd \u00b0C \u20ac5",
        "\u00c2ge \u00e0 \u00ab test \u00bb",
    ]
    for text in texts:
        assert repair_mojibake(text) == (text, 0), text
        assert ftfy.fix_text(text, FIX_CONFIG) == text


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2FFF), max_size=40))
def test_every_line_ftfy_would_repair_holds_a_signature(text):
    # text decoded twice in each encoding ftfy undoes: where ftfy changes a line, the
    # cheap test that decides whether ftfy runs has found it
    for encoding in chardata.CHARMAP_ENCODINGS:
        damaged = _decoded_twice(text, encoding)
        for line in damaged.split("\n"):
            if ftfy.fix_text(line, FIX_CONFIG) != line:
                assert SIGNATURE.search(line), (encoding, line)
        assert repair_mojibake(damaged)[0] == ftfy.fix_text(damaged, FIX_CONFIG)
