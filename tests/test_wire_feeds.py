# ruff: noqa: E501
"""A news agency's subscriber feed read as its story (review h337's left-overs, h351):
the transmission frame's marks, the desk's initials over the stamp, the keyword slug,
a byline in brackets. Made-up agencies, people and stories."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.header_lines import find_byline
from analysis.clean.page_metadata import _is_desk_initials
from analysis.clean.read import plain_dump_text
from analysis.clean.site_candidates import accepted_form
from analysis.clean.wire_frame import drop_wire_marks


def test_the_anpa_frame_is_taken_off():
    text = "ZCZC\n^BC-Port-Strike,0210<\n^Dockers walk out<\n^By JO DOE=\nText.\nXPS-03-05 0912GMT<\nNNNN"
    assert drop_wire_marks(text).split("\n") == [
        "", "BC-Port-Strike,0210", "Dockers walk out", "By JO DOE", "Text.", "XPS-03-05 0912GMT", "",
    ]  # fmt: skip
    # one marked line is no frame
    assert drop_wire_marks("x ^y<\n^Only one<\nText.") == "x ^y<\n^Only one<\nText."


@pytest.mark.parametrize(
    ("line", "initials"),
    [
        ("lf/rg", True),
        ("mpl/jbo/ab", True),
        ("ав/ел", True),
        ("/Baltpress/km", True),
        ("Lf/Rg", False),  # capitals: no desk's
        ("2026/12", False),
        ("km", False),  # one group and no agency
        ("a/b/c/d/e", False),
    ],
)
def test_a_desks_initials(line, initials):
    assert _is_desk_initials(line) is initials


def test_a_keyword_slug_names_no_site():
    assert accepted_form("ECO-CHILE-MINERÍA") is None
    assert accepted_form("POL-SEJM-BUDŻET-ROLNICTWO") is None
    assert accepted_form("Stoke-on-Trent Live") is not None
    assert accepted_form("Al-Ahram") is not None


def test_a_byline_in_brackets():
    line = "(Por Marcela Quiroga)"
    start, end = find_byline(line)
    assert line[start:end] == "Marcela Quiroga"
    assert find_byline("(By the numbers)") is None
    assert find_byline("(AP)") is None


FEED = """ARP - Servicio Regional
ECO-CHILE-MINERÍA
Prioridad: 3     Palabras: 180     Categoría: Economía

Chile abre la primera fundición de cobre sin carbón en Antofagasta

(Por Marcela Quiroga)

Antofagasta, 6 mar (ARP).- La nueva fundición de cobre de Antofagasta comenzó este viernes a operar sin carbón, con energía de tres parques solares del desierto de Atacama.

La planta procesará 300.000 toneladas de concentrado al año y empleará a 420 trabajadores.

"Es un cambio para toda la industria", dijo el gerente de la empresa estatal.

mq/jd
06/03/2026 15:42
"""


def test_an_agency_feeds_story_gets_its_byline_and_the_stamps_day():
    rows = extract_articles(plain_dump_text(FEED), "arp.txt")
    assert rows["byline"].tolist() == ["Marcela Quiroga"]
    assert rows["published"].tolist() == ["2026-03-06"]
    assert rows["outlet"].tolist() != ["ECO-CHILE-MINERÍA"]


ANPA = """ZCZC
XPS0214 4 f BC-Malawi-Tea 03-06 0310
^BC-Malawi-Tea,0310<
^Malawi tea exports climb as new estates come into production<
^By CHIFUNDO BANDA=
^Xanthe Press Service Writer=
   BLANTYRE, Malawi (XPS) _ Malawi's tea exports rose 11% in the first two months of the year, the trade ministry said Friday, as estates planted in the south came into production.
   Exports reached 9,400 tonnes in January and February, up from 8,470 tonnes a year earlier.
   The ministry expects a record year if the rains hold.
   Copyright 2026 Xanthe Press Service. All rights reserved.
XPS-03-06-26 0912GMT<
NNNN
"""


def test_an_anpa_framed_story_gets_its_byline():
    rows = extract_articles(plain_dump_text(ANPA), "xps.txt")
    assert rows["byline"].tolist() == ["CHIFUNDO BANDA"]
    assert rows["title"].tolist() == [
        "Malawi tea exports climb as new estates come into production"
    ]
