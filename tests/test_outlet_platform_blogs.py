"""Review h200: two blogs on a platform's hosts (a private suffix of the list) titled
alike ("Field Notes" at two ``github.io`` hosts) are two outlets, each its host's."""

from __future__ import annotations

import pytest

from analysis.clean.outlet import OutletEvidence, decide_outlet


@pytest.mark.parametrize(
    ("host", "platform"),
    [
        ("halvard-notes.github.io", True),
        ("https://RIVERBEND-CIVIC.GITHUB.IO/post/", True),
        ("quarry-lane.netlify.app", True),
        ("name.blogspot.com", True),
        ("github.io", False),
        ("www.example.co.uk", False),
        ("medium.com", False),
        ("localhost", False),
        ("192.0.2.7", False),
    ],
)
def test_a_platform_site_is_a_host_under_a_private_suffix(host, platform):
    from analysis.clean.public_suffix import is_platform_site

    assert is_platform_site(host) is platform


@pytest.mark.parametrize("host", ["halvard-notes.github.io", "riverbend-civic.github.io"])
def test_two_platform_blogs_titled_alike_are_their_hosts_not_one_reprinting_name(host):
    # before, each blog's HTML page was read as a reprint of its own host by a site
    # "Field Notes" (the name unlike the host's label), so both blogs met in one row
    evidence = OutletEvidence(
        url=f"https://{host}/02/a-post.html",
        url_from_html=True,
        html_site_name="Field Notes",
        page_site_name="Field Notes",
    )
    found = decide_outlet(evidence, "a.html")
    assert found.key == host
    assert found.reprinted_from is None


def test_a_reprint_of_a_publishers_story_still_credits_it():
    evidence = OutletEvidence(
        url="https://www.wireagency.com/story/1",
        url_from_html=True,
        html_site_name="Harbour Daily",
        page_site_name="Harbour Daily",
    )
    assert decide_outlet(evidence, "a.html").reprinted_from == "wireagency.com"
