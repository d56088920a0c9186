"""analysis.clean.drop_caps: a drop cap printed alone on its line joins its word again."""

from __future__ import annotations

import pytest

from analysis.clean.drop_caps import join_drop_caps, join_spaced_drop_caps
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


LONG_READ = (
    "The eels\n\n"
    "T he eel traps come up at dawn. He lifts each one with a grunt.\n\n"
    "The river\n\n"
    "W hen the floods came, his grandfather lost every trap. The eels came in great numbers.\n\n"
    "N umbers have fallen since. Scientists blame the dams.\n\n"
    "X ylophones are rare here. They hang in one shed.\n"
)


def test_a_drop_cap_kept_on_its_line_with_a_space_is_joined():
    """Review h213: a long read's drop caps printed "T he", "W hen" at the head of each
    section; "Numbers" is a word of the page ("numbers"), "Xylophones" is not (left)."""
    joined = join_spaced_drop_caps(LONG_READ)
    assert "\nThe eel traps" in joined and "\nWhen the floods" in joined
    assert "\nNumbers have fallen" in joined
    assert "\nX ylophones are rare" in joined


@pytest.mark.parametrize(
    "text",
    [
        "A great deal of rain fell. A man said so.",  # "A" is a word of the page
        "W piątek padało. Deszcz był w sobotę też.",  # "w" too
        "I am here. I said so.",
        "T he ferry leaves at six",  # no sentence's end: no paragraph
        "X said on Tuesday it would close. The firm did not say more.",  # "Xsaid": no word
    ],
)
def test_a_letter_that_is_a_word_or_makes_none_is_left(text):
    assert join_spaced_drop_caps(text) == text


def test_a_dump_is_read_with_its_spaced_drop_caps_joined():
    assert "The eel traps" in plain_dump_text(LONG_READ)


def test_a_pages_contractions_do_not_keep_a_spaced_drop_cap_apart():
    # review h440 (en_insc_longread_lighthouse): the "t" of "doesn't" counted as a word
    # "t" of the page, so the drop cap of "T he letter arrived" was left apart
    text = (
        "T he letter arrived on a Tuesday. She doesn't keep letters, she said.\n\n"
        "It hasn't rained since. The light is automatic now.\n"
    )
    assert join_spaced_drop_caps(text).startswith("The letter arrived")
    # a letter that stands alone as a word elsewhere still keeps its line apart
    assert (
        join_spaced_drop_caps("A great deal of rain. It isn't a man's job, a man said.")[:7]
        == "A great"
    )
