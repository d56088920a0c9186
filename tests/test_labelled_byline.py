"""Tests for analysis.clean.labelled_byline: a byline under a label no table holds."""

from __future__ import annotations

import pytest

from analysis.clean.bylines import find_name_line_byline
from analysis.clean.labelled_byline import labelled_names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Zoryal: Tomas Orvik", "Tomas Orvik"),  # a colon label
        ("Zoryal Tumak: Ilse Varn kolo Pim Aster", "Ilse Varn kolo Pim Aster"),
        ("Gɔ̱lak: Ada Veny", "Ada Veny"),  # a combining mark in the label
        ("Wenasha nu Tomas Orvik nu Ilse Varn", "Tomas Orvik nu Ilse Varn"),  # cased label
        ("Wen ka tu Ada Veny", "Ada Veny"),  # three words
        ("Story by Rui Tallo an' Mia Sorn", "Rui Tallo an' Mia Sorn"),
        ("Zoryal: Omar ag Fenno ed Lia walet Dosso", "Omar ag Fenno ed Lia walet Dosso"),
        ("Zoryal: Ada Veny, Tomas Orvik kolo Pim Aster", "Ada Veny, Tomas Orvik kolo Pim Aster"),
    ],
)
def test_a_label_before_names(line, names):
    start, end, marked = labelled_names(line)
    assert line[start:end] == names
    assert not marked


def test_a_handle_after_the_names_marks_them():
    line = "Wenasha nu Ada Veny @adaveny"
    start, end, marked = labelled_names(line)
    assert line[start:end] == "Ada Veny"
    assert marked


@pytest.mark.parametrize(
    "line",
    [
        "Foto: Tomas Orvik",  # a picture's credit
        "Photos by Tomas Orvik",
        "Photo of Tomas Orvik",
        "Translated by Tomas Orvik",
        "Updated: Tomas Orvik",  # a date's label
        "Zoryal: Tomas",  # one word: no full name
        "Ada went to see Tomas Orvik",  # links in a row: a sentence
        "Zoryal: tomas orvik",  # no capitals
        "Zoryal: Tomas Orvik 2026",  # a number
        "Wenasha nu kelo ma Tomas Orvik",  # four words before the names
        "Tomas Orvik",  # no label
        # a headline's list of places after its label (h295: found by clean_checksums)
        "Primary Day Tonight: Kelo, Varna, Dosso and Lund",
    ],
)
def test_no_labelled_names(line):
    assert labelled_names(line) is None


def test_a_labelled_byline_under_the_headline_beside_the_date_line():
    lines = [
        "Kelo Varna Daily",
        "",
        "Harbour wall to be raised before the storms",
        "",
        "Zoryal Tumak: Ilse Varn kolo Pim Aster",
        "3 December 2026",
        "",
        "The harbour wall will be raised by a metre before the winter storms, the council said.",
    ]
    line, start, end = find_name_line_byline(lines, 2, 7, 7)
    assert (line, lines[line][start:end]) == (4, "Ilse Varn kolo Pim Aster")


def test_labelled_names_written_in_lower_case_in_the_page_are_no_byline():
    lines = [
        "Harbour wall to be raised before the storms",
        "Zoryal: Market Square",
        "3 December 2026",
        "",
        "The market square will close while the wall is raised, the council said.",
    ]
    assert find_name_line_byline(lines, 0, 4, 4) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # another credit after a separator ends the names (review h321, Pangasinan)
        (
            "Sinulat di Ramon Ferrer tan Lorna Tamayo | Litrato: Jun Valdez",
            "Ramon Ferrer tan Lorna Tamayo",
        ),
        ("Zoryal: Ada Veny - Redaktor: Pim Aster", "Ada Veny"),
    ],
)
def test_the_names_end_before_the_next_credit(line, names):
    start, end, _ = labelled_names(line)
    assert line[start:end] == names
