"""analysis.clean.parent_group: a paper named as a part of its group in more languages."""

from __future__ import annotations

import pytest

from analysis.clean.parent_group import member_site


@pytest.mark.parametrize(
    ("line", "group", "site"),
    [
        # "is part of" in Norwegian, Danish, Swedish, German, Romanian, Polish, Czech (h382)
        ("Fjordposten er en del av Kystmedier AS.", "Kystmedier", "Fjordposten"),
        ("Vestegnens Avis er en del af Sydmedier.", "Sydmedier", "Vestegnens Avis"),
        ("Bergslagsbladet är en del av Mellanmedia.", "Mellanmedia", "Bergslagsbladet"),
        ("Der Talbote ist Teil der Rheinmedien GmbH.", "Rheinmedien", "Der Talbote"),
        ("Gazeta de Olt face parte din Grupul Media Sud.", "Grupul Media Sud", "Gazeta de Olt"),
        (
            "Kurier Nadwarciański jest częścią Grupy Wielkopolskiej.",
            "Grupy Wielkopolskiej",
            "Kurier Nadwarciański",
        ),
        ("Jihočeský deník je součástí Vltava Media.", "Vltava Media", "Jihočeský deník"),
    ],
)
def test_a_paper_named_as_part_of_the_group_holding_the_notice(line, group, site):
    lines = ["Startside", line, f"© 2026 {group}"]
    found = member_site(lines, group)
    assert found is not None
    line_no, start, end = found
    assert lines[line_no][start:end] == site


@pytest.mark.parametrize(
    ("line", "site"),
    [
        # a markets data site's or a trade title's footer (h439): "a service / division /
        # unit of GROUP", "a GROUP company"
        (
            "Tickerdesk is a service of Harlow Street Media Ltd., publisher of The Harlow.",
            "Tickerdesk",
        ),
        ("Freight Weekly is a division of Harlow Street Media Ltd.", "Freight Weekly"),
        ("Pharma Ledger is a unit of Harlow Street Media Ltd.", "Pharma Ledger"),
        ("The Dock Report is a Harlow Street Media company.", "The Dock Report"),
    ],
)
def test_a_site_named_as_a_service_or_company_of_the_group(line, site):
    lines = [site, line, "© 2026 Harlow Street Media Ltd."]
    found = member_site(lines, "Harlow Street Media")
    assert found is not None
    line_no, start, end = found
    assert lines[line_no][start:end] == site


@pytest.mark.parametrize(
    ("line", "site"),
    [
        # the site's kind between the verb and "published by" (h439: a science magazine's
        # footer over its institute's notice), a few words describing it or none
        (
            "Lodestar is an editorially independent magazine published by the Quarry "
            "Institute for Public Science.",
            "Lodestar",
        ),
        ("The Marsh Ledger is a newspaper owned by the Quarry Institute.", "The Marsh Ledger"),
        ("Tidewater Notes is a free weekly newsletter run by Quarry Institute.", "Tidewater Notes"),
    ],
)
def test_a_site_named_as_a_magazine_published_by_the_notices_holder(line, site):
    lines = [site, line, "© 2026 Quarry Institute. All rights reserved."]
    found = member_site(lines, "Quarry Institute")
    assert found is not None
    line_no, start, end = found
    assert lines[line_no][start:end] == site


def test_a_story_sentence_naming_another_publisher_is_no_member_line():
    # the holder must be the group the line names: a sentence about another owner is not
    lines = ["Lodestar", "The Courier is a newspaper owned by Fenmoor Holdings.", "© Quarry"]
    assert member_site(lines, "Quarry Institute") is None


@pytest.mark.parametrize(
    "lines",
    [
        # a US station's footer: its city of license beside the licensee's notice
        # (h449: the station's image logo, its pages filed as the licensee)
        ["Listen live", "WQRT FM 98 is licensed to Ashby, Oregon. © 2026 Tallgrass Audio LLC."],
        ["WQRT FM 98 is licensed to serve Ashby, Oregon.", "© 2026 Tallgrass Audio LLC"],
    ],
)
def test_a_station_named_by_its_city_of_license_beside_the_licensees_notice(lines):
    found = member_site(lines, "Tallgrass Audio")
    assert found is not None
    line_no, start, end = found
    assert lines[line_no][start:end] == "WQRT FM 98"


def test_a_licence_sentence_far_from_the_notice_names_no_site():
    lines = ["The photo is licensed to Getty Images.", "More news", "© 2026 Tallgrass Audio LLC"]
    assert member_site(lines, "Tallgrass Audio") is None
