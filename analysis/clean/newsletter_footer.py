"""The list a newsletter's footer says the reader subscribed to: "You are receiving this
because you subscribed to Example Daily."

A newsletter e-mail saved as text without its header (no ``From:`` line) may print no
masthead, no notice and no address, only the footer every mailing closes with, which
names the list the reader signed up for: the sender's own words for itself. The list is
often named after its site ("Example Daily"), sometimes apart from it ("the Morning
Brief newsletter from Example Daily": then the name after "from" is the sender's).
:func:`~analysis.clean.site_name.page_site_name` reads it only when nothing else of the
page names a site, so a page's masthead or cues outrank a list's own name.

The words are English's grammar of the notice (you are receiving / you received this
e-mail, message or newsletter because you subscribed to, signed up for, opted in to X),
no site's; no tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.closing_notes import last_footer
from analysis.clean.interface_words import INTERFACE_WORDS
from analysis.clean.site_name_shapes import CHROME_LINE_WORDS
from analysis.clean.site_phrases import SITE_NAME_PATTERN

__all__ = ["newsletter_footer_site", "subscribe_box_site"]

# The word every form of the notice holds (a line without it is not searched).
_NEEDED = "because you"
_NOTICE = re.compile(
    r"(?i:you(?:['’]re|\s+are)\s+(?:receiving|getting)|you\s+(?:have\s+)?(?:received|got))"
    r"\s+(?i:this|these)"
    r"(?:\s+(?i:e-?mails?|messages?|newsletters?|mails?|updates?|digests?|alerts?))?"
    r"\s+because\s+(?i:you(?:['’]ve|\s+(?:have|are|were))?)\s+"
    r"(?i:subscribed|signed\s+up|opted\s+in|registered)\s+(?i:to|for|with)\s+"
    rf"(?:the\s+)?(?P<name>{SITE_NAME_PATTERN})"
    # "... to the Morning Brief newsletter from Example Daily": the sender
    r"(?:\s+(?i:newsletters?|e-?mails?|(?:mailing\s+)?list|updates?|alerts?))?"
    rf"(?:\s+(?i:from|by)\s+(?:the\s+)?(?P<sender>{SITE_NAME_PATTERN}))?"
)


def newsletter_footer_site(lines: Sequence[str]) -> tuple[int, int, int] | None:
    """Where the last newsletter footer of the page names the list or its sender.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple of int or None
        (line, start, end) of the name in the page's last such footer: the sender's when
        the footer names one after the list ("from X"), else the list's; None for a page
        without one.

    Examples
    --------
    >>> footer = "You are receiving this because you subscribed to Example Daily."
    >>> newsletter_footer_site(["Story.", footer])
    (1, 49, 62)
    """
    found = last_footer(lines, _NEEDED, _NOTICE)
    if found is None:
        return None
    line_no, match = found
    return (line_no, *match.span("sender" if match.group("sender") else "name"))


# A subscribe box's line: "Subscribe to X" (or "Sign up for X"), alone on its line or after
# a short sentence ("Enjoyed this? Subscribe to X for free."), then nothing but "for
# free" or the list's noun.
_SUBSCRIBE = re.compile(
    r"(?:^|[.!?]\s+)\s*(?:Subscribe\s+to|Sign\s+up\s+(?:for|to))\s+"
    rf"(?P<name>(?:[Tt]he\s+)?{SITE_NAME_PATTERN})"
    r"(?:['’]s)?(?:\s+(?i:newsletters?|e-?mails?|for\s+free|today|now))*\s*[.!]?\s*$"
)


def subscribe_box_site(lines: Sequence[str]) -> tuple[int, int, int] | None:
    """Where the page's last subscribe box names its list: "Subscribe to Example Daily"
    in a short line (at most :data:`~analysis.clean.site_name_shapes.CHROME_LINE_WORDS`
    words), a name of two words or more (a leading "the" apart), none of them an
    interface word ("Subscribe to Breaking Alerts"). A newsletter's web page, a blog's
    or a read-later copy may print nothing else of its site;
    :func:`~analysis.clean.site_name.page_site_name` reads it only when no other line
    names a site (one cue on one line is below the score a site name needs), as the list
    a newsletter's footer names.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple of int or None
        (line, start, end) of the name; None for a page without such a line.

    Examples
    --------
    >>> subscribe_box_site(["Story.", "Subscribe to The Example Bell", "Subscribe"])
    (1, 13, 29)
    """
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if "ubscribe" not in line and "ign up" not in line:
            continue
        match = _SUBSCRIBE.search(line)
        if match is None or len(line.split()) > CHROME_LINE_WORDS:
            continue
        words = [w.casefold() for w in match.group("name").split() if w.casefold() != "the"]
        if len(words) >= 2 and not any(w in INTERFACE_WORDS for w in words):
            return i, *match.span("name")
    return None
