"""Speaker phrases next to a verb of saying, in the languages of :mod:`.languages`.

A speaker is the noun phrase after the verb ("dijo el alcalde Tomás Ibarra", "säger
Anna Berg till tidningen" gives "Anna Berg") or before it ("La concejala Marta Soler
afirmó", "Giulia Ferri, ha spiegato"). Rules: "Attribution in other languages" in
docs/quotes.md.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import islice, pairwise

from analysis.clean.cldr_months import CLDR_WEEKDAY_NAMES
from analysis.stats.quotes.affiliations import name_before_van
from analysis.stats.quotes.languages import (
    ABLATIVE_ENDINGS_BY_LANGUAGE,
    ADDRESSEE_DETERMINERS_BY_LANGUAGE,
    ADDRESSEE_ELISIONS_BY_LANGUAGE,
    ADDRESSEE_PREFIXES_BY_LANGUAGE,
    ADDRESSEE_PREPOSITIONS_BY_LANGUAGE,
    ADJUNCT_PREPOSITIONS_BY_LANGUAGE,
    AGENT_POSTPOSITIONS_BY_LANGUAGE,
    DATIVE_ADDRESSEES_BY_LANGUAGE,
    DATIVE_PREFIXES_BY_LANGUAGE,
    DAY_PREPOSITIONS_BY_LANGUAGE,
    DETERMINERS_BY_LANGUAGE,
    ERGATIVE_ENDINGS_BY_LANGUAGE,
    GENITIVE_DETERMINERS_BY_LANGUAGE,
    GENITIVE_POSTPOSITIONS_BY_LANGUAGE,
    JOINED_AGENT_LANGUAGES,
    JOINERS_BY_LANGUAGE,
    LOCATIVE_SPEAKERS_BY_LANGUAGE,
    MANNER_PHRASES_BY_LANGUAGE,
    MEDIA_NOUNS_BY_LANGUAGE,
    NAMING_JOINERS_BY_LANGUAGE,
    PHRASE_STOPS_BY_LANGUAGE,
    PRONOUNS_BY_LANGUAGE,
    REPORTING_VERBS_BY_LANGUAGE,
    ROLE_COMPLEMENT_PREPOSITIONS_BY_LANGUAGE,
    SKIPPED_BY_LANGUAGE,
    SURNAME_CONJUNCTIONS_BY_LANGUAGE,
    TIME_WORDS_BY_LANGUAGE,
    VERB_SECOND_LANGUAGES,
)
from analysis.stats.quotes.languages_more import (
    ACCORDING_TO_GENITIVES_BY_LANGUAGE,
    JOINED_AND_BY_LANGUAGE,
    NAME_FIRST_LANGUAGES,
    NOUNS_CAPITALISED,
)
from analysis.stats.quotes.languages_regional import (
    CIRCUMPOSITION_MAX_WORDS,
    CIRCUMPOSITIONS_BY_LANGUAGE,
    GENITIVE_PREFIXES_BY_LANGUAGE,
    LOCATIVE_ENDINGS_BY_LANGUAGE,
    OBLIQUE_ENDINGS_BY_LANGUAGE,
    REFLEXIVE_POSSESSIVES_BY_LANGUAGE,
)
from analysis.stats.quotes.role_nouns import (
    ACADEMIC_TITLES,
    CAPITALISED_TITLES_BY_LANGUAGE,
    PERSONAL_TITLES_BY_LANGUAGE,
    ROLE_NOUNS_BY_LANGUAGE,
)
from analysis.stats.quotes.speaker_names import _PARTICLES, speaker_name
from analysis.stats.quotes.subject_clauses import speaker_without_clauses
from analysis.text import is_lower_case, is_upper_case, opens_upper_case
from analysis.text.patterns import COMBINING_MARK

#: A word: letters or digits, with inner hyphens and apostrophes ("48-Jährige",
#: "l'assessora"), the combining marks written on its letters (Devanagari's vowel
#: signs: "महापौर"), Persian's zero-width non-joiner ("می‌گوید") and a Hebrew
#: acronym's gershayim between two Hebrew letters ('יו"ר', "מנכ״ל").
WORD_RE = re.compile(
    rf"\w(?:(?:[\w'’\u200c\u200d\u05be-]|{COMBINING_MARK}|(?<=[\u05d0-\u05ea])[\"״](?=[\u05d0-\u05ea]))*"
    rf"(?:\w|{COMBINING_MARK}))?"
)
#: A comma, Latin or Arabic ("شهردار نوآباد، علی رضایی، گفت").
COMMAS = ",،"
#: The longest speaker phrase, in words (as the English rules).
MAX_PHRASE_WORDS = 8
#: Characters read on the speaker's side of a verb: eight words and what may stand
#: between them and the verb. A cost bound: a clause that runs on for thousands of
#: quotes (a glued page) is not read again for each of them.
PHRASE_WINDOW = 300

_EMPTY: frozenset[str] = frozenset()


def _is_capitalised(word: str) -> bool:
    """An upper-case first letter, or a letter of a script without case (Arabic,
    Hebrew, Devanagari), where any word may be a name; after a hyphen too ("Yang
    di-Pertua")."""
    first = word.rpartition("-")[2][:1] or word[:1]
    return (
        opens_upper_case(word)
        or opens_upper_case(first)
        or (first.isalpha() and not is_lower_case(first))
    )


def _caseless_role(word: str, language: str) -> bool:
    """A role noun of a script without case ("مدير"), which its letters cannot tell
    from a name: the phrase it opens may take an appositive name."""
    return not opens_upper_case(word) and word in ROLE_NOUNS_BY_LANGUAGE.get(language, _EMPTY)


def _title_opener(word: str, language: str) -> bool:
    """A function word written with a capital after the verb: it opens a title, not a
    name ("kata Yang Dipertua Majlis ..., Encik X"), which may take an appositive name."""
    return opens_upper_case(word) and word.lower() in PHRASE_STOPS_BY_LANGUAGE.get(language, _EMPTY)


def is_abbreviation(word: str) -> bool:
    """Whether a period after ``word`` may stand inside a phrase: a word of one or two
    letters, its combining marks apart (a title's abbreviation: "डॉ.", "Dr."); in the
    Arabic script one letter ("د." for doctor, "م." for engineer), where a word of two
    letters ends many a sentence (Persian "شد.", became; review h285: "... وارد سالن شد.
    X به خبرنگاران گفت" gave the speaker "... وارد سالن شد. X").

    Parameters
    ----------
    word : str
        A word, without its period.

    Returns
    -------
    bool
        True for one or two letters (one in the Arabic script).
    """
    letters = sum(c.isalpha() for c in word)
    if letters == 2 and all("\u0600" <= c <= "\u06ff" for c in word if c.isalpha()):
        return False
    if letters == 2 and _brahmic_syllables(word) > 1:
        return False  # Marathi "आहे." (is) ends a sentence; "प्रा." is one syllable
    return 0 < letters <= 2


#: The scripts of India and Sri Lanka (Devanagari to Sinhala), whose letters carry their
#: vowels as combining signs and join consonants with a virama.
_BRAHMIC = ("\u0900", "\u0dff")


def _brahmic_syllables(word: str) -> int:
    """How many syllables a word of a Brahmic script holds (a letter next to a virama
    joins the syllable before it: "प्रा" one, Telugu "ఎస్" one); 0 for a word of another
    script."""
    if not any(_BRAHMIC[0] <= c <= _BRAHMIC[1] for c in word):
        return 0
    count, joined = 0, False
    if len(word) > 2 and _is_virama(word[-1]):
        word = word[:-2]  # a closing consonant, its vowel killed ("ఎస్")
    for c in word:
        if c in "\u200c\u200d":
            continue  # a joiner keeps the virama's join ("ශ්‍රී")
        if c.isalpha() and not joined:
            count += 1
        joined = _is_virama(c)
    return count


def _is_virama(char: str) -> bool:
    return unicodedata.name(char, "").endswith(("VIRAMA", "SIGN AL-LAKUNA"))


def is_name_word(word: str) -> bool:
    """Whether ``word`` is capitalised and no acronym ("ISU" in "purtătorul de cuvânt
    al ISU" names an office, not a person).

    Parameters
    ----------
    word : str
        A word.

    Returns
    -------
    bool
        True for a capitalised word (or one of a script without case) not in capitals.
    """
    return _is_capitalised(word) and not (len(word) > 1 and is_upper_case(word))


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m[0]) for m in WORD_RE.finditer(text, lo, hi)]


