"""An inline frame's own document (``<iframe srcdoc>``) is rendered in the frame's place."""

from __future__ import annotations

import html

from analysis.clean.html_page import render_text
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

_ITEMS = [
    (
        "Harbour pilots vote to strike over night shifts",
        "03.03.2026",
        "The pilots say two night shifts in a row are unsafe, and the strike starts on Monday.",
    ),
    (
        "Dyke works close the polder road for a month",
        "02.03.2026",
        "Traffic to the villages goes round by the ferry while the dyke is raised by a metre.",
    ),
    (
        "Ferry timetable changes for the winter season",
        "01.03.2026",
        "Two crossings an hour are cut on weekdays until April, the operator said on Sunday.",
    ),
]


def _page() -> str:
    items = "".join(
        f"<li><a href='https://courier.example/{n}' target='_top'><b>{title}</b></a><br>"
        f"<small>{day}</small><br>{teaser}</li>"
        for n, (title, day, teaser) in enumerate(_ITEMS)
    )
    widget = f"<html><body><ul>{items}</ul></body></html>"
    return (
        "<!DOCTYPE html><html><head><title>Town portal - News from our partners</title>"
        "</head><body><header><h1>Town portal</h1></header><main><h2>Lowland Courier</h2>"
        f"<iframe title='Latest news' srcdoc=\"{html.escape(widget, quote=True)}\"></iframe>"
        "<iframe src='https://courier.example/widget'></iframe>"
        "</main><footer>&copy; Town council</footer></body></html>"
    )


def test_a_frames_srcdoc_is_printed_where_the_frame_stands():
    lines = [line.strip(" •") for line in render_text(_page()).split("\n")]
    assert _ITEMS[0][0] in lines
    assert (
        lines.index("Lowland Courier") < lines.index(_ITEMS[0][0]) < lines.index("© Town council")
    )


def test_the_stories_of_a_srcdoc_widget_are_the_pages_cards():
    # review h198: the widget's list was only in the attribute, and the page gave nothing
    result = clean_page(page_from_bytes(_page().encode(), "partners.html", "partners.html"))
    assert [a["title"] for a in result.articles] == [title for title, _, _ in _ITEMS]
    assert [a["published"] for a in result.articles] == ["2026-03-03", "2026-03-02", "2026-03-01"]
