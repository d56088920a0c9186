"""analysis.clean.evernote_export: an Evernote export's web clips as a listing (made-up
notes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.evernote_export import clip_paragraphs, enex_document
from analysis.clean.read import read_page
from analysis.errors import PageReadError

_NOTES = [
    (
        "Ferry fares rise in spring",
        "https://www.harbourline.example/news/1",
        "2025-04-02",
        "Mia Holt",
        "Fares on the island ferry will rise by a tenth from April.",
    ),
    (
        "New school opens its doors",
        "https://www.harbourline.example/news/2",
        "2025-04-01",
        "Owen Pike",
        "Two hundred pupils started lessons in the new building on Monday.",
    ),
    (
        "Fishers ask for a later season",
        "https://coastwatch.example/story/9",
        "2025-03-30",
        "Ruth Vale",
        "The fishing season should open a month later, the fishers' union said.",
    ),
]


def _note(title: str, url: str, day: str, name: str, text: str) -> str:
    enml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">'
        f"<en-note><div><h1>{title}</h1></div><div>{day} — By {name}</div><div><br/></div>"
        f"<div>{text}</div><div><br/></div><div>Share · Print · Comments</div></en-note>"
    )
    return (
        f"<note><title>{title}</title><created>20250405T101500Z</created>"
        "<note-attributes><author>clipper.user</author>"
        f"<source-url>{url}</source-url></note-attributes>"
        f"<content><![CDATA[{enml}]]></content></note>"
    )


def _export(notes: list[tuple[str, ...]]) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">\n'
        '<en-export export-date="20250405T120000Z" application="Evernote">'
        + "".join(_note(*note) for note in notes)
        + "</en-export>"
    ).encode()


def test_each_clip_is_a_card_credited_to_its_source_host(tmp_path: Path):
    path = tmp_path / "clips.enex"
    path.write_bytes(_export(_NOTES))
    page = read_page(path)
    records = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(records.title) == [note[0] for note in _NOTES]
    assert list(records.outlet) == [
        "harbourline.example",
        "harbourline.example",
        "coastwatch.example",
    ]
    assert list(records.published) == ["2025-04-02", "2025-04-01", "2025-03-30"]
    assert list(records.byline) == ["Mia Holt", "Owen Pike", "Ruth Vale"]
    assert [
        body.startswith(note[4][:20]) for body, note in zip(records.body, _NOTES, strict=True)
    ] == [True] * 3


def test_the_users_name_and_the_clip_time_are_no_byline_or_date():
    markup = enex_document(_export(_NOTES[:1]), "clips.enex").markup.decode()
    assert "clipper.user" not in markup
    assert "20250405" not in markup


def test_the_clips_markup_is_text_never_markup():
    note = ("Odd <b>title</b>", "https://a.example/1", "2025-04-02", "Mia Holt", "x")
    data = _export([note]).replace(
        b"<title>Odd <b>title</b></title>", b"<title>Odd &lt;b&gt;</title>"
    )
    data = data.replace(b"<div>x</div>", b"<div>&lt;script&gt;alert(1)&lt;/script&gt; text</div>")
    markup = enex_document(data, "clips.enex").markup.decode()
    assert "<script>" not in markup
    assert "&lt;script&gt;" in markup


def test_clip_paragraphs_cut_at_blocks_and_breaks():
    assert clip_paragraphs("<div>a <b>b</b></div><div><br/></div><p>c<br/>d &amp; e</p>") == [
        "a b",
        "c",
        "d & e",
    ]


def test_another_xml_root_or_no_note_is_no_page():
    with pytest.raises(PageReadError):
        enex_document(b"<rss/>", "x.enex")
    with pytest.raises(PageReadError):
        enex_document(b"<en-export></en-export>", "x.enex")
    with pytest.raises(PageReadError):
        enex_document(b"<en-export><note>", "x.enex")


def test_one_full_page_clip_is_its_page_not_a_card(tmp_path: Path):
    # review h390 (body_h390): an export of one 'full page' clip was a listing of one
    # card whose text kept the site's menu, related list and footer as body
    story = [
        "The harbour board approved a second ferry berth on Tuesday after a long debate.",
        "Work on the berth will start in March and should take about eighteen months.",
        "Fishers said the berth would ease the queues that form on summer weekends.",
    ]
    enml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">'
        '<en-note><div><div><a href="https://www.harbourline.example/">Harbourline</a></div>'
        "<div><ul><li><a href='https://www.harbourline.example/n'>News</a></li>"
        "<li><a href='https://www.harbourline.example/s'>Sport</a></li>"
        "<li><a href='https://www.harbourline.example/w'>Weather</a></li></ul></div>"
        "<div><h1>Second ferry berth approved</h1><div>By Mia Holt | 2 April 2025</div>"
        + "".join(f"<p>{line}</p>" for line in story)
        + "</div><div><h3>Most read</h3><ul><li><a href='https://www.harbourline.example/1'>"
        "Lifeboat crew honoured</a></li><li><a href='https://www.harbourline.example/2'>"
        "Lighthouse to reopen</a></li></ul></div>"
        "<div>© 2025 Harbourline Media. All rights reserved.</div></div></en-note>"
    )
    data = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<en-export application="Evernote">'
        "<note><title>Second ferry berth approved</title>"
        "<note-attributes><author>clipper.user</author>"
        "<source-url>https://www.harbourline.example/news/berth</source-url></note-attributes>"
        f"<content><![CDATA[{enml}]]></content></note></en-export>"
    ).encode()
    document = enex_document(data, "clip.enex")
    assert not document.listing
    assert document.url == "https://www.harbourline.example/news/berth"
    path = tmp_path / "clip.enex"
    path.write_bytes(data)
    page = read_page(path)
    records = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(records.title) == ["Second ferry berth approved"]
    body = records.body[0]
    assert all(line in body for line in story)
    assert "Lifeboat" not in body and "Weather" not in body and "rights reserved" not in body
