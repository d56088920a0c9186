"""Cards in HTML markup (analysis.clean.html_cards): found, rendered one packed block each."""

from __future__ import annotations

from lxml.html import document_fromstring

from analysis.clean.html_cards import find_cards, letters, marked_authors
from analysis.clean.html_page import render_text
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

CARDS = [
    (
        "Bakery wins the regional bread award",
        "A family bakery on Mill Lane won the award for its rye loaf.",
        "May 4, 2026",
    ),
    (
        "Library extends its weekend opening hours",
        "Readers can borrow books on Sundays from next month, the library said.",
        "May 3, 2026",
    ),
    (
        "New cycle lane opens along the canal path",
        "The lane links the station with the business park in the east.",
        "May 2, 2026",
    ),
]
HEAD = (
    "<html><head><title>Town news | Millbrook Echo</title>"
    "<meta property='og:site_name' content='Millbrook Echo'></head><body>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/town'>Town</a></li></ul></nav>"
    "<main><h1>Town news</h1>"
)
TAIL = "</main><footer><p>© 2026 Millbrook Echo Ltd.</p></footer></body></html>"
ARTICLE_CARDS = "".join(
    f"<article><h2><a href='/s/{k}'>{h}</a></h2><p>{t}</p><time>{d}</time></article>"
    for k, (h, t, d) in enumerate(CARDS)
)
LIST_CARDS = (
    "<ul>"
    + "".join(
        f"<li><a href='/s/{k}'>{h}</a> <span>{t}</span> <span>{d}</span></li>"
        for k, (h, t, d) in enumerate(CARDS)
    )
    + "</ul>"
)


def test_a_card_renders_as_one_block_its_parts_on_lines_of_their_own():
    for cards in (ARTICLE_CARDS, LIST_CARDS):
        text = render_text(HEAD + cards + TAIL)
        for headline, teaser, date in CARDS:
            assert f"\n\n{headline}\n{teaser}\n{date}\n" in text


def test_an_html_listing_is_split_into_its_cards():
    for cards in (ARTICLE_CARDS, LIST_CARDS):
        page = page_from_bytes((HEAD + cards + TAIL).encode(), "town.html", "town.html")
        result = clean_page(page)
        assert result.row["layout"] == "listing"
        assert [a["title"] for a in result.articles] == [c[0] for c in CARDS]


def test_cards_wrapped_in_their_link_or_nested_in_wrappers_are_split_with_their_dates():
    # the whole card is the link (no link in the heading), or the linked heading and
    # the teaser sit one wrapper down with the date in a footer: each is still a card
    linked = "".join(
        f"<a class='card' href='/s/{k}'><h3>{h}</h3><p>{t}</p><span>{d}</span></a>"
        for k, (h, t, d) in enumerate(CARDS)
    )
    nested = "".join(
        f"<article><div><h2><a href='/s/{k}'>{h}</a></h2><div><p>{t}</p></div></div>"
        f"<footer><time>{d}</time> · Jane Doe</footer></article>"
        for k, (h, t, d) in enumerate(CARDS)
    )
    for cards in (linked, nested):
        page = page_from_bytes((HEAD + cards + TAIL).encode(), "town.html", "town.html")
        result = clean_page(page)
        assert [a["title"] for a in result.articles] == [c[0] for c in CARDS]
        assert [a["published"] for a in result.articles] == [
            "2026-05-04",
            "2026-05-03",
            "2026-05-02",
        ]


def test_a_story_printed_twice_on_a_home_page_is_kept_once():
    # "Top stories" and again under "Latest": the lead story keeps its card, once
    more = [
        (
            "Harbour festival returns with a bigger programme",
            "Organisers said the festival would add a second stage and a night market.",
            "May 1, 2026",
        ),
        (
            "Ferry timetable changes from the first of June",
            "Boats to the island will leave every half hour on relative, the operator said.",
            "April 30, 2026",
        ),
    ]

    def section(heading, cards):
        items = "".join(
            f"<article><h3><a href='/s/{h[:5]}'>{h}</a></h3><p>{t}</p><time>{d}</time></article>"
            for h, t, d in cards
        )
        return f"<section><h2>{heading}</h2>{items}</section>"

    markup = section("Top stories", CARDS[:2]) + section("Latest", [CARDS[0], CARDS[2], *more])
    page = page_from_bytes((HEAD + markup + TAIL).encode(), "home.html", "home.html")
    titles = [a["title"] for a in clean_page(page).articles]
    assert titles == [CARDS[0][0], CARDS[1][0], CARDS[2][0], more[0][0], more[1][0]]


def test_a_page_of_headlines_only_is_no_article():
    # a "Most read" page: links without teasers are no article's body
    items = "".join(f"<li><a href='/s/{k}'>{h}</a></li>" for k, (h, _, _) in enumerate(CARDS))
    markup = f"<h2>Most read</h2><ol>{items}</ol>"
    page = page_from_bytes((HEAD + markup + TAIL).encode(), "most-read.html", "most.html")
    assert clean_page(page).articles == []


