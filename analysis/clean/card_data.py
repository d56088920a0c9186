"""A card's data lines: the figures a listing prints on a card beside its byline and date.

Reviews indexes print a rating and a price on each card ("Rating: 4.5 out of 5",
"★★★★☆", "RRP A$499", "Prijs: € 1.149"), markets rivers a ticker chip ("BARC -4.1%",
"HDFCBANK ▲ 2.1%"), an issue's table of contents the page of each story ("p. 34",
"Seite 58"), a culture section a film's credits and running time ("Director: NAME ·
1h50", "監督：NAME　上映時間：2時間4分"). Such a line is no headline, name or text: a
card's footer steps over it (:func:`analysis.clean.card_blocks._spaced_trailer`).
Reads one line; names no site.
"""

from __future__ import annotations

import re

# A label opening a data line ("Rating:", "Score:", "Prijs:", "RRP"): one or two words,
# maybe a colon.
_LABEL = r"(?:[^\W\d_]+\.?\s*){0,2}:?\s*"
# A number, with decimal or thousands' marks.
_NUMBER = r"\d+(?:[.,\u00a0\u202f]\d+)*"
# "of" between a score and its scale in the languages of the review sets' sites, or a
# slash ("4.5/5", "8 / 10").
_SCALE = r"(?:/|out\s+of|of|von|sur|de|su|op|van|z|из|中)"
_SCORE = re.compile(rf"^{_LABEL}{_NUMBER}\s*{_SCALE}\s*{_NUMBER}$", re.IGNORECASE)
# Stars drawn with star characters, maybe with the score beside them.
_STAR = "★☆✩✪✫✬✭✮✯⭐"
_STARS = re.compile(
    rf"^{_LABEL}[{_STAR}][{_STAR}½\s]*(?:\(?{_NUMBER}(?:\s*{_SCALE}\s*{_NUMBER})?\)?)?$"
)
# A price: a currency sign or code (a country prefix allowed: "A$", "R$") before or after
# the amount.
_CURRENCY = r"(?:[A-Z]{0,2}[$€£¥₹₩₽₺₪₫₱฿]|(?:EUR|USD|GBP|CHF|JPY|INR|AUD|CAD)\b)"
_PRICE = re.compile(
    rf"^{_LABEL}(?:{_CURRENCY}\s?{_NUMBER}(?:[.,]-|[.,]–)?|{_NUMBER}\s?{_CURRENCY})$"
)
# A ticker chip: a symbol in capitals, maybe an arrow, a signed change in per cent; one
# chip or more on the line.
_CHIP = r"[A-Z][A-Z0-9.&/:-]{0,14}\s*[▲▼△▽↑↓]?\s*[+\-−–]?\d+(?:[.,]\d+)?\s?%"
_CHIPS = re.compile(rf"^{_CHIP}(?:\s+{_CHIP})*$")
# A page reference: a page word or its abbreviation and the page's number.
_PAGE = re.compile(
    r"^(?:p|pp|pg|page|pages|seite|s|pág|página|pagina|pag|blz|str|sid|side|sivu|стр)"
    r"\.?\s*\d{1,4}$",
    re.IGNORECASE,
)

# A running time: "2h04", "1 h 50", "104 min", "104 Min.", Japanese / Chinese "2時間4分",
# "124分". In minutes alone, 40 to 299: a feature, a play or a concert runs 40 minutes or
# more, a reading or listening time beside a byline ("Author: NAME · 5 min") less.
_MINUTES = r"(?:[4-9]\d|[12]\d\d)"
_DURATION = (
    r"(?:\d{1,2}\s?h\s?\d{0,2}(?:\s?min)?"
    rf"|{_MINUTES}\s?(?:min|mins|minutes|minuten|minutos|minuti)\.?"
    rf"|\d{{1,2}}\s?(?:時間|小时|小時)(?:\d{{1,2}}\s?分)?|{_MINUTES}\s?分(?:钟|鐘)?)"
)
# A credit's label and its colon, one to three words ("Director:", "Réalisatrice :",
# "監督：", "上映時間："), then its value: a name or a running time of a few words.
_CREDIT = r"[^\W\d_][^\W\d_.-]*(?:\s[^\W\d_]+){0,2}\s?[:：]\s*[^:：·|/\u3000]{1,40}"
_CREDITS_SEPARATOR = r"(?:\s*[·|/•]\s*|\u3000+|\s{2,})"
_CREDITS_PART = re.compile(rf"^(?:{_CREDIT}|{_DURATION})$", re.IGNORECASE)
_DURATION_PART = re.compile(rf"^(?:.*[:：]\s*)?{_DURATION}$", re.IGNORECASE)


def _is_credits_line(text: str) -> bool:
    """Whether ``text`` is a film's or a show's credits line: credits ("Director: NAME")
    and its running time, parted by a middle dot, a bar, a slash or an ideographic space
    ("Réalisatrice : NAME · 2h04", "監督：NAME　上映時間：2時間4分"); one credit and the
    time at least."""
    parts = [part.strip() for part in re.split(_CREDITS_SEPARATOR, text) if part.strip()]
    return (
        len(parts) >= 2
        and all(_CREDITS_PART.match(part) for part in parts)
        and any(_DURATION_PART.match(part) for part in parts)
        and any(re.search("[:：]", part) for part in parts)
    )


def is_card_datum(line: str) -> bool:
    """Whether a line is a card's datum alone: a rating, a price, ticker chips, a page
    reference or a credits line with a running time (module docstring).

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
    """
    text = line.strip()
    if not text or len(text) > 60 or not any(ch.isdigit() or ch in "★☆⭐" for ch in text):
        return False
    return any(
        pattern.match(text) is not None for pattern in (_SCORE, _STARS, _PRICE, _CHIPS, _PAGE)
    ) or _is_credits_line(text)


#: A rating drawn with three star characters or more at a line's start (five, as a rating
#: out of five draws them), maybe glued to the credits printed in the same element
#: ("★★★★☆Director: NAME · 1h50"): a card's datum line, no headline opens so.
STARS_OPENING = re.compile(rf"^\s*[{_STAR}]{{3,}}")
