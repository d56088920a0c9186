"""A site name whose place word is inflected matches the domain writing the place's own
form (review outlets_h322): Finnish, Lithuanian, Czech, Polish, Slovak names."""

import pytest

from analysis.clean.inflected_names import inflected_spelling
from analysis.clean.name_domain import name_matches_domain


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Kiurujoen Sanomat", "kiurujokisanomat.fi"),  # genitive of Kiurujoki
        ("Pohjanrannan Sanomat", "pohjanranta.fi"),  # the place alone in the address
        ("Nevėžio žinios", "nevezis.lt"),
        ("Hranický týdeník", "hranice-tydenik.cz"),
        ("Gazeta Olkuska", "gazeta-olkusz.pl"),
        ("Žilinský večerník", "zilina-vecernik.sk"),
    ],
)
def test_inflected_place_word_matches_its_domain(name, domain):
    assert name_matches_domain(name, domain)


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Portland Press Herald", "portlandia.com"),  # another word, not a form
        ("Corran Valley Media", "corranvalleygazette.co.uk"),
        ("Nevėžio žinios", "nevezio-kelias.lt"),  # the place whole, another word after
        ("Brněnský deník", "brno-denik.cz"),  # a stem of three letters is any word's start
    ],
)
def test_other_names_do_not_match(name, domain):
    assert not name_matches_domain(name, domain)


def test_one_word_names_are_left_to_the_whole_word_rules():
    assert not inflected_spelling(["Kiurujoen"], "kiurujoki")


def test_a_first_word_cut_short_alone_is_no_form():
    # "hamburg" is "Hamburger" cut short: a city's portal (the containment rule of
    # name_matches_label decides that pair, not this one)
    assert not inflected_spelling(["Hamburger", "Abendblatt"], "hamburg")


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Mäntän Seutu", "manttaseutu.fi"),  # Mänttä: "tt" in the strong grade (review h330)
        ("Mäntän Sanomat", "manttasanomat.fi"),
    ],
)
def test_a_finnish_genitive_whose_stem_writes_a_stop_once_matches_its_place(name, domain):
    assert name_matches_domain(name, domain)


def test_a_doubled_letter_that_is_no_stop_is_no_grade():
    assert not inflected_spelling(["Malan", "Sanomat"], "mallasanomat")


def test_the_first_words_start_check_rejects_no_label_the_search_accepts():
    # inflected_spelling skips the search for a label not starting with the first word's
    # first MIN_STEM - 1 letters (a run compares each name with every domain): on words
    # and labels of three letters, as the search can spell them (stems, doubled stops,
    # endings), it answers as the search itself
    import random

    from analysis.clean.inflected_names import _spells

    rng = random.Random(7)
    letters = "akt"
    accepted = 0
    for _ in range(4000):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 8))) for _ in "ab"]
        pieces = [
            word[: rng.randint(3, len(word))] + word[-1] * rng.randint(0, 1) for word in words
        ]
        label = "".join(
            piece + "".join(rng.choice(letters) for _ in range(rng.randint(0, 2)))
            for piece in pieces
        )
        full = _spells(words, label, 0, False, True)
        assert inflected_spelling(words, label) == full, (words, label)
        accepted += full
    assert accepted >= 50  # the case both sides of the check is about
