"""analysis.clean.articles: the seed expectations of issue 2 and the ARTICLES table contract."""

from __future__ import annotations

import pandas as pd
import pytest
from page_checks import SEED_ARTICLE, SEED_LISTING, assert_accounts_for_every_character

from analysis import extract_articles
from analysis.clean.articles import (
    PageFacts,
    article_id,
    articles_from_blocks,
    validate_articles,
)
from analysis.clean.manifest import ManifestEntry
from analysis.clean.read import read_page
from analysis.clean.segment import segment_page
from analysis.tables import ARTICLE_COLUMNS


def _cleaned_seed(path):
    """The seed page, its blocks (checked to cover every character) and its articles."""
    page = read_page(path)
    blocks = segment_page(page.text, page.name)
    assert_accounts_for_every_character(blocks, page.text)
    return page, blocks, articles_from_blocks(blocks, page.text)


@pytest.fixture(scope="module")
def seed_article(seed_dir):
    return _cleaned_seed(seed_dir / SEED_ARTICLE)


@pytest.fixture(scope="module")
def seed_listing(seed_dir):
    return _cleaned_seed(seed_dir / SEED_LISTING)


def test_seed_article_page_gives_one_article_with_its_metadata(seed_article):
    _, _, articles = seed_article
    validate_articles(articles)
    assert len(articles) == 1
    article = articles.iloc[0]
    assert article["layout"] == "article"
    assert article["outlet"] == "The Politic Review"
    assert article["credited_source"] == "RT"
    assert article["title"] == "North Korea slams ‘hostile’ Western report on ties with Russia"
    assert article["byline"] == "Press Room"
    assert article["published"] == "2025-06-02"
    assert article["category"] == "World"


def test_seed_article_body_runs_from_first_to_last_paragraph_without_promo(seed_article):
    page, _, articles = seed_article
    body = articles.iloc[0]["body"]
    assert body.startswith("North Korea has slammed a report by a Western sanctions")
    assert body.rstrip('”"').endswith("blatant disregard for international law.")
    assert "READ MORE" not in body
    assert "Russia praises North Korean ‘heroism’ in Kursk Region" not in body
    # Every paragraph of the page between the first and the last one is in the body,
    # one per blank-line separated paragraph, except the promo and its headline.
    lines = page.text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("North Korea has slammed"))
    last = next(i for i, line in enumerate(lines) if "blatant disregard" in line)
    expected = [
        line.strip()
        for line in lines[first : last + 1]
        if line.strip() and "READ MORE" not in line and "Russia praises" not in line
    ]
    assert body.split("\n\n") == expected
    assert articles.iloc[0]["n_body_chars"] == len(body)


def test_seed_listing_gives_five_articles_in_page_order(seed_listing):
    _, _, articles = seed_listing
    validate_articles(articles)
    assert list(articles["outlet"]) == [
        "Egypt Independent",
        "Hans India",
        "Russia Today",
        "Korea Herald",
        "AsiaOne",
    ]
    assert list(articles["article_index"]) == [0, 1, 2, 3, 4]
    assert set(articles["layout"]) == {"listing"}
    assert list(articles["relative_time"]) == [
        "13 hours ago",
        "15 hours ago",
        "16 hours ago",
        "16 hours ago",
        "a day ago",
    ]
    assert list(articles["category"]) == [
        "Politics",
        "Politics",
        "Business",
        "Politics",
        "Politics",
    ]


def test_seed_listing_titles_once_and_full_bodies(seed_listing):
    page, _, articles = seed_listing
    lines = page.text.split("\n")
    for _, article in articles.iterrows():
        title = article["title"]
        # the title is rendered three times in the card; the record holds it once
        occurrences = [i for i, line in enumerate(lines) if line.strip() == title]
        assert len(occurrences) == 3
        assert title not in article["body"]
        # the full body: the whole paragraph after the card's last title line
        paragraph = next(line for line in lines[occurrences[-1] + 1 :] if line.strip())
        expected = paragraph.replace("[[nid:718504]]", "").strip()
        assert article["body"] == expected
        assert len(article["body"]) > 1500
    asia_one = articles[articles["outlet"] == "AsiaOne"].iloc[0]
    assert "[[nid:718504]]" not in asia_one["body"]
    assert asia_one["body"].endswith("according to state media.")


