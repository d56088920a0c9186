"""A table of cards pasted one field a row: each column a card, its cells apart by tabs.

A newsletter lays two or three stories side by side in a table, one story a column
(the headlines in its first row, the teasers in the next, then the bylines, the dates,
the "read more" links). Copied from a mail client or a spreadsheet and pasted as text,
the table keeps its rows, its cells parted by tabs: read line by line, every line holds
two or three stories' words, and the stories run into one. :func:`unstack_tab_rows`
prints such a table column by column. It is told from a table of one record a row (a
spreadsheet's export: a title, a date and a summary in each row) by its rows: every
line of the run holds the same number of cells, two or more, and one row holds prose
in every cell (the teasers: :data:`_PROSE_WORDS` words or more each, a sentence's
end), which a table of records never does (its date and link cells are no prose). No
tuned value: three words are a short sentence's least.
"""

from __future__ import annotations

import re

__all__ = ["unstack_tab_rows"]

# A cell of prose: three words or more, ending as a sentence does.
_PROSE_WORDS = 3
_SENTENCE_END = re.compile(r"[.!?…。।።]\W*$")
# The least number of rows that shows a table laid out one field a row: a headline row,
# a teaser row and one more.
_MIN_ROWS = 3


def unstack_tab_rows(text: str) -> str:
    """``text`` with each table of cards pasted one field a row printed card by card.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text, each run of :data:`_MIN_ROWS` lines or more holding the same number of
        tab-separated cells (two or more), one of its rows prose in every cell (see the
        module's note), printed as its columns: each column's non-empty cells one a
        line, a blank line between two columns; unchanged when it holds none.
    """
    if "\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    start = 0
    while start < len(lines):
        end = start
        width = _cells(lines[start])
        while end < len(lines) and width >= 2 and _cells(lines[end]) == width:
            end += 1
        run = [line.split("\t") for line in lines[start:end]]
        if end - start >= _MIN_ROWS and any(map(_all_prose, run)):
            for column in range(width):
                out += [row[column].strip() for row in run if row[column].strip()]
                out.append("")
            start = end
            continue
        out.append(lines[start])
        start += 1
    return "\n".join(out)


def _cells(line: str) -> int:
    """How many tab-separated cells a line holds, each with text (0: a line that holds
    none, or a cell with none)."""
    cells = line.split("\t")
    return len(cells) if all(cell.strip() for cell in cells) else 0


def _all_prose(row: list[str]) -> bool:
    """Whether every cell of a row is prose (see the module's note)."""
    return all(
        len(cell.split()) >= _PROSE_WORDS and _SENTENCE_END.search(cell.strip()) for cell in row
    )
