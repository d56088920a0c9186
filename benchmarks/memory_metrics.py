"""Peak memory and CPU of ``python -m analysis metrics``: does it grow with the corpus?

Builds the three tables ``metrics`` reads (pages, blocks, articles: the columns it
reads, as ``clean`` writes them) for N article pages straight from the AllSides corpus
(``../shared/corpora/allsides_abp/articles.jsonl.gz``, 7,018 articles of 36 outlets;
third-party text read in place and written only to a temporary folder): page i is
record ``i mod 7,018`` with an outlet line, title, body and footer (so copies of a
record are the same outlet's reprints, which the copy search groups by hash and never
pairs). Building them directly is much faster than running ``clean`` on 100k pages.

For each size it runs ``python -m analysis metrics --jobs J`` in a subprocess and
prints wall seconds, CPU seconds and CPU-ms per article (the command and its workers;
the command's own process apart: with ``--jobs N`` that is the part no worker does),
the peak resident memory of the process tree (sampled every 0.2 s: see
``benchmarks/pipeline_scale.py``) and of the command's own process, then the growth
of both peaks from one size to the next. Flat means the peaks do not follow the
number of articles. The machine may be shared: CPU seconds do not depend on the load,
wall seconds do.

Usage (from the project root; 100,000 articles is about 10 CPU-minutes)::

    nice -n 10 .venv/bin/python benchmarks/memory_metrics.py [--sizes 1000 10000 100000]
        [--jobs 1] [--report-every 60]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import sys
import tempfile
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))
BENCHMARKS = Path(__file__).resolve().parent
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from pipeline_scale import cpu_roles_line, run_stage  # noqa: E402

from analysis import config  # noqa: E402
from analysis.stats.metrics import ARTICLES_USED, BLOCKS_USED, PAGES_USED  # noqa: E402

CORPUS = config.SHARED_DIR / "corpora" / "allsides_abp" / "articles.jsonl.gz"
DEFAULT_SIZES = (1_000, 10_000, 100_000)
WRITE_ROWS = 5_000  # pages per row group of the built tables


def read_corpus(path: Path = CORPUS) -> list[dict]:
    """The AllSides records, in file order."""
    if not path.is_file():
        raise SystemExit(f"{path}: AllSides corpus not found")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def page_rows(index: int, record: dict) -> tuple[dict, list[dict], dict]:
    """Page ``index`` from ``record``: its pages row, blocks rows and articles row."""
    page = f"p{index:07d}.txt"
    outlet = record["outlet"]
    title = record["title"] or "Untitled"
    parts = [
        (f"{outlet}\nHome | Politics | World\n\n", "boilerplate"),
        (f"{title}\n\n", "title"),
        (record["body"], "body"),
        (f"\n\nShare this article\nCopyright {outlet}.\n", "boilerplate"),
    ]
    blocks, start = [], 0
    for text, label in parts:
        blocks.append(
            {"page": page, "start": start, "end": start + len(text), "label": label,
             "article_index": -1 if label == "boilerplate" else 0}
        )  # fmt: skip
        start += len(text)
    key = "".join(c for c in outlet.lower() if c.isalnum()) + ".example"
    article = {
        "article_id": hashlib.sha256(page.encode()).hexdigest()[:16],
        "page": page,
        "article_index": 0,
        "layout": "article",
        "outlet": outlet,
        "outlet_key": key,
        "title": title,
        "body": record["body"],
        "is_teaser": False,
    }
    page_row = {
        "page": page,
        "n_chars": start,
        "layout": "article",
        "site": outlet,
        "site_key": key,
    }
    return page_row, blocks, article


def build_tables(folder: Path, size: int, records: list[dict]) -> None:
    """Write pages, blocks and articles .parquet for ``size`` pages into ``folder``."""
    folder.mkdir(parents=True)
    columns = {"pages": PAGES_USED, "blocks": BLOCKS_USED, "articles": ARTICLES_USED}
    writers: dict[str, pq.ParquetWriter] = {}
    for start in range(0, size, WRITE_ROWS):
        rows: dict[str, list[dict]] = {"pages": [], "blocks": [], "articles": []}
        for index in range(start, min(size, start + WRITE_ROWS)):
            page, blocks, article = page_rows(index, records[index % len(records)])
            rows["pages"].append(page)
            rows["blocks"].extend(blocks)
            rows["articles"].append(article)
        for name, found in rows.items():
            table = pa.Table.from_pylist(found).select(list(columns[name]))
            if name not in writers:
                writers[name] = pq.ParquetWriter(folder / f"{name}.parquet", table.schema)
            writers[name].write_table(table)
    for writer in writers.values():
        writer.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument(
        "--report-every", type=float, default=None, help="print a sample every N seconds"
    )
    args = parser.parse_args(argv)
    records = read_corpus()
    print(f"metrics --jobs {args.jobs}; AllSides article pages built as clean's tables")
    print(
        "articles  wall s  CPU s  CPU ms/article  main process CPU s  peak MB (tree)"
        "  peak MB (main process)"
    )
    found = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="newscompare-metrics-memory-") as tmp:
            processed = Path(tmp) / "processed"
            build_tables(processed, size, records)
            arguments = ["metrics", "--processed", str(processed), "--jobs", str(args.jobs)]
            result = run_stage(
                [*arguments, "--reports", str(Path(tmp) / "reports")], args.report_every
            )
        found.append((size, result))
        print(
            f"{size:8d}  {result['wall']:6.1f}  {result['cpu']:5.1f}  "
            f"{1000 * result['cpu'] / size:14.2f}  {result['main_cpu']:18.1f}  "
            f"{result['peak_mb']:14.0f}  "
            f"{result['main_mb']:22.0f}",
            flush=True,
        )
        print(f"{'':10s}{cpu_roles_line(result)}", flush=True)
    for (small, low), (large, high) in itertools.pairwise(found):
        print(
            f"{small} -> {large} articles: peak {high['peak_mb'] - low['peak_mb']:+.0f} MB "
            f"(tree), {high['main_mb'] - low['main_mb']:+.0f} MB (main process); CPU per "
            f"article {high['cpu'] / large / (low['cpu'] / small):.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
