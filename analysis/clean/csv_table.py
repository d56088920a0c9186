"""The rows of a page table saved as CSV (a Media Cloud export, a spreadsheet's table).

:mod:`analysis.clean.page_table` reads a table of pages as Parquet, JSON Lines or CSV;
this module reads the CSV: streamed row by row with the standard library's ``csv`` (a
line break inside a quoted cell stays in the cell: a page's text holds many), never
whole. The separator is the comma, or the semicolon or tab a spreadsheet writes in some
locales, whichever makes the header name a column the table needs
(:func:`csv_records`'s ``wanted``); a ``.tsv`` file is tried with the tab first. The
file is read as UTF-8 (a byte order mark dropped); bytes that are not UTF-8 are kept as
lone surrogates (``surrogateescape``), so that a row holding a few bytes of another
encoding is still read (:func:`analysis.clean.page_table.undecoded_as_bytes` turns them
back into bytes). Rows are numbered as a spreadsheet numbers them: the header is row 1,
the first page row 2. The file name endings read so are
:data:`analysis.clean.source.CSV_TABLE_SUFFIXES`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection, Iterator
from pathlib import Path

#: The separators tried, in order (a ``.tsv`` file's tab first).
SEPARATORS = (",", ";", "\t")
# A web address as a cell's whole value: a row of data, never a column's name.
_WEB_ADDRESS = re.compile(r"https?://\S+$", re.IGNORECASE)
#: Longest cell read, in characters: a page's HTML can be long (the largest page read is
#: analysis.clean.read.MAX_PAGE_BYTES); csv's own limit (131,072) would stop at one.
MAX_CELL_CHARS = 50 * 1024 * 1024


def csv_records(
    path: Path, wanted: Collection[str]
) -> Iterator[tuple[int, dict[str, str | None] | None, str | None]]:
    """Each row of a CSV table: its number, its record (header name -> value, an empty
    cell None) or why it is none.

    Parameters
    ----------
    path : Path
        The CSV file.
    wanted : collection of str
        Column names of which the header must hold one (the page's text or html).

    Yields
    ------
    tuple of (int, dict or None, str or None)
        The row's number (the header is row 1), its record, and the reason it is no
        record (more values than the header has columns), None when it is one. A row of
        empty cells only is not yielded.

    Raises
    ------
    OSError
        The file cannot be opened.
    ValueError
        The header names none of ``wanted`` with any separator (the message lists the
        columns read), or a row cannot be parsed (``csv.Error``, naming the row).
    """
    csv.field_size_limit(MAX_CELL_CHARS)
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        header_line = handle.readline()
        separator, header = _separator(header_line, wanted, path.suffix.lower())
        handle.seek(0)
        reader = csv.reader(handle, delimiter=separator)
        next(reader)
        row_no = 1
        try:
            for values in reader:
                row_no += 1
                if not any(value.strip() for value in values):
                    continue
                extra = values[len(header) :]
                if any(value.strip() for value in extra):
                    reason = f"{len(values)} values under a header of {len(header)} columns"
                    yield row_no, None, reason
                    continue
                record = {
                    name: (value if value.strip() else None)
                    for name, value in zip(header, values, strict=False)
                    if name
                }
                yield row_no, record, None
        except csv.Error as err:
            raise ValueError(f"cannot read row {row_no} as CSV ({err})") from err


def _separator(line: str, wanted: Collection[str], suffix: str) -> tuple[str, list[str]]:
    """The separator whose header names one of ``wanted``, and the header's names."""
    found = header_separator(line, wanted, suffix)
    if found is not None:
        return found
    # the names as the separator that splits the line most gives them
    first = max(
        (
            [name.strip() for name in next(csv.reader([line], delimiter=sep), [])]
            for sep in SEPARATORS
        ),
        key=len,
    )
    if any(_WEB_ADDRESS.match(name) for name in first):
        raise ValueError(
            "no header line: its first line is a row of values (a web address among "
            "them), as in a GDELT events or GKG export, which lists the stories' "
            "addresses and dates, not their text; a page table's header names an 'html' "
            "or 'text' column"
        )
    shown = ", ".join(repr(name) for name in first[:8]) or "none"
    raise ValueError(f"no 'html' or 'text' column (columns read: {shown})")


def header_separator(
    line: str, wanted: Collection[str], suffix: str = ""
) -> tuple[str, list[str]] | None:
    """The separator of a spreadsheet's CSV (:data:`SEPARATORS`) under which a header
    line names one of ``wanted``.

    Parameters
    ----------
    line : str
        The file's first line.
    wanted : collection of str
        Column names of which the header must hold one.
    suffix : str, optional
        The file name's ending, lower case: a ``.tsv`` file is tried with the tab first.

    Returns
    -------
    tuple of (str, list of str) or None
        The separator and the header's names (stripped); None when no separator makes
        the header name one of ``wanted``.
    """
    order = ("\t", ",", ";") if suffix == ".tsv" else SEPARATORS
    for separator in order:
        names = [name.strip() for name in next(csv.reader([line], delimiter=separator), [])]
        if set(names) & set(wanted):
            return separator, names
    return None


def count_csv_rows(path: Path) -> int:
    """How many rows of a CSV table hold a value, the header not counted (a quoted line
    break is no new row).

    Parameters
    ----------
    path : Path
        The CSV file (its separator does not change the count of rows).

    Returns
    -------
    int
        The rows :func:`csv_records` yields, or reasons it gives.

    Raises
    ------
    OSError
        The file cannot be opened.
    ValueError
        A row cannot be parsed (``csv.Error``).
    """
    csv.field_size_limit(MAX_CELL_CHARS)
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        try:
            return sum(1 for values in csv.reader(handle) if any(v.strip() for v in values)) - 1
        except csv.Error as err:
            raise ValueError(str(err)) from err
