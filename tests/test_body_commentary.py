"""analysis.clean.body.commentary: a live commentary's entries, each opening with the
game's clock or minute, are body, across an advertisement's label between two of them
(h164 held out, item 3: a Finnish ice-hockey commentary lost its half after "Mainos";
item 6: a Croatian entry holding a colon read as a label)."""

from __future__ import annotations

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body import commentary
from analysis.clean.body.features import line_features

INTRO = (
    "Harbour City came back from a goal down to beat Riverton in front of a full arena on "
    "Saturday night, and moved up to second place in the league. Follow the game as it "
    "happened."
)
ENTRIES = [
    "58.40 GOAL! Harbour City seal the win.",
    "51.12 Penalty to Riverton for tripping.",
    "33.05 GOAL! Okafor levels for Riverton.",
    "12.47 GOAL! Riverton lead on the power play.",
    "0.00 The puck drops at the arena.",
]
FOOTER = ["Read more: Riverton sign a new goalkeeper", "Comments (12)", "© Example Sport"]


@pytest.mark.parametrize("label", ["Advertisement", "Anzeige", "Reklama"])
def test_an_ad_label_between_the_entries_ends_nothing(label):
    lines = page(MENU, "Live: Harbour City 3-2 Riverton", INTRO, *ENTRIES[:2], label)
    lines += page("", *ENTRIES[2:], *FOOTER)[1:]
    assert kept_text(lines) == [INTRO, *ENTRIES]


def test_minute_marks_and_an_entry_holding_a_colon():
    """A made-up Croatian commentary: the entry with a colon reads as a label line."""
    intro = (
        "Luka Rijeka je na svom stadionu pobijedila Vardar i popela se na drugo mjesto "
        "ljestvice. Pratite tijek susreta minutu po minutu."
    )
    entries = [
        "90+2' Kraj utakmice! Luka Rijeka slavi nakon velike borbe na svom terenu.",
        "77' Izmjena kod Vardara: ulazi Kovač, izlazi Horvat.",
        "64' GOL! Babić je glavom zabio nakon kornera s lijeve strane.",
        "12' Žuti karton za Horvata zbog prekršaja na sredini terena.",
    ]
    footer = ["Pročitajte još", "Komentari (7)", "© Primjer Sport"]
    lines = page(MENU, "Uživo: Luka Rijeka – Vardar 1:0", intro, *entries, *footer)
    assert kept_text(lines) == [intro, *entries]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("61' GOAL!", 61.0),
        ("90+3’ Full time.", 93.0),
        ("54.12 MAALI!", 54.2),
        ("05:30 Faceoff.", 5.5),
        ("3. Drink water first.", None),
        ("29.11.2026 klo 18.30", None),
        ("12.5 million people voted.", None),
    ],
)
def test_the_game_time_opening_a_line(text, minutes):
    assert commentary.game_time(text) == (None if minutes is None else pytest.approx(minutes))


def test_times_out_of_the_games_order_are_no_commentary():
    prices = ["4.50 Tickets are on sale now.", "12.00 Parking opens.", "7.30 Gates open."]
    lines = page(INTRO, *prices)
    assert commentary.commentary_entries(lines, line_features(lines)) == []
    lines = page(INTRO, *ENTRIES)
    assert commentary.commentary_entries(lines, line_features(lines)) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("stamp", ["16:05 น.", "4:38 p.m."])
def test_a_clock_time_alone_with_its_hour_sign_is_a_dateline_not_an_entry(stamp):
    """A live blog's stamp whose time ends in its own dot (Thai's hour sign 'น.', 'p.m.')
    was read as a sentence's end and as a game clock's entry ('16:05' then a letter):
    the stamps were kept as body. Now each is a dateline and no entry, and no body."""
    assert commentary.game_time(stamp) is None
    assert commentary.game_time("54.12 MAALI! Ilves avasi maalitilin.") is not None
    lines = page(MENU, "Live: storm hits the coast", "By Ann Lee", PARAGRAPHS[0])
    stamps = [stamp.replace("16:05", t).replace("4:38", t) for t in ("11:30", "10:45", "9:20")]
    for line, paragraph in zip(stamps, PARAGRAPHS[1:], strict=True):
        lines += page("", line, paragraph)
    assert kept_text(lines) == PARAGRAPHS
