"""Feed items saved as mail messages: a listing, one card per message.

A mail client that reads feeds (Thunderbird's) files each feed item as a message, and
a reader who saves or prints several of them as text gets a block of header lines over
each item's text::

    Subject: Ferry to the islands gets a new engine
    From: Jane Roe via Harbour Weekly - News
    Date: Wed, 02 Dec 2026 09:14:00 +0200
    Website: https://harbourweekly.example/news/2201

    The yard finished the work ahead of the winter timetable.

Read as a page, the first block's header lines read as the page's fields and the rest as
one article. :func:`feed_message_rows` reads each block as a card: the subject its
headline, the date its date, the sender its outlet (the feed's name; a name before
"via" is the item's author, its byline), the lines under the header up to the next
message its text. A thread of mail printed as text has header blocks too; a feed item's
block names the item's web page ("Website:", "Link:", "Content-Base:" with an
``http(s)`` address), which no mail's header does: every block must, and
:data:`~analysis.clean.card_blocks.MIN_CARDS` blocks or more. The labels are the mail
headers' own (RFC 5322 names them in English whatever the client's language) and the
client's label for the item's page. No value is tuned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.page_metadata import FieldSpan

__all__ = ["feed_message_rows", "sender_fields"]

#: The labels of a feed message's header lines, by the field each gives (None: the
#: item's page, which only tells a feed item from a mail).
HEADER_LABELS: dict[str, str | None] = {
    "subject": "title",
    "from": "outlet",
    "date": "published",
    "website": None,
    "link": None,
    "content-base": None,
}
# A header line: its label, a colon, its value.
_HEADER = re.compile(r"^(?P<label>[A-Za-z-]+):[ \t]*(?P<value>\S.*?)\s*$")
# A web address, the value of the item's page.
_WEB_ADDRESS = re.compile(r"^<?https?://\S+>?$")
# The sender's name, the feed's, its author's before " via " ("Jane Roe via Weekly").
_VIA = re.compile(r"^(?P<author>.+?)\s+via\s+(?P<feed>\S.*)$")
# A mail address after a sender's name or alone ("Weekly <feed@example.org>").
_ADDRESS = re.compile(r"\s*<[^<>@\s]+@[^<>\s]+>\s*$|^\S+@\S+$")


def feed_message_rows(lines: Sequence[str]) -> list[ArticleRegion]:
    """The cards of a page of feed items saved as mail messages ([] on another page).

    Parameters
    ----------
    lines : sequence of str
        Every line of the page, without its line ending.

    Returns
    -------
    list of ArticleRegion
        One per message, in page order: its subject (``title``), date (``published``),
        sender (``outlet``, and ``byline`` for a name before "via") and the text lines
        under its header. Empty unless every header block names the item's web page
        and there are :data:`~analysis.clean.card_blocks.MIN_CARDS` blocks or more.
    """
    blocks: list[tuple[int, int]] = []  # each header block's first line and end
    i = 0
    while i < len(lines):
        if _label(lines[i]) is None:
            i += 1
            continue
        start = i
        while i < len(lines) and _label(lines[i]) is not None:
            i += 1
        blocks.append((start, i))
    if len(blocks) < MIN_CARDS:
        return []
    rows = []
    for k, (start, end) in enumerate(blocks):
        stop = blocks[k + 1][0] if k + 1 < len(blocks) else len(lines)
        region = _message(lines, start, end, stop)
        if region is None:
            return []
        rows.append(region)
    return rows


def _label(line: str) -> str | None:
    """The header label a line opens with (lower case), None for another line."""
    match = _HEADER.match(line)
    if match is None or match["label"].casefold() not in HEADER_LABELS:
        return None
    return match["label"].casefold()


def _message(lines: Sequence[str], start: int, end: int, stop: int) -> ArticleRegion | None:
    """The card of the header lines ``start`` to ``end`` (exclusive) and the text lines
    under them up to ``stop``; None when the header names no web page, or a field twice,
    or no subject or sender, or there is no text."""
    fields: list[FieldSpan] = []
    labels = []
    linked = False
    for i in range(start, end):
        match = _HEADER.match(lines[i])
        label = match["label"].casefold()
        labels.append(label)
        field = HEADER_LABELS[label]
        value_start, value_end = match.span("value")
        if field is None:
            linked = linked or _WEB_ADDRESS.match(match["value"]) is not None
        elif field == "outlet":
            fields += sender_fields(i, match["value"], value_start)
        else:
            fields.append(FieldSpan(i, value_start, value_end, field))
    body = tuple(i for i in range(end, stop) if lines[i].strip())
    names = {f.field for f in fields}
    if not linked or len(labels) != len(set(labels)) or not {"title", "outlet"} <= names:
        return None
    if not body:
        return None
    return ArticleRegion(start, body[-1], body, tuple(fields))


def sender_fields(i: int, value: str, offset: int) -> list[FieldSpan]:
    """The outlet (and byline) spans of a mail sender's value.

    Parameters
    ----------
    i : int
        The header line's index.
    value : str
        The ``From:`` header's value (``Weekly <feed@example.org>``, ``Jane Roe via
        Weekly``).
    offset : int
        Where the value starts on its line.

    Returns
    -------
    list of FieldSpan
        The sender's name without its address as the ``outlet`` (a name before "via"
        the ``byline``, the name after it the outlet); none when it is an address alone.
    """
    name = _ADDRESS.sub("", value)
    if not name:
        return []
    via = _VIA.match(name)
    if via is None:
        return [FieldSpan(i, offset, offset + len(name), "outlet")]
    return [
        FieldSpan(i, offset + via.start("author"), offset + via.end("author"), "byline"),
        FieldSpan(i, offset + via.start("feed"), offset + via.end("feed"), "outlet"),
    ]
