"""A web archive (WARC, or the older ARC) as ``clean``'s input: one page per captured page.

``newscompare clean CRAWL.warc.gz`` reads the archive a crawler wrote (wget
``--warc-file``, Browsertrix, Heritrix, Common Crawl, the Internet Archive) as a table of
pages (:mod:`analysis.clean.page_table`): each ``response`` (or ``resource``) record of a
successful capture whose media type is HTML or plain text is a row (and each
``conversion`` record of plain text: a Common Crawl WET file's text of a page), its HTTP payload the
row's ``html`` (or ``text``) and its ``WARC-Target-URI`` the row's ``url``, which files it
under its site (the manifest's meaning). The URL names the page in every table, as a
file name does for a folder. Rows are the archive's records numbered from 1 in file
order (a ``warcinfo`` record counts), so an error names ``CRAWL.warc.gz, row N``.

Every other capture is a row of ``skipped.csv`` naming its URL and why it is no page:
a redirect or an error status (the status and, for a redirect, where it leads), a
revisit record (a repeated capture stored as a pointer to an earlier one: the reason
names the capture read, or says why none is), another media
type (the images, scripts and styles a browser crawl holds by the thousand: listed
without a line each on stderr; one line counts them). ``request``, ``metadata`` and
``warcinfo`` records describe a capture, they hold none: counted in that line, not
listed. A record whose address is not http(s) is the crawler's own, not a captured page
(wget's ``metadata://`` log and arguments, Heritrix's ``dns:`` lookups, Browsertrix's
``urn:text:`` text of a page): listed, counted in that line, never read as a page; so is
a file a site publishes for programs at a path a standard fixes (``/robots.txt``,
``/ads.txt``, ``/.well-known/security.txt`` ...).
A later capture of a URL already read (the same page captured again, on another day) is
listed with both capture dates (``WARC-Date``): the first capture in the archive is the
page, so it counts once. A capture the crawler cut short (``WARC-Truncated``: Common
Crawl stops at 1 MiB, Heritrix and Browsertrix at their size or time limits) is listed,
not read: its text would be a part of the page's.

A response whose server named no media type is typed by the archive's
``WARC-Identified-Payload-Type`` (Common Crawl's, from the bytes), else read as HTML when
its bytes open as an HTML document (``<!DOCTYPE html``, ``<html``).

The payload is read as the server sent it, its transfer and content encodings undone
(warcio: chunked, gzip, deflate, brotli). Bytes that are UTF-8 are read as a saved
page's are; others in the charset the HTTP ``Content-Type`` declares, when it names one
that decodes them; else the encoding is detected as for a saved file
(:func:`analysis.clean.read.decode_page_bytes`). The archive is read record by record,
never whole. A file that is no web archive, or breaks off, is a
:class:`~analysis.clean.page_table.PageTableError` naming the record it stopped after.

A WACZ file (``CRAWL.wacz``, the zip Browsertrix writes) is read as the WARC files of
its ``archive/`` folder, in name order, rows numbered on from one file to the next (a
page captured in two of them counts once); its page list and indexes are not needed.

`warcio <https://github.com/webrecorder/warcio>`_ (Webrecorder) reads the format: the
record framing, WARC 1.0 / 1.1 and ARC, per-record gzip members and the HTTP codings.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import io
import logging
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from urllib.parse import urlsplit

from analysis.clean.read import MAX_PAGE_BYTES

if TYPE_CHECKING:
    from analysis.clean.page_table import TableRow

logger = logging.getLogger(__name__)

#: Media types read as a page: HTML (``html`` column) and plain text (``text``).
HTML_MEDIA_TYPES = ("text/html", "application/xhtml+xml")
TEXT_MEDIA_TYPES = ("text/plain",)
#: Records that hold a capture (the others describe one); a ``conversion`` record holds
#: a capture's text (a Common Crawl WET file's, the page's title line and text).
CAPTURE_RECORDS = ("response", "resource", "revisit", "conversion")


def web_archive_rows(path: Path) -> Iterator[TableRow]:
    """Every capture of a web archive as a page table's row, in file order.

    Parameters
    ----------
    path : Path
        A ``.warc`` / ``.warc.gz`` / ``.arc`` / ``.arc.gz`` / ``.wet.gz`` file, or a
        ``.wacz`` file (its WARC files, in name order).

    Yields
    ------
    analysis.clean.page_table.TableRow
        The record's number, and the row (``id``, ``url`` and ``html`` or ``text``) of
        a page, else the reason it is no page, the capture's URL as its name and
        ``quiet`` (listed in skipped.csv, counted in one line on stderr). An archive
        that breaks off (cut short, a record longer or shorter than it says) ends in a
        row saying where: the pages before it are read.

    Raises
    ------
    analysis.clean.page_table.PageTableError
        The file cannot be opened or does not open as a web archive.
    """
    from analysis.clean.page_table import PageTableError

    _use_brotli()
    kinds: Counter[str] = Counter()
    first_capture: dict[str, tuple[int, str]] = {}  # a page's URL: its row and capture date
    if path.name.lower().endswith(WACZ_SUFFIX):
        n_rows = yield from _wacz_rows(path, kinds, first_capture)
    else:
        n_rows = yield from _file_rows(
            functools.partial(path.open, "rb"), path, None, 0, kinds, first_capture
        )
    if n_rows == 0:
        raise PageTableError(path, "no record: the file is empty")
    logger.info("%s: %s", path.name, _summary(kinds))


#: A WACZ file's ending (Webrecorder's zip of a crawl: ``archive/*.warc.gz``,
#: ``pages/pages.jsonl``, ``datapackage.json``; Browsertrix writes one).
WACZ_SUFFIX = ".wacz"
#: The folder of a WACZ file that holds its WARC files, and their endings.
_WACZ_ARCHIVE_FOLDER = "archive/"
_WARC_MEMBER_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def _wacz_rows(
    path: Path, kinds: Counter[str], first_capture: dict[str, tuple[int, str]]
) -> Generator[TableRow, None, int]:
    """The rows of every WARC file a WACZ file holds (``archive/``, in name order: the
    order Browsertrix wrote them), numbered on from one file to the next; the number of
    rows. A WARC file in it that is no archive is a row saying so; the others are read."""
    from analysis.clean.page_table import PageTableError, TableRow

    try:
        wacz = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as err:
        raise PageTableError(path, f"not a readable WACZ file (a zip file: {err})") from err
    with wacz:
        members = sorted(
            name
            for name in wacz.namelist()
            if name.startswith(_WACZ_ARCHIVE_FOLDER)
            and name.lower().endswith(_WARC_MEMBER_SUFFIXES)
        )
        if not members:
            raise PageTableError(
                path, "a WACZ file without a WARC file in its archive/ folder: no capture"
            )
        row_no = 0
        for member in members:
            try:
                row_no = yield from _file_rows(
                    functools.partial(wacz.open, member),
                    path,
                    member,
                    row_no,
                    kinds,
                    first_capture,
                )
            except PageTableError as err:
                row_no += 1
                yield TableRow(row_no, None, f"{member}: {err.reason}", name=member)
            except (OSError, zipfile.BadZipFile) as err:  # a member the zip holds damaged
                row_no += 1
                reason = f"{member}: cannot read ({err}): its records are not read"
                yield TableRow(row_no, None, reason, name=member)
    return row_no


def _file_rows(
    open_raw: Callable[[], BinaryIO],
    path: Path,
    member: str | None,
    row_no: int,
    kinds: Counter[str],
    first_capture: dict[str, tuple[int, str]],
) -> Generator[TableRow, None, int]:
    """The rows of one WARC / ARC file (``member`` of a WACZ file, or the file itself),
    numbered on from ``row_no``; the number of the last row."""
    from warcio.archiveiterator import ArchiveIterator

    from analysis.clean.page_table import PageTableError, TableRow

    where = f"{member}: " if member else ""
    start = row_no
    with _open_archive(open_raw, path) as stream:
        archive = ArchiveIterator(stream, arc2warc=True)
        records, end, broken = iter(archive), 0, None
        while True:
            warcio_says, warned = io.StringIO(), archive.err_count
            try:
                with contextlib.redirect_stderr(warcio_says):  # its framing warnings
                    record = next(records, None)
                    if record is None:
                        break
                    row_no += 1
                    row, reason, kind = _capture_row(record)
                    archive.read_to_end()
                    end = archive.get_record_offset() + archive.get_record_length()
                said = warcio_says.getvalue() if archive.err_count > warned else ""
                broken = _broken_record(record, said)
            except Exception as err:  # warcio or gzip on a record cut short: any error
                broken = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
            if broken and row_no == start:
                raise PageTableError(path, f"not a readable web archive ({broken})")
            if broken:
                reason = (
                    f"{where}the archive breaks off here ({broken}): the records after it "
                    "are not read"
                )
                yield TableRow(row_no, None, reason, name=f"row {row_no}")
                break
            url = _target_uri(record)
            if row is not None and url in first_capture:
                row, reason, kind = (
                    None,
                    _repeat_reason(record, first_capture[url]),
                    "later capture",
                )
            elif row is not None:
                first_capture[url] = (row_no, _capture_date(record))
            elif kind == "revisit":
                reason = _revisit_reason(record, url, first_capture)
            kinds[kind] += 1
            if kind != _NO_CAPTURE:
                yield TableRow(row_no, row, reason, name=url or f"row {row_no}", quiet=row is None)
        if not broken and (tail := _broken_tail(stream, end)):
            reason = (
                f"{where}the archive breaks off here, after row {row_no} ({tail}): "
                "the records after it are not read"
            )
            row_no += 1
            yield TableRow(row_no, None, reason, name=f"row {row_no}")
    return row_no


_PAGE, _NO_CAPTURE = "page", "no capture"


def _broken_record(record: Any, warcio_says: str) -> str | None:
    """Why a record shows its archive broken (None when it is whole): warcio's warning
    (a record not followed by its blank lines: a wrong length), or a payload the file
    ends inside."""
    if warcio_says.strip():
        return " ".join(warcio_says.split())[:300]
    if not record.rec_type or record.length is None:
        return "a record header cut short (no WARC-Type or Content-Length)"
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        return f"the file ends {missing} bytes before this record's declared end"
    return None


def _broken_tail(stream: io.BufferedReader, end: int) -> str | None:
    """Why the bytes after offset ``end`` (the last whole record's end) show the archive
    cut short, None when they are only the blank lines that close a record (a record cut
    inside its header is passed over by warcio in silence)."""
    try:
        stream.read()
    except (OSError, EOFError, zlib.error) as err:
        return f"{type(err).__name__}: {err}"
    if stream.raw.cut:
        return "the file ends inside a gzip member"
    rest = stream.raw.tail(stream.tell() - end)
    if rest is None or rest.strip():
        return f"{stream.tell() - end} bytes follow its last whole record"
    return None


#: The blank lines that end a WARC record (an ARC record ends in one newline).
_RECORD_END = b"\r\n\r\n"
#: How a web archive opens: a WARC record's version line, an ARC file's version block.
_SIGNATURES = (b"WARC/", b"filedesc://")


def _open_archive(open_raw: Callable[[], BinaryIO], path: Path) -> io.BufferedReader:
    """The archive's bytes (``open_raw()``, of ``path``) as a stream
    (:class:`_ArchiveBytes`); a file that does not open as a web archive is refused
    (warcio reads any text as ARC records)."""
    from analysis.clean.page_table import PageTableError

    try:
        raw = open_raw()
    except OSError as err:
        raise PageTableError(path, f"cannot read ({err.strerror or err})") from err
    try:
        gzipped = raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        stream = io.BufferedReader(_ArchiveBytes(raw, gzipped), _CHUNK_BYTES)
        head = stream.peek(len(_SIGNATURES[-1]) + 64)
    except (OSError, EOFError, zlib.error) as err:
        raw.close()
        raise PageTableError(path, f"cannot read ({err})") from err
    if not head:
        stream.close()
        raise PageTableError(path, "no record: the file is empty")
    if not head.lstrip().startswith(_SIGNATURES):
        stream.close()
        raise PageTableError(
            path,
            "not a web archive (a WARC file opens with 'WARC/1.0' or 'WARC/1.1', an ARC "
            "file with 'filedesc://')",
        )
    return stream


#: Bytes read from the file at a time, and the last bytes read that are kept.
_CHUNK_BYTES = 64 * 1024


class _ArchiveBytes(io.RawIOBase):
    """An archive file's bytes, gunzipped member by member when gzipped (one member per
    record, or the whole file as one). Every byte before a gzip member cut short is
    read, then :class:`EOFError` says so (:mod:`gzip` raises before returning the bytes
    of the members before it; warcio's own reading stops in silence). At the end of such
    a file it ends as any file does, and :attr:`cut` says the last member was cut short.
    Keeps the last :data:`_CHUNK_BYTES` read (:meth:`tail`)."""

    def __init__(self, raw: BinaryIO, gzipped: bool) -> None:
        self._raw, self._gzipped = raw, gzipped
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._fed = False  # the current member has been given bytes
        self._pending = b""
        self._position = 0
        self._tail = bytearray()
        self.cut = False

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        self._raw.close()
        super().close()

    def tail(self, n_bytes: int) -> bytes | None:
        """The last ``n_bytes`` read, None when more than are kept."""
        return (
            bytes(self._tail[len(self._tail) - n_bytes :]) if n_bytes <= len(self._tail) else None
        )

    def readinto(self, buffer: Any) -> int:
        while not self._pending and self._fill():
            pass
        n_bytes = min(len(buffer), len(self._pending))
        if not n_bytes:
            return 0
        buffer[:n_bytes] = self._pending[:n_bytes]
        self._tail += self._pending[:n_bytes]
        del self._tail[: max(0, len(self._tail) - _CHUNK_BYTES)]
        self._pending = self._pending[n_bytes:]
        self._position += n_bytes
        return n_bytes

    def _fill(self) -> bool:
        """Decompress the next bytes of the file; False at its end."""
        chunk = self._raw.read(_CHUNK_BYTES)
        if not self._gzipped or not chunk:
            self._pending = chunk
            self.cut = self._gzipped and self._fed
            return bool(chunk)
        out = []
        while chunk:
            out.append(self._inflater.decompress(chunk))
            self._fed = True
            if not self._inflater.eof:
                break
            chunk = self._inflater.unused_data
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self._fed = False
        self._pending = b"".join(out)
        return True


class _BrotliDecompressor:
    """Google's ``brotli`` behind the interface warcio's readers call (zlib's:
    ``decompress``, ``flush``, ``unused_data``); warcio's own hook expects brotlipy."""

    unused_data = None

    def __init__(self) -> None:
        import brotli

        self._decompressor = brotli.Decompressor()

    def decompress(self, data: bytes) -> bytes:
        return self._decompressor.process(data)

    def flush(self) -> bytes:
        return b""


def _use_brotli() -> None:
    """Read ``Content-Encoding: br`` payloads (browser crawls store them as served)."""
    from warcio.bufferedreaders import BufferedReader

    BufferedReader.DECOMPRESSORS["br"] = _BrotliDecompressor


def _summary(kinds: Counter[str]) -> str:
    """``14 records: 3 pages read; no pages, listed in skipped.csv: 2 other media type,
    ...; 4 describing captures (request, metadata, warcinfo)``."""
    n_records = sum(kinds.values())
    listed = sorted(
        ((kind, n) for kind, n in kinds.items() if kind not in (_PAGE, _NO_CAPTURE)),
        key=lambda item: (-item[1], item[0]),
    )
    parts = [f"{n_records:,} records: {kinds[_PAGE]:,} pages read"]
    if listed:
        parts.append(
            "no pages, listed in skipped.csv: " + ", ".join(f"{n:,} {kind}" for kind, n in listed)
        )
    if kinds[_NO_CAPTURE]:
        parts.append(f"{kinds[_NO_CAPTURE]:,} describing captures (request, metadata, warcinfo)")
    return "; ".join(parts)


def _target_uri(record: Any) -> str | None:
    """The record's ``WARC-Target-URI`` (some writers wrap it in ``<>``), None without one."""
    value = record.rec_headers.get_header("WARC-Target-URI")
    if not value:
        return None
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1].strip()
    return value or None


