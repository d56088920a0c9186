"""HTML pages as input: rendered text, trafilatura metadata, gzip, mixed folders, listings."""

from __future__ import annotations

import gzip
import html
import re
import warnings

import pandas as pd
import pytest
from page_checks import SEED_LISTING, assert_accounts_for_every_character

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.html_page import body_lines_of, render_text
from analysis.clean.manifest import ManifestEntry
from analysis.clean.pipeline import run_clean
from analysis.clean.read import read_page
from analysis.clean.segment import segment_page
from analysis.errors import PageReadError

PARAGRAPHS = [
    "The city council voted on Tuesday to expand the night bus network across the river.",
    "Officials said the new routes would start in the spring and cost less than expected.",
    "Residents who spoke at the meeting welcomed the plan but asked for more frequent buses.",
    "The transport office will publish the timetables next month after a public consultation.",
]
ARTICLE_HTML = f"""<!DOCTYPE html>
<html><head>
<title>Council expands night buses - Riverside Courier</title>
<link rel="canonical" href="https://www.riverside-courier.com/news/night-buses">
<meta property="og:site_name" content="Riverside Courier">
<meta property="og:title" content="Council expands night buses">
<meta property="article:published_time" content="2025-03-04T08:00:00Z">
<meta name="author" content="Maria Lopez">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Council expands night buses</h1>
<p class="byline">By Maria Lopez</p>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<footer><p>© 2025 Riverside Media Holdings. All rights reserved.</p></footer>
</body></html>
"""


@pytest.fixture
def article_html(tmp_path):
    path = tmp_path / "night-buses.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    return path


def test_html_page_is_rendered_and_read_for_its_metadata(article_html):
    page = read_page(article_html)
    assert "<p>" not in page.text and "Council expands night buses" in page.text
    assert "• Home" in page.text  # list items bulleted as text dumps write them
    meta = page.html
    assert meta.url == "https://www.riverside-courier.com/news/night-buses"
    assert meta.site_name == "Riverside Courier"
    assert meta.published == "2025-03-04" and meta.byline == "Maria Lopez"
    assert all(paragraph in meta.body for paragraph in PARAGRAPHS)


def test_html_article_fields_come_from_the_markup(article_html):
    page = read_page(article_html)
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert len(articles) == 1
    row = articles.iloc[0]
    assert (row["outlet"], row["outlet_key"], row["outlet_source"]) == (
        "Riverside Courier",
        "riverside-courier.com",
        "url",
    )
    assert (row["title"], row["title_source"]) == ("Council expands night buses", "html")
    assert (row["published"], row["date_source"]) == ("2025-03-04", "html")
    assert row["body"] == "\n\n".join(PARAGRAPHS)
    body_lines = body_lines_of(page.text.split("\n"), page.html.body, page.html.title)
    blocks = segment_page(page.text, page.name, body_lines)
    assert_accounts_for_every_character(blocks, page.text)
    assert "© 2025" not in row["body"] and "Home" not in row["body"]


@pytest.mark.parametrize(
    "extra",
    [
        "",  # only the footer's "© 2025" holds a year
        "<p>The network has run at a loss since 2019, the report said.</p>",
        "<p>The last expansion of this size was agreed on June 5, 2011.</p>",
        "<aside><h2>Most read</h2><ul><li><a href='/a'>Ferry to resume</a> "
        "<span>January 12, 2024</span></li></ul></aside>",
    ],
)
def test_an_html_page_that_prints_no_date_gets_none(tmp_path, extra):
    # no date in the markup's meta tags, JSON-LD or <time>, none printed under the
    # headline: a year in the footer or the text, a cited date or a sidebar's date is no
    # publication date (htmldate's extensive text search took one: 2025-01-01 ...)
    markup = ARTICLE_HTML.replace(
        '<meta property="article:published_time" content="2025-03-04T08:00:00Z">\n', ""
    ).replace("</article>", f"{extra}</article>")
    path = tmp_path / "undated.html"
    path.write_text(markup, encoding="utf-8")
    page = read_page(path)
    assert page.html.published is None
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert (row["published"], row["date_source"]) == (None, None)


