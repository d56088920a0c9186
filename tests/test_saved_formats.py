"""What browsers and readers save: MHTML, Safari's .webarchive, RSS and Atom feeds.

Every file is made up here. Each format is read as what it is (the page, its URL; a
feed as a listing); a broken file of each gives an error naming the file and format.
"""

from __future__ import annotations

import base64
import plistlib
import quopri

import pandas as pd
import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.pipeline import run_clean
from analysis.clean.read import page_from_bytes
from analysis.errors import PageReadError

STORY_URL = "https://www.harbourgazette.co.uk/news/2026/03/03/ferry"
PARAGRAPHS = (
    "The harbour board voted on Tuesday to raise ferry fares by a fifth from April,"
    " citing the rising cost of fuel and the repairs the older boats need.",
    "Commuters who cross twice a day said the rise would cost them more than a week's"
    " café wages a year, and the board's chair said the decision was not taken lightly.",
    "A public meeting on the new timetable is planned for the end of the month at the"
    " town hall, where the board will answer questions from residents.",
)
STORY_HTML = (
    '<!DOCTYPE html><html><head><meta charset="windows-1252">'
    "<title>Harbour board raises ferry fares \u2013 Harbour Gazette</title>"
    '<meta property="og:site_name" content="Harbour Gazette"></head><body>'
    "<nav>News Sport Weather</nav><article><h1>Harbour board raises ferry fares</h1>"
    "<p>By Ann Lee | March 3, 2026</p>"
    + "".join(f"<p>\u201c{p}\u201d</p>" if i else f"<p>{p}</p>" for i, p in enumerate(PARAGRAPHS))
    + "</article><footer>\u00a9 2026 Harbour Gazette</footer></body></html>"
)


def _mhtml(part_headers: str, payload: bytes, location: str = STORY_URL) -> bytes:
    boundary = "----MultipartBoundary--xyz----"
    head = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {location}\r\n"
        "Subject: Harbour board raises ferry fares\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        f'\tboundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\n{part_headers}\r\n\r\n"
    ).encode("ascii")
    image = (
        f"\r\n--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://cdn.example.net/logo.png\r\n\r\niVBORw0KGgo=\r\n"
        f"--{boundary}--\r\n"
    ).encode("ascii")
    return head + payload + image


def test_mhtml_reads_its_quoted_printable_html_part_in_its_charset_and_url():
    raw = STORY_HTML.encode("cp1252")
    data = _mhtml(
        'Content-Type: text/html; charset="windows-1252"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {STORY_URL}",
        quopri.encodestring(raw),
    )
    page = page_from_bytes(data, "ferry.mhtml", "raw/ferry.mhtml")
    assert page.encoding == "cp1252"
    assert "café wages" in page.text and "\u201cCommuters" in page.text
    assert "Content-Type" not in page.text and "=E9" not in page.text
    assert page.html is not None and page.html.url == STORY_URL
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert row["outlet_key"] == "harbourgazette.co.uk"
    assert row["title"] == "Harbour board raises ferry fares"
    assert row["body"].startswith(PARAGRAPHS[0][:40])


def test_mhtml_base64_part_and_a_mht_name():
    data = _mhtml(
        "Content-Type: text/html\r\nContent-Transfer-Encoding: base64",
        base64.encodebytes(STORY_HTML.replace("windows-1252", "utf-8").encode("utf-8")),
    )
    page = page_from_bytes(data, "ferry.MHT", "raw/ferry.MHT")
    assert "café wages" in page.text
    assert page.html is not None and page.html.url == STORY_URL


def test_a_canonical_link_wins_over_the_saved_location():
    canonical = "https://www.harbourgazette.co.uk/ferry-fares"
    markup = STORY_HTML.replace("</title>", f'</title><link rel="canonical" href="{canonical}">')
    data = _mhtml(
        "Content-Type: text/html; charset=utf-8",
        markup.encode("utf-8"),
        location="file:///C:/Users/me/ferry.mhtml",
    )
    page = page_from_bytes(data, "ferry.mhtml", "raw/ferry.mhtml")
    assert page.html is not None and page.html.url == canonical


def test_an_mhtml_without_an_html_part_names_the_file_and_format():
    data = _mhtml("Content-Type: text/plain", b"just a note")
    with pytest.raises(PageReadError) as err:
        page_from_bytes(data, "note.mhtml", "raw/note.mhtml")
    assert err.value.path == "raw/note.mhtml"
    assert "MHTML" in err.value.reason and ".html" in err.value.reason


