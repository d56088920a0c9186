"""analysis.clean.outlet: one outlet decision, registered domains offline, one name per key."""

from __future__ import annotations

import random
import socket
from dataclasses import replace

import pytest

from analysis.clean import public_suffix
from analysis.clean.domains import is_public_domain, registered_domain
from analysis.clean.name_domain import (
    name_matches_domain,
    name_spelled_by_domain,
    spelled_by_word_starts,
)
from analysis.clean.name_forms import compact_name
from analysis.clean.outlet import Outlet, OutletEvidence, decide_outlet, owners_host
from analysis.clean.outlet_display import is_unknown, outlet_display_names
from analysis.clean.outlet_merge import outlet_identities
from analysis.clean.site_features import PageText
from analysis.clean.site_name import collect_candidates, page_site_name

PROSE = (
    "The regional council said on Monday that the new rail line would open next spring, "
    "after two years of delays caused by funding disputes and a shortage of workers."
)


@pytest.fixture
def no_network(monkeypatch):
    """Every socket creation fails: the code under test must not touch the network."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    public_suffix._lookup.cache_clear()  # read the suffix list with sockets blocked
    yield
    public_suffix._lookup.cache_clear()


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.example.com/a", "example.com"),
        ("https://amp.example.com/a/b", "example.com"),
        ("http://m.example.com", "example.com"),
        ("https://politics.example.com/x?y=1", "example.com"),
        ("https://www.example.co.uk/story", "example.co.uk"),
        ("https://news.example.com.br/", "example.com.br"),
        ("www.example.org", "example.org"),
        ("http://127.0.0.1:8000/page", "127.0.0.1"),
    ],
)
def test_registered_domain_offline(no_network, url, domain):
    assert registered_domain(url) == domain


@pytest.mark.parametrize(
    "url",
    ["https://www.gov.example.bw/news/x", "https://gov.bw/news/x", "https://www.gov.bw/news/y"],
)
def test_a_public_suffixs_own_site_is_one_domain_with_and_without_www(no_network, url):
    # review finding h256: a government's portal at www.gov.XX and gov.XX (the suffix
    # itself) made two outlets; "www" under a suffix names no one
    expected = "example.bw" if "example" in url else "gov.bw"
    assert registered_domain(url) == expected
    assert registered_domain("https://waters.gov.bw/news/z") == "waters.gov.bw"  # a ministry's


def test_registered_domain_without_host():
    assert registered_domain("") is None
    assert registered_domain("https:///path-only") is None


def test_order_of_evidence():
    full = OutletEvidence(
        manifest_outlet="Manifest Name",
        url="https://www.example.com/x",
        card_outlet="Card Outlet",
        html_site_name="Example",
        page_site_name="Page Name",
        copyright_holder="Holder Inc",
    )
    assert decide_outlet(full, "p.txt").source == "manifest"
    # the manifest's name is not the domain's: the researcher's name is the identity
    assert decide_outlet(full, "p.txt").key == "name:manifestname"
    named_as_domain = OutletEvidence(manifest_outlet="Example", url="https://www.example.com/x")
    assert decide_outlet(named_as_domain, "p.txt").key == "example.com"
    steps = [
        ("manifest_outlet", "card"),  # a listing's URL is the aggregator's, not its cards'
        ("card_outlet", "url"),
        ("url", "html"),
        ("html_site_name", "page"),
        ("page_site_name", "copyright"),
        ("copyright_holder", "unknown"),
    ]
    evidence = full.__dict__.copy()
    for field, next_source in steps:
        evidence[field] = None
        assert decide_outlet(OutletEvidence(**evidence), "p.txt").source == next_source


def test_a_title_naming_the_notices_company_without_its_company_words_names_the_site():
    # no URL, no og:site_name, a logo for a masthead: only the notice names the company
    for holder, site in (
        ("Harbour Daily Media Ltd", "Harbour Daily"),
        ("港町日日新聞社", "港町日日新聞"),
    ):
        evidence = OutletEvidence(copyright_holder=holder, html_title_parts=("Breakwater", site))
        found = decide_outlet(evidence, "p.html")
        assert (found.name, found.key) == (site, f"name:{compact_name(site)}")
    # a title part that is not the company's name, or a page opening with a masthead
    # (a group's notice under a sister site's name): the holder, as before
    other = OutletEvidence(
        copyright_holder="Harbour Daily Media Ltd", html_title_parts=("Breakwater", "Harbour")
    )
    assert decide_outlet(other, "p.html").name == "Harbour Daily Media Ltd"
    sister = OutletEvidence(
        copyright_holder="Harbour Daily Media Ltd",
        html_title_parts=("Breakwater", "Harbour Daily"),
        masthead="Coastal Courier",
    )
    assert decide_outlet(sister, "p.html").source == "copyright"


def test_a_publishers_notice_spelling_out_the_masthead_shows_the_papers_name():
    # "© 2026 Kestrel Herald Newspapers" under the masthead "The Herald": the paper is the
    # Kestrel Herald, its publisher's company word aside (review h178 item 5)
    for holder, masthead, shown in (
        ("Kestrel Herald Newspapers", "The Herald", "Kestrel Herald"),
        ("Kestrel Daily Media Ltd", "Kestrel Daily", "Kestrel Daily"),
        # a chain's notice under a paper's masthead sharing no word: the paper (h427)
        ("Kestrel Media Group", "Coastal Courier", "Coastal Courier"),
        # a publisher named after its paper: the paper's masthead (h438)
        ("Kestrel Media Group", "Kestrel Courier", "Kestrel Courier"),
        # a group's notice sharing only a company word with the masthead: as printed
        ("Kestrel Media Group", "Coastal Media", "Kestrel Media Group"),
        ("Kestrel Herald Trust", "The Herald", "Kestrel Herald Trust"),  # no company word
    ):
        evidence = OutletEvidence(copyright_holder=holder, masthead=masthead)
        found = decide_outlet(evidence, "p.txt")
        assert found.name == shown
        assert found.key == f"name:{compact_name(holder)} (masthead {masthead})"  # as before
        assert found.source == "copyright"


def test_a_card_printing_its_own_sites_address_shows_the_sites_name(no_network):
    # A site's search page without a URL: og:site_name "Sur de Valdora" and each result
    # card citing "www.survaldora.cl": one site, one name (review h94 M16; issue #10).
    own = OutletEvidence(html_site_name="El Sur de Valdora", card_outlet="www.survaldora.cl")
    assert decide_outlet(own, "p.html") == Outlet("El Sur de Valdora", "survaldora.cl", "card")
    # an aggregator's card of another site keeps that site's address
    other = OutletEvidence(html_site_name="Harbour Digest", card_outlet="www.survaldora.cl")
    assert decide_outlet(other, "p.html") == Outlet("www.survaldora.cl", "survaldora.cl", "card")


def test_two_publications_the_manifest_names_on_one_host_are_two_outlets(no_network):
    # Newsletters of one publishing host, two networks' sites under one domain: the
    # manifest's names were overridden by the shared registered domain (one outlet).
    rows = [
        ("Alice Letter", "https://alice.substack.com/p/one"),
        ("Bob Notes", "https://bob.substack.com/p/two"),
        ("ABC News", "https://abcnews.go.com/US/story"),
        ("ESPN", "https://espn.go.com/nfl/story"),
    ]
    outlets = [decide_outlet(OutletEvidence(manifest_outlet=n, url=u), "p") for n, u in rows]
    assert len({outlet.key for outlet in outlets}) == 4
    assert [outlet.name for outlet in outlets] == [name for name, _ in rows]
    # one name on two of the host's pages is one outlet
    again = decide_outlet(
        OutletEvidence(manifest_outlet="Alice Letter", url="https://alice.substack.com/p/3"), "q"
    )
    assert again.key == outlets[0].key


def test_a_manifest_outlet_written_as_a_hosts_address_is_keyed_as_that_hosts_pages():
    # Media Cloud names a publication on a shared host by its host ("abcnews.go.com"):
    # keyed name:abcnewsgocom, a third outlet beside the host's HTML pages (keyed by the
    # host, own_host) and its text rows (the domain) of the same site (h269)
    url = "https://harbournews.hubsite.org/2026/pier"
    written = decide_outlet(OutletEvidence(manifest_outlet="harbournews.hubsite.org", url=url), "p")
    named = decide_outlet(OutletEvidence(html_site_name="Harbour News", url=url), "q")
    assert written.key == named.key == "harbournews.hubsite.org"
    assert written.name == "harbournews.hubsite.org"
    # the domain written as an address is the domain, in any case, with or without www.
    for name in ("hubsite.org", "WWW.HUBSITE.ORG"):
        assert (
            decide_outlet(OutletEvidence(manifest_outlet=name, url=url), "r").key == "hubsite.org"
        )


@pytest.mark.parametrize("written", ["harbourflip.io", "www.harbourflip.io", "news.example-go.com"])
def test_a_manifest_outlet_written_as_an_address_is_one_outlet_with_or_without_a_url(written):
    # a new user's Media Cloud export names each row's outlet by its address (media_name);
    # the rows whose url was missing were keyed name:theflipsideio, a second outlet
    # "theflipside.io (theflipsideio)" beside the site's rows with a url
    host = written.removeprefix("www.")
    with_url = decide_outlet(OutletEvidence(manifest_outlet=written, url=f"https://{host}/a"), "p")
    without = decide_outlet(OutletEvidence(manifest_outlet=written), "q")
    assert without.key == with_url.key and not without.key.startswith("name:")
    assert (without.name, without.source) == (written, "manifest")
    # a name that is no address is keyed by the name, as before
    assert decide_outlet(OutletEvidence(manifest_outlet="Harbour Flip"), "r").key == (
        "name:harbourflip"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://web.archive.org/web/20260303101500/https://www.harbourdaily.com/news/budget",
        "https://web.archive.org/web/2026id_/http:/www.harbourdaily.com/news/budget?id=5",
        "http://archive.org/wait/https://www.harbourdaily.com/news/budget",
        "https://archive.ph/20260303/https://www.harbourdaily.com/news/budget",
        "https://www-harbourdaily-com.cdn.ampproject.org/c/s/www.harbourdaily.com/news/b.amp",
        # an AMP viewer's path and a search engine's cached copy (the "cache:" operand
        # of its query, with or without the cache's key): h137 found each page filed
        # under google.com / googleusercontent.com, two sites' pages in one row
        "https://www.google.com/amp/s/www.harbourdaily.com/news/budget.amp",
        "https://webcache.googleusercontent.com/search?q=cache:Xk3vQ9aZ1LkJ:https://www.harbourdaily.com/news/b+&cd=1&hl=en",
        "https://webcache.googleusercontent.com/search?q=cache:https://www.harbourdaily.com/news/b",
        "http://webcache.googleusercontent.com/search?q=cache%3Awww.harbourdaily.com%2Fnews%2Fb",
    ],
)
def test_an_archived_or_cached_pages_outlet_is_the_original_sites(no_network, url):
    # Snapshot links name the archive's host: every site of a study built from
    # archived pages was one outlet, "archive.org" (review finding h46 G32).
    assert registered_domain(url) == "harbourdaily.com"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/login?next=https://other.com/x",  # a query, not the path
        "https://www.example.com/story/http-basics",
        "https://www.example.com/c/s/",
        "https://www.example.com/search?q=cache+prices",  # the word, no operand
        "https://www.example.com/story?src=cache:home",  # an operand naming no host
        "https://www.example.com/news/amp/s/budget.html",  # "amp" deeper in the path
    ],
)
def test_a_url_that_wraps_nothing_is_its_own(no_network, url):
    assert registered_domain(url) == "example.com"


def test_a_site_on_a_shared_host_is_its_own_registered_domain(no_network):
    # the Public Suffix List's private section: blogspot.com, github.io are suffixes
    assert registered_domain("https://harbour.blogspot.com/2026/03/a.html") == (
        "harbour.blogspot.com"
    )
    assert registered_domain("https://valley.blogspot.com/b") == "valley.blogspot.com"
    assert registered_domain("https://harbour.github.io/news/") == "harbour.github.io"


@pytest.mark.parametrize(
    ("url", "site", "key"),
    [
        # a publication on a shared platform the suffix list does not list (review J19)
        ("https://harbournotes.example-letters.com/p/a", "Harbour Notes", "harbournotes."),
        ("https://quietledger.example-letters.com/p/a", "The Quiet Ledger", "quietledger."),
        # a section or an edition of one site stays the site's
        ("https://sport.harbourdaily.com/a", "Harbour Daily Sport", ""),
        ("https://edition.harbourdaily.com/a", "Harbour Daily", ""),
        ("https://www.harbourdaily.com/a", "Harbour Daily", ""),
        ("https://harbournotes.example-letters.com/p/a", None, ""),
    ],
)
def test_a_publication_named_by_its_host_label_is_keyed_by_its_host(no_network, url, site, key):
    found = decide_outlet(OutletEvidence(url=url, html_site_name=site), "a.html")
    domain = registered_domain(url)
    assert found.key == (key + domain if key else domain)
    assert found.name == (site or domain)


@pytest.mark.parametrize(
    ("url", "site", "key"),
    [
        # h144: a university's student newspaper and its press office were one row
        ("https://beacon.northmoor.edu/2026/05/a/", "The Northmoor Beacon", "beacon.northmoor.edu"),
        # ... the press office, named by the university's name and its host label's
        # word, is the university's own (h200: a council's newsroom host was a second
        # row beside its www pages' news)
        ("https://news.northmoor.edu/stories/a", "Northmoor University News", "northmoor.edu"),
        (
            "https://newsroom.tarnwick.gov.uk/a",
            "Tarnwick Borough Council Newsroom",
            "tarnwick.gov.uk",
        ),
        ("https://presse.larchmont.edu/a", "Université de Larchmont — Presse", "larchmont.edu"),
        # (a name closing with a word no press office's host is named by stays apart)
        (
            "https://courier.northmoor.edu/a",
            "Northmoor University Courier",
            "courier.northmoor.edu",
        ),
        ("https://gazette.ox.ac.uk/a", "The Oxbridge Gazette", "gazette.ox.ac.uk"),
        ("https://health.orrincounty.gov/news/a", "Orrin County Health", "health.orrincounty.gov"),
        # a host whose label the name does not hold stays the institution's
        ("https://news.halverford.edu/stories/a", "Halverford Today", "halverford.edu"),
        ("https://www.northmoor.edu/news/a", "Northmoor University", "northmoor.edu"),
        # a publisher's section keeps its site's domain, as before
        ("https://sport.harbourdaily.com/a", "Harbour Daily Sport", "harbourdaily.com"),
        # review finding h178: a portal's pages at news.PORTAL.com, named "Skyline News"
        # by their markup, were one row and its text dumps (no name read) another: a news
        # word closing the name as the host's label names a section's or product's host
        ("https://news.skylineportal.com/a", "Skyline News", "skylineportal.com"),
        ("https://radio.kerrowgroup.com/a", "Kerrow Radio", "kerrowgroup.com"),
        # (a publication named by its host label's first word keeps its host)
        ("https://millbrook.nearbynews.com/a", "Millbrook Nearby", "millbrook.nearbynews.com"),
    ],
)
def test_an_institutions_publication_named_by_its_host_label_is_keyed_by_its_host(
    no_network, url, site, key
):
    assert decide_outlet(OutletEvidence(url=url, html_site_name=site), "a.html").key == key


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Diário do Cerrado", "diariodocerrado.com.br"),
        ("Notícias dos Açores", "noticiasdosacores.pt"),
        ("Él Pueblo", "elpueblo.es"),
        ("Le Républicain Lorrain", "republicain-lorrain.fr"),
    ],
)
def test_a_name_with_accents_is_the_name_of_its_unaccented_domain(name, domain):
    # review finding h70 J16: the og:site_name was shown as the domain
    assert name_matches_domain(name, domain)
    found = decide_outlet(OutletEvidence(url=f"https://{domain}/a", html_site_name=name), "a")
    assert (found.name, found.key) == (name, domain)


def test_url_display_name_is_the_sites_own_name_only_when_it_matches():
    url = "https://www.example-news.com/story"
    named = decide_outlet(OutletEvidence(url=url, html_site_name="Example News"), "a.html")
    assert (named.name, named.key, named.source) == ("Example News", "example-news.com", "url")
    other = decide_outlet(OutletEvidence(url=url, html_site_name="Parent Corp"), "b.html")
    assert (other.name, other.key) == ("example-news.com", "example-news.com")


def test_url_display_name_may_come_from_a_matching_copyright_holder():
    # with and without the URL, a page signed only by its copyright notice shows one name
    url = "http://www.dailyexample.com/news/story"
    evidence = OutletEvidence(url=url, copyright_holder="The Daily Example")
    assert decide_outlet(evidence, "a.txt").name == "The Daily Example"
    no_url = decide_outlet(OutletEvidence(copyright_holder="The Daily Example"), "a.txt")
    assert no_url.name == "The Daily Example"
    parent = OutletEvidence(url=url, copyright_holder="Parent Holdings")
    assert decide_outlet(parent, "b.txt").name == "dailyexample.com"


def test_subdomains_are_one_outlet_and_two_domains_never_merge():
    keys = {
        decide_outlet(OutletEvidence(url=u, page_site_name="Daily"), "p").key
        for u in ("https://www.daily.com/a", "https://amp.daily.com/b", "https://m.daily.com/c")
    }
    assert keys == {"daily.com"}
    a = decide_outlet(OutletEvidence(url="https://daily.com/a", html_site_name="Daily"), "a")
    b = decide_outlet(OutletEvidence(url="https://daily.net/a", html_site_name="Daily"), "b")
    assert a.key != b.key
    names = outlet_display_names([a.key, b.key], [a.name, b.name])
    assert names[a.key] != names[b.key]
    assert names == {"daily.com": "Daily (daily.com)", "daily.net": "Daily (daily.net)"}


def test_one_name_per_key_prefers_the_sites_name_over_the_domain():
    keys = ["daily.com", "daily.com", "daily.com", "name:other"]
    names = ["daily.com", "The Daily", "daily.com", "Other"]
    assert outlet_display_names(keys, names) == {"daily.com": "The Daily", "name:other": "Other"}


def test_name_only_outlets_are_keyed_by_their_compact_name():
    a = decide_outlet(OutletEvidence(page_site_name="The Guardian"), "a")
    b = decide_outlet(OutletEvidence(page_site_name="Guardian"), "b")
    assert a.key == b.key == "name:guardian"
    assert compact_name("The New York Times") == "newyorktimes"


def test_names_differing_only_in_indic_vowel_signs_have_two_keys():
    """ "नेपाल समाचार" and "नपल समचर" (its vowel signs gone) are two names; a Latin
    accent keeps its folding (composed by NFKC, or dropped when NFKC cannot compose
    it), and the page's compact lines hold the name as compact_name folds it."""
    assert compact_name("नेपाल समाचार") == "नेपालसमाचार"
    assert compact_name("नेपाल समाचार") != compact_name("नपल समचर")
    assert compact_name("ดาวเหนือ") != compact_name("ดาวเหนอ")
    assert compact_name("Cafe\u0301 Times") == compact_name("Café Times") == "cafétimes"
    assert compact_name("n\u0308ews") == "news"
    a = decide_outlet(OutletEvidence(page_site_name="नेपाल समाचार"), "a")
    b = decide_outlet(OutletEvidence(page_site_name="नपल समचर"), "b")
    assert a.key != b.key
    page = PageText(["नेपाल समाचार", "Home", "नेपाल समाचार — मुख्य पृष्ठ"])
    assert page.mentions("नेपाल समाचार") == 2
    assert page.mentions("नपल समचर") == 0


