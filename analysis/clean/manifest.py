"""The page manifest: what the researcher knows about where each raw page came from.

``python -m analysis clean RAW_DIR --manifest FILE`` (default ``RAW_DIR/manifest.csv``
when that file exists) reads a CSV file, or a JSON Lines file (``.jsonl``/``.ndjson``),
with one row per page:

==========  ===============================================================
column      meaning
==========  ===============================================================
file        the page's file name in RAW_DIR (required); a page of a subfolder
            read by ``clean --recursive``: its path in RAW_DIR, ``/`` between
            the folders (``2026-12-03/harbour/story.txt``)
url         the page's address (``http``/``https``); its registered domain is
            the outlet's identity (see :mod:`analysis.clean.outlet`); an address
            written without its scheme, as a browser's address bar shows it
            (``www.example.com/news/story``, ``gov.example/news``: a host of a
            listed public suffix first), is read as ``https``; a browser's
            address for its own view of a page, ``view-source:URL`` or Firefox's
            Reader View ``about:reader?url=URL``, as the page's URL
outlet      the outlet's name
published   publication date: ``yyyy-mm-dd``, an ISO date-time, or one date as
            pages print it (``March 3, 2026``, ``Tue, 03 Mar 2026 10:00 GMT``)
title       the article's headline
byline      its author(s)
==========  ===============================================================

Every column but ``file`` may be missing or empty. Values given win over what is
detected in the page; a page without a row falls back to detection. The manifest file
itself is not read as a page. A manifest with a row naming a file that is not in
RAW_DIR, two rows for one file, an unparseable URL, or an unknown column is refused
with a :class:`~analysis.errors.ManifestError` naming the file, the row and the reason
(rows are numbered as a spreadsheet shows them: the CSV header is row 1). A
``published`` value holding no date, or two, is refused the same way, except by
``clean``, which warns naming the row and reads that page's date from the page.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from analysis.clean.csv_table import header_separator
from analysis.clean.dates import find_dates
from analysis.clean.edition_label import without_edition_label
from analysis.clean.feed_titles import feed_site_name
from analysis.clean.mojibake import repair_mojibake
from analysis.clean.public_suffix import domain_and_suffix
from analysis.errors import ManifestError

#: The file a raw folder's manifest is read from when ``--manifest`` is not given.
DEFAULT_MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("file", "url", "outlet", "published", "title", "byline")
#: Largest manifest read, in bytes (a manifest of a million pages is well under this).
MAX_MANIFEST_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class ManifestEntry:
    """One page's manifest row; None for a value not given."""

    file: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    byline: str | None = None
    #: Set by :func:`analysis.clean.manifest_outlets.join_short_forms`, never read from
    #: the file: ``outlet`` is a short form of the name the manifest gives the URL's
    #: domain on other rows, so the row is keyed by the domain.
    outlet_of_url: bool = False
    #: Set by :func:`analysis.clean.manifest_outlets.join_short_forms`: the manifest gives
    #: ``outlet`` to rows of two or more registered domains, or only to rows without a URL,
    #: so every row of that name is keyed by the name (one outlet, whatever the domain).
    outlet_by_name: bool = False
    #: Set by :func:`analysis.clean.manifest_outlets.join_short_forms`: ``outlet`` is a
    #: company's name (a legal form, or the name the manifest writes elsewhere with one):
    #: the page's publisher, not its site, so a row with a URL is filed as the URL's page.
    outlet_is_company: bool = False


#: The columns whose text is shown as written (an outlet's name, a headline, a byline):
#: their mojibake (UTF-8 read as cp1252, once or twice) is undone as a page's is
#: (:func:`analysis.clean.mojibake.repair_mojibake`).
REPAIRED_COLUMNS = ("outlet", "title", "byline")


class UnreadableDateError(ManifestError):
    """A manifest's ``published`` value that holds no date, or two."""


