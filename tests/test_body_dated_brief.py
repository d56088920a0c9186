"""analysis.clean.body.dated_brief: a brief of two short sentences under its dated line."""

from __future__ import annotations

from analysis.clean.articles import extract_articles
from analysis.clean.body import body_line_indices

HEADER = [
    "The Harbor Gazette",
    "News  Sports  Opinion  Weather",
    "",
    "Ferry service resumes after storm",
    "",
    "By Jane Roe | December 3, 2026",
    "",
]


def test_two_sentence_brief_under_its_dated_line_is_the_story() -> None:
    lines = [
        *HEADER,
        "Crews cleared the docks overnight.",
        "",
        "The ferry runs again from noon.",
        "",
        "© 2026 The Harbor Gazette",
    ]
    assert [lines[i] for i in body_line_indices(lines)] == [
        "Crews cleared the docks overnight.",
        "The ferry runs again from noon.",
    ]
    articles = extract_articles("\n".join(lines), name="brief.txt")
    assert list(articles["title"]) == ["Ferry service resumes after storm"]
    assert list(articles["published"].astype(str)) == ["2026-12-03"]


def test_wrapped_paragraph_and_a_sentence_in_a_long_word_language() -> None:
    # (made-up Finnish: long words, too few function words for a line to weigh as prose)
    lines = [
        "Satamalehti",
        "",
        "Lauttaliikenne jatkuu myrskyn jälkeen",
        "",
        "Julkaistu: 3.12.2026 10.32",
        "",
        "Satamahenkilökunta raivasi laiturit",
        "yöllä myrskytuhojen jäljiltä.",
        "",
        "Lautta kulkee taas keskipäivästä.",
    ]
    assert [lines[i] for i in body_line_indices(lines)] == lines[6:8] + lines[9:]


def test_teasers_under_several_dated_lines_are_no_brief() -> None:
    lines = [
        "The Harbor Gazette",
        "",
        "Ferry service resumes after storm",
        "December 3, 2026",
        "Crews cleared the docks overnight.",
        "",
        "Council approves the harbour budget",
        "December 2, 2026",
        "The vote was seven to two.",
    ]
    assert body_line_indices(lines) == []


def test_sentences_above_the_dated_line_are_no_brief() -> None:
    lines = [
        "We use cookies on this site.",
        "",
        "Ferry service resumes after storm",
        "December 3, 2026",
        "",
        "Crews cleared the docks overnight.",
        "",
        "The ferry runs again from noon.",
    ]
    assert body_line_indices(lines) == []
