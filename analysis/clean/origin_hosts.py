"""A site's pages at a platform's host for it, filed under the site's own domain.

A site is reached at the hosts of the platforms that serve it as well as at its own
domain: its hosting company's address for its install (``wexcombegazette.wpengine.com``),
an environment of it (``live-`` / ``test-`` / ``dev-hollins-valley-post.pantheonsite.io``),
a newsletter platform's address of a publication that has a domain of its own
(``axevalleyledger.substack.com`` beside ``axevalleyledger.co.uk``). Each host is an
outlet key of its own (a platform's user host, or a domain under the Public Suffix List's
private section), and two domain keys are never merged by a name alone ("Daily" at
daily.com and at daily.net are two sites). But a platform's host whose first label is
the site's domain's label (hyphens aside), alone, after one word of its own (an
environment's "live-") or before one (a storage platform's bucket for the site's
interactive pages, ``examplepost-graphics.s3.eu-west-2.amazonaws.com``), and whose
pages print a name the domain's pages print too, is that site's:
:func:`file_origin_hosts`. A label two domains of the run share files nothing. No list
of platforms or names: the hosts and the printed names decide.
"""

from __future__ import annotations

from collections.abc import Mapping

from analysis.clean.name_forms import compact_name
from analysis.clean.public_suffix import domain_and_suffix, is_platform_site

#: What the merge notes say of a platform host filed under its site's domain.
ORIGIN_HOST = "a platform's host for the site, its label the site's domain's"
#: The fewest letters a shared label holds: a word of three ("sun", "post") may be any
#: two sites'.
MIN_LABEL_CHARS = 6


def file_origin_hosts(pairs: Mapping[tuple[str, str], int]) -> dict[str, str]:
    """Where each platform host of a run's sites is filed: under the site's own domain.

    Parameters
    ----------
    pairs : mapping
        ``(outlet key, printed name)`` -> its count (:mod:`analysis.clean.outlet_merge`).

    Returns
    -------
    dict of str to str
        A platform host's key -> the domain key its label spells, when the pages of both
        print a name in common (by its compact form) and no other domain of the run has
        that label.

    Examples
    --------
    >>> pairs = {("wexcombegazette.wpengine.com", "Wexcombe Gazette"): 3,
    ...          ("wexcombegazette.co.uk", "Wexcombe Gazette"): 1}
    >>> file_origin_hosts(pairs)
    {'wexcombegazette.wpengine.com': 'wexcombegazette.co.uk'}
    """
    names: dict[str, set[str]] = {}
    for key, name in pairs:
        if key.startswith(("name:", "unknown:")) or not isinstance(name, str) or name == key:
            continue
        if form := compact_name(name):
            names.setdefault(key, set()).add(form)
    own: dict[str, str | None] = {}  # a domain's label, hyphens aside -> the domain
    for key in names:
        label, suffix = domain_and_suffix(key)
        if label and key == f"{label}.{suffix}" and not is_platform_site(key):
            joined = label.replace("-", "")
            own[joined] = key if joined not in own else None  # two domains: no one's
    moves = {}
    for key in sorted(names):
        pieces = _platform_label(key).split("-")
        # the whole label, or all but one word of its own before (an environment's
        # "live-") or after it (a newsroom's bucket "NAME-graphics")
        for kept in (pieces, pieces[1:], pieces[:-1]):
            site = own.get(label := "".join(kept)) if kept else None
            if site and len(label) >= MIN_LABEL_CHARS and names[key] & names[site]:
                moves[key] = site
                break
    return moves


def _platform_label(key: str) -> str:
    """The first label of a platform's host for a site: a host one label below a
    registered domain (``NAME.platform.com``) or a domain under a private suffix
    (``NAME.platform.io``); "" for any other key."""
    label, suffix = domain_and_suffix(key)
    if not label:
        return ""
    if key == f"{label}.{suffix}":
        return label if is_platform_site(key) else ""
    first, _, rest = key.partition(".")
    return first if rest == f"{label}.{suffix}" else ""
