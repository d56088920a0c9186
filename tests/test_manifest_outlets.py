"""One site named several ways in a manifest (analysis.clean.manifest_outlets)."""

from __future__ import annotations

import logging

import pandas as pd
from page_checks import BUDGET_ARTICLE

from analysis.clean.manifest import ManifestEntry
from analysis.clean.manifest_outlets import is_short_form, join_short_forms
from analysis.clean.outlet import OutletEvidence, decide_outlet
from analysis.clean.pipeline import run_clean


def _rows(*rows: tuple[str, str]) -> dict[str, ManifestEntry]:
    return {
        f"p{i}.txt": ManifestEntry(f"p{i}.txt", url=url, outlet=outlet)
        for i, (outlet, url) in enumerate(rows)
    }


def _key(entry: ManifestEntry) -> str:
    evidence = OutletEvidence(
        manifest_outlet=entry.outlet,
        url=entry.url,
        manifest_outlet_of_url=entry.outlet_of_url,
        manifest_outlet_by_name=entry.outlet_by_name,
        manifest_outlet_is_company=entry.outlet_is_company,
    )
    return decide_outlet(evidence, entry.file).key


def test_a_short_form_beside_the_sites_name_is_the_site_and_nothing_is_noted():
    rows = _rows(
        ("The Harbour Gazette", "https://www.harbourgazette.com/a"),
        ("HarGaz", "https://www.harbourgazette.com/b"),
        ("Harbour Gazette", "https://harbourgazette.com/c"),
    )
    marked, notes = join_short_forms(rows)
    assert [_key(entry) for entry in marked.values()] == ["harbourgazette.com"] * 3
    assert marked["p1.txt"].outlet_of_url and not marked["p0.txt"].outlet_of_url
    assert notes == []
    # without the manifest's other rows, "HarGaz" is its own name (def815e, G11)
    assert _key(rows["p1.txt"]) == "name:hargaz"


def test_two_unrelated_names_on_one_domain_stay_apart_and_a_line_names_them():
    rows = _rows(
        ("Valley Sports Weekly", "https://www.hostedpress.com/sports/1"),
        ("Valley Sports Weekly", "https://www.hostedpress.com/sports/2"),
        ("Lakeside Garden Notes", "https://www.hostedpress.com/garden/3"),
        ("Lakeside Garden Notes", "https://lakesidegardennotes.org/4"),
    )
    marked, notes = join_short_forms(rows)
    keys = [_key(entry) for entry in marked.values()]
    # one name on two domains is one outlet, keyed by the name
    assert keys == ["name:valleysportsweekly"] * 2 + ["name:lakesidegardennotes"] * 2
    assert len(notes) == 1
    assert notes[0].startswith("manifest: hostedpress.com: 'Valley Sports Weekly' (2 page(s))")
    assert "'Lakeside Garden Notes' (1 page(s)) kept apart as 2 outlets" in notes[0]


def test_one_name_on_two_domains_is_one_outlet_and_one_domain_keeps_its_key():
    rows = _rows(
        ("Pellworth Chronicle", "https://www.pellworthchronicle.co.uk/a"),
        ("Pellworth Chronicle", "https://pellworth-chronicle.com/b"),
        ("Quillby Courier", "https://www.quillbycourier.com/c"),
        ("Quillby Courier", "https://quillbycourier.com/d"),
        ("Quillby Courier", None),
    )
    marked, _ = join_short_forms(rows)
    keys = [_key(entry) for entry in marked.values()]
    # one domain: its rows keep the domain, a row without URL its name (filed by metrics)
    assert keys == ["name:pellworthchronicle"] * 2 + ["quillbycourier.com"] * 2 + [
        "name:quillbycourier"
    ]


def test_an_outlet_written_as_its_host_keys_a_share_link_row_by_the_host():
    # review h280's held-out pages: a row whose URL names no site (a share link) and
    # whose outlet is the site's host was keyed by the host's letters, a row apart
    rows = _rows(
        ("www.quillbycourier.co.uk", "https://apple.news/AkT3vQpZr8WmXy2LbNcD4eF"),
        ("quillbycourier.co.uk", "https://www.quillbycourier.co.uk/news/c"),
    )
    marked, _ = join_short_forms(rows)
    assert [_key(entry) for entry in marked.values()] == ["quillbycourier.co.uk"] * 2
    assert not marked["p0.txt"].outlet_by_name


