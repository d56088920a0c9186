"""A blog index whose posts each close on one footer line: the date, the author, the
post's tags and its comment count ('3 December 2026 by Jo Doe Tags: news 2 Comments', as
a lightweight blog engine's theme prints it), made-up posts."""

from __future__ import annotations

from analysis.clean.articles import extract_articles
from analysis.clean.card_lines import footer_head, line_kind

# Made-up posts: headline, text lines, date, author (None: none).
POSTS = [
    ("New school opens in the harbour town",
     ["The new school opened its doors on Monday. Two hundred pupils will learn there.",
      "The mayor said a second school would be built next year."],
     "3 December 2026", "Maria Lindqvist"),
    ("Heavy rain floods the coast road",
     ["Rain overnight flooded the coast road in three places. Crews worked until dawn."],
     "1 December 2026", None),
    ("Market hall reopens after repairs",
     ["The market hall reopened after two months of repairs. Traders say it looks well."],
     "28 November 2026", "Tomas Berg"),
]  # fmt: skip


def _footer(date: str, author: str | None, count: int) -> str:
    return f"{date}{' by ' + author if author else ''} Tags: local news {count} Comments"


def _page() -> str:
    lines = ["Skip to content", "", "Harbour Notes", "", "• Home", "• About", "• Archive", ""]
    for k, (title, text, date, author) in enumerate(POSTS):
        lines += [title, *text, _footer(date, author, 2 - k), ""]
    lines += ["Next page →", "", "Powered by a blog engine · Feed"]
    return "\n".join(lines) + "\n"


def test_each_post_is_a_card_dated_and_signed_by_its_footer():
    rows = extract_articles(_page(), "index.html").to_dict("records")
    assert [r["title"] for r in rows] == [p[0] for p in POSTS]
    assert [r["published"] for r in rows] == ["2026-12-03", "2026-12-01", "2026-11-28"]
    assert [r["byline"] for r in rows] == [p[3] for p in POSTS]
    assert [r["body"] for r in rows] == ["\n\n".join(p[1]) for p in POSTS]


def test_footer_head_is_the_date_and_author_before_the_tags():
    line = _footer("3 December 2026", "Maria Lindqvist", 2)
    assert footer_head(line) == "3 December 2026 by Maria Lindqvist"
    assert footer_head(_footer("1 December 2026", None, 1)) == "1 December 2026"
    assert line_kind(line) == "meta"
    assert line_kind(_footer("1 December 2026", None, 1)) == "meta"
    # no date opening it, or no count closing it: no footer
    assert footer_head("Maria Lindqvist Tags: local news 2 Comments") is None
    assert footer_head("3 December 2026 by Maria Lindqvist Tags: local news") is None
