"""News database exports (Nexis Uni, LexisNexis Academic, Factiva) read as their stories.

Every export here is made up in the test: three layouts, a story without a byline, a
story quoting "End of Document" on a line of its own, a broken story among good ones.
"""

from __future__ import annotations

import io
import json
import logging
import zipfile
from xml.sax.saxutils import escape

import pandas as pd
import pytest

from analysis.clean.news_export import read_export
from analysis.clean.pipeline import run_clean
from analysis.clean.rtf_document import rtf_document_text
from analysis.clean.word_document import word_document_text
from analysis.cli import main
from analysis.errors import PageReadError
from analysis.stats.metrics import run_metrics

PARAGRAPHS = (
    "The harbour council voted on Tuesday to rebuild the old pier, ending a dispute "
    "that had divided the town for a decade.",
    '"We listened to everyone," said Mara Velen, who chairs the council. "This is the '
    'pier people asked for."',
    "Work is to begin in the spring and last two years, the council said in a statement.",
)


def _nexis_story(title, outlet, date, byline=None, body=PARAGRAPHS):
    lines = [title, outlet, date, "", f"Copyright 2025 {outlet}", "Section: NEWS; Pg. 4"]
    lines.append(f"Length: {sum(len(p.split()) for p in body)} words")
    if byline:
        lines.append(f"Byline: {byline}")
    lines += ["", "Body", ""]
    for paragraph in body:
        lines += [paragraph, ""]
    lines += ["Classification", "", "Language: ENGLISH", "", "Load-Date: March 5, 2025", ""]
    lines += ["End of Document", ""]
    return lines


NEXIS = "\n".join(
    [
        "Date and Time: Wednesday, March 5, 2025 9:12:00 AM CET",
        "Job Number: 4711",
        "Documents (3)",
        "1. Council rebuilds the pier",
        "Client/Matter: -None-",
        "",
        *_nexis_story(
            "Council rebuilds the pier",
            "The Harbour Gazette",
            "March 4, 2025 Tuesday",
            "By Ola Strand",
        ),
        # a headline over two lines
        *_nexis_story(
            "Pier vote splits\nthe town", "Coastal Daily News", "March 5, 2025 Wednesday"
        ),
        *_nexis_story(
            "The end of a long file",
            "The Harbour Gazette",
            "March 5, 2025 Wednesday",
            "Per Lind",
            body=(PARAGRAPHS[0], "End of Document", "The archive's last line read as above."),
        ),
    ]
)


def test_nexis_uni_export_is_read_as_its_stories():
    export = read_export(NEXIS)
    assert export is not None and export.layout == "Nexis Uni"
    assert [s.problem for s in export.stories] == [None, None, None]
    first, second, third = export.stories
    assert (first.title, first.outlet, first.published, first.byline) == (
        "Council rebuilds the pier",
        "The Harbour Gazette",
        "2025-03-04",
        "Ola Strand",
    )
    assert (second.title, second.outlet, second.byline) == (
        "Pier vote splits the town",
        "Coastal Daily News",
        None,
    )
    lines = NEXIS.split("\n")
    body = [lines[i] for i in first.body_lines if lines[i]]
    assert body == list(PARAGRAPHS)  # no field line in the body
    # the cover page belongs to no story
    assert lines[first.first_line] == "Council rebuilds the pier"
    # "End of Document" quoted on a line of its own does not end the story
    assert [lines[i] for i in third.body_lines if lines[i]][1:] == [
        "End of Document",
        "The archive's last line read as above.",
    ]


