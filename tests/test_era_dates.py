"""Japan's era dates in their compact forms: the era's letter or name, its year, month and
day parted by dots or slashes ("R8.12.6", "令和8.12.6"), and the common era's year beside
the era's in brackets ("2026（令和8）年12月6日"). Read as no date before (issue #10; the
long form "令和8年12月6日" was read already). Made-up pages."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.dates import find_dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("R8.12.6", "2026-12-06"),
        ("R08/12/06 10:30", "2026-12-06"),
        ("H31.4.30", "2019-04-30"),
        ("S64.1.7", "1989-01-07"),
        ("令和8.12.6", "2026-12-06"),
        ("令和元.5.1", "2019-05-01"),
        ("更新日：R8.12.6", "2026-12-06"),
        ("2026（令和8）年12月6日", "2026-12-06"),
        ("令和8（2026）年12月6日", "2026-12-06"),
        ("令和8年12月6日", "2026-12-06"),
    ],
)
def test_a_compact_era_date_on_a_japanese_page(text, iso):
    assert [d.iso for d in find_dates(text, languages=["ja"])] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "H31.5.1",  # Heisei ended on 30 April 2019
        "S1.2.3",  # Showa began on 25 December 1926
        "R8.13.6",  # no thirteenth month
    ],
)
def test_no_day_outside_the_era_or_the_calendar(text):
    assert find_dates(text, languages=["ja"]) == []


def test_an_era_letter_on_a_page_in_another_language_is_no_date():
    assert find_dates("See section H2.1.3 of the rules", languages=["en"]) == []


PAGE = """朝凪新聞
トップ | 国内 | 経済

港町の市場、週末に夜市を初開催

{date}

港町市は5日、中央市場で今週末に初めての夜市を開催すると発表した。地元の漁協や農家など約50店が出店し、新鮮な魚介類や野菜を販売する。

市の担当者は「市場のにぎわいを夜まで広げ、観光客にも楽しんでもらいたい」と話している。会場周辺では臨時駐車場を設け、シャトルバスも運行する。

夜市は毎月第1土曜日に定期開催する予定で、来年以降は出店数をさらに増やす方針だ。
"""


@pytest.mark.parametrize(
    ("date", "iso"),
    [
        ("R8.12.6 09:30", "2026-12-06"),
        ("H31.4.30", "2019-04-30"),
        ("2026（令和8）年12月6日", "2026-12-06"),
        ("令和8.12.6", "2026-12-06"),
    ],
)
def test_the_date_line_of_a_japanese_page(date, iso):
    articles = extract_articles(PAGE.format(date=date), "ja.txt")
    assert articles.published[0] == iso
    assert articles.title[0] == "港町の市場、週末に夜市を初開催"
