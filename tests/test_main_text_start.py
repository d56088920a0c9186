"""analysis.clean.main_text_start: a fact-check's box of fields above an HTML page's main
text is the story's."""

from __future__ import annotations

from analysis.clean.main_text_start import opened_main_text
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

_PARAGRAPHS = [
    "A message shared in a neighbourhood group says the library paid £40,000 for a "
    "robot that shelves books. It has been forwarded more than 600 times.",
    "The library's accounts, which Truthline has read, list no such robot. The only "
    "machine bought this year is a returns scanner that cost £2,150.",
]


def _html(box: str) -> bytes:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in _PARAGRAPHS)
    return (
        "<html><head><title>Did the library buy a robot? | Truthline</title></head><body>"
        "<nav><a href='/'>Truthline</a> <a href='/checks'>Checks</a></nav><main><article>"
        "<h1>Did the library buy a robot for £40,000?</h1>"
        "<p class='meta'>By Oona Pettersen · 3 December 2026</p>"
        f"{box}{paragraphs}<p class='share'><a href='#'>Share</a></p></article></main>"
        "<footer>Truthline checks claims for its readers.</footer></body></html>"
    ).encode()


def _body(box: str) -> str:
    page = page_from_bytes(_html(box), "robot.html", "robot.html")
    return clean_page(page).articles[0]["body"]


def test_a_fact_check_s_claim_and_rating_above_the_main_text_open_the_body():
    # review h145: trafilatura starts at the first paragraph under the rating box
    box = (
        "<div class='claim-rating'><p><b>Claim:</b> Oakridge library spent £40,000 on a "
        "robot that puts books back on the shelves.</p><p><b>Verdict:</b> False</p></div>"
    )
    body = _body(box)
    assert body.startswith("Claim: Oakridge library spent £40,000")
    assert "Verdict: False" in body
    assert _PARAGRAPHS[1] in body


def test_a_dated_field_under_a_summary_is_the_header_s_not_a_box():
    box = (
        "<div class='deck'><p><b>Summary:</b> The library says it never bought a robot, "
        "and its accounts list only a returns scanner.</p>"
        "<p><b>Updated:</b> 4 December 2026</p></div>"
    )
    lines = ["Summary: The library says it never bought a robot, and its accounts agree.", ""]
    lines += ["Updated: 4 December 2026", "", _PARAGRAPHS[0]]
    assert opened_main_text(lines, [4], [0, 4]) == [4]
    assert not _body(box).startswith("Updated")


def test_no_field_above_the_main_text_leaves_it_as_it_is():
    lines = ["By Oona Pettersen", "", _PARAGRAPHS[0], "", _PARAGRAPHS[1]]
    assert opened_main_text(lines, [2, 4], [2, 4]) == [2, 4]
    assert opened_main_text(lines, [], [2, 4]) == []


def test_a_claim_quoted_under_its_boxs_heading_with_the_rating_under_it_opens_the_body():
    # review h315: an <aside> claim box prints its heading ("The claim"), the claim
    # quoted whole with no full stop and no label, then "Rating: Misleading"; the walk up
    # from the main text stopped at the unlabelled claim and the box was lost
    box = (
        "<aside class='claim-box'><h3>The claim</h3><p>“Oakridge library spent £40,000 on "
        "a robot that shelves books”</p><p>Rating: Misleading</p></aside>"
    )
    body = _body(box)
    assert body.startswith("The claim")
    assert "Oakridge library spent £40,000 on a robot" in body
    assert "Rating: Misleading" in body
    assert _PARAGRAPHS[1] in body


def test_a_quoted_line_under_a_heading_with_no_field_under_it_is_no_box():
    lines = ["Read more", "", "“A quoted line of the page's chrome, no claim”", ""]
    lines += [_PARAGRAPHS[0], "", _PARAGRAPHS[1]]
    assert opened_main_text(lines, [4, 6], [4, 6]) == [4, 6]
