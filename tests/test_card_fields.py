"""analysis.clean.card_fields and card_lines: one card's title, outlet, byline and time."""

from __future__ import annotations

import pytest
from page_checks import assert_accounts_for_every_character

from analysis.clean.articles import extract_articles
from analysis.clean.card_fields import (
    author_for,
    card_header,
    holds_headline,
    is_outlet_name,
    meta_fields,
    title_span,
)
from analysis.clean.card_lines import find_time, line_kind, line_kinds
from analysis.clean.listing import find_cards
from analysis.clean.segment import segment_page

TEXT = (
    "Officials said on Friday that the harbour bridge would close for repairs over the "
    "summer, and that ferries would run every ten minutes while the work goes on."
)


def _values(line: str, fields) -> dict[str, str]:
    return {f.field: line[f.start : f.end] for f in fields}


@pytest.mark.parametrize("day", ["Wednesday", "Saturday", "Monday", "Thu."])
def test_a_week_day_before_a_date_is_not_an_outlet(day):
    line = f"{day}, August 10, 2016 2:23 PM"
    assert line_kind(line) == "meta"
    assert "outlet" not in _values(line, meta_fields(0, line))


@pytest.mark.parametrize("day", ["Onti", "Yesterday", "Ontem"])
def test_a_relative_day_before_a_cued_byline_is_the_cards_age_not_its_outlet(day):
    # 'AGE · by NAME' (an aggregator's card): the word for "yesterday" (Kabuverdianu's
    # "onti", CLDR kea) is the card's age, never a site's name before the cue
    line = f"{day} · Pa Lourenço Fortes"
    assert _values(line, meta_fields(0, line)) == {
        "relative_time": day,
        "byline": "Lourenço Fortes",
    }


@pytest.mark.parametrize(
    "line",
    ["Festival to open on 27 March, council says", "항구 축제, 내년 일정 3월 27일 확정"],
)
def test_a_date_inside_a_headline_with_a_comma_is_no_meta_line(line):
    # a comma parts a headline's clauses; a date inside one is the story's, not a
    # field of a date line ("Jane Roe, 3 Dec 2026": the comma sets the date off)
    assert line_kind(line) == "title"
    assert line_kind("Jane Roe, 3 Dec 2026") == "meta"
    assert line_kind("3 December 2026, Jane Roe") == "meta"
    # the comma before the date's clock time is the date's own
    assert line_kind("Jane Roe Thu Dec 03 2026, 10:20 Town news") == "meta"


def test_a_sentence_starting_with_in_is_not_a_source_cue():
    line = "In criticizing the mayor, hints the budget leaked"
    assert line_kind(line) == "title"
    assert line_kind("In City Post:") == "meta"
    assert _values("From citypost.com", meta_fields(0, "From citypost.com")) == {
        "outlet": "citypost.com"
    }


@pytest.mark.parametrize(
    "line", ["In Senate, complex fight over curbing assaults", "In Ohio, voters weigh a levy"]
)
def test_a_headline_opening_with_in_and_a_place_is_no_source_cue(line):
    # "In Place, ..." opens a headline; "In Outlet" and "In Outlet:" name a source
    assert line_kind(line) == "title"
    assert _values("In City Post", meta_fields(0, "In City Post")) == {"outlet": "City Post"}
    cards = [
        f"{head}\nDecember {k + 1}, 2026\n{TEXT}"
        for k, head in enumerate(
            ["Council approves the harbour budget", line, "Bridge opens early"]
        )
    ]
    page = "Harbour Daily\n\nSearch results\n\n" + "\n\n".join(cards) + "\n\n© 2026 Harbour Daily\n"
    articles = extract_articles(page, name="search.txt")
    assert line in articles["title"].tolist()
    assert set(articles["outlet"]) == {"Harbour Daily"}


@pytest.mark.parametrize(
    ("line", "name"),
    [("di Anna Rossi", "Anna Rossi"), ("von Hans Meier und Eva Roth", "Hans Meier und Eva Roth")],
)
def test_a_byline_in_another_language_is_a_byline(line, name):
    assert line_kind(line) == "meta"
    assert _values(line, meta_fields(0, line)) == {"byline": name}


def test_a_headline_starting_with_a_lower_case_particle_is_not_a_byline():
    assert line_kind("de Blasio wins a second term as mayor") == "title"


@pytest.mark.parametrize(
    "line",
    ["Harbour bridge shuts all summer | CITY POST", "CITY POST | Harbour bridge to close"],
)
def test_the_shorter_side_of_a_bar_is_the_outlet(line):
    title, outlet, _ = title_span(line)
    assert line[slice(*outlet)] == "CITY POST"
    assert "CITY POST" not in line[slice(*title)]


def test_a_dash_before_a_lower_case_clause_does_not_cut_a_headline():
    line = "Jumping Into Darkness — and History"
    title, outlet, _ = title_span(line)
    assert outlet is None
    assert line[slice(*title)] == line


def test_a_headline_with_a_comma_and_its_date_in_brackets_is_a_headline():
    line = "Mayor opens the bridge, ferries stop for good (March 2)"
    assert line_kind(line) == "title"
    title, outlet, time = title_span(line)
    assert line[slice(*title)] == "Mayor opens the bridge, ferries stop for good"
    assert line[slice(*time)] == "March 2"
    assert outlet is None


def test_the_title_keeps_its_dash_part_when_the_outlet_is_on_another_line():
    lines = ["Bridge Reopens — Harbour Ferries Stop", "14:05 | North Gazette"]
    header = card_header(lines, line_kinds(lines), 0, [1])
    values = {f.field: lines[f.line_no][f.start : f.end] for f in header.fields}
    assert values["outlet"] == "North Gazette"
    assert values["title"] == "Bridge Reopens — Harbour Ferries Stop"


