"""analysis.clean.headline: the headline above an article page's body."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.header_lines import is_meta_line
from analysis.clean.headline import (
    candidate_features,
    find_title_line,
    headline_lines,
    is_breadcrumb,
    is_dated_headline,
    is_site_staff_credit,
    names_dated_event,
    recurs_elsewhere,
)
from analysis.clean.page_metadata import article_page_fields

BODY = [
    "The city council approved the rail budget on Tuesday after a long debate about "
    "fares, stations and the new depot near the river.",
    "",
    "Council members said the rail line would open next spring if the depot is finished "
    "on time, and fares would stay at today's level.",
]


def test_headline_beats_a_share_button_and_a_photo_credit_below_it():
    lines = [
        "Menu",
        "",
        "Council approves the rail budget for the new depot",
        "",
        "By Jane Doe",
        "",
        "Share this on WhatsApp",
        "",
        "The new depot near the river. Jane Roe/Example Agency",
        "",
        *BODY,
    ]
    assert find_title_line(lines, 10) == 2


def test_photo_credit_and_short_parenthesis_are_credit_ends():
    lines = [
        "Rail depot to open next spring, council says",
        "The depot near the river (EXA)",
        "The depot near the river. Jane Roe / Example Wire file",
        *BODY,
    ]
    features = dict(candidate_features(lines, 3))
    assert features[0]["credit_end"] == 0.0
    assert features[1]["credit_end"] == 1.0
    assert features[2]["credit_end"] == 1.0


def test_title_case_headline_repeated_in_a_breadcrumb_is_still_a_candidate():
    title = "Council Approves The Rail Budget For The New Depot"
    lines = ["1. Home", f"2. {title}", "", title, "", "Published June 2, 2025", "", *BODY]
    assert find_title_line(lines, 7) == 3


def test_menu_glued_without_spaces_is_not_the_headline():
    lines = [
        "Cloud StorageEdge ComputingEnterprise NetworksRail Depots",
        "",
        "Council approves the rail budget",
        "",
        *BODY,
    ]
    features = dict(candidate_features(lines, 4))
    assert features[0]["glued"] == 1.0
    assert find_title_line(lines, 4) == 2


@pytest.mark.parametrize(
    ("headline", "byline"),
    [
        ("Council approves the rail budget.", ["By Jane Doe", "June 2, 2025"]),
        ("Council approves the rail budget.", []),
        ("Budget approved", []),
    ],
)
def test_a_menu_printed_once_on_one_line_is_never_the_headline(headline, byline):
    # "Home | News | Sport | Business" over a headline the scorer does not favour (a
    # full stop, two words, no byline under it): the menu is no candidate
    lines = ["Harbour Herald", "Home | News | Sport | Business", "", headline, *byline, ""]
    body_start = len(lines)
    title = find_title_line([*lines, *BODY], body_start)
    assert title != 1


@pytest.mark.parametrize("when", ["il y a 2 heures", "vor 2 Stunden", "hace 2 horas"])
def test_a_relative_time_in_another_language_under_the_headline_is_no_title(when):
    lines = ["Le conseil adopte le budget du port", when, "", *BODY]
    assert find_title_line(lines, 3) == 0


def test_no_headline_shaped_line_gives_none():
    assert find_title_line(["Menu", "", *BODY], 2) is None


def test_a_two_word_headline_above_its_date_line_is_a_candidate():
    lines = ["  • Home", "  • Rail", "", "Rail Budget", "", "Tuesday, 12 March 2024", "", *BODY]
    assert find_title_line(lines, 7) == 3


def test_numbered_items_and_names_in_capitals_are_no_headlines():
    lines = [
        "Council approves the rail budget for the new depot",
        "",
        "By Jane Doe",
        "",
        "4. Council members say the depot near the river is finished",
        "",
        "JANE ROE",
        "March 12, 2024",
        "",
        *BODY,
    ]
    assert [i for i, _ in candidate_features(lines, 9)] == [0]


def test_a_line_written_again_inside_the_body_is_an_interstitial():
    interstitial = "Continue reading the main rail depot story"
    lines = [
        "Council approves the rail budget for the new depot",
        "",
        "By Jane Doe",
        "",
        interstitial,
        "",
        BODY[0],
        "",
        interstitial,
        "",
        BODY[2],
    ]
    features = dict(candidate_features(lines, 6))
    assert features[4]["in_body"] == 1.0 and features[0]["in_body"] == 0.0
    assert find_title_line(lines, 6) == 0


def test_a_headline_over_bulleted_post_details_beats_a_promo_above_the_body():
    lines = [
        "Rail News",
        "",
        "Depot plans",
        "",
        "  • June 2, 2025",
        "  • Posted by Jane Doe",
        "",
        "Try the new rail pass for your family this weekend",
        "",
        *BODY,
    ]
    features = dict(candidate_features(lines, 9))
    assert features[2]["meta_next"] == 1.0  # two words: a candidate for its date below
    assert features[7]["meta_next"] == 0.0
    assert find_title_line(lines, 9) == 2


def test_the_bodys_first_line_is_the_headline_when_nothing_above_reads_as_one():
    headline = "Rail budget approved by the council: what it means for fares and the new depot?"
    lines = [
        "you are here: HomeNewsWorld",
        "June 2, 2025 | Source: Example",
        "",
        headline,
        "",
        *BODY,
    ]
    features = dict(candidate_features(lines, 3))
    assert features[3]["body_first"] == 1.0 and features[3]["distance"] == 0.0
    assert features[3]["in_body"] == 0.0  # written once: not an interstitial
    assert find_title_line(lines, 3) == 3


def test_a_headline_above_the_body_beats_a_headline_shaped_first_body_line():
    lines = [
        "Council approves the rail budget for the new depot",
        "",
        "By Jane Doe",
        "",
        "Fares stay at today's level",
        "",
        *BODY,
    ]
    assert 4 in dict(candidate_features(lines, 4))
    assert find_title_line(lines, 4) == 0


def test_a_period_after_an_initial_is_no_photo_credit():
    lines = ["New cars highlight the L.A. Auto Show", "Cars at the show. Jane Roe/Example Wire"]
    features = dict(candidate_features([*lines, *BODY], 2))
    assert features[0]["credit_end"] == 0.0
    assert features[1]["credit_end"] == 1.0


def test_a_period_after_a_title_or_a_places_short_form_is_no_photo_credit():
    # '"We are not finished yet": an interview with Dr. Hêvî Zana' read as a caption
    # closing with a credit, and lost to 'Posted in World' (review finding h102 N6)
    lines = [
        '"We are not finished yet": an interview with Dr. Jo Doe',
        "Cardinals win the series in St. Louis",
        "Cars at the show. Jane Roe/Example Wire",
        "Fans at the stadium in Iowa. Example Wire",
    ]
    features = dict(candidate_features([*lines, *BODY], 4))
    assert [features[i]["credit_end"] for i in range(4)] == [0.0, 0.0, 1.0, 1.0]
    page = [
        "Example Times",
        "",
        lines[0],
        "",
        "By Jane Doe",
        "Posted in World",
        "",
        *BODY,
    ]
    (article,) = extract_articles("\n".join(page) + "\n", name="p.txt").itertuples()
    assert article.title == lines[0]


def test_a_text_that_starts_with_its_body_keeps_its_first_line_as_body():
    lines = ["Rail budget approved by the council: what it means for fares and the new depot?"]
    assert candidate_features([*lines, "", *BODY], 0) == []
    assert find_title_line([*lines, "", *BODY], 0) is None


def test_a_one_line_headline_closed_by_a_period_above_the_body_is_the_headline():
    lines = ["Council approves the rail budget for the new depot.", "", *BODY]
    assert find_title_line(lines, 2) == 0


def test_a_title_case_headline_closed_by_a_period_heads_a_text_without_chrome():
    lines = ["Council Approves The Rail Budget For The New Depot.", "", *BODY]
    assert find_title_line(lines, 0) == 0
    assert find_title_line(lines[2:], 0) is None  # its body alone keeps its first line


def test_a_bare_text_opening_with_two_title_case_lines_keeps_both_as_body():
    # taking the first would leave a body whose first line is taken next time: cleaning
    # a cleaned text must not lose lines
    lines = ["Council Approves The Rail Budget.", "", "Fares Stay At Today's Level.", "", *BODY]
    assert find_title_line(lines, 0) is None


@pytest.mark.parametrize(
    "crumb",
    [
        "You are here: Home / News / Rail budget for the new depot",
        "you are here: Home > Transport > Rail budget approved",
        "You are here: Rail budget for the new depot",
        "Home » Transport » Rail budget approved",
    ],
)
def test_a_breadcrumb_is_never_the_headline(crumb):
    lines = ["Example Daily", "", "Council approves the rail budget", "", crumb, "", *BODY]
    assert is_breadcrumb(crumb)
    assert find_title_line(lines, 6) == 2


@pytest.mark.parametrize(
    "title",
    [
        "Report: Council approves the rail budget",
        "Rail / road: what the budget means",
        "Council approves the rail budget",
    ],
)
def test_headlines_with_a_label_or_one_slash_are_no_breadcrumbs(title):
    assert not is_breadcrumb(title)


@pytest.mark.parametrize(
    "headline",
    [
        "Council approves rail budget for new depot.",
        "Gov. Jan Roe picks former staffer to fill U.S. Senate seat.",
        "Rail budget: council votes to keep fares at today's level.",
    ],
)
def test_a_sentence_case_headline_closed_by_a_period_heads_an_english_text(headline):
    lines = [headline, "", *BODY]
    assert find_title_line(lines, 0) == 0
    assert find_title_line(lines[2:], 0) is None  # its body alone keeps its first line


@pytest.mark.parametrize(
    "lead",
    [
        "The council approved the rail budget.",  # an article: prose
        "Council members have approved rail budget.",  # "have": prose
        "We approved rail budget today.",  # a personal pronoun
        "Council approves rail budget. Fares stay at today's level.",  # two sentences
        "Council approves rail budget",  # not closed: the Title Case and shape tests decide
    ],
)
def test_a_lead_in_sentence_case_stays_body(lead):
    assert find_title_line([lead, "", *BODY], 0) is None


def test_a_closed_sentence_case_line_over_text_without_english_articles_stays_body():
    body = ["Der Stadtrat hat am Dienstag das Budget für die neue Bahnlinie beschlossen."]
    assert find_title_line(["Stadtrat beschliesst Budget.", "", *body], 0) is None


def test_a_closed_line_of_more_than_twenty_words_stays_body():
    lead = (
        "Northtown, Ill. - Jane Roe threw for three touchdowns and ran for another and "
        "Example State rolled past North State, 45-17, on Tuesday night."
    )
    body = [
        "The Eagles snapped an 11-game losing streak to the Huskies dating to 2007 and "
        "ended the hosts' title hopes in the West Division with one league game remaining "
        "on a cold night."
    ]
    assert find_title_line([lead, "", *body], 0) is None


@pytest.mark.parametrize(
    "headline",
    [
        # Title Case with no lower-case word (is_heading_like's share-bar guard): a
        # period never closes a share bar
        "Mayor Releases Tax Returns Going Back To 2007.",
        "Rep. Roe Denies Sending Photo, Can't Say Whether Image Is Him.",
        # "By" inside a Title Case headline is no byline cue
        "Council Challenged On Rail Budget By City Faculty.",
    ],
)
def test_a_title_case_headline_closed_by_a_period_over_its_body_is_the_headline(headline):
    lines = [headline, "", *BODY]
    assert find_title_line(lines, 0) == 0 or find_title_line(lines, 2) == 0


def test_a_letter_of_a_hyphenated_name_is_no_article():
    # "Chick-fil-A": the "A" is part of a word, not the article a headline leaves out
    lines = ["Chick-fil-A appreciation day brings out supporters, protesters.", "", *BODY]
    assert find_title_line(lines, 0) == 0


@pytest.mark.parametrize("meta", ["By Jane Doe", "March 3, 2014"])
def test_a_closed_headline_holding_a_pronoun_over_a_byline_or_date_is_the_headline(meta):
    # "he", "is": words a lead holds, yet the line opens the text above its byline
    headline = "Mayor says he is ready to approve the rail budget."
    lines = [headline, meta, "", *BODY]
    assert find_title_line(lines, 3) == 0


def test_a_closed_headline_above_a_photo_caption_is_the_headline():
    # the body detector starts below the caption: the text's first line is the headline
    lines = [
        "Council says the rail budget is a step toward the new depot.",
        "",
        "FILE - In this March 3, 2014 file photo, the depot near the river.",
        "",
        *BODY,
    ]
    assert find_title_line(lines, 4) == 0


def test_a_closed_first_line_sharing_no_word_with_the_body_is_no_headline():
    lines = ["We use cookies to improve your visit.", "", "Menu", "", *BODY]
    assert find_title_line(lines, 4) is None


@pytest.mark.parametrize(
    "headline",
    [
        "Mayor says 'we will approve the rail budget' after depot vote.",
        "Council member on rail budget: ‘I'm not going to vote for it’.",
    ],
)
def test_words_inside_a_single_quoted_quotation_are_no_prose(headline):
    # the pronoun, "will" or "I'm" are the speaker's words: the headline drops none
    lines = [headline, "", *BODY]
    assert find_title_line(lines, 0) == 0
    assert find_title_line(lines[2:], 0) is None


def test_a_lead_opening_with_a_double_quoted_quotation_stays_body():
    # a lead quotes in double quotes: what is outside the quotation is still tested
    lead = "“We will approve the budget,” the mayor said."
    assert find_title_line([lead, "", *BODY], 0) is None


def test_a_closed_line_the_next_paragraph_repeats_is_the_headline():
    # the headline copied twice (closed, then as the body's first line): it holds "he",
    # so only the repeat tells it from a lead
    headline = "Mayor says he will sign rail budget after depot vote"
    lines = [headline + ".", "", headline, *BODY]
    assert find_title_line(lines, 0) == 0


def test_a_closed_headline_opening_the_text_beats_its_deck_and_highlights():
    lines = [
        "Council approves rail budget.",
        "",
        "Story highlights Council members say the budget keeps fares at today's level",
        "",
        "The new depot near the river should be finished by next spring, officials say",
        "",
        *BODY,
    ]
    assert find_title_line(lines, 6) == 0


@pytest.mark.parametrize(
    "notice",
    [
        "This article is more than 2 months old",
        "This video is no longer available",
        "This story has been updated with the council's vote.",
        "This content can't be played in your region",
        "(Jane Roe/Example Agency/Stock Images Plus)",
        "[Updated at 5 p.m. with the council's vote]",
        "LISTEN TO ARTICLE 4:40 SHARE THIS ARTICLE Share Tweet Post Email",
        "Share All sharing options for: Council approves rail budget",
        # a print view's stamp (h271)
        "Printed from riverbendnews.example",
        "Printed from www.riverbendnews.example on December 5, 2026",
    ],
)
def test_a_notice_a_control_or_a_bracketed_line_is_no_headline(notice):
    # the only line above the body: without the rule it is taken for the headline
    assert find_title_line([notice, "", *BODY], 2) is None
    lines = ["Council approves rail budget for new depot", "", notice, notice, "", *BODY]
    assert find_title_line(lines, 5) == 0


@pytest.mark.parametrize(
    "headline",
    [
        "This Video Shows How the Council Voted on the Rail Budget",
        "This Report Changes What We Know About the Depot",
        "This story of a rail depot shows what councils can do",
    ],
)
def test_a_headline_opening_with_this_video_or_report_is_no_notice(headline):
    # the words of a notice, but no notice's shape: nothing became of the page
    assert find_title_line([headline, "", *BODY], 2) == 0


def test_a_closed_headline_over_a_second_headline_heads_the_text():
    # a deck (a second headline, no article) between the headline and the prose
    lines = [
        "Council approves rail budget for new depot.",
        "",
        "Fares stay at today's level",
        "",
        *BODY,
    ]
    assert find_title_line(lines, 0) == 0
    assert find_title_line(lines[2:], 0) is None  # the deck and body alone keep their lines


def test_a_headline_printed_again_in_capitals_recurs():
    lines = [
        "COUNCIL APPROVES THE BUDGET FOR NEXT YEAR",
        "Menu",
        "Council Approves the Budget for Next Year",
        "",
        "The council approved the budget on Tuesday after a long debate about roads.",
    ]
    assert recurs_elsewhere(lines, 2) and recurs_elsewhere(lines, 0)
    assert not recurs_elsewhere(lines, 1)


def _masthead_page(headline: str) -> tuple[list[str], int]:
    """A masthead, a menu, the headline with no byline under it, three body paragraphs
    and the masthead's name again in the footer (it recurs, as a headline does)."""
    lines = ["The Harbour Courier", "", "Home", "News", "Sport", "", headline, "", *BODY]
    return [*lines, "", "Copyright 2026 The Harbour Courier"], 8


