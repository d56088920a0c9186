"""One story with "Also Read" promos between its paragraphs is one article, not a listing
of three cards (review h176 item 7: an Indian paper's inline promos with IST stamps)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles

_TITLE = "Market hall to get a new roof before the monsoon"
_OPENING = (
    "KOCHI: The city council approved 30 crore for the old market hall on Tuesday. The "
    "roof will be replaced and the stalls moved for a year."
)
_MORE = [
    "About 450 traders will move to the ground next to the bus stand while the work goes "
    "on. The contractor has eighteen months to finish.",
    "The mayor said the new hall would have parking and a waste plant, and that rents "
    "would stay as they are.",
]


def _promo(title: str, day: str, teaser: str, label: str) -> list[str]:
    return [label, title, f"Updated: Dec {day}, 2026 06:10 PM IST", teaser]


@pytest.mark.parametrize("label", ["Also Read", "Read also"])
def test_promos_between_a_storys_paragraphs_leave_one_article(label):
    lines = ["Coastal Ledger", "Home | Kerala | India", "", _TITLE, "Anil Mathew"]
    lines += ["Published: Dec 03, 2026 08:40 AM IST", "", _OPENING, ""]
    teaser = "THRISSUR: The district office gave the festival committee its fireworks permit."
    lines += _promo("Temple festival gets its fireworks permit", "02", teaser, label)
    lines += ["", _MORE[0], "", _MORE[1], ""]
    teaser = "GURUVAYUR: A parking ground for 500 cars opened near the temple on Monday."
    lines += _promo("New parking opens near the temple", "01", teaser, label)
    articles = extract_articles("\n".join(lines), name="story.txt")
    assert list(articles["title"]) == [_TITLE]
    assert list(articles["published"]) == ["2026-12-03"]
    body = articles["body"].iloc[0]
    assert body.startswith(_OPENING) and body.endswith(_MORE[1])
