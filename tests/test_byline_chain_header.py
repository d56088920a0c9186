"""analysis.clean.bylines.find_name_line_byline: the authors over the paper's name over the
date line, a chain paper's header (made-up page; review h321, issue #10)."""

from __future__ import annotations

from analysis.clean.bylines import find_name_line_byline

_CHAIN_PAGE = [
    "The Kelso Valley Ledger",
    "",
    "School board approves later start times for the two high schools",
    "",
    "{names}",
    "The Kelso Valley Ledger",
    "",
    "Published 11:58 p.m. ET Dec. 3, 2026 | Updated 6:12 a.m. ET Dec. 4, 2026",
    "",
    "The school board voted 5-2 late Thursday night to push back the start of the day.",
]


def test_names_over_the_papers_name_over_the_date_line():
    # a chain paper's header: the authors, the paper, the date (review h321)
    lines = [line.format(names="Sam Whitaker and Priya Natarajan") for line in _CHAIN_PAGE]
    found = find_name_line_byline(lines, 2, 9, 9, "The Kelso Valley Ledger")
    assert found is not None and lines[4][found[1] : found[2]] == "Sam Whitaker and Priya Natarajan"
    # without the masthead over the headline, the line under the name is no site's
    assert find_name_line_byline(lines, 2, 9, 9, None) is None