def _accept(
    words: list[tuple[int, int, str]], language: str, source: bool = False
) -> tuple[int, int] | None:
    """The phrase's offsets, once its outer determiners and joiners are trimmed; None
    when nothing else is left (``source``: after "according to", where a noun phrase
    in lower case names the source: "podľa odborov")."""
    closed = DETERMINERS_BY_LANGUAGE.get(language, _EMPTY) | JOINERS_BY_LANGUAGE.get(
        language, _EMPTY
    )
    while words and words[-1][2].lower() in closed:
        words = words[:-1]
    if not any(w.lower() not in closed for _, _, w in words):
        return None
    names_someone = (
        source
        or any(_is_capitalised(w) for _, _, w in words)
        or words[0][2].lower() in DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
        or words[0][2].lower() in ROLE_NOUNS_BY_LANGUAGE.get(language, _EMPTY)
        or (len(words) == 1 and words[0][2].lower() in PRONOUNS_BY_LANGUAGE.get(language, _EMPTY))
    )
    # lower-case words alone may be an adverb ("dodał krótko") or the verb's object
    # ("считают ее слишком простой"): a name, a determiner's phrase, a role noun of a
    # language with no article ("заявил представитель") or a pronoun only
    return (words[0][0], words[-1][1]) if names_someone else None


def _capitalised_role(word: str, language: str) -> bool:
    """Whether ``word`` is a role noun printed with a capital in a language that writes
    its nouns in lower case (an official style: "сказала Міністр фінансів X"): its
    genitive goes on the phrase as after "міністр" ("Міністр фінансів")."""
    return language not in NOUNS_CAPITALISED and word.lower() in ROLE_NOUNS_BY_LANGUAGE.get(
        language, _EMPTY
    )


def _ends_phrase(
    word: str,
    previous: str | None,
    following: str | None,
    language: str,
    genitive_ok: bool = False,
) -> bool:
    """Whether ``word`` cannot go on a phrase whose last word is ``previous``
    (``genitive_ok``: the phrase opened with a determiner and holds no other one, so a
    German genitive may follow its noun: "der Sprecher des Ministeriums")."""
    low = word.lower()
    if previous is None and low in DETERMINERS_BY_LANGUAGE.get(language, _EMPTY):
        return False  # "disse a ministra": an article opens the phrase
    if low in PHRASE_STOPS_BY_LANGUAGE.get(language, _EMPTY) and not (
        opens_upper_case(word) and following is not None and _is_capitalised(following)
    ):
        return True  # but a capitalised one opens a title ("kata Yang Berhormat X")
    if low in REPORTING_VERBS_BY_LANGUAGE[language]:
        return True
    if previous is not None and word.startswith(ADDRESSEE_PREFIXES_BY_LANGUAGE.get(language, ())):
        return True  # the person spoken to ("قال X للصحفيين"), not the speaker's
    if previous is not None and _told_medium(word, language):
        return True  # the medium told ("قال X لصحيفة Y"), not the speaker's
    if (
        low in SKIPPED_BY_LANGUAGE.get(language, _EMPTY)
        and low not in (DETERMINERS_BY_LANGUAGE.get(language, _EMPTY))
        and (previous is None or low not in JOINERS_BY_LANGUAGE.get(language, _EMPTY))
    ):
        return True  # an auxiliary or a clitic (the next verb's), not a joiner inside
    if previous is None or _is_capitalised(word):
        return False
    joiners = JOINERS_BY_LANGUAGE.get(language, _EMPTY)
    if low in joiners:
        # "de Vries" between names, "van der Merwe"; "de la cooperativa" after a noun;
        # after a name, a joiner before a lower-case word opens an adjunct ("Иван
        # Петров на журналистите")
        if following is not None and _is_capitalised(previous):
            return not (_is_capitalised(following) or following.lower() in joiners)
        return following is None
    if _is_capitalised(previous) and low.endswith(ERGATIVE_ENDINGS_BY_LANGUAGE.get(language, ())):
        return False  # the role after the name carries the subject's case (Basque "Miren
        # Etxeberria alkateak": the mayor, in the ergative)
    if (
        _is_capitalised(previous)
        and low not in DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
        and language not in NAME_FIRST_LANGUAGES
        and not _capitalised_role(previous, language)
    ):
        return True  # a name ends before a lower-case word ("sagte Hahn knapp")
    if (
        genitive_ok
        and low in GENITIVE_DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
        and following is not None
        and (_is_capitalised(following) or language not in NOUNS_CAPITALISED)
        and following.lower() not in MEDIA_NOUNS_BY_LANGUAGE.get(language, _EMPTY)
    ):
        # the role's genitive, not its object: "ein Sprecher der Stadt", "ο πρόεδρος
        # του συλλόγου Αντώνης Μαυρίδης"
        return False
    if low in DETERMINERS_BY_LANGUAGE.get(language, _EMPTY):
        # a determiner opens a phrase, or follows a joiner ("de la"); after a noun it
        # opens another phrase ("sagte Lang der Zeitung")
        return previous.lower() not in JOINERS_BY_LANGUAGE.get(language, _EMPTY)
    # the finite verb after a fronted phrase, its subject after it: "volgens de
    # gemeente kost de reparatie", "enligt polisen kostar det"
    return (
        language in VERB_SECOND_LANGUAGES
        and following is not None
        and following.lower() in DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
    )


def _told_medium(word: str, language: str) -> bool:
    """Whether ``word`` is a medium's noun written joined to "to" (Arabic "لصحيفة", to
    the newspaper: :data:`DATIVE_PREFIXES_BY_LANGUAGE`)."""
    media = MEDIA_NOUNS_BY_LANGUAGE.get(language, _EMPTY)
    return any(
        word.startswith(prefix) and word[len(prefix) :] in media
        for prefix in DATIVE_PREFIXES_BY_LANGUAGE.get(language, ())
    )


def phrase_after(
    text: str, start: int, stop: int, language: str, adverb: bool = True, source: bool = False
) -> tuple[int, int] | None:
    """The speaker phrase that follows a verb of saying ending at ``start``.

    Parameters
    ----------
    text : str
        The text (a line, quoted spans masked).
    start, stop : int
        Where the phrase may lie: from the verb's end to the end of its clause.
    language : str
        A code of :data:`~analysis.stats.quotes.languages.REPORTING_VERBS_BY_LANGUAGE`.
    adverb : bool
        Whether a lone lower-case word that names nobody may be stepped over (an
        adverb before the subject: "απάντησε χαμογελώντας η Αντωνίου"), once.
    source : bool
        Whether the phrase follows "according to", which takes a noun: a phrase in
        lower case is then the source, not an adverb ("podľa odborov").

    Returns
    -------
    tuple of int or None
        Offsets into ``text``; None when no noun phrase follows (a pro-drop verb,
        "– dodał.").
    """
    words = _words(text, start, min(stop, start + PHRASE_WINDOW))
    if source and words:
        words[0] = _without_genitive_prefix(words[0], language)
        if len(words) > 1 and words[0][2] in ACCORDING_TO_GENITIVES_BY_LANGUAGE.get(
            language, _EMPTY
        ):
            words.pop(0)  # "לדבריו של X": in his words, of X
        start = max(start, words[0][0])
    # a reflexive clitic or a time word between the verb and its subject ("skarży się
    # pani X", "explicaba ayer el vecino X")
    passed = (
        SKIPPED_BY_LANGUAGE.get(language, _EMPTY) - DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
    ) | TIME_WORDS_BY_LANGUAGE.get(language, _EMPTY)
    at = start
    while words and not text[at : words[0][0]].strip() and words[0][2].lower() in passed:
        at = words.pop(0)[1]
    while not source and words and not text[at : words[0][0]].strip():
        # the day, then the person or medium spoken to, before the subject ("заявил в
        # понедельник X", "aseguró a este diario X", "заявил в четверг журналистам X")
        stepped = (
            _day_words(words, language)
            or _addressee_words(text, words, language)
            or _manner_words(words, language)
            or _occasion_words(words, language)
            or _medium_words(words, language)
        )
        if not stepped or any(text[a[1] : b[0]].strip() for a, b in pairwise(words[:stepped])):
            break
        for _ in range(stepped):
            at = words.pop(0)[1]
    opening_words = DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
    taken: list[tuple[int, int, str]] = []
    titles = PERSONAL_TITLES_BY_LANGUAGE.get(language, _EMPTY) | ACADEMIC_TITLES
    for index, (a, b, word) in enumerate(words):
        between = text[at:a].strip()
        if (
            between
            and not (
                between == "."
                and taken
                and (taken[-1][2].lower() in titles or is_abbreviation(taken[-1][2]))
            )
        ) or (len(taken) == MAX_PHRASE_WORDS):
            break  # punctuation, a bracket or a mark ends it, not a title's period ("Bw. X")
        following = words[index + 1][2] if index + 1 < len(words) else None
        determiners = [w for _, _, w in taken if w.lower() in opening_words]
        genitive_ok = len(determiners) == 1 and taken[0][2] == determiners[0]
        previous = taken[-1][2] if taken else None
        if _ends_phrase(word, previous, following, language, genitive_ok):
            break
        taken.append((a, b, word))
        at = b
    if endings := ERGATIVE_ENDINGS_BY_LANGUAGE.get(language):
        # the subject's phrase ends with its last word in the ergative
        marked = [index for index, (_, _, word) in enumerate(taken) if word.endswith(endings)]
        if marked:
            taken = taken[: marked[-1] + 1]
    if (
        language in NAME_FIRST_LANGUAGES
        and len(taken) >= 2
        and is_lower_case(taken[0][2])
        and taken[0][2] not in opening_words
        and text[taken[0][1] : taken[1][0]].isspace()
        and is_name_word(taken[1][2])
    ):
        taken = taken[1:]  # the role follows the name there: an adverb ("felelte nevetve X")
    role = taken and (
        not any(is_name_word(w) for _, _, w in taken)
        or _complement_names_only(taken, language)
        or _caseless_role(taken[0][2], language)
        or (
            _title_opener(taken[0][2], language)
            and not any(
                w.lower() in PERSONAL_TITLES_BY_LANGUAGE.get(language, _EMPTY) for _, _, w in taken
            )
        )
    )
    if role or (
        taken
        and (
            (language in NOUNS_CAPITALISED and taken[0][2].lower() in opening_words)
            or _titled_appositive(text, at, stop, language)
        )
    ):  # a role with no name: "la directora", in German "der Sprecher des Ministeriums";
        # a person's title after the comma names the person ("Mkuu wa Wilaya, Bi. X")
        complement = _complement_and_name(text, at, stop, language) if role else []
        taken += complement or _appositive_name(text, at, stop, language)
    elif taken and taken[0][2].lower() in CAPITALISED_TITLES_BY_LANGUAGE.get(language, _EMPTY):
        taken += _name_after_title(text, at, stop, language)
    found = _accept(taken, language, source) if taken else None
    if found is None and len(taken) == 1 and adverb:
        # an adverb between the verb and its subject ("απάντησε χαμογελώντας η X")
        return phrase_after(text, taken[0][1], stop, language, adverb=False)
    return _without_dutch_place(text, found, language)