def test_a_sentence_with_a_link_is_no_card():
    paragraphs = "".join(
        f"<p>The council said <a href='/r/{k}'>the report</a> was late again ({k} days).</p>"
        for k in range(4)
    )
    assert find_cards(document_fromstring(f"<html><body>{paragraphs}</body></html>")) == []


def test_a_menu_entry_over_its_submenu_of_links_is_no_card():
    menu = "".join(
        f"<li><a href='/{k}'>Section {k}</a><ul><li><a href='/{k}/a'>Topic A</a></li>"
        f"<li><a href='/{k}/b'>Topic B</a></li></ul></li>"
        for k in range(4)
    )
    assert (
        find_cards(document_fromstring(f"<html><body><nav><ul>{menu}</ul></nav></body></html>"))
        == []
    )


def test_cards_are_found_inside_a_link_and_not_as_their_section():
    cards = "".join(
        f"<div><a href='/s/{k}'><h3>{h}</h3><p>{t}</p></a></div>"
        for k, (h, t, _) in enumerate(CARDS)
    )
    sections = f"<section><h2>Town</h2>{cards}</section><section><h2>Sport</h2>{cards}</section>"
    found = find_cards(document_fromstring(f"<html><body>{sections}</body></html>"))
    assert len(found) == 2 * len(CARDS)
    assert {card.tag for card in found} == {"div"}


def test_cards_around_the_page_s_own_article_are_left_as_printed():
    story = [
        "The council met on Monday to agree the budget for the coming year in full.",
        "Members voted to keep the swimming pool open and to repair the old town hall roof.",
    ]
    page = (
        HEAD
        + "<article><h1>Council agrees the budget</h1>"
        + "".join(f"<p>{p}</p>" for p in story)
        + "</article><aside>"
        + ARTICLE_CARDS
        + "</aside>"
        + TAIL
    )
    main_text = "\n".join(story)
    headline, teaser, _ = CARDS[0]
    assert f"{headline}\n\n{teaser}\n" in render_text(page, main_text)
    assert f"{headline}\n{teaser}\n" in render_text(page, None)  # no article found: packed


def test_a_card_printing_no_date_takes_the_one_its_time_element_holds():
    # "3h" / "Tuesday" printed, the exact moment in the markup: the card is dated by it,
    # the printed text (the blocks' text) stays as printed
    moments = ["2026-05-04T09:30:00Z", "2026-05-03", "2026-05-02T23:10:00-04:00"]
    shown = ["3 hours ago", "1 day ago", "2 days ago"]
    cards = "".join(
        f"<article><h2><a href='/s/{k}'>{h}</a></h2><p>{t}</p>"
        f"<time datetime='{moments[k]}'>{shown[k]}</time></article>"
        for k, (h, t, _) in enumerate(CARDS)
    )
    page = page_from_bytes((HEAD + cards + TAIL).encode(), "town.html", "town.html")
    assert all(f"\n{t}\n{s}\n" in page.text for (_, t, _), s in zip(CARDS, shown, strict=True))
    articles = clean_page(page).articles
    assert [a["published"] for a in articles] == ["2026-05-04", "2026-05-03", "2026-05-02"]
    assert {a["date_source"] for a in articles} == {"html"}
    assert [a["relative_time"] for a in articles] == shown


def test_search_results_whose_teasers_are_links_are_cards_their_source_apart():
    # review h210: a portal's news search (ul.list_news): the publisher, the date and a
    # link glued in one wrapper, the headline a link, the summary a link too: no part
    # held text outside a link, so the list was one record
    items = "".join(
        f"<li><div class='wrap'><div class='info'><div class='group'>"
        f"<a href='https://p.example/{k}'>North Gazette</a><span>2026.05.0{4 - k}.</span>"
        f"<a href='https://portal.example/n/{k}'>Portal News</a></div></div>"
        f"<a class='tit' href='https://p.example/a/{k}'>{h}</a>"
        f"<div class='dsc'><a href='https://p.example/a/{k}'>{t}</a></div></div></li>"
        for k, (h, t, _) in enumerate(CARDS)
    )
    page = page_from_bytes((HEAD + f"<ul>{items}</ul>" + TAIL).encode(), "town.html", "town.html")
    assert "North Gazette\n2026.05.04.\nPortal News\n" in page.text
    articles = clean_page(page).articles
    assert [a["title"] for a in articles] == [c[0] for c in CARDS]
    assert [a["body"] for a in articles] == [c[1] for c in CARDS]


def test_a_menu_of_short_links_stays_no_card():
    menu = "".join(
        f"<li><div><a href='/s/{k}'>Section {k} news</a></div><div><a href='/t/{k}'>More</a>"
        "</div></li>"
        for k in range(4)
    )
    root = document_fromstring(HEAD + f"<ul>{menu}</ul>" + TAIL)
    assert find_cards(root) == []


