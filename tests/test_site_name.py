"""analysis.clean.site_name: how much work a page costs, and the naming rules."""

from __future__ import annotations

import re

import pytest

from analysis.clean import (
    interface_words,
    masthead_lines,
    site_candidates,
    site_features,
    site_name,
    site_phrases,
)
from analysis.clean.articles import extract_articles
from analysis.clean.company_names import without_legal_form
from analysis.clean.site_candidates import closing_holder
from analysis.clean.site_name import collect_candidates, page_site_name

PROSE = (
    "The regional council said on Monday that the new rail line would open next spring, "
    "after two years of delays caused by funding disputes and a shortage of workers."
)


def test_each_distinct_line_is_searched_once(monkeypatch):
    calls: list[str] = []
    searched = site_candidates.line_phrases

    def counting(line, gates=None):
        calls.append(line)
        return searched(line, gates)

    monkeypatch.setattr(site_candidates, "line_phrases", counting)
    menu = ["  • Home", "  • Follow Example Daily", "  • Contact Example Daily"]
    lines = ["Example Daily", *menu, PROSE, "", PROSE, "", *menu, "", *menu]
    candidates = collect_candidates(lines)
    assert sorted(calls) == sorted(set(lines))
    # every repeated cue still counts (6), and the masthead over the menu (1)
    assert candidates["exampledaily"].cues == 7
    site = page_site_name(lines)
    assert (site.name, site.line_no) == ("Example Daily", 0)


def test_lines_holding_a_needle_are_counted_once_each():
    joined = site_features._JoinedLines(["abab", "", "xab", "b", "ab"])
    assert joined.lines_with("ab") == 3
    assert joined.lines_with("b") == 4
    assert joined.lines_with("q") == 0
    assert site_features._JoinedLines([""]).lines_with("a") == 0


def test_heads_of_short_lines_are_counted_by_prefix():
    page = site_features.PageText(["Example Daily Shop", "Example Daily Jobs", "Example Daily"])
    assert page.heads_starting(" example daily ") == 2
    assert page.heads_starting(" example ") == 3
    assert page.heads_starting(" daily ") == 0


def _site(lines):
    site = page_site_name(lines)
    return (site.name, site.source) if site else None


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        # review h142 (tenth round): a danda closes the holder's sentence as a full stop
        # does, in Devanagari and Bengali, with its year in the script's digits or not
        ("© 2026 नगर समाचार। सर्वाधिकार सुरक्षित।", "नगर समाचार"),
        ("© ২০২৬ নদীর খবর। সর্বস্বত্ব সংরক্ষিত।", "নদীর খবর"),
        ("© ২০২৬ নদীর খবর সর্বস্বত্ব সংরক্ষিত", "নদীর খবর"),  # Bengali "all rights"
        # a Solar Hijri year, as Iranian sites print it
        ("© ۱۴۰۵ روزنامه آینه شهر", "روزنامه آینه شهر"),
        ("© 1400-1405 روزنامه آینه شهر", "روزنامه آینه شهر"),
    ],
)
def test_a_notice_in_brahmic_scripts_or_of_a_solar_hijri_year_names_its_holder(notice, holder):
    assert _site([PROSE, "", notice]) == (holder, "copyright")


def test_a_notice_without_a_sign_and_an_imprint_line_name_a_holder():
    notice = [PROSE, "", "2019 Example Wire, Inc. All Rights Reserved"]
    assert _site(notice) == ("Example Wire", "copyright")
    assert _site([PROSE, "", "examplecorp GmbH", "Main Street 1"]) == ("examplecorp", "copyright")
    # a company named in prose is no imprint line
    assert _site([f"{PROSE} Example Holdings GmbH said so."]) is None


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        # review h142 L7: Persian "all rights for NAME reserved is", with or without ©
        ("کلیه حقوق برای ماهنامه دریای آبی محفوظ است.", "ماهنامه دریای آبی"),
        ("© تمام حقوق برای ماهنامه دریای آبی محفوظ است", "ماهنامه دریای آبی"),
        # the rights reserved TO the holder, opening the line without a sign
        ("כל הזכויות שמורות לקול העמק", "קול העמק"),
        ("All rights reserved to Valley Example News.", "Valley Example News"),
    ],
)
def test_a_notice_reserving_the_rights_for_its_holder_names_it_without_a_sign(notice, holder):
    assert _site([PROSE, "", notice]) == (holder, "copyright")


def test_rights_reserved_words_inside_a_sentence_name_no_holder():
    assert _site([PROSE, "", f"{PROSE} All rights reserved to Valley Example News."]) is None


def test_a_domain_holder_is_the_sites_address_and_beats_a_mail_host():
    lines = [PROSE, "", "exampledaily@mailhost.com", "© exampledaily.com, 2008"]
    assert _site(lines) == ("exampledaily.com", "page")


def test_a_domain_in_an_e_mail_local_part_is_the_site_and_the_mail_host_is_not():
    lines = [PROSE, "", "Legal: example.ru_legal@parentco.ru"]
    assert _site(lines) == ("example.ru", "page")


def test_a_persons_address_name_dot_surname_names_no_site():
    # ".kim" is a public suffix, but "mj.kim" is the reporter's local part, not a site
    lines = [PROSE, "", "김민준 기자 mj.kim@hangangilbo.co.kr"]
    assert _site(lines) is None or _site(lines)[0] != "mj.kim"
    lines = [PROSE, "", "Contact: jane.kim@examplepost.com", "© 2026 Example Post"]
    assert _site(lines) == ("Example Post", "page")


def test_a_domain_agreeing_with_the_copyright_holder_beats_the_holder():
    lines = [PROSE, "", "Read more on netimes.com", "© 2024 The New Example Times Company"]
    assert _site(lines) == ("netimes.com", "page")  # initials "ne" + "times"
    # the holder that is the domain's own name is shown, from the page's own evidence
    lines = [PROSE, "", "exampledaily.com", "© 2024 Example Daily"]
    assert _site(lines) == ("Example Daily", "page")
    # an ordinary word as holder ("News") agrees with no domain
    lines = [f"{PROSE} The news spread.", "", "news.example.au", "© 2024 News"]
    assert _site(lines) == ("News", "copyright")


def test_interface_text_at_the_top_names_no_site():
    assert _site(["Subscribe", "", PROSE, "", "Subscribe"]) is None
    lines = ["Example Daily", "", PROSE, "", "Example Daily"]
    assert _site(lines) == ("Example Daily", "page")


def test_a_button_answer_or_a_break_in_the_text_is_interface_text():
    # "Article Continues Below" where an ad interrupts, "Link Copied" after a share
    # button: shown at the top of a text, read as its masthead
    for line in ("Article Continues Below", "Link Copied", "Main Navigation"):
        lines = [line, "", PROSE]
        candidates = collect_candidates(lines)
        key = next(k for k, c in candidates.items() if c.masthead)
        features = site_features.candidate_features(lines, candidates)
        assert features[key]["interface"] == 1.0, line


def test_a_top_line_name_written_nowhere_else_is_no_masthead():
    # under weights where one cue weighs less than a masthead, a byline or a kicker on
    # the first line alone ("Jane Roe", "Analysis") was the site
    weaker = dict(site_features.SITE_WEIGHTS, cues=0.5, credit=0.5)
    assert page_site_name(["Jane Roe", "", PROSE], weaker) is None
    lines = ["Example Daily", "", PROSE, "", "Example Daily"]
    assert page_site_name(lines, weaker).name == "Example Daily"


HEADLINE = "Ferry fares will rise by a fifth next spring"


@pytest.mark.parametrize(
    ("header", "site"),
    [
        (["Lakeside Courier", "", HEADLINE], "Lakeside Courier"),  # over the headline
        (["THE LAKESIDE COURIER", "Opinion | Letters", "", HEADLINE], "THE LAKESIDE COURIER"),
        (["Home > News > Transport", "", "Lakeside Courier", "", HEADLINE], "Lakeside Courier"),
        # a consent banner's glued buttons above it are no name
        (
            ["We use cookies on this site.", "AcceptReject", "Lakeside Courier", HEADLINE],
            "Lakeside Courier",
        ),
        # a headline as short as a label, under the section's label (review h150)
        (["Lakeside Courier", "", "Science", "", "Tide gauges go digital"], "Lakeside Courier"),
        (["Lakeside Courier", "Science", "Tide gauges go digital", PROSE], "Lakeside Courier"),
        # over the site's menu printed one entry a line, "Home" and "Contact" among them:
        # one block of chrome, no four label lines (review h151 item 1)
        (
            ["Lakeside Courier", "Home", "News", "Sport", "What's On", "Contact", "", HEADLINE],
            "Lakeside Courier",
        ),
        (
            ["Lakeside Courier", "", "• Home", "• News", "• Sport", "• About us", HEADLINE],
            "Lakeside Courier",
        ),
    ],
)
def test_a_masthead_printed_once_over_the_story_names_the_site(header, site):
    lines = [*header, "", "By Ana Lim", "March 3, 2026", "", PROSE, "", PROSE]
    assert _site(lines) == (site, "page")


@pytest.mark.parametrize(
    "header",
    [
        ["Opinion", "", HEADLINE],  # a kicker over the headline
        ["Lakesidebladet", "", "LEDARE", "", HEADLINE],  # one word: as often a label
        ["Jane Roe", "Lakeside Wire", ""],  # an author over the employer, over the text
        [HEADLINE, "Lakeside Courier"],  # under the headline (a share box, an author)
        ["Lakeside Courier", "Transport", "Ferries", "Weather", "Sport", HEADLINE],  # a menu
        ["ANALYSIS", HEADLINE, "Why the council wants more money from each of its riders"],
        ["Ferry Fares Rise"],  # the headline itself, over its byline
        ["Lakeside Courier"],
        ["Sections", "", "Opinion", "", HEADLINE],  # a control, then a kicker
        ["Topics", "", "  • Transport", "  • Weather", "", "Opinion", "", HEADLINE],
    ],
)
def test_a_kicker_a_headline_or_a_menus_heading_at_the_top_names_no_site(header):
    lines = [*header, "", "By Ana Lim", "March 3, 2026", "", PROSE, "", PROSE]
    assert _site(lines) is None


def test_a_writers_role_names_the_employer_only_when_the_page_names_it_otherwise():
    # "Courier Staff Writer" under the byline: the paper's short name, no site by itself
    story = [HEADLINE, "", "BY ANA LIM", "Courier Staff Writer", "", PROSE, "", PROSE]
    assert _site(story) is None
    # a print page's running head writes the paper's whole name: the site, not the role's
    # short name (review h136 F3; it named no site before)
    head = "B2                 THE LAKESIDE COURIER                 Tuesday, March 3, 2026"
    assert _site([head, "", *story]) == ("THE LAKESIDE COURIER", "page")
    assert _site(["The Courier", "", "Transport", "", *story]) == ("The Courier", "page")


def test_the_head_of_a_cued_name_that_the_page_repeats_is_the_site():
    lines = [
        PROSE,
        "",
        "Keep up to date with Example Wire Sports",
        "Example Wire, “Story one,” June 2, 2025",
        "Example Wire, “Story two,” June 3, 2025",
    ]
    assert _site(lines) == ("Example Wire", "page")


def test_a_masthead_the_copyright_notice_also_names_beats_the_parent_company():
    page = ["Example Daily", "", PROSE, "Example Daily Podcast", "Example Daily Events"]
    notices = ["© 2020 Example Daily, LLC, a subsidiary of Parent Holdings, LLC."]
    parent = ["© 2020 Parent Holdings Corporation"]
    assert _site(page + notices + parent) == ("Example Daily", "page")
    assert _site(page + parent) == ("Parent Holdings", "copyright")


def test_a_holder_is_shown_without_its_company_words_when_the_page_writes_it_so():
    lines = [PROSE, "Example may earn a commission", "Example Picks", "© 2020 Example Media, LLC"]
    assert _site(lines) == ("Example", "copyright")
    # written only in the notice: the whole name; no company word: the whole name
    assert _site([PROSE, "© 2020 Example Media, LLC"]) == ("Example Media", "copyright")
    lines = [PROSE, "Example Picks", "Example Deals", "© 2020 Example Daily"]
    assert _site(lines) == ("Example Daily", "copyright")
    # written only as the start of other names (the holder's sister sites in a menu):
    # no name of its own ("Example" of "Example Media" is no site here)
    sisters = ["  ◦ Example Defense", "  ◦ Example Energy", "  ◦ Example Gov"]
    lines = [*sisters, PROSE, "© 2019 Example Media Inc."]
    assert _site(lines) == ("Example Media", "copyright")


@pytest.mark.parametrize(
    ("masthead", "notice"),
    [
        ("北陸日報", "Copyright © 北陸日報社 All rights reserved."),
        ("南江晨报", "版权所有 © 2026 南江晨报社"),
        ("한빛일보", "Copyright © 한빛일보사. All rights reserved."),
    ],
)
def test_a_holder_with_a_glued_company_word_is_shown_as_the_masthead_writes_it(masthead, notice):
    # Han, kana and Hangul glue "company" to the paper's name (found by the reviewer
    # h77, K9); a head the page writes only inside a sentence is no name of its own
    menu = "ニュース  政治  経済"
    assert _site([masthead, menu, PROSE, notice])[0] == masthead
    region = f"{masthead[:2]}新幹線の延伸ルート、県議会が調査費を可決した。"
    assert _site([menu, region, PROSE, notice])[0] != masthead[:2]


@pytest.mark.parametrize(
    "notice",
    ["© 2026 Lagos Chronicle Newspapers Ltd. All Rights Reserved.", "© Lagos Chronicle Newspapers"],
)
def test_a_newspaper_company_is_shown_as_the_paper_the_page_names(notice):
    # "Newspapers" is a publisher's company word (found by the reviewer h77, K9)
    lines = ["Lagos Chronicle", "News  Politics  Sport", PROSE, "More from Lagos Chronicle", notice]
    assert _site(lines)[0] == "Lagos Chronicle"


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("© 2026 Hafenblatt Verlag GmbH. Alle Rechte vorbehalten.", "Hafenblatt Verlag"),
        ("© 2026 Hafenblatt Mediengruppe GmbH & Co. KG", "Hafenblatt Mediengruppe"),
        ("© 2026 Grupo Hafenblatt S.A. Todos los derechos reservados.", "Grupo Hafenblatt"),
        ("© 2026 Hafenblatt Médias SAS. Tous droits réservés.", "Hafenblatt Médias"),
        ("© 2026 Edizioni Hafenblatt S.r.l.", "Edizioni Hafenblatt"),
    ],
)
def test_a_holder_loses_its_company_words_in_other_languages_too(notice, holder):
    # the masthead and a menu write the site's own name; the notice its publishing house
    lines = ["Hafenblatt", "", "Hafenblatt Plus | Lokales | Sport", "", PROSE, "", notice]
    assert _site(lines) == ("Hafenblatt", "copyright")
    # written only in the notice: without its legal form, as in English ("Example Media,
    # LLC" is "Example Media"), its other company words kept
    assert _site([PROSE, "", notice]) == (holder, "copyright")


