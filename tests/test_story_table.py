"""A folder's CSV / TSV table of stories read as a listing (analysis.clean.story_table)."""

from __future__ import annotations

import json

import pandas as pd

from analysis.clean.pipeline import run_clean

# A made-up site's stories as `trafilatura --csv` writes them (tab-separated, empty
# id and comments cells).
HEADER = "url\tid\tfingerprint\thostname\ttitle\timage\tdate\ttext\tcomments\tlicense\tpagetype"
STORIES = [
    (
        "ferry",
        "Ferry returns to the island",
        "2026-12-03",
        "Two boats a day will run from May, the operator said. Tickets cost the same as last year.",
    ),
    (
        "library",
        "Library opens a reading room",
        "2026-12-02",
        "Children can borrow books on weekday afternoons. The room opens at two and closes at six.",
    ),
    (
        "budget",
        "Council approves the budget",
        "2026-11-30",
        "Roads get more money next year. Councillors voted nine to four after a long debate.",
    ),
]


def _tsv() -> str:
    rows = [
        f"https://www.harbour-post.example/{slug}/\t\tab12\twww.harbour-post.example\t{title}"
        f"\t\t{day}\t{text}\t\t\tarticle"
        for slug, title, day, text in STORIES
    ]
    return "\n".join([HEADER, *rows]) + "\n"


