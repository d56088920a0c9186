"""A Jupyter notebook read as the text it shows (analysis.clean.notebook_file)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.clean.notebook_file import notebook_text
from analysis.clean.pipeline import run_clean
from analysis.errors import PageReadError

# Made-up stories of a made-up notebook's data frame (Urdu column names: headline, date,
# writer, newspaper, summary).
ROWS = [
    ("Ferry returns to the island", "2026-12-03", "Ann Poe", "Harbour Post", "Two boats a day."),
    (
        "Library opens a reading room for children",
        "2026-12-02",
        None,
        "Valley Courier",
        "Children can borrow books on weekday afternoons from next month.",
    ),
    ("Council approves the budget", "2026-11-30", "Sam Fox", "Harbour Post", "Roads get more."),
]
COLUMNS = ["سرخی", "تاریخ", "لکھاری", "اخبار", "خلاصہ"]


def _notebook(frame_text: str, code: str = "df.head(3)") -> dict:
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "python3", "language": "python"}},
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# December's stories\n"]},
            {
                "cell_type": "code",
                "metadata": {},
                "execution_count": 1,
                "source": [code],
                "outputs": [
                    {
                        "output_type": "execute_result",
                        "execution_count": 1,
                        "metadata": {},
                        "data": {
                            "text/html": ["<table><tr><td>printed as HTML too</td></tr></table>"],
                            "text/plain": frame_text.splitlines(keepends=True),
                        },
                    },
                    {"output_type": "error", "ename": "E", "evalue": "x", "traceback": ["Trace"]},
                ],
            },
            {"cell_type": "raw", "metadata": {}, "source": "raw cell text"},
        ],
    }


def _frame_text() -> str:
    frame = pd.DataFrame(ROWS, columns=COLUMNS)
    with pd.option_context("display.max_colwidth", None, "display.width", 400):
        return frame.to_string()


def test_a_notebook_shows_its_notes_and_printed_outputs_not_its_code():
    code = "import os; os.system('echo never run')"
    text = notebook_text(json.dumps(_notebook("  a  b\n0  1  2", code)).encode(), "n.ipynb")
    assert text == "# December's stories\n\n  a  b\n0  1  2\n"
    assert "os.system" not in text and "printed as HTML" not in text and "Trace" not in text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "no notebook's JSON"),
        (b'{"metadata": {}}', "without a list of cells"),
        (b'{"cells": [{"cell_type": "code", "source": "x = 1", "outputs": []}]}', "without text"),
    ],
)
def test_a_bad_notebook_is_refused_naming_the_file_and_the_reason(content, reason):
    with pytest.raises(PageReadError, match=reason) as caught:
        notebook_text(content, "folder/bad.ipynb")
    assert "folder/bad.ipynb" in str(caught.value)


def test_a_notebooks_data_frame_of_stories_is_a_row_per_article_and_a_bad_one_is_skipped(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "stories.ipynb").write_text(json.dumps(_notebook(_frame_text())), "utf-8")
    (raw / "broken.ipynb").write_text("{not json", "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["title"].tolist() == [row[0] for row in ROWS]
    assert articles["outlet"].tolist() == [row[3] for row in ROWS]
    assert articles["published"].astype(str).str[:10].tolist() == [row[1] for row in ROWS]
    assert articles["byline"].tolist() == ["Ann Poe", None, "Sam Fox"]  # NaN: no byline
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv").set_index("page")["reason"]
    assert "no notebook's JSON" in skipped["broken.ipynb"]


def _analysis_notebook() -> dict:
    """A made-up researcher's own analysis notebook: notes, a shape, a summary table, a
    plot (its ``<Figure ...>`` text beside the image), printed counts; no story list."""

    def result(text: str, extra: dict | None = None) -> dict:
        data = {"text/plain": text, **(extra or {})}
        return {"output_type": "display_data", "metadata": {}, "data": data}

    summary = (
        "                 count    mean     min     max\noutlet\n"
        "Harbour Post     140.0  3120.5   410.0  9012.0\n"
        "Valley Courier   132.0  2810.2   380.0  8120.0"
    )
    cells = [
        (
            "markdown",
            "# Coverage of the ferry strike\n\nThis notebook compares how the two "
            "papers covered the strike in November, by word counts and quote shares.",
            [],
        ),
        ("code", "arts.shape", [result("(412, 21)")]),
        ("code", "arts.groupby('outlet').n_body_chars.describe()", [result(summary)]),
        (
            "code",
            "arts.n_body_chars.hist()",
            [result("<Figure size 640x480 with 1 Axes>", {"image/png": "iVBORw0KGgo="})],
        ),
        (
            "markdown",
            "## Findings\n\nThe Harbour Post ran longer stories and quoted union "
            "officials more often than the Valley Courier did.",
            [],
        ),
    ]
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {},
        "cells": [
            {"cell_type": kind, "metadata": {}, "source": source}
            | ({"execution_count": 1, "outputs": outputs} if kind == "code" else {})
            for kind, source, outputs in cells
        ],
    }


def test_an_analysis_notebook_among_the_pages_is_skipped_naming_why_and_a_story_list_is_read(
    tmp_path,
):
    # a notebook listing no stories was read as one junk article (its notes' heading
    # the title, its summary table and figure texts the body)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "analysis.ipynb").write_text(json.dumps(_analysis_notebook()), "utf-8")
    (raw / "stories.ipynb").write_text(json.dumps(_notebook(_frame_text())), "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert set(articles["page"]) == {"stories.ipynb"}
    assert articles["title"].tolist() == [row[0] for row in ROWS]
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv").set_index("page")["reason"]
    assert skipped["analysis.ipynb"].startswith("a Jupyter notebook that lists no stories")


def test_extract_of_an_analysis_notebook_says_why_it_is_no_page_and_reads_a_story_list(
    tmp_path, capsys
):
    # h381: `extract FILE` read the analysis notebook as one junk article, where the
    # folder's clean skips it naming why
    from analysis.cli import main

    analysis = tmp_path / "analysis.ipynb"
    analysis.write_text(json.dumps(_analysis_notebook()), "utf-8")
    assert main(["extract", str(analysis)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "skipped analysis.ipynb: a Jupyter notebook that lists no stories" in captured.err
    stories = tmp_path / "stories.ipynb"
    stories.write_text(json.dumps(_notebook(_frame_text())), "utf-8")
    assert main(["extract", str(stories)]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [record["title"] for record in records] == [row[0] for row in ROWS]