def test_a_card_printing_an_age_takes_the_date_of_its_tooltip():
    # review h210: a list of links whose date is only in a title attribute over the
    # printed age; a link's own title (the story's) dates nothing
    shown = ["3 hours ago", "yesterday", "2 days ago"]
    items = "".join(
        f"<li><a href='/s/{k}' title='2026-01-0{k + 1} story'>{h}</a> "
        f"<span class='ago' title='2026-05-0{4 - k} 08:00'>{shown[k]}</span><p>{t}</p></li>"
        for k, (h, t, _) in enumerate(CARDS)
    )
    page = page_from_bytes((HEAD + f"<ul>{items}</ul>" + TAIL).encode(), "town.html", "town.html")
    articles = clean_page(page).articles
    assert [a["title"] for a in articles] == [c[0] for c in CARDS]
    assert [a["published"] for a in articles] == ["2026-05-04", "2026-05-03", "2026-05-02"]


def test_a_printed_card_date_wins_and_a_datetime_without_a_full_date_dates_nothing():
    def page(values, printed):
        cards = "".join(
            f"<article><h2><a href='/s/{k}'>{h}</a></h2><p>{t}</p>"
            f"<time datetime='{values[k]}'>{printed[k]}</time></article>"
            for k, (h, t, _) in enumerate(CARDS)
        )
        return page_from_bytes((HEAD + cards + TAIL).encode(), "town.html", "town.html")

    dated = clean_page(page(["2026-04-01"] * 3, [c[2] for c in CARDS])).articles
    assert [(a["published"], a["date_source"]) for a in dated] == [
        ("2026-05-04", "page"),
        ("2026-05-03", "page"),
        ("2026-05-02", "page"),
    ]
    relative = ["3 hours ago", "1 day ago", "2 days ago"]
    undated = clean_page(page(["2026-05-04", "2026-13-40", "May 2026"], relative)).articles
    assert [a["published"] for a in undated] == ["2026-05-04", None, None]


def test_table_rows_term_pairs_flat_headings_and_loose_teasers_are_cards():
    # a row's cells, a <dt> and its <dd>s, a linked heading and the siblings up to the
    # next heading, a teaser written straight after the heading: each a card
    markups = {
        "table": "<table><tbody>"
        + "".join(
            f"<tr><td><a href='/s/{k}'>{h}</a></td><td>{t}</td><td>{d}</td></tr>"
            for k, (h, t, d) in enumerate(CARDS)
        )
        + "</tbody></table>",
        "dl": "<dl>"
        + "".join(
            f"<dt><a href='/s/{k}'>{h}</a></dt><dd>{t}</dd><dd>{d}</dd>"
            for k, (h, t, d) in enumerate(CARDS)
        )
        + "</dl>",
        "flat": "".join(
            f"<h3><a href='/s/{k}'>{h}</a></h3><p>{t}</p><p class='date'>{d}</p>"
            for k, (h, t, d) in enumerate(CARDS)
        )
        + "<div class='pager'><a href='?p=2'>Older stories</a></div>",
        "loose": "".join(
            f"<div><h3><a href='/s/{k}'>{h}</a></h3>{t} <em>{d}</em></div>"
            for k, (h, t, d) in enumerate(CARDS)
        ),
    }
    for markup in markups.values():
        text = render_text(HEAD + markup + TAIL)
        for headline, teaser, date in CARDS:
            assert f"\n\n{headline}\n{teaser}\n{date}\n" in text
        page = page_from_bytes((HEAD + markup + TAIL).encode(), "town.html", "town.html")
        articles = clean_page(page).articles
        assert [a["title"] for a in articles] == [c[0] for c in CARDS]
        assert [a["published"] for a in articles] == ["2026-05-04", "2026-05-03", "2026-05-02"]


def test_an_article_s_linked_subheads_stay_its_sections():
    # the page's own article with linked subheads over its paragraphs: one article
    story = [
        "The council met on Monday to agree the budget for the coming year in full.",
        "Members voted to keep the swimming pool open and to repair the old town hall roof.",
        "The mayor said the vote showed the town could still plan for the long term.",
    ]
    sections = "".join(
        f"<h2><a href='#s{k}'>Part {k + 1}</a></h2><p>{p}</p>" for k, p in enumerate(story)
    )
    markup = HEAD + "<article><h1>Council agrees the budget</h1>" + sections + "</article>" + TAIL
    articles = clean_page(page_from_bytes(markup.encode(), "a.html", "a.html")).articles
    assert len(articles) == 1
    assert [p for p in articles[0]["body"].split("\n\n") if p in story] == story


def test_a_date_closing_a_teaser_is_a_line_of_its_own_but_not_in_a_meta_line():
    cards = "".join(
        f"<article><h2><a href='/s/{k}'>{h}</a></h2><p>{t} <span>{d}</span></p>"
        f"<div class='meta'><span>By Ann Lee</span> · <span>{d}</span></div></article>"
        for k, (h, t, d) in enumerate(CARDS)
    )
    text = render_text(HEAD + cards + TAIL)
    for headline, teaser, date in CARDS:
        assert f"\n{headline}\n{teaser}\n{date}\nBy Ann Lee · {date}\n" in text


