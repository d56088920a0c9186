"""Tests for analysis.clean.outlet_hosts: a host's pages keyed by their domain join the
host's own outlet."""

from __future__ import annotations

import json

import pandas as pd

from analysis.clean.outlet_hosts import host_pages_of_urls
from analysis.clean.pipeline import run_clean
from analysis.stats.metrics import run_metrics

_BODY = (
    "The harbour board voted on Tuesday to extend the ferry pier by forty metres before "
    "the summer season.\n\nEngineers said the work would take eleven weeks and that the old "
    "timber piles would be replaced with steel.\n\nResidents of the east quay asked the "
    "board to keep the night crossing running while the pier is closed.\n"
)


def _html(name: str, url: str, title: str, body: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return (
        f'<html><head><title>{title} | {name}</title><meta property="og:site_name" '
        f'content="{name}"><link rel="canonical" href="{url}"></head><body><nav><a href="/">'
        f'Home</a> <a href="/news">News</a></nav><article><h1>{title}</h1>{paras}</article>'
        "<footer>Contact us | Privacy</footer></body></html>"
    )


def test_the_text_rows_of_a_hosts_urls_join_the_outlet_its_html_pages_name(tmp_path):
    # A crawl export holds a publication on a shared host twice: as HTML naming its site
    # (keyed by the host) and as the article text alone (no name: keyed by the domain).
    # One site was two outlets, "Harbour News" and "hubsite.org" (h269, abcnews.go.com).
    rows = []
    for i in (1, 2):
        url = f"https://harbournews.hubsite.org/2026/pier-{i}"
        body = _BODY.replace("forty", f"forty-{i}")
        rows.append(
            {"id": f"h{i}", "url": url, "html": _html("Harbour News", url, f"Pier {i}", body)}
        )
        text = f"Quay lights, part {i}\n\n" + _BODY.replace("ferry", f"ferry {i}")
        rows.append({"id": f"t{i}", "url": url.replace("https://", "http://"), "text": text})
    rows.append(
        {"id": "o1", "url": "https://hubsite.org/about/pier", "text": "Pier notes\n\n" + _BODY}
    )
    table = tmp_path / "pages.jsonl"
    table.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert run_clean(table, out) == 0 and run_metrics(out, tmp_path / "reports") == 0
    metrics = pd.read_parquet(out / "article_metrics.parquet")
    outlets = dict(zip(metrics["page"], metrics["outlet"], strict=True))
    assert {outlets[page] for page in ("h1", "h2", "t1", "t2")} == {"Harbour News"}
    assert outlets["o1"] != "Harbour News"  # the domain's own page stays the domain's
    assert sorted(pd.read_parquet(out / "outlet_metrics.parquet")["outlet"]) == [
        "Harbour News",
        outlets["o1"],
    ]


def test_only_pages_of_a_host_that_is_a_key_of_the_run_are_filed():
    keys = {"hubsite.org": "hubsite.org", "harbournews.hubsite.org": "harbournews.hubsite.org"}
    rows = {
        "a": ("hubsite.org", "http://WWW.HarbourNews.hubsite.org/1"),
        "b": ("hubsite.org", "https://dunes.hubsite.org/2"),  # no outlet of its own
        "c": ("hubsite.org", "https://hubsite.org/3"),
        "d": ("hubsite.org", "https://harbournews.hubsite.org/4"),  # filed otherwise already
    }
    filed = host_pages_of_urls(rows, keys, {"d": ("hubsite.org", "x")})
    assert filed == {"a": ("hubsite.org", "harbournews.hubsite.org")}


def test_a_hosts_text_pages_join_the_one_outlet_whose_name_spells_its_label(tmp_path):
    # review h314: two newsletters on a shared host the suffix list lacks (Ghost(Pro)'s
    # NAME.ghost.io), each an HTML page naming it (keyed by its name: no reprint) and a
    # text page of the story alone under a manifest URL (keyed by the domain): the two
    # text pages were one outlet "hubsite.org", two sites' pages together.
    pages = tmp_path / "pages"
    pages.mkdir()
    manifest = ["file,url"]
    for name, label in (
        ("The Saltmarsh Review", "saltmarshreview"),
        ("Kiln Lane Notes", "kilnlanenotes"),
    ):
        url = f"https://{label}.hubsite.org/pier-1/"
        body = _BODY.replace("forty", f"{label} forty")
        paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
        page = (  # a newsletter platform's page: the name in its markup and its footer
            f'<html><head><title>Pier plans</title><meta property="og:site_name" content="{name}">'
            f'<link rel="canonical" href="{url}"></head><body><header><a href="/">{name}</a>'
            f"</header><article><h1>Pier plans</h1>{paras}</article><footer>{name} © 2026"
            " · Powered by Platform</footer></body></html>"
        )
        (pages / f"{label}1.html").write_text(page, "utf-8")
        text = "Quay lights return\n\n" + body.replace("ferry", f"{label} ferry")
        (pages / f"{label}2.txt").write_text(text, "utf-8")
        manifest.append(f"{label}2.txt,https://{label}.hubsite.org/quay-lights/?ref=newsletter")
    (pages / "manifest.csv").write_text("\n".join(manifest) + "\n", "utf-8")
    out = tmp_path / "out"
    assert run_clean(pages, out) == 0 and run_metrics(out, tmp_path / "reports") == 0
    metrics = pd.read_parquet(out / "article_metrics.parquet")
    outlets = dict(zip(metrics["page"], metrics["outlet"], strict=True))
    assert outlets["saltmarshreview2.txt"] == outlets["saltmarshreview1.html"]
    assert outlets["saltmarshreview1.html"] == "The Saltmarsh Review"
    assert outlets["kilnlanenotes2.txt"] == outlets["kilnlanenotes1.html"] == "Kiln Lane Notes"


def test_a_host_whose_label_one_outlets_name_spells_is_filed_under_it():
    keys = {"hubsite.org": "hubsite.org", "name:saltmarshreview": "name:saltmarshreview"}
    labels = {
        "saltmarshreview": frozenset({"name:saltmarshreview"}),
        "dunes": frozenset({"name:dunes", "name:dunesagain"}),  # two outlets: none
    }
    rows = {
        "a": ("hubsite.org", "https://saltmarshreview.hubsite.org/1"),
        "b": ("hubsite.org", "https://dunes.hubsite.org/2"),
        "c": ("hubsite.org", "https://hubsite.org/3"),
    }
    filed = host_pages_of_urls(rows, keys, {}, labels)
    assert filed == {"a": ("hubsite.org", "name:saltmarshreview")}
    assert host_pages_of_urls(rows, keys, {}) == {}


def test_a_name_filed_under_an_emptied_platform_domain_follows_its_one_journal(tmp_path):
    # h400: a journal's HTML names it (keyed by its host), its scraper export names the
    # platform (keyed by the domain, filed under the host), and a text dump without a URL
    # is named by the platform's notice ("© 2026 Quillpad", filed under quillpad.com by
    # the domain's label): the domain emptied, the dump was a row "Quillpad" of its own
    url = "https://tomsk-dnevnik.quillpad.com/4821{}.html"
    html = _html("Quillpad", url.format(1), "Трамвай вернётся | Томский дневник", _BODY)
    rows = [
        {"id": "h1", "url": url.format(1), "html": html},
        {"id": "x1", "url": url.format(2), "text": "Quay lights\n\n" + _BODY},
        {
            "id": "d1",
            "text": "Pier lights\n\n" + _BODY.replace("ferry", "boat") + "\n© 2026 Quillpad\n",
        },
    ]
    table = tmp_path / "pages.jsonl"
    table.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert run_clean(table, out) == 0 and run_metrics(out, tmp_path / "reports") == 0
    articles = pd.read_parquet(out / "articles.parquet")
    keys = dict(zip(articles["page"], articles["outlet_key"], strict=True))
    assert keys == {
        "h1": "tomsk-dnevnik.quillpad.com",
        "x1": "quillpad.com",
        "d1": "name:quillpad",
    }
    metrics = pd.read_parquet(out / "article_metrics.parquet")
    assert set(metrics["outlet"]) == {"Томский дневник"}