def test_a_nexis_story_without_a_field_under_its_text_still_ends_at_its_line():
    without = _nexis_story("Pier vote splits the town", "Coastal Daily News", "March 5, 2025")
    foot = without.index("Classification")
    without = without[:foot] + without[-2:]  # no Classification, Language:, Load-Date:
    text = "\n".join(
        [
            *_nexis_story("Council rebuilds the pier", "The Harbour Gazette", "March 4, 2025"),
            *without,
            *_nexis_story("Third story", "The Harbour Gazette", "March 6, 2025"),
        ]
    )
    export = read_export(text)
    assert [(s.title, s.problem) for s in export.stories] == [
        ("Council rebuilds the pier", None),
        ("Pier vote splits the town", None),
        ("Third story", None),
    ]
    lines = export.lines
    assert [lines[i] for i in export.stories[1].body_lines if lines[i]] == list(PARAGRAPHS)


ACADEMIC = "\n".join(
    [
        "                              1 of 2 DOCUMENTS",
        "",
        "                    Copyright 2009 Harbour Gazette Ltd",
        "                              All Rights Reserved",
        "",
        "                              The Harbour Gazette",
        "",
        "                            June 2, 2009 Tuesday",
        "                              Final Edition",
        "",
        "Council rebuilds the pier",
        "",
        "BYLINE: By OLA STRAND",
        "",
        "SECTION: NEWS; Pg. 4",
        "",
        "LENGTH: 61 words",
        "",
        *(line for p in PARAGRAPHS for line in (p, "")),
        "LOAD-DATE: June 3, 2009",
        "",
        "LANGUAGE: ENGLISH",
        "",
        "                              2 of 2 DOCUMENTS",
        "",
        "                              Coastal Daily News",
        "",
        "                            June 3, 2009 Wednesday",
        "",
        "HEADLINE: Pier vote splits",
        "the town",
        "",
        "LENGTH: 61 words",
        "",
        *(line for p in PARAGRAPHS for line in (p, "")),
        "LOAD-DATE: June 4, 2009",
        "",
        "LANGUAGE: ENGLISH",
        "",
    ]
)


def test_lexisnexis_academic_export_is_read_as_its_stories():
    export = read_export(ACADEMIC)
    assert export is not None and export.layout == "LexisNexis Academic"
    first, second = export.stories
    assert (first.title, first.outlet, first.published, first.byline) == (
        "Council rebuilds the pier",
        "The Harbour Gazette",
        "2009-06-02",
        "OLA STRAND",
    )
    # a labelled headline over two lines; no byline
    assert (second.title, second.outlet, second.published, second.byline) == (
        "Pier vote splits the town",
        "Coastal Daily News",
        "2009-06-03",
        None,
    )
    lines = ACADEMIC.split("\n")
    assert [lines[i] for i in second.body_lines if lines[i]] == list(PARAGRAPHS)


def _factiva_story(title, outlet, date, byline=None, code="HRBGAZ0020250304el340000a"):
    lines = [title] + ([byline] if byline else []) + ["61 words", date, "10:15", outlet, "HRBGAZ"]
    lines += ["English", f"(c) 2025 {outlet}. All rights reserved.", ""]
    for paragraph in PARAGRAPHS:
        lines += [paragraph, ""]
    return [*lines, f"Document {code}", "", ""]


FACTIVA = "\n".join(
    [
        *_factiva_story(
            "Council rebuilds the pier", "The Harbour Gazette", "4 March 2025", "By Ola Strand"
        ),
        *_factiva_story(
            "Pier vote splits the town",
            "Coastal Daily News",
            "5 March 2025",
            code="CSTDLY0020250305el350000b",
        ),
    ]
)


def test_factiva_export_is_read_as_its_stories():
    export = read_export(FACTIVA)
    assert export is not None and export.layout == "Factiva"
    first, second = export.stories
    assert (first.title, first.outlet, first.published, first.byline) == (
        "Council rebuilds the pier",
        "The Harbour Gazette",
        "2025-03-04",
        "Ola Strand",
    )
    assert (second.outlet, second.published, second.byline) == (
        "Coastal Daily News",
        "2025-03-05",
        None,
    )
    lines = FACTIVA.split("\n")
    assert [lines[i] for i in second.body_lines if lines[i]] == list(PARAGRAPHS)


