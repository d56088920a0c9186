"""A masthead printing the site's name in two scripts on one line (review h211). Made-up
sites and stories."""

from __future__ import annotations

import pytest

from analysis.clean.site_name import page_site_name
from analysis.clean.two_script_masthead import two_script_masthead


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Lanka Puwath | ලංකා පුවත්", "Lanka Puwath"),
        ("Nepal Samachar | नेपाल समाचार", "Nepal Samachar"),
        ("Kabul Times · کابل تایمز", "Kabul Times"),
        ("Example Gazette | Opinion", None),  # a section in the name's own script
        ("News | ලංකා", None),  # one capitalized word: a section's label as often
        ("Lanka Puwath | ලංකා | පුවත්", None),  # a menu, not two names
    ],
)
def test_a_name_in_two_scripts_is_read_as_its_first(line, name):
    found = two_script_masthead(line)
    assert (found[0] if found else None) == name


def test_the_two_script_masthead_names_the_site_over_the_story():
    lines = [
        "Lanka Puwath | ලංකා පුවත්",
        "",
        "මුල් පිටුව / පුවත් / ප්‍රාදේශීය",
        "",
        "ගාල්ල වරායේ නව පර්යන්තයක් විවෘත කෙරේ",
        "",
        "ලියන්නේ: නිමල් ජයසේකර",
        "",
        "ගාල්ල වරායේ නව මගී පර්යන්තයක් අද විවෘත කෙරිණි. පර්යන්තයට එකවර මගීන් පන්සියයක් "
        "රැඳී සිටිය හැකිය. වරාය අධිකාරිය පවසන්නේ ලබන වසරේ නැව් ගමන් දෙගුණ වන බවයි.",
    ]
    site = page_site_name(lines)
    assert site is not None and site.name == "Lanka Puwath"