@pytest.mark.parametrize(
    "headline",
    ["A long night at the town hall", "Why the vote matters", "Waterfront Plan Wins Approval"],
)
def test_the_page_own_site_name_is_never_the_title(headline):
    lines, body_start = _masthead_page(headline)
    site = "the harbour courier"  # folded as outlet names are compared
    assert find_title_line(lines, body_start, site_name=site) == 6
    assert all(lines[i] != lines[0] for i, _ in candidate_features(lines, body_start, site))


@pytest.mark.parametrize("label", ["live", "Sport"])
def test_the_site_name_and_a_label_over_the_headline_is_never_the_title(label):
    # a live blog's masthead line under its headline ("NAME live"), which shares the
    # body's words and has a date line under it (h263's live blog)
    lines = [
        "LIVE: Storm closes the coast road and two schools",
        f"Harbour Courier {label}",
        "",
        "Fri 4 Dec 2026",
        "",
        "The coast road is closed after the storm brought down trees at the harbour.",
        "",
        "Two schools near the harbour have closed for the day.",
        "",
        "Copyright 2026 Harbour Courier",
    ]
    assert find_title_line(lines, 5, site_name="Harbour Courier") == 0
    assert find_title_line(lines, 5, site_name="Harbour Times") == 1  # another site's


def test_without_the_site_name_the_recurring_masthead_wins_unless_a_credit_names_it():
    # what the site name guards against: the masthead recurs in the footer and is
    # headline-shaped, so it outscores the headline; the footer's notice naming it
    # ("Copyright 2026 The Harbour Courier") says it is a name (h143)
    lines, body_start = _masthead_page("A long night at the town hall")
    assert find_title_line(lines, body_start) == 6


