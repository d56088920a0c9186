"""A speaker's name: the speaker phrase without the role words printed before the name.

A researcher counting who an outlet quotes must see one person once, however each
outlet prints the role: "Council leader Ann Lee", "Ann Lee" and
"Ratsvorsitzende Ann Lee" are all "Ann Lee". Reads one speaker phrase as the
quotes table prints it; gives the name in it, or None when it names nobody (a pronoun,
or a role with no name: "its chair", "the ministry", "a spokesman for the Interior
Ministry"). Speaker lists count names (:mod:`.speaker_groups`); rules: "Speaker lists" in
docs/quotes.md.
"""

from __future__ import annotations

import re

from analysis.stats.quotes.languages import (
    DETERMINERS_BY_LANGUAGE,
    GENITIVE_DETERMINERS_BY_LANGUAGE,
    JOINERS_BY_LANGUAGE,
)
from analysis.stats.quotes.lexicon import _DETERMINERS, _NP_LINKS, GROUP_NOUNS, _word_set
from analysis.stats.quotes.pronouns import names_someone
from analysis.stats.quotes.role_nouns import (
    JA_HONORIFICS,
    JA_TITLES,
    PERSONAL_TITLES_BY_LANGUAGE,
    ROLE_NOUNS,
    in_role_complement,
)

#: Role and title words that stand before a name without being part of it ("President
#: Trump", "Senator Warren", "Mr Johnson", "Bürgermeisterin Lang", Malay "Yang
#: Berhormat Datuk X"; Turkish "Belediye Başkanı X", "Kaymakam X"), lower case. A
#: capitalised word that ends with one of six letters or more, or with "chef" / "chefin",
#: is a role too (German compounds: "Ratsvorsitzender", "Oberbürgermeister",
#: "Gewerkschaftschef", "Baudezernentin", "Staatssekretärin").
ROLE_WORDS = _word_set(
    """president senator governor secretary speaker leader director chairman chairwoman
    chair minister judge justice general admiral colonel captain sergeant lieutenant
    officer detective mayor chief commissioner ambassador representative congressman
    congresswoman councilman councilwoman councillor councilor attorney prosecutor
    sheriff spokesman spokeswoman spokesperson king queen prince princess pope father
    sister rabbi imam professor doctor dr mr mrs ms miss sir dame lord lady rep sen gov
    gen lt col sgt capt prof vice deputy former acting first
    bürgermeister bürgermeisterin sprecher sprecherin ministerin präsident präsidentin
    vorsitzender vorsitzende kanzler kanzlerin direktor direktorin leiter leiterin
    herr frau
    organiser organizer curator coordinator founder manager analyst economist
    kurator kuratorin stadtrat stadträtin landrat landrätin trainer trainerin
    abgeordneter abgeordnete ingenieur ingenieurin chef chefin
    dezernent dezernentin referent referentin kommandant kommandantin autor autorin
    sekretär sekretärin kommissar kommissarin beauftragter beauftragte
    gemeinderat gemeinderätin kantonsrat kantonsrätin regierungsrat regierungsrätin
    nationalrat nationalrätin bundesrat bundesrätin kreisrat kreisrätin baurat baurätin
    geschäftsführer geschäftsführerin inhaber inhaberin besitzer besitzerin
    mitarbeiter mitarbeiterin anwohner anwohnerin experte expertin forscher forscherin
    professorin
    başkan başkanı müdür müdürü kaymakam valisi bakan bakanı sözcü sözcüsü
    milletvekili başhekim öğrenci öğretmen
    berhormat dipertua di-pertua"""
) | frozenset().union(*PERSONAL_TITLES_BY_LANGUAGE.values())


_COMPOUND_ROLES = (*sorted(w for w in ROLE_WORDS if len(w) >= 6), "chef", "chefin")

# Lower-case particles inside a name ("Ursula von der Leyen", "Annelies de Vries").
_PARTICLES = _word_set("von van der den de da di du del della la le bin al ten ter zu y dos das")

