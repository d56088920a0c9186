"""benchmarks/title_line_sections.py: which of a page's lines make up a title line."""

from __future__ import annotations

from benchmark_modules import load_benchmark

title_line_sections = load_benchmark("title_line_sections")


def test_the_other_names_are_short_name_lines_that_are_not_the_site():
    lines = [
        "Example Daily",
        "  • News",
        "  • Opinion",
        "Terms of Use",
        "Council opens the new rail line",
        "Example Daily Sport",  # a form of the site's name
        "The council voted on Monday to open the new line early next year.",
        "  • News",  # listed once
    ]
    found = title_line_sections.other_names(
        lines, "Example Daily", "Council opens the new rail line"
    )
    assert found == ["News", "Opinion", "Terms of Use"]
