"""analysis.clean.body.reviews: a review's verdict heading, score line and pros and cons
lists are the writer's text, on small synthetic pages."""

from __future__ import annotations

import pytest
from test_body import MENU, kept_text, page

from analysis.clean.body.reviews import is_pros_cons_heading, is_score_line, is_verdict_heading

REVIEW = [
    "The Orrin T3 is the third kettle from a family firm in Dundee, and it finally boils "
    "quietly enough that nobody in the next room notices when it is switched on.",
    "I used it every day for a month, and the lid, which stuck on the old model, now opens "
    "with a light press of the thumb even when the kettle is still hot.",
    "It is slow to boil a full litre, taking almost four minutes, and the water window is "
    "hard to read from the side, which matters more than it should.",
]
VERDICT = (
    "If you want a quiet kettle and can wait a little longer for your tea, the T3 is the "
    "best one I have tested at this price, and it looks good on a worktop too."
)
FOOTER = ["£59 at Kitchen Corner", "Check price", "Share this review"]


@pytest.mark.parametrize(
    ("heading", "score", "pros", "cons"),
    [
        ("Verdict", "Score: 4 out of 5", "Pros", "Cons"),
        ("Fazit", "Wertung: 8/10", "Vorteile", "Nachteile"),
        ("Tuomio", "Arvosana: 4/5", "Plussat", "Miinukset"),
        ("Notre verdict", "Note : 4 sur 5", "Pour", "Contre"),
    ],
)
def test_the_verdict_heading_score_and_pros_and_cons_lists_are_body(heading, score, pros, cons):
    box = [score, pros, "• Very quiet", "• Lid opens easily", cons, "• Slow to boil"]
    lines = page(MENU, "Orrin T3 kettle review", *REVIEW, heading, VERDICT, box, FOOTER)
    assert kept_text(lines) == [*REVIEW, heading, VERDICT, *box]


def test_a_short_list_under_another_heading_after_the_story_stays_out():
    # the lists are kept by their headings' words: a sign-up box's perks are not
    box = ["Why subscribe", "• Unlimited articles", "• Ad-free reading"]
    lines = page(MENU, "Orrin T3 kettle review", *REVIEW, VERDICT, box, FOOTER)
    assert kept_text(lines) == [*REVIEW, VERDICT]


def test_a_pros_heading_over_lines_without_bullets_keeps_nothing():
    lines = page(MENU, "Orrin T3 kettle review", *REVIEW, VERDICT, ["Pros", "Very quiet"], FOOTER)
    assert kept_text(lines) == [*REVIEW, VERDICT]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Score: 4 out of 5", True),
        ("Our rating: 8/10", True),
        ("Rating: ★★★★☆", True),
        ("Bewertung: 4,5 von 5 Sternen", False),
        ("Bewertung: 4,5 von 5 Sterne", True),
        ("The vote was 4 out of 5 in favour", False),
        ("Published: 4/12", False),
        ("Price: £59", False),
    ],
)
def test_a_score_line_is_a_short_label_and_a_score_on_a_scale(line, expected):
    assert is_score_line(line) is expected


def test_the_heading_words_are_whole_lines():
    assert is_verdict_heading("Our verdict:")
    assert not is_verdict_heading("Verdict on the new budget")
    assert is_pros_cons_heading("What we didn't like")
    assert not is_pros_cons_heading("Pros and cons of the new bus lanes")


def test_a_labelled_score_line_between_the_reviews_paragraphs_is_body():
    # review h440 (fr_insc_critique_film): a film review's "Notre avis : ★★★★☆" over its
    # closing credits line was dropped as a short line between paragraphs
    for score in ("Our rating: ★★★★☆", "Notre avis : 4/5"):
        lines = page(
            MENU, "Orrin T3 kettle review", *REVIEW[:2], score, REVIEW[2], VERDICT, FOOTER[1:]
        )
        assert kept_text(lines) == [*REVIEW[:2], score, REVIEW[2], VERDICT]
    # a shop widget's stars, no label, stay out
    lines = page(
        MENU, "Orrin T3 kettle review", *REVIEW[:2], "★★★★☆", REVIEW[2], VERDICT, FOOTER[1:]
    )
    assert kept_text(lines) == [*REVIEW, VERDICT]
