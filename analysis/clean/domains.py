"""A URL's registered domain and hosts: the outlet's identity when a URL is known.

The registered domain comes from tldextract's bundled Public Suffix List snapshot, read as
tldextract reads it (:mod:`analysis.clean.public_suffix`, which does not import
tldextract's HTTP stack): no network access, ever (:func:`registered_domain`). The list's
private section counts too: a blog or site on a shared host (name.blogspot.com,
name.github.io, name.wixsite.com) is its own site. A host under a suffix the list lacks
(``.example``, ``.test``, ``.local``, an intranet's names) is kept whole, and a name is
compared with each of its labels (:func:`site_labels`). A cached or archived copy's URL
is the original's (:func:`original_url`).
"""

from __future__ import annotations

import functools
import ipaddress
import re
from urllib.parse import unquote, urlsplit

from analysis.clean.link_forms import carried_url, redirect_target, unicode_domain
from analysis.clean.public_suffix import domain_and_suffix, is_platform_site
from analysis.text import is_lower_case, is_upper_case


def url_host(url: str | None) -> str:
    """A URL's host as the outlet tests read it: lower case, without a trailing dot, its
    ``xn--`` labels decoded (an internationalised name written in Unicode, as
    :func:`registered_domain` gives its domain), the original's for a cached or archived
    copy's URL. The one place a page's or a link's host is read for a name test or a
    site's key, so that an address written in ASCII and the same address in Unicode
    name one site.

    Parameters
    ----------
    url : str or None
        An absolute URL.

    Returns
    -------
    str
        The host (``www.bürgerblatt-müritz.de`` of ``https://www.xn--brgerblatt-mritz-
        jzbl.de/a``), or ``""`` when there is none or the URL is malformed.

    Examples
    --------
    >>> url_host("https://WWW.xn--brgerblatt-mritz-jzbl.de./lokales")
    'www.bürgerblatt-müritz.de'
    """
    if not url:
        return ""
    try:
        host = urlsplit(original_url(url)).hostname or ""
    except ValueError:  # a malformed link ("http://[bad")
        return ""
    return unicode_domain(host.lower().rstrip("."))


def registered_domain(url: str) -> str | None:
    """The registered domain of ``url`` ("https://amp.example.co.uk/x" -> "example.co.uk").

    Parameters
    ----------
    url : str
        An absolute URL, or a bare host name.

    Returns
    -------
    str or None
        The domain under its public suffix, lower case; for an IP address or a host
        without a public suffix, the host itself; for ``www.`` before a public suffix
        (``www.gov.example``), the suffix, the host its site is also written at
        (``gov.example``: a public suffix's own site, a government's portal); None when
        there is no host.
    """
    text = original_url(url.strip())
    if not text:
        return None
    host = urlsplit(text if "//" in text else f"//{text}").hostname
    if not host:
        return None
    name, suffix = domain_and_suffix(host)
    domain = f"{name}.{suffix}" if name and suffix else ""
    if name == "www" and suffix:  # no one's name: the suffix's own site
        domain = suffix
    domain = _country_host_of_shared_domain(host.lower().rstrip("."), name, suffix) or domain
    return unicode_domain((domain or host).lower().rstrip(".")) or None


def _country_host_of_shared_domain(host: str, name: str, suffix: str) -> str | None:
    """A site's host on a shared host's country address, as its ``.com`` host
    ("cronicadelvalle.blogspot.com" of ``cronicadelvalle.blogspot.com.es`` and of
    ``cronicadelvalle.blogspot.mx``): a domain under a country's suffix whose ``.com``
    form is a private suffix of the list (a platform that gives each site a host) is
    that platform, which served its sites under country addresses too (the list no
    longer holds them), so each site is one outlet, not the country address's. None
    for any other host."""
    if not name or suffix == "com" or len(suffix.rsplit(".", 1)[-1]) != 2:
        return None
    labels = host.split(".")
    at = len(labels) - suffix.count(".") - 2  # the index of ``name``
    if at < 1 or labels[at] != name:
        return None
    site, platform = domain_and_suffix(f"{labels[at - 1]}.{name}.com")
    return f"{site}.{platform}" if site and platform == f"{name}.com" else None


# An absolute URL inside another URL's path: what an archive's snapshot link holds
# ("https://web.archive.org/web/20260303101500/https://www.example.com/story"); an
# archive may collapse the slashes ("https:/www.example.com").
_INNER_URL = re.compile(r"(?i)https?:/+(?=[^/\s])")


# A cache's path that starts with the original host: "/c/s/www.example.com/story"
# (one-letter content-type segment, then "s" for https), or an AMP viewer's
# "/amp/s/www.example.com/story".
_CACHED_HOST = re.compile(
    r"^/(?:[a-z]|amp)/(?:s/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(/.*)?$", re.IGNORECASE
)


