"""Score the listing split on this set: listings_h127's scorer with this set's gold.json
(or ``--gold FILE``).

A document export (none in this set; kept from listings_h320) is filed by
``clean`` as one page per document (``PAGE/001``, ``PAGE/002`` ...): the scorer counts
those rows as the page's records (listings_h149's wrapper).

Usage: python benchmarks/review_sets/listings_h398/score.py OUT [--gold FILE] [--json FILE]
[--quiet]
"""

import re
import runpy
import sys
from pathlib import Path

import analysis.io

if "--gold" not in sys.argv:
    sys.argv += ["--gold", str(Path(__file__).with_name("gold.json"))]
SCORER = Path(__file__).resolve().parent.parent / "listings_h127" / "score.py"
_read = analysis.io.read_parquet


def _pages_as_files(path, *args, **kwargs):
    table = _read(path, *args, **kwargs)
    if "page" in table.columns:
        table["page"] = table["page"].map(lambda p: re.sub(r"/\d{3}$", "", p))
    return table


analysis.io.read_parquet = _pages_as_files
runpy.run_path(str(SCORER), run_name="__main__")
