"""analysis.clean.worded_dates: Spanish dates whose day and year are in words."""

from __future__ import annotations

import pytest

from analysis.clean.dates import find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Mérida, Yucatán, a tres de diciembre de dos mil veintiséis.", "2026-12-03"),
        ("el primero de enero del dos mil treinta", "2030-01-01"),
        ("treinta y uno de marzo de dos mil veintisiete", "2027-03-31"),
        ("a 3 de diciembre de dos mil veintiseis", "2026-12-03"),
        ("a doce de octubre de 2026", "2026-10-12"),
        ("diez de mayo de dos mil", "2000-05-10"),
    ],
)
def test_spanish_date_in_words(text: str, day: str) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "dos mil personas marcharon",  # a number, no date
        "treinta y uno de febrero de dos mil veintiséis",  # no such day
        "tres de los dos mil",
    ],
)
def test_no_date_in_words(text: str) -> None:
    assert find_dates(text) == []


def test_digits_still_read_as_before() -> None:
    assert parse_date("3 de diciembre de 2026") == "2026-12-03"