def test_a_heading_linked_to_a_place_in_the_page_is_no_cards_headline():
    """A live blog's updates link their headings to themselves (permalinks): no story
    links, no cards; the same markup linking other pages is a listing's."""
    updates = "".join(
        f"<div class='update' id='u{k}'><time>1{k}:05</time><h3><a href='#u{k}'>{h}</a></h3>"
        f"<p>{t}</p></div>"
        for k, (h, t, _) in enumerate(CARDS)
    )
    assert find_cards(document_fromstring(HEAD + updates + TAIL)) == []
    stories = updates.replace("href='#u", "href='/s/")
    assert len(find_cards(document_fromstring(HEAD + stories + TAIL))) == len(CARDS)


def test_list_item_cards_stay_cards_when_the_extractor_drops_their_publisher():
    # an aggregator's "<li><a>Headline</a> <span>Outlet</span> <span>teaser</span></li>":
    # trafilatura's main text keeps each item's headline and teaser and drops the
    # outlet between them; the items are still the page's cards, packed one a block
    outlets = ["Valley Times", "Coast Herald", "Hill Gazette"]
    items = "".join(
        f"<li><a href='/s/{k}'>{h}</a> <span class='source'>{o}</span> <span>{t}</span></li>"
        for k, ((h, t, _), o) in enumerate(zip(CARDS, outlets, strict=True))
    )
    page = HEAD + f"<ul class='results'>{items}</ul>" + TAIL
    main_text = "\n".join(f"- {h} {t}" for h, t, _ in CARDS)
    rendered = render_text(page, main_text)
    for (headline, teaser, _), outlet in zip(CARDS, outlets, strict=True):
        assert f"{headline}\n{outlet}\n{teaser}\n" in rendered


def test_a_lede_printed_above_a_headline_no_heading_element_marks_stays_its_card_s():
    # review h210: a CSS grid's tile printing its lede, then its headline as a link in a
    # <div> (no heading element), then its author's name (a by-word the tables lack,
    # Lingala "Na") and a <time> with no text: each card got the next card's lede
    tiles = "".join(
        f"<div class='cell'><div class='card'><p class='lede'>{t}</p>"
        f"<div class='head'><a href='/s/{k}'>{h}</a></div>"
        f"<div class='meta'><span>Jane Roe</span><time datetime='2026-05-0{4 - k}'></time>"
        "</div></div></div>"
        for k, (h, t, _) in enumerate(CARDS)
    )
    result = clean_page(page_from_bytes((HEAD + tiles + TAIL).encode(), "town.html", "town.html"))
    assert [a["title"] for a in result.articles] == [c[0] for c in CARDS]
    assert [a["body"] for a in result.articles] == [c[1] for c in CARDS]
    assert [a["published"] for a in result.articles] == ["2026-05-04", "2026-05-03", "2026-05-02"]


def test_a_link_label_after_a_teaser_is_not_moved_above_it():
    cards = "".join(
        f"<div class='card'><div class='head'><a href='/s/{k}'>{h}</a></div><p>{t}</p>"
        f"<div class='more'><a href='/s/{k}'>Read more</a></div><span>{d}</span></div>"
        for k, (h, t, d) in enumerate(CARDS)
    )
    text = render_text(HEAD + cards + TAIL)
    for headline, teaser, date in CARDS:
        assert f"{headline}\n{teaser}\nRead more\n{date}" in text


def test_a_card_printing_its_headline_under_its_teaser_keeps_its_own_headline_and_date():
    # review h119 Q1: a grid tile printing kicker, teaser, then the headline (and a
    # source glued to its date by minified markup) gave each card the previous card's
    # headline and date, and the first the page's heading
    tiles = "".join(
        f"<div class='tile'><span class='eyebrow'>Town</span><p class='dek'>{t}</p>"
        f"<h3><a href='/s/{k}'>{h}</a></h3>"
        f"<div class='meta'><span>Millbrook Echo</span><time>{d}</time></div></div>"
        for k, (h, t, d) in enumerate(CARDS)
    )
    page = page_from_bytes((HEAD + tiles + TAIL).encode(), "town.html", "town.html")
    assert "Millbrook Echo\nMay 4, 2026" in page.text  # not "Millbrook EchoMay 4, 2026"
    result = clean_page(page)
    assert [a["title"] for a in result.articles] == [c[0] for c in CARDS]
    assert [a["published"] for a in result.articles] == ["2026-05-04", "2026-05-03", "2026-05-02"]
    assert [a["body"] for a in result.articles] == [c[1] for c in CARDS]


