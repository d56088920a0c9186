"""An author page's subject: the person whose stories a listing page lists.

A site's page for one of its writers opens with that person's box, a name alone on its
line over a role line or a short biography, and lists the person's stories under it,
printing no byline on any card (every story is hers)::

    Helen Park
    Science and environment reporter
    Helen Park covers oceans, climate and the coast.

    Latest from Helen Park

    December 3, 2026
    Scientists map the oldest coral reef in the bay
    ...

:func:`page_author` finds that name above the first card. The box is no card of the
listing (:mod:`analysis.clean.listing`), and the name is every card's byline when the
card prints none (:mod:`analysis.clean.articles`; docs/metrics.md, "Bylines on a
listing page"). The page must say the box is its subject's: the name, or its first
word as the box and the list's heading call the person ("Email Helen", "Айгерім 2018
жылдан ..."), is written again above the cards (not only on the line right under it, as
a photo's caption under the name its alternative text gives), or a line under it holds a
word for author (:data:`~analysis.clean.byline_words.AUTHOR_LABELS`: "Artykuły autorki",
"Автордың материалдары"). A name over a line of text alone (a newsletter's editor over
her greeting) names no author of the cards. No value is tuned.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.byline_words import author_labels
from analysis.clean.bylines import is_person_name
from analysis.clean.header_lines import find_byline, is_menu_line
from analysis.clean.interface_words import names_a_control
from analysis.clean.name_forms import compact_name
from analysis.clean.site_name import page_site_name
from analysis.text import LETTER_RUN, is_bullet

#: The fewest letters of an author label read as a word's start ("autor" in Polish
#: "autorki", "автор" in Kazakh "Автордың"): shorter labels ("text", "piše") start
#: other words ("textile", "pišem").
_MIN_STEM = 5
#: The most words of a person's name line (a given name, a family name, two particles).
_MAX_NAME_WORDS = 4


def page_author(lines: Sequence[str], top: int, site: str | None = None) -> tuple[int, str] | None:
    """The name of the person an author page is about, printed above its first card.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    top : int
        The first line of the page's first card.
    site : str, optional
        The site's name the page's markup gives (``og:site_name``): a portal's name
        printed under a hidden consent box, its first line (review h360), is no person.

    Returns
    -------
    tuple of (int, str) or None
        The line of the name and the name as printed, or None. The name is a line under
        the page's first (its masthead) that is a person's name alone, with a line of
        text right under it that is no menu or list item, written nowhere from the first
        card on (a card's photo names the person its story is about, and the story
        names her again), no name of the site the page gives, and confirmed by another
        line above the cards (the module docstring).
    """
    shown = [i for i in range(min(top, len(lines))) if lines[i].strip()]
    below = [_words(line) for line in lines[top:]]
    for i in shown[1:]:  # (the first line is the site's masthead)
        name = " ".join(lines[i].split())
        words = name.split()
        under = _line_under(lines, i, top)
        if (
            len(words) > _MAX_NAME_WORDS
            or any(char.isdigit() for char in name)
            or not is_person_name(words)
            or names_a_control([word.casefold() for word in words])  # "Sign In"
            or find_byline(name)
            or under is None
            or is_bullet(lines[under])
            or is_menu_line(lines[under])
        ):
            continue
        wanted = [word.casefold() for word in words]
        if any(_holds(words_below, wanted) for words_below in below):
            continue
        if _is_site_name(lines, name) or (site and compact_name(site) == compact_name(name)):
            continue  # the site's own name over its tagline ("READLATER WEEKLY" / "The
            # most-saved stories of the week", a newsletter's sender): no person
        others = [_words(lines[j]) for j in shown if j not in (i, under)]
        # (the text under a blank line, the box printed apart: the name written whole
        # again, not its first word alone, a menu's first entry being a heading too)
        first = under == i + 1
        if any(_holds(words_there, wanted, first=first) for words_there in others) or (
            _author_word_under(lines, shown, i)
        ):
            return i, name
    return None


def _line_under(lines: Sequence[str], line: int, top: int) -> int | None:
    """The line of text under the name on ``line``, above the first card (``top``): the
    next line, or the one after a single blank line (a browser's text save and an HTML
    page's text print a blank line under the name's heading; the name must then be
    written whole again above the cards, or an author label stand there:
    :func:`page_author`); None when there is none."""
    for under in (line + 1, line + 2):
        if under >= top:
            return None
        if lines[under].strip():
            return under
    return None


def _is_site_name(lines: Sequence[str], name: str) -> bool:
    """Whether ``name`` is the site's name the page gives
    (:func:`~analysis.clean.site_name.page_site_name`, compact forms compared)."""
    site = page_site_name(lines)
    return site is not None and compact_name(site.name) == compact_name(name)


def _words(line: str) -> list[str]:
    return [word.casefold() for word in LETTER_RUN.findall(line)]


def _holds(words: list[str], name: list[str], first: bool = False) -> bool:
    """Whether ``words`` hold the ``name``'s words in a row, or (``first``) its first
    word alone when it has two letters or more ("Email Helen")."""
    if first and len(name[0]) > 1 and name[0] in words:
        return True
    n = len(name)
    return any(words[k : k + n] == name for k in range(len(words) - n + 1))


def _author_word_under(lines: Sequence[str], shown: list[int], line: int) -> bool:
    """Whether a line between ``line`` and the cards holds a word opening with an author
    label of :data:`_MIN_STEM` letters or more ("Artykuły autorki")."""
    stems = tuple(
        label for label in author_labels() if len(label) >= _MIN_STEM and " " not in label
    )
    return any(
        word.casefold().startswith(stems)
        for i in shown
        if i > line
        for word in LETTER_RUN.findall(lines[i])
    )
