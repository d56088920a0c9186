"""A header's weather strip over the masthead is chrome (review h415)."""

from analysis.clean.site_features import PageText
from analysis.clean.site_name import is_weather_strip, opening_masthead


def test_weather_strip():
    assert is_weather_strip("Millbrook, Ohio · 36°F Light snow · Subscribe: 99¢ for 3 months")
    assert is_weather_strip("Lagos 31°C | Thursday, December 4, 2026")
    assert not is_weather_strip("News · Sport · Weather")
    assert not is_weather_strip("Temperatures reached 36°F overnight in the valley.")


def test_the_masthead_under_a_weather_strip_opens_the_page():
    lines = [
        "Millbrook, Ohio · 36°F Light snow · Subscribe: 99¢ for 3 months",
        "",
        "MILLBROOK VALLEY COURIER",
        "",
        "  • News",
        "  • Sports",
    ]
    masthead = opening_masthead(lines, PageText(lines), "Example Media Group")
    assert masthead == "MILLBROOK VALLEY COURIER"
