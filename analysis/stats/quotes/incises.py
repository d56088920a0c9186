"""A narrator's incise inside quotation marks: «Мы готовы, — сказал Соловьёв. — Но ...».

Russian, Ukrainian, Bulgarian and Polish print a quotation interrupted by its
attribution inside one pair of marks, the narrator's words set off by dashes; the
quotation's own sentence then holds no verb outside the marks. The incise's verb of
saying (right after a dash that follows a comma or a space) attributes the quotation,
its speaker the phrase after the verb (:func:`.foreign_speakers.phrase_after`). Rules:
"Attribution in other languages" in docs/quotes.md.
"""

from __future__ import annotations

import re

from analysis.stats.quotes.foreign_speakers import WORD_RE, phrase_after
from analysis.stats.quotes.languages import REPORTING_VERBS_BY_LANGUAGE

# A dash after a comma or a space inside the quotation, and the word after it.
_INCISE_DASH = re.compile(r"(?<=[\s,])[–—―][ \u00a0\u202f]*(?=\w)")
# The dash, or the end of the marks, that closes the incise.
_CLOSING_DASH = re.compile(r"[–—―]")


def incise(
    text: str, start: int, end: int, language: str
) -> tuple[str, int | None, int | None] | None:
    """The verb of saying and speaker of an incise inside ``text[start:end]`` (a
    quotation's text between its marks), or None.

    Parameters
    ----------
    text : str
        A line of the body.
    start, end : int
        The quotation's text.
    language : str
        A code of :data:`~analysis.stats.quotes.languages.REPORTING_VERBS_BY_LANGUAGE`.

    Returns
    -------
    tuple or None
        The verb as printed (lower case) and the speaker's offsets into ``text`` (None
        when the verb names no one: "— добавил."); None when no dash inside the
        quotation opens with a verb of saying.
    """
    verbs = REPORTING_VERBS_BY_LANGUAGE.get(language)
    if not verbs:
        return None
    for dash in _INCISE_DASH.finditer(text, start, end):
        verb = WORD_RE.match(text, dash.end())
        if verb is None or verb[0].lower() not in verbs or verb[0][:1].isupper():
            continue
        closing = _CLOSING_DASH.search(text, verb.end(), end)
        stop = closing.start() if closing else end
        speaker = phrase_after(text, verb.end(), stop, language)
        return (verb[0].lower(), *(speaker or (None, None)))
    return None
