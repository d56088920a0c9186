"""analysis.clean.cldr_relative: the data ``benchmarks/cldr_relative.py`` writes from the
CLDR."""

from __future__ import annotations

import pytest
from benchmark_modules import load_benchmark

from analysis.clean.cldr_relative import PAST_PATTERNS


def test_the_module_is_what_babel_gives():
    pytest.importorskip("babel")
    writer = load_benchmark("cldr_relative")
    assert writer.module_text() == writer.TARGET.read_text(encoding="utf-8")


def test_patterns_saying_no_ago_are_left_out():
    assert {"{0} soat oldin", "duela {0} egun", "{0} awr yn ôl"} <= set(PAST_PATTERNS)
    # a sign and a unit say no "ago" ("-{0} min" beside "+{0} min")
    assert not {p for p in PAST_PATTERNS if p.replace("-", "").strip() in ("{0} min", "{0} h")}
    assert all(p.count("{0}") == 1 for p in PAST_PATTERNS)
