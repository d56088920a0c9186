"""analysis.clean.org_text: an Org-mode file reads as its text (made-up files)."""

from __future__ import annotations

from analysis.clean.org_text import is_org, plain_org
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

READING_LIST = """#+TITLE: Reading list — coast stories
#+AUTHOR: K. Moss
#+STARTUP: overview
* December 2026
** TODO [[https://hp.example/b][New footbridge over the harbour opens in January]] :transport:
:PROPERTIES:
:OUTLET:   Harbour Post
:PUBLISHED: [2026-12-01 Tue]
:AUTHOR:   Ravi Osei
:END:
Builders say the deck is finished. The council expects the bridge to save walkers ten minutes.
** DONE [[https://valleyvoice.example/bread][Bread prices at the market fall a little]]   :economy:
CLOSED: [2026-12-04 Fri 09:12]
:PROPERTIES:
:OUTLET:   Valley Voice
:PUBLISHED: [2026-12-02 Wed]
:AUTHOR:   Lena Park
:END:
A loaf costs ten cents less than in November. Bakers say flour got cheaper after the harvest.
** TODO [[https://harbourpost.example/storm][Storm warning raised for the coast]]   :weather:
:PROPERTIES:
:OUTLET:   Harbour Post
:PUBLISHED: [2026-12-03 Thu]
:END:
Forecasters expect gales on Saturday night. Ferries may not sail on Sunday morning.
"""


def test_an_org_reading_list_gives_one_article_a_heading_with_its_properties():
    # the headings' stars, task keywords, links and tags and the drawers' marks read as
    # chrome made the page one article of its first note, the other notes in no record
    page = page_from_bytes(READING_LIST.encode(), "reading.org.txt", "reading.org.txt")
    articles = clean_page(page).articles
    assert [a["title"] for a in articles] == [
        "New footbridge over the harbour opens in January",
        "Bread prices at the market fall a little",
        "Storm warning raised for the coast",
    ]
    assert [a["outlet"] for a in articles] == ["Harbour Post", "Valley Voice", "Harbour Post"]
    assert [str(a["published"])[:10] for a in articles] == [
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
    ]
    assert [a["byline"] for a in articles] == ["Ravi Osei", "Lena Park", None]
    assert articles[1]["body"].startswith("A loaf costs ten cents less")


def test_plain_org_takes_off_the_marks_and_leaves_other_text_alone():
    plain = plain_org(READING_LIST)
    assert plain.startswith("Reading list — coast stories\nDecember 2026\n")
    assert "Title: Bread prices at the market fall a little\nOutlet: Valley Voice\n" in plain
    assert "Published: 2026-12-02\n" in plain
    assert not any(mark in plain for mark in ("#+", "[[", ":END:", "CLOSED:", ":economy:"))
    # an article written in Org: its title and headings as lines, its text as it was
    article = "#+title: The last ferry\n\n* Morning\nThe ferry left at six. [[https://x.example][Timetable]]\n"
    assert plain_org(article) == "The last ferry\n\nMorning\nThe ferry left at six. Timetable\n"
    # a drawer naming no outlet, date or author is taken off, its heading plain
    drawer = "#+TITLE: Notes\n* Morning\n:PROPERTIES:\n:CUSTOM_ID: m1\n:END:\nThe ferry left.\n"
    assert plain_org(drawer) == "Notes\nMorning\nThe ferry left.\n"
    # no setting line opening the text: not Org, whatever its stars
    markdown = "Notes\n** a starred line\n:PROPERTIES:\n"
    assert not is_org(markdown)
    assert plain_org(markdown) == markdown
