"""author_marks: the final vowel signs trafilatura's author cleaning drops, put back."""

from __future__ import annotations

import pytest

from analysis.clean.author_marks import with_final_marks


@pytest.mark.parametrize(
    ("author", "html", "restored"),
    [
        ("राहुल शर्म", "<p>राहुल शर्मा</p>", "राहुल शर्मा"),
        ("Jo Doe", "<p>Jo Doe</p>", "Jo Doe"),
        # a label the markup parts by a colon, joined to the name (review h255)
        ("लेखक राहुल शर्म", "<span>लेखक: राहुल शर्मा</span>", "लेखक राहुल शर्मा"),
        # the whole name printed without a mark: nothing sought word by word
        ("राहुल शर्म", "<p>राहुल शर्म</p><p>शर्मा</p>", "राहुल शर्म"),
        # the last word only inside a longer word: no mark taken from it
        ("लेखक राहुल शर्म", "<span>लेखक: राहुल</span><p>शर्मिला</p>", "लेखक राहुल शर्म"),
    ],
)
def test_a_names_final_marks_are_put_back_from_the_markup(author, html, restored):
    assert with_final_marks(author, html) == restored


@pytest.mark.parametrize(
    ("author", "html", "restored"),
    [
        # trafilatura drops the stops after initials and a suffix (review h287)
        (
            "Lyle K Broadmoor Jr",
            '<p class="by">By Lyle K. Broadmoor Jr.</p>',
            "Lyle K. Broadmoor Jr.",
        ),
        (
            "Ann B Cole; Tim Moss",
            '{"author": [{"name": "Ann B. Cole"}, {"name": "Tim Moss"}]}',
            "Ann B. Cole; Tim Moss",
        ),
        # printed without stops, or no initial: unchanged
        ("Lyle K Broadmoor", "<p>Lyle K Broadmoor</p>", "Lyle K Broadmoor"),
        ("Jo Doe", "<p>Jo Doe.</p>", "Jo Doe"),
    ],
)
def test_the_stops_of_a_names_initials_are_put_back(author, html, restored):
    assert with_final_marks(author, html) == restored
