"""Outlet table and copy search at scale: one group-by pass and exact-body groups.

Two measures, each side by side with the code it replaced, in one process, on the same
tables, with the outputs checked to be identical (exit 1 if not):

- outlet table: :func:`analysis.stats.outlets.outlet_metrics` (one pass groups rows by
  outlet) against :func:`outlet_metrics_by_filter` (the previous code: one boolean
  filter of the whole table per outlet, O(outlets x rows)), on a synthetic
  ``article_metrics`` table of ``--rows`` articles spread over 36, 360 and 1,800
  outlets (seeded random values shaped as ``metrics`` writes them: words, quote counts,
  readability, copy groups, listing cards, quotes with speakers);
- copy search: :func:`analysis.stats.copies.find_copy_pairs` (identical bodies grouped
  by exact hash before LSH) against :func:`find_copy_pairs_per_article` (the previous
  code: every article's signature in the LSH index, every candidate pair verified), on
  AllSides bodies (``../shared/corpora/allsides_abp``, read in place) where each body is
  printed ``--copies`` times by its own outlet (as when a site serves one story under
  several URLs) plus one reprint by another outlet: m copies gave m^2 candidate pairs.

Times are CPU seconds of this process (``time.process_time``), best of ``--repeat``;
the machine is shared with other work, so read the ratios, which are measured under the
same load.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/outlets_copies_scale.py [--rows N] [--repeat R]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from analysis import config  # noqa: E402
from analysis.stats import copies, minhash  # noqa: E402
from analysis.stats import outlets as outlet_stats  # noqa: E402
from analysis.stats.ratios import ratio  # noqa: E402
from analysis.tables import (  # noqa: E402
    OUTLET_METRICS_COLUMNS,
    OUTLET_METRICS_SCHEMA,
    READABILITY_COLUMNS,
)

OUTLET_COUNTS = (36, 360, 1800)
CORPUS = config.SHARED_DIR / "corpora" / "allsides_abp" / "articles.jsonl.gz"


# --- the replaced code (baselines) -----------------------------------------------------


def _one_outlet_by_filter(articles: pd.DataFrame, quotes: pd.DataFrame) -> dict[str, object]:
    words = articles["n_words"].astype(float)
    total_words = int(articles["n_words"].sum())
    shares = articles.loc[articles["n_words"] > 0, "quote_share"]
    direct = quotes[~quotes["is_scare"]]
    full_text = articles.loc[~articles["is_teaser"], "n_words"]
    full = articles[~articles["is_teaser"]]  # the quote statistics leave teasers out
    full_words = int(full["n_words"].sum())
    row: dict[str, object] = {
        "n_articles": len(articles),
        "n_teasers": int(articles["is_teaser"].sum()),
        "n_pages": int(articles["page"].nunique()),
        "total_words": total_words,
        "median_words": float(full_text.median()) if len(full_text) else math.nan,
        "quote_share_pooled": ratio(int(full["quoted_words"].sum()), full_words),
        "quote_share_mean": float(shares.mean()) if len(shares) else math.nan,
        "quote_share_all_pooled": ratio(int(full["quoted_words_all"].sum()), full_words),
        "quotes_per_1000_words": ratio(1000 * int(full["n_quotes"].sum()), full_words),
        "top_speakers": outlet_stats.format_top_speakers(
            direct.loc[direct["attributed"], "speaker"]
        ),
    }
    scored = articles[articles["flesch_reading_ease"].notna() & (articles["n_words"] > 0)]
    by_language = scored.groupby("language")["n_words"].sum()
    language = min(by_language.index, key=lambda name: (-by_language[name], name), default=None)
    row["readability_language"] = language
    counts = articles["language"].value_counts()
    ordered = sorted(counts.index, key=lambda name: (-counts[name], name))
    row["languages"] = ", ".join(f"{name} {counts[name]}" for name in ordered) or None
    in_language = articles if language is None else articles[articles["language"] == language]
    row["n_readability_articles"] = int(
        in_language["flesch_reading_ease"].notna().sum() if language is not None else 0
    )
    for name in READABILITY_COLUMNS:
        weights = words[in_language.index]
        row[f"{name}_wmean"] = outlet_stats.weighted_mean(in_language[name], weights)
        row[f"{name}_wmedian"] = outlet_stats.weighted_median(in_language[name], weights)
    original = int(articles.loc[articles["copy_group"].isna(), "n_words"].sum())
    row["original_share"] = ratio(original, total_words)
    return row


def without_intervals(table: pd.DataFrame) -> pd.DataFrame:
    """The outlet table without its bootstrap intervals (the previous code had none)."""
    return table.drop(columns=[c for c in table.columns if c.endswith(("_ci_low", "_ci_high"))])


def outlet_metrics_by_filter(
    article_metrics: pd.DataFrame, quotes: pd.DataFrame, pages: pd.DataFrame
) -> pd.DataFrame:
    """The previous outlet table: one filter of the whole table per outlet."""
    site_of = outlet_stats.site_of_pages(pages)
    keys = [
        outlet_stats.outlet_key(outlet, site_of.get(page, outlet_stats.unknown_site(page)))
        for outlet, page in article_metrics[["outlet", "page"]].itertuples(index=False)
    ]
    articles = article_metrics.assign(_outlet=keys)
    outlet_of_article = dict(zip(articles["article_id"], articles["_outlet"], strict=True))
    quotes = quotes.assign(_outlet=[outlet_of_article.get(a) for a in quotes["article_id"]])
    units = pd.concat(
        [
            articles[["_outlet", "unit_chars", "boilerplate_chars"]].rename(
                columns={"_outlet": "outlet"}
            ),
            outlet_stats.listing_units(article_metrics, pages)[
                ["outlet", "unit_chars", "boilerplate_chars"]
            ],
        ],
        ignore_index=True,
    )
    n_listing = pages[pages["layout"] == "listing"]["page"].map(site_of).value_counts()
    rows = []
    for outlet in sorted(set(articles["_outlet"]) | set(units["outlet"])):
        mine = articles[articles["_outlet"] == outlet]
        row = {"outlet": outlet, **_one_outlet_by_filter(mine, quotes[quotes["_outlet"] == outlet])}
        my_units = units[units["outlet"] == outlet]
        row["boilerplate_ratio"] = ratio(
            int(my_units["boilerplate_chars"].sum()), int(my_units["unit_chars"].sum())
        )
        row["n_listing_pages"] = int(n_listing.get(outlet, 0))
        row["merged_from"] = None
        row["n_resaves"] = 0  # the previous code had no resaves (nor do the synthetic rows)
        rows.append(row)
    table = pd.DataFrame(rows, columns=OUTLET_METRICS_COLUMNS)
    int_columns = [
        "n_articles", "n_teasers", "n_resaves", "n_pages", "total_words", "n_listing_pages",
        "n_readability_articles",
    ]  # fmt: skip
    table = table.astype(dict.fromkeys(int_columns, "int64"))
    float_columns = [
        c
        for c in OUTLET_METRICS_COLUMNS
        if str(OUTLET_METRICS_SCHEMA.columns[c].dtype) == "float64"
    ]
    table[float_columns] = table[float_columns].astype(float)
    return OUTLET_METRICS_SCHEMA.validate(table.reset_index(drop=True))


def find_copy_pairs_per_article(articles: pd.DataFrame) -> pd.DataFrame:
    """The previous copy search: every article in the LSH index, every candidate verified."""
    rows = articles[["article_id", "outlet", "body"]].sort_values("article_id", kind="stable")
    outlets = dict(zip(rows["article_id"], rows["outlet"], strict=True))
    bodies = dict(zip(rows["article_id"], rows["body"], strict=True))
    signatures = {}
    for article_id, body in bodies.items():
        items = copies.encoded_shingles(body)
        if items:
            signatures[article_id] = minhash.minhash_signature(items)
    shingle_sets: dict[str, frozenset[bytes]] = {}
    accepted = []
    for a, b in minhash.candidate_pairs(signatures):
        if copies._outlet_key(a, outlets[a]) == copies._outlet_key(b, outlets[b]):
            continue
        for article_id in (a, b):
            if article_id not in shingle_sets:
                shingle_sets[article_id] = frozenset(copies.encoded_shingles(bodies[article_id]))
        found = copies.overlap(shingle_sets[a], shingle_sets[b])
        if copies.shares_copy(found):
            accepted.append((a, b, found.jaccard))
    return copies._pairs_table(accepted, outlets)


# --- synthetic and corpus tables -------------------------------------------------------


def synthetic_metrics(
    n_rows: int, n_outlets: int, seed: int = 0
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """``(article_metrics, quotes, pages, copy_pairs)`` with ``n_rows`` articles.

    Seeded random values with the shapes ``metrics`` writes: some articles without
    words, NaN readability, a few listing pages with cards, copy pairs across outlets.
    """
    rng = np.random.default_rng(seed)
    outlet_names = [f"outlet-{i:04d}.example" for i in range(n_outlets)]
    outlet = rng.integers(0, n_outlets, n_rows)
    n_words = rng.integers(0, 3000, n_rows) * (rng.random(n_rows) > 0.02)
    quoted_all = (n_words * rng.random(n_rows) * 0.4).astype("int64")
    quoted = (quoted_all * rng.random(n_rows)).astype("int64")
    page = [f"page-{i // 3 if i % 50 == 0 else i:07d}.txt" for i in range(n_rows)]
    layout = ["listing" if i % 50 == 0 else "article" for i in range(n_rows)]
    ids = [f"{i:016x}" for i in range(n_rows)]
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(n_words > 0, quoted / n_words, np.nan)
    table = {
        "article_id": ids,
        "page": page,
        "article_index": np.zeros(n_rows, dtype="int64"),
        "outlet": [outlet_names[o] if o % 17 else None for o in outlet],
        "n_words": n_words.astype("int64"),
        "n_quotes": rng.integers(0, 20, n_rows),
        "quoted_words": quoted,
        "quoted_words_all": quoted_all,
        "quote_share": share,
        "layout": layout,
        "unit_chars": rng.integers(1000, 90000, n_rows),
    }
    article_metrics = pd.DataFrame(table)
    article_metrics["boilerplate_chars"] = (article_metrics["unit_chars"] * 0.3).astype("int64")
    # a few teasers (not the full text): left out of an outlet's median length
    article_metrics["is_teaser"] = [i % 13 == 4 for i in range(n_rows)]
    # a few articles in other languages: an outlet's readability keeps one language
    article_metrics["language"] = [
        "ru" if i % 7 == 3 else "de" if i % 11 == 5 else "en" for i in range(n_rows)
    ]
    for name in READABILITY_COLUMNS:
        values = rng.normal(50, 20, n_rows)
        values[n_words == 0] = np.nan
        article_metrics[name] = values
    copied = rng.random(n_rows) < 0.01
    copied_ids = [i for i, c in zip(ids, copied, strict=True) if c][: 2 * (int(copied.sum()) // 2)]
    pair_ids = list(zip(copied_ids[0::2], copied_ids[1::2], strict=True))
    article_metrics["copy_group"] = None
    for a, b in pair_ids:
        article_metrics.loc[article_metrics["article_id"].isin([a, b]), "copy_group"] = "copy-" + a
    copy_pairs = pd.DataFrame(
        {"article_id_a": [a for a, _ in pair_ids], "article_id_b": [b for _, b in pair_ids]}
    )
    n_quotes = 3 * n_rows
    speakers = ["Ann Lee", "the ministry", "The Ministry", "he", None, "Bob Smith", "Lee's aide"]
    quotes = pd.DataFrame(
        {
            "article_id": [ids[i] for i in rng.integers(0, n_rows, n_quotes)],
            "is_scare": rng.random(n_quotes) < 0.2,
            "attributed": rng.random(n_quotes) < 0.7,
            "speaker": [speakers[i] for i in rng.integers(0, len(speakers), n_quotes)],
        }
    )
    unique_pages = sorted(set(page))
    pages = pd.DataFrame(
        {
            "page": unique_pages,
            "layout": [
                "listing" if p in set(np.array(page)[::50]) else "article" for p in unique_pages
            ],
            "site": [
                None if i % 7 == 0 else outlet_names[i % n_outlets]
                for i in range(len(unique_pages))
            ],
            "n_chars": rng.integers(100000, 200000, len(unique_pages)),
        }
    )
    return article_metrics, quotes, pages, copy_pairs


def copied_bodies(n_bodies: int, n_copies: int) -> pd.DataFrame:
    """Articles: each of ``n_bodies`` AllSides bodies ``n_copies`` times by its outlet,
    and once more by another outlet (a reprint)."""
    if not CORPUS.is_file():
        raise SystemExit(f"{CORPUS}: AllSides corpus not found")
    rows = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for _, line in zip(range(n_bodies), handle, strict=False)]
    for i, record in enumerate(records):
        for copy in range(n_copies):
            rows.append((f"{i:06d}-{copy:03d}", record["outlet"], record["body"]))
        rows.append((f"{i:06d}-reprint", "reprints.example", record["body"]))
    return pd.DataFrame(rows, columns=["article_id", "outlet", "body"])


def best_time(function: Callable, repeat: int) -> tuple[float, object]:
    """Best CPU seconds of ``repeat`` calls, and the last result."""
    best, result = math.inf, None
    for _ in range(repeat):
        start = time.process_time()
        result = function()
        best = min(best, time.process_time() - start)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=7018, help="articles in the outlet table")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--bodies", type=int, default=200, help="AllSides bodies copied")
    parser.add_argument("--copies", type=int, default=18, help="copies of each body")
    args = parser.parse_args(argv)
    failed = False
    print(f"outlet table, {args.rows} articles (CPU s, best of {args.repeat})")
    print("outlets  one-pass  by-filter  ratio  identical")
    for n_outlets in OUTLET_COUNTS:
        tables = synthetic_metrics(args.rows, n_outlets)
        fast, new = best_time(functools.partial(outlet_stats.outlet_metrics, *tables), args.repeat)
        slow, old = best_time(
            functools.partial(outlet_metrics_by_filter, *tables[:3]),
            1 if n_outlets > 360 else args.repeat,
        )
        same = without_intervals(new).equals(without_intervals(old))
        failed |= not same
        print(f"{n_outlets:7d}  {fast:8.2f}  {slow:9.2f}  {slow / fast:5.1f}x  {same}")

    articles = copied_bodies(args.bodies, args.copies)
    print(
        f"copy search, {args.bodies} bodies x {args.copies} copies + 1 reprint each "
        f"({len(articles)} articles; CPU s, best of {args.repeat})"
    )
    fast, new = best_time(lambda: copies.find_copy_pairs(articles), args.repeat)
    slow, old = best_time(lambda: find_copy_pairs_per_article(articles), args.repeat)
    same = new.equals(old)
    failed |= not same
    print("exact-hash groups  per-article  ratio  pairs  identical")
    print(f"{fast:17.2f}  {slow:11.2f}  {slow / fast:5.1f}x  {len(new):5d}  {same}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
