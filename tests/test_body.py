"""analysis.clean.body: the text-only article-body detector, on the seed, on small synthetic
pages (one per rule) and, when ../shared is present, on the dev extraction benchmark."""

from __future__ import annotations

import re
import unicodedata

import pytest
from benchmark_modules import load_benchmark
from hypothesis import given, settings
from hypothesis import strategies as st
from page_checks import SEED_ARTICLE

from analysis import config
from analysis.clean.articles import extract_articles
from analysis.clean.body import (
    body_line_indices,
    explain_body_lines,
    is_prose,
    line_features,
    main_region,
)
from analysis.clean.body.features import _TIME_OR_DATE
from analysis.clean.body.rules import without_word_lists
from analysis.text import count_words, visible_text

# ----------------------------------------------------------------------- helpers

MENU = ["  • Home", "  • News", "  • World", "  • Politics", "  • Business", "  • Sport"]
PARAGRAPHS = [
    "The city council voted on Tuesday to expand the bus network, adding twelve routes "
    "that will connect the northern suburbs with the hospital district by next spring.",
    "Officials said the plan would cost about 40 million dollars over five years, most of "
    "it paid by a regional transport grant that was approved in the summer.",
    "Residents who spoke at the meeting were mostly in favour, although several shop "
    "owners worried that the new stops would take away parking spaces in front of them.",
    "The first routes are expected to open in March, and the council said it would publish "
    "a full timetable on its website at least a month before the start of the service.",
]


def page(*blocks: str | list[str]) -> list[str]:
    """Lay blocks out as a dump does: a blank line between blocks, list items packed."""
    lines: list[str] = []
    for block in blocks:
        if lines:
            lines.append("")
        lines.extend(block if isinstance(block, list) else [block])
    return lines


def kept_text(lines: list[str]) -> list[str]:
    return [lines[i] for i in body_line_indices(lines)]


# ----------------------------------------------------------------------- the seed


def test_seed_article_body_is_exactly_the_paragraphs(seed_dir):
    text = (seed_dir / SEED_ARTICLE).read_text(encoding="utf-8-sig")
    lines = unicodedata.normalize("NFC", text).replace("\r\n", "\n").split("\n")
    kept = body_line_indices(lines)
    first = next(i for i, line in enumerate(lines) if line.startswith("North Korea has slammed"))
    last = next(
        i for i, line in enumerate(lines) if "blatant disregard for international law." in line
    )
    assert kept[0] == first and kept[-1] == last
    promo = next(i for i, line in enumerate(lines) if line.startswith("READ MORE"))
    assert promo not in kept and promo + 1 not in kept  # the promo and its linked headline
    paragraphs = [i for i in range(first, last + 1) if lines[i].strip()]
    assert kept == [i for i in paragraphs if i not in (promo, promo + 1)]


# ----------------------------------------------------------------------- synthetic pages


def test_menus_title_and_byline_are_not_body():
    lines = page(
        "Daily Courier",
        MENU,
        "Council expands bus network",
        "By Jane Smith | March 3, 2025 10:42",
        *PARAGRAPHS,
        MENU,
    )
    assert kept_text(lines) == PARAGRAPHS


def test_share_bar_and_promo_in_the_middle_of_the_body_are_dropped():
    lines = page(
        "Share Facebook Twitter Pinterest Email",
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        ["READ MORE:", "Mayor unveils plan for new tram line downtown"],
        PARAGRAPHS[2],
        PARAGRAPHS[3],
        "Share Facebook Twitter Pinterest Email",
    )
    assert kept_text(lines) == PARAGRAPHS


def test_related_list_comments_and_footer_after_the_body_are_dropped():
    related = [
        "Related Articles",
        "",
        "Five things to know about the new tram line",
        "March 2, 2025",
        "Why the bridge repairs are running late again",
        "March 1, 2025",
    ]
    comment_texts = [
        "I have been waiting for this for years, and I hope the northern routes run late.",
        "Forty million is a lot of money for buses that will be half empty most of the day.",
        "Good news for the hospital staff, who now need two changes to get to work on time.",
    ]
    comments = []
    for number, comment in enumerate(comment_texts, start=1):
        comments += [
            f"{number}. reader{number} says:",
            f"March 3, 2025 at 11:0{number} am",
            "",
            comment,
            "",
        ]
    footer = "© 2025 Daily Courier. All rights reserved. Terms of use apply to every page here."
    lines = page(*PARAGRAPHS[:3], related, "Leave a Reply", comments, footer)
    assert kept_text(lines) == PARAGRAPHS[:3]


def test_table_after_the_last_paragraph_continues_the_body():
    table = [
        "Pos  Team            Points",
        "1    Northern Rovers     45",
        "2    Harbour City        41",
        "3    Valley United       38",
    ]
    lines = page(MENU, *PARAGRAPHS, table, "More from Sport", MENU)
    assert kept_text(lines) == PARAGRAPHS + table


def test_a_table_copied_with_tabs_between_two_paragraphs_is_body():
    """A browser's copy of a page puts a tab between a table's cells, not aligned spaces:
    its rows are a table's rows, body between the story's paragraphs (h133)."""
    table = [
        "City\tPrice per m2\tChange",
        "Northport\t17 900\t+4.1%",
        "Harbour City\t16 300\t+8.2%",
        "Valley Town\t15 100\t+7.6%",
    ]
    lines = page(MENU, *PARAGRAPHS[:2], table, *PARAGRAPHS[2:], "More from Sport", MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], *table, *PARAGRAPHS[2:]]


@pytest.mark.parametrize("label", ["More episodes", "More from Sport", "Related stories"])
def test_a_heading_over_other_stories_with_figures_does_not_continue_the_body(label):
    """A box of other stories under the story, its headlines holding figures ("Episode
    111: Who owns the water?"), read as a table's heading and rows (h133)."""
    others = ["Episode 111: Who owns the water?", "Episode 110: The pension gap in 2026"]
    lines = page(MENU, *PARAGRAPHS, label, others, "© 2026 Daily Courier")
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    "closing",
    ["The new routes are due to run until 2031.", "Die neuen Linien sollen bis 2031 fahren."],
)
def test_a_short_closing_sentence_naming_a_year_continues_the_body(closing):
    # a year in a sentence is no date line; a day, a clock time or a notice still is one
    lines = page(MENU, *PARAGRAPHS, closing, "© 2026 Daily Courier")
    assert kept_text(lines) == [*PARAGRAPHS, closing]


@pytest.mark.parametrize(
    "stamp",
    [
        "Published 3 December 2026.",
        "Updated 14:05, 3.12.2026.",
        "Copyright 2026.",
    ],
)
def test_a_date_line_after_the_last_paragraph_ends_the_body(stamp):
    lines = page(MENU, *PARAGRAPHS, stamp, "© 2026 Daily Courier")
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("It should open in 2031.", True),
        ("From October 2023 to October 2026.", True),
        ("Updated at 14:15: figures for 2026 added.", False),  # a clock time
        ("[00:01:05] Thank you, and see you in 2027.", False),  # a time code
        ("Printed 3.12.2026.", False),  # a numeric date
        ("No figure at all.", False),
    ],
)
def test_a_year_alone_is_told_from_times_and_numeric_dates(text, alone):
    from analysis.clean.body.features import year_is_its_only_date

    assert year_is_its_only_date(text) is alone


def test_a_label_over_lines_naming_years_is_no_heading_of_the_body():
    # a list of sources under its label is no closing sentence of the story
    sources = ["Sources:", "Bus counts of the city, 2019 to 2026.", "Survey of riders, 2026."]
    lines = page(MENU, *PARAGRAPHS, sources, "© 2026 Daily Courier")
    assert kept_text(lines) == PARAGRAPHS


def test_a_comment_count_after_the_last_paragraph_does_not_continue_the_body():
    # a figure and a word (a count, "3 Photos") is no row of data: a table row or a
    # schedule line has DATA_LINE_MIN_WORDS words
    lines = page(MENU, *PARAGRAPHS, "12 Comments", MENU)
    assert kept_text(lines) == PARAGRAPHS
    lines = page(MENU, *PARAGRAPHS, ["12 Comments", "Jane Doe", "Great plan."], MENU)
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize("heading", ["Comments (14)", "Reacties [23]", "Комментарии (5)"])
def test_a_comment_section_headed_by_its_word_and_count_ends_the_body(heading):
    """A comment section's heading printing its count after its word ("Comments (14)"),
    over comments printing their author and time in their own line (h133)."""
    comments = [
        "Sandra P. 2 hours ago: Our pharmacy closed last spring and now my mother waits a "
        "week for her prescriptions. Nobody seems to care about it.",
        "Reply",
        "GeoffW 3 hours ago: The payments have been frozen for years, what did anyone "
        "expect would happen to the small pharmacies?",
        "Reply",
    ]
    lines = page(MENU, *PARAGRAPHS, heading, *comments, "© 2026 Daily Courier")
    assert kept_text(lines) == PARAGRAPHS


def test_a_listicles_last_numbered_section_after_the_region_is_body():
    """A listicle in a language without a function-word list: its last section (a short
    heading continuing the count, a short paragraph) weighs less than nothing and was
    lost; it continues the count of the region's headings (h133)."""
    intro = "Elpriset väntas stiga i vinter, särskilt i södra Sverige. Här är det viktigaste."
    sections = [
        [
            "1. Priset beror på var du bor",
            "Sverige är uppdelat i fyra elområden. I elområde "
            "fyra, längst söderut, har priset ofta varit tre gånger så högt som i norr.",
        ],
        [
            "2. Fast eller rörligt avtal",
            "Ett fast avtal ger trygghet men är ofta dyrare i "
            "längden. Ett rörligt avtal följer marknaden och kan bli billigt en mild vinter.",
        ],
        [
            "3. Timpris kan löna sig",
            "Med ett timprisavtal kan du spara pengar genom att "
            "tvätta, diska och ladda bilen på natten när priset är lägre.",
        ],
        [
            "4. Sänk inomhustemperaturen",
            "Varje grad lägre inomhus sparar omkring fem "
            "procent av uppvärmningskostnaden, enligt myndigheten.",
        ],
    ]
    lines = page(
        MENU,
        intro,
        *[line for section in sections for line in section],
        "Läs också: Så mycket kostar det att ladda elbilen",
        "Dela artikeln",
        "© 2026 Sydsvenska Nyheter",
    )
    assert kept_text(lines) == [intro, *[line for section in sections for line in section]]
    # a page whose lines share a few words with the lists (Danish): the last section's
    # short paragraph, with none of those words, reads as no prose
    intro = "Julen er dyr for mange familier. Her er fire enkle råd, der kan spare dig penge."
    danish = [
        [
            "1. Lav et budget",
            "Skriv ned, hvad du vil bruge på gaver, mad og pynt, før du "
            "går i gang med at handle ind.",
        ],
        [
            "2. Køb gaver i god tid",
            "Priserne stiger ofte i de sidste uger før jul. Køb derfor gaver allerede i november.",
        ],
        [
            "3. Aftal en gavegrænse",
            "Mange familier aftaler et fast beløb per gave eller "
            "trækker lod om, hvem der giver til hvem.",
        ],
        [
            "4. Genbrug pynten",
            "Gammel julepynt kan sagtens bruges igen. Lav eventuelt ny pynt sammen med børnene.",
        ],
    ]
    lines = page(
        MENU,
        intro,
        *[line for section in danish for line in section],
        "Læs også: Så meget bruger danskerne på julegaver",
        "Del artiklen",
        MENU,
    )
    assert kept_text(lines) == [intro, *[line for section in danish for line in section]]
    # a numbered line that breaks the count, or has no paragraph under it, is not taken in
    broken = [*sections[:3], ["7. Sänk inomhustemperaturen", sections[3][1]]]
    lines = page(MENU, intro, *[line for section in broken for line in section], MENU)
    assert "7. Sänk inomhustemperaturen" not in kept_text(lines)


def test_long_chrome_between_two_text_blocks_keeps_the_article_first():
    terms = [
        "By registering you agree that we may process your personal data for the purpose of "
        f"creating an account on this site, as described in section {n} of our terms."
        for n in range(1, 9)
    ]
    lines = page(MENU, *PARAGRAPHS, MENU * 5, *terms)
    assert kept_text(lines) == PARAGRAPHS


def test_subheading_is_kept_but_a_labelled_promo_is_not():
    lines = page(
        MENU,
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "What happens next",
        PARAGRAPHS[2],
        "Read more: Council approves new cycle lanes",
        PARAGRAPHS[3],
        MENU,
    )
    expected = [*PARAGRAPHS[:2], "What happens next", *PARAGRAPHS[2:]]
    assert kept_text(lines) == expected


def test_list_introduced_by_a_colon_after_the_last_paragraph_is_kept():
    items = [
        "  • a bus every ten minutes on the main routes",
        "  • night buses on Fridays and Saturdays",
        "  • a single ticket for buses and trams",
    ]
    lines = page(MENU, *PARAGRAPHS, "The plan also promises:", items, "Most read", MENU)
    assert kept_text(lines) == [*PARAGRAPHS, "The plan also promises:", *items]


def test_a_promo_box_titled_after_a_label_does_not_continue_the_body():
    """ "Related coverage from Site: Section:" ends in a colon, as a list's introduction
    does, but a label stands in front of it: its headlines are a promo, not the
    article's list."""
    items = [
        "  • Here is how to work out when you can retire",
        "  • How to save for a house and still pay the rent",
        "  • What to do with an old pension from a former job",
    ]
    lines = page(
        MENU, *PARAGRAPHS, "Related coverage from Our Guides: Money:", *items, "Most read", MENU
    )
    assert kept_text(lines) == PARAGRAPHS