def _webarchive(data: bytes, **main: object) -> bytes:
    resource = {
        "WebResourceData": data,
        "WebResourceFrameName": "",
        "WebResourceMIMEType": "text/html",
        "WebResourceTextEncodingName": "UTF-8",
        "WebResourceURL": STORY_URL,
        **main,
    }
    return plistlib.dumps({"WebMainResource": resource}, fmt=plistlib.FMT_BINARY)


def test_a_webarchive_is_read_as_its_main_resource_with_its_url():
    markup = STORY_HTML.replace("windows-1252", "utf-8")
    page = page_from_bytes(_webarchive(markup.encode("utf-8")), "ferry.webarchive", "raw/f")
    assert "café wages" in page.text and "Harbour board raises ferry fares" in page.text
    assert page.html is not None and page.html.url == STORY_URL
    legacy = _webarchive(STORY_HTML.encode("cp1252"), WebResourceTextEncodingName="windows-1252")
    assert "café wages" in page_from_bytes(legacy, "ferry.webarchive", "raw/f").text


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"bplist00\x00\x01garbage", "not a readable web archive"),
        (plistlib.dumps({"WebSubresources": []}, fmt=plistlib.FMT_BINARY), "without a main"),
        (_webarchive(b"\x89PNG", WebResourceMIMEType="image/png"), "image/png"),
    ],
)
def test_a_broken_webarchive_names_the_file_and_what_to_do(data, said):
    with pytest.raises(PageReadError) as err:
        page_from_bytes(data, "bad.webarchive", "raw/bad.webarchive")
    assert err.value.path == "raw/bad.webarchive"
    assert said in err.value.reason and "Safari" in err.value.reason


RSS = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Harbour Gazette - Local news</title>
<link>https://www.harbourgazette.co.uk/local/</link><description>Latest</description>
<item><title>Fares rise by &lt; 5% &amp; tolls by &gt; 2%</title>
<link>https://www.harbourgazette.co.uk/local/ferry-fares</link>
<description>&lt;p&gt;The harbour board voted to raise fares from April,
citing fuel &amp;amp; repairs.&lt;/p&gt;
&lt;script&gt;track("x")&lt;/script&gt;</description>
<pubDate>Tue, 03 Mar 2026 23:30:00 -0500</pubDate></item>
<item><title>Caf\xe9 on the quay to close after forty years</title>
<link>https://www.harbourgazette.co.uk/local/cafe</link>
<description>
The owners said rising rents left them no choice but to close in the spring.</description>
<pubDate>Mon, 02 Mar 2026 09:00:00 +0000</pubDate></item>
<item><title>Lifeboat crew rescues two walkers cut off by the tide</title>
<link>https://www.harbourgazette.co.uk/local/lifeboat</link>
<description>
Both were brought ashore unhurt after the crew was called out late on Sunday.</description>
<pubDate>Sun, 01 Mar 2026 18:15:00 +0000</pubDate></item>
</channel></rss>
""".encode("latin-1")

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title>
<link rel="self" href="https://valleycourier.org/feed.atom"/>
<link href="https://valleycourier.org/"/><updated>2026-03-03T10:00:00Z</updated>
<entry><title>Council approves the new budget</title>
<link href="https://valleycourier.org/budget"/><published>2026-03-03T08:00:00+01:00</published>
<summary>
Councillors approved the budget after a long debate about the library's hours.</summary></entry>
<entry><title type="html">School &lt;em&gt;reopens&lt;/em&gt; after the floods</title>
<link href="https://valleycourier.org/school"/><updated>2026-03-02T08:00:00Z</updated>
<summary>
Pupils returned on Monday to classrooms dried out and repainted over the winter.</summary></entry>
</feed>
"""