def test_a_date_is_read_whole_not_only_its_day_and_month():
    line = "Updated June 2, 2025"
    assert line[slice(*find_time(line))] == "June 2, 2025"


@pytest.mark.parametrize(
    ("line", "time"),
    [("Kultūra · prieš 2 val.", "prieš 2 val"), ("Miestas · vakar", "vakar")],
)
def test_a_lithuanian_card_age_is_its_time(line, time):
    # h198: Lithuanian relative times (CLDR lt) were no time: the cards ran together
    assert line[slice(*find_time(line))] == time


def test_author_for_outlet_under_a_headline_is_byline_and_outlet():
    lines = ["Bridge talks collapse", "Harbour Tribune", "Jo Bloggs for The Harbour Post", "May 6"]
    header = card_header(lines, line_kinds(lines), 0, [1, 2, 3])
    values = {f.field: lines[f.line_no][f.start : f.end] for f in header.fields}
    assert values["outlet"] == "The Harbour Post"
    assert values["byline"] == "Jo Bloggs"
    assert author_for("Amanda Terkel, CITY POST for CITY POST") is not None
    assert author_for("Mayor pushes for a new vote") is None


def test_the_headline_above_an_author_for_outlet_line_is_the_title():
    lines = ["City Wire", ""]
    for title, author, outlet in [
        ("Bridge talks collapse overnight", "Jo Bloggs", "The Harbour Post"),
        ("Ferry firms bid for routes", "Ann Smith", "North Gazette"),
    ]:
        lines += ["Kicker", title, f"{author} for {outlet}", "May 6", "", TEXT, ""]
    cards = find_cards(lines)
    values = [{f.field: lines[f.line_no][f.start : f.end] for f in c.fields} for c in cards]
    assert [v["title"] for v in values] == [
        "Bridge talks collapse overnight",
        "Ferry firms bid for routes",
    ]
    assert [v["outlet"] for v in values] == ["The Harbour Post", "North Gazette"]


@pytest.mark.parametrize("rank", ["", "1. ", "#2 ", "No. 3: "])
def test_a_rank_number_before_a_bracketed_date_leaves_outlet_title_and_date(rank):
    line = f"{rank}[Oct. 29] THE HILL: Federal judge blocks the ban"
    title, outlet, time = title_span(line)
    assert line[slice(*title)] == "Federal judge blocks the ban"
    assert line[slice(*outlet)] == "THE HILL"
    assert line[slice(*time)].strip() == "[Oct. 29]"


def _outlet_and_category(lines: list[str], title_line: int) -> dict[str, str]:
    others = [i for i in range(len(lines)) if i != title_line]
    header = card_header(lines, line_kinds(lines), title_line, others)
    return {
        f.field: lines[f.line_no][f.start : f.end]
        for f in header.fields
        if f.field in {"outlet", "category"}
    }


@pytest.mark.parametrize(
    ("lines", "title_line", "outlet"),
    [
        # a kicker over a URL crumb: the crumb's domain is the outlet
        (["Politics", "citypost.com › news › 2019", "Harbour bridge to close"], 2, "citypost.com"),
        # a kicker over a lone domain line
        (["Analysis", "citypost.com", "Harbour bridge to close"], 2, "citypost.com"),
        # a kicker over a numbered headline naming its outlet
        (["World", "3. City Post: Harbour bridge to close"], 1, "City Post"),
    ],
)
def test_a_kicker_above_the_headline_is_the_section_when_the_card_names_its_outlet(
    lines, title_line, outlet
):
    found = _outlet_and_category(lines, title_line)
    assert found["outlet"] == outlet
    assert found["category"] == lines[0]


@pytest.mark.parametrize(
    ("name", "crumb"),
    [
        ("THE CITY POST", "thecitypost.com › news"),
        ("The North Valley Times", "nvtimes.com › 2012 › 11"),
        ("Herald US", "theherald.com › us-news"),
    ],
)
def test_a_name_over_its_own_domain_is_the_outlet(name, crumb):
    lines = [name, crumb, "Harbour bridge to close all summer"]
    assert _outlet_and_category(lines, 2)["outlet"] == name


def test_a_name_line_above_the_headline_is_the_outlet_when_it_is_the_only_one():
    lines = ["North Gazette", "2 hours ago", "Harbour bridge to close all summer"]
    assert _outlet_and_category(lines, 2) == {"outlet": "North Gazette"}


@pytest.mark.parametrize(
    ("line", "holds"),
    [
        ("North Gazette — Council votes to close the bridge — 3 hours ago", True),
        ("North Gazette\tCouncil votes to close the bridge\tFeb. 25, 2020", True),
        ("The North Valley Times · Oct. 14", False),
        ("by Jane Doe · The North Valley Times · 5h ago", False),
    ],
)
def test_a_meta_line_holds_a_headline_when_it_has_two_text_parts(line, holds):
    assert holds_headline(line) is holds


@pytest.mark.parametrize(
    ("line", "outlet", "date"),
    [
        ("Source: Harbour Daily | Dec 2, 2026", "Harbour Daily", "Dec 2, 2026"),
        ("Source: Harbour Daily · 2 December 2026", "Harbour Daily", "2 December 2026"),
        ("来源：南江晨报 2026-12-02", "南江晨报", "2026-12-02"),
        ("出典：港口日報", "港口日報", None),
        # an aggregator's footer: the date's comma and the words after it (h119 Q8)
        ("via Harbour Daily Nov 18, 2026 +2 more sources", "Harbour Daily", "Nov 18, 2026"),
        ("via The North Post · Dec 2, 2026", "The North Post", "Dec 2, 2026"),
    ],
)
def test_a_cued_source_stops_before_the_date_its_line_ends_with(line, outlet, date):
    # the date is the card's, not a part of the outlet's name (found by the reviewer
    # h77, K12: one outlet per date, no card dated)
    assert line_kind(line) == "meta"
    values = _values(line, meta_fields(0, line))
    assert values["outlet"] == outlet
    assert values.get("published") == date