def test_cookie_banner_before_the_article_is_not_the_body():
    banner = [
        "We use cookies and similar technologies to improve your experience on our site, "
        "to show you personalised content and to analyse where our visitors come from.",
        "By clicking accept, you consent to the use of these cookies on this site.",
    ]
    lines = page(*banner, MENU * 4, *PARAGRAPHS, MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_a_line_ending_in_an_emoji_ends_a_sentence():
    features = line_features(["We hope to see you all at the theatre again very soon 🙂", "Menu"])
    assert [feature.ends_sentence for feature in features] == [True, False]


@pytest.mark.parametrize(
    "marker", [".[1]", ".¹", ".(2)", ".*", ".†", ".[citation needed]", ".”[3]"]
)
def test_a_reference_marker_after_a_sentence_still_ends_it(marker: str) -> None:
    line = "The figures come from the budget papers the council published on Monday" + marker
    assert line_features([line])[0].ends_sentence
    # every second paragraph of an explainer ending in a footnote number: all kept
    marked = [p[:-1] + f".[{i + 1}]" if i % 2 == 0 else p for i, p in enumerate(PARAGRAPHS)]
    assert kept_text(page(MENU, *marked, MENU)) == marked


def test_a_bracketed_label_without_a_sentence_end_before_it_ends_nothing() -> None:
    assert not line_features(["Watch the council vote on the new bus routes [Video]"])[
        0
    ].ends_sentence


def test_lines_of_invisible_characters_count_as_blank():
    lines = [PARAGRAPHS[0], "\u200b", PARAGRAPHS[1], "\ufeff", PARAGRAPHS[2]]
    features = line_features(lines)
    assert [feature.index for feature in features] == [0, 2, 4]
    assert all(feature.n_adjacent == 0 for feature in features)
    assert kept_text(lines) == PARAGRAPHS[:3]


def test_a_page_printed_without_blank_lines_keeps_its_body():
    # Packing tells nothing on a page that sets no line apart: its paragraphs count whole.
    lines = page(
        "Daily Courier",
        MENU,
        "Council expands bus network",
        "By Jane Smith | March 3, 2025 10:42",
        PARAGRAPHS[0],
        "Advertisement",
        "The new buses at the depot. Photo: Jane Smith",
        *PARAGRAPHS[1:3],
        "Advertisement",
        PARAGRAPHS[3],
        MENU,
        MENU,
    )
    packed = [line for line in lines if line.strip()]
    assert kept_text(lines) == PARAGRAPHS
    assert kept_text(packed) == PARAGRAPHS
    assert {feature.n_adjacent for feature in line_features(packed)} == {0}
    # one blank line inside the page: packing is read as before
    assert line_features([*packed[:3], "", *packed[3:]])[0].n_adjacent == 1


LEGAL = [
    "The material on this site may not be reproduced, distributed, transmitted or otherwise "
    "used, except with the prior written permission of the publisher of this newspaper.",
    "Registration on or use of this site constitutes acceptance of our user agreement, our "
    "privacy policy and the cookie statement that apply to all of the company's websites.",
]


def test_dated_copyright_notice_ends_the_article_but_a_photo_credit_does_not():
    footer = "© 2025 Daily Courier. All rights reserved."
    lines = page(MENU, *PARAGRAPHS, footer, *LEGAL)
    assert kept_text(lines) == PARAGRAPHS
    credit = "Image copyright Northern Photo Agency"
    lines = page(MENU, *PARAGRAPHS[:2], credit, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_dated_photo_credits_inside_the_article_interrupt_but_do_not_end_it():
    """A credit with a year between two paragraphs (or in a run of credits after a
    sentence) is a caption's credit, not the site footer: the article goes on."""
    credits = [
        "Image copyright Agency Image caption The council chamber",
        "Image copyright Agency Image caption The old depot, opened in 1992",
    ]
    question = "What does this mean for the city?"
    lines = page(MENU, *PARAGRAPHS[:2], question, *credits, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], question, *PARAGRAPHS[2:]]
    footer = "© 2025 Daily Courier. All rights reserved."
    lines = page(MENU, *PARAGRAPHS, footer, *LEGAL)
    assert kept_text(lines) == PARAGRAPHS


def test_a_dated_photo_credit_among_the_rows_of_a_timeline_does_not_end_the_article():
    """The credit's neighbours are timeline rows, not prose, but paragraphs come before
    and after the timeline with no cluster-ending gap: it is a photo's credit."""
    rows = [
        "1999 The depot project is launched, according to the council's own records",
        "2002 Engineers find the old tunnels under the depot site (city report, May 2002)",
        "Image copyright Agency Image caption The old depot, seen here in 2009",
        "2006 The state agrees to pay half of the cost of the new depot and its tracks",
        "2013 Election of a new mayor gives a boost to the plan for the northern suburbs",
    ]
    lines = page(MENU, *PARAGRAPHS[:2], "Depot timeline", *rows, *PARAGRAPHS[2:], MENU)
    kept = kept_text(lines)
    assert kept[:2] == PARAGRAPHS[:2] and kept[-2:] == PARAGRAPHS[2:]
    assert rows[2] not in kept


def test_an_embedded_maps_dated_notice_above_the_pages_own_footer_does_not_end_the_article():
    """A map between two paragraphs prints its own notice with a year ("Map data ©2026");
    the page's footer notice, other words, stands further down: the article goes on. The
    same notice printed again further down (pages printed one after another) ends it."""
    embed = ["Open in Maps", "Map data ©2026", "Terms", "Report a map error"]
    footer = "© 2025 Daily Courier. All rights reserved."
    lines = page(MENU, *PARAGRAPHS[:2], *embed, *PARAGRAPHS[2:], footer, *LEGAL)
    kept = kept_text(lines)
    assert kept[:2] == PARAGRAPHS[:2] and kept[-2:] == PARAGRAPHS[2:]
    assert embed[1] not in kept
    twice = page(MENU, *PARAGRAPHS[:2], footer, MENU, *PARAGRAPHS[2:], footer, *LEGAL)
    assert kept_text(twice) in (PARAGRAPHS[:2], PARAGRAPHS[2:])


def test_a_list_announced_by_its_paragraph_is_body_and_does_not_end_the_article():
    intro = "Since then the council has passed a long series of laws on public transport:"
    laws = [f"  • {name} Act ({1970 + number})" for number, name in enumerate(
        ("Clean Air", "Bus Lanes", "Fare Control", "Depot Safety", "Night Routes",
         "Tram Planning", "Road Pricing", "Cycle Paths", "Rail Links", "Parking Limits")
    )]  # fmt: skip
    lines = page(MENU, *PARAGRAPHS[:2], intro, laws, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], intro, *laws, *PARAGRAPHS[2:]]


def test_a_list_announced_by_its_paragraph_stays_with_a_teaser_between_it_and_the_next():
    """Another story's teaser ("Read also: ...") between the list and the paragraph
    after it: the list was a gap that cut the region (review h248, body_h248 tn_pandoc)."""
    intro = "The new timetable adds buses on the three routes residents asked for most:"
    routes = ["-   Harbour to hospital", "-   Station to college", "-   Market to airport"]
    teaser = "Read also: Depot workers vote on new rota"
    lines = page(MENU, *PARAGRAPHS[:2], intro, *routes, teaser, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], intro, *routes, *PARAGRAPHS[2:]]


@pytest.mark.parametrize("dated", [False, True])
@pytest.mark.parametrize("bulleted", [False, True])
def test_the_paragraph_announcing_a_list_and_its_dated_items_are_body(bulleted, dated):
    """A timetable between two paragraphs: its announcing paragraph, packed against short
    items, is no caption, and rows opening with a date are items, bulleted or not."""
    intro = "The council published the following timetable for the works on Tuesday evening:"
    rows = (
        ["April 2026: dredging of the inner basin", "June 2026: repairs to the sea wall"]
        if dated
        else ["Dredging of the inner basin", "Repairs to the sea wall"]
    )
    items = [("  • " if bulleted else "") + row for row in rows]
    lines = page(MENU, *PARAGRAPHS[:2], [intro, *items], *PARAGRAPHS[2:], MENU)
    expected = [*PARAGRAPHS[:2], intro, *items, *PARAGRAPHS[2:]]
    if not (bulleted or dated):  # plain short lines: no list the rule knows
        assert kept_text(lines)[:2] == PARAGRAPHS[:2]
    else:
        assert kept_text(lines) == expected


@pytest.mark.parametrize("stamps", [
    ["14:05", "13:40", "13:02", "12:31"],
    ["2:05 p.m. ET", "1:40 p.m. ET", "1:02 p.m. ET", "12:31 p.m. ET"],
    ["Updated 14:05 GMT", "Updated 13:40 GMT", "Updated 13:02 GMT", "Updated 12:31 GMT"],
    ["March 4, 2026", "March 3, 2026", "March 2, 2026", "March 1, 2026"],
    ["2:05pm", "1:40pm", "1:02pm", "12:31pm"],  # the reviewer h77's K7
    ["2.05pm", "1.40pm", "1.02pm", "12.31pm"],  # British papers
    ["14.05", "13.40", "13.02", "12.31"],  # British papers, 24-hour (h77's K7, the rest)
    # a timeline with two entries a day (h89: article_variants' timeline_dates)
    ["March 4, 2026", "March 4, 2026", "March 3, 2026", "March 3, 2026"],
])  # fmt: skip
@pytest.mark.parametrize("packed", [False, True])
def test_a_live_blog_keeps_every_update_under_its_time_line(stamps, packed):
    """A time or a date over each paragraph is a dateline inside the article, not a gap
    of chrome: every update is body, the stamps are not."""
    updates = [[stamp, text] if packed else [stamp, "", text] for stamp, text in zip(
        stamps, PARAGRAPHS, strict=True
    )]  # fmt: skip
    lines = page(MENU, "Storm live: harbour closed as winds reach 90mph", *updates, MENU)
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    "control",
    [
        "Share",
        "Share  Reply",
        # a control's label of a few words, printed under every update (h77's K7, the rest)
        "Share this update",
        "Copy link",
        "Share on Facebook",
    ],
)
def test_a_live_blog_with_a_control_under_each_update_keeps_every_update(control):
    """A control's label under each update ("Share") is part of the update: no card
    separator and no break (found by the reviewer h77, K7)."""
    stamps = ["14:05", "13:40", "13:02", "12:31"]
    updates = [[stamp, text, control] for stamp, text in zip(stamps, PARAGRAPHS, strict=True)]
    lines = page(MENU, "Storm live: harbour closed as winds reach 90mph", *updates, MENU)
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize("control", ["Share", "Share this update"])
def test_a_live_blog_printing_no_blank_line_between_its_updates_keeps_every_update(control):
    """Time, text and control of every update packed against the next update's (blank
    lines only around the headline and the controls): the control under each update sets
    the next time apart from the text above it, as a blank line does (review h189: only
    a pinned post after the updates was kept)."""
    stamps = ["14:05", "13:40", "13:02", "12:31"]
    updates = [line for stamp, text in zip(stamps, PARAGRAPHS, strict=True)
               for line in (stamp, text, control)]  # fmt: skip
    pinned = "Welcome to our live coverage. Send us your pictures."
    lines = page(MENU, "Storm live: harbour closed", updates, ["Load more", "Pinned post", pinned])
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("14:05", True),
        ("Updated 14:05 GMT", True),
        ("2:05 p.m. ET", True),
        ("March 1, 2026", True),
        ("4:38pm", True),
        ("4.38 pm", True),
        ("Harbour Talk 2019 - Episode 29", False),
        ("Budget vote 2026", False),
    ],
)
def test_a_stamp_is_a_date_or_time_with_one_word_at_most(line, stamp):
    from analysis.clean.body.rules import is_stamp

    assert is_stamp(line) is stamp


def test_datelines_switched_off_cut_a_live_blog(monkeypatch):
    monkeypatch.setattr("analysis.clean.body.rules.DATELINES", False)
    stamps = ["14:05", "13:40", "13:02", "12:31"]
    updates = [[stamp, "", text] for stamp, text in zip(stamps, PARAGRAPHS, strict=True)]
    lines = page(MENU, "Storm live", *updates, MENU)
    assert len(kept_text(lines)) < len(PARAGRAPHS)


def test_a_card_date_under_its_teaser_is_no_dateline():
    """A card's date is printed against the teaser above it (the next card's teaser
    follows): it stays a penalty between teasers, as a dateline opening an update (set
    apart from the paragraph above it) does not."""
    cards = [[PARAGRAPHS[k], f"March {k + 1}, 2026"] for k in range(4)]
    lines = page(MENU, *cards, MENU)
    dates = [v.weight for v in explain_body_lines(lines) if lines[v.index].endswith("2026")]
    assert len(dates) == 4 and all(weight < 0 for weight in dates)


@pytest.mark.parametrize("packed", [False, True])
def test_a_short_line_announcing_a_list_between_paragraphs_is_body(packed):
    """A how-to's "You will need:" under its first paragraph, its items, then the steps:
    the short clause ending in a colon announces the list as a paragraph would, so the
    paragraph above it stays in the article (review h152: the first paragraph and the
    list were lost)."""
    intro = "If the top of a radiator stays cold while the bottom is warm, air is trapped."
    items = ["  • a radiator key", "  • an old cloth or towel", "  • a small bowl"]
    blocks = [intro, "You will need:", items, *PARAGRAPHS]
    lines = [line for line in page(MENU, *blocks, MENU) if line or not packed]
    assert kept_text(lines) == [intro, "You will need:", *items, *PARAGRAPHS]


@pytest.mark.parametrize("label", ["Related stories:", "Read more:", "More on this story:"])
def test_a_related_label_with_a_colon_announces_no_list(label):
    """A box of links between the paragraphs under its label: the label is no clause
    announcing a list, so it stays a gap in the region search (weight below 0)."""
    links = ["  • Bus fares to rise in January", "  • Depot plan approved"]
    lines = page(MENU, *PARAGRAPHS[:2], label, links, *PARAGRAPHS[2:], MENU)
    (weight,) = [v.weight for v in explain_body_lines(lines) if lines[v.index] == label]
    assert weight < 0 and label not in kept_text(lines)


@pytest.mark.parametrize("label", ["Teams:", "Line-ups:", "Συνθέσεις:"])
def test_a_label_over_the_line_ups_under_a_match_report_is_crossed(label):
    """A match report's line-ups under their label after the last paragraph continue the
    body as they do without the label (review h152: the label ended the body)."""
    line_ups = [
        "Harbour City: Hewitt; Baptiste, Okafor, Lund, Carrow; Pennant, Mbeki, Sands.",
        "Millbrook Rovers: Grady; Ferri, Stott, Mallory, Ansah; Kemp, Whitby, Doran.",
    ]
    lines = page(MENU, *PARAGRAPHS, label, line_ups, "Northern League table", MENU)
    assert kept_text(lines) == [*PARAGRAPHS, label, *line_ups]


@pytest.mark.parametrize("label", ["Related stories:", "More from Sport:"])
def test_a_box_label_over_sentences_after_the_story_is_not_crossed(label):
    teasers = ["Bus fares will rise by 5% in January, the operator said.", "Depot plan approved."]
    lines = page(MENU, *PARAGRAPHS, label, teasers, MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_a_sign_up_box_ending_in_a_colon_is_not_an_announced_list():
    """The perks of a newsletter box are followed by its button, not by a paragraph."""
    box = "Sign up for our daily newsletter and get the best of the city in your inbox:"
    perks = ["  • Breaking News Alerts", "  • The Morning Briefing", "  • Weekend Reads"]
    lines = page(MENU, *PARAGRAPHS, box, perks, "Sign Up", MENU)
    kept = kept_text(lines)
    assert kept[:4] == PARAGRAPHS and not set(perks) & set(kept)


def test_announced_lists_switched_off_end_the_article_at_a_long_list(monkeypatch):
    monkeypatch.setattr("analysis.clean.body.lists.ANNOUNCED_LISTS", False)
    intro = "Since then the council has passed a long series of laws on public transport:"
    laws = [f"  • Law {number} On Transport ({1970 + number})" for number in range(12)]
    lines = page(MENU, *PARAGRAPHS[:2], intro, laws, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) in ([*PARAGRAPHS[:2], intro], PARAGRAPHS[2:])


def test_credits_between_prose_switched_off_end_the_article_at_a_dated_credit(monkeypatch):
    monkeypatch.setattr("analysis.clean.body.rules.CREDITS_BETWEEN_PROSE", False)
    credit = "Image copyright Agency Image caption The old depot, opened in 1992"
    lines = page(MENU, *PARAGRAPHS[:2], credit, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) in (PARAGRAPHS[:2], PARAGRAPHS[2:])


def test_a_comment_form_ends_the_article():
    form = ["Leave a Reply", "Name *", "Email *", "Website"]
    lines = page(MENU, *PARAGRAPHS, *form, *LEGAL, MENU)
    assert kept_text(lines) == PARAGRAPHS
    assert [feature.is_form_field for feature in line_features(form)] == [0, 1, 1, 0]


TEASERS = [
    "Council Approves New Cycle Lanes Downtown"
    "The council voted on Monday to paint protected lanes on four avenues, a plan that "
    "cyclists have asked for since the last election and that shop owners opposed.",
    "Harbour Bridge Repairs Running Late Again"
    "Engineers found more rust than expected under the deck, and the works that were "
    "meant to end in May will now go on until the autumn, the city said on Friday.",
    "Five Things To Know About The Tram Plan"
    "The line would link the station with the university, and the first trams could run "
    "in three years if the state pays half of the cost that the council has estimated.",
]


def test_headlines_glued_to_their_teasers_are_not_prose():
    lines = page(MENU, *TEASERS, "Council expands bus network", *PARAGRAPHS, MENU)
    assert kept_text(lines) == PARAGRAPHS
    assert all(feature.is_glued_headline for feature in line_features(TEASERS))
    names = ["Shares in McDonald rose after the iPhone maker and YouTube said they would talk."]
    assert not any(feature.is_glued_headline for feature in line_features(PARAGRAPHS + names))


def test_headlines_glued_before_a_one_letter_word_or_after_a_figure_are_not_prose():
    glued = [
        "Harbour Ferry Service Returns After Winter BreakA crowd of about forty people "
        "waited on the pier on Monday morning as the first boat of the season came in.",
        "Festival Ticket Sales Rise To 4,000The town council said on Friday that the "
        "weekend festival had sold more tickets than in any year since it began.",
    ]
    assert all(feature.is_glued_headline for feature in line_features(glued))
    spaced = [
        "The plan, called Option A by the council, would cost 250,000 dollars in total.",
        "Sales of the 4K TV rose, and I think the 5G Network Plan will follow next year.",
    ]
    assert not any(feature.is_glued_headline for feature in line_features(spaced))


def test_a_heading_is_crossed_to_data_after_the_body_but_not_to_a_bulleted_list():
    dates = [
        "June 9 – Springfield, Civic Arena",
        "June 12 – Shelbyville, Town Hall",
        "June 14 – Capital City, Memorial Park",
    ]
    related = [
        "  • Five things to know about the new tram line in the city",
        "  • Why the bridge repairs are running late again this year",
    ]
    lines = page(MENU, *PARAGRAPHS, "Tour Dates", dates, "Related stories", related, MENU)
    assert kept_text(lines) == [*PARAGRAPHS, "Tour Dates", *dates]


def test_short_sentences_opening_the_body_are_kept():
    lines = page(MENU, "Council expands bus network", "It started with a letter.", *PARAGRAPHS)
    assert kept_text(lines) == ["It started with a letter.", *PARAGRAPHS]


def test_a_block_of_stand_alone_data_lines_after_the_body_is_kept():
    plan = [
        "Breakfast",
        "Eat within 1 hour of waking up",
        "2 eggs, 1 slice of whole-grain toast",
        "Portion: 1 Red, 1 Yellow",
        "Lunch",
        "1 cup of rice, 4 oz. of chicken",
        "Portion: 1 Red, 1 Yellow, 1 Green",
        "Dinner",
        "Salad with 2 cups of greens and 3 oz. of salmon",
        "Portion: 2 Green, 1 Red",
    ]
    lines = page(MENU, *PARAGRAPHS[:3], *plan, "Related Articles", "Nutrition", MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:3], *plan]
    # a list of headlines with their ages and comment counts is not such a block
    latest: list[str] = []
    for hours, headline in enumerate(["Tram plan unveiled", "Bridge works late", "New mayor"]):
        latest += [headline, f"{hours + 1} hours ago", str(hours * 7)]
    lines = page(MENU, *PARAGRAPHS, *latest, MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_a_page_without_paragraphs_keeps_its_longest_run_of_data_lines():
    calendar = [f"Round {n}: {n + 3} March – Circuit {name}" for n, name in enumerate("ABCDEFGHIJ")]
    sidebar = (
        "Click on the photo of our columnist and read all the columns he writes every week "
        "for this site about racing, the drivers, the teams and the rules of the sport."
    )
    lines = page(MENU, "Season calendar", calendar, MENU, "Our columnist", sidebar, MENU)
    kept = kept_text(lines)
    assert kept == calendar


def test_an_author_box_closing_the_article_is_dropped():
    bio = (
        "Jane Smith is a reporter who has covered city hall for ten years and writes about "
        "transport, housing and the city budget."
    )
    lines = page(MENU, *PARAGRAPHS, "About Jane Smith", bio, MENU)
    assert kept_text(lines) == PARAGRAPHS
    lines = page(MENU, *PARAGRAPHS[:3], "What Comes Next", PARAGRAPHS[3], MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:3], "What Comes Next", PARAGRAPHS[3]]


