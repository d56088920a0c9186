"""A long read printed in numbered parts is one article, not a listing of its chapters
(made-up pages; analysis.clean.listing_lookalikes.numbered_parts)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles

INTRO = (
    "For two hundred years the river decided who worked, who ate and who left the valley. "
    "This is the story of the people who lived beside it."
)
CHAPTERS = [
    (
        "The mill",
        "1 March 2024",
        "The first mill opened in 1820, and within a decade the whole valley worked for it. "
        "Families moved from the hills to live in rows of small stone houses by the water.",
    ),
    (
        "The closure",
        "3 March 2024",
        "When the mill closed in 1974 the town lost half its jobs in a single winter. Many "
        "families left for the cities, and the houses by the water stood empty for years.",
    ),
    (
        "The return",
        "5 March 2024",
        "Today the valley is quiet again, but the river is busy in a new way. Kayak clubs and "
        "a museum in the old mill bring visitors from across the country every summer.",
    ),
]
NEXT = (
    "Council votes to close the old swimming pool by spring",
    "Councillors decided on Tuesday that the pool, which opened in 1968, will shut in March "
    "because repairs cost too much.",
)


def _long_read(numbering: str, next_dated: bool) -> str:
    lines = ["The Valley Courier", "", "The river that built a town", "", INTRO, ""]
    for k, (name, date, text) in enumerate(CHAPTERS, 1):
        number = str(k) if numbering == "digits" else "I" * k
        lines += [f"Chapter {number}: {name} — {date}", text, ""]
    headline = f"{NEXT[0]} — 6 March 2024" if next_dated else NEXT[0]
    lines += ["NEXT STORY", headline, NEXT[1], ""]
    return "\n".join(lines)


@pytest.mark.parametrize("numbering", ["digits", "roman"])
@pytest.mark.parametrize("next_dated", [False, True])
def test_a_long_read_in_dated_chapters_is_one_article_without_the_next_story(numbering, next_dated):
    # each chapter's headline carries its date: the chapters read as dated cards of one
    # shape (and the next story's preview too, when its headline is dated)
    articles = extract_articles(_long_read(numbering, next_dated), name="long_read.txt")
    assert len(articles) == 1
    body = articles.iloc[0]["body"]
    assert body.startswith(INTRO)
    assert all(text in body for _, _, text in CHAPTERS)
    assert NEXT[1] not in body
