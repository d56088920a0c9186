"""Every table's contract: its columns, its pandera schema, and the one loader.

The stages hand data to each other only through these tables (``data/processed``):

=================  ==========================  ==============================================
table              written by                  one row per
=================  ==========================  ==============================================
pages              ``clean``                   page read
blocks             ``clean``                   labelled block of a page (they tile the page)
articles           ``clean``                   article (an article page, or a listing card)
article_metrics    ``metrics``                 article, with its statistics
quotes             ``metrics``                 quoted span of an article body
copy_pairs         ``metrics``                 pair of articles sharing copy
outlet_metrics     ``metrics``                 outlet (or site serving listing pages)
=================  ==========================  ==============================================

The columns are described where they are computed (``analysis.clean.page_rows`` for pages,
``analysis.clean.segment`` for blocks, ``analysis.clean.articles``,
``analysis.stats.metrics``, ``analysis.stats.copies``, ``analysis.stats.outlets``) and in
docs/architecture.md; the schemas here are the one definition the code checks against.

A stage that reads a table uses :func:`load_table`; one that builds a table checks it
with :func:`validate`. Both raise :class:`analysis.errors.TableError`, with a one-line
message naming the table (or file) and the reason, for a missing, unreadable or invalid
table; pandera's own exceptions never leave this module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow.parquet as pq
from pandera.engines import pandas_engine

from analysis.clean.outlet import OUTLET_SOURCES
from analysis.errors import TableError
from analysis.io import read_parquet
from analysis.stats.score_names import READABILITY_COLUMNS

# The shared vocabularies, defined without pandas for the clean workers (re-exported).
from analysis.vocabulary import (  # noqa: F401
    BLOCKS_COLUMNS,
    FIELD_LABELS,
    FIELDS,
    LABELS,
    LAYOUTS,
    VALUE_SOURCES,
)

# --- the text columns' type -----------------------------------------------------------


class _Text(pandas_engine.NpString):
    """pandera's ``str`` column type, its check done in C when every value passes.

    pandera checks a ``str`` column by calling a Python function on each value (is it a
    ``str``? or missing?): ~0.1 CPU-s for the 150,000 rows of a blocks row group, paid
    in the command's own process, where ``--jobs N`` has no other core to spread it
    on. pandas' ``infer_dtype`` answers "string" (or "empty") for the same columns in
    one C loop; any other answer falls back to pandera's own check, so a column that
    fails is reported as before (the same failure cases, the same message).
    """

    def check(self, pandera_dtype: object, data_container: pd.Series | None = None) -> object:
        """True when every value is a ``str`` or missing, else pandera's own answer."""
        if data_container is not None:
            inferred = pd.api.types.infer_dtype(data_container, skipna=True)
            if inferred in ("string", "empty"):
                return True
        return super().check(pandera_dtype, data_container)


#: The type of every text column (a ``str``, or missing where the column is nullable).
TEXT = _Text()

# --- table-wide checks, each with the columns it needs ------------------------------

_COUNT = pa.Check.ge(0)
_SHARE = pa.Check.in_range(0.0, 1.0)
_ALLOWED_FIELD_LABELS = frozenset(
    f"{field}\x1f{label}" for field, labels in FIELD_LABELS.items() for label in labels
)
# Check name -> the columns it reads; a narrowed schema keeps a check only when it
# keeps all of them (see schema_for).
_CHECK_COLUMNS: dict[str, tuple[str, ...]] = {}


def _rows_check(
    error: str, columns: tuple[str, ...], test: Callable[[pd.DataFrame], pd.Series | bool]
) -> pa.Check:
    """A table-wide check named ``error`` that reads ``columns``."""
    _CHECK_COLUMNS[error] = columns
    return pa.Check(test, name=error, error=error)


_LABEL_CHARS = ("body_chars", "title_chars", "metadata_chars", "boilerplate_chars")

