"""analysis.clean.newsml: a news agency's NewsML-G2 file read as a listing of its text
items (made-up file, review h230)."""

from __future__ import annotations

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import page_from_bytes

_ITEM = """  <newsItem guid="urn:newsml:ledger.example:{n}" standard="NewsML-G2">
   <rightsInfo><copyrightHolder literal="The Ledger"/></rightsInfo>
   <itemMeta><itemClass qcode="ninat:text"/><provider literal="The Ledger"/>
    <versionCreated>2026-03-05T10:00:00+01:00</versionCreated></itemMeta>
   <contentMeta><contentCreated>{day}T08:00:00+01:00</contentCreated>
    <creator><name>{author}</name></creator><headline>{title}</headline></contentMeta>
   <contentSet><inlineXML contenttype="application/nitf+xml">
    <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content>
     <p>{first}</p><p>{second}</p></body.content></body></nitf></inlineXML></contentSet>
  </newsItem>
"""
_STORIES = [
    (
        "Footbridge to open in spring",
        "2026-03-03",
        "Jane Roe",
        "The city says the footbridge over the river will be finished in April.",
        "Work on the ramps ends next month.",
    ),
    (
        "A record apple harvest",
        "2026-03-02",
        "Ann Lee",
        "Growers in the valley picked more apples this autumn than in any year.",
        "Prices at the market fell by a third.",
    ),
]


def test_a_news_message_is_a_listing_of_its_items():
    items = "".join(
        _ITEM.format(n=n, title=t, day=d, author=a, first=f, second=s)
        for n, (t, d, a, f, s) in enumerate(_STORIES)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">\n'
        " <header><sent>2026-03-09T02:00:00Z</sent></header>\n"
        f" <itemSet>\n{items} </itemSet>\n</newsMessage>\n"
    )
    page = page_from_bytes(xml.encode(), "wire.xml", "raw/wire.xml")
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(articles["title"]) == [story[0] for story in _STORIES]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]
    assert list(articles["byline"]) == ["Jane Roe", "Ann Lee"]
    assert list(articles["body"]) == [f"{story[3]} {story[4]}" for story in _STORIES]
    assert list(articles["outlet"]) == ["The Ledger", "The Ledger"]
