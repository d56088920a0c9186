"""Score one site, one outlet row on h348's set: outlets_h129's scorer with this set's
gold.json (or ``--gold FILE``) and names.json, its name check keeping every letter (the
set's names are Mongolian Cyrillic, Georgian, Armenian, Khmer and Sinhala: outlets_h129's
check drops every letter outside a-z and 0-9), as outlets_h330's and outlets_h338's.

Usage: python score.py OUT [--gold FILE] [-v]   (run from the repository root)
"""

import sys
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
exec(compile(SOURCE, str(SCORER), "exec"), {"__name__": "__main__", "__file__": str(SCORER)})
