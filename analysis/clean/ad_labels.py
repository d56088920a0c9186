"""An ad slot's label in many languages: "Advertisement", "Anzeige", "Reklama", "Oglas".

A site prints a label over each ad slot between a story's paragraphs. A text dump's body
detector reads such a line by its shape (one word between two paragraphs); on an HTML
page trafilatura keeps the slot's text as one more paragraph of the main text, and the
English label alone was known by its word (:func:`analysis.clean.site_phrases.
is_interface_label`). :data:`AD_LABELS` holds the languages' own word for the label (the
word a dictionary gives for "advertisement" as sites print it over a slot), so the label
is known in those languages too (:func:`is_ad_label`, used on an HTML page's main text by
:func:`analysis.clean.articles.html_body_lines`, and by the body detector of a text dump
between paragraphs, where a one-word line of a script without capitals reads as a
subheading). A line that is only that word is never a story's paragraph. No tuned value.
"""

from __future__ import annotations

import unicodedata

__all__ = ["AD_LABELS", "MAX_LABEL_CHARS", "is_ad_label"]

#: The label of an ad slot, case folded, per language (the language's word, not a site's).
AD_LABELS = frozenset(
    {
        "advertisement",  # en
        "anzeige",  # de
        "werbung",
        "publicité",  # fr
        "publicidad",  # es
        "publicitat",  # ca
        "pubblicità",  # it
        "publicidade",  # pt
        "advertentie",  # nl
        "annons",  # sv
        "annonce",  # da
        "annonse",  # nb, nn
        "reklame",  # da, nb
        "mainos",  # fi
        "reklaam",  # et
        "reklāma",  # lv
        "reklama",  # lt, pl, cs, sk
        "oglas",  # sl, hr, bs, sr
        "реклама",  # ru, uk, bg, mk, sr
        "hirdetés",  # hu
        "reclamă",  # ro
        "publicitate",
        "reklam",  # tr, mt
        "reklamm",  # lb
        "reklamë",  # sq
        "auglýsing",  # is
        "fógra",  # ga
        "sanas",  # gd
        "hysbyseb",  # cy
        "bruderezh",  # br
        "iragarkia",  # eu
        "διαφήμιση",  # el
        "xayaysiis",  # so
        "tangazo",  # sw
        "iklan",  # id, ms
        "patalastas",  # tl
        "paanunsiyo",  # ceb
        "dokambarotra",  # mg
        "piblisite",  # ht
        "lýsing",  # fo
        "quảng cáo",  # vi
        "โฆษณา",  # th
        "广告",  # zh
        "廣告",
        "広告",  # ja
        "광고",  # ko
        "פרסומת",  # he
        "إعلان",  # ar
        "تبلیغات",  # fa
        "اعلان",  # ps, fa
        "ڕیکلام",  # ckb
        "רעקלאַמע",  # yi
        "اشتہار",  # ur
        "विज्ञापन",  # hi
        "जाहिरात",  # mr, ne
        "বিজ্ঞাপন",  # bn, as
        "ବିଜ୍ଞାପନ",  # or
        "விளம்பரம்",  # ta
        "ໂຄສະນາ",  # lo
        "ကြော်ငြာ",  # my
        "ማስታወቂያ",  # am
        "რეკლამა",  # ka
        "գովազդ",  # hy
        "жарнама",  # kk
        "ئېلان",  # ug
        # h233: the word in more languages (a Belarusian page lost its last paragraph
        # under it as the page's trailer)
        "рэклама",  # be
        "сурталчилгаа",  # mn
        "advertensie",  # af
        "intengiso",  # xh
        "isikhangiso",  # zu
        "advertinsje",  # fy
        "reklamo",  # eo
        "اشتهار",  # sd
        "ప్రకటన",  # te
        "ಜಾಹೀರಾತು",  # kn
        "പരസ്യം",  # ml
        "જાહેરાત",  # gu
        "ਇਸ਼ਤਿਹਾਰ",  # pa
        "දැන්වීම",  # si
    }
)
#: The longest line read as a label (a label is one or two words).
MAX_LABEL_CHARS = 40


def is_ad_label(text: str) -> bool:
    """Whether a line is only an ad slot's label (:data:`AD_LABELS`).

    Parameters
    ----------
    text : str
        A line.

    Returns
    -------
    bool
        True when the line, its case folded and the marks around it ("- Anzeige -",
        "[REKLAMA]") taken off, is one of the labels.
    """
    if len(text) > MAX_LABEL_CHARS:
        return False
    start, end = 0, len(text)
    while start < end and _is_mark_around(text[start]):
        start += 1
    while end > start and _is_mark_around(text[end - 1]):
        end -= 1
    return " ".join(text[start:end].split()).casefold() in AD_LABELS


def _is_mark_around(character: str) -> bool:
    """Whether a character may surround a label: a space, a punctuation mark or a symbol
    (not a letter's combining vowel sign, which closes a Burmese or Devanagari word)."""
    return unicodedata.category(character)[0] in "PSZ" or character.isspace()
