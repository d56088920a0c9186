"""Metadata causes on mainstream pages left by review h414 (fixer h424)."""

from __future__ import annotations

import pytest

from analysis.clean.bylines import find_name_line_byline
from analysis.clean.caseless_names import caseless_name_span

PROSE = [
    "The city council approved the rail budget on Tuesday after a long debate about "
    "fares, stations and the new depot near the river.",
    "",
    "Council members said the rail line would open next spring if the depot is finished "
    "on time, and fares would stay at today's level.",
]


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Sari Wulandari - kabarNews", "Sari Wulandari"),  # a portal's channel after the name
        ("Sari Wulandari - Jakarta Selatan", None),  # words after the dash: no channel
    ],
)
def test_a_portal_channel_after_the_name_is_cut(line, byline):
    lines = ["Council approves the rail budget", "", line, "Sabtu, 05 Des 2026 19:10 WIB", ""]
    lines += PROSE
    found = find_name_line_byline(lines, 0, 5, len(lines) - 1)
    assert (lines[found[0]][found[1] : found[2]] if found else None) == byline


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("সুমাইয়া হক, খুলনা", "সুমাইয়া হক"),  # Bengali: the name, a comma, the city
        ("نادية سالم، الزرقاء", "نادية سالم"),  # Arabic comma
        ("نادية سالم، خالد عمر", None),  # two authors: no place after the comma
    ],
)
def test_a_place_after_a_comma_is_not_the_name(line, name):
    span = caseless_name_span(line)
    assert (line[span[0] : span[1]] if span else None) == name
