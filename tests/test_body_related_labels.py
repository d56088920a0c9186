"""Headlines under a label of links to other stories between an article's paragraphs,
with no bullets (review h145, tenth round: Vietnamese, Bengali)."""

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.header_lines import RELATED_LABEL


@pytest.mark.parametrize(
    ("label", "headlines"),
    [
        ("Related", ["Council approves new depot", "Ferry fares to rise in spring"]),
        ("Tin liên quan:", ["Khởi công dự án đường ven sông", "Người dân mong chờ cầu mới"]),
        ("আরও পড়ুন", ["চরাঞ্চলে নতুন স্কুল চালু"]),
    ],
)
def test_headlines_under_a_related_label_between_paragraphs_are_no_body(label, headlines):
    """The label was dropped and its headlines, no bullets, kept as subheadings (the
    box printed between the paragraphs with no blank line, as a browser copies it)."""
    story = [*PARAGRAPHS[:2], label, *headlines, *PARAGRAPHS[2:]]
    lines = page(MENU, "Bus network to grow", story)
    assert kept_text(lines) == PARAGRAPHS


def test_a_subheading_under_a_paragraph_stays():
    """Control: a subheading with no label above it is the story's."""
    story = [*PARAGRAPHS[:2], "What happens next", *PARAGRAPHS[2:]]
    lines = page(MENU, "Bus network to grow", story)
    assert "What happens next" in kept_text(lines)


@pytest.mark.parametrize(
    "label", ["Tin liên quan", "Xem thêm:", "اخبار مرتبط", "بیشتر بخوانید", "קראו עוד:"]
)
def test_related_labels_in_more_languages(label):
    assert RELATED_LABEL.match(label)


def test_a_most_read_box_before_the_last_paragraph_ends_no_story():
    """A "Most read" box of numbered headlines between two paragraphs, the last paragraph
    alone under it (review h179): the box is no body, the paragraph is."""
    box = [
        "Most read",
        "1. Man fined for feeding gulls on the seafront",
        "2. Plans for 300 homes on former dairy site",
        "3. School bus driver retires after 40 years",
    ]
    lines = page(MENU, *PARAGRAPHS[:2], box, PARAGRAPHS[2], ["Share this article", "Comments"])
    assert kept_text(lines) == PARAGRAPHS[:3]
