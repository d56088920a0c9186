"""A table of pages as ``clean``'s input: Parquet, JSON Lines or CSV, read in batches.

``python -m analysis clean PAGES.parquet`` (or ``PAGES.jsonl`` / ``PAGES.ndjson``, or
``PAGES.csv`` / ``PAGES.tsv``: :mod:`analysis.clean.csv_table`) cleans one page per row
instead of one per file of a folder. Large corpora (a crawl or
Media Cloud export) come this way. Columns:

==========  ===============================================================
column      meaning
==========  ===============================================================
id          the page's id (text or an integer), unique; it names the page in
            every table (``page``) as a file name does for a folder; a table
            without the column (a scraper's lines of url, title and text), or a
            JSON line without the field, names the row by its number:
            :func:`row_id` (``row-12``), said once in the log
html        the page as saved HTML, read as a ``.html`` file is
text        the page as a text dump, read as a ``.txt`` file is
url         as in the manifest (analysis.clean.manifest): the page's address; a
            path alone (``/2026/11/story.html``) is joined to the row's host when
            a :data:`HOST_COLUMNS` column gives it (an analytics or CMS export)
outlet      the outlet's name
published   publication date (text ``yyyy-mm-dd`` or ISO date-time, or a Parquet
            date / timestamp)
title       the article's headline
byline      its author(s)
==========  ===============================================================

A row needs ``html`` or ``text`` (``html`` is read when both are given);
the other columns have the manifest's meaning and may be missing or empty. A column may
also have the name a scraper gives it (:data:`COLUMN_ALIASES`: news-please's
``maintext``, ``date_publish``, ``authors``; newspaper3k's ``publish_date``), read when
the column's own name is absent; a list of authors is read as one byline, the names
joined by ", ". Other columns are ignored (an export carries many). Pages keep the
table's row order.

The table is never loaded whole: a Parquet file is read :data:`BATCH_ROWS` rows at a
time (``pyarrow.parquet.ParquetFile.iter_batches``, only the columns above), a JSON
Lines file line by line, a CSV file row by row. A line or a CSV cell holding bytes that
are not UTF-8 is read, those values as bytes are (:func:`undecoded_as_bytes`). A bad
row (an empty id, a repeated id, no text, a value of the wrong type, a bad URL, a line
that is not a JSON object, a page that cannot be read) is one row of ``skipped.csv``
naming the row and the reason; the other rows are cleaned. A ``published`` value that
holds no date is a warning naming the row, and the page's date is read from the page, as
in a manifest (:func:`without_unreadable_date`). Rows are numbered from 1: the data row
of a Parquet file, the line of a JSON Lines file, a CSV file's row as a spreadsheet
numbers it (the header is row 1). A file that is not such a table at all (unreadable,
not Parquet, no
``html``/``text`` column) is a :class:`PageTableError`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from analysis.clean.app_state import suffix_free_title
from analysis.clean.csv_table import count_csv_rows, csv_records
from analysis.clean.legacy_encoding import detect_legacy_encoding
from analysis.clean.manifest import (
    MANIFEST_COLUMNS,
    ManifestEntry,
    UnreadableDateError,
    entry_from_record,
    unreadable_date_note,
)
from analysis.clean.news_app_document import news_app_record
from analysis.clean.read import Page, looks_like_html, page_from_bytes
from analysis.clean.response_envelope import enveloped_record, field_markup

# The input checks, defined without the readers (re-exported).
from analysis.clean.source import (  # noqa: F401
    CSV_TABLE_SUFFIXES,
    JSONL_SUFFIXES,
    PARQUET_SUFFIXES,
    clean_source_problem,
    is_page_table,
    is_web_archive,
)
from analysis.clean.video_records import video_record
from analysis.clean.web_archive import web_archive_rows
from analysis.errors import AnalysisError, ManifestError, PageReadError

logger = logging.getLogger(__name__)

#: Columns read; one of ``html``/``text`` is required.
PAGE_TABLE_COLUMNS = ("id", "html", "text", *MANIFEST_COLUMNS[1:])
#: Other names the scrapers researchers use give these columns, each read when the
#: column's own name is absent: news-please's ``maintext``, ``date_publish`` and
#: ``authors`` (a list), newspaper3k's ``publish_date`` and ``authors``, trafilatura's
#: JSON ``author`` and ``sitename``, wallabag's export's ``published_at`` and
#: ``published_by`` (a list), Diffbot's ``pageUrl`` and ``siteName``, Media Cloud's
#: ``stories_id`` (the story's id in Media Cloud, which the page's id then is),
#: ``publish_date`` and ``media_name``,
#: a blog platform's or a headless CMS's ``published_at`` (Ghost's), a CMS node's
#: ``created`` (Drupal's: the date the node was authored on, read last),
#: a news API's or a Google News reader's ``publisher`` (text) and ``source.name`` /
#: ``publisher.title`` (an object flattened), and :data:`PUBLISHER_OBJECTS`; schema.org's
#: names as an extraction API's article gives them (Zyte API's ``article``: ``headline``,
#: ``articleBody``, ``articleBodyHtml``, ``datePublished``, ``canonicalUrl``, h390);
#: trafilatura's ``--json`` output's own names (its metadata's ``sitename`` written as
#: ``source-hostname``, the address as ``source``, read only when it is an absolute
#: ``http(s)`` address, and the publication day as ``date``, read last; its
#: ``filedate`` is the day of the extraction, never read; h399);
#: goose3's ``cleaned_text`` (its ``article.infos`` saved as JSON) and the
#: ``article_body`` a Scrapy spider's item often names its text (h401).
COLUMN_ALIASES = {
    "id": ("stories_id",),
    "url": ("pageUrl", "canonicalUrl", "source"),
    "html": ("articleBodyHtml",),
    "text": ("maintext", "article_text", "articleBody", "cleaned_text", "article_body"),
    "title": ("headline",),
    "published": (
        "date_publish",
        "publish_date",
        "date_published",
        "dateTimePub",
        "dateTime",
        "published_at",
        "created",
        "datePublished",
        "date",
    ),
    "byline": ("authors", "author", "published_by"),
    "outlet": (
        "sitename",
        "source-hostname",
        "siteName",
        "site_name",
        "media_name",
        "publisher",
        "source_name",
        "source.name",
        "source.title",
        "publisher.name",
        "publisher.title",
    ),
}
#: Columns whose value names the outlet only as an object with a ``name`` or ``title``
#: (a news API's ``source: {"id": ..., "name": ...}``, a Google News reader's
#: ``publisher: {"href": ..., "title": ...}``), read when no outlet column gives one. A
#: ``source`` written as text is not read: the column names the feed or the crawler a
#: row came from as often as its publisher.
PUBLISHER_OBJECTS = ("publisher", "source")
#: A one-article record file's fields holding the article when it has no text or html
#: field by any name above: Mercury Parser's and Readability.js's ``content`` (the
#: article as HTML, or as Markdown or text when the tool is asked for them) and
#: Readability's ``textContent``, a news API's ``body`` (an article's whole text); read
#: as HTML when the value opens with a tag (a
#: fragment: ``<div><p>...``) or looks like markup, else as text. A table's rows do not
#: read them: a news API's ``content`` column is a snippet clipped at some 200
#: characters ("... [+2140 chars]"), not a page.
RECORD_CONTENT_FIELDS = ("content", "textContent", "body")
#: The most objects of one key read through to the record they wrap (:func:`_unwrapped`).
MAX_WRAPPERS = 3
#: Columns naming a row's host (``www.example.fr``, or ``https://www.example.fr``) when
#: its ``url`` holds only the path, as an analytics tool's or a CMS's export splits the
#: address into a host and a page path: the URL is the two joined (:func:`_hosted_url`).
HOST_COLUMNS = ("domain", "host", "hostname")
_ALIAS_NAMES = (
    *(alias for aliases in COLUMN_ALIASES.values() for alias in aliases),
    *(name for name in PUBLISHER_OBJECTS if name not in COLUMN_ALIASES["outlet"]),
    *HOST_COLUMNS,
)
#: Parquet rows decoded at a time.
BATCH_ROWS = 256
#: Longest page id accepted, in characters.
MAX_ID_CHARS = 1_000


class PageTableError(AnalysisError):
    """The file is not a page table that can be read; names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class TableRow(NamedTuple):
    """One row of a page table: its number, and its record or why it cannot be one.

    ``name`` is what skipped.csv calls a row that is no record (``row N`` when None);
    a ``quiet`` one is listed there without a line of its own on stderr (a web
    archive's images and scripts, counted in one line instead).
    """

    row_no: int
    record: dict | None
    error: str | None = None
    name: str | None = None
    quiet: bool = False


