"""A chat export whose messages share stories' links: a card per shared story.

A messaging app's export of a chat (WhatsApp's "Export chat": a stamp, a dash, the
sender, a colon, the message; a Discord channel copied from the browser: the sender, a
dash and the time on a line of their own over the message) prints each message
sharing a story either as the text its sender pasted over the link, or as the link
with the app's preview under it (the site's name, the story's headline, its
description) and the readers' reactions::

    03/12/2026, 08:15 - Harbour Weekly: *Ferry gets a new engine*
    The old diesel goes after forty years; the yard fits the new one in March.
    https://harbourweekly.example/s/4100

    Jane — Today at 10:42
    look at this
    https://hillpost.example/library-sundays
    Hill Post
    Library opens on Sundays
    From January the reading rooms stay open on Sunday afternoons.
    👍 4

Read as a page, the stamps and the chat break every card. :func:`chat_link_rows` reads
each message holding a link line with a headline and a text (prose) beside it as a
card: the preview's lines under the link when there are two or more (its site's name
first when there are three or more: the card's outlet), else the message's own lines
over it (its first line the headline, its marks of emphasis apart). The message's stamp
dates the card (a story is shared when it is published: a channel posts its stories
as it prints them). When one sender posts every shared story (a channel, a newsletter's
broadcast list), the sender is the outlet of the cards no preview names; a person's
chat line is no card. A message whose first line closes on the story's link written
inline (``[TITLE](URL)``, a Matrix client's export of a feed bot) is a card titled by
the link's text, its text the lines under it, its outlet the feed's name the line
prints before the link when the name spells the link's site (the stamp may name its
day and month: "Tue, Dec 1 2026, 06:00"). Read only when
:data:`~analysis.clean.card_blocks.MIN_CARDS` messages or more share a story. No value
is tuned.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.card_fields import meta_fields
from analysis.clean.card_lines import is_prose
from analysis.clean.chat_stamps import CLOCK as _CLOCK
from analysis.clean.chat_stamps import EXPORTED as _EXPORTED
from analysis.clean.dates import find_date_span
from analysis.clean.domains import registered_domain, site_labels, url_host
from analysis.clean.line_gates import LiteralGate
from analysis.clean.list_digest import LINK_LINE
from analysis.clean.name_forms import compact_name, unaccented
from analysis.clean.page_metadata import FieldSpan
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import LETTER_RUN

__all__ = ["chat_link_rows"]

# A copied channel's message header: the sender, a spaced dash, the day and the time.
_HEADER = re.compile(
    r"^\s*(?P<sender>[^\s\u2014\u2013][^\u2014\u2013]{0,59}?)\s+[\u2014\u2013]\s+\S.*?"
    + _CLOCK
    + r"\s*$"
)
# A header holds its spaced dash: the other lines are not tried (speed only).
_HEADER_GATE = LiteralGate(_HEADER)
# A link written inline in Markdown closing a message's first line: "[TITLE](URL)".
_INLINE_LINK = re.compile(r"\[(?P<title>[^\[\]]+)\]\((?P<url>https?://[^\s()]+)\)\s*$")
# The marks of emphasis a chat app's message prints around a headline ("*Title*").
_EMPHASIS = "*_~"
# The fields of a message's date or age.
_DATE_FIELDS = frozenset({"published", "relative_time"})


@dataclass(frozen=True)
class _Message:
    """A message: its first line, the line after its last, its sender, the span of its
    text on its first line (none for a header line of its own), its date fields."""

    first: int
    stop: int
    sender: str
    text: tuple[int, int] | None
    when: tuple[FieldSpan, ...]


def chat_link_rows(lines: Sequence[str]) -> list[ArticleRegion]:
    """The stories the messages of a chat export share, as cards ([] on another page).

    Parameters
    ----------
    lines : sequence of str
        Every line of the page, without its line ending.

    Returns
    -------
    list of ArticleRegion
        One per message sharing a story, in page order: its title (the preview's
        headline, or the message's first line), outlet (the preview's site name, or the
        one sender's name), date (the message's stamp) and text. Empty when fewer than
        :data:`~analysis.clean.card_blocks.MIN_CARDS` messages share a story.
    """
    messages = _messages(lines)
    if len(messages) < MIN_CARDS:
        return []
    shares = [(m, card) for m in messages if (card := _shared_story(lines, m)) is not None]
    posted = {m.sender for m, (region, _) in shares if not _holds_link(lines, region)}
    if len(posted) > 1:  # a feed's posts without a link are one bot's, not a chat's
        shares = [(m, c) for m, c in shares if _holds_link(lines, c[0])]
    if len(shares) < MIN_CARDS:
        return []
    one_sender = len({m.sender for m, _ in shares}) == 1
    rows = []
    for message, (region, named) in shares:
        fields = list(region.fields) + list(message.when)
        if one_sender and not named and message.sender:
            line = lines[message.first]
            start = line.index(message.sender)
            fields.append(FieldSpan(message.first, start, start + len(message.sender), "outlet"))
        rows.append(
            ArticleRegion(region.first_line, region.last_line, region.body_lines, tuple(fields))
        )
    return rows


def _messages(lines: Sequence[str]) -> list[_Message]:
    """The page's messages, each from its first line to the next one's (a system line,
    "X created the group", ends one and is none); [] when the page prints its messages
    neither way (or in both)."""
    exported, headed = [], []
    for i, line in enumerate(lines):
        if (match := _EXPORTED.match(line)) is not None:
            exported.append((i, match))
        elif _HEADER_GATE.may_match(line) and (header := _HEADER.match(line)) is not None:
            when = tuple(f for f in meta_fields(i, line) if f.field in _DATE_FIELDS)
            if when:
                headed.append((i, header["sender"], when))
    if len(exported) >= MIN_CARDS and len(headed) < MIN_CARDS:
        starts = [i for i, _ in exported] + [len(lines)]
        messages = []
        for k, (i, match) in enumerate(exported):
            if match["sender"] is None:
                continue
            group = "bracketed" if match["bracketed"] else "dashed"
            day = find_date_span(match[group])
            if day is None and LETTER_RUN.search(match[group]):
                continue  # words before a time that hold no date: no stamp
            when = ()
            if day is not None:
                offset = match.start(group)
                when = (FieldSpan(i, offset + day[0], offset + day[1], "published"),)
            text = (match.start("text"), match.end("text"))
            messages.append(_Message(i, starts[k + 1], match["sender"].strip(), text, when))
        return messages
    if len(headed) >= MIN_CARDS and len(exported) < MIN_CARDS:
        starts = [i for i, _, _ in headed] + [len(lines)]
        return [
            _Message(i, starts[k + 1], sender.strip(), None, when)
            for k, (i, sender, when) in enumerate(headed)
        ]
    return []


def _shared_story(lines: Sequence[str], message: _Message) -> tuple[ArticleRegion, bool] | None:
    """The card of a message sharing a story, and whether its preview names the site;
    None when the message holds no link line, or no headline with a text beside it."""
    if message.text is not None:
        inline = _INLINE_LINK.search(lines[message.first], *message.text)
        if inline is not None:
            return _inline_share(lines, message, inline)
    link = next(
        (i for i in range(message.first + 1, message.stop) if LINK_LINE.match(lines[i])), None
    )
    if link is None:
        return _feed_post(lines, message)
    preview = []
    for i in range(link + 1, message.stop):
        if not lines[i].strip():
            continue
        if not LETTER_RUN.search(lines[i]):  # the readers' reactions ("👍 4")
            break
        preview.append(i)
    named = len(preview) >= 3 and not is_prose(lines[preview[0]].strip())
    fields: list[FieldSpan] = []
    if len(preview) >= 2:
        if named:
            fields.append(_span(lines, preview[0], "outlet"))
            preview = preview[1:]
        title, body = preview[0], preview[1:]
        fields.append(_span(lines, title, "title"))
    else:
        own = [i for i in range(message.first + 1, link) if lines[i].strip()]
        if message.text is None or not own:
            return None
        title, body = message.first, own
        start, end = message.text
        text = lines[title][start:end]
        inner = text.strip(_EMPHASIS)
        start += text.index(inner) if inner else 0
        fields.append(FieldSpan(title, start, start + len(inner), "title"))
    title_text = lines[title][fields[-1].start : fields[-1].end]
    if not body or is_prose(title_text) or not is_prose(lines[body[0]].strip()):
        return None
    last = message.stop - 1
    while last > link and not lines[last].strip():
        last -= 1
    return ArticleRegion(message.first, last, tuple(body), tuple(fields)), named


def _span(lines: Sequence[str], i: int, field: str) -> FieldSpan:
    """Line ``i``'s text, its spaces apart, as ``field``."""
    line = lines[i]
    start = len(line) - len(line.lstrip())
    return FieldSpan(i, start, len(line.rstrip()), field)


