"""Score title / outlet / date / byline on this set: metadata_h128's scorer with this
set's gold.json (or ``--gold FILE``) and not_authors.json.

Usage: python score.py OUT [--gold FILE] [--quiet]
"""

import runpy
import sys
from pathlib import Path

if "--gold" not in sys.argv:
    sys.argv += ["--gold", str(Path(__file__).with_name("gold.json"))]
_SCORER = Path(__file__).resolve().parent.parent / "metadata_h128" / "score.py"
if not _SCORER.exists():  # run from outside benchmarks/review_sets
    _SCORER = Path.cwd() / "benchmarks" / "review_sets" / "metadata_h128" / "score.py"
runpy.run_path(str(_SCORER), run_name="__main__")
