"""A research database's record of one article: the publication its fields name.

Researchers read papers' articles in library databases (ProQuest, Gale, EBSCOhost ...),
whose document view prints the article with a record of labelled fields, one a line,
above or below it::

    Publication title   The Example Gazette; Exampleton
    Publisher           Example Media Ltd
    Source type         Newspaper
    ProQuest document ID 3128840517
    Database            UK Newsstream

    From: Example Sentinel            Source:  Example Ledger (IA). 12/01/2026.
    Publisher: Example Media Group    Accession Number: 2W64123456789
    Gale Document Number: GALE|A8...  Database: Newspaper Source Plus

The article is the paper's, not the database's (whose name the page prints as its
masthead and notice, and whose host is the page's URL): :func:`record_publication`
reads the paper's name from the record, for
:func:`analysis.clean.outlet.decide_outlet` (as a news database export's
publication field, :mod:`analysis.clean.news_export`). A page is such a record when
:data:`MIN_RECORD_FIELDS` or more lines are labelled with a record's field names
(:data:`RECORD_LABELS`), one of them a record's number or its database
(:data:`RECORD_ID_LABELS`: an e-mail's "From:" / "Date:" / "Subject:" head holds none).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: The labels naming the publication, the most specific first: ProQuest's
#: "Publication title", a "Source title", Gale's "From", EBSCOhost's "Source".
PUBLICATION_LABELS = ("publication title", "source title", "publication", "from", "source")
#: The labels of a record's number or its database: one must be printed.
RECORD_ID_LABELS = frozenset(
    {
        "database",
        "accession number",
        "document url",
        "document number",
        "document id",
        "proquest document id",
        "gale document number",
    }
)
#: The other labels a database prints in an article's record (its interfaces' English).
RECORD_LABELS = frozenset(
    {
        *PUBLICATION_LABELS,
        *RECORD_ID_LABELS,
        "title",
        "author",
        "authors",
        "date",
        "publication date",
        "publication year",
        "publisher",
        "place of publication",
        "country of publication",
        "language of publication",
        "source type",
        "document type",
        "section",
        "first page",
        "length",
        "word count",
        "subject",
        "location",
        "copyright",
        "last updated",
    }
)
#: The fewest labelled lines a record holds (Gale's head: date, from, publisher,
#: document type, length; EBSCOhost's: title, authors, source, ... database).
MIN_RECORD_FIELDS = 4

_FIELD = re.compile(
    r"^[ \t]*(?P<label>[A-Za-z][A-Za-z ]{1,40}?)[ \t]*(?::[ \t]*|\t+)(?P<value>\S.*)$"
)
# where a publication's value goes on past its name: ProQuest's "; Place [Place]",
# EBSCOhost's " (IA). 12/01/2026."
_AFTER_NAME = re.compile(r"\s*(?:;|\s\(|\[|[.,]\s+\d).*$")


def record_publication(lines: Sequence[str]) -> str | None:
    """The publication a database's record of the page's article names.

    Parameters
    ----------
    lines : sequence of str
        The page's text lines.

    Returns
    -------
    str or None
        The publication's name as the record gives it, without the place or date after
        it; None when the page holds no such record.

    Examples
    --------
    >>> record_publication([
    ...     "Source:\\tExample Ledger (IA). 12/01/2026.",
    ...     "Document Type:\\tArticle",
    ...     "Word Count:\\t512",
    ...     "Accession Number:\\t2W6412345",
    ... ])
    'Example Ledger'
    >>> record_publication(["From: Ann <ann@example.org>", "Date: 1 May", "Subject: Hi"]) is None
    True
    """
    fields: dict[str, str] = {}
    count = 0
    for line in lines:
        if ":" not in line and "\t" not in line:
            continue  # (speed only: a field's label ends at a colon or a tab)
        match = _FIELD.match(line)
        if not match:
            continue
        label = " ".join(match["label"].casefold().split())
        if label in RECORD_LABELS:
            count += 1
            fields.setdefault(label, match["value"].strip())
    if count < MIN_RECORD_FIELDS or not RECORD_ID_LABELS & fields.keys():
        return None
    for label in PUBLICATION_LABELS:
        if label in fields:
            name = _AFTER_NAME.sub("", fields[label]).strip(" .")
            if name:
                return name
    return None
