"""Whether a site's name is a domain's name (analysis.clean.name_domain)."""

from __future__ import annotations

import pytest

from analysis.clean.name_domain import name_matches_domain
from analysis.clean.outlet_merge import outlet_identities


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Der Wolkenbote", "wolkenbote-online.de"),
        ("Het Polderblad", "polderbladnieuws.nl"),
        ("O Correio do Vale", "correiodovale-online.pt"),
    ],
)
def test_a_label_holding_the_name_without_its_article_and_more_is_its_domain(name, domain):
    # review h288: "Der Grenzbote" at a '-online' domain stayed a row apart from it (the
    # label held the name without its article and a web word; the compact name, article
    # kept, was no part of it)
    assert name_matches_domain(name, domain)


def test_a_masthead_with_its_article_is_filed_under_its_online_domain():
    keys = ["wolkenbote-online.de"] * 3 + ["name:derwolkenbote"]
    names = ["Wolkenbote"] * 3 + ["Der Wolkenbote"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:derwolkenbote"] == "wolkenbote-online.de"
    assert found.n_outlets(keys) == 1


@pytest.mark.parametrize(
    ("name", "domain"),
    [("Der Wolkenbote", "wolkenland.de"), ("El Sol", "solymar.es"), ("Der Bote", "ab.de")],
)
def test_a_label_holding_another_name_or_a_short_word_is_no_domains_name(name, domain):
    # the name's words run together must be whole in the label, of four letters or more
    assert not name_matches_domain(name, domain)


def test_a_name_key_is_compared_with_each_domain_of_the_run_once(monkeypatch):
    # outlet_merge._address_named asks twice per name key left apart (the one domain
    # spelling its names, then the one whose name it extends): it worked keys x domains
    # comparisons out twice, most of clean's and metrics' time after the pages on a run
    # of 4,291 outlets (benchmarks/outlet_identities_cost.py)
    from collections import Counter

    from analysis.clean import outlet_merge

    calls: Counter[tuple[str, str]] = Counter()
    spelled = outlet_merge.name_spelled_by_domain

    def counted(name: str, domain: str, **options: bool) -> bool:
        calls[(name, domain)] += 1
        return spelled(name, domain, **options)

    monkeypatch.setattr(outlet_merge, "name_spelled_by_domain", counted)
    domains = ["harbourledger.com", "kelbyherald.com", "morwickpost.org"]
    keys = [*domains, "name:fenlowgazette", "name:dovatribune"]
    names = ["Harbour Ledger", "Kelby Herald", "Morwick Post", "Fenlow Gazette", "Dova Tribune"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:fenlowgazette"] == "name:fenlowgazette"
    # and only with the domains the run's index finds for it (DomainIndex): none here,
    # no label spells "Fenlow Gazette" or "Dova Tribune" (tests/test_domain_index.py)
    assert not calls
    keys, names = [*keys, "name:harbourledgerweekly"], [*names, "Harbour Ledger Weekly"]
    outlet_identities(keys, names)
    assert calls and max(calls.values()) == 1
    assert {domain for _, domain in calls} == {"harbourledger.com"}


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("North Bramble Herald", "nbherald.com"),
        ("Marrow Valley Courier", "mvcourier.com"),
        ("The New York Times", "nytimes.com"),
    ],
)
def test_a_label_of_initials_and_the_names_last_word_whole_is_its_domain(name, domain):
    # review h338 held out: "North Bramble Herald" (footer) at nbherald.com stayed a row
    # apart from the domain's pages (the label was only spelled by word starts, which a
    # page's own name may not use)
    assert name_matches_domain(name, domain)


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("North Bramble Herald", "nbpost.com"),  # the last word not the name's
        ("North Bramble Herald", "nbrherald.com"),  # a word's start, not its initial
        ("Example Times Opinion", "extimes.com"),  # the last word left out
        ("Ash Bay Sun", "absun.com"),  # a last word of three letters
    ],
)
def test_a_label_of_initials_and_another_word_is_no_domains_name(name, domain):
    assert not name_matches_domain(name, domain)


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Kumase Nsɛm", "kumasensem.com.gh"),
        ("Tamale Nkɔmɔ", "tamalenkomo.com"),
        ("Gəncə Xəbər", "gencexeber.az"),
        ("Ɗan Ƙasa", "dankasa.ng"),
    ],
)
def test_open_vowels_schwa_and_hooked_letters_are_spelled_as_domains_spell_them(name, domain):
    # listings_h328: 'Kumase Nsɛm' was no name of kumasensem.com.gh (no decomposition
    # takes 'ɛ' apart)
    assert name_matches_domain(name, domain)


@pytest.mark.parametrize(
    ("name", "domain", "expected"),
    [
        ("Salone Nyus", "salon.com", False),  # "salon" ends inside "Salone"
        ("La Boz de Salonik", "salon.com", False),
        ("The Timesville Post", "times.com", False),
        ("Insight NZ", "insight.co.nz", True),  # whole words of the name
        ("Brindle Street Daily", "brindlestreet.org", True),
        ("TheBlaze", "blaze.com", True),  # a capital opens a word inside a run
        ("WHBR7 News", "whbr.com", True),  # so does a digit after letters
    ],
)
def test_a_label_the_name_holds_is_whole_words_of_it(name, domain, expected):
    # h353: in one folder of the AllSides pages and the review sets, salon.com's 200
    # articles (its pages print only "salon.com") were shown as "Salone Nyus", a made-up
    # site of listings_h320 whose pages have no URL: the label was in the name, as part
    # of a word
    assert name_matches_domain(name, domain) is expected


def test_a_name_holding_a_domains_label_in_a_word_is_not_filed_under_it():
    keys = ["salon.com"] * 4 + ["name:salonenyus"] * 2
    names = ["salon.com"] * 4 + ["Salone Nyus"] * 2
    found = outlet_identities(keys, names)
    assert found.key_of["name:salonenyus"] == "name:salonenyus"
    assert found.display["salon.com"] != "Salone Nyus"
    assert found.n_outlets(keys) == 2


@pytest.mark.parametrize(
    ("name", "domain", "expected"),
    [
        ("The Bay Current", "gulfcoastcurrent.com", False),  # "current" alone
        ("Lê Thu Hà", "gotlandsallehanda.se", False),  # "leha", an inner word left out
        ("Te Reo o Te Pito", "capitolwatch-daily.com", False),  # "pito" in "capitol"
        ("Der Grenzbote", "grenzbote-online.de", True),  # its article alone left out
        ("O Correio do Vale", "correiodovale-online.pt", True),
        ("Diário do Cerrado", "diariocerrado.com.br", True),  # the label whole
    ],
)
def test_a_longer_label_holds_the_name_with_every_word_but_its_article(name, domain, expected):
    # h353's folder of the AllSides pages and the review sets: made-up sites whose pages
    # have no URL were filed under a domain holding a few letters of their name once its
    # small words were left out ("The Bay Current" under gulfcoastcurrent.com)
    assert name_matches_domain(name, domain) is expected