# Words after which a name is the body a role belongs to ("a spokesman for the Interior
# Ministry", "der Sprecher des Ministeriums"): the phrase names no person.
_LINKS = _NP_LINKS | {"by"} | frozenset().union(*GENITIVE_DETERMINERS_BY_LANGUAGE.values())

# Words after a role that open its complement, not the name: "Secretary of State Ann
# Lee", "Minister for Foreign Affairs Ann Lee", "directora de Comunicación Ana Pérez".
# The Romance joiners ("de", "di") also stand inside a surname ("President de Gaulle"),
# so after one of them the complement needs a name of two words to follow it.
_ROMANCE = ("es", "pt", "fr", "it")
_ROMANCE_JOINERS = frozenset().union(*(JOINERS_BY_LANGUAGE[code] for code in _ROMANCE))
_COMPLEMENT_LINKS = frozenset({"of", "for"}) | _ROMANCE_JOINERS
_ARTICLES = _DETERMINERS | frozenset().union(*(DETERMINERS_BY_LANGUAGE[c] for c in _ROMANCE))

_AND = frozenset({"and", "&"})

#: What speaker tables show for the quotations of a role phrase with no name.
UNNAMED = "(unnamed)"


def _capitalised(word: str) -> bool:
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def is_role_word(word: str) -> bool:
    """Whether a printed word is a role or title (:data:`ROLE_WORDS`), not a name's.

    Parameters
    ----------
    word : str
        One word as printed ("President", "Sen.", "Ratsvorsitzender").

    Returns
    -------
    bool
        True for a listed word (case, a final period and a possessive ignored), or a
        capitalised compound ending with a listed word of six letters or more, or with
        "chef" / "chefin" ("Gewerkschaftschef").
    """
    key = word.replace("\u2019", "'").casefold().removesuffix("'s").rstrip(".,")
    return key in ROLE_WORDS or (len(key) > 6 and key.endswith(_COMPOUND_ROLES))


# A name's suffixes printed with a period ("Donald Trump Jr.").
_NAME_SUFFIXES = _word_set("jr. sr.")


def _name_word(word: str, last: bool = False) -> bool:
    """A capitalised word that may stand in a name: no role (unless ``last``, the
    surname's place: "Alveda King"), no determiner ("The"), no title's abbreviation
    ("Sen.", "Dr."; an initial such as "F." and "Jr." are a name's)."""
    if not _capitalised(word) or word.lower() in _DETERMINERS | ROLE_NOUNS:
        return False  # a Slavic role noun is no surname ("Представитель" opening a sentence)
    if not last and is_role_word(word):
        return False
    stem = word.rstrip(".")
    return stem == word or sum(c.isalpha() for c in stem) == 1 or word.lower() in _NAME_SUFFIXES


def _initial(word: str) -> bool:
    return word.endswith(".") and sum(c.isalpha() for c in word) == 1


def _after_complement(words: list[str], start: int, end: int) -> str | None:
    """The name after a role's complement: ``words[start:end]`` follows "<role> of
    (the)" and opens with the complement ("State Ann Lee": "Ann Lee"). The name is
    the surname and the given name before it (initials and particles between them
    kept: "Ann T. Lee", "Ann von der Lee"); a run of two words is the complement and
    a surname ("State Lee"), of one word the complement alone (None)."""
    if end - start < 3:
        return words[end - 1] if end - start == 2 else None
    first = end - 2
    while first > start and (_initial(words[first]) or words[first] in _PARTICLES):
        first -= 1
    return " ".join(words[first:end])


def _complement_link(words: list[str], start: int) -> str | None:
    """The link ("of", "for", "de") when the run of name words from ``start``
    follows a role and that link, which open the role's complement ("Secretary of
    State ...", "Minister for the ..."); None otherwise."""
    link = start - 1
    if link > 0 and words[link].casefold() in _ARTICLES:
        link -= 1
    if link < 1 or words[link].casefold() not in _COMPLEMENT_LINKS:
        return None
    return words[link].casefold() if is_role_word(words[link - 1]) else None


