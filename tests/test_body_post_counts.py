"""An embedded post's counts line ("12 boosts · 40 favourites") is its widget's, no body
(analysis.clean.body.posts.EMBED_CONTROL; review h164, twelfth round)."""

from __future__ import annotations

import pytest
from test_body import MENU, PARAGRAPHS, kept_text

from analysis.clean.body.posts import EMBED_CONTROL

POST = (
    "Third time refreshing the ferry page. The boat leaves in forty minutes and I cannot "
    "buy a ticket."
)
SIGNATURE = "— Marta Ilves (@marta@coastline.social) December 1, 2026"


@pytest.mark.parametrize(
    "counts",
    [
        "12 boosts · 40 favourites",
        "1.2K likes · 300 reposts",
        "45 Likes 3 Retweets",
        # led by the replies' count: no comment section's heading ending the article
        "9 replies · 31 boosts · 120 favourites",
    ],
)
def test_a_posts_counts_under_its_signature_are_no_body(counts):
    card = ["Marta Ilves", "@marta@coastline.social", "Follow", POST, SIGNATURE, counts]
    # printed without blank lines, as a browser copy of the page may be
    lines = [*MENU, "Ferry site fails", *PARAGRAPHS[:2], *card, *PARAGRAPHS[2:], *MENU]
    kept = kept_text(lines)
    assert counts not in kept
    assert POST in kept and SIGNATURE in kept and PARAGRAPHS[3] in kept


def test_a_count_of_comments_alone_or_a_sentence_is_no_control():
    for line in (
        "37 comments",
        "12 replies",
        "The post had 40 likes by the evening.",
        "12 shares fell 3%",
    ):
        assert EMBED_CONTROL.match(line) is None, line