def test_unknown_outlet_is_an_outlet_unique_to_its_page():
    unknown = decide_outlet(OutletEvidence(), "page 1.txt")
    assert unknown.name == "unknown site (page 1.txt)" and is_unknown(unknown.name)
    assert unknown.key == "unknown:page 1.txt" and unknown.source == "unknown"
    blank = decide_outlet(OutletEvidence(page_site_name="  ", copyright_holder="—"), "x")
    assert blank.source == "unknown"


@pytest.mark.parametrize(
    ("name", "domain", "expected", "by_word_starts"),
    [
        ("Wall Street Journal", "wsj.com", True, True),
        ("The Guardian", "theguardian.com", True, True),
        ("Live Science", "livescience.com", True, True),
        ("Parent Holdings", "example.com", False, False),
        ("BBC News", "bbc.com", True, True),
        ("BBC News", "bbc.co.uk", True, True),
        ("CBS News", "bbc.com", False, False),
        ("News from the BBC", "bbc.com", False, False),
        # the label spelled by the starts of the words: only when asked (listing cards);
        # the first words' initials and the last word whole are the name's domain always
        # (h355: "North Bramble Herald" at nbherald.com)
        ("New York Times", "nytimes.com", True, True),
        ("New York Tribune Times", "nytimes.com", False, True),
        ("Guardian US", "theguardian.com", False, True),
        ("New Amsterdam Times", "nytimes.com", False, False),
        # a host under no known suffix: each label but its top-level domain is compared
        ("Harbour Daily", "www.harbour-daily.example", True, True),
        ("Harbour Daily", "news.harbourdaily.corp", True, True),
        ("Harbour Daily", "www.example.harbour", False, False),
        # a known suffix keeps its first label only, as before
        ("Harbour Daily", "www.harbour-daily.com", False, False),
        # a domain leaving out the name's small inner words and its accents (h70 J20)
        ("Weser-Kurier am Abend", "weserkurier-abend.de", True, True),
        ("Diário do Cerrado", "diariocerrado.com.br", True, True),
        ("Diário do Cerrado", "diariodocerrado.com.br", True, True),
        ("Harbour Tide Weekly", "harbourtide.org", True, True),
        ("Tide Harbour Weekly", "tideweekly.org", False, True),
        ("El Sol", "sol.com", False, False),
        # a leading article left out too (review finding h94 M14), before 4 letters or more
        ("El Austral de Temuco", "australtemuco.cl", True, True),
        ("De Telegraaf", "telegraaf.nl", True, True),
        ("Le Monde", "monde.fr", True, True),
        # letters no decomposition takes apart, spelled as domains spell them
        ("Báo Đồng Bằng", "baodongbang.vn", True, True),
        ("Głos Wielkopolski", "gloswielkopolski.pl", True, True),
        ("Børsen", "borsen.dk", True, True),
        ("Straßburger Zeitung", "strassburger-zeitung.de", True, True),
        # German's umlauts as two letters (h285: "Nordstädter Anzeiger" at
        # nordstaedter-anzeiger.de was shown as its domain), or as one
        ("Nordstädter Anzeiger", "nordstaedter-anzeiger.de", True, True),
        ("Nordstädter Anzeiger", "nordstadter-anzeiger.de", True, True),
        ("Kreisblatt Südufer", "kreisblatt-suedufer.de", True, True),
        ("Nordstädter Anzeiger", "nordstaeter-anzeiger.de", False, False),
        # an ampersand spelled as a short word of any language, or left out (h137:
        # "Harbour & Field" was shown as its domain, harbourandfield.com)
        ("Harbour & Field", "harbourandfield.com", True, True),
        ("The Harbour & Field", "theharbourandfield.com", True, True),
        ("Pierre & Fils", "pierreetfils.fr", True, True),
        ("Harbour & Field", "harbourfield.com", True, True),
        ("Harbour & Field", "harboursandfield.com", False, False),
        ("Harbour & Field", "harbourandfieldlife.com", False, False),
        # a call sign (and channel) with a broadcast word where the name says "News"
        # (h163 item 3: "KCDS 3 News" at kcds3tv.com was shown as its domain)
        ("KCDS 3 News", "kcds3tv.com", True, True),
        ("Kerrow Sound", "kerrowfm.com", True, True),
        ("KCDS 3 News", "kcds3tvnews.com", False, False),
        ("KCDS 3 News", "kcds3xy.com", False, False),
        ("KV 3 News", "kv3tv.com", False, False),  # under 4 characters before "tv"
        # the name's initials and a news word (h178: a wire agency's own site at
        # cpswire.com showed as its domain, its og:site_name read as another's credit)
        ("Continental Press Service", "cpswire.com", True, True),
        ("Associated Press", "apnews.com", True, True),
        ("Continental Press Service", "cpsgroup.com", False, False),
        ("Continental Press Service", "newscps.com", False, False),
    ],
)
def test_name_matches_domain(name, domain, expected, by_word_starts):
    assert name_matches_domain(name, domain) is expected
    assert name_matches_domain(name, domain, word_starts=True) is by_word_starts