def test_a_field_label_and_its_value_in_abutting_spans_print_as_one_line():
    # a CMS view's field: its label's span (a colon and a space closing it) and the
    # value's span with nothing between them are one line, 'Author: NAME', as a browser
    # shows it; a line each put the label alone over the name, which no card read
    names = ["Rosa Lindqvist", "Tomasz Varga", "Hedda Brandt"]
    cards = "".join(
        f"<div class='views-row'><div class='title'><a href='/s/{k}'>{h}</a></div>"
        f"<div class='body'><p>{t}</p></div><div class='date'>{d}</div>"
        f"<div class='name'><span class='views-label'>Author: </span>"
        f"<span class='field-content'><a href='/user/{k}'>{names[k]}</a></span></div></div>"
        for k, (h, t, d) in enumerate(CARDS)
    )
    page = page_from_bytes((HEAD + cards + TAIL).encode(), "town.html", "town.html")
    assert "Author: Rosa Lindqvist" in page.text
    result = clean_page(page)
    assert [a["title"] for a in result.articles] == [c[0] for c in CARDS]
    assert [a["byline"] for a in result.articles] == names


def test_a_table_of_cards_two_to_a_row_gives_each_card_its_own_record():
    # review h119 Q13: a cell each, two cards a row; the renderer laid the cells out as
    # columns side by side, so the two cards' lines interleaved into one record
    cell = "<td valign='top'><h3><a href='/s/{k}'>{h}</a></h3><p>{t}</p><span>{d}</span></td>"
    cards = [
        *CARDS,
        ("Pool reopens after repairs", "The town pool opens again on Monday.", "May 1, 2026"),
    ]
    cells = [cell.format(k=k, h=h, t=t, d=d) for k, (h, t, d) in enumerate(cards)]
    table = f"<table><tr>{cells[0]}{cells[1]}</tr><tr>{cells[2]}{cells[3]}</tr></table>"
    page = page_from_bytes((HEAD + table + TAIL).encode(), "town.html", "town.html")
    result = clean_page(page)
    assert [a["title"] for a in result.articles] == [c[0] for c in cards]
    assert [a["body"] for a in result.articles] == [c[1] for c in cards]


def test_a_card_s_author_its_markup_names_is_its_byline_and_its_microdata_date_dates_it():
    # a section page printing each card's author as a bare name under its teaser, and
    # its date only in the card's microdata: the text view shows a name line where an
    # aggregator prints its publisher; the markup says whose name it is
    authors = ["Rosa Lindqvist", "Tomasz Varga", "Hedda Brandt"]
    moments = ["2026-05-04T09:30:00+02:00", "2026-05-03", "2026-05-02T23:10:00Z"]
    marks = ["itemprop='author'", "class='teaser__autor'", "class='card-author'"]
    cards = "".join(
        f"<div class='teaser' itemscope itemtype='https://schema.org/NewsArticle'>"
        f"<meta itemprop='datePublished' content='{moments[k]}'>"
        f"<h2><a href='/s/{k}'>{h}</a></h2><p>{t}</p>"
        f"<span {marks[k]}>{authors[k]}</span></div>"
        for k, (h, t, _) in enumerate(CARDS)
    )
    page = page_from_bytes((HEAD + cards + TAIL).encode(), "town.html", "town.html")
    articles = clean_page(page).articles
    assert [a["byline"] for a in articles] == authors
    assert {a["outlet"] for a in articles} == {"Millbrook Echo"}
    assert [a["published"] for a in articles] == ["2026-05-04", "2026-05-03", "2026-05-02"]


def test_a_card_s_author_marked_in_rdfa_or_by_a_rel_author_link_is_its_byline():
    # review h161 F1: RDFa's property="author" (and a rel="author" link) say the name is
    # the card's author, as itemprop="author" does; it was filed as the card's outlet
    authors = ["Rosa Lindqvist", "Tomasz Varga", "Hedda Brandt"]
    marks = [
        "<span property='author' typeof='Person'><span property='name'>{a}</span></span>",
        "<span class='meta' property='author'>{a}</span>",
        "<span property='author' typeof='Person'><span property='name'>{a}</span></span>",
    ]
    cards = "".join(
        f"<div class='teaser' vocab='https://schema.org/' typeof='NewsArticle'>"
        f"<h2><a href='/s/{k}'>{h}</a></h2><p>{t}</p>"
        f"<p>{marks[k].format(a=authors[k], k=k)}</p></div>"
        for k, (h, t, d) in enumerate(CARDS)
    )
    page = page_from_bytes((HEAD + cards + TAIL).encode(), "town.html", "town.html")
    articles = clean_page(page).articles
    assert [a["byline"] for a in articles] == authors
    assert {a["outlet"] for a in articles} == {"Millbrook Echo"}
    link = "<p><a rel='author' href='/people/rosa'>Rosa Lindqvist</a></p>"
    assert marked_authors(link) == {letters("Rosa Lindqvist")}


