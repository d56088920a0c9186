"""The clean pipeline: pages, blocks and articles tables; bad files skipped and reported."""

from __future__ import annotations

import gc
import shutil
import tracemalloc

import hostile
import pandas as pd
import pyarrow.parquet as pq
import pytest
from page_checks import SEED_ARTICLE, SEED_LISTING, assert_accounts_for_every_character

from analysis.clean import articles as article_module
from analysis.clean import page_rows, table_writer
from analysis.clean import pipeline as clean
from analysis.clean.articles import validate_articles
from analysis.clean.pipeline import run_clean
from analysis.clean.read import read_page
from analysis.clean.segment import validate_blocks
from analysis.errors import TableError
from analysis.tables import ARTICLE_COLUMNS, BLOCKS_COLUMNS, PAGES_COLUMNS, PAGES_SCHEMA


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


def test_bad_files_are_skipped_and_reported(raw_dir, tmp_path, capsys, caplog):
    (raw_dir / "empty.txt").write_bytes(b"")
    (raw_dir / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00JFIF" * 20)
    (raw_dir / ".hidden.txt").write_text("ignored entirely", encoding="utf-8")
    (raw_dir / "latin.htm").write_bytes(
        "Caf\u00e9 cr\u00e8me, d\u00e9j\u00e0 vu.\n".encode("latin-1")
    )
    out = tmp_path / "out"
    assert run_clean(raw_dir, out) == 0
    captured = capsys.readouterr()
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == [
        "skipped empty.txt: empty file",
        "skipped photo.jpg: binary file (JPEG image)",
    ]
    assert "read 3 pages, skipped 2" in captured.out and not captured.err
    pages, _, _ = _tables(out)
    assert list(pages["page"]) == [SEED_ARTICLE, SEED_LISTING, "latin.htm"]
    assert pages.set_index("page").loc["latin.htm", "encoding"] == "cp1252"
    skipped = pd.read_csv(out / "skipped.csv").set_index("page")["reason"]
    assert list(skipped.index) == ["empty.txt", "latin.htm", "photo.jpg"]
    assert skipped["latin.htm"] == page_rows.NO_ARTICLE  # read, listed with why


def test_nothing_readable_exits_non_zero_and_writes_nothing(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert run_clean(raw, out) == 1
    assert not out.exists() or not any(out.iterdir())
    assert run_clean(tmp_path / "missing", out) == 1


def test_outputs_are_deterministic_and_independent_of_row_groups(raw_dir, tmp_path, monkeypatch):
    first, second, small = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    run_clean(raw_dir, first)
    run_clean(raw_dir, second)
    for name in ("pages.parquet", "blocks.parquet", "articles.parquet", "skipped.csv"):
        assert (first / name).read_bytes() == (second / name).read_bytes()
    monkeypatch.setattr(table_writer, "BLOCKS_ROW_GROUP_ROWS", 10)
    run_clean(raw_dir, small)
    pd.testing.assert_frame_equal(
        pd.read_parquet(first / "blocks.parquet"), pd.read_parquet(small / "blocks.parquet")
    )


def test_jobs_give_the_same_bytes_as_one_process(seed_dir, tmp_path, monkeypatch, caplog):
    raw = tmp_path / "raw"
    raw.mkdir()
    seeds = sorted(p for p in seed_dir.iterdir() if p.is_file())
    for index in range(11):  # 11 pages in chunks of 2: more chunks than processes
        seed = seeds[index % len(seeds)]
        shutil.copy(seed, raw / f"{index:02d}_{seed.name}")
    (raw / "05_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    monkeypatch.setattr(clean, "CHUNK_PAGES", 2)
    outputs = {}
    for jobs in (1, 2):
        outputs[jobs] = tmp_path / f"jobs{jobs}"
        caplog.clear()
        # The copies of the seeds are meant: read every file (not the page once).
        assert run_clean(raw, outputs[jobs], jobs=jobs, keep_duplicates=True) == 0
        warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
        assert [w.split(":")[0] for w in warnings] == ["skipped 05_binary.txt"]
    for name in ("pages.parquet", "blocks.parquet", "articles.parquet", "skipped.csv"):
        assert (outputs[1] / name).read_bytes() == (outputs[2] / name).read_bytes(), name
    assert len(pd.read_parquet(outputs[2] / "pages.parquet")) == 11


def _synthetic_pages(folder, n_pages, body_bytes):
    """``n_pages`` article pages, each with a one-line body of about ``body_bytes``.

    Each page ends with its own number: byte-identical files would be one page.
    """
    folder.mkdir()
    text = hostile.long_line_text(body_bytes)
    for index in range(n_pages):
        (folder / f"page_{index:03d}.txt").write_text(f"{text}{index}\n", encoding="utf-8")
    return folder


def _small_row_groups(monkeypatch, pages=2):
    for name in ("ARTICLES_ROW_GROUP_PAGES", "BLOCKS_ROW_GROUP_PAGES", "PAGES_ROW_GROUP_ROWS"):
        monkeypatch.setattr(table_writer, name, pages)


@pytest.mark.slow
def test_articles_are_written_while_pages_are_still_being_read(tmp_path, monkeypatch):
    raw = _synthetic_pages(tmp_path / "raw", 7, 2_000)
    whole = tmp_path / "whole"
    run_clean(raw, whole)
    events = []
    read_pages = clean._clean_pages

    def logged_pages(files, skipped, jobs=1, manifest=None, **kwargs):
        for page in read_pages(files, skipped, jobs, manifest, **kwargs):
            events.append(("read", page.name))
            yield page

    def logged_chunk(build, table):
        def chunk(items):
            events.append((table, len(items)))
            return build(items)

        return chunk

    monkeypatch.setattr(clean, "_clean_pages", logged_pages)
    monkeypatch.setattr(
        table_writer, "_articles_chunk", logged_chunk(table_writer._articles_chunk, "articles")
    )
    monkeypatch.setattr(
        table_writer, "pages_frame", logged_chunk(table_writer.pages_frame, "pages")
    )
    _small_row_groups(monkeypatch)
    streamed = tmp_path / "streamed"
    assert run_clean(raw, streamed) == 0

    reads = [index for index, (kind, _) in enumerate(events) if kind == "read"]
    for table in ("articles", "pages"):
        chunks = [(index, size) for index, (kind, size) in enumerate(events) if kind == table]
        assert [size for _, size in chunks] == [2, 2, 2, 1]
        assert chunks[0][0] < reads[2]  # written after the second page, before the third
    for name in ("pages", "articles", "blocks"):
        assert pq.ParquetFile(streamed / f"{name}.parquet").metadata.num_row_groups == 4
        whole_table = pd.read_parquet(whole / f"{name}.parquet")
        assert whole_table.equals(pd.read_parquet(streamed / f"{name}.parquet"))
    assert pq.ParquetFile(whole / "articles.parquet").metadata.num_row_groups == 1


def _peak_traced_bytes(raw, out, monkeypatch):
    """Peak traced memory of run_clean, with reference cycles collected after each page."""
    read_pages = clean._clean_pages

    def collected_pages(files, skipped, jobs=1, manifest=None, **kwargs):
        for item in read_pages(files, skipped, jobs, manifest, **kwargs):
            gc.collect()
            yield item

    monkeypatch.setattr(clean, "_clean_pages", collected_pages)
    tracemalloc.start()
    try:
        run_clean(raw, out)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        monkeypatch.setattr(clean, "_clean_pages", read_pages)


@pytest.mark.slow
def test_peak_memory_does_not_grow_with_the_number_of_pages(tmp_path, monkeypatch, capsys):
    body_bytes = 100_000
    few = _synthetic_pages(tmp_path / "few", 3, body_bytes)
    many = _synthetic_pages(tmp_path / "many", 12, body_bytes)
    _small_row_groups(monkeypatch, pages=1)
    run_clean(few, tmp_path / "warm-up")
    peak_few = _peak_traced_bytes(few, tmp_path / "few_out", monkeypatch)
    peak_many = _peak_traced_bytes(many, tmp_path / "many_out", monkeypatch)
    # Holding the 9 extra articles would add at least their bodies (9 x 100 KB).
    assert peak_many - peak_few < body_bytes, (peak_few, peak_many)
    assert "read 12 pages" in capsys.readouterr().out


def test_repeated_article_id_is_refused_and_nothing_is_replaced(raw_dir, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_clean(raw_dir, out)
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    # (clean_page builds its rows through articles.page_article_rows)
    monkeypatch.setattr(article_module, "article_rows", _same_ids(article_module.article_rows))
    with pytest.raises(TableError, match=r"article_id \w+ is not unique"):
        run_clean(raw_dir, out)
    after = {path.name: path.read_bytes() for path in out.iterdir() if path.is_file()}
    assert after == before  # (the chunks kept for a resumed run are in a hidden folder)


def _same_ids(article_rows):
    def build(*args, **kwargs):
        articles = article_rows(*args, **kwargs)
        for row in articles:
            row["article_id"] = "0123456789abcdef"
        return articles

    return build


def test_interrupt_while_streaming_keeps_the_previous_tables(raw_dir, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_clean(raw_dir, out)
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    read_pages = clean._clean_pages

    def interrupted_pages(files, skipped, jobs=1, manifest=None, **kwargs):
        pages = read_pages(files, skipped, jobs, manifest, **kwargs)
        yield next(pages)
        raise KeyboardInterrupt

    monkeypatch.setattr(clean, "_clean_pages", interrupted_pages)
    monkeypatch.setattr(table_writer, "ARTICLES_ROW_GROUP_PAGES", 1)  # a row group is on disk
    with pytest.raises(KeyboardInterrupt):
        run_clean(raw_dir, out)
    # The chunk kept for a resumed run is in a hidden folder (analysis.clean.resume).
    after = {path.name: path.read_bytes() for path in out.iterdir() if path.is_file()}
    assert after == before


def test_listing_site_is_named_above_the_first_card_only(seed_tables):
    """A card's outlet line near the top of a listing is that card's, not the page's site.

    Seed 004's first card names its outlet in the page's top lines; the listing page
    itself names no site above its first card, so its chrome is not filed under that card's
    outlet.
    """
    pages = pd.read_parquet(seed_tables["pages"]).set_index("page")
    articles = pd.read_parquet(seed_tables["articles"])
    listing = articles[articles["page"] == SEED_LISTING]
    assert pages.loc[SEED_LISTING, "layout"] == "listing"
    assert pages.loc[SEED_LISTING, "site"] not in set(listing["outlet"])
    assert pages.loc[SEED_LISTING, "site_key"].startswith("unknown:")
