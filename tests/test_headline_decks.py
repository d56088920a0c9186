"""analysis.clean.headline: a headline over its deck, a deck under a section's label."""

from __future__ import annotations

from analysis.clean.header_lines import is_meta_line
from analysis.clean.headline import find_title_line


def test_a_headline_over_its_deck_over_a_byline_the_body_took_in():
    # kicker, headline, a long deck without a closing period, then the byline line the
    # body detector took in as the body's first line: the byline is still under the deck,
    # so the headline over the deck is the title, not the deck
    lines = [
        "ELECTION 2026",
        "",
        "Turnout surges among young voters in early ballots",
        "",
        "Early voting data show voters under 30 casting ballots at twice the rate of four "
        "years ago, with the biggest jumps in suburban counties",
        "",
        "By Marcus Lee and Fatima Noor | Oct. 29, 2026, 5:04 p.m.",
        "",
        "Voters under 30 have cast more than 210,000 early ballots so far, about twice as "
        "many as at the same point four years ago, according to data released Wednesday.",
        "",
        "The largest increases came in three suburban counties, where campus groups and "
        "local organizers have run registration drives since the spring.",
    ]
    body_start = 6
    assert is_meta_line(lines[body_start])
    title = find_title_line(lines, body_start)
    assert title == 2


def test_a_labelled_headline_under_its_sections_name_is_no_deck():
    # "Letters to the Editor" over "Letter: ..." over the date: the labelled line is the
    # headline, not the deck of the section's name
    lines = [
        "Letters to the Editor",
        "",
        "Letter: Protected bike lanes made Elm Street safer for everyone",
        "",
        "Published: Sept. 18, 2026",
        "",
        "When the city painted protected bike lanes on Elm Street last spring, many of my "
        "neighbors predicted traffic jams and angry drivers.",
        "",
        "Cars move at a calmer pace, crossing with my grandchildren no longer feels like a "
        "gamble, and the corner bakery says its morning sales are up.",
        "",
        "Thomas Becker, Riverside",
        "",
        "Letters policy: letters to the editor should be no longer than 250 words.",
    ]
    assert find_title_line(lines, 6) == 2


def test_a_deck_sharing_more_of_the_storys_words_stays_under_its_headline():
    # kicker, headline, a deck wrapped over two lines that repeats the lead's words and is
    # longer, then the byline and date lines: the meta lines close the header the
    # headline opens, so the deck between them is no title (h382)
    lines = [
        "INVESTIGATION",
        "",
        "Ferry operator kept engine failures from harbour regulators",
        "",
        "Maintenance logs show managers at Bluewater Ferries delayed reporting cracked",
        "engine mounts on two vessels for nine weeks",
        "",
        "By Tessa Morrow and Idris Vane",
        "",
        "Published Dec. 3, 2026, 6:00 a.m.",
        "",
        "Managers at Bluewater Ferries knew that engine mounts on two of its vessels were "
        "cracked for nine weeks before telling harbour regulators, maintenance logs show.",
        "",
        "The logs, kept between August and October, show that a maintenance manager at "
        "Bluewater Ferries warned twice that the engine mounts could fail at sea.",
    ]
    assert find_title_line(lines, 11) == 2


def test_a_tagline_or_a_columns_label_over_a_headline_takes_no_deck():
    # the headline in sentence case under a tagline packed under its masthead, or under
    # a column's "label | name" line, is no deck of them (h382)
    body = [
        "",
        "Posted 12/03/2026 9:14 AM EST",
        "",
        "All 84 deputies in the Harlow County Sheriff's Office will wear body cameras by next "
        "summer under a contract approved Tuesday by county commissioners.",
        "",
        "The contract covers cameras, storage and training for five years, the sheriff said.",
    ]
    headline = "Sheriff's office to add body cameras for all deputies"
    tagline = ["Harlow County Register", "Serving Harlow County since 1921", "", headline]
    assert find_title_line(tagline + body, 7) == 3
    column = ["The Harlow Post", "", "On the Ground | Grace Okoro", "", headline]
    assert find_title_line(column + body, 8) == 4
    # a tagline set apart under the site's name
    apart = ["Harlow Weekly", "", "Local news for Harlow and district", "", headline]
    assert find_title_line(apart + body, 8, site_name="Harlow Weekly") == 4


def test_a_notice_about_as_long_as_the_headline_under_it_takes_no_deck():
    # an archive notice in a language no table holds, set apart over a headline a word
    # longer, then the byline and date: a deck expands its headline, so a line under a
    # line about as long is the headline, not a deck (metadata_h376's Danish page's
    # shape, made up again)
    lines = [
        "Gå til indhold",
        "Vestby Avis Syd",
        "Nyheder   Vestby   Erhverv   Sport   Debat   E-avis",
        "",
        "Denne artikel er mere end 2 år gammel",
        "",
        "Fergelejet i Vestby lukker efter fund af revner i betonen",
        "",
        "Af Mette Lund",
        "mlu@vestbyavis.dk",
        "",
        "Offentliggjort 22. august 2024 kl. 11.05",
        "",
        "Kommunen har lukket fergelejet i Vestby, efter at et eftersyn tirsdag fandt",
        "revner i betonen under rampen. Det er anden gang i år, at lejet må",
        "lukke.",
        "",
        "Færgen lægger til ved den gamle kaj i midtbyen, indtil reparationen er",
        "færdig, oplyser kommunen.",
    ]
    assert find_title_line(lines, 12) == 6