PAGES_SCHEMA = pa.DataFrameSchema(
    {
        "page": pa.Column(TEXT, unique=True),
        "encoding": pa.Column(TEXT),
        "n_bytes": pa.Column("int64", pa.Check.gt(0)),
        "n_chars": pa.Column("int64", pa.Check.gt(0)),
        "layout": pa.Column(TEXT, pa.Check.isin(LAYOUTS)),
        "site": pa.Column(TEXT),
        "site_key": pa.Column(TEXT),
        "n_articles": pa.Column("int64", _COUNT),
        "body_chars": pa.Column("int64", _COUNT),
        "title_chars": pa.Column("int64", _COUNT),
        "metadata_chars": pa.Column("int64", _COUNT),
        "boilerplate_chars": pa.Column("int64", _COUNT),
        "boilerplate_ratio": pa.Column(float, _SHARE),
        # The hashes of the page's chrome lines, three lists (those that count alone,
        # the narrow ones, the name lines: analysis.clean.site_chrome.page_chrome_kinds),
        # read by the outlets' identities instead of the blocks (which check each value's
        # shape); a table an earlier clean wrote has none (its blocks are read instead).
        "chrome_lines": pa.Column(object, required=False),
    },
    checks=[
        _rows_check(
            "label characters must add up to n_chars",
            ("n_chars", *_LABEL_CHARS),
            lambda df: df[list(_LABEL_CHARS)].sum(axis=1).eq(df["n_chars"]),
        )
    ],
    strict=True,
    ordered=True,
    name="pages",
)

BLOCKS_SCHEMA = pa.DataFrameSchema(
    {
        "page": pa.Column(TEXT),
        "block_id": pa.Column("int64", _COUNT),
        "line_no": pa.Column("int64", _COUNT),
        "start": pa.Column("int64", _COUNT),
        "end": pa.Column("int64", pa.Check.ge(1)),
        "label": pa.Column(TEXT, pa.Check.isin(LABELS)),
        "field": pa.Column(TEXT, pa.Check.isin(FIELDS)),
        "article_index": pa.Column("int64", pa.Check.ge(-1)),
        "text": pa.Column(TEXT),
    },
    checks=[
        _rows_check("end must exceed start", ("start", "end"), lambda df: df["end"] > df["start"]),
        _rows_check(
            "text length must equal end - start",
            ("start", "end", "text"),
            lambda df: df["text"].str.len() == df["end"] - df["start"],
        ),
        _rows_check(
            "field not allowed with this label",
            ("field", "label"),
            lambda df: (df["field"] + "\x1f" + df["label"]).isin(_ALLOWED_FIELD_LABELS),
        ),
    ],
    strict=True,
    ordered=True,
    name="blocks",
)

ARTICLES_SCHEMA = pa.DataFrameSchema(
    {
        "article_id": pa.Column(TEXT, pa.Check.str_matches(r"^[0-9a-f]{16}$"), unique=True),
        "page": pa.Column(TEXT),
        "article_index": pa.Column("int64", _COUNT),
        "layout": pa.Column(TEXT, pa.Check.isin(LAYOUTS)),
        "outlet": pa.Column(TEXT),
        "outlet_key": pa.Column(TEXT),
        "outlet_source": pa.Column(TEXT, pa.Check.isin(OUTLET_SOURCES)),
        "url": pa.Column(TEXT, nullable=True),
        "credited_source": pa.Column(TEXT, nullable=True),
        "title": pa.Column(TEXT, nullable=True),
        "title_source": pa.Column(TEXT, pa.Check.isin(VALUE_SOURCES), nullable=True),
        "byline": pa.Column(TEXT, nullable=True),
        "byline_source": pa.Column(TEXT, pa.Check.isin(VALUE_SOURCES), nullable=True),
        "published": pa.Column(TEXT, pa.Check.str_matches(r"^\d{4}-\d{2}-\d{2}$"), nullable=True),
        "date_source": pa.Column(TEXT, pa.Check.isin(VALUE_SOURCES), nullable=True),
        "relative_time": pa.Column(TEXT, nullable=True),
        "category": pa.Column(TEXT, nullable=True),
        "body": pa.Column(TEXT),
        "n_body_chars": pa.Column("int64", _COUNT),
        "is_teaser": pa.Column(bool),
        "teaser_reason": pa.Column(TEXT, nullable=True),
    },
    checks=[
        _rows_check(
            "is_teaser must be True exactly where teaser_reason is given",
            ("is_teaser", "teaser_reason"),
            lambda df: df["is_teaser"] == df["teaser_reason"].notna(),
        ),
        _rows_check(
            "n_body_chars must equal len(body)",
            ("body", "n_body_chars"),
            lambda df: df["body"].str.len() == df["n_body_chars"],
        ),
    ],
    strict=True,
    ordered=True,
    name="articles",
)

