"""A card dated only by a Unix time in a data attribute under the relative age a script
prints (a publishing platform's ``<bsp-timestamp data-timestamp=MS>2 hrs ago``):
analysis.clean.html_cards.card_dates, markup_dates.stamp_attribute_day. Review h346's
Brightspot-like section page."""

from __future__ import annotations

import datetime as dt

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.markup_dates import stamp_attribute_day
from analysis.clean.read import page_from_bytes

_CARDS = [
    (
        "Farmers in Nkayi receive free seed",
        "The ministry gave maize seed and fertiliser to two thousand farmers.",
        "2026-12-03",
        "2 hrs ago",
    ),
    (
        "The Bulawayo road will be repaired in January",
        "The roads authority said the works start in the new year.",
        "2026-12-02",
        "Yesterday",
    ),
    (
        "Mtshabezi school wins the choir contest",
        "The pupils won the provincial contest and will sing in Harare.",
        "2026-11-30",
        "3 days ago",
    ),
]


def _ms(day: str) -> int:
    return int(dt.datetime.fromisoformat(day + "T06:30:00+00:00").timestamp()) * 1000


def test_a_data_attribute_naming_a_time_gives_its_day():
    assert stamp_attribute_day("data-timestamp", str(_ms("2026-12-03"))) == "2026-12-03"
    assert (
        stamp_attribute_day("data-published-epoch", str(_ms("2026-12-03") // 1000)) == "2026-12-03"
    )
    assert stamp_attribute_day("data-id", str(_ms("2026-12-03"))) is None
    assert stamp_attribute_day("data-timestamp", "12345") is None


def test_cards_dated_by_their_timestamp_attribute():
    promos = "".join(
        f'<div class="PagePromo"><div class="PagePromo-title"><a href="/news/{n}">{title}</a></div>'
        f'<div class="PagePromo-description">{text}</div>'
        f'<div class="PagePromo-date"><bsp-timestamp data-timestamp="{_ms(day)}">'
        f"<span>{age}</span></bsp-timestamp></div></div>"
        for n, (title, text, day, age) in enumerate(_CARDS)
    )
    markup = (
        "<html><head><title>News | The Gwanda Messenger</title>"
        '<meta property="og:site_name" content="The Gwanda Messenger"></head><body>'
        f'<main><h1>News</h1><div class="PageList-items">{promos}</div></main></body></html>'
    )
    page = page_from_bytes(markup.encode(), "section.html", "raw/section.html")
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(articles["title"]) == [card[0] for card in _CARDS]
    assert list(articles["published"]) == [card[2] for card in _CARDS]
