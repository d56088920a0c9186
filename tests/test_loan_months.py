"""Tests for analysis.clean.loan_months: a month's name no table holds, read as its loan."""

from analysis.clean.dates import find_dates
from analysis.clean.loan_months import loan_month


def _isos(text):
    return [d.iso for d in find_dates(text)]


def test_loan_of_a_month_between_day_and_year():
    assert _isos("Tuesday 9 novembur 2025") == ["2025-11-09"]
    assert _isos("7 di setembaru di 2025, 10h00") == ["2025-09-07"]


def test_loan_of_a_month_before_day_and_year():
    assert _isos("Posted Okutubri 14, 2025") == ["2025-10-14"]


def test_words_that_are_no_loan_are_no_month():
    assert loan_month("students") is None  # close to Croatian 'studeni', other consonants
    assert loan_month("junior") is None
    assert loan_month("members") is None
    assert _isos("Top 10 students 2025") == []
    assert _isos("Grade 5 Juniors 2025") == []


def test_a_tables_own_name_is_left_to_the_tables():
    assert loan_month("listopada") is None  # Polish November, Croatian October: the page decides
    assert loan_month("December") is None
    assert _isos("3 December 2025") == ["2025-12-03"]
