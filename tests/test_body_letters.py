"""analysis.clean.body.letters: a letters page (a heading, a paragraph and a signature
"Name, Place" per letter), on small synthetic pages."""

from __future__ import annotations

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body import letters as body_letters
from analysis.clean.body.features import line_features

LETTERS = [
    [
        "Keep the reading room open",
        "Sir, I was sorry to learn that the reading room on Quay Street may close at the end "
        "of the year. It is the one warm and quiet place in the old town where anyone may sit "
        "for an afternoon without buying anything.",
        "Peter Hallam, Westcombe",
    ],
    [
        "A thank you to the ferry crew",
        "Sir, when my mother fell ill on the late crossing last month, the crew of the ferry "
        "looked after her until we reached the harbour. We are very grateful to them.",
        "Ruth Adeyemi, Stow on the Wold",
    ],
    [
        "Street lights",
        "Sir, half of the street lights on Mill Hill have been dark since October, and the "
        "council has not answered a single one of our calls about them.",
        "Rev. Colin Dunmore, Old Haven",
    ],
]
HEADER = ["The Westcombe Gazette", "Opinion", "Letters: The reading room, and a night crossing"]
FOOTER = ["Write to us", "letters@example.invalid", "More Opinion"]


@pytest.mark.parametrize("packed", [True, False])
def test_every_letter_of_a_letters_page_is_body_with_its_heading_and_signature(packed):
    letters = [line for letter in LETTERS for line in letter]
    lines = (
        [*MENU, *HEADER, *letters, *FOOTER] if packed else page(MENU, *HEADER, *letters, *FOOTER)
    )
    assert kept_text(lines) == letters


def test_letters_without_headings_keep_their_signatures():
    letters = [line for letter in LETTERS for line in letter[1:]]
    lines = [*MENU, *HEADER, *letters, *FOOTER]
    assert kept_text(lines) == letters


def test_two_letters_are_no_letters_page():
    letters = [line for letter in LETTERS[:2] for line in letter]
    lines = [*MENU, *HEADER, *letters, *FOOTER]
    assert body_letters.letter_runs(lines, line_features(lines)) == []


def test_signed_teasers_under_an_article_stay_out():
    teasers = [[letter[0], letter[1].removeprefix("Sir, "), "Jane Roe, Political Editor"]
               for letter in LETTERS]  # fmt: skip
    lines = page(MENU, "Bus network to grow", *PARAGRAPHS, "More Opinion",
                 *[line for teaser in teasers for line in teaser], MENU)  # fmt: skip
    kept = kept_text(lines)
    assert kept[:4] == PARAGRAPHS and "Jane Roe, Political Editor" not in kept
    assert body_letters.letter_runs(lines, line_features(lines)) == []


@pytest.mark.parametrize(
    ("line", "signature"),
    [
        ("Peter Hallam, Westcombe", True),
        ("Dr Anne Pryce, Hebble Bridge", True),
        ("Ruth Adeyemi, Stow on the Wold", True),
        ("Thank you, bin crews", False),
        ("Peter Hallam", False),
        ("Peter Hallam, Westcombe.", False),
        ("Flat 4, 12 Quay Street", False),
        ("Share this, or leave a comment below", False),
    ],
)
def test_a_signature_is_a_name_a_comma_and_a_place(line, signature):
    assert body_letters.is_signature(line, line_features([line])[0]) is signature


def test_switched_off_a_letters_page_keeps_its_first_letter_only(monkeypatch):
    monkeypatch.setattr(body_letters, "LETTERS", False)
    letters = [line for letter in LETTERS for line in letter]
    lines = [*MENU, *HEADER, *letters, *FOOTER]
    assert kept_text(lines) != letters


def test_a_page_with_fewer_signatures_than_a_run_needs_asks_about_no_heading(monkeypatch):
    """Most pages hold no run of signed letters: letter_runs answers them without a
    heading test of each line (issue #15); a letters page still asks (same runs)."""
    asked: list[str] = []
    is_heading = body_letters._is_heading

    def counted(text, feature):
        asked.append(text)
        return is_heading(text, feature)

    monkeypatch.setattr(body_letters, "_is_heading", counted)
    letters = [line for letter in LETTERS[:2] for line in letter]
    lines = [*MENU, *HEADER, *letters, *FOOTER]
    assert body_letters.letter_runs(lines, line_features(lines)) == []
    assert asked == []
    letters = [line for letter in LETTERS for line in letter]
    lines = [*MENU, *HEADER, *letters, *FOOTER]
    assert len(body_letters.letter_runs(lines, line_features(lines))) == 1
    assert asked


def test_the_box_on_how_to_write_in_after_the_last_letter_is_no_letter():
    # review h265 (held out): a letters page closing with its box on how to write in, a
    # heading over a paragraph signed by nobody, kept the box as one more letter
    letters = [line for letter in LETTERS for line in letter]
    box = [
        "Have your say",
        "Send your letter to the address below. Letters must include your full name and "
        "address, and we may shorten them.",
    ]
    lines = page(MENU, *HEADER, *letters, *box, "Copyright The Westcombe Gazette")
    assert kept_text(lines) == letters
