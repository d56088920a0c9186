"""Pronoun speakers: "he" or "she" replaced by the name it stands for, when unambiguous.

Reads a body and its quotes; returns the quotes with resolved speakers ("Pronoun
speakers" in :mod:`analysis.stats.quotes`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from analysis.stats.quotes.languages import PRONOUNS_BY_LANGUAGE
from analysis.stats.quotes.lexicon import (
    _INDEFINITE_PRONOUNS,
    _PRONOUNS,
    _STOP_WORDS,
    _TIME_NOUNS,
    GROUP_NOUNS,
    REPORTING_VERBS,
    _word_set,
)
from analysis.stats.quotes.quote import Quote

_RESOLVED_PRONOUNS = frozenset({"he", "she"})

# The personal pronouns of the other languages whose quotes are read ("sie", "ella",
# "он"): a speaker that is one of them alone names nobody either (none is resolved).
_OTHER_LANGUAGES_PRONOUNS = frozenset().union(*PRONOUNS_BY_LANGUAGE.values())


_NOT_A_NAME_START = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this"})


_MASCULINE_TITLES = frozenset({"mr.", "mr"})


_FEMININE_TITLES = frozenset({"mrs.", "mrs", "ms.", "ms", "miss"})


# Two or more capitalized words in a row: a person's name, or some other proper name.
_CAPITALIZED_RUN_RE = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")


# Words that open a capitalized run without belonging to a name ("In Paris", "The Times").
_RUN_OPENERS = _STOP_WORDS | _NOT_A_NAME_START | _PRONOUNS | {"but", "in", "on", "at", "for"}


# One capitalized word right before a verb of saying: a person named by a surname alone
# ("Becker rejected that account", "Lee said the plan ...").
_SURNAME_CUE_RE = re.compile(r"([A-Z][\w’'-]+)\s+([a-z]+)\b")


# Capitalized words before a verb of saying that name no one person ("Officials said",
# "Many argue", "But added").
_NOT_A_SURNAME = _RUN_OPENERS | _INDEFINITE_PRONOUNS | GROUP_NOUNS


#: Nouns of people that are no title (:func:`.speaker_names.is_role_word` holds those),
#: lower case: family and acquaintance ("his wife, Ann Lee"). Other role nouns are told
#: by their ending (:data:`_PERSON_ENDINGS`).
PERSON_NOUNS = _word_set(
    """wife husband son daughter mother father brother sister friend partner widow
    widower aide head colleague neighbour neighbor boss owner"""
)
# Endings of nouns of people: treasurer, director, economist, resident, consultant,
# spokesperson, chairwoman, historian, employee.
_PERSON_ENDINGS = ("er", "or", "ist", "ent", "ant", "man", "woman", "person", "ian", "ee")


def person_noun(word: str) -> bool:
    """Whether a lower-case English word is a noun of a person by its ending or as a
    family or acquaintance noun (:data:`PERSON_NOUNS`): "owner", "treasurer", "wife".

    Parameters
    ----------
    word : str
        One word, lower case.

    Returns
    -------
    bool
        True for a listed noun or one with a person noun's ending.
    """
    return word in PERSON_NOUNS or word.endswith(_PERSON_ENDINGS)


def is_pronoun(speaker: str | None) -> bool:
    """Whether a speaker is a bare pronoun: personal (he, she, they, we, I, it, you, and
    the other languages' read for quotes: "sie", "ella", "он") or indefinite (some, many,
    others, one, someone, ...). It names nobody by itself.

    Parameters
    ----------
    speaker : str or None
        A speaker as found; case and surrounding space do not matter.

    Returns
    -------
    bool
        False for None and for anything but one listed word.
    """
    if speaker is None:
        return False
    word = speaker.strip().lower()
    return word in _PRONOUNS or word in _INDEFINITE_PRONOUNS or word in _OTHER_LANGUAGES_PRONOUNS


def names_someone(speaker: object) -> bool:
    """False for a speaker that names nobody: missing, blank, or a pronoun left
    unresolved ("he", "they": :func:`is_pronoun`).

    Parameters
    ----------
    speaker : object
        A ``speaker`` value: text, None or NaN.

    Returns
    -------
    bool
        True for non-blank text that is not a pronoun.
    """
    return isinstance(speaker, str) and bool(speaker.strip()) and not is_pronoun(speaker)


def _is_name(speaker: str | None) -> bool:
    """Whether a speaker reads as a name: not a pronoun, no leading determiner, the
    last word capitalized and not an abbreviation ("Sen. Ted Cruz", "spokeswoman Sarah
    Sanders"; not "the White House", "a spokesman", "officials", "Md.")."""
    if not speaker:
        return False
    words = speaker.split()
    last = words[-1]
    return (
        words[0].lower() not in _PRONOUNS | _NOT_A_NAME_START
        and last[:1].isupper()
        and not last.endswith(".")
    )


def _fits_pronoun(name: str, pronoun: str) -> bool:
    """False only when a courtesy title contradicts the pronoun ("Mrs. Lee" for "he")."""
    titles = {word.lower() for word in name.split()}
    if pronoun == "he":
        return not titles & _FEMININE_TITLES
    return not titles & _MASCULINE_TITLES


def _other_names(text: str, name: str) -> bool:
    """Whether ``text`` names someone other than ``name``: a run of two or more
    capitalized words (after any opening function word) that does not end with a word
    of ``name``, or one capitalized word that is no word of ``name`` right before a verb
    of saying ("Becker rejected that account": a surname alone, as the subject of a
    verb of saying, names a person; not "Officials said", "Many argue")."""
    own = {word.lower() for word in name.split()}
    for run in _CAPITALIZED_RUN_RE.findall(text):
        words = run.split()
        while words and words[0].lower() in _RUN_OPENERS:
            words.pop(0)
        if len(words) >= 2 and words[-1].lower() not in own:
            return True
    for word, verb in _SURNAME_CUE_RE.findall(text):
        key = word.lower()
        if verb in REPORTING_VERBS and key not in own and key not in _NOT_A_SURNAME:
            return True
    return False


def _outside_quotes(body: str, start: int, end: int, quotes: Sequence[Quote]) -> str:
    """``body[start:end]`` without the text of the quotes in it (the writer's words)."""
    pieces, done = [], start
    for q in quotes:
        if q.end <= done or q.start >= end:
            continue
        pieces.append(body[done : max(done, q.start)])
        done = max(done, q.end)
    pieces.append(body[done:end])
    return " ".join(pieces)


#: How far back (characters) an antecedent may lie; beyond it a pronoun stays.
MAX_ANTECEDENT_GAP = 2000


# A name, one or more capitalized words, right before a verb of saying ("Okoro
# rejected", "Ms Lopez said").
_SUBJECT_CUE_RE = re.compile(r"((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]+)\s+([a-z]+)\b")


# The words of a sentence before a name that make it a role phrase, not a clause: a
# capitalised first word and lower-case words up to a noun of a person ("Local shop
# owner Daniel Price said", "Council treasurer Ana Brook said").
_ROLE_BEFORE_NAME_RE = re.compile(
    r"\s*(?:([A-Z][\w’'-]*)\s+)?(?:[a-z][\w’'-]*\s+){0,3}([a-z][\w-]*)\s+$"
)


# The pronouns of the other gender, whose presence in the writer's words makes a subject
# before them no antecedent for "he" or "she".
_OTHER_GENDER_RE = {
    "he": re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE),
    "she": re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE),
}