def test_a_date_line_with_a_cjk_source_label_is_a_meta_line():
    assert line_kind("2026-12-03 18:30  来源：南江晨报") == "meta"


def test_an_outlet_line_over_a_date_line_under_the_teaser_names_the_cards_outlet():
    # an aggregator printing each card's source and date under its teaser, on two lines
    # (h119 Q8): the cards were filed under the aggregator
    cards = [
        ("Council approves harbour budget", "The Harbor Ledger", "17 November 2026"),
        ("Ferry returns to the northern route", "Plainsview Daily", "24 November 2026"),
        ("School board delays start-time vote", "Capitol Courant", "1 December 2026"),
    ]
    page = "Newsroll\n\nTop stories\n\n" + "\n\n".join(
        f"{title}\n{TEXT}\n{outlet}\n{date}" for title, outlet, date in cards
    )
    articles = extract_articles(page + "\n", name="agg.txt")
    assert articles["title"].tolist() == [title for title, _, _ in cards]
    assert articles["outlet"].tolist() == [outlet for _, outlet, _ in cards]
    assert articles["published"].tolist() == ["2026-11-17", "2026-11-24", "2026-12-01"]


@pytest.mark.parametrize(
    "line",
    [
        "Rabu, 02 Des 2026 14:05 WIB",
        "Thứ tư, 2/12/2026, 07:30 (GMT+7)",
        "Quarta-feira, 2 de dezembro de 2026",
        "Çarşamba, 2 Aralık 2026",
        "Środa, 2 grudnia 2026",
        "수요일, 2026년 12월 2일",
    ],
)
def test_a_weekday_before_a_date_is_no_outlet_in_any_language(line):
    # the day's name opening a card's date line was read as the card's outlet
    fields = meta_fields(0, line)
    assert [f.field for f in fields] == ["published"]


def test_a_name_before_a_date_is_still_an_outlet():
    line = "Harbour Daily, 2 Dec 2026"
    fields = meta_fields(0, line)
    assert [(f.field, line[f.start : f.end]) for f in fields if f.field == "outlet"] == [
        ("outlet", "Harbour Daily")
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("3 de diciembre de 2026 | Por Javier Moreno", "Javier Moreno"),
        ("vor 35 Minuten · von Katrin Weber", "Katrin Weber"),
        ("12 maggio 2026 - di Mario Rossi", "Mario Rossi"),
        ("김민지 기자 · 5분 전", "김민지"),
    ],
)
def test_a_byline_in_the_page_language_beside_the_date_is_a_byline(line, name):
    # a language's own word for "by" was read only when it opened the line, a
    # reporter's role after the name only when nothing else was on it
    fields = meta_fields(0, line)
    assert [line[f.start : f.end] for f in fields if f.field == "byline"] == [name]
    assert "outlet" not in {f.field for f in fields}


@pytest.mark.parametrize(
    "line",
    [
        "Het laatste veer van Zeeland ................................ 6",
        "Boeren tegen de zoutwaterdijk . . . . . . . 14",
        "Waarom de mossel verdwijnt ____ 30",
    ],
)
def test_a_contents_pages_leader_and_page_number_are_no_part_of_the_headline(line):
    # a print edition's contents (pdftotext): the page number was the headline's end (h135)
    title, outlet, _ = title_span(line)
    assert not any(ch.isdigit() for ch in line[slice(*title)])
    assert line[slice(*title)].rstrip(" ._") == line[slice(*title)]
    assert outlet is None


def test_a_contents_pages_cards_keep_their_headlines_without_page_numbers():
    lines = ["THE HARBOUR WEEKLY", "", "CONTENTS", ""]
    titles = ["The last ferry of the bay", "Farmers against the new dike", "Why the mussels vanish"]
    for title, page in zip(titles, (6, 14, 22), strict=True):
        lines += [f"{title} {'.' * (60 - len(title))} {page}", "By Jane Doe", TEXT, ""]
    page = "\n".join(lines)
    articles = extract_articles(page, name="contents.txt")
    assert list(articles["title"]) == titles
    assert_accounts_for_every_character(segment_page(page, "contents.txt"), page)


@pytest.mark.parametrize(
    "line", ["Αστέρας Λιμένος – Πρωτέας Κάμπου 2-0", "Harbour United – Castle Rovers 1:1"]
)
def test_a_matchs_result_is_a_headline_not_an_outlet_and_a_title(line):
    # two names and the score: "Team A" was the outlet of "Team B 2-0" (h135)
    title, outlet, _ = title_span(line)
    assert outlet is None
    assert line[slice(*title)] == line


def test_an_outlet_before_a_headline_ending_in_a_score_stays_the_outlet():
    line = "North Gazette — Lakers beat Celtics 110-102"
    title, outlet, _ = title_span(line)
    assert line[slice(*outlet)] == "North Gazette"
    assert line[slice(*title)] == "Lakers beat Celtics 110-102"


def test_a_sports_pages_results_keep_their_scores_and_reporters():
    lines = ["Αθλητική Ηχώ", "", "Αποτελέσματα — 13η αγωνιστική", ""]
    results = [
        ("Αστέρας Λιμένος – Πρωτέας Κάμπου 2-0", "Νίκος Παπαδάκης"),
        ("Ολυμπιάδα Βορρά – Ακρίτας 1-1", "Μαρία Κωνσταντίνου"),
        ("Νέα Αιγιάλεια – Θύελλα Πεδιάδας 0-3", "Ελένη Μαυρίδου"),
    ]
    for title, reporter in results:
        lines += [title, TEXT, f"Ρεπορτάζ: {reporter}", ""]
    lines += ["© 2026 Αθλητική Ηχώ"]
    articles = extract_articles("\n".join(lines), name="results.txt")
    assert list(articles["title"]) == [title for title, _ in results]
    assert list(articles["byline"]) == [reporter for _, reporter in results]
    assert set(articles["outlet"]) == {"Αθλητική Ηχώ"}