def test_seed_listing_chrome_is_boilerplate(seed_listing):
    page, blocks, _ = seed_listing
    lines = page.text.split("\n")

    def line_blocks(predicate):
        numbers = [i for i, line in enumerate(lines) if predicate(line)]
        assert numbers
        return blocks[blocks["line_no"].isin(numbers)]

    logo = line_blocks(lambda line: line == "logo")
    heading = line_blocks(lambda line: line.startswith("Latest news with"))
    footer_start = next(i for i, line in enumerate(lines) if line == "DOWNLOAD THE APP")
    footer = blocks[blocks["line_no"] >= footer_start]
    for part in (logo, heading, footer):
        assert set(part["label"]) == {"boilerplate"}
        assert set(part["article_index"]) == {-1}
    nid = blocks[blocks["text"].str.startswith("[[nid:")]
    assert list(nid["field"]) == ["cms_artefact"]
    assert list(nid["label"]) == ["boilerplate"]


def test_article_ids_are_stable_and_distinct(seed_listing):
    page, _, articles = seed_listing
    again = extract_articles(page.text, name=page.name)
    assert list(again["article_id"]) == list(articles["article_id"])
    assert articles["article_id"].is_unique
    assert articles["article_id"].iloc[0] == article_id(page.name, 0, articles["title"].iloc[0])
    other = extract_articles(page.text, name="other.txt")
    assert not set(other["article_id"]) & set(articles["article_id"])


def test_page_without_article_gives_empty_frame_with_columns():
    text = "Home\n  • News\n  • Sport\n\nContact us\n"
    articles = extract_articles(text, name="menu.txt")
    assert articles.empty
    assert tuple(articles.columns) == ARTICLE_COLUMNS
    validate_articles(articles)
    blocks = segment_page(text, "menu.txt")
    assert_accounts_for_every_character(blocks, text)
    assert set(blocks["label"]) == {"boilerplate"}


def test_body_keeps_paragraph_breaks_as_blank_lines():
    sentence = (
        "The council voted on Tuesday to approve the new budget for the city, which "
        "includes more money for schools, roads and the public library system."
    )
    paragraphs = [f"{sentence} Paragraph {n} adds a detail of its own." for n in range(4)]
    text = (
        "Menu\n  • Home\n\nA council approves the new city budget\n\n"
        + "\n\n".join(paragraphs)
        + "\n\nShare this article\n"
    )
    articles = extract_articles(text, name="budget.txt")
    assert len(articles) == 1
    assert articles.iloc[0]["body"] == "\n\n".join(paragraphs)
    assert articles.iloc[0]["title"] == "A council approves the new city budget"
    assert_accounts_for_every_character(segment_page(text, "budget.txt"), text)


def test_validate_articles_rejects_wrong_tables(seed_article):
    _, _, articles = seed_article
    broken = articles.copy()
    broken["n_body_chars"] = broken["n_body_chars"] + 1
    with pytest.raises(Exception, match="n_body_chars"):
        validate_articles(broken)
    bad_date = articles.copy()
    bad_date["published"] = "June 2"
    with pytest.raises(Exception, match="articles table"):
        validate_articles(bad_date)
    assert isinstance(validate_articles(articles), pd.DataFrame)


def test_a_wire_story_on_a_local_site_is_the_sites_and_credits_the_agency():
    # made-up page: the site's masthead and footer notice, the agency in the byline and
    # its notice under the story
    paragraphs = [
        "The city council voted on Tuesday to approve a new budget for the harbour "
        "district, ending months of debate among its members about the cost of the works.",
        "Supporters said the plan would bring jobs to the waterfront, while critics warned "
        "that the costs had been badly underestimated by the planning office.",
        "The mayor said work on the first phase would begin in the spring and should be "
        "finished within two years of the vote, weather permitting.",
    ]
    text = "\n".join(
        [
            "Harbour Daily",
            "",
            "Home",
            "News",
            "",
            "Council approves harbour budget",
            "",
            "By Jane Smith, The Example Press",
            "March 3, 2026",
            "",
            *(line for paragraph in paragraphs for line in (paragraph, "")),
            "Copyright 2026 The Example Press. All rights reserved.",
            "",
            "About us | Contact | Privacy",
            "© 2026 Harbour Daily Media Ltd. All rights reserved.",
        ]
    )
    blocks = segment_page(text, "made_up.txt")
    assert_accounts_for_every_character(blocks, text)
    (article,) = articles_from_blocks(blocks, text).to_dict("records")
    assert (article["outlet"], article["credited_source"]) == ("Harbour Daily", "The Example Press")


