"""Where a page's stories come from when the page's own address does not say.

- A read view of a story: a read-later service (Instapaper, Pocket, wallabag, Omnivore,
  Readwise Reader) or a browser's reader mode saves a story under its own address
  (``og:url`` ``https://www.instapaper.com/read/123``) and its own name (``og:site_name``
  "Instapaper"), and prints the story's origin in the view's header: a link to the
  story's own page whose text is that page's host ("example.com"), between the view's
  title and the story's first paragraph. The story's outlet is the origin's, never the
  service's (:func:`read_view_origin`). The structure decides, no list of services:
  above the page's first paragraph (its first ``<p>``), exactly one site is linked by its
  own host name, deep (a story's page, not a home page), and it is another site than the
  page's own URL names. A news page's header links its own site, or another site by its
  name rather than its address.
- A read view saved as text (a select-all copy, "save as text") has no links, but prints
  the origin the same way: a line opening with the story's host ("example.com · by Jo
  Doe · 6 min") under the view's title, above the story's first paragraph
  (:func:`printed_origin`). It is the page's origin when it is the only line of the page
  that opens with a host name (a listing's cards print theirs on each) and the page's own
  site name, if it finds one, is no name of that host (a site printing its own address,
  as a masthead or under its headline, is filed as before).
- A page with no address at all whose links are its site's stories: an e-mailed digest
  (a newsletter's stories, each linked to the site) or a page saved without its
  canonical link (:func:`linked_site`). An e-mail's links are absolute; a web page's
  links to its own site are mostly relative, and then its links to other sites say
  nothing of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from html import unescape
from urllib.parse import urlsplit

from analysis.clean.card_lines import is_prose
from analysis.clean.domains import domain_of_name, registered_domain
from analysis.clean.line_gates import casefolded_lines_holding
from analysis.clean.name_domain import name_matches_domain
from analysis.clean.web_snapshot import link_host

# the first paragraph of the page: the read view's header ends before it
_FIRST_PARAGRAPH = re.compile(r"<p[\s>]", re.IGNORECASE)
# a link with an absolute target, its text up to the link's end (tags inside it stripped
# below: an icon's ligature word, "link", may stand before the host)
_LINK = re.compile(
    r"""<a\b[^>]*?\bhref\s*=\s*["'](https?://[^"'\s]+)["'][^>]*>(.*?)</a\s*>""",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[^>]*>")
#: Words an origin link's text holds beside the host: an icon's ligature word ("link"),
#: a label ("View original"); a site builder's banner linking its own host reads a
#: sentence of ten words or more.
MAX_WORDS_BESIDE_HOST = 3


def read_view_origin(url: str | None, html: str) -> str | None:
    """The story's own URL when ``html`` is a read view of it, else None.

    Parameters
    ----------
    url : str or None
        The page's own URL (canonical, ``og:url``), if the markup gives one.
    html : str
        The decoded markup.

    Returns
    -------
    str or None
        The link target of the story's origin (module docstring).
    """
    first = _FIRST_PARAGRAPH.search(html)
    if first is None or "://" not in html[: first.start()]:
        return None
    own = registered_domain(url) if url else None
    origins: dict[str, str] = {}
    for match in _LINK.finditer(html, 0, first.start()):
        target = unescape(match.group(1))
        if not _host_named(target, _TAG.sub(" ", unescape(match.group(2)))):
            continue
        domain = registered_domain(target)
        if domain and domain != own and _deep(target):
            origins.setdefault(domain, target)
    return next(iter(origins.values())) if len(origins) == 1 else None


# A line opening with a host name: "example.com", "www.example.co.uk", then the line's
# end or a space (a separator and the view's other items follow): at the text's start,
# or after a line break (a pattern opening with a literal, which re scans for in
# compiled code; a ``^`` of re.M is tried at every position of the page). The look-ahead
# is for speed only: a host's first label is the run of letters, digits and hyphens
# before its first dot (a line's first word without a dot is turned down at once).
_HOST_LINE_REST = r"[ \t]*(?=[\w-]+\.)((?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,})(?=[ \t]|$)"
_HOST_LINE = re.compile(_HOST_LINE_REST, re.M)
_HOST_AFTER_BREAK = re.compile("\n" + _HOST_LINE_REST, re.M)


def _host_lines(text: str) -> list[tuple[int, str]]:
    """The start and host name of every line of ``text`` opening with a host name, in
    order: the matches of ``^`` and :data:`_HOST_LINE_REST` under re.M (speed only)."""
    found = [(0, first.group(1))] if (first := _HOST_LINE.match(text)) else []
    found.extend((match.start() + 1, match.group(1)) for match in _HOST_AFTER_BREAK.finditer(text))
    return found


def printed_origin(text: str, site_name: str | None) -> str | None:
    """The story's own site when a text dump is a read view of it, else None.

    Parameters
    ----------
    text : str
        The page's normalized text (a text dump's; an HTML page's links say more:
        :func:`read_view_origin`).
    site_name : str or None
        The page's own site name (:func:`analysis.clean.site_name.page_site_name`), if
        found.

    Returns
    -------
    str or None
        ``https://HOST/`` of the host that the page's one line opening with a host name
        (above its first paragraph, :func:`~analysis.clean.card_lines.is_prose`) opens
        with, when the site name is no name of it and the line does not open the text
        (a masthead: the site's own address) (module docstring).
    """
    hosts = _host_lines(text)
    if not hosts or not text[: (start := hosts[0][0])].strip():
        return None  # no line opens with a host; a masthead opening the text
    if any(is_prose(line) for line in text[:start].split("\n")):
        return None  # the host is named in or under the story, not over it
    found = [line_start for line_start, name in hosts if domain_of_name(name)]
    if found != [start]:
        return None  # a listing's cards each print their host
    host = hosts[0][1].lower().removeprefix("www.")
    domain = domain_of_name(host)
    if domain is None or (site_name and _names_domain(site_name, domain)):
        return None
    return f"https://{host}/"


# a host name written in a line of text ("brackwateronline.co.uk", "www.example.com")
_HOST_IN_LINE = re.compile(r"(?<![\w.@/-])((?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,})(?![\w@/-])")
#: The most words a line naming a paper and its web address may hold besides the host:
#: a running foot, not a sentence ("The X · Read more at x-online.co.uk · Page 4").
MAX_ADDRESS_LINE_WORDS = 12
# what may follow the host on such a line: a page counter, separators
_AFTER_HOST = re.compile(r"^[\W_]*(?:\d{1,3})?[\W_]*$")


def printed_own_address(text: str, site_name: str | None) -> str | None:
    """The address a paper's printed pages give for its web site, else None.

    A newspaper's printed edition (an e-edition's page as text) names itself by its
    title ("The Brackwater Sentinel") and prints its web site's address in its running
    head or foot beside that title ("The Brackwater Sentinel · brackwateronline.co.uk
    · 4", "Kilnsey Advertiser • Read more at kilnseylive.co.uk"), the site named
    otherwise ("Brackwater Online", "KilnseyLive"): the page is that site's paper. The
    line opens with the page's own site name, ends with one host name (a page counter
    after it at most), holds no more than :data:`MAX_ADDRESS_LINE_WORDS` words, and the
    host's label holds a word of four letters or more of the name (a vendor's address,
    "Powered by townpress.com", shares none); every such line of the page names that
    host's domain. A name that is already the domain's (:func:`name_matches_domain`)
    needs no address: ``None``.

    Parameters
    ----------
    text : str
        The page's normalized text (a text dump's).
    site_name : str or None
        The page's own site name (:func:`analysis.clean.site_name.page_site_name`).

    Returns
    -------
    str or None
        ``https://HOST/`` of the address so printed, or None.
    """
    if not site_name:
        return None
    name = re.sub(r"(?i)^the\s+", "", site_name.strip()).casefold()
    words = [word for word in re.findall(r"[^\W\d_]+", name) if len(word) >= 4]
    if not name or not words:
        return None
    found: set[str] = set()
    lines = text.split("\n")
    for index in sorted(casefolded_lines_holding(text, (name,))):  # a line opening with it
        folded = re.sub(r"(?i)^\s*the\s+", "", lines[index].strip()).casefold()
        if not folded.startswith(name) or len(folded.split()) > MAX_ADDRESS_LINE_WORDS:
            continue
        hosts = list(_HOST_IN_LINE.finditer(folded, len(name)))
        if len(hosts) != 1 or not _AFTER_HOST.match(folded[hosts[0].end() :]):
            continue
        domain = domain_of_name(hosts[0].group(1))
        label = domain.split(".")[0].replace("-", "") if domain else ""
        if domain and any(word in label for word in words):
            found.add(domain)
    if len(found) != 1:
        return None
    domain = found.pop()
    return None if _names_domain(site_name, domain) else f"https://{domain}/"


def _names_domain(site_name: str, domain: str) -> bool:
    """Whether the page's site name is a name of ``domain`` or an address on it."""
    return domain_of_name(site_name) == domain or name_matches_domain(site_name, domain)


