"""An author field's photographer: a name the page credits with the pictures.

A CMS may fill its author field (``<meta name="author">``, JSON-LD ``author``) with every
person credited on the story, the photographer beside the writer ("Lucía Pardo, Iván
Soler"), while the page prints who did what: "Texto: Lucía Pardo | Fotos: Iván Soler".
A name printed right after a photo credit's label (:data:`~analysis.clean.byline_words.
PHOTO_CREDIT_WORDS`, perhaps with the language's "by" or a colon, markup between), or
right before the label in brackets ("Par A et B (textes) — C (photos)", h361), took
the pictures when another name of the field stands shortly before it, on the credits
line: it leaves the byline, unless it is the field's only name or the label is joined to
a text credit ("Text and photos: NAME", one person's credit for both); a caption's
"Photo: NAME" alone credits a reporter who took pictures too. The window is a credits
line's length (:data:`_CREDITS_LINE_CHARS`), no tuned value.

A name of the field that opens with the label itself ("Pieter Botha, Foto Marelize
Jansen", a scraper's author guesser keeping the credit's words; "Aino Kivelä; Kuvat Jussi
Harju") is the photographer's credit whatever the page prints
(:func:`without_labelled_photographers`).
"""

from __future__ import annotations

import re

from analysis.clean.byline_words import ILLUSTRATION_CREDIT_WORDS, PHOTO_CREDIT_WORDS

__all__ = ["credit_pattern", "without_labelled_photographers", "without_photographers"]

_LABEL = "|".join(
    re.escape(word)
    for word in sorted(
        {w for words in PHOTO_CREDIT_WORDS.values() for w in words}, key=lambda w: (-len(w), w)
    )
)
# A credit opening with an illustration's label ("Illustration by NAME").
_DRAWN_WORDS = {w for words in ILLUSTRATION_CREDIT_WORDS.values() for w in words}
_DRAWN = re.compile(
    "|".join(re.escape(word) for word in sorted(_DRAWN_WORDS, key=lambda w: (-len(w), w))),
    re.IGNORECASE,
)
# What may stand between the label and the name: a colon, a slash, a bar, "=", or a
# language's "by" ("by", "di", "de", "von", "par", "av", "af"), then tags and spaces.
_BETWEEN = r"\s*(?:[:：/|=]|by|di|de|von|par|av|af)?\s*(?:<[^>]*>\s*)*"
# A text credit joined to the photo label before it: "Text and photos:", "Texto y fotos:".
_JOINED_BEFORE = re.compile(r"(?:\s(?:and|y|e|und|et|i|és|ve|и|та|og|och|en)|[&·・+])\s*$", re.I)


# How far before the photo credit the writer's name may stand on one credits line
# ("Texto: <a href="/autor/lucia-pardo">Lucía Pardo</a> | Fotos: ..."): a line's worth
# of characters with its links' markup, not a paragraph's.
_CREDITS_LINE_CHARS = 200


# The first letters a credit's match can open with: a label's (the label before the
# name). Looked at before the labels are tried, so the search passes a character that
# opens no label and not the name with one class test, not the labels' ~35 alternatives
# (a megabyte of markup: 105 -> 28 ms a name; the same matches: a match opens with one
# of these letters or the name's first, matched with the same case folding).
_LABEL_FIRSTS = "".join(
    sorted({re.escape(w[0]) for words in PHOTO_CREDIT_WORDS.values() for w in words})
)


def credit_pattern(name: str) -> re.Pattern[str]:
    """The pattern of a photo credit of ``name``: the label, then the name
    ("Fotos: NAME"), or the name, then the label in brackets ("NAME (photos)").

    Parameters
    ----------
    name : str
        A name of an author field.

    Returns
    -------
    re.Pattern
        Case-folded; a match opens at a letter or mark that follows no letter. For a
        name of two characters or more, a look-ahead first tests what a match must
        open with (a label's first letter, or the name), a test the alternatives make
        anyway. (A name of one character is left without: the parser would merge it
        into the class of first letters, and a class mixing letters beyond U+FFFF with
        others does not fold their case.)
    """
    credit = (
        rf"(?<![^\W\d_])(?:{_LABEL}){_BETWEEN}{re.escape(name)}(?!\w)"
        # the label in brackets after the name: "Par A et B (textes) — C (photos)"
        rf"|(?<![^\W\d_]){re.escape(name)}\s*(?:<[^>]*>\s*)*[(（]\s*(?:{_LABEL})\s*[)）]"
    )
    if len(name) > 1:
        credit = rf"(?=[{_LABEL_FIRSTS}]|{re.escape(name)})(?:{credit})"
    return re.compile(credit, re.IGNORECASE)


