"""Wire dateline credits: does ``credited_source`` name the agency of wire copy?

A wire story opens with a dateline, "CITY (AP) — ..." (:mod:`analysis.clean.dateline`).
This benchmark cleans the listing benchmark's dev pages (``../shared/benchmarks/
listings/dev``, third-party, read in place) and compares each card's
``credited_source`` with the gold card's ``wire_in_metadata`` (PolNeAR's wire field),
the cards matched by title; then counts the bodies of the AllSides corpus
(``../shared/corpora/allsides_abp``) that open with a dateline, by credited name.
The rule has no tuned value: all dev is held out.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/wire_credits.py [--allsides N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.clean.articles import extract_articles  # noqa: E402
from analysis.clean.dateline import dateline_credit  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402

LISTINGS_DIR = SHARED_DIR / "benchmarks" / "listings" / "dev"
ALLSIDES = SHARED_DIR / "corpora" / "allsides_abp" / "articles.jsonl.gz"


def listing_cards() -> Counter:
    """Counts of the matched cards by (gold wire?, credited?, same name?)."""
    counts: Counter = Counter()
    for text_path in sorted(LISTINGS_DIR.glob("*.txt")):
        gold = json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))
        found = extract_articles(text_path.read_text(encoding="utf-8"), name=text_path.name)
        credited = dict(zip(found["title"], found["credited_source"], strict=True))
        for card in gold["articles"]:
            if card.get("title") not in credited:
                continue
            wire, credit = card.get("wire_in_metadata"), credited[card["title"]]
            same = bool(wire and credit and wire.casefold() == credit.casefold())
            counts[(bool(wire), bool(credit), same)] += 1
    return counts


def allsides_datelines(limit: int) -> tuple[int, Counter]:
    """How many of the first ``limit`` AllSides bodies open with a dateline, by name."""
    names: Counter = Counter()
    n_bodies = 0
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        for _, line in zip(range(limit), handle, strict=False):
            n_bodies += 1
            credit = dateline_credit(json.loads(line).get("body") or "")
            if credit:
                names[credit] += 1
    return n_bodies, names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--allsides", type=int, default=3000, help="AllSides bodies (3000)")
    args = parser.parse_args(argv)
    if not LISTINGS_DIR.is_dir():
        print(f"skipped: {LISTINGS_DIR} not found")
        return 0
    counts = listing_cards()
    n_gold = sum(n for (wire, _, _), n in counts.items() if wire)
    n_hit = sum(n for (wire, credit, _), n in counts.items() if wire and credit)
    n_same = sum(n for (wire, _, same), n in counts.items() if wire and same)
    n_extra = sum(n for (wire, credit, _), n in counts.items() if credit and not wire)
    print(
        f"listing cards matched {sum(counts.values())}: gold wire cards credited {n_hit} of "
        f"{n_gold} (the same name {n_same}); credited without a gold wire {n_extra}"
    )
    if ALLSIDES.is_file():
        n_bodies, names = allsides_datelines(args.allsides)
        shown = ", ".join(f"{name} {n}" for name, n in names.most_common())
        print(f"AllSides: {sum(names.values())} of {n_bodies} bodies open with a dateline: {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
