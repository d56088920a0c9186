"""The label a live page's headline opens with: "Live updates: ...", "EN DIRECT - ...".

A newsroom's live blog (a running story's updates, newest first, each stamped with its
clock time) says so in its headline, in the language of the page: English "Live" /
"Live updates" / "Live blog", French "En direct", Spanish "En vivo" / "En directo" /
"Al minuto", Portuguese "Ao vivo", Italian "In diretta", German "Liveticker" / "Newsblog",
Dutch "Liveblog", Polish "Na żywo", Czech "Živě", Slovak "Naživo", Croatian / Serbian /
Bosnian "Uživo", Hungarian "Élő", Finnish "Suorana", Danish / Norwegian "Direkte",
Swedish "Direkt", Romanian "Live", Greek "Ζωντανά", Russian "Онлайн" / "В прямом эфире",
Ukrainian "Наживо", Bulgarian "На живо", Turkish "Canlı", Arabic "مباشر", Persian
"لحظه به لحظه" (moment by moment), Hindi "लाइव", Vietnamese "Trực tiếp", Indonesian /
Malay "Langsung", Japanese "ライブ" / "速報", Chinese "直播" / "实时" / "即時", Korean
"실시간" / "라이브". A word of common knowledge of each language, no site's.

The label counts at the headline's start, closed by a separator (":", "|", a dash) or
followed by its "updates" / "blog" / "coverage" word: "Live" alone opening a
sentence ("Live music returns to ...") or a verb ("Where nurses can afford to live")
is no label.
"""

from __future__ import annotations

import re

# The label words (folded case), longest first where one opens another.
_LABELS = (
    r"live\s*(?:updates?|blog|coverage|ticker|news)|liveblog|liveticker|newsblog|live"
    r"|en\s+direct|en\s+vivo|en\s+directo|al\s+minuto|ao\s+vivo|in\s+diretta"
    r"|na\s+żywo|živě|naživo|uživo|élő|suorana|direkte|direkt|ζωντανά"
    r"|онлайн|в\s+прямом\s+эфире|наживо|на\s+живо|canlı"
    r"|مباشر|لحظه\s+به\s+لحظه|लाइव|trực\s+tiếp|langsung"
    r"|ライブ|速報|直播|实时|即時|실시간|라이브"
)

#: A live page's headline: a live label (:data:`_LABELS`) at the line's start, closed by
#: a separator, or a label that names the updates itself ("Live updates", "Liveblog").
LIVE_HEADLINE = re.compile(
    rf"^\W*(?:(?:{_LABELS})\s*(?:[:：|]|\s[-–—]\s|[【】\[\]])"
    r"|live\s*(?:updates?|blog|coverage)\b|liveblog\b|liveticker\b|newsblog\b)",
    re.IGNORECASE,
)


def is_live_headline(line: str) -> bool:
    """Whether ``line`` is a live page's headline: it opens with a live label
    (:data:`LIVE_HEADLINE`).

    Parameters
    ----------
    line : str
        One line of the page.

    Returns
    -------
    bool
        True for "Live updates: Storm hits the coast", "EN DIRECT - Grève ...",
        "速報：...", False for "Live music returns to the park".
    """
    return LIVE_HEADLINE.match(line.strip()) is not None
