"""analysis.clean.body.plain_link_lists: a box of linked headlines printed with no
bullets between a story's paragraphs."""

from __future__ import annotations

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page

BOX = [
    "Most read this week",
    "Harbour ferry to run through the winter",
    "Old mill chimney to be saved",
]


@pytest.mark.parametrize("packed", [True, False])
def test_an_unbulleted_box_of_headlines_between_paragraphs_is_no_body(packed):
    """Review h307: Reader View, innerText and docx2txt print a "Most read" box's items
    as plain lines; the label and the headlines read as subheadings and were kept."""
    box = [BOX] if packed else BOX  # items packed (a browser's copy) or apart (docx2txt)
    lines = page(MENU, "Bus network to grow", *PARAGRAPHS[:2], *box, *PARAGRAPHS[2:])
    assert kept_text(lines) == PARAGRAPHS


def test_a_subheading_over_a_paragraph_stays():
    """A subheading is followed by a paragraph, not by two more headings: it stays, and
    so does a box whose items are sentences (a list in the story)."""
    story = [*PARAGRAPHS[:2], "What happens next", *PARAGRAPHS[2:]]
    assert kept_text(page(MENU, "Bus network to grow", *story)) == story
    sentences = ["Key dates", "The first route opens in March.", "The last opens in June."]
    story = [*PARAGRAPHS[:2], *sentences, *PARAGRAPHS[2:]]
    kept = kept_text(page(MENU, "Bus network to grow", *story))
    assert all(line in kept for line in sentences[1:])
