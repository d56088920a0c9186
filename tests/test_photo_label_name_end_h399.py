"""Review h399 (held-out markitdown page): a photo credit's label after one space ends
the writer's name ("Text: A Foto: B", "**Text:** A **Foto:** B" without its marks)."""

from __future__ import annotations

import pytest

from analysis.clean.header_lines import find_byline


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Text: Linnea Pekkari Foto: Tomas Niemi", "Linnea Pekkari"),
        ("Av Anna Berg Bild: Per Ek", "Anna Berg"),
        ("Text: Maja Lindqvist    Foto: Erik Holm", "Maja Lindqvist"),  # as before
        ("By Jo Photo Roe", "Jo Photo Roe"),  # no colon: a name's word
    ],
)
def test_the_photo_label_ends_the_name(line, name):
    start, end = find_byline(line)
    assert line[start:end] == name
