"""analysis.clean.highlights_export: a read-later service's highlights export in
Markdown, one card per saved article. Made-up sites, people and stories (review h198)."""

from __future__ import annotations

from analysis.clean.articles import extract_articles
from analysis.clean.highlights_export import highlight_rows
from analysis.clean.read import page_from_bytes

EXPORT = """# Ferry gets a new engine

## Metadata
- Author: Jane Roe
- Full Title: Ferry to the islands gets a new engine at last
- Category: #articles
- Site: Harbour Weekly
- Published: 2026-12-04
- URL: https://harbourweekly.example/ferry

## Highlights
- The yard finished the work ahead of the winter timetable.
- The old engine will go to the maritime museum.

# Library opens on Sundays

## Metadata
- Author: Tom Birch
- Site: Hill Post
- Published: 2026-12-02

## Highlights
- The council found the money for two more librarians.
"""


def test_each_article_of_a_highlights_export_is_a_card_its_passages_the_text():
    # h198 held out (readwise_export_bs): the export read as one record
    articles = extract_articles(EXPORT, name="highlights.md.txt")
    assert list(articles["title"]) == [
        "Ferry to the islands gets a new engine at last",  # the title written whole
        "Library opens on Sundays",
    ]
    assert list(articles["outlet"]) == ["Harbour Weekly", "Hill Post"]
    assert list(articles["byline"]) == ["Jane Roe", "Tom Birch"]
    assert list(articles["published"]) == ["2026-12-04", "2026-12-02"]
    assert list(articles["body"]) == [
        "The yard finished the work ahead of the winter timetable.\n\n"
        "The old engine will go to the maritime museum.",
        "The council found the money for two more librarians.",
    ]


def test_the_export_is_read_once_the_reader_took_its_headings_marks_off():
    page = page_from_bytes(EXPORT.encode(), "highlights.txt", "raw/highlights.txt")
    assert "# " not in page.text  # Markdown's marks are no text
    articles = extract_articles(page.text, name=page.name)
    assert list(articles["outlet"]) == ["Harbour Weekly", "Hill Post"]
    assert list(articles["published"]) == ["2026-12-04", "2026-12-02"]


def test_markdown_sections_with_paragraphs_are_no_export():
    notes = EXPORT.replace("- The council found", "The council found")
    assert highlight_rows(notes.split("\n")) == []


ONE_ARTICLE = """# Ferry gets a new engine

![rw-book-cover](https://harbourweekly.example/covers/ferry.jpg)

## Metadata
- Author: [[Jane Roe and Tom Birch]]
- Full Title: Ferry to the islands gets a new engine at last
- Category: #articles
- Published Date: 2026-12-04
- URL: https://harbourweekly.example/ferry

## Highlights
- The yard finished the work ahead of the winter timetable. ([View Highlight](https://read.example/1))
- The old engine will go to the maritime museum. ([View Highlight](https://read.example/2))
    - Note: ask the museum when
"""


def test_one_articles_file_in_the_exports_frame_is_its_card():
    # review h321: a service writing one file an article (the cover's image, a wiki link)
    page = page_from_bytes(ONE_ARTICLE.encode(), "ferry.md", "raw/ferry.md")
    articles = extract_articles(page.text, name=page.name)
    assert list(articles["title"]) == ["Ferry to the islands gets a new engine at last"]
    assert list(articles["byline"]) == ["Jane Roe and Tom Birch"]
    assert list(articles["published"]) == ["2026-12-04"]


def test_one_section_without_the_frame_is_no_export():
    # one heading over a fields' list and passages, no parts' headings: a page's list
    bare = "\n".join(line for line in ONE_ARTICLE.split("\n") if not line.startswith("## "))
    assert highlight_rows(bare.split("\n")) == []
