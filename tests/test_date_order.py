"""analysis.clean.date_order: an outlet's pages decide the order of its undated pages'
numeric dates ("04/03/2026") over a clean run (h67's report, issue #10).

Made-up English pages (no language decides the order): one outlet prints "13/03/2026"
on one page and "04/03/2026" on another.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.clean import pipeline
from analysis.clean.date_order import DateOrders
from analysis.clean.pipeline import run_clean

BODY = [
    "The harbour council approved the new ferry timetable on Tuesday after a long debate "
    "about fares, piers and the winter service to the islands.",
    "Council members said the first boats on the new timetable would sail in spring if "
    "the pier repairs are finished on time.",
]


def _page(site: str, title: str, date_line: str) -> str:
    lines = [site, "", "Home | News | Sport", "", title, "By Jane Smith", date_line, ""]
    lines += [BODY[0], "", BODY[1], "", f"© 2026 {site}. All rights reserved.", ""]
    return "\n".join(lines)


TITLES = [
    "Council approves the ferry timetable",
    "Islanders ask for an earlier morning boat",
    "Pier repairs to start in January",
    "Winter fares stay the same",
]


def _run(tmp_path, pages: dict[str, tuple[str, str]], jobs: int = 1) -> pd.DataFrame:
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    for index, (name, (site, date_line)) in enumerate(sorted(pages.items())):
        (raw / name).write_text(_page(site, TITLES[index % len(TITLES)], date_line))
    out = tmp_path / f"out{jobs}"
    assert run_clean(raw, out, jobs=jobs) == 0
    articles = pd.read_parquet(out / "articles.parquet")
    return articles.set_index("page")[["outlet_key", "published", "date_source"]]


@pytest.mark.parametrize(
    ("sibling", "published"),
    [
        ("13/03/2026", "2026-03-04"),  # the outlet writes the day first
        ("03/13/2026", "2026-04-03"),  # the month first
    ],
)
def test_an_outlets_page_decides_its_sibling_pages_order(tmp_path, sibling, published):
    pages = {"a.txt": ("Harbour Daily", sibling), "b.txt": ("Harbour Daily", "04/03/2026")}
    articles = _run(tmp_path, pages)
    assert articles.loc["b.txt", "published"] == published
    assert articles.loc["b.txt", "date_source"] == "page"


def test_nothing_is_decided_across_outlets_or_by_an_outlet_of_both_orders(tmp_path):
    pages = {
        # another outlet's day-first page decides nothing here
        "a.txt": ("Harbour Daily", "04/03/2026"),
        "b.txt": ("Valley Courier", "13/03/2026"),
        # an outlet whose pages print both orders decides nothing
        "c.txt": ("Ridge Gazette", "13/03/2026"),
        "d.txt": ("Ridge Gazette", "03/14/2026"),
        "e.txt": ("Ridge Gazette", "05/03/2026"),
    }
    articles = _run(tmp_path, pages)
    assert articles.loc["a.txt", "published"] is None
    assert articles.loc["e.txt", "published"] is None
    assert articles.loc["b.txt", "published"] == "2026-03-13"


def test_the_run_gives_the_same_bytes_whatever_the_jobs(tmp_path, monkeypatch):
    # the deciding page in one chunk, the undated ones in others
    monkeypatch.setattr(pipeline, "CHUNK_PAGES", 2)
    pages = {f"{index:02d}.txt": ("Harbour Daily", "04/03/2026") for index in range(5)}
    pages["04.txt"] = ("Harbour Daily", "13/03/2026")
    raw = tmp_path / "raw"
    raw.mkdir()
    for index, (name, (site, date_line)) in enumerate(sorted(pages.items())):
        (raw / name).write_text(_page(site, f"{TITLES[index % 4]} ({index})", date_line))
    for jobs in (1, 2):
        assert run_clean(raw, tmp_path / f"out{jobs}", jobs=jobs) == 0
    for name in ("pages.parquet", "blocks.parquet", "articles.parquet"):
        assert (tmp_path / "out1" / name).read_bytes() == (tmp_path / "out2" / name).read_bytes()
    articles = pd.read_parquet(tmp_path / "out2" / "articles.parquet")
    assert articles["published"].tolist() == ["2026-03-04"] * 4 + ["2026-03-13"]


def _page_of(site_key: str, date_line: str, article: dict) -> tuple[dict, dict, list[dict]]:
    blocks = {"field": ["title", "published"], "article_index": [0, 0], "text": ["T\n", date_line]}
    return {"site_key": site_key}, blocks, [article]


def _row(article_id: str, published: str | None) -> dict:
    source = "page" if published else None
    return {
        "article_index": 0,
        "article_id": article_id,
        "published": published,
        "date_source": source,
    }


def test_keys_filed_under_one_outlet_decide_together():
    # a site's page with a URL (its domain's key) and its page without (its name's key)
    orders = DateOrders()
    orders.add_page(*_page_of("example.com", "13/03/2026\n", _row("a", "2026-03-13")))
    orders.add_page(*_page_of("name:example", "04/03/2026\n", _row("b", None)))
    assert orders.dates() == {}
    assert orders.dates({"name:example": "example.com"}) == {"b": "2026-03-04"}
    # a date given by the manifest or the HTML is never changed
    given = _row("c", None) | {"date_source": "manifest"}
    orders.add_page(*_page_of("example.com", "05/03/2026\n", given))
    assert "c" not in orders.dates({"name:example": "example.com"})


def test_a_listings_cards_show_the_listing_sites_order_not_their_outlets():
    # an aggregator prints every card's date its own way: no evidence for the outlet
    orders = DateOrders()
    card = _row("a", "2026-03-13") | {"outlet_key": "example.com"}
    orders.add_page(*_page_of("aggregator.com", "13/03/2026\n", card))
    orders.add_page(*_page_of("example.com", "04/03/2026\n", _row("b", None)))
    assert orders.dates() == {}
    orders.add_page(*_page_of("aggregator.com", "04/03/2026\n", _row("c", None)))
    assert orders.dates() == {"c": "2026-03-04"}
