"""Listing pages of headlines over teasers in languages that inflect a headline's words
in its teaser (made-up pages; review h149, issue #10)."""

from __future__ import annotations

from analysis.clean.articles import extract_articles
from analysis.clean.card_blocks import content_words

# (made up) a Finnish news page: each teaser prints its headline's words with other endings
# ("Hervantaan" / "Hervannan", "remontti" / "remontin"), none of them as printed.
FINNISH = """Tampereen Viikko
Uutiset

Raitiovaunu alkaa kulkea Hervantaan
Ensimmäiset raitiovaunut kulkevat Hervannan kautta jo maanantaina. Liput käyvät myös busseissa.

Kirjaston remontti valmistuu keväällä
Korjaus on aikataulussa, ja remontin pitäisi valmistua huhtikuussa. Lainaus jatkuu sivupisteissä.

Satamaan rakennetaan risteilylaituri
Sataman laituri ottaa vastaan kaksi risteilyalusta yhtä aikaa. Työt alkavat syksyllä.
"""


def test_teasers_that_inflect_their_headlines_words_are_cards_not_sections():
    articles = extract_articles(FINNISH, name="uutiset.txt")
    assert list(articles["title"]) == [
        "Raitiovaunu alkaa kulkea Hervantaan",
        "Kirjaston remontti valmistuu keväällä",
        "Satamaan rakennetaan risteilylaituri",
    ]


def test_a_word_echoes_its_inflected_forms_not_a_short_shared_start():
    from analysis.clean.listing_lookalikes import _echoed, _stems

    body = _stems("A móló egy részét lezárják; a vonatot átirányítják a planet felé.")
    assert _echoed(content_words("Megújul a mólója"), body) == 1  # "móló" starts it
    assert _echoed(content_words("Késik a vonatok"), body) == 1  # "vonato" shared
    assert _echoed(content_words("plan"), body) == 1  # (4 letters: the start of "planet")
    assert _echoed(content_words("plates"), body) == 0  # "pla": too short a start