def test_a_last_section_whose_paragraph_repeats_its_heading_is_no_author_box():
    """A function word ("The") is no part of a name: the section stays body."""
    section = (
        "The Northern extension is the last part of the plan, and the council said work "
        "on it would begin once the first routes were running."
    )
    lines = page(MENU, *PARAGRAPHS, "The Northern extension", section, MENU)
    assert kept_text(lines) == [*PARAGRAPHS, "The Northern extension", section]


def test_a_last_section_naming_its_heading_after_an_article_is_no_author_box():
    """A heading of capitalized words that the paragraph writes after "the" names a
    thing (a survey, a fund), not the author: the section stays body."""
    section = (
        "Run every month by the transport office, the Rider Satisfaction Survey asks about "
        "two thousand passengers how long they waited for their bus."
    )
    lines = page(MENU, *PARAGRAPHS, "Rider Satisfaction Survey", section, MENU)
    assert kept_text(lines) == [*PARAGRAPHS, "Rider Satisfaction Survey", section]


def test_an_article_with_a_repeated_advertisement_line_is_kept_whole():
    paragraphs = [f"{paragraph} Part {n}." for n, paragraph in enumerate(PARAGRAPHS * 2)]
    blocks: list[str | list[str]] = [MENU]
    for first, second in zip(paragraphs[::2], paragraphs[1::2], strict=True):
        blocks += [first, second, "Advertisement"]
    lines = page(*blocks[:-1], MENU)
    assert kept_text(lines) == paragraphs


@pytest.mark.parametrize(
    "paragraphs",
    [
        [  # German
            "Der Stadtrat hat am Dienstag beschlossen, das Busnetz zu erweitern und zwölf neue "
            "Linien einzurichten, die die nördlichen Vororte mit dem Krankenhausviertel verbinden.",
            "Nach Angaben der Verwaltung kostet der Plan in fünf Jahren etwa 40 Millionen Euro, "
            "die zum größten Teil aus einem regionalen Zuschuss bezahlt werden.",
        ],
        [  # Russian
            "Городской совет во вторник проголосовал за расширение автобусной сети и добавил "
            "двенадцать маршрутов, которые соединят северные районы с больничным кварталом.",
            "По словам чиновников, план обойдётся примерно в 40 миллионов за пять лет, и большую "
            "часть этой суммы покроет региональный транспортный грант.",
        ],
        [  # Portuguese
            "A câmara municipal votou na terça-feira a ampliação da rede de autocarros, com doze "
            "novas linhas que vão ligar os subúrbios do norte ao bairro do hospital.",
            "Segundo os responsáveis, o plano vai custar cerca de 40 milhões em cinco anos, pagos "
            "na maior parte por um subsídio regional aprovado no verão.",
        ],
    ],
)
def test_non_english_paragraphs_are_body(paragraphs):
    lines = page("Notícias", MENU, "Título da notícia", *paragraphs, MENU)
    assert kept_text(lines) == paragraphs


@pytest.mark.parametrize(
    "quotation",
    [
        "„Wir mussten jetzt handeln“, sagte die Bürgermeisterin. „Der Hafen kann nicht "
        "länger warten.“",
        "»Wir mussten jetzt handeln«, sagte die Bürgermeisterin. »Der Hafen kann nicht "
        "länger warten.«",
        "« Nous devions agir maintenant », a déclaré la maire. « Le port ne peut plus attendre. »",
    ],
)
def test_a_paragraph_ending_in_a_german_or_french_closing_quote_is_body(quotation):
    # Its sentence ends before the closing mark (“ « or a spaced »): the paragraph was
    # read as ending no sentence and cut out of the body.
    paragraphs = [
        "Der Stadtrat hat am Dienstag beschlossen, das Busnetz zu erweitern und zwölf neue "
        "Linien einzurichten, die die nördlichen Vororte mit dem Krankenhausviertel verbinden.",
        quotation,
        "Nach Angaben der Verwaltung kostet der Plan in fünf Jahren etwa 40 Millionen Euro, "
        "die zum größten Teil aus einem regionalen Zuschuss bezahlt werden.",
    ]
    lines = page("Nachrichten", MENU, "Der Hafen wird ausgebaut", *paragraphs, MENU)
    assert kept_text(lines) == paragraphs


@pytest.mark.parametrize(
    "paragraphs",
    [
        [  # Hindi: sentences end in a danda
            "नगर परिषद ने मंगलवार को अगले वर्ष का बजट पारित कर दिया, जब छह घंटे से अधिक समय तक "
            "भरे हुए सभागार में बहस चली।",
            "विपक्ष ने पुस्तकालयों के बजट में प्रस्तावित कटौती की आलोचना की और कहा कि वह "
            "निवासियों से परामर्श की मांग करेगा।",
            "बंदरगाह का काम अप्रैल में शुरू होने की उम्मीद है और इस पर लगभग चालीस करोड़ रुपये खर्च होंगे।",
        ],
        [  # Urdu: the Urdu full stop
            "سٹی کونسل نے منگل کو اگلے سال کا بجٹ منظور کر لیا جب چھ گھنٹے سے زیادہ بحث جاری رہی۔",
            "حزب اختلاف نے لائبریریوں کے بجٹ میں کٹوتی پر تنقید کی "
            "اور شہریوں سے مشاورت کا مطالبہ کیا۔",
            "بندرگاہ کا کام اپریل میں شروع ہوگا اور اس پر تقریباً چالیس کروڑ روپے خرچ ہوں گے۔",
        ],
    ],
)
def test_paragraphs_ending_in_a_danda_or_an_urdu_full_stop_are_body(paragraphs):
    # A short paragraph must end a sentence to be prose: these marks were not sentence
    # ends for the body detector (they were for the sentence counter), so no article.
    lines = page("Samachar", MENU, "Bandargah ka kaam", *paragraphs, MENU)
    assert kept_text(lines) == paragraphs


@pytest.mark.parametrize(
    "paragraphs",
    [
        [  # Indonesian
            "Dewan kota pada hari Selasa menyetujui perluasan jaringan bus dengan dua belas "
            "rute baru yang menghubungkan pinggiran utara dengan kawasan rumah sakit.",
            "“Warga sudah menunggu terlalu lama,” kata wali kota.",
            "Menurut para pejabat, rencana itu menelan biaya sekitar empat puluh juta selama "
            "lima tahun, sebagian besar dibiayai hibah transportasi daerah.",
        ],
        [  # Czech
            "Městská rada v úterý schválila rozšíření autobusové sítě o dvanáct nových linek, "
            "které propojí severní předměstí s nemocniční čtvrtí do příštího jara.",
            "„Obyvatelé čekali příliš dlouho,“ řekla starostka.",
            "Podle úředníků bude plán stát zhruba čtyřicet milionů během pěti let, většinu "
            "uhradí regionální dotace schválená v létě.",
        ],
        [  # Vietnamese
            "Hội đồng thành phố hôm thứ Ba đã thông qua việc mở rộng mạng lưới xe buýt với mười "
            "hai tuyến mới nối vùng ngoại ô phía bắc với khu bệnh viện.",
            "“Người dân đã chờ quá lâu,” thị trưởng nói.",
            "Theo các quan chức, kế hoạch tốn khoảng bốn mươi triệu trong năm năm, phần lớn "
            "do khoản tài trợ giao thông vùng chi trả.",
        ],
        [  # Romanian: 'a', 'de', 'la' of other lists made it read as listed (G25)
            "Consiliul local a aprobat marți extinderea rețelei de autobuze cu douăsprezece "
            "linii noi, care vor lega cartierele din nord de zona spitalului până la primăvară.",
            "„Locuitorii trebuiau să primească răspunsuri clare”, a spus primarul.",
            "Potrivit oficialilor, planul va costa o sumă de patruzeci de milioane, iar o "
            "parte a banilor vine de la un grant regional aprobat în vară.",
        ],
    ],
)
def test_a_short_quotation_is_body_in_a_language_without_a_function_word_list(paragraphs):
    # The short paragraph needed 15 % function words of the ten listed languages: in a
    # language the lists do not cover it has none, and was cut out of the body.
    # the quotation opens the article: no paragraph before it carries it into the body
    paragraphs = [paragraphs[1], paragraphs[0], paragraphs[2]]
    lines = page("Berita", MENU, "Judul berita", *paragraphs, MENU)
    assert kept_text(lines) == paragraphs


def test_a_page_without_long_lines_is_not_judged_an_unlisted_language():
    short_page = line_features(page("Home", MENU, "Sign in."))
    assert not any(feature.is_unlisted_script for feature in without_word_lists(short_page))
    unlisted = line_features(["Kami harus bertindak sekarang " * 4 + "."])
    assert all(feature.is_unlisted_script for feature in without_word_lists(unlisted))


def test_thai_paragraphs_without_sentence_marks_are_body():
    # Thai marks no sentence end and puts no space between words: a paragraph was one or
    # two "words" ending no sentence, so a Thai article of short paragraphs kept nothing
    paragraphs = [
        "คณะกรรมการเมืองลงมติเมื่อวันอังคารให้ขยายเส้นทางรถประจำทาง "
        "เพิ่มอีกสิบสองสายเพื่อเชื่อมชานเมืองทางเหนือกับย่านโรงพยาบาล",
        "เจ้าหน้าที่ระบุว่าโครงการนี้จะใช้งบประมาณราวสี่สิบล้านบาทในห้าปี",
        "ผู้อยู่อาศัยส่วนใหญ่ที่มาร่วมประชุมเห็นด้วยกับแผนการดังกล่าว แต่เจ้าของร้านค้าบางรายกังวลเรื่องที่จอดรถหน้าร้าน",
    ]
    menu = ["  • หน้าแรก", "  • ข่าว", "  • กีฬา", "  • ธุรกิจ"]
    lines = page("ข่าวเมือง", menu, "ขยายเส้นทางรถประจำทาง", *paragraphs, menu)
    assert kept_text(lines) == paragraphs
    # words are counted by segmenting the Thai text, not by its spaces
    assert all(feature.n_words >= 10 for feature in line_features(paragraphs))


def test_japanese_text_without_spaces_is_not_treated_as_short():
    paragraphs = [
        "市議会は火曜日、バス路線網を拡大する計画を可決し、北部の郊外と病院地区を結ぶ十二の新しい路線を来年の春までに開設すると発表した。",
        "当局によると、計画の費用は五年間で約四千万ドルとなり、その大部分は夏に承認された地域交通補助金でまかなわれる。",
        "もちろん、反対意見もある。",
    ]
    lines = page(["  • ホーム", "  • ニュース", "  • 政治"], "関連記事", *paragraphs, "関連記事")
    assert kept_text(lines) == paragraphs
    # about two characters per word: the long lines count as long, not as one "word"
    assert all(feature.n_words >= 20 for feature in line_features(paragraphs[:2]))


def test_korean_paragraphs_are_body():
    paragraphs = [
        "시의회는 화요일 버스 노선망을 확대하는 계획을 통과시켰으며, 북부 교외와 병원 지구를 잇는 "
        "열두 개의 새 노선을 내년 봄까지 개통할 예정이라고 밝혔다.",
        "관계자들에 따르면 이 계획에는 5년 동안 약 4천만 달러가 들며, 대부분은 여름에 승인된 "
        "지역 교통 보조금으로 충당된다.",
    ]
    menu = ["  • 홈", "  • 뉴스", "  • 정치"]
    lines = page(menu, *paragraphs, "많이 본 기사", ["  • 기사 하나", "  • 기사 둘"])
    assert kept_text(lines) == paragraphs


def test_empty_and_blank_input_give_no_body():
    assert body_line_indices([]) == []
    assert body_line_indices(["", "   ", ""]) == []


def test_page_of_only_chrome_gives_no_body():
    lines = page(
        "Daily Courier",
        MENU,
        "Sign in",
        "Search",
        ["Most read", "  • Council expands bus network", "  • Tram line plan unveiled"],
        "© 2025 Daily Courier",
    )
    assert body_line_indices(lines) == []


def test_page_without_prose_falls_back_to_its_longest_sentence():
    lines = page(MENU, "The service starts again on Monday.", "Short label", MENU)
    assert kept_text(lines) == ["The service starts again on Monday."]


def test_verdicts_cover_every_non_blank_line_and_agree_with_the_indices():
    lines = page("Daily Courier", MENU, *PARAGRAPHS, MENU)
    verdicts = explain_body_lines(lines)
    assert [v.index for v in verdicts] == [i for i, line in enumerate(lines) if line.strip()]
    assert [v.index for v in verdicts if v.is_body] == body_line_indices(lines)
    assert all(v.weight > 0 for v in verdicts if v.reason == "prose")
    assert all(v.weight < 0 for v in verdicts if v.index in range(2, 8))  # the menu


def test_output_is_sorted_unique_and_in_range():
    lines = page(MENU, *PARAGRAPHS, ["READ MORE:", "A headline"], *PARAGRAPHS[::-1], MENU)
    kept = body_line_indices(lines)
    assert kept == sorted(set(kept))
    assert all(0 <= i < len(lines) for i in kept)


def test_main_region_is_the_maximum_sum_run():
    assert main_region([]) == (0, -1)
    assert main_region([-1.0, -2.0]) == (0, -1)
    assert main_region([-1.0, 5.0, -2.0, 4.0, -10.0, 3.0]) == (1, 3)


# ----------------------------------------------------------------------- dev benchmark

