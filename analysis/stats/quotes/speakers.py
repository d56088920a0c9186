"""Speaker phrases: the noun phrase a reporting cue names as the speaker.

Reads a masked line and a cue; gives the speaker's offsets or None (before the cue,
after it for "according to" and inverted verbs, around an appositive, the clause
subject), tidied and checked to be a noun phrase (:func:`_speaker_span`). Rules:
"Speaker" in :mod:`analysis.stats.quotes`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.stats.quotes.affiliations import name_before_of
from analysis.stats.quotes.cues import _QUANTIFIERS, _after_determiner, _Cue
from analysis.stats.quotes.lexicon import (
    _ADJUNCT_PREPOSITIONS,
    _AUX_OR_ADVERBS,
    _AUXILIARIES,
    _BE_FORMS,
    _CONNECTIVES,
    _CONTRACTION_RE,
    _DASHES,
    _DETERMINERS,
    _FUNCTION_WORDS,
    _INDEFINITE_PRONOUNS,
    _INVERTIBLE,
    _IRREGULAR_VERB_FORMS,
    _LEADING_CONJUNCTIONS,
    _MASK,
    _NOT_SPEAKERS,
    _NP_INNER,
    _NP_LINKS,
    _PARTICIPLE_ENDINGS,
    _PHRASE_EDGE_BLOCKERS,
    _PRONOUNS,
    _SKIP_BEFORE_CUE,
    _SPEAKER_TRIM,
    _STOP_WORDS,
    _TIME_MODIFIERS,
    _TIME_NOUNS,
    _TIME_UNITS,
    _TOKEN_RE,
    REPORTING_VERBS,
    _clean_token,
    _is_acronym,
    _is_adverb,
    _is_filler,
    _names_nobody,
    _verb_after_name,
)
from analysis.stats.quotes.speaker_names import _PARTICLES, ROLE_WORDS
from analysis.stats.sentences import is_abbreviation
from analysis.text import WORD_CHAR


def _skip_back(tokens: Sequence[re.Match[str]], i: int, opener: frozenset[str] | str) -> int:
    """Index of the token before the one that opens an aside closed at ``tokens[i]``.

    ``opener`` is the set of dash tokens (an aside between dashes) or ``"("`` (a
    parenthesis). Returns -2 when the aside has no opening within the clause.
    """
    first = i if opener == "(" else i - 1  # "(R-Utah)" opens and closes in one token
    for j in range(first, max(-1, i - 40), -1):
        raw = tokens[j][0]
        if _MASK in raw:
            return -2
        if raw in opener if isinstance(opener, frozenset) else raw.startswith(opener):
            return j - 1
    return -2


_PHRASE_BREAKS = frozenset(',;:"”’»)')  # a token ending with one ends a phrase


# A speaker phrase with its asides ends within this many characters before its cue.
NP_LOOKBACK_CHARS = 1000


# Longer than ~60 lines on purpose: one backward scan whose skip rules (an aside, a time
# adjunct, one prepositional adjunct, a "head of the ..." link) share and reset the
# same state (the token index, the words picked, whether an adjunct was skipped); split
# into helpers, that state would have to travel through every call.
def _np_before(masked: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """Offsets of the noun phrase that ends just before a cue (or None).

    Only the last :data:`NP_LOOKBACK_CHARS` characters before the cue are read (cut at a
    space), so a clause that runs on for pages costs no more per cue than a sentence.
    """
    if cue_start - lo > NP_LOOKBACK_CHARS:
        cut = masked.find(" ", cue_start - NP_LOOKBACK_CHARS, cue_start)
        if cut != -1:
            lo = cut + 1
    tokens = list(_TOKEN_RE.finditer(masked, lo, cue_start))
    picked: list[re.Match[str]] = []
    skipped_adjunct = False
    i = len(tokens) - 1
    while i >= 0:
        tok = tokens[i]
        raw = tok[0]
        if not picked and (raw in _DASHES or (raw[-1] == ")" and _MASK not in raw)):
            # an aside between the subject and the cue: "X – a, b and c – urged",
            # "Sen. Lee (R-Utah) said"
            i = _skip_back(tokens, i, _DASHES if raw in _DASHES else "(")
            if i < -1:
                return None
            continue
        i -= 1
        if _MASK in raw or raw in _DASHES:
            break
        if raw[-1] in _PHRASE_BREAKS:
            if not picked and raw[-1] == ",":
                return _appositive_subject(tokens, i + 1)
            break
        clean = _clean_token(raw)
        word = clean.lower()
        if clean.islower() and (
            word in _AUX_OR_ADVERBS or (word.endswith("ly") and _is_adverb(word))
        ):
            if picked:
                break
            continue
        if not picked:
            if word in _SKIP_BEFORE_CUE:
                continue
            if (
                word in _TIME_NOUNS
                and i >= 0
                and _clean_token(tokens[i][0]).lower() in _TIME_MODIFIERS
            ):
                i -= 1  # "Lee last week said"
                continue
            if word in _PRONOUNS:
                return tok.start(), tok.start() + len(raw.rstrip(".,;:"))
        if word == "and" and clean == raw and _and_in_body_name(tokens, i, picked):
            picked.append(tok)  # "The Department of Health and Senior Services said"
            continue
        if (
            word in _STOP_WORDS or (word in REPORTING_VERBS and not _noun_of_saying(tokens, i))
        ) and not _is_acronym(clean):
            # an adjunct between subject and verb: "Smith on Monday said"
            if picked and word in _ADJUNCT_PREPOSITIONS and not skipped_adjunct:
                picked, skipped_adjunct = [], True
                continue
            head = _clause_head(tokens, i) if picked and word in _HEAD_LINKS else None
            if head is not None:
                # the head noun opening the clause: "Walkers against the bypass said"
                picked += [tok, *reversed(tokens[head : i + 1])]
            break
        picked.append(tok)
        if clean == "A" and len(picked) < 8 and i >= 0 and _capitalised_word(tokens[i][0]):
            continue  # a capital letter inside a name ("Nyalenda A MCA X"), no article
        if word in _DETERMINERS or len(picked) == 8:
            before = _clean_token(tokens[i][0]).lower() if i >= 0 else ""
            if word in _DETERMINERS and before in _NP_LINKS and len(picked) < 6 and i > 0:
                # "a spokesman for the campaign", "the nations behind the panel"
                head = tokens[i - 1][0]
                if _MASK not in head and head[-1].isalnum() and not _is_filler(head):
                    head_word = _clean_token(head).lower()
                    if not (
                        head_word in _STOP_WORDS
                        or head_word in REPORTING_VERBS
                        or (head.islower() and head_word.endswith(("ed", "ing")))
                    ):
                        picked.append(tokens[i])
                        i -= 1
                        continue
            if word in _DETERMINERS and i > 0:
                opener = _participle_clause(tokens, i)
                if opener is not None:
                    # the phrase is a participle's object after the subject: "A man
                    # charged with robbing a store told", "The lawyer representing the
                    # family said"
                    return _np_before(masked, lo, tokens[opener].start())
            if before in _ADJUNCT_PREPOSITIONS and not skipped_adjunct:
                picked, skipped_adjunct, i = [], True, i - 1  # "Lopez at the time called"
                continue
            head = _clause_head(tokens, i - 1) if word in _DETERMINERS and i > 0 else None
            if before in _HEAD_LINKS and head is not None:
                picked += [tokens[i], *reversed(tokens[head:i])]  # "Anglers near the dam"
            break
    while picked and _clean_token(picked[-1][0]).lower() in _NP_INNER - _DETERMINERS:
        picked.pop()
    if not picked or _verb_led(tokens, picked[-1]):
        return None
    return picked[-1].start(), picked[0].end()


#: The most words of a participle clause after a subject's noun before its object's
#: determiner ("charged with robbing", "accused of killing", "living near"): two
#: participles and a preposition between them, and one more.
PARTICIPLE_CLAUSE_WORDS = 4


def _participle_clause(tokens: Sequence[re.Match[str]], i: int) -> int | None:
    """Index of the participle that opens a reduced relative clause ending at
    ``tokens[i]``, just before a determiner (or None).

    The clause is up to :data:`PARTICIPLE_CLAUSE_WORDS` plain lower-case words: "-ing"
    or "-ed" forms and the prepositions between them, the last an "-ing" form or a
    preposition ("robbing", "charged with robbing", "accused of", "living near"), the
    first a participle right after a noun (a plain word that is no function word,
    pronoun, auxiliary or verb of saying: "man", "Residents"). The phrase after the
    determiner is then the participle's object, not the speaker.
    """
    first = None
    j = i
    while j >= 0 and i - j < PARTICIPLE_CLAUSE_WORDS:
        raw = tokens[j][0]
        if _MASK in raw or not raw.isalpha() or not raw.islower():
            break
        if raw.endswith(("ing", "ed")) and len(raw) > 4 and raw not in REPORTING_VERBS:
            first = j
        elif raw not in _PARTICIPLE_PREPOSITIONS:
            break
        j -= 1
    if first is None or first == 0:
        return None
    last = tokens[i][0]
    if not (last.endswith("ing") or last in _PARTICIPLE_PREPOSITIONS):
        return None  # "-ed" before a determiner: a verb of the clause ("Lee urged the ...")
    noun = _clean_token(tokens[first - 1][0])
    lower = noun.lower()
    if (
        noun != tokens[first - 1][0]
        or not noun.isalpha()
        or lower in _STOP_WORDS
        or lower in _PRONOUNS
        or lower in _DETERMINERS
        or lower in _AUX_OR_ADVERBS
        or lower in REPORTING_VERBS
        or _is_adverb(lower)
    ):
        return None
    return first


# Prepositions inside a participle clause ("charged with", "accused of", "living near").
_PARTICIPLE_PREPOSITIONS = frozenset(
    {"with", "of", "near", "in", "at", "on", "for", "from", "to", "by", "into", "under"}
)


def _and_in_body_name(
    tokens: Sequence[re.Match[str]], i: int, picked: Sequence[re.Match[str]]
) -> bool:
    """Whether an "and" before ``picked`` joins two parts of a body's name after "of"
    ("The Department of Health and Senior Services", "the chairman of the House Energy
    and Commerce Committee", "Ministry of Culture and Tourism"): the words after it
    (``picked``) and the run before it up to "of" or "of the" (``tokens[i]`` back) are
    capitalised words with no punctuation. Two names joined ("Smith and Jones said") have
    no "of" before them and stay apart."""
    if not picked or not all(_capitalised_word(t[0]) for t in picked):
        return False
    j = i
    while j >= 0 and _capitalised_word(tokens[j][0]):
        j -= 1
    if j == i:
        return False
    if j >= 0 and tokens[j][0] == "the":
        j -= 1
    return j >= 0 and tokens[j][0] == "of"


def _capitalised_word(raw: str) -> bool:
    """A capitalised word with no punctuation after it ("Health", "Commerce")."""
    return raw[:1].isupper() and raw[-1].isalnum() and _MASK not in raw


def _noun_of_saying(tokens: Sequence[re.Match[str]], i: int) -> bool:
    """Whether the verb of saying after ``tokens[i]`` is a noun: "the" before it ("one of
    the accused told", "the accused said")."""
    return i >= 0 and tokens[i][0].lower() == "the"


# Prepositions that join a head noun opening its clause to the rest of the speaker
# phrase before the cue ("Walkers against the bypass said", "Lawmakers
# from both parties said"); "of", "for" and "by" are inner words already.
_HEAD_LINKS = frozenset({"against", "from", "with", "near", "across", "among", "behind"})


def _clause_head(tokens: Sequence[re.Match[str]], i: int) -> int | None:
    """Index of the noun phrase's first token when ``tokens[i]`` is a head noun opening
    its clause (or None).

    The head is a word that is no function word, pronoun, connective, verb of saying
    or "-ing" / "-ed" form ("Speaking with reporters" is no head), after at most a
    determiner; its phrase opens the clause (sentence start, after a comma or a quote)
    and with a capital unless a comma or a quote is before it.
    """
    head = _clean_token(tokens[i][0])
    lower = head.lower()
    if (
        not head.isalpha()
        or lower in _STOP_WORDS
        or lower in _PRONOUNS
        or lower in _DETERMINERS
        or lower in _CONNECTIVES
        or lower in REPORTING_VERBS
        or (head.islower() and lower.endswith(("ing", "ed")))
        or lower.endswith("ing")
    ):
        return None
    first = i - 1 if i > 0 and _clean_token(tokens[i - 1][0]).lower() in _DETERMINERS else i
    if first == 0:
        return first if _clean_token(tokens[0][0])[:1].isupper() else None
    before = tokens[first - 1][0]
    return first if _MASK in before or before[-1] in _PHRASE_BREAKS else None


def _verb_led(tokens: Sequence[re.Match[str]], first: re.Match[str]) -> bool:
    """Whether a phrase opening with ``first`` is a verb phrase, not a subject.

    A lower-case "-ed" or "-ing" word that follows a word of the same clause (who,
    and, is, newly, ...) opens a predicate: "who founded the site tweeted", "and
    carrying signs saying". At the clause start it is an adjective ("retired general").
    Any lower-case word right after an auxiliary, "to" or "not" is a predicate too
    ("Trump has long promised", "will stop saying", "continued to appear ...
    tweeting"), and so is an irregular past after "who" ("who went on a tear
    declaring"); a lower-case word after "which" heads a relative clause ("which some
    have argued"), whose cue is not the quote's; and a phrase after a relative
    pronoun's verb is its object ("The engineer who led the inspection said": not "the
    inspection").
    """
    word = _clean_token(first[0])
    if not word.islower():
        return False
    k = tokens.index(first) - 1
    if k < 0:
        return False
    before = tokens[k][0]
    if _MASK in before:
        return False
    opener = _clean_token(before).lower()
    if word.isalpha() and opener in _PREDICATE_OPENERS:
        return True  # "has long promised", "spoke to his aides, saying"
    if opener in _RELATIVE_SUBJECTS and word in _IRREGULAR_VERB_FORMS:
        return True  # "who went on a tear declaring"
    if opener == "which" and word.isalpha() and word not in _DETERMINERS:
        return True  # "which some have argued"; not "in which the host said"
    if (
        k >= 1
        and word.isalpha()
        and before.isalpha()
        and before.islower()
        and before not in _AUXILIARIES
        and _clean_token(tokens[k - 1][0]).lower() in _RELATIVE_SUBJECTS
    ):
        return True  # "who led the inspection said": the relative clause's object
    return word.endswith(("ed", "ing")) and before[-1] not in ",;:" and before not in _DASHES


# Words after which a lower-case word belongs to a predicate.
_PREDICATE_OPENERS = _AUXILIARIES | {"to", "not"}


_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


# A party-and-state tag or a state abbreviation set off by commas: "R-Ky.", "Mass.".
_PLACE_TAG_RE = re.compile(r"(?:[RDI]-[A-Z][A-Za-z.]*|[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)$")


def _place_chunk(tokens: Sequence[re.Match[str]], j: int, chunk: Sequence[str]) -> bool:
    """Whether the comma-delimited chunk at ``tokens[j]`` is a place or party tag.

    "R-Ky.", "Mass.", "Republican of Nebraska", or a capitalized word or two after a
    chunk that opens with "of", "in" or "from" ("Ana Ruiz, 67, of Provo, Utah, said").
    """
    if len(chunk) == 1 and _PLACE_TAG_RE.match(chunk[0]):
        return True
    if len(chunk) == 3 and chunk[1] == "of" and chunk[0][:1].isupper() and chunk[2][:1].isupper():
        return True  # a party and state: "Jane Doe, Democrat of Ohio, said"
    if len(chunk) > 2 or not all(w[:1].isupper() for w in chunk):
        return False
    p = j - 1
    while p > 0 and not tokens[p - 1][0].endswith(",") and _MASK not in tokens[p - 1][0]:
        p -= 1
    return p < j - 1 and tokens[p][0] in {"of", "in", "from"}


def _first_chunk(tokens: Sequence[re.Match[str]], k: int) -> tuple[int, int] | None:
    """The name that opens the clause ending at ``tokens[k]``, up to its first comma.

    The clause starts after the last quoted span (mask) or at the first token; a
    leading conjunction is skipped. None unless every word is capitalized (or "of",
    "for", "by", "the", "and") and there are at most eight.
    """
    start = k
    while start > 0 and k - start < 40 and _MASK not in tokens[start - 1][0]:
        start -= 1
    if start > 0 and _MASK not in tokens[start - 1][0]:
        return None  # the clause is too long to tell
    if _clean_token(tokens[start][0]).lower() in _LEADING_CONJUNCTIONS:
        start += 1
    end = start
    while end < k and not tokens[end][0].endswith(","):
        end += 1
    words = [_clean_token(t[0]).rstrip(",") for t in tokens[start : end + 1]]
    if len(words) > 8 or not words[0][:1].isupper():
        return None
    if not all(w[:1].isupper() or w.lower() in _NP_INNER for w in words):
        return None
    return tokens[start].start(), tokens[end].start() + len(tokens[end][0].rstrip(","))


def _is_title(word: str) -> bool:
    """A capitalised abbreviation with its period ("Rev.", "Dr."), as a title prints."""
    return word[:1].isupper() and word.endswith(".") and is_abbreviation(word[:-1])


#: Words inside a name and the place or body after it ("Jonah Whitlow of Upper Cray",
#: "Siobhan O'Brien of the University of Kelloway"), which :func:`_speaker_span` cuts to
#: the person (:mod:`.affiliations`).
_NAME_OF_INNER = frozenset({"of", "the"})


def _name_particle(word: str) -> bool:
    """A name's particle in lower case, alone or joined by a hyphen to the capitalised
    rest of the name ("bin", "van", "al-Nuaimi", "el-Sayed")."""
    head, hyphen, rest = word.partition("-")
    return word.lower() in _PARTICLES or (
        bool(hyphen) and head.lower() in _PARTICLES and rest[:1].isupper()
    )


def _appositive_subject(tokens: Sequence[re.Match[str]], k: int) -> tuple[int, int] | None:
    """Subject of "Name, appositive, said" or "title, Name, said".

    ``tokens[k]`` ends the comma-delimited chunk just before the cue.
    """
    j = k
    while j > 0 and k - j < 12:
        previous = tokens[j - 1][0]
        if previous.endswith(",") or _MASK in previous:
            break
        j -= 1
    if j == 0 or not tokens[j - 1][0].endswith(","):
        return None
    if any(t[0] in _DASHES for t in tokens[j : k + 1]):
        return None  # a dateline or an aside, no appositive: "OLDSMAR, Fla. - Paul Ryan ..."
    chunk = [_clean_token(t[0]).rstrip(",") for t in tokens[j : k + 1]]
    if _place_chunk(tokens, j, chunk):
        # "Sen. Lee, R-Utah, said", "Ana Ruiz, 67, of Provo, Utah, said": the subject is
        # the first comma-delimited chunk of the clause
        first = _first_chunk(tokens, j - 1)
        if first is not None:
            return first
    titled = len(chunk) > 2 and chunk[0] == "the" and _is_title(chunk[1])  # "the Rev. Ann Lee"
    rest = chunk[1:] if titled else chunk
    if all(w[:1].isupper() or w.lower() in _NP_INNER for w in rest) and rest[0][:1].isupper():
        return tokens[j].start(), tokens[k].start() + len(tokens[k][0].rstrip(","))
    picked: list[re.Match[str]] = []
    for tok in reversed(tokens[max(0, j - 8) : j]):
        word = _clean_token(tok[0]).rstrip(",")
        if _MASK in tok[0] or (picked and tok[0].endswith(",")):
            break
        if picked and word in _NAME_OF_INNER:
            picked.append(tok)  # "Jonah Whitlow of Upper Cray, who ...": read on
            continue
        if _name_particle(word):
            picked.append(tok)  # "Sheikh Hamad bin Saif al-Nuaimi, the minister, said"
            continue
        if not word[:1].isupper() or word.lower() in _STOP_WORDS:
            break
        picked.append(tok)
    while picked and (
        _clean_token(picked[-1][0]) in _NAME_OF_INNER
        or _clean_token(picked[-1][0]).lower() in _PARTICLES
    ):
        picked.pop()  # "a resident of Upper Cray": the name after "of" alone
    if not picked:
        return None
    first = _role_opening_clause(tokens, tokens.index(picked[-1]))
    return first.start(), picked[0].start() + len(picked[0][0].rstrip(","))


def _role_opening_clause(tokens: Sequence[re.Match[str]], p: int) -> re.Match[str]:
    """The first token of a lower-case role before the name at ``tokens[p]`` when the
    role opens the clause ("Longtime customer Harold Voss, 79, called", "The retired
    teacher Ann Lee, 67, said"), else ``tokens[p]``.

    The role is one to :data:`TITLE_MAX_WORDS` plain lower-case words (no function
    word, verb of saying or adverb; the first may be a determiner or capitalised as the
    sentence's first word) from the clause's start (the line's or after a quotation) up
    to the name, as a role before a name with no commas is kept (the quotes sets'
    convention); a role after another word of the clause ("At the meeting resident X,
    45, said") is no opening and is left out.
    """
    j = p
    while j > 0 and p - j < TITLE_MAX_WORDS:
        raw = tokens[j - 1][0]
        word = _clean_token(raw)
        lower = word.lower()
        if (
            _MASK in raw
            or word != raw
            or not word.isalpha()
            or lower in REPORTING_VERBS
            or lower in _AUX_OR_ADVERBS
            or _is_adverb(lower)
            or (lower in _STOP_WORDS and lower not in _DETERMINERS)
        ):
            break
        j -= 1
    if j == p:
        return tokens[p]
    if j > 0 and _MASK not in tokens[j - 1][0]:
        return tokens[p]  # the role does not open the clause
    roles = [_clean_token(t[0]) for t in tokens[j:p]]
    if roles[0].lower() in _DETERMINERS:
        roles = roles[1:]
    if not roles or not all(w.islower() for w in roles[1:]):
        return tokens[p]
    return tokens[j]


def _phrase_span(masked: str, picked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """From the first picked word to the last that is no inner word or determiner."""
    while picked and masked[picked[-1][0] : picked[-1][1]].lower() in _NP_INNER | _DETERMINERS:
        picked.pop()
    if not picked:
        return None
    return picked[0][0], picked[-1][1]


def _np_after(
    masked: str, cue_end: int, hi: int, after_quote: bool = False
) -> tuple[int, int] | None:
    """Offsets of the noun phrase that follows a cue ("said the official").

    ``after_quote``: the cue follows a quotation's closing mark, so a lower-case phrase
    with no determiner can be its speaker (:func:`_bare_phrase_after`).
    """
    picked: list[tuple[int, int]] = []
    linked = False
    for tok in _TOKEN_RE.finditer(masked, cue_end, hi):
        raw = tok[0]
        if _MASK in raw:
            if picked and not masked[picked[-1][1] : tok.start()].strip():
                return None  # the quotation's subject: 'said the plan "ignores the roads"'
            break
        word = _clean_token(raw)
        lower = word.lower().rstrip(".,;:")
        if not picked and lower in _PRONOUNS:
            if raw == word and _clause_follows(masked, tok.end(), hi):
                return None  # "said he was ...": the clause's subject, not the speaker
            return tok.start(), tok.start() + len(raw.rstrip(".,;:!?"))
        if picked and word.islower() and (lower in _AUXILIARIES or _is_adverb(lower)):
            return None  # a clause follows: "said the judge had ..."
        if not linked and lower in _PARTICIPLE_LINKS and _participle_last(masked, picked):
            # a participle's complement: "according to the notice pinned on the gate"
            linked = True
            picked.append((tok.start(), tok.end()))
            continue
        linking = lower in _NP_LINKS and len(picked) > 1 and _determined(masked, picked[0])
        if (lower in _STOP_WORDS and lower not in _NP_INNER and not linking) or raw in _DASHES:
            break  # a determiner's noun goes on through a link ("a statement from X")
        if (
            picked
            and word.islower()
            and (lower in REPORTING_VERBS or lower.endswith("ing"))
            and _participle_follows(masked, picked[-1], tok)
        ):
            break  # "wrote a man calling himself ..."
        if (
            not picked
            and not (word[:1].isupper() or lower in _DETERMINERS)
            and not _title_before_name(masked, tok.start(), hi)
        ):
            # "said spokesman Ana Ruiz", "said council leader Ana Ruiz" keep the title
            return _bare_phrase_after(masked, tok.start(), hi) if after_quote else None
        stripped = raw.rstrip(',;:!?"”’)')
        ends_sentence = stripped.endswith(".") and not is_abbreviation(word.rstrip(".,;:"))
        if ends_sentence:
            stripped = stripped[:-1]
        picked.append((tok.start(), tok.start() + len(stripped)))
        if stripped != raw or len(picked) == 8:
            break
    return _phrase_span(masked, picked)


def _clause_follows(masked: str, at: int, hi: int) -> bool:
    """Whether the word at ``at`` is a lower-case auxiliary or modal: a pronoun before it
    opens a reported clause ("said he was ...", "said she would ..."), not an inverted
    speaker ('"...," said he.')."""
    follow = _TOKEN_RE.search(masked, at, hi)
    if follow is None or masked[at : follow.start()].strip():
        return False
    word = _clean_token(follow[0])
    return word.islower() and word in _AUXILIARIES


def _determined(masked: str, first: tuple[int, int]) -> bool:
    """Whether a phrase's first word is a determiner ("a statement", "the office")."""
    return masked[first[0] : first[1]].lower() in _DETERMINERS


# Prepositions a participle after the head noun takes with it ("the notice pinned on
# the gate", "documents filed in court"); "by" is an inner word already.
_PARTICIPLE_LINKS = frozenset({"with", "to", "on", "in", "at", "from", "under", "against", "into"})


def _participle_last(masked: str, picked: Sequence[tuple[int, int]]) -> bool:
    """Whether the last of the picked words is a participle after a noun ("pinned")."""
    if len(picked) < 2:
        return False
    word = masked[picked[-1][0] : picked[-1][1]]
    before = masked[picked[-2][0] : picked[-2][1]].lower()
    return (
        len(word) > 4
        and word.isalpha()
        and word.islower()
        and word.endswith("ed")
        and before not in _DETERMINERS
    )


# A lower-case phrase after an inverted cue that has at most this many words.
BARE_PHRASE_MAX_WORDS = 5


def _bare_phrase_after(masked: str, start: int, hi: int) -> tuple[int, int] | None:
    """A lower-case noun phrase with no determiner, from ``start`` (or None).

    Read only after an inverted cue that follows a quotation ('"...," said harbour
    ferry crews in a joint note', a headline's "..., says father of stranded hiker"). Up
    to :data:`BARE_PHRASE_MAX_WORDS` lower-case words ("of" inside), ended by a
    punctuation mark, the range's end or a function word; none a function, time or
    filler word, a quantifier, an adverb, a verb of saying or an "-ing" form ("said
    nothing", "said earlier", "said many of ...", "said laughing"), and no capital
    after them ("said residents Tuesday" is left to the other rules).
    """
    picked: list[tuple[int, int]] = []
    for tok in _TOKEN_RE.finditer(masked, start, hi):
        raw = tok[0]
        word = raw.rstrip(".,;:!?")
        lower = word.lower()
        if picked and lower == "of" and word == raw:
            picked.append((tok.start(), tok.end()))
            continue
        if picked and (lower in _STOP_WORDS or lower in _FUNCTION_WORDS) and word.islower():
            break
        if (
            _MASK in raw
            or not word.isalpha()
            or not word.islower()
            or lower in _FUNCTION_WORDS
            or lower in _STOP_WORDS
            or lower in _AUX_OR_ADVERBS
            or lower in _SKIP_BEFORE_CUE
            or lower in _CONNECTIVES
            or lower in _TIME_UNITS
            or lower in _NOT_SPEAKERS
            or lower in _QUANTIFIERS
            or lower in REPORTING_VERBS
            or lower.endswith("ing")
            or _is_adverb(lower)
            or len(picked) == BARE_PHRASE_MAX_WORDS
        ):
            return None
        picked.append((tok.start(), tok.start() + len(word)))
        if word != raw:
            break
    return _phrase_span(masked, picked)


# A title printed in lower case before a name ("said council leader Ana Ruiz", "said
# chief executive officer Ana Ruiz", "said ambulance service chief executive Ana Ruiz",
# "said deputy chief medical officer Ana Ruiz") has at most this many words.
TITLE_MAX_WORDS = 4


def _title_before_name(masked: str, start: int, hi: int) -> bool:
    """Whether the lower-case words from ``start`` are a title followed by a name.

    One to :data:`TITLE_MAX_WORDS` lower-case words, none a function word (a stop word,
    a determiner, an auxiliary) or an adverb, then a capitalised word that is no day or
    time noun ("said residents Tuesday" names no one): "said spokesman Ana Ruiz", "said
    managing director Ana Ruiz".
    """
    for words, tok in enumerate(_TOKEN_RE.finditer(masked, start, hi)):
        raw = tok[0]
        word = _clean_token(raw)
        lower = word.lower()
        if word[:1].isupper():
            return words > 0 and lower.rstrip(".,;:!?") not in _TIME_NOUNS
        if (
            _MASK in raw
            or not word.isalpha()
            or word != raw
            or lower in _STOP_WORDS
            or lower in _DETERMINERS
            or lower in _AUXILIARIES
            or _is_adverb(lower)
            or words == TITLE_MAX_WORDS
        ):
            return False
    return False


def _participle_follows(masked: str, previous: tuple[int, int], tok: re.Match[str]) -> bool:
    """Whether ``tok`` (lower case, after a picked word) starts a participle clause.

    A reporting verb, or an "-ing" word after a noun and before a lower-case word
    ("a man calling himself"); not an adjective ("a booming voice", "ranking Democrat").
    """
    word = _clean_token(tok[0]).lower()
    if word in REPORTING_VERBS:
        return not _after_determiner(masked, tok.start())
    if not word.endswith("ing") or masked[previous[0] : previous[1]].lower() in _DETERMINERS:
        return False
    following = _TOKEN_RE.search(masked, tok.end())
    return following is not None and _clean_token(following[0])[:1].islower()


# The endings of a possessive noun ("Georgia's", "Georgia’s").
_POSSESSIVE_ENDINGS = ("'s", "’s")


def _clause_subject(masked: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase that opens the clause of a cue ("Lee, who ..., said").

    The clause starts at the sentence start or after the last quoted span before the cue.
    """
    picked: list[tuple[int, int]] = []
    after_determiner = False
    masked_at = masked.rfind(_MASK, lo, cue_start)
    clause_start = max(lo, masked_at + 1)
    if masked_at >= lo and _in_relative_clause(masked, lo, masked_at, cue_start):
        clause_start = lo  # 'X, whose play "…" toured …, said': the clause is X's
    tokens = _after_adjunct(
        _after_dateline(list(_TOKEN_RE.finditer(masked, clause_start, cue_start)))
    )
    for k, tok in enumerate(tokens):
        raw = tok[0]
        word = _clean_token(raw).lower().rstrip(",;:")
        if not word:
            continue
        if not picked and word in _PRONOUNS:
            return tok.start(), tok.start() + len(raw.rstrip(",;:"))
        if not picked and word in _LEADING_CONJUNCTIONS:
            continue
        capital = _clean_token(raw)[:1].isupper()
        title = bool(picked) and k + 1 < len(tokens) and tokens[k + 1][0][:1].isupper()
        possessive = capital and word.endswith(_POSSESSIVE_ENDINGS)
        if (
            word in _DETERMINERS
            or (not picked and capital and word in _INDEFINITE_PRONOUNS)
            or possessive
        ):
            # a number or quantifier opening the phrase is its determiner ("One
            # neighbour, who ..., said"; "Two witnesses, ..., said"), and so is a
            # name's possessive ("Georgia's secretary of state, who ..., said")
            after_determiner = True
        elif (
            word in _STOP_WORDS
            or word in _SKIP_BEFORE_CUE
            or word in REPORTING_VERBS
            or (not capital and word in _AUXILIARIES)  # "X can be heard saying"
            or not (capital or title or after_determiner or (picked and word in _NP_INNER))
        ):
            break
        stripped = raw.rstrip(",;:")
        picked.append((tok.start(), tok.start() + len(stripped)))
        if stripped != raw or len(picked) == 8:
            break
    return _phrase_span(masked, picked)


# A relative clause set off by a comma after its subject ("Mabey, whose previous play").
_RELATIVE_OPENING = re.compile(r",[ \t]+(?:who|whose|which)\b")


def _in_relative_clause(masked: str, lo: int, masked_at: int, cue_start: int) -> bool:
    """Whether the quoted span ending at ``masked_at`` lies in a relative clause between
    the clause's subject and its cue ("Mabey, whose previous play "…" toured the
    north-east, said": a title or a quote inside it): the clause opens with a comma
    and a relative pronoun before the span, no other span before that, and closes
    with a comma between the span and the cue."""
    opening = _RELATIVE_OPENING.search(masked, lo, masked_at)
    if opening is None or _MASK in masked[lo : opening.start()]:
        return False
    return "," in masked[masked_at:cue_start]


def _after_dateline(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """The tokens of a clause after its dateline ("OLDSMAR, Fla. - Paul Ryan said").

    A dateline is up to four capitalized words that open the clause and end at a dash;
    a clause without one is returned whole.
    """
    for k, tok in enumerate(tokens[:5]):
        if tok[0] in _DASHES:
            return tokens[k + 1 :] if k > 0 else tokens
        if not tok[0][:1].isupper():
            break
    return tokens


#: The most words an opening adverbial phrase set off by a comma takes ("In the clip,",
#: "At the hearing on Monday,"): a preposition, a determiner, a noun and a short
#: modifier; a longer opening is a clause of its own.
MAX_ADJUNCT_WORDS = 5


def _after_adjunct(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """The tokens of a clause after an opening adverbial phrase set off by a comma ("In
    the clip, a flight attendant can be heard saying"): a preposition of time or place
    and up to :data:`MAX_ADJUNCT_WORDS` words, the last ending with a comma; a clause
    without one is returned whole."""
    if not tokens or _clean_token(tokens[0][0]).lower() not in _ADJUNCT_PREPOSITIONS:
        return tokens
    for k, tok in enumerate(tokens[:MAX_ADJUNCT_WORDS]):
        if _MASK in tok[0]:
            break
        if tok[0].endswith(","):
            return tokens[k + 1 :] if k > 0 else tokens
    return tokens


# A dash that sets off a dateline or an aside: spaced, doubled, or an en/em dash.
_DASH_CHAR_RE = re.compile(r"[-–—―]")


# A phrase that may need tidying: a dash, a bracket or markup in it, or punctuation, a
# mark or a space at an end.
_INNER_UNTIDY = "-–—―(<"


_EDGE_UNTIDY = frozenset(_SPEAKER_TRIM + " ")


_PHRASE_DASH_RE = re.compile(r"\s+-+\s+|\s*(?:--|[–—―])\s*")


def _tidy(masked: str, start: int, end: int) -> tuple[int, int]:
    """Trim dashes, punctuation, a dateline, a parenthesis and markup off a phrase."""
    if _DASH_CHAR_RE.search(masked, start, end):
        for m in _PHRASE_DASH_RE.finditer(masked, start, end):
            if m.end() < end:
                start = m.end()
    while start < end and masked[start] in _SPEAKER_TRIM:
        start += 1
    while end > start and (masked[end - 1] in _SPEAKER_TRIM or masked[end - 1].isspace()):
        end -= 1
    paren = masked.find(" (", start, end)
    if paren > start:
        end = paren  # "Sen. Lee (R-Utah)" -> "Sen. Lee"
    markup = masked.find("<", start, end)
    if markup >= 0:
        end = markup  # "@handle</tweet>"
        while end > start and masked[end - 1] in _SPEAKER_TRIM + " ":
            end -= 1
    return start, end


# A clock time with its marks ("10:57 A.M.", "2:05 PM ET") and the space after it.
_CLOCK_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?))?(?:\s+[A-Z]{1,2}T\b)?\s*")


def _speaker_span(masked: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Tidy a candidate speaker phrase, or reject it when it is no noun phrase.

    Outer dashes, commas and marks are trimmed; of a phrase cut by a dash only the part
    after the last dash is kept ("WASHINGTON — Sen. Lee"), and a trailing parenthesis
    or markup is dropped ("Sen. Lee (R-Utah)"). A phrase that holds an auxiliary or
    modal (will, would, has, ...), a contraction ("he'd"), an adverb ("likely") or a
    reporting verb that is no noun is rejected, as is one that opens or ends with a
    preposition: it is a clause, not a speaker.
    """
    if span is None:
        return None
    start, end = span
    phrase = masked[start:end]
    if phrase.isalpha() and (phrase[0].isupper() or phrase in _PRONOUNS):
        # the common case: "Lee", "He", "she"; not "MORE", "No", "Furthermore"
        return None if _names_nobody(phrase.split()) else span
    clock = _CLOCK_TIME_RE.search(masked, start, end)
    if clock is not None:
        start = clock.end()  # "UPDATE 10:57 A.M. Feinstein": a time stamp, then the name
        phrase = masked[start:end]
        if not phrase.strip():
            return None
    if (
        phrase[0] in _EDGE_UNTIDY
        or phrase[-1] in _EDGE_UNTIDY
        or any(char in phrase for char in _INNER_UNTIDY)
    ):
        start, end = _tidy(masked, start, end)
        phrase = masked[start:end]
        if not WORD_CHAR.search(phrase):
            return None
    if " " not in phrase and (
        phrase.lower() in _DETERMINERS
        or (phrase.islower() and phrase.isalpha() and phrase.endswith(("ed", "ing")))
    ):
        return None  # a lone determiner or participle ("voiced"): no noun phrase
    words = phrase.split()
    if words[0].lower() in _PHRASE_EDGE_BLOCKERS or words[-1] in _PHRASE_EDGE_BLOCKERS:
        return None  # "of RT", "out-of-touch for", "By the end of the day"
    if _names_nobody(words):
        return None
    subject_words = _verb_after_name(words)
    if subject_words:
        # the cue is the object of a verb: "Xi renewed calls", "Trump lavished praise"
        words = words[:subject_words]
        end = start + len(phrase) - len(phrase.split(None, subject_words)[-1])
        phrase = masked[start:end].rstrip()
        end = start + len(phrase)
    apostrophe = "'" in phrase or "’" in phrase
    for raw in words:
        if raw[0].isupper() and not apostrophe:
            continue
        word = _clean_token(raw).rstrip(".,;:!?")
        if apostrophe and _CONTRACTION_RE.search(word.lower()):
            return None  # "he'd", "I'm"
        if not word.islower():
            continue
        if word in _AUX_OR_ADVERBS or (word.endswith("ly") and _is_adverb(word)):
            return None
        if word in REPORTING_VERBS:
            at = masked.find(raw, start, end)
            if not _after_determiner(masked, at):
                return None
    named = name_before_of(phrase, _PARTICLES, ROLE_WORDS)
    if named is not None:
        end = start + named  # "Jonah Whitlow of Upper Cray": the person, not the place
    return start, end


def coordinated_name(
    masked: str, cue_start: int, earlier_ends: Sequence[int]
) -> tuple[int, int] | None:
    """The name a verb of saying after "and" shares with the clause reported before it:
    "The affidavit says the man, Tyler Ames, showed the clerk a gun and said, "…""
    gives "Tyler Ames" (or None).

    Police and court copy report what a document or an officer says a person did, then
    what the person said, in one sentence. The verb at ``cue_start`` has "and" right
    before it (no subject of its own); one of the earlier verbs of saying of the
    sentence (ending at ``earlier_ends``) is followed, after an optional "that", by a
    role of a determiner and one to :data:`TITLE_MAX_WORDS` lower-case words, a comma,
    and a capitalised name of up to four words and a comma: the reported clause's
    subject, whose name the sets' convention gives ('her attorney, Marcus Feld').

    Parameters
    ----------
    masked : str
        The text, quoted spans masked.
    cue_start : int
        Where the verb of saying after "and" starts.
    earlier_ends : sequence of int
        Where the sentence's verbs of saying before it end.

    Returns
    -------
    tuple of int or None
        The name's offsets, or None.
    """
    if masked[max(0, cue_start - 5) : cue_start].rstrip().split()[-1:] != ["and"]:
        return None
    for end in reversed(earlier_ends):
        tokens = list(_TOKEN_RE.finditer(masked, end, cue_start))
        k = 1 if tokens and tokens[0][0] == "that" else 0
        if len(tokens) < k + 3 or tokens[k][0].lower() not in _DETERMINERS:
            continue
        k += 1
        role = 0
        while k < len(tokens) and role < TITLE_MAX_WORDS:
            raw = tokens[k][0]
            word = raw.rstrip(",")
            if not (word.isalpha() and word.islower()) or word in _STOP_WORDS:
                break
            role, k = role + 1, k + 1
            if raw != word:
                break
        if not role or not tokens[k - 1][0].endswith(","):
            continue
        name = k
        while k < len(tokens) and k - name < 4:
            raw = tokens[k][0]
            if not _capitalised_word(raw.rstrip(",")) or _MASK in raw:
                break
            k += 1
            if raw.endswith(","):
                return tokens[name].start(), tokens[k - 1].end() - 1
    return None


# the speaker follows the cue ("according to X", "as cited by X", "in the words of X")
_AFTER_CUES = frozenset({"according to", "cited by", "words of"})


def _cue_speaker(masked: str, lo: int, hi: int, cue: _Cue) -> tuple[int, int] | None:
    """The speaker phrase a cue names in ``masked[lo:hi]`` (or None)."""
    if cue.word in _AFTER_CUES:
        return _speaker_span(masked, _np_after(masked, cue.end, hi))
    passive = cue.word.endswith(_PARTICIPLE_ENDINGS) and _passive(masked, lo, cue)
    span = None if passive else _np_before(masked, lo, cue.start)
    span = _speaker_span(masked, span)
    if span is None and cue.word in _INVERTIBLE:
        after_quote = masked[lo : cue.start].rstrip(_QUOTE_GAP).endswith(_MASK)
        span = _speaker_span(masked, _np_after(masked, cue.end, hi, after_quote))
    return span


# What stands between a quotation's mask and an inverted cue right after it.
_QUOTE_GAP = " ,;:–—-\"'“”‘’«»"


def _passive(masked: str, lo: int, cue: _Cue) -> bool:
    """Whether a cue is a passive participle ("was found guilty", "has been called"):
    its subject is then not the speaker."""
    if not cue.word.endswith(_PARTICIPLE_ENDINGS):
        return False
    end = cue.start - 1
    for _ in range(3):  # the word before, skipping up to two adverbs
        begin = max(lo, masked.rfind(" ", lo, end) + 1)
        word = masked[begin:end].lower()
        if word in _BE_FORMS:
            return True
        if begin <= lo or not _is_adverb(word):
            return False
        end = begin - 1
    return False