def _without_dutch_place(
    text: str, found: tuple[int, int] | None, language: str
) -> tuple[int, int] | None:
    """``found`` without the place or body after a Dutch name's "van" ("Geert Bos van
    Oostwold" gives "Geert Bos": :func:`.affiliations.name_before_van`)."""
    if found is None or language != "nl":
        return found
    cut = name_before_van(text[found[0] : found[1]], _PARTICLES)
    return found if cut is None else (found[0], found[0] + cut)


#: Letters a weekday's inflected form may differ in at its end ("среду" of "среда",
#: "sobotę" of "sobota"), and the fewest letters it must share with the name.
_DAY_ENDING = 2
_DAY_STEM = 4


@cache
def _weekdays(language: str) -> tuple[str, ...]:
    """The weekday names of ``language`` (:data:`~analysis.clean.cldr_months.
    CLDR_WEEKDAY_NAMES`, lower case; the modifier letter apostrophe read as "'")."""
    return tuple(" ".join(CLDR_WEEKDAY_NAMES.get(language, ())).replace("\u02bc", "'").split())


def _is_weekday(word: str, language: str, inflected: bool) -> bool:
    """Whether ``word`` is a weekday's name of ``language``, printed as the language
    prints it (lower case but in German: "Marta", "Martín" are no "martes"); with
    ``inflected``, in a case form too (the name without its last two letters, four at
    least, then at most three letters: "среду", "środę", not "второй" of "вторник")."""
    if not (word.islower() or (language in NOUNS_CAPITALISED and word[1:].islower())):
        return False
    low = word.lower().replace("\u2019", "'").replace("\u02bc", "'")
    names = _weekdays(language)
    if not inflected:
        return low in names
    stems = (name[: max(_DAY_STEM, len(name) - _DAY_ENDING)] for name in names)
    return any(low.startswith(s) and len(low) <= len(s) + _DAY_ENDING + 1 for s in stems)


def _day_words(words: list[tuple[int, int, str]], language: str) -> int:
    """How many of ``words`` (those right after a verb of saying) tell the day: a
    weekday's name ("lundi"), or one in a case form after a preposition or determiner
    of :data:`DAY_PREPOSITIONS_BY_LANGUAGE` ("в среду", "este martes", "am Montag");
    0 when none, or when no word follows them."""
    lead = int(bool(words) and words[0][2] in DAY_PREPOSITIONS_BY_LANGUAGE.get(language, _EMPTY))
    if len(words) <= lead + 1 or not _is_weekday(words[lead][2], language, bool(lead)):
        return 0
    return lead + 1


#: The fewest capitalised words after "to" that hold both a medium and a name: a one-word
#: agency or paper (Lusa, EFE, Reuters) and a name of at least two words.
_MEDIUM_AND_NAME_WORDS = 3


def _addressee_words(text: str, words: list[tuple[int, int, str]], language: str) -> int:
    """How many of ``words`` (those right after a verb of saying) name the person or
    medium spoken to: a dative of :data:`DATIVE_ADDRESSEES_BY_LANGUAGE` ("заявил
    журналистам X"), or a preposition of :data:`ADDRESSEE_PREPOSITIONS_BY_LANGUAGE`, its
    determiners and then one noun ("a este diario X", "a los periodistas la alcaldesa X",
    "à l'AFP la maire X") or a capitalised name ("a Radio Norte el alcalde"), or, in a
    language of those datives, an acronym before a name or a role ("powiedział PAP wójt
    X", "сообщил ТАСС глава X"); 0 when no word follows them (no subject after them:
    "aseguró a este diario.")."""
    if not words:
        return 0
    first = words[0][2]
    datives = DATIVE_ADDRESSEES_BY_LANGUAGE.get(language, _EMPTY)
    if first.lower() in datives:
        return 1 if len(words) > 1 else 0
    if datives and len(first) > 1 and is_upper_case(first) and len(words) > 1:
        # an agency's or a paper's acronym in the dative ("powiedział PAP wójt X",
        # "сообщил ТАСС глава X"), when a name or a role follows: not the speaker
        following = words[1][2]
        if _is_capitalised(following) or following in ROLE_NOUNS_BY_LANGUAGE.get(language, _EMPTY):
            return 1
        return 0
    elided = first.startswith(ADDRESSEE_ELISIONS_BY_LANGUAGE.get(language, ()))
    if not elided and first not in ADDRESSEE_PREPOSITIONS_BY_LANGUAGE.get(language, _EMPTY):
        return 0  # lower case only: a capitalised "A" opens a name or a title
    determiners = DETERMINERS_BY_LANGUAGE.get(language, _EMPTY) | (
        ADDRESSEE_DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
    )
    taken = 1
    while not elided and taken < len(words) and words[taken][2].lower() in determiners:
        taken += 1
    if elided:
        # "all'ANSA Giuseppe Amato": the preposition and article joined to the medium's
        # first word, which opens the capitalised run ("all'agenzia X": that one noun)
        medium = first.replace("\u2019", "'").partition("'")[2]
        taken = 0 if _is_capitalised(medium) else 1
    if taken < len(words) and (taken == 0 or _is_capitalised(words[taken][2])):
        run = taken
        while taken < len(words) and (taken == 0 or _is_capitalised(words[taken][2])):
            taken += 1
        if taken - run >= _MEDIUM_AND_NAME_WORDS and (
            taken >= len(words) or text[words[taken - 1][1] : words[taken][0]].strip()
        ):
            # "disse à Lusa Joaquim Pereira, agricultor": the capitalised run holds the
            # medium and the subject's name; the medium is its first word
            taken = run + 1
    elif not elided:
        taken += 1
    if taken >= len(words) or any(
        text[a_end:b_start].strip()
        for (_, a_end, _), (b_start, _, _) in pairwise(words[: taken + 1])
    ):
        return 0  # punctuation inside it, or no subject after it
    return taken


#: Prepositions of an occasion ("during", Polish "na": at) that open an adjunct between a
#: verb of saying and its subject in council and match reports ("mówiła podczas sesji
#: burmistrz X", "dijo durante el pleno la alcaldesa X"), lower case.
OCCASION_PREPOSITIONS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "pl": frozenset({"podczas", "na"}),
    "es": frozenset({"durante"}),
    "pt": frozenset({"durante"}),
    "it": frozenset({"durante"}),
}


