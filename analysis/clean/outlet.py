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
   the page's site is (:func:`path_names_page_site`). A URL naming no page of its
   host (an app's share link: :func:`~analysis.clean.link_forms.names_no_site`) on a
   page that sends the reader on to the story ("Read the full story at X ›") is
   filed by that site (source ``page``: an app's share is the paper's), as a page at
   an account path whose source line under the headline names a paper ("Marrow Valley
   Courier · 5h": :mod:`analysis.clean.curated_share`) is filed by that paper;
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
registered domain, as a URL would be (:func:`analysis.clean.domains.domain_of_name`).

The parts it weighs with are modules of their own: a URL's registered domain and hosts
(:mod:`analysis.clean.domains`), the forms of a name compared (:mod:`analysis.clean.name_forms`),
whether a name is a domain's name (:mod:`analysis.clean.name_domain`), a URL path's segments
as names (:mod:`analysis.clean.url_slugs`), a copyright holder's company words
(:mod:`analysis.clean.company_names`) and the display names (:mod:`analysis.clean.outlet_display`).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from analysis.clean.company_names import company_head, company_span, holder_display_name
from analysis.clean.domains import (
    domain_of_name,
    is_address_host,
    is_institution,
    is_platform_host,
    is_public_domain,
    is_token_host,
    original_url,
    registered_domain,
    site_labels,
    sub_host,
    url_host,
)
from analysis.clean.folder_sites import account_folder, folder_site
from analysis.clean.former_name import renamed_key
from analysis.clean.handle_hosts import handle_host_name
from analysis.clean.link_forms import (
    is_entry_link,
    is_id_link,
    names_no_site,
    unicode_domain,
)
from analysis.clean.name_domain import (
    holds_label_parts,
    name_matches_domain,
    name_matches_label,
    name_spelled_by_domain,
)
from analysis.clean.name_forms import compact_name
from analysis.clean.newspaper_words import holds_newspaper_word
from analysis.clean.outlet_display import unknown_site
from analysis.clean.press_office import institution_part
from analysis.clean.public_suffix import is_platform_site
from analysis.clean.title_separators import (
    bracket_credit,
    caseless_title_name,
    credited_title_site,
)
from analysis.clean.two_script_masthead import letter_scripts
from analysis.clean.url_slugs import (
    SLUG_LETTER,
    first_path_segment,
    name_slug,
    path_account,
    path_slug,
    spelled_at_start,
)
from analysis.text import (
    LETTER_RUN,
)

#: Where an outlet came from, best evidence first (the ``outlet_source`` column).
OUTLET_SOURCES = ("manifest", "export", "card", "url", "html", "page", "copyright", "unknown")


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
    #: The manifest's outlet is a company's name, the page's owner: a row with a URL is
    #: filed as the URL's page (:func:`analysis.clean.manifest_outlets.join_short_forms`).
    manifest_outlet_is_company: bool = False
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
    #: The page's domain and the other a moved site's notice names beside it ("NEW
    #: (formerly OLD)": :func:`analysis.clean.former_name.former_domain`).
    former_domain: str | None = None
    #: The holder of the notice closing an HTML page with a canonical URL, when the text
    #: names the site too (:func:`analysis.clean.site_candidates.closing_holder`).
    notice_holder: str | None = None
    #: The page's site name is the feed's a feed reader's entry view prints
    #: (:func:`analysis.clean.reader_entry.reader_entry_site`): its URL is the reader's.
    reader_entry: bool = False
    #: The site a note sends the reader on to ("Read the full story at X ›":
    #: :func:`analysis.clean.page_metadata.onward_source`), read for a page whose URL
    #: names no page of its own host (an app's share link).
    onward_source: str | None = None
    #: The paper a curation app's share page names under its headline ("Marrow Valley
    #: Courier · 5h": :func:`analysis.clean.curated_share.shared_paper`), read for a
    #: page whose URL is at an account path.
    shared_paper: str | None = None
    #: The domain a platform account's post prints as its link card's source whose label
    #: the account spells (@examplecourier over "examplecourier.com":
    #: :func:`analysis.clean.account_site.account_site`): the site's own account.
    account_site: str | None = None


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
    if (
        manifest
        and domain
        and evidence.manifest_outlet_is_company
        and manifest_key(manifest, domain).startswith("name:")
    ):
        # an owner in the outlet column ("Example Media Ltd" on two of its papers' rows):
        # the URL's page, as a row giving no outlet would be; a company that is its
        # domain's name ("Example Broadcasting Corporation" at ebc.example) is the site's
        manifest = None
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
    onward = _clean(evidence.onward_source) if url and domain is None else None
    if onward and compact_name(onward):
        # an app's share link (a token, no page of its host) sending the reader on to
        # the story at its paper: the paper's, not the app's masthead over the copy
        return Outlet(onward, domain_of_name(onward) or f"name:{compact_name(onward)}", "page")
    if domain and evidence.url_from_html and (own := syndicated_site(evidence, domain)):
        # a publication on a shared platform the suffix list lacks, at its own host
        # (NAME.wordpress.com named NAME): no reprint of the platform's story
        credited = domain if own_host(evidence, url, domain) == domain else None
        return Outlet(own, domain_of_name(own) or f"name:{compact_name(own)}", "html", credited)
    if domain and (account := path_account(url)):
        paper = _clean(evidence.shared_paper)
        if paper and compact_name(paper):
            # a curation app's share filed at a reader's account: the paper it names
            return Outlet(paper, domain_of_name(paper) or f"name:{compact_name(paper)}", "page")
        if site := _clean(evidence.account_site):
            # a site's own account (@examplecourier, its link card "examplecourier.com"):
            # the site's post, shown by the name the post gives its account
            return Outlet(_domain_display_name(evidence, site), site, "page")
        return Outlet(f"{domain}/{account}", f"{domain}/{account}", "url")
    if domain and (publication := path_publication(evidence, url, domain)):
        return Outlet(publication[0], publication[1], "url")
    if domain and (publication := institution_path_site(evidence, url, domain)):
        return Outlet(publication[0], publication[1], "url")
    if domain and (folder := folder_site(_folder_names(evidence), url, domain)):
        # a group's title or a network's town site in a folder of the domain
        return Outlet(folder[0], folder[1], "url")
    markup = _markup_site_name(evidence)
    if domain and (folder := account_folder(markup, evidence.html_title_parts, url, domain)):
        # an account on a platform, its first folder: the account's, not the platform's
        return Outlet(folder[0], folder[1], "url")
    paper = _clean(evidence.issue_paper)
    if domain and paper and compact_name(paper) and not name_matches_domain(paper, domain):
        # an e-paper kiosk's issue of a paper: the paper's, not the kiosk's
        return Outlet(paper, domain_of_name(paper) or f"name:{compact_name(paper)}", "url")
    if domain and (mirrored := mirrored_domain(evidence, url, domain)):
        domain = mirrored  # a reader mirror's copy: the site whose host the page prints
    # a server's address (an origin's IP, an onion mirror), a platform's shared host (a
    # path-style bucket's s3.REGION.amazonaws.com), a CDN distribution's token host
    # (d2q7xk3m9ab1cd.cloudfront.net): the printed name's
    address = domain and (
        is_address_host(domain) or is_platform_host(domain) or is_token_host(domain)
    )
    if address and _printed_site_name(evidence, domain):
        domain = None
    go_between = None
    if domain and entry_site_name(evidence, url, domain):
        # an archive's or a reader's entry naming no site: the page's name's, not the
        # platform's address its markup may give as the name
        go_between, domain = domain, None
    if domain and evidence.reader_entry and _names_no_domain(evidence, domain):
        # a feed reader's entry view: the feed's site, not the reader's address
        go_between, domain = domain, None
    if domain and path_names_page_site(evidence, url, domain):
        # a go-between's link (a feed proxy's): filed by the printed name, not the
        # go-between's address its markup may give as the name
        go_between, domain = domain, None
    if domain and (proxied := proxied_domain(evidence, url, domain)):
        domain = proxied  # a translation proxy's copy: the site it serves
    if domain:
        host = own_host(evidence, url, domain)
        if host != domain and (handle := _handle_name(evidence, host, domain)):
            # a journal on a platform, its handle a word of its name ("Томский дневник"
            # at tomsk-dnevnik.livejournal.com): shown by that name, not the platform's
            return Outlet(handle, host, "url")
        if host != domain and (owners_host(evidence, url, domain) or _generated_host(url, domain)):
            # a writer's publication on a platform: shown by its own name ("The Marsh
            # Letter" at wendymarsh.platform.example), not its owner's; a site builder's
            # user site at the host it generated, by the site's name
            names = (_markup_site_name(evidence), evidence.page_site_name)
            own = next((n for n in map(_clean, names) if n and not _may_be_of(n, domain)), None)
            return Outlet(own or _domain_display_name(evidence, host), host, "url")
        moved = evidence.former_domain
        if host == domain and moved and domain in re.split(r"[\s()]+", moved):
            # a moved site's notice names its two domains: keyed by both, filed as one
            # (analysis.clean.former_name.file_renames)
            return Outlet(_domain_display_name(evidence, host), evidence.former_domain, "url")
        return Outlet(_domain_display_name(evidence, host), host, "url")
    for value, source in (
        (_markup_site_name(evidence), "html"),
        (evidence.page_site_name, "page"),
        (evidence.copyright_holder, "copyright"),
    ):
        name = _clean(value)
        if go_between and name and names_address(name, go_between):
            continue
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

    A syndication partner's reprint points its canonical / og:url to the original article
    (as agencies and search engines ask: a local site's wire story to the agency's page).
    The page's own site is the one its markup and its text both name: the HTML site name
    (``og:site_name``) and the page text's site name (or, when it has none, its copyright
    holder: the footer) are one name (the same compact form, or one starting the other:
    "Harbour Daily" and "Harbour Daily Media"), and neither may be a name of the canonical
    URL's domain (neither matches it,
    :func:`analysis.clean.name_domain.name_matches_domain`, nor starts with the letter its
    label starts with). One of the two alone is no evidence: ``og:site_name`` is the
    wire's name on some local sites' own pages. Nor is a name unlike the address of a site
    on a shared platform's host (a private suffix of the list:
    ``halvard-notes.github.io``, :func:`~analysis.clean.public_suffix.is_platform_site`):
    its label is its owner's handle and its name the owner's choice ("Field Notes"), so
    the page is that host's (two blogs titled alike are not one site's reprints, h200).
    Nor is a page whose closing notice names the address's publisher (``notice_holder`` a
    name of the domain): a paper's magazine under its own name on the paper's domain
    ("Example Weekend", "© 2026 The Example Chronicle"), one site, as the address says.

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
    (:func:`analysis.clean.name_domain.name_matches_domain`, word starts too), or the
    domain's label starts with the name's first letter (a site's address often abbreviates
    or respells its name: "DH" on deccanherald.com, "Mensagens de Reflexão" on
    mensagensreflexao.com.br), or the name has no Latin letter to compare (nor the domain,
    an IP address). A host under no known suffix is compared by each of its labels
    (:func:`analysis.clean.domains.site_labels`): the page's own
    ``www.harbour-daily.example`` is no other publisher's."""
    if name_matches_domain(name, domain, word_starts=True):
        return True
    letters = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", compact_name(name)))
    labels = [compact_name(label).removeprefix("the") for label in site_labels(domain)]
    if not letters or not any(re.search(r"[^\W\d_]", label) for label in labels):
        return True  # nothing to compare: an IP address names no other publisher
    return any(label[:1] == letters[:1] for label in labels)


