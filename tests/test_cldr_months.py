"""analysis.clean.cldr_months: the data ``benchmarks/cldr_months.py`` writes from the CLDR."""

from __future__ import annotations

import pytest
from benchmark_modules import load_benchmark

from analysis.clean.cldr_months import CLDR_MONTH_NAMES, DATE_PARTICLES
from analysis.clean.month_names import EVERY_MONTH_NAME, MONTH_NAMES, month_readings


def test_the_module_is_what_babel_gives():
    pytest.importorskip("babel")
    writer = load_benchmark("cldr_months")
    assert writer.module_text() == writer.TARGET.read_text(encoding="utf-8")


def test_every_row_names_twelve_months_once_and_no_short_word():
    readings = month_readings(CLDR_MONTH_NAMES)
    assert "out" not in readings  # Morisyen's August: an English word of three letters
    assert readings["abenduaren"] == {"eu": 12}  # the pattern's "ren" glued on
    assert "de" in DATE_PARTICLES and "ta’" in DATE_PARTICLES


def test_the_hand_rows_come_first():
    for language, rows in MONTH_NAMES.items():
        assert EVERY_MONTH_NAME[language][: len(rows)] == rows
