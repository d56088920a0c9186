"""The same page saved twice in a raw folder is read once, and the other file is listed.

A scrape holds a page again as ``story (1).txt``, gzipped next to itself, or as its text
dump and its HTML; each used to count as a second article of its outlet.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pandas as pd
import pytest
from page_checks import BUDGET_ARTICLE
from test_html_input import ARTICLE_HTML

from analysis.clean import duplicates
from analysis.clean.pipeline import run_clean
from analysis.clean.read import list_raw_folder
from analysis.cli import _build_parser

OTHER = BUDGET_ARTICLE.replace("Council", "Mayor").replace("council", "mayor")


def _clean(raw: Path, tmp_path: Path) -> tuple[pd.DataFrame, dict[str, str], pd.DataFrame]:
    out = tmp_path / "out"
    assert run_clean(raw, out) == 0
    skipped = pd.read_csv(out / "skipped.csv")
    return (
        pd.read_parquet(out / "pages.parquet"),
        dict(zip(skipped["page"], skipped["reason"], strict=True)),
        pd.read_parquet(out / "articles.parquet"),
    )


def test_byte_identical_files_are_one_page_and_the_copy_is_named_in_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "budget.txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    (raw / "budget (1).txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    (raw / "mayor.txt").write_text(OTHER, encoding="utf-8")
    pages, skipped, articles = _clean(raw, tmp_path)
    assert sorted(pages["page"]) == ["budget.txt", "mayor.txt"]  # the original, not the copy
    assert len(articles) == 2
    reason = skipped["budget (1).txt"]
    assert "duplicate of budget.txt" in reason and "same content" in reason
    assert "skipped budget (1).txt: duplicate of budget.txt" in caplog.text


def test_a_page_and_its_gzipped_copy_are_one_html_page(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "buses.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (raw / "buses.html.gz").write_bytes(gzip.compress(ARTICLE_HTML.encode(), mtime=0))
    (raw / "copy.html.gz").write_bytes(gzip.compress(ARTICLE_HTML.encode(), mtime=0))
    pages, skipped, _ = _clean(raw, tmp_path)
    assert pages["page"].tolist() == ["buses.html"]
    assert set(skipped) == {"buses.html.gz", "copy.html.gz"}
    assert all("duplicate of buses.html (same content)" in r for r in skipped.values())


def test_text_dump_and_html_of_one_page_count_once_read_from_the_html(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "buses.txt").write_text(BUDGET_ARTICLE, encoding="utf-8")  # other bytes, same name
    (raw / "buses.HTML").write_text(ARTICLE_HTML, encoding="utf-8")
    pages, skipped, articles = _clean(raw, tmp_path)
    assert pages["page"].tolist() == ["buses.HTML"]
    assert "duplicate of buses.HTML (same name in another format)" in skipped["buses.txt"]
    assert articles["outlet_key"].tolist() == ["riverside-courier.com"]  # from the markup


def test_the_file_with_a_manifest_row_is_the_one_read(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "buses.txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    (raw / "buses.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,url,outlet\nbuses.txt,https://www.example-tribune.com/a,Example Tribune\n",
        encoding="utf-8",
    )
    pages, skipped, articles = _clean(raw, tmp_path)
    assert pages["page"].tolist() == ["buses.txt"]
    assert "duplicate of buses.txt" in skipped["buses.html"]
    assert articles["outlet"].tolist() == ["Example Tribune"]


def test_different_pages_of_one_size_and_other_endings_are_kept(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    (raw / "b.txt").write_text(BUDGET_ARTICLE.replace("Tuesday", "Thursda"), encoding="utf-8")
    assert (raw / "a.txt").stat().st_size == (raw / "b.txt").stat().st_size
    (raw / "a.md").write_text(OTHER, encoding="utf-8")  # same stem, not a format ending
    # A gzip file whose stated size equals a.txt's, with other content.
    (raw / "c.txt.gz").write_bytes(
        gzip.compress(BUDGET_ARTICLE.replace("roads", "ports").encode(), mtime=0)
    )
    assert duplicates.duplicate_files(list_raw_folder(raw), set()) == {}
    pages, skipped, _ = _clean(raw, tmp_path)
    assert sorted(pages["page"]) == ["a.md", "a.txt", "b.txt", "c.txt.gz"]
    assert skipped == {}


def test_keep_duplicates_reads_every_file(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "budget.txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    (raw / "budget (1).txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    arguments = _build_parser().parse_args(["clean", str(raw), "--keep-duplicates"])
    assert arguments.keep_duplicates is True
    assert run_clean(raw, out, keep_duplicates=arguments.keep_duplicates) == 0
    assert len(pd.read_parquet(out / "pages.parquet")) == 2
    assert pd.read_csv(out / "skipped.csv").empty


def test_format_stem() -> None:
    assert duplicates.format_stem("Story.HTML.gz") == "Story"
    assert duplicates.format_stem("story.htm") == duplicates.format_stem("story.txt") == "story"
    assert duplicates.format_stem("story.md") is None
    assert duplicates.format_stem(".txt") is None


def test_one_url_crawled_twice_counts_once(tmp_path: Path) -> None:
    # two dumps of one article that differ in their chrome, the manifest naming one URL
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "monday.txt").write_text(
        BUDGET_ARTICLE + "\n\nMost read: Ferry fares rise\n", encoding="utf-8"
    )
    (raw / "tuesday.txt").write_text(
        BUDGET_ARTICLE + "\n\nMost read: Harbour wall repaired\n", encoding="utf-8"
    )
    (raw / "other.txt").write_text(OTHER, encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,url\n"
        "monday.txt,https://www.example-tribune.com/a\n"
        "tuesday.txt,https://www.example-tribune.com/a#comments\n"
        "other.txt,https://www.example-tribune.com/b\n",
        encoding="utf-8",
    )
    pages, skipped, _ = _clean(raw, tmp_path)
    assert sorted(pages["page"]) == ["monday.txt", "other.txt"]
    assert skipped["tuesday.txt"].startswith("duplicate of monday.txt (same URL in the manifest)")


def test_the_same_bytes_two_sites_served_are_two_pages(tmp_path: Path) -> None:
    # review finding h178: one agency's story carried word for word by two papers, saved
    # as its text alone, was read once: the second paper lost the article, and the
    # shared copy between the two was never measured
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("globe.txt", "voice.txt", "voice (1).txt", "loose.txt"):
        (raw / name).write_text(BUDGET_ARTICLE, encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,url,outlet\n"
        "globe.txt,https://www.northgateglobe.com/uk/a,\n"
        "voice.txt,,Orrin Valley Voice\n"
        "voice (1).txt,https://www.orrinvoice.com/a,Orrin Valley Voice\n",
        encoding="utf-8",
    )
    pages, skipped, articles = _clean(raw, tmp_path)
    assert sorted(pages["page"]) == ["globe.txt", "voice.txt"]
    assert "duplicate of voice.txt" in skipped["voice (1).txt"]  # one site, one page
    assert "duplicate of globe.txt" in skipped["loose.txt"]  # no site: the first site's
    assert sorted(articles["outlet"]) == ["Orrin Valley Voice", "northgateglobe.com"]


@pytest.mark.parametrize(
    ("url", "outlet", "source"),
    [
        ("https://amp.example.co.uk/a", None, "example.co.uk"),
        ("https://amp.example.co.uk/a", "The Example", "name:example"),
        (None, None, None),
    ],
)
def test_stated_source(url: str | None, outlet: str | None, source: str | None) -> None:
    assert duplicates.stated_source(url, outlet) == source


def test_a_page_saved_in_two_folders_of_a_crawl_is_read_from_the_first_folder(
    tmp_path: Path,
) -> None:
    # clean --recursive: the same bytes saved on two days under two site folders; the
    # folders' names (of other lengths) do not choose: the first day's file is read
    raw = tmp_path / "raw"
    for folder in ("2026-12-03/harbourside", "2026-12-04/vale"):
        (raw / folder).mkdir(parents=True)
        (raw / folder / "budget.txt").write_text(BUDGET_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    assert run_clean(raw, out, recursive=True) == 0
    pages = pd.read_parquet(out / "pages.parquet")
    skipped = pd.read_csv(out / "skipped.csv")
    assert pages["page"].tolist() == ["2026-12-03/harbourside/budget.txt"]
    assert skipped["page"].tolist() == ["2026-12-04/vale/budget.txt"]
    assert "duplicate of 2026-12-03/harbourside/budget.txt" in skipped["reason"][0]
