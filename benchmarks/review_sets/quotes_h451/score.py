"""Score quotation on this set: quotes_h218's scorer (words counted as
:func:`analysis.text.iter_word_spans` counts them, one a character in Chinese and
Japanese) on this set's pages and gold (``pages_held_out/`` takes gold_held_out.json,
``pages_fresh/`` gold_fresh.json; or ``--gold FILE``).

Usage: python score.py [PAGES_DIR] [--gold FILE] [--details]
"""

import runpy
import sys
from pathlib import Path

_ARGS = sys.argv[1:]
if not [a for i, a in enumerate(_ARGS) if not a.startswith("-") and _ARGS[i - 1 : i] != ["--gold"]]:
    sys.argv.append(str(Path(__file__).resolve().parent / "pages"))
_SCORER = Path(__file__).resolve().parent.parent / "quotes_h218" / "score.py"
runpy.run_path(str(_SCORER), run_name="__main__")