@pytest.mark.parametrize(
    "notice",
    [
        # company forms of India, Australia, Malaysia, Sweden, Finland (review h70 J5)
        "© 2026 Hafenblatt Pvt Ltd. All rights reserved.",
        "© 2026 Hafenblatt Pty Ltd",
        "© 2026 Hafenblatt Sdn Bhd",
        "Copyright © 2026 Hafenblatt Pte Ltd. All rights reserved.",  # Singapore's
        "© 2026 Hafenblatt Pte. Ltd.",
        "© 2026 Hafenblatt AB. Alla rättigheter förbehållna.",
        "© 2026 Hafenblatt Oy",
        # a form with its dots, the year after it; forms of several words (h70 J5)
        "© Hafenblatt S.L. 2026",
        "© 2026 Hafenblatt sp. z o.o.",
        "© 2026 Hafenblatt S.p.A. - Tutti i diritti riservati",
        "© 2026 Hafenblatt GmbH & Co. KG",
        "Copyright © 2026 Hafenblatt, S.A. de C.V. Todos los derechos reservados.",
        "2026 Hafenblatt, S.A. de C.V. All Rights Reserved",
        "© 2026 Hafenblatt Private Limited",
        "© 2026 Hafenblatt Ltda.",
        # Danish and Norwegian forms, the slash of "A/S" (h81: no holder at all)
        "© 2026 Hafenblatt A/S",
        "© 2026 Hafenblatt A/S. Alle rettigheder forbeholdes.",
        "Copyright © 2026 Hafenblatt ApS | Privatlivspolitik",
        "© 2026 Hafenblatt ASA",
        "© 2026 Hafenblatt Oyj",
    ],
)
def test_a_holder_loses_its_legal_form(notice):
    # the notice's holder is the masthead's name: the site names itself
    lines = ["Hafenblatt", "", "Hafenblatt Plus | Lokales | Sport", "", PROSE, "", notice]
    assert _site(lines) == ("Hafenblatt", "page")
    # written only in the notice: the holder without its legal form
    assert _site([PROSE, "", notice]) == ("Hafenblatt", "copyright")


def test_a_legal_form_is_cut_from_the_end_or_where_its_language_writes_it():
    assert without_legal_form("Diario del Golfo, S.A. de C.V") == "Diario del Golfo"
    assert without_legal_form("Example Media Private Limited") == "Example Media"
    assert without_legal_form("Example AG & Co") == "Example"
    assert without_legal_form("Co") == "Co"  # one word is kept
    assert without_legal_form("Co Example") == "Co Example"  # no form written first
    assert without_legal_form("Example Private") == "Example Private"
    # Hungarian, Croatian, Icelandic forms after the name; Baltic and Russian ones before
    assert without_legal_form("Szegedi Hírlap Kft") == "Szegedi Hírlap"
    assert without_legal_form("Glas Istre i Kvarnera d.o.o") == "Glas Istre i Kvarnera"
    assert without_legal_form("Morgunfréttir ehf.") == "Morgunfréttir"
    assert without_legal_form("SIA Vidzemes Balss") == "Vidzemes Balss"
    assert without_legal_form("AS Example") == "Example"
    assert without_legal_form("ООО Пресса Самары") == "Пресса Самары"
    assert without_legal_form("AS") == "AS"
    # Irish and Welsh "limited" (review h312: broadcaster_programme_hub_ga's footer)
    assert without_legal_form("Iarthar Beo Teoranta") == "Iarthar Beo"
    assert without_legal_form("Nuacht an Iarthair Teo.") == "Nuacht an Iarthair"
    assert without_legal_form("Papur Bro Cyf.") == "Papur Bro"


def test_an_association_or_cooperative_holder_loses_its_legal_form():
    # review h362: community papers published by an association or a cooperative
    assert without_legal_form("Bürgerblatt Müritz e.V.") == "Bürgerblatt Müritz"
    assert without_legal_form("Dorfzeitung Example eG") == "Dorfzeitung Example"
    assert without_legal_form("Vox del Pallars SCCL") == "Vox del Pallars"
    assert without_legal_form("Radio Example ASBL") == "Radio Example"
    assert without_legal_form("Kyläsanomat ry") == "Kyläsanomat"
    assert without_legal_form("Místní listy z.s.") == "Místní listy"
    lines = [PROSE, "", "© 2026 Bürgerblatt Müritz e.V. · Alle Rechte vorbehalten."]
    assert _site(lines) == ("Bürgerblatt Müritz", "copyright")


def test_a_slash_joins_a_holder_only_before_a_forms_last_letter():
    # "A/S" is a legal form; "Thomson/Reuters" two holders (a wire story's credit)
    assert _site([PROSE, "", "Copyright 2026 Thomson/Reuters"]) is None
    assert _site([PROSE, "", "© 2026 Example / Terms of use"]) == ("Example", "copyright")


def test_a_tie_between_a_name_and_a_domain_goes_to_the_name_the_domain_is_of():
    section = "More from The Daily Example Times Opinion writers on these and other topics"
    lines = [PROSE, section, "Write to letters@detimes.com", "© The Daily Example Times Company"]
    candidates = collect_candidates(lines)
    features = site_features.candidate_features(lines, candidates)
    tied = ["dailyexampletimesopinion", "detimescom"]
    scores = {
        k: sum(site_features.SITE_WEIGHTS[f] * v for f, v in features[k].items()) for k in tied
    }
    assert scores["dailyexampletimesopinion"] == scores["detimescom"]
    # the section's name is not the domain's name ("detimes"): the site's address wins
    assert site_name.tie_priority(candidates, tied) == {tied[0]: 0, tied[1]: 1}
    assert _site(lines) == ("detimes.com", "page")
    # a name the domain is of ranks above the domain
    lines = [PROSE, "Follow NE Times", "Write to letters@netimes.com"]
    candidates = collect_candidates(lines)
    assert site_name.tie_priority(candidates, ["netimes", "netimescom"]) == {
        "netimes": 3,
        "netimescom": 1,
    }


def test_a_masthead_in_a_script_no_domain_spells_ties_with_the_crawls_url_and_wins():
    # a crawler's dump: its URL line, a Cyrillic masthead over a menu of links and the
    # same closing notice (review h271's Moksha page: the URL's host, printed first and
    # in the menu's links, won the tie)
    prose = "Сёлы вельсэ ульсь кочкамот. Тосо ульсть 120 ломанть, мярьгсь прявтось."
    dump = [
        "Title: Кочкамот",
        "",
        "URL Source: https://krainews.ru/uutist/2026/12/kochkamot",
        "",
        "Markdown Content:",
        "Вечор Край",
        "===========",
        "",
        "[Куля](https://krainews.ru/uutist/) | [Культура](https://krainews.ru/kultura/)",
        "",
        prose,
        "",
        "© 2026 Вечор Край",
    ]
    assert _site(dump) == ("Вечор Край", "page")
    # a Cyrillic notice its domain spells in Latin letters names the domain's site
    spelled = ["URL Source: https://vechorkraj.ru/a/1", "", prose, "", "© 2026 Вечор Край"]
    assert _site(spelled) == ("Вечор Край", "page")


def test_a_caseless_masthead_under_a_crawlers_header_block_is_the_pages_top_line():
    # a reader service's dump: its "Title:" / "URL Source:" / "Markdown Content:" fields,
    # then a name in a script without case over the site's menu (one link a line) and
    # the same closing notice: the name is the page's first line of text, its masthead
    prose = "شهرین مرکزینده یئنی بیر باغ آچیلدی. باغدا مین آغاج وار."
    dump = [
        "Title: یئنی باغ آچیلدی",
        "",
        "URL Source: https://gunesxeber.ir/xeber/bag",
        "",
        "Markdown Content:",
        "گونش خبر",
        "",
        "*   خبر",
        "*   مدنیت",
        "*   ورزش",
        "",
        prose,
        "",
        "© 2026 گونش خبر",
    ]
    assert _site(dump) == ("گونش خبر", "page")


def test_a_footer_signed_with_years_names_a_holder():
    footer = "Example Daily Notes · 20132019 Some other words"
    assert _site([PROSE, "", footer]) == ("Example Daily Notes", "copyright")
    assert _site([PROSE, "", "Example Daily Notes | 2013–2019"])[0] == "Example Daily Notes"
    # one year is a date in a card, not a footer's span
    assert _site([PROSE, "", "Example Daily Notes · 2019 report"]) is None


def test_a_byline_at_the_top_is_no_masthead_and_a_credit_names_the_site():
    lines = ["By Jane Doe", "", PROSE, "", "Jane Doe is a reporter for Example Wire."]
    candidates = collect_candidates(lines)
    assert "byjanedoe" not in candidates or not candidates["byjanedoe"].masthead
    assert candidates["examplewire"].credited
    assert _site(lines) == ("Example Wire", "page")


def test_a_lower_case_holder_is_a_name_and_a_function_word_is_not():
    assert _site([PROSE, "", "Terms © example mag 2019"]) == ("example mag", "copyright")
    assert _site([PROSE, "", "© 2019 by the author"]) is None


def test_a_line_that_is_only_a_pages_url_gives_the_sites_address():
    url = "https://www.example-daily.com/news/article/Some-story-title-1234.php"
    candidates = collect_candidates([PROSE, "", url])
    assert candidates["exampledailycom"].is_domain
    # a deep link inside other text is only a link; a short link names nothing
    assert not collect_candidates([f"Read it at {url} today"])["exampledailycom"].is_domain
    assert "examplecom" not in collect_candidates(["https://example.com/Ab3d"])


@pytest.mark.parametrize(
    "url",
    ["www.example-daily.com/news/2026/12/03/story", "example-daily.com/news/2026/some-story"],
)
def test_a_url_line_printed_without_its_scheme_gives_the_sites_address(url):
    # read-later exports (Instapaper, Pocket) print the source as "www.host/path"
    # (found by the reviewer h77, K13)
    lines = ["Some story title", url, "", PROSE]
    assert collect_candidates(lines)["exampledailycom"].address
    assert not collect_candidates([f"Read it at {url} today"])["exampledailycom"].address


@pytest.mark.parametrize("label", ["URL: ", "URL Source: ", "url: ", "Canonical URL: "])
def test_a_url_line_under_a_scrapers_label_gives_the_sites_address(label):
    url = "https://www.example-daily.com/news/article/Some-story-title-1234.php"
    lines = ["Title: Some story title", label + url, "", PROSE]
    assert collect_candidates(lines)["exampledailycom"].address
    # another label is a link in other text ("Read more: URL"): no address
    assert not collect_candidates(["Read more: " + url, "", PROSE])["exampledailycom"].address


def test_a_byline_glued_to_a_name_the_page_gives_credits_it():
    lines = ["Example Business", "", PROSE, "By Jane DoeEXAMPLEBusiness", PROSE]
    assert collect_candidates(lines)["examplebusiness"].credited
    # a glued tail the page never writes otherwise is no candidate; one capital is a surname
    assert "otherwire" not in collect_candidates([PROSE, "By Jane DoeOtherWire"])
    lines = ["Santis", PROSE, "By Ron DeSantis"]
    assert not collect_candidates(lines)["santis"].credited


def test_a_pages_own_url_line_beats_a_parent_companys_notice():
    url = "https://www.example-daily.com/news/article/Some-story-title-1234.php"
    notice = "© Copyright The Example Holding Corporation"
    lines = [PROSE, "", url, "", PROSE, "", notice]
    assert collect_candidates(lines)["exampledailycom"].address
    assert _site(lines) == ("example-daily.com", "page")
    # a domain in a short line is an address too, but no stronger than the notice
    lines = [PROSE, "", "Visit example-daily.com", "", notice]
    assert _site(lines)[1] == "copyright"


def test_an_authors_bio_credits_the_site_the_author_founded():
    bio = "Jane Doe is an online educator, author, and the founder of Example Brand Works."
    lines = ["  ◦ All Example Books", PROSE, "", PROSE, "", bio]
    assert collect_candidates(lines)["examplebrandworks"].credited
    assert _site(lines) == ("Example Brand Works", "page")


def test_addresses_are_whole_runs_of_non_spaces_as_the_unanchored_pattern_finds_them():
    unanchored = re.compile(r"\S*[.@/]\S*[a-z]\S*")  # the definition; tries every position
    text = "a.b x/y z@Q w.Qq ..a /A a/ x.y.z\n.a\n@\nfoo.BAR.baz /\t./a é.a a.é\nsee x.com now"
    assert site_features._ADDRESS.sub(" ", text) == unanchored.sub(" ", text)
    page = site_features.PageText(["see example.com now", "", "see example.com now", "Example"])
    assert page.lower_words == {"see", "now"}


def test_a_frequency_word_in_a_newsletter_prompt_is_no_site_name():
    # "Daily Newsletter" is chrome: "Daily" names how often, not a site, so the notice
    # names the site; "The Daily" is still a name.
    menu = ["Daily Newsletter", PROSE, "", "Weekly Newsletter", PROSE, "", "Daily Newsletter"]
    assert site_candidates.accepted_form("Daily") is None
    assert site_candidates.accepted_form("Weekly") is None
    assert site_candidates.accepted_form("The Daily") is not None
    site = page_site_name([*menu, "© 2024 Example Review"])
    assert (site.name, site.source) == ("Example Review", "copyright")


def test_a_notices_holder_that_is_a_calendar_word_is_the_sites_name():
    # after the sign and the year a name stands: an evening paper called "Today" (its
    # masthead in capitals, a calendar word nowhere else a name) is named by its notice
    lines = ["TODAY", "Harbourside's evening paper", "News", "Sport", "", PROSE, "", "© 2026 Today"]
    assert _site(lines) == ("Today", "copyright")
    assert site_candidates.accepted_holder("Today") is not None
    assert site_candidates.accepted_form("Today") is None  # a date word elsewhere
    # a calendar word in any other slot still names nothing; function words never do
    assert _site(["Today", "", PROSE, "", "Monday"]) is None
    assert site_candidates.accepted_holder("by the") is None


def test_a_credit_inside_a_sentence_of_the_text_names_no_site():
    # an article body naming another paper in prose: not the page's site (it was "The
    # Example Star", a wrong outlet); the same credit in a short line still names it
    sentence = (
        "Dana Smith, a reporter for The Example Star, called officials in every county of "
        "the state on Monday and kept a running count of the replies, which she later "
        "shared with readers in a long thread that was widely read and discussed online."
    )
    assert site_candidates.count_words(sentence) > site_candidates.PROSE_LINE_WORDS
    assert page_site_name([PROSE, "", sentence, "", PROSE]) is None
    site = page_site_name([PROSE, "", "Dana Smith is a reporter for The Example Star.", PROSE])
    assert site is not None and site.name == "The Example Star"


def test_a_cue_word_inside_a_longer_name_of_a_sentence_names_no_site():
    # "Example and Human Services Secretary" in a sentence: a name of the story (it was
    # the outlet of an article body); the same "X Services" alone, or at the start of a
    # chrome line whose menu items run together, still cues X
    sentence = (
        "The warnings were known by December, but Example and Human Services Secretary "
        "Dana Smith gave reporters an upbeat account."
    )
    assert page_site_name([PROSE, "", sentence, "", PROSE, "", sentence]) is None
    alone = "Example and Human Services"
    site = page_site_name([PROSE, "", alone, "", PROSE, "", alone])
    assert site is not None and site.name == "Example and Human"
    menu = "Example Newsletter Privacy Policy Get the top news in your inbox every day"
    assert site_candidates.count_words(menu) > site_candidates.CHROME_LINE_WORDS
    site = page_site_name([PROSE, "", menu, "", PROSE, "", menu])
    assert site is not None and site.name == "Example"


