"""analysis.clean.capture_date: a relative time counted back from a save tool's line."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.capture_date import relative_day

SAVED = "Saved from the web on 9 March 2026, 08:40 UTC"


@pytest.mark.parametrize(
    ("relative", "day"),
    [
        ("Posted: 3 days ago", "2026-03-06"),
        ("yesterday", "2026-03-08"),
        ("a week ago", "2026-03-02"),
        ("5 hours ago", "2026-03-09"),  # 03:40 the same day
        ("9 hours ago", "2026-03-08"),  # 23:40 the day before
        ("2 months ago", None),  # no day: a month has no fixed length
        # another language's units: the CLDR unit beside the number (h351)
        ("vor 3 Tagen", "2026-03-06"),
        ("9 saat önce", "2026-03-08"),
        ("2 mesi fa", None),  # months: no fixed length
    ],
)
def test_the_day_a_relative_time_names_as_of_the_saving(relative, day):
    assert relative_day(relative, [SAVED, "", "The Kelso Lantern"]) == day


def test_no_day_without_a_save_tools_line_or_for_hours_from_a_day_alone():
    assert relative_day("3 days ago", ["The Kelso Lantern", "", "Headline"]) is None
    assert relative_day("5 hours ago", ["Saved from the web on 9 March 2026", "X"]) is None
    assert relative_day("3 days ago", ["Saved from the web on 9 March 2026", "X"]) == ("2026-03-06")


def test_a_saved_article_dated_days_ago_gets_its_day():
    text = "\n".join(
        [
            SAVED,
            "",
            "The Kelso Lantern",
            "",
            "Allotment waiting list falls after council opens two new sites",
            "",
            "Posted: 3 days ago | By Ruth Haldane",
            "",
            "The waiting list for allotments in Kelso has fallen by a third since the council "
            "opened two new sites on the edge of town last spring.",
            "",
            "More than 60 plots were let in the first month, and a third site is planned for "
            "next year near the old railway station.",
            "",
            "Plot holders pay 45 pounds a year, with half price for pensioners and students.",
        ]
    )
    rows = extract_articles(text, "lantern.txt")
    assert rows["published"].tolist() == ["2026-03-06"]
    assert rows["relative_time"].tolist() == ["3 days ago"]


@pytest.mark.parametrize(
    ("header", "day"),
    [
        # a clipper's front matter, its saving's field under the source's (review h199 F7)
        (
            ["---", "source: https://example.org/news/x", "clipped: 2026-03-09T08:40:00Z", "---"],
            "2026-03-09",
        ),
        (
            ["---", "url: https://example.org/news/x", "saved: 9 March 2026, 23:10", "---"],
            "2026-03-09",
        ),
        # a field of another kind dates no saving
        (
            ["---", "source: https://example.org/news/x", "updated: 2026-03-09T08:40:00Z", "---"],
            None,
        ),
    ],
)
def test_hours_back_from_a_clippers_saved_field(header, day):
    lines = [*header, "", "# Allotment waiting list falls", "", "The Kelso Lantern"]
    assert relative_day("5 hours ago", lines) == day


@pytest.mark.parametrize(
    ("saved", "day"),
    [
        # the saving's weekday before its date, past midnight: the day before (review h255)
        ("Saved on Friday, 6 March 2026 at 00:40 GMT", "2026-03-05"),
        ("Saved on Fri, 6 March 2026, 09:00", "2026-03-06"),
        ("Saved on the web 6 March 2026, 09:00", None),  # words other than a weekday
        # the app's name, a spaced separator, the date (after the held-out pages)
        ("Saved to Readlater · Fri 6 Mar 2026 01:00 (UTC)", "2026-03-05"),
    ],
)
def test_a_save_tools_line_printing_the_weekday_before_its_date(saved, day):
    lines = [saved, "", "The Kelso Lantern", "", "Allotment waiting list falls"]
    assert relative_day("3 hours ago", lines) == day


@pytest.mark.parametrize(
    ("header", "relative", "day"),
    [
        # an Obsidian clip's 'created' field, a Japanese age glued to its unit (h351)
        (
            ["---", "source: https://example.jp/a", "created: 2026-03-09T09:40:00+09:00", "---"],
            "3時間前",
            "2026-03-09",
        ),
        (
            ["---", "source: https://example.jp/a", "created: 2026-03-09T09:40:00+09:00", "---"],
            "11時間前",
            "2026-03-08",
        ),
        # MarkDownload's 'date saved' after midnight, a Korean age: the day before
        (
            ["---", "url: https://example.kr/a", "date saved: 2026-03-09 01:20", "---"],
            "5시간 전",
            "2026-03-08",
        ),
        (
            ["---", "url: https://example.kr/a", "date saved: 2026-03-09 01:20", "---"],
            "2일 전",
            "2026-03-07",
        ),
        # a note's own Thai 'saved on' line, the Buddhist year
        (["บันทึกเมื่อ 9 มี.ค. 2569 14:05 — https://example.co.th/a"], "2 ชั่วโมงที่แล้ว", "2026-03-09"),
        (["Gespeichert am 9. März 2026, 01:10"], "vor 2 Stunden", "2026-03-08"),
        # a Chinese age glued to its unit, the day less its days
        (["保存日：2026-03-09 10:00"], "3天前", "2026-03-06"),
        # no unit word beside the number: no day
        (["---", "url: https://example.kr/a", "date saved: 2026-03-09 01:20", "---"], "5 전", None),
    ],
)
def test_another_languages_age_counted_back_from_a_saving(header, relative, day):
    lines = [*header, "", "# 記事", "", "本文"]
    assert relative_day(relative, lines) == day


def test_a_korean_clip_saved_after_midnight_gets_the_day_before():
    text = "\n".join(
        [
            "---",
            "page-title: 군산 철길마을 야간 개방 시범 운영 - 서해일보",
            "url: https://seohae-ilbo.kr/news/articleView.html?idxno=1207",
            "date saved: 2026-03-09 00:50",
            "---",
            "",
            "# 군산 철길마을 야간 개방 시범 운영",
            "",
            "김민서 기자 | 입력 4시간 전",
            "",
            "군산시는 다음 달부터 경암동 철길마을을 밤 10시까지 개방하는 시범 운영을 한다.",
            "",
            "시는 조명과 안내판을 새로 설치하고 주말에는 안전요원을 배치할 계획이다.",
            "",
            "시 관계자는 관광객이 늘어난 만큼 주민 불편을 줄이는 방안도 함께 마련하겠다고 말했다.",
        ]
    )
    rows = extract_articles(text, "seohae.md")
    assert rows["relative_time"].tolist() == ["4시간 전"]
    assert rows["published"].tolist() == ["2026-03-08"]