def test_a_publisher_in_a_card_s_byline_element_stays_its_outlet():
    # an aggregator's card prints its publisher alone in a "byline" element: no author
    outlets = ["North Gazette", "South Post", "East Herald"]
    cards = "".join(
        f"<div class='teaser'><h3><a href='/s/{k}'>{h}</a></h3><div><p>{t}</p></div>"
        f"<div class='byline'>{outlets[k]}</div></div>"
        for k, (h, t, _) in enumerate(CARDS)
    )
    page = page_from_bytes((HEAD + cards + TAIL).encode(), "town.html", "town.html")
    articles = clean_page(page).articles
    assert [a["outlet"] for a in articles] == outlets
    assert {a["byline"] for a in articles} == {None}


def test_a_list_whose_headline_links_hold_their_time_is_split_into_its_cards():
    # "<a><em>Headline</em><time>12月3日 18時05分</time></a><p>Lead</p>" (a Japanese news
    # list): the extractor's main text drops the time, so no card was found to hold it and
    # the list ran into one article; "12月3日" was no card time (h135)
    items = [
        (
            "市営バス、全線でキャッシュレス決済に対応",
            "12月3日 18時05分",
            "2026-12-03",
            "市交通局は、来年4月から市営バスの全路線でICカード決済を利用できるようにすると発表した。",
        ),
        (
            "駅前の再開発ビル、来月オープン",
            "12月3日 11時30分",
            "2026-12-03",
            "駅前の再開発ビルが来月15日に開業する。地下1階から地上5階に40店舗が入る。",
        ),
        (
            "小学校の給食に地元産の米を使用へ",
            "12月2日 19時20分",
            "2026-12-02",
            "市は来年度から、市内すべての小学校の給食に地元産の米を使うと発表した。",
        ),
    ]
    lis = "".join(
        f"<li><a href='/n/{k}'><em class='title'>{h}</em><time datetime='{iso}T09:00'>{t}</time>"
        f"</a><p class='lead'>{lead}</p></li>"
        for k, (h, t, iso, lead) in enumerate(items)
    )
    html = (
        "<html lang='ja'><head><title>地域のニュース｜ちゅうぶ日報</title></head><body>"
        f"<header><h1>ちゅうぶ日報</h1></header><main><h2>地域のニュース</h2><ul>{lis}</ul></main>"
        "<footer>Copyright ちゅうぶ日報</footer></body></html>"
    )
    page = page_from_bytes(html.encode(), "list.html", "list.html")
    articles = clean_page(page).articles
    assert [a["title"] for a in articles] == [h for h, _, _, _ in items]
    assert [a["published"] for a in articles] == [iso for _, _, iso, _ in items]


def test_table_rows_whose_cell_opens_with_a_linked_headline_line_are_cards():
    # an archive table: a date cell, a cell of "linked headline <br> teaser", an author
    rows = "".join(
        f"<tr><td>{d}</td><td><a href='/s/{k}'><b>{h}</b></a><br>{t}</td><td>Ann Lee</td></tr>"
        for k, (h, t, d) in enumerate(CARDS)
    )
    html = HEAD + f"<table><tr><th>Date</th><th>Story</th><th>By</th></tr>{rows}</table>" + TAIL
    assert len(find_cards(document_fromstring(html))) == len(CARDS)
    page = page_from_bytes(html.encode(), "archive.html", "archive.html")
    result = clean_page(page)
    assert [a["title"] for a in result.articles] == [c[0] for c in CARDS]
    assert [a["body"] for a in result.articles] == [c[1] for c in CARDS]


def test_a_table_cell_of_a_link_and_text_on_one_line_is_no_headline_cell():
    # "<a>More</a> about the council" in a cell: a sentence with a link, no card
    rows = "".join(
        f"<tr><td>{d}</td><td><a href='/s/{k}'>More</a> about {h.lower()}</td></tr>"
        for k, (h, _, d) in enumerate(CARDS)
    )
    assert find_cards(document_fromstring(HEAD + f"<table>{rows}</table>" + TAIL)) == []


def test_a_topic_lists_rows_whose_cell_opens_with_a_linked_title_are_cards():
    # a forum's topic list: a cell of the topic's linked title in a span of its own,
    # its category badge and its excerpt; counts and the last activity in other cells
    rows = "".join(
        f"<tr><td class='main'><span class='top'><a href='/t/{k}'>{h}</a></span>"
        f"<div class='bottom'><span class='category-name'>Town</span></div>"
        f"<p class='excerpt'>{t}</p></td><td>{k + 3}</td><td>Jun {k + 1}</td></tr>"
        for k, (h, t, _) in enumerate(CARDS)
    )
    html = HEAD + f"<table><tr><th>Topic</th><th>Replies</th><th>Activity</th></tr>{rows}</table>"
    assert len(find_cards(document_fromstring(html + TAIL))) == len(CARDS)
    page = page_from_bytes((html + TAIL).encode(), "topics.html", "topics.html")
    articles = clean_page(page).articles
    assert [a["title"] for a in articles] == [c[0] for c in CARDS]
    assert [a["category"] for a in articles] == ["Town"] * len(CARDS)  # a badge, no outlet
    assert {a["outlet"] for a in articles} == {"Millbrook Echo"}