def test_a_title_read_for_its_site_warns_of_nothing(tmp_path):
    # a page naming no site but in its <title> ("Site: Headline") had its headings read
    # with `if tree`, and lxml's FutureWarning on an element's truth reached the user's
    # terminal once per worker process
    markup = (
        ARTICLE_HTML.replace('<meta property="og:site_name" content="Riverside Courier">\n', "")
        .replace(
            '<link rel="canonical" href="https://www.riverside-courier.com/news/night-buses">\n', ""
        )
        .replace('<meta property="og:title" content="Council expands night buses">\n', "")
        .replace(
            "<title>Council expands night buses - Riverside Courier</title>",
            "<title>Quarry Hill Voice: Council expands night buses</title>",
        )
    )
    path = tmp_path / "titled.html"
    path.write_text(markup, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        meta = read_page(path).html
    assert meta.title is not None


def test_an_html_page_that_prints_its_date_above_the_text_gets_it(tmp_path):
    # no date in the markup's structured places: the date printed between the headline
    # and the main text is the article's, whatever a footer or a cited date says
    markup = ARTICLE_HTML.replace(
        '<meta property="article:published_time" content="2025-03-04T08:00:00Z">\n', ""
    ).replace(
        '<p class="byline">By Maria Lopez</p>',
        '<p class="byline">By Maria Lopez</p><div class="info">Posted: 2025-03-06 15:24</div>',
    )
    markup = markup.replace(
        "</article>", "<p>The last expansion was agreed on June 5, 2011.</p></article>"
    )
    path = tmp_path / "dated.html"
    path.write_text(markup, encoding="utf-8")
    assert read_page(path).html.published == "2025-03-06"


@pytest.mark.parametrize(
    ("link", "credited"),
    [
        ('<link rel="canonical" href="https://www.wirepress.org/article/night-buses-1">', True),
        ('<meta property="og:url" content="https://www.wirepress.org/article/1">', True),
        ('<link rel="canonical" href="https://www.riverside-courier.com/n">', False),
        # a site's address may respell its name: the same first letter is its own
        ('<link rel="canonical" href="https://www.rivcour.com/n">', False),
    ],
)
def test_a_reprint_whose_canonical_url_is_the_originals_stays_the_sites_own(
    tmp_path, link, credited
):
    # review finding h46 G31: a syndication partner's page points its canonical URL to
    # the agency's article; its markup and its footer both name the local site
    reprint = ARTICLE_HTML.replace(
        '<link rel="canonical" href="https://www.riverside-courier.com/news/night-buses">', link
    ).replace("Riverside Media Holdings", "Riverside Courier Media")
    path = tmp_path / "reprint.html"
    path.write_text(reprint, encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    if credited:
        assert (row["outlet"], row["outlet_key"], row["outlet_source"]) == (
            "Riverside Courier",
            "name:riversidecourier",
            "html",
        )
        assert row["credited_source"] == "wirepress.org"
    else:
        assert row["outlet_source"] == "url" and row["credited_source"] is None
    # a manifest URL still wins: the researcher knows where the page came from
    given = PageFacts(html=page.html, manifest=ManifestEntry("reprint.html", url=page.html.url))
    assert extract_articles(page.text, page.name, given).iloc[0]["outlet_source"] == "url"


@pytest.mark.parametrize(
    "host",
    [
        "www.riverside-courier.example",
        "news.riverside-courier.test",
        "www.riversidecourier.local",
        "intranet.riverside-courier.corp",
        "10.0.0.5",
    ],
)
def test_a_canonical_url_on_a_suffix_the_list_lacks_is_the_pages_own(tmp_path, host):
    # The bundled suffix list knows no .example, .test, .local or intranet names, so the
    # whole host was the "domain", compared by its first label ("www"): the page's own
    # site read as another publisher's, and its own host became its credited source.
    page_html = ARTICLE_HTML.replace(
        "https://www.riverside-courier.com/news/night-buses", f"http://{host}/news/night-buses"
    ).replace("Riverside Media Holdings", "Riverside Courier Media")
    path = tmp_path / "page.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert row["credited_source"] is None
    if host[0].isdigit():
        # a server's address names no site: the name the page prints files it
        assert (row["outlet"], row["outlet_source"]) == ("Riverside Courier", "html")
    else:
        assert (row["outlet_key"], row["outlet_source"]) == (host, "url")
        assert row["outlet"] == "Riverside Courier"
    # another publisher's host under such a suffix is still credited
    wire = page_html.replace(host, "www.wirepress.example")
    path.write_text(wire, encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert (row["outlet"], row["credited_source"]) == ("Riverside Courier", "www.wirepress.example")


def test_a_canonical_url_of_another_site_named_only_by_the_markup_is_the_pages_url(tmp_path):
    # og:site_name alone is no evidence (local sites' own pages name the wire there)
    page_html = ARTICLE_HTML.replace(
        "https://www.riverside-courier.com/news/night-buses", "https://www.wirepress.org/a/1"
    ).replace("© 2025 Riverside Media Holdings. All rights reserved.", "Contact us")
    path = tmp_path / "page.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert (row["outlet_key"], row["outlet_source"]) == ("wirepress.org", "url")


def _aggregator_page(tmp_path, slot: str) -> pd.Series:
    page_html = ARTICLE_HTML.replace(
        "https://www.riverside-courier.com/news/night-buses", "https://portal.example.com/a/17"
    ).replace('content="Riverside Courier"', 'content="Example Portal"')
    page_html = page_html.replace("<article><h1>", f"<article>{slot}<h1>")
    path = tmp_path / "rehost.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    return extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]


@pytest.mark.parametrize(
    "slot",
    [
        '<div class="provider"><img alt="Valley Evening Star"> <b>Valley Evening Star</b></div>',
        '<div><img src="l.png" alt="Valley Evening Star"></div><div>Valley Evening Star</div>',
    ],
)
def test_an_aggregators_provider_slot_is_the_credited_source(tmp_path, slot):
    # review h102 N3: a portal re-hosting a local paper's story shows the paper's logo
    # and its name above the headline; the story stays filed under the portal
    row = _aggregator_page(tmp_path, slot)
    assert (row["outlet"], row["credited_source"]) == ("Example Portal", "Valley Evening Star")


@pytest.mark.parametrize(
    "slot",
    [
        '<img alt="Valley Evening Star"> <span>Valley Evening Star</span> <a>Sign in</a>',
        '<img alt="Valley Evening Star"> <span>Home</span>',
        '<img alt="Example Portal"> <span>Example Portal</span>',  # the site's own logo
        '<img alt="Maria Lopez"> <span>Maria Lopez</span>',  # the author's photo
        '<img alt="Valley Evening Star">',
    ],
)
def test_a_logo_without_its_name_right_before_the_headline_credits_no_one(tmp_path, slot):
    row = _aggregator_page(tmp_path, slot)
    assert row["outlet"] == "Example Portal" and row["credited_source"] is None


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Harbour Voices: Council expands night buses", "Harbour Voices"),
        ("Council expands night buses | Harbour Voices", "Harbour Voices"),
        ("Council expands night buses: what changes", "harbourvoices.blogspot.com"),
    ],
)
def test_a_blog_on_a_shared_host_is_shown_by_the_name_its_title_gives(tmp_path, title, outlet):
    # review h102 N11: a Blogger page names its blog only in <title> and its header; the
    # outlet was shown as the host
    page_html = (
        ARTICLE_HTML.replace(
            "https://www.riverside-courier.com/news/night-buses",
            "https://harbourvoices.blogspot.com/2026/12/night-buses.html",
        )
        .replace("Council expands night buses - Riverside Courier", title)
        .replace('<meta property="og:site_name" content="Riverside Courier">', "")
        .replace("© 2025 Riverside Media Holdings. All rights reserved.", "Powered by Blogger")
    )
    path = tmp_path / "blog.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert (row["outlet"], row["outlet_key"]) == (outlet, "harbourvoices.blogspot.com")


def test_gzipped_html_reads_like_html(article_html, tmp_path):
    gz = tmp_path / "night-buses.html.gz"
    gz.write_bytes(gzip.compress(article_html.read_bytes(), mtime=0))
    plain, zipped = read_page(article_html), read_page(gz)
    assert zipped.text == plain.text and zipped.html == plain.html
    assert zipped.n_bytes == gz.stat().st_size


def test_bad_gzip_is_a_clear_error(tmp_path):
    bad = tmp_path / "broken.html.gz"
    bad.write_bytes(gzip.compress(b"<html><body><p>x</p></body></html>")[:-12])
    with pytest.raises(PageReadError, match=r"broken\.html\.gz: (truncated|not valid) gzip"):
        read_page(bad)


def test_html_named_as_text_says_how_to_read_it(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    with pytest.raises(PageReadError, match=r"name it \.html"):
        read_page(path)


def test_markup_never_becomes_text_or_code(tmp_path):
    hostile = (
        "<html><head><title>x</title><script>alert('owned')</script>"
        "<style>p{color:red}</style></head><body><p>Visible &lt;b&gt; text</p></body></html>"
    )
    path = tmp_path / "hostile.htm"
    path.write_text(hostile, encoding="utf-8")
    text = read_page(path).text
    assert "alert" not in text and "color:red" not in text
    assert "Visible <b> text" in text  # escaped markup is text, shown as written


def test_html_listing_is_split_into_cards_like_the_text_listing(seed_dir, tmp_path):
    lines = (seed_dir / SEED_LISTING).read_text(encoding="utf-8").split("\n")
    body = "".join(f"<p>{html.escape(line.strip())}</p>" if line.strip() else "" for line in lines)
    path = tmp_path / "listing.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    page = read_page(path)
    as_html = extract_articles(page.text, page.name, PageFacts(html=page.html))
    as_text = extract_articles((seed_dir / SEED_LISTING).read_text(encoding="utf-8"), "t")
    assert len(as_text) > 1
    assert as_html["title"].tolist() == as_text["title"].tolist()
    assert set(as_html["layout"]) == {"listing"}


def test_mixed_folder_of_text_and_html(seed_dir, article_html, tmp_path):
    raw = article_html.parent
    (raw / "seed.txt").write_bytes((seed_dir / SEED_LISTING).read_bytes())
    out = tmp_path / "out"
    assert run_clean(raw, out) == 0
    pages = pd.read_parquet(out / "pages.parquet").set_index("page")
    assert set(pages.index) == {"night-buses.html", "seed.txt"}
    assert pages.loc["night-buses.html", "site_key"] == "riverside-courier.com"
    total = pages[["body_chars", "title_chars", "metadata_chars", "boilerplate_chars"]].sum(axis=1)
    assert (total == pages["n_chars"]).all()
    articles = pd.read_parquet(out / "articles.parquet")
    assert set(articles["page"]) == {"night-buses.html", "seed.txt"}


def test_render_text_ends_with_one_newline():
    assert render_text("<p>a</p><p>b</p>").endswith("b\n")


def test_elements_a_browser_shows_as_blocks_start_lines_of_their_own():
    # review h119 Q2: inscriptis's strict profile ran <dt>/<dd>, <section> and
    # <summary> inline, so "Harbor LedgerCouncil approves ..." was one line
    text = render_text(
        "<dl><dt>Harbor Ledger</dt><dd>Council approves harbour budget</dd></dl>"
        "<section>Section one.</section><section>Section two.</section>"
        "<details><summary>Read more</summary>Hidden text.</details>"
    )
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[:4] == [
        "Harbor Ledger",
        "Council approves harbour budget",
        "Section one.",
        "Section two.",
    ]
    assert "Read more" in lines and "Read moreHidden text." not in text


def test_table_rows_and_numbered_items_of_the_main_text_are_body_lines():
    body = "Standings after the final race:\n| 1 | Kyle Doe | 5040 | 5 |\n- The second point"
    lines = [
        "Menu",
        "Standings after the final race:",
        "1     Kyle Doe      5040     5",
        " 1. The second point",
        "| 2 | Other | 1 |",
    ]
    assert body_lines_of(lines, body) == [1, 2, 3]


def test_a_site_name_in_lower_case_is_shown_as_the_markup_writes_it(tmp_path):
    # trafilatura title-cases a lower-case og:site_name ("Nj"): the site writes "nj"
    lowered = ARTICLE_HTML.replace('content="Riverside Courier"', 'content="rivercourier"')
    path = tmp_path / "lowered.html"
    path.write_text(lowered, encoding="utf-8")
    assert read_page(path).html.site_name == "rivercourier"


@pytest.mark.parametrize(
    "tag",
    [
        '<meta name="application-name" content="rivercourier">',
        "<meta content='rivercourier' property='og:site_name'>",
    ],
)
def test_a_lower_case_site_name_is_read_from_any_site_name_tag(tmp_path, tag):
    page = ARTICLE_HTML.replace('<meta property="og:site_name" content="Riverside Courier">', tag)
    path = tmp_path / "lowered.html"
    path.write_text(page, encoding="utf-8")
    assert read_page(path).html.site_name == "rivercourier"


def test_a_lower_case_name_in_another_meta_tag_leaves_the_site_name_as_written(tmp_path):
    # the keywords (or a section, a Twitter handle) write the name in lower case: the
    # site's own tag writes "Riverside Courier", which is the name
    for other in ("keywords", "news_keywords", "section", "twitter:site"):
        tag = f'<meta name="{other}" content="riverside courier">'
        page = ARTICLE_HTML.replace("</head>", f"{tag}\n</head>")
        path = tmp_path / f"{other}.html"
        path.write_text(page, encoding="utf-8")
        assert read_page(path).html.site_name == "Riverside Courier", other


@pytest.mark.parametrize(
    ("headline", "title_site", "site_name"),
    [
        ("Council Has a Lot of Money. Now What?", "Riverside Courier", None),
        ("Mayor unloads on G.O.P. over night buses", "Riverside Courier", None),
        ("Mayor unloads on G.O.P. over night buses", "Courier.com", "Courier.com"),
        # a headline in a script written without spaces is one word, its "." an
        # abbreviation's ("กทม.", Bangkok): no host name (review h177)
        ("กทม.เปิดสวนสาธารณะใหม่ริมคลองแสนแสบ", "ข่าวเมืองหลวงรายวัน", None),
        ("กทม.เปิดสวนสาธารณะใหม่ริมคลองแสนแสบ", "khaomuang.co.th", "khaomuang.co.th"),
    ],
)
def test_a_headline_with_a_full_stop_is_no_site_name(tmp_path, headline, title_site, site_name):
    # with no site-name tag, trafilatura names the site after the part of the <title>
    # that holds a "." (meant for "Headline | Example.com"): a headline's "G.O.P." or
    # "Money. Now What?" made the headline the outlet
    page = (
        ARTICLE_HTML.replace('<meta property="og:site_name" content="Riverside Courier">\n', "")
        .replace(
            '<link rel="canonical" href="https://www.riverside-courier.com/news/night-buses">\n', ""
        )
        .replace("Council expands night buses - Riverside Courier", f"{headline} | {title_site}")
        .replace("Council expands night buses", headline)
    )
    path = tmp_path / "headline.html"
    path.write_text(page, encoding="utf-8")
    read = read_page(path)
    assert read.html.site_name == site_name
    facts = PageFacts(html=read.html)
    (article,) = extract_articles(read.text, name=path.name, facts=facts).itertuples()
    assert article.title == headline and article.outlet != headline


_CARDS = [
    ("Council approves harbour budget after long debate", "Reuters"),
    ("Ferry service to resume on Monday after repairs", "The Harbour Times"),
    ("New bridge opens to traffic ahead of schedule", "Coastal Post"),
    ("School board delays vote on the new bus routes", "Reuters"),
]


def _html_listing(tmp_path, head: str, main: str) -> pd.DataFrame:
    """The articles of a saved listing page made of ``head`` and ``main``, a footer
    naming the site (og:site_name's) under them, read as ``clean`` reads it."""
    site = re.search(r"og:site_name' content='([^']+)'", head).group(1)
    page = (
        f"<html><head>{head}</head><body>{main}<footer><p>© 2026 {site}</p></footer></body></html>"
    )
    path = tmp_path / "listing.html"
    path.write_text(page, encoding="utf-8")
    read = read_page(path)
    return extract_articles(read.text, name=path.name, facts=PageFacts(html=read.html))


@pytest.mark.parametrize("named", [True, False])
def test_an_html_listings_canonical_url_is_the_aggregators_not_its_cards(tmp_path, named):
    # a saved page carries its own address: an aggregator's cards keep the outlets they
    # name (before, every card was filed under the aggregator); an outlet's own section
    # page, whose cards name no outlet, is the site's
    cards = "".join(
        f"<article><h3><a href='/s/{k}'>{title}</a></h3><p>{PARAGRAPHS[k]}</p>"
        f"<p>{outlet + ' · ' if named else ''}Mar {k + 1}, 2026</p></article>"
        for k, (title, outlet) in enumerate(_CARDS)
    )
    head = (
        "<title>Harbour news | News Digest</title>"
        "<link rel='canonical' href='https://www.newsdigest.com/topics/harbour'>"
        "<meta property='og:site_name' content='News Digest'>"
    )
    articles = _html_listing(tmp_path, head, f"<h1>Harbour news</h1><main>{cards}</main>")
    assert articles["title"].tolist() == [title for title, _ in _CARDS]
    if named:
        assert articles["outlet"].tolist() == [outlet for _, outlet in _CARDS]
        assert set(articles["outlet_source"]) == {"card"}
    else:
        assert set(articles["outlet_key"]) == {"newsdigest.com"}


def _section_page(tmp_path, kickers: list[str], kicker_class: str, canonical: bool):
    """The articles of a site's own section page whose cards print ``kickers`` in a
    ``<span class=kicker_class>`` over their headlines."""
    cards = "".join(
        f"<article><span class='{kicker_class}'>{kicker}</span><h2><a href='/p/a-{k}.html'>"
        f"{title}</a></h2><p>{PARAGRAPHS[k]}</p><time datetime='2026-03-0{k + 1}'>vor {k + 1}"
        " Std.</time></article>"
        for k, (kicker, (title, _)) in enumerate(zip(kickers, _CARDS, strict=True))
    )
    link = "<link rel='canonical' href='https://www.harbourdaily.de/politik/'>" * canonical
    head = (
        "<title>Politik | Harbour Daily</title>"
        f"<meta property='og:site_name' content='Harbour Daily'>{link}"
    )
    main = f"<header><a href='/'>Harbour Daily</a></header><main><h1>Politik</h1>{cards}</main>"
    articles = _html_listing(tmp_path, head, main)
    assert articles["title"].tolist() == [title for title, _ in _CARDS]
    return articles


@pytest.mark.parametrize("canonical", [True, False])
def test_an_own_section_pages_kickers_are_sections_with_or_without_a_canonical_url(
    tmp_path, canonical
):
    # review finding h70 J3: the cards' kicker spans ("Politik", "Kultur") were their
    # outlets, and with a canonical URL they came before the URL (59b3319)
    kickers = ["Politik", "Verkehr", "Kultur", "Wetter"]
    articles = _section_page(tmp_path, kickers, "kicker", canonical)
    assert articles["category"].tolist() == kickers
    assert set(articles["outlet"]) == {"Harbour Daily"}
    assert set(articles["outlet_source"]) == {"url" if canonical else "html"}


@pytest.mark.parametrize(
    ("kicker_class", "sections"),
    [
        ("teaser__dachzeile", True),  # a class word naming a section label
        ("rubrikLabel", True),
        ("teaser__meta", False),  # no such word: the text alone keeps them outlets
    ],
)
def test_kickers_the_markup_marks_as_sections_are_sections(tmp_path, kicker_class, sections):
    # review finding h70 J3: a kicker of two words ("Weißes Haus") is no one-word section
    # label, but the markup names the element a section label's
    kickers = ["Weißes Haus", "Kongress", "Nahost", "Justiz"]
    articles = _section_page(tmp_path, kickers, kicker_class, canonical=True)
    if sections:
        assert articles["category"].tolist() == kickers
        assert set(articles["outlet_key"]) == {"harbourdaily.de"}
    else:
        assert articles["outlet"].tolist() == kickers


@pytest.mark.parametrize(
    "box",
    [
        "<p><strong>ALSO READ:</strong> <a href='/x'>Ferry fares to rise in the spring</a></p>",
        "<p>Baca Juga: <a href='/x'>Harga tiket feri naik pada musim semi</a></p>",
        "<p><b>LEIA TAMBÉM:</b></p><p><a href='/x'>Tarifas das balsas sobem na primavera</a></p>",
    ],
)
def test_a_read_also_link_between_the_paragraphs_is_no_body(tmp_path, box):
    # trafilatura keeps a "read also" box set between two paragraphs as a paragraph of
    # the main text; a text dump's detector reads it as a link to another story
    page = ARTICLE_HTML.replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{PARAGRAPHS[1]}</p>{box}")
    path = tmp_path / "box.html"
    path.write_text(page, encoding="utf-8")
    read = read_page(path)
    facts = PageFacts(html=read.html)
    (article,) = extract_articles(read.text, name=path.name, facts=facts).itertuples()
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)
    assert "fares" not in article.body.lower() and "tarifas" not in article.body.lower()
    assert "harga" not in article.body.lower()


def _body_with_box(tmp_path, box: str, after: str = PARAGRAPHS[1]) -> str:
    page = ARTICLE_HTML.replace(f"<p>{after}</p>", f"<p>{after}</p>{box}")
    path = tmp_path / "box.html"
    path.write_text(page, encoding="utf-8")
    read = read_page(path)
    (article,) = extract_articles(read.text, path.name, PageFacts(html=read.html)).itertuples()
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)
    return article.body


