"""A writer's own posts on a shared platform (``/@name``) are the writer's outlet (h151)."""

from __future__ import annotations

import pytest

from analysis.clean.outlet import OutletEvidence, decide_outlet
from analysis.clean.url_slugs import path_account


@pytest.mark.parametrize(
    ("url", "account"),
    [
        ("https://medium.com/@petra.lindqvist/ferry-timetable-cut-d22535", "@petra.lindqvist"),
        ("https://medium.com/@Dayo_Okafor", "@dayo_okafor"),
        ("https://medium.com/lagos-ledger/story-8f2a", None),  # a publication: path_publication
        ("https://www.example.com/news/@mentions", None),  # not the first segment
        ("https://www.example.com/@", None),
        ("https://www.example.com/", None),
    ],
)
def test_the_first_segment_names_an_account_only_as_at_handle(url, account):
    assert path_account(url) == account


def test_two_writers_posts_on_one_platform_are_two_outlets():
    keys = {
        decide_outlet(OutletEvidence(url=url, html_site_name="Medium"), "p.html").key
        for url in (
            "https://medium.com/@petra.lindqvist/a-8f2a",
            "https://medium.com/@dayo.okafor/b-9e1c",
            "https://medium.com/@petra.lindqvist/c-77aa",
        )
    }
    assert keys == {"medium.com/@petra.lindqvist", "medium.com/@dayo.okafor"}
