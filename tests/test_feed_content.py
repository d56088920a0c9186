"""analysis.clean.feed_content: a feed or a JSON text saved under a page's name, read as
the listing it holds, when what was printed over it is taken off first (made-up pages,
review h230)."""

from __future__ import annotations

import json

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import page_from_bytes

_BRIDGE = "The city says the footbridge over the river will be finished before the spring."
_HARVEST = "Growers in the valley have picked more apples this autumn than in any year."
_STORIES = [("Footbridge to open in spring", _BRIDGE), ("A record apple harvest", _HARVEST)]


def _articles(data: bytes, name: str):
    page = page_from_bytes(data, name, f"raw/{name}")
    assert page.html is not None, "read as a text, not as the listing it holds"
    return extract_articles(page.text, page.name, PageFacts(html=page.html))


def test_a_json_response_printed_under_its_http_head_is_the_listing_it_holds():
    # `curl -i`: the status line and the headers (their date the fetch's) over the JSON;
    # the response names its site beside its list
    items = [
        {
            "headline": title,
            "lead": text,
            "published": f"2026-03-0{3 - n}T08:00:00+01:00",
            "author": {"full_name": "Jane Roe"},
            "url": f"https://ledger.example/news/{n}",
        }
        for n, (title, text) in enumerate(_STORIES)
    ]
    body = json.dumps({"status": "ok", "site": "The Ledger", "items": items})
    head = (
        "HTTP/2 200 \r\ndate: Sat, 07 Mar 2026 04:12:09 GMT\r\n"
        "content-type: application/json\r\n\r\n"
    )
    articles = _articles((head + body).encode(), "api.txt")
    assert list(articles["title"]) == [title for title, _ in _STORIES]
    assert list(articles["body"]) == [_BRIDGE, _HARVEST]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]
    assert list(articles["outlet"]) == ["The Ledger", "The Ledger"]


def test_a_feed_printed_with_cat_n_is_the_listing_it_holds():
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0"><channel><title>The Ledger</title>',
        "<link>https://ledger.example/</link>",
    ]
    for n, (title, text) in enumerate(_STORIES):
        lines += [
            f"<item><title>{title}</title><link>https://ledger.example/{n}</link>",
            f"<pubDate>Tue, 0{3 - n} Mar 2026 08:00:00 +0100</pubDate>",
            f"<description>{text}</description></item>",
        ]
    lines.append("</channel></rss>")
    printed = "".join(f"{n:>6}\t{line}\n" for n, line in enumerate(lines, 1))
    articles = _articles(printed.encode(), "feed.txt")
    assert list(articles["title"]) == [title for title, _ in _STORIES]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]


def test_saved_stories_of_many_sites_are_each_credited_to_their_host():
    # a read-later export (made up): whole texts, no summary, stories of two sites
    entries = [
        {
            "title": title,
            "url": f"https://{host}/story/{n}",
            "published_at": f"2026-03-0{3 - n}T07:30:00+01:00",
            "created_at": "2026-03-09T08:00:00+01:00",
            "content": f"<p>{text}</p>",
        }
        for n, ((title, text), host) in enumerate(
            zip(_STORIES, ["www.ledger.example", "hillgazette.example"], strict=True)
        )
    ]
    articles = _articles(json.dumps(entries).encode(), "export.txt")
    assert list(articles["outlet"]) == ["ledger.example", "hillgazette.example"]
    assert list(articles["body"]) == [_BRIDGE, _HARVEST]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]


def test_a_graphql_response_naming_one_site_gives_its_cards_that_site():
    # a GraphQL response (made up): data.site.name beside data.section.articles.edges
    edges = [
        {
            "cursor": f"c{n}",
            "node": {"headline": title, "standfirst": text, "firstPublished": f"2026-03-0{3 - n}"},
        }
        for n, (title, text) in enumerate(_STORIES)
    ]
    data = {"data": {"site": {"name": "The Ledger"}, "section": {"articles": {"edges": edges}}}}
    articles = _articles(json.dumps(data).encode(), "graphql.txt")
    assert list(articles["outlet"]) == ["The Ledger", "The Ledger"]
    assert list(articles["body"]) == [_BRIDGE, _HARVEST]