def manifest_key(name: str, domain: str | None) -> str:
    """The key of an outlet the manifest names, on a page of ``domain`` (or of no URL).

    The researcher's name decides: a name that is the domain's name
    (:func:`analysis.clean.name_domain.name_matches_domain`, "Example Review" on
    example-review.com) is keyed by the domain, so the site's pages without a name in the
    manifest join it; a name that is not (two newsletters on one publishing host, "ESPN"
    and "ABC News" on go.com) is keyed by the name, so two names on one domain are two
    outlets and never merge (unless the manifest writes one as a short form of the other:
    :mod:`analysis.clean.manifest_outlets`). A name written in a script a domain of Latin
    letters cannot spell ("Северная Пристань" at severpristan.ru) is keyed by the domain:
    the URL is the only evidence of its site. A name written as an address of that domain
    (:func:`analysis.clean.domains.domain_of_name`: Media Cloud's media names,
    "example.com", "News.Example.com") is keyed as a page at that address is: the domain,
    or the host under it ("news.example.com", as :func:`own_host` keys a publication on a
    shared host: :func:`analysis.clean.domains.sub_host`), never a ``name:`` key of its
    letters.

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
    if domain and domain.isascii() and _LETTER.search(name) and not LATIN_LETTER.search(name):
        # a name in a script the domain's letters cannot spell ("Северная Пристань" at
        # severpristan.ru, "北斗新報" at hokuto-shimpo.co.jp): no test can tell it from
        # another site's, so the row's URL decides
        return domain
    return f"name:{compact_name(name) or name.casefold()}"


#: A host's first label a site builder generates for a user's site: words, then a random
#: token of four to eight letters and digits holding both ("turquoise-wren-8kdp",
#: "mango-3k7q"); a section's or an edition's label is a word ("news", "east") or a word
#: and a number ("election-2026").
GENERATED_LABEL = re.compile(r"[a-z]+(?:-[a-z]+)*-(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{4,8}")


def own_host(evidence: OutletEvidence, url: str, domain: str) -> str:
    """The outlet key of a page at ``url``: its registered ``domain``, or its whole host
    when the page's own site name (the markup's, else the text's) is the name of the
    host's first label (whole, or spelled by its words' starts: "The Tolland Street
    Gazette" at tollandst.platform.example) and not of the domain's: a publication on a
    shared platform ("Borderlands Dispatch" at borderlandsdispatch.substack.com) is an
    outlet of its own,
    and so is a town's site on a local network's platform whose page opens with its
    masthead over the network's notice (:attr:`OutletEvidence.masthead`), as a blog under
    a private suffix of the public suffix list is, with no list of platforms. A section's
    or an edition's host keeps its site's domain: the site name names the domain too
    ("Example Sport" at sport.example.com), not the host's label ("Example" at
    edition.example.com) or the label only by a later word of the name that news outlets'
    names hold ("Skyline News" at news.skylineportal.com: :func:`_section_label`); under
    an institution's domain (:func:`analysis.clean.domains.is_institution`), a name of the
    host's label is the host's, even when it names the domain too.

    Parameters
    ----------
    evidence : OutletEvidence
        The page's evidence.
    url : str
        The page's URL.
    domain : str
        Its registered domain (:func:`analysis.clean.domains.registered_domain`).

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
            # (the label may spell the name by its words' starts, as a writer's
            # handle does: "The Tolland Street Gazette" at tollandst.platform.example)
            own = name_matches_label(name, label, True) and (
                institution or not _section_label(name, label)
            )
            of_domain = name_matches_domain(name, domain) and not institution
            if institution and (part := institution_part(name, label)):
                # the institution's press office ("Northmoor University News" at news.)
                of_domain = name_matches_domain(part, domain)
            if own and not of_domain:
                return host
            break
    if owners_host(evidence, url, domain) or _generated_host(url, domain):
        return host
    return host if _handle_name(evidence, host, domain) else domain