DEV_DIR = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"
# Measured: mean 0.973, median 0.987 (4-gram 0.968 / 0.981), English mean 0.972,
# non-English mean 0.977 (14 pages), lowest page 0.749, with
# benchmarks/extraction_benchmark.py; the floors sit a little below so that a real
# regression fails and a small change of one page does not. No page below 0.5 is the
# issue's target (met since the run of item boxes of a deals listicle is body:
# body/boxes.py, 0.295 -> 0.972).
MEAN_F1_FLOOR = 0.967
PAGE_F1_FLOOR = 0.5
PAGES_BELOW_FLOOR = 0
MEDIAN_F1_FLOOR = 0.98
ENGLISH_MEAN_F1_FLOOR = 0.955
NON_ENGLISH_MEAN_F1_FLOOR = 0.95


def _load_benchmark():
    return load_benchmark("extraction_benchmark")


def test_dev_benchmark_score_stays_above_its_floor():
    if not (DEV_DIR / "README.md").exists() or not (DEV_DIR.parent / "score.py").exists():
        pytest.skip("../shared/benchmarks/extraction is absent")
    summary = _load_benchmark().run(DEV_DIR)
    assert summary["empty"] == 0
    assert summary["f1_mean"] >= MEAN_F1_FLOOR
    assert summary["f1_median"] >= MEDIAN_F1_FLOOR
    assert summary["english_f1_mean"] >= ENGLISH_MEAN_F1_FLOOR
    assert summary["non_english_f1_mean"] >= NON_ENGLISH_MEAN_F1_FLOOR
    below = [f1 for _, _, f1 in summary["per_page"].values() if f1 < PAGE_F1_FLOOR]
    assert len(below) <= PAGES_BELOW_FLOOR


UNSEEN_DIR = config.SHARED_DIR / "benchmarks" / "listings" / "dev"
# Measured on the 11 pages of layouts never tuned on: mean 0.993, min 0.976.
UNSEEN_MEAN_F1_FLOOR = 0.98
UNSEEN_MIN_F1_FLOOR = 0.95


def test_unseen_layouts_score_stays_above_its_floor():
    if not (UNSEEN_DIR / "article_comments_1.json").exists():
        pytest.skip("../shared/benchmarks/listings is absent")
    scores = _load_benchmark().score_unseen_layouts(UNSEEN_DIR)
    assert len(scores) == 11
    f1 = [value[2] for value in scores.values()]
    assert sum(f1) / len(f1) >= UNSEEN_MEAN_F1_FLOOR
    assert min(f1) >= UNSEEN_MIN_F1_FLOOR


def test_unseen_layouts_are_skipped_when_absent(tmp_path):
    assert _load_benchmark().score_unseen_layouts(tmp_path / "absent") == {}


def test_corpora_check_reads_every_corpus_as_a_dump_and_counts_kept_words():
    corpora = load_benchmark("body_corpora")
    kept, cut, total = corpora.kept_share("\n\n".join(PARAGRAPHS))
    assert kept == total > 0 and cut == 0
    later = "A second text after a long menu, cut off from the article, is prose cut off."
    kept, cut, total = corpora.kept_share("\n".join([*page(*PARAGRAPHS), *MENU * 4, "", later]))
    assert 0 < kept < total and cut == len(later.split())
    if not (corpora.CORPORA_DIR / "basil" / "articles.jsonl").exists():
        pytest.skip("../shared/corpora is absent")
    texts = list(corpora.read_corpus("basil", limit=2))
    assert len(texts) == 2 and all("\n\n" in text for _, text in texts)


# ------------------------------------------------- interruptions, regions, scripts (#12)


def test_a_quotation_in_another_script_does_not_end_the_body():
    greek = (
        "«Το δημοτικό συμβούλιο ψήφισε την Τρίτη την επέκταση του δικτύου λεωφορείων, "
        "προσθέτοντας δώδεκα νέες γραμμές που θα συνδέσουν τα βόρεια προάστια.»"
    )
    lines = page(MENU, PARAGRAPHS[0], PARAGRAPHS[1], greek, PARAGRAPHS[2], PARAGRAPHS[3], MENU)
    assert kept_text(lines) == [PARAGRAPHS[0], PARAGRAPHS[1], greek, *PARAGRAPHS[2:]]


