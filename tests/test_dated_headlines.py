"""analysis.clean.dated_headlines: listings of headlines without a text, each printed
with its own date. Made-up sites and stories."""

from __future__ import annotations

from page_checks import assert_accounts_for_every_character

from analysis.clean.card_teaser import TITLE_ONLY_REASON
from analysis.clean.dated_headlines import is_date_line
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes
from analysis.clean.segment import segment_page

ARCHIVE = [
    ("Ferry to the outer islands gets a new engine", "3 Dec 2026", "2026-12-03"),
    ("Ski slopes above the valley open this weekend", "2 Dec 2026", "2026-12-02"),
    ("Town council approves next year's budget", "28 Nov 2026", "2026-11-28"),
]


def _cleaned(text: str, name: str):
    return clean_page(page_from_bytes(text.encode(), name, name))


def test_an_archive_of_headlines_each_with_its_date_is_a_listing_of_title_only_cards():
    # h161 F3 (eleventy_postlist_is): an archive page prints each story's headline and
    # date, no teaser; it was skipped as "headlines only?"
    lines = ["Fjordside Notes", "Home  Archive  About", "", "All posts", ""]
    for title, printed, _ in ARCHIVE:
        lines += [title, printed, ""]
    text = "\n".join([*lines, "Fjordside Notes – a newsletter from the fjord"])
    cleaned = _cleaned(text, "archive.txt")
    assert cleaned.no_article is None
    assert [row["title"] for row in cleaned.articles] == [title for title, _, _ in ARCHIVE]
    assert [row["published"] for row in cleaned.articles] == [day for _, _, day in ARCHIVE]
    assert {row["body"] for row in cleaned.articles} == {""}
    assert {row["teaser_reason"] for row in cleaned.articles} == {TITLE_ONLY_REASON}
    assert {row["outlet"] for row in cleaned.articles} == {"Fjordside Notes"}
    assert_accounts_for_every_character(segment_page(text, "archive.txt"), text)


def test_an_html_post_list_of_links_and_time_elements_gives_one_card_a_post():
    items = "".join(
        f'<li><a href="/posts/{k}/">{title}</a> <time datetime="{day}">{printed}</time></li>'
        for k, (title, printed, day) in enumerate(ARCHIVE)
    )
    html = (
        "<html><head><title>All posts</title></head><body>"
        '<header><a href="/">Fjordside Notes</a></header>'
        f"<main><h1>All posts</h1><ol>{items}</ol></main></body></html>"
    )
    cleaned = _cleaned(html, "posts.html")
    assert [row["title"] for row in cleaned.articles] == [title for title, _, _ in ARCHIVE]
    assert [row["published"] for row in cleaned.articles] == [day for _, _, day in ARCHIVE]


def test_undated_headlines_and_an_aggregators_cards_without_text_stay_skipped():
    # no date beside the headlines: a menu, a list of sections looks the same
    undated = "\n".join(["Fjordside Notes", "", *[f"{t}\n" for t, _, _ in ARCHIVE]])
    # "Publisher / Headline / 3 hours ago": an aggregator's cards, read over a text only
    aggregated = "\n".join(
        ["Digest", ""]
        + [
            f"The Valley Post\n{title}\n{k + 2} hours ago\n"
            for k, (title, _, _) in enumerate(ARCHIVE)
        ]
    )
    for text in (undated, aggregated):
        cleaned = _cleaned(text, "skipped.txt")
        assert not cleaned.articles
        assert "headlines only" in cleaned.no_article


def test_a_box_of_dated_headlines_beside_an_article_adds_no_card():
    story = (
        "The harbour board voted on Tuesday to dredge the inner basin before the spring "
        "season, after two fishing boats ran aground there in October."
    )
    lines = ["Fjordside Notes", "", "Harbour basin to be dredged", "", story, "", "More posts", ""]
    for title, printed, _ in ARCHIVE:
        lines += [title, printed, ""]
    cleaned = _cleaned("\n".join(lines), "story.txt")
    assert len(cleaned.articles) == 1
    assert cleaned.articles[0]["body"] == story


def test_a_date_line_is_a_date_or_a_time_alone():
    assert is_date_line("3 Dec 2026") and is_date_line(" 2026-12-03 ")
    assert is_date_line("2 hours ago")
    assert not is_date_line("Updated 3 Dec 2026")
    assert not is_date_line("Town council approves the budget")