def test_a_print_editions_page_label_over_each_card_is_no_outlet():
    # review h135 (L6): "Page 2 — News" over each headline of an issue's index was each
    # card's outlet; a number ends a part of it, as "Episode 29" ends (no name)
    assert not is_outlet_name("Page 2 — News")
    assert not is_outlet_name("Strana 14 — Sport")
    assert is_outlet_name("Il Sole 24 Ore")
    lines = ["THE HARBOUR WEEKLY", "", "IN THIS ISSUE", ""]
    cards = [
        ("Page 2 — News", "Council raises the waste fee", "The council voted on Tuesday."),
        ("Page 5 — Region", "Hospital opens a ward", "The ward will be ready in March."),
        ("Page 14 — Sport", "Rovers win after extra time", "The home side won late."),
    ]
    for label, title, text in cards:
        lines += [label, title, f"{text} {TEXT}", ""]
    articles = extract_articles("\n".join(lines), name="issue.txt")
    assert len(articles) == 3
    assert not any(outlet.startswith("Page") for outlet in articles["outlet"])


def test_the_place_of_a_labelled_events_date_is_no_outlet():
    # review h135 (L6): an obituary's "Service: DATE, TIME, PLACE" named the church as
    # the card's outlet; a name a stronger mark sets off stays one
    line = "Service: Saturday, March 7, 11 a.m., St. Mary's Church"
    assert [f.field for f in meta_fields(0, line)] == ["relative_time"]
    line = "Updated: Mar 3, 2026 | Harbour Gazette"
    assert [line[f.start : f.end] for f in meta_fields(0, line) if f.field == "outlet"] == [
        "Harbour Gazette"
    ]


def test_a_menu_set_apart_by_spaces_over_the_first_card_is_no_part_of_it():
    # review h135 (L4): a menu printed with two spaces or more between its entries (a
    # browser's save-as-text) was a title line, and right over the first card it took
    # that card's place: the card was lost
    assert line_kind("Home  News  Sport  Weather  Opinion") == "bullet"
    assert line_kind("Council votes to extend the harbour wall") == "title"
    cards = [
        ("3 March 2026", "Council votes to extend the harbour wall", "The council voted."),
        ("2 March 2026", "Ferry fares will rise next spring", "The ferry company said so."),
        ("1 March 2026", "School opens a new library", "The school opened it on Monday."),
    ]
    lines = ["Harbour Times", "Home  News  Sport  Weather  Opinion"]
    for date, title, text in cards:
        lines += [f"{date} | {title}", f"{text} {TEXT}", ""]
    articles = extract_articles("\n".join(lines), name="menu.txt")
    assert list(articles["title"]) == [title for _, title, _ in cards]


# review h149 (eleventh round): a morning digest prints "• Outlet: Title" bullet lines
_DIGEST = [
    "Morning Brew – the county papers in five minutes",
    "",
    "Good morning! Here is what the county is talking about.",
    "",
    "• Riverside Courier: Night buses return to the hospital route",
    "The council agreed on Thursday to fund the route. Buses run every half hour from January.",
    "• Upland Herald: Brickworks reopens after a year",
    "Sixty workers are back on the line. The owner has put in a new kiln.",
    "• Riverside Courier: Forty classrooms to be built across the county",
    "Building starts in spring in five villages. The rooms are due in September.",
    "",
    "Unsubscribe | Newsletter settings",
]


def test_a_digests_bulleted_outlet_colon_title_lines_give_outlet_and_title():
    articles = extract_articles("\n".join(_DIGEST), "digest.txt")
    assert list(articles["outlet"]) == ["Riverside Courier", "Upland Herald", "Riverside Courier"]
    assert list(articles["title"]) == [
        "Night buses return to the hospital route",
        "Brickworks reopens after a year",
        "Forty classrooms to be built across the county",
    ]


def test_a_bulleted_kicker_on_some_headlines_only_stays_in_the_title():
    # a site's own bulleted list: "Analysis: ..." on one headline of three is its kicker
    lines = ["Riverside Courier", "", "Latest news", ""]
    for headline, teaser in (
        ("Analysis: Night buses return to the hospital route", _DIGEST[5]),
        ("Brickworks reopens after a year", _DIGEST[7]),
        ("Forty classrooms to be built across the county", _DIGEST[9]),
    ):
        lines += [f"• {headline}", "3 December 2026 · Ann Lee", teaser, ""]
    articles = extract_articles("\n".join(lines), "latest.txt")
    assert list(articles["title"]) == [
        "Analysis: Night buses return to the hospital route",
        "Brickworks reopens after a year",
        "Forty classrooms to be built across the county",
    ]
    assert "Analysis" not in list(articles["outlet"])


@pytest.mark.parametrize("line", ["💬 23   ↗ 112 shares", "👁 1.2K  💬 4", "💬 7 · 🔁 58"])
def test_a_line_of_a_cards_counters_beside_icons_is_no_headline(line):
    assert line_kind(line) != "title"


@pytest.mark.parametrize(
    "line", ["Arsenal 2 Chelsea 1 in the cup final", "🔴 Live: 3 dead, 12 hurt in tram crash"]
)
def test_a_headline_with_numbers_stays_a_headline(line):
    assert line_kind(line) == "title"


def test_counters_under_each_title_do_not_take_the_titles_place():
    cards = [
        (
            "Council approves the new tram line",
            "💬 23   ↗ 112 shares",
            "3 December 2026",
            "The line will link the port with the central station. Work starts in spring.",
        ),
        (
            "Old fortress gate reopens as a museum",
            "💬 7   ↗ 58 shares",
            "2 December 2026",
            "The gatehouse will hold a visitor centre. The restoration took three years.",
        ),
        (
            "Fishermen protest against lower quotas",
            "💬 41   ↗ 230 shares",
            "1 December 2026",
            "More than a hundred fishermen gathered in the port. The ministry will meet them.",
        ),
    ]
    page = "The Harbour Post\n\nLatest\n\n" + "\n\n".join("\n".join(c) for c in cards) + "\n"
    articles = extract_articles(page, name="counters.txt")
    assert articles["title"].tolist() == [card[0] for card in cards]


