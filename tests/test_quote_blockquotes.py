"""Tests for analysis.stats.quotes.blockquotes: html2text's / Markdown's '> ' blocks."""

from __future__ import annotations

from analysis.stats.quotes import find_quotes

INTRO = "Councillor Ana Brook, who had backed the sale, posted a short reply on the website:\n\n"
BLOCK = (
    "> The harbour still needs repairs. I hope those celebrating\n"
    "> tonight will help pay for them.\n"
)


def test_a_block_after_a_colon_line_is_a_quotation_of_its_speaker():
    body = "Harbour plan dropped\n\n" + INTRO + BLOCK + "\nThe board meets in March."
    quotes = find_quotes(body)
    assert [q.text for q in quotes] == [
        "The harbour still needs repairs. I hope those celebrating",
        "tonight will help pay for them.",
    ]
    assert all(q.attributed and q.speaker == "Councillor Ana Brook" for q in quotes)
    assert {q.mark_style for q in quotes} == {"blockquote"}
    assert {q.open_mark for q in quotes} == {">"}


def test_each_paragraph_of_a_block_takes_the_first_lines_attribution():
    body = "The statement said:\n\n> We regret the delay.\n>\n> The service resumes on Monday.\n"
    quotes = find_quotes(body)
    assert [q.text for q in quotes] == ["We regret the delay.", "The service resumes on Monday."]
    assert all(q.attributed and q.speaker == "The statement" for q in quotes)


def test_a_block_no_colon_line_introduces_is_no_quotation():
    body = (
        "The board will meet again in March.\n\n"
        "> The harbour still needs repairs, and nobody has offered to pay.\n\n"
        "The pier reopens next week."
    )
    assert find_quotes(body) == []


def test_a_block_holding_quotation_marks_is_left_to_the_marks():
    body = 'She wrote:\n\n> "We regret the delay," the operator said in a notice.\n'
    (quote,) = find_quotes(body)
    assert quote.text == "We regret the delay,"
    assert quote.mark_style == "double" and quote.speaker == "the operator"


def test_a_block_signed_under_its_text_is_the_signers():
    body = (
        "A handwritten note was added at the bottom of the letter:\n\n"
        "> I was wrong about this, and I am sorry.\n"
        "> — Helen Acheson, board chair\n\n"
        "The ban ends on Monday.\n"
    )
    (quote,) = find_quotes(body)
    assert quote.text == "I was wrong about this, and I am sorry."
    assert quote.attributed and quote.speaker_as_printed == "Helen Acheson"
