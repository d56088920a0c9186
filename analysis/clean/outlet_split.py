"""One name, two sites, no address: a name's pages told apart by their sites' chrome.

Two sites of one name ("Valley Courier" in two countries) whose pages were saved as text
without their URL are one ``name:`` key: nothing :mod:`analysis.clean.outlet_merge`
reads from the name or an address tells them apart. Their pages still print their own
sites' chrome (:mod:`analysis.clean.site_chrome`): each site its section menu and its
footer notice, the other site neither.

So a ``name:`` key's pages are grouped by the chrome lines they share: two pages are of
one group when both print a line (of :data:`~analysis.clean.site_chrome.MIN_LINE_WORDS`
words or more, or of :data:`~analysis.clean.site_chrome.NARROW_LINE_WORDS`: the name
narrows the choice), and the groups are the connected pages. The key is split only
when two groups or more of two pages or more print no line in common at all: a site
whose sections print different menus still prints one footer notice on every page, and
stays one outlet. And each group must sign its pages: a line every page of it prints
holds the name and more than a number (a footer "Valley Courier · Millbrook, Ontario",
not only "© 2026 Valley Courier"): one site's pages saved in two shapes (its web pages
under their menu, its newsletter's e-mails under their header) share no line either,
but do not both sign with the name. A name some page of which has a URL (a site on a
hosting platform, keyed by its name) is not split. A page sharing no line with another
stays with its key. No count is tuned: a group is two pages, the fewest that repeat a
line.

Each group is an outlet of its own, named by the name and what its own lines print
besides it ("Valley Courier (Millbrook)": the words of the shortest line every page of
the group prints, the name's words and numbers left out; a line printing the name comes
first, as a footer "© 2026 Valley Courier · Millbrook" does). Only the texts of those
lines are read (:func:`analysis.clean.site_chrome.run_line_texts`), and only when a key
splits: the chrome is kept as hashes otherwise. The groups, their keys and their names
depend on the pages' lines only, not on the order pages were read in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from analysis.clean.name_forms import compact_name
from analysis.clean.site_chrome import ChromeLines

#: What the notes say of a split key's pages (:meth:`OutletIdentities.notes`).
SPLIT = "one of the sites printing its name, by the menu and notice lines its pages print"
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class NameSplit:
    """A ``name:`` key's pages split into its sites' groups.

    Attributes
    ----------
    key : str
        The key split.
    groups : tuple of tuple of str
        Each group's pages, sorted; the groups in the order of their first page.
    lines : tuple of tuple of int
        Each group's lines every page of it prints (hashes, sorted): what names it.
    """

    key: str
    groups: tuple[tuple[str, ...], ...]
    lines: tuple[tuple[int, ...], ...]


def name_splits(chrome: ChromeLines, keys: Iterable[str]) -> list[NameSplit]:
    """The keys of ``keys`` whose pages are of two sites or more (module docstring).

    Parameters
    ----------
    chrome : ChromeLines
        The run's chrome lines, the ``name:`` keys' pages kept one by one
        (:attr:`ChromeLines.page_lines`).
    keys : iterable of str
        The keys that may split (``name:`` keys left as their own outlet).

    Returns
    -------
    list of NameSplit
        In key order; only keys with two groups or more of two pages or more.
    """
    wanted = set(keys)
    pages_of: dict[str, list[str]] = {}
    for page, (key, _) in chrome.page_lines.items():
        if key in wanted:
            pages_of.setdefault(key, []).append(page)
    found = []
    for key in sorted(pages_of):
        groups = _groups(chrome, sorted(pages_of[key]))
        if len(groups) >= 2:
            lines = tuple(_shared_lines(chrome, group) for group in groups)
            found.append(NameSplit(key, tuple(groups), lines))
    return found


def _counted(chrome: ChromeLines, page: str) -> set[int]:
    """A page's chrome lines that tie it to another page (no lone name line)."""
    return {
        line for line in chrome.page_lines[page][1] if line in chrome.pages or line in chrome.narrow
    }


