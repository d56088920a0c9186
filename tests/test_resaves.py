"""A story one outlet's pages hold more than once (saved again on another day) counts once:
``article_metrics.resave_of`` names the save kept, ``outlet_metrics`` leaves the others out
and counts them (analysis.stats.resaves)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.clean.pipeline import run_clean
from analysis.clean.save_order import save_order
from analysis.io import write_parquet
from analysis.stats.metrics import (
    article_metrics,
    metrics_summary,
    one_name_per_outlet,
    write_metrics,
)
from analysis.stats.outlets import outlet_metrics
from analysis.stats.resaves import Save, find_resaves, own_links, save_of, teaser_links

OUTPUTS = ("article_metrics", "quotes", "copy_pairs", "outlet_metrics")

LIBRARY = [
    "The county council of Harbury voted on Monday to shut the old lending library on Quay "
    "Street, ending a hundred and twelve years of loans to the fishing families of the lower "
    "town and leaving the reading group that meets there without a home.",
    "Council members said the building's slate roof had leaked past repair, and that a new "
    "roof would cost more than the library service spends on books in a whole decade.",
    '"We cannot keep buying buckets," said council leader Tomas Vey. "Somebody will slip on '
    'the stairs before long."',
    "Readers who filled the public gallery said the council had never asked them about the "
    "plan, and several of them walked out before the vote was taken.",
]
TIDES = [
    "High water at the Quay this week falls in the early morning, with the biggest spring tide "
    "on Thursday, when the harbour master asks boat owners to check their moorings twice.",
    "The slipway at Gull Point stays closed for repairs until the end of the month, so small "
    "craft should launch from the north beach ramp instead.",
]
TIDES_NEXT_WEEK = [
    "Low water comes late in the evening this week, and the neap tides on Saturday leave the "
    "inner basin too shallow for the ferry to berth after supper.",
    "The lifeboat crew will hold its open day on Sunday afternoon, with rides round the bay for "
    "children and a raffle for the new tractor that hauls the boat.",
]


def _page(outlet: str, title: str, day: int, paragraphs: list[str], most_read: str) -> str:
    body = "\n\n".join(paragraphs)
    return (
        f"{outlet}\n\n{title}\n\nBy Mara Quill\n\nMarch {day}, 2025\n\n{body}\n\n"
        f"Most read\n{most_read}\nHarbour wall repairs begin\n\n© 2025 {outlet}\n"
    )


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two saves of the library story (their 'Most read' boxes differ), a weekly column of
    one title printed twice with other text, and another outlet's reprint of the story."""
    raw = tmp_path_factory.mktemp("resaves") / "raw"
    raw.mkdir()
    title = "Council votes to shut Quay Street library"
    pages = {
        "gazette-library-2025-03-04.txt": _page(
            "Harbury Gazette", title, 4, LIBRARY, "Ferry fares rise again"
        ),
        "gazette-library-2025-03-05.txt": _page(
            "Harbury Gazette", title, 4, LIBRARY, "School choir wins county prize"
        ),
        "gazette-tides-2025-03-04.txt": _page(
            "Harbury Gazette", "Tides and moorings this week", 4, TIDES, "Ferry fares rise again"
        ),
        "gazette-tides-2025-03-11.txt": _page(
            "Harbury Gazette", "Tides and moorings this week", 11, TIDES_NEXT_WEEK, "Gull count"
        ),
        "lowtown-library.txt": _page("Lowtown Herald", title, 4, LIBRARY, "Market hall reopens"),
    }
    for name, text in pages.items():
        (raw / name).write_text(text, encoding="utf-8")
    out = raw.parent / "processed"
    assert run_clean(raw, out) == 0
    return out


def _copy(folder: Path, to: Path) -> Path:
    to.mkdir(parents=True)
    for name in ("pages", "blocks", "articles"):
        (to / f"{name}.parquet").write_bytes((folder / f"{name}.parquet").read_bytes())
    return to


