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