# A blank line: the end of a paragraph.
_PARAGRAPH_BREAK_RE = re.compile(r"\n[^\S\n]*\n")


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a name at ``at`` opens its sentence, alone or after a role phrase of
    lower-case words ending with a noun of a person ("Local shop owner Daniel Price")."""
    before = text[:at].rstrip()
    if before[-1:] in ("", ".", "!", "?", ":"):
        return True
    sentence = max(before.rfind(end) for end in (". ", "! ", "? ", ": ", "\n")) + 1
    role = _ROLE_BEFORE_NAME_RE.fullmatch(text, sentence, at)
    if role is None or not person_noun(role[2]):
        return False
    opener = (role[1] or "").lower()  # a determiner, not a conjunction ("When ...")
    return opener in _NOT_A_NAME_START or opener not in _STOP_WORDS


def _writer_subject(body: str, quote: Quote, pronoun: str, earlier: Sequence[Quote]) -> str | None:
    """The one person the writer's words of the quote's paragraph name, before it, as
    the subject of a verb of saying ("Okoro rejected that account. “...,” he said":
    "Okoro"); the name must open its sentence (not "when Harris criticized"), alone or
    after a role phrase ("Local shop owner Daniel Price said", :func:`_opens_sentence`). None when
    they name nobody so, or two people, or hold any other capitalized word but a
    sentence's first ("Trump said Clinton was lying"), or a pronoun of the other gender
    ("Trump said he ... “...,” she said"), or a courtesy title contradicts the pronoun."""
    lo = max(0, quote.start - MAX_ANTECEDENT_GAP)
    for brk in _PARAGRAPH_BREAK_RE.finditer(body, lo, quote.start):
        lo = brk.end()
    text = _outside_quotes(body, lo, quote.start, earlier)
    if _OTHER_GENDER_RE[pronoun].search(text):
        return None  # "Trump said he ... “...,” she said"
    names: dict[str, str] = {}
    for match in _SUBJECT_CUE_RE.finditer(text):
        if not _opens_sentence(text, match.start()):
            continue  # not its sentence's subject: "when Harris criticized"
        words = match[1].split()
        while words and words[0].lower() in _NOT_A_SURNAME | _TIME_NOUNS:
            words.pop(0)
        if (
            match[2] in REPORTING_VERBS
            and words
            and words[-1].lower() not in _NOT_A_SURNAME
            and not words[-1].endswith(("'s", "’s"))
        ):
            names.setdefault(words[-1].lower(), " ".join(words))
    if len(names) != 1:
        return None
    (name,) = names.values()
    if not _is_name(name) or _other_names(text, name) or not _fits_pronoun(name, pronoun):
        return None
    own = {word.lower() for word in name.split()}
    previous = "."
    for token in text.split():
        word = token.strip(".,;:!?()“”‘’\"'").lower()
        if token[:1].isupper() and previous[-1:] not in ".!?:" and word not in own:
            return None  # another capitalized word: "Trump said Clinton was lying"
        previous = token
    return name


def resolve_pronoun_speakers(body: str, quotes: Sequence[Quote]) -> list[Quote]:
    """Replace a pronoun speaker by the name it stands for, when that is unambiguous.

    A quote whose speaker is printed as "he" or "she" takes the speaker of the nearest
    earlier quote whose speaker is a name (:func:`_is_name`; an already resolved
    speaker counts), provided that quote lies in the same or the previous paragraph and
    at most :data:`MAX_ANTECEDENT_GAP` characters back, every named speaker of the
    quotes from the start of the previous paragraph up to this one is the same person
    (same last word: "Donald Trump" and "Trump"), the writer's words from that quote
    to this one name nobody else (no other run of two or more capitalized words, nor
    another surname alone before a verb of saying, :func:`_other_names`), and no
    courtesy title contradicts the pronoun, nor the antecedent's own printed pronoun
    (a "he" resolved to Trump is no antecedent for "she"). Failing that, the pronoun takes the one
    person the writer's words of its paragraph before it name as the subject of a verb
    of saying (:func:`_writer_subject`: "Okoro rejected that. “...,” he said"). Otherwise
    the pronoun stays. "they", "we", "I", "it" and "you" are left as printed (they often
    stand for a group or for the writer). ``speaker_as_printed``, ``speaker_start``
    and ``speaker_end`` keep the printed form. Linear in the number of quotes.

    Parameters
    ----------
    body : str
        The body the quotes were found in.
    quotes : sequence of Quote
        Its quotes, in order (:func:`find_quotes`).

    Returns
    -------
    list of Quote
        The same quotes, pronoun speakers resolved where unambiguous.
    """
    if not any((q.speaker or "").lower() in _RESOLVED_PRONOUNS for q in quotes):
        return list(quotes)
    resolved: list[Quote] = []
    person: list[str | None] = []  # last word of each resolved quote's named speaker
    people: Counter[str] = Counter()  # last words of the named speakers in the window
    window_start = 0  # first quote of the previous paragraph or later
    last_named = -1  # index of the latest quote with a named speaker
    for index, quote in enumerate(quotes):
        while window_start < index and resolved[window_start].paragraph < quote.paragraph - 1:
            leaving = person[window_start]
            if leaving is not None:
                people[leaving] -= 1
                if not people[leaving]:
                    del people[leaving]
            window_start += 1
        pronoun = (quote.speaker or "").lower()
        if pronoun in _RESOLVED_PRONOUNS and last_named >= window_start and len(people) == 1:
            antecedent = resolved[last_named]
            name = antecedent.speaker or ""
            if (
                quote.start - antecedent.end <= MAX_ANTECEDENT_GAP
                and _fits_pronoun(name, pronoun)
                and not _OTHER_GENDER_RE[pronoun].fullmatch(antecedent.speaker_as_printed or "")
                and not _other_names(
                    _outside_quotes(body, antecedent.end, quote.start, quotes[last_named:index]),
                    name,
                )
            ):
                quote = replace(quote, speaker=name)
        if (quote.speaker or "").lower() in _RESOLVED_PRONOUNS:
            subject = _writer_subject(body, quote, pronoun, quotes[window_start:index])
            if subject is not None:
                quote = replace(quote, speaker=subject)
        if _is_name(quote.speaker):
            person.append(_last_word(quote.speaker))
            people[person[-1]] += 1
            last_named = index
        else:
            person.append(None)
        resolved.append(quote)
    return resolved


def _last_word(speaker: str | None) -> str:
    return (speaker or "").split()[-1].lower()
