"""Throughput of the per-article statistics: counted-once readability vs the naive way.

On all PolNeAR articles (``../shared/benchmarks/quotes/polnear/text/*.txt``: title line
first, then the body) plus the seed pages' articles, computes in one process, side by
side, the full per-article statistics (words, sentences, quotes, the eight readability
scores) two ways:

- fast: what ``python -m analysis metrics`` runs per article,
  :func:`analysis.stats.quotes.find_quotes` and :func:`analysis.stats.metrics.text_statistics`
  (words and readability from one tokenization, every readability count once per body);
- naive: the same quotes, :func:`analysis.text.count_words`,
  :func:`analysis.stats.sentences.count_sentences`, and
  :func:`analysis.stats.readability.readability_scores_naive` (one textstat call per metric per
  article, as users usually write it).

Prints articles per second for both, their ratio (target >= 5x) for the full statistics
and for readability alone (``readability_scores`` against ``readability_scores_naive``),
and checks that every value (words, sentences, quote counts, readability) is identical;
exits 1 if any differs.

Times are CPU seconds of this process (``time.process_time``). The paths take turns every
``--chunk`` articles, so both run under the same load on a shared machine; each chunk's
time is its best of ``--repeat`` passes, and a path's time is the sum over chunks. Each
path is timed twice:

- cold: Pyphen's per-word cache (used by the naive path), textstat's per-text LRU caches
  and the fast path's per-token memo are cleared before the pass, as in a fresh
  ``python -m analysis metrics`` (the per-word caches then fill up within the pass);
- warm: the per-word caches are kept from the previous pass, as in a long-lived process
  that has already seen every word (an upper bound); textstat's per-text caches are
  still cleared, since they would only answer a text scored before.

The one-off loading of the CMU dictionary, Pyphen's patterns and the Dale-Chall list is
done before timing (both paths share it).

Usage (from the project root)::

    .venv/bin/python benchmarks/throughput.py [--limit N] [--repeat R] [--chunk C]
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

from analysis import config  # noqa: E402
from analysis.stats import quotes as quote_detection  # noqa: E402
from analysis.stats import readability  # noqa: E402
from analysis.stats.metrics import text_statistics  # noqa: E402
from analysis.stats.sentences import count_sentences  # noqa: E402
from analysis.text import count_words  # noqa: E402

POLNEAR_TEXT = config.SHARED_DIR / "benchmarks" / "quotes" / "polnear" / "text"
_SHARED_LOADERS = {"get_cmudict", "get_pyphen", "get_lang_easy_words"}

#: One article body -> its statistics.
Scorer = Callable[[str], dict]


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
    """Bodies of the seed pages' articles (via analysis.clean.read and analysis.clean.articles)."""
    from analysis.clean.articles import extract_articles
    from analysis.clean.read import read_page

    bodies = []
    for path in sorted(raw_dir.glob("*.txt")):
        page = read_page(path)
        bodies.extend(extract_articles(page.text, name=page.name)["body"].fillna(""))
    return bodies


def clear_pyphen_cache() -> None:
    """Clear Pyphen's own (unbounded) per-word cache, used by textstat."""
    get_pyphen(readability.LANG).hd.cache.clear()


def clear_textstat_text_caches() -> int:
    """Clear textstat's per-call LRU caches (keyed by the whole text), not its loaders."""
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
    """Clear the fast path's per-token memo (it does not use Pyphen's cache)."""
    readability.clear_caches()


def quote_statistics(body: str) -> dict[str, int]:
    """The quote counts of one body (the same in both paths)."""
    quotes = quote_detection.find_quotes(body)
    return {
        "n_quotes": sum(1 for q in quotes if not q.is_scare),
        "quoted_words_all": sum(q.n_words for q in quotes),
    }


def naive_statistics(body: str) -> dict:
    """The full per-article statistics the usual way: one call per statistic."""
    return {
        "n_words": count_words(body),
        "n_sentences": count_sentences(body),
        **quote_statistics(body),
        **readability.readability_scores_naive(body),
    }


def fast_statistics(body: str) -> dict:
    """The full per-article statistics as ``python -m analysis metrics`` computes them."""
    return {**quote_statistics(body), **text_statistics(body)}


