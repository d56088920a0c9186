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


def test_a_weather_box_alone_on_its_line():
    # a local site's or a station's header prints its weather box as a line of its own
    # (review h427); a sentence about the weather is no box
    assert is_weather_strip("38°F Cloudy Weather")
    assert is_weather_strip("First Alert Weather 44° Weather")
    assert not is_weather_strip("Harbour Daily")
    assert not is_weather_strip("It was 44° at noon on Sunday, forecasters said.")


def test_the_masthead_under_a_weather_box_line_opens_the_page():
    lines = [
        "Skip to main content",
        "",
        "38°F Cloudy Weather",
        "  • Subscribe",
        "  • Log in",
        "Harbourside Sentinel",
        "  • News",
        "  • Local",
        "  • Sports",
    ]
    masthead = opening_masthead(lines, PageText(lines), "Example Media")
    assert masthead == "Harbourside Sentinel"


def test_a_weather_widgets_line_without_its_unit_is_chrome_too():
    # a network's town site: the widget's place and temperature over the town's masthead
    # (review h428: "Millbrook, IL 34°" over "Millbrook Hearthside")
    assert is_weather_strip("Fenwick, IL 34°")
    assert is_weather_strip("Harlan 31° Partly cloudy")
    assert is_weather_strip("FIRST ALERT WEATHER · Harlan 31° · Greyhill 29°")
    assert not is_weather_strip("The valley woke to 12° and a hard frost on Tuesday morning.")
    lines = ["Fenwick, IL 34°", "Fenwick Porchlight", "Porchlight › Illinois › Fenwick", "  • News"]
    masthead = opening_masthead(lines, PageText(lines), "Porchlight Media")
    assert masthead == "Fenwick Porchlight"
