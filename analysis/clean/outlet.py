"""Who published an article: the one place where an article's outlet is decided.

Every table that names an outlet (articles, pages.site, article_metrics, quotes,
outlet_metrics, the reports) takes it from :func:`decide_outlet`; nothing else guesses
an outlet. The evidence is weighed in this order, the first that applies wins:

1. ``manifest``: the researcher's manifest names the outlet (``outlet`` column). With a
   URL, the key is the registered domain when the name is the domain's name, else the
   name: two names the manifest gives on one domain (newsletters of one publishing
   host) stay two outlets;
2. ``export``: a news database export prints the story's publication as a field
   (:mod:`analysis.clean.news_export`); keyed as a name is (below);
3. ``card``: a listing card names its own outlet (an aggregator's card line): the
   page's URL is the listing's address (an aggregator's, a search engine's), not the
   card's publisher's, so a card's own name comes before it;
4. ``url``: a URL is known (manifest ``url``, or the canonical / ``og:url`` of an HTML
   page). The outlet's *identity* (``outlet_key``) is the URL's registered domain
   (``www.``, ``amp.``, ``m.`` and section subdomains of one site are one outlet; two
   domains are never merged). Its display name is the site's own name (from the HTML
   or the page text) when that name matches the domain, else the domain itself. A
   reprint's canonical URL is the original publisher's, not the page's: when an HTML
   page's markup and text both name a site that cannot be the canonical URL's domain
   (:func:`syndicated_site`), the outlet is that site (source ``html``) and the
   canonical domain is the article's ``credited_source``; a manifest URL always wins.
   A page of an e-paper kiosk whose path names a paper's issue is filed by the paper's
   name (:mod:`analysis.clean.issue_paper`), as a go-between's link whose path spells
   the page's site is (:func:`path_names_page_site`);
5. ``html``: the HTML page's own site name (``og:site_name``, publisher);
6. ``page``: the page text's naming cues (masthead, a site suffix in the title line,
   "Follow SITE", ...; see :mod:`analysis.clean.site_name`);
7. ``copyright``: the holder of a copyright notice, only as a last resort (it is often a
   parent company rather than the outlet); when the page opens with a masthead, the key
   holds it too (:func:`masthead_key`), so that a run whose pages of one holder show
   several mastheads files them by masthead (sister sites of one group);
8. ``unknown``: nothing names the site; the article is filed under
   ``unknown site (PAGE)`` and stays an outlet in every table, chart and report.

Without a URL, the key of a named outlet is its *compact* name (case, a leading
"the" and non-alphanumerics dropped), so "The Guardian" and "Guardian" are one outlet;
a name that is itself a domain ("example.com", "© example.com") is keyed by its
registered domain, as a URL would be (:func:`domain_of_name`).

The registered domain comes from tldextract's bundled Public Suffix List snapshot,
read as tldextract reads it (:mod:`analysis.clean.public_suffix`, which does not import
tldextract's HTTP stack): no network access, ever (:func:`registered_domain`). The
list's private section counts too: a blog or site on a shared host (name.blogspot.com,
name.github.io, name.wixsite.com) is its own site. A host under a suffix the list
lacks (``.example``, ``.test``, ``.local``, an intranet's names) is kept whole, and a
name is compared with each of its labels (:func:`site_labels`).
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from analysis.clean.cyrillic_labels import cyrillic_spells_label
from analysis.clean.former_name import renamed_key
from analysis.clean.link_forms import (
    carried_url,
    is_id_link,
    names_no_site,
    redirect_target,
    unicode_domain,
)
from analysis.clean.name_printings import pooled_printings
from analysis.clean.newspaper_words import BROADCAST_WORDS, CARD_WORDS, holds_newspaper_word
from analysis.clean.press_office import institution_part
from analysis.clean.public_suffix import domain_and_suffix, is_platform_site
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import (
    LETTER_RUN,
    alnum_and_line_breaks,
    is_lower_case,
    is_upper_case,
    opens_upper_case,
)

#: Where an outlet came from, best evidence first (the ``outlet_source`` column).
OUTLET_SOURCES = ("manifest", "export", "card", "url", "html", "page", "copyright", "unknown")

_UNKNOWN_PREFIX = "unknown site"


@dataclass(frozen=True)
class Outlet:
    """An article's outlet.

    Attributes
    ----------
    name : str
        Display name ("The Guardian", "example.com", "unknown site (page.txt)").
    key : str
        Identity: the registered domain when a URL is known (or the name is itself a
        domain), else ``name:`` + the compact name, else ``unknown:`` + the page name.
        Articles with one key are one outlet.
    source : str
        One of :data:`OUTLET_SOURCES`.
    reprinted_from : str or None
        The registered domain of an HTML page's canonical URL when that URL is the
        original publisher's, not the page's own site (:func:`syndicated_site`).
    """

    name: str
    key: str
    source: str
    reprinted_from: str | None = None


@dataclass(frozen=True)
class OutletEvidence:
    """Everything that may name a page's (or a card's) outlet; None when absent."""

    manifest_outlet: str | None = None
    url: str | None = None
    #: The manifest's outlet is a short form of the name it gives the URL's domain
    #: elsewhere ("WaPo" beside "The Washington Post"): keyed by the domain
    #: (:func:`analysis.clean.manifest_outlets.join_short_forms`).
    manifest_outlet_of_url: bool = False
    #: The manifest gives its outlet name to pages of several domains or of none:
    #: keyed by the name (:func:`analysis.clean.manifest_outlets.join_short_forms`).
    manifest_outlet_by_name: bool = False
    #: ``url`` is an HTML page's canonical / og:url, not the manifest's.
    url_from_html: bool = False
    #: The publication a news database export prints for the story.
    export_outlet: str | None = None
    card_outlet: str | None = None
    html_site_name: str | None = None
    #: The HTML page's ``<title>`` cut at its separators ("Headline", "Site"):
    #: :func:`analysis.clean.html_page.title_parts`.
    html_title_parts: tuple[str, ...] = ()
    page_site_name: str | None = None
    copyright_holder: str | None = None
    #: The name the page opens with when a copyright holder names it (a group's notice
    #: under a sister site's masthead: :func:`analysis.clean.site_name.opening_masthead`).
    masthead: str | None = None
    #: Names the page's text credits with its text ("Published in X", "Writer for X"),
    #: when one of them is written as the URL's first path segment
    #: (:func:`analysis.clean.site_name.path_named_sites`).
    path_named_sites: tuple[str, ...] = ()
    #: The paper whose issue an e-paper kiosk's page is, as the page prints its name
    #: (:func:`analysis.clean.issue_paper.issue_paper`).
    issue_paper: str | None = None
    #: The registered domain of the page's newsroom address ("tips@example.org":
    #: :func:`analysis.clean.contact_domain.contact_domain`), read when nothing else
    #: names a site.
    contact_domain: str | None = None
    #: The site's former name, as a renaming notice at its masthead gives it ("Formerly
    #: the Example Courier": :func:`analysis.clean.former_name.former_name`).
    former_name: str | None = None
    #: The holder of the notice closing an HTML page with a canonical URL, when the text
    #: names the site too (:func:`analysis.clean.site_candidates.closing_holder`).
    notice_holder: str | None = None


def unknown_site(page: str) -> str:
    """The display name of the outlet of a page that names no site.

    Parameters
    ----------
    page : str
        The page's file name.

    Returns
    -------
    str
        ``"unknown site (PAGE)"``: plainly not an outlet's name, and unique per page.
    """
    return f"{_UNKNOWN_PREFIX} ({page})"


_LEADING_THE = re.compile(r"^the\s+")


@functools.lru_cache(maxsize=1 << 16)  # a page's candidates and a site's names recur
def compact_name(name: str) -> str:
    """A name folded for comparison: NFKC, lower case, no leading "the", only letters,
    digits and the vowel signs of the Indic scripts
    (:func:`analysis.text.alnum_and_line_breaks`, the form page lines are compared in).

    Parameters
    ----------
    name : str
        An outlet or site name as printed.

    Returns
    -------
    str
        ``""`` when the name has no letter or digit.

    Examples
    --------
    >>> compact_name("The New York Times")
    'newyorktimes'
    """
    folded = unicodedata.normalize("NFKC", name).casefold().strip()
    return alnum_and_line_breaks(_LEADING_THE.sub("", folded)).replace("\n", "")


def accentless(text: str) -> str:
    """``text`` without the accents of the Latin, Greek and Cyrillic scripts.

    A masthead in capitals often leaves them out ("ΚΡΗΤΙΚΗ ΗΜΕΡΑ", "DIARIO DA BEIRA")
    where the site's name has them: the same name for the corpus-level merge of outlets
    (:mod:`analysis.clean.outlet_merge`). Only the marks of the Combining Diacritical
    Marks block go; the vowel signs of other scripts spell their words and stay.

    Parameters
    ----------
    text : str
        A name, usually its :func:`compact_name`.

    Returns
    -------
    str
        The text in NFC without those marks.

    Examples
    --------
    >>> accentless(compact_name("Κρητική Ημέρα")) == accentless(compact_name("ΚΡΗΤΙΚΗ ΗΜΕΡΑ"))
    True
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(char for char in decomposed if not "\u0300" <= char <= "\u036f")
    return unicodedata.normalize("NFC", kept)


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
    (``/web/20260303101500/www.example.com/story``); a query's ``cache:`` operand (a
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