def test_a_search_engines_hits_printed_under_the_shell_command_are_the_listing():
    # `$ curl -s 'localhost:9200/news/_search?pretty'`: the command over the response,
    # each hit's story under "_source", its publisher named as text
    hits = [
        {
            "_index": "news-2026.03",
            "_id": str(n),
            "_score": 3.2 - n,
            "_source": {
                "title": title,
                "content": text,
                "pub_date": f"2026-03-0{3 - n}T08:00:00+01:00",
                "author": "Jane Roe",
                "source_name": "The Ledger",
                "indexed_at": "2026-03-07T04:00:00Z",
            },
        }
        for n, (title, text) in enumerate(_STORIES)
    ]
    response = {"took": 3, "timed_out": False, "hits": {"total": {"value": 2}, "hits": hits}}
    text = "$ curl -s 'http://localhost:9200/news-*/_search?pretty'\n" + json.dumps(
        response, indent=2
    ).replace('": ', '" : ')
    articles = _articles(text.encode(), "search.txt")
    assert list(articles["title"]) == [title for title, _ in _STORIES]
    assert list(articles["body"]) == [_BRIDGE, _HARVEST]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]
    assert list(articles["outlet"]) == ["The Ledger", "The Ledger"]
    assert list(articles["byline"]) == ["Jane Roe", "Jane Roe"]


def test_a_response_kept_as_a_text_inside_a_network_log_is_the_listing():
    # a browser's HAR: the API's JSON is the text of an entry's response content; the
    # stories name their authors and no site: bylines, not the cards' outlets
    api = {
        "items": [
            {
                "headline": title,
                "lead": text,
                "publishedAt": f"2026-03-0{3 - n}T08:00:00Z",
                "author": {"name": name},
            }
            for n, ((title, text), name) in enumerate(
                zip(_STORIES, ["Jane Roe", "Ann Poe"], strict=True)
            )
        ]
    }
    har = {
        "log": {
            "version": "1.2",
            "entries": [
                {
                    "request": {"url": "https://ledger.example/app.css"},
                    "response": {"content": {"mimeType": "text/css", "text": ".card{gap:8px}"}},
                },
                {
                    "request": {"url": "https://ledger.example/api/items"},
                    "response": {
                        "content": {"mimeType": "application/json", "text": json.dumps(api)}
                    },
                },
            ],
        }
    }
    articles = _articles(json.dumps(har, indent=2).encode(), "network.har")
    assert list(articles["title"]) == [title for title, _ in _STORIES]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]
    assert list(articles["byline"]) == ["Jane Roe", "Ann Poe"]
    assert not any("Roe" in outlet or "Poe" in outlet for outlet in articles["outlet"])


def test_the_authors_of_a_json_listing_naming_no_site_are_bylines_not_outlets():
    # an API's response naming no site: each story's author is marked as its card's
    # author, as a feed's items are, not read as the name line of its outlet
    items = [
        {"title": title, "summary": text, "published": f"2026-03-0{3 - n}", "author": name}
        for n, ((title, text), name) in enumerate(
            zip(_STORIES, ["Jane Roe", "Ann Poe"], strict=True)
        )
    ]
    articles = _articles(json.dumps({"data": items}).encode(), "response.txt")
    assert list(articles["title"]) == [title for title, _ in _STORIES]
    assert list(articles["byline"]) == ["Jane Roe", "Ann Poe"]
    assert not any("Roe" in outlet or "Poe" in outlet for outlet in articles["outlet"])


def _three_stories(authors) -> list[dict]:
    texts = [*_STORIES, ("Ferry timetable changes", "The ferry will sail twice a day in winter.")]
    return [
        {"headline": title, "excerpt": text, "publishedAt": f"2026-03-0{3 - n}", "author": author}
        for n, ((title, text), author) in enumerate(zip(texts, authors, strict=True))
    ]


def test_a_response_printed_under_the_request_an_http_client_sent_is_the_listing():
    # review h294 (graphql_response_sm): the request's line and body over the response's
    # head; the file was read as a text dump, its JSON lines as cards
    query = '{"query": "query { articles { edges { node { headline } } } }"}'
    request = f"POST https://api.ledger.example/graphql\n{query}\n\n"
    head = "HTTP/2 200\ncontent-type: application/json\ndate: Sat, 07 Mar 2026 04:12:09 GMT\n\n"
    edges = [{"node": story} for story in _three_stories([None, None, None])]
    body = json.dumps({"data": {"site": {"name": "The Ledger"}, "articles": {"edges": edges}}})
    articles = _articles((request + head + body).encode(), "graphql.txt")
    assert list(articles["title"])[:2] == [title for title, _ in _STORIES]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02", "2026-03-01"]


def test_a_graphql_site_named_by_its_title_gives_its_cards_that_site():
    # review h294 (graphql_response_sm): `site { title }` (Gatsby's `siteMetadata`
    # too) names the site by its title, not by a name
    for site in ({"title": "The Ledger"}, {"siteMetadata": {"title": "The Ledger"}}):
        edges = [{"node": story} for story in _three_stories([None, None, None])]
        data = {"data": {"site": site, "articles": {"edges": edges}}}
        articles = _articles(json.dumps(data).encode(), "graphql.txt")
        assert set(articles["outlet"]) == {"The Ledger"}, site


