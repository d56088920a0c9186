"""Clean a folder of raw pages into the pages, blocks and articles tables (stage: clean).

``python -m analysis clean [RAW_DIR] [--out DIR]`` reads every non-hidden file of
RAW_DIR in name order and writes, in DIR (default ``data/processed``):

- ``pages.parquet``: one row per page read (:data:`PAGES_SCHEMA`);
- ``blocks.parquet``: every block of every page (analysis.segment.BLOCKS_SCHEMA);
- ``articles.parquet``: every article (analysis.articles.ARTICLES_SCHEMA);
- ``skipped.csv``: one row per file that could not be read, with columns
  ``page`` (file name) and ``reason`` (the PageReadError reason); header only when none.

PAGES columns: page, encoding, n_bytes, n_chars, layout (``article``/``listing``), site
(the page's own site name when a masthead or copyright line gives it, else None),
n_articles, body_chars, title_chars, metadata_chars, boilerplate_chars (the characters
of each block label: they add up to n_chars), boilerplate_ratio (boilerplate_chars /
n_chars).

Blocks are streamed to disk page by page, so memory grows with the largest page, not
with the corpus; pages and articles rows are kept until the end (they are small).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow as pyarrow
import pyarrow.parquet as pq

from analysis.articles import ARTICLE_COLUMNS, articles_from_blocks, validate_articles
from analysis.errors import PageReadError, SchemaError
from analysis.io import write_atomic, write_csv_atomic, write_parquet_atomic
from analysis.page_metadata import find_site_name
from analysis.read import Page, read_page
from analysis.segment import BLOCKS_COLUMNS, LABELS, segment_page, validate_blocks

PAGES_COLUMNS = (
    "page",
    "encoding",
    "n_bytes",
    "n_chars",
    "layout",
    "site",
    "n_articles",
    "body_chars",
    "title_chars",
    "metadata_chars",
    "boilerplate_chars",
    "boilerplate_ratio",
)

PAGES_SCHEMA = pa.DataFrameSchema(
    {
        "page": pa.Column(str, unique=True),
        "encoding": pa.Column(str),
        "n_bytes": pa.Column("int64", pa.Check.gt(0)),
        "n_chars": pa.Column("int64", pa.Check.gt(0)),
        "layout": pa.Column(str, pa.Check.isin(("article", "listing"))),
        "site": pa.Column(str, nullable=True),
        "n_articles": pa.Column("int64", pa.Check.ge(0)),
        "body_chars": pa.Column("int64", pa.Check.ge(0)),
        "title_chars": pa.Column("int64", pa.Check.ge(0)),
        "metadata_chars": pa.Column("int64", pa.Check.ge(0)),
        "boilerplate_chars": pa.Column("int64", pa.Check.ge(0)),
        "boilerplate_ratio": pa.Column(float, pa.Check.in_range(0.0, 1.0)),
    },
    checks=[
        pa.Check(
            lambda df: df[["body_chars", "title_chars", "metadata_chars", "boilerplate_chars"]]
            .sum(axis=1)
            .eq(df["n_chars"]),
            error="label characters must add up to n_chars",
        )
    ],
    strict=True,
    ordered=True,
)

BLOCKS_ARROW_SCHEMA = pyarrow.schema(
    [
        ("page", pyarrow.string()),
        ("block_id", pyarrow.int64()),
        ("line_no", pyarrow.int64()),
        ("start", pyarrow.int64()),
        ("end", pyarrow.int64()),
        ("label", pyarrow.string()),
        ("field", pyarrow.string()),
        ("article_index", pyarrow.int64()),
        ("text", pyarrow.string()),
    ]
)
# Rows buffered before a blocks row group is written.
BLOCKS_ROW_GROUP_ROWS = 50_000


def run_clean(raw_dir: Path, out_dir: Path) -> int:
    """Clean every page of ``raw_dir`` into tables in ``out_dir``.

    Parameters
    ----------
    raw_dir : Path
        Folder of raw pages (every non-hidden file, in name order).
    out_dir : Path
        Where pages.parquet, blocks.parquet, articles.parquet and skipped.csv go.

    Returns
    -------
    int
        Exit status: 0 when at least one page was read, 1 otherwise.
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    if not raw_dir.is_dir():
        print(f"error: {raw_dir}: not a folder", file=sys.stderr)
        return 1
    files = raw_page_files(raw_dir)
    page_rows: list[dict] = []
    article_frames: list[pd.DataFrame] = []
    skipped: list[dict] = []

    def write_blocks(tmp: Path) -> None:
        with pq.ParquetWriter(tmp, BLOCKS_ARROW_SCHEMA, compression="zstd") as writer:
            buffer: list[pd.DataFrame] = []
            n_buffered = 0
            for page, blocks in _clean_pages(files, skipped):
                articles = articles_from_blocks(blocks, page.text)
                page_rows.append(page_row(page, blocks, articles))
                article_frames.append(articles)
                buffer.append(blocks)
                n_buffered += len(blocks)
                if n_buffered >= BLOCKS_ROW_GROUP_ROWS:
                    _write_blocks_group(writer, buffer)
                    buffer, n_buffered = [], 0
            _write_blocks_group(writer, buffer)

    write_atomic(out_dir / "blocks.parquet", write_blocks)
    pages = pages_frame(page_rows)
    articles = _concat_articles(article_frames)
    write_parquet_atomic(pages, out_dir / "pages.parquet")
    write_parquet_atomic(articles, out_dir / "articles.parquet")
    write_csv_atomic(pd.DataFrame(skipped, columns=["page", "reason"]), out_dir / "skipped.csv")
    print(f"read {len(pages)} pages, skipped {len(skipped)}; {len(articles)} articles -> {out_dir}")
    return 0 if len(pages) else 1


