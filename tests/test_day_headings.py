"""analysis.clean.day_headings: a day's heading dates the cards under it that print only
their clock time. Made-up sites and stories."""

from __future__ import annotations

from analysis.clean.day_headings import edition_day, heading_day, is_clock_time
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

CARDS = [
    ("21:10", "Harbour crane lifts the new lock gate into place", "2026-11-30"),
    ("08:35", "Night trains to the coast return after the repairs", "2026-11-30"),
    ("19:50", "Choir from the valley wins the regional contest", "2026-11-29"),
    ("07:05", "Ferry timetable changes for the winter months", "2026-11-29"),
]
TEASER = "The work took three weeks longer than the port had planned for it, its chief said."


def _day_archive(first_heading: str, second_heading: str) -> str:
    lines = ["Lakeside Courier", "Home | Local | Sport", "", "« Previous day | Next day »", ""]
    for n, (clock, title, _) in enumerate(CARDS):
        if n in (0, 2):
            lines += [first_heading if n == 0 else second_heading, ""]
        lines += [f"{clock} · LOCAL", title, TEASER, ""]
    return "\n".join([*lines, "© 2026 Lakeside Courier"])


def test_cards_printing_only_their_time_take_the_day_of_the_heading_over_them():
    # review h254 (day_archive_times_only_bcl, instant_news_day_groups_yue): a day's
    # archive printed each card's clock time only; the cards had no date
    text = _day_archive("Archive: Monday 30 November 2026", "Sunday, 29 November 2026")
    cleaned = clean_page(page_from_bytes(text.encode(), "days.txt", "days.txt"))
    assert [row["title"] for row in cleaned.articles] == [title for _, title, _ in CARDS]
    assert [row["published"] for row in cleaned.articles] == [day for _, _, day in CARDS]


def test_a_heading_without_its_year_is_read_in_the_year_of_the_notice():
    text = _day_archive("Monday 30 November", "Sunday 29 November")
    cleaned = clean_page(page_from_bytes(text.encode(), "days.txt", "days.txt"))
    assert [row["published"] for row in cleaned.articles] == [day for _, _, day in CARDS]


def test_only_a_line_of_one_day_heads_cards():
    lines = [
        "Archive: Thursday, 3 December 2026",
        "« 2 December 2026 | 4 December 2026 »",
        "The council met on 2 December 2026 to vote on the budget for the year.",
        "18:40 · NEWS",
    ]
    assert heading_day(lines, 3, {0, 1, 2}, "\n".join(lines)) == "2026-12-03"
    assert heading_day(lines, 3, {1, 2}, "\n".join(lines)) is None  # the heading a card's
    assert is_clock_time("18:40") and is_clock_time("9:43 PM")
    assert not is_clock_time("3 hours ago") and not is_clock_time("18:40, Monday")


def _edition_list(header: str) -> str:
    lines = ["Harrowgate Evening Star", header, ""]
    items = (
        ("CITY · page 3", "The lock gate was lifted in at dawn; the port opens on Monday."),
        ("COUNTY · page 7", "Trains to the coast run again after a month of track work."),
        ("SPORT · page 11", "Forty singers from the valley took the cup on Saturday night."),
    )
    for (section, teaser), (_, title, _) in zip(items, CARDS, strict=False):
        lines += [section, title, teaser, "Ann Weller", ""]
    return "\n".join([*lines, "© Harrowgate Evening Star"])


def test_an_editions_dated_header_dates_its_undated_items():
    # review h270 (todays_paper_pages_udm, church_newsletter_rar): an edition's items
    # printed no date of their own, its header the day once
    text = _edition_list("In today's paper · Friday 4 December 2026, No. 141")
    cleaned = clean_page(page_from_bytes(text.encode(), "paper.txt", "paper.txt"))
    assert [row["title"] for row in cleaned.articles] == [title for _, title, _ in CARDS[:3]]
    assert [row["published"] for row in cleaned.articles] == ["2026-12-04"] * 3


def test_a_save_stamp_with_its_clock_time_is_no_editions_day():
    text = _edition_list("Saved · 05/12/2026 10:40")
    cleaned = clean_page(page_from_bytes(text.encode(), "paper.txt", "paper.txt"))
    assert [row["published"] for row in cleaned.articles] == [None] * 3
    lines = ["Issue 48 · December 2026 · Sunday 1 December 2026", "", "NEWS", "Title"]
    assert edition_day(lines, 3, {0, 1, 2}, "\n".join(lines)) == "2026-12-01"
    assert edition_day(lines, 3, {1, 2}, "\n".join(lines)) is None


