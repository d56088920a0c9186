"""A story or a list of stories held only in a script framework's application state."""

from __future__ import annotations

import json

from analysis.clean.app_state import app_state_data, state_article, state_stories
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

SHELL = (
    "<body><header><a href='/'>Home</a></header><div id='__next'><div class='spinner'>"
    "Loading…</div></div><footer>&copy; 2026 Lowland Courier</footer>"
)
PARAGRAPHS = [
    "The river board voted on Tuesday to raise the dyke along the northern polder by a metre.",
    "Work on the first four kilometres will start in the spring and take two years.",
    "Farmers on the polder said they had asked for the work since the floods of 2019.",
]


def _next_page(state: object, head: str = "<title>Lowland Courier</title>") -> str:
    data = json.dumps(state).replace("</", "<\\/")
    return (
        f"<!DOCTYPE html><html><head>{head}</head>{SHELL}"
        f"<script id='__NEXT_DATA__' type='application/json'>{data}</script></body></html>"
    )


def _clean(markup: str, name: str = "story.html"):
    return clean_page(page_from_bytes(markup.encode(), name, name))


def test_a_story_only_in_next_data_is_the_pages_article():
    blocks = [
        {
            "_type": "block",
            "children": [{"text": PARAGRAPHS[0][:40]}, {"text": PARAGRAPHS[0][40:]}],
        },
        {"_type": "block", "children": [{"text": PARAGRAPHS[1]}]},
        {"type": "paragraph", "text": PARAGRAPHS[2]},
    ]
    story = {
        "title": "River board raises the northern dyke",
        "publishedAt": "2026-03-10T06:45:00+01:00",
        "authors": [{"name": "Femke Dijkstra"}, {"name": "Ruud Aalbers"}],
        "publisher": {"name": "Lowland Courier"},
        "body": blocks,
        "related": [
            {"title": "Ferry fares to rise in April", "publishedAt": "2026-03-09T10:00:00Z"},
            {"title": "New bridge opens to cyclists", "publishedAt": "2026-03-08T10:00:00Z"},
        ],
    }
    result = _clean(_next_page({"props": {"pageProps": {"article": story}}}))
    assert result.no_article is None and len(result.articles) == 1
    article = result.articles[0]
    assert article["title"] == "River board raises the northern dyke"
    assert article["body"] == "\n\n".join(PARAGRAPHS)
    assert article["published"] == "2026-03-10"
    assert article["byline"] == "Femke Dijkstra, Ruud Aalbers"
    assert article["outlet"] == "Lowland Courier"
    assert "Ferry fares" not in article["body"]


def test_a_list_only_in_next_data_is_a_listing_of_its_stories():
    stories = [
        {
            "headline": f"Story number {n} about the {topic}",
            "summary": f"The {topic} is the subject of this short teaser, number {n}.",
            "publishedAt": f"2026-03-0{n}T08:00:00+01:00",
            "author": {"name": name},
            "url": f"/news/story-{n}",
        }
        for n, topic, name in [
            (1, "harbour", "Femke Dijkstra"),
            (2, "dyke", "Ruud Aalbers"),
            (3, "ferry", "Femke Dijkstra"),
        ]
    ]
    menu = [{"title": "News", "url": "/news"}, {"title": "Sport", "url": "/sport"}]
    state = {"props": {"pageProps": {"menu": menu, "stories": stories}}}
    head = "<link rel='canonical' href='https://www.lowlandcourier.nl/news'><title>News</title>"
    result = _clean(_next_page(state, head), "news.html")
    articles = result.articles
    assert [a["title"] for a in articles] == [s["headline"] for s in stories]
    assert [a["published"] for a in articles] == ["2026-03-01", "2026-03-02", "2026-03-03"]
    # the state names them authors: bylines, not the cards' outlets
    assert [a["byline"] for a in articles] == ["Femke Dijkstra", "Ruud Aalbers", "Femke Dijkstra"]
    assert {a["outlet_key"] for a in articles} == {"lowlandcourier.nl"}
    assert articles[1]["body"].startswith("The dyke is the subject")


def test_a_page_that_prints_its_story_is_not_read_from_its_state():
    visible = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    related = [
        {"title": "Ferry fares to rise in April", "summary": "Fares rise by ten per cent."},
        {"title": "New bridge opens to cyclists", "summary": "The bridge took three years."},
    ]
    state = {"props": {"pageProps": {"related": related}}}
    markup = _next_page(state).replace(
        "<div class='spinner'>Loading…</div>", f"<article><h1>Dyke raised</h1>{visible}</article>"
    )
    result = _clean(markup)
    assert len(result.articles) == 1 and result.articles[0]["title"] == "Dyke raised"
    assert "Ferry fares" not in result.articles[0]["body"]


