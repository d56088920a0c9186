"""analysis.clean: the pages, blocks and articles tables; bad files skipped and reported."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from page_checks import SEED_ARTICLE, SEED_LISTING, assert_accounts_for_every_character

from analysis import clean
from analysis.articles import ARTICLE_COLUMNS, validate_articles
from analysis.clean import PAGES_COLUMNS, PAGES_SCHEMA, run_clean
from analysis.read import read_page
from analysis.segment import BLOCKS_COLUMNS, validate_blocks


@pytest.fixture
def raw_dir(tmp_path, seed_dir):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in (SEED_ARTICLE, SEED_LISTING):
        shutil.copy(seed_dir / name, raw / name)
    return raw


def _tables(out):
    return (
        pd.read_parquet(out / "pages.parquet"),
        pd.read_parquet(out / "blocks.parquet"),
        pd.read_parquet(out / "articles.parquet"),
    )


def test_clean_writes_three_valid_tables(raw_dir, tmp_path, capsys):
    out = tmp_path / "out"
    assert run_clean(raw_dir, out) == 0
    assert "read 2 pages, skipped 0" in capsys.readouterr().out
    pages, blocks, articles = _tables(out)
    assert tuple(pages.columns) == PAGES_COLUMNS
    assert tuple(blocks.columns) == BLOCKS_COLUMNS
    assert tuple(articles.columns) == ARTICLE_COLUMNS
    PAGES_SCHEMA.validate(pages)
    validate_articles(articles)
    texts = {name: read_page(raw_dir / name).text for name in pages["page"]}
    validate_blocks(blocks, texts)
    for name, text in texts.items():
        assert_accounts_for_every_character(blocks[blocks["page"] == name].reset_index(), text)

    assert list(pages["page"]) == [SEED_ARTICLE, SEED_LISTING]
    parts = pages[["body_chars", "title_chars", "metadata_chars", "boilerplate_chars"]]
    assert (parts.sum(axis=1) == pages["n_chars"]).all()
    by_page = pages.set_index("page")
    assert by_page.loc[SEED_ARTICLE, "layout"] == "article"
    assert by_page.loc[SEED_LISTING, "layout"] == "listing"
    assert by_page.loc[SEED_ARTICLE, "n_articles"] == 1
    assert by_page.loc[SEED_LISTING, "n_articles"] == 5
    assert by_page.loc[SEED_ARTICLE, "site"] == "The Politic Review"
    ratio = by_page["boilerplate_chars"] / by_page["n_chars"]
    assert (ratio == by_page["boilerplate_ratio"]).all()
    assert len(articles) == 6
    assert list(articles["page"]) == [SEED_ARTICLE] + [SEED_LISTING] * 5
    skipped = pd.read_csv(out / "skipped.csv")
    assert list(skipped.columns) == ["page", "reason"] and skipped.empty


def test_bad_files_are_skipped_and_reported(raw_dir, tmp_path, capsys):
    (raw_dir / "empty.txt").write_bytes(b"")
    (raw_dir / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00JFIF" * 20)
    (raw_dir / ".hidden.txt").write_text("ignored entirely", encoding="utf-8")
    (raw_dir / "latin.htm").write_bytes(
        "Caf\u00e9 cr\u00e8me, d\u00e9j\u00e0 vu.\n".encode("latin-1")
    )
    out = tmp_path / "out"
    assert run_clean(raw_dir, out) == 0
    captured = capsys.readouterr()
    assert "empty.txt" in captured.err and "empty file" in captured.err
    assert "photo.jpg" in captured.err and "JPEG" in captured.err
    assert "read 3 pages, skipped 2" in captured.out
    pages, _, _ = _tables(out)
    assert list(pages["page"]) == [SEED_ARTICLE, SEED_LISTING, "latin.htm"]
    assert pages.set_index("page").loc["latin.htm", "encoding"] == "cp1252"
    skipped = pd.read_csv(out / "skipped.csv")
    assert list(skipped["page"]) == ["empty.txt", "photo.jpg"]


def test_nothing_readable_exits_non_zero(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert run_clean(raw, out) == 1
    pages, blocks, articles = _tables(out)
    assert pages.empty and blocks.empty and articles.empty
    assert run_clean(tmp_path / "missing", out) == 1


def test_outputs_are_deterministic_and_independent_of_row_groups(raw_dir, tmp_path, monkeypatch):
    first, second, small = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    run_clean(raw_dir, first)
    run_clean(raw_dir, second)
    for name in ("pages.parquet", "blocks.parquet", "articles.parquet", "skipped.csv"):
        assert (first / name).read_bytes() == (second / name).read_bytes()
    monkeypatch.setattr(clean, "BLOCKS_ROW_GROUP_ROWS", 10)
    run_clean(raw_dir, small)
    pd.testing.assert_frame_equal(
        pd.read_parquet(first / "blocks.parquet"), pd.read_parquet(small / "blocks.parquet")
    )
