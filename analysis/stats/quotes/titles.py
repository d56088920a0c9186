"""Titles of works and nicknames in quotation marks: names the writer prints, no one's
words, whatever verb of saying their sentence holds.

Two shapes, each read from the text around the span:

- a medium spoken to, in marks, in a language that puts it in the dative (Russian
  "рассказал «Интерфаксу»");
- a programme or a publication in English: a title-cased span right after "on" ('said
  on "Face the Nation."');
- a title: the word right before the opening mark (past a comma) is a noun of a work,
  a campaign or a title (:data:`WORK_NOUNS_BY_LANGUAGE`: "the 2019 hit "Paper Boats on
  the Severn"", "the theme tune, "Summer in the Park"", "Ihr Roman „Die Nacht ...“"),
  and the span opens with a capital letter; in English, whose titles are printed in
  title case, every word of four letters or more in it is capitalised too, so that
  "called the film "a masterpiece"" and "the show "was a disaster"" stay quotations;
  after "titled" or "entitled" any span;
- a nickname: a span of at most three words with no punctuation between two
  capitalised words ('Eric "Tubby" Lowther', 'Dwayne "The Rock" Johnson').
"""

from __future__ import annotations

import re

from analysis.stats.quotes.foreign_speakers import WORD_RE as _ANY_WORD
from analysis.stats.quotes.languages import (
    DATIVE_ADDRESSEES_BY_LANGUAGE,
    REPORTING_VERBS_BY_LANGUAGE,
)

#: Nouns of a work, a campaign, or a title's own verb, by language, lower case.
WORK_NOUNS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "hit song single album film movie book novel memoir play musical series "
        "sitcom podcast documentary programme program exhibition painting poem tune anthem "
        "opera petition campaign slogan motto hashtag titled entitled headlined",
        "de": "roman buch film lied song album serie podcast dokumentation theaterstück "
        "stück ausstellung gemälde gedicht kampagne petition motto titel arbeitstitel "
        "überschrift sendung reihe",
        "fr": "livre roman film chanson album série podcast documentaire pièce spectacle "
        "exposition tableau poème campagne pétition slogan intitulé intitulée titre",
        "es": "libro novela película canción álbum serie podcast documental obra "
        "exposición cuadro poema campaña petición lema titulado titulada título",
        "it": "libro romanzo film canzone album serie podcast documentario spettacolo "
        "mostra dipinto poesia campagna petizione slogan intitolato intitolata titolo",
        "pt": "livro romance filme canção música álbum série podcast documentário peça "
        "espetáculo exposição quadro poema campanha petição lema intitulado intitulada",
        "nl": "boek roman film lied nummer album serie podcast documentaire voorstelling "
        "tentoonstelling schilderij gedicht campagne petitie slogan getiteld titel",
    }.items()
}
#: Nouns of a staging, a copy or a version of a work, before "of" and its title ("a
#: production of "Our Town"", "a new recording of "Rock of Ages""): the title case rule
#: as for the nouns above.
_OF = "of"
_STAGING_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "production",
            "staging",
            "revival",
            "performance",
            "screening",
            "adaptation",
            "recording",
            "cover",
            "remake",
            "sequel",
            "version",
            "translation",
            "edition",
            "premiere",
            "copy",
            "reading",
        }
    )
}
#: Words that name a title whatever its case: "titled", "entitled".
_TITLE_VERB_WORDS = (
    "titled entitled headlined betitelt intitulé intitulée titulado titulada intitolato "
    "intitolata intitulado intitulada getiteld"
)
_TITLE_VERBS = frozenset(_TITLE_VERB_WORDS.split())
#: The preposition before a programme's or a publication's title in English ('said on
#: "Face the Nation"', 'told viewers on "Morning Edition"', 'wrote on "Substack"'): a
#: title-cased span right after it is a name, spoken nowhere (a colon or a comma between
#: them, 'said on Sunday: "We Will Win"', leaves a quotation a quotation).
_ON = "on"
#: The shortest English word a title capitalises ("on", "the", "and" stay lower case).
_TITLE_CASE_MIN = 4
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s,\u00a0]*$")
_NICKNAME_MAX_WORDS = 3