def test_a_sites_own_name_spelled_by_its_word_starts_beats_a_holder_its_label_holds():
    # review h129: og:site_name "The Evening Bell" on ebell.co.za (the label spelled by
    # the words' starts) and "© Bell Media" under it: the row was shown as "Bell"
    url = "https://www.ebell.co.za/local/story"
    evidence = OutletEvidence(url=url, html_site_name="The Evening Bell", copyright_holder="Bell")
    assert decide_outlet(evidence, "a.html").name == "The Evening Bell"
    text = OutletEvidence(url=url, page_site_name="The Evening Bell", copyright_holder="Bell")
    assert decide_outlet(text, "a.txt").name == "The Evening Bell"
    # a name its label holds outright still comes first; the holder before the domain
    plain = OutletEvidence(url=url, html_site_name="Ebell", copyright_holder="Bell")
    assert decide_outlet(plain, "b.html").name == "Ebell"
    assert decide_outlet(OutletEvidence(url=url, copyright_holder="Bell"), "c.txt").name == "Bell"


def test_copyright_holder_is_the_last_resort():
    lines = [
        "Daily Example",
        "  • About Daily Example",
        "Some article text that goes on for a while, and then more of it.",
        "Follow Daily Example on social media",
        "© 2024 Example Holdings Group. All rights reserved.",
    ]
    site = page_site_name(lines)
    assert (site.name, site.source) == ("Daily Example", "page")
    only_copyright = page_site_name(["some text here", "© 2024 Example Holdings Group."])
    assert (only_copyright.name, only_copyright.source) == ("Example Holdings Group", "copyright")


def test_menu_words_and_pronouns_are_not_site_names():
    lines = ["Menu", "  • About Us", "  • Contact Us", "Follow Us", "Search", "menu search"]
    site = page_site_name(lines)
    assert site is None or site.name not in {"Us", "Menu", "Search"}


def test_public_domain_needs_a_known_suffix():
    assert is_public_domain("example.co.uk")
    assert is_public_domain("News.Example.com")
    assert not is_public_domain("daten.weder")  # "der Daten.Weder die ..." in prose
    assert not is_public_domain("player.setav")


def test_words_joined_by_a_dot_or_a_mail_local_part_never_name_the_site():
    lines = [
        "Menu",
        "The loss of the data.Neither side said more.",
        "Write to jane.doe.desk@",
        "Contact: team.lead.ent@example-mail.com",
    ]
    assert page_site_name(lines) is None
    # the contact address's domain is a candidate, but a mail host's domain alone (the
    # ``email_domain`` weight) is too weak to name the site; written as an address too,
    # it does
    assert {"examplemailcom", "menu"} <= set(collect_candidates(lines))
    assert not {"dataneither", "teamleadent"} & set(collect_candidates(lines))
    site = page_site_name([*lines, "example-mail.com"])
    assert site is not None and site.name == "example-mail.com"


def test_a_lone_menu_line_at_the_top_names_no_site():
    lines = ["Breaking Alerts Emails", "", "The council met on Tuesday and approved the budget."]
    assert page_site_name(lines) is None
    # the same line written twice (logo text + title) and followed by "About X" does
    lines = ["Daily ExampleDaily Example", "About Daily Example", "The council met."]
    site = page_site_name(lines)
    assert site is not None and site.name == "Daily Example"


def test_platform_credits_short_links_and_prose_domains_name_no_site():
    prose = " ".join(["word"] * 30)
    lines = [
        "Powered by Platformpress.com VIP | Privacy Policy",
        "Read more: https://sho.rt/Ab3dE and pic.example-social.com/x9Yz",
        f"{prose} are trademarks of Bigshop.com or its affiliates.",
    ]
    assert page_site_name(lines) is None


