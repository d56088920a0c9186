"""The outlets' repeated lines leave the bodies in metrics (review finding F19): q and floor.

Paywall, newsletter and support pitches printed inside an article read as prose, so no
rule on one page tells them from it (``/tmp/h38_t47.py``): ``clean`` keeps them as body.
A site prints them on many of its pages, though: ``metrics`` removes a sentence line an
outlet prints in at least a share ``q`` of its stories, and in at least a floor ``f`` of
them (:mod:`analysis.stats.outlet_boilerplate`, whose functions this module runs).

The texts: the AllSides corpus (``../shared/corpora/allsides_abp``, 36 outlets of about
200 articles; the whole text is body, the title is the story), each article printed with
a made-up pitch after its second paragraph (one pitch per outlet, one of
:data:`PITCHES`), on every page, on every third page, or on every page metered (the pitch
after a count that changes from page to page, "You have 3 free articles left this
month.", as metered paywalls print it: review finding h61 I4). Each page's body is its
paragraphs plus the pitch (what the body detector keeps: F19), less the lines the rule
marks. Score per page: bag-of-words F1 of the kept lines against the corpus text, the
extraction scorer's measure; an outlet's score is its pages' mean. ``(q, f)`` is chosen
by cross-validation by site (leave one outlet out: the pair that scores best on the
other 35 outlets, the printings pooled, is scored on the one held out), in runs of all
the outlets' articles and in runs of their first 20 and first 8 (small crawls: in the
last, the floor decides, not the share); every pair is also
printed with the number of corpus lines it removes (text the outlet itself prints
again: agency notices, a fixed sign-off, a quotation used again).

Usage (from the project root)::

    .venv/bin/python benchmarks/outlet_boilerplate.py [--limit N] [--show-lines]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.config import SHARED_DIR  # noqa: E402
from analysis.stats import outlet_boilerplate as rule  # noqa: E402
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
#: The candidate (share, floor) pairs; None: no pass.
CANDIDATES: tuple[tuple[float, int] | None, ...] = (
    None,
    *((share, floor) for share in (0.0, 0.05, 0.1, 0.25, 0.5) for floor in (2, 3)),
)
#: The small crawls: an outlet's first N articles (at 8 the floor decides, not the share).
SMALL_RUNS = (20, 8)
#: The printings: the pitch on every page, on every third page, and metered (every page).
PRINTINGS = ("every 1", "every 3", "metered")
#: A page: its title and its paragraphs.
Page = tuple[str, list[str]]


def outlets(limit: int | None = None) -> dict[str, list[Page]]:
    """Outlet -> its articles (title, paragraphs), in file order (``limit`` each)."""
    found: dict[str, list[Page]] = {}
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            paragraphs = [p.strip() for p in record["body"].split("\n") if p.strip()]
            pages = found.setdefault(record["outlet"], [])
            if paragraphs and (limit is None or len(pages) < limit):
                pages.append((record["title"], paragraphs))
    return found


def pitch_of(pitch: str, printing: str, index: int) -> str | None:
    """The pitch line printed on page ``index`` (None: no pitch on that page)."""
    if printing == "metered":
        return f"You have {index % 9 + 1} free articles left this month. {pitch}"
    every = int(printing.split()[-1])
    return pitch if index % every == 0 else None


def printed(pages: list[Page], pitch: str, printing: str) -> list[Page]:
    """Each page with its pitch (:func:`pitch_of`) after its second paragraph."""
    out = []
    for index, (title, lines) in enumerate(pages):
        line = pitch_of(pitch, printing, index)
        out.append((title, lines if line is None else [*lines[:2], line, *lines[2:]]))
    return out


def counted(pages: list[Page]) -> rule.MarkedLines:
    """Every sentence line of one outlet's pages with its stories (the rule's count)."""
    counts = rule.LineCounts(share=0.0, floor=1)
    counts.add(["outlet"] * len(pages), [t for t, _ in pages], ["\n\n".join(b) for _, b in pages])
    return counts.marked()


def removed(
    lines: list[str],
    found: rule.MarkedLines,
    candidate: tuple[float, int] | None,
    counts: list[tuple[int, int]] | None = None,
) -> tuple[int, ...]:
    """The indexes of the lines of a page that ``candidate`` removes (``counts``: each
    line's ``found.counted``, when already looked up)."""
    if candidate is None:
        return ()
    share, floor = candidate
    counts = counts or [found.counted("outlet", line) for line in lines]
    return tuple(
        index
        for index, (stories, total) in enumerate(counts)
        if stories and stories >= rule.minimum_stories(share, floor, total)
    )


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
    pages: list[Page], pitch: str, printing: str
) -> dict[tuple[float, int] | None, tuple[float, int, int]]:
    """Per candidate: mean page F1, pitch printings left, corpus lines removed."""
    shown = printed(pages, pitch, printing)
    found = counted(shown)
    scores = {}
    cache: dict[tuple[int, tuple[int, ...]], float] = {}
    counts = [[found.counted("outlet", line) for line in lines] for _, lines in shown]
    for candidate in CANDIDATES:
        page_f1, left, corpus = [], 0, 0
        for number, ((_, truth), (_, lines)) in enumerate(zip(pages, shown, strict=True)):
            gone = removed(lines, found, candidate, counts[number])
            if (number, gone) not in cache:
                kept = [line for i, line in enumerate(lines) if i not in gone]
                cache[(number, gone)] = f1(truth, kept)
            page_f1.append(cache[(number, gone)])
            line = pitch_of(pitch, printing, number)
            left += sum(1 for i, text in enumerate(lines) if text == line and i not in gone)
            corpus += sum(1 for i in gone if lines[i] != line)
        scores[candidate] = (statistics.fmean(page_f1), left, corpus)
    return scores