def name_matches_domain(name: str, domain: str, word_starts: bool = False) -> bool:
    """True when a site name is plausibly the name of ``domain``.

    The domain's label (``nytimes`` of ``nytimes.com``) equals the compact name, with or
    without a leading "the", its initials or its first word ("BBC News" and ``bbc.com``);
    or one contains the other (the shorter at least 4 characters); with ``word_starts``,
    also when the label is spelled by the starts of the name's words in turn, a leading
    "the" left out of both (``nytimes`` of "New York Times", ``theguardian`` of
    "Guardian US": :func:`spelled_by_word_starts`).

    Parameters
    ----------
    name : str
        A site name as written.
    domain : str
        A domain (``example.com``); its first label is compared, or each label of a
        host under no known suffix (:func:`site_labels`).
    word_starts : bool
        Accept a label spelled by word starts. A listing card's name line beside its
        domain is the domain's name however it abbreviates it; a page's own site name
        is not: "The Example Times Opinion" spells ``extimes`` but names a section, and
        the page's domain shows its identity better (``site_name.tie_priority``).

    Returns
    -------
    bool
        Whether the name may be the domain's.
    """
    return any(
        _name_matches_label(spelling, label, word_starts)
        for spelling in dict.fromkeys((name, umlauts_spelled_out(name)))
        for label in site_labels(domain)
    )


# German's umlauts as its domains (and its typewriters) spell them: "Nordstädter" is
# nordstaedter, "Süd" sued, "Größe" groesse; :func:`unaccented` writes them a, o, u
# ("Müller" mueller and muller are both seen: both are tried).
_UMLAUTS_SPELLED_OUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


def umlauts_spelled_out(name: str) -> str:
    """``name`` with German's umlauts written as two letters, as a domain spells them.

    Parameters
    ----------
    name : str
        A site name as written.

    Returns
    -------
    str
        ``name`` with ``ä ö ü`` written ``ae oe ue`` (an umlaut written as ``a`` and a
        combining diaeresis too); unchanged without them.

    Examples
    --------
    >>> umlauts_spelled_out("Nordstädter Anzeiger")
    'Nordstaedter Anzeiger'
    """
    if name.isascii():
        return name
    return unicodedata.normalize("NFC", name).translate(_UMLAUTS_SPELLED_OUT)


def name_spelled_by_domain(name: str, domain: str) -> bool:
    """True when a site name is the name of ``domain`` as written
    (:func:`name_matches_domain`) or as a label of the domain spells it in Latin letters
    when it is written in Cyrillic ("Охридски Бран" at ``ohridskibran.mk``:
    :func:`analysis.clean.cyrillic_labels.cyrillic_spells_label`).

    Parameters
    ----------
    name : str
        A site name as written.
    domain : str
        A domain (``example.com``), its labels read as :func:`site_labels` gives them.

    Returns
    -------
    bool
        Whether the name may be the domain's, in its own script or transliterated.
    """
    return name_matches_domain(name, domain) or any(
        cyrillic_spells_label(name, label) for label in site_labels(domain)
    )


#: The fewest initials a domain's label spells before a news word (:func:`_initials_and_news_word`).
MIN_LABEL_INITIALS = 2


def _initials_and_news_word(initials: str, label: str) -> bool:
    """Whether ``label`` is a name's initials (:data:`MIN_LABEL_INITIALS` or more) run
    together with a word the languages put in a news outlet's name, whole or a stem
    written whole (:data:`~analysis.clean.newspaper_words.CARD_WORDS`): ``cpswire`` of "Continental
    Press Service", as its initials alone (``cps``) already are."""
    rest = label[len(initials) :]
    return (
        len(initials) >= MIN_LABEL_INITIALS
        and label.startswith(initials)
        and (rest in CARD_WORDS.whole or rest in CARD_WORDS.stems)
    )


def _broadcast_label(words: list[str], label: str) -> bool:
    """Whether ``label`` is the name's leading words run together (at least
    :data:`MIN_LABEL_CHARS` characters) and a broadcast word
    (:data:`~analysis.clean.newspaper_words.BROADCAST_WORDS`): ``kcds3tv`` of "KCDS 3
    News", a station's call sign and channel spelled with "tv" where the name says
    "News"."""
    lead = ""
    for word in words:
        lead += word.casefold()
        if len(lead) >= len(label):
            return False
        if len(lead) >= MIN_LABEL_CHARS and label.startswith(lead):
            if label[len(lead) :] in BROADCAST_WORDS:
                return True
        elif not label.startswith(lead):
            return False
    return False


# Latin letters no decomposition takes apart, as domains spell them ("Báo Đồng Bằng" is
# baodongbang.vn, "Głos" glos, "Børsen" borsen, "Straße" strasse).
_AS_DOMAINS_SPELL = str.maketrans(
    {
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "þ": "th", "Þ": "Th",
        "ħ": "h", "Ħ": "H", "ı": "i",
    }
)  # fmt: skip


def unaccented(text: str) -> str:
    """``text`` as a domain spells it: without its accents and other combining marks
    ("Diario" of "Diário"), its letters that do not decompose written in ASCII ("Dong" of
    "Đồng", "Vestfjardabladid" of "Vestfjarðablaðið").

    Parameters
    ----------
    text : str
        A name, or its :func:`compact_name`.

    Returns
    -------
    str
        In NFC.

    Examples
    --------
    >>> unaccented("vestfjarðablaðið")
    'vestfjardabladid'
    """
    if text.isascii():  # nothing to take apart: no ASCII character decomposes or combines
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_AS_DOMAINS_SPELL))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


#: A radio station's frequency, a number with one decimal digit, which may open its name
#: ("101.7 The Breeze", "98.4 Coast FM") and which its address may hold without the point.
FREQUENCY = r"\d{2,3}[.,]\d"
_OPENING_FREQUENCY = re.compile(rf"({FREQUENCY})\s+(?=\S)")


def _frequency_matches_label(name: str, label: str, word_starts: bool) -> bool:
    """Whether a name opening with a frequency ("101.7 The Breeze") is a label's that
    holds the frequency's digits (``breeze1017``, ``1017breeze``) and, without them, the
    rest of the name (:func:`_name_matches_label`)."""
    if not (opening := _OPENING_FREQUENCY.match(name)):
        return False
    digits = re.sub(r"\D", "", opening.group(1))
    rest = label.replace(digits, "", 1)
    return (
        rest != label
        and bool(rest)
        and _name_matches_label(name[opening.end() :], rest, word_starts)
    )


def _name_matches_label(name: str, label: str, word_starts: bool) -> bool:
    """:func:`name_matches_domain` for one label of the domain, accents aside (a domain
    spells "Diário" as ``diario``)."""
    name, label = unaccented(name), unaccented(label)
    label = re.sub(r"[\W_]+", "", label)
    compact = compact_name(name)
    if not label or not compact:
        return False
    with_the = re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", name).casefold())
    words = re.findall(r"[^\W_]+", re.sub(r"^(?i:the)\s+", "", name))
    initials = "".join(word[0] for word in words).casefold()
    first_word = words[0].casefold() if words else ""
    if label in (compact, with_the, initials, first_word):
        return True
    if _frequency_matches_label(name, label, word_starts):
        return True
    if (len(label) >= MIN_LABEL_CHARS and label in with_the) or (
        len(compact) >= MIN_LABEL_CHARS and compact in label
    ):
        return True
    if unaccented(label) in joins_without_small_words(name):
        return True
    if _ampersand_spelled(name, label) or _number_spelled(name, label):
        return True
    if _contraction_spelled(words, label):
        return True
    if _broadcast_label(words, label):
        return True
    if _initials_and_news_word(initials, label):
        return True
    if not word_starts:
        return False
    letter_words = [w.casefold() for w in LETTER_RUN.findall(name)]
    if letter_words and letter_words[0] == "the":
        letter_words = letter_words[1:]
    label = label.removeprefix("the")
    return bool(label) and bool(letter_words) and spelled_by_word_starts(label, letter_words)


def _ampersand_spelled(name: str, label: str) -> bool:
    """True when ``label`` spells a name's ampersand as a word of at most
    :data:`MAX_SMALL_WORD` letters, in any language ("harbourandfield" of "Harbour &
    Field", "pierreetfils" of "Pierre & Fils"), a leading "the" left out of both."""
    if "&" not in name and "＆" not in name:
        return False
    parts = [compact_name(part) for part in re.split(r"[&＆]", name)]
    if not all(parts):
        return False
    small_word = rf"[^\W\d_]{{0,{MAX_SMALL_WORD}}}"
    pattern = small_word.join(map(re.escape, parts))
    return re.fullmatch(pattern, label.removeprefix("the")) is not None


_OPENING_COUNT = re.compile(r"(\d{1,3})\s+(?=\S)")


def _number_spelled(name: str, label: str) -> bool:
    """True when ``label`` spells the number opening a name as a word, in any language
    ("threeriversledger" of "3 Rivers Ledger", "setteborghi" of "7 Borghi"): the label is
    letters only, the rest of the name (of :data:`MIN_LABEL_CHARS` letters or more) closes
    it, and what goes before is a word of three letters or more (no digit, as the domain
    writes the number out)."""
    if not (opening := _OPENING_COUNT.match(name)):
        return False
    rest = compact_name(name[opening.end() :])
    label = label.removeprefix("the")
    spelled = label.removesuffix(rest)
    return (
        len(rest) >= MIN_LABEL_CHARS
        and spelled != label
        and len(spelled) >= 3
        and spelled.isalpha()
        and spelled.isascii()
    )


def _contraction_spelled(words: list[str], label: str) -> bool:
    """True when ``label`` writes a name's first word contracted to its first and last
    letters, as English and other languages shorten a place's word ("mthollistribune" of
    "Mount Hollis Tribune", "stbrenockobserver" of "Saint Brenock Observer", "ft" of
    "Fort"), the rest of the name (of :data:`MIN_LABEL_CHARS` letters or more) after it.
    ``words`` are the name's words without a leading "the"."""
    if len(words) < 2 or len(words[0]) < 4 or not words[0].isalpha():
        return False
    first = words[0].casefold()
    rest = compact_name(" ".join(words[1:]))
    return len(rest) >= MIN_LABEL_CHARS and label == f"{first[0]}{first[-1]}{rest}"


#: A word a domain may leave out of its site's name: at most this many letters (an
#: article or preposition: "am", "de", "do", "the", "of"). Structural, not tuned.
MAX_SMALL_WORD = 3
#: Fewest letters a domain's label keeps when it leaves out a name's leading article
#: ("sol" of "El Sol" is a word, not the site's name); the containment rules'
#: shortest name too.
MIN_LABEL_CHARS = 4


