"""Implausible quoted speakers on real corpora, this checkout against a baseline commit.

Runs :func:`analysis.stats.quotes.find_quotes` over the article bodies of the three
corpora in ``../shared/corpora`` (AllSides 7,018, BASIL 300, NewsWCL50 50; nothing is
written) and sorts the speakers a report would list (attributed, not a scare quote, not
a pronoun by the code's own :func:`is_pronoun`) into plausible ones and these kinds of
implausible ones, by shape only:

- ``label``: a word printed in capitals that is a common English word or a page label
  ("MORE", "UPDATE"), alone or ending a phrase ("... deepens MORE");
- ``dateline``: a word of four or more capitals opening a line, followed by a comma
  ("OLDSMAR, Fla. - ...");
- ``nobody``: function words or an indefinite pronoun only ("Some", "No", "Others");
- ``connective``: a lone sentence connective or adverb ("Furthermore", "Even");
- ``verb``: a lone lower-case verb form ("went", "heard", "begun"), or a phrase holding
  an auxiliary or ending in a verb after a name ("I am", "Xi renewed");
- ``nationality``: a lone nationality or party adjective ("Saudi", "Democratic").

These lists belong to the benchmark, not to the library: they only sort the output.

The baseline is the code at ``--against REV`` (default: the commit before the fixes of
issue #15), exported with ``git archive`` into a temporary folder and run in a child
process with the same classification; ``--against none`` skips it.

Usage (from the project root)::

    .venv/bin/python benchmarks/quote_speakers_corpora.py [--against REV] [--examples N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CODE_ROOT = Path(os.environ.get("QUOTE_SPEAKERS_CODE_ROOT", PROJECT_ROOT))
if str(CODE_ROOT) not in sys.path:  # score the code under test, not an installed one
    sys.path.insert(0, str(CODE_ROOT))

from analysis.stats.quotes import find_quotes, is_pronoun  # noqa: E402

SHARED_DIR = PROJECT_ROOT.parent / "shared"
CORPORA = SHARED_DIR / "corpora"

#: The main branch just before the speaker fixes of issue #15.
BASELINE = "4e1a557"


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


_FUNCTION = _words(
    """a an the and or but if so as of to in on at by for from with more most no not
    some any all both each other such this that these those here there only also just
    very"""
)
_INDEFINITE = _words(
    """some many others several few both all most one another someone somebody anyone
    anybody everyone everybody nobody none either neither each"""
)
_LABELS = _words("more update read watch click share close photo video advertisement")
_CONNECTIVES = _words(
    """however furthermore moreover meanwhile nonetheless nevertheless instead still yet
    indeed also likewise similarly additionally finally even ever earlier later now then
    perhaps regarding thus therefore"""
)
_IRREGULAR = _words(
    """went gone came took taken made got gave given began begun heard seen saw caught
    shown broken knew known kept brought held left sent spent"""
)
_AUXILIARIES = _words("am is are was were will would can cannot could should has have had")
_NATIONALITIES = _words(
    """american russian chinese saudi iranian israeli british french german mexican
    syrian iraqi afghan turkish ukrainian korean japanese indian pakistani palestinian
    european western democratic republican"""
)
KINDS = ("label", "dateline", "nobody", "connective", "verb", "nationality")


def implausible_kind(speaker: str, body: str, start: int) -> str | None:
    """The kind of implausible speaker ``speaker`` is (printed at ``body[start:]``), or None."""
    words = speaker.split()
    lower = [w.strip(".,;:!?'’").lower() for w in words]
    if any(
        len(w) > 1 and w.isupper() and w.isalpha() and w.lower() in _LABELS | _FUNCTION
        for w in words
    ):
        return "label"
    if (
        len(words) == 1
        and speaker.isupper()
        and len(speaker) >= 4
        and (start == 0 or body[start - 1] == "\n")
        and body.startswith(",", start + len(speaker))
    ):
        return "dateline"
    if all(w in _FUNCTION or w in _INDEFINITE for w in lower):
        return "nobody"
    if len(words) == 1:
        word = lower[0]
        if word in _CONNECTIVES:
            return "connective"
        if (
            speaker.isalpha()
            and speaker.islower()
            and (word in _IRREGULAR or word.endswith(("ed", "ing")))
        ):
            return "verb"
        if word in _NATIONALITIES:
            return "nationality"
        return None
    last = words[-1]
    if any(w in _AUXILIARIES for w in words) or (
        last.isalpha() and last.islower() and last.endswith("ed") and words[-2][:1].isupper()
    ):
        return "verb"
    return None


def _bodies() -> Iterator[tuple[str, str, str]]:
    """(corpus, outlet, body) of every article of the three corpora."""
    with gzip.open(CORPORA / "allsides_abp" / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            yield "AllSides", row["outlet"], row["body"]
    for name, label, field in (("basil", "BASIL", "body"), ("newswcl50", "NewsWCL50", "text")):
        with open(CORPORA / name / "articles.jsonl", encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                yield label, row["outlet"], row[field]


def count(examples: int) -> dict:
    """Listed speakers and implausible ones per corpus and kind, with a few examples."""
    listed: Counter[str] = Counter()
    unnamed: Counter[str] = Counter()  # attributed quotes with no listed speaker
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    found: dict[str, Counter[str]] = defaultdict(Counter)
    per_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    bad_by_outlet: dict[str, set[str]] = defaultdict(set)
    for corpus, outlet, body in _bodies():
        for quote in find_quotes(body):
            if not quote.attributed or quote.is_scare:
                continue
            speaker = quote.speaker_as_printed
            if not speaker or is_pronoun(speaker) or quote.speaker_start is None:
                unnamed[corpus] += 1
                continue
            listed[corpus] += 1
            per_outlet[f"{corpus}/{outlet}"][speaker] += 1
            kind = implausible_kind(speaker, body, quote.speaker_start)
            if kind is not None:
                kinds[corpus][kind] += 1
                found[kind][speaker] += 1
                bad_by_outlet[f"{corpus}/{outlet}"].add(speaker)
    top_outlets = sum(
        any(name in bad_by_outlet[key] for name, _ in speakers.most_common(5))
        for key, speakers in per_outlet.items()
    )
    return {
        "listed": dict(listed),
        "unnamed": dict(unnamed),
        "kinds": {corpus: dict(c) for corpus, c in kinds.items()},
        "examples": {kind: found[kind].most_common(examples) for kind in KINDS},
        "outlets": len(per_outlet),
        "outlets_with_implausible_top5": top_outlets,
    }


def _baseline(rev: str, examples: int) -> dict | None:
    """The same counts for the code at ``rev`` (a child process), or None if unavailable."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "code.tar"
        done = subprocess.run(
            ["git", "-C", str(PROJECT_ROOT), "archive", "-o", str(archive), rev, "analysis"],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            print(f"baseline {rev}: not available ({done.stderr.decode().strip()})")
            return None
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        child = subprocess.run(
            [sys.executable, __file__, "--json", "--examples", str(examples)],
            env={**os.environ, "QUOTE_SPEAKERS_CODE_ROOT": tmp},
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(child.stdout)


def _print(label: str, result: dict) -> None:
    corpora = sorted(result["listed"])
    print(f"\n{label}")
    print(f"{'corpus':<11}{'listed':>8}{'unnamed':>9}" + "".join(f"{k:>12}" for k in KINDS))
    for corpus in [*corpora, "all"]:
        pick = corpora if corpus == "all" else [corpus]
        row = [sum(result["kinds"].get(c, {}).get(k, 0) for c in pick) for k in KINDS]
        listed = sum(result["listed"].get(c, 0) for c in pick)
        unnamed = sum(result["unnamed"].get(c, 0) for c in pick)
        print(f"{corpus:<11}{listed:>8}{unnamed:>9}" + "".join(f"{n:>12}" for n in row))
    total = sum(sum(c.values()) for c in result["kinds"].values())
    listed = sum(result["listed"].values())
    print(
        f"implausible listed speakers: {total} of {listed} ({100 * total / max(listed, 1):.2f} %);"
        f" outlets with one in their top 5: {result['outlets_with_implausible_top5']}"
        f" of {result['outlets']}"
    )
    for kind in KINDS:
        shown = "; ".join(f"{s} ({n})" for s, n in result["examples"][kind])
        print(f"  {kind:<12}{shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default=BASELINE, help="baseline revision, or 'none'")
    parser.add_argument("--examples", type=int, default=6, help="examples shown per kind")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not CORPORA.is_dir():
        print(f"skipped: {CORPORA} is absent")
        return
    if args.json:
        print(json.dumps(count(args.examples)))
        return
    began = time.perf_counter()
    current = count(args.examples)
    baseline = None if args.against == "none" else _baseline(args.against, args.examples)
    if baseline is not None:
        _print(f"baseline {args.against}", baseline)
    _print("this checkout", current)
    print(f"\n{time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
