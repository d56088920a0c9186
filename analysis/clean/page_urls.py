"""A page's URL as two pages are compared: one definition for ``clean`` and ``metrics``.

``clean`` reads once the files whose manifest rows give one URL
(:mod:`analysis.clean.duplicates`); ``metrics`` counts once an outlet's article pages
of one URL whose bodies share copy (:mod:`analysis.stats.resaves`). Both compare
:func:`url_key`. This module imports only :mod:`re`: the ``metrics`` command does not load the
page readers for it (~0.2 CPU-s before its first chunk).
"""

from __future__ import annotations

import re


def url_key(url: str) -> str:
    """A URL as pages are compared: without its fragment and surrounding space.

    Two files whose manifest rows give the same key hold one page
    (:mod:`analysis.clean.duplicates`); two article pages of one outlet with the same
    key whose bodies share copy are saves of one story (:mod:`analysis.stats.resaves`).

    Parameters
    ----------
    url : str
        A page's URL as given.

    Returns
    -------
    str
        The URL up to its fragment, stripped, its scheme and host written one way (lower
        case, ASCII ``xn--`` labels, no trailing dot, no default port: what a browser
        reaches by either spelling); empty for a blank URL.

    Examples
    --------
    >>> url_key("HTTPS://WWW.Example.DE.:443/a/B#top")
    'https://www.example.de/a/B'
    """
    text = url.strip().split("#", 1)[0]
    found = _ORIGIN.match(text)
    if found is None:
        return text
    scheme, host, port = found.group("scheme").lower(), found.group("host"), found.group("port")
    host = _ascii_host(host.lower().rstrip("."))
    if port is None or port == _DEFAULT_PORTS.get(scheme):
        return f"{scheme}://{host}{text[found.end() :]}"
    return f"{scheme}://{host}:{port}{text[found.end() :]}"


def _ascii_host(host: str) -> str:
    """A lower-case host with its Unicode labels in their ASCII (``xn--``) form; as it is
    when it does not encode."""
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


# An absolute address's scheme, host (no user, no IPv6 literal) and port.
_ORIGIN = re.compile(
    r"(?P<scheme>https?)://(?P<host>[^/?#:@\[\]\s]+)(?::(?P<port>\d+))?(?=[/?]|$)", re.I
)
# The port a scheme is served on when the address names none.
_DEFAULT_PORTS = {"http": "80", "https": "443"}
