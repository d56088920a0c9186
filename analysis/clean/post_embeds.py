"""Posts embedded in one article read as cards: the article is one record.

An article quoting social-media posts prints each post's widget between two of its
paragraphs: the account line ("Jane Doe @janedoe", "하천길산책 @river_walker"), the
post's text, its time ("7:42 AM · Dec 2, 2026") and counts ("♥ 1,204"). Printed without
blank lines, the listing splitter reads each widget as a card's header: the post's text
as a headline over the time (a card's age), and the article's next paragraphs as that
card's text. The page became one record per post, each titled with a reader's post,
and the article lost the text under its first post.

:func:`posts_in_one_article` says when a page's cards are such posts: every card but
the first opens with an embedded post's account line
(:func:`analysis.clean.body.posts.is_account_line`) above its text and names no byline,
and the first card, the article's own header (its headline, byline, date), prints none.
A timeline of posts (each card a post, the first too) and a listing whose cards name
their authors as bylines ("Jane Doe @janedoe" a columnist's byline) stay listings. No
tuned value: the shape is the widget's.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.body.posts import is_account_line
from analysis.clean.card_blocks import Card

__all__ = ["EMBEDDED_POSTS", "posts_in_one_article"]

#: :func:`analysis.clean.listing_lookalikes.one_article`'s verdict for an article whose
#: embedded posts read as cards.
EMBEDDED_POSTS = "embedded posts"


def posts_in_one_article(lines: Sequence[str], cards: Sequence[Card]) -> bool:
    """True when every card but the first is a post embedded in the first card's article
    (see the module docstring).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    cards : sequence of Card
        The page's cards, in page order (two or more).

    Returns
    -------
    bool
    """
    if len(cards) < 2 or _opens_with_post(lines, cards[0]):
        return False
    return all(_opens_with_post(lines, card) and "byline" not in card.cues for card in cards[1:])


def _opens_with_post(lines: Sequence[str], card: Card) -> bool:
    """Whether a line of the card above its text (its header, from the card's first line
    to its first text line) is an embedded post's account line."""
    region = card.region
    end = region.body_lines[0] if region.body_lines else region.last_line + 1
    return any(is_account_line(lines[i].strip()) for i in range(region.first_line, end))