@pytest.mark.parametrize(
    "label",
    ["Læs også:", "À lire aussi :", "Читайте також:", "Tin liên quan:", "相关新闻：", "関連記事："],
)
def test_a_label_and_one_link_to_a_story_is_no_body_in_any_language(tmp_path, label):
    # the markup says what the label's words do not: a paragraph that is a label and one
    # link's headline links to another story (found by the reviewer h77, K10)
    link = "<a href='/x'>Ferry service to resume on Monday after repairs</a>"
    for box in (f"<p><strong>{label}</strong> {link}</p>", f"<p>{label} {link}</p>"):
        assert "Ferry service" not in _body_with_box(tmp_path, box)


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        ("<p><strong>Tested by:</strong> Jane Doe, who rode it for a month</p>", "Jane Doe"),
        ("<p>The plan stage: <a href='/guide'>our guide</a></p>", "our guide"),  # a term
        ("<p>Read <a href='/x'>the council's full report</a> before the vote.</p>", "full report"),
        ("<p>The Plan Stage: Think and dream productively</p>", "Think and dream"),  # subheading
    ],
)
def test_a_labelled_line_that_is_no_link_to_a_story_stays_body(tmp_path, box, kept):
    assert kept in _body_with_box(tmp_path, box)


@pytest.mark.parametrize(
    ("author", "byline"),
    [
        ("Автор: Анна Смирнова", "Анна Смирнова"),
        ("Автор Анна Смирнова", "Анна Смирнова"),  # the colon dropped by the markup
        ("بقلم سارة أحمد", "سارة أحمد"),
        ("홍길동 기자", "홍길동"),
        ("记者 王小明", "王小明"),
        ("Maria Lopez", "Maria Lopez"),
        ("Di Maio", "Di Maio"),  # a name that opens like a cue, kept whole
        ("Na Li", "Na Li"),
    ],
)
def test_an_html_author_field_loses_its_byline_cue_in_any_language(author, byline, tmp_path):
    # the markup's author was the byline as given: "Автор Анна Смирнова", "홍길동 기자"
    assert _bylines_with_author_field(author, tmp_path, printed=False) == [byline]


