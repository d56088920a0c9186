"""analysis.clean.cldr_units: the data ``benchmarks/cldr_units.py`` writes from the CLDR."""

from __future__ import annotations

import pytest
from benchmark_modules import load_benchmark

from analysis.clean.cldr_units import UNITS_AFTER_NUMBER, UNITS_BEFORE_NUMBER


def test_the_module_is_what_babel_gives():
    pytest.importorskip("babel")
    writer = load_benchmark("cldr_units")
    assert writer.module_text() == writer.TARGET.read_text(encoding="utf-8")


def test_units_of_one_letter_are_left_out():
    assert {"giờ", "stunden", "시간"} <= set(UNITS_AFTER_NUMBER)
    assert "saa" in UNITS_BEFORE_NUMBER
    assert not {unit for unit in (*UNITS_AFTER_NUMBER, *UNITS_BEFORE_NUMBER) if len(unit) < 2}