def _credited_for_photos(name: str, others: list[str], page: str) -> bool:
    """Whether ``page`` prints ``name`` right after a photo credit's label that no text
    credit is joined to, on the credits line of one of ``others`` (another name of the
    field printed shortly before it: "Texto: A | Fotos: B"; a caption's "Photo: NAME"
    alone credits a reporter who took the pictures too)."""
    pattern = credit_pattern(name)
    for found in pattern.finditer(page):
        before = page[max(0, found.start() - _CREDITS_LINE_CHARS) : found.start()]
        if _JOINED_BEFORE.search(before[-12:]) is not None:
            continue
        if any(other.casefold() in before.casefold() for other in others):
            return True
        # an illustrator's credit over the byline ("Illustration by A" / "By B": a
        # magazine's header, review h438): no reporter drew the pictures, so the writer's
        # name after it, on the header's next lines, will do too
        after = page[found.end() : found.end() + _CREDITS_LINE_CHARS]
        if _DRAWN.match(found.group(0)) and any(
            other.casefold() in after.casefold() for other in others
        ):
            return True
    return False


def without_photographers(byline: str, page: str, joiner: str = "; ") -> str:
    """``byline`` without the names ``page`` credits with the pictures.

    Parameters
    ----------
    byline : str
        An author field's names, joined by ``joiner``.
    page : str
        The page's markup or text.
    joiner : str
        What parts the names.

    Returns
    -------
    str
        The names left, joined by ``joiner``; ``byline`` itself when it holds one name
        or when every name is credited so.

    Examples
    --------
    >>> page = "Texto: <a>Lucía Pardo</a> | Fotos: <a>Iván Soler</a>"
    >>> without_photographers("Lucía Pardo; Iván Soler", page)
    'Lucía Pardo'
    >>> without_photographers("Ana Ruiz; Iván Soler", "Texto y fotos: Iván Soler")
    'Ana Ruiz; Iván Soler'
    """
    names = byline.split(joiner)
    if len(names) < 2:
        return byline
    kept = [
        name
        for name in names
        if not _credited_for_photos(
            name.strip(), [other.strip() for other in names if other != name], page
        )
    ]
    return joiner.join(kept) if kept else byline


# A part of an author field: what a comma or a semicolon sets apart.
_FIELD_PART = re.compile(r"[^,;]+")
# A part that is a photo credit's label, its colon or full stop, then a capitalized name.
_LABELLED_PART = re.compile(rf"\s*(?:{_LABEL})\s*[:.]?\s+(?=[^\W\d_])", re.IGNORECASE)


def without_labelled_photographers(byline: str | None) -> str | None:
    """``byline`` without its parts that open with a photo credit's label and a name
    ("Foto Marelize Jansen", "Kuvat: Jussi Harju"), when another part is left.

    Parameters
    ----------
    byline : str or None
        An author field's names, set apart by commas or semicolons.

    Returns
    -------
    str or None
        The other parts, joined as they were; ``byline`` itself when no part is such a
        credit or every part is.

    Examples
    --------
    >>> without_labelled_photographers("Pieter Botha, Foto Marelize Jansen")
    'Pieter Botha'
    >>> without_labelled_photographers("Foto Marelize Jansen")
    'Foto Marelize Jansen'
    >>> without_labelled_photographers("Ana Photos, Jo Roe")
    'Ana Photos, Jo Roe'
    """
    if not byline or ("," not in byline and ";" not in byline):
        return byline
    parts = list(_FIELD_PART.finditer(byline))
    credits = [part for part in parts if _LABELLED_PART.match(part.group(0))]
    if not credits or len(credits) == len(parts):
        return byline
    kept = byline
    for part in reversed(credits):  # the separator before it goes with it
        start = part.start()
        while start > 0 and kept[start - 1] in ",; ":
            start -= 1
        end = part.end()
        if start == 0:  # the first part: the separator after it goes
            while end < len(kept) and kept[end] in ",; ":
                end += 1
        kept = kept[:start] + kept[end:]
    return kept.strip()
