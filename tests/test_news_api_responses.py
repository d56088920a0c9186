"""A news API's response saved as a file (NewsAPI, GNews, Event Registry): one card a
story, its body as the API gives it (analysis.clean.app_state.state_stories). Review
h335's research-platform exports, made-up outlets and wording."""

from __future__ import annotations

import json

import pandas as pd

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import json_listing_page

_FERRY = (
    "The council approved a new ferry timetable on Tuesday that adds two evening crossings.",
    '"We listened to commuters," said councillor Mara Okafor after the vote.',
)
_STORM = (
    "A winter storm closed the coastal road between the harbour and the northern villages.",
    "Engineers said the repairs could take until Friday.",
)


def _articles_of(value: object, name: str) -> pd.DataFrame:
    page = json_listing_page(json.dumps(value, ensure_ascii=False).encode(), name, f"raw/{name}")
    assert page is not None and page.html is not None, "not read as the listing it holds"
    return extract_articles(page.text, page.name, PageFacts(html=page.html))


def _event_registry(bodies: list[tuple[str, ...]]) -> dict:
    """Event Registry's getArticles response: ``articles.results``, each story's full
    text in ``body``, its paragraphs between blank lines, its site in ``source``."""
    results = [
        {
            "uri": f"70000{n}",
            "lang": "eng",
            "date": f"2026-12-0{n + 1}",
            "time": "09:30:00",
            "dateTime": f"2026-12-0{n + 1}T09:30:00Z",
            "dateTimePub": f"2026-12-0{n + 1}T09:30:00Z",
            "url": f"https://www.harbourcourier.com/2026/12/0{n + 1}/story-{n}",
            "title": title,
            "body": "\n\n".join(body),
            "source": {"uri": "harbourcourier.com", "dataType": "news", "title": "Harbour Courier"},
            "authors": [{"name": "Jane Roe", "type": "author", "isAgency": False}],
        }
        for n, (title, body) in enumerate(
            zip(
                ("Council approves ferry timetable", "Storm closes coastal road"),
                bodies,
                strict=True,
            )
        )
    ]
    return {"articles": {"results": results, "totalResults": 2, "page": 1, "pages": 1}}


def test_a_listed_storys_full_text_keeps_its_paragraphs_and_is_no_teaser():
    # Event Registry's bodies were joined into one line: a short story of two
    # paragraphs read as "one paragraph of at most 90 words", a teaser, and left out of
    # its outlet's figures (h335)
    articles = _articles_of(_event_registry([_FERRY, _STORM]), "eventregistry.json")
    assert articles["body"].tolist() == ["\n\n".join(_FERRY), "\n\n".join(_STORM)]
    assert not articles["is_teaser"].any()
    assert articles["published"].tolist() == ["2026-12-01", "2026-12-02"]


def test_an_event_registry_story_is_filed_by_its_sources_title_and_dated_by_its_publication():
    # Event Registry's source is {"uri": domain, "title": name}: its title was not read,
    # so the cards were filed by their links' hosts ("m.harbourcourier.com" apart from
    # "www.harbourcourier.com"'s name); its "date" is the day the crawler found the
    # story, "dateTimePub" the story's own (h335)
    response = _event_registry([_FERRY, _STORM])
    for story in response["articles"]["results"]:
        story["url"] = story["url"].replace("www.", "m.")
        story["dateTimePub"] = story["dateTimePub"].replace("12-0", "11-2")  # 1 Dec -> 21 Nov
        del story["dateTime"]
    articles = _articles_of(response, "eventregistry.json")
    assert articles["outlet"].tolist() == ["Harbour Courier", "Harbour Courier"]
    assert articles["published"].tolist() == ["2026-11-21", "2026-11-22"]


def test_a_story_dated_only_by_its_publication_key_is_listed():
    # a response whose stories carry "dateTimePub" and no "date" listed no story at all
    response = _event_registry([_FERRY, _STORM])
    for story in response["articles"]["results"]:
        del story["date"], story["dateTime"]
    articles = _articles_of(response, "eventregistry.json")
    assert articles["published"].tolist() == ["2026-12-01", "2026-12-02"]


def _newsapi(contents: list[str]) -> dict:
    """NewsAPI's response: stories without a description, their ``content`` clipped at
    some 200 characters and closed by the count of those cut off."""
    articles = [
        {
            "source": {"id": None, "name": "Pinecrest Daily"},
            "author": "Tom Acres",
            "title": title,
            "description": None,
            "url": f"https://pinecrestdaily.com/2026/12/03/{n}",
            "publishedAt": "2026-12-03T09:20:00Z",
            "content": content,
        }
        for n, (title, content) in enumerate(
            zip(("Ferry timetable approved", "Coastal road closed"), contents, strict=True)
        )
    ]
    return {"status": "ok", "totalResults": 2, "articles": articles}