class TablePage(NamedTuple):
    """A row checked for an id: what a worker needs to read and clean it."""

    row_no: int
    page_id: str
    record: dict


def read_page_table(path: str | Path, batch_rows: int = BATCH_ROWS) -> Iterator[TableRow]:
    """Every row of a Parquet or JSON Lines page table, in order, read in batches.

    Parameters
    ----------
    path : str or Path
        The table (``.parquet``/``.pq``, ``.jsonl``/``.ndjson`` or ``.csv``/``.tsv``), or
        a web archive (``.warc.gz``: :mod:`analysis.clean.web_archive`).
    batch_rows : int
        Parquet rows decoded at a time.

    Yields
    ------
    TableRow
        Each row's number and record (the known columns present), or the reason it is
        not a record (a JSON line that is not an object).

    Raises
    ------
    PageTableError
        The file cannot be opened or is not a table with the required columns.
    """
    path = Path(path)
    if is_web_archive(path):
        yield from web_archive_rows(path)
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _json_lines_rows(path)
        return
    if path.suffix.lower() in CSV_TABLE_SUFFIXES:
        yield from _csv_rows(path)
        return
    # Imported here: a worker reads rows already read (table_page), never the file.
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as err:
        raise PageTableError(path, f"cannot read as Parquet ({err})") from err
    names = set(table.schema_arrow.names)
    _check_columns(path, names)
    columns = [name for name in (*PAGE_TABLE_COLUMNS, *_ALIAS_NAMES) if name in names]
    numbered = names.isdisjoint(("id", *COLUMN_ALIASES["id"]))
    if numbered:
        _say_rows_are_numbered(path, "has no 'id' column")
    row_no = 0
    try:
        for batch in table.iter_batches(batch_size=batch_rows, columns=columns):
            for record in map(_with_aliases, batch.to_pylist()):
                row_no += 1
                if numbered:
                    record["id"] = row_id(row_no)
                yield TableRow(row_no, record)
    except (OSError, pa.ArrowException) as err:
        raise PageTableError(path, f"cannot read the rows after row {row_no} ({err})") from err


