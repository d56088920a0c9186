"""An HTML page's author in ``<meta>`` tags that trafilatura drops or does not read.

trafilatura reads ``<meta name="author">`` (and ``article:author``, ``parsely-author``,
...), then drops a value without a space, meant for a handle or a CMS's user name
("admin"): a name in a script written without spaces between words (陈晓明, 佐々木健一,
김민수) is dropped with it. It does not read two other places a CMS writes the author:
the label and value pairs of Twitter's card (``twitter:label1`` "Written by" with
``twitter:data1`` the name, as Yoast writes them) and the JSON object of parse.ly's
older ``parsely-page`` tag (its ``"author"`` key); nor the author tags of cXense
(``cXenseParse:author``) and of rNews's RDFa (``rnews:creator``). An author tag holding only the
author's profile address ("https://www.example.com/profile/jane-roe/") gives the name its
slug spells. The tags' content is parsed as text and as JSON, never run.
"""

from __future__ import annotations

import json
import re
from html import unescape

from analysis.clean.header_lines import find_byline

__all__ = [
    "INVERTED_NAME_META",
    "OTHER_AUTHOR_META",
    "PROFILE_SEGMENTS",
    "citation_order",
    "meta_author",
    "meta_tags",
    "profile_slug_name",
]

#: The tags naming a page's author (``name`` or ``property``), as trafilatura reads them.
AUTHOR_META = frozenset({"author", "article:author", "parsely-author", "sailthru.author"})
#: The tags naming a page's author that trafilatura does not read: cXense's and rNews's.
OTHER_AUTHOR_META = frozenset({"cxenseparse:author", "rnews:creator"})
#: The most characters of a name written without spaces (a CJK name is two to five).
MAX_UNSPACED_NAME = 6

_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
# A name in a script written without spaces: Han (and its iteration mark 々), kana, Hangul.
_UNSPACED_NAME = re.compile(
    rf"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u30fb]{{2,{MAX_UNSPACED_NAME}}}"
)
_TWITTER_LABEL = re.compile(r"twitter:label(\d+)")


def meta_author(html: str) -> str | None:
    """The author the page's ``<meta>`` tags give where trafilatura reads none (see the
    module's note).

    Parameters
    ----------
    html : str
        The page's decoded markup (its ``<meta>`` tags are read).

    Returns
    -------
    str or None
        The name as written, spaces collapsed: an author tag's name in a script written
        without spaces, else the ``twitter:dataN`` after a ``twitter:labelN`` that is a
        byline's cue ("Written by") or an author's label ("Autor", "Ŋlɔla"), else the
        name of a tag of :data:`OTHER_AUTHOR_META` (read as a byline after "By"), else
        ``parsely-page``'s ``author``, else the name an author tag's profile address
        spells (:func:`profile_slug_name`); None without one.
    """
    tags = meta_tags(html)
    for key, value in tags:
        if key in AUTHOR_META and _UNSPACED_NAME.fullmatch(value):
            return value
    values = dict(tags)
    for key, label in tags:
        number = _TWITTER_LABEL.fullmatch(key)
        name = values.get(f"twitter:data{number.group(1)}") if number else None
        # the label a cue before the name ("Written by") or before a colon ("Autor")
        for line in (f"{label} {name}", f"{label.rstrip(': ')}: {name}") if name else ():
            if (span := find_byline(line)) is not None:
                return line[span[0] : span[1]]
    for key, value in tags:
        line = f"By {value}"
        if key in OTHER_AUTHOR_META and (span := find_byline(line)) is not None:
            return line[span[0] : span[1]]
    page = values.get("parsely-page")
    found = _parsely_author(page) if page else None
    return found or next(
        (name for key, value in tags if key in AUTHOR_META and (name := profile_slug_name(value))),
        None,
    )


#: The path segments over an author's profile page ("/profile/jane-roe/", "/authors/
#: jane-roe"): a site's words for its writers' pages, English's and those of the European
#: languages sites write in their paths ("/auteurs/claire-dumoulin", "/autor/...",
#: "/autori/...", "/redacteur/...", "/yazar/...": h376), lower case, without accents.
PROFILE_SEGMENTS = frozenset(
    {"author", "authors", "profile", "profiles", "people", "staff", "writer", "writers"}
    | {"journalist", "journalists", "contributor", "contributors", "reporter", "reporters"}
    | {"auteur", "auteurs", "journaliste", "journalistes", "redacteur", "redacteurs"}
    | {"autor", "autores", "autora", "autoras", "periodista", "periodistas", "autorzy"}
    | {"autore", "autori", "autorin", "autoren", "redactie", "yazar", "yazarlar"}
    | {"skribent", "skribenter", "toimittaja", "penulis", "wartawan", "avtor", "autoriai"}
)
# The profile page's slug: two to four words of letters joined by hyphens.
_NAME_SLUG = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]+){1,3}")


