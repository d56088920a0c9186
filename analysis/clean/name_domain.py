"""Whether a site's name is a domain's name: spelled by one of its labels whole, by its
words' starts or initials, with or without small words, accents, an ampersand or a
broadcaster's frequency ("Example Herald" at exampleherald.com, "New York Times" at
nytimes.com), or with its place's word inflected ("Kiurujoen Sanomat" at
kiurujokisanomat.fi: :mod:`analysis.clean.inflected_names`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from analysis.clean.cyrillic_labels import (
    GREEK_ARTICLES,
    cyrillic_spells_label,
    spells_latin_labels,
)
from analysis.clean.domains import site_labels
from analysis.clean.inflected_names import (
    genitive_bases,
    inflected_opening,
    inflected_spelling,
    label_letters,
)
from analysis.clean.name_forms import compact_name, umlauts_spelled_out, unaccented
from analysis.clean.newspaper_words import BROADCAST_WORDS, CARD_WORDS
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import LETTER_RUN


def name_matches_domain(
    name: str, domain: str, word_starts: bool = False, any_contraction: bool = True
) -> bool:
    """True when a site name is plausibly the name of ``domain``.

    The domain's label (``nytimes`` of ``nytimes.com``) equals the compact name, with or
    without a leading "the", its initials or its first word ("BBC News" and ``bbc.com``);
    or one contains the other (the shorter at least 4 characters; a label the name
    contains is whole words of it, ``insight`` of "Insight NZ", not ``salon`` of "Salone
    Nyus"); with ``word_starts``, also when the label is spelled by the starts of the
    name's words in turn, a leading "the" left out of both (``nytimes`` of "New York
    Times", ``theguardian`` of "Guardian US": :func:`spelled_by_word_starts`).

    Parameters
    ----------
    name : str
        A site name as written.
    domain : str
        A domain (``example.com``); its first label is compared, or each label of a
        host under no known suffix (:func:`analysis.clean.domains.site_labels`).
    word_starts : bool
        Accept a label spelled by word starts. A listing card's name line beside its
        domain is the domain's name however it abbreviates it; a page's own site name
        is not: "The Example Times Opinion" spells ``extimes`` but names a section, and
        the page's domain shows its identity better (``site_name.tie_priority``).
    any_contraction : bool
        Accept a label contracting the name's first word to its first and last letters,
        whatever the word ("ctpost" of "Connecticut Post", a state's postal code): a page
        printing the name beside its address shows they are one. Without it, only the
        contractions the languages write (:data:`CONTRACTED_WORDS`: "mt" of "Mount"), as
        the run-level merge reads a name no page prints beside the address ("Norbury
        Times" is no name of nytimes.com: :mod:`analysis.clean.outlet_merge`).

    Returns
    -------
    bool
        Whether the name may be the domain's.
    """
    return any(
        name_matches_label(spelling, label, word_starts, any_contraction)
        for spelling in _spellings(name)
        for label in site_labels(domain)
    )


@functools.lru_cache(maxsize=16384)
def _spellings(name: str) -> tuple[str, ...]:
    """The name as written and with its umlauts spelled out, once each."""
    return tuple(dict.fromkeys((name, umlauts_spelled_out(name))))


def name_spelled_by_domain(name: str, domain: str, any_contraction: bool = True) -> bool:
    """True when a site name is the name of ``domain`` as written
    (:func:`name_matches_domain`) or as a label of the domain spells it in Latin letters
    when it is written in Cyrillic ("Охридски Бран" at ``ohridskibran.mk``:
    :func:`analysis.clean.cyrillic_labels.cyrillic_spells_label`).

    Parameters
    ----------
    name : str
        A site name as written.
    domain : str
        A domain (``example.com``), its labels read as
        :func:`analysis.clean.domains.site_labels` gives them.
    any_contraction : bool
        As :func:`name_matches_domain`'s.

    Returns
    -------
    bool
        Whether the name may be the domain's, in its own script or transliterated.
    """
    return name_matches_domain(name, domain, any_contraction=any_contraction) or any(
        cyrillic_spells_label(name, label) for label in site_labels(domain)
    )


class DomainIndex:
    """A run's domains by the parts of their labels a site name must share with one for
    :func:`name_spelled_by_domain` to accept it, so that a name is compared with a few
    domains, not all: the run-level merge compares each name apart with the run's
    domains (:mod:`analysis.clean.outlet_merge`), a cost of names x domains.

    Each rule of :func:`name_matches_label` reads the label as a whole form of the name
    (compact, initials, a join, a contraction, whole words), as holding a part of it of
    :data:`MIN_LABEL_CHARS` letters or more (the compact name, a long join), or as opening
    with the name's first letters (a broadcaster's leading words, the initials before a
    news word, an inflected first word): a label is found by its whole form, its
    four-letter runs, what goes before a closing news word, and its letters' openings
    (:func:`_label_keys`), a name by the same keys
    (:func:`_name_keys`). A name opening with a frequency or a count, holding an
    ampersand, or in Cyrillic (its label spelled in another script) is compared with
    every domain. :meth:`candidates` holds every domain the name's comparison accepts;
    the caller still compares them.

    Parameters
    ----------
    domains : iterable of str
        The run's domain keys.
    """

    def __init__(self, domains: Iterable[str]) -> None:
        self.domains = tuple(domains)
        self._by_key: dict[tuple[str, str], set[int]] = {}
        for at, domain in enumerate(self.domains):
            for label in site_labels(domain):
                for key in _label_keys(label):
                    self._by_key.setdefault(key, set()).add(at)

    def candidates(self, name: str) -> list[str]:
        """The domains :func:`name_spelled_by_domain` (and so :func:`name_matches_domain`)
        may accept for ``name`` without ``word_starts``, in the index's order.

        Parameters
        ----------
        name : str
            A site name as printed.

        Returns
        -------
        list of str
            Every domain accepting the name, and others sharing a key with it.
        """
        found: set[int] = set()
        if spells_latin_labels(name):
            return list(self.domains)
        for spelling in _spellings(name):
            keys = _name_keys(spelling)
            if keys is None:
                return list(self.domains)
            runs, keys = keys
            for key in keys:
                found |= self._by_key.get(key, set())
            for run in runs:  # the labels holding every run of it
                held = sorted((self._by_key.get(("run", part), set()) for part in run), key=len)
                found |= held[0].intersection(*held[1:])
        return [self.domains[at] for at in sorted(found)]


def _label_keys(label: str) -> set[tuple[str, str]]:
    """The keys of one label (:class:`DomainIndex`): its form as :func:`name_matches_label`
    compares it, unaccented again, its runs of :data:`MIN_LABEL_CHARS` characters, what
    goes before a news word or a broadcast word closing it (the initials or the leading
    words of the name it may be), and the openings of its letters as
    :func:`~analysis.clean.inflected_names.inflected_spelling` reads them."""
    form, unaccented_form = _label_form(label)
    size = MIN_LABEL_CHARS
    keys = {("whole", form), ("unaccented", unaccented_form)}
    keys |= {("run", form[at : at + size]) for at in range(len(form) - size + 1)}
    for end in range(MIN_LABEL_INITIALS, len(form)):  # a head, then a news word
        if form[end:] in CARD_WORDS.whole or form[end:] in CARD_WORDS.stems:
            keys.add(("initials", form[:end]))
        if end >= size and form[end:] in BROADCAST_WORDS:
            keys.add(("broadcast", form[:end]))
    letters = label_letters(form)
    keys |= {("letters", letters[:end]) for end in range(1, len(letters) + 1)}
    return keys


def _name_keys(name: str) -> tuple[list[set[str]], set[tuple[str, str]]] | None:
    """The keys a label :func:`name_matches_label` accepts for ``name`` has one of
    (:class:`DomainIndex`), rule by rule, and the parts of the name a label may hold
    (each given by its runs of :data:`MIN_LABEL_CHARS` characters, all of which such a
    label has); None when a rule reads labels no key finds (a frequency, a count, an
    ampersand: every label is compared)."""
    parts = _name_parts(name)
    if parts.opens_frequency or parts.has_ampersand or parts.opens_count:
        return None
    size = MIN_LABEL_CHARS
    wholes = {*parts.whole_forms, *parts.contractions, *parts.headed}
    edges = sorted(parts.word_edges)
    wholes |= {  # _holds_words: whole words of the name run together
        parts.with_the[start:end] for start in edges for end in edges if end - start >= size
    }
    keys = {("whole", form) for form in wholes}
    keys |= {("unaccented", join) for join in parts.joins}
    runs = [parts.compact] if len(parts.compact) >= size else []
    runs += parts.long_joins
    if any(len(run) < size for run in runs):
        return None
    held = [{run[at : at + size] for at in range(len(run) - size + 1)} for run in runs]
    lead = ""
    for word in parts.words:  # _broadcast_label: leading words and a broadcast word
        lead += word.casefold()
        if len(lead) >= size:
            keys.add(("broadcast", lead))
    keys.add(("initials", parts.initials))  # _initials_and_news_word
    if opening := inflected_opening(parts.words):
        keys.add(("letters", opening))
    return held, keys


#: The fewest initials a domain's label spells before a news word (:func:`_initials_and_news_word`).
MIN_LABEL_INITIALS = 2


def _initials_and_news_word(initials: str, label: str) -> bool:
    """Whether ``label`` is a name's initials (:data:`MIN_LABEL_INITIALS` or more) run
    together with a word the languages put in a news outlet's name, whole or a stem
    written whole (:data:`~analysis.clean.newspaper_words.CARD_WORDS`): ``cpswire`` of "Continental
    Press Service", as its initials alone (``cps``) already are."""
    rest = label[len(initials) :]
    return (
        len(initials) >= MIN_LABEL_INITIALS
        and label.startswith(initials)
        and (rest in CARD_WORDS.whole or rest in CARD_WORDS.stems)
    )


def _broadcast_label(words: list[str], label: str) -> bool:
    """Whether ``label`` is the name's leading words run together (at least
    :data:`MIN_LABEL_CHARS` characters) and a broadcast word
    (:data:`~analysis.clean.newspaper_words.BROADCAST_WORDS`): ``kcds3tv`` of "KCDS 3
    News", a station's call sign and channel spelled with "tv" where the name says
    "News"."""
    lead = ""
    for word in words:
        lead += word.casefold()
        if len(lead) >= len(label):
            return False
        if len(lead) >= MIN_LABEL_CHARS and label.startswith(lead):
            if label[len(lead) :] in BROADCAST_WORDS:
                return True
        elif not label.startswith(lead):
            return False
    return False


#: A radio station's frequency, a number with one decimal digit, which may open its name
#: ("101.7 The Breeze", "98.4 Coast FM") and which its address may hold without the point.
FREQUENCY = r"\d{2,3}[.,]\d"


_OPENING_FREQUENCY = re.compile(rf"({FREQUENCY})\s+(?=\S)")


def _frequency_matches_label(name: str, label: str, word_starts: bool) -> bool:
    """Whether a name opening with a frequency ("101.7 The Breeze") is a label's that
    holds the frequency's digits (``breeze1017``, ``1017breeze``) and, without them, the
    rest of the name (:func:`name_matches_label`)."""
    if not (opening := _OPENING_FREQUENCY.match(name)):
        return False
    digits = re.sub(r"\D", "", opening.group(1))
    rest = label.replace(digits, "", 1)
    return (
        rest != label
        and bool(rest)
        and name_matches_label(name[opening.end() :], rest, word_starts)
    )


def name_matches_label(
    name: str, label: str, word_starts: bool, any_contraction: bool = True
) -> bool:
    """:func:`name_matches_domain` for one label of the domain, accents aside (a domain
    spells "Diário" as ``diario``).

    Parameters
    ----------
    name : str
        A site name as printed.
    label : str
        One label of a domain (``exampleherald`` of ``exampleherald.co.uk``).
    word_starts : bool
        Whether a label spelled by the starts of the name's words counts too
        (:func:`spelled_by_word_starts`).
    any_contraction : bool
        Whether a first word contracted to its first and last letters counts whatever
        the word, or only as the languages write it (:func:`name_matches_domain`).

    Returns
    -------
    bool
        True when the label is the name's: whole, with its "the", its initials, its first
        word, or one of the other spellings :func:`name_matches_domain` lists.
    """
    parts, (label, unaccented_label) = _name_parts(name), _label_form(label)
    name, compact, words = parts.name, parts.compact, parts.words
    if not label or not compact:
        return False
    if label in parts.whole_forms:  # compact, with its "the", initials, first word
        return True
    if parts.opens_frequency and _frequency_matches_label(name, label, word_starts):
        return True
    if (len(label) >= MIN_LABEL_CHARS and _holds_words(parts, label)) or (
        len(compact) >= MIN_LABEL_CHARS and compact in label
    ):
        return True
    if unaccented_label in parts.joins:
        return True
    if any(join in label for join in parts.long_joins):
        # the label holds the name, or the name without its article, and more
        # ("grenzboteonline" of "Der Grenzbote"), as it may hold the compact name
        return True
    if parts.has_ampersand and _ampersand_spelled(name, label):
        return True
    if parts.opens_count and _number_spelled(name, label):
        return True
    if label in parts.contractions[: 2 if any_contraction else 1]:  # (_contractions)
        return True
    if _broadcast_label(words, label):
        return True
    if _initials_and_news_word(parts.initials, label):
        return True
    if label in parts.headed:  # "nbherald" of "North Bramble Herald"
        return True
    if inflected_spelling(words, label):  # "Kiurujoen Sanomat" at kiurujokisanomat.fi
        return True
    if not word_starts:
        return False
    letter_words = [w.casefold() for w in LETTER_RUN.findall(name)]
    if letter_words and letter_words[0] == "the":
        letter_words = letter_words[1:]
    label = label.removeprefix("the")
    return bool(label) and bool(letter_words) and spelled_by_word_starts(label, letter_words)


#: The fewest letters of a name's last words a label spells whole after the initials of
#: the words before them (:func:`_headed_forms`): a word of four ("Post", "Echo") is a
#: name's own; fewer ("Sun") leaves a label of initials and a common syllable.
MIN_HEADED_TAIL = 4


def _headed_forms(words: list[str]) -> frozenset[str]:
    """The labels that spell a name's first two or more words by their initials and the
    rest whole, in order (``nbherald`` of "North Bramble Herald", ``nytimes`` of "New York
    Times"), the rest at least :data:`MIN_HEADED_TAIL` letters. The name's last word is
    spelled whole, so a section's name after the site's ("Example Times Opinion") gives
    no label of the site's (``extimes``), as :func:`spelled_by_word_starts` would."""
    folded = [word.casefold() for word in words]
    return frozenset(
        "".join(word[0] for word in folded[:k]) + tail
        for k in range(2, len(folded))
        if len(tail := "".join(folded[k:])) >= MIN_HEADED_TAIL
    )


class _NameParts(NamedTuple):
    """What :func:`name_matches_label` reads of a name, whatever the label: worked out
    once per name (:func:`_name_parts`), since a run compares each name with many
    domains."""

    name: str  # unaccented
    compact: str
    with_the: str
    words: list[str]  # without a leading "the"
    initials: str
    headed: frozenset[str]  # _headed_forms
    whole_forms: tuple[str, ...]  # compact, with_the, initials, first word
    joins: frozenset[str]
    long_joins: tuple[str, ...]  # the joins a longer label may hold (:func:`_held_joins`)
    word_edges: frozenset[int]  # where with_the's words start and end (:func:`_word_edges`)
    opens_frequency: bool
    has_ampersand: bool
    opens_count: bool
    contractions: tuple[str, ...]  # :func:`_contractions`: the conventional, any word's


@functools.lru_cache(maxsize=16384)
def _name_parts(name: str) -> _NameParts:
    """The label-free parts of :func:`name_matches_label` for ``name`` (as printed)."""
    name = unaccented(name)
    compact = compact_name(name)
    folded = unicodedata.normalize("NFKC", name)
    with_the = re.sub(r"[\W_]+", "", folded.casefold())
    words = re.findall(r"[^\W_]+", re.sub(r"^(?i:the)\s+", "", name))
    initials = "".join(word[0] for word in words).casefold()
    first_word = words[0].casefold() if words else ""
    joins = joins_without_small_words(name)
    return _NameParts(
        name=name,
        compact=compact,
        with_the=with_the,
        words=words,
        initials=initials,
        headed=_headed_forms(words),
        whole_forms=(compact, with_the, initials, first_word),
        joins=joins,
        long_joins=_held_joins(name, joins),
        word_edges=_word_edges(folded),
        opens_frequency=_OPENING_FREQUENCY.match(name) is not None,
        has_ampersand=any(mark in name for mark in _AND_MARKS),
        opens_count=_OPENING_COUNT.match(name) is not None,
        contractions=_contractions(words),
    )


def _held_joins(name: str, joins: frozenset[str]) -> tuple[str, ...]:
    """The joins of ``name`` (:func:`joins_without_small_words`) a longer label may hold:
    of :data:`MIN_LABEL_CHARS` letters or more, every word kept but a leading article
    ("grenzbote" in ``grenzboteonline`` of "Der Grenzbote", "correiodovale" in
    ``correiodovaleonline`` of "O Correio do Vale"). A join leaving an inner word out is
    the label's whole (``diariocerrado`` of "Diário do Cerrado"), not a part of a longer
    one: the few letters left are any word's ("current" in ``gulfcoastcurrent`` of "The
    Bay Current", "leha" in ``gotlandsallehanda`` of "Lê Thu Hà")."""
    words = re.findall(r"[^\W_]+", unaccented(unicodedata.normalize("NFKC", name).casefold()))
    whole = "".join(words)
    return tuple(
        join
        for join in sorted(joins)
        if len(join) >= MIN_LABEL_CHARS and (join == whole or join == "".join(words[1:]))
    )


#: Where a name's word ends inside a run of letters and digits: a lower-case letter
#: before a capital ("TheBlaze", "NYTimes"), a letter before a digit or a digit before
#: a letter ("WHBR7", "7News").
_INNER_WORD_EDGE = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])|(?<=[a-z])(?=[A-Z])")