def test_an_rss_feed_is_a_listing_one_card_per_item():
    page = page_from_bytes(RSS, "local.xml", "raw/local.xml")
    assert page.html is not None
    assert page.html.url == "https://www.harbourgazette.co.uk/local/"
    assert "Fares rise by < 5% & tolls by > 2%" in page.text  # the feed's text stays text
    assert "track(" not in page.text  # and its markup's script is no text
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(articles["layout"]) == ["listing"] * 3
    assert list(articles["title"]) == [
        "Fares rise by < 5% & tolls by > 2%",
        "Café on the quay to close after forty years",
        "Lifeboat crew rescues two walkers cut off by the tide",
    ]
    # the day as written (the 3rd in its own zone, the 4th in UTC)
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02", "2026-03-01"]
    assert set(articles["outlet_key"]) == {"harbourgazette.co.uk"}
    assert set(articles["outlet"]) == {"Harbour Gazette"}
    assert articles["body"][0] == (
        "The harbour board voted to raise fares from April, citing fuel & repairs."
    )


def _courier_articles(page) -> pd.DataFrame:
    """The articles of the Valley Courier feed (``ATOM``) read from ``page``, checked."""
    assert page.html is not None and page.html.url == "https://valleycourier.org/"
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(articles["title"]) == [
        "Council approves the new budget",
        "School reopens after the floods",
    ]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]
    assert set(articles["outlet"]) == {"Valley Courier"}
    return articles


def test_an_atom_feed_is_a_listing_and_its_alternate_link_the_url():
    page = page_from_bytes(ATOM.encode("utf-8"), "courier.atom", "raw/courier.atom")
    articles = _courier_articles(page)
    assert set(articles["outlet_key"]) == {"valleycourier.org"}


def test_a_feed_of_one_item_is_that_items_card_not_the_channels_title():
    one = RSS.split(b"<item>")[0] + b"<item>" + RSS.split(b"<item>")[2] + b"</channel></rss>"
    page = page_from_bytes(one, "one.rss", "raw/one.rss")
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(articles["title"]) == ["Café on the quay to close after forty years"]
    assert "Local news" not in page.text


_CREDITED = [
    ("Fares rise by a fifth", "The Coastal Observer", "https://coastalobserver.example"),
    ("Commuters angry over fares", "Valley Courier", "https://valleycourier.example"),
]


def _aggregator_feed(titled_with_source: bool) -> bytes:
    """An aggregator's feed: each item credits its publisher (<source>); its title may
    end with the publisher's name."""
    items = "".join(
        f"<item><title>{title}{f' - {source}' if titled_with_source else ''}</title>"
        f"<link>https://reader.example/r/{n}</link><description>{PARAGRAPHS[n]}</description>"
        f"<pubDate>Tue, 03 Mar 2026 0{n}:00:00 GMT</pubDate>"
        f'<source url="{url}">{source}</source></item>'
        for n, (title, source, url) in enumerate(_CREDITED)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>ferry - Reader</title>'
        f"<link>https://reader.example/search?q=ferry</link>{items}</channel></rss>"
    ).encode()


@pytest.mark.parametrize("titled_with_source", [False, True])
def test_an_aggregators_feed_files_each_item_under_the_publisher_it_credits(titled_with_source):
    page = page_from_bytes(_aggregator_feed(titled_with_source), "search.rss", "raw/search.rss")
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(articles["title"]) == [title for title, _, _ in _CREDITED]
    assert list(articles["outlet"]) == [source for _, source, _ in _CREDITED]


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"<rss><channel><item><title>Cut off", "not well-formed"),
        (
            b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>',
            "DTD or entities",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "file:///etc/passwd"><rss/>',
            "DTD or entities",
        ),
        (
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
            b"<loc>https://example.org/a</loc></url></urlset>",
            "no RSS or Atom feed (its root is <urlset>)",
        ),
        (b"<rss><channel><title>Empty</title></channel></rss>", "RSS feed without items"),
    ],
)
def test_a_broken_or_foreign_xml_file_names_the_file_and_reason(data, said):
    with pytest.raises(PageReadError) as err:
        page_from_bytes(data, "feed.xml", "raw/feed.xml")
    assert err.value.path == "raw/feed.xml"
    assert said in err.value.reason


