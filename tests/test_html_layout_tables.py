"""analysis.clean.html_layout_tables: a page laid out in a table is rendered cell after
cell, so the story's lines are not printed beside the menu's and the headlines'."""

from __future__ import annotations

from test_body import PARAGRAPHS

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.html_page import render_text
from analysis.clean.read import page_from_bytes

MENU = ["Home", "News", "Sport", "Letters", "Archive"]
HEADLINES = ["Bypass consultation extended", "Choir wins regional title", "Fire at farm shop"]


def _layout_page() -> str:
    story = "<br><br>".join(PARAGRAPHS)
    return (
        "<html><head><title>Council expands the bus network</title></head><body>"
        '<table width="100%"><tr><td colspan="3"><img src="/m.gif" alt="Metro Gazette"></td></tr>'
        f"<tr><td valign=top><font size=2>{'<br>'.join(MENU)}</font></td>"
        "<td valign=top><font size=4><b>Council expands the bus network</b></font><br>"
        "<i>By Jo Bloggs, 3 December 2026</i><br><br>"
        f"<font size=3>{story}</font></td>"
        f"<td valign=top><b>Latest headlines</b><br>{'<br>'.join(HEADLINES)}</td></tr>"
        "<tr><td colspan=3>Copyright 2026 Metro Gazette</td></tr></table></body></html>"
    )


def test_a_layout_tables_cells_are_rendered_one_after_another():
    lines = render_text(_layout_page()).split("\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in lines  # each paragraph a line of its own, no column beside it
    assert "Fire at farm shop" in lines


def test_the_story_of_a_layout_table_is_the_body():
    read = page_from_bytes(_layout_page().encode(), "layout.html", "layout.html")
    (article,) = extract_articles(read.text, "layout.html", PageFacts(html=read.html)).itertuples()
    for paragraph in PARAGRAPHS:
        assert paragraph in article.body
    assert "Fire at farm shop" not in article.body and "Letters" not in article.body


def test_a_data_tables_columns_are_kept():
    table = (
        "<table><tr><th>Day</th><th>High</th><th>Low</th></tr>"
        "<tr><td>Monday</td><td>12C</td><td>4C</td></tr>"
        "<tr><td>Tuesday</td><td>10C</td><td>3C</td></tr></table>"
    )
    html = f"<html><body><article><p>{PARAGRAPHS[0]}</p>{table}</article></body></html>"
    lines = render_text(html).split("\n")
    assert any("Monday" in line and "12C" in line and "4C" in line for line in lines)


_PORTAL_CARDS = [
    (
        "Council expands the bus network",
        "3 December 2026",
        "Jo Bloggs",
        "Four new routes will link the estates to the hospital from January.",
    ),
    (
        "Choir wins regional title",
        "2 December 2026",
        "Ann Smith",
        "The town's youth choir beat eleven others at the final in Leeds.",
    ),
    (
        "Fire at farm shop on the ring road",
        "1 December 2026",
        "Jo Bloggs",
        "Crews from two stations put out the blaze before it reached the barn.",
    ),
]


def _portal_page() -> str:
    """A portal of the 2000s: a menu cell beside a cell holding a table of stories, each
    teaser closed by its "Details »" link (no paragraph of LONG_LINE_WORDS anywhere)."""
    rows = "".join(
        f"<tr><td><font size=3><b><a href='/n/{n}'>{title}</a></b></font><br>"
        f"<font size=1>{day} | {author}</font><br>"
        f"<font size=2>{teaser} <a href='/n/{n}'>Details »</a></font></td></tr>"
        for n, (title, day, author, teaser) in enumerate(_PORTAL_CARDS)
    )
    return (
        "<html><head><title>Metro Gazette - News</title></head><body>"
        "<table width=780><tr><td colspan=2><font size=6><b>Metro Gazette</b></font></td></tr>"
        f"<tr><td width=150 valign=top>{'<br>'.join(MENU)}</td>"
        f"<td valign=top><table width='100%'>{rows}</table></td></tr>"
        "<tr><td colspan=2>Copyright 2026 Metro Gazette</td></tr></table></body></html>"
    )


def test_a_table_holding_a_table_lays_out_the_page():
    # review h198: the menu's cell was printed beside the stories' lines
    lines = [line.strip() for line in render_text(_portal_page()).split("\n")]
    assert "Home" in lines
    assert _PORTAL_CARDS[0][0] in lines


def test_teasers_closed_by_an_arrow_link_are_a_portals_cards():
    # review h198: "... from January. Details »" ended no sentence, so the page read
    # as headlines only and gave no article
    read = page_from_bytes(_portal_page().encode(), "news.html", "news.html")
    articles = extract_articles(read.text, "news.html", PageFacts(html=read.html))
    assert list(articles["title"]) == [card[0] for card in _PORTAL_CARDS]
    assert list(articles["published"]) == ["2026-12-03", "2026-12-02", "2026-12-01"]
