"""analysis.clean.html_times: a paragraph or list item printing a date in a ``<time>``
element stays in an HTML page's body, though trafilatura's main text drops the element."""

from __future__ import annotations

import pytest
from test_html_input import ARTICLE_HTML, PARAGRAPHS

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.html_page import body_lines_of
from analysis.clean.html_times import time_texts, without_time_texts
from analysis.clean.read import read_page

TIMED = "At a meeting on <time datetime='2025-03-04'>Tuesday</time> the board agreed to it."
TIMELINE = (
    "<h2>How we got here</h2><ol>"
    "<li><time>2016</time> — Storm damage closes the night depot.</li>"
    "<li><time>2021</time> — Drivers vote to accept the new rota.</li>"
    "<li><time datetime='2025-03'>March 2025</time> — The council approves the plan.</li>"
    "</ol>"
)


def _body(tmp_path, inserted: str) -> str:
    markup = ARTICLE_HTML.replace(f"<p>{PARAGRAPHS[2]}</p>", f"{inserted}<p>{PARAGRAPHS[2]}</p>")
    path = tmp_path / "timed.html"
    path.write_text(markup, encoding="utf-8")
    page = read_page(path)
    return extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]["body"]


def test_a_paragraph_printing_a_day_in_a_time_element_stays_in_the_body(tmp_path):
    """Review h213: the paragraph was lost (trafilatura's main text holds it without
    "Tuesday", so no rendered line matched it)."""
    body = _body(tmp_path, f"<p>{TIMED}</p>")
    assert "At a meeting on Tuesday the board agreed to it." in body
    assert all(paragraph in body for paragraph in PARAGRAPHS)


def test_a_timelines_items_opening_with_their_year_stay_in_the_body(tmp_path):
    """Review h213: a timeline's <li><time>2016</time> — ...</li> items were lost."""
    body = _body(tmp_path, TIMELINE)
    for item in (
        "2016 — Storm damage closes the night depot.",
        "2021 — Drivers vote to accept the new rota.",
        "March 2025 — The council approves the plan.",
    ):
        assert item in body


def test_time_texts_are_the_elements_texts():
    markup = "<p>On <time datetime='x'>March&nbsp;2</time>, <TIME>  2016 </TIME><time></time></p>"
    assert time_texts(markup) == {"March 2", "2016"}
    assert time_texts("<p>No date here.</p>") == frozenset()


@pytest.mark.parametrize(
    ("line", "bare"),
    [
        ("2 December 2026 — The pool reopens.", "— The pool reopens."),
        ("The pool reopens.", None),
    ],
)
def test_a_line_without_its_time_texts(line, bare):
    found = without_time_texts(line, frozenset({"2026", "2 December 2026"}))
    assert (found if found is None else found.strip()) == bare


def test_body_lines_compare_a_line_without_its_time_texts():
    body = "The council met.\n- — Storm damage closes the depot."
    lines = ["The council met.", " 1. 2016 — Storm damage closes the depot.", "Most read"]
    assert body_lines_of(lines, body) == [0]
    assert body_lines_of(lines, body, times=frozenset({"2016"})) == [0, 1]
