"""A reader view's logo label and a save tool's dated line above the masthead are no
names: the masthead under them is the page's site (review h162; issue #10). Made-up
sites and stories."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.capture_marks import without_capture_marks

STORY = [
    "",
    "Skip to content",
    "",
    "Ferry timetable cut for the winter months",
    "",
    "By Rowan Ashdown",
    "Published 4 March 2026, 08:10 GMT",
    "",
    "The ferry between Carrick Point and the island will run four times a day instead of "
    "seven from next week, the operator said on Tuesday.",
    "",
    "Islanders said the change would make it harder to reach the mainland hospital for "
    "morning appointments, and asked the council to step in.",
    "",
    "The operator said fewer than ten passengers used the early sailings in January.",
    "",
]


@pytest.mark.parametrize(
    "top",
    [
        ["Logo: The Carrick Sentinel"],
        ["Saved from the web on 6 March 2026, 11:02 UTC", "", "Carrick Sentinel"],
        # a print view's label over the masthead (review h177)
        ["Print version", "", "The Carrick Sentinel"],
        ["Printer-friendly version", "", "Carrick Sentinel"],
        ["Версія для друку", "", "Carrick Sentinel"],
    ],
)
def test_the_masthead_under_a_capture_mark_names_the_site(top):
    articles = extract_articles("\n".join([*top, *STORY]), "made_up.txt")
    assert articles.outlet[0] in ("The Carrick Sentinel", "Carrick Sentinel")


def test_only_the_marks_are_blanked():
    lines = ["Logo: The Carrick Sentinel", "Saved by the bell on a Tuesday", "Logo: X"]
    assert without_capture_marks(lines) == [" " * 6 + "The Carrick Sentinel", *lines[1:]]
    story = ["Ferry timetable cut", "Saved from the web on 6 March 2026"]
    assert without_capture_marks(story)[1].strip() == ""
    assert without_capture_marks(["A", "B", "Logo: late"]) == ["A", "B", "Logo: late"]


def test_a_print_views_label_is_blanked_only_as_a_whole_line():
    assert without_capture_marks(["Druckversion", "Hafenblatt"])[0].strip() == ""
    lines = ["Print version of the budget is out", "Hafenblatt"]
    assert without_capture_marks(lines) == lines