def load_manifest(
    path: str | Path, raw_files: set[str] | None = None, notes: list[str] | None = None
) -> dict[str, ManifestEntry]:
    """Read and check a manifest.

    Parameters
    ----------
    path : str or Path
        A ``.csv`` file, or a ``.jsonl``/``.ndjson`` file (one JSON object per line).
    raw_files : set of str, optional
        The names of the raw pages; a row naming another file is an error.
    notes : list of str, optional
        When given, a ``published`` value that is no date does not stop the manifest:
        the row's date is left to the page, and a warning naming the row is appended
        here (one bad cell never stops a batch).

    Returns
    -------
    dict of str to ManifestEntry
        One entry per file name.

    Raises
    ------
    ManifestError
        Unreadable file, unknown column, missing ``file``, a file not among
        ``raw_files``, a repeated file, a bad URL or date; naming the row.
    """
    path = Path(path)
    entries: dict[str, ManifestEntry] = {}
    first_row: dict[str, int] = {}
    names_by_form: dict[str, list[str]] | None = None
    for row_no, record in _records(path):
        unknown = sorted(set(record) - set(MANIFEST_COLUMNS))
        if unknown:
            raise ManifestError(
                path, row_no, f"unknown column(s) {unknown}; known: {list(MANIFEST_COLUMNS)}"
            )
        try:
            entry = _entry(path, row_no, record)
        except UnreadableDateError as err:
            if notes is None:
                raise
            notes.append(unreadable_date_note(err))
            entry = _entry(path, row_no, {**record, "published": None})
        if raw_files is not None and entry.file not in raw_files:
            if names_by_form is None:
                names_by_form = _names_by_form(raw_files)
            named = names_by_form.get(_name_form(entry.file), [])
            if len(named) != 1:
                raise ManifestError(
                    path,
                    row_no,
                    f"file {entry.file!r} is not in the raw folder{_hint(entry.file, raw_files)}",
                )
            entry = replace(entry, file=named[0])
        if entry.file in first_row:
            raise ManifestError(
                path, row_no, f"file {entry.file!r} repeats row {first_row[entry.file]}"
            )
        first_row[entry.file] = row_no
        entries[entry.file] = entry
    return entries


def _name_form(name: str) -> str:
    """A file name as a spreadsheet may have retyped it: its runs of whitespace one space,
    NFC-normalized (macOS writes an accented file name decomposed, NFD)."""
    return unicodedata.normalize("NFC", " ".join(name.split()))


def _names_by_form(raw_files: set[str]) -> dict[str, list[str]]:
    """The raw folder's file names by :func:`_name_form`, in name order."""
    forms: dict[str, list[str]] = {}
    for name in sorted(raw_files):
        forms.setdefault(_name_form(name), []).append(name)
    return forms


def _hint(file: str, raw_files: set[str]) -> str:
    """What to look at when a row's file is not in the raw folder: a subfolder's page in
    a run without ``--recursive`` (no file of the folder is in a subfolder), else the
    folder's closest file name, if any is close."""
    if "/" in file and not any("/" in name for name in raw_files):
        return " (a subfolder's pages are read with clean --recursive)"
    close = difflib.get_close_matches(file, sorted(raw_files), n=1, cutoff=0.8)
    return f"; the closest name there: {close[0]!r}" if close else ""


def unreadable_date_note(err: UnreadableDateError, page_id: str | None = None) -> str:
    """The warning a ``published`` value that is no date gives: its row is read, its date
    left to the page (a manifest's row, a page table's).

    Parameters
    ----------
    err : UnreadableDateError
        The value's error, naming the file and the row.
    page_id : str, optional
        The page the row holds (a page table's ``id``), named after the row's number so
        that the user finds the row by the id they gave it (a row number counts from 1,
        a data frame's index from 0).

    Returns
    -------
    str
        ``warning: FILE, row N: published '...' is not a date ...: ignored, the date is
        read from the page``; with a page id, ``FILE, row N (id ID): ...``.
    """
    where = str(err)
    if page_id is not None and err.row is not None:
        where = f"{err.path}, row {err.row} (id {page_id}): {err.reason}"
    return f"warning: {where}: ignored, the date is read from the page"


