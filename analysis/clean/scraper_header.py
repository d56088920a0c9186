"""The header of "label: value" lines some scrapers print above a page's text.

Scrapers and reader services often open a dump with the page's fields, one a line::

    title: Council approves harbour budget
    source: Harbour Daily
    published: March 3, 2026

(also inside Markdown front matter, between ``---`` lines, and a Hugo source's TOML
front matter between ``+++`` lines, "title = \"...\""). Such a header is metadata,
like a manifest row: a line naming the site under a site label (:data:`SITE_LABELS`)
names the page's site, and is no headline. An e-mail saved as text (a newsletter)
opens with such a block too (``From:``, ``Subject:``, ``Date:``, ``To:``): its sender
names the site, and its subject is read as a headline under a label. Only a block at the
top of the text counts: two lines or more (blank lines between them aside), each a short
label (one to three words of letters), a colon and a value (the last may have none:
"Markdown Content:"), each label once (a block printing a label again is a feed dump's
items, not a header). A reader service's export may print the fields as a Markdown
list under its headline instead (Readwise's ``## Metadata`` / ``- Author: [[Jane Doe]]``
/ ``- URL: https://...``): a run of list items, each such a field and each label once,
among the first lines, is the header when two of its labels are ones named here and
one of them gives the page's address (a list of facts in a story gives none).
A web archive's toolbar saved on top of a copy gives the page's address too: its first
line "NAME - URL" over a snapshot's address (the Wayback Machine's), or the address under
a "Saved from" label or beside it (archive.today's) (:func:`header_url`). A text dump cut
from a crawl's web archive (WARC) may keep its record's header: the block opens with the
record's version line ("WARC/1.0"), ``WARC-Target-URI:`` gives the page's address and
``WARC-Date:`` the day it was captured, never the story's.
The labels are the words scrapers print, not a tuned list; the headline's and the URL's
labels are read where those fields are read
(:func:`analysis.clean.page_metadata.line_value_span`, :mod:`analysis.clean.site_phrases`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from analysis.text import once_per_page

__all__ = [
    "AUTHOR_FIELD_LABELS",
    "DESCRIPTION_LABELS",
    "FORWARD_MARKS",
    "PUBLISHED_LABELS",
    "SAVED_LABELS",
    "SITE_LABELS",
    "TITLE_LABELS",
    "URL_LABELS",
    "front_matter_end",
    "header_byline",
    "header_date",
    "header_lines",
    "header_site",
    "header_title",
    "header_url",
    "is_capture_title",
    "is_description_field",
    "is_site_field",
    "saved_date_lines",
]

#: Labels under which a scraper's header names the page's site (case and the space,
#: ``_`` or ``-`` between words aside), and an e-mail's sender (a newsletter's ``From:
#: Harbour Daily <news@...>``: the name, without its address).
SITE_LABELS = frozenset(
    {"source", "publisher", "site", "sitename", "publication", "outlet", "website", "from"}
    | {"channel"}  # a channel scraper's "Channel: NAME (@handle)" (a Telegram post's)
)
#: Labels under which a header gives the page's own address (a web clipper's
#: ``source: "https://..."``, an extension's ``URL:``).
URL_LABELS = frozenset(
    {"url", "source", "link", "canonical", "urlsource", "sourceurl", "pageurl", "warctargeturi"}
)
#: Labels under which a header gives the story's publication date.
PUBLISHED_LABELS = frozenset(
    {
        "published",
        "date",
        "pubdate",
        "publishdate",
        "publicationdate",
        "datepublished",
        "publisheddate",
    }
)
#: Labels under which a header names the story's author (a web clipper's ``author:``,
#: a list of them: its first).
AUTHOR_FIELD_LABELS = frozenset({"author", "authors", "byline", "creator", "writer"})
#: Labels under which a header gives the day the page was saved, never its story's date
#: (a web clipper's ``created:``, an extension's ``Saved:``, MarkDownload's ``date
#: saved:``: the participle alone, after "date" or before "at" / "on").
SAVED_LABELS = frozenset(
    {
        "created", "saved", "clipped", "accessed", "retrieved", "downloaded", "fetched",
        "crawled", "scraped", "captured", "archived", "savedat", "clippedat", "createdat",
        "warcdate", "datesaved", "dateclipped", "dateaccessed", "dateretrieved",
        "datedownloaded", "datefetched", "datecaptured", "datearchived", "savedon",
        "clippedon", "accessedon", "retrievedon", "downloadedon", "fetchedon", "capturedon",
        "archivedon", "accessedat", "retrievedat", "downloadedat", "fetchedat", "capturedat",
        "archivedat",
    }
)  # fmt: skip
# A header line: a label of one to three words of letters, a colon, and a value.
_FIELD = re.compile(
    r"^\s*(?P<label>[^\W\d_]+(?:[ _-][^\W\d_]+){0,2})\s*:(?:\s+(?P<value>\S.*?))?\s*$"
)
_FRONT_MATTER = re.compile(r"^\s*---\s*$")
# TOML front matter (Hugo's, between "+++" lines): "key = value" fields, a value a quoted
# string, an array of them ("authors = [\"A\", \"B\"]": its first item) or a bare date,
# and "[table]" lines that group fields ("[params]" over "site = ...").
_TOML_FENCE = re.compile(r"^\s*\+\+\+\s*$")
_TOML_FIELD = re.compile(r"^\s*(?P<label>[^\W\d_][\w-]*)\s*=\s*(?P<value>\S.*?)\s*$")
_TOML_TABLE = re.compile(r"^\s*\[[^\W\d_][\w.-]*\]\s*$")
_TOML_STRING = re.compile(r"\[?\s*([\"'])(?P<text>[^\"']*)\1")
# A web archive record's first line ("WARC/1.0", ISO 28500) over its header's fields
# (``WARC-Target-URI:`` the page's address, ``WARC-Date:`` the capture's day), as a
# text dump cut from a crawl's archive keeps it.
_RECORD_VERSION = re.compile(r"^\s*WARC/\d+(?:\.\d+)?\s*$")
# An item of a list in front matter, under a label with no value of its own
# ("author:" / "  - \"[[Jane Doe]]\""): the value, without quotes or wiki-link brackets.
_LIST_ITEM = re.compile(r"^\s*-\s+[\"']?(?:\[\[)?(?P<value>[^\"'\[\]]*?)(?:\]\])?[\"']?\s*$")
# A YAML block scalar's mark: the value is on the indented lines under the label.
_BLOCK_SCALAR = re.compile(r"^[|>][+-]?$")
_INDENTED = re.compile(r"^\s+(?P<value>\S.*?)\s*$")
# A list item's mark: "- ", "* ", "• " (a reader service's metadata list).
_ITEM_MARK = re.compile(r"^\s*[-*•]\s+")
# A value in wiki-link brackets, as a note-taking export writes a name ("[[Jane Doe]]").
_WIKI_LINK = re.compile(r"^\[\[([^\[\]]+)\]\]$")
# A value in quotes, as front matter writes one.
_QUOTED = re.compile(r"^([\"'])(.*)\1$")
# A value that is an address, not a name ("source: https://...").
_ADDRESS = re.compile(r"^(?:https?://|www\.)|\.[a-z]{2,}(?:/|$)", re.IGNORECASE)
# An e-mail address after the sender's name, as a mail header writes it.
_MAIL_ADDRESS = re.compile(r"\s*<[^<>@\s]+@[^<>\s]+>\s*$")
# A channel's handle in brackets after its name, as a channel scraper writes it.
_HANDLE = re.compile(r"\s*\(@[\w.]+\)\s*$")


@once_per_page
def _header_fields(text: str) -> tuple[tuple[int, str, int, int], ...]:
    """(line, folded label, value start, value end) of each line of the header block at
    the top of ``text`` (empty when the text opens with no such block).

    In Markdown front matter (between ``---`` lines, as web clippers write it) a value
    in quotes is the text inside them, a list under a label without a value gives its
    first item, and any other line (a tag list, a comment) is passed over up to the
    closing ``---``."""
    lines = text.split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and _TOML_FENCE.match(lines[i]):
        return _toml_fields(lines, i + 1)
    front_matter = i < len(lines) and bool(_FRONT_MATTER.match(lines[i]))
    i += front_matter or (i < len(lines) and bool(_RECORD_VERSION.match(lines[i])))
    fields: list[tuple[int, str, int, int]] = []
    while i < len(lines):
        if front_matter and _FRONT_MATTER.match(lines[i]):
            break
        if not lines[i].strip():  # a blank line between fields, as reader services print
            i += 1
            continue
        found = _FIELD.match(lines[i])
        if found is None:
            if not front_matter and fields and fields[-1][0] == i - 1 and lines[i][0] in " \t":
                i += 1  # a mail header's field folded onto the next line ("Received:")
                continue
            if not front_matter:
                break
            item = _LIST_ITEM.match(lines[i])
            if item and fields and fields[-1][2] == fields[-1][3] and item.group("value"):
                fields[-1] = (i, fields[-1][1], *item.span("value"))
            i += 1
            continue
        label = re.sub(r"[ _-]", "", found.group("label")).casefold()
        if any(label == seen for _, seen, _, _ in fields):
            return ()  # a header names each field once: these are a feed dump's items
        start, end = found.span("value") if found.group("value") else (found.end(), found.end())
        if front_matter and _QUOTED.match(lines[i][start:end]):
            start, end = start + 1, end - 1
        if front_matter and _BLOCK_SCALAR.match(lines[i][start:end]) and i + 1 < len(lines):
            # "title: |" and the value indented on the next line (YAML's block scalar)
            value = _INDENTED.match(lines[i + 1])
            if value is not None:
                i += 1
                start, end = value.span("value")
        fields.append((i, label, start, end))
        i += 1
    with_values = sum(start < end for _, _, start, end in fields)
    if with_values >= 2:
        return tuple(fields)
    return _metadata_list(lines) if "- " in text or "* " in text or "• " in text else ()


def _toml_fields(lines: Sequence[str], first: int) -> tuple[tuple[int, str, int, int], ...]:
    """(line, folded label, value start, value end) of the fields of TOML front matter
    from line ``first`` to its closing ``+++``: a quoted value is the text inside the
    quotes, an array's its first string; a ``[table]`` line is a field without a value
    (a line of the block). Empty when the block is not closed or gives fewer than two
    values."""
    fields: list[tuple[int, str, int, int]] = []
    for i in range(first, len(lines)):
        if _TOML_FENCE.match(lines[i]):
            with_values = sum(start < end for _, _, start, end in fields)
            return tuple(fields) if with_values >= 2 else ()
        if _TOML_TABLE.match(lines[i]):
            fields.append((i, "", len(lines[i]), len(lines[i])))
            continue
        found = _TOML_FIELD.match(lines[i])
        if found is None:
            continue
        label = re.sub(r"[ _-]", "", found.group("label")).casefold()
        start, end = found.span("value")
        if (string := _TOML_STRING.match(lines[i], start)) is not None:
            start, end = string.span("text")
        fields.append((i, label, start, end))
    return ()


def _metadata_list(lines: Sequence[str]) -> tuple[tuple[int, str, int, int], ...]:
    """(line, folded label, value start, value end) of the fields of a metadata list
    among the first :data:`_HEADER_LINES` lines (a reader service's export: "- Author:
    [[Jane Doe]]", "- URL: https://..."): consecutive list items that are all fields, each
    label once, two of them under a label of this module (:data:`_KNOWN_LABELS`) and one
    an address under a URL label. A value in wiki-link brackets is the name inside."""
    fields: list[tuple[int, str, int, int]] = []
    for i, line in enumerate(lines[:_HEADER_LINES]):
        mark = _ITEM_MARK.match(line) if line[:1] in _ITEM_FIRST else None
        found = _FIELD.match(line[mark.end() :]) if mark is not None else None
        if mark is None or found is None or not found.group("value"):
            if _is_header_list(lines, fields):
                return tuple(fields)
            fields = []
            continue
        label = re.sub(r"[ _-]", "", found.group("label")).casefold()
        if any(label == seen for _, seen, _, _ in fields):
            fields = []
            continue
        start, end = (mark.end() + offset for offset in found.span("value"))
        if _WIKI_LINK.match(line[start:end]):
            start, end = start + 2, end - 2
        fields.append((i, label, start, end))
    return tuple(fields) if _is_header_list(lines, fields) else ()


def _is_header_list(lines: Sequence[str], fields: list[tuple[int, str, int, int]]) -> bool:
    """True when the list items ``fields`` are a page's metadata: two of them under a
    label of this module, one the page's address under a URL label."""
    known = sum(label in _KNOWN_LABELS for _, label, _, _ in fields)
    return known >= 2 and any(
        label in URL_LABELS and _ADDRESS_VALUE.match(lines[line][start:end])
        for line, label, start, end in fields
    )


def _fields_of(lines: Sequence[str]) -> tuple[tuple[int, str, int, int], ...]:
    """The header block's fields of a page given as lines (:func:`_header_fields`),
    without the sender and the date of an e-mail that forwards a story (its subject
    opens with a forward's mark, "Fwd:", "FW:", "WG:", ...: :data:`FORWARD_MARKS`): that
    sender is the person who forwarded it, that date the day it was forwarded."""
    fields = _header_fields("\n".join(lines[:_HEADER_LINES]))
    if any(
        label == "subject" and _FORWARDED.match(lines[line], start)
        for line, label, start, _ in fields
    ):
        return tuple(field for field in fields if field[1] not in _FORWARDER_LABELS)
    return fields


#: The marks a mail program puts before the subject of a message it forwards (English,
#: German "WG", French "TR", Spanish "RV", Finnish "VS", Dutch "Doorst", Italian "I").
FORWARD_MARKS = ("fwd", "fw", "wg", "tr", "rv", "vs", "doorst", "i")
_FORWARDED = re.compile(rf"(?i:{'|'.join(FORWARD_MARKS)})\s*:")
# A forwarding e-mail's fields that describe the forward, not the story.
_FORWARDER_LABELS = frozenset({"from", *PUBLISHED_LABELS})


def header_url(lines: Sequence[str]) -> str | None:
    """The page's own address, when the header block at the top gives it.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    str or None
        The value of the first :data:`URL_LABELS` field that is an ``http(s)://``
        address, in angle brackets or not (a first line that is only such a field, or
        only an address, counts too); None when there is none.
    """
    for line, label, start, end in _fields_of(lines):
        value = _address(lines[line][start:end])
        if label in URL_LABELS and value is not None:
            return value
    return _url_line(lines) or _capture_url(lines)


def _address(value: str) -> str | None:
    """A field's value when it is an ``http(s)://`` address, without the angle brackets
    some tools write one in (``WARC-Target-URI: <https://...>``, as WARC/0.x records and
    text that delimits an address do); None for any other value."""
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1].strip()
    return value if _ADDRESS_VALUE.match(value) else None