def _bylines_with_author_field(author: str, tmp_path, printed: bool = True) -> list:
    """The bylines of ARTICLE_HTML with ``author`` as its ``<meta name="author">``; without
    its printed "By Maria Lopez" line unless ``printed`` (a printed byline wins over a
    markup author the page never prints)."""
    page_html = ARTICLE_HTML.replace(
        '<meta name="author" content="Maria Lopez">', f'<meta name="author" content="{author}">'
    )
    if not printed:
        page_html = page_html.replace('<p class="byline">By Maria Lopez</p>', "")
    path = tmp_path / "night-buses.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    return extract_articles(page.text, page.name, PageFacts(html=page.html))["byline"].tolist()


def _page_without_author(header: str, footer: str = "") -> str:
    """ARTICLE_HTML without its author tag and "By" line: ``header`` between the
    headline and the story, ``footer`` below it."""
    return (
        ARTICLE_HTML.replace('<meta name="author" content="Maria Lopez">\n', "")
        .replace('<p class="byline">By Maria Lopez</p>', header)
        .replace("</article>", f"{footer}</article>")
    )


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        (
            '<div class="firma"><span class="autor">Sergio Gómez Ruiz</span> '
            '<span class="lugar">Valladolid</span></div>',
            "Sergio Gómez Ruiz",
        ),
        ('<div class="haber-muhabir">Mehmet Demir</div>', "Mehmet Demir"),
        ('<p class="nota-autorName">Por Ana Ruiz</p>', "Ana Ruiz"),  # cue left out
        ('<div class="autor">Más noticias del autor</div>', None),  # no name
        # English "by" as the class, the writer's role after a comma (review h177 F4)
        ('<div class="by">Hannah Brook, Health Reporter</div>', "Hannah Brook"),
        # RDFa's author property (review h161 F8: the name was lost)
        (
            '<p class="meta"><span property="author" typeof="Person">'
            '<span property="name">Oskar Lindholm</span></span></p>',
            "Oskar Lindholm",
        ),
        # review h211: an image credit's class holds no author label ("Story:" is a
        # line's cue only), nor does a two-letter language code (Sundanese "Ku:")
        ('<span class="story-image-copyright">Getty Images</span>', None),
        ('<span class="ku">Asep Saepudin</span>', None),
        # review h305: a label no table holds before a colon, in an element so named
        ('<p class="autor">Isiratuk: Ana Wampiu Yagkug</p>', "Ana Wampiu Yagkug"),
    ],
)
def test_an_author_element_named_in_another_language_is_the_byline(header, byline, tmp_path):
    path = tmp_path / "night-buses.html"
    path.write_text(_page_without_author(header), encoding="utf-8")
    page = read_page(path)
    (article,) = extract_articles(page.text, page.name, PageFacts(html=page.html)).itertuples()
    assert article.byline == byline
    if byline is not None:  # the name's line is no paragraph of the story
        assert article.body.startswith(PARAGRAPHS[0])


