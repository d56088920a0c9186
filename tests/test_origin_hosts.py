from __future__ import annotations

from analysis.clean.origin_hosts import file_origin_hosts
from analysis.clean.outlet_merge import outlet_identities


def test_a_sites_platform_hosts_are_filed_under_its_domain():
    keys = [
        "marrowbyecho.com.au",
        "marrowbyecho.hostingco.com",  # a hosting company's address for the install
        "deploy-marrowby-echo.netlify.app",  # an environment under a private suffix
    ]
    names = ["Marrowby Echo"] * 3
    found = outlet_identities(keys, names)
    assert {found.key_of[key] for key in keys} == {"marrowbyecho.com.au"}
    assert found.display["marrowbyecho.hostingco.com"] == "Marrowby Echo"


def test_hosts_naming_another_site_or_two_domains_stay_apart():
    # another name on the platform host: another site
    assert not file_origin_hosts(
        {("marrowbyecho.com.au", "Marrowby Echo"): 2, ("marrowbyecho.hostingco.com", "Blog"): 1}
    )
    # a label two domains of the run share: no one's
    assert not file_origin_hosts(
        {
            ("marrowbyecho.com", "Marrowby Echo"): 1,
            ("marrowbyecho.net", "Marrowby Echo"): 1,
            ("marrowbyecho.hostingco.com", "Marrowby Echo"): 1,
        }
    )
    # two domains of one name are never merged by it
    assert not file_origin_hosts(
        {("dailyecho.com", "Daily Echo"): 1, ("dailyecho.co.uk", "Daily Echo"): 1}
    )
    # a short label may be any two sites'
    assert not file_origin_hosts({("echo.com", "Echo"): 1, ("echo.hostingco.com", "Echo"): 1})
