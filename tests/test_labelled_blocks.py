"""analysis.clean.labelled_blocks: a media-monitoring report printed one article a block of
labelled lines (made-up reports)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.labelled_blocks import labelled_rows

# Made-up clippings: headline, outlet (with the report's note on it), date, author, text.
CLIPPINGS = [
    (
        "Dairy opens a new cheese line",
        "Valley Courier (regional daily)",
        "02.12.2026",
        "Jane Roe",
        "The plant will spend 30 million on a line for aged cheese. Work starts in spring.",
    ),
    (
        "Milk prices rise for a third month",
        "Farm Portal (online)",
        "01.12.2026",
        "–",
        "Farmers are paid four per cent more than in September, processors say.",
    ),
    (
        "Cheesemaker wins a prize in Paris",
        "Eastern Post (weekly)",
        "28.11.2026",
        "John Smith",
        "The cheese took a silver medal at an international contest this week.",
    ),
]
# The labels in English, Polish, Greek and Punjabi (a report's field words, not a site's; the
# Greek "Τίτλος" and "Συντάκτης" end in the final sigma, case-folded to "σ").
LABELS = {
    "en": ("Title", "Outlet", "Date", "Page", "Author", "Reach"),
    "pl": ("Tytuł", "Medium", "Data", "Strona", "Autor", "Zasięg"),
    "el": ("Τίτλος", "Μέσο", "Ημερομηνία", "Σελίδα", "Συντάκτης", "Απήχηση"),
    # Punjabi: letters with their combining vowel signs (review h176 item 5)
    "pa": ("ਸਿਰਲੇਖ", "ਸਰੋਤ", "ਮਿਤੀ", "ਪੰਨਾ", "ਲੇਖਕ", "ਪਹੁੰਚ"),
}


def _report(language: str) -> str:
    title, outlet, date, page, author, reach = LABELS[language]
    lines = ["MEDIA REPORT", "Client: Valley Dairy Co-op", "Period: 27.11.2026 – 03.12.2026", ""]
    for n, (headline, medium, when, name, text) in enumerate(CLIPPINGS, 1):
        lines += [f"{n}.", f"{title}: {headline}", f"{outlet}: {medium}"]
        lines += [f"{date}: {when}    {page}: {n + 4}    {author}: {name}"]
        lines += [f"{reach}: {n * 12} 000", text, ""]
    lines += ["Confidential report. Press material protected by copyright."]
    return "\n".join(lines)


@pytest.mark.parametrize("language", sorted(LABELS))
def test_each_labelled_block_of_a_report_is_an_article(language):
    # review h142 L6: the labels were read as no card cue; titles were taken from the
    # "Reach: 38 000" lines and the outlets were unknown
    articles = extract_articles(_report(language), name="report.txt")
    assert list(articles["title"]) == [c[0] for c in CLIPPINGS]
    assert list(articles["outlet"]) == ["Valley Courier", "Farm Portal", "Eastern Post"]
    assert list(articles["published"]) == ["2026-12-02", "2026-12-01", "2026-11-28"]
    assert list(articles["byline"]) == ["Jane Roe", None, "John Smith"]
    assert list(articles["body"]) == [c[4] for c in CLIPPINGS]


def test_one_labelled_block_or_blocks_naming_no_outlet_are_no_report():
    # a scraper's header over one article; a feed's items as text (no outlet's label)
    one = "Title: Dairy opens a new cheese line\nSource: Valley Courier\n" + CLIPPINGS[0][4]
    assert labelled_rows(one.split("\n")) == []
    items = []
    for headline, _, when, _, text in CLIPPINGS:
        items += [f"Title: {headline}", f"pubDate: {when}", text, ""]
    assert labelled_rows(items) == []


def test_a_page_labelling_no_headline_is_not_read_line_by_line(monkeypatch):
    """Speed only: a page with fewer lines naming a headline's label than a report has
    blocks is answered before any line's labels are read."""
    from analysis.clean import labelled_blocks

    def refused(_):
        raise AssertionError("labels read")

    monkeypatch.setattr(labelled_blocks, "_values", refused)
    page = ["Outlet: Valley Courier", "Date: 02.12.2026", "Title: Dairy opens a line", "Text."]
    assert labelled_rows(page) == []


_RECORDS = [
    (
        "Ferry service returns to the island",
        "2026-12-03",
        "Harbour Post",
        "Ann Poe",
        "The operator will run two boats a day from Monday, the port authority said.",
    ),
    (
        "Library opens a reading room",
        "2026-12-02",
        "Harbour Post",
        "Jo Roe",
        "Children can borrow books there on weekday afternoons from next month.",
    ),
    (
        "Council approves the budget",
        "2026-11-30",
        "Valley Courier",
        "Sam Fox",
        "The budget raises spending on roads by a tenth and keeps the tax rate.",
    ),
]