ARTICLE_METRICS_SCHEMA = pa.DataFrameSchema(
    {
        "article_id": pa.Column(TEXT, unique=True),
        "page": pa.Column(TEXT),
        "article_index": pa.Column(int),
        "outlet": pa.Column(TEXT, nullable=True),
        "title": pa.Column(TEXT, nullable=True),
        "layout": pa.Column(TEXT, pa.Check.isin(LAYOUTS)),
        # not the full text (articles.is_teaser): a card cut short, a page cut by a paywall
        "is_teaser": pa.Column(bool),
        # ISO 639-1 code from analysis.stats.language (ISO 639-3 for a language with no
        # ISO 639-1 code, "crh"), "und" when too short to tell
        "language": pa.Column(TEXT, pa.Check.str_matches(r"^[a-z]{2,3}$")),
        "n_words": pa.Column(int, _COUNT),
        "n_sentences": pa.Column(int, _COUNT),
        "n_quotes": pa.Column(int, _COUNT),
        "n_scare_quotes": pa.Column(int, _COUNT),
        "quoted_words": pa.Column(int, _COUNT),
        "quoted_words_all": pa.Column(int, _COUNT),
        "quote_share": pa.Column(float, _SHARE, nullable=True),
        "quote_share_all": pa.Column(float, _SHARE, nullable=True),
        "quotes_per_1000_words": pa.Column(float, pa.Check.ge(0.0), nullable=True),
        **{name: pa.Column(float, nullable=True) for name in READABILITY_COLUMNS},
        # why a readability score is NaN (None when all are computed)
        "readability_note": pa.Column(TEXT, nullable=True),
        # characters of the lines removed as the outlet's boilerplate
        # (analysis.stats.outlet_boilerplate); part of boilerplate_chars
        "outlet_boilerplate_chars": pa.Column(int, _COUNT),
        "unit_chars": pa.Column(int, _COUNT),
        "boilerplate_chars": pa.Column(int, _COUNT),
        "boilerplate_ratio": pa.Column(float, _SHARE, nullable=True),
        "copy_group": pa.Column(TEXT, nullable=True),
        "copy_max_similarity": pa.Column(float, _SHARE, nullable=True),
        # another save of the same story by the outlet, kept instead (analysis.stats.resaves)
        "resave_of": pa.Column(TEXT, nullable=True),
    },
    checks=[
        _rows_check(
            "resave_of must name another article",
            ("article_id", "resave_of"),
            lambda df: df["resave_of"].isna() | (df["resave_of"] != df["article_id"]),
        ),
        _rows_check(
            "quoted_words must not exceed quoted_words_all",
            ("quoted_words", "quoted_words_all"),
            lambda df: df["quoted_words"] <= df["quoted_words_all"],
        ),
        _rows_check(
            "boilerplate_chars must not exceed unit_chars",
            ("boilerplate_chars", "unit_chars"),
            lambda df: df["boilerplate_chars"] <= df["unit_chars"],
        ),
    ],
    strict=True,
    ordered=True,
    name="article_metrics",
)

