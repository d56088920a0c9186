"""The forms a link takes on its way to a researcher: redirects, short links, IDN hosts.

A scrape's URLs are often not the pages' own addresses: a Google Alerts e-mail, a
social network's or a mail filter's link goes through a redirector that carries the
page's URL in its query (``https://www.google.com/url?...&url=https://www.example.com/
story``, ``https://l.facebook.com/l.php?u=https%3A%2F%2F...``, Outlook's
``...safelinks.protection.outlook.com/?url=...``); a link shortener's address holds
only a token (``https://bit.ly/3xKq9Zp``); and one host is written in Unicode in one
row and in its ASCII (``xn--``) form in another. :mod:`analysis.clean.outlet` reads a
URL through these three functions, so that two sites' redirects or short links are not
one outlet (the redirector's) and one site's two spellings are not two. No list of
hosts: the URL's structure decides.
"""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

from analysis.clean.public_suffix import domain_and_suffix

#: The query parameters a redirector carries the page's URL in (Google's ``url`` and
#: ``q``, Facebook's ``u``, Outlook's and LinkedIn's ``url``). A login page's return
#: address (``next``, ``return``) is no redirect: that page is the site's own.
REDIRECT_PARAMETERS = frozenset({"url", "u", "q"})
_ABSOLUTE = re.compile(r"(?i)^https?://[^/\s?#]+\.[^/\s?#]+")
# A short link's one path segment: a token of letters and digits with both in it, no
# word separator (a story's slug has hyphens; "/2026", "/about" are no tokens) ...
_TOKEN = re.compile(r"^(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{4,16}$")
# A one-letter segment before the token, as an app's deep-link service writes a short
# link's kind ("harwick.app.link/e/Kd81mQz").
_LETTER_SEGMENT = re.compile(r"^[a-z]/")
# ... drawn at random: digits between letters or letters between digits ("3xKq9Zp",
# "a5mh"), or both cases of letters past the first ("BysaFNGak2"); a word and its number
# ("/cloud100", "/Giving2018", "/bsh18": a list's or an offer's page) is the site's own.
_RANDOM = re.compile(r"[A-Za-z][0-9]+[A-Za-z]|[0-9][A-Za-z]+[0-9]|^(?=.*[a-z])(?=.+[A-Z])")


def redirect_target(query: str) -> str | None:
    """The page's URL a redirector's query carries, or None.

    Parameters
    ----------
    query : str
        A URL's query, without its ``?``.

    Returns
    -------
    str or None
        The decoded value of the first :data:`REDIRECT_PARAMETERS` parameter that is an
        absolute http(s) URL.

    Examples
    --------
    >>> redirect_target("rct=j&url=https://www.example.com/story&ct=ga")
    'https://www.example.com/story'
    >>> redirect_target("next=https://www.example.com/story") is None
    True
    """
    for name, value in parse_qsl(query, keep_blank_values=False):
        target = value.strip()
        if name.casefold() in REDIRECT_PARAMETERS and _ABSOLUTE.match(target) and _host(target):
            return target
    return None


# The base64 of an absolute http(s) URL opens "aHR0c" ("http"): a redirector may carry
# its target so, after a short mark of its own (a search engine's "&u=a1aHR0cHM6Ly9...").
_BASE64_URL = re.compile(r"aHR0c[A-Za-z0-9_+/-]{6,}")
# A URL escaped as a mail filter rewrites links: "%" written "-", "/" written "_"
# ("u=https-3A__www.example.com_news_pier-2Dto-2Dclose").
_DASH_ESCAPED = re.compile(r"(?i)^https?-3A__")
_DASH_ESCAPE = re.compile(r"-([0-9A-Fa-f]{2})")
# An absolute URL percent-encoded inside a path ("/RU=https%3a%2f%2fwww.example.com%2fx/RK=2"),
# up to the segment's end.
_ENCODED_IN_PATH = re.compile(r"(?i)https?%3a%2f%2f[^/?#&\s]+")
# Two words joined by "-" in a path: a story's slug ("pier-to-close"); a redirector's path
# ("/l/", "/away.php", "/ck/a", "/v2/url") holds none.
#: Parameters naming the address a reader came from or returns to, not a link's target:
#: a login's return address (``?next=URL``), a referrer (``?ref=URL``). Vocabulary.
RETURN_PARAMETERS = frozenset(
    {
        "next",
        "return",
        "returnto",
        "return_to",
        "returnurl",
        "continue",
        "callback",
        "back",
        "redirect_uri",
        "ref",
        "referrer",
        "referer",
        "source",
        "from",
        "origin",
    }
)
_SLUG_WORDS = re.compile(r"[^\W\d_]{2,}-[^\W\d_]{2,}")


