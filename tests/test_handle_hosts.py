"""Review h400: journals on a platform that gives each user a host its domain's public
suffix does not mark private (``NAME.quillpad.com``, as LiveJournal's and Tistory's
are) are each their host's outlet when a word of the journal's name spells part of the
handle; two journals of one platform never meet in the platform's row."""

from __future__ import annotations

import pytest

from analysis.clean.handle_hosts import handle_host_name
from analysis.clean.outlet import OutletEvidence, decide_outlet


def _journal(host: str, name: str) -> OutletEvidence:
    # the markup names the platform, the <title> the journal beside the headline
    return OutletEvidence(
        url=f"https://{host}/48213.html",
        url_from_html=True,
        html_site_name="Quillpad",
        html_title_parts=("Трамвай вернётся на проспект весной", name, "Quillpad"),
    )


def test_two_journals_of_one_platform_stay_apart_under_their_names():
    tomsk = decide_outlet(_journal("tomsk-dnevnik.quillpad.com", "Томский дневник"), "a.html")
    omsk = decide_outlet(_journal("omsk-vestnik.quillpad.com", "Омский вестник"), "b.html")
    assert (tomsk.key, tomsk.name) == ("tomsk-dnevnik.quillpad.com", "Томский дневник")
    assert (omsk.key, omsk.name) == ("omsk-vestnik.quillpad.com", "Омский вестник")


def test_a_latin_journal_whose_handle_holds_a_word_of_its_name_is_its_host():
    found = decide_outlet(_journal("jane-harbournotes.quillpad.com", "Harbour Notes"), "a.html")
    assert found.key == "quillpad.com"  # no word spells a part: the platform's, as before
    found = decide_outlet(_journal("jane-notes.quillpad.com", "Harbour Notes"), "a.html")
    assert (found.key, found.name) == ("jane-notes.quillpad.com", "Harbour Notes")


@pytest.mark.parametrize(
    ("host", "site", "title"),
    [
        # a section's host named by its site's name, which names the domain too
        ("sport-live.example.com", "Example", ("Cup final tonight", "Example Sport")),
        # a label the name spells whole: a section's, read by own_host as before
        ("local-news.example.com", "Example", ("Bridge reopens", "Local News", "Example")),
        # a one-part label: a section's or an edition's as often
        ("news.example.com", "Example", ("Bridge reopens", "Valley News", "Example")),
    ],
)
def test_a_sites_section_host_stays_its_domains(host, site, title):
    evidence = OutletEvidence(
        url=f"https://{host}/a", url_from_html=True, html_site_name=site, html_title_parts=title
    )
    assert decide_outlet(evidence, "a.html").key == "example.com"


def test_a_short_part_spells_nothing():
    # "tv" is too short to read: "kanal", the one part read, is spelled, so the name is
    # the whole label's (own_host's); "news" is a part of four letters, read
    assert handle_host_name(["Kanal TV"], "kanal-tv", "platform.com") is None
    assert handle_host_name(["Valley News"], "east-news", "platform.com") == "Valley News"