def test_a_deep_link_to_the_site_supports_its_name_and_a_domain_may_start_lines():
    lines = [
        "Example Post",
        "Contact Example Post",
        "See https://www.examplepost.com/news/article/Some-story-123.php",
        "© 2024 Example Holdings Group. All rights reserved.",
    ]
    site = page_site_name(lines)
    assert (site.name, site.source) == ("Example Post", "page")
    prose = " ".join(["word"] * 30)
    site = page_site_name(
        [
            f"examplebikes.co.uk features the latest {prose}",
            "Riders have read the latest news on examplebikes.co.uk since the year it began.",
        ]
    )
    assert site is not None and site.name == "examplebikes.co.uk"
    # written as a name opening a sentence of the story, the domain is its subject
    subject = page_site_name(
        [
            f"ExampleBikes.co.uk says the latest {prose}",
            f"ExampleBikes.co.uk also said {prose}",
        ]
    )
    assert subject is None


def test_a_name_with_a_calendar_word_after_the_is_a_name():
    lines = ["Follow The Sun", "Sign Up To The Sun", "Text of the story goes here."]
    site = page_site_name(lines)
    assert site is not None and site.name == "The Sun"
    assert page_site_name(["Follow November", "text"]) is None


def test_an_abbreviation_with_dots_is_no_domain():
    assert page_site_name(["Rep. Jane Roe, R-W.Va., said so."]) is None
    site = page_site_name(["EXAMPLE.CO.UK", "text"])
    assert site is not None and site.name.casefold() == "example.co.uk"


def test_a_copyright_menu_link_is_no_notice_and_a_parenthesis_ends_the_holder():
    lines = ["Text of the story.", "Terms of Service | Privacy Policy | Copyright Policy"]
    assert page_site_name(lines) is None
    site = page_site_name(["Text of the story.", "© 2000 - 2019 Example Daily (www.example)"])
    assert (site.name, site.source) == ("Example Daily", "copyright")


def test_an_html_site_name_that_is_a_social_handle_loses_its_marks():
    evidence = OutletEvidence(url="http://www.example.ru/articles/x", html_site_name="@Example_")
    handled = decide_outlet(evidence, "p.html")
    assert (handled.name, handled.key, handled.source) == ("Example", "example.ru", "url")
    assert decide_outlet(OutletEvidence(html_site_name="_"), "p.html").source == "unknown"
    assert decide_outlet(OutletEvidence(html_site_name="Example_"), "p").name == "Example"


def test_a_short_domain_shows_the_site_name_that_starts_with_it():
    # "BBC News" on bbc.com: the label is too short for the containment test, but it is
    # the name's first word. Without a URL the page is keyed by its name; the corpus-level
    # merge files it under the domain because the domain's pages show the same name.
    with_url = decide_outlet(
        OutletEvidence(url="https://www.bbc.com/news/x", page_site_name="BBC News"), "a.txt"
    )
    assert (with_url.key, with_url.name) == ("bbc.com", "BBC News")
    without_url = decide_outlet(OutletEvidence(page_site_name="BBC News"), "b.txt")
    found = outlet_identities([with_url.key, without_url.key], [with_url.name, without_url.name])
    assert found.key_of[without_url.key] == "bbc.com"


def test_a_site_name_that_is_a_domain_is_keyed_by_its_registered_domain():
    # a page naming its site only by its address is one outlet with the site's pages
    # that have a URL, as a URL's host would be
    named = decide_outlet(OutletEvidence(page_site_name="dailyexample.com"), "a.txt")
    assert (named.key, named.source) == ("dailyexample.com", "page")
    notice = decide_outlet(OutletEvidence(copyright_holder="www.DailyExample.co.uk"), "b.txt")
    assert (notice.key, notice.source) == ("dailyexample.co.uk", "copyright")
    section = decide_outlet(OutletEvidence(page_site_name="news.dailyexample.com"), "c.txt")
    assert section.key == "dailyexample.com"
    with_url = decide_outlet(
        OutletEvidence(url="https://www.dailyexample.com/x", page_site_name="Daily Example"), "d"
    )
    assert with_url.key == named.key == section.key
    # names that are no registered domain keep their compact name
    for name in ("Daily Example", "R-W.Va", "U.S. News", "dailyexample"):
        assert decide_outlet(OutletEvidence(page_site_name=name), "e").key.startswith("name:")


def test_a_domain_written_on_the_page_or_in_its_notice_is_the_domain_key():
    prose = "The regional council said on Monday that the new rail line would open soon."
    for footer in ("dailyexample.com", "(c) dailyexample.com", "© 2024 dailyexample.com"):
        site = page_site_name([prose, "", prose, "", footer])
        assert site is not None and site.name == "dailyexample.com"
        found = decide_outlet(OutletEvidence(page_site_name=site.name), "p.txt")
        assert found.key == "dailyexample.com"
    keys = [found.key, "dailyexample.com"]
    merged = outlet_identities(keys, [found.name, "Daily Example"])
    assert merged.n_outlets(keys) == 1 and merged.display[found.key] == "Daily Example"


def test_the_display_name_is_the_most_common_spelling_not_in_capitals():
    keys = ["name:weeklyexample"] * 4
    names = ["THE WEEKLY EXAMPLE"] * 3 + ["The Weekly Example"]
    assert outlet_display_names(keys, names) == {"name:weeklyexample": "The Weekly Example"}
    # a merged outlet: the domain's pages print the capitals, a page without URL the name
    keys = ["weeklyexample.com"] * 3 + ["name:weeklyexample"]
    merged = outlet_identities(keys, names)
    assert merged.n_outlets(keys) == 1
    assert merged.display["weeklyexample.com"] == "The Weekly Example"
    # ties between spellings in lower and mixed case: code-point order, whatever the order
    tie = ["Weekly example", "Weekly Example"]
    assert outlet_display_names(["k", "k"], tie) == outlet_display_names(["k", "k"], tie[::-1])
    assert outlet_display_names(["k", "k"], tie)["k"] == "Weekly Example"
    # capitals only: the most common of them; a bare domain last
    assert outlet_display_names(["a.com"] * 3, ["ABC", "a.com", "a.com"]) == {"a.com": "ABC"}


def test_a_name_after_a_sentences_lower_case_the_is_shown_without_it():
    # "the EXN reported ...": running text's article is no part of the name, which
    # then counts with its masthead's capitals (a crawl's "the USA TODAY"-like names)
    keys = ["exn.example.com"] * 3
    names = ["the EXN", "the EXN", "EXN"]
    assert outlet_display_names(keys, names) == {"exn.example.com": "EXN"}
    assert outlet_display_names(["k"], ["the Weekly Example"]) == {"k": "Weekly Example"}
    # a masthead's own capital "The" stays; "the" before a word in lower case stays too
    assert outlet_display_names(["k"], ["The Weekly Example"]) == {"k": "The Weekly Example"}
    assert outlet_display_names(["k"], ["the weekly"]) == {"k": "the weekly"}


def test_a_name_printed_without_its_accents_is_shown_with_them():
    # the footer's "Le Reveil de Lorme" three times, the site's own printing once
    keys = ["lereveildelorme.fr"] * 4
    names = ["Le Reveil de Lorme"] * 3 + ["Le Réveil de Lorme"]
    assert outlet_display_names(keys, names) == {"lereveildelorme.fr": "Le Réveil de Lorme"}
    # and pooled, it outnumbers another name of the outlet the unaccented one did not
    names = ["Sesi Postasi", "Sesi Postası", "Sesi Gazete", "Sesi Gazete"]
    assert outlet_display_names(["k"] * 4, ["Sesi Postası", *names[:2], "Sesi Gazete"]) == {
        "k": "Sesi Postası"
    }


def test_a_domain_a_sentence_mentions_once_is_no_site_but_chrome_or_two_lines_are():
    # "... reported by example.org" in a story names the site the story is about; a
    # domain in a short line (site chrome) or written in two sentences is the site's own
    sentence = "The claim was first reported on Saturday by ExampleWatch.org, a group run by"
    ending = "activists who say they track spending in every state."
    assert page_site_name([f"{sentence} {ending}", "", PROSE]) is None
    assert page_site_name([f"ExampleWatch.org rated the claim false, {ending}"]) is None
    twice = page_site_name([f"{sentence} {ending}", f"ExampleWatch.org said so, {ending}"])
    assert twice is not None and twice.name == "examplewatch.org"
    chrome = page_site_name([f"{sentence} {ending}", "", "Visit ExampleWatch.org"])
    assert chrome is not None and chrome.name == "examplewatch.org"
    # it still supports a name it is the domain of
    named = page_site_name(["Example Watch", "Contact Example Watch", f"{sentence} {ending}"])
    assert named is not None and named.name == "Example Watch"


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe, a reporter for The Example Star, contacted officials in the state.",
        "said John Doe, co-founder of Example Heights, which backs local candidates.",
        "A study published in Example Medicine in March found that rates fell.",
        "Senator Roe, in an opinion article published in the Example Post, said so.",
        "The photo first published in Example Gossip showed the scene.",
        # a copula in a clause of the story's sentence: what is published is its subject
        "The fees take effect on Monday after they are published in the State Register.",
        "The board said the rules were published in the Harbour Register in March.",
        "Once it was published in Example Medicine in March, the study drew notice.",
    ],
)
def test_a_credit_in_a_sentence_about_others_names_no_site(line):
    assert page_site_name([PROSE, line, PROSE, line.replace("in March", "in May")]) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jane Roe is a reporter for Example News.", "Example News"),
        ("Senior editor at Example Tech.", "Example Tech"),
        ("Jane Roe is an author, speaker, and the founder of Example Brand.", "Example Brand"),
    ],
)
def test_a_credit_of_the_text_or_its_writer_names_the_site(line, name):
    site = page_site_name([PROSE, "", line])
    assert site is not None and site.name == name