def test_a_role_held_by_someone_in_the_story_credits_no_site():
    # "posted by a reporter for X", "the founder of NAME's law firm": people and things
    # the story is about (they were outlets of article bodies); the writer's own bio
    # ("NAME is a reporter for X") still credits X
    posted = "The video was posted by a reporter for The Example Star, a news site."
    owned = "The founder of Example’s law firm is one of the lawyers of the president."
    for line in (posted, owned):
        assert site_candidates.count_words(line) <= site_candidates.PROSE_LINE_WORDS
        assert page_site_name([PROSE, "", line, "", PROSE, "", line]) is None
    bio = "Dana Smith is a reporter for The Example Star."
    site = page_site_name([PROSE, "", bio, "", PROSE, "", bio])
    assert site is not None and site.name == "The Example Star"
    site = page_site_name([PROSE, "", "Dana Smith is the founder of Example’s.", PROSE])
    assert site is not None and site.name == "Example"  # no noun after it: its own name
    chrome = "Support Example’s explanatory journalism"  # the site's own, in chrome
    site = page_site_name([PROSE, "", chrome, "", PROSE, "", chrome])
    assert site is not None and site.name == "Example"


def test_a_chrome_cue_written_as_words_of_a_sentence_names_no_site():
    # "a trip to Example is part of", "spoke about Example Heights": a sentence's words
    # (they named article bodies' outlets); at a line's start or after a separator the
    # same cue in a long line is still chrome
    lines = [
        "The minister’s trip to Exampleville is part of an effort to persuade the "
        "countries attending the meeting to push for an end to the missile tests.",
        "She spoke about Example Heights on Monday and again at a rally late on Tuesday "
        "evening, where several hundred people had gathered to hear her speak.",
    ]
    for line in lines:
        assert site_candidates.count_words(line) > site_candidates.CHROME_LINE_WORDS
        assert page_site_name([PROSE, "", line, "", PROSE, "", line]) is None
    chrome = (
        "Home | News | Sports | About Example Heights | Contact | Advertise | Jobs | Help | Log in"
    )
    assert site_candidates.count_words(chrome) > site_candidates.CHROME_LINE_WORDS
    site = page_site_name([PROSE, "", chrome, "", PROSE, "", chrome])
    assert site is not None and site.name == "Example Heights"


def test_chrome_cues_in_long_lines_still_name_the_site():
    # a lower-case cue the page asks the reader to act on ("stay up to date with X",
    # "get in touch with X", also opening a line) and a possessive after a before-cue
    # ("Support X's journalism") are the site's chrome in lines of any length
    chrome = [
        "Sign up for our free newsletter to stay up to date with Example Gazette news "
        "every single morning",
        "Want to get in touch with Example Gazette about a story or a correction? Write "
        "to our desk today",
        "in touch with Example Gazette about a story or a correction? Write to our news desk",
        "Support Example Gazette's independent journalism today with a monthly or one-off "
        "donation of any size",
        "Sign up for Example Gazette’s free daily newsletter to get the top stories "
        "delivered to your inbox",
        "Get in touch with Example Gazette about a story or a correction by writing to "
        "our news desk",
        "Never miss a story. Stay up to date with Example Gazette news alerts on your "
        "phone and by email",
    ]
    for line in chrome:
        assert site_candidates.count_words(line) > site_candidates.CHROME_LINE_WORDS
        site = page_site_name([PROSE, "", line, "", PROSE, "", line])
        assert site is not None and site.name == "Example Gazette", line
    # the same cues as a sentence's words: what someone is, a thing of NAME's
    prose = [
        "Croft said she was aware that the mayor had been in touch with Example Gazette "
        "before the vote.",
        "Example Gazette's app requested permission from people taking the quiz to read "
        "their profiles.",
    ]
    for line in prose:
        assert site_candidates.count_words(line) > site_candidates.CHROME_LINE_WORDS
        assert page_site_name([PROSE, "", line, "", PROSE, "", line]) is None, line


def test_a_lower_case_cue_in_a_sentence_that_tells_what_someone_did_names_no_site():
    # "in touch with X", "up to date with X" name the site only where the page asks the
    # reader (an imperative, an infinitive after one, the cue opening its clause); told
    # of someone in a body they named the outlet of pages with no chrome at all
    prose = [
        "The mayor got in touch with Example Gazette on Monday to explain why the "
        "harbour would close early this year.",
        "Officials said they had kept up to date with Example Gazette coverage of the "
        "storm throughout the long weekend.",
        "He wanted to get in touch with Example Gazette before the vote, his aide said.",
        "Mayor Dana Smith tried to get in touch with Example Gazette before the vote.",
        "The council expects to be in touch with Example Gazette again next week.",
        "The mayor got in touch with Example Gazette.",  # a short line too
    ]
    for line in prose:
        assert page_site_name([PROSE, "", line, "", PROSE, "", line]) is None, line


def test_an_advertisement_label_at_the_top_is_no_masthead():
    lines = ["Advertisement", PROSE, "", "Advertisement", PROSE, "", "Advertisement", PROSE]
    assert page_site_name(lines) is None


def test_a_chosen_domain_is_shown_by_the_name_the_page_gives_it():
    lines = [PROSE, "NJ Politics", "NJ Weather", "NJ Sports", "Visit nj.com for more"]
    lines.append("© 2019 nj.com")
    candidates = collect_candidates(lines)
    features = site_features.candidate_features(lines, candidates)
    weigh = site_features.SITE_WEIGHTS
    scores = {k: sum(weigh[f] * v for f, v in features[k].items()) for k in ("nj", "njcom")}
    assert scores["njcom"] > scores["nj"]  # the domain wins ...
    site = page_site_name(lines)
    assert (site.name, site.source, site.line_no) == ("NJ", "page", 1)  # ... shown by its name
    # without a name of its own on the page, the domain is shown
    assert page_site_name([PROSE, "Visit nj.com for more", "© 2019 nj.com"]).name == "nj.com"


def test_a_name_whose_first_word_is_the_domains_label_is_shown_whole():
    # the page's URL names tarnwick.gov.uk; its masthead and footer print the council's
    # whole name, never "Tarnwick" alone: the whole name is shown, not its first word
    lines = [
        "URL: https://www.tarnwick.gov.uk/news/new-bus-shelters",
        "Tarnwick Borough Council",
        "Home | Services | Council | News",
        PROSE,
        "Tarnwick Borough Council · Powered by CivicPages",
    ]
    assert page_site_name(lines).name == "Tarnwick Borough Council"
    (row,) = extract_articles("\n\n".join(lines), "p.txt").itertuples()
    assert (row.outlet, row.outlet_key) == ("Tarnwick Borough Council", "tarnwick.gov.uk")
    # a page that writes the label's word alone too ("from Tarnwick") keeps the short
    # name the page and its domain give the site
    alone = [*lines[:-1], "Read more from Tarnwick on our app"]
    assert page_site_name(alone).name == "Tarnwick"


def test_of_two_tied_domains_the_one_the_page_writes_as_a_word_ranks_first():
    lines = [
        PROSE,
        "The Wday newsletter arrives every morning",
        "Mail: wday.ru_legal@mailhost.ru",
        "Ad: spamsite.ru",
    ]
    candidates = collect_candidates(lines)
    page = site_features.PageText(lines)
    assert page.written_words >= {"wday", "newsletter"} and "spamsite" not in page.written_words
    assert site_name.tie_priority(candidates, ["spamsiteru", "wdayru"], page) == {
        "spamsiteru": 1,
        "wdayru": 2,
    }
    # an address in capitals is no written word either
    assert "spam" not in site_features.PageText([PROSE, "Ad: SPAM.EXAMPLE.RU"]).written_words


def test_the_score_a_name_needs_without_a_holder_follows_the_weights():
    assert site_name.named_min_score(site_features.SITE_WEIGHTS) == 1.5
    lines = [PROSE, "Source: Example Wire"]  # one credit, one line
    assert page_site_name(lines).name == "Example Wire"
    weaker = dict(site_features.SITE_WEIGHTS, cues=0.5, credit=0.5)
    assert site_name.named_min_score(weaker) == 1.0
    assert page_site_name(lines, weaker).name == "Example Wire"  # was unknown with 1.5
    assert page_site_name(lines, dict(weaker, credit=0.0)) is None  # one cue alone: none


TITLED_PAGE = [
    "Council opens the new rail line | Example Daily",
    "",
    "  • News",
    "  • Sport",
    "",
    "Council opens the new rail line",
    "",
    PROSE,
    "",
    PROSE,
    "",
    "© 2019 Parent Media Group",
]


def test_a_title_lines_site_beats_a_parent_companys_notice():
    site = page_site_name(TITLED_PAGE)
    assert (site.name, site.source, site.line_no) == ("Example Daily", "page", 0)
    # cut after the body, the title line alone still names the site
    assert page_site_name(TITLED_PAGE[:-1]).name == "Example Daily"


def test_a_title_line_names_a_site_only_when_the_page_prints_its_headline_again():
    from analysis.clean.site_phrases import title_line_site

    assert title_line_site(TITLED_PAGE) == ("Example Daily", (0, 34, 47))
    assert title_line_site(["", *TITLED_PAGE]) == ("Example Daily", (1, 34, 47))
    printed_once = [line for line in TITLED_PAGE if line != "Council opens the new rail line"]
    assert title_line_site(printed_once) is None  # a line of text with a dash in it
    assert page_site_name(printed_once).name == "Parent Media Group"
    assert title_line_site(TITLED_PAGE[1:]) is None  # not the first line


def test_a_print_headers_title_after_its_day_and_time_names_the_site():
    # h232: a browser's Print to PDF, as pdftotext prints it: the running header holds
    # the day and time it printed, then the page's <title>
    from analysis.clean.site_phrases import title_line_site

    for stamp in ("7/21/26, 10:48 AM", "21/07/2026, 10:48", "2026-07-21 10:48:05"):
        page = TITLED_PAGE.copy()
        page[0] = f"{stamp}          {TITLED_PAGE[0]}"
        name, (line, start, end) = title_line_site(page)
        assert (name, line, page[0][start:end]) == ("Example Daily", 0, "Example Daily")
        assert page_site_name(page).name == "Example Daily"
    page = TITLED_PAGE.copy()
    page[0] = f"Updated 10:48 AM          {TITLED_PAGE[0]}"  # no print stamp
    assert title_line_site(page) is None


def test_a_masthead_going_on_with_its_notice_holders_last_word_is_the_holders_name():
    # h232 held out: "THE EXAMPLE VOICE | WALES" over "© 2026 The Example Voice Wales"
    # was read "THE EXAMPLE VOICE", the name of another site of the run
    page = [
        "THE EXAMPLE VOICE | WALES",
        "",
        "Home  News  Sport",
        "",
        "Council opens the new rail line",
        "",
        PROSE,
        "",
        "© 2026 The Example Voice Wales",
    ]
    assert page_site_name(page).name == "The Example Voice Wales"
    # a holder named otherwise leaves the masthead
    page[-1] = "© 2026 Example Voice Media Ltd"
    assert page_site_name(page).name == "THE EXAMPLE VOICE"


def test_a_title_lines_suffix_printed_beside_the_headline_is_a_section():
    from analysis.clean.site_phrases import title_line_site

    page = TITLED_PAGE.copy()
    page[0] = "Council opens the new rail line | Editorial"
    page[6:6] = ["Editorial", ""]  # the section's label under the headline
    assert title_line_site(page) is None
    assert page_site_name(page).name == "Parent Media Group"


def test_a_title_lines_suffix_printed_only_as_a_menu_entry_is_a_section():
    from analysis.clean.site_phrases import title_line_site

    sport = TITLED_PAGE.copy()
    sport[0] = "Council opens the new rail line | Sport"  # "  • Sport": the menu's entry
    assert title_line_site(sport) is None
    assert page_site_name(sport).name == "Parent Media Group"
    unbulleted = [line.strip() for line in sport]  # "News", "Sport": a run of labels
    unbulleted[3:3] = ["Weather"]
    assert title_line_site(unbulleted) is None
    # the site's masthead above the menu, or a name the page prints elsewhere too
    masthead = TITLED_PAGE.copy()
    masthead[1:1] = ["Example Daily"]
    assert title_line_site(masthead) == ("Example Daily", (0, 34, 47))
    in_menu = TITLED_PAGE.copy()
    in_menu[3:3] = ["  • Example Daily"]
    assert title_line_site(in_menu) is None
    footer = [*in_menu[:-1], "Example Daily", "", "© 2019 Parent Media Group"]
    assert title_line_site(footer) == ("Example Daily", (0, 34, 47))  # not only a menu's


@pytest.mark.parametrize(
    "menu",
    ["Home | Sport | News", "Home > Sport", "Home » News » Sport", "Home / Sport", "Home · Sport"],
)
def test_a_title_lines_suffix_in_a_menu_printed_on_one_line_is_a_section(menu):
    from analysis.clean.site_phrases import title_line_site

    page = TITLED_PAGE.copy()
    page[0] = "Council opens the new rail line | Sport"
    page[2:4] = [menu]  # the menu or breadcrumb on one line, not one entry a line
    assert title_line_site(page) is None
    assert page_site_name(page).name == "Parent Media Group"


def test_a_sites_name_leading_a_menu_printed_on_one_line_stays_the_site():
    from analysis.clean.site_phrases import title_line_site

    # the site's own name leads a menu or trail (its home link)
    for line in ("Example Daily | News | Sport", "Example Daily > News"):
        page = TITLED_PAGE.copy()
        page[2:4] = [line]
        assert title_line_site(page) == ("Example Daily", (0, 34, 47))


def test_a_sites_name_before_a_tagline_is_no_title_line():
    from analysis.clean.site_phrases import title_line_site

    page = ["Example Daily - Breaking News", "", "Example Daily", "  • Home", PROSE]
    assert title_line_site(page) is None  # a home page's title: the site, then its tagline
    assert page_site_name([*page, "Follow Example Daily"]).name == "Example Daily"


def test_a_short_headline_over_its_story_is_no_masthead_before_a_tagline():
    from analysis.clean.site_phrases import title_line_site

    # "Harbour Closures | Example Daily" over the headline and the story's prose: the
    # headline reads as a name, but the story follows it
    page = ["Harbour Closures | Example Daily", "", "Harbour Closures", "", PROSE, "", PROSE]
    assert site_candidates.count_words(PROSE) > site_candidates.CHROME_LINE_WORDS
    assert title_line_site(page) == ("Example Daily", (0, 19, 32))
    assert page_site_name(page).name == "Example Daily"


@pytest.mark.parametrize(
    "site", ["Aardvark Daily Media", "Harbour Daily Media", "Zephyr Daily Media"]
)
@pytest.mark.parametrize("agency", ["The Example Press", "Wire Agency Ltd"])
def test_of_two_holders_named_once_the_page_closing_notice_wins(site, agency):
    # an agency's notice closes the story, the site's own closes the page: the outlet
    # must not depend on which name sorts first
    lines = [
        "Council approves the harbour budget",
        "",
        "The council voted on Tuesday to approve the budget for the harbour district.",
        "",
        f"Copyright 2026 {agency}. All rights reserved.",
        "",
        "About us | Contact | Privacy",
        f"© 2026 {site}. All rights reserved.",
    ]
    found = page_site_name(lines)
    assert found is not None and found.name == site