def test_an_article_page_is_titled_by_its_headline_not_its_masthead():
    lines, _ = _masthead_page("A long night at the town hall")
    fields = {span.field: lines[span.line_no] for span in article_page_fields(lines, [8, 10])}
    assert fields["title"] == "A long night at the town hall"


def test_a_scrapers_title_label_is_no_part_of_the_title():
    lines = ["Title: Council approves the rail budget", "Date: 2026-03-03", "", *BODY]
    spans = [s for s in article_page_fields(lines, [3, 5]) if s.field == "title"]
    assert [lines[s.line_no][s.start : s.end] for s in spans] == [
        "Council approves the rail budget"
    ]


DECK = "The vote ends a long fight over the future of the depot by the river"


@pytest.mark.parametrize(
    "headline",
    [
        "Council approves rail budget after long debate",
        "Council Approves Rail Budget",
        "Rail budget approved",
    ],
)
@pytest.mark.parametrize("stop", ["", "."])
@pytest.mark.parametrize(
    "meta", [["By Jane Doe"], ["By Jane Doe", "March 3, 2026"], ["March 3, 2026"]]
)
def test_a_headline_over_its_deck_over_the_byline_is_the_title(headline, stop, meta):
    # headline / deck (a sentence, with or without its full stop) / byline or date: the
    # byline below the deck is the headline's, the deck is no title
    lines = ["Menu", "", headline, "", DECK + stop, "", *meta, "", *BODY]
    start = lines.index(BODY[0])
    assert find_title_line(lines, start) == 2
    features = dict(candidate_features(lines, start))
    assert features[2]["meta_next"] == 1.0
    assert 4 not in features or features[4]["meta_next"] == 0.0


@pytest.mark.parametrize(
    "headline",
    [
        # h134's rule for it (1bf307e: a longer line with an English article over the
        # headline is its deck) lowered the metadata benchmark's held-out title 0.88 ->
        # 0.86 (the weight search's folds pick other ties) and was taken out: left open
        pytest.param(
            "Council approves rail budget after long debate",
            marks=pytest.mark.xfail(strict=True, reason="a deck printed above its headline"),
        ),
        "Council approves the budget",
    ],
)
@pytest.mark.parametrize("meta", [["By Jane Doe"], ["By Jane Doe", "March 3, 2026"]])
def test_a_deck_printed_above_its_headline_is_no_title(headline, meta):
    # review h134: deck / headline / byline, the deck a longer sentence: the headline
    # is the line over the byline (the deck was read as the headline, the headline as
    # its deck)
    lines = ["Menu", "", DECK, "", headline, "", *meta, "", *BODY]
    start = lines.index(BODY[0])
    assert find_title_line(lines, start) == 4
    assert dict(candidate_features(lines, start))[4]["meta_next"] == 1.0


@pytest.mark.parametrize("kicker", ["Local News", "EXCLUSIVE", "Opinion"])
def test_a_kicker_over_a_sentence_case_headline_takes_no_deck(kicker):
    # a label of fewer than three words over the headline: the headline is no deck
    lines = ["Menu", "", kicker, "", DECK, "", "By Jane Doe", "", *BODY]
    start = lines.index(BODY[0])
    assert find_title_line(lines, start) == 4
    assert dict(candidate_features(lines, start))[4]["meta_next"] == 1.0


TWO_LINE_HEADLINES = [
    ("Council approves the rail", "budget after a long debate"),
    ("After six hours of debate, the council approves", "a rail budget that cuts fares"),
    ("Rail budget:", "council approves cuts to fares"),
    ("Council approves rail budget,", "cuts depot funding by a fifth"),
]


@pytest.mark.parametrize("headline", TWO_LINE_HEADLINES)
@pytest.mark.parametrize("meta", [["By Jane Smith", "March 3, 2026"], []])
def test_a_headline_printed_over_two_lines_is_the_title_whole(headline, meta):
    from analysis.clean.articles import extract_articles

    lines = ["Riverside Courier", "Home | News | Sport", "", *headline, *meta, "", *BODY]
    articles = extract_articles("\n".join(lines), name="rail.txt")
    assert list(articles["title"]) == [" ".join(headline)]


@pytest.mark.parametrize(
    "above",
    [
        "The council met on Tuesday.",  # a sentence mark closes a deck or a caption
        "By Jane Smith",  # a byline
        "Home | News | Sport | Business",  # a menu
    ],
)
def test_a_line_above_a_lower_case_headline_joins_it_only_as_its_first_part(above):
    from analysis.clean.headline import headline_lines

    lines = [above, "budget after a long debate", "By Jane Smith", "", *BODY]
    assert headline_lines(lines, 1, 4) == [1]
    capitalized = ["Rail", "Budget after a long debate", "By Jane Smith", "", *BODY]
    assert headline_lines(capitalized, 1, 4) == [1]  # a kicker over its headline
    brand = ["Technology", "iPhone sales fall in the spring", "By Jane Smith", "", *BODY]
    assert headline_lines(brand, 1, 4) == [1]


def test_an_episode_headline_over_its_air_date_is_the_title_not_the_show_line_above():
    # the show's line names what the host says in the transcript ("Welcome back to The
    # Harbour Hour"): its words are the body's, yet the episode's headline is under it
    show = "The Harbour Hour | a podcast from the Example Ledger"
    lines = [show, "", "Episodes  About  Subscribe", "", "Episode 88: Who pays for the pier?"]
    lines += ["", "Aired March 3, 2026 · 41 min", "Hosted by Jane Roe", "", "Transcript", ""]
    lines += ["JANE ROE: Welcome back to The Harbour Hour from the Example Ledger.", ""]
    lines += ["JANE ROE: The harbour board and the council disagree about the pier repairs.", ""]
    lines += ["GUEST: The harbour board says the council should pay for the pier.", ""]
    (article,) = extract_articles("\n".join(lines) + "\n", name="ep.txt").itertuples()
    assert "Who pays for the pier?" in article.title
    assert "podcast" not in article.title


def test_a_capitals_headline_cut_after_a_function_word_goes_on_to_the_next_line():
    from analysis.clean.headline import headline_lines

    # a teletext-like page's headline in capitals over two lines, the first ending in
    # "OF": no headline ends so, whichever line the scorer picked
    lines = ["NEWS   LOCAL", "", "LIBRARY OPENING HOURS OUT OF", "STEP WITH WORKERS", ""]
    lines += BODY
    assert headline_lines(lines, 3, 5) == [2, 3]
    assert headline_lines(lines, 2, 5) == [2, 3]
    # a capitals kicker ending in a name word, and a line in sentence case, stay apart
    kicker = ["NEWS   LOCAL", "", "LIBRARY HOURS", "STEP WITH WORKERS", "", *BODY]
    assert headline_lines(kicker, 3, 5) == [3]
    mixed = ["NEWS   LOCAL", "", "Library hours out of", "STEP WITH WORKERS", "", *BODY]
    assert headline_lines(mixed, 3, 5) == [3]


@pytest.mark.parametrize("controls", ["Subscribe for $1   Log In", "Sign in or register"])
def test_a_line_of_the_sites_controls_is_never_the_title(controls):
    # a sentence-case headline lost to the menu's subscribe / log-in line
    headline = "Opinion: Fair play in a political landscape"
    lines = ["The Harbour Courier", "   * News", "   * Sports", controls, "", headline, ""]
    lines += ["   * By Jane Doe", "   * Dec 3, 2026", "", *BODY]
    body_start = lines.index(BODY[0])
    assert find_title_line(lines, body_start) == lines.index(headline)
    assert all(lines[i] != controls for i, _ in candidate_features(lines, body_start))


@pytest.mark.parametrize(
    "headline", ["Council approves the rail budget...", "Council approves the rail budget…"]
)
def test_a_headline_ending_in_three_glued_dots_beats_the_menu(headline):
    # three dots glued to the last word close a headline as "…" does
    lines = ["Harbour Herald", "Home  News  Sport  Business", "", headline, "", "By Jane Doe"]
    lines += ["June 2, 2025", ""]
    assert find_title_line([*lines, *BODY], len(lines)) == 3


CJK_HEADLINE = "市議会が予算案を可決"
CJK_BODY = [
    "市議会は3日の本会議で、来年度の予算案を賛成多数で可決した。予算の総額は約820億円で、前年度より3%増えた。",
    "",
    "市長は閉会後の記者会見で「学校の改修を急ぎたい」と述べた。",
    "",
    "一方、野党会派は市民プールの閉鎖に反対し、修正案を提出したが否決された。",
]


