"""Dates of review h321's shapes (made-up lines; issue #10): a Malay "published" label,
Japanese labels printed after their dates, Bikram Sambat months in Latin letters."""

from __future__ import annotations

import pytest

from analysis.clean.dates import labelled_dates, parse_date


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # the label after each date: updated, then published
        (
            "2026年12月5日 更新 / 2026年12月4日 公開",
            [("2026-12-05", "update"), ("2026-12-04", "publish")],
        ),
        ("2026年12月4日 10:00 公開", [("2026-12-04", "publish")]),
        # labels before their dates stay theirs
        (
            "公開 2026年12月4日 更新 2026年12月5日",
            [("2026-12-04", "publish"), ("2026-12-05", "update")],
        ),
        (
            "Updated Dec 5, 2026 Published Dec 4, 2026",
            [("2026-12-05", "update"), ("2026-12-04", "publish")],
        ),
        # a Malay label ("broadcast, made public")
        ("Disiarkan pada Dis 4, 2026 @ 11:52pm", [("2026-12-04", "publish")]),
    ],
)
def test_labels_before_and_after_dates(text, labels):
    assert [(date.iso, label) for date, label in labelled_dates(text)] == labels


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Friday, Mangsir 18, 2083", "2026-12-04"),
        ("18 Mangsir 2083", "2026-12-04"),
        ("Poush 3, 2083", "2026-12-18"),
        # a Gregorian year beside the name: no Bikram Sambat date
        ("Magh 17, 2026", None),
    ],
)
def test_bikram_sambat_months_in_latin_letters(text, day):
    assert parse_date(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a two-digit Buddhist-era year before a bar and a clock time (held out, h321)
        ("3 ธ.ค. 69 | 16:20 น.", "2026-12-03"),
        ("3 ธ.ค. 69 คน", None),  # a count of people, no year
    ],
)
def test_a_two_digit_buddhist_year_before_a_bar_and_a_time(text, day):
    assert parse_date(text) == day
