"""A page naming no site, filed under the outlet its file name opens with.

A researcher's scrape often names each file by the site and the story
(``westvale-herald_2026-12-03_fire.txt``, ``Westvale Herald - Fire at the depot.txt``,
``WestvaleHerald-fire.txt``) while the text it holds prints no site name (a tool that
keeps the story's text only). Such a page is its own ``unknown site (PAGE)`` outlet
(:mod:`analysis.clean.outlet_merge`) unless the run shows the name: when the file name's
first words are the name, of two words or more, that the pages of exactly one outlet of
the run print as their site's name ("Westvale Herald"), the page is that outlet's. The
words are the file name's runs of letters or digits, a run in camel case split at each
capital (``WestvaleHerald``); compared as :func:`~analysis.clean.outlet_merge.name_form`
compares names, a leading "the" aside. A browser's "Save as" names the file by the tab's
title, the headline first and the site last ("Fire at the depot | Westvale Herald"
saved as ``Fire at the depot _ Westvale Herald.html``: the characters a file name may
not hold written ``_``; Firefox's ``Fire at the depot – Westvale Herald.txt``): the
file name's last part after a spaced separator (:data:`_TITLE_SEPARATOR`) is read the
same way, when all its words are the name, one word too ("... _ Reuters.txt": the
separator says it is the title's site part). A name only the file names give is no outlet:
a file name is no page text, and a folder's names may share any first words ("article",
"story", "news-2026"). No tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from analysis.clean.name_forms import accentless

#: Why an ``unknown:`` key is filed under an outlet (:attr:`OutletIdentities.why`).
FILE_NAME = "its file name, which opens or, as a saved title, closes with that outlet's site name"
#: The fewest words of a name a file name opening with it is filed by: one word ("Metro",
#: "Today") opens file names as a story's first word does. A saved title's last part
#: after its separator ("Fire at the depot _ Reuters.txt") is the site's name whatever
#: its length.
MIN_NAME_WORDS = 2
#: A file name's or a name's words: runs of letters or digits, camel case split.
_WORD = re.compile(r"[^\W\d_]+?(?=[A-Z][a-z]|[^\w]|_|\d|$)|\d+|[^\W_]+", re.UNICODE)
#: The endings of a file name (``.txt``, ``.html.gz``), removed before its words are read.
_ENDINGS = re.compile(r"(?:\.[A-Za-z0-9]{1,5})+$")
#: The separator a page's title prints between its headline and its site's name, spaced
#: on both sides, as a saved file's name writes it ("|" written "_" by Chrome and Edge).
_TITLE_SEPARATOR = re.compile(r"\s[_|\-–—·•»]\s")


def name_words(text: str) -> list[str]:
    """The words of a name or a file name, case-folded and without accents, a leading
    "the" left out (``WestvaleHerald_2026`` -> ``westvale``, ``herald``, ``2026``).

    Parameters
    ----------
    text : str
        A name as printed, or a file name without its endings.

    Returns
    -------
    list of str
        The words in order.
    """
    words = [accentless(word.casefold()) for word in _WORD.findall(text)]
    return words[1:] if words[:1] == ["the"] else words


def file_by_file_name(
    pairs: Mapping[tuple[str, str], int], key_of: dict[str, str], why: dict[str, str]
) -> None:
    """File, in place, each ``unknown:`` key left as its own outlet under the one outlet
    whose site name its file name opens with, or closes with after a saved title's
    separator (see the module doc).

    Parameters
    ----------
    pairs : mapping
        ``(outlet key, printed name)`` -> its count, over articles and pages.
    key_of : dict
        Each key's final key so far; ``unknown:`` keys filed are set to their outlet.
    why : dict
        Why a key is filed; :data:`FILE_NAME` for the keys filed here.
    """
    from analysis.clean.outlet_merge import UNKNOWN_PREFIX

    outlets: dict[tuple[str, ...], set[str]] = {}  # every name, for a saved title's end
    for key, name in pairs:
        if key.startswith(UNKNOWN_PREFIX) or "." in name.split(" (")[0]:
            continue  # a page naming no site, or a domain shown as the name
        words = tuple(name_words(name.split(" (")[0]))
        if words:
            outlets.setdefault(words, set()).add(key_of[key])
    if not outlets:
        return
    longest = max(map(len, outlets))
    for key in sorted(key_of):
        if not key.startswith(UNKNOWN_PREFIX) or key_of[key] != key:
            continue
        stem = _ENDINGS.sub("", key[len(UNKNOWN_PREFIX) :].rsplit("/", 1)[-1])
        words = name_words(stem)
        found = set().union(
            *(
                outlets.get(tuple(words[:size]), set())
                for size in range(MIN_NAME_WORDS, longest + 1)
            )
        )
        parts = _TITLE_SEPARATOR.split(stem)
        if len(parts) > 1:  # a saved title's last part, the site's name, of any length
            found |= outlets.get(tuple(name_words(parts[-1])), set())
        if len(found) == 1:
            key_of[key], why[key] = found.pop(), FILE_NAME
