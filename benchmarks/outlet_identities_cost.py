"""The outlet merge of a run with thousands of outlets: today's code beside a revision's.

``clean`` and ``metrics`` both settle the run's outlets once the pages are read
(:func:`analysis.clean.outlet_merge.outlet_identities_of_counts`). One of its steps
(``_address_named``) compares every name key still apart with every domain of the run,
by :func:`analysis.clean.name_domain.name_spelled_by_domain`: keys x domains calls, each
of which worked the name's spellings out again, and twice per key. On the AllSides
corpus beside the review sets' pages (13,146 pages, 4,291 outlets) the step took most
of both stages' time after the pages were cleaned.

This script loads the merge of a git revision (``--against``, default the commit before
the change) as a second set of modules, side by side with today's in one process
(:func:`load_revision`: ``inflected_names``, ``name_domain`` and ``outlet_merge`` of the
revision; the modules they call in turn are today's), runs both on the same
``(outlet key, printed name)`` counts, checks that they give the same identities (exit 1
if not) and prints the CPU seconds of each (``time.process_time``, best of
``--repeat``; the machine may be shared: read the two figures together, measured under
the same load).

The counts: with ``--processed DIR``, a run's own (its pages and articles tables, as
``clean`` counts them: :class:`analysis.clean.outlet_merge.OutletTally`); else made-up
outlets (``--outlets``, default 500 and 2,000): half domains printing their names
("Brindova Herald" at brindovaherald.com), half names printed without an address (each
a key of its own), from seeded syllables.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/outlet_identities_cost.py [--outlets 500 2000]
        [--processed DIR] [--against REV] [--repeat R]
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import importlib.util
import random
import subprocess
import sys
import time
import types
from collections import Counter
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

import pyarrow.parquet as pq  # noqa: E402

from analysis.clean import outlet_merge  # noqa: E402

#: The modules of the change, in import order (a later one imports the earlier ones).
CHANGED_MODULES = (
    "analysis.clean.inflected_names",
    "analysis.clean.name_domain",
    "analysis.clean.outlet_merge",
)
#: The commit before the change: the code the figures compare with.
DEFAULT_REVISION = "f539f0eb"
SYLLABLES = ("bri", "do", "va", "kel", "mor", "ta", "sen", "lu", "gar", "fen", "ho", "wick")
PAPER_WORDS = ("Herald", "Courier", "Gazette", "Ledger", "Tribune", "Chronicle", "Post")


def load_revision(revision: str, modules: tuple[str, ...] = CHANGED_MODULES) -> types.ModuleType:
    """``modules`` as they are at ``revision``, loaded beside today's; the last one.

    Each is executed from ``git show REVISION:PATH`` under the name ``MODULE@old`` while
    ``sys.modules`` maps its own name to it, so a later module's ``from ... import``
    binds the revision's functions; today's modules are put back afterwards (the
    revision's stay in ``sys.modules`` under their own names).
    """
    saved = {name: sys.modules.get(name) for name in modules}
    loaded = None
    try:
        for name in modules:
            path = name.replace(".", "/") + ".py"
            source = subprocess.run(
                ["git", "show", f"{revision}:{path}"],
                cwd=PROJECT_ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            spec = importlib.util.spec_from_loader(f"{name}@old", loader=None)
            loaded = importlib.util.module_from_spec(spec)
            loaded.__file__ = str(PROJECT_ROOT / path)
            sys.modules[name] = sys.modules[spec.name] = loaded  # (dataclasses look it up)
            exec(compile(source, f"{revision}:{path}", "exec"), loaded.__dict__)
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    assert loaded is not None
    return loaded


def made_up_pairs(n_outlets: int, seed: int = 0) -> Counter[tuple[str, str]]:
    """``(key, name)`` counts of ``n_outlets`` made-up outlets (module docstring)."""
    rng = random.Random(seed)
    pairs: Counter[tuple[str, str]] = Counter()
    seen: set[str] = set()
    while len(seen) < n_outlets:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        paper = rng.choice(PAPER_WORDS)
        name = f"{word.capitalize()} {paper}"
        if name in seen:
            continue
        seen.add(name)
        if len(seen) % 2:
            key = f"{word}{paper.lower()}.com"
        else:
            key = outlet_merge.NAME_PREFIX + word + paper.lower()
        pairs[(key, name)] += rng.randint(1, 20)
    return pairs


def run_pairs(processed: Path) -> Counter[tuple[str, str]]:
    """A run's ``(key, name)`` counts, from its pages and articles tables."""
    pairs: Counter[tuple[str, str]] = Counter()
    articles = pq.read_table(processed / "articles.parquet", columns=["outlet_key", "outlet"])
    for key, name in zip(
        *(articles.column(c).to_pylist() for c in ("outlet_key", "outlet")), strict=True
    ):
        pairs[(key, name)] += 1
    pages = pq.read_table(processed / "pages.parquet", columns=["site_key", "site"])
    for key, name in zip(*(pages.column(c).to_pylist() for c in ("site_key", "site")), strict=True):
        pairs[(key, name)] += 1
    return pairs


def best_cpu(function: Callable[[], object], repeat: int) -> tuple[float, object]:
    """The least CPU seconds of ``repeat`` calls, and the last call's result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        result = function()
        best = min(best, time.process_time() - start)
    return best, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlets", type=int, nargs="+", default=[500, 2000])
    parser.add_argument("--processed", type=Path, help="a run's tables instead of made-up ones")
    parser.add_argument("--against", default=DEFAULT_REVISION, help="the revision to compare")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    old = load_revision(args.against)
    if args.processed is not None:
        cases = [(f"run {args.processed}", run_pairs(args.processed))]
    else:
        cases = [(f"{n} made-up outlets", made_up_pairs(n)) for n in args.outlets]
    status = 0
    for label, pairs in cases:
        n_domains = sum(outlet_merge.is_domain_key(key) for key, _ in pairs)
        print(f"{label}: {len(pairs)} (key, name) pairs, {n_domains} with a domain key")
        before, found_before = best_cpu(
            functools.partial(old.outlet_identities_of_counts, pairs), args.repeat
        )
        after, found_after = best_cpu(
            functools.partial(outlet_merge.outlet_identities_of_counts, pairs), args.repeat
        )
        same = dataclasses.asdict(found_before) == dataclasses.asdict(found_after)
        print(
            f"  outlet_identities_of_counts CPU s: {args.against} {before:.2f}, today "
            f"{after:.2f} ({before / max(after, 1e-9):.1f}x); identities "
            f"{'identical' if same else 'DIFFER'}"
        )
        status |= not same
    return status


if __name__ == "__main__":
    sys.exit(main())