@pytest.mark.parametrize(
    "date_line",
    [
        "2026年12月3日 10時45分",
        "2026年12月3日 10時45分（最終更新 12月3日 18時02分）",
        "2026-12-03 10:45  来源：港口日报  作者：李明  记者：陈静",
        "2026/12/03 10:45 記者陳志明／台中報導",
    ],
)
def test_a_cjk_date_line_with_labels_or_an_update_time_is_no_title(date_line):
    # an ideograph is a word of a body, not of a date line's labels and values: the
    # line is a meta line, the headline above it the title (found by the reviewer h77, K2)
    masthead, menu, notice = "港口日報", "ニュース  政治  経済", "Copyright © 港口日報"
    lines = [masthead, menu, "", CJK_HEADLINE, "", date_line, "", *CJK_BODY, "", notice]
    text = "\n".join(lines)
    (article,) = extract_articles(text, name="page.txt").itertuples()
    assert article.title == CJK_HEADLINE
    assert article.published == "2026-12-03"


def test_a_cjk_sentence_opening_with_a_date_is_no_meta_line():
    assert not is_meta_line("2026年12月3日午前、県議会は本会議で来年度の予算案を可決した。")
    assert is_meta_line("2026年12月3日 10時45分（最終更新 12月3日 18時02分）")


@pytest.mark.parametrize(
    "deck",
    ['"Fares would stay at today\'s level."', "“Fares would stay at today's level.”"],
)
def test_a_quoted_sentence_under_the_headline_is_its_deck_not_the_title(deck):
    # a short quote from the story as the headline's deck, right above the byline: its
    # words are all the body's, the headline's less than half
    lines = [
        "Harbour Herald",
        "",
        "News",
        "",
        "Council Backs Rail Budget as Critics Warn of Delays",
    ]
    lines += ["", deck, "", "By Jane Doe", "June 2, 2025", ""]
    assert find_title_line([*lines, *BODY], len(lines)) == 4


def test_a_quoted_headline_over_its_byline_is_the_title():
    lines = ["Harbour Herald", "", '"Fares would stay at today\'s level"', "", "By Jane Doe"]
    lines += ["June 2, 2025", ""]
    assert find_title_line([*lines, *BODY], len(lines)) == 2


def test_a_menu_line_whose_entries_carry_list_marks_is_not_the_headline():
    # h80's chrome change: the site's consent button and menu printed on one line, each
    # entry after a list mark, was the title over the page's real headline
    lines = [
        "Our website uses cookies to improve its performance. You can change your cookie "
        "settings through your browser.",
        "",
        "Accept & Close | • Harbour Daily | • all editions | Log inRegister",
        "14:53 GMT +3 20 November 2026",
        "• Home | • World | • Business | • Opinion | • Tech",
        "  • Asia & Pacific",
        "• Middle East | • Latin America | • Europe",
        "  • Morning Show",
        "  • Evening Show",
        "• Cartoons | • Video | • Photo | Listen Live | • | • | Search",
        "",
        "Harbour Master's Arrogance",
        "",
        "© EXAMPLE AGENCY / POOL",
        "Columnists",
        "21:17 18.11.2026 Get short URL",
        "by Jane Doe",
        "4 55 3",
        "Subscribe",
        "",
        *BODY,
    ]
    articles = extract_articles("\n".join(lines), name="page.txt")
    assert list(articles["title"]) == ["Harbour Master's Arrogance"]


@pytest.mark.parametrize(
    "masthead",
    ["Harbour Broadcasting Corporation", "Harbour Examiner Ltd", "Harbour Examiner Corp"],
)
def test_a_masthead_written_with_its_legal_form_is_no_title(masthead):
    # the page's site is the notice's holder without its form; its masthead line, with
    # the form, names the site too, and is no headline
    headline = "Harbour council approves budget after four-hour debate"
    page = "\n".join(
        [
            masthead,
            "TV  Radio  News  Programmes",
            "",
            headline,
            "",
            "By Jane Doe",
            "December 3, 2026",
            "",
            *BODY,
            "",
            f"Copyright 2026 {masthead}. All rights reserved.",
        ]
    )
    assert extract_articles(page, "page.txt").iloc[0]["title"] == headline


def test_a_headline_over_a_shorter_deck_over_the_byline_is_the_title():
    # a headline of a sentence's length over a deck with fewer words than it: the deck
    # is still the headline's (the byline under it too), not a second headline (h91)
    headline = "City council approves rail budget after long debate on fares"
    deck = "Members say the depot will open next spring"
    lines = ["Menu", "", headline, "", deck, "", "By Jane Doe", "", *BODY]
    assert find_title_line(lines, lines.index(BODY[0])) == 2


def test_a_headline_over_its_author_and_time_beats_related_headlines_over_meta_lines():
    # the related stories' "Name | time | Section" lines (a menu printed on one line
    # glues them, h80) made them headlines over bylines; the story's own headline sits
    # over its author's name and time printed one a line (h84, issue #10)
    lines = [
        "Example Tech",
        "",
        "Ferry operator cuts its winter timetable",
        "",
        "Tom Marsh | Monday 10:00PM | Transport",
        "",
        "Rail fares to rise for river line commuters in spring",
        "",
        "Ann Reyes | 11/12/19 4:40PM | Money",
        "",
        "City council approved the rail budget",
        "",
        "Jane Doe",
        "Monday 5:30PM",
        "",
        *BODY,
    ]
    assert find_title_line(lines, lines.index(BODY[0])) == 10
    # a section's name over the date line is no author's: "Business" is a menu item
    lines[12] = "Business News"
    lines.insert(1, "  • Business")
    assert find_title_line(lines, lines.index(BODY[0])) == 7


def test_a_headline_printed_twice_is_not_its_own_deck():
    headline = "The council approves the rail budget after a long and bitter debate"
    lines = ["Subscribe", "", headline, headline, "", "By Jane Doe", "", *BODY]
    articles = extract_articles("\n".join(lines), name="twice.txt")
    assert articles.loc[0, "title"] == headline
    assert articles.loc[0, "category"] is None


def test_a_menu_printed_with_wide_gaps_is_no_headline_over_its_deck():
    # the headline under a menu of spaced entries is no deck of the menu
    headline = "House votes to limit the council's powers over the harbour"
    page = "\n".join(
        [
            "Harbour Star",
            "News  Sport  Community  Property  Jobs   Subscribe  Log in",
            "",
            headline,
            "",
            "Jane Doe",
            "Updated December 3 2026 - 11:30am, first published 9:15am",
            "",
            *BODY,
        ]
    )
    assert extract_articles(page, "page.txt").iloc[0]["title"] == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Obama Seeking to Take Credit and Set Course for Economy",
        "Credit Suisse Shares Plunge as Rescue Talks Stall",
        "Police Subpoena Photos and Video of the Protests",
        "Image Problem Haunts Harbour Council After Budget Vote",
    ],
)
def test_a_headline_using_a_caption_word_is_still_the_headline(headline):
    # review finding h94 M14: any line holding 'credit', 'photo', 'image', 'caption' or
    # 'copyright' was taken for a photo caption
    lines = ["Harbour Times", "", headline, "", "By Jane Doe", "June 2, 2025", "", *BODY]
    assert find_title_line(lines, 7) == 2


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Jo Bloggs/Agency",
        "Image copyright Agency",
        "(Photo by Jo Bloggs)",
        "Photos: Jo Bloggs and Ann Lee",  # a joiner is no headline's verb
    ],
)
def test_a_caption_line_under_the_headline_is_still_no_headline(caption):
    lines = ["Harbour Times", "", "Council approves the rail budget", "", caption, "", *BODY]
    assert find_title_line(lines, 6) == 2


@pytest.mark.parametrize(
    "headline",
    [
        "Photos: Crowds line the harbour for the new rail depot",
        "PHOTOS: The depot opens its doors",
        # one lower-case word, a verb's (a Title Case or a creole's headline, review h254)
        "PHOTOS: Gale lash Kilbrook Harbour Wall",
    ],
)
def test_a_gallerys_labelled_headline_is_a_headline_not_a_caption(headline):
    # "Photos: <a clause>" heads a gallery; "Photo: Jo Bloggs/Agency" credits a photo
    lines = ["Harbour Times", "", headline, "", "By Jane Doe", "", *BODY]
    assert find_title_line(lines, 6) == 2


def test_a_menu_printed_on_one_line_above_the_headline_is_no_category():
    # A one-line menu right over the headline was the article's category (review h94 M16).
    headline = "The council approves the rail budget after a long and bitter debate"
    lines = ["Harbour Times", "Home | Politics | World | Opinion", "", headline, "", *BODY]
    articles = extract_articles("\n".join(lines), name="menu.txt")
    assert articles.loc[0, "title"] == headline
    assert articles.loc[0, "category"] is None
    lines[1] = "Politics"
    assert extract_articles("\n".join(lines), name="label.txt").loc[0, "category"] == "Politics"


