"""Score one site, one outlet row on h449's set: outlets_h377's scorer, run from there
(outlets_h129's with this set's gold.json, or ``--gold FILE``, and names.json, its name
check keeping every letter: the set's names are in Arabic, Cyrillic, Korean, Japanese,
Devanagari and Latin with diacritics; outlets_h129's check drops every letter outside a-z and 0-9).

Usage: python score.py OUT [--gold FILE] [-v]   (run from the repository root)
"""

import sys
from pathlib import Path

if "--gold" not in sys.argv:
    sys.argv += ["--gold", str(Path(__file__).with_name("gold.json"))]
SCORER = Path(__file__).resolve().parent.parent / "outlets_h377" / "score.py"
if not SCORER.exists():  # the set outside the repository: run from the repository root
    SCORER = Path("benchmarks/review_sets/outlets_h377/score.py").resolve()
exec(
    compile(SCORER.read_text(encoding="utf-8"), str(SCORER), "exec"),
    {"__name__": "__main__", "__file__": str(SCORER)},
)
