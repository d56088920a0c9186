"""analysis.clean.email_addresses: the one e-mail address the site rules read."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import contact_domain, site_phrases
from analysis.clean.email_addresses import ADDRESS_TEXT, EMAIL_ADDRESS, address_read_as_name


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Got a tip? Email tips@quillmere.example.org.", [("tips", "quillmere.example.org")]),
        ("Write to oskar.vellam+desk@tarnby.co.uk", [("oskar.vellam+desk", "tarnby.co.uk")]),
        ("Follow @quillmere.org for updates", [("", "quillmere.org")]),  # no local part
        ("quillmere.org_legal@mailhost.com", [("quillmere.org_legal", "mailhost.com")]),
        ("tips@quillmere, news@tarnby.org", [("news", "tarnby.org")]),  # no dot, no domain
    ],
)
def test_an_address_is_its_local_part_and_its_domain(text, found):
    assert [(m.group("local"), m.group("domain")) for m in EMAIL_ADDRESS.finditer(text)] == found


def test_both_site_rules_read_the_one_address():
    assert contact_domain.EMAIL_ADDRESS is EMAIL_ADDRESS
    assert site_phrases.EMAIL_ADDRESS is EMAIL_ADDRESS
    # each rule keeps its reading: a desk's local part, and any address's domain
    assert contact_domain.contact_domain("Email tips@quillmere.org") == "quillmere.org"
    assert contact_domain.contact_domain("Email @quillmere.org") is None
    _, phrases = site_phrases.line_phrases("Email @quillmere.org")
    assert ("quillmere.org", (7, 20), "email") in phrases


@pytest.mark.parametrize(
    ("author", "text", "address"),
    [
        # trafilatura dropped "@grangepost" as a handle and split the rest at its dot
        ("Mtorres Org", "By <a href='mailto:m.torres@grangepost.org'>m.torres@grangepost.org</a>",
         "m.torres@grangepost.org"),
        ("Mary Torres", "By Mary Torres, m.torres@grangepost.org", None),  # a name, kept
        ("Mtorres Org", "By Mary Torres", None),  # no address on the page
    ],
)  # fmt: skip
def test_an_address_an_author_field_was_read_from_is_found(author, text, address):
    # review h246: an HTML byline that was only an e-mail address gave "Jtravers Com"
    assert address_read_as_name(author, text) == address


def _spans(matches):
    return [(match.span(), match.group("local"), match.group("domain")) for match in matches]


#: Made-up text of the characters an address is made of and those around it.
_ADDRESS_CHARS = st.text(alphabet="aZ9._+-@ ,é:cmo", max_size=40)


@settings(max_examples=2000, derandomize=True, deadline=None)
@given(_ADDRESS_CHARS)
def test_the_address_is_found_as_its_compiled_pattern_finds_it(text):
    # h366 (#15): the pattern compiled and tried at every position read a run of local
    # part characters to its end from each of them (2.0 CPU-s on one dev page's run of
    # 14,771); tried at a run's first character and where a search starts, the same
    # matches, search and replacement
    pattern = re.compile(ADDRESS_TEXT, re.I)
    assert _spans(EMAIL_ADDRESS.finditer(text)) == _spans(pattern.finditer(text))
    assert EMAIL_ADDRESS.sub(" ", text) == pattern.sub(" ", text)
    found, expected = EMAIL_ADDRESS.search(text), pattern.search(text)
    assert (found and found.span()) == (expected and expected.span())
    for pos in range(len(text) + 1):  # from each "@" back to its run's first character
        found, expected = EMAIL_ADDRESS.search(text, pos), pattern.search(text, pos)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a search starts after an address's domain, inside a run: ".c" is read from there
        ("a@b.org.c@d.org", [((0, 7), "a", "b.org"), ((7, 15), ".c", "d.org")]),
        ("x-tips@b.org+desk@d.org", [((0, 12), "x-tips", "b.org"), ((12, 23), "+desk", "d.org")]),
        ("ab" * 5000 + "@quillmere.org", [((0, 10014), "ab" * 5000, "quillmere.org")]),
        ("ab" * 5000 + " @quillmere", []),
    ],
)
def test_a_run_is_read_from_its_first_character_and_after_an_address(text, found):
    assert _spans(EMAIL_ADDRESS.finditer(text)) == found


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # review h362: a newsroom's address in its language is a desk's, not a person's
        ("¿Tienes una noticia? Escríbenos a redaccion@correodelsella.es", "correodelsella.es"),
        ("Sie haben Hinweise? Schreiben Sie an redaktion@wattenpost.de", "wattenpost.de"),
        ("Anke Rehberg – redaktion@wattenpost.de", "wattenpost.de"),
        ("Kontakt: redakcja@gazeta-example.pl", "gazeta-example.pl"),
        ("Scrivi alla redazione@eco-example.it", "eco-example.it"),
        ("Uutisvinkit: toimitus@example.fi", "example.fi"),
    ],
)
def test_a_newsrooms_address_in_its_language_names_the_site(text, domain):
    assert contact_domain.contact_domain(text) == domain


def test_a_persons_address_names_no_site():
    assert contact_domain.contact_domain("Escríbeme: nerea.llano@correodelsella.es") is None
