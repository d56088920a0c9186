"""A government site's banner line over its masthead is blanked, not read as a name."""

import pytest

from analysis.clean.official_banner import without_official_banner
from analysis.clean.site_name import page_site_name

_NOTICE = "© 2026 Government of the Commonwealth. All rights reserved."


def _dump(banner: list[str], masthead: str) -> list[str]:
    return [
        *banner,
        "",
        masthead,
        "Home | About us | Media Centre | Services | Contact",
        "",
        "Weekend closures on the harbour ferry route",
        "",
        "Published: 3 March 2026",
        "",
        "The ferry between the north and south quays will not run on the next two weekends.",
        "",
        "Engineers will replace the landing stage at the north quay while the service stops.",
        "",
        "Passengers can use the replacement bus, which leaves the quay every half hour.",
        "",
        "Accessibility | Privacy | Contact",
        _NOTICE,
    ]


@pytest.mark.parametrize(
    "banner",
    [
        ["An official website of the Commonwealth government"],
        ["An official website of the United Provinces", "Here's how you know"],
        ["Official web site of the Department"],
        ["The official website of the City of Quarrytown"],
        ["Site officiel du gouvernement"],
        ["Offizielle Website der Landesregierung"],
        ["Sitio web oficial del Gobierno"],
    ],
)
def test_the_masthead_under_a_government_banner_is_the_pages_opening_name(banner):
    # review finding h256: ministries' text dumps under one government notice all filed
    # under the government, their mastheads unread under the banner line
    found = page_site_name(_dump(banner, "Department of Harbour Works"))
    assert found is not None and found.source == "copyright"
    assert found.masthead == "Department of Harbour Works"


def test_a_banner_is_blanked_only_at_the_pages_top():
    lines = ["Department of Harbour Works", "Home | News", "", "An official website of the X"]
    assert without_official_banner(lines) is lines
    top = ["An official website of the Commonwealth government", "Here's how you know", "Name"]
    assert [line.strip() for line in without_official_banner(top)] == ["", "", "Name"]


@pytest.mark.parametrize(
    "line",
    [
        "Official figures show fewer ferry passengers this year",  # a headline
        "The Official Harbour Gazette",  # a name holding the word
        "An official website of the Commonwealth government, its ministries, agencies,"
        " councils, courts and every public body it funds",  # too long for a banner
    ],
)
def test_other_lines_are_no_banner(line):
    lines = [line, "Home | News"]
    assert without_official_banner(lines) is lines
