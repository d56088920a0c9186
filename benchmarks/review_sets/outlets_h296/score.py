"""Score one site, one outlet row on h296's set: outlets_h129's scorer via runpy with this
set's gold.json (or ``--gold FILE``) and names.json.

Usage: python score.py OUT [--gold FILE] [-v]   (run from the repository root)
"""

import runpy
import sys
from pathlib import Path

if "--gold" not in sys.argv:
    sys.argv += ["--gold", str(Path(__file__).with_name("gold.json"))]
SCORER = Path(__file__).resolve().parent.parent / "outlets_h129" / "score.py"
if not SCORER.exists():  # the set outside the repository: run from the repository root
    SCORER = Path("benchmarks/review_sets/outlets_h129/score.py").resolve()
runpy.run_path(str(SCORER), run_name="__main__")
