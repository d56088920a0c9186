"""analysis.clean.comment_cards: a page of readers' comments read as cards gives no article."""

from __future__ import annotations

import pytest

from analysis.clean.comment_cards import (
    COMMENTS_PAGE,
    comments_page_reason,
    is_comment_control,
    quoted_story_lead,
    unquoted_story_connector,
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


# The same pages printing the story's headline without quotation marks: WordPress's
# "recent comments" shape, and a word order naming the reader last.
UNQUOTED = {
    "en": """Tidewater Gazette
Home | Town | Sport | Comments
Latest comments
Dana W. on Harbour ferry fares to rise in spring
2 hours ago
About time they said so. The morning boat is always full and late anyway.
Reply · 👍 4

Kofi Mensah on Library opens on Sundays from January
3 hours ago
Great news for students, the reading room is packed every weekend.
Reply · 👍 12

marsh_walker on New cycle lane along Quay Road approved
5 hours ago
Hope it is wider than the last one, which ended in a lamp post.
Reply
""",
    "de": """Auenbacher Bote
Lokales | Sport | Kultur
Neueste Kommentare
Renate Vogel bei Neue Buslinie ins Gewerbegebiet startet im März
vor 2 Stunden
Endlich! Seit Jahren fahren wir mit dem Rad durch den Regen dorthin.
Antworten · 👍 21

Jens K. bei Stadtrat streitet über Parkgebühren am Bahnhof
vor 4 Stunden
Wer täglich pendelt, zahlt jetzt doppelt. Das kann nicht richtig sein.
Antworten · 👍 9

Uwe bei Freibad öffnet nach Sanierung früher als geplant
gestern
Die neue Rutsche ist toll, aber die Preise sind gestiegen.
Antworten
""",
    "ja": """みなと新報
ニュース | 地域 | スポーツ
最近のコメント
運河沿いの遊歩道、来春に全面開通 に 佐藤 より
2時間前
毎朝ここを走っているので楽しみです。夜の照明も増やしてほしいです。
返信 · ♥ 5

市営バス、深夜便を試験運行へ に 山田花子 より
3時間前
残業帰りに助かります。週末も走らせてください。
返信 · ♥ 12

図書館の開館時間を延長 に たろう より
昨日
学生には本当にありがたい話です。
返信
""",
}


@pytest.mark.parametrize("language", sorted(UNQUOTED))
def test_comments_page_without_quotation_marks_gives_no_article(language: str) -> None:
    text = UNQUOTED[language]
    cleaned = clean_page(page_from_bytes(text.encode("utf-8"), "c.txt", "c.txt"))
    assert cleaned.articles == []
    assert cleaned.no_article is not None and COMMENTS_PAGE in cleaned.no_article


@pytest.mark.parametrize(
    ("titles", "word"),
    [
        (["Dana W. on Harbour ferry fares to rise", "kofi on Library opens on Sundays"], "on"),
        (["on Harbour ferry fares to rise", "on Library opens on Sundays"], "on"),
        (["遊歩道が来春に開通 に 佐藤 より", "深夜バスを試験運行へ に たろう より"], "に"),
        # headlines sharing a word, their words beside it no name
        (["Council votes on the budget today", "Ferry strike hits the harbour"], None),
        (["Council votes on new budget", "Mayor speaks on harbour bridge"], None),
        # a headline's last words in a script with capitals: no name closing the line
        (["Storm closes the Harbour Road", "Mayor opens the New Library"], None),
        # a headline's first word a function word ("Why", "How"), no name
        (["Why the harbour budget matters", "How the new library was built"], None),
    ],
)
def test_unquoted_story_connector(titles: list[str], word: str | None) -> None:
    assert unquoted_story_connector(titles) == word


def test_a_newsletters_posts_sharing_a_word_stay_records() -> None:
    # like counts under every post, and "the" in every headline: no name beside it
    posts = [
        ("Why the harbour budget matters", "The council approved the budget on Tuesday."),
        ("What the ferry strike means for you", "Crews stopped work after talks broke down."),
        ("How the new library was built", "Three years of work end with an opening on Sunday."),
    ]
    lines = ["The Quay Letter", "Archive", ""]
    for headline, text in posts:
        lines += [headline, "3 Dec 2026", f"{text} Read the full post inside.", "♥ 12", ""]
    text = "\n".join(lines)
    cleaned = clean_page(page_from_bytes(text.encode("utf-8"), "l.txt", "l.txt"))
    assert [a["title"] for a in cleaned.articles] == [headline for headline, _ in posts]