# A proxy's path spelling the page's scheme as a segment of its own, then its host: a
# translator's "/proxy_u/tr-en.en.KEY/https/www.example.com.tr/story".
_SCHEME_SEGMENT = re.compile(
    r"^(?:/[^/]+)*?/(https?)/([a-z0-9-]+(?:\.[a-z0-9-]+)+)(/.*)?$", re.IGNORECASE
)


# A web archive's snapshot path naming its page without a scheme after the snapshot's
# time, as a researcher types or copies it: "/web/20260303101500/www.example.com/story",
# a replay flag after the digits ("20260303101500id_"), the calendar's "*" ("2026*"),
# archive.today's "2026.03.03-101500"; a collection's number may come first.
_SNAPSHOT_HOST = re.compile(
    r"^(?:/[^/]+)*?/(?:\d{8,14}(?:[a-z]{2}_)?|\d{4,14}\*|\d{4}\.\d{2}\.\d{2}-\d{6})"
    r"/([a-z0-9-]+(?:\.[a-z0-9-]+)+)(/.*)?$",
    re.IGNORECASE,
)


# A search engine's cached copy names its page in the query by the "cache:" operator,
# with or without the cache's key: "?q=cache:Xk3vQ9aZ1LkJ:https://www.example.com/story+".
_CACHE_OPERAND = re.compile(
    r"(?i)(?:^|[?&])[a-z]+=cache(?::|%3A)(?:[a-z0-9_-]+(?::|%3A)(?!//|%2F))?"
    r"((?:https?(?::|%3A)(?://|%2F%2F))?[a-z0-9-]+(?:\.[a-z0-9-]+)+[^&\s+]*)"
)


def original_url(url: str) -> str:
    """The URL of the page itself when ``url`` wraps it (an archive's snapshot, a cache).

    An absolute URL held in another URL's path (after its host) is the page's own: a
    web archive's snapshot (``https://web.archive.org/web/TIMESTAMP/URL``, ``archive.ph``
    and its kin) or a link of the form ``.../wait/URL``; a path that starts with a
    one-letter segment (or ``amp``) and a host name under a public suffix (an AMP
    cache's ``/c/s/www.example.com/story``, an AMP viewer's ``/amp/s/...``) names that
    host, and so does a snapshot's time followed by a host without its scheme
    (``/web/20260303101500/www.example.com/story``), and a scheme written as a segment
    of its own before a host (a translator's ``/proxy_u/tr-en.en.KEY/https/HOST/story``);
    a query's ``cache:`` operand (a
    search engine's cached copy,
    ``?q=cache:KEY:https://www.example.com/story``) is the page's URL; so is the
    absolute URL a redirector's query carries (a Google Alerts, Facebook or Outlook link:
    :func:`analysis.clean.link_forms.redirect_target`), or its fragment (a replay
    viewer's state: ``https://replay.example/?source=...#view=pages&url=https%3A...``); a
    path whose first segment is the host the address's first label spells (a cache's
    ``https://www-example-com.cache.example/www.example.com/s/story``:
    :func:`_host_in_path`) names that host. The structure decides, no list
    of archive hosts. Anything else is returned as it is.

    Parameters
    ----------
    url : str
        A URL as given (manifest, canonical link).

    Returns
    -------
    str
        The innermost wrapped URL, or ``url``.
    """
    for _ in range(4):  # an archive of an archive at most a few levels deep
        parts = urlsplit(url if "//" in url else f"//{url}")
        query = f"?{parts.query}" if parts.query else ""
        inner = _INNER_URL.search(parts.path)
        if inner is not None:
            scheme = parts.path[inner.start() : inner.end()].split(":")[0].lower()
            url = f"{scheme}://{parts.path[inner.end() :]}{query}"
            continue
        cached = _CACHED_HOST.match(parts.path) or _SNAPSHOT_HOST.match(parts.path)
        if cached is not None and is_public_domain(cached.group(1)):
            url = f"https://{cached.group(1)}{cached.group(2) or '/'}{query}"
            continue
        spelled = _SCHEME_SEGMENT.match(parts.path)
        if spelled is not None and is_public_domain(spelled.group(2)):
            url = f"{spelled.group(1).lower()}://{spelled.group(2)}{spelled.group(3) or '/'}{query}"
            continue
        operand = _CACHE_OPERAND.search(query)
        if operand is not None:
            inner_url = unquote(operand.group(1))
            url = inner_url if "//" in inner_url else f"https://{inner_url}"
            continue
        if (target := redirect_target(parts.query)) is not None:
            url = target
            continue
        if (target := carried_url(url)) is not None:
            url = target  # a search engine's or a link check's own form ("/l/?uddg=URL")
            continue
        if (held := _host_in_path(parts.hostname or "", parts.path)) is not None:
            url = f"https://{held[0]}{held[1] or '/'}{query}"
            continue
        if "=" in parts.fragment and (target := redirect_target(parts.fragment)) is not None:
            url = target  # a replay viewer's state after "#" ("#view=pages&url=https%3A...")
            continue
        break
    return url