def _handle_name(evidence: OutletEvidence, host: str, domain: str) -> str | None:
    """The page's name of its site that a word of which spells part of the ``host``'s
    handle, the domain's name it is not (:mod:`analysis.clean.handle_hosts`: "Томский
    дневник" at tomsk-dnevnik.livejournal.com, the markup naming the platform); None
    under an institution's domain, whose hosts :func:`own_host` reads."""
    if is_institution(domain):
        return None
    names = (
        _markup_site_name(evidence),
        evidence.page_site_name,
        evidence.masthead,
        *evidence.html_title_parts[1:],
    )
    return handle_host_name(names, host.split(".")[0], domain)


def _generated_host(url: str, domain: str) -> str | None:
    """The URL's host (:func:`analysis.clean.domains.sub_host`) when a site builder
    generated it for a user's site, its first label words and a random token
    (:data:`GENERATED_LABEL`, turquoise-wren-8kdp.pagesmith.com), which no section's or
    edition's host is named by: a user's site, an outlet of its own, as a host under a
    private suffix of the public suffix list is; not under an institution's domain. Else
    None.

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
    domain (its people's pages are the institution's,
    :func:`analysis.clean.domains.is_institution`).

    Parameters
    ----------
    evidence : OutletEvidence
        The page's evidence.
    url : str
        The page's URL.
    domain : str
        Its registered domain (:func:`analysis.clean.domains.registered_domain`).

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


def path_publication(evidence: OutletEvidence, url: str, domain: str) -> tuple[str, str] | None:
    """The publication a page on a shared platform belongs to, when its URL's first path
    segment is the slug of a name the page credits with its text ("Published in Lagos
    Ledger" at ``medium.com/lagos-ledger/...``): its name and key ``domain/slug``. No
    list of platforms: a section's path ("/news/", "/local-news/", "/2026/") is one word
    or no name the page credits, and a name of the domain itself ("Example News" at
    example.com/example-news) is the domain's. A post at a writer's own address
    ("medium.com/@name/...") is the writer's (:func:`analysis.clean.url_slugs.path_account`).

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


def _folder_names(evidence: OutletEvidence) -> tuple[str | None, ...]:
    """The names an HTML page gives its site, for :func:`analysis.clean.folder_sites.
    folder_site`: its markup's and its ``<title>``'s last part beside the headline. A
    middle part is a section's as often ("Headline | Smart News | Smithsonian" at
    ``/smart-news/``), and so is a text's first line."""
    parts = evidence.html_title_parts
    return (_clean(_markup_site_name(evidence)), _clean(parts[-1]) if len(parts) >= 2 else None)


def institution_path_site(
    evidence: OutletEvidence, url: str, domain: str
) -> tuple[str, str] | None:
    """The publication of an institution's domain that sits in its URL's first path
    segment: its name and key ``domain/segment``, when the page's own site name is the
    institution's name and that segment ("The Larkspur Ledger" at
    ``larkspur.edu/ledger/...``, the student paper) or the segment written as a slug.

    Under an institution's suffix (:func:`analysis.clean.domains.is_institution`) each
    publication (a student paper, the press office) is an outlet of its own, whether it
    has a host of its own (:func:`own_host`) or a folder: the university's news at
    ``larkspur.edu/news/``, named "Larkspur University", stays apart. A publisher's
    section ("Example Sport" at ``example.com/sport/``) stays its site's: only
    institutions' domains are read so. No list of names, no tuned value.

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
    segment = first_path_segment(url, more_path=True)
    if not SLUG_LETTER.search(segment):
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
    name = _printed_site_name(evidence, domain)
    if name is None or name_matches_domain(name, domain):
        return False  # the page's own name decides: a name of the domain is its site's
    compact = compact_name(name)
    return any(
        spelled_at_start(segment, compact, slug=index == len(segments) - 1)
        for index, segment in enumerate(segments)
    )


def entry_site_name(evidence: OutletEvidence, url: str, domain: str) -> str | None:
    """The site name a page at an entry's link prints, when it is not ``domain``'s.

    An archive's, a feed reader's or a platform app's link to a page it holds names the
    page by ids alone (:func:`~analysis.clean.link_forms.is_entry_link`): two sites'
    pages there share the platform's domain, which is neither's outlet. When the page's
    own site name (the markup's, the text's, else its copyright holder's; not the
    address), written in the address's script, is no name of ``domain``
    (:func:`~analysis.clean.name_domain.name_matches_domain`), the page is filed by that
    name, as a short link's is. A site's own page at an id
    prints its own name, which keeps its domain: in its markup, or in its text or its
    ``<title>`` when the markup names a network or a group instead ("Cranmore Today" over
    ``og:site_name`` "Tollgate Local Network" at ``cranmoretoday.co.uk/news/40610``,
    review h348). No list of platforms, no tuned value.

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
        The printed name, or None.
    """
    if not is_entry_link(original_url(url)):
        return None
    name = _printed_site_name(evidence, domain)
    if name is None or name_matches_domain(name, domain):
        return None
    printed = (_clean(evidence.page_site_name), _clean(evidence.copyright_holder))
    if any(own and name_matches_domain(own, domain) for own in printed) or _title_names_domain(
        evidence.html_title_parts, domain
    ):
        return None  # the text or the title names the address's site: its own page
    # a name in a script the address is not written in cannot be told from its site's
    # ("तरंग समाचार" at tarangsamachar.in/news/983439): the domain keeps the page
    return name if letter_scripts(name) <= letter_scripts(unicode_domain(domain)) else None


def mirrored_domain(evidence: OutletEvidence, url: str, domain: str) -> str | None:
    """The registered domain of the site a mirror's copy prints as its own, when ``url``
    is the mirror's: an id alone on another site's host.

    A read-later mirror (an Outline-like reader) serves its copy of a story at an id of
    its own (``https://reader.example/19888b``) and prints the story's site by its host
    over the headline ("EXAMPLEDAILY.CO.UK"): two sites' copies share the mirror's domain,
    which is neither's outlet. When the URL's path is an id
    (:func:`~analysis.clean.link_forms.is_id_link`: no section, no slug) and the page's
    own site name (the markup's, the text's, else its copyright holder's) is a host name
    of another registered domain (:func:`analysis.clean.domains.domain_of_name`), the page
    is that domain's. A site's own story at an id prints its own name or address, which
    keeps its domain. No list of mirrors, no tuned value.

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


def names_address(name: str, domain: str) -> bool:
    """Whether a site name is only the page's own address written out: a name holding the
    URL's registered ``domain`` ("mailchi.mp", "us7.campaign-archive.com" as a page's
    markup gives its host when it names no site), or a name without a letter (an IP).

    Parameters
    ----------
    name : str
        A site name as the page gives it.
    domain : str
        The registered domain of the page's URL.

    Returns
    -------
    bool
        Whether the name names no site but the address.

    Examples
    --------
    >>> names_address("us7.campaign-archive.com", "campaign-archive.com")
    True
    >>> names_address("Tollbridge Bulletin", "mailchi.mp")
    False
    """
    return domain in name.casefold() or not _LETTER.search(name)


def _names_no_domain(evidence: OutletEvidence, domain: str) -> bool:
    """Whether the page's own site name (:func:`_printed_site_name`) is no name of
    ``domain`` (:func:`~analysis.clean.name_domain.name_matches_domain`)."""
    name = _printed_site_name(evidence, domain)
    return name is not None and not name_matches_domain(name, domain)


def _printed_site_name(evidence: OutletEvidence, address: str | None = None) -> str | None:
    """The name the page gives its own site: the markup's, else the text's, else its
    copyright holder's; None when it gives none. With ``address`` (the URL's registered
    domain), a name that is that address (:func:`names_address`) is none."""
    for value in (_markup_site_name(evidence), evidence.page_site_name, evidence.copyright_holder):
        name = _clean(value)
        if address and name and names_address(name, address):
            continue
        if name and compact_name(name):
            return name
    return None


#: The generic top-level domains of RFC 1591, which a proxy's one-dot label may end in
#: ("wexcombedaily-com"), beside a country's two letters ("harbourpost-ie"). A label
#: ending in another word ("examplepost-graphics", "harbour-news") is a name written
#: with a hyphen, though a newer top-level domain bears the word.
PROXIED_ONE_DOT_SUFFIXES = frozenset({"com", "net", "org", "edu", "gov", "mil", "int"})


def proxied_domain(evidence: OutletEvidence, url: str, domain: str) -> str | None:
    """The registered domain a proxy's host spells in its first label, when the page's
    own site name is that domain's name and not the proxy's.

    A translation or cache proxy serves a site under a host that writes the site's host
    in one label, its dots as ``-`` and its hyphens as ``--``
    (``www-wexcombedaily-com.translate.goog`` for ``www.wexcombedaily.com``,
    ``www-x-com.cdn.ampproject.org``): its pages are the site's. The label spells two
    dots or more, or one when it is a domain of its own under the proxy's public suffix
    (``wexcombedaily-com.translate.goog``) ending in a country's code or a generic
    top-level domain (:data:`PROXIED_ONE_DOT_SUFFIXES`): one "-" may be a name's own
    ("daily-news" of ``daily-news.example.com``, a bucket ``examplepost-graphics`` under
    a storage platform's suffix). The page's name (the markup's, the text's, else its
    copyright holder's) must be the decoded domain's; a page or a table's row naming no
    site is the decoded domain's by the host alone when the label spells two dots
    (``www-minato--shimpo-co-jp.translate.goog``), and so is a page naming no site but
    a company in its notice, of neither domain (a library proxy's copy,
    ``www-examplegazette-co-uk.ezproxy.example.ac.uk``, signed "© Example Media Ltd")
    when the decoded domain ends in a country's code or a generic top-level domain. No
    list of proxies.

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
    host = url_host(url)
    label = host.split(".")[0]
    decoded = label.replace("--", "\0").replace("-", ".").replace("\0", "-")
    # one "-" may be a name's own ("daily-news.example.com"): two dots spelled, or a
    # label the public suffix list makes a domain of its own (a proxy's suffix)
    if decoded.count(".") < (1 if host == domain else 2) or not is_public_domain(decoded):
        return None
    top = decoded.rsplit(".", 1)[1]
    if decoded.count(".") == 1 and len(top) != 2 and top not in PROXIED_ONE_DOT_SUFFIXES:
        # a user's host under a platform's suffix named with a word after its name
        # ("examplepost-graphics", a newsroom's bucket), no proxy's "examplepost-com"
        return None
    if (site := registered_domain(decoded)) in (None, domain):
        return None
    name = _printed_site_name(evidence)
    if name is not None and _hyphenated_name(label, site, name):
        return None
    if name is None:  # a row or page naming nothing: the host alone, when it spells two
        # dots (a blog "harbour-news" under a platform's suffix spells "harbour.news")
        return site if decoded.count(".") >= 2 else None
    if name_matches_domain(name, site):
        return site
    # only a parent company's notice, of neither site ("© Example Media Ltd" under a
    # library proxy's banner at www-examplegazette-co-uk.ezproxy.example.ac.uk): the
    # host alone, when it spells two dots and a country's or a generic top-level domain
    # ("hollins-valley-post" spells "hollins.valley.post", a name under a newer one)
    spelled = decoded.count(".") >= 2 and (len(top) == 2 or top in PROXIED_ONE_DOT_SUFFIXES)
    company = _company_notice_only(evidence) and not name_matches_domain(name, domain)
    return site if spelled and company else None


def _company_notice_only(evidence: OutletEvidence) -> bool:
    """Whether the page names no site but in its copyright notice, and that names a
    company: its last word a company word ("Example Media", :data:`~analysis.clean.
    company_names.COMPANY_WORDS`)."""
    holder = _clean(evidence.copyright_holder)
    if holder is None or _markup_site_name(evidence) or _clean(evidence.page_site_name):
        return False
    words = holder.split()
    return company_span(words)[1] < len(words)


_LETTER = re.compile(r"[^\W\d_]")


def _hyphenated_name(label: str, site: str, name: str) -> bool:
    """Whether a host's first label is the page's site name with its words joined by "-"
    ("live-hollins-valley-post" of "Hollins Valley Post", a platform's host for the
    site), not a host whose dots a proxy wrote as "-": the name is spelled by the whole
    label, not by the domain decoded from it ("valley.post")."""
    compact = compact_name(name)
    return (
        bool(compact)
        and compact in label.replace("-", "")
        and compact not in site.replace(".", "").replace("-", "")
    )


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
    (:func:`analysis.clean.name_domain.name_matches_domain`: "El Austral de Temuco" of
    australtemuco.cl; else spelled by the starts of its words, "The Evening Bell" of
    ebell.co.za, before a copyright holder the domain's label holds, "Bell" of "© Bell
    Media"; the masthead over that notice before the holder: "The Example Advertiser"
    over "© Advertiser Media Group"), then the ``<title>``'s last or first part, or its
    whole when it is one part (a page whose title is its site's name) when the names
    before it are none or only the bare address in lower case (a brand written as its
    address, "MacRumors.com", stays); a name that is only an address given way to a name
    in a script no domain spells (:func:`_unspelled_name`); None when no name matches."""
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
    # the masthead over a notice naming the site's company ("The Example Advertiser" over
    # "© Advertiser Media Group Ltd", read "Advertiser"): the fuller name, before it
    candidates.append((evidence.masthead, False, False))
    candidates.append((evidence.copyright_holder, False, False))
    candidates += [(value, word_starts, True) for value, word_starts in titled]
    for value, word_starts, from_title in candidates:
        name = _clean(value)
        # a name whose words a hyphenated label writes in another order ("Amawulire ga
        # Busoga" at busoga-amawulire.ug), given by the site or as the page's whole title
        reordered = bool(name) and (not from_title or len(parts) == 1)
        reordered = reordered and holds_label_parts(name, domain)
        if not name or not (
            name_matches_domain(name, domain, word_starts)
            or name_spelled_by_domain(name, domain)
            or reordered
        ):  # (a Cyrillic name its domain spells in Latin letters: "Ногай Давысы" nogaydavysy)
            continue
        if from_title and compact_name(name) != label and not reordered:
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
    :func:`title_names`, or the whole ``<title>`` is the name: "ᐊᒋᒧᐏᓇ ᒪᐢᑿᒋᐢ" on a home
    page so titled), or its closing notice (``notice_holder``: a text dump's
    masthead "Мокшень Вал" over "© 2026 Мокшень Вал"); else the ``<title>``'s first or
    last part when it reads as a newspaper's name in a script without case
    (:func:`~analysis.clean.title_separators.caseless_title_name`: "Headline । পূর্বাশা
    প্রতিদিন", "滨江晨报·Headline"), a name no other cue of a page keyed by its URL may
    print, or its last part after a first opening with a bracketed credit ("[서해일보]
    제목 | 누리뉴스": :func:`~analysis.clean.title_separators.credited_title_site`), whose
    credited paper is never the site's name however its notice names it. None for none."""
    markup = _clean(_markup_site_name(evidence))
    text = _clean(evidence.page_site_name or evidence.copyright_holder)
    parts = evidence.html_title_parts
    # a portal's title crediting its paper in brackets ("[서해일보] 제목 | 누리뉴스"): the
    # paper's notice under the copy is the story's source, not the site
    credit = bracket_credit(parts[0]) if len(parts) >= 2 else None
    for name in (markup, text):
        if not name or LATIN_LETTER.search(name):
            continue
        if credit and compact_name(credit) == compact_name(name):
            continue
        others = (text if name is markup else markup, _clean(evidence.notice_holder))
        if any(other and compact_name(other) == compact_name(name) for other in others):
            return name
        if title_names(evidence.html_title_parts, name) or parts == (name,):
            return name  # (or the page's whole title: a home page titled by its site)
    if credit and (site := credited_title_site(parts)):
        return _clean(site)
    ends = (parts[-1], parts[0]) if len(parts) >= 2 else ()
    return next((_clean(part) for part in ends if caseless_title_name(part)), None)


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