def test_caption_credit_and_read_more_inside_the_article_interrupt_but_do_not_end_it():
    interruption = [
        "The new buses at the depot on Monday.",
        "(Photo: John Smith / Daily Courier)",
        "Read more: Mayor unveils plan for new tram line downtown",
    ]
    lines = page(MENU, PARAGRAPHS[0], PARAGRAPHS[1], interruption, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_a_long_caption_packed_against_its_credit_or_a_promo_against_its_button_is_dropped():
    caption = [
        "Teachers wearing red carry signs as they rally outside the council building on "
        "Tuesday, calling for higher pay and smaller classes in the city's schools.",
        "Jane Doe, AP",
    ]
    promo = [
        "Let our news meet your inbox. The news and stories that matter, delivered on "
        "weekday mornings to everyone who signs up for our free newsletter.",
        "Sign Up",
    ]
    lines = page(MENU, PARAGRAPHS[0], caption, PARAGRAPHS[1], promo, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == PARAGRAPHS
    # two paragraphs packed together are no caption: the line after is a sentence
    packed = [PARAGRAPHS[1], "The plan was approved by a large majority of the council."]
    lines = page(MENU, PARAGRAPHS[0], packed, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == [PARAGRAPHS[0], *packed, *PARAGRAPHS[2:]]


def test_a_promo_closing_the_region_packed_against_its_date_line_is_dropped():
    """The promo after the last paragraph, packed against the short dated line after it,
    is dropped as inside the region: that line is outside the region, not body either."""
    promo = [
        "Get access to the city's fastest growing transport newsletter for a whole year, "
        "with every timetable change and fare news in your inbox.",
        "First Published on Nov 20, 2019 01:38 pm",
    ]
    lines = page(MENU, *PARAGRAPHS, promo, MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_a_run_of_lines_with_figures_that_holds_the_paragraphs_does_not_replace_them():
    # every paragraph holds figures (data lines), but paragraphs are no rows of data
    figures = [
        f"Route {n} will run every {n + 5} minutes from 6 in the morning until midnight, and "
        f"the council expects about {n * 900} people to use it on a working day."
        for n in range(1, 10)
    ]
    lines = page(MENU, "by City Desk 0 Comments", *figures, MENU)
    assert kept_text(lines) == figures


def test_data_blocks_switched_off_keep_only_the_paragraphs(monkeypatch):
    from analysis.clean.body import extend

    plan = [
        line
        for day in range(1, 5)
        for line in ("Breakfast", f"{day + 1} eggs and 1 slice of toast", f"Portion: {day} Red")
    ]
    lines = page(MENU, *PARAGRAPHS[:3], *plan, MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:3], *plan]
    monkeypatch.setattr(extend, "DATA_BLOCKS", False)
    assert kept_text(lines) == PARAGRAPHS[:3]


def test_a_league_table_under_a_round_ups_results_is_no_body():
    """A data block stops at a heading over a header row (h179 item 2): the results
    lines and the paragraph after them are body, the league table under its own heading
    and column names is the site's widget."""
    results = [
        "Results",
        "Ashby Vale 1-2 Corran Town",
        "Dunholme 1-1 Eskwick",
        "Frayle Rovers 2-0 Gorsey Park",
        "Hollin 3-0 Irby Athletic",
        "Jorvale 0-0 Kelsey United",
    ]
    outlook = (
        "Corran Town are at home to Dunholme next weekend, the game their captain called "
        "the biggest of the season so far."
    )
    table = [
        "League table",
        "Pos Team P W D L Pts",
        "1 Corran Town 15 11 2 2 35",
        "2 Dunholme 15 10 3 2 33",
        "3 Frayle Rovers 15 10 2 3 32",
    ]
    lines = page(MENU, *PARAGRAPHS[:3], *results, outlook, *table, "Full table", MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:3], *results, outlook]
    # the block's lines under a heading with no header row under it stay body
    schedule = [
        "Top scorers",
        "Tam Abelson (Corran Town) 14 goals",
        "Ivo Brisk (Dunholme) 11 goals",
    ]
    lines = page(MENU, *PARAGRAPHS[:3], *results, outlook, *schedule, MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:3], *results, outlook, *schedule]


def test_a_numbered_list_of_sentences_inside_the_article_is_body():
    steps = [
        "1. Residents can comment on the routes online until the end of the month.",
        "2. The council will publish a revised plan in the spring after the hearings.",
        "3. Construction of the new stops is expected to begin in the summer.",
    ]
    lines = page(MENU, PARAGRAPHS[0], steps, *PARAGRAPHS[1:], MENU)
    assert kept_text(lines) == [PARAGRAPHS[0], *steps, *PARAGRAPHS[1:]]


def test_a_short_article_at_the_bottom_beats_menus_and_a_tag_cloud():
    tags = [f"  • {tag}" for tag in ("Buses", "Council", "Transport", "Budget", "Hospital")]
    months = [f"  • {month} 2025" for month in ("January", "February", "March", "April")]
    lines = page(MENU, "Categories", tags, "Archives", months, MENU, *PARAGRAPHS[:2], MENU)
    assert kept_text(lines) == PARAGRAPHS[:2]


def test_a_one_paragraph_article_beats_a_category_drop_down_and_a_tag_cloud_above_it():
    # two long keyword lines and one paragraph: the page's language is read from the
    # lines that end a sentence, so the keyword lines are not prose
    categories = "Select Category " + " ".join(
        f"{topic} {place}"
        for topic in ("Politics", "Sports", "Business", "Health", "Science", "Culture")
        for place in ("Local", "National", "World")
    )
    tags = "Tags: " + " ".join(
        f"{word}s" for word in ("bus", "route", "fare", "stop", "tram", "lane", "road") * 5
    )
    lines = page(MENU, categories, tags, MENU, PARAGRAPHS[0], MENU)
    assert kept_text(lines) == [PARAGRAPHS[0]]


def test_cross_validation_folds_keep_each_site_in_one_fold():
    benchmark = _load_benchmark()
    sites = {f"page{n}": f"site{n % 7}" for n in range(30)}
    for n_folds in (5, None):
        fold = benchmark.site_folds(sites, n_folds)
        by_site: dict[str, set[int]] = {}
        for name, site in sites.items():
            by_site.setdefault(site, set()).add(fold[name])
        assert all(len(folds) == 1 for folds in by_site.values())
        assert len(set(fold.values())) == (5 if n_folds else 7)
    assert benchmark.site_folds(sites, 5) == benchmark.site_folds(sites, 5)  # fixed seed


def test_a_comment_thread_after_the_article_is_not_body():
    """Posts under a name and a time line: packed header, then paragraphs of prose."""
    comments = [
        "I think the council should have asked the people who actually ride these buses "
        "every day before they spent forty million dollars of our money on it.",
        "Finally some good news for the northern suburbs, where we have waited for a "
        "decent connection to the hospital for more than ten years now.",
        "The parking problem is real, and the shop owners on the main street are right to "
        "worry about what the new stops will do to their customers and to their rent.",
    ]
    posts = []
    for name, hour, text in zip(("Woyzeck", "Nick A", "fmcshan"), (7, 8, 9), comments, strict=True):
        posts += [[name, f"2 days ago at 0{hour}:15 am", text], text.replace("I think", "And")]
    lines = page(MENU, *PARAGRAPHS, "Top Rated Comments", *posts, MENU)
    assert kept_text(lines) == PARAGRAPHS


LONG_COMMENT = [
    "I agree but it raises the question of who was really in charge of the transport "
    "office when the first plan for the northern suburbs was drawn up ten years ago.",
    "Before he left, the old director gave the planners a tremendous amount of freedom, "
    "and they used it to draw routes that nobody in the suburbs had ever asked for.",
    "Again, this is conjecture on my part, I have no insider knowledge and only a few "
    "old reports of the council meetings to back up what I am saying here today.",
    "These working relationships are fragile and not prone to longevity, and the people "
    "who ride the buses every day are the ones who pay for it in the end, as always.",
]


def _thread(*posts: list[str]) -> list[str | list[str]]:
    """Comment posts under a name line packed against a time line."""
    names = ("Woyzeck", "Nick A", "fmcshan", "tjedora")
    blocks: list[str | list[str]] = []
    for number, post in enumerate(posts):
        blocks += [[names[number], f"2 days ago at 0{number + 1}:15 am", post[0]], *post[1:]]
    return blocks


def test_a_short_article_is_not_lost_to_a_long_comment_after_it():
    """Two paragraphs (under the EARLY_CLUSTER_LINES of an early cluster) and a thread
    whose one long post outweighs them: the post's paragraphs are the thread's."""
    posts = [["Great news for the suburbs at last."], LONG_COMMENT, ["Shops will suffer."]]
    lines = page(MENU, *PARAGRAPHS[:2], "Top Rated Comments", *_thread(*posts), MENU)
    assert kept_text(lines) == PARAGRAPHS[:2]


def test_a_short_article_is_not_lost_to_a_comment_forms_notes():
    form = ["Leave a Reply", "Name *", "Email *", "Website"]
    lines = page(MENU, *PARAGRAPHS[:2], *form, *LONG_COMMENT, MENU)
    assert kept_text(lines) == PARAGRAPHS[:2]


def test_threads_after_article_switched_off_lose_the_short_article(monkeypatch):
    monkeypatch.setattr("analysis.clean.body.regions.THREADS_AFTER_ARTICLE", False)
    form = ["Leave a Reply", "Name *", "Email *", "Website"]
    lines = page(MENU, *PARAGRAPHS[:2], *form, *LONG_COMMENT, MENU)
    assert kept_text(lines) == LONG_COMMENT


def test_a_two_paragraph_article_is_not_lost_to_heavier_text_after_it():
    """The first cluster heavy enough is the article, also with two paragraphs when they
    hold EARLY_CLUSTER_WORDS (a two-paragraph cookie banner has fewer)."""
    article = [f"{PARAGRAPHS[0]} {PARAGRAPHS[1]}", f"{PARAGRAPHS[2]} {PARAGRAPHS[3]}"]
    terms = [*LONG_COMMENT, *LEGAL]
    lines = page(MENU, *article, MENU, *MENU, "Newsletter terms", *terms, MENU)
    assert kept_text(lines) == article


def test_a_byline_shaped_like_a_comment_header_starts_no_thread():
    """A name and a dated line over the article match the header pattern, but no second
    post follows within POST_MAX_LINES: the article after it is still found."""
    byline = ["by Jane Smith", "| November 18, 2019 12:01 PM"]
    cards = _thread(["A teaser of the next story."], ["Another teaser here."], ["A third."])
    lines = page(MENU, byline, *PARAGRAPHS, MENU, *MENU * 3, *cards, MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_numbered_section_headings_inside_the_article_are_body():
    lines = page(
        MENU, PARAGRAPHS[0], "1. Plan ahead", PARAGRAPHS[1], PARAGRAPHS[2],
        "2. Check timetables online", PARAGRAPHS[3], MENU,
    )  # fmt: skip
    assert kept_text(lines) == [
        PARAGRAPHS[0], "1. Plan ahead", *PARAGRAPHS[1:3],
        "2. Check timetables online", PARAGRAPHS[3],
    ]  # fmt: skip


def test_a_series_of_numbered_headings_keeps_its_first_and_its_one_word_headings():
    """A listicle's "1. Context" over its first paragraph was outside the body, and its
    one-word "3. More" was chrome (review finding h94 M16): the series counts up, and
    two of its headings are read as such."""
    lines = page(
        MENU, "1. The context", PARAGRAPHS[0], "2. What happened", PARAGRAPHS[1],
        "3. More", PARAGRAPHS[2], "4. Reactions from residents", PARAGRAPHS[3], MENU,
    )  # fmt: skip
    assert kept_text(lines) == [
        "1. The context", PARAGRAPHS[0], "2. What happened", PARAGRAPHS[1],
        "3. More", PARAGRAPHS[2], "4. Reactions from residents", PARAGRAPHS[3],
    ]  # fmt: skip
    # a lone numbered word that continues no series stays out
    lines = page(MENU, PARAGRAPHS[0], "7. More", PARAGRAPHS[1], PARAGRAPHS[2], MENU)
    assert "7. More" not in kept_text(lines)


@pytest.mark.parametrize(
    "headings",
    [
        ["Chapter 1: The depot", "Chapter 2: The new routes"],
        ["Part II. The depot", "Part III. The new routes"],
        ["Kapitel 3: Das Depot", "Kapitel 4: Die neuen Linien"],
    ],
)
def test_a_long_reads_labelled_chapter_headings_are_body(headings):
    """ "Chapter 1: The car park" ... "Chapter 2: The rents" between paragraphs were read
    as links to other stories ("Label: Headline", review h189): one word and a count
    running up are the story's own headings; a lone labelled line stays out."""
    blocks = [PARAGRAPHS[0], headings[0], *PARAGRAPHS[1:3], headings[1], PARAGRAPHS[3]]
    assert kept_text(page(MENU, *blocks, MENU)) == blocks
    lone = [PARAGRAPHS[0], "Part 1: How the depot was saved", *PARAGRAPHS[1:]]
    assert kept_text(page(MENU, *lone, MENU)) == PARAGRAPHS


def test_cross_validation_keeps_the_preset_unless_another_value_does_better():
    benchmark = _load_benchmark()
    train = ["a", "b"]
    preset, same, better = {"a": 0.9, "b": 0.8}, {"a": 0.8, "b": 0.9}, {"a": 1.0, "b": 0.8}
    assert benchmark.choose_value([preset, same], train) == 0  # a tie keeps the preset
    assert benchmark.choose_value([preset, same, better], train) == 2
    assert benchmark.choose_value([preset, better], ["b"]) == 0  # only page a gained


def test_cross_validation_counts_a_small_gain_of_most_pages_but_not_one_page_outweighing_two():
    """No rounding: a mean gain of 0.000035 made by three pages against one is a gain
    (rounded to four decimals it was a tie); a larger gain on one page that two pages
    pay for is not chosen (noise)."""
    benchmark = _load_benchmark()
    train = ["a", "b", "c", "d"]
    preset = {"a": 0.9, "b": 0.9, "c": 0.9, "d": 0.9}
    small_but_broad = {"a": 0.90008, "b": 0.90004, "c": 0.90004, "d": 0.89998}
    assert benchmark.choose_value([preset, small_but_broad], train) == 1
    one_page = {"a": 0.99, "b": 0.89, "c": 0.89, "d": 0.9}  # mean +0.02, 1 page up, 2 down
    assert benchmark.choose_value([preset, one_page], train) == 0
    assert benchmark.choose_value([preset, one_page, small_but_broad], train) == 2


def test_the_strict_grid_starts_every_rule_switch_off():
    benchmark = _load_benchmark()
    grid = (
        ("m", "ON", (True, False)),
        ("m", "OFF", (False, True)),
        ("m", "MIN", (3, 10**9, 2)),
        ("m", "LIMIT", (60.0, 40.0)),
    )
    assert benchmark.presets_off(grid) == (
        ("m", "ON", (False, True)),
        ("m", "OFF", (False, True)),
        ("m", "MIN", (10**9, 3, 2)),
        ("m", "LIMIT", (60.0, 40.0)),
    )


def test_the_benchmark_names_the_pages_each_setting_changes(monkeypatch):
    """Which pages a rule rests on: those whose F1 moves when its value does."""
    benchmark = _load_benchmark()
    monkeypatch.setattr(
        benchmark, "TUNABLE", (("m", "SWITCH", (True, False)), ("m", "LIMIT", (1, 2, 3)))
    )
    preset = {"a": 0.9, "b": 0.8}
    per_value = {
        ("m", "SWITCH"): [preset, {"a": 0.9, "b": 0.4}],
        ("m", "LIMIT"): [preset, dict(preset), {"a": 1.0, "b": 0.7}],
    }
    assert benchmark.pages_changed(per_value) == {
        ("m", "SWITCH"): {False: ["b"]},
        ("m", "LIMIT"): {2: [], 3: ["a", "b"]},
    }


def test_a_table_row_without_function_words_reads_as_prose_but_a_keyword_list_does_not():
    """Cells of a table have no function words; a tag line of keywords has none either."""
    row = "FW   Anna Berg         63     85%  1 goal (1 shot). 2 passes, 1 tackle, 3 duels."
    topics = ("routes", "fares", "stops", "network", "timetable", "council", "hospital")
    keywords = ", ".join(f"city bus {topic} 2025" for topic in topics)  # 28 words
    lines = [PARAGRAPHS[0], "", row, "", keywords + ", city buses"]
    features = line_features(lines)
    assert features[2].n_words >= 30
    assert [is_prose(feature, known_language=True) for feature in features] == [
        True,
        True,
        False,
    ]


def test_embedded_posts_inside_and_right_after_the_article_are_body():
    """A tweet's text and its attribution are quoted content, not chrome."""
    post = "Buses every ten minutes at last: https://t.co/example"
    attribution = "— Jane Rider (@janerides) November 18, 2025"
    last_post = (
        "The new timetable is a real improvement for everyone who works late at the hospital."
    )
    lines = page(
        MENU, PARAGRAPHS[0], PARAGRAPHS[1], post, attribution, PARAGRAPHS[2], PARAGRAPHS[3],
        last_post, attribution.replace("18", "19"), "Related", MENU,
    )  # fmt: skip
    assert kept_text(lines) == [
        PARAGRAPHS[0], PARAGRAPHS[1], post, attribution, PARAGRAPHS[2], PARAGRAPHS[3],
        last_post, attribution.replace("18", "19"),
    ]  # fmt: skip


def test_a_post_quoted_last_is_body_with_or_without_a_line_after_it():
    """A tweet closing the article, its text over its signed line: kept when the page
    goes on after it and when it is the text's last line (the body of a dev page cleaned
    again lost its closing tweet: ``clean`` was not idempotent)."""
    post = "We should not forget the failed campaign from 2014. https://t.co/example"
    attribution = "— Jane Rider (@janerides) November 18, 2025"
    article = [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], post, attribution]
    assert kept_text(page(MENU, *article, "Related", MENU)) == article
    assert kept_text(page(*article)) == article


def test_posts_signed_on_their_own_line_neither_cut_the_article_nor_end_it():
    """Scrapers print an embedded tweet on one line, its text then "— Author (@handle)
    date": a run of them between the lead and the article, or after its last paragraph,
    is quoted content (it used to weigh as chrome, and the lead was lost)."""
    lead = "Riders took to social media this week to say what they think of the new plan."
    posts = [
        f"Route {number} is the best thing the council has done in years "
        f"— Rider {number} (@rider{number}) November {number}, 2025"
        for number in range(1, 8)
    ]
    lines = page(MENU, lead, *posts, *PARAGRAPHS, *posts[:3], MENU)
    assert kept_text(lines) == [lead, *posts, *PARAGRAPHS, *posts[:3]]


def test_a_post_of_several_lines_between_the_lead_and_the_article_is_body():
    """A tweet printed over several short lines (figures of a poll), signed on its last
    line: its lines weighed as chrome cut the lead off the article."""
    lead = (
        "A new survey of riders published this week shows the network gaining ground, "
        "and one transport researcher summed up the figures in a post the same evening."
    )
    post = [
        "Three surveys since the vote:",
        "North Line",
        "Buses 33 (+2)",
        "Trams 15 (-1)",
        "South Line",
        "Buses 22 (+9)",
        "Trams 17 (-4)",
        "Night 12 (+5)",
        "Ferry 9 (0) — Jane Rider (@janerides) November 18, 2025",
    ]
    lines = page(MENU, lead, *post, *PARAGRAPHS, "Related", MENU)
    assert kept_text(lines) == [lead, *post, *PARAGRAPHS]


def test_a_quotation_signed_without_a_handle_is_no_post():
    from analysis.clean.body.extend import is_post_attribution

    assert is_post_attribution("Great news for riders — Jane Rider (@janerides) May 2, 2025")
    assert is_post_attribution("— Jane Rider (@janerides) May 2, 2025")
    assert not is_post_attribution("The city will never be the same — Jane Rider, 2025")
    assert not is_post_attribution("Buses run every ten minutes (@janerides) since 2025.")


def test_a_post_signed_with_a_host_in_its_handle_and_a_time_is_a_post():
    """Some platforms print the account with its host and the date with its time."""
    from analysis.clean.body.extend import is_post_attribution

    assert is_post_attribution("— Jane Rider (@janerides.example.social) March 3, 2026 at 10:04 AM")
    assert is_post_attribution(
        "Buses at last — Jane Rider (@jane@example.social) May 2, 2025, 9:15"
    )
    assert not is_post_attribution("The vote — Jane Rider said — came at 10:04 AM")
    # an aside in brackets after the name
    assert is_post_attribution("Buses! — Jane Rider (Text BUS to 123) (@janerides) May 2, 2025")


POST_TEXT = "Twelve new routes at last, and the hospital is finally on the map!"


def test_a_post_card_between_paragraphs_neither_cuts_the_article_nor_is_body():
    """A post printed with its widget's lines (the account, "Follow", its time, counts, a
    link to its replies): they weighed as chrome, cutting the article's first paragraph
    off, and "Read 87 replies" read as a subheading. The post's text stays."""
    lines = page(
        MENU, "Council Approves Bus Plan", "By Staff Writer", PARAGRAPHS[0],
        ["Jane Rider", "@janerides", "·", "Follow"], POST_TEXT,
        ["10:04 AM · Mar 3, 2026", "1,204 Reposts", "3,455 Likes"], "Read 87 replies",
        *PARAGRAPHS[1:], MENU,
    )  # fmt: skip
    assert kept_text(lines) == [PARAGRAPHS[0], POST_TEXT, *PARAGRAPHS[1:]]


def test_a_short_videos_sound_line_ends_no_story():
    """A short-video embed's caption and its sound line ("♬ original sound - name"): the
    caption is the post's text (body), the sound line its widget's; read as chrome it
    ended the story under the video (review h390, body_h390's bn_archivebox_tiktok)."""
    caption = "Watch the last ten seconds of the boat race on the river!"
    lines = page(
        MENU, *PARAGRAPHS[:2], caption, "♬ original sound - rakib.hasan.dh",
        PARAGRAPHS[2], "View this post on Instagram",
        "A post shared by River Boat Club (@river.boats)", PARAGRAPHS[3], MENU,
    )  # fmt: skip
    assert kept_text(lines) == [*PARAGRAPHS[:2], caption, *PARAGRAPHS[2:]]


def test_an_embed_widgets_controls_and_account_are_no_subheadings():
    """ "View this post on ...", "Embedded post", "Replying to @name", "Post by @name@host":
    short lines inside the article, once kept as its subheadings."""
    lines = page(
        MENU, PARAGRAPHS[0], "View this post on Example", POST_TEXT,
        "A post shared by Jane Rider (@janerides)", PARAGRAPHS[1], "Embedded post",
        ["Jane Rider (@janerides)", "Buses every ten minutes from March.", "March 3, 2026"],
        PARAGRAPHS[2], "Replying to @cityhall", "We will publish the timetable soon.",
        "— Jane Rider (@janerides) March 3, 2026", PARAGRAPHS[3], MENU,
    )  # fmt: skip
    assert kept_text(lines) == [
        PARAGRAPHS[0], POST_TEXT, PARAGRAPHS[1], "Buses every ten minutes from March.",
        PARAGRAPHS[2], "We will publish the timetable soon.",
        "— Jane Rider (@janerides) March 3, 2026", PARAGRAPHS[3],
    ]  # fmt: skip


def test_an_account_line_is_a_handle_and_a_few_words_not_a_posts_text():
    """A round-up quoting posts as "@name: text" prints their text (the article's, as
    quoted), an e-mail address is no handle, a signed line is the post's."""
    from analysis.clean.body.features import line_features
    from analysis.clean.body.posts import is_card_anchor

    lines = [
        "@janerides: Good to see the council still has its fastball",
        "Jane Rider @janerides",
        "Replying to @cityhall",
        "Post by @jane@example.social",
        "Write to desk@example.org",
        "— Jane Rider (@janerides) March 3, 2026",
        "Watch on Example",
        "Watch the video on our site.",
    ]
    anchors = [is_card_anchor(lines[f.index], f) for f in line_features(lines)]
    assert anchors == [False, True, True, True, False, False, True, False]


def test_a_comment_sections_heading_ends_the_article_even_over_one_comment():
    """ "1 Comment" over a single reader's comment: one post is no thread (three are), and
    the comment, right under the article, was read as its last paragraph."""
    comment = (
        "My family has lived on that street for forty years. Nobody from the city ever came "
        "to ask us what we thought about the plan, and now they act surprised that people "
        "are angry about it."
    )
    lines = page(
        MENU, *PARAGRAPHS, "1 Comment", ["bob_smith", "2 hours ago"], comment, "Reply", MENU
    )
    assert kept_text(lines) == PARAGRAPHS
    counted = "12 comments were filed with the board before the vote, most of them in favour."
    lines = page(MENU, *PARAGRAPHS[:2], counted, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], counted, *PARAGRAPHS[2:]]


def test_a_numbered_comment_thread_with_replies_is_not_body():
    """A blog's thread: "1. Name" and a time packed, a blank line, the text; replies as
    bullets under it."""
    comments = [
        "Thanks for this piece, it finally explains why the buses to the hospital were "
        "always late and what the council is going to do about it next spring.",
        "I wonder whether the new routes will also serve the villages north of the river, "
        "because nobody there has had a decent connection for more than ten years.",
        "The parking problem is real, and the shop owners on the main street are right to "
        "worry about what the new stops will do to their customers and to their rent.",
    ]
    names = ("Gaye", "Jan Smith", "Anita")
    thread = []
    for number, (name, text) in enumerate(zip(names, comments, strict=True), 1):
        reply = (
            f"Thank you for reading, {name}, and for taking the time to write to us here. "
            "We will follow the council's decision closely and report on the new routes."
        )
        thread += [
            [f"{number}. {name}", f"August {number}, 2025 at 3:17 pm"], text,
            "And another thing: " + comments[number % 3],
            ["  ◦ The Editor", f"August {number}, 2025 at 7:07 pm"], reply,
        ]  # fmt: skip
    lines = page(MENU, *PARAGRAPHS, "Comments", *thread, MENU)
    assert kept_text(lines) == PARAGRAPHS


QUOTES = [
    "Life asks us for optimism and courage, to hope for the best and to make the best "
    "happen, because the pessimist only ever sees the problem in every opportunity.",
    "What holds a family together is love and care, and a family that stands together is "
    "a strength and a certainty of support in the days when everything else goes wrong.",
    "Strength to win and faith to believe that everything is possible, that every obstacle "
    "can be overcome and that every fall is only the beginning of a new and better start.",
]


def test_a_short_article_followed_by_a_list_of_cards_keeps_only_the_article():
    """A quote site: a share bar above the article and under every quote after it.

    Without the cards' separators the article and the quotes form one cluster.
    """
    share = "Whatsapp Facebook Pinterest Download"
    cards = [block for quote in QUOTES for block in (share, quote)]
    article = " ".join(PARAGRAPHS[:2])  # one paragraph, as long as two quotes
    lines = page(MENU, "Love yourself", share, article, "More Messages", *cards)
    assert kept_text(lines) == [article]


def test_an_article_of_several_paragraphs_under_the_share_bar_of_the_cards_after_it():
    """The share bar stands once above the article and under every quote after it.

    The first copy has several paragraphs after it, so the copies did not all enclose
    one prose line and no copy separated the cards: the quotes were kept as the
    article's continuation.
    """
    share = "Whatsapp Facebook Pinterest Download"
    cards = [block for quote in QUOTES for block in (share, quote)]
    lines = page(MENU, "Love yourself", share, *PARAGRAPHS, "More Messages", *cards)
    assert kept_text(lines) == PARAGRAPHS


def test_cards_are_kept_with_the_card_split_switched_off(monkeypatch):
    """The switch is what splits them (cross-validation may turn it off)."""
    monkeypatch.setattr("analysis.clean.body.rules.CARD_SEPARATORS_MIN", 10**9)
    share = "Whatsapp Facebook Pinterest Download"
    cards = [block for quote in QUOTES for block in (share, quote)]
    article = " ".join(PARAGRAPHS[:2])
    lines = page(MENU, "Love yourself", share, article, "More Messages", *cards)
    assert set(QUOTES) <= set(kept_text(lines))


