"""A name key joins the domain printing the name after a newspaper's opening word (h415)."""

from analysis.clean.newspaper_words import without_opening_word
from analysis.clean.outlet_merge import outlet_identities


def test_without_opening_word():
    assert without_opening_word("صحيفة المنارة") == "المنارة"
    assert without_opening_word("المنارة") is None


def test_a_notices_bare_name_joins_the_domain():
    keys = ["almanara.example", "name:المنارة", "name:المنارة"]
    names = ["صحيفة المنارة", "المنارة", "المنارة"]
    found = outlet_identities(keys, names)
    assert found.key_of["name:المنارة"] == "almanara.example"
