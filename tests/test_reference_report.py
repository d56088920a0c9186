"""A reference manager's item report saved as text (Zotero's "Generate Report from
Item"): one story per item's field table (analysis.clean.reference_report), never one
page whose rows are headlines, bylines and outlets."""

from __future__ import annotations

import pandas as pd

from analysis.clean.pipeline import run_clean
from analysis.clean.reference_report import read_reference_report

# A text browser's dump of a French report: the label column padded to its longest
# label, which one space parts from its value ("Catalogue de bibl. ...").
FRENCH = """Rapport Zotero

Article de journal

Le port de Sète agrandit son quai des ferries

Type de document   Article de journal
Auteur             Vidal, Margaux
Publication        Le Phare Héraultais
Date               04/12/2026
URL                https://www.phare-heraultais.example/sete/quai-ferries
Consulté le        06/12/2026 à 09:15:44
Catalogue de bibl. phare-heraultais.example
Date d'ajout       06/12/2026 09:15:44

Notes :

  Le quai des ferries du port de Sète sera allongé de 120 mètres d'ici 2028.
  Les travaux coûteront 18 millions d'euros.
"""

# An English report of two items, a wrapped abstract, tags and attachments under the
# notes, dates in the United States' order.
ENGLISH = """Zotero Report

Quarry lorries to avoid village centre

Item Type       Web Page
Author          Lloyd, Carys
Author          Bevan, Owain
Abstract        Lorries from the quarry will use a new link road from March,
                the county council said.
Website Title   Brecon Vale Post
Date            12/3/2026
URL             https://breconvale.example/news/quarry-lorries
Accessed        12/6/2026, 9:14:22 AM

Tags:

  * quarry

Notes:

  * Lorries from the quarry will use a new link road from March. Residents had
    asked for the change for ten years.

Attachments

  * Snapshot

Library hours cut in winter

Item Type       Newspaper Article
Author          Price, Dylan
Abstract        The town library will close at four on weekdays until March.
Publication     Brecon Vale Post
Date            2026-12-05
Accessed        12/6/2026, 9:20:01 AM
"""


def test_french_report_item_is_a_story():
    report = read_reference_report(FRENCH)
    assert report is not None
    (story,) = report.stories
    assert story.title == "Le port de Sète agrandit son quai des ferries"
    assert story.outlet == "Le Phare Héraultais"
    assert story.byline == "Margaux Vidal"
    assert story.published == "2026-12-04"  # day first, as the access day shows
    body = [report.lines[i] for i in story.body_lines]
    assert body[0].startswith("Le quai des ferries") and "Date d'ajout" not in body


def test_report_of_two_items_and_month_first_dates():
    report = read_reference_report(ENGLISH)
    assert report is not None
    first, second = report.stories
    assert (first.title, first.outlet) == (
        "Quarry lorries to avoid village centre",
        "Brecon Vale Post",
    )
    assert first.byline == "Carys Lloyd, Owain Bevan"
    assert first.published == "2026-12-03"  # "12/3/2026" beside "12/6/2026, 9:14:22 AM"
    body = " ".join(report.lines[i] for i in first.body_lines)
    assert body.startswith("Lorries from the quarry") and "Snapshot" not in body
    assert "quarry\n" not in body
    assert (second.title, second.byline, second.published) == (
        "Library hours cut in winter",
        "Dylan Price",
        "2026-12-05",
    )


def test_a_story_quoting_a_short_record_is_no_report():
    story = (
        "Council backs new ferry\n\nBy Jane Roe\n\n"
        + "The council voted to buy a second ferry for the island route. " * 12
        + "\n\nAuthor      Roe, Jane\nPublication Island Courier\nDate        2026-12-03\n"
    )
    assert read_reference_report(story) is None
    table_only = "Author   Roe, Jane\nPublication  Island Courier\nDate   2026-12-03\nPages   4\n"
    assert read_reference_report(table_only) is None  # four rows: no item type, no address


def test_clean_reads_a_report_as_its_items(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "report.txt").write_text(ENGLISH, encoding="utf-8")
    assert run_clean(raw, out) == 0
    articles = pd.read_parquet(out / "articles.parquet").set_index("page")
    assert sorted(articles.index) == ["report.txt/001", "report.txt/002"]
    first = articles.loc["report.txt/001"]
    assert (first["outlet"], first["outlet_source"]) == ("Brecon Vale Post", "export")
    assert (first["byline"], first["published"]) == ("Carys Lloyd, Owain Bevan", "2026-12-03")


def test_a_report_of_one_item_is_that_items_page(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "rapport.txt").write_text(FRENCH, encoding="utf-8")
    assert run_clean(raw, out) == 0
    articles = pd.read_parquet(out / "articles.parquet").set_index("page")
    assert articles.index.tolist() == ["rapport.txt"]
    item = articles.loc["rapport.txt"]
    assert (item["outlet"], item["byline"]) == ("Le Phare Héraultais", "Margaux Vidal")