def carried_url(url: str) -> str | None:
    """The page's URL a redirector's link carries in a form :func:`redirect_target` does
    not read; None when it carries none.

    Search engines' result links, social networks' and mail filters' link checks name
    their target under parameters of their own (``/l/?uddg=URL``, ``away.php?to=URL``),
    write it in base64 (``&u=a1aHR0cHM6Ly9...``) or escaped with "-" and "_" for "%"
    and "/" (``?u=https-3A__www.example.com_news_story``), percent-encode it inside the
    path (``/RU=https%3a%2f%2f.../RK=2``), or give it as the whole query
    (``https://href.li/?https://www.example.com/story``). The structure decides, no list
    of hosts: a parameter's value written plain is read only when it is the URL of
    another site than the link's own, the link's path is no story's (no slug) and the
    parameter names no address the reader came from or returns to
    (:data:`RETURN_PARAMETERS`): a site's own page with a URL in its query (a login's
    ``?next=``, a story's ``?ref=``) is that page.

    Parameters
    ----------
    url : str
        A URL as given.

    Returns
    -------
    str or None
        The absolute URL carried, decoded.

    Examples
    --------
    >>> carried_url("https://duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.example.com%2Fstory&rut=9f")
    'https://www.example.com/story'
    >>> carried_url("https://www.example.com/login?next=https://www.example.com/story") is None
    True
    """
    parts = _split(url)
    if parts is None or not parts.hostname:
        return None
    whole = unquote(parts.query.strip())
    if _ABSOLUTE.match(whole) and _host(whole):
        return whole
    in_path = _ENCODED_IN_PATH.search(parts.path)
    if in_path is not None and _host(target := unquote(in_path.group(0))):
        return target
    plain = None
    for name, value in parse_qsl(parts.query, keep_blank_values=False):
        value = value.strip()
        if _ABSOLUTE.match(value):
            if name.casefold() in RETURN_PARAMETERS:
                continue
            plain = plain or (value if _host(value) else None)
        elif (target := _decoded_url(value)) is not None:
            return target
    own = domain_and_suffix(parts.hostname)
    if plain is None or _SLUG_WORDS.search(unquote(parts.path)) or own == domain_and_suffix(plain):
        return None
    return plain


def _decoded_url(value: str) -> str | None:
    """The absolute URL a query value writes in base64 or dash-escaped, decoded; None
    when it writes none."""
    candidate = None
    if (encoded := _BASE64_URL.search(value)) is not None:
        text = encoded.group(0).replace("+", "-").replace("/", "_")
        try:
            candidate = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("ascii")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            candidate = None
    elif _DASH_ESCAPED.match(value):
        candidate = unquote(_DASH_ESCAPE.sub(r"%\1", value.replace("_", "/")))
    if candidate is not None and _ABSOLUTE.match(candidate) and _host(candidate):
        return candidate
    return None


def _host(url: str) -> str | None:
    """The host of an absolute URL; None when it has none or cannot be read."""
    parts = _split(url)
    return parts.hostname if parts is not None else None


def _split(url: str) -> SplitResult | None:
    """``url``'s parts; None when it cannot be read (a bad IPv6 literal,
    ``http://[a.b/x``: untrusted page text)."""
    try:
        return urlsplit(url.strip())
    except ValueError:
        return None


