"""analysis.clean.dateline: the agency a wire dateline credits, read from its shape."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.dateline import dateline_credit

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
    ],
)
def test_dateline_credit(lede, credit):
    assert dateline_credit(lede + " approved the timetable.") == credit


def test_a_dateline_with_nothing_after_it_credits_no_one():
    assert dateline_credit("HARBOURTOWN (AP) —") is None
    assert dateline_credit("HARBOURTOWN (AP) — Ferry") == "AP"


def _page(lede: str, masthead: str = "Harbour Daily") -> str:
    lines = [masthead, "Home | News | Sport", "", "Council approves the ferry timetable"]
    lines += ["By Jane Smith", "March 3, 2026", ""]
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
