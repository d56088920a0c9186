"""analysis.clean.body.endnotes: a story's notes or references list under its paragraphs."""

from __future__ import annotations

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body.endnotes import NOTES_HEADING


@pytest.mark.parametrize(
    "notes",
    [
        [
            "Notes",
            "1. Bus network review, annual report 2025, p. 4.",
            '2. See Lane and Hart, "Buses and towns", Transport Quarterly 12 (1998): 44-61.',
            "3. Figures supplied by the regional transport authority to the council.",
        ],
        ["Sources:", "Lane, A. (2019). Buses and towns. Transport Quarterly, 4, 10-22."],
        ["Anmerkungen", "[1] Stadtrat, Protokoll vom 3. Mai.", "[2] Ebd., S. 12."],
        # held-out h273: one citation under the singular heading was kept
        ["Reference", "Lane A., Hart B. (2019). Buses and towns. Transport Letters 4: 10-22."],
        ["Quelle:", "Stadtrat Tollerby (2024): Verkehrsbericht, S. 9."],
    ],
)
def test_a_notes_list_under_the_story_is_no_body(notes):
    """A heading in the language's word for notes or sources over numbered notes or
    citations (review h233: an essay's "Notes" and "References" lists were kept)."""
    lines = page(MENU, "Bus network to grow", *PARAGRAPHS, *notes)
    assert kept_text(lines) == PARAGRAPHS


def test_paragraphs_under_a_subheading_named_sources_stay():
    """Under a "Sources" subheading the story goes on (no note's number, no citation's
    year): its paragraphs are body."""
    story = [*PARAGRAPHS[:2], "Sources", *PARAGRAPHS[2:]]
    lines = page(MENU, "Bus network to grow", *story)
    assert [line for line in kept_text(lines) if line != "Sources"] == PARAGRAPHS


@pytest.mark.parametrize(
    "line", ["Notes", "References:", "Further reading", "Примечания", "Source", "Джерело"]
)
def test_notes_headings(line):
    assert NOTES_HEADING.match(line)


def test_a_sentence_is_no_notes_heading():
    assert not NOTES_HEADING.match("Notes from the council meeting follow below.")


def test_a_notes_list_the_story_marks_is_no_body_whatever_its_headings_words():
    """Review h307: a Bikol report's "Mga Tala" over its numbered notes was kept (no
    word table holds the heading); the story's own "[1]" against a full stop tells it."""
    marked = [PARAGRAPHS[0].rstrip(".") + ".[1]", *PARAGRAPHS[1:]]
    notes = [
        "Zorgu Vell",
        "1. Hart, B. et al. (2025), Changes in the bus network of the valley towns, 2010-2025.",
        "2. Passenger counts from the depot at Tollerby for the winter timetable.",
    ]
    assert kept_text(page(MENU, "Bus network to grow", *marked, *notes)) == marked
    # no mark in the story: a short heading over a numbered list is no notes heading
    unmarked = kept_text(page(MENU, "Bus network to grow", *PARAGRAPHS, *notes))
    assert unmarked[-2:] == notes[1:]
