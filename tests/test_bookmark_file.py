"""analysis.clean.bookmark_file: a Netscape-format bookmark export read as a listing.
Made-up sites and stories."""

from __future__ import annotations

from analysis.clean.bookmark_file import bookmark_document
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

MARKS = [
    (
        "https://www.lakeside-courier.example/city/new-bridge",
        "New bridge over the river opens in April",
        "Work is eighty percent done. The mayor says there will be no delay.",
    ),
    (
        "https://valleynews.example/culture/film-festival",
        "Film festival by the lake gets a new director",
        "The board chose a documentary maker. She plans a larger programme for children.",
    ),
    (
        "https://www.lakeside-courier.example/economy/grain",
        "Sunflower prices fall to a five-year low",
        "Farmers ask the state for help. Buyers blame a large supply on the world market.",
    ),
]


def _export(with_notes: bool = True) -> bytes:
    rows = [
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
        "<!-- This is an automatically generated file. -->",
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
        "<TITLE>Bookmarks</TITLE>",
        "<H1>Bookmarks</H1>",
        "<DL><p>",
        '  <DT><H3 ADD_DATE="1764600000">Reading</H3>',
        "  <DL><p>",
    ]
    for url, title, note in MARKS:
        rows.append(f'    <DT><A HREF="{url}" ADD_DATE="1764835200" TAGS="news">{title}</A>')
        if with_notes:
            rows.append(f"    <DD>{note}")
    rows += [
        '    <DT><A HREF="place:sort=8&maxResults=10">Recent tags</A>',
        "  </DL><p>",
        "</DL><p>",
    ]
    return "\n".join(rows).encode("utf-8")


def test_each_bookmark_with_its_note_is_a_card_filed_under_its_links_host():
    # h161 F4 (raindrop_bookmarks_sr): the export read as one record titled "Bookmarks"
    cleaned = clean_page(page_from_bytes(_export(), "bookmarks.html", "bookmarks.html"))
    assert [row["title"] for row in cleaned.articles] == [title for _, title, _ in MARKS]
    assert [row["body"] for row in cleaned.articles] == [note for _, _, note in MARKS]
    assert [row["outlet"] for row in cleaned.articles] == [
        "lakeside-courier.example",
        "valleynews.example",
        "lakeside-courier.example",
    ]
    # ADD_DATE is when the link was saved, not when the story was published
    assert {row["published"] for row in cleaned.articles} == {None}


def test_a_file_of_another_format_is_no_bookmark_export():
    assert (
        bookmark_document(b"<!DOCTYPE html><html><body><dl><dt><a href='https://a.example/'>A")
        is None
    )
    assert bookmark_document(b"<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p></DL>") is None


def test_a_bookmarks_markup_never_becomes_the_pages_markup():
    data = _export().replace(b"New bridge", b"<script>alert(1)</script>New bridge")
    document = bookmark_document(data)
    assert document is not None and b"<script>" not in document.markup


def test_a_delicious_style_json_export_gives_one_card_per_link_dated_by_none():
    import json

    from analysis.clean.page_rows import clean_page
    from analysis.clean.read import page_from_bytes

    saved = [
        {
            "href": f"https://www.{host}/{n}",
            "description": title,
            "extended": note,
            "time": "2026-03-0{n}T08:00:00Z",
            "tags": "harbour",
        }
        for n, (host, title, note) in enumerate(
            [
                (
                    "courier.example",
                    "Harbour pilots vote to strike over night shifts",
                    "The pilots say two night shifts in a row are unsafe for the ships.",
                ),
                (
                    "gazette.example",
                    "Polder road shut for a month of works",
                    "Cyclists and farmers will cross the canal on a small ferry until May.",
                ),
                (
                    "courier.example",
                    "Island ferry doubles its winter trips",
                    "Two boats will run every hour from January, the operator said today.",
                ),
            ],
            start=1,
        )
    ]
    page = page_from_bytes(json.dumps(saved).encode(), "pins.txt", "pins.txt")
    articles = clean_page(page).articles
    assert [a["title"] for a in articles] == [s["description"] for s in saved]
    assert [a["body"] for a in articles] == [s["extended"] for s in saved]
    assert [a["outlet"] for a in articles] == [
        "courier.example",
        "gazette.example",
        "courier.example",
    ]
    assert [a["published"] for a in articles] == [None, None, None]


def test_a_list_whose_links_have_titles_is_no_delicious_export():
    from analysis.clean.bookmark_file import delicious_bookmarks

    entries = [{"href": "https://a.example/1", "description": "A note.", "title": "T"}] * 2
    assert delicious_bookmarks(entries) is None
    assert delicious_bookmarks([{"href": "https://a.example/1", "description": "T"}]) is None