QUOTES_SCHEMA = pa.DataFrameSchema(
    {
        "article_id": pa.Column(TEXT),
        "outlet": pa.Column(TEXT, nullable=True),
        "quote_index": pa.Column(int, _COUNT),
        "start": pa.Column(int, _COUNT),
        "end": pa.Column(int, _COUNT),
        "text": pa.Column(TEXT),
        "n_words": pa.Column(int, _COUNT),
        "paragraph": pa.Column(int, _COUNT),
        "attributed": pa.Column(bool),
        "speaker": pa.Column(TEXT, nullable=True),
        "is_scare": pa.Column(bool),
        "speaker_as_printed": pa.Column(TEXT, nullable=True),
    },
    checks=[
        _rows_check(
            "start must not exceed end", ("start", "end"), lambda df: df["start"] <= df["end"]
        )
    ],
    unique=["article_id", "quote_index"],
    strict=True,
    ordered=True,
    name="quotes",
)

COPY_PAIRS_SCHEMA = pa.DataFrameSchema(
    {
        "copy_group": pa.Column(TEXT, pa.Check.str_startswith("copy-")),
        "article_id_a": pa.Column(TEXT),
        "article_id_b": pa.Column(TEXT),
        "outlet_a": pa.Column(TEXT, nullable=True),
        "outlet_b": pa.Column(TEXT, nullable=True),
        "similarity": pa.Column(float, _SHARE),
    },
    checks=[
        _rows_check(
            "article_id_a must sort before article_id_b",
            ("article_id_a", "article_id_b"),
            lambda df: df["article_id_a"] < df["article_id_b"],
        )
    ],
    strict=True,
    ordered=True,
    name="copy_pairs",
)

OUTLET_METRICS_SCHEMA = pa.DataFrameSchema(
    {
        "outlet": pa.Column(TEXT, unique=True),
        "n_articles": pa.Column(int, _COUNT),
        # of them teasers (is_teaser): counted, but not in median_words
        "n_teasers": pa.Column(int, _COUNT),
        # saves of a story saved before (article_metrics.resave_of): not in n_articles
        "n_resaves": pa.Column(int, _COUNT),
        "n_pages": pa.Column(int, _COUNT),
        "total_words": pa.Column(int, _COUNT),
        "median_words": pa.Column(float, nullable=True),
        "quote_share_pooled": pa.Column(float, _SHARE, nullable=True),
        "quote_share_mean": pa.Column(float, _SHARE, nullable=True),
        "quote_share_all_pooled": pa.Column(float, _SHARE, nullable=True),
        "quotes_per_1000_words": pa.Column(float, pa.Check.ge(0.0), nullable=True),
        "top_speakers": pa.Column(TEXT),
        # the language whose articles the readability columns aggregate (stats/outlets.py)
        "readability_language": pa.Column(TEXT, nullable=True),
        # of its articles, those the readability columns aggregate (stats/outlets.py)
        "n_readability_articles": pa.Column(int, _COUNT),
        # the languages of its articles, each with its count, most first ("fr 2, de 1"):
        # words are counted in other units in other languages (stats/outlets.py)
        "languages": pa.Column(TEXT, nullable=True),
        **{
            f"{name}_{stat}": pa.Column(float, nullable=True)
            for name in READABILITY_COLUMNS
            for stat in ("wmean", "wmedian")
        },
        "boilerplate_ratio": pa.Column(float, _SHARE, nullable=True),
        "original_share": pa.Column(float, _SHARE, nullable=True),
        "n_listing_pages": pa.Column(int, _COUNT),
        # outlet keys filed under this outlet by analysis.clean.outlet_merge ("; "-joined)
        "merged_from": pa.Column(TEXT, nullable=True),
        # 95 % bootstrap intervals (analysis.stats.bootstrap): NaN under 2 articles.
        **{
            f"{name}_{end}": pa.Column(float, nullable=True)
            for name in (
                "median_words",
                "quote_share_pooled",
                "quote_share_all_pooled",
                "quotes_per_1000_words",
                "flesch_reading_ease_wmean",
                "flesch_kincaid_grade_wmean",
                "gunning_fog_wmean",
                "boilerplate_ratio",
                "original_share",
            )
            for end in ("ci_low", "ci_high")
        },
    },
    strict=True,
    ordered=True,
    name="outlet_metrics",
)