@pytest.mark.parametrize(
    ("byline_line", "dateline", "byline"),
    [
        ("By JANE SMITH Example Press", "HARBOUR CITY (EP) — ", "JANE SMITH"),
        ("By JANE SMITH EP", "HARBOUR CITY (EP) — ", "JANE SMITH"),
        ("By Jane Smith Example Press", "", "Jane Smith Example Press"),  # credits no one
        ("By Mary Ellen Pratt", "HARBOUR CITY (EP) — ", "Mary Ellen Pratt"),  # "E P": a name
    ],
)
def test_a_byline_ends_before_the_agency_the_story_credits(byline_line, dateline, byline):
    # made-up page: the person writes for the agency of the dateline, "(EP)"
    text = "\n".join(
        [
            "Harbour Daily",
            "",
            "Council approves harbour budget",
            "",
            byline_line,
            "March 3, 2026",
            "",
            f"{dateline}The city council voted on Tuesday to approve a new budget for the "
            "harbour district, ending months of debate about the cost of the works.",
            "",
            "Supporters said the plan would bring jobs to the waterfront, while critics "
            "warned that the costs had been badly underestimated by the planning office.",
            "",
            "© 2026 Harbour Daily",
        ]
    )
    (article,) = articles_from_blocks(segment_page(text, "made_up.txt"), text).to_dict("records")
    assert article["byline"] == byline


_DATELESS = (
    "Harbour Herald\n\nCouncil approves the harbour budget\n\nBy Jane Doe\n\n"
    "The city council approved the harbour budget on Tuesday after a long debate about "
    "fares, berths and the new ferry terminal near the old fish market.\n\n"
    "Council members said the terminal would open next spring if the work is finished "
    "on time, and that fares would stay at the level of this year.\n"
)


@pytest.mark.parametrize(
    ("url", "published"),
    [
        ("https://www.harbourherald.com/news/2026/03/03/council-budget/", "2026-03-03"),
        ("https://harbourherald.com/2026-03-03-council-budget", "2026-03-03"),
        ("https://harbourherald.com/news/2026/13/03/council-budget/", None),  # no month 13
        ("https://harbourherald.com/news/council-budget?from=2026/03/03", None),
        ("https://harbourherald.com/story/20260303/council-budget", None),  # an id, maybe
    ],
)
def test_a_page_that_prints_no_date_takes_the_one_its_url_writes(url, published):
    facts = PageFacts(manifest=ManifestEntry("budget.txt", url=url))
    row = extract_articles(_DATELESS, "budget.txt", facts).iloc[0]
    assert row["published"] == published
    assert row["date_source"] == ("url" if published else None)
    printed = _DATELESS.replace("By Jane Doe", "By Jane Doe\nMarch 4, 2026")
    row = extract_articles(printed, "budget.txt", facts).iloc[0]
    assert (row["published"], row["date_source"]) == ("2026-03-04", "page")  # as printed


def test_a_republished_story_credits_its_original_and_the_note_is_no_body():
    # made-up page: the republisher's masthead, the note above the story
    sentence = (
        "The harbour council voted on Tuesday to approve next year's budget, which "
        "includes more money for the ferry pier, the lifeboat station and the roads."
    )
    paragraphs = [f"{sentence} Paragraph {n} adds a detail of its own." for n in range(4)]
    note = "This article first appeared on Example Ledger and is republished here with permission."
    text = (
        "Example Herald\nNews  Sport  Business\n\nCouncil approves harbour budget\n\n"
        "By Jane Walsh\n3 December 2026\n\n"
        + note
        + "\n\n"
        + "\n\n".join(paragraphs)
        + "\n\nContact  Advertise  Privacy\n© 2026 Example Herald\n"
    )
    row = extract_articles(text, name="budget.txt").iloc[0]
    assert row["credited_source"] == "Example Ledger"
    assert row["outlet"] == "Example Herald"
    assert row["body"].startswith("\n\n".join(paragraphs))
    assert "first appeared" not in row["body"]
    assert_accounts_for_every_character(segment_page(text, "budget.txt"), text)


@pytest.mark.parametrize("time_line", ["1 hour ago", ""])
def test_a_homepages_hero_card_over_other_cards_headlines_is_a_teaser(time_line):
    # review finding h94 M6: a homepage's hero card (headline, one teaser sentence) over
    # headline-only cards was one full 22-word article of its outlet
    heads = [
        "Ferry service to resume on Monday",
        "New bridge opens to traffic ahead of schedule",
        "School board delays vote on bus routes",
        "Storm knocks out power to thousands",
    ]
    cards = [line for head in heads for line in (head, time_line) if line]
    text = "\n".join(
        [
            *("Harbour Times", "Home · News · Sport", ""),
            "Council approves harbour budget after long debate",
            "The vote came after four hours of debate in the old town hall, where residents "
            "filled every seat and the aisles.",
            *([time_line] if time_line else []),
            *cards,
            "© 2026 Harbour Times",
        ]
    )
    (row,) = extract_articles(text, "home.txt").itertuples()
    assert row.is_teaser and row.teaser_reason.startswith("article: at most 90 words")


