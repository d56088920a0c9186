"""analysis.clean.dateline: the agency a wire dateline credits, read from its shape."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.dateline import (
    bracketed_day_iso,
    dateline_credit,
    dateline_date,
    yearless_dateline_iso,
)

PARAGRAPHS = [
    "The harbour council approved the new ferry timetable on Tuesday after a long "
    "debate about fares, piers and the winter service to the islands.",
    "Council members said the first boats on the new timetable would sail in spring "
    "if the pier repairs are finished on time, and fares would stay as they are.",
    "Residents of the islands had asked for an earlier morning boat for two years, "
    "and the ferry company said it would add one crew to run it.",
]


@pytest.mark.parametrize(
    ("lede", "credit"),
    [
        ("HARBOURTOWN (AP) — The council", "AP"),
        ("HARBOURTOWN, March 3 (Reuters) - The council", "Reuters"),
        ("HARBOURTOWN (AFP) - The council", "AFP"),
        ("Harbourtown, 3 March (dpa) – Der Rat", "dpa"),
        ("PORT ELLEN, Isl. (AP) — The council", "AP"),
        ("ST. ANDREWS (Harbour Wire) -- The council", "Harbour Wire"),
        ("Sen. Jo Doe (D-Maine) — said the council", None),  # a party, not an agency
        ("Jo Doe (R) - Harbourtown", None),
        ("The council met on Tuesday (AP) — and", None),  # no dateline at the start
        ("The council (in a vote) — approved", None),
        # two places of one story joined by a slash (review h255)
        ("HARBOURTOWN/PORT ELLEN, March 3 (Harbour Wire) - The council", "Harbour Wire"),
        ("NEW DELHI/ISLAMABAD (AP) — The council", "AP"),
    ],
)
def test_dateline_credit(lede, credit):
    assert dateline_credit(lede + " approved the timetable.") == credit


def test_a_dateline_with_nothing_after_it_credits_no_one():
    assert dateline_credit("HARBOURTOWN (AP) —") is None
    assert dateline_credit("HARBOURTOWN (AP) — Ferry") == "AP"


def _page(lede: str, masthead: str = "Harbour Daily", date_line: str = "March 3, 2026") -> str:
    lines = [masthead, "Home | News | Sport", "", "Council approves the ferry timetable"]
    lines += ["By Jane Smith", date_line, ""]
    for paragraph in [lede + PARAGRAPHS[0], *PARAGRAPHS[1:]]:
        lines += [paragraph, ""]
    lines += [f"© 2026 {masthead}. All rights reserved.", ""]
    return "\n".join(lines)


def test_a_wire_dateline_is_the_credited_source_and_stays_in_the_body():
    # credited_source was None on every agency story (review finding h46 G27)
    articles = extract_articles(_page("HARBOURTOWN (AP) — "), name="made_up.txt")
    assert articles["credited_source"].tolist() == ["AP"]
    assert articles["body"][0].startswith("HARBOURTOWN (AP) — The harbour council")
    # the outlet's own name in its dateline credits no one else
    own = extract_articles(_page("HARBOURTOWN (Harbour Daily) — "), name="made_up.txt")
    assert own["credited_source"].tolist() == [None]


@pytest.mark.parametrize(
    ("lede", "date"),
    [
        ("HARBOURTOWN, March 3, 2026 — The council", "March 3, 2026"),
        ("PARIS, 3 mars 2026 — Le conseil", "3 mars 2026"),
        ("HAMBURG, 3. März 2026 – Der Rat", "3. März 2026"),
        ("Harbourtown, Tuesday, March 3, 2026: The council", "March 3, 2026"),
        ("HARBOURTOWN, March 3, 2026 (Harbour Wire) — The council", "March 3, 2026"),
        ("MADRID, 04/03/2026 — El consejo", "04/03/2026"),
        ("ZAGREB, 3. listopada 2026 – Vijeće", "3. listopada 2026"),  # hr 10 or pl 11 (h99)
        ("HARBOURTOWN, March 3 (Reuters) - The council", None),  # no year
        ("HARBOURTOWN (AP) — The council", None),
        ("Jo Doe, who chaired the meeting on March 3, 2026 — and", None),
        ("The council met on March 3, 2026 — and", None),
    ],
)
def test_dateline_date(lede, date):
    assert dateline_date(lede + " approved the timetable.") == date


@pytest.mark.parametrize(
    ("lede", "published"),
    [
        ("HARBOURTOWN, March 3, 2026 — ", "2026-03-03"),
        ("HARBOURTOWN, Tuesday, March 3, 2026: ", "2026-03-03"),
        # no year: the page's copyright notice's, its only year (review h246)
        ("HARBOURTOWN, March 3 (Reuters) - ", "2026-03-03"),
        ("", None),
    ],
)
def test_a_page_without_a_date_line_takes_its_datelines_date(lede, published):
    # review finding h54 H7a: the lede's dateline was never read
    articles = extract_articles(_page(lede, date_line=""), name="made_up.txt")
    assert articles["published"].tolist() == [published]
    assert articles["body"][0].startswith(lede + "The harbour council")


def test_a_yearless_dateline_on_a_page_without_a_year_gives_no_date():
    page = _page("HARBOURTOWN, March 3 (Reuters) - ", date_line="").replace("© 2026 ", "")
    assert extract_articles(page, name="made_up.txt")["published"].tolist() == [None]


def test_the_date_line_wins_over_the_datelines_date():
    page = _page("HARBOURTOWN, March 2, 2026 — ", date_line="March 3, 2026")
    assert extract_articles(page, name="made_up.txt")["published"].tolist() == ["2026-03-03"]


@pytest.mark.parametrize(
    ("lede", "page", "iso"),
    [
        ("PARIS, March 3 (Reuters) - The council", "Related: March 10, 2026", "2026-03-03"),
        ("PARIS, May 3 (Reuters) - The council", "Related: 10 May 2026", "2026-05-03"),
        ("PARIS, Tuesday, March 3 (Reuters) - The council", "March 10, 2026", "2026-03-03"),
        ("PARIS, March 3 (Reuters) - The council", "no other date", None),
        # no other date: the copyright notice's year (review h246)
        ("PARIS, March 3 (Reuters) - The council", "© 2026 Example Wire", "2026-03-03"),
        ("PARIS, March 3 (Reuters) - The council", "March 10, 2026 © 2027 Example", "2026-03-03"),
        # the page's dates of two years: which one is the story's is not known
        ("PARIS, March 3 (Reuters) - The council", "March 10, 2026; Dec 1, 2025", None),
        ("PARIS, March 3, 2026 (Reuters) - The council", "March 10, 2026", None),  # a year
        ("The council met on March 3 - and", "March 10, 2026", None),
    ],
)
def test_a_yearless_dateline_takes_the_year_of_the_pages_dates(lede, page, iso):
    assert yearless_dateline_iso(lede + " approved the timetable.", page) == iso


def test_a_page_dated_only_by_a_yearless_dateline_is_dated_in_its_other_dates_year():
    # a "PARIS, March 3 (Reuters) -" story had no date though its page dated its links
    page = _page("HARBOURTOWN, March 3 (Reuters) - ", date_line="")
    page += "\nMore news: Ferry fares frozen, February 20, 2026\n"
    articles = extract_articles(page, name="made_up.txt")
    assert articles["published"].tolist() == ["2026-03-03"]


def test_a_datelines_month_of_two_languages_is_read_in_the_pages_language():
    """'listopada' is October in Croatian, November in Polish (h99)."""
    lede = (
        "ZAGREB, 3. listopada 2026 – Gradsko vijeće je u utorak nakon duge rasprave "
        "usvojilo proračun za sljedeću godinu, a većina vijećnika glasala je za prijedlog."
    )
    rest = (
        "Oporba je kritizirala planirana smanjenja za knjižnice i najavila da će "
        "zatražiti savjetovanje sa stanovnicima staroga grada."
    )
    title = "Vijeće usvojilo proračun za sljedeću godinu"
    page = "\n".join(["Riječki list", "Vijesti  Sport  Kultura", "", title, "", lede, "", rest])
    assert extract_articles(page, name="made_up.txt")["published"].tolist() == ["2026-10-03"]


_LEVY = " said it would raise the levy on foreign workers in the construction sector."


@pytest.mark.parametrize(
    ("lede", "page", "iso"),
    [
        ("SINGAPORE: The government on Tuesday (Dec 1)", "© 2026 Example", "2026-12-01"),
        (
            "KUALA LUMPUR: The ministry on Tuesday (1 December)",
            "Related: Nov 20, 2026",
            "2026-12-01",
        ),
        # the weekday is not that day's in the page's year: a wrong date is none
        ("SINGAPORE: The government on Wednesday (Dec 1)", "© 2026 Example", None),
        ("SINGAPORE: The government on Tuesday (Dec 1)", "© 2020 Example", "2020-12-01"),
        # no year anywhere on the page: the weekday alone guesses none
        ("SINGAPORE: The government on Tuesday (Dec 1)", "no other date", None),
        # the page's dates of two years
        ("SINGAPORE: The government on Tuesday (Dec 1)", "Nov 20, 2026; Dec 1, 2025", None),
        # no dateline, or no weekday before the bracket
        ("The government on Tuesday (Dec 1)", "© 2026 Example", None),
        ("SINGAPORE: The government (Dec 1)", "© 2026 Example", None),
    ],
)
def test_a_weekday_with_its_day_in_brackets_after_a_colon_dateline(lede, page, iso):
    assert bracketed_day_iso(lede + _LEVY, page) == iso


@pytest.mark.parametrize(("weekday", "published"), [("Tuesday", "2026-12-01"), ("Wednesday", None)])
def test_a_page_dated_only_by_its_datelines_weekday_and_day_takes_the_notices_year(
    weekday, published
):
    page = _page(f"SINGAPORE: The council on {weekday} (Dec 1) said ", date_line="")
    page += "\nCopyright © 2026 Harbour Media. All rights reserved.\n"
    articles = extract_articles(page, name="made_up.txt")
    assert articles["published"].tolist() == [published]


def test_a_slashed_places_yearless_dateline_takes_the_pages_year():
    lede = "HARBOURTOWN/PORT ELLEN, Dec 3 (Harbour Wire) - The council approved it."
    assert yearless_dateline_iso(lede, lede + "\n© 2026 Harbour Wire") == "2026-12-03"


@pytest.mark.parametrize(
    ("lede", "date"),
    [
        (
            "أسيوط في 25 هاتور 1743 للشهداء — افتتح نيافة الأنبا بولس المبنى",
            "25 هاتور 1743 للشهداء",
        ),
        ("ঢাকা, ৩ ডিসেম্বর ২০২৬ — সরকার আজ নতুন সেতু খুলেছে।", "৩ ডিসেম্বর ২০২৬"),
        ("القاهرة، 4 ديسمبر 2026 - أعلنت الوزارة اليوم", "4 ديسمبر 2026"),
    ],
)
def test_a_dateline_in_a_script_without_case(lede, date):
    assert dateline_date(lede) == date


def test_a_caseless_sentence_with_a_date_inside_is_no_dateline():
    assert dateline_date("رئيس الوزراء قال في حديثه يوم 3 ديسمبر 2026 إن الحكومة") is None