#: Every table by name, in the order the stages write them.
SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "pages": PAGES_SCHEMA,
    "blocks": BLOCKS_SCHEMA,
    "articles": ARTICLES_SCHEMA,
    "article_metrics": ARTICLE_METRICS_SCHEMA,
    "quotes": QUOTES_SCHEMA,
    "copy_pairs": COPY_PAIRS_SCHEMA,
    "outlet_metrics": OUTLET_METRICS_SCHEMA,
}
TABLE_NAMES = tuple(SCHEMAS)
#: The command that writes each table (named in the error for a missing file).
WRITTEN_BY = {
    name: "clean" if name in ("pages", "blocks", "articles") else "metrics" for name in SCHEMAS
}

PAGES_COLUMNS = tuple(PAGES_SCHEMA.columns)
ARTICLE_COLUMNS = tuple(ARTICLES_SCHEMA.columns)
ARTICLE_METRICS_COLUMNS = list(ARTICLE_METRICS_SCHEMA.columns)
QUOTE_COLUMNS = list(QUOTES_SCHEMA.columns)
COPY_PAIR_COLUMNS = list(COPY_PAIRS_SCHEMA.columns)
OUTLET_METRICS_COLUMNS = list(OUTLET_METRICS_SCHEMA.columns)
#: Outlet statistics with a 95 % bootstrap interval (``STAT_ci_low``, ``STAT_ci_high``).
INTERVAL_STATISTICS = tuple(
    c.removesuffix("_ci_low") for c in OUTLET_METRICS_COLUMNS if c.endswith("_ci_low")
)


# --- validation and loading -----------------------------------------------------------


def schema_for(name: str, columns: Sequence[str] | None = None) -> pa.DataFrameSchema:
    """The schema of table ``name``, narrowed to ``columns`` when given.

    A narrowed schema keeps the checks of the kept columns and every table-wide check
    whose columns are all kept; it is what a stage that reads only some columns of a
    table validates them against (not a second declaration of the table).

    Parameters
    ----------
    name : str
        A table name (:data:`TABLE_NAMES`).
    columns : sequence of str, optional
        The columns kept; None keeps the whole schema.

    Returns
    -------
    pandera.DataFrameSchema
        The table's own schema object when ``columns`` is None, else a new one.

    Raises
    ------
    TableError
        ``name`` is not a table, or a column is not one of its columns.
    """
    if name not in SCHEMAS:
        raise TableError(f"unknown table {name!r}; known: {', '.join(TABLE_NAMES)}")
    schema = SCHEMAS[name]
    if columns is None:
        return schema
    unknown = [c for c in columns if c not in schema.columns]
    if unknown:
        raise TableError(f"{name} table has no column {', '.join(map(repr, unknown))}")
    kept = set(columns)
    unique = schema.unique if schema.unique is None or set(schema.unique) <= kept else None
    return pa.DataFrameSchema(
        {c: column for c, column in schema.columns.items() if c in kept},
        checks=[check for check in schema.checks if set(_CHECK_COLUMNS[check.name]) <= kept],
        unique=unique,
        strict=schema.strict,
        ordered=schema.ordered,
        name=schema.name,
    )