def _url_line(lines: Sequence[str]) -> str | None:
    """The address of a first line that is one address field and nothing else ("URL:
    https://...", as a scraper prints over the text it saved, with no other field), or
    one address alone ("https://...", as a script writes the address it fetched over
    the text; a proxy's or a mirror's address is unwrapped where it is read,
    :func:`analysis.clean.domains.original_url`); None otherwise. A lone "Source:
    https://..." is not read: over a reprint it credits the story's first publisher, not
    the page's own site."""
    for text in lines[:_CAPTURE_LINES]:
        if not text.strip():
            continue
        if (alone := _address(text.strip())) is not None:
            return alone
        found = _FIELD.match(text)
        if found is None or not found.group("value"):
            return None
        label = re.sub(r"[ _-]", "", found.group("label")).casefold()
        value = _address(found.group("value"))
        if label in URL_LABELS and label != "source" and value is not None:
            return value
        return None
    return None


def _capture_url(lines: Sequence[str]) -> str | None:
    """The address a web archive's toolbar, printed on top of a saved copy, gives: a
    first line "NAME - URL" whose URL wraps another (the Wayback Machine's "The Wayback
    Machine - https://web.archive.org/web/TIMESTAMP/URL"), else the address on the line
    under a "Saved from" label among the first lines (archive.today's), or after it on
    its line; a read-later export's "Saved from HOST on DATE" gives the host's address
    (``https://HOST/``). None otherwise.

    The snapshot's address is returned as printed
    (:func:`analysis.clean.domains.original_url` unwraps it where it is read)."""
    top = [line.strip() for line in lines[:_CAPTURE_LINES] if line.strip()]
    if not top:
        return None
    if is_capture_title(top[0]):
        return _TITLE_URL.match(top[0]).group("url")
    for label, value in pairwise(top):
        if _SAVED_FROM.match(label) and _ADDRESS_VALUE.fullmatch(value):
            return value
    for line in top:  # the label and the address on one line (a text browser's dump)
        if (one_line := _SAVED_FROM_URL.match(line)) is not None:
            return one_line.group("url")
        if (hosted := _SAVED_FROM_HOST.match(line)) is not None:  # a read-later export's
            return f"https://{hosted.group('host').lower()}/"  # "Saved from HOST on DATE"
    return None


