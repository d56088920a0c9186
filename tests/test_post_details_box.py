"""A post's details box closing the story: "Posted:", "Filed under:", "Author:" lines
(analysis.clean.page_metadata._meta_after_body, review h136)."""

from __future__ import annotations

from analysis import extract_articles

STORY = [
    "Library to stop charging late fees on children's books",
    "",
    "Children will no longer be charged fines for overdue books at any of the county's "
    "nine library branches, the library board decided Thursday.",
    "",
    "Librarians told the board that fines had kept some families from using the library "
    "at all, and that they brought in about $11,000 last year.",
    "",
]


def test_a_labelled_line_inside_the_details_box_does_not_end_it():
    text = "\n".join(
        [
            *STORY,
            "Posted: October 2, 2026",
            "Modified: October 5, 2026",
            "Filed under: Education, Libraries",
            "Author: Rosa Delgado",
            "",
        ]
    )
    articles = extract_articles(text, "made_up.txt")
    assert (articles.byline[0], articles.published[0]) == ("Rosa Delgado", "2026-10-02")


def test_a_labelled_line_right_under_the_story_still_ends_the_run():
    # no meta line before it: "Related: ..." is another story's, and so is its byline
    text = "\n".join([*STORY, "Related: Budget talks stall", "By Tom Rowe", ""])
    assert extract_articles(text, "made_up.txt").byline[0] is None


def test_a_signature_under_the_story_does_not_end_the_run_before_its_date():
    # review h136 F5: an editorial signed by its board, its date under the signature
    for signature in ("— The Harbour Courier Editorial Board", "– Rosa Delgado"):
        text = "\n".join([*STORY, signature, "", "November 2, 2026", ""])
        assert extract_articles(text, "made_up.txt").published[0] == "2026-11-02"
    # a hyphen is a list's mark (another story's headline): the run ends there
    text = "\n".join([*STORY, "- Budget talks stall", "", "November 2, 2026", ""])
    assert extract_articles(text, "made_up.txt").published[0] is None
