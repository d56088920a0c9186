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
