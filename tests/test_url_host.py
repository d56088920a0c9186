"""analysis.clean.domains.url_host: a page's or a link's host read once, its ``xn--``
labels decoded, where a name test compares it with a site's name (made-up sites)."""

from __future__ import annotations

from analysis.clean.domains import registered_domain, sub_host, url_host
from analysis.clean.host_site_name import named_over_host
from analysis.clean.platform_name import user_site_markup

# A made-up site's name and its host label, in Unicode and in ASCII (IDNA).
NAME = "Bürgerblatt Müritz"
LABEL = "bürgerblatt-müritz"
ASCII_LABEL = LABEL.encode("idna").decode()  # "xn--brgerblatt-mritz-jzbl"


def test_url_host_decodes_each_label_as_the_registered_domain_does():
    url = f"https://WWW.{ASCII_LABEL}.de./lokales/2026/12/03/markt"
    assert url_host(url) == f"www.{LABEL}.de"
    assert registered_domain(url) == f"{LABEL}.de"
    assert sub_host(f"https://{ASCII_LABEL}.platform.example.com/a", "example.com") == (
        f"{LABEL}.platform.example.com"
    )
    assert url_host("http://[bad") == url_host(None) == ""


def test_a_user_site_on_a_platform_is_read_whatever_its_host_is_written_in():
    # the user's site at a host label spelling its name: the platform's og:site_name
    # is the platform's, in Unicode and in the xn-- form alike
    for label in (LABEL, ASCII_LABEL):
        assert user_site_markup("Platform", NAME, f"https://{label}.platform.com/post/1")


def test_the_host_as_site_name_gives_way_in_either_form():
    # trafilatura's host as the site name, the title and the publisher agreeing on a name
    for site, host in ((f"{LABEL}.de", ASCII_LABEL), (f"{ASCII_LABEL}.de", LABEL)):
        assert named_over_host(site, f"https://www.{host}.de/a", ("Markt", NAME), [NAME]) == NAME