@functools.lru_cache(maxsize=4096)
def joins_without_small_words(name: str) -> frozenset[str]:
    """The name's words run together, accents stripped, each word of at most
    :data:`MAX_SMALL_WORD` letters between its first and last word kept or left out
    ("weserkurierabend" and "weserkurieramabend" of "Weser-Kurier am Abend",
    "diariocerrado" of "Diário do Cerrado"): the labels of a domain that drops the name's
    small words. The last word and every longer word stay, and the first unless it is an
    article or another function word before at least :data:`MIN_LABEL_CHARS` letters
    ("australtemuco" of "El Austral de Temuco", "telegraaf" of "De Telegraaf"; not "sol"
    of "El Sol"): "ABC News" is no name of news.com by this rule, nor "Example Times
    Opinion" of exampletimes.com.

    Parameters
    ----------
    name : str
        A site name as written.

    Returns
    -------
    frozenset of str
        The spellings (lower case, no accents), the whole name run together among them.
    """
    words = re.findall(r"[^\W_]+", unaccented(unicodedata.normalize("NFKC", name).casefold()))
    joins = {""}
    for at, word in enumerate(words[:12]):  # a name, not a sentence: the joins stay few
        kept = {join + word for join in joins}
        inner = 0 < at < len(words) - 1
        leading_article = (
            at == 0 and word in FUNCTION_WORDS and len("".join(words[1:])) >= MIN_LABEL_CHARS
        )
        small = inner and len(word) <= MAX_SMALL_WORD
        joins = kept | joins if small or leading_article else kept
    return frozenset(joins - {""})


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


def spelled_by_word_starts(label: str, words: list[str]) -> bool:
    """Whether ``label`` is a start of ``words[0]`` (at least its first letter) followed
    by starts (possibly empty) of the later words, in order.

    A table over (place in the label, word), filled from the label's end: the work is
    bounded by letters x words x word length, whatever the page writes (a search that
    tried every way of skipping words grew exponentially on a line of one-letter words).

    Parameters
    ----------
    label : str
        A domain label, lower case.
    words : list of str
        A name's words, lower case.

    Returns
    -------
    bool
        Whether the words spell the label so.
    """
    if not words:
        return not label
    size = len(label)
    # spelled[i][j]: label[i:] is a start of words[j] followed by starts of later words
    spelled = [[False] * len(words) for _ in range(size + 1)]
    for i in range(size - 1, -1, -1):
        for j in range(len(words) - 1, -1, -1):
            word = words[j]
            for n in range(min(len(word), size - i), 0, -1):
                if label[i : i + n] != word[:n]:
                    continue
                if i + n == size or any(spelled[i + n][k] for k in range(j + 1, len(words))):
                    spelled[i][j] = True
                    break
    return spelled[0][0]


#: The fewest letters a short form (initials) must have to file one outlet under another:
#: two letters ("AP", "FT") are the initials of too many names.
MIN_SHORT_FORM = 3
_WORD = re.compile(r"[^\W_]+")


def short_forms(name: str) -> set[str]:
    """The compact short forms a name may be written in elsewhere (lower case).

    The initials of its first two or more words followed by the rest ("nytimes" of "The
    New York Times"), and its :func:`initials` ("nyt" of "The New York Times" or
    "NYTimes"); each of :data:`MIN_SHORT_FORM` letters or more, and not the name's own
    compact form. A leading "the" is no word of it. A name written in a script without
    spaces, one token (:data:`GLUED_SCRIPT_NAME`), has its heads without its last few
    characters instead ("松本日日" of "松本日日新聞").

    Parameters
    ----------
    name : str
        A site name as written.

    Returns
    -------
    set of str
        The short forms (empty for a one-word name without inner capitals).
    """
    _, words = _name_words(name)
    forms = {"".join(w[0] for w in words[:k]) + "".join(words[k:]) for k in range(2, len(words))}
    return _short_enough(name, forms | _glued_heads(name)) | initials(name)


def initials(name: str) -> set[str]:
    """The short forms of a name that are letters alone (lower case): the initials of its
    words ("nyt" of "The New York Times") and its capitals when it has lower-case letters
    too ("nyt" of "NYTimes"); each of :data:`MIN_SHORT_FORM` letters or more, and not the
    name's own compact form. A leading "the" is no word of it.

    Unrelated names share initials often ("CBC", "NPR", "AFP" each stand for several
    outlets), so initials alone never tie two names: :mod:`analysis.clean.outlet_merge`
    files a name under the one it is the initials of only when a domain ties them.

    Parameters
    ----------
    name : str
        A site name as written.

    Returns
    -------
    set of str
        The forms, a subset of :func:`short_forms` (empty for a one-word name without
        inner capitals).

    Examples
    --------
    >>> sorted(initials("The New York Times")), sorted(initials("NYTimes"))
    (['nyt'], ['nyt'])
    """
    written, words = _name_words(name)
    forms = set()
    if len(words) >= 2:
        forms.add("".join(w[0] for w in words))
    capitals = [c for c in written if is_upper_case(c)]
    if len(capitals) >= 2 and any(is_lower_case(c) for c in written):
        forms.add("".join(capitals).casefold())
    return _short_enough(name, forms)


#: A name of one token in a script that glues words together: Han, kana, Hangul
#: ("松本日日新聞", "南江晨报社", "한빛일보사"). Its short and long forms are its heads,
#: not its words' initials (:func:`short_forms`), and a company's word is glued to its
#: end (:func:`company_head`).
GLUED_SCRIPT_NAME = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]{3,}"
)
#: The most characters a word glued to the end of such a name has: a company's ("社",
#: "사", "有限公司"), or a paper's ("新聞", "日报") that its short form leaves out.
MAX_GLUED_COMPANY_CHARS = 4
#: The company words glued to the end of such a name, longest first: "company" ("社",
#: "사", "公司"), "limited company" ("有限公司", "股份有限公司"), "group" ("集团").
GLUED_COMPANY_WORDS = ("股份有限公司", "有限公司", "株式会社", "公司", "集团", "集團", "社", "사")


def _glued_heads(name: str) -> set[str]:
    """The heads of a name of one glued token (:data:`GLUED_SCRIPT_NAME`) without up to
    :data:`MAX_GLUED_COMPANY_CHARS` of its last characters, each of at least
    :data:`MIN_SHORT_FORM` ("松本日日" of "松本日日新聞": the paper without "newspaper");
    empty for any other name."""
    token = name.strip()
    if not GLUED_SCRIPT_NAME.fullmatch(token):
        return set()
    first = max(MIN_SHORT_FORM, len(token) - MAX_GLUED_COMPANY_CHARS)
    return {token[:end] for end in range(first, len(token))}


def _name_words(name: str) -> tuple[str, list[str]]:
    """A name without a leading "the", and its words in lower case."""
    written = re.sub(r"^\s*(?i:the)\s+", "", name)
    return written, [w.casefold() for w in _WORD.findall(written)]


def _short_enough(name: str, forms: set[str]) -> set[str]:
    """The forms of :data:`MIN_SHORT_FORM` letters or more that are not the name's own."""
    own = compact_name(name)
    return {form for form in forms if len(form) >= MIN_SHORT_FORM and form != own}


def label_forms(name: str) -> set[str]:
    """The labels a domain of the site ``name`` may have, strictly: its compact form,
    with a leading "the" too ("thehill" of "The Hill"), and its :func:`short_forms`
    ("nyt", "nytimes" of "The New York Times"). Stricter than
    :func:`name_matches_domain`: no first word alone, no name inside a longer label.

    Parameters
    ----------
    name : str
        A site name as printed.

    Returns
    -------
    set of str
        Empty for a name without a letter or digit.

    Examples
    --------
    >>> sorted(label_forms("The New York Times"))
    ['newyorktimes', 'nyt', 'nytimes', 'thenewyorktimes']
    """
    compact = compact_name(name)
    return {compact, f"the{compact}"} | short_forms(name) if compact else set()


#: A company's legal forms, as written after its name ("Example Ltd", "Example, S.A. de
#: C.V.", "Example GmbH & Co. KG", "Example sp. z o.o."): each form's words folded as
#: :func:`is_company_word` folds them (case and dots aside). Legal forms only, no
#: vocabulary: a notice's holder is cut of them whatever the page (:func:`without_legal_form`).
LEGAL_FORMS: tuple[tuple[str, ...], ...] = tuple(
    tuple(form.split())
    for form in (
        # English, and the Indian, Australian, Malaysian, Singaporean forms
        "inc", "llc", "llp", "ltd", "limited", "corp", "corporation", "co", "plc", "&",
        "pvt ltd", "private limited", "pvt", "pty ltd", "pty", "sdn bhd", "sdn", "bhd",
        "pte ltd", "pte",
        # German, Austrian, Swiss ("mbH" after "...gesellschaft": "Example Verlagsgesellschaft mbH")
        "gmbh & co kgaa", "gmbh & co kg", "gmbh & co", "gmbh", "mbh", "ag", "kg", "kgaa",
        # French, Spanish, Portuguese, Italian, Latin American
        "sa de cv", "s de rl de cv", "sa", "sas", "sarl", "sl", "slu", "sau", "srl", "spa",
        "ltda", "eireli",
        # Dutch, Nordic, Polish, Czech and Slovak, Japanese
        "bv", "nv", "ab", "oy", "oyj", "as", "asa", "aps", "sp z oo", "sp", "sro", "kk",
        # Hungarian, Slovene and the Yugoslav languages, Bulgarian, Icelandic, Estonian,
        # Turkish, Greek
        "kft", "zrt", "nyrt", "bt", "doo", "dd", "доо", "ад", "оод", "еоод", "еад", "ehf",
        "hf", "oü", "aş", "αε",
    )
)  # fmt: skip
#: The legal forms written before the name, in the Baltic languages and Russian ("SIA
#: Example", "UAB Example", "AS Example", "ООО Example").
LEADING_LEGAL_FORMS = frozenset(("sia", "uab", "as", "oü", "ооо", "оао", "зао", "пао", "ао"))
# The forms of several words first ("private limited" before "limited").
_LEGAL_FORMS_LONGEST_FIRST = sorted(LEGAL_FORMS, key=len, reverse=True)
#: Words that end a company's name, not a site's ("Example Media Group", "Example Verlag
#: GmbH", "Example Médias S.A."): vocabulary, English and the languages whose papers'
#: notices name their publishing house so, and the one-word :data:`LEGAL_FORMS`.
COMPANY_WORDS = frozenset((
    "media", "group", "network", "networks", "communications", "entertainment", "company",
    "holdings", "publishing", "publications", "newspapers",
    # German, French, Spanish, Portuguese, Italian, Dutch: publishing house, media, group
    "verlag", "verlagsgruppe", "mediengruppe", "medien", "gruppe", "groupe", "grupo",
    "gruppo", "médias", "medias", "mídia", "éditions", "editions", "ediciones", "edições",
    "edizioni", "editora", "uitgeverij",
)) | {form[0] for form in LEGAL_FORMS if len(form) == 1}  # fmt: skip
#: Words that open a company's name, not a site's ("Grupo Example", "Groupe Example",
#: "Editorial Example", "Verlag Example"): vocabulary.
LEADING_COMPANY_WORDS = frozenset((
    "grupo", "groupe", "gruppo", "gruppe", "verlag", "verlagsgruppe", "mediengruppe",
    "éditions", "editions", "ediciones", "edições", "edizioni", "editorial", "editora",
    "uitgeverij",
))  # fmt: skip


