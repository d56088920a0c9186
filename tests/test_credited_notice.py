"""A wire agency's notice under a carrier's copy names no site (review h178 item 2).

Two carriers' text copies of one wire story, each ending with the agency's notice and
printing no masthead, were both filed under the agency: the two sites met in one row.
"""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles
from analysis.clean.credited_notice import credits_notice_holder
from analysis.clean.page_rows import clean_page
from analysis.clean.read import page_from_bytes

STORY = (
    "Flood barrier at Quenby lock finished a month early\n\n"
    "{byline}\n\n"
    "March 3, 2026\n\n"
    "{dateline}Engineers closed the last gate of the new barrier on Monday, four weeks "
    "before the date the river trust had set.\n\n"
    "The barrier protects some two hundred homes along the lower towpath.\n\n"
    "Odile Farrant, the trust's engineer, said the mild winter had helped the work.\n\n"
    "Boats will pass the lock again from Thursday.\n\n"
    "{notice}\n"
)
NOTICE = "© 2026 Meridian Newswire Group. All rights reserved."


def _page(name: str, byline: str, dateline: str, notice: str = NOTICE):
    text = STORY.format(byline=byline, dateline=dateline, notice=notice)
    return page_from_bytes(text.encode("utf-8"), name, name)


@pytest.mark.parametrize(
    ("byline", "dateline"),
    [
        ("By Meridian Newswire Group", ""),  # the byline is the holder
        ("By Tamsin Orley", "QUENBY (MNG) — "),  # the dateline brackets its initials
        ("By Tamsin Orley", "QUENBY (Meridian Newswire Group) — "),  # or its name
    ],
)
def test_a_copy_credited_to_the_notices_holder_names_no_site(byline, dateline):
    cleaned = clean_page(_page("carrier_copy.txt", byline, dateline))
    (row,) = cleaned.articles
    assert row["outlet"] == "unknown site (carrier_copy.txt)"
    assert row["outlet_source"] == "unknown"
    assert row["credited_source"] == "Meridian Newswire Group"
    assert cleaned.row["site_key"] == "unknown:carrier_copy.txt"


def test_two_carriers_copies_no_longer_meet_in_the_agencys_row():
    keys = {
        clean_page(_page(name, "By Meridian Newswire Group", "QUENBY (MNG) — ")).articles[0][
            "outlet_key"
        ]
        for name in ("first-carrier_flood.txt", "second-carrier_flood.txt")
    }
    assert len(keys) == 2


def test_extract_reads_the_page_as_clean_does():
    page = _page("copy.txt", "By Meridian Newswire Group", "")
    (row,) = extract_articles(page.text, name="copy.txt").to_dict("records")
    assert row["outlet"] == "unknown site (copy.txt)"
    assert row["credited_source"] == "Meridian Newswire Group"


def test_a_notice_the_story_does_not_credit_still_names_the_site():
    # a paper's own story: its reporter's byline, no wire dateline, the paper's notice
    cleaned = clean_page(
        _page(
            "own.txt", "By Tamsin Orley", "", "© 2026 Quenby Valley Courier. All rights reserved."
        )
    )
    (row,) = cleaned.articles
    assert row["outlet"] == "Quenby Valley Courier" and row["outlet_source"] == "copyright"


def test_the_agencys_own_page_saved_with_its_menu_keeps_its_notice():
    # the agency's site, its menu and footer around the story: the notice names the site
    page = _page("own_site.txt", "By Tamsin Orley", "QUENBY (MNG) — ")
    text = "Home\nWorld\nBusiness\nMarkets\n\n" + page.text + "\nTerms of Use | Privacy | Contact\n"
    page = page_from_bytes(text.encode("utf-8"), "own_site.txt", "own_site.txt")
    (row,) = clean_page(page).articles
    assert row["outlet"] == "Meridian Newswire Group" and row["outlet_source"] == "copyright"


def test_credits_notice_holder_asks_one_article_filed_by_the_notice():
    text = "Engineers closed the gate.\n"
    blocks = {"article_index": [0], "line_no": [0], "start": [0], "end": [len(text)]}
    row = {"outlet_source": "copyright", "byline": "Meridian Newswire Group", "body": text}
    holder = "Meridian Newswire Group"
    assert credits_notice_holder(holder, 5, [row], blocks, text)
    assert not credits_notice_holder(holder, 5, [row, row], blocks, text)  # a listing
    other = {**row, "outlet_source": "page"}
    assert not credits_notice_holder(holder, 5, [other], blocks, text)
    assert not credits_notice_holder("Quenby Valley Courier", 5, [row], blocks, text)
    chrome = {**blocks, "article_index": [-1]}  # a line of the page's own, not the story's
    assert not credits_notice_holder(holder, 5, [row], chrome, text)


@pytest.mark.parametrize(
    "tail",
    [
        "Quenby Courier — the valley's paper since 1921\n",  # the carrier's tagline
        "Share this story: Facebook  X  Email\n",  # a share bar
    ],
)
def test_a_copy_with_the_carriers_footer_under_the_notice_names_no_site(tail):
    # copied from its headline down: the carrier's lines under the agency's notice (h212)
    page = _page("carrier_footer.txt", "By Meridian Newswire Group", "QUENBY (MNG) — ")
    text = page.text + "\n" + tail
    page = page_from_bytes(text.encode("utf-8"), "carrier_footer.txt", "carrier_footer.txt")
    (row,) = clean_page(page).articles
    assert row["outlet"] == "unknown site (carrier_footer.txt)"
    assert row["credited_source"] == "Meridian Newswire Group"


def test_two_carriers_footed_copies_do_not_meet_in_the_agencys_row():
    keys = set()
    for name, tail in (("first.txt", "Quenby Courier · Contact\n"), ("second.txt", "Share\n")):
        page = _page(name, "By Meridian Newswire Group", "")
        text = page.text + "\n" + tail
        row = clean_page(page_from_bytes(text.encode("utf-8"), name, name)).articles[0]
        keys.add(row["outlet_key"])
    assert keys == {"unknown:first.txt", "unknown:second.txt"}


def test_a_line_between_the_story_and_the_notice_keeps_the_notice():
    # the agency's own page: its share bar above its notice, not under it
    page = _page("own_bar.txt", "By Meridian Newswire Group", "QUENBY (MNG) — ")
    text = page.text.replace(NOTICE, "Share this story: Facebook  X  Email\n\n" + NOTICE)
    page = page_from_bytes(text.encode("utf-8"), "own_bar.txt", "own_bar.txt")
    (row,) = clean_page(page).articles
    assert row["outlet"] == "Meridian Newswire Group" and row["outlet_source"] == "copyright"


def test_credits_notice_holder_reads_lines_under_the_notice_as_the_carriers():
    text = "Engineers closed the gate.\nShare\n"
    blocks = {"article_index": [0, -1], "line_no": [0, 6], "start": [0, 27], "end": [26, 32]}
    row = {"outlet_source": "copyright", "byline": "Meridian Newswire Group", "body": text}
    assert credits_notice_holder("Meridian Newswire Group", 5, [row], blocks, text)
    above = {**blocks, "line_no": [0, 3]}  # the same line above the notice: the site's
    assert not credits_notice_holder("Meridian Newswire Group", 5, [row], above, text)