def _printed(head: list[str], record: list[str]) -> list[str]:
    """``head`` and each of :data:`_RECORDS` printed by the ``record`` lines' templates."""
    lines = list(head)
    for n, (title, date, site, author, text) in enumerate(_RECORDS):
        fields = {"n": n, "title": title, "date": date, "site": site, "author": author}
        lines += [line.format(text=text, **fields) for line in record]
    return lines


def test_records_a_database_shell_prints_one_field_a_line_are_articles():
    # sqlite3's ".mode line": right-aligned labels and " = "; a label with an underscore
    head = ["sqlite> .mode line", "sqlite> SELECT * FROM articles LIMIT 3;"]
    record = ["      id = {n}", "    site = {site}", "   title = {title}", "  author = {author}"]
    record += ["pub_date = {date}", " summary = {text}", " fetched = 2026-12-05 06:00:0{n}", ""]
    lines = _printed(head, record)
    rows = labelled_rows(lines)
    assert len(rows) == 3
    values = [{f.field: lines[f.line_no][f.start : f.end] for f in r.fields} for r in rows]
    assert [v["title"] for v in values] == [r[0] for r in _RECORDS]
    assert [v["outlet"] for v in values] == [r[2] for r in _RECORDS]
    assert [v["published"] for v in values] == [r[1] for r in _RECORDS]


def test_records_printed_as_python_dicts_in_a_log_are_articles_without_the_log_lines():
    # a Scrapy log: each scraped item printed as a dict, quoted keys and values, the next
    # log line right under its closing brace (no text of it)
    head = ["2026-12-05 10:14:02 [scrapy.core.engine] INFO: Spider opened"]
    record = [
        "2026-12-05 10:14:0{n} [scrapy.core.scraper] DEBUG: Scraped from <200 https://x.example/{n}>",
        "{{'author': '{author}',",
        " 'date': '{date}',",
        " 'site': '{site}',",
        " 'text': '{text}',",
        " 'title': '{title}',",
        " 'url': 'https://x.example/{n}'}}",
    ]
    lines = _printed(head, record)
    lines.append("2026-12-05 10:14:09 [scrapy.core.engine] INFO: Closing spider (finished)")
    articles = extract_articles("\n".join(lines) + "\n", "crawl.txt")
    assert list(articles["title"]) == [r[0] for r in _RECORDS]
    assert list(articles["outlet"]) == [r[2] for r in _RECORDS]
    assert list(articles["byline"]) == [r[3] for r in _RECORDS]
    assert list(articles["body"]) == [r[4] for r in _RECORDS]


def test_a_database_clients_vertical_rows_name_their_date_and_writer_columns():
    # MySQL's "\G" output: a row's banner, then right-aligned "column: value" lines; a
    # database names its columns "published_on" / "published_at" and "writer"
    head = ["mysql> SELECT * FROM items LIMIT 3\\G"]
    record = ["*************************** {n}. row ***************************"]
    record += ["      source: {site}", "    headline: {title}", "      writer: {author}"]
    record += ["published_on: {date} 08:30:00", "      teaser: {text}"]
    lines = _printed(head, record)
    articles = extract_articles("\n".join(lines) + "\n", "rows.txt")
    assert list(articles["title"]) == [r[0] for r in _RECORDS]
    assert list(articles["published"]) == [r[1] for r in _RECORDS]
    assert list(articles["byline"]) == [r[3] for r in _RECORDS]


def _posts(fence: str, mark: str) -> str:
    """Made-up posts of a static site printed with their front matter (``head`` of the
    site's files, TOML or YAML)."""
    posts = [
        (
            "Ferry timetable changes in May",
            "2025-04-28",
            "Nina Brook",
            "The ferry will leave at seven.",
        ),
        ("Harbour wall repairs begin", "2025-04-30", "Tom Reed", "Divers checked the old stones."),
        ("Lighthouse opens to visitors", "2025-05-02", "Ada Fenn", "Guided tours start on Sunday."),
    ]
    parts = []
    for n, (title, day, name, text) in enumerate(posts):
        parts += [f"==> content/posts/post-{n}.md <==", fence, f'title{mark} "{title}"']
        parts += [f"date{mark} {day}T09:00:00+01:00", f'author{mark} "{name}"']
        parts += [f"draft{mark} false", fence, "", text, ""]
    return "\n".join(parts)


@pytest.mark.parametrize(("fence", "mark"), [("+++", " ="), ("---", ":")])
def test_posts_printed_with_their_front_matter_are_articles(fence, mark):
    articles = extract_articles(_posts(fence, mark), "made_up.txt")
    assert list(articles.title) == [
        "Ferry timetable changes in May",
        "Harbour wall repairs begin",
        "Lighthouse opens to visitors",
    ]
    assert list(articles.byline) == ["Nina Brook", "Tom Reed", "Ada Fenn"]
    assert list(articles.published) == ["2025-04-28", "2025-04-30", "2025-05-02"]
    assert articles.body[0] == "The ferry will leave at seven."


