"""analysis.clean.email_addresses: the one e-mail address the site rules read."""

from __future__ import annotations

import pytest

from analysis.clean import contact_domain, site_phrases
from analysis.clean.email_addresses import EMAIL_ADDRESS, address_read_as_name


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