def test_the_comment_count_closing_every_headline_is_no_part_of_it():
    cards = [
        (
            "Council closes the main street for repairs (47)",
            "03.12.2026 | 09:15",
            "The repairs will last until the end of March. Shop owners want night work.",
        ),
        (
            "New kindergarten opens in the east district (12)",
            "02.12.2026 | 17:40",
            "The kindergarten will take 180 children from September on.",
        ),
        (
            "Trade fair welcomes a record number of exhibitors (3)",
            "01.12.2026 | 11:02",
            "More than 600 firms from 25 countries take part. The fair runs until Sunday.",
        ),
    ]
    page = "The Valley Courier\n\nLatest news\n\n" + "\n\n".join("\n".join(c) for c in cards)
    articles = extract_articles(page + "\n", name="counts.txt")
    assert articles["title"].tolist() == [card[0].rsplit(" (", 1)[0] for card in cards]


def test_a_year_in_brackets_closing_headlines_stays():
    cards = [
        (
            "Festival shows Harbour Lights (1958)",
            "03.12.2026",
            "The restored print opens the festival on Friday evening at the old cinema.",
        ),
        (
            "Festival shows The Long Winter (1962)",
            "02.12.2026",
            "A new score by a local band accompanies the silent scenes of the film.",
        ),
        (
            "Festival shows Salt and Stone (1971)",
            "01.12.2026",
            "The director's daughter will talk to the audience after the screening.",
        ),
    ]
    page = "The Valley Courier\n\nCinema\n\n" + "\n\n".join("\n".join(c) for c in cards)
    articles = extract_articles(page + "\n", name="years.txt")
    assert articles["title"].tolist() == [card[0] for card in cards]


# ------------------------------------------------- a quotation signed "Name, Place" (h179)

QA_LINES = [
    "MoneyWise Weekly",
    "",
    "You asked, we answered: your questions on the new pension rules",
    "",
    "Last week we asked readers to send us their questions about the changes to workplace"
    " pensions that come into force in April. Hundreds of you did. Here are some answers.",
    "",
    '"I am 58 and have two small pensions from old jobs. Should I combine them before'
    ' April?" – Graham, Dundee',
    "",
    TEXT,
    "",
    '"My employer says it will pay in more from April. Do I have to pay more too?"'
    " – Sunita, Wolverhampton",
    "",
    "No. The minimum your employer must pay is rising, but the minimum for employees is not"
    " changing. Some employers match extra payments, so it is worth asking.",
    "",
    '"I work two part-time jobs. Will I be enrolled in both schemes?" – Tomás, Swansea',
    "",
    "From April, each employer must enrol you if you earn more than the new threshold in"
    " that job, and one that pays you less must enrol you when you ask it to.",
    "",
    "© MoneyWise Weekly",
]


def test_a_quotation_signed_with_a_name_and_a_place_names_no_outlet():
    line = '"Should I combine my pensions before April?" – Graham, Dundee'
    assert title_span(line)[1] is None
    # a headline and its outlet, a quoted headline and its outlet still are
    assert title_span("Council approves budget – Metro Gazette")[1] is not None
    assert title_span('"We will rebuild," mayor says – Metro Gazette')[1] is not None


def test_readers_questions_signed_so_are_one_article_with_the_questions_in_its_body():
    assert find_cards(QA_LINES) == []
    rows = extract_articles("\n".join(QA_LINES) + "\n", "qa.txt")
    assert len(rows) == 1
    body = rows.iloc[0]["body"]
    for line in QA_LINES:
        if line.startswith('"'):
            assert line in body


SEARCH_CARDS = [
    ("Ferry fares will rise by a fifth next spring", "3 March 2026"),
    ("New ferry terminal opens after two years of work", "28 February 2026"),
    ("Ferry crew strike called off after a pay deal", "20 February 2026"),
]


@pytest.mark.parametrize("count", ["12 results", "Showing 1-10 of 48 results", "48 Ergebnisse"])
def test_a_search_pages_count_over_its_first_card_is_no_category(count):
    # the lead's review (round 14): "12 results" right over the first card was its category
    lines = ["Harbour Gazette", "Home | News | Sport | Business", "", 'Search: "ferry"', ""]
    lines.append(count)
    for headline, day in SEARCH_CARDS:
        lines += [headline, day, TEXT, ""]
    articles = extract_articles("\n".join(lines), "search.txt")
    assert len(articles) == 3
    assert articles["category"].isna().all()


def test_an_archives_paper_is_named_without_the_years_it_appeared():
    # review h198 (newspaper_archive_search_lb): a digitised paper's hit prints the
    # paper's name with its years in brackets; the name was no outlet for its digits
    line = "Valley Herald (1921-1944) · Saturday, 4 December 1937 · p. 3 · 412 words"
    assert _values(line, meta_fields(0, line)) == {
        "published": "4 December 1937",
        "outlet": "Valley Herald",
    }
    line = "Hill Post (1868–) · 3 March 1901"
    assert _values(line, meta_fields(0, line))["outlet"] == "Hill Post"