def _word_edges(name: str) -> frozenset[int]:
    """The places in ``name``'s letters and digits run together and case-folded (the
    ``with_the`` form of :func:`_name_parts`) where one of its words starts or ends: the
    words the spaces and punctuation part, and the inner ones :data:`_INNER_WORD_EDGE`
    parts."""
    edges = {0}
    at = 0
    for run in re.findall(r"[^\W_]+", name):
        for word in _INNER_WORD_EDGE.split(run):
            at += len(word.casefold())
            edges.add(at)
    return frozenset(edges)


def _holds_words(parts: _NameParts, label: str) -> bool:
    """Whether ``label`` is one or more whole words of the name run together
    (``insight`` of "Insight NZ", ``brindlestreet`` of "Brindle Street Daily"), not a
    part of a word: ``salon`` is in "Salone Nyus" but names another site, as
    ``times`` is in "The Timesville Post"."""
    at = parts.with_the.find(label)
    while at >= 0:
        if at in parts.word_edges and at + len(label) in parts.word_edges:
            return True
        at = parts.with_the.find(label, at + 1)
    return False


@functools.lru_cache(maxsize=16384)
def _label_form(label: str) -> tuple[str, str]:
    """A domain's label as :func:`name_matches_label` compares it: unaccented, only
    letters and digits; and that form unaccented again (as the joins are compared)."""
    label = re.sub(r"[\W_]+", "", unaccented(label))
    return label, unaccented(label)


