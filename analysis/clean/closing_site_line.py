"""The site a page names only in its closing lines: a "Read more on" promo, a share line,
a support line, a newsletter's sign-up line.

A reader view, a clipper or a scraper that keeps only the story saves no masthead, menu
or copyright notice; what may be left of the site's chrome is the promo closing the
story ("Read more on the Example Herald", "Continue reading at Example Herald") or the
share line a tweet button prints ('Share on X: "Headline" via @examplepost': the
share intent names the site's account), the support line a newsletter platform's
closing box or an affiliate disclosure prints ("The Example Dispatch is a
reader-supported publication.", "Example Bench is reader-supported. We may earn a
commission ..."), or the newsletter the site offers its reader under the story, named
after itself ("Get local news delivered to your inbox with the Example Herald morning
newsletter": a scraper's text of the story keeps the paragraph the newsroom's CMS put in
its body; h442). None is weighed among the page's candidates
(:mod:`analysis.clean.site_candidates`): a promo line in the middle of a page names
another site as often, and a handle is no printed name. :func:`closing_site_line` reads
them when nothing else of the page names a site (the last fallback of
:func:`analysis.clean.site_name.page_site_name`), and only in the page's last
:data:`CLOSING_LINES` lines with text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.masthead_lines import masthead_name
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import count_words

__all__ = ["CLOSING_LINES", "MIN_NAME_WORDS", "closing_site_line"]

#: The page's last lines with text read: a story's closing promo and share bar (share,
#: copy link, a tweet button) stand within them.
CLOSING_LINES = 4
#: Most words of a support line's subject read as a name ("The Example Valley Dispatch"):
#: a longer subject is a sentence's ("Everything you read here is reader-supported").
MAX_SUPPORT_NAME_WORDS = 5
#: The articles a name may open with ("The Example Dispatch").
_ARTICLES = frozenset({"the", "a", "an"})
#: Words of a promo's name: one word after "Read more on" is a topic as often ("Read
#: more on Brexit") as a site.
MIN_NAME_WORDS = 2

# "Read more on the Example Herald", "Continue reading at Example Herald", "More from
# Example Herald": the promo's lead, an optional "the", the name closing the line.
_PROMO = re.compile(
    r"^\s*(?:read\s+more|continue\s+reading|more\s+stories)\s+(?:on|at|from)\s+"
    r"(?:the\s+)?(?P<name>\S.*?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# "The Example Dispatch is a reader-supported publication." (a newsletter platform's
# closing box), "Example Bench is reader-supported. We may earn a commission ..." (an
# affiliate site's disclosure), "... is a member-funded newsroom": the site names itself
# as the subject of its support line.
_SUPPORTED = re.compile(
    r"^\s*(?P<name>\S.*?)\s+is\s+(?:an?\s+)?(?:independent,?\s+)?"
    r"(?:reader|listener|viewer|member|audience|subscriber)[-\s](?:supported|funded)\b",
    re.IGNORECASE,
)
# A newsletter offered to the reader ("... to your inbox with the Example Herald morning
# newsletter", "Sign up for Example Herald's daily newsletter"): the name after a
# preposition or the verb offering it, at most two words in lower case ("morning",
# "free daily") before "newsletter". A line that addresses the reader ("you", "your",
# "sign up", "subscribe") is the site's own offer; a story's sentence about someone's
# newsletter addresses nobody.
_WORD = r"[A-Z](?:[^\s.,;:!?'’]|['’](?!s\b))*"  # a capitalized word, no possessive's "'s"
_NEWSLETTER = re.compile(
    r"(?:^|\s)(?:[Ww]ith|[Ff]rom|[Ff]or|[Tt]o|[Gg]et|[Rr]eceive|[Jj]oin)\s+(?:[Tt]he\s+)?"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,4}}?)(?:['’]s)?"
    r"\s+(?:[a-z]+\s+){0,2}[Nn]ewsletters?\b"
)
# The reader addressed.
_TO_THE_READER = re.compile(r"\b(?:you|your|sign\s+up|subscribe)\b", re.IGNORECASE)
# A share line's tweet: "Share on X: "Headline" via @examplepost" (the handle closing it).
_SHARE_VIA = re.compile(
    r"^\s*(?:share|tweet|post)\b.*\svia\s+@(?P<handle>[A-Za-z0-9_]{3,30})\s*$", re.IGNORECASE
)


def closing_site_line(lines: Sequence[str]) -> tuple[int, int, int] | None:
    """The site's name a page's closing promo or share line gives.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple of int or None
        (line, start, end) of the name: a promo's ("Read more on the Example Herald":
        a name of :data:`MIN_NAME_WORDS` to four words, :func:`~analysis.clean.
        site_phrases.masthead_name`), a share line's handle without its "@", or a
        support line's subject ("Quay Notes is a reader-supported publication.",
        :func:`_support_subject`); among the
        page's last :data:`CLOSING_LINES` lines with text, the last such line; None
        when none is.

    Examples
    --------
    >>> closing_site_line(["Ferry fares rise.", "", "Read more on the Quayside Gazette"])
    (2, 17, 33)
    >>> closing_site_line(["Ferry fares rise.", "Share on X: \\"Fares rise\\" via @quaysidegaz"])
    (1, 30, 41)
    >>> closing_site_line(["Ferry fares rise.", "Read more on Brexit"]) is None
    True
    >>> closing_site_line(["Ferry fares rise.", "Quay Notes is a reader-supported publication."])
    (1, 0, 10)
    >>> closing_site_line(["Fares rise.", "Get it in your inbox with the Quay Post newsletter."])
    (1, 30, 39)
    """
    texts = [i for i, line in enumerate(lines) if line.strip()][-CLOSING_LINES:]
    for i in reversed(texts):
        line = lines[i]
        if (promo := _PROMO.match(line)) is not None:
            found = masthead_name(promo.group("name"))
            if found is not None and count_words(found[0]) >= MIN_NAME_WORDS:
                start = promo.start("name") + found[1][0]
                return i, start, promo.start("name") + found[1][1]
        if (share := _SHARE_VIA.match(line)) is not None:
            return i, share.start("handle"), share.end("handle")
        if (support := _SUPPORTED.match(line)) is not None and (
            found := _support_subject(support.group("name"))
        ):
            return i, support.start("name") + found[0], support.start("name") + found[1]
        if _TO_THE_READER.search(line) and (offer := _newsletter_name(line)) is not None:
            return i, *offer
    return None


def _newsletter_name(line: str) -> tuple[int, int] | None:
    """The span of the name a newsletter offer gives (:data:`_NEWSLETTER`), a name of
    :data:`MIN_NAME_WORDS` to five capitalized words."""
    for offer in _NEWSLETTER.finditer(line):
        name = offer.group("name")
        if count_words(name) >= MIN_NAME_WORDS:
            return offer.start("name"), offer.end("name")
    return None


def _support_subject(subject: str) -> tuple[int, int] | None:
    """Where the site's name is in a support line's subject ("The Example Dispatch" of
    "The Example Dispatch is reader-supported"): a name of one to four words
    (:func:`~analysis.clean.masthead_lines.masthead_name`), none of them after its
    first a function word, nor its first one but an article ("This site", "Our
    journalism", "It" name no site)."""
    found = masthead_name(subject)
    if found is None or count_words(found[0]) > MAX_SUPPORT_NAME_WORDS:
        return None
    words = found[0].casefold().split()
    if words[0] in _ARTICLES:
        words = words[1:]
    if not words or any(word in FUNCTION_WORDS for word in words):
        return None
    return found[1]
