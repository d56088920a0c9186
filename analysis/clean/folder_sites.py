"""A site in a folder of another site's domain: its URL's folder is its address.

A publisher's domain may hold outlets of their own under paths: a newspaper group's
sister titles (``voralpen.example/tegernauer-kreisbote/...``, "Tegernauer Kreisbote"; its
sister at ``/loisach-anzeiger/``) or a local network's town sites
(``hometownwire.example/oh/ashford/...``, "Ashford Hometown Wire" beside "Belmere
Hometown Wire"). Keyed by the domain, every title or town of the domain was one outlet.
A page printing a site name that its URL's folder spells is keyed ``domain/folder``
(:func:`folder_site`):

- the name's slug is a folder of the path ("tegernauer-kreisbote" of "Tegernauer
  Kreisbote") and the name is not the domain's (the domain's own name in a folder is a
  section of its site);
- or the name is a place's words before the domain's name spelled in full ("Ashford" +
  "Hometown Wire" at hometownwire.example; not "News Nation" at newsnation.example, the
  domain's own name) and those words are a folder of the path (``/ashford/``): the
  town's site of a network, as a town's host of a network is
  (:func:`analysis.clean.outlet.own_host`). A paper's regional edition prints its town
  after its name ("Westfälischer Landbote – Soest") or as a label ("Ausgabe Soest"), and
  stays its paper's (review outlets_h314).

- or, on a platform, an account's folder: a page whose markup names the platform (its
  ``og:site_name`` a one-word name of the domain, a gloss in brackets aside,
  "note（ノート）" at note.com, not its address; a site's own name of two words or more,
  "Vodiy Xabarlari", is no platform's, and its ``<title>`` may print it in another
  script, "Водий хабарлари" at ``/kr/``) and whose two-part ``<title>`` names, after the
  headline and shorter than it, another site sharing no word with it
  ("Headline｜能登まちかど通信"; "Kicker | Headline" puts the longer part last;
  "Landbote Paderborn" beside "Landbote" is an edition),
  written in no folder (a section's title part is its folder's slug: "Headline |
  Smart News" at ``/smart-news/``) is that account's, keyed by the path's first folder
  (``note.com/notomachikado``): two creators' posts are not one outlet, the platform's
  (:func:`account_folder`; an ``@account`` is :func:`analysis.clean.url_slugs.path_account`'s).

The path's last segment is the story's own and names no folder. The run then files the
domain's pages that print no such name (a text dump, a scraper's export printing the
network's name) under the folder's outlet by their URL
(:func:`analysis.clean.outlet_hosts.host_pages_of_urls`). No list of networks or
groups, no tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import unquote, urlsplit

from analysis.clean.domains import original_url
from analysis.clean.name_domain import name_matches_domain
from analysis.clean.name_forms import compact_name
from analysis.clean.url_slugs import SLUG_LETTER, is_slug, name_slug

#: The most words (its slug's, "Loisach-Anzeiger" two) a site's name has here: a longer
#: printed line is a headline or a sentence, not a masthead (the longest names of the
#: review sets have six words).
MAX_NAME_WORDS = 6


def url_folders(url: str) -> tuple[str, ...]:
    """The folders of a URL's path: its segments but the last (the page's own), case
    folded, percent-decoded, empty segments left out.

    Parameters
    ----------
    url : str
        An absolute URL (a link wrapping another is unwrapped first).

    Returns
    -------
    tuple of str
        The folders, outermost first.

    Examples
    --------
    >>> url_folders("https://www.Hub.example/OH/Ashford/news/2026/story-1")
    ('oh', 'ashford', 'news', '2026')
    >>> url_folders("https://hub.example/story-1")
    ()
    """
    segments = [unquote(part).casefold() for part in urlsplit(original_url(url)).path.split("/")]
    segments = [part for part in segments if part]
    return tuple(segments[:-1])


def folder_site(names: Iterable[str | None], url: str, domain: str) -> tuple[str, str] | None:
    """The site in a folder of ``domain`` that a page's printed name and URL show (module
    docstring): its name and key ``domain/folder[/folder...]``, else None.

    Parameters
    ----------
    names : iterable of str or None
        The page's printed site names, the most trusted first (its markup's, its
        ``<title>``'s last part beside the headline).
    url : str
        The page's URL.
    domain : str
        Its registered domain.

    Returns
    -------
    tuple of (str, str) or None
        ``(name, key)``.

    Examples
    --------
    >>> folder_site(["Hometown Wire", "Ashford Hometown Wire"],
    ...             "https://www.hometownwire.com/oh/ashford/news/story", "hometownwire.com")
    ('Ashford Hometown Wire', 'hometownwire.com/oh/ashford')
    >>> folder_site(["Tegernauer Kreisbote"],
    ...             "https://voralpen-medien.de/tegernauer-kreisbote/lokales/a-1.html",
    ...             "voralpen-medien.de")
    ('Tegernauer Kreisbote', 'voralpen-medien.de/tegernauer-kreisbote')
    >>> folder_site(["Example News"], "https://example.com/news/story", "example.com") is None
    True
    """
    folders = url_folders(url)
    if not folders:
        return None
    for name in names:
        if not name or not 2 <= len(name_slug(name).split("-")) <= MAX_NAME_WORDS:
            continue  # one word is a section's label as often ("Sport", "/sport/")
        at = _named_folder(name, folders, domain)
        if at is not None:
            return name, f"{domain}/{'/'.join(folders[: at + 1])}"
    return None


def account_folder(
    markup: str | None, title_parts: Sequence[str], url: str, domain: str
) -> tuple[str, str] | None:
    """The account on a platform a page is of (module docstring): the name its
    ``<title>`` gives beside the headline and key ``domain/folder``, else None.

    Parameters
    ----------
    markup : str or None
        The page's markup site name (``og:site_name``).
    title_parts : sequence of str
        Its ``<title>``'s parts, the headline's first.
    url : str
        Its URL.
    domain : str
        Its registered domain.

    Returns
    -------
    tuple of (str, str) or None
        ``(name, key)``.

    Examples
    --------
    >>> title = ("輪島の朝市、仮設店舗で週末営業を再開", "能登まちかど通信")
    >>> account_folder("note（ノート）", title,
    ...                "https://note.com/notomachikado/n/n3f2a9c81b7d4", "note.com")
    ('能登まちかど通信', 'note.com/notomachikado')
    >>> account_folder("Example", ("Headline", "Smart News"),
    ...                "https://example.com/smart-news/story", "example.com") is None
    True
    """
    folders = url_folders(url)
    if not markup or len(title_parts) != 2 or not folders:
        return None  # "Headline | Section | Site" names a section beside its site
    brand = _GLOSS.sub(" ", markup).split()
    if len(brand) != 1 or not name_matches_domain(markup, domain) or domain in markup.casefold():
        return None  # a site's own name of two words or more, or only its address
    headline, name = (part.strip() for part in title_parts)
    if not compact_name(name) or compact_name(name) == compact_name(markup):
        return None
    if len(name) >= len(headline):
        return None  # "Kicker | Headline": the headline is the longer part
    if compact_name(brand[0]) in {compact_name(word) for word in name.split()}:
        return None  # "Example | Example Paderborn": the site's edition, not an account
    if name_matches_domain(name, domain):
        return None
    account = folders[0]
    if not SLUG_LETTER.search(account) or any(
        name_slug(name) == folder or compact_name(name) == compact_name(folder)
        for folder in folders
    ):
        return None  # a year's folder; a section's name, its folder its slug
    return name, f"{domain}/{account}"


#: A gloss in brackets after a brand ("note（ノート）": its name in another script).
_GLOSS = re.compile(r"[(（][^)）]*[)）]")


def _named_folder(name: str, folders: Sequence[str], domain: str) -> int | None:
    """The index of the folder ``name`` names (module docstring), else None."""
    if not name_matches_domain(name, domain):
        slug = name_slug(name)
        if is_slug(slug) and slug in folders:
            return folders.index(slug)
        return None
    label = _unthe(compact_name(domain.split(".")[0]))
    words = name.split()
    for k in range(1, len(words)):
        if _unthe(compact_name(" ".join(words[k:]))) != label:
            continue  # the domain's name spelled in full follows the place's words
        place = compact_name(" ".join(words[:k]))
        if len(place) < 3:
            continue
        for at, folder in enumerate(folders):
            if compact_name(folder) == place:
                return at
    return None


def _unthe(compact: str) -> str:
    """A compact name without a leading "the"."""
    return compact.removeprefix("the") or compact


def folder_key_of(
    key: str, url: str, keys: dict[str, str] | Sequence[str] | frozenset[str]
) -> str | None:
    """The longest folder key of the run (``keys``) that ``url``, a page of domain ``key``,
    lies under: ``hometownwire.com/oh/ashford`` of ``https://www.hometownwire.com/oh/
    ashford/news/story``; None when none is.

    Parameters
    ----------
    key : str
        The page's domain key.
    url : str
        Its URL.
    keys : collection of str
        The run's keys.

    Returns
    -------
    str or None
        The folder key.

    Examples
    --------
    >>> folder_key_of("hub.example", "https://www.hub.example/oh/ashford/a/story",
    ...               {"hub.example/oh/ashford"})
    'hub.example/oh/ashford'
    >>> folder_key_of("hub.example", "https://www.hub.example/oh/story",
    ...               {"hub.example/oh/ashford"}) is None
    True
    """
    folders = url_folders(url)
    for end in range(len(folders), 0, -1):
        candidate = f"{key}/{'/'.join(folders[:end])}"
        if candidate in keys:
            return candidate
    return None
