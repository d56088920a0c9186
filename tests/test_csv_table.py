"""A page table saved as CSV, read row by row (analysis.clean.csv_table)."""

from __future__ import annotations

import pytest

from analysis.clean.csv_table import count_csv_rows, csv_records


def test_rows_are_numbered_as_a_spreadsheet_numbers_them_whatever_their_line_breaks(tmp_path):
    table = tmp_path / "pages.csv"
    table.write_text(
        'id,text,url\n1,"First line\nsecond line\n\nthird",\n2,one line,https://x.org/\n'
        ",,\n3,a,b,surplus\n4,short\n",
        encoding="utf-8-sig",  # a spreadsheet's "CSV UTF-8" opens with a byte order mark
    )
    rows = list(csv_records(table, ("text",)))
    assert [row_no for row_no, _, _ in rows] == [2, 3, 5, 6]  # the blank row 4 is none
    assert rows[0][1] == {"id": "1", "text": "First line\nsecond line\n\nthird", "url": None}
    assert rows[2] == (5, None, "4 values under a header of 3 columns")
    assert rows[3][1] == {"id": "4", "text": "short"}


@pytest.mark.parametrize(("name", "separator"), [("p.csv", ";"), ("p.tsv", "\t"), ("p.csv", "\t")])
def test_the_separator_is_the_one_whose_header_names_a_wanted_column(tmp_path, name, separator):
    table = tmp_path / name
    table.write_text(separator.join(("id", "text", "note")) + "\n" + separator.join("abc") + "\n")
    ((row_no, record, _),) = csv_records(table, ("text", "html"))
    assert (row_no, record) == (2, {"id": "a", "text": "b", "note": "c"})


def test_a_header_naming_no_wanted_column_is_an_error_listing_the_columns(tmp_path):
    table = tmp_path / "m.csv"
    table.write_text("file,url\na.txt,https://x.org/\n")
    with pytest.raises(
        ValueError, match=r"no 'html' or 'text' column \(columns read: 'file', 'url'\)"
    ):
        list(csv_records(table, ("text", "html")))


def test_the_rows_are_counted_without_reading_them_as_records(tmp_path):
    # the progress bar's total (analysis.clean.pipeline): quoted line breaks, a blank row
    table = tmp_path / "pages.csv"
    table.write_text('id,text\n1,"a\n\nb"\n,\n2,c\n3,"d\ne"\n', encoding="utf-8")
    assert count_csv_rows(table) == 3 == len(list(csv_records(table, ("text",))))


def test_a_table_without_a_header_is_said_to_be_one(tmp_path):
    # a GDELT events export (no header; tab-separated; SOURCEURL last, DATEADDED before
    # it) was refused as "no 'html' or 'text' column (columns read: '900000000\t2026...')",
    # its first row of values shown as one column's name (h335)
    table = tmp_path / "20261203091500.export.CSV"
    row = ["900000001", "20261203", *[""] * 57, "20261203091500"]
    table.write_text("\t".join([*row, "https://www.harbourcourier.com/2026/12/03/ferry"]) + "\n")
    with pytest.raises(ValueError, match=r"^no header line: .* GDELT events or GKG export"):
        list(csv_records(table, ("text", "html")))
