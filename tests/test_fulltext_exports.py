"""ProQuest and Europresse exports read as their stories (analysis.clean.fulltext_exports,
tried by analysis.clean.news_export.read_export). Every export is made up here."""

from __future__ import annotations

import pytest

from analysis.clean.news_export import read_export

PARAGRAPHS = (
    "The harbour council voted on Tuesday to rebuild the old pier, ending a dispute "
    "that had divided the town for a decade.",
    "Work is to begin in the spring and last two years, the council said.",
)
RULE = "_" * 60


def _proquest_story(number, title, author, publication, date):
    lines = [RULE, "", f"Document {number} of 2", "", title, ""]
    if author:
        lines += [f"Author: {author}", ""]
    lines += [f"Publication info: {publication} ; Harbourtown [Harbourtown]. 04 Mar 2025: A3."]
    lines += ["", "ProQuest document link", "", f"Full text: {PARAGRAPHS[0]}", "", PARAGRAPHS[1]]
    for field in (
        "Subject: Local government; Harbors",
        f"Title: {title}",
        f"Publication title: {publication}; Harbourtown",
        "First page: A3",
        f"Publication date: {date}",
        "Company / organization: Name: Harbour Council",
        "Source type: Newspapers",
        "ProQuest document ID: 3112233445",
        "Database: Global Newsstream",
    ):
        lines += ["", field]
    return [*lines, ""]


PROQUEST = "\n".join(
    [
        *_proquest_story(
            1, "Council rebuilds the pier", "Strand, Ola", "The Harbour Gazette", "Mar 4, 2025"
        ),
        *_proquest_story(2, "Pier vote splits the town", None, "Coastal Daily News", "Mar 5, 2025"),
        RULE,
        "",
        "Contact ProQuest",
        "Copyright © 2025 ProQuest LLC. All rights reserved.",
    ]
)


def _europresse_story(source, date_line, title, author, code):
    lines = [source, date_line, "", title, ""]
    if author:
        lines += [author, ""]
    lines += [
        PARAGRAPHS[0],
        "",
        PARAGRAPHS[1],
        "",
        "© 2025 The Harbour Gazette. All rights reserved.",
    ]
    lines += ["", "Certificate issued on March 6, 2025 to UNIVERSITY for personal use.", ""]
    return [*lines, f"news·20250304·{code}·0312345", "", ""]


EUROPRESSE = "\n".join(
    [
        "Europresse.com",
        "Search results: 2 documents",
        "",
        *_europresse_story(
            "The Harbour Gazette (web site)",
            "Local, Tuesday, March 4, 2025 - 08:40 UTC +01:00 312 words",
            "Council rebuilds the pier",
            "Ola Strand",
            "HG",
        ),
        *_europresse_story(
            "Coastal Daily News, no. 1187",
            "Region, Wednesday, March 5, 2025 p. 7 198 words",
            "Pier vote splits the town",
            None,
            "CDN",
        ),
    ]
)


def _fields(story):
    return (story.title, story.outlet, story.published, story.byline)


def _body(export, story):
    return [export.lines[i] for i in story.body_lines if export.lines[i]]


# the two stories both exports hold: title, outlet, date, byline
STORY_FIELDS = [
    ("Council rebuilds the pier", "The Harbour Gazette", "2025-03-04", "Ola Strand"),
    ("Pier vote splits the town", "Coastal Daily News", "2025-03-05", None),
]


@pytest.mark.parametrize(
    ("text", "layout"),
    [
        # ProQuest: the fields under the text; Europresse: stories closed by identifier lines
        (PROQUEST, "ProQuest"),
        (EUROPRESSE, "Europresse"),
    ],
)
def test_an_export_is_read_as_its_stories_with_their_fields(text, layout):
    export = read_export(text)
    assert export is not None and export.layout == layout
    assert [_fields(story) for story in export.stories] == STORY_FIELDS
    # the text without its "Full text:" label, without the field block under it
    assert [_body(export, story) for story in export.stories] == [list(PARAGRAPHS)] * 2


def test_a_proquest_story_s_authors_are_written_in_reading_order():
    text = PROQUEST.replace("Author: Strand, Ola", "Author: Strand, Ola; van der Berg, Anna")
    assert read_export(text).stories[0].byline == "Ola Strand, Anna van der Berg"


def test_a_page_with_a_rule_or_a_middle_dot_line_is_no_export():
    page = "\n".join(["Council rebuilds the pier", RULE, "Full text: see below.", *PARAGRAPHS])
    assert read_export(page) is None
    assert read_export("\n".join([*PARAGRAPHS, "news·20250304"])) is None


def _localized(text: str, labels: dict[str, str]) -> str:
    for english, label in labels.items():
        text = text.replace(f"\n{english}", f"\n{label}")
    return text


@pytest.mark.parametrize(
    "labels",
    [
        # the French and Spanish interfaces' labels (h398)
        {
            "Document 1 of 2": "Document 1 sur 2",
            "Document 2 of 2": "Document 2 sur 2",
            "Author:": "Auteur:",
            "Full text:": "Texte intégral:",
            "Title:": "Titre:",
            "Publication title:": "Titre de la publication:",
            "Publication date:": "Date de publication:",
        },
        {
            "Document 1 of 2": "Documento 1 de 2",
            "Document 2 of 2": "Documento 2 de 2",
            "Author:": "Autor:",
            "Full text:": "Texto completo:",
            "Title:": "Título:",
            "Publication title:": "Título de la publicación:",
            "Publication date:": "Fecha de publicación:",
        },
    ],
)
def test_a_proquest_export_in_another_interface_language_is_read_alike(labels):
    export = read_export(_localized(PROQUEST, labels))
    assert export is not None and export.layout == "ProQuest"
    assert [_fields(story) for story in export.stories] == STORY_FIELDS
    assert [_body(export, story) for story in export.stories] == [list(PARAGRAPHS)] * 2
