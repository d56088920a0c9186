"""analysis.clean.post_link_cards: a social timeline copied as text, each post's link
card a card. Made-up accounts and stories."""

from __future__ import annotations

from page_checks import assert_accounts_for_every_character

from analysis.clean.articles import extract_articles
from analysis.clean.post_link_cards import age_line_posts, post_link_cards
from analysis.clean.segment import segment_page

CARDS = [
    (
        "3 Dec 2026",
        "The bridge is open!",
        "New bridge over the river opens to traffic",
        "The road authority opened the two-lane bridge yesterday. It replaces a "
        "one-lane bridge from 1956.",
    ),
    (
        "4 Dec 2026",
        "Take care today.",
        "Avalanche warning for the eastern fjords",
        "The weather office raised the warning level overnight. Residents are asked "
        "to follow the notices.",
    ),
    (
        "2 Dec 2026",
        "",
        "Fish plant hires forty people",
        "The company is adding staff at its new freezing plant. Hiring starts in January.",
    ),
]


def _timeline() -> str:
    lines = ["Home", "Search", "Notifications", "", "Following", "Discover", ""]
    for k, (when, note, title, text) in enumerate(CARDS):
        lines += ["Harbour Weekly", f"@harbourweekly.bsky.social · {when}"]
        lines += [note] if note else []
        lines += ["harbourweekly.org", title, text, str(k + 2), str(k), str(9 + k), ""]
        if k == 0:  # a person's post, reposted: no link card
            lines += [
                "Anna Berg reposted",
                "Olaf Strand",
                "@olafstrand.bsky.social · 3 Dec 2026",
                "Lovely weather in the valley this morning, minus twelve and calm.",
                "1",
                "0",
                "4",
                "",
            ]
    return "\n".join(lines)


def test_each_posts_link_card_is_a_card_and_a_post_without_one_is_chrome():
    # h161 F4 (bluesky_timeline_is): the timeline read as one record without a title
    page = _timeline()
    articles = extract_articles(page, name="timeline.txt")
    assert list(articles["title"]) == [title for _, _, title, _ in CARDS]
    assert list(articles["body"]) == [text for _, _, _, text in CARDS]
    assert set(articles["outlet"]) == {"Harbour Weekly"}
    assert list(articles["published"]) == ["2026-12-03", "2026-12-04", "2026-12-02"]
    assert_accounts_for_every_character(segment_page(page, "timeline.txt"), page)


def test_posts_without_link_cards_give_no_card():
    lines = _timeline().split("\n")
    without = [line for line in lines if line != "harbourweekly.org"]
    assert post_link_cards(without) == []


# A profile copied logged out: the handle alone, the age alone under it, the post's text,
# the card's domain and headline (no description), the counts (listings_h336's Threads
# profile); a company page: the age with a bullet, a visibility line and 'Follow' before
# the text, the card's headline over its domain (listings_h328's LinkedIn page).
AGED = [
    (
        "2d",
        "Flood water from upstream: residents told to stay alert. Read more here:",
        "Riverside residents told to stay alert",
    ),
    (
        "3d",
        "Street musicians may no longer play on the main road, the council says.",
        "Council bans street music on the main road",
    ),
    (
        "1w",
        "The market opens late every evening in December. The full story:",
        "Night market opens until ten in December",
    ),
]


def _profile(headline_first: bool) -> str:
    lines = ["Log in", "", "harbourweekly", "Harbour Weekly", "harbourweekly.news", ""]
    lines += ["News from the harbour, every day.", "12.4K followers", ""]
    for age, text, title in AGED:
        card = [title, "harbourweekly.news"] if headline_first else ["harbourweekly.news", title]
        if headline_first:
            lines += ["Harbour Weekly", f"{age} • ", "Visible to anyone", "", "Follow", text]
        else:
            lines += ["harbourweekly", age, text]
        lines += ["", *card, "", "18", "4 comments", ""]
    lines += ["Log in or sign up", "© 2026"]
    return "\n".join(lines)


def test_posts_whose_age_stands_alone_are_read_by_their_link_cards():
    for headline_first in (False, True):
        articles = extract_articles(_profile(headline_first), name="profile.txt")
        assert list(articles["title"]) == [title for _, _, title in AGED]
        assert list(articles["relative_time"]) == [age for age, _, _ in AGED]
        assert list(articles["body"]) == [text for _, text, _ in AGED]


def test_an_aggregators_cards_under_their_ages_are_no_posts():
    # the line under a card is the next card's age, no count: no post's card
    lines = []
    for age, text, title in AGED:
        lines += [title, "harbourweekly.news", age, text, ""]
    assert age_line_posts(lines) == []


def test_a_company_page_whose_name_has_open_vowels_is_its_posts_outlet():
    # listings_h328's LinkedIn page 'Kumase Nsɛm': its cards' host spells the name with
    # 'e' and 'o' for 'ɛ' and 'ɔ'; the name was not matched to it, and the host line was
    # read as the page's site and every post's outlet
    page = (
        _profile(True)
        .replace("harbourweekly", "sunyaninkomonsem")
        .replace(".news", ".com.gh")
        .replace("Harbour Weekly", "Sunyani Nkɔmɔ Nsɛm")
    )
    articles = extract_articles(page, name="company.txt")
    assert list(articles["title"]) == [title for _, _, title in AGED]
    assert set(articles["outlet"]) == {"Sunyani Nkɔmɔ Nsɛm"}
