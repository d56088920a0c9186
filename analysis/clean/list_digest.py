"""A mailing list's digest: one card per message that shares a story.

A group or mailing list sends its members a digest of the day's messages: a topic
index, then each message between rules of ``=`` signs, its topic (subject) on the first
line, the member's header lines (the sender with an e-mail address, the time posted),
and the text the member posted: often a story's lead pasted from a news site, with the
site and the story's date under it and the link::

    ==============================================================
    Topic: Metro station opens in the old town
    --------------------------------------------------------------
    From: Jane Roe <jane@example.org>
    Date: 4 Dec 2026 09:12

    The new station will serve twenty thousand riders a day.
    — Valley Courier, 4 December 2026
    https://valleycourier.example/metro

Read as a page, the index and the first topic read as one article's header.
:func:`digest_rows` reads each message as a card: the topic its headline (the labels
are the list software's, in the members' language: the line's place tells, not its
word), the text under the header lines its text, up to a rule of ``-`` signs (the
list's footer under the last); a line under the text crediting the source (a dash, a
name, a comma, a date) gives the card's outlet and date; the link line is no text. The
members are not the stories' authors, and the time a message was posted is not when
its story was: a message without a source line gets no outlet or date of its own.
Every section between the rules must be a message (a topic line, a sender line with
an e-mail address, a text), :data:`~analysis.clean.card_blocks.MIN_CARDS` or more.
No value is tuned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.dates import find_date_span
from analysis.clean.page_metadata import FieldSpan
from analysis.text import LETTER_RUN

__all__ = ["digest_rows"]

#: How long a rule of ``=`` or ``-`` signs is at least (a digest's run across the
#: page; a Markdown heading's underline is as long as its heading).
MIN_RULE = 20
_MESSAGE_RULE = re.compile(rf"^\s*={{{MIN_RULE},}}\s*$")
_THIN_RULE = re.compile(rf"^\s*-{{{MIN_RULE},}}\s*$")
# A header line: a label of one to three words, its colon, its value.
_WORD = LETTER_RUN.pattern
_LABELLED = re.compile(rf"^\s*{_WORD}(?: {_WORD}){{0,2}}:[ \t]*(?P<value>\S.*?)\s*$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# The source a pasted lead credits: a dash, the site's name, a comma, the date.
_SOURCE = re.compile(r"^\s*(?:—|–|--?)\s*(?P<name>[^,\s][^,]{0,79}?)\s*,\s*(?P<date>\S.*?)\s*$")
#: A line holding a link alone (in angle brackets or not).
LINK_LINE = re.compile(r"^\s*<?https?://\S+>?\s*$")


def digest_rows(lines: Sequence[str]) -> list[ArticleRegion]:
    """A digest's messages as cards, or none when the page is no digest.

    Parameters
    ----------
    lines : sequence of str
        The page as lines (no line ends).

    Returns
    -------
    list of ArticleRegion
        A card a message, top to bottom: the topic (``title``), the name and the date
        of its source line (``outlet``, ``published``), its text lines but those two.
        An empty list when a section between two ``=`` rules (or after the last) is no
        message (see the module doc), or there are fewer than
        :data:`~analysis.clean.card_blocks.MIN_CARDS`.
    """
    rule = "=" * MIN_RULE  # (a substring's search first: most pages draw no such rule)
    rules = [i for i, line in enumerate(lines) if rule in line and _MESSAGE_RULE.match(line)]
    if len(rules) < MIN_CARDS:
        return []
    rows = []
    for k, rule in enumerate(rules):
        stop = rules[k + 1] if k + 1 < len(rules) else len(lines)
        region = _message(lines, rule + 1, stop)
        if region is None:
            return []
        rows.append(region)
    return rows


def _message(lines: Sequence[str], start: int, stop: int) -> ArticleRegion | None:
    """The card of the section ``start`` to ``stop`` (exclusive); None when it is no
    message (no topic line first, no sender's address in its header, no text)."""
    first = next((i for i in range(start, stop) if lines[i].strip()), None)
    topic = _LABELLED.match(lines[first]) if first is not None else None
    if first is None or topic is None:
        return None
    fields = [FieldSpan(first, topic.start("value"), topic.end("value"), "title")]
    # the header: rules and labelled lines under the topic, up to a blank line
    i, header, sender = first + 1, False, False
    while i < stop and (
        _THIN_RULE.match(lines[i]) or _LABELLED.match(lines[i]) or not lines[i].strip()
    ):
        if not lines[i].strip() and header:
            break
        if _LABELLED.match(lines[i]):
            header = True
            sender = sender or bool(_EMAIL.search(lines[i]))
        i += 1
    end = next((j for j in range(i, stop) if _THIN_RULE.match(lines[j])), stop)
    body = []
    for j in range(i, end):
        if not lines[j].strip() or LINK_LINE.match(lines[j]):
            continue
        source = _SOURCE.match(lines[j]) if body else None
        date = find_date_span(source["date"]) if source is not None else None
        if source is not None and date is not None:
            offset = source.start("date")
            fields.append(FieldSpan(j, source.start("name"), source.end("name"), "outlet"))
            fields.append(FieldSpan(j, offset + date[0], offset + date[1], "published"))
            continue
        body.append(j)
    if not sender or not body:
        return None
    last = max([body[-1], *(f.line_no for f in fields)])
    return ArticleRegion(first, last, tuple(body), tuple(fields))