#: The marks a name writes "and" with: the ampersand, and the plus sign ("Stadt+Land",
#: "Kunst + Kultur"), in their ASCII and full-width forms.
_AND_MARKS = ("&", "＆", "+", "＋")


def _ampersand_spelled(name: str, label: str) -> bool:
    """True when ``label`` spells a name's ampersand or plus sign (:data:`_AND_MARKS`) as
    a word of at most :data:`MAX_SMALL_WORD` letters, in any language ("harbourandfield"
    of "Harbour & Field", "pierreetfils" of "Pierre & Fils", "stadtundland" of
    "Stadt+Land"), a leading "the" left out of both."""
    if not any(mark in name for mark in _AND_MARKS):
        return False
    parts = [compact_name(part) for part in re.split(r"[&＆+＋]", name)]
    if not all(parts):
        return False
    small_word = rf"[^\W\d_]{{0,{MAX_SMALL_WORD}}}"
    pattern = small_word.join(map(re.escape, parts))
    return re.fullmatch(pattern, label.removeprefix("the")) is not None


_OPENING_COUNT = re.compile(r"(\d{1,3})\s+(?=\S)")


def _number_spelled(name: str, label: str) -> bool:
    """True when ``label`` spells the number opening a name as a word, in any language
    ("threeriversledger" of "3 Rivers Ledger", "setteborghi" of "7 Borghi"): the label is
    letters only, the rest of the name (of :data:`MIN_LABEL_CHARS` letters or more) closes
    it, and what goes before is a word of three letters or more (no digit, as the domain
    writes the number out)."""
    if not (opening := _OPENING_COUNT.match(name)):
        return False
    rest = compact_name(name[opening.end() :])
    label = label.removeprefix("the")
    spelled = label.removesuffix(rest)
    return (
        len(rest) >= MIN_LABEL_CHARS
        and spelled != label
        and len(spelled) >= 3
        and spelled.isalpha()
        and spelled.isascii()
    )


