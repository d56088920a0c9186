"""An ad slot's label in many languages: "Advertisement", "Anzeige", "Reklama", "Oglas".

A site prints a label over each ad slot between a story's paragraphs. A text dump's body
detector reads such a line by its shape (one word between two paragraphs); on an HTML
page trafilatura keeps the slot's text as one more paragraph of the main text, and the
English label alone was known by its word (:func:`analysis.clean.site_phrases.
is_interface_label`). :data:`AD_LABELS` holds the languages' own word for the label (the
word a dictionary gives for "advertisement" as sites print it over a slot), so the label
is known in those languages too (:func:`is_ad_label`, used on an HTML page's main text by
:func:`analysis.clean.articles.html_body_lines`). A line that is only that word is never
a story's paragraph. No tuned value.
"""

from __future__ import annotations

import re

__all__ = ["AD_LABELS", "is_ad_label"]

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
        "quảng cáo",  # vi
        "โฆษณา",  # th
        "广告",  # zh
        "廣告",
        "広告",  # ja
        "광고",  # ko
        "פרסומת",  # he
        "إعلان",  # ar
        "تبلیغات",  # fa
        "اشتہار",  # ur
        "विज्ञापन",  # hi
    }
)
# What may surround the label on its line: spaces, dashes, brackets, a colon.
_AROUND = re.compile(r"^[\W_]+|[\W_]+$")


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
    if len(text) > 40:
        return False
    return " ".join(_AROUND.sub("", text).split()).casefold() in AD_LABELS