def test_a_story_among_stories_is_a_card_not_the_pages_article():
    cards = [
        {
            "title": f"Card {n} of the section front",
            "body": f"Text of card {n}. " * 12,
            "date": "2026-03-01",
        }
        for n in range(3)
    ]
    assert state_article({"cards": cards}) is None
    assert len(state_stories({"cards": cards})) == 3


def test_state_is_data_never_code_or_markup():
    assert app_state_data("<script>window.__INITIAL_STATE__ = {a: 1}</script>") is None
    assert app_state_data('<script>window.__INITIAL_STATE__ = {"a": 1};</script>') == {"a": 1}
    assert app_state_data("<script id='__NEXT_DATA__'>{not json</script>") is None
    items = [
        {
            "title": "<b>Bold</b> claim about the harbour",
            "date": "2026-03-01",
            "summary": "A <i>teaser</i> of the first story, about the harbour and its quay.",
        },
        {
            "title": "Second claim <script>alert(1)</script> about the dyke",
            "date": "2026-03-02",
            "summary": "The second teaser tells of the dyke that the river board will raise.",
        },
        {
            "title": "Third claim of the day on the ferry",
            "date": "2026-03-03",
            "summary": "The third teaser is about the ferry & its fares, which rise in April.",
        },
    ]
    result = _clean(_next_page({"list": items}), "list.html")
    # every value is text as the state writes it: escaped into the listing, never run
    assert [a["title"] for a in result.articles] == [item["title"] for item in items]
    assert [a["body"] for a in result.articles] == [item["summary"] for item in items]


def _flight_page(rows: str, head: str) -> str:
    """A Next.js App Router page: its data only in ``self.__next_f.push`` chunks, the
    rows' text cut into two chunks mid-row (as the framework streams it)."""
    cut = len(rows) // 2
    chunks = [
        "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
        '<script>self.__next_f.push([1,"1:HL[\\"/app.css\\",\\"style\\"]\\n"])</script>',
        *(
            f"<script>self.__next_f.push([1,{json.dumps(part)}])</script>"
            for part in (rows[:cut], rows[cut:])
        ),
        '<script>self.__next_f.push([1,"6:I[\\"(app)/grid\\",[],\\"Grid\\"]\\n"])</script>',
    ]
    return f"<!DOCTYPE html><html><head>{head}</head>{SHELL}{''.join(chunks)}</body></html>"


def test_a_list_only_in_app_router_flight_chunks_is_a_listing_of_its_stories():
    harbour = {
        "headline": "Harbour pilots vote to strike over night shifts",
        "lead": "The pilots say two night shifts in a row are unsafe; the strike starts Monday.",
        "publishedAt": "2026-03-01T08:00:00+01:00",
        "author": {"name": "Femke Dijkstra"},
    }
    dyke = dict(
        harbour,
        headline="Dyke works close the polder road for a month",
        lead="Traffic to the villages goes round by the ferry while the dyke is raised.",
        publishedAt="2026-03-02T08:00:00+01:00",
        author={"name": "Ruud Aalbers"},
    )
    stories = [harbour, dyke]
    grid = ["$", "div", None, {"children": ["$", "$L6", None, {"items": stories}]}]
    rows = f"5:{json.dumps(grid)}\n"
    head = "<title>News</title><meta property='og:site_name' content='Lowland Courier'>"
    markup = _flight_page(rows, head)
    assert app_state_data(markup) == [grid]
    result = _clean(markup, "news.html")
    articles = result.articles
    assert [a["title"] for a in articles] == [s["headline"] for s in stories]
    assert [a["published"] for a in articles] == ["2026-03-01", "2026-03-02"]
    assert [a["byline"] for a in articles] == ["Femke Dijkstra", "Ruud Aalbers"]
    # a "lead" is a story's teaser; the page's declared site name is the outlet
    # though the page gives no canonical link
    assert articles[0]["body"] == stories[0]["lead"]


def test_a_printed_storys_headline_date_and_authors_are_read_from_its_state():
    # review h177: a page that prints its story (server-rendered) with a <title> naming
    # only the site, its headline, date (milliseconds since 1970) and authors only in
    # __NEXT_DATA__: the site's name was the title, the date and byline empty
    visible = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    story = {
        "headline": "River board raises the northern dyke",
        "publishedAt": 1773121500000,  # 2026-03-10T05:45Z
        "authors": [{"displayName": "Femke Dijkstra"}],
        "section": "News",
    }
    state = {"props": {"pageProps": {"site": {"name": "Lowland Courier"}, "article": story}}}
    markup = _next_page(state).replace(
        "<div class='spinner'>Loading…</div>", f"<div class='c'>{visible}</div>"
    )
    (article,) = _clean(markup).articles
    assert article["title"] == "River board raises the northern dyke"
    assert article["published"] == "2026-03-10"
    assert article["byline"] == "Femke Dijkstra"
    assert article["outlet"] == "Lowland Courier"
    # a <title> that is a headline of its own is kept
    (article,) = _clean(markup.replace("<title>Lowland Courier", "<title>Dyke raised")).articles
    assert article["title"] == "Dyke raised"


