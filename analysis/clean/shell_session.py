"""A terminal session saved as a page: the site's name a command printed.

A researcher who lists a site's stories on its server (a CMS's command-line tool, as
``wp post list``) often asks it for the site's name first, and the session shows the
command over its output::

    deploy@web01:/var/www/sfax$ wp option get blogname
    صفاقس اليوم
    deploy@web01:/var/www/sfax$ wp post list --fields=ID,post_title ... --format=table

The name is the line under a prompted command whose last word is a setting naming the
site's name (:data:`_SITE_SETTING`: ``blogname``, ``site_name``, ``sitename``,
``site.name``); :func:`setting_site` gives it to the page's site finder
(:func:`analysis.clean.site_name.page_site_name`). No value is tuned: the output is one
line of a name's length (:data:`MAX_NAME_WORDS` words), not another prompt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.text import count_words

#: A shell's prompt and the command after it: ``user@host:path$``, ``user@host path %``,
#: ``[user@host path]$``, ``root@host:~#`` or a bare ``$`` / ``%`` / ``#`` / ``>``.
_PROMPTED = re.compile(
    r"^\s*(?:\[?[\w.-]+@[\w.-]+[^\s$#%>]*(?:\s[^\s$#%>]+)?\]?\s?)?[$#%>]\s+(\S.*)$"
)
#: A setting naming the site's name: WordPress's ``blogname``, ``site_name``,
#: ``sitename``, ``site.name`` / ``site-name`` / ``siteName``.
_SITE_SETTING = re.compile(r"^['\"]?(?:blog_?name|site[._-]?name)['\"]?$", re.IGNORECASE)
#: The most words of a site's name printed as a command's output.
MAX_NAME_WORDS = 8


def setting_site(lines: Sequence[str]) -> tuple[int, int, int] | None:
    """Where a terminal session prints its site's name: the output line of a prompted
    command whose last word is a site-name setting (see the module docstring).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple of int or None
        ``(line, start, end)`` of the name (the output line, stripped); None when no
        such command prints one.
    """
    for i, line in enumerate(lines[:-1]):
        if (command := _PROMPTED.match(line)) is None:
            continue
        words = command.group(1).split()
        if not _SITE_SETTING.match(words[-1]):
            continue
        output = lines[i + 1]
        name = output.strip()
        if not name or _PROMPTED.match(output) or count_words(name) > MAX_NAME_WORDS:
            continue
        start = output.index(name)
        return i + 1, start, start + len(name)
    return None