#: The fewest distinct stories of one site an address-less page links to be that site's
#: page (a digest of two is no digest). Structural, not tuned.
MIN_LINKED_STORIES = 3
# link targets that are no page ("mailto:", "tel:", "javascript:", "data:")
_NOT_A_PAGE = re.compile(r"(?i)^(?:mailto|tel|sms|javascript|data):")


def linked_site(links: Sequence[str]) -> str | None:
    """The address of the site whose stories a page without an address links, else None.

    The page links no page by a relative address, more than half of its absolute links
    are on one registered domain, and they reach at least :data:`MIN_LINKED_STORIES`
    distinct stories (deep links) of it.

    Parameters
    ----------
    links : sequence of str
        The page's link targets (:func:`analysis.clean.web_snapshot.page_links`).

    Returns
    -------
    str or None
        ``https://HOST/`` of the site's most linked host.
    """
    hosts: list[str] = []
    stories: dict[str, set[str]] = {}
    for link in links:
        if not link or link.startswith("#") or _NOT_A_PAGE.match(link):
            continue
        host = link_host(link)
        if not host:
            return None  # a relative link: the page is its own site's, which is unknown
        hosts.append(host)
        if _deep(link):
            stories.setdefault(host, set()).add(link)
    domain_of = {host: registered_domain(host) for host in set(hosts)}
    domains = Counter(domain_of[host] for host in hosts)
    if not domains:
        return None
    domain, count = domains.most_common(1)[0]
    if domain is None or 2 * count <= len(hosts):
        return None
    linked = sum(len(found) for h, found in stories.items() if domain_of[h] == domain)
    if linked < MIN_LINKED_STORIES:
        return None
    host = Counter(h for h in hosts if domain_of[h] == domain).most_common(1)[0][0]
    return f"https://{host}/"


