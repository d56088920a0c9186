"""A link's forms on its way to a researcher: redirects, short links, IDN hosts (h144)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.domains import registered_domain
from analysis.clean.link_forms import (
    is_encoded_link,
    is_entry_link,
    is_reader_app_link,
    is_short_link,
    is_tracker_link,
    names_no_site,
    redirect_target,
    unicode_domain,
)
from analysis.clean.manifest import ManifestEntry
from analysis.clean.outlet import OutletEvidence, decide_outlet

STORY = "https://www.harbourvoice.com/news/pier-to-close-for-repairs"


@pytest.mark.parametrize(
    "url",
    [
        # a Google Alerts e-mail's link, Google's result link, Facebook's and Outlook's
        # link filters, LinkedIn's: h144 found two sites' pages in one row, google.com
        f"https://www.google.com/url?rct=j&sa=t&url={STORY}&ct=ga&cd=CAEYACoT&usg=AOvVaw3k",
        f"https://www.google.com/url?q={STORY}&sa=D&source=editors",
        "https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.harbourvoice.com%2Fnews%2Fpier&h=AT0x",
        "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.harbourvoice.com"
        "%2Fnews%2Fpier&data=05%7C02%7C&reserved=0",
        f"https://www.linkedin.com/redir/redirect?url={STORY}",
    ],
)
def test_a_redirectors_link_is_the_page_it_carries(url):
    assert registered_domain(url) == "harbourvoice.com"


def test_two_sites_google_alerts_links_are_two_outlets():
    keys = {
        decide_outlet(OutletEvidence(url=f"https://www.google.com/url?url={story}&ct=ga"), "p").key
        for story in (STORY, "https://kestreldaily.com.au/local/night-bus-axed")
    }
    assert keys == {"harbourvoice.com", "kestreldaily.com.au"}


@pytest.mark.parametrize(
    "query",
    [
        "next=https://www.example.com/story",  # a login's return address
        "q=budget+vote",  # a search, no URL
        "url=/news/story",  # a relative path
        "url=http://[a.b/x",  # a bad IPv6 literal: untrusted text, read as no URL
        "",
    ],
)
def test_a_query_holding_no_redirect_names_no_page(query):
    assert redirect_target(query) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://bit.ly/3xKq9Zp",
        "https://t.co/Zq3kLm8Rt",
        "http://nyti.example/4aXq9",
        "https://t.co/BysaFNGak2",
        "https://on.example.com/a5mh",
        # an app's deep link, its kind's letter before the token (review h151 item 3)
        "https://harwickstandard.app.link/e/Kd81mQz",
        # a share service's longer base64 id (review h280: two sites' pages one row)
        "https://apple.news/AkT3vQpZr8WmXy2LbNcD4eF",
        "https://share.example/AYyxNx3hfQzmwMQOZDyCAkw",
    ],
)
def test_a_short_link_names_no_site(url):
    assert is_short_link(url)
    # a page whose only URL is a short link is filed by what it prints, not under the
    # shortener: h144 found two sites' pages in one row, bit.ly
    outlet = decide_outlet(OutletEvidence(url=url, page_site_name="Pennock Weekly"), "p")
    assert (outlet.key, outlet.source) == ("name:pennockweekly", "page")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/news/budget-vote",
        "https://www.example.com/2026",  # digits only
        "https://www.example.com/about",  # a word
        "https://www.example.com/a1b2c3?page=2",  # a query
        "https://www.example.com/news/a1b2c3",  # two segments
        "https://www.example.com/e/news/a1b2c3",  # three
        "https://www.example.com/E/a1b2c3",  # a capital letter's segment
        "https://www.example.com/",
        "https://www.example.com/abcdefghij0123456789",  # longer than a token
        "https://www.example.com/cloud100/",  # a word and its number: a list's page
        "https://www.example.com/Giving2018",
        # words in CamelCase with a year: no share token
        "https://www.example.com/CouncilVotesToExtend2026",
        "https://www.example.com/Budget2026Highlights",
        "https://www.example.com/ab12cd34ef56ab78cd90",  # a hex id, one case
    ],
)
def test_a_pages_own_url_is_no_short_link(url):
    assert not is_short_link(url)
    assert decide_outlet(OutletEvidence(url=url), "p").key == "example.com"


def test_one_host_in_unicode_and_in_ascii_is_one_outlet():
    # h144: a manifest giving some rows' host as xn-- and others' in Unicode made two rows
    assert registered_domain("https://www.xn--frstenauer-bote-zvb.de/lokales/a") == (
        "fürstenauer-bote.de"
    )
    assert registered_domain("https://www.fürstenauer-bote.de/lokales/b") == "fürstenauer-bote.de"
    assert unicode_domain("example.com") == "example.com"
    assert unicode_domain("xn--zz-.com") == "xn--zz-.com"  # not decodable: as it is


def test_a_malformed_url_is_no_short_link_and_a_redirect_to_one_is_its_own():
    assert not is_short_link("http://[abc/x")
    assert registered_domain("https://www.example.com/url?url=http://[a.b/x") == "example.com"


GOOGLE_NEWS = (
    "https://news.google.com/rss/articles/CBMiBY0A39ENWZqhpRO-6zVY6fPwVrNMRLLzaOFhghdBHCWO044FFX9W"
    "Cg_8qYqZXwdoN4yNojmikgat67XgO_ey8W?oc=5"
)


def test_an_aggregators_encoded_link_names_no_site():
    # h144: two sites' pages whose only URL was a Google News feed's article link were
    # one row, google.com; the page is now filed by the name it prints
    assert is_encoded_link(GOOGLE_NEWS)
    assert names_no_site(GOOGLE_NEWS) and names_no_site("https://bit.ly/3xKq9Zp")
    outlet = decide_outlet(OutletEvidence(url=GOOGLE_NEWS, page_site_name="The Marsh Star"), "p")
    assert (outlet.key, outlet.source) == ("name:marshstar", "page")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/news/articles/c4gl3kx0np1o",  # a short id in one case
        "https://www.example.com/content/6f2a9c1e-0b7d-4c8e-9a3f-2d1b5e7c9f04",  # a UUID
        "https://www.example.com/2026/03/03/council-votes-to-extend-the-harbour-wall-by-40m",
        "https://www.example.com/News/Local/CouncilVotesToExtendTheHarbourWall2026",  # CamelCase
        "https://www.example.com/article/a1b2c3d4e5f60718293a4b5c6d7e8f90",  # hex
    ],
)
def test_a_sites_own_long_path_is_no_encoded_link(url):
    assert not is_encoded_link(url)
    assert decide_outlet(OutletEvidence(url=url), "p").key == "example.com"


@pytest.mark.parametrize(
    "url",
    [
        # a search engine's result links: its own parameter, the URL percent-encoded in
        # the path, the URL in base64 after a mark; a social network's link check; a mail
        # filter's escaped link; a dereferrer's whole query (h247: two sites' pages in one
        # row under each of these hosts)
        "https://duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.harbourvoice.com%2Fnews%2Fpier&rut=9f3c",
        "https://r.search.yahoo.com/_ylt=AwrE1x;_ylu=Y29sbw/RV=2/RE=1772/RO=10"
        "/RU=https%3a%2f%2fwww.harbourvoice.com%2fnews%2fpier/RK=2/RS=Qx9-",
        "https://www.bing.com/ck/a?!&&p=9d1e&ptn=3&ver=2&u=a1aHR0cHM6Ly93d3cuaGFyYm91cnZvaWNlLmNvbS9uZXdzL3BpZXI&ntb=1",
        "https://vk.com/away.php?to=https%3A%2F%2Fwww.harbourvoice.com%2Fnews%2Fpier&cc_key=",
        "https://urldefense.proofpoint.com/v2/url?u=https-3A__www.harbourvoice.com_news_pier-2Dto-2Dclose&d=DwMFaQ&e=",
        f"https://href.li/?{STORY}",
    ],
)
def test_a_links_own_form_of_carrying_the_page_is_the_page(url):
    assert registered_domain(url) == "harbourvoice.com"


@pytest.mark.parametrize(
    "url",
    [
        # a site's own page with another URL in its query stays that site's page
        "https://www.example.com/news/pier-to-close?ref=https://www.othersite.org/list",
        "https://accounts.example.com/login?next=https://www.example.com/news/pier",
        "https://www.example.com/news/48213?ref=https://www.othersite.org/list",
        "https://www.example.com/search?term=harbour&page=2",
    ],
)
def test_a_sites_own_page_with_a_url_in_its_query_is_its_own(url):
    assert registered_domain(url) == "example.com"


@pytest.mark.parametrize(
    "url",
    [
        "https://morningnotes.us7.list-manage.com/track/click?u=1a2b3c4d&id=9e8f7a6b&e=0c1d2e3f",
        "https://u1234567.ct.mailer.example/ls/click?upn=Qm9ndXNUb2tlbkhlcmU-2BQm9n-3D",
        "https://letters.example/redirect/6f2a9c1e-0b7d-4c8e?j=eyJ1IjoiMTIzIn0",
    ],
)
def test_a_click_trackers_link_names_no_site(url):
    # review h280: a newsletter's tracker links to two sites' stories made one row
    # under the mail service's domain; the page is filed by the name it prints
    assert is_tracker_link(url) and names_no_site(url)
    outlet = decide_outlet(OutletEvidence(url=url, page_site_name="The Marsh Star"), "p")
    assert (outlet.key, outlet.source) == ("name:marshstar", "page")


def test_a_sites_own_click_page_or_a_carried_target_is_no_tracker():
    # a story's slug naming the word is the site's page; a link carrying its target is
    # read through it, as before
    assert not is_tracker_link("https://www.example.com/news/click-and-collect-lockers-open")
    carried = "https://www.example.com/track/click?url=https://www.example.org/story"
    assert not is_tracker_link(carried)
    assert registered_domain(carried) == "example.org"


@pytest.mark.parametrize(
    "url",
    [
        "https://getpocket.com/read/4102938475",
        "https://www.readlater.example/read/1688204513",
        "https://bag.somebody.example/share/9c41e07ab2d35",
    ],
)
def test_a_read_it_later_apps_link_names_no_site(url):
    # review h288: Pocket, Instapaper and wallabag links to two sites' stories made one
    # row under the app's (or the researcher's) host; the page is filed by what it prints
    assert is_reader_app_link(url) and names_no_site(url)
    outlet = decide_outlet(OutletEvidence(url=url, page_site_name="The Marsh Star"), "p")
    assert (outlet.key, outlet.source) == ("name:marshstar", "page")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/read/bridge-reopens-after-repairs",
        "https://www.example.com/share/local-news",
        "https://www.example.com/read/2026",
        "https://www.example.com/news/read/4102938475",
        "https://www.example.com/read/4102938475?page=2",
    ],
)
def test_a_sites_own_read_or_share_page_stays_its_own(url):
    assert not is_reader_app_link(url)
    assert registered_domain(url) == "example.com"


@pytest.mark.parametrize("url", ["https://t.co/wUxPOtpUeA", "https://sho.rt.example/qTbRvMkLe"])
def test_a_short_links_token_of_letters_only_names_no_site(url):
    # review h288: a social-listening export's t.co link whose token held no digit was
    # read as a site's page, one row 't.co' of the account's stories
    assert is_short_link(url) and names_no_site(url)


@pytest.mark.parametrize(
    "path", ["AboutUs", "LiveTV", "NewsFAQ", "McDonaldsUK", "ContactUsToday", "iPhoneXsMax"]
)
def test_a_sites_own_camel_case_page_is_no_short_link(path):
    assert not is_short_link(f"https://www.example.com/{path}")


@pytest.mark.parametrize(
    "url",
    [
        "https://perma.example/ZKR5-HXT7",
        "https://reader.example/unread/entry/4317",
        "https://platform.example/home/post/p-148440601",
        "https://feeds.example/i/entry/q8xv2kd0wz=_1a2b3c:00f1:9e8d",
        "https://us1.archive.example/?u=28b1d5a0&id=c08094ff",
    ],
)
def test_an_archives_or_readers_entry_link_holds_ids_alone(url):
    # review h296's 'Left': archive ids, a reader's entry view, a platform app's post
    # link and a mail archive's query of ids name no site
    assert is_entry_link(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/news/4317-ferry-timetable-cut",
        "https://www.example.com/news/ferry-timetable-cut",
        "https://www.example.com/local/schools/2026/12/03/ferry-timetable-cut",
        "https://www.example.com/?s=ferry",
        "https://www.example.com/about",
        "https://www.example.com/news/a-2",  # a page's number, no id
        # a slug's word beside a year or a number (the CI found these after h308)
        "https://www.example.com/news/ferry-2026",
        "https://www.example.com/archives/harbour_gazette_2020",
        "https://www.example.com/news/Ferry-2026",
    ],
)
def test_a_storys_own_slug_or_a_search_is_no_entry_link(url):
    assert not is_entry_link(url)


def test_a_page_at_an_entry_link_is_filed_by_the_name_it_prints():
    archived = OutletEvidence(
        url="https://perma.example/ZKR5-HXT7", page_site_name="Quillby Falls Courier"
    )
    outlet = decide_outlet(archived, "a.txt")
    assert outlet.key == "name:quillbyfallscourier"
    # the mail archive's markup names its own host: no name, the notice's holder decides
    mailed = OutletEvidence(
        url="https://us1.archive.example/?u=28b1d5a0&id=c08094ff",
        html_site_name="us1.archive.example",
        copyright_holder="The Tarrow Letter",
    )
    assert decide_outlet(mailed, "b.html").key == "name:tarrowletter"


def test_a_sites_own_page_at_an_id_keeps_its_domain():
    own = OutletEvidence(
        url="https://www.quillbyfalls.com/article/4317",
        page_site_name="Quillby Falls Courier",
    )
    assert decide_outlet(own, "a.txt").key == "quillbyfalls.com"
    unnamed = OutletEvidence(url="https://perma.example/ZKR5-HXT7")
    assert decide_outlet(unnamed, "b.txt").key == "perma.example"


def test_a_name_in_another_script_than_the_address_keeps_its_domain():
    # outlets_h264's Hindi site at /news/ID: its name in Devanagari spells no Latin
    # domain, and cannot be told from the site's own (made-up name)
    own = OutletEvidence(
        url="https://www.tarangsamachar.in/news/983439", html_site_name="तरंग समाचार"
    )
    assert decide_outlet(own, "a.html").key == "tarangsamachar.in"


def _share(url: str) -> str:
    return "\n\n".join(
        [
            "Newsfeedly",
            "Residents split over bin collections",
            "Quillby Falls Courier\nDec. 2, 2026",
            "Councillors voted on Tuesday to go ahead with the plan after a long debate.",
            "Opposition councillors asked for a second consultation, which was turned down.",
            "Read the full story at Quillby Falls Courier ›",
            "Get Newsfeedly for iPhone and Android\nNewsfeedly · About · Terms",
        ]
    )


def test_an_apps_share_link_sending_the_reader_on_is_the_papers():
    # outlets_h338's SmartNews-like shares: the app's masthead over the copy, the paper
    # only in the note sending the reader on; filed by the app, three papers were one row

    for token, paper in (("k7Tq2Xw", True), ("news/bins-vote-split", False)):
        url = f"https://newsfeedly.link/s/{token}" if paper else f"https://newsfeedly.com/{token}"
        facts = PageFacts(manifest=ManifestEntry(file="a.txt", url=url))
        row = extract_articles(_share(url), name="a.txt", facts=facts).iloc[0]
        if paper:
            assert (row["outlet"], row["outlet_key"]) == (
                "Quillby Falls Courier",
                "name:quillbyfallscourier",
            )
        else:  # the aggregator's own page of the copy: the aggregator's (outlets_h306)
            assert row["outlet_key"] == "newsfeedly.com"
