"""A card's data lines (analysis.clean.card_data): ratings, prices, ticker chips and page
numbers printed on listing cards, and the cards whose footers step over them."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.card_data import STARS_OPENING, is_card_datum
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes


@pytest.mark.parametrize(
    "line",
    [
        "Rating: 4.5 out of 5",
        "Score: 8/10",
        "★★★★☆",
        "Note : ★★★☆☆ (3/5)",
        "RRP A$2,799",
        "Prijs: € 1.149",
        "$349.99",
        "BARC -4.1%",
        "GBP/USD +0.2%",
        "HDFCBANK ▲ 2.1%  ICICIBANK ▲ 1.8%",
        "p. 34",
        "Seite 58",
        # a film's credits and running time
        "Director: Jane Doe · 1h50",
        "Regie: Jan Roth | 104 Min.",
        "監督：山田一郎\u3000上映時間：2時間4分",
    ],
)
def test_a_rating_a_price_a_ticker_chip_or_a_page_is_a_card_datum(line):
    assert is_card_datum(line)


@pytest.mark.parametrize(
    "line",
    [
        "Harriet Quaile",
        "5 December 2026",
        "148 comments",
        "Rovers 2-1 Wanderers",
        "Episode 212",
        "Top 10",
        "Shares of the bank rose 3% after the results",
        # a byline beside a reading time, a headline with a running time in it
        "Author: Jane Doe · 5 min",
        "Review: 2h04 of pure joy",
        "監督：山田一郎",
    ],
)
def test_a_name_a_date_a_count_or_a_headline_is_no_card_datum(line):
    assert not is_card_datum(line)


TEASERS = [
    "Class-leading noise cancelling and a forty-hour battery, let down by a fiddly touch "
    "panel on the right cup.",
    "The crease is nearly gone and the hinge now holds any angle, but the price is hard to "
    "swallow for most buyers.",
    "Superb colour and contrast in a dim lounge, though the glare handling lags behind the "
    "rivals in a bright room.",
]
TITLES = [
    "Sonara X5 review: the headphones to beat",
    "Kestrel Fold 3 review: a foldable that feels finished",
    "Brightline 55 review: brilliant in the dark",
]


def test_a_card_footer_steps_over_the_cards_rating_and_price():
    # A reviews index printed one block a line (the dev set's printing): each card's
    # rating and price between its teaser and its author and date.
    lines = ["Gadget Gully", "", "Reviews", ""]
    for k, (title, teaser) in enumerate(zip(TITLES, TEASERS, strict=True)):
        lines += [title, "", teaser, "", f"Rating: {4 - k} out of 5", "", f"RRP A${499 + k}"]
        lines += ["", "Mitch Callahan", "", f"{5 - k} December 2026", ""]
    lines += ["Load more reviews", "", "© 2026 Gadget Gully Pty Ltd"]
    articles = extract_articles("\n".join(lines), name="reviews.txt")
    assert list(articles["title"]) == TITLES
    assert list(articles["published"]) == ["2026-12-05", "2026-12-04", "2026-12-03"]


def test_a_card_footer_steps_over_a_films_credits_line():
    # A culture section printed one block a line: a film card's rating and credits line
    # (director and running time, an ideographic space between) over its author and date;
    # the other cards have a rating alone. The credits line is the card's, no headline.
    titles = [
        "映画『港の灯』評 静かな傑作",
        "小説『雪の駅』評 記憶の迷宮",
        "アルバム『青』評 軽やかな新作",
    ]
    teasers = [
        "港町に戻った兄弟の一年を、ほとんど台詞なしで描く。",
        "終電後の駅で働く青年の独白が、町全体の記憶へと広がる。",
        "ピアノと電子音の境目を溶かした全十曲を収める。",
    ]
    lines = ["週刊カルチャー通信", "", "レビュー一覧", ""]
    for k, (title, teaser) in enumerate(zip(titles, teasers, strict=True)):
        lines += [title, "", teaser, "", "★★★★☆", ""]
        if k == 0:
            lines += ["監督：山田一郎\u3000上映時間：2時間4分", ""]
        lines += ["文：佐藤花子", "", f"2026年12月{5 - k}日", ""]
    lines += ["もっと見る", "", "Copyright © 2026 Culture Tsushin Inc."]
    articles = extract_articles("\n".join(lines), name="reviews.txt")
    assert list(articles["title"]) == titles
    assert list(articles["published"]) == ["2026-12-05", "2026-12-04", "2026-12-03"]


def test_a_card_footer_under_ticker_chips_closes_its_card():
    # A markets river: ticker chips one under the other under the teaser, then the
    # author and stamp on one line; a disclaimer under the last card is no part of it.
    lines = ["Markets Today", "", "Markets News", ""]
    for k, (title, teaser) in enumerate(zip(TITLES, TEASERS, strict=True)):
        lines += [title, "", teaser, "", "ABCD ▲ 2.1%", "EFGH ▼ 0.4%", ""]
        lines += [f"Rohan Mehta | Dec {5 - k}, 2026, 04:02 PM IST", ""]
    lines += [
        "Disclaimer: The views and investment tips expressed by experts are their own and "
        "not those of the website or its management.",
        "",
        "© 2026 Markets Today",
    ]
    articles = extract_articles("\n".join(lines), name="markets.txt")
    assert list(articles["title"]) == TITLES
    assert not any("Disclaimer" in body for body in articles["body"])


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("★★★★☆Director: Jane Doe · 2h04", True),
        ("★★★☆☆ Until 20 December", True),
        ("Five stars for the harbour's new ferry", False),
        ("A ★ rating for the new bridge", False),
    ],
)
def test_a_line_opening_with_a_star_rating_is_a_rating_line(line, opens):
    assert (STARS_OPENING.match(line) is not None) is opens


def test_a_rating_glued_to_its_credits_under_the_headline_is_no_cards_title():
    # made-up culture section (Drupal views rows): section, headline link, then the
    # rating and the credits in one element with no space between, teaser, byline · date
    titles = {
        "The quiet harbour, two sisters and the sea": "Director: Jane Doe · 2h04",
        "A novel of a city that keeps silent": "Harbour Press · 320 pp. · $22",
        "King Lear in a car park, under neon": "Until 20 December",
    }
    cards = "".join(
        f"<div class='views-row'><article><h2><a href='/culture/{i}'><span>{title}</span>"
        f"</a></h2><div class='review'><span class='stars'>{'★' * (4 - i)}{'☆' * (1 + i)}"
        f"</span><span class='credits'>{credits}</span></div><div class='teaser'>"
        f"{TEASERS[i]}</div><div class='meta'><span>By Ann Lee</span> · <span>Published "
        f"{3 - i} December 2026</span></div></article></div>"
        for i, (title, credits) in enumerate(titles.items())
    )
    markup = (
        "<html lang='en'><head><title>Culture | Harbour Review</title></head><body>"
        f"<header>Harbour Review</header><main><h1>Culture</h1>{cards}</main></body></html>"
    )
    page = page_from_bytes(markup.encode(), "culture.html", "raw/culture.html")
    assert [row["title"] for row in clean_page(page).articles] == list(titles)
