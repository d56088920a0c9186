"""A table of stories saved as CSV or TSV in a folder of pages, read as a listing.

A researcher's tools write tables beside her pages: ``trafilatura --csv`` (tab-separated:
``url``, ``hostname``, ``title``, ``date``, ``text`` ...), a scraper's or a database's
export. Given to ``clean`` alone, a CSV file is a table of pages
(:mod:`analysis.clean.page_table`: one page a row, its ``text`` or ``html`` cleaned of
its chrome). Inside a folder it is read as the stories its rows list, one card a row,
as a JSON list of stories is (:func:`analysis.clean.feed_content.stories_document`:
the field names content systems share, ``title``, ``date``, ``text``, ``url``, ...): a
table whose header names a headline's column (:data:`TITLE_COLUMNS`) and whose rows
give two stories or more. A table naming files or holding saved pages
(:data:`TABLE_COLUMNS`: a manifest's ``file``, a page table's ``html``) is no list of
stories; nor is one without a headline's column (a crawl log, a list of addresses).
A table whose rows each give a headline and the story's whole text but no date or
summary (a researcher's own scraper's ``url, title, text``) lists no stories either: each
row is its story's page (:func:`text_stories`), as a table of one such row is.

A row's host column (``hostname``, ``host``, ``domain``:
:data:`analysis.clean.page_table.HOST_COLUMNS`) names its site when no column does. A
capitalized one-word column name (``Title``, ``Date``) is read as the same name in lower
case. Cells are text only; nothing in them is run or read as markup but a story's text.

A feed reader's file of items written without a header is read by its fields' order
(:func:`feed_file_stories`): sfeed's format, one item a line of tab-separated fields, a
UNIX time, the title, the link, the content (its newlines, tabs and backslashes escaped
as ``\\n``, ``\\t``, ``\\\\``), the content's type (``html`` or ``plain``), the id, the
author, the enclosure, the categories; the stories' site the host of their links.
"""

from __future__ import annotations

from pathlib import Path

from analysis.clean.csv_table import csv_records
from analysis.clean.feed_content import stories_document
from analysis.clean.saved_document import SavedDocument
from analysis.clean.web_snapshot import link_host

__all__ = [
    "TABLE_COLUMNS",
    "TITLE_COLUMNS",
    "feed_file_stories",
    "table_one_story",
    "table_stories_document",
    "table_story",
    "table_text_stories",
    "text_stories",
]

#: The names of a headline's column the header must hold (one of them).
TITLE_COLUMNS = ("title", "Title", "headline", "Headline", "TITLE", "HEADLINE")
#: Columns that make a table one of pages or of page metadata, not of stories.
TABLE_COLUMNS = ("file", "html")
#: A row's site, named by its host when no column names the site (the names
#: analysis.clean.page_table.HOST_COLUMNS gives).
_HOST_COLUMNS = ("hostname", "host", "domain")
_SITE_COLUMNS = ("site_name", "siteName", "sitename", "site", "publisher", "source_name")


def table_story(record: dict[str, str | None]) -> dict[str, str]:
    """A row of a table of stories as a story record.

    Parameters
    ----------
    record : dict
        The row's cells by their column's name (None for a missing cell).

    Returns
    -------
    dict
        Its cells that hold text, a capitalized one-word name in lower case; a
        ``source`` cell that is no address as its publisher, else its host as its site
        when no column names one.
    """
    story = {}
    for name, value in record.items():
        if value is None or not value.strip():
            continue
        key = name.lower() if name.isalpha() and (name.istitle() or name.isupper()) else name
        story.setdefault(key, value)
    source = story.get("source", "")
    if not any(key in story for key in _SITE_COLUMNS) and source and "/" not in source:
        # a "source" column naming the publisher (a dataset's, a notebook's data frame);
        # one holding addresses (trafilatura's) names none
        story["source_name"] = " ".join(source.split())
    if not any(key in story for key in _SITE_COLUMNS):
        host = next((story[key] for key in _HOST_COLUMNS if key in story), None)
        if host:
            story["site_name"] = host.strip().removeprefix("www.")
    return story


def table_stories_document(path: Path) -> SavedDocument | None:
    """The listing page of the stories a CSV or TSV file in a folder lists.

    Parameters
    ----------
    path : Path
        The file (``.csv`` or ``.tsv``; the tab tried first for ``.tsv``).

    Returns
    -------
    SavedDocument or None
        One card a story; None when the table names no headline's column, names files
        or holds pages (:data:`TABLE_COLUMNS`), cannot be read as CSV, or lists fewer
        than two stories.

    Raises
    ------
    ValueError
        A row of a table of stories cannot be read (more values than the header has
        columns): the message names the row, as a spreadsheet numbers it.
    """
    try:
        rows = list(csv_records(path, TITLE_COLUMNS))
    except ValueError:  # no header naming a headline: a feed file's items, or no stories
        return _feed_file_document(path)
    except (OSError, UnicodeError):
        return None
    records = [record for _, record, _ in rows if record]
    if not records or any(column in records[0] for column in TABLE_COLUMNS):
        return None
    bad = next(((row_no, why) for row_no, record, why in rows if record is None), None)
    if bad is not None:  # a row no story can be read from: said, never dropped
        raise ValueError(f"a table of stories whose row {bad[0]} cannot be read ({bad[1]})")
    return stories_document([table_story(record) for record in records])


