"""Tests for analysis.clean.numeral_dates: Roman-numeral months and Chinese-numeral dates."""

import re

from analysis.clean.dates import find_dates
from analysis.clean.numeral_dates import (
    CHINESE_NUMERAL_DATE,
    ROMAN_MONTH_DATE,
    numeral_date_iso,
)


def _isos(text):
    return [d.iso for d in find_dates(text)]


def test_roman_month_with_dots_and_spaces():
    assert _isos("Opublikowano 7.XI.2025, 10:40") == ["2025-11-07"]
    assert _isos("Praha 21. IV. 2025") == ["2025-04-21"]
    assert _isos("Wrocław, 14 VII 2025 r.") == ["2025-07-14"]


def test_roman_month_needs_capitals_one_mark_and_a_real_day():
    assert _isos("Lesson 3 I 2025 notes") == []  # a single letter between spaces
    assert _isos("room 3 x 2025") == []
    assert _isos("31.IV.2025") == []  # April has 30 days
    assert _isos("3.XIII.2025") == []
    assert _isos("3.XI 2025") == []  # two different marks


def test_chinese_numeral_dates():
    assert _isos("发布于二〇二五年九月十八日") == ["2025-09-18"]
    assert _isos("二零二五年十二月三十一日 星期三") == ["2025-12-31"]
    assert _isos("一九九八年二月二十号") == ["1998-02-20"]
    assert _isos("二〇二五年二月三十日") == []  # no 30 February


def test_numeral_date_iso_reads_each_pattern():
    roman = re.search(ROMAN_MONTH_DATE, "5.VIII.2024").groupdict()
    chinese = re.search(CHINESE_NUMERAL_DATE, "二〇二四年十一月五日").groupdict()
    assert numeral_date_iso(roman) == "2024-08-05"
    assert numeral_date_iso(chinese) == "2024-11-05"
    assert numeral_date_iso({"d": "3"}) is None