@pytest.mark.parametrize("masthead", ["The Harbour Times", "Harbour Times", "HARBOUR TIMES"])
def test_the_sites_masthead_right_over_the_headline_is_no_category(masthead):
    # A site printing its masthead right over the headline got its own name as the
    # article's category (lead's new-user run, 2026-12-05); a section's label stays one.
    headline = "The council approves the rail budget after a long and bitter debate"
    lines = ["Home News Sport Opinion", masthead, headline, "By Jane Doe", "3 December 2026"]
    lines += [*BODY, "", "© 2026 Harbour Times. All rights reserved."]
    articles = extract_articles("\n".join(lines), name="masthead.txt")
    assert articles.loc[0, "title"] == headline
    assert articles.loc[0, "category"] is None
    lines[1] = "Politics"
    assert extract_articles("\n".join(lines), name="label.txt").loc[0, "category"] == "Politics"


_TURNS = [
    "ANN LEE, HOST: Good morning and welcome to The Morning Tide. The harbour council "
    "voted on Tuesday evening to approve next year's budget after a long debate.",
    "",
    "JOHN PRICE, COUNCILLOR: We protected the schools and the ferry service. That was the "
    "promise we made, and we kept it in every line of this plan.",
    "",
    "ANN LEE: The opposition objected to the cuts in the parks budget, and its leader "
    "told me the plan leaves the town's green spaces without a gardener.",
    "",
    "© 2026 Harbour Radio",
]


@pytest.mark.parametrize(
    ("above", "title"),
    [
        # a transcript: the programme's episode label over the air date, the headline under it
        (
            [
                *["TRANSCRIPT", "", "The Morning Tide — Episode 12", "Air date: December 3, 2026"],
                *["", "Council approves harbour budget after four-hour debate", ""],
            ],
            "Council approves harbour budget after four-hour debate",
        ),
        (
            [
                *["TRANSKRIPT", "", "Die Morgenflut – Folge 12", "Sendung vom 3. Dezember 2026"],
                *["", "Stadtrat beschließt Hafenhaushalt nach langer Debatte", ""],
            ],
            "Stadtrat beschließt Hafenhaushalt nach langer Debatte",
        ),
        # a podcast episode's page: its headline opens with its number, under the programme
        (
            [
                *["The Morning Tide", "Episode 12: Council approves harbour budget after a debate"],
                *["December 3, 2026 · 38 min", "", "Transcript", ""],
            ],
            "Episode 12: Council approves harbour budget after a debate",
        ),
    ],
)
def test_a_programme_s_episode_label_is_not_the_title_of_its_transcript(above, title):
    text = "\n".join(["Harbour Radio", "News  Programmes  Podcasts", "", *above, *_TURNS])
    article = extract_articles(text, "tide.txt").iloc[0]
    assert article["title"] == title
    assert article["body"].startswith("ANN LEE, HOST: Good morning")


def test_a_review_headline_that_names_an_episode_stays_the_title():
    lines = ["Harbour Daily", "", "'Harbour Lights' recap: Season 2, Episode 5", ""]
    lines += ["By Jane Doe", "December 3, 2026", "", *BODY]
    article = extract_articles("\n".join(lines) + "\n", "recap.txt").iloc[0]
    assert article["title"] == "'Harbour Lights' recap: Season 2, Episode 5"


LETTER = (
    "The ferry timetable has left our village without a morning boat for six weeks, and"
    " nobody at the harbour office will say when the early crossing comes back."
)
LETTERS = [
    (
        "Bring Back The Early Ferry",
        "Gwen Morgan, Pontypridd",
        "Since the autumn the first boat leaves at ten, which is too late for anyone who"
        " works in town, and the bus that was meant to replace it never came.",
    ),
    (
        "A Harbour Office That Never Answers",
        "Dafydd Hughes, Barry",
        "I have written to the harbour office four times about the broken ramp at the"
        " north quay, and each letter has gone unanswered since the end of the summer.",
    ),
    (
        "Fares Rise While Boats Stay Ashore",
        "Eleri Price, Caerphilly",
        "Season tickets went up by a tenth in October, yet half of the sailings in my"
        " diary were cancelled, and the company still offers no refund for any of them.",
    ),
]


def test_a_headline_holding_its_date_is_the_letters_pages_headline_and_dates_it():
    # 'Letters to the editor, Thursday December 3, 2026' is a date line, so it was no
    # candidate: the title was None, or the first letter's heading (review h102 N6)
    headline = "Letters to the editor, Thursday December 3, 2026"
    assert is_dated_headline(headline)
    letters = []
    for (heading, name, letter), other in zip(LETTERS, [*BODY[::2], LETTER], strict=True):
        letters += [heading, "", letter, "", other, "", name, ""]
    page = ["Example Crier", "News  Sport  Letters", "", headline, "", *letters]
    (article,) = extract_articles("\n".join(page) + "\n", name="p.txt").itertuples()
    assert (article.title, article.published) == (headline, "2026-12-03")


@pytest.mark.parametrize(
    "line",
    [
        "Published on Thursday, December 3, 2026",  # a label on the date
        "Voice of the Valley, December 3, 2026",  # a site's name and its date
        "By Jane Doe, December 3, 2026",  # a byline
        "Politics, December 3, 2026",  # a section
        "url: https://www.example.com/local-news/2026/12/03/ferry",  # an address
        "Von Jo Doe publiziert am 3. Dezember 2026",  # a function word leads into the date
        "南岭晨报 2026年12月2日",  # a site's name, shorter than a headline
    ],
)
def test_a_date_line_is_no_dated_headline(line):
    assert not is_dated_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "TRENDING: Ferry fares to rise in January — Dec. 1, 2026",
        "桂林机场新航站楼投入使用 2026年12月1日",  # a script without spaces or case
    ],
)
def test_another_storys_headline_with_its_date_is_a_dated_headline(line):
    assert is_dated_headline(line)


def test_a_headline_naming_a_days_event_is_the_headline_not_a_date_line():
    # the date inside the headline's phrase ("... about the Dec. 1, 2026 transit
    # referendum") made it a date line, and the masthead the title (review h143); its
    # date is the vote's, never the page's
    headline = "What to know about the Dec. 1, 2026 transit referendum"
    assert names_dated_event(headline) and not is_dated_headline(headline)
    for line in (
        "Von Jo Doe publiziert am 3. Dezember 2026 um 10:15 Uhr",
        "Published on Thursday, December 3, 2026",
        "Letters to the editor, Thursday December 3, 2026",
    ):
        assert not names_dated_event(line)
    page = ["The Ferncliff Courier", "", headline, "", "By Alan Greer | Posted Nov. 3, 2026", ""]
    page += [line for paragraph in BODY for line in (paragraph, "")]
    (article,) = extract_articles("\n".join(page) + "\n", name="p.txt").itertuples()
    assert (article.title, article.published) == (headline, "2026-11-03")
    # without the page's date line, the event's date does not date the page
    del page[4]
    (article,) = extract_articles("\n".join(page) + "\n", name="p.txt").itertuples()
    assert article.published != "2026-12-01"


def test_crossheads_under_a_dated_headline_leave_the_story_its_headline():
    # two headings in the body are a story's crossheads, not a page of items
    page = [
        "Morning briefing, December 3, 2026",
        "",
        "Ferry Timetable Cuts The Early Crossing",
        "",
        LETTER,
        "",
        "What The Harbour Office Says",
        "",
        LETTER,
        "",
        *BODY,
    ]
    assert find_title_line(page, 4) == 2


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Granite Falls Tribune Staff", True),
        ("Tribune Newsroom", True),  # the name's last words
        ("Hospital Cuts Nursing Staff", False),  # a headline naming no site
        ("Granite Falls Tribune", False),  # the name alone
    ],
)
def test_a_staff_credit_names_the_site_and_a_staff_word(line, credit):
    assert is_site_staff_credit(line, "Granite Falls Tribune") is credit
    assert not is_site_staff_credit(line, None)


@pytest.mark.parametrize(
    "address",
    [
        "url: https://www.example.com/news/2026/12/03/mayor-who-said-rail-budget-was-settled",
        "www.example.com/news/mayor-who-said-rail-budget-was-settled",
    ],
)
def test_a_headline_its_address_spells_is_no_menu(address):
    """A clipper's header prints the story's address, whose slug spells the headline: its
    words read as the menu's and the headline was no candidate ('Read on Omnivore' won;
    h102 zu_omnivore, h113 left open)."""
    title = "Mayor Who Said Rail Budget Was Settled Backtracks: It's Not Settled"
    lines = [address, "", title, "", "Read Original", "", *BODY]
    assert find_title_line(lines, 6) == 2
    # words of a menu's short lines still make a title-case line no candidate
    menu = ["Mayor Rail Budget", "Settled Backtracks Said"]
    assert find_title_line([*menu, "", title, "", *BODY], 5) is None


@pytest.mark.parametrize(
    "credit",
    [
        "Translated from the Spanish by Peter Walsh",
        "Paid for by Northstar Credit Union",
        "Presented by Northstar Credit Union",
        "Illustrations by Ana Ruiz",
    ],
)
def test_another_roles_credit_over_the_date_is_no_headline(credit):
    # a translator's, a sponsor's, an illustrator's credit sits right above the date
    # line, where a headline's byline does: it is no headline, and the headline above
    # it is the title
    lines = [
        "A weaving cooperative in the mountains writes its own future",
        "",
        credit,
        "",
        "July 15, 2026",
        "",
        *BODY,
    ]
    row = extract_articles("\n".join(lines), "p.txt").iloc[0]
    assert row["title"] == "A weaving cooperative in the mountains writes its own future"