def test_one_bad_saved_file_does_not_stop_the_batch(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "broken.mhtml").write_bytes(_mhtml("Content-Type: text/plain", b"note"))
    (raw / "broken.webarchive").write_bytes(b"bplist00 cut")
    (raw / "sitemap.xml").write_bytes(b"<urlset><url><loc>https://a.example/</loc></url></urlset>")
    (raw / "local.rss").write_bytes(RSS)
    (raw / "ferry.webarchive").write_bytes(
        _webarchive(STORY_HTML.encode("cp1252"), WebResourceTextEncodingName="cp1252")
    )
    assert run_clean(raw, tmp_path / "out") == 0
    pages = pd.read_parquet(tmp_path / "out" / "pages.parquet")
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv").set_index("page")["reason"]
    assert sorted(pages["page"]) == ["ferry.webarchive", "local.rss"]
    assert sorted(skipped.index) == ["broken.mhtml", "broken.webarchive", "sitemap.xml"]
    assert "MHTML" in skipped["broken.mhtml"]
    assert "not a page" in skipped["sitemap.xml"]
    assert (articles["page"] == "local.rss").sum() == 3


@pytest.mark.parametrize(
    "comment",
    [
        f"<!-- saved from url=({len(STORY_URL):04d}){STORY_URL} -->",  # Chrome, Edge, IE
        f"<!--\n Page saved with SingleFile \n url: {STORY_URL} \n saved date: Tue Mar 03\n-->",
    ],
)
def test_a_saved_html_pages_top_comment_gives_its_url(comment):
    markup = STORY_HTML.replace("<html>", "<html>" + comment, 1)
    page = page_from_bytes(markup.encode("cp1252"), "ferry.html", "ferry.html")
    assert page.html.url == STORY_URL
    article = extract_articles(page.text, page.name, facts=PageFacts(html=page.html)).iloc[0]
    assert article["outlet_key"] == "harbourgazette.co.uk"
    # a canonical link wins over the comment; a local file's location is no URL
    canonical = markup.replace(
        "</head>", '<link rel="canonical" href="https://x.example/a"></head>'
    )
    assert page_from_bytes(canonical.encode("cp1252"), "f.html", "f.html").html.url.startswith(
        "https://x.example"
    )
    local = STORY_HTML.replace("<html>", "<html><!-- saved from url=(0014)about:internet -->")
    assert page_from_bytes(local.encode("cp1252"), "f.html", "f.html").html.url is None


# review h142 (tenth round): a feed saved under a page's name was one block of markup
_ATOM_WITH_AUTHORS = (
    ATOM.replace("<summary>", "<author><name>Jane Roe</name></author><summary>", 1)
    .replace(
        '</title>\n<link href="https://valleycourier.org/school',
        "</title><author>"
        "<name>Sam Poe</name><email>sam@valleycourier.org</email></author>\n<link href="
        '"https://valleycourier.org/school',
        1,
    )
    .encode("utf-8")
)


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (_ATOM_WITH_AUTHORS, "courier.html"),  # a browser's "save as" of the feed it shows
        (_ATOM_WITH_AUTHORS, "courier.txt"),
        (b"\xef\xbb\xbf\n<!-- saved -->\n" + _ATOM_WITH_AUTHORS.split(b"?>", 1)[1], "c.txt"),
    ],
)
def test_a_feed_saved_as_a_page_is_read_as_a_feed(data, name):
    articles = _courier_articles(page_from_bytes(data, name, f"raw/{name}"))
    assert list(articles["byline"]) == ["Jane Roe", "Sam Poe"]  # the entries' <author>


