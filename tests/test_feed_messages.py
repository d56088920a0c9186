"""analysis.clean.feed_messages: feed items saved as mail messages, one card each.
Made-up feeds, people and stories."""

from __future__ import annotations

from page_checks import assert_accounts_for_every_character

from analysis.clean.articles import extract_articles
from analysis.clean.feed_messages import feed_message_rows
from analysis.clean.segment import segment_page

ITEMS = [
    (
        "Ferry to the islands gets a new engine",
        "Jane Roe via Harbour Weekly - News",
        "Wed, 02 Dec 2026 09:14:00 +0200",
        "The yard finished the work ahead of the winter timetable.",
    ),
    (
        "Library opens on Sundays from January",
        "Tom Birch via Harbour Weekly - News",
        "Thu, 03 Dec 2026 11:40:00 +0200",
        "The council found the money for two more librarians.",
    ),
    (
        "Lights go up on the market square",
        "Harbour Weekly - News",
        "Thu, 03 Dec 2026 16:05:00 +0200",
        "A family from the hills gave the town its tree this year.",
    ),
]


def _messages(link_label: str | None = "Website") -> str:
    lines = []
    for k, (subject, sender, date, text) in enumerate(ITEMS):
        lines += [f"Subject: {subject}", f"From: {sender}", f"Date: {date}"]
        if link_label:
            lines.append(f"{link_label}: https://harbourweekly.example/news/{2201 + k}")
        lines += ["", text, "", ""]
    return "\n".join(lines)


def test_each_saved_feed_message_is_a_card_its_sender_the_outlet_and_author():
    # h161 F4 (thunderbird_feed_et): the messages read as one record
    page = _messages()
    articles = extract_articles(page, name="feed.txt")
    assert list(articles["title"]) == [subject for subject, _, _, _ in ITEMS]
    assert list(articles["body"]) == [text for _, _, _, text in ITEMS]
    assert list(articles["outlet"]) == ["Harbour Weekly - News"] * 3
    assert list(articles["byline"]) == ["Jane Roe", "Tom Birch", None]
    assert list(articles["published"]) == ["2026-12-02", "2026-12-03", "2026-12-03"]
    assert_accounts_for_every_character(segment_page(page, "feed.txt"), page)


def test_a_thread_of_mail_naming_no_web_page_is_not_split_into_messages():
    # the same header blocks without the item's page: a mail thread printed as text
    assert feed_message_rows(_messages(link_label=None).split("\n")) == []
    assert len(feed_message_rows(_messages(link_label="Link").split("\n"))) == len(ITEMS)