def _capture_row(record: Any) -> tuple[dict | None, str | None, str]:
    """A record's row, or why it is no page; and the kind it counts as."""
    if record.rec_type not in CAPTURE_RECORDS:
        return None, None, _NO_CAPTURE
    url = _target_uri(record)
    if record.rec_type == "revisit":  # the reason: _revisit_reason, which knows the rows read
        return None, None, "revisit"
    if url is None:
        return None, "a capture without a WARC-Target-URI", "no URL"
    if not url.lower().startswith(_WEB_SCHEMES):
        reason = (
            "no captured web page, the crawler's own record (an address that is not http(s): "
            "its log or settings, a DNS lookup, a text it derived from a page)"
        )
        return None, reason, "crawler's own record"
    if (machine_file := _machine_file(url)) is not None:
        reason = (
            f"{machine_file}: a file a site publishes for crawlers and other programs "
            "(its rules, its ad sellers, its contacts), no page"
        )
        return None, reason, "site file for programs"
    if record.rec_type == "response":
        if record.http_headers is None:
            reason = "a response record without an HTTP response (not a page's capture)"
            return None, reason, "not HTTP"
        status = record.http_headers.get_statuscode() or ""
        if status != "200":
            return (
                None,
                _status_reason(status, record.http_headers),
                "not 200",
            )
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:  # a resource or conversion record: the payload itself, typed by the record
        content_type = record.rec_headers.get_header("Content-Type") or ""
    media_type, charset = _media_type(content_type)
    data = None
    if not media_type:  # the server named none: the archive's identification, else the bytes
        identified = record.rec_headers.get_header("WARC-Identified-Payload-Type") or ""
        media_type = _media_type(identified)[0]
        if not media_type:
            data = record.content_stream().read(MAX_PAGE_BYTES + 1)
            media_type = _sniffed_media_type(data)
    if media_type in HTML_MEDIA_TYPES:
        column = "html"
    elif media_type in TEXT_MEDIA_TYPES:
        column = "text"
    else:
        shown = media_type or "no media type (none declared, and no HTML document)"
        return None, f"{shown}, not a page", "other media type"
    truncated = (record.rec_headers.get_header("WARC-Truncated") or "").strip()
    if truncated:
        reason = (
            f"a capture the crawler cut short (WARC-Truncated: {truncated}): the page's "
            "text is incomplete, so its counts would be wrong"
        )
        return None, reason, "cut short by the crawler"
    if data is None:
        data = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        reason = f"a response over the {MAX_PAGE_BYTES}-byte maximum of a page"
        return None, reason, "too large"
    if not data.strip():
        return None, "an empty response", "empty"
    content: bytes | str = _declared_text(data, charset)
    return {"id": url, "url": url, column: content}, None, _PAGE