def _indexed_story(title, outlet, date, code, byline=None):
    lines = ["SE\tLocal", f"HD\t{title}"] + ([f"BY\t{byline}"] if byline else [])
    lines += ["WC\t61 words", f"PD\t{date}", "ET\t10:15", "SN", outlet, "SC\tHRBGAZ"]
    lines += ["LA\tEnglish", f"CY\t(c) 2025 {outlet}", "LP", PARAGRAPHS[0], "", "TD"]
    lines += [PARAGRAPHS[1], "", PARAGRAPHS[2], "", "CO\tharbr : Harbour Council"]
    lines += ["IN\ticonst : Construction", "NS\tgpol : Domestic Politics"]
    return [*lines, f"AN\tDocument {code}", "", ""]


FACTIVA_INDEXED = "\n".join(
    [
        *_indexed_story(
            "Council rebuilds the pier",
            "The Harbour Gazette",
            "4 March 2025",
            "HRBGAZ0020250304el340000a",
            "By Ola Strand",
        ),
        *_indexed_story(
            "Pier vote splits the town",
            "Coastal Daily News",
            "5 March 2025",
            "CSTDLY0020250305el350000b",
        ),
    ]
)


def test_factiva_display_with_indexing_is_read_by_its_codes():
    export = read_export(FACTIVA_INDEXED)
    assert export is not None and export.layout == "Factiva with indexing"
    first, second = export.stories
    assert (first.title, first.outlet, first.published, first.byline) == (
        "Council rebuilds the pier",
        "The Harbour Gazette",
        "2025-03-04",
        "Ola Strand",
    )
    assert (second.title, second.outlet, second.byline) == (
        "Pier vote splits the town",
        "Coastal Daily News",
        None,
    )
    # the lead paragraph (LP) and the text (TD) are the body, without their codes
    lines = export.lines
    assert [lines[i] for i in second.body_lines if lines[i] not in ("", "TD")] == list(PARAGRAPHS)
    assert "TD" not in [lines[i] for i in second.body_lines if i not in second.fields]


def _spaced(lines):
    """A copy of the display with indexing whose tabs became single spaces."""
    return [line.replace("\t", " ") for line in lines]


def test_factiva_codes_followed_by_one_space_are_read_by_the_stories_shape():
    # a copy whose tabs became spaces: "HD Title", "PD 4 March 2025"; the codes' values on
    # their own lines too ("SN" over the source name); a last paragraph opening with a
    # capital code-like word ("IN BRIEF") stays the story's text
    last = "IN BRIEF: the ferry timetable is unchanged until the works begin."
    first = _spaced(
        _indexed_story(
            "Council rebuilds the pier",
            "The Harbour Gazette",
            "4 March 2025",
            "HRBGAZ0020250304el340000a",
            "By Ola Strand",
        )
    )
    second = _spaced(
        _indexed_story(
            "Pier vote splits the town",
            "Coastal Daily News",
            "5 March 2025",
            "CSTDLY0020250305el350000b",
        )
    )
    at = second.index("CO harbr : Harbour Council")
    second[at:at] = [last, ""]
    text = "\n".join([*first, *second, "Search Summary", "Text: pier"])
    export = read_export(text)
    assert export is not None and export.layout == "Factiva with indexing"
    one, two = export.stories
    assert (one.title, one.outlet, one.published, one.byline) == (
        "Council rebuilds the pier",
        "The Harbour Gazette",
        "2025-03-04",
        "Ola Strand",
    )
    assert (two.title, two.outlet, two.published, two.byline) == (
        "Pier vote splits the town",
        "Coastal Daily News",
        "2025-03-05",
        None,
    )
    lines = export.lines
    body = [lines[i] for i in two.body_lines if lines[i] not in ("", "TD")]
    assert body == [*PARAGRAPHS, last]


