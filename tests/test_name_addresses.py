"""A person's name written in lower case only inside a web or mail address (a lynx
dump's list of links, ".../profile/gemma-holt"; "gholt@example.org") is still a name
(analysis.clean.bylines; review h136)."""

from __future__ import annotations

from analysis import extract_articles
from analysis.clean.bylines import is_name_line

PARAGRAPHS = [
    "The club's women's eight won the national championship on Saturday, its first "
    "national title since 1986, beating crews from eleven other clubs over two days.",
    "",
    "The crew beat the defending champions by half a length in a race held in strong "
    "crosswinds that forced the organisers to delay the final by an hour.",
    "",
    "The coach said the win was the result of four years of rebuilding after the "
    "boathouse flooded and the club lost most of its boats and half of its members.",
]


def test_a_name_in_a_link_address_is_no_word_in_lower_case():
    lines = ["Gemma Holt", "Sat 31 Oct 2026", "", "See https://herald.example/profile/gemma-holt"]
    assert is_name_line(lines, 0)
    assert is_name_line(["Gemma Holt", "Write to gholt@herald.example"], 0)
    # written in lower case in the prose: an ordinary word, no name
    assert not is_name_line(["Gemma Holt", "a holt is an otter's den"], 0)


def test_an_authors_profile_link_leaves_the_headline_and_byline_as_printed():
    text = "\n".join(
        [
            "Ashford Herald",
            "",
            "Rowing club wins national title for first time in 40 years",
            "",
            "Gemma Holt",
            "Sat 31 Oct 2026 18.20 GMT",
            "",
            *PARAGRAPHS,
            "",
            "References",
            "",
            "   1. https://www.herald.example/",
            "   2. https://www.herald.example/profile/gemma-holt",
            "",
        ]
    )
    articles = extract_articles(text, "links.txt")
    assert len(articles) == 1
    assert articles.title[0] == "Rowing club wins national title for first time in 40 years"
    assert articles.byline[0] == "Gemma Holt"
