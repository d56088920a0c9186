"""What an HTML page's markup says of its lines (analysis.clean.markup_lines): a card's
outlet printed alone under its text, the line opening a whole story's text."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring

from analysis.clean.html_stories import story_openers
from analysis.clean.markup_lines import button_texts
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

STORIES = [
    (
        "Breakwater to grow by forty metres",
        "Ana Souza",
        "December 1, 2026",
        [
            "The harbour board voted on Tuesday to extend the northern breakwater by forty "
            "metres, a project residents have asked for since the storm of last winter.",
            '"We have waited long enough," said the chair, who told members the work would '
            "begin in spring and last about two years, according to the engineers.",
            "Fishermen welcomed the decision but asked for a temporary mooring while the "
            "work goes on, and the board promised to answer them in January.",
        ],
    ),
    (
        "Library to stay open later in the evening",
        "Rui Lopes",
        "December 2, 2026",
        [
            "The city's library will stay open until nine in the evening from next month, "
            "the council said on Friday, after a petition signed by two thousand students.",
            "Longer hours will cost about forty thousand a year, paid from the culture "
            "budget, the council's treasurer told reporters outside the town hall.",
            "Students said the reading rooms were full every afternoon during the exam "
            "season and that many had nowhere quiet to study at home.",
        ],
    ),
    (
        "Ferry timetable changes in January",
        "Li Wen",
        "December 3, 2026",
        [
            "The island ferry will leave half an hour earlier on weekdays from January, "
            "the operator said on Thursday, to meet the first train to the capital.",
            "Commuters had asked for the change for two years, and the council agreed to "
            "pay for the extra crossing in the evening until the end of the summer.",
            "The last boat back will still leave at eleven, the operator said.",
        ],
    ),
]
OUTLETS = ["Coast Times", "The Harbour Ledger", "Bay Radio"]


def _site(title: str, content: str) -> bytes:
    return (
        f"<html><head><title>{title}</title>"
        "<meta property='og:site_name' content='Harbour Post'></head><body>"
        "<header><a href='/'>Harbour Post</a><nav><a href='/a'>News</a> "
        "<a href='/b'>Sport</a></nav></header>"
        f"<main>{content}</main><footer><p>© 2026 Harbour Post</p></footer></body></html>"
    ).encode()


def _articles(markup: bytes) -> list[dict]:
    return clean_page(page_from_bytes(markup, "page.html", "page.html")).articles


def test_whole_story_cards_printing_their_outlet_alone_under_their_text_are_split():
    # each card prints its outlet's name alone under its paragraphs, no date: in the
    # text view a name line under a body (the next card's kicker?); the card's markup
    # holds it, so it is that card's outlet
    cards = "".join(
        f"<div class='teaser'><h3><a href='/s/{k}'>{title}</a></h3><div class='summary'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + f"</div><div class='source'>{outlet}</div></div>"
        for k, ((title, _, _, paragraphs), outlet) in enumerate(zip(STORIES, OUTLETS, strict=True))
    )
    articles = _articles(
        _site("Latest stories | Harbour Post", f"<h1>Latest</h1><div>{cards}</div>")
    )
    assert [a["title"] for a in articles] == [story[0] for story in STORIES]
    assert [a["outlet"] for a in articles] == OUTLETS
    assert all(outlet not in a["body"] for a, outlet in zip(articles, OUTLETS, strict=True))


def _story(title: str, byline: str, date: str, paragraphs: list[str], opener: str = "") -> str:
    return (
        f"<article><div class='kicker'>Local</div><h1>{title}</h1>"
        f"<p class='byline'>By {byline}</p><time datetime='2026-12-01'>{date}</time>{opener}"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article>"
    )


OPENERS = {
    "deck": "<p>Work to begin in spring</p>",
    "credit": "<p>Board members at the harbour. (Ana Souza/Harbour Post)</p>",
    "listen": "<div class='listen'>Listen to this article · 4 min</div>",
    "figure": "<figure><img src='a.jpg'><figcaption>The northern breakwater "
    "(Ana Souza/Harbour Post)</figcaption></figure>",
}


@pytest.mark.parametrize("opener", list(OPENERS))
def test_a_line_opening_a_whole_storys_text_keeps_the_next_story_of_the_page(opener):
    # an infinite-scroll save: two whole stories, the first opening under its date with
    # a line that is neither prose nor a caption its words name (a deck, a credit, a
    # player's label); in the text view it could head a card, and the second story was
    # lost with nothing in skipped.csv
    first, second = STORIES[:2]
    content = _story(*first, OPENERS[opener]) + _story(*second)
    articles = _articles(_site(first[0], content))
    assert [a["title"] for a in articles] == [first[0], second[0]]
    assert [a["byline"] for a in articles] == [first[1], second[1]]
    assert first[3][0] in articles[0]["body"] and second[3][0] not in articles[0]["body"]
    assert second[3][-1] in articles[1]["body"]


def test_one_story_with_a_deck_and_subheads_stays_one_article():
    title, byline, date, paragraphs = STORIES[0]
    body = "".join(f"<h2>Part {k}</h2><p>{p}</p><p>{p}</p>" for k, p in enumerate(paragraphs))
    content = (
        f"<article><h1>{title}</h1><p class='byline'>By {byline}</p><time>{date}</time>"
        f"<p>Work to begin in spring</p>{body}</article>"
    )
    articles = _articles(_site(title, content))
    assert [a["title"] for a in articles] == [title]


def test_story_openers_are_read_on_a_page_of_whole_stories_only():
    deck = OPENERS["deck"]
    two = document_fromstring(_site("x", _story(*STORIES[0], deck) + _story(*STORIES[1], deck)))
    assert story_openers(two) == frozenset({"worktobegininspring"})
    one = document_fromstring(_site("x", _story(*STORIES[0], deck)))
    assert story_openers(one) == frozenset()
    # a story's date is its header's, never its opener
    dated = document_fromstring(_site("x", _story(*STORIES[0]) + _story(*STORIES[1])))
    assert story_openers(dated) == frozenset()
    # teasers of one paragraph each are no whole stories
    teasers = "".join(_story(t, b, d, p[:1], deck) for t, b, d, p in STORIES)
    assert story_openers(document_fromstring(_site("x", teasers))) == frozenset()


def test_a_cards_header_alone_over_its_text_is_no_opener():
    # <h2>Headline</h2><div>Outlet · 3 hours ago</div><p>..</p>: the line under the
    # headline is the card's header, not a line opening its text
    stories = "".join(
        f"<article><h2><a href='/s/{k}'>{t}</a></h2><div class='meta'>{o} · {k + 2} hours ago"
        "</div>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>"
        for k, ((t, _, _, paragraphs), o) in enumerate(zip(STORIES, OUTLETS, strict=True))
    )
    assert story_openers(document_fromstring(_site("x", stories))) == frozenset()
    articles = _articles(_site("Latest stories | Harbour Post", f"<h1>Latest</h1>{stories}"))
    assert [a["outlet"] for a in articles] == OUTLETS


def test_a_cards_last_line_is_no_outlet_when_the_card_prints_its_outlet_above():
    # a list item's card: headline, outlet, time, its text, then a note closing it
    items = "".join(
        f"<li><a href='/s/{k}'>{t}</a> <span>{o}</span> <span>{k + 2} hours ago</span> "
        + " ".join(f"<span>{p}</span>" for p in paragraphs)
        + " <span>Contributing: Rui Lopes.</span></li>"
        for k, ((t, _, _, paragraphs), o) in enumerate(zip(STORIES, OUTLETS, strict=True))
    )
    articles = _articles(_site("Latest stories | Harbour Post", f"<h1>Latest</h1><ul>{items}</ul>"))
    assert [a["outlet"] for a in articles] == OUTLETS


def test_a_cards_headline_of_two_capitalized_words_heads_its_card():
    # "Quiet Mischief" reads as a name in a text view (a kicker, an outlet); the card's
    # markup says it is its headline
    cards = [
        ("Ferry fares rise by ten percent in spring", "Coast Times"),
        ("Quiet Mischief", "Bay Radio"),
        ("Library to stay open later in the evening", "The Harbour Ledger"),
    ]
    teaser = "The council said on Friday that the change would start next month, after a vote."
    items = "".join(
        f"<li><a href='/s/{k}'>{t}</a> <span>{o}</span> <span>{k + 2} hrs ago</span> "
        f"<span>{teaser}</span></li>"
        for k, (t, o) in enumerate(cards)
    )
    articles = _articles(_site("Latest stories | Harbour Post", f"<h1>Latest</h1><ul>{items}</ul>"))
    assert [(a["title"], a["outlet"]) for a in articles] == cards


# A story whose <article> holds its first paragraphs and a script shows the rest in a
# <div> under a "Read more" button (review h281's held-out h_en_continue_bio).
_CONTINUED = """<!DOCTYPE html><html><head><title>Ferry timetable | Coast Post</title></head>
<body><header><a href="/">Coast Post</a></header>
<nav><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></nav>
<article><h1>Winter ferry timetable cuts two sailings</h1><p class="byline">By Ines Varga</p>
<p>The island ferry will run two fewer sailings a day from November, the operator said on
Monday, after a winter in which the late boats carried fewer than ten passengers.</p>
<p>Islanders who work on the mainland said the earliest sailing, at six, must stay, and the
operator agreed to keep it for at least another year.</p></article>
<button type="button">Read more</button>
<div class="article-rest"><p>The last boat back will now leave the harbour at eight in the
evening, an hour earlier than before, which shift workers said would leave them stranded.</p>
<p>The council will ask the operator to restore the late sailing on Fridays in the
summer, when visitors fill the island's two hotels and its campsite.</p></div>
<aside class="more"><h3>More from the Post</h3><ul><li><a href="/a/">Harbour wall repaired
</a></li><li><a href="/b/">Lifeboat crew honoured</a></li></ul></aside>
<footer><p>&copy; 2026 Coast Post</p></footer></body></html>"""


def test_a_story_continued_under_a_button_keeps_its_paragraphs_after_it():
    [article] = _articles(_CONTINUED.encode())
    body = article["body"]
    assert "The last boat back" in body and "restore the late sailing" in body
    assert "Read more" not in body and "Harbour wall" not in body


def test_button_texts_are_the_buttons_letters():
    tree = document_fromstring(_CONTINUED)
    assert button_texts(tree) == frozenset({"readmore"})


def test_a_cards_column_name_its_markup_names_is_a_label_whatever_its_words():
    # an opinion page: each columnist's card under its column's name; a name opening with
    # a word for "by" (Maltese "Minn", "from") read as a byline, one of a headline's words
    # read as a title, the cards did not split (review h286)
    from analysis.clean.page_rows import clean_page
    from analysis.clean.read import page_from_bytes

    columns = [
        ("Minn Ħal Tarxien", "Marija Borg", "The harbour ferry should run at night again"),
        ("Notes From The Valley", "Joseph Camilleri", "Why the bridge repairs took two years"),
        ("Weekend", "Rita Zammit", "Reading lists that children actually finish"),
    ]
    cards = "".join(
        f"<article class='opinion-card'><img src='/c{k}.jpg' alt='Photo of {name}'>"
        f"<div><span class='column-name'>{column}</span><h2><a href='/o/{k}'>{title}</a></h2>"
        f"<p>Our columnist on the week's argument about {title.lower()}, and what comes next.</p>"
        f"<p><span class='author'>{name}</span> · <time>{k + 1} December 2026</time></p>"
        "</div></article>"
        for k, (column, name, title) in enumerate(columns)
    )
    html = (
        "<html><head><title>Opinion | Tarnside Voice</title></head><body>"
        f"<main><h1>Opinion</h1>{cards}</main><footer>© 2026 Tarnside Voice</footer></body></html>"
    )
    page = page_from_bytes(html.encode(), "opinion.html", "opinion.html")
    articles = clean_page(page).articles
    assert [a["title"] for a in articles] == [title for _, _, title in columns]
    assert [a["byline"] for a in articles] == [name for _, name, _ in columns]