#: The words a place's name opens with that the languages write contracted, and how
#: ("Mt. Hollis", "St. Brenock", "Ft. Carrow", "Ste-Agathe", "Sankt Pölten" as "St.
#: Pölten"): a language word table, not a list of names. Another word's first and last
#: letters are a form of it only beside its address on one page ("ct" of "Connecticut
#: Post" at ctpost.com): "ny" + "times" of "Norbury Times" filed a made-up site of a
#: review set under nytimes.com in a mixed folder (:func:`name_matches_domain`).
CONTRACTED_WORDS: dict[str, str] = {
    "mount": "mt",  # en
    "saint": "st",  # en, fr
    "sainte": "ste",  # fr
    "sankt": "st",  # de, sv, da, no
    "sint": "st",  # nl
    "fort": "ft",  # en
    "port": "pt",  # en
    "point": "pt",  # en
}


def _contractions(words: list[str]) -> tuple[str, ...]:
    """The labels that write a name's first word contracted, the rest of the name (of
    :data:`MIN_LABEL_CHARS` letters or more) after it: as the language writes the word
    (:data:`CONTRACTED_WORDS`: "mthollistribune" of "Mount Hollis Tribune",
    "stbrenockobserver" of "Saint Brenock Observer"), else ``""``; then as its first and
    last letters, whatever the word ("ctpost" of "Connecticut Post", as a state's postal
    code), else ``""``. Empty for a name with no such labels. ``words`` are the name's
    words without a leading "the"."""
    if len(words) < 2:
        return ()
    first = words[0].casefold()
    rest = compact_name(" ".join(words[1:]))
    if len(rest) < MIN_LABEL_CHARS:
        return ()
    written = CONTRACTED_WORDS.get(first)
    letters = first[0] + first[-1] if len(first) >= 4 and first.isalpha() else None
    return (f"{written}{rest}" if written else "", f"{letters}{rest}" if letters else "")


