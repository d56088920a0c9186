"""Score one site, one outlet row on h389's set: outlets_h377's scorer (outlets_h129's with this
set's gold.json, or ``--gold FILE``, and names.json, its name check keeping every letter: the
set's names are in Arabic, Persian, Greek, Cyrillic, Lao, Thaana, Yoruba with tone marks and
Latin with diacritics; outlets_h129's check drops every letter outside a-z and 0-9).

``--mixed``: OUT is a run on a folder ``build_mixed.py`` wrote (the set's pages beside
AllSides articles): after the set's figures, the AllSides pages filed in a row holding a
made-up site's page or shown under one of the set's names, and how many rows each AllSides
outlet's pages are in.

Usage: python score.py OUT [--gold FILE] [--mixed] [-v]   (run from the repository root)
"""

import sys
from collections import Counter, defaultdict
from pathlib import Path

if "--gold" not in sys.argv:
    sys.argv += ["--gold", str(Path(__file__).with_name("gold.json"))]
SCORER = Path(__file__).resolve().parent.parent / "outlets_h129" / "score.py"
if not SCORER.exists():  # the set outside the repository: run from the repository root
    SCORER = Path("benchmarks/review_sets/outlets_h129/score.py").resolve()
SOURCE = SCORER.read_text(encoding="utf-8")
ASCII_NORM = 're.sub(r"[^a-z0-9 ]", "", name.casefold())'
assert ASCII_NORM in SOURCE, "outlets_h129's name check changed: update this scorer"
SOURCE = SOURCE.replace(
    ASCII_NORM,
    're.sub(r"[^\\w ]|_", "", __import__("unicodedata").normalize("NFC", name.casefold()))',
)
scope = {"__name__": "__main__", "__file__": str(SCORER)}
exec(compile(SOURCE, str(SCORER), "exec"), scope)

if "--mixed" in sys.argv:
    am, gold, norm, NAMES = scope["am"], scope["gold"], scope["norm"], scope["NAMES"]
    row_of = {page: Counter(grp["outlet"]).most_common(1)[0][0] for page, grp in am.groupby("page")}
    set_rows = {row_of[f] for f in gold if f in row_of}
    set_names = {norm(n) for names in NAMES.values() if names for n in names}
    host_rows = defaultdict(Counter)
    stolen = []
    for page, row in sorted(row_of.items()):
        if not page.startswith("allsides_"):
            continue
        host = page[len("allsides_") :].rsplit("_", 1)[0].replace("_", ".")
        host_rows[host][row] += 1
        if row in set_rows or norm(row) in set_names:
            stolen.append((page, row))
    n_all = sum(sum(c.values()) for c in host_rows.values())
    split = {h: dict(c) for h, c in host_rows.items() if len(c) > 1}
    print(
        f"mixed: AllSides pages {n_all} of {len(host_rows)} outlets; filed with a made-up site"
        f" or under its name {len(stolen)}; outlets in more than one row {len(split)}"
    )
    for page, row in stolen:
        print("  STOLEN", page, "->", repr(row))
    for host, rows in sorted(split.items()):
        print("  ALLSIDES SPLIT", host, rows)
