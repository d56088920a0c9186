"""The table contracts: one schema per table, one loader, one error type with one line."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from synthetic_tables import synthetic_tables, write_synthetic_tables

from analysis import tables
from analysis.errors import AnalysisError, TableError
from analysis.io import write_parquet_atomic
from analysis.stats.metrics import run_metrics

OUTLETS = ["Alpha", "Beta"]


def test_every_table_has_one_schema_and_the_loader_reads_it(tmp_path: Path) -> None:
    write_synthetic_tables(tmp_path, OUTLETS)
    assert tables.TABLE_NAMES == (
        "pages", "blocks", "articles", "article_metrics", "quotes", "copy_pairs", "outlet_metrics"
    )  # fmt: skip
    for name in tables.TABLE_NAMES:
        loaded = tables.load_table(name, tmp_path)
        assert list(loaded.columns) == list(tables.SCHEMAS[name].columns), name


def test_a_missing_table_names_the_file_and_the_command(tmp_path: Path) -> None:
    with pytest.raises(TableError, match=r"articles\.parquet: missing; run .*analysis clean"):
        tables.load_table("articles", tmp_path)
    with pytest.raises(TableError, match=r"quotes\.parquet: missing; run .*analysis metrics"):
        tables.load_table("quotes", tmp_path)
    assert issubclass(TableError, AnalysisError)


def test_an_unreadable_file_is_a_table_error(tmp_path: Path) -> None:
    (tmp_path / "pages.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(TableError, match=r"pages\.parquet: not a readable Parquet file"):
        tables.load_table("pages", tmp_path)


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    blocks = synthetic_tables(OUTLETS)["blocks"].drop(columns=["label"])
    write_parquet_atomic(blocks, tmp_path / "blocks.parquet")
    with pytest.raises(TableError, match=r"blocks\.parquet: does not match.*'label'") as err:
        tables.load_table("blocks", tmp_path, ["page", "start", "end", "label"])
    assert "\n" not in str(err.value)


def test_an_invalid_value_gives_one_line_naming_table_column_and_check() -> None:
    pages = synthetic_tables(OUTLETS)["pages"]
    pages.loc[0, "layout"] = "gallery"
    pages.loc[1, "boilerplate_ratio"] = 1.5
    with pytest.raises(TableError) as err:
        tables.validate(pages, "pages")
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith("pages table: ")
    assert "'layout'" in message and "'gallery'" in message
    assert "'boilerplate_ratio'" in message and "1.5" in message


def test_a_table_wide_check_is_named() -> None:
    blocks = synthetic_tables(OUTLETS)["blocks"]
    blocks.loc[1, "field"] = "byline"  # a title block cannot be a byline
    with pytest.raises(TableError, match="field not allowed with this label"):
        tables.validate(blocks, "blocks")


def test_narrowed_schema_keeps_only_checks_of_kept_columns() -> None:
    narrowed = tables.schema_for("blocks", ["page", "start", "end"])
    assert list(narrowed.columns) == ["page", "start", "end"]
    assert [c.name for c in narrowed.checks] == ["end must exceed start"]
    end = narrowed.columns["end"]  # the column as the table declares it, not re-declared
    assert str(end.dtype) == "int64" and [c.name for c in end.checks] == [
        "greater_than_or_equal_to"
    ]
    with pytest.raises(TableError, match="no column 'colour'"):
        tables.schema_for("blocks", ["page", "colour"])
    with pytest.raises(TableError, match="unknown table"):
        tables.schema_for("tables", None)


def test_a_table_without_a_newer_column_names_the_command_to_run_again(tmp_path: Path) -> None:
    # review h319: outlet_metrics gained 'languages' and 'n_readability_articles'; a
    # report over tables written before read "fails column_in_dataframe: ..." with no
    # word on what to do
    write_synthetic_tables(tmp_path, OUTLETS)
    path = tmp_path / "outlet_metrics.parquet"
    pd.read_parquet(path).drop(columns=["languages"]).to_parquet(path)
    with pytest.raises(TableError, match="no column 'languages'") as found:
        tables.load_table("outlet_metrics", tmp_path)
    assert "run `python -m analysis metrics` again" in str(found.value)


def test_metrics_reads_only_the_columns_it_needs(tmp_path: Path) -> None:
    write_synthetic_tables(tmp_path, OUTLETS)
    blocks = tables.load_table("blocks", tmp_path, ("page", "start", "end", "label"))
    assert list(blocks.columns) == ["page", "start", "end", "label"]


def test_run_metrics_reports_an_invalid_input_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture, caplog: pytest.LogCaptureFixture
) -> None:
    write_synthetic_tables(tmp_path, OUTLETS)
    articles = pd.read_parquet(tmp_path / "articles.parquet")
    articles.loc[0, "layout"] = "gallery"
    write_parquet_atomic(articles, tmp_path / "articles.parquet")
    assert run_metrics(tmp_path, tmp_path / "reports") == 1
    assert capsys.readouterr().out == ""
    [record] = caplog.records
    err = record.getMessage()
    assert record.levelname == "ERROR" and "\n" not in err and record.exc_info is None
    assert "articles.parquet: does not match the articles table contract" in err
    assert "'layout'" in err and "gallery" in err


def test_the_blocks_columns_are_the_schemas_in_its_order() -> None:
    """The clean workers' column order (analysis.vocabulary, no pandas) is the schema's."""
    from analysis.tables import BLOCKS_COLUMNS, BLOCKS_SCHEMA

    assert tuple(BLOCKS_SCHEMA.columns) == BLOCKS_COLUMNS


def test_valid_text_columns_are_checked_without_a_python_call_per_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # pandera's own str check maps a Python function over every value (~0.1 CPU-s per
    # 150,000 rows, serial in the command's process); the text type checks them in C.
    made = synthetic_tables(OUTLETS)
    mapped: list[str] = []
    original = pd.Series.map

    def counted(series: pd.Series, *args: object, **kwargs: object) -> pd.Series:
        mapped.append(str(series.name))
        return original(series, *args, **kwargs)

    monkeypatch.setattr(pd.Series, "map", counted)
    for name in ("pages", "blocks", "articles"):
        tables.validate(made[name], name)
    assert mapped == []


def test_a_text_column_holding_other_values_names_them_as_before() -> None:
    pages = synthetic_tables(OUTLETS)["pages"]
    pages["site"] = pages["site"].astype(object)
    pages.loc[0, "site"] = 7
    pages.loc[1, "encoding"] = b"utf-8"
    with pytest.raises(TableError) as err:
        tables.validate(pages, "pages")
    message = str(err.value)
    assert "column 'site' fails dtype('str'): 7" in message
    assert "column 'encoding' fails dtype('str'): b'utf-8'" in message
    # A missing value in a nullable text column passes, in a required one it fails.
    articles = synthetic_tables(OUTLETS)["articles"]
    articles.loc[0, "title"] = None
    tables.validate(articles, "articles")
    articles.loc[0, "outlet"] = None
    with pytest.raises(TableError, match="column 'outlet' fails not_nullable"):
        tables.validate(articles, "articles")


def test_tables_reach_pyarrow_as_paths_never_as_python_file_objects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    # Given a Python file object, pyarrow reads ahead into Python-owned buffers on its
    # I/O threads; one released there after the interpreter began to exit aborts the
    # process (exit 134) though its work was done (analysis.io.read_parquet).
    import pyarrow.parquet as pq

    write_synthetic_tables(tmp_path, OUTLETS)
    sources: list[object] = []
    read_table = pq.read_table

    def spy(source: object, *args: object, **kwargs: object) -> object:
        sources.append(source)
        return read_table(source, *args, **kwargs)

    monkeypatch.setattr(pq, "read_table", spy)
    for name in tables.TABLE_NAMES:
        tables.load_table(name, tmp_path)
    tables.load_table("articles", tmp_path, filters=[("page", "==", "no such page")])
    assert len(sources) == len(tables.TABLE_NAMES) + 1
    assert run_metrics(tmp_path, tmp_path / "reports") == 0  # its summary reads a table too
    assert len(sources) > len(tables.TABLE_NAMES) + 1
    assert all(isinstance(source, str | Path) for source in sources), sources
