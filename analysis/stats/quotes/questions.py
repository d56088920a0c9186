"""A reporter's question in quotation marks, and who asks it.

Press conferences are reported with the question quoted in a phrase that names its
asker, the answer after it: Ukrainian and Russian put the asker after "на запитання" /
"на вопрос" (to the question of) and before the quote ("На запитання журналістки «…»
мер відповів: «…»"); Turkish, Azerbaijani, Kazakh, Uzbek and Armenian put the asker in
the genitive before the quote and the question's noun in the dative after it
("gazetecilerin "…" sorusuna", "jurnalistin "…" sualına", "Журналистің «…» деген
сұрағына", "Լրագրողի «…» հարցին"). The question is the asker's words (cue "question"),
the asker printed as the sentence prints them ("журналістки", "gazetecilerin"); the
answer is read by the language's verbs as any quote is. Rules: "Attribution in other
languages" in docs/quotes.md.
"""

from __future__ import annotations

import re

#: "To the question of" before the asker and the quote, by language.
_ASKED_BEFORE: dict[str, re.Pattern[str]] = {
    "uk": re.compile(
        r"(?:^|\s)[Нн]а\s+(?:запитання|питання)\s+(\w[\w'’-]*(?:\s+\w[\w'’-]*){0,2})\s*$"
    ),
    "ru": re.compile(r"(?:^|\s)[Нн]а\s+(?:вопрос|вопросы)\s+(\w[\w-]*(?:\s+\w[\w-]*){0,2})\s*$"),
}
#: The question's noun in the dative right after the quote (a quotative participle,
#: "деген" / "degan", may stand between), by language.
_ASKED_AFTER: dict[str, re.Pattern[str]] = {
    "tr": re.compile(r"\s*(?:diye\s+)?(?:sorusuna|sorularına)\b"),
    "az": re.compile(r"\s*(?:deyə\s+)?(?:sualına|suallarına)\b"),
    "kk": re.compile(r"\s*(?:деген\s+)?(?:сұрағына|сұрақтарына)\b"),
    "uz": re.compile(r"\s*(?:degan\s+)?(?:savoliga|savollariga)\b"),
    "hy": re.compile(r"\s*(?:հարցին|հարցերին)(?!\w)"),
}
#: The asker right before the quote in the languages of :data:`_ASKED_AFTER`: one word.
_WORD_BEFORE = re.compile(r"(\w[\w'’-]*)\s*$")


def question_asker(
    masked: str, lo: int, opening: int, stop: int, hi: int, language: str
) -> tuple[int, int] | None:
    """Offsets of the asker of a quoted question (module docstring), or None.

    Parameters
    ----------
    masked : str
        A line with its quoted spans masked.
    lo, hi : int
        The quote's sentence.
    opening, stop : int
        The quote's opening mark and the end of its closing mark.
    language : str
        The body's language code.

    Returns
    -------
    tuple of int or None
        The asker's offsets into ``masked``; None when no such phrase frames the quote.
    """
    before = _ASKED_BEFORE.get(language)
    if before is not None:
        found = before.search(masked, lo, opening)
        return (found.start(1), found.end(1)) if found else None
    after = _ASKED_AFTER.get(language)
    if after is None or not after.match(masked, stop, hi):
        return None
    found = _WORD_BEFORE.search(masked, lo, opening)
    return (found.start(1), found.end(1)) if found else None
