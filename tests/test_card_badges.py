"""analysis.clean.card_badges: a card's date printed as a calendar badge on two or three lines."""

from __future__ import annotations

import pytest

from analysis.clean.card_badges import badge_text
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

# Made-up site and stories.
CARDS = [
    (
        "Harbour ferry fares to rise in spring",
        "The operator said the new prices would apply from April. Season tickets stay at "
        "last year's price.",
    ),
    (
        "Library opens on Sundays from January",
        "The reading room will open from ten to four. Volunteers will staff the desk.",
    ),
    (
        "New cycle lane along Quay Road approved",
        "The council voted nine to two for the lane. Work starts in March.",
    ),
]
# The same in Mongolian, whose months are numbered ("12-р сар": the 12th month).
CARDS_MN = [
    (
        "Хотын төвд шинэ номын сан нээгдлээ",
        "Номын сан өдөр бүр ажиллана. Уншлагын танхим зуун суудалтай.",
    ),
    (
        "Гүүрний засвар хаврын өмнө дуусна",
        "Ажлыг гурван сарын дотор дуусгана. Замын хөдөлгөөн хаагдахгүй.",
    ),
    (
        "Сургуулийн сагсан бөмбөгийн тэмцээн болов",
        "Тэмцээнд зургаан баг оролцов. Дүүргийн баг түрүүлэв.",
    ),
]
DAYS = ["2026-12-03", "2026-12-02", "2026-11-28"]


def _page(badges: list[list[str]], cards: list[tuple[str, str]] = CARDS) -> str:
    lines = ["Tidewater Gazette", "Home | Town | Sport", "", "Latest news", ""]
    for badge, (title, body) in zip(badges, cards, strict=True):
        lines += [*badge, title, body, "Read more", ""]
    return "\n".join([*lines, "© 2026 Tidewater Gazette", ""])


@pytest.mark.parametrize(
    "badges",
    [
        [["03", "Dec", "2026"], ["02", "Dec", "2026"], ["28", "Nov", "2026"]],
        [["03 Dec", "2026"], ["02 Dec", "2026"], ["28 Nov", "2026"]],
        [["03.", "Dezember", "2026"], ["02.", "Dezember", "2026"], ["28.", "November", "2026"]],
    ],
    ids=["three-lines", "two-lines", "german"],
)
def test_badge_dates_each_card(badges: list[list[str]]) -> None:
    _assert_badge_dates(_page(badges))


def test_badge_dates_numbered_months() -> None:
    badges = [["03", "12-р сар", "2026"], ["02", "12-р сар", "2026"], ["28", "11-р сар", "2026"]]
    _assert_badge_dates(_page(badges, CARDS_MN))


def _assert_badge_dates(text: str) -> None:
    page = page_from_bytes(text.encode("utf-8"), "badges.txt", "badges.txt")
    articles = clean_page(page).articles
    assert [row["published"] for row in articles] == DAYS
    assert all(row["category"] is None and row["relative_time"] is None for row in articles)


@pytest.mark.parametrize(
    ("lines", "badge"),
    [
        (["", "03", "Dec", "2026", "Headline"], "03 Dec 2026"),
        (["Sport", "03", "Dec", "2026", "Headline"], "03 Dec 2026"),  # a section above it
        (["28", "11", "2026", "Headline"], "28/11/2026"),
        (["", "Dec", "2026", "Headline"], None),  # a month is no day
        (["", "Sport", "Culture", "Headline"], None),
        (["03 December 2026 at the harbour", "Headline"], None),  # one line: a date line
    ],
)
def test_badge_text(lines: list[str], badge: str | None) -> None:
    assert badge_text(lines, len(lines) - 1) == badge
