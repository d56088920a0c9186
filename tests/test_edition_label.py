"""analysis.clean.edition_label: an e-edition's label after a paper's name is no part of it."""

from __future__ import annotations

import pytest

from analysis.clean.edition_label import without_edition_label


@pytest.mark.parametrize(
    ("given", "name"),
    [
        ("Westhaven Mercury e-Edition", "Westhaven Mercury"),
        ("Westhaven Mercury eEdition", "Westhaven Mercury"),
        ("WESTHAVEN MERCURY ePaper", "WESTHAVEN MERCURY"),
        ("Westhaven Mercury E-Paper", "Westhaven Mercury"),
        ("Westhaven Mercury Digital Edition", "Westhaven Mercury"),
        ("Westhaven Mercury | Digital Replica", "Westhaven Mercury"),
        ("Westhaven Mercury - Print Edition", "Westhaven Mercury"),
        ("Heraldo del Valle Edición Digital", "Heraldo del Valle"),
        ("港町新報 電子版", "港町新報"),
        ("港城晚报数字报", "港城晚报"),
    ],
)
def test_an_edition_label_is_taken_off(given: str, name: str) -> None:
    assert without_edition_label(given) == name


@pytest.mark.parametrize(
    "given", ["Westhaven Mercury", "ePaper", "The e-Edition", "Paper Edition Weekly", None, ""]
)
def test_a_name_without_a_label_or_only_a_label_is_kept(given: str | None) -> None:
    assert without_edition_label(given) == given


def test_a_manifest_outlet_with_an_edition_label_is_the_papers(tmp_path) -> None:
    from analysis.clean.manifest import load_manifest

    path = tmp_path / "m.csv"
    path.write_text("file,url,outlet\na.txt,,Westhaven Mercury e-Edition\n", encoding="utf-8")
    assert load_manifest(path, {"a.txt"})["a.txt"].outlet == "Westhaven Mercury"


def test_an_e_editions_text_page_is_filed_by_the_papers_name() -> None:
    """A text dump of an e-edition's page, naming the edition, is the paper's outlet."""
    from analysis.clean.articles import page_outlet

    text = (
        "Westhaven Mercury e-Edition\nNews  Sport  Business  Puzzles\n\n"
        "Pier reopens after repairs\n\n"
        "By Dana Whitcombe\n3 December 2026\n\n"
        "The pier reopened on Monday after six months of repairs to its timber deck.\n\n"
        "Anglers were back at the end of the pier within the hour, the harbour office said.\n\n"
        "The work cost the town council about two hundred thousand pounds.\n\n"
        "© 2026 Westhaven Mercury e-Edition. All rights reserved.\n"
    )
    outlet = page_outlet(text, "a.txt")
    assert outlet.name == "Westhaven Mercury"
    assert outlet.key == "name:westhavenmercury"


def _html_rows(tmp_path, title: str, headline: str):
    from analysis.clean.articles import PageFacts, extract_articles
    from analysis.read import read_page

    page_html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div id="viewer-toolbar"><span class="brand">{title}</span> <button>Pages</button>
<button>Sections</button> <span class="issue-date">Friday, December 4, 2026</span></div>
<div id="article-overlay">
<h2>{headline}</h2>
<div class="byline">By Carla Dunmore</div>
<p>Harwick's football team is going back to the state final for the first time since 2009
after a 28-14 win over Lakemoor on Thursday night in front of a full stadium.</p>
<p>Senior running back Tobi Adeyemi scored three times, including a 61-yard run in the
fourth quarter that sealed the game for the home side.</p></div>
</body></html>"""
    path = tmp_path / "viewer.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    return extract_articles(page.text, page.name, PageFacts(html=page.html))


def test_an_e_edition_viewers_title_names_the_paper(tmp_path) -> None:
    # a replica viewer's page: its <title> is the edition's name only, the headline is
    # in the article overlay (h382)
    rows = _html_rows(tmp_path, "Harwick Gazette eEdition", "RAIDERS ROLL INTO STATE FINAL")
    assert rows["outlet"].tolist() == ["Harwick Gazette"]
    assert rows["title"].tolist() == ["RAIDERS ROLL INTO STATE FINAL"]
