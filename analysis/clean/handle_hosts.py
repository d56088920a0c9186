"""A user's host on a platform, named by a word of its site's name: the host's own outlet.

A platform that gives each user's journal or blog a host of its own under a domain the
Public Suffix List does not mark private (``NAME.livejournal.com``) is keyed by the
platform's domain unless the page names its site by the host's whole label
(:func:`analysis.clean.outlet.own_host`): two journals of one platform were one outlet,
shown by the platform's name. A user's handle often spells only part of the journal's
name, in another script's letters: "Томский дневник" at ``tomsk-dnevnik.livejournal.com``
(the second word transliterated, the first cut short), the markup naming the platform
("Livejournal") and the ``<title>`` the journal beside the headline.

:func:`handle_host_name` reads the page's names (the markup's, the page's, its masthead,
the ``<title>``'s parts after the headline): a name that is no name of the registered
domain, one of whose words spells a part of a label of two hyphen-joined parts or more
(in its letters or transliterated from Cyrillic or Greek:
:func:`analysis.clean.cyrillic_labels.cyrillic_spells_label`), while some other part is
spelled by none (the parts of four letters or more read: a shorter one is an initials'
or a short word's run, "tv", which names share by chance; a label the name spells whole
is :func:`~analysis.clean.outlet.own_host`'s already), names the host's own site. A
section's or an edition's host is named by its site's name, which names the domain too
("Example Sport" at ``sport.example.com``), or by a word its one-part label is
("news."); neither is read.
A one-part handle spelled by no word ("geojebada" of "거제바다일보") is not read either:
no rule here spells Hangul in Latin letters.
"""

from __future__ import annotations

from collections.abc import Iterable

from analysis.clean.cyrillic_labels import cyrillic_spells_label
from analysis.clean.domains import domain_of_name
from analysis.clean.name_domain import name_matches_domain
from analysis.clean.name_forms import compact_name, unaccented
from analysis.text import LETTER_RUN

#: The fewest letters of a label's part read: fewer is an initials' or a short word's
#: run ("tv", "msk"), which many names share by chance.
MIN_PART_CHARS = 4


def handle_host_name(names: Iterable[str | None], label: str, domain: str) -> str | None:
    """The first of ``names`` that names the host of ``label`` under ``domain`` as its
    own site (module docstring), else None.

    Parameters
    ----------
    names : iterable of str or None
        The page's names, in the order they weigh (markup, page, masthead, title parts).
    label : str
        The host's first label (``tomsk-dnevnik``), lower case.
    domain : str
        The registered domain (``livejournal.com``).

    Returns
    -------
    str or None
        The name as printed.

    Examples
    --------
    >>> handle_host_name(["Livejournal", "Томский дневник"], "tomsk-dnevnik", "livejournal.com")
    'Томский дневник'
    >>> handle_host_name(["Example", "Local News"], "local-news", "example.com") is None
    True
    >>> handle_host_name(["Example Sport"], "sport-live", "example.com") is None
    True
    """
    if len(label.split("-")) < 2:
        return None
    parts = [part for part in label.split("-") if len(part) >= MIN_PART_CHARS]
    for value in names:
        name = " ".join(value.split()) if value else ""
        if not compact_name(name) or domain_of_name(name) or name_matches_domain(name, domain):
            continue
        words = [word for word in LETTER_RUN.findall(name) if word]
        spelled = [any(_spells(word, part) for word in words) for part in parts]
        if any(spelled) and not all(spelled):
            return name
    return None


def _spells(word: str, part: str) -> bool:
    """Whether a name's ``word`` spells the label's ``part`` whole: in its own letters,
    accents aside, or transliterated from Cyrillic or Greek."""
    return unaccented(compact_name(word)) == part or cyrillic_spells_label(word, part)