def test_a_masthead_its_footer_notice_names_beats_an_agency_notice():
    # the site's name twice (masthead, footer notice), the agency's once: below the score
    # a named candidate needs, the masthead's holder is still the most mentioned holder
    lines = [
        "The Harbour Courier",
        "",
        "Council approves the harbour budget",
        "",
        "The council voted on Tuesday to approve the budget for the harbour district.",
        "",
        "Copyright 2026 The Example Press. All rights reserved.",
        "",
        "About us | Contact",
        "© 2026 The Harbour Courier. All rights reserved.",
    ]
    found = page_site_name(lines)
    assert found is not None and found.name == "The Harbour Courier"


def test_an_agency_under_the_byline_is_no_masthead_of_the_site():
    # "By NAME" / "Example Press" near the top: the writer's agency, whose copy the site
    # runs (its dateline credits it, its notice closes the story), not the site's own
    # masthead; the site's masthead and its own notice in the footer name the site
    lines = [
        "The Harbour Courier",
        "",
        "Council approves the harbour budget",
        "",
        "By JO DOE",
        "Example Press",
        "",
        "HARBOUR CITY (EP) — The council voted on Tuesday to approve the budget for the "
        "harbour district.",
        "",
        "Copyright 2026 Example Press. All rights reserved.",
        "",
        "© 2026 The Harbour Courier. All rights reserved.",
    ]
    assert not collect_candidates(lines)["examplepress"].masthead
    found = page_site_name(lines)
    assert found is not None and found.name == "The Harbour Courier"


def test_an_agencys_service_company_its_dateline_credits_is_no_site():
    # "Berlin (dpa) -" and "© dpa-infocom" under the story: the agency's company, credited
    # by the first part of its name, is the story's source; the masthead names the site
    lines = [
        "Kreisbote Oberland",
        "Lokales  Region  Sport  Politik",
        "",
        "Bundesregierung einigt sich auf Entlastung bei Stromkosten",
        "",
        "Berlin (dpa) - Die Bundesregierung hat sich nach wochenlangem Streit auf ein Paket "
        "zur Entlastung bei den Stromkosten geeinigt.",
        "",
        "© dpa-infocom, dpa:261103-930-123456/2",
        "",
        "Kreisbote Oberland · Impressum · Datenschutz",
    ]
    found = page_site_name(lines)
    assert found is not None and found.name == "Kreisbote Oberland"


# made-up pages in scripts with and without case: a masthead, a menu, a headline, prose
_RU_PROSE = (
    "Городской совет во вторник утвердил новый бюджет портового района, завершив "
    "многомесячные споры депутатов о стоимости работ на набережной."
)
_ZH_PROSE = (
    "市议会周二批准了港口区的新预算，结束了议员们数月来关于工程费用的争论。"
    "支持者表示，该计划将带来就业。"
)


@pytest.mark.parametrize(
    "name", ["Портовые новости", "Портовые Новости", "ПОРТОВЫЕ НОВОСТИ", "Λιμάνι Σήμερα"]
)
@pytest.mark.parametrize("masthead", [True, False])
def test_a_name_in_a_script_with_case_is_found(name, masthead):
    # an upper-case letter of any script starts a name, not only A-Z
    lines = [name, ""] if masthead else []
    lines += ["Главная", "Спорт", "", "Совет утвердил бюджет", "", _RU_PROSE, ""]
    lines += [f"© 2026 {name}. Все права защищены."]
    assert page_site_name(lines).name == name


@pytest.mark.parametrize(
    "name",
    [
        "港口日报",
        "港湾新聞",
        "صحيفة الميناء",
        "עיתון הנמל",
        "항구 일보",
        "みなと港湾新聞社",  # 8 characters: one name, not 8 words (issue #10)
        "港湾新聞デジタル版",
    ],
)
def test_a_name_in_a_script_without_case_is_found_by_its_notice(name):
    lines = [
        name,
        "",
        "首页",
        "新闻",
        "",
        "市议会批准港口预算",
        "",
        _ZH_PROSE,
        "",
        f"© 2026 {name}",
    ]
    found = page_site_name(lines)
    assert found is not None and found.name == name


def test_a_menu_word_the_text_writes_in_lower_case_is_no_site_in_any_script():
    # "Новости" (news) in the menu and in the footer's menu, "новости" in the prose: an
    # ordinary word, as "News" is on an English page
    menu = ["Новости", "Спорт"]
    prose = f"{_RU_PROSE} Новости о бюджете выходили каждый день, и новости обсуждали все."
    lines = ["Портовые Новости", "", *menu, "", "Совет утвердил бюджет", "", prose, "", *menu]
    candidates = collect_candidates(lines)
    features = site_features.candidate_features(lines, candidates, keys=["новости"])
    assert features["новости"]["common_word"] == 1.0


def test_the_other_authors_of_a_byline_list_are_no_credit():
    # "By Name, Name and Name": the names after the comma are the byline's, not a site
    lines = ["Example Daily", "", "By Rosa Park, Omar Said and Ida Wells", "", PROSE]
    assert "omarsaidandidawells" not in collect_candidates(lines)
    named = ["By Rosa Park, Example Wire", "", PROSE, "", "© 2026 Example Wire"]
    assert collect_candidates(named)["examplewire"].credited


@pytest.mark.parametrize(
    "byline", ["By Jane Smith, The Example Press", "By Jane Smith | The Example Press"]
)
@pytest.mark.parametrize("masthead", [True, False])
def test_an_agency_credited_in_the_byline_and_its_notice_is_the_storys_source(byline, masthead):
    # the byline credits the agency and the agency's notice closes the story: the
    # agency is credited with the story, the site's own notice closes the page
    lines = ["Harbour Daily", ""] if masthead else []
    lines += ["Council approves the harbour budget", "", byline, "", PROSE, ""]
    lines += ["Copyright 2026 The Example Press. All rights reserved.", ""]
    lines += ["About us | Contact", "© 2026 Harbour Daily Media Ltd. All rights reserved."]
    found = page_site_name(lines)
    assert found.name == ("Harbour Daily" if masthead else "Harbour Daily Media")
    notice = len(lines) - 4
    ((line_no, start, end),) = found.credits
    assert (line_no, lines[line_no][start:end]) == (notice, "The Example Press")
    # no other notice follows: the agency's own page (its credit and its notice name
    # it), unless a masthead printed once over the story names the site that runs it
    own = lines[:-2]
    assert page_site_name(own).name == ("Harbour Daily" if masthead else "The Example Press")
    if not masthead:
        assert page_site_name(own).credits == ()


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright © 2026 港口日报 版权所有",
        "Copyright © 2026 港口日报｜版权所有",
        "Copyright © 2026 港口日报。保留所有权利。",
        "版权所有 © 2026 港口日报",
    ],
)
def test_a_name_written_without_spaces_ends_at_a_space_or_its_scripts_punctuation(notice):
    # the words after the name ("all rights reserved" in Chinese) are no part of it
    lines = ["港口日报", "", "首页", "新闻", "", "市议会批准港口预算", "", _ZH_PROSE, "", notice]
    assert page_site_name(lines).name == "港口日报"


@pytest.mark.parametrize(
    "notice",
    [
        "港口日报 版权所有 © 2026 All Rights Reserved.",
        "港口日报｜版权所有 © 2026",
        "港口日報 著作権 © 2026",
        "版权所有 © 2026 港口日报",
    ],
)
def test_a_notice_with_its_holder_first_names_the_site(notice):
    # the Chinese and Japanese order: the name, the rights words, the sign; the notice
    # alone names the site
    lines = ["首页", "新闻", "", "市议会批准港口预算", "", _ZH_PROSE, "", notice]
    assert page_site_name(lines).name in ("港口日报", "港口日報")


@pytest.mark.parametrize(
    "notice",
    ["港口日报社 版权所有 未经书面授权禁止转载", "港口日報社 版權所有", "港口日报社版权所有"],
)
def test_a_chinese_notice_without_a_sign_names_its_holder(notice):
    # the rights words alone make a Chinese notice ("版权所有", all rights reserved), no
    # "©" printed: its holder first (the paper's company, "社"), the notice alone names
    # the site
    lines = ["首页", "新闻", "", "市议会批准港口预算", "", _ZH_PROSE, "", notice]
    assert page_site_name(lines).name.startswith(("港口日报", "港口日報"))


@pytest.mark.parametrize(
    ("name", "rights"),
    [
        ("Портовые новости", "Все права защищены"),
        ("أخبار الميناء", "جميع الحقوق محفوظة"),
        ("עיתון הנמל", "כל הזכויות שמורות"),
        ("항구 일보", "무단전재 및 재배포 금지"),
        ("Hafenblatt", "Alle Rechte vorbehalten"),
        ("L'Écho du Port", "Tous droits réservés"),
        ("El Diario del Puerto", "Todos los derechos reservados"),
        ("Il Porto", "Tutti i diritti riservati"),
        ("Gazeta Portowa", "Wszelkie prawa zastrzeżone"),
        ("La Gazzetta del Porto", "Riproduzione riservata"),
        ("Il Porto", "RIPRODUZIONE RISERVATA"),
        ("El Diario del Puerto", "Prohibida su reproducción total o parcial"),
        ("Diário do Porto", "Proibida a reprodução"),
    ],
)
@pytest.mark.parametrize("sign", ["©", "Copyright ©", "(c)"])
def test_a_notices_rights_words_in_any_language_are_no_part_of_the_name(name, rights, sign):
    # "© 2026 NAME All rights reserved" without a stop: the localized rights words end
    # the holder's name as the English ones do
    lines = ["Главная", "Спорт", "", "Совет утвердил бюджет", "", _RU_PROSE, ""]
    lines += [f"{sign} 2026 {name} {rights}"]
    found = page_site_name(lines)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "rights", ["RIPRODUZIONE RISERVATA", "Riproduzione vietata", "Prohibida su reproducción"]
)
def test_a_notice_of_rights_words_alone_names_no_holder(rights):
    # Italian papers print "© RIPRODUZIONE RISERVATA" under every story: no one's name
    lines = ["Главная", "Спорт", "", "Совет утвердил бюджет", "", _RU_PROSE, "", f"© {rights}"]
    assert page_site_name(lines) is None


def test_a_name_after_a_bylines_comma_is_a_credit_only_when_the_page_gives_it_elsewhere():
    # "By NAME, NAME" lists two authors: the second is no site; after "|" a name is a credit
    # (whom the author writes for: no site of the page, which names none of its own here)
    page = ["Harbour Daily", "", "Home", "News", "", "Council votes", "", "{}", "", PROSE, ""]
    page += ["About us | Contact"]
    authors = [line.format("By Lee Ferran, Ben Candea") for line in page]
    assert "bencandea" not in collect_candidates(authors)
    assert page_site_name(authors) is None
    piped = [line.format("By Lee Ferran | Example Wire") for line in page]
    assert collect_candidates(piped)["examplewire"].credited
    assert page_site_name(piped) is None
    assert page_site_name([*piped, "© 2026 Example Wire"]).name == "Example Wire"


@pytest.mark.parametrize(
    "credit",
    [
        "This story was originally published on Coastline Review.",
        "Originally published in Coastline Review",
        "The article was first published by Coastline Review.",
    ],
)
def test_a_credit_to_where_the_text_first_appeared_names_the_site_only_with_another_cue(credit):
    # a republisher's page credits the original: that credit alone names no site (it
    # was the outlet of a page whose footer lacks its own name), whatever the page
    # shows above it; the original's own page names itself in another cue too
    top = ["  • News", "  • Sports", "", "Council votes to extend the harbour wall", ""]
    body = [PROSE, "", PROSE, "", credit, ""]
    assert collect_candidates([*top, *body])["coastlinereview"].cues == 0
    assert page_site_name([*top, *body]) is None
    assert page_site_name(["Harbour Daily", *top, *body, "  • Privacy"]) is None
    own = _site([*top, *body, "  • Privacy", "", "Follow Harbour Daily", "© 2026 Harbour Daily"])
    assert own == ("Harbour Daily", "page")
    # with another naming cue of X (masthead, notice, "Follow X") the credit is X's own
    for cue in ("Follow Coastline Review", "© 2026 Coastline Review"):
        assert _site([*top, *body, cue]) == ("Coastline Review", "page")
    titled = ["Council votes to extend the harbour wall | Coastline Review", *top, *body]
    assert _site(titled) == ("Coastline Review", "page")
    # "Published by X" alone names the page's own publisher, as before
    assert _site([*top, PROSE, "", "Published by Coastline Review", ""])[0] == "Coastline Review"


def test_a_link_to_the_original_is_no_agreement_with_a_republication_credit():
    credit = "This article was originally published on Coastline Review."
    link = "Read more at https://www.coastlinereview.com/news/2026/03/harbour-wall-vote-story"
    lines = [PROSE, "", PROSE, "", credit, link]
    assert collect_candidates(lines)["coastlinereview"].cues == 0
    assert page_site_name(lines) is None


def test_a_page_filed_under_its_notice_keeps_the_masthead_it_opens_with():
    notice = "© 2026 Harbour Media Group"
    site = page_site_name(["Harbour Daily", "  • News", "", PROSE, "", notice])
    assert (site.name, site.source, site.masthead) == (
        "Harbour Media Group",
        "copyright",
        "Harbour Daily",
    )
    # a menu of names (a group's titles), a menu's first entry sharing no word of the
    # holder's name, an interface line, a section the page writes in lower case, the
    # holder's own name: no masthead
    tops = (["Harbour Daily", "Harbour Sunday"], ["Daily Deals", "Sports"], ["Sign In"])
    for top in (*tops, ["Business"], ["Harbour"]):
        lines = [*top, "  • News", "", PROSE + " It hurt business.", "", notice]
        assert page_site_name(lines).masthead is None, top
    # a name sharing the holder's word over a menu of sections is its masthead (h148)
    lines = ["Harbour Daily", "Sports", "  • News", "", PROSE, "", notice]
    assert page_site_name(lines).masthead == "Harbour Daily"
    # a page its cues name keeps no masthead
    assert page_site_name(["Harbour Daily", PROSE, "Follow Harbour Daily"]).masthead is None


@pytest.mark.parametrize(
    "name",
    [
        "Corriere della Sera",
        "La Voz del Sur",
        "Diário dos Açores",
        "Le Journal des Arts",
        "Stimme der Region",
        "Bote vom Untersee",
        "Krant van Noord",
        "Tidningen för Norrland",
        "Tiempo y Clima",
    ],
)
def test_a_name_joined_by_another_languages_particle_is_read(name):
    # "of", "de", "di", "du" joined a name's words; "della", "del", "dos", "des", "der",
    # "vom", "van", "för", "y" did not: such a site, printed on the top line and alone
    # on the last, was an unknown site
    lines = [name, "Home  News  Sport  Business  Opinion", "", "Council approves budget", ""]
    lines += ["By Maria Lopez", "December 3, 2026", "", PROSE, "", name]
    found = page_site_name(lines)
    assert found is not None and found.name == name


