"""analysis.clean.html_story_table: a table of stories written as an HTML page (pandas'
``to_html``) read as a listing, one card a row (made-up pages, review h387)."""

from __future__ import annotations

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.html_story_table import html_story_table
from analysis.clean.read import page_from_bytes

_ROWS = [
    (
        "Ferry line to resume in spring",
        "2026-12-03 10:20:00",
        "Jane Roe",
        "The Harbour Ledger",
        "The harbour ferry will run again from April. Its two boats were repaired.",
    ),
    (
        "Library opens on Sundays",
        "2026-12-02 18:05:00",
        "NaN",
        "The Harbour Ledger",
        "The town library opens on Sunday afternoons from next week.",
    ),
    (
        "Road to the pass closed",
        "2026-12-01 08:40:00",
        "Tom Ash",
        "The Harbour Ledger",
        "The road to the pass is closed after a landslide. It reopens on Monday.",
    ),
]


def _frame(rows=_ROWS) -> str:
    body = "".join(
        f"    <tr>\n      <th>{i}</th>\n"
        + "".join(f"      <td>{cell}</td>\n" for cell in row)
        + "    </tr>\n"
        for i, row in enumerate(rows)
    )
    return (
        '<table border="1" class="dataframe">\n  <thead>\n'
        '    <tr style="text-align: right;">\n      <th></th>\n      <th>title</th>\n'
        "      <th>published</th>\n      <th>author</th>\n      <th>source</th>\n"
        f"      <th>text</th>\n    </tr>\n  </thead>\n  <tbody>\n{body}  </tbody>\n</table>"
    )


def test_a_data_frame_written_as_html_is_a_listing_of_its_rows():
    page = page_from_bytes(_frame().encode(), "stories.html", "raw/stories.html")
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(articles["title"]) == [row[0] for row in _ROWS]
    assert list(articles["published"]) == ["2026-12-03", "2026-12-02", "2026-12-01"]
    assert list(articles["byline"]) == ["Jane Roe", None, "Tom Ash"]  # 'NaN' is no author
    assert list(articles["body"]) == [row[4] for row in _ROWS]
    assert set(articles["outlet"]) == {"The Harbour Ledger"}  # the source column's


def test_a_table_among_a_pages_text_is_no_table_of_stories():
    story = "<p>" + "The council met on Tuesday and agreed the budget for next year. " * 30
    page = f"<html><body><h1>Budget agreed</h1>{story}</p>{_frame()}</body></html>"
    assert html_story_table(page.encode()) is None


def test_a_table_of_one_story_or_of_files_is_no_listing():
    assert html_story_table(_frame(_ROWS[:1]).encode()) is None
    assert html_story_table(_frame().replace("<th>text</th>", "<th>file</th>").encode()) is None
