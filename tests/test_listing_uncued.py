"""Cards of a listing page that no cue marks are kept, not lost (made-up pages;
analysis.clean.listing)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles

# Made-up stories: headline, teaser.
STORIES = [
    (
        "Council votes to close the old swimming pool by spring",
        "Councillors decided on Tuesday that the pool, which opened in 1968, will shut in "
        "March because repairs cost too much.",
    ),
    (
        "Rail strike called off after last-minute talks",
        "Train drivers will not walk out next week after union leaders accepted a new offer "
        "on pay and hours.",
    ),
    (
        "Farmers warn of poor harvest after wet summer",
        "Growers across the region say the rain rotted crops in the fields and that prices "
        "will rise before winter.",
    ),
    (
        "New bridge opens to traffic two years late",
        "Drivers crossed the river for the first time on Monday after a long delay over the "
        "price of steel.",
    ),
]


@pytest.mark.parametrize("unnamed", ["Earlier today", "Gerade eben", "Ahora mismo"])
def test_a_card_whose_time_no_cue_names_is_kept(unnamed):
    times = ["2 hours ago", unnamed, "5 hours ago", "Yesterday"]
    lines = ["The Valley Courier", "Home | News | Sport", ""]
    for (headline, teaser), when in zip(STORIES, times, strict=True):
        lines += [headline, when, teaser, ""]
    lines += ["© 2026 The Valley Courier"]
    articles = extract_articles("\n".join(lines), name="latest.txt")
    assert list(articles["title"]) == [headline for headline, _ in STORIES]
    assert articles.iloc[1]["body"] == STORIES[1][1]


def test_a_numbered_list_of_teasers_under_the_cards_gives_a_card_per_item():
    # two cards marked by a byline and a time, then a "Most read" list of ranked
    # headlines over teasers: each item is a record too
    lines = ["The Valley Courier", "Home | News | Sport", ""]
    for (headline, teaser), author in zip(STORIES[:2], ["Jane Miller", "Tom Baker"], strict=True):
        lines += [headline, f"By {author}", "3 hours ago", teaser, ""]
    lines += ["Most read", ""]
    for n, (headline, teaser) in enumerate(STORIES[2:], 1):
        lines += [f"{n}. {headline}", teaser, ""]
    lines += ["© 2026 The Valley Courier"]
    articles = extract_articles("\n".join(lines), name="home.txt")
    assert list(articles["title"]) == [headline for headline, _ in STORIES]
    assert list(articles["body"]) == [teaser for _, teaser in STORIES]


def test_a_sign_up_box_between_the_cards_stays_chrome():
    lines = ["The Valley Courier", "Home | News | Sport", ""]
    for k, (headline, teaser) in enumerate(STORIES):
        lines += [headline, f"{k + 2} hours ago", teaser, ""]
        if k == 1:
            lines += [
                "Sign up for our newsletter",
                "Get the day's top stories from the valley in your inbox every morning.",
                "",
            ]
    articles = extract_articles("\n".join(lines), name="latest.txt")
    assert list(articles["title"]) == [headline for headline, _ in STORIES]