def raw_page_files(raw_dir: Path) -> list[Path]:
    """Every non-hidden regular file directly in ``raw_dir``, sorted by name."""
    return sorted(
        (p for p in raw_dir.iterdir() if p.is_file() and not p.name.startswith(".")),
        key=lambda p: p.name,
    )


def _clean_pages(files: list[Path], skipped: list[dict]) -> Iterator[tuple[Page, pd.DataFrame]]:
    for path in files:
        try:
            page = read_page(path)
        except PageReadError as err:
            print(f"skipped {path.name}: {err.reason}", file=sys.stderr)
            skipped.append({"page": path.name, "reason": err.reason})
            continue
        blocks = validate_blocks(segment_page(page.text, page.name), {page.name: page.text})
        yield page, blocks


def _write_blocks_group(writer: pq.ParquetWriter, frames: list[pd.DataFrame]) -> None:
    if not frames:
        return
    blocks = pd.concat(frames, ignore_index=True)[list(BLOCKS_COLUMNS)]
    writer.write_table(
        pyarrow.Table.from_pandas(blocks, schema=BLOCKS_ARROW_SCHEMA, preserve_index=False)
    )


def page_row(page: Page, blocks: pd.DataFrame, articles: pd.DataFrame) -> dict:
    """One PAGES row from a page, its blocks and its articles."""
    lengths = (blocks["end"] - blocks["start"]).groupby(blocks["label"]).sum()
    chars = {label: int(lengths.get(label, 0)) for label in LABELS}
    n_chars = len(page.text)
    if sum(chars.values()) != n_chars:
        raise SchemaError(f"{page.name}: block labels cover {sum(chars.values())} of {n_chars}")
    site = find_site_name(page.text.split("\n"))
    site_name = None
    if site is not None:
        line = page.text.split("\n")[site.line_no]
        site_name = " ".join(line[site.start : site.end].split()) or None
    return {
        "page": page.name,
        "encoding": page.encoding,
        "n_bytes": page.n_bytes,
        "n_chars": n_chars,
        "layout": "listing" if len(articles) > 1 else "article",
        "site": site_name,
        "n_articles": len(articles),
        "body_chars": chars["body"],
        "title_chars": chars["title"],
        "metadata_chars": chars["metadata"],
        "boilerplate_chars": chars["boilerplate"],
        "boilerplate_ratio": chars["boilerplate"] / n_chars,
    }


def pages_frame(rows: list[dict]) -> pd.DataFrame:
    """The validated PAGES table from rows (see :data:`PAGES_SCHEMA`)."""
    pages = pd.DataFrame(rows, columns=list(PAGES_COLUMNS))
    for column in PAGES_COLUMNS:
        if column.startswith("n_") or column.endswith("_chars"):
            pages[column] = pages[column].astype("int64")
    pages["boilerplate_ratio"] = pages["boilerplate_ratio"].astype(float)
    for column in ("page", "encoding", "layout", "site"):
        pages[column] = pages[column].astype(object)
    try:
        return PAGES_SCHEMA.validate(pages, lazy=True)
    except (pa.errors.SchemaError, pa.errors.SchemaErrors) as err:
        raise SchemaError(f"pages table: {err}") from err


def _concat_articles(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [frame for frame in frames if len(frame)]
    if not frames:
        return validate_articles(articles_from_blocks(_empty_blocks(), ""))
    articles = pd.concat(frames, ignore_index=True)[list(ARTICLE_COLUMNS)]
    return validate_articles(articles)


def _empty_blocks() -> pd.DataFrame:
    return segment_page("", "")