def count_table_rows(path: str | Path) -> int | None:
    """How many rows a page table holds, read without its pages: a Parquet file's
    metadata, a JSON Lines file's lines that are not blank, a CSV file's rows
    (:func:`analysis.clean.csv_table.count_csv_rows`); None when the file cannot be read
    so (its rows then say why), and for a web archive (which pages it holds is known
    only once its records are read).

    Parameters
    ----------
    path : str or Path
        The table.

    Returns
    -------
    int or None
        The number of rows, an upper bound of the pages read from them.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(path)
    if is_web_archive(path):
        return None
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as lines:
                return sum(1 for line in lines if line.strip())
        if suffix in CSV_TABLE_SUFFIXES:
            return count_csv_rows(path)
        return pq.ParquetFile(path).metadata.num_rows
    except (OSError, ValueError, pa.ArrowException):
        return None


def record_row(data: bytes, name: str) -> TablePage | None:
    """A file holding one JSON object (an article's record, as news-please writes one
    per article) as a page table's one row, named by the file; None when the file is no
    such record (not JSON, not an object, or no text or html field, by its name, a
    scraper's (:data:`COLUMN_ALIASES`) or a reader tool's (:data:`RECORD_CONTENT_FIELDS`)).

    Parameters
    ----------
    data : bytes
        The file's content.
    name : str
        The file's name: the page's id.

    Returns
    -------
    TablePage or None
        Row 1 of a table holding the record's known columns.
    """
    try:
        record = _blocks_joined(json.loads(data))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    enveloped = None
    if (
        isinstance(record, dict)
        and _record_content(record) == {}
        and row_content(_with_aliases(record)) is None
    ):
        # a JSON:API response holding one article (a resource's attributes and the user
        # its 'included' list holds), read before an object's one list of one object is
        # taken for the record (its 'included' list of one user is no article)
        enveloped = enveloped_record(record)
    record = _blocks_joined(enveloped if enveloped is not None else _unwrapped(record))
    if not isinstance(record, dict):
        return None
    # a video downloader's record of one video (yt-dlp's NAME.info.json): its description;
    # a news app's article document (Apple News Format's article.json): its components
    record = video_record(record) or news_app_record(record) or record
    return one_record_row(record, name)


def one_record_row(record: dict, name: str) -> TablePage | None:
    """One article's record (a JSON file's object, a one-row CSV table's row) as a page
    table's one row, named by its file; None when no field holds its text or html (by
    its name, an alias, :data:`COLUMN_ALIASES`, or :data:`RECORD_CONTENT_FIELDS`).

    Parameters
    ----------
    record : dict
        The record's fields by name.
    name : str
        The id the row gets (its file's name).

    Returns
    -------
    TablePage or None
        Row 1, the record's known columns (aliases read as their columns' names).
    """
    known = _with_aliases(record)
    if row_content(known) is None:
        known |= _record_content(record)
    if row_content(known) is None:
        return None
    known["id"] = name
    return TablePage(1, name, known)


def _blocks_joined(record: object) -> object:
    """The record with a text field given as a list of strings (a Scrapy item's text, as
    its spider's selector got it: ``"body": ["First paragraph.", "Second ..."]``) given
    as those strings, one paragraph each (joined by a blank line); any other record as
    it is. Only the fields that hold an article's text by their name (``text``, its
    aliases, :data:`RECORD_CONTENT_FIELDS`) are joined: a list of authors or tags is not.

    >>> _blocks_joined({"title": "T", "body": ["One.", " ", "Two."]})["body"]
    'One.\n\nTwo.'
    >>> _blocks_joined({"body": [{"type": "p"}]})["body"]
    [{'type': 'p'}]
    """
    if not isinstance(record, dict):
        return record
    joined = dict(record)
    for field in ("text", *COLUMN_ALIASES["text"], *RECORD_CONTENT_FIELDS):
        value = record.get(field)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            blocks = [v.strip() for v in value if v.strip()]
            joined[field] = "\n\n".join(blocks) if blocks else None
    return joined


def _unwrapped(record: object) -> object:
    """The record an object of one key wraps, as an API's response keyed by the
    article's id or under one word gives it (a news-intelligence API's ``getArticle``:
    ``{"8144712031": {"info": {...}}}``, h360), or a list of one object holds (a
    read-later app's export of one saved article, as wallabag's JSON export: ``[{"title":
    ..., "content": "<p>..."}]``), or, in an object holding no article itself, its one
    list of one object (an extraction API's response: Diffbot's ``{"request": {...},
    "objects": [{"type": "article", "text": ...}]}``, h378; a content API's list of one
    post: Ghost's ``{"posts": [{...}], "meta": {...}}``, h375), when that object holds an
    article itself, or its one object that does (an extraction API's response holding
    the article under a key beside the request's fields: Zyte API's ``{"url": ...,
    "statusCode": 200, "article": {"headline": ..., "articleBody": ...}}``, h390), at most
    :data:`MAX_WRAPPERS` deep; the record itself when it is no such wrapper."""
    for _ in range(MAX_WRAPPERS):
        if isinstance(record, list):
            inner = record[0] if len(record) == 1 else None
        elif isinstance(record, dict) and len(record) == 1:
            inner = next(iter(record.values()))
        elif isinstance(record, dict) and not _holds_article(record):
            # only an article's own record: a video's one format ('formats': [{...}])
            # or one thumbnail is no wrapped article
            lists = [v for v in record.values() if isinstance(v, list) and v]
            one = lists[0][0] if len(lists) == 1 and len(lists[0]) == 1 else None
            if not (isinstance(one, dict) and _holds_article(one)):
                objects = [v for v in record.values() if isinstance(v, dict) and _holds_article(v)]
                one = objects[0] if len(objects) == 1 else None
            inner = one if isinstance(one, dict) and _holds_article(one) else None
        else:
            inner = None
        if not isinstance(inner, (dict, list)):
            break
        record = inner
    return record


def _holds_article(record: dict) -> bool:
    """Whether an object gives an article's text or markup by a field's name, an alias or
    a reader tool's field (:func:`record_row`'s fields)."""
    fields = (
        "html",
        "text",
        *COLUMN_ALIASES["html"],
        *COLUMN_ALIASES["text"],
        *RECORD_CONTENT_FIELDS,
    )
    return any(isinstance(record.get(f), str) and record[f].strip() for f in fields)


def _record_content(record: dict) -> dict[str, str]:
    """A record file's article from :data:`RECORD_CONTENT_FIELDS`, as its ``html`` or its
    ``text``; empty when none holds text."""
    for field in RECORD_CONTENT_FIELDS:
        value = field_markup(record.get(field))  # a formatted text's object: its markup
        if isinstance(value, str) and value.strip():
            markup = value.lstrip().startswith("<") or looks_like_html(value)
            return {"html" if markup else "text": value}
    return {}


def row_id(row_no: int) -> str:
    """The id of a row that gives none: its number (``row-12``).

    Parameters
    ----------
    row_no : int
        The row's number (from 1: a Parquet file's data row, a JSON Lines file's line).

    Returns
    -------
    str
        ``row-`` and the number.
    """
    return f"row-{row_no}"


def _say_rows_are_numbered(path: Path, why: str) -> None:
    logger.warning("%s %s: its rows are named by their number (row-1, row-2, ...)", path, why)


def _check_columns(path: Path, names: set[str]) -> None:
    if not names & {"html", "text", *COLUMN_ALIASES["text"]}:
        raise PageTableError(path, f"no 'html' or 'text' column (columns: {sorted(names)})")


def _with_aliases(record: dict) -> dict:
    """The record's known columns, a column read from its alias when its own name is
    absent (:data:`COLUMN_ALIASES`), a list of names (``authors``) as one byline."""
    known = {name: record[name] for name in PAGE_TABLE_COLUMNS if name in record}
    for column, aliases in COLUMN_ALIASES.items():
        if known.get(column) is None:
            given = next((record[a] for a in aliases if _alias_value(record.get(a), column)), None)
            if given is not None:
                known[column] = given
    if isinstance(known.get("outlet"), dict) or known.get("outlet") is None:
        named = (_object_name(record.get(name)) for name in PUBLISHER_OBJECTS)
        known["outlet"] = next((name for name in named if name), None)
        if known["outlet"] is None:
            del known["outlet"]
    byline = known.get("byline")
    if isinstance(byline, (list, tuple)):  # names, or people's objects ({"name": ...})
        named = (_object_name(name) if isinstance(name, dict) else name for name in byline)
        byline = [name for name in named if name is not None]
    if isinstance(byline, (list, tuple)) and all(isinstance(name, str) for name in byline):
        known["byline"] = ", ".join(name.strip() for name in byline if name.strip()) or None
    if (hosted := _hosted_url(known.get("url"), record)) is not None:
        known["url"] = hosted
    if isinstance(title := known.get("title"), str):
        # "HEADLINE – Site" beside a crawler's "softTitle": "HEADLINE" (Apify's)
        known["title"] = suffix_free_title(record, " ".join(title.split()))
    return known


def _hosted_url(url: object, record: dict) -> str | None:
    """The row's URL when ``url`` is a path alone ("/news/story.html") and a
    :data:`HOST_COLUMNS` column names the host (a word without spaces): the host, with
    ``https://`` when it gives no scheme, then the path; else None (the URL as given).

    >>> _hosted_url("/news/a-story.html", {"domain": "www.example.fr"})
    'https://www.example.fr/news/a-story.html'
    >>> _hosted_url("/news/a-story.html", {"domain": "Example News"}) is None
    True
    """
    if not isinstance(url, str) or not url.strip().startswith("/") or url.strip()[1:2] == "/":
        return None
    for column in HOST_COLUMNS:
        host = record.get(column)
        if isinstance(host, str) and host.strip() and not any(c.isspace() for c in host.strip()):
            host = host.strip().rstrip("/")
            return f"{host if '://' in host else 'https://' + host}{url.strip()}"
    return None


def _alias_value(value: object, column: str = "") -> bool:
    """Whether an alias column's value is given: not None, and not an object (read, for
    the outlet, by :func:`_object_name`); for the ``url`` column an absolute ``http(s)``
    address (trafilatura's ``source``; a feed's or a crawler's ``source`` names no page)."""
    if column == "url":
        return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))
    return value is not None and not isinstance(value, dict)


