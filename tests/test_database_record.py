"""A research database's document view is the paper's article (review outlets_h322)."""

from analysis.clean.articles import page_outlet
from analysis.clean.database_record import record_publication

STORY = [
    "Cider mill wins planning appeal",
    "",
    "Hale, Tamsin. The Exford Gazette; Exford [Exford]. 04 Dec 2026: 7.",
    "",
    "Full text",
    "",
    "Residents of Exford will see changes to the cider mill from next month.",
    "",
    "A public meeting will be held in the community hall next Thursday evening.",
    "",
]
PROQUEST = [
    *STORY,
    "Details",
    "",
    "Publication title\tThe Exford Gazette; Exford",
    "Publication year\t2026",
    "Publisher\tExford Media Ltd",
    "Source type\tNewspaper",
    "ProQuest document ID\t3128840517",
    "Database\tUK Newsstream",
    "",
    "Copyright © 2026 ProQuest LLC. All rights reserved.",
]
GALE = [
    "Gale OneFile: News",
    "",
    "Water rates to rise 6% in January",
    "",
    "Date: Dec. 2, 2026",
    "From: Harwick Sentinel",
    "Publisher: Harwick Media Group",
    "Document Type: Article",
    "Length: 498 words",
    "",
    "Full Text: ",
    "",
    *STORY[6:],
    "Gale Document Number: GALE|A812345678",
]


def test_proquest_record_names_the_paper_not_the_database():
    assert record_publication(PROQUEST) == "The Exford Gazette"
    outlet = page_outlet("\n".join(PROQUEST), "p.txt")
    assert (outlet.name, outlet.key) == ("The Exford Gazette", "name:exfordgazette")


def test_gale_record_from_field():
    assert record_publication(GALE) == "Harwick Sentinel"


def test_an_email_head_is_no_record():
    mail = ["From: Ann Lee <ann@example.org>", "Date: 2 Dec 2026", "Subject: Minutes", "To: Board"]
    assert record_publication([*mail, "", *STORY]) is None


def test_a_story_quoting_a_source_line_is_no_record():
    assert record_publication(["Source: council figures", "Date: 2 December", *STORY]) is None


def test_only_lines_with_a_colon_or_tab_are_matched_as_fields(monkeypatch):
    """Speed (issue #15): a record's field is labelled with a colon or a tab, so the
    page's other lines (nearly all of them) are not matched against the field pattern."""
    import analysis.clean.database_record as database_record

    matched: list[str] = []
    field = database_record._FIELD

    class Counting:
        def match(self, line: str):
            matched.append(line)
            return field.match(line)

    monkeypatch.setattr(database_record, "_FIELD", Counting())
    lines = [
        "The council met on Tuesday and agreed the plan",
        "Source:\tExample Ledger (IA). 12/01/2026.",
        "Document Type:\tArticle",
        "Word Count\t512",
        "Accession Number: 2W6412345",
    ]
    assert record_publication(lines) == "Example Ledger"
    assert matched == lines[1:]