def _host_in_path(host: str, path: str) -> tuple[str, str] | None:
    """(the host, the rest of the path) when a path's first segment is a host under a
    public suffix that ``host``'s first label spells as caches and proxies write a host
    into one label ("-" doubled, each "." a "-": ``www-example--daily-co-uk`` for
    ``www.example-daily.co.uk``): a cache's copy whose address names its page's site
    twice (``https://www-example-com.cache.example.net/www.example.com/s/story``); None
    otherwise."""
    segment, _, rest = path.lstrip("/").partition("/")
    if "." not in segment or not host:
        return None
    label = host.split(".")[0].lower()
    if segment.lower().replace("-", "--").replace(".", "-") != label:
        return None
    return (segment, f"/{rest}") if is_public_domain(segment) else None


def is_address_host(domain: str) -> bool:
    """Whether a registered domain is a server's address rather than a site's name: an IP
    address, or a Tor onion service's (``.onion``, RFC 7686's special-use name, whose
    label is the service's key, not a word).

    A site reached at its origin server's address (``http://198.51.100.14:8080/news/...``)
    or at its onion mirror is the site: the address spells no name, and one server may
    serve several sites.

    Parameters
    ----------
    domain : str
        A registered domain (:func:`registered_domain`).

    Returns
    -------
    bool
        Whether it is an IPv4 or IPv6 address or ends in ``.onion``.

    Examples
    --------
    >>> is_address_host("198.51.100.14"), is_address_host("example.onion")
    (True, True)
    >>> is_address_host("example.com")
    False
    """
    host = domain.strip("[]").rstrip(".").lower()
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return host.endswith(".onion")
    return True


# A platform host's first label that is a machine's token, no word: the id a content
# delivery network gives a distribution (CloudFront's "d2q7xk3m9ab1cd"). Eight letters and
# digits or more, three digits or more among them, and never four letters in a row: a
# name's or a word's run ("news2024live", "radio1983", "kfm987fm" hold one or are short).
_TOKEN_LABEL = re.compile(r"(?=(?:[a-z]*\d){3})(?![a-z\d]*[a-z]{4})[a-z\d]{8,}")


def is_token_host(domain: str) -> bool:
    """Whether a registered domain is a platform's host for a site whose label is a
    machine's token (:data:`_TOKEN_LABEL`): a content delivery network's distribution
    (``d2q7xk3m9ab1cd.cloudfront.net``) serving a site's pages under no name of it.

    Like a server's address (:func:`is_address_host`), the host spells no name, and it
    yields to the name the page prints; a host under a private suffix whose label is a
    word or a handle (``halvard-notes.github.io``) is a site of its own.

    Parameters
    ----------
    domain : str
        A registered domain (:func:`registered_domain`).

    Returns
    -------
    bool
        True for a private suffix's host whose first label is a token.

    Examples
    --------
    >>> is_token_host("d2q7xk3m9ab1cd.cloudfront.net")
    True
    >>> is_token_host("radio1983.github.io"), is_token_host("d2q7xk3m9ab1cd.com")
    (False, False)
    """
    host = domain.rstrip(".").lower()
    return bool(_TOKEN_LABEL.fullmatch(host.split(".")[0])) and is_platform_site(host)


def is_platform_host(domain: str) -> bool:
    """Whether a registered domain is a platform's shared host itself: a suffix of the
    Public Suffix List's private section with no label under it
    (``s3.ap-southeast-2.amazonaws.com``, ``github.io``), the host the platform serves
    its users' sites under, each at a host of its own (``NAME.s3...``) or in its path
    (a path-style bucket, ``s3.ap-southeast-2.amazonaws.com/BUCKET/...``).

    Such an address names the platform, not the site a page there is of: like a server's
    address (:func:`is_address_host`), it yields to the name the page prints.

    Parameters
    ----------
    domain : str
        A registered domain (:func:`registered_domain`).

    Returns
    -------
    bool
        True for a private suffix with nothing before it.

    Examples
    --------
    >>> is_platform_host("s3.ap-southeast-2.amazonaws.com"), is_platform_host("github.io")
    (True, True)
    >>> is_platform_host("example.github.io"), is_platform_host("gov.example")
    (False, False)
    """
    host = domain.rstrip(".").lower()
    name, suffix = domain_and_suffix(host)
    return not name and suffix == host and is_platform_site(f"site.{host}")


