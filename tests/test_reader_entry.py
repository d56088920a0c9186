"""Tests for analysis.clean.reader_entry: a feed reader's entry view is the feed's site's."""

from __future__ import annotations

import pandas as pd

from analysis.clean.articles import page_outlet
from analysis.clean.outlet import OutletEvidence, decide_outlet
from analysis.clean.pipeline import run_clean
from analysis.clean.reader_entry import reader_entry_link, reader_entry_site
from analysis.clean.site_name import page_site_name
from analysis.stats.metrics import run_metrics

_STORY = [
    "Residents of Burnside will see the netball courts resurfaced before the finals, the "
    "council confirmed on Tuesday.",
    "",
    "The work is expected to cost about $70,000 and to run until the end of January.",
    "",
    "A public meeting will be held in the community hall next Thursday evening.",
]

# review h314: the shapes four readers print an entry in
SELF_HOSTED = [  # the feed's title with its label over the headline
    "FreshRSS",
    "Subscription management  Statistics  Settings  Log out",
    "Main stream (84)  Favourites (3)",
    "  Burnside Examiner – Latest News (12)",
    "  Hexworth Mercury (7)",
    "",
    "Burnside Examiner – Latest News",
    "",
    "Netball courts resurfaced before finals",
    "",
    "By Angus Perrin — 1 December 2026 at 09:12",
    "",
    *_STORY,
    "",
    "Read the full article on the site",
    "Mark as read  ☆ Favourite  Share  Tags",
]
SECTION_FEED = [
    "Tiny Tiny RSS",
    "Feeds  Special  Fresh articles (41)",
    "Burnside Examiner » Community",
    "",
    "Netball courts resurfaced before finals",
    "",
    *_STORY,
    "",
    "Open original article",
]
HOSTED = [
    "Feedbin",
    "Unread  Starred  All",
    "Burnside Examiner",
    "",
    "Netball courts resurfaced before finals",
    "",
    "Burnside Examiner · Angus Perrin · Nov 29, 2026 at 5:05 PM",
    "",
    *_STORY,
    "",
    "View on Web  Share  Mark as Unread",
]
COUNTED = [
    "The Old Reader",
    "All items (212)  Starred  Following",
    "Thanlwin Times (9)",
    "",
    "Netball courts resurfaced before finals",
    "",
    "Thanlwin Times · Angus Perrin · Dec 2, 2026",
    "",
    *_STORY,
    "",
    "Visit website  Like  Star  Share",
]


def test_the_feeds_name_is_read_in_each_readers_shape():
    for lines, name in (
        (SELF_HOSTED, "Burnside Examiner"),
        (SECTION_FEED, "Burnside Examiner"),
        (HOSTED, "Burnside Examiner"),
        (COUNTED, "Thanlwin Times"),
    ):
        line, start, end = reader_entry_site(lines)
        assert lines[line][start:end] == name
        assert page_site_name(lines).name == name  # not the reader's masthead


def test_a_sites_page_with_one_readers_word_is_no_entry_view():
    lines = [
        "Burnside Examiner",
        "News  Sport  Favourites",
        "",
        "Netball courts resurfaced",
        "",
        *_STORY,
        "",
        "Burnside Examiner – Latest News",
        "© 2026 Burnside Examiner",
    ]
    assert reader_entry_site(lines) is None


def test_an_entry_views_reader_address_yields_to_the_feeds_site():
    url = "https://rss.hollowmere.net/i/?a=normal&get=f_7&state=3"
    evidence = OutletEvidence(url=url, page_site_name="Burnside Examiner", reader_entry=True)
    assert decide_outlet(evidence, "a.txt").key == "name:burnsideexaminer"
    own = OutletEvidence(url=url, page_site_name="Hollowmere", reader_entry=True)
    assert decide_outlet(own, "b.txt").key == "hollowmere.net"  # the reader's own name


def test_two_sites_entries_at_one_readers_address_are_two_outlets(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    other = [line.replace("Burnside Examiner", "Hexworth Mercury") for line in SELF_HOSTED]
    other = [line.replace("Hexworth Mercury (7)", "Burnside Examiner (12)") for line in other]
    (pages / "a.txt").write_text("\n".join(SELF_HOSTED) + "\n", "utf-8")
    (pages / "b.txt").write_text("\n".join(other).replace("netball", "cricket") + "\n", "utf-8")
    (pages / "manifest.csv").write_text(
        "file,url\na.txt,https://rss.hollowmere.net/i/?a=normal&get=f_7\n"
        "b.txt,https://rss.hollowmere.net/i/?a=normal&get=f_9\n",
        "utf-8",
    )
    out = tmp_path / "out"
    assert run_clean(pages, out) == 0 and run_metrics(out, tmp_path / "reports") == 0
    metrics = pd.read_parquet(out / "article_metrics.parquet")
    outlets = dict(zip(metrics["page"], metrics["outlet"], strict=True))
    assert outlets == {"a.txt": "Burnside Examiner", "b.txt": "Hexworth Mercury"}


def test_only_lines_holding_a_control_are_cut_into_items(monkeypatch) -> None:
    """Speed (issue #15): a page's lines are cut into toolbar items only when their
    case-folded text holds a control's words; the entry is read as before, a control in
    capitals ("UNREAD", "Mark As Read (3)") still counted."""
    import analysis.clean.reader_entry as reader_entry

    cut: list[str] = []
    items = reader_entry._ITEMS

    class Counting:
        def split(self, text: str) -> list[str]:
            cut.append(text)
            return items.split(text)

    monkeypatch.setattr(reader_entry, "_ITEMS", Counting())
    page = ["Reader", "UNREAD  Mark As Read (3)", "Harbour Post » Sport", "Pier reopens"]
    page += [*_STORY, "View on Web"]
    assert reader_entry_site(page) == (2, 0, 12)
    assert cut == ["UNREAD  Mark As Read (3)", "View on Web"]


_GENERIC_FEED = [
    "Feedly",
    "Today",
    "",
    "Top Stories",
    "",
    "Pier reopens after storm repairs",
    "Top Stories / by Ada Lowe / 2h",
    "",
    *_STORY,
    "",
]


def test_an_entry_views_link_to_the_story_is_the_pages_address():
    # review h362: a feed titled "Top Stories" named the outlet; the link the view
    # prints with its control is the story's page on the feed's site
    lines = [*_GENERIC_FEED, "Visit Website: https://www.harbourpost.co.nz/news/pier/"]
    lines += ["", "Mark as read   Save for later   Share"]
    assert reader_entry_link(lines) == "https://www.harbourpost.co.nz/news/pier/"
    outlet = page_outlet("\n".join(lines), "a.txt")
    assert (outlet.key, outlet.source) == ("harbourpost.co.nz", "url")
    other = ["Inoreader", "All articles", "", *_STORY, ""]
    other += ["Read original article (https://harbourpost.example/news/pier/)"]
    assert reader_entry_link(other) == "https://harbourpost.example/news/pier/"


def test_a_link_line_on_a_page_that_is_no_entry_view_is_no_address():
    # one control alone is a site's own link ("Read original article" under a reprint)
    lines = [*_STORY, "", "Read original article (https://harbourpost.example/news/pier/)"]
    assert reader_entry_link(lines) is None
    two = [
        *_GENERIC_FEED,
        "Visit Website: https://a.example/x",
        "View original: https://b.example/y",
    ]
    assert reader_entry_link([*two, "Mark as read"]) is None  # two sites' links