def _inline_share(
    lines: Sequence[str], message: _Message, link: re.Match[str]
) -> tuple[ArticleRegion, bool] | None:
    """The card of a message whose first line closes on the story's link written inline
    (``[TITLE](URL)``; a feed bot's "posted in FEED: [TITLE](URL)"): its title the
    link's text, its text the message's lines under it, its outlet the feed's name the
    line prints before the link when that name spells the link's site
    (:func:`_site_name_before`). The story's site, not the sender, is its outlet: the
    pair returned says the site is named (by that name, or by the link's host)."""
    i = message.first
    body = [k for k in range(i + 1, message.stop) if lines[k].strip()]
    title = link.group("title").strip(_EMPHASIS + " ")
    if not body or not title or is_prose(title) or not is_prose(lines[body[0]].strip()):
        return None
    start = link.start("title") + link.group("title").index(title)
    fields = [FieldSpan(i, start, start + len(title), "title")]
    assert message.text is not None
    name = _site_name_before(lines[i], message.text[0], link.start(), link.group("url"))
    if name is not None:
        fields.append(FieldSpan(i, *name, "outlet"))
    return ArticleRegion(i, body[-1], tuple(body), tuple(fields)), True


def _site_name_before(line: str, start: int, end: int, url: str) -> tuple[int, int] | None:
    """The span of the name that closes ``line[start:end]`` (a colon after it) and
    spells the site of ``url`` letter for letter, accents apart (``Ijwi ry'Uburundi`` of
    ``ijwiryuburundi.bi``), with the capitalised words before it ("La" of "La Gasëta
    d'Ast" at ``gasetadast.it``: a name's article); None when no closing words spell it.
    A spelling letter for letter (a doubled letter as one), not
    :func:`~analysis.clean.name_domain.name_matches_domain` (which takes a label a longer
    text contains): the words before the name are the bot's own ("posted in")."""
    host = url_host(url)
    domain = registered_domain(url) or host
    if not domain:
        return None
    labels = {_single(label.replace("-", "")) for label in site_labels(domain)}
    text = line[start:end].rstrip()
    if not text.endswith(":"):
        return None
    words = list(re.finditer(r"\S+", text[:-1]))
    for k in range(len(words) - 1, -1, -1):
        name = compact_name(text[words[k].start() : words[-1].end()])
        if {_single(unaccented(name)), _single(_without_marks(name))} & labels:
            while k > 0 and words[k - 1].group()[0].isupper():
                k -= 1
            return start + words[k].start(), start + words[-1].end()
    return None


