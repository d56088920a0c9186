"""Resaves found on the corpora: one outlet's articles taken as saves of one story.

``metrics`` takes two articles of one outlet as saves of one story (a resave: counted
once, :mod:`analysis.stats.resaves`) when their bodies share copy and they have the same
title (or the same URL). The corpora in ``../shared/corpora`` hold each article once
(AllSides, BASIL, NewsWCL50: one record per article, with its outlet, title and URL), so
every resave found there is either a true duplicate record of the corpus or a false one.
Each corpus's articles go through the steps ``metrics`` runs (the outlets' repeated lines
removed, the copy search, the saves) and the script prints, per corpus: the articles,
the same-outlet links of the copy search (articles of one outlet sharing copy), the
resaves, and each resave with the article kept (outlet, titles, URLs, similarity).

Then the saves the rule should find (``--dev``): each dev page of the extraction benchmark
saved twice, as printed and with other chrome, one raw folder per way of changing it,
through ``clean`` and ``metrics`` as a user runs them. The ways: ``most_read``, the
second save prints a "Most read" box of three headlines under the body's last line
and the day's date over the page (a daily scrape's next day); and two ways of
``benchmarks/article_variants.py`` that change only the chrome, ``menu_one_line``
(above the headline, runs of short lines printed on one line) and ``no_footer`` (the
page ends at the body's last line: the footer, often the only line naming the site,
is gone). Counted per way: second saves found as a resave of
their page's first save (found), pages whose two saves are filed as two stories (missed,
with the reason: another outlet, another title, or bodies that share no copy), resaves
that join two different dev pages (false), and pages whose second save is the first's
bytes (``clean`` reads one: not counted).

Last (``--dev`` too), every listing page of the listing benchmark saved twice, the second
save with the day's date over the page: counted per card of the second saves, found (a
resave of a card of the first save of its page, with its title), false (a resave of any
other card) and missed.

No value is tuned here: the rule reuses the copy test and the story key as they are.

Usage: ``.venv/bin/python benchmarks/corpus_resaves.py [--show N] [--dev]``
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import logging
import sys
import tempfile
from pathlib import Path

import pandas as pd

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from body_corpora import CORPORA, corpus_records  # noqa: E402

from analysis.clean.pipeline import run_clean  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402
from analysis.io import read_parquet  # noqa: E402
from analysis.stats.copies import fingerprints, overlap, search_copies, shingles  # noqa: E402
from analysis.stats.metrics import _saves_of_frame, write_metrics  # noqa: E402
from analysis.stats.outlet_boilerplate import strip_articles  # noqa: E402
from analysis.stats.resaves import find_resaves  # noqa: E402


def corpus_articles(name: str) -> pd.DataFrame:
    """A corpus as article rows ``metrics`` reads (each record an article page)."""
    _, field, key = CORPORA[name]
    rows = []
    for number, record in enumerate(corpus_records(name)):
        text_id = str(record.get(key, number))
        paragraphs = [p for p in (record.get(field) or "").split("\n") if p.strip()]
        rows.append(
            {
                # (a BASIL article may stand in two records: each is a page here)
                "article_id": hashlib.sha256(f"{number}/{text_id}".encode()).hexdigest()[:16],
                "page": f"{name}/{number:05d}/{text_id}",
                "article_index": 0,
                "layout": "article",
                "outlet": record.get("outlet") or None,
                "title": record.get("title") or None,
                "url": record.get("url") or None,
                "body": "\n\n".join(paragraphs),
                "is_teaser": False,
            }
        )
    return pd.DataFrame(rows).sort_values("article_id", kind="stable").reset_index(drop=True)


def most_read(article: object) -> str:
    """The page saved the next day: the day's date over it, a "Most read" box under the
    body (made-up headlines), the rest as printed."""
    lines = list(article.lines)
    if article.body_last is not None:
        box = ["", "Most read", "Harbour wall repairs begin", "Ferry fares rise again", ""]
        lines[article.body_last + 1 : article.body_last + 1] = box
    return "\n".join(["Thursday, March 5, 2026", "", *lines])


def dev_saved_twice(way: str, work: Path, show: int) -> None:
    """Every dev page saved as printed and again printed ``way``: what is found."""
    import article_variants as variants  # (slow to import: only for --dev)

    metadata = variants.scorers()[1]
    raw = work / way / "raw"
    raw.mkdir(parents=True)
    second = most_read if way == "most_read" else getattr(variants, way)
    for article in variants.load_articles(metadata):
        (raw / f"{article.name}-1.txt").write_text(variants._joined(article.lines), "utf-8")
        (raw / f"{article.name}-2.txt").write_text(second(article), "utf-8")
    processed = work / way / "processed"
    with contextlib.redirect_stdout(io.StringIO()):
        assert run_clean(raw, processed) == 0
        written = write_metrics(processed, work / way / "reports")
    table = read_parquet(written["article_metrics"])
    articles = read_parquet(processed / "articles.parquet").set_index("page")
    by_id = table.set_index("article_id")
    pages = sorted({page.rsplit("-", 1)[0] for page in table["page"]})
    found = missed = false = same = 0
    for page in pages:
        first, again = f"{page}-1.txt", f"{page}-2.txt"
        if again not in set(table["page"]):
            same += 1
            continue
        kept_of = table[table["page"] == again]["resave_of"].dropna().tolist()
        kept_of += table[table["page"] == first]["resave_of"].dropna().tolist()
        pages_kept = {by_id.loc[k, "page"].rsplit("-", 1)[0] for k in kept_of}
        false += len(pages_kept - {page})
        if page in pages_kept:
            found += 1
            continue
        missed += 1
        a, b = articles.loc[[first]].iloc[0], articles.loc[[again]].iloc[0]
        reason = (
            "another outlet"
            if a["outlet"] != b["outlet"]
            else "another title"
            if a["title"] != b["title"]
            else "no shared copy"
        )
        if missed <= show:
            print(f"    missed {page}: {reason} ({a['outlet']!r}/{b['outlet']!r}, "
                  f"{a['title']!r}/{b['title']!r})")  # fmt: skip
    print(
        f"  dev saved twice, second {way}: {len(pages)} pages, {found} found, {missed} missed, "
        f"{false} false, {same} second saves the same bytes"
    )


def listings_saved_twice(work: Path) -> None:
    """Every listing dev page saved as printed and again with the day's date over it."""
    raw = work / "listings" / "raw"
    raw.mkdir(parents=True)
    for path in sorted((SHARED_DIR / "benchmarks" / "listings" / "dev").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        (raw / f"{path.stem}-1.txt").write_text(text, "utf-8")
        (raw / f"{path.stem}-2.txt").write_text(f"Thursday, March 5, 2026\n\n{text}", "utf-8")
    processed = work / "listings" / "processed"
    with contextlib.redirect_stdout(io.StringIO()):
        assert run_clean(raw, processed) == 0
        written = write_metrics(processed, work / "listings" / "reports")
    table = read_parquet(written["article_metrics"])
    by_id = table.set_index("article_id")
    second = table[table["page"].str.endswith("-2.txt")]
    found = false = missed = 0
    for page, title, kept in second[["page", "title", "resave_of"]].itertuples(index=False):
        if not isinstance(kept, str):
            missed += 1
        elif by_id.loc[kept, "page"] == page[: -len("-2.txt")] + "-1.txt" and (
            by_id.loc[kept, "title"] == title
        ):
            found += 1
        else:
            false += 1
    first = int(table["page"].str.endswith("-1.txt").sum())
    print(
        f"  listings saved twice, the date over the second: {first} cards in the first saves, "
        f"{len(second)} in the second, {found} found, {false} false, {missed} missed"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--show", type=int, default=20, help="resaves printed per corpus")
    parser.add_argument("--dev", action="store_true", help="the dev pages saved twice too")
    args = parser.parse_args()
    if args.dev:
        with tempfile.TemporaryDirectory() as work:
            logging.disable(logging.WARNING)  # clean's line per skipped second save
            for way in ("most_read", "menu_one_line", "no_footer"):
                dev_saved_twice(way, Path(work), args.show)
            listings_saved_twice(Path(work))
    for name in CORPORA:
        articles, _ = strip_articles(corpus_articles(name))
        bodies = dict(zip(articles["article_id"], articles["body"], strict=True))
        rows = articles[["article_id", "outlet", "body"]].itertuples(index=False)
        search = search_copies(list(fingerprints(rows)), bodies.__getitem__)
        linked = {a for left, right in search.same_outlet for a in (*left, *right)}
        resaves = find_resaves(search.same_outlet, _saves_of_frame(articles))
        print(
            f"{name}: {len(articles)} articles, {len(search.pairs)} copy pairs across outlets, "
            f"{len(linked)} articles sharing copy with their own outlet's, "
            f"{len(resaves)} resaves"
        )
        by_id = articles.set_index("article_id")
        shown = list(resaves.items())
        others = sorted(linked - set(resaves) - set(resaves.values()))
        shown += [(other, other) for other in others]  # sharing copy, not the same story
        for again, kept in shown[: args.show]:
            a, b = by_id.loc[kept], by_id.loc[again]
            if again == kept:
                print(f"  not a resave: {b['outlet']}: {b['page']} {b['title']!r} {b['url']}")
                continue
            found = overlap(shingles(a["body"]), shingles(b["body"]))
            print(
                f"  {b['outlet']}: {b['page']} -> {a['page']} (jaccard {found.jaccard:.3f}, "
                f"containment {found.containment:.3f})\n"
                f"    titles {a['title']!r} | {b['title']!r}\n    urls {a['url']} | {b['url']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
