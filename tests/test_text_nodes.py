"""A dump printed one text node a line: a paragraph cut at its links joined again
(analysis.clean.text_nodes; review h281, twenty-second round)."""

from __future__ import annotations

from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes, plain_dump_text
from analysis.clean.text_nodes import join_lone_by_words, join_text_nodes

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


def test_a_lone_by_over_the_authors_name_is_one_byline_line():
    # BeautifulSoup's get_text("\n") prints "By <a>NAME</a>, Staff" as "By" over the
    # name's line: one byline again, so the story keeps its byline and the date under it
    story = (
        "Harbor Ledger\n"
        "Ferry fares rise for the first time in a decade\n"
        "Commuters will pay 50 cents more from March, the port authority said.\n"
        "By\n"
        "Nadia Ferrante, Ledger Staff\n"
        "Dec 5, 2026 3:14 pm ET\n"
        "The port authority voted on Thursday to raise the fare on every route. "
        "Officials said the rise would pay for two new boats and a longer night service.\n"
        "Riders' groups said the increase was steep but welcomed the extra crossings.\n"
    )
    plain = plain_dump_text(story)
    assert "By Nadia Ferrante, Ledger Staff" in plain.split("\n")
    page = page_from_bytes(story.encode(), "ferry.txt", "ferry.txt")
    (article,) = clean_page(page).articles
    assert article["byline"] == "Nadia Ferrante"
    assert article["published"] == "2026-12-05"
    # a lone "by" over no name (a sentence cut at a link) is left as printed
    cut = "Stand by\nfor the next ferry announcement.\n"
    assert join_lone_by_words("By\nthe harbor wall, the boats wait.\n") == (
        "By\nthe harbor wall, the boats wait.\n"
    )
    assert join_lone_by_words(cut) == cut
