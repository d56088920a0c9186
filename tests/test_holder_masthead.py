"""A masthead over the site's menu beside a publisher's copyright notice (lead, new-user run)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.clean.pipeline import run_clean
from analysis.clean.site_name import page_site_name
from analysis.stats.metrics import run_metrics

STORY = [
    "",
    "DEPORTES",
    "El club de remo gana la regata de invierno por segunda vez",
    "",
    "Por Inés Valbuena",
    "3 de diciembre de 2026",
    "",
    "El club de remo de la ciudad ganó el domingo la regata de invierno, por segunda vez "
    "en tres años, con una ventaja de cuatro segundos sobre el equipo del puerto vecino.",
    "",
    '"Hemos entrenado cada mañana desde septiembre", dijo la capitana del equipo, que '
    "anunció su retirada tras la carrera.",
    "",
]


def _page(masthead: str, menu: str, holder: str) -> list[str]:
    return [masthead, menu, *STORY, "Compartir", f"© 2026 {holder}. Todos los derechos reservados."]


def test_a_name_over_a_menu_printed_on_one_line_is_the_pages_masthead():
    # the menu's entries set apart by two spaces read as one name-like line: the name
    # over it was taken for a menu's first entry, and no masthead was kept
    lines = _page("Crónica del Valle", "Local  Deportes  Opinión  Suscríbete", "Ediciones Ribera")
    site = page_site_name(lines)
    assert (site.name, site.source, site.masthead) == (
        "Ediciones Ribera",
        "copyright",
        "Crónica del Valle",
    )
    # a name over a second name (a group's list of titles) is still no masthead
    lines = _page("Crónica del Valle", "Crónica del Monte", "Ediciones Ribera")
    assert page_site_name(lines).masthead is None


@pytest.mark.parametrize(
    ("masthead", "holder", "shown"),
    [
        # the site's name and its publisher's: the row shows the site's
        ("Ribamar Diario", "Ribamar Media Group", "Ribamar Diario"),
        # a holder naming more than the masthead tells same-name sites apart
        ("Diario Ribamar", "Diario Ribamar Norte S.L.", "Diario Ribamar Norte"),
        # a holder without company words is no publisher of another name
        ("Diario Ribera", "Ribera", "Ribera"),
    ],
)
def test_a_publishers_row_shows_the_masthead_holding_its_name_but_its_company_words(
    tmp_path, masthead, holder, shown
):
    # "Nordlicht Zeitung" over the menu of every page, "© Nordlicht Medien GmbH" below:
    # the pages were one row, shown by the publisher's name
    raw = tmp_path / "raw"
    raw.mkdir()
    for number in (1, 2):
        lines = _page(masthead, "Inicio | Local | Deportes | Opinión", holder)
        lines[4] = f"{lines[4]} ({number})"  # two stories
        lines[9] = lines[9].replace("domingo", "sábado" if number == 1 else "domingo")
        (raw / f"p{number}.txt").write_text("\n".join(lines), encoding="utf-8")
    processed = tmp_path / "processed"
    run_clean(raw, processed, jobs=1)
    run_metrics(processed, tmp_path / "reports", jobs=1)
    outlets = pd.read_parquet(processed / "outlet_metrics.parquet")
    assert outlets["outlet"].tolist() == [shown]
    assert outlets["n_articles"].tolist() == [2]


def test_a_text_page_under_a_publishers_notice_joins_its_sites_html_page(tmp_path):
    # one site, an HTML page with its URL and a text dump under the publisher's notice:
    # one outlet row (the text page was a row of the publisher's name)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "story.txt").write_text(
        "\n".join(_page("Crónica del Valle", "Local  Deportes  Opinión", "Ediciones Ribera")),
        encoding="utf-8",
    )
    body = "".join(f"<p>{line}</p>" for line in STORY[7:] if line)
    (raw / "other.html").write_text(
        "<html><head><title>Nuevo puente | Crónica del Valle</title>"
        '<meta property="og:site_name" content="Crónica del Valle">'
        '<link rel="canonical" href="https://www.cronicadelvalle.es/local/puente.html">'
        "</head><body><article><h1>Nuevo puente sobre el río</h1>"
        f"{body}</article></body></html>",
        encoding="utf-8",
    )
    processed = tmp_path / "processed"
    run_clean(raw, processed, jobs=1)
    run_metrics(processed, tmp_path / "reports", jobs=1)
    outlets = pd.read_parquet(processed / "outlet_metrics.parquet")
    assert outlets["outlet"].tolist() == ["Crónica del Valle"]
    assert outlets["n_articles"].tolist() == [2]
