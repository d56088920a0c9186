"""A web archive's snapshot is filed under the site it saved, not the archive.

Made-up snapshots: the archive's short canonical link holds no inner URL, but the
archive rewrote the saved page's links to wrap the original's (review finding h86 L3).
"""

from __future__ import annotations

import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import page_from_bytes
from analysis.clean.web_snapshot import page_links, snapshot_original

STORY = "".join(
    f"<p>{p}</p>"
    for p in (
        "The harbour council approved its budget on Tuesday after a debate that ran late into"
        " the evening, with the library's opening hours the last point agreed.",
        "Councillors said the new budget keeps the ferry subsidy and adds two lifeguards on"
        " the town beach for the summer months, paid for by higher parking fees.",
        "The opposition said the parking fees would hurt the shops on the quay and promised"
        " to raise the matter again at the next meeting of the council in April.",
    )
)


def _snapshot(archive: str, canonical: str | None, site_name: str | None) -> str:
    wrap = f"https://{archive}/o/Qx7Rt/https://www.harbourexaminer.ie"
    head = "<title>Council approves budget | The Harbour Examiner</title>"
    if site_name:
        head += f'<meta property="og:site_name" content="{site_name}">'
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>'
        f'<div id="HEADER"><a href="https://{archive}/">archive</a> webpage capture'
        f' <a href="https://{archive}/www.harbourexaminer.ie">all snapshots</a></div>'
        f'<div><a href="{wrap}/">The Harbour Examiner</a> <a href="{wrap}/news">News</a>'
        f' <a href="{wrap}/sport">Sport</a> <a href="{wrap}/opinion">Opinion</a></div>'
        f"<article><h1>Council approves budget</h1><p>By Siobhan Walsh | 3 March 2026</p>"
        f"{STORY}</article><footer>© 2026 The Harbour Examiner</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("canonical", "site_name"),
    [
        ("https://archive.example/Qx7Rt", "archive.example"),
        ("https://archive.example/Qx7Rt", None),
        (None, "archive.example"),
    ],
)
def test_a_snapshot_is_filed_under_the_site_it_saved(canonical, site_name):
    html = _snapshot("archive.example", canonical, site_name)
    page = page_from_bytes(html.encode("utf-8"), "snap.html", "raw/snap.html")
    assert page.html is not None
    assert page.html.url == "https://www.harbourexaminer.ie/"
    assert page.html.site_name is None  # the archive's name is no site's
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert row["outlet_key"] == "harbourexaminer.ie"
    assert row["outlet"] == "The Harbour Examiner"


def test_a_wayback_snapshot_without_a_canonical_link_keeps_the_sites_own_name():
    wrap = "https://web.archive.example/web/20260303101500/https://www.harbourexaminer.ie"
    links = [f"{wrap}/", f"{wrap}/news", f"{wrap}/sport", "https://web.archive.example/"]
    snapshot = snapshot_original(None, links)
    assert snapshot is not None and snapshot.saved == "https://www.harbourexaminer.ie/"
    assert snapshot.archive == "web.archive.example"
    # the saved page's own head, kept by the archive, still names the site
    html = _snapshot("web.archive.example", None, "The Harbour Examiner")
    page = page_from_bytes(html.encode("utf-8"), "snap.html", "raw/snap.html")
    assert page.html is not None and page.html.site_name == "The Harbour Examiner"
    assert page.html.url == "https://www.harbourexaminer.ie/"


def test_a_page_citing_a_few_archived_links_is_no_snapshot():
    own = "https://www.harbourexaminer.ie"
    archived = "https://archive.example/o/Qx7Rt/https://www.othersite.ie/report"
    html = (
        f'<link rel="canonical" href="{own}/budget"><a href="{own}/">Home</a>'
        f'<a href="{own}/news">News</a><a href="{own}/sport">Sport</a>'
        f'<a href="{archived}">the report</a><a href="{archived}#p2">again</a>'
    )
    assert snapshot_original(f"{own}/budget", page_links(html)) is None
    # nor is a page whose links mostly lead elsewhere, a few of them archived
    links = [
        archived,
        archived,
        "https://a.example/x",
        "https://b.example/y",
        "https://c.example/z",
    ]
    assert snapshot_original(None, links) is None


def test_a_canonical_link_that_wraps_the_original_is_read_as_before():
    url = "https://web.archive.example/web/2026/https://www.harbourexaminer.ie/budget"
    assert snapshot_original(url, [url, url]) is None  # outlet.original_url reads it
