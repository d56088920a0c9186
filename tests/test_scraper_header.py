"""analysis.clean.scraper_header: the "label: value" header some scrapers print on top."""

from __future__ import annotations

import pytest

from analysis.clean.headline import find_title_line
from analysis.clean.scraper_header import header_site, is_site_field
from analysis.clean.site_name import page_site_name

PROSE = [
    "The city council approved the rail budget on Tuesday after a long debate about "
    "fares, stations and the new depot near the river.",
    "",
    "Council members said the rail line would open next spring if the depot is finished "
    "on time, and fares would stay at today's level.",
]


@pytest.mark.parametrize("label", ["source", "Publisher", "site", "Site Name", "site_name"])
@pytest.mark.parametrize("gap", ["", "\n"])  # reader services print a blank line between
def test_a_site_label_in_the_header_names_the_site_and_is_no_headline(label, gap):
    header = f"title: Council approves rail budget\n{gap}{label}: Example Courier\n{gap}"
    lines = (header + "published: March 3, 2026\n").split("\n") + PROSE
    site_line = lines.index(f"{label}: Example Courier")
    assert header_site(lines) == (site_line, len(label) + 2, len(label) + 2 + 15)
    assert is_site_field(lines, site_line)
    assert page_site_name(lines).name == "Example Courier"
    assert find_title_line(lines, lines.index(PROSE[0])) == 0


def test_the_header_opening_markdown_front_matter_counts():
    lines = ["---", "title: Council approves rail budget", "publisher: Example Courier", "---"]
    assert header_site(lines + PROSE) == (2, 11, 26)


@pytest.mark.parametrize(
    "top",
    [
        ["source: Example Courier"],  # one line is no header block
        ["Council approves rail budget", "", "source: Example Courier", "published: today"],
        ["title: Council approves rail budget", "source: https://example.com/rail"],  # an address
        ["title: Council approves rail budget", "author: Jane Doe"],  # no site label
    ],
)
def test_no_header_block_at_the_top_or_no_site_name_in_it_names_no_site(top):
    assert header_site([*top, "", *PROSE]) is None
