"""analysis.clean.extractor_xml: an article trafilatura saved as XML (``--xml``,
``--xml-tei``) read as one article page (made-up files, review h339)."""

from __future__ import annotations

import pytest
from defusedxml.ElementTree import fromstring

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.extractor_xml import extractor_document
from analysis.clean.read import page_from_bytes
from analysis.errors import PageReadError

_FIRST = (
    "The district council expects to spend far more than it has next year, with adult "
    "social care accounting for almost two thirds of the rise, papers published on Thursday show."
)
_SECOND = (
    "The finance chief told a scrutiny meeting that the authority had run out of easy "
    "options after three years of savings and would consult on closing libraries."
)
_THIRD = (
    "The full council will vote on the budget on 11 December, and a public consultation "
    "on the library changes runs until the end of January."
)
_COMMENT = "Same story every year, where did all the parking money go this time round?"

_DOC = f"""<doc sitename="The Fenmoor Courier" title="Council faces budget gap" \
author="Harriet Oduya" date="2026-12-04" url="https://fenmoor.example/news/budget" \
hostname="fenmoor.example" description="Councillors will vote next week." fingerprint="ab">
  <main>
    <p>{_FIRST}</p>
    <head rend="h2">What happens next</head>
    <p>{_SECOND}</p>
    <list rend="ul"><item>Libraries &lt;b&gt;closed&lt;/b&gt; on Mondays</item></list>
    <p>{_THIRD}</p>
  </main>
  <comments>
    <p>{_COMMENT}</p>
  </comments>
</doc>
"""

_TEI = f"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title type="main">Council faces budget gap</title><author>Harriet Oduya</author>
</titleStmt><publicationStmt><publisher>trafilatura</publisher></publicationStmt>
<sourceDesc><bibl>Council faces budget gap</bibl><biblFull><titleStmt>
<title type="main">Council faces budget gap</title></titleStmt><publicationStmt>
<publisher>The Fenmoor Courier</publisher><date>2026-12-04</date>
<ptr type="URL" target="https://fenmoor.example/news/budget"/></publicationStmt>
</biblFull></sourceDesc></fileDesc></teiHeader>
<text><body><div type="entry"><p>{_FIRST}</p><p>{_SECOND}</p><p>{_THIRD}</p></div>
<div type="comments"><p>{_COMMENT}</p></div></body></text></TEI>
"""


def _articles(xml: str):
    page = page_from_bytes(xml.encode(), "budget.xml", "raw/budget.xml")
    return extract_articles(page.text, page.name, PageFacts(html=page.html))


def test_the_files_text_never_becomes_markup():
    document = extractor_document(fromstring(_DOC))
    assert document is not None and document.url == "https://fenmoor.example/news/budget"
    markup = document.markup.decode()
    assert "&lt;b&gt;closed" in markup and "<b>closed" not in markup
    assert _COMMENT not in markup


def test_trafilatura_xml_is_one_article_without_its_comments():
    articles = _articles(_DOC)
    assert len(articles) == 1
    row = articles.iloc[0]
    assert row["title"] == "Council faces budget gap"
    assert row["outlet"] == "The Fenmoor Courier"
    assert row["byline"] == "Harriet Oduya"
    assert row["published"] == "2026-12-04"
    body = row["body"]
    for paragraph in (_FIRST, _SECOND, _THIRD):
        assert paragraph in body
    assert _COMMENT not in body


def test_trafilatura_tei_is_one_article_without_its_comments():
    articles = _articles(_TEI)
    assert len(articles) == 1
    row = articles.iloc[0]
    assert row["title"] == "Council faces budget gap"
    assert row["outlet"] == "The Fenmoor Courier"
    assert row["published"] == "2026-12-04"
    assert _FIRST in row["body"] and _THIRD in row["body"]
    assert _COMMENT not in row["body"]


def test_another_programs_doc_without_text_is_no_page():
    with pytest.raises(PageReadError, match="its root is <doc>"):
        page_from_bytes(b"<doc id='1'><field name='x'/></doc>", "solr.xml", "raw/solr.xml")
