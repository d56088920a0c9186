"""A reader view's site line under the headline (review h264)."""

from __future__ import annotations

from analysis.clean.reader_site_line import reader_site_line
from analysis.clean.site_name import page_site_name

_STORY = [
    "",
    "By Tomas Ferrow",
    "",
    "12 March 2026",
    "",
    "The harbour board voted on Monday to raise the mooring fees by a tenth from April.",
    "",
    "Boat owners said the rise would push some of them to the marina across the bay.",
]


def _page(
    name_line: str, headline: str = "Mooring fees at the harbour to rise in April"
) -> list[str]:
    return [headline, "", name_line, *_STORY]


def test_the_name_under_the_headline_names_the_site():
    # review h264: reader views printing the site once, under the headline with the
    # reading time, were of an unknown site each
    for line in ("Saltmarsh Courier · 4 min read", "Saltmarsh Courier - 3-4 minutes"):
        lines = _page(line)
        found = reader_site_line(lines)
        assert found is not None
        at, start, end = found
        assert lines[at][start:end] == "Saltmarsh Courier"
        site = page_site_name(lines)
        assert site is not None and site.name == "Saltmarsh Courier"


def test_a_reading_time_in_the_pages_language_marks_the_name_too():
    # review h272: a French reader view ("· 4 min de lecture") was of an unknown site;
    # the reading time's words in other languages count as "min read" does
    for line in (
        "L’Écho du Port · 4 min de lecture",
        "Der Hafenbote · 3 Min. Lesezeit",
        "Gazzetta del Porto · 5 min di lettura",
        "Liman Postası · 4 dk okuma",
    ):
        lines = _page(line)
        found = reader_site_line(lines)
        assert found is not None, line
        at, start, end = found
        assert lines[at][start:end] == line.split(" · ")[0]


def test_a_label_a_short_top_line_or_no_byline_under_it_names_no_site():
    assert reader_site_line(_page("Politics · 4 min read")) is None  # a section's label
    assert reader_site_line(_page("Saltmarsh Courier")) is None  # no reader's estimate
    timed = "Saltmarsh Courier · 4 min read"
    assert reader_site_line(_page(timed, headline="Saltmarsh Courier")) is None
    no_byline = _page(timed)
    no_byline[4] = "Tomas Ferrow"  # the author's name, no cue: the line above may be his
    assert reader_site_line(no_byline) is None
    assert reader_site_line(["Mooring fees at the harbour to rise in April"]) is None
