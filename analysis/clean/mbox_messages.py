"""A mailbox file of news alerts (mbox), or a list's plain-text digest: a card a message.

A reader who keeps a paper's alert e-mails exports the folder as an mbox file: each
message opens with its ``From `` line (the sender's address and the delivery time in
``asctime``'s form, ``From alerts@site.example Fri Dec  4 01:42:11 2026``), then its
header lines, a blank line and its text::

    From alerts@harbour.example Fri Dec  4 01:42:11 2026
    From: Harbour Weekly <alerts@harbour.example>
    Subject: News | Ferry to the islands gets a new engine
    Date: Fri, 04 Dec 2026 07:12:09 +0000

    Ferry to the islands gets a new engine

    The yard finished the work ahead of the winter timetable.

    Read more: https://harbour.example/news/2201

    --
    You get this alert because you signed up. Unsubscribe: https://...

Read as a page, the first message's header read as the page's fields and the rest as one
article or a few. :func:`mbox_rows` reads each message as a card: its subject its
headline (the text's first line instead when the subject ends with it: a prefix such as
``News |`` is the alert's, not the headline's), its ``Date:`` its date, its sender's
name its outlet (:func:`~analysis.clean.feed_messages.sender_fields`), the text under
the header its text, without the signature under the ``--`` line (RFC 3676's separator)
and without a closing line that ends with the story's web address; a person's name on
the text's first line over more (:func:`_writer_line`) is its byline. A file is an mbox
when :data:`~analysis.clean.card_blocks.MIN_CARDS` messages or more each open with a
``From `` line in that form and a header naming the sender and the subject.

A mailing list's plain-text digest (Mailman's) prints its messages the same way under a
``Message: 1``, ``Message: 2`` ... line each, a rule of dashes under each message's
text: they are read alike, without the list's name in brackets opening the subject
(``[Press-releases] Headline``). Where the messages' senders differ, members posted
them: each sender is the message's byline, no outlet, and the text stops at a line
signing it with the sender's name. No value is tuned: the forms are the mbox format's,
RFC 5322's and the digest's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.clean.bylines import is_name_line
from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.feed_messages import sender_fields
from analysis.clean.page_metadata import FieldSpan
from analysis.text import LETTER_RUN, shows_no_case

__all__ = ["mbox_rows"]

# The line an mbox opens each message with: "From ", the envelope sender, the delivery
# time as asctime prints it (English day and month names, whatever the locale).
_FROM_LINE = re.compile(
    r"^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} "
    r"\d\d:\d\d:\d\d(?: [A-Z]{3,4})? \d{4}\s*$"
)
# A header line (its label, a colon, its value) and a folded header's continuation.
_HEADER = re.compile(r"^(?P<label>[A-Za-z][A-Za-z0-9-]*):[ \t]*(?P<value>.*?)\s*$")
_FOLDED = re.compile(r"^[ \t]+\S")
# The signature separator (RFC 3676: "-- "; many clients print it without its space).
_SIGNATURE = re.compile(r"^-- ?$")
# A digest's message number ("Message: 2", Mailman's plain-text digest).
_DIGEST_MESSAGE = re.compile(r"^Message: (\d+)\s*$")
# A rule closing a digest's message (a run of dashes, underscores or stars).
_RULE = re.compile(r"^(?:-{10,}|_{10,}|\*{10,})$")
# A mailing list's name before a subject ("[Press-releases] ").
_LIST_PREFIX = re.compile(r"^\[[^\[\]]+\]\s+")
# A line closing with a web address: the story's link ("Read more: https://...").
_LINK_LINE = re.compile(r"https?://\S+\s*$")


def mbox_rows(lines: Sequence[str]) -> list[ArticleRegion]:
    """The cards of an mbox file's messages ([] on another page).

    Parameters
    ----------
    lines : sequence of str
        Every line of the page, without its line ending.

    Returns
    -------
    list of ArticleRegion
        One per message, in page order: its headline (``title``), ``Date:``
        (``published``), sender's name (``outlet``; ``byline`` where the senders differ)
        and text lines. Empty unless the page opens with an mbox ``From `` line, or
        numbers a digest's messages from 1, and holds
        :data:`~analysis.clean.card_blocks.MIN_CARDS` messages or more, each with a
        ``From:`` and a ``Subject:`` header and some text.
    """
    starts = _message_starts(lines)
    if len(starts) < MIN_CARDS:
        return []
    rows = []
    for start, stop in zip(starts, [*starts[1:], len(lines)], strict=True):
        region = _message(lines, start, stop)
        if region is None:
            return []
        rows.append(region)
    senders = {_value(lines, f) for row in rows for f in row.fields if f.field == "outlet"}
    if len(senders) > 1:  # members posting to a list: each sender signs a message
        rows = [_signed(row) for row in rows]
    return rows


def _message_starts(lines: Sequence[str]) -> list[int]:
    """The lines opening the page's messages: an mbox's ``From `` lines when the page
    opens with one, else a digest's ``Message: 1``, ``Message: 2`` ... each over a
    header line."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return []
    if _FROM_LINE.match(lines[first]):
        return [i for i in range(first, len(lines)) if _FROM_LINE.match(lines[i])]
    starts = []
    for i, line in enumerate(lines[:-1]):
        number = _DIGEST_MESSAGE.match(line)
        if number is not None and _HEADER.match(lines[i + 1]):
            if int(number[1]) != len(starts) + 1:
                return []
            starts.append(i)
    return starts