def _groups(chrome: ChromeLines, pages: list[str]) -> list[tuple[str, ...]]:
    """The groups of two pages or more that the lines they print connect (sorted)."""
    parent = {page: page for page in pages}

    def root(page: str) -> str:
        while parent[page] != page:
            parent[page] = parent[parent[page]]
            page = parent[page]
        return page

    first: dict[int, str] = {}  # a line -> the first page printing it
    for page in pages:
        for line in _counted(chrome, page):
            if line in first:
                a, b = root(first[line]), root(page)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            else:
                first[line] = page
    members: dict[str, list[str]] = {}
    for page in pages:
        members.setdefault(root(page), []).append(page)
    return sorted(tuple(group) for group in members.values() if len(group) >= 2)


def _shared_lines(chrome: ChromeLines, group: tuple[str, ...]) -> tuple[int, ...]:
    """The lines every page of a group prints (its site's own, as no other group prints
    them), sorted."""
    shared = set.intersection(*(_counted(chrome, page) for page in group))
    return tuple(sorted(shared))


def signed(split: NameSplit, texts: Mapping[int, str]) -> bool:
    """Whether every group prints, on each of its pages, a line signing it with the name
    and more than a number (its footer "Valley Courier · Millbrook, Ontario", not only
    "© 2026 Valley Courier"): two sites, each naming itself with what sets it apart, not
    one site's pages printed in two shapes (its web pages' menu, its e-mails' header).

    Parameters
    ----------
    split : NameSplit
        A key's groups.
    texts : mapping of int to str
        A line's hash -> its text (:func:`analysis.clean.site_chrome.run_line_texts`).

    Returns
    -------
    bool
        False when a group has no such line (or its texts are not given).
    """
    own = split.key.split(":", 1)[1]
    return bool(own) and all(
        any(
            own in (printed := compact_name(texts[line]))
            and not printed.replace(own, "", 1).isdigit()
            and printed != own
            for line in lines
            if line in texts
        )
        for lines in split.lines
    )


def split_keys(split: NameSplit, name: str, texts: Mapping[int, str]) -> list[tuple[str, str]]:
    """Each group's key and display name.

    Parameters
    ----------
    split : NameSplit
        A key's groups.
    name : str
        The key's display name ("Valley Courier").
    texts : mapping of int to str
        A line's hash -> its text (:func:`analysis.clean.site_chrome.run_line_texts` of
        the split's lines); a line missing names nothing.

    Returns
    -------
    list of tuple of str
        Per group, in order: its key (the split key, ``~`` and its label's compact
        form) and its display name ("Valley Courier (Millbrook)"); a group whose lines
        name nothing besides the name is labelled by its place among the groups.
    """
    own = {word.casefold() for word in _WORD.findall(name)}
    printed = [[texts[line] for line in lines if line in texts] for lines in split.lines]
    found: list[tuple[str, str]] = []
    for number, own_lines in enumerate(printed, start=1):
        others = {
            word.casefold()
            for i, group in enumerate(printed, 1)
            if i != number
            for text in group
            for word in _WORD.findall(text)
        }
        label = _label(own_lines, own, others) or _label(own_lines, own, set()) or str(number)
        found.append((f"{split.key}~{compact_name(label) or number}", f"{name} ({label})"))
    if len({key for key, _ in found}) < len(found):  # two labels of one compact form
        found = [(f"{key}~{n}", shown) for n, (key, shown) in enumerate(found, start=1)]
    return found


def _label(texts: list[str], own: set[str], others: set[str]) -> str:
    """The words of a group's line that label it: neither the name's, nor a number, nor
    a word the other groups' lines print ("All rights reserved"), from the line printing
    the name first (a footer), then the one with the fewest such words, then the first in
    order; as printed from the first to the last when no other word stands between them
    ("Millbrook, Ontario"); "" when no line has one."""
    ranked = []
    for text in texts:
        words = list(_WORD.finditer(text))
        kept = [
            i
            for i, word in enumerate(words)
            if (folded := word[0].casefold()) not in own
            and folded not in others
            and not folded.isdigit()
        ]
        if kept:
            whole = kept == list(range(kept[0], kept[-1] + 1))
            label = (
                text[words[kept[0]].start() : words[kept[-1]].end()]
                if whole
                else " ".join(words[i][0] for i in kept)
            )
            names = own <= {word[0].casefold() for word in words}
            ranked.append((not names, len(kept), label))
    return min(ranked)[2] if ranked else ""
