"""An Excel 2003 XML spreadsheet (SpreadsheetML): its rows as a tab-separated table.

A researcher's sheet of articles saved as "XML Spreadsheet 2003" is one XML document
(``<Workbook>`` in the ``urn:schemas-microsoft-com:office:spreadsheet`` namespace): each
``<Worksheet>`` holds a ``<Table>`` of ``<Row>`` elements, each of ``<Cell>`` elements
whose ``<Data>`` holds the value (``ss:Index`` on a cell skips the empty columns before
it). It is read as the text a spreadsheet copied as text prints: one line per row, its
cells between tabs, a blank line between worksheets. The clipping-table reader
(:mod:`analysis.clean.clipping_table`) then reads a sheet whose header row names the
columns of a headline and its outlet, date or text as one article a row, as it reads the
same sheet saved as CSV. A date cell (``ss:Type="DateTime"``, ``2026-12-03T00:00:00.000``)
prints its day alone when its time is midnight (a date typed in a cell). The document's
properties (its author, when it was created) are the sheet's, no article's: not printed.

The document is parsed with defusedxml (no DTD, no entity declaration, nothing fetched);
elements are matched by local name.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from analysis.clean.xml_elements import local_name

#: SpreadsheetML's namespace: an XML file naming it near its start is a workbook.
SPREADSHEET_NAMESPACE = b"urn:schemas-microsoft-com:office:spreadsheet"
# How far into the file the namespace is looked for (the root's declarations).
_HEAD_BYTES = 2048
_INDEX = "{urn:schemas-microsoft-com:office:spreadsheet}Index"
# A date cell's value at midnight: the day alone is what was typed.
_MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2})T00:00(?::00(?:\.0+)?)?$")
# Characters a cell's text may not print (they would cut the row or the cell).
_CUTS = re.compile(r"[\t\r\n]+")


def is_spreadsheet_xml(data: bytes) -> bool:
    """Whether a file is an Excel 2003 XML spreadsheet (by its namespace, near its start).

    Parameters
    ----------
    data : bytes
        The file's content.

    Returns
    -------
    bool
        True when its first bytes declare the SpreadsheetML namespace.
    """
    return SPREADSHEET_NAMESPACE in data[:_HEAD_BYTES]


def spreadsheet_text(data: bytes) -> str | None:
    """The workbook's rows, one line each, their cells separated by tabs.

    Parameters
    ----------
    data : bytes
        An Excel 2003 XML file's content.

    Returns
    -------
    str or None
        The worksheets' rows (a blank line between two worksheets); None when the file
        is not well-formed, declares a DTD or entities, its root is no ``<Workbook>``,
        or no cell holds text.
    """
    try:
        root = fromstring(data, forbid_dtd=True)
    except (DefusedXmlException, ParseError):
        return None
    if local_name(root.tag) != "Workbook":
        return None
    sheets = []
    for sheet in root.iter():
        if local_name(sheet.tag) != "Worksheet":
            continue
        rows = [_row_text(row) for row in sheet.iter() if local_name(row.tag) == "Row"]
        if rows := [row for row in rows if row.strip()]:
            sheets.append("\n".join(rows))
    return "\n\n".join(sheets) + "\n" if sheets else None


def _row_text(row: Element) -> str:
    """A row's cells between tabs, an ``ss:Index`` cell after the empty cells it skips."""
    cells: list[str] = []
    for cell in row:
        if local_name(cell.tag) != "Cell":
            continue
        index = cell.get(_INDEX, "")
        if index.isdigit():
            cells.extend([""] * max(0, int(index) - 1 - len(cells)))
        cells.append(_cell_text(cell))
    return "\t".join(cells).rstrip("\t")


def _cell_text(cell: Element) -> str:
    """A cell's value as one line (its ``<Data>``'s text; a midnight date as its day)."""
    data = next((e for e in cell if local_name(e.tag) == "Data"), None)
    if data is None:
        return ""
    text = _CUTS.sub(" ", "".join(data.itertext())).strip()
    midnight = _MIDNIGHT.match(text)
    return midnight.group(1) if midnight else text
