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


def test_an_aggregators_plain_view_its_feed_before_the_headline_and_a_link_after():
    # h328 (sfeed_plain_lmo): a new-entry mark, a date with its time, the feed's name,
    # the headline, the link; the page gave no article ("headlines only?")
    rows = [
        ("N", "2026-12-03 09:12", "Harbour Weekly", "Ferry to the islands gets a new engine"),
        ("N", "2026-12-03 07:45", "Hill Post", "Library opens on Sundays from January"),
        (" ", "2026-12-02 18:30", "Harbour Weekly", "Lights go up on the market square"),
    ]
    text = "$ sfeed_plain ~/.sfeed/feeds/*\n" + "".join(
        f"{mark} {when}  {feed:<25}  {title:<70}  https://example.org/{n}\n"
        for n, (mark, when, feed, title) in enumerate(rows)
    )
    articles = extract_articles(text, name="sfeed.txt")
    assert list(articles["title"]) == [row[3] for row in rows]
    assert list(articles["outlet"]) == ["Harbour Weekly", "Hill Post", "Harbour Weekly"]
    assert list(articles["published"]) == ["2026-12-03", "2026-12-03", "2026-12-02"]


def test_tab_separated_items_a_date_a_headline_and_a_link_are_credited_to_its_host():
    # h328 (jq_tsv_feed_items_yue): `jq -r ... @tsv`, no feed column: the link's host;
    # the lines read as rows, not as a hard-wrapped paragraph (dump_text._tab_rows)
    from analysis.clean.read import page_from_bytes

    items = [
        ("2026-12-03T09:30:00+08:00", "觀塘海濱長廊延長一公里 聖誕前開放", "promenade"),
        ("2026-12-02T16:05:00+08:00", "屯門新巴士線下星期一開始行", "bus"),
        ("2026-12-01T11:20:00+08:00", "深水埗老店結業 街坊排隊買最後一碗車仔麵", "noodles"),
    ]
    text = "$ curl -s https://www.news.example.hk/feed.json | jq -r '.items[] | @tsv'\n" + "".join(
        f"{when}\t{title}\thttps://www.news.example.hk/a/{slug}\n" for when, title, slug in items
    )
    page = page_from_bytes(text.encode(), "items.txt", "raw/items.txt")
    articles = extract_articles(page.text, name="items.txt")
    assert list(articles["title"]) == [title for _, title, _ in items]
    assert list(articles["published"]) == ["2026-12-03", "2026-12-02", "2026-12-01"]
    assert set(articles["outlet"]) == {"news.example.hk"}


def test_a_date_and_one_text_without_a_link_are_a_timelines_lines_not_entries():
    lines = [
        "2026-12-01  The council votes on the budget",
        "2026-12-02  The mayor signs the budget",
        "2026-12-03  Works begin on the bridge",
    ]
    assert entry_rows(lines) == []