@pytest.mark.parametrize(
    "line",
    [
        "Originally published on Example Science.",
        "This article was originally published on Example Review.",
        "First published in Example Review",
    ],
)
def test_a_credit_to_where_the_text_was_published_before_needs_another_cue(line):
    # a republisher credits the original so: alone it names no site (test_site_name)
    assert page_site_name([PROSE, "", line]) is None
    name = line.split(" in ")[-1].split(" on ")[-1].rstrip(".")
    site = page_site_name([PROSE, "", line, f"© 2026 {name}"])
    assert site is not None and (site.name, site.source) == (name, "page")


def test_follow_on_a_platform_cues_the_name_before_the_platform():
    # "Follow NAME on Twitter": the name is NAME, whose one cue on one line names no
    # site (a writer's account); "Example Daily on Twitter" made "Example Daily" a head
    assert page_site_name([PROSE, "Follow Jane on Twitter", PROSE]) is None
    lines = ["Follow Example Daily on Twitter", "Example Daily", PROSE]
    assert page_site_name(lines).name == "Example Daily"
    found = collect_candidates(lines)
    assert "exampledailyontwitter" not in found and found["exampledaily"].cues == 1
    found = collect_candidates(["Follow The Example Daily on Facebook and Twitter"])
    assert found["exampledaily"].cues == 1


def test_a_media_label_on_a_short_top_line_is_no_masthead():
    assert page_site_name(["Photo", PROSE, "Photo", PROSE]) is None
    assert page_site_name(["VIDEO", PROSE, "Video", PROSE]) is None


def test_a_host_name_is_not_the_display_name_of_its_domain() -> None:
    # Pages keyed by the registered domain may name the site by one of its host names:
    # the outlet shows its own name when a page gives one, else the domain itself.
    keys = ["daily.com"] * 4
    names = ["blog.daily.com", "blog.daily.com", "blog.daily.com", "DAILY"]
    assert outlet_display_names(keys, names) == {"daily.com": "DAILY"}
    assert outlet_display_names(keys[:3], names[:3]) == {"daily.com": "daily.com"}
    assert outlet_display_names(["daily.com", "daily.com"], ["blog.daily.com", "The Daily"]) == {
        "daily.com": "The Daily"
    }


def _spelled_by_trying_every_skip(label: str, words: list[str]) -> bool:
    """The definition, searched naively (exponential in the number of words)."""
    if not words:
        return not label
    first, rest = words[0], words[1:]
    for n in range(min(len(first), len(label)), 0, -1):
        if label[:n] == first[:n] and (
            n == len(label)
            or any(_spelled_by_trying_every_skip(label[n:], rest[k:]) for k in range(len(rest)))
        ):
            return True
    return False


def test_a_label_spelled_by_word_starts_matches_the_definition() -> None:
    rng = random.Random(0)
    for _ in range(3000):
        words = ["".join(rng.choice("abt") for _ in range(rng.randint(1, 4))) for _ in range(5)]
        label = "".join(rng.choice("abt") for _ in range(rng.randint(1, 7)))
        expected = _spelled_by_trying_every_skip(label, words)
        assert spelled_by_word_starts(label, words) == expected, (label, words)
    assert spelled_by_word_starts("nytimes", ["new", "york", "times"])
    assert not spelled_by_word_starts("theguardian", ["guardian", "us"])


def test_a_line_of_one_letter_words_is_answered_at_once() -> None:
    # Naively this tries every way of skipping words: C(60, 40) paths, which never ends;
    # the table answers it in letters x words x word length steps.
    assert not spelled_by_word_starts("a" * 40 + "z", ["a"] * 60)


@pytest.mark.parametrize(
    "markup",
    [
        "Harbour Daily | Breaking news, sport and weather",
        "Harbour Daily - Your local news since 1887",
        "HARBOUR DAILY (HD)",
    ],
)
def test_a_tagline_after_the_site_name_in_the_markup_is_not_the_outlet(markup: str) -> None:
    # og:site_name holds the name the page's text gives, then a tagline or an aside
    evidence = OutletEvidence(html_site_name=markup, page_site_name="Harbour Daily")
    assert decide_outlet(evidence, "p.html") == decide_outlet(
        OutletEvidence(html_site_name="Harbour Daily"), "p.html"
    )
    with_url = OutletEvidence(
        html_site_name=markup, page_site_name="Harbour Daily", url="https://harbourdaily.co.uk/x"
    )
    assert decide_outlet(with_url, "p.html").name == "Harbour Daily"


def test_a_longer_markup_name_the_text_does_not_cut_stays_as_written() -> None:
    # "Harbour Daily Politics" is no tagline form; a text name that is no prefix decides nothing
    for markup, text in (("Harbour Daily Politics", "Harbour Daily"), ("The Times | UK", "Times")):
        evidence = OutletEvidence(html_site_name=markup, page_site_name=text)
        assert decide_outlet(evidence, "p.html").name == markup


@pytest.mark.parametrize(
    ("name", "url"),
    [
        # (not "lvivskyi-visnyk", a hyphenated transliteration that spells it: h387)
        ("Львівський вісник", "https://lviv-herald.com.ua/news/1"),
        ("חדשות חיפה", "https://www.haifanews.co.il/article/2"),
        ("北陸日報", "https://hokuriku-nippo.jp/articles/3"),
    ],
)
def test_a_site_name_in_a_script_its_domain_cannot_spell_is_shown_when_the_text_names_it(name, url):
    # its text dumps are filed by the name: shown so, its HTML pages join them
    # (found by the reviewer h77, K5)
    evidence = OutletEvidence(url=url, html_site_name=name, page_site_name=name)
    outlet = decide_outlet(evidence, "p.html")
    assert (outlet.name, outlet.key) == (name, registered_domain(url))
    # the markup alone, or a text naming the site otherwise: the domain
    alone = decide_outlet(OutletEvidence(url=url, html_site_name=name), "p.html")
    assert alone.name == registered_domain(url)
    latin = OutletEvidence(url=url, html_site_name="Harbour Post", page_site_name="Harbour Post")
    assert decide_outlet(latin, "p.html").name == registered_domain(url)
    # the page's <title> names it too ("Headline — NAME"): two cues of the page agree
    # (review h94 M12)
    titled = OutletEvidence(url=url, html_site_name=name, html_title_parts=("Budget", name))
    assert (decide_outlet(titled, "p.html").name, decide_outlet(titled, "p.html").key) == (
        name,
        registered_domain(url),
    )


def test_a_text_dumps_unspelled_masthead_its_notice_names_too_is_shown_by_its_url():
    # a crawler's text dump with its URL: masthead and closing notice in Cyrillic, the
    # domain's label unrelated to the name (found by review h271's Moksha page)
    url = "https://krainews.ru/uutist/1"
    evidence = OutletEvidence(url=url, page_site_name="Вечор Край", notice_holder="Вечор Край")
    assert (decide_outlet(evidence, "p.txt").name, decide_outlet(evidence, "p.txt").key) == (
        "Вечор Край",
        "krainews.ru",
    )
    # the masthead alone is one cue: the domain
    alone = OutletEvidence(url=url, page_site_name="Вечор Край")
    assert decide_outlet(alone, "p.txt").name == "krainews.ru"
    # a Cyrillic name its domain spells in Latin letters is the domain's own name
    spelled = OutletEvidence(url="https://vechorkraj.ru/a/1", page_site_name="Вечор Край")
    assert decide_outlet(spelled, "p.txt").name == "Вечор Край"