def validate(
    table: pd.DataFrame,
    name: str,
    *,
    source: str | Path | None = None,
    columns: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Check a whole table (or its ``columns``) against the schema of table ``name``.

    Parameters
    ----------
    table : pandas.DataFrame
        The table, with all of its columns.
    name : str
        Which table it is (one of :data:`TABLE_NAMES`).
    source : str or Path, optional
        The file it came from, named in the error instead of the table.
    columns : sequence of str, optional
        The columns ``table`` holds: checked against :func:`schema_for` ``(name,
        columns)``.

    Returns
    -------
    pandas.DataFrame
        ``table`` as pandera returns it (unchanged values).

    Raises
    ------
    TableError
        One line: the table (or file), then what is wrong.
    """
    return _validate(table, schema_for(name, columns), name, source)


def _validate(
    table: pd.DataFrame, schema: pa.DataFrameSchema, name: str, source: str | Path | None
) -> pd.DataFrame:
    where = f"{source}: does not match the {name} table contract" if source else f"{name} table"
    try:
        return schema.validate(table, lazy=True)
    except (pa.errors.SchemaError, pa.errors.SchemaErrors) as err:
        raise TableError(f"{where}: {describe_failure(err)}") from err


def describe_failure(err: Exception) -> str:
    """One line saying what a pandera error found: the check, the column, a few cases.

    Parameters
    ----------
    err : Exception
        A pandera ``SchemaError`` or ``SchemaErrors``.

    Returns
    -------
    str
        ``column 'x' fails CHECK: case, case, case (N cases); table fails CHECK in row
        3: ...``.
    """
    cases = getattr(err, "failure_cases", None)
    if not isinstance(cases, pd.DataFrame) or cases.empty:
        return " ".join(str(err).split())[:300]
    parts = []
    table_wide = cases["schema_context"] == "DataFrameSchema"
    for check, group in cases[table_wide].groupby("check", sort=False):
        rows = sorted({int(i) for i in group["index"].dropna()})
        where = f" in row {', '.join(map(str, rows[:3]))}" if rows else ""
        more = f" ({len(rows)} rows)" if len(rows) > 3 else ""
        parts.append(f"table fails {check}{where}{more}: {_examples(group)}")
    for (column, check), group in cases[~table_wide].groupby(["column", "check"], sort=False):
        n_cases = len(group)
        more = f" ({n_cases} cases)" if n_cases > 3 else ""
        parts.append(f"column {column!r} fails {check}: {_examples(group)}{more}")
    return "; ".join(parts)


def _examples(group: pd.DataFrame) -> str:
    return ", ".join(repr(v) for v in group["failure_case"].drop_duplicates().head(3))


def load_table(
    name: str,
    processed_dir: str | Path,
    columns: Sequence[str] | None = None,
    filters: list[tuple[str, str, object]] | None = None,
) -> pd.DataFrame:
    """Read table ``name`` from ``processed_dir/NAME.parquet`` and validate it.

    Parameters
    ----------
    name : str
        One of :data:`TABLE_NAMES`.
    processed_dir : str or Path
        The folder holding the tables.
    columns : sequence of str, optional
        Read only these columns (in table order), validated against
        :func:`schema_for` ``(name, columns)``; default every column.
    filters : list of (column, op, value), optional
        Read only the rows that pass every filter (pyarrow's filter syntax, e.g.
        ``[("outlet", "==", "X")]``); they are validated like a whole table.

    Returns
    -------
    pandas.DataFrame
        The table.

    Raises
    ------
    TableError
        The file is missing (naming the command that writes it), is not readable
        Parquet, or does not match the contract.
    """
    schema = schema_for(name, columns)
    path = Path(processed_dir) / f"{name}.parquet"
    if not path.is_file():
        raise TableError(f"{path}: missing; run `python -m analysis {WRITTEN_BY[name]}` first")
    try:
        present = set(pq.read_schema(path).names)
        wanted = list(schema.columns) if columns is not None else None
        required = [c for c, column in schema.columns.items() if column.required]
        if not set(required) <= present:
            # a table an earlier version wrote, before a column was added (outlet_metrics'
            # languages, review h319): the fix is to run the stage again, say which (a
            # column not required, pages' chrome_lines, may be missing: not read then)
            missing = ", ".join(repr(c) for c in required if c not in present)
            raise TableError(
                f"{path}: does not match the {name} table contract: no column {missing} "
                f"(written by an earlier version? run `python -m analysis "
                f"{WRITTEN_BY[name]}` again)"
            )
        if wanted is not None:
            wanted = [c for c in wanted if c in present]
        table = read_parquet(path, columns=wanted, filters=filters)
    except TableError:
        raise
    except Exception as err:  # pyarrow raises several types for a bad file
        reason = " ".join(str(err).split())[:200]
        raise TableError(f"{path}: not a readable Parquet file ({reason})") from err
    return _validate(table, schema, name, path)
