"""analysis.clean.python_repr: a Python session's printing of a list of stories (its
prompts, pprint's split string literals, datetime and struct_time calls) read as the
listing it holds (made-up pages, review h328; listings_h320's leftover)."""

from __future__ import annotations

from pprint import pformat

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.python_repr import python_value
from analysis.clean.read import page_from_bytes

_BRIDGE = (
    "The city says the footbridge over the river will be finished before the spring, "
    "two years after the old one was closed by the flood."
)
_HARVEST = "Growers in the valley have picked more apples this autumn than in any year."


def _printed(values: list[dict]) -> str:
    # pprint splits long strings into adjacent literals over lines; the date objects are
    # printed as their reprs (the test writes them in by hand: no object is built here)
    text = pformat(values, width=60)
    return text.replace("'@D0'", "datetime.datetime(2026, 3, 3, 8, 40)").replace(
        "'@D1'",
        "time.struct_time(tm_year=2026, tm_mon=3, tm_mday=2, tm_hour=7, tm_min=0, "
        "tm_sec=0, tm_wday=0, tm_yday=61, tm_isdst=0)",
    )


def _values() -> list[dict]:
    return [
        {
            "authors": ["Jane Roe"],
            "publish_date": "@D0",
            "source_name": "The Ledger",
            "text": _BRIDGE,
            "title": "Footbridge to open in spring after two years of works",
            "url": "https://ledger.example/news/footbridge",
        },
        {
            "authors": [],
            "publish_date": "@D1",
            "source_name": "The Ledger",
            "text": _HARVEST,
            "title": "A record apple harvest",
            "url": "https://ledger.example/news/apples",
        },
    ]


def test_an_ipython_sessions_pprint_of_story_dicts_is_the_listing_it_holds():
    session = (
        "In [11]: stories = [fetch(u) for u in links]\n\nIn [12]: len(stories)\nOut[12]: 2\n\n"
        f"In [13]: pprint(stories)\n{_printed(_values())}\n\nIn [14]: \n"
    )
    assert "' '" in session or "'\n" in session  # the long strings are split over lines
    page = page_from_bytes(session.encode(), "session.txt", "raw/session.txt")
    assert page.html is not None, "read as a text, not as the listing it holds"
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(articles["title"]) == [
        "Footbridge to open in spring after two years of works",
        "A record apple harvest",
    ]
    assert list(articles["body"]) == [_BRIDGE, _HARVEST]
    assert list(articles["published"]) == ["2026-03-03", "2026-03-02"]
    assert list(articles["outlet"]) == ["The Ledger", "The Ledger"]
    assert articles["byline"].iloc[0] == "Jane Roe"


def test_the_plain_interpreters_prompt_and_an_out_prompt_on_its_own_line():
    text = f">>> from pprint import pprint\n>>> d.entries\n{_printed(_values())}\n>>> \n"
    value = python_value(text)
    assert [v["publish_date"] for v in value] == ["2026-03-03T08:40:00", "2026-03-02T07:00:00"]
    text = f"In [4]: d.entries[:2]\nOut[4]: \n{_printed(_values())}\n"
    assert python_value(text)[1]["title"] == "A record apple harvest"


def test_a_printing_holding_any_other_call_is_no_value_and_nothing_is_run():
    # literal_eval reads literals only: a call it does not know leaves the block unread
    assert python_value("[{'title': 'x', 'text': __import__('os').getcwd()}]") is None
    assert python_value("In [1]: 1 + 1\nOut[1]: 2\n") is None
    assert python_value("[See the story](https://ledger.example/a)") is None


def test_two_signed_stories_are_two_articles_not_a_scrapers_header_over_one():
    # h328 held out (python_pprint_dicts_sc): the first card's headline, source line and
    # dated byline line read as a scraper's header over the page (blanked): one article
    # (the first headline opens with a place and a colon, as a header's field does)
    values = _values()
    values[0]["title"] = "Riverside: footbridge to open in spring after two years"
    values[1]["authors"] = ["John Doe"]
    text = f">>> pprint(stories)\n{_printed(values)}\n"
    page = page_from_bytes(text.encode(), "two.txt", "raw/two.txt")
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    assert list(articles["title"]) == [
        "Riverside: footbridge to open in spring after two years",
        "A record apple harvest",
    ]
    assert list(articles["byline"]) == ["Jane Roe", "John Doe"]
