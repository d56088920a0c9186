"""A government site's banner over its masthead ("An official website of the ...
government"), no name.

Government sites print a banner line above their masthead saying whose official site
they are ("An official website of the United States government", over "Here's how you
know"; "Site officiel du gouvernement", "Offizielle Website der Stadt ..."). A text dump
keeps it as the page's first line, so the masthead under it ("Ministry of Inland
Waters") is not the first name line :mod:`analysis.clean.site_name` reads.
:func:`without_official_banner` blanks it. The words are the languages' common words
for "official" and "website" (English, French, German, Spanish, Portuguese, Italian,
Dutch, Polish); no site's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.capture_marks import top_lines

__all__ = ["without_official_banner"]

#: The banner is read among the page's first this many lines with a word.
BANNER_LINES = 2
#: The most words a banner line holds ("An official website of the United States
#: government" is nine).
MAX_BANNER_WORDS = 14

# The line opens with its words for "an official website of" (either word order).
_BANNER = re.compile(
    r"\s*(?:(?:an?|the|un|une|uma?|eine?|een)\s+)?(?:"
    r"official\s+(?:web\s?site|site|portal|web\s+page)\s+of"
    r"|(?:site|portail)\s+(?:web\s+)?officiel\s+d"
    r"|offizielle[sn]?\s+(?:website|webseite|internetseite|seite|portal)\s+(?:der|des|von)"
    r"|(?:sitio|portal|sítio|site)\s+(?:web\s+)?oficial\s+d"
    r"|sito\s+(?:web\s+)?ufficiale\s+d"
    r"|officiële\s+(?:website|site)\s+van"
    r"|oficjaln[aey]\s+(?:strona|serwis|portal)"
    r")",
    re.IGNORECASE,
)
# The banner's second line, a control opening its explanation.
_HOW_YOU_KNOW = re.compile(r"\s*here['’]s\s+how\s+you\s+know\s*$", re.IGNORECASE)


def without_official_banner(lines: Sequence[str]) -> Sequence[str]:
    """The lines with a government banner at the page's top blanked.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    sequence of str
        ``lines`` itself when none of its first :data:`BANNER_LINES` lines with a word
        is a banner line (its words for "an official website of ..." first, at most
        :data:`MAX_BANNER_WORDS` words); else a copy with that line, and a "Here's how
        you know" line right under it, replaced by spaces.
    """
    for i, line in top_lines(lines, BANNER_LINES):
        if _BANNER.match(line) and len(line.split()) <= MAX_BANNER_WORDS:
            blanked = list(lines)
            blanked[i] = " " * len(line)
            following = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
            if following is not None and _HOW_YOU_KNOW.match(lines[following]):
                blanked[following] = " " * len(lines[following])
            return blanked
    return lines