def _astro(value: object) -> list:
    """Astro's serialisation of a prop: [1, items] for an array, [0, value] else."""
    if isinstance(value, list):
        return [1, [_astro(item) for item in value]]
    if isinstance(value, dict):
        return [0, {key: _astro(item) for key, item in value.items()}]
    return [0, value]


def test_a_list_only_in_an_astro_islands_props_is_a_listing_of_its_stories():
    from html import escape

    stories = [
        {
            "title": f"Story number {n} about the {topic}",
            "excerpt": f"The {topic} is the subject of this short teaser, number {n}.",
            "date": f"2026-03-0{n}T08:00:00.000Z",
            "author": name,
        }
        for n, topic, name in [(1, "harbour", "Femke Dijkstra"), (2, "dyke", "Ruud Aalbers")]
    ]
    props = escape(json.dumps({"items": _astro(stories), "section": [0, "News"]}))
    markup = (
        "<!DOCTYPE html><html><head><title>News | Lowland Courier</title></head><body>"
        "<header><a href='/'>Lowland Courier</a></header><main><h1>News</h1>"
        f"<astro-island uid='Z1' component-url='/_astro/List.js' props=\"{props}\" "
        "client='only'></astro-island></main><footer>&copy; 2026</footer></body></html>"
    )
    articles = _clean(markup, "news.html").articles
    assert [a["title"] for a in articles] == [s["title"] for s in stories]
    assert [a["published"] for a in articles] == ["2026-03-01", "2026-03-02"]
    assert [a["byline"] for a in articles] == ["Femke Dijkstra", "Ruud Aalbers"]
    assert articles[1]["body"].startswith("The dyke is the subject")


def test_a_vue_stores_headings_and_preambles_behind_a_script_notice_are_its_cards():
    items = [
        {
            "id": n,
            "heading": f"Harbour story {n} of the week",
            "preamble": f"The harbour board met about matter {n}. It will decide in spring.",
            "byline": {"name": name},
            "published": f"2026-03-0{n}T07:00:00+01:00",
            "url": f"/local/{n}",
        }
        for n, name in ((1, "Jane Roe"), (2, "Ann Poe"), (3, "Jane Roe"))
    ]
    state = {"site": {"name": "Lowland Courier"}, "feed": {"items": items}}
    data = json.dumps(state).replace("</", "<\\/")
    markup = (
        "<!DOCTYPE html><html><head><title>Local – Lowland Courier</title></head><body>"
        "<noscript>Du måste aktivera JavaScript för att använda Lowland Courier.</noscript>"
        f"<div id='app'></div><script>window.__INITIAL_STATE__={data};</script></body></html>"
    )
    result = _clean(markup, "local.html")
    assert [article["title"] for article in result.articles] == [
        f"Harbour story {n} of the week" for n in (1, 2, 3)
    ]
    assert [article["byline"] for article in result.articles] == ["Jane Roe", "Ann Poe", "Jane Roe"]
    assert {article["outlet"] for article in result.articles} == {"Lowland Courier"}
    assert result.articles[1]["body"].startswith("The harbour board met about matter 2.")


def _json_ld_page(data: str, section: str, content: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{section} - Lowland Courier</title>"
        f"<script type='application/ld+json'>{data}</script></head><body><header>Lowland Courier"
        f"</header><h1>{section}</h1>{content}</body></html>"
    )


