"""Review h399: a Roman numeral's month with the year first, as Hungarian prints it."""

from __future__ import annotations

import pytest

from analysis.clean.dates import find_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026. XII. 3. 13:25", "2026-12-03"),
        ("Szerző: Szabó Eszter, 2026.XII.3.", "2026-12-03"),
        ("2026. IX. 30.", "2026-09-30"),
        ("5. XII. 2026, ob 16.10", "2026-12-05"),  # day first, as before
    ],
)
def test_roman_month_dates(text, iso):
    assert find_date(text).iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "2026. XII. 3",  # no closing dot after the day
        "2026. XII. 31. februar",  # (31 Dec is a day; the next one is not)
        "2026. II. 30.",  # no 30 February
    ],
)
def test_no_roman_year_first_date(text):
    found = find_date(text)
    assert found is None or found.iso == "2026-12-31"
