"""analysis.clean.public_suffix: tldextract's suffix lookup, without importing tldextract."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.clean import public_suffix

tldextract = pytest.importorskip("tldextract")

#: Hosts of every shape: IP addresses, ports, user info, punycode, ideographic dots,
#: private suffixes, wildcards and their exceptions, words joined by dots in prose.
ODD_HOSTS = (
    "",
    ".",
    "..",
    "the data.Neither",
    "player.speed",
    "127.0.0.1",
    "256.1.1.1",
    "1.2.3.4.5",
    "[::1]",
    "[::ffff:1.2.3.4]",
    "http://[aBcD:ef01:2345:6789:aBcD:ef01:127.0.0.1]/path",
    "http://user:secret@www.bbc.co.uk:80/x",
    "//a.b.com",
    "https:/www.example.com",
    "https://xn--bcher-kva.example/",
    "xn--bcher-kva.ch",
    "xn--zz.com",
    "xn--.com",
    "a\u3002b\uff0ecom\uff61",
    "amp.example.co.uk",
    "name.blogspot.com",
    "name.github.io",
    "mailto:x@y.com",
    "ftp://a.b.c.d.e.f.co.jp",
    " spaced.com ",
    "EXPRESS.CO.UK",
    "a..com",
    "foo.bar.kawasaki.jp",
    "city.kawasaki.jp",
    "www.ck",
    "other.ck",
)


def _suffixes() -> list[str]:
    """Every rule of the snapshot tldextract ships, as the list writes it."""
    text = (Path(tldextract.__file__).parent / public_suffix.SNAPSHOT).read_text("utf-8")
    return re.findall(r"^([.*!]*\w\S*)", text, re.MULTILINE)


def _hosts() -> list[str]:
    hosts = list(ODD_HOSTS)
    for rule in _suffixes():
        suffix = rule.lstrip("!*.")
        hosts += [suffix, f"example.{suffix}", f"a.b.{suffix}", f"WWW.Example.{suffix.upper()}"]
        hosts += [f"{suffix}.", f"https://x.{suffix}:8080/p?q#f"]
        if rule.startswith("*."):
            hosts += [f"foo.{suffix}", f"bar.foo.{suffix}"]
    return hosts


def test_every_rule_of_the_list_reads_as_tldextract_reads_it():
    extract = tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )
    hosts = _hosts()
    assert len(hosts) > 50_000
    differ = [
        host
        for host in hosts
        if public_suffix.domain_and_suffix(host) != (extract(host).domain, extract(host).suffix)
    ]
    assert differ == []


def test_filing_an_outlet_imports_neither_tldextract_nor_requests():
    """The suffix list is read from tldextract's file; its HTTP stack is not imported."""
    code = (
        "import sys\n"
        "from analysis.clean.outlet import is_public_domain, registered_domain\n"
        "assert registered_domain('https://news.example.co.uk/a') == 'example.co.uk'\n"
        "assert registered_domain('https://name.blogspot.com/b') == 'name.blogspot.com'\n"
        "assert is_public_domain('example.com') and not is_public_domain('player.speed')\n"
        "print(sorted({'tldextract', 'requests', 'urllib3'} & set(sys.modules)))\n"
    )
    root = Path(__file__).resolve().parent.parent
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert found.stdout.strip() == "[]"