def test_teasers_only_in_a_json_ld_item_list_fill_a_headlines_only_listing():
    stories = [
        {
            "@type": "ListItem",
            "position": n,
            "item": {
                "@type": "NewsArticle",
                "headline": f"Harbour story {n} of the week",
                "datePublished": f"2026-03-0{n}T08:00:00+01:00",
                "author": {"@type": "Person", "name": "Jane Roe"},
                "description": f"The harbour board met about matter {n}. It decides in spring.",
                "url": f"https://courier.example/n/{n}",
            },
        }
        for n in (1, 2, 3)
    ]
    data = json.dumps(
        {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": stories}
    )
    rows = "".join(
        f"<div class='row'><a href='/n/{n}'>Harbour story {n} of the week</a>"
        f"<span class='time'>2026/03/0{n}</span></div>"
        for n in (1, 2, 3)
    )
    result = _clean(_json_ld_page(data, "Latest", f"<div class='list'>{rows}</div>"), "latest.html")
    assert [article["title"] for article in result.articles] == [
        f"Harbour story {n} of the week" for n in (1, 2, 3)
    ]
    assert (
        result.articles[2]["body"] == "The harbour board met about matter 3. It decides in spring."
    )
    assert result.articles[0]["published"] == "2026-03-01"


_STORIES = [
    {
        "title": "Harbour pilots vote to strike over night shifts",
        "summary": "The pilots say two night shifts in a row are unsafe; the strike starts Monday.",
        "publishedAt": "2026-03-01T08:00:00+01:00",
        "author": {"name": "Femke Dijkstra"},
    },
    {
        "title": "Dyke works close the polder road for a month",
        "summary": "Traffic to the villages goes round by the ferry while the dyke is raised.",
        "publishedAt": "2026-03-02T08:00:00+01:00",
        "author": {"name": "Ruud Aalbers"},
    },
]
_HEAD = "<title>News</title><meta property='og:site_name' content='Lowland Courier'>"


def _shell_page(script: str) -> str:
    return f"<!DOCTYPE html><html><head>{_HEAD}</head>{SHELL}{script}</body></html>"


def _assert_two_stories(markup: str) -> None:
    articles = _clean(markup, "news.html").articles
    assert [a["title"] for a in articles] == [s["title"] for s in _STORIES]
    assert [a["published"] for a in articles] == ["2026-03-01", "2026-03-02"]
    assert [a["byline"] for a in articles] == ["Femke Dijkstra", "Ruud Aalbers"]
    assert articles[1]["body"] == _STORIES[1]["summary"]


def test_a_list_only_in_an_angular_transfer_state_is_a_listing_of_its_stories():
    # Angular 16+: <script id="ng-state">, an HTTP cache entry holding the list
    cache = {"http-cache:GET:/api/news": {"b": {"items": _STORIES}, "h": {}, "s": 200}}
    script = f"<script id='ng-state' type='application/json'>{json.dumps(cache)}</script>"
    assert app_state_data(_shell_page(script)) == cache
    _assert_two_stories(_shell_page(script))
    # older Angular: "serverApp-state", its quotes written "&q;"
    escaped = json.dumps(cache).replace('"', "&q;")
    old = f"<script id='serverApp-state' type='application/json'>{escaped}</script>"
    assert app_state_data(_shell_page(old)) == cache
    _assert_two_stories(_shell_page(old))


def test_a_list_only_in_a_remix_context_is_a_listing_of_its_stories():
    context = {"state": {"loaderData": {"routes/news": {"articles": _STORIES}}}}
    script = f"<script>window.__remixContext = {json.dumps(context)};</script>"
    assert app_state_data(_shell_page(script)) == context
    _assert_two_stories(_shell_page(script))


_HOLDER_STORY = {
    "title": "River board raises the northern dyke",
    "publishedAt": "2026-03-10T06:45:00Z",
    "author": {"displayName": "Femke Dijkstra"},
    "body": "".join(f"<p>{text}</p>" for text in PARAGRAPHS),
}


def _props_page(props: dict) -> str:
    data = json.dumps({"props": {"pageProps": props}})
    return (
        f"<!DOCTYPE html><html><head><title>{_HOLDER_STORY['title']}</title></head>"
        "<body><div id='__next'><div class='loading'>...</div></div>"
        f"<script id='__NEXT_DATA__' type='application/json'>{data}</script></body></html>"
    )


def test_the_site_the_page_props_name_beside_the_story_is_its_outlet():
    # review h199 F5 (html_ug): Next.js pageProps holding {"site": {"name": X}} beside
    # the article, which names no site of its own; the page prints no name at all
    markup = _props_page({"site": {"name": "Polder Post"}, "article": _HOLDER_STORY})
    assert state_article(app_state_data(markup)).site_name == "Polder Post"
    article = _clean(markup).articles[0]
    assert (article["outlet"], article["byline"]) == ("Polder Post", "Femke Dijkstra")


def test_a_site_another_object_names_is_not_the_storys():
    # a related story's site, not beside the article
    related = [{"site": {"name": "Other Post"}, "title": "Ferry fares to rise"}]
    markup = _props_page({"article": _HOLDER_STORY, "related": related})
    assert state_article(app_state_data(markup)).site_name is None


def test_a_list_only_in_a_normalized_apollo_cache_is_a_listing_of_its_stories():
    # Apollo Client's cache: the query's edges point at "Article:N" entries by __ref,
    # and each article at its author the same way
    state = {
        "ROOT_QUERY": {
            "__typename": "Query",
            'articles({"section":"harbour"})': {
                "edges": [{"node": {"__ref": f"Article:{n}"}} for n in (1, 2, 3)]
            },
        },
        "Author:fd": {"__typename": "Author", "displayName": "Femke Dijkstra"},
    }
    for n in (1, 2, 3):
        state[f"Article:{n}"] = {
            "__typename": "Article",
            "headline": f"Harbour story {n} of the week",
            "dek": f"The harbour board met about matter {n}. It decides in spring.",
            "firstPublished": f"2026-03-0{n}T08:00:00+01:00",
            "authors": [{"__ref": "Author:fd"}],
        }
    markup = (
        "<!DOCTYPE html><html><head><title>Harbour | Lowland Courier</title>"
        "<meta property='og:site_name' content='Lowland Courier'></head>"
        f"{SHELL}<script>window.__APOLLO_STATE__={json.dumps(state)};</script></body></html>"
    )
    articles = _clean(markup, "harbour.html").articles
    assert [a["title"] for a in articles] == [f"Harbour story {n} of the week" for n in (1, 2, 3)]
    assert [a["published"] for a in articles] == ["2026-03-01", "2026-03-02", "2026-03-03"]
    assert {a["byline"] for a in articles} == {"Femke Dijkstra"}
    assert articles[1]["body"] == "The harbour board met about matter 2. It decides in spring."


def test_a_cache_referring_to_itself_in_a_cycle_is_read_without_looping():
    state = {
        "ROOT_QUERY": {"a": {"__ref": "A:1"}},
        "A:1": {"title": "One", "next": {"__ref": "A:2"}},
        "A:2": {"title": "Two", "next": {"__ref": "A:1"}},
    }
    markup = f"<script>window.__APOLLO_STATE__={json.dumps(state)};</script>"
    data = app_state_data(markup)
    assert data["ROOT_QUERY"]["a"]["next"]["title"] == "Two"
    assert data["ROOT_QUERY"]["a"]["next"]["next"] == {"__ref": "A:1"}


def test_teasers_only_in_a_json_ld_graph_of_articles_fill_a_headlines_only_listing():
    graph = [
        {"@type": "WebPage", "name": "Harbour - Lowland Courier"},
        {"@type": "Organization", "name": "Lowland Courier"},
    ] + [
        {
            "@type": "NewsArticle",
            "headline": f"Harbour story {n} of the week",
            "datePublished": f"2026-03-0{n}T08:00:00+01:00",
            "author": {"@type": "Person", "name": "Jane Roe"},
            "description": f"The harbour board met about matter {n}. It decides in spring.",
        }
        for n in (1, 2, 3)
    ]
    data = json.dumps({"@context": "https://schema.org", "@graph": graph})
    tiles = "".join(
        f"<a class='tile' href='/n/{n}'><img src='/i/{n}.jpg' alt=''>"
        f"<span>Harbour story {n} of the week</span></a>"
        for n in (1, 2, 3)
    )
    markup = _json_ld_page(data, "Harbour", f"<div class='tiles'>{tiles}</div>")
    articles = _clean(markup, "harbour.html").articles
    assert [a["title"] for a in articles] == [f"Harbour story {n} of the week" for n in (1, 2, 3)]
    assert articles[2]["body"] == "The harbour board met about matter 3. It decides in spring."
    assert [a["published"] for a in articles] == ["2026-03-01", "2026-03-02", "2026-03-03"]


def test_a_list_only_in_an_inertia_pages_data_page_attribute_is_a_listing():
    # review h198 (held out inertia_data_page_sq): Inertia.js writes the page's props as
    # HTML-escaped JSON in the root element's data-page attribute; it was not read
    # ("HTML page without any visible text")
    from html import escape

    stories = [
        {
            "title": f"Story number {n} about the {topic}",
            "excerpt": f"The {topic} is the subject of this short teaser, number {n}.",
            "published_at": f"2026-03-0{n} 08:00:00",
            "author": name,
        }
        for n, topic, name in [(1, "harbour", "Femke Dijkstra"), (2, "dyke", "Ruud Aalbers")]
    ]
    page = {"component": "News/Index", "props": {"news": {"data": stories}}, "url": "/news"}
    markup = (
        "<!DOCTYPE html><html><head><title>News – Lowland Courier</title></head><body>"
        f'<div id="app" data-page="{escape(json.dumps(page))}"></div>'
        '<script src="/build/app.js" defer></script></body></html>'
    )
    assert app_state_data(markup) == page
    articles = _clean(markup, "news.html").articles
    assert [a["title"] for a in articles] == [s["title"] for s in stories]
    assert [a["published"] for a in articles] == ["2026-03-01", "2026-03-02"]
    assert articles[1]["body"].startswith("The dyke is the subject")


def test_an_authors_name_under_snake_case_keys_is_the_storys_byline():
    # review h230 (made up): an API names a person by "full_name" or "display_name"
    stories = [
        {"title": "Footbridge", "date": "2026-03-03", "author": {"full_name": "Jane Roe"}},
        {"title": "Apples", "date": "2026-03-02", "byline": {"display_name": "Ann Lee"}},
    ]
    items = state_stories({"items": stories})
    assert [item.author for item in items] == ["Jane Roe", "Ann Lee"]


def test_an_iptc_ninjs_list_gives_title_body_byline_and_first_created_day():
    # review h230 (made up): ninjs 2.0 gives a story's headlines and bodies as lists of
    # {"role", "value"}, its byline under "by", its first version's time "firstcreated"
    stories = [
        {
            "uri": f"https://ledger.example/ninjs/{n}",
            "firstcreated": f"2026-03-0{3 - n}T08:00:00+01:00",
            "versioncreated": "2026-03-05T10:00:00+01:00",
            "headlines": [{"role": "main", "value": title}],
            "bodies": [{"role": "text", "contenttype": "text/plain", "value": text}],
            "by": "Jane Roe",
        }
        for n, (title, text) in enumerate(
            [("Footbridge to open", "The bridge opens in April."), ("Apples", "A record.")]
        )
    ]
    items = state_stories(stories)
    assert [item.title for item in items] == ["Footbridge to open", "Apples"]
    assert [item.teaser for item in items] == ["The bridge opens in April.", "A record."]
    assert [item.date[:10] for item in items] == ["2026-03-03", "2026-03-02"]
    assert [item.author for item in items] == ["Jane Roe", "Jane Roe"]


def test_a_saved_storys_published_day_comes_before_the_day_it_was_saved():
    # review h230 (made up): a read-later export's entry gives "created_at" (saved) first
    stories = [
        {
            "title": title,
            "created_at": "2026-03-09T08:00:00+01:00",
            "published_at": f"2026-03-0{3 - n}T07:30:00+01:00",
            "content": f"<p>{text}</p>",
        }
        for n, (title, text) in enumerate([("Footbridge", "It opens."), ("Apples", "A record.")])
    ]
    items = state_stories(stories)
    assert [item.date[:10] for item in items] == ["2026-03-03", "2026-03-02"]
    assert [item.teaser for item in items] == ["It opens.", "A record."]


def test_a_headless_cms_record_s_fields_are_its_story():
    # review h230 held out (made up): each entry wraps its story in "fields" beside "sys"
    records = [
        {
            "sys": {"id": f"e{n}", "type": "Entry", "updatedAt": "2026-03-09T01:00:00Z"},
            "fields": {"title": title, "excerpt": text, "publishDate": f"2026-03-0{3 - n}"},
        }
        for n, (title, text) in enumerate([("Footbridge", "It opens."), ("Apples", "A record.")])
    ]
    items = state_stories({"sys": {"type": "Array"}, "items": records})
    assert [item.title for item in items] == ["Footbridge", "Apples"]
    assert [item.date for item in items] == ["2026-03-03", "2026-03-02"]
    assert [item.teaser for item in items] == ["It opens.", "A record."]


def test_a_feed_reader_entry_credits_the_feed_it_came_from():
    # a self-hosted feed reader's API (made up): each entry names its feed's title
    entries = [
        {"title": "Footbridge", "published_at": "2026-03-03", "feed": {"id": 3, "title": "Ledger"}},
        {"title": "Apples", "published_at": "2026-03-02", "feed": {"id": 7, "title": "Gazette"}},
    ]
    items = state_stories({"total": 2, "entries": entries})
    assert [item.source for item in items] == ["Ledger", "Gazette"]


def test_a_list_only_in_fusions_global_content_is_a_listing_of_its_stories():
    # Arc XP's Fusion: the section's stories in its content format (ANS), assigned in the
    # page's metadata script; the markup shows skeletons only
    elements = [
        {
            "_id": f"ID{n}",
            "type": "story",
            "canonical_url": f"/news/2026/03/0{n}/story-{n}/",
            "headlines": {"basic": f"Story number {n} about the {topic}"},
            "description": {
                "basic": f"The {topic} is the subject of this short teaser, number {n}."
            },
            "first_publish_date": f"2026-03-0{n}T07:00:00Z",
            "display_date": f"2026-03-0{n}T08:00:00Z",
            "credits": {"by": [{"type": "author", "name": name}]},
        }
        for n, topic, name in [(1, "harbour", "Femke Dijkstra"), (2, "dyke", "Ruud Aalbers")]
    ]
    state = {"type": "results", "content_elements": elements}
    script = (
        'window.Fusion=window.Fusion||{};Fusion.arcSite="courier";'
        f"Fusion.globalContent={json.dumps(state)};Fusion.globalContentConfig={{}};"
    )
    markup = (
        "<!DOCTYPE html><html><head><title>News | Lowland Courier</title>"
        "<meta property='og:site_name' content='Lowland Courier'></head><body>"
        "<div id='fusion-app'><div class='skeleton'></div></div>"
        f"<script id='fusion-metadata'>{script}</script></body></html>"
    )
    stories = state_stories(app_state_data(markup))
    assert [s.title for s in stories] == [
        "Story number 1 about the harbour",
        "Story number 2 about the dyke",
    ]
    assert [s.author for s in stories] == ["Femke Dijkstra", "Ruud Aalbers"]
    articles = _clean(markup, "news.html").articles
    assert [a["title"] for a in articles] == [s.title for s in stories]
    assert [a["byline"] for a in articles] == ["Femke Dijkstra", "Ruud Aalbers"]
    assert articles[1]["body"].startswith("The dyke is the subject")


def test_a_short_notice_in_any_language_over_an_inertia_pages_list_gives_way_to_the_list():
    # review h294 (inertia_data_page_ps): the <noscript> notice in a language no word
    # table holds was read as the page's one article and the data's list was dropped
    from html import escape

    stories = [
        {
            "title": f"Lake story {n} of the week",
            "excerpt": f"The lake board met about matter {n}.",
            "published_at": f"2026-03-0{n}T08:00:00+04:30",
            "author": None,
        }
        for n in (1, 2, 3)
    ]
    page = {
        "component": "News/Index",
        "props": {"site": {"name": "Lake Courier"}, "articles": {"data": stories}},
        "url": "/news",
    }
    markup = (
        "<!DOCTYPE html><html><head><title>News – Lake Courier</title></head><body>"
        f'<div id="app" data-page="{escape(json.dumps(page))}"></div>'
        "<noscript>Ova stranica treba skriptu za prikaz svog sadržaja.</noscript></body></html>"
    )
    articles = _clean(markup, "news.html").articles
    assert [a["title"] for a in articles] == [s["title"] for s in stories]
    assert [a["published"] for a in articles] == ["2026-03-01", "2026-03-02", "2026-03-03"]


def test_a_json_api_response_with_related_authors_and_publication_is_a_list_of_stories():
    # review h304 (headless_cms_rest_ur): a headless CMS's REST response puts each story's
    # fields under "attributes" and its populated relations under {"data": {...}}
    def story(n, author):
        return {
            "id": n,
            "attributes": {
                "title": f"Ferry timetable changes on route {n}",
                "excerpt": "The new timetable adds two evening crossings.",
                "publishedAt": f"2026-12-0{n}T08:00:00.000Z",
                "author": {"data": {"id": 7, "attributes": {"name": author}} if author else None},
                "publication": {"data": {"id": 1, "attributes": {"name": "Polder Post"}}},
            },
        }

    data = {"data": [story(1, "Femke Dijkstra"), story(2, None)], "meta": {"pagination": {}}}
    items = state_stories(data)
    assert [item.title for item in items] == [
        "Ferry timetable changes on route 1",
        "Ferry timetable changes on route 2",
    ]
    assert [item.author for item in items] == ["Femke Dijkstra", None]
    assert {item.source for item in items} == {"Polder Post"}


def test_a_json_api_text_fields_value_is_the_storys_body():
    # Drupal's JSON:API: "body": {"value": "<p>...</p>", "format": "basic_html"}; the
    # stories were found with no text and dropped (listings_h176 drupal_jsonapi_sq)
    def node(n):
        return {
            "type": "node--article",
            "id": f"u{n}",
            "attributes": {
                "title": f"Harbour market reopens on pier {n}",
                "created": f"2026-11-2{n}T09:00:00+00:00",
                "body": {
                    "value": "<p>Forty stalls return after the repairs.</p>",
                    "format": "basic",
                },
            },
        }

    items = state_stories({"jsonapi": {"version": "1.0"}, "data": [node(1), node(2)]})
    assert [item.teaser for item in items] == ["Forty stalls return after the repairs."] * 2


def test_a_news_apps_notification_history_lists_its_stories_by_their_sent_time():
    # review h312 (app_notifications_json_ar): a notification's "title" and "body" and
    # the "sent_at" it went out at; without a date key known, no list of stories
    data = {
        "app": "harbour-news-android",
        "notifications": [
            {"id": "n1", "title": "Ferry terminal reopens", "body": "The terminal reopened.",
             "sent_at": "2026-12-03T07:40:12+03:00"},
            {"id": "n2", "title": "Schools closed on Thursday", "body": "Rain closes schools.",
             "sentAt": "2026-12-02T20:05:44+03:00"},
        ],
    }  # fmt: skip
    items = state_stories(data)
    assert [(item.title, (item.iso_date or "")[:10]) for item in items] == [
        ("Ferry terminal reopens", "2026-12-03"),
        ("Schools closed on Thursday", "2026-12-02"),
    ]


def test_a_listed_storys_text_or_message_is_its_summary_when_it_names_none():
    # a notification's "text" under its "heading" (review h312, held-out page): the list
    # was found, but its items had no text, so the page held headlines only
    data = {
        "items": [
            {"heading": "Ferry terminal reopens", "text": "The terminal reopened today.",
             "created": "2026-12-03T09:14:00+03:30"},
            {"heading": "Schools closed on Thursday", "message": "Rain closes the schools.",
             "created": "2026-12-02T17:40:00+03:30"},
        ]
    }  # fmt: skip
    assert [item.teaser for item in state_stories(data)] == [
        "The terminal reopened today.",
        "Rain closes the schools.",
    ]


def test_stories_keyed_in_another_language_are_read_by_a_tables_column_names():
    # review h346 (sveltekit_fetched_json_only_ms-Arab): Malay keys, a table's column
    # names for the same fields (tajuk title, ringkasan summary, penulis author,
    # tarikh_terbit publication date); a key naming no field is passed over
    data = {
        "items": [
            {"id": 1, "tajuk": "Feri kembali ke pulau", "ringkasan": "Dua bot sehari.",
             "penulis": "Nor Aishah", "tarikh_terbit": "2026-12-03T08:15:00+08:00",
             "kategori": "tempatan"},
            {"id": 2, "tajuk": "Perpustakaan dibuka", "ringkasan": "Buku untuk semua.",
             "penulis": None, "tarikh_terbit": "2026-12-02T08:15:00+08:00"},
        ],
    }  # fmt: skip
    items = state_stories(data)
    assert [(i.title, i.teaser, i.author, (i.iso_date or "")[:10]) for i in items] == [
        ("Feri kembali ke pulau", "Dua bot sehari.", "Nor Aishah", "2026-12-03"),
        ("Perpustakaan dibuka", "Buku untuk semua.", None, "2026-12-02"),
    ]


def test_a_sveltekit_pages_kept_response_is_its_state():
    # the list rendered as empty skeleton cards; the stories only in the response the
    # server fetched, kept as a JSON text in the "body" of a data-sveltekit-fetched script
    body = json.dumps(
        {"items": [
            {"title": "Ferry returns", "summary": "Two boats a day.", "date": "2026-12-03"},
            {"title": "Library opens", "summary": "Books for all.", "date": "2026-12-02"},
        ]}
    )  # fmt: skip
    kept = json.dumps({"status": 200, "headers": {}, "body": body})
    markup = (
        '<html><body><div class="skeleton"></div>'
        f'<script type="application/json" data-sveltekit-fetched data-url="/api">{kept}</script>'
        "</body></html>"
    )
    assert [item.title for item in state_stories(app_state_data(markup))] == [
        "Ferry returns",
        "Library opens",
    ]


def test_a_portal_roll_apis_items_are_dated_by_ctime_and_credited_by_media_name():
    # a Chinese portal's rolling-news API: "ctime" the item's creation time in seconds
    # written as text, "media_name" the paper it is reprinted from (h398)
    state = {
        "result": {
            "status": {"code": 0, "msg": "succ"},
            "data": [
                {
                    "title": title,
                    "url": f"https://news.portal.example/doc-{k}.shtml",
                    "intro": intro,
                    "media_name": paper,
                    "author": "",
                    "ctime": str(seconds),
                }
                for k, (title, intro, paper, seconds) in enumerate(
                    [
                        ("大桥主体合龙", "大桥主体工程3日上午顺利合龙。", "都市快报", 1796264400),
                        ("候鸟飞抵湿地", "湿地监测站记录到首批越冬候鸟。", "湾区日报", 1796176800),
                    ]
                )
            ],
        }
    }
    items = state_stories(state)
    assert [item.date for item in items] == ["2026-12-03", "2026-12-02"]
    assert [item.source for item in items] == ["都市快报", "湾区日报"]
