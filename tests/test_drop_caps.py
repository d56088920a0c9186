"""analysis.clean.drop_caps: a drop cap printed alone on its line joins its word again."""

from __future__ import annotations

import pytest

from analysis.clean.drop_caps import join_drop_caps
from analysis.clean.read import plain_dump_text

STORY = "he ferry leaves at six. Nobody on the quay remembers a morning it was late."


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_letter_alone_over_the_rest_of_its_word_is_joined(between):
    text = f"Harbour lives\n\nT{between}{STORY}\n\nIt sails all year."
    assert join_drop_caps(text) == f"Harbour lives\n\nT{STORY}\n\nIt sails all year."


def test_a_greek_drop_cap_is_joined():
    text = "Σ\n\nτο χωριό ανεβαίνεις με τα πόδια. Το μαγαζί είναι κλειστό."
    assert join_drop_caps(text).startswith("Στο χωριό ανεβαίνεις")


@pytest.mark.parametrize(
    "text",
    [
        "I\nwas born in the valley. My father kept sheep.",  # "Iwas": no word
        "T\nhe ferry leaves at six",  # no sentence's end: no paragraph
        "T\n\n\nhe ferry leaves at six. It is never late.",  # two blank lines apart
        "Tx\nhe ferry leaves at six. It is never late.",
        "t\nhe ferry leaves at six. It is never late.",
    ],
)
def test_other_short_lines_are_left(text):
    assert join_drop_caps(text) == text


def test_a_dump_is_read_with_its_drop_cap_joined():
    assert "The ferry leaves" in plain_dump_text(f"Harbour lives\n\nT\n\n{STORY}\n")


def test_a_text_without_a_lone_capital_is_not_read_line_by_line(monkeypatch):
    """Speed only: a text none of whose lines is one upper-case letter is answered by one
    search, its lines not tried one by one."""
    from analysis.clean import drop_caps

    def refused(*_):
        raise AssertionError("lines tried")

    monkeypatch.setattr(drop_caps, "_word_under", refused)
    text = f"Harbour lives\n\n1\n\n•\n\nt\n{STORY}"
    assert join_drop_caps(text) == text