def test_a_japanese_month_and_day_with_the_weekday_is_a_cards_time():
    # review h210: "12/4(木) 11:02配信" was read as a clock time alone, its date lost
    assert find_time("12/4(木) 11:02配信") == (0, 7)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Per Joan Delmas — 4 de decembre de 2026", "Joan Delmas"),
        ("Gan Elin Hughes · 4 Rhagfyr 2026", "Elin Hughes"),
        # review h245: Xitsonga "by" in a newsletter's story header
        ("Hi Rhulani Mathebula · 04/12/2026", "Rhulani Mathebula"),
    ],
)
def test_a_name_like_by_word_before_a_name_beside_the_date_is_a_byline(line, name):
    # review h210: Occitan "Per NAME — date" on a paywalled front gave the outlet "Per NAME"
    fields = {f.field: line[f.start : f.end] for f in meta_fields(0, line)}
    assert fields.get("byline") == name
    assert "outlet" not in fields


@pytest.mark.parametrize(
    "line",
    ["Le Monde Rural — 4 déc. 2026", "Per Olsen — 4. des. 2026", "Hi Tech — 4 Dec 2026"],
)
def test_an_outlet_opening_with_an_article_or_a_short_name_stays_the_outlet(line):
    fields = {f.field for f in meta_fields(0, line)}
    assert "outlet" in fields and "byline" not in fields


def test_a_cued_sources_media_type_in_brackets_is_not_the_outlets():
    # review h210: a media-monitoring report's "Source: NAME (Online News)"
    line = "Source: Valley Courier (Online News)"
    assert _values(line, meta_fields(0, line)) == {"outlet": "Valley Courier"}


@pytest.mark.parametrize("line", ["Author: —", "Author: -"])
def test_an_author_label_over_an_empty_value_is_no_byline(line):
    # review h210: "Author: —" gave the byline "Author:"
    assert "byline" not in _values(line, meta_fields(0, line))


# (made up) a paper's letters page: each letter's headline, its text, the writer's
# signature (name, town) and the date, no blank line between the letters.
LETTERS = """The Vale Herald
News | Opinion | Sport
Letters to the editor
We may shorten letters. Letters do not necessarily reflect the views of the paper.
Buses to the hospital are always late
Every morning the number 4 comes twenty minutes late. Could the company add a bus at eight?
Ann Petrie, North Vale
3 March 2026
Thank you for the new footpath
The path along the river is finally dry and safe. The work was done faster than anyone expected.
Tom Birch, Eastfield-on-Sea
2 March 2026
The market needs more bins
After every weekend the square is full of litter. The council should add bins and empty them.
Mira Okoye, Lower Vale
28 February 2026
Write to us: letters@valeherald.example
"""


def test_a_letters_signature_under_its_text_signs_it_and_heads_no_letter():
    # h149 (letters_cs): each signature and date read as the next letter's header, the
    # first letter left without a cue: the page read as one article
    articles = extract_articles(LETTERS, name="letters.txt")
    assert list(articles["title"]) == [
        "Buses to the hospital are always late",
        "Thank you for the new footpath",
        "The market needs more bins",
    ]
    assert list(articles["byline"]) == ["Ann Petrie", "Tom Birch", "Mira Okoye"]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02", "2026-02-28"]
    assert set(articles["outlet"]) == {"The Vale Herald"}


def test_a_letters_signature_whose_name_holds_a_particle_signs_it():
    # review h262: a signature whose name holds "de" was a title (its "de" no capital),
    # so the first letter had no byline
    text = LETTERS.replace("Ann Petrie, North Vale", "Ann de Wit, North Vale")
    articles = extract_articles(text, name="letters.txt")
    assert list(articles["byline"]) == ["Ann de Wit", "Tom Birch", "Mira Okoye"]


@pytest.mark.parametrize(
    ("line", "signature"),
    [
        ("Ann de Wit, North Vale", True),
        ("Omar bin Said, Eastfield", True),
        ("de Wit Ann, North Vale", False),  # a particle opens no name
        ("Ann Wit de, North Vale", False),  # nor closes it
        ("Ann de Wit, north vale", False),  # the place keeps its capitals
    ],
)
def test_a_signature_s_name_may_hold_a_particle_between_its_words(line, signature):
    from analysis.clean.card_lines import is_signature

    assert is_signature(line) is signature


def test_a_numeric_date_opening_a_headline_line_is_its_date_not_two_rank_numbers():
    # a CMS's news list prints "dd.mm.yyyy" before the headline on its line: "03." and
    # "12." are no rank numbers, and the year is no word of the headline
    for line in (
        "03.12.2026 Ferry service returns to the island",
        "03.12.2026 | Ferry service returns",
    ):
        title, outlet, time = title_span(line)
        assert line[slice(*time)] == "03.12.2026"
        assert line[slice(*title)].startswith("Ferry service returns")
        assert outlet is None
    lines = [
        "News",
        "",
        "03.12.2026 Ferry service returns to the island",
        TEXT,
        "",
        "02.12.2026 Library opens a reading room for children",
        TEXT.replace("harbour", "river"),
        "",
        "30.11.2026 Council approves the budget for next year",
        TEXT.replace("Friday", "Monday"),
    ]
    cards = find_cards(lines)
    titles = [
        lines[f.line_no][f.start : f.end] for c in cards for f in c.fields if f.field == "title"
    ]
    dates = [
        lines[f.line_no][f.start : f.end] for c in cards for f in c.fields if f.field == "published"
    ]
    assert titles[0] == "Ferry service returns to the island"
    assert dates == ["03.12.2026", "02.12.2026", "30.11.2026"]
    # a rank number stays one
    title, _, time = title_span("3. Ferry service returns to the island")
    assert time is None and title[0] == 3


def test_a_middle_dot_glued_to_the_outlet_still_parts_it_from_the_cards_age():
    # a portal's card: the provider's name and its age in two inline elements, rendered
    # "Harbour Times· 3h" (no space before the dot)
    for line in ("Harbour Times· 3h", "Harbour Times • 5h"):
        values = _values(line, meta_fields(0, line))
        assert values["outlet"] == "Harbour Times"
        assert values["relative_time"] in ("3h", "5h")


