"""Chart fonts: outlet names in CJK, Thai, Devanagari, Arabic and Hebrew have glyphs; a
letter no font has is drawn and named in one warning, not one per letter."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
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
    pairs = pd.DataFrame({"outlet_a": NAMES[:5], "outlet_b": NAMES[4:]})
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
    with warnings.catch_warnings(record=True) as caught:
        charts.setup_notebook()  # a new notebook, with its warning filters
        svgs = [charts.figure_svg(make(tables)) for make in ROW_CHARTS]
    assert all(f">{ETHIOPIC}</text>" in svg for svg in svgs)
    messages = [str(w.message) for w in caught]
    assert len(messages) == 1, messages
    assert "Ethiopic" in messages[0] and "ሰላምዜና" in messages[0]


@pytest.mark.parametrize("name", ["Karoo Herald", "Βόρειος Τύπος", "Самарские вести"])
def test_names_dejavu_sans_has_need_no_other_font(name: str) -> None:
    assert fonts.missing_glyphs([name]) == ""
    assert fonts.chart_families()[0] == "DejaVu Sans"
