"""Tests of analysis.clean.portrait_alt: a name in a headshot's alt text (made-up names)."""

from __future__ import annotations

import pytest

from analysis.clean.portrait_alt import portrait_name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Photo of Tobias Wrenfield", "Tobias Wrenfield"),
        ("Headshot of Maren Osei-Blake", "Maren Osei-Blake"),
        ("Profile photo of Ada Nwosu", "Ada Nwosu"),
        ("Avatar for Lucas Ferrand  ", "Lucas Ferrand"),
    ],
)
def test_the_name_of_a_headshots_alt_text(line, name):
    span = portrait_name(line)
    assert span is not None and line[span[0] : span[1]] == name


@pytest.mark.parametrize(
    "line",
    ["Photos of the flooded road", "Photo: Tobias Wrenfield", "A photo of Tobias Wrenfield"],
)
def test_other_lines_give_no_name(line):
    assert portrait_name(line) is None