def _occasion_words(words: list[tuple[int, int, str]], language: str) -> int:
    """How many of ``words`` (those right after a verb of saying) tell the occasion: a
    preposition of :data:`OCCASION_PREPOSITIONS_BY_LANGUAGE`, its determiners and one
    lower-case noun, when a determiner, a role noun or a capitalised word follows (the
    subject: "podczas sesji burmistrz X", "durante el pleno la alcaldesa X"); 0
    otherwise."""
    if not words or words[0][2] not in OCCASION_PREPOSITIONS_BY_LANGUAGE.get(language, _EMPTY):
        return 0
    determiners = DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
    taken = 1
    while taken < len(words) and words[taken][2].lower() in determiners:
        taken += 1
    if taken + 1 >= len(words) or not is_lower_case(words[taken][2]):
        return 0
    following = words[taken + 1][2]
    if (
        following.lower() in determiners
        or following in ROLE_NOUNS_BY_LANGUAGE.get(language, _EMPTY)
        or _is_capitalised(following)
    ):
        return taken + 1
    return 0


#: Prepositions of the medium a quote was given on, between a verb of saying and its
#: subject in broadcasters' and agencies' copy ("a expliqué sur franceinfo le directeur
#: X", "dijo en la Cadena SER el ministro X", "afirmou na RTP o ministro X"), lower case.
MEDIUM_PREPOSITIONS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "fr": frozenset({"sur"}),
    "es": frozenset({"en"}),
    "pt": frozenset({"em", "na", "no"}),
    "it": frozenset({"su", "sulla", "sul"}),
}

#: The most capitalised words of a medium's name after its preposition ("France Inter",
#: "Cadena SER", "Radio Renascença Lisboa").
MEDIUM_NAME_WORDS = 3


def _medium_words(words: list[tuple[int, int, str]], language: str) -> int:
    """How many of ``words`` (those right after a verb of saying) name the medium the
    quote was given on: a preposition of :data:`MEDIUM_PREPOSITIONS_BY_LANGUAGE`, its
    determiners, then one lower-case word ("sur franceinfo") or up to
    :data:`MEDIUM_NAME_WORDS` capitalised ones ("sur France Inter"), when a determiner
    follows (the subject's: "le directeur X"); 0 otherwise, so a name after the medium
    is never cut from it."""
    if not words or words[0][2] not in MEDIUM_PREPOSITIONS_BY_LANGUAGE.get(language, _EMPTY):
        return 0
    determiners = DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
    taken = 1
    while taken < len(words) and words[taken][2].lower() in determiners:
        taken += 1
    if taken < len(words) and is_lower_case(words[taken][2][:1]):
        taken += 1
    else:
        run = taken
        while (
            taken < len(words)
            and taken - run < MEDIUM_NAME_WORDS
            and _is_capitalised(words[taken][2])
            and words[taken][2].lower() not in determiners
        ):
            taken += 1
        if taken == run:
            return 0
    if taken + 1 < len(words) and words[taken][2] in determiners:
        return taken
    return 0


def _manner_words(words: list[tuple[int, int, str]], language: str) -> int:
    """How many of ``words`` (those right after a verb of saying) tell how the quote was
    given (:data:`MANNER_PHRASES_BY_LANGUAGE`: "заявил по телефону X", "afirmó por
    teléfono X"); 0 when none, or when no word follows them."""
    for phrase in MANNER_PHRASES_BY_LANGUAGE.get(language, ()):
        if len(words) > len(phrase) and all(
            w.lower() == p for (_, _, w), p in zip(words, phrase, strict=False)
        ):
            return len(phrase)
    return 0


def _without_genitive_prefix(word: tuple[int, int, str], language: str) -> tuple[int, int, str]:
    """A word after "according to" without the genitive prefix joined to it before a
    name or a hyphen (Zulu "ngokusho kukaNkk X": "Nkk"; "kuka-Sipho": "Sipho")."""
    _, b, text = word
    for prefix in GENITIVE_PREFIXES_BY_LANGUAGE.get(language, ()):
        rest = text[len(prefix) :]
        if text.lower().startswith(prefix) and rest[:1] == "-":
            rest = rest[1:]
        elif not (text.lower().startswith(prefix) and opens_upper_case(rest)):
            continue
        return b - len(rest), b, rest
    return word


def _complement_names_only(taken: list[tuple[int, int, str]], language: str) -> bool:
    """Whether the phrase is a role whose capitalised words all stand in its complement
    after a joining word ("o alcalde de Portomeiro", "la directora del Museo Naval"): it
    names a place or a body, not the person, who may follow in apposition."""
    joiners = JOINERS_BY_LANGUAGE.get(language, _EMPTY)
    if not taken or _is_capitalised(taken[0][2]):
        return False
    first_joiner = next((i for i, (_, _, w) in enumerate(taken) if w.lower() in joiners), None)
    if first_joiner is None or first_joiner == 0:
        return False
    return not any(is_name_word(w) for _, _, w in taken[:first_joiner])


def _titled_appositive(text: str, at: int, stop: int, language: str) -> bool:
    """Whether an appositive opening with a person's title follows the phrase ending at
    ``at`` (", Bi. Amina Salim")."""
    comma = _APPOSITIVE_RE.match(text, at, stop)
    first = WORD_RE.match(text, comma.end(), stop) if comma else None
    titles = PERSONAL_TITLES_BY_LANGUAGE.get(language, _EMPTY)
    return first is not None and first[0].lower() in titles


_APPOSITIVE_RE = re.compile(rf"[{COMMAS}]\s+")


def _role_before_complement(
    text: str,
    lo: int,
    words: list[tuple[int, int, str]],
    taken: list[tuple[int, int, str]],
    language: str,
) -> list[tuple[int, int, str]]:
    """``taken`` (read back from a verb up to the preposition ending ``words``) with the
    role and the preposition before it, when the preposition opens a role's complement
    (:data:`ROLE_COMPLEMENT_PREPOSITIONS_BY_LANGUAGE`) and one to three words before it
    open the clause ("Председатель комитета по транспорту Иван Гуськов"); [] otherwise."""
    for opening in ROLE_COMPLEMENT_PREPOSITIONS_BY_LANGUAGE.get(language, ()):
        # the preposition ended the phrase; its other words ("питань" of "з питань")
        # may have been taken into it
        inside = next(
            (
                k
                for k in range(len(opening))
                if tuple(w.lower() for _, _, w in taken[:k]) == opening[len(opening) - k :]
                and tuple(w.lower() for _, _, w in words[len(words) - len(opening) + k :])
                == opening[: len(opening) - k]
            ),
            None,
        )
        cut = len(words) - len(opening) + (inside or 0)
        if inside is None or cut < 1 or len(taken) <= inside:
            continue
        role = [w for w in words[max(0, cut - _COMPLEMENT_WORDS) : cut] if w[0] >= lo]
        run = [*role, *words[cut:], *taken[: inside + 1]]
        if text[lo : run[0][0]].strip() or any(text[a[1] : b[0]].strip() for a, b in pairwise(run)):
            continue  # the role must open the clause, spaces only between its words
        return [*role, *words[cut:], *taken]
    return []


def _without_day(
    words: list[tuple[int, int, str]], taken: list[tuple[int, int, str]], language: str
) -> list[tuple[int, int, str]]:
    """``taken`` without the weekday opening it after a preposition of the day ("в" of
    "В пятницу X"), which ends ``words``."""
    preposition = words[-1][2].lower()
    if (
        len(taken) > 1
        and preposition in DAY_PREPOSITIONS_BY_LANGUAGE.get(language, _EMPTY)
        and _is_weekday(taken[0][2], language, inflected=True)
    ):
        return taken[1:]
    return taken


#: The most lower-case words of a role's complement before the name.
_COMPLEMENT_WORDS = 3