@pytest.mark.parametrize("credit", ["EP", "Example Press"])
@pytest.mark.parametrize(
    "byline", ["By JANE SMITH Example Press", "By Jane Smith, The Example Press", "By Jane Smith"]
)
@pytest.mark.parametrize("masthead", [True, False])
def test_the_agency_a_dateline_credits_is_never_the_site(credit, byline, masthead):
    # a local site runs the agency's story with the agency's notice under it and prints
    # no notice of its own: the dateline credits the agency, so the masthead names the
    # site (review finding J1); with no other name the notice names it, as a site's own
    # dateline and notice name the site ("HONOLULU (Harbour News) -", "© Harbour News")
    lines = ["Lakeshore Ledger", "Local  State  Nation  Sports", ""] if masthead else []
    lines += ["Council approves the harbour budget", "", byline, ""]
    lines += [f"HARBOURTOWN ({credit}) — {PROSE}", "", PROSE, ""]
    lines += ["Copyright 2026 The Example Press. All rights reserved. This material may not"]
    lines += ["be published, broadcast, rewritten or redistributed without permission.", ""]
    if masthead:
        lines += ["Lakeshore Ledger | 12 Shore Drive | Terms | Privacy"]
    found = page_site_name(lines)
    assert found.name == ("Lakeshore Ledger" if masthead else "The Example Press")
    # without the dateline the agency's notice still names the site (nothing else does)
    undated = [line.replace(f"HARBOURTOWN ({credit}) — ", "") for line in lines]
    assert masthead or page_site_name(undated).name == "The Example Press"


def test_an_agency_a_dateline_credits_by_its_initials_is_no_fallback_holder():
    # a paper runs an agency's story: the agency's name stands alone under the headline
    # (where a byline goes), the dateline credits it by its initials and its notice
    # closes the story; the paper's own notice closes the page. With the masthead
    # scoring under the named minimum, the agency's notice was the fallback, filing the
    # paper's page under the agency, one row with the agency's own pages (h137)
    lines = ["Morning Star", "Home", "Region", "Farming", "Sport", "", "July 16", ""]
    lines += ["Council approves the harbour budget", "", "Coastal Wire Agency", "", ""]
    lines += [f"HARBOURTOWN (CWA) — {PROSE}", "", PROSE, "", "© 2026 Coastal Wire Agency", ""]
    lines += ["More from the Morning Star", "", "Harbour Morning Star"]
    lines += ["© 2026 Harbour Newspapers Ltd. All rights reserved."]
    found = page_site_name(lines)
    assert found.name != "Coastal Wire Agency"
    ((line_no, start, end),) = found.credits
    assert lines[line_no][start:end] == "Coastal Wire Agency"
    # the agency's own page: the same story under its masthead and its notice alone
    own = ["Coastal Wire Agency", "Newswire  Photos  Video  Clients", "", *lines[8:-5]]
    assert page_site_name(own).name == "Coastal Wire Agency"


def test_a_notice_dated_in_the_digits_of_another_script_names_its_holder():
    # "© ٢٠٢٦ NAME" (Arabic-Indic), "© ۲۰۲۶ NAME" (Persian): the year read as "2026"
    assert _site([PROSE, "", "© ٢٠٢٦ صحيفة الميناء"]) == ("صحيفة الميناء", "copyright")
    assert _site([PROSE, "", "© ۲۰۱۸-۲۰۲۶ روزنامه بندر"]) == ("روزنامه بندر", "copyright")
    # the holder as written, its digits too
    assert _site([PROSE, "", "© ٢٠٢٦ قناة ٩ الإخبارية"]) == ("قناة ٩ الإخبارية", "copyright")


MENU_ROWS = {
    "one line, spaced": ["News  Sport  Community  Property  Obituaries"],
    "one line, separators": ["Home | Cronaca | Politica | Economia"],
    "a list": ["  • Home", "  • News", "  • Sport", "  • Opinion"],
}


@pytest.mark.parametrize("menu", MENU_ROWS, ids=list(MENU_ROWS))
@pytest.mark.parametrize("name", ["The Harbour Observer", "La Gazzetta di Esempio"])
def test_a_masthead_printed_once_over_the_menu_names_the_site(menu, name):
    # h70 J4: the site's name on the first line, over its menu, written nowhere else
    lines = [name, *MENU_ROWS[menu], "Subscribe now", "", "Council approves budget", "", PROSE]
    assert _site(lines) == (name, "page")
    # a section's label over the story, not over the menu, is no site (not once)
    assert _site(["Analysis", "", "Council approves budget", "", PROSE]) is None


@pytest.mark.parametrize("menu", MENU_ROWS, ids=list(MENU_ROWS))
def test_a_sections_heading_under_the_menu_listing_it_is_no_masthead(menu):
    # review h127: a section page's heading ("Sport" over its cards) repeats an entry of
    # the menu above it; it named the site when the masthead was not read
    entry = "Economia" if "Economia" in MENU_ROWS[menu][0] else "Sport"
    lines = ["[logo]", *MENU_ROWS[menu], "", entry, "", "Council approves budget", "", PROSE]
    assert _site(lines) is None
    # the site's masthead over the same menu still names it
    assert _site(["The Harbour Observer", *lines[1:]]) == ("The Harbour Observer", "page")


@pytest.mark.parametrize(
    "below",
    [
        ["  • Breitbart News 55", "  • Example Wire 38", "  • Daily Example 12"],  # counts
        ["https://www.example.com › news › local"],  # a search result's address trail
        ["Source\tHeadline\tPublished"],  # a table's head
        ["  • Home", "", "Council approves budget"],  # one item, no menu
    ],
)
def test_a_name_over_what_is_no_menu_is_still_no_masthead(below):
    lines = ["The Harbour Observer", *below, "", PROSE]
    assert _site(lines) is None


@pytest.mark.parametrize(
    "top",
    [
        ["  • Sign in", "", "Editions"],  # a heading below a menu's item
        ["Login", "Contact", "Support"],  # an entry of a menu, one a line
    ],
)
def test_a_heading_inside_the_menus_is_no_masthead_over_the_menu(top):
    from analysis.clean.masthead_context import opens_menu

    lines = [*top, "  • Business", "  • Markets", "  • World", "", PROSE]
    assert not opens_menu(lines, len(top) - 1)
    assert opens_menu(lines[len(top) - 1 :], 0)  # the same heading opening the page


@pytest.mark.parametrize("separator", ["  ", " | "])
def test_an_entry_of_the_pages_menu_printed_again_as_a_kicker_is_no_site_name(separator):
    # 'Obituaries' is printed twice (the menu, the kicker over the headline): a section
    menu = separator.join(["News", "Sports", "Obituaries", "Opinion", "Classifieds"])
    lines = [
        "Tri-County Sentinel",
        "Serving three counties since 1911",
        menu,
        "",
        "Obituaries",
        "",
        "Retired teacher remembered for decades of service",
        "",
        PROSE,
    ]
    site = page_site_name(lines)
    assert site is None or site.name != "Obituaries"
    # the menu's first entry may be the site's own name, and stays a candidate
    named = page_site_name(
        ["Harbour Daily  News  Sports  Opinion", "", PROSE, "", "© Harbour Daily"]
    )
    assert named is not None and named.name == "Harbour Daily"


def test_a_blogs_name_over_its_tagline_and_menu_names_the_site():
    # h70 J4: "Site Title" / tagline / menu, as blog themes print their header
    top = ["Prairie Example Notes", "Commentary on plains politics and policy"]
    lines = [*top, "Home  About  Archives  Contact", "", "Council approves budget", "", PROSE]
    assert _site(lines) == ("Prairie Example Notes", "page")


@pytest.mark.parametrize(
    "top",
    [
        ["Prairie Example Notes", "Politics", "Home  About  Archives  Contact"],  # a label
        ["Prairie Example Notes", "", "Commentary on plains politics", "Home  About  Archives"],
        ["Prairie Example Notes", "By Jane Roe", "Home  About  Archives  Contact"],  # a byline
    ],
)
def test_a_name_over_a_line_that_is_no_tagline_is_not_over_the_menu(top):
    from analysis.clean.masthead_context import opens_menu

    assert not opens_menu([*top, "", PROSE], 0)


def test_a_georgian_sites_name_and_byline_are_read_as_a_scripts_without_case():
    # review finding h94 M12b: Unicode gives Georgian's Mkhedruli letters a lower case
    # (Mtavruli capitals, never in running text), so every Georgian name read as
    # lower-case words: the page was 'unknown site' and its byline no name
    body = [
        "The harbour council voted on Tuesday evening to approve next year's budget after "
        "a debate that ran for more than four hours.",
        "",
        "Members of the governing coalition said the plan protects schools and the ferry "
        "service, while the opposition objected.",
    ]
    text = "\n".join(
        [
            *("ბათუმის გაზეთი", "News  Sport", "", "Council approves budget", ""),
            *("ავტორი: ნინო ბერიძე", "December 3, 2026", "", *body, ""),
            "© 2026 ბათუმის გაზეთი",
        ]
    )
    (row,) = extract_articles(text, "p.txt").itertuples()
    assert (row.outlet, row.byline) == ("ბათუმის გაზეთი", "ნინო ბერიძე")


_HEADER_MENU = ["  • Home", "  • News", "  • Sport", "  • Opinion", "  • Obituaries"]
_ACCOUNT_MENU = [
    "  • Subscribe now",
    "  • Today's Paper",
    "  • Manage My Account",
    "  • Daily Deals",
    "  • e-Edition",
]


def _copied_header(between: str) -> list[str]:
    """A page whose header is printed twice (a sticky copy), ``between`` the account
    menu and the menu's second copy, over a story and a parent company's notice."""
    return [
        *_HEADER_MENU,
        "",
        "GET BREAKING NEWS IN YOUR BROWSER.",
        "",
        *_ACCOUNT_MENU,
        between,
        *_HEADER_MENU,
        "",
        "Council approves budget",
        "",
        PROSE,
        "",
        "  • Copyright © 2026 Example Newspaper Group, Inc.",
    ]


def test_a_name_between_two_copies_of_the_menu_is_the_sites_masthead():
    # review h108: the site's name between two copies of its menu (a sticky header), far
    # below the top lines, names the site over its parent company's notice
    lines = _copied_header("Harbour Cities")
    assert lines.index("Harbour Cities") >= site_candidates.MASTHEAD_LINES
    site = page_site_name(lines)
    assert (site.name, site.source, site.line_no) == ("Harbour Cities", "page", 13)


@pytest.mark.parametrize(
    "between",
    [
        "Menu",  # a control between the copies
        "Search",
    ],
)
def test_a_control_between_two_copies_of_the_menu_is_no_site(between):
    from analysis.clean.masthead_context import between_copied_menus

    lines = _copied_header(between)
    assert not between_copied_menus(lines, lines.index(between))
    assert _site(lines) == ("Example Newspaper Group", "copyright")


def test_a_heading_over_a_list_other_than_the_menus_start_is_no_masthead():
    from analysis.clean.masthead_context import between_copied_menus

    teams = ["  • Harbour Rovers", "  • Valley United", "  • Port Athletic"]
    lines = [*_HEADER_MENU, "Coastal League", *teams, "", PROSE]
    assert not between_copied_menus(lines, len(_HEADER_MENU))
    assert _site([*lines, "", "© 2026 Example Newspaper Group"]) == (
        "Example Newspaper Group",
        "copyright",
    )
    # a footer's heading over a copy of a list the header printed after its menu
    sections = ["  • Editorials", "  • Columns", "  • Letters"]
    footer = [*_HEADER_MENU, *sections, "", PROSE, "", "  • Contact", "Opinion", *sections]
    assert not between_copied_menus(footer, footer.index("Opinion"))
    # the same heading over the menu printed again from its start is the header's name
    assert between_copied_menus([*_HEADER_MENU, "Coastal League", *_HEADER_MENU], 5)


@pytest.mark.parametrize(
    ("name", "policy"),
    [
        ("Ақтөбе ақпарат", "Құпиялылық саясаты"),
        ("पोखरा खबर", "सर्वाधिकार सुरक्षित"),
        ("Harbour Daily", "Privacy Policy"),
    ],
)
@pytest.mark.parametrize("separator", ["·", "•"])
def test_a_notice_holder_ends_at_the_separator_before_the_footers_next_link(
    name, policy, separator
):
    # "© 2026 NAME · Privacy policy": the footer's next link is no part of the name
    # (review h94 M12)
    lines = [
        "Council approves the harbour budget",
        "",
        PROSE,
        "",
        f"© 2026 {name} {separator} {policy}",
    ]
    found = page_site_name(lines)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "byline",
    [
        "By JOHN HANSEN and MARIA TORRES, The Example Press",
        "By John Hansen and Maria Torres, The Example Press",
        "By John Hansen & Maria Torres, The Example Press",
    ],
)
def test_a_portal_running_an_agencys_story_is_filed_under_its_masthead(byline):
    # the page's only notice is the agency's, which the byline credits: the outlet is the
    # portal whose masthead opens the page and its footer repeats (h101's open probe)
    lines = ["Oasis Portal", "Mail  News  Finance  Sport", "", "Council approves budget", ""]
    lines += [byline, "December 3, 2026", "", PROSE, "", PROSE, ""]
    lines += ["Copyright 2026 The Example Press. All rights reserved.", ""]
    lines += ["Oasis Portal  Terms  Privacy"]
    assert collect_candidates(lines)["examplepress"].credited
    found = page_site_name(lines)
    assert found is not None and found.name == "Oasis Portal"
    # the agency's own page, with no masthead of another site, stays the agency's
    assert page_site_name(lines[3:-1]).name in ("Example Press", "The Example Press")


@pytest.mark.parametrize(
    ("notice", "name"),
    [
        # the holder after the words that reserve the rights to it ("... reserved to X")
        ("© כל הזכויות שמורות לעיתון הנמל 2026", "עיתון הנמל"),
        ("© جميع الحقوق محفوظة لـ صحيفة الميناء 2026", "صحيفة الميناء"),
        # the sign after the holder, the clitic apart with its tatweel
        ("جميع الحقوق محفوظة لـ صحيفة الميناء © 2026 | تصميم وتطوير: شركة", "صحيفة الميناء"),
        ("© 2026 All rights reserved to Harbour Daily.", "Harbour Daily"),
        # an em dash ends the holder as a hyphen does; Persian digits and rights words
        ("© ۲۰۲۶ روزنامه بندر — تمام حقوق محفوظ است", "روزنامه بندر"),
        ("© 2026 Harbour Daily — All rights reserved", "Harbour Daily"),
    ],
)
def test_a_notice_names_its_holder_after_the_rights_words_or_before_a_dash(notice, name):
    lines = ["", "Council approves the harbour budget", "", PROSE, "", notice]
    found = page_site_name(lines)
    assert found is not None and (found.name, found.source) == (name, "copyright")


def test_a_masthead_over_the_menu_that_the_notice_names_with_an_article_is_the_site():
    # "Gazette du Port" over the menu, "© 2026 La Gazette du Port" below: the
    # masthead is the site's own name, not a headline, and the notice confirms it
    menu = "Accueil  Nord  Monde  Sport  Tribune"
    lines = ["Gazette du Port", "", menu, "", "Monde", "", "Le conseil vote le budget", ""]
    lines += [PROSE, "", "© 2026 La Gazette du Port. Tous droits réservés."]
    found = page_site_name(lines)
    assert (found.name, found.source, found.line_no) == ("Gazette du Port", "page", 0)
    # a masthead that only starts the holder's name stays the holder's shorter form:
    # "Morning Star Tanzania" tells two sites called "Morning Star" apart
    lines[-1] = "© 2026 Gazette du Port Maritime Ltd"
    assert page_site_name(lines).name == "Gazette du Port Maritime"