#: A word a domain may leave out of its site's name: at most this many letters (an
#: article or preposition: "am", "de", "do", "the", "of"). Structural, not tuned.
MAX_SMALL_WORD = 3


#: Fewest letters a domain's label keeps when it leaves out a name's leading article
#: ("sol" of "El Sol" is a word, not the site's name); the containment rules'
#: shortest name too.
MIN_LABEL_CHARS = 4


@functools.lru_cache(maxsize=4096)
def joins_without_small_words(name: str) -> frozenset[str]:
    """The name's words run together, accents stripped, each word of at most
    :data:`MAX_SMALL_WORD` letters between its first and last word kept or left out
    ("weserkurierabend" and "weserkurieramabend" of "Weser-Kurier am Abend",
    "diariocerrado" of "Diário do Cerrado"): the labels of a domain that drops the name's
    small words. The last word and every longer word stay, and the first unless it is an
    article or another function word before at least :data:`MIN_LABEL_CHARS` letters
    ("australtemuco" of "El Austral de Temuco", "telegraaf" of "De Telegraaf"; not "sol"
    of "El Sol"), a Greek genitive in "-ς" written also as its noun
    (:func:`~analysis.clean.inflected_names.genitive_bases`: "φωνηαρτα" of "Η Φωνή της
    Άρτας"): "ABC News" is no name of news.com by this rule, nor "Example Times
    Opinion" of exampletimes.com.

    Parameters
    ----------
    name : str
        A site name as written.

    Returns
    -------
    frozenset of str
        The spellings (lower case, no accents), the whole name run together among them.
    """
    words = re.findall(r"[^\W_]+", unaccented(unicodedata.normalize("NFKC", name).casefold()))
    joins = {""}
    for at, word in enumerate(words[:12]):  # a name, not a sentence: the joins stay few
        # a Greek place in its genitive, its noun in the address ("της Άρτας", φωνηαρτα)
        kept = {join + form for join in joins for form in genitive_bases(word)}
        inner = 0 < at < len(words) - 1
        leading_article = (
            at == 0
            and (word in FUNCTION_WORDS or word in GREEK_ARTICLES)
            and len("".join(words[1:])) >= MIN_LABEL_CHARS
        )
        small = inner and len(word) <= MAX_SMALL_WORD
        joins = kept | joins if small or leading_article else kept
    return frozenset(joins - {""})


