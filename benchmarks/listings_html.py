"""Listing splitter on saved HTML pages: the listing dev pages printed as made-up markup.

The listing benchmark (``../shared/benchmarks/listings/dev``, read in place) holds text
dumps only. This benchmark prints each page's gold cards (title, outlet, date, author,
category, body: the gold's, so the scores are the text benchmark's) as the HTML of a
made-up site in several card markups, reads each page as the ``clean`` command reads a
``.html`` file (:func:`analysis.clean.read.page_from_bytes`: rendered text, trafilatura's
metadata) and scores the articles found with the listing benchmark's own scorer
(``score.py``'s ``score_page``):

- ``article_h2``: ``<article><h2><a>Title</a></h2><div>Outlet · date</div><p>…</p></article>``;
- ``list_items``: ``<ul><li><a>Title</a> <span>Outlet</span> <span>date</span>
  <span>text</span></li></ul>`` (a card's paragraphs in one span each);
- ``div_h3_meta_after``: ``<div><h3><a>Title</a></h3><div><p>…</p></div><div>By Author |
  Outlet | date</div></div>``;
- ``linked_card``: ``<a href><span>Category</span><h3>Title</h3><p>Outlet, date</p><p>…</p></a>``;
- ``table_rows``: ``<table><tr><td><a>Title</a></td><td>Outlet · date</td><td><p>…</p></td>
  </tr></table>``;
- ``dl_terms``: ``<dl><dt><a>Title</a></dt><dd>Outlet · date</dd><dd><p>…</p></dd></dl>``;
- ``flat_h3``: ``<h3><a>Title</a></h3><p>Outlet · date</p><p>…</p>`` siblings, no element
  around a card.

The 11 single-article pages are printed as one ``<article>`` (headline, byline, the
paragraphs) with a "Related" box of three teaser cards in the same markup; they must
give one article. Prints, per markup: listing pages with the right card count, outlet,
title and body token F1 per gold card (an unmatched card scores 0), and single-article
pages giving one record. Nothing is tuned here; every figure is on all dev pages.

Run from the project root: ``.venv/bin/python benchmarks/listings_html.py``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
from collections.abc import Callable
from html import escape
from pathlib import Path

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import page_from_bytes

ROOT = Path(__file__).resolve().parents[1]
LISTINGS = ROOT.parent / "shared" / "benchmarks" / "listings"
#: Words of a related-story teaser on a single-article page.
TEASER_WORDS = 25


def _scorer():
    spec = importlib.util.spec_from_file_location("listing_score", LISTINGS / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _paragraphs(card: dict) -> list[str]:
    return [escape(p) for p in card["body"].split("\n\n") if p.strip()]


def _meta(card: dict, site: str) -> list[str]:
    """The card's outlet (unless it is the site's own), author and date, escaped."""
    parts = []
    if card.get("author"):
        author = card["author"]
        parts.append(escape(author if author.lower().startswith("by") else f"By {author}"))
    if card.get("outlet") and card["outlet"] != site:
        parts.append(escape(card["outlet"]))
    if card.get("date"):
        parts.append(escape(card["date"]))
    return parts


def article_h2(card: dict, k: int, site: str) -> str:
    meta = " · ".join(f"<span>{m}</span>" for m in _meta(card, site))
    body = "".join(f"<p>{p}</p>" for p in _paragraphs(card))
    kicker = f"<div class='kicker'>{escape(card['category'])}</div>" if card.get("category") else ""
    return (
        f"<article class='card'>{kicker}<h2><a href='/story/{k}'>{escape(card['title'])}</a></h2>"
        f"<div class='meta'>{meta}</div>{body}</article>"
    )


def list_items(card: dict, k: int, site: str) -> str:
    meta = " ".join(f"<span class='meta'>{m}</span>" for m in _meta(card, site))
    body = " ".join(f"<span class='snippet'>{p}</span>" for p in _paragraphs(card))
    return f"<li><a href='/story/{k}'>{escape(card['title'])}</a> {meta} {body}</li>"


def div_h3_meta_after(card: dict, k: int, site: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _paragraphs(card))
    meta = " | ".join(_meta(card, site))
    return (
        f"<div class='teaser'><h3><a href='/story/{k}'>{escape(card['title'])}</a></h3>"
        f"<div class='summary'>{body}</div><div class='byline'>{meta}</div></div>"
    )


def linked_card(card: dict, k: int, site: str) -> str:
    kicker = (
        f"<span class='kicker'>{escape(card['category'])}</span>" if card.get("category") else ""
    )
    body = "".join(f"<p>{p}</p>" for p in _paragraphs(card))
    meta = ", ".join(_meta(card, site))
    return (
        f"<div class='tile'><a class='card' href='/story/{k}'>{kicker}"
        f"<h3>{escape(card['title'])}</h3><p class='meta'>{meta}</p>{body}</a></div>"
    )


def _dotted_meta_and_body(card: dict, site: str) -> tuple[str, str]:
    """The card's meta values joined by `` · `` and its paragraphs as ``<p>`` elements."""
    return " · ".join(_meta(card, site)), "".join(f"<p>{p}</p>" for p in _paragraphs(card))