def company_span(words: Sequence[str]) -> tuple[int, int]:
    """Where a name is, once the company words around it are cut ("Hafenblatt" of
    "Hafenblatt Verlag GmbH", "Example" of "Grupo Example S.A.").

    Parameters
    ----------
    words : sequence of str
        A name's words as written (split at spaces; a trailing comma is no part of a
        word here: "Example Verlag, GmbH").

    Returns
    -------
    tuple of (int, int)
        ``(start, end)``: ``words[start:end]`` without the trailing
        :data:`COMPANY_WORDS` and the leading :data:`LEADING_COMPANY_WORDS`; at least
        one word is kept, and ``(0, len(words))`` when there is none to cut.
    """

    start, end = 0, len(words)
    while end - start > 1 and is_company_word(words[end - 1]):
        end -= 1
    while end - start > 1 and is_company_word(words[start], LEADING_COMPANY_WORDS):
        start += 1
    return start, end


def is_company_word(word: str, vocabulary: frozenset[str] = COMPANY_WORDS) -> bool:
    """Whether a word as written is one of ``vocabulary`` (case, dots and a trailing
    comma aside: "S.A." is "sa", "GmbH," is "gmbh").

    Parameters
    ----------
    word : str
        One word of a name.
    vocabulary : frozenset of str
        :data:`COMPANY_WORDS` (the default) or :data:`LEADING_COMPANY_WORDS`.

    Returns
    -------
    bool
        Whether the folded word is in it.
    """
    return word.casefold().replace(".", "").strip(",") in vocabulary


def without_legal_form(name: str) -> str:
    """``name`` without the :data:`LEGAL_FORMS` written after it ("Ediciones del Sur" of
    "Ediciones del Sur S.L", "Hafenblatt Verlag" of "Hafenblatt Verlag GmbH & Co",
    "Diario del Golfo" of "Diario del Golfo, S.A. de C.V") and the
    :data:`LEADING_LEGAL_FORMS` written before it ("Vidzemes Balss" of "SIA Vidzemes
    Balss"); at least one word is kept.

    Parameters
    ----------
    name : str
        A name as a notice writes it (words split at spaces, a comma before a form).

    Returns
    -------
    str
        The name's words before its forms, without a trailing comma.

    Examples
    --------
    >>> without_legal_form("Kurier Bałtycki sp. z o.o")
    'Kurier Bałtycki'
    """
    words = name.split()
    # "S.A." is "sa", the Danish "A/S" is "as"
    folded = [word.casefold().replace(".", "").replace("/", "").strip(",") for word in words]
    end = len(words)
    cut = True
    while cut:
        cut = False
        for form in _LEGAL_FORMS_LONGEST_FIRST:
            if end > len(form) and tuple(folded[end - len(form) : end]) == form:
                end -= len(form)
                cut = True
                break
    start = 0
    while end - start > 1 and folded[start] in LEADING_LEGAL_FORMS:
        start += 1
    if (start, end) == (0, len(words)):
        return name
    return " ".join(words[start:end]).rstrip(",")


def company_head(name: str) -> str | None:
    """A company's name without its company words (:func:`company_span`), or None when
    it has none ("Harbour Daily" of "Harbour Daily Media Ltd"); a name of one glued
    token without the company word glued to its end (:data:`GLUED_COMPANY_WORDS`:
    "松本日日新聞" of "松本日日新聞社").

    Parameters
    ----------
    name : str
        A name as written.

    Returns
    -------
    str or None
        The words left, space-joined, without a trailing comma.
    """
    words = name.split()
    if len(words) == 1 and GLUED_SCRIPT_NAME.fullmatch(words[0]):
        token = words[0]
        for word in GLUED_COMPANY_WORDS:  # glued to its end ("松本日日新聞社")
            if token.endswith(word) and len(token) - len(word) >= MIN_SHORT_FORM:
                return token[: -len(word)]
        return None
    start, end = company_span(words)
    if end - start == len(words):
        return None
    return " ".join(words[start:end]).rstrip(",") or None


# An HTML character reference left in a value: a scraper that did not decode it, or a CMS
# that escaped it twice ("Example &amp;amp; Journal" decodes to "Example &amp; Journal").
_CHARACTER_REFERENCE = re.compile(
    r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
)
#: Most decodings of a value still holding a character reference (escaped twice, thrice).
MAX_UNESCAPES = 3


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    for _ in range(MAX_UNESCAPES):
        if not _CHARACTER_REFERENCE.search(text):
            break
        text = " ".join(html.unescape(text).split())
    return text or None


# a site's address where its name should be (``og:site_name`` "https://www.example.com")
_ADDRESS = re.compile(r"https?://\S*", re.IGNORECASE)


def _site_name(value: str | None) -> str | None:
    """A site name as a page's markup gives it, without a social handle's marks: an
    HTML page's name may be its ``twitter:site`` handle ("@Example_" -> "Example"). An
    address is no name: the page's URL or its text names the site."""
    text = _clean(value)
    if text is None or _ADDRESS.fullmatch(text):
        return None
    return _clean(text.lstrip("@").strip("_"))


# What may follow a site's name in a longer ``og:site_name``: a tagline's separator or an
# aside in brackets ("Example Daily | Breaking news", "Example Daily (ED)").
_AFTER_NAME = frozenset("|-–—:·•(,/")


def _markup_site_name(evidence: OutletEvidence) -> str | None:
    """The HTML site name (``og:site_name``), as far as the page's text agrees.

    Sites put a tagline or an aside after their name in the markup ("Example Daily |
    Breaking news, sport and weather", "Example Daily (ED)"): when the page's text names
    the site (its site name, else its copyright holder) and the markup's name is that
    name followed by a separator, the text's name is the site's; otherwise the markup's
    name as written.
    """
    markup = _site_name(evidence.html_site_name)
    own = _clean(evidence.page_site_name or evidence.copyright_holder)
    if not markup or not own or not markup.casefold().startswith(own.casefold()):
        return markup
    rest = markup[len(own) :].lstrip()
    return own if rest[:1] in _AFTER_NAME and rest[:1] else markup


def decide_outlet(evidence: OutletEvidence, page: str) -> Outlet:
    """Decide an article's outlet from its evidence (order in the module docstring).

    Parameters
    ----------
    evidence : OutletEvidence
        What the manifest, URL, listing card, HTML and page text say.
    page : str
        The page name (for the unknown outlet's name and key).

    Returns
    -------
    Outlet
        Display name, identity key and source.
    """
    manifest = _clean(evidence.manifest_outlet)
    url = _clean(evidence.url)
    domain = registered_domain(url) if url and not names_no_site(url) else None
    if manifest:
        key = domain if domain and evidence.manifest_outlet_of_url else None
        if evidence.manifest_outlet_by_name:
            key = manifest_key(manifest, None)  # one name, one outlet: a moved paper
        # a row without a URL whose outlet is written as an address (Media Cloud's
        # media_name "example.com") is keyed as a row of that address would be
        written = None if domain or key else domain_of_name(manifest)
        return Outlet(manifest, key or manifest_key(manifest, domain or written), "manifest")
    if (printed := _clean(evidence.export_outlet)) and compact_name(printed):
        return Outlet(printed, domain_of_name(printed) or f"name:{compact_name(printed)}", "export")
    if (card := _clean(evidence.card_outlet)) and compact_name(card):
        # a listing's URL is the aggregator's address, not its cards' publishers'
        if (address := domain_of_name(card)) is None:
            return Outlet(card, f"name:{compact_name(card)}", "card")
        # a card printing its own site's address: the site's name as the page gives it
        return Outlet(_own_site_name(evidence, address) or card, address, "card")
    if domain and evidence.url_from_html and (own := syndicated_site(evidence, domain)):
        # a publication on a shared platform the suffix list lacks, at its own host
        # (NAME.wordpress.com named NAME): no reprint of the platform's story
        credited = domain if own_host(evidence, url, domain) == domain else None
        return Outlet(own, domain_of_name(own) or f"name:{compact_name(own)}", "html", credited)
    if domain and (account := path_account(url)):
        return Outlet(f"{domain}/{account}", f"{domain}/{account}", "url")
    if domain and (publication := path_publication(evidence, url, domain)):
        return Outlet(publication[0], publication[1], "url")
    if domain and (publication := institution_path_site(evidence, url, domain)):
        return Outlet(publication[0], publication[1], "url")
    paper = _clean(evidence.issue_paper)
    if domain and paper and compact_name(paper) and not name_matches_domain(paper, domain):
        # an e-paper kiosk's issue of a paper: the paper's, not the kiosk's
        return Outlet(paper, domain_of_name(paper) or f"name:{compact_name(paper)}", "url")
    if domain and (mirrored := mirrored_domain(evidence, url, domain)):
        domain = mirrored  # a reader mirror's copy: the site whose host the page prints
    if domain and path_names_page_site(evidence, url, domain):
        domain = None  # a go-between's link (a feed proxy's): filed by the printed name
    if domain and (proxied := proxied_domain(evidence, url, domain)):
        domain = proxied  # a translation proxy's copy: the site it serves
    if domain:
        host = own_host(evidence, url, domain)
        if host != domain and (owners_host(evidence, url, domain) or _generated_host(url, domain)):
            # a writer's publication on a platform: shown by its own name ("The Marsh
            # Letter" at wendymarsh.platform.example), not its owner's; a site builder's
            # user site at the host it generated, by the site's name
            names = (_markup_site_name(evidence), evidence.page_site_name)
            own = next((n for n in map(_clean, names) if n and not _may_be_of(n, domain)), None)
            return Outlet(own or _domain_display_name(evidence, host), host, "url")
        return Outlet(_domain_display_name(evidence, host), host, "url")
    for value, source in (
        (_markup_site_name(evidence), "html"),
        (evidence.page_site_name, "page"),
        (evidence.copyright_holder, "copyright"),
    ):
        name = _clean(value)
        if name and compact_name(name):
            if source == "copyright" and (titled := _titled_company_head(evidence, name)):
                name, source = titled, "html"
            key = domain_of_name(name) or f"name:{compact_name(name)}"
            masthead = _clean(evidence.masthead) if source == "copyright" else None
            if masthead and key.startswith("name:"):
                key = masthead_key(key, masthead)
                name = holder_display_name(name, masthead)
            elif (former := _clean(evidence.former_name)) and key.startswith("name:"):
                # one site under its old and new names
                key = renamed_key(key, f"name:{compact_name(former)}")
            return Outlet(name, key, source)
    if evidence.contact_domain:  # "Got a tip? Email tips@example.org", and nothing else
        return Outlet(evidence.contact_domain, evidence.contact_domain, "page")
    return Outlet(unknown_site(page), f"unknown:{page}", "unknown")


