"""analysis.clean.body.paywall_cut: the paragraph a paywall cut mid-sentence, right over
the wall's prompt, is the story's (h363's review: Pashto, Sorani and English pages lost
it, a line ending no sentence read as chrome)."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.read import page_from_bytes

HEAD = "# Pomegranate exports from Kandahar double\n\nAhmad Shah · 5 December 2026\n\n"
PARAGRAPHS = [
    "Pomegranate exports from Kandahar province have doubled this year. The chamber of "
    "commerce says forty thousand tonnes have been sent abroad so far.",
    "A grower, Haji Abdul Rahman, says this year's harvest was good and prices were high. "
    "He added that he had sent his fruit to markets in Pakistan and India.",
]
CUT = (
    "But traders say transit problems remain. They say that sometimes lorries wait at "
    "the border for several days and"
)
BOX = "Already subscribed? Log in\n\nShare Facebook WhatsApp\n"


def _body(after_cut: str) -> str:
    text = HEAD + "\n\n".join([*PARAGRAPHS, CUT, after_cut]) + "\n\n" + BOX
    page = page_from_bytes(text.encode(), "paywall.md", "paywall.md")
    return extract_articles(page.text, "paywall.md").body.iloc[0]


@pytest.mark.parametrize(
    "prompt",
    [
        "Subscribe to read the rest of this article",
        "د دې مقالې د پاتې برخې لوستلو لپاره ګډون وکړئ",  # Pashto
        "بۆ خوێندنەوەی تەواوی ئەم بابەتە بەشداربە",  # Sorani
        "Artikulu hau harpidedunentzat da. Harpidetu irakurtzen jarraitzeko",  # Basque
    ],
)
def test_the_paragraph_a_paywall_cut_is_body(prompt: str) -> None:
    body = _body(prompt)
    assert CUT in body and all(paragraph in body for paragraph in PARAGRAPHS)
    assert prompt not in body and "Log in" not in body


def test_a_line_over_no_prompt_is_no_cut_paragraph() -> None:
    body = _body("Most read stories this week on the site")
    assert CUT not in body
