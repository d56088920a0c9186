"""A page of job ads: vacancies, no news.

A newspaper's or a government's jobs page lists vacancies the way a news page lists
stories (a post's title, its employer and town, a short text, a date), so it was read as
cards or as one article and its ads filed as the outlet's stories. What a job ad prints
and a story's card does not are its terms, in short field lines: how the post is held
("Full-time", "Part-time", "Contract 12 months"; :data:`EMPLOYMENT_TERMS`) and when to
apply by or what it pays, a label before a value holding a figure ("Closing date: 18
December 2026", "Salary: £24,000"; :data:`AD_LABELS`), in the languages of the word
tables (en, es, pt, fr, de, it, nl, id/ms, sw, tl, pap, tpi). :func:`job_ads_reason`
reads a page as job ads when :data:`~analysis.clean.card_blocks.MIN_CARDS` short lines
or more, and as many as the articles the page was read as, name a post's terms and as
many hold a label with its figure: a story about jobs says "full-time" in its sentences
(no short line), a single ad is no list, a news page's box of vacancies is fewer ads
than its stories. No
value is tuned: the count is the card rule's, a short line is a teaser's field line
(:data:`FIELD_LINE_MAX_WORDS`).
"""

from __future__ import annotations

import re

from analysis.clean.card_blocks import MIN_CARDS
from analysis.text import count_words

__all__ = ["AD_LABELS", "EMPLOYMENT_TERMS", "JOB_ADS", "job_ads_reason"]

JOB_ADS = "a page of job ads? (vacancies, no news)"

#: Most words of a field line of an ad ("Hospital General · Willemstad · Full-time").
FIELD_LINE_MAX_WORDS = 12

#: How a post is held, in the languages of the module doc.
EMPLOYMENT_TERMS = (
    # en
    "full-time|full time|part-time|part time|fixed-term|fixed term|permanent post|"
    "temporary post|internship|"
    # es, pt
    "tiempo completo|medio tiempo|jornada completa|media jornada|tiempo parcial|"
    "tempo integral|meio período|meio periodo|período integral|tempo parcial|"
    # fr, de, it, nl
    "temps plein|temps partiel|vollzeit|teilzeit|unbefristet|befristet|"
    "tempo pieno|tempo determinato|tempo indeterminato|voltijd|deeltijd|fulltime|parttime|"
    # id / ms, sw, tl
    "penuh waktu|paruh waktu|sepenuh masa|separuh masa|muda wote|muda mfupi|"
    "buong oras|kalahating oras|"
    # tpi
    "ful taim|hap taim|kontrak"
)
#: The labels of an ad's date to apply by and of its pay, in the languages of the
#: module doc (a label may run on a few words to its colon: "Las de bilong salim pas:").
AD_LABELS = (
    # en
    "closing date|deadline|apply by|applications close|salary|pay|wage|"
    # es, pt, pap
    "fecha límite|fecha limite|fecha final|fecha de cierre|salario|sueldo|"
    "prazo|data limite|salário|salario|"
    # fr, de, it, nl
    "date limite|salaire|rémunération|bewerbungsfrist|bewerbungsschluss|gehalt|vergütung|"
    "scadenza|stipendio|retribuzione|sluitingsdatum|salaris|"
    # id / ms, sw, tl
    "batas waktu|batas akhir|tarikh tutup|gaji|mwisho wa kutuma|mshahara|sahod|"
    # tpi
    "las de|pe"
)

_TERM = re.compile(rf"(?<!\w)(?:{EMPLOYMENT_TERMS})(?!\w)", re.IGNORECASE)
# A label at a line's start or after a field separator, maybe a few words on to its
# colon, then a value holding a figure.
_LABEL = re.compile(
    rf"(?:^[ \t]*|[·•|–—]\s*)(?:{AD_LABELS})(?:\s+[^\s:·•|]+){{0,4}}\s*:\s*[^\n·•|]*\d",
    re.IGNORECASE | re.MULTILINE,
)


# An ad's label's colon, then a value holding a figure (the tail of _LABEL after its
# colon; the group's end is the end of _LABEL's match through that colon).
_VALUED_COLON = re.compile(r":(?=(\s*[^\n·•|]*\d))")


def _labelled_lines(text: str) -> set[int]:
    """The indices of the lines of ``text`` where an ad's label with its figure starts
    (:data:`_LABEL`), each counted from the previous one's line (one pass over the text,
    not one count from the text's start for each label: a page of many labels).

    The label is searched for only before a colon with a figure after it
    (:data:`_VALUED_COLON`), back to the colon before it: a label's match holds no colon
    before its own, so one starting after a colon uses the next one. These are
    ``_LABEL.finditer``'s matches (its pattern tried at every position of the page cost
    more than the rest of the page's job-ad test).

    Parameters
    ----------
    text : str
        The page's text.

    Returns
    -------
    set of int
        Line indices.
    """
    found: set[int] = set()
    line = last = 0
    done = 0  # (where the last match ended: the next starts there or after)
    for valued in _VALUED_COLON.finditer(text):
        colon = valued.start()
        if colon < done:
            continue
        start = max(done, text.rfind(":", 0, colon) + 1)
        match = _LABEL.search(text, start, valued.end(1))
        if match is None or match.start() >= colon:
            continue  # (a match after the colon uses a later one: found at its turn)
        line += text.count("\n", last, match.start())
        last = match.start()
        found.add(line)
        done = match.end()
    return found


def job_ads_reason(text: str, n_cards: int = 1) -> str | None:
    """Why a page is no news but job ads, or None.

    Parameters
    ----------
    text : str
        The page's text.
    n_cards : int, optional
        How many articles the page was read as: the ads must be as many at least (a
        news page's box of a few vacancies beside its stories leaves it news).

    Returns
    -------
    str or None
        :data:`JOB_ADS` when :data:`~analysis.clean.card_blocks.MIN_CARDS` short lines
        or more (at most :data:`FIELD_LINE_MAX_WORDS` words), and ``n_cards`` at least,
        name a post's terms and as many lines hold an ad's label with its figure; None
        otherwise.
    """
    least = max(MIN_CARDS, n_cards)
    labelled = _labelled_lines(text)
    if len(labelled) < least:
        return None
    terms = sum(
        1
        for line in text.split("\n")
        if _TERM.search(line) and count_words(line) <= FIELD_LINE_MAX_WORDS
    )
    return JOB_ADS if terms >= least else None
