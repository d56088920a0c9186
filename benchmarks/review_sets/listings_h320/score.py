"""Score the listing split on this set: listings_h127's scorer with this set's gold.json
(or ``--gold FILE``).

Usage: python benchmarks/review_sets/listings_h320/score.py OUT [--gold FILE] [--json FILE]
[--quiet]
"""

import runpy
import sys
from pathlib import Path

if "--gold" not in sys.argv:
    sys.argv += ["--gold", str(Path(__file__).with_name("gold.json"))]
SCORER = Path(__file__).resolve().parent.parent / "listings_h127" / "score.py"
if not SCORER.exists():  # run from outside the repository's sets: from its root
    SCORER = Path.cwd() / "benchmarks" / "review_sets" / "listings_h127" / "score.py"
runpy.run_path(str(SCORER), run_name="__main__")
