"""Tests of analysis.clean.bikram_sambat (review h211, issue #10)."""

from analysis.clean.bikram_sambat import bikram_sambat_iso


def test_a_bikram_sambat_day_is_its_gregorian_date():
    assert bikram_sambat_iso(2082, 1, 1) == "2025-04-14"  # Nepal's new year 2082
    assert bikram_sambat_iso(2081, 1, 1) == "2024-04-13"


def test_a_day_outside_the_calendar_or_its_tables_is_none():
    assert bikram_sambat_iso(2083, 8, 33) is None
    assert bikram_sambat_iso(2083, 13, 1) is None
    assert bikram_sambat_iso(1900, 1, 1) is None  # before the tables