def test_a_link_to_another_story_whose_headline_the_page_prints_again_is_no_headline():
    # review h127: "Read also: Headline" between the story's paragraphs, that headline
    # printed again in the related box under the story, was taken as the page's title
    lines = ["Harbour Courier", "Home | National", "", "Flood waters reach the old harbour"]
    lines += ["Wednesday, 2 December 2026 08:10", "Author: Mara Quist", ""]
    lines += ["Water a metre deep filled hundreds of homes along the north shore.", ""]
    lines += ["Read also: City adds electric buses to its fleet", ""]
    lines += ["Residents fled to the mosque and the nearest schools.", ""]
    lines += ["Read also: Schools begin serving free lunches", ""]
    lines += ["Officials said the plan would be reviewed in March. Residents can write in.", ""]
    lines += ["Related news", "", "Schools begin serving free lunches", "1 December 2026"]
    lines += ["Three hundred schools began serving free lunches to pupils on Monday.", ""]
    assert find_title_line(lines, lines.index("Related news") - 2) == 3


def test_a_share_sheets_line_over_the_story_is_no_headline():
    # an app's share sheet: "Shared from the X app" over the headline and byline (h143)
    lines = [
        "Shared from the Kestrel Post app",
        "",
        "City to pilot four-day week for 300 staff",
        "",
        "Jun Park, City Hall Reporter",
        "Nov 3, 2026",
        "",
        *BODY,
    ]
    assert find_title_line(lines, 7) == 2


def test_a_publishers_name_a_credit_gives_is_no_headline():
    # an aggregator prints the publisher's name over its story and credits it below
    # ("© X", "Provided by X"): the name over a headline in sentence case is no headline
    # over its deck (review h143)
    lines = [
        "Example Start",
        "",
        "The Tidewater Observer",
        "",
        "Harbour dredging to begin next spring after permit delay, port says",
        "",
        "Story by Priya Raman • Nov 4, 2026",
        "",
        *BODY,
        "",
        "© The Tidewater Observer",
        "Provided by The Tidewater Observer",
    ]
    assert find_title_line(lines, 8) == 4


@pytest.mark.parametrize(
    ("above", "title"),
    [
        # a first-person headline closed as a sentence, under a masthead and a label
        (
            ["The Dunmore Courier", "", "Readers Write"],
            "I ran the night ferry for 20 years. This is what I saw.",
        ),
        # a headline over it: the closed line is its deck
        (
            ["Ferry crews: a season of delays and repairs", "", "12 comments"],
            "Ferry crews: a season of delays and repairs",
        ),
    ],
)
def test_a_line_closed_by_a_full_stop_over_the_byline_is_the_headline(above, title):
    body = "\n\n".join(
        f"The crossing took forty minutes on a calm day, part {n}, and twice that in a gale."
        for n in range(3)
    )
    page = "\n".join(above) + (
        "\n\nI ran the night ferry for 20 years. This is what I saw.\n\n"
        f"As told to Maren Holt\nNov. 5, 2026\n\n{body}\n"
    )
    assert extract_articles(page, "p.txt").iloc[0].title == title


def test_an_aggregators_provided_by_line_over_the_headline_is_not_the_title():
    # review h246 (held-out page): "Provided by X" over the headline was the title
    paragraphs = [
        "The valley's farmers' market will move into the old drill hall for the winter, "
        "starting this Saturday, after years of struggling through rain and frost.",
        "About thirty traders have signed up for the indoor season, which runs until the "
        "end of March, and the hall will have room for a small café.",
        "Organisers said the move would keep the market open every week of the winter "
        "for the first time since it began.",
    ]
    lines = ["Example Start", "Sign in", "", "Provided by The Example Valley Sentinel", ""]
    lines += ["Farmers' market moves indoors for the winter", "", "Published December 2, 2026"]
    for paragraph in paragraphs:
        lines += ["", paragraph]
    rows = extract_articles("\n".join(lines), name="made_up.txt")
    assert rows["title"].tolist() == ["Farmers' market moves indoors for the winter"]


def test_a_guest_writers_special_to_line_is_not_the_title():
    # review h255 (held-out page): "Special to The X" on its own line under the byline
    paragraphs = [
        "The old swimming baths on Mill Street have stood empty for three years.",
        "The council now proposes to knock them down for 80 parking spaces.",
        "I have swum in Example for 25 years, and I know what a pool can do for a town.",
        "Other towns have turned their baths into community pools that draw visitors.",
        "We should ask them how before we reach for the bulldozer.",
        "Jo Example runs a swimming club on Bridge Street.",
    ]
    title = "Our old baths deserve better than a car park"
    lines = ["The Example Chronicle", "", "Opinion | Letters", "", title, "", "By Jo Example"]
    lines += ["Special to The Example Chronicle", "December 1, 2026"]
    for paragraph in paragraphs:
        lines += ["", paragraph]
    lines += ["", "© 2026 The Example Chronicle"]
    rows = extract_articles("\n".join(lines), name="made_up.txt")
    assert rows["title"].tolist() == [title]


def _text_browser_page() -> list[str]:
    """A text browser's dump (made up): the masthead, the menu whose links it numbers,
    a centred headline wrapped over two lines, byline, date, a lead it wrapped at 70
    columns, two paragraphs and the numbered addresses of the links ("References")."""
    return [
        "   Carrow Weekly",
        "",
        "   Harbour Boats Weather Notices",
        "",
        "                        Harbour dues to rise in spring as",
        "                         council repairs the old pier",
        "",
        "   By Ewan Rigg",
        "   Thursday, December 3, 2026",
        "",
        "   The council will raise harbour dues by a tenth from April to pay for",
        "   repairs to the old pier, which has been closed since the autumn gales.",
        "",
        "   Boat owners said the rise was steep for small fishing boats.",
        "",
        '   "We were never asked," one skipper said.',
        "",
        "References",
        "",
        "   1. https://www.carrowweekly.example/",
        "   2. https://www.carrowweekly.example/harbour",
        "   3. https://www.carrowweekly.example/boats",
        "   4. https://www.carrowweekly.example/weather",
        "   5. https://www.carrowweekly.example/notices",
    ]


def test_a_text_browsers_wrapped_headline_not_its_menu_nor_its_wrapped_lead():
    # h263's lynx dump: the menu's words are in the link list's addresses, and the
    # lead's first line read as a headline over a sentence; neither is the title now
    lines = _text_browser_page()
    title = find_title_line(lines, 13)
    assert title == 5
    assert headline_lines(lines, title, 13) == [4, 5]
    candidates = [i for i, _ in candidate_features(lines, 13)]
    assert 10 not in candidates  # the lead's first line, wrapped


def test_the_words_of_addresses_under_the_body_are_no_body_words():
    lines = ["Kelp Gulls Moorings", "", "Harbour dues rise to pay for the old pier", ""]
    lines += ["By Ewan Rigg", "", "The council will raise harbour dues by a tenth.", ""]
    lines += ["   1. https://www.carrow.example/kelp/gulls", "   2. www.carrow.example/moorings"]
    features = dict(candidate_features(lines, 6))
    assert features[0]["body_words"] == 0.0  # a menu's entries only the paths spell
    assert features[2]["body_words"] > 0.0


def test_a_line_over_a_lower_case_line_closing_no_sentence_stays_a_candidate():
    lines = _text_browser_page()
    lines[11] = "   repairs to the old pier"  # no period: a headline's second line reads so
    assert 10 in [i for i, _ in candidate_features(lines, 13)]


def test_a_writer_named_alone_over_the_date_is_the_byline_though_the_story_quotes_them():
    """A text dump prints the headline, the writer's name alone and the date; the story
    quotes the writer ("Oona Vilkas said"), so the name line recurs and its words are the
    body's: it is still the headline's byline, not the title."""
    lines = [
        "Valley board backs the new tram depot after a long hearing",
        "",
        "Oona Vilkas",
        "4 December 2026",
        "",
        "The board voted on Wednesday to back the depot. Members said work would start soon.",
        "",
        'Oona Vilkas said: "We read every letter the riders sent us." The vote was five to two.',
        "",
        "Critics said the evening trams were cut too far. The operator will publish its plan.",
    ]
    fields = {span.field: lines[span.line_no] for span in article_page_fields(lines, [5, 7, 9])}
    assert fields["title"] == lines[0]
    assert fields.get("byline") == "Oona Vilkas"