def test_a_listing_card_whose_only_date_opens_its_text_is_dated_by_that_dateline():
    # made-up page: each card's text opens "PLACE, D Month YYYY: ..." and prints no other date
    cards = [
        ("Harbour ferry gets a second deck", "PORTVALE, 4 December 2026: The ferry", "Ann Lee"),
        ("Library opens on Sundays from January", "EASTON, 2 December 2026: The library", "Bo Kim"),
        (
            "New bus shelters for the old town",
            "OLDBRIDGE, 30 November 2026: Ten shelters",
            "Ann Lee",
        ),
    ]
    text = (
        "The Valley Courier\nNews | Sport | Opinion\n\n"
        + "\n\n".join(
            f"{title}\n{opening} will change for the winter timetable, the council said on "
            f"Tuesday after a long meeting.\nWritten by: {name}"
            for title, opening, name in cards
        )
        + "\n\nOlder stories\n© 2026 The Valley Courier\n"
    )
    rows = extract_articles(text, name="valley.txt")
    assert rows["layout"].eq("listing").all()
    assert rows["published"].tolist() == ["2026-12-04", "2026-12-02", "2026-11-30"]


def test_an_html_storys_reading_time_alone_under_its_date_is_no_body(tmp_path):
    """A paragraph holding only the story's reading time ("9 min read") between the date
    and the first section's heading was kept as the body's first line; a text dump's
    header reads it as a meta line. A sentence giving minutes stays."""
    story = (
        "<p>The ferry to the outer islands will run twice a day from spring, the harbour "
        "board said on Tuesday after a year of single sailings.</p>"
        "<p>It takes 9 min to read the new timetable, the board joked, and a lot longer to "
        "wait for the boat in the rain at the end of the pier.</p>"
    )
    markup = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Ferry to run twice a day | Islands Courier</title></head><body>"
        "<article><h1>Ferry to run twice a day</h1><p class='byline'>By Ewan Mair</p>"
        '<time datetime="2026-11-03">3 November 2026</time><p>9 min read</p>'
        f"<section><h2>A second boat</h2>{story}</section></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    page = read_page(path)
    body = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]["body"]
    assert "min read" not in body
    assert body.startswith("A second boat") and "9 min to read" in body


def test_a_markup_author_naming_the_wire_the_dateline_credits_by_initials(tmp_path):
    # review h427: a local paper's wire copy, meta author "The Associated Press", the
    # dateline "(AP)", the page's own "By JANE ROE Associated Press": the reporter
    html = (
        "<html><head><title>Flood survivors sue builder | The Example Courier</title>"
        '<meta name="author" content="The Associated Press">'
        '<meta property="og:site_name" content="The Example Courier"></head><body>'
        "<article><h1>Flood survivors sue builder</h1>"
        '<div class="byline">By JANE ROE Associated Press</div>'
        "<p>Published Dec. 5, 2026</p>"
        "<p>KANSAS CITY, Mo. (AP) — More than 30 families whose homes were rebuilt after a"
        " flood have sued the builder, saying the houses have cracked foundations.</p>"
        "<p>The builder said it had not seen the lawsuit and would respond in court after"
        " its lawyers had read the families' claims.</p></article></body></html>"
    )
    path = tmp_path / "wire.html"
    path.write_text(html, encoding="utf-8")
    page = read_page(path)
    row = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]
    assert row["byline"].casefold() == "jane roe"


def test_an_html_letters_policy_under_the_letter_is_no_body(tmp_path):
    """A letter to the editor whose letters policy is a paragraph of the body element
    under it (h429's review): the site's rules, no part of the letter."""
    letter = (
        "<p>I was glad to read that the county will repave the bridge road next summer, "
        "after years of patching the same potholes every spring.</p>"
        "<p>But the detour through the farm lanes is no place for school buses. I hope the "
        "county will plan the work for the weeks when schools are closed.</p>"
    )
    markup = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Letter: Repave the bridge road in July | Hollis Valley Echo</title></head>"
        "<body><article><h1>Letter: Repave the bridge road in July</h1>"
        f'<div class="article-body">{letter}'
        "<p><em>Letters to the editor must be 300 words or fewer and include the "
        "writer's name, town and phone number. Send them to letters@echo.example.</em></p>"
        "</div></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    page = read_page(path)
    body = extract_articles(page.text, page.name, PageFacts(html=page.html)).iloc[0]["body"]
    assert "Letters to the editor" not in body
    assert body.startswith("I was glad") and body.endswith("schools are closed.")
