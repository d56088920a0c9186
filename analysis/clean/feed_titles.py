"""A feed's title given as an outlet's name: the site's name without the feed's label.

A feed reader's export, and a manifest or page table copied from one, names each story's
outlet by the title of the feed it came in, which is the site's name joined to a label
of the feed by a title separator: a section after a breadcrumb's mark ("Dunmore Standard
» Farming", as a blog platform titles a category's feed), or words saying it is a feed
after a dash or a bar ("Ouseley Chronicle - RSS Feed", "Ravensbourne Times - Latest
Headlines", "Wexcombe Gazette – News"). The label is no part of the name: two feeds of
one site are one outlet, shown by its name. :func:`feed_site_name` takes it off; a value
that is not so written is returned as it is. No list of names: the separator and the
words of a feed (:data:`FEED_LABEL_WORDS`, English vocabulary) decide.
"""

from __future__ import annotations

import re

from analysis.text import LETTER_RUN

#: The words of a feed's own label ("RSS Feed", "Latest Headlines", "All Stories"), lower
#: case: what a feed's title adds to its site's name. Vocabulary, not names.
FEED_LABEL_WORDS = frozenset(
    {
        "rss",
        "atom",
        "xml",
        "feed",
        "feeds",
        "latest",
        "recent",
        "top",
        "all",
        "headlines",
        "news",
        "stories",
        "articles",
        "posts",
        "updates",
        "the",
    }
)
#: A breadcrumb's mark before a section's name: what follows is the feed's section.
_SECTION_MARK = re.compile(r"\s+[»›]\s+")
#: A dash or a bar between spaces: what follows is the feed's label when it is only
#: :data:`FEED_LABEL_WORDS`.
_LABEL_MARK = re.compile(r"\s+[-–—|]\s+")
#: The most words a section's name after a breadcrumb's mark holds ("Local News").
MAX_SECTION_WORDS = 3


def feed_site_name(value: str | None) -> str | None:
    """The site's name in a feed's title, without the feed's section or label.

    Parameters
    ----------
    value : str or None
        An outlet's name as a table or manifest gives it.

    Returns
    -------
    str or None
        The part before the last separator when what follows it is a section (after
        "»" or "›", at most :data:`MAX_SECTION_WORDS` words) or only
        :data:`FEED_LABEL_WORDS` (after a dash or "|"), and the part before holds a word;
        else ``value`` as given.

    Examples
    --------
    >>> feed_site_name("Dunmore Standard » Farming")
    'Dunmore Standard'
    >>> feed_site_name("Ouseley Chronicle - RSS Feed")
    'Ouseley Chronicle'
    >>> feed_site_name("Voices - Stories from the Valley")
    'Voices - Stories from the Valley'
    """
    if not value:
        return value
    for mark, is_label in ((_SECTION_MARK, _is_section), (_LABEL_MARK, _is_feed_label)):
        found = list(mark.finditer(value))
        if not found:
            continue
        head, tail = value[: found[-1].start()], value[found[-1].end() :]
        if LETTER_RUN.search(head) and is_label(tail):
            return head
    return value


def _is_section(tail: str) -> bool:
    words = LETTER_RUN.findall(tail)
    return 0 < len(words) <= MAX_SECTION_WORDS and len(words) == len(tail.split())


def _is_feed_label(tail: str) -> bool:
    words = [word.casefold() for word in tail.split()]
    return bool(words) and all(word in FEED_LABEL_WORDS for word in words)