# review h149 (eleventh round): a feed or news sitemap shown by a browser's XML view and
# saved as text opens with the view's notice line, in the browser's language
_XML_VIEW_NOTICE = (
    b"This XML file does not appear to have any style information associated with it."
    b" The document tree is shown below.\n"
)
_NEWS_SITEMAP = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://valleycourier.org/2026/03/03/budget</loc>
<news:news><news:publication><news:name>Valley Courier</news:name>
<news:language>en</news:language></news:publication>
<news:publication_date>2026-03-03T08:00:00+01:00</news:publication_date>
<news:title>Budget rises by &lt; 5% &amp; fees by &gt; 2%</news:title></news:news></url>
<url><loc>https://valleycourier.org/2026/03/02/school</loc>
<news:news><news:publication><news:name>Valley Courier</news:name>
<news:language>en</news:language></news:publication>
<news:publication_date>2026-03-02</news:publication_date>
<news:title>School reopens after the floods</news:title></news:news></url>
</urlset>
"""


@pytest.mark.parametrize(
    "notice",
    [
        _XML_VIEW_NOTICE,
        "Ce fichier XML ne semble être associé à aucune feuille de style.\n".encode(),
    ],
)
def test_a_feed_saved_from_the_browsers_xml_view_is_read_as_a_feed(notice):
    data = notice + _ATOM_WITH_AUTHORS.split(b"?>", 1)[1].lstrip()
    articles = _courier_articles(page_from_bytes(data, "courier.txt", "raw/courier.txt"))
    assert list(articles["byline"]) == ["Jane Roe", "Sam Poe"]


@pytest.mark.parametrize(
    ("data", "name"),
    [(_NEWS_SITEMAP, "news-sitemap.xml"), (_XML_VIEW_NOTICE + _NEWS_SITEMAP, "sitemap.txt")],
)
def test_a_news_sitemap_is_a_listing_of_its_entries(data, name):
    page = page_from_bytes(data, name, f"raw/{name}")
    assert page.html is not None and page.html.url == "https://valleycourier.org/"
    assert page.html.site_name == "Valley Courier"  # its <news:name>
    lines = [line for line in page.text.split("\n") if line.strip()]
    assert lines == [  # each entry's title (its text stays text) and date; no tag
        "Budget rises by < 5% & fees by > 2%",
        "2026-03-03T08:00:00+01:00",
        "School reopens after the floods",
        "2026-03-02",
    ]


_JSON_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Valley Courier",
    "home_page_url": "https://valleycourier.org/",
    "items": [
        {
            "id": "1",
            "url": "https://valleycourier.org/budget",
            "title": "Council approves the new budget",
            "content_html": "<p>Councillors approved the budget after a long debate about "
            "the library&#8217;s hours.</p><script>track()</script>",
            "date_published": "2026-03-03T08:00:00+01:00",
            "authors": [{"name": "Jane Roe"}],
        },
        {
            "id": "2",
            "external_url": "https://valleycourier.org/school",
            "title": "School <em>reopens</em> after the floods",
            "content_text": "Pupils returned on Monday to classrooms dried out and "
            "repainted over the winter.",
            "date_published": "2026-03-02T08:00:00Z",
            "author": {"name": "Sam Poe", "url": "https://valleycourier.org/sam"},  # 1.0
        },
    ],
}


def test_a_json_feed_saved_as_text_is_a_listing_one_card_per_item():
    import json

    data = json.dumps(_JSON_FEED, indent=2).encode("utf-8")
    page = page_from_bytes(data, "feed.txt", "raw/feed.txt")
    assert page.html is not None and page.html.url == "https://valleycourier.org/"
    assert "track()" not in page.text and "<em>" in page.text  # text stays text
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(articles["title"]) == [
        "Council approves the new budget",
        "School <em>reopens</em> after the floods",
    ]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]
    assert list(articles["byline"]) == ["Jane Roe", "Sam Poe"]
    assert articles["body"][0].startswith("Councillors approved the budget")


@pytest.mark.parametrize(
    "data",
    [
        b'{"version": "https://jsonfeed.org/version/1.1", "items": "none"}',  # no items
        b"<rss><channel><title>Empty</title></channel></rss>",  # a feed without items
    ],
)
def test_a_page_that_is_no_readable_feed_is_read_as_its_name_says(data):
    page = page_from_bytes(data, "page.txt", "raw/page.txt")
    assert page.html is None  # a text dump, as before


def test_an_xhtml_page_with_an_xml_declaration_stays_a_page():
    data = b'<?xml version="1.0"?>\n<!DOCTYPE html><html><body><p>An XHTML page.</p></body></html>'
    page = page_from_bytes(data, "page.html", "raw/page.html")
    assert page.text.strip() == "An XHTML page."


_PUPILS = "Pupils returned on Monday to classrooms dried out and repainted over the winter."


def _api_posts() -> list[dict]:
    """A WordPress site's ``/wp-json/wp/v2/posts?_embed`` response (two posts)."""
    return [
        {
            "id": 12 - n,
            "date": f"2026-03-0{3 - n}T08:00:00",
            "link": f"https://valleycourier.org/post-{n}/",
            "title": {"rendered": title},
            "excerpt": {"rendered": f"<p>{excerpt}</p>\n", "protected": False},
            "author": 4 + n,
            "_embedded": {"author": [{"id": 4 + n, "name": name}]},
        }
        for n, title, excerpt, name in [
            (
                0,
                "Council approves the budget",
                "Councillors voted 7&#8211;2 on Tuesday after a debate about the library hours.",
                "Jane Roe",
            ),
            (1, "School reopens after the floods", _PUPILS, "Sam Poe"),
        ]
    ]


