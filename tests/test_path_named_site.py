"""A go-between's link whose path, not its host, spells the page's site (h151)."""

from __future__ import annotations

import pytest

from analysis.clean.outlet import OutletEvidence, decide_outlet


def _key(url: str, **names: str) -> str:
    return decide_outlet(OutletEvidence(url=url, **names), "p.txt").key


@pytest.mark.parametrize(
    ("url", "names", "key"),
    [
        # FeedBurner's proxy links of two papers: one google.com row held both (h151)
        (
            "http://feedproxy.google.com/~r/LowmarshHerald/~3/ca13f9e5Qx/old-cinema-to-reopen",
            {"page_site_name": "Lowmarsh Herald"},
            "name:lowmarshherald",
        ),
        (
            "http://feedproxy.google.com/~r/TarrantBayJournal-News/~3/d1a6Qx/railway-crowds",
            {"copyright_holder": "Tarrant Bay Journal"},
            "name:tarrantbayjournal",
        ),
        (
            "https://feeds.example-reader.net/lowmarsh-herald/item/88213",
            {"html_site_name": "The Lowmarsh Herald"},
            "name:lowmarshherald",
        ),
        # a slug keeping the name's "the", as an e-paper kiosk writes a paper's (review
        # h188 item 5: filed under the kiosk's domain unless the day was printed)
        (
            "https://www.paperstand.com/uk/the-lowmarsh-herald/20261202/604813818314522",
            {"page_site_name": "The Lowmarsh Herald"},
            "name:lowmarshherald",
        ),
        (
            "https://www.paperstand.com/uk/The_Lowmarsh_Herald/20261202/604813818314522",
            {"page_site_name": "Lowmarsh Herald"},
            "name:lowmarshherald",
        ),
    ],
)
def test_a_link_whose_path_spells_the_printed_site_is_filed_by_that_name(url, names, key):
    assert _key(url, **names) == key


@pytest.mark.parametrize(
    ("url", "names", "key"),
    [
        # the site's own address: the domain names the site
        (
            "https://www.lowmarshherald.com/lowmarsh-herald/awards-night",
            {"page_site_name": "Lowmarsh Herald"},
            "lowmarshherald.com",
        ),
        # the name only in the story's slug (a story about the paper): the host's page
        (
            "https://www.kelbyecho.com/news/lowmarsh-herald-sold-to-group",
            {"page_site_name": "Lowmarsh Herald"},
            "kelbyecho.com",
        ),
        # a story's slug before its index page, opening with the name's words
        (
            "https://www.kelbyecho.com/news/lowmarsh-herald-sold-to-group/index.html",
            {"page_site_name": "Lowmarsh Herald"},
            "kelbyecho.com",
        ),
        # a segment that only starts with the name's letters is another word
        (
            "https://www.portalhub.com/lowmarshheraldry/notes/story",
            {"page_site_name": "Lowmarsh Herald"},
            "portalhub.com",
        ),
        (
            "https://www.portalhub.com/the-lowmarsh-heraldry/notes/story",
            {"page_site_name": "The Lowmarsh Herald"},
            "portalhub.com",
        ),
        # no printed name: the URL decides
        ("http://feedproxy.google.com/~r/LowmarshHerald/~3/ca13f9e5Qx/story", {}, "google.com"),
    ],
)
def test_a_link_whose_path_does_not_spell_the_printed_site_keeps_its_domain(url, names, key):
    assert _key(url, **names) == key


def test_the_markups_name_of_the_domain_decides_before_the_texts():
    # a platform's post whose text credits a one-word publication ("Published in Ledger"):
    # the markup names the platform, the URL is its own
    url = "https://wordhub.com/ledger/council-approves-budget-8f2a1c"
    assert _key(url, html_site_name="Wordhub", page_site_name="Ledger") == "wordhub.com"


@pytest.mark.parametrize(
    ("url", "key"),
    [
        # a feed service joining the feed's name and the story's slug by "~"
        (
            "https://feeds.feedblitz.com/~/7037/0/coldharbourargus~Rare-Orchid-Found/",
            "name:coldharbourargus",
        ),
        # the slug's words naming the paper: a story about it, on another site
        ("https://www.kelbyecho.com/news/coldharbour-argus-sold", "kelbyecho.com"),
        # the slug the name alone: a story's headline (with or without an extension)
        ("https://www.kelbyecho.com/archives/coldharbour-argus", "kelbyecho.com"),
        ("https://www.kelbyecho.com/archives/coldharbour-argus.html", "kelbyecho.com"),
        ("https://www.kelbyecho.com/archives/coldharbour_argus_2020", "kelbyecho.com"),
        ("https://feeds.feedblitz.com/~/7037/0/coldharbourargus~", "feedblitz.com"),
    ],
)
def test_the_last_segment_names_the_site_only_apart_from_the_slugs_words(url, key):
    assert _key(url, copyright_holder="Coldharbour Argus") == key


def test_a_text_rows_headline_spelled_by_its_slug_keeps_the_urls_site():
    # a crawl export's text row: its first line, the headline, reads as a masthead, and
    # the story's slug spells it; the row's URL names the site (found as a new user)
    page = OutletEvidence(
        url="https://www.pinecrest-review.com/archives/harbor-bridge",
        page_site_name="Harbor Bridge",
    )
    assert decide_outlet(page, "p.txt").key == "pinecrest-review.com"