#: The three cards' authors, in the byline tests below.
AUTHORS = ["Jane Roe", "Omar Haddad", "Lena Fischer"]


def _titles_and_bylines(card_html) -> tuple[list, list]:
    """The titles and bylines clean_page reads off a blog page of :data:`CARDS`, each card
    written by ``card_html(k, headline, teaser, date, author)``."""
    cards = "".join(card_html(k, h, t, d, AUTHORS[k]) for k, (h, t, d) in enumerate(CARDS))
    page = page_from_bytes((HEAD + cards + TAIL).encode(), "blog.html", "blog.html")
    articles = clean_page(page).articles
    return [a["title"] for a in articles], [a["byline"] for a in articles]


def test_an_author_its_markup_marks_before_the_cards_date_is_its_byline():
    # "Jane Roe Dec 3, 2026": the author's link and the date's element run into one line,
    # no separator; the markup says the name is the author (review h286)
    titles, bylines = _titles_and_bylines(
        lambda k, h, t, d, name: (
            f"<article class='post'><h2><a href='/s/{k}'>{h}</a></h2><p>{t}</p>"
            f"<div class='post-meta'><a class='post-author' href='/a/{k}'>{name}</a> "
            f"<time>{d}</time></div></article>"
        )
    )
    assert titles == [h for h, _, _ in CARDS]
    assert bylines == AUTHORS


def test_an_author_its_markup_marks_after_the_cards_date_is_its_byline():
    # "May 4, 2026 Jane Roe Comments (0)": a site builder's date, author and comment-count
    # spans run into one line; the markup says which name is the author
    titles, bylines = _titles_and_bylines(
        lambda k, h, t, d, name: (
            f"<article class='post'><h2><a href='/s/{k}'>{h}</a></h2>"
            f"<div class='u-metadata'><span class='u-meta-date'>{d}</span>\n"
            f"<span class='u-meta-author'>{name}</span>\n"
            f"<span class='u-meta-comments'>Comments (0)</span></div><p>{t}</p></article>"
        )
    )
    assert titles == [h for h, _, _ in CARDS]
    assert bylines == AUTHORS


def test_an_author_element_s_own_label_is_no_part_of_the_byline_after_the_date():
    # "<span class='news-item__author'>Report: NAME</span>" after the date's span: the
    # element's label and colon are cut off the name
    _, bylines = _titles_and_bylines(
        lambda k, h, t, d, name: (
            f"<article class='post'><h2><a href='/s/{k}'>{h}</a></h2><p>{t}</p>"
            f"<p class='meta'><span class='date'>{d}</span> "
            f"<span class='news-item__author'>Report: {name}</span></p></article>"
        )
    )
    assert bylines == AUTHORS


def test_an_author_label_glued_to_the_marked_author_is_no_outlet():
    # review h413 (wp_newspack_author_page_zh): a theme's visually hidden author label
    # ("<span class='screen-reader-text'>作者</span>", "Autor") runs into the author's
    # link with no space: the card's name line "作者林怡君" read as its outlet
    for label in ["作者", "Autor"]:
        titles, bylines = _titles_and_bylines(
            lambda k, h, t, d, name, label=label: (
                f"<article class='post'><h2 class='entry-title'><a href='/s/{k}'>{h}</a></h2>"
                f"<div class='entry-meta'><span class='byline'>"
                f"<span class='screen-reader-text'>{label}</span><span class='author vcard'>"
                f"<a class='url fn n' href='/a/{k}'>{name}</a></span></span></div>"
                f"<div class='posted-on'><time>{d}</time></div><p>{t}</p></article>"
            )
        )
        assert titles == [h for h, _, _ in CARDS]
        assert bylines == AUTHORS, label


# A news search page's cards in Hindi (made up, h381 after listings_h360's held-out
# search page): the source's name and its age in one element, nothing between them
HINDI_CARDS = [
    ("नदी पर बना नया पुल आज से खुला", "शहर के लोग अब दस मिनट में बाज़ार पहुँचते हैं।", "गंगा समाचार", "7h"),
    ("सर्दी में स्कूलों का समय फिर बदला गया", "सर्दी के कारण स्कूल दस बजे खुलेंगे।", "पहाड़ की आवाज़", "2d"),
    (
        "बारिश के बाद पहाड़ी गाँव की सड़क टूटी",
        "बारिश से दो गाँवों का रास्ता बंद है।",
        "गंगा समाचार",
        "Nov 27, 2026",
    ),
]


