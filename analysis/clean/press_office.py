"""An institution's press office at a host of its own ("Ilanga Local Municipality
Newsroom" at newsroom.ilanga.gov.za): the institution's, not a publication of its own.

Under an institution's public suffix (``.edu``, ``.gov``, ``.ac.uk``:
:func:`analysis.clean.domains.is_institution`) a host whose page names its site by the
host's label is an outlet of its own (the student paper "The Northmoor Beacon" at
beacon.northmoor.edu). A press office's host is named so too, but its name is the
institution's own name with the label's word after it ("Northmoor University News" at
news.northmoor.edu): the institution speaking, one outlet with its domain
(:func:`analysis.clean.outlet.own_host` asks :func:`institution_part` and files the page
under the domain when the part left names it). The label's words are the languages'
words for news (the "news" sense of :data:`~analysis.clean.newspaper_words.TABLE`) and
for a press office's room (:data:`PRESS_WORDS`); a label that is a paper's own noun
("beacon", "gazette") or a department's ("health") keeps its host apart. No tuned value.
"""

from __future__ import annotations

from analysis.clean.newspaper_words import TABLE
from analysis.text import LETTER_RUN

#: The words of a press office's host label besides the news words: English "newsroom",
#: "pressroom", "press", "media"; French and German "presse", Spanish "prensa", Italian
#: "stampa", Portuguese "imprensa", Dutch "pers" (each language's word for the press).
PRESS_WORDS = frozenset(
    {"newsroom", "pressroom", "press", "media", "presse", "prensa", "stampa", "imprensa", "pers"}
)

#: Every word a press office's host label may be: :data:`PRESS_WORDS` and the "news"
#: words of :data:`~analysis.clean.newspaper_words.TABLE` read whole ("news", "noticias").
PRESS_OFFICE_LABELS = PRESS_WORDS | frozenset(
    row.word.casefold()
    for row in TABLE
    if row.sense == "news" and row.how not in ("opens", "closes", "starts")
)


def institution_part(name: str, label: str) -> str | None:
    """The institution's name in its press office's site ``name``: the name without its
    last word when that word is the host's ``label`` and a press office's word.

    Parameters
    ----------
    name : str
        The site name the page gives ("Ilanga Local Municipality Newsroom").
    label : str
        The first label of the page's host ("newsroom").

    Returns
    -------
    str or None
        The words before the label's word ("Ilanga Local Municipality"); None when the
        label is no press office's word or the name does not close with it.

    Examples
    --------
    >>> institution_part("Northmoor University News", "news")
    'Northmoor University'
    >>> institution_part("The Northmoor Beacon", "beacon") is None
    True
    """
    label = label.casefold()
    if label not in PRESS_OFFICE_LABELS:
        return None
    words = LETTER_RUN.findall(name)
    if len(words) < 2 or words[-1].casefold() != label:
        return None
    return name[: name.rfind(words[-1])].rstrip(" -–—|:·,")
