"""analysis.clean.cldr_yesterday: the CLDR's "yesterday" words, read by
analysis.clean.card_lines only as a whole field of a line (made-up lines)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from benchmark_modules import load_benchmark

from analysis.clean.card_lines import find_time, lone_yesterday
from analysis.clean.cldr_yesterday import YESTERDAY_WORDS


def test_the_module_is_what_the_cldr_release_gives():
    package = os.environ.get("CLDR_DATES_FULL")
    if not package or not Path(package).is_dir():
        pytest.skip("CLDR_DATES_FULL names no unpacked cldr-dates-full package")
    writer = load_benchmark("cldr_yesterday")
    assert writer.module_text(Path(package)) == writer.TARGET.read_text(encoding="utf-8")


def test_the_words_are_every_languages_yesterday_but_no_tomorrow():
    assert {"gisteren", "eile", "atzo", "jana", "dje", "учора", "어제"} <= set(YESTERDAY_WORDS)
    assert "कल" not in YESTERDAY_WORDS  # Hindi's yesterday and tomorrow


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("Koha e Re · dje", "dje"),  # Albanian, after the outlet
        ("Eile | Pärnu Teataja", "Eile"),  # Estonian, before it
        ("  atzo  ", "atzo"),  # Basque, alone on its line
    ],
)
def test_a_cldr_yesterday_alone_in_a_meta_field_is_the_cards_time(line, word):
    span = lone_yesterday(line)
    assert span is not None and line[span[0] : span[1]] == word
    assert find_time(line) == span


@pytest.mark.parametrize(
    "line",
    ["Jana Novak", "Ze woont hier al jaren", "Duh, said the crowd · Sport news"],
)
def test_a_yesterday_word_inside_a_field_is_no_time(line):
    assert lone_yesterday(line) is None
