"""analysis.clean.html_headings: headings read with the spaces a reader sees."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring, fragment_fromstring

from analysis.clean.html_headings import headline_of, space_glued_headings
from analysis.clean.html_page import html_metadata, render_text

PARAGRAPHS = [
    "The city council voted on Tuesday to expand the night bus network across the river.",
    "Officials said the new routes would start in the spring and cost less than expected.",
    "Residents who spoke at the meeting welcomed the plan but asked for more frequent buses.",
]


def _article(h1: str, title: str = "Riverside Courier") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><div>Riverside Courier</div>"
        f"{h1}<p>By Maria Lopez</p>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}"
        "<footer>&copy; 2025 Riverside Courier</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Council expands the night", "bus network across the river"),
        ("Night buses:", "council expands the network"),
        ("Council expands night buses,", "cuts the tram timetable"),
    ],
)
@pytest.mark.parametrize("title", [None, "{} | Riverside Courier"])
def test_a_headline_broken_with_br_is_titled_with_a_space(first, second, title):
    headline = f"{first} {second}"
    markup = _article(
        f"<h1>{first}<br>{second}</h1>", (title or "Riverside Courier").format(headline)
    )
    assert html_metadata(markup).title == headline


@pytest.mark.parametrize(
    "h1",
    [
        "<h1><span class='kicker'>Exclusive</span><span>Council expands night buses</span></h1>",
        "<h1><span class='kicker'>Exclusive</span>Council expands night buses</h1>",
    ],
)
def test_a_kicker_glued_in_the_markup_is_spaced_or_left_out_as_the_title_says(h1):
    titled = _article(h1, "Council expands night buses | Riverside Courier")
    assert html_metadata(titled).title == "Council expands night buses"
    assert html_metadata(_article(h1)).title == "Exclusive Council expands night buses"


def test_a_cards_topic_span_is_apart_from_its_headline_in_the_rendered_text():
    cards = "".join(
        f"<article><h2><a href='/n/{k}'><span>Politics</span><span>{headline}</span></a></h2>"
        f"<p>{PARAGRAPHS[k]}</p><time>March {k + 2}, 2025</time></article>"
        for k, headline in enumerate(["Council expands night buses", "Bridge to close", "Ferry"])
    )
    text = render_text(f"<html><body><main>{cards}</main></body></html>")
    assert "Politics Council expands night buses" in text
    assert "PoliticsCouncil" not in text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<h2><b>T</b>he night buses</h2>", "The night buses"),  # a drop cap
        ("<h2><a>Trump</a>'s night buses</h2>", "Trump's night buses"),
        ("<h2>Night <em>buses</em> expand</h2>", "Night buses expand"),
        ("<h2>Night<span>Buses</span></h2>", "Night Buses"),
        ("<h2>Buses:<span>night</span></h2>", "Buses: night"),
    ],
)
def test_only_an_edge_between_two_words_gets_a_space(markup, text):
    heading = fragment_fromstring(markup)
    space_glued_headings(heading)
    assert headline_of(heading) == text


def test_a_word_the_page_prints_glued_elsewhere_stays_whole():
    """A brand styled in two colours ("Smart<span>News</span>") that the menu writes as
    one word is one word; the same heading on a page that never writes it so is two."""
    heading = "<h2>Smart<span class='two'>News</span> Keeping you current</h2>"
    menu = "<nav><a href='/smartnews'>SmartNews</a> <a href='/history'>History</a></nav>"
    for nav, text in (
        (menu, "SmartNews Keeping you current"),
        ("", "Smart News Keeping you current"),
    ):
        root = document_fromstring(
            f"<html><body>{nav}{heading}<p>{PARAGRAPHS[0]}</p></body></html>"
        )
        space_glued_headings(root)
        assert " ".join(root.find(".//h2").text_content().split()) == text


def test_the_headline_part_of_the_title_a_heading_prints_wins_over_the_site_part():
    # a text-only "lite" page: <title>Site Lite | Headline</title>, the headline an <h2>,
    # and trafilatura's title the site part (review h102 N6)
    headline = "Harbour council approves budget after four-hour debate"
    markup = (
        f"<html><head><title>Harbour Times Lite | {headline}</title></head><body>"
        "<div><a href='/'>Harbour Times Lite</a> | <a href='/full'>Go to the full site</a></div>"
        f"<div><h2>{headline}</h2><p>By Jane Doe</p>"
        + "".join(
            f"<p>The harbour council voted on Tuesday to approve the budget, part {n}, after "
            "a debate that ran for more than four hours and drew a crowd of residents.</p>"
            for n in range(4)
        )
        + "</div></body></html>"
    )
    assert html_metadata(markup).title == headline


@pytest.mark.parametrize("home", ["/", "https://www.copperfieldexaminer.com/"])
def test_a_heading_that_is_the_sites_home_link_is_not_the_headline(home):
    # a blog theme's <h1 class="site-title"><a href="/">Site</a></h1> over the story's
    # <h2 class="entry-title"> (review h143)
    headline = "Mine museum gets $2 million for new exhibit hall"
    markup = (
        "<html><head><title>Copperfield Examiner</title></head><body>"
        f"<header><h1 class='site-title'><a href='{home}' rel='home'>The Copperfield Examiner"
        "</a></h1><p>News for the mining towns</p></header>"
        f"<article><h2 class='entry-title'>{headline}</h2><p>By Theresa Barnes</p>"
        + "".join(
            f"<p>The mining museum has received a state grant, part {n}, to build a hall for "
            "its ore carts and drilling machines, which are stored outdoors.</p>"
            for n in range(4)
        )
        + "</article></body></html>"
    )
    assert html_metadata(markup).title == headline
    # a headline that links to the story's own page is still the headline
    story = markup.replace(f"<h2 class='entry-title'>{headline}</h2>", "").replace(
        f"<a href='{home}' rel='home'>The Copperfield Examiner</a>",
        f"<a href='/2026/11/museum-grant/'>{headline}</a>",
    )
    assert html_metadata(story).title == headline


def test_a_date_opening_a_heading_in_its_own_element_is_put_on_its_own_line():
    # h328 (press_wire_list_company_hil): a wire's list, '<h3><small>DATE</small><a>TITLE'
    # glued "10:00 ETIloilo ...": the page read as one article
    from lxml import html as lxml_html

    from analysis.clean.html_headings import break_dated_headings

    root = lxml_html.fromstring(
        "<div><h3><small>Dec 03, 2026, 10:00 ET</small><a href='/a'>Cooperative opens a "
        "new rice warehouse</a></h3><h3><span>Politics</span><a href='/b'>Council meets"
        "</a></h3><h3><small>3 Dec 2026</small></h3></div>"
    )
    assert break_dated_headings(root) == 1
    first, second, third = root.iter("h3")
    assert [child.tag for child in first] == ["small", "br", "a"]
    assert [child.tag for child in second] == ["span", "a"]  # no date: left as it is
    assert [child.tag for child in third] == ["small"]  # a date alone: no headline after it
    commented = lxml_html.fromstring(
        "<div><h3><!-- teaser --><a href='/c'>Council meets today</a></h3></div>"
    )
    assert break_dated_headings(commented) == 0  # (a comment first: no element's date)


def test_a_wires_list_of_dated_headings_is_split_into_its_releases():
    from analysis.clean.articles import PageFacts, extract_articles
    from analysis.clean.read import page_from_bytes

    cards = "".join(
        f"<div class='row newsCards'><div class='card'><h3><small>Dec 0{d}, 2026, 10:00 ET"
        f"</small><a href='/n/{d}'>{title}</a></h3><p>{text}</p><p class='company'>From: "
        f"<a href='/c/{d}'>{company}</a></p></div></div>"
        for d, title, text, company in [
            (
                3,
                "Cooperative opens a new rice warehouse",
                "The warehouse holds 50,000 sacks of "
                "rice and will serve three thousand farmers in the province.",
                "Agri Coop",
            ),
            (
                2,
                "Sugar mill raises the price it pays growers",
                "Growers will be paid five per "
                "cent more this milling season, the company said on Tuesday.",
                "Sugar Mills",
            ),
            (
                1,
                "Solar farm to be built in the north",
                "The forty-megawatt farm will be finished in 2028 and power thirty thousand homes.",
                "Solar Corp",
            ),
        ]
    )
    markup = f"<html><body><header><a href='/'>The Wire</a></header><h1>All news</h1>{cards}"
    page = page_from_bytes((markup + "</body></html>").encode(), "wire.html", "raw/wire.html")
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(articles["title"]) == [
        "Cooperative opens a new rice warehouse",
        "Sugar mill raises the price it pays growers",
        "Solar farm to be built in the north",
    ]
    assert list(articles["published"]) == ["2026-12-03", "2026-12-02", "2026-12-01"]
