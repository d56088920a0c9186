"""analysis.clean.body.filled_rows: a text table's row whose widest cell stands one space
from the next cell is a row of the table, not chrome."""

from __future__ import annotations

from test_body import MENU, PARAGRAPHS, kept_text, page

TABLE = [
    "Candidate          Votes",
    "Margaret Okonkwo-Hale 1,204",
    "Tom Reilly         987",
    "Ann Price          412",
]


def test_a_row_whose_widest_cell_fills_its_column_is_a_row():
    """The second row's name is its column's widest: one space before its votes. The row
    was dropped as chrome between the table's other rows."""
    table = [TABLE[0], "Margaret Okonkwo   1,204", *TABLE[2:]]
    lines = page(MENU, "Council by-election", *PARAGRAPHS[:2], table, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], *table, *PARAGRAPHS[2:]]
    wide = [TABLE[0], "Margaret Okonkwo-H 1,204", *TABLE[2:]]
    lines = page(MENU, "Council by-election", *PARAGRAPHS[:2], wide, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], *wide, *PARAGRAPHS[2:]]


def test_a_line_running_over_the_columns_is_no_row():
    """A cell running past the next column's start (no space before it) is not laid out
    in the table's columns: chrome, as before."""
    lines = page(MENU, "Council by-election", *PARAGRAPHS[:2], TABLE, *PARAGRAPHS[2:], MENU)
    assert TABLE[1] not in kept_text(lines)
