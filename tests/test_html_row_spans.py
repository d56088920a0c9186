"""analysis.clean.html_row_spans: a cell spanning rows printed in each row it spans."""

from __future__ import annotations

from lxml.html import fragment_fromstring

from analysis.clean.html_page import render_text
from analysis.clean.html_row_spans import fill_row_spans

TABLE = (
    "<table><tr><th>Day</th><th>Story</th><th>By</th></tr>"
    "<tr><td rowspan='2'>4 May 2026</td><td>Bakery wins the bread award</td><td>Ann Lee</td></tr>"
    "<tr><td>Library opens on Sundays</td><td>Bo Kim</td></tr>"
    "<tr><td>3 May 2026</td><td>Cycle lane opens</td><td>Cy Fox</td></tr></table>"
)


def _rows(table) -> list[list[str]]:
    return [[cell.text_content() for cell in row] for row in table.iter("tr")]


def test_a_short_cell_spanning_two_rows_is_given_to_the_second_row():
    table = fragment_fromstring(TABLE)
    assert fill_row_spans(table) == 1
    assert _rows(table)[2] == ["4 May 2026", "Library opens on Sundays", "Bo Kim"]
    assert _rows(table)[3] == ["3 May 2026", "Cycle lane opens", "Cy Fox"]


def test_a_spanning_cell_in_a_later_column_keeps_the_row_s_order():
    table = fragment_fromstring(
        "<table><tr><td>a</td><td rowspan='3'>Region North</td><td>b</td></tr>"
        "<tr><td>c</td><td>d</td></tr><tr><td>e</td><td>f</td></tr></table>"
    )
    assert fill_row_spans(table) == 2
    assert _rows(table) == [
        ["a", "Region North", "b"],
        ["c", "Region North", "d"],
        ["e", "Region North", "f"],
    ]


def test_a_paragraph_spanning_rows_is_not_printed_again():
    paragraph = " ".join(["word"] * 40) + "."
    table = fragment_fromstring(
        f"<table><tr><td rowspan='2'>{paragraph}</td><td>a</td></tr><tr><td>b</td></tr></table>"
    )
    fill_row_spans(table)
    assert _rows(table)[1] == ["", "b"]


def test_the_rendered_rows_keep_their_columns():
    text = render_text(f"<html><body>{TABLE}</body></html>")
    line = next(line for line in text.splitlines() if "Library" in line)
    assert line.split()[:3] == ["4", "May", "2026"]