@pytest.mark.parametrize("label", ["Advertisement", "Story continues below advertisement"])
def test_a_line_between_every_two_paragraphs_of_an_article_is_no_card_separator(label):
    """An ad slot's label after every paragraph but the last (h53's F2 diagnosis): each
    paragraph was a card and only the first was kept. Cards end with their separator or
    start with it; a line with a paragraph right above its first copy and right under its
    last stands inside one text."""
    blocks = [block for paragraph in PARAGRAPHS for block in (paragraph, label)][:-1]
    lines = page(MENU, "Council expands the bus network", *blocks, "© 2026 Example Media")
    assert kept_text(lines) == PARAGRAPHS


def test_a_line_under_every_paragraph_of_little_shared_vocabulary_is_a_card_separator():
    """The same line under the last paragraph too is a list of cards' shape: without
    a byline above, an ad's label or vocabulary the paragraphs share, one card is kept."""
    label = "Story continues below advertisement"
    blocks = [block for paragraph in PARAGRAPHS for block in (paragraph, label)]
    cards = page(MENU, "Council expands the bus network", *blocks, "© 2026 Example Media")
    assert len(kept_text(cards)) == 1


def test_section_dividers_with_one_paragraph_each_do_not_split_the_article():
    """Rules of underscores between an article's sections are not card separators."""
    questions = ("WHO LEADS?", "WHO PAYS?", "WHEN?")
    sections = [
        block
        for question, paragraph in zip(questions, PARAGRAPHS[1:], strict=True)
        for block in ("___", question, paragraph)
    ]
    lines = page(MENU, PARAGRAPHS[0], *sections, MENU)
    assert PARAGRAPHS[0] in kept_text(lines)
    assert set(PARAGRAPHS[1:]) <= set(kept_text(lines))


def test_a_photo_credit_repeated_under_each_photo_does_not_split_the_article():
    """A credit ("Image source: ...") under three photos with one paragraph between
    them is no card separator: captions interrupt the article, they do not end it."""
    credit = "Image source: Screenshot from a video"
    lines = page(
        MENU, PARAGRAPHS[0], credit, PARAGRAPHS[1], credit, PARAGRAPHS[2], credit, PARAGRAPHS[3]
    )
    assert kept_text(lines) == PARAGRAPHS


def test_a_related_headline_and_a_tag_list_after_the_article_are_not_body():
    """After the last paragraph, "RELATED: Headline" and "Tags: A, B" end the body."""
    bio = "Jane Smith is a senior fellow at the Institute for Urban Transport."
    related = "RELATED: Council Approves New Cycle Lanes Downtown"
    tags = "Tags: Transport, City Council, Daily Courier"
    lines = page(MENU, *PARAGRAPHS, bio, related, tags, MENU)
    assert kept_text(lines) == [*PARAGRAPHS, bio]


@pytest.mark.parametrize(
    "tags",
    [
        "Tags: trams, city council, bus network, timetable",
        "Topics: trams council timetable",
        "Tags: Trams, City Council, Bus Network",
    ],
)
def test_a_tag_list_after_the_article_ends_it_in_any_case(tags):
    """A label then keywords, lower-case or capitalized, with commas or without."""
    lines = page(MENU, *PARAGRAPHS, tags, MENU)
    assert kept_text(lines) == PARAGRAPHS


MALAY_PARAGRAPHS = [
    "Seramai dua ratus petani di daerah itu menerima benih padi baharu minggu lalu, bagi "
    "membolehkan mereka menanam semula sawah yang rosak akibat banjir pada bulan Oktober.",
    "Pegawai pertanian daerah, Siti Aminah Rahman, berkata kebanyakan sawah di kawasan "
    "rendah masih digenangi air dan hanya boleh ditanam semula selepas air surut sepenuhnya.",
    "Menurutnya, bantuan itu akan mengurangkan kos petani dan membolehkan mereka menuai "
    "sebelum musim kemarau bermula pada pertengahan tahun hadapan, seperti yang dirancang.",
]


def test_a_tag_list_in_a_language_without_function_words_ends_the_article():
    """h152 item 4: in Malay (no function-word list) "Tag: padi, Kedah, banjir" after the
    story, under the site's prompt, was kept as a labelled line; three short items
    between commas are keywords."""
    prompt = "Ikuti kami di saluran Telegram untuk berita terkini."
    lines = page(MENU, *MALAY_PARAGRAPHS, prompt, "Tag: padi, Kedah, banjir", MENU)
    assert kept_text(lines) == MALAY_PARAGRAPHS


def test_a_long_list_of_names_after_a_label_still_continues_the_article():
    """Capitalized names after a label ("Ohio: ...", the people an article polled) are
    no keyword list: too long for a title-case line, they continue the body as before."""
    names = "Ohio: " + ", ".join(f"Jane Doe{'x' * n} Roe" for n in range(25))
    lines = page(MENU, *PARAGRAPHS, names, MENU)
    assert kept_text(lines) == [*PARAGRAPHS, names]


def test_lower_case_keywords_under_a_label_other_lines_open_still_continue_the_article():
    """ "Verdict: negative sign" closing a review whose every item has a verdict."""
    first, last = "Verdict: positive sign", "Verdict: negative sign"
    lines = page(MENU, PARAGRAPHS[0], first, *PARAGRAPHS[1:], last, MENU)
    assert kept_text(lines)[-1] == last


def test_a_labelled_line_of_prose_after_the_article_still_continues_it():
    """Words with function words after the label are no keyword list (a Q&A answer)."""
    answer = "A: trams and buses, both of them in the evening"
    lines = page(MENU, *PARAGRAPHS, answer, MENU)
    assert kept_text(lines) == [*PARAGRAPHS, answer]


def test_a_q_and_a_list_in_title_case_after_the_article_is_body():
    """Answers in title case ("A: Bob Marley, Drake") continue the body: their label
    opens other lines too, unlike a "Tags:" line."""
    qa = [
        "Q: Favorite artists?",
        "A: Bob Marley, Bruno Mars, Frank Sinatra",
        "Q: Favorite places you have visited?",
        "A: Istanbul And Cape Town",
    ]
    lines = page(MENU, *PARAGRAPHS, *qa, MENU)
    assert kept_text(lines) == [*PARAGRAPHS, *qa]


def test_headlines_end_body_switched_off_keeps_the_tag_list(monkeypatch):
    monkeypatch.setattr("analysis.clean.body.rules.HEADLINES_END_BODY", False)
    tags = "Tags: Transport, City Council, Daily Courier"
    lines = page(MENU, *PARAGRAPHS, tags, MENU)
    assert kept_text(lines) == [*PARAGRAPHS, tags]


PULL_QUOTE = "“Officials said the plan would cost about 40 million dollars over five years”"


def test_a_pull_quote_repeating_a_paragraph_is_dropped():
    """A sentence of the article printed again between its paragraphs is not body."""
    lines = page(MENU, *PARAGRAPHS[:2], PULL_QUOTE, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == PARAGRAPHS
    before = page(MENU, PARAGRAPHS[0], PULL_QUOTE, *PARAGRAPHS[1:], MENU)
    assert kept_text(before) == PARAGRAPHS


def test_a_short_pull_quote_read_as_a_heading_is_dropped():
    """An excerpt of eight words with no end mark reads as a subheading: still a copy."""
    excerpt = "“Officials said the plan would cost about 40 million”"
    lines = page(MENU, *PARAGRAPHS[:2], excerpt, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == PARAGRAPHS


_THREE_SENTENCES = (
    "Members of the coalition said the plan protects schools and the ferry. The "
    "opposition argued that cuts to the public pools would hurt families with young "
    "children. Both sides agreed the debate had been unusually bitter."
)
_WHOLE_SENTENCE = (
    "The opposition argued that cuts to the public pools would hurt families with young children."
)


@pytest.mark.parametrize("after", [True, False])
def test_a_pull_quote_repeating_a_whole_sentence_without_quotation_marks_is_dropped(after):
    """A magazine's pull quote with no quotation marks (review finding h70 J15): one
    whole sentence of a paragraph printed again after it, or before it."""
    pulled = [_THREE_SENTENCES, _WHOLE_SENTENCE] if after else [_WHOLE_SENTENCE, _THREE_SENTENCES]
    lines = page(MENU, PARAGRAPHS[0], *pulled, *PARAGRAPHS[1:], MENU)
    assert kept_text(lines) == [PARAGRAPHS[0], _THREE_SENTENCES, *PARAGRAPHS[1:]]


def test_a_line_standing_inside_a_sentence_of_a_paragraph_stays():
    """Only a copy of a whole sentence is a pull quote: a line that a paragraph's
    sentence holds after a comma is left as it is."""
    line = "Councillor Ruth Hale said cuts to the public pools would hurt families with children."
    paragraph = f"Speaking for the opposition after the vote, {line} The vote was close."
    lines = page(MENU, PARAGRAPHS[0], paragraph, line, *PARAGRAPHS[1:], MENU)
    assert kept_text(lines) == [PARAGRAPHS[0], paragraph, line, *PARAGRAPHS[1:]]


def test_a_caption_printed_with_its_alternative_text_is_not_body():
    """A photo's caption printed twice in a row (caption and alt text) is neither."""
    captions = [
        "Residents wait at the new bus stop near the hospital on Tuesday.",
        "A driver checks the timetable before the first morning route.",
    ]
    gallery = [line for caption in captions for line in (caption, caption)]
    lines = page(MENU, *PARAGRAPHS[:2], gallery, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_pull_quotes_switched_off_are_kept(monkeypatch):
    monkeypatch.setattr("analysis.clean.body.extend.PULL_QUOTES", False)
    lines = page(MENU, *PARAGRAPHS[:2], PULL_QUOTE, *PARAGRAPHS[2:], MENU)
    assert PULL_QUOTE in kept_text(lines)


def test_a_question_repeated_to_each_guest_is_no_pull_quote():
    """The same line printed several times is left to the other rules (kept here)."""
    question = "What did the council promise the residents who spoke at the meeting?"
    lines = page(MENU, PARAGRAPHS[0], question, PARAGRAPHS[1], question, PARAGRAPHS[2], MENU)
    assert kept_text(lines) == [PARAGRAPHS[0], question, PARAGRAPHS[1], question, PARAGRAPHS[2]]


def test_a_line_that_would_continue_the_body_after_it_is_body_inside_it_too():
    """A paragraph ending in a figure between two paragraphs is body (as after them);
    a caption with its credit in brackets and a "Label: headline" promo are not."""
    unfinished = "If that is too fast, set the value lower, to something like 80, 70 or even 10"
    caption = "The new bus stop on Main Street, opened in 2018 (Photo: City Council)"
    promo = "Read more: Council approves 12 new routes"
    lines = page(MENU, PARAGRAPHS[0], unfinished, caption, PARAGRAPHS[1], promo, *PARAGRAPHS[2:])
    kept = kept_text(lines)
    assert kept == [PARAGRAPHS[0], unfinished, *PARAGRAPHS[1:]]


def test_inner_continuations_switched_off_drop_the_unfinished_paragraph(monkeypatch):
    monkeypatch.setattr("analysis.clean.body.extend.INNER_CONTINUATIONS", False)
    unfinished = "If that is too fast, set the value lower, to something like 80, 70 or even 10"
    lines = page(MENU, PARAGRAPHS[0], unfinished, *PARAGRAPHS[1:])
    assert unfinished not in kept_text(lines)


RELATED = [
    "  • Council row: Mayor hits back at critics over transport grant",
    "  • Horror as bus crash closes the ring road for a day",
]


def test_a_related_articles_box_inside_the_article_is_dropped():
    """A label and a list of headlines between two paragraphs interrupt the article."""
    lines = page(MENU, *PARAGRAPHS[:2], "Related articles", RELATED, *PARAGRAPHS[2:], MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_a_list_introduced_by_its_paragraph_or_under_section_labels_stays():
    """Items introduced by a colon, and lists under several labels, are the text's."""
    intro = "For me, the ladder of visibility used to look like this:"
    easy = ["  • Writing a blog post for the site", "  • Speaking to a reader on the phone"]
    hard = ["  • Giving the keynote at a conference", "  • Hosting a live video on the web"]
    lines = page(MENU, *PARAGRAPHS[:2], intro, "Not scary", easy, "Very scary", hard)
    lines = page(lines, *PARAGRAPHS[2:], MENU)
    kept = kept_text(lines)
    assert {item.strip() for item in easy + hard} <= {line.strip() for line in kept}


def test_a_list_with_an_item_shorter_than_a_headline_under_its_subhead_stays():
    """review h273: a court report's charges under their subhead ("Theft", "Fraud by
    false representation") were read as a box of headlines and dropped."""
    charges = [
        "  • Theft",
        "  • Fraud by false representation of the accounts",
        "  • Perverting the course of justice",
    ]
    lines = page(MENU, *PARAGRAPHS[:2], "The charges", charges, *PARAGRAPHS[2:], MENU)
    kept = {line.strip() for line in kept_text(lines)}
    assert {item.strip() for item in charges[1:]} <= kept
    assert set(PARAGRAPHS) <= kept


def test_link_lists_switched_off_keep_the_related_box(monkeypatch):
    monkeypatch.setattr("analysis.clean.body.extend.LINK_LISTS", False)
    lines = page(MENU, *PARAGRAPHS[:2], "Related articles", RELATED, *PARAGRAPHS[2:], MENU)
    assert RELATED[0] in kept_text(lines)


class _CountingLines(list):
    """A page's lines that count how often a line is read."""

    reads = 0

    def __getitem__(self, index):
        type(self).reads += 1
        return super().__getitem__(index)


def test_a_page_without_paragraphs_runs_no_card_search():
    """A hostile page of repeated short lines has no paragraph between separators."""
    from analysis.clean.body.rules import card_separators, region_weights

    lines = _CountingLines(["Share this"] * 2000)
    features = line_features(lines)
    weights = region_weights(features)
    _CountingLines.reads = 0
    assert card_separators(lines, features, weights) == []
    assert _CountingLines.reads == 0


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?,;:\"')]」』”’»。！？…、，；：[\\"), max_size=30))
def test_sentence_and_clause_ends_are_the_last_mark_before_closing_marks(text: str) -> None:
    """The end features, read without a pattern, are what these patterns find."""
    closers = "\"'”’»)\\]」』"
    sentence = re.search(rf"[.!?。！？…][{closers}]*$", text)
    clause = re.search(rf"([,;:、，；：])[{closers}]*$", text)
    if not text.strip() or text.strip() != text:
        return  # the features see stripped lines
    [features] = line_features([text])
    assert features.ends_sentence == bool(sentence)
    assert features.ends_clause == (clause.group(1) if clause else "")


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(alphabet="0123456789:./- aA\u0663x", max_size=30))
def test_a_line_has_a_date_as_the_full_search_finds_one(text: str) -> None:
    """The date feature is searched from the line's first digit (every form starts at
    one; a word boundary still sees the character before it)."""
    line = f"Line {text}"
    [features] = line_features([line])
    assert features.has_date == bool(_TIME_OR_DATE.search(visible_text(line)))


def test_cjk_and_emoji_tests_skipped_only_below_their_first_character() -> None:
    """A line is searched for CJK characters when it is not ASCII, and for an emoji end
    only when its largest character reaches their range: a katakana middle dot (no
    letter) still counts."""
    dot, latin, emoji, quoted = line_features(
        ["・", "Café “au lait” — fine", "See you soon 🙂", "He said “no.”"]
    )
    assert dot.is_cjk and dot.n_words == 0.5  # half a word per CJK character
    assert not latin.is_cjk and latin.n_words == 4.0
    assert emoji.ends_sentence and quoted.ends_sentence


# A made-up story of eight paragraphs: one story repeats its names and its subject.
BRIDGE_STORY = [
    "The Norhaven harbour bridge will close for repairs in January, the port authority "
    "said on Monday, after inspectors found cracks in two of its steel supports.",
    "Marta Velden, who leads the port authority, said the bridge repairs would take about "
    "six weeks and that ferries would carry commuters across the harbour meanwhile.",
    "The inspectors found the cracks during a routine check of the bridge in October, "
    "Velden said, and the supports were already scheduled for repairs next year.",
    "Commuters who cross the Norhaven bridge every morning will need the ferries, which "
    "the port authority plans to run every fifteen minutes during the closure.",
    "Shop owners near the harbour worry that the closure will keep customers away, and "
    "several asked the port authority to open the bridge to pedestrians on weekends.",
    "Velden said pedestrians could not cross safely while the steel supports were being "
    "replaced, but the ferries would be free for commuters during the repairs.",
    "The repairs will cost the port authority about nine million, paid from a harbour "
    "fund that was set aside for the bridge when it opened thirty years ago.",
    "The bridge should reopen in March, Velden said, and the port authority will publish "
    "the ferry timetable for the closure on its website before Christmas.",
]