def test_an_html_titles_name_beside_the_headline_is_the_pages_masthead():
    from analysis.clean.site_name import title_masthead

    lines = ["Council votes on the wall", "", "The council voted on Tuesday."]
    parts = ("Council votes on the wall", "Seaview Gazette")
    assert title_masthead(lines, parts, "Harbour Media Group") == "Seaview Gazette"
    # the holder's own name, a title of one part, two ends shaped as names: none
    assert title_masthead(lines, (parts[0], "Harbour Media"), "Harbour Media Group") is None
    assert title_masthead(lines, parts[:1], "Harbour Media Group") is None
    assert title_masthead(lines, ("Storm Warning", "Seaview Gazette"), "Harbour Media") is None


_MASTHEAD_STORIES = {
    "en": (
        "\nCouncil votes to extend the harbour wall\n\nBy Jane Roe\nMarch 3, 2026\n\n"
        "The council voted on Tuesday to extend the harbour wall by forty metres, a "
        "project residents have asked for since the storm of last winter.\n"
    ),
    "ar": (
        "\nافتتاح جسر جديد فوق النهر\n2 ديسمبر 2026\n\n"
        "افتتحت البلدية اليوم جسرا جديدا فوق النهر يربط الحيين الشرقي والغربي. "
        "وقال رئيس البلدية إن الجسر سيختصر زمن الرحلة إلى النصف.\n"
    ),
    "ja": (
        "\n新しい橋が開通\n12月2日\n\n"
        "市は2日、川に架かる新しい橋の開通式を行った。通勤時間が半分になるという。\n"
    ),
}


@pytest.mark.parametrize(
    ("masthead", "menu", "language"),
    [
        ("the morning ledger", "home | news | sport | opinion", "en"),
        ("صحيفة الوادي الأخضر", "الرئيسية | محليات | رياضة | ثقافة", "ar"),
        ("みなと新聞", "ホーム ｜ 地域 ｜ 経済 ｜ 天気", "ja"),
    ],
)
def test_a_masthead_without_capitals_over_the_menu_names_the_site(masthead, menu, language):
    # review h134: a logo set in lower case ("the morning ledger") over the site's menu
    # names the site, as "The Morning Ledger" there does; review h135 (L5): so does a
    # name in a script without case, where no capital can mark it (2-4 words, or one
    # run of a script written without spaces, its menu between full-width bars). Alone
    # on the page's first line it does not (nor does a name in title case or capitals
    # there: one line alone is as often a section's label), unless a newspaper's word
    # marks it ("صحيفة X", "X新聞": review h150, analysis.clean.newspaper_words)
    story = _MASTHEAD_STORIES[language]
    found = page_site_name(f"{masthead}\n{menu}\n{story}".split("\n"))
    assert found is not None and (found.name, found.source) == (masthead, "page")
    alone = page_site_name(f"{masthead}\n{story}".split("\n"))
    assert (alone.name if alone else None) == (None if language == "en" else masthead)


def test_a_sections_label_in_lower_case_over_the_menu_names_no_site():
    # a section's label in lower case whose words the story writes is no name
    worded = _MASTHEAD_STORIES["en"] + "The harbour news of the world came late.\n"
    menu = "home | news | sport | opinion\n"
    assert page_site_name(("world news\n" + menu + worded).split("\n")) is None


_DESK_PROSE = (
    "Freight rates for containers crossing the canal rose for a third week on Tuesday, "
    "as dry weather cut the number of ships allowed through each day."
)
_DESK_STORY = [
    _DESK_PROSE,
    "Operators said the waiting time had doubled since October, and several lines have "
    "begun sending vessels around the cape instead.",
    "Importers warned that shop prices could follow within weeks if the delays continue "
    "into the new year.",
]


@pytest.mark.parametrize(
    ("section", "byline"),
    [
        ("Business", "By Jane Roe, Business reporter"),
        ("Business", "By Jane Roe | Business Correspondent"),
        ("Wirtschaft", "Von Jana Roe, Wirtschaftsredakteurin"),
    ],
)
def test_a_role_after_the_byline_is_no_mention_of_a_section_label_as_the_site(section, byline):
    # the desk's word in the author's role repeated the section label over the headline:
    # two lines "naming" it made the label the page's site
    text = "\n\n".join(
        [
            section,
            "Shipping costs climb as canal traffic slows",
            byline,
            "2 December 2026",
            *_DESK_STORY,
        ]
    )
    assert page_site_name(text.split("\n")) is None
    article = extract_articles(text + "\n", "desk.txt").iloc[0]
    assert article["outlet"] == "unknown site (desk.txt)"
    assert article["byline"] in ("Jane Roe", "Jana Roe")


def test_a_site_named_elsewhere_on_the_page_still_counts_beside_a_bylines_role():
    lines = [
        "Harbour Times",
        "",
        "By Jane Roe, Staff writer",
        "",
        _DESK_PROSE,
        "",
        "© 2026 Harbour Times",
    ]
    # (only the role's characters are blanked, every position kept)
    assert site_name.without_byline_roles(lines)[2] == "By Jane Roe, " + " " * len("Staff writer")
    assert page_site_name(lines).name == "Harbour Times"


@pytest.mark.parametrize("country", ["Ghana", "Albania"])
def test_of_two_tied_top_names_the_masthead_over_the_menus_entries_wins(country):
    # review h129: the menu printed one entry a line under the masthead, the footer
    # naming the site with its country ("The Lantern Ghana | Accra"): the masthead and
    # the country's entry tied, and the key's order chose the country
    lines = ["THE LANTERN", "News", country, "Africa", "Business", "", "Council votes"]
    lines += ["", "By Jane Roe", "June 1, 2026", "", PROSE, "", f"The Lantern {country} | Accra"]
    assert _site(lines) == ("The Lantern", "page")


def test_of_two_tied_names_the_one_a_cue_gives_beats_a_top_lines():
    # an author's name printed over the menu and in the bio ties with the brand the bio
    # credits ("founder of X"); the cue's name wins, whatever the keys' order
    top_line = site_candidates.Candidate(forms={"Anna Berg": 3}, masthead=True, first=(0, 0, 9))
    cued = site_candidates.Candidate(forms={"Zeta Brand": 1}, cues=1, first=(9, 30, 40))
    candidates = {"annaberg": top_line, "zetabrand": cued}
    features = {"annaberg": {"mentions": 2.0}, "zetabrand": {"mentions": 2.0}}
    chosen = site_name.choose_candidate(candidates, features, {"mentions": 1.0}, 1.0)
    assert chosen == "zetabrand"


def test_an_aggregators_repost_saved_as_text_is_the_aggregators_page():
    # review h129: an aggregator's page names the publisher it reposts in its provider
    # slot, in "More from X" and in the credit; its own name tops the page and holds the
    # notice: the page is the aggregator's (as its HTML is), the story X's
    lines = ["NewsNook", "Top Stories", "For You", "", "Prairie Sentinel", "", "Council votes"]
    lines += [
        "",
        "By Jane Roe",
        "June 1, 2026",
        "",
        PROSE,
        "Originally published by Prairie Sentinel.",
    ]
    lines += ["", "More from Prairie Sentinel", "© 2026 NewsNook Inc."]
    assert _site(lines) == ("NewsNook", "page")
    # the publisher's own page crediting its earlier printing stays its own
    own = ["Prairie Sentinel", "News", "Sport", "", "Council votes", "", PROSE]
    own += ["Originally published by Prairie Sentinel.", "", "© 2026 Prairie Sentinel"]
    assert _site(own) == ("Prairie Sentinel", "page")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("WHBR 7 News", "WHBR 7 News"),
        ("Channel 4 News", "Channel 4 News"),
        ("Harbour 24", "Harbour 24"),
        ("July 16", None),  # the day's date
        ("Dec. 4", None),
        ("16 July", None),
        ("Harbour Daily 2026", None),  # a year is no part of a name
        ("Harbour 7news", None),
        # review h362: a name opening with a number of hours, days or minutes ("36
        # Horas"); not a count of other things (a listicle's headline), a list's number,
        # a date's day, a year or prose
        ("36 HORAS", "36 HORAS"),
        ("20 Minutes", "20 Minutes"),
        ("7 dní Zlín", "7 dní Zlín"),
        ("24 Часа", "24 Часа"),
        ("12 Ways To Save", None),
        ("1. Council votes", None),
        ("5 December 2026", None),
        ("2026 Review", None),
        ("24 hours", None),
    ],
)
def test_a_channels_number_is_part_of_its_masthead(line, name):
    # h137: a TV station's masthead "KVRB 7 News" was no candidate (a name was only
    # capitalized words): its pages were filed under the station's notice alone
    found = masthead_lines.masthead_name(line)
    assert (found[0] if found else None) == name


def test_a_masthead_opening_with_its_number_is_kept_with_its_notice():
    # review h362: "36 HORAS" over the menu was no candidate; its pages were filed under
    # the publisher's notice alone ("Editorial Cachapoal"), apart from the domain's pages
    lines = ["36 HORAS", "Inicio | Regiones | País | Deportes", "", "Concejo aprueba fondos", ""]
    lines += ["Por Camila Rojas", "", PROSE, "", PROSE, "", "© 2026 Editorial Cachapoal SpA."]
    found = page_site_name(lines)
    assert (found.name, found.masthead) == ("Editorial Cachapoal", "36 HORAS")


def test_a_stations_masthead_over_its_menu_is_kept_with_its_notice():
    lines = ["WHBR 7 News", "Watch Live", "News", "Weather", "Traffic", "Contests", ""]
    lines += ["Council approves the harbour budget", "", "By Ida Wells, WHBR 7 News", ""]
    lines += [PROSE, "", PROSE, "", "© 2026 WHBR-TV. A Riverside Broadcasting station."]
    found = page_site_name(lines)
    assert (found.name, found.masthead) == ("WHBR-TV", "WHBR 7 News")


@pytest.mark.parametrize("credit", ["Reuters", "Example Wire", "The Harbour Times", "Madrid", "AP"])
def test_a_name_only_the_byline_credits_is_no_site_of_the_page(credit):
    # "By Jane Roe | X" says whom the author writes for (an agency, a paper whose copy
    # the site runs) or where from; a page that names no site of its own is an unknown
    # site's, not X's (review: 'By Jane Roe | Reuters' made the outlet 'Reuters')
    lines = ["Council approves the harbour budget", "", f"By Jane Roe | {credit}", ""]
    for n in range(3):
        lines += [f"{PROSE} Paragraph {n} adds a detail of its own.", ""]
    assert page_site_name(lines) is None
    (article,) = extract_articles("\n".join(lines), name="p.txt").itertuples()
    assert article.outlet == "unknown site (p.txt)"
    assert article.byline == "Jane Roe"
    # the site's masthead or notice names the site; the credited name stays a credit
    mastheaded = ["Lakeshore Ledger", "", *lines, "© 2026 Lakeshore Ledger"]
    assert page_site_name(mastheaded).name == "Lakeshore Ledger"
    noticed = [*lines, "", f"© 2026 {credit}. All rights reserved."]
    assert page_site_name(noticed).name == credit


def test_a_name_the_byline_and_a_republication_credit_give_is_the_storys_source():
    # review h347's en_republished: "By Megan Holt, The Common Field" and "This article
    # was originally published on The Common Field": two cues of the original, so the
    # republishing site, named only by its notice, was filed under the original
    lines = ["PRAIRIE GAZETTE                         Donate  Sign up", ""]
    lines += ["Council approves the harbour budget", "", "By Jane Roe, The Coastline Review", ""]
    lines += [
        PROSE,
        "",
        PROSE,
        "",
        "This article was originally published on The Coastline Review,",
    ]
    lines += ["a nonprofit newsroom. It is republished here under a Creative Commons licence.", ""]
    lines += ["Prairie Gazette is a nonprofit newsroom. (c) 2026 Prairie Gazette"]
    assert page_site_name(lines).name == "Prairie Gazette"
    # the original's own page, its notice under it, is the original's
    own = [*lines[2:-1], "© 2026 The Coastline Review"]
    assert page_site_name(own).name == "The Coastline Review"


def test_a_print_editions_nameplate_with_the_issues_date_names_the_site():
    # review h135 (L5): pdftotext keeps the nameplate's columns on one line, the site's
    # name and the issue's date a wide gap apart; the name was no masthead then
    lines = [
        "THE HARBOUR WEEKLY                              Week 12 · 19 March 2026",
        "",
        "IN THIS ISSUE",
        "",
        "The last ferry of the bay",
        "By Jane Roe",
        "After sixty years the ferry between the two villages stops, and our reporter "
        "rode one of its last crossings with the skipper and his crew.",
    ]
    found = page_site_name(lines)
    assert found is not None and found.name == "THE HARBOUR WEEKLY"
    # a name without the date beside it, or a date alone, is no nameplate
    assert masthead_lines.nameplate_name("THE HARBOUR WEEKLY      Sport  Weather") is None
    assert masthead_lines.nameplate_name("19 March 2026") is None


def test_mbh_after_a_gesellschaft_is_a_legal_form():
    # "Verlagsgesellschaft mbH": the limited company's form written after "-gesellschaft"
    # (review h150)
    assert (
        without_legal_form("Nordheide Verlagsgesellschaft mbH") == "Nordheide Verlagsgesellschaft"
    )


@pytest.mark.parametrize(
    ("top", "site"),
    [
        ("The Brackwater Sentinel — East Edition", "The Brackwater Sentinel"),
        ("Lindqvist Valley Post | Morning Briefing", "Lindqvist Valley Post"),
        ("Rheinau Bote · Ausgabe Süd", "Rheinau Bote"),
        # a news podcast's page (review h270's podcast_episodes_stories_ch: no site)
        ("Brackwater Talk — Podcast", "Brackwater Talk"),
    ],
)
def test_a_masthead_and_its_edition_on_one_top_line_name_the_site(top, site):
    # the site's name and its edition or product on the page's first line, over a
    # section's label and the headline (review h150)
    lines = [top, "", "Local News", "", "Ferry to Holm Island will sail all winter", ""]
    lines += ["By Ada Brenner", "", "The ferry will keep running through the winter months."]
    found = page_site_name(lines)
    assert found is not None and (found.name, found.source) == (site, "page")


@pytest.mark.parametrize(
    "top",
    [
        "Sport · Premier League",  # a section's trail: no edition's word
        "Weekend Edition | Sunday Edition",  # two labels, no name
        "The Brackwater Sentinel — East Edition — Sport",  # two separators
    ],
)
def test_a_top_line_without_a_name_and_an_edition_names_no_site_by_it(top):
    from analysis.clean.edition_masthead import edition_masthead

    assert edition_masthead(top) is None


@pytest.mark.parametrize(
    ("top", "site"),
    [
        ("Travel · The Brackwater Sentinel", "The Brackwater Sentinel"),
        ("The Brackwater Sentinel | Opinion", "The Brackwater Sentinel"),
        ("WIRTSCHAFT · Rheinauer Anzeiger", "Rheinauer Anzeiger"),
        ("Cultura — Corriere di Valmora", "Corriere di Valmora"),
    ],
)
def test_a_masthead_and_the_section_on_one_top_line_name_the_site(top, site):
    # the page's section and the site's name on its first line, in either order, over
    # the headline (review h150 F2): the name holds a newspaper's noun
    lines = [top, "", "Ferry to Holm Island will sail all winter", ""]
    lines += ["By Ada Brenner", "3 December 2026", "", PROSE]
    found = page_site_name(lines)
    assert found is not None and (found.name, found.source) == (site, "page")


