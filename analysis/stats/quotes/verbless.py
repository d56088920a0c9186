"""The speaker a sentence with no verb of saying names before a quote (English).

News introduces a quote with a sentence about its speaker that holds no verb of saying:
a colon after the predicate ('Margaret Okafor, the harbour master, was blunt: "..."',
'The club's coach, Terry Blackwood, remembered his first coach: "..."') or a sentence
of its own before a quote that stands alone ('Colin Strachan, chief executive of Clyde
Isles Ferries, was more guarded. "..."'). The speaker is the subject that opens that
sentence, found as a verb of saying's subject is (:func:`.speakers._np_before`, with
its appositive rules), the predicate's first word standing for the verb. Only a name
counts: two capitalised words, or one after the sentence's first word ("The Hartwell
board"), so "The reason is simple: "..."" and "Residents were told to leave." name no
one. Rules: "Attribution" in :mod:`analysis.stats.quotes`.

Two English shapes name the speaker elsewhere in such a sentence: an inverted one that
opens with "Among" and puts the person after "is" / "was" ("Among the volunteers who
help him is Carys Penwarden, a retired teacher …" then a quote paragraph: the name
after the verb, :func:`inverted_subject`), and a sentence of a gesture between two
quotes of one speaker ('"This one's older than me." He laughs. "Which is saying
something."': a subject and one verb, :func:`gesture_subject`).
"""

from __future__ import annotations

import re

from analysis.stats.quotes.foreign_speakers import COMMAS, WORD_RE, phrase_before
from analysis.stats.quotes.lexicon import (
    _AUX_OR_ADVERBS,
    _DETERMINERS,
    _LEADING_CONJUNCTIONS,
    _MASK,
    _NP_INNER,
    _TOKEN_RE,
    REPORTING_VERBS,
    _clean_token,
)
from analysis.stats.quotes.speaker_names import _PARTICLES
from analysis.stats.quotes.speakers import _np_after, _np_before, _speaker_span

#: The longest introducing sentence read, in words, an appositive or relative clause
#: between the subject's commas not counted: a subject and a short predicate ("X, chief
#: executive of Y, was more guarded"); a longer sentence tells more than who speaks next.
MAX_SENTENCE_WORDS = 20