def _records(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    """(row number, record) pairs of a CSV or JSON Lines manifest."""
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            raise ManifestError(path, None, f"over the {MAX_MANIFEST_BYTES}-byte maximum")
        text = path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise ManifestError(path, None, f"cannot read ({err.strerror or err})") from err
    except UnicodeDecodeError as err:
        raise ManifestError(
            path,
            None,
            f"not UTF-8 text (byte {err.start}): save it as UTF-8 (a spreadsheet's "
            "'CSV UTF-8' format)",
        ) from err
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _json_lines(path, text)
        return
    # csv reads the rows itself: a line break inside a quoted value stays in the value,
    # and only \n and \r end a row (str.splitlines also splits at U+2028, U+0085 ...)
    reader = _csv_reader(path, text)
    for record in reader:
        if None in record:
            raise ManifestError(path, reader.line_num, "more values than header columns")
        yield reader.line_num, dict(record)


def _csv_reader(path: Path, text: str) -> csv.DictReader[str]:
    """A reader of the manifest's rows, its header checked: separated as a spreadsheet
    separates (:func:`analysis.clean.csv_table.header_separator`: a comma, a semicolon
    where the decimal mark is a comma, a tab) by the separator whose header names a
    ``file`` column; a header naming none is refused, naming the columns it read."""
    found = header_separator(text.split("\n", 1)[0], {"file"})
    separator = found[0] if found else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=separator)
    if reader.fieldnames and "file" in reader.fieldnames:
        return reader
    read = list(csv.DictReader(io.StringIO(text, newline="")).fieldnames or [])
    shown = ", ".join(repr(name) for name in read[:8]) or "none"
    raise ManifestError(
        path, 1, f"the header has no 'file' column (columns read: {shown}; names are lower case)"
    )


def _json_lines(path: Path, text: str) -> Iterator[tuple[int, dict[str, object]]]:
    # one JSON value a line: only \n ends a line (JSON strings may hold U+2028 as is)
    for row_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise ManifestError(path, row_no, f"not JSON ({err.msg})") from err
        if not isinstance(record, dict):
            raise ManifestError(path, row_no, "not a JSON object")
        yield row_no, record


def _entry(path: Path, row_no: int, record: dict[str, object]) -> ManifestEntry:
    entry = entry_from_record(path, row_no, record)
    given = record.get("file")
    if isinstance(given, str) and given.strip() != entry.file:
        # a file name keeps its spaces as the folder writes them (a browser's "Save as"
        # keeps a title's double space: "polls  _ Site.html"); only its ends are trimmed
        entry = replace(entry, file=given.strip())
    parts = entry.file.split("/")
    if "\\" in entry.file or any(part in ("", ".", "..") for part in parts):
        raise ManifestError(
            path,
            row_no,
            f"file {entry.file!r} must be a file name, or a subfolder's page's path in the "
            "raw folder with '/' between its folders' names",
        )
    return entry


def entry_from_record(path: Path, row_no: int, record: dict[str, object]) -> ManifestEntry:
    """A checked ManifestEntry from one record (the file name is not checked as a name).

    Also used for the url / outlet / published / title / byline columns of a page table
    (analysis.clean.page_table), whose ``file`` is the row's id.

    Parameters
    ----------
    path : Path
        The manifest (or page table) file, named in errors.
    row_no : int
        The record's row number in that file, named in errors.
    record : dict of str to object
        Column -> value; missing columns and blank values become None.

    Returns
    -------
    ManifestEntry
        Values with their whitespace runs as single spaces, the mojibake of
        :data:`REPAIRED_COLUMNS` undone; ``published`` as ISO.

    Raises
    ------
    ManifestError
        A value that is not text, no file name, a bad URL or date; naming the row.
    """
    values: dict[str, str | None] = {}
    for column in MANIFEST_COLUMNS:
        value = record.get(column)
        if value is not None and not isinstance(value, str):
            raise ManifestError(path, row_no, f"{column} must be text, not {value!r}")
        value = " ".join(value.split()) if value and value.strip() else None
        if value and column in REPAIRED_COLUMNS:
            # an export's "ObamaÃ¢â‚¬â„¢s" is repaired as a page's text is (after the
            # whitespace: a U+0085 written as a line break stays a space)
            value = repair_mojibake(value)[0]
        if value and column == "outlet":
            value = feed_site_name(value)  # a feed's title: "Site » Section", "Site - RSS"
            value = without_edition_label(value)  # "Site e-Edition": the paper's name
        values[column] = value
    file = values["file"]
    if not file:
        raise ManifestError(path, row_no, "no file name")
    if values["url"]:
        values["url"] = with_scheme(viewed_url(values["url"]))
        parts = urlsplit(values["url"])
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ManifestError(path, row_no, f"url {values['url']!r} is not an http(s) URL")
    if values["published"]:
        values["published"] = _iso_date(path, row_no, values["published"])
    return ManifestEntry(**values)


