"""Chart fonts: outlet names in CJK, Thai, Indic scripts, Arabic and Hebrew have glyphs; a
letter no font has is drawn and named in one warning, not one per letter."""

from __future__ import annotations

import base64
import io
import re
import warnings

import pandas as pd
import pytest
from fontTools.ttLib import TTFont
from synthetic_tables import synthetic_tables

from analysis.report import chart_layout, charts, fonts

# Made-up outlet names, one per script, and a Latin one.
NAMES = [
    "北陆晨报",  # Han (simplified)
    "中台灣日報",  # Han (traditional)
    "みなと新聞",  # kana and Han
    "한빛일보",  # Hangul
    "ข่าวเชียงใหม่",  # Thai
    "भारत समाचार",  # Devanagari
    "দৈনিক খবর",  # Bengali
    "தினச் செய்தி",  # Tamil
    "తెలుగు వార్తలు",  # Telugu
    "روزنامہ جنگ",  # Urdu: two letters DejaVu Sans lacks
    "الخليج اليوم",  # Arabic
    "חדשות חיפה",  # Hebrew
    "Karoo Herald",
]
ROW_CHARTS = [
    lambda t: charts.chart_readability(t["article_metrics"]),
    lambda t: charts.chart_length(t["article_metrics"]),
    lambda t: charts.chart_quote_share(t["outlet_metrics"]),
    lambda t: charts.chart_boilerplate_ratio(t["outlet_metrics"]),
]
ETHIOPIC = "ሰላም ዜና"  # a script none of the chart fonts has


def test_every_script_of_the_names_has_a_chart_font() -> None:
    assert fonts.missing_glyphs(NAMES) == ""
    assert fonts.missing_glyphs([ETHIOPIC, "\u200d\n"]) == "ሰላምዜና"


def test_cjk_and_latin_names_draw_without_a_missing_glyph(recwarn) -> None:
    charts.setup_notebook()
    tables = synthetic_tables(NAMES, articles_per_outlet=2)
    pairs = pd.DataFrame({"outlet_a": NAMES[:7], "outlet_b": NAMES[6:]})
    figures = [make(tables) for make in ROW_CHARTS] + [charts.chart_copy_map(pairs, NAMES)]
    for figure in figures:
        svg = charts.figure_svg(figure)
        assert ">北陆晨报</text>" in svg and ">Karoo Herald</text>" in svg
        assert "'Noto Sans CJK JP'" in svg  # the browser is told the font measured with
    # recwarn records every warning, also those setup_notebook hides in a notebook.
    found = [str(w.message) for w in recwarn]
    assert not [m for m in found if "missing from font" in m or "no chart font" in m], found


def test_a_cjk_row_name_is_measured_in_a_cjk_font() -> None:
    # Measured as DejaVu Sans' empty box, a Han letter was 0.6 em wide: a CJK name ran
    # into the plot. A CJK font draws it 1 em wide.
    charts.setup_notebook()
    size = chart_layout._font("ytick.labelsize").get_size_in_points()
    assert chart_layout.text_width("北陆晨报", "ytick.labelsize") >= 4 * 0.95 * size


def test_a_letter_without_a_font_is_drawn_and_named_once() -> None:
    tables = synthetic_tables([ETHIOPIC, "Karoo Herald"], articles_per_outlet=2)
    charts.setup_notebook()  # a new notebook: each warning is given again
    with warnings.catch_warnings(record=True) as caught:
        svgs = [charts.figure_svg(make(tables)) for make in ROW_CHARTS]
    assert all(f">{ETHIOPIC}</text>" in svg for svg in svgs)
    messages = [str(w.message) for w in caught]
    assert len(messages) == 1, messages
    assert "Ethiopic" in messages[0] and "ሰላምዜና" in messages[0]


def test_a_notebook_shows_the_missing_letters_as_a_note_without_a_path(capsys) -> None:
    # A report showed Python's warning line, a local path of the machine in a red box.
    tables = synthetic_tables([ETHIOPIC, "Karoo Herald"], articles_per_outlet=2)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        charts.setup_notebook()
        charts.figure_svg(ROW_CHARTS[0](tables))
    shown = capsys.readouterr()
    assert shown.out.startswith("Note: chart text has letters no chart font has (Ethiopic")
    assert "ሰላምዜና" in shown.out
    assert ".py" not in shown.out + shown.err and "MissingGlyphWarning" not in shown.err


