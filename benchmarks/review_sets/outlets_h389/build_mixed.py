"""Write a mixed folder: this set's pages beside AllSides articles, as a researcher's folder.

Usage: python build_mixed.py DEST [--pages pages|pages_held_out] [--per-host N]   (repository root)

DEST gets a copy of the set's pages and ``manifest.csv`` and, for each of the AllSides corpus's
outlets (``../shared/corpora/allsides_abp``, read in place: third-party text is written only to
DEST), its first N articles (default 6) written as ``benchmarks/pipeline_scale.py`` writes them
(outlet host line, menu, title, byline, date, body, footer), as ``allsides_HOST_K.txt``.
``score.py OUT --mixed`` then scores the set's pages as usual and counts the AllSides pages filed
with a made-up site or under one of its names, and the rows of each AllSides host.
"""

import gzip
import json
import shutil
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from benchmarks.pipeline_scale import ALLSIDES, allsides_page  # noqa: E402

dest = Path(sys.argv[1])
folder = sys.argv[sys.argv.index("--pages") + 1] if "--pages" in sys.argv else "pages"
per_host = int(sys.argv[sys.argv.index("--per-host") + 1]) if "--per-host" in sys.argv else 6
if dest.exists():
    raise SystemExit(f"{dest} exists: give a new folder")
shutil.copytree(Path(__file__).with_name(folder), dest)
taken = defaultdict(int)
with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
    for line in handle:
        record = json.loads(line)
        host = record["outlet"]
        if taken[host] >= per_host:
            continue
        taken[host] += 1
        name = f"allsides_{host.replace('.', '_')}_{taken[host]}.txt"
        (dest / name).write_text(allsides_page(record), encoding="utf-8")
print(
    f"{dest}: {len(list(Path(__file__).with_name(folder).glob('*')))} set files, "
    f"{sum(taken.values())} AllSides pages of {len(taken)} outlets"
)