#: How the URL of a captured web page opens; other records are the crawler's own (wget's
#: ``metadata://`` log and arguments, Heritrix's ``dns:`` lookups, Browsertrix's
#: ``urn:text:`` text and ``urn:pageinfo:`` records).
_WEB_SCHEMES = ("http://", "https://")


#: The files a site publishes at fixed paths for crawlers and other programs, by the
#: standards that name them: robots.txt (RFC 9309), ads.txt and app-ads.txt (IAB Tech
#: Lab), security.txt (RFC 9116, at the root or under /.well-known/), humans.txt, llms.txt.
_MACHINE_FILES = (
    "/robots.txt",
    "/ads.txt",
    "/app-ads.txt",
    "/security.txt",
    "/.well-known/security.txt",
    "/humans.txt",
    "/llms.txt",
)


def _machine_file(url: str) -> str | None:
    """The file name when ``url`` is one of a site's :data:`_MACHINE_FILES`, else None."""
    path = urlsplit(url).path.lower()
    return path.rsplit("/", 1)[-1] if path in _MACHINE_FILES else None


def _capture_date(record: Any) -> str:
    """The record's ``WARC-Date`` (when it was captured), '' without one."""
    return (record.rec_headers.get_header("WARC-Date") or "").strip()


def _revisit_reason(record: Any, url: str | None, first_capture: dict[str, tuple[int, str]]) -> str:
    """Why a revisit record (a capture stored as a pointer to an earlier one with the same
    payload) is not read: the earlier capture read as the page (its row and date), else
    its media type is no page's, else the earlier capture is not in this archive."""
    earlier = record.rec_headers.get_header("WARC-Refers-To-Target-URI") or url
    on = f" on {date}" if (date := _capture_date(record)) else ""
    said = f"a revisit record (a capture of {earlier}{on}, stored as a pointer to an earlier one)"
    if earlier in first_capture:
        first_row, first_date = first_capture[earlier]
        first_on = f" on {first_date}" if first_date else ""
        return f"{said}: the capture of row {first_row}{first_on} is read, so the page counts once"
    headers = record.http_headers
    content_type = (headers.get_header("Content-Type") or "") if headers is not None else ""
    media_type = _media_type(content_type)[0]
    if media_type and media_type not in (*HTML_MEDIA_TYPES, *TEXT_MEDIA_TYPES):
        return f"{said}: {media_type}, not a page"
    return (
        f"{said}: the earlier capture is no page read from this archive (another archive of "
        "the crawl holds it: join them, cat *.warc.gz > crawl.warc.gz), so nothing is read"
    )


