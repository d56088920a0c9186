"""analysis.clean.body.site_prompts: the site's prompts to its reader, in any case."""

from __future__ import annotations

import pytest

from analysis.clean.body.site_prompts import is_site_prompt


@pytest.mark.parametrize(
    "line",
    [
        # each of the consent and sign-up notices' sentences, in the cases pages print
        # them (the words looked up before the search must find every one)
        "WE VALUE YOUR PRIVACY",
        "We and our 12 Partners use cookies and similar technologies on this site.",
        "Store And/Or Access Information On A Device",
        "THANK YOU FOR SUBSCRIBING!",
        "We use your sign-up to provide content in ways you have consented to.",
        "We take the Protection of Your Data seriously.",
        "Please READ OUR PRİVACY POLİCY before you continue.",  # a Turkish capital İ
        "I ACCEPT",
        "• I Accept",
        # an opinion column's disclaimer (review h94 M13)
        "The opinions expressed are the author's own.",
        "THE VIEWS EXPRESSED IN THIS COLUMN ARE SOLELY THOSE OF THE WRITER.",
        "Views expressed here do not necessarily reflect those of the Harbour Daily.",
        # in the page languages (h133)
        "Les opinions exprimées dans cette tribune n'engagent que leur auteur.",
        "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",
        "Le opinioni espresse in questo articolo sono quelle dell'autore.",
        "As opiniões expressas neste artigo são de inteira responsabilidade do autor.",
        "Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder.",
    ],
)
def test_a_notices_sentence_is_a_prompt_in_any_case(line):
    assert is_site_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council said it would accept the offer from the harbour authority.",
        "Residents worried about the privacy of the new cameras on the promenade.",
        "Her partners in the firm voted against the plan.",
        "The views expressed by residents at the meeting were mixed, officials said.",
        "Opinions expressed at the hearing are not binding on the council, the mayor said.",
        "Les opinions exprimées par les habitants étaient partagées, a dit le maire.",
        "Las opiniones expresadas en la reunión fueron muy distintas, dijo el alcalde.",
    ],
)
def test_a_storys_sentence_with_a_notices_word_is_no_prompt(line):
    assert not is_site_prompt(line)