def is_short_link(url: str) -> bool:
    """True when ``url`` is a link shortener's address: a token for a path, nothing else.

    A shortener's link (``https://bit.ly/3xKq9Zp``, ``https://t.co/Zq3kLm8Rt``) names
    the shortener's host, not the page's site: two sites' short links on one shortener
    are not one outlet. The path is one segment (after a one-letter segment at most, an
    app link's kind: ``/e/TOKEN``) of 4-16 letters and digits holding
    both, as a random draw mixes them (digits between letters, letters between digits,
    or letters of both cases), with no query; a story's own URL has a slug or a section
    in its path, and a word with its number ("/cloud100") is a page of the site's own.
    A share service's longer token (17-24 characters, ``https://apple.news/AYyxNx3hf...``)
    is one too when it mixes cases and digits as a base64 id does (:func:`_is_share_token`),
    and a token of letters only (``https://t.co/wUxPOtpUeA``) when it mixes cases as no
    word in CamelCase does (:func:`_is_letters_token`).

    Parameters
    ----------
    url : str
        A manifest's or a page's URL.

    Returns
    -------
    bool
        Whether the URL is a shortener's token, naming no page of its own host.

    Examples
    --------
    >>> is_short_link("https://bit.ly/3xKq9Zp")
    True
    >>> is_short_link("https://www.example.com/2026/budget-vote")
    False
    """
    segment = _id_segment(url)
    if segment is not None:
        return bool(_RANDOM.search(segment))
    return _is_letters_token(url) or _is_share_token(url)


# A shortener's token drawn without a digit ("t.co/wUxPOtpUeA": ten letters of 62 signs
# hold none about one time in six): 6-16 letters, one segment, no query ...
_LETTERS_TOKEN = re.compile(r"^[A-Za-z]{6,16}$")
# ... with a lower-case letter alone between two capitals, as a random draw mixes cases
# ("UxP"); words in CamelCase ("/AboutUs", "/LiveTV", "/NewsFAQ") put two lower-case
# letters or more after each capital but a one-letter word's.
_LOWER_BETWEEN_CAPITALS = re.compile(r"(?<=[A-Z])[a-z](?=[A-Z])")
#: A letters-only token's fewest lower-case letters alone between capitals: one is a
#: name's ("McDonald"), two a draw's. A structural count, as :data:`MIN_SHARE_CASE_MIXES`.
MIN_LONE_LOWER = 2


def _is_letters_token(url: str) -> bool:
    """True when ``url``'s path is one segment of letters only that mixes cases as a
    random draw does (:data:`MIN_LONE_LOWER` lower-case letters alone between capitals)."""
    parts = _split(url)
    if parts is None or not parts.netloc or parts.query:
        return False
    segment = _LETTER_SEGMENT.sub("", parts.path.strip("/"), count=1)
    return (
        _LETTERS_TOKEN.match(segment) is not None
        and len(_LOWER_BETWEEN_CAPITALS.findall(segment)) >= MIN_LONE_LOWER
    )


# A share service's token is longer than a shortener's ("apple.news/AYyxNx3hfQzmwMQOZDyCAkw",
# 22 characters: a base64 id): one segment of 17-24 letters and digits, no query.
_SHARE_TOKEN = re.compile(r"^[A-Za-z0-9]{17,24}$")
#: A share token's fewest case mixes (a change from lower to upper case, or two capitals
#: side by side), with a digit between letters at least once, as a base64 draw mixes
#: them: words in CamelCase with a year ("/CouncilVotesToExtend2026",
#: "/Budget2026Highlights") have no digit between letters or no capital after a capital.
#: A structural count, as :data:`MIN_ENCODED_MIXES`.
MIN_SHARE_CASE_MIXES = 2
_CAPITALS_SIDE_BY_SIDE = re.compile(r"[A-Z](?=[A-Z])")


def _is_share_token(url: str) -> bool:
    """True when ``url``'s whole path is a share service's token (:data:`_SHARE_TOKEN`)
    mixing cases and digits as a random draw does."""
    parts = _split(url)
    if parts is None or not parts.netloc or parts.query:
        return False
    segment = parts.path.strip("/")
    return (
        _SHARE_TOKEN.match(segment) is not None
        and _DIGITS_IN_WORD.search(segment) is not None
        and len(_CASE_CHANGE.findall(segment)) + len(_CAPITALS_SIDE_BY_SIDE.findall(segment))
        >= MIN_SHARE_CASE_MIXES
    )


