"""analysis.clean.kind_labels: a label naming a story's kind ("Press release",
"Sponsored content") or its sponsor ("Sponsorjat minn NAME") is never its headline."""

from __future__ import annotations

import pytest

from analysis.clean.header_lines import is_caption_line
from analysis.clean.headline import find_title_line
from analysis.clean.kind_labels import is_kind_label

_BODY = [
    "The county council agreed on Tuesday to rebuild the old footbridge over the river "
    "in the Mossdale valley after an inspection found its deck had rotted through.",
    "",
    "Work is due to start in the spring and should take about four months, the council "
    "said, with a ferry running in the meantime.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Press release",
        "PRESS RELEASE",
        "[Pressemitteilung]",
        "Comunicato stampa:",
        "Sponsored content",
        "KONTENUT SPONSORJAT",
        "  Paid   post ",
    ],
)
def test_a_line_that_is_only_a_kind_label_is_one(line: str) -> None:
    assert is_kind_label(line)


@pytest.mark.parametrize(
    "line",
    ["Council issues press release on fares", "Press", "Release", "Sponsored by Example Ltd", ""],
)
def test_a_headline_holding_the_words_is_no_kind_label(line: str) -> None:
    assert not is_kind_label(line)


def test_a_press_release_label_between_the_headline_and_its_date_is_not_the_headline():
    # the closing note names the kind again, so the label's words are the body's too
    lines = [
        "THE BRANNOCK SENTINEL",
        "News  Business  Health  Sport  Subscribe",
        "",
        "Community",
        "",
        "Council will rebuild the rotten footbridge by summer",
        "",
        "Press release",
        "",
        "1 December 2026",
        "",
        "Source: Mossdale County Council",
        "",
        *_BODY,
        "",
        "This press release was issued by the council; the Sentinel has not edited it.",
    ]
    assert find_title_line(lines, 13) == 5


@pytest.mark.parametrize(
    "credit",
    [
        "Sponsorjat minn Example Solar Ltd",
        "Patrocinado por Ejemplo S.A.",
        "Sponsorisé par Exemple SA",
        "Gesponsert von Beispiel GmbH",
    ],
)
def test_a_sponsor_credit_in_another_language_is_a_credit_line(credit: str) -> None:
    assert is_caption_line(credit)


def test_a_sponsor_credit_over_the_headline_is_not_the_headline():
    lines = [
        "IL-LEĦEN TAL-WIED",
        "",
        "KONTENUT SPONSORJAT",
        "",
        "Sponsorjat minn Example Solar Ltd",
        "",
        "Kif il-pannelli solari qed ibiddlu l-kontijiet tad-dawl",
        "",
        "Miktub minn Marija Borg",
        "",
        "5 ta' Diċembru 2026",
        "",
        *_BODY,
    ]
    assert find_title_line(lines, 12) == 6
