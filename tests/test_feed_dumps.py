"""Feed dumps and newsletter e-mails saved as text: their field labels are labels."""

from __future__ import annotations

import itertools

from analysis.clean.dump_text import join_hard_wraps
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes
from analysis.clean.scraper_header import header_lines

# (headline, teaser, feed date, ISO date): made-up stories
ITEMS = [
    (
        "Orchard cooperative buys a second cider press",
        "The cooperative said the old press could not keep up with two record harvests.",
        "Wed, 04 Feb 2026 08:15:00 GMT",
        "2026-02-04",
    ),
    (
        "Valley road to close for three weeks of repairs",
        "Drivers will be sent through the village while the bridge deck is replaced in March.",
        "Tue, 03 Feb 2026 17:40:00 GMT",
        "2026-02-03",
    ),
    (
        "Library extends its opening hours on Saturdays",
        "The reading room will stay open until six after a petition signed by 800 residents.",
        "Mon, 02 Feb 2026 11:05:00 GMT",
        "2026-02-02",
    ),
    (
        "Choir wins the regional contest for a second year",
        "Its forty singers beat eleven other choirs with a programme of folk songs and hymns.",
        "Sun, 01 Feb 2026 19:30:00 GMT",
        "2026-02-01",
    ),
]


def _clean(text: str):
    return clean_page(page_from_bytes(text.encode(), "dump.txt", "dump.txt"))


def _feed(top: str = "Valley Gazette - Local\n\n") -> str:
    return top + "\n\n".join(
        f"Title: {title}\nLink: https://valley.example.org/n/{k}\nDescription: {teaser}\n"
        f"pubDate: {date}"
        for k, (title, teaser, date, _) in enumerate(ITEMS)
    )


def test_a_feed_dumps_items_are_cards_without_their_labels():
    for text in (_feed(), _feed(top="")):
        result = _clean(text)
        articles = result.articles
        assert [a["title"] for a in articles] == [item[0] for item in ITEMS]
        assert [a["body"] for a in articles] == [item[1] for item in ITEMS]
        assert [a["published"] for a in articles] == [item[3] for item in ITEMS]
        assert not any(":" in a["outlet"] for a in articles)  # never "pubDate: Wed"


def test_a_field_line_under_a_long_line_continues_no_wrapped_paragraph():
    lines = _feed().split("\n")
    width = max(len(line) for line in lines)
    cut = [a for a, b in itertools.pairwise(lines) if b and len(a) + len(b.split()[0]) + 1 > width]
    assert len({len(line) for line in cut}) >= 3  # a ragged edge: a wrap's signature
    assert join_hard_wraps(_feed()) == _feed()


EMAIL = (
    "From: Valley Gazette <briefing@valley.example.org>\n"
    "Subject: Your Sunday briefing\n"
    "Date: Sun, 01 Feb 2026 07:00:00 GMT\n"
    "To: reader@example.org\n\n"
    "Good morning. Here is what happened in the valley this week.\n\n"
)


def test_an_e_mail_header_names_the_site_and_the_title_and_is_no_card():
    cards = "\n\n".join(f"{title}\n{iso}\n{teaser}" for title, teaser, _, iso in ITEMS)
    result = _clean(EMAIL + cards + "\n\nUnsubscribe | Manage preferences\n")
    assert [a["title"] for a in result.articles] == [item[0] for item in ITEMS]
    assert result.row["site"] == "Valley Gazette"
    one = _clean(EMAIL + "\n".join(item[1] for item in ITEMS) + "\n")
    assert one.articles[0]["title"] == "Your Sunday briefing"
    assert one.articles[0]["outlet"] == "Valley Gazette"


def test_a_label_printed_again_ends_the_header_block():
    lines = _feed(top="").split("\n")
    assert header_lines(lines) == frozenset()  # items, not a header
    assert header_lines(EMAIL.split("\n")) == frozenset({0, 1, 2, 3})
