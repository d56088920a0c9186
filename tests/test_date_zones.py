"""A numeric date printed with a clock time and its zone (review h136): "ET" is no
French word, and a zone of the United States writes the month first
(analysis.clean.page_date_order.numeric_day_first)."""

from __future__ import annotations

import pytest

from analysis.clean.page_date_order import numeric_day_first
from analysis.clean.page_metadata import published_value

PAGE = (
    "Statehouse panel kills plan to move primary to February\n\n{line}\n\n"
    "A legislative committee voted on Tuesday against a bill that would have moved the "
    "state's primary to the first week of February.\n"
)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Devon Marsh | Posted 11/3/26 4:05 PM ET", "2026-11-03"),
        ("Posted 11/3/2026 at 9:40 a.m. PT", "2026-11-03"),
        ("Updated 04/03/2026 16:05 EDT", "2026-04-03"),
        ("Posted 11/3/2026 16:05 CET", None),  # Europe's zone: both orders, no date
        ("Posted 11/3/2026", None),  # an English line decides nothing
    ],
)
def test_a_zone_of_the_united_states_reads_the_month_first(line, iso):
    page = PAGE.format(line=line)
    assert published_value(page, "made_up.txt", line) == iso


def test_a_zone_after_a_clock_time_is_no_function_word():
    # "ET" read as French "et" made the line French, so day first: 11 March
    line = "Posted 11/3/26 4:05 PM ET"
    assert numeric_day_first(PAGE.format(line=line), line) is False
    # a French line still writes the day first
    line = "Publié le 03/11/2026 à 10:05"
    assert numeric_day_first(PAGE.format(line=line), line) is True
