"""A masthead printed once over the site's short breadcrumb trail ("Home / Local"): a
name of one word, a name in a script without case, a name whose words short particles
join (review h187). Made-up sites and stories."""

from __future__ import annotations

import pytest

from analysis.clean.masthead_context import heads_the_story, trail_steps
from analysis.clean.masthead_lines import is_joined_name
from analysis.clean.site_name import page_site_name

PROSE = (
    "The harbour board voted on Tuesday to raise ferry fares by a fifth next spring, "
    "ending a year of talks with the operator over the cost of new boats."
)
HEADLINE = "Ferry fares will rise by a fifth next spring"
_JA_PROSE = (
    "港湾局は火曜日、来春からフェリー運賃を二割引き上げると発表した。新しい船の費用が理由だという。"
)
_KM_PROSE = (
    "ក្រុមប្រឹក្សាខេត្តបានបើកស្ពានថ្មីមួយនៅថ្ងៃអង្គារ ដែលតភ្ជាប់ភូមិពីរនៅតាមដងទន្លេ ហើយអ្នកភូមិរាប់រយនាក់បានមកចូលរួមពិធីនេះ។"
)


def _page(masthead: str, trail: str | None, headline: str, meta: str, prose: str):
    header = [masthead, ""] + ([trail, ""] if trail else [])
    return [*header, headline, "", meta, "", prose, "", prose]


@pytest.mark.parametrize(
    ("masthead", "trail", "headline", "meta", "prose"),
    [
        # one word over a trail of two steps that does not name it
        ("Harbourwatch", "Home / Local", HEADLINE, "By Ana Lim", PROSE),
        # a name in a script without case over a trail of two steps
        (
            "湖畔ジャーナル",
            "ニュース > 地域",
            "フェリー運賃、来春から二割値上げへ",
            "2026年3月3日",
            _JA_PROSE,
        ),
        # ... its Latin brand beside it, over a trail in full-width marks
        (
            "港町タイムズ MINATOMACHI TIMES",
            "ホーム ＞ 地域 ＞ 港湾",
            "フェリー運賃、来春から二割値上げへ",
            "2026年3月3日",
            _JA_PROSE,
        ),
        # Khmer parts a name's words with zero-width spaces
        (
            "ព័ត៌មាន\u200bឆ្នេរ\u200bសមុទ្រ",
            "ទំព័រដើម › ជាតិ",
            "ស្ពានថ្មីបើកឱ្យប្រើប្រាស់",
            "3 March 2026",
            _KM_PROSE,
        ),
        # a name of six words, two particles in lower case between its capitalized ones
        ("Te Waha o te Raki Nui", "Kāinga | Ngā Pūrongo", HEADLINE, "By Ana Lim", PROSE),
    ],
)
def test_a_name_printed_once_over_the_sites_short_trail_names_the_site(
    masthead, trail, headline, meta, prose
):
    found = page_site_name(_page(masthead, trail, headline, meta, prose))
    # (the name without its invisible zero-width spaces)
    assert found is not None and found.source == "page"
    assert found.name == masthead.replace("\u200b", "")


def test_one_word_right_over_the_headline_is_a_sections_label_no_site():
    assert page_site_name(_page("Local", None, HEADLINE, "By Ana Lim", PROSE)) is None


@pytest.mark.parametrize(
    ("top", "heads"),
    [
        ("Harbourwatch", True),  # the site's name over its trail
        ("Local", False),  # a section's label over the trail ending in it
    ],
)
def test_one_word_heads_the_story_only_over_a_trail_not_naming_it(top, heads):
    lines = _page(top, "Home / Local", HEADLINE, "By Ana Lim", PROSE)
    assert heads_the_story(lines, 0) is heads


@pytest.mark.parametrize(
    ("line", "steps"),
    [
        ("Home / Local", ["Home", "Local"]),
        ("ニュース > 地域", ["ニュース", "地域"]),
        ("ホーム ＞ 地域 ＞ 港湾", ["ホーム", "地域", "港湾"]),
        ("Fares / Ferry fares will rise by a fifth next spring", []),  # a headline's words
        ("3 March / 4 March", []),  # dates
        ("Home", []),  # one step
    ],
)
def test_trail_steps(line, steps):
    assert trail_steps(line) == steps


@pytest.mark.parametrize(
    ("name", "joined"),
    [
        ("Te Waha o te Raki Nui", True),
        ("Llais y Dyffryn", True),
        ("Storm hits the North Coast", False),  # "hits": no particle
        ("te Raki Nui", False),  # a lower-case word opening it
        ("Raki Nui o te", False),  # ... closing it
        # an article elided onto a capitalized word (h231)
        ("Gazeta de l'Alt Camp i la Segarra", True),
        ("Corriere dell'Alta Valle", True),
        ("Storm hits l'Alta Valle", False),
        ("l'Alta Valle Oggi", False),
    ],
)
def test_is_joined_name(name, joined):
    assert is_joined_name(name) is joined


def test_a_copyright_holder_with_an_elided_article_names_the_site():
    # h231: "de l'Alt ..." made the footer's holder of six words no name at all
    lines = ["Gazeta de l'Alt Camp i la Segarra", "", "Comarca", "", HEADLINE, "", "Per Joan Vidal"]
    lines += ["", PROSE, "", PROSE, "", "© 2026 Gazeta de l'Alt Camp i la Segarra"]
    found = page_site_name(lines)
    assert found is not None and found.name == "Gazeta de l'Alt Camp i la Segarra"