def interleaved_pass(
    paths: dict[str, Scorer], chunks: list[list[str]]
) -> tuple[dict[str, list[float]], dict[str, list[dict]]]:
    """Run every path over every chunk, the paths taking turns chunk by chunk.

    Returns the CPU seconds of each path on each chunk and each path's results. Taking
    turns every few dozen articles makes both paths run under the same machine load,
    so load that comes and goes (the machine is shared) does not favour either one.
    CPU time (``time.process_time``), not wall time, so waiting for the CPU does not
    count either.
    """
    seconds: dict[str, list[float]] = {name: [] for name in paths}
    results: dict[str, list[dict]] = {name: [] for name in paths}
    for chunk in chunks:
        for name, path in paths.items():
            start = time.process_time()
            results[name].extend(path(body) for body in chunk)
            seconds[name].append(time.process_time() - start)
    return seconds, results


def best_total(passes: list[list[float]]) -> float:
    """Sum over chunks of each chunk's best (smallest) time across passes."""
    return sum(min(times) for times in zip(*passes, strict=True))


def same(a: float, b: float) -> bool:
    return a == b or (math.isnan(a) and math.isnan(b))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N PolNeAR texts")
    parser.add_argument("--repeat", type=int, default=3, help="passes (best time per chunk)")
    parser.add_argument("--chunk", type=int, default=25, help="articles per turn")
    args = parser.parse_args(argv)

    bodies = polnear_bodies()[: args.limit] + seed_bodies()
    chunks = [bodies[i : i + args.chunk] for i in range(0, len(bodies), args.chunk)]
    print(f"articles: {len(bodies)} ({sum(count_words(b) for b in bodies):,} words)")

    # one-off loading shared by both paths (CMU dictionary, Pyphen, easy words)
    readability.readability_scores_naive("Warm up the dictionaries. Done.")
    readability.readability_scores("Warm up the dictionaries. Done.")
    quote_detection.find_quotes('He said "warm up" today.')

    naive, fast = readability.readability_scores_naive, readability.readability_scores
    experiments = {
        "full": {"naive": naive_statistics, "fast": fast_statistics},
        "readability": {"naive": naive, "fast": fast},
    }
    # cold: caches cleared before the pass, as in a fresh `python -m analysis metrics`
    # (each path's caches then fill up within the pass); warm: the next pass keeps the
    # per-word caches, as in a long-lived process that has seen every word before (an
    # upper bound). The two paths use disjoint caches, so taking turns does not let one
    # warm the other's.
    times: dict[tuple[str, str, str], list[list[float]]] = {}
    results: dict[str, list[dict]] = {}
    for _ in range(args.repeat):
        for what, paths in experiments.items():
            clear_pyphen_cache()
            clear_fast_caches()
            for caches in ("cold", "warm"):
                # textstat would answer a text it has seen from its per-text caches;
                # real batches hold new texts, so only per-word caches stay warm
                clear_textstat_text_caches()
                seconds, outputs = interleaved_pass(paths, chunks)
                for path, chunk_seconds in seconds.items():
                    times.setdefault((what, path, caches), []).append(chunk_seconds)
                if what == "full":
                    results.update(outputs)
    total = {key: best_total(passes) for key, passes in times.items()}

    print(f"{'statistics':<12} {'path':<6} {'caches':<6} {'CPU s':>7} {'articles/s':>11}")
    for (what, path, caches), elapsed in total.items():
        rate = len(bodies) / elapsed
        print(f"{what:<12} {path:<6} {caches:<6} {elapsed:7.2f} {rate:11.1f}")
    for what in experiments:
        ratios = {
            caches: total[(what, "naive", caches)] / total[(what, "fast", caches)]
            for caches in ("cold", "warm")
        }
        label = "full per-article statistics" if what == "full" else "readability alone"
        print(
            f"speed-up, {label:<28} cold {ratios['cold']:.1f}x, warm {ratios['warm']:.1f}x"
            + ("  (target >= 5x)" if what == "full" else "")
        )
    print(
        f"(CPU seconds: sum over {len(chunks)} chunks of {args.chunk} articles of each "
        f"chunk's best of {args.repeat} passes; caches: fast = per-process token-profile "
        "memo; naive = Pyphen's word cache, textstat's per-text caches cleared per pass)"
    )

    differences = [
        (index, column)
        for index, (naive_row, fast_row) in enumerate(
            zip(results["naive"], results["fast"], strict=True)
        )
        for column in naive_row
        if not same(naive_row[column], fast_row[column])
    ]
    n_values = len(bodies) * len(results["naive"][0]) if bodies else 0
    if differences:
        print(f"NOT identical: {len(differences)} values differ, first: {differences[:5]}")
        return 1
    print(
        f"values identical (words, sentences, quotes, readability): {n_values} of {n_values} "
        f"(textstat {'.'.join(map(str, textstat.__version__))})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
