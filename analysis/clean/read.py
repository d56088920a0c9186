"""Read raw page files: detect the encoding, decode, normalize (stage 1).

Decoding order (first rule that applies wins):

1. a byte-order mark: UTF-8 (``utf-8-sig``), UTF-32 LE/BE, UTF-16 LE/BE;
2. known binary signatures (images, PDF, archives) and NUL bytes are rejected, except
   that text whose NUL bytes sit in every other position is UTF-16 without a BOM; a
   Word document (``.docx``, whatever its name: a news database's export, often) is
   read as its paragraphs, one a line (:mod:`analysis.clean.word_document`, encoding
   ``docx``); so is an RTF document (:mod:`analysis.clean.rtf_document`, encoding
   ``rtf``; Factiva's default export); a Jupyter notebook (``.ipynb``) as the text it
   shows, its Markdown cells and printed outputs, its code neither run nor read
   (:mod:`analysis.clean.notebook_file`, encoding ``ipynb``);
3. bytes that are valid UTF-8 are UTF-8 (a legacy single-byte encoding almost never
   produces valid multi-byte UTF-8 by accident);
4. otherwise the legacy encoding is detected (:mod:`analysis.clean.legacy_encoding`):
   charset-normalizer's pick among the encodings browsers read web pages in, from the
   lines holding a byte outside ASCII; Windows-1252 (browsers' default for Western
   pages) when those lines read strictly less messy in it.

The decoded text is then checked and normalized before anything is measured:

- text with more than :data:`MAX_CONTROL_SHARE` control characters is binary;
- mojibake (text whose UTF-8 was decoded as Windows-1252 or another single-byte
  encoding and saved again: ``â€œ`` for a curly quote, ``Ã©`` for ``é``, or
  Windows-1252 read as Latin-1) is undone by ftfy (:mod:`analysis.clean.mojibake`),
  and the page's ``encoding`` then ends in :data:`MOJIBAKE_REPAIRED`;
- ``\\r\\n``, ``\\r``, vertical tab and form feed become ``\\n``; the remaining control
  characters (C0 and C1 except tab and line feed: bell, escape, DEL, ...) are removed,
  so no invisible code ends up in a title or body; the text is NFC-normalized;
- an HTML page saved with the HTTP response's status line and fields before it
  (``curl -i``) is read from its document (:mod:`analysis.clean.http_head`);
- an HTML document (a saved page rather than its text dump: it starts with a doctype or
  ``<html>``, or is dense with HTML tags) named as a text file is refused; a text dump
  that merely mentions a tag is read;
- a text dump's characters are made plain (:func:`plain_dump_text`,
  :mod:`analysis.clean.dump_text`): HTML character references decoded, Markdown's
  heading marks, ``**`` and link syntax taken off, no-break and fixed-width spaces as
  spaces, soft hyphens and zero-width spaces removed, the paragraphs of a hard-wrapped
  page joined.

The format follows the file name: ``.html``/``.htm`` files are HTML pages, rendered to
text and read for their article by :mod:`analysis.clean.html_page` (``Page.html``
holds what the markup says); what browsers save is read as the HTML page it holds, its
saved location the URL when the markup gives no canonical link: MHTML (``.mhtml``,
``.mht``: :mod:`analysis.clean.mhtml`) and Safari's ``.webarchive``
(:mod:`analysis.clean.webarchive`); an RSS or Atom feed (``.xml``, ``.rss``,
``.atom``) is read as a listing page, one card per item (:mod:`analysis.clean.feed_xml`;
an Excel 2003 XML spreadsheet is read as its rows, one tab-separated line each:
:mod:`analysis.clean.spreadsheet_xml`; an Evernote export (``.enex``) is a listing of its
notes: :mod:`analysis.clean.evernote_export`; another XML file is refused as no page); a
feed saved under a page's name (RSS, Atom
or JSON Feed in a ``.html`` or ``.txt`` file) is told by its content and read so too
(:mod:`analysis.clean.feed_content`); a data, log or program file
(:data:`NOT_PAGE_SUFFIXES`: ``.json``, ``.csv``, ``.log`` ...) is no page and is
skipped with that reason; every other file is a text dump. A further ``.gz`` (``page.html.gz``,
``page.txt.gz``) is gunzipped first, up to :data:`MAX_PAGE_BYTES`.

Every failure raises :class:`analysis.errors.PageReadError` naming the file and the
reason.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import unicodedata
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

from analysis.clean.asciidoc_text import plain_asciidoc
from analysis.clean.bbcode_text import plain_bbcode
from analysis.clean.bookmark_file import bookmark_document
from analysis.clean.capture_toolbar import drop_capture_toolbar
from analysis.clean.cell_lines import join_cell_lines
from analysis.clean.drop_caps import join_drop_caps, join_spaced_drop_caps
from analysis.clean.dump_text import (
    decode_references,
    drop_image_labels,
    drop_invisible,
    drop_link_addresses,
    drop_link_marks,
    join_hard_wraps,
    plain_markdown,
)
from analysis.clean.email_source import email_source_text
from analysis.clean.evernote_export import ENEX_SUFFIXES, enex_document
from analysis.clean.feed_content import saved_feed, story_document
from analysis.clean.feed_xml import FEED_SUFFIXES, feed_document, item_links, item_texts
from analysis.clean.flanked_headings import unflank_headings, unrule_headings
from analysis.clean.glued_byline import unglue_bylines, unglue_headline, unglue_run_on
from analysis.clean.html_cards import letters, marked_authors
from analysis.clean.html_libraries import HTML_SUFFIXES
from analysis.clean.html_page import (
    HtmlMetadata,
    date_printed_above_body,
    html_metadata,
    rendered_page,
)
from analysis.clean.html_story_table import html_story_table
from analysis.clean.http_head import is_fetched_document, without_http_head
from analysis.clean.latex_text import plain_latex
from analysis.clean.legacy_encoding import detect_legacy_encoding
from analysis.clean.line_numbers import drop_line_numbers
from analysis.clean.logseq_text import plain_logseq
from analysis.clean.mediawiki_text import plain_mediawiki
from analysis.clean.mhtml import MHTML_SUFFIXES, mhtml_document
from analysis.clean.mojibake import repair_mojibake
from analysis.clean.note_trailer import drop_note_trailer
from analysis.clean.notebook_file import NOTEBOOK_ENCODING, NOTEBOOK_SUFFIXES, notebook_text
from analysis.clean.org_text import plain_org
from analysis.clean.paragraph_marks import drop_paragraph_marks
from analysis.clean.printed_pages import join_printed_pages, split_counted_pages
from analysis.clean.rst_text import plain_rst
from analysis.clean.rtf_document import is_rtf_document, rtf_document_text
from analysis.clean.ruby_text import without_ruby_readings
from analysis.clean.saved_assets import saved_assets_reason
from analysis.clean.saved_document import PAGE_FORMATS, SavedDocument, saved_from_comment
from analysis.clean.script_data import with_script_data
from analysis.clean.source import (
    CSV_TABLE_SUFFIXES,
    JSONL_SUFFIXES,
    PARQUET_SUFFIXES,
    other_file_advice,
)
from analysis.clean.speech_log import plain_speech_log
from analysis.clean.spreadsheet_xml import is_spreadsheet_xml, spreadsheet_text
from analysis.clean.tab_rows import unstack_tab_rows
from analysis.clean.text_columns import unstack_columns
from analysis.clean.text_nodes import join_lone_by_words, join_text_nodes
from analysis.clean.typst_text import plain_typst
from analysis.clean.webarchive import WEBARCHIVE_SUFFIXES, webarchive_document
from analysis.clean.wire_frame import drop_wire_marks
from analysis.clean.word_document import is_word_document, word_document_text
from analysis.errors import PageReadError

#: File name endings of text dumps: a file so named is a text dump, and an HTML document
#: in it is refused. A file named otherwise (as its URL names it: ``story.php``,
#: ``story.aspx``, ``story.shtml``, ``story``, ``index.html?id=5``) is read as HTML
#: when its content is an HTML document (:func:`looks_like_html`), else as a text dump.
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")

#: File name endings of data, log and program files that crawlers and scrapers write
#: beside their pages (metadata sidecars, URL lists, crawl logs, WARC web archives), and
#: of what a desktop leaves in a folder of saved pages (a link to a page dragged from
#: the browser, ``.url`` / ``.webloc`` / ``.desktop``; Windows' ``desktop.ini``).
#: Such a file in the raw folder is listed as skipped, not read as a text dump: its
#: lines would become an article, and its name an outlet.
NOT_PAGE_SUFFIXES = (
    ".json",
    ".jsonl",
    ".ndjson",
    ".jl",
    ".csv",
    ".tsv",
    ".parquet",
    ".log",
    ".yaml",
    ".yml",
    ".warc",
    ".arc",
    ".wet",
    ".wat",
    ".wacz",
    ".js",
    ".css",
    ".py",
    ".url",
    ".webloc",
    ".desktop",
    ".ini",
)

#: How the name of the lock file Word or Excel (Microsoft Office) writes beside a document
#: open in it begins (``~$ticle.docx`` for ``Article.docx``); it holds the name of who
#: opened it, no text, and goes when the document is closed.
OFFICE_LOCK_PREFIX = "~$"

#: The skip reason of such a lock file (it was "binary file (contains NUL bytes)").
OFFICE_LOCK_REASON = (
    "a lock file an office program writes beside a document open in it (~$NAME), not "
    "a page: the document itself is read"
)

#: Largest page accepted, in bytes. Real page dumps are well under 1 MB; a file this big
#: is almost certainly not a page, and decoding it would dominate memory.
MAX_PAGE_BYTES = 50 * 1024 * 1024

#: Share of control characters (other than tab and line breaks) above which decoded text
#: is treated as binary.
MAX_CONTROL_SHARE = 0.10

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # must precede UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"\x7fELF", "executable"),
)

#: What to do with a binary file that holds a page's text in another form.
_BINARY_ADVICE = {
    "PDF document": (
        "convert it to text (pdftotext FILE.pdf, poppler-utils) and clean the text file, "
        "which is read page by page (running heads and feet once)"
    ),
    "ZIP archive": (
        "an archive is not opened: unpack it into the folder (its pages are then read "
        "as the others are, with --recursive when it holds folders)"
    ),
}

# Unicode category Cc without tab, line feed, vertical tab, form feed and carriage return:
# counted to tell binary data from text.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Every control character but tab and line feed: removed from the text.
_REMOVED_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|span|p|a|script|style|meta|link|table|tr|td|ul|ol|li|nav"
    r"|article|section|header|footer|h[1-6]|br|img|form|input|iframe)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
#: A text is HTML when it holds this many HTML tags and they make up this share of it.
HTML_MIN_TAGS = 20
HTML_MIN_TAG_SHARE = 0.10

#: The ``encoding`` of a page read from a Word document (its XML is UTF-8 or UTF-16,
#: which the XML parser decodes).
WORD_DOCUMENT_ENCODING = "docx"
#: The ``encoding`` of a page read from an RTF document (its code pages are the
#: document's own: :mod:`analysis.clean.rtf_document`).
RTF_DOCUMENT_ENCODING = "rtf"
#: The ``encoding`` of a page that is an e-mail message's source (its parts' charsets
#: and transfer encodings undone: :mod:`analysis.clean.email_source`).
EMAIL_SOURCE_ENCODING = "email"
#: The ``encoding`` of a page read from an Excel 2003 XML spreadsheet (its rows as a
#: tab-separated table: :mod:`analysis.clean.spreadsheet_xml`; the XML parser decodes).
SPREADSHEET_XML_ENCODING = "spreadsheetml"

#: Added to a page's encoding when its text was decoded twice and repaired
#: (:mod:`analysis.clean.mojibake`): ``utf-8; mojibake repaired``.
MOJIBAKE_REPAIRED = "; mojibake repaired"


@dataclass(frozen=True)
class Page:
    """One raw page, decoded.

    Attributes
    ----------
    name : str
        The file name (no folder), used as the page id in every table.
    text : str
        NFC-normalized text with ``\\n`` line endings.
    encoding : str
        The encoding the bytes were decoded from, followed by
        :data:`MOJIBAKE_REPAIRED` when the text was repaired.
    n_bytes : int
        Size of the file.
    html : HtmlMetadata or None
        For an HTML page, what its markup says (title, date, URL, main text, ...);
        None for a text dump.
    """

    name: str
    text: str
    encoding: str
    n_bytes: int
    html: HtmlMetadata | None = None


def read_page(path: str | Path, *, name: str | None = None, follow_symlinks: bool = True) -> Page:
    """Read and decode one raw page.

    The file is opened without blocking and must be a regular file (a FIFO, a device or
    a folder is refused, never waited on or read without end); at most
    :data:`MAX_PAGE_BYTES` bytes are read, whatever size the file claims.

    Parameters
    ----------
    path : str or Path
        The file.
    name : str, optional
        The page id; default the file's name (see :func:`display_name`).
    follow_symlinks : bool
        When False, a symbolic link is refused rather than followed (``clean`` reads
        entries that :func:`list_raw_folder` has checked, so a link swapped in since is
        not followed).

    Returns
    -------
    Page
        Its name, normalized text, detected encoding and size in bytes.

    Raises
    ------
    PageReadError
        The file is missing, unreadable, not a regular file, larger than
        :data:`MAX_PAGE_BYTES`, empty or whitespace-only, binary, or cannot be decoded.
    """
    path = Path(path)
    name = display_name(path.name) if name is None else name
    shown = path.parent / name.rsplit("/", 1)[-1]  # a subfolder's page: its path's name
    return page_from_bytes(read_file_bytes(path, shown, follow_symlinks), name, shown)


def read_file_bytes(path: Path, shown: str | Path, follow_symlinks: bool = True) -> bytes:
    """A regular file's bytes, read as :func:`read_page` reads a page: opened without
    blocking, at most :data:`MAX_PAGE_BYTES` bytes.

    Parameters
    ----------
    path : Path
        The file.
    shown : str or Path
        The file as named in error messages.
    follow_symlinks : bool
        When False, a symbolic link is refused rather than followed.

    Returns
    -------
    bytes
        The file's content.

    Raises
    ------
    PageReadError
        The file is missing, unreadable, not a regular file or too large.
    """
    try:
        flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow_symlinks else os.O_NOFOLLOW)
        fd = os.open(path, flags)
    except OSError as err:
        raise PageReadError(shown, f"cannot read file ({err.strerror or err})") from err
    try:
        return _read_regular_file(fd, shown)
    except OSError as err:
        raise PageReadError(shown, f"cannot read file ({err.strerror or err})") from err
    finally:
        os.close(fd)


def page_from_bytes(data: bytes, name: str, shown: str | Path, *, html: bool | None = None) -> Page:
    """A Page from a file's bytes: gunzipped for ``.gz``, rendered when HTML.

    A name ending in :data:`HTML_SUFFIXES` is an HTML page, one ending in
    :data:`TEXT_SUFFIXES` a text dump (but a crawler's response saved so, an HTTP head or a
    WARC record's and an HTTP head over markup, is its HTML page); any other name (a page
    saved as its URL names it, ``story.php``, ``story``) is an HTML page when its content
    is an HTML document.

    Parameters
    ----------
    data : bytes
        The file's content.
    name : str
        The page name (the file name) whose endings decide the format (see above).
    shown : str or Path
        The file as named in error messages.
    html : bool, optional
        The format when the name does not decide it (a row of a page table): True for
        an HTML page, False for a text dump; nothing is gunzipped then.

    Returns
    -------
    Page
        The page; ``Page.html`` holds an HTML page's metadata.

    Raises
    ------
    analysis.errors.PageReadError
        Bad or oversized gzip data, content :func:`decode_page_bytes` refuses, or an HTML
        page without visible text; naming ``shown``.
    """
    n_bytes = len(data)
    stem = name
    if html is None and stem.lower().endswith(".gz"):
        data, stem = gunzip_page(data, str(shown)), stem[:-3]
    if html is None and stem.lower().endswith(NOTEBOOK_SUFFIXES):
        # a Jupyter notebook: its Markdown cells and printed outputs (its code never run)
        text = normalize_text(notebook_text(data, shown))
        return Page(name, text_dump(text, str(shown)), NOTEBOOK_ENCODING, n_bytes)
    if html is None and is_spreadsheet_xml(data) and (sheet := spreadsheet_text(data)):
        # a sheet saved as Excel 2003 XML: its rows, read as the same sheet's CSV is
        return Page(
            name, text_dump(normalize_text(sheet), str(shown)), SPREADSHEET_XML_ENCODING, n_bytes
        )
    if html is None and (saved := _saved_document(data, stem, str(shown))) is not None:
        return _saved_page(saved, name, shown, n_bytes)
    if html is None and is_word_document(data):  # a news database's export, often
        text = normalize_text(word_document_text(data, str(shown)))
        if not text.strip():
            raise PageReadError(shown, "Word document without any text")
        return Page(name, text_dump(text, str(shown)), WORD_DOCUMENT_ENCODING, n_bytes)
    if html is None and is_rtf_document(data):  # Factiva's export, often
        text = normalize_text(rtf_document_text(data, str(shown)))
        if not text.strip():
            raise PageReadError(shown, "RTF document without any text")
        return Page(name, text_dump(text, str(shown)), RTF_DOCUMENT_ENCODING, n_bytes)
    if html is not True and (message := email_source_text(data)) is not None:
        # a newsletter's source ("Show original"): its text, not its wire encoding
        return Page(
            name, text_dump(normalize_text(message), str(shown)), EMAIL_SOURCE_ENCODING, n_bytes
        )
    if html is None and stem.lower().endswith(HTML_SUFFIXES):
        html = True
    elif html is None and stem.lower().endswith(TEXT_SUFFIXES):
        html = False
    if html is False:
        text, encoding = decode_page_bytes(data, str(shown), allow_html=True)
        if not is_fetched_document(text):
            return Page(
                name=name, text=text_dump(text, str(shown)), encoding=encoding, n_bytes=n_bytes
            )
        # a crawler's response (a WARC record's, curl -i's) saved as text: its HTML page
        return _html_page(without_http_head(text), encoding, name, shown, n_bytes)
    markup, encoding = decode_page_bytes(data, str(shown), allow_html=True)
    markup = without_http_head(markup)  # curl -i: the response's head before the document
    if html is None and not looks_like_html(markup):  # a text dump named as its URL
        return Page(name, text_dump(markup, str(shown)), encoding, n_bytes)
    return _html_page(markup, encoding, name, shown, n_bytes)


def _saved_document(data: bytes, stem: str, name: str) -> SavedDocument | None:
    """The HTML document of a saved MHTML, web archive or feed file; None for another."""
    for suffixes, reader in (
        (MHTML_SUFFIXES, mhtml_document),
        (WEBARCHIVE_SUFFIXES, webarchive_document),
        (FEED_SUFFIXES, feed_document),
        (ENEX_SUFFIXES, enex_document),
    ):
        if stem.lower().endswith(suffixes):
            return reader(data, name)
    # a feed saved under a page's name ("news.html", "feed.txt"), a bookmark export: its
    # content tells
    # a table of stories written as a page (pandas' to_html)
    return saved_feed(data, name) or bookmark_document(data) or html_story_table(data)


def json_listing_page(data: bytes, name: str, shown: str | Path) -> Page | None:
    """The listing page of a ``.json`` file that lists stories (a news API's response
    saved as ``curl URL > news.json`` writes it: NewsAPI's and GNews's ``articles``,
    Event Registry's ``articles.results``; a JSON Feed), read as the same JSON saved
    as text is (:func:`analysis.clean.feed_content.saved_feed`); None for any other
    JSON file (a crawler's sidecar, a settings file), which is no page.

    Parameters
    ----------
    data : bytes
        The file's content.
    name : str
        The page name (the file name).
    shown : str or Path
        The file as named in error messages.

    Returns
    -------
    Page or None
        The listing page, one card per story.

    Raises
    ------
    analysis.errors.PageReadError
        The listing's markup cannot be read as a page (:func:`_saved_page`).
    """
    saved = saved_feed(data, name) or story_document(data)
    return None if saved is None else _saved_page(saved, name, shown, len(data))


def saved_listing_page(saved: SavedDocument, name: str, shown: str | Path, n_bytes: int) -> Page:
    """The listing page a file's stories were written as (a folder's table of stories:
    :mod:`analysis.clean.story_table`), read as a saved feed's is.

    Parameters
    ----------
    saved : SavedDocument
        The listing's markup.
    name : str
        The page name (the file name).
    shown : str or Path
        The file as named in error messages.
    n_bytes : int
        The file's size.

    Returns
    -------
    Page
        The listing page, one card per story.

    Raises
    ------
    analysis.errors.PageReadError
        The listing's markup cannot be read as a page.
    """
    return _saved_page(saved, name, shown, n_bytes)


def _saved_page(saved: SavedDocument, name: str, shown: str | Path, n_bytes: int) -> Page:
    """The HTML page a saved-page file holds, its URL when the markup gives none."""
    data, encoding = saved.markup, None
    if saved.charset is not None:  # the file's declared charset, when Python knows it
        try:
            data = saved.markup.decode(saved.charset).encode("utf-8")
            encoding = codecs.lookup(saved.charset).name
        except (LookupError, UnicodeDecodeError):
            pass
    markup, detected = decode_page_bytes(data, str(shown), allow_html=True)
    page = _html_page(markup, encoding or detected, name, shown, n_bytes)
    if encoding is not None and detected.endswith(MOJIBAKE_REPAIRED):
        page = replace(page, encoding=encoding + MOJIBAKE_REPAIRED)
    if page.html is not None and page.html.url is None and saved.url is not None:
        page = replace(page, html=replace(page.html, url=saved.url))
    if page.html is not None and saved.listing:  # a feed's items, packed as cards or not
        authors = page.html.card_authors | marked_authors(markup)
        links = tuple((letters(title), link) for title, link in item_links(markup))
        html = replace(page.html, card_authors=authors, card_links=links)
        page = replace(page, html=with_item_texts(html, markup))
    return page


def with_item_texts(html: HtmlMetadata, markup: str) -> HtmlMetadata:
    """``html`` whose marks name the paragraphs of the stories' texts ``markup`` (a
    listing page the package wrote: :func:`analysis.clean.feed_xml.listing_html`) marks
    (:attr:`analysis.clean.markup_lines.MarkupLines.card_texts`).

    Parameters
    ----------
    html : HtmlMetadata
        The listing page's metadata, as read from ``markup``.
    markup : str
        The listing page's markup.

    Returns
    -------
    HtmlMetadata
        ``html``, its marks naming the texts (unchanged when the markup marks none).
    """
    texts = frozenset(letters(text) for text in item_texts(markup)) - {""}
    if not texts:
        return html
    return replace(html, markup_lines=replace(html.markup_lines, card_texts=texts))


def _html_page(markup: str, encoding: str, name: str, shown: str | Path, n_bytes: int) -> Page:
    """An HTML page read from its decoded markup (see :func:`page_from_bytes`)."""
    markup = without_ruby_readings(markup)  # a reading printed over a word is no word
    metadata = html_metadata(markup)
    if metadata.url is None:  # a saved page's own note of where it was saved from
        metadata = replace(metadata, url=saved_from_comment(markup))
    rendered = rendered_page(markup, metadata.body)
    text = rendered.text
    metadata = replace(
        metadata,
        card_dates=rendered.card_dates,
        card_sections=rendered.card_sections,
        card_authors=rendered.card_authors,
        link_paragraphs=rendered.link_paragraphs,
        aside_paragraphs=rendered.aside_paragraphs,
        provider=rendered.provider,
        logo=rendered.logo,
        markup_lines=rendered.markup_lines,
    )
    metadata = with_script_data(metadata, markup, text)
    if not text.strip() and metadata.script_body is None and metadata.script_listing is None:
        # a page a script renders may show nothing but hold its story in its data
        state = f" (it holds its data {metadata.app_state}, not read)" if metadata.app_state else ""
        raise PageReadError(shown, f"HTML page without any visible text{state}")
    if metadata.published is None and text.strip():
        published = date_printed_above_body(markup, text, metadata.body)
        metadata = replace(metadata, published=published)
    return Page(name, text, encoding, n_bytes, html=metadata)


def script_listing_page(page: Page) -> Page:
    """The listing page of the stories an HTML page's application state lists
    (``HtmlMetadata.script_listing``), read as an HTML page of the same name.

    Parameters
    ----------
    page : Page
        An HTML page whose metadata holds a ``script_listing``.

    Returns
    -------
    Page
        The listing page, its address the page's; the stories' authors are its cards'
        authors (``HtmlMetadata.card_authors``), as the state names them so (the cards
        of a listing without links are not packed, which would mark them).

    Raises
    ------
    ValueError
        A page whose metadata holds no ``script_listing`` (a caller's error).
    """
    html = page.html
    if html is None or not html.script_listing:
        raise ValueError(f"{page.name}: no listing in the page's application state")
    listing = _html_page(html.script_listing, page.encoding, page.name, page.name, page.n_bytes)
    meta = listing.html
    if meta is None:  # an HTML page's metadata is always read
        return listing
    authors = meta.card_authors | marked_authors(html.script_listing)
    meta = replace(meta, url=meta.url or html.url, card_authors=authors)
    return replace(listing, html=with_item_texts(meta, html.script_listing))


def _read_regular_file(fd: int, shown: Path) -> bytes:
    """At most MAX_PAGE_BYTES bytes of the regular file open as ``fd``."""
    status = os.fstat(fd)
    kind = _not_a_regular_file(status.st_mode)
    if kind is not None:
        raise PageReadError(shown, f"{kind}, not a regular file")
    if status.st_size > MAX_PAGE_BYTES:
        raise PageReadError(
            shown, f"file is {status.st_size} bytes, over the {MAX_PAGE_BYTES}-byte maximum"
        )
    chunks: list[bytes] = []
    n_read = 0
    # The limit holds while reading: a file that grows, or claims a wrong size, is cut off.
    while chunk := os.read(fd, min(_READ_CHUNK, MAX_PAGE_BYTES + 1 - n_read)):
        chunks.append(chunk)
        n_read += len(chunk)
        if n_read > MAX_PAGE_BYTES:
            raise PageReadError(shown, f"more than the {MAX_PAGE_BYTES}-byte maximum")
    return b"".join(chunks)


_READ_CHUNK = 1 << 20


def _not_a_regular_file(mode: int) -> str | None:
    """What a non-regular file is ("a folder", "a named pipe (FIFO)", ...); None if regular."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def display_name(name: str) -> str:
    """A file name as valid text: bytes that are not UTF-8 shown as ``\\xNN``.

    Python gives undecodable bytes of a file name as lone surrogates, which cannot be
    written to a table, a CSV or the terminal.

    Parameters
    ----------
    name : str
        A name as ``os`` gives it (lone surrogates for undecodable bytes).

    Returns
    -------
    str
        The same text for a UTF-8 name.
    """
    return os.fsencode(name).decode("utf-8", "backslashreplace")


#: What ``clean`` does with a symbolic link in the raw folder: skip it (default), follow
#: it when its target is a regular file inside the raw folder, or follow it anywhere.
SYMLINK_POLICIES = ("skip", "inside", "anywhere")


@dataclass(frozen=True)
class RawEntry:
    """One entry of the raw folder, to read or to list as skipped.

    Attributes
    ----------
    path : Path
        The entry (for a followed link, its resolved target).
    name : str
        The page id: the entry's name, undecodable bytes shown as ``\\xNN``.
    skip_reason : str or None
        Why the entry is not read; None for a page to read.
    """

    path: Path
    name: str
    skip_reason: str | None = None


def list_raw_folder(
    raw_dir: str | Path, symlinks: str = "skip", root: str | Path | None = None
) -> list[RawEntry]:
    """Every non-hidden entry of ``raw_dir``, sorted by name, each to read or skip.

    Only regular files are read. Folders, FIFOs, devices and sockets are skipped with
    their kind as the reason, and so are files whose name ends in one of
    :data:`NOT_PAGE_SUFFIXES` (a crawler's metadata sidecar, URL list or log); so are
    symbolic links, unless ``symlinks`` says to follow them: ``"inside"`` reads a link
    whose target is a regular file inside ``raw_dir``, ``"anywhere"`` also one outside.
    Dangling links and link loops are skipped with that
    reason. Hidden entries (name starting with ``.``) are not pages and not listed.

    Parameters
    ----------
    raw_dir : str or Path
        The raw folder.
    symlinks : str
        One of :data:`SYMLINK_POLICIES`.
    root : str or Path, optional
        The folder a link must point inside for ``"inside"``; default ``raw_dir`` (a
        subfolder read by ``clean --recursive`` gives the raw folder:
        :mod:`analysis.clean.raw_tree`).

    Returns
    -------
    list of RawEntry
        In increasing name order, names unique.

    Raises
    ------
    ValueError
        ``symlinks`` is not one of :data:`SYMLINK_POLICIES`.
    """
    if symlinks not in SYMLINK_POLICIES:
        raise ValueError(f"symlinks must be one of {SYMLINK_POLICIES}, not {symlinks!r}")
    raw_dir = Path(raw_dir)
    root = Path(raw_dir if root is None else root).resolve()
    entries: dict[str, RawEntry] = {}
    for path in sorted(raw_dir.iterdir(), key=lambda p: display_name(p.name)):
        if path.name.startswith("."):
            continue
        name = display_name(path.name)
        if name in entries:
            entries[f"{name}\0{len(entries)}"] = RawEntry(
                path, name, "its name, shown as text, repeats another file's name"
            )
            continue
        entry = _raw_entry(path, name, root, symlinks)
        suffix = not_page_suffix(name) if entry.skip_reason is None else None
        if suffix is not None and not name.lower().endswith(
            (*RECORDS_SUFFIXES, *STORY_TABLE_SUFFIXES)
        ):
            entry = RawEntry(entry.path, name, _not_a_page_reason(suffix))
        elif entry.skip_reason is None and name.startswith(OFFICE_LOCK_PREFIX):
            entry = RawEntry(entry.path, name, OFFICE_LOCK_REASON)
        entries[name] = entry
    return list(entries.values())


def not_page_suffix(name: str) -> str | None:
    """The data, log or program file ending of a file name, if it has one.

    Parameters
    ----------
    name : str
        A file name (a ``.gz`` ending is looked through).

    Returns
    -------
    str or None
        The ending, lower-cased (one of :data:`NOT_PAGE_SUFFIXES`), or None for a name
        that may be a page.
    """
    lowered = name.lower().removesuffix(".gz")
    return next((s for s in NOT_PAGE_SUFFIXES if lowered.endswith(s)), None)


#: A file holding one article's JSON record (news-please writes one per article): read
#: as a one-row page table when it is an object with a text or html field
#: (:func:`analysis.clean.page_table.record_row`), else skipped as no page.
RECORD_SUFFIX = ".json"
#: The endings of a folder's files of JSON records: one record (:data:`RECORD_SUFFIX`),
#: or JSON Lines, one record a line (a scraper's or a downloader's output: read as the
#: stories its lines list, :mod:`analysis.clean.page_rows`). A JSON Lines file given to
#: ``clean`` alone is a table of pages instead (:mod:`analysis.clean.page_table`).
RECORDS_SUFFIXES = (RECORD_SUFFIX, *JSONL_SUFFIXES)
#: The endings of a folder's tables (CSV, TSV): read as the stories they list when their
#: header names a headline's column (:mod:`analysis.clean.story_table`), else skipped
#: as no page. Given to ``clean`` alone, such a file is a table of pages instead.
STORY_TABLE_SUFFIXES = CSV_TABLE_SUFFIXES


def not_a_page_reason(suffix: str) -> str:
    """The skip reason of a file that :func:`not_page_suffix` says is no page.

    Parameters
    ----------
    suffix : str
        Its ending (one of :data:`NOT_PAGE_SUFFIXES`).

    Returns
    -------
    str
        "a .json file, not a page (...)" with what to give instead.
    """
    return _not_a_page_reason(suffix)


def _not_a_page_reason(suffix: str) -> str:
    """The skip reason of a file that :func:`not_page_suffix` says is no page."""
    if suffix in JSONL_SUFFIXES:  # in a folder, a JSON Lines file that lists no stories
        advice = (
            "its lines list no stories (a title and a date or summary each); a table of "
            "pages is cleaned on its own: newscompare clean FILE; a table of page "
            "metadata (file, url, outlet, published) is given with --manifest"
        )
    elif suffix in PARQUET_SUFFIXES:
        advice = "a table of pages is cleaned on its own: newscompare clean FILE"
    else:
        advice = other_file_advice(suffix) or (
            "a table of page metadata is given with --manifest, a table of pages is "
            "cleaned on its own: newscompare clean FILE"
        )
    return f"a {suffix} file, not a page ({PAGE_FORMATS}; {advice})"


#: The skip reason of a subfolder of the raw folder: its pages are not read, and a
#: folder of per-outlet subfolders (as many crawls save pages) reads nothing without it.
SUBFOLDER_REASON = (
    "a folder, not a regular file (subfolders are read only with clean --recursive, "
    "each page named by its path in the folder; or clean each subfolder on its own)"
)


def _raw_entry(path: Path, name: str, root: Path, symlinks: str) -> RawEntry:
    """Decide whether to read one entry of the raw folder (see list_raw_folder)."""
    try:
        mode = path.lstat().st_mode
    except OSError as err:
        return RawEntry(path, name, f"cannot read file ({err.strerror or err})")
    if stat.S_ISDIR(mode):
        return RawEntry(path, name, saved_assets_reason(path) or SUBFOLDER_REASON)
    if not stat.S_ISLNK(mode):
        kind = _not_a_regular_file(mode)
        return RawEntry(path, name, None if kind is None else f"{kind}, not a regular file")
    if symlinks == "skip":
        return RawEntry(path, name, "symbolic link, not followed (see --follow-symlinks)")
    try:
        target = path.resolve(strict=True)
    except RuntimeError:  # Python 3.11 raises it for a loop
        return RawEntry(path, name, "symbolic link loop")
    except OSError as err:
        if err.errno == errno.ELOOP:
            return RawEntry(path, name, "symbolic link loop")
        return RawEntry(path, name, "dangling symbolic link (its target does not exist)")
    if symlinks == "inside" and not target.is_relative_to(root):
        return RawEntry(path, name, "symbolic link to a file outside the raw folder, not followed")
    try:
        kind = _not_a_regular_file(target.stat().st_mode)
    except OSError as err:
        return RawEntry(path, name, f"cannot read file ({err.strerror or err})")
    if kind is not None:
        return RawEntry(path, name, f"symbolic link to {kind}, not a regular file")
    return RawEntry(target, name)


def gunzip_page(data: bytes, name: str) -> bytes:
    """Decompress a gzipped page, refusing more than :data:`MAX_PAGE_BYTES` of output.

    Parameters
    ----------
    data : bytes
        The ``.gz`` file's bytes.
    name : str
        The page name, for the error.

    Returns
    -------
    bytes
        The decompressed page.

    Raises
    ------
    PageReadError
        Not gzip data, truncated, or too large once decompressed.
    """
    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(data, MAX_PAGE_BYTES + 1)
    except zlib.error as err:
        raise PageReadError(name, f"not valid gzip data ({err})") from err
    if len(out) > MAX_PAGE_BYTES:
        raise PageReadError(name, f"decompresses to over the {MAX_PAGE_BYTES}-byte maximum")
    if not inflater.eof:
        raise PageReadError(name, "truncated gzip data")
    return out


def decode_page_bytes(data: bytes, name: str, allow_html: bool = False) -> tuple[str, str]:
    """Detect the encoding of a page's bytes, decode and normalize them.

    Parameters
    ----------
    data : bytes
        The raw file content.
    name : str
        The file name, used in error messages.
    allow_html : bool
        Accept markup (an HTML page); by default markup is refused as not a text dump.

    Returns
    -------
    tuple of (str, str)
        The NFC-normalized text with ``\\n`` line endings, and the encoding's name
        (Python codec name, e.g. ``"utf-8"``, ``"utf-16"``, ``"cp1252"``), followed by
        :data:`MOJIBAKE_REPAIRED` when mojibake was undone.

    Raises
    ------
    PageReadError
        Empty or whitespace-only, too large, binary, or undecodable content.
    """
    if len(data) > MAX_PAGE_BYTES:
        raise PageReadError(
            name, f"content is {len(data)} bytes, over the {MAX_PAGE_BYTES}-byte maximum"
        )
    if not data:
        raise PageReadError(name, "empty file")
    text, encoding = _decode(data, name)
    _reject_control_heavy(text, name)
    text, n_repaired = repair_mojibake(text)  # before the C1 codes it reads are removed
    if n_repaired:
        encoding += MOJIBAKE_REPAIRED
    text = normalize_text(text)
    if not text.strip():
        raise PageReadError(name, "file holds only whitespace")
    return (text, encoding) if allow_html else (text_dump(text, name), encoding)


def text_dump(text: str, name: str) -> str:
    """A decoded text dump as plain text: markup refused, dump printing undone.

    Parameters
    ----------
    text : str
        The normalized text (:func:`decode_page_bytes` with ``allow_html``).
    name : str
        The file name, used in error messages.

    Returns
    -------
    str
        :func:`plain_dump_text` of ``text``.

    Raises
    ------
    PageReadError
        The text is an HTML document (also one written as character references), or
        holds only whitespace and invisible characters.
    """
    _reject_html(text, name)
    counted = split_counted_pages(text)  # a printed page copied without its form feeds
    if counted is not text:
        text = join_printed_pages(counted)
    plain = plain_dump_text(text)
    if plain.count("<") > text.count("<") and looks_like_html(plain):
        raise PageReadError(
            name,
            "holds HTML written as character references (&lt;...&gt;), not a text dump",
        )
    if not plain.strip():
        raise PageReadError(name, "file holds only whitespace and invisible characters")
    return plain


def plain_dump_text(text: str) -> str:
    """A text dump's characters made plain (analysis.clean.dump_text).

    A note-taking app's properties printed under a note's text (Joplin's RAW export) are
    taken off (:func:`analysis.clean.note_trailer.drop_note_trailer`). A screen reader's
    speech log is printed as the page's text, its announcements off
    and its cut lines joined (:func:`analysis.clean.speech_log.plain_speech_log`). A web
    archive's toolbar printed on top of a snapshot's copy is taken off under its
    title line (:func:`analysis.clean.capture_toolbar.drop_capture_toolbar`). A ``cat -n``
    printing's line numbers are taken off
    (:func:`analysis.clean.line_numbers.drop_line_numbers`), and a news agency feed's
    transmission marks (:func:`analysis.clean.wire_frame.drop_wire_marks`), a card grid
    a text browser printed side by side is printed column by column
    (:func:`analysis.clean.text_columns.unstack_columns`), as is a table of cards pasted
    one field a row, its cells apart by tabs
    (:func:`analysis.clean.tab_rows.unstack_tab_rows`), and a jusText print's
    paragraph marks (:func:`analysis.clean.paragraph_marks.drop_paragraph_marks`) and
    the runs of ``*`` or ``=`` around a heading Debian's html2text prints
    (:func:`analysis.clean.flanked_headings.unflank_headings`) and the equal rule lines
    over and under one (Go html2text, reStructuredText:
    :func:`analysis.clean.flanked_headings.unrule_headings`), HTML character references
    are decoded (the text is normalized again when one was:
    a reference may stand for a line end or a control code), the addresses a browser's
    text view prints after its links, then AsciiDoc's (analysis.clean.asciidoc_text:
    a page that opens with its "= Title"), a forum post's BBCode tags
    (analysis.clean.bbcode_text) and a Typst source's rules, calls and marks
    (analysis.clean.typst_text) before them, reStructuredText's (analysis.clean.rst_text:
    ":Author: X" fields) and Markdown's marks (a mail client's line in
    emphasis before its address, "*Title* <https://...>", is then whole) and a text
    browser's image labels are taken off, fixed-width spaces become spaces, invisible
    characters are removed, a hard-wrapped page's paragraphs are joined, then a
    paragraph a dump printed one text node a line cut at its links (analysis.clean.text_nodes:
    after the wraps, whose short lines it would otherwise take for links), a table printed
    one cell a line one row a line (analysis.clean.cell_lines), a drop cap
    printed alone on its line, or on the paragraph's line with a space after it ("T
    he"), is joined to its word (analysis.clean.drop_caps) and a text browser's link
    marks numbering its list of links are taken off, and a headline, byline and date a
    scraper glued into one run are cut into lines (analysis.clean.glued_byline), as is a
    headline a scraper's loop glued to the first paragraph, and a byline a dump printed
    one text node a line ("By" / "Jane Roe") is joined into one
    (analysis.clean.text_nodes.join_lone_by_words). The result is
    NFC-normalized again: a removed soft hyphen or zero-width character may leave a
    letter beside its combining mark.

    Parameters
    ----------
    text : str
        A normalized text dump (:func:`normalize_text`).

    Returns
    -------
    str
        The plain text.
    """
    text = unrule_headings(
        unflank_headings(
            plain_mediawiki(
                drop_paragraph_marks(
                    unstack_columns(
                        unstack_tab_rows(
                            drop_wire_marks(
                                drop_line_numbers(
                                    drop_capture_toolbar(plain_speech_log(drop_note_trailer(text)))
                                )
                            )
                        )
                    )
                )
            )
        )
    )
    decoded = decode_references(text)
    if decoded != text:
        text = normalize_text(decoded)
    plain = unglue_bylines(
        unglue_run_on(
            drop_link_marks(
                join_spaced_drop_caps(
                    join_drop_caps(
                        join_cell_lines(
                            join_text_nodes(
                                join_hard_wraps(
                                    drop_invisible(
                                        drop_image_labels(
                                            plain_markdown(
                                                _joined_before_marks(
                                                    plain_rst(
                                                        plain_asciidoc(
                                                            drop_link_addresses(
                                                                plain_typst(
                                                                    plain_bbcode(
                                                                        plain_latex(
                                                                            plain_org(
                                                                                plain_logseq(text)
                                                                            )
                                                                        )
                                                                    )
                                                                )
                                                            )
                                                        )
                                                    )
                                                )
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        )
    )
    plain = join_lone_by_words(unglue_headline(plain))
    return plain if plain.isascii() else unicodedata.normalize("NFC", plain)


# A Markdown quote's line ("> text").
_QUOTED_LINE = re.compile(r"^>[ \t]", re.MULTILINE)


def _joined_before_marks(text: str) -> str:
    """``text`` with its hard-wrapped paragraphs joined while its Markdown marks are
    printed, when it holds links or strong text: html2text wraps its Markdown at a width
    (78 columns, or ``--body-width``) counting ``**Name:**`` and ``[text](address)``, so
    once the marks are off a cut line looks short enough for the next word
    (:func:`~analysis.clean.dump_text.join_hard_wraps`, run again after them). Not on a
    page with quoted lines (``> ``): joined, a quote's second ``>`` stayed inside it."""
    if ("](" not in text and "**" not in text) or _QUOTED_LINE.search(text):
        return text
    return join_hard_wraps(text)


def normalize_text(text: str) -> str:
    """Return ``text`` with unified line ends, without control codes, NFC-normalized.

    ``\\r\\n``, ``\\r`` and a vertical tab become ``\\n`` (line breaks to
    ``str.splitlines``); a form feed is pdftotext's page break: the pages are read as
    one text (:func:`analysis.clean.printed_pages.join_printed_pages`); the other control
    characters but tab (C0 and C1, DEL) are removed.

    Parameters
    ----------
    text : str
        Decoded text.

    Returns
    -------
    str
        The normalized text.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\v" in text:  # a line break too: not glue
        text = text.replace("\v", "\n")
    if "\f" in text:  # pdftotext's page break: one text, running heads and feet once
        text = join_printed_pages(text)
    text = _REMOVED_CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text)


#: What to do with a document a word processor or a news database writes (not read).
_SAVE_AS_TEXT = (
    "save it as plain text (.txt; a news database exports that too) and clean the text file"
)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict_decode(data, encoding, name), encoding
    if data.startswith(b"PK\x03\x04") and b"word/document.xml" in data:
        raise PageReadError(name, f"binary file (Word document, .docx): {_SAVE_AS_TEXT}")
    if data.lstrip().startswith(b"{\\rtf"):
        raise PageReadError(name, f"an RTF document, not a text dump: {_SAVE_AS_TEXT}")
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            advice = _BINARY_ADVICE.get(kind)
            raise PageReadError(name, f"binary file ({kind})" + (f": {advice}" if advice else ""))
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise PageReadError(name, "binary file (contains NUL bytes)")
        return _strict_decode(data, utf16, name), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = detect_legacy_encoding(data)
    if encoding is None:
        raise PageReadError(name, "cannot detect a text encoding (undecodable bytes)")
    return _strict_decode(data, encoding, name), encoding


def _strict_decode(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise PageReadError(
            name, f"undecodable as {encoding} at byte {err.start}: {err.reason}"
        ) from err
    return text.removeprefix("\ufeff")


def _utf16_without_bom(data: bytes) -> str | None:
    """Return "utf-16-le"/"utf-16-be" when NUL bytes mark ASCII-range UTF-16 text."""
    if len(data) < 2 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    # Mostly-ASCII UTF-16 has a NUL as the high byte of most code units.
    if odd_nuls >= 0.3 * half and even_nuls <= 0.05 * half:
        return "utf-16-le"
    if even_nuls >= 0.3 * half and odd_nuls <= 0.05 * half:
        return "utf-16-be"
    return None


def looks_like_html(text: str) -> bool:
    """True for an HTML document: it starts like one, or is dense with HTML tags.

    Parameters
    ----------
    text : str
        Decoded text.

    Returns
    -------
    bool
        Whether the text is markup rather than a rendered text dump.
    """
    if _HTML_START.match(text):
        return True
    tags = _HTML_TAG.findall(text)
    return len(tags) >= HTML_MIN_TAGS and sum(map(len, tags)) >= HTML_MIN_TAG_SHARE * len(text)


def _reject_html(text: str, name: str) -> None:
    if looks_like_html(text):
        raise PageReadError(
            name, "looks like HTML, not a text dump (name it .html to read it as HTML)"
        )


def _reject_control_heavy(text: str, name: str) -> None:
    if "\x00" in text:
        raise PageReadError(name, "binary file (contains NUL characters)")
    n_control = len(_CONTROL_CHARS.findall(text))
    if n_control > MAX_CONTROL_SHARE * len(text):
        raise PageReadError(
            name, f"binary file ({n_control} of {len(text)} characters are control codes)"
        )
