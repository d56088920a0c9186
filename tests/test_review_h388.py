"""Review h388 (metadata_h388): the shapes its fixes read, each test failing without its fix."""

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import read_page

_BODY = (
    "The council voted on Thursday to spend twelve million on the harbour wall, after two"
    " winters of flooding in the old town.\n\n"
    "Work is due to start in the spring and to last two years, the harbour master said"
    " at a public meeting on the quay.\n"
)


def _row(tmp_path, text, name="p.txt"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    read = read_page(page)
    facts = PageFacts(html=read.html) if name.endswith(".html") else PageFacts()
    return extract_articles(read.text, name=name, facts=facts).iloc[0]


def test_a_published_label_beats_an_earlier_date_without_one(tmp_path):
    """An obituary's 'Born: March 14, 1931' above 'Published December 3, 2026': the
    labelled day is the page's (the unlabelled first date used to win)."""
    text = (
        "THE EXAMPLE SENTINEL\n\nObituaries\n\n"
        "Ann Example, teacher who taught a town to read, dies at 95\n\n"
        "Ann Example\nBorn: March 14, 1931, Kilbride\nDied: November 28, 2026, Dunmore\n\n"
        "By Colin Example\nPublished December 3, 2026\n\n" + _BODY
    )
    assert _row(tmp_path, text).published == "2026-12-03"
