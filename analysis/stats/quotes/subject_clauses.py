"""What a speaker phrase read before its verb holds besides the speaker (Turkish).

Turkish puts everything that describes the speaker before the name, and marks the name
itself with suffixes and particles:

- a participle clause: "Dükkânı 1958'de babasından devralan Hüseyin Özdemir" (who took
  over the shop from his father in 1958), "2 bin kitap bağışlayan emekli öğretmen X":
  the clause ends with a lower-case participle in -(y)an / -(y)en before the name, and
  the speaker is what follows it (a role kept: "emekli öğretmen X", a retired teacher,
  whose noun has that ending and is no participle);
- the topic particle "ise" after the subject ("Belediye ise yazılı açıklamasında ...",
  the municipality, for its part, in its written statement): the speaker is what stands
  before it, the rest an adjunct;
- a case suffix after the apostrophe of a name ("Ayşe Demirtaş'a göre", according to
  Ayşe Demirtaş): the name ends at the apostrophe;
- adverbial parts set off by commas between the subject and the quote ("Bakan X,
  enflasyonla mücadelede kararlı olduklarını belirterek, "…" dedi": stressing that …;
  "X, Ankara'da düzenlenen basın toplantısında, "…" ifadelerini kullandı": at a press
  conference; "X, gazetecilerin sorularını yanıtlarken de … ilişkin "…" diye konuştu"):
  a part whose last word is a lower-case one ending with a converb (-erek, -ken,
  -ince …), a locative (-da, -de, -nda …) or a postposition (ilişkin, dair, hakkında
  …) is no speaker, and the subject is the part before it
  (:func:`before_adverbial_parts`); with no comma before the part ("Meclis üyesi
  Fatma Kaya ise projenin maliyetine dikkat çekerek, "…""), the subject ends at the
  clause's last capitalised word when only lower-case words follow it.

Rules: "Attribution in other languages" in docs/quotes.md.
"""

from __future__ import annotations

import re

#: Participle endings that close a clause describing the name after it, by language.
PARTICIPLE_ENDINGS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {"tr": ("an", "en")}

#: Lower-case role nouns with a participle's ending, which stay in the phrase: teacher,
#: expert, director, minister, chairman, captain, shepherd, secretary, district governor.
_ROLES_LIKE_PARTICIPLES: dict[str, frozenset[str]] = {
    "tr": frozenset(
        {
            "öğretmen", "uzman", "yönetmen", "bakan", "başkan", "kaptan", "çoban",
            "yazman", "kaymakam", "ressam", "hekim", "cerrah",
        }
    ),
}  # fmt: skip

#: Topic particles that follow the subject and open the rest of the clause, by language.
TOPIC_PARTICLES_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "tr": frozenset({"ise"}),
    "az": frozenset({"isə"}),  # Azerbaijani's "ise" ("X isə ... deyir")
}

#: The endings of a lower-case word closing an adverbial part before a quote, by
#: language: Turkish converbs (stressing, while answering, when …), locatives (at, in)
#: and postpositions (regarding, about, after) standing as words of their own.
ADVERBIAL_ENDINGS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "tr": (
        "erek", "arak", "yken", "ken", "ince", "ınca", "unca", "ünce", "madan", "meden",
        "nda", "nde", "da", "de", "ta", "te",
        "ilişkin", "dair", "hakkında", "yönelik", "sonra", "önce", "üzerine", "sırasında",
        "boyunca",
    ),
}  # fmt: skip

#: Languages whose names take their case suffix after an apostrophe (Demirtaş'a).
APOSTROPHE_SUFFIX_LANGUAGES: frozenset[str] = frozenset({"tr"})

_WORD = re.compile(r"\S+")
_APOSTROPHES = "'’"