def _news_api() -> dict:
    """A news API's response: each article credits its publisher as ``source.name``."""
    articles = [
        {
            "source": {"id": None, "name": outlet},
            "author": None,
            "title": title,
            "description": teaser,
            "url": f"https://example.org/{n}",
            "publishedAt": f"2026-03-0{3 - n}T08:00:00Z",
        }
        for n, outlet, title, teaser in [
            (0, "Valley Courier", "Council approves the budget", _PUPILS.replace("Pupils", "They")),
            (1, "Hill Post", "School reopens after the floods", _PUPILS),
        ]
    ]
    return {"status": "ok", "totalResults": 2, "articles": articles}


def test_an_api_response_saved_as_text_is_a_listing_of_its_stories():
    import json

    data = json.dumps(_api_posts()).encode("utf-8")
    page = page_from_bytes(data, "posts.txt", "raw/posts.txt")
    assert page.html is not None
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    _assert_council_and_school(articles)
    # the authors the response embeds; the excerpt's markup is no text
    assert list(articles["byline"]) == ["Jane Roe", "Sam Poe"]
    assert articles["body"][0].startswith("Councillors voted 7–2 on Tuesday after a debate")
    data = json.dumps(_news_api(), indent=2).encode("utf-8")
    page = page_from_bytes(data, "news.txt", "raw/news.txt")
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(articles["outlet"]) == ["Valley Courier", "Hill Post"]
    assert articles["body"][1] == _PUPILS


def _assert_council_and_school(articles: pd.DataFrame) -> None:
    """The two stories of the exports below: their titles and days."""
    assert list(articles["title"]) == [
        "Council approves the budget",
        "School reopens after the floods",
    ]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]


def test_a_feed_readers_export_is_a_listing_filed_under_each_items_feed():
    # review h198: the Google Reader API's items (Inoreader, FreshRSS): the summary an
    # object {"direction", "content"} of markup, the feed the item's "origin"
    import json

    items = [
        {
            "title": title,
            "published": 1772524800 - 86400 * n,  # 2026-03-03, 2026-03-02 (UTC)
            "canonical": [{"href": f"https://example.org/{n}"}],
            "summary": {"direction": "ltr", "content": f"<p>{teaser}</p>"},
            "author": "",
            "origin": {"streamId": f"feed/https://example.org/{n}/rss", "title": feed},
        }
        for n, feed, title, teaser in [
            (0, "Valley Courier", "Council approves the budget", _PUPILS.replace("Pupils", "They")),
            (1, "Hill Post", "School reopens after the floods", _PUPILS),
        ]
    ]
    data = json.dumps({"id": "user/1/state/com.google/starred", "items": items}).encode()
    articles = _articles_of(data, "starred.txt")
    _assert_council_and_school(articles)
    assert list(articles["outlet"]) == ["Valley Courier", "Hill Post"]
    assert articles["body"][1] == _PUPILS


@pytest.mark.parametrize(
    "data",
    [
        b"[Image: the harbour at dawn]\nCouncil approves the budget\n\nCouncillors voted.",
        b'{"menu": [{"title": "News", "url": "/news"}, {"title": "Sport", "url": "/s"}]}',
    ],
)
def test_a_text_opening_like_json_without_stories_stays_a_text(data):
    page = page_from_bytes(data, "page.txt", "raw/page.txt")
    assert page.html is None


def _articles_of(data: bytes, name: str) -> pd.DataFrame:
    """The articles of a file saved as ``name``."""
    page = page_from_bytes(data, name, f"raw/{name}")
    return extract_articles(page.text, page.name, PageFacts(html=page.html))