def test_cards_in_a_script_writing_vowels_as_marks_outweigh_an_english_notice():
    # The main text's letters weighed cards against the rest: a Devanagari teaser's
    # vowel signs are combining marks, not letters, so the English cookie notice and
    # filters outweighed the cards, which were left unpacked: each source's name and
    # its age ran into one word ('गंगा समाचार7h') and the page was one record
    chrome = (
        "<html lang='hi'><head><title>नदी - Search News</title></head><body>"
        "<nav><ul><li><a href='/'>ALL</a></li><li><a href='/images'>IMAGES</a></li>"
        "<li><a href='/news'>NEWS</a></li></ul></nav>"
        "<div class='consent'>We use cookies to improve your experience on our websites and "
        "for advertising. <a href='#'>Privacy Statement</a> <button>Accept</button></div>"
        "<main><div class='filters'>Sort by: <a>Best match</a> Any time <a>Past hour</a></div>"
    )
    cards = "".join(
        f"<div class='news-card'><div class='caption'>"
        f"<a class='title' href='https://n{k}.example/s'>{h}</a><div class='snippet'>{t}</div>"
        f"<div class='source'><a href='/news?q=site'>{s}</a><span>{a}</span></div></div></div>"
        for k, (h, t, s, a) in enumerate(HINDI_CARDS)
    )
    tail = "<div><h2>Related searches</h2><ul><li><a>river 2026</a></li></ul></div></main>"
    html = chrome + f"<div id='news'>{cards}</div>" + tail + "</body></html>"
    page = page_from_bytes(html.encode(), "news.html", "news.html")
    assert "गंगा समाचार\n7h\n" in page.text
    articles = clean_page(page).articles
    assert [a["title"] for a in articles] == [c[0] for c in HINDI_CARDS]
    assert [a["outlet"] for a in articles] == [c[2] for c in HINDI_CARDS]
    assert [a["relative_time"] for a in articles] == ["7h", "2d", None]
    assert [a["published"] for a in articles] == [None, None, "2026-11-27"]


def test_a_kicker_over_each_linked_heading_leaves_the_cards_theirs():
    # BLOX-like cards (review h426): a header wrapper holding the section's tag link over
    # the linked h3, then the teaser and meta; a sidebar of three obituary names with
    # dates, also card-shaped, must not be the page's only cards
    cards = "".join(
        "<article><div class='card-container'><div class='card-header'>"
        f"<div class='label'><a href='/news/local/'>Local News</a></div>"
        f"<h3><a href='/news/local/s{k}.html'>{h}</a></h3></div>"
        f"<div class='lead'><p>{t}</p></div><div class='meta'><time>{d}</time></div>"
        "</div></article>"
        for k, (h, t, d) in enumerate(CARDS)
    )
    obits = (
        "<aside><h4>Recent obituaries</h4><ul>"
        + "".join(
            f"<li><a href='/obituaries/o{k}.html'>{name}</a> <span>May {k + 1}, 2026</span></li>"
            for k, name in enumerate(["Helga Nyberg", "James Pruitt", "Marlys Eide"])
        )
        + "</ul></aside>"
    )
    root = document_fromstring(HEAD + cards + obits + TAIL)
    found = [card.tag for card in find_cards(root)]
    assert found == ["article"] * 3 + ["li"] * 3
    # (a section's tag longer than a name is no kicker: the wrapper is no headline)
    long_tag = cards.replace(">Local News<", ">All the news from the county and the city<")
    assert [card.tag for card in find_cards(document_fromstring(HEAD + long_tag + TAIL))] == []
    # (a wrapper going on with the teaser under its heading is the card's body, no header:
    # a match report's score strip beside it leaves no headline part, as before)
    bodies = "".join(
        "<article><div><span>Napule</span><span>2 - 1</span><span>Lecce</span></div>"
        f"<div><p>Serie A</p><h3><a href='/r/{k}'>{h}</a></h3><p>{t}</p><p>{d}</p></div>"
        "</article>"
        for k, (h, t, d) in enumerate(CARDS)
    )
    assert find_cards(document_fromstring(HEAD + bodies + TAIL)) == []


def test_a_kicked_headline_naming_its_day_heads_its_card():
    # a roundup's headline that is a label and a date ("Police blotter: May 5, 2026"),
    # under a section's tag link in the card's header wrapper: the markup's headline, not
    # a date line, so its card keeps it; a date printed alone stays a date line
    cards = [*CARDS[:1], ("Police blotter: May 5, 2026", CARDS[1][1], CARDS[1][2]), *CARDS[2:]]
    html = "".join(
        "<article><div class='card-container'><div class='card-header'>"
        f"<div class='label'><a href='/news/local/'>Local News</a></div>"
        f"<h3><a href='/news/local/s{k}.html'>{h}</a></h3></div>"
        f"<div class='lead'><p>{t}</p></div><div class='meta'><time>{d}</time></div>"
        "</div></article>"
        for k, (h, t, d) in enumerate(cards)
    )
    page = page_from_bytes((HEAD + html + TAIL).encode(), "local.html", "local.html")
    articles = clean_page(page).articles
    assert [a["title"] for a in articles] == [h for h, _, _ in cards]
