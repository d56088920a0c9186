"""A bracket after a byline's name closes the name (review h136): the name written in
another script, "(Оксана Гриценко)", or the agency that helped, "(avec AFP)"
(analysis.clean.header_lines.find_byline)."""

from __future__ import annotations

import pytest

from analysis.clean.header_lines import find_byline


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Oksana Hrytsenko (Оксана Гриценко)", "Oksana Hrytsenko"),
        ("Par Claire Dubois (avec AFP)", "Claire Dubois"),
        ("By Jane Roe (Reuters)", "Jane Roe"),
        ("By (no name)", None),
    ],
)
def test_a_bracket_closes_the_bylines_name(line, name):
    span = find_byline(line)
    assert (line[span[0] : span[1]] if span else None) == name