def test_a_story_saved_twice_counts_once_for_its_outlet(cleaned: Path, tmp_path: Path) -> None:
    articles = pd.read_parquet(cleaned / "articles.parquet")
    assert len(articles) == 5 and articles["outlet"].nunique() == 2  # clean reads all five
    written = write_metrics(_copy(cleaned, tmp_path / "run"), tmp_path / "reports")
    table = pd.read_parquet(written["article_metrics"]).set_index("page")
    kept = table.loc["gazette-library-2025-03-04.txt", "article_id"]  # the first page by name
    assert table["resave_of"].dropna().to_dict() == {"gazette-library-2025-03-05.txt": kept}
    # the weekly column's two texts share its title but no copy: two articles
    per_outlet = pd.read_parquet(written["outlet_metrics"]).set_index("outlet")
    gazette = per_outlet.loc["Harbury Gazette"]
    assert (gazette["n_articles"], gazette["n_resaves"], gazette["n_pages"]) == (3, 1, 3)
    words = table.loc[table["resave_of"].isna() & (table["outlet"] == "Harbury Gazette")]
    assert gazette["total_words"] == words["n_words"].sum()
    assert per_outlet.loc["Lowtown Herald", "n_resaves"] == 0
    assert "5 articles (1 a story saved again: counted once)" in metrics_summary(written)
    # the reprint shares copy with both saves: copy pairs are across outlets, as before
    pairs = pd.read_parquet(written["copy_pairs"])
    assert len(pairs) == 2 and set(pairs["outlet_a"]) | set(pairs["outlet_b"]) == {
        "Harbury Gazette",
        "Lowtown Herald",
    }


def test_the_streamed_run_and_its_processes_give_the_whole_corpus_bytes(
    cleaned: Path, tmp_path: Path
) -> None:
    one = write_metrics(_copy(cleaned, tmp_path / "one"), tmp_path / "r1")
    two = write_metrics(_copy(cleaned, tmp_path / "two"), tmp_path / "r2", jobs=2)
    articles, pages, merged = one_name_per_outlet(
        pd.read_parquet(cleaned / "articles.parquet"), pd.read_parquet(cleaned / "pages.parquet")
    )
    per_article, quotes, pairs = article_metrics(
        articles, pd.read_parquet(cleaned / "blocks.parquet")
    )
    assert per_article["resave_of"].notna().sum() == 1
    whole = {
        "article_metrics": per_article,
        "quotes": quotes,
        "copy_pairs": pairs,
        "outlet_metrics": outlet_metrics(per_article, quotes, pages, pairs, merged),
    }
    for name in OUTPUTS:
        write_parquet(whole[name], tmp_path / f"{name}.parquet")
        expected = (tmp_path / f"{name}.parquet").read_bytes()
        assert one[name].read_bytes() == two[name].read_bytes() == expected, name


def _save(story: int, page: str, *, url: str | None = None, teaser: bool = False) -> Save:
    return Save(story, url, (teaser, save_order(page), 0))


def test_saves_join_by_story_or_url_and_the_first_full_text_is_kept() -> None:
    saves = {
        "a": _save(1, "p3.txt"),
        "b": _save(1, "p2.txt"),
        "c": _save(2, "p1.txt", teaser=True),  # a paywalled save of the story of d
        "d": _save(3, "p4.txt", url="https://x.example/d"),
        "e": _save(2, "p5.txt"),
        "f": _save(4, "p6.txt"),  # shares copy, but another story
    }
    identical = ["a", "b", "f"]
    links = [(identical, identical), (["c", "e"], ["d"]), (["e"], ["d"])]
    found = find_resaves(links, saves.__getitem__)
    assert found == {"a": "b", "c": "e"}  # b is the first page; e the first full text
    saves["e"] = _save(5, "p5.txt", url="https://x.example/d")
    assert find_resaves(links, saves.__getitem__) == {"a": "b", "e": "d"}  # the same URL
    assert find_resaves([], saves.__getitem__) == {}


def test_a_card_is_never_joined_by_its_pages_url() -> None:
    url = "https://x.example/latest"
    page = save_of("Tides", "text", url, "article", "p.txt", 0, False)
    card = save_of("Library", "text", url, "listing", "l.txt", 2, True)
    assert page.url == url and card.url is None
    assert save_of("Tides", "text", f" {url}#top", "article", "q.txt", 0, False).url == url
    assert card.first == (True, (5, "l.txt"), 2)
    assert save_of("Tides", "x", None, "article", "p.txt", 0, False).story == page.story
    assert save_of(" tides ", "y", " ", "article", "p.txt", 0, False).story == page.story


