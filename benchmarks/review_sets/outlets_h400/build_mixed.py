"""Write a mixed folder: this set's pages beside AllSides articles, as a researcher's folder
(outlets_h377's builder, run on this set's folder).

Usage: python build_mixed.py DEST [--pages pages|pages_held_out] [--per-host N]   (repository root)

DEST gets a copy of the set's pages and ``manifest.csv`` and, for each of the AllSides corpus's
outlets (``../shared/corpora/allsides_abp``, read in place: third-party text is written only to
DEST), its first N articles (default 6) written as ``benchmarks/pipeline_scale.py`` writes them
(outlet host line, menu, title, byline, date, body, footer), as ``allsides_HOST_K.txt``.
``score.py OUT --mixed`` then scores the set's pages as usual and counts the AllSides pages filed
with a made-up site or under one of its names, and the rows of each AllSides host.
"""

from pathlib import Path

BUILDER = Path(__file__).resolve().parent.parent / "outlets_h377" / "build_mixed.py"
exec(
    compile(BUILDER.read_text(encoding="utf-8"), str(BUILDER), "exec"),
    {"__name__": "__main__", "__file__": str(Path(__file__).resolve())},
)
