"""A name printed before a separator and a publication's label and date ("Devon Marsh |
Posted 11/3/26 4:05 PM ET") is the author's (analysis.clean.bylines, review h136)."""

from __future__ import annotations

import pytest

from analysis import extract_articles

STORY = [
    "Statehouse panel kills plan to move primary to February",
    "",
    "{line}",
    "",
    "A legislative committee voted 7-4 on Tuesday against a bill that would have moved "
    "the state's presidential primary to the first week of February.",
    "",
    "Supporters argued an earlier date would draw candidates and their money to the "
    "state, while county clerks warned they could not print ballots in time.",
    "",
]


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Devon Marsh | Posted Nov. 3, 2026 4:05 PM", "Devon Marsh"),
        ("Devon Marsh · Published: 3 November 2026", "Devon Marsh"),
        ("Devon Marsh | Updated Nov. 3, 2026", None),  # an update's label: not read so
        ("Politics | Posted Nov. 3, 2026", None),  # a section, no person
    ],
)
def test_a_name_before_a_posted_date_is_the_byline(line, byline):
    text = "\n".join(STORY).replace("{line}", line)
    assert extract_articles(text, "made_up.txt").byline[0] == byline


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        # a blog theme's "posted by" in the language, before the name (h398)
        ("Pubblicato da Giulia Ferraresi il 3 novembre 2026", "Giulia Ferraresi"),
        ("Veröffentlicht von Jannik Petersen", "Jannik Petersen"),
        ("Publié par Maëlle Le Goff le 3 novembre 2026", "Maëlle Le Goff"),
        ("Publicado por Lucía Maldonado", "Lucía Maldonado"),
    ],
)
def test_a_posted_by_label_in_the_language_names_the_author(line, byline):
    text = "\n".join(STORY).replace("{line}", line)
    assert extract_articles(text, "made_up.txt").byline[0] == byline