def holder_display_name(holder: str, masthead: str) -> str:
    """The name to show for a page filed under its copyright ``holder`` below its
    ``masthead``: the holder without its company words (:func:`company_head`) when the
    masthead is that name or its last words ("Northfold Herald" of "© Northfold Herald
    Newspapers" under "The Herald", "Harbour Daily" of "© Harbour Daily Media Ltd" under
    "Harbour Daily": the paper's name, which its publisher's notice spells out); the
    holder as printed otherwise (a group's name over a sister site's masthead). The key
    is not changed (:func:`masthead_key`).

    Parameters
    ----------
    holder : str
        The copyright notice's holder, as printed.
    masthead : str
        The masthead the page opens with.

    Returns
    -------
    str
        The name shown.

    Examples
    --------
    >>> holder_display_name("Northfold Herald Newspapers", "The Herald")
    'Northfold Herald'
    >>> holder_display_name("Harbour Media Group", "Harbour Daily")
    'Harbour Media Group'
    """
    head = company_head(holder)
    if head is None:
        return holder
    head_words = _name_words(head)[1]
    masthead_words = _name_words(masthead)[1]
    if masthead_words and head_words[len(head_words) - len(masthead_words) :] == masthead_words:
        return head
    return holder


def _titled_company_head(evidence: OutletEvidence, holder: str) -> str | None:
    """The site name an HTML page's ``<title>`` prints beside its headline when it is the
    copyright holder's name without its company words ("Headline | 松本日日新聞" over
    "© 松本日日新聞社", "Headline | Harbour Daily" over "© Harbour Daily Media Ltd"): the
    site, which its company's notice names. None when the page opens with a masthead
    (a group's notice under a sister site's name: :func:`masthead_key`) or the title
    names no such part."""
    head = company_head(holder)
    parts = evidence.html_title_parts
    if not head or len(parts) < 2 or _clean(evidence.masthead):
        return None
    for part in (parts[-1], parts[0]):
        if compact_name(part) == compact_name(head):
            return part
    return None


def masthead_key(holder_key: str, masthead: str) -> str:
    """The key of a page filed under a copyright holder that opens with a masthead.

    The page is the holder's (``name:`` + its compact name) unless the run shows the
    holder's pages under two or more mastheads: then each masthead is an outlet
    (:mod:`analysis.clean.outlet_merge`, which reads the key back with
    :func:`holder_and_masthead`).

    Parameters
    ----------
    holder_key : str
        ``name:`` + the holder's compact name.
    masthead : str
        The masthead as the page writes it.

    Returns
    -------
    str
        ``"name:HOLDER (masthead NAME)"``.

    Examples
    --------
    >>> masthead_key("name:harbourmediagroup", "Harbour Daily")
    'name:harbourmediagroup (masthead Harbour Daily)'
    """
    return f"{holder_key} (masthead {masthead})"


_MASTHEAD_KEY = re.compile(r"(name:\S+) \(masthead (.+)\)")


def holder_and_masthead(key: str) -> tuple[str, str] | None:
    """The holder's key and the masthead of a :func:`masthead_key`, else None.

    Parameters
    ----------
    key : str
        An outlet key.

    Returns
    -------
    tuple of (str, str) or None
        ``("name:HOLDER", "NAME")``.
    """
    found = _MASTHEAD_KEY.fullmatch(key)
    return (found.group(1), found.group(2)) if found else None


def syndicated_site(evidence: OutletEvidence, domain: str) -> str | None:
    """The page's own site when its canonical URL is another publisher's, else None.

    A syndication partner's reprint points its canonical / og:url to the original
    article (as agencies and search engines ask: a local site's wire story to the
    agency's page). The page's own site is the one its markup and its text both name:
    the HTML site name (``og:site_name``) and the page text's site name (or, when it
    has none, its copyright holder: the footer) are one name
    (the same compact form, or one starting the other: "Harbour Daily" and "Harbour
    Daily Media"), and neither may be a name of the canonical URL's domain (neither
    matches it, :func:`name_matches_domain`, nor starts with the letter its label starts
    with). One of the two alone is no evidence: ``og:site_name`` is the wire's name on
    some local sites' own pages. Nor is a name unlike the address of a site on a shared
    platform's host (a private suffix of the list: ``halvard-notes.github.io``,
    :func:`~analysis.clean.public_suffix.is_platform_site`): its label is its owner's
    handle and its name the owner's choice ("Field Notes"), so the page is that host's
    (two blogs titled alike are not one site's reprints, h200). Nor is a page whose
    closing notice names the address's publisher (``notice_holder`` a name of the
    domain): a paper's magazine under its own name on the paper's domain ("Example
    Weekend", "© 2026 The Example Chronicle"), one site, as the address says.

    Parameters
    ----------
    evidence : OutletEvidence
        The page's evidence; ``url`` the canonical URL of the HTML page.
    domain : str
        The registered domain of that URL.

    Returns
    -------
    str or None
        The HTML site name, or None when the URL is the page's own.
    """
    markup = _markup_site_name(evidence)
    text = _clean(evidence.page_site_name or evidence.copyright_holder)
    if not markup or not text or is_platform_site(domain):
        return None
    one, other = sorted((compact_name(markup), compact_name(text)), key=len)
    if not one or not other.startswith(one):
        return None
    if any(_may_be_of(name, domain) for name in (markup, text)):
        return None
    holder = _clean(evidence.notice_holder)
    if holder and name_matches_domain(holder, domain):
        return None  # the address's publisher signs the page: its magazine, its own
    if _title_names_domain(evidence.html_title_parts, domain):
        return None  # its <title> names the address's site: a parent company's notice
    if evidence.url and owners_host(evidence, evidence.url, domain):
        return None  # a writer's own host on a platform, her notice under it
    if evidence.url and _generated_host(evidence.url, domain):
        return None  # a user's site at the host a site builder generated: that host's
    return markup


def _title_names_domain(parts: Sequence[str], domain: str) -> bool:
    """Whether a page's ``<title>`` names ``domain``'s site beside its headline: its last
    or first part (of two or more) is a name of the domain ("Headline | Glenview Chronicle"
    at glenviewchronicle.com). A page printing its parent company's name as its markup's
    and its notice's ("Northgate Regional Publishing Ltd") is its own site's then, not a
    reprint of another publisher's story: a reprint's title names the reprinting site."""
    return len(parts) >= 2 and any(
        name_matches_domain(part, domain) for part in dict.fromkeys((parts[-1], parts[0]))
    )


def _may_be_of(name: str, domain: str) -> bool:
    """Whether a site name may be the name of ``domain``: it matches it
    (:func:`name_matches_domain`, word starts too), or the domain's label starts with
    the name's first letter (a site's address often abbreviates or respells its name:
    "DH" on deccanherald.com, "Mensagens de Reflexão" on mensagensreflexao.com.br), or
    the name has no Latin letter to compare (nor the domain, an IP address). A host under
    no known suffix is compared by each of its labels (:func:`site_labels`): the page's
    own ``www.harbour-daily.example`` is no other publisher's."""
    if name_matches_domain(name, domain, word_starts=True):
        return True
    letters = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", compact_name(name)))
    labels = [compact_name(label).removeprefix("the") for label in site_labels(domain)]
    if not letters or not any(re.search(r"[^\W\d_]", label) for label in labels):
        return True  # nothing to compare: an IP address names no other publisher
    return any(label[:1] == letters[:1] for label in labels)