def test_a_news_apis_clipped_content_is_a_teaser_cut_short_without_its_count():
    # NewsAPI's "[+1840 chars]" was kept in the body (two words of it) and the card was
    # a teaser only for being short ("one paragraph of at most 90 words"); GNews writes
    # "... [1840 chars]" (h335)
    response = _newsapi(
        [
            f"{_FERRY[0]}\r\n{_STORM[0][:70]}… [+1840 chars]",
            f"{_STORM[0][:60]}... [912 chars]",
        ]
    )
    articles = _articles_of(response, "newsapi.json")
    assert articles["body"].tolist() == [
        f"{_FERRY[0]}\n\n{_STORM[0][:70]}…",
        f"{_STORM[0][:60]}…",
    ]
    assert articles["teaser_reason"].tolist() == ["card: ends in an ellipsis"] * 2


def test_an_agencys_ninjs_items_give_their_text_and_rights_holder():
    # IPTC ninjs 1.x (an agency's API): "body_text", "description_text" and
    # "copyrightholder" were read by no key, so its items were headlines over dates
    # ("headlines only?", no article) (h335; listings_h254's ninjs page)
    items = [
        {
            "uri": f"urn:kna:2026:text:{n}",
            "type": "text",
            "firstcreated": f"2026-12-0{n + 1}T15:20:00+02:00",
            "headline": title,
            "byline": "Kabelo Mothibi",
            "copyrightholder": "Kgaolo News Agency",
            "description_text": body[0],
            "body_text": "\n\n".join(body),
        }
        for n, (title, body) in enumerate(
            zip(("Ferry timetable approved", "Coastal road closed"), (_FERRY, _STORM), strict=True)
        )
    ]
    articles = _articles_of({"total": 2, "items": items}, "ninjs.json")
    assert articles[["outlet", "byline", "published"]].values.tolist() == [
        ["Kgaolo News Agency", "Kabelo Mothibi", "2026-12-01"],
        ["Kgaolo News Agency", "Kabelo Mothibi", "2026-12-02"],
    ]
    # the summary is the text's first paragraph: the item's whole text is the card's
    # (h346; listings_h254's gold holds the whole text)
    assert articles["body"].tolist() == ["\n\n".join(_FERRY), "\n\n".join(_STORM)]


def test_a_listed_storys_own_link_is_its_url():
    # a story of a news API's response kept no address (articles.url None: the response
    # is no page of a site), so it could not be matched with the same story saved as a
    # page, nor opened from the article table (h343)
    response = _newsapi([f"{_FERRY[0]}… [+1840 chars]", f"{_STORM[0]}… [+912 chars]"])
    response["articles"][1]["url"] = "https://pinecrestdaily.com/2026/12/03/road?a=1&b=2"
    articles = _articles_of(response, "newsapi.json")
    assert articles["url"].tolist() == [
        "https://pinecrestdaily.com/2026/12/03/0",
        "https://pinecrestdaily.com/2026/12/03/road?a=1&b=2",
    ]


def test_two_listed_stories_of_one_title_keep_no_link_of_the_other():
    # a wire story carried under one headline by two papers: which link is whose is
    # not known from the title, so neither card takes one (h343)
    response = _newsapi([f"{_FERRY[0]}… [+1840 chars]", f"{_STORM[0]}… [+912 chars]"])
    response["articles"][1]["title"] = response["articles"][0]["title"]
    articles = _articles_of(response, "newsapi.json")
    assert articles["url"].isna().all()


def test_a_feeds_item_link_is_its_cards_url_not_the_channels():
    # an RSS item's card took its channel's link (the site's home page) as its URL
    from analysis.clean.feed_xml import feed_document
    from analysis.clean.read import _saved_page

    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Pinecrest Daily</title>'
        "<link>https://pinecrestdaily.com/</link>"
        + "".join(
            f"<item><title>{title}</title><link>https://pinecrestdaily.com/{n}</link>"
            f"<pubDate>Thu, 03 Dec 2026 09:20:00 +0000</pubDate>"
            f"<description>{text}</description></item>"
            for n, (title, text) in enumerate(
                (("Ferry timetable approved", _FERRY[0]), ("Coastal road closed", _STORM[0]))
            )
        )
        + "</channel></rss>"
    ).encode()
    page = _saved_page(feed_document(feed, "feed.xml"), "feed.xml", "raw/feed.xml", len(feed))
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert articles["url"].tolist() == [
        "https://pinecrestdaily.com/0",
        "https://pinecrestdaily.com/1",
    ]