def test_a_save_again_never_displaces_the_story_saved_first() -> None:
    """A browser's second save (``story (1).html``) or an ``-updated`` copy sorts before
    ``story.html`` by name (' ' and '-' before '.'); the shorter name is still counted, as
    ``clean`` reads the shorter name of two files of one page."""
    saves = {
        "a": _save(1, "ferry-fares.html"),
        "b": _save(1, "ferry-fares (1).html"),
        "c": _save(2, "wk1/quay.txt"),
        "d": _save(2, "quay-updated.txt"),
        "e": _save(3, "tide-2025-03-05.txt"),
        "f": _save(3, "tide-2025-03-04.txt"),
    }
    links = [(["a", "b"], ["a", "b"]), (["c", "d"], ["c", "d"]), (["e", "f"], ["e", "f"])]
    assert find_resaves(links, saves.__getitem__) == {"b": "a", "d": "c", "e": "f"}
    assert save_of("T", "x", None, "article", "a (1).txt", 0, False).first > (
        save_of("T", "x", None, "article", "a.txt", 0, False).first
    )


def test_pages_added_a_week_later_leave_last_weeks_articles_as_they_were(
    tmp_path: Path,
) -> None:
    """README "Adding pages every week": the same folder, run again whole, keeps every
    earlier article's id and own figures; a save again under a longer name is the resave."""
    raw = tmp_path / "raw"
    raw.mkdir()
    title = "Council votes to shut Quay Street library"
    week_one = {
        "gazette-library.txt": _page("Harbury Gazette", title, 4, LIBRARY, "Ferry fares rise"),
        "gazette-tides.txt": _page(
            "Harbury Gazette", "Tides and moorings this week", 4, TIDES, "Ferry fares rise"
        ),
        "lowtown-tides.txt": _page(
            "Lowtown Herald", "Low water late this week", 5, TIDES_NEXT_WEEK, "Market hall"
        ),
    }
    week_two = {
        "gazette-library (1).txt": _page(
            "Harbury Gazette", title, 4, [*LIBRARY, "It closes at the end of May."], "Gulls"
        ),
        "quayside-tides.txt": _page(
            "Quayside Post", "Tides and moorings", 11, TIDES_NEXT_WEEK[1:], "Lifeboat day"
        ),
    }
    tables = {}
    for week, pages in enumerate((week_one, week_two), start=1):
        for name, text in pages.items():
            (raw / name).write_text(text, encoding="utf-8")
        out = tmp_path / f"week{week}"
        assert run_clean(raw, out) == 0
        written = write_metrics(out, tmp_path / f"reports{week}")
        tables[week] = pd.read_parquet(written["article_metrics"]).set_index("article_id")
    one, two = tables[1], tables[2]
    assert set(one.index) < set(two.index) and len(two) == 5
    own = ["page", "outlet", "title", "n_words", "n_quotes", "quote_share", "gunning_fog"]
    pd.testing.assert_frame_equal(one[own], two.loc[one.index, own])
    kept = one.index[one["page"] == "gazette-library.txt"][0]
    assert two["resave_of"].dropna().to_dict() == {
        two.index[two["page"] == "gazette-library (1).txt"][0]: kept
    }