def _repeat_reason(record: Any, first: tuple[int, str]) -> str:
    """Why a later capture of a page's URL is not read: the first capture is."""
    first_row, first_date = first
    on = f" on {date}" if (date := _capture_date(record)) else ""
    first_on = f" on {first_date}" if first_date else ""
    return (
        f"a later capture of the same URL{on}: the first capture in the archive "
        f"(row {first_row}{first_on}) is read, so the page counts once"
    )


def _status_reason(status: str, headers: Any) -> str:
    """``HTTP 301 redirect to URL``, ``HTTP 404 response``: why a response is no page."""
    if status.startswith("3"):
        location = headers.get_header("Location")
        return f"HTTP {status} redirect" + (f" to {location}" if location else "") + ": no page"
    return f"HTTP {status or 'without a status'} response: no page"


def _media_type(content_type: str) -> tuple[str, str | None]:
    """The lower-cased media type of a Content-Type value, and its charset if named."""
    media_type, _, parameters = content_type.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media_type.strip().lower(), charset


#: How an HTML document opens (after a byte order mark and blank space), lower-cased.
_HTML_OPENINGS = (b"<!doctype html", b"<html")


def _sniffed_media_type(data: bytes) -> str:
    """``text/html`` when the bytes open as an HTML document, else ''."""
    head = data[:1024].removeprefix(codecs.BOM_UTF8).lstrip().lower()
    return HTML_MEDIA_TYPES[0] if head.startswith(_HTML_OPENINGS) else ""


def _declared_text(data: bytes, charset: str | None) -> bytes | str:
    """The payload as a table's ``html`` / ``text`` value: the bytes when they are UTF-8
    (or no charset decodes them: read then as a saved file's), else the text of the
    declared charset."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return data
    if charset:
        try:
            return data.decode(codecs.lookup(charset).name)
        except (LookupError, UnicodeDecodeError):
            pass
    return data
