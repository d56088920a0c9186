"""Numbered lists of stories ("Most read", "Top 10"): one record per item, on made-up
pages (analysis.clean.listing, analysis.clean.listing_lookalikes)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles

# Made-up stories: a headline and a teaser that repeats none of its headline's words.
STORIES = [
    (
        "Council votes to close the old swimming pool by spring",
        "The decision follows years of rising repair bills and a survey that found the "
        "roof unsafe for visitors.",
    ),
    (
        "Rail strike called off after last-minute talks",
        "Union leaders said the offer on pay and hours was enough to put to members in a "
        "ballot next week.",
    ),
    (
        "Farmers warn of poor harvest after wet summer",
        "Growers across the region say crops have rotted in the fields and prices will "
        "rise before winter.",
    ),
    (
        "School meals to be free for all pupils from September",
        "The county says the scheme will cost four million a year and will be paid for by "
        "savings elsewhere.",
    ),
]


def _ranked(between: str) -> str:
    items = [f"{n}. {headline}\n{teaser}" for n, (headline, teaser) in enumerate(STORIES, 1)]
    return between.join(items)


@pytest.mark.parametrize("between", ["\n\n", "\n"])
def test_a_numbered_most_read_list_gives_one_record_per_item(between):
    # teasers that repeat no word of their headlines: the ranks 1 to 4 and nothing of an
    # article above the list (no lede, no byline) make it a list of stories
    text = f"The Valley Courier\n\nMost read\n\n{_ranked(between)}\n"
    articles = extract_articles(text, name="most_read.txt")
    assert list(articles["title"]) == [headline for headline, _ in STORIES]
    assert list(articles["body"]) == [teaser for _, teaser in STORIES]


def test_a_list_heading_printed_right_over_the_first_item_is_no_part_of_it():
    # "Most read" with no blank line under it read as the first card's kicker gave it a
    # shape no other card has: the page was one article
    text = f"The Valley Courier\nMost read\n{_ranked(chr(10))}\n"
    articles = extract_articles(text, name="most_read.txt")
    assert list(articles["title"]) == [headline for headline, _ in STORIES]
    assert articles["category"].isna().all()


@pytest.mark.parametrize("between", ["\n\n", "\n"])
def test_numbered_items_under_an_articles_lede_and_byline_stay_one_article(between):
    # a listicle: its headline, author and lede above the numbered items
    lede = (
        "Four stories from the valley this week show how much the county has changed, "
        "and how much the people who live there still argue about it."
    )
    text = f"The week in the valley\nBy Jane Miller\n\n{lede}\n\n{_ranked(between)}\n"
    articles = extract_articles(text, name="listicle.txt")
    assert len(articles) == 1
    assert articles.iloc[0]["body"].startswith(lede)


def test_rank_number_reads_the_rank_leading_a_headline():
    from analysis.clean.card_fields import rank_number

    assert rank_number("3. Title") == 3
    assert rank_number("No. 12: Outlet: Title") == 12
    assert rank_number("#2 Title") == 2
    assert rank_number("[Aug. 21] Title") is None
    assert rank_number("Title") is None
