"""A logo's text in lower case, its words joined, over a publisher's notice (review h362)."""

from __future__ import annotations

from analysis.clean.logo_text import logo_text_name
from analysis.clean.site_name import page_site_name

STORY = [
    "",
    "Vecinos del barrio alto piden más luminarias en la plaza",
    "Por Inés Valbuena",
    "3 de diciembre de 2026",
    "",
    "Los vecinos del barrio alto pidieron el martes al municipio más luminarias en la plaza "
    "central, donde dicen que los robos aumentaron desde el verano.",
    "",
    "Según el alcalde, los trabajos estarán terminados antes del inicio del año escolar.",
    "",
]


def _page(logo: str, footer: str) -> list[str]:
    return [
        logo,
        "Inicio | Regiones | País | Economía",
        *STORY,
        footer,
        "© 2026 Ediciones Ribera SpA. Todos los derechos reservados.",
    ]


def test_a_lower_case_logo_spelling_the_footers_name_is_the_masthead():
    # "gacetaribera" alone is no name (no capital): the footer's "Gaceta Ribera" tells which
    # name the logo spells, and the page keeps it as its masthead beside the publisher
    site = page_site_name(_page("gacetaribera", "Gaceta Ribera — Diario digital del valle"))
    assert (site.source, site.masthead) == ("copyright", "Gaceta Ribera")


def test_a_lower_case_line_the_page_prints_in_no_name_is_no_masthead():
    # the footer names no "Gaceta Ribera": the logo's words are unknown
    assert page_site_name(_page("gacetaribera", "Diario digital del valle")).masthead is None
    # one word in lower case (a section, a menu's entry) is never read so
    assert logo_text_name("deportes", ["deportes", "Deportes"]) is None
    # a line with a capital or a space is masthead_name's, not a logo's joined words
    assert logo_text_name("Cronica", ["Cronica", "Cro Nica"]) is None
