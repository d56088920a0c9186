"""analysis.clean.html_logo: a header's logo image whose text calls it the site's logo."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.html_logo import (
    header_logo_name,
    header_logo_title_part,
    home_logo_name,
    logo_text_name,
)
from analysis.read import read_page


@pytest.mark.parametrize(
    ("alt", "name"),
    [
        ("Millbrae Beacon logo", "Millbrae Beacon"),
        ("Logo: The Millbrae Beacon", "The Millbrae Beacon"),
        ("Millbrae Beacon - Logo", "Millbrae Beacon"),
        ("Logo of Millbrae Beacon", "Millbrae Beacon"),
        ("Logotipo de El Faro del Sur", "El Faro del Sur"),
        ("Логотип Степной вестник", "Степной вестник"),
        ("Millbrae Beacon", None),  # no logo's word: a picture's text as any other
        ("site logo", None),  # no name
        ("A boy holding a logo on a sign", None),
        ("Logo", None),
    ],
)
def test_the_name_an_images_text_calls_a_logo(alt, name):
    assert logo_text_name(alt) == name


def test_only_a_logo_in_the_pages_header_before_the_headline_names_the_site():
    def logo(body: str) -> str | None:
        return header_logo_name(document_fromstring(f"<html><body>{body}</body></html>"))

    assert logo('<header><img alt="Millbrae Beacon logo"></header><h1>H</h1>') == (
        "Millbrae Beacon"
    )
    assert logo('<div role="banner"><img alt="Millbrae Beacon logo"></div><h1>H</h1>') == (
        "Millbrae Beacon"
    )
    # a sponsor's logo in the story, one under the headline: none
    assert logo('<div><img alt="Acme Bank logo"></div><h1>H</h1>') is None
    assert logo('<header></header><h1>H</h1><header><img alt="Acme logo"></header>') is None


def test_a_page_naming_its_site_only_by_its_headers_logo_is_filed_under_it(tmp_path):
    page_html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"></head><body>
<header><img src="/img/logo.svg" alt="Millbrae Beacon logo"></header>
<main>
<h1>Harbour wall repairs finish a month early</h1>
<p class="byline">By Tomas Reyes</p>
<p>Repairs to the harbour wall at Millbrae finished a month ahead of schedule, the port
authority said on Tuesday, after a dry autumn let crews work through November.</p>
<p>The wall was damaged in a storm last winter and had been closed to walkers since.</p>
<p>The footpath along the top of the wall will reopen on Saturday morning.</p>
</main></body></html>"""
    path = tmp_path / "harbour-wall.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    rows = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert rows["outlet"].tolist() == ["Millbrae Beacon"]


@pytest.mark.parametrize("alt", ["Quillon Record", "The Quillon Record"])
def test_a_masthead_drawn_as_an_image_only_names_the_site_not_the_menu_under_it(tmp_path, alt):
    # the home link's logo, its name printed nowhere in the text: the rendered menu
    # ("News Sport Opinion") was read as the site's name (h188); two sites of that menu
    # would be one outlet
    page_html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Choir invited to the cathedral</title></head>
<body><header><a href="/" class="logo"><img src="/img/logo.svg" alt="{alt}"></a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav>
</header><article><h1>Choir invited to sing at the cathedral</h1>
<p class="byline">By Wren Talgarth</p><time datetime="2026-06-02">June 2, 2026</time>
<p>The community choir was formed five years ago with twelve members.</p>
<p>It now has more than sixty singers aged from nine to eighty-seven.</p>
<p>The concert will raise money for the local hospice.</p>
</article><footer><p>All rights reserved.</p></footer></body></html>"""
    path = tmp_path / "choir.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    rows = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert rows["outlet"].tolist() == [alt]


def _tree(body: str):
    return document_fromstring(f"<html><body>{body}</body></html>")


@pytest.mark.parametrize(
    ("body", "parts", "name"),
    [
        # an AMP page's header image whose text is the <title>'s site part
        (
            '<header><amp-img alt="Harbour Lantern"></amp-img></header><h1>H</h1>',
            ("Ferry fares rise", "Harbour Lantern"),
            "Harbour Lantern",
        ),
        (
            '<header><img alt="Harbour Lantern"></header><h1>H</h1>',
            ("Harbour Lantern", "Ferry fares rise"),
            "Harbour Lantern",
        ),
        # the image's text is no part of the title, the title has one part, the image
        # stands in the story, not in the header
        (
            '<header><img alt="Acme Bank"></header><h1>H</h1>',
            ("Ferry fares rise", "Harbour Lantern"),
            None,
        ),
        ('<header><img alt="Harbour Lantern"></header><h1>H</h1>', ("Harbour Lantern",), None),
        (
            '<h1>H</h1><div><img alt="Harbour Lantern"></div>',
            ("Ferry fares rise", "Harbour Lantern"),
            None,
        ),
    ],
)
def test_the_titles_site_part_a_header_images_text_repeats(body, parts, name):
    assert header_logo_title_part(_tree(body), parts) == name


def test_an_amp_images_text_on_the_home_link_is_the_logos():
    body = '<a href="/"><amp-img alt="Harbour Lantern"></amp-img></a><h1>H</h1>'
    assert home_logo_name(_tree(body)) == "Harbour Lantern"


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        # a name in a script the host cannot spell: the URL named the outlet (review h187)
        ("港町ランタン", '<link rel="canonical" href="https://pier7.example/story/12">'),
        ("Harbour Lantern", ""),  # no URL
    ],
)
def test_an_amp_page_whose_header_logo_repeats_the_titles_site_part_is_filed_under_it(
    tmp_path, name, canonical
):
    page_html = f"""<!doctype html>
