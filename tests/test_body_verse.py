"""analysis.clean.body.verse: a poem or a song's lyrics printed in an article, one line
of verse a line, on small synthetic pages."""

from __future__ import annotations

from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body import line_features
from analysis.clean.body.rules import region_weights, uses_known_language
from analysis.clean.body.verse import verse_runs

# A made-up song's chorus, quoted by the article between two of its paragraphs.
CHORUS = [
    "Down comes the train along the valley,",
    "bringing bread and bringing friends,",
    "the old town is where I belong,",
    "the whistle where the journey ends.",
]
# A made-up poem in three stanzas, its sentences running on across its lines.
STANZAS = [
    [
        "The water goes out like a held breath,",
        "and the mud keeps every word it heard:",
        "a gull's complaint, a boat's slow death,",
        "my father's boots, a cormorant's third",
    ],
    [
        "attempt at flight. We do not speak.",
        "The channel shines the way tin shines,",
        "and then the tide comes back in lines.",
    ],
    ["He says the marsh was wider then.", "I say the marsh is what we keep."],
]
INTRO = (
    "This week's poem comes from a reader who grew up on the salt marshes south of the "
    "estuary and now teaches in the town. She wrote it after a winter walk with her father."
)
FOOTER = ["Share", "Print", "", "More poems", "Winter Allotment", "The Bus Shelter at Nine"]


def _runs(lines: list[str]) -> list[list[str]]:
    features = line_features(lines)
    weights = region_weights(features, uses_known_language(features))
    return [
        [lines[features[position].index] for position in run]
        for run in verse_runs(lines, features, weights, uses_known_language(features))
    ]


def test_lyrics_quoted_between_two_paragraphs_are_body_and_the_story_goes_on():
    quote = '"I never thought anyone would remember it," he said, moved.'
    lines = page(MENU, "Town adopts an old song", *PARAGRAPHS[:2], CHORUS, quote, MENU)
    # read line by line the chorus was a gap the short last paragraph could not pay for
    assert kept_text(lines) == [*PARAGRAPHS[:2], *CHORUS, quote]


def test_a_poem_under_its_introduction_is_body_up_to_the_page_s_controls():
    lines = page(MENU, "Poem of the week: Low Tide", INTRO, *STANZAS, FOOTER)
    kept = kept_text(lines)
    assert kept == [INTRO, *[line for stanza in STANZAS for line in stanza]]


def test_the_stanzas_are_one_run_and_the_menu_after_them_none():
    lines = page(INTRO, *STANZAS, FOOTER)
    assert _runs(lines) == [[line for stanza in STANZAS for line in stanza]]


def test_a_menu_a_headline_list_and_an_address_block_are_no_verse():
    headlines = ["Bypass to close for resurfacing", "Lights switch-on draws a crowd"]
    address = ["Northfield Gazette, 14 Mill Street,", "Northfield, NF1 2AB."]
    sentences = ["Doors open at seven.", "Tickets are sold at the door.", "Parking is free."]
    assert _runs(page(INTRO, MENU, headlines, address, sentences, FOOTER)) == []


def test_a_poem_printed_one_paragraph_a_line_is_body_and_the_story_goes_on():
    # a site printing each line of the chorus as a paragraph of its own: a blank line
    # between every two lines, no stanza packed (review h289: lynx -dump -nolist,
    # MediaWiki <blockquote> lines)
    quote = '"I never thought anyone would remember it," he said, moved.'
    spread = [block for line in CHORUS for block in (line, "")][:-1]
    lines = page(MENU, "Town adopts an old song", *PARAGRAPHS[:2], spread, quote, MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], *CHORUS, quote]


def test_short_sentences_one_paragraph_a_line_are_no_spread_verse():
    # each line ends its sentence: a list of short sentences, no verse's run-on lines
    sentences = ["Trains are late.", "Buses run.", "Schools are open.", "Roads are clear."]
    spread = [block for line in sentences for block in (line, "")][:-1]
    assert _runs(page(MENU, *PARAGRAPHS[:2], spread, PARAGRAPHS[2])) == []


# A made-up hymn printed as most verse in Latin and Cyrillic letters is: a capital at the
# start of every line, a line left unmarked where its sentence runs on into the next.
CAPITALS = [
    "Over the hill the morning mist,",
    "Above the farm the skylark sings,",
    "A wind as soft as mother's hand",
    "Brings quiet to my wanderings.",
]


def test_verse_with_a_capital_at_every_line_is_body_and_the_story_goes_on():
    # review h323 (cv_np4k_verse): the unmarked third line, the fourth opening with a
    # capital, ended the run; the stanza read as chrome and cut the story before its last
    # paragraph
    quote = '"I never thought anyone would remember it," he said, moved.'
    lines = page(MENU, "Village sings an old hymn", *PARAGRAPHS[:2], CAPITALS, quote, MENU)
    assert kept_text(lines) == [*PARAGRAPHS[:2], *CAPITALS, quote]
    assert _runs(page(INTRO, CAPITALS, FOOTER)) == [CAPITALS]


def test_a_label_or_a_phrase_after_a_sentence_is_no_line_of_verse():
    # a label between two clauses, or a phrase after a full stop, is no line of verse
    lines = ["Doors open at seven,", "Tickets", "Parking is free."]
    assert _runs(page(INTRO, lines, FOOTER)) == []
    lines = ["Doors open at seven.", "Tickets at the door", "Parking is free."]
    assert _runs(page(INTRO, lines, FOOTER)) == []
