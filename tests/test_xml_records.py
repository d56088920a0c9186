"""analysis.clean.xml_records: an XML export's Dublin Core records (an archive's OAI-PMH
response) read as a listing, one card per record (made-up records)."""

from __future__ import annotations

from defusedxml.ElementTree import fromstring

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import page_from_bytes
from analysis.clean.xml_records import record_items

_STORIES = [
    (
        "Footbridge to open in spring",
        "2026-03-03",
        "Jane Roe",
        "The city says the footbridge over the river will be finished before the spring.",
    ),
    (
        "A record apple harvest",
        "2026-03-02",
        "Ann Poe",
        "Growers in the valley have picked more apples this autumn than in any year.",
    ),
]


def _oai_pmh() -> bytes:
    records = "".join(
        f"<record><header><identifier>oai:archive.example:{n}</identifier>"
        f"<datestamp>2026-03-07T04:00:00Z</datestamp></header><metadata>"
        '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>"
        f"<dc:publisher>The Ledger</dc:publisher><dc:date>{date}</dc:date>"
        f"<dc:description>{text}</dc:description>"
        f"<dc:identifier>https://archive.example/item/{n}</dc:identifier>"
        "</oai_dc:dc></metadata></record>"
        for n, (title, date, author, text) in enumerate(_STORIES)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
        "<responseDate>2026-03-07T04:00:00Z</responseDate>"
        f"<ListRecords>{records}</ListRecords></OAI-PMH>"
    ).encode()


def test_each_dublin_core_record_is_a_story():
    records = record_items(fromstring(_oai_pmh()))
    assert [r.title for r in records] == [s[0] for s in _STORIES]
    assert [r.date for r in records] == [s[1] for s in _STORIES]
    assert [r.author for r in records] == [s[2] for s in _STORIES]
    assert [r.source for r in records] == ["The Ledger", "The Ledger"]
    assert records[0].link == "https://archive.example/item/0"


def test_an_oai_pmh_response_saved_as_xml_is_the_listing_of_its_records():
    page = page_from_bytes(_oai_pmh(), "archive.xml", "raw/archive.xml")
    assert page.html is not None
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(articles["title"]) == [s[0] for s in _STORIES]
    assert list(articles["published"]) == [s[1] for s in _STORIES]
    assert list(articles["byline"]) == [s[2] for s in _STORIES]
    assert list(articles["body"]) == [s[3] for s in _STORIES]


def test_one_record_or_none_is_no_list():
    assert (
        record_items(
            fromstring(b"<catalog><item><title>Only one</title><date>2026</date></item></catalog>")
        )
        == []
    )
    assert (
        record_items(fromstring(b"<config><title>Site</title><title>Other</title></config>")) == []
    )
