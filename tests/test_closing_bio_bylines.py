"""Bylines: the authors' biographies closing the body under "About the authors"."""

from __future__ import annotations

from analysis import extract_articles
from analysis.clean.closing_notes import closing_bio_names, is_opinion_label
from analysis.clean.header_lines import interviewer_credit

_STORY = [
    "Field Notes",
    "",
    "Why village shops are closing, and what could keep them open",
    "",
    "March 4, 2026",
    "",
    "When the shop in Harlow Green closed in January, the nearest loaf of bread was six "
    "miles away. Older residents without a car now rely on a weekly minibus.",
    "",
    "Harlow Green is not unusual: one village in four in the county has lost its shop in "
    "the past decade, and community-run shops have replaced only a few of them.",
    "",
    "Those that survive share a few things: a volunteer rota, a post office counter and a "
    "cafe corner that brings people in.",
    "",
]


def _rows(closing: list[str]):
    return extract_articles("\n".join([*_STORY, *closing]), "shops.txt")


def test_the_biographies_under_about_the_authors_name_the_byline():
    closing = [
        "About the authors",
        "",
        "Helen Okafor is a research fellow at the Rural Policy Unit.",
        "",
        "Marek Zielinski is a former parish councillor and a shop volunteer.",
    ]
    rows = _rows(closing)
    assert rows["byline"].tolist() == ["Helen Okafor; Marek Zielinski"]
    body = rows["body"][0]
    assert "About the authors" not in body and "research fellow" not in body
    assert body.endswith("brings people in.")


def test_no_label_no_byline_from_closing_lines():
    # a story's last paragraphs may open with a person's name too
    rows = _rows(["Helen Okafor is a research fellow at the Rural Policy Unit."])
    assert rows["byline"].tolist() == [None]


def test_closing_bio_names_needs_every_line_under_the_label_to_be_a_biography():
    lines = ["Story.", "About the author", "Helen Okafor is a fellow.", "Thanks for reading!"]
    assert closing_bio_names(lines, [0, 1, 2, 3]) == []
    assert closing_bio_names(lines[:3], [0, 1, 2]) == [(2, 0, len("Helen Okafor"))]


def test_a_reporters_biography_closing_the_story_without_a_label_names_the_byline():
    # the page printed no byline; its last line said who wrote it (review h246)
    closing = [
        "Helen Okafor is a reporter covering rural affairs for Field Notes. She can be "
        "reached at h.okafor@example.org."
    ]
    assert _rows(closing)["byline"].tolist() == ["Helen Okafor"]
    closing = ["Marek Zielinski covers local government for Field Notes."]
    assert _rows(closing)["byline"].tolist() == ["Marek Zielinski"]
    # a subject's description, no beat: no byline (as test_no_label_no_byline_... above)
    closing = ["Helen Okafor is a shop volunteer with the parish council."]
    assert _rows(closing)["byline"].tolist() == [None]


def test_a_guest_academics_biography_closing_an_opinion_piece_names_the_byline():
    # the op-ed printed no byline; its last line, the writer's post, said who wrote it
    # (review h263, made-up names)
    closing = ["Helen Okafor is a professor of rural economics at the University of Eastvale."]
    assert _rows(closing)["byline"].tolist() == ["Helen Okafor"]
    closing = ["Marek Zielinski is an associate professor of planning and a parish councillor."]
    assert _rows(closing)["byline"].tolist() == ["Marek Zielinski"]
    closing = ["Helen Okafor is a senior lecturer in geography at Eastvale College."]
    assert _rows(closing)["byline"].tolist() == ["Helen Okafor"]


def test_any_posts_biography_closing_an_opinion_piece_names_the_byline():
    # an opinion piece's guest writer named only in the last line, whatever her post
    # ("is a retired librarian and chairs ..." in review h263's held-out page)
    closing = ["Helen Okafor is a retired nurse and chairs the Harlow Green shop committee."]
    assert _rows(closing)["byline"].tolist() == [None]  # a news story's: none, as before
    story = list(_STORY)
    story[2:2] = ["Opinion | Guest column", ""]  # the section's label over the headline
    rows = extract_articles("\n".join([*story, *closing]), "shops.txt")
    assert rows["byline"].tolist() == ["Helen Okafor"]
    assert not rows["body"][0].endswith("committee.")
    # a line that says no post ("is worried"), under the label: none
    rows = extract_articles("\n".join([*story, "Helen Okafor is worried."]), "shops.txt")
    assert rows["byline"].tolist() == [None]


def test_an_opinion_sections_label():
    assert is_opinion_label("OPINION") and is_opinion_label("Opinion | Guest column")
    assert is_opinion_label("Op-Ed") and is_opinion_label("News / Comment")
    assert not is_opinion_label("Politics") and not is_opinion_label("Opinion poll")


_INTERVIEW = [
    "Dorfblatt Nord",
    "",
    "„Der Laden ist das Herz des Dorfes“",
    "",
    "3. März 2026",
    "",
    "Seit Januar führt ein Verein den letzten Dorfladen in Wiesental. Ein Gespräch mit der "
    "Vorsitzenden Irmgard Holm über Ehrenamt, Brot und lange Wege.",
    "",
    "Frau Holm, warum hat der Verein den Laden übernommen?",
    "",
    "Weil sonst niemand da gewesen wäre. Der nächste Bäcker ist zehn Kilometer entfernt, "
    "und viele Ältere haben kein Auto mehr.",
    "",
    "Wie viele Leute helfen mit?",
    "",
    "Zweiunddreißig, jede Woche nach einem festen Plan, dazu ein kleines Café am Fenster.",
    "",
]


def test_an_interviews_closing_credit_names_its_interviewer_as_the_byline():
    # h419: "Das Gespräch führte NAME." under the last answer (review h388's held-out
    # interview); the interviewee named in the standfirst is no author
    closing = ["Das Gespräch führte Jonas Feldmann."]
    rows = extract_articles("\n".join([*_INTERVIEW, *closing]), "laden.txt")
    assert rows["byline"].tolist() == ["Jonas Feldmann"]
    rows = extract_articles("\n".join([*_INTERVIEW, "Das Gespräch führte zu nichts."]), "l.txt")
    assert rows["byline"].tolist() == [None]


def test_interviewer_credits_of_other_languages_are_bylines():
    for line, name in (
        ("Propos recueillis par Marie Dubois", "Marie Dubois"),
        ("Rozmawiała: Anna Nowak", "Anna Nowak"),
        ("Беседовал Иван Петров", "Иван Петров"),
        ("Die Fragen stellte Jonas Feldmann", "Jonas Feldmann"),
        # the next credit's label after French typography's spaced colon
        ("Propos recueillis par Anne Vidal. Photo : Lucie Brun", "Anne Vidal"),
    ):
        span = interviewer_credit(line)
        assert span is not None and line[slice(*span)] == name
    assert interviewer_credit("Von Jonas Feldmann") is None  # a byline, not this credit
