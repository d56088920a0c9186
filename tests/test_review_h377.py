"""Review h377's findings: a Turkish name's dotless "ı" against its capitals, a moved site's
notice in words."""

from __future__ import annotations

from analysis.clean.former_name import former_domain
from analysis.clean.outlet_merge import name_form


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
