"""analysis.clean.flanked_headings: headings printed between runs of '*' or '='."""

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.flanked_headings import unflank_headings, unrule_headings
from analysis.clean.read import page_from_bytes, plain_dump_text

PAGE = (
    "  * Home\n  * Local\n"
    "****** Ferry returns to Tollerby after repairs ******\n\n"
    "The ferry sailed again on Monday after six weeks in dry dock, its owners said.\n\n"
    "===== What changes =====\n\n"
    "Sailings will leave the pier every two hours until the end of March.\n"
)


def test_debian_html2text_headings_lose_their_runs():
    # review h273: the headline was read with its six asterisks on either side
    plain = plain_dump_text(PAGE)
    assert "Ferry returns to Tollerby after repairs\n" in plain
    assert "\nWhat changes\n" in plain and "=====" not in plain
    assert unflank_headings("== History ==\n") == "History\n"  # MediaWiki's


def test_the_headline_is_read_without_the_marks():
    page = page_from_bytes(PAGE.encode(), "ferry.txt", "ferry.txt")
    articles = extract_articles(page.text, name=page.name, facts=PageFacts(html=page.html))
    assert articles["title"].tolist() == ["Ferry returns to Tollerby after repairs"]


def test_uneven_or_mixed_runs_stay():
    for line in ("** 4 stars ***", "*** Sale ===", "***** *****", "==  =="):
        assert unflank_headings(line + "\n") == line + "\n"
    assert unflank_headings("A **bold** word and a == sign\n") == (
        "A **bold** word and a == sign\n"
    )


def test_rule_lines_over_and_under_a_heading_are_made_blank():
    # Go html2text prints <h2> between two equal lines of '-' (review h331): the rules
    # weighed as chrome round the heading and cut the timeline under it off the story
    text = "Intro.\n\n----------\nHow we got here\n----------\n\n1998 — the pier opened\n"
    assert unrule_headings(text) == "Intro.\n\n\nHow we got here\n\n\n1998 — the pier opened\n"
    assert "---" not in plain_dump_text(text)
    # rules that differ, or that frame two lines, or a rule packed against text, stay
    for kept in (
        "Intro.\n\n-----\nHeading\n=====\n\nText.\n",
        "Intro.\n\n-----\nOne\nTwo\n-----\n\nText.\n",
        "Intro.\n-----\nHeading\n-----\nText.\n",
    ):
        assert unrule_headings(kept) == kept
