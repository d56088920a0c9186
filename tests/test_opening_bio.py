"""The writer's biography box above an opinion column (review h145, tenth round)."""

from analysis.clean.segment import find_article_regions

BIO = (
    "Dr Helena Marsh is a senior lecturer in public policy at the University of Carrow, "
    "where she studies local government finance. She lives in Carrow with her partner."
)
COLUMN = [
    "Every year the same ritual plays out in council chambers across the country. Faced "
    "with a gap in the budget, councillors look for something small and easy to cut.",
    "The savings are real but tiny. In Carrow, closing four branch libraries saved about "
    "a third of a million pounds a year, less than half of one per cent of spending.",
    "There are better ways to balance a budget. Councils could share back-office staff or "
    "renegotiate their energy contracts, and none of these is as visible as a library.",
]


def column_page(label: str) -> list[str]:
    lines = ["The Kestrel Review", "Opinion", "Politics", "", "OPINION", ""]
    lines += ["Our libraries are not a luxury", "", label, BIO, "", "4 December 2026", ""]
    for paragraph in COLUMN:
        lines += [paragraph, ""]
    return [*lines, "Most read", "The town that voted to abolish itself"]


def body_text(lines: list[str]) -> list[str]:
    (region,) = find_article_regions(lines)
    return [lines[i] for i in region.body_lines]


def test_a_biography_under_its_label_above_the_column_is_no_body():
    """The box about the writer was the body's first paragraph."""
    assert body_text(column_page("About the author")) == COLUMN
    assert body_text(column_page("Über die Autorin")) == COLUMN


def test_a_paragraph_under_another_label_stays():
    """Control: a standfirst under a section label is the detector's to judge."""
    assert BIO in body_text(column_page("Analysis"))


def test_the_box_ends_at_a_blank_line_and_holds_at_most_two_lines():
    from analysis.clean.opening_bio import without_opening_bio

    lines = ["About the author", BIO, "", *COLUMN]
    assert without_opening_bio(lines, [1, 3, 4, 5]) == [3, 4, 5]
    # packed under the label with the column: no box is told from the story
    packed = ["About the author", BIO, *COLUMN]
    assert without_opening_bio(packed, [1, 2, 3, 4]) == [1, 2, 3, 4]
