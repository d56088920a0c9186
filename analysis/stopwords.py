"""Short lists of function words (articles, pronouns, prepositions, conjunctions).

Running prose is full of function words; menus, headlines, bylines and share bars have
few. The lists are the most frequent closed-class words of each language, written
from general knowledge of the languages (no page text); they only need to be good
enough to tell a sentence from a list of names or labels.
"""

from __future__ import annotations

from analysis.text import lowered_letter_runs

_ENGLISH = """
a an the and or but if so as of to in on at by for from with into onto about over under
after before than then that this these those there here it its he she they we you i me him
her them us my his their our your is are was were be been being has have had do does did
not no will would can could should may might must shall who whom whose which what when
where why how all any some such also just only very more most other both each because
while though although up out off again
"""

_GERMAN = """
der die das den dem des ein eine einen einem einer eines und oder aber wenn weil dass
als wie zu im in am an auf aus bei mit nach von vor zum zur für über unter durch gegen
ohne um ist sind war waren wird werden wurde wurden hat haben hatte hatten sein es er sie
wir ihr ich du man sich nicht auch noch nur schon so sehr dann denn doch mehr bis
diese dieser dieses diesen jetzt hier dort wo was wer
"""

_FRENCH = """
le la les un une des du de et ou mais si que qui quoi dont où à au aux en dans sur sous
par pour avec sans entre vers chez est sont était étaient sera ont avait être avoir il
elle ils elles nous vous je tu on se ce cette ces son sa ses leur leurs ne pas plus aussi
comme très tout tous toute toutes y
"""

_SPANISH = """
el la los las un una unos unas y o pero si que quien cual cuando donde como de del al a
en con sin por para sobre entre hasta desde es son era eran fue fueron ser ha han había
está están estar lo le les se su sus mi mis nos no sí más muy también ya este esta estos
estas ese esa eso
"""

_PORTUGUESE = """
o a os as um uma uns umas e ou mas se que quem qual quando onde como de do da dos das
no na nos nas ao aos à às em com sem por pelo pela pelos pelas para sobre entre até
desde é são era eram foi foram ser está estão estar tem têm ter há lhe lhes seu sua
seus suas não sim mais muito também já este esta isso isto esse essa ele ela eles elas
você nós eu
"""

_ITALIAN = """
il lo la i gli le un una uno e o ma se che chi cui quando dove come di del della dei
delle degli al alla ai alle a in con senza per tra fra su da dal dalla è sono era erano
fu essere ha hanno aveva avere non più molto anche già questo questa quello quella si ci
"""

_DUTCH = """
de het een en of maar als dat die dit deze wie wat waar hoe van in op aan met voor door
naar bij uit over onder tot om te is zijn was waren wordt worden werd heeft hebben had
niet geen ook nog al er hij zij ze wij we je ik
"""

_RUSSIAN = """
и в во не на я он она оно они мы вы ты что как а но или если то это этот эта эти
тот та те с со к ко по за из от до для о об при у же ли бы был была было были быть
есть его её ее их им ему ей всё все так уже только еще ещё также когда где который
которая которые чтобы может нет да
"""

_UKRAINIAN = """
і й та в у на не що як але або якщо це цей ця ці з зі до для від про при за є був була
було були бути його її їх він вона вони ми ви ти я так вже тільки також коли де який яка
які щоб
"""

_POLISH = """
i w we na z ze do od o u za po przez dla nie to jest są był była było byli być się że
jak ale lub czy jeśli ten ta te tego jego jej ich on ona oni my wy ty ja już tylko także
gdy gdzie który która które
"""

_ROMANIAN = """
și şi să în de la cu pe din care că nu un o a al ale ai lui unui unei unor cel cea cei
cele mai se sau dar dacă când unde cum ce cine este sunt era erau fost fi au are avea am
va vor ar pentru despre după până între sub prin spre fără ca decât foarte doar încă
deja nici tot toate toți toţi el ea ei ele noi voi eu tu lor le îi îl își îşi acest
această aceste acești aceşti acesta aceasta acum
"""

_DANISH = """
og i at det en et den de til er som på med af for ikke der var sig men har om vi jeg
han hun havde nu da fra ud sin sit sine dem os op hans hendes hvor eller hvad skal selv
her alle vil blev bliver blive kunne ind når være været efter ned skulle denne dette
disse end også under mod hvis hos meget deres noget nogle mange sådan fordi uden mellem
"""