def is_capture_title(line: str) -> bool:
    """Whether ``line`` is a web archive toolbar's title line over a saved copy.

    Parameters
    ----------
    line : str
        A line, stripped.

    Returns
    -------
    bool
        True for "NAME - URL" whose URL wraps another (the Wayback Machine's "The
        Wayback Machine - https://web.archive.org/web/TIMESTAMP/URL").
    """
    titled = _TITLE_URL.match(line)
    return titled is not None and _WRAPPED_URL.search(titled.group("url")) is not None


def header_date(lines: Sequence[str]) -> tuple[int, int, int] | None:
    """Where the header block at the top gives the story's publication date.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple of int or None
        ``(line, start, end)`` of the first :data:`PUBLISHED_LABELS` field with a value;
        None when there is none (whether it reads as a date is the caller's question).
    """
    for line, label, start, end in _fields_of(lines):
        if label in PUBLISHED_LABELS and start < end:
            return line, start, end
    return None


def header_byline(lines: Sequence[str]) -> tuple[int, int, int] | None:
    """Where the header block at the top names the story's author.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple of int or None
        ``(line, start, end)`` of the value of the first :data:`AUTHOR_FIELD_LABELS`
        field with a value (a list's first item, without quotes or wiki-link brackets);
        None when there is none, or when the value is a list in brackets (newspaper3k's
        ``Authors: ['Jane Doe', 'Al Roe']``, which the byline finder reads whole).
    """
    for line, label, start, end in _fields_of(lines):
        # (a list printed as a list, "['Jane Doe', 'Al Roe']", is the byline finder's)
        if label in AUTHOR_FIELD_LABELS and start < end and lines[line][start] != "[":
            return line, start, end
    return None


