"""Site names with a slash between digits or a closing plus, and a theme's credit
(issue #10, review h400's outlets set: "Rīga 24/7", "KENT+", "Tema: HaberPort, ...")."""

from __future__ import annotations

from analysis.clean.masthead_lines import masthead_name
from analysis.clean.name_forms import compact_name
from analysis.clean.site_name import page_site_name
from analysis.clean.site_phrases import line_phrases


def test_a_notice_holds_a_name_with_a_slash_between_digits():
    line = "© 2026 Valmora 24/7. Visas tiesības aizsargātas."
    assert [p[0] for p in line_phrases(line)[1]] == ["Valmora 24/7"]


def test_a_slash_before_a_word_still_ends_no_holder():
    # "Thomson/Reuters" names two holders: the slash between digits changes nothing there
    assert line_phrases("© Example Thomson/Reuters 2026")[1] == []


def test_a_masthead_with_a_slash_between_digits_or_a_closing_plus():
    assert masthead_name("Valmora 24/7") == ("Valmora 24/7", (0, 12))
    assert masthead_name("BRENT+") == ("BRENT+", (0, 6))


def test_a_closing_plus_is_read_plus():
    assert compact_name("Brent+") == compact_name("Brentplus") == "brentplus"
    assert compact_name("N+1") == "n1"  # a plus inside a name spells nothing


def test_a_masthead_over_its_motto_and_menu_names_the_site():
    page = [
        "Šī vietne izmanto sīkdatnes. Piekrītu",
        "",
        "Valmora 24/7",
        "Pilsētas ziņas visu diennakti",
        "",
        "Sākums   Ziņas   Pilsēta   Kultūra   Sports",
        "",
        "Tirgus laukumā atver jaunu slidotavu",
        "",
        "Autors: Anna Kalniņa",
        "2026. gada 1. decembris",
        "",
        "Slidotava būs atvērta katru dienu līdz marta beigām.",
        "",
        "Mājaslapas izstrāde: Studio Pelēks",
    ]
    site = page_site_name(page)
    assert site is not None and site.name == "Valmora 24/7"


def test_a_themes_credit_names_no_site():
    # a WordPress theme's name and its vendor's address after "Tema:" are the vendor's
    line = "WordPress ile güçlendirilmiştir · Tema: HaberKöşe, Temaci.net"
    assert not any(kind == "domain" for _, _, kind in line_phrases(line)[1])
    page = [
        "BRENT+",
        "Brentwood'un haber sitesi",
        "",
        "Anasayfa   Gündem   Yerel   Ekonomi   Spor",
        "",
        "Çarşıya yeni otopark yapılacak",
        "",
        "Yazan: Ayşe Demir",
        "4 Aralık 2026",
        "",
        "Belediye otoparkın yaz başında açılacağını söyledi.",
        "",
        line,
    ]
    site = page_site_name(page)
    assert site is not None and site.name == "BRENT+"
