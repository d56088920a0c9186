"""A forwarded newsletter's sender names its site, never its forwarder (review h330)."""

from __future__ import annotations

from analysis.clean.forwarded_mail import forwarded_sender
from analysis.clean.site_name import page_site_name

GMAIL_PRINT = """Gmail\tJane Roe <j.roe@example.edu>

Fwd: Morning Brief: Ferry fares rise
1 message

Jane Roe <j.roe@example.edu>\tWed, Dec 2, 2026 at 9:14 AM
To: lab@example.edu

---------- Forwarded message ---------
From: The Harbour Herald <newsletters@harbourherald.example>
Date: Tue, Dec 1, 2026 at 6:02 AM
Subject: Morning Brief: Ferry fares rise
To: <j.roe@example.edu>

Ferry fares will rise in March, the port authority said on Tuesday.

Commuters said the increase would cost them about 40 a month.
"""

OUTLOOK = """From: Tom Doe <t.doe@example.edu>
Sent: Thursday, December 3, 2026 10:02 AM
To: lab@example.edu
Subject: FW: Weekender: Parade route

________________________________
Von: Der Hafenbote <weekender@hafenbote.example>
Gesendet: Freitag, 4. Dezember 2026 05:30
An: Tom Doe <t.doe@example.edu>
Betreff: Weekender: Parade route

The parade will take a new route this year, organisers said.
"""


def test_gmail_print_names_the_forwarded_sender() -> None:
    site = page_site_name(GMAIL_PRINT.split("\n"))
    assert site is not None and site.name == "The Harbour Herald"


def test_outlook_forward_in_german_names_the_sender() -> None:
    lines = OUTLOOK.split("\n")
    line, start, end = forwarded_sender(lines)
    assert lines[line][start:end] == "Der Hafenbote"
    assert page_site_name(lines).name == "Der Hafenbote"


def test_a_message_that_forwards_nothing_has_no_forwarded_sender() -> None:
    lines = ["From: Harbour Herald <news@harbourherald.example>", "Subject: Brief", "", "Text."]
    assert forwarded_sender(lines) is None
    # a rule over a footer's lines that are no mail header
    assert forwarded_sender(["________________", "From: the archives", "Photo: Jane Roe"]) is None


def test_a_sender_given_as_an_address_alone_names_nothing() -> None:
    lines = ["Begin forwarded message:", "", "From: news@harbourherald.example", "Subject: Brief"]
    assert forwarded_sender(lines) is None


def test_a_person_passing_a_story_on_names_no_site() -> None:
    """A forwarded message from a person (their own mailbox) is no newsletter: its
    sender's name is not the address's site (metadata_h136's forwarded e-mail)."""
    lines = [
        "---------- Forwarded message ---------",
        "From: Tom Doe <tom.doe@mailbox.example>",
        "Date: Thu, Nov 5, 2026 at 7:58 AM",
        "Subject: Fwd: read this",
        "",
        "Saw this in the paper this morning.",
    ]
    assert forwarded_sender(lines) is None
    from_its_site = ["-----Original Message-----", "From: Harbour Daily <hi@harbourdaily.example>",
                     "Subject: Brief"]  # fmt: skip
    assert forwarded_sender(from_its_site) == (1, 6, 19)