@pytest.mark.parametrize(
    "top",
    [
        "Sport · Premier League",  # a section's trail: no newspaper's noun
        "Today · Travel",  # the noun alone is a label as often
        "The Brackwater Sentinel · Example Herald",  # two names
        "Food and Drink Ideas · The Brackwater Sentinel",  # a label of four words
        "Travel · The Brackwater Sentinel · Coast",  # two separators
    ],
)
def test_a_top_line_without_one_newspapers_name_and_a_label_names_no_site_by_it(top):
    from analysis.clean.section_masthead import section_masthead

    assert section_masthead(top) is None


def test_a_masthead_over_a_one_entry_a_line_menu_leaves_a_holders_page_to_the_holder():
    # a page whose notice names a holder is filed under it with its masthead beside
    # (outlet_merge decides over the run: "Morning Post" of "Ashmoor Newspapers" joins
    # the paper's own pages, review h137 A02); the menu rule is for pages naming none
    header = ["Lakeside Courier", "Home", "News", "Sport", "What's On", "Contact", "", HEADLINE]
    lines = [*header, "", "By Ana Lim", "March 3, 2026", "", PROSE, "", PROSE]
    assert _site(lines) == ("Lakeside Courier", "page")
    assert _site([*lines, "", "© 2026 Harbourside Media Group"]) == (
        "Harbourside Media Group",
        "copyright",
    )


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        ("روزنامہ کوہسار", "شہر میں نیا پل کھول دیا گیا"),
        ("दैनिक सरयू दर्पण", "शहर में नया पुल खुला"),
        ("南浦新報", "市営バス、来春から全線で値下げ"),
        # review h162: sentence case and other scripts, a herald, a voice, a newspaper, a
        # daily
        ("Jadranski vjesnik", "Trajektna linija za Lastovo dobiva dodatni polazak"),
        ("Savinjski glas", "Novi vrtec v Žalcu bo odprl vrata januarja"),
        ("Подунавске новине", "Нови мост преко Тамиша биће завршен до лета"),
        ("Хангайн сонин", "Архангайд шинэ эмнэлэг ашиглалтад орлоо"),
        ("দৈনিক পদ্মাবার্তা", "নদীভাঙন ঠেকাতে নতুন বাঁধের কাজ শুরু"),
    ],
)
def test_a_newspapers_word_marks_a_caseless_masthead_right_over_the_headline(top, headline):
    # a name in a script without case right over the headline, no section's label
    # between: the language's word for a newspaper marks it (review h150)
    lines = [top, "", headline, "", "3 December 2026", ""]
    lines += [
        "The council said the new bridge would carry four lanes of traffic from next week.",
    ]
    found = page_site_name(lines)
    assert found is not None and (found.name, found.source) == (top, "page")


@pytest.mark.parametrize(
    "top",
    [
        "地域",
        "खेल समाचार",
        "شہر",
        # "दैनिक" is also the plain "daily": a section's label (daily life, daily
        # horoscope) or a headline's words, no paper's name (the risk noted on 1e784e3)
        "दैनिक जीवन",
        "दैनिक राशिफल",
        "दैनिक जीवन में योग",
        "Местни новини",
        "Zprávy z regionu",
        "Business today",
    ],
)
def test_a_caseless_label_right_over_the_headline_names_no_site(top):
    # a section's label without a newspaper's word: none, as before
    lines = [top, "", "市営バス、来春から全線で値下げ", "", "2026年12月3日", ""]
    lines += ["The council said the new bridge would carry four lanes of traffic from next week."]
    found = page_site_name(lines)
    assert found is None or found.name != top


@pytest.mark.parametrize(
    ("header", "site"),
    [
        # a paper's name closed by a noun that is a control's word too, over its
        # tagline (review h150 F3: "Register" read as a sign-up control's)
        (["Harlow Bay Register", "Serving Harlow Bay since 1904"], "Harlow Bay Register"),
        (["Harlow Bay Register"], "Harlow Bay Register"),
    ],
)
def test_a_newspapers_name_over_its_tagline_then_the_story_names_the_site(header, site):
    lines = [*header, "", HEADLINE, "", "Posted 12/03/2026 9:14 AM EST", "", "By Ana Lim"]
    lines += ["", PROSE, "", PROSE]
    assert _site(lines) == (site, "page")


def test_a_newspapers_noun_closing_its_name_is_no_controls_word():
    # "Register" closes a paper's name; alone or after a control's word it is a control
    assert not interface_words.names_a_control(["harlow", "bay", "register"])
    assert interface_words.names_a_control(["register"])
    assert interface_words.names_a_control(["log", "in", "register"])


@pytest.mark.parametrize(
    ("footer", "site"),
    [
        # the site's name before its legal pages' links (review h150 F5)
        ("Talbrück Anzeiger · Impressum · Datenschutz", "Talbrück Anzeiger"),
        ("Harlow Bay Post | Privacy Policy | Terms of Use", "Harlow Bay Post"),
        # a menu's entries, a section before the links: no name
        ("Home · Impressum · Datenschutz", None),
        ("About Us · Privacy", None),
        ("Harlow Bay Post | Sport | Privacy", None),
    ],
)
def test_a_footer_of_a_name_and_legal_links_names_the_site(footer, site):
    lines = ["WIRTSCHAFT", "", HEADLINE, "", "Von Jonas Weber", "", PROSE, "", PROSE]
    lines += ["", footer]
    assert (_site(lines) or (None,))[0] == site


@pytest.mark.parametrize(
    "top",
    [
        "Orrin Valley Voice — Your valley, your news",
        "Orrin Valley Voice | Independent journalism for the dales",
        "The Orrin Valley Voice · News you can trust",
    ],
)
def test_a_masthead_and_its_tagline_on_the_top_line_over_the_menu_name_the_site(top):
    # review finding h178: the top line was no masthead, and a footer's publisher
    # ("published by Orrin Community Media CIC") gave its head, "Orrin", as the site
    lines = [
        top,
        "Home | News | Sport | Business | Opinion | Weather",
        "",
        "Fire at Stokeley warehouse brought under control overnight",
        "",
        PROSE,
        "",
        "Orrin Valley Voice is published by Orrin Community Media CIC.",
    ]
    assert page_site_name(lines).name.removeprefix("The ") == "Orrin Valley Voice"
    assert page_site_name(lines[:-1]).name.removeprefix("The ") == "Orrin Valley Voice"


@pytest.mark.parametrize(
    "top",
    [
        "Orrin Valley Voice — North Edition",  # an edition's label (edition_masthead)
        "Orrin Valley Voice — 3 December 2026",  # a date
        "Fire at Stokeley: what we know so far — live updates",  # a headline
        "Orrin Valley Voice — Read the story at orrinvoice.com",  # an address
    ],
)
def test_no_tagline_masthead_without_a_tagline(top):
    from analysis.clean.tagline_masthead import tagline_masthead

    assert tagline_masthead(top) is None


@pytest.mark.parametrize("dated", ["4 December 2026", "December 4, 2026 at 5:00 pm"])
def test_a_masthead_over_a_short_headline_and_its_date_names_the_site(dated):
    # "Masthead" / short headline / the story's date / the text: the date under the
    # headline stands where a byline would; the masthead heads the story (lead's new-user
    # run: only the byline form was read)
    page = ["The Fenland Courier", "", "Bridge reopens after repairs", "", dated, "", PROSE]
    assert _site(page) == ("The Fenland Courier", "page")
    # the edition's date over the headline, as before
    page = ["The Fenland Courier", "", dated, "", "Bridge reopens after repairs", "", PROSE]
    assert _site(page) == ("The Fenland Courier", "page")


@pytest.mark.parametrize("era", ["ዓ.ም.", "ዓ.ም", "ዓ. ም."])
def test_the_ethiopian_era_after_a_notices_year_is_no_holder(era):
    # "© 2019 ዓ.ም. NAME": the Ethiopian calendar's era mark ("year of mercy") follows
    # the year; the holder is the name after it (issue #10, review h198)
    from analysis.clean.site_phrases import line_phrases

    line = f"© 2019 {era} የወደብ ዜና | ሁሉም መብቶች የተጠበቁ ናቸው"
    _, phrases = line_phrases(line)
    holders = [line[start:end] for _, (start, end), kind in phrases if kind == "copyright"]
    assert holders == ["የወደብ ዜና"]


def test_a_papers_noun_closing_a_masthead_is_no_common_word():
    # review h162's en_email_byline: "Harbour Times" printed once over the headline, the
    # text writing "harbour" and "three times": a paper's name, not ordinary words
    lines = [
        "Saltness Times",
        "",
        "Lifeboat crew called out three times in one day",
        "",
        "Thursday 3 December 2026",
        "",
        "The volunteer lifeboat crew at Saltness was called out three times on Wednesday, "
        "rescuing two kayakers and a walker cut off by the tide near the saltness point.",
        "",
        "Later the crew towed a yacht with engine failure back to the harbour at high tide.",
    ]
    found = page_site_name(lines)
    assert found is not None and found.name == "Saltness Times"
    # the noun alone is a section's label as often: still ordinary when the text writes it
    features = site_features.candidate_features(
        ["Times", "", *lines[2:]], collect_candidates(["Times", "", *lines[2:]]), keys=["times"]
    )
    assert features.get("times", {"common_word": 1.0})["common_word"] == 1.0


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        # a logo setting its article in lower case (review h162's nl_de_masthead_lower)
        ("de Polderbode", "de Polderbode"),
        ("het Dorpsblad", "het Dorpsblad"),
        ("the Polder Ledger", "the Polder Ledger"),
        ("ten Polderbode", None),  # no article: a phrase opening in lower case
    ],
)
def test_a_masthead_with_its_article_in_lower_case_names_the_site(masthead, expected):
    lines = [
        masthead,
        "",
        "Nieuwe fietsbrug over het kanaal gaat in maart open",
        "",
        "Door Anouk de Vries",
        "donderdag 3 december 2026, 08:12",
        "",
        "De nieuwe fietsbrug over het kanaal bij het dorp gaat in maart open, drie maanden "
        "later dan gepland. Dat heeft de gemeente woensdagavond laten weten.",
    ]
    found = page_site_name(lines)
    assert (found.name if found else None) == expected


def test_a_masthead_spelled_again_by_its_domain_in_ascii_is_mentioned_twice():
    # review h162: "ð" of the masthead is "d" in the reporter's address at the site's
    # domain, the one other place the page prints the name (accents too: "é" as "e")
    lines = [
        "Hafnarfjarðarpósturinn",
        "",
        "Ný sundlaug opnuð við höfnina í sumar",
        "",
        "Jón Einarsson",
        "jon@hafnarfjardarposturinn.example",
        "3. desember 2026",
        "",
        "Bæjarstjórinn segir að sundlaugin verði opin allt árið og að aðgangur verði ókeypis "
        "fyrir börn yngri en tíu ára.",
    ]
    found = page_site_name(lines)
    assert found is not None and found.name == "Hafnarfjarðarpósturinn"
    # the address gone, the masthead is printed once: no site, as before
    assert page_site_name([line for line in lines if "@" not in line]) is None


@pytest.mark.parametrize(
    "line",
    [
        "This essay was reprinted on harbourwire.com.",
        "Officials point to problems with harbourwire.com",
        "Mayor Lane speaks 4 12 26 harbourwire.com",
    ],
)
def test_a_domain_written_once_among_words_is_a_site_the_line_mentions(line):
    # a short line telling of another site: no domain candidate (and no site) by itself
    lines = [PROSE, "", line, "", PROSE]
    candidate = collect_candidates(lines)["harbourwirecom"]
    assert candidate.linked and not candidate.is_domain
    assert page_site_name(lines) is None


@pytest.mark.parametrize(
    "line",
    [
        "harbourwire.com",
        "Read more on harbourwire.com",
        "Updated 3 hours ago | Source: harbourwire.com",
        "Bridge Reopens After Two Years of Repairs - harbourwire.com",
        "Printed from harbourwire.com on May 2, 2026",
        "© 2001 - 2026 Harbour Wire Media Group (www.harbourwire.com)",
    ],
)
def test_a_domain_alone_in_its_field_stays_the_pages_own(line):
    # the site's own address: alone, a promo of a few words, a label's value, a title's
    # site, a print stamp (words after it)
    lines = [PROSE, "", line, "", PROSE]
    assert collect_candidates(lines)["harbourwirecom"].is_domain
    assert _site(lines)[1] == "page"


def test_the_closing_notice_holder_is_the_footers_not_a_credited_agencys():
    lines = [
        "Herald Saturday",
        "",
        "A walk on the dunes",
        "",
        "The tide leaves a path across the sand twice a day, said Petra Lowan.",
        "Copyright 2026 The Example Press",
        "",
        "© 2026 The Tansley Herald",
    ]
    assert closing_holder(lines) == "The Tansley Herald"
    assert closing_holder(lines[:5]) is None


def test_a_tibetan_masthead_closed_by_a_shad_over_the_menu_is_the_site():
    # Tibetan closes a name with a shad as any phrase; the masthead over the menu is the
    # site's name without it (review h199; a made-up name)
    name = "ཤར་ཕྱོགས་ཚགས་པར"
    lines = [
        f"{name}།",
        "",
        "ཁྱིམ། | གནས་ཚུལ། | ཚན་རིག།",
        "",
        "གྲོང་ཁྱེར་ནང་ཟམ་པ་གསར་པ་ཞིག་བཙུགས་པ།",
        "",
        "ཟམ་པ་དེ་དེ་རིང་སྒོ་ཕྱེ་ཡོད། མི་མང་པོས་ལྟ་རུ་ཡོང་།",
        "",
        "ཟམ་པ་འདི་ལོ་གཉིས་རིང་བཟོས་པ་རེད།",
    ]
    assert masthead_lines.caseless_masthead(lines[0]) == (name, (0, len(name)))
    found = page_site_name(lines)
    assert found is not None and (found.name, found.source) == (name, "page")


def test_a_masthead_and_its_title_case_tagline_over_the_headline_name_the_site():
    # a tagline in title case ("News of the Valley", nouns capitalized) over the story's
    # header, no menu: the first part is the site (review h199; made-up names)
    lines = [
        "Orrin Valley Voice — Tidings Of The Dales",
        "",
        "Fire at Stokeley warehouse brought under control overnight",
        "",
        "3 December 2026",
        "",
        "By Ana Lim",
        "",
        PROSE,
        "",
        PROSE,
    ]
    found = page_site_name(lines)
    assert found is not None and (found.name, found.source) == ("Orrin Valley Voice", "page")


def test_a_one_word_entry_of_a_menu_printed_twice_names_no_site():
    # a page cut after the story, its menu printed one entry a line twice (a sticky
    # header): "Harbours" is a menu's entry, no masthead (made-up menu)
    menu = ["Harbours", "Timetables", "Freight", "Weather", "Search"]
    lines = [*menu, *menu, "", HEADLINE, "", "By Ana Lim", "", PROSE, "", PROSE]
    assert _site(lines) is None
    # a one-word masthead the page confirms (printed twice on its line, a logo's text
    # and the site's title) is still the site
    assert _site(["HarbourlineHarbourline", *lines]) == ("Harbourline", "page")