@pytest.mark.parametrize(
    "text",
    [
        # capital words opening lines, no story's closing line
        "HD Council rebuilds the pier\nPD 4 March 2025\nSN The Harbour Gazette\nTD "
        + PARAGRAPHS[0],
        # a closing line, but no head of codes over the text
        "IN BRIEF\n\n" + "\n\n".join(PARAGRAPHS) + "\n\nAN Document HRBGAZ0020250304el340000a\n",
    ],
)
def test_capital_words_with_one_space_on_other_pages_are_no_codes(text):
    assert read_export(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary page that ends with the words on a line of their own
        "Council rebuilds the pier\n\n" + "\n\n".join(PARAGRAPHS) + "\n\nEnd of Document\n",
        # a page that reports "1 of 3 documents" leaked, with no export's fields
        "The leak\n\n1 of 3 DOCUMENTS\n\n" + "\n\n".join(PARAGRAPHS) + "\n",
        "Filed as\n\nDocument ABCDEFGH0020250304el340000a\n\n" + "\n\n".join(PARAGRAPHS) + "\n",
    ],
)
def test_an_ordinary_page_is_no_export(text):
    assert read_export(text) is None


def test_a_story_without_its_body_line_is_named_and_the_others_are_read():
    broken = "\n".join(
        _nexis_story("Council rebuilds the pier", "The Harbour Gazette", "March 4, 2025")
    ).replace("\nBody\n", "\n")
    text = "\n".join(
        [
            *_nexis_story("Pier vote splits the town", "Coastal Daily News", "March 5, 2025"),
            broken,
            *_nexis_story("Third story", "The Harbour Gazette", "March 6, 2025"),
        ]
    )
    export = read_export(text)
    assert export is not None
    assert [s.problem for s in export.stories] == [
        None,
        "story 2: no line 'Body' above its text",
        None,
    ]