def test_a_wrapped_standfirsts_last_line_is_no_title_under_a_wrapped_headline():
    # h287 (held out): a print's headline over two lines and a three-line standfirst
    # without a closing period; the standfirst's last line, nearest the byline, was the
    # title. A line going on in lower case from lines holding more words with it than a
    # headline is no candidate.
    lines = ["WILLOWMERE ECHO", "", "Ferry fares rise by a fifth as fuel costs", "climb"]
    lines += ["", "The operator says it had no choice but to raise fares on every crossing,"]
    lines += ["after two winters of storms closed the harbour for weeks and"]
    lines += ["warning that the night sailings may end in the new year"]
    lines += ["", "By Ada Voss | Friday 4 December 2026", ""]
    lines += BODY
    body_start = len(lines) - len(BODY)
    candidates = [i for i, _ in candidate_features(lines, body_start)]
    assert 7 not in candidates
    title = find_title_line(lines, body_start)
    assert headline_lines(lines, title, body_start) == [2, 3]
    # a screen reader's lines all open in lower case: no standfirst's rest among them
    reader = ["banner landmark", "link Skip to content", "link Willowmere Echo home"]
    reader += ["navigation landmark", "link News", "link Sport", "main landmark"]
    reader += ["heading level 1 Ferry fares rise by a fifth as fuel costs climb", ""]
    reader += BODY
    candidates = [i for i, _ in candidate_features(reader, len(reader) - len(BODY))]
    assert 7 in candidates


def test_a_capitals_headline_wrapped_at_a_column_is_one_headline():
    from analysis.clean.headline import headline_lines

    # a print page's display headline in capitals set over three lines, each as full as
    # the column allows, the last the remainder (a pdftotext print; review h295)
    lines = ["THE QUAYSIDE GAZETTE", "", "FERRY CREW SAVES", "TWO KAYAKERS OFF", "THE POINT", ""]
    lines += BODY
    assert headline_lines(lines, 2, 6) == [2, 3, 4]
    assert headline_lines(lines, 3, 6) == [2, 3, 4]
    # a short label over a longer headline is no wrap
    label = ["THE QUAYSIDE GAZETTE", "", "HARBOUR", "FERRY CREW SAVES KAYAKERS", "", *BODY]
    assert headline_lines(label, 3, 5) == [3]


def test_a_line_spanning_two_years_under_an_obituarys_headline_is_no_title():
    # made-up obituary: the name with the years of life is the headline; the line of
    # facts under it prints two dates of different years (birth and death)
    text = (
        "Quillby Falls Courier\n\nObituaries\n\nHarold Venn Oakridge, 1941 - 2026\n\n"
        "Born May 9, 1941 in Tarrow; died October 3, 2026 in Quillby Falls\n\n"
        "By Nina Castel\nPublished October 8, 2026\n\n"
        "Harold Venn Oakridge, who repaired the town's clocks for half a century and "
        "coached the junior rowing crew, died at home on Saturday. He was 85.\n\n"
        "He leaves two daughters, five grandchildren and a workshop full of unfinished "
        "clocks, his family said on Tuesday.\n"
    )
    article = extract_articles(text, "obituary.txt").iloc[0]
    assert article["title"] == "Harold Venn Oakridge, 1941 - 2026"
    # nor is it the date line: the birth is no publication day
    assert str(article["published"])[:10] == "2026-10-08"


def test_a_headline_naming_one_dated_event_stays_a_candidate():
    text = (
        "Quillby Falls Courier\n\n"
        "What to know about the May 9, 2026 river festival\n\n"
        "By Nina Castel\nPublished May 1, 2026\n\n"
        "The river festival returns on Saturday with boat races, a market and music on "
        "the bank, organizers said on Friday after the council approved the plans.\n\n"
        "Parking will be limited near the bridge, and shuttle buses will run every "
        "twenty minutes from the station, the council said.\n"
    )
    article = extract_articles(text, "festival.txt").iloc[0]
    assert article["title"] == "What to know about the May 9, 2026 river festival"


def test_a_header_line_of_an_event_date_and_a_published_date_is_no_headline():
    # review h304 (article_other_decisions_cs): under a court summary's headline, the
    # case number, the decision's date and the day it was made public
    line = (
        "Case 59 A 12/2026 · judgment of the court of 24 November 2026 · published 3 December 2026"
    )
    assert is_meta_line(line)
    assert not is_dated_headline(line)
    # a headline holding its date is still one; and a sentence's two dates no meta line
    assert is_dated_headline(
        "Letters to the editor about the new harbour, Thursday 3 December 2026"
    )
    assert not is_meta_line(
        "The court of appeal ruled on 24 November 2026 and the ministry published the full"
        " text of the judgment on 3 December 2026"
    )


def test_a_one_step_trail_over_an_episode_is_a_breadcrumb():
    # review h304 (article_podcast_more_episodes_nb): "Podkast › SHOW" over the episode
    assert is_breadcrumb("Podcast › The Valley Today")
    assert is_breadcrumb("Pro média › Tiskové zprávy")
    # a quotation in single angle marks, and a long line with one mark, are no trail
    assert not is_breadcrumb("Mayor calls the plan ‹a good start› for the harbour")
    assert not is_breadcrumb("The council votes on the plan › residents say they were not asked")


def test_body_lines_without_an_address_are_not_searched_for_one(monkeypatch):
    """The words of the body's first lines are read without their web addresses; lines
    holding no "://" and no "www." are not searched for one (speed only), and an address
    is still left out."""
    from analysis.clean import headline

    searched: list[str] = []

    class Counted:
        def sub(self, repl: str, text: str) -> str:
            searched.append(text)
            return address.sub(repl, text)

    address = headline._ADDRESS
    monkeypatch.setattr(headline, "_ADDRESS", Counted())
    assert headline._without_addresses("Ferry sails again at noon.") == "Ferry sails again at noon."
    assert headline._without_addresses("See WWW.Harbour.example or https://x.example/a b") == (
        "See   or   b"
    )
    page = "Harbour Post\n\nFerry sails again\n\nThe ferry left the harbour at noon today.\n"
    find_title_line(page.split("\n"), 4)
    assert searched == ["See WWW.Harbour.example or https://x.example/a b"]


def test_a_ticker_headline_copied_into_a_list_under_a_short_story_is_not_the_headline():
    # (h414) the teasers over the story come back in "Most read" among the story's first
    # lines: the copy holds every word of the teaser, no sign the story is about it
    teasers = [
        "Storm warning issued for coastal districts as winds strengthen",
        "Rail operator apologises for weekend of cancellations",
        "Festival line-up revealed with three headline acts",
    ]
    lines = [
        "Live",
        *teasers,
        "Home › Politics",
        "",
        "Housing minister signals rent caps will be extended nationwide",
        "",
        "Jo Doe Political Correspondent",
        "",
        "The housing minister said rent caps would be extended to every county from March, "
        "as the government prepares new rules for tenants and landlords.",
        "",
        "Landlord groups warned that the caps would drive small landlords out of the market.",
        "",
        "Most read",
        *[f"{n}. {teaser}" for n, teaser in enumerate(teasers, 1)],
    ]
    assert find_title_line(lines, 8) == 6


def test_a_comment_count_under_the_byline_is_not_the_headline():
    # (h414) "コメント454件", "212条评论": a link to the comments, in the byline block
    lines = [
        "東京都、来年度から高校授業料を完全無償化へ　所得制限撤廃",
        "",
        "田中健一",
        "2026年12月5日 18時30分",
        "コメント454件",
        "シェア",
        "",
        "東京都は5日、来年度から都内の私立高校に通う生徒の授業料を、所得制限なしで実質無償化する方針を明らかにした。",
        "",
        "都の担当者は「教育の機会を家庭の経済状況に左右されないようにしたい」と説明した。",
    ]
    assert find_title_line(lines, 7) == 0
    assert all(lines[i] != "コメント454件" for i, _ in candidate_features(lines, 7))


def test_a_story_opening_with_its_headline_s_words_still_shares_them():
    # (h414) the first sentence repeats the headline and closes two words later: no list's
    # copy of it, the headline's words are the story's
    lines = [
        "Harbour Weekly",
        "",
        "News | Schools | Events",
        "",
        "Ferrytown school opens language wing",
        "",
        "Frostmoon's 2, 2026",
        "",
        "Author: Mary Denholm",
        "",
        "Ferrytown school opens language wing this week.",
        "",
        "Teachers said the new rooms give pupils four classrooms for lessons.",
        "",
        "The principal said the families had waited for it for a long time.",
    ]
    assert find_title_line(lines, 10) == 4


def test_a_headline_alone_listed_in_its_own_most_read_keeps_its_copy_s_words():
    # (h414) only a block of teasers copied in a list under the story loses its copies'
    # words; an article listing itself ("2. HEADLINE") is no teaser
    headline = "Beauty stocks could surge after a celebrity makeover"
    lines = [
        "Markets",
        "",
        headline,
        "",
        "Video 3:45",
        "Why the cosmetics industry is a defensive buy",
        "",
        "The cosmetics company is breaking out, and analysts see more room to run.",
        "",
        "Most popular",
        "1. Rail fares to rise for river line commuters",
        f"2. {headline}",
    ]
    features = dict(candidate_features(lines, 7))
    assert features[2]["body_words"] == 1.0


def test_an_alert_bars_link_over_the_headline_is_no_title():
    # a local site's school-closings bar printed right over the story's header (review
    # h427): its line ends with a call to follow its link, which no headline does
    lines = [
        "Prairie Example-Gazette",
        "  • News",
        "  • Sports",
        "Breaking",
        "  • County fair board names new director",
        "School closings and delays: 4 closings reported. See the full list",
        "",
        "Grain elevator fire smolders for third day",
        "",
        "By Tom Becker tbecker@example.com",
        "  • Dec 4, 2026",
        "",
        "Firefighters from four departments were still pouring water on a smoldering grain"
        " elevator east of town on Friday, three days after flames were first spotted.",
        "",
        "Fire Chief Dale Rourke said crews cannot safely enter the silo, so they are"
        " flooding it from above while a contractor prepares to open a side wall.",
    ]
    (article,) = extract_articles("\n".join(lines), name="alert.txt").to_dict("records")
    assert article["title"] == "Grain elevator fire smolders for third day"