def _complement_and_name(
    text: str, at: int, stop: int, language: str
) -> list[tuple[int, int, str]]:
    """The complement a role phrase ending at ``at`` goes on with and the name after it
    (:data:`ROLE_COMPLEMENT_PREPOSITIONS_BY_LANGUAGE`: "по транспорту Иван Гуськов"
    after "председатель комитета", "alla Mobilità Chiara Neri" after "l'assessore"):
    the preposition, at most three lower-case words, then the capitalised words of the
    name, spaces only between them; or, with no lower-case word, a capitalised
    portfolio word and a name of at least one more; nothing when no name follows ("по
    телефону", "al telefono")."""
    words = _words(text, at, stop)
    for opening in ROLE_COMPLEMENT_PREPOSITIONS_BY_LANGUAGE.get(language, ()):
        head = [w.lower() for _, _, w in words[: len(opening)]]
        if tuple(head) != opening:
            continue
        taken = words[: len(opening)]
        rest = words[len(opening) :]
        lower = 0
        while lower < min(len(rest), _COMPLEMENT_WORDS) and is_lower_case(rest[lower][2]):
            lower += 1
        portfolio = 0 if lower else 1  # "alla Mobilità": the complement's capitalised noun
        name = []
        for word in rest[lower:]:
            if not _is_capitalised(word[2]) or len(name) == 3 + portfolio:
                break
            name.append(word)
        if len(name) <= portfolio:
            return []
        taken += rest[:lower] + name
        ends = [at] + [b for _, b, _ in taken]
        if any(text[end : word[0]].strip() for end, word in zip(ends, taken, strict=False)):
            return []  # punctuation inside: no complement of this role
        return taken
    return []


#: The most capitalised words of an appositive name (a title, two given names and a
#: surname: "Encik Ola Brekke bin Yusof"; joiners apart).
_APPOSITIVE_NAME_WORDS = 4


def _appositive_name(text: str, at: int, stop: int, language: str) -> list[tuple[int, int, str]]:
    """The name a role is followed by between commas ("explicaba la gerente, Carmen
    Lozano, durante ..."): up to four capitalised words that a punctuation mark or the
    clause's end closes, with joiners between them (:data:`JOINERS_BY_LANGUAGE`, a
    determiner after one: "Ana Belén de la Torre", "Encik Ola Brekke bin Yusof";
    the conjunction of two surnames, :data:`SURNAME_CONJUNCTIONS_BY_LANGUAGE`:
    "Jordi Vall i Roca"), which the four do not count; nothing otherwise."""
    comma = _APPOSITIVE_RE.match(text, at, stop)
    if comma is None:
        return []
    joiners = JOINERS_BY_LANGUAGE.get(language, _EMPTY)
    inside = joiners | SURNAME_CONJUNCTIONS_BY_LANGUAGE.get(language, _EMPTY)
    determiners = DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
    stops = PHRASE_STOPS_BY_LANGUAGE.get(language, _EMPTY)
    titles = PERSONAL_TITLES_BY_LANGUAGE.get(language, _EMPTY)
    name: list[tuple[int, int, str]] = []
    end = comma.end()
    for a, b, word in _words(text, comma.end(), stop):
        between = text[end:a].strip()
        capitals = sum(1 for _, _, w in name if _is_capitalised(w))
        if (between and not (between == "." and name and _abbreviated(name[-1][2], titles))) or (
            capitals == _APPOSITIVE_NAME_WORDS and _is_capitalised(word)
        ):
            break
        low = word.lower()
        joined = bool(name) and (
            low in inside or (low in determiners and name[-1][2].lower() in joiners)
        )
        if not joined and (
            low in stops or not (_is_capitalised(word) or (not name and low in titles))  # "uMnu X"
        ):
            return []  # a preposition opens an adjunct, not a name ("، في ...")
        name.append((a, b, word))
        end = b
    follows = text[end:stop].lstrip()[:1]
    if not name or not _is_capitalised(name[-1][2]) or (follows and follows.isalnum()):
        return []
    return [(comma.start(), comma.start() + 1, comma[0][0]), *name]


def _abbreviated(word: str, titles: frozenset[str]) -> bool:
    """Whether a name's word before a period is a title or an initial ("Dr.", "H.
    Ahmad Fauzi"): the period ends no sentence there."""
    return word.lower() in titles or (len(word) == 1 and word.isupper())


def _name_after_title(text: str, at: int, stop: int, language: str) -> list[tuple[int, int, str]]:
    """The appositive name after a capitalised title's phrase ("kata Wali Kota Tanjung
    Sari, Hendra Gunawan, Senin"): :func:`_appositive_name` when it holds two words or
    more, none a weekday and the first no title (not "…, Senin (2/12)", nor a second
    office, "…, Kepala Dinas X"); nothing otherwise."""
    found = _appositive_name(text, at, stop, language)
    name = [word.lower() for _, _, word in found[1:]]
    if (
        len(name) < 2
        or name[0] in CAPITALISED_TITLES_BY_LANGUAGE.get(language, _EMPTY)
        or any(word in _weekdays(language) for word in name)
    ):
        return []
    return found


def _name_particle(
    text: str, words: list[tuple[int, int, str]], start: int, word: str, language: str
) -> bool:
    """Whether a determiner taken into a phrase is a name's particle, written in lower
    case between a capitalised given name and the surname ("Joost de Wit zei", not "de
    Wit"), in a language that writes its nouns in lower case (a German "der" between
    capitalised nouns is an article)."""
    return (
        word.islower()
        and word in _PARTICLES
        and language not in NOUNS_CAPITALISED
        and bool(words)
        and _is_capitalised(words[-1][2])
        and text[words[-1][1] : start] == " "
    )


def phrase_before(
    text: str, lo: int, end: int, language: str, skip_comma: bool = True
) -> tuple[int, int] | None:
    """The speaker phrase that ends before ``end``, without what describes the speaker
    before the name or follows it as a topic (:func:`.subject_clauses.speaker_without_clauses`:
    Turkish "Dükkânı ... devralan X", "X ise ...", "X'a göre").

    Parameters
    ----------
    text : str
        The text (quoted spans masked).
    lo, end : int
        The clause: the phrase lies in ``text[lo:end]``.
    language : str
        A code of :data:`~analysis.stats.quotes.languages.REPORTING_VERBS_BY_LANGUAGE`.
    skip_comma : bool
        Whether a comma right before ``end`` may be stepped over.

    Returns
    -------
    tuple of int or None
        Offsets into ``text``, or None.
    """
    found = _phrase_before(text, lo, end, language, skip_comma)
    relatives = RELATIVE_PRONOUNS_BY_LANGUAGE.get(language)
    if found is not None and relatives and text[found[0] :].split(None, 1)[0] in relatives:
        # "أما X، التي تبيع ...، فقالت", "Ein Mitarbeiter, der nicht genannt werden
        # wollte, sagte": a relative clause about the speaker named before its comma
        comma = max(text.rfind(c, lo, found[0]) for c in COMMAS)
        found = _phrase_before(text, lo, comma, language, False) if comma > lo else None
    elif found is None and relatives and skip_comma:
        found = _before_relative_clause(text, lo, end, language, relatives)
    found = _before_relative_marker(text, lo, end, found, language)
    if found is not None:
        found = _with_role_before(text, lo, found, language)
    found = _without_dutch_place(text, speaker_without_clauses(text, found, language), language)
    return _without_joined_and(text, found, language)


def _before_relative_clause(
    text: str, lo: int, end: int, language: str, relatives: frozenset[str]
) -> tuple[int, int] | None:
    """The speaker phrase before a relative clause set off by commas right before the
    verb, when the clause reads as no phrase itself ("Посадовець міськради, який
    попросив не називати його імені, розповів", "Urzędnik gminy, który prosił o
    anonimowość, przyznał"): the phrase before the clause's opening comma; None when
    no comma closes the clause at the verb or no relative pronoun opens it."""
    close = text[lo:end].rstrip()
    if not close or close[-1] not in COMMAS:
        return None
    close_at = lo + len(close) - 1
    comma = max(text.rfind(c, lo, close_at) for c in COMMAS)
    if comma <= lo:
        return None
    first = text[comma + 1 : close_at].split(None, 1)
    if not first or first[0] not in relatives:
        return None
    return _phrase_before(text, lo, comma, language, False)


def _before_relative_marker(
    text: str, lo: int, end: int, found: tuple[int, int] | None, language: str
) -> tuple[int, int] | None:
    """``found`` without the relative clause that ends the clause before the verb, opened
    by a word that can only open one (:data:`RELATIVE_MARKERS_BY_LANGUAGE`: "Seorang
    pegawai yang enggan dikenali berkata", "Afisa mmoja ambaye hakutaka kutajwa jina
    alisema", "Een ambtenaar die anoniem wil blijven, zegt"): the speaker is the phrase
    before the marker; ``found`` as it was when no marker stands in the clause after its
    start, or when nothing that reads as a speaker stands before the marker."""
    markers = RELATIVE_MARKERS_BY_LANGUAGE.get(language)
    if not markers:
        return found
    opening = [m for m in WORD_RE.finditer(text, lo, end) if m[0] in markers and m.start() > lo]
    if not opening or (found is not None and found[1] <= opening[-1].start()):
        return found
    marker = opening[-1]
    if any(c in text[marker.end() : end] for c in ".!?:;"):
        return found  # a sentence or a clause of its own after the marker
    before = _phrase_before(text, lo, marker.start(), language, True)
    return before if before is not None else found


