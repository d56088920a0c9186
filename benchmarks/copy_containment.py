"""Shared copy on cut reprints and on independent write-ups of one story: which rule.

A regional paper often prints the top half of a wire story, sometimes under a local
opening paragraph and with a local close. This benchmark measures, for rules that decide
whether two bodies share copy, both sides of the choice:

- found share: made-up reprints of real bodies (``../shared/corpora/allsides_abp``, read
  in place; up to ``--per-outlet`` bodies of at least 6 paragraphs from each of its 36
  outlets), kept whole under a local lede, or cut to their first 2/3, 1/2 or 1/3 of
  paragraphs, with or without a local lede and close (made-up sentences below). A
  reprint is found when the LSH candidate stage proposes the pair (a common band of
  their MinHash signatures, :mod:`analysis.stats.minhash`) and the rule accepts it.
  The wire outlets (apnews.com, reuters.com) are also reported on their own.
- false pairs: texts of the same story by different outlets written independently:
  BASIL (same ``triplet_id``), NewsWCL50 (same ``event_id``) and AllSides bodies of the
  same ``topic`` and ``date`` by different outlets. The last are not all independent
  (AllSides holds some wire reprints): its pairs that the current rule (Jaccard >= 0.5)
  already groups are shared copy by the current definition and left out; those a rule
  newly accepts are listed for a reader to judge. A false pair is counted when the rule
  accepts the pair, whether or not LSH would propose it (an upper bound).

Rules: Jaccard >= t (the current rule, t = 0.5); containment |A n B| / min(|A|, |B|)
>= c with at least m shared shingles; and Jaccard >= 0.5 or that containment test. The
rule and its values are chosen by leave-one-outlet-out cross-validation: for each
outlet, the rule that finds the most training reprints with no training false pair,
with a margin of one grid step (the rule one step looser accepts none either; ties: the
first listed, the old rule first) is chosen on the other outlets' reprints and on the false pairs
involving none of its articles, then scored on the held-out outlet's reprints and
the false pairs involving it. Held-out figures are printed next to the rule chosen on
all of them (all-dev).

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/copy_containment.py [--per-outlet N]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import itertools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import numpy as np

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.config import SHARED_DIR  # noqa: E402
from analysis.stats.copies import (  # noqa: E402
    CONTAINMENT_THRESHOLD,
    MIN_SHARED_SHINGLES,
    SIMILARITY_THRESHOLD,
    encoded_shingles,
    overlap,
)
from analysis.stats.minhash import lsh_bands, minhash_signature  # noqa: E402

CORPORA = SHARED_DIR / "corpora"
WIRE_OUTLETS = ("apnews.com", "reuters.com")
MIN_PARAGRAPHS = 6
# Made-up local paragraphs a regional paper puts around a wire story.
LOCAL_LEDES = (
    "Residents of the valley will feel the effects of the decision in the coming weeks, "
    "county officials told the Courier on Tuesday, and several said they would ask the "
    "council for help.",
    "For farmers in Marlow County, where the harvest starts next month, the news arrives "
    "at a difficult time, said the head of the local growers' association.",
    "Two families in Eastbrook who spoke to the Gazette said they had been waiting for "
    "an answer since the spring and did not know what to expect.",
    "The plant on Route 9 employs about 400 people, and the mayor said on Monday that "
    "the town would watch closely how the change affects them.",
)
LOCAL_CLOSES = (
    "The county board meets again on Thursday at 7 p.m. in the library annex; the "
    "meeting is open to the public.",
    "Readers with questions can reach the newsroom by phone or at the front desk on "
    "Main Street during office hours.",
    "A public information session is planned at the high school gym later this month, "
    "organizers said.",
    "The Herald will follow the story and report on what it means for local schools "
    "and businesses.",
)


def _cut(paragraphs: list[str], share: float) -> list[str]:
    return paragraphs[: max(1, round(len(paragraphs) * share))]


def _local(index: int, paragraphs: list[str], close: bool) -> list[str]:
    lede = LOCAL_LEDES[index % len(LOCAL_LEDES)]
    tail = [LOCAL_CLOSES[index % len(LOCAL_CLOSES)]] if close else []
    return [lede, *paragraphs, *tail]


#: variant name -> (paragraphs, body index) -> the reprint's paragraphs
VARIANTS: dict[str, Callable[[list[str], int], list[str]]] = {
    "whole + local lede": lambda p, i: _local(i, p, close=False),
    "first 2/3": lambda p, i: _cut(p, 2 / 3),
    "first 2/3 + local lede": lambda p, i: _local(i, _cut(p, 2 / 3), close=False),
    "first 1/2": lambda p, i: _cut(p, 1 / 2),
    "first 1/2 + local lede + close": lambda p, i: _local(i, _cut(p, 1 / 2), close=True),
    "first 1/3": lambda p, i: _cut(p, 1 / 3),
    "first 1/3 + local lede + close": lambda p, i: _local(i, _cut(p, 1 / 3), close=True),
}


class Pair(NamedTuple):
    """One measured pair: the outlets it involves, what it is, and its overlap."""

    outlets: tuple[str, ...]
    kind: str  # a VARIANTS name (a reprint) or the corpus of a false pair
    jaccard: float
    containment: float
    shared: int
    proposed: bool  # the LSH stage proposes it (reprints only; True for false pairs)
    label: str  # ids of a false pair, for the listing


def _records(name: str, file: str) -> Iterator[dict]:
    path = CORPORA / name / file
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def _paragraphs(text: str) -> list[str]:
    return [p for p in (text or "").split("\n") if p.strip()]


def _body(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def _proposed(a: np.ndarray, b: np.ndarray, bands: list[tuple[int, int]]) -> bool:
    return any(np.array_equal(a[start:end], b[start:end]) for start, end in bands)


def _measure(a: str, b: str) -> tuple[float, float, int]:
    found = overlap(frozenset(encoded_shingles(a)), frozenset(encoded_shingles(b)))
    return found.jaccard, found.containment, found.shared


def reprint_pairs(per_outlet: int) -> list[Pair]:
    """Every variant of up to ``per_outlet`` long AllSides bodies per outlet."""
    bands = lsh_bands()
    taken: collections.Counter[str] = collections.Counter()
    pairs = []
    for record in _records("allsides_abp", "articles.jsonl.gz"):
        paragraphs = _paragraphs(record["body"])
        if len(paragraphs) < MIN_PARAGRAPHS or taken[record["outlet"]] >= per_outlet:
            continue
        index = taken[record["outlet"]]
        taken[record["outlet"]] += 1
        original = _body(paragraphs)
        items = encoded_shingles(original)
        signature = minhash_signature(items)
        for kind, make in VARIANTS.items():
            reprint = _body(make(paragraphs, index))
            reprint_items = encoded_shingles(reprint)
            if not reprint_items:
                continue
            proposed = _proposed(signature, minhash_signature(reprint_items), bands)
            measured = _measure(original, reprint)
            pairs.append(Pair((record["outlet"],), kind, *measured, proposed, record["id"]))
    return pairs


def _same_story_pairs(
    name: str, groups: dict[object, list[tuple[str, str, str]]]
) -> Iterator[Pair]:
    for members in groups.values():
        sets = [(i, outlet, frozenset(encoded_shingles(text))) for i, outlet, text in members]
        for (id_a, outlet_a, a), (id_b, outlet_b, b) in itertools.combinations(sets, 2):
            if outlet_a != outlet_b:
                found = overlap(a, b)
                yield Pair(
                    (outlet_a, outlet_b), name, *found, proposed=True, label=f"{id_a} {id_b}"
                )


def false_pairs() -> list[Pair]:
    """Pairs of texts of the same story by different outlets (see the module)."""
    pairs: list[Pair] = []
    corpora = (
        ("basil", "articles.jsonl", "triplet_id", "body", "article_id"),
        ("newswcl50", "articles.jsonl", "event_id", "text", "url"),
        ("allsides_abp", "articles.jsonl.gz", None, "body", "id"),
    )
    for name, file, story_key, text_key, id_key in corpora:
        if not (CORPORA / name / file).exists():
            continue
        groups: dict[object, list[tuple[str, str, str]]] = collections.defaultdict(list)
        for record in _records(name, file):
            key = record[story_key] if story_key else (record["topic"], record["date"])
            if story_key is None and not record["date"]:
                continue
            text = _body(_paragraphs(record[text_key]))
            groups[key].append((str(record[id_key]), record["outlet"], text))
        pairs.extend(_same_story_pairs(name, groups))
    return pairs


class Rule(NamedTuple):
    """Jaccard >= jaccard, or containment >= containment with >= shared shingles."""

    jaccard: float  # > 1: no Jaccard test
    containment: float  # > 1: no containment test
    shared: int

    def accepts(self, pair: Pair) -> bool:
        return pair.jaccard >= self.jaccard or (
            pair.containment >= self.containment and pair.shared >= self.shared
        )

    def looser(self) -> Rule:
        """The rule one step of the grid looser (Jaccard - 0.05 alone, containment - 0.1)."""
        if self.containment > 1:
            return Rule(round(self.jaccard - 0.05, 2), self.containment, self.shared)
        return Rule(self.jaccard, round(self.containment - 0.1, 2), self.shared)

    def __str__(self) -> str:
        parts = []
        if self.jaccard <= 1:
            parts.append(f"Jaccard >= {self.jaccard:g}")
        if self.containment <= 1:
            parts.append(f"(containment >= {self.containment:g}, shared >= {self.shared})")
        return " or ".join(parts)


NEVER = 2.0
CURRENT = Rule(0.5, NEVER, 0)
LIBRARY = Rule(SIMILARITY_THRESHOLD, CONTAINMENT_THRESHOLD, MIN_SHARED_SHINGLES)
# Ties go to the first listed: Jaccard alone (the old rule first), then the old rule or
# a containment test (it keeps every pair the old rule accepts), then containment alone;
# stricter values first within each.
RULES = [Rule(t, NEVER, 0) for t in (0.5, 0.45, 0.4, 0.35, 0.3)] + [
    Rule(jaccard, c, m)
    for jaccard in (0.5, NEVER)
    for c in (0.9, 0.8, 0.7, 0.6, 0.5)
    for m in (100, 50, 25, 10, 0)
]


def found(rule: Rule, pairs: list[Pair]) -> int:
    return sum(pair.proposed and rule.accepts(pair) for pair in pairs)


def choose(reprints: list[Pair], negatives: list[Pair]) -> Rule:
    """The rule finding the most reprints with no false pair, with a margin: the rule one
    step of the grid looser accepts none either (ties: the first listed)."""
    best, best_found = CURRENT, -1
    for rule in RULES:
        if any(rule.looser().accepts(pair) for pair in negatives):
            continue
        count = found(rule, reprints)
        if count > best_found:
            best, best_found = rule, count
    return best


def _share(count: int, total: int) -> str:
    return f"{count}/{total} ({count / total:.1%})" if total else "0/0"


def report(reprints: list[Pair], negatives: list[Pair]) -> None:
    """Print the chosen rules, held-out next to all-dev, by variant and by corpus."""
    outlets = sorted({pair.outlets[0] for pair in reprints})
    held_found: collections.Counter[str] = collections.Counter()
    held_found_wire: collections.Counter[str] = collections.Counter()
    held_false: set[tuple[str, str]] = set()  # a pair of two outlets: held out twice
    chosen: collections.Counter[str] = collections.Counter()
    for outlet in outlets:
        train = [p for p in reprints if p.outlets[0] != outlet]
        test = [p for p in reprints if p.outlets[0] == outlet]
        rule = choose(train, [p for p in negatives if outlet not in p.outlets])
        chosen[str(rule)] += 1
        for pair in test:
            held_found[pair.kind] += pair.proposed and rule.accepts(pair)
            if outlet in WIRE_OUTLETS:
                held_found_wire[pair.kind] += pair.proposed and rule.accepts(pair)
        for pair in negatives:
            if outlet in pair.outlets and rule.accepts(pair):
                held_false.add((pair.kind, pair.label))
    all_dev = choose(reprints, negatives)
    print(
        f"rules chosen in the {len(outlets)} folds: "
        + "; ".join(f"{rule} x{count}" for rule, count in chosen.most_common())
    )
    print(f"all-dev rule: {all_dev}; the library's rule: {LIBRARY}")
    print(_row("reprints found", "old rule (J >= 0.5)", "held-out", "all-dev"))
    for kind in VARIANTS:
        pairs = [p for p in reprints if p.kind == kind]
        cells = (found(CURRENT, pairs), held_found[kind], found(all_dev, pairs))
        print(_row(kind, *(_share(count, len(pairs)) for count in cells)))
    total = len(reprints)
    cells = (found(CURRENT, reprints), sum(held_found.values()), found(all_dev, reprints))
    print(_row("all variants", *(_share(count, total) for count in cells)))
    wire = [p for p in reprints if p.outlets[0] in WIRE_OUTLETS]
    cells = (found(CURRENT, wire), sum(held_found_wire.values()), found(all_dev, wire))
    print(_row("wire outlets (apnews, reuters)", *(_share(c, len(wire)) for c in cells)))
    for kind in VARIANTS:
        missed = sum(not p.proposed for p in reprints if p.kind == kind)
        print(f"  {kind}: the LSH stage does not propose {missed}")
    print(_row("false pairs (same story)", "old rule", "held-out", "all-dev"))
    for kind in ("basil", "newswcl50", "allsides_abp"):
        pairs = [p for p in negatives if p.kind == kind]
        held = sum(k == kind for k, _ in held_false)
        cells = (sum(map(CURRENT.accepts, pairs)), held, sum(map(all_dev.accepts, pairs)))
        print(_row(kind, *(_share(count, len(pairs)) for count in cells)))
        if pairs:
            top = max(pairs, key=lambda p: p.containment)
            print(
                f"  highest containment {top.containment:.3f} ({top.shared} shared, Jaccard "
                f"{top.jaccard:.3f}: {top.label}); highest Jaccard "
                f"{max(p.jaccard for p in pairs):.3f}"
            )
    for pair in negatives:
        if pair.kind == "allsides_abp" and all_dev.accepts(pair):
            print(f"  AllSides pair the all-dev rule accepts: {pair.label} {pair.outlets}")


def _row(label: str, *cells: str) -> str:
    return f"{label:34s}" + "".join(f" {cell:>20s}" for cell in cells)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-outlet", type=int, default=40, help="AllSides bodies per outlet")
    args = parser.parse_args(argv)
    if not (CORPORA / "allsides_abp" / "articles.jsonl.gz").exists():
        print("no corpora under ../shared")
        return 2
    reprints = reprint_pairs(args.per_outlet)
    negatives = false_pairs()
    copied = [p for p in negatives if p.kind == "allsides_abp" and CURRENT.accepts(p)]
    negatives = [p for p in negatives if not (p.kind == "allsides_abp" and CURRENT.accepts(p))]
    print(
        f"{len(reprints)} reprints of {len(reprints) // len(VARIANTS)} bodies; "
        f"{len(negatives)} same-story pairs by different outlets "
        f"({len(copied)} AllSides pairs the current rule groups left out)"
    )
    report(reprints, negatives)
    return 0


if __name__ == "__main__":
    sys.exit(main())
