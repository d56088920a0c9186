"""analysis.clean.chat_log: a news bot's lines in a chat channel's log, a card each.
Made-up channels, feeds and stories (review h198)."""

from __future__ import annotations

from page_checks import assert_accounts_for_every_character

from analysis.clean.articles import extract_articles
from analysis.clean.chat_log import chat_log_rows
from analysis.clean.segment import segment_page

LOG = """--- Log opened Thu Mar 05 00:00:00 2026
[2026-03-05 08:02] <newsbot> [Harbour Weekly] Ferry to the islands gets a new engine – https://harbourweekly.example/ferry
[2026-03-05 08:05] <jane> finally, the old one was so loud
[2026-03-05 08:06] <tom> see also the timetable – https://ferries.example/timetable
[2026-03-05 11:40] <newsbot> [Hill Post] Library opens on Sundays from January – https://hillpost.example/library
[2026-03-05 12:02] <jane> does anyone know when the meeting starts?
[2026-03-06 07:15] <@newsbot> [Harbour Weekly] Lights go up on the market square | https://harbourweekly.example/lights
--- Log closed Fri Mar 06 00:00:00 2026"""


def test_each_line_a_news_bot_posts_is_a_dated_headline_of_its_feed():
    # h198 held out (irc_newsbot_et): the log read as one record of chat
    articles = extract_articles(LOG, name="channel.log.txt")
    assert list(articles["title"]) == [
        "Ferry to the islands gets a new engine",
        "Library opens on Sundays from January",
        "Lights go up on the market square",
    ]
    assert list(articles["outlet"]) == ["Harbour Weekly", "Hill Post", "Harbour Weekly"]
    assert list(articles["published"]) == ["2026-03-05", "2026-03-05", "2026-03-06"]
    assert not any(articles["byline"].fillna(""))  # the bot is no author
    assert_accounts_for_every_character(segment_page(LOG, "channel.log.txt"), LOG)


def test_people_sharing_a_link_each_once_are_no_bot():
    people = "\n".join(line for line in LOG.split("\n") if "newsbot" not in line)
    shared = people + "\n[2026-03-05 13:00] <jane> the market story – https://example.org/m"
    assert chat_log_rows(shared.split("\n")) == []


# irssi's own form (h381, listings_h346's irssi logs): a clock time alone on each line,
# the day once on the log's "Log opened" / "Day changed" lines, a mode's space before a
# nick, the feed item's summary after its headline and a long dash
_IRSSI_STORIES = [
    (
        "08:02",
        "Harbour Weekly",
        "Ferry to the islands gets a new engine",
        "The yard finished the work ahead of the winter timetable.",
    ),
    (
        "11:40",
        "Hill Post",
        "Library opens on Sundays from January",
        "The branch opens its reading rooms on Sunday afternoons.",
    ),
    (
        "07:15",
        "Harbour Weekly",
        "Lights go up on the market square",
        "Volunteers hung the lights on Thursday night.",
    ),
]
_POSTS = [
    f"{clock} <+newsbot> [{feed}] {title} — {text} https://{feed.split()[0].lower()}.example/{k}"
    for k, (clock, feed, title, text) in enumerate(_IRSSI_STORIES)
]
IRSSI = "\n".join(
    [
        "--- Log opened Thu Mar 05 07:00:01 2026",
        "07:00 -!- Irssi: #harbour: Total of 4 nicks [1 ops, 0 halfops, 1 voices, 2 normal]",
        _POSTS[0],
        "08:05 < jane> finally, the old one was so loud",
        _POSTS[1],
        "--- Day changed Fri Mar 06 2026",
        _POSTS[2],
        "07:20 < tom> nice",
        "--- Log closed Fri Mar 06 23:59:59 2026",
    ]
)


def test_an_irssi_log_dates_each_story_by_its_day_line_and_keeps_its_summary():
    articles = extract_articles(IRSSI, name="harbour.log.txt")
    assert list(articles["title"]) == [
        "Ferry to the islands gets a new engine",
        "Library opens on Sundays from January",
        "Lights go up on the market square",
    ]
    assert list(articles["outlet"]) == ["Harbour Weekly", "Hill Post", "Harbour Weekly"]
    # two stories under one day line take its day: the "Log opened" line's asctime form
    assert list(articles["published"]) == ["2026-03-05", "2026-03-05", "2026-03-06"]
    assert list(articles["body"]) == [text for _, _, _, text in _IRSSI_STORIES]
    assert_accounts_for_every_character(segment_page(IRSSI, "harbour.log.txt"), IRSSI)
