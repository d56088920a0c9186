"""Card names in a script without capitals: a site's reporters or an aggregator's outlets
(review h176 items 1: Gujarati and Malayalam section pages, fourteenth round)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles

_SITE = "Harbour Weekly Bulletin"
_CARDS = [
    ("Harbour budget vote moves to Thursday", "The council delays the vote by two days."),
    ("Ferry timetable adds a late crossing", "A boat at eleven will run from January."),
    ("Library opens on Sundays this winter", "Volunteers keep the reading room open."),
]


def _page(names: list[str | None], own_line: bool) -> str:
    """The site's masthead, menu and notice around cards naming ``names``: on the date's
    line (``name | 3 hours ago``) or on a line of its own over it."""
    lines = [_SITE, "Home  Local  Sport  Opinion", ""]
    for (title, teaser), name in zip(_CARDS, names, strict=True):
        if name is None:
            meta = ["3 hours ago"]
        else:
            meta = [name, "3 hours ago"] if own_line else [f"{name} | 3 hours ago"]
        lines += [title, *meta, teaser + " The post office opens later.", ""]
    return "\n".join([*lines, f"© 2026 {_SITE}. All rights reserved."])


@pytest.mark.parametrize(
    "names",
    [
        ["હેતલ મહેતા", "કિરણ વ્યાસ", "હેતલ મહેતા"],  # Gujarati
        ["അനു വർഗീസ്", "രാജൻ പിള്ള", "മീര ദാസ്"],  # Malayalam
    ],
)
def test_uncased_names_on_every_cards_date_line_are_the_sites_reporters(names):
    # no capitals to read: several names of two words, each on its card's date line, on a
    # page whose own site is known, none holding a news outlet's word, are bylines
    articles = extract_articles(_page(names, own_line=False), name="section.txt")
    assert list(articles["title"]) == [title for title, _ in _CARDS]
    assert list(articles["byline"]) == names
    assert list(articles["outlet"]) == [_SITE] * 3


def test_a_name_on_its_own_line_over_the_date_is_with_the_storys_time():
    # "Name" over "Updated: ... IST", one brief unsigned: the names are the reporters
    names = ["അനു വർഗീസ്", "രാജൻ പിള്ള", None]
    articles = extract_articles(_page(names, own_line=True), name="section.txt")
    assert list(articles["byline"]) == names
    assert list(articles["outlet"]) == [_SITE] * 3


@pytest.mark.parametrize(
    "names",
    [
        ["બાતમી સમાચાર", "કિરણ વ્યાસ", "હેતલ મહેતા"],  # "samachar": news, an outlet's word
        ["হেতল", "কিরণ ব্যাস", "রহিম উদ্দিন"],  # one word: an agency, a desk
        ["রহিম উদ্দিন", "রহিম উদ্দিন", "রহিম উদ্দিন"],  # one name on every card
    ],
)
def test_uncased_outlet_shaped_names_stay_outlets(names):
    articles = extract_articles(_page(names, own_line=False), name="river.txt")
    assert list(articles["outlet"]) == names
