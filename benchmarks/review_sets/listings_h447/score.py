"""Score the listing split on this set: listings_h387's scorer, run from there (listings_h127's
with this set's gold.json, or ``--gold FILE``; a document export's ``PAGE/001`` rows counted
as the page's records).

Usage: python benchmarks/review_sets/listings_h447/score.py OUT [--gold FILE] [--json FILE]
[--quiet]
"""

import sys
from pathlib import Path

if "--gold" not in sys.argv:
    sys.argv += ["--gold", str(Path(__file__).with_name("gold.json"))]
SCORER = Path(__file__).resolve().parent.parent / "listings_h387" / "score.py"
if not SCORER.exists():  # the set outside the repository: run from the repository root
    SCORER = Path("benchmarks/review_sets/listings_h387/score.py").resolve()
exec(
    compile(SCORER.read_text(encoding="utf-8"), str(SCORER), "exec"),
    {"__name__": "__main__", "__file__": str(SCORER)},
)