def test_a_name_given_without_url_keys_every_page_of_it_by_the_name(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for i, domain in enumerate(["pellworthchronicle.co.uk", "pellworth-chronicle.com"]):
        (raw / f"p{i}.html").write_text(
            f'<html><head><link rel="canonical" href="https://www.{domain}/news/story-{i}">'
            f"<title>Story {i}</title></head><body><article><h1>Story {i}</h1>"
            f"<p>{BUDGET_ARTICLE}</p></article></body></html>",
            encoding="utf-8",
        )
    (raw / "p2.txt").write_text(f"Story two\n\n{BUDGET_ARTICLE}\n", encoding="utf-8")
    rows = "\n".join(
        f"p{i}.{ext},Pellworth Chronicle" for i, ext in enumerate(["html", "html", "txt"])
    )
    (raw / "manifest.csv").write_text(f"file,outlet\n{rows}\n", encoding="utf-8")
    assert run_clean(raw, tmp_path / "out") == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert set(articles["outlet_key"]) == {"name:pellworthchronicle"}
    assert articles["url"].notna().sum() == 2  # the URLs stay


def test_an_owner_in_the_outlet_column_leaves_each_row_to_its_url():
    # a sheet giving two papers' owner as their outlet, with and without its legal form
    rows = _rows(
        ("Fenwold Local Media", "https://www.ashbyclarion.co.uk/news/1"),
        ("Fenwold Local Media", "https://www.thornbecktoday.co.uk/news/2"),
        ("Fenwold Local Media Ltd", "https://kettlebyvoice.co.uk/news/3"),
        ("PT Pagi Petang Media", "https://pagidanpetang.id/berita/4"),
        ("Ashby Clarion", "https://www.ashbyclarion.co.uk/news/5"),
    )
    marked, _ = join_short_forms(rows)
    assert [entry.outlet_is_company for entry in marked.values()] == [True] * 4 + [False]
    assert [_key(entry) for entry in marked.values()] == [
        "ashbyclarion.co.uk",
        "thornbecktoday.co.uk",
        "kettlebyvoice.co.uk",
        "pagidanpetang.id",
        "ashbyclarion.co.uk",
    ]
    # a group's name opening with its company word is a company's too
    grupo, _ = join_short_forms(_rows(("Grupo Zambeze Comunicações", "https://zambeze.co.mz/a/1")))
    assert _key(grupo["p0.txt"]) == "zambeze.co.mz"
    # a company's row without a URL keeps the manifest's name: nothing else names a site
    alone, _ = join_short_forms(_rows(("Fenwold Local Media Ltd", "")))
    assert _key(alone["p0.txt"]) == "name:fenwoldlocalmedialtd"


def test_short_forms_are_spelled_by_word_starts_in_order():
    assert is_short_form("HarGaz", "The Harbour Gazette")
    assert is_short_form("THG", "Harbour Gazette") is False  # "t" starts no word
    assert is_short_form("GazHar", "Harbour Gazette") is False  # order matters
    assert is_short_form("HG", "Harbour Gazette") is False  # too short to tie anything
    assert is_short_form("Harbour Gazette", "Harbour Gazette") is False


def test_clean_keys_a_short_form_by_its_domain_and_notes_a_split(tmp_path, caplog):
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = ["file,url,outlet"]
    for i, (outlet, url) in enumerate(
        [
            ("The Harbour Gazette", "https://www.harbourgazette.com/a"),
            ("HarGaz", "https://www.harbourgazette.com/b"),
            ("Valley Sports Weekly", "https://www.hostedpress.com/s"),
            ("Lakeside Garden Notes", "https://www.hostedpress.com/g"),
        ]
    ):
        text = BUDGET_ARTICLE.replace("Council", f"Council {i}")
        (raw / f"p{i}.txt").write_text(text, encoding="utf-8")
        rows.append(f'p{i}.txt,{url},"{outlet}"')
    (raw / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="analysis"):
        assert run_clean(raw, tmp_path / "out") == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("page")
    assert articles.loc["p1.txt", "outlet_key"] == "harbourgazette.com"
    assert articles.loc["p1.txt", "outlet"] == "HarGaz"  # the manifest's value is kept
    assert "manifest: hostedpress.com:" in caplog.text
    assert "harbourgazette.com:" not in caplog.text