def test_a_short_card_of_a_story_saved_in_full_is_a_save_of_it(tmp_path: Path) -> None:
    """A front page's one-sentence card of a story whose page is saved too is the same
    story (too short for the copy test's floor of 50 shingles: teaser_links), counted
    once; the card of a weekly column whose other week's text is saved is not; the
    streamed run and the whole corpus agree."""
    raw = tmp_path / "raw"
    raw.mkdir()
    title = "Council votes to shut Quay Street library"
    tides = "Tides and moorings this week"
    (raw / "gazette-library.txt").write_text(
        _page("Harbury Gazette", title, 4, LIBRARY, "Ferry fares rise"), encoding="utf-8"
    )
    (raw / "gazette-tides.txt").write_text(
        _page("Harbury Gazette", tides, 11, TIDES_NEXT_WEEK, "Gull count"), encoding="utf-8"
    )
    cards = [(title, LIBRARY[1], "March 4, 2025"), (tides, TIDES[1], "March 3, 2025")]
    front = "\n\n".join(f"{head}\n\n{snippet}\n\n{day}" for head, snippet, day in cards)
    (raw / "gazette-front.txt").write_text(
        f"Harbury Gazette\n\nLatest news\n\n{front}\n\n© 2025 Harbury Gazette\n", encoding="utf-8"
    )
    out = tmp_path / "processed"
    assert run_clean(raw, out) == 0
    articles = pd.read_parquet(out / "articles.parquet")
    assert list(articles["is_teaser"]).count(True) == 2  # the front page read as two cards
    written = write_metrics(_copy(out, tmp_path / "run"), tmp_path / "reports")
    table = pd.read_parquet(written["article_metrics"]).set_index("article_id")
    card = articles.loc[articles["is_teaser"] & (articles["title"] == title), "article_id"]
    page = articles.loc[articles["page"] == "gazette-library.txt", "article_id"]
    assert table["resave_of"].dropna().to_dict() == {card.iloc[0]: page.iloc[0]}
    gazette = pd.read_parquet(written["outlet_metrics"]).set_index("outlet").loc["Harbury Gazette"]
    assert (gazette["n_articles"], gazette["n_teasers"], gazette["n_resaves"]) == (3, 1, 1)
    merged, _, _ = one_name_per_outlet(articles, pd.read_parquet(out / "pages.parquet"))
    whole, _, _ = article_metrics(merged, pd.read_parquet(out / "blocks.parquet"))
    assert whole.set_index("article_id")["resave_of"].dropna().to_dict() == {
        card.iloc[0]: page.iloc[0]
    }


def test_a_teaser_joins_the_full_text_of_its_outlet_and_title_that_holds_it() -> None:
    bodies = {
        "card": LIBRARY[1],
        "page": "\n\n".join(LIBRARY),
        "other": "\n\n".join(LIBRARY),  # another outlet's reprint
        "week": "\n\n".join(TIDES_NEXT_WEEK),  # the column's other week
        "column": TIDES[1],  # this week's card of the column
        "short": "Shut.",  # a card of fewer than five words holds no shingle
        "untitled": LIBRARY[2],
    }
    library = "Council votes to shut Quay Street library"
    rows = [
        ("card", "Gazette", f" {library.upper()} ", True),
        ("page", "Gazette", library, False),
        ("other", "Herald", library, False),
        ("column", "Gazette", "Tides this week", True),
        ("week", "Gazette", "Tides this week", False),
        ("short", "Gazette", library, True),
        ("untitled", "Gazette", None, True),
    ]
    assert teaser_links(lambda: iter(rows), bodies.__getitem__) == [(["card"], ["page"])]
    assert teaser_links(lambda: iter(rows[1:3]), bodies.__getitem__) == []


