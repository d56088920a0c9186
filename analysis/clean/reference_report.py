"""A reference manager's item report saved as text: one story per item's field table.

A researcher who keeps stories in a reference manager (Zotero's "Generate Report from
Item", printed or saved from the browser, or a text browser's dump of its HTML) gets,
per item, the item's title on a line of its own, then a table of its fields, one a
row, the field's label in a column padded with spaces (or followed by a tab) and its
value beside it, a wrapped value indented to the value's column; then the item's notes,
tags and attachments under labels of their own::

    Zotero Report

    Cardiff Bay barrage locks to close for six weeks of repairs

    Item Type       Web Page
    Author          Pritchard, Rhodri
    Author          Morgan, Sian
    Website Title   Taff Valley Post
    Date            2026-12-02
    Accessed        12/6/2026, 9:14:22 AM

    Notes:

      * The outer locks of the Cardiff Bay barrage will close ...

Read as a page, the table's rows are headlines, bylines ("Date Added") and outlets
(the "Library Catalog" host) of no story. :func:`read_reference_report` reads each item
as a story (the same :class:`~analysis.clean.news_export.NewsExport` the database
exports give, source ``export``): the title line above the table (a "Title" row when
the table prints one), the publication's row the outlet, the authors' rows the byline
in the order a reader writes names (:func:`~analysis.clean.reference_export.given_name_first`),
the date row the date (a numeric date read in the order the page's other dates show,
:func:`~analysis.clean.page_date_order.numeric_day_first`), and the text under the
notes label the body (the abstract's row when there are no notes). A table is an
item's when it holds :data:`MIN_ROWS` rows or more, among them an author's, a
publication's and a date's label in one of the languages the manager's interface is
printed in (:data:`_ROLE_LABELS`: the words of a reference manager's field names, not
a site's); a page quoting a short "cite this" box is no report. The access, added and
modified days are the saving's, never the story's. A report of one item, as the manager
prints it from one story saved by a researcher, is that story's page, named as the file;
a report of several items gives one page per item (``FILE/001`` ...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.dates import find_dates
from analysis.clean.news_export import ExportStory, NewsExport
from analysis.clean.page_date_order import numeric_day_first
from analysis.clean.reference_export import given_name_first

__all__ = ["MIN_ROWS", "read_reference_report"]

#: The fewest field rows an item's table holds: item type, author, publication and date
#: are printed for any news item, with its address or access day at least one more.
MIN_ROWS = 5

# A row: a label of one to four words (letters, an apostrophe or a dot inside: "Date
# d'ajout", "Catalogue de bibl."), then a tab or two spaces or more, then the value.
_ROW = re.compile(
    r"^(?P<label>[^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,3})(?:\t+ *| {2,})(?P<value>\S.*?)\s*$"
)
_LABEL = re.compile(r"[^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,3}")
# A wrapped value's next line: indented, below the value's column.
_CONTINUED = re.compile(r"^[ \t]{6,}\S")
# A section's label under the table ("Notes:", "Notizen:", "Notes :", "Tags:",
# "Attachments"): a short unindented line ending with a colon, or one word alone.
_SECTION = re.compile(r"^[^\W\d_][\w ]{0,30}?\s?:\s*$|^[^\W\d_]\w*\s*$")
# A day and a time as a program printing in United States English writes them (Zotero's
# "12/6/2026, 9:14:22 AM"): the month first, a twelve-hour clock.
_US_STAMP = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{4}, \d{1,2}:\d\d(?::\d\d)?[ \u202f][AP]M\b")
# A note's bullet or a list mark before its text.
_ITEM_MARK = re.compile(r"^\s*(?:[*•·-]\s+)?")

#: A field's role -> its labels (case folded) in English, German, French, Spanish,
#: Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish, Polish, Czech,
#: Slovak, Hungarian, Romanian, Turkish, Russian, Ukrainian and Greek, as a manager's
#: interface names its fields.
_ROLE_LABELS: dict[str, frozenset[str]] = {
    "title": frozenset(
        {"title", "titel", "titre", "título", "titolo", "tittel", "otsikko", "tytuł",
         "název", "názov", "cím", "titlu", "başlık", "название", "назва", "τίτλος"}
    ),
    "byline": frozenset(
        {"author", "autor", "auteur", "autore", "författare", "forfatter", "tekijä",
         "szerző", "yazar", "автор", "συγγραφέας", "autorius", "autors"}
    ),
    "outlet": frozenset(
        {"publication", "website title", "blog title", "publication title",
         "program title", "publikation", "titel der website", "name der website",
         "titre du site web", "titre du site", "publicación", "título del sitio web",
         "pubblicazione", "titolo del sito web", "publicação", "título do site",
         "título do website", "publicatie", "titel website", "publikasjon", "julkaisu",
         "publikacja", "publikace", "publikácia", "kiadvány", "publicație", "yayın",
         "публикация", "издание", "видання", "публікація", "δημοσίευση"}
    ),
    "published": frozenset(
        {"date", "datum", "fecha", "data", "dato", "päivämäärä", "päiväys", "dátum",
         "dată", "data publicării", "tarih", "дата", "ημερομηνία"}
    ),
    "body": frozenset(
        {"abstract", "zusammenfassung", "résumé", "resumen", "riassunto", "resumo",
         "samenvatting", "sammanfattning", "resumé", "tiivistelmä", "streszczenie",
         "abstrakt", "özet", "аннотация", "анотація", "περίληψη"}
    ),
}  # fmt: skip
#: The labels of the section holding an item's notes, the story's text, in the same
#: languages.
_NOTES_LABELS = frozenset(
    {"notes", "note", "notizen", "notas", "notities", "anteckningar", "noter", "notater",
     "muistiinpanot", "notatki", "poznámky", "jegyzetek", "notițe", "notlar", "заметки",
     "нотатки", "σημειώσεις"}
)  # fmt: skip


def read_reference_report(text: str) -> NewsExport | None:
    """The items of a reference manager's report saved as text; None for other texts.

    Parameters
    ----------
    text : str
        What :mod:`analysis.clean.read` made of the file (its normalized text).

    Returns
    -------
    NewsExport or None
        One story per item's field table (module docstring), in order, when the tables
        and their items' titles and notes hold most of the text's characters; None when
        the text holds no such table.

    Examples
    --------
    >>> report = read_reference_report(
    ...     "Ferry fares to rise\\n\\nItem Type   Newspaper Article\\nAuthor      Roe, Jane\\n"
    ...     "Publication Valley News\\nDate        2026-05-16\\nURL         https://v.example/f\\n"
    ...     "\\nNotes:\\n\\n  Fares will rise in spring.\\n"
    ... )
    >>> story = report.stories[0]
    >>> story.title, story.outlet, story.published, story.byline
    ('Ferry fares to rise', 'Valley News', '2026-05-16', 'Jane Roe')
    """
    if "  " not in text and "\t" not in text:
        return None
    lines = text.split("\n")
    tables = _tables(lines)
    if not tables:
        return None
    printed = list(lines)
    stories = []
    for number, table in enumerate(tables, 1):
        end = len(lines) - 1
        if number < len(tables):  # up to the line before the next item's title
            end = (_title_line(lines, tables[number][0]) or tables[number][0]) - 1
        stories.append(_story(text, lines, printed, number, table, end))
    spans = [(story.first_line, story.last_line) for story in stories]
    if not _mostly_items(lines, spans):
        return None
    return NewsExport("reference report", tuple(printed), tuple(stories), item_page=True)


def _tables(lines: Sequence[str]) -> list[tuple[int, int, dict[int, tuple[str, int]]]]:
    """(first, last, rows) of each field table holding an author's, a publication's and
    a date's row among :data:`MIN_ROWS` rows or more; ``rows`` maps a row's line to its
    label and where its value starts (a wrapped value's lines are in no row)."""
    tables: list[tuple[int, int, dict[int, tuple[str, int]]]] = []
    i = 0
    while i < len(lines):
        if _row(lines[i], None) is None:
            i += 1
            continue
        first, rows, column = i, {}, None
        while i < len(lines):
            row = _row(lines[i], column)
            if row is not None:
                rows[i] = row
                column = row[1]
            elif not (rows and _CONTINUED.match(lines[i])):
                break
            i += 1
        roles = {_role(label) for label, _ in rows.values()}
        if len(rows) >= MIN_ROWS and {"byline", "outlet", "published"} <= roles:
            tables.append((first, i - 1, rows))
    return tables


def _row(line: str, column: int | None) -> tuple[str, int] | None:
    """A table row's label and where its value starts: a label, then a tab or two spaces
    or more; or, under rows whose values start at ``column``, a label filling the label
    column and one space ("Bibliothekskatalog foerde-rundschau.de", as a text browser
    pads a table's cells). None for any other line."""
    if not line or line[0].isspace():
        return None
    found = _ROW.match(line)
    if found is not None:
        return found.group("label"), found.start("value")
    if column is None or len(line) <= column or line[column - 1] != " " or line[column] == " ":
        return None
    label = line[:column].strip()
    return (label, column) if _LABEL.fullmatch(label) else None


def _role(label: str) -> str:
    """The story field a row's label names; ``export`` for the manager's own fields."""
    folded = " ".join(label.casefold().split())
    return next((role for role, words in _ROLE_LABELS.items() if folded in words), "export")


def _story(
    text: str,
    lines: Sequence[str],
    printed: list[str],
    number: int,
    table: tuple[int, int, dict[int, tuple[str, int]]],
    end: int,
) -> ExportStory:
    """One item: the title line above its table ``table``, the table, and its sections
    up to line ``end`` (the line before the next item's title)."""
    first, last, rows = table
    fields: dict[int, str] = {}
    values: dict[str, list[str]] = {}
    role, value_lines = "export", []
    for i in range(first, last + 1):
        if i in rows:
            label, start = rows[i]
            role = _role(label)
            printed[i] = lines[i][start:].strip()
            values.setdefault(role, []).append(printed[i])
        else:  # a wrapped value
            printed[i] = lines[i].strip()
            if role in values:
                values[role][-1] += " " + printed[i]
        fields[i] = role
        if role == "body":
            value_lines.append(i)
    title_line = _title_line(lines, first)
    start = title_line if title_line is not None else first
    if title_line is not None:
        fields[title_line] = "title"
        values.setdefault("title", [lines[title_line].strip()])
    end = max(end, last)
    notes = _notes_lines(lines, printed, last + 1, end, fields)
    body = notes or value_lines
    for i in body:
        fields.pop(i, None)
    missing = [role for role in ("title", "outlet") if role not in values]
    if missing:
        return ExportStory(number, start, end, problem=f"item {number}: no {' or '.join(missing)}")
    return ExportStory(
        number,
        start,
        end,
        fields,
        tuple(body),
        values["title"][0],
        values["outlet"][0],
        _date(text, values.get("published", []), values.get("export", [])),
        ", ".join(given_name_first(name) for name in values.get("byline", [])) or None,
    )


def _title_line(lines: Sequence[str], first: int) -> int | None:
    """The nearest line with a word above the table at ``first``: the item's title as
    the report prints it over its fields."""
    for j in range(first - 1, -1, -1):
        if lines[j].strip():
            return j
    return None


def _notes_lines(
    lines: Sequence[str], printed: list[str], start: int, end: int, fields: dict[int, str]
) -> list[int]:
    """The lines of the notes section between ``start`` and ``end`` (its label's line and
    every other section's lines marked ``export`` in ``fields``), printed without their
    indent and bullets."""
    notes: list[int] = []
    in_notes = False
    for i in range(start, end + 1):
        line = lines[i]
        if line.strip() and not line[0].isspace() and _SECTION.match(line):
            label = line.strip().rstrip(":").strip().casefold()
            in_notes = label in _NOTES_LABELS
            fields[i] = "export"
            continue
        if in_notes:
            printed[i] = line[_ITEM_MARK.match(line).end() :] if line.strip() else ""
            notes.append(i)
        elif line.strip():
            fields[i] = "export"
    while notes and not lines[notes[-1]].strip():
        notes.pop()
    while notes and not lines[notes[0]].strip():
        notes.pop(0)
    return notes


def _date(text: str, values: Sequence[str], others: Sequence[str]) -> str | None:
    """The first date among the date rows' values, a numeric one read in the order the
    report's program prints its own days in its other rows (the access and added days,
    "12/6/2026, 9:14:22 AM": the United States' short date and time), else as the page
    decides (:func:`~analysis.clean.page_date_order.numeric_day_first`)."""
    if any(_US_STAMP.search(other) for other in others):
        day_first: bool | None = False
    else:
        orders = (numeric_day_first(text, line) for line in (*others, *values))
        day_first = next((order for order in orders if order is not None), None)
    for value in values:
        dates = find_dates(value, day_first=day_first)
        if dates:
            return dates[0].iso
    return None


def _mostly_items(lines: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """The items hold more of the text's characters (spaces aside) than the rest: the
    file is a report, not a page printing a record's table inside its story."""
    inside = {i for first, last in spans for i in range(first, last + 1)}
    sizes = [len("".join(line.split())) for line in lines]
    items = sum(sizes[i] for i in inside)
    return items > sum(sizes) - items
