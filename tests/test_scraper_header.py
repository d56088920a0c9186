"""analysis.clean.scraper_header: the "label: value" header some scrapers print on top."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.headline import find_title_line
from analysis.clean.read import page_from_bytes
from analysis.clean.scraper_header import (
    header_byline,
    header_date,
    header_site,
    header_url,
    is_description_field,
    is_site_field,
    saved_date_lines,
)
from analysis.clean.site_name import page_site_name

PROSE = [
    "The city council approved the rail budget on Tuesday after a long debate about "
    "fares, stations and the new depot near the river.",
    "",
    "Council members said the rail line would open next spring if the depot is finished "
    "on time, and fares would stay at today's level.",
]


@pytest.mark.parametrize("label", ["source", "Publisher", "site", "Site Name", "site_name"])
@pytest.mark.parametrize("gap", ["", "\n"])  # reader services print a blank line between
def test_a_site_label_in_the_header_names_the_site_and_is_no_headline(label, gap):
    header = f"title: Council approves rail budget\n{gap}{label}: Example Courier\n{gap}"
    lines = (header + "published: March 3, 2026\n").split("\n") + PROSE
    site_line = lines.index(f"{label}: Example Courier")
    assert header_site(lines) == (site_line, len(label) + 2, len(label) + 2 + 15)
    assert is_site_field(lines, site_line)
    assert page_site_name(lines).name == "Example Courier"
    assert find_title_line(lines, lines.index(PROSE[0])) == 0


@pytest.mark.parametrize("label", ["description", "summary", "excerpt"])
def test_a_headers_description_field_is_no_headline(label):
    # review h427: trafilatura's txt header gives the meta description, the lede worded
    # as it is, over the headline the text prints again; the headline is the title
    lede = PROSE[0].rstrip(".")
    header = [
        "---",
        "title: Council approves rail budget",
        "author: Example Courier",
        f"{label}: {lede}",
        "sitename: Example Courier",
        "date: 2026-03-03",
        "---",
    ]
    lines = [*header, "Council approves rail budget", *PROSE]
    assert is_description_field(lines, 3)
    assert not is_description_field(lines, 1)
    assert find_title_line(lines, len(header) + 1) in {1, len(header)}
    page = page_from_bytes("\n".join(lines).encode(), "dump.txt", "dump.txt")
    assert extract_articles(page.text, name=page.name)["title"].tolist() == [
        "Council approves rail budget"
    ]


def test_the_header_opening_markdown_front_matter_counts():
    lines = ["---", "title: Council approves rail budget", "publisher: Example Courier", "---"]
    assert header_site(lines + PROSE) == (2, 11, 26)


@pytest.mark.parametrize(
    "top",
    [
        ["source: Example Courier"],  # one line is no header block
        ["Council approves rail budget", "", "source: Example Courier", "published: today"],
        ["title: Council approves rail budget", "source: https://example.com/rail"],  # an address
        ["title: Council approves rail budget", "author: Jane Doe"],  # no site label
    ],
)
def test_no_header_block_at_the_top_or_no_site_name_in_it_names_no_site(top):
    assert header_site([*top, "", *PROSE]) is None


def test_a_mail_headers_folded_field_does_not_end_the_block():
    # review h102 N11: a saved .eml's "Received:" field goes on over a tab-indented line;
    # the block ended there, the sender was never read and the outlet was the masthead's
    # capitals ("EXAMPLE COURIER | MORNING BRIEF")
    top = [
        "Return-Path: <news@mail.example.org>",
        "Received: from mta.mail.example.org (mta.mail.example.org [192.0.2.1])",
        "\tby mx.example.net with ESMTPS id 4f1ab2; Thu, 03 Dec 2026 06:02:11 -0500",
        "From: The Example Courier <news@mail.example.org>",
        "Subject: Morning brief",
        "",
        "EXAMPLE COURIER | MORNING BRIEF",
        "",
    ]
    assert header_site(top + PROSE) == (3, 6, 25)
    assert page_site_name(top + PROSE).name == "The Example Courier"
    # an indented line right under a one-line block still ends nothing it should not
    assert header_site(["From: The Example Courier", "\tby mx.example.net", *PROSE]) is None


@pytest.mark.parametrize(
    "top",
    [
        ["From: Marcus Heil <marcus@example.net>", "Date: Thu, 3 Dec 2026 08:12:00 +0100",
         "Subject: Fwd: Council approves rail budget"],
        ["From: Marcus Heil", "Sent: Thursday, December 3, 2026 8:12 AM",
         "Subject: FW: Council approves rail budget"],
    ],
)  # fmt: skip
def test_a_forwarded_mails_sender_and_date_are_the_forwarders(top):
    # review h120 R4: the person who forwarded a story was its outlet, the day of the
    # forward its date
    page = [*top, "", "Council approves rail budget", "", *PROSE]
    assert header_date(page) is None
    assert page_site_name(page) is None or page_site_name(page).name != "Marcus Heil"
    date = "Date: Thu, 3 Dec 2026 08:12:00 +0100"
    own = ["From: The Example Courier <news@example.org>", date, "Subject: Morning brief"]
    assert header_date([*own, "", *PROSE]) is not None  # the site's own newsletter


CLIPPING = [
    "---",
    'title: "Council approves rail budget"',
    'source: "https://www.example-courier.com/politics/2026/03/03/rail-budget/"',
    "author:",
    '  - "[[Jane Doe]]"',
    "published: 2026-03-03",
    "created: 2026-03-10",
    "tags:",
    '  - "clippings"',
    "---",
    "# Council approves rail budget",
    "",
    *PROSE,
    "",
    "Council members will vote on the depot's contracts next month, the mayor's office said.",
]


def test_a_web_clippings_front_matter_gives_the_address_and_date_not_the_day_it_was_saved():
    # Obsidian's and MarkDownload's front matter: quoted values, a list under "author:",
    # the page's publication date and the day the user clipped it
    assert (
        header_url(CLIPPING) == "https://www.example-courier.com/politics/2026/03/03/rail-budget/"
    )
    assert header_date(CLIPPING) == (5, 11, 21)
    assert saved_date_lines(CLIPPING) == frozenset({6})
    (article,) = extract_articles("\n".join(CLIPPING) + "\n", name="clip.md").itertuples()
    assert article.outlet_key == "example-courier.com" and article.outlet_source == "url"
    assert article.published == "2026-03-03"
    assert article.url == "https://www.example-courier.com/politics/2026/03/03/rail-budget/"


def test_a_web_clippings_author_is_the_byline_and_a_block_scalar_is_its_value():
    # the author under "author:" as a list (Obsidian) or a YAML block scalar "author: |"
    # (Omnivore) was no byline, and "title: |" no title (review finding h102 N2)
    (article,) = extract_articles("\n".join(CLIPPING) + "\n", name="clip.md").itertuples()
    assert article.byline == "Jane Doe"
    omnivore = [
        "---",
        "id: 8c1f2a3e-55b1-11ef-9b0a-8f1c2d3e4f50",
        "title: |",
        "  Council approves rail budget",
        "author: |",
        "  Jane Doe",
        "url: https://www.example-courier.com/politics/rail-budget",
        "---",
        "",
        "[Read on Omnivore](https://omnivore.app/me/rail-budget)",
        "",
        *PROSE,
    ]
    (article,) = extract_articles("\n".join(omnivore) + "\n", name="clip.md").itertuples()
    assert (article.title, article.byline) == ("Council approves rail budget", "Jane Doe")
    assert header_byline(omnivore) == (5, 2, 10)


def test_a_list_of_authors_in_brackets_is_left_to_the_byline_finder():
    page = ["URL: https://example.com/a", "Authors: ['Jane Doe', 'Al Roe']", "", *PROSE]
    assert header_byline(page) is None


def test_an_extensions_saved_date_is_not_the_storys():
    page = [
        "URL: https://www.example-courier.com/news/rail-budget",
        "Saved: 2026-03-10 21:14:03",
        "Title: Council approves rail budget | Example Courier",
        "",
        "Example Courier",
        "",
        "Council approves rail budget",
        "",
        *PROSE,
    ]
    (article,) = extract_articles("\n".join(page) + "\n", name="saved.txt").itertuples()
    assert article.published is None
    assert article.outlet_key == "example-courier.com"


# (as the page is read: Markdown's heading and image marks off)
READER_EXPORT = [
    "Council approves rail budget",
    "",
    "cover",
    "",
    "Metadata",
    "- Author: [[Jane Doe]]",
    "- Full Title: Council approves rail budget",
    "- Category: #articles",
    "- Published Date: 2026-03-03",
    "- URL: https://www.example-courier.com/politics/rail-budget",
    "",
    "Full Document",
    *PROSE,
]


def test_a_reader_exports_metadata_list_gives_the_address_author_and_date():
    # a '- Label: value' list under the headline was not read: byline "Full Document",
    # outlet "unknown site" (review finding h102 N2)
    assert header_url(READER_EXPORT) == "https://www.example-courier.com/politics/rail-budget"
    assert header_byline(READER_EXPORT) == (5, 12, 20)
    assert header_date(READER_EXPORT) == (8, 18, 28)
    page = "\n".join(READER_EXPORT) + "\n"
    (article,) = extract_articles(page, name="clip.md").itertuples()
    assert (article.byline, article.published) == ("Jane Doe", "2026-03-03")
    assert article.outlet_key == "example-courier.com"
    assert article.title == "Council approves rail budget"


@pytest.mark.parametrize(
    "items",
    [
        # a story's list of facts: no address among them
        ["- Date: Saturday, March 7", "- Source: the council's minutes", "- Place: Town hall"],
        # one known label only
        ["- Venue: Town hall", "- URL: https://www.example-courier.com/events"],
    ],
)
def test_a_list_of_fields_that_gives_no_pages_address_is_no_header(items):
    page = ["Council approves rail budget", "", *items, "", *PROSE]
    assert header_url(page) is None and header_date(page) is None


def test_a_clippers_excerpt_in_a_markdown_quotation_is_no_headline():
    # MarkDownload prints the story's excerpt as a quotation under the headline: it was
    # the title (review finding h102 N2)
    page = [
        "---",
        "source: https://www.example-courier.com/politics/rail-budget",
        "author: Jane Doe",
        "---",
        "",
        "Council approves rail budget",
        "",
        "> ## Excerpt",
        "> " + PROSE[0][:90] + "…",
        "",
        "---",
        "Politics | 03.03.2026",
        "",
        *PROSE,
    ]
    (article,) = extract_articles("\n".join(page) + "\n", name="clip.md").itertuples()
    assert article.title == "Council approves rail budget"


WAYBACK_TOOLBAR = [
    "The Wayback Machine - https://web.archive.org/web/20261117101500/"
    "https://www.harwickstandard.com/news/2026/library-sundays",
    "INTERNET ARCHIVE",
    "Wayback Machine",
    "47 captures",
]
ARCHIVE_TODAY_TOOLBAR = [
    "archive.today",
    "webpage capture",
    "Saved from",
    "https://www.harwickstandard.com/news/2026/library-sundays",
    "search",
    "11 Nov 2026 10:15:00 UTC",
]


#: review finding h178: archive.today's toolbar as a text browser prints it, the label
#: and the address on one line, under the archive's host (read as the site's name)
ARCHIVE_TODAY_ONE_LINE = [
    "archive.ph",
    "Saved from https://www.harwickstandard.com/news/2026/library-sundays",
    "3 Dec 2026 10:14:22 UTC",
    "https://archive.ph/Xq7Pd",
]


@pytest.mark.parametrize("toolbar", [ARCHIVE_TODAY_ONE_LINE])
def test_an_archives_saved_from_label_beside_its_address_gives_the_pages_url(toolbar):
    page = [*toolbar, "", "Library opens on Sundays", "", *PROSE]
    assert header_url(page) == "https://www.harwickstandard.com/news/2026/library-sundays"
    assert extract_articles("\n".join(page)).iloc[0]["outlet_key"] == "harwickstandard.com"


@pytest.mark.parametrize("toolbar", [WAYBACK_TOOLBAR, ARCHIVE_TODAY_TOOLBAR])
def test_a_web_archives_toolbar_on_top_gives_the_pages_url(toolbar):
    # review finding h151 item 6: the copy was filed by the name the page prints, or by
    # a host the toolbar prints as a line; the address it saved is the page's own
    page = [*toolbar, "", "Library opens on Sundays", "", *PROSE]
    assert header_url(page) == toolbar[0 if toolbar is WAYBACK_TOOLBAR else 3].split(" - ")[-1]
    row = extract_articles("\n".join(page)).iloc[0]
    assert row["outlet_key"] == "harwickstandard.com"


@pytest.mark.parametrize(
    "top",
    [
        # a name and the site's own address, no snapshot: a masthead line, no toolbar
        ["Harwick Standard - https://www.harwickstandard.com/"],
        # an address under a "Saved from" label far down the page is a story's line
        [*["A line of the story."] * 14, "Saved from", "https://www.harwickstandard.com/x"],
        [*["A line of the story."] * 14, "Saved from https://www.harwickstandard.com/x"],
        # a sentence saying where a text was saved from is no toolbar
        ["Saved from https://www.harwickstandard.com/x by a reader, this copy circulated."],
    ],
)
def test_a_name_over_an_address_is_no_toolbar(top):
    assert header_url([*top, "", *PROSE]) is None


_DUMP = (
    "Flooded underpass in Tarnby to be rebuilt\nVon Hanna Quist\nApril 17, 2026\n\n"
    "The underpass in Tarnby has flooded 33 times since the summer, and the council said "
    "on Tuesday that it would be rebuilt next year.\n\nWork is planned to start in March "
    "and last about nine months, the council said."
)


@pytest.mark.parametrize(
    "url",
    [
        "HTTPS://WWW.XN--TRNBY-BOTE-Q5A.DE:443/lokales/a",  # upper case, a port
        "https://tärnby-bote.de./lokales/b",  # Unicode host, a trailing dot
        "https://www.xn--trnby-bote-q5a.de/lokales/c",
    ],
)
def test_a_lone_url_line_atop_a_dump_is_the_pages_address_and_names_its_site(url):
    page = f"URL: {url}\n\n{_DUMP}"
    assert header_url(page.split("\n")) == url
    row = extract_articles(page, "x.txt").iloc[0]
    assert (row["url"], row["outlet"], row["outlet_key"]) == (url, *["tärnby-bote.de"] * 2)


def test_a_web_archive_records_address_in_angle_brackets_is_the_pages_address():
    # WARC/0.x records and some tools write the target URI in angle brackets (review
    # h188 item 3: the page read as it is saved was filed as unknown)
    url = "https://www.quarrendonpost.co.uk/local/bridge-repairs"
    record = [f"WARC-Target-URI: <{url}>" if "Target" in line else line for line in WARC_RECORD]
    saved = "\n".join([*record, "Bridge repairs to close the main road", "", *PROSE]) + "\n"
    text = page_from_bytes(saved.encode(), "warc.txt", "warc.txt").text
    assert header_url(text.split("\n")) == url
    (article,) = extract_articles(text, name="warc.txt").itertuples()
    assert article.outlet_key == "quarrendonpost.co.uk"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.quarrendonpost.co.uk/local/underpass-rebuilt",
        # a reading proxy's address, its page's address in its query, plain and encoded
        # (review h188 item 4: filed as unknown, or by a host read from the encoded text)
        "https://unwall.example.io/proxy?q=https://www.quarrendonpost.co.uk/local/underpass",
        "https://unwall.example.io/proxy?q=https%3A%2F%2Fwww.quarrendonpost.co.uk%2Flocal%2Fa",
    ],
)
def test_an_address_alone_atop_a_dump_is_the_pages_address(url):
    page = f"{url}\n\n{_DUMP}"
    assert header_url(page.split("\n")) == url
    row = extract_articles(page, "x.txt").iloc[0]
    assert (row["url"], row["outlet_key"]) == (url, "quarrendonpost.co.uk")


@pytest.mark.parametrize(
    "top",
    [
        # an address in a sentence, or under the headline: no address of the page's own
        "See https://www.quarrendonpost.co.uk/local/a for the plans",
        "Flooded underpass to be rebuilt\nhttps://www.quarrendonpost.co.uk/local/a",
    ],
)
def test_an_address_in_a_line_or_under_the_headline_is_no_pages_address(top):
    assert header_url(f"{top}\n\n{_DUMP}".split("\n")) is None


def test_a_lone_source_line_atop_a_dump_is_no_address_of_its_own():
    # over a reprint, "Source:" credits the first publisher, not the page's own site
    assert header_url(f"Source: https://www.example-courier.com/a\n\n{_DUMP}".split("\n")) is None


WARC_RECORD = [
    "WARC/1.0",
    "WARC-Type: response",
    "WARC-Date: 2026-12-04T10:01:09Z",
    "WARC-Record-ID: <urn:uuid:6f1b9d2e-0c4a-4e55-9a7b-1d2c3e4f5a6b>",
    "WARC-Target-URI: https://www.harlowbaycourier.co.uk/news/bridge-repairs",
    "Content-Type: application/http; msgtype=response",
    "",
]


def test_a_web_archive_records_header_gives_the_pages_address_not_its_date():
    # a text dump cut from a crawl's WARC file keeps the record's header: its target
    # URI is the page's address (h188: no site named in the text, filed as unknown)
    page = [*WARC_RECORD, "Bridge repairs to close the main road", "", "By Jane Roe", "", *PROSE]
    assert header_url(page) == "https://www.harlowbaycourier.co.uk/news/bridge-repairs"
    assert saved_date_lines(page) == frozenset({2})
    (article,) = extract_articles("\n".join(page) + "\n", name="warc.txt").itertuples()
    assert article.outlet_key == "harlowbaycourier.co.uk"
    assert article.published is None


def test_a_channel_scrapers_channel_label_names_the_site_without_its_handle():
    # a Telegram post saved by a scraper: "Channel: NAME (@handle)" (review h287)
    top = [
        "Channel: Example Courier (@examplecourier)",
        "Post: https://t.me/examplecourier/2841",
        "Date: 2026-03-03 15:20:00+00:00",
        "",
    ]
    assert header_site(top + PROSE) == (0, 9, 24)
    assert page_site_name(top + PROSE).name == "Example Courier"


_TOML_PAGE = [
    "+++",
    'title = "Harbour bridge reopens after repairs"',
    "date = 2025-04-02T09:40:00+01:00",
    'authors = ["Ana Ruiz", "Tom Hale"]',
    "draft = false",
    "",
    "[params]",
    'site = "Example Courier"',
    "+++",
    "",
    *PROSE,
]


def _value(lines, found):
    line, start, end = found
    return lines[line][start:end]


def test_toml_front_matter_gives_the_site_date_author_and_headline():
    # a Hugo source's front matter between "+++" lines (review h305)
    lines = _TOML_PAGE
    assert _value(lines, header_site(lines)) == "Example Courier"
    assert _value(lines, header_date(lines)) == "2025-04-02T09:40:00+01:00"
    assert _value(lines, header_byline(lines)) == "Ana Ruiz"
    text = "\n".join(lines) + "\n"
    (article,) = extract_articles(text, name="harbour-bridge.md").itertuples()
    assert (article.title, article.outlet, article.published) == (
        "Harbour bridge reopens after repairs",
        "Example Courier",
        "2025-04-02",
    )


def test_an_unclosed_toml_block_is_no_header():
    lines = _TOML_PAGE[:8] + _TOML_PAGE[9:]  # no closing "+++"
    assert header_site(lines) is None
    assert header_byline(lines) is None


def test_a_clippers_quoted_front_matter_title_is_the_headline_without_its_quotes():
    # Obsidian's Web Clipper and Omnivore write the title as a quoted YAML value and
    # print no heading: the headline was read off the field's line with the quotes
    text = "\n".join(
        [
            "---",
            'title: "Kiptaiyat ab Kapsabet kogoen temik kerichek"',
            'source: "https://kapsabetnews.example/2026/12/01/temik"',
            "author:",
            '  - "[[Jane Roe]]"',
            "published: 2026-12-01",
            "---",
            "The yard finished the work ahead of the winter timetable, the operator said on "
            "Monday, and the ferry will sail again from Friday with a new crew.",
            "",
            "The old engine had run for thirty years and failed twice last winter, leaving "
            "the island without a crossing for days.",
        ]
    )
    page = page_from_bytes(text.encode(), "clip.md", "clip.md")
    title = extract_articles(page.text, name="clip.md").iloc[0]["title"]
    assert title == "Kiptaiyat ab Kapsabet kogoen temik kerichek"
