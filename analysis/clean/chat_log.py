"""A chat channel's log where a news bot posts the stories of feeds: a card per story.

An IRC channel (or a Matrix or Discord one logged as text) often has a bot that posts
each new item of the feeds it follows, one line each, between the people's chat::

    [2026-12-04 09:12] <newsbot> [Harbour Weekly] Ferry gets a new engine – https://...
    [2026-12-04 09:15] <jane> good news at last
    [2026-12-04 11:40] <newsbot> [Hill Post] Library opens on Sundays – https://...

irssi (and mIRC, ZNC) stamp a line with its clock time alone and print the day once, on a
line of their own when the log opens and when the day changes; a bot may post the feed
item's summary after its headline::

    --- Day changed Fri Dec 04 2026
    09:05 <+newsbot> [Hill Post] Library opens on Sundays — The branch opens ... https://...

Read as a page, the log is one article of chat. :func:`chat_log_rows` reads each line
of the bot as a card: a headline (an outlet's name in brackets before it, the feed's)
set off from the story's link by a dash, a bar or a colon at the line's end, or from the
item's summary by a long dash (the summary then the card's text); the log's stamp its
date (the bot posts an item when the feed publishes it), or, a clock time alone, the day
of the log's "Log opened" / "Day changed" line above it
(:func:`analysis.clean.day_headings.heading_day`, as a listing's day heading dates the
cards printing their clock time). The bot is the nick that posts
:data:`~analysis.clean.card_blocks.MIN_CARDS` such lines or more (a person who shares one
link in a sentence is not read); the nick is no byline, the people's lines are no cards.
A card has no text but the summary the bot printed: a headline with its date (as a dated
headline's card, :mod:`analysis.clean.dated_headlines`). No value is tuned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion
from analysis.clean.dates import find_date_span
from analysis.clean.page_metadata import FieldSpan
from analysis.text import LETTER_RUN

__all__ = ["chat_log_rows"]

# A logged line: its stamp in brackets, or a clock time alone (irssi's), the nick in
# angle brackets (a channel mode's mark before it: "@op", "+voice"; irssi prints a space
# for a nick without one), the message.
_LOGGED = re.compile(
    r"^\s*(?:\[(?P<stamp>[^\[\]]{4,40})\]|(?P<clock>\d{1,2}:\d\d(?::\d\d)?))"
    r"\s*<[ @+%&~]?(?P<nick>[^<>\s]{1,40})>\s+(?P<message>\S.*?)\s*$"
)
# A story's line: the feed's name in brackets, the headline, a dash, bar or colon, the
# link closing the line.
_STORY = re.compile(
    r"(?:\[(?P<outlet>[^\[\]]{2,80})\]\s*)?(?P<title>\S.*?\S)\s+[–—|:-]+\s+<?https?://\S+?>?$"
)
# A story's line with the item's summary: the headline up to the first long dash, the
# summary after it, the link closing the line.
_STORY_TEXT = re.compile(
    r"(?:\[(?P<outlet>[^\[\]]{2,80})\]\s*)?(?P<title>\S.*?\S)\s+[–—]\s+(?P<text>\S.*?\S)"
    r"\s+<?https?://\S+?>?$"
)
# Fewest words of a headline (a person's "see: https://..." has none to speak of).
MIN_TITLE_WORDS = 3


def chat_log_rows(lines: Sequence[str]) -> list[ArticleRegion]:
    """The stories a news bot posted in a chat channel's log, as cards.

    Parameters
    ----------
    lines : sequence of str
        The page's lines, without their line ends.

    Returns
    -------
    list of ArticleRegion
        A card a story line of the bot, top to bottom: its headline (``title``), the
        bracketed name before it (``outlet``), the date of its stamp (``published``) or
        its clock time alone (``relative_time``), the summary after the headline (``body``, the line
        its body line) or no body lines. An empty list when no nick posts
        :data:`~analysis.clean.card_blocks.MIN_CARDS` story lines or more.
    """
    stories: list[tuple[int, str, list[FieldSpan]]] = []
    for i, line in enumerate(lines):
        if "<" not in line or (logged := _LOGGED.match(line)) is None:
            continue
        offset = logged.start("message")
        story = _STORY.fullmatch(logged["message"]) or _STORY_TEXT.fullmatch(logged["message"])
        if story is None or len(LETTER_RUN.findall(story["title"])) < MIN_TITLE_WORDS:
            continue
        fields = [FieldSpan(i, offset + story.start("title"), offset + story.end("title"), "title")]
        if story["outlet"] is not None:
            start, end = offset + story.start("outlet"), offset + story.end("outlet")
            fields.append(FieldSpan(i, start, end, "outlet"))
        if "text" in story.re.groupindex:
            start, end = offset + story.start("text"), offset + story.end("text")
            fields.append(FieldSpan(i, start, end, "body"))
        stamp = logged["stamp"] or ""
        if (day := find_date_span(stamp)) is not None:
            start = logged.start("stamp")
            fields.append(FieldSpan(i, start + day[0], start + day[1], "published"))
        elif logged["clock"] is not None:  # its day: the log's day line above it
            fields.append(FieldSpan(i, logged.start("clock"), logged.end("clock"), "relative_time"))
        stories.append((i, logged["nick"], fields))
    posts = Counter(nick for _, nick, _ in stories)
    bot = next((nick for nick, count in posts.most_common(1) if count >= MIN_CARDS), None)
    if bot is None:
        return []
    return [
        ArticleRegion(
            i,
            i,
            (i,) if any(f.field == "body" for f in fields) else (),
            tuple(sorted(fields, key=lambda f: (f.line_no, f.start))),
        )
        for i, nick, fields in stories
        if nick == bot
    ]
