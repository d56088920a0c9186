"""Unit tests of the fixes reviewer h389's set (benchmarks/review_sets/outlets_h389) led to."""

from __future__ import annotations

from analysis.clean.account_site import account_site
from analysis.clean.domains import is_token_host
from analysis.clean.outlet import OutletEvidence, decide_outlet
from analysis.clean.outlet_merge import outlet_identities
from analysis.clean.site_candidates import collect_candidates


def test_a_notice_naming_its_city_and_region_after_a_dash_has_a_holder() -> None:
    # "© YEAR NAME — CITY, REGION" up to the line's end, in capitals or a script without
    # case (Arabic's comma "،")
    for line, key in (
        ("© 2026 The Tamarack Sentinel — Springfield, Ohio", "tamaracksentinel"),
        ("© 2026 Le Matin — Niamey, Niger", "lematin"),
        ("© 2026 أصداء الوادى — نزوى، سلطنة عمان", "أصداءالوادى"),
        ("© 2026 أصداء الوادى — نزوى", "أصداءالوادى"),
    ):
        assert key in collect_candidates(["x", "", line]), line
    # a sentence after the dash is still a link's: no notice
    for line in (
        "© 2026 Example Post — Read our terms of service",
        "© 2026 Example Post — read our terms, now",
    ):
        assert not collect_candidates(["x", "", line]), line


def test_a_name_typed_without_a_letter_no_decomposition_takes_apart_is_one_outlet() -> None:
    # a manifest's "L-Eku ta' Ghawdex" ('h' for Maltese 'ħ') beside the pages' "L-Eku ta’
    # Għawdex": one name key (no domain prints it); "Glos Lasu" / "Głos Lasu" as well
    keys = ["name:lekutagħawdex"] * 3 + ["name:lekutaghawdex"]
    names = ["L-Eku ta’ Għawdex"] * 3 + ["L-Eku ta' Ghawdex"]
    found = outlet_identities(keys, names)
    assert found.n_outlets(keys) == 1
    keys = ["name:głoslasu", "name:gloslasu"]
    assert outlet_identities(keys, ["Głos Lasu", "Glos Lasu"]).n_outlets(keys) == 1
    # another letter stays another name ("Għawdex" / "Gawdex")
    keys = ["name:lekutagħawdex", "name:lekutagawdex"]
    assert outlet_identities(keys, ["A", "B"]).n_outlets(keys) == 2


def test_a_cdn_distributions_token_host_yields_to_the_name_the_page_prints() -> None:
    # a trafilatura copy saved from a CloudFront distribution: the page's site name, as
    # its copies at the site's domain and its HTML on the distribution are filed
    assert is_token_host("d2q7xk3m9ab1cd.cloudfront.net")
    # a word or a handle as the label: a site of its own; a token under a public suffix
    for host in ("halvard-notes.github.io", "radio1983.github.io", "x7k2m9q3z.com"):
        assert not is_token_host(host), host
    evidence = OutletEvidence(
        url="https://d2q7xk3m9ab1cd.cloudfront.net/frettir/2026/12/02/a",
        page_site_name="Vestfjarðapósturinn",
    )
    found = decide_outlet(evidence, "p.txt")
    assert (found.name, found.key) == ("Vestfjarðapósturinn", "name:vestfjarðapósturinn")


def test_a_sites_own_account_post_is_the_sites() -> None:
    # a Mastodon post of @tazehayekavir whose link card's source line is its domain
    lines = ["Mastodon", "", "تازه‌های کویر", "@tazehayekavir@persadon.social", "", "Headline",
             "", "tazehayekavir.ir", "Headline", "Summary."]  # fmt: skip
    assert account_site(lines, "@tazehayekavir") == "tazehayekavir.ir"
    evidence = OutletEvidence(
        url="https://persadon.social/@tazehayekavir/113456789012345678",
        page_site_name="تازه‌های کویر",
        account_site="tazehayekavir.ir",
    )
    found = decide_outlet(evidence, "p.txt")
    assert found.key == "tazehayekavir.ir"
    # a writer's post linking a paper's story: the writer's account, not the paper
    lines = ["Jane Roe", "@janeroe", "", "tazehayekavir.ir", "Headline"]
    assert account_site(lines, "@janeroe") is None
    evidence = OutletEvidence(url="https://persadon.social/@janeroe/1", page_site_name="Jane Roe")
    assert decide_outlet(evidence, "p.txt").key == "persadon.social/@janeroe"


def test_a_sorani_name_typed_with_arabic_heh_is_one_outlet() -> None:
    # held out h389 H1: "دەنگی هەولێر" at its domain, "دهنگی ههولێر" ('ه' for 'ە') in a copy
    keys = ["dengihewler.krd", "name:دهنگیههولێر"]
    found = outlet_identities(keys, ["دەنگی هەولێر", "دهنگی ههولێر"])
    assert found.key_of["name:دهنگیههولێر"] == "dengihewler.krd"
