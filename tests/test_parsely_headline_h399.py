"""Review h399: a <title> headline cut short, the whole one in the parse.ly page tag."""

from __future__ import annotations

from analysis.clean.html_page import html_metadata
from analysis.clean.markup_publisher import parsely_headline

_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry fares to rise 12% in spring | Coastline Current</title>
<meta name="parsely-page" content='{tag}'>
</head><body><div class="masthead"><a href="/">Coastline Current</a></div>
<div class="story">
<div class="story-title">Ferry fares to rise 12% in spring as fuel costs bite</div>
<p>Island ferry fares will rise by 12 per cent from April, the operator said on Friday.</p>
<p>Residents' groups said the increase would hit commuters hardest.</p></div></body></html>"""
_TAG = '{"title": "%s", "author": "Gwen Talbot", "pub_date": "2026-12-04T14:05:00Z"}'


def test_the_whole_headline_of_the_tag():
    page = _PAGE.format(tag=_TAG % "Ferry fares to rise 12% in spring as fuel costs bite")
    assert html_metadata(page).title == "Ferry fares to rise 12% in spring as fuel costs bite"


def test_a_tag_title_that_does_not_extend_it_is_not_read():
    page = _PAGE.format(tag=_TAG % "Island fares up")
    assert html_metadata(page).title == "Ferry fares to rise 12% in spring"


def test_no_json_no_headline():
    assert parsely_headline("""<meta name="parsely-page" content='not json'>""") is None