def _object_name(value: object) -> str | None:
    """The ``name`` (else ``title``) text of an object naming a publisher, else None."""
    if not isinstance(value, dict):
        return None
    for field in ("name", "title"):
        if isinstance(name := value.get(field), str) and name.strip():
            return name
    return None


def _csv_rows(path: Path) -> Iterator[TableRow]:
    """The rows of a CSV page table (:func:`analysis.clean.csv_table.csv_records`)."""
    text_columns = ("html", "text", *COLUMN_ALIASES["text"])
    numbered = False
    try:
        for row_no, record, error in csv_records(path, text_columns):
            if record is None:
                yield TableRow(row_no, None, error)
                continue
            # a video downloader's line (yt-dlp --dump-json): its description is the text
            record = video_record(record) or record
            known = _with_aliases(undecoded_as_bytes(record))
            if "id" not in known:
                if not numbered:
                    _say_rows_are_numbered(path, "has no 'id' column")
                    numbered = True
                known["id"] = row_id(row_no)
            yield TableRow(row_no, known)
    except OSError as err:
        raise PageTableError(path, f"cannot read ({err.strerror or err})") from err
    except ValueError as err:
        hint = (
            "; a table of page metadata (file, url, outlet, published) is given with "
            "--manifest beside a folder of pages"
        )
        raise PageTableError(path, f"{err}{hint * ('no ' in str(err))}") from err


