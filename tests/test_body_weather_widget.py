"""analysis.clean.body.weather_widget: a weather widget's leftovers between two paragraphs,
on small synthetic pages."""

from __future__ import annotations

from test_body import MENU, PARAGRAPHS, kept_text, page

WIDGET = ["Eastbridge", "12°C", "Sunny intervals", "High 14° Low 8°", "Wind 15 mph", "More weather"]


def test_a_weather_widget_between_two_paragraphs_leaves_no_line():
    lines = page(MENU, "Bus network grows", *PARAGRAPHS[:2], *WIDGET, *PARAGRAPHS[2:])
    assert kept_text(lines) == PARAGRAPHS


def test_a_forecast_table_announced_by_its_clause_stays():
    announcer = "The forecast for the weekend:"
    rows = ["Saturday\t12°C\tSunny", "Sunday\t9°C\tShowers"]
    lines = page(MENU, "Bus network grows", *PARAGRAPHS[:2], announcer, rows, *PARAGRAPHS[2:])
    assert kept_text(lines) == [*PARAGRAPHS[:2], announcer, *rows, *PARAGRAPHS[2:]]


def test_a_subheading_with_a_temperature_stays():
    subheading = "Highs of 30°C"
    lines = page(MENU, "Bus network grows", *PARAGRAPHS[:2], subheading, *PARAGRAPHS[2:])
    assert kept_text(lines) == [*PARAGRAPHS[:2], subheading, *PARAGRAPHS[2:]]