def _with_role_before(text: str, lo: int, found: tuple[int, int], language: str) -> tuple[int, int]:
    """``found`` (an appositive name before the verb) with the role that opens the
    clause before it, in a script without case ("شهردار رشت، مهندس X، گفت", "رئيس
    البلدية، X، قال": the role and its name, as a role's appositive name after a verb is
    printed); ``found`` as it was when no role noun of the language opens the clause
    right before its comma, or when :func:`.speaker_names.speaker_name` would not read
    the same person in both (a Persian role it cannot strip)."""
    # read back from the name, never from the clause's start: a glued line of thousands
    # of "Name, role, verb" clauses stays linear
    comma_at = found[0]
    while comma_at > lo and text[comma_at - 1].isspace():
        comma_at -= 1
    comma_at -= 1
    if comma_at < lo or text[comma_at] not in COMMAS:
        return found
    if any(text.rfind(c, lo, comma_at) != -1 for c in COMMAS):
        return found
    words = list(islice(WORD_RE.finditer(text, lo, comma_at), MAX_PHRASE_WORDS + 1))
    if (
        not words
        or len(words) > MAX_PHRASE_WORDS
        or text[lo : words[0].start()].strip()
        or not _caseless_role(words[0][0], language)
        or speaker_name(text[words[0].start() : found[1]]) != speaker_name(text[slice(*found)])
    ):
        return found  # not when speaker lists would read another person (Persian)
    return words[0].start(), found[1]


#: Relative pronouns that open a clause set off by commas after the speaker's name, in
#: a language whose speaker phrase may end with one before the verb (Arabic "التاجرة X،
#: التي تبيع التوابل منذ عشرين عاماً، فقالت").
RELATIVE_PRONOUNS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "ar": frozenset(("الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي")),
    "de": frozenset(("der", "die", "das", "dem", "den", "denen", "dessen", "deren",
                     "welcher", "welche", "welches", "welchem", "welchen")),
    # Ukrainian, Russian and Polish "who / which", in the forms a subject's clause takes
    "uk": frozenset(("який", "яка", "яке", "які", "якого", "якої", "яким", "якій")),
    "ru": frozenset(("который", "которая", "которое", "которые", "которого", "которой",
                     "которому", "которым")),
    "pl": frozenset(("który", "która", "które", "którzy", "którego", "której", "któremu",
                     "którym")),
}  # fmt: skip

#: Words that, after the speaker's noun, can only open a relative clause, by language:
#: Malay and Indonesian "yang" (lower case: "Yang di-Pertua" is a title), Swahili
#: "amba-" with its class agreement (who, which), Dutch "die" / "dat" (a Dutch article
#: is "de" / "het"). German "der" / "die" stand inside a speaker's phrase as genitive
#: articles ("ein Sprecher der Polizei"), so German's are read only after a comma
#: (:data:`RELATIVE_PRONOUNS_BY_LANGUAGE`).
RELATIVE_MARKERS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "ms": frozenset(("yang",)),
    "id": frozenset(("yang",)),
    "sw": frozenset(("ambaye", "ambao", "ambacho", "ambavyo", "ambalo", "ambayo", "ambazo",
                     "ambapo", "ambako")),
    "nl": frozenset(("die", "dat")),
    "so": frozenset(("oo",)),  # Somali "X oo ku nool ...", X who lives in ...
}  # fmt: skip


def _phrase_before(
    text: str, lo: int, end: int, language: str, skip_comma: bool = True
) -> tuple[int, int] | None:
    """The speaker phrase that ends before ``end`` (a verb of saying, or a quote that a
    verb after it attributes: Turkish ``X, "..." dedi``).

    Auxiliaries and clitics right before ``end`` are skipped ("ha spiegato"), and then
    one comma: the close of an appositive ("Penerbitnya, Andi Wijaya, mengatakan" gives
    "Andi Wijaya"; the phrase must then open the clause or follow a comma). A role in
    apposition gives the name that opens the clause (:func:`_opening_name`).

    Parameters
    ----------
    text : str
        The text (quoted spans masked).
    lo, end : int
        The clause: the phrase lies in ``text[lo:end]``.
    language : str
        A code of :data:`~analysis.stats.quotes.languages.REPORTING_VERBS_BY_LANGUAGE`.
    skip_comma : bool
        Whether a comma right before ``end`` may be stepped over.

    Returns
    -------
    tuple of int or None
        Offsets into ``text``, or None.
    """
    window = max(lo, end - PHRASE_WINDOW)
    words = _words(text, window, end)
    if window > lo and words and words[0][0] == window and WORD_RE.match(text, window - 1):
        words = words[1:]  # a word the window cuts
    agents = AGENT_POSTPOSITIONS_BY_LANGUAGE.get(language, _EMPTY)
    if language in JOINED_AGENT_LANGUAGES:
        words = _split_joined(words, agents)
    if (marked := [w for w in words[1:] if w[2] in agents]) and marked[-1] is not words[-1]:
        # the subject's postposition ("X ने ज़ोर देकर कहा"): the speaker is before it
        end = marked[-1][0]
        words = words[: words.index(marked[-1])]
    # auxiliaries, clitics and time words between the phrase and the verb ("ha
    # spiegato", "het Dinsdag gesê")
    skipped = SKIPPED_BY_LANGUAGE.get(language, _EMPTY) | TIME_WORDS_BY_LANGUAGE.get(
        language, _EMPTY
    )
    at = end
    while (
        words
        and not text[words[-1][1] : at].strip()
        and (words[-1][2].lower() in skipped or _oblique(words, language))
    ):
        at = words.pop()[0]
    if (bracket := _bracket_before(text, window, at)) is not None:
        # "Gemeinderat Thomas Brandl (Grüne) kritisierte": the party, the age or the
        # constituency in brackets after the name describes it, the name is before
        at = bracket
        words = [w for w in words if w[1] <= at]
    if (opened := _circumposition_opening(text, words, at, language)) is not None:
        # "X په یوه لیکلې اعلامیه کې ویلي": the adjunct in its circumposition
        at = words[opened][0]
        words = words[:opened]
        while words and not text[words[-1][1] : at].strip() and words[-1][2].lower() in skipped:
            at = words.pop()[0]
    stepped = bool(words) and skip_comma and is_comma(text[words[-1][1] : at].strip())
    if stepped:
        at = words[-1][1]
    determiners = DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
    titles = PERSONAL_TITLES_BY_LANGUAGE.get(language, _EMPTY) | ACADEMIC_TITLES
    taken: list[tuple[int, int, str]] = []
    while words and len(taken) < MAX_PHRASE_WORDS:
        a, b, word = words[-1]
        between = text[b:at].strip()
        if between and not (
            between == "." and taken and (is_abbreviation(word) or word.lower() in titles)
        ):
            break  # punctuation ends the phrase, not a title's period ("डॉ. नीरज", "Dkt. X")
        low = word.lower()
        if taken and low in REFLEXIVE_POSSESSIVES_BY_LANGUAGE.get(language, _EMPTY):
            # "X తన ఫేస్‌బుక్ పేజీలో": the adjunct the possessive opens, X before it
            return phrase_before(text, lo, a, language)
        if taken and _opening_article(text, lo, words, language):
            # Portuguese "a", both the article and "to": opening the clause it is the
            # article ("A administração do porto garantiu")
            taken.insert(0, words.pop())
            break
        if (
            low in PHRASE_STOPS_BY_LANGUAGE.get(language, _EMPTY)
            or low in (REPORTING_VERBS_BY_LANGUAGE[language])
        ):
            break
        taken.insert(0, words.pop())
        at = a
        if (
            low in determiners
            and not (words and words[-1][2].lower() in JOINERS_BY_LANGUAGE.get(language, _EMPTY))
            and not _name_particle(text, words, a, word, language)
            and not _role_genitive(text, words, taken, language)
            and not _contracted_genitive(text, words, word, language)
        ):
            break  # "La concejala ...": the phrase opens here
    if _locative_speaker(text, lo, end, words, taken, language):
        return taken[0][0], taken[-1][1]  # "В администрации района заявили"
    if taken and words and not text[words[-1][1] : taken[0][0]].strip():
        # the clause's opening before the word that ended the phrase: a role and its
        # complement's preposition ("Председатель комитета по транспорту X заявил"), or
        # the day ("В пятницу X заявил")
        taken = _role_before_complement(text, lo, words, taken, language) or _without_day(
            words, taken, language
        )
    times = TIME_WORDS_BY_LANGUAGE.get(language, _EMPTY)
    while len(taken) > 1 and taken[0][2].lower() in times:
        taken.pop(0)  # a time word opening the sentence ("Puis Thomas Egli a ajouté")
    if (described := _described_name(text, lo, words, taken, language)) is not None:
        return described  # "یکی از کسبه بازار به نام X": the descriptor and the name
    if (
        taken
        and not stepped
        and len(words) > 1
        and words[-1][2] in ADJUNCT_PREPOSITIONS_BY_LANGUAGE.get(language, _EMPTY)
        and not text[words[-1][1] : taken[0][0]].strip()
    ):
        # an adjunct before the verb ("X در صفحه اینستاگرام خود نوشت", X wrote on her
        # page): the speaker is the phrase before its preposition
        return phrase_before(text, lo, words[-1][0], language)
    if (
        len(taken) == 1
        and words
        and words[-1][2] in ADDRESSEE_PREPOSITIONS_BY_LANGUAGE.get(language, _EMPTY)
        and not text[words[-1][1] : taken[0][0]].strip()
    ):
        # the person spoken to, one word ("X به خبرنگاران گفت"): the speaker is the
        # phrase before; a longer one may be a name ("... به نام حسین محمدی گفت", named)
        return phrase_before(text, lo, words[-1][0], language)
    genitives = GENITIVE_POSTPOSITIONS_BY_LANGUAGE.get(language, _EMPTY)
    if taken and len(words) >= 2 and words[-1][2] in genitives:
        # "गांव के प्रधान X": the clause's opening genitive; its noun may be numbered
        # ("वार्ड 32 की निवासी X", ward 32's resident X)
        taken = _opening_genitive(text, lo, words, taken)
    if stepped and taken:
        opened = text[lo : taken[0][0]].rstrip()
        if opened and opened[-1] not in COMMAS:
            # no appositive ends at that comma ("من جهته، قال"), but a clause may: the
            # name that opens it ("Rita Zammit, li toqgħod fi ..., qalet")
            return _name_before_clause(text, lo, taken[0][0], language)
    taken = _after_provenance(taken, language)
    found = _accept(taken, language) if taken else None
    if found is None and stepped and taken:
        return _name_before_clause(text, lo, taken[0][0], language)
    if found is not None and not all(_is_capitalised(w) for _, _, w in taken):
        return _opening_name(text, lo, found[0], language) or found
    return found


