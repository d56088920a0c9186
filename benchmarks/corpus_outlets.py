"""Outlets the text-only detector names on article bodies: right, none or WRONG.

The corpora in ``../shared/corpora`` (AllSides, BASIL, NewsWCL50) hold article bodies
with their outlet's domain in the metadata, and no page chrome: the site's name is
rarely in them. So they test the detector's precision, not its recall: how often does it
name an outlet that is wrong (a quoted agency, a person, a TV show, a company in the
news) where the right answer is the outlet or none? A wrong name files an article under
a false outlet, which is worse than ``unknown site``.

Each text is cleaned as a text dump without a manifest (nothing is written) and its
outlet is counted as:

- ``none``: unknown site (nothing in the text names a site);
- ``right``: a name of the outlet's domain (the metadata scorer's outlet rule against the
  domain's label, the label spelled from the name's initials and words, "New York Times"
  for nytimes, or the corpus's own label for the outlet);
- ``wrong``: any other name, listed with its source (``page``: naming cues; ``copyright``:
  a notice's holder).

Usage (from the project root)::

    .venv/bin/python benchmarks/corpus_outlets.py [--allsides-step 10] [--show 15]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import importlib.util
import json
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.clean.articles import extract_articles  # noqa: E402
from analysis.clean.outlet import compact_name, is_unknown, registered_domain  # noqa: E402
from analysis.clean.site_features import domain_names  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402

CORPORA = SHARED_DIR / "corpora"
SCORER = SHARED_DIR / "benchmarks" / "metadata" / "score.py"


def _rows(name: str) -> list[dict]:
    folder = CORPORA / name
    gz = folder / "articles.jsonl.gz"
    with gzip.open(gz, "rt") if gz.is_file() else open(folder / "articles.jsonl") as f:
        return [json.loads(line) for line in f]


def _scorer():
    spec = importlib.util.spec_from_file_location("metadata_score", SCORER)
    if spec is None or spec.loader is None:
        raise ImportError(f"{SCORER}: cannot import")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def is_right(scorer, name: str, domain: str, label: str | None) -> bool:
    """True when ``name`` names the outlet of ``domain`` (or its corpus ``label``)."""
    host_label = (registered_domain(domain) or domain).split(".")[0]
    if scorer.outlet_match(name, label, host_label)["any"]:
        return True
    return host_label in domain_names(name) or compact_name(name) == compact_name(label or "")


def texts() -> dict[str, list[tuple[str, str | None, str]]]:
    """Per corpus: (outlet domain, the corpus's outlet label, text)."""
    return {
        "AllSides": [(r["outlet"], r["allsides_source"], r["body"]) for r in _rows("allsides_abp")],
        "BASIL": [(r["outlet"], None, r["body"]) for r in _rows("basil")],
        "NewsWCL50": [(r["outlet"], None, r["text"]) for r in _rows("newswcl50")],
    }


def count_outlets(scorer, items: list[tuple[str, str | None, str]]) -> tuple[dict, list]:
    """Counts of right / none / wrong outlets, and the wrong ones (name, source, domain)."""
    counts = {"right": 0, "none": 0, "wrong": 0}
    wrong = []
    for domain, label, text in items:
        articles = extract_articles(text, name="dump.txt")
        if articles.empty or is_unknown(articles["outlet"].iloc[0]):
            counts["none"] += 1
            continue
        name, source = articles["outlet"].iloc[0], articles["outlet_source"].iloc[0]
        if is_right(scorer, name, domain, label):
            counts["right"] += 1
        else:
            counts["wrong"] += 1
            wrong.append((name, source, domain))
    return counts, wrong


def main(argv: list[str] | None = None) -> int:
    """Print the counts per corpus; 1 when the corpora are absent."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--allsides-step", type=int, default=10, help="every Nth AllSides body")
    parser.add_argument("--show", type=int, default=15, help="most frequent wrong names shown")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir() or not SCORER.is_file():
        print(f"corpora or metadata scorer not found under {SHARED_DIR}; nothing to count")
        return 1
    scorer = _scorer()
    corpora = texts()
    corpora["AllSides"] = corpora["AllSides"][:: args.allsides_step]
    print(f"{'corpus':<12}{'texts':>7}{'right':>7}{'none':>7}{'wrong':>7}{'wrong share':>13}")
    for corpus, items in corpora.items():
        counts, wrong = count_outlets(scorer, items)
        share = counts["wrong"] / len(items) if items else 0.0
        print(
            f"{corpus:<12}{len(items):>7}{counts['right']:>7}{counts['none']:>7}"
            f"{counts['wrong']:>7}{share:>13.3f}"
        )
        named = collections.Counter((name, source) for name, source, _ in wrong)
        for (name, source), n in sorted(named.items(), key=lambda x: (-x[1], x[0]))[: args.show]:
            print(f"    {n:>4} x {name!r} ({source})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