#: The longest predicate after a subject in another language, in words: a verb and a
#: short complement of manner ("nie miał wątpliwości", "sloeg een verzoenende toon
#: aan"); a longer one tells of another act, often naming another person, whose words
#: the quote may be ("θυμάται τι του έλεγε ο πατέρας του:", remembers what his father
#: told him).
MAX_PREDICATE_WORDS = 5


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _particle(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether ``tokens[i]`` is a particle inside a name ("van der Berg", "bin
    Rashid"): a particle word before more particles and a capitalised word."""
    for tok in tokens[i:]:
        word = _clean_token(tok[0])
        if word.lower() not in _PARTICLES:
            return _capitalised(word)
    return False


def verbless_subject(
    masked: str, lo: int, hi: int, surname: bool = False
) -> tuple[int, int] | None:
    """Offsets of the name that opens ``masked[lo:hi]``, a sentence with no verb of
    saying before a quote (or None).

    Parameters
    ----------
    masked : str
        A line with its quoted spans masked.
    lo, hi : int
        The sentence: from its start to its colon or its end.
    surname : bool
        Whether one capitalised word names someone too ("Farrow was asked …"): when a
        sentence after it refers back to the subject (:func:`possessor_subject`).

    Returns
    -------
    tuple of int or None
        The subject's offsets into ``masked``; None when the sentence holds a quote, is
        longer than :data:`MAX_SENTENCE_WORDS`, opens with no name, or has no
        lower-case predicate after its subject.
    """
    if _MASK in masked[lo:hi]:
        return None
    inverted = inverted_subject(masked, lo, hi)
    if inverted is not None:
        return inverted
    tokens = list(_TOKEN_RE.finditer(masked, lo, hi))
    commas = [i for i, t in enumerate(tokens) if t[0].endswith(",")]
    # an appositive or relative clause between the subject's two commas describes the
    # subject; only the rest of the sentence tells of an act ("Lena Varga, who runs the
    # bakery at the end of the row, watched it from the window …"); a third comma opens
    # another clause, which may name another actor (", but its site manager left …")
    described = commas[1] - commas[0] if len(commas) == 2 else 0
    if not tokens or len(tokens) - described > MAX_SENTENCE_WORDS:
        return None
    first = 1 if _clean_token(tokens[0][0]).lower() in _LEADING_CONJUNCTIONS else 0
    rest = tokens[commas[-1] + 1 :] if commas else tokens[first:]
    role = 0 if commas else _role_before_name(rest)
    predicate = None
    for i, tok in enumerate(rest[role:], role):
        word = _clean_token(tok[0])
        if word[:1].islower() and not _particle(rest, i):
            predicate = tok
            break
    if predicate is None or first >= len(tokens):
        return None
    # a label of a name and its role, no predicate: the role's noun ends the sentence
    # ('Former FAA chief: "…"', a headline's label)
    end = predicate.end() if _role_noun_ends(predicate, tokens[-1]) else predicate.start()
    span = _speaker_span(masked, _np_before(masked, lo, end))
    # the subject opens the sentence, or follows a role that does ("The club's coach,
    # Terry Blackwood, remembered ...")
    opening = {tokens[first].start()} | ({tokens[commas[0] + 1].start()} if commas else set())
    if span is None or span[0] not in opening:
        return None
    words = [_clean_token(t[0]).strip(",") for t in _TOKEN_RE.finditer(masked, *span)]
    names = [w for w in words if _capitalised(w) and w.lower() not in _DETERMINERS | _NP_INNER]
    if len(names) < (1 if surname else 2) and not any(_capitalised(w) for w in words[1:]):
        return None
    return span


def _role_noun_ends(predicate: re.Match[str], last: re.Match[str]) -> bool:
    """Whether the first lower-case word after a name, ``predicate``, is the sentence's
    last (``last``) and a noun of a role rather than a verb: a label before a colon
    ("Former FAA chief", "Labour's housing spokesman"), not "Okafor agreed", "Lee
    writes", "Hale was blunt" (a verb's forms in "-ed" and "-s", a verb of saying)."""
    word = _clean_token(predicate[0])
    return (
        predicate.start() == last.start()
        and word.isalpha()
        and word.islower()
        and not word.endswith(("ed", "s"))
        and word not in REPORTING_VERBS
        and word not in _AUX_OR_ADVERBS
    )


#: Possessive pronouns that open a colon sentence referring back to a person.
_POSSESSIVE_PRONOUNS = frozenset({"her", "his", "their"})

#: Nouns of something said: 'Her answer: "…"', 'His last word to residents: "…"' (not
#: 'Her daughter: "…"', whose speaker is the daughter).
_SPEECH_NOUNS = frozenset(
    {
        "answer", "reply", "response", "retort", "word", "words", "message", "advice",
        "verdict", "explanation", "comment", "comments", "warning", "plea", "promise",
        "assessment", "conclusion", "motto", "reasoning", "reaction", "summary",
        "instruction", "instructions", "request", "question", "appeal", "view", "take",
    }
)  # fmt: skip

#: The most words of such a colon sentence: the pronoun, two modifiers, the noun and a
#: short complement ("His final advice to the class"); a longer one is a clause.
MAX_POSSESSOR_WORDS = 7


def possessor_subject(masked: str, lo: int, colon: int, before: int) -> tuple[int, int] | None:
    """Offsets of the name that opens the sentence before a colon sentence of a
    possessive and a noun of something said ("Farrow was asked whether she ever thought
    of closing. Her answer: "…"" gives "Farrow"; "Alvarez wraps up. Her last word to
    residents: "…"" gives "Alvarez"), or None.

    Parameters
    ----------
    masked : str
        A line with its quoted spans masked.
    lo, colon : int
        The colon sentence: from its start to its colon.
    before : int
        Where the sentence before it starts (it ends at ``lo``).

    Returns
    -------
    tuple of int or None
        The name's offsets into ``masked``: the subject of the sentence before
        (:func:`verbless_subject`, one capitalised word enough); None when the colon
        sentence is no possessive pronoun, up to two lower-case modifiers, a noun of
        :data:`_SPEECH_NOUNS` and a lower-case complement of at most
        :data:`MAX_POSSESSOR_WORDS` words in all.
    """
    words = [_clean_token(t[0]) for t in _TOKEN_RE.finditer(masked, lo, colon)]
    if not 2 <= len(words) <= MAX_POSSESSOR_WORDS or _MASK in masked[lo:colon]:
        return None
    if words[0] not in {w.capitalize() for w in _POSSESSIVE_PRONOUNS}:
        return None
    if not all(w.isalpha() and w.islower() for w in words[1:]):
        return None
    if not any(w in _SPEECH_NOUNS for w in words[1:4]):
        return None
    return verbless_subject(masked, before, lo, surname=True)


#: The most lower-case role words between a sentence's opening determiner and the name
#: they describe ("Her colleague", "His former business partner"): a noun and up to two
#: modifiers; more reads as a clause of its own ("The reason the board gave").
MAX_ROLE_WORDS = 3


def _role_before_name(tokens: list[re.Match[str]]) -> int:
    """How many tokens a role opening the sentence takes before a two-word name ("Her
    colleague Jesse Ruud was more direct": 2), so the predicate is looked for after the
    name; 0 when the sentence opens with no determiner or possessive, or no name of two
    capitalised words follows up to :data:`MAX_ROLE_WORDS` lower-case words."""
    words = [_clean_token(t[0]) for t in tokens]
    if not words or words[0].lower() not in _DETERMINERS:
        return 0
    role = 1
    while role < len(words) and words[role][:1].islower():
        role += 1
    if not 1 < role <= MAX_ROLE_WORDS + 1 or role + 1 >= len(words):
        return 0
    if not (_capitalised(words[role]) and _capitalised(words[role + 1])):
        return 0
    return role


#: An inverted sentence that puts its subject after the verb: "Among them was", "Among
#: the volunteers who help him on winter nights is" (no mark of a clause's end between).
_AMONG = re.compile(
    r"[ \t]*(?:(?:And|But)[ \t]+)?Among\b[^.:;!?]*?[ \t](?:is|was|are|were)[ \t]+(?=[A-Z])"
)


def _names_someone(masked: str, span: tuple[int, int]) -> bool:
    """Two capitalised words that are not determiners: a person's name ("Carys
    Penwarden"), not "The river"."""
    words = [_clean_token(t[0]).strip(",") for t in _TOKEN_RE.finditer(masked, *span)]
    return sum(_capitalised(w) and w.lower() not in _DETERMINERS | _NP_INNER for w in words) >= 2


def inverted_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Offsets of the name after "is" / "was" in a sentence opening with "Among" ("Among
    them on Saturday was Marta Keel, 71, who …": "Marta Keel"), or None.

    Parameters
    ----------
    masked : str
        A line with its quoted spans masked.
    lo, hi : int
        The sentence: from its start to its colon or its end.

    Returns
    -------
    tuple of int or None
        The name's offsets into ``masked``: the noun phrase after the verb, up to its
        appositive, when it holds two capitalised words; None otherwise.
    """
    found = _AMONG.match(masked, lo, hi)
    if found is None:
        return None
    span = _speaker_span(masked, _np_after(masked, found.end(), hi))
    return span if span is not None and _names_someone(masked, span) else None


#: Subjects of a gesture sentence that are pronouns.
_GESTURE_PRONOUNS = frozenset({"he", "she", "they"})


def gesture_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Offsets of the subject of ``masked[lo:hi]`` when it is a sentence of a gesture
    between quotes: a pronoun ("He", "She", "They") or a name of two capitalised words,
    then one lower-case verb in -s or -ed ("laughs", "shrugged") and at most one more
    lower-case word ("He laughs again."), then a full stop; None otherwise ("Prices
    rose sharply last year." is longer; "Nobody moved.", "It rained." and "The crowd
    gathered." name no one).

    Parameters
    ----------
    masked : str
        A line with its quoted spans masked.
    lo, hi : int
        The sentence, from its start to its end.

    Returns
    -------
    tuple of int or None
        The subject's offsets into ``masked``.
    """
    sentence = masked[lo:hi].rstrip()
    if _MASK in sentence or not sentence.endswith("."):
        return None
    tokens = list(_TOKEN_RE.finditer(masked, lo, lo + len(sentence) - 1))
    words = [_clean_token(t[0]) for t in tokens]
    lower = [i for i, w in enumerate(words) if not _capitalised(w)]
    if not lower or not 1 <= lower[0] <= 2 or len(words) - lower[0] > 2:
        return None
    if any(_capitalised(w) for w in words[lower[0] :]) or not all(w.isalpha() for w in words):
        return None
    verb = words[lower[0]]
    if not verb.endswith(("s", "ed")) or verb.endswith("ss"):
        return None
    subject = words[: lower[0]]
    if len(subject) == 1 and subject[0].lower() not in _GESTURE_PRONOUNS:
        return None  # "Nobody moved.", "Silence followed.", "It rained."
    if subject[0].lower() in _DETERMINERS:
        return None  # "The crowd gathered.": no one named
    return tokens[0].start(), tokens[lower[0] - 1].end()


def _opening_chunk(
    masked: str, words: list[tuple[int, int, str]], commas: list[int]
) -> tuple[int, int] | None:
    """The sentence's first comma-delimited part when it is a name (capitalised words and
    name particles: "Van der Meulen, eerder wethouder in Dokkum, ..."), or None."""
    if not commas:
        return None
    chunk = words[: commas[0] + 1]
    if not all(_capitalised(w) or w.lower() in _PARTICLES for _, _, w in chunk):
        return None
    return chunk[0][0], chunk[-1][1]


def foreign_verbless_subject(
    masked: str, lo: int, hi: int, language: str
) -> tuple[int, int] | None:
    """Offsets of the name opening ``masked[lo:hi]``, a sentence with no verb of saying
    before a quote, in a language other than English written with capitals (or None).

    The predicate opens at the first lower-case word after the sentence's last capital
    and its last comma ("Dyrektor zarządu dróg Jan Pietruszka nie miał wątpliwości",
    "O secretário de Mobilidade, João Pedro dos Santos Neto, foi direto", "Η ψαράς Ελένη
    Χατζή, 54 ετών, είναι αισιόδοξη"); the subject is the language's speaker phrase before
    it (:func:`.foreign_speakers.phrase_before`), which must name someone as
    :func:`verbless_subject`'s does and lie in the sentence's first comma-delimited part
    or right after it; the predicate holds at most :data:`MAX_PREDICATE_WORDS` words.
    Scripts without capitals (Arabic, Hebrew, Chinese ...) give None.

    Parameters
    ----------
    masked : str
        A line with its quoted spans masked.
    lo, hi : int
        The sentence: from its start to its colon or its end.
    language : str
        A code of :data:`~analysis.stats.quotes.languages.REPORTING_VERBS_BY_LANGUAGE`.

    Returns
    -------
    tuple of int or None
        The subject's offsets into ``masked``.
    """
    if _MASK in masked[lo:hi]:
        return None
    words = [(m.start(), m.end(), m[0]) for m in WORD_RE.finditer(masked, lo, hi)]
    if not words or len(words) > MAX_SENTENCE_WORDS:
        return None
    capitals = [i for i, (_, _, w) in enumerate(words) if _capitalised(w)]
    if not capitals:
        return None
    commas = [i for i, (_, b, _) in enumerate(words) if masked[b : b + 1] in COMMAS]
    after = max(capitals[-1], commas[-1] if commas else -1)
    predicate = next((w for w in words[after + 1 :] if w[2][:1].islower()), None)
    if predicate is None or sum(a >= predicate[0] for a, _, _ in words) > MAX_PREDICATE_WORDS:
        return None
    span = phrase_before(masked, lo, predicate[0], language) or _opening_chunk(
        masked, words, commas
    )
    if span is None:
        return None
    first_comma = masked.find(",", lo, span[0])
    if first_comma != -1 and masked.find(",", first_comma + 1, span[0]) != -1:
        return None  # the phrase lies past the sentence's opening and its appositive
    named = [w for a, _, w in words if span[0] <= a < span[1] and _capitalised(w)]
    if len(named) < 2 and not (named and words[0][0] < span[0]):
        return None
    return span