def _opening_article(text: str, lo: int, words: list[tuple[int, int, str]], language: str) -> bool:
    """Whether ``words[-1]``, a word both a determiner and a phrase stop of the language
    (Portuguese "a": the article and the preposition "to"), opens the clause: the
    clause's start or a comma before it only, so it is the subject's article ("A
    administração do porto garantiu", ", a ministra disse"), not a preposition."""
    low = words[-1][2].lower()
    if low not in DETERMINERS_BY_LANGUAGE.get(language, _EMPTY) or low not in (
        PHRASE_STOPS_BY_LANGUAGE.get(language, _EMPTY)
    ):
        return False
    before = text[words[-2][1] if len(words) > 1 else lo : words[-1][0]].strip()
    return (len(words) == 1 and not before) or (bool(before) and before[-1] in COMMAS)


def _contracted_genitive(
    text: str, words: list[tuple[int, int, str]], word: str, language: str
) -> bool:
    """Whether ``word``, both a determiner and a joining word of the language (French
    "des": "de" and "les" contracted), joins the noun a determiner opens before it
    ("Le ministre des Transports a déclaré"), read backward from a verb of saying: not
    the phrase's opening ("Des habitants ont déclaré")."""
    low = word.lower()
    if low not in JOINERS_BY_LANGUAGE.get(language, _EMPTY) or len(words) < 2:
        return False
    (_, _, determiner), (noun_start, noun_end, noun) = words[-2], words[-1]
    return (
        determiner.lower() in DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
        and noun.replace("-", "").isalpha()
        and is_lower_case(noun[:1])
        and noun.lower() not in REPORTING_VERBS_BY_LANGUAGE[language]
        and not text[words[-2][1] : noun_start].strip()
        and not text[noun_end : noun_end + 1].strip()
    )


