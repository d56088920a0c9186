"""Town sites of one local network's platform, each under the network's notice (h151)."""

from __future__ import annotations

import pytest

from analysis.clean.outlet import OutletEvidence, decide_outlet
from analysis.clean.site_name import page_site_name

STORY = [
    "",
    "Speed limit on the high street lowered to 20mph",
    "",
    "By Bartek Rudd",
    "June 26, 2026",
    "",
    "Drivers on the high street will have to keep to 20mph after the council approved it.",
    "",
    "The decision followed twelve collisions involving pedestrians in five years.",
    "",
]


def test_a_town_sites_masthead_over_its_menu_is_read_under_the_networks_notice():
    # "Millbrook Nearby" shares "Nearby" with the notice, its menu's "News" another word:
    # a masthead over a menu, not a menu's first entry (h151: both towns in one row)
    lines = ["Millbrook Nearby", "News", "Events", "Neighbours", "Real Estate", *STORY]
    lines += ["Part of the Nearby News Network", "© 2026 Nearby News Network"]
    site = page_site_name(lines)
    assert (site.name, site.source, site.masthead) == (
        "Nearby News Network",
        "copyright",
        "Millbrook Nearby",
    )


def test_a_groups_list_of_titles_sharing_one_word_is_no_masthead():
    # "Harbour Daily" over "Harbour Sunday": the group's titles share the holder's word
    lines = ["Harbour Daily", "Harbour Sunday", "Harbour Weekly", *STORY]
    lines += ["© 2026 Harbour Media Group"]
    site = page_site_name(lines)
    assert site.masthead is None


@pytest.mark.parametrize(
    ("url", "masthead", "key"),
    [
        # a town's site on the network's platform: its own host
        ("https://millbrook.nearbynews.com/news/x", "Millbrook Nearby", "millbrook.nearbynews.com"),
        # an edition whose masthead names the domain: the domain
        ("https://east.harbourdaily.com/news/x", "Harbour Daily East", "harbourdaily.com"),
    ],
)
def test_a_page_under_a_networks_notice_is_keyed_by_the_host_its_masthead_names(url, masthead, key):
    evidence = OutletEvidence(url=url, copyright_holder="Network Media Group", masthead=masthead)
    assert decide_outlet(evidence, "p.txt").key == key


@pytest.mark.parametrize(
    "cue", ["More from the Valley Media network", "Published by the Valley Media group"]
)
def test_a_cue_naming_a_group_of_sites_names_no_site_of_it(cue):
    # "More from the Valley Media network" under "Ferrow Valley Times": the cue names the
    # group's network, not the page's site; read as the site ("the Valley") it filed the
    # group's three papers in one row (h188)
    lines = ["Ferrow Valley Times", "", "Home  News  Sport  Opinion  Contact", *STORY]
    lines += [cue, "Ferrow Valley Times · Mardle Gazette · Ostley Echo", ""]
    lines += ["Powered by TownPress | Part of the Valley Media network"]
    lines += ["© 2026 Valley Media Ltd. All rights reserved."]
    site = page_site_name(lines)
    assert "Ferrow Valley Times" in (site.name, site.masthead)


def test_the_groups_capitalized_name_names_no_site_of_it():
    # "Part of the Coastline Media Group": "X Media Group" read as the site's X filed the
    # group's papers in one row ("the Coastline"), and so did the cue's "the X Media Group"
    lines = ["Upcott Clarion", "", "Home  News  Sport  Opinion  Contact", *STORY]
    lines += ["More from the Coastline Media Group", "Tollan Evening News · Upcott Clarion", ""]
    lines += ["Powered by NewsPress CMS | Part of the Coastline Media Group"]
    lines += ["© 2026 Coastline Media Group. All rights reserved."]
    site = page_site_name(lines)
    assert "Upcott Clarion" in (site.name, site.masthead)