def is_id_link(url: str) -> bool:
    """True when ``url``'s path is an id alone: a token of letters and digits, no word.

    A read-later mirror's copy (an Outline-like reader's ``https://reader.example/19888b``)
    or a short link (:func:`is_short_link`, the token drawn at random) names a page by an
    id on a service's host, not by a section or a slug of a site's own: the shape of
    :func:`is_short_link`'s path, 4-16 letters and digits holding both (after a
    one-letter segment at most), no query, whether or not it looks drawn at random.

    Parameters
    ----------
    url : str
        A manifest's or a page's URL.

    Returns
    -------
    bool
        Whether the path is one such token.

    Examples
    --------
    >>> is_id_link("https://reader.example/19888b")
    True
    >>> is_id_link("https://www.example.com/news/budget-vote")
    False
    """
    return _id_segment(url) is not None


def _id_segment(url: str) -> str | None:
    """The token ``url``'s path is (:func:`is_id_link`), else None."""
    parts = _split(url)
    if parts is None or not parts.netloc or parts.query:
        return None
    segment = _LETTER_SEGMENT.sub("", parts.path.strip("/"), count=1)
    return segment if "/" not in segment and _TOKEN.match(segment) is not None else None


# An aggregator's encoded link's last path segment ("news.google.com/rss/articles/CBMi..."):
# 32 or more base64 characters, letters of both cases with digits between letters again
# and again, as an encoding draws them; a slug, a date or a hex id (one case) is none.
_ENCODED = re.compile(r"^[A-Za-z0-9_-]{32,}$")
_DIGITS_IN_WORD = re.compile(r"[A-Za-z][0-9]+(?=[A-Za-z])")
_CASE_CHANGE = re.compile(r"[a-z](?=[A-Z])")
#: An encoded segment's fewest digit runs between letters and changes from lower to
#: upper case: structural counts (a title in CamelCase with a year has one digit run).
MIN_ENCODED_MIXES = 3


def is_encoded_link(url: str) -> bool:
    """True when ``url`` is an aggregator's link whose last path segment encodes its target.

    A news aggregator's article link (``https://news.google.com/rss/articles/CBMi...``,
    the form Google News' feeds and the tools that read them give) holds the page's
    address only in an encoded token: it names the aggregator's host, not the page's
    site, as a short link does (:func:`is_short_link`). The segment is 32 or more
    base64 characters with digits between letters and lower- to upper-case changes at
    least :data:`MIN_ENCODED_MIXES` times each; a story's slug, a date, a hex or UUID
    id are written in one case.

    Parameters
    ----------
    url : str
        A manifest's or a page's URL.

    Returns
    -------
    bool
        Whether its last path segment is such a token: the link names no page of its host.

    Examples
    --------
    >>> is_encoded_link("https://news.google.com/rss/articles/CBMiK2h0dHBzOi8vd3d3LmV4YW1wbGUuY29tL25ld3MvYTHSAQA?oc=5")
    True
    >>> is_encoded_link("https://www.example.com/news/articles/c4gl3kx0np1o")
    False
    """
    parts = _split(url)
    segment = parts.path.rstrip("/").rpartition("/")[2] if parts is not None else ""
    return (
        _ENCODED.match(segment) is not None
        and len(_DIGITS_IN_WORD.findall(segment)) >= MIN_ENCODED_MIXES
        and len(_CASE_CHANGE.findall(segment)) >= MIN_ENCODED_MIXES
    )


#: The path segment an e-mail service's click tracker ends its link with
#: (``.../track/click?u=...&id=...``, ``.../ls/click?upn=...``) or a newsletter
#: platform's redirect passes through (``.../redirect/ID?j=...``): the endpoint's words,
#: written in English by every such service. Vocabulary, no host.
TRACKER_SEGMENTS = frozenset({"click", "redirect"})