def test_a_news_apis_story_beside_its_page_saved_is_a_save_of_it(tmp_path: Path) -> None:
    """A news API's story (its summary written apart from the text, its headline not the
    page's) and the same story's page saved as HTML were two articles of the outlet, a
    teaser and a full text (h343: 'articles 2' for one story, the card's chrome in the
    outlet's boilerplate ratio): one address of one outlet is one story, counted once; a
    story of the response at another address stays an article; the streamed run and the
    whole corpus agree."""
    import json

    raw = tmp_path / "raw"
    raw.mkdir()
    url = "https://www.harburygazette.co.uk/news/2025/03/04/quay-street-library"
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in LIBRARY)
    (raw / "library.html").write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Council votes to shut Quay Street library | Harbury Gazette</title>"
        f"<link rel='canonical' href='{url}'>"
        "<meta property='og:site_name' content='Harbury Gazette'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        "<h1>Council votes to shut Quay Street library</h1><p>By Mara Quill</p>"
        f"<time datetime='2025-03-04'>March 4, 2025</time>{paragraphs}</article>"
        "<footer>© 2025 Harbury Gazette</footer></body></html>",
        encoding="utf-8",
    )
    stories = [
        {
            "source": {"id": None, "name": "Harbury Gazette"},
            "author": "Mara Quill",
            "title": title,
            "description": description,
            "url": link,
            "publishedAt": "2025-03-04T08:00:00Z",
            "content": "The county council of Harbury voted on Monday… [+1840 chars]",
        }
        for title, description, link in (
            (
                "Quay Street library to close after 112 years",
                "Readers protest as councillors cite the cost of a new roof.",
                url,
            ),
            (
                "Harbour wall repairs begin",
                "Work on the harbour wall starts next week and lasts until May.",
                "https://www.harburygazette.co.uk/news/2025/03/04/harbour-wall",
            ),
        )
    ]
    (raw / "newsapi.json").write_text(
        json.dumps({"status": "ok", "totalResults": 2, "articles": stories}), encoding="utf-8"
    )
    out = tmp_path / "processed"
    assert run_clean(raw, out) == 0
    articles = pd.read_parquet(out / "articles.parquet")
    assert articles["is_teaser"].tolist().count(True) == 2
    written = write_metrics(_copy(out, tmp_path / "run"), tmp_path / "reports")
    table = pd.read_parquet(written["article_metrics"]).set_index("article_id")
    card = articles.loc[articles["url"].eq(url) & articles["is_teaser"], "article_id"]
    page = articles.loc[articles["page"] == "library.html", "article_id"]
    assert table["resave_of"].dropna().to_dict() == {card.iloc[0]: page.iloc[0]}
    gazette = pd.read_parquet(written["outlet_metrics"]).set_index("outlet").loc["Harbury Gazette"]
    assert (gazette["n_articles"], gazette["n_teasers"], gazette["n_resaves"]) == (2, 1, 1)
    merged, _, _ = one_name_per_outlet(articles, pd.read_parquet(out / "pages.parquet"))
    whole, _, _ = article_metrics(merged, pd.read_parquet(out / "blocks.parquet"))
    assert whole.set_index("article_id")["resave_of"].dropna().to_dict() == {
        card.iloc[0]: page.iloc[0]
    }


def test_a_teaser_joins_the_article_page_of_its_outlet_at_its_address() -> None:
    bodies = dict.fromkeys(("card", "page", "other", "front", "cut"), "Shut.")
    rows = [
        ("card", "Gazette", "Library to close", True),
        ("page", "Gazette", "Council votes to shut Quay Street library", False),
        ("other", "Herald", "Council votes to shut Quay Street library", False),
        ("front", "Gazette", "Tides this week", True),  # a card of the front page
        ("cut", "Gazette", "Tides", False),  # a full card of the front page
    ]
    addresses = {
        "card": ("https://gazette.example/library#top", "listing"),
        "page": (" https://gazette.example/library", "article"),
        "other": ("https://gazette.example/library", "article"),
        "front": ("https://gazette.example/", "listing"),
        "cut": ("https://gazette.example/", "listing"),
    }
    links = teaser_links(lambda: iter(rows), bodies.__getitem__, addresses.__getitem__)
    assert links == [(["card"], ["page"])]
    assert teaser_links(lambda: iter(rows), bodies.__getitem__) == []


def test_a_cards_own_link_is_one_no_other_card_of_its_page_shares() -> None:
    latest = "https://x.example/latest"
    rows = [
        ("api-0", "news.json", "listing", "https://x.example/a"),  # a news API's stories
        ("api-1", "news.json", "listing", "https://x.example/b#top"),
        ("site-0", "latest.html", "listing", latest),  # a site's listing: the page's URL
        ("site-1", "latest.html", "listing", f" {latest}"),
        ("site-2", "latest.html", "listing", None),
        ("alone", "one.json", "listing", "https://x.example/c"),  # one card: cannot tell
        ("page", "latest (1).html", "article", latest),
    ]
    assert own_links(iter(rows)) == {"api-0", "api-1"}
    card = save_of("Library", "text", latest, "listing", "latest.html", 0, True)
    own = save_of(
        "Library", "text", "https://x.example/a", "listing", "news.json", 0, True, own_link=True
    )
    assert card.url is None and own.url == "https://x.example/a"


