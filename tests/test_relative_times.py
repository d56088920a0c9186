"""analysis.clean.relative_times: relative times a page prints for its date."""

from __future__ import annotations

import pytest

from analysis.clean.relative_times import find_relative_time


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # h286: Uzbek, Amharic (the "from" glued to the number), Basque, Welsh, Icelandic
        ("Jamiyat · 2 soat oldin", "2 soat oldin"),
        ("Kanal Bir · ከ3 ሰዓት በፊት", "ከ3 ሰዓት በፊት"),
        ("Kirolak · duela 4 egun", "duela 4 egun"),
        ("Newyddion · 5 awr yn ôl", "5 awr yn ôl"),
        ("Fréttir · fyrir 2 klukkustundum", "fyrir 2 klukkustundum"),
        # a pattern's words only at word bounds, no number of a date or a clock
        ("Published 3 December 2026", None),
        ("5 min read", None),
        ("Kickoff 18:30 · 2 soatlik", None),
    ],
)
def test_a_cldr_past_pattern_is_a_relative_time(line, found):
    span = find_relative_time(line)
    assert (line[span[0] : span[1]] if span else None) == found