@pytest.mark.parametrize(
    "line",
    [
        "By Maria Lopez | March 4, 2025",
        "By Maria Lopez | 4 March 2025",
        "Maria Lopez; March 4",
        # what else a byline element holds after a separator (review h102 N4)
        "Maria Lopez · 4. marec 2025.",
        "By Maria Lopez · Posted: Mar 4, 2025 / 06:30 PM MST",
        "Story by Maria Lopez • 3h • 4 min read",
        "example.com · by Maria Lopez · 6 min read",
        "Skrivað hevur: Maria Lopez · 4. mars 2025",
        "Vum Maria Lopez",
    ],
)
def test_the_date_a_byline_element_prints_is_no_part_of_the_byline(line, tmp_path):
    # trafilatura joins a byline element's parts with "; ": "Maria Lopez; March 4"
    path = tmp_path / "night-buses.html"
    path.write_text(_page_without_author(f'<p class="byline">{line}</p>'), encoding="utf-8")
    page = read_page(path)
    (article,) = extract_articles(page.text, page.name, PageFacts(html=page.html)).itertuples()
    assert article.byline == "Maria Lopez"


def test_a_name_and_date_paragraph_over_the_story_is_the_byline_and_no_body(tmp_path):
    # h93: trafilatura keeps "Maria Lopez, March 4, 2025" as the main text's first line
    path = tmp_path / "night-buses.html"
    path.write_text(_page_without_author("<p>Maria Lopez, March 4, 2025</p>"), encoding="utf-8")
    page = read_page(path)
    (article,) = extract_articles(page.text, page.name, PageFacts(html=page.html)).itertuples()
    assert article.byline == "Maria Lopez"
    assert article.body.startswith(PARAGRAPHS[0])


def test_a_reporters_name_in_a_list_item_is_the_byline(tmp_path):
    # a Korean page's header list: <li>NAME 기자</li> renders as the bullet "• NAME 기자"
    header = '<ul class="info"><li>박지훈 기자</li><li>입력 2025.03.04 09:12</li></ul>'
    path = tmp_path / "night-buses.html"
    path.write_text(_page_without_author(header), encoding="utf-8")
    page = read_page(path)
    (article,) = extract_articles(page.text, page.name, PageFacts(html=page.html)).itertuples()
    assert article.byline == "박지훈"


def test_an_author_element_below_the_story_is_no_byline(tmp_path):
    # a comment's or an author box's author is not the article's
    footer = '<div class="comentarios"><span class="comment-autor">Luis Pardo</span></div>'
    path = tmp_path / "night-buses.html"
    path.write_text(_page_without_author("", footer), encoding="utf-8")
    page = read_page(path)
    (article,) = extract_articles(page.text, page.name, PageFacts(html=page.html)).itertuples()
    assert article.byline is None


_SENTENCE = "The opposition argued that the cuts to the ferry would hurt families the most."


@pytest.mark.parametrize(
    "pull_quote",
    [
        f"<aside class='pullquote'><blockquote>{_SENTENCE}</blockquote></aside>",
        f"<blockquote>“{_SENTENCE.rstrip('.')}”</blockquote>",
    ],
)
def test_a_pull_quote_in_the_main_text_is_counted_once(tmp_path, pull_quote):
    # a sentence of the story printed again between its paragraphs (review finding h70
    # J15): trafilatura keeps it as one more paragraph of the main text
    two = f"{PARAGRAPHS[1]} {_SENTENCE}"
    page = ARTICLE_HTML.replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{two}</p>{pull_quote}")
    path = tmp_path / "pull-quote.html"
    path.write_text(page, encoding="utf-8")
    read = read_page(path)
    facts = PageFacts(html=read.html)
    (article,) = extract_articles(read.text, name=path.name, facts=facts).itertuples()
    assert article.body.count("cuts to the ferry") == 1
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)


def test_a_print_note_and_the_authors_bio_closing_the_main_text_are_no_body(tmp_path):
    # a magazine's closing notes (review finding h70 J15): the author is the markup's
    note = "<p><em>This article appears in the May 2025 print edition.</em></p>"
    bio = "<p>Maria Lopez is a staff writer at the Courier. Her first book is out in June.</p>"
    page = ARTICLE_HTML.replace("</article>", f"{note}{bio}</article>")
    path = tmp_path / "notes.html"
    path.write_text(page, encoding="utf-8")
    read = read_page(path)
    facts = PageFacts(html=read.html)
    (article,) = extract_articles(read.text, name=path.name, facts=facts).itertuples()
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_an_ad_slots_label_in_the_main_text_is_no_body(tmp_path):
    assert "Advertisement" not in _body_with_box(tmp_path, "<p class='ad'>Advertisement</p>")


def test_a_kicker_above_the_headline_is_no_body(tmp_path):
    # a section's name set above the headline inside <article> (review finding h70 J15,
    # the HTML page): trafilatura keeps it as the main text's first paragraph
    page = ARTICLE_HTML.replace("<article><h1>", "<article><p class='kicker'>Transport</p><h1>")
    path = tmp_path / "kicker.html"
    path.write_text(page, encoding="utf-8")
    read = read_page(path)
    facts = PageFacts(html=read.html)
    (article,) = extract_articles(read.text, name=path.name, facts=facts).itertuples()
    assert article.body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "character", ["&shy;", "\u00ad", "\u200b", "&zwnj;", "\u200e", "\u200f", "\u2060", "\ufeff"]
)
def test_a_paragraph_holding_a_format_character_stays_in_the_body(tmp_path, character):
    # review finding h94 M1: trafilatura's main text drops a soft hyphen, a zero-width
    # space or a direction mark that the rendered text keeps: the paragraph matched none
    hyphenated = PARAGRAPHS[1].replace("expected", f"ex{character}pected")
    page_html = ARTICLE_HTML.replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{hyphenated}</p>")
    path = tmp_path / "night-buses.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    body = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]["body"]
    assert [p.replace("\u00ad", "").replace("\u200b", "") for p in body.split("\n\n")][:1] == [
        PARAGRAPHS[0]
    ]
    assert len(body.split("\n\n")) == len(PARAGRAPHS)


def test_a_relative_canonical_link_is_read_against_the_pages_base(tmp_path):
    # review finding h94 M11: `wget --mirror --convert-links` keeps <base href> and makes
    # the canonical link relative
    mirrored = ARTICLE_HTML.replace(
        '<link rel="canonical" href="https://www.riverside-courier.com/news/night-buses">',
        '<base href="https://www.riverside-courier.com/news/">'
        '<link rel="canonical" href="night-buses.html">',
    )
    path = tmp_path / "night-buses.html"
    path.write_text(mirrored, encoding="utf-8")
    meta = read_page(path).html
    assert meta.url == "https://www.riverside-courier.com/news/night-buses.html"


@pytest.mark.parametrize(
    ("box", "note"),
    [
        ("<p class='disclaimer'>The opinions expressed are the author's own.</p>", "opinions"),
        (
            "<div class='fact-check__methodology'><h3>How we checked this</h3>"
            "<p>Sources consulted: council minutes and timetables.</p></div>",
            "Sources consulted",
        ),
        (
            "<div class='infographic'><img src='/g/routes.png' alt='Routes'>"
            "<p>Infographic: the six night routes</p></div>",
            "six night routes",
        ),
        ("<p class='wp-caption-text'>A night bus waits at the depot.</p>", "waits at the depot"),
        # links to other stories printed without their link (review h102 N10: fo, sn, ug)
        ("<p class='also'>Lesið eisini: Ferjan siglir aftur mánadagin</p>", "Ferjan siglir"),
        ("<aside class='related-stories'><p>Ferry service to resume</p></aside>", "Ferry service"),
        # a match's statistics the site fills in under the report (h152 item 1)
        (
            "<table class='stats'><tr><th></th><th>Harbour</th><th>Millbrook</th></tr>"
            "<tr><td>Possession</td><td>58%</td><td>42%</td></tr>"
            "<tr><td>Shots</td><td>14</td><td>5</td></tr></table>",
            "Possession",
        ),
    ],
)
def test_a_box_the_markup_names_a_note_beside_the_story_is_no_body(tmp_path, box, note):
    # review finding h94 M13: an opinion column's disclaimer, a fact check's method box,
    # an infographic's caption set among the story's paragraphs stayed in the body
    assert note not in _body_with_box(tmp_path, box)