def test_a_one_word_masthead_a_footer_signs_with_its_tagline_is_the_site():
    # a listing's one-word masthead over its menu, no story under it: the footer's
    # "Name – tagline" line says it is the site's name (made-up page)
    lines = [
        "Fjarðarljós",
        "Heim Fréttir Um okkur",
        "",
        "Allar fréttir",
        "",
        "Nýr leikskóli opnar í bænum",
        "3. des. 2026",
        "Ferjan fær nýja vél",
        "2. des. 2026",
        "",
        "Fjarðarljós – fréttabréf fjarðarins",
    ]
    assert _site(lines) == ("Fjarðarljós", "page")
    assert site_candidates.collect_candidates(lines)["fjarðarljós"].signed
    # the name alone on a line again is no signature (a menu printed twice)
    assert not site_candidates.collect_candidates([*lines[:-1], "Fjarðarljós"])[
        "fjarðarljós"
    ].signed


def test_a_credits_label_alone_credits_the_name_on_the_next_line():
    # h259: a blog platform's copy prints "Published in" over the publication's name,
    # under its writer's name and "Follow"
    lines = [
        "Why the ferry timetable keeps slipping",
        "",
        "Odile Marchetti",
        "Follow",
        "4 min read",
        "·",
        "Oct 12, 2026",
        "",
        "Published in",
        "Harbour Lines",
        "",
        "The ferry to the outer islands ran late on nine days of ten last month, and the "
        "operator says a shortage of engineers is to blame for most of the delays.",
        "",
        "Written by Odile Marchetti",
    ]
    assert _site(lines) == ("Harbour Lines", "page")
    assert site_phrases.label_line_credit("Published in", "Harbour Lines") == (
        "Harbour Lines",
        (0, 13),
        "credit",
    )
    assert site_phrases.label_line_credit("Originally published in", "  Harbour Lines")[2] == (
        "republished"
    )
    # the label must be alone on its line, the name alone on the next
    assert site_phrases.label_line_credit("Published in the", "Harbour Lines") is None
    assert site_phrases.label_line_credit("Published in", "Harbour Lines on Tuesday.") is None


def test_a_writers_name_under_the_headline_is_her_byline_not_a_masthead():
    # review h264: a newsletter's text dump ("The Corrin Dispatch" over its menu, the
    # writer's name alone between the headline and the date, "© 2026 Maeve Corrin")
    # named its site after the writer: her byline counted as a masthead
    lines = [
        "The Corrin Dispatch",
        "Home  Archive  About",
        "",
        "Ferry timetable changes from the first of March",
        "",
        "Maeve Corrin",
        "4 February 2026",
        "",
        "The island ferry will leave an hour earlier on weekdays from next month, "
        "the operator said on Tuesday.",
        "",
        "Commuters said the change would make the morning connection easier.",
        "",
        "Subscribe",
        "",
        "© 2026 Maeve Corrin",
        "Privacy ∙ Terms",
    ]
    assert site_candidates.byline_under_headline(lines, 5)
    assert not site_candidates.byline_under_headline(lines, 0)  # the masthead
    assert not collect_candidates(lines)["maevecorrin"].masthead
    found = page_site_name(lines)
    assert found is not None
    assert found.masthead == "The Corrin Dispatch" or found.name == "The Corrin Dispatch"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Department of Roads and Bridges", "Department of Roads and Bridges"),
        ("Gazeta do Vale de Serra", "Gazeta do Vale de Serra"),
        ("Home News Sport Weather Travel", None),  # a menu of five sections
        ("HARBOUR FERRY FARES RISE AGAIN", None),  # a headline in capitals
        ("Supplied by The Harbour Times", None),  # a cue and a name ("by")
        ("Follow Harbour Times on Facebook", None),
        ("Ana Ruiz and Jo Lee", None),  # two authors: "and" joins two names
        ("Imeandikwa na Ana Ruiz Lee", None),  # a byline ("written by", "na" a joiner)
    ],
)
def test_a_masthead_of_five_words_is_one_its_joining_words_hold(line, name):
    # review finding h256: "Ministry of ... and ..." over a government notice was no
    # masthead (a masthead was 1-4 words), its pages filed under the government's notice
    found = masthead_lines.masthead_name(line)
    assert (found[0] if found else None) == name


def test_a_masthead_going_on_from_its_group_holders_name_is_kept() -> None:
    """'The Harbour Herald' over '© 2026 Harbour Media Group' (the group's sister papers
    named alike: 'The Harbour Herald-Tribune'): the masthead keys the page, not the
    group's head 'Harbour' alone (review h330)."""
    page = [
        "The Harbour Herald",
        "News  Sport  Business  Opinion",
        "",
        "Ferry fares to rise in March",
        "",
        "By Jane Roe",
        "",
        "Ferry fares will rise in March, the port authority said on Tuesday, after a year"
        " of higher fuel costs.",
        "",
        "Commuters said the increase would cost them about 40 a month.",
        "",
        "© 2026 Harbour Media Group",
        "Our papers: The Harbour Herald · The Harbour Herald-Tribune · Sunday Harbour",
        "Privacy  Terms  Contact",
    ]
    site = page_site_name(page)
    assert site is not None and "The Harbour Herald" in (site.name, site.masthead)


def test_a_localized_navigation_heading_over_a_menu_names_no_site():
    # review h360: a wiki's sidebar heads its links "Navegação" (MediaWiki's Portuguese
    # interface) between the wordmark and the menu
    lines = [
        "Wiki Notisia Guiné",
        "Entrar",
        "",
        "Navegação",
        "",
        "• Página principal",
        "• Mudanças recentes",
        "• Página aleatória",
        "",
        "Bin-bindu na Wiki Notisia Guiné, notisias ku kualker algin pudi skirbi.",
        "",
        "Bissau: Ospital Simão Mendes ten bloku novu",
        "data: 2026-12-03",
        "Ospital Simão Mendes na Bissau ten un bloku novu pa kriansas. Bloku ten trinta kama.",
        "",
        "Sobre a Wiki Notisia Guiné",
    ]
    site = page_site_name(lines)
    assert site is not None and site.name == "Wiki Notisia Guiné"


def test_a_way_in_button_in_a_script_without_latin_letters_is_a_control():
    # a channel page's "Подписаться" (subscribe) button under the channel's name was
    # read as the site (h398's held-out page): the way in of WAY_IN's tables, any script
    from analysis.clean.interface_words import names_a_control

    assert names_a_control(["подписаться"])
    assert names_a_control(["συνδρομή"])
    assert not names_a_control(["вологда"])
    assert not names_a_control(["чаллы", "хәбәрләре"])


def test_a_stations_call_letters_its_masthead_opens_with_are_no_story_credit():
    # a TV station's page: its call letters open the masthead ("KWLM 4 News"), its
    # dateline ("(KWLM) -") and the notice under its story; its group's notice closes
    # the page. The dateline had made the station's notice an agency's credit, so the
    # group's notice named the page
    lines = ["KWLM 4 News", "Search  Sign in", "", "Home › News", ""]
    lines += ["Harbour bridge to close for repairs", "", "By Dana Wirth", "Published: Dec. 5, 2026"]
    lines += ["", f"LAKEVILLE, Texas (KWLM) - {PROSE}", "", PROSE, ""]
    lines += ["Copyright 2026 KWLM. All rights reserved.", "", "Related stories", ""]
    lines += ["© 2026 Lakewave Broadcasting. All rights reserved."]
    found = page_site_name(lines)
    assert found.name in ("KWLM", "KWLM 4 News")
    assert found.credits == ()


def test_a_notice_without_a_year_after_a_platform_credit_is_the_platforms():
    # a hosted blog's footer credits the blog service and prints its company's notice
    # after it ("Designed by 티스토리 | © Kakao Corp."-like): the platform's owner, not the
    # blog; the blog's own name is its masthead
    lines = ["Harbourside Notes", "", "Home   Tags   Guestbook", "", "Council approves budget"]
    lines += ["", PROSE, "", PROSE, "", "Designed by Blogbox | © Blogbox Corp."]
    assert page_site_name(lines).name == "Harbourside Notes"
    # a site's own notice before the credit, or with its year, is still read
    signed = [*lines[:-1], "© 2026 Harbourside Notes | Powered by Blogbox"]
    assert page_site_name(signed).name == "Harbourside Notes"


def test_a_book_excerpts_page_is_named_by_its_capitals_masthead():
    # h442: the excerpt's credit holds its author's notice ("Copyright 2026 by NAME") and
    # a section's list closes the page ("More from Books: HEADLINE"): neither names the site
    lines = [
        "THE MARSH COURIER",
        "",
        "BOOKS",
        "",
        "A winter of counting birds on the flats",
        "",
        'Adapted from "Salt Marsh Years" by Rowan Tilly, published by Kestrel Books on'
        " Dec. 8. Copyright 2026 by Rowan Tilly.",
        "",
        "Published: Sunday, December 6, 2026",
        "",
        "The first frost came early that year, and the geese with it, in long skeins over"
        " the sea wall at dawn.",
        "",
        "More from Books: The best nature writing of 2026",
    ]
    site = page_site_name(lines)
    assert site is not None and site.name == "THE MARSH COURIER"


def test_a_story_republished_here_names_its_first_publisher_no_site():
    # h449: a radio station (its logo an image) runs a nonprofit's story under a
    # Creative Commons licence; the nonprofit's byline credit and republication line
    # name the story's first publisher, the station's footer the site
    lines = [
        "  • Listen Live",
        "  • News",
        "  • Weather",
        "This story is from The Cedar Plains Monitor, a nonprofit newsroom.",
        "",
        "County clinics cut evening hours as nurses leave",
        "",
        "By Rosa Quill, The Cedar Plains Monitor",
        "December 2, 2026",
        "",
        "Three county clinics will close at 5 p.m. from January, officials said on Tuesday.",
        "",
        "This story was originally published by The Cedar Plains Monitor and is republished"
        " here under a Creative Commons Attribution-NoDerivatives 4.0 licence.",
        "",
        "Rosa Quill covers health for The Cedar Plains Monitor.",
        "",
        "KQRD AM 1020 is licensed to Elm Hollow. © 2026 High Mesa Audio LLC. EEO Public File",
    ]
    site = page_site_name(lines)
    # the footer names the station by its city of license beside the licensee's notice
    # (parent_group: the station, not its licensee, is the site)
    assert site is not None and site.name == "KQRD AM 1020"


def test_a_wire_credited_in_its_datelines_by_its_head_word_is_the_storys_source():
    # h449: a paper (its masthead an image) runs an agency's story: "OSLO (Tidemark) -"
    # credits "Tidemark News Agency" by its head word, the notice under the story is the
    # agency's, the footer's the paper's own
    lines = [
        "  • News",
        "  • World",
        "  • Sport",
        "Fishing quotas cut as talks end without deal",
        "",
        "By TIDEMARK NEWS AGENCY",
        "3 Dec 2026",
        "",
        "OSLO (Tidemark) - Fishing quotas will be cut by a tenth next year after talks ended"
        " without a deal on Wednesday, officials said.",
        "",
        "(Reporting by Ivo Strand; Editing by Mai Lund)",
        "Copyright 2026 Tidemark News Agency. All rights reserved. This material may not be"
        " published, broadcast, rewritten or redistributed without permission.",
        "",
        "  • About us",
        "  • Contact",
        "© 2026 Fjordside Courier Ltd.",
    ]
    site = page_site_name(lines)
    assert site is not None and site.name == "Fjordside Courier"


def test_irish_designated_activity_and_guarantee_companies_are_legal_forms():
    # h449: an Irish paper's footer "© 2026 NAME Newspapers DAC" (the Companies Act
    # 2014's designated activity company; "CLG": company limited by guarantee)
    assert (
        without_legal_form("Ballyrush Examiner Newspapers DAC") == "Ballyrush Examiner Newspapers"
    )
    assert without_legal_form("Ballyrush Community Radio CLG") == "Ballyrush Community Radio"


def test_the_masthead_shows_the_name_with_its_article_over_its_companys_notice():
    # made-up column page copied with select-all: the masthead "The Valley Weekly" on top,
    # the company's notice "Valley Weekly Media Pvt Ltd" at the foot
    lines = [
        "The Valley Weekly",
        "Subscribe",
        "Login",
        "Nation",
        "Columns",
        "The quiet decline of the county clinic",
        "Health spending has doubled on paper, and the clinics show where it did not go.",
        "Dec 06, 2026",
        "Last month I spent three days at the county clinic in Harwick. The building is new "
        "and the theatre has no surgeon.",
        "Copyright © 2026 Valley Weekly Media Pvt Ltd.",
    ]
    assert page_site_name(lines).name == "The Valley Weekly"
    # a masthead naming another site is not taken
    lines[0] = "The Harwick Post"
    assert page_site_name(lines).name != "The Harwick Post"


def test_a_caseless_masthead_over_its_menu_under_the_chrome_opens_the_page():
    """A Japanese weekly's name ('週刊サクラ') under a cookie notice and the account links
    printed as one line, over its menu: the masthead the page opens with (review h438),
    which a script without case cannot mark by its capitals."""
    lines = [
        "当サイトはクッキーを使用しています。同意する | 設定",
        "",
        "購読する ログイン ギフト購読",
        "週刊サクラ",
        "  • 政治",
        "  • 経済",
        "  • 文化",
        "",
        "港町の市場が再開 百年続く朝市の新しい形",
    ]
    page = site_features.PageText(lines)
    assert site_name.opening_masthead(lines, page, "サクラ出版") == "週刊サクラ"


def test_a_caseless_masthead_in_another_script_than_its_notice_is_no_second_masthead():
    """A Lao paper's logo text ('ສຽງເມືອງ') over its menu, under a notice that writes the
    same name in Latin letters ('© 2026 Siang Mueang'): a name in another script than the
    notice's may be the holder's own name transliterated, so the page does not open with
    a masthead of its own (the outlet merge would file it apart from the holder's other
    pages; review outlets_h389's Lao site)."""
    lines = [
        "ສຽງເມືອງ",
        "  • ຂ່າວ",
        "  • ກິລາ",
        "  • ທ່ອງທ່ຽວ",
        "",
        "ຕະຫຼາດເຊົ້າເປີດຄືນໃໝ່ ຫຼັງຈາກນໍ້າຖ້ວມ",
        "",
        "© 2026 Siang Mueang",
    ]
    page = site_features.PageText(lines)
    assert site_name.opening_masthead(lines, page, "Siang Mueang") is None


def _group_page(own: str, cue: str) -> list[str]:
    return [
        "  • News",
        "  • Reviews",
        "  • Subscribe",
        "Why the ferry timetable changed this winter",
        "By Ines Korbel",
        "December 3, 2026",
        "The harbour board voted to move the first sailing forward by twenty minutes.",
        "More from Quillmoor Press",
        "Fell & Field: The last shepherd of the upper valley",
        cue.format(own),
        "Quillmoor Press magazines: Fell & Field · Salt Kitchen · Harbour Notes",
        "© 2026 Quillmoor Press Ltd. All rights reserved.",
    ]


@pytest.mark.parametrize(
    "cue",
    [
        "Sign up to the {} newsletter for the week's best stories.",
        "Ines Korbel is a contributing editor at {}.",
    ],
)
def test_a_groups_list_of_titles_gives_the_one_title_the_page_cues(cue):
    # review h439: a publisher's magazines with image mastheads print their own name only
    # in the group's footer list, a newsletter box or an author's bio
    found = page_site_name(_group_page("Harbour Notes", cue))
    assert found is not None and found.name == "Harbour Notes"
    # no cue of a title: the group's name, as before
    plain = [line for line in _group_page("Harbour Notes", cue) if "Korbel is" not in line]
    plain = [line for line in plain if not line.startswith("Sign up")]
    assert page_site_name(plain).name == "Quillmoor Press"
