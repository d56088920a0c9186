"""An outlet is shown by its brand, not by its publisher's company name (review h415)."""

from analysis.clean.company_names import company_head, holder_display_name, without_legal_form
from analysis.clean.edition_label import without_edition_label
from analysis.clean.outlet_display import (
    brands_over_companies,
    outlet_display_names_of_counts,
)
from analysis.clean.outlet_merge import publisher_keys


def test_company_words_of_turkish_and_arabic_notices():
    assert company_head("Örnek Haber Gazetecilik") == "Örnek Haber"
    assert company_head("دار المنارة للصحافة والنشر") == "المنارة"


def test_a_japanese_papers_digital_edition_label():
    assert without_edition_label("港町新聞デジタル") == "港町新聞"


def test_the_brand_takes_its_companys_printings():
    assert brands_over_companies({"Harbour Times Media": 4, "Harbour Times": 1}) == {
        "Harbour Times": 5
    }


def test_a_group_name_without_its_brand_printed_stays():
    assert brands_over_companies({"Harbour Media Group": 2, "Harbour Daily": 1}) == {
        "Harbour Media Group": 2,
        "Harbour Daily": 1,
    }


def test_row_shown_by_its_brand():
    pairs = {("example.com", "Harbour Times Media"): 4, ("example.com", "Harbour Times"): 1}
    assert outlet_display_names_of_counts(pairs) == {"example.com": "Harbour Times"}


def test_a_chains_notice_under_the_papers_masthead_shows_the_masthead():
    # "© 2026 Garnet Media Co." under a local paper's masthead: the chain's notice
    # (review h427); a group's notice sharing only a company word with the masthead,
    # and a person's notice, are shown as printed
    assert holder_display_name("Garnet Media", "The Millbrook Sentinel") == (
        "The Millbrook Sentinel"
    )
    assert holder_display_name("Nordwest Mediengruppe", "Wesertaler Kurier") == "Wesertaler Kurier"
    # a first line holding no newspaper's word (a menu's "Home News" taken for the
    # masthead, metadata_h287) leaves the notice's name
    assert holder_display_name("Grupo Mediático Nihiya", "Início Ehapari") == (
        "Grupo Mediático Nihiya"
    )
    assert holder_display_name("Graystone Television", "News 7") == "News 7"
    assert holder_display_name("Harbour Media Group", "Coastal Courier Media") == (
        "Harbour Media Group"
    )
    assert holder_display_name("Marla Quinn", "The Ridgeline Dispatch") == "Marla Quinn"


def test_a_hyphened_german_legal_form_and_hindi_company_words():
    # "© Example-Bote Verlags-GmbH & Co. KG", "© 2026 NAME प्रकाशन प्रा. लि." (review h428)
    assert without_legal_form("Rhön-Bote Verlags-GmbH & Co. KG") == "Rhön-Bote Verlags"
    assert company_head("Rhön-Bote Verlags-GmbH") == "Rhön-Bote"
    assert company_head("निमाड़ टाइम्स प्रकाशन प्रा") == "निमाड़ टाइम्स"
    assert without_legal_form("निमाड़ टाइम्स प्रकाशन प्रा. लि.") == "निमाड़ टाइम्स प्रकाशन"
    assert company_head("Rhön-Bote") is None  # a hyphened name's own parts stay


def test_brands_over_a_hyphened_company_name():
    assert brands_over_companies({"Rhön-Bote Verlags-GmbH": 3, "Rhön-Bote": 1}) == {"Rhön-Bote": 4}


def test_a_publisher_named_after_its_magazine_shows_the_magazine():
    # "© 2026 Atlas Media Inc." under the masthead "Atlas Weekly": the publisher is named
    # after its title, and a reader names the title (review h438); a word the two share
    # that is a function word or a company word is no such sign
    assert holder_display_name("Atlas Media Inc.", "Atlas Weekly") == "Atlas Weekly"
    assert holder_display_name("Touchline Sports Media", "The Touchline") == "The Touchline"
    assert holder_display_name("Groupe Horizon Presse", "L'Horizon") == "L'Horizon"
    assert holder_display_name("Harbour Media Group", "Harbour Daily") == "Harbour Daily"
    assert holder_display_name("The Quill Group", "The Corner Shop") == "The Quill Group"


def test_a_stations_channel_brand_is_shown_over_its_groups_notice():
    # "First Alert 5"-like: a station's brand closing with its channel number holds no
    # newspaper's word (review h427); a menu's first line closes with no number
    assert holder_display_name("Brockwell Media Group", "Weather Alert 9") == "Weather Alert 9"
    assert holder_display_name("Brockwell Media Group", "KQXT 12") == "KQXT 12"
    assert holder_display_name("Brockwell Media Group", "Home Local") == "Brockwell Media Group"


def test_a_japanese_publishing_house_romanised_in_a_notice():
    # "Copyright © 2026 Kitahama Shobo Co., Ltd." under a weekly's image masthead (h439)
    assert company_head("Kitahama Shobo") == "Kitahama"
    assert company_head("Kitahama Shuppan") == "Kitahama"
    assert company_head("Kitahama Shoten") == "Kitahama"
    pairs = {("name:kitahamashobo", "Kitahama Shobo"): 3, ("kitahama.jp", "週刊キタハマ"): 1}
    key_of = {"name:kitahamashobo": "name:kitahamashobo", "kitahama.jp": "kitahama.jp"}
    assert publisher_keys(pairs, key_of, {}) == frozenset({"name:kitahamashobo"})


def test_a_weekly_named_by_its_publishing_houses_name():
    # review h438: "© サクラ出版" (出版, publishing) under the masthead "週刊サクラ" (weekly
    # Sakura): the company's name without its glued company word starts or ends the
    # masthead's, which is shown
    assert company_head("サクラ出版") == "サクラ"
    assert company_head("サクラ出版社") == "サクラ"
    assert holder_display_name("サクラ出版", "週刊サクラ") == "週刊サクラ"
    assert holder_display_name("サクラ出版", "月刊ミドリ") == "サクラ出版"  # another name
