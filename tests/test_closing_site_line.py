"""Tests of analysis.clean.closing_site_line: a site named only in a page's closing
promo or share line (made-up sites and stories)."""

from __future__ import annotations

import pytest

from analysis.clean.closing_site_line import closing_site_line
from analysis.clean.site_name import page_site_name

STORY = [
    "Harbour wall repairs finish early",
    "",
    "December 2, 2026 · Jo Marlow",
    "",
    "Repairs to the harbour wall finished two weeks early, the council said on Wednesday.",
    "",
    "The work cost less than expected after a dry autumn.",
    "",
]


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ("Read more on the Quayside Gazette", "Quayside Gazette"),
        ("Continue reading at Quayside Gazette.", "Quayside Gazette"),
        ('Share on X: "Harbour wall repairs finish early" via @quaysidegaz', "quaysidegaz"),
        # a newsletter the site offers its reader under the story (h442)
        (
            "Get local news delivered to your inbox with the Quayside Gazette morning newsletter.",
            "Quayside Gazette",
        ),
        ("Sign up for Quayside Gazette's free daily newsletter.", "Quayside Gazette"),
    ],
)
def test_a_page_named_only_in_its_closing_line_has_that_site(closing, name):
    lines = [*STORY, closing]
    found = closing_site_line(lines)
    assert found is not None and lines[found[0]][found[1] : found[2]] == name
    site = page_site_name(lines)
    assert site is not None and site.name == name


@pytest.mark.parametrize(
    "closing",
    [
        "Read more on Brexit",
        "Read more on the council's budget plans for next year and beyond",
        # a story's sentence about someone's newsletter addresses no reader (h442)
        "The mayor wrote about the plan in the Harbour Residents Association newsletter.",
        "Get your copy with the Harbour newsletter.",  # a name of one word
    ],
)
def test_a_topic_after_read_more_is_no_site(closing):
    assert closing_site_line([*STORY, closing]) is None


def test_a_promo_far_above_the_end_is_not_read():
    lines = [*STORY[:4], "Read more on the Quayside Gazette", "", *STORY[4:], "A", "B", "C", "D"]
    assert closing_site_line(lines) is None


@pytest.mark.parametrize(
    "closing",
    [
        "The Tolland Street Gazette is reader-supported. Subscribe, it's free.",
        "Quay Notes is a reader-supported publication. To receive new posts, subscribe.",
        "Harbour Bench is reader-supported. We may earn a commission from links.",
        "The Quayside Current is a member-funded newsroom. Join for $1 a week.",
    ],
)
def test_a_sites_support_line_names_it(closing):
    # a newsletter platform's closing box, an affiliate disclosure, a nonprofit's line:
    # the site is the subject of its support line (review h428)
    name = closing.split(" is ")[0]
    lines = [*STORY, closing]
    found = closing_site_line(lines)
    assert found is not None and lines[found[0]][found[1] : found[2]] == name
    site = page_site_name(lines)
    assert site is not None and site.name == name


@pytest.mark.parametrize(
    "closing",
    [
        "This newsletter is reader-supported.",
        "Everything you read here is reader-supported.",
        "It is reader-supported.",
    ],
)
def test_a_support_line_of_no_name_names_no_site(closing):
    assert closing_site_line([*STORY, closing]) is None