def _value(lines: Sequence[str], field: FieldSpan) -> str:
    """The text a field's span covers."""
    return lines[field.line_no][field.start : field.end]


def _signed(row: ArticleRegion) -> ArticleRegion:
    """``row`` with its sender as its byline (no outlet of its own)."""
    if any(f.field == "byline" for f in row.fields):
        return row
    fields = tuple(replace(f, field="byline") if f.field == "outlet" else f for f in row.fields)
    return replace(row, fields=fields)


def _message(lines: Sequence[str], start: int, stop: int) -> ArticleRegion | None:
    """The card of the message from its ``From `` line ``start`` up to ``stop``; None
    when its header names no sender or no subject, or it holds no text."""
    fields: list[FieldSpan] = []
    subject: FieldSpan | None = None
    i = start + 1
    while i < stop and lines[i].strip():
        match = _HEADER.match(lines[i])
        if match is None and not _FOLDED.match(lines[i]):
            return None
        if match is not None and match["value"]:
            label = match["label"].casefold()
            value_start, value_end = match.span("value")
            if label == "from":
                fields += sender_fields(i, match["value"], value_start)
            elif label == "date":
                fields.append(FieldSpan(i, value_start, value_end, "published"))
            elif label == "subject":
                prefix = _LIST_PREFIX.match(match["value"])  # "[List-name] Subject"
                value_start += prefix.end() if prefix else 0
                subject = FieldSpan(i, value_start, value_end, "title")
        i += 1
    text = [j for j in range(i, stop) if lines[j].strip()]
    senders = [_value(lines, f) for f in fields if f.field == "outlet"]
    end = next(
        (
            k
            for k, j in enumerate(text)
            if _SIGNATURE.match(lines[j].strip())
            or _RULE.match(lines[j].strip())
            or (k and lines[j].strip() in senders)  # signed with the sender's name
        ),
        len(text),
    )
    text = text[:end]
    while text and _LINK_LINE.search(lines[text[-1]]) and len(lines[text[-1]].split()) <= 4:
        text.pop()  # the story's link closing the alert
    if subject is None or not any(f.field == "outlet" for f in fields) or not text:
        return None
    headline = lines[text[0]].strip()
    if len(text) > 1 and headline and lines[subject.line_no][: subject.end].endswith(headline):
        # the text opens with the headline the subject ends with ("News | Headline")
        line = lines[text[0]]
        offset = len(line) - len(line.lstrip())
        subject = FieldSpan(text[0], offset, offset + len(headline), "title")
        text = text[1:]
    if len(text) > 1 and _writer_line(lines, text[0]):  # the writer's name over the text
        line = lines[text[0]]
        offset = len(line) - len(line.lstrip())
        fields.append(FieldSpan(text[0], offset, len(line.rstrip()), "byline"))
        text = text[1:]
    return ArticleRegion(start, text[-1], tuple(text), (subject, *fields))


def _writer_line(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` is a person's name alone: a name line
    (:func:`~analysis.clean.bylines.is_name_line`), or, in a script without capitals
    where no case tells a name, two or three words of letters alone (a sentence holds
    more, or a mark)."""
    if is_name_line(lines, index):
        return True
    line = lines[index].strip()
    words = LETTER_RUN.findall(line)
    return shows_no_case(line) and 2 <= len(words) <= 3 and " ".join(words) == line
