"""analysis.clean.body.table_runs: a text table set between two paragraphs neither adds
to the story nor ends it (h341: a three-paragraph story lost the paragraph on one side
of a Markdown pipe table or an ASCII grid)."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.body import explain_body_lines
from analysis.clean.read import page_from_bytes

P1 = (
    "The town council of Wexmoor on Friday published the results of its harbour survey, "
    "which asked residents how often they use the ferry and what they would change."
)
P2 = (
    "Councillor Mara Okafor said the rise in daily use showed that the new evening "
    "crossings were working, and that the council would add a further crossing in spring."
)
P3 = "The survey was carried out by the county's statistics office among 1,200 residents."
PIPE = "\n".join(
    [
        "| Answer | 2025 | 2026 |",
        "|---|---|---|",
        "| Daily | 12 % | 15 % |",
        "| Weekly | 30 % | 34 % |",
        "| Never | 58 % | 51 % |",
    ]
)
GRID = "\n".join(
    [
        "+----------+-------+-------+",
        "| Answer   | 2025  | 2026  |",
        "+----------+-------+-------+",
        "| Daily    | 12 %  | 15 %  |",
        "| Weekly   | 30 %  | 34 %  |",
        "| Never    | 58 %  | 51 %  |",
        "+----------+-------+-------+",
    ]
)
SPACED = "\n".join(
    [
        "Answer      2025    2026",
        "Daily       12 %    15 %",
        "Weekly      30 %    34 %",
        "Never       58 %    51 %",
    ]
)
HEAD = (
    "Wexmoor Coast Daily\nHome | News\n\nFerry use rises in harbour survey\n\n"
    "By Jane Roe\n5 December 2026\n\n"
)
TAIL = "\n\nShare: Facebook | X\n"


def _body(story: str, name: str) -> str:
    page = page_from_bytes((HEAD + story + TAIL).encode(), name, name)
    return extract_articles(page.text, name).body.iloc[0]


@pytest.mark.parametrize("table", [PIPE, GRID, SPACED], ids=["pipe", "grid", "spaced"])
@pytest.mark.parametrize("name", ["survey.txt", "survey.md"])
def test_table_after_the_lede_keeps_the_lede(table: str, name: str) -> None:
    body = _body(f"{P1}\n\n{table}\n\n{P2}\n\n{P3}", name)
    for paragraph in (P1, P2, P3):
        assert paragraph in body
    assert "Weekly" in body  # the table's cells are body, as a table's rows are
    assert "Share" not in body


@pytest.mark.parametrize("table", [PIPE, GRID, SPACED], ids=["pipe", "grid", "spaced"])
def test_table_before_the_last_paragraph_keeps_it(table: str) -> None:
    body = _body(f"{P1}\n\n{P2}\n\n{table}\n\n{P3}", "survey.txt")
    for paragraph in (P1, P2, P3):
        assert paragraph in body


def test_table_closing_the_text_keeps_its_weight() -> None:
    # a table with no paragraph under it (a results table over the footer) is not neutral
    lines = (HEAD + f"{P1}\n\n{P2}\n\n{SPACED}" + TAIL).split("\n")
    rows = [i for i, line in enumerate(lines) if line.startswith(("Daily", "Weekly"))]
    weights = {v.index: v.weight for v in explain_body_lines(lines)}
    assert all(weights[i] < 0 for i in rows)


@pytest.mark.parametrize("table", [PIPE, SPACED], ids=["pipe", "spaced"])
def test_a_tables_source_line_does_not_end_the_story(table: str) -> None:
    # h363's review: a table's source line under its last row stood between the table
    # and the next paragraph; the table and every paragraph after it were lost
    note = "Source: county statistics office. Graphic: Coast Daily"
    body = _body(f"{P1}\n\n{table}\n\n{note}\n\n{P2}\n\n{P3}", "survey.md")
    for paragraph in (P1, P2, P3):
        assert paragraph in body
    assert "Weekly" in body
    assert "Source" not in body  # the note is no body, as a chart's source line
