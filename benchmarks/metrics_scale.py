"""Scale of the metrics stage: articles/s by part at 1,000 / 3,000 / 7,018 articles.

Reads the AllSides sample (``../shared/corpora/allsides_abp/articles.jsonl.gz``: 7,018
real article bodies from 36 outlets; third-party text, read in place, never copied into
the project), builds an ``articles`` table as ``python -m analysis clean`` writes it (one
article page per article, the whole body one ``body`` block) and runs
:func:`analysis.stats.metrics.article_metrics` and :func:`analysis.stats.outlets.outlet_metrics` on
the first N articles by article_id (a hash of the source id, so every size mixes all
outlets).

Parts (CPU seconds of this process, ``time.process_time``), timed inside one
``article_metrics`` call by wrapping the functions it calls:

- text statistics: :func:`analysis.stats.article_work.text_statistics` (words, sentences,
  readability) over every body;
- quotes: :func:`analysis.stats.article_work.quote_rows` per body and
  :func:`analysis.stats.metrics.quotes_frame`;
- copies: :func:`analysis.stats.copies.fingerprints` per body and
  :func:`analysis.stats.copies.copy_pairs_from_fingerprints`;
- assembly: the rest of ``article_metrics`` (quote counts, boilerplate, copy groups,
  schema validation);
- outlet table: :func:`analysis.stats.outlets.outlet_metrics`.

Each size runs in a fresh subprocess (``--repeat R`` times: each part's best time, the
highest peak), so its peak resident memory (``ru_maxrss``) is its own; the corpus loaded
as a table is part of it (shown separately as "loaded"). The machine may be shared:
times vary by 10-30% from run to run, so compare runs made side by side.

Also prints the copy groups and pairs found, and with ``--show-pairs K`` the first K
pairs with the first words of both bodies, to judge by eye whether they are shared copy.

Usage (from the project root)::

    .venv/bin/python benchmarks/metrics_scale.py [--sizes 1000 3000 7018]
        [--repeat R] [--copies-only] [--save-pairs DIR] [--show-pairs K]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import hashlib
import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

import pandas as pd  # noqa: E402

from analysis import config  # noqa: E402
from analysis.stats import article_work, metrics  # noqa: E402
from analysis.stats import copies as copy_detection  # noqa: E402
from analysis.tables import ARTICLES_SCHEMA  # noqa: E402
from analysis.text import count_words  # noqa: E402

CORPUS = config.SHARED_DIR / "corpora" / "allsides_abp" / "articles.jsonl.gz"
DEFAULT_SIZES = (1000, 3000, 7018)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # a few source dates are M/D/YY: left out
PARTS = ("text statistics", "quotes", "copies", "assembly", "outlet table")


def read_corpus(path: Path = CORPUS) -> list[dict]:
    """The corpus records (id, outlet, title, date, body, ...), in file order."""
    if not path.is_file():
        raise SystemExit(f"{path}: AllSides corpus not found")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def article_id(source_id: str) -> str:
    """A 16-hex-digit article_id (the ``articles`` table's format) from the source id."""
    return hashlib.sha256(("allsides:" + source_id).encode("utf-8")).hexdigest()[:16]


def build_tables(records: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """``(articles, blocks, pages)`` as ``clean`` writes them, one article page each.

    Rows are sorted by article_id.
    """
    rows = sorted(
        (
            {
                "article_id": article_id(r["id"]),
                "page": r["id"] + ".txt",
                "article_index": 0,
                "layout": "article",
                "outlet": r["outlet"],
                "outlet_key": r["outlet"],  # a domain: the outlet's identity
                "outlet_source": "manifest",
                "url": None,
                "credited_source": None,
                "title": r["title"] or None,
                "title_source": "manifest" if r["title"] else None,
                "byline": r["authors"] or None,
                "byline_source": "manifest" if r["authors"] else None,
                "published": r["date"] if ISO_DATE.fullmatch(r["date"]) else None,
                "date_source": "manifest" if ISO_DATE.fullmatch(r["date"]) else None,
                "relative_time": None,
                "category": r["topic"] or None,
                "body": r["body"],
                "n_body_chars": len(r["body"]),
                "is_teaser": False,
            }
            for r in records
        ),
        key=lambda row: row["article_id"],
    )
    articles = pd.DataFrame(rows, columns=list(ARTICLES_SCHEMA.columns))
    articles["article_index"] = articles["article_index"].astype("int64")
    articles["n_body_chars"] = articles["n_body_chars"].astype("int64")
    articles = ARTICLES_SCHEMA.validate(articles)
    lengths = articles["n_body_chars"].to_numpy()
    blocks = pd.DataFrame(
        {
            "page": articles["page"],
            "start": 0,
            "end": lengths,
            "label": "body",
            "article_index": 0,
        }
    )
    pages = pd.DataFrame(
        {
            "page": articles["page"],
            "n_chars": lengths,
            "layout": "article",
            "site": articles["outlet"],
        }
    )
    return articles, blocks, pages


def _as_list(function: Callable, *args) -> Iterator:
    """The values of a generator, all computed at once (an iterator, as its caller
    takes them one by one)."""
    return iter(list(function(*args)))


def timed(function: Callable, seconds: dict[str, float], part: str) -> Callable:
    """``function`` wrapped to add its CPU seconds to ``seconds[part]``."""

    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[part] = seconds.get(part, 0.0) + time.process_time() - start

    return wrapper


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux: ru_maxrss is KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(size: int, copies_only: bool, save_pairs: Path | None) -> dict:
    """Run the stage on the first ``size`` articles; return figures as a dict."""
    from analysis.stats.outlets import outlet_metrics

    articles, blocks, pages = build_tables(read_corpus())
    articles = articles.iloc[:size].reset_index(drop=True)
    pages = pages[pages["page"].isin(articles["page"])]
    blocks = blocks[blocks["page"].isin(articles["page"])]
    n_words = sum(count_words(body) for body in articles["body"])
    loaded = peak_rss_mb()
    seconds: dict[str, float] = {}
    if copies_only:
        pairs = timed(copy_detection.find_copy_pairs, seconds, "copies")(articles)
    else:
        parts = {
            "text_statistics": "text statistics",
            "quote_rows": "quotes",
            "quotes_frame": "quotes",
            "fingerprints": "copies",
            "copy_pairs_from_fingerprints": "copies",
        }
        # the per-article work's functions are looked up in its own module
        home = {name: article_work if hasattr(article_work, name) else metrics for name in parts}
        originals = {name: getattr(home[name], name) for name in parts}
        for name, part in parts.items():
            setattr(home[name], name, timed(originals[name], seconds, part))
        # a generator works when it is consumed: time the whole list
        fingerprint_list = functools.partial(_as_list, originals["fingerprints"])
        article_work.fingerprints = timed(fingerprint_list, seconds, "copies")
        try:
            start = time.process_time()
            per_article, quotes, pairs = metrics.article_metrics(articles, blocks)
            total = time.process_time() - start
        finally:
            for name, function in originals.items():
                setattr(home[name], name, function)
        seconds["assembly"] = total - sum(seconds.values())
        start = time.process_time()
        outlet_metrics(per_article, quotes, pages, pairs)
        seconds["outlet table"] = time.process_time() - start
    if save_pairs is not None:
        save_pairs.mkdir(parents=True, exist_ok=True)
        pairs.to_parquet(save_pairs / f"copy_pairs_{size}.parquet", index=False)
    return {
        "size": len(articles),
        "words": n_words,
        "seconds": seconds,
        "loaded_mb": loaded,
        "peak_mb": peak_rss_mb(),
        "groups": int(pairs["copy_group"].nunique()),
        "pairs": len(pairs),
        "pair_rows": pairs.to_dict("records"),
    }


def excerpt(text: str, n_words: int = 14) -> str:
    return " ".join(text.split()[:n_words])


def show_pairs(pair_rows: list[dict], limit: int) -> None:
    """Print the first ``limit`` pairs with the opening words of both bodies."""
    if not limit or not pair_rows:
        return
    articles, _, _ = build_tables(read_corpus())
    body = dict(zip(articles["article_id"], articles["body"], strict=True))
    title = dict(zip(articles["article_id"], articles["title"], strict=True))
    for row in pair_rows[:limit]:
        a, b = row["article_id_a"], row["article_id_b"]
        print(f"- {row['copy_group']} similarity {row['similarity']:.3f}")
        for side, outlet in ((a, row["outlet_a"]), (b, row["outlet_b"])):
            print(f"    {outlet}: [{title[side]}] {excerpt(body[side])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--copies-only", action="store_true", help="time find_copy_pairs only")
    parser.add_argument("--save-pairs", type=Path, default=None, help="write copy_pairs here")
    parser.add_argument("--show-pairs", type=int, default=0, help="print K pairs' openings")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (best per part)")
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.one is not None:  # child process: one size, figures as JSON on stdout
        print(json.dumps(run_one(args.one, args.copies_only, args.save_pairs)))
        return 0

    results = []
    for size in args.sizes:
        command = [sys.executable, __file__, "--one", str(size)]
        if args.copies_only:
            command.append("--copies-only")
        if args.save_pairs is not None:
            command += ["--save-pairs", str(args.save_pairs)]
        runs = []
        for _ in range(args.repeat):
            child = subprocess.run(command, capture_output=True, text=True, check=False)
            if child.returncode != 0:
                print(child.stderr, file=sys.stderr)
                return 1
            runs.append(json.loads(child.stdout.splitlines()[-1]))
        result = runs[0]
        result["seconds"] = {
            part: min(run["seconds"][part] for run in runs) for part in result["seconds"]
        }
        result["peak_mb"] = max(run["peak_mb"] for run in runs)
        results.append(result)

    parts = ["copies"] if args.copies_only else list(PARTS)
    print(f"corpus: {CORPUS.name} (AllSides sample), CPU seconds per part, articles/s")
    header = f"{'articles':>8} {'words':>10} " + " ".join(f"{p:>16}" for p in parts)
    print(header + f" {'total':>14} {'loaded MB':>9} {'peak MB':>8} {'groups':>6} {'pairs':>5}")
    for result in results:
        n, seconds = result["size"], result["seconds"]
        cells = [f"{seconds[p]:6.1f}s {n / seconds[p]:7.0f}/s" for p in parts]
        total = sum(seconds[p] for p in parts)
        print(
            f"{n:>8} {result['words']:>10,} "
            + " ".join(f"{c:>16}" for c in cells)
            + f" {total:6.1f}s {n / total:5.0f}/s {result['loaded_mb']:9.0f}"
            + f" {result['peak_mb']:8.0f} {result['groups']:>6} {result['pairs']:>5}"
        )
    show_pairs(results[-1]["pair_rows"], args.show_pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
