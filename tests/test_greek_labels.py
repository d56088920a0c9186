"""A Greek paper named after its place in the genitive, its address writing the place's
noun, the name's article left out (review h362: "Η Φωνή της Άρτας" at φωνηαρτα.ελ)."""

from __future__ import annotations

import pytest

from analysis.clean.name_domain import name_matches_domain


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Η Φωνή της Άρτας", "φωνηαρτα.ελ"),
        ("Η Φωνή της Άρτας", "φωνηαρτας.ελ"),
        ("Ο Ταχυδρόμος της Κρήτης", "ταχυδρομοςκρητη.gr"),
    ],
)
def test_a_greek_genitive_place_and_leading_article_match_the_label(name, domain):
    assert name_matches_domain(name, domain)


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        # another place's noun, and the place alone, are no name of the paper's address
        ("Η Φωνή της Άρτας", "φωνηπρεβεζα.ελ"),
        ("Η Φωνή της Άρτας", "αρτα.ελ"),
        # the article alone before too few letters is kept ("Η Ώρα" is no "ωρα")
        ("Η Ώρα", "ωρα.gr"),
    ],
)
def test_other_greek_labels_stay_apart(name, domain):
    assert not name_matches_domain(name, domain)