@pytest.mark.parametrize(
    ("box", "note"),
    [
        (
            "<div class='disclaimer'><p>The information in this article does not constitute "
            "investment advice. Readers should consult a licensed adviser first.</p></div>",
            "investment advice",
        ),
        (
            "<div class='fact-check__methodology'><p>We checked the council minutes, the "
            "timetables and the budget papers published on Monday.</p></div>",
            "council minutes",
        ),
        ("<p class='also'>Lesið eisini: Ferjan siglir aftur mánadagin.</p>", "Ferjan siglir"),
    ],
)
def test_a_box_the_markup_names_under_the_storys_last_paragraph_is_no_body(tmp_path, box, note):
    # h133: the main text left the box out, and the detector's prose after the main
    # text's last line continued the story over it (analysis/clean/main_text_end.py)
    assert note not in _body_with_box(tmp_path, box, after=PARAGRAPHS[-1])


def test_a_story_inside_a_box_named_like_a_note_stays_body(tmp_path):
    # a box holding half of the main text or more is the story, whatever its class says
    story = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    page = ARTICLE_HTML.replace(story, f"<div class='disclosure'>{story}</div>")
    assert page != ARTICLE_HTML
    path = tmp_path / "boxed.html"
    path.write_text(page, encoding="utf-8")
    read = read_page(path)
    (article,) = extract_articles(read.text, path.name, PageFacts(html=read.html)).itertuples()
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)


def test_a_long_disclaimer_beside_a_short_story_is_no_body(tmp_path):
    """A market report's legal disclaimer box holding more letters than the story's few
    paragraphs is still beside them: more paragraphs stand outside it (h133)."""
    legal = (
        "The information in this article is provided for general information only and does "
        "not constitute investment advice, an offer or a solicitation to buy or sell any "
        "security. Readers should consult a licensed adviser before making any investment "
        "decision. The publisher accepts no liability for any loss arising from the use of "
        "this information, and past performance is no guide to future returns of any kind. "
        "Prices quoted are indicative and may differ from those available when you trade."
    )
    box = f"<div class='disclaimer'><p>{legal}</p></div>"
    assert "investment advice" not in _body_with_box(tmp_path, box)


def test_a_caption_repeating_a_paragraph_of_the_story_leaves_the_paragraph_body(tmp_path):
    # a photo's caption printing the story's first paragraph again (a dev page): the
    # paragraph is the story's, only the caption is a note
    box = f"<div class='c-picture__caption'><p>{PARAGRAPHS[0]}</p></div>"
    assert _body_with_box(tmp_path, box).startswith(PARAGRAPHS[0])


@pytest.mark.parametrize(
    "bar", ["<p>Share: Facebook · X · Telegram</p>", "<p>Facebook | WhatsApp | E-mail</p>"]
)
def test_a_share_bar_in_the_main_text_is_no_body(bar, tmp_path):
    # trafilatura keeps a share bar printed as a paragraph in the article; a text dump's
    # detector drops it (review h102 N10: 'Бүлешергә: VK · Telegram')
    path = tmp_path / "night-buses.html"
    path.write_text(_page_without_author("", footer=bar), encoding="utf-8")
    page = read_page(path)
    (article,) = extract_articles(page.text, page.name, PageFacts(html=page.html)).itertuples()
    assert article.body.endswith(PARAGRAPHS[-1])


def test_an_address_line_and_a_video_lists_clips_are_no_body(tmp_path):
    """A print view's 'URL an ailt: https://...' line and a TV page's list of clips with
    their lengths stayed in the HTML main text's body (review h102 N10)."""
    body = _body_with_box(tmp_path, "<p>URL an ailt: https://www.example.ie/nuacht/87098</p>")
    assert "https://" not in body
    clips = "<ul><li>Highway 14 closed after crash (1:05)</li><li>Snow on the way (2:11)</li></ul>"
    assert "Highway 14" not in _body_with_box(tmp_path, clips)
    # a sentence pointing to an address is the story's
    link = "<p>Tickets are sold on the site – https://www.example.org/tickets</p>"
    assert "https://www.example.org/tickets" in _body_with_box(tmp_path, link)


def test_a_related_items_time_above_the_headline_does_not_date_the_article():
    # review h120 R3: the whole page's date search took an aside's <time> printed above
    # the article; the header under the headline prints the story's own day
    from analysis.clean.articles import header_date_over_aside

    text = (
        "Related\nFerry fares rise in January\nNovember 29, 2026\n\n"
        "Council approves the new rail budget\n\nBy Jo Marsh\nDecember 2, 2026\n\n"
        "The council approved the budget on Tuesday after a long debate.\n"
    )
    title = text.index("Council approves")
    body = text.index("The council approved")
    assert header_date_over_aside(text, title, body, "2026-11-29") == "2026-12-02"
    # the markup's own date, printed under the headline or nowhere, stays
    assert header_date_over_aside(text, title, body, "2026-12-02") is None
    assert header_date_over_aside(text, title, body, "2026-12-03") is None


def _body_with_closing_box(tmp_path, box: str) -> str:
    last = f"<p>{PARAGRAPHS[-1]}</p>"
    path = tmp_path / "closing.html"
    path.write_text(ARTICLE_HTML.replace(last, last + box), encoding="utf-8")
    read = read_page(path)
    (article,) = extract_articles(read.text, path.name, PageFacts(html=read.html)).itertuples()
    return article.body


def test_the_label_of_a_closing_box_whose_items_went_is_no_body(tmp_path):
    """A TV page's 'Up Next' heading stayed as the body's last line when its clips left
    (review h102 N10, h114 left open)."""
    clips = "<li>Highway 14 closed after crash (1:05)</li><li>Snow on the way (2:11)</li>"
    body = _body_with_closing_box(tmp_path, f"<section><h3>Up Next</h3><ul>{clips}</ul></section>")
    assert body.endswith(PARAGRAPHS[-1])
    # a short line over a single line that went (a signature over a share bar) stays
    share = "<p>Share: Facebook · X · WhatsApp · Email</p>"
    body = _body_with_closing_box(tmp_path, f"<p>Ana Silva, Lisbon</p>{share}")
    assert body.endswith("Ana Silva, Lisbon")


@pytest.mark.parametrize(
    "update",
    [
        '<meta property="article:modified_time" content="2025-11-20T18:22:00Z">',
        '<meta property="og:updated_time" content="2025-11-20T18:22:00Z">',
    ],
)
def test_an_update_date_alone_in_the_markup_leaves_the_printed_date(tmp_path, update):
    # the markup names only the last correction's date: htmldate falls back on it, but
    # the story was published on the day its header prints
    markup = ARTICLE_HTML.replace(
        '<meta property="article:published_time" content="2025-03-04T08:00:00Z">', update
    ).replace(
        '<p class="byline">By Maria Lopez</p>',
        '<p class="byline">By Maria Lopez</p><div class="info">Published March 6, 2025</div>',
    )
    path = tmp_path / "corrected.html"
    path.write_text(markup, encoding="utf-8")
    page = read_page(path)
    assert page.html.published != "2025-11-20"
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert row["published"] == "2025-03-06"


def test_an_update_date_beside_a_publication_date_leaves_the_markups_date(tmp_path):
    markup = ARTICLE_HTML.replace(
        '<meta property="article:published_time" content="2025-03-04T08:00:00Z">',
        '<meta property="article:published_time" content="2025-03-04T08:00:00Z">'
        '<meta property="article:modified_time" content="2025-11-20T18:22:00Z">',
    )
    path = tmp_path / "dated.html"
    path.write_text(markup, encoding="utf-8")
    assert read_page(path).html.published == "2025-03-04"


