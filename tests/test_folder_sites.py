"""Tests for analysis.clean.folder_sites: a group's titles and a network's town sites in
folders of one domain are outlets of their own."""

from __future__ import annotations

import json

import pandas as pd

from analysis.clean.folder_sites import folder_key_of, folder_site, url_folders
from analysis.clean.outlet import OutletEvidence, decide_outlet, masthead_key
from analysis.clean.outlet_hosts import host_pages_of_urls
from analysis.clean.outlet_merge import outlet_identities
from analysis.clean.pipeline import run_clean
from analysis.stats.metrics import run_metrics

_BODY = (
    "The council voted on Tuesday to extend the splash pad at the park before the summer "
    "season.\n\nEngineers said the work would take eleven weeks and that the old pumps "
    "would be replaced.\n\nResidents of the east side asked the council to keep the pool "
    "open while the pad is closed.\n"
)


def _html(og: str, name: str, url: str, title: str, body: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return (
        f'<html><head><title>{title} | {name}</title><meta property="og:site_name" '
        f'content="{og}"><link rel="canonical" href="{url}"></head><body><nav><a href="/">'
        f'Home</a> <a href="/news">News</a></nav><article><h1>{title}</h1>{paras}</article>'
        f"<footer>© 2026 {og} Media, LLC | Privacy</footer></body></html>"
    )


def test_a_town_name_before_the_domains_name_keys_the_towns_folder():
    url = "https://www.hometownwire.com/oh/ashford/news/2026/12/05/splash-pad"
    evidence = OutletEvidence(
        url=url,
        html_site_name="Hometown Wire",
        html_title_parts=("Council approves splash pad", "Ashford Hometown Wire"),
    )
    outlet = decide_outlet(evidence, "p.html")
    assert (outlet.name, outlet.key) == ("Ashford Hometown Wire", "hometownwire.com/oh/ashford")
    # the network's own name alone is the domain's
    assert decide_outlet(OutletEvidence(url=url, html_site_name="Hometown Wire"), "q").key == (
        "hometownwire.com"
    )


def test_a_group_titles_slug_folder_keys_it_and_the_domains_own_names_do_not():
    url = "https://www.voralpen-medien.de/loisach-anzeiger/lokales/bruecke-91031.html"
    assert folder_site(["Loisach-Anzeiger"], url, "voralpen-medien.de") == (
        "Loisach-Anzeiger",
        "voralpen-medien.de/loisach-anzeiger",
    )
    # the domain's name in a folder is a section; a regional edition prints its town
    # after its paper's name, a headline's slug is the page's own last segment
    assert folder_site(["Example News"], "https://example.com/news/a/b", "example.com") is None
    edition = "https://westfaelischer-landbote.de/paderborn/lokales/a-1"
    names = ["Westfälischer Landbote – Paderborn"]
    assert folder_site(names, edition, "westfaelischer-landbote.de") is None
    assert folder_site(["Pier Work Begins"], "https://ex.com/pier-work-begins", "ex.com") is None
    assert url_folders("https://ex.com/a%20b/C/story") == ("a b", "c")
    # the domain's own name is no town's ("News" + "Nation" at newsnation.in/.../news/)
    url = "https://www.newsnation.in/fact-check/news/is-it-true-244592.html"
    assert folder_site(["News Nation"], url, "newsnation.in") is None


def test_a_sections_name_in_the_middle_of_the_title_keys_no_folder():
    # "Headline | Smart News | Smithsonian": the section's name, its slug a folder
    url = "https://www.smithsonianmag.com/smart-news/three-cases-180973578/"
    parts = ("Three Cases of Plague", "Smart News", "Smithsonian")
    evidence = OutletEvidence(url=url, html_site_name="Smithsonian", html_title_parts=parts)
    assert decide_outlet(evidence, "p.html").key == "smithsonianmag.com"


def test_the_domains_unnamed_pages_under_a_folder_key_join_it():
    keys = {"hub.example": "hub.example", "hub.example/oh/ashford": "hub.example/oh/ashford"}
    rows = {
        "a": ("hub.example", "https://www.hub.example/oh/ashford/news/story"),
        "b": ("hub.example", "https://hub.example/oh/belmere/news/story"),
        "c": ("hub.example", "https://hub.example/about"),
    }
    assert host_pages_of_urls(rows, keys, {}) == {"a": ("hub.example", "hub.example/oh/ashford")}
    assert folder_key_of("hub.example", "https://hub.example/oh/ashfordx/a", keys) is None


def test_a_networks_town_sites_on_one_domain_are_one_outlet_each(tmp_path):
    # One brand, many towns, each town's site a folder of the brand's domain: the HTML
    # pages name the town's site in the <title>, the text rows print nothing but the
    # story. Keyed by the domain, the towns were one outlet, the network's (review h400).
    rows = []
    for town in ("ashford", "belmere"):
        for i in (1, 2):
            url = f"https://www.hometownwire.com/oh/{town}/news/2026/12/0{i}/pad-{i}"
            body = _BODY.replace("eleven", f"eleven-{i} {town}")
            name = f"{town.title()} Hometown Wire"
            html = _html("Hometown Wire", name, url, f"Pad {i} in {town}", body)
            rows.append({"id": f"{town}-h{i}", "url": url, "html": html})
            text = f"Pumps, part {i}\n\n" + _BODY.replace("pumps", f"pumps {town} {i}")
            rows.append({"id": f"{town}-t{i}", "url": url, "text": text})
    table = tmp_path / "pages.jsonl"
    table.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert run_clean(table, out) == 0 and run_metrics(out, tmp_path / "reports") == 0
    metrics = pd.read_parquet(out / "article_metrics.parquet")
    outlets = dict(zip(metrics["page"], metrics["outlet"], strict=True))
    for town in ("ashford", "belmere"):
        pages = [f"{town}-{kind}{i}" for kind in "ht" for i in (1, 2)]
        assert {outlets[page] for page in pages} == {f"{town.title()} Hometown Wire"}


def test_a_town_masthead_under_the_networks_notice_joins_the_towns_folder_site():
    # a town's page without a URL (its masthead over the network's notice) is the town
    # site's, though the domain's own pages (a dump under the town's folder) print the
    # town's name too: the folder's site, not the domain, confirms the masthead
    town, network = "hometownwire.com/oh/ashford", "hometownwire.com"
    masthead = masthead_key("name:hometownwire", "Ashford Hometown Wire")
    keys = [town, town, network, network, masthead]
    names = ["Ashford Hometown Wire", "Ashford Hometown Wire", "Ashford Hometown Wire"]
    names += ["Hometown Wire", "Hometown Wire"]
    found = outlet_identities(keys, names)
    assert found.key_of[found.key_of[masthead]] == town


def test_two_creators_on_a_platform_whose_accounts_are_folders_are_two_outlets():
    # note.com/ACCOUNT/n/ID: the markup names the platform, the <title> the creator;
    # keyed by the domain, every creator of the platform was one outlet, "note"
    rows = {
        "能登まちかど通信": "https://note.com/notomachikado/n/n3f2a9c81b7d4",
        "しまね暮らしの記録": "https://note.com/shimane_kurashi/n/nb42c8e1f0a37",
    }
    for name, url in rows.items():
        parts = ("七尾湾の牡蠣、今季は出荷量が回復", name)
        evidence = OutletEvidence(url=url, html_site_name="note（ノート）", html_title_parts=parts)
        outlet = decide_outlet(evidence, "p.html")
        assert (outlet.name, outlet.key) == (name, "note.com/" + url.split("/")[3])
    # a title naming the site itself, a section in its own folder, a kicker before the
    # headline (the longer part last), a section beside the site: no account
    url = "https://example.com/opinion/letters/story-1"
    kicker = ("College football", "Eastern Michigan routs Northern Illinois to go bowling")
    section = ("Son of former president stabbed in Berlin", "Breaking News", "The Post")
    for parts in (("Long headline here", "Example Times"), ("Headline", "Letters"), kicker):
        evidence = OutletEvidence(url=url, html_site_name="Example", html_title_parts=parts)
        assert decide_outlet(evidence, "q.html").key == "example.com"
    # a site's own name of two words (its <title> printing it in another script at a
    # language's folder), an edition sharing the brand's word: no account
    cases = [
        ("Vodiy Xabarlari", ("Вилоят кутубхонасида янги зал очилди", "Водий хабарлари")),
        ("Jhelum Awaz", ("کسانوں کا نہری پانی کی کمی پر احتجاج", "جہلم آواز")),
        ("Landbote", ("Weihnachtsmarkt zieht auf den Domplatz", "Landbote Paderborn")),
    ]
    for markup, parts in cases:
        domain = {"Vodiy": "vodiyxabarlari.uz", "Jhelum": "jhelumawaz.pk"}.get(
            markup.split()[0], "landbote.de"
        )
        evidence = OutletEvidence(
            url=f"https://{domain}/kr/news/story-1", html_site_name=markup, html_title_parts=parts
        )
        assert decide_outlet(evidence, "r.html").key == domain
    for parts in (section,):
        evidence = OutletEvidence(url=url, html_site_name="Example", html_title_parts=parts)
        assert decide_outlet(evidence, "q.html").key == "example.com"


def test_a_platform_page_whose_first_folder_spells_one_outlets_name_joins_it():
    # write.as/kowhai-notes/...: the blog's HTML is filed by its name, a scraper's export
    # naming only the platform by the domain; the folder spells the name, accents aside
    labels = {"kōwhainotes": frozenset({"name:kōwhainotes"}), "news": frozenset({"name:news"})}
    rows = {
        "a": ("write.as", "https://write.as/kowhai-notes/river-bus"),
        "b": ("write.as", "https://write.as/news/river-bus"),
        "c": ("write.as", "https://write.as/other-notes/river-bus"),
    }
    assert host_pages_of_urls(rows, {"write.as": "write.as"}, {}, labels) == {
        "a": ("write.as", "name:kōwhainotes")
    }
