"""Sentence marks, and the quotation marks and brackets around them, in every language.

Defined once here for the body detector's sentence test
(:mod:`analysis.clean.body.features`), the sentence counter
(:mod:`analysis.stats.sentences`), the listing splitter's prose and teaser tests
(:mod:`analysis.clean.card_lines`, :mod:`analysis.clean.card_teaser`) and the hard-wrap
join (:mod:`analysis.clean.dump_text`):

- a **sentence mark** ends a sentence: ``.`` ``!`` ``?`` ``…`` (followed by a space),
  and the marks of scripts that put no space after them: ``。 ！ ？ ｡`` (Chinese,
  Japanese), ``। ॥`` (Devanagari, Bengali and other Indic scripts), ``؟ ۔`` (Arabic,
  Urdu), ``።`` (Ethiopic), ``။`` (Myanmar), and two marks that never stand inside a
  word, though a space follows them: ``։`` (Armenian full stop), ``។ ៕`` (Khmer),
  ``། ༎`` (Tibetan shad; a tsheg ``་``, not a space, parts its syllables), ``᱾ ᱿``
  (Ol Chiki mucaad, Santali), ``꯫`` (Meetei Mayek cheikhei), ``᠃`` (Mongolian full
  stop), and the full stops of other scripts with their own (Lepcha ``᰻``, Javanese,
  Balinese, Chakma, Tai Tham, Cham, Saurashtra, Syriac, Vai, Bamum, Kayah Li). Thai
  and Lao mark no sentence end: a paragraph's end is its sentence's end, so a line
  ending in a letter of those scripts ends a sentence (:data:`UNMARKED_SCRIPTS`);

- a **closing mark** may follow a sentence's last mark (``.`` ``!`` ``?`` ``…``):
  ``”`` ``’`` ``"`` ``'`` (English), ``“`` ``‘`` (German and Czech ``„…“``), ``«``
  ``‹`` (German ``»…«``), ``»`` ``›`` (French and Swiss ``«…»``), ``」`` ``』``
  (Japanese) and closing brackets. French typography puts a space (often a no-break
  one) before ``»`` and ``›``: ``attendre. »`` ends a sentence too;
- an **opening mark** may precede a sentence's first letter: ``“`` ``‘`` ``"`` ``'``,
  ``„`` ``‚`` (German), ``«`` ``‹`` (French), ``»`` ``›`` (German), ``「`` ``『``
  (Japanese), opening brackets, Spanish ``¿`` ``¡`` (which open a question or an
  exclamation) and the dash that opens a line of dialogue when a letter follows it
  directly (``—No lo sabemos —dijo.``; not ``— Name (@handle)`` under a quoted post).

A mark that opens in one language closes in another (``“``, ``«``, ``»``): where it
stands (after a sentence's last mark, or before its first letter) says which it is.
"""

from __future__ import annotations

#: Sentence marks that a space follows when the sentence goes on.
SPACED_SENTENCE_MARKS = ".!?…"

#: Sentence marks of scripts that put no space after them, and the Armenian, Khmer, Ol
#: Chiki, Meetei Mayek and Mongolian full stops (a space follows them, but no word holds
#: them); h271: the full stops of the Unicode scripts that have their own (Lepcha ta-rol
#: and nyet thyoom ta-rol, Javanese pada lungsi, Balinese carik pareren, Chakma danda and
#: double danda, Tai Tham kaan and kaankuu, Cham danda, double and triple danda,
#: Saurashtra danda and double danda, Syriac end of paragraph and full stops, Vai and
#: Bamum full stops, Kayah Li shya).
UNSPACED_SENTENCE_MARKS = (
    "。！？｡।॥؟۔።။։។៕།༎᱾᱿꯫᠃"
    "\u1c3b\u1c3c\ua9c9\u1b5f\U00011141\U00011142\u1aa8\u1aa9\uaa5d\uaa5e\uaa5f\ua8ce\ua8cf"
    "\u0700\u0701\u0702\ua60e\ua6f3\ua92f"
)

#: Every mark that ends a sentence.
SENTENCE_MARKS = SPACED_SENTENCE_MARKS + UNSPACED_SENTENCE_MARKS

#: The question marks among them: Latin, full-width (Chinese, Japanese) and Arabic.
QUESTION_MARKS = "?？؟"

#: The ranges (a regex character class's inside) of the scripts that mark no sentence
#: end: Thai and Lao.
UNMARKED_SCRIPTS = "\u0e00-\u0eff"

#: Closing quotation marks of every language.
CLOSING_QUOTATION_MARKS = "\"'”’“‘»«›‹」』"

#: Marks that may follow a sentence's last mark: closing quotation marks of every
#: language and closing brackets.
CLOSING_MARKS = CLOSING_QUOTATION_MARKS + ")]）"

#: The dash that opens a line of dialogue (Spanish, Portuguese, Russian, ...): it opens
#: a sentence only when the sentence's first letter follows it directly (``—No``); a
#: spaced dash (``— Name, date``) opens none.
DIALOGUE_DASH = "—"

#: Opening quotation marks of every language.
OPENING_QUOTATION_MARKS = "\"'“‘„‚«»‹›「『"

#: Marks that may come before a sentence's first letter: opening quotation marks of
#: every language, opening brackets, Spanish ``¿ ¡`` and the dialogue dash.
OPENING_MARKS = OPENING_QUOTATION_MARKS + "([（¿¡" + DIALOGUE_DASH

#: The spaces French typography puts inside guillemets: a space, a no-break space and
#: a narrow no-break space.
GUILLEMET_SPACES = " \u00a0\u202f"


def strip_closing_marks(text: str) -> str:
    """``text`` without the closing marks at its end.

    Parameters
    ----------
    text : str
        A line or the end of one.

    Returns
    -------
    str
        ``text`` without its trailing :data:`CLOSING_MARKS`; a space before a closing
        ``»`` or ``›`` goes with it (``"attendre. »"`` -> ``"attendre."``).
    """
    stripped = text.rstrip(CLOSING_MARKS)
    if (
        len(stripped) < len(text)
        and stripped
        and stripped[-1] in GUILLEMET_SPACES
        and text[len(stripped)] in "»›"
    ):
        return stripped.rstrip(GUILLEMET_SPACES).rstrip(CLOSING_MARKS)
    return stripped
