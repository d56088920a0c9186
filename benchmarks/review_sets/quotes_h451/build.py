"""Build this set's pages and gold from articles.src and articles_fresh.src: quotes_h218's
builder (its docstring gives the annotation) run on this folder.

Run: python build.py
"""

import runpy
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.argv[1:] = [str(_HERE)]
runpy.run_path(str(_HERE.parent / "quotes_h218" / "build.py"), run_name="__main__")
