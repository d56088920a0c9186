"""An author page's subject (analysis.clean.author_page): its box is no card, and its
name is the byline of every card that prints none (review h186 item 2; made-up pages)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.author_page import page_author

STORIES = [
    (
        "03.12.2026",
        "New park opens on the east bank",
        "Fifteen hectares of meadow now have a playground and a cycle path.",
    ),
    (
        "01.12.2026",
        "Old water mains to be replaced",
        "The city set aside three million for new pipes. Work starts in spring.",
    ),
    (
        "28.11.2026",
        "Young farmers win forty grants",
        "The chamber funded forty projects, most of them on small farms.",
    ),
]


def _author_page(box: list[str], heading: str) -> str:
    lines = ["Steppe Courier", "Home · Politics · Society · Economy · Sport", "", *box, ""]
    lines += [heading, ""]
    for day, headline, teaser in STORIES:
        lines += [day, headline, teaser, ""]
    return "\n".join([*lines, "Load more"])


@pytest.mark.parametrize(
    ("box", "heading"),
    [
        # role line and a biography naming her by her first name
        (
            ["Aigul Seitova", "Reporter, society desk", "Aigul has covered the region since 2018."],
            "The author's stories",
        ),
        # a biography alone; the list's heading says whose the stories are
        (["Aigul Seitova", "She writes on transport and health."], "Stories by this author"),
    ],
)
def test_an_author_pages_box_is_no_card_and_its_name_is_every_cards_byline(box, heading):
    articles = extract_articles(_author_page(box, heading), name="author.txt")
    assert list(articles["title"]) == [headline for _, headline, _ in STORIES]
    assert list(articles["byline"]) == ["Aigul Seitova"] * len(STORIES)


def test_a_photos_name_and_caption_over_the_first_card_name_no_author():
    # a card's photo: its alternative text a person's name, its caption naming him again
    lines = ["Steppe Courier", "", "Features", "", "Daniyar Ospan"]
    lines += ["Daniyar Ospan speaks to farmers in the north. Photo: Courier", ""]
    for day, headline, teaser in STORIES:
        lines += [day, headline, f"{teaser} Daniyar Ospan was there.", ""]
    assert page_author(lines, 7) is None


def test_a_name_over_a_menu_is_the_sites_masthead():
    lines = ["We use cookies on this site.", "Accept", "", "Steppe Courier", "  • Home"]
    lines += ["  • Politics", "", "Latest from Steppe Courier", ""]
    assert page_author(lines, 9) is None
    box = ["Aigul Seitova", "Reporter", "Aigul has covered the region since 2018."]
    assert page_author(["Steppe Courier", "", *box, "", "Stories"], 7) == (2, "Aigul Seitova")


def test_the_sites_name_over_its_tagline_names_no_author():
    # a digest e-mail: its sender's name printed again over the tagline, as a writer's
    # name over her biography (listings_h142: every card took it as its byline)
    lines = ["From: Harbour Digest <digest@harbour.example>", "Subject: Your week", ""]
    lines += ["HARBOUR DIGEST", "The most-read stories of the week", ""]
    for day, headline, teaser in STORIES:
        lines += [headline, f"Steppe Courier · {day}", teaser, ""]
    assert page_author(lines, 6) is None
    articles = extract_articles("\n".join(lines), name="digest.txt")
    assert set(articles["byline"].dropna()) == set()


def test_a_portals_site_name_under_a_hidden_consent_box_is_no_author():
    """Review h360: a news portal's topic page renders its hidden consent box first, so
    its own name ("Harbour News", the markup's ``og:site_name``) stands under it, written
    again in the box's sentence: the site, not the person the page is about."""
    lines = [
        "Harbour is part of the Harbour family of brands. We and our partners use cookies.",
        "Harbour News",
        "Sign in Mail",
        "",
        "Cyclone Season",
        "",
        "Follow",
        "",
        "Island Daily • 3 hours ago",
        "Schools close for a day before the cyclone",
        "The ministry closed every school in the north for a day.",
    ]
    assert page_author(lines, 8) == (1, "Harbour News")  # the page text alone cannot tell
    assert page_author(lines, 8, "Harbour News") is None


def test_a_sign_in_link_over_the_breadcrumb_is_no_author():
    # review h413 (author_page_en_in): the header's "Sign In" link over "Subscribe", a
    # breadcrumb "Home / Authors / NAME" under it: the control's two capitalised words
    # read as the person, confirmed by "Authors"; the writer's box under it is hers
    lines = ["Steppe Courier", "Sign In", "Subscribe to Premium", "", "Home", "Authors"]
    lines += ["Aigul Seitova", "", "Aigul Seitova", "Senior Correspondent, Almaty"]
    lines += ["Aigul Seitova covers transport and the city's budget.", ""]
    lines += ["Latest Stories by Aigul Seitova", ""]
    top = len(lines)
    for day, headline, teaser in STORIES:
        lines += [headline, teaser, f"Updated: {day}", ""]
    lines += ["Copyright © 2026 Steppe Courier Ltd. All rights reserved."]
    found = page_author(lines, top)
    assert found is not None and found[1] == "Aigul Seitova"


def test_a_blank_line_between_the_name_and_the_biography():
    # review h413 (firefox_text_author_page_pl, brightspot_author_page_en_ca): a
    # browser's text save and an HTML page's text print a blank line under the name's
    # heading; the name over it is still the person the page is about
    box = ["Aigul Seitova", "", "Reporter, society desk", "", "Aigul has covered the region."]
    articles = extract_articles(_author_page(box, "Stories by this author"), name="author.txt")
    assert list(articles["title"]) == [headline for _, headline, _ in STORIES]
    assert list(articles["byline"]) == ["Aigul Seitova"] * len(STORIES)
    # two blank lines: the name stands apart (a heading of its own), no person's box
    lines = ["Steppe Courier", "", "Aigul Seitova", "", "", "Reporter", ""]
    assert page_author([*lines, "Stories by this author", "", "03.12.2026"], 9) is None


def test_a_menu_row_over_a_blank_line_and_its_first_entrys_heading_is_no_author():
    # listings_h254 (print_urls_after_links_gsw): a browser's print of a section page
    # with its menu's links on one row ("Region Sport Kultur") and the section's heading
    # "Region" one blank line under it: the row's first word is written again, but a box
    # printed apart needs the whole name again (or an author label)
    lines = ["05.12.26, 09:14      Region – Steppe Courier", "", "Steppe Courier"]
    lines += ["Region Sport Culture", "", "Region", ""]  # (the print's title line over them)
    top = len(lines)
    for day, headline, teaser in STORIES:
        lines += [headline, f"By Jo Meier · {day}", teaser, "Read more", ""]
    assert page_author(lines, top) is None
