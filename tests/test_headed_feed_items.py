"""RSS items with no ``<title>`` whose content markup holds the page, its headline in
the ``<h1>`` of a header over the story (a Turbo-pages feed's ``<turbo:content>``), and
whose ``<turbo:source>`` is the story's address, no publisher (analysis.clean.feed_xml).
Review h398's listings set, made-up wording."""

from __future__ import annotations

from analysis.clean.feed_xml import feed_document

_STORIES = [
    ("Footbridge to open in spring", "The footbridge will open in March.", "bridge"),
    ("A record apple harvest", "Growers picked more apples than ever.", "apples"),
]


def _feed() -> bytes:
    items = "".join(
        f"""
    <item turbo="true">
      <link>https://valley-ledger.example/news/{slug}</link>
      <turbo:source>https://valley-ledger.example/news/{slug}</turbo:source>
      <pubDate>Thu, 03 Dec 2026 09:15:00 +0300</pubDate>
      <author>Ann Roe</author>
      <turbo:content><![CDATA[
        <header><h1>{title}</h1><figure><img src="https://valley-ledger.example/{slug}.jpg"/>
        <figcaption>Photo: press office</figcaption></figure>
        <menu><a href="https://valley-ledger.example/news">News</a></menu></header>
        <p>{text}</p>]]></turbo:content>
    </item>"""
        for title, text, slug in _STORIES
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:turbo="http://turbo.yandex.ru" version="2.0"><channel>
<title>Valley Ledger</title><link>https://valley-ledger.example</link>{items}
</channel></rss>""".encode()


def test_an_items_headline_is_its_content_headers_h1_and_its_text_what_follows():
    markup = feed_document(_feed(), "turbo.xml").markup.decode()
    for title, text, _ in _STORIES:
        assert f">{title}</a></h2>" in markup
        assert f"<p data-item-text>{text}</p>" in markup
    assert "Photo: press office" not in markup
    assert "Source: https://" not in markup  # the story's own address credits no one