def undecoded_as_bytes(record: dict) -> dict:
    """A record read from a line or a cell that is not all UTF-8 (its other bytes kept as
    lone surrogates, ``surrogateescape``), with those values read as bytes are: the
    ``html`` or ``text`` back as bytes, decoded later as a file's bytes are (BOM, UTF-8,
    detection: :func:`analysis.clean.read.decode_page_bytes`); another text value (a
    title, an outlet) decoded in the encoding detected for all the row's such values
    together (a short value alone is too little to tell cp1252 from Mac Roman). A record
    without such a value is returned as it is.

    Parameters
    ----------
    record : dict
        Column -> value, as read.

    Returns
    -------
    dict
        The record, its undecoded values so read.
    """
    undecoded = {
        column: value.encode("utf-8", "surrogateescape")
        for column, value in record.items()
        if isinstance(value, str) and _LONE_SURROGATE.search(value)
    }
    if not undecoded:
        return record
    encoding = detect_legacy_encoding(b"\n".join(undecoded.values())) or "cp1252"
    out = dict(record)
    for column, data in undecoded.items():
        is_page = column in ("html", "text", *COLUMN_ALIASES["text"])
        out[column] = data if is_page else data.decode(encoding, "replace")
    return out


#: A character ``surrogateescape`` stands for an undecodable byte with.
_LONE_SURROGATE = re.compile("[\udc80-\udcff]")