def saved_date_lines(lines: Sequence[str]) -> frozenset[int]:
    """The header block's lines that date the saving of the page (:data:`SAVED_LABELS`),
    whose date is never the story's.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    frozenset of int
        Their indices; empty when the page opens with no header block.
    """
    fields = _fields_of(lines)
    return frozenset(line for line, label, _, _ in fields if label in SAVED_LABELS)


def header_site(lines: Sequence[str]) -> tuple[int, int, int] | None:
    """Where the header block at the top of the page names its site.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple of int or None
        ``(line, start, end)`` of the value of the first site label
        (:data:`SITE_LABELS`) whose value is a name, not an address; None when the page
        opens with no header block or its block names no site.
    """
    for line, label, start, end in _fields_of(lines):
        mail = _MAIL_ADDRESS.search(lines[line], start, end)
        if mail is not None:  # "Harbour Daily <news@harbourdaily.com>": the sender's name
            end = mail.start()
        elif (handle := _HANDLE.search(lines[line], start, end)) is not None:
            end = handle.start()  # "Harbour Daily (@harbourdaily)": the channel's name
        if label in SITE_LABELS and start < end and not _ADDRESS.search(lines[line][start:end]):
            return line, start, end
    return None


def header_lines(lines: Sequence[str]) -> frozenset[int]:
    """The lines of the header block at the top of the page (its fields, not a card's).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    frozenset of int
        The indices of the block's field lines; empty when the page opens with none.
    """
    fields = _fields_of(lines)
    return frozenset(line for line, _, _, _ in fields)