def test_a_whole_numeric_date_closing_a_headline_line_is_its_time():
    # a list whose link holds the headline's and the date's elements side by side renders
    # them on one line (review h254)
    line = "Harbour wall repairs begin in Kelmouth 04/12/2026"
    title, outlet, time = title_span(line)
    assert line[slice(*title)] == "Harbour wall repairs begin in Kelmouth"
    assert time is not None and line[slice(*time)] == "04/12/2026" and outlet is None
    line = "Ferry fares frozen 2026-12-04"
    title, _, time = title_span(line)
    assert line[slice(*title)] == "Ferry fares frozen" and line[slice(*time)] == "2026-12-04"
    # a year alone, or a headline of one word before the date, stays whole
    for line in ("Budget vote 2026", "Results 04/12/2026"):
        title, _, time = title_span(line)
        assert line[slice(*title)] == line and time is None


def test_a_promos_media_label_and_length_are_no_part_of_its_title():
    # "Video, 02:45 Title": the clip's length is no card's time, the label no outlet
    # (review h254)
    line = "Video, 02:45 Ferry crew rescue two kayakers off Tarn Point"
    title, outlet, time = title_span(line)
    assert line[slice(*title)] == "Ferry crew rescue two kayakers off Tarn Point"
    assert outlet is None and time is None


@pytest.mark.parametrize("rank", ["1️⃣ ", "1⃣ ", "1️⃣2️⃣ ", "🔟 "])
def test_a_keycap_emoji_rank_before_a_headline_is_no_part_of_the_title(rank):
    # a newsletter numbers its items with keycap emoji: a rank, as "1. " is
    line = f"{rank}Harbour ferries run again after the storm"
    (start, end), _, _ = title_span(line)
    assert line[start:end] == "Harbour ferries run again after the storm"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("• 14 March 2025", "14 March 2025"),
        ("● Closed · 2025-03-14", "2025-03-14"),
        ("  ▪ 14.03.2025", "14.03.2025"),
    ],
)
def test_a_cards_date_printed_as_a_list_item_is_its_meta_line_not_an_outlet(line, date):
    assert line_kind(line) == "meta"
    values = _values(line, meta_fields(0, line))
    assert "outlet" not in values
    assert values.get("published") == date


def test_a_bullet_holding_no_date_is_still_a_list_item():
    assert line_kind("• Weather") == "bullet"
    # an e-reader's note on a clipping: a date among many words is no card's date line
    assert line_kind("- Your Note on page 3 | Location 40-44 | Added on 14 March 2025") == "bullet"
    assert line_kind("• Harbour council meets on Thursday to vote on the ferry budget") == "bullet"


def test_bulleted_date_lines_date_each_card_of_a_listing():
    cards = [
        (
            "Quarry road reopens after the winter repairs",
            "Crews finished resurfacing the quarry road a week early. Buses return on Monday.",
        ),
        (
            "Library adds a reading room for the night shift",
            "The room stays open until two in the morning. Nurses asked for it last spring.",
        ),
        (
            "Ferry fares stay the same for another year",
            "The operator kept the fares after fuel prices fell. Season tickets go on sale soon.",
        ),
    ]
    text = (
        "Tollmere Courier\nNews | Sport\n\n"
        + "\n\n".join(
            f"{title}\n{teaser}\n● Closed · 2025-03-1{k}" for k, (title, teaser) in enumerate(cards)
        )
        + "\n\n© 2025 Tollmere Courier\n"
    )
    rows = extract_articles(text, "bulleted-dates.txt")
    assert rows["published"].tolist() == ["2025-03-10", "2025-03-11", "2025-03-12"]
    assert set(rows["outlet"]) == {"Tollmere Courier"}


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Updated: 09.05.2025 16:10 · Published: 06.05.2025", "06.05.2025"),
        ("Published 6 May 2025, updated 9 May 2025", "6 May 2025"),
        # labels of no known language: a page is changed after it is published
        ("Kewo: 09.05.2025 16:10 · Tamo: 06.05.2025", "06.05.2025"),
        ("Rina Oduya · 06.05.2025", "06.05.2025"),
    ],
)
def test_a_card_line_printing_an_update_and_a_publication_gives_the_publication(line, date):
    assert _values(line, meta_fields(0, line)).get("published") == date


def test_a_headline_set_whole_in_lenticular_brackets_is_read_without_them():
    line = "【Ferry terminal reopens after the winter storms】"
    (start, end), _, _ = title_span(line)
    assert line[start:end] == "Ferry terminal reopens after the winter storms"
    # brackets opening only part of the line, or two bracketed parts, stay
    for kept in ("【Update】 Ferry terminal reopens", "【Ferry】 terminal 【reopens】"):
        (start, end), _, _ = title_span(kept)
        assert kept[start:end] == kept


def test_a_documents_number_before_a_headline_is_no_part_of_it():
    # review h304 (council_decisions_az): "Qərar № 45/2026 · TITLE", a decision's number
    for line in (
        "Decision № 45/2026 · Park to close for works",
        "No. 12/2026 – Park to close for works",
    ):
        (start, end), _, _ = title_span(line)
        assert line[start:end] == "Park to close for works"
    # a rank number is no document's, and a number inside the headline stays
    for kept in ("No. 5 – Park to close for works", "Budget 2026/27 · the council votes"):
        (start, end), _, _ = title_span(kept)
        assert "5" in kept[start:end] or "2026/27" in kept[start:end]