def _opening_genitive(
    text: str, lo: int, words: list[tuple[int, int, str]], taken: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``taken`` with the genitive that opens its clause before it (``words[-1]`` is the
    postposition): a noun ("गांव के प्रधान X", the village's head X) or a noun and its
    number ("वार्ड 32 की निवासी X", ward 32's resident X; "सेक्टर 15 के", sector 15's),
    as local copy names a resident by her ward; ``taken`` as it is when the genitive does
    not open the clause or a word stands between it and ``taken``."""
    if text[words[-1][1] : taken[0][0]].strip():
        return taken
    first = len(words) - 2
    if words[first][2].isdigit() and first > 0:
        first -= 1  # the noun before its number
    joined = words[first:]
    if (
        any(text[a[1] : b[0]].strip() for a, b in pairwise(joined))
        or text[lo : joined[0][0]].strip()
    ):
        return taken
    return [*joined, *taken]


#: The most words a bracket after a speaker's name holds when it is stepped over: a
#: party ("(CSU)", "(Die Linke)"), an age ("(45)"), a constituency ("(Bündnis 90/Die
#: Grünen)" is three).
_BRACKET_MAX_WORDS = 3


def _bracket_before(text: str, lo: int, at: int) -> int | None:
    """The offset of the opening bracket of a short bracket that ends right before
    ``at`` after a word ("X (SPD) sagte", "X (45) erzählte"), or None: local and
    regional papers print a councillor's party or a person's age so between the name
    and the verb."""
    head = text[lo:at].rstrip()
    if not head.endswith(")"):
        return None
    opening = head.rfind("(")
    inner = head[opening + 1 : -1]
    if (
        opening < 1
        or not inner.strip()
        or any(c in inner for c in "()\n")
        or len(inner.split()) > _BRACKET_MAX_WORDS
        or not head[opening - 1].isspace()
        or not head[:opening].strip()
        or not WORD_RE.search(head[:opening].rstrip()[-1:])
    ):
        return None
    return lo + len(head[:opening].rstrip())


def _locative_speaker(
    text: str,
    lo: int,
    end: int,
    words: list[tuple[int, int, str]],
    taken: list[tuple[int, int, str]],
    language: str,
) -> bool:
    """Whether ``taken`` is the body an impersonal verb of saying at ``end`` speaks for:
    the clause opens with a preposition of place (the one word left in ``words``) right
    before it, and the verb has an impersonal ending
    (:data:`~analysis.stats.quotes.languages.LOCATIVE_SPEAKERS_BY_LANGUAGE`)."""
    rule = LOCATIVE_SPEAKERS_BY_LANGUAGE.get(language)
    if rule is None or not taken or len(words) != 1 or text[lo : words[0][0]].strip():
        return False
    prepositions, endings = rule
    verb = WORD_RE.match(text, end)
    return (
        words[0][2].lower() in prepositions
        and not text[words[0][1] : taken[0][0]].strip()
        and verb is not None
        and verb[0].lower().endswith(endings)
    )


def _split_joined(
    words: list[tuple[int, int, str]], particles: frozenset[str]
) -> list[tuple[int, int, str]]:
    """``words`` with each word that ends with one of ``particles`` read as its stem and
    the particle (Burmese "ဒေါ်ခင်မာဝင်းက": the name, then the subject's "က")."""
    split: list[tuple[int, int, str]] = []
    for a, b, word in words:
        particle = next((p for p in particles if word.endswith(p) and len(word) > len(p)), None)
        if particle is None:
            split.append((a, b, word))
        else:
            cut = b - len(particle)
            split += [(a, cut, word[: -len(particle)]), (cut, b, particle)]
    return split


def _oblique(words: list[tuple[int, int, str]], language: str) -> bool:
    """Whether the last of ``words``, after another, is a lower-case noun in a case not
    the subject's (:data:`.languages_regional.OBLIQUE_ENDINGS_BY_LANGUAGE`: Mongolian
    "сэтгүүлчдэд", to journalists)."""
    endings = OBLIQUE_ENDINGS_BY_LANGUAGE.get(language)
    if not endings or len(words) < 2:
        return False
    word = words[-1][2]
    return is_lower_case(word) and len(word) > 3 and word.endswith(endings)


def _circumposition_opening(
    text: str, words: list[tuple[int, int, str]], at: int, language: str
) -> int | None:
    """The index in ``words`` of the preposition of a circumposition whose postposition
    is the last word, right before ``at`` (Pashto "په … کې"), with a word before it;
    None otherwise."""
    if not words or text[words[-1][1] : at].strip():
        return None
    for opener, closer in CIRCUMPOSITIONS_BY_LANGUAGE.get(language, ()):
        if words[-1][2] != closer:
            continue
        first = max(1, len(words) - 2 - CIRCUMPOSITION_MAX_WORDS)
        for index in range(len(words) - 2, first - 1, -1):
            if words[index][2] == opener:
                return index
    return None


def _without_joined_and(
    text: str, found: tuple[int, int] | None, language: str
) -> tuple[int, int] | None:
    """``found`` without the joined "and" opening its role noun
    (:data:`.languages_more.JOINED_AND_BY_LANGUAGE`: "ודוברת העירייה" gives "דוברת
    העירייה")."""
    conjunction = JOINED_AND_BY_LANGUAGE.get(language)
    if found is None or conjunction is None or not text.startswith(conjunction, found[0]):
        return found
    first = WORD_RE.match(text, found[0])
    if first is None or first.end() >= found[1]:
        return found  # one word: a name may open with the letter ("ויקטור")
    if first[0][len(conjunction) :].lower() in ROLE_NOUNS_BY_LANGUAGE.get(language, _EMPTY):
        return (found[0] + len(conjunction), found[1])
    return found


def _role_genitive(
    text: str, words: list[tuple[int, int, str]], taken: list[tuple[int, int, str]], language: str
) -> bool:
    """Whether the determiner just taken (``taken[0]``) is the genitive of the noun right
    before it, read before the verb ("Ein Sprecher der Polizei sagte", "Ein Mitarbeiter
    der Kreisverwaltung, der ..., sagte"): a genitive determiner of the language
    (:data:`GENITIVE_DETERMINERS_BY_LANGUAGE`) between a noun (capitalised where nouns
    are) and a word after it (likewise), no mark between, the word after no medium's
    noun ("Der Zeitung sagte er" has no head before it); the phrase then goes on."""
    if len(taken) < 2 or not words:
        return False
    head, after, (a, _, determiner) = words[-1][2], taken[1][2], taken[0]
    capitals = language in NOUNS_CAPITALISED
    return (
        determiner.lower() in GENITIVE_DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
        and text[words[-1][1] : a] == " "
        and (_is_capitalised(head) if capitals else head.isalpha())
        and (_is_capitalised(after) or not capitals)
        and head.lower() not in DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
        and head.lower() not in PHRASE_STOPS_BY_LANGUAGE.get(language, _EMPTY)
        and head.lower() not in REPORTING_VERBS_BY_LANGUAGE[language]
        and after.lower() not in MEDIA_NOUNS_BY_LANGUAGE.get(language, _EMPTY)
    )


def _described_name(
    text: str,
    lo: int,
    words: list[tuple[int, int, str]],
    taken: list[tuple[int, int, str]],
    language: str,
) -> tuple[int, int] | None:
    """The speaker phrase of a name a descriptor introduces ("یکی از کسبه بازار به نام
    حسین محمدی", one of the bazaar's merchants, named X): when the phrase taken opens
    with the second word of a naming joiner (:data:`NAMING_JOINERS_BY_LANGUAGE`) and its
    first word is right before, the phrase runs from the clause's opening (``lo``, or
    after its last mark) to the name's end, if it holds :data:`MAX_PHRASE_WORDS` words at
    most and no verb of saying; else None (the phrase as it was read)."""
    joiners = NAMING_JOINERS_BY_LANGUAGE.get(language)
    if not (joiners and taken and words) or (words[-1][2], taken[0][2]) not in joiners:
        return None
    if text[words[-1][1] : taken[0][0]].strip():
        return None
    descriptor = [words[-1]]
    for word in reversed(words[:-1]):
        if text[word[1] : descriptor[0][0]].strip():
            break  # a mark (a comma, a full stop) opens the clause after it
        descriptor.insert(0, word)
    opening = descriptor[0][0]
    if opening == words[0][0] and text[lo:opening].strip():
        return None  # the window cut the clause: its opening is not known
    verbs = REPORTING_VERBS_BY_LANGUAGE[language]
    if len(descriptor) + len(taken) > MAX_PHRASE_WORDS or any(
        w.lower() in verbs for _, _, w in descriptor
    ):
        return None
    return opening, taken[-1][1]


def _name_before_clause(text: str, lo: int, end: int, language: str) -> tuple[int, int] | None:
    """The name that opens the clause before its first comma, when a clause in
    apposition follows it up to the verb's comma ("Drita Leka, e cila shet djathë ...,
    shtoi"): :func:`_opening_name` up to that comma, or a role and its name there ("Il
    capitano Luca Ferri, autore del primo gol, ha aggiunto")."""
    stop = min(end, lo + _OPENING_NAME_CHARS + 1)
    commas = [at for at in (text.find(c, lo, stop) for c in COMMAS) if at >= 0]
    if not commas:
        return None
    found = _opening_name(text, lo, min(commas) + 1, language)
    if found is None:
        # a role and its name open the clause ("Il capitano Luca Ferri, autore del primo
        # gol, ha aggiunto", "El capitán Diego Vela, autor del gol, ha añadido"): the
        # phrase that ends at the first comma, when it opens the clause and its words
        # after the first end with a name (a capitalised word: a noun alone that opens
        # the sentence, "Источник в …, пожелавший …, сообщил", names no one there)
        before = _phrase_before(text, lo, min(commas), language, False)
        later = text[before[0] : before[1]].split()[1:] if before is not None else []
        if (
            before is not None
            and not text[lo : before[0]].strip()
            and later
            and _is_capitalised(later[-1])
        ):
            found = before
    return found


def _after_provenance(
    taken: list[tuple[int, int, str]], language: str
) -> list[tuple[int, int, str]]:
    """The phrase from the name after its last lower-case word in the ablative
    ("Muhalefet partisinden Ayşe Demir" gives "Ayşe Demir"), or after its opening words
    with a locative ending (:data:`LOCATIVE_ENDINGS_BY_LANGUAGE`: "नाशिकमधील शिक्षक X"
    gives "शिक्षक X"); ``taken`` otherwise."""
    places = LOCATIVE_ENDINGS_BY_LANGUAGE.get(language)
    if places:
        while len(taken) > 1 and taken[0][2].endswith(places) and taken[0][2] not in places:
            taken = taken[1:]
    endings = ABLATIVE_ENDINGS_BY_LANGUAGE.get(language)
    if not endings:
        return taken
    for index in range(len(taken) - 2, -1, -1):
        word = taken[index][2]
        if is_lower_case(word) and word.endswith(endings) and is_name_word(taken[index + 1][2]):
            return taken[index + 1 :]
    return taken


def is_comma(text: str) -> bool:
    """Whether ``text`` is one comma, Latin or Arabic (:data:`COMMAS`).

    Parameters
    ----------
    text : str
        A character, or any text.

    Returns
    -------
    bool
        True for "," and "،" alone.
    """
    return len(text) == 1 and text in COMMAS


#: The longest name that opens a clause before a role in apposition, in characters.
_OPENING_NAME_CHARS = 80


def _opening_name(text: str, lo: int, start: int, language: str) -> tuple[int, int] | None:
    """The name that opens the clause before a role in apposition ("Szabó Anna, a
    helyi egyesület elnöke szerint", "Ông Nguyễn Văn Hùng, Chủ tịch UBND, cho biết"):
    two to five capitalised words from ``lo`` up to a comma right before ``start``, the
    first no preposition, determiner or joiner of the language ("En Madrid, el ...")."""
    at = start
    while at > lo and text[at - 1].isspace():
        at -= 1
    if at == lo or text[at - 1] not in COMMAS:
        return None
    if at - 1 - lo > _OPENING_NAME_CHARS:
        return None  # more than a name opens the clause (and a glued line stays linear)
    words = _words(text, lo, at - 1)
    if not 2 <= len(words) <= 5 or text[lo : words[0][0]].strip():
        return None
    if text[words[-1][1] : at - 1].strip():
        return None
    closed = (
        PHRASE_STOPS_BY_LANGUAGE.get(language, _EMPTY)
        | DETERMINERS_BY_LANGUAGE.get(language, _EMPTY)
        | JOINERS_BY_LANGUAGE.get(language, _EMPTY)
        | TIME_WORDS_BY_LANGUAGE.get(language, _EMPTY)
    )
    if words[0][2].lower() in closed or not all(_is_capitalised(w) for _, _, w in words):
        return None
    if any(text[b:a].strip() for (_, b, _), (a, _, _) in pairwise(words)):
        return None
    return words[0][0], words[-1][1]