def is_public_domain(host: str) -> bool:
    """True when ``host`` is a name under a public suffix ("example.co.uk", "news.example.com").

    Words joined by dots in running text ("the data.Neither", "player.speed") are not
    domains: their last part is no suffix of the Public Suffix List (tldextract's
    bundled snapshot, no network).

    Parameters
    ----------
    host : str
        A host name as written.

    Returns
    -------
    bool
        Whether it has a registrable name under a known public suffix.
    """
    name, suffix = domain_and_suffix(host.strip().lower().rstrip("."))
    return bool(suffix and name)


@functools.lru_cache(maxsize=4096)
def site_labels(domain: str) -> tuple[str, ...]:
    """The labels of a domain or host that may be its site's name, in lower case.

    A registered domain is named by its first label (``nytimes`` of ``nytimes.com``). A
    host under no suffix of the bundled list (``www.harbour-daily.example``, an intranet's
    ``news.courier.corp``: :func:`registered_domain` keeps the whole host, since where its
    registrable part starts is not known) by each of its labels but the last, its
    top-level domain; a one-label host by itself.

    Parameters
    ----------
    domain : str
        A registered domain or a host name.

    Returns
    -------
    tuple of str
        The labels, left to right.
    """
    labels = domain.casefold().rstrip(".").split(".")
    if len(labels) < 3 or is_public_domain(domain):
        return (labels[0],)
    return tuple(labels[:-1])


_HOST_NAME = re.compile(r"(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}")


def domain_of_name(name: str) -> str | None:
    """The registered domain a site name is written as, or None for any other name.

    A site may name itself by its address ("example.com", "News.Example.co.uk",
    "© example.com"): such a name is keyed as a URL's host is, by its registered domain,
    so that it is one outlet with the site's pages that have a URL. The name must be a
    host name alone (no spaces; a leading "www." is allowed) under a public suffix of
    tldextract's bundled list, its suffix written in lower case or the whole name in
    capitals ("EXAMPLE.COM"; "R-W.Va" is an abbreviation).

    Parameters
    ----------
    name : str
        A site name as written.

    Returns
    -------
    str or None
        The registered domain, lower case ("example.co.uk"), or None.

    >>> domain_of_name("www.Example.co.uk"), domain_of_name("Example News")
    ('example.co.uk', None)
    """
    host = name.strip().rstrip(".")
    if not _HOST_NAME.fullmatch(host):
        return None
    suffix = host.rsplit(".", 1)[-1]
    if not (is_lower_case(suffix) or is_upper_case(host)) or not is_public_domain(host):
        return None
    return registered_domain(host)


def sub_host(url: str, domain: str) -> str | None:
    """The URL's host when it lies below its registered ``domain`` (a platform's user
    site, a section's or an edition's host), lower case, without a leading ``www.``.

    Parameters
    ----------
    url : str
        A page's URL.
    domain : str
        Its registered domain (:func:`registered_domain`).

    Returns
    -------
    str or None
        None for the domain itself (``www.`` or not).

    Examples
    --------
    >>> sub_host("https://Notes.Letterbox.io/p/a", "letterbox.io")
    'notes.letterbox.io'
    >>> sub_host("https://www.example.com/a", "example.com") is None
    True
    """
    host = url_host(url).removeprefix("www.")
    return host if host.endswith(f".{domain}") else None


#: The labels of the public suffixes under which institutions, not publishers, register
#: their names (``northmoor.edu``, ``ox.ac.uk``, ``health.gov.au``): each of a
#: university's or a government's publications (a student newspaper, a department's
#: site) has a host of its own under the institution's domain; its press office, named
#: as the institution is, is the institution's (:mod:`analysis.clean.press_office`).
INSTITUTION_SUFFIX_LABELS = frozenset({"edu", "ac", "gov", "mil"})


def is_institution(domain: str) -> bool:
    """True when ``domain`` is registered under an institutions' public suffix.

    A host under it whose page names its site by the host's label is that site's
    (:func:`analysis.clean.outlet.own_host`), though the name holds the institution's too:
    "The Northmoor Beacon" at beacon.northmoor.edu, the student newspaper, is not the
    university (h144: one row held it and the press office), where "Example Sport" at
    sport.example.com is a section of its site; but the press office, named by the
    institution's name and the host label's word ("Northmoor University News" at
    news.northmoor.edu, :mod:`analysis.clean.press_office`), is the institution's own.

    Parameters
    ----------
    domain : str
        A registered domain (:func:`registered_domain`).

    Returns
    -------
    bool
        Whether a label of its public suffix is one of :data:`INSTITUTION_SUFFIX_LABELS`.
    """
    _, suffix = domain_and_suffix(domain)
    return not INSTITUTION_SUFFIX_LABELS.isdisjoint(suffix.split("."))
