"""A newspaper's name with its edition's label after it: the paper's name without it.

A paper's e-edition, the replica of its printed pages that a vendor serves (often at a
host of the vendor's named for the paper, ``examplepost.vendor.example``), names itself
by the paper's name and a label of the edition: "Example Post e-Edition", "Example Post
ePaper", "Example Post Digital Edition", "Example Post | Digital Replica", "例示新報
電子版", "例示晚报数字报". The label is no part of the name: the edition's pages are the
paper's, shown by the paper's name, and filed with its site when the vendor's host
spells its domain (:mod:`analysis.clean.origin_hosts`). :func:`without_edition_label`
takes the label off a site name as a page, a manifest or a page table gives it. The
labels are the words papers print for such an edition (:data:`EDITION_LABELS`),
vocabulary, not names.
"""

from __future__ import annotations

import re

#: The labels of a paper's digital replica edition, as they follow its name (lower case;
#: a hyphen, a space or neither inside: "e-Edition", "eEdition", "E Paper").
EDITION_LABELS = (
    r"e[- ]?edition",
    r"e[- ]?paper",
    r"digital (?:edition|replica|print edition)",
    r"replica edition",
    r"print edition",
    r"electronic edition",
    r"e[- ]?zeitung",
    r"digitale ausgabe",
    r"edici[oó]n digital",
    r"[eé]dition num[eé]rique",
    r"edizione digitale",
    r"edi[cç][aã]o digital",
)
#: A label after the name, past a space or a title separator.
_SPACED_LABEL = re.compile(
    r"(?:\s*[|·:–—-]\s*|\s+)(?:" + "|".join(EDITION_LABELS) + r")\s*$", re.IGNORECASE
)
#: The Chinese and Japanese labels, written right after the name (no space needed):
#: 電子版 / 电子版 (electronic edition), 数字报 / 數字報 (digital paper), and the Japanese
#: papers' デジタル (digital: a paper's site named as its digital edition, "X新聞デジタル").
_JOINED_LABEL = re.compile(r"(?<=[\u3400-\u9fff])\s*(?:電子版|电子版|数字报|數字報|デジタル)\s*$")
#: A letter: the name left must hold one.
_LETTER = re.compile(r"[^\W\d_]")


def without_edition_label(name: str | None) -> str | None:
    """``name`` without an e-edition's label after it; ``name`` as given otherwise.

    Parameters
    ----------
    name : str or None
        A site's name as a page, a manifest or a page table gives it.

    Returns
    -------
    str or None
        The paper's name, or ``name`` unchanged when no label ends it or nothing but the
        label is left ("ePaper" alone, "The e-Edition").

    Examples
    --------
    >>> without_edition_label("Example Post e-Edition")
    'Example Post'
    >>> without_edition_label("Example Courier | Digital Replica")
    'Example Courier'
    >>> without_edition_label("Example Paper")
    'Example Paper'
    """
    if not name:
        return name
    for pattern in (_SPACED_LABEL, _JOINED_LABEL):
        if (found := pattern.search(name)) is not None:
            rest = name[: found.start()].strip()
            if _LETTER.search(rest) and rest.casefold() != "the":
                return rest
    return name
