"""Review h399: a numeric date in the Arabic script's digits is read day first."""

from __future__ import annotations

from analysis.clean.page_date_order import numeric_day_first

_KURDISH = "شارەوانی هەولێر ئەمڕۆ ڕایگەیاند\n٠٥/١٢/٢٠٢٦ - ١١:٢٠\nهاوبەشی بکە"


def test_arabic_indic_digits_write_the_day_first():
    assert numeric_day_first(_KURDISH, "٠٥/١٢/٢٠٢٦ - ١١:٢٠") is True


def test_extended_digits_too():
    assert numeric_day_first("کراچی\n۰۵/۱۲/۲۰۲۶", "۰۵/۱۲/۲۰۲۶") is True


def test_the_page_s_other_dates_still_rule():
    page = _KURDISH + "\n12/13/2026"  # a date only month first reads
    assert numeric_day_first(page, "٠٥/١٢/٢٠٢٦") is False