def test_a_reader_views_reading_time_is_no_headline():
    """Firefox's Reader View copied with blank lines between its frame's lines: the
    estimate ('5–6 minutes') shares the body's word 'minutes' and heads the date line,
    but a reading time alone is never the headline."""
    lines = [
        "example-screen.com",
        "",
        "A Road Movie That Forgets to Move",
        "",
        "Mark Example",
        "",
        "5–6 minutes",
        "",
        "October 2, 2026",
        "",
        "The debut has beautiful landscapes and two good performances, and almost nothing"
        " happens in it for ninety minutes.",
        "",
        "The lead, as a drifter with a stolen car, does what she can in the minutes the"
        " script gives her, and the other actor is given less to do.",
    ]
    (article,) = extract_articles("\n".join(lines), name="reader.txt").to_dict("records")
    assert article["title"] == "A Road Movie That Forgets to Move"


COLUMN_BODY = [
    "Last month I spent three days at the county clinic in Harwick. The building is new, "
    "paid for by a grant that has doubled in five years, and the theatre has no surgeon.",
    "This is the pattern across the valley. Spending on buildings has risen sharply; the "
    "money for salaries, drugs and repairs has not kept pace with it.",
]


def test_a_columnists_bare_name_under_the_standfirst_is_no_headline():
    # made-up column copied with select-all: label, headline, standfirst sentence, the
    # columnist's name alone, the date; a "More from NAME" box makes the name recur
    lines = [
        "The Valley Weekly",
        "Columns",
        "CLINIC NOTES",
        "The quiet decline of the county clinic",
        "Health spending has doubled on paper. Walk into any clinic and you will see where "
        "the money did not go.",
        "Tessa Marlowe",
        "Dec 06, 2026 | 6 min read",
        "Share",
        *COLUMN_BODY,
        "More from Tessa Marlowe",
        "Why county budgets are running out of room",
        "Nov 29, 2026",
    ]
    assert find_title_line(lines, 8) == 3


def test_a_rubric_printed_over_another_card_of_the_issue_is_no_headline():
    # made-up long read: the rubric over its headline, and the rubric again in capitals
    # over another story's card in "More from this issue"
    lines = [
        "The Harbor Review",
        "",
        "Reporter at Large",
        "",
        "The Last Lighthouse Keepers",
        "",
        "On a cold coast, a dwindling guild keeps the lamps lit through the worst storms "
        "of the year.",
        "",
        "By Ada Quinlan",
        "",
        "December 1, 2026",
        "",
        *BODY,
        "",
        "More from this issue",
        "",
        "REPORTER AT LARGE",
        "",
        "The Audit",
        "",
        "How a small-town clerk found money missing from the school district.",
        "",
        "By Omar Feld",
    ]
    assert find_title_line(lines, 12) == 4
    # the story's own headline printed again over its own deck stays the headline
    lines[-7:-4] = ["THE LAST LIGHTHOUSE KEEPERS", "", lines[6]]
    assert find_title_line(lines, 12) == 4


_PORTAL_COPY = """Brightloop
Home  News  Money

Tollhaven Courier

Island commuters face steeper crossings this spring

Story by Juno Adair • 3h

The island's ferry operator will raise fares by nine percent in April, the first increase
since 2020, after fuel and crew costs climbed for a third straight year.

Commuters who hold monthly passes will see a smaller rise, the operator told the Tollhaven
Courier, and fares for students and pensioners will not change before the autumn.

{credit}
"""


@pytest.mark.parametrize(
    "credit",
    [
        "Provided by Tollhaven Courier · Mar 4, 2026",
        "Read the full story at Tollhaven Courier",
        "This article was originally published by Tollhaven Courier on March 2, 2026.",
        "Original source: Tollhaven Courier",
    ],
)
def test_a_publishers_name_over_its_story_credited_under_it_is_no_headline(credit):
    # an aggregator prints the publisher's logo as text over the headline and credits it
    # under the story, with the day after a separator or in a republishing note
    from analysis.clean.headline import _PageLines

    lines = _PORTAL_COPY.format(credit=credit).split("\n")
    assert _PageLines(lines).credited(lines.index("Tollhaven Courier"))
    frame = extract_articles("\n".join(lines), name="x.txt")
    assert frame.loc[0, "title"] == "Island commuters face steeper crossings this spring"


def test_a_partnership_credit_over_the_headline_is_no_headline():
    text = _PORTAL_COPY.format(credit="").replace(
        "Tollhaven Courier\n", "In partnership with Tollhaven Courier\n", 1
    )
    frame = extract_articles(text, name="x.txt")
    assert frame.loc[0, "title"] == "Island commuters face steeper crossings this spring"


_STATION_PAGE = """Accept cookies | Settings

KQRB 8
News  Weather  Traffic

Bridge deck repairs to close two lanes through March

KQRB Staff

Published: Feb. 3, 2026 at 4:10 PM MST

Crews will close two lanes of the Cedar Street bridge starting Monday while they replace a
section of the deck that cracked during last month's freeze, the city said.

The work is expected to last six weeks, and buses will detour over the Fifth Avenue bridge
for the duration, transit officials said on Tuesday afternoon.

© 2026 Ridgeway Television Inc. All rights reserved.
"""


def test_a_stations_staff_credit_without_its_channel_is_no_headline():
    # the masthead "KQRB 8" (a name and its channel), the notice the station's owner: the
    # credit "KQRB Staff" leaves the channel out and is no headline
    assert is_site_staff_credit("KQRB Staff", "KQRB 8")
    assert is_site_staff_credit("CKRW Staff", "CKRW 98.5 FM")
    assert not is_site_staff_credit("Hospital Staff", "Hospital News")
    frame = extract_articles(_STATION_PAGE, name="x.txt")
    assert frame.loc[0, "title"] == "Bridge deck repairs to close two lanes through March"


# A Polish weekly's page (review h438's shape): cookie notice, the account links printed
# as one line, masthead and menu, issue line, kicker, headline, name, photographer, date,
# a pull quote printed twice and a paywall meter taken in as the body's first line.
_WEEKLY_PAGE = [
    "Używamy plików cookie. Akceptuję | Ustawienia",
    "",
    "Zaprenumeruj Zaloguj się Podaruj prenumeratę",
    "Tygodnik Przykładowy",
    "  • Polityka",
    "  • Kultura",
    "  • Sport",
    "Reklama",
    "",
    "Artykuł z numeru 12/2026",
    "",
    "Kraj",
    "",
    "Miasteczko, które odzyskało zabytek",
    "",
    "Anna Przykładowa",
    "",
    "Zdjęcia: Jan Przykładowy",
    "",
    "18 listopada 2026, 07:00",
    "",
    "Udostępnij Zapisz",
    "",
    "Przez dwadzieścia lat młyn nad rzeką stał pusty. Dziś działa w nim biblioteka.",
    "",
    "Remont opłaciła gmina.",
    "",
    "Remont opłaciła gmina.",
    "",
    "Zostały Ci 2 darmowe artykuły w tym miesiącu. Zaprenumeruj.",
    "",
    "Dziś na trzech piętrach działa biblioteka, a w piwnicy kawiarnia, do której przychodzą"
    " zarówno mieszkańcy, jak i turyści jadący nad jezioro w każdy weekend lata.",
    "",
    "Gmina chce w przyszłym roku otworzyć w młynie także salę wystaw, ale na razie nie ma"
    " na nią pieniędzy, a radni spierają się o to, kto miałby ją prowadzić.",
]


def test_a_row_of_account_links_is_no_headline():
    """A dump prints the header's account links as one line ('Zaprenumeruj Zaloguj się
    Podaruj prenumeratę') over the masthead: the site's controls, never the headline
    (review h438), though the paywall meter opening the body shares its word."""
    text = "\n".join(_WEEKLY_PAGE)
    (article,) = extract_articles(text, name="konto.txt").to_dict("records")
    assert article["title"] == "Miasteczko, które odzyskało zabytek"


@pytest.mark.parametrize(
    "control",
    ["Posłuchaj artykułu · 9 min", "Artikel anhören | 7 Min.", "Écouter l'article · 04:12"],
)
def test_a_players_control_with_its_length_is_no_headline(control):
    """A player's or a reading time's control printed as one line, its label in the
    page's language and its length after a separator, is never the headline (review
    h438), though it is nearer the body than the headline is."""
    lines = [line for line in _WEEKLY_PAGE if not line.startswith("Zaprenumeruj Zaloguj")]
    at = lines.index("Udostępnij Zapisz")
    text = "\n".join([*lines[:at], control, *lines[at:]])
    (article,) = extract_articles(text, name="player.txt").to_dict("records")
    assert article["title"] == "Miasteczko, które odzyskało zabytek"