def _complement_start(words: list[str], start: int) -> int:
    """Where a complement joined by "and" opens ("Minister for Foreign Affairs and
    Trade Ann Lee": at "Foreign"): back over each "and" and the name words before it;
    ``start`` when no "and" stands before it."""
    while start >= 2 and words[start - 1] in _AND and _name_word(words[start - 2]):
        start -= 1
        while start > 0 and _name_word(words[start - 1]):
            start -= 1
    return start


def speaker_name(speaker: object) -> str | None:
    """The name in a speaker phrase, without the role words printed before it.

    The name is the last run of capitalised words that are no role or title
    (:func:`is_role_word`; lower-case particles inside it kept: "Ursula von der
    Leyen"): "Council leader Ann Lee", "Ratsvorsitzende Ann Lee" and "Sen. Ann Lee"
    give "Ann Lee"; "the Harbour Ferry Authority" gives "Harbour Ferry Authority". A
    comma ends the run: the name is the appositive after it ("la ministra de
    Transporte, Ana Ruiz" gives "Ana Ruiz").
    Lower-case words after two or more capitalised words that open the phrase are a
    role printed after the name ("Kovács Péter polgármester").

    Parameters
    ----------
    speaker : object
        A ``speaker`` value: text, None or NaN.

    Returns
    -------
    str or None
        The name; None when the phrase names nobody: missing, a pronoun left
        unresolved, or a role with no name ("its chair", "the ministry", "Trump
        aides", "a spokesman for the Interior Ministry", "Critics": a group,
        :data:`GROUP_NOUNS`), and when the name found is
        itself a word that names nobody ("Eight" of "Gang of Eight": a number word is an
        indefinite pronoun, :func:`~analysis.stats.quotes.pronouns.names_someone`), so
        every name given is one the speaker lists can group.
    """
    if not names_someone(speaker):
        return None
    joined = _japanese_name(str(speaker).strip())
    if joined is not None:
        return joined or None
    name = _phrase_name(_without_credentials(str(speaker).split()))
    if name is None or not names_someone(name) or name.casefold() in GROUP_NOUNS:
        return None
    return name


# Japanese titles and honorifics, longest first (副市長 before 市長).
_JA_SUFFIXES = tuple(sorted({*JA_TITLES, *JA_HONORIFICS}, key=len, reverse=True))
_JA_JOINER = "の"
# Hiragana, katakana and CJK ideographs: a phrase of them alone is read by
# :func:`_japanese_name`.
_HAN_OR_KANA = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")


def _japanese_name(phrase: str) -> str | None:
    """The name in a speaker phrase written as one word of kana and ideographs, without
    the Japanese title or honorific after it and the modifier before "の"
    ("港湾局の田中由美子課長" gives "田中由美子"). Gives "" for a title alone ("市長":
    no name), the phrase as printed when one character is left before the title ("王市長":
    a one-character surname, or a place: "県知事"), and None for any other phrase (no
    such word, or no title at its end: :func:`speaker_name` reads it as printed)."""
    if " " in phrase or not _HAN_OR_KANA.search(phrase):
        return None
    suffix = next((s for s in _JA_SUFFIXES if phrase.endswith(s)), None)
    if suffix is None:
        return None
    stem = phrase[: -len(suffix)]
    if not stem:
        return ""
    name = stem.rpartition(_JA_JOINER)[2]
    return name if len(name) >= 2 else phrase


# A party and state printed after a US legislator's name ("R-Utah", "D-N.Y.").
_PARTY_STATE_RE = re.compile(r"[A-Z]-[A-Z][\w.]*")


def _credential(word: str) -> bool:
    """A degree, suffix or party printed after a name and a comma ("MD", "PhD", "DDS",
    "Jr.", "R-Utah")."""
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return (
        word.lower() in _NAME_SUFFIXES
        or (capitals >= 2 and len(letters) <= 4)
        or _PARTY_STATE_RE.fullmatch(word) is not None
    )


