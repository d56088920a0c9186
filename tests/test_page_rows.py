"""The PAGES row of a page (analysis.clean.page_rows): its outlet is its articles'."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from analysis.clean.pipeline import run_clean

PROSE = [
    "The harbour board approved the new ferry timetable on Monday after a long debate "
    "about fares, piers and the winter crossings.",
    "",
    "Board members said the earlier sailings would start in spring if the pier works are "
    "finished on time, and fares would stay at this year's level.",
]


def _clipping(source_line: str) -> str:
    """A made-up web-clipper page: front matter over a Markdown story."""
    top = ["---", 'title: "Ferry timetable approved"', source_line, "created: 2026-04-02"]
    top += ["tags:", '  - "clippings"', "---", "# Ferry timetable approved", ""]
    return "\n".join([*top, *PROSE]) + "\n"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "clip.md",
            _clipping('source: "https://www.example-harbour-ledger.com/2026/04/01/ferry/"'),
        ),
        # no header URL: the file's name is the address
        ("https___www.example-harbour-ledger.com_2026_04_01_ferry.txt", "\n".join(PROSE) + "\n"),
    ],
    ids=["clipping header", "file name"],
)
def test_a_pages_outlet_in_the_pages_table_is_its_articles_outlet(tmp_path, name, text):
    # the page row took no clipping header's URL (nor a file name's): "unknown site"
    # in pages.parquet while the page's article was filed under the URL's domain
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert run_clean(raw, out, 1) == 0
    (page,) = pq.read_table(out / "pages.parquet").to_pylist()
    (article,) = pq.read_table(out / "articles.parquet").to_pylist()
    assert article["outlet_source"] == "url"
    assert article["outlet_key"] == "example-harbour-ledger.com"
    assert (page["site"], page["site_key"]) == (article["outlet"], article["outlet_key"])
