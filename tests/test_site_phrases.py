"""A top line that is only a site's name (analysis.clean.masthead_lines.masthead_name)."""

from __future__ import annotations

import unicodedata

import pytest

from analysis.clean.masthead_lines import masthead_name, plain_masthead
from analysis.clean.site_phrases import line_phrases


@pytest.mark.parametrize(
    "line",
    [
        "L’Écho de la Garonne",  # French: a preposition and an article between the words
        "Diario de la Sierra",
        "Heraldo de los Valles",
        "La Gaceta del Puerto",  # one joining word, as before
    ],
)
def test_two_joining_words_hold_a_name_together(line):
    # review h272: "de la" between a name's capitalised words made a French masthead
    # no name, and the reader view printing it under the headline an unknown site
    assert masthead_name(line) == (line, (0, len(line)))


@pytest.mark.parametrize(
    "line",
    [
        "Le Courrier de l’Étang",  # an elided article glued to a later capitalized word
        "Gazzetta dell’Isola",
        unicodedata.normalize("NFD", "Le Réveil de Sèves"),  # a macOS copy's marks
    ],
)
def test_an_elided_article_or_a_decomposed_letter_keeps_a_name_whole(line):
    # review h272 pages_b: "Le Progrès de l’Aubrac", in NFD, was no name
    assert masthead_name(line) == (line, (0, len(line)))


@pytest.mark.parametrize("line", ["Home News Sport Weather Travel", "By Jane Roe", "- Ferry News"])
def test_a_menu_a_byline_or_a_list_item_is_no_name(line):
    assert masthead_name(line) is None


@pytest.mark.parametrize(
    "line", ["News  Sport  Outdoors  Letters", "Home   Local   Business", "News\tSport\tLetters"]
)
def test_a_menu_copied_with_wide_gaps_is_no_name(line):
    # review h272: a browser's copy of a page whose masthead is an image opened with its
    # menu, four capitalised words two spaces apart, read as the site's name
    assert masthead_name(line) is None
    assert masthead_name("Hollow Bay Gazette") is not None  # a name's words one space apart


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© 2026 24 Ore Pontebba - P.IVA 01234560999", "24 Ore Pontebba"),
        ("© 2026 5 Valley Courier. All rights reserved.", "5 Valley Courier"),
        ("© 2026 Marsh Star", "Marsh Star"),
    ],
)
def test_a_notice_holder_may_open_with_a_count(line, name):
    # review h280: "© 2026 24 Ore Valsesia" named no holder (a name opening with a
    # number), and the copies printing it were of no site
    _, phrases = line_phrases(line)
    assert (name, "copyright") in [(p, kind) for p, _, kind in phrases]


def test_a_count_heading_a_title_is_still_no_masthead():
    # a listicle's headline over the story stays no masthead: the count is read in a
    # notice only
    assert masthead_name("12 Ways To Save") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© 2026 The St. Kerran Observer. All rights reserved.", "The St. Kerran Observer"),
        ("© 2026 Mt. Alder Tribune", "Mt. Alder Tribune"),
        ("© 2026 Ft. Bellow Sentinel | Privacy", "Ft. Bellow Sentinel"),
        ("© 2026 AP. All rights reserved.", "AP"),  # capitals, no shortened word
    ],
)
def test_a_notice_holder_may_open_with_a_shortened_word(line, name):
    # review h280: "© 2026 The St. Brenock Observer" read "The St", so every "St."
    # paper's notice was one key, 'name:st'
    _, phrases = line_phrases(line)
    assert (name, "copyright") in [(p, kind) for p, _, kind in phrases]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("MARSHFIELD REPORT®", "MARSHFIELD REPORT"),  # review h280
        ("📰 Kelby Crier", "Kelby Crier"),
        ("Kelby Crier™", "Kelby Crier"),
        ("☀️ Kelby Crier", "Kelby Crier"),  # an emoji with its variation selector
    ],
)
def test_a_mastheads_decoration_is_no_part_of_its_name(line, name):
    found = masthead_name(line)
    assert found is not None and found[0] == name
    assert line[found[1][0] : found[1][1]] == name


def test_a_copyright_sign_opening_a_line_is_kept():
    assert masthead_name("© 2026 Kelby Crier") is None


@pytest.mark.parametrize(
    "line", ["Shared from Example News", "Sent from my phone", "Shared via Example App"]
)
def test_a_share_sheets_line_is_no_masthead(line):
    # the app's line over a story it sent (an e-mailed share): never the site's name
    # (review h287)
    assert masthead_name(line) is None
    assert plain_masthead(line) is None


def test_a_works_author_holding_its_notice_is_no_holder():
    # h442: a book excerpt's credit line names its author's copyright, not the site's
    line = (
        'Adapted from "Salt Marsh Years" by Rowan Tilly, published by Kestrel Books on'
        " Dec. 8. Copyright 2026 by Rowan Tilly."
    )
    assert all(kind != "copyright" for _, _, kind in line_phrases(line)[1])
    # a site's own notice, "by" and all (a site builder's footer), still is one
    footer = "© 2026 by The Marsh Courier. Proudly created with an online builder."
    assert ("The Marsh Courier", "copyright") in [(p, k) for p, _, k in line_phrases(footer)[1]]


def test_a_sections_more_list_is_no_site_cue():
    # h442: "More from Books: HEADLINE" heads a section's list; "More from NAME" alone
    # is the site's promo
    assert line_phrases("More from Books: The best nature writing of 2026")[1] == []
    assert [p for p, _, k in line_phrases("More from The Marsh Courier")[1] if k == "cue"] == [
        "The Marsh Courier"
    ]


def test_a_notice_quoting_its_holder_in_guillemets_holds_the_quoted_name():
    # h449: a Russian broadcaster's footer writes its company as "ООО «NAME»": the name
    # in the guillemets holds it, without the generic noun that opens it
    line = "© 2026 ООО «Телерадиокомпания Кедровый берег». Kedrovy Bereg TV. 18+"
    assert [(p, k) for p, _, k in line_phrases(line)[1] if k == "copyright"] == [
        ("Кедровый берег", "copyright")
    ]
    assert [p for p, _, k in line_phrases("© Телеканал «Кедровый берег», 2026")[1]] == [
        "Кедровый берег"
    ]
    # a work quoted after the holder's sentence is no holder
    line = "© 2026 Example News. Photo «Morning Tide»"
    assert [p for p, _, k in line_phrases(line)[1] if k == "copyright"] == ["Example News"]


def test_a_broadcasters_channel_number_stays_inside_its_name():
    # review h447 (latest_river_video_en_us): "Download the Channel 9 News app" and
    # "Channel 9 News Network" named "News" the site (the name's words stopped at the
    # number), over the masthead and the notice's "Channel 9 News Network"
    from analysis.clean.site_name import page_site_name

    assert [p for p, _, k in line_phrases("Harbor 7 News Network")[1] if k == "cue"] == [
        "Harbor 7 News"
    ]
    lines = [
        "Harbor 7 News Network",
        "Watch Live",
        "",
        "Latest News",
        "",
        "Ferry fares will rise again next year, the council says",
        "",
        "Officials said on Friday that the harbour bridge would close for repairs.",
        "",
        "Download the Harbor 7 News app",
        "© 2026 Harbor 7 News Network. All rights reserved.",
    ]
    assert page_site_name(lines).name == "Harbor 7 News Network"
