"""A masthead of more words than a name is read with (review h264)."""

from __future__ import annotations

from analysis.clean.long_masthead import long_masthead
from analysis.clean.site_name import page_site_name

NAME = "The Lower Brannock Farmers' Gazette and Market Towns Advertiser"
STORY = [
    "",
    "New cattle market opens on the edge of town",
    "",
    "By Petra Lune",
    "3 March 2026",
    "",
    "The new cattle market on the bypass opened on Monday with a sale of 400 head of cattle.",
    "",
    "Auctioneers said the first day's prices were the best of the year.",
    "",
    "Share this article",
    "",
]


def test_a_long_name_over_the_menu_and_in_the_footer_names_the_site():
    # review h264: an eight- and a nine-word masthead named no site (a name is read with
    # at most four words), the text dumps of the paper each an unknown site
    footer = [f"{NAME}, 12 Cattle Market Yard, Brannock", "© 2026 All rights reserved."]
    for header in (
        [NAME, "Home  News  Farming  Markets  Sport"],
        [
            NAME,
            "For the farms and market towns of the lower valley since 1888",
            "Home  News  Sport",
        ],
    ):
        lines = [*header, *STORY, *footer]
        assert long_masthead(lines, 0) == (NAME, (0, len(NAME)))
        site = page_site_name(lines)
        assert site is not None and site.name == NAME


def test_a_long_title_case_line_printed_once_is_no_masthead():
    headline = "Councillors Vote To Close The Old Library On Mill Lane"
    assert long_masthead([headline, "Home  News  Sport", *STORY], 0) is None
    sentence = "The council said on Monday that the library would close."
    assert long_masthead([sentence, "x", sentence], 0) is None
    assert long_masthead(["Harbour Daily News", "x", "Harbour Daily News"], 0) is None  # short
