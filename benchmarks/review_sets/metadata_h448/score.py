"""Score title / outlet / date / byline of `python -m analysis clean
benchmarks/review_sets/metadata_h448/pages --out OUT` against gold.json beside this file:
metadata_h388's scorer, run from there (as metadata_h399's score.py runs it).

Usage: python benchmarks/review_sets/metadata_h448/score.py OUT [--gold FILE] [--quiet]
"""

import sys
from pathlib import Path

if "--gold" not in sys.argv:
    sys.argv += ["--gold", str(Path(__file__).with_name("gold.json"))]
SCORER = Path(__file__).resolve().parent.parent / "metadata_h388" / "score.py"
if not SCORER.exists():  # the set outside the repository: run from the repository root
    SCORER = Path("benchmarks/review_sets/metadata_h388/score.py").resolve()
exec(
    compile(SCORER.read_text(encoding="utf-8"), str(SCORER), "exec"),
    {"__name__": "__main__", "__file__": str(SCORER)},
)
