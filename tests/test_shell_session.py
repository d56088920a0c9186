"""A terminal session's site-name setting names the page's site
(analysis.clean.shell_session, analysis.clean.site_name)."""

from __future__ import annotations

import pandas as pd

from analysis.clean.pipeline import run_clean
from analysis.clean.shell_session import setting_site

# A made-up site's server session: its name asked for, then its stories listed.
_ROWS = [
    ("ID", "post_date", "post_title", "post_excerpt", "post_author"),
    ("1288", "2026-12-03 08:30:00", "Ferry timetable changes", "The ferry runs hourly.", "3"),
    ("1287", "2026-12-02 09:31:00", "School roof repaired", "Builders finished it.", "5"),
    ("1286", "2026-11-30 10:32:00", "Library opens a repair cafe", "Volunteers mend lamps.", "3"),
]
_WIDTHS = [max(len(row[k]) for row in _ROWS) for k in range(5)]
_RULE = "+" + "+".join("-" * (width + 2) for width in _WIDTHS) + "+"


def _row(row: tuple[str, ...]) -> str:
    return (
        "|"
        + "|".join(f" {cell.ljust(width)} " for cell, width in zip(row, _WIDTHS, strict=True))
        + "|"
    )


_PROMPT = "deploy@web01:/var/www/valley$"
SESSION = "\n".join(
    [
        f"{_PROMPT} wp option get blogname",
        "Valley Evening Post",
        f"{_PROMPT} wp option get home",
        "https://valley-post.example",
        f"{_PROMPT} wp post list --fields={','.join(_ROWS[0])} --format=table",
        _RULE,
        _row(_ROWS[0]),
        _RULE,
        *(_row(row) for row in _ROWS[1:]),
        _RULE,
        f"{_PROMPT}",
        "",
    ]
)


def test_the_line_under_a_site_name_setting_is_the_name():
    lines = SESSION.split("\n")
    assert setting_site(lines) == (1, 0, len("Valley Evening Post"))
    for shown in ("$ drush config:get system.site name", "% hugo config | grep title"):
        assert setting_site([shown, "Valley Evening Post"]) is None
    assert setting_site(["$ wp option get blogname", "$ wp option get home"]) is None
    assert setting_site(["Set blogname", "Valley Evening Post"]) is None  # no prompt
    assert setting_site(["[me@box www]$ wp option get site_name", "  Valley Post  "]) == (
        1,
        2,
        13,
    )


def test_a_listed_sessions_stories_are_filed_under_the_name_it_printed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "session.txt").write_text(SESSION, "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert len(articles) == 3
    assert set(articles["outlet"]) == {"Valley Evening Post"}


def _session_without(column: str) -> str:
    """The session with one column of the table not asked for (wp-cli's ``--fields``)."""
    k = _ROWS[0].index(column)
    rows = [row[:k] + row[k + 1 :] for row in _ROWS]
    widths = [max(len(row[j]) for row in rows) for j in range(len(rows[0]))]
    rule = "+" + "+".join("-" * (width + 2) for width in widths) + "+"

    def line(row: tuple[str, ...]) -> str:
        cells = (f" {cell.ljust(width)} " for cell, width in zip(row, widths, strict=True))
        return "|" + "|".join(cells) + "|"

    table = [rule, line(rows[0]), rule, *(line(row) for row in rows[1:]), rule]
    return "\n".join([*SESSION.split("\n")[:4], f"{_PROMPT} wp post list", *table, _PROMPT])


def test_a_post_table_without_its_author_column_is_a_row_per_story(tmp_path):
    # h381 (listings_h346's wp-cli page without post_author): the table read as one
    # article titled by its header row
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "session.txt").write_text(_session_without("post_author"), "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["title"].tolist() == [row[2] for row in _ROWS[1:]]
    assert articles["published"].astype(str).str[:10].tolist() == [row[1][:10] for row in _ROWS[1:]]
    assert set(articles["outlet"]) == {"Valley Evening Post"}
