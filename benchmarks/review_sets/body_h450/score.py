"""Score the body on this set (body_h450): body_h133's scorer with this set's gold.json (or
``--gold FILE``).

Usage: python score.py OUT [--json FILE] [--diff NAME] [--gold FILE]
"""

import runpy
import sys
from pathlib import Path

if "--gold" not in sys.argv:
    sys.argv += ["--gold", str(Path(__file__).with_name("gold.json"))]
SCORER = Path(__file__).resolve().parent.parent / "body_h133" / "score.py"
if not SCORER.exists():  # run from outside benchmarks/review_sets
    import analysis

    SCORER = (
        Path(analysis.__file__).resolve().parent.parent
        / "benchmarks"
        / "review_sets"
        / "body_h133"
        / "score.py"
    )
runpy.run_path(str(SCORER), run_name="__main__")
