"""analysis.clean.body.charts: a chart's leftovers between a data story's paragraphs (its
caption, ticks, labels, notes and controls), and a list of figures a short sentence
announces (analysis.clean.body.lists), on small synthetic pages."""

from __future__ import annotations

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body import charts

CHART = [
    "Graph: Passengers per weekday by route, thousands | Source: Transit Authority",
    "0",
    "5",
    "10",
    "15",
    "20",
    "Route 4",
    "Route 9",
    "Harbour Loop",
    "Get the data",
]
FIGURE = [
    "Figure 2: Bus journeys made with a concession pass, millions",
    "Source: Regional transport survey",
    "Note: no survey was made in 2021",
    "Open data table",
]
ANNOUNCED = [
    "The numbers for the four depots were:",
    "North Quay 412",
    "Eastgate 305",
    "Mill Lane 288",
    "Old Forge 97",
]


@pytest.mark.parametrize("packed", [False, True])
def test_the_paragraphs_after_a_chart_are_body_and_its_leftovers_are_not(packed):
    lines = (
        [*MENU, *PARAGRAPHS[:2], *CHART, *PARAGRAPHS[2:3], *FIGURE, *PARAGRAPHS[3:], *MENU]
        if packed
        else page(MENU, *PARAGRAPHS[:2], *CHART, PARAGRAPHS[2], *FIGURE, PARAGRAPHS[3], MENU)
    )
    assert kept_text(lines) == PARAGRAPHS


def test_a_list_of_figures_a_short_sentence_announces_after_a_chart_is_body():
    lines = [*MENU, *PARAGRAPHS[:2], *CHART, *ANNOUNCED, *PARAGRAPHS[2:], *MENU]
    assert kept_text(lines) == [*PARAGRAPHS[:2], *ANNOUNCED, *PARAGRAPHS[2:]]


def test_a_list_of_figures_a_short_sentence_announces_between_paragraphs_is_body():
    lines = page(MENU, *PARAGRAPHS[:2], ANNOUNCED, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], *ANNOUNCED, *PARAGRAPHS[2:]]


def test_a_short_label_announces_no_bulleted_headlines():
    box = ["More on this story from us:", "  • Depot to close", "  • Fares frozen"]
    lines = page(MENU, *PARAGRAPHS[:2], box, *PARAGRAPHS[2:], MENU)
    assert not set(kept_text(lines)) & set(box)


def test_a_chart_under_the_last_paragraph_does_not_join_the_teasers_under_the_footer():
    teaser = (
        "A new ferry link between the two harbours is planned for next summer, the port "
        "authority said in a statement on Monday."
    )
    footer = ["Topics", "Transport", "Council", "Ferry link to open next summer, says port"]
    lines = page(MENU, *PARAGRAPHS, FIGURE, footer, teaser, MENU)
    kept = kept_text(lines)
    assert kept[:4] == PARAGRAPHS and teaser not in kept


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Chart: Rents by district", True),
        ("Figure 1: Licences held, %", True),
        ("Figure 3. Licences held, %", True),
        ("Fig. 2: Licences held", True),
        ("Grafik: Mieten nach Bezirk", True),
        ("Gráfico 1 - Alquileres", True),
        ("Map the route before you set out.", False),
        ("Figure skating: the final", False),
        ("Source: Transit Authority", False),
    ],
)
def test_a_caption_opens_with_a_chart_label_and_its_colon_or_number(line, caption):
    assert charts.is_chart_caption(line) is caption


def test_switched_off_a_chart_ends_the_article(monkeypatch):
    monkeypatch.setattr(charts, "CHART_BLOCKS", False)
    lines = [*MENU, *PARAGRAPHS[:2], *CHART, *PARAGRAPHS[2:], *MENU]
    assert kept_text(lines) != PARAGRAPHS


@pytest.mark.parametrize(
    "chart",
    [
        # a title with no chart label over its source line (review h390, body_h390: the
        # story ended at the chart, its last paragraphs lost)
        ["Hazelnut harvest by year (thousand tonnes)", "Source: Growers' unions · Chart: Post"],
        ["Yıllara göre fındık rekoltesi (bin ton)", "Kaynak: Üretici Birlikleri"],
        ["图表：夜航开通首周每日客流（人次）", "来源：江城渡口管理处"],
        ["Chanzo: Wizara ya Kilimo"],
    ],
)
def test_a_charts_title_and_source_line_between_paragraphs_end_nothing(chart):
    lines = page(MENU, *PARAGRAPHS[:2], chart, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Source: Eurostat", True),
        ("Kaynak: TÜİK", True),
        ("ប្រភព៖ ក្រសួងកសិកម្ម", True),
        ("Sources said the plan would be dropped.", False),
        ("Data: 3 dicembre 2026", False),
    ],
)
def test_a_source_line_opens_with_a_source_label_and_a_colon(line, source):
    assert charts.is_source_line(line) is source