def cross_validate(
    per_printing: dict[str, dict[str, dict]],
) -> tuple[dict[str, float], Counter]:
    """Leave one outlet out, the printings pooled: the held-out mean F1 (over outlets)
    per printing, and the pairs chosen."""
    names = list(next(iter(per_printing.values())))
    held: dict[str, list[float]] = {printing: [] for printing in per_printing}
    chosen: Counter = Counter()

    def training_score(candidate, outlet) -> float:
        return statistics.fmean(
            scores[name][candidate][0]
            for scores in per_printing.values()
            for name in names
            if name != outlet
        )

    for outlet in names:
        best = max(
            CANDIDATES,
            # a tie goes to the later pair: the larger share or floor, which removes less
            key=lambda k: (training_score(k, outlet), CANDIDATES.index(k)),
        )
        chosen[best] += 1
        for printing, scores in per_printing.items():
            held[printing].append(scores[outlet][best][0])
    return {printing: statistics.fmean(values) for printing, values in held.items()}, chosen


def _name(candidate: tuple[float, int] | None) -> str:
    return "off" if candidate is None else f"q={candidate[0]:g} f={candidate[1]}"


def show_lines(corpus: dict[str, list[Page]], candidate: tuple[float, int]) -> None:
    """Print the corpus lines (no pitch) the rule removes, with their stories."""
    for name, pages in sorted(corpus.items()):
        found = counted(pages)
        lines = Counter(
            body[index] for _, body in pages for index in removed(body, found, candidate)
        )
        for line, n in sorted(lines.items()):
            stories, total = found.counted("outlet", line)
            print(f"  {name}: {stories}/{total} stories, {n} lines: {line[:90]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per outlet")
    parser.add_argument(
        "--show-lines", action="store_true", help="print the corpus lines the library removes"
    )
    args = parser.parse_args(argv)
    if not ALLSIDES.is_file():
        print(f"skipped: {ALLSIDES} not found")
        return 0
    corpus = outlets(args.limit)
    runs = [("all articles", None), *((f"first {n}", n) for n in SMALL_RUNS)]
    for run, limit in runs:
        per_printing = {
            printing: {
                name: outlet_scores(pages[:limit], PITCHES[index % len(PITCHES)], printing)
                for index, (name, pages) in enumerate(sorted(corpus.items()))
            }
            for printing in PRINTINGS
        }
        n_pages = sum(len(pages[:limit]) for pages in corpus.values())
        print(f"\n{run} of {len(corpus)} outlets ({n_pages} pages)")
        print(
            f"{'rule':>12} "
            + " ".join(f"{'F1 ' + printing:>10} {'left':>5}" for printing in PRINTINGS)
            + f" {'corpus lines removed':>21}"
        )
        for candidate in CANDIDATES:
            cells = []
            for printing in PRINTINGS:
                rows = [scores[candidate] for scores in per_printing[printing].values()]
                cells.append(
                    f"{statistics.fmean(r[0] for r in rows):10.4f} {sum(r[1] for r in rows):>5}"
                )
            corpus_lines = sum(s[candidate][2] for s in per_printing[PRINTINGS[0]].values())
            print(f"{_name(candidate):>12} {' '.join(cells)} {corpus_lines:>21}")
        held, chosen = cross_validate(per_printing)
        choices = ", ".join(f"{_name(k)}: {n}" for k, n in chosen.most_common())
        print(
            "held out (leave one outlet out) F1 "
            + ", ".join(f"{printing}: {value:.4f}" for printing, value in held.items())
            + f"; chosen {choices}"
        )
    if args.show_lines:
        print(f"\ncorpus lines the library's rule removes ({_name((rule.SHARE, rule.FLOOR))}):")
        show_lines(corpus, (rule.SHARE, rule.FLOOR))
    return 0


if __name__ == "__main__":
    sys.exit(main())