def _without_credentials(words: list[str]) -> list[str]:
    """The words of a phrase without the credentials after its last comma ("Ann Lee,
    MD, MPH" gives "Ann Lee"), so that the comma ending a role before a name ("la
    ministra de Transporte, Ana Ruiz") is the only one :func:`_phrase_name` sees."""
    while len(words) > 1:
        comma = max((i for i, w in enumerate(words[:-1]) if w.endswith(",")), default=-1)
        if comma < 0 or not all(_credential(w.rstrip(",")) for w in words[comma + 1 :]):
            break
        words = [*words[:comma], words[comma].rstrip(",")]
    return words


def _phrase_name(words: list[str]) -> str | None:
    """:func:`speaker_name` of a phrase's words, before its check of the name found."""
    end = len(words)
    lead = 0
    while lead < end and _name_word(words[lead]):
        lead += 1
    possessive = any(w.endswith(("'s", "\u2019s")) for w in words[:lead])
    if lead >= 2 and not possessive and all(w.islower() for w in words[lead:]):
        end = lead  # a role after the name
    start = end
    while start > 0:
        word = words[start - 1]
        particle = (
            word in _PARTICLES
            and start < end
            and start >= 2
            and (_name_word(words[start - 2]) or words[start - 2] in _PARTICLES)
        )
        # a role word in the surname's place is a name ("Alveda King", "King") unless
        # a determiner, a lower-case word or another role stands before it ("the King")
        last = start == end and (start == 1 or _name_word(words[start - 2]))
        if not (_name_word(word, last) or particle) or (start < end and word.endswith(",")):
            break  # a comma closes what stands before the name ("de Transporte, Ana Ruiz")
        start -= 1
    while start < end and words[start] in _PARTICLES:
        start += 1
    if start > 0 and not words[start - 1][:1].isupper() and words[start - 1] in ROLE_NOUNS:
        # a role in a script without case, then its complement ("رئيس البلدية X")
        while start < end and in_role_complement(words[start]):
            start += 1
    if start == end:
        return None
    link = start - 1
    if link > 0 and words[link].lower() in _DETERMINERS:
        link -= 1  # "for the Interior Ministry"
    if link >= 0 and words[link].casefold() in _LINKS and not _capitalised(words[0]):
        return None
    first = start
    while first > 1 and words[first - 1] in _PARTICLES:
        first -= 1
    if first < start and is_role_word(words[first - 1]) and end - start <= 2:
        # a surname's particles after a title ("President de Gaulle", "Mayor van der
        # Berg"): a role's complement after "de" is longer (_after_complement)
        return " ".join(words[first:end])
    link = _complement_link(words, _complement_start(words, start))
    # a Romance joiner before one or two words may be a surname's ("President de Gaulle")
    if link is not None and (link not in _ROMANCE_JOINERS or end - start >= 3):
        return _after_complement(words, start, end)
    if _after_noun_and_joiner(words, start):
        # "el consejero de Agricultura", "la directora del Museo Naval": the body or place
        # a lower-case role belongs to names nobody; "o secretário de Obras Inês
        # Valadares": the name after the complement
        return _after_complement(words, start, end) if end - start >= 3 else None
    return " ".join(words[start:end])


def _after_noun_and_joiner(words: list[str], start: int) -> bool:
    """Whether the run of name words from ``start`` follows a lower-case noun and a
    Romance joiner ("consejero de", "directora del", "visitatrice di", an article
    between: "portavoz de la"), so that it opens the noun's complement."""
    link = start - 1
    if link > 0 and words[link].casefold() in _ARTICLES:
        link -= 1
    if link < 1 or words[link].casefold() not in _ROMANCE_JOINERS:
        return False
    noun = words[link - 1]
    return noun.isalpha() and noun.islower() and noun not in _PARTICLES
