"""Do the reports' 95 % intervals show how far one article moves an outlet's quote share?

Issue #13: on a third of PolNeAR, one article moved a publisher's quote share by about
2 points, and a reader must see that from the report. This benchmark runs the real
pipeline (``clean`` with a manifest naming each article's publisher, then ``metrics``)
on the PolNeAR articles in ``../shared/benchmarks/quotes/polnear`` (667 articles, 7
publishers), then, for every publisher, in the whole set and in three seeded thirds of
its articles (about 32 articles each, the size of a held-out third):

- the pooled quote share and its bootstrap interval, computed as ``outlet_metrics``
  computes them (:func:`analysis.stats.bootstrap.intervals`, seeded by the outlet);
- the largest move of the share when any one article is left out (leave-one-out);
- whether every leave-one-out share lies inside the interval, and the interval's
  half-width against the largest one-article move.

The comparison page marks two outlets whose intervals overlap as "not distinguishable";
the benchmark also counts publisher pairs whose shares differ by less than the largest
one-article move of either, and how many of those the overlap mark flags.

Usage (from the project root; about a minute)::

    .venv/bin/python benchmarks/interval_sensitivity.py
"""

from __future__ import annotations

import csv
import shutil
import sys
import tempfile
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.clean.pipeline import run_clean  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402
from analysis.io import read_parquet  # noqa: E402
from analysis.stats import bootstrap  # noqa: E402
from analysis.stats.metrics import write_metrics  # noqa: E402

POLNEAR_TEXT = SHARED_DIR / "benchmarks" / "quotes" / "polnear" / "text"
N_PARTS = 3
SEED = 20261201


def build_raw_folder(raw_dir: Path) -> None:
    """The PolNeAR texts in a temporary raw folder, with a manifest naming the publisher."""
    raw_dir.mkdir(parents=True)
    with (raw_dir / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "outlet"])
        for path in sorted(POLNEAR_TEXT.glob("*.txt")):
            shutil.copyfile(path, raw_dir / path.name)
            writer.writerow([path.name, path.name.split("_", 1)[0]])


def share_and_interval(
    outlet: str, quoted: np.ndarray, words: np.ndarray
) -> tuple[float, float, float, float, float]:
    """Pooled share, interval (as outlet_metrics has it), largest one-article move, share of
    leave-one-out values inside the interval."""
    share = quoted.sum() / words.sum()
    low, high = bootstrap.intervals(bootstrap.outlet_seed(outlet), {"share": (quoted, words)})[
        "share"
    ]
    without_one = (quoted.sum() - quoted) / (words.sum() - words)
    inside = float(np.mean((without_one >= low) & (without_one <= high)))
    return share, low, high, float(np.max(np.abs(without_one - share))), inside


def publisher_rows(metrics: pd.DataFrame) -> pd.DataFrame:
    """One row per (publisher, part): share, interval, largest one-article move."""
    rows = []
    rng = np.random.default_rng(SEED)
    for outlet, group in metrics.groupby("outlet", sort=True):
        group = group[group["n_words"] > 0].sort_values("article_id")
        parts = {"all": np.arange(len(group))}
        order = rng.permutation(len(group))
        for part in range(N_PARTS):
            parts[f"third {part + 1}"] = np.sort(order[part::N_PARTS])
        for part, rows_of_part in parts.items():
            quoted = group["quoted_words"].to_numpy(float)[rows_of_part]
            words = group["n_words"].to_numpy(float)[rows_of_part]
            share, low, high, move, inside = share_and_interval(outlet, quoted, words)
            rows.append(
                {
                    "publisher": outlet,
                    "part": part,
                    "articles": len(rows_of_part),
                    "share": share,
                    "ci_low": low,
                    "ci_high": high,
                    "half_width": (high - low) / 2,
                    "largest_move": move,
                    "loo_inside": inside,
                }
            )
    return pd.DataFrame(rows)


def close_pairs(table: pd.DataFrame) -> tuple[int, int]:
    """Publisher pairs (within one part) closer than a one-article move; how many overlap."""
    close = flagged = 0
    for _, part in table.groupby("part"):
        for (_, a), (_, b) in combinations(part.iterrows(), 2):
            if abs(a["share"] - b["share"]) < max(a["largest_move"], b["largest_move"]):
                close += 1
                flagged += bool(a["ci_low"] <= b["ci_high"] and b["ci_low"] <= a["ci_high"])
    return close, flagged


def main() -> int:
    if not POLNEAR_TEXT.is_dir():
        print(f"PolNeAR not found at {POLNEAR_TEXT}: nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        raw, processed = Path(tmp) / "raw", Path(tmp) / "processed"
        build_raw_folder(raw)
        if run_clean(raw, processed) != 0:
            return 1
        write_metrics(processed, Path(tmp) / "reports")
        metrics = read_parquet(
            processed / "article_metrics.parquet",
            columns=["article_id", "outlet", "n_words", "quoted_words"],
        )
    table = publisher_rows(metrics)
    shown = table.copy()
    for column in ("share", "ci_low", "ci_high", "half_width", "largest_move"):
        shown[column] = (100 * shown[column]).round(1)
    shown["loo_inside"] = (100 * shown["loo_inside"]).round(0)
    print("quote share (pooled), points; loo_inside = % of leave-one-out shares in the interval")
    print(shown.to_string(index=False))
    thirds = table[table["part"] != "all"]
    close, flagged = close_pairs(table)
    wide_enough = int((table["half_width"] >= table["largest_move"]).sum())
    print()
    print(
        f"thirds: largest one-article move {100 * thirds['largest_move'].max():.1f} points "
        f"(median {100 * thirds['largest_move'].median():.1f}); interval half-width "
        f"{100 * thirds['half_width'].min():.1f}-{100 * thirds['half_width'].max():.1f} points"
    )
    print(
        f"half-width >= largest one-article move: {wide_enough}"
        f" of {len(table)} (publisher, part) rows; every leave-one-out share inside the "
        f"interval: {(table['loo_inside'] == 1).sum()} of {len(table)}"
    )
    print(f"publisher pairs closer than a one-article move: {close}; marked overlapping: {flagged}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
