"""Listing cards printed with a blank line inside them: under the headline and above the
lines under the body, as a browser's text view or an HTML-to-text tool prints a card's
heading, paragraph and meta line (analysis.clean.listing and its steps)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import read_page

TEASER = (
    "Officials said on Friday that the harbour bridge would close for repairs over the "
    "summer, and that ferries would run every ten minutes while the work goes on."
)
OTHER = (
    "The ferry company said it would add two boats in June, and that tickets bought for "
    "the bridge bus would be valid on every crossing until the repairs are over."
)
THIRD = (
    "Residents of the old town asked the council to keep the footpath open at night, "
    "since the nearest other crossing is more than three kilometres upstream."
)
REVIEW_SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "review_sets"
HEAD = ["City Wire", "", "Latest stories", ""]


def _titles(lines: list[str], name: str) -> list[str]:
    return list(extract_articles("\n".join(lines), name=name)["title"])


def test_a_headline_a_blank_line_over_its_outlet_name_line_heads_its_card():
    cards = [
        ("Council votes to close the bridge", "North Gazette", TEASER),
        ("Ferries step in as the bridge shuts", "The Evening Courier", OTHER),
        ("Repairs on the old bridge start in June", "East Herald", THIRD),
    ]
    lines = list(HEAD)
    for title, outlet, body in cards:
        lines += [title, "", outlet, body, "Flag as irrelevant", ""]
    articles = extract_articles("\n".join(lines), name="names.txt")
    assert list(articles["title"]) == [title for title, _, _ in cards]
    assert list(articles["outlet"]) == [outlet for _, outlet, _ in cards]


def test_comment_counts_a_blank_line_under_the_cards_do_not_end_the_listing():
    cards = [
        ("Council votes to close the bridge", "By Jane Doe", TEASER),
        ("Ferries step in as the bridge shuts", "By John Smith", OTHER),
        ("Repairs on the old bridge start in June", "By Maria Lopez", THIRD),
    ]
    lines = list(HEAD)
    for k, (title, byline, body) in enumerate(cards):
        lines += [
            "Politics",
            title,
            "",
            byline,
            "10/05/2016",
            "",
            body,
            "",
            f"{k + 12} Comments",
            "",
        ]
    assert _titles(lines, "counts.txt") == [title for title, _, _ in cards]


def test_a_comment_count_printed_once_under_an_article_still_ends_the_cards():
    lines = list(HEAD)
    for title, meta, body in [
        ("Council votes to close the bridge", "North Gazette · 2 hours ago", TEASER),
        ("Ferries step in as the bridge shuts", "South Post · 5 hours ago", OTHER),
    ]:
        lines += [title, meta, body, ""]
    lines += ["", "42 Comments", "", "Repairs on the old bridge start in June"]
    lines += ["East Herald · 1 day ago", THIRD, ""]
    titles = _titles(lines, "thread.txt")
    assert "Repairs on the old bridge start in June" not in titles


@pytest.mark.parametrize(
    ("separator", "card"),
    [
        # the meta line a blank line under the headline, over the body
        (" · ", lambda title, meta, body: [title, "", meta, body, ""]),
        # the meta line a blank line under the body (the headline over the body)
        (" | ", lambda title, meta, body: [title, "", body, "", meta, ""]),
    ],
)
def test_sentence_headlines_a_blank_line_over_their_text_head_their_cards(separator, card):
    cards = [
        ("Council votes to close the bridge", "North Gazette", TEASER),
        ("Hold on. Don't mind the bridge blues.", "South Post", OTHER),
        ("Repairs on the old bridge start in June", "East Herald", THIRD),
    ]
    lines = list(HEAD)
    for k, (title, outlet, body) in enumerate(cards):
        lines += card(title, f"{outlet}{separator}{k + 2} hours ago", body)
    articles = extract_articles("\n".join(lines), name="sentence.txt")
    assert list(articles["title"]) == [title for title, _, _ in cards]
    assert list(articles["outlet"]) == [outlet for _, outlet, _ in cards]


def test_a_two_word_headline_a_blank_line_over_its_outlet_line_heads_its_card():
    cards = [
        ("Council votes to close the bridge", "North Gazette — 2 hrs ago", TEASER),
        ("Quiet Mischief", "South Post — 5 hrs ago", OTHER),
        ("Repairs on the old bridge start in June", "East Herald — 1 day ago", THIRD),
    ]
    lines = list(HEAD)
    for title, meta, body in cards:
        lines += [title, "", meta, body, ""]
    assert _titles(lines, "short.txt") == [title for title, _, _ in cards]


def test_a_date_one_blank_line_under_every_card_closes_it_though_the_next_headline_follows():
    # a list's items rendered as text: headline, blank, text, blank, date, and the next
    # item's headline right under the date; the last item's date has no headline under
    # it, so each date closes the item above: read as the next item's header, the first
    # item had no cue and was in no record, and every date was the next item's
    heads = [
        "Council approves the harbour budget",
        "Ferry service resumes after the repairs",
        "New bridge opens ahead of its schedule",
    ]
    teasers = [
        "The vote came after four hours of debate in the old town hall.",
        "Repairs to the landing took longer than planned, officials said.",
        "Drivers can use the crossing from Friday morning, the city said.",
    ]
    dates = ["Dec 3, 2026", "Dec 2, 2026", "Dec 1, 2026"]
    items = "\n".join(
        f"{head}\n\n{teaser}\n\n{date} · Jane Doe"
        for head, teaser, date in zip(heads, teasers, dates, strict=True)
    )
    page = f"Harbour Radio\n\nEpisodes\n\n{items}\n\nHarbour Radio | Privacy\n"
    articles = extract_articles(page, name="episodes.txt")
    assert articles["title"].tolist() == heads
    assert articles["body"].tolist() == teasers
    assert articles["published"].tolist() == ["2026-12-03", "2026-12-02", "2026-12-01"]


# (made up) cards set apart by blank lines everywhere: a headline, its teaser, then its
# outlet over its date, each a blank line from the next.
SPACED_OUTLET_DATE = """Today's picks