def _interleaved(paragraphs, line, where):
    """Paragraphs with ``line`` after every one (the last too) or before every one (the
    first too)."""
    if where == "after":
        return [block for paragraph in paragraphs for block in (paragraph, line)]
    return [block for paragraph in paragraphs for block in (line, paragraph)]


@pytest.mark.parametrize("where", ["after", "before"])
@pytest.mark.parametrize("label", ["Advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE"])
def test_an_ad_line_around_every_paragraph_under_a_byline_keeps_the_article(label, where):
    """An ad slot's label under every paragraph, the last one too (or above every one,
    the first one too), is a list of cards' shape: only the first paragraph was kept
    (review finding h65 I15). A byline above the first paragraph is the article's own
    header: a list of cards prints its bylines in the cards."""
    blocks = _interleaved(PARAGRAPHS, label, where)
    header = ["Council expands the bus network", "By Jane Smith", "March 3, 2026"]
    lines = page(MENU, *header, *blocks, "© 2026 Example Media")
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize("where", ["after", "before"])
@pytest.mark.parametrize("label", ["Advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE"])
def test_an_ads_label_around_every_paragraph_keeps_the_article(label, where):
    """No byline, little shared vocabulary: a line opening with a paid-content marker is
    an ad's place, which closes no card."""
    blocks = _interleaved(PARAGRAPHS, label, where)
    lines = page(MENU, "Council expands the bus network", *blocks, "© 2026 Example Media")
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize("where", ["after", "before"])
def test_an_ad_line_around_every_paragraph_of_one_story_keeps_the_story(where):
    """No byline: the paragraphs share the story's vocabulary (its names, its subject)."""
    blocks = _interleaved(BRIDGE_STORY, "Story continues below advertisement", where)
    lines = page(MENU, "Harbour bridge to close for repairs", *blocks, "© 2026 Example Media")
    assert kept_text(lines) == BRIDGE_STORY


def test_quote_cards_under_a_share_bar_each_stay_cards():
    """A quote site's share bar under every quote, the last one too: the quotes share no
    story's vocabulary and no byline stands above them: one card is kept."""
    share = "Whatsapp Facebook Pinterest Download"
    lines = page(MENU, "Messages of hope", *_interleaved(QUOTES, share, "after"), MENU)
    assert len(kept_text(lines)) == 1


def test_shared_vocabulary_is_the_mean_share_of_words_found_in_another_text():
    from analysis.clean.card_blocks import shared_vocabulary

    # content words: {harbour, bridge}, {bridge, ferry}, {ferry, tram, bus}
    texts = ["the harbour bridge", "a bridge or a ferry", "the ferry and the tram and a bus"]
    assert shared_vocabulary(texts) == pytest.approx((1 / 2 + 2 / 2 + 1 / 3) / 3)
    assert shared_vocabulary(texts[:1]) == 0.0
    assert shared_vocabulary(BRIDGE_STORY) >= 0.36 > shared_vocabulary(QUOTES)


CAPTIONS = [
    "Workers lift a new steel support onto the bridge deck on Tuesday morning.",
    "A ferry carries commuters across the harbour during the first week of the closure.",
    "Shop owners near the harbour put up signs pointing customers to the ferry landing.",
    "Inspectors walk under the bridge to check the welds on the replaced supports.",
    "The bridge lit up for its reopening, three weeks ahead of the planned date.",
]


def test_a_gallery_with_counters_between_caption_pairs_is_not_body():
    """A gallery inside the story (review finding h61 I5, the rest): each caption printed
    twice (caption and alternative text) and a "Hide Caption 1 of 5" counter under it.
    The pairs were dropped, the counters kept as body."""
    gallery = [
        block
        for number, caption in enumerate(CAPTIONS, 1)
        for block in (caption, caption, f"Hide Caption {number} of {len(CAPTIONS)}")
    ]
    lines = page(MENU, *PARAGRAPHS[:2], *gallery, *PARAGRAPHS[2:], "© 2026 Example Media")
    assert kept_text(lines) == PARAGRAPHS


def test_the_captions_between_a_gallerys_counters_are_not_body():
    """Captions printed once, a "Photo 1/5" counter above each: the counters and the
    captions between them are the gallery's; the last caption, after the last counter,
    cannot be told from the article's next paragraph and is left."""
    gallery = [
        block
        for number, caption in enumerate(CAPTIONS, 1)
        for block in (f"Photo {number}/{len(CAPTIONS)}", caption)
    ]
    lines = page(MENU, *PARAGRAPHS[:2], *gallery, *PARAGRAPHS[2:], "© 2026 Example Media")
    assert kept_text(lines) == [*PARAGRAPHS[:2], CAPTIONS[-1], *PARAGRAPHS[2:]]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Hide Caption 1 of 8", (1, 8)),
        ("1 of 8", (1, 8)),
        ("Photo 3/8", (3, 8)),
        ("3 / 8", (3, 8)),
        ("Foto 2 de 8", (2, 8)),
        ("9 of 8", None),
        ("Officials said 2 of 8 routes would open", None),
        ("2026", None),
    ],
)
def test_a_gallery_counter_prints_the_photos_number_and_the_gallerys_size(text, numbers):
    from analysis.clean.body.galleries import counter_numbers

    assert counter_numbers(text) == numbers


def test_counters_that_do_not_count_up_are_no_gallery():
    """Figures on lines of their own ("3 of 8", "5 of 8": a result table) are no
    gallery: a gallery numbers its photos 1, 2, 3 ..."""
    from analysis.clean.body.galleries import gallery_positions

    lines = page("3 of 8", PARAGRAPHS[0], "5 of 8", PARAGRAPHS[1], "4 of 8", PARAGRAPHS[2])
    assert gallery_positions(lines, line_features(lines)) == set()
    counting = page("1 of 3", CAPTIONS[0], "2 of 3", CAPTIONS[1], "3 of 3", CAPTIONS[2])
    assert gallery_positions(counting, line_features(counting)) == {0, 1, 2, 3, 4}


def test_two_counters_of_a_larger_gallery_after_the_first_paragraph_keep_it():
    """A dump printing the first two photos of a gallery of four (counter, caption,
    credit) right after the first paragraph (review finding h70 J15b): the paragraph,
    with no paragraph beside it, weighed less than the gallery and was lost. The caption
    after the last counter was left too, until the credit every photo closes with
    showed where each photo ends (review h273's war_sentences_gallery)."""
    credit = "Photograph by Jane Roe for the Example Review"
    gallery = ["1 / 4", CAPTIONS[0], credit, "2 / 4", CAPTIONS[1], credit]
    lines = page(MENU, PARAGRAPHS[0], gallery, *PARAGRAPHS[1:], "© 2026 Example Media")
    assert kept_text(lines) == PARAGRAPHS


def test_a_paragraph_between_photos_closed_by_their_credit_is_the_storys():
    """Counter, caption, credit, then the story's paragraph before the next counter
    (review h273's war_sentences_gallery): the lines between two counters were all the
    gallery's, the paragraph lost with them and the last caption kept. Every photo
    closing with one credit, the photo ends there."""
    credit = "Photo: Jane Roe"
    gallery = ["Photo 1 of 3", CAPTIONS[0], credit, PARAGRAPHS[1]]
    gallery += ["Photo 2 of 3", CAPTIONS[1], credit]
    lines = page(MENU, PARAGRAPHS[0], *gallery, *PARAGRAPHS[2:], "© 2026 Example Media")
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    ("counter", "credit"),
    [
        ("{} / {}", "© Photo: Jane Roe / Example Agency"),
        ("{} of {}", "Photo: Jane Roe"),
        ("Photo {}/{}", None),
    ],
)
def test_a_page_that_is_a_gallery_is_its_captions(counter, credit):
    """A gallery page (review finding h94 M5): a headline, then only photos, each a
    counter, a caption and a credit. The captions between the counters were dropped as
    a gallery's inside an article, and the article was the last caption alone. A page
    whose captions outweigh everything around them is the gallery: every caption is
    its body, no counter and no credit."""
    gallery = [
        block
        for number, caption in enumerate(CAPTIONS, 1)
        for block in (counter.format(number, len(CAPTIONS)), caption, credit)
        if block
    ]
    lines = page(MENU, "In pictures: the bridge reopens", *gallery, "© 2026 Example Media")
    assert kept_text(lines) == CAPTIONS


def test_a_pagination_of_two_is_no_gallery():
    """ "1 of 2" and "2 of 2" number a page's two parts, not the photos of a gallery."""
    from analysis.clean.body.galleries import gallery_positions

    lines = page("1 of 2", CAPTIONS[0], "2 of 2", CAPTIONS[1])
    assert gallery_positions(lines, line_features(lines)) == set()
    lines = page("1 of 3", CAPTIONS[0], "2 of 3", CAPTIONS[1])
    assert gallery_positions(lines, line_features(lines)) == {0, 1, 2}


_SHORT_STORY = [
    "The harbour council voted on Tuesday evening to approve next year's budget after a "
    "debate that ran for hours.",
    "The governing coalition won by 27 votes to 14, while the opposition attacked the "
    "planned cuts to the public pools.",
    '"We cannot keep borrowing every year and hope that things will get better," the '
    "treasurer told the meeting.",
    "The opposition accused the administration of informing residents too late. Its "
    'leader spoke of a "budget of missed chances".',
    "In all the budget comes to about 412 million euros, of which 38 million are set aside "
    "for schools and nurseries.",
    "The regional authority still has to approve the budget; a decision is expected in February.",
]


def test_a_footer_notice_with_a_line_after_it_is_no_comment_posts_time():
    # a footer link over "© Site 2026" looked like a comment's name over its time line:
    # with the byline over its date and a "Read also" box over a headline holding a year,
    # three such "posts" made a thread that swallowed the short story under its standfirst
    body = [*_SHORT_STORY[:3], "Read also:\nPool season 2027: opening hours are set"]
    body += _SHORT_STORY[3:]
    page = "\n".join(
        [
            "Harbour Daily Times", "Local  Region  Sport  Leisure", "", "Local", "",
            "Council passes budget: pools must save", "",
            "The council backs the budget after a long debate. The opposition speaks of "
            "missed chances.", "",
            "By Lena Hoffmann", "Thursday, 03.12.2026, 06:00", "",
            "\n\n".join(body), "",
            "Share article", "More from Local", "Imprint | Privacy | Media data",
            "© Harbour Daily Times 2026", "Back to top", "",
        ]
    )  # fmt: skip
    (article,) = extract_articles(page, name="budget.txt").itertuples()
    assert all(paragraph in article.body for paragraph in _SHORT_STORY)


_SHORT_STORY_HEADER = (
    "Harbour Daily\nHome  News  Sport\n\nCouncil passes budget\n\nBy Lena Hoffmann\n\n"
)


@pytest.mark.parametrize(
    "prompt",
    [
        "Sign up for our free Morning Update newsletter.",
        "Get local news delivered to your inbox!",
        "Follow Harbour Daily on WhatsApp channel",
        "Download the Harbour Daily app for breaking news alerts.",
        "Simak berita dan artikel lainnya di Google News",
        "We and our 842 partners store and/or access information on a device, such as cookies.",
        "Thank you for subscribing!",
    ],
)
def test_the_sites_prompt_between_the_paragraphs_is_no_body(prompt):
    # a call to sign up, to get the app, to follow the site on a channel, a consent
    # notice: sentences on the site's behalf, not the story's
    body = "\n\n".join([*_SHORT_STORY[:3], prompt, *_SHORT_STORY[3:]])
    page = f"{_SHORT_STORY_HEADER}{body}\n"
    (article,) = extract_articles(page, name="budget.txt").itertuples()
    assert all(paragraph in article.body for paragraph in _SHORT_STORY)
    assert prompt not in article.body


@pytest.mark.parametrize(
    "sentence",
    [
        "Follow-up inspections of the new ferry app begin on Monday, the council said.",
        "Residents can download the council's app to report potholes, officials said.",
    ],
)
def test_a_storys_sentence_about_an_app_is_body(sentence):
    body = "\n\n".join([*_SHORT_STORY[:3], sentence, *_SHORT_STORY[3:]])
    page = f"{_SHORT_STORY_HEADER}{body}\n"
    (article,) = extract_articles(page, name="budget.txt").itertuples()
    assert sentence in article.body


def test_a_page_of_numbered_headlines_has_no_body():
    # a 'most read' list: the detector finds no prose, and a headline asking a question
    # is no sentence of a story to fall back on
    headlines = [
        "Council Votes to Expand the Bus Network Across the North",
        "Is the New Harbour Bridge Too Expensive to Finish?",
        "Shop Owners Fear Losing Their Parking Spaces",
        "Why the Timetable Will Change in March",
    ]
    lines = ["Metro Gazette", "Home  News  Sport", "", "MOST READ", ""]
    for number, headline in enumerate(headlines, start=1):
        lines += [str(number), headline, ""]
    lines += ["© 2026 Metro Gazette"]
    assert body_line_indices(lines) == []
    # a page of one sentence in the case of prose still falls back on it
    lines = ["Metro Gazette", "", "The council meets again on Monday at nine.", "", "© 2026"]
    assert body_line_indices(lines) == [2]


def test_a_page_listing_headlines_has_no_fallback_line():
    # review finding h86 L6: a podcast page's episodes ("Harbour Talk #110: Who pays for
    # the new quay?"), one of them taken as the story of a fake article
    episodes = [
        f"Harbour Talk #{112 - k}: {title}"
        for k, title in enumerate(
            [
                "who pays for the new quay?",
                "a long night at the council",
                "what is left of the summit?",
                "rents keep going up",
                "the vote and the region",
            ]
        )
    ]
    blocks = [[episode, "Play", "Download", "3 December 2026"] for episode in episodes]
    assert kept_text(page("Harbour Examiner", "Podcasts", *blocks, MENU)) == []
    # one sentence under a headline and a dek keeps its fallback
    lines = page(MENU, "Ferry Service Resumes", "The service starts again on Monday.", MENU)
    assert kept_text(lines) == ["The service starts again on Monday."]


