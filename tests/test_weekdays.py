"""analysis.clean.weekdays: the weekday names a date line prints (h123, issue #10)."""

from __future__ import annotations

import pytest

from analysis.clean.cldr_months import CLDR_WEEKDAY_NAMES, DAY_FIRST_LANGUAGES
from analysis.clean.weekdays import is_weekday_name, printed_weekdays, weekdays_beside


@pytest.mark.parametrize(
    ("line", "day", "day_first"),
    [
        ("Thứ Năm, 03/12/2026 10:45", 3, True),  # two words: Vietnamese
        ("miércoles, 04/03/2026", 2, True),
        ("Donnerstag, 03.12.2026", 3, True),
        ("Thursday, 12/03/2026", 3, False),  # English writes the month first
        ("Thu, 12/03/2026 - 10:45", 3, False),  # English's shortenings
        ("THURS. 12/03/2026", 3, False),
    ],
)
def test_a_weekday_name_names_its_day_and_languages(line, day, day_first):
    named = printed_weekdays(line)
    assert named is not None
    assert named.days == {day}
    assert named.day_first is day_first


def test_a_name_of_two_days_or_none_names_no_day():
    assert printed_weekdays("sabato 04/03/2026") is None  # Italian Saturday, Esperanto Sunday
    assert printed_weekdays("Posted 04/03/2026 by the harbour desk") is None
    assert printed_weekdays("Thursday and Friday") is not None
    assert printed_weekdays("Thursday and Friday").days == {3, 4}


def test_the_cldr_weekday_rows():
    assert CLDR_WEEKDAY_NAMES["vi"][0].split()[3] == "thứ_năm"
    assert CLDR_WEEKDAY_NAMES["en"][0].split()[0] == "monday"
    assert all(len(row.split()) == 7 for rows in CLDR_WEEKDAY_NAMES.values() for row in rows)
    assert {"vi", "es", "fr", "de"} <= set(DAY_FIRST_LANGUAGES)
    assert not {"en", "ja", "zh", "hu"} & set(DAY_FIRST_LANGUAGES)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wed, 04/03/2026 - 10:45", 2),
        ("Submitted by Jo Doe on Thu, 12/03/2026", 3),
        ("04/03/2026 (Wednesday)", 2),
        ("Thứ Năm, 03/12/2026 10:45", 3),
        # a weekday further off is another day's: a card's teaser under its date
        ("02/11/2026\nA federal judge on Wednesday rejected the bid", None),
        ("Wednesday's vote was delayed to 04/03/2026", None),
    ],
)
def test_only_a_weekday_beside_the_date_is_its_day(text, day):
    date = (
        "02/11/2026"
        if "02/11" in text
        else next(d for d in ("04/03/2026", "12/03/2026", "03/12/2026") if d in text)
    )
    start = text.index(date)
    named = weekdays_beside(text, start, start + len(date))
    assert (sorted(named.days) if named else None) == ([day] if day is not None else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kuwa gatanu", True),  # CLDR's Kinyarwanda Friday
        ("Ku wa Gatanu", True),  # its first word written in two (issue #10, review h198)
        ("Ku wa Kabiri,", True),
        ("Ku wa Nyamasheke", False),  # no day's name
        ("Jean Paul Mugisha", False),
        ("S A T", False),  # letters spelt, not a word split
    ],
)
def test_a_weekday_name_may_split_a_word_in_two(text, expected):
    # a card's date line "Ku wa Gatanu, 4 Ukuboza 2026": the day's name is no outlet
    assert is_weekday_name(text) is expected