def test_labelled_lines_without_a_fence_under_them_need_an_outlet():
    text = _posts("+++", " =").replace("+++\n\n", "\n")
    assert labelled_rows(text.splitlines()) == []


def test_a_clippings_database_citing_paper_date_and_page_as_the_source_gives_each():
    # review h312 (library_clippings_db_ta): a library's clippings labelled in Tamil,
    # the source a citation ("PAPER, DD.MM.YYYY, பக். N"); the Tamil labels were no
    # field words, and the date stayed in the outlet's name
    papers = ["கடலோர முரசு", "தென்னகச் செய்தி", "கடலோர முரசு"]
    lines = ["மாவட்ட மைய நூலகம் — செய்தி நறுக்குகள்", ""]
    for n, ((headline, _, when, _, text), paper) in enumerate(
        zip(CLIPPINGS, papers, strict=True), 1
    ):
        lines += [f"{n}.", f"தலைப்பு: {headline}", f"மூலம்: {paper}, {when}, பக். {n + 4}"]
        lines += [f"சுருக்கம்: {text}", ""]
    articles = extract_articles("\n".join(lines), name="clippings.txt")
    assert list(articles["title"]) == [c[0] for c in CLIPPINGS]
    assert list(articles["outlet"]) == papers
    assert list(articles["published"]) == ["2026-12-02", "2026-12-01", "2026-11-28"]
    assert list(articles["body"]) == [c[4] for c in CLIPPINGS]


def test_a_feed_tools_blocks_take_their_outlet_from_the_link_and_a_dotted_date_label():
    # review h320 item feed_tail_cli_mi: "Title:", "Pub.date:", "Link:", "Author:",
    # "Description:" per item, no outlet label: the link's host is each item's outlet
    lines = ["$ rsstail -u https://www.harbour-news.org/feed/ -l -p -a -d"]
    stories = [
        ("Harbour bridge to close all summer", "Thu, 03 Dec 2026 09:00:00 +1300", "b"),
        ("Ferries step in as the bridge shuts", "Wed, 02 Dec 2026 16:30:00 +1300", "f"),
        ("Repairs on the old bridge start in June", "Tue, 01 Dec 2026 11:20:00 +1300", "r"),
    ]
    for title, date, slug in stories:
        lines += [f"Title: {title}", f"Pub.date: {date}"]
        lines += [f"Link: https://www.harbour-news.org/{slug}/", "Author: Ola Strand"]
        lines += ["Description: Officials said on Friday that work would start soon.", ""]
    articles = extract_articles("\n".join(lines), name="tail.txt")
    assert list(articles["title"]) == [title for title, _, _ in stories]
    assert list(articles["outlet"]) == ["harbour-news.org"] * 3
    assert list(articles["published"]) == ["2026-12-03", "2026-12-02", "2026-12-01"]
    assert list(articles["byline"]) == ["Ola Strand"] * 3


_SAVED = """Feed: Valley Courier
Title: {title}
Author: {author}
Date: Thu, 0{day} Dec 2026 10:20:00 +0100
Link: https://valleycourier.example/2026/12/{slug}/

{first}
wrapped on a second line.

{second}

Links:
[1]: https://valleycourier.example/2026/12/{slug}/ (link)

"""


def test_a_feed_readers_saved_articles_joined_are_articles_with_their_paragraphs():
    # newsboat's saves joined by `cat` (made up, review h387): a header, a blank line,
    # the text's paragraphs, a "Links:" list; the feed is the outlet
    stories = [
        (
            "Footbridge to open in spring",
            "Jane Roe",
            3,
            "bridge",
            "The footbridge opens.",
            "Ramps.",
        ),
        ("A record apple harvest", "Tom Ash", 2, "apples", "Growers picked more.", "Prices."),
    ]
    page = "".join(
        _SAVED.format(title=t, author=a, day=d, slug=s, first=f, second=x)
        for t, a, d, s, f, x in stories
    )
    articles = extract_articles(page, "saved.txt")
    assert list(articles["title"]) == [s[0] for s in stories]
    assert list(articles["byline"]) == ["Jane Roe", "Tom Ash"]
    assert list(articles["published"]) == ["2026-12-03", "2026-12-02"]
    assert list(articles["outlet"]) == ["Valley Courier", "Valley Courier"]
    for body, story in zip(articles["body"], stories, strict=True):
        assert body.startswith(story[4]) and body.endswith(story[5])  # both paragraphs
        assert "Links" not in body and "[1]" not in body  # newsboat's link list is none