def test_a_folders_tsv_of_stories_is_a_card_a_row_its_host_the_outlet(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "stories.tsv").write_text(_tsv(), "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["title"].tolist() == [title for _, title, _, _ in STORIES]
    assert articles["published"].astype(str).str[:10].tolist() == [d for _, _, d, _ in STORIES]
    assert articles["body"].tolist() == [text for _, _, _, text in STORIES]
    assert set(articles["outlet"]) == {"harbour-post.example"}


def test_a_folders_manifest_page_table_and_url_list_are_skipped_and_the_rest_read(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "stories.tsv").write_text(_tsv(), "utf-8")
    (raw / "meta.csv").write_text(
        "file,url,title,published\na.txt,https://x.example/a,A story,2026-12-01\n"
        "b.txt,https://x.example/b,B story,2026-12-02\n",
        "utf-8",
    )
    (raw / "pages.csv").write_text(
        "id,title,html\n1,A story,<p>a</p>\n2,B story,<p>b</p>\n", "utf-8"
    )
    (raw / "urls.csv").write_text("url,seen\nhttps://x.example/a,2026-12-01\n", "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv").set_index("page")["reason"]
    assert sorted(skipped.index) == ["meta.csv", "pages.csv", "urls.csv"]
    assert all(reason.startswith("a .csv file, not a page") for reason in skipped)
    assert len(pd.read_parquet(tmp_path / "out" / "articles.parquet")) == 3


def test_a_row_that_cannot_be_read_is_named_and_the_table_not_read_in_part(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = _tsv().splitlines()
    lines[2] += "\tone value too many"  # the second story's row: row 3 as a spreadsheet counts
    (raw / "stories.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    (raw / "good.tsv").write_text(_tsv(), "utf-8")  # the batch goes on
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv").set_index("page")["reason"]
    assert skipped["stories.tsv"].startswith("a table of stories whose row 3 cannot be read")


def _feed_file_line(epoch: int, title: str, slug: str, text: str, author: str) -> str:
    # sfeed's nine fields; the content's paragraphs joined by an escaped newline
    content = "<p>" + text.replace(". ", ".</p>\\n<p>", 1) + "</p>"
    link = f"https://www.harbour-post.example/{slug}/"
    return f"{epoch}\t{title}\t{link}\t{content}\thtml\tid-{slug}\t{author}\t\tLocal"


def test_a_headerless_feed_file_is_read_by_its_fields_order(tmp_path):
    # sfeed's feed file: no header, a UNIX time, the title, the link, the escaped content
    raw = tmp_path / "raw"
    raw.mkdir()
    epochs = (1796279400, 1796195400, 1796103900)  # 2026-12-03, -02, -01 (UTC)
    authors = ("Mere Tane", "Ola Berg", "")
    lines = [
        _feed_file_line(epoch, title, slug, text, author)
        for epoch, (slug, title, _, text), author in zip(epochs, STORIES, authors, strict=True)
    ]
    (raw / "harbour.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["title"].tolist() == [title for _, title, _, _ in STORIES]
    assert articles["published"].astype(str).str[:10].tolist() == [
        "2026-12-03",
        "2026-12-02",
        "2026-12-01",
    ]
    assert articles["body"].tolist() == [
        text.replace(". ", ".\n\n", 1) for _, _, _, text in STORIES
    ]
    assert articles["byline"].tolist() == ["Mere Tane", "Ola Berg", None]
    assert set(articles["outlet"]) == {"harbour-post.example"}


def test_a_headerless_table_of_other_rows_is_still_no_page(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    # a crawl log: a number first, but no link third
    (raw / "log.tsv").write_text("1796279400\tGET\t200\n1796279401\tGET\t404\n", "utf-8")
    (raw / "a.txt").write_text(
        "Ferry returns\n\nTwo boats a day will run from May, the operator said on Monday.\n",
        "utf-8",
    )
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv").set_index("page")["reason"]
    assert list(skipped.index) == ["log.tsv"]


def test_a_folders_csv_of_one_story_with_its_text_is_that_storys_page(tmp_path):
    # a scraper's export of one item (Scrapy's `-o item.csv`): its body column is the story
    raw = tmp_path / "raw"
    raw.mkdir()
    body = (
        "The ferry will run twice a day from May, the operator said on Thursday.\n\n"
        "Tickets cost the same as last year, and bicycles travel free of charge."
    )
    (raw / "item.csv").write_text(
        "url,title,author,date,body\n"
        "https://www.harbour-post.example/ferry/,Ferry returns to the island,Ann Lee,"
        f'2026-12-03,"{body}"\n',
        "utf-8",
    )
    # a one-row table naming no text column is still no page
    (raw / "links.csv").write_text("url,title\nhttps://x.example/a,A story\n", "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["title"].tolist() == ["Ferry returns to the island"]
    assert "bicycles travel free" in articles["body"].iloc[0]
    assert articles["outlet"].iloc[0].endswith("harbour-post.example")
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    assert skipped.iloc[:, 0].tolist() == ["links.csv"]


def test_a_folders_csv_and_jsonl_of_titles_and_texts_are_a_page_a_row(tmp_path):
    # a researcher's own scraper's rows (url, title, text; no date or summary column):
    # no list of stories, each row that story's page, named FILE/NNN
    raw = tmp_path / "raw"
    raw.mkdir()
    texts = [
        "By Mia Holt\n\nThe library will stay open on Sundays, the council decided.\n\n"
        "The vote was five to two after a long debate about the road fund.",
        "The bridge will close for six weeks in January while crews replace its deck.\n\n"
        "Detours will add about twelve minutes for commuters, the state said.",
    ]
    rows = ["url,title,text"] + [
        f'https://www.valley-news.example/local/{n}/,Story number {n},"{text}"'
        for n, text in enumerate(texts, 1)
    ]
    (raw / "scraped.csv").write_text("\n".join(rows) + "\n", "utf-8")
    lines = [
        json.dumps(
            {"url": f"https://hill-times.example/{n}/", "title": f"Hill story {n}", "text": t}
        )
        for n, t in enumerate(texts, 1)
    ]
    (raw / "scraped.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    assert run_clean(raw, tmp_path / "out", jobs=1) == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet").sort_values("page")
    assert articles["page"].tolist() == [
        "scraped.csv/001",
        "scraped.csv/002",
        "scraped.jsonl/001",
        "scraped.jsonl/002",
    ]
    assert articles["title"].tolist() == [
        "Story number 1",
        "Story number 2",
        "Hill story 1",
        "Hill story 2",
    ]
    assert "five to two" in articles["body"].iloc[0]
    assert articles["byline"].iloc[0] == "Mia Holt"
    assert articles["outlet"].iloc[3].endswith("hill-times.example")
