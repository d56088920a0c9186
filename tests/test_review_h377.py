"""Review h377's findings: a Turkish name's dotless "ı" against its capitals, a moved site's
notice in words, a share bar's names in a text browser's dump."""

from __future__ import annotations

from analysis.clean.former_name import former_domain
from analysis.clean.masthead_lines import masthead_name
from analysis.clean.name_domain import name_matches_domain
from analysis.clean.outlet_merge import name_form
from analysis.clean.share_names import is_share_names_line
from analysis.clean.site_candidates import collect_candidates
from analysis.clean.site_name import page_site_name


def test_a_turkish_name_and_its_capitals_are_one_name_form() -> None:
    # "I" folds to "i", so the capitals spell the dotless "ı" of the name as "i"
    assert name_form("Ege Postası") == name_form("EGE POSTASI") == name_form("Ege Postasi")
    assert name_form("Kırşehir Haber") == name_form("KIRŞEHİR HABER")
    assert name_form("Ege Postası") != name_form("Ege Postası Spor")


def test_a_moved_sites_notice_in_words_ties_its_two_domains() -> None:
    turkish = (
        "DUYURU: Ege Postası artık yeni adresinde! egeposta.com adresi 1 Aralık 2026"
        " itibarıyla egepostasi.com.tr adresine yönlendiriliyor."
    )
    assert former_domain([turkish], "egeposta.com") == "egepostasi.com.tr (formerly egeposta.com)"
    assert former_domain([turkish], "egepostasi.com.tr") == (
        "egepostasi.com.tr (formerly egeposta.com)"
    )
    assert former_domain([turkish], "example.com") is None  # neither is the page's address
    # one address: the page's old domain sends the reader on to the new one
    moved = "Unsere neue Adresse: www.nordblatt-online.de – bitte Lesezeichen ändern"
    assert former_domain([moved], "nordblatt.de") == "nordblatt-online.de (formerly nordblatt.de)"
    assert former_domain([moved], "nordblatt-online.de") is None  # its own address only
    # the story's prose about moving, an e-mail address: no notice
    assert former_domain(["About 8 families have moved to the new estate."], "a.com") is None
    assert former_domain(["We've moved! Write to news@harbourpost.net"], "a.com") is None


def test_a_share_bars_names_one_space_apart_name_no_site() -> None:
    assert is_share_names_line("   Facebook X")
    assert is_share_names_line("Teilen: Facebook WhatsApp E-Mail")
    assert not is_share_names_line("The Messenger")
    assert not is_share_names_line("Facebook")
    assert not is_share_names_line("Mail Online")
    # a lynx dump whose masthead the reader cannot take ("Stadt+Land"), its share bar's
    # links' marks taken off: the page names no site, never "Facebook"
    lines = [
        "   Stadt+Land Oberlausitz",
        "",
        "   Start    Lokales    Region    Wirtschaft",
        "",
        "                     Grundschule erhält Zuschuss für neue Turnhalle",
        "",
        "   Von Katrin Wendler",
        "   4. Dezember 2026",
        "",
        "   Die Kosten werden auf rund 1,8 Millionen Euro geschätzt.",
        "",
        "   Facebook X",
        "",
        "   Impressum | Datenschutz | Newsletter",
        "",
        "References",
        "",
        "    1. https://stadtundland-oberlausitz.de/",
        "    2. https://www.facebook.com/sharer/sharer.php?u=https://stadtundland-oberlausitz.de/a",
        "    3. https://x.com/intent/post?url=https://stadtundland-oberlausitz.de/a",
    ]
    site = page_site_name(lines)
    assert site is None or site.name.casefold() not in ("facebook", "x")


def test_a_notice_naming_its_city_after_a_dash_before_its_rights_words_has_a_holder() -> None:
    # "© YEAR NAME — CITY. RIGHTS": the dash ends the holder as before the rights words
    for line, key in (
        ("© 2026 Le Matin du Sahel — Niamey. Tous droits réservés.", "lematindusahel"),
        ("© 2026 Cinq Colonnes SARL — Dakar. Tous droits réservés.", "cinqcolonnes"),
        ("© 2026 Example Post — Leeds. All rights reserved.", "examplepost"),
    ):
        assert key in collect_candidates(["x", "", line]), line
    # a sentence after the dash is a link's: still no notice
    assert not collect_candidates(
        ["x", "", "© 2026 Example Post — Read our terms. All rights reserved."]
    )


def test_a_plus_sign_joins_a_names_words_and_a_domain_spells_it_as_a_word() -> None:
    assert masthead_name("Stadt+Land Oberlausitz") == ("Stadt+Land Oberlausitz", (0, 22))
    assert masthead_name("STADT+LAND") == ("STADT+LAND", (0, 10))
    assert name_matches_domain("Stadt+Land Oberlausitz", "stadtundland-oberlausitz.de")
    assert name_matches_domain("Kunst + Kultur", "kunstundkultur.at")
    assert not name_matches_domain("Stadt+Land Oberlausitz", "stadtlandfluss.de")
    assert "stadtlandoberlausitz" in collect_candidates(
        ["x", "", "© 2026 Stadt+Land Oberlausitz GmbH · Görlitz"]
    )


def test_a_footers_list_of_the_groups_sites_is_no_menu_of_sections() -> None:
    # the masthead over its menu, a tagline naming the town, the group's sites listed
    # under a label in the footer: the page's site is its masthead, not the town
    lines = [
        "We use cookies to improve your experience. Accept all | Manage",
        "",
        "Kettleby Voice",
        "News for Kettleby, Brindle and the Wolds",
        "Home | News | Sport | What's On | Business | Opinion",
        "",
        "Library extends opening hours over the winter months",
        "By Sam Okafor",
        "2 December 2026",
        "",
        "Residents say they have waited more than a decade for the decision.",
        "",
        "Kettleby Voice is part of the Fenwold Local Network.",
        "Our network: Ashby Clarion · Kettleby Voice · Thornbeck Today · Fenwold Weekly",
        "Contact us | Advertise | Privacy | Terms",
    ]
    site = page_site_name(lines)
    assert site is not None and site.name == "Kettleby Voice"


def test_a_moved_sites_notice_in_persian_or_arabic_ties_its_two_domains() -> None:
    persian = "اطلاعیه: صدای کارون به نشانی جدید karunnews.com منتقل شد."
    assert former_domain([persian], "sedayekarun.ir") == "karunnews.com (formerly sedayekarun.ir)"
    arabic = "انتقلنا إلى عنواننا الجديد www.example-news.com"
    assert former_domain([arabic], "oldnews.com") == "example-news.com (formerly oldnews.com)"
