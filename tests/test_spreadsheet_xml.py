"""analysis.clean.spreadsheet_xml: an Excel 2003 XML sheet read as its rows (made-up
sheets)."""

from __future__ import annotations

from pathlib import Path

from analysis.clean.articles import extract_articles
from analysis.clean.clipping_table import COLUMN_ROLES
from analysis.clean.read import read_page
from analysis.clean.spreadsheet_xml import is_spreadsheet_xml, spreadsheet_text

_ROWS = [
    ("Headline", "Date", "Outlet", "Text"),
    (
        "Tram line reopens after storm",
        "2025-03-04T00:00:00.000",
        "Riverside Ledger",
        "Trams ran again on Monday after the line was cleared.",
    ),
    (
        "Library adds evening hours",
        "2025-03-03T00:00:00.000",
        "Hilltop Courier",
        "The town library will stay open until nine on weekdays.",
    ),
    (
        "Market square gets new benches",
        "2025-03-01T00:00:00.000",
        "Riverside Ledger",
        "Twelve oak benches were set down in the square on Saturday.",
    ),
]


def _cell(value: str) -> str:
    kind = "DateTime" if value[:4].isdigit() else "String"
    return f'<Cell><Data ss:Type="{kind}">{value}</Data></Cell>'


def _sheet(rows: list[tuple[str, ...]]) -> bytes:
    body = "".join("<Row>" + "".join(_cell(v) for v in row) + "</Row>" for row in rows)
    return (
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"'
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        '<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">'
        "<Author>Some Researcher</Author><Created>2025-03-05T08:00:00Z</Created>"
        "</DocumentProperties>"
        f'<Worksheet ss:Name="Sheet1"><Table>{body}</Table></Worksheet></Workbook>'
    ).encode()


def test_a_sheet_prints_one_tab_separated_line_per_row_and_a_midnight_date_as_its_day():
    data = _sheet(_ROWS)
    assert is_spreadsheet_xml(data)
    lines = spreadsheet_text(data).splitlines()
    assert lines[0] == "Headline\tDate\tOutlet\tText"
    assert lines[1].split("\t")[:3] == [
        "Tram line reopens after storm",
        "2025-03-04",
        "Riverside Ledger",
    ]
    assert len(lines) == 4  # the document's author and creation time are no row


def test_a_cell_index_skips_the_empty_cells_before_it():
    data = _sheet([]).replace(
        b"<Table></Table>",
        b'<Table><Row><Cell><Data ss:Type="String">a</Data></Cell>'
        b'<Cell ss:Index="3"><Data ss:Type="String">c</Data></Cell></Row></Table>',
    )
    assert spreadsheet_text(data) == "a\t\tc\n"


def test_another_xml_file_is_no_sheet():
    assert not is_spreadsheet_xml(b"<?xml version='1.0'?><rss><channel/></rss>")
    assert spreadsheet_text(b"<rss xmlns='urn:schemas-microsoft-com:office:spreadsheet'/>") is None
    assert spreadsheet_text(b"<Workbook") is None  # not well-formed


def test_a_saved_sheet_of_articles_is_a_listing_of_its_rows(tmp_path: Path):
    path = tmp_path / "clippings.xml"
    path.write_bytes(_sheet(_ROWS))
    page = read_page(path)
    records = extract_articles(page.text, page.name).to_dict("records")
    assert [r["title"] for r in records] == [row[0] for row in _ROWS[1:]]
    assert [r["outlet"] for r in records] == [
        "Riverside Ledger",
        "Hilltop Courier",
        "Riverside Ledger",
    ]
    assert [r["published"] for r in records] == ["2025-03-04", "2025-03-03", "2025-03-01"]


def test_the_italian_words_for_newspaper_and_text_name_their_columns():
    assert {"giornale", "giurnale"} <= COLUMN_ROLES["outlet"]
    assert "testo" in COLUMN_ROLES["body"]
