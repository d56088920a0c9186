"""analysis.clean.mediawiki_text: a MediaWiki source saved as text (review h289)."""

from __future__ import annotations

from analysis.clean.articles import extract_articles
from analysis.clean.mediawiki_text import is_mediawiki, plain_mediawiki
from analysis.clean.read import page_from_bytes

_STORY = [
    "The harbour board voted on Monday to keep the night ferry running through the winter,"
    " after a petition signed by more than two thousand islanders.",
    "The board's chair said the service would cost about half a million a year to run and"
    " that the county had agreed to share the bill until the spring.",
    "Islanders who work early shifts on the mainland said the late crossing was the only"
    " way home for them on most days of the week.",
]


def _source() -> str:
    lines = ["[[/|The Quay Weekly]]", "", "* [[/news/|News]]", "* [[/sport/|Sport]]", ""]
    lines += ["= Night ferry saved for the winter =", "", _STORY[0], ""]
    lines += ["[[File:/img/ferry.jpg|thumb|none|The night ferry at the quay.]]", ""]
    lines += [_STORY[1].replace("the county", "[[/tag/county/|the county]]"), ""]
    lines += ["== The votes ==", "", '{| class="wikitable"', "|-", "! Member", "! Vote"]
    lines += ["|-", "| Ann Tolley", "| For", "|-", "| Rob Penhale", "| Against", "|}", ""]
    lines += ["<blockquote>'''We will keep it running.'''</blockquote>", ""]
    lines += ["# Apply online", "# Wait for the letter", ""]
    lines += [_STORY[2].replace("late crossing", "[https://quay.example/x late crossing]")]
    return "\n".join(lines) + "\n"


def test_mediawikis_marks_are_taken_off():
    plain = plain_mediawiki(_source())
    assert "\nNight ferry saved for the winter\n" in plain and "\nThe votes\n" in plain
    assert _STORY[1] in plain and _STORY[2] in plain  # links read as their text
    assert "\nThe night ferry at the quay.\n" in plain  # a picture as its caption
    assert "\nMember  Vote\nAnn Tolley  For\nRob Penhale  Against\n" in plain
    assert "\nWe will keep it running.\n" in plain
    assert "\n1. Apply online\n2. Wait for the letter\n" in plain
    assert "[[" not in plain and "'''" not in plain and "{|" not in plain


def test_a_text_without_a_heading_between_equal_runs_is_left_as_it_is():
    text = "Scores [[sic]] and '''this''' stay\n== not closed\n"
    assert not is_mediawiki(text)
    assert plain_mediawiki(text) == text


def test_a_mediawiki_pages_title_and_body_carry_no_marks():
    lines = ["[[/|The Quay Weekly]]", "", "* [[/news/|News]]", "* [[/sport/|Sport]]", ""]
    lines += ["= Night ferry saved for the winter =", "", _STORY[0], ""]
    lines += [_STORY[1].replace("the county", "[[/tag/county/|the county]]"), ""]
    lines += ["== What islanders say ==", "", _STORY[2].replace("late", "'''late'''"), ""]
    lines += ["* [[/about/|About us]]", "* [[/contact/|Contact]]"]
    page = page_from_bytes("\n".join(lines).encode(), "ferry.wiki", "ferry.wiki")
    article = extract_articles(page.text, name=page.name).iloc[0]
    assert article["title"] == "Night ferry saved for the winter"
    assert all(paragraph in article["body"] for paragraph in _STORY)
    assert "[[" not in article["body"]
