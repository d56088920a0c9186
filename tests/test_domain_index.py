"""The run's domains indexed for the outlet merge (analysis.clean.name_domain.DomainIndex):
every domain a name's comparison accepts is among the index's candidates, and a plain
name is compared with few domains."""

from __future__ import annotations

import itertools

import pytest

from analysis.clean.name_domain import DomainIndex, name_spelled_by_domain

# one pair or more for each rule of name_matches_label, and the Cyrillic spelling
PAIRS = [
    ("Example Herald", "exampleherald.com"),  # compact
    ("The Guardian", "theguardian.com"),  # with its "the"
    ("BBC News", "bbc.com"),  # initials, first word
    ("Insight NZ", "insight.co.nz"),  # whole words
    ("Brindle Street Daily", "brindlestreet.org"),
    ("Example Times", "dailyexampletimes.com"),  # the compact name inside the label
    ("Diário do Cerrado", "diariocerrado.com.br"),  # a join without small words
    ("Der Grenzbote", "grenzboteonline.de"),  # a long join inside the label
    ("Harbour & Field", "harbourandfield.com"),  # an ampersand
    ("3 Rivers Ledger", "threeriversledger.com"),  # a count
    ("101.7 The Breeze", "breeze1017.com"),  # a frequency
    ("Mount Hollis Tribune", "mthollistribune.com"),  # a contraction
    ("Connecticut Post", "ctpost.com"),  # any word's contraction
    ("KCDS 3 News", "kcds3tv.com"),  # a broadcaster's label
    ("Continental Press Service", "cpswire.com"),  # initials and a news word
    ("North Bramble Herald", "nbherald.com"),  # headed
    ("Kiurujoen Sanomat", "kiurujokisanomat.fi"),  # inflected
    ("Mäntän Seutu", "manttaseutu.fi"),
    ("Nevėžio žinios", "nevezis.lt"),
    ("Охридски Бран", "ohridskibran.mk"),  # Cyrillic
    ("N3 Инфо", "n3info.rs"),
    ("Süddeutsche Zeitung", "sueddeutsche.de"),  # umlauts spelled out
    ("WHBR 7 News", "whbr7.com"),
    ("Gəncə Xəbər", "gencexeber.az"),
    ("TheBlaze", "theblaze.com"),
    ("Harbour Daily", "www.harbour-daily.example"),  # a host under no known suffix
    ("Metro Kelby", "metro-kelby.com"),
]
NAMES = [name for name, _ in PAIRS] + ["Norbury Times", "Valley News Today", "Salone Nyus"]
DOMAINS = [domain for _, domain in PAIRS] + ["nytimes.com", "salon.com", "news.com"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("any_contraction", [False, True])
def test_every_domain_a_name_is_spelled_by_is_a_candidate(name, any_contraction):
    index = DomainIndex(sorted(DOMAINS))
    wanted = [d for d in index.domains if name_spelled_by_domain(name, d, any_contraction)]
    assert set(wanted) <= set(index.candidates(name))


def test_each_pair_is_one_the_comparison_accepts():
    # the pairs above exercise the rules: a rule no pair reaches tests nothing
    assert all(name_spelled_by_domain(name, domain) for name, domain in PAIRS)


def test_candidates_keep_the_index_order():
    index = DomainIndex(["dailyexampletimes.com", "zulu.com", "exampletimes.com"])
    # (the labels holding "exampletimes", each of its runs of four letters)
    assert index.candidates("Example Times") == ["dailyexampletimes.com", "exampletimes.com"]
    assert index.candidates("Harbour & Example") == list(index.domains)  # every one


def test_a_plain_name_is_compared_with_few_of_many_domains():
    # the merge compared each name apart with every domain of the run: names x domains
    syllables = ["bar", "ken", "lo", "mi", "dra", "vel", "to", "sun", "cor", "ash"]
    labels = ["".join(parts) for parts in itertools.product(syllables, repeat=3)]
    index = DomainIndex(f"{label}.com" for label in labels)
    found = index.candidates("Barkenlo Gazette")
    assert "barkenlo.com" in found
    assert len(found) <= 30  # of 1,000: the labels holding "bark" or opening "bg"
    assert len(index.candidates("Velsunash Daily Tribune")) <= 30