def test_the_home_links_logo_image_names_the_logo():
    from lxml.html import document_fromstring

    from analysis.clean.html_logo import home_logo_name

    def logo(header: str) -> str | None:
        return home_logo_name(
            document_fromstring(
                f'<html><body>{header}<h1>Headline</h1><img alt="A photo"></body></html>'
            )
        )

    assert logo('<a href="/"><img alt="Seaview Gazette"></a>') == "Seaview Gazette"
    assert logo('<a href="https://seaview.example/"><img alt="Seaview"></a>') == "Seaview"
    # a link to a story, an image without a link, one under the headline: none
    assert logo('<a href="/news/a.html"><img alt="Seaview Gazette"></a>') is None
    assert logo('<img alt="Seaview Gazette">') is None
    assert logo("") is None


@pytest.mark.parametrize("author", ["Riverside Courier", "The Riverside Courier"])
def test_an_author_field_holding_the_sites_name_leaves_the_printed_byline(author, tmp_path):
    # a CMS that fills <meta name="author"> with the site's own name (review h143)
    assert _bylines_with_author_field(author, tmp_path) == ["Maria Lopez"]


def test_a_publishers_legal_name_gives_way_to_the_brand_its_title_and_logo_name(tmp_path):
    # the JSON-LD publisher (trafilatura's site name) is the owner's legal name; the
    # <title>'s site part and the home link's logo are the brand (review h143)
    page_html = (
        ARTICLE_HTML.replace('<meta property="og:site_name" content="Riverside Courier">\n', "")
        .replace(
            '<link rel="canonical" href="https://www.riverside-courier.com/news/night-buses">\n', ""
        )
        .replace(
            "</head>",
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type":'
            ' "NewsArticle", "headline": "Council expands night buses", "publisher":'
            ' {"@type": "Organization", "name": "Riverside Media Holdings LLC"}}</script></head>',
        )
        .replace("<nav>", '<a href="/"><img src="/logo.svg" alt="Riverside Courier"></a><nav>')
    )
    path = tmp_path / "night-buses.html"
    path.write_text(page_html, encoding="utf-8")
    assert read_page(path).html.site_name == "Riverside Courier"
    # without the logo, the markup's name stays as written
    path.write_text(page_html.replace(' alt="Riverside Courier"', ""), encoding="utf-8")
    assert read_page(path).html.site_name == "Riverside Media Holdings LLC"


@pytest.mark.parametrize("day", ["2090-06-15", "2090-06-15T09:00:00Z"])
def test_a_date_after_the_day_of_the_run_is_read_as_written(tmp_path, day):
    # htmldate's latest date was the clock's today: a later day (a clock behind, a time
    # zone ahead) read as the first of its month, and the output changed with the day
    # of the run (review h150)
    markup = ARTICLE_HTML.replace("2025-03-04T08:00:00Z", day)
    path = tmp_path / "ahead.html"
    path.write_text(markup, encoding="utf-8")
    assert read_page(path).html.published == "2090-06-15"


@pytest.mark.parametrize("placeholder", ["%%title%% %%sep%% %%sitename%%", "{{ page.title }}"])
def test_a_title_left_as_a_templates_placeholder_gives_way_to_the_h1(tmp_path, placeholder):
    # a CMS left og:title and <title> unfilled; the story's headline is the <h1> (review
    # h150)
    markup = ARTICLE_HTML.replace(
        "<title>Council expands night buses - Riverside Courier</title>",
        f"<title>{placeholder}</title>",
    ).replace('content="Council expands night buses"', f'content="{placeholder}"')
    path = tmp_path / "placeholder.html"
    path.write_text(markup, encoding="utf-8")
    page = read_page(path)
    assert page.html.title == "Council expands night buses"
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert row["title"] == "Council expands night buses"


def test_a_parent_companys_og_site_name_gives_way_to_the_brand_its_title_and_logo_name(
    tmp_path,
):
    # og:site_name is the parent company's ("Riverside Media Group", company words and no
    # legal form); the <title>'s site part and the home link's logo are the paper (review
    # h150)
    page_html = ARTICLE_HTML.replace(
        'content="Riverside Courier">', 'content="Riverside Media Group">'
    ).replace("<nav>", '<a href="/"><img src="/logo.svg" alt="Riverside Courier"></a><nav>')
    path = tmp_path / "night-buses.html"
    path.write_text(page_html, encoding="utf-8")
    assert read_page(path).html.site_name == "Riverside Courier"
    # without the logo, the markup's name stays as written
    path.write_text(page_html.replace(' alt="Riverside Courier"', ""), encoding="utf-8")
    assert read_page(path).html.site_name == "Riverside Media Group"


@pytest.mark.parametrize(
    "site_title",
    [
        '<p class="wp-block-site-title"><a href="https://tidemark.example" rel="home">'
        "Tidemark Ledger</a></p>",
        '<p class="site-title"><a href="/" rel="home">Tidemark Ledger</a></p>',
        # Drupal 7's core themes and a Drupal 8+ site-branding block (h398)
        '<div id="site-name"><strong><a href="/" title="Home" rel="home"><span>Tidemark Ledger'
        "</span></a></strong></div>",
        '<div class="site-branding__name"><a href="/" rel="home">Tidemark Ledger</a></div>',
    ],
)
def test_a_wordpress_themes_site_title_names_the_site(tmp_path, site_title):
    # a block theme's (or a classic theme's) site title over a page with no site-name
    # tag: the text said nothing of the site, or a byline was taken for it (review h149,
    # h142)
    markup = (
        ARTICLE_HTML.replace('<meta property="og:site_name" content="Riverside Courier">\n', "")
        .replace(
            '<link rel="canonical" href="https://www.riverside-courier.com/news/night-buses">\n', ""
        )
        .replace(
            '<link rel="canonical" href="https://www.riverside-courier.com/news/night-buses">\n', ""
        )
        .replace(" - Riverside Courier</title>", "</title>")
        .replace("<nav>", f"<header>{site_title}</header><nav>")
    )
    path = tmp_path / "site-title.html"
    path.write_text(markup, encoding="utf-8")
    assert read_page(path).html.site_name == "Tidemark Ledger"


def test_a_site_title_class_names_the_site_only_as_one_home_link():
    from lxml.html import document_fromstring

    from analysis.clean.html_logo import site_title_name

    def name(header: str) -> str | None:
        return site_title_name(document_fromstring(f"<html><body>{header}<h1>H</h1></body></html>"))

    assert name('<p class="site-title"><a href="/">Tidemark Ledger</a></p>') == "Tidemark Ledger"
    # a link to a story, text beside the link, no link, another class: none
    assert name('<p class="site-title"><a href="/news/a">Tidemark Ledger</a></p>') is None
    assert name('<p class="site-title">Welcome to <a href="/">Tidemark</a></p>') is None
    assert name('<p class="site-title">Tidemark Ledger</p>') is None
    assert name('<p class="site-description"><a href="/">Tidemark Ledger</a></p>') is None


@pytest.mark.parametrize(
    "deck",
    [
        "<p class='standfirst'>Six routes, a new depot and buses every twenty minutes.</p>",
        "<h2 class='article__dek'>Six routes, a new depot and buses every twenty minutes.</h2>",
        "<div class='sub-headline'>Six routes, a new depot and buses every twenty minutes.</div>",
    ],
)
def test_the_deck_under_the_headline_is_no_body(tmp_path, deck):
    # h152 item 3: the standfirst between the h1 and the byline stayed the body's first line
    page = ARTICLE_HTML.replace("</h1>", f"</h1>{deck}")
    assert page != ARTICLE_HTML
    path = tmp_path / "deck.html"
    path.write_text(page, encoding="utf-8")
    read = read_page(path)
    (article,) = extract_articles(read.text, path.name, PageFacts(html=read.html)).itertuples()
    assert read.html.body is not None and "Six routes" in read.html.body  # in the main text
    assert "Six routes" not in article.body
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)