@pytest.mark.parametrize("name", ["Karoo Herald", "Βόρειος Τύπος", "Самарские вести"])
def test_names_dejavu_sans_has_need_no_other_font(name: str) -> None:
    assert fonts.missing_glyphs([name]) == ""
    assert fonts.chart_families()[0] == "DejaVu Sans"


def _embedded_faces(svg: str) -> list[tuple[str, bytes]]:
    """(unicode-range, font bytes) of each embedded @font-face of a chart's SVG."""
    found = re.findall(
        r"base64,([A-Za-z0-9+/=]+)\) format\('woff'\); unicode-range: ([^}]*)\}", svg
    )
    return [(ranges, base64.b64decode(data)) for data, ranges in found]


def test_a_chart_carries_the_glyphs_its_names_need() -> None:
    # A browser without a CJK font drew the names as empty boxes: the chart now brings
    # the letters DejaVu Sans lacks, cut from the packaged fonts, as faces of its first font.
    charts.setup_notebook()
    tables = synthetic_tables(NAMES, articles_per_outlet=2)
    svg = charts.figure_svg(charts.chart_quote_share(tables["outlet_metrics"]))
    assert "@font-face {font-family: 'DejaVu Sans'; src: local('DejaVu Sans')" in svg
    faces = _embedded_faces(svg)
    # CJK, Thai, Devanagari, Bengali, Tamil, Telugu, and Arabic for the Urdu letter ہ
    # only: DejaVu Sans has the other Arabic letters and Hebrew.
    assert len(faces) == 7
    drawn = set()
    for ranges, data in faces:
        font = TTFont(io.BytesIO(data))
        assert font.flavor == "woff"
        mapped = set(font.getBestCmap())
        in_range = {int(code.strip()[2:], 16) for code in ranges.split(",")}
        assert in_range <= mapped  # the face has every letter it claims
        drawn |= in_range
    needed = {ord(c) for c in "".join(NAMES[:9]) + "ہ" if not c.isspace()}
    assert needed <= drawn and ord("K") not in drawn and ord("ا") not in drawn


def test_embedded_glyphs_are_the_same_bytes_every_time() -> None:
    charts.setup_notebook()
    tables = synthetic_tables([*NAMES[:2], "Karoo Herald"], articles_per_outlet=2)
    first = charts.figure_svg(charts.chart_length(tables["article_metrics"]))
    fonts._font_subset.cache_clear()
    assert charts.figure_svg(charts.chart_length(tables["article_metrics"])) == first


def test_a_latin_chart_carries_no_font() -> None:
    charts.setup_notebook()
    tables = synthetic_tables(["Karoo Herald", "Βόρειος Τύπος", "الخليج اليوم"], 2)
    assert "@font-face" not in charts.figure_svg(charts.chart_length(tables["article_metrics"]))


def test_an_html_page_brings_the_glyphs_its_text_needs_first_in_its_font_list() -> None:
    # review h285: a browser without a CJK font drew the index's row 北陆晨报 and a
    # report's heading as empty boxes while the charts beside them were legible
    page = "<html><head><style>body { font-family: sans-serif; }</style></head><body>"
    page += "<table><tr><td>北陆晨报</td><td>Karoo Herald</td></tr></table></body></html>"
    shown = fonts.with_script_faces(page)
    assert shown.startswith(page.split("</head>")[0])
    faces = _embedded_faces(shown)
    assert len(faces) == 1 and "DejaVu Sans" not in shown
    assert {int(c.strip()[2:], 16) for c in faces[0][0].split(",")} == {ord(c) for c in "北陆晨报"}
    assert "body {font-family: 'newscompare scripts', sans-serif}" in shown
    lab = "<head><style>:root {\n  --jp-content-font-family: system-ui,\n    arial;\n}</style>"
    lab += "</head><body><h1>みなと新聞</h1></body>"
    assert ":root {--jp-content-font-family: 'newscompare scripts', system-ui, arial}" in (
        fonts.with_script_faces(lab)
    )
    latin = page.replace("北陆晨报", "Βόρειος Τύπος الخليج")
    assert fonts.with_script_faces(latin) == latin
