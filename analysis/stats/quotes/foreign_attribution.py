"""Attribution of quoted spans in the languages of :mod:`.languages` (not English).

Reads one line, its spans masked; gives each span the verb of saying of its sentence
and the speaker next to that verb (:func:`attribute_line`). Rules: "Attribution in
other languages" in docs/quotes.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import pairwise
from operator import attrgetter
from typing import NamedTuple

from analysis.clean.dateline import dateline_end
from analysis.stats.quotes.attribution import VERBLESS_CUE, _Attribution, _labelled, _mask_spans
from analysis.stats.quotes.foreign_speakers import (
    COMMAS,
    MAX_PHRASE_WORDS,
    PHRASE_WINDOW,
    WORD_RE,
    _appositive_name,
    _complement_names_only,
    is_abbreviation,
    is_comma,
    is_name_word,
    phrase_after,
    phrase_before,
)
from analysis.stats.quotes.incises import incise
from analysis.stats.quotes.languages import (
    ACCORDING_TO_BY_LANGUAGE,
    AS_CONJUNCTIONS_BY_LANGUAGE,
    DETERMINERS_BY_LANGUAGE,
    DOCUMENT_VERB_WINDOW,
    DOCUMENT_VERBS_BY_LANGUAGE,
    ELIDED_QUE_BY_LANGUAGE,
    GENITIVE_POSTPOSITIONS_BY_LANGUAGE,
    OPINION_OPENERS_BY_LANGUAGE,
    PHRASE_STOPS_BY_LANGUAGE,
    QUOTE_TAGS_BY_LANGUAGE,
    REPORTING_VERBS_BY_LANGUAGE,
    RESUMPTIVES_BY_LANGUAGE,
    SKIPPED_BY_LANGUAGE,
    SO_CALLED_BY_LANGUAGE,
    VERB_SECOND_LANGUAGES,
    VERB_SECOND_OPENERS_BY_LANGUAGE,
)
from analysis.stats.quotes.languages_more import (
    ACCORDING_AFTER_BY_LANGUAGE,
    TWO_WORD_VERBS_BY_LANGUAGE,
)
from analysis.stats.quotes.languages_regional import (
    ACCORDING_PREFIXES_BY_LANGUAGE,
    JOINED_ACCORDING_TO_BY_LANGUAGE,
    JOINED_VERB_ENDINGS_BY_LANGUAGE,
    PHRASE_SPACED_LANGUAGES,
    TITLE_JOINERS_BY_LANGUAGE,
    VERB_FINAL_LANGUAGES,
)
from analysis.stats.quotes.lexicon import _MASK
from analysis.stats.quotes.marks import _QUOTE_CHARS, _Line, _Span, _span_stop
from analysis.stats.quotes.questions import question_asker
from analysis.stats.quotes.role_nouns import (
    ACADEMIC_TITLES,
    JOINED_TITLE_ROLES_BY_LANGUAGE,
    JOINED_TITLES_BY_LANGUAGE,
    PERSONAL_TITLES_BY_LANGUAGE,
)
from analysis.stats.quotes.subject_clauses import before_adverbial_parts
from analysis.stats.quotes.titles import is_nickname, names_a_work
from analysis.stats.quotes.verbless import foreign_verbless_subject

# A sentence ends after . ! ? … or a script's full stop (Devanagari "।", Armenian "։",
# Ethiopic "።", Urdu "۔"; closing marks and brackets may follow, a French closing
# guillemet after its space: ". »") and a space, before a capital, a digit, an opening
# mark or a dash (any script).
_SENTENCE_END_RE = re.compile(r"[.!?…।։።۔]+(?:[\"'“”‘’»«״)\]]|[ \u00a0\u202f]»)*\s+")
# Armenian prints its colon as "." (and its full stop "։"): "." ends no sentence there.
_ARMENIAN_SENTENCE_END_RE = re.compile(r"[!?…։]+(?:[\"'“”‘’»«)\]]|[ \u00a0\u202f]»)*\s+")
_OPENERS = "\"'“„‘«»(–—-\x00"

#: Languages whose speaker stands between a resumptive word and the verb, which ends the
#: clause ("Bunu Belediye Başkanı X söyledi"); elsewhere the verb follows the word.
_SPEAKER_BEFORE_VERB = frozenset({"tr"})
#: The last word of a resumptive phrase that opens a cleft's clause, whose subject, the
#: speaker, may stand before the verb ("Foi assim que o vereador X resumiu", "Foi o que
#: o vereador X disse", "C'est ainsi que le maire X a résumé").
_CLEFT_ENDS = frozenset({"que"})
#: French inverted subject pronouns joined to the verb ("explique-t-il").
INVERTED_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on"})
#: Words of a speaker between a closing mark and its verb ("», Virtanen sanoo").
_MAX_GAP_WORDS = 3
#: Words of a name before an appositive in that gap ('", bà Trần Thị Lan, một ..., nói').
_MAX_APPOSITIVE_NAME_WORDS = 5


class Cue(NamedTuple):
    """A verb of saying in a line: offsets, the verb in lower case, and the speaker
    joined to it (a French "-t-il"), if any."""

    start: int
    end: int
    word: str
    joined: tuple[int, int] | None


_start = attrgetter("start")
_end = attrgetter("end")


def sentence_starts(text: str, language: str | None = None) -> list[int]:
    """Offsets where the sentences of ``text`` start (the first is 0).

    Parameters
    ----------
    text : str
        A line of a body.
    language : str, optional
        Its language: the period of a personal title's abbreviation of that language
        ends no sentence ("alisema Bw. Juma").

    Returns
    -------
    list of int
        The sentences' start offsets in ``text``, ascending, 0 first.
    """
    titles = PERSONAL_TITLES_BY_LANGUAGE.get(language or "", frozenset()) | ACADEMIC_TITLES
    ends = _ARMENIAN_SENTENCE_END_RE if language == "hy" else _SENTENCE_END_RE
    starts = [0]
    for m in ends.finditer(text):
        following = text[m.end() : m.end() + 1]
        if (titles and _title_before(text, m.start(), titles)) or _initial_after_comma(text, m):
            continue
        if following and (
            following.isupper()
            or following.isdigit()
            or following in _OPENERS
            or (  # a script without case, after a word no abbreviation ("डॉ. नीरज")
                following.isalpha() and not following.islower() and not _abbreviated(text, m)
            )
        ):
            starts.append(m.end())
    return starts


def _quote_sentence_ends(
    text: str, masked: str, stretches: Sequence[tuple[int, int]], language: str
) -> list[int]:
    """Where a quote introduced by a colon (or by a verb of saying and a comma) ends
    its sentence inside its marks: the offsets right after such quotes, past the
    space, where the next sentence starts
    ('X sagte: „Wir prüfen.“ Er fügte hinzu: „...“': the verb after that point is no
    attribution of the first quote). A quote not introduced so may be attributed by
    what follows its full stop ('"... थी।" उन्होंने कहा।'), and a full stop inside a
    quote ends no sentence for the quotes after it ('X sagte: „A.“ Und weiter: „B.“':
    X said both)."""
    opens = [start for start, _ in stretches]
    ends = []
    for at in sentence_starts(text, language):
        k = bisect_right(opens, at - 1) - 1  # the last stretch opening before ``at``
        if k < 0 or at < stretches[k][1] or text[stretches[k][1] : at].strip():
            continue
        if _introduced(masked[: stretches[k][0]].rstrip(), language):
            ends.append(at)
    return ends


def _so_called(masked: str, lo: int, opening: int, language: str) -> bool:
    """Whether the word right before the opening mark at ``opening`` is "so-called"
    (:data:`SO_CALLED_BY_LANGUAGE`: "die sogenannte „...“", "так называемый «...»", "tzw.
    „...”", "तथाकथित "..."", "ما يسمى «...»"): the span is a term the writer names, no
    one's words, whatever verb of saying its sentence holds."""
    entries = SO_CALLED_BY_LANGUAGE.get(language, ())
    if not entries:
        return False
    words = WORD_RE.findall(masked, max(lo, opening - 40), opening)
    gap = masked[max(lo, opening - 40) : opening].rstrip(" \u00a0.")
    if not words or not gap.endswith(words[-1]):
        return False
    last, previous = words[-1].lower(), words[-2].lower() if len(words) > 1 else ""
    return any(
        last.startswith(stem) and (before is None or previous == before) for before, stem in entries
    )


def _introduced(before: str, language: str) -> bool:
    """Whether ``before`` (the text before a quote's opening mark, right-stripped)
    introduces the quote: a colon, or a verb of saying or an "according to" written
    after its noun, and a comma ('X ने सोमवार को कहा, "..."', 'X के मुताबिक, "..."')."""
    if before.endswith(":"):
        return True
    if not before.endswith(tuple(COMMAS)):
        return False
    words = WORD_RE.findall(before[-40:])
    if bool(words) and (
        words[-1].lower() in REPORTING_VERBS_BY_LANGUAGE.get(language, ())
        or words[-1].lower() in ACCORDING_AFTER_BY_LANGUAGE.get(language, ())
    ):
        return True
    return _after_incise(before, language)


#: The most characters an incise between the halves of a split quote holds ("“, sagte
#: die Gewerkschaftssekretärin der NGG am Dienstag in Köln, „").
_INCISE_MAX_CHARS = 100


def _after_incise(before: str, language: str) -> bool:
    """Whether ``before`` (masked, ending with a comma) ends with the incise of a split
    quote: a quote's mask, then a comma and a clause with a verb of saying and no
    sentence end („…“, sagte die Gewerkschaftssekretärin, „…“): the second half is
    introduced by that verb as the first is."""
    mask = before.rfind(_MASK)
    incise = before[mask + 1 : -1]
    if mask < 0 or len(incise) > _INCISE_MAX_CHARS or any(c in incise for c in ".!?:;"):
        return False
    if not is_comma(incise.lstrip(_CLOSING_MARKS + " \u00a0\u202f")[:1]):
        return False
    verbs = REPORTING_VERBS_BY_LANGUAGE.get(language, frozenset())
    return any(w.lower() in verbs for w in WORD_RE.findall(incise))


_CLOSING_MARKS = "\"'“”‘’»«"


def _title_before(text: str, at: int, titles: frozenset[str]) -> bool:
    """Whether a period at ``at`` closes a personal title's abbreviation."""
    if not text.startswith(".", at):
        return False
    before = text[:at].rsplit(None, 1)
    return bool(before) and before[-1].lower() in titles


def _initial_after_comma(text: str, end: re.Match[str]) -> bool:
    """Whether the period of ``end`` closes a name's initial opening an appositive
    ("kata Wali Kota Banjarbaru, H. Ahmad Fauzi"): one capital letter right after a
    comma and a space, the period alone, a capitalised word next. A sentence ending in
    a one-letter word ("the plan B.") has no comma before it."""
    at = end.start()
    return (
        end[0].rstrip() == "."
        and at >= 3
        and text[at - 3 : at - 1] == ", "
        and text[at - 1].isupper()
        and text[end.end() : end.end() + 1].isupper()
    )


def _abbreviated(text: str, end: re.Match[str]) -> bool:
    """Whether the period of ``end`` closes a word of at most two letters (a title's
    abbreviation: "डॉ.", whose vowel sign is no letter)."""
    if not text.startswith(".", end.start()):
        return False
    word = text[: end.start()].rsplit(None, 1)[-1] if text[: end.start()].strip() else ""
    return is_abbreviation(word)


# Languages whose participles of saying also stand after an article as an adjective
# ("el llamado «arreglo»", the so-called "fix"; "la cosiddetta", "o chamado").
_ARTICLE_PARTICIPLE_LANGUAGES = frozenset({"es", "pt", "fr", "it"})


def _after_opening_determiner(
    text: str, found: list[re.Match[str]], index: int, lo: int, language: str
) -> bool:
    """Whether ``found[index]`` follows a determiner that opens its clause ("El llamado
    «arreglo» consiste ...": the so-called, not a verb): the determiner right before it,
    with nothing but letters or a space before that determiner back to the stretch's
    start or a punctuation mark. An object clitic after its subject ("López la llamó
    «...»") keeps its verb."""
    if language not in _ARTICLE_PARTICIPLE_LANGUAGES or index == 0:
        return False
    article = found[index - 1]
    if article[0].lower() not in DETERMINERS_BY_LANGUAGE[language]:
        return False
    if text[article.end() : found[index].start()].strip():
        return False
    before = text[found[index - 2].end() if index >= 2 else lo : article.start()]
    return index == 1 or bool(before.strip())


def find_cues(text: str, lo: int, hi: int, language: str) -> list[Cue]:
    """The verbs of saying of ``language`` in ``text[lo:hi]``, in order.

    A verb counts in lower case, or capitalised as the first word of ``text[lo:hi]``
    (a sentence opening with its verb: "Dijo el alcalde: ..."). A French verb may carry
    its inverted pronoun ("explique-t-il", "ajoute-t-elle"), or its auxiliary may, before
    the participle ("a-t-elle dit", "ont-ils déclaré": one cue, the pronoun its speaker).

    Parameters
    ----------
    text : str
        A line of a body (spans masked).
    lo, hi : int
        The stretch of ``text`` searched.
    language : str
        A code of :data:`~analysis.stats.quotes.languages.REPORTING_VERBS_BY_LANGUAGE`.

    Returns
    -------
    list of Cue
        The verbs found, by offset (an inverted pronoun's offsets in ``joined``).
    """
    verbs = (
        REPORTING_VERBS_BY_LANGUAGE[language]
        | ACCORDING_TO_BY_LANGUAGE.get(language, frozenset())
        | ACCORDING_AFTER_BY_LANGUAGE.get(language, frozenset())
    )
    auxiliaries = SKIPPED_BY_LANGUAGE.get(language, frozenset())
    prefixes = ACCORDING_PREFIXES_BY_LANGUAGE.get(language, ())
    tags = QUOTE_TAGS_BY_LANGUAGE.get(language, frozenset())
    cues: list[Cue] = []
    found = list(WORD_RE.finditer(text, lo, hi))
    for index, m in enumerate(found):
        word = m[0]
        joined = next((p for p in prefixes if word.lower().startswith(p + "-")), None)
        if joined is not None:  # "Ngokuka-sodolophu": "according to" and its speaker
            cues.append(Cue(m.start(), m.start() + len(joined) + 1, joined, None))
            continue
        inside = _joined_according(word, language)
        if inside is not None:  # "យោងតាមលោក": "according to" joined to a title
            cues.append(Cue(m.start(), m.start() + inside[0], inside[1], None))
            continue
        if word[:1].isupper() and index > 0:
            continue
        low = word.lower()
        if low in tags:
            if _after_quote_comma(text, m.start()) and phrase_after(text, m.end(), hi, language):
                cues.append(Cue(m.start(), m.end(), low, None))  # "„...“, so die Ministerin"
            continue  # "Der „Neustart“, so wie er geplant war": no one named
        if _document_verb(found, index, low, language):
            cues.append(Cue(m.start(), m.end(), low, None))  # "در این نامه آمده است"
            continue
        if (first := _two_word_verb_start(text, found, index, low, language)) is not None:
            cues.append(Cue(first, m.end(), low, None))  # "आरोप लगाया", "nhấn mạnh"
            continue
        if low in verbs and _after_opening_determiner(text, found, index, lo, language):
            continue
        if low in verbs:
            if not (cues and cues[-1].end >= m.end()):  # not the participle of "a-t-il dit"
                cues.append(Cue(m.start(), m.end(), low, None))
            continue
        joined_verb = _joined_verb(low, verbs, language)
        if joined_verb:  # "ตำรวจระบุว่า": the verb written joined to its speaker
            cues.append(Cue(m.end() - len(joined_verb), m.end(), joined_verb, None))
            continue
        elided = next(
            (e for e in ELIDED_QUE_BY_LANGUAGE.get(language, ()) if low.startswith(e)), ""
        )
        if elided and low[len(elided) :] in verbs:  # "qu'affirme": the verb after "que"
            cues.append(Cue(m.start(), m.end(), low[len(elided) :], None))
            continue
        parts = low.split("-")
        if len(parts) < 2 or parts[-1] not in INVERTED_PRONOUNS:
            continue
        joined = (m.end() - len(parts[-1]), m.end())
        if parts[0] in verbs:
            cues.append(Cue(m.start(), m.start() + len(parts[0]), parts[0], joined))
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        reflexive = _reflexive_auxiliary(found, index, parts[0])
        if (
            (parts[0] in auxiliaries or reflexive)
            and after is not None
            and after[0] in verbs
            and not text[m.end() : after.start()].strip()
        ):
            # a compound tense with its subject inverted ("a-t-elle dit", "ont-ils
            # déclaré"): the auxiliary and the participle are the verb, the pronoun
            # its speaker
            cues.append(Cue(m.start(), after.end(), after[0], joined))
    return cues


def _two_word_verb_start(
    text: str, found: Sequence[re.Match[str]], index: int, low: str, language: str
) -> int | None:
    """Where a verb of saying written as two words starts when ``found[index]`` (``low``)
    is its second and the word right before it (only spaces between) its first
    (:data:`~.languages_more.TWO_WORD_VERBS_BY_LANGUAGE`: "आरोप लगाया", "khẳng định");
    None otherwise."""
    firsts = TWO_WORD_VERBS_BY_LANGUAGE.get(language, {}).get(low)
    if not firsts or index == 0:
        return None
    before = found[index - 1]
    if before[0].lower() not in firsts or text[before.end() : found[index].start()].strip():
        return None
    return before.start()


def _document_verb(found: Sequence[re.Match[str]], index: int, low: str, language: str) -> bool:
    """Whether ``low`` (``found[index]`` in lower case) is a verb of saying only after a
    document's noun and one stands among the :data:`DOCUMENT_VERB_WINDOW` words before it
    (:data:`~analysis.stats.quotes.languages.DOCUMENT_VERBS_BY_LANGUAGE`)."""
    rule = DOCUMENT_VERBS_BY_LANGUAGE.get(language)
    if rule is None or low not in rule[0]:
        return False
    before = found[max(0, index - DOCUMENT_VERB_WINDOW) : index]
    return any(w[0].lower() in rule[1] for w in before)


#: The auxiliary of a French reflexive verb's compound tense with its subject inverted,
#: the reflexive pronoun elided onto it ("s'est-il interrogé", "s'est-elle exclamée") or
#: standing before it ("se sont-ils félicités").
_REFLEXIVE_AUXILIARIES = frozenset({"s'est", "s’est"})
_REFLEXIVE_PLURAL_AUXILIARY = "sont"
_REFLEXIVE_PRONOUN = "se"


def _reflexive_auxiliary(found: Sequence[re.Match[str]], index: int, auxiliary: str) -> bool:
    """Whether ``auxiliary`` (the part of ``found[index]`` before its inverted pronoun)
    is a reflexive verb's "s'est", or "sont" after "se"."""
    if auxiliary in _REFLEXIVE_AUXILIARIES:
        return True
    return (
        auxiliary == _REFLEXIVE_PLURAL_AUXILIARY
        and index > 0
        and found[index - 1][0].lower() == _REFLEXIVE_PRONOUN
    )


def _after_quote_comma(masked: str, at: int) -> bool:
    """Whether ``at`` follows a masked quote and a comma, spaces around it."""
    before = masked[:at].rstrip()
    return before.endswith(",") and before[:-1].rstrip().endswith(_MASK)


def _joined_verb(word: str, verbs: frozenset[str], language: str) -> str:
    """The verb of saying ``word`` ends with after other letters, in a language that
    writes such verbs joined to the subject before them
    (:data:`~analysis.stats.quotes.languages_regional.JOINED_VERB_ENDINGS_BY_LANGUAGE`),
    the longest; or ""."""
    ending = JOINED_VERB_ENDINGS_BY_LANGUAGE.get(language)
    if not ending or not word.endswith(ending):
        return ""
    found = [v for v in verbs if v.endswith(ending) and len(v) < len(word) and word.endswith(v)]
    return max(found, key=len, default="")


def _joined_according(word: str, language: str) -> tuple[int, str] | None:
    """Where "according to" ends inside ``word`` with more letters after it, in a
    language that writes it joined to the words around it (Khmer "នេះបើតាមការ...",
    this according to the ...: the cue is the word up to there), and which it is; or
    None."""
    for according in JOINED_ACCORDING_TO_BY_LANGUAGE.get(language, ()):
        at = word.find(according)
        if at >= 0 and at + len(according) < len(word):
            return at + len(according), according
    return None


def _after_span(
    masked: str, lo: int, hi: int, opening: int, stop: int, cue: Cue, language: str
) -> tuple[int, int] | None | bool:
    """The speaker of a verb right after a span's closing mark (ending at ``stop``).

    Returns the speaker's offsets, None for an attributed span with no speaker named,
    or False when the verb does not follow the span closely (more than a speaker or
    an auxiliary between them).
    """
    if cue.start - stop > PHRASE_WINDOW:
        return False  # far more than a speaker between them
    resumed = _past_resumptive(masked, stop, cue.start, language)
    stop = resumed if resumed is not None else stop  # "„...“ Das sagte X": after "Das"
    gap = masked[stop : cue.start]
    words = [m for m in WORD_RE.finditer(gap)]
    skipped = SKIPPED_BY_LANGUAGE.get(language, frozenset())
    if len(words) > 1 and words[0][0].lower() in skipped and words[1][0].lower() not in skipped:
        # an auxiliary or particle before the speaker ('"..." het die burgemeester gesê',
        # '"...," ni Ìyá X wí'): the gap is the speaker's from there
        stop += words[0].end()
        gap = masked[stop : cue.start]
        words = [m for m in WORD_RE.finditer(gap)]
    if all(m[0].lower() in skipped for m in words):
        if cue.joined is not None:
            return cue.joined
        found = phrase_after(masked, cue.end, hi, language)
        if found is None:  # Turkish: 'Bakan Ahmet Yılmaz, "..." dedi.'
            before = masked[lo:opening].rstrip()
            # or a colon before the quote: 'Мектептин директору X: «...», — деп билдирди'
            end = lo + len(before) - 1 if before.endswith(":") else opening
            # past the adverbial parts between subject and quote ('X, … belirterek, "..."')
            end = before_adverbial_parts(masked, lo, end, language)
            found = phrase_before(masked, lo, end, language)
        return found
    verb_last = language in VERB_FINAL_LANGUAGES or resumed is not None  # "Bunu X söyledi"
    longest = MAX_PHRASE_WORDS if verb_last else _MAX_GAP_WORDS
    if len(words) > longest:
        return _appositive_gap(masked, stop, cue, words, language)
    found = phrase_before(masked, stop, cue.start, language, skip_comma=False)
    if found is None or WORD_RE.search(masked, stop, found[0]):
        if resumed is not None:  # "Foi assim que o vereador, X, resumiu": role and name
            gap_words = list(WORD_RE.finditer(masked[resumed : cue.start]))
            return _appositive_gap(masked, resumed, cue, gap_words, language)
        return False  # the phrase must fill the gap: ", pero el público opina"
    return found


# What may stand between a closing mark and the words that take its quote up ("», c'est
# ce qu'a déclaré X", "“ – das sagte X"): spaces, a comma, a dash.
_RESUMPTIVE_LEAD = " \t\u00a0\u202f,-\u2013\u2014"


def _past_resumptive(masked: str, at: int, end: int, language: str) -> int | None:
    """Where the words that take a quote up before its verb end
    (:data:`RESUMPTIVES_BY_LANGUAGE`: "Das" of "„...“ Das sagte X", "Об этом" of
    "«...». Об этом заявил X"), when ``masked[at:end]`` opens with them (after spaces,
    a comma or a dash), only spaces between them; None otherwise."""
    words = list(WORD_RE.finditer(masked, at, end))
    skipped = SKIPPED_BY_LANGUAGE.get(language, frozenset())
    for phrase in RESUMPTIVES_BY_LANGUAGE.get(language, ()):
        if len(words) < len(phrase) or masked[at : words[0].start()].strip(_RESUMPTIVE_LEAD):
            continue
        head = words[: len(phrase)]
        same = all(
            m[0].lower().replace("\u2019", "'") == w for m, w in zip(head, phrase, strict=True)
        )
        if not same or any(masked[a.end() : b.start()].strip() for a, b in pairwise(head)):
            continue
        rest = words[len(phrase) :]
        if (
            language in _SPEAKER_BEFORE_VERB
            or phrase[-1] in _CLEFT_ENDS
            or all(m[0].lower() in skipped for m in rest)
        ):
            return head[-1].end()  # the verb right after them: "Das Amt sagte" is none
    return None


def _resumed_by_next(
    masked: str, lo: int, hi: int, cues: Sequence[Cue], language: str
) -> _Attribution | None:
    """The attribution the sentence ``lo:hi`` gives the quote before it, a sentence of
    its own, when it opens by taking the quote up before its first verb of saying
    ("«...». Об этом заявил X", "«...». Lo ha detto il sindaco X"); None otherwise."""
    if not cues or _past_resumptive(masked, lo, cues[0].start, language) is None:
        return None
    found = _after_span(masked, lo, hi, lo, lo, cues[0], language)
    if found is False:
        return None
    start, end = found if found else (None, None)
    return _Attribution(cues[0].word, start, end)


def _appositive_gap(
    masked: str, stop: int, cue: Cue, words: list[re.Match[str]], language: str
) -> tuple[int, int] | bool:
    """The speaker of a gap that names them before an appositive closed by a comma
    right before the verb ('", bà Trần Thị Lan, một tiểu thương bán vải, nói.' gives
    "bà Trần Thị Lan"): the phrase that fills the gap up to its first comma, at most
    five words, naming someone; False otherwise."""
    if not is_comma(masked[stop : cue.start].rstrip()[-1:]):
        return False
    # ``words`` are matches in the gap, offsets from ``stop``
    first = next((m for m in words if is_comma(masked[stop + m.end() : stop + m.end() + 1])), None)
    if first is None or words.index(first) >= _MAX_APPOSITIVE_NAME_WORDS:
        return False
    found = phrase_before(masked, stop, stop + first.end(), language, skip_comma=False)
    if found is None or WORD_RE.search(masked, stop, found[0]):
        return False
    taken = [(m.start(), m.end(), m[0]) for m in WORD_RE.finditer(masked, found[0], found[1])]
    if not any(is_name_word(w) for _, _, w in taken) or _complement_names_only(taken, language):
        # a role, then its appositive name up to the comma before the verb ('"..." het
        # die burgemeester, Johan Venter, gesê'; "o secretário de Obras, X,"): both, as
        # after the verb
        name = _appositive_name(masked, found[1], cue.start, language)
        if name and not masked[name[-1][1] : cue.start].strip(COMMAS + " "):
            return found[0], name[-1][1]
    return found


def _attribute(
    masked: str, lo: int, hi: int, opening: int, stop: int, cues: Sequence[Cue], language: str
) -> _Attribution | None:
    """The attribution of the span at ``opening``..``stop`` in the sentence ``lo:hi``."""
    # cues are in order and disjoint: bisection finds the first after the span and the
    # last before it (a line of thousands of quotes stays near linear)
    after = bisect_left(cues, stop, key=_start)
    if after < len(cues):
        found = _after_span(masked, lo, hi, opening, stop, cues[after], language)
        before = bisect_right(cues, opening, key=_end) - 1
        if found is None and before >= 0:
            # a verb before the quote names the speaker the quotative after it does not
            # ('X మాట్లాడుతూ, "..." అని చెప్పారు': X, speaking, said "..." so)
            return _attribute(masked, lo, hi, opening, stop, cues[: before + 1], language)
        if found is not False:
            start, end = found if found else (None, None)
            return _Attribution(cues[after].word, start, end)
    before = bisect_right(cues, opening, key=_end) - 1
    if before >= 0:
        cue = cues[before]
        if cue.word in ACCORDING_TO_BY_LANGUAGE.get(language, frozenset()) or (
            cue.word in ACCORDING_PREFIXES_BY_LANGUAGE.get(language, ())
        ):
            # "selon le maire X,"; "podľa odborov" (a noun follows "according to")
            found = phrase_after(masked, cue.end, opening, language, source=True)
            start, end = found if found else (None, None)
            return _Attribution(cue.word, start, end)
        found = cue.joined or _without_as(
            masked,
            phrase_before(masked, lo, _before_genitive(masked, cue, language), language),
            language,
        )
        if found is None or (not cue.joined and _fronted_adjunct(masked, lo, cue, language)):
            # "Dijo el alcalde:"; "Gegenüber dieser Zeitung sagte sie:" (verb second)
            found = phrase_after(masked, cue.end, opening, language) or found
        start, end = found if found else (None, None)
        return _Attribution(cue.word, start, end)
    return _opinion_opener(masked, lo, opening, language)


def _fronted_adjunct(masked: str, lo: int, cue: Cue, language: str) -> bool:
    """Whether, in a language that puts its verb second (:data:`VERB_SECOND_LANGUAGES`),
    the sentence opens before ``cue`` with an adjunct, not the subject: a preposition or
    a time word of :data:`PHRASE_STOPS_BY_LANGUAGE` ("Im Gespräch sagte X", "Am Dienstag
    sagte X", "Gegenüber dieser Zeitung sagte sie") or a dative article ("Dem SWR
    sagte er"); the subject then follows the verb."""
    if language not in VERB_SECOND_LANGUAGES or cue.word in ACCORDING_AFTER_BY_LANGUAGE.get(
        language, frozenset()
    ):
        return False  # "Dem Gutachten zufolge ist X „...“": the account is the phrase before
    first = WORD_RE.search(masked, lo, cue.start)
    if first is None or masked[lo : first.start()].strip():
        return False
    word = first[0].lower()
    return word in PHRASE_STOPS_BY_LANGUAGE.get(language, frozenset()) or word in (
        VERB_SECOND_OPENERS_BY_LANGUAGE.get(language, frozenset())
    )


def _before_genitive(masked: str, cue: Cue, language: str) -> int:
    """Where the speaker's phrase before ``cue`` ends: before the genitive postposition
    that "according to" written after its noun takes ("X के अनुसार", "X के मुताबिक": X's
    account; :data:`GENITIVE_POSTPOSITIONS_BY_LANGUAGE`), else at the cue."""
    if cue.word not in ACCORDING_AFTER_BY_LANGUAGE.get(language, frozenset()):
        return cue.start
    words = list(WORD_RE.finditer(masked, max(0, cue.start - 12), cue.start))
    if (
        words
        and words[-1][0] in GENITIVE_POSTPOSITIONS_BY_LANGUAGE.get(language, frozenset())
        and not masked[words[-1].end() : cue.start].strip()
    ):
        return words[-1].start()
    return cue.start


def _without_as(
    masked: str, found: tuple[int, int] | None, language: str
) -> tuple[int, int] | None:
    """The phrase before a verb of saying without the conjunction "as" opening it
    (:data:`AS_CONJUNCTIONS_BY_LANGUAGE`) and the auxiliaries and clitics after it
    ("Jak", "Comme l'a", "Come ha": None, the speaker follows the verb; "Wie Bürgermeister
    X": "Bürgermeister X")."""
    if found is None:
        return None
    words = list(WORD_RE.finditer(masked, found[0], found[1]))
    if not words or words[0][0].lower() not in AS_CONJUNCTIONS_BY_LANGUAGE.get(language, ()):
        return found
    skipped = SKIPPED_BY_LANGUAGE.get(language, frozenset())
    rest = [
        w
        for w in words[1:]
        if not all(part in skipped for part in re.split(r"(?<=['’])", w[0].lower()) if part)
    ]
    return (rest[0].start(), found[1]) if rest else None


def _opinion_opener(masked: str, lo: int, opening: int, language: str) -> _Attribution | None:
    """The person a sentence with no verb of saying opens with in a view ("Pour Claire
    Dumas, présidente du club, « ... »": :data:`OPINION_OPENERS_BY_LANGUAGE`): the
    phrase after the capitalised preposition, closed by a comma before the span and
    holding a capitalised word ("Pour la première fois, ..." names nobody)."""
    first = WORD_RE.search(masked, lo, opening)
    if (
        first is None
        or masked[lo : first.start()].strip()
        or not first[0][:1].isupper()
        or first[0].lower() not in OPINION_OPENERS_BY_LANGUAGE.get(language, frozenset())
    ):
        return None
    found = phrase_after(masked, first.end(), opening, language, source=True)
    if found is None or masked[found[1] : found[1] + 1] not in COMMAS:
        return None
    if not any(is_name_word(m[0]) for m in WORD_RE.finditer(masked, found[0], found[1])):
        return None
    return _Attribution(first[0].lower(), found[0], found[1])


#: Words of a name after its title in a language written with spaces between phrases.
_TITLED_NAME_WORDS = 2


def titled_name(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """The person a speaker phrase names by their title in Khmer or Lao: the phrase's
    last personal title and the one or two space-separated words after it ("លោក ហេង
    សុវណ្ណារ៉ា អ្នកនាំពាក្យក្រសួង", Mr Heng Sovannara, the ministry's spokesman, gives
    "លោក ហេង សុវណ្ណារ៉ា").

    Parameters
    ----------
    text : str
        The text (a line, quoted spans masked).
    start, end : int
        Where the phrase lies.
    language : str
        A code of :data:`~analysis.stats.quotes.languages.REPORTING_VERBS_BY_LANGUAGE`.

    Returns
    -------
    tuple of int or None
        The title and name's offsets; None outside Khmer and Lao or with no title.
    """
    if language not in PHRASE_SPACED_LANGUAGES:
        return None
    titles = PERSONAL_TITLES_BY_LANGUAGE.get(language, frozenset())
    words = list(WORD_RE.finditer(text, start, end))
    opened = [i for i, m in enumerate(words) if _title_at(m[0], titles, language) is not None]
    if not opened:
        return None
    first = words[opened[-1]]
    title_start = first.start() + (_title_at(first[0], titles, language) or 0)
    name_end = first.end()
    for m in words[opened[-1] + 1 : opened[-1] + 1 + _TITLED_NAME_WORDS]:
        if text[name_end : m.start()] != " ":
            break
        name_end = m.end()
    return title_start, name_end


def _title_at(word: str, titles: frozenset[str], language: str) -> int | None:
    """Where a personal title opens in ``word``: 0 for a title printed apart, after a
    word it is written joined to (:data:`TITLE_JOINERS_BY_LANGUAGE`: Khmer "របស់លោក",
    of Mr), or None."""
    if word in titles:
        return 0
    for joiner in TITLE_JOINERS_BY_LANGUAGE.get(language, ()):
        at = word.rfind(joiner)
        if at >= 0 and word[at + len(joiner) :] in titles:
            return at + len(joiner)
    return None


_TOKEN_RE = re.compile(r"\S+")


def _titled(word: str, titles: tuple[str, ...]) -> bool:
    """A title printed apart, or joined to a name of two letters or more ("นายก" alone,
    the head of a body, is no "นาย" before a name)."""
    title = next((t for t in titles if word.startswith(t)), None)
    return title is not None and len(word) - len(title) != 1


def _joined_title_end(text: str, start: int, end: int, language: str) -> int | None:
    """Where the phrase from ``start`` to ``end`` ends in a language that joins a title
    to the given name (Thai): after the surname that follows its last titled word
    ("นางสาวมาลี ศรีสุข ชาวบ้าน ...", Miss Malee Srisuk, a villager ..., ends after
    "ศรีสุข"), after the two words that follow a title printed apart ("ดร. สุดา ใจดี");
    None with no titled word or none after it."""
    titles = JOINED_TITLES_BY_LANGUAGE.get(language)
    if not titles:
        return None
    roles = JOINED_TITLE_ROLES_BY_LANGUAGE.get(language, ())
    tokens = list(_TOKEN_RE.finditer(text, start, end))
    titled = [
        i for i, m in enumerate(tokens) if _titled(m[0], titles) and not m[0].startswith(roles)
    ]
    if not titled:
        return None
    last = titled[-1] + (2 if tokens[titled[-1]][0] in titles else 1)  # a title apart: 2 words
    if last >= len(tokens) - 1:
        return None
    return tokens[last].end()


def _by_title(
    found: _Attribution | None, masked: str, floor: int, language: str
) -> _Attribution | None:
    """``found`` with its speaker narrowed to the titled name it holds or that opens its
    clause after ``floor`` (:func:`titled_name`: "ທ່ານ X ຫົວໜ້າພະແນກ ... ແລະ ...
    ກ່າວວ່າ", whose phrase the conjunction of the role cut), or cut after the name
    its title opens (:func:`_joined_title_end`)."""
    if found is None or found.speaker_start is None or found.speaker_end is None:
        return found
    cut = _joined_title_end(masked, found.speaker_start, found.speaker_end, language)
    if cut is not None:
        return _Attribution(found.cue, found.speaker_start, cut)
    named = titled_name(masked, min(floor, found.speaker_start), found.speaker_end, language)
    return found if named is None else _Attribution(found.cue, *named)


def _shift(found: _Attribution | None, offset: int) -> _Attribution | None:
    if found is None or found.speaker_start is None or found.speaker_end is None:
        return found
    return _Attribution(found.cue, found.speaker_start + offset, found.speaker_end + offset)


def _verbless(masked: str, lo: int, hi: int, language: str, offset: int) -> _Attribution | None:
    """The attribution to the name opening ``masked[lo:hi]``, a sentence with no verb
    of saying before a quote (:func:`.verbless.foreign_verbless_subject`), moved by
    ``offset``."""
    span = foreign_verbless_subject(masked, lo, hi, language)
    if span is None:
        return None
    return _Attribution(VERBLESS_CUE, span[0] + offset, span[1] + offset)


def colon_attribution(body: str, line: _Line, language: str) -> _Attribution | None:
    """The attribution a line ending with a colon gives the quote that opens the next
    line ("Hon berättar:", "Ein Anwohner berichtete:"): its last sentence's last verb.

    Parameters
    ----------
    body : str
        The article body.
    line : _Line
        The line before the quote.
    language : str
        A code of :data:`~analysis.stats.quotes.languages.REPORTING_VERBS_BY_LANGUAGE`.

    Returns
    -------
    _Attribution or None
        The verb and its speaker's offsets in ``body``; None when the line does not end
        with a colon or names no verb of saying.
    """
    text = body[line.start : line.end].rstrip()
    if not text.endswith(":"):
        return None
    lo = sentence_starts(text, language)[-1]
    cues = find_cues(text, lo, len(text), language)
    if not cues:
        if any(c in _QUOTE_CHARS for c in text[lo:]):
            return None
        return _verbless(text, lo, len(text) - 1, language, line.start)
    end = len(text) - 1
    return _shift(_attribute(text, lo, end, end, end, cues[-1:], language), line.start)


def statement_attribution(body: str, line: _Line, language: str) -> _Attribution | None:
    """The attribution the last sentence of ``line`` (a paragraph ending with a full
    stop) gives a quote-only paragraph after it: its last verb of saying and speaker
    ("Hän sanoo, että työ jatkuu.": "Hän"), or the name that opens it with no verb of
    saying ("Pargi lähedal elav Jüri Saar vaatas toimuvat aknast.": "Jüri Saar").

    Parameters
    ----------
    body : str
        The article body.
    line : _Line
        The paragraph before the quote.
    language : str
        A code of :data:`~analysis.stats.quotes.languages.REPORTING_VERBS_BY_LANGUAGE`.

    Returns
    -------
    _Attribution or None
        The verb and its speaker's offsets in ``body``; None when the sentence holds a
        quote and no verb of saying, or names no one.
    """
    text = body[line.start : line.end].rstrip()
    lo = sentence_starts(text, language)[-1]
    if any(c in _QUOTE_CHARS for c in text[lo:]):
        return None
    end = len(text) - 1
    cues = find_cues(text, lo, end, language)
    if not cues:
        return _verbless(text, lo, end, language, line.start)
    return _shift(_attribute(text, lo, end, end, end, cues[-1:], language), line.start)


#: The cue recorded for a reporter's question in marks (:mod:`.questions`).
QUESTION_CUE = "question"


def attribute_line(
    body: str, line: _Line, spans: list[_Span], previous: _Line | None, language: str
) -> None:
    """Attribute the spans of one line in place, by the rules of ``language``.

    Parameters
    ----------
    body : str
        The article body.
    line : _Line
        The line.
    spans : list of _Span
        Its spans, in order (their ``attribution`` is set).
    previous : _Line or None
        The line before, whose colon can attribute a quote opening this line.
    language : str
        A code of :data:`~analysis.stats.quotes.languages.REPORTING_VERBS_BY_LANGUAGE`.
    """
    text = body[line.start : line.end]
    stretches = [(s.open_mark.pos - line.start, _span_stop(s) - line.start) for s in spans]
    masked = _mask_spans(text, stretches)
    starts = sentence_starts(masked, language)
    quote_ends = _quote_sentence_ends(text, masked, stretches, language)
    bounds = [*starts, len(masked)]
    sentence_cues: dict[int, list[Cue]] = {}
    first_text = len(masked) - len(masked.lstrip())
    last: _Attribution | None = None
    for s in spans:
        opening, stop = s.open_mark.pos - line.start, _span_stop(s) - line.start
        k = bisect_right(starts, opening) - 1
        lo, hi = bounds[k], bounds[k + 1]
        if k not in sentence_cues:  # each sentence read once, however many quotes it holds
            sentence_cues[k] = find_cues(masked, lo, hi, language)
        cues = sentence_cues[k]
        cut = bisect_left(quote_ends, stop)
        if cut < len(quote_ends) and quote_ends[cut] < hi:
            # the quote closed its sentence: no verb after that attributes it
            cues = [c for c in cues if c.start < quote_ends[cut]]
        prior = bisect_right(quote_ends, opening) - 1
        if (
            prior >= 0
            and lo < quote_ends[prior]
            and any(quote_ends[prior] <= c.start and c.end <= opening for c in cues)
        ):
            # a quote before closed its sentence and this one has a verb of its own:
            # its speaker is read from there ('X ने कहा, "..." उन्होंने कहा कि "..."')
            lo = quote_ends[prior]
            cues = [c for c in cues if c.start >= lo]
        quoted = body[s.start : s.end]
        if (
            _so_called(masked, lo, opening, language)
            or names_a_work(text, opening, quoted, language)
            or is_nickname(text, opening, stop, quoted)
        ):
            s.attribution, s.named = None, True  # a term the writer names ("sogenannte")
            continue
        asker = question_asker(masked, lo, opening, stop, hi, language)
        if asker is not None:  # "На запитання журналістки «…»", "gazetecilerin "…" sorusuna"
            s.attribution = _Attribution(QUESTION_CUE, asker[0] + line.start, asker[1] + line.start)
            continue
        found = _attribute(masked, lo, hi, opening, stop, cues, language)
        floor = lo if found and (found.speaker_end or 0) <= opening else stop
        found = _shift(_by_title(found, masked, floor, language), line.start)
        if found is None and masked[lo:opening].rstrip().endswith(":"):
            # "X nie miał wątpliwości: „...”": the subject before the colon
            colon = len(masked[:opening].rstrip()) - 1
            found = _verbless(masked, lo, colon, language, line.start)
            if found is None:  # "– Name, role: «...»": a label's name
                found = _labelled(masked, colon, stop, line.start)
        if found is None and previous is not None and opening <= first_text:
            found = colon_attribution(body, previous, language)
        own = (dateline_end(masked) or lo) if k == 0 else lo  # "ROMA (ANSA) - «...»"
        if found is None and not WORD_RE.search(masked, own, hi) and k + 1 < len(starts):
            # a sentence of its own that the next one takes up ("«...». Об этом заявил X"),
            # after a wire's dateline or none
            if k + 1 not in sentence_cues:
                sentence_cues[k + 1] = find_cues(masked, hi, bounds[k + 2], language)
            resumed = _resumed_by_next(masked, hi, bounds[k + 2], sentence_cues[k + 1], language)
            found = _shift(resumed, line.start)
        if found is None and not WORD_RE.search(masked, lo, hi) and k > 0:
            # "X, eerder wethouder, sloeg een verzoenende toon aan. “...”": its subject
            found = _verbless(masked, bounds[k - 1], lo, language, line.start)
        if found is None and (
            inner := incise(text, s.start - line.start, s.end - line.start, language)
        ):
            # «Мы готовы, — сказал Соловьёв. — Но ...»: the narrator's words inside
            cue, a, b = inner
            found = _Attribution(
                cue, *((a + line.start, b + line.start) if a is not None else (None, None))
            )
        if found is None and not WORD_RE.search(masked, lo, hi):
            found = last  # a sentence of its own goes on the line's last quote's speaker
        s.attribution = found
        last = found
