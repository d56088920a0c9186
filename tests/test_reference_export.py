"""Reference-manager exports (RIS, EndNote tagged, BibTeX) saved as text: one story per
record (analysis.clean.reference_export), never one page whose tags are headlines."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.clean.pipeline import run_clean
from analysis.clean.reference_export import read_reference_export

ABSTRACTS = [
    "The harbour board voted to dredge the channel before spring. Work starts in March.",
    "Farmers in the upper valley asked for help after the frost. Losses reach a third.",
]

RIS = "\n".join(
    [
        "TY  - NEWS",
        "TI  - Harbour board orders dredging",
        "T2  - The Quayside Courier",
        "AU  - Berg, Lena",
        "AU  - Moss, Tom",
        "DA  - 2026/12/03",
        "PY  - 2026",
        f"AB  - {ABSTRACTS[0]}",
        "UR  - https://quayside.example/news/1",
        "Y2  - 2026/12/05",
        "ER  - ",
        "",
        "TY  - NEWS",
        "TI  - Frost hits valley orchards",
        "JO  - Upper Vale Post",
        "PY  - 2026",
        f"AB  - {ABSTRACTS[1][:40]}",
        f"{ABSTRACTS[1][40:]}",
        "ER  - ",
        "",
    ]
)

ENDNOTE = "\n".join(
    [
        "%0 Newspaper Article",
        "%T Harbour board orders dredging",
        "%J The Quayside Courier",
        "%A Berg, Lena",
        "%D 2026",
        "%8 2026-12-03",
        f"%X {ABSTRACTS[0]}",
        "",
        "%0 Newspaper Article",
        "%T Frost hits valley orchards",
        "%B Upper Vale Post",
        f"%X {ABSTRACTS[1]}",
        "",
    ]
)

BIBTEX = "\n".join(
    [
        "% exported from a reference manager",
        "@article{berg2026,",
        "  title = {Harbour board orders {Dredging}},",
        "  journal = {The Quayside Courier},",
        "  author = {Berg, Lena and Tom Moss},",
        "  year = {2026},",
        "  month = dec,",
        "  day = {3},",
        f"  abstract = {{{ABSTRACTS[0][:50]}",
        f"    {ABSTRACTS[0][50:]}}},",
        "}",
        "",
        "@article{vale2026,",
        '  title = "Frost hits valley orchards",',
        "  journaltitle = {Upper Vale Post},",
        "  date = {2026-11-30},",
        f"  abstract = {{{ABSTRACTS[1]}}}",
        "}",
    ]
)


def _fields(export):
    return [(s.title, s.outlet, s.published, s.byline) for s in export.stories]


def _body(export, story):
    return " ".join(" ".join(export.lines[i].split()) for i in story.body_lines)


def test_ris_records_are_read_as_stories():
    export = read_reference_export(RIS)
    assert export is not None and export.layout == "RIS"
    assert _fields(export) == [
        (
            "Harbour board orders dredging",
            "The Quayside Courier",
            "2026-12-03",
            "Lena Berg, Tom Moss",
        ),
        # a year alone is no date; an abstract wrapped on the next line is one text
        ("Frost hits valley orchards", "Upper Vale Post", None, None),
    ]
    assert [_body(export, s) for s in export.stories] == [
        ABSTRACTS[0],
        ABSTRACTS[1][:40] + " " + ABSTRACTS[1][40:],
    ]


def test_endnote_tagged_records_are_read_as_stories():
    export = read_reference_export(ENDNOTE)
    assert export is not None and export.layout == "EndNote tagged"
    assert _fields(export) == [
        ("Harbour board orders dredging", "The Quayside Courier", "2026-12-03", "Lena Berg"),
        ("Frost hits valley orchards", "Upper Vale Post", None, None),
    ]
    assert _body(export, export.stories[1]) == ABSTRACTS[1]


def test_bibtex_entries_are_read_as_stories():
    export = read_reference_export(BIBTEX)
    assert export is not None and export.layout == "BibTeX"
    assert _fields(export) == [
        (
            "Harbour board orders Dredging",
            "The Quayside Courier",
            "2026-12-03",
            "Lena Berg, Tom Moss",
        ),
        ("Frost hits valley orchards", "Upper Vale Post", "2026-11-30", None),
    ]
    assert _body(export, export.stories[0]) == ABSTRACTS[0][:50] + " " + ABSTRACTS[0][50:]


@pytest.mark.parametrize(
    "text",
    [
        # an article printing its own record in a "cite this story" box
        "Harbour board orders dredging\nBy Lena Berg\n\n"
        + "\n\n".join(ABSTRACTS * 3)
        + "\n\nCite this story\n"
        + RIS.split("\n\n")[0],
        "An ordinary page\n\n" + "\n\n".join(ABSTRACTS),
        # percent lines of another kind are no EndNote record
        "%0 done\nloading 10%\n\n" + "\n\n".join(ABSTRACTS * 2),
    ],
)
def test_other_texts_are_no_reference_export(text):
    assert read_reference_export(text) is None


def test_clean_files_each_record_under_its_periodical(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "zotero.txt").write_text(RIS, encoding="utf-8")
    assert run_clean(raw, out) == 0
    articles = pd.read_parquet(out / "articles.parquet").set_index("page")
    assert sorted(articles.index) == ["zotero.txt/001", "zotero.txt/002"]
    first = articles.loc["zotero.txt/001"]
    assert (first["outlet"], first["outlet_source"]) == ("The Quayside Courier", "export")
    assert (first["title"], first["published"]) == ("Harbour board orders dredging", "2026-12-03")
    assert first["body"] == ABSTRACTS[0]
    assert articles.loc["zotero.txt/002", "outlet"] == "Upper Vale Post"
