"""How often the per-outlet "95 %" bootstrap intervals cover the outlet's own figure.

Each of the AllSides corpus's largest outlets (``../shared/corpora/allsides_abp``,
third-party, read in place) is taken as a population: its pooled quote share (quoted
words / words, as ``metrics`` computes it) is the figure to cover. Samples of ``n`` of
its articles are drawn (without replacement, ``--samples`` per size, fixed seed), each
sample's interval is computed by :func:`analysis.stats.bootstrap.intervals` exactly as
``metrics`` does, and the share of samples whose interval holds the population's figure
is printed, by outlet and sample size, for the plain percentile interval (2.5 % and
97.5 %) and for the expanded percentile interval the package uses
(:func:`analysis.stats.bootstrap.expanded_tail`). Each outlet is its own held-out test:
nothing here is tuned on it. The smallest size at which every outlet's expanded interval
covers at least ``--floor`` is printed: intervals and ranks are shown from there
(:data:`analysis.stats.bootstrap.MIN_ARTICLES`).

Usage (from the project root)::

    .venv/bin/python benchmarks/interval_coverage.py
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import sys
from pathlib import Path

import numpy as np

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis import config  # noqa: E402
from analysis.stats import bootstrap  # noqa: E402
from analysis.stats.quotes.detect import find_quotes  # noqa: E402
from analysis.stats.quotes.shares import quote_word_counts  # noqa: E402
from analysis.text import count_words  # noqa: E402

ALLSIDES = config.SHARED_DIR / "corpora" / "allsides_abp" / "articles.jsonl.gz"
SIZES = (2, 3, 4, 5, 6, 8, 10, 20, 30)


def outlet_terms(n_outlets: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Quoted words and words of every article of the ``n_outlets`` largest outlets."""
    bodies: dict[str, list[str]] = collections.defaultdict(list)
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            bodies[row["outlet"]].append(row["body"])
    largest = sorted(bodies, key=lambda name: (-len(bodies[name]), name))[:n_outlets]
    terms = {}
    for outlet in largest:
        words = np.array([count_words(body) for body in bodies[outlet]], float)
        quotes = (find_quotes(body) for body in bodies[outlet])
        quoted = np.array([quote_word_counts(found)[0] for found in quotes], float)
        keep = words > 0
        terms[outlet] = (quoted[keep], words[keep])
    return terms


def coverage(
    quoted: np.ndarray, words: np.ndarray, size: int, samples: int, seed: int
) -> tuple[float, float]:
    """Coverage of the plain and the expanded percentile interval at one sample size."""
    truth = quoted.sum() / words.sum()
    rng = np.random.default_rng(seed)
    hits = {"plain": 0, "expanded": 0}
    expanded_tail = bootstrap.expanded_tail
    for draw in range(samples):
        chosen = rng.choice(quoted.size, size, replace=False)
        request = {"share": (quoted[chosen], words[chosen])}
        for kind in hits:
            bootstrap.expanded_tail = expanded_tail if kind == "expanded" else _plain_tail
            low, high = bootstrap.intervals(draw, request)["share"]
            hits[kind] += bool(low <= truth <= high)
    bootstrap.expanded_tail = expanded_tail
    return hits["plain"] / samples, hits["expanded"] / samples


def _plain_tail(n_units: int) -> float:
    return (1 - bootstrap.CONFIDENCE) / 2


def main(argv: list[str] | None = None) -> int:
    """Print coverage by outlet and sample size; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlets", type=int, default=6, help="largest outlets to use")
    parser.add_argument("--samples", type=int, default=300, help="samples per size")
    parser.add_argument("--floor", type=float, default=0.90, help="coverage asked for")
    args = parser.parse_args(argv)
    if not ALLSIDES.is_file():
        print(f"skipped: {ALLSIDES} not found")
        return 0
    terms = outlet_terms(args.outlets)
    print("coverage of the outlet's pooled quote share, plain percentile / expanded")
    print("outlet (articles)".ljust(28) + "".join(f"n={n}".rjust(12) for n in SIZES))
    worst = dict.fromkeys(SIZES, 1.0)
    for index, (outlet, (quoted, words)) in enumerate(terms.items()):
        cells = []
        for size in SIZES:
            plain, expanded = coverage(quoted, words, size, args.samples, seed=index)
            worst[size] = min(worst[size], expanded)
            cells.append(f"{plain:.0%}/{expanded:.0%}".rjust(12))
        print(f"{outlet} ({quoted.size})".ljust(28)[:28] + "".join(cells))
    enough = [size for size in SIZES if all(worst[s] >= args.floor for s in SIZES if s >= size)]
    print(
        "smallest size from which every outlet's expanded interval covers >= "
        f"{args.floor:.0%}: {enough[0] if enough else 'none'} "
        f"(MIN_ARTICLES = {bootstrap.MIN_ARTICLES})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