def _single(spelling: str) -> str:
    """``spelling`` with each run of one letter written once: an address joins "Corié
    ëd" as ``coried``, not ``corieed``."""
    return re.sub(r"(.)\1+", r"\1", spelling)


def _without_marks(text: str) -> str:
    """``text`` without its combining marks ("ed" of "ëd": :func:`unaccented` spells a
    German umlaut out, "ee")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _holds_link(lines: Sequence[str], region: ArticleRegion) -> bool:
    """Whether a card's message holds the story's link (a line of its own, or inline)."""
    return any(
        LINK_LINE.match(lines[i]) or _INLINE_LINK.search(lines[i])
        for i in range(region.first_line, region.last_line + 1)
    )


def _feed_post(lines: Sequence[str], message: _Message) -> tuple[ArticleRegion, bool] | None:
    """The card of a feed bot's message whose link the page no longer prints (a
    Markdown export read as text keeps a link's text alone): its first line "WORDS
    FEED: TITLE", the story's text under it. The title is the part after the line's
    last colon, the outlet the feed's name (:func:`_feed_name`); None for another
    message (a person's "Re: lunch" has no text of prose under it). Only one sender's
    such messages are read (:func:`chat_link_rows`)."""
    if message.text is None:
        return None
    i, (start, end) = message.first, message.text
    text = lines[i][start:end]
    colon = text.rfind(": ")
    body = [k for k in range(i + 1, message.stop) if lines[k].strip()]
    if colon <= 0 or not body or not is_prose(lines[body[0]].strip()):
        return None
    title = text[colon + 2 :].strip(_EMPHASIS + " ")
    if not title or is_prose(title):
        return None
    first = start + text.index(title, colon)
    fields = [FieldSpan(i, first, first + len(title), "title")]
    name = _feed_name(text[:colon])
    if name is not None:
        fields.append(FieldSpan(i, start + name[0], start + name[1], "outlet"))
    return ArticleRegion(i, body[-1], tuple(body), tuple(fields)), name is not None


def _feed_name(head: str) -> tuple[int, int] | None:
    """The span of the feed's name in a bot's words before a story's title ("posted in
    La Gasëta d'Ast"): the words after the first function word (a language's word table)
    that a word not opening in lower case follows; None when no such word is there."""
    words = list(re.finditer(r"\S+", head))
    for k, word in enumerate(words[:-1]):
        after = words[k + 1].group()
        if word.group().casefold() in FUNCTION_WORDS and not after[0].islower():
            return words[k + 1].start(), words[-1].end()
    return None
