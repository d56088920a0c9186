"""analysis.clean.body.rules.region_weights: in a language without a function-word list,
a paragraph of one short sentence is a neighbour of the prose beside it (h164 held out,
item 2: Zulu and Sinhala short pages lost half their paragraphs)."""

from __future__ import annotations

import pytest
from test_body import MENU, kept_text, page

from analysis.clean.body import explain_body_lines
from analysis.clean.body import rules as body_rules

# A made-up short story in Zulu (no function-word list): paragraphs of 12 and 11 words
# (prose), each followed by one of 7 (a short sentence), a link to another story between.
ZULU = [
    "Ibhuloho elisha phezu komfula uMgeni livulwe ngoLwesibili ekuseni, okuzosiza "
    "abashayeli abaningi kakhulu.",
    "Phambilini abashayeli bebelinda isikhathi eside emgwaqweni omdala.",
    "Funda futhi: Izikole zizovalwa ngesonto elizayo",
    '"Manje sesifika emsebenzini ngesikhathi," kusho uMnu Bongani Zulu, ongumshayeli '
    "wetekisi edolobheni.",
    "Umasipala uthi uzolungisa neminye imigwaqo maduze.",
]
HEADLINE = "Ibhuloho elisha livuliwe"
FOOTER = ["Imibono (4)", "Yabelana", "© Izindaba Zethu"]
STORY = [line for line in ZULU if not line.startswith("Funda")]


def test_a_short_story_in_a_language_without_a_word_list_keeps_every_paragraph():
    assert kept_text(page(MENU, HEADLINE, *ZULU, *FOOTER)) == STORY


def test_without_the_rule_the_story_loses_half_its_paragraphs(monkeypatch):
    monkeypatch.setattr(body_rules, "SENTENCE_NEIGHBOURS", False)
    assert kept_text(page(MENU, HEADLINE, *ZULU, *FOOTER)) == STORY[:2]


def _weight(lines: list[str], line: str) -> float:
    return next(v.weight for v in explain_body_lines(lines) if lines[v.index] == line)


def test_a_short_sentence_holding_a_figure_is_no_paragraphs_neighbour():
    """A short sentence with a figure beside a line of prose (a result, a recipe's item
    on a page of data) leaves that prose alone: it weighs a fraction of its words."""
    lines = page(MENU, HEADLINE, ZULU[0], "Lakhiwa ezinyangeni ezingu-14 ezedlule.", *FOOTER)
    assert _weight(lines, ZULU[0]) == pytest.approx(12 * body_rules.ISOLATED_PROSE_FACTOR)
    lines = page(MENU, HEADLINE, ZULU[0], ZULU[1], *FOOTER)
    assert _weight(lines, ZULU[0]) == pytest.approx(12)
