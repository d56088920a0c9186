"""One outlet per site across a corpus: pages named without a URL filed under their domain.

``clean`` decides each page's outlet on its own (:func:`analysis.clean.outlet.decide_outlet`):
a page with a URL is keyed by its registered domain ("example.com"), a page without one
by the compact form of the site name it prints ("name:exampletimes"). In a folder where
only some pages have a URL (a manifest covering part of the pages), one site would be two
outlets. :func:`outlet_identities` is the corpus-level step that files them together:

- a renamed site's keys first: a page whose masthead's notice gives the site's former
  name ("Formerly the Example Courier") is keyed by both names, and it and the pages of
  its new name printing no notice are filed as the former name is, when the new name has
  one former name only (:mod:`analysis.clean.former_name`);
- a ``name:`` key whose compact name equals the compact form
  (:func:`analysis.clean.name_forms.compact_name`) of a site name seen on the pages of
  exactly ONE domain key is filed under that domain;
- a ``name:`` key that is a short form of another outlet of the same corpus (its
  compact name equals a domain's label, with or without a leading "the", or is the
  compact form of a name another outlet's pages print: "nytimes" of "New York Times";
  :func:`analysis.clean.name_forms.short_forms`), or whose own name has such a short form
  equal to a domain's label ("The New York Times" and nyt.com), is filed under that
  outlet: a domain when one is related, else the longer name; a one-word name is so a
  short form of a domain whose label is it and a number and whose pages print a name
  opening with it ("KVRT" of kvrt7.com printing "KVRT 7 News": :func:`_numbered_labels`).
  The evidence is in the corpus, no name is known in advance;
- a ``name:`` key still apart, whose every name has two words or more and is the name of
  exactly one domain key of the run (:func:`analysis.clean.name_domain.name_matches_domain`:
  "Brindle Street Daily" of brindlestreet.org, "Insight NZ" of insight.co.nz), and the
  initials of no other outlet's name, is filed under that domain, as a masthead no page
  prints as its site's name is (below), unless a key of a name unrelated to its own is
  filed under the domain so too (one address, one site: :func:`_unclaim_addresses`),
  or unless the domain's pages print a name of their own that its name is unrelated to
  (:func:`_names_another_site`: the address names its site, and it is another one);
- a ``name:`` key whose name is only the first words of other outlets' names ("La
  Voz" of "La Voz de Galicia": a masthead's short form) is filed under the one of them
  whose pages print the menu and notice lines its pages print, and no other's
  (:func:`_file_heads`; the name alone does not tie them, "The Times" of "The Times of
  India"; the lines are read from the blocks table, :func:`identities_of_run`);
- a ``name:`` key whose names are another outlet's name with company words ("Harbour
  Daily Media Ltd" and "Harbour Daily": a site's pages printed without the masthead
  are named by their copyright notice; :func:`analysis.clean.company_names.company_head`) is
  filed under that outlet;
- initials alone tie no two names: unrelated outlets share them ("CBC" and "Cincinnati
  Business Courier", "NPR" and "National Post Review";
  :func:`analysis.clean.name_forms.initials`). A ``name:`` key that is only the initials of
  another outlet's name is filed under it when that outlet is a domain whose label
  starts with them ("NYT" and nytimes.com printing "NYTimes"), else it stays apart and
  a line says so (:attr:`OutletIdentities.apart`);
- a ``name:`` key matching the site names of two or more domains (or, by short forms,
  two or more outlets) stays apart and is reported (:attr:`OutletIdentities.ambiguous`),
  unless its pages print a menu or notice line that, of those outlets, only one's pages
  print (:mod:`analysis.clean.site_chrome`): "The Morning Star" of two countries, a
  dump printing only the name but the footer of one of them; so does a ``name:`` key
  whose name extends such a name by words of its own ("© Daily Lantern Britain" under
  the masthead "Daily Lantern" of two domains: :func:`_extended_name_domains`), filed
  only by those lines (the .co.uk pages' notice), never by the extra words;
- a page whose key is left so, or a page of a group's notice printing no masthead,
  when the group's mastheads are outlets (sister papers), is filed page by page
  (:func:`_file_pages`): under the one of those outlets whose pages, of all outlets',
  print its chrome lines ("The Star · Nairobi" and the Kenyan menu, beside "The Star ·
  Petaling Jaya" and the Malaysian one; its own sister paper's menu), the lines of
  three words counted too (:data:`analysis.clean.site_chrome.NARROW_LINE_WORDS`: the
  name narrows the choice). Its other pages stay where they were
  (:attr:`OutletIdentities.page_key_of`);
- a ``name:`` key left as its own outlet whose pages fall into two groups or more, of
  two pages or more each, that print no chrome line in common (two sites of one name,
  no address behind either) is one outlet per group, named by the name and its group's
  own lines ("Valley Courier (Millbrook, Ontario)"; :mod:`analysis.clean.outlet_split`,
  :attr:`OutletIdentities.split`);
- a page naming no site (an ``unknown:`` key) is its own outlet, unless its file name
  opens with the name, of two words or more, of one outlet of the run
  (``westvale-herald_2026-12-03_fire.txt``), or closes with it as a browser's "Save as"
  writes the tab's title (``Fire at the depot _ Westvale Herald.html``:
  :mod:`analysis.clean.file_name_outlet`), or
  it prints a menu or notice line that one outlet, and no other, prints on two or more
  of its pages: it is that outlet's (the lines are read from the blocks table only when
  such a key is left, :func:`identities_of_run`);
- a site in a folder of a domain (``hometownwire.com/oh/ashford``: a network's town
  site, :mod:`analysis.clean.folder_sites`) owns the name it prints alone: the domain's
  pages printing it too are that site's, filed under it by their URL
  (:mod:`analysis.clean.outlet_hosts`), so a name key or masthead of that name is the
  folder's (:func:`_innermost`);
- a platform's host for a site (``NAME.hosting.example``, ``live-NAME.platform.example``)
  whose label is the site's domain's label and whose pages print a name the domain's
  pages print is filed under that domain (:mod:`analysis.clean.origin_hosts`), as a
  renamed site's keys are, first;
- two domain keys are never merged otherwise; but a domain's page printing no name but a host under
  it (a blog's dump printing only its URL on a hosting platform the suffix list lacks,
  eastbankwatch.wordpress.com keyed wordpress.com) is filed, page by page, under the one
  outlet of the run that is that host's: the host's own key (another page of the blog,
  keyed by its host), or the one ``name:`` key of two words or more whose compact name is
  the host's label ("Eastbank Watch"); a section's host (sport.) is no such name
  (:func:`_host_pages`, read from the pages table by :func:`identities_of_run`); and so
  is a domain's page whose URL's host is such a host (a newsletter's story alone under
  its manifest URL, saltmarshreview.ghost.io keyed ghost.io: :func:`label_outlets`,
  :mod:`analysis.clean.outlet_hosts`);
- pages filed under a copyright holder that open with a masthead
  (:func:`analysis.clean.outlet.masthead_key`) are the holder's, unless the holder's
  pages show two or more mastheads, each on more than :data:`MIN_MASTHEAD_ROWS` rows
  (a page and its article count one each), or one such masthead and beside it, on
  fewer rows, mastheads of two words or more sharing no word with it
  (:func:`_sister_mastheads`: "Dunlin Echo" on one page beside "The Harbour Times" on
  four): the holder is then a group whose sister sites print its notice ("© Harbour
  Media Group" under "Harbour Daily" and under "Coastal Courier"), and each
  masthead's pages are an outlet of that name (filed, like any ``name:`` key, under
  the domain or name it is, below). A masthead whose name the
  pages of exactly one other outlet print as their site's name (a page of the site with
  its URL and ``og:site_name``, or with its name and no notice) is that outlet's too,
  whatever the count. A masthead a page alone cannot confirm (a section's label, a
  short headline) is thus read as a site only when the run shows it on several rows
  beside another, or as another page's site. A masthead that two or more domains print
  as their name is the one domain's whose pages print its pages' menu or notice line.
  A masthead of two words or more that no page prints as its site's name, of a holder
  showing no other, is the one domain's of the run whose name it is
  (:func:`analysis.clean.name_domain.name_matches_domain`: "WHBR 7 News" of whbr7.com), when
  it is no other domain's name.

Every table that names an outlet after ``clean`` (article_metrics, quotes, copy_pairs,
outlet_metrics, the reports) takes its name from here, through ``metrics``; the
``merged_from`` column of outlet_metrics lists the keys filed under each outlet. The
``articles`` and ``pages`` tables keep each page's own decision (``outlet_key``,
``site_key``), so the merge can always be traced back.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from analysis.clean.company_names import company_head, is_company_word
from analysis.clean.cyrillic_labels import cyrillic_spells_label
from analysis.clean.domains import domain_of_name
from analysis.clean.file_name_outlet import file_by_file_name
from analysis.clean.former_name import file_renames
from analysis.clean.name_domain import (
    DomainIndex,
    joins_without_small_words,
    name_matches_domain,
    name_spelled_by_domain,
)
from analysis.clean.name_forms import accentless, compact_name, initials, short_forms
from analysis.clean.newspaper_words import without_opening_word
from analysis.clean.origin_hosts import ORIGIN_HOST, file_origin_hosts
from analysis.clean.outlet import holder_and_masthead
from analysis.clean.outlet_display import outlet_display_names_of_counts
from analysis.clean.outlet_hosts import file_url_hosts
from analysis.clean.outlet_split import SPLIT, name_splits, signed, split_keys
from analysis.clean.site_chrome import (
    ChromeLines,
    line_words,
    name_line_hash,
    run_chrome_lines,
    run_line_texts,
)
from analysis.stopwords import FUNCTION_WORDS

NAME_PREFIX = "name:"
UNKNOWN_PREFIX = "unknown:"


#: The keys a merge note names before it counts the rest (the outlet table's
#: ``merged_from`` lists them all): h269's crawl printed lines of 31 page keys each.
NOTE_KEYS = 3


def _listed(keys: Sequence[str]) -> str:
    """``keys`` joined, the first :data:`NOTE_KEYS` and a count of the rest."""
    if len(keys) <= NOTE_KEYS + 1:
        return ", ".join(keys)
    rest = len(keys) - NOTE_KEYS
    return f"{', '.join(keys[:NOTE_KEYS])} and {rest} more (outlet_metrics' merged_from lists all)"


def is_domain_key(key: str) -> bool:
    """True for an outlet key that is a registered domain (not ``name:`` or ``unknown:``).

    Parameters
    ----------
    key : str
        An ``outlet_key`` or ``site_key`` value.

    Returns
    -------
    bool
        False for the ``name:`` and ``unknown:`` prefixes.
    """
    return not key.startswith((NAME_PREFIX, UNKNOWN_PREFIX))


@dataclass(frozen=True)
class OutletIdentities:
    """Each outlet key's final outlet in a corpus.

    Attributes
    ----------
    key_of : dict of str to str
        Every key seen -> the key it is filed under (itself when not merged).
    display : dict of str to str
        Every key seen -> the display name of its final outlet (distinct final keys
        never share a name: :func:`analysis.clean.outlet_display.outlet_display_names`).
    ambiguous : dict of str to tuple of str
        ``name:`` keys left apart because their name is the site name (or a short form
        of the names) of several outlets -> those outlets' keys, sorted.
    why : dict of str to str
        Every merged key -> why it is filed under its final key ("the same site name",
        "a short form of its name", ...), for :meth:`notes`.
    apart : dict of str to tuple of str
        ``name:`` keys left apart although they are the initials of other outlets'
        names (nothing but the letters ties them) -> those outlets' final keys, sorted.
    heads : dict of str to tuple of str
        ``name:`` keys whose name is the first words of other outlets' names ("La Voz"
        of "La Voz de Galicia") -> those outlets' final keys, sorted: left apart unless
        their pages' chrome lines are one of those outlets' (:func:`_file_heads`).
    page_key_of : dict of str to tuple of str
        Page -> its key and the final key it is filed under, for the pages filed one by
        one (:func:`_file_pages`), apart from their key's other pages.
    emptied : frozenset of str
        The keys every page of which is filed one by one: no outlet of their own.
    groups : dict of str to tuple of str
        A group's notice key -> its sister sites' masthead keys, when the mastheads are
        outlets (its pages printing none are then filed page by page).
    split : dict of str to tuple of str
        A ``name:`` key of two sites without an address -> the keys its sites' pages are
        filed under (:mod:`analysis.clean.outlet_split`), each in :attr:`display`.
    """

    key_of: dict[str, str]
    display: dict[str, str]
    ambiguous: dict[str, tuple[str, ...]]
    why: dict[str, str] = field(default_factory=dict)
    apart: dict[str, tuple[str, ...]] = field(default_factory=dict)
    heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    page_key_of: dict[str, tuple[str, str]] = field(default_factory=dict)
    emptied: frozenset[str] = frozenset()
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    split: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def outlet_of(self, key: str, page: str) -> str:
        """The final key of a page's row (its site, or an article of it) of ``key``.

        Parameters
        ----------
        key : str
            The row's ``site_key`` or ``outlet_key``.
        page : str
            Its page.

        Returns
        -------
        str
            The key the page is filed under when it is filed one by one and the row is
            of the key it was filed from, else ``key``'s final key.
        """
        filed = self.page_key_of.get(page)
        return filed[1] if filed is not None and filed[0] == key else self.key_of[key]

    def display_of(self, key: str, page: str) -> str:
        """The display name of :meth:`outlet_of` (same parameters).

        Parameters
        ----------
        key, page : str
            As :meth:`outlet_of`.

        Returns
        -------
        str
            Its final outlet's display name.
        """
        return self.display[self.outlet_of(key, page)]

    def merged(self) -> dict[str, tuple[str, ...]]:
        """Final key -> the other keys filed under it (sorted); only keys with some. A
        holder's page keyed with a masthead that names no outlet of its own (``why``
        :data:`HOLDER`) is the holder's own, not listed.

        Returns
        -------
        dict of str to tuple of str
            In final-key order.
        """
        found: dict[str, set[str]] = {}
        for key, final in self.key_of.items():
            if key != final and self.why.get(key) != HOLDER:  # a holder's own pages
                found.setdefault(final, set()).add(key)
        for key, final in self.page_key_of.values():
            if key != final:
                found.setdefault(final, set()).add(key)
        return {final: tuple(sorted(keys)) for final, keys in sorted(found.items())}

    def merged_from(self) -> dict[str, str]:
        """Display name -> the keys filed under it, "; "-joined (the outlet table's column).

        Returns
        -------
        dict of str to str
            Only outlets that absorbed other keys.
        """
        return {self.display[final]: "; ".join(keys) for final, keys in self.merged().items()}

    def n_outlets(self, keys: Iterable[str]) -> int:
        """How many final outlets the given (unmerged) keys make.

        Parameters
        ----------
        keys : iterable of str
            Keys as ``clean`` wrote them, each one seen by these identities.

        Returns
        -------
        int
            The number of distinct final keys.

        Raises
        ------
        KeyError
            A key that was not seen.
        """
        keys = set(keys)
        finals = {self.key_of[key] for key in keys if key not in self.emptied}
        return len(finals | {final for key, final in self.page_key_of.values() if key in keys})

    def notes(self) -> list[str]:
        """One line per merge and per ambiguous name, for the commands' output.

        Returns
        -------
        list of str
            Merges in final-key order (one line per reason), then ambiguous names, then
            initials kept apart, in key order; empty when none.
        """
        lines = []
        by_page = {(key, final) for key, final in self.page_key_of.values()}
        parts = {part for parts in self.split.values() for part in parts}
        for final, keys in self.merged().items():
            reasons: dict[str, list[str]] = {}
            for key in keys:
                why = PAGES if (key, final) in by_page else self.why.get(key, SAME_NAME)
                why = SPLIT if final in parts else why
                reasons.setdefault(why, []).append(key)
            lines += [
                f"outlet {self.display[final]!r} ({final}) also holds the pages filed as "
                f"{_listed(filed)} ({reason})"
                for reason, filed in sorted(reasons.items())
            ]
        lines += [
            f"outlet {self.display[key]!r} ({key}) kept apart: {_kept_apart_why(domains)}"
            for key, domains in sorted(self.ambiguous.items())
            if key not in self.emptied
        ]
        lines += [
            f"outlet {self.display[key]!r} ({key}) kept apart from "
            f"{', '.join(f'{self.display[other]!r} ({other})' for other in others)}: its "
            "name is their initials, and nothing else ties them (give a manifest url or "
            "outlet if they are one)"
            for key, others in sorted(self.apart.items())
        ]
        return lines


def _kept_apart_why(domains: Sequence[str]) -> str:
    """Why a name is kept apart from the outlets ``domains``: a name two outlets print
    (or one it extends), or a longer form of one outlet's name ("CNN Politics" beside
    cnn.com's "CNN"), which a name of one domain alone never is (that name is filed)."""
    listed = ", ".join(domains)
    if len(domains) == 1:
        return (
            f"its name extends the site name of 1 outlet ({listed}), and no menu or notice "
            "line of its pages ties it there (a manifest's url or outlet files it if it is "
            "that site)"
        )
    return f"its name is (or extends) the site name of {len(domains)} outlets ({listed})"


def outlet_identities(keys: Sequence[str], names: Sequence[str]) -> OutletIdentities:
    """Merge ``name:`` keys into the one domain whose site name they carry; name every outlet.

    Parameters
    ----------
    keys, names : sequence of str
        Aligned outlet keys and display names as ``clean`` decided them (one pair per
        article, and per page with its site).

    Returns
    -------
    OutletIdentities
        The final key and display name of every key, and the names left ambiguous.
    """
    return outlet_identities_of_counts(Counter(zip(keys, names, strict=True)))


def outlet_identities_of_counts(
    pairs: Mapping[tuple[str, str], int],
    chrome: ChromeLines | None = None,
    groups: Mapping[str, tuple[str, ...]] | None = None,
    line_texts: Callable[[set[int]], Mapping[int, str]] | None = None,
    addressed: frozenset[str] = frozenset(),
) -> OutletIdentities:
    """:func:`outlet_identities` of ``(key, name)`` pairs given with their counts.

    The same identities as from the pairs repeated that many times; memory follows the
    distinct pairs, not the articles and pages.

    Parameters
    ----------
    pairs : mapping
        ``(outlet key, printed name)`` -> its count, over articles and pages.
    chrome : ChromeLines, optional
        The run's chrome lines (:mod:`analysis.clean.site_chrome`): a name left
        ambiguous, or a page naming no site, is then filed under the one outlet whose
        pages print the same menu or notice line (:func:`_file_by_chrome`), and
        such pages and a group's pages without a masthead are filed page by page
        (:func:`_file_pages`).
    groups : mapping of str to tuple of str, optional
        A group's notice key -> the keys of its sister sites' mastheads (the holders
        :func:`_masthead_outlets` splits; given by the call that files them).
    line_texts : callable, optional
        The texts of chrome lines by their hashes (:func:`identities_of_run` reads them
        from the blocks table): what names the sites of a name two sites without an
        address share (:mod:`analysis.clean.outlet_split`); without it, no name is split.
    addressed : frozenset of str, optional
        The keys some page of which has a URL (a site on a hosting platform, keyed by its
        name): never split, their pages may be one site's web and e-mail copies.

    Returns
    -------
    OutletIdentities
        Every key of ``pairs``, with its final key and display name.
    """
    renames = file_renames(pairs)  # a renamed site's keys filed as its former name's
    # and a site's platform hosts as its domain
    if moves := {**file_origin_hosts(pairs), **renames}:
        renamed: Counter[tuple[str, str]] = Counter()
        for (key, name), n in pairs.items():
            renamed[(moves.get(key, key), name)] += n
        found = outlet_identities_of_counts(
            renamed,
            chrome and chrome.renamed(moves),
            groups,
            line_texts,
            frozenset(moves.get(key, key) for key in addressed),
        )
        for raw, key in moves.items():
            found.key_of[raw], found.display[raw] = found.key_of[key], found.display[key]
            found.why[raw] = RENAMED if raw in renames else ORIGIN_HOST
        for page, (_, final) in found.page_key_of.items():  # the page's own key
            found.page_key_of[page] = (chrome.page_lines[page][0], final)
        return found
    mastheads, reasons = _masthead_outlets(pairs, chrome)
    if mastheads:  # the holders' pages filed first, then as any other key
        filed = _filed_by_masthead(pairs, mastheads)
        sisters: dict[str, set[str]] = {}  # a holder -> the outlets of its mastheads
        for raw, key in mastheads.items():
            if reasons[raw] != HOLDER:
                sisters.setdefault(holder_and_masthead(raw)[0], set()).add(key)
        found = outlet_identities_of_counts(
            filed,
            chrome and chrome.renamed(mastheads),
            {holder: tuple(sorted(keys)) for holder, keys in sisters.items() if len(keys) >= 2},
            line_texts,
            addressed,
        )
        for raw, key in mastheads.items():
            found.key_of[raw], found.display[raw] = found.key_of[key], found.display[key]
            found.why[raw] = reasons[raw]
        for page, (_, final) in found.page_key_of.items():  # the page's own key
            found.page_key_of[page] = (chrome.page_lines[page][0], final)
        return found
    owners: dict[str, set[str]] = {}
    for key, name in pairs:
        if is_domain_key(key) and name != key and (form := name_form(name)):
            owners.setdefault(form, set()).add(key)
            if bare := without_opening_word(name):  # "صحيفة X" prints "X" too
                owners.setdefault(name_form(bare), set()).add(key)
    owners = {form: _innermost(keys) for form, keys in owners.items()}
    key_of = {key: key for key, _ in pairs}
    why: dict[str, str] = {}
    ambiguous: dict[str, tuple[str, ...]] = {}
    spellings: dict[str, list[str]] = {}  # a name's form -> its name keys left apart
    printed: dict[str, list[str]] = {}  # a name key's printed names
    for key, name in pairs:
        if key.startswith(NAME_PREFIX) and isinstance(name, str):
            printed.setdefault(key, []).append(name)
    for key in sorted(key_of):
        if not key.startswith(NAME_PREFIX):
            continue
        domains = sorted(owners.get(_key_form(key), ()))
        if len(domains) == 1:
            key_of[key], why[key] = domains[0], SAME_NAME
        elif domains:
            ambiguous[key] = tuple(domains)
        elif extended := _extended_name_domains(printed.get(key, ()), owners):
            ambiguous[key] = extended
        else:
            spellings.setdefault(_key_form(key), []).append(key)
    _file_spellings(pairs, spellings, key_of, why)
    _file_company_names(pairs, key_of, ambiguous, why, owners)
    apart = _file_short_forms(pairs, key_of, ambiguous, why)
    heads = _heads(pairs, key_of, ambiguous)
    file_by_file_name(pairs, key_of, why)
    page_key_of: dict[str, tuple[str, str]] = {}
    emptied: frozenset[str] = frozenset()
    splits = []
    texts: Mapping[int, str] = {}
    groups = {
        holder: keys for holder, keys in (groups or {}).items() if key_of.get(holder) == holder
    }
    publishers: frozenset[str] = frozenset()
    if chrome is not None:
        _file_heads(chrome, key_of, heads, ambiguous, why)
        publishers = publisher_keys(pairs, key_of, ambiguous)
        _file_by_chrome(chrome, key_of, ambiguous, why, heads, publishers)
        page_key_of = _file_pages(chrome, pairs, key_of, ambiguous, heads, groups)
        alone = {
            key for key, final in key_of.items() if key == final and key.startswith(NAME_PREFIX)
        }
        splits = name_splits(chrome, alone - set(ambiguous) - set(groups) - set(heads) - addressed)
        wanted = {line for found in splits for lines in found.lines for line in lines}
        texts = line_texts(wanted) if line_texts is not None and wanted else {}
        splits = [found for found in splits if signed(found, texts)]
        for found in splits:
            page_key_of.update((page, (found.key, "")) for group in found.groups for page in group)
        filed_pages = Counter(key for key, _ in page_key_of.values())
        emptied = frozenset(k for k, n in filed_pages.items() if n == chrome.key_pages[k])
    _follow_filings(key_of)
    merged: dict[tuple[str, str], int] = {}
    for (key, name), n in pairs.items():
        if key_of[key] != key and (key.startswith(UNKNOWN_PREFIX) or key in publishers):
            continue  # "unknown site (PAGE)" names no outlet it is filed under, nor does a
            # publisher's company name filed under its site (the site's pages name it)
        merged[(key_of[key], name)] = merged.get((key_of[key], name), 0) + n
    chosen = outlet_display_names_of_counts(merged)
    display = {key: chosen[final] for key, final in key_of.items()}
    split: dict[str, tuple[str, ...]] = {}
    for found in splits:
        parts = split_keys(found, chosen[found.key], texts)
        split[found.key] = tuple(part for part, _ in parts)
        for group, (part, shown) in zip(found.groups, parts, strict=True):
            display[part] = shown
            page_key_of.update((page, (found.key, part)) for page in group)
    return OutletIdentities(
        key_of, display, ambiguous, why, apart, heads, page_key_of, emptied, groups, split
    )


def _follow_filings(key_of: dict[str, str]) -> None:
    """File, in place, each key under the final outlet of the key it is filed under: a
    key filed under a name key that a later step files elsewhere ("name:çamlica" under
    the spelling "name:camlica", which is then a short form of a domain's name) follows
    it, as its pages are that outlet's (left apart, they were a row of their own
    showing their own printing). A loop of filings (none is known) stops where it
    closes."""
    for key in key_of:
        seen = {key}
        final = key_of[key]
        while key_of.get(final, final) != final and final not in seen:
            seen.add(final)
            final = key_of[final]
        key_of[key] = final


def name_form(name: str) -> str:
    """The form in which two outlets' names are the same site name: the
    :func:`~analysis.clean.name_forms.compact_name`, without accents
    (:func:`~analysis.clean.name_forms.accentless`: a masthead in capitals drops them).

    Parameters
    ----------
    name : str
        A site or outlet name as printed.

    Returns
    -------
    str
        ``""`` when the name has no letter or digit.
    """
    return accentless(compact_name(name))


def _extended_name_domains(names: Iterable[str], owners: Mapping[str, set[str]]) -> tuple[str, ...]:
    """The domains of the site name a ``name:`` key's printed name extends by words of
    its own ("Daily Lantern Britain", the notice of one of two domains both named "Daily
    Lantern"), when two or more domains of the run print that name: the key is then as
    ambiguous as the shorter name, and only its pages' menu or notice lines, printed by
    one of those domains alone, file it (:func:`_file_by_chrome`); empty otherwise (a
    name extending one domain's name is no more that domain's than another name is).
    The longest such first words of the name decide; ``names`` are the key's printed
    names, ``owners`` each name form's domains."""
    for name in sorted(names):
        words = name.split()
        for size in range(len(words) - 1, 0, -1):
            domains = owners.get(name_form(" ".join(words[:size])), set())
            if len(domains) >= 2:
                return tuple(sorted(domains))
    return ()


def _key_form(key: str) -> str:
    """The :func:`name_form` of a ``name:`` key's compact name."""
    return accentless(key[len(NAME_PREFIX) :])


def _file_spellings(
    pairs: Mapping[tuple[str, str], int],
    spellings: Mapping[str, list[str]],
    key_of: dict[str, str],
    why: dict[str, str],
) -> None:
    """File, in place, ``name:`` keys that are one name spelled with and without its
    accents ("name:diáriodabeira", "name:diariodabeira") and no domain's under one of
    them: the key on the most rows (then the first in order)."""
    rows: Counter[str] = Counter()
    for (key, _), n in pairs.items():
        rows[key] += n
    for keys in spellings.values():
        first = min(keys, key=lambda key: (-rows[key], key))
        for key in keys:
            if key != first:
                key_of[key], why[key] = first, SAME_NAME


#: Why a ``name:`` key is filed under another outlet (:attr:`OutletIdentities.why`).
SAME_NAME = "the same site name"
RENAMED = "its former name, as its masthead's renaming notice gives it"
COMPANY_NAME = "its name with company words"
SPLIT_BY_MASTHEAD = "its masthead, one of several on its copyright holder's pages"
HOLDER = "its copyright holder's own: no second masthead on the holder's pages"
MASTHEAD_NAMED = "its masthead, the site name other pages print"
MASTHEAD_ADDRESS = "its masthead, the name of one address of the run"
#: A masthead names an outlet of a group only on more rows than this (article and page
#: rows: one page with one article is 2, so more than one page or a listing's cards). A
#: structural count, not tuned: one page's first line (a short headline) splits nothing.
MIN_MASTHEAD_ROWS = 2


def _masthead_outlets(
    pairs: Mapping[tuple[str, str], int], chrome: ChromeLines | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """Each masthead key of ``pairs`` (:func:`analysis.clean.outlet.masthead_key`) -> the
    key its rows are filed under: ``name:`` + the masthead's compact name when its
    holder's rows show two or more mastheads on more than :data:`MIN_MASTHEAD_ROWS` rows
    each (module docstring), or when the pages of exactly one other outlet print the
    masthead as their site's name (the same compact name: a site's other pages, with its
    URL or its name and no holder's notice, confirm the masthead as the site; a name two
    outlets print confirms neither), else the holder's key; and each masthead key -> why
    (:data:`SPLIT_BY_MASTHEAD`, :data:`MASTHEAD_NAMED`, :data:`CHROME` or :data:`HOLDER`).
    Mastheads are one when their compact names are. A masthead two or more domains print
    as their site's name ("The Courier" of two countries) confirms none, unless the
    masthead's pages print a menu or notice line that, of all domains, only one of those
    prints (``chrome``: :func:`_chrome_domain`): its pages are that domain's."""
    rows: dict[str, Counter[str]] = {}  # holder key -> masthead's name form -> rows
    named: dict[str, set[str]] = {}  # name form -> the other outlets printing it
    words: dict[str, set[str]] = {}  # masthead's name form -> its words' compact forms
    for (key, name), n in pairs.items():
        if parts := holder_and_masthead(key):
            rows.setdefault(parts[0], Counter())[name_form(parts[1])] += n
            words.setdefault(name_form(parts[1]), set()).update(_masthead_words(parts[1]))
        elif not key.startswith(UNKNOWN_PREFIX):
            named.setdefault(name_form(name), set()).add(key)
    filed: dict[str, str] = {}
    why: dict[str, str] = {}
    addresses = DomainIndex(sorted({key for key, _ in pairs if is_domain_key(key)}))
    for key, _ in pairs:
        if parts := holder_and_masthead(key):
            holder, masthead = parts
            shown = {m for m, n in rows[holder].items() if n > MIN_MASTHEAD_ROWS}
            shown |= _sister_mastheads(rows[holder], shown, words)
            own = name_form(masthead)
            printing = named.get(own, set())
            domains = _innermost({other for other in printing if is_domain_key(other)})
            # one domain, or name keys only (those spell one name: filed together)
            confirmed = len(domains) == 1 or (printing and not domains)
            several = len(shown) >= 2 and own in shown
            filed[key] = f"{NAME_PREFIX}{own}" if (several or confirmed) and own else holder
            why[key] = (
                HOLDER if filed[key] == holder else SPLIT_BY_MASTHEAD if several else MASTHEAD_NAMED
            )
            if (
                filed[key] == holder
                and len(domains) >= 2
                and chrome is not None
                and (domain := _chrome_domain(chrome, key, domains)) is not None
            ):
                filed[key], why[key] = domain, CHROME
            elif filed[key] == holder and not printing and not several and " " in masthead:
                # no page prints the masthead as its site's name, but it is the name
                # of one address of the run and of no other ("WHBR 7 News" of
                # whbr7.com, "Morning Post" of harbourmorningpost.com); a one-word
                # masthead is a section's label as often ("Sport" of sportnews.com)
                named_by = [
                    d
                    for d in addresses.candidates(masthead)
                    if name_matches_domain(masthead, d, any_contraction=False)
                ]
                if len(named_by) == 1:
                    filed[key], why[key] = named_by[0], MASTHEAD_ADDRESS
    return filed, why


def _innermost(domains: set[str]) -> set[str]:
    """``domains`` without those holding a folder key of the set: a domain's page printing
    the name of a site in a folder of that domain (``hometownwire.com/oh/ashford``,
    :mod:`analysis.clean.folder_sites`) is that site's page, filed under it by its URL
    (:mod:`analysis.clean.outlet_hosts`), and confirms that site's masthead alone."""
    return {key for key in domains if not any(other.startswith(f"{key}/") for other in domains)}


def _masthead_words(masthead: str) -> set[str]:
    """The compact forms of a masthead's words, "the" and marks left out."""
    return {compact_name(word) for word in masthead.split()} - {"", "the"}


def _sister_mastheads(
    counts: Mapping[str, int], shown: set[str], words: Mapping[str, set[str]]
) -> set[str]:
    """The mastheads of a holder's pages, of those on :data:`MIN_MASTHEAD_ROWS` rows or
    fewer (``counts``: name form -> rows), that are sister papers of the masthead its
    pages show on more (``shown``, one or more): each of two words or more, sharing no
    word with any shown masthead ("Dunlin Echo" on one page beside "The Harbour Times"
    on four, both under "© Tidewater Media Group Ltd"). The shown masthead proves the
    pages' first lines are mastheads; a name of its own words is no label of that paper
    (its section, "Harbour Times Sport", or a one-word label, "Sport", shares a word or
    has one), so the holder is a group and each masthead an outlet: filing them all
    under the holder put sister papers in one row (review h212). Empty without a shown
    masthead: one page's first line alone may be a short headline."""
    if not shown:
        return set()
    seen = set().union(*(words.get(form, set()) for form in shown))
    return {
        form
        for form in counts
        if form not in shown and len(words.get(form, ())) >= 2 and not words[form] & seen
    }


def _chrome_domain(chrome: ChromeLines, key: str, domains: set[str]) -> str | None:
    """The one of ``domains`` whose pages print the chrome lines of ``key``'s pages: a
    line is evidence when, of all the domain keys, exactly one prints it; None when the
    evidence names none of them, another domain, or two."""
    named: set[str] = set()
    for line in chrome.lines_of([key]).get(key, ()):
        printing = {other for other in chrome.pages[line] if is_domain_key(other)}
        if len(printing) == 1:
            named |= printing
    return named.pop() if len(named) == 1 and named <= domains else None


def _filed_by_masthead(
    pairs: Mapping[tuple[str, str], int], mastheads: Mapping[str, str]
) -> Counter[tuple[str, str]]:
    """``pairs`` with each masthead key's rows under the key :func:`_masthead_outlets`
    files them as: named by their masthead when it is theirs, else as they were; rows
    left the holder's are named by the masthead when it is the publisher's site
    (:func:`publishers_masthead`), so that the holder's row shows the site's name."""
    filed: Counter[tuple[str, str]] = Counter()
    for (key, name), n in pairs.items():
        parts = holder_and_masthead(key)
        if parts is None:
            filed[(key, name)] += n
        else:
            new_key = mastheads[key]
            own = new_key != parts[0] or publishers_masthead(name, parts[1])
            filed[(new_key, parts[1] if own else name)] += n
    return filed


def publishers_masthead(holder: str, masthead: str) -> bool:
    """Whether ``masthead`` is the name of the site a copyright ``holder`` publishes: it
    holds every word of the holder's name but its company words, and words of its own
    ("Nordlicht Zeitung" over the menu, "© Nordlicht Medien GmbH" below; "Harbour Daily"
    of "© Harbour Media Group"). The holder's rows are then shown by the site's name, not
    the company's. A holder whose name has no company word, or holds a word the masthead
    lacks ("The Herald" of "© Eastmoor Herald", "Morning Star" of "© Morning Star
    Tanzania Ltd": the longer name tells same-name sites apart), is shown as it is.

    Parameters
    ----------
    holder : str
        The copyright holder's name as the pages print it.
    masthead : str
        The masthead its pages open with.

    Returns
    -------
    bool
        Whether the holder's rows are shown by the masthead.
    """
    held = holder.split()
    own = {compact_name(word) for word in held if not is_company_word(word)}
    words = {compact_name(word) for word in masthead.split()}
    return bool(own) and len(own) < len(held) and own < words


def _file_company_names(
    pairs: Mapping[tuple[str, str], int],
    key_of: dict[str, str],
    ambiguous: dict[str, tuple[str, ...]],
    why: dict[str, str],
    owners: Mapping[str, set[str]],
) -> None:
    """File a ``name:`` key whose every name is another outlet's name with company words
    ("Harbour Daily Media Ltd" beside "Harbour Daily": the pages that lack the
    masthead are named by their notice) under that outlet, in place: the one domain
    printing the name (``owners``: compact name -> domain keys), else the one ``name:``
    key of that name, else the one domain whose label is that name (its pages print
    none: "Orton Express Newspapers" beside ortonexpress.co.uk); two or more: left
    apart (ambiguous). Two sites' parent
    notices ("Hearst" and "Hearst Communications") join too: each is the wrong outlet
    of its pages already, and a notice's source is not told apart here (the masthead
    pages of the site itself are often named by its shortened notice too)."""
    names_of: dict[str, set[str]] = {}
    named_keys: dict[str, set[str]] = {}  # name form -> the name keys of that name
    for key, name in pairs:
        names_of.setdefault(key, set()).add(name)
        if key.startswith(NAME_PREFIX):
            named_keys.setdefault(_key_form(key), set()).add(key)
    by_label: dict[str, set[str]] | None = None
    for key in sorted(key_of):
        if not key.startswith(NAME_PREFIX) or key_of[key] != key or key in ambiguous:
            continue
        # (a name shown without the holder's company words, "Northfold Herald" of
        # "name:northfoldheraldnewspapers": outlet.holder_display_name, is that head)
        heads = {
            name_form(company_head(name) or (name if name_form(name) != _key_form(key) else ""))
            for name in names_of[key]
        }
        if len(heads) != 1 or not (head := heads.pop()) or _key_form(key) == head:
            continue
        found = set(owners.get(head, ()))
        if not found:
            found = {key_of[other] for other in named_keys.get(head, ())}
        if not found:  # a domain printing no name, its label the name ("metro-kelby.com")
            if by_label is None:  # (the keys stay those: read once)
                by_label = _domains_by_label(key_of)
            found = set(by_label.get(head, ()))
        if len(found) == 1:
            key_of[key], why[key] = found.pop(), COMPANY_NAME
        elif found:
            ambiguous[key] = tuple(sorted(found))


def _domains_by_label(keys: Iterable[str]) -> dict[str, set[str]]:
    """The domain keys by their first label, as written and, when it holds hyphens,
    without them: a hyphen in an address stands for the space of the name it spells
    ("metro-kelby.com" of "Metro Kelby", whose compact name is "metrokelby")."""
    found: dict[str, set[str]] = {}
    for key in keys:
        if is_domain_key(key):
            label = key.split(".")[0]
            for form in {label, label.replace("-", "")}:
                found.setdefault(form, set()).add(key)
    return found


SHORT_FORM = "a short or long form of its name"
INITIALS_OF_ADDRESS = "initials its address starts with"


def _file_short_forms(
    pairs: Mapping[tuple[str, str], int],
    key_of: dict[str, str],
    ambiguous: dict[str, tuple[str, ...]],
    why: dict[str, str],
) -> dict[str, tuple[str, ...]]:
    """File the ``name:`` keys still apart under the outlet they are a short or long form
    of (module docstring), in place: a domain when one is related (never two), else the
    longer name key. Longer names are filed first, so a short form follows its long
    form's outlet ("NY Times" -> "New York Times" -> nytimes.com). Returns the keys that
    are only the initials of other outlets' names and stay apart -> those outlets."""
    names_of: dict[str, set[str]] = {}  # key -> the names its pages print
    forms: dict[str, set[str]] = {}  # key -> the short forms of the names its pages print
    spelled: dict[str, set[str]] = {}  # key -> those that spell out a word of a name
    joins: dict[str, set[str]] = {}  # key -> its names run together without small words
    for key, name in pairs:
        if not key.startswith(UNKNOWN_PREFIX) and name != key:
            names_of.setdefault(key, set()).add(name)
            found = short_forms(name)
            forms.setdefault(key, set()).update(found)
            spelled.setdefault(key, set()).update(found - initials(name))
            joins.setdefault(key, set()).update(joins_without_small_words(name))
    domains_by_label = _domains_by_label(key_of)
    numbered = _domains_by_number(domains_by_label)
    # the keys stay those
    domains = DomainIndex(sorted(key for key in key_of if is_domain_key(key)))
    of_form: dict[str, set[str]] = {}  # a short form -> the keys printing a name it is of
    of_initials: dict[str, set[str]] = {}  # the same, for a form no name spells out
    for key, found in forms.items():
        for form in found:
            of = of_form if form in spelled[key] else of_initials
            of.setdefault(form, set()).add(key)
    compact = {key: key[len(NAME_PREFIX) :] for key in key_of if key.startswith(NAME_PREFIX)}
    waiting = sorted(
        (key for key in compact if key_of[key] == key and key not in ambiguous),
        key=lambda key: (-len(compact[key]), key),
    )
    apart: dict[str, tuple[str, ...]] = {}
    spelled: dict[str, list[str]] = {}  # _address_named's, for its two calls on a key
    claimed: dict[str, list[str]] = {}  # a domain -> the keys filed as its name's
    via: dict[str, set[str]] = {}  # a key -> the longer name keys it is filed as
    for key in waiting:
        own = compact[key]
        longer = of_form.get(own, set())
        related = {other for other in longer if is_domain_key(other)}
        related |= domains_by_label.get(own, set()) | domains_by_label.get(f"the{own}", set())
        for form in forms.get(key, set()) | joins.get(key, set()):
            related |= domains_by_label.get(form, set())
        related |= _numbered_labels(own, names_of, numbered)
        lettered = of_initials.get(own, set()) - longer
        addressed = {
            other
            for other in lettered
            if is_domain_key(other) and other.split(".")[0].startswith(own)
        }
        if not related:  # no domain: the longer names it is a short form of
            through = {
                other
                for other in longer
                if other.startswith(NAME_PREFIX) and len(compact[other]) > len(own)
            }
            related = {key_of[other] for other in through}
            via[key] = through
        reason = SHORT_FORM
        if not related and addressed:
            related, reason = addressed, INITIALS_OF_ADDRESS
        if (
            not related
            and not lettered
            and (named_by := _address_named(key, names_of, domains, spelled))
        ):
            related, reason = named_by, NAME_OF_ADDRESS
            claimed.setdefault(next(iter(named_by)), []).append(key)
        elif (
            not related
            and not lettered
            and (extended := _address_named(key, names_of, domains, spelled, extending=True))
        ):  # the longer name of an address's printed name: its lines alone may file it
            ambiguous[key] = tuple(sorted(extended))
        if len(related) == 1:
            key_of[key], why[key] = related.pop(), reason
        elif related:
            ambiguous[key] = tuple(sorted(related))
        elif lettered:
            apart[key] = tuple(sorted({key_of[other] for other in lettered}))
    _unclaim_addresses(claimed, names_of, via, key_of, why)
    return apart


def _domains_by_number(domains_by_label: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """The domains whose label is letters and then a number (``kvrt7``, ``desh24x7``: a
    station's call sign or a channel's name and its channel number or hours), by those
    letters (``kvrt``)."""
    found: dict[str, set[str]] = {}
    for label, keys in domains_by_label.items():
        if (at := re.search(r"\d", label)) and at.start() > 0 and label[: at.start()].isalpha():
            found.setdefault(label[: at.start()], set()).update(keys)
    return found


def _numbered_labels(
    own: str, names_of: Mapping[str, set[str]], numbered: Mapping[str, set[str]]
) -> set[str]:
    """The domains whose label is ``own`` (a name key's compact name) and a number
    (``numbered``: :func:`_domains_by_number`) and whose pages print a name opening with
    ``own`` as a word that the label spells ("KVRT 7 News" at kvrt7.com, "Desh 24x7" at
    desh24x7.in): a broadcaster's pages print its name without the number ("KVRT", a
    notice's "Desh Broadcasting Network"), a short form of the address's own name. The
    number is what tells the address from the name, so a label going on with letters
    ("kvrtnews") is none: a one-word name is a section's label as often ("Sport" of
    sportnews.com)."""
    return {
        domain
        for domain in numbered.get(own, ())
        if any(
            _first_word(name) == own and name_matches_domain(name, domain)
            for name in names_of.get(domain, ())
        )
    }


def _unclaim_addresses(
    claimed: Mapping[str, list[str]],
    names_of: Mapping[str, set[str]],
    via: Mapping[str, set[str]],
    key_of: dict[str, str],
    why: dict[str, str],
) -> None:
    """Leave apart, in place, the keys filed under a domain as its name
    (:func:`_address_named`) when another key of a name unrelated to theirs (no
    first word in common, neither name in the other) was filed under it so too: an
    address whose pages print no name of their own may spell one name, not two ("Corsica
    Sera" and "County Sport" both spell ``csmonitor``, initials and a news word; review
    h353's folder of the AllSides pages and the review sets filed five made-up sites
    under csmonitor.com). The keys filed as one of them's short forms follow it."""
    for domain, keys in claimed.items():
        if not any(
            _unrelated_names(names_of[one], names_of[other])
            for at, one in enumerate(keys)
            for other in keys[at + 1 :]
        ):
            continue
        for key in keys:
            key_of[key] = key
            why.pop(key, None)
        for key, through in via.items():
            if key_of[key] == domain and (back := through & set(keys)):
                key_of[key] = min(back) if len(back) == 1 else key
                if key_of[key] == key:
                    why.pop(key, None)


def _unrelated_names(names: Iterable[str], others: Iterable[str]) -> bool:
    """Whether no name of ``names`` and of ``others`` share their first word (a
    leading "the" aside) or hold one another run together (:func:`name_form`)."""
    for name in names:
        for other in others:
            form, other_form = name_form(name), name_form(other)
            if form and other_form and (form in other_form or other_form in form):
                return False
            if _first_word(name) == _first_word(other):
                return False
    return True


def _first_word(name: str) -> str:
    """A name's first word, compact, a leading "the" left out."""
    words = [compact_name(word) for word in name.split()]
    words = [word for word in words if word]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return words[0] if words else ""


NAME_OF_ADDRESS = "its name, the name of one address of the run"


def _address_named(
    key: str,
    names_of: Mapping[str, set[str]],
    domains: DomainIndex,
    spelled: dict[str, list[str]],
    extending: bool = False,
) -> set[str]:
    """The one of ``domains`` (the run's domain keys, indexed once by the caller:
    :class:`analysis.clean.name_domain.DomainIndex`) whose name every name of ``key``'s
    pages is (:func:`analysis.clean.name_domain.name_matches_domain`: "Brindle Street Daily" of
    brindlestreet.org; a first word contracted only as the languages write it, no page
    printing the name beside the address), as a masthead no page prints as its site's
    name is read (:func:`_masthead_outlets`); each name of two words or more (a one-word
    name is a section's label as often: "Sport" of sportnews.com); empty when no domain,
    or two, are, or when the one domain's pages print a site name of their own that no
    name of ``key`` is related to (:func:`_names_another_site`). A domain whose pages
    print a site name that a name of ``key`` extends by words of its own ("Northgate
    Herald Weekly" beside northgateherald.com printing "Northgate Herald") is no such
    domain: the domain's pages name their site, and the longer name is another's, as
    "Valley News Today" is not "Valley News" (:func:`_extends_name`; they were one
    outlet, review h212). With ``extending``, the one such domain instead
    (empty when none, or two): only the menu or notice lines its pages print and the
    key's pages print too may file the key under it (:func:`_file_by_chrome`; "KVRN 7
    News" of kvrn7.com printing "KVRN 7" and its notice), as for a name extending the
    name of two domains (:func:`_extended_name_domains`). ``spelled`` keeps the domains
    spelling every name of a key, worked out on the key's first call (the index
    gives the few domains to compare: the run's keys times its domains was this
    step's cost)."""
    names = names_of.get(key, set())
    if not names or any(" " not in name.strip() for name in names):
        return set()
    if (spelling := spelled.get(key)) is None:  # the domains spelling every name of key
        spelling = [
            d
            for d in domains.candidates(min(names))
            if all(name_spelled_by_domain(n, d, any_contraction=False) for n in names)
        ]
        spelled[key] = spelling
    named_by = {
        d
        for d in spelling
        if extending == any(_extends_name(n, names_of.get(d, ()), d) for n in names)
        and not any(_sibling_name(n, names_of.get(d, ()), d) for n in names)
    }
    if len(named_by) != 1 or _names_another_site(names, names_of.get(d := min(named_by), ()), d):
        return set()
    return named_by


def _names_another_site(names: Iterable[str], printed: Iterable[str], domain: str) -> bool:
    """Whether the pages of ``domain`` name their site (``printed``, the names they print
    but the address itself) by names none of ``names`` is related to
    (:func:`_unrelated_names`: no first word in common, neither in the other): the
    address has its name, and it is another site's. A host under the domain that its
    pages print as their name names the site by its leading labels (``abcnews`` of
    abcnews.go.com). In a folder of the AllSides articles and the review sets' pages,
    "Harbour Voice" was filed under hvsentinel.com printing "Harlow Valley Sentinel"
    (initials and a news word), "Kabar Ambon Manise" under kamvestnik.ru printing
    "Камский вестник", "Greyfield Observer" under go.com printing abcnews.go.com (its
    initials); a domain printing no name but its address is named by any name it spells.
    One name in two forms is related (:func:`_one_name`: "Mount Hollis Tribune" and "Mt.
    Hollis Tribune", "Подринске новости" and "Podrinske novosti")."""
    own = set()
    for name in printed:
        address = domain_of_name(name)
        host = name.strip().rstrip(".").casefold().removeprefix("www.")
        if address is None:
            own.add(name)
        elif address == domain and host.endswith(f".{domain}"):
            own.add(host[: -len(domain) - 1])
        elif address != domain:
            own.add(name)
    return bool(own) and not any(_one_name(name, other) for name in names for other in own)


def _one_name(name: str, other: str) -> bool:
    """Whether two site names may be one site's, in two forms: related as
    :func:`_unrelated_names` reads names (a first word in common, one in the other), or
    sharing a word that is no function word ("Hollis" of "Mount Hollis Tribune" and "Mt.
    Hollis Tribune": a contracted or dropped word aside), or one the other's Cyrillic
    spelling (:func:`analysis.clean.cyrillic_labels.cyrillic_spells_label`)."""
    if not _unrelated_names([name], [other]):
        return True
    words = {name_form(word) for word in name.split()} - {""} - FUNCTION_WORDS
    if words & {name_form(word) for word in other.split()}:
        return True
    return cyrillic_spells_label(name, name_form(other)) or cyrillic_spells_label(
        other, name_form(name)
    )


def _extends_name(name: str, others: Iterable[str], domain: str) -> bool:
    """Whether ``name``'s first words, fewer than all, are one of ``others`` (by
    :func:`name_form`) and its other words are not all spelled by a label of ``domain``:
    "Northgate Herald Weekly" of "Northgate Herald" at northgateherald.com; not "Insight
    NZ" of "Insight" at insight.co.nz (the address spells the longer name too)."""
    forms = {form for other in others if (form := name_form(other))}
    labels = set(re.split(r"[.-]", domain))
    words = name.split()
    return any(
        name_form(" ".join(words[:size])) in forms
        and not all(compact_name(word) in labels for word in words[size:])
        for size in range(1, len(words))
    )


def _sibling_name(name: str, others: Iterable[str], domain: str) -> bool:
    """Whether ``name`` and a site name of ``others`` share first words the domain's
    label spells and each goes on with words of its own that no label of ``domain``
    spells: "The Meridian Post Scotland" beside meridianpost.ie printing "The Meridian
    Post Ireland" (review h232), two sites whose names differ by the country, region or
    edition word they end with; the address's pages name their site, and it is not this
    one (as :func:`_extends_name`, when the address's name is the shared words alone)."""
    labels = set(re.split(r"[.-]", domain))
    words = [compact_name(word) for word in name.split()]
    for other in others:
        theirs = [compact_name(word) for word in other.split()]
        size = 0
        while size < min(len(words), len(theirs)) and words[size] == theirs[size]:
            size += 1
        if (
            0 < size < min(len(words), len(theirs))
            and name_matches_domain(" ".join(name.split()[:size]), domain)
            and not all(word in labels for word in words[size:])
            and not all(word in labels for word in theirs[size:])
        ):
            return True
    return False


CHROME = "the menu or notice lines of its site's other pages"


def publisher_keys(
    pairs: Mapping[tuple[str, str], int],
    key_of: Mapping[str, str],
    ambiguous: Mapping[str, tuple[str, ...]],
) -> frozenset[str]:
    """The ``name:`` keys left an outlet of their own whose every printed name is a
    company's (:func:`~analysis.clean.company_names.company_head`: "Edizioni Example",
    "Example Medien"): a publisher's notice that alone named its pages, the last resort
    when the pages print their site's chrome (:func:`_file_by_chrome`).

    Parameters
    ----------
    pairs : mapping
        ``(outlet key, printed name)`` -> its count.
    key_of : mapping of str to str
        Each key's outlet so far.
    ambiguous : mapping
        The name keys left between several outlets.

    Returns
    -------
    frozenset of str
        Those keys.
    """
    names: dict[str, list[str]] = {}
    for key, name in pairs:
        if key.startswith(NAME_PREFIX) and key_of.get(key) == key and key not in ambiguous:
            names.setdefault(key, []).append(name)
    return frozenset(
        key
        for key, printed in names.items()
        if all(isinstance(name, str) and company_head(name) for name in printed)
    )


def _file_by_chrome(
    chrome: ChromeLines,
    key_of: dict[str, str],
    ambiguous: dict[str, tuple[str, ...]],
    why: dict[str, str],
    heads: Mapping[str, tuple[str, ...]] = {},
    publishers: frozenset[str] = frozenset(),
) -> None:
    """File, in place, the keys no name decides by the chrome lines their pages print.

    A line is evidence of an outlet when, among the outlets already decided (every key
    but the ambiguous and ``unknown:`` ones, under its final key), exactly one prints
    it: a line two outlets print is a common phrase or a group's template. A ``name:``
    key left ambiguous is filed under the one of its candidate outlets that its pages'
    evidence names (the name already narrows it to those; evidence of two outlets, or
    of another one, keeps it apart). A page that names no site (``unknown:``) is filed
    under the one outlet its evidence names, counting only lines that outlet prints on
    two or more of its pages (its repeated chrome: nothing else ties the page to it).
    A publisher's company name (``publishers``: :func:`publisher_keys`) is filed under the
    one site, a domain, whose pages print the chrome lines of each of its pages, more of
    each page's lines naming it than name all other outlets together (a footer-links row
    one page of another site prints too is a common phrase, outweighed by the site's own
    menu, footer and notice: :func:`_each_page_names`): the company's notice is the last
    resort for a page whose masthead is an image and whose footer prints the same lines
    as the site's addressed pages ("Example Sannio · registered paper" over "© Edizioni
    Example Srl"; a group's notice over two sites' pages names two and stays). Every
    decision reads the keys decided before this step only, so the result does not depend
    on the order of the keys.
    """
    pending = [
        key
        for key in sorted(key_of)
        if key in ambiguous or key.startswith(UNKNOWN_PREFIX) or key in publishers
    ]
    if not pending:
        return

    def decided(key: str) -> bool:
        open_head = key in heads and key_of[key] == key
        return (
            key not in ambiguous
            and not key.startswith(UNKNOWN_PREFIX)
            and not open_head
            and key not in publishers
        )

    def votes(lines: Iterable[int], least: int) -> Counter[str]:
        named: Counter[str] = Counter()  # an outlet -> the lines naming it alone
        for line in lines:
            pages: Counter[str] = Counter()
            for other, n in chrome.pages.get(line, {}).items():
                if other in key_of and decided(other):
                    pages[key_of[other]] += n
            if len(pages) == 1 and max(pages.values()) >= least:
                named.update(pages.keys())
        return named

    def names(lines: Iterable[int], least: int) -> set[str]:
        return set(votes(lines, least))

    filed: dict[str, str] = {}
    for key, lines in sorted(chrome.lines_of(pending).items()):
        if key in publishers:
            outlet = _most_lines(votes(lines, 1))
            if not (
                outlet is not None
                and is_domain_key(outlet)
                and _each_page_names(chrome, key, outlet, votes)
            ):
                continue
            filed[key] = outlet
            continue
        named = names(lines, 1 if key in ambiguous else 2)
        if len(named) != 1:
            continue
        outlet = named.pop()
        if key not in ambiguous or outlet in {key_of[other] for other in ambiguous[key]}:
            filed[key] = outlet
    for key, outlet in filed.items():
        key_of[key], why[key] = outlet, CHROME
        ambiguous.pop(key, None)


def _most_lines(votes: Counter[str]) -> str | None:
    """The outlet that more of the lines in ``votes`` (an outlet -> the chrome lines naming
    it alone) name than name all the other outlets together; None when none does."""
    if not votes:
        return None
    outlet, most = votes.most_common(1)[0]
    return outlet if 2 * most > sum(votes.values()) else None


def _each_page_names(
    chrome: ChromeLines,
    key: str,
    outlet: str,
    votes: Callable[[Iterable[int], int], Counter[str]],
) -> bool:
    """Whether every page of ``key`` kept one by one prints chrome lines that ``votes``
    (lines -> the outlets they name, each with its count of lines) reads as ``outlet``'s
    more often than as all other outlets' together (:func:`_most_lines`): a site's menu,
    footer and notice lines are several, and one footer-links row ("About us · Contact ·
    Careers · Terms of use") that a page of another site prints too is a common phrase
    that happens to be printed by one outlet only (review h439: a health magazine's
    company notice stayed apart, one such line against five of its site's own)."""
    pages = [lines for own, lines in chrome.page_lines.values() if own == key]
    return bool(pages) and all(_most_lines(votes(lines, 1)) == outlet for lines in pages)


PAGES = "page by page, each page printing the menu or notice lines of that site's pages"


def _file_pages(
    chrome: ChromeLines,
    pairs: Mapping[tuple[str, str], int],
    key_of: Mapping[str, str],
    ambiguous: Mapping[str, tuple[str, ...]],
    heads: Mapping[str, tuple[str, ...]],
    groups: Mapping[str, tuple[str, ...]],
) -> dict[str, tuple[str, str]]:
    """Page -> (its key, the outlet it is filed under), for the pages of the keys whose
    pages may be of two sites: a name left ambiguous (its candidate outlets) and a
    group's notice key whose sister sites' mastheads are outlets (``groups``: their
    outlets). A page is filed under the one candidate its chrome lines name: a line
    names an outlet when, of the outlets decided (every key but the ambiguous, the
    group's, the open heads' and the ``unknown:`` ones, under its final key), exactly
    one prints it, lines of :data:`analysis.clean.site_chrome.NARROW_LINE_WORDS` words
    counted (the name narrows the choice: "The Star · Nairobi"); so is a line standing
    alone that is the name of one candidate's pages and of no other candidate's
    ("Millbrook Nearby" over the network's notice). Evidence of two
    outlets, of another one or of none leaves the page with its key's other pages.
    Each page is read against the keys decided before this step only: the result does
    not depend on the order of the pages."""
    candidates: dict[str, set[str]] = {
        key: {key_of[other] for other in others}
        for key, others in ambiguous.items()
        if key_of[key] == key
    }
    for holder, sisters in groups.items():
        candidates[holder] = {key_of[key] for key in sisters if key in key_of}
    if not candidates:
        return {}
    named_by: dict[int, set[str]] = {}  # a name line -> the candidates printing that name
    everyone = set().union(*candidates.values())
    for other, name in pairs:
        if key_of.get(other) in everyone and other not in candidates:
            named_by.setdefault(name_line_hash(line_words(name)), set()).add(key_of[other])

    def decided(key: str) -> bool:
        open_head = key in heads and key_of[key] == key
        pending = key in candidates or key.startswith(UNKNOWN_PREFIX)
        return key in key_of and not pending and not open_head and key not in ambiguous

    filed: dict[str, tuple[str, str]] = {}
    for page, (key, lines) in sorted(chrome.page_lines.items()):
        if key not in candidates:
            continue
        named: set[str] = set()
        for line in lines:
            printing = {key_of[other] for other in chrome.printing(line) if decided(other)}
            printing = printing or named_by.get(line, set()) & candidates[key]
            if len(printing) == 1:
                named |= printing
        if len(named) == 1 and (outlet := named.pop()) in candidates[key]:
            filed[page] = (key, outlet)
    return filed


HEAD = "the first words of its name, its pages printing that site's menu and notice lines"
_WORD = re.compile(r"[^\W_]+")


def _name_head_words(name: str) -> tuple[str, ...]:
    """A name's words as :func:`name_form` reads them, without a leading "the"."""
    words = [name_form(word) for word in _WORD.findall(name)]
    return tuple(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


def _heads(
    pairs: Mapping[tuple[str, str], int],
    key_of: Mapping[str, str],
    ambiguous: Mapping[str, tuple[str, ...]],
) -> dict[str, tuple[str, ...]]:
    """The ``name:`` keys left apart whose printed name is the first words of the names
    other outlets' pages print ("La Voz" of "La Voz de Galicia": a masthead's short
    form) -> those outlets' final keys, sorted. A name alone does not tie them ("The
    Times" of "The Times of India"): :func:`_file_heads` asks the pages' chrome."""
    printed: dict[tuple[str, ...], set[str]] = {}
    for key, name in pairs:
        if not key.startswith(UNKNOWN_PREFIX) and name != key:
            words = _name_head_words(name)
            for end in range(1, len(words)):
                printed.setdefault(words[:end], set()).add(key_of[key])
    heads: dict[str, tuple[str, ...]] = {}
    for key, name in sorted(pairs):
        if key.startswith(NAME_PREFIX) and key_of[key] == key and key not in ambiguous:
            longer = printed.get(_name_head_words(name), set()) - {key}
            if longer:
                heads[key] = tuple(sorted(longer | set(heads.get(key, ()))))
    return heads


def _file_heads(
    chrome: ChromeLines,
    key_of: dict[str, str],
    heads: Mapping[str, tuple[str, ...]],
    ambiguous: Mapping[str, tuple[str, ...]],
    why: dict[str, str],
) -> None:
    """File, in place, each key of ``heads`` under the one of its longer names' outlets
    whose pages print the chrome lines its pages print: every line its pages print
    that another outlet prints, or that they print on two or more pages (the site's
    own menu), is printed by that outlet's pages (a line two other outlets print is a
    common phrase, no evidence), and one line at least is (a sister site printing the
    group's footer under its own menu stays apart). Keys whose evidence names no
    outlet, or two, stay apart."""
    if not heads:
        return
    final = {
        key: key_of[key]
        for key in key_of
        if key not in heads and key not in ambiguous and not key.startswith(UNKNOWN_PREFIX)
    }
    filed: dict[str, str] = {}
    for key, lines in sorted(chrome.lines_of(list(heads)).items()):
        named: set[str] = set()
        against = False
        for line in lines:
            printing = {final[other] for other in chrome.pages[line] if other in final}
            if len(printing) == 1:
                named |= printing
            elif not printing and chrome.pages[line][key] >= 2:
                against = True
        if not against and len(named) == 1 and (outlet := named.pop()) in heads[key]:
            filed[key] = outlet
    for key, outlet in filed.items():
        key_of[key], why[key] = outlet, HEAD


def identities_of_run(
    pairs: Mapping[tuple[str, str], int],
    blocks_path: Path,
    pages_path: Path,
    articles_path: Path | None = None,
) -> OutletIdentities:
    """:func:`outlet_identities_of_counts` of a run's pairs, with its pages' chrome lines
    read from its blocks table when a key is left that they could file (an ambiguous
    name, a page naming no site); the table is not read otherwise.

    Parameters
    ----------
    pairs : mapping
        ``(outlet key, printed name)`` -> its count, over articles and pages.
    blocks_path, pages_path : Path
        The run's blocks and pages tables (``clean`` writes them).
    articles_path : Path, optional
        Its articles table: which names have pages with a URL (never split by
        :mod:`analysis.clean.outlet_split`), and the URLs of the pages keyed by a
        domain whose host is an outlet of the run (filed under it:
        :mod:`analysis.clean.outlet_hosts`); without it, none has.

    Returns
    -------
    OutletIdentities
        As :func:`outlet_identities_of_counts`.

    Raises
    ------
    TableError
        A table that cannot be read (one line naming it).
    """
    found = outlet_identities_of_counts(pairs)
    if (
        found.ambiguous
        or found.heads
        or found.groups
        or any(key.startswith(UNKNOWN_PREFIX) for key in found.key_of)
        or publisher_keys(pairs, found.key_of, found.ambiguous)
        or _may_split(pairs, found)
    ):
        chrome = run_chrome_lines(blocks_path, pages_path, _per_page)
        found = outlet_identities_of_counts(
            pairs,
            chrome,
            line_texts=lambda wanted: run_line_texts(blocks_path, wanted),
            addressed=_addressed_keys(articles_path)
            if articles_path is not None and _may_split(pairs, found)
            else frozenset(),
        )
    if filed := _host_pages(pairs, found):  # a blog's dumps on a platform, by their host
        found = _file_host_pages(found, filed, pages_path)
    if articles_path is not None:  # a host that is an outlet: its pages keyed by the domain
        found = file_url_hosts(found, articles_path, pages_path, label_outlets(pairs, found))
    return found


def label_outlets(
    pairs: Mapping[tuple[str, str], int], found: OutletIdentities
) -> dict[str, frozenset[str]]:
    """A host label -> the final keys of the outlets of the run whose ``name:`` key of two
    words or more spells it ("eastbankwatch" -> the outlet of "Eastbank Watch"), whole
    or without its function words ("fieldnotesfilm" -> "Field Notes on Film":
    :func:`_label_without_function_words`): one outlet's label files a page, two
    outlets' none. A section's host label (sport., news.) is no name of two words.

    Parameters
    ----------
    pairs : mapping
        ``(outlet key, printed name)`` -> its count, over articles and pages.
    found : OutletIdentities
        The run's identities.

    Returns
    -------
    dict of str to frozenset of str
        The labels the names spell, each with its outlets' final keys.
    """
    names: dict[str, set[str]] = {}
    for key, name in pairs:
        if key.startswith(NAME_PREFIX) and " " in name.strip():
            names.setdefault(key[len(NAME_PREFIX) :], set()).add(found.key_of[key])
            if dropped := _label_without_function_words(name):
                names.setdefault(dropped, set()).add(found.key_of[key])
    return {label: frozenset(finals) for label, finals in names.items()}


def _label_without_function_words(name: str) -> str | None:
    """A name's compact form without its function words, as a host label spells a name
    dropping them ("fieldnotesfilm" of "Field Notes on Film", "voiceofthevalley" kept
    whole by the name's own key): when it drops one at least and two words or more are
    left (one word is a section's label: :func:`label_outlets`); else None."""
    words = [compact_name(word) for word in name.split()]
    kept = [word for word in words if word and word not in FUNCTION_WORDS]
    if len(kept) < 2 or len(kept) == len([word for word in words if word]):
        return None
    return "".join(kept)


def _host_pages(
    pairs: Mapping[tuple[str, str], int], found: OutletIdentities
) -> dict[tuple[str, str], str]:
    """(domain key, host) -> the final key of the one outlet of the run that is that
    host's, for a domain's pages printing no name but a host under it (a blog's dumps
    printing only their URL on a hosting platform the suffix list lacks): the host's
    own key (a page of the blog keyed by its host, whose name its label is), or the one
    ``name:`` key of two words or more whose compact name is the host's label
    ("eastbankwatch" of eastbankwatch.wordpress.com: "Eastbank Watch"). A section's
    host (sport., news.) is no name of two words, and its pages stay their site's."""
    labels = label_outlets(pairs, found)
    filed: dict[tuple[str, str], str] = {}
    for key, host in pairs:
        folded = host.casefold() if isinstance(host, str) else ""
        if not is_domain_key(key) or not folded.endswith(f".{key}"):
            continue
        label = folded[: -len(key) - 1].rsplit(".", 1)[-1].replace("-", "")
        finals = set(labels.get(label, ()))
        if folded in found.key_of:
            finals.add(found.key_of[folded])
        if len(finals) == 1:
            filed[(key, host)] = finals.pop()
    return filed


def _file_host_pages(
    found: OutletIdentities, filed: Mapping[tuple[str, str], str], pages_path: Path
) -> OutletIdentities:
    """``found`` with the pages of ``filed``'s (domain key, host) rows filed one by one
    under its keys (:func:`_host_pages`), read from the run's pages table (page,
    ``site_key``, ``site``); a domain key all of whose pages are filed so is emptied."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analysis.errors import TableError

    try:
        table = pq.read_table(pages_path, columns=["page", "site_key", "site"]).to_pydict()
    except (OSError, KeyError, pa.ArrowException) as err:
        raise TableError(f"{pages_path}: cannot read its pages' sites: {err}") from err
    page_key_of = dict(found.page_key_of)
    pages: Counter[str] = Counter()
    moved: Counter[str] = Counter()
    for page, key, site in zip(table["page"], table["site_key"], table["site"], strict=True):
        pages[key] += 1
        if (final := filed.get((key, site))) is not None and page not in page_key_of:
            page_key_of[page] = (key, final)
            moved[key] += 1
    emptied = found.emptied | {key for key, n in moved.items() if n == pages[key]}
    return replace(found, page_key_of=page_key_of, emptied=frozenset(emptied))


def _addressed_keys(articles_path: Path) -> frozenset[str]:
    """The ``name:`` keys of the articles table some article of which has a URL."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from analysis.errors import TableError

    try:
        table = pq.read_table(articles_path, columns=["outlet_key", "url"])
    except OSError as err:
        raise TableError(f"{articles_path}: cannot read its articles' URLs: {err}") from err
    keys = table.filter(pc.is_valid(table.column("url"))).column("outlet_key")
    return frozenset(key for key in pc.unique(keys).to_pylist() if key.startswith(NAME_PREFIX))


def _may_split(pairs: Mapping[tuple[str, str], int], found: OutletIdentities) -> bool:
    """Whether a ``name:`` key left as its own outlet has rows enough for two sites'
    pages, two each (:mod:`analysis.clean.outlet_split`): its pages' chrome may split it."""
    rows: Counter[str] = Counter()
    for (key, _), n in pairs.items():
        if key.startswith(NAME_PREFIX) and found.key_of[key] == key:
            rows[key] += n
    return any(n >= 4 for n in rows.values())


def _per_page(key: str) -> bool:
    """Whether a key's pages are read one by one (:func:`_file_pages`): a name's."""
    return key.startswith(NAME_PREFIX)


class OutletTally:
    """The outlets of a stream of cleaned pages, counted as ``metrics`` counts them.

    The outlet table has a row for every outlet with an article and for every site that
    served a listing page (:mod:`analysis.stats.outlets`), after the merge of
    :func:`outlet_identities`; ``clean`` states the same numbers. Memory grows with the
    distinct (key, name) pairs, not with the pages.
    """

    def __init__(self) -> None:
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.article_keys: set[str] = set()
        self.listing_sites: set[str] = set()
        self._settled: OutletIdentities | None = None

    def add_page(self, row: dict, articles: Sequence[dict]) -> None:
        """Count one page's row (``pages`` table) and its article rows.

        Parameters
        ----------
        row : dict
            The page's PAGES row (read: ``site_key``, ``site``, ``layout``).
        articles : sequence of dict
            Its ARTICLES rows (read: ``outlet_key``, ``outlet``).
        """
        self._settled = None
        for article in articles:
            self.pairs[(article["outlet_key"], article["outlet"])] += 1
            self.article_keys.add(article["outlet_key"])
        self.pairs[(row["site_key"], row["site"])] += 1
        if row["layout"] == "listing":
            self.listing_sites.add(row["site_key"])

    def settle(
        self, blocks_path: Path, pages_path: Path, articles_path: Path | None = None
    ) -> OutletIdentities:
        """The identities of the pages counted, their chrome lines read from their tables
        as ``metrics`` reads them (:func:`identities_of_run`); :meth:`identities` gives
        them until another page is counted.

        Parameters
        ----------
        blocks_path, pages_path : Path
            The blocks and pages tables of the pages counted, written and closed.
        articles_path : Path, optional
            Their articles table, written and closed (:func:`identities_of_run`).

        Returns
        -------
        OutletIdentities
            The merge and display names of every key counted.
        """
        self._settled = identities_of_run(self.pairs, blocks_path, pages_path, articles_path)
        return self._settled

    def identities(self) -> OutletIdentities:
        """The merge and display names of every key counted so far.

        Returns
        -------
        OutletIdentities
            As :meth:`settle` gave them when no page was counted since, else as
            :func:`outlet_identities_of_counts` of the pairs counted.
        """
        if self._settled is not None:
            return self._settled
        return outlet_identities_of_counts(self.pairs)

    def unknown_note(self) -> str | None:
        """A line saying how many outlets are pages that name no site, or None.

        Returns
        -------
        str or None
            Each such page is its own ``unknown site (PAGE)`` outlet unless its chrome
            lines file it (:func:`_file_by_chrome`): the line says how many are left and
            how to file them; None when every article's site is known.
        """
        key_of = self.identities().key_of
        unknown = sum(
            key.startswith(UNKNOWN_PREFIX) and key_of[key] == key for key in self.article_keys
        )
        if not unknown:
            return None
        return (
            f"note: {unknown} page(s) name no site, each its own outlet "
            "'unknown site (PAGE)'; a manifest with a url or outlet column files them "
            "(README: 'Where each page came from: the manifest')"
        )

    def summary(self, identities: OutletIdentities) -> str:
        """ "N outlets (M with articles)", as ``metrics`` says it.

        Parameters
        ----------
        identities : OutletIdentities
            :meth:`identities` of this tally, so that merged keys count once.

        Returns
        -------
        str
            The line; outlets are those with an article or a listing page.
        """
        with_articles = identities.n_outlets(self.article_keys)
        total = identities.n_outlets(self.article_keys | self.listing_sites)
        return f"{total} outlets ({with_articles} with articles)"