def test_a_json_listings_unsigned_story_among_signed_ones_leaves_the_others_their_bylines():
    # review h294 (graphql_response_sm, inertia_data_page_ps): one story's author null
    # dropped every card's author
    authors = [{"name": "Jane Roe"}, {"name": "Ann Lee"}, None]
    edges = [{"node": story} for story in _three_stories(authors)]
    data = {"data": {"site": {"name": "The Ledger"}, "articles": {"edges": edges}}}
    articles = _articles(json.dumps(data).encode(), "graphql.txt")
    assert list(articles["byline"]) == ["Jane Roe", "Ann Lee", None]


def test_an_alerts_feeds_items_linked_through_a_redirector_credit_their_targets_hosts():
    # review h320 item alerts_atom_feed_ast: each entry links through
    # "https://www.google.com/url?rct=j&sa=t&url=TARGET&...", targets on two sites
    targets = [
        "https://www.harbour-news.org/2026/12/03/bridge",
        "https://valley-post.net/ferries",
        "https://www.harbour-news.org/2026/12/01/repairs",
    ]
    entries = "".join(
        f"<entry><id>tag:a,2013:{k}</id>"
        f"<title type='html'>Bridge &lt;b&gt;news&lt;/b&gt; {k}</title>"
        f"<link href='https://www.google.com/url?rct=j&amp;sa=t&amp;url={url}&amp;ct=ga'/>"
        f"<published>2026-12-0{3 - k}T09:41:15Z</published>"
        f"<content type='html'>The harbour bridge story number {k} goes on here ...</content>"
        "</entry>"
        for k, url in enumerate(targets)
    )
    feed = (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        "<title>Alert - bridge</title><link href='https://www.google.com/alerts/feeds/1/2' "
        f"rel='self'/>{entries}</feed>"
    )
    articles = _articles(feed.encode(), "alerts.xml")
    assert list(articles["outlet"]) == ["harbour-news.org", "valley-post.net", "harbour-news.org"]


def test_a_flash_briefing_feeds_items_are_the_listing_by_their_own_key_names():
    # a smart speaker's flash-briefing feed (made up, review h387): titleText, mainText,
    # updateDate (the item's only date) and redirectionUrl (the story's page)
    items = [
        {
            "uid": f"urn:uuid:{n}",
            "updateDate": f"2026-03-0{3 - n}T07:00:00.0Z",
            "titleText": title,
            "mainText": text,
            "redirectionUrl": f"https://radio.example/news/{n}",
        }
        for n, (title, text) in enumerate(_STORIES)
    ]
    articles = _articles(json.dumps(items).encode(), "briefing.json")
    assert list(articles["title"]) == [title for title, _ in _STORIES]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]
    assert list(articles["body"]) == [_BRIDGE, _HARVEST]


def test_a_headless_cms_search_response_reads_each_documents_data_and_text_slices():
    # a Prismic-like search response (made up, review h387): each result's fields under
    # "data" (a rich-text title, an author link without a name beside "author_name",
    # slices: a text slice's paragraphs and a sign-up slice's heading), its address and
    # first publication date beside them
    def document(n, title, text):
        return {
            "id": f"X{n}",
            "uid": f"story-{n}",
            "url": f"https://ledger.example/news/story-{n}",
            "type": "news_article",
            "first_publication_date": f"2026-03-0{3 - n}T08:14:02+0000",
            "data": {
                "title": [{"type": "heading1", "text": title, "spans": []}],
                "author": {"link_type": "Document"},
                "author_name": "Jane Roe",
                "body": [
                    {
                        "slice_type": "text",
                        "primary": {"text": [{"type": "paragraph", "text": text, "spans": []}]},
                    },
                    {
                        "slice_type": "newsletter_signup",
                        "primary": {"heading": [{"type": "heading3", "text": "Sign up now"}]},
                    },
                ],
            },
        }

    response = {
        "page": 1,
        "results": [document(n, t, x) for n, (t, x) in enumerate(_STORIES)],
    }
    articles = _articles(json.dumps(response).encode(), "search.json")
    assert list(articles["title"]) == [title for title, _ in _STORIES]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]
    assert list(articles["byline"]) == ["Jane Roe", "Jane Roe"]
    assert list(articles["body"]) == [_BRIDGE, _HARVEST]  # no sign-up heading
