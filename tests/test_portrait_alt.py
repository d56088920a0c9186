"""Tests of analysis.clean.portrait_alt: a name in a headshot's alt text (made-up names)."""

from __future__ import annotations

import pytest

from analysis.clean.portrait_alt import author_photo_name, portrait_name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Photo of Tobias Wrenfield", "Tobias Wrenfield"),
        ("Headshot of Maren Osei-Blake", "Maren Osei-Blake"),
        ("Profile photo of Ada Nwosu", "Ada Nwosu"),
        ("Avatar for Lucas Ferrand  ", "Lucas Ferrand"),
    ],
)
def test_the_name_of_a_headshots_alt_text(line, name):
    span = portrait_name(line)
    assert span is not None and line[span[0] : span[1]] == name


@pytest.mark.parametrize(
    "line",
    ["Photos of the flooded road", "Photo: Tobias Wrenfield", "A photo of Tobias Wrenfield"],
)
def test_other_lines_give_no_name(line):
    assert portrait_name(line) is None


def test_an_author_cards_photo_names_the_author_trafilatura_reads_as_a_role():
    # h271: the author card printed the role and the date, the name only in the photo's
    # alt text; trafilatura's author was the role. Made-up site and names.
    from analysis.clean.html_page import html_metadata

    markup = """<html><head><title>Pier reopens - Example Shore News</title></head><body>
<article><h1>Pier reopens after winter storm repairs</h1>
<div class="author-card"><img class="author-photo" src="/a/tw.jpg" alt="Photo of Tobias Wrenfield">
<span class="author-role">Chief features writer</span>
<time datetime="2026-11-28">28 November 2026</time></div>
<p>The pier reopened on Saturday after three months of repairs to the storm-damaged deck.</p>
<p>Engineers replaced forty metres of timber and the lamp posts along the walkway.</p>
<p>The council said the cafe at the end of the pier would reopen in the spring.</p>
</article></body></html>"""
    assert html_metadata(markup).byline == "Tobias Wrenfield"


@pytest.mark.parametrize(
    ("markup", "name"),
    [
        (
            '<p class="byline"><img alt="Headshot of Ada Nwosu" src="a.jpg"> Reporter</p>',
            "Ada Nwosu",
        ),
        ("<img class=\"author-avatar\" alt='Avatar for Lucas Ferrand'>", "Lucas Ferrand"),
        ('<figure class="lead"><img alt="Photo of Ada Nwosu at the pier"></figure>', None),
    ],
)
def test_the_author_photos_alt_text(markup, name):
    assert author_photo_name(markup) == name


def test_an_author_cards_photo_is_the_byline_when_nothing_else_names_the_author():
    # h271's held-out page: the card's image (no class) inside div.byline beside the role,
    # trafilatura read no author at all. Made-up site and names.
    from analysis.clean.html_page import html_metadata

    markup = """<html><head><title>Pier reopens | Example Shore News</title></head><body>
<article><h1>Pier reopens after winter storm repairs</h1>
<div class="byline"><img src="/a/tw.jpg" alt="Photo of Tobias Wrenfield"><span class="vcard">\
<span class="title">Features writer</span></span></div>
<p>The pier reopened on Saturday after three months of repairs to the storm-damaged deck.</p>
<p>Engineers replaced forty metres of timber and the lamp posts along the walkway.</p>
<p>The council said the cafe at the end of the pier would reopen in the spring.</p>
</article></body></html>"""
    assert html_metadata(markup).byline == "Tobias Wrenfield"
