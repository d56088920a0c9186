"""Checksums of the cleaner's outputs, page by page: is a speed change byte-identical?

Cleans, with :func:`analysis.clean.page_rows.clean_page`, every page of these sets and
digests each page's pages row, block columns and article rows (SHA-256 of their
``repr``):

- ``dev_txt`` / ``dev_html``: the extraction benchmark's dev pages, as text dumps and as
  saved HTML (``../shared/benchmarks/extraction/dev``, third-party, read in place);
- ``listings``: the listing benchmark's dev pages (``../shared/benchmarks/listings/dev``);
- ``seeds``: the project's seed pages (``data/raw``);
- ``allsides``: the first ``--allsides`` AllSides articles written as scraped pages
  (``benchmarks/pipeline_scale.allsides_page``; ``../shared/corpora/allsides_abp``).

Prints one digest per set. ``--save FILE`` writes every page's digest (JSON);
``--against FILE`` compares with a saved run and names the pages whose outputs differ
(exit status 1 when any does). Usage (from the project root), before and after a change::

    nice -n 10 .venv/bin/python benchmarks/clean_checksums.py --save /tmp/before.json
    nice -n 10 .venv/bin/python benchmarks/clean_checksums.py --against /tmp/before.json
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
for folder in (PROJECT_ROOT, PROJECT_ROOT / "benchmarks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from pipeline_scale import allsides_page  # noqa: E402

from analysis import config  # noqa: E402
from analysis.clean.page_rows import clean_page  # noqa: E402
from analysis.clean.read import read_page  # noqa: E402

BENCHMARKS = config.SHARED_DIR / "benchmarks"
ALLSIDES = config.SHARED_DIR / "corpora" / "allsides_abp" / "articles.jsonl.gz"


def page_digest(path: Path) -> str:
    """SHA-256 of one page's cleaned outputs (pages row, blocks, articles)."""
    cleaned = clean_page(read_page(path))
    return hashlib.sha256(
        repr((cleaned.row, cleaned.blocks, cleaned.articles)).encode()
    ).hexdigest()


def _allsides_pages(folder: Path, limit: int) -> Iterator[Path]:
    if not ALLSIDES.is_file():
        return
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        for index, line in zip(range(limit), handle, strict=False):
            path = folder / f"allsides{index:05d}.txt"
            path.write_text(allsides_page(json.loads(line)), encoding="utf-8")
            yield path


def page_sets(folder: Path, n_allsides: int) -> dict[str, Iterator[Path]]:
    """The sets of pages checked (AllSides pages are written into ``folder``)."""
    dev = BENCHMARKS / "extraction" / "dev"
    return {
        "dev_txt": iter(sorted(dev.glob("*.txt"))),
        "dev_html": iter(sorted(dev.glob("*.html"))),
        "listings": iter(sorted((BENCHMARKS / "listings" / "dev").glob("*.txt"))),
        "seeds": iter(sorted((PROJECT_ROOT / "data" / "raw").glob("*.txt"))),
        "allsides": _allsides_pages(folder, n_allsides),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allsides", type=int, default=400, help="AllSides pages (400)")
    parser.add_argument("--save", type=Path, help="write every page's digest here (JSON)")
    parser.add_argument("--against", type=Path, help="compare with a --save file")
    args = parser.parse_args(argv)
    if not BENCHMARKS.is_dir():
        # from a worktree elsewhere (/tmp/x/base) ../shared is not there: without this,
        # only the seeds would be digested and a comparison would look clean
        print(f"benchmark pages not found: {BENCHMARKS} (link the shared folder there)")
        return 2
    digests: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as folder:
        for set_name, paths in page_sets(Path(folder), args.allsides).items():
            found = {f"{set_name}/{path.name}": page_digest(path) for path in paths}
            combined = hashlib.sha256("".join(found.values()).encode()).hexdigest()
            print(f"{set_name:10s} {len(found):5d} pages  {combined[:16]}")
            digests.update(found)
    if args.save:
        args.save.write_text(json.dumps(digests, indent=0, sort_keys=True), encoding="utf-8")
    if args.against:
        saved = json.loads(args.against.read_text(encoding="utf-8"))
        changed = sorted(
            key for key in saved.keys() | digests.keys() if saved.get(key) != digests.get(key)
        )
        for key in changed:
            print(f"differs: {key}")
        print(f"{len(digests)} pages, {len(changed)} differ from {args.against}")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
