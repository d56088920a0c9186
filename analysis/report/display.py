"""Tables as a reader sees them: units in headers, no raw Python values, "none found".

Reads a display table built by :mod:`~analysis.report.views` (a DataFrame whose
columns are named for the reader) and the format of each column; returns HTML (a
Jinja template, autoescaped) for the report pages and plain text for the console.
The numbers stay in :attr:`ReportTable.data` for code and tests.

Formats (:data:`FORMATS`): ``count`` (whole number, thousands separated),
``median`` (a median of counts: whole, or with its ``.5``), ``percent`` (a fraction
shown as a percentage with one decimal), ``decimal1`` and ``decimal3`` (one or three
decimals), ``yesno``, ``text``, ``token`` (text kept on one
line: a date or an id that a narrow column would break at its hyphens) and ``prose`` (text
read as a sentence, a title or a quotation: its column keeps a reading width,
:data:`PROSE_MIN_WIDTH`, however many columns the table has). A missing value is shown
as :data:`MISSING`; a table without rows says :data:`EMPTY_MESSAGE`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

MISSING = "–"
EMPTY_MESSAGE = "none found"
# A prose column's narrowest width: about five words a line. Without it a wide table
# (the outlet's articles: 14 columns, three of them ids that never break) left its title
# column a word or two wide at 1280 pixels. A table wider than its page scrolls in its box.
PROSE_MIN_WIDTH = "18em"


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def format_count(value: Any) -> str:
    """A whole number with thousands separators (``1,234``).

    Parameters
    ----------
    value : object
        A table cell: a number, or a missing value (None, ``pd.NA``, ``pd.NaT``, NaN),
        as for every formatter in :data:`FORMATS`.

    Returns
    -------
    str
        The number rounded to a whole one, or :data:`MISSING`.
    """
    return MISSING if _is_missing(value) else f"{round(float(value)):,}"


def format_median(value: Any) -> str:
    """A median of whole numbers: whole (``1,234``), or with its half (``40.5``).

    The median of an even count of whole numbers is the mean of the two middle ones, so
    it may end in ``.5``; shown as a count, 40.5 read "40" and 35.5 "36" (Python rounds a
    half to the even number), in the same table as the CSV's 40.5 (review h293).

    Parameters
    ----------
    value : object
        A number or a missing value (:func:`format_count`).

    Returns
    -------
    str
        Thousands separated, no decimal for a whole number, else one; or :data:`MISSING`.
    """
    if _is_missing(value) or float(value).is_integer():
        return format_count(value)
    return format_decimal1(value)


def format_percent(value: Any) -> str:
    """A fraction as a percentage with one decimal (``0.1234`` -> ``12.3``).

    Parameters
    ----------
    value : object
        A fraction (1.0 is 100 %) or a missing value (:func:`format_count`).

    Returns
    -------
    str
        The percentage without a ``%`` sign (the header carries the unit), or
        :data:`MISSING`.
    """
    return MISSING if _is_missing(value) else f"{100 * float(value):.1f}"


def format_decimal1(value: Any) -> str:
    """A number with one decimal.

    Parameters
    ----------
    value : object
        A number or a missing value (:func:`format_count`).

    Returns
    -------
    str
        Thousands separated, one decimal, or :data:`MISSING`.
    """
    return MISSING if _is_missing(value) else f"{float(value):,.1f}"


def format_decimal3(value: Any) -> str:
    """A number with three decimals: a similarity as its threshold and the docs give it.

    Two decimals showed a Jaccard similarity of 66 / 80 = 0.825 as "0.82" (the float is
    just under 0.825), a value the copy's figures and docs give to three (review h293).

    Parameters
    ----------
    value : object
        As for :func:`format_decimal1`.

    Returns
    -------
    str
        Thousands separated, three decimals, or :data:`MISSING`.
    """
    return MISSING if _is_missing(value) else f"{float(value):,.3f}"


def format_yesno(value: Any) -> str:
    """A truth value as ``yes`` or ``no``.

    Parameters
    ----------
    value : object
        Any value Python can test for truth, or a missing value (:func:`format_count`).

    Returns
    -------
    str
        ``yes``, ``no`` or :data:`MISSING`.
    """
    return MISSING if _is_missing(value) else ("yes" if bool(value) else "no")


def format_text(value: Any) -> str:
    """Text as is (a missing value as :data:`MISSING`).

    Parameters
    ----------
    value : object
        Any value; ``str`` of it is shown.

    Returns
    -------
    str
        The text (escaped later, by the template), or :data:`MISSING`.
    """
    return MISSING if _is_missing(value) else str(value)


FORMATS: dict[str, Callable[[Any], str]] = {
    "count": format_count,
    "median": format_median,
    "percent": format_percent,
    "decimal1": format_decimal1,
    "decimal3": format_decimal3,
    "yesno": format_yesno,
    "text": format_text,
    "token": format_text,
    "prose": format_text,
}


def format_interval(low: Any, high: Any, kind: str) -> str:
    """An interval ``low–high`` in a column's format; :data:`MISSING` if either is missing.

    Parameters
    ----------
    low, high : object
        The interval's bounds, numbers or missing values.
    kind : str
        The column's format name, a key of :data:`FORMATS`; both bounds use it.

    Returns
    -------
    str
        The bounds joined by an en dash, or :data:`MISSING`.

    Raises
    ------
    KeyError
        ``kind`` is not a format name.
    """
    if _is_missing(low) or _is_missing(high):
        return MISSING
    return f"{FORMATS[kind](low)}–{FORMATS[kind](high)}"


@dataclass(frozen=True)
class ReportTable:
    """A table for a report page: the numbers, and how each column is shown.

    Attributes
    ----------
    data : pandas.DataFrame
        The rows, columns named for the reader (with units); a plain range index.
    formats : mapping
        Column to format name (:data:`FORMATS`), or ``"row"`` for the format of the
        row (``row_kinds``); columns not named are ``text``.
    caption : str
        A line above the table (optional).
    intervals : mapping
        Column to its ``(low, high)`` columns: shown in the column's cells as
        ``value (low–high)``; the low and high columns are not shown on their own.
    row_kinds : tuple of str
        Each row's format, for the columns whose format is ``"row"``.
    """

    data: pd.DataFrame
    formats: Mapping[str, str] = field(default_factory=dict)
    caption: str = ""
    intervals: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    row_kinds: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        unknown = set(self.formats.values()) - set(FORMATS) - {"row"}
        unknown |= set(self.row_kinds) - set(FORMATS)
        if unknown:
            raise ValueError(f"unknown column format(s): {sorted(unknown)}")

    @property
    def shown_columns(self) -> list[str]:
        """The columns shown, in order (interval bounds are shown inside their column)."""
        bounds = {c for pair in self.intervals.values() for c in pair}
        return [str(c) for c in self.data.columns if c not in bounds]

    def _kind(self, column: str, row: int) -> str:
        kind = self.formats.get(column, "text")
        return self.row_kinds[row] if kind == "row" else kind

    def cells(self) -> list[list[str]]:
        """Every row as display text.

        Returns
        -------
        list of list of str
            One list per row of :attr:`data`, one string per :attr:`shown_columns` entry, each
            in its column's (or row's) format; a value with an interval is followed by
            ``(low–high)`` unless either bound is missing.
        """
        rows = []
        for i, record in enumerate(self.data.to_dict("records")):
            row = []
            for column in self.shown_columns:
                kind = self._kind(column, i)
                text = FORMATS[kind](record[column])
                if column in self.intervals and text != MISSING:
                    low, high = (record[c] for c in self.intervals[column])
                    interval = format_interval(low, high, kind)
                    text = text if interval == MISSING else f"{text} ({interval})"
                row.append(text)
            rows.append(row)
        return rows

    def _aligns(self) -> list[str]:
        kinds = [self.formats.get(c, "text") for c in self.shown_columns]
        aligns = {"text": "text", "yesno": "text", "token": "text nowrap", "prose": "text prose"}
        return [aligns.get(kind, "num") for kind in kinds]

    def _repr_html_(self) -> str:
        from analysis.report.render import render_template

        return render_template(
            "table.html.j2",
            caption=self.caption,
            headers=self.shown_columns,
            aligns=self._aligns(),
            rows=self.cells(),
            empty_message=EMPTY_MESSAGE,
            prose_min_width=PROSE_MIN_WIDTH,
        ).rstrip("\n")

    def __repr__(self) -> str:
        head = f"{self.caption}\n" if self.caption else ""
        if self.data.empty:
            return f"{head}{EMPTY_MESSAGE}"
        shown = pd.DataFrame(self.cells(), columns=self.shown_columns)
        return head + shown.to_string(index=False)

    def __len__(self) -> int:
        return len(self.data)

    def head(self, n: int) -> ReportTable:
        """The first ``n`` rows, shown the same way.

        Parameters
        ----------
        n : int
            Rows kept from the top, as in :meth:`pandas.DataFrame.head`.

        Returns
        -------
        ReportTable
            A new table with the same formats, caption and intervals.
        """
        return replace(self, data=self.data.head(n), row_kinds=self.row_kinds[:n])