def _json_lines_rows(path: Path) -> Iterator[TableRow]:
    try:
        lines = path.open("rb")
    except OSError as err:
        raise PageTableError(path, f"cannot read ({err.strerror or err})") from err
    numbered = False
    with lines:
        for row_no, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                # a line holding bytes of another encoding is read too, those bytes kept
                record = json.loads(line.decode("utf-8", "surrogateescape"))
            except json.JSONDecodeError as err:
                yield TableRow(row_no, None, f"not JSON ({err.msg})")
                continue
            if not isinstance(record, dict):
                yield TableRow(row_no, None, "not a JSON object")
                continue
            # a video downloader's line (yt-dlp --dump-json): its description is the text
            record = video_record(record) or record
            known = _with_aliases(undecoded_as_bytes(record))
            if "id" not in known:
                if not numbered:
                    _say_rows_are_numbered(path, f"line {row_no} has no 'id'")
                    numbered = True
                known["id"] = row_id(row_no)
            yield TableRow(row_no, known)


def page_id(record: dict) -> str:
    """The row's page id as text.

    Parameters
    ----------
    record : dict
        One row of the table, column -> value.

    Returns
    -------
    str
        The ``id`` column; an integer id as its decimal digits.

    Raises
    ------
    ValueError
        No id, an id that is neither text nor an integer, empty, too long, or holding
        control characters.
    """
    value = record.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise ValueError("no id" if value is None else f"id must be text, not {value!r}")
    if not value.strip():
        raise ValueError("empty id")
    if len(value) > MAX_ID_CHARS:
        raise ValueError(f"id of {len(value)} characters, over the {MAX_ID_CHARS} maximum")
    if any(ord(char) < 32 or 0x7F <= ord(char) <= 0x9F for char in value):
        raise ValueError(f"id {value!r} holds control characters")
    return value