@pytest.fixture()
def raw_exports(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    broken = NEXIS.replace("Coastal Daily News\nMarch 5, 2025 Wednesday", "Coastal Daily News")
    (raw / "nexis.txt").write_text(broken, encoding="utf-8")
    (raw / "factiva.txt").write_text(FACTIVA, encoding="utf-8")
    # an ordinary page sorting between the export and its stories' names
    (raw / "nexis.txt-notes.txt").write_text(
        "Council rebuilds the pier\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8"
    )
    return raw


def test_clean_files_each_story_under_its_printed_outlet(raw_exports, tmp_path, caplog):
    out, reports = tmp_path / "out", tmp_path / "reports"
    with caplog.at_level(logging.WARNING, logger="analysis"):
        assert run_clean(raw_exports, out) == 0
    articles = pd.read_parquet(out / "articles.parquet").set_index("page")
    stories = ["factiva.txt/001", "factiva.txt/002", "nexis.txt/001", "nexis.txt/003"]
    assert sorted(p for p in articles.index if "/" in p) == stories
    gazette = articles.loc["nexis.txt/001"]
    assert (gazette["outlet"], gazette["outlet_source"]) == ("The Harbour Gazette", "export")
    assert (gazette["title"], gazette["title_source"]) == ("Council rebuilds the pier", "export")
    assert (gazette["published"], gazette["date_source"]) == ("2025-03-04", "export")
    assert (gazette["byline"], gazette["byline_source"]) == ("Ola Strand", "export")
    assert gazette["body"] == "\n\n".join(PARAGRAPHS)
    assert articles.loc["factiva.txt/002", "outlet"] == "Coastal Daily News"
    assert articles["article_id"].is_unique
    # the broken story is a row of skipped.csv naming the file and the story
    skipped = pd.read_csv(out / "skipped.csv").set_index("page")
    reason = skipped.loc["nexis.txt/002", "reason"]
    assert reason.startswith("nexis.txt: Nexis Uni export, story 2: ") and "(of 3)" in reason
    assert "skipped nexis.txt/002" in caplog.text
    # metrics and the outlet table work on the stories, filed under their outlets
    assert run_metrics(out, reports) == 0
    outlets = pd.read_parquet(out / "outlet_metrics.parquet").set_index("outlet")
    # its story in both exports is one story saved twice: counted once
    assert outlets.loc["The Harbour Gazette", ["n_articles", "n_resaves"]].tolist() == [2, 1]
    assert outlets.loc["Coastal Daily News", "n_articles"] == 1


def test_a_clean_of_an_export_is_byte_identical_on_rerun(raw_exports, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert run_clean(raw_exports, first) == 0
    assert run_clean(raw_exports, second, jobs=2) == 0
    for name in ("pages.parquet", "blocks.parquet", "articles.parquet", "skipped.csv"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_a_manifest_row_for_an_export_gives_its_stories_an_outlet_only(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "factiva.txt").write_text(FACTIVA, encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,url,outlet,title\nfactiva.txt,https://example.org/a,Harbour Group,One Title\n",
        encoding="utf-8",
    )
    assert run_clean(raw, out) == 0
    articles = pd.read_parquet(out / "articles.parquet")
    assert set(articles["outlet"]) == {"Harbour Group"}
    assert set(articles["outlet_source"]) == {"manifest"}
    # the file's title and URL would be every story's: the export's own are kept
    assert articles["title"].tolist() == ["Council rebuilds the pier", "Pier vote splits the town"]
    assert set(articles["title_source"]) == {"export"} and articles["url"].isna().all()


def _rtf(text: str) -> bytes:
    """A minimal RTF document: one paragraph a line, other letters as escapes."""
    escaped = []
    for char in text:
        if char in "\\{}":
            escaped.append("\\" + char)
        elif char == "\n":
            escaped.append("\\par\n")
        elif ord(char) < 128:
            escaped.append(char)
        else:
            units = char.encode("utf-16-le")
            for i in range(0, len(units), 2):
                unit = int.from_bytes(units[i : i + 2], "little")
                escaped.append(f"\\u{unit - 65536 if unit > 32767 else unit}?")
    fonts = "{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}{\\info{\\author Harbour Desk}}"
    return f"{{\\rtf1\\ansi\\ansicpg1252\\deff0{fonts}\\pard\\f0 {''.join(escaped)}}}".encode()


def test_rtf_document_text_is_its_paragraphs():
    text = "Caf\u00e9 \u201cpier\u201d \U0001f600 vote\nA {braced} \\ line"
    assert rtf_document_text(_rtf(text), "x.rtf") == text
    # a byte in the declared code page, a lone UTF-16 half shown as U+FFFD
    data = b"{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'e8\\'f0\\par \\u-10179? end}"
    assert rtf_document_text(data, "x.rtf") == "\u041f\u0438\u0440\n\ufffd end"


def test_an_rtf_table_of_factiva_codes_is_read_by_its_codes():
    # Factiva's display with indexing in RTF: each 'CODE<tab>value' line a row of two cells
    rows = []
    for line in FACTIVA_INDEXED.split("\n"):
        code, tab, value = line.partition("\t")
        if tab:
            rows.append(f"{{\\trowd\\cellx900\\cellx9000 {code}\\cell {value}\\cell\\row}}")
        else:
            rows.append(f"\\pard {line}\\par")
    data = ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}" + "\n".join(rows) + "}").encode()
    text = rtf_document_text(data, "factiva.rtf")
    assert text == FACTIVA_INDEXED + "\n"
    export = read_export(text)
    assert export is not None and export.layout == "Factiva with indexing"
    assert [story.title for story in export.stories] == [
        "Council rebuilds the pier",
        "Pier vote splits the town",
    ]


def test_a_factiva_rtf_export_is_read_as_its_stories(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "factiva.rtf").write_bytes(_rtf(FACTIVA.replace("pier", "pi\u00e9r")))
    (raw / "empty.rtf").write_bytes(b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par}")
    assert run_clean(raw, out) == 0  # one bad file never stops the batch
    articles = pd.read_parquet(out / "articles.parquet").set_index("page")
    assert articles.index.tolist() == ["factiva.rtf/001", "factiva.rtf/002"]
    first = articles.loc["factiva.rtf/001"]
    assert (first["outlet"], first["title"], first["published"], first["byline"]) == (
        "The Harbour Gazette",
        "Council rebuilds the pi\u00e9r",
        "2025-03-04",
        "Ola Strand",
    )
    assert first["body"] == "\n\n".join(PARAGRAPHS).replace("pier", "pi\u00e9r")
    pages = pd.read_parquet(out / "pages.parquet").set_index("page")
    assert pages.loc["factiva.rtf/001", "encoding"] == "rtf"
    reason = pd.read_csv(out / "skipped.csv").set_index("page").loc["empty.rtf", "reason"]
    assert reason == "RTF document without any text"


def _docx(paragraphs: list[str]) -> bytes:
    """A minimal Word document: one <w:p> per paragraph (a tab and a line break kept)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def runs(text: str) -> str:
        cells = [f'<w:t xml:space="preserve">{escape(t)}</w:t>' for t in text.split("\t")]
        return "<w:r>" + "<w:tab/>".join(cells) + "</w:r>"

    body = "".join(f"<w:p>{runs(p)}</w:p>" for p in paragraphs)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>{body}'
    xml += "<w:p><w:r><w:instrText>PAGE</w:instrText><w:t>x</w:t><w:br/><w:t>y</w:t></w:r></w:p>"
    xml += "</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def test_word_document_text_is_its_paragraphs():
    data = _docx(["Council rebuilds the pier", "A\tB & <c>"])
    assert word_document_text(data, "x.docx") == "Council rebuilds the pier\nA\tB & <c>\nx\ny"


def test_a_nexis_uni_word_export_is_read_as_its_stories(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    # a Word export has no blank paragraphs between the lines
    (raw / "nexis.docx").write_bytes(_docx([line for line in NEXIS.split("\n") if line]))
    (raw / "broken.docx").write_bytes(_docx(["Council rebuilds the pier"])[:-40])  # cut short
    assert run_clean(raw, out) == 0
    articles = pd.read_parquet(out / "articles.parquet").set_index("page")
    assert articles.index.tolist() == ["nexis.docx/001", "nexis.docx/002", "nexis.docx/003"]
    assert articles.loc["nexis.docx/002", "outlet"] == "Coastal Daily News"
    assert articles.loc["nexis.docx/001", "body"] == "\n\n".join(PARAGRAPHS)
    reason = pd.read_csv(out / "skipped.csv").set_index("page").loc["broken.docx", "reason"]
    assert reason.startswith("damaged Word document (.docx)")


@pytest.mark.parametrize(
    ("xml", "reason"),
    [
        ('<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>', "declaring a DTD or entities"),
        ("<w:document><w:body>", "is no XML"),
    ],
)
def test_a_word_document_that_cannot_be_read_safely_is_refused(xml, reason):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", xml)
    with pytest.raises(PageReadError, match=reason) as caught:
        word_document_text(buffer.getvalue(), "nexis.docx")
    assert "nexis.docx" in str(caught.value)


def test_extract_prints_an_exports_stories(tmp_path, capsys):
    export = tmp_path / "nexis.txt"
    export.write_text(
        NEXIS.replace("Coastal Daily News\nMarch 5", "Coastal Daily News\nno"), "utf-8"
    )
    assert main(["extract", str(export)]) == 0
    captured = capsys.readouterr()
    records = json.loads(captured.out)
    assert [r["page"] for r in records] == ["nexis.txt/001", "nexis.txt/003"]
    assert {r["outlet_source"] for r in records} == {"export"}
    assert "skipped nexis.txt/002: nexis.txt: Nexis Uni export, story 2" in captured.err
