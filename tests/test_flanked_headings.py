"""analysis.clean.flanked_headings: headings printed between runs of '*' or '='."""

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.flanked_headings import unflank_headings
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