@pytest.mark.parametrize(
    ("name", "host", "policy"),
    [
        # (not "aktobe-akparat", which spells the name: h387)
        ("Ақтөбе ақпарат", "aktobe-news.kz", "Құпиялылық саясаты"),
        ("पोखरा खबर", "www.pokharakhabar.com.np", "सर्वाधिकार सुरक्षित"),
    ],
)
def test_an_html_pages_name_its_footer_notice_gives_before_a_link_is_shown(name, host, policy):
    # og:site_name and the footer "© 2026 NAME · Privacy policy" name the site: shown by
    # its name, keyed by its domain (review h94 M12)
    from analysis.clean.articles import PageFacts, extract_articles
    from analysis.clean.read import page_from_bytes

    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Budget — {name}</title>'
        f'<meta property="og:site_name" content="{name}">'
        f'<link rel="canonical" href="https://{host}/news/2026/12/03/4412"></head><body>'
        f'<header><a href="/">{name}</a></header><article><h1>Council approves budget</h1>'
        f"<p>{PROSE}</p><p>{PROSE}</p></article><footer>© 2026 {name} · {policy}</footer>"
        "</body></html>"
    )
    page = page_from_bytes(html.encode("utf-8"), "p.html", "raw/p.html")
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert (row["outlet"], row["outlet_key"]) == (name, registered_domain(f"https://{host}/"))
    # no og:site_name: the footer's name, which the <title> gives too (h94's hy page)
    unnamed = html.replace(f'<meta property="og:site_name" content="{name}">', "")
    page = page_from_bytes(unnamed.encode("utf-8"), "p.html", "raw/p.html")
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert row["outlet"] == name
    # no footer, the <title> names the site: still its name; a headline alone: the
    # domain, or the header's name when the domain's label spells it ("पोखरा खबर" at
    # pokharakhabar: indic_labels, as a Cyrillic name its label spells, h443)
    spelled = name_spelled_by_domain(name, registered_domain(host))
    alone = name if spelled else registered_domain(host)
    for title, shown in ((f"Budget — {name}", name), ("Budget", alone)):
        bare = html.replace(f"© 2026 {name} · {policy}", "").replace(f"Budget — {name}", title)
        page = page_from_bytes(bare.encode("utf-8"), "p.html", "raw/p.html")
        row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
        assert row["outlet"] == shown


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        # vowel signs and viramas (combining marks) are part of the name's words
        ("© 2026 দৈনিক পদ্মা বার্তা. সর্বস্বত্ব সংরক্ষিত", "দৈনিক পদ্মা বার্তা"),
        ("© 2026 தினச் சுடர். அனைத்து உரிமைகளும்", "தினச் சுடர்"),
        ("© 2026 दैनिक गंगा समाचार | सर्वाधिकार सुरक्षित", "दैनिक गंगा समाचार"),
        # a Thai notice prints the Buddhist era's year
        ("© 2569 ข่าวเจ้าพระยา สงวนลิขสิทธิ์", "ข่าวเจ้าพระยา"),
        # the Urdu full stop ends the name
        ("© 2026 روزنامہ سحر۔ جملہ حقوق محفوظ ہیں۔", "روزنامہ سحر"),
    ],
)
def test_a_copyright_holder_in_a_script_with_combining_marks_is_read_whole(notice, holder):
    site = page_site_name([PROSE, notice])
    assert site is not None and (site.name, site.source) == (holder, "copyright")


PLATFORM_STORY = (
    "<p>The harbour board voted on Tuesday to lease a second ferry from March, after a winter"
    " of cancelled crossings that left islanders without a morning boat.</p>"
    "<p>Board members said the lease would cost less than repairs, while the opposition asked"
    " for the contract to be published before the vessel arrives.</p>"
)


def _platform_post(url: str, publication_line: str) -> bytes:
    head = '<meta property="og:site_name" content="Wordhub">'
    head += f'<meta property="og:url" content="{url}">'
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}'
        "<title>Council approves budget | by Ada Obi | Wordhub</title></head><body>"
        "<div>Wordhub Write Sign up Sign in</div><h1>Council approves budget</h1>"
        f"<div>Ada Obi · Follow</div><div>{publication_line}</div>{PLATFORM_STORY}"
        "<div>Help Status About Careers Privacy Terms</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("url", "line", "key", "name"),
    [
        # a publication on a platform: its own outlet (review h102 N11, lead's decision)
        (
            "https://wordhub.com/harbour-ledger/council-approves-budget-8f2a1c",
            "Published in Harbour Ledger",
            "wordhub.com/harbour-ledger",
            "Harbour Ledger",
        ),
        # an author's own post on the platform is the author's (h151: two writers' posts
        # were one row, the platform's; the lead's h102 N11 decision kept them there)
        (
            "https://wordhub.com/@adaobi/council-approves-budget-8f2a1c",
            "",
            "wordhub.com/@adaobi",
            "wordhub.com/@adaobi",
        ),
        # a path that is no name the page credits: a section
        (
            "https://wordhub.com/local-news/council-approves-budget-8f2a1c",
            "Local News · Politics",
            "wordhub.com",
            None,
        ),
        # a one-word path names a section as often as a publication
        (
            "https://wordhub.com/ledger/council-approves-budget-8f2a1c",
            "Published in Ledger",
            "wordhub.com",
            None,
        ),
    ],
)
def test_a_platforms_publication_is_its_own_outlet_when_the_path_is_its_name(url, line, key, name):
    from analysis.clean.articles import PageFacts, extract_articles
    from analysis.clean.read import page_from_bytes

    page = page_from_bytes(_platform_post(url, line), "post.html", "post.html")
    (article,) = extract_articles(page.text, page.name, PageFacts(html=page.html)).itertuples()
    assert article.outlet_key == key
    if name is not None:
        assert article.outlet == name


@pytest.mark.parametrize(
    ("site_name", "title_parts", "shown"),
    [
        # the extractor names a page whose markup names no site by its bare host: the
        # <title> that is the site's name, or its site part, names it
        ("fenwickobserver.com", ("Fenwick Observer",), "Fenwick Observer"),
        (
            "fenwickobserver.com",
            ("Ferry timetable changes", "Fenwick Observer"),
            "Fenwick Observer",
        ),
        (None, ("Ferry timetable changes", "Fenwick Observer"), "Fenwick Observer"),
        # a part holding more than the name is no name ("Fenwick Observer live")
        ("fenwickobserver.com", ("Fenwick Observer live: ferry news",), "fenwickobserver.com"),
        # a brand written as its address is the site's own name, kept
        (
            "FenwickObserver.com",
            ("Ferry timetable changes", "Fenwick Observer"),
            "FenwickObserver.com",
        ),
        # a title part that names no domain's site changes nothing
        ("fenwickobserver.com", ("Ferry timetable changes", "News"), "fenwickobserver.com"),
    ],
)
def test_a_title_naming_the_domains_site_is_shown_over_the_bare_host(
    no_network, site_name, title_parts, shown
):
    evidence = OutletEvidence(
        url="https://www.fenwickobserver.com/news/ferry",
        html_site_name=site_name,
        html_title_parts=title_parts,
    )
    found = decide_outlet(evidence, "a.html")
    assert (found.name, found.key) == (shown, "fenwickobserver.com")


@pytest.mark.parametrize(
    ("url", "site", "key"),
    [
        # h163: a university's student paper in a folder of the university's site and the
        # university's own news were one row ("The Larkspur Ledger" over both)
        ("https://www.larkspur.edu/ledger/2026/a", "The Larkspur Ledger", "larkspur.edu/ledger"),
        (
            "https://www.larkspur.edu/larkspur-ledger/a",
            "Larkspur Ledger",
            "larkspur.edu/larkspur-ledger",
        ),
        ("https://www.larkspur.edu/news/2026/a", "Larkspur University", "larkspur.edu"),
        ("https://www.larkspur.edu/news/2026/a", "Larkspur University News", "larkspur.edu"),
        # a folder that is no part of the name, and a publisher's section, stay the site's
        ("https://www.larkspur.edu/2026/a", "The Larkspur Ledger", "larkspur.edu"),
        ("https://www.harbourdaily.com/sport/a", "Harbour Daily Sport", "harbourdaily.com"),
    ],
)
def test_an_institutions_publication_in_a_folder_of_its_site_is_keyed_by_the_folder(
    no_network, url, site, key
):
    found = decide_outlet(OutletEvidence(url=url, html_site_name=site), "a.html")
    assert found.key == key
    assert found.name == site or key == registered_domain(url)


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        # h163: Blogger's country addresses, which the bundled list no longer holds, made
        # every blog saved from one country one outlet ("blogspot.mx")
        ("https://cronicadelvalle.blogspot.com.es/2026/03/a.html", "cronicadelvalle.blogspot.com"),
        ("https://www.cronicadelvalle.blogspot.mx/a.html", "cronicadelvalle.blogspot.com"),
        ("https://cronicadelvalle.blogspot.com/a.html", "cronicadelvalle.blogspot.com"),
        # the country address alone, a domain whose .com is no shared host, stay as they are
        ("https://blogspot.com.es/", "blogspot.com.es"),
        ("https://news.harbourdaily.de/a", "harbourdaily.de"),
        ("https://www.example.co.uk/a", "example.co.uk"),
    ],
)
def test_a_site_on_a_shared_hosts_country_address_is_its_com_host(no_network, url, domain):
    assert registered_domain(url) == domain


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://eastbankwatch.wordpress.com/2026/03/a/", "Eastbank Watch"),
        ("https://saltmarshdiary.wordpress.com/a/", "Saltmarsh Diary"),
    ],
)
def test_a_blogs_canonical_url_on_its_own_host_credits_no_reprint(no_network, url, site):
    # review h163: a blog on a shared host the suffix list lacks was credited as a reprint
    # of the platform's story (reprinted_from "wordpress.com"); its key stays its name, so
    # its platform host and its own domain printing one name stay one outlet
    evidence = OutletEvidence(url=url, url_from_html=True, html_site_name=site, page_site_name=site)
    found = decide_outlet(evidence, "a.html")
    assert found.reprinted_from is None
    assert found.key == f"name:{compact_name(site)}"


def test_a_syndicated_reprint_still_credits_the_canonical_domain(no_network):
    evidence = OutletEvidence(
        url="https://www.wireagency.com/story/1",
        url_from_html=True,
        html_site_name="Harbour Daily",
        page_site_name="Harbour Daily",
    )
    found = decide_outlet(evidence, "a.html")
    assert found.name == "Harbour Daily"
    assert found.reprinted_from == "wireagency.com"


