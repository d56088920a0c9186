"""analysis.clean.paywall: an article page whose text stops at a subscription wall."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.articles import validate_articles
from analysis.clean.paywall import is_paywall_prompt, paywall_prompt

_PARAGRAPHS = [
    "The harbour board of Veltmouth voted on Tuesday to close the old ferry pier, ending "
    "ninety years of crossings to the island of Orrin and leaving the town's last boatyard "
    "without its main customer.",
    "Board members said the pier's timber piles had rotted past repair, and that a new "
    "concrete pier would cost more than the harbour earns in a decade of landing fees.",
    "Fishermen who crowded the meeting hall said the board had never asked them about the "
    "plan, and several of them left before the vote was taken in protest.",
    "The island's council has asked the regional government for an emergency grant to keep "
    "a weekly boat running from the fishing quay until a decision on a new pier is made.",
]


def _page(paragraphs: list[str], after: list[str]) -> str:
    header = ["Veltmouth Courier", "", "Ferry pier to close after ninety years", ""]
    header += ["By Ann Tillery", "", "March 4, 2025", ""]
    body = [line for paragraph in paragraphs for line in (paragraph, "")]
    return "\n".join(header + body + after) + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to continue reading.",
        "Sign in or subscribe to keep reading this story",
        "This article is for subscribers only.",
        "Create a free account to read the full article",
        "You have reached your limit of free articles this month.",
        "Already a member? Log in to read the rest of this article.",
        "Exclusive to our subscribers",
        "Subscriber-only content",
        "Abonnez-vous pour lire la suite",
        "Il vous reste 68 % de cet article à lire. La suite est réservée aux abonnés.",
        "Jetzt weiterlesen mit Abo",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Suscríbete para seguir leyendo",
        "Contenido exclusivo para suscriptores",
        "Assine para continuar lendo",
        "Conteúdo exclusivo para assinantes",
        "Per continuare a leggere abbonati",
        "Articolo riservato agli abbonati",
    ],
)
def test_a_wall_prompt_is_recognized(line):
    assert is_paywall_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Continue reading the main story",  # an ad slot's skip link on a full page
        "Already a subscriber? Log in",  # a metered site's header on a full page
        "Subscribe to our newsletter",
        "Read more",
        "The guild will hold a members-only meeting on Friday to brief its staff.",
        "Weiterlesen",  # a link to the next page of a story
        "Lesen Sie weiter unten die Chronik",
        "Les abonnés du club ont voté hier",
        "Continuar leyendo",
        "Os assinantes da petição pedem mudanças",
        "",
        # a paragraph that quotes a prompt is prose, not a prompt
        "Readers who saw the message 'subscribe to continue reading' on the council's own "
        "bulletin were surprised, since the bulletin had always been free and the council "
        "said it had never meant to charge anyone for the minutes of its public meetings.",
    ],
)
def test_other_lines_are_not_wall_prompts(line):
    assert not is_paywall_prompt(line)


def test_the_prompt_must_follow_the_body_before_any_prose():
    lines = ["A first paragraph of the story, long enough to read as prose on its own.", ""]
    lines += ["Share", "Subscribe to continue reading"]
    assert paywall_prompt(lines, [0]) == "Subscribe to continue reading"
    later = [*lines[:2], _PARAGRAPHS[0], "Subscribe to continue reading"]
    assert paywall_prompt(later, [0]) is None  # another story's prose comes between
    assert paywall_prompt(lines, []) is None


def test_a_page_cut_by_a_paywall_is_a_teaser_with_the_prompt_as_reason():
    text = _page(_PARAGRAPHS[:2], ["Subscribe to continue reading", "", "© 2025 Courier"])
    articles = validate_articles(extract_articles(text, "pier.txt"))
    assert len(articles) == 1
    article = articles.iloc[0]
    assert article["body"].startswith("The harbour board of Veltmouth")
    assert article["is_teaser"]
    assert article["teaser_reason"] == 'paywall: "Subscribe to continue reading"'


def test_a_whole_story_on_a_metered_site_is_not_a_teaser():
    after = ["Already a subscriber? Log in", "", "Continue reading the main story", ""]
    text = _page(_PARAGRAPHS, [*after, "© 2025 Courier"])
    article = validate_articles(extract_articles(text, "pier.txt")).iloc[0]
    assert not article["is_teaser"]
    assert article["teaser_reason"] is None