def test_a_news_apis_records_count_in_no_outlets_boilerplate_ratio(tmp_path):
    # a story of a news API's response is a card whose "Source:" label, date and author
    # lines clean wrote from the record's fields: they were its outlet's "chrome" (the
    # study: Lakeside Tribune 8.8 % on its page, 12.9 % with its API card; an outlet seen
    # only through the API ~31 %, the response's own row 32.5 %), though no page of the
    # outlet was saved (h343)
    from analysis.clean.pipeline import run_clean
    from analysis.stats.metrics import article_metrics, one_name_per_outlet, write_metrics
    from analysis.stats.outlet_inputs import listing_units

    raw = tmp_path / "raw"
    raw.mkdir()
    response = _newsapi([f"{_FERRY[0]}… [+1840 chars]", f"{_STORM[0]}… [+912 chars]"])
    response["articles"][1]["source"]["name"] = "Harbour Courier"
    (raw / "newsapi.json").write_text(json.dumps(response), encoding="utf-8")
    (raw / "courier.txt").write_text(
        "Harbour Courier\nHome | News | Sport\n\nNew lifeboat station opens\n\nBy Jane Roe\n"
        f"December 3, 2026\n\n{_FERRY[1]}\n\n{_STORM[1]}\n\nShare this story\n\n"
        "© 2026 Harbour Courier\n",
        encoding="utf-8",
    )
    out = tmp_path / "processed"
    assert run_clean(raw, out) == 0
    written = write_metrics(out, tmp_path / "reports")
    table = pd.read_parquet(written["article_metrics"]).set_index("page")
    cards = table.loc["newsapi.json"]
    assert cards["unit_chars"].tolist() == [0, 0] and cards["boilerplate_ratio"].isna().all()
    outlets = pd.read_parquet(written["outlet_metrics"]).set_index("outlet")
    page = table.loc["courier.txt"]
    assert outlets.loc["Harbour Courier", "boilerplate_ratio"] == page["boilerplate_ratio"] > 0
    assert pd.isna(outlets.loc["Pinecrest Daily", "boilerplate_ratio"])
    assert pd.isna(outlets.loc["unknown site (newsapi.json)", "boilerplate_ratio"])
    articles = pd.read_parquet(out / "articles.parquet")
    merged, _, _ = one_name_per_outlet(articles, pd.read_parquet(out / "pages.parquet"))
    whole, _, _ = article_metrics(merged, pd.read_parquet(out / "blocks.parquet"))
    assert whole.set_index("page").loc["newsapi.json", "unit_chars"].tolist() == [0, 0]
    units = listing_units(whole, pd.read_parquet(out / "pages.parquet")).set_index("page")
    assert units.loc["newsapi.json", ["unit_chars", "boilerplate_chars"]].tolist() == [0, 0]


def test_a_listed_storys_short_closing_paragraph_stays_in_its_body():
    # a last paragraph of five words ("Crossings start in March.") under the story's
    # text read as a headline-shaped line closing the card, its chrome (h341, the
    # wallabag export of listings_h230: body 1.000 -> 0.929 once its paragraphs were kept)
    ferry = (*_FERRY, "Crossings start in March.")
    articles = _articles_of(_event_registry([ferry, _STORM]), "eventregistry.json")
    assert articles["body"].tolist() == ["\n\n".join(ferry), "\n\n".join(_STORM)]


def test_a_crawlers_page_records_are_read_by_their_metadata_and_meta_tag_pairs():
    # a website content crawler's dataset: each record a page (url, text) whose title,
    # author and meta tags sit under "metadata", the Open Graph tags a list of property /
    # content pairs; the records were skipped as no stories (no title of their own, h346)
    def record(n: int, title: str, lead: str) -> dict:
        url = f"https://www.harbourcourier.example/news/{n}"
        return {
            "url": url,
            "crawl": {"loadedUrl": url, "loadedTime": "2026-12-05T21:14:00Z", "depth": 1},
            "metadata": {
                "canonicalUrl": url,
                "title": f"{title} | Harbour Courier",
                "description": lead,
                "author": "Jane Roe",
                "openGraph": [
                    {"property": "og:site_name", "content": "Harbour Courier"},
                    {"property": "og:title", "content": title},
                    {"property": "article:published_time", "content": f"2026-12-0{n}T07:30Z"},
                ],
            },
            "text": f"{title}\n{lead}\nShare: Facebook · X",
        }

    records = [
        record(1, "Council approves ferry timetable", _FERRY[0]),
        record(2, "Storm closes coastal road", _STORM[0]),
    ]
    articles = _articles_of(records, "dataset.json")
    assert articles["title"].tolist() == [
        "Council approves ferry timetable",
        "Storm closes coastal road",
    ]
    assert articles["published"].tolist() == ["2026-12-01", "2026-12-02"]
    assert set(articles["outlet"]) == {"Harbour Courier"}
    assert set(articles["byline"]) == {"Jane Roe"}
    assert articles["body"].tolist() == [_FERRY[0], _STORM[0]]
