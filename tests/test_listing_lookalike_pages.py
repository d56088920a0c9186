"""Pages whose cards the one-article tests used to turn down or take apart, so that a
card's text was in no record or one article became several (made-up pages;
analysis.clean.listing_lookalikes)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

CORRECTIONS = [
    (
        "3 December 2026",
        "Council postpones vote on the new bus depot",
        "An earlier version of this article said the council would vote in January. The "
        "vote has moved to March, after the consultation closes.",
    ),
    (
        "2 December 2026",
        "Ferry company fined over late sailings",
        "This article first gave the fine as £40,000. The regulator fined the company "
        "£14,000. We apologise for the error.",
    ),
    (
        "28 November 2026",
        "Profile: the last bookbinder on Tanner Street",
        "A previous version of this profile misspelled the name of the binder's late "
        "partner. It also said the shop opened in 1968; it opened in 1971.",
    ),
]


def test_a_heading_over_the_cards_is_no_paragraph_of_an_article_the_page_opens_with():
    # the body detector reads the list's heading ("Corrections published in the last 30
    # days") as body: with the page's one paragraph of introduction, it made two
    # paragraphs above the cards, read as an article whose sections the cards were, and
    # every correction was in no record
    lines = [
        "Skip to main content",
        "The Lakeside Record",
        "News  Sport  Opinion  Culture  Corrections",
        "",
        "Corrections and clarifications",
        "",
        "We try to be accurate and to put mistakes right quickly. When we get something "
        "wrong we correct the article and note the change here. To report an error, email "
        "fixes@lakesiderecord.example.",
        "",
        "Corrections published in the last 30 days",
        "",
    ]
    for date, headline, text in CORRECTIONS:
        lines += [date, headline, text, ""]
    lines += ["Older corrections ›", "", "About us  Contact  Privacy", "© 2026 The Lakeside Record"]
    articles = extract_articles("\n".join(lines), name="corrections.txt")
    assert list(articles["title"]) == [headline for _, headline, _ in CORRECTIONS]
    assert all(
        text[:40] in body for body, (*_, text) in zip(articles["body"], CORRECTIONS, strict=True)
    )


UPDATES = [
    (
        "16:45",
        "Council says schools stay shut tomorrow",
        "The council announced that all schools will remain closed on Friday because of "
        "the weather.",
    ),
    (
        "15:20",
        "Flights cancelled at the airport",
        "Six afternoon departures were cancelled. Passengers were asked to contact their airlines.",
    ),
    (
        "13:05",
        "Coast road closed to traffic",
        "Police closed the coast road in both directions after ice formed on the bends.",
    ),
]


def _live_page(updated: str) -> str:
    lines = [
        "LIVE | Storm closes roads across the county",
        "Northcoast Daily",
        f"Updated: 4 December 2026 {updated}",
        "News desk",
        "Heavy snow that began early on Thursday has closed roads and schools across the "
        "county. We bring you the latest here.",
    ]
    for time, headline, text in UPDATES:
        lines += [time, headline, text]
    lines += ["Related stories", "Will the snow last into the weekend?", "© 2026 Northcoast Daily"]
    return "\n".join(lines)


def test_a_live_page_updated_when_its_first_entry_was_posted_is_one_article():
    # its header's "Updated" stamp prints the first entry's time: the entries are the
    # page's updates, no river of stories (the updates, one teaser-long paragraph each,
    # share no word, and no "By" line stands above them)
    articles = extract_articles(_live_page("16:45"), name="live.txt")
    assert len(articles) == 1
    body = articles.iloc[0]["body"]
    assert body.startswith("Heavy snow")
    assert all(headline in body and text in body for _, headline, text in UPDATES)


def test_a_topic_pages_undated_introduction_is_no_article_over_its_dated_cards():
    # one paragraph over the cards, no date above them: the topic page's introduction,
    # not the page's own article with the cards around it as its chrome
    cards = [
        (
            "Bridge toll for lorries to double from March",
            "3 December 2026 | Rhona Tate",
            "The roads company approved the new charges for vehicles over 12 tonnes. "
            "Hauliers say they will move some traffic to the ferry.",
        ),
        (
            "Link road to the bypass will not be ready until 2028",
            "27 November 2026 | Ewan Marsh",
            "The builder asked for more time because of the marshy ground. Until then, "
            "lorries go through the villages on the north bank.",
        ),
        (
            "Annual inspection of the bridge finds no faults",
            "19 November 2026 | Rhona Tate",
            "Engineers checked the cables and joints for a week. Traffic was restricted "
            "at night during the checks.",
        ),
    ]
    lines = [
        "Valley Observer",
        "Home | News | Business | Environment | Sport",
        "Topic: The Eastgate suspension bridge",
        "The suspension bridge at Eastgate is the longest of its kind in the region and "
        "the third longest in the country. Building work started in 2018 and the bridge "
        "opened to traffic in July 2023, linking the two halves of the district. Since "
        "then lorry traffic has grown faster than expected, and the authorities are "
        "debating a toll for heavy vehicles, among other measures.",
    ]
    for card in cards:
        lines += list(card)
    lines += ["Page 1 of 6   Next »"]
    articles = extract_articles("\n".join(lines), name="topic.txt")
    assert list(articles["title"]) == [headline for headline, _, _ in cards]
    assert list(articles["body"]) == [text for _, _, text in cards]
    assert list(articles["byline"]) == ["Rhona Tate", "Ewan Marsh", "Rhona Tate"]


RELATED = [
    (
        "Night buses return to the coast road",
        "3 December 2026",
        "The operator will run an hourly service on weekends from January, with stops at "
        "every village.",
    ),
    (
        "Library asks readers for old photographs",
        "2 December 2026",
        "The archive wants pictures of the markets and the harbour taken before the war, "
        "or soon after.",
    ),
    (
        "Fish market stalls to get new roofs",
        "1 December 2026",
        "Work on the covered hall starts after the Christmas trade and should end before Easter.",
    ),
]


# A card of the grid: its picture captioned with its headline, the headline, date, teaser.
RELATED_CARD = (
    "<div class='related-card'><figure><img src='/r{k}.jpg' alt='{headline}'>"
    "<figcaption>{headline}</figcaption></figure><h3><a href='/r{k}'>{headline}</a></h3>"
    "<span class='date'>{date}</span><p>{text}</p></div>"
)


def test_a_story_whose_author_reads_as_a_name_line_over_a_related_grid_is_one_article():
    # the author's name under the headline is read as a name line (no "By"), as a card's
    # outlet is; the grid of teasers under its own heading prints no such name: the
    # page's story and its related box, not four cards
    story = (
        "<article><h1>Harbour footbridge reopens after six months of repairs</h1>"
        "<p class='byline'>Mara Quillon</p><p class='date'>3 December 2026, 12:15</p>"
        "<figure><img src='/lead.jpg' alt='The bridge'><figcaption>Walkers on the new deck. "
        "Photo: Quayside Mirror</figcaption></figure>"
        "<p>The footbridge across the inner harbour reopened on Thursday after six months "
        "of repairs.</p>"
        "<p>Engineers replaced four steel beams and laid a new deck, the harbour board "
        "said.</p>"
        "<p>Shop owners on the east quay said trade had fallen while walkers went round by "
        "the road.</p></article>"
    )
    grid = "".join(
        RELATED_CARD.format(k=k, headline=headline, date=date, text=text)
        for k, (headline, date, text) in enumerate(RELATED)
    )
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<title>Harbour footbridge reopens | Quayside Mirror</title>"
        "<meta property='og:site_name' content='Quayside Mirror'></head><body>"
        "<header><a href='/'>Quayside Mirror</a><nav><a href='/'>Home</a> "
        "<a href='/town'>Town</a></nav></header><main>"
        f"{story}<section class='related'><h2>More to read</h2><div class='grid'>{grid}"
        "</div></section></main><footer>© 2026 Quayside Mirror</footer></body></html>"
    )
    result = clean_page(page_from_bytes(html.encode(), "bridge.html", "bridge.html"))
    assert len(result.articles) == 1
    article = result.articles[0]
    assert article["title"] == "Harbour footbridge reopens after six months of repairs"
    assert article["body"].startswith("The footbridge across the inner harbour")
    assert article["body"].endswith("round by the road.")


def test_a_card_printing_its_date_and_a_long_headline_on_one_line_is_a_card():
    # "3 December 2026 | headline" is a card's date and headline; a headline of eleven
    # words made the line too long for a meta line, the first card's header reached up
    # to the page's heading over the list, and that card was in no record
    rows = [
        (
            "3 December 2026",
            "Water company raises its charges by ten percent in every street of the town",
            "The board approved the new charges on Tuesday. They apply from January and add "
            "about four pounds to a monthly bill.",
        ),
        (
            "3 December 2026",
            "Hospital gets a new scanner",
            "Patients will no longer travel to private clinics for scans. The machine can "
            "handle thirty patients a day.",
        ),
        (
            "2 December 2026",
            "Two new platforms at the station",
            "The rail ministry approved the money for the extension. Work starts next "
            "March and should end within two years.",
        ),
    ]
    lines = ["Town Herald", "Home  Country  Town  Sport", "", "Latest from the town", ""]
    for date, headline, text in rows:
        lines += [f"{date} | {headline}", text, ""]
    lines += ["More stories", "© 2026 Town Herald"]
    articles = extract_articles("\n".join(lines), name="dated_rows.txt")
    assert list(articles["title"]) == [headline for _, headline, _ in rows]
    assert list(articles["body"]) == [text for _, _, text in rows]


#: A live blog's updates: (time, headline or '', text), newest first.
_STORM_UPDATES = [
    (
        "17:52",
        "Evening summary",
        "Power has been restored to all but 1,200 homes, the "
        "operator says. The A617 remains closed and schools will decide in the morning.",
    ),
    (
        "16:30",
        "Council opens rest centre",
        "The district council has opened a rest centre "
        "at the leisure centre for residents without heating. Hot drinks are available.",
    ),
    (
        "15:04",
        "",
        "A reader in Lowgate sends a photo of a fallen beech tree blocking Mill "
        "Lane. The council says crews will reach it before dark.",
    ),
    (
        "13:41",
        "Gusts of 78mph recorded",
        "The weather station at Crag End recorded a gust "
        "of 78mph just after 1pm, the strongest of the day so far.",
    ),
    (
        "11:15",
        "Trains cancelled",
        "Valley Rail has cancelled all services between the "
        "two towns for the rest of the day because of debris on the line.",
    ),
]


def test_a_live_page_whose_author_only_its_clippers_front_matter_names_is_one_article():
    # a read-later export (Omnivore's Markdown) prints the saved live blog's author in
    # its front matter and no "By" line: the entries, a clock time over each headline
    # (one with none), were read as a river of stories and the page split into cards
    lines = [
        "---",
        "id: 3d8b6f20-9e4a-4f1c-8c27-51ad0b6e9f12",
        "title: |",
        "  Storm Ilse: power cuts across the valley – as it happened",
        "author: |",
        "  Hannah Roscoe",
        "date_saved: 2026-12-03 19:42:07",
        "---",
        "",
        "# Storm Ilse: power cuts across the valley – as it happened",
        "",
        "#Omnivore",
        "",
        "[Read on Omnivore](https://omnivore.app/me/storm-ilse-live-3d8b6f20)",
        "[Read Original](https://valleycourier.example/live/storm-ilse)",
        "",
        "date_saved: 2026-12-03 19:42:07",
        "",
        "--- ",
        "",
    ]
    entries = _STORM_UPDATES
    for time, headline, text in entries:
        lines += [f"**{time}**", ""] + ([f"### {headline}", ""] if headline else []) + [text, ""]
    page = page_from_bytes("\n".join(lines).encode(), "live.md", "live.md")
    articles = extract_articles(page.text, name="live.md")
    assert len(articles) == 1
    body = articles.iloc[0]["body"]
    assert all(text in body for _, _, text in entries)


def test_the_first_updates_headline_under_its_time_is_the_live_blogs_body():
    # the card reader made no card of the first update (its time over its headline
    # over its text, the page's header above): its text was body, its headline lost
    lines = [
        "---",
        "title: |",
        "  Storm Ilse: power cuts across the valley – as it happened",
        "author: |",
        "  Hannah Roscoe",
        "---",
        "",
    ]
    entries = _STORM_UPDATES
    for time, headline, text in entries:
        lines += [time, ""] + ([headline, ""] if headline else []) + [text, ""]
    body = extract_articles("\n".join(lines), name="live.txt").iloc[0]["body"]
    assert body.startswith("Evening summary")
    assert all(headline in body for _, headline, _ in entries)
    assert "17:52" not in body


_FERRY_STORY = [
    "The Marlow Courier",
    "News | Sport | Business | Opinion",
    "Local",
    "Ferry crews walk out over new night rota",
    "By Helen Pargeter",
    "Published December 3, 2026",
    "Ferry crews on the Marlow crossing stopped work on Tuesday morning after talks over a "
    "new night rota broke down, leaving hundreds of commuters stranded on the quay.",
    "Passengers posted pictures of the empty terminal as the first sailings were cancelled.",
    "Dan Okafor @danokafor_mw · 2h",
    "Forty minutes on the pier and not a single boat. Nobody told us anything",
    "The operator said it regretted the disruption and urged the union to return to talks.",
    "Union officials said the rota would add two night shifts a week for most deckhands.",
    "Marlow Ferry Union @MFU_crews · 1h",
    "Our members want safe hours, nothing more. We are ready to talk today",
    "Talks are expected to resume on Thursday at the harbour office.",
]
_MARKET_STORY = [
    "동해신문",
    "정치 | 경제 | 사회 | 문화",
    "사회",
    "전통시장 야시장 첫날… 골목마다 손님 몰려",
    "김바다 기자",
    "입력 2026.12.04 08:10",
    "전통시장 야시장이 문을 연 첫날 저녁 시장 골목마다 사람들이 몰렸다. "
    "상인회는 평소 주말의 두 배가 넘는 손님이 찾았다고 밝혔다.",
    "시장산책 @market_walk",
    "줄이 끝이 없네요! 어묵 하나 사는 데 이십 분 걸렸어요",
    "오후 8:03 · 2026년 12월 3일",
    "♥ 842",
    "상인회장은 겨울 내내 매주 금요일에 야시장을 열 계획이라고 말했다. "
    "구청은 야시장 기간 공영주차장을 밤 11시까지 개방한다.",
    "동해구청 @donghae_gu",
    "야시장 기간 공영주차장 연장 운영 안내. 금요일 밤 11시까지 이용 가능합니다",
    "오후 5:30 · 2026년 12월 3일",
    "♥ 120",
    "구청은 다음 달 이용객 수를 보고 운영 요일을 늘릴지 정한다.",
    "김바다 기자 sea@donghae.example",
    "많이 본 뉴스",
    "1 겨울철 전기요금 인상 유예",
    "2 해안 산책로 야간 개방",
]


@pytest.mark.parametrize(
    ("lines", "last_paragraph"),
    [(_FERRY_STORY, _FERRY_STORY[-1]), (_MARKET_STORY, _MARKET_STORY[-5])],
    ids=["en", "ko"],
)
def test_posts_embedded_between_an_articles_paragraphs_are_no_cards(lines, last_paragraph):
    # printed a paragraph a line, each post's account line over its text (and time) read
    # as a card's header: three records, two titled with a reader's post, and the
    # article's paragraphs under each post filed under it
    articles = extract_articles("\n".join(lines), name="story.txt")
    assert list(articles["title"]) == [lines[3]]
    assert last_paragraph in articles.iloc[0]["body"]


def test_a_timeline_of_posts_each_sharing_a_story_stays_a_listing():
    # every card a post, the first too: a social timeline's link cards, one story each
    posts = [
        ("Lakeside Record @record@social.example", "Harbour wall repairs start on Monday"),
        ("Valley Courier @courier@social.example", "Night buses return to the valley route"),
        ("Lakeside Record @record@social.example", "Youth choir wins the regional final"),
    ]
    lines = ["Home", "Notifications", "Local timeline", ""]
    for account, headline in posts:
        lines += [
            account,
            "2 hours ago",
            headline,
            f"{headline}, the council said on Tuesday. Work is planned to last until March.",
            "↩ 3  🔁 12  ⭐ 20",
            "",
        ]
    articles = extract_articles("\n".join(lines), name="timeline.txt")
    assert list(articles["title"]) == [headline for _, headline in posts]


def _live_headline_page(headline: str) -> bytes:
    """A live page printing its updates as "TIME — Heading" over their text, one update's
    second paragraph read as a headline over the next update's line, then readers'
    comments and teasers: cards the live headline's updates are no part of."""
    lines = [
        "Harbour Courier",
        "  • Home",
        "  • News",
        "Harbour",
        "",
        headline,
        "",
        "By Newsdesk",
        "Last updated 4 December 2026, 18:20",
        "  • Share on Facebook",
        "  • Copy link",
        "",
        "Pinned: Follow our coverage through the evening. Refresh for the latest.",
        "",
        "18:10 — Ferry to the islands suspended",
        "",
        "The operator said the evening crossing would not sail because of the swell.",
        "",
        "16:35 — Sea wall closed to walkers",
        "",
        "Police closed the promenade after waves broke over the railings near the pier.",
        "",
        "Officers asked people to keep away from the seafront until the morning.",
        "",
        "14:05 — Gusts of 70 mph at the lighthouse",
        "",
        "The weather station on the headland recorded the strongest gust of the year.",
        "",
        "Join the conversation",
        "marlow_k",
        "2h ago",
        "Stay safe everyone, the waves were huge this afternoon.",
        "Reply",
        "Dee from Northgate",
        "1h ago",
        "The ferry should have stopped this morning already.",
        "Reply",
        "More from the newsroom",
        "  • Bakery on Mill Lane closes after forty years",
        "3 hours ago · The owners say rising rents left them no choice.",
        "© 2026 Harbour Courier",
    ]
    return "\n".join(lines).encode()


def test_a_live_headlines_timed_updates_are_one_article_its_comments_no_cards():
    # the updates' times (18:10, 16:35, 14:05: newest first) alone mark them, under the
    # headline "Live: ..."; the comments and teasers after them were read as more cards,
    # no byline of a person stands above them and the updates' texts are teaser-long:
    # the page was split into a card an update, a comment, a teaser
    page = page_from_bytes(
        _live_headline_page("Live: Storm closes the harbour"), "live.txt", "live.txt"
    )
    articles = clean_page(page).articles
    assert len(articles) == 1
    body = articles[0]["body"]
    assert "Ferry to the islands suspended" in body and "Gusts of 70 mph" in body
    assert "Officers asked people" in body
    assert "Stay safe everyone" not in body and "Bakery on Mill Lane" not in body


def test_timed_updates_under_no_live_headline_stay_cards():
    # the same page under a section's headline: a river of the day's stories
    page = page_from_bytes(_live_headline_page("Storm closes the harbour"), "live.txt", "live.txt")
    assert len(clean_page(page).articles) > 1
