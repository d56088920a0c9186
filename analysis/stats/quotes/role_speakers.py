"""Speakers named through an apposition: a role with its holder's name beside it.

News prints a person once with their role ("the council's treasurer, Ana Brook";
"spokesperson Dana Kühl"; "Dana Kühl, the county's spokesperson") and then quotes them
by a pronoun or by the role alone (“...,” she said; “...,” the spokesperson said). The
pronoun rules (:mod:`.pronouns`) look for an earlier quote's speaker or the subject of a
verb of saying, so a person named only in an apposition stayed "she", and a role was
never a name. This module reads the appositions of the writer's words and, in the
``speaker`` column only (``speaker_as_printed`` keeps the printed words):

* a "he" / "she" left unresolved takes the one person the writer's words of its
  paragraph and the previous one, before it, name in an apposition, when those words
  name nobody else (:func:`~analysis.stats.quotes.pronouns._other_names`), hold no
  pronoun of the other gender and no courtesy title contradicts the pronoun;
* a speaker that is a role with no name, opened by "the" or a possessive ("the
  spokesperson", "the county's spokesperson"; not "a spokesperson": someone not named)
  takes the one person the body names with that role noun in an apposition; when the
  name follows it as its own apposition ("said the festival's director, Imogen Clay"),
  that name, and ``speaker_as_printed`` grows to hold it (the role with its name, as
  printed after a verb of saying in the other languages);
* a role opened by "a" / "an", or with the body it serves after it ("said a
  spokeswoman, Dana Kühl"; "said a consultant for the board, Dr. Ana Brook"), takes only
  the name its own apposition prints right after it, and none when the complement's noun
  is a person ("a spokesman for the governor, Ann Lee" may name the governor). Such a
  name may hold name particles ("bin", "de", "al-Amri").

An apposition (:func:`role_holders`) is a role phrase (a determiner or a possessive,
at most three words, the role noun last, no preposition: "the head of the agency" names
the head, not the agency) and a name of two to four capitalised words set off by a
comma, in either order, or a capitalised role word (:func:`.speaker_names.is_role_word`)
or a lower-case one printed right before the name ("Mayor Ana Brook", "spokesperson Dana
Kühl"). English shapes; no tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from analysis.stats.quotes.lexicon import _word_set
from analysis.stats.quotes.pronouns import (
    _OTHER_GENDER_RE,
    _PARAGRAPH_BREAK_RE,
    _RUN_OPENERS,
    MAX_ANTECEDENT_GAP,
    _fits_pronoun,
    _other_names,
    _outside_quotes,
    person_noun,
)
from analysis.stats.quotes.quote import Quote
from analysis.stats.quotes.speaker_names import _PARTICLES, is_role_word, speaker_name
from analysis.stopwords import FUNCTION_WORDS_BY_LANGUAGE

_RESOLVED_PRONOUNS = frozenset({"he", "she"})

# A determiner or possessive opening a role phrase ("the", "its", "the county's").
_OPENER = r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)|\b[A-Z][\w’'-]*['’]s)"
# The words between it and the role noun: no preposition or conjunction (the phrase's
# head is its last word).
_FILLER = r"(?:(?!(?:of|for|from|at|in|on|with|by|to|and|or)\s)[\w’'-]+\s+){0,3}?"
#: A name: two to four capitalised words ("Ana Brook", "Dana Kühl", "Mary Ann O'Neil").
NAME_PATTERN = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]*){0,2}\s+[A-Z][\w’'-]+"
_NAME = NAME_PATTERN

# A run of name words, each looked at with what stands around it (one pass of one
# pattern: a pattern for each shape tried at every word cost a third of find_quotes).
_RUN = re.compile(_NAME)
# "the council's treasurer, " before the name (searched back from it).
_ROLE_BEFORE = re.compile(rf"{_OPENER}\s+{_FILLER}([a-z][a-z-]+),\s+$")
# What may follow such a name: punctuation, a lower-case word or the end.
_NAME_END = re.compile(r"\s*[,.;:!?)]|\s+[a-z]|\s*$")
# ", the county's spokesperson," after the name (the role ends at punctuation).
_ROLE_AFTER = re.compile(rf",\s+{_OPENER}\s+{_FILLER}([a-z][a-z-]+)(?=[,.;:!?])")
# "spokesperson Dana Kühl": a title in lower case right before the name.
_WORD_BEFORE = re.compile(r"([A-Za-z][a-z-]+)\s+$")
# How far back a role phrase before a name is looked for (an opener and four words).
_ROLE_REACH = 100

# A capitalised word opening a sentence before a comma or a lower-case word: maybe a
# person named by a surname alone as the subject ("Fiorina, 61, declined ...").
_SENTENCE_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n\s*)([A-Z][\w’'-]*)(,|\s+(?=[a-z]))")
# The pronoun itself and its other forms: used before the name is given, it stands
# for someone else ("He expressed amusement that Mr. Rubio ...").
_SAME_GENDER_RE = {
    "he": re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE),
    "she": re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE),
}
_NOT_A_SUBJECT = (
    _RUN_OPENERS | FUNCTION_WORDS_BY_LANGUAGE["en"] | _word_set("every each some many most")
)


# is_role_word for the words of one process's bodies, asked again and again.
_role_word = lru_cache(maxsize=8192)(is_role_word)


def _person_noun(word: str) -> bool:
    return person_noun(word) or _role_word(word)


# A role speaker with no name: "the spokesperson", "the county's chief engineer".
_ROLE_SPEAKER = re.compile(rf"^{_OPENER}\s+{_FILLER}([a-z][a-z-]+)$")
# A role speaker that only an appositive right after it may name: opened by "a" / "an"
# ("said a spokesperson, Dana Kühl") or with the body it serves after the role noun
# ("said a consultant for the board, Dr. Ana Brook"): group 1 the role noun, group 2
# the complement's last word (None without one).
_LINKED_ROLE_SPEAKER = re.compile(
    rf"^(?:{_OPENER}|\b[Aa]n?)\s+{_FILLER}([a-z][a-z-]+)"
    rf"(?:\s+(?:for|at|with|of|to)\s+(?:the|its|their|[A-Z][\w’'-]*['’]s)"
    rf"(?:\s+[\w’'-]+){{0,3}}?\s+([\w’'-]+))?$"
)


def role_holders(text: str) -> list[tuple[str, str]]:
    """The (role noun, name) pairs ``text`` prints as appositions, in order.

    Parameters
    ----------
    text : str
        The writer's words (quotations left out).

    Returns
    -------
    list of tuple of (str, str)
        The role noun lower-cased ("treasurer") and the name as printed ("Ana Brook");
        a name whose first word is itself a role ("Mayor Ana Brook" read after a comma)
        loses it.
    """
    return [(role, name) for _, role, name in _holders(text)]


def _holders(text: str) -> list[tuple[int, str, str]]:
    """:func:`role_holders` with the offset in ``text`` where each name ends."""
    pairs: list[tuple[int, str, str]] = []
    for run in _RUN.finditer(text):
        words = run[0].split()
        start, end = run.span()
        # the last title inside the run with two words after it ("Mayor Ana Brook",
        # "Democratic President Barack Obama"); else the run without leading titles
        inner = next((k for k in range(len(words) - 3, -1, -1) if _role_word(words[k])), None)
        if inner is not None:
            name = " ".join(words[inner + 1 :])
            pairs.append((end, words[inner].lower().rstrip("."), name))
        else:
            name = bare_name(run[0])
            if not name:
                continue
            title = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if title and _role_word(title[1]):  # "spokesperson Dana Kühl"
                pairs.append((end, title[1].lower(), name))
        if text[max(0, start - 2) : start].startswith(","):
            role = _ROLE_BEFORE.search(text, max(0, start - _ROLE_REACH), start)
            if role and _person_noun(role[1]) and _NAME_END.match(text, end):
                pairs.append((end, role[1], name))
        if text[end : end + 1] == ",":
            role = _ROLE_AFTER.match(text, end)
            if role and _person_noun(role[1]):
                pairs.append((end, role[1], name))
    return pairs


def bare_name(name: str) -> str:
    """``name`` without the role words opening it.

    Parameters
    ----------
    name : str
        Capitalised words as printed ("Mayor Ana Brook").

    Returns
    -------
    str
        The name ("Ana Brook"); empty when fewer than two words are left.
    """
    words = name.split()
    while words and is_role_word(words[0]):
        words.pop(0)
    return " ".join(words) if len(words) >= 2 else ""


def _one_person(names: Sequence[str]) -> str | None:
    """The one name ``names`` holds (however often), else None: two names sharing a
    surname are two people ("his wife, Ann Lee" and "Tom Lee")."""
    return names[0] if names and len({" ".join(n.split()).lower() for n in names}) == 1 else None


def resolve_role_speakers(body: str, quotes: Sequence[Quote]) -> list[Quote]:
    """Name the pronoun and role speakers an apposition names (module docstring).

    Parameters
    ----------
    body : str
        The body the quotes were found in.
    quotes : sequence of Quote
        Its quotes, in order, pronouns already resolved where
        :func:`~analysis.stats.quotes.pronouns.resolve_pronoun_speakers` could.

    Returns
    -------
    list of Quote
        The same quotes, ``speaker`` named where an apposition tells who.
    """
    out = list(quotes)
    holders: list[tuple[str, str]] | None = None  # the body's, read once when needed
    for index, quote in enumerate(out):
        speaker = quote.speaker or ""
        if speaker.lower() in _RESOLVED_PRONOUNS:
            first = index  # the quotes within reach before it (bounded by the gap)
            while first > 0 and quote.start - out[first - 1].end <= MAX_ANTECEDENT_GAP:
                first -= 1
            name = _apposition_antecedent(body, quote, speaker.lower(), out[first:index])
            if name is not None:
                out[index] = replace(quote, speaker=name)
            continue
        role = _ROLE_SPEAKER.match(speaker)
        if role is None:
            linked = _LINKED_ROLE_SPEAKER.match(speaker)
            if linked is None or (linked[2] and _person_noun(linked[2].lower())):
                continue  # "a spokesman for the governor, Ann Lee": the name is the governor's
            if speaker_name(speaker) is None:
                out[index] = _appositive_after(body, quote, linked[1]) or quote
            continue
        if speaker_name(speaker) is not None:
            continue
        appositive = _appositive_after(body, quote, role[1])
        if appositive is not None:
            out[index] = appositive
            continue
        if holders is None:
            holders = role_holders(_outside_quotes(body, 0, len(body), out))
        name = _one_person([name for noun, name in holders if noun == role[1]])
        if name is not None:
            out[index] = replace(quote, speaker=name)
    return out


# A capitalised name word, or one behind a joined lower-case particle ("al-Amri").
_NAME_WORD = r"(?:[a-z]{1,3}-)?[A-Z][\w’'.-]*"
# A name as an appositive prints it: capitalised words with the name particles between
# them ("Dr. Khaled bin Faisal al-Amri", "Ingrid de Bruijn"), at most six words.
_PARTICLE = r"(?:" + "|".join(sorted(_PARTICLES)) + r")"
_APPOSITIVE_NAME = rf"[A-Z][\w’'.-]*(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+)?{_NAME_WORD}){{1,5}}(?<!\.)"
# ", Imogen Clay" right after a role speaker, closed by punctuation or the line's end.
_NAME_AFTER = re.compile(
    rf",[^\S\n]+({_APPOSITIVE_NAME})(?=[^\S\n]*(?:[,;:!?)]|\.(?!\w)|$))", re.MULTILINE
)


def _appositive_after(body: str, quote: Quote, noun: str) -> Quote | None:
    """The quote with the name its role speaker's apposition prints right after it
    ("said the festival's director, Imogen Clay": ``speaker`` "Imogen Clay",
    ``speaker_as_printed`` the role with its name), or None when no name follows."""
    end = quote.speaker_end
    if quote.speaker_start is None or end is None or not _person_noun(noun):
        return None
    after = _NAME_AFTER.match(body, end)
    name = bare_name(after[1]) if after else ""
    if not name:
        return None
    printed = body[quote.speaker_start : after.end()]
    return replace(quote, speaker=name, speaker_end=after.end(), speaker_as_printed=printed)


def _apposition_antecedent(
    body: str, quote: Quote, pronoun: str, earlier: Sequence[Quote]
) -> str | None:
    """The one person an apposition names in the writer's words of the quote's
    paragraph and the previous one, before it, or None (module docstring)."""
    lo = max(0, quote.start - MAX_ANTECEDENT_GAP)
    breaks = [brk.end() for brk in _PARAGRAPH_BREAK_RE.finditer(body, lo, quote.start)]
    if len(breaks) >= 2:
        lo = breaks[-2]
    text = _outside_quotes(body, lo, quote.start, earlier)
    if _OTHER_GENDER_RE[pronoun].search(text):
        return None
    holders = _holders(text)
    name = _one_person([name for _, _, name in holders])
    if name is None or _other_names(text, name) or not _fits_pronoun(name, pronoun):
        return None
    own = {word.lower() for word in name.split()}
    first = text.find(name)
    if _SAME_GENDER_RE[pronoun].search(text, 0, max(first, 0)):
        return None  # the pronoun stands for someone before the name is given
    for subject in _SENTENCE_SUBJECT.finditer(text):
        word = subject[1].lower()
        after = subject.start(1) >= holders[-1][0]
        if word not in own and word not in _NOT_A_SUBJECT and (after or subject[2] == ","):
            # another subject: since the apposition ("Fiorina declined ..."), or set
            # off by a comma anywhere ("Walsh, a former labor leader, had ties to X")
            return None
    return name
