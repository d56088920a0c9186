"""The outlet merge on a made-up run of many sites, old and new side by side.

:func:`analysis.clean.outlet_merge.outlet_identities_of_counts` compared each ``name:``
key still apart with every domain of the run (``_address_named``: is the name one
domain's?), and each masthead no page prints as a site's name with every domain too
(``_masthead_outlets``): names x domains comparisons, ~30 microseconds each. It now
asks :class:`analysis.clean.name_domain.DomainIndex` for the few domains a name's
comparison may accept. The old step is the same code with an index whose candidates are
every domain (:class:`EveryDomain`), timed against the new one in one process; both
must give the same identities (every key's outlet, name, reason, and the keys left
ambiguous or apart).

The run is made up, as ``clean`` keys a folder of N sites (``--sizes``): each site's
pages with their URL (a domain key printing the site's name, and pages naming it by the
address alone), a site without an address whose pages print its name (a ``name:`` key:
the names the merge compares with every domain), a site printing no name of its own
whose name-keyed pages the merge files under its domain by its name (a third of the
sites), and a group's notice over two mastheads (one group in ten sites). Names are made
of syllables, no real outlet's. Prints, per size, each step's CPU seconds
(``time.process_time``, best of ``--repeat``) and their ratio, with ``uptime``'s load;
exit status 1 when the identities differ. Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/outlet_merge_scale.py [--sizes 200 400 800 1600]
        [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path
from unittest import mock

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.clean import outlet_merge  # noqa: E402
from analysis.clean.name_domain import DomainIndex  # noqa: E402
from analysis.clean.name_forms import compact_name  # noqa: E402

SYLLABLES = ["bar", "ken", "lo", "mi", "dra", "vel", "to", "sun", "cor", "ash", "wyn", "del"]
SYLLABLES += ["far", "gro", "pel", "rin", "sto", "tam", "ul", "vor"]
NEWS_WORDS = ["Gazette", "Courier", "Tribune", "Chronicle", "Herald", "Echo"]


class EveryDomain(DomainIndex):
    """The old step: every domain is compared with every name."""

    def candidates(self, name: str) -> list[str]:
        """Every domain of the run, in order."""
        return list(self.domains)


def made_up_run(sites: int, seed: int = 1) -> Counter[tuple[str, str]]:
    """``(outlet key, printed name)`` -> rows, as ``clean`` keys a folder of ``sites``
    made-up sites (module docstring)."""
    rng = random.Random(seed)
    seen: set[str] = set()

    def word() -> str:
        while (found := "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()) in seen:
            pass
        seen.add(found)
        return found

    pairs: Counter[tuple[str, str]] = Counter()
    for at in range(sites):
        name = f"{word()} {rng.choice(NEWS_WORDS)}"
        domain = f"{compact_name(name)}.com"
        if at % 3:
            pairs[(domain, name)] += 4
        else:  # prints no name: its name-keyed pages are filed by the name
            pairs[(f"{outlet_merge.NAME_PREFIX}{compact_name(name)}", name)] += 2
        pairs[(domain, domain)] += 1
        apart = f"{word()} {word()} {rng.choice(NEWS_WORDS)}"
        pairs[(f"{outlet_merge.NAME_PREFIX}{compact_name(apart)}", apart)] += 2
        if at % 10 == 0:
            holder = f"{word()} Media Group"
            for masthead in (f"{word()} {rng.choice(NEWS_WORDS)}", f"{word()} Post"):
                key = f"{outlet_merge.NAME_PREFIX}{compact_name(holder)}|{compact_name(masthead)}"
                pairs[(key, masthead)] += 3
    return pairs


def identities(pairs: Counter[tuple[str, str]], index: type[DomainIndex]) -> tuple:
    """The merge's identities with ``index`` as the run's domain index, and its CPU
    seconds."""
    with mock.patch.object(outlet_merge, "DomainIndex", index):
        start = time.process_time()
        found = outlet_merge.outlet_identities_of_counts(pairs)
        seconds = time.process_time() - start
    kept = (found.key_of, found.display, found.why, found.ambiguous, found.apart)
    return kept, seconds


def main() -> int:
    """Time the old and new merge per size; 1 when their identities differ."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 400, 800, 1600])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
    print(
        f"{'sites':>6} {'keys':>6} {'domains':>8} {'old CPU-s':>10} {'new CPU-s':>10} {'ratio':>6}"
    )
    differ = 0
    for sites in args.sizes:
        pairs = made_up_run(sites)
        keys = {key for key, _ in pairs}
        domains = sum(outlet_merge.is_domain_key(key) for key in keys)
        old_best = new_best = float("inf")
        for _ in range(args.repeat):  # in turn, so both run under the same load
            old, old_seconds = identities(pairs, EveryDomain)
            new, new_seconds = identities(pairs, DomainIndex)
            old_best, new_best = min(old_best, old_seconds), min(new_best, new_seconds)
            differ += old != new
        print(
            f"{sites:>6} {len(keys):>6} {domains:>8} {old_best:>10.3f} {new_best:>10.3f} "
            f"{old_best / new_best:>6.1f}"
        )
    print(f"load average {os.getloadavg()[0]:.2f}; runs whose identities differ: {differ}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