def spelled_by_word_starts(label: str, words: list[str]) -> bool:
    """Whether ``label`` is a start of ``words[0]`` (at least its first letter) followed
    by starts (possibly empty) of the later words, in order.

    A table over (place in the label, word), filled from the label's end: the work is
    bounded by letters x words x word length, whatever the page writes (a search that
    tried every way of skipping words grew exponentially on a line of one-letter words).

    Parameters
    ----------
    label : str
        A domain label, lower case.
    words : list of str
        A name's words, lower case.

    Returns
    -------
    bool
        Whether the words spell the label so.
    """
    if not words:
        return not label
    size = len(label)
    # spelled[i][j]: label[i:] is a start of words[j] followed by starts of later words
    spelled = [[False] * len(words) for _ in range(size + 1)]
    for i in range(size - 1, -1, -1):
        for j in range(len(words) - 1, -1, -1):
            word = words[j]
            for n in range(min(len(word), size - i), 0, -1):
                if label[i : i + n] != word[:n]:
                    continue
                if i + n == size or any(spelled[i + n][k] for k in range(j + 1, len(words))):
                    spelled[i][j] = True
                    break
    return spelled[0][0]


#: Fewest letters of a hyphenated label's part read as a word's stem: a shorter part
#: ("xb", "tv") is an abbreviation, no word the name must hold.
MIN_LABEL_PART_LETTERS = 4