def test_a_feed_item_without_a_description_is_read_with_its_content_encoded():
    """A WordPress export (WXR) or feed whose items hold their text only in
    ``<content:encoded>``: each item is a card with that text, not a headline alone."""
    items = "".join(
        f"<item><title>{title}</title><link>https://valleycourier.org/?p={n}</link>"
        f"<pubDate>Tue, 0{3 - n} Mar 2026 08:00:00 +0000</pubDate><description></description>"
        f"<content:encoded><![CDATA[<!-- wp:paragraph --><p>{text}</p><!-- /wp:paragraph -->]]>"
        "</content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded></item>"
        for n, title, text in [
            (0, "Council approves the budget", "Councillors voted 7 to 2 on Tuesday."),
            (1, "School reopens after the floods", _PUPILS),
        ]
    )
    data = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"><channel>'
        "<title>Valley Courier</title><link>https://valleycourier.org</link>"
        f"{items}</channel></rss>"
    ).encode()
    articles = _articles_of(data, "export.xml")
    assert list(articles["title"]) == [
        "Council approves the budget",
        "School reopens after the floods",
    ]
    assert list(articles["body"]) == ["Councillors voted 7 to 2 on Tuesday.", _PUPILS]


_VOTE = "Councillors voted seven to two on Tuesday after a long debate about the library hours."


def test_csl_json_and_json_lines_saved_as_text_are_listings_of_their_stories():
    """A reference manager's CSL-JSON export and a scraper's JSON Lines output, saved as
    text: each story a card with its outlet (the periodical, the publisher), date and
    authors, not one page of JSON."""
    import json

    csl = [
        {
            "id": f"item{n}",
            "type": "article-newspaper",
            "title": title,
            "container-title": outlet,
            "author": [{"family": family, "given": given}],
            "issued": {"date-parts": [[2026, 3, 3 - n]]},
            "accessed": {"date-parts": [[2026, 4, 1]]},
            "abstract": text,
        }
        for n, title, outlet, given, family, text in [
            (0, "Council approves the budget", "Valley Courier", "Jane", "Roe", _VOTE),
            (1, "School reopens after the floods", "Hill Post", "Sam", "Poe", _PUPILS),
        ]
    ]
    articles = _articles_of(json.dumps(csl).encode(), "refs.txt")
    assert list(articles["title"]) == [c["title"] for c in csl]
    assert list(articles["outlet"]) == ["Valley Courier", "Hill Post"]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]
    assert list(articles["byline"]) == ["Jane Roe", "Sam Poe"]
    assert articles["body"][1] == _PUPILS
    lines = "\n".join(
        json.dumps(
            {
                "headline": c["title"],
                "publisher": {"name": c["container-title"]},
                "datePublished": f"2026-03-0{3 - n}T08:00:00Z",
                "summary": c["abstract"],
            }
        )
        for n, c in enumerate(csl)
    )
    articles = _articles_of(lines.encode(), "scrape.txt")
    assert list(articles["title"]) == [c["title"] for c in csl]
    assert list(articles["outlet"]) == ["Valley Courier", "Hill Post"]
    assert articles["body"][1] == _PUPILS


def _telegram_export() -> dict:
    """A Telegram channel's JSON export: a service note, two news posts (one with its
    text as entities, one forwarded from another channel as a string) and a one-line
    post."""
    posts = [
        {"id": 1, "type": "service", "date": "2026-03-01T08:00:00", "action": "create_channel"},
        {
            "id": 2,
            "type": "message",
            "date": "2026-03-03T09:12:44",
            "from": "Valley Courier",
            "text": [
                {"type": "bold", "text": "Council approves the budget"},
                "\n\n" + _VOTE + "\n\n",
                {"type": "link", "text": "https://valleycourier.org/budget"},
            ],
        },
        {
            "id": 3,
            "type": "message",
            "date": "2026-03-02T18:40:02",
            "forwarded_from": "Hill Post",
            "text": "School reopens after the floods\n\n" + _PUPILS,
        },
        {"id": 4, "type": "message", "date": "2026-03-03T19:00:00", "text": "Subscribe to us!"},
    ]
    return {"name": "Valley Courier", "type": "public_channel", "id": 1, "messages": posts}


def test_a_telegram_channels_json_export_is_a_listing_of_its_posts():
    import json

    data = json.dumps(_telegram_export(), ensure_ascii=False, indent=1).encode("utf-8")
    articles = _articles_of(data, "result.txt")
    _assert_council_and_school(articles)
    # the channel, or the channel a post was forwarded from
    assert list(articles["outlet"]) == ["Valley Courier", "Hill Post"]
    assert list(articles["body"]) == [_VOTE, _PUPILS]
    group = dict(_telegram_export(), type="private_group")
    page = page_from_bytes(json.dumps(group).encode(), "chat.txt", "raw/chat.txt")
    assert page.html is None or "Council approves" not in (page.html or "")


