"""A top line that is only a site's name (analysis.clean.site_phrases.masthead_name)."""

from __future__ import annotations

import pytest

from analysis.clean.site_phrases import masthead_name


@pytest.mark.parametrize(
    "line",
    [
        "L’Écho de la Garonne",  # French: a preposition and an article between the words
        "Diario de la Sierra",
        "Heraldo de los Valles",
        "La Gaceta del Puerto",  # one joining word, as before
    ],
)
def test_two_joining_words_hold_a_name_together(line):
    # review h272: "de la" between a name's capitalised words made a French masthead
    # no name, and the reader view printing it under the headline an unknown site
    assert masthead_name(line) == (line, (0, len(line)))


@pytest.mark.parametrize("line", ["Home News Sport Weather Travel", "By Jane Roe", "- Ferry News"])
def test_a_menu_a_byline_or_a_list_item_is_no_name(line):
    assert masthead_name(line) is None


@pytest.mark.parametrize(
    "line", ["News  Sport  Outdoors  Letters", "Home   Local   Business", "News\tSport\tLetters"]
)
def test_a_menu_copied_with_wide_gaps_is_no_name(line):
    # review h272: a browser's copy of a page whose masthead is an image opened with its
    # menu, four capitalised words two spaces apart, read as the site's name
    assert masthead_name(line) is None
    assert masthead_name("Hollow Bay Gazette") is not None  # a name's words one space apart