<html amp lang="en"><head><meta charset="utf-8">
<title>Ferry fares will rise next spring : {name}</title>
{canonical}
</head><body>
<header><amp-img src="/logo.png" alt="{name}" width="120" height="30"></amp-img></header>
<article><h1>Ferry fares will rise next spring</h1>
<p>The harbour board voted on Tuesday to raise ferry fares by a fifth next spring.</p>
<p>The operator said the rise would pay for two new boats on the island route.</p>
<p>Islanders will keep their discount cards, the board said.</p>
</article></body></html>"""
    path = tmp_path / "ferry-fares.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    rows = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert rows["outlet"].tolist() == [name]


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ('<a href="/"><img src="/logo.png" alt="logo"></a>', None),
        ('<a href="/"><img src="/logo.png" alt="Logo"></a>', None),
        (
            '<a href="/"><img src="/l.png" alt="logo"></a>'
            ' <a href="/"><img alt="Ostervik Post"></a>',
            "Ostervik Post",
        ),
        ('<a href="/"><img src="/l.png" alt="Ostervik Post"></a>', "Ostervik Post"),
        # the word for home, where the link goes (review h337, h351)
        ('<a href="/"><img src="/l.png" alt="Inicio"></a>', None),
        ('<a href="/"><img src="/l.png" alt="Startseite"></a>', None),
        ('<a href="/"><img src="/l.png" alt="Home"></a>', None),
        ('<a href="/"><img src="/l.png" alt="หน้าแรก"></a>', None),
    ],
)
def test_a_home_links_image_whose_text_is_only_the_word_logo_names_no_site(header, name):
    tree = document_fromstring(
        f"<html><body><header>{header}</header><h1>A story</h1></body></html>"
    )
    assert home_logo_name(tree) == name


def test_a_logo_labelled_home_beside_a_subscribe_link_names_no_site(tmp_path):
    # the home link's image says where it goes, the link beside it is the way in: the
    # site is the <title>'s and the footer's (review h337, h351; made-up site)
    page_html = """<!doctype html>
<html lang="es-AR"><head><meta charset="utf-8">
<title>San Rafael licita la nueva terminal de ómnibus – El Eco del Atuel</title>
</head><body>
<div class="top"><a href="/"><img src="/l.png" alt="Inicio"></a> <a href="/s">Suscribite</a></div>
<ul class="nav"><li><a href="/sr">San Rafael</a></li><li><a href="/economia">Economía</a></li>
<li><a href="/deportes">Deportes</a></li><li><a href="/opinion">Opinión</a></li></ul>
<div class="wrap"><h1>Economía</h1><div class="nota">
<div class="firma">Por Julieta Ansaldi</div>
<div class="fecha">Jueves 5 de marzo de 2026</div>
<p>La Municipalidad de San Rafael llamó a licitación la obra de la nueva terminal de ómnibus.</p>
<p>La terminal tendrá veinte dársenas y un estacionamiento para doscientos autos.</p>
<p>"Es una obra que la ciudad esperaba", dijo el intendente.</p>
<p>Las ofertas se abrirán en febrero.</p>
</div></div>
<div class="pie">El Eco del Atuel · Todos los derechos reservados</div>
</body></html>"""
    path = tmp_path / "terminal.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    rows = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert rows["outlet"].tolist() == ["El Eco del Atuel"]


def test_a_towns_coat_of_arms_names_the_town_as_a_logo_does():
    # a municipal site's home link shows its coat of arms (made up, review h387)
    assert logo_text_name("Wappen Gmeind Chalchbärg") == "Gmeind Chalchbärg"
    assert logo_text_name("Herb Gminy Dąbrowa") == "Gminy Dąbrowa"
    assert logo_text_name("Stemma del Comune di Valdorno") == "Comune di Valdorno"
    assert logo_text_name("Wappen") is None