_NORWEGIAN_BOKMAL = """
og i at det en et ei den de til er som på med av for ikke der var seg men har om vi jeg
han hun hadde nå da fra ut sin sitt sine dem oss opp hans hennes hvor eller hva skal selv
her alle vil ble blir bli kunne inn når være vært etter ned skulle denne dette disse enn
også under mot hvis hos mye deres noe noen mange slik fordi uten mellom bare
"""

_NYNORSK = """
og i at det ein eit den dei til er som på med av for ikkje der var seg men har om vi eg
han ho hadde no då frå ut sin sitt sine dei oss opp hans hennar kor eller kva skal sjølv
her alle vil vart blir bli kunne inn når vere vore etter ned skulle denne dette desse enn
òg også under mot viss hos mykje deira noko nokon mange slik fordi utan mellom berre
"""

_SWEDISH = """
och i att det en ett den de till är som på med av för inte där var sig men har om vi jag
han hon hade nu då från ut sin sitt sina dem oss upp hans hennes hur eller vad ska skulle
själv här alla vill blev blir bli kunde in när vara varit efter ner denna detta dessa än
också under mot om hos mycket deras något några många sådan eftersom utan mellan bara
"""

FUNCTION_WORDS: frozenset[str] = frozenset(
    word
    for block in (
        _ENGLISH,
        _GERMAN,
        _FRENCH,
        _SPANISH,
        _PORTUGUESE,
        _ITALIAN,
        _DUTCH,
        _RUSSIAN,
        _UKRAINIAN,
        _POLISH,
        _ROMANIAN,
        _DANISH,
        _NORWEGIAN_BOKMAL,
        _NYNORSK,
        _SWEDISH,
    )
    for word in block.split()
)
"""Lower-cased function words of English, German, French, Spanish, Portuguese, Italian,
Dutch, Russian, Ukrainian, Polish, Romanian, Danish, Norwegian (Bokmål and Nynorsk) and
Swedish, pooled (a page's language need not be known). Romanian's ş and ţ are written
both with a comma below and, as older fonts and keyboards write them, with a cedilla."""

FUNCTION_WORDS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "en": frozenset(_ENGLISH.split()),
    "de": frozenset(_GERMAN.split()),
    "fr": frozenset(_FRENCH.split()),
    "es": frozenset(_SPANISH.split()),
    "pt": frozenset(_PORTUGUESE.split()),
    "it": frozenset(_ITALIAN.split()),
    "nl": frozenset(_DUTCH.split()),
    "ru": frozenset(_RUSSIAN.split()),
    "uk": frozenset(_UKRAINIAN.split()),
    "pl": frozenset(_POLISH.split()),
    "ro": frozenset(_ROMANIAN.split()),
    "da": frozenset(_DANISH.split()),
    "nb": frozenset(_NORWEGIAN_BOKMAL.split()),
    "nn": frozenset(_NYNORSK.split()),
    "sv": frozenset(_SWEDISH.split()),
}
"""The same words per language (ISO 639-1 code), e.g. to guess a text's language."""


def function_word_languages(text: str) -> tuple[str, ...]:
    """The languages of :data:`FUNCTION_WORDS_BY_LANGUAGE` whose function words ``text``
    prints most often, tied ("le" is French, Spanish, Italian and Romanian: all four).

    Parameters
    ----------
    text : str
        Running text, a whole page or one line.

    Returns
    -------
    tuple of str
        ISO 639-1 codes in the order of :data:`FUNCTION_WORDS_BY_LANGUAGE`; empty when
        the text holds none of these words.
    """
    counts = dict.fromkeys(FUNCTION_WORDS_BY_LANGUAGE, 0)
    for word in lowered_letter_runs(text):
        for language, words in FUNCTION_WORDS_BY_LANGUAGE.items():
            counts[language] += word in words
    most = max(counts.values())
    return tuple(language for language, count in counts.items() if count == most) if most else ()


def function_word_language(text: str) -> str | None:
    """The language of :data:`FUNCTION_WORDS_BY_LANGUAGE` whose function words ``text``
    prints most often (a word shared by several lists counts for each).

    Parameters
    ----------
    text : str
        Running text, e.g. a whole page.

    Returns
    -------
    str or None
        An ISO 639-1 code; None when the text holds none of these words or two
        languages tie (:func:`function_word_languages`).
    """
    languages = function_word_languages(text)
    return languages[0] if len(languages) == 1 else None
