"""A newswire's press release: the issuer under "NEWS PROVIDED BY" (and its "About X",
"SOURCE X" blocks) is the story's credited source, never its title nor the outlet, which
is the wire's site (review h94 M7). Made-up text only."""

from __future__ import annotations

from analysis import extract_articles
from analysis.clean.header_lines import provider_name_line

PARAGRAPHS = [
    "PORT ELLEN, June 2, 2031 /Harbour Release Wire/ -- The ferry operator ordered three "
    "electric boats on Tuesday after a tender that ran for more than four months.",
    "The boats will serve the island routes from next spring, the company said, and the "
    "old diesel ferries will be sold to an operator in the south.",
    "The regional authority still has to sign off on the new berths, and a decision is "
    "expected in February, officials said after the announcement.",
]


def _release(source_line: bool = True) -> str:
    closing = ["SOURCE Quirrel Marine Holdings Ltd"] if source_line else []
    return "\n\n".join(
        [
            "Harbour Release Wire\nNews  Releases  For journalists  Log in",
            "Ferry operator orders three electric boats",
            "NEWS PROVIDED BY\nQuirrel Marine Holdings Ltd\n02 Jun, 2031, 09:00",
            *PARAGRAPHS,
            "About Quirrel Marine Holdings Ltd\nQuirrel Marine Holdings Ltd runs ferries.",
            "Media contact:\nAnn Brisk\nann@quirrel-marine.example",
            *closing,
        ]
    )


def test_the_name_under_a_provider_label_is_found():
    lines = ["Headline", "", "News provided by:", "", "Quirrel Marine", "Body"]
    assert provider_name_line(lines, 0, len(lines)) == 4
    assert provider_name_line(["Provided by the council, the figures show a rise."], 0, 1) is None


def test_a_press_releases_issuer_is_its_credit_not_its_title_or_outlet():
    for source_line in (True, False):
        (article,) = extract_articles(_release(source_line), name="p.txt").itertuples()
        assert article.title == "Ferry operator orders three electric boats"
        assert article.outlet == "Harbour Release Wire"
        assert article.credited_source == "Quirrel Marine Holdings Ltd"
        assert article.body.startswith("PORT ELLEN")
