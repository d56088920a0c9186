"""analysis.clean.mbox_messages: a mailbox file of news alerts, a card per message."""

from __future__ import annotations

from analysis.clean.articles import extract_articles
from analysis.clean.mbox_messages import mbox_rows

_ALERTS = [
    (
        "Fri Dec  4 01:42:11 2026",
        "Fri, 04 Dec 2026 07:12:09 +0000",
        "Ferry to the islands gets a new engine",
        "Nell Ashdown",
        "The yard finished the work ahead of the winter timetable. Crossings resume on"
        " Monday with two extra sailings.",
    ),
    (
        "Thu Dec  3 13:10:55 2026",
        "Thu, 03 Dec 2026 18:40:51 +0000",
        "Council backs a new school on the marsh road",
        None,
        "Councillors voted eight to three for the school, which will take 400 pupils from"
        " the autumn of 2028.",
    ),
]


def _mbox() -> str:
    lines = []
    for envelope, date, title, writer, text in _ALERTS:
        lines += [
            f"From alerts@harbour.example {envelope}",
            "Return-Path: <alerts@harbour.example>",
            "From: Harbour Weekly <alerts@harbour.example>",
            "To: reader@mail.example",
            f"Subject: Alert | {title}",
            f"Date: {date}",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            title,
            "",
            *([writer, ""] if writer else []),
            text,
            "",
            "Read more: https://harbour.example/news/1",
            "",
            "--",
            "You get this alert because you signed up. Unsubscribe: https://harbour.example/u",
            "",
        ]
    return "\n".join(lines)


def test_each_message_of_an_mbox_is_a_card():
    # review h278: two records of three, no date read, the writer's line as the outlet
    # (fails without)
    articles = extract_articles(_mbox(), name="alerts.txt")
    assert list(articles["title"]) == [alert[2] for alert in _ALERTS]
    assert list(articles["published"]) == ["2026-12-04", "2026-12-03"]
    assert list(articles["outlet"]) == ["Harbour Weekly"] * 2
    assert list(articles["byline"].fillna("")) == ["Nell Ashdown", ""]
    assert list(articles["body"]) == [alert[4] for alert in _ALERTS]


def test_a_page_not_opening_with_an_mbox_line_has_no_rows():
    text = _mbox()
    assert len(mbox_rows(text.split("\n"))) == 2
    quoted = "Forwarded alerts:\n\n" + text  # a text quoting messages is no mailbox file
    assert mbox_rows(quoted.split("\n")) == []
    one = text[: text.index("From alerts@harbour.example Thu")]
    assert mbox_rows(one.split("\n")) == []  # one message: the page's own header


_DIGEST = """Send press mailing list submissions to
\tpress@club.example

Today's Topics:

   1. Reporters meet in the old town hall (Nell Ashdown)
   2. Young writers' prize opens (Piet Morrow)

----------------------------------------------------------------------

Message: 1
Date: Wed, 2 Dec 2026 16:20:41 +0000
From: Nell Ashdown <nell@club.example>
Subject: [Press] Reporters meet in the old town hall

Reporters from every county met in the old town hall to mark the day of the free
press. The club held a talk on court reporting.

Nell Ashdown
Secretary, Marsh Press Club

------------------------------

Message: 2
Date: Thu, 3 Dec 2026 11:02:17 +0000
From: Piet Morrow <piet@club.example>
Subject: [Press] Young writers' prize opens

Young writers can send their stories until the twentieth. The best three will be
printed in the spring.

Piet Morrow

------------------------------

_______________________________________________
Press mailing list
"""


def test_a_digest_numbering_its_messages_is_read_alike():
    # review h278: a Mailman digest read as one record (fails without)
    articles = extract_articles(_DIGEST, name="digest.txt")
    assert list(articles["title"]) == [
        "Reporters meet in the old town hall",
        "Young writers' prize opens",
    ]
    assert list(articles["byline"]) == ["Nell Ashdown", "Piet Morrow"]  # members sign
    assert list(articles["published"]) == ["2026-12-02", "2026-12-03"]
    assert all("Secretary" not in body and "---" not in body for body in articles["body"])
    assert articles["body"].iloc[1].startswith("Young writers can send")