class UniqueIds:
    """Remembers the ids seen (as hashes with their row), to refuse a repeat.

    Parameters
    ----------
    digest_size : int
        Bytes of the BLAKE2b hash kept per id (8 for ids; 16 for page contents, where a
        collision would drop a page).
    """

    def __init__(self, digest_size: int = 8) -> None:
        self._rows: dict[bytes, int] = {}
        self._digest_size = digest_size

    def first_row(self, page_id: str, row_no: int) -> int | None:
        """The row that had ``page_id`` before; None (and remember it) if it is new.

        Parameters
        ----------
        page_id : str
            A row's id (compared by a hash of its UTF-8 bytes).
        row_no : int
            The row's number, remembered when the id is new.

        Returns
        -------
        int or None
            The earlier row's number.
        """
        data = page_id.encode("utf-8", "surrogatepass")
        key = hashlib.blake2b(data, digest_size=self._digest_size).digest()
        first = self._rows.get(key)
        if first is None:
            self._rows[key] = row_no
        return first


def row_content(record: dict) -> tuple[str, str] | None:
    """The column a row is read from and its page (``html`` wins); None when neither has one.

    Two rows with the same content are one page: ``clean`` reads the first and lists
    the others in skipped.csv, as it does for a folder's files of the same bytes
    (:mod:`analysis.clean.duplicates`).

    Parameters
    ----------
    record : dict
        One row of the table; a blank or non-text value counts as none.

    Returns
    -------
    tuple of str or None
        ``(column, content)``.
    """
    for column in ("html", "text"):
        value = record.get(column)
        if isinstance(value, bytes) and value.strip():
            return column, value.decode("latin-1")  # the bytes, one character each
        if isinstance(value, str) and value.strip():
            return column, value
    return None


