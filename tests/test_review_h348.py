"""Review h348's findings: a network's name in a member site's markup, a moved site's notice
naming its two domains."""

from __future__ import annotations

from dataclasses import replace

from analysis.clean.former_name import file_renames, former_domain
from analysis.clean.masthead_context import is_cookie_notice
from analysis.clean.outlet import OutletEvidence, decide_outlet
from analysis.clean.site_name import page_site_name


def test_a_network_site_at_an_id_naming_itself_in_its_text_keeps_its_domain() -> None:
    # og:site_name names the network; the masthead and the <title> name the site
    evidence = OutletEvidence(
        url="https://www.cranmoretoday.co.uk/news/40610",
        url_from_html=True,
        html_site_name="Tollgate Local Network",
        html_title_parts=("Council approves new footbridge", "Cranmore Today"),
        page_site_name="Cranmore Today",
    )
    assert decide_outlet(evidence, "a.html").key == "cranmoretoday.co.uk"
    titled = replace(evidence, page_site_name=None)
    assert decide_outlet(titled, "b.html").key == "cranmoretoday.co.uk"
    # an archive's entry printing another site's name is still that site's
    archived = OutletEvidence(
        url="https://perma.example/ZKR5-HXT7",
        html_site_name="Tollgate Local Network",
        page_site_name="Cranmore Today",
    )
    assert decide_outlet(archived, "c.html").key == "name:tollgatelocalnetwork"


def test_a_moved_sites_notice_keys_its_pages_at_both_domains_as_one() -> None:
    footer = "© 2026 Harlow Bay · harlowbay.com (formerly hbnews.net) · All rights reserved."
    lines = ["Harlow Bay", "", "Headline", "", footer]
    assert former_domain(lines, "hbnews.net") == "harlowbay.com (formerly hbnews.net)"
    assert former_domain(lines, "harlowbay.com") == "harlowbay.com (formerly hbnews.net)"
    assert former_domain(lines, "example.com") is None  # not the page's own address
    # a long line is the story's prose, never read
    prose = "The firm said " + footer + " and much more was said about it at length here."
    assert former_domain(["Headline", prose], "hbnews.net") is None
    moved = "harlowbay.com (formerly hbnews.net)"
    evidence = OutletEvidence(url="https://hbnews.net/local/4", former_domain=moved)
    assert decide_outlet(evidence, "a.txt").key == moved
    pairs = {(moved, "Harlow Bay"): 2, ("harlowbay.com", "Harlow Bay"): 1, ("hbnews.net", "x"): 1}
    assert file_renames(pairs) == {moved: "hbnews.net", "harlowbay.com": "hbnews.net"}


def test_a_cookie_notice_over_the_masthead_leaves_the_masthead_read() -> None:
    # review h348 held out: a browser copy opening with the cookie box, its masthead under
    # it and its group's notice in the footer: the page's masthead is the paper's
    lines = [
        "We use cookies to improve your experience on our site. Accept all   Manage",
        "",
        "Fordley Bugle",
        "Home   News   Sport   Business   Opinion",
        "",
        "Ferry operator confirms winter timetable cuts",
        "",
        "By Rhys Oakley",
        "",
        "The island ferry will run four sailings a day instead of six from January.",
        "",
        "Part of the Brightwater Local Network · Fordley Bugle · © 2026 Brightwater Local Media",
    ]
    assert is_cookie_notice(lines[0])
    assert page_site_name(lines).masthead == "Fordley Bugle"