@pytest.mark.parametrize(
    "link",
    [
        "ALSO READ | Ferry service to resume on Monday after 20 days of repairs",
        "Also read: Harbour bridge 2 opens to traffic",
        "یہ بھی پڑھیں: بندرگاہ پر نیا پل کھل گیا",
        "Related stories from The Harbour Examiner",
        "ဆက်စပ်သတင်း - မြို့တော်တွင် တံတားသစ် ဖွင့်လှစ်",  # a Burmese label, a spaced dash
        "Related – Harbour bridge opens to traffic on Monday",
        # a headline ending as a sentence, read as a paragraph (h133)
        "Read also: Is the harbour bridge finally ready for traffic?",
        "Czytaj także: Most w porcie otwarty. Ilu kierowców z niego skorzystało?",
    ],
)
@pytest.mark.parametrize("where", [2, len(PARAGRAPHS)])
def test_a_link_to_another_story_among_the_paragraphs_is_no_body(link, where):
    # review findings h70, h77, h86 (en-IN, ur, en-US pages): a "read also" link, read
    # as a subheading or as a line of data, and a related box's label whose links were
    # dropped stayed in the body, between the paragraphs or after the last
    lines = page("Daily Courier", MENU, *PARAGRAPHS[:where], link, *PARAGRAPHS[where:], MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_a_thai_read_related_link_under_a_caption_is_no_body():
    """ "อ่านข่าวที่เกี่ยวข้อง: <headline>" (read related news) under a photo's caption,
    read as a paragraph (review h189's held-out Thai page): the language's label of a
    link to another story."""
    paragraphs = [
        "เทศบาลเมืองริมคลองเปิดสะพานคนเดินแห่งใหม่เมื่อเช้าวันจันทร์ หลังจากก่อสร้างมานานสองปี"
        " และใช้งบประมาณกว่าสามสิบล้านบาท",
        "สะพานดังกล่าวเชื่อมตลาดเก่ากับสถานีรถไฟ และคาดว่าจะมีผู้ใช้วันละหลายพันคน โดยเฉพาะในช่วงเช้าและเย็น",
        "นายกเทศมนตรีกล่าวว่าจะเพิ่มไฟส่องสว่างและกล้องวงจรปิดบนสะพานภายในเดือนนี้ เพื่อความปลอดภัยของผู้ใช้",
        "ร้านค้าในตลาดเก่าหวังว่าสะพานจะนำลูกค้ากลับมามากขึ้น หลังจากยอดขายลดลงตลอดช่วงก่อสร้าง",
    ]
    caption = "ภาพ: ชาวบ้านเดินข้ามสะพานในวันเปิด"
    link = "อ่านข่าวที่เกี่ยวข้อง: เทศบาลเตรียมปรับปรุงตลาดเก่าปีหน้า"
    header = ["ข่าวริมคลอง", "หน้าแรก | ข่าว | กีฬา", "เทศบาลเปิดสะพานคนเดินแห่งใหม่"]
    lines = page(*header, *paragraphs[:2], caption, link, *paragraphs[2:], "โฆษณา", "แชร์ข่าวนี้")
    assert kept_text(lines) == paragraphs


@pytest.mark.parametrize("where", [0, len(PARAGRAPHS)])
def test_an_opinion_columns_disclaimer_is_no_body(where):
    # review finding h94 M13: "The opinions expressed are the author's own." printed
    # over the column's first paragraph (or under its last) stayed in the body
    note = "The opinions expressed are the author's own."
    lines = page("Daily Courier", MENU, *PARAGRAPHS[:where], note, *PARAGRAPHS[where:], MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_a_caption_after_the_last_paragraph_does_not_continue_the_body():
    """A photo's caption under the story ("Photo: the new depot ...") read as a labelled
    line of data continuing the body (h107, left)."""
    for caption in ("Photo: the new depot on the harbour road", "Image: a bus at the depot"):
        assert kept_text(page(MENU, *PARAGRAPHS, caption, MENU)) == PARAGRAPHS
    # a line of data under the story still continues it
    data = "Routes: 12 new, 4 extended, 31 stops"
    assert kept_text(page(MENU, *PARAGRAPHS, data, MENU)) == [*PARAGRAPHS, data]


def test_a_heading_with_no_body_line_under_it_is_no_body():
    """A label closing the body's lines ("Latest News" over a list the page dropped, a
    page counter over the pagination, "Iphepha 1 ku-3") heads nothing of the story
    (review h102 N10)."""
    pagination = "« Emva  1  2  3  Elandelayo »"
    for label in ("Latest News", "Iphepha 1 ku-3"):
        lines = page(MENU, *PARAGRAPHS, label, pagination, "© 2026 Metro Gazette")
        assert kept_text(lines) == PARAGRAPHS
    # a subheading with a paragraph under it stays
    heading = "Timetable and fares"
    lines = page(MENU, *PARAGRAPHS[:3], heading, PARAGRAPHS[3], MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:3], heading, PARAGRAPHS[3]]


def test_a_graphics_label_after_the_last_paragraph_does_not_continue_the_body():
    """A caption labelled with a word that is no photo word ("Infographic:", "Grafaic:")
    under the story read as a labelled line of data continuing the body (h107, left)."""
    for caption in ("Infographic: the key figures", "Grafaic: torthaí an toghcháin"):
        assert kept_text(page(MENU, *PARAGRAPHS, caption, MENU)) == PARAGRAPHS
    # the story's own word as a label, a sentence, a run of fields and a Q&A's
    # repeated label still continue it
    kept = (
        ["Routes: the northern loop"],
        ["Note: the timetable is provisional."],
        ["When: every weekday morning", "Where: the hospital district"],
    )
    for lines in kept:
        assert kept_text(page(MENU, *PARAGRAPHS, *lines, MENU)) == [*PARAGRAPHS, *lines]


@pytest.mark.parametrize("label", ["Shop the tools", "Shop this guide", "Where to buy"])
def test_a_shop_box_after_the_story_is_not_crossed_as_a_table(label):
    """h152 item 5: a heading over data lines after the story is crossed (a table under
    its heading), but a shop's label over products and prices is no table's."""
    lines = page(MENU, *PARAGRAPHS, label, "Bus pass holder 2 pack £3.49", "Route map £5.99", MENU)
    assert kept_text(lines) == PARAGRAPHS


def test_myanmar_and_khmer_paragraphs_count_their_syllables_as_words():
    # review h162: a space in Myanmar or Khmer ends a phrase, not a word; a paragraph
    # of a few phrases read as a few "words" and the whole article as headlines only
    paragraphs = [
        "ပုသိမ်မြို့တွင် ကုတင် တစ်ရာပါ ဆေးရုံသစ်တစ်ရုံကို ဗုဒ္ဓဟူးနေ့က ဖွင့်လှစ်ခဲ့သည်။",
        "ស្ពានថ្មីឆ្លងទន្លេមេគង្គនៅខេត្តក្រចេះ នឹងត្រូវបើកឱ្យប្រើប្រាស់នៅឆ្នាំក្រោយ។",
    ]
    assert [feature.n_words for feature in line_features(paragraphs)] == [24, 21]
    assert count_words("ស្ពាននេះនឹងបើកនៅឆ្នាំក្រោយ។") == 7  # ស្ពាន នេះ នឹង បើក នៅ ឆ្នាំ ក្រោយ
    assert count_words("၂၀၂၆ ခုနှစ်") == 3  # the year's digits, ခု, နှစ်


def test_lao_paragraphs_count_their_syllables_as_words():
    # review h177: Lao, a space between phrases as in Khmer, was not counted so: a
    # paragraph read as three or four "words" and the article as headlines only
    paragraph = "ຕະຫຼາດດັ່ງກ່າວມີຮ້ານຄ້າຫຼາຍກວ່າສອງຮ້ອຍຮ້ານ ແລະ ຈະເປີດທຸກມື້ນັບແຕ່ເວລາຫ້າໂມງແລງ."
    assert line_features([paragraph])[0].n_words >= 20
    assert count_words("ວຽງຈັນ") == 2  # ວຽງ, ຈັນ
    assert count_words("ເປີດ") == 1  # a vowel written before its consonant
    assert count_words("໒໐໒໖") == 1  # a run of Lao digits


def test_tibetan_paragraphs_count_their_syllables_and_end_at_a_shad():
    # review h199: Tibetan writes a tsheg "་" between syllables, a space only after a
    # shad "།": a paragraph read as two "words" with no sentence end, and an article
    # page (text or HTML) as no article at all
    paragraph = "ལྷ་སའི་གྲོང་ཁྱེར་ནང་དུ་དཔེ་མཛོད་གསར་པ་ཞིག་དེ་རིང་སྒོ་ཕྱེ་ཡོད། དཔེ་མཛོད་དེའི་ནང་དུ་དཔེ་དེབ་ཡོད།"
    feature = line_features([paragraph])[0]
    assert feature.n_words == 24
    assert feature.ends_sentence
    assert count_words("དཔེ་མཛོད།") == 2  # དཔེ, མཛོད
    assert count_words("༢༠༢༦") == 1  # a run of Tibetan digits


@pytest.mark.parametrize("label", ["Read more", "Continue reading", "Weiterlesen"])
def test_a_read_more_label_after_the_story_is_not_crossed_as_a_table(label):
    """h164 item 7: a link's label under the last paragraph over the next story's
    headline (holding a figure, read as a line of data) was crossed as a table's
    heading, and the headline kept."""
    lines = page(MENU, *PARAGRAPHS, label, "Bus fares to rise by 5 per cent in May", "© Example")
    assert kept_text(lines) == PARAGRAPHS


def test_a_danish_lede_with_no_word_of_the_other_lists_is_prose():
    # Danish was in no function-word list: its paragraphs share a few words with German,
    # English and French ("er", "der", "for", "en"), enough for the page to read as in a
    # listed language, and a lede holding none of them ("har", "til", "med", "af" are
    # Danish only) fell under PROSE_FUNCTION_RATIO: the first paragraph was chrome
    # (review h248, body_h248 da_pandoc_court)
    lines = page(
        "Forside   Nyheder   Sport   Kultur",
        "Byrådet vedtager ny plan for den gamle havn",
        "Af Jens Madsen",
        "Byrådet har vedtaget planen til havnen med stemmerne af tre partier, fordi værftet "
        "lukkede sidste år, så grunden står tom.",
        "Der er plads til omkring fire hundrede boliger, og en del af dem skal være billige "
        "lejeboliger, som kommunen selv ejer.",
        "Det er en god dag for byen, siger borgmester Lone Sørensen, der har arbejdet for "
        "planen i mere end fem år.",
        "Naboerne er mindre glade, fordi de frygter mere trafik på vejen ned til vandet, og de "
        "vil klage over planen inden jul.",
        "Del   Facebook   E-mail",
    )
    kept = kept_text(lines)
    assert kept[0].startswith("Byrådet har vedtaget") and len(kept) == 4


# A made-up page in Cherokee's syllabary, which Unicode writes in its capitals (h259):
# no line of it is a line in capitals, so the story's paragraphs are its body.
_CHEROKEE_STORY = [
    "ᎦᏚᎲ ᎠᏂᏴᏫ ᏚᏂᎳᏫᏤ ᎤᎾᏙᏓᏆᏍᎬ ᎠᏰᎵ ᎠᏓᏁᎸ ᎤᏂᏣᏘ ᏓᏂᏃᎮᏍᎬ ᏗᎦᏃᏣᎳ.",
    "ᏧᎾᏕᎶᏆᏍᏗ ᏧᏂᎳᏫᏍᏗ ᏓᏂᏃᎮᏍᎬ ᎠᏂᏍᎦᏯ ᎠᎴ ᎠᏂᎨᏯ ᎤᎾᏓᏅᏖᎸ ᏐᏉ ᏧᏕᏘᏴᏓ ᎢᏳᏓᎵᎭ.",
    "ᎯᎠ ᎤᏂᎪᎲ ᏗᏂᏲᏟ ᎤᎾᏚᎵ ᏧᏂᎪᎵᏰᏗ ᏗᎪᏪᎵ ᎠᎴ ᏧᏂᎾᏗᏅᏍᏗ ᎤᏂᏃᏕᎾ ᎦᏙ ᎤᏍᏗ.",
    "ᎤᎬᏫᏳᎯ ᎤᏁᏨ ᏔᎵ ᏧᏕᏘᏴᏓ ᎢᎪᎯᏓ ᎤᏂᏍᏆᏂᎪᏙᏗ ᎠᎴ ᏓᏂᎾᏗᏍᎬ ᏧᎾᏕᏅ ᏗᎾᏓᏂᏱᏍᎩ.",
]


def test_a_page_in_cherokee_syllabary_gives_its_article():
    lines = ["ᎦᏚᎲ ᏧᏃᏪᎳᏅ", "ᏗᎾᏓᏂᏱᏍᎩ ᏧᏂᎪᎵᏰᏗ ᏗᎪᏪᎵ ᎤᎾᏚᎵ", "2026-12-03"]
    assert not any(feature.is_upper for feature in line_features(lines + _CHEROKEE_STORY))
    page = "\n\n".join([*lines, *_CHEROKEE_STORY, "© 2026 ᎦᏚᎲ ᏧᏃᏪᎳᏅ"])
    (article,) = extract_articles(page, name="chr.txt").itertuples()
    assert all(paragraph in article.body for paragraph in _CHEROKEE_STORY)
    assert article.title == "ᏗᎾᏓᏂᏱᏍᎩ ᏧᏂᎪᎵᏰᏗ ᏗᎪᏪᎵ ᎤᎾᏚᎵ"


def test_ethiopic_clause_marks_end_a_clause():
    """A Ge'ez-script line ending in the preface colon (introducing a quotation) or the
    Ethiopic comma goes on in the next line, as one ending in ":" or "," does (review
    h281: a Tigrinya paragraph introducing a quoted post read as chrome)."""
    for mark in "፣፤፥፦":
        [features] = line_features([f"ሓደ ሰብ ኣብ ከተማ ከምዚ ኢሉ{mark}"])
        assert features.ends_clause == mark


def test_an_ad_label_between_paragraphs_leaves_them_neighbours():
    # made-up Chinese paragraphs, an ad slot's label ("广告") between every two and a
    # short list of links in the middle: each paragraph has a paragraph beyond the label
    # and is no isolated teaser (review h289: the story after the list was lost)
    paragraphs = [
        "市政府周一宣布，新的海滨步道将于明年三月动工，全长约八百米，预计两年内完成全部工程。",
        "区议员在咨询会上表示，居民欢迎多了散步的地方，但担心自行车会与行人争路，清晨尤其危险。",
        "负责工程的部门回应说，步道会把自行车道和人行道分开，中间用花槽隔开，高峰时段限制车速。",
        "部门又说，施工期间部分路段要封闭，居民可以使用临时通道前往码头，详细安排明年初公布。",
    ]
    links = ["相关新闻", "* 码头重建 摊贩搬去哪里？", "* 泳棚人多 加派救生员"]
    lines = page(
        MENU,
        "海滨步道明年动工",
        paragraphs[0],
        "广告",
        paragraphs[1],
        links,
        paragraphs[2],
        "广告",
        paragraphs[3],
        ["分享", "© 2031 海港日报"],
    )
    kept = kept_text(lines)
    assert all(paragraph in kept for paragraph in paragraphs)
    assert "广告" not in kept


def test_a_cards_handle_and_date_line_under_the_post_signs_it():
    """A fediverse card printed as text: the name, handle and 'Follow' over the post's
    text, then '@handle · date' and its counts. The handle and date line signs the post
    (body, as '— Name (@handle) date' is); it was read as the card's time (chrome)."""
    from analysis.text.posts import post_signature

    signed = "@janerides@example.social · 3 March 2026, 10:04"
    assert post_signature(signed) is not None and post_signature(signed).author == ""
    assert post_signature("@janerides · Mar 3, 2026") is not None
    assert post_signature("@janerides · the council said it would close in 2019") is None
    assert post_signature("@janerides · 12 replies") is None
    lines = page(
        MENU, "Council Approves Bus Plan", "By Staff Writer", PARAGRAPHS[0],
        ["Jane Rider", "@janerides@example.social", "Follow", POST_TEXT, signed,
         "12 replies · 87 boosts · 214 favourites"],
        *PARAGRAPHS[1:], MENU,
    )  # fmt: skip
    assert kept_text(lines) == [PARAGRAPHS[0], POST_TEXT, signed, *PARAGRAPHS[1:]]


def test_an_explainers_second_list_under_its_heading_continues_the_body():
    """h450 item (en_insc_explainer_quake): an explainer's lists are its story; a second
    heading over sentence bullets ("What we do not know yet") after the first list ended
    the body, with its bullets and the closing paragraph."""
    known = [
        "  • The new routes will run every ten minutes at peak hours.",
        "  • Fares will stay the same as on the existing lines.",
    ]
    unknown = [
        "  • Whether the night buses will reach the northern suburbs.",
        "  • How many drivers the council will need to hire.",
    ]
    closing = "The council says it will answer both questions when it publishes the timetable."
    related = ["  • Most read", "  • Tram Line Reopens", "  • Parking Fees Rise"]
    lines = page(
        MENU, PARAGRAPHS[0], "What we know", known, "What we do not know yet", unknown,
        closing, related, "© 2026 Metro Gazette",
    )  # fmt: skip
    assert kept_text(lines) == [
        PARAGRAPHS[0], "What we know", *known, "What we do not know yet", *unknown, closing
    ]  # fmt: skip
    # a heading over headlines after the story's list still ends it
    lines = page(MENU, PARAGRAPHS[0], "What we know", known, "More on this", related, MENU)
    assert kept_text(lines) == [PARAGRAPHS[0], "What we know", *known]
    # sentence-case headlines under a heading no related-box label names stay out too
    headlines = [
        "  • Tram line reopens after the summer works",
        "  • Parking fees rise in the centre",
    ]
    lines = page(MENU, PARAGRAPHS[0], "What we know", known, "Top picks today", headlines, MENU)
    assert kept_text(lines) == [PARAGRAPHS[0], "What we know", *known]