def test_an_e_mail_messages_source_saved_as_text_is_read_with_its_encoding_undone():
    """A newsletter's raw source ("Show original"), quoted-printable: its cards are read
    from the decoded text, the sender naming the site; a text with a Subject: line of its
    own stays as it is."""
    cards = [
        (
            "Café owners win the square back",
            "Les cafés de la place rouvrent leurs terrasses été comme hiver.",
        ),
        (
            "Théâtre reopens after two years",
            "Le théâtre municipal rouvre ses portes après deux ans de travaux.",
        ),
    ]
    body = "Bonjour,\n\n" + "\n\n".join(
        f"{title}\n{day} mars 2026 · Par Hélène Roe\n{text}\nLire l'article →"
        for (title, text), day in zip(cards, (3, 2), strict=True)
    )
    data = (
        b"Return-Path: <news@valleycourier.example>\n"
        b"From: =?utf-8?q?Valley_Courier?= <news@valleycourier.example>\n"
        b"Subject: =?utf-8?q?La_lettre_du_matin?=\nDate: Wed, 4 Mar 2026 06:00:00 +0100\n"
        b"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: quoted-printable\n\n" + quopri.encodestring(body.encode())
    )
    assert b"=C3=A9" in data
    articles = _articles_of(data, "letter.txt")
    assert list(articles["title"]) == [title for title, _ in cards]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]
    assert set(articles["outlet"]) == {"Valley Courier"}
    assert articles["body"][1] == cards[1][1]
    note = b"Subject: minutes\nFrom: the clerk\nThe council met on Tuesday.\n"
    assert page_from_bytes(note, "note.txt", "raw/note.txt").text == note.decode()


def test_an_e_mail_source_whose_sender_is_folded_after_the_colon_is_decoded():
    """Review h349 (hy_eml_qa, mn_eml_newsletter): Python's email package folds an
    encoded sender's name onto the next line ('From:' alone, then ' =?utf-8?b?...?=');
    the message was read as its quoted-printable escapes. It is decoded as any message."""
    from analysis.clean.email_source import email_source_text

    name = base64.b64encode("Շաբաթվա զրույց".encode()).decode()
    text = "Գրադարանը պետք է լինի թաղի սիրտը։\n\nՎանաձորի գրադարանը վերանորոգվում է։\n"
    data = (
        f"Return-Path: <bounce@mail.shabatvazruyc.example>\nFrom:\n =?utf-8?b?{name}?="
        " <newsletter@shabatvazruyc.example>\nSubject: =?utf-8?q?Weekly?=\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
    ).encode() + quopri.encodestring(text.encode())
    decoded = email_source_text(data)
    assert decoded is not None
    assert decoded.startswith("From: Շաբաթվա զրույց <newsletter@shabatvazruyc.example>")
    assert "Վանաձորի գրադարանը վերանորոգվում է։" in decoded


def test_a_podcast_feed_without_a_site_link_is_named_by_its_title_its_hosts_bylines():
    """Review h186 item 12: a podcast's feed naming no site address (no channel
    ``<link>``) and no item link: each episode's ``<itunes:author>`` was its card's
    outlet; it is its byline, and the channel's title, the only name the feed gives of
    itself, is the outlet."""
    episodes = [
        ("Water is back in the township", "Amara Dube", "Residents have water again."),
        ("A new school opens in the hills", "Lindiwe Khoza", "Two thousand pupils start."),
        ("The beach reopens for summer", "Amara Dube", "Tests found the water clean."),
    ]
    items = "".join(
        f"<item><title>{title}</title><itunes:author>{host}</itunes:author>"
        f"<pubDate>Thu, 0{3 - n} Dec 2026 05:00:00 +0000</pubDate>"
        f"<itunes:summary>{text} {_VOTE}</itunes:summary></item>"
        for n, (title, host, text) in enumerate(episodes)
    )
    data = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
        "<title>Harbour Town Daily</title><itunes:author>Harbour Radio</itunes:author>"
        f"{items}</channel></rss>"
    ).encode()
    articles = _articles_of(data, "podcast.xml")
    assert list(articles["title"]) == [title for title, _, _ in episodes]
    assert list(articles["byline"]) == [host for _, host, _ in episodes]
    assert set(articles["outlet"]) == {"Harbour Town Daily"}
