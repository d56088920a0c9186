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


def test_a_newsrooms_bucket_named_with_a_word_after_its_label_is_filed_under_its_domain():
    """A storage platform's bucket host for a site's interactive pages, its label the
    site's domain's followed by a word ("marrowbyecho-graphics"), printing the site's
    name, is the site's; the word alone, or a bucket printing another name, is not."""
    bucket = "marrowbyecho-graphics.s3.eu-west-2.amazonaws.com"
    pairs = {("marrowbyecho.com.au", "Marrowby Echo"): 3, (bucket, "Marrowby Echo"): 2}
    assert file_origin_hosts(pairs) == {bucket: "marrowbyecho.com.au"}
    assert not file_origin_hosts(
        {("marrowbyecho.com.au", "Marrowby Echo"): 3, (bucket, "Graphics Desk Tools"): 2}
    )


def test_a_newsrooms_bucket_is_not_read_as_a_proxys_address_of_another_domain():
    """ "marrowbyecho-graphics" spells a domain of a newer top-level domain when its "-"
    is read as a dot, as a proxy writes a host; a bucket is no proxy: its pages stay at
    its host (then filed as above), not at "marrowbyecho.graphics"."""
    from analysis.clean.outlet import OutletEvidence, decide_outlet

    url = "https://marrowbyecho-graphics.s3.eu-west-2.amazonaws.com/2026/flood-map/index.html"
    outlet = decide_outlet(OutletEvidence(url=url, html_site_name="Marrowby Echo"), "p")
    assert outlet.key == "marrowbyecho-graphics.s3.eu-west-2.amazonaws.com"
    # a proxy's one-dot label of a .com or a country's domain is still the site's
    proxied = "https://marrowbyecho-com.translate.goog/local/pier-reopens?_x_tr_sl=auto"
    assert decide_outlet(OutletEvidence(url=proxied, html_site_name="Marrowby Echo"), "p").key == (
        "marrowbyecho.com"
    )
