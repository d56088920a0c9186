"""Dates and bylines the text-only cleaner gives on article texts of known date and author.

The corpora in ``../shared/corpora`` hold article texts with their publication date
(BASIL, AllSides) and authors (AllSides), and no page chrome: photo captions, datelines
and credits are all that surrounds the prose. A date or a byline found there is
either the article's or a wrong one (a photo caption's date, a date in the prose, a
person the article names), which files the article under a false date or author: an
honest "no date" is better. Each text is cleaned as a text dump without a manifest
(nothing is written), in the forms of ``benchmarks/corpus_titles.py``: NewsWCL50 as
given; BASIL and AllSides (every 10th) as ``headline.`` + blank line + body, and the
body alone.

Per corpus and form it prints the texts, the dates found (right: the corpus's date;
WRONG: another; no gold: the corpus has none) and the bylines found (right: a word of
it is in the corpus's authors; WRONG: none is; no gold), side by side with the
cleaner without the rule that a photo caption's or a prose sentence's date is not the
page's (``page_metadata._dates_something_else`` switched off), in the same process.

Usage (from the project root)::

    .venv/bin/python benchmarks/corpus_metadata.py [--allsides-step 10] [--show]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
from pathlib import Path
from unittest import mock

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.clean import page_metadata  # noqa: E402
from analysis.clean.articles import extract_articles  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402

CORPORA = SHARED_DIR / "corpora"


def _rows(name: str) -> list[dict]:
    folder = CORPORA / name
    gz = folder / "articles.jsonl.gz"
    with gzip.open(gz, "rt") if gz.is_file() else open(folder / "articles.jsonl") as f:
        return [json.loads(line) for line in f]


def corpus_forms(allsides_step: int) -> dict[str, list[tuple[dict, str]]]:
    """Per corpus and form: (corpus row, text as a dump) pairs."""
    forms = {"NewsWCL50 as given": [(r, r["text"]) for r in _rows("newswcl50")]}
    for name, rows in (("BASIL", _rows("basil")), ("AllSides", _rows("allsides_abp"))):
        rows = rows[::allsides_step] if name == "AllSides" else rows
        forms[f"{name} headline. + body"] = [
            (r, r["title"].strip().rstrip(".") + ".\n\n" + r["body"]) for r in rows
        ]
        forms[f"{name} body alone"] = [(r, r["body"]) for r in rows]
    return forms


def byline_outcome(byline: str, authors: str) -> str:
    """``right`` when a word of three letters or more of the byline is in the corpus's
    authors, ``WRONG`` when none is, ``no gold`` without authors."""
    if not authors:
        return "no gold"
    words = re.findall(r"[^\W\d_]{3,}", byline)
    return "right" if any(w.casefold() in authors.casefold() for w in words) else "WRONG"


def count_fields(texts: list[tuple[dict, str]], shown: list[str]) -> collections.Counter:
    """Counts of dates and bylines found, by outcome; each wrong one appended to
    ``shown`` as a line to print."""
    counts: collections.Counter = collections.Counter()
    for row, text in texts:
        articles = extract_articles(text, name="dump.txt")
        if not len(articles):
            continue
        article = articles.iloc[0]
        published, byline = article["published"], article["byline"]
        if isinstance(published, str):
            gold = row.get("date") or ""
            outcome = ("right" if published == gold else "WRONG") if gold else "no gold"
            counts[f"date {outcome}"] += 1
            if outcome == "WRONG":
                shown.append(f"    date {published} (corpus {gold}) {row.get('url', '')}")
        if isinstance(byline, str):
            outcome = byline_outcome(byline, row.get("authors") or "")
            counts[f"byline {outcome}"] += 1
            if outcome == "WRONG":
                shown.append(f"    byline {byline!r} (corpus {row.get('authors')!r})")
    return counts


def _cells(counts: collections.Counter, field: str) -> str:
    return "/".join(str(counts[f"{field} {o}"]) for o in ("right", "WRONG", "no gold"))


def main(argv: list[str] | None = None) -> int:
    """Print the counts; 1 when the corpora are absent."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--allsides-step", type=int, default=10, help="every Nth AllSides text")
    parser.add_argument("--show", action="store_true", help="list the wrong dates and bylines")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"corpora not found under {CORPORA}; nothing to count")
        return 1
    forms = corpus_forms(args.allsides_step)
    print("dates and bylines found: right/WRONG/no gold; baseline: captions' and prose dates kept")
    print(f"{'form':<28}{'texts':>7}{'dates':>12}{'baseline':>12}{'bylines':>12}")
    for label, texts in forms.items():
        shown: list[str] = []
        counts = count_fields(texts, shown)
        with mock.patch.object(page_metadata, "_dates_something_else", lambda *_: False):
            baseline = count_fields(texts, [])
        print(
            f"{label:<28}{len(texts):>7}{_cells(counts, 'date'):>12}"
            f"{_cells(baseline, 'date'):>12}{_cells(counts, 'byline'):>12}"
        )
        if args.show:
            print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