Ferry to the islands gets a new engine

The old diesel goes after forty years, and the yard fits the new one in March.

Harbour Weekly
Dec 4, 2026

Library opens on Sunday afternoons

From January the reading rooms stay open on Sundays until five in the afternoon.

Hill Post
Dec 3, 2026

Market hall roof needs new tiles

The council found leaks over the fish stalls after the storm, and repairs start soon.

Harbour Weekly
Dec 2, 2026

More stories
"""


def test_an_outlet_over_a_date_a_blank_line_under_a_teaser_closes_its_card():
    # h210 (an aggregator's cards, each line a blank line apart): each card's outlet and
    # date were read as no card's, the page's outlet given to every card
    articles = extract_articles(SPACED_OUTLET_DATE, name="picks.txt")
    assert list(articles["outlet"]) == ["Harbour Weekly", "Hill Post", "Harbour Weekly"]
    assert list(articles["published"]) == ["2026-12-04", "2026-12-03", "2026-12-02"]
    assert articles["title"].iloc[1] == "Library opens on Sunday afternoons"


ROUNDUP = [
    "Farm Ledger",
    "",
    "Growers' Roundup, Week 12",
    "",
    "Compiled by the Farm Ledger desk · 4 Dec 2026",
    "",
    "Every week we collect the farm news the regional papers printed, with a line on "
    "where each story first ran so readers can follow it up at the source.",
    "",
    "Orchard growers expect a larger apple harvest",
    "",
    "3 Dec 2026",
    "",
    TEASER,
    "",
    "Source: Valley Gazette",
    "",
    "Dairy co-operative opens a second cheese plant",
    "",
    "2 Dec 2026",
    "",
    OTHER,
    "",
    "Source: Hill Post",
    "",
    "Seed prices fall after a good autumn",
    "",
    "1 Dec 2026",
    "",
    THIRD,
    "",
    "Source: Riverside Echo",
    "",
    "© 2026 Farm Ledger. All rights reserved.",
]


def test_a_source_line_under_every_item_but_the_roundups_intro_names_its_outlet():
    # h387 (a trade magazine's roundup, each item closed by 'Source: PAPER' a blank line
    # under its text): the intro over the items has no such line, so no item's credit
    # was read and the roundup's own name was every item's outlet
    articles = extract_articles("\n".join(ROUNDUP), name="roundup.txt")
    items = articles[articles["title"] != "Growers' Roundup, Week 12"]
    assert list(items["outlet"]) == ["Valley Gazette", "Hill Post", "Riverside Echo"]
    assert list(items["published"]) == ["2026-12-03", "2026-12-02", "2026-12-01"]


CHAT = [
    "# harbour-desk > wire stories",
    "",
    "Harbour Desk Newsroom",
    "Search",
    "Inbox  Recent conversations  Combined feed  Mentions  Starred",
    "",
    "Thu, Nov 5, 2026",
    "",
    "Feed Bot",
    "7:10 AM",
    "[Ferry timetable changes for the winter](https://ferrynews.example/winter)",
    "Ferry News",
    "Ferry timetable changes for the winter",
    "The island ferry will sail twice a day from Monday. The late crossing ends in March.",
    "👍 2",
    "",
    "Ana Silva",
    "7:18 AM",
    "good to know, thanks",
    "",
    "Feed Bot",
    "9:40 AM",
    "[Lighthouse keepers' cottage to become a museum](https://coastpost.example/cottage)",
    "Coast Post",
    "Lighthouse keepers' cottage to become a museum",
    "The council bought the cottage last year. The museum will open in the spring.",
    "",
    "Wed, Nov 4, 2026",
    "",
    "Feed Bot",
    "6:05 PM",
    "[Fishing fleet returns early as storm nears](https://bayherald.example/fleet)",
    "Bay Herald",
    "Fishing fleet returns early as storm nears",
    "Twelve boats came back to port before dusk. The storm is due overnight.",
    "",
    "Rui Costa",
    "6:30 PM",
    "stay safe out there",
]


def test_a_chats_day_heading_and_a_senders_time_are_no_items_closing_lines():
    # the lead's landing (listings_h360's chat copy went from 3 stories to 1 with the
    # roundup rule above): the lines one blank line under two messages are a day heading
    # and a sender's time, no label shared by items; the first message is no page intro
    articles = extract_articles("\n".join(CHAT), name="chat.txt")
    assert len(articles) == 3


def test_a_byline_and_then_a_date_each_a_block_under_the_teaser_close_its_card():
    # a one-block-a-line printing of cards closing 'By NAME' / blank / date / blank: the
    # date is the card's above it, not an opening date of the card under it (the last
    # card closes alike; a date-first card's list would close with the byline alone)
    cards = [
        ("Council votes to close the bridge", TEASER, "Mara Quill", "Dec. 5, 2026"),
        ("Ferries step in as the bridge shuts", OTHER, "Tobin Ashe", "Dec. 4, 2026"),
        ("Repairs on the old bridge start in June", THIRD, "Ines Varga", "Dec. 3, 2026"),
    ]
    lines = list(HEAD)
    for title, body, name, date in cards:
        lines += [title, "", body, "", f"By {name}", "", date, ""]
    lines += ["Obituaries", "", "Contact us", "Terms of use"]
    articles = extract_articles("\n".join(lines), name="spaced.txt")
    assert list(articles["title"]) == [title for title, _, _, _ in cards]
    assert list(articles["byline"]) == [name for _, _, name, _ in cards]
    published = [str(day)[:10] for day in articles["published"]]
    assert published == ["2026-12-05", "2026-12-04", "2026-12-03"]


def test_a_ranking_box_under_cards_closed_by_their_dates_leaves_them_cards():
    # a Japanese paper's list printed one block a line: headline, lead, date; then a box
    # headed otherwise (a ranking's heading over its items, a section's members-only
    # notice), read as a card of its own: no last card of the list, so the dates still
    # close the cards above them rather than open the cards under them
    cards = [
        (
            "市営バス、来春から路線再編　利用者の声反映",
            "市は３日、市営バスの路線を来年４月から再編すると発表した。利用の少ない２路線を統合する。",
            "2026年12月5日 09:10",
        ),
        (
            "港の朝市、開設５０年で記念行事",
            "港の朝市が開設から５０年を迎え、記念の餅まきが行われた。約２千人が訪れた。",
            "2026年12月4日 16:45",
        ),
        (
            "中学生が地元の川を調査　水質改善を確認",
            "市立中の生徒が地元の川の水質を１年かけて調べ、改善していることを確かめた。",
            "2026年12月3日 12:02",
        ),
    ]
    lines = ["北浜日日新聞", "", "  • トップ", "  • 地域", "  • スポーツ", "  • 訃報", ""]
    lines += ["地域ニュース", "", ""]
    for title, body, date in cards:
        lines += [title, "", body, "", date, ""]
    lines += ["もっと見る", "", "よく読まれている記事", "  • 1 県道で車両火災"]
    lines += ["  • 2 高校ラグビー、初の全国へ", "", "訃報", "地域の訃報は会員限定です。", ""]
    lines += ["利用規約", "", "Copyright © 2026 北浜日日新聞社"]
    articles = extract_articles("\n".join(lines), name="chiiki.txt")
    assert list(articles["body"]) == [body for _, body, _ in cards]
    published = [str(day)[:10] for day in articles["published"]]
    assert published == ["2026-12-05", "2026-12-04", "2026-12-03"]


def test_a_card_footer_printed_one_block_a_line_closes_its_own_card():
    # A text dump of the page's blocks (the dev set's printing): each card's section,
    # headline, teaser, author and date a block of its own, a blank line between; the
    # date closes its card, not opens the next (and the pager and newsletter box under
    # the last card are no card).
    cards = [
        ("Council votes to close the bridge", "Jane Doe", TEASER, "5 December 2026"),
        ("Ferries step in as the bridge shuts", "By John Smith", OTHER, "3 December 2026"),
        ("Repairs on the old bridge start in June", "Maria Lopez", THIRD, "1 December 2026"),
    ]
    lines = ["Harbour Review", "", "Search", "", "12 results for “bridge”", ""]
    for title, author, body, date in cards:
        lines += ["Transport", "", title, "", body, "", author, "", date, ""]
    lines += ["Page 1 of 4", "Next ›", "", "Newsletter", "The week's best, every Friday.", ""]
    articles = extract_articles("\n".join(lines), name="search.txt")
    assert list(articles["title"]) == [title for title, _, _, _ in cards]
    assert list(articles["published"]) == ["2026-12-05", "2026-12-03", "2026-12-01"]


def test_day_headings_over_an_archives_cards_open_them_when_the_last_card_has_none_under():
    # An archive page: each card under its day's heading one blank line above it, the
    # last card with no heading under it; the headings open the cards under them (the
    # page's closing lines are no footer-closed card's), so no date moves a card up.
    days = ["Sunday, June 30, 2019", "Thursday, April 12, 2018", "Sunday, February 26, 2017"]
    cards = [
        ("North Post", "Senator unimpressed by the summit", TEASER),
        ("West Courier", "Speaker quits in frustration", OTHER),
        ("Daily Lantern", "The war on leaks", THIRD),
    ]
    lines = ["The Record", "Archive: June 2019", "« Previous month | Next month »", ""]
    for day, (outlet, title, body) in zip(days, cards, strict=True):
        lines += [day, "", "10:04 PM", outlet, title, body, ""]
    lines += ["Older posts »", "", "About | Contact | Privacy Policy", "© 2019 The Record."]
    articles = extract_articles("\n".join(lines), name="archive.txt")
    assert list(articles["title"]) == [title for _, title, _ in cards]
    assert list(articles["published"]) == ["2019-06-30", "2018-04-12", "2017-02-26"]


def test_dates_over_each_card_keep_them_when_a_source_line_closes_each_text():
    # A wire's releases list printed one block a line: each release's stamp one blank
    # line over its headline, its 'Source: X' line under its text; the stamps open the
    # releases under them, so no release takes the next one's stamp as its footer.
    releases = [
        ("12/04/2026 09:00 ET", "Harbor Foods opens a second plant in Ohio", TEASER),
        ("12/04/2026 08:30 ET", "Quillon Health names a new finance chief", OTHER),
        ("12/03/2026 16:15 ET", "Tamsett Solar completes its desert array", THIRD),
    ]
    lines = ["News Releases", "", "Latest News Releases", ""]
    for stamp, title, body in releases:
        day = stamp[3:5].lstrip("0")
        body = f"BOSTON, Dec. {day}, 2026 /Wire/ -- {body}"
        lines += [stamp, "", title, "", body, "", f"Source: {title.split()[0]} Inc.", ""]
    lines += ["Load more releases", "", "Contact | Terms of Use | © 2026 Wire Services"]
    articles = extract_articles("\n".join(lines), name="wire.txt")
    assert list(articles["title"]) == [title for _, title, _ in releases]
    assert list(articles["published"]) == ["2026-12-04", "2026-12-04", "2026-12-03"]


def test_a_contents_page_with_section_labels_over_cards_sets_its_closing_lines_aside():
    # listings_h437's made-up contents page, printed one block a line: headline / teaser
    # / 'By NAME' / page number per story, the later stories under section labels (their
    # headers unlike the first ones'), then the issue's closing lines: each story is a
    # card, the closing lines none (the landing of h437's spaced footers together with
    # h441's box under cards closed by single dates read it as one record)
    page = REVIEW_SETS / "listings_h437" / "pages" / "issue_toc_en_us.txt"
    articles = extract_articles(page.read_text(encoding="utf-8"), name=page.name)
    assert len(articles) == 4
    assert list(articles["byline"]) == [
        "Nora Castellanos",
        "Malcolm Ferris",
        "Priya Raman",
        "Julian Okafor",
    ]


def test_a_live_pages_share_control_and_the_next_updates_time_close_no_card():
    # body_h289's made-up live page (HTML read as text one block a line): time / update
    # headline / text / 'Share' per update. The 'Share' control and the time under it are
    # no update's footer of several lines (they name no author or day: the time opens
    # the next update), so the page stays one story (h437's spaced footers split it in 3)
    page = REVIEW_SETS / "body_h289" / "pages" / "h_en_live.html"
    read = read_page(page)
    articles = extract_articles(read.text, page.name, PageFacts(html=read.html))
    assert len(articles) == 1


def test_a_footer_line_one_blank_line_under_each_teaser_closes_it_over_a_disclaimer():
    # A section dumped one block a line: headline, teaser, then 'NAME | date' one blank
    # line under it; under the last card, the site's disclaimer (no headline over it).
    # Each footer closes its card: the disclaimer grows none, and no date moves down.
    cards = [
        ("Council votes to close the bridge", TEASER, "Jane Doe | Dec 5, 2026, 04:02 PM"),
        ("Ferries step in as the bridge shuts", OTHER, "John Smith | Dec 4, 2026, 01:18 PM"),
        ("Repairs on the old bridge start in June", THIRD, "Jane Doe | Dec 3, 2026, 05:45 PM"),
    ]
    disclaimer = (
        "Disclaimer: The views expressed by the experts quoted here are their own and not "
        "those of the website or of its management."
    )
    blocks = ["Harbour Review", "Transport News", *(part for card in cards for part in card)]
    blocks += [disclaimer, "© 2026 Harbour Review. All rights reserved."]
    articles = extract_articles("\n\n".join(blocks), name="section.txt")
    assert list(articles["title"]) == [title for title, _, _ in cards]
    assert list(articles["published"]) == ["2026-12-05", "2026-12-04", "2026-12-03"]
    assert list(articles["byline"]) == ["Jane Doe", "John Smith", "Jane Doe"]


def test_an_updated_stamp_over_a_ticker_opens_no_card_under_its_footers():
    # A regional site's wire ticker printed one block a line: 'Updated: DATE' once over
    # the list, then each item's headline, text, the agency's name and its date, a blank
    # line between. The stamp is the list's, no item's date: each item keeps the date
    # printed under it, and the 'Load more' button and disclaimer under the last item
    # are no item.
    items = [
        ("Harbor bridge to close for summer repairs", TEASER, "07.12.2026, 11:42"),
        ("Ferry company adds two boats in June", OTHER, "07.12.2026, 07:15"),
        ("Old town residents ask for a night footpath", THIRD, "06.12.2026, 18:03"),
    ]
    lines = ["Lakeside Courier", "Home", "Region", "Sport", "News ticker", ""]
    lines += ["News from the region", "", "Updated: 07.12.2026", ""]
    for title, text, date in items:
        lines += [title, "", text, "", "wire", "", date, ""]
    lines += ["Load more news", ""]
    lines += ["The ticker's items are taken over automatically from the news agency unedited."]
    lines += ["Imprint | Privacy | Cookie settings", ""]
    articles = extract_articles("\n".join(lines), name="ticker.txt")
    assert list(articles["title"]) == [title for title, _, _ in items]
    published = [str(day)[:10] for day in articles["published"]]
    assert published == ["2026-12-07", "2026-12-07", "2026-12-06"]
