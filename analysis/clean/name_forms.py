"""The forms of a site's name that its other printings and its domain are compared by.

The compact key (case, a leading "the" and non-alphanumerics dropped: "The Guardian" and
"Guardian" are one outlet), the name without accents, as domains spell it, and the short
forms and initials a domain's label may take ("nyt" of "New York Times").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from analysis.text import alnum_and_line_breaks, is_lower_case, is_upper_case

_LEADING_THE = re.compile(r"^the\s+")


@functools.lru_cache(maxsize=1 << 16)  # a page's candidates and a site's names recur
def compact_name(name: str) -> str:
    """A name folded for comparison: NFKC, lower case, no leading "the", only letters,
    digits and the vowel signs of the Indic scripts
    (:func:`analysis.text.alnum_and_line_breaks`, the form page lines are compared in).

    Parameters
    ----------
    name : str
        An outlet or site name as printed.

    Returns
    -------
    str
        ``""`` when the name has no letter or digit.

    Examples
    --------
    >>> compact_name("The New York Times")
    'newyorktimes'
    >>> compact_name("Kent+")
    'kentplus'
    """
    folded = closing_plus(unicodedata.normalize("NFKC", name).casefold().strip())
    return alnum_and_line_breaks(_LEADING_THE.sub("", folded)).replace("\n", "")


def closing_plus(text: str) -> str:
    """A closing plus after a letter or digit, written "plus" (a service's or a city's
    name "plus"); a page's lines are folded with it as names are
    (:class:`analysis.clean.site_features.PageText`).

    Parameters
    ----------
    text : str
        A case-folded name or line.

    Returns
    -------
    str
        ``text`` with that plus written "plus" and the spaces after it dropped ("kent+"
        -> "kentplus"); else ``text`` as it is.
    """
    if "+" not in text:
        return text
    stripped = text.rstrip()
    if stripped.endswith("+") and stripped[-2:-1].isalnum():
        return stripped[:-1] + "plus"
    return text


# The letters of the Arabic script one name is typed with in more than one way, each
# written as one of them: alef with or without its hamza or madda ("أصداء" / "اصداء": most
# keyboards' users leave the hamza out), the final yeh with or without its dots (alef
# maqsura "ى", as Egypt and many mastheads write it), Arabic and Persian kaf and yeh
# (a Persian name typed on an Arabic layout: "كوير" / "کویر"), teh marbuta as heh
# ("الواحة" / "الواحه"), Sorani Kurdish's vowel "ە" as the heh a keyboard without it
# types ("دەنگی" / "دهنگی"); and the tatweel that stretches a masthead's letters
# ("أصـــداء"), which spells nothing. None of these tells two names apart on a site's pages.
_ARABIC_SCRIPT_SPELLINGS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ك": "ک", "ة": "ه", "ە": "ه"}
    | {"ـ": None}
)


def accentless(text: str) -> str:
    """``text`` without the accents of the Latin, Greek and Cyrillic scripts.

    A masthead in capitals often leaves them out ("ΚΡΗΤΙΚΗ ΗΜΕΡΑ", "DIARIO DA BEIRA")
    where the site's name has them: the same name for the corpus-level merge of outlets
    (:mod:`analysis.clean.outlet_merge`). Only the marks of the Combining Diacritical
    Marks block go; the vowel signs of other scripts spell their words and stay. The
    dotless "ı" of Turkish and Azerbaijani is "i" too: its capital is "I", which folds to
    "i" ("EGE POSTASI" is "Ege Postası"), as the dotted "İ" folds to "i" and a dot the
    marks' removal drops; so are the other Latin letters no decomposition takes apart,
    written as domains spell them (:data:`_AS_DOMAINS_SPELL`: a manifest typed in ASCII
    spells "Għawdex" "Ghawdex", "Głos" "Glos"). The Arabic script's letters typed in two
    ways are written one way (:data:`_ARABIC_SCRIPT_SPELLINGS`: "أصداء الوادى" is "اصداء
    الوادي").

    Parameters
    ----------
    text : str
        A name, usually its :func:`compact_name`.

    Returns
    -------
    str
        The text in NFC without those marks.

    Examples
    --------
    >>> accentless(compact_name("Κρητική Ημέρα")) == accentless(compact_name("ΚΡΗΤΙΚΗ ΗΜΕΡΑ"))
    True
    >>> accentless(compact_name("Ege Postası")) == accentless(compact_name("EGE POSTASI"))
    True
    >>> accentless(compact_name("تازه‌های كوير")) == accentless(compact_name("تازه های کویر"))
    True
    >>> accentless(compact_name("L-Eku ta’ Għawdex")) == compact_name("L-Eku ta' Ghawdex")
    True
    """
    if text.isascii():
        return text
    text = text.translate(_ARABIC_SCRIPT_SPELLINGS).translate(_AS_DOMAINS_SPELL)
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(char for char in decomposed if not "\u0300" <= char <= "\u036f")
    return unicodedata.normalize("NFC", kept)


# German's umlauts as its domains (and its typewriters) spell them: "Nordstädter" is
# nordstaedter, "Süd" sued, "Größe" groesse; :func:`unaccented` writes them a, o, u
# ("Müller" mueller and muller are both seen: both are tried).
_UMLAUTS_SPELLED_OUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


def umlauts_spelled_out(name: str) -> str:
    """``name`` with German's umlauts written as two letters, as a domain spells them.

    Parameters
    ----------
    name : str
        A site name as written.

    Returns
    -------
    str
        ``name`` with ``ä ö ü`` written ``ae oe ue`` (an umlaut written as ``a`` and a
        combining diaeresis too); unchanged without them.

    Examples
    --------
    >>> umlauts_spelled_out("Nordstädter Anzeiger")
    'Nordstaedter Anzeiger'
    """
    if name.isascii():
        return name
    return unicodedata.normalize("NFC", name).translate(_UMLAUTS_SPELLED_OUT)


# Latin letters no decomposition takes apart, as domains spell them ("Báo Đồng Bằng" is
# baodongbang.vn, "Głos" glos, "Børsen" borsen, "Straße" strasse, "Kumase Nsɛm"
# kumasensem).
_AS_DOMAINS_SPELL = str.maketrans(
    {
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "þ": "th", "Þ": "Th",
        "ħ": "h", "Ħ": "H", "ı": "i",
        # the open vowels and the schwa of African and Azerbaijani spellings ("Nsɛm",
        # "Kɔkɔ", "Xəbər"), the hooked letters of Hausa and Fula ("Ɗan", "Ƙasa")
        "ɛ": "e", "Ɛ": "E", "ɔ": "o", "Ɔ": "O", "ə": "e", "Ə": "E",
        "ɗ": "d", "Ɗ": "D", "ɓ": "b", "Ɓ": "B", "ƙ": "k", "Ƙ": "K", "ƴ": "y", "Ƴ": "Y",
    }
)  # fmt: skip


def unaccented(text: str) -> str:
    """``text`` as a domain spells it: without its accents and other combining marks
    ("Diario" of "Diário"), its letters that do not decompose written in ASCII ("Dong" of
    "Đồng", "Vestfjardabladid" of "Vestfjarðablaðið").

    Parameters
    ----------
    text : str
        A name, or its :func:`compact_name`.

    Returns
    -------
    str
        In NFC.

    Examples
    --------
    >>> unaccented("vestfjarðablaðið")
    'vestfjardabladid'
    """
    if text.isascii():  # nothing to take apart: no ASCII character decomposes or combines
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_AS_DOMAINS_SPELL))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


#: The fewest letters a short form (initials) must have to file one outlet under another:
#: two letters ("AP", "FT") are the initials of too many names.
MIN_SHORT_FORM = 3


_WORD = re.compile(r"[^\W_]+")


def short_forms(name: str) -> set[str]:
    """The compact short forms a name may be written in elsewhere (lower case).

    The initials of its first two or more words followed by the rest ("nytimes" of "The
    New York Times"), and its :func:`initials` ("nyt" of "The New York Times" or
    "NYTimes"); each of :data:`MIN_SHORT_FORM` letters or more, and not the name's own
    compact form. A leading "the" is no word of it. A name written in a script without
    spaces, one token (:data:`GLUED_SCRIPT_NAME`), has its heads without its last few
    characters instead ("松本日日" of "松本日日新聞").

    Parameters
    ----------
    name : str
        A site name as written.

    Returns
    -------
    set of str
        The short forms (empty for a one-word name without inner capitals).
    """
    _, words = name_and_words(name)
    forms = {"".join(w[0] for w in words[:k]) + "".join(words[k:]) for k in range(2, len(words))}
    return _short_enough(name, forms | _glued_heads(name)) | initials(name)


def initials(name: str) -> set[str]:
    """The short forms of a name that are letters alone (lower case): the initials of its
    words ("nyt" of "The New York Times") and its capitals when it has lower-case letters
    too ("nyt" of "NYTimes"); each of :data:`MIN_SHORT_FORM` letters or more, and not the
    name's own compact form. A leading "the" is no word of it.

    Unrelated names share initials often ("CBC", "NPR", "AFP" each stand for several
    outlets), so initials alone never tie two names: :mod:`analysis.clean.outlet_merge`
    files a name under the one it is the initials of only when a domain ties them.

    Parameters
    ----------
    name : str
        A site name as written.

    Returns
    -------
    set of str
        The forms, a subset of :func:`short_forms` (empty for a one-word name without
        inner capitals).

    Examples
    --------
    >>> sorted(initials("The New York Times")), sorted(initials("NYTimes"))
    (['nyt'], ['nyt'])
    """
    written, words = name_and_words(name)
    forms = set()
    if len(words) >= 2:
        forms.add("".join(w[0] for w in words))
    capitals = [c for c in written if is_upper_case(c)]
    if len(capitals) >= 2 and any(is_lower_case(c) for c in written):
        forms.add("".join(capitals).casefold())
    return _short_enough(name, forms)


#: A name of one token in a script that glues words together: Han, kana, Hangul
#: ("松本日日新聞", "南江晨报社", "한빛일보사"). Its short and long forms are its heads,
#: not its words' initials (:func:`short_forms`), and a company's word is glued to its
#: end (:func:`analysis.clean.company_names.company_head`).
GLUED_SCRIPT_NAME = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]{3,}"
)


#: The most characters a word glued to the end of such a name has: a company's ("社",
#: "사", "有限公司"), or a paper's ("新聞", "日报") that its short form leaves out.
MAX_GLUED_COMPANY_CHARS = 4


#: The company words glued to the end of such a name, longest first: "company" ("社",
#: "사", "公司"), "limited company" ("有限公司", "股份有限公司"), "group" ("集团"),
#: "publishing (house)" ("出版", "出版社" in Japanese and Chinese, "출판" in Korean: a
#: magazine's publisher, "ミライ出版" under "週刊ミライ", review h438).
GLUED_COMPANY_WORDS = (
    "股份有限公司", "有限公司", "株式会社", "出版社", "公司", "集团", "集團", "出版", "출판",
    "社", "사",
)  # fmt: skip


def _glued_heads(name: str) -> set[str]:
    """The heads of a name of one glued token (:data:`GLUED_SCRIPT_NAME`) without up to
    :data:`MAX_GLUED_COMPANY_CHARS` of its last characters, each of at least
    :data:`MIN_SHORT_FORM` ("松本日日" of "松本日日新聞": the paper without "newspaper");
    empty for any other name."""
    token = name.strip()
    if not GLUED_SCRIPT_NAME.fullmatch(token):
        return set()
    first = max(MIN_SHORT_FORM, len(token) - MAX_GLUED_COMPANY_CHARS)
    return {token[:end] for end in range(first, len(token))}


def name_and_words(name: str) -> tuple[str, list[str]]:
    """A name without a leading "the", and its words in lower case.

    Parameters
    ----------
    name : str
        A site name as printed.

    Returns
    -------
    tuple of (str, list of str)
        The name without a leading "the" (any case), and its words, case folded.
    """
    written = re.sub(r"^\s*(?i:the)\s+", "", name)
    return written, [w.casefold() for w in _WORD.findall(written)]


def _short_enough(name: str, forms: set[str]) -> set[str]:
    """The forms of :data:`MIN_SHORT_FORM` letters or more that are not the name's own."""
    own = compact_name(name)
    return {form for form in forms if len(form) >= MIN_SHORT_FORM and form != own}


def label_forms(name: str) -> set[str]:
    """The labels a domain of the site ``name`` may have, strictly: its compact form, with
    a leading "the" too ("thehill" of "The Hill"), and its :func:`short_forms` ("nyt",
    "nytimes" of "The New York Times"). Stricter than
    :func:`analysis.clean.name_domain.name_matches_domain`: no first word alone, no name
    inside a longer label.

    Parameters
    ----------
    name : str
        A site name as printed.

    Returns
    -------
    set of str
        Empty for a name without a letter or digit.

    Examples
    --------
    >>> sorted(label_forms("The New York Times"))
    ['newyorktimes', 'nyt', 'nytimes', 'thenewyorktimes']
    """
    compact = compact_name(name)
    return {compact, f"the{compact}"} | short_forms(name) if compact else set()