def table_rows(card: dict, k: int, site: str) -> str:
    meta, body = _dotted_meta_and_body(card, site)
    link = f"<a href='/story/{k}'>{escape(card['title'])}</a>"
    return f"<tr><td>{link}</td><td class='meta'>{meta}</td><td>{body}</td></tr>"


def dl_terms(card: dict, k: int, site: str) -> str:
    meta, body = _dotted_meta_and_body(card, site)
    link = f"<a href='/story/{k}'>{escape(card['title'])}</a>"
    return f"<dt>{link}</dt><dd class='meta'>{meta}</dd><dd>{body}</dd>"


def flat_h3(card: dict, k: int, site: str) -> str:
    meta, body = _dotted_meta_and_body(card, site)
    link = f"<a href='/story/{k}'>{escape(card['title'])}</a>"
    return f"<h3>{link}</h3><p class='meta'>{meta}</p>{body}"


#: Card markups: (card printer, element wrapping the cards).
MARKUPS: dict[str, tuple[Callable[[dict, int, str], str], str]] = {
    "article_h2": (article_h2, "section"),
    "list_items": (list_items, "ul"),
    "div_h3_meta_after": (div_h3_meta_after, "div"),
    "linked_card": (linked_card, "div"),
    "table_rows": (table_rows, "table"),
    "dl_terms": (dl_terms, "dl"),
    "flat_h3": (flat_h3, "div"),
}


#: Whether pages carry the canonical URL a saved page almost always has (``--canonical``).
CANONICAL = {"on": False}


def _page(site: str, heading: str, content: str) -> str:
    site_text = escape(site)
    slug = "".join(ch for ch in site.lower() if ch.isalnum()) or "site"
    canonical = (
        f"<link rel='canonical' href='https://www.{slug}.example.com/latest'>"
        if CANONICAL["on"]
        else ""
    )
    menu = "".join(
        f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in ("Home", "News", "World", "Opinion")
    )
    return (
        f"<!doctype html><html><head><title>{escape(heading)} | {site_text}</title>"
        f"<meta property='og:site_name' content='{site_text}'>{canonical}</head><body>"
        f"<header><div class='logo'>{site_text}</div><nav><ul>{menu}</ul></nav></header>"
        f"<main>{content}</main><footer><p>© 2026 {site_text}. All rights reserved.</p>"
        "<ul><li><a href='/privacy'>Privacy</a></li><li><a href='/terms'>Terms</a></li></ul>"
        "</footer></body></html>"
    )


