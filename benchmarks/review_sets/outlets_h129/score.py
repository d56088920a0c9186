"""Score one site, one outlet row.

Usage: python benchmarks/review_sets/outlets_h129/score.py OUT [--gold FILE] [-v]

The sites' accepted display names are read from names.json beside the gold file; other
sets (outlets_h137) run this scorer with their own gold.
"""

import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from analysis.io import read_parquet

out = sys.argv[1]
verbose = "-v" in sys.argv
_GOLD_PATH = (
    sys.argv[sys.argv.index("--gold") + 1]
    if "--gold" in sys.argv
    else Path(__file__).with_name("gold.json")
)
gold = json.loads(Path(_GOLD_PATH).read_text(encoding="utf-8"))
#: The names a site may be shown under (None: no name to check), beside the gold.
NAMES = json.loads(Path(_GOLD_PATH).with_name("names.json").read_text(encoding="utf-8"))


def norm(name: str) -> str:
    return re.sub(r"^the ", "", re.sub(r"[^a-z0-9 ]", "", name.casefold())).strip()


am = read_parquet(f"{out}/article_metrics.parquet")
arts = read_parquet(f"{out}/articles.parquet")
row_of = {}
for page, grp in am.groupby("page"):
    row_of[page] = Counter(grp["outlet"]).most_common(1)[0][0]
missing = [f for f in gold if f not in row_of]
pages = [f for f in gold if f in row_of]
tp = fp = fn = 0
merge_pairs = Counter()
for a, b in itertools.combinations(sorted(pages), 2):
    same_g = gold[a] == gold[b]
    same_r = row_of[a] == row_of[b]
    tp += same_g and same_r
    fp += same_r and not same_g
    fn += same_g and not same_r
    if same_r and not same_g:
        merge_pairs[(row_of[a], tuple(sorted((gold[a], gold[b]))))] += 1
P = tp / (tp + fp) if tp + fp else 1.0
R = tp / (tp + fn) if tp + fn else 1.0
rows = defaultdict(Counter)
for f in pages:
    rows[row_of[f]][gold[f]] += 1
sites = defaultdict(Counter)
for f in pages:
    sites[gold[f]][row_of[f]] += 1
one_row = [
    s for s, c in sites.items() if len(c) == 1 and all(sum(rows[r].values()) == c[r] for r in c)
]
one_row_loose = [s for s, c in sites.items() if len(c) == 1]
merged_rows = {r: c for r, c in rows.items() if len(c) > 1}
unknown_rows = [r for r in rows if r.startswith("unknown site")]
name_ok = name_n = 0
name_bad = []
for s, c in sorted(sites.items()):
    if NAMES.get(s) is None:
        continue
    name_n += 1
    r = c.most_common(1)[0][0]
    if norm(r) in {norm(n) for n in NAMES[s]}:
        name_ok += 1
    else:
        name_bad.append((s, r))
# a wire agency's row: a known agency or a name such agencies take
_WIRE = r"AP|Associated Press|Reuters|AFP|Agence|Press Agency|Press Service|News Agency"
wire_rows = [r for r in rows if re.search(rf"\b({_WIRE})\b", r)]
print(f"pages {len(gold)} scored {len(pages)} (no article: {len(missing)})")
print(f"pairwise precision {P:.3f} recall {R:.3f}")
print(f"gold sites {len(sites)}; rows {len(rows)}; unknown rows {len(unknown_rows)}")
print(
    f"sites in exactly one row (row holds only them) {len(one_row)}/{len(sites)};"
    f" all pages in one row {len(one_row_loose)}/{len(sites)}"
)
print(f"merge rows (2+ sites): {len(merged_rows)}; wrongly merged page pairs {fp}")
print(f"display name right {name_ok}/{name_n}; wire-agency rows {wire_rows}")
for r, c in merged_rows.items():
    print("  MERGE", repr(r), dict(c))
for s, c in sorted(sites.items()):
    if len(c) > 1:
        print("  SPLIT", s, dict(c))
for s, r in name_bad:
    print("  NAME", s, "->", repr(r))
if verbose:
    for f in sorted(pages, key=lambda f: gold[f]):
        a = arts[arts.page == f].iloc[0]
        print(
            f"   {gold[f]:26s} {f:14s} {row_of[f]!r:32s} {a.outlet_key!r}"
            f" {a.outlet_source} cs={a.credited_source}"
        )