#: The prefix a browser writes before the address of a page whose source it shows.
_VIEW_SOURCE = re.compile(r"^\s*view-source:", re.IGNORECASE)
_WEB_URL = re.compile(r"^https?://", re.IGNORECASE)


def viewed_url(url: str) -> str:
    """The page's address inside a browser's address for its own view of that page, as
    a researcher copies it from the address bar: the source view's ``view-source:URL``,
    and a browser page (a scheme that is not the web's, ``about:``, an extension's) that
    names the page it shows under a query parameter, as Firefox's Reader View does
    (``about:reader?url=https%3A%2F%2F...``); ``url`` unchanged otherwise.

    Parameters
    ----------
    url : str
        A manifest's URL value.

    Returns
    -------
    str
        The viewed page's address (decoded), or ``url``.

    Examples
    --------
    >>> viewed_url("view-source:https://www.example.com/news/story")
    'https://www.example.com/news/story'
    >>> viewed_url("about:reader?url=https%3A%2F%2Fwww.example.com%2Fnews%2Fstory")
    'https://www.example.com/news/story'
    """
    if _VIEW_SOURCE.match(url):
        return viewed_url(_VIEW_SOURCE.sub("", url, count=1))
    parts = urlsplit(url)
    if not parts.scheme or parts.scheme.casefold() in ("http", "https"):
        return url
    for _name, value in parse_qsl(parts.query):
        if _WEB_URL.match(value) and urlsplit(value).hostname:
            return value.strip()
    return url


def with_scheme(url: str) -> str:
    """``url`` with ``https://`` before it when it is written without a scheme, as a
    browser's address bar and a spreadsheet's pasted links show addresses
    (``www.example.com/news/story``, ``gov.example/news/story``).

    Parameters
    ----------
    url : str
        A manifest's or page table's URL value.

    Returns
    -------
    str
        ``https://`` + ``url`` when it holds no ``://``, no space, and opens with a host
        (up to the first ``/``, ``?`` or ``#``; a port after a ``:``) whose end is a
        suffix of the Public Suffix List (not ``story.html`` or ``localhost``);
        ``url`` unchanged otherwise.
    """
    if "://" in url or url.startswith("/") or any(char.isspace() for char in url):
        return url
    host = re.split(r"[/?#]", url, maxsplit=1)[0].rsplit(":", 1)[0]
    return f"https://{url}" if host and domain_and_suffix(host)[1] else url


def _iso_date(path: Path, row_no: int, value: str) -> str:
    """``yyyy-mm-dd`` of an ISO date or date-time, else of the one date the value holds
    as the page text reader reads dates ("March 3, 2026", "Tue, 03 Mar 2026 10:00:00
    GMT": :func:`analysis.clean.dates.find_dates`); the date as written, no time zone
    shift."""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    found = find_dates(value)
    if len(found) == 1:
        return found[0].iso
    readings = _two_orders(value)
    if readings is not None:
        raise UnreadableDateError(
            path,
            row_no,
            f"published {value!r} reads two ways, {readings[0]} (day first) or "
            f"{readings[1]} (month first; write dates yyyy-mm-dd)",
        )
    raise UnreadableDateError(
        path,
        row_no,
        f"published {value!r} is not a date (want yyyy-mm-dd, or one date as pages print "
        "it: March 3, 2026; 3 March 2026; 03.03.2026)",
    )


def _two_orders(value: str) -> tuple[str, str] | None:
    """The two days a numeric date such as ``03/12/2026`` may be (day first, month
    first), when it is one date read either way and the two differ; else None."""
    day_first = find_dates(value, day_first=True)
    month_first = find_dates(value, day_first=False)
    if len(day_first) != 1 or len(month_first) != 1 or day_first[0].iso == month_first[0].iso:
        return None
    return day_first[0].iso, month_first[0].iso


def manifest_path(raw_dir: Path, given: Path | None) -> Path | None:
    """The manifest to use: ``given``, else ``raw_dir/manifest.csv`` when it exists.

    Parameters
    ----------
    raw_dir : Path
        The folder of raw pages.
    given : Path or None
        A manifest named on the command line.

    Returns
    -------
    Path or None
        None when none is given and the default does not exist.
    """
    if given is not None:
        return Path(given)
    default = Path(raw_dir) / DEFAULT_MANIFEST_NAME
    return default if default.is_file() else None
