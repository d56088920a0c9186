"""How much of an all-body text the body detector keeps (../shared/corpora).

The corpora hold article texts already cut from their pages (AllSides / newspaper3k
bodies, BASIL, NewsWCL50): the whole text is body, so the detector should keep about
all of its words. For every corpus this prints the kept-word share (words of the kept
lines over all words; the pooled share and the mean, median and 5th percentile per
text), how many texts keep less than 90% and the worst files, and how
often the list-of-cards split (``CARD_SEPARATORS_MIN`` of :mod:`analysis.clean.body.rules`) fires
and what the same texts keep with it switched off, measured in the same process.

Each text is given to the detector as a dump is: paragraphs between blank lines (BASIL
stores one paragraph per line without blank lines; they are added, as a page dump has
them). Reads only ``../shared/corpora``; prints "corpora not found" and exits 2 without it.

Usage (from the project root)::

    .venv/bin/python benchmarks/body_corpora.py [--limit N] [--worst N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.clean.body import explain_body_lines, rules  # noqa: E402
from analysis.clean.body.features import line_features  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402
from analysis.text import WORD_PATTERN, overridden  # noqa: E402

CORPORA_DIR = SHARED_DIR / "corpora"
#: corpus -> (file, field holding the text, field naming the text)
CORPORA = {
    "allsides_abp": ("articles.jsonl.gz", "body", "id"),
    "basil": ("articles.jsonl", "body", "article_id"),
    "newswcl50": ("articles.jsonl", "text", "url"),
}
#: A text keeping less than this share of its words has lost body.
LOSS_SHARE = 0.9


def corpus_records(name: str) -> Iterator[dict]:
    """The records of one corpus, in file order."""
    path = CORPORA_DIR / name / CORPORA[name][0]
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def read_corpus(name: str, limit: int | None = None) -> Iterator[tuple[str, str]]:
    """(text id, text as a dump: paragraphs between blank lines) of one corpus."""
    _, field, key = CORPORA[name]
    for number, record in enumerate(corpus_records(name)):
        if limit is not None and number >= limit:
            return
        paragraphs = [p for p in (record.get(field) or "").split("\n") if p.strip()]
        yield str(record.get(key, number)), "\n\n".join(paragraphs)


def read_titles(name: str) -> Iterator[str]:
    """The headlines of one corpus's records (a record without one gives ``""``), in
    file order."""
    for record in corpus_records(name):
        yield " ".join((record.get("title") or "").split())


def kept_share(text: str) -> tuple[int, int, int]:
    """(words kept by the detector, words of prose lines it dropped, words of the text).

    Dropped prose (lines the detector itself weighs as paragraphs, left outside the
    article's region) is body cut off; the other dropped lines are mostly what
    newspaper3k left in (captions printed twice, promos, credits).
    """
    lines = unicodedata.normalize("NFC", text).splitlines()
    words = [len(WORD_PATTERN.findall(line)) for line in lines]
    verdicts = explain_body_lines(lines)
    kept = sum(words[verdict.index] for verdict in verdicts if verdict.is_body)
    cut = sum(
        words[verdict.index] for verdict in verdicts if not verdict.is_body and verdict.weight > 0
    )
    return kept, cut, sum(words)


def card_split_fires(text: str) -> bool:
    """Whether the list-of-cards split finds separators in the text."""
    lines = unicodedata.normalize("NFC", text).splitlines()
    features = line_features(lines)
    weights = rules.region_weights(features, rules.uses_known_language(features))
    return bool(rules.card_separators(lines, features, weights))


def measure(name: str, limit: int | None) -> dict:
    """Kept-word shares of one corpus, with and without the card split."""
    shares, cut_shares, kept_all, cut_all, total_all, fired = {}, {}, 0, 0, 0, []
    for text_id, text in read_corpus(name, limit):
        kept, cut, total = kept_share(text)
        if total == 0:
            continue
        shares[text_id], cut_shares[text_id] = kept / total, cut / total
        kept_all, cut_all, total_all = kept_all + kept, cut_all + cut, total_all + total
        if card_split_fires(text):
            with overridden({(rules, "CARD_SEPARATORS_MIN"): 10**9}):
                kept_off = kept_share(text)[0]
            fired.append((text_id, kept / total, kept_off / total))
    return {
        "shares": shares,
        "cut_shares": cut_shares,
        "pooled": kept_all / max(total_all, 1),
        "cut_pooled": cut_all / max(total_all, 1),
        "card_split": fired,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the kept-word shares per corpus; exit 2 when the corpora are absent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="texts per corpus")
    parser.add_argument("--worst", type=int, default=5, help="how many worst texts to list")
    args = parser.parse_args(argv)
    if not CORPORA_DIR.is_dir():
        print(f"corpora not found: {CORPORA_DIR}", file=sys.stderr)
        return 2
    for name in CORPORA:
        if not (CORPORA_DIR / name / CORPORA[name][0]).is_file():
            print(f"{name}: not found, skipped")
            continue
        found = measure(name, args.limit)
        values = sorted(found["shares"].values())
        lost = sum(value < LOSS_SHARE for value in values)
        print(
            f"{name}: {len(values)} texts, kept words pooled {found['pooled']:.4f}, "
            f"per text mean {statistics.fmean(values):.4f} median "
            f"{statistics.median(values):.4f} 5th pct {values[len(values) // 20]:.4f}, "
            f"texts < {LOSS_SHARE:.0%}: {lost}"
        )
        cut = found["cut_shares"]
        print(
            f"  prose cut off (paragraphs left outside the region): pooled "
            f"{found['cut_pooled']:.4f} of the words, {sum(v > 0 for v in cut.values())} "
            f"texts, {sum(v >= 1 - LOSS_SHARE for v in cut.values())} of them losing "
            f">= {1 - LOSS_SHARE:.0%}"
        )
        worst = sorted(found["shares"].items(), key=lambda item: item[1])[: args.worst]
        for text_id, share in worst:
            print(f"  worst {text_id}  kept {share:.3f}  prose cut {cut[text_id]:.3f}")
        fired = found["card_split"]
        changed = [item for item in fired if abs(item[1] - item[2]) > 1e-9]
        print(
            f"  card split fires on {len(fired)} texts; changes the kept words of "
            f"{len(changed)} (on vs off)"
        )
        for text_id, on, off in changed[: args.worst]:
            print(f"    {text_id}  kept {on:.3f} with the split, {off:.3f} without")
    return 0


if __name__ == "__main__":
    sys.exit(main())