def service_site_name(site_name: str | None, origin: str) -> bool:
    """True when a read view's markup site name is not the origin's: the service's own.

    Parameters
    ----------
    site_name : str or None
        The markup's site name (``og:site_name``).
    origin : str
        The story's URL (:func:`read_view_origin`).

    Returns
    -------
    bool
        Whether the name names no domain of the origin.
    """
    domain = registered_domain(origin)
    return bool(site_name and domain and not name_matches_domain(site_name, domain))


def _host_named(target: str, text: str) -> bool:
    """Whether a link's text is the target's host ("www." aside) as a word of its own,
    beside at most :data:`MAX_WORDS_BESIDE_HOST` other words (an icon's ligature word):
    a sentence naming a host is a promotion ("This site was designed with the
    Builder.com website builder. Create your website today"), not a view's origin."""
    host = link_host(target).removeprefix("www.")
    words = [word.lower().removeprefix("www.").rstrip("/") for word in text.split()]
    return bool(host) and host in words and len(words) <= 1 + MAX_WORDS_BESIDE_HOST


def _deep(target: str) -> bool:
    """Whether a link goes to a story's page: a path of two parts or more, or a part with
    a hyphen (a slug), not a site's home or a section."""
    try:
        path = urlsplit(target).path
    except ValueError:
        return False
    parts = [part for part in path.split("/") if part]
    return len(parts) >= 2 or any("-" in part for part in parts)