#: Labels under which a clipper's header gives the page's ``<title>`` (Obsidian's
#: ``title:``, MarkDownload's ``page-title:``), its site's name after a separator.
TITLE_LABELS = frozenset({"title", "pagetitle"})


def header_title(lines: Sequence[str]) -> str | None:
    """The page's title as the header block at the top gives it.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    str or None
        The value of the first :data:`TITLE_LABELS` field of Markdown front matter (a web
        clipper's, which copies the page's ``<title>``: "Headline｜道南タイムス"); None
        when the page opens with no front matter or it gives no title.
    """
    if front_matter_end(lines) is None:
        return None
    for line, label, start, end in _fields_of(lines):
        if label in TITLE_LABELS and start < end:
            return lines[line][start:end]
    return None


def front_matter_end(lines: Sequence[str]) -> int | None:
    """The line closing the Markdown front matter the page opens with.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    int or None
        The index of the ``---`` line closing a block that opens the page with ``---``
        (blank lines above it aside) and holds a header field; None when the page opens
        with no such block. Its lines (tags, lists, the fences) are the clipper's, none
        of them the page's masthead.
    """
    fields = _fields_of(lines)
    if not fields:
        return None
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _FRONT_MATTER.match(lines[first]):
        return None
    for i in range(fields[-1][0] + 1, min(len(lines), _HEADER_LINES)):
        if _FRONT_MATTER.match(lines[i]):
            return i
    return None


