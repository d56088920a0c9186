"""analysis.clean.paragraph_marks: a jusText print's paragraph marks."""

from analysis.clean.paragraph_marks import drop_paragraph_marks
from analysis.clean.read import plain_dump_text

PRINT = (
    "<b> Home\n"
    "<b> Sport\n"
    "<h> Ferry returns to the island after repairs\n"
    "<p> The ferry sailed again on Monday after six weeks in dry dock.\n"
    "<p> Islanders said the &amp; queue at the slipway was the longest in years.\n"
    "<b> Copyright 2026\n"
)


def test_justext_marks_are_taken_off():
    # review h273: '<p>' was read as a word of every paragraph, '<h>' opened the headline
    plain = plain_dump_text(PRINT)
    assert "<p>" not in plain and "<h>" not in plain and "<b>" not in plain
    assert plain.split("\n")[2] == "Ferry returns to the island after repairs"
    assert "the & queue" in plain  # jusText escapes its text; the reference is decoded


def test_detailed_format_marks_are_taken_off():
    detailed = (
        '<p class="bad" cfclass="short" heading="0"> Home\n'
        '<p class="good" cfclass="good" heading="0"> The ferry sailed again on Monday.\n'
    )
    assert drop_paragraph_marks(detailed) == "Home\nThe ferry sailed again on Monday.\n"


def test_a_page_quoting_a_tag_stays():
    page = "Write <p> before a paragraph.\n<p> opens one.\n\nThat is all.\n"
    assert drop_paragraph_marks(page) == page  # a line without the mark
    assert drop_paragraph_marks("<p> one line\n") == "<p> one line\n"