def test_a_meta_line_printing_a_reference_number_names_no_outlet():
    # review h304 (ministry_press_refnos_hi): "LABEL · PR-2026/114 · DATE" over each
    # release's title: the label is the document's kind, no outlet
    line = "Press notice · PN-2026/114 · 3 December 2026"
    assert {f.field for f in meta_fields(0, line)} == {"published"}
    # an outlet beside its date, and a slash of a date or of a count, still name one
    for kept in ("Harbour Daily · 3/12/2026", "Harbour Daily · 24/7 · 3 December 2026"):
        assert "outlet" in _values(kept, meta_fields(0, kept))


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("3 ta' Diċembru 2026 Minn Marija Farrugia", "Marija Farrugia"),
        ("3. Dezember 2026 von Katrin Weber", "Katrin Weber"),
    ],
)
def test_a_word_for_by_right_after_the_date_opens_the_byline(line, name):
    # a card's <time> and author elements joined on one line, no mark between them
    assert _values(line, meta_fields(0, line)).get("byline") == name


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("【地域】港町に新しい図書館　来年４月開館へ", "港町に新しい図書館　来年４月開館へ"),
        ("【速報】北浜線、終電を３０分延長", "北浜線、終電を３０分延長"),
        # a headline set whole in the brackets
        ("【港町に新しい図書館が来年開館】", "港町に新しい図書館が来年開館"),
        ("【地域】短い見出し", "【地域】短い見出し"),  # too short a rest to be a headline
    ],
)
def test_a_short_label_in_lenticular_brackets_is_no_part_of_the_title(line, title):
    (start, end), _, _ = title_span(line)
    assert line[start:end] == title


@pytest.mark.parametrize(
    "line",
    [
        "3. Dezember 2026 · Jakob Schneider · Hunsrik Zeitung",
        "//3. Dezember 2026 · Jakob Schneider · Hunsrik Zeitung//",  # a wiki's italics
    ],
)
def test_a_date_line_naming_author_then_paper_gives_both(line):
    values = _values(line, meta_fields(0, line))
    assert values["byline"] == "Jakob Schneider"
    assert values["outlet"] == "Hunsrik Zeitung"


def test_a_date_line_naming_a_paper_alone_keeps_it_the_outlet():
    line = "3. Dezember 2026 · Hunsrik Zeitung"
    values = _values(line, meta_fields(0, line))
    assert values["outlet"] == "Hunsrik Zeitung" and "byline" not in values


@pytest.mark.parametrize(
    "line",
    ["01 December 2026   - Posted in   Amawulire", "01.12.2026 · Geplaatst in Nieuws"],
)
def test_a_date_labels_section_on_a_meta_line_is_no_outlet(line):
    # review h375 (htmly_blog_index_xog): the unsigned card's 'Posted in SECTION' after
    # its date was its outlet (fails without)
    assert "outlet" not in _values(line, meta_fields(0, line))


def test_a_date_labels_credit_is_still_read():
    line = "3 December 2026 · Published by Harbour Weekly"
    assert "Harbour Weekly" in _values(line, meta_fields(0, line)).values()


@pytest.mark.parametrize("mark", ["S+", "F+", "SZ+", "Z +"])
def test_a_subscribers_mark_is_no_outlet_name(mark):
    assert not is_outlet_name(mark)


@pytest.mark.parametrize("name", ["Canal+", "Disney+", "The Herald"])
def test_a_name_ending_in_a_plus_sign_is_still_a_name(name):
    assert is_outlet_name(name)


def test_a_subscribers_mark_in_the_title_link_leaves_the_page_its_outlet_and_issue_day():
    # made-up magazine's issue contents: "H+" in each card's link, the issue's day once
    from analysis.clean.page_rows import clean_page
    from analysis.clean.read import page_from_bytes

    cards = "".join(
        f"<li class='item'><span class='dept'>{dept}</span><a href='/a/{i}.html'>"
        f"<span class='plus'>H+</span><h2>{title}</h2></a><p class='teaser'>{TEXT}</p>"
        f"<p class='author'>Von {name}</p><span class='page'>Seite {10 + 8 * i}</span></li>"
        for i, (dept, title, name) in enumerate(
            [
                ("Titel", "Die lange Nacht am Hafen", "Jana Albers"),
                ("Wirtschaft", "Warum die Werft wieder baut", "Felix Brandt"),
                ("Ausland", "Ein Sommer ohne Regen im Süden", "Katrin Wolff"),
            ]
        )
    )
    markup = (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>DER HAFENBOTE "
        "12/2026 – Inhalt</title></head><body><header><a href='/' title='Der Hafenbote'>"
        "<span class='logo'>DER HAFENBOTE</span></a></header><main><h1>DER HAFENBOTE "
        "12/2026</h1><p class='date'>Ausgabe vom 3. Dezember 2026</p><ul class='issue'>"
        f"{cards}</ul></main><footer>© Hafenbote Verlag 2026</footer></body></html>"
    )
    rows = clean_page(page_from_bytes(markup.encode(), "inhalt.html", "raw/inhalt.html")).articles
    assert [(row["outlet"], row["published"]) for row in rows] == [
        ("DER HAFENBOTE", "2026-12-03")
    ] * 3


def test_a_role_after_the_cards_author_is_no_outlet():
    # review h447 (pocket_latest_en_nz): "NAME, Reporter • 7 December 2026" under each
    # teaser gave every card the outlet "Reporter" / "Rural Reporter"
    teasers = [
        "Four more sailings a day will be dropped from the harbour routes from Monday.",
        "Some orchards lost most of their cherry crop in a fifteen-minute storm.",
        "Ministry figures show more students than ever took the subject this year.",
    ]
    lines = ["Latest news | Harbour Radio News", "harbourradio.example", "", "Latest news", ""]
    for n, (teaser, role) in enumerate(
        zip(teasers, ("Reporter", "Rural Reporter", "Reporter"), strict=True)
    ):
        lines += [f"Harbour story number {n} gets its own headline", "", teaser, ""]
        lines += [f"Ana Ruiz, {role} • {7 - n} December 2026", ""]
    articles = extract_articles("\n".join(lines), "pocket.txt")
    assert len(articles) == 3
    assert not {"Reporter", "Rural Reporter"} & set(articles["outlet"])
    assert list(articles["byline"]) == ["Ana Ruiz"] * 3