def manifest_key(name: str, domain: str | None) -> str:
    """The key of an outlet the manifest names, on a page of ``domain`` (or of no URL).

    The researcher's name decides: a name that is the domain's name (:func:`name_matches_domain`,
    "Example Review" on example-review.com) is keyed by the domain, so the site's pages
    without a name in the manifest join it; a name that is not (two newsletters on one
    publishing host, "ESPN" and "ABC News" on go.com) is keyed by the name, so two
    names on one domain are two outlets and never merge (unless the manifest writes
    one as a short form of the other: :mod:`analysis.clean.manifest_outlets`). A name
    written as an address of that domain (:func:`domain_of_name`: Media Cloud's media
    names, "example.com", "News.Example.com") is keyed as a page at that address is: the
    domain, or the host under it ("news.example.com", as :func:`own_host` keys a
    publication on a shared host: :func:`sub_host`), never a ``name:`` key of its letters.

    Parameters
    ----------
    name : str
        The manifest's outlet name.
    domain : str or None
        The registered domain of the row's URL, if any.

    Returns
    -------
    str
        ``domain``, a host under it, or ``name:`` + the compact name.

    Examples
    --------
    >>> manifest_key("News.Example.com", "example.com"), manifest_key("EXAMPLE.COM", "example.com")
    ('news.example.com', 'example.com')
    """
    if domain and domain_of_name(name) == domain:
        return sub_host(f"//{name.strip()}", domain) or domain
    if domain and name_matches_domain(name, domain, word_starts=True):
        return domain
    return f"name:{compact_name(name) or name.casefold()}"


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


#: A host's first label a site builder generates for a user's site: words, then a random
#: token of four to eight letters and digits holding both ("turquoise-wren-8kdp",
#: "mango-3k7q"); a section's or an edition's label is a word ("news", "east") or a word
#: and a number ("election-2026").
GENERATED_LABEL = re.compile(r"[a-z]+(?:-[a-z]+)*-(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{4,8}")


def own_host(evidence: OutletEvidence, url: str, domain: str) -> str:
    """The outlet key of a page at ``url``: its registered ``domain``, or its whole host
    when the page's own site name (the markup's, else the text's) is the name of the
    host's first label and not of the domain's: a publication on a shared platform
    ("Borderlands Dispatch" at borderlandsdispatch.substack.com) is an outlet of its own,
    and so is a town's site on a local network's platform whose page opens with its
    masthead over the network's notice (:attr:`OutletEvidence.masthead`),
    as a blog under a private suffix of the public suffix list is, with no list of
    platforms. A section's or an edition's host keeps its site's domain: the site name
    names the domain too ("Example Sport" at sport.example.com), not the host's label
    ("Example" at edition.example.com) or the label only by a later word of the name
    that news outlets' names hold ("Skyline News" at news.skylineportal.com:
    :func:`_section_label`); under an institution's domain
    (:func:`is_institution`), a name of the host's label is the host's, even when it
    names the domain too.

    Parameters
    ----------
    evidence : OutletEvidence
        The page's evidence.
    url : str
        The page's URL.
    domain : str
        Its registered domain (:func:`registered_domain`).

    Returns
    -------
    str
        ``domain`` or the host, lower case, without a leading ``www.``.
    """
    host = sub_host(url, domain)
    if host is None:
        return domain
    label = host.split(".")[0]
    # (a page filed under its network's notice names its own site by its masthead:
    # "Millbrook Nearby" at millbrook.nearbynews.com over "© Nearby News Network")
    for value in (_markup_site_name(evidence), evidence.page_site_name, evidence.masthead):
        name = _clean(value)
        if name and compact_name(name):
            institution = is_institution(domain)
            own = _name_matches_label(name, label, False) and (
                institution or not _section_label(name, label)
            )
            of_domain = name_matches_domain(name, domain) and not institution
            if institution and (part := institution_part(name, label)):
                # the institution's press office ("Northmoor University News" at news.)
                of_domain = name_matches_domain(part, domain)
            if own and not of_domain:
                return host
            break
    return host if owners_host(evidence, url, domain) or _generated_host(url, domain) else domain


def _generated_host(url: str, domain: str) -> str | None:
    """The URL's host (:func:`sub_host`) when a site builder generated it for a user's
    site, its first label words and a random token (:data:`GENERATED_LABEL`,
    turquoise-wren-8kdp.pagesmith.com), which no section's or edition's host is named
    by: a user's site, an outlet of its own, as a host under a private suffix of the
    public suffix list is; not under an institution's domain. Else None.

    >>> _generated_host("https://lime-heron-3x9f.pagesmith.com/news/a", "pagesmith.com")
    'lime-heron-3x9f.pagesmith.com'
    >>> _generated_host("https://news-2026.example.com/a", "example.com") is None
    True
    """
    host = sub_host(url, domain)
    if host is None or is_institution(domain):
        return None
    return host if GENERATED_LABEL.fullmatch(host.split(".")[0]) else None


def owners_host(evidence: OutletEvidence, url: str, domain: str) -> bool:
    """Whether the URL's host is its owner's site on a shared platform: the host's first
    label is the page's copyright holder's name run together ("© 2026 Wendy Marsh" at
    wendymarsh.platform.example), a name not of the registered domain, while the site's
    own name is another ("The Marsh Letter"): a writer's publication on a newsletter or
    blog platform, each writer's host an outlet of its own. The holder must spell the
    whole label: a section's host ("sport.") is nobody's name. Not under an institution's
    domain (its people's pages are the institution's, :func:`is_institution`).

    Parameters
    ----------
    evidence : OutletEvidence
        The page's evidence.
    url : str
        The page's URL.
    domain : str
        Its registered domain (:func:`registered_domain`).

    Returns
    -------
    bool
        True for such a host.

    Examples
    --------
    >>> owners_host(OutletEvidence(copyright_holder="Wendy Marsh"),
    ...             "https://wendymarsh.letterbox.io/p/a", "letterbox.io")
    True
    >>> owners_host(OutletEvidence(copyright_holder="Example Media"),
    ...             "https://sport.example.com/a", "example.com")
    False
    """
    host = sub_host(url, domain)
    holder = _clean(evidence.copyright_holder or evidence.notice_holder)
    if not holder or host is None or is_institution(domain):
        return False
    return compact_name(holder) == host.split(".")[0] and not name_matches_domain(holder, domain)


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
    host = unicode_domain((urlsplit(original_url(url)).hostname or "").lower().rstrip("."))
    host = host.removeprefix("www.")
    return host if host.endswith(f".{domain}") else None


def _section_label(name: str, label: str) -> bool:
    """True when a host's first ``label`` is a later word of the site's ``name`` that the
    languages put in a news outlet's name (:func:`~analysis.clean.newspaper_words.
    holds_newspaper_word`): "Skyline News" at news.skylineportal.com, "Example Radio" at
    radio.example-group.com name their site's section or product host, not a publication
    of a shared platform (a publication's host label is its name or its first word)."""
    words = [word.casefold() for word in LETTER_RUN.findall(name)]
    if words and words[0] == "the":
        words = words[1:]
    label = label.casefold()
    return (
        len(words) >= 2 and label != words[0] and label in words[1:] and holds_newspaper_word(label)
    )


#: The labels of the public suffixes under which institutions, not publishers, register
#: their names (``northmoor.edu``, ``ox.ac.uk``, ``health.gov.au``): each of a
#: university's or a government's publications (a student newspaper, a department's
#: site) has a host of its own under the institution's domain; its press office, named
#: as the institution is, is the institution's (:mod:`analysis.clean.press_office`).
INSTITUTION_SUFFIX_LABELS = frozenset({"edu", "ac", "gov", "mil"})


