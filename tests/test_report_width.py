"""The report site's index fits a 1280-pixel browser window (measured in headless Chromium).

The last walk-through's screenshot showed the index table wider than the window: its
last column was cut off. Skipped when no Chromium is installed (nothing is downloaded).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from synthetic_tables import synthetic_tables

from analysis.report import views
from analysis.report.render import index_html

CHROMIUM = next(
    (path for name in ("chromium", "chromium-browser") if (path := shutil.which(name))), None
)
WINDOW = 1280

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed"),
]


def scroll_width(page: Path, window: int = WINDOW) -> int:
    """The page's width in pixels in a ``window``-pixel wide headless Chromium."""
    return measured(page, "document.documentElement.scrollWidth", window)


def measured(page: Path, expression: str, window: int = WINDOW) -> int:
    """A number the page's script ``expression`` gives in a ``window``-pixel wide
    headless Chromium, once the page is laid out."""
    probe = page.with_name(f"probe-{page.name}")
    script = f"<script>document.title='W='+Math.round({expression});</script>"
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", script + "</body>"))
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--window-size={window},2400", "--dump-dom", probe.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    found = re.search(r"<title>W=(\d+)</title>", result.stdout)
    assert found, result.stderr[-2000:]
    return int(found.group(1))


def test_the_index_of_two_dozen_outlets_fits_a_1280_pixel_window(tmp_path: Path) -> None:
    names = [f"Outlet number {i}" for i in range(22)]
    names += ["unknown site (Résumé des élections 2024.txt)", "Pv Magazine International"]
    tables = synthetic_tables(names, articles_per_outlet=3)
    slugs = {name: f"outlet-{i}" for i, name in enumerate(names)}
    (tmp_path / "outlets").mkdir()
    for slug in slugs.values():  # every outlet has its three files: three links per row
        for ext in ("html", "ipynb", "json"):
            (tmp_path / "outlets" / f"{slug}.{ext}").write_text("x", encoding="utf-8")
    metrics = tables["outlet_metrics"].copy()
    metrics["total_words"] *= 100_000  # wide numbers: "12,300,000"
    page = tmp_path / "index.html"
    page.write_text(index_html(metrics, slugs, tmp_path, {}, None), encoding="utf-8")
    assert "report</a> · <a" in page.read_text(encoding="utf-8")
    assert scroll_width(page) <= WINDOW


def test_an_outlet_s_article_titles_read_in_a_1280_pixel_window(tmp_path: Path) -> None:
    # 14 columns, three of them ids that never break: the title column was 91 pixels.
    tables = synthetic_tables(["Outlet A", "Outlet B"], articles_per_outlet=2)
    articles = tables["articles"].assign(
        title="Officials announce a new plan for the city's buses and trams next year",
        published="2026-03-03",
        credited_source="Example Wire Service",
    )
    metrics = tables["article_metrics"].assign(copy_group="copy-0123456789abcdef")
    table = views.outlet_articles(metrics, articles, "Outlet A")
    page = tmp_path / "articles.html"
    box = "<div style='width:1234px;overflow:auto'>"  # a report's output box at 1280 pixels
    body = f"<body>{box}{table._repr_html_()}</div></body>"
    page.write_text(f"<!DOCTYPE html><html><head><title>x</title></head>{body}</html>")
    title = "[].find.call(document.querySelectorAll('th'), h => h.textContent == 'title')"
    assert measured(page, f"{title}.getBoundingClientRect().width") >= 200
