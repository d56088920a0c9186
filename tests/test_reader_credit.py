"""A reader view's copy names its site once, between the headline and the byline."""

import unicodedata

import pytest

from analysis.clean.reader_credit import reader_view_credit
from analysis.clean.site_name import page_site_name

_STORY = [
    "The harbour ferry will stop running on Sunday evenings from next month, its operator said.",
    "",
    "The operator blamed falling passenger numbers after the bridge opened in the spring.",
    "",
    "Residents of the north quay said they would ask the council to pay for a later boat.",
]


def _view(headline: str, name: str, credit: str) -> list[str]:
    return [headline, "", name, credit, "", *_STORY]


def test_the_name_under_the_headline_is_the_site():
    # review finding h247: a reader view's copy printing its site's name once, under
    # the headline, was filed under an unknown site
    lines = _view(
        "Harbour ferry to stop on Sunday evenings",
        "Quayside Weekly Post",
        "Morwenna Tallis · 4 March 2026",
    )
    assert reader_view_credit(lines) == (2, "Quayside Weekly Post", (0, 20))
    found = page_site_name(lines)
    assert found is not None and (found.name, found.source) == ("Quayside Weekly Post", "page")


@pytest.mark.parametrize(
    ("headline", "name", "credit"),
    [
        # the author over the day alone: the author's name, no site
        ("Harbour ferry to stop on Sunday evenings", "Morwenna Tallis", "4 March 2026"),
        # a name over a name: an author's box
        ("Quayside Weekly Post", "Morwenna Tallis", "Staff · 4 March 2026"),
        # a line of prose under the headline (a standfirst), no name
        (
            "Harbour ferry to stop on Sunday evenings",
            "The operator blamed falling numbers",
            "Morwenna Tallis · 4 March 2026",
        ),
        # a title noun alone: any town's "The Times" (two sites of that name in a run)
        (
            "Harbour ferry to stop on Sunday evenings",
            "The Times",
            "Morwenna Tallis · 4 March 2026",
        ),
        # more than a name and a day on the credit's line
        (
            "Harbour ferry to stop on Sunday evenings",
            "Quayside Weekly Post",
            "Morwenna Tallis · 4 March 2026 · 3 min read",
        ),
    ],
)
def test_other_shapes_name_no_site(headline, name, credit):
    assert reader_view_credit(_view(headline, name, credit)) is None


def test_a_name_over_a_byline_and_a_date_on_lines_of_their_own_is_the_site():
    # a reader view printing the author and the day on two lines (review h272's French
    # copies), the name in decomposed Unicode and with an elided article
    name = unicodedata.normalize("NFD", "Le Phare de l’Étang")
    lines = ["Le marché couvert rouvrira au printemps prochain", "", name, "", "Par Anne Roux"]
    lines += ["", "3 octobre 2026", "", "Le marché couvert rouvrira en avril."]
    assert reader_view_credit(lines) == (2, name, (0, len(name)))
    # a section's label printed there: one word, or words running on in lower case
    for label in ("Politique", "Faits divers"):
        assert reader_view_credit([*lines[:2], label, *lines[3:]]) is None
    # the name right under the headline: a share box's or an author's as often
    assert reader_view_credit([lines[0], *lines[2:]]) is None
    # the byline not followed by a date alone: no reader view's shape
    assert reader_view_credit([*lines[:6], "Le marché rouvre.", *lines[7:]]) is None