def is_tracker_link(url: str) -> bool:
    """True when ``url`` is a click tracker's link carrying no address of its target.

    A newsletter's links go through its mail service's tracker (a Mailchimp-like
    ``https://ACCOUNT.us7.list-manage.com/track/click?u=...&id=...&e=...``, a
    SendGrid-like ``https://u123.ct.sendgrid.net/ls/click?upn=TOKEN``): the host is the
    service's or the sender's account, shared by every site the newsletter links to, and
    the target is held in the tracker's database, not in the link. A path with a
    :data:`TRACKER_SEGMENTS` segment and no slug (a story's own ``/news/click-and-collect-
    opens`` has one) whose query and path carry no absolute URL (a redirector's link that
    does is read through it: :func:`redirect_target`, :func:`carried_url`).

    Parameters
    ----------
    url : str
        A manifest's or a page's URL.

    Returns
    -------
    bool
        Whether the link is such a tracker's, naming no page of its own host.

    Examples
    --------
    >>> is_tracker_link("https://news.us7.list-manage.com/track/click?u=4f1e&id=8d2e&e=5b7c")
    True
    >>> is_tracker_link("https://www.example.com/track/click?url=https://www.example.org/a")
    False
    """
    parts = _split(url)
    if parts is None or not parts.hostname:
        return False
    path = unquote(parts.path)
    segments = {segment.casefold() for segment in path.split("/")}
    if segments.isdisjoint(TRACKER_SEGMENTS) or _SLUG_WORDS.search(path):
        return False
    return "://" not in unquote(parts.query) and "://" not in path


#: The path segment a read-it-later app's link names its copy of a saved page under
#: (Pocket's and Instapaper's ``/read/ID``, a self-hosted wallabag's public
#: ``/share/HEX``): the endpoint's words, written in English by every such app.
#: Vocabulary, no host.
READER_APP_SEGMENTS = frozenset({"read", "share"})
# The copy's id: digits, or hex of letters and digits (a story's own "/read/12" or a
# section's "/share/local" is none: an id is long and has no word).
_APP_COPY_ID = re.compile(r"^(?:[0-9]{6,}|(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{8,})$")


def is_reader_app_link(url: str) -> bool:
    """True when ``url`` is a read-it-later app's link to its copy of a saved page.

    A researcher's Pocket, Instapaper or self-hosted wallabag gives each saved story an
    address of its own (``https://getpocket.com/read/3525808249``,
    ``https://www.instapaper.com/read/1763244873``,
    ``https://bag.example.net/share/47cd7a221ed76``): the host is the app's or the
    researcher's, shared by every site saved there, and the story's address is in the
    app's database, not the link. The path is two segments, a
    :data:`READER_APP_SEGMENTS` word and an id (six digits or more, or eight hex
    characters or more holding a digit and a letter), with no query; a site's own
    ``/read/story-slug`` or ``/share/local-news`` has words.

    Parameters
    ----------
    url : str
        A manifest's or a page's URL.

    Returns
    -------
    bool
        Whether the link is such an app's copy, naming no page of its own host.

    Examples
    --------
    >>> is_reader_app_link("https://getpocket.com/read/3525808249")
    True
    >>> is_reader_app_link("https://www.example.com/read/bridge-reopens-after-repairs")
    False
    """
    parts = _split(url)
    if parts is None or not parts.hostname or parts.query:
        return False
    segments = parts.path.strip("/").split("/")
    return (
        len(segments) == 2
        and segments[0].casefold() in READER_APP_SEGMENTS
        and _APP_COPY_ID.match(segments[1].casefold()) is not None
    )


# An entry's id: letters and digits, four or more as a short link's token
# (:data:`_TOKEN`), with the marks ids join their parts by, holding a digit ("ZKR5-HXT7",
# "p-148440601", "4317", "ab12=_cd34:0130"); a page's number ("a-2"), a slug's words
# joined by "-" (:data:`_SLUG_WORDS`) or a slug's word beside a year or a number
# (:data:`_SLUG_WORD_PART`) are none.
_ENTRY_ID = re.compile(r"^(?=.*[0-9])(?=(?:[^A-Za-z0-9]*[A-Za-z0-9]){4})[A-Za-z0-9_=:.~-]+$")
# A part of a segment, between the marks ids join their parts by, that is a word as a
# slug writes it: three letters or more in lower case after an optional capital
# ("ferry-2026", "coldharbour_argus_2020"); an id's parts mix digits in or are capitals
# ("ZKR5-HXT7", "4QNC-NHDS").
_SLUG_WORD_PART = re.compile(r"(?:^|[_=:.~-])[A-Za-z][a-z]{2,}(?=$|[_=:.~-])")
# An endpoint's segment before the id: one word of letters ("archive", "entry", "post").
_ENDPOINT = re.compile(r"^[A-Za-z]+$")
#: The most endpoint segments before an entry's id (``/home/post/ID``, ``/unread/entry/ID``):
#: a structural count, as a story's own address holds a section and a slug.
MAX_ENDPOINT_SEGMENTS = 3