def test_a_teaser_joins_the_full_text_of_its_outlet_and_title_published_on_its_day() -> None:
    # a news API's summary is written apart from the story: beside the story's text
    # saved without its address (a browser's copy), the card was a second article (h343)
    bodies = {
        "card": "Cracks found in the pontoons push the opening into spring.",
        "page": "\n\n".join(LIBRARY),
        "column": TIDES[1],
        "week": "\n\n".join(TIDES_NEXT_WEEK),
        "undated": "A summary of its own, in other words than the story's.",
    }
    rows = [
        ("card", "Gazette", "Ferry terminal delayed", True),
        ("page", "Gazette", "Ferry terminal delayed", False),
        ("column", "Gazette", "Tides this week", True),
        ("week", "Gazette", "Tides this week", False),
        ("undated", "Gazette", "Ferry terminal delayed", True),
    ]
    days = {"card": "2026-12-01", "page": "2026-12-01", "column": "2026-12-08"}
    days |= {"week": "2026-12-01", "undated": None}

    def days_of(ids: set[str]) -> dict[str, str | None]:
        assert ids == set(days)  # the teasers and the full texts of their titles only
        return {i: days[i] for i in ids}

    assert teaser_links(lambda: iter(rows), bodies.__getitem__, None, days_of) == [
        (["card"], ["page"])
    ]
    assert teaser_links(lambda: iter(rows), bodies.__getitem__) == []


def test_a_news_apis_story_beside_its_text_saved_without_its_address_is_a_save_of_it(
    tmp_path: Path,
) -> None:
    """The study's Lakeside Tribune: a browser's copy of the story (no address) and the
    API's card of it (its summary not in the text): one story, counted once by the
    streamed run and the whole corpus alike; a card of another day is not (h343)."""
    import json

    raw = tmp_path / "raw"
    raw.mkdir()
    title = "Council votes to shut Quay Street library"
    (raw / "library.txt").write_text(
        _page("Harbury Gazette", title, 4, LIBRARY, "Ferry fares rise"), encoding="utf-8"
    )
    stories = [
        {
            "source": {"id": None, "name": "Harbury Gazette"},
            "author": "Mara Quill",
            "title": title,
            "description": summary,
            "url": f"https://www.harburygazette.co.uk/news/2025/03/0{day}/library",
            "publishedAt": f"2025-03-0{day}T08:00:00Z",
            "content": "The county council of Harbury voted on Monday… [+1840 chars]",
        }
        for day, summary in (
            (4, "Readers protest as councillors cite the cost of a new roof."),
            (9, "A week on, the reading group looks for a new home in the lower town."),
        )
    ]
    other = {**stories[0], "title": "Harbour wall repairs begin", "url": "https://h.example/w"}
    for name, story in (("newsapi.json", stories[0]), ("newsapi-week2.json", stories[1])):
        (raw / name).write_text(
            json.dumps({"status": "ok", "articles": [story, other]}), encoding="utf-8"
        )
    out = tmp_path / "processed"
    assert run_clean(raw, out) == 0
    articles = pd.read_parquet(out / "articles.parquet")
    assert articles["is_teaser"].tolist().count(True) == 4
    written = write_metrics(_copy(out, tmp_path / "run"), tmp_path / "reports")
    table = pd.read_parquet(written["article_metrics"]).set_index("article_id")
    library = articles[articles["title"].eq(title)].set_index("page")["article_id"]
    expected = {
        library["newsapi.json"]: library["library.txt"],
        library["newsapi-week2.json"]: None,
    }
    assert table["resave_of"].reindex(list(expected)).to_dict() == expected
    merged, _, _ = one_name_per_outlet(articles, pd.read_parquet(out / "pages.parquet"))
    whole, _, _ = article_metrics(merged, pd.read_parquet(out / "blocks.parquet"))
    assert whole.set_index("article_id")["resave_of"].reindex(list(expected)).to_dict() == expected
