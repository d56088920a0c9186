"""A long read's chapter headings counted in words or Roman numerals: "One", "Two",
"Chapter Three", "Part IV", "Teil drei", "Capítulo cuatro", "II".

A long read printed in parts heads each with its count, alone on its line ("One" over
the first part, "Two" over the second) or after a word for chapter or part; the count
in digits with a colon and a heading ("Chapter 1: The car park") is
:mod:`analysis.clean.body.extend`'s labelled series. :func:`chapter_count` reads the
count of such a heading; a series of them counting up is the text's headings (the
caller's test), a word alone no heading.
"""

from __future__ import annotations

import re

__all__ = ["NUMBER_WORDS", "chapter_count", "roman_value"]

#: The numbers one to twelve in words, by language (a long read's parts rarely number
#: more): the cardinals a chapter heading prints alone or after "Chapter" / "Part".
NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve"),
    "de": ("eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
           "elf", "zwölf"),
    "nl": ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
           "elf", "twaalf"),
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
           "onze", "douze"),
    "es": ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
           "once", "doce"),
    "pt": ("um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
           "onze", "doze"),
    "it": ("uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci",
           "undici", "dodici"),
    "sv": ("ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva",
           "tolv"),
    "da": ("en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve",
           "tolv"),
    "pl": ("jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem",
           "dziewięć", "dziesięć", "jedenaście", "dwanaście"),
}  # fmt: skip

# Each number word's value (a word two languages share has one value in both: "vier",
# "elf", "tre", "nove").
_VALUES = {word: n for words in NUMBER_WORDS.values() for n, word in enumerate(words, 1)}
# A Roman numeral of a part, I to XXXIX.
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# A heading: an optional label word (a word for chapter or part), then the count, then
# nothing but a closing colon or dot.
_HEADING = re.compile(r"\W*(?:(?P<label>[^\W\d_]+)\s+)?(?P<count>[^\W\d_]+)\s*[:.]?")


def chapter_count(text: str) -> tuple[str, int] | None:
    """The count of a chapter heading written in words or a Roman numeral.

    Parameters
    ----------
    text : str
        The line's text.

    Returns
    -------
    tuple of (str, int) or None
        ``(label, number)``: the label word before the count, case-folded ("" when the
        count stands alone), and the count's value; None when the line is no such
        heading ("Chapter 1: The car park" is none: a count in digits).
    """
    found = _HEADING.fullmatch(text.strip())
    if found is None:
        return None
    label = (found["label"] or "").casefold()
    count = found["count"]
    if count.isupper() and _ROMAN.fullmatch(count):
        return label, roman_value(count)
    folded = count.casefold()
    if count not in (folded, count.capitalize(), count.upper()):
        return None  # "tWo": no heading's spelling
    number = _VALUES.get(folded)
    return None if number is None else (label, number)


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral of I, V, X, L and C, a smaller letter before a larger
    one taken off it.

    Parameters
    ----------
    numeral : str
        The numeral, in capitals ("IV", "XII").

    Returns
    -------
    int
        Its value.

    Examples
    --------
    >>> roman_value("IV"), roman_value("XII"), roman_value("XLIX")
    (4, 12, 49)
    """
    values = [_ROMAN_VALUES[letter] for letter in numeral]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
