"""A live page's headline label (analysis.clean.live_labels)."""

from __future__ import annotations

import pytest

from analysis.clean.live_labels import is_live_headline


@pytest.mark.parametrize(
    "line",
    [
        "Live updates: Storm closes the harbour",
        "LIVE: Storm closes the harbour",
        "Liveblog zum Sturm über der Küste",
        "EN DIRECT - Tempête sur le port",
        "En vivo | Tormenta en el puerto",
        "Canlı: Limanda fırtına",
        "【速報】港に暴風",
    ],
)
def test_a_live_label_opening_the_headline_marks_a_live_page(line):
    assert is_live_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Live music returns to the harbour park",
        "Where nurses can afford to live",
        "LIVE Markets FTSE 100 +0.4%",
        "Storm closes the harbour",
    ],
)
def test_live_as_a_word_of_the_headline_is_no_label(line):
    assert not is_live_headline(line)