@pytest.mark.parametrize("holder_field", ["copyright_holder", "notice_holder"])
def test_a_writers_host_on_a_platform_named_for_her_is_an_outlet_of_its_own(
    no_network, holder_field
):
    # review h264: a newsletter platform's writer subdomains ("Wendy Harrow" at
    # wendyharrow.letterpost.io, her publication "The Harrow Letter") were keyed by the
    # platform's domain, two writers one outlet; the notice names the host's owner
    evidence = OutletEvidence(
        url="https://maevecorrin.postbox.io/p/the-ferry-timetable",
        url_from_html=True,
        html_site_name="The Corrin Dispatch",
        page_site_name="The Corrin Dispatch",
        **{holder_field: "Maeve Corrin"},
    )
    found = decide_outlet(evidence, "a.html")
    assert found.key == "maevecorrin.postbox.io"
    assert found.name == "The Corrin Dispatch"
    # a section's host is nobody's, whoever signs the notice; nor a host whose label
    # the notice's holder does not spell
    section = replace(evidence, url="https://sport.postbox.io/p/a")
    assert not owners_host(section, section.url, "postbox.io")
    other = replace(evidence, **{holder_field: "Owen Tarrant"})
    assert not owners_host(other, other.url, "postbox.io")
    assert decide_outlet(other, "a.html").key != "maevecorrin.postbox.io"


def test_a_site_builders_generated_host_is_its_users_outlet(no_network):
    # review h272: two papers at hosts a site builder generated (words and a random
    # token) under one domain the suffix list lacks were one outlet, the builder's
    # domain, for every page keyed by its URL alone; their HTML pages read as reprints
    site = OutletEvidence(
        url="https://amber-heron-4kq2.pagesmith.com/news/ferry-timetable",
        url_from_html=True,
        html_site_name="The Quayside Courier",
        page_site_name="The Quayside Courier",
    )
    found = decide_outlet(site, "a.html")
    assert (found.key, found.name) == (
        "amber-heron-4kq2.pagesmith.com",
        "The Quayside Courier",
    )
    assert found.reprinted_from is None
    bare = OutletEvidence(url="https://amber-heron-4kq2.pagesmith.com/news/b")
    other = OutletEvidence(url="https://slate-otter-9x3m.pagesmith.com/news/c")
    keys = {decide_outlet(e, "b.txt").key for e in (bare, other)}
    assert keys == {"amber-heron-4kq2.pagesmith.com", "slate-otter-9x3m.pagesmith.com"}
    # a section's or an edition's host keeps its site's domain
    for label in ("news", "election-2026", "www2"):
        section = OutletEvidence(url=f"https://{label}.harbourdaily.com/a")
        assert decide_outlet(section, "c.txt").key == "harbourdaily.com"


def test_a_page_naming_its_parent_company_is_its_titled_sites_not_a_reprint(no_network):
    # review h264: a site whose markup (JSON-LD publisher) and notice name only its
    # parent company was read as a reprint of another publisher's story on its own
    # address, filed under the parent; its <title> names the address's site
    evidence = OutletEvidence(
        url="https://www.brackenfordtimes.com/news/a-new-school-1234",
        url_from_html=True,
        html_site_name="Harlow Vale Publishing Ltd",
        copyright_holder="Harlow Vale Publishing Ltd",
        html_title_parts=("A new school for the village", "Brackenford Times"),
    )
    found = decide_outlet(evidence, "a.html")
    assert found.key == "brackenfordtimes.com"
    assert found.name == "Brackenford Times"
    assert found.reprinted_from is None
    # a reprint's title names the reprinting site: still the canonical publisher's story
    reprint = replace(evidence, html_title_parts=("A new school", "Harlow Vale Publishing"))
    assert decide_outlet(reprint, "a.html").reprinted_from == "brackenfordtimes.com"


def test_a_papers_magazine_under_its_own_name_on_the_papers_address_is_the_paper(no_network):
    # review h232: a weekend magazine's page (og:site_name and masthead its own name, the
    # paper's canonical URL) read as a reprint of the paper's story, an outlet apart; its
    # closing notice is the paper's, so the address is the page's own
    evidence = OutletEvidence(
        url="https://www.tansleyherald.com/weekend/a-walk-on-the-dunes",
        url_from_html=True,
        html_site_name="Herald Saturday",
        page_site_name="Herald Saturday",
        notice_holder="The Tansley Herald",
    )
    found = decide_outlet(evidence, "a.html")
    assert found.key == "tansleyherald.com"
    assert found.reprinted_from is None
    reprint = replace(evidence, notice_holder="Herald Saturday Ltd")
    assert decide_outlet(reprint, "a.html").reprinted_from == "tansleyherald.com"


@pytest.mark.parametrize(
    "url",
    [
        # a snapshot's link typed or copied without the page's scheme (h247: two sites'
        # pages in one row, archive.org)
        "https://web.archive.org/web/20260303101500/www.harbourdaily.com/news/b",
        "https://web.archive.org/web/20260303101500id_/harbourdaily.com/news/b",
        "https://web.archive.org/web/2026*/www.harbourdaily.com/news/b",
        "https://wayback.archive-it.org/1234/20260303101500/www.harbourdaily.com/news/b",
        "https://archive.ph/2026.03.03-101500/www.harbourdaily.com/news/b",
    ],
)
def test_a_snapshot_naming_its_page_without_a_scheme_is_the_pages(no_network, url):
    assert registered_domain(url) == "harbourdaily.com"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/news/20260303/budget-report.html",  # a file, no host
        "https://www.example.com/2026/03/www-example-com-relaunch",
    ],
)
def test_a_sites_own_dated_path_is_its_own(no_network, url):
    assert registered_domain(url) == "example.com"


@pytest.mark.parametrize(
    ("name", "domain", "expected"),
    [
        # a name printed in Cyrillic is its transliterated domain's (h247: a Serbian
        # site's Cyrillic page without a URL was an outlet apart from its Latin pages)
        ("Кестрелске новине", "kestrelskenovine.rs", True),
        ("Вечерњи гласник", "vecernjiglasnik.rs", True),
        ("Кестрелске новине", "drinskiglas.rs", False),
    ],
)
def test_a_cyrillic_name_is_its_transliterated_domains(no_network, name, domain, expected):
    from analysis.clean.name_domain import name_spelled_by_domain

    assert name_spelled_by_domain(name, domain) is expected


def test_an_ascii_name_is_its_own_unaccented_form_without_unicode_tables(monkeypatch):
    """No ASCII character decomposes, combines or is one a domain spells otherwise: an
    ASCII name is returned as it is, without the two normalizations (the outlet names of
    a run are matched against every domain, mostly in ASCII)."""
    from analysis.clean import name_forms

    made_up = "".join(map(chr, range(128))) + " Harrowgate Evening Lamp 7"
    expected = {text: name_forms.unaccented(text) for text in (made_up, "Qx-Rill.news")}
    assert expected == {text: text for text in expected}

    class NoTables:
        def normalize(self, form: str, text: str) -> str:
            raise AssertionError(f"{form} asked of {text!r}")

    monkeypatch.setattr(name_forms, "unicodedata", NoTables())
    assert name_forms.unaccented(made_up) == made_up
    with pytest.raises(AssertionError):
        name_forms.unaccented("Grønvik Lamp")


@pytest.mark.parametrize(
    ("name", "domain", "matches"),
    [
        ("3 Rivers Ledger", "threeriversledger.com", True),  # review h280
        ("7 Borghi Notizie", "setteborghinotizie.it", True),
        ("7 Borghi Notizie", "7borghinotizie.it", True),
        ("3 Rivers Ledger", "threeoaksledger.com", False),  # another name's rest
        ("Rivers Ledger", "threeriversledger.com", True),  # containment, as before
    ],
)
def test_a_domain_may_spell_a_names_opening_number(name, domain, matches):
    assert name_matches_domain(name, domain) is matches


@pytest.mark.parametrize(
    ("name", "domain", "matches"),
    [
        ("Mount Alder Tribune", "mtaldertribune.com", True),  # review h280
        ("Saint Kerran Observer", "stkerranobserver.co.uk", True),
        ("The Fort Bellow Sentinel", "ftbellowsentinel.com", True),
        ("Mount Alder Tribune", "mtbirchtribune.com", False),  # another name's rest
        ("Mount Alder", "mtal.com", False),  # too short a rest
        ("Sainte Agathe Nouvelles", "steagathenouvelles.ca", True),
    ],
)
def test_a_domain_may_contract_a_names_first_word(name, domain, matches):
    assert name_matches_domain(name, domain) is matches
    assert name_matches_domain(name, domain, any_contraction=False) is matches


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Connecticut Post", "ctpost.com"),  # a state's postal code: dev_html's gold
        ("Norbury Times", "nytimes.com"),  # h367: a made-up site, h353's mixed folder
    ],
)
def test_any_first_words_first_and_last_letters_only_beside_its_address(name, domain):
    # a page printing the name beside its URL shows they are one; the run-level merge,
    # tying a name no page prints beside the address, reads the languages' contractions
    assert name_matches_domain(name, domain)
    assert not name_matches_domain(name, domain, any_contraction=False)
    assert name_matches_domain("The New York Times", "nytimes.com", any_contraction=False)


@pytest.mark.parametrize(
    "evidence",
    [
        OutletEvidence(export_outlet="Fenwick &amp; Dale Courier"),  # review h280's table
        OutletEvidence(
            url="https://fenwickdalecourier.example/news/a",
            html_site_name="Fenwick &amp;amp; Dale Courier",
        ),
        OutletEvidence(manifest_outlet="Fenwick &#38; Dale Courier"),
    ],
)
def test_a_name_left_with_its_character_references_is_decoded(evidence):
    # a scraper that did not decode "&amp;", a CMS that escaped it twice
    assert decide_outlet(evidence, "p").name == "Fenwick & Dale Courier"


