"""analysis.clean.body.wrapped_view: a lone paragraph a text browser hard-wrapped (the
page's other paragraphs fit the width, so the reader does not join it) is body whole
(review metadata_h337: lynx and w3m pages lost their lead or its first line)."""

from __future__ import annotations

from analysis import extract_articles
from analysis.clean.body import body_line_indices, explain_body_lines
from analysis.clean.body.wrapped_view import wrapped_paragraph_view

# A made-up w3m page: the lead is wrapped at the browser's width, the rest fit it.
LEAD = [
    "The harbour board of Port Ellery opened the new ferry terminal on Friday, after two",
    "years of work and a long dispute over who would pay for the floating pontoon.",
]
REST = [
    "The terminal has two berths and a waiting room for two hundred passengers.",
    '"The crossing will take twelve minutes," said the harbour master, Ines Paulo.',
    "The old pier will close at the end of the month.",
]
PAGE = [
    "ELLERY COAST NEWS                                            Log in | Subscribe",
    "",
    "News  Port Ellery  Business  Sport",
    "",
    "New ferry terminal opens in Port Ellery",
    "",
    "By Tomas Reyes",
    "4 December 2026",
    "",
    *LEAD,
    "",
    REST[0],
    "",
    REST[1],
    "",
    REST[2],
    "",
    "Share: Facebook | X",
]


def test_lone_wrapped_lead_is_body_whole() -> None:
    body = extract_articles("\n".join(PAGE), "ellery.txt").body.iloc[0]
    for line in [*LEAD, *REST]:
        assert line in body
    assert "Share" not in body


def test_lone_wrapped_lead_lines_are_body_lines() -> None:
    found = body_line_indices(PAGE)
    assert PAGE.index(LEAD[0]) in found and PAGE.index(LEAD[1]) in found
    verdicts = {v.index: v for v in explain_body_lines(PAGE)}
    assert verdicts[PAGE.index(LEAD[0])].is_body and verdicts[PAGE.index(LEAD[1])].is_body


def test_view_joins_the_block_on_its_first_line() -> None:
    view, joined = wrapped_paragraph_view(PAGE)
    first = PAGE.index(LEAD[0])
    assert view[first] == " ".join(LEAD)
    assert view[first + 1] == ""
    assert joined == {first: [first + 1]}
    assert len(view) == len(PAGE)


def test_headline_over_teaser_is_not_joined() -> None:
    # two sentences, the second opening in capitals: a listing's card, not a wrap
    lines = [
        "",
        "Harbour board approves the new ferry timetable for the winter season ahead",
        "The board voted seven to two after a long debate on Thursday evening.",
        "",
    ]
    assert wrapped_paragraph_view(lines)[1] == {}


def test_a_clause_left_open_after_a_comma_is_joined_over_a_capital() -> None:
    # Finnish: "..., kertoi" (told) over the subject, a name (review metadata_h337, h351)
    lines = [
        "",
        "Porin satamaan rakennetaan uusi matkustajaterminaali ensi vuoden aikana, kertoi",
        "Satakunnan Satamat tiistaina.",
        "",
    ]
    assert wrapped_paragraph_view(lines)[1] == {1: [2]}
    # a clause after the comma holding a capital, or a line without a comma: not joined
    assert (
        wrapped_paragraph_view(["", lines[1].replace(", kertoi", ", Kertoi"), lines[2], ""])[1]
        == {}
    )
    headline = [
        "",
        "Porin satamaan rakennetaan uusi matkustajaterminaali ensi vuoden aikana",
        lines[2],
        "",
    ]
    assert wrapped_paragraph_view(headline)[1] == {}


def test_short_lines_and_list_items_are_not_joined() -> None:
    verse = ["", "the tide comes in at night,", "and goes out by the morning light.", ""]
    items = [
        "",
        "- the harbour board of Port Ellery opened the new ferry terminal, after two",
        "- years of work and a long dispute over who would pay for the pontoon.",
        "",
    ]
    assert wrapped_paragraph_view(verse)[1] == {}
    assert wrapped_paragraph_view(items)[1] == {}


def test_printed_pages_address_footer_ends_the_story() -> None:
    # a print-to-text copy's running footer (the page's address and its page counter)
    # after the last paragraph is no data continuing the story
    footer = "https://ellery-coast.example/news/ferry-terminal                         1/1"
    body = extract_articles("\n".join([*PAGE[:-1], "", footer]), "ellery.txt").body.iloc[0]
    assert REST[2] in body
    assert "ellery-coast.example" not in body


def test_a_caseless_line_ending_the_cut_sentence_is_joined() -> None:
    # Pashto (no case): the cut sentence ends in the next line's first word, a footnote
    # mark after it, and another sentence follows (review body_h363 held out, h384)
    cut = "په کلي کې د ښوونځي لپاره یو نوی ودانۍ جوړه شوه چې دوه سوه زده کوونکي ځای"
    lines = ["", cut, "لري.[1] ښوونځی هره ورځ خلاص وي.", ""]
    assert wrapped_paragraph_view(lines)[1] == {1: [2]}
    # a caseless headline over a teaser that opens a long sentence of its own: not joined
    teaser = "د ښوونځي مشر وویل چې زده کوونکي به له راتلونکې اونۍ درس پیل کړي."
    assert wrapped_paragraph_view(["", cut, teaser, ""])[1] == {}
    # the mark after a digit ("2.") ends no sentence; a line of one word (no spaces, as
    # Chinese prints) is not counted
    assert wrapped_paragraph_view(["", cut, "2. ښوونځی هره ورځ خلاص وي.", ""])[1] == {}
    assert wrapped_paragraph_view(["", cut, "لري.", ""])[1] == {}
