"""analysis.clean.body.turns: a transcript's short last turn after the article's region
("[00:01:05] HOST: Thank you.") is body, the page's trailer after it is not."""

from __future__ import annotations

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body.turns import speaker_label

TURNS = [
    "[00:00:04] RUTH OKAFOR: Good morning. The ring road has been shut since Sunday night "
    "after a crack was found in one of the flyover's supports, and nobody can say yet when "
    "it will open again.",
    "[00:00:19] SAM PELLEW: That's right, Ruth. The engineers spent the whole of Monday on "
    "the flyover and they now think the crack has been growing for at least two winters.",
    "[00:00:41] RUTH OKAFOR: And what happens to the buses that use it every morning?",
    "[00:00:45] SAM PELLEW: They go through the town centre for now, which adds about twenty "
    "minutes to every journey, and the operator says it will run extra buses at peak times.",
]
TRAILER = ["Share this episode", "Copy link", "© Morning Round Audio 2031"]


@pytest.mark.parametrize(
    "last", ["[00:01:02] RUTH OKAFOR: Sam, thank you.", "RUTH OKAFOR: Thanks, Sam."]
)
def test_a_transcript_s_short_last_turn_is_body_and_the_trailer_is_not(last):
    lines = page(MENU, "The Morning Round, episode 42", *TURNS, last, *TRAILER)
    assert kept_text(lines) == [*TURNS, last]


def test_a_turn_of_a_speaker_the_region_does_not_hold_stays_out():
    last = "[00:01:02] STUDIO: Recorded 3 March 2031."
    lines = page(MENU, "The Morning Round, episode 42", *TURNS, last, *TRAILER)
    assert kept_text(lines) == TURNS


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("[00:01:02] RUTH OKAFOR: Sam, thank you.", "RUTH OKAFOR"),
        ("00:01:02 RUTH OKAFOR: Sam, thank you.", "RUTH OKAFOR"),
        ("GRANT: Captain, thank you.", "GRANT"),
        ("Episode 41: The last tram depot", None),  # a label of a word and a figure
        ("The minister said something else entirely to us: no.", None),
    ],
)
def test_a_speaker_label_follows_a_time_code_or_nothing(line, label):
    assert speaker_label(line) == label


CHAT = [
    "[10:42] Gareth: gate 3 only went to about 80% again",
    "[10:44] Mina: same as last week then. have we logged it?",
    "[10:45] Gareth: logged it twice, nobody's picked it up",
    "[10:51] Mina: i'll mention it at thursday's meeting but don't hold your breath",
]


@pytest.mark.parametrize("packed", [True, False])
def test_a_chat_quoted_between_paragraphs_is_body(packed):
    """A group chat's messages quoted one a line between the story's paragraphs, most
    with no sentence's end (review h213: three of four were dropped as chrome)."""

    chat = CHAT if packed else [m.split("] ", 1)[1] for m in CHAT]
    lines = page(MENU, "Barrier fault known for weeks", *PARAGRAPHS[:2], chat, *PARAGRAPHS[2:])
    assert kept_text(lines) == [*PARAGRAPHS[:2], *chat, *PARAGRAPHS[2:]]


def test_labelled_lines_of_one_label_between_paragraphs_are_no_exchange():
    """Lines under one label only ("Watch: ...") are no exchange: they stay chrome."""

    box = ["Watch: The barrier test", "Watch: The council meeting", "Watch: The flood"]
    lines = page(MENU, "Barrier fault known for weeks", *PARAGRAPHS[:2], box, *PARAGRAPHS[2:])
    assert kept_text(lines) == PARAGRAPHS


INTERVIEW = [
    "Q: Cheaper tickets, longer routes, fewer drivers?",
    "A: That people used them at all. Everyone told us the northern suburbs would never "
    "give up their cars, and in the first month we carried twice what we planned for.",
    "Q: What comes next for the network?",
    "A: Night buses. The hospital works around the clock and the staff who finish at two "
    "in the morning still have to take a taxi home.",
    "Q: Will fares go up?",
    "A: Not this year. The grant covers the running costs until the end of the next "
    "budget, and after that it is up to the council.",
]


def test_an_interviews_first_question_read_as_chrome_is_body_when_its_label_asks_again():
    """The interview closes the story, so no body line follows its turns (no exchange
    between paragraphs); its first question, a list of nouns, weighed as chrome and was
    lost while the later questions under the same label were kept."""
    lines = page(MENU, "Questions for the transport chief", PARAGRAPHS[0], *INTERVIEW, TRAILER[:2])
    assert kept_text(lines) == [PARAGRAPHS[0], *INTERVIEW]
