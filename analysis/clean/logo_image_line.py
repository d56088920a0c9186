"""A Markdown clip's logo image line, printed as the site it names (stage: clean).

A web clipper's Markdown copy of a story opens with the site's logo where the site's
page shows it, an image alone on its line; a picture's line prints nothing
(:func:`analysis.clean.dump_text.plain_markdown`), and the site's name may be nowhere
else in the clip. The logo names its site in two ways: its text calls it the site's
logo ("![Dunmore Echo logo](...)": :func:`analysis.clean.html_logo.logo_text_name`),
or its file's name holds a word for a logo beside words spelling its host's label
(``kinvaraclarion.com/.../kinvara-clarion-logo.png``: the file of the site at that
address). The line then prints that name, or the text of such a file when it is the
domain's name ("![Weissenfelser Bote](.../logo-weissenfelser-bote.svg)"), else that
registered domain, as a masthead or an address line of the page would. Any other
picture prints nothing. No tuned value.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from analysis.clean.domains import registered_domain
from analysis.clean.html_logo import LOGO_WORDS, logo_text_name
from analysis.clean.name_domain import name_matches_domain
from analysis.clean.name_forms import compact_name

# The separators of a file name's words ("kinvara-clarion-logo.png", "logo_site.svg").
_FILE_WORD_MARKS = re.compile(r"[-_.+\s]+")


def logo_line_text(alt: str, address: str) -> str | None:
    """The site a logo image names, to print as its line's text.

    Parameters
    ----------
    alt : str
        The image's text (``![TEXT](...)``).
    address : str
        The image's address.

    Returns
    -------
    str or None
        The name its text gives as a logo's, else, when its file's name is a logo's of
        its address's registered domain, its text if that is the domain's name, else the
        domain (module docstring); None for any other image.

    Examples
    --------
    >>> logo_line_text("", "https://www.example-echo.com/img/example-echo-logo.svg")
    'example-echo.com'
    >>> logo_line_text("Example Echo logo", "/img/header.png")
    'Example Echo'
    >>> logo_line_text("", "https://cdn.example.net/example-echo-logo.svg") is None
    True
    """
    if name := logo_text_name(alt):
        return name
    if not address.lower().startswith(("http://", "https://")):
        return None
    parts = urlsplit(address)
    stem = parts.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    words = [word for word in _FILE_WORD_MARKS.split(stem.casefold()) if word]
    if not any(word in LOGO_WORDS for word in words):
        return None
    spelled = "".join(w for w in words if w not in LOGO_WORDS and not w.isdigit())
    domain = registered_domain(address)
    if not domain or not spelled:
        return None
    if spelled != compact_name(domain.split(".")[0]):
        return None
    name = " ".join(alt.split())
    return name if name and name_matches_domain(name, domain) else domain
