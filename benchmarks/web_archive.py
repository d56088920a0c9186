"""A web archive against the same pages in a folder: the 109 real dev pages, both ways.

Writes, in a temporary folder, (a) a folder of the dev pages' HTML files with a manifest
of their URLs and (b) a WARC of the same pages as a crawler writes them (a request and a
response record per page, one gzip member per record, beside each page a redirect and
an image response of its site), cleans both in this process and prints whether every
article's columns agree (the page's name aside: its URL in the WARC, its file name in the
folder), what skipped.csv holds, and the CPU seconds of each run.

Run from the repository root::

    .venv/bin/python benchmarks/web_archive.py

The dev pages are read from ../shared/benchmarks/extraction/dev (third-party material:
copied only into the temporary folder, removed at the end).
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.clean.pipeline import run_clean  # noqa: E402

DEV = ROOT.parent / "shared" / "benchmarks" / "extraction" / "dev"
#: A 1x1 GIF, the image response beside each page.
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"


def dev_pages(dev: Path) -> list[tuple[str, str, bytes]]:
    """``(name, url, html bytes)`` of every dev page, by name."""
    pages = []
    for meta in sorted(dev.glob("*.json")):
        url = json.loads(meta.read_text("utf-8")).get("url")
        html = meta.with_suffix(".html")
        if url and html.exists():
            pages.append((meta.stem, url, html.read_bytes()))
    return pages


def write_folder(pages: list[tuple[str, str, bytes]], folder: Path) -> None:
    folder.mkdir()
    rows = ["file,url"]
    for name, url, html in pages:
        (folder / f"{name}.html").write_bytes(html)
        rows.append(f'{name}.html,"{url}"')
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def write_warc(pages: list[tuple[str, str, bytes]], path: Path) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "benchmark"}))
        for _name, url, html in pages:
            site = url.split("/", 3)[:3]
            home = "/".join(site) + "/"
            _response(writer, home.replace("https://", "http://", 1), b"", "text/html",
                      "301 Moved Permanently", [("Location", home)])  # fmt: skip
            request = StatusAndHeaders(f"GET {url} HTTP/1.1", [], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b""), http_headers=request
                )
            )
            _response(writer, url, html, "text/html")
            _response(writer, home + "logo.gif", GIF, "image/gif")


def _response(writer, url, body, content_type, status="200 OK", headers=()):
    http = StatusAndHeaders(status, [("Content-Type", content_type), *headers], "HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
    )


def timed_clean(source: Path, out: Path) -> float:
    start = time.process_time()
    status = run_clean(source, out, jobs=1)
    if status != 0:
        raise SystemExit(f"clean {source} failed ({status})")
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEV)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    pages = dev_pages(args.dev)
    with tempfile.TemporaryDirectory(prefix="web_archive_bench_") as tmp:
        tmp = Path(tmp)
        write_folder(pages, tmp / "raw")
        write_warc(pages, tmp / "crawl.warc.gz")
        folder_s = timed_clean(tmp / "raw", tmp / "from_folder")
        warc_s = timed_clean(tmp / "crawl.warc.gz", tmp / "from_warc")
        from_folder = pd.read_parquet(tmp / "from_folder" / "articles.parquet")
        from_warc = pd.read_parquet(tmp / "from_warc" / "articles.parquet")
        skipped = pd.read_csv(tmp / "from_warc" / "skipped.csv")
        size = (tmp / "crawl.warc.gz").stat().st_size
    names = {f"{name}.html": url for name, url, _ in pages}
    from_folder["page"] = from_folder["page"].map(names)
    columns = [c for c in from_folder.columns if c != "article_id"]  # from the page name
    left = from_folder[columns].sort_values(["page", "article_index"]).reset_index(drop=True)
    right = from_warc[columns].sort_values(["page", "article_index"]).reset_index(drop=True)
    same_shape = left.shape == right.shape
    differing = (
        [c for c in columns if not left[c].equals(right[c])] if same_shape else ["(row count)"]
    )
    print(f"dev pages: {len(pages)}; WARC {size / 1e6:.1f} MB, {4 * len(pages) + 1} records")
    print(f"articles: folder + manifest {len(from_folder)}, WARC {len(from_warc)}")
    print(f"columns differing: {differing or 'none'}")
    reasons = (
        skipped["reason"]
        .str.extract(r"row \d+: (.*)$")[0]
        .str.replace(r"https?://\S*[^\s:]", "URL", regex=True)
    )
    print("skipped.csv:", reasons.value_counts().to_dict())
    print(f"clean CPU-s: folder + manifest {folder_s:.1f}, WARC {warc_s:.1f}")
    return 0 if not differing else 1


if __name__ == "__main__":
    raise SystemExit(main())
