"""analysis.clean.body.choice_rows: a reader quiz's or poll's choices under the story, and
the questions over them, are no part of the body."""

from __future__ import annotations

import pytest

from analysis.clean.body import body_line_indices
from analysis.clean.body.choice_rows import is_choice_row

PARAGRAPHS = [
    "More than two hundred pupils enrolled in the winter courses of the language club, "
    "twice as many as two years ago, the club's secretary said on Monday.",
    "Most of them learn online, but ten groups meet every week in cafés around the town. "
    "The club is now looking for new teachers for the spring term.",
]


def _body(tail: list[str]) -> str:
    lines = [
        "Town Courier",
        "",
        "Record number of pupils",
        "",
        *"\n\n".join(PARAGRAPHS).split("\n"),
    ]
    lines += ["", *tail, "", "© 2026 Town Courier"]
    return "\n".join(lines[i] for i in body_line_indices(lines))


@pytest.mark.parametrize(
    "row", ["( ) Yes", "[ ] Not sure", "☐ Option A", "   ( ) Online  ( ) In cafés  ( ) At home"]
)
def test_a_row_opening_with_an_empty_box_is_a_choice(row):
    assert is_choice_row(row)


@pytest.mark.parametrize("row", ["(1) The first point", "[1] A note", "○ a bullet", "() "])
def test_other_rows_are_no_choice(row):
    assert not is_choice_row(row)


def test_a_quiz_under_the_story_is_no_body():
    # h230's review: a reader quiz's title and first question, then its choices, were
    # taken as lines continuing the story
    quiz = [
        "QUIZ: DID YOU READ CAREFULLY?",
        "",
        "1. How many pupils enrolled in the courses?",
        "   ( ) One hundred  ( ) Over two hundred  ( ) A thousand",
        "2. Where do the groups meet?",
        "   ( ) In schools  ( ) In cafés  ( ) In libraries",
        "",
        "[Check answers]",
    ]
    body = _body(quiz)
    assert PARAGRAPHS[1] in body
    assert "QUIZ" not in body and "How many pupils" not in body and "( )" not in body


def test_a_table_under_the_story_over_a_poll_stays_body():
    # only the questions right above the choices are the form's
    tail = [
        "Courses     Groups   Pupils",
        "Online      12       140",
        "In cafés    10       68",
        "",
        "Will you join a course?",
        "( ) Yes",
        "( ) No",
    ]
    body = _body(tail)
    assert "Online      12       140" in body and "Will you join" not in body


def test_a_quiz_between_paragraphs_neither_ends_the_story_nor_is_body():
    # h363's review: a Markdown converter's quiz (task-list boxes "- [ ] 1851") between
    # the lede and the rest ended the lede's region; the lede was lost
    rest = [
        "The club's secretary said the groups in cafés had been the idea of two students, "
        "who offered the first lessons for free in the spring of last year.",
        "",
        "The club will open two more groups in January and is looking for volunteers.",
    ]
    quiz = [
        "QUIZ: How well do you know the club?",
        "",
        "1. In which year was the club founded?",
        "",
        "- [ ] 1998",
        "- [ ] 2004",
        "- [ ] 2011",
        "- [ ] Check my answers",
        "",
    ]
    body = _body([*quiz, *rest])
    assert PARAGRAPHS[0] in body and PARAGRAPHS[1] in body and rest[0] in body
    assert "QUIZ" not in body and "In which year" not in body and "1998" not in body


def test_a_markdown_task_list_box_is_a_choice():
    assert is_choice_row("- [ ] Not sure") and is_choice_row("* [ ] Yes")
    assert not is_choice_row("- [x] Done") and not is_choice_row("- [1] A note")


def test_a_short_last_paragraph_under_a_poll_between_paragraphs_is_body():
    # h363's held-out review: a poll's form ("- [ ] Yes") under the story's paragraphs,
    # then its last paragraph, one short sentence: the sentence weighed less than a
    # paragraph and was lost as the page's trailer
    poll = ["Your view", "", "Should the club charge for lessons?", "", "- [ ] Yes", "- [ ] No"]
    last = "Pensioners will keep their free places, the club said."
    body = _body([*poll, "", last, "", "Share  Facebook"])
    assert last in body and PARAGRAPHS[1] in body
    assert "Your view" not in body and "- [ ] Yes" not in body
