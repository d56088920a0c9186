"""analysis.clean.comment_cards: a page of readers' comments read as cards gives no article."""

from __future__ import annotations

import pytest

from analysis.clean.comment_cards import (
    COMMENTS_PAGE,
    comments_page_reason,
    is_comment_control,
    quoted_story_lead,
)
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

# Made-up sites, readers and stories.
COMMENTS_EN = """Tidewater Gazette
Home | Town | Sport | Comments

Latest comments

Dana W. · 3 December 2026, 10:12
on “Harbour ferry fares to rise in spring”
About time they said so. The morning boat is always full and late anyway.
Reply · 👍 4

Kofi Mensah · 3 December 2026, 09:40
on “Library opens on Sundays from January”
Great news for students, the reading room is packed every weekend.
Reply · 👍 12

marsh_walker · 2 December 2026, 21:05
on “New cycle lane along Quay Road approved”
Hope it is wider than the last one, which ended in a lamp post.
Reply · 👍 7

Comment rules · © 2026 Tidewater Gazette
"""

COMMENTS_DE = """Auenbacher Bote
Start | Region | Sport | Kommentare

Neueste Kommentare

Hanne K. zum Artikel „Neue Brücke über die Aue ab Mai befahrbar“
Endlich, der Umweg über Feldkirch kostet jeden Tag zwanzig Minuten.
3. Dezember 2026, 10:12 · Antworten

Jörg Pfeiffer zum Artikel „Busfahrkarten werden im Januar teurer“
Schon wieder teurer, dabei fährt der letzte Bus schon um neun.
3. Dezember 2026, 09:47 · Antworten

Mira zum Artikel „Stadtpark bekommt hundert neue Linden“
Schön, aber wer gießt die Bäume im Sommer?
2. Dezember 2026, 22:05 · Antworten

© 2026 Auenbacher Bote
"""

# A listing whose headlines all quote a film's title after the same word, with a
# teaser and a date under each: reviews, real articles (no reply button on any card).
REVIEWS = """Tidewater Gazette
Home | Town | Culture

Reviews

3 December 2026
Review of “The Lighthouse Keeper”
A slow, patient film about a man and his light, shot on the cliffs west of town over a winter.

2 December 2026
Review of “Salt and Iron”
The shipyard drama drags in its middle hour, but its last scene on the slipway is worth the wait.

1 December 2026
Review of “Northern Lines”
A railway documentary that finds a story in every station between the coast and the hills.

© 2026 Tidewater Gazette
"""


@pytest.mark.parametrize(
    ("name", "text"),
    [("comments.txt", COMMENTS_EN), ("kommentare.txt", COMMENTS_DE)],
    ids=["en", "de"],
)
def test_comments_page_gives_no_article_and_says_why(name: str, text: str) -> None:
    cleaned = clean_page(page_from_bytes(text.encode("utf-8"), name, name))
    assert cleaned.articles == []
    assert cleaned.no_article is not None and COMMENTS_PAGE in cleaned.no_article


def test_reviews_titled_with_quotes_stay_records() -> None:
    cleaned = clean_page(page_from_bytes(REVIEWS.encode("utf-8"), "reviews.txt", "reviews.txt"))
    assert len(cleaned.articles) == 3
    assert cleaned.no_article is None


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("к статье «Хоккейный клуб «Север» выиграл матч»", "статье"),
        ("Jozèf P. sou «Pon an rekonstwi»", "sou"),
        ("on “Harbour ferry fares to rise”", "on"),
        ("Minister: «We will rebuild the bridge»", None),  # a headline quoting someone
        ("Harbour ferry fares to rise in spring", None),  # no quoted span
        ("“Salt” and the rest of the festival programme", None),  # the quote not at the end
        ("A B C D E F on “Too long a lead”", None),
    ],
)
def test_quoted_story_lead(title: str, lead: str | None) -> None:
    assert quoted_story_lead(title) == lead


@pytest.mark.parametrize(
    ("line", "control"),
    [
        ("Reply · 👍 4", True),
        ("Ответить", True),
        ("3. Dezember 2026, 10:12 · Antworten", True),
        ("❤️ 12", True),
        ("Read more", False),
        ("Share · Tweet", False),
        ("The council will reply next week.", False),
    ],
)
def test_is_comment_control(line: str, control: bool) -> None:
    assert is_comment_control(line) is control


def test_every_card_needs_both_signs() -> None:
    card = ("on “Library opens on Sundays”", ["on “Library opens on Sundays”", "Reply"])
    assert comments_page_reason([card, card]) == COMMENTS_PAGE
    assert comments_page_reason([card]) is None  # one card is no listing
    no_control = ("on “Library opens on Sundays”", ["on “Library opens on Sundays”", "Share"])
    assert comments_page_reason([card, no_control]) is None
    other_lead = ("about “Library opens on Sundays”", ["Reply"])
    assert comments_page_reason([card, other_lead]) is None  # no shared word for "on"
