"""A reader view's logo label and a save tool's dated line above the masthead are no
names: the masthead under them is the page's site (review h162; issue #10). Made-up
sites and stories."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.capture_marks import without_capture_marks

STORY = [
    "",
    "Skip to content",
    "",
    "Ferry timetable cut for the winter months",
    "",
    "By Rowan Ashdown",
    "Published 4 March 2026, 08:10 GMT",
    "",
    "The ferry between Carrick Point and the island will run four times a day instead of "
    "seven from next week, the operator said on Tuesday.",
    "",
    "Islanders said the change would make it harder to reach the mainland hospital for "
    "morning appointments, and asked the council to step in.",
    "",
    "The operator said fewer than ten passengers used the early sailings in January.",
    "",
]


@pytest.mark.parametrize(
    "top",
    [
        ["Logo: The Carrick Sentinel"],
        ["Saved from the web on 6 March 2026, 11:02 UTC", "", "Carrick Sentinel"],
        # a print view's label over the masthead (review h177)
        ["Print version", "", "The Carrick Sentinel"],
        ["Printer-friendly version", "", "Carrick Sentinel"],
        ["Версія для друку", "", "Carrick Sentinel"],
    ],
)
def test_the_masthead_under_a_capture_mark_names_the_site(top):
    articles = extract_articles("\n".join([*top, *STORY]), "made_up.txt")
    assert articles.outlet[0] in ("The Carrick Sentinel", "Carrick Sentinel")


def test_only_the_marks_are_blanked():
    lines = ["Logo: The Carrick Sentinel", "Saved by the bell on a Tuesday", "Logo: X"]
    assert without_capture_marks(lines) == [" " * 6 + "The Carrick Sentinel", *lines[1:]]
    story = ["Ferry timetable cut", "Saved from the web on 6 March 2026"]
    assert without_capture_marks(story)[1].strip() == ""
    assert without_capture_marks(["A", "B", "Logo: late"]) == ["A", "B", "Logo: late"]


def test_a_print_views_label_is_blanked_only_as_a_whole_line():
    assert without_capture_marks(["Druckversion", "Hafenblatt"])[0].strip() == ""
    lines = ["Print version of the budget is out", "Hafenblatt"]
    assert without_capture_marks(lines) == lines


def test_a_file_banner_of_head_names_no_site():
    """review h245 (hugo_head_front_matter_lij): `head` run on a blog's post files printed
    '==> content/posts/2026-11-29-ferry.md <==' over each; the file's name, read as a
    domain of Moldova's suffix, was every card's outlet."""
    lines = ["$ head -n 9 content/posts/*.md"]
    for day, slug, title, author in (
        ("2026-11-29", "ferry", "Ferry pier gets a new roof", "Grace Oduya"),
        ("2026-12-01", "teachers", "Teachers ask for a pay review", "Tomas Berg"),
        ("2026-12-03", "spelling", "Pupils win the county spelling bee", "Ana Lind"),
    ):
        lines += [
            f"==> content/posts/{day}-{slug}.md <==",
            "+++",
            f'title = "{title}"',
            f"date = {day}T09:10:00+01:00",
            f'author = "{author}"',
            "+++",
            "",
            f"The {title.lower()} story told in one sentence of its opening paragraph here.",
            "",
        ]
    assert without_capture_marks(lines)[1].strip() == ""
    assert without_capture_marks(lines)[2] == "+++"
    articles = extract_articles("\n".join(lines), name="head.txt")
    assert len(articles) == 3
    assert not any(outlet.endswith(".md") for outlet in articles["outlet"])


def test_a_read_later_copys_save_line_under_headline_site_and_host_is_found():
    from analysis.clean.capture_marks import capture_line_index

    # an Instapaper-like text copy: headline, site, host, then the save line
    lines = [
        "Harbour ferry fares rise for the winter",
        "The Fenwick Gazette",
        "fenwickgazette.example",
        "Saved 6 December 2026",
        "",
        "Fares on the harbour ferry rise by a fifth from Monday, the operator said.",
    ]
    assert capture_line_index(lines) == 3
    # a line further down dated the same way is the story's, not a save tool's
    assert capture_line_index(["Headline", "Site", "site.example", "Intro", *lines[3:]]) is None


@pytest.mark.parametrize(
    "line",
    [
        "Added to Pocket: 6 Dec 2026",  # a Pocket-like copy's line of the adding
        "Gespeichert mit GoodLinks am 6. Dezember 2026",  # the app named before "am"
        "Enregistré avec Pocket le 6 décembre 2026",
        "Opgeslagen met de app op 6 december 2026",
    ],
)
def test_a_read_later_apps_line_naming_the_app_dates_the_saving(line):
    from analysis.clean.capture_marks import capture_line_index

    lines = ["Ferry fares rise for the winter", "The Fenwick Gazette", line, "", "Fares rise."]
    assert capture_line_index(lines) == 2
    # the words alone, no date after them: no save line
    assert capture_line_index([*lines[:2], line.rsplit(" ", 3)[0], *lines[3:]]) is None