def names_a_work(text: str, opening: int, span: str, language: str | None) -> bool:
    """Whether the span ``span`` whose opening mark is at ``text[opening]`` is a title
    (see the module doc).

    Parameters
    ----------
    text : str
        The line.
    opening : int
        Offset of the span's opening mark in ``text``.
    span : str
        The span's text.
    language : str or None
        The body's language code (None: English).

    Returns
    -------
    bool
        True when the word before the mark is a noun of a work and the span is printed
        as a title.
    """
    nouns = WORK_NOUNS_BY_LANGUAGE.get(language or "en")
    before = _LAST_WORD.search(text, max(0, opening - 30), opening)
    if nouns is not None and before is not None and before[1].lower() == _OF:
        # "a youth theatre production of "Our Town"": a staging of a work
        of_noun = _LAST_WORD.search(text, max(0, before.start() - 30), before.start())
        if of_noun is not None and of_noun[1].lower() in _STAGING_NOUNS.get(language or "en", ()):
            before = of_noun
            nouns = nouns | _STAGING_NOUNS[language or "en"]
    if (
        (language or "en") == "en"
        and before is not None
        and before[1] == _ON
        and text[before.end(1) : opening] == " "
        and _title_cased(span)
    ):
        return True  # a programme or a publication: 'said on "Face the Nation."'
    if _told_medium(before, span, language):
        return True  # 'рассказал «Интерфаксу»', 'сказал газете «Вечерний город»'
    if nouns is None or before is None or before[1].lower() not in nouns:
        return False
    if before[1].lower() in _TITLE_VERBS:
        return True
    words = _ANY_WORD.findall(span)
    if not words or not words[0][:1].isupper():
        return False
    if (language or "en") != "en":
        return True
    return _title_cased(span)


def _title_cased(span: str) -> bool:
    """Whether ``span`` is printed as an English title: its first word and every word of
    ``_TITLE_CASE_MIN`` letters or more capitalised."""
    words = _ANY_WORD.findall(span)
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or len(w) < _TITLE_CASE_MIN for w in words)
    )


#: The most words of a medium's name in marks after a verb of saying or a medium's noun
#: in the dative ("«Интерфаксу»", "«Российской газете»", "«Радио Свобода»").
MEDIUM_NAME_MAX_WORDS = 3


def _told_medium(before: re.Match[str] | None, span: str, language: str | None) -> bool:
    """Whether ``span`` is a medium's name printed in marks as the one spoken to, in a
    language whose typography quotes the names of papers and agencies and puts the one
    spoken to in the dative (:data:`DATIVE_ADDRESSEES_BY_LANGUAGE`: Russian "рассказал
    «Интерфаксу»", "сообщил газете «Вести»"): right after a verb of saying or a dative
    noun of a medium, at most :data:`MEDIUM_NAME_MAX_WORDS` capitalised words and no
    punctuation, so words quoted after a verb ("сказал «Нет, не так»") stay quoted."""
    datives = DATIVE_ADDRESSEES_BY_LANGUAGE.get(language or "")
    if not datives or before is None:
        return False
    word = before[1].lower()
    if word not in datives and word not in REPORTING_VERBS_BY_LANGUAGE.get(language or "", ()):
        return False
    words = span.split()
    return (
        0 < len(words) <= MEDIUM_NAME_MAX_WORDS
        and not re.search(r"[^\w\s-]", span)
        and all(w[:1].isupper() for w in words)
    )


def is_nickname(text: str, opening: int, closing_end: int, span: str) -> bool:
    """Whether a span between two capitalised words, ``text[opening]`` its opening mark
    and ``closing_end`` the offset after its closing mark, is a nickname: at most three
    words, no punctuation, not opening in lower case ('Eric "Tubby" Lowther'; not
    "helped Moscow 'terrorize' Kyiv").

    Parameters
    ----------
    text : str
        The line.
    opening, closing_end : int
        Offsets of the opening mark and just after the closing mark in ``text``.
    span : str
        The span's text.

    Returns
    -------
    bool
        True for a nickname printed inside a name.
    """
    if re.search(r"[^\w\s'’-]", span) or len(span.split()) > _NICKNAME_MAX_WORDS:
        return False
    if span.strip()[:1].islower():  # a name opens with a capital: "helped Moscow 'terrorize' Kyiv"
        return False
    before = _LAST_WORD.search(text, max(0, opening - 30), opening)
    after = text[closing_end : closing_end + 2]
    return (
        before is not None
        and text[opening - 1 : opening] == " "
        and before.end() == opening
        and before[1][:1].isupper()
        and after[:1] == " "
        and after[1:2].isupper()
    )
