"""Vertical records: a table printed one record a block of ``key value`` lines.

A database client or a table tool prints a wide table's rows one record at a time, each
field on a line of its own, the key first, padded to one column:

- psql's expanded display (``\\x``): a ``-[ RECORD 1 ]-+----`` line over each record,
  ``key | value`` lines, a value's line break shown as a ``+`` after it and its next
  line under the pipe with no key (``            | rest of the text``);
- Miller's XTAB output (``mlr --oxtab``) and the like: ``key  value`` lines, every
  value starting at one column, blank lines between records.

Each record is an article when its keys give a headline and an outlet, a date or a text
(the words :data:`~analysis.clean.clipping_table.COLUMN_ROLES` gives a table's columns;
an identifier's last word, ``post_title``, as a table's header is read), none twice; an
address key (``url``) gives the outlet's host when no key names the outlet, and a key
whose value is a date and nothing else in every record is the date's when no key names
it. The structure decides as much as the words: :data:`~analysis.clean.card_blocks.
MIN_CARDS` records or more, each with the same keys in the same order. A missing value
(psql prints none, Miller ``-``, SQL ``NULL``) is no field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.card_lines import find_time
from analysis.clean.clipping_table import (
    ADDRESS,
    ADDRESS_COLUMNS,
    COLUMN_ROLES,
    host_span,
    may_name_a_headline,
)
from analysis.clean.page_metadata import FieldSpan
from analysis.text import LETTER_RUN

__all__ = ["vertical_rows"]

# psql's line over each record of its expanded display ("-[ RECORD 12 ]-+------").
_RECORD_RULE = re.compile(r"^-\[ RECORD \d+ \][-+]*\s*$")
# A psql record's line: its key padded to the pipe, the value after "| " (no key: the
# value's next line).
_PIPED = re.compile(r"^(?P<key>[^|]*?) *\| ?(?P<value>.*)$")
# A Miller XTAB line: a key of no space, spaces, the value (or nothing).
_SPACED = re.compile(r"^(?P<key>\S+)(?: +(?P<value>\S.*))?$")
# The "+" psql prints after a value's part when the value goes on under it.
_WRAPPED = re.compile(r"\s*\+$")
# A value a table tool prints for a missing one: no field.
_MISSING = frozenset({"", "-", "NULL", "null", "None", "NaN", "<NA>", "NA"})
# The fewest fields a record prints (a headline and one more).
_MIN_KEYS = 2

# A record as read: per field, its key and its value's spans (line, start, end).
_Record = list[tuple[str, list[tuple[int, int, int]]]]


def vertical_rows(lines: Sequence[str]) -> list[ArticleRegion]:
    """The articles of a table printed one record a block ([] on another page).

    Parameters
    ----------
    lines : sequence of str
        Every line of the page, without its line ending.

    Returns
    -------
    list of ArticleRegion
        One per record, in page order: its extent its lines, its fields the values of
        the keys a field takes (a text's value its body, each of its lines). Empty when
        fewer than :data:`~analysis.clean.card_blocks.MIN_CARDS` records print the same
        keys, or their keys give no headline and no outlet, date or text.
    """
    records = _psql_records(lines) or _xtab_records(lines)
    if len(records) < MIN_CARDS:
        return []
    # (a page whose records name no headline's key: none of the dev pages' text dumps
    # prints two records, while 72 of the 109 hold a headline key's word somewhere, so
    # the records are read first). Asked once of the joined page: no word holds a line
    # break, so none spans two lines, and casefold maps each character alone, so the
    # page holds one exactly when one of its lines does (speed only)
    if not may_name_a_headline("\n".join(lines)):
        return []
    keys = [key for key, _ in records[0]]
    if len(keys) < _MIN_KEYS or any([key for key, _ in record] != keys for record in records):
        return []
    roles = _roles(lines, keys, records)
    if roles is None:
        return []
    rows = [_region(lines, record, roles) for record in records]
    return rows if all(row is not None for row in rows) else []  # type: ignore[return-value]


def _psql_records(lines: Sequence[str]) -> list[_Record]:
    """psql's expanded records: the ``key | value`` lines under each record rule, a line
    with no key the value's next line (the ``+`` after the part above it no part of
    the value)."""
    records: list[_Record] = []
    current: _Record | None = None
    for i, line in enumerate(lines):
        if _RECORD_RULE.match(line):
            current = []
            records.append(current)
            continue
        piped = _PIPED.match(line) if current is not None and line.strip() else None
        if current is None or piped is None:
            current = None  # the record's end (a blank line, "(3 rows)", the prompt)
            continue
        key, start, end = piped["key"].strip(), piped.start("value"), len(line.rstrip())
        if key:
            current.append((key, [(i, start, end)]))
        elif current:
            above, above_start, above_end = current[-1][1][-1]
            text = lines[above][above_start:above_end]
            current[-1][1][-1] = (above, above_start, above_start + len(_WRAPPED.sub("", text)))
            current[-1][1].append((i, start, end))
    return [record for record in records if record]


def _xtab_records(lines: Sequence[str]) -> list[_Record]:
    """XTAB records: runs of ``key  value`` lines whose values start at one column, set
    apart by blank lines (a run's first line may be the command that printed them); the
    first :data:`~analysis.clean.card_blocks.MIN_CARDS` or more such runs in a row."""
    records: list[_Record] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        run = i
        while i < len(lines) and lines[i].strip():
            i += 1
        record = _xtab_record(lines, run, i) or _xtab_record(lines, run + 1, i)
        if record is not None:
            records.append(record)
        elif len(records) >= MIN_CARDS:
            break
        else:
            records = []
    return records


def _xtab_record(lines: Sequence[str], start: int, end: int) -> _Record | None:
    """The record of lines ``start`` to ``end`` (exclusive), each a key and maybe a value,
    the values starting at one column; None when a line is otherwise or the run holds
    fewer than :data:`_MIN_KEYS` lines (read line by line, ending at the first line that
    is otherwise: a paragraph's second line)."""
    matches: list[re.Match[str]] = []
    column = None  # (where the values start: a line's value elsewhere ends the record)
    for line in lines[start:end]:
        match = _SPACED.match(line)
        if match is None:
            return None
        if match["value"]:
            if column is None:
                column = match.start("value")
            elif match.start("value") != column:
                return None
        matches.append(match)
    if len(matches) < _MIN_KEYS or column is None:
        return None
    return [
        (m["key"], [(start + k, column, len(lines[start + k].rstrip()))])
        if m["value"]
        else (m["key"], [])
        for k, m in enumerate(matches)
    ]


def _key_role(key: str) -> str | None:
    """The field a record's key names (a table header's words; an identifier's last
    word), :data:`~analysis.clean.clipping_table.ADDRESS` for an address's, or None."""
    name = " ".join(LETTER_RUN.findall(key.casefold()))
    role = next((field for field, words in COLUMN_ROLES.items() if name in words), None)
    if role is None and len(name.split()) > 1:
        last = name.split()[-1]
        role = next((field for field, words in COLUMN_ROLES.items() if last in words), None)
        role = role if role != "title" else None  # (a "site_title" names no headline)
    if role is None and name in ADDRESS_COLUMNS:
        role = ADDRESS
    return role


def _roles(
    lines: Sequence[str], keys: list[str], records: list[_Record]
) -> list[str | None] | None:
    """Per key, the field it gives; None when the keys give no headline, or nothing more
    (an outlet, an address, a date or a text), or a field twice."""
    roles = [_key_role(key) for key in keys]
    if "published" not in roles:
        # the key whose every value is a date and nothing else (an unnamed date column)
        for k, role in enumerate(roles):
            if role is None and all(_is_date(lines, record[k][1]) for record in records):
                roles[k] = "published"
                break
    named = [role for role in roles if role is not None]
    if len(named) != len(set(named)) or "title" not in named:
        return None
    return roles if {"outlet", ADDRESS, "published", "body"} & set(named) else None


def _text(lines: Sequence[str], span: tuple[int, int, int]) -> str:
    """A value's text on its line."""
    return lines[span[0]][span[1] : span[2]]


def _is_date(lines: Sequence[str], spans: list[tuple[int, int, int]]) -> bool:
    """Whether a value (its spans) is one line holding a date and nothing else but its
    time (``2026-12-03 10:05``)."""
    if len(spans) != 1:
        return False
    line, start, end = spans[0]
    value = lines[line][start:end]
    found = find_time(value)
    return found is not None and found[0] == 0 and not any(c.isalpha() for c in value[found[1] :])


def _region(lines: Sequence[str], record: _Record, roles: list[str | None]) -> ArticleRegion | None:
    """The article of one record (None when its headline is missing)."""
    fields: list[FieldSpan] = []
    body: list[int] = []
    address: FieldSpan | None = None
    for (_, spans), role in zip(record, roles, strict=True):
        values = [
            (i, start, end)
            for i, start, end in spans
            if lines[i][start:end].strip() not in _MISSING
        ]
        if role is None or not values:
            continue
        if role == ADDRESS:
            address = host_span(lines[values[0][0]], *values[0])
        elif role == "body":
            fields += [FieldSpan(i, start, end, "body") for i, start, end in values]
            body += [i for i, _, _ in values]
        else:
            fields.append(FieldSpan(*values[0], role))
    if address is not None and not any(f.field == "outlet" for f in fields):
        fields.append(address)
    if not any(f.field == "title" for f in fields):
        return None
    extent = [i for _, spans in record for i, _, _ in spans]
    first, last = min(extent), max(extent)
    return ArticleRegion(first, last, tuple(sorted(body)), tuple(fields))
