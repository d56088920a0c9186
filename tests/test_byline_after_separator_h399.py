"""Review h399: a language's "by", capitalized, after a spaced separator on a reader's or
a clipper's meta line ("SITE · Por NAME · hace 2 días")."""

from __future__ import annotations

import pytest

from analysis.clean.header_lines import find_byline


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "**El Heraldo del Golfo** · Por Rosa Elena Caballero · hace 2 días",
            "Rosa Elena Caballero",
        ),
        ("Le Courrier du Lac | Par Claire Martin | 3 décembre 2026", "Claire Martin"),
        ("Harbour Daily · By Jo Doe · 3 hours ago", "Jo Doe"),  # as before
    ],
)
def test_a_cue_after_a_separator(line, name):
    start, end = find_byline(line)
    assert line[start:end] == name


@pytest.mark.parametrize(
    "line",
    [
        "Noticias · Por qué subió el pan",  # a question, no name
        "Sport | Von A bis Z",
        "Economía · por Ana Ruiz",  # lower case: a phrase of the line
    ],
)
def test_no_cue(line):
    assert find_byline(line) is None