def holds_label_parts(name: str, domain: str) -> bool:
    """Whether a name holds each part of its domain's hyphenated label inside a word of
    its own, in any order: a label writing the name's words in another order or without
    a prefix ("Amawulire ga Busoga" at busoga-amawulire.ug, "Oonkundana dhaNdonga" at
    ndonga-nkundana.na), accents aside.

    Parameters
    ----------
    name : str
        A site name as written.
    domain : str
        A domain; each of its site labels (:func:`analysis.clean.domains.site_labels`)
        is tried.

    Returns
    -------
    bool
        True when a label has two parts or more, each of
        :data:`MIN_LABEL_PART_LETTERS` letters or more, and each lies inside a different
        word of the name.

    Examples
    --------
    >>> holds_label_parts("Amawulire ga Busoga", "busoga-amawulire.ug")
    True
    >>> holds_label_parts("Busoga Times", "busoga-amawulire.ug")
    False
    """
    words = [unaccented(word).casefold() for word in LETTER_RUN.findall(name)]
    for label in site_labels(domain):
        parts = label.split("-")
        if len(parts) < 2 or not all(
            len(part) >= MIN_LABEL_PART_LETTERS and part.isalpha() for part in parts
        ):
            continue
        free = list(range(len(words)))
        for part in parts:
            k = next((k for k in free if part in words[k]), None)
            if k is None:
                break
            free.remove(k)
        else:
            return True
    return False
