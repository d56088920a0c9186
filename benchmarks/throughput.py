"""Throughput of the per-article statistics: counted-once readability vs the naive way.

On all PolNeAR articles (``../shared/benchmarks/quotes/polnear/text/*.txt``: title line
first, then the body) plus the seed pages' articles, computes in one process, side by
side, the full per-article statistics (words, sentences, quotes, the eight readability
scores) two ways:

- fast: :func:`analysis.readability.readability_scores` (every count once per body);
- naive: :func:`analysis.readability.readability_scores_naive` (one textstat call per
  metric per article, as users usually write it).

Words, sentences and quotes are computed the same way in both. Prints articles per second
for both, their ratio (target >= 5x) for the full statistics and for readability alone,
and checks that every readability value is identical; exits 1 if any differs.

Times are CPU seconds of this process (``time.process_time``), best of ``--repeat``
runs, the paths taking turns within each round. Both paths start cold: textstat's
per-call LRU caches, Pyphen's per-word cache (shared by both paths) and the fast path's
per-word memos are cleared before each timed run; the one-off loading of the CMU
dictionary, Pyphen and the Dale-Chall list is done before timing (both paths share it).

Usage (from the project root)::

    .venv/bin/python benchmarks/throughput.py [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

import textstat  # noqa: E402
from textstat.backend.utils import get_pyphen  # noqa: E402

from analysis import config, readability  # noqa: E402
from analysis import quotes as quote_detection  # noqa: E402
from analysis.sentences import count_sentences  # noqa: E402
from analysis.text import count_words  # noqa: E402

POLNEAR_TEXT = config.SHARED_DIR / "benchmarks" / "quotes" / "polnear" / "text"
_SHARED_LOADERS = {"get_cmudict", "get_pyphen", "get_lang_easy_words"}


def polnear_bodies(folder: Path = POLNEAR_TEXT) -> list[str]:
    """Bodies of the PolNeAR articles: everything after the title line."""
    if not folder.is_dir():
        raise SystemExit(f"{folder}: PolNeAR texts not found")
    bodies = []
    for path in sorted(folder.glob("*.txt")):
        _title, _, body = path.read_text(encoding="utf-8").partition("\n")
        bodies.append(body.strip())
    return bodies


def seed_bodies(raw_dir: Path = config.RAW_DIR) -> list[str]:
    """Bodies of the seed pages' articles (via analysis.read and analysis.articles)."""
    from analysis.articles import extract_articles
    from analysis.read import read_page

    bodies = []
    for path in sorted(raw_dir.glob("*.txt")):
        page = read_page(path)
        bodies.extend(extract_articles(page.text, name=page.name)["body"].fillna(""))
    return bodies


def clear_pyphen_cache() -> None:
    """Clear Pyphen's own (unbounded) per-word cache, shared by both paths."""
    get_pyphen(readability.LANG).hd.cache.clear()


def clear_textstat_caches() -> int:
    """Clear textstat's per-call LRU caches (not the dictionary loaders) and Pyphen's."""
    clear_pyphen_cache()
    cleared = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("textstat.backend"):
            continue
        for attribute, value in vars(module).items():
            if attribute not in _SHARED_LOADERS and hasattr(value, "cache_clear"):
                value.cache_clear()
                cleared += 1
    return cleared


def clear_fast_caches() -> None:
    """Clear the fast path's per-word memos and Pyphen's, so it starts cold too."""
    clear_pyphen_cache()
    readability._word_syllables.cache_clear()
    readability._WORD_PROFILE.clear()


def article_statistics(body: str, score: Callable[[str], dict[str, float]]) -> dict:
    """The full per-article statistics of one body, with the given readability scorer."""
    quotes = quote_detection.find_quotes(body)
    return {
        "n_words": count_words(body),
        "n_sentences": count_sentences(body),
        "n_quotes": sum(1 for q in quotes if not q.is_scare),
        "quoted_words_all": sum(q.n_words for q in quotes),
        **score(body),
    }


def timed(function: Callable[[], object]) -> tuple[object, float]:
    """Run ``function``; return its result and the CPU seconds this process spent.

    CPU time, not wall time: the machine may be shared, and other processes' load
    should not count against either path.
    """
    start = time.process_time()
    result = function()
    return result, time.process_time() - start


def same(a: float, b: float) -> bool:
    return a == b or (math.isnan(a) and math.isnan(b))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N PolNeAR texts")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (best time kept)")
    args = parser.parse_args(argv)

    bodies = polnear_bodies()[: args.limit] + seed_bodies()
    print(f"articles: {len(bodies)} ({sum(count_words(b) for b in bodies):,} words)")

    # one-off loading shared by both paths (CMU dictionary, Pyphen, easy words)
    readability.readability_scores_naive("Warm up the dictionaries. Done.")
    readability.readability_scores("Warm up the dictionaries. Done.")
    quote_detection.find_quotes('He said "warm up" today.')

    def run_naive_full() -> list[dict]:
        clear_textstat_caches()
        return [article_statistics(b, readability.readability_scores_naive) for b in bodies]

    def run_fast_full() -> list[dict]:
        clear_fast_caches()
        return [article_statistics(b, readability.readability_scores) for b in bodies]

    def run_naive_readability() -> list[dict]:
        clear_textstat_caches()
        return [readability.readability_scores_naive(b) for b in bodies]

    def run_fast_readability() -> list[dict]:
        clear_fast_caches()
        return [readability.readability_scores(b) for b in bodies]

    runs = {
        "naive full": run_naive_full,
        "fast full": run_fast_full,
        "naive readability": run_naive_readability,
        "fast readability": run_fast_readability,
    }
    seconds = dict.fromkeys(runs, math.inf)
    results: dict[str, list[dict]] = {}
    for _ in range(args.repeat):
        for name, run in runs.items():
            result, elapsed = timed(run)
            seconds[name] = min(seconds[name], elapsed)
            results[name] = result  # type: ignore[assignment]

    print(f"{'path':<20} {'CPU s':>9} {'articles/s':>11}")
    for name, elapsed in seconds.items():
        print(f"{name:<20} {elapsed:9.2f} {len(bodies) / elapsed:11.1f}")
    full_ratio = seconds["naive full"] / seconds["fast full"]
    readability_ratio = seconds["naive readability"] / seconds["fast readability"]
    print(f"speed-up, full per-article statistics: {full_ratio:.1f}x (target >= 5x)")
    print(f"speed-up, readability alone:            {readability_ratio:.1f}x")

    differences = [
        (index, column)
        for index, (naive, fast) in enumerate(
            zip(results["naive full"], results["fast full"], strict=True)
        )
        for column in naive
        if not same(naive[column], fast[column])
    ]
    n_values = len(bodies) * len(readability.READABILITY_COLUMNS)
    if differences:
        print(f"NOT identical: {len(differences)} values differ, first: {differences[:5]}")
        return 1
    print(
        f"readability values identical: {n_values} of {n_values} "
        f"(textstat {'.'.join(map(str, textstat.__version__))})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