def test_a_paragraph_marked_as_a_deck_inside_the_story_stays_body(tmp_path):
    # only the main text's head holds a deck: a paragraph so marked under the story's
    # first paragraph is its text
    deck = "<p class='standfirst'>Six routes, a new depot and buses every twenty minutes.</p>"
    assert "Six routes" in _body_with_box(tmp_path, deck, after=PARAGRAPHS[0])


def test_the_role_after_the_byline_s_comma_is_no_second_author(tmp_path):
    # trafilatura joins "By NAME, Heritage Correspondent" as "NAME; Heritage Correspondent"
    page_html = _page_without_author(
        '<p class="byline">By Niamh Carrow, Heritage Correspondent</p>'
    )
    path = tmp_path / "pier.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    bylines = extract_articles(page.text, page.name, PageFacts(html=page.html))["byline"]
    assert bylines.tolist() == ["Niamh Carrow"]


@pytest.mark.parametrize(
    "ld",
    [
        # a JSON-LD publisher (an Organization: the company) beside og:site_name
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council'
        ' expands night buses", "publisher": {"@type": "Organization", "name": "PT Media'
        ' Nyiur Melambai"}}',
        # an @graph's Organization (longer, so trafilatura takes it) beside its WebSite
        '{"@context": "https://schema.org", "@graph": [{"@type": "Organization", "name":'
        ' "PT Media Nyiur Melambai"}, {"@type": "WebSite", "name": "Riverside Courier"},'
        ' {"@type": "NewsArticle", "headline": "Council expands night buses"}]}',
    ],
)
def test_a_publishers_company_name_gives_way_to_the_site_name_the_page_and_its_title_give(
    tmp_path, ld
):
    # trafilatura takes a JSON-LD publisher's name over og:site_name, and the longer of
    # an Organization's and a WebSite's names: the company ("PT Media Nyiur Melambai",
    # "خیبر نامہ میڈیا گروپ"), no legal form or company word of ours in it (review h177)
    markup = ARTICLE_HTML.replace(
        "</head>", f'<script type="application/ld+json">{ld}</script></head>'
    )
    if "@graph" in ld:
        markup = markup.replace('<meta property="og:site_name" content="Riverside Courier">\n', "")
    path = tmp_path / "night-buses.html"
    path.write_text(markup, encoding="utf-8")
    assert read_page(path).html.site_name == "Riverside Courier"
    # a <title> that does not name the site leaves the markup's name as trafilatura reads it
    path.write_text(
        markup.replace("Council expands night buses - Riverside Courier", "Night buses"),
        encoding="utf-8",
    )
    assert read_page(path).html.site_name == "PT Media Nyiur Melambai"


def test_a_live_blogs_headline_is_the_title_not_its_first_updates(tmp_path):
    # trafilatura reads a LiveBlogPosting's liveBlogUpdate items in its place: the first
    # update's headline ("Route 9 added") was the page's title (review h177)
    ld = (
        '{"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline":'
        ' "Night buses: live updates", "datePublished": "2025-03-04T08:00:00Z",'
        ' "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Route 9 added",'
        ' "datePublished": "2025-03-04T10:00:00Z"}, {"@type": "BlogPosting", "headline":'
        ' "Timetables due", "datePublished": "2025-03-04T09:00:00Z"}]}'
    )
    markup = (
        ARTICLE_HTML.replace(
            '<meta property="og:title" content="Council expands night buses">\n', ""
        )
        .replace("<title>Council expands night buses - Riverside Courier</title>", "")
        .replace("</head>", f'<script type="application/ld+json">{ld}</script></head>')
        .replace("<h1>Council expands night buses</h1>", "<h1>Night buses: live updates</h1>")
        .replace("</article>", "<h2>Route 9 added</h2><p>Route 9 joins the network.</p></article>")
    )
    path = tmp_path / "live.html"
    path.write_text(markup, encoding="utf-8")
    assert read_page(path).html.title == "Night buses: live updates"


def test_a_menus_links_printed_on_one_line_over_the_headline_are_no_category(tmp_path):
    # the lead's review (round 14): an inline <nav> over the <h1> rendered as "Home News
    # Sport Business", read as the story's category
    nav = (
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> '
        '<a href="/business">Business</a></nav>'
    )
    page_html = ARTICLE_HTML.replace("<article>", f"{nav}<article>", 1)
    assert page_html != ARTICLE_HTML
    path = tmp_path / "night-buses.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    (article,) = extract_articles(page.text, page.name, PageFacts(html=page.html)).itertuples()
    assert article.category is None
    assert article.title == "Council expands night buses"


def test_a_site_builders_hooked_user_name_is_the_byline(tmp_path):
    # Wix's post header: <span data-hook="user-name"> over the headline; a commenter's
    # below it is not the writer (after review h305's held-out pages)
    header = '<div data-hook="post-header"><span data-hook="user-name">Lena Okoro</span></div>'
    comment = '<div data-hook="comment"><span data-hook="user-name">Sam Reed</span></div>'
    page_html = _page_without_author("", comment).replace("<article>", f"<article>{header}")
    path = tmp_path / "night-buses.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    (article,) = extract_articles(page.text, page.name, PageFacts(html=page.html)).itertuples()
    assert article.byline == "Lena Okoro"


@pytest.mark.parametrize("shown", ["hanne.brockmann", "Ousmane Badji"])
def test_drupals_author_field_is_the_byline(tmp_path, shown):
    # Drupal 10's node meta: "By <span class="field--name-uid"><a>NAME</a></span>"; a
    # comment's author field below the story is not the writer (review h313)
    meta = (
        '<div class="node__meta"><span>By <span class="field field--name-uid '
        f'field--type-entity-reference"><a href="/user/17"><span>{shown}</span></a></span></span>'
        "</div>"
    )
    comment = (
        '<div class="comment"><span class="field field--name-uid"><a>Sam Reed</a></span></div>'
    )
    page_html = _page_without_author("", comment).replace("<article>", f"<article>{meta}")
    path = tmp_path / "night-buses.html"
    path.write_text(page_html, encoding="utf-8")
    page = read_page(path)
    (article,) = extract_articles(page.text, page.name, PageFacts(html=page.html)).itertuples()
    assert article.byline == shown


def test_a_broadcasters_player_label_in_its_language_is_no_body(tmp_path):
    # review h450: a Russian TV station's page prints its player's label and the clip's
    # length between the headline and the story ("Смотрите видео 2:40"); the English
    # "Watch: 2:14" was dropped, the Russian kept as the body's first line
    markup = ARTICLE_HTML.replace(
        '<p class="byline">By Maria Lopez</p>',
        '<p class="byline">By Maria Lopez</p><div class="player">Смотрите видео 2:40</div>',
    )
    path = tmp_path / "player.html"
    path.write_text(markup, encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert "2:40" not in row["body"]
    assert row["body"].startswith(PARAGRAPHS[0])


def test_a_share_buttons_label_in_the_page_language_is_no_body(tmp_path):
    # review h450: a Japanese broadcaster's page prints its share button's label between
    # the headline and the story ("シェア"); the English "Share" was dropped, it was kept
    markup = ARTICLE_HTML.replace(
        '<p class="byline">By Maria Lopez</p>',
        '<p class="byline">By Maria Lopez</p><div class="share">シェア</div>',
    )
    path = tmp_path / "share.html"
    path.write_text(markup, encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert "シェア" not in row["body"]
    assert row["body"].startswith(PARAGRAPHS[0])


def test_an_aggregators_original_source_line_is_no_body(tmp_path):
    # review h450: a portal's copy of a partner's story closes with "Original source:
    # PARTNER" ("Provided by PARTNER" above it went); it stayed as the last paragraph
    markup = ARTICLE_HTML.replace(
        "</article>", "<div class=source>Original source: Example Ledger</div></article>"
    )
    path = tmp_path / "portal.html"
    path.write_text(markup, encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert "Original source" not in row["body"]
    assert row["body"].rstrip().endswith(PARAGRAPHS[-1])