def header_value_span(lines: Sequence[str], index: int) -> tuple[int, int] | None:
    """The span of the value a header block's field prints on line ``index``.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line asked about.

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the field's value as the header block reads it (in Markdown
        front matter, the text inside a quoted value's quotes: a web clipper's ``title:
        "Ferry gets a new engine"``); None when the line is no field of the block at the
        top or its value is empty.
    """
    if index >= _HEADER_LINES:
        return None
    for line, _, start, end in _fields_of(lines):
        if line == index and start < end:
            return start, end
    return None


def is_site_field(lines: Sequence[str], index: int) -> bool:
    """True when line ``index`` is a header block's site field ("source: Harbour Daily").

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line asked about.

    Returns
    -------
    bool
        Whether the line names the page's site in the header block at the top: a field,
        not a headline.
    """
    return _is_field(lines, index, SITE_LABELS)


#: Labels under which a scraper's header gives the page's meta description (trafilatura's
#: ``description:``, a clipper's ``excerpt:`` or ``summary:``): the standfirst the site
#: wrote for search results and share cards, never the headline.
DESCRIPTION_LABELS = frozenset({"description", "summary", "excerpt", "abstract"})


def is_description_field(lines: Sequence[str], index: int) -> bool:
    """True when line ``index`` is a header block's description field.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line asked about.

    Returns
    -------
    bool
        Whether the line gives the page's meta description (:data:`DESCRIPTION_LABELS`)
        in the header block at the top: a standfirst under a label, not a headline, long
        and worded like the story's first paragraph as it is.
    """
    return _is_field(lines, index, DESCRIPTION_LABELS)


def _is_field(lines: Sequence[str], index: int, labels: frozenset[str]) -> bool:
    """True when line ``index`` is a field of the header block at the top under one of
    ``labels``."""
    if index >= _HEADER_LINES or _FIELD.match(lines[index]) is None:
        return False
    fields = _fields_of(lines)
    return any(line == index and label in labels for line, label, _, _ in fields)


# How many lines from the top a header block is read in (a header is a few lines).
_HEADER_LINES = 40
# The labels a metadata list's fields are known by (:func:`_metadata_list`).
_KNOWN_LABELS = SITE_LABELS | URL_LABELS | PUBLISHED_LABELS | AUTHOR_FIELD_LABELS | SAVED_LABELS
# The first characters of a list item's line (a cheap test before the pattern).
_ITEM_FIRST = frozenset(" \t-*•")
# A value that is the page's address.
_ADDRESS_VALUE = re.compile(r"https?://\S+$", re.IGNORECASE)
# How many lines from the top a web archive's toolbar is read in (:func:`_capture_url`).
_CAPTURE_LINES = 12
# A toolbar's title line: a name of one to four words, a dash, and an address.
_TITLE_URL = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,3} [-\u2013\u2014] (?P<url>https?://\S+)$")
# An address held in another address's path (a snapshot's: ".../web/TIMESTAMP/https://...").
_WRAPPED_URL = re.compile(r"^https?://[^/\s]+/\S*https?:/", re.IGNORECASE)
# The label a web archive prints over the address of the page it saved.
_SAVED_FROM = re.compile(r"^saved from:?$", re.IGNORECASE)
# The label and the address on one line ("Saved from https://www.example.com/story").
_SAVED_FROM_URL = re.compile(r"^saved from:?\s+(?P<url>https?://\S+)$", re.IGNORECASE)
# A read-later export's line naming the host it saved the story from, then the saving's
# day ("Saved from example.news on December 4, 2026 at 9:10 AM"): the page's site (its
# host's labels, the last a top-level domain's letters; "Saved from the web on" names none).
_SAVED_FROM_HOST = re.compile(
    r"^saved from:?\s+(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,24})\s+(?:on|at|[·|•—–-])\s",
    re.IGNORECASE,
)
