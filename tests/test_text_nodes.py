"""A dump printed one text node a line: a paragraph cut at its links joined again
(analysis.clean.text_nodes; review h281, twenty-second round)."""

from __future__ import annotations

from analysis.clean.read import plain_dump_text
from analysis.clean.text_nodes import join_text_nodes

CUT = [
    "The new footbridge over the canal will open in May, linking the station to",
    "Wharf Lane",
    "for the first time since the old bridge was removed.",
    "The works were paid for by",
    "Eastvale Council",
    ", which said the bridge had cost less than planned.",
]


def test_a_paragraph_cut_at_its_links_is_one_line_again():
    joined = join_text_nodes("\n".join(CUT)).split("\n")
    assert joined == [
        "The new footbridge over the canal will open in May, linking the station to Wharf"
        " Lane for the first time since the old bridge was removed.",
        "The works were paid for by Eastvale Council, which said the bridge had cost less"
        " than planned.",
    ]
    # read as a text dump the same way
    assert joined[1] in plain_dump_text("\n".join(CUT))


def test_two_links_in_one_paragraph_are_joined_in_turn():
    lines = ["Trains will run from", "Northgate", "to", "Ellerby", "every ten minutes."]
    assert join_text_nodes("\n".join(lines)) == (
        "Trains will run from Northgate to Ellerby every ten minutes."
    )


def test_sentences_lists_menus_and_verse_stay_apart():
    kept = [
        # a paragraph ending its sentence, then a heading and a paragraph
        "The bridge opens in May.\nWhat changes\nbuses will stop at the station.",
        # a menu
        "News\nSport\nweather",
        # a list under a line that ends inside its sentence
        "The plan has three parts\n- New Road\n- and a park",
        # verse: lines opening in lower case after a line of its own in lower case
        "the river runs beneath the hill\nand over stones\nand through the mill",
        # a short line after a cut opening in upper case (a new sentence)
        "The council voted on the plan late on Tuesday night\nFull story\nThe end.",
        # a listing's card: its headline, its source, its time, ending no sentence
        "Harbour wall repairs to finish in the spring\nQuelle: Coast Post\nvor 3 Stunden",
    ]
    for text in kept:
        assert join_text_nodes(text) == text, text