def text_stories(records: list[dict]) -> list[dict] | None:
    """Rows that are stories' pages, not a list of stories: two rows or more, each with
    a headline (a :data:`TITLE_COLUMNS` column) and the story's text in a column that
    holds a page's text (``text`` or its aliases:
    :func:`analysis.clean.page_table.one_record_row`), none naming a file or holding
    a saved page (:data:`TABLE_COLUMNS`). A researcher's own scraper writes its pages so
    (``url, title, text``: newspaper3k's or trafilatura's text of each page it fetched);
    a list of stories gives each a date or a summary instead, and is read as one
    (:func:`table_stories_document`) before this is asked.

    Parameters
    ----------
    records : list of dict
        The rows, each its cells by column name.

    Returns
    -------
    list of dict or None
        The rows (a capitalized one-word column name in lower case, as
        :func:`table_story` gives it), each to be cleaned as its story's page; None for
        rows that are no such table.
    """
    from analysis.clean.page_table import one_record_row  # (it imports this module's kin)

    if len(records) < 2:
        return None
    rows = []
    for record in records:
        if any(column in record for column in TABLE_COLUMNS):
            return None
        title = next((record[c] for c in TITLE_COLUMNS if c in record), None)
        if not isinstance(title, str) or not title.strip():
            return None
        if one_record_row(record, "") is None:
            return None
        rows.append(record)
    return rows


def table_text_stories(path: Path) -> list[dict] | None:
    """The rows of a CSV or TSV table whose rows are stories' pages
    (:func:`text_stories`: a headline and the story's text each), None for any other
    table or one that cannot be read.

    Parameters
    ----------
    path : Path
        The file.

    Returns
    -------
    list of dict or None
        Each row's cells by column name (empty cells left out).
    """
    try:
        rows = list(csv_records(path, TITLE_COLUMNS))
    except (ValueError, OSError, UnicodeError):
        return None
    if any(record is None for _, record, _ in rows):
        return None
    records = [{k: v for k, v in record.items() if v is not None} for _, record, _ in rows]
    return text_stories(records)


def table_one_story(path: Path) -> dict[str, str] | None:
    """The one story of a CSV or TSV table of one row (a scraper's export of one item:
    Scrapy's ``-o item.csv``), as :func:`table_story` reads a row; None for a table of
    another number of rows, one naming no headline's column, naming files or holding
    pages (:data:`TABLE_COLUMNS`), or one that cannot be read as CSV.

    A table of two stories or more is a listing (:func:`table_stories_document`); a
    table of one is that story's page when a column holds its text, which the caller
    asks (:func:`analysis.clean.page_table.one_record_row`).

    Parameters
    ----------
    path : Path
        The file.

    Returns
    -------
    dict or None
        The row's story record.
    """
    try:
        rows = list(csv_records(path, TITLE_COLUMNS))
    except (ValueError, OSError, UnicodeError):
        return None
    if len(rows) != 1 or rows[0][1] is None:
        return None
    record = rows[0][1]
    if any(column in record for column in TABLE_COLUMNS):
        return None
    return table_story(record)


#: sfeed's fields, in their order on a line (its ``sfeed(5)`` format); a line gives at
#: least the first three (time, title, link).
_FEED_FILE_FIELDS = (
    "published",
    "title",
    "url",
    "content",
    "content_type",
    "id",
    "author",
    "enclosure",
    "category",
)
# sfeed's escapes in the content field
_FEED_FILE_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\"}


def feed_file_stories(text: str) -> list[dict[str, str]] | None:
    """The stories of a feed reader's headerless file of items (sfeed's format: see the
    module doc), each as a story record; None when a line that is not blank is no such
    item (its first field no UNIX time of digits, or empty; its third no web address).

    Parameters
    ----------
    text : str
        The file's text.

    Returns
    -------
    list of dict or None
        One record a line: ``published`` (the UNIX time as text, read as epoch seconds),
        ``title``, ``url``, the content as ``html`` (type ``html``) or ``text``,
        ``author``, ``category``, and the link's host as ``site_name``.

    Examples
    --------
    >>> feed_file_stories("1796279400\\tA title\\thttps://example.org/a\\t<p>One.</p>\\thtml")[0]["html"]
    '<p>One.</p>'
    >>> feed_file_stories("title\\tdate\\turl") is None
    True
    """
    stories = []
    for line in text.splitlines():
        if not line.strip():
            continue
        values = line.split("\t")
        if (
            len(values) < 3
            or len(values) > len(_FEED_FILE_FIELDS)
            or not (values[0] == "" or (values[0].isascii() and values[0].isdigit()))
            or not link_host(values[2])
        ):
            return None
        fields = dict(zip(_FEED_FILE_FIELDS, values, strict=False))
        content = _unescaped(fields.pop("content", ""))
        kind = "html" if fields.pop("content_type", "") == "html" else "text"
        story = {key: value for key, value in fields.items() if value.strip()}
        if content.strip():
            story[kind] = content
        story["site_name"] = link_host(values[2]).removeprefix("www.")
        stories.append(story)
    return stories or None


def _unescaped(content: str) -> str:
    """sfeed's content field with its escapes (``\\n``, ``\\t``, ``\\\\``) undone."""
    out, chars = [], iter(content)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append(_FEED_FILE_ESCAPES.get(following, char + following))
        else:
            out.append(char)
    return "".join(out)


def _feed_file_document(path: Path) -> SavedDocument | None:
    """The listing of a headerless feed file's items (:func:`feed_file_stories`); None
    for a file that is none (or cannot be read as UTF-8)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeError):
        return None
    stories = feed_file_stories(text)
    return None if stories is None else stories_document(stories)
