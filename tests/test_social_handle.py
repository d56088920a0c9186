"""A site named only by its ``twitter:site`` handle takes the name the page prints for
it ("@PeninsulaHoy" over a masthead "Península Hoy"; analysis.clean.social_handle,
review h136)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.outlet_display import outlet_display_names_of_counts
from analysis.clean.read import read_page
from analysis.clean.social_handle import handle_display, is_handle, printed_handle_name

PAGE = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>Lluvias dejan sin luz a 30 mil hogares en Mérida</title>
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="{handle}">
</head><body>
<div class="cabecera">{masthead}</div>
<h1>Lluvias dejan sin luz a 30 mil hogares en Mérida</h1>
<p>Las fuertes lluvias del domingo dejaron sin energía eléctrica a unos 30 mil hogares en
Mérida, informó la empresa eléctrica este lunes por la mañana.</p>
<p>Cuadrillas trabajaban por la noche para restablecer el servicio en los barrios del sur
de la ciudad, donde cayeron varios árboles sobre las líneas.</p>
<p>Protección Civil recomendó no salir de casa mientras continúen las lluvias.</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("handle", "masthead", "outlet"),
    [
        ("@PeninsulaHoy", "Península Hoy", "Península Hoy"),
        ("@peninsula_hoy_", "PENÍNSULA HOY", "PENÍNSULA HOY"),
        # the page prints no name with the handle's letters: the handle stays
        ("@PeninsulaHoy", "Noticias del Sureste", "PeninsulaHoy"),
        # a handle shortening the printed name, letters left out in order (review h255)
        ("@PeninsulaHy", "Península Hoy", "Península Hoy"),
        # too short a part of the name, or other first letters: the handle stays
        ("@PenHoy", "Península Hoy", "PenHoy"),
        ("@EninsulaHoy", "Península Hoy", "EninsulaHoy"),
    ],
)
def test_a_handle_is_the_name_the_page_prints(tmp_path, handle, masthead, outlet):
    path = tmp_path / "lluvias.html"
    path.write_text(PAGE.format(handle=handle, masthead=masthead), encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert row["outlet"] == outlet


def test_a_site_name_no_handle_writes_is_left_as_given():
    markup = PAGE.format(handle="@PeninsulaHoy", masthead="Península Hoy")
    assert printed_handle_name("Diario Peninsular", markup) == "Diario Peninsular"
    assert printed_handle_name(None, markup) is None


@pytest.mark.parametrize(
    ("handle", "shown"),
    [
        ("@MarshfieldCourier", "Marshfield Courier"),
        ("@Marshfield_Courier", "Marshfield Courier"),
        ("@Quillby", "Quillby"),
        ("@marshfieldcourier", "@marshfieldcourier"),
        ("@MFC", "@MFC"),
    ],
)
def test_a_handle_is_shown_by_the_words_its_capitals_mark(handle, shown):
    assert is_handle(handle)
    assert handle_display(handle) == shown


def test_a_manifest_outlet_written_as_a_handle_gives_way_to_the_printed_name():
    # review h288: a social-listening export's outlet column held the posting account's
    # handle; the row was shown "@MarshfieldCourier" though a page printed the name
    pairs = {
        ("marshfieldcourier.com", "@MarshfieldCourier"): 4,
        ("marshfieldcourier.com", "MarshfieldCourier"): 1,
        ("marshfieldcourier.com", "Marshfield Courier"): 1,
        ("name:quillbypost", "@QuillbyPost"): 2,
        ("name:quillbypost", "QuillbyPost"): 1,
        ("name:techhub", "TechHub"): 3,
    }
    shown = outlet_display_names_of_counts(pairs)
    assert shown["marshfieldcourier.com"] == "Marshfield Courier"
    assert shown["name:quillbypost"] == "Quillby Post"
    assert shown["name:techhub"] == "TechHub"  # a glued name no handle writes stays
