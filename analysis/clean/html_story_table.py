"""A table of stories written as an HTML page (``.html``): read as a listing, one card a
row, as the same table saved as CSV is (:mod:`analysis.clean.story_table`).

A researcher's notebook writes its scraped stories with pandas' ``DataFrame.to_html()``
(a bare ``<table border="1" class="dataframe">``, the index as each row's ``<th>``), R's
``knitr::kable(format = "html")`` or a spreadsheet's "save as web page": the page is one
table whose header row names its columns (``title``, ``published``, ``author``,
``source``, ``text`` ...). Such a page is read as the stories its rows list when the
header names a headline's column (:data:`analysis.clean.story_table.TITLE_COLUMNS`),
names no file or page column (:data:`analysis.clean.story_table.TABLE_COLUMNS`), the
table lists two rows or more, and the table holds the page: its text at least
:data:`_TABLE_SHARE` of the body's (a site's page with a results table among its menus
and boxes stays a page). A header cell with no text (pandas' index column) names no
field; a cell reading ``NaN``, ``None``, ``NA`` or ``<NA>`` (a missing value as pandas
and R print it) is empty. Cells are text only: nothing in them is run or read as markup.
"""

from __future__ import annotations

import re

from analysis.clean.feed_content import stories_document
from analysis.clean.saved_document import SavedDocument
from analysis.clean.story_table import TABLE_COLUMNS, TITLE_COLUMNS, table_story

__all__ = ["html_story_table"]

# A header cell naming a headline's column: the cheap test made before any parsing.
_TITLE_HEADER = re.compile(
    r"<th\b[^>]*>\s*(?:" + "|".join(map(re.escape, TITLE_COLUMNS)) + r")\s*</th\s*>", re.I
)
#: The least share of the page body's text the table must hold (its header, cells and
#: nothing much else: a caption, a title line).
_TABLE_SHARE = 0.8
# Missing values as a data frame prints them (pandas, R).
_MISSING = frozenset({"NaN", "nan", "None", "NA", "<NA>", "NaT"})


def html_story_table(data: bytes) -> SavedDocument | None:
    """The listing page of the stories an HTML page's one table lists (see the module
    doc); None for any other page.

    Parameters
    ----------
    data : bytes
        The file's bytes (UTF-8; a byte that is not is replaced).

    Returns
    -------
    SavedDocument or None
        One card a row; None when the page is no table of stories.
    """
    if not _TITLE_HEADER.search(data.decode("utf-8", errors="replace")):
        return None
    from lxml.etree import ParserError
    from lxml.html import document_fromstring

    try:
        root = document_fromstring(data.decode("utf-8", errors="replace"))
    except (ParserError, ValueError):
        return None
    for element in root.iter("script", "style"):
        element.drop_tree()
    tables = list(root.iter("table"))
    if len(tables) != 1:
        return None
    table = tables[0]
    body_text = len("".join(root.text_content().split()))
    if not body_text or len("".join(table.text_content().split())) < _TABLE_SHARE * body_text:
        return None
    rows = [row for row in table.iter("tr") if row.getparent() is not None]
    header_at = next(
        (i for i, row in enumerate(rows) if any(_cell(c) in TITLE_COLUMNS for c in _cells(row))),
        None,
    )
    if header_at is None:
        return None
    names = [_cell(cell) for cell in _cells(rows[header_at])]
    if any(name in TABLE_COLUMNS for name in names):
        return None
    records = []
    for row in rows[header_at + 1 :]:
        cells = [_cell(cell) for cell in _cells(row)]
        if len(cells) != len(names):
            continue
        record = {
            name: value
            for name, value in zip(names, cells, strict=True)
            if name and value and value not in _MISSING
        }
        if record:
            records.append(table_story(record))
    if len(records) < 2:
        return None
    return stories_document(records)


def _cells(row) -> list:
    return [cell for cell in row if cell.tag in ("td", "th")]


def _cell(cell) -> str:
    return " ".join(cell.text_content().split())