def profile_slug_name(value: str) -> str | None:
    """The name an author tag's profile address spells in its last path segment.

    ``article:author`` is meant to hold the author's profile address, and some pages
    give nothing else: "https://www.example.com/profile/jane-roe/" spells "Jane Roe".

    Parameters
    ----------
    value : str
        An author tag's content.

    Returns
    -------
    str or None
        The slug's words capitalized and joined by spaces when ``value`` is an http(s)
        address whose last path segment is a slug of two to four words of letters under
        a segment of :data:`PROFILE_SEGMENTS`; None for any other value.

    Examples
    --------
    >>> profile_slug_name("https://www.example.com/profile/jane-roe/")
    'Jane Roe'
    >>> profile_slug_name("https://www.example.com/news/2026/harbour-wall-repairs") is None
    True
    """
    found = re.fullmatch(r"https?://[^/\s]+/(?P<path>[^?#\s]*)", value.strip())
    if found is None:
        return None
    segments = [segment for segment in found["path"].split("/") if segment]
    if len(segments) < 2 or segments[-2].lower() not in PROFILE_SEGMENTS:
        return None
    if not _NAME_SLUG.fullmatch(segments[-1]):
        return None
    return " ".join(word.capitalize() for word in segments[-1].split("-"))


#: The tags that write an author's name surname first, "Surname, Given names": Highwire's
#: ``citation_author`` and Dublin Core's ``DC.creator`` (its convention for persons; review
#: h321: "Pujol i Ferrer, Marta").
INVERTED_NAME_META = frozenset({"citation_author", "dc.creator", "dc:creator", "dcterms.creator"})


def citation_order(author: str | None, html: str) -> str | None:
    """``author`` as trafilatura read it from the page's Highwire ``citation_author``
    or Dublin Core ``DC.creator`` tags (:data:`INVERTED_NAME_META`), each name in the
    given-name-first order the page prints it: the tags write "Surname, Given names"
    ("Ní Bhriain, Aoife"), which trafilatura splits at the comma as two authors ("Ní
    Bhriain; Aoife").

    Parameters
    ----------
    author : str or None
        trafilatura's author field, names joined by "; ".
    html : str
        The page's decoded markup (its ``<meta>`` tags are read).

    Returns
    -------
    str or None
        "Aoife Ní Bhriain" (names joined by "; "), or ``author`` as given when it is not
        the split of the tags' names (another tag's author, or no ``citation_author``).
    """
    lowered = html.lower()
    if not author or not any(tag in lowered for tag in INVERTED_NAME_META):
        return author
    inverted = [
        value.split(",")
        for key, value in meta_tags(html)
        if key in INVERTED_NAME_META and value.count(",") == 1
    ]
    parts = [part.strip() for names in inverted for part in names]
    if not inverted or [part.strip() for part in author.split(";")] != parts:
        return author
    return "; ".join(f"{given.strip()} {surname.strip()}" for surname, given in inverted)


def meta_tags(html: str) -> list[tuple[str, str]]:
    """Each ``<meta>`` tag's ``name`` and ``property`` (lower-cased; a tag with both
    gives two pairs) with its ``content``, entities decoded and spaces collapsed.

    Parameters
    ----------
    html : str
        The page's decoded markup.

    Returns
    -------
    list of (str, str)
        In the markup's order; a tag without a key or an empty content gives none.
    """
    found = []
    for tag in _META_TAG.finditer(html):
        attributes = {
            match.group(1).lower(): next(g for g in match.groups()[1:] if g is not None)
            for match in _ATTRIBUTE.finditer(tag.group(0))
        }
        content = " ".join(unescape(attributes.get("content", "")).split())
        for key in ("name", "property"):
            if attributes.get(key) and content:
                found.append((attributes[key].lower(), content))
    return found


def _parsely_author(page: str) -> str | None:
    """The ``author`` of a ``parsely-page`` tag's JSON object (a name, or a list of
    names joined with "; "), or None."""
    try:
        value = json.loads(page)
    except ValueError:
        return None
    author = value.get("author") if isinstance(value, dict) else None
    names = author if isinstance(author, list) else [author]
    names = [" ".join(name.split()) for name in names if isinstance(name, str) and name.strip()]
    return "; ".join(names) or None
