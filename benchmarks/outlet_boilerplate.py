"""A run-level boilerplate pass, measured before it is built (review finding F19).

Paywall, newsletter and support pitches printed inside an article read as prose, so no
rule on one page tells them from it (``/tmp/h38_t47.py``): they are kept as body. A site
prints them on every page, though. The pass measured here would mark, per outlet key and
after ``clean``, a sentence-length body line (at least ``SENTENCE_LINE_WORDS`` words,
ending a sentence: :mod:`analysis.clean.body.rules`) printed verbatim on at least ``K``
pages of the outlet as boilerplate. docs/measurements.md (h44) has the design.

The texts: the AllSides corpus (``../shared/corpora/allsides_abp``, 36 outlets of about
200 articles; the whole text is body), each article printed with a made-up pitch after
its second paragraph (one pitch per outlet, one of :data:`PITCHES`), on every page or
on every third page. Each page's body is its paragraphs plus the pitch (what the body
detector keeps: F19), and the pass removes the lines it marks. Score per page:
bag-of-words F1 of the kept lines against the corpus text, the extraction scorer's
measure. ``K`` is chosen by cross-validation by site (leave one outlet out: ``K`` that
scores best on the other 35 outlets is scored on the one held out), in runs of all the
outlets' articles and in runs of their first 20 (a small crawl), and every ``K`` is
also printed with the number of corpus lines it removes (text the outlet itself prints
again: agency notices, a fixed sign-off, a quotation used again).

Usage (from the project root)::

    .venv/bin/python benchmarks/outlet_boilerplate.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import statistics
import sys
from collections import Counter
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.clean.body import rules  # noqa: E402
from analysis.clean.body.features import line_features  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402
from analysis.text import WORD_PATTERN  # noqa: E402

ALLSIDES = SHARED_DIR / "corpora" / "allsides_abp" / "articles.jsonl.gz"
#: Made-up pitches (no corpus or benchmark text), one per outlet in turn.
PITCHES = (
    "You have reached your limit of free articles this month. Subscribe now for "
    "unlimited access to our award-winning journalism.",
    "Sign up for our free morning newsletter and get the most important stories "
    "delivered to your inbox every day.",
    "Our journalism depends on readers like you. If you value our reporting, please "
    "consider supporting us with a donation today.",
)
#: The candidate thresholds: pages of one outlet printing the line (an int), or a share
#: of the outlet's pages in the run (a float; at least 2 pages); None: no pass.
CANDIDATES: tuple[int | float | None, ...] = (None, 2, 3, 0.05, 0.1, 0.25, 0.5)
SMALL_RUN = 20


def outlets(limit: int | None = None) -> dict[str, list[list[str]]]:
    """Outlet -> its articles' paragraphs, in file order (``limit`` articles each)."""
    found: dict[str, list[list[str]]] = {}
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            paragraphs = [p.strip() for p in record["body"].split("\n") if p.strip()]
            pages = found.setdefault(record["outlet"], [])
            if paragraphs and (limit is None or len(pages) < limit):
                pages.append(paragraphs)
    return found


def printed(pages: list[list[str]], pitch: str, every: int) -> list[list[str]]:
    """Each page with ``pitch`` after its second paragraph, on every ``every``-th page."""
    return [
        [*page[:2], pitch, *page[2:]] if index % every == 0 else page
        for index, page in enumerate(pages)
    ]


def sentence_lines(lines: list[str]) -> set[str]:
    """The lines of a page that the pass counts: sentence-length, ending a sentence."""
    return {
        lines[feature.index]
        for feature in line_features(lines)
        if feature.n_words >= rules.SENTENCE_LINE_WORDS and feature.ends_sentence
    }


def page_counts(pages: list[list[str]]) -> Counter:
    """Each counted line (:func:`sentence_lines`) -> how many pages of the outlet print it."""
    return Counter(line for page in pages for line in sentence_lines(page))


def marked(counts: Counter, candidate: int | float | None, n_pages: int) -> set[str]:
    """The lines printed on at least as many of the outlet's ``n_pages`` pages as
    ``candidate`` asks (a number of pages, or a share of them and at least 2; None:
    none)."""
    if candidate is None:
        return set()
    minimum = candidate if isinstance(candidate, int) else max(2, math.ceil(candidate * n_pages))
    return {line for line, count in counts.items() if count >= minimum}


def _words(text: str) -> Counter:
    return Counter(WORD_PATTERN.findall(text.lower()))


def f1(truth: list[str], kept: list[str]) -> float:
    """Bag-of-words F1 of the kept lines against the text's own paragraphs."""
    gold, got = _words(" ".join(truth)), _words(" ".join(kept))
    common = sum((gold & got).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def outlet_scores(
    pages: list[list[str]], pitch: str, every: int
) -> dict[int | None, tuple[float, int, int]]:
    """Per candidate: mean page F1, pitch printings left, corpus lines removed."""
    shown = printed(pages, pitch, every)
    counts = page_counts(shown)
    scores = {}
    for minimum in CANDIDATES:
        lines = marked(counts, minimum, len(pages))
        kept = [[line for line in page if line not in lines] for page in shown]
        scores[minimum] = (
            statistics.fmean(
                f1(page, page_kept) for page, page_kept in zip(pages, kept, strict=True)
            ),
            sum(page.count(pitch) for page in kept),
            sum(line in lines for page in pages for line in page),
        )
    return scores


def cross_validate(per_outlet: dict[str, dict]) -> tuple[float, Counter]:
    """Leave one outlet out: the held-out mean F1 (over outlets) and the choices."""
    held, chosen = [], Counter()
    for outlet in per_outlet:
        training = [scores for name, scores in per_outlet.items() if name != outlet]
        best = max(
            CANDIDATES,
            key=lambda k: (statistics.fmean(s[k][0] for s in training), -CANDIDATES.index(k)),
        )
        chosen[best] += 1
        held.append(per_outlet[outlet][best][0])
    return statistics.fmean(held), chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per outlet")
    args = parser.parse_args(argv)
    if not ALLSIDES.is_file():
        print(f"skipped: {ALLSIDES} not found")
        return 0
    corpus = outlets(args.limit)
    for run, limit in (("all articles", None), (f"first {SMALL_RUN}", SMALL_RUN)):
        for every in (1, 3):
            per_outlet = {
                name: outlet_scores(pages[:limit], PITCHES[index % len(PITCHES)], every)
                for index, (name, pages) in enumerate(sorted(corpus.items()))
            }
            n_pages = sum(len(pages[:limit]) for pages in corpus.values())
            print(
                f"\n{run} of {len(per_outlet)} outlets ({n_pages} pages), pitch on every "
                f"{'' if every == 1 else 'third '}page"
            )
            print(f"{'K':>5} {'F1 all':>7} {'pitches left':>12} {'corpus lines removed':>21}")
            for minimum in CANDIDATES:
                rows = [scores[minimum] for scores in per_outlet.values()]
                print(
                    f"{minimum or 'off'!s:>5} {statistics.fmean(r[0] for r in rows):7.4f} "
                    f"{sum(r[1] for r in rows):>12} {sum(r[2] for r in rows):>21}"
                )
            held, chosen = cross_validate(per_outlet)
            choices = ", ".join(
                f"{k or 'off'}: {n}"
                for k, n in sorted(chosen.items(), key=lambda item: CANDIDATES.index(item[0]))
            )
            print(f"held out (leave one outlet out) F1 {held:.4f}; K chosen {choices}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
