"""Case endings joined to a speaker's name, left out when the article prints the name bare.

An agglutinative language joins its case endings to the name a quote's sentence prints
("Kovács Pétertől megkérdeztük …", we asked Péter Kovács; "Szabó Annának ez a
véleménye", that is Anna Szabó's view): the speaker found there is the name with its
ending. Roles and names end alike, so an ending is only cut when what is left, the name,
stands elsewhere in the same article with no ending (the story names the person in the
nominative at least once: "Kovács Péter a falu polgármestere"). Rules: "Attribution in
other languages" in docs/quotes.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.stats.quotes.quote import Quote

#: Case endings joined to a name, by language. Hungarian: the dative (-nak / -nek), the
#: ablative (-tól / -től), the instrumental (-val / -vel, assimilated after a consonant:
#: "Péterrel", "Gáborral"), the causal-final (-ért), the allative (-hoz / -hez / -höz)
#: and the delative (-ról / -ről).
CASE_ENDINGS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "hu": ("nak", "nek", "tól", "től", "val", "vel", "ért", "hoz", "hez", "höz", "ról", "ről"),
}

#: Languages whose instrumental ending assimilates to a name's last consonant, which it
#: doubles ("Péter" + "vel" = "Péterrel"): the ending is then the doubled consonant's
#: second letter and "al" / "el".
_ASSIMILATING = {"hu": ("al", "el")}

#: A name's last vowel lengthened before an ending ("Anna" + "nak" = "Annának"), back
#: to its short form.
_SHORTENED = str.maketrans({"á": "a", "é": "e"})


def _stems(word: str, language: str) -> list[str]:
    """The forms ``word`` may have without one of the language's case endings."""
    stems = [word[: -len(e)] for e in CASE_ENDINGS_BY_LANGUAGE[language] if word.endswith(e)]
    assimilated = _ASSIMILATING.get(language, ())
    if word.endswith(assimilated) and len(word) > 4 and word[-3] == word[-4]:
        stems.append(word[:-3])  # "Péterrel": "Péter"
    out: list[str] = []
    for stem in stems:
        if len(stem) > 1:
            out += [stem, stem[:-1] + stem[-1].translate(_SHORTENED)]
    return out


def _bare(body: str, name: str) -> bool:
    """Whether ``name`` stands in ``body`` as whole words, no letter after it."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", body) is not None


def strip_case_endings(body: str, quotes: Sequence[Quote], language: str | None) -> list[Quote]:
    """``quotes`` with each speaker whose last word, capitalised, ends with a case ending of
    ``language`` (:data:`CASE_ENDINGS_BY_LANGUAGE`) cut to the name, when ``body``
    prints that name bare; ``speaker_as_printed`` keeps the printed form.

    Parameters
    ----------
    body : str
        The body the quotes were found in.
    quotes : sequence of Quote
        Its quotes (:func:`.detect.find_quotes`).
    language : str or None
        The body's language code.

    Returns
    -------
    list of Quote
        The same quotes, speakers cut where the rule applies.
    """
    if language not in CASE_ENDINGS_BY_LANGUAGE:
        return list(quotes)
    out: list[Quote] = []
    for quote in quotes:
        speaker = quote.speaker
        words = speaker.split() if speaker else []
        if words and words[-1][:1].isupper():  # a name's ending, not a role's
            head = speaker[: len(speaker) - len(words[-1])]
            bare = next(
                (head + s for s in _stems(words[-1], language) if _bare(body, head + s)), None
            )
            if bare is not None:
                quote = replace(quote, speaker=bare)
        out.append(quote)
    return out