def speaker_without_clauses(
    text: str, span: tuple[int, int] | None, language: str
) -> tuple[int, int] | None:
    """``span``, a speaker phrase of ``text``, without a participle clause before the
    name, what follows a topic particle, and a name's case suffix (module docstring).

    Parameters
    ----------
    text : str
        The text the offsets index.
    span : tuple of int or None
        The speaker phrase's offsets.
    language : str
        The body's language code; other languages' phrases are returned as they are.

    Returns
    -------
    tuple of int or None
        The trimmed offsets; ``span`` itself when nothing applies or nothing would be
        left.
    """
    if span is None or language not in APOSTROPHE_SUFFIX_LANGUAGES | set(
        PARTICIPLE_ENDINGS_BY_LANGUAGE
    ) | set(TOPIC_PARTICLES_BY_LANGUAGE):
        return span
    start, end = span
    words = [(m.start(), m.end(), m[0]) for m in _WORD.finditer(text, start, end)]
    topics = TOPIC_PARTICLES_BY_LANGUAGE.get(language, frozenset())
    for index, (_, _, word) in enumerate(words):
        if index > 0 and word.lower() in topics:
            words = words[:index]
            break
    endings = PARTICIPLE_ENDINGS_BY_LANGUAGE.get(language, ())
    roles = _ROLES_LIKE_PARTICIPLES.get(language, frozenset())
    for index in range(len(words) - 2, -1, -1):
        word = words[index][2].strip(",")
        if (
            word.islower()
            and word.endswith(endings)
            and word not in roles
            and any(later[:1].isupper() for _, _, later in words[index + 1 :])
        ):
            words = words[index + 1 :]
            break
    if not words:
        return span
    start, end = words[0][0], words[-1][1]
    last = words[-1][2]
    cut = max(last.rfind(c) for c in _APOSTROPHES)
    if language in APOSTROPHE_SUFFIX_LANGUAGES and cut > 0 and last[:1].isupper():
        end = words[-1][0] + cut
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".)":
        end -= 1
    return (start, end) if end > start else span


def before_adverbial_parts(text: str, lo: int, end: int, language: str) -> int:
    """Where the subject's part ends when adverbial parts set off by commas stand between
    it and ``end`` (module docstring): the comma before the first of them; ``end``
    itself when the part before ``end`` is no adverbial one or nothing would be left.

    Parameters
    ----------
    text : str
        The text (quoted spans masked).
    lo, end : int
        The clause before the quote: ``text[lo:end]``.
    language : str
        The body's language code (:data:`ADVERBIAL_ENDINGS_BY_LANGUAGE`).

    Returns
    -------
    int
        The offset the speaker's phrase ends at.
    """
    endings = ADVERBIAL_ENDINGS_BY_LANGUAGE.get(language)
    if not endings:
        return end
    cut = end
    while True:
        head = text[lo:cut].rstrip().rstrip(",").rstrip()
        comma = head.rfind(",")
        if comma <= 0:
            return _before_unset_part(text, lo, cut, head, endings)
        words = head[comma + 1 :].split()
        if not words or not words[-1].islower() or not words[-1].endswith(endings):
            return cut
        cut = lo + comma


def _before_unset_part(text: str, lo: int, cut: int, head: str, endings: tuple[str, ...]) -> int:
    """Where the subject ends when an adverbial part follows it with no comma before
    the part ("Meclis üyesi Fatma Kaya ise projenin maliyetine dikkat çekerek, "…""):
    right after the clause's last capitalised word, when every word after it is in
    lower case and the last ends with an adverbial ending; ``cut`` otherwise."""
    words = list(re.finditer(r"\S+", head))
    if len(words) < 2 or not words[-1][0].islower() or not words[-1][0].endswith(endings):
        return cut
    names = [i for i, w in enumerate(words) if w[0][:1].isupper()]
    if not names or names[-1] == len(words) - 1:
        return cut
    if not all(w[0].islower() for w in words[names[-1] + 1 :]):
        return cut
    return lo + words[names[-1]].end()
