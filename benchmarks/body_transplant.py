"""Transplant benchmark: dev chrome around article bodies the detector never saw.

The dev pages' bodies are what the detector was tuned on; their chrome is what it must
learn to leave out. This benchmark keeps each dev page's chrome (the lines of its text
dump above and below its true body) and puts in place of the body an article text from
the corpora in ``../shared/corpora`` (AllSides, BASIL, NewsWCL50: bodies already cut
from their pages), so a detector that learnt the dev *bodies* rather than what tells a
body from chrome scores lower here than on dev. Two transplants per page:

- ``similar``: a corpus text of about the page's own body length (the candidates within
  ``LENGTH_TOLERANCE`` of it, one chosen by a hash of the page's name);
- ``short``: for every ``SHORT_EVERY``-th page, the first paragraphs of a corpus text,
  ``SHORT_MIN_WORDS`` to ``SHORT_MAX_WORDS`` words (the corpora hold no article that
  short): the issue's "short article at the bottom of a page" kind.

Where the true body lies in the dump (:func:`body_span`): the lines whose word 4-grams
are mostly in the true body (``ANCHOR_SHARE``) weigh their length, the others minus
theirs, and the maximum-sum run of lines is the body (captions and promos inside it go
with it); a page where that run holds less than ``MIN_COVERAGE`` of the true body's
words is left out and counted. Each transplant is scored with the extraction scorer's
bag-of-words F1 against the inserted text, with the shipped settings and with the
detector's settings chosen leave-one-site-out on the dev pages (the held-out page's
site never seen: :func:`extraction_benchmark.chosen_settings`).

Usage (from the project root)::

    .venv/bin/python benchmarks/body_transplant.py [--worst N] [--no-cv] [--switches]

``--switches`` prints, for every rule switch and threshold of the extraction
benchmark's cross-validation grid, the transplants its other values change.

Reads ``../shared`` only; prints "not found" and exits 2 without it.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks import extraction_benchmark as extraction  # noqa: E402
from benchmarks.body_corpora import CORPORA, CORPORA_DIR, read_corpus  # noqa: E402

_TOKEN = re.compile(r"\w+")
#: A dump line whose word 4-grams are at least this share in the true body is body.
ANCHOR_SHARE = 0.6
#: A page whose body span holds less than this share of the true body's words is
#: left out (the dump does not print the body as the annotators wrote it).
MIN_COVERAGE = 0.8
#: A similar-length donor has a word count within this share of the page's body.
LENGTH_TOLERANCE = 0.25
SHORT_EVERY = 3
SHORT_MIN_WORDS = 80
SHORT_MAX_WORDS = 150
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", "’")
#: Pages scoring below these are counted.
LOW_F1 = (0.8, 0.5)


@dataclass(frozen=True)
class Transplant:
    """One dev page's chrome around an inserted corpus text."""

    name: str  # dev page name + "/similar" or "/short"
    site: str
    donor: str  # corpus/text id
    text: str  # the page dump with the new body
    truth: str  # the inserted body


def _shingles(tokens: Sequence[str]) -> set[tuple[str, ...]]:
    if len(tokens) < 4:
        return {tuple(tokens)}
    return {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}


def body_span(lines: Sequence[str], truth: str) -> tuple[int, int] | None:
    """(first, last) line of the true body in a dump, inclusive, or None when the span
    found holds less than ``MIN_COVERAGE`` of its words (see the module's description)."""
    truth_tokens = _TOKEN.findall(truth)
    truth_shingles = _shingles(truth_tokens)
    weights = []
    for line in lines:
        tokens = _TOKEN.findall(line)
        if not tokens:
            weights.append(0.0)
            continue
        shingles = _shingles(tokens)
        share = len(shingles & truth_shingles) / len(shingles)
        weights.append(len(tokens) if share >= ANCHOR_SHARE else -len(tokens))
    best, run, run_start, span = 0.0, 0.0, 0, None
    for position, weight in enumerate(weights):
        if run <= 0:
            run, run_start = 0.0, position
        run += weight
        if run > best:
            best, span = run, (run_start, position)
    if span is None or best < MIN_COVERAGE * len(truth_tokens):
        return None
    return span


