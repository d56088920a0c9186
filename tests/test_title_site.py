"""The site name an HTML page's ``<title>`` prints beside its headline
(analysis.clean.title_site, review h136): the page's outlet when nothing else names the
site."""

from __future__ import annotations

import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import read_page

HTML = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title}</title></head><body>
<table><tr><td><b>{masthead}</b></td><td>Serving the valley since 1902</td></tr></table>
<h1>Snow plows get GPS trackers so residents can follow them</h1>
<p><i>by Arnold Pike, staff writer</i><br>Wednesday, November 4, 2026</p>
<p>Residents will be able to follow the city's 22 snow plows on a map online this winter,
after the public works department fitted each truck with a GPS tracker.</p>
<p>The map will show which streets have been plowed in the last hour, the department's
director told the council on Tuesday evening.</p>
<p>The city paid $31,000 for the trackers and the software.</p>
<hr><small>{footer}</small></body></html>
"""


@pytest.mark.parametrize(
    ("title", "masthead", "footer", "outlet"),
    [
        (
            "Snow plows get GPS trackers so residents can follow them - Glenhollow Daily",
            "GLENHOLLOW DAILY",
            "18 Main St.",
            "Glenhollow Daily",
        ),
        ("Local News | Glenhollow Daily", "", "Glenhollow Daily, 18 Main St.", "Glenhollow Daily"),
        # the text never prints the title's other part: not confirmed, no outlet
        ("Snow plows get GPS trackers - Glenhollow Daily", "", "18 Main St.", None),
        # a section's label, its word in the story in lower case: no site
        ("Snow plows get GPS trackers | City Works", "CITY WORKS", "", None),
    ],
)
def test_the_title_part_the_text_prints_is_the_outlet(tmp_path, title, masthead, footer, outlet):
    path = tmp_path / "plows.html"
    path.write_text(HTML.format(title=title, masthead=masthead, footer=footer), encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert (row["outlet"] if row["outlet_source"] != "unknown" else None) == outlet
