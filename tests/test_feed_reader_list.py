"""analysis.clean.feed_reader_list: a feed reader's entry lines, a dated headline each.
Made-up feeds and stories (review h198)."""

from __future__ import annotations

from analysis.clean.articles import extract_articles
from analysis.clean.feed_reader_list import entry_rows

ENTRIES = """Elfeed: @1-week-ago +unread
2026-12-04  Ferry to the islands gets a new engine    Harbour Weekly  (news,sea)
2026-12-04  Library opens on Sundays from January     Hill Post       (town)
2026-12-03  Lights go up on the market square         Harbour Weekly  (town)
"""


def test_each_entry_line_is_a_dated_headline_filed_under_its_feed():
    # h198 (elfeed_search_gd): the page gave no article ("headlines only?")
    articles = extract_articles(ENTRIES, name="elfeed.txt")
    assert list(articles["title"]) == [
        "Ferry to the islands gets a new engine",
        "Library opens on Sundays from January",
        "Lights go up on the market square",
    ]
    assert list(articles["outlet"]) == ["Harbour Weekly", "Hill Post", "Harbour Weekly"]
    assert list(articles["published"]) == ["2026-12-04", "2026-12-04", "2026-12-03"]
    assert set(articles["body"]) == {""}


def test_tabs_set_columns_apart_and_a_line_without_a_date_first_is_no_entry():
    tabbed = ENTRIES.replace("  ", "\t")
    assert len(entry_rows(tabbed.split("\n"))) == 3
    undated = "\n".join(line[12:] for line in ENTRIES.split("\n")[1:])
    assert entry_rows(undated.split("\n")) == []


def test_a_line_without_a_column_gap_is_not_cut_into_columns(monkeypatch):
    from analysis.clean import feed_reader_list

    asked: list[int] = []
    entry = feed_reader_list._entry

    def counted(i, line):
        asked.append(i)
        return entry(i, line)

    monkeypatch.setattr(feed_reader_list, "_entry", counted)
    lines = ["Reader", "3 May 2026  River walk reopens  Valley Post", "A line of prose", "x\ty"]
    assert entry_rows(lines) == []  # (fewer entries than a list has)
    assert asked == [1, 3]