def read_donors() -> list[tuple[str, list[str]]]:
    """(corpus/id, paragraphs) of every corpus text, in file order
    (:func:`body_corpora.read_corpus`: paragraphs between blank lines)."""
    donors = []
    for corpus in CORPORA:
        for text_id, text in read_corpus(corpus):
            paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
            if paragraphs:
                donors.append((f"{corpus}/{text_id}", paragraphs))
    return donors


def _pick(name: str, kind: str, candidates: Sequence[int]) -> int:
    """One of ``candidates``, chosen by a hash of the page's name and the kind."""
    digest = hashlib.sha256(f"{name}/{kind}".encode()).digest()
    return candidates[int.from_bytes(digest[:8], "big") % len(candidates)]


def short_paragraphs(paragraphs: Sequence[str]) -> list[str] | None:
    """The first paragraphs of a text holding SHORT_MIN_WORDS to SHORT_MAX_WORDS words,
    when each ends a sentence and none is printed twice (newspaper3k left photo captions
    and credits in some corpus texts: in a short text they would be a large share of the
    truth)."""
    kept, n_words = [], 0
    for paragraph in paragraphs:
        if not paragraph.endswith(_SENTENCE_ENDS) or paragraph in kept:
            return None
        n_words += len(_TOKEN.findall(paragraph))
        kept.append(paragraph)
        if n_words > SHORT_MAX_WORDS:
            return None
        if n_words >= SHORT_MIN_WORDS:
            return kept
    return None


def transplants(pages: Sequence, donors: Sequence[tuple[str, list[str]]]) -> tuple[list, list]:
    """The transplants of every page (sorted by name) and the pages left out."""
    sizes = [sum(len(_TOKEN.findall(p)) for p in paragraphs) for _, paragraphs in donors]
    short = [short_paragraphs(paragraphs) for _, paragraphs in donors]
    with_short = [index for index, found in enumerate(short) if found is not None]
    found, skipped = [], []
    for number, page in enumerate(sorted(pages, key=lambda page: page.name)):
        lines = page.read("txt").splitlines()
        span = body_span(lines, page.truth)
        if span is None:
            skipped.append(page.name)
            continue
        target = len(_TOKEN.findall(page.truth))
        similar = [
            index
            for index, size in enumerate(sizes)
            if abs(size - target) <= LENGTH_TOLERANCE * target
        ] or [min(range(len(sizes)), key=lambda index: abs(sizes[index] - target))]
        bodies = [("similar", _pick(page.name, "similar", similar), None)]
        if number % SHORT_EVERY == 0 and with_short:
            index = _pick(page.name, "short", with_short)
            bodies.append(("short", index, short[index]))
        for kind, index, paragraphs in bodies:
            paragraphs = paragraphs or donors[index][1]
            body_lines = "\n\n".join(paragraphs).splitlines()
            text = "\n".join([*lines[: span[0]], "", *body_lines, "", *lines[span[1] + 1 :]])
            found.append(
                Transplant(
                    name=f"{page.name}/{kind}",
                    site=page.meta.get("site", page.name),
                    donor=donors[index][0],
                    text=text,
                    truth="\n".join(paragraphs),
                )
            )
    return found, skipped


def score(scorer, cases: Sequence[Transplant]) -> dict[str, tuple[float | None, float, float]]:
    """Case name -> (precision, recall, F1) of the detector with the current settings."""
    scores = {}
    for case in cases:
        counts = scorer.overlap(case.truth, extraction.extract_body(case.text), 1)
        page = scorer.PageScore(case.name, *counts)
        scores[case.name] = (page.precision, page.recall, page.f1)
    return scores


def score_held_out(scorer, pages: Sequence, cases: Sequence[Transplant]) -> dict[str, float]:
    """Case name -> F1 with the settings chosen on the dev pages of the other sites."""
    texts = {page.name: page.read("txt") for page in pages}
    per_value = extraction.scores_by_setting(scorer, list(pages), texts)
    site_of = {page.name: page.meta.get("site", page.name) for page in pages}
    held_out = {}
    for site in sorted({case.site for case in cases}):
        train = [name for name, other in site_of.items() if other != site]
        settings = extraction.chosen_settings(per_value, train)
        with extraction.overridden(settings):
            chosen = score(scorer, [case for case in cases if case.site == site])
        held_out.update({name: value[2] for name, value in chosen.items()})
    return held_out