def is_entry_link(url: str) -> bool:
    """True when ``url`` names its page by ids alone: no word of the page's own.

    An archive's, a feed reader's or a platform's app link to a page it holds
    (``https://perma.example/ZKR5-HXT7``, ``https://reader.example/unread/entry/4317``,
    ``https://platform.example/home/post/p-148440601``, a mail archive's
    ``https://us1.archive.example/?u=28b1d5&id=c08094``) spells no site: its last path
    segment is an id (letters and digits with the marks ids are joined by, a digit
    among them, no slug's words), after :data:`MAX_ENDPOINT_SEGMENTS` words at most,
    or with no path its query's values are such ids. A site's own ``/article/123456`` or
    ``/?p=123`` has the shape too: the caller asks what the page prints
    (:func:`analysis.clean.outlet.decide_outlet`). No list of hosts.

    Parameters
    ----------
    url : str
        A manifest's or a page's URL.

    Returns
    -------
    bool
        Whether the URL holds ids and endpoint words only.

    Examples
    --------
    >>> is_entry_link("https://reader.example/unread/entry/4317")
    True
    >>> is_entry_link("https://www.example.com/news/4317-bridge-reopens")
    False
    >>> is_entry_link("https://www.example.com/news/flood-2026")
    False
    """
    parts = _split(url)
    if parts is None or not parts.hostname:
        return False
    segments = [s for s in unquote(parts.path).split("/") if s]
    if not segments:
        values = [value for _, value in parse_qsl(parts.query)]
        return bool(values) and all(_is_entry_id(value) for value in values)
    *endpoints, last = segments
    return (
        len(endpoints) <= MAX_ENDPOINT_SEGMENTS
        and all(_ENDPOINT.match(segment) for segment in endpoints)
        and _is_entry_id(last)
    )


def _is_entry_id(value: str) -> bool:
    """Whether a path segment or a query's value is an id (:data:`_ENTRY_ID`), no slug."""
    return (
        _ENTRY_ID.match(value) is not None
        and _SLUG_WORDS.search(value) is None
        and _SLUG_WORD_PART.search(value) is None
    )


def names_no_site(url: str) -> bool:
    """True when ``url`` names no page of its own host: a short link, an encoded link,
    a click tracker's link or a read-it-later app's link.

    Parameters
    ----------
    url : str
        A URL as given.

    Returns
    -------
    bool
        :func:`is_short_link`, :func:`is_encoded_link`, :func:`is_tracker_link` or
        :func:`is_reader_app_link`.
    """
    return (
        is_short_link(url)
        or is_encoded_link(url)
        or is_tracker_link(url)
        or is_reader_app_link(url)
    )


def unicode_domain(domain: str) -> str:
    """A domain with its ASCII-encoded (``xn--``) labels written in Unicode.

    Parameters
    ----------
    domain : str
        A registered domain, lower case.

    Returns
    -------
    str
        The domain as a reader writes it; a label that does not decode stays as it is.

    Examples
    --------
    >>> unicode_domain("xn--frstenauer-bote-zvb.de")
    'fürstenauer-bote.de'
    """
    if "xn--" not in domain:
        return domain
    return ".".join(_decoded(label) for label in domain.split("."))


def _decoded(label: str) -> str:
    """An ``xn--`` label in Unicode; any other label, or one that does not decode, as is."""
    if not label.startswith("xn--"):
        return label
    import idna

    try:
        return idna.decode(label)
    except (UnicodeError, IndexError, ValueError):
        return label