def test_an_alerts_dated_header_dates_no_card_naming_its_outlet():
    # an alert's digest ("Daily update · 8 September 2026") over cards each naming its
    # outlet: the alert's day, not the stories' (the listings benchmark's e-mail alerts)
    lines = ["Alert - harbour ferries", "Daily update · 8 September 2026", "NEWS", ""]
    outlets = ["Harrowgate Evening Star", "Lindqvist Valley Post", "The Brackwater Sentinel"]
    teasers = [
        "The lock gate was lifted in at dawn; the port opens on Monday.",
        "Trains to the coast run again after a month of track work.",
        "Forty singers from the valley took the cup on Saturday night.",
    ]
    for (_, title, _), outlet, teaser in zip(CARDS, outlets, teasers, strict=False):
        lines += [title, outlet, teaser, "Flag as irrelevant", ""]
    text = "\n".join(lines)
    cleaned = clean_page(page_from_bytes(text.encode(), "alert.txt", "alert.txt"))
    assert [row["outlet"] for row in cleaned.articles] == outlets
    assert [row["published"] for row in cleaned.articles] == [None] * 3


def test_each_undated_item_takes_the_day_of_the_line_over_it():
    # review h186's planet_aggregator_it, h245's hexo_landscape_index_scn: a day's line
    # over each group of items (no day a card's own): all took the first line's day
    days = ["3 December 2026", "2 December 2026", "1 December 2026"]
    teasers = [
        "The lock gate was lifted in at dawn; the port opens on Monday.",
        "Trains to the coast run again after a month of track work.",
        "Forty singers from the valley took the cup on Saturday night.",
    ]
    lines = ["Harrowgate Evening Star", "Home | Local | Sport", ""]
    for day, (_, title, _), teaser in zip(days, CARDS, teasers, strict=False):
        lines += [day, "", title, teaser, "Ann Weller", ""]
    text = "\n".join([*lines, "© Harrowgate Evening Star"])
    cleaned = clean_page(page_from_bytes(text.encode(), "days.txt", "days.txt"))
    assert [row["published"] for row in cleaned.articles] == [
        "2026-12-03",
        "2026-12-02",
        "2026-12-01",
    ]


def test_a_suffix_glued_to_the_headings_year_is_no_word_of_its_own():
    # review h304 (council_decisions_az): "3 dekabr 2026-cı il iclası" (the session of
    # the year 2026's 3 December) heads the session's decisions
    lines = ["3 dekabr 2026-cı il iclası", "Park closes for works in the spring"]
    assert heading_day(lines, 1, {0}, "\n".join(lines)) == "2026-12-03"
    lines = ["Sitzung vom 3. Dezember 2026 im Rathaus Nord", "Park closes for works"]
    assert heading_day(lines, 1, {0}, "\n".join(lines)) is None  # four words beside it


def test_a_weekday_beside_the_date_is_no_word_of_the_headings_label():
    # h381: a chat log's day line, a label of two words and the weekday before the date
    lines = [
        "--- Day changed Fri Dec 04 2026",
        "09:05 <+bot> Story",
        "Three label words Fri Dec 04 2026",
    ]
    assert heading_day(lines, 1, {0}, "\n".join(lines)) == "2026-12-04"
    assert heading_day(lines, 3, {2}, "\n".join(lines)) is None  # three words: a sentence


def test_a_heading_naming_its_day_by_a_word_stops_the_search():
    # h381: after a weekday no longer counted as a label's word, "Updated on Thursday 3
    # December 2026" over a "Yesterday" heading dated yesterday's cards as today's
    lines = [
        "Bijgewerkt op donderdag 3 december 2026",
        "Vandaag",
        "14:05",
        "Gisteren",
        "16:48",
    ]
    page = "\n".join(lines)
    assert heading_day(lines, 2, {0, 1, 3}, page) == "2026-12-03"
    assert heading_day(lines, 4, {0, 1, 3}, page) is None


def test_a_weeks_issue_is_dated_by_the_first_day_of_its_range():
    # a weekly's contents: "N° 812 – du 4 au 10 décembre 2026", the issue's week once
    for header, day in [
        ("N° 812 – du 4 au 10 décembre 2026", "2026-12-04"),
        ("Ausgabe vom 4. bis 10. Dezember 2026", "2026-12-04"),
        ("Semana 4–10 diciembre 2026", "2026-12-04"),
        ("Nr. 4 – 10. Dezember 2026", "2026-12-10"),  # a spaced dash: the number's field
    ]:
        lines = [header, "", "SOCIÉTÉ", "Title"]
        assert edition_day(lines, 3, {0, 1, 2}, "\n".join(lines)) == day, header