def listing_html(gold: dict, markup: str) -> str:
    """A listing page's gold cards printed in one markup, inside a made-up site."""
    printer, wrapper = MARKUPS[markup]
    site = gold.get("site") or "Front Page"
    cards = "".join(printer(card, k, site) for k, card in enumerate(gold["articles"]))
    return _page(site, "Latest stories", f"<h1>Latest stories</h1><{wrapper}>{cards}</{wrapper}>")


def article_html(gold: dict, markup: str, related: list[dict]) -> str:
    """A single-article page: its article, then a related box of teaser cards."""
    printer, wrapper = MARKUPS[markup]
    site = gold.get("site") or "Front Page"
    article = gold["articles"][0]
    byline = " | ".join(_meta(article, site))
    body = "".join(f"<p>{p}</p>" for p in _paragraphs(article))
    teasers = []
    for k, card in enumerate(related):
        words = card["body"].split()
        teaser = " ".join(words[:TEASER_WORDS]) + ("…" if len(words) > TEASER_WORDS else "")
        teasers.append(printer({**card, "body": teaser}, 100 + k, site))
    box = f"<aside><h2>Related stories</h2><{wrapper}>{''.join(teasers)}</{wrapper}></aside>"
    content = (
        f"<article><h1>{escape(article['title'])}</h1><p class='byline'>{byline}</p>"
        f"{body}</article>{box}"
    )
    return _page(site, article["title"], content)


def records(html: str, name: str) -> list[dict]:
    """The articles the project finds on an HTML page, as the scorer wants them."""
    page = page_from_bytes(html.encode("utf-8"), name, name, html=True)
    frame = extract_articles(page.text, name, PageFacts(html=page.html))
    return frame.to_dict("records")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--markups", nargs="*", default=list(MARKUPS), choices=list(MARKUPS))
    parser.add_argument("--pages", action="store_true", help="list the pages a markup breaks")
    parser.add_argument(
        "--canonical",
        action="store_true",
        help="give every page a canonical URL of its site's made-up domain, as saved pages have",
    )
    args = parser.parse_args()
    CANONICAL["on"] = args.canonical
    if not (LISTINGS / "dev").is_dir():
        print(f"skipped: {LISTINGS / 'dev'} not found")
        return
    score = _scorer()
    golds = [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((LISTINGS / "dev").glob("*.json"))
        if path.name != "index.json"
    ]
    listings = [g for g in golds if not g["layout"].startswith("article_")]
    articles = [g for g in golds if g["layout"].startswith("article_")]
    print(f"{len(listings)} listing pages, {len(articles)} single-article pages")
    print(
        f"{'markup':20s} {'count':>7s} {'outlet':>7s} {'title':>7s} {'body F1':>8s}"
        f" {'one article':>12s}"
    )
    for markup in args.markups:
        cards, count_ok, broken = [], 0, []
        for gold in listings:
            result = score.score_page(
                gold["page"], gold, records(listing_html(gold, markup), gold["page"] + ".html")
            )
            cards += result["cards"]
            count_ok += result["count_ok"]
            if not result["count_ok"]:
                broken.append(f"{gold['page']} ({result['n_pred']} of {result['n_gold']})")
        one = 0
        for k, gold in enumerate(articles):
            related = listings[k % len(listings)]["articles"][:3]
            found = records(article_html(gold, markup, related), gold["page"] + ".html")
            one += len(found) == 1
            if len(found) != 1:
                broken.append(f"{gold['page']} ({len(found)} records)")
        outlet = statistics.fmean(c["outlet_ok"] for c in cards)
        title = statistics.fmean(c["title_ok"] for c in cards)
        body = statistics.fmean(c["body_f1"] for c in cards)
        print(
            f"{markup:20s} {count_ok / len(listings):7.3f} {outlet:7.3f} {title:7.3f} "
            f"{body:8.3f} {one:>8d}/{len(articles)}"
        )
        if args.pages and broken:
            print("    " + ", ".join(broken))


if __name__ == "__main__":
    main()