def is_institution(domain: str) -> bool:
    """True when ``domain`` is registered under an institutions' public suffix.

    A host under it whose page names its site by the host's label is that site's
    (:func:`own_host`), though the name holds the institution's too: "The Northmoor
    Beacon" at beacon.northmoor.edu, the student newspaper, is not the university
    (h144: one row held it and the press office), where "Example Sport" at
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


def path_slug(url: str) -> str | None:
    """The first segment of ``url``'s path, lower case, when it is two words or more of
    letters or digits joined by ``-``, one with a letter ("lagos-ledger" of
    ``https://medium.com/lagos-ledger/story-8f2a``); None otherwise ("@name", a file, a
    one-word segment: "/news/", "/politics/" name a site's section as often as a
    publication on a platform).

    Parameters
    ----------
    url : str
        An absolute URL.

    Returns
    -------
    str or None
        The segment, or None.
    """
    segment = _first_segment(url, more_path=True)
    return segment if is_slug(segment) else None


def is_slug(segment: str) -> bool:
    """Whether a path segment is a name's slug: two words or more of letters or digits
    joined by ``-``, one with a letter ("lagos-ledger"; not "news", "2026-12-03").

    Parameters
    ----------
    segment : str
        One segment of a URL's path.

    Returns
    -------
    bool
        Whether it is shaped as a name's slug.
    """
    return bool(_SLUG.fullmatch(segment) and _LETTER.search(segment))


def path_account(url: str) -> str | None:
    """The account a URL's first path segment names on a shared platform, ``@`` and all
    (``@petra.lindqvist`` of ``https://medium.com/@petra.lindqvist/story-8f2a``), lower
    case; None for any other path.

    A writer's own posts on a platform (``medium.com/@name``, a video site's or a
    fediverse server's ``/@name``) are that writer's outlet, keyed ``domain/@name``: two
    writers' posts are not one outlet, the platform's.

    Parameters
    ----------
    url : str
        An absolute URL.

    Returns
    -------
    str or None
        The segment, or None.
    """
    segment = _first_segment(url, more_path=False)
    return segment if _ACCOUNT.fullmatch(segment) else None


def _first_segment(url: str, more_path: bool) -> str:
    """The first segment of the path of ``url`` (a link unwrapped first, :func:`original_url`),
    case folded; "" when the path has none, or, with ``more_path``, when nothing follows it."""
    path = urlsplit(original_url(url)).path
    return path.split("/")[1].casefold() if path.count("/") >= (2 if more_path else 1) else ""


# A platform account's path segment: "@" and a handle of letters, digits, ".", "_", "-".
_ACCOUNT = re.compile(r"@[^\W_][\w.-]*")


def name_slug(name: str) -> str:
    """A name written as a web address's path writes it: lower case, its words joined by
    ``-`` ("lagos-ledger" of "Lagos Ledger").

    Parameters
    ----------
    name : str
        A name as printed.

    Returns
    -------
    str
        The slug; ``""`` for a name without a letter or digit.
    """
    return "-".join(_BETWEEN_SLUG_WORDS.split(name.casefold())).strip("-")


# What separates a name's words in its slug: anything but a letter or a digit.
_BETWEEN_SLUG_WORDS = re.compile(r"[\W_]+")
# A slug of two words or more: words of letters or digits joined by "-".
_SLUG = re.compile(r"[^\W_]+(?:-[^\W_]+)+")
_LETTER = re.compile(r"[^\W\d_]")


def path_publication(evidence: OutletEvidence, url: str, domain: str) -> tuple[str, str] | None:
    """The publication a page on a shared platform belongs to, when its URL's first path
    segment is the slug of a name the page credits with its text ("Published in Lagos
    Ledger" at ``medium.com/lagos-ledger/...``): its name and key ``domain/slug``. No
    list of platforms: a section's path ("/news/", "/local-news/", "/2026/") is one word
    or no name the page credits, and a name of the domain itself ("Example News" at
    example.com/example-news) is the domain's. A post at a writer's own address
    ("medium.com/@name/...") is the writer's (:func:`path_account`).

    Parameters
    ----------
    evidence : OutletEvidence
        The page's evidence (:attr:`OutletEvidence.path_named_sites`).
    url : str
        The page's URL.
    domain : str
        Its registered domain.

    Returns
    -------
    tuple of (str, str) or None
        ``(name, key)``, or None when the page names no such publication.
    """
    slug = path_slug(url) if evidence.path_named_sites else None
    if slug is None:
        return None
    for name in evidence.path_named_sites:
        if name_slug(name) == slug and not name_matches_domain(name, domain):
            return name, f"{domain}/{slug}"
    return None


def institution_path_site(
    evidence: OutletEvidence, url: str, domain: str
) -> tuple[str, str] | None:
    """The publication of an institution's domain that sits in its URL's first path
    segment: its name and key ``domain/segment``, when the page's own site name is the
    institution's name and that segment ("The Larkspur Ledger" at
    ``larkspur.edu/ledger/...``, the student paper) or the segment written as a slug.

    Under an institution's suffix (:func:`is_institution`) each publication (a student
    paper, the press office) is an outlet of its own, whether it has a host of its own
    (:func:`own_host`) or a folder: the university's news at ``larkspur.edu/news/``,
    named "Larkspur University", stays apart. A publisher's section ("Example Sport"
    at ``example.com/sport/``) stays its site's: only institutions' domains are read so.
    No list of names, no tuned value.

    Parameters
    ----------
    evidence : OutletEvidence
        The page's evidence.
    url : str
        The page's URL.
    domain : str
        Its registered domain.

    Returns
    -------
    tuple of (str, str) or None
        ``(name, key)``, or None.
    """
    if not is_institution(domain):
        return None
    segment = _first_segment(url, more_path=True)
    if not _LETTER.search(segment):
        return None
    labels = {compact_name(label) for label in site_labels(domain)}
    for value in (_markup_site_name(evidence), evidence.page_site_name, evidence.masthead):
        name = _clean(value)
        if not name or not compact_name(name):
            continue
        words = [word for word in name_slug(name).split("-") if word != "the"]
        rest = [word for word in words if word not in labels]
        own = segment == "-".join(words) or (
            rest and len(rest) < len(words) and segment.replace("-", "") == "".join(rest)
        )
        return (name, f"{domain}/{segment}") if own else None
    return None


def path_names_page_site(evidence: OutletEvidence, url: str, domain: str) -> bool:
    """Whether ``url`` is a go-between's link to the page: its path, not its host, spells
    the site the page names as its own.

    A feed reader's or a tracker's link leads to a story through the go-between's host
    and names the story's site in its path (FeedBurner's
    ``feedproxy.google.com/~r/LowmarshHerald/~3/ID/story``): two sites' links share the
    go-between's domain, which is neither's outlet. When the page's own site name (the
    markup's, the text's, else its copyright holder's) is no name of ``domain`` and a
    path segment is that name written compactly, alone or before words of its own
    (``LowmarshHerald``, ``TarrantBayJournal-News``, ``lowmarsh-herald``), the page is
    filed by that name; the last segment (the story's slug, which may name any site)
    counts only when another mark than the slug's "-" ends the name (FeedBlitz's
    ``coldharbourargus~Story-Slug``).
    A publication in a platform's first path segment credited with the story is
    :func:`path_publication`'s, tried first. No list of go-betweens, no tuned value.

    Parameters
    ----------
    evidence : OutletEvidence
        The page's evidence.
    url : str
        The page's URL.
    domain : str
        Its registered domain.

    Returns
    -------
    bool
        Whether the path spells the page's own site name and the domain does not.
    """
    segments = [part for part in urlsplit(original_url(url)).path.split("/") if part]
    if not segments:
        return False
    if (name := _printed_site_name(evidence)) is None or name_matches_domain(name, domain):
        return False  # the page's own name decides: a name of the domain is its site's
    compact = compact_name(name)
    return any(
        spelled_at_start(segment, compact, slug=index == len(segments) - 1)
        for index, segment in enumerate(segments)
    )


def mirrored_domain(evidence: OutletEvidence, url: str, domain: str) -> str | None:
    """The registered domain of the site a mirror's copy prints as its own, when ``url``
    is the mirror's: an id alone on another site's host.

    A read-later mirror (an Outline-like reader) serves its copy of a story at an id of
    its own (``https://reader.example/19888b``) and prints the story's site by its host
    over the headline ("EXAMPLEDAILY.CO.UK"): two sites' copies share the mirror's
    domain, which is neither's outlet. When the URL's path is an id
    (:func:`~analysis.clean.link_forms.is_id_link`: no section, no slug) and the page's
    own site name (the markup's, the text's, else its copyright holder's) is a host name
    of another registered domain (:func:`domain_of_name`), the page is that domain's. A
    site's own story at an id prints its own name or address, which keeps its domain. No
    list of mirrors, no tuned value.

    Parameters
    ----------
    evidence : OutletEvidence
        The page's evidence.
    url : str
        The page's URL.
    domain : str
        Its registered domain.

    Returns
    -------
    str or None
        The printed host's registered domain, or None.
    """
    if not is_id_link(original_url(url)):
        return None
    name = _printed_site_name(evidence)
    site = domain_of_name(name) if name else None
    return site if site is not None and site != domain else None


def _printed_site_name(evidence: OutletEvidence) -> str | None:
    """The name the page gives its own site: the markup's, else the text's, else its
    copyright holder's; None when it gives none."""
    for value in (_markup_site_name(evidence), evidence.page_site_name, evidence.copyright_holder):
        name = _clean(value)
        if name and compact_name(name):
            return name
    return None


def proxied_domain(evidence: OutletEvidence, url: str, domain: str) -> str | None:
    """The registered domain a proxy's host spells in its first label, when the page's
    own site name is that domain's name and not the proxy's.

    A translation or cache proxy serves a site under a host that writes the site's host
    in one label, its dots as ``-`` and its hyphens as ``--``
    (``www-wexcombedaily-com.translate.goog`` for ``www.wexcombedaily.com``,
    ``www-x-com.cdn.ampproject.org``): its pages are the site's. The label spells two
    dots or more, or one when it is a domain of its own under the proxy's public suffix
    (``wexcombedaily-com.translate.goog``): one "-" may be a name's own ("daily-news" of
    ``daily-news.example.com``). The page's name (the markup's, the text's, else its
    copyright holder's) must be the decoded domain's; a page or a table's row naming no
    site is the decoded domain's by the host alone when the label spells two dots
    (``www-minato--shimpo-co-jp.translate.goog``). No list of proxies.

    Parameters
    ----------
    evidence : OutletEvidence
        The page's evidence.
    url : str
        The page's URL.
    domain : str
        Its registered domain.

    Returns
    -------
    str or None
        The decoded host's registered domain, or None.
    """
    host = (urlsplit(original_url(url)).hostname or "").lower().rstrip(".")
    label = host.split(".")[0]
    decoded = label.replace("--", "\0").replace("-", ".").replace("\0", "-")
    # one "-" may be a name's own ("daily-news.example.com"): two dots spelled, or a
    # label the public suffix list makes a domain of its own (a proxy's suffix)
    if decoded.count(".") < (1 if host == domain else 2) or not is_public_domain(decoded):
        return None
    if (site := registered_domain(decoded)) in (None, domain):
        return None
    name = _printed_site_name(evidence)
    if name is None:  # a row or page naming nothing: the host alone, when it spells two
        # dots (a blog "harbour-news" under a platform's suffix spells "harbour.news")
        return site if decoded.count(".") >= 2 else None
    return site if name_matches_domain(name, site) else None


# What separates the words of a path segment that are not run together.
_SEGMENT_WORDS = re.compile(r"[-_.~+/]+")


def spelled_at_start(segment: str, compact: str, slug: bool = False) -> bool:
    """Whether the first words of a path segment (or a host's label), run together, are
    ``compact``.

    In the last segment (``slug``: the story's, its words joined by "-", which may name
    any site) only when the story's own words follow the name after a mark of another
    kind (a feed service's ``coldharbourargus~Story-Slug``); a slug that is the name
    alone, with or without a file extension, is a story's headline. In another segment
    the name may stand alone or open it before words joined by another mark than its own
    (``TarrantBayJournal-News``), not by the same one: ``bernie-sanders-wins-primary`` in
    ``/politics/bernie-sanders-wins-primary/index.html`` is the story's slug, not a site
    "Bernie Sanders". A name's leading "the",
    which :func:`compact_name` leaves off, may open the segment
    (``the-brannock-sentinel`` of "The Brannock Sentinel").

    Parameters
    ----------
    segment : str
        A URL's path segment (percent-encoded or not) or a host's label.
    compact : str
        A name as :func:`compact_name` writes it.
    slug : bool
        Whether the segment is the path's last, the story's slug.

    Returns
    -------
    bool
        Whether the segment opens with the name.
    """
    text = unquote(segment)
    the = _LEADING_THE_WORD.match(text)
    return _spelled_from(text, 0, compact, slug) or bool(
        the and _spelled_from(text, the.end(), compact, slug)
    )


def _joins_another_slug(mark: str, inner_marks: str, more: bool) -> bool:
    """Whether a story slug that opens with a site's name goes on past it with words
    of its own joined by a mark of another kind (FeedBlitz's ``coldharbourargus~Story``):
    not the slug's own "-" or its words' mark, not a file extension's ".", not the end (a
    slug that is the name alone is a story's headline written as a slug:
    ``/archives/harbor-bridge`` under a page whose first line "Harbor Bridge" reads as
    its masthead)."""
    return more and mark not in ("-", ".") and not (set(mark) & set(inner_marks))


# A path segment's leading "the" and the mark after it ("the-", "The_").
_LEADING_THE_WORD = re.compile(r"(?i)the[-_.~+]")


def _spelled_from(text: str, at: int, compact: str, slug: bool) -> bool:
    """:func:`spelled_at_start` on ``text`` read from ``at``."""
    joined = ""
    inner_marks = ""  # the marks between the name's own words
    for found in _SEGMENT_WORDS.finditer(f"{text}/", at):
        word = text[at : found.start()]
        at = found.end()
        joined += compact_name(word) if word else ""
        if joined == compact:
            more, mark = at < len(text), found.group(0)
            if slug:
                return _joins_another_slug(mark, inner_marks, more)
            return not more or not set(mark) & set(inner_marks)
        inner_marks += found.group(0)
        if not compact.startswith(joined):
            return False
    return False


#: A letter a domain name can spell: a name without one is written in another script.
LATIN_LETTER = re.compile(r"[A-Za-z]")


def _domain_display_name(evidence: OutletEvidence, domain: str) -> str:
    """The site's own name when the HTML or the page gives one matching ``domain``.

    A copyright holder is weighed last: it is a parent company on some pages, but one
    whose name matches the URL's domain is the site itself ("The Daily, LLC" on
    daily.com), as it is when the same page is read without a URL. A name written in a
    script the domain cannot spell ("Львівський вісник" on lvivskyi-visnyk.com.ua)
    matches no domain (:func:`_unspelled_name`); it is shown before a name that is only
    the domain written out ("example.com", as trafilatura names a page whose markup
    names no site).
    """
    return _own_site_name(evidence, domain) or _unspelled_name(evidence) or domain


def _own_site_name(evidence: OutletEvidence, domain: str) -> str | None:
    """The name the HTML or the page gives its site when it matches ``domain``
    (:func:`name_matches_domain`: "El Austral de Temuco" of australtemuco.cl; else
    spelled by the starts of its words, "The Evening Bell" of ebell.co.za, before a
    copyright holder the domain's label holds, "Bell" of "© Bell Media"), then the
    ``<title>``'s last or first part, or its whole when it is one part (a page whose
    title is its site's name) when the names before it are none or only the bare
    address in lower case (a brand written as its address, "MacRumors.com", stays); a
    name that is only an address given way to a name in a script no domain spells
    (:func:`_unspelled_name`); None when no name matches."""
    own_names = (_markup_site_name(evidence), evidence.page_site_name)
    # the site's own name spelled by its words' starts ("The Evening Bell" of ebell.co.za)
    # before a parent company's that a label holds ("Bell" of "© Bell Media" in "ebell")
    tries = [(value, False) for value in own_names] + [(value, True) for value in own_names]
    # last, the <title>: its site part ("Headline | Example Daily"), or all of it when the
    # page's title is only its site's name ("Example Daily" over a story it renders)
    parts = evidence.html_title_parts
    titled = [(part, False) for part in dict.fromkeys((*parts[-1:], *parts[:1]))]
    bare = None  # the bare address in lower case: the extractor's name for a page
    # whose markup names no site, no name the site gave; the <title> may give one
    label = compact_name(domain.split(".")[0])
    candidates = [(value, word_starts, False) for value, word_starts in tries]
    candidates.append((evidence.copyright_holder, False, False))
    candidates += [(value, word_starts, True) for value, word_starts in titled]
    for value, word_starts, from_title in candidates:
        name = _clean(value)
        if not name or not (
            name_matches_domain(name, domain, word_starts) or name_spelled_by_domain(name, domain)
        ):  # (a Cyrillic name its domain spells in Latin letters: "Ногай Давысы" nogaydavysy)
            continue
        if from_title and compact_name(name) != label:
            continue  # a title's part only when it spells the domain's label whole
        if domain_of_name(name) is None:
            return name
        if name != name.lower():  # the site's brand written as its address, "MacRumors.com"
            return _unspelled_name(evidence) or name
        bare = bare or name
    return (_unspelled_name(evidence) or bare) if bare is not None else None


def _unspelled_name(evidence: OutletEvidence) -> str | None:
    """A site name in a script no domain spells that two cues of the page give: the
    markup's name when the page's text names the site so too, so that the site's text
    dumps, filed by that name, join its HTML pages; the markup's or the text's name when
    the page's ``<title>`` names it as well ("Headline — Львівський вісник",
    :func:`title_names`), or its closing notice (``notice_holder``: a text dump's
    masthead "Мокшень Вал" over "© 2026 Мокшень Вал"). None for none."""
    markup = _clean(_markup_site_name(evidence))
    text = _clean(evidence.page_site_name or evidence.copyright_holder)
    for name in (markup, text):
        if not name or LATIN_LETTER.search(name):
            continue
        others = (text if name is markup else markup, _clean(evidence.notice_holder))
        if any(other and compact_name(other) == compact_name(name) for other in others):
            return name
        if title_names(evidence.html_title_parts, name):
            return name
    return None


def title_names(parts: Sequence[str], name: str) -> bool:
    """Whether a page's ``<title>`` names a site beside its headline: its first or last
    part is the name ("Headline — Example Daily", "Example Daily | Headline").

    Parameters
    ----------
    parts : sequence of str
        The ``<title>``'s parts (:func:`analysis.clean.html_page.title_parts`).
    name : str
        A site name, spaces collapsed.

    Returns
    -------
    bool
        False for a title of one part.
    """
    return len(parts) >= 2 and name in (parts[0], parts[-1])


def is_unknown(outlet: str) -> bool:
    """True for the display name of an unknown outlet (:func:`unknown_site`).

    Parameters
    ----------
    outlet : str
        A display name from the tables.

    Returns
    -------
    bool
        Whether it has the form :func:`unknown_site` gives.
    """
    return outlet.startswith(f"{_UNKNOWN_PREFIX} (")


def outlet_display_names(keys: list[str], names: list[str]) -> dict[str, str]:
    """One display name per outlet key, distinct keys never sharing a name.

    Pages of one outlet may name it differently (one page gives the site's own name,
    another only its domain, a third its masthead in capitals): every key gets its most
    frequent name that is neither an address (its bare domain or a host name such as
    "blog.daily.com", :func:`domain_of_name`) nor written all in capitals ("The Daily"
    over "THE DAILY": capitals are a masthead's typography; ties: the first in
    code-point order), else its most frequent name in capitals ("ABC"), else its domain
    (a key that is a domain is shown as itself rather than as one of its host names).
    When two keys would show the same name, the name is followed by the key ("News
    (a.com)").

    Parameters
    ----------
    keys, names : list of str
        Aligned outlet keys and display names (one pair per article or page).

    Returns
    -------
    dict of str to str
        Display name by key.
    """
    counts: dict[tuple[str, str], int] = {}
    for pair in zip(keys, names, strict=True):
        counts[pair] = counts.get(pair, 0) + 1
    return outlet_display_names_of_counts(counts)


def _all_capitals(name: str) -> bool:
    """True for a name whose letters are all capitals ("THE DAILY", "ABC")."""
    return is_upper_case(name)


def _without_running_article(name: str) -> str:
    """A name as running text prints it after English's article in lower case, without
    that article ("the BBC" of "the BBC reported": "BBC"); a masthead writes its own "The"
    in capitals ("The Example Post"), which stays."""
    rest = name[4:]
    return rest if name.startswith("the ") and opens_upper_case(rest) else name


def outlet_display_names_of_counts(pairs: Mapping[tuple[str, str], int]) -> dict[str, str]:
    """:func:`outlet_display_names` of ``(key, name)`` pairs given with their counts.

    The same names as from the pairs repeated that many times, without a Python object
    per article or page (``metrics`` counts them with a group-by). A name printed after a
    sentence's "the" in lower case counts without it ("the BBC" as "BBC"); its printings
    without its accents count as its accented printing's ("Le Reveil" as "Le Réveil":
    :func:`analysis.clean.name_printings.pooled_printings`).

    Parameters
    ----------
    pairs : mapping
        ``(outlet key, printed name)`` -> how many articles and pages gave it.

    Returns
    -------
    dict of str to str
        Outlet key -> display name; no two keys share one.
    """
    counts: dict[str, dict[str, int]] = {}
    for (key, name), n in pairs.items():
        forms = counts.setdefault(key, {})
        name = _without_running_article(name)
        forms[name] = forms.get(name, 0) + n
    chosen: dict[str, str] = {}
    for key, printed in counts.items():
        forms = pooled_printings(printed)
        addresses = {n for n in forms if n == key or domain_of_name(n) is not None}
        ranked = sorted(forms, key=lambda n: (n in addresses, _all_capitals(n), -forms[n], n))
        best = ranked[0]
        chosen[key] = key if best in addresses and ":" not in key else best
    owners: dict[str, list[str]] = {}
    for key, name in chosen.items():
        owners.setdefault(name, []).append(key)
    for name, shared in owners.items():
        if len(shared) > 1:
            for key in shared:
                label = key.split(":", 1)[1] if ":" in key else key
                chosen[key] = name if label == name else f"{name} ({label})"
    return chosen
