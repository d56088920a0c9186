"""analysis.clean.body.packing: blocks printed one paragraph a line, on small synthetic
pages (a dump that prints an article's paragraphs with no blank line between them while
its header and footer keep theirs)."""

from __future__ import annotations

from test_body import LEGAL, MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body import line_features
from analysis.clean.body import packing as body_packing
from analysis.clean.body.features import LineFeatures

# A sidebar of other stories whose summaries stand between blank lines, as paragraphs
# do: together they hold more words than the article.
SIDEBAR = [
    "More from the region",
    "The mayor of the neighbouring town said on Sunday that she would stand again in the "
    "spring, after months in which her party had looked for another candidate to replace her.",
    "Farmers in the valley expect a smaller harvest this year, because the dry summer left "
    "the rivers low and the water that they are allowed to take was cut by a third in July.",
    "The old cinema on the main square will reopen in December, after a group of residents "
    "raised the money to repair its roof and to buy the projector that the owners had sold.",
    "A new footbridge over the railway line near the school was opened by the minister, who "
    "said that twelve more would be built over the next four years across the whole state.",
    "The regional orchestra will play in the cathedral at Easter for the first time in ten "
    "years, and the tickets, which went on sale on Monday, were gone within a single hour.",
]


def _page_with_packed_body() -> list[str]:
    return page(
        "Daily Courier",
        MENU,
        "Council expands bus network",
        "By Jane Smith | March 3, 2025 10:42",
        PARAGRAPHS,  # one block: no blank line between the paragraphs
        MENU,
        MENU,
        *SIDEBAR,
        *LEGAL,
        MENU,
    )


def _adjacent(features: list[LineFeatures]) -> list[int]:
    return [feature.n_adjacent for feature in features]


def test_an_article_printed_one_paragraph_a_line_is_kept():
    lines = _page_with_packed_body()
    assert kept_text(lines) == PARAGRAPHS


def test_switched_off_the_packed_article_loses_to_the_spaced_sidebar(monkeypatch):
    monkeypatch.setattr(body_packing, "PARAGRAPH_BLOCKS", False)
    assert not set(kept_text(_page_with_packed_body())) & set(PARAGRAPHS)


def test_the_lines_of_a_paragraph_block_stand_alone_and_no_other_line_moves():
    lines = _page_with_packed_body()
    features = line_features(lines)
    unpacked = body_packing.paragraph_blocks_unpacked(features, known_language=True)
    block = {lines.index(paragraph) for paragraph in PARAGRAPHS}
    assert all(f.n_adjacent == 0 for f in unpacked if f.index in block)
    assert all(
        new is old for new, old in zip(unpacked, features, strict=True) if old.index not in block
    )
    assert any(f.n_adjacent for f in features if f.index in block)  # packed as printed


def test_packed_teasers_menus_and_lists_of_sentences_stay_packed():
    teasers = [
        "Council Approves New Cycle Lanes Downtown",
        PARAGRAPHS[0],
        "Harbour Bridge Repairs Running Late Again",
        PARAGRAPHS[1],
    ]
    sentences = [f"  • {paragraph}" for paragraph in PARAGRAPHS]
    lines = page(MENU, teasers, sentences, MENU)
    features = line_features(lines)
    unpacked = body_packing.paragraph_blocks_unpacked(features, known_language=True)
    assert _adjacent(unpacked) == _adjacent(features)
    assert any(_adjacent(features))


def test_a_heading_packed_above_a_block_of_teasers_after_the_article_stays_out():
    # the article between blank lines, then a heading packed above a block of teasers,
    # which holds paragraphs in a row: the block's lines stand alone, but not its heading
    teasers = [paragraph for paragraph in SIDEBAR[1:]]
    lines = page(
        "Daily Courier", MENU, "Council expands bus network", *PARAGRAPHS, [SIDEBAR[0], *teasers]
    )
    features = line_features(lines)
    unpacked = body_packing.paragraph_blocks_unpacked(features, known_language=True)
    heading = lines.index(SIDEBAR[0])
    assert [f.n_adjacent for f in unpacked if f.index == heading] == [1]
    assert all(f.n_adjacent == 0 for f in unpacked if f.index > heading)
    assert SIDEBAR[0] not in kept_text(lines)


def test_a_short_sentence_packed_above_the_first_paragraph_stands_alone():
    opening = "The vote came after a long night."
    lines = page("Daily Courier", MENU, "Council expands bus network", [opening, *PARAGRAPHS])
    features = line_features(lines)
    unpacked = body_packing.paragraph_blocks_unpacked(features, known_language=True)
    assert [f.n_adjacent for f in unpacked if f.index == lines.index(opening)] == [0]
    assert kept_text(lines) == [opening, *PARAGRAPHS]


# An explainer printed one paragraph a line, its questions between its answers (review
# h281: a Silesian explainer whose packed answers lost to the question lines).
EXPLAINER = [
    "Buses and trams across the region will take one ticket from January, the transport "
    "authority said on Monday, and the old city passes will be phased out by the summer.",
    "Which routes does it cover?",
    "Every bus and tram line run by the authority, and the regional trains that stop at "
    "stations inside the region, though not the express services to the capital.",
    "How much will it cost?",
    "A monthly ticket will cost 45 euros for adults and half of that for pupils, students "
    "and pensioners, who will also be able to buy a yearly pass at a lower price.",
    "Where can I buy one?",
    "At the machines at every stop, in the authority's app and at its four offices, which "
    "will open for longer hours during the first two weeks of the new ticket.",
]


def _explainer_page() -> list[str]:
    return page(
        "Daily Courier",
        MENU,
        "One ticket for the region",
        "March 3, 2025",
        EXPLAINER,
        "© 2025 Daily Courier. All rights reserved.",
        *LEGAL,
    )


def test_an_explainer_printed_one_paragraph_a_line_keeps_its_questions_and_answers():
    assert kept_text(_explainer_page()) == EXPLAINER


def test_without_the_question_rule_the_packed_answers_are_lost(monkeypatch):
    monkeypatch.setattr(body_packing, "ASKED_MIN", len(EXPLAINER))
    assert kept_text(_explainer_page()) != EXPLAINER