@pytest.mark.parametrize(
    "url",
    [
        "http://192.0.2.77:8080/local-news/quay-wall-repairs-begin",
        "http://[2001:db8::5]/local-news/quay-wall-repairs-begin",
        "http://" + "q" * 56 + ".onion/news/quay-wall-repairs-begin",
    ],
)
def test_a_servers_address_is_filed_by_the_name_the_page_prints(no_network, url):
    """An origin's IP address or an onion mirror spells no name: the page printing its
    site's name is that name's, so it joins the site's pages at their own domain."""
    printed = decide_outlet(OutletEvidence(url=url, page_site_name="Marrowby Echo"), "p")
    assert (printed.name, printed.key) == ("Marrowby Echo", "name:marrowbyecho")
    # a page printing no name, or only the address, keeps the address
    assert decide_outlet(OutletEvidence(url=url), "p").key == registered_domain(url)
    bare = decide_outlet(OutletEvidence(url=url, html_site_name="192.0.2.77"), "p")
    assert bare.key == registered_domain(url)
    # a name's own domain is not an address
    own = decide_outlet(OutletEvidence(url="https://marrowbyecho.com/a", page_site_name="X"), "p")
    assert own.key == "marrowbyecho.com"


@pytest.mark.parametrize(
    "url",
    [
        "https://s3.eu-west-2.amazonaws.com/marrowby-projects/2026/flood-map/index.html",
        "https://s3.cn-north-1.amazonaws.com.cn/marrowby-projects/2026/flood-map/index.html",
    ],
)
def test_a_platforms_shared_host_itself_is_filed_by_the_name_the_page_prints(no_network, url):
    """A path-style bucket's address names the storage platform, not the newsroom whose
    page it serves: the page printing its site's name is that name's, as at a server's
    address; a page printing none keeps the address."""
    printed = decide_outlet(OutletEvidence(url=url, html_site_name="Marrowby Echo"), "p")
    assert (printed.name, printed.key) == ("Marrowby Echo", "name:marrowbyecho")
    assert decide_outlet(OutletEvidence(url=url), "p").key == registered_domain(url)
    # a user's own host under the platform's suffix is a site of its own
    bucket = "https://marrowby.s3.eu-west-2.amazonaws.com/flood-map/index.html"
    assert decide_outlet(OutletEvidence(url=bucket, html_site_name="Marrowby Echo"), "p").key == (
        "marrowby.s3.eu-west-2.amazonaws.com"
    )


def test_a_platforms_address_given_as_the_markups_name_does_not_hide_the_account(no_network):
    """A newsletter's archive page at its account's path on the sender's platform
    (``mailchi.mp/ACCOUNT/...``), whose markup gives the platform's host as the site's
    name, is filed by the name its notice prints, which the account spells."""
    url = "https://mailchi.mp/harwicknotes/ferry-fares-rise-4417723"
    evidence = OutletEvidence(
        url=url, url_from_html=True, html_site_name="mailchi.mp", copyright_holder="Harwick Notes"
    )
    outlet = decide_outlet(evidence, "p")
    assert (outlet.name, outlet.key) == ("Harwick Notes", "name:harwicknotes")
    # another account's page, or the platform's own page, stays the platform's
    other = replace(evidence, url="https://mailchi.mp/another-list/ferry-fares-rise-4417723")
    assert decide_outlet(other, "p").key == "mailchi.mp"
    own = replace(evidence, copyright_holder="Mailchimp")
    assert decide_outlet(own, "p").key == "mailchi.mp"


def test_a_hosts_label_writing_the_name_with_hyphens_is_no_proxied_host(no_network):
    """A platform's host for a site whose label is the site's name with "-" between its
    words is the host's, not the domain its last words would spell were the "-" a
    proxy's dots ("marrowby.news" of ``live-tamsin-marrowby-news.netlify.app``)."""
    url = "https://live-tamsin-marrowby-news.netlify.app/local/pier-reopens"
    outlet = decide_outlet(OutletEvidence(url=url, html_site_name="Tamsin Marrowby News"), "p")
    assert outlet.key == "live-tamsin-marrowby-news.netlify.app"
    # a proxy's host spelling the site's host still gives the site
    proxied = "https://www-marrowbyecho-news.translate.goog/local/pier-reopens"
    outlet = decide_outlet(OutletEvidence(url=proxied, html_site_name="Marrowby Echo"), "p")
    assert outlet.key == "marrowbyecho.news"


@pytest.mark.parametrize(
    ("name", "url", "key"),
    [
        ("Вечерний Затон", "https://zaton-vecher.ru/gorod/most", "zaton-vecher.ru"),
        ("港城晚报", "https://www.gcwb.com.cn/news/2026-12/04/content_1.htm", "gcwb.com.cn"),
        (
            "항구일보",
            "https://www.hangguilbo.co.kr/news/articleView.html?idxno=1",
            "hangguilbo.co.kr",
        ),
        # a name in Latin letters the domain does not spell stays a name of its own
        ("Valley Sports Weekly", "https://www.hostedpress.com/sports/1", "name:valleysportsweekly"),
    ],
)
def test_a_manifest_name_in_a_script_its_domain_cannot_spell_is_keyed_by_the_domain(
    no_network, name, url, key
):
    """A table's or manifest's outlet written in the site's own script beside a URL of
    Latin letters cannot be tested against the domain: the URL decides, so the rows
    naming the site in Latin letters, keyed by the domain, are the same outlet."""
    assert decide_outlet(OutletEvidence(manifest_outlet=name, url=url), "p").key == key


def test_a_masthead_over_a_company_notice_names_the_site_not_the_notices_head():
    # h322: "© 2026 Advertiser Media Group Ltd." is read "Advertiser"; the masthead over
    # it, which the domain spells too, is the site's fuller name
    evidence = OutletEvidence(
        url="https://ezproxy.example.ac.uk/login?url=https://www.brackenfieldadvertiser.co.uk/news/x",
        copyright_holder="Advertiser",
        masthead="The Brackenfield Advertiser",
    )
    outlet = decide_outlet(evidence, "p.txt")
    assert (outlet.name, outlet.key) == (
        "The Brackenfield Advertiser",
        "brackenfieldadvertiser.co.uk",
    )


def test_a_name_whose_words_a_hyphenated_label_writes_in_another_order_is_the_sites():
    # review h375 (htmly_blog_index_xog, chyrp_lite_blog_index_ng): the site's name was
    # not read as its domain's, and the cards were filed under the host (fails without)
    by_copyright = OutletEvidence(
        url="https://busoga-amawulire.ug/",
        copyright_holder="Amawulire ga Busoga",
        html_title_parts=("Amawulire ga Busoga", "Amawulire okuva mu Busoga"),
    )
    assert decide_outlet(by_copyright, "p.html").name == "Amawulire ga Busoga"
    by_title = OutletEvidence(
        url="https://ndonga-nkundana.na/", html_title_parts=("Oonkundana dhaNdonga",)
    )
    assert decide_outlet(by_title, "p.html").name == "Oonkundana dhaNdonga"
    # a headline's part of a title of two parts is never the site's name so
    headline = OutletEvidence(
        url="https://ndonga-nkundana.na/x",
        html_title_parts=("Oonkundana dhaNdonga ya shuna", "Ndonga"),
    )
    assert decide_outlet(headline, "p.html").name == "ndonga-nkundana.na"


def test_a_name_in_a_script_no_domain_spells_that_is_the_whole_title_is_the_sites():
    # review h375 (known_stream_entries_cr), h387 (typecho_default_index_hsn): a home
    # page titled by its site's name, which its markup or its notice gives too, was filed
    # under the host (fails without)
    marked = OutletEvidence(
        url="https://maskwacis-acimowina.ca/",
        html_site_name="ᐊᒋᒧᐏᓇ ᒪᐢᑿᒋᐢ",
        html_title_parts=("ᐊᒋᒧᐏᓇ ᒪᐢᑿᒋᐢ",),
    )
    assert decide_outlet(marked, "p.html").name == "ᐊᒋᒧᐏᓇ ᒪᐢᑿᒋᐢ"
    noticed = OutletEvidence(
        url="https://xiangyin-xb.cn/", copyright_holder="湘音小报", html_title_parts=("湘音小报",)
    )
    assert decide_outlet(noticed, "p.html").name == "湘音小报"
    # one cue alone is not enough
    alone = OutletEvidence(url="https://xiangyin-xb.cn/", html_title_parts=("湘音小报",))
    assert decide_outlet(alone, "p.html").name == "xiangyin-xb.cn"


def test_a_publication_on_a_platform_at_a_host_its_names_word_starts_spell():
    # a newsletter's host label spelling its name by its words' starts ("tollandst" of
    # "The Tolland Street Gazette"), the page naming only itself: the host's outlet, not
    # the platform's (review h428); a section's host keeps the domain
    url = "https://tollandst.letterbox.io/p/council-approves-rebuild"
    evidence = OutletEvidence(page_site_name="The Tolland Street Gazette", url=url)
    outlet = decide_outlet(evidence, "p")
    assert outlet.key == "tollandst.letterbox.io"
    assert outlet.name == "The Tolland Street Gazette"
    section = OutletEvidence(page_site_name="Example Sport", url="https://es.example.com/a")
    assert decide_outlet(section, "q").key == "example.com"
