"""A site's own account on a social platform: the domain its posts' link cards name.

A writer's posts on a platform (``medium.com/@name``, a fediverse server's or a
microblog's ``/@name``) are keyed by the account (:func:`analysis.clean.url_slugs.path_account`):
two writers' posts are two outlets, never the platform's. A newsroom posts there too,
under an account spelling its domain's label (``@examplecourier`` of examplecourier.com),
each post carrying a link card whose source line is the site's domain alone, as the
platforms print it ("examplecourier.com" over the card's headline). Such a post is the
site's: :func:`account_site` finds that domain on a line of its own whose label the
account's name spells (compact forms: case, dots, hyphens and underscores aside). A
writer's post linking a paper's story names the paper's domain under another account's
name: the writer's still. No list of platforms or names.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.name_forms import compact_name
from analysis.clean.site_name_shapes import DOMAIN

__all__ = ["account_site"]


def account_site(lines: Sequence[str], account: str) -> str | None:
    """The domain a platform account's post names as its own site, or None.

    Parameters
    ----------
    lines : sequence of str
        The post's page as text.
    account : str
        The account the page's URL names, ``@`` and all (``@examplecourier``, or with
        its server ``@examplecourier@social.example``).

    Returns
    -------
    str or None
        The registered domain printed alone on a line (www. dropped, lower case) whose
        first label's compact form is the account's name's; None when no line is.

    Examples
    --------
    >>> account_site(["Example Courier", "@examplecourier", "", "examplecourier.com"],
    ...              "@examplecourier")
    'examplecourier.com'
    >>> account_site(["Jane Roe", "@janeroe", "", "examplecourier.com"], "@janeroe") is None
    True
    """
    name = compact_name(account.lstrip("@").split("@", 1)[0])
    if not name:
        return None
    for line in lines:
        match = DOMAIN.fullmatch(line.strip())
        if match and compact_name(match["domain"].split(".")[0]) == name:
            return match["domain"].lower()
    return None