def table_page(path: Path, row: TablePage) -> tuple[Page, ManifestEntry]:
    """Read one row as a Page, with its manifest columns as a ManifestEntry.

    Parameters
    ----------
    path : Path
        The page table, named in errors as ``NAME, row N``.
    row : TablePage
        The row, with its number and id.

    Returns
    -------
    page : Page
        The row's text or HTML read as a page named by the row's id.
    entry : ManifestEntry
        The row's url, outlet, published, title and byline.

    Raises
    ------
    PageReadError
        The row has no text or HTML, a value of the wrong type, a bad URL or date, or a
        page that cannot be read; the reason starts with the row number.
    """
    shown = f"{path.name}, row {row.row_no}"
    try:
        entry = entry_from_record(path, row.row_no, _manifest_record(row))
    except ManifestError as err:
        raise PageReadError(shown, f"row {row.row_no}: {err.reason}") from err
    markup, text = row.record.get("html"), row.record.get("text")
    is_html = isinstance(markup, (str, bytes)) and bool(markup.strip())
    content = markup if is_html else text
    if isinstance(content, bytes) and content.strip():
        # a binary column (pages of unknown encoding, as WARC-derived tables store
        # them): decoded by the rules a file's bytes are (BOM, UTF-8, detection)
        data = content
    elif not isinstance(content, str) or not content.strip():
        raise PageReadError(shown, f"row {row.row_no}: no text or html")
    else:
        if "\x00" in content:
            # a text column, not a file's bytes: "binary file" would mislead (h269)
            raise PageReadError(
                shown,
                f"row {row.row_no}: its {'html' if is_html else 'text'} holds NUL characters"
                " (U+0000), which no page's text has: remove them to read the row",
            )
        if not is_html and looks_like_html(content):
            raise PageReadError(
                shown,
                f"row {row.row_no}: the text column holds HTML (put it in the html column)",
            )
        try:
            data = content.encode("utf-8")
        except UnicodeEncodeError as err:
            raise PageReadError(shown, f"row {row.row_no}: text that is not Unicode") from err
    try:
        page = page_from_bytes(data, row.page_id, shown, html=is_html)
    except PageReadError as err:
        raise PageReadError(shown, f"row {row.row_no}: {err.reason}") from err
    return page, entry


def without_unreadable_date(path: Path, row: TablePage) -> tuple[TablePage, str | None]:
    """The row with its ``published`` left out when that value holds no date (or two), and
    the warning naming the row; the row as it is otherwise.

    As in a manifest (:func:`analysis.clean.manifest.load_manifest`), one bad date cell
    does not drop the row's page: its date is read from the page. Any other bad value is
    left for :func:`table_page` to refuse.

    Parameters
    ----------
    path : Path
        The page table, named in the warning.
    row : TablePage
        A row given its id.

    Returns
    -------
    tuple of (TablePage, str or None)
        The row to clean, and the warning (None when the date is good or absent).
    """
    try:
        entry_from_record(path, row.row_no, _manifest_record(row))
    except UnreadableDateError as err:
        record = {**row.record, "published": None}
        named = None if row.page_id == row_id(row.row_no) else row.page_id
        return row._replace(record=record), unreadable_date_note(err, named)
    except ManifestError:
        pass  # refused, naming the row, when the row is read (table_page)
    return row, None


def _manifest_record(row: TablePage) -> dict[str, object]:
    """The row's manifest columns, a Parquet date or timestamp as ISO text."""
    record: dict[str, object] = {"file": row.page_id}
    for column in MANIFEST_COLUMNS[1:]:
        value = row.record.get(column)
        if isinstance(value, dt.datetime):
            value = value.date().isoformat()
        elif isinstance(value, dt.date):
            value = value.isoformat()
        record[column] = value
    return record