def scores_by_setting(scorer, cases: Sequence[Transplant]) -> dict:
    """Per setting of :data:`extraction_benchmark.TUNABLE`, the F1 of every transplant
    with each candidate value (the others at their current value)."""
    per_value: dict = {}
    for module_name, name, values in extraction.TUNABLE:
        per_value[module_name, name] = []
        for value in values:
            with extraction.overridden({(module_name, name): value}):
                chosen = score(scorer, cases)
            per_value[module_name, name].append({n: f1 for n, (_, _, f1) in chosen.items()})
    return per_value


def summary(values: Sequence[float]) -> str:
    """Mean, median and the pages below each of LOW_F1."""
    low = "  ".join(f"< {bound}: {sum(v < bound for v in values)}" for bound in LOW_F1)
    return (
        f"{len(values):>3} pages  F1 mean {statistics.fmean(values):.3f}  "
        f"median {statistics.median(values):.3f}  {low}"
    )


def missing_data() -> str | None:
    """What of ``../shared`` a benchmark of dev chrome around corpus bodies lacks (the
    extraction dev pages and scorer, the corpora), or None when all is there."""
    if not (extraction.DEV_DIR.is_dir() and extraction.SCORER_PATH.is_file()):
        return f"benchmark not found: {extraction.DEV_DIR}"
    if not all((CORPORA_DIR / c / f).is_file() for c, (f, _, _) in CORPORA.items()):
        return f"corpora not found: {CORPORA_DIR}"
    return None


def print_worst(
    scores: dict[str, tuple[float | None, float, float]],
    n_worst: int,
    notes: dict[str, str] | None = None,
) -> None:
    """Print the ``n_worst`` lowest-F1 cases of ``scores`` (name -> precision, recall,
    F1), each with its note (e.g. its donor) when ``notes`` names one."""
    width = max((len(name) for name in scores), default=0)
    for name, (precision, recall, f1) in sorted(scores.items(), key=lambda item: item[1][2])[
        :n_worst
    ]:
        shown = "  -  " if precision is None else f"{precision:.3f}"
        note = f"  {notes[name]}" if notes else ""
        print(f"  {name:<{width}} P {shown}  R {recall:.3f}  F1 {f1:.3f}{note}")


def main(argv: list[str] | None = None) -> int:
    """Print the transplant figures; exit 2 when ../shared is absent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=12, help="how many worst pages to list")
    parser.add_argument("--no-cv", action="store_true", help="skip the held-out settings")
    parser.add_argument(
        "--switches", action="store_true", help="print the transplants each setting changes"
    )
    args = parser.parse_args(argv)
    if (missing := missing_data()) is not None:
        print(missing, file=sys.stderr)
        return 2
    scorer = extraction.load_scorer()
    pages = scorer.load_pages([extraction.DEV_DIR])
    cases, skipped = transplants(pages, read_donors())
    print(
        f"{len(cases)} transplants of {len(pages) - len(skipped)} dev pages "
        f"({len(skipped)} left out, body not found in the dump: {skipped})"
    )
    scores = score(scorer, cases)
    held_out = {} if args.no_cv else score_held_out(scorer, pages, cases)
    for kind in ("similar", "short", ""):
        names = [case.name for case in cases if case.name.endswith(kind)]
        label = kind or "all"
        print(f"{label:<8} shipped settings   {summary([scores[n][2] for n in names])}")
        if held_out:
            print(f"{label:<8} leave-one-site-out {summary([held_out[n] for n in names])}")
    if args.switches:
        print("transplants each setting changes (F1 with the other value vs the preset):")
        extraction.print_pages_changed(extraction.pages_changed(scores_by_setting(scorer, cases)))
    print(f"worst {args.worst} (precision, recall, F1, donor):")
    print_worst(scores, args.worst, {case.name: case.donor for case in cases})
    return 0


if __name__ == "__main__":
    sys.exit(main())
