"""analysis.clean.nitf: a story in NITF read as one article (made-up files, review h387)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import page_from_bytes
from analysis.errors import PageReadError

# An archive's shape: a lead-paragraph block repeating the full text's opening, a printed
# and a catalogued byline, the date only in pubdata, no pubdata name but a copyright holder.
_ARCHIVE = """<?xml version="1.0" encoding="UTF-8"?>
<nitf change.date="June 10, 2005" change.time="19:30" version="-//IPTC//DTD NITF 3.3//EN">
 <head>
  <title>Ferry Line to Resume in Spring</title>
  <meta name="publication_day_of_month" content="3"/>
  <docdata><doc-id id-string="1822071"/>
   <doc.copyright holder="The Harbour Ledger" year="2006"/></docdata>
  <pubdata date.publication="20061203T000000" ex-ref="http://query.ledger.example/1822071"/>
 </head>
 <body>
  <body.head>
   <hedline><hl1>Ferry Line to Resume in Spring</hl1></hedline>
   <byline class="print_byline">By JANE ROE</byline>
   <byline class="normalized_byline">Roe, Jane</byline>
   <abstract><p>The harbour ferry will run again in April.</p></abstract>
  </body.head>
  <body.content>
   <block class="lead_paragraph">
    <p>The harbour ferry will run again from April, the port said.</p></block>
   <block class="full_text">
    <p>The harbour ferry will run again from April, the port said.</p>
    <p>Its two boats were repaired over the winter.</p>
    <p>Tickets will cost the same as last year.</p>
   </block>
  </body.content>
 </body>
</nitf>
"""
# A newsroom's shape: names in <person>, the issue date with its offset, the
# publication's name in pubdata, a block of related stories' links after the text.
_NEWSROOM = """<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN">
 <head>
  <title>Clinic opens in the valley</title>
  <docdata><date.issue norm="20261204T233000-0500"/></docdata>
  <pubdata type="web" name="Valley Courier" ex-ref="https://valleycourier.example/clinic"/>
 </head>
 <body>
  <body.head><hedline><hl1>Clinic opens in the valley</hl1><hl2>Three doctors</hl2></hedline>
   <byline>By <person>Ann Lee</person> and <person>Tom Ash</person>, Staff</byline></body.head>
  <body.content>
   <p>A clinic opened in the valley on Friday with three doctors.</p>
   <p>Patients used to drive two hours to the nearest one.</p>
   <block style="related"><p><a href="https://valleycourier.example/road">Road to reopen</a></p>
    <p><a href="https://valleycourier.example/school">School gets a new roof</a></p></block>
  </body.content>
 </body>
</nitf>
"""


def _article(xml: str) -> dict:
    page = page_from_bytes(xml.encode(), "story.xml", "raw/story.xml")
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert len(articles) == 1
    return articles.iloc[0].to_dict()


def test_an_archive_story_reads_its_full_text_once_and_its_printed_byline():
    story = _article(_ARCHIVE)
    assert story["title"] == "Ferry Line to Resume in Spring"
    assert story["published"] == "2006-12-03"
    assert story["byline"].casefold() == "jane roe"  # the printed byline, capitals kept
    assert story["outlet"] == "The Harbour Ledger"
    assert story["body"].split("\n\n") == [
        "The harbour ferry will run again from April, the port said.",
        "Its two boats were repaired over the winter.",
        "Tickets will cost the same as last year.",
    ]


def test_a_newsroom_story_reads_persons_its_local_day_and_drops_link_paragraphs():
    story = _article(_NEWSROOM)
    assert story["title"] == "Clinic opens in the valley"
    assert story["published"] == "2026-12-04"
    assert story["byline"] == "Ann Lee; Tom Ash"
    assert story["outlet"] == "Valley Courier"
    assert "Road to reopen" not in story["body"]
    assert story["body"].startswith("A clinic opened in the valley")


def test_an_nitf_file_without_paragraphs_is_not_a_page():
    empty = _NEWSROOM.split("<body.content>")[0] + "<body.content/></body></nitf>"
    with pytest.raises(PageReadError, match="nitf"):
        page_from_bytes(empty.encode(), "story.xml", "raw/story.xml")
