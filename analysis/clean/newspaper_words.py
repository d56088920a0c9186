"""The languages' words for a news outlet's name, in one table, and each rule's view of it.

:data:`TABLE` holds, one row a word, a word the languages put in a news outlet's name:
how a name holds it, what it means, and the languages writing it. From it each rule
derives the words it reads:

- :data:`NAME_NOUNS` (:func:`holds_a_name_noun`): the nouns a name in capitals is named
  by, "The Example Gazette", "Beispieler Anzeiger": a newspaper, a daily, a herald, a
  title noun ("Times", "Observer"), whole words, of :data:`NAME_NOUN_LANGUAGES`; read on
  "Travel · The Example Gazette" (:mod:`analysis.clean.section_masthead`) and in a name
  a control's word closes (:func:`analysis.clean.interface_words.names_a_control`);
- :data:`PLAIN_NAME_NOUNS` (:func:`names_a_newspaper`): the nouns that let a masthead in
  sentence case or in a script without case stand right over the headline
  (:mod:`analysis.clean.site_candidates`): a newspaper, a daily, a herald, whole words,
  never the "news" sense (a section's label as often: "Местни новини") nor English's (a
  sentence-case label's too: "Business today");
- :data:`OPENING_WORDS` and :data:`CLOSING_WORDS` (:func:`names_a_newspaper`): the words
  opening a name in a script without case (Urdu "روزنامہ"), or closing one written
  without spaces (Japanese "新報");
- :data:`TAGLINE_NOUNS`: the nouns a paper calls itself by in the tagline under its
  masthead ("Independent voice of the Vale"), which is then no headline
  (:mod:`analysis.clean.headline`): a newspaper, a daily, a periodical, a herald, of
  every language, whole words;
- :data:`BROADCAST_WORDS`: the English broadcast words a broadcaster's domain spells
  ("kcds3tv.com", :mod:`analysis.clean.outlet`);
- :data:`CARD_WORDS` (:func:`holds_newspaper_word`): every word of every sense, a stem
  matched as a word's start (Turkish "Postası", Polish "Gazety"), to tell an
  aggregator's outlets from a site's reporters on listing cards
  (:mod:`analysis.clean.card_roles`).

One matcher (:func:`holds_name_word`) reads a name's words case-folded, whole or by
their stems. Where the three lists this table was made from disagreed (a word in one,
not in another, the senses and languages aside), each view keeps its rule's reading:
:data:`NOT_NAME_NOUNS`, :data:`ALSO_NAME_NOUNS`, :data:`NOT_PLAIN_NAME_NOUNS`,
:data:`NOT_CARD_WORDS` (listed in
docs/architecture.md, "Newspaper words", for a later decision).

The table was made (2026-12-05) from three lists landed for the reviews of made-up pages
(issue #10): the title-case nouns (h167), the listing cards' stems and short words (h165),
the plain mastheads' nouns (h162), each the languages' common words for a newspaper and
the nouns their papers are named by, no site's. The news words of Bengali, Hindi,
Nepali, Marathi, Sinhala, Tamil and Hebrew (h181: "বার্তা", "समाचार", "පුවත්", "செய்தி",
"חדשות"), then of Gujarati, Malayalam, Kannada, Telugu, Odia and Punjabi (h190:
"સમાચાર", "വാർത്ത", "ಸುದ್ದಿ", "వార్త", "ସମ୍ବାଦ", "ਖ਼ਬਰ") were added for the cards rule,
which reads names in scripts without capitals by them alone
(:mod:`analysis.clean.card_roles`); then (h338) the Amharic news word "ዜና", the Sinhala
"voice" "හඬ" (a herald's sense, as Greek "φωνή"), the Bengali "daily" "প্রতিদিন" (a noun
papers are named by; also the adverb "every day", so a title noun, never a plain
masthead's), the Chinese morning paper "晨报" and the traditional characters of the
dailies' endings. No tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

#: One row a word: the word as a name prints it (case-folded); how a name holds it
#: ("word": a whole word; a stem and "-": a word opening with the stem, matched so on
#: listing cards and whole elsewhere; "opens": the first word of a name in a script
#: without case; "closes": the end of a name written without spaces; "starts": the start
#: of a name written without spaces); its sense
#: (newspaper, daily, periodical, herald: a herald, courier, messenger, post or voice;
#: news; title: another noun papers are named by, "Times", "Observer"; broadcast;
#: agency); the languages (ISO 639-1) writing it.
_TABLE_TEXT = """
herald       herald-       herald     en
gazette      gazet-        newspaper  en
gazeta       gazet-        newspaper  pt,pl
tribune      tribune-      title      en
journal      journal-      newspaper  en
courier      courier-      herald     en
chronicle    chronicle-    title      en
observer     observer-     title      en
telegraph    telegraph-    herald     en
dispatch     dispatch-     herald     en
bulletin     bulletin-     title      en
examiner     examiner-     title      en
enquirer     word          title      en
inquirer     inquirer-     title      en
register     register-     title      en
monitor      monitor-      title      en
standard     standard-     title      en
express      express-      herald     en
mirror       mirror-       title      en
review       review-       periodical en
weekly       weekly-       periodical en
daily        daily-        daily      en
digest       digest-       periodical en
press        press-        title      en
news         news-         news       en
times        times-        title      en
post         post-         herald     en
radio        radio-        broadcast  en
magazine     magazine-     periodical en
media        media-        agency     en
network      network-      agency     en
reporter     reporter-     title      en
record       record-       title      en
wire         wire-         agency     en
agency       agency-       agency     en
ledger       ledger-       title      en
sentinel     sentinel-     title      en
quarterly    quarterly-    periodical en
letter       letter-       periodical en
report       report-       title      en
guardian     guardian-     title      en
independent  independent-  title      en
advertiser   word          title      en
argus        word          title      en
citizen      word          title      en
globe        word          title      en
mail         word          herald     en
today        word          title      en
voice        word          herald     en
echo         word          herald     en
newspaper    word          newspaper  en
tv           word          broadcast  en
fm           word          broadcast  en
am           word          broadcast  en
television   word          broadcast  en
zeitung      zeitung-      newspaper  de
tagblatt     tagblatt-     daily      de
tageblatt    tageblatt-    daily      de
anzeiger     anzeiger-     herald     de
kurier       kurier-       herald     de,pl
rundschau    rundschau-    title      de
nachrichten  nachrichten-  news       de
presse       presse-       title      de,fr
blatt        blatt-        newspaper  de
bote         bote-         herald     de
woche        woche-        periodical de
courrier     courrier-     herald     fr
quotidien    quotidien-    daily      fr
dépêche      dépêche-      herald     fr
nouvelles    nouvelles-    news       fr
hebdo        hebdo-        periodical fr
actu         actu-         news       fr
info         info-         news       fr
diario       diari-        daily      es,ca
diário       diário-       daily      pt
periódico    periódic-     newspaper  es,pt
noticias     notici-       news       es
notícias     notíci-       news       pt
jornal       jornal-       newspaper  pt
folha        folha-        newspaper  pt
correio      correio-      herald     pt
gazzetta     gazzett-      newspaper  it
corriere     corriere-     herald     it
giornale     giornale-     newspaper  it
notizie      notizie-      news       it
cronaca      cronaca-      title      it
crónica      crónica-      title      es
crònica      crònica-      title      ca
heraldo      heraldo-      herald     es
tribuna      tribuna-      title      es,it,pt
semanari     semanari-     periodical ca
revista      revista-      periodical es,pt
rádio        rádio-        broadcast  pt
ràdio        ràdio-        broadcast  ca
televisión   televis-      broadcast  es,pt,it
gaceta       word          newspaper  es
correo       word          herald     es
messaggero   word          herald     it
voz          word          herald     es,pt
veu          word          herald     ca
eco          word          herald     es,it,pt
krant        krant-        newspaper  nl
dagblad      dagblad-      daily      nl,da
courant      courant-      newspaper  nl
nieuws       nieuws-       news       nl
posten       posten-       herald     sv,no
tidende      tidende-      newspaper  da,no
avis         avis-         newspaper  da,no
blad         blad-         newspaper  nl,sv,da,no
nyhet        nyhet-        news       sv,no
nyhed        nyhed-        news       da
tidning      word          newspaper  sv
uutiset      uutiset-      news       fi
sanomat      sanomat-      news       fi
lehti        lehti-        newspaper  fi
dziennik     dziennik-     daily      pl
tygodnik     tygodnik-     periodical pl
wiadomości   wiadomości-   news       pl
głos         głos-         herald     pl
deník        deník-        daily      cs
noviny       noviny-       newspaper  cs,sk
zprávy       zpráv-        news       cs
zpravodaj    zpravodaj-    title      cs
hlas         word          herald     cs,sk
kurýr        word          herald     cs
kuriér       word          herald     sk
denník       word          daily      sk
kurjer       word          herald     pl
hírlap       hírlap-       newspaper  hu
napló        napló-        title      hu
hírek        hírek-        news       hu
futár        futár-        herald     hu
krónika      krónika-      title      hu
újság        újság-        newspaper  hu
ziar         ziar-         newspaper  ro
jurnal       jurnal-       newspaper  ro,ms
monitorul    monitorul-    title      ro
știri        știri-        news       ro
stiri        stiri-        news       ro
haber        haber-        news       tr
gazete       gazete-       newspaper  tr
gündem       gündem-       title      tr
ajans        ajans-        agency     tr
berita       berita-       news       id,ms
kabar        kabar-        news       id,ms
harian       harian-       daily      id,ms
warta        warta-        news       id,ms
koran        koran-        newspaper  id
utusan       utusan-       herald     ms
tribun       tribun-       title      id,ms
pos          word          herald     id
habari       habari-       news       sw
gazeti       gazeti-       newspaper  sw
báo          word          newspaper  vi
tin          word          news       vi
νέα          νέα-          news       el
ειδήσεις     ειδήσεις-     news       el
εφημερίδα    εφημερίδα-    newspaper  el
φωνή         φωνή-         herald     el
вісник       вісник-       herald     uk
вестник      вестник-      herald     ru,bg
вести        вести-        news       ru,sr
газета       газет-        newspaper  ru,uk,bg
новости      новост-       news       ru,bg
новини       новин-        news       uk,bg
известия     известия-     news       ru
курьер       курьер-       herald     ru
кур'єр       кур'єр-       herald     uk
vjesnik      word          herald     hr
vestnik      word          herald     sl,sk
vesnik       word          herald     sr
весник       word          herald     sr,mk
веснік       word          herald     be
მოამბე       word          herald     ka
жаршысы      word          herald     kk
glas         word          herald     hr,sl,sr,bs
глас         word          herald     sr,bg
голос        word          herald     ru,uk
balss        word          herald     lv
balsas       word          herald     lt
kurir        word          herald     hr,sr,bs
kurjeris     word          herald     lt
kurjers      word          herald     lv
курир        word          herald     sr,mk
куриер       word          herald     bg
dnevnik      word          daily      hr,sl,sr,bs
дневник      word          daily      sr,bg,mk
novine       word          newspaper  hr,sr,bs
новине       word          newspaper  sr
сонин        word          newspaper  mn
газеті       word          newspaper  kk
хабар        хабар-        news       kk,tg,uz
laikraštis   word          newspaper  lt
avīze        word          newspaper  lv
გაზეთი       word          newspaper  ka
թերթ         word          newspaper  hy
පුවත්පත      word          newspaper  si
පුවත්        word          news       si
හඬ           word          herald     si
বার্তা        word          news       bn
সংবাদ        word          news       bn
প্রতিদিন      word          title      bn
খবর          word          news       bn
समाचार       word          news       hi,ne,mr
खबर          word          news       hi,ne
बातमी        word          news       mr
செய்தி       செய்தி-       news       ta
חדשות        word          news       he
સમાચાર       word          news       gu
വാർത്ത       വാർത്ത-       news       ml
ಸುದ್ದಿ         word          news       kn
వార్త         వార్త-         news       te
ସମ୍ବାଦ        word          news       or
ਖ਼ਬਰ         ਖ਼ਬਰ-         news       pa
పత్రిక       word          newspaper  te
ಪತ್ರಿಕೆ        word          newspaper  kn
અખબાર        word          newspaper  gu
ਅਖ਼ਬਾਰ        word          newspaper  pa
പത്രം         word          newspaper  ml
ورځپاڼه      word          newspaper  ps
ڕۆژنامە      word          newspaper  ku
ڕۆژنامەی     word          newspaper  ku
ጋዜጣ          word          newspaper  am,ti
ዜና           word          news       am,ti
gazetasi     word          newspaper  uz
pahayagan    word          newspaper  tl
pahayagang   word          newspaper  tl
ġurnal       word          newspaper  mt
leħen        word          herald     mt
праўда       word          title      be
правда       word          title      ru,uk,bg
روزنامہ      opens         daily      ur
روزنامه      opens         daily      fa
جريدة        opens         newspaper  ar
صحيفة        opens         newspaper  ar
दैनिक        opens         daily      hi
দৈনিক        opens         daily      bn
દૈનિક        opens         daily      gu
ଦୈନିକ        opens         daily      or
ਰੋਜ਼ਾਨਾ        opens         daily      pa
هفته‌نامه     opens         periodical fa
ماهنامه      opens         periodical fa
新聞           closes        newspaper  ja
新報           closes        title      ja
日報           closes        daily      ja
時報           closes        title      ja
日报           closes        daily      zh
晚报           closes        daily      zh
时报           closes        title      zh
早报           closes        daily      zh
晨报           closes        daily      zh
晚報           closes        daily      zh
早報           closes        daily      zh
晨報           closes        daily      zh
신문           closes        newspaper  ko
일보           closes        daily      ko
សារព័ត៌មាន    starts        newspaper  km
កាសែត         starts        newspaper  km
หนังสือพิมพ์     starts        newspaper  th
ໜັງສືພິມ       starts        newspaper  lo
သတင်းစာ        closes        newspaper  my
"""

#: The senses of :data:`TABLE`.
SENSES = ("newspaper", "daily", "periodical", "herald", "news", "title", "broadcast", "agency")


class OutletWord(NamedTuple):
    """A row of :data:`TABLE`: a word of a news outlet's name."""

    word: str
    how: str
    sense: str
    languages: frozenset[str]

    @property
    def stem(self) -> str | None:
        """The stem a word opening with it matches (on listing cards), None when the word
        is matched whole, first or last."""
        return self.how[:-1] if self.how.endswith("-") else None


def _read_table(text: str) -> tuple[OutletWord, ...]:
    rows = []
    for line in text.strip().splitlines():
        word, how, sense, languages = line.split()
        if sense not in SENSES:
            raise ValueError(f"unknown sense {sense!r} of {word!r}")
        rows.append(OutletWord(word, how, sense, frozenset(languages.split(","))))
    return tuple(rows)


#: The languages' words for a news outlet's name (:class:`OutletWord`).
TABLE = _read_table(_TABLE_TEXT)

#: The languages whose title-case names :data:`NAME_NOUNS` reads (English, German,
#: French, Spanish, Italian, Portuguese, Dutch, the Nordic ones, Polish, Czech).
NAME_NOUN_LANGUAGES = frozenset(
    {"en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "pl", "cs"}
)


def _whole_words(senses: set[str], keep: Callable[[OutletWord], bool]) -> frozenset[str]:
    """The words of the rows of ``senses`` read anywhere in a name (no place rows)."""
    return frozenset(
        row.word.casefold()
        for row in TABLE
        if row.sense in senses and row.how not in ("opens", "closes", "starts") and keep(row)
    )


#: Disagreements kept (a word the rule's senses and languages take, which the rule's
#: own list did not hold): the listing cards' stems (h165) and the plain nouns (h162) the
#: title-case nouns (h167) lacked.
NOT_NAME_NOUNS = frozenset(
    {
        "blad", "blatt", "cronaca", "crónica", "daily", "dépêche", "eco", "głos", "hlas",
        "independent", "inquirer", "kurjer", "kurýr", "monitor", "presse", "report",
        "reporter", "tageblatt", "tribuna", "voz", "zpravodaj",
    }
)  # fmt: skip
#: A disagreement kept: German "Nachrichten" (news) is a title-case noun (h167), though
#: the "news" sense is not.
ALSO_NAME_NOUNS = frozenset({"nachrichten"})
#: Disagreements kept: words of the plain rule's senses that its list (h162) did not
#: hold, the title-case nouns it left out ("avis", "correo", "posten"...) and the stems
#: for listing cards (h165: "hírlap", "εφημερίδα"...).
NOT_PLAIN_NAME_NOUNS = frozenset(
    {
        "avis", "blad", "blatt", "báo", "correo", "dépêche", "eco", "folha", "futár",
        "gazete", "harian", "heraldo", "hírlap", "jurnal", "koran", "lehti",
        "messaggero", "pos", "posten", "tageblatt", "utusan", "veu", "voz", "ziar",
        "újság", "εφημερίδα", "φωνή", "හඬ",
    }
)  # fmt: skip

#: Nouns newspapers are named by in title case ("The Example Gazette", "Diario de
#: Ejemplo"), case-folded, whole words: a newspaper, a daily, a herald or a title noun of
#: :data:`NAME_NOUN_LANGUAGES` (:data:`NOT_NAME_NOUNS` and :data:`ALSO_NAME_NOUNS` kept).
NAME_NOUNS = (
    _whole_words(
        {"newspaper", "daily", "herald", "title"},
        lambda row: not row.languages.isdisjoint(NAME_NOUN_LANGUAGES),
    )
    - NOT_NAME_NOUNS
) | ALSO_NAME_NOUNS

#: Title nouns a plain name is marked by too: the Slavic languages' "truth" (Belarusian
#: "праўда", Russian "правда", "pravda"), the noun of a regional paper's name in each of
#: them ("Палеская праўда").
ALSO_PLAIN_NAME_NOUNS = frozenset({"праўда", "правда"})

#: Nouns marking a plain name (:func:`names_a_newspaper`): a newspaper, a daily, a herald
#: of any language but English, case-folded, whole words (:data:`NOT_PLAIN_NAME_NOUNS`
#: and :data:`ALSO_PLAIN_NAME_NOUNS` kept).
PLAIN_NAME_NOUNS = (
    _whole_words({"newspaper", "daily", "herald"}, lambda row: row.languages != {"en"})
    - NOT_PLAIN_NAME_NOUNS
) | ALSO_PLAIN_NAME_NOUNS

#: Words opening a newspaper's name in a script without case: Urdu and Persian "daily
#: newspaper" (روزنامہ, روزنامه), Persian "weekly", "monthly" (هفته‌نامه, ماهنامه), Arabic
#: "newspaper" (جريدة, صحيفة), the "daily" of Hindi, Bengali, Gujarati, Odia, Punjabi
#: (दैनिक, দৈনিক, દૈનિક, ଦୈନିକ, ਰੋਜ਼ਾਨਾ).
OPENING_WORDS = frozenset(row.word for row in TABLE if row.how == "opens")
#: Endings of a newspaper's name in the scripts written without spaces: Japanese 新聞,
#: 新報, 日報, 時報; Chinese 日报, 晚报, 时报, 早报, 晨报 (and 晚報, 早報, 晨報 as traditional
#: characters write them); Korean 신문, 일보.
CLOSING_WORDS = tuple(row.word for row in TABLE if row.how == "closes")
#: Starts of a newspaper's name in the scripts written without spaces: Khmer "កាសែត",
#: "សារព័ត៌មាន", Thai "หนังสือพิมพ์", Lao "ໜັງສືພິມ" (a newspaper), the paper's name run on.
STARTING_WORDS = tuple(row.word for row in TABLE if row.how == "starts")


class CardWords(NamedTuple):
    """The words :func:`holds_newspaper_word` reads: whole words and stems."""

    whole: frozenset[str]
    stems: tuple[str, ...]


#: A disagreement kept: "am" (the AM band, a broadcaster's domain: :data:`BROADCAST_WORDS`)
#: is no word of a card's outlet (German "am", English "am").
NOT_CARD_WORDS = frozenset({"am"})

#: Every word of :data:`TABLE` read anywhere in a name, of any sense: stems as a word's
#: start, the rest whole (:data:`NOT_CARD_WORDS` kept).
CARD_WORDS = CardWords(
    frozenset(row.word for row in TABLE if row.how == "word") - NOT_CARD_WORDS,
    # case-folded as the name's words are: a Greek word's final "ς" reads "σ"
    tuple(row.stem.casefold() for row in TABLE if row.stem is not None),
)

#: Nouns a paper calls itself by in its tagline ("Independent voice of the Vale",
#: "Nezávislý denník pre celý región"): a newspaper, a daily, a periodical, a herald (a
#: voice, a post), of any language, case-folded, whole words; the "news" and title
#: senses ("Times", "Today", "Record") stand in headlines as often
#: (:func:`analysis.clean.headline.candidate_features`).
TAGLINE_NOUNS = _whole_words({"newspaper", "daily", "periodical", "herald"}, lambda row: True)

#: Words a broadcaster's domain spells after its name's leading words or call sign ("KCDS
#: 3 News" at ``kcds3tv.com``, "Kerrow Sound" at ``kerrowfm.com``): the broadcast sense's
#: English words, television and radio as the languages abbreviate them, and the AM / FM
#: bands (:mod:`analysis.clean.outlet`).
BROADCAST_WORDS = _whole_words({"broadcast"}, lambda row: row.languages == {"en"})

#: Words of :data:`OPENING_WORDS` that are also the language's plain adjective: Hindi
#: "दैनिक" (daily) opens "दैनिक जीवन" (daily life) as it opens a paper's name; so do
#: Gujarati "દૈનિક", Odia "ଦୈନିକ", Punjabi "ਰੋਜ਼ਾਨਾ".
ALSO_ADJECTIVES = frozenset({"दैनिक", "દૈનિક", "ଦୈନିକ", "ਰੋਜ਼ਾਨਾ"})
#: The postpositions and "and" of those languages (Hindi, Gujarati, Odia, Punjabi),
#: which a phrase holds and a paper's name does not.
POSTPOSITIONS = frozenset(
    {
        "में", "का", "की", "के", "से", "को", "पर", "और",
        "માં", "નો", "ની", "નું", "ના", "થી", "ને", "પર", "અને",
        "ପାଇଁ", "ସହିତ", "ଓ", "ଏବଂ",
        "ਵਿੱਚ", "ਦਾ", "ਦੀ", "ਦੇ", "ਨੂੰ", "ਤੋਂ", "ਨਾਲ", "ਤੇ", "ਅਤੇ",
    }
)  # fmt: skip

# An article or a preposition of one to three letters joined to the next word by a
# hyphen (Maltese "Il-Leħen", "tal-Gżejjer"; "Al-", "El-"): the word a name holds is the
# one after it.
_HYPHENED_ARTICLE = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,3})-(?=[^\W\d_])")

#: Marks around a word of a name, stripped before it is read.
MARKS = ".,'’"
#: Quotes and brackets, stripped too on listing cards (:func:`holds_newspaper_word`).
QUOTES = '"«»()'


def holds_name_word(
    name: str,
    whole: frozenset[str],
    stems: tuple[str, ...] = (),
    *,
    fewest: int = 1,
    strip: str = MARKS,
) -> bool:
    """Whether a name holds one of the words, read case-folded, whole or by a stem.

    Parameters
    ----------
    name : str
        A name as printed ("Coastal Herald", "Körfez Postası").
    whole : frozenset of str
        Words matched whole (case-folded).
    stems : tuple of str
        Stems matched as a word's start ("post" in "postası").
    fewest : int
        The fewest words the name has; False for fewer.
    strip : str
        The marks stripped around each word before it is read.

    Returns
    -------
    bool
        True when the name has at least ``fewest`` words and one of them, stripped and
        case-folded, is one of ``whole`` or opens with one of ``stems``.
    """
    words = [word.strip(strip).casefold() for word in name.split()]
    return len(words) >= fewest and any(
        word in whole or word.startswith(stems) for word in words if word
    )


def without_opening_word(name: str) -> str | None:
    """A name of two words or more without the newspaper's word that opens it in a
    script without case (:data:`OPENING_WORDS`: "الساحل" of "صحيفة الساحل", "X" of
    "روزنامہ X"): the paper's name as its notice and its other printings often write it.

    Parameters
    ----------
    name : str
        A site name as printed.

    Returns
    -------
    str or None
        The words after the opening word; None for a name not opened by one.
    """
    words = name.split()
    if len(words) >= 2 and words[0] in OPENING_WORDS:
        return " ".join(words[1:])
    return None


def names_a_newspaper(name: str) -> bool:
    """Whether a line read as a plain name holds a newspaper's word where names hold it.

    A name in a script without case does not show itself as a name
    (:func:`analysis.clean.masthead_lines.plain_masthead`): a section's label looks the
    same. Such a word marks the line as a newspaper's name, which may then stand right
    over the headline as a masthead does (:mod:`analysis.clean.site_candidates`).

    Parameters
    ----------
    name : str
        A top line read as a name (:func:`analysis.clean.masthead_lines.plain_masthead`).

    Returns
    -------
    bool
        True when its first of two or more words is one of :data:`OPENING_WORDS` or
        :data:`STARTING_WORDS` (of three or more, no postposition among them, for a
        word that is also an adjective, :data:`ALSO_ADJECTIVES`, which closing a name
        of two or more is its noun), when one of its two or more words is one of
        :data:`PLAIN_NAME_NOUNS` (case-folded; a word after a short article joined by
        a hyphen, "Il-Leħen", read apart), or when it is one run of letters that ends
        in a word of :data:`CLOSING_WORDS` ("北浜新報") or starts with one of
        :data:`STARTING_WORDS` (:func:`is_newspaper_run`); False for the word alone.
    """
    words = name.split()
    if words and words[0] in ALSO_ADJECTIVES:
        # "दैनिक" is also the plain "daily": "दैनिक जीवन" (daily life), "दैनिक राशिफल"
        # (daily horoscope) are sections; a paper's name goes on past a second word, no
        # postposition in it ("दैनिक नर्मदा समाचार", not "दैनिक जीवन में योग")
        return len(words) >= 3 and POSTPOSITIONS.isdisjoint(words)
    if len(words) >= 2 and words[-1] in ALSO_ADJECTIVES:
        return True  # the adjective goes before its noun: closing a name, it is the noun
        # ("સૌરાષ્ટ્ર સમાચાર દૈનિક")
    if len(words) >= 2 and (words[0] in OPENING_WORDS or words[0] in STARTING_WORDS):
        return True  # ("روزنامہ X"; Lao "ໜັງສືພິມ X", the run's start written apart)
    if holds_name_word(_HYPHENED_ARTICLE.sub(r"\1 ", name), PLAIN_NAME_NOUNS, fewest=2):
        return True  # "Jadranski vjesnik", "Подунавске новине", "Il-Leħen tal-Gżejjer"
    return len(words) == 1 and is_newspaper_run(name)


def is_newspaper_run(name: str) -> bool:
    """Whether a name is one run of a script written without spaces that a newspaper's
    word closes or starts ("北浜新報", Khmer "កាសែតទន្លេមេគង្គ": "newspaper" and the paper's
    name): one name, however many words a segmentation of the run counts.

    Parameters
    ----------
    name : str
        A line read as a name.

    Returns
    -------
    bool
        True when it holds no space and ends with a word of :data:`CLOSING_WORDS` or
        starts with one of :data:`STARTING_WORDS`, and is longer than the word.
    """
    name = name.strip()
    return (
        bool(name)
        and len(name.split()) == 1
        and (
            any(name.endswith(word) and len(name) > len(word) for word in CLOSING_WORDS)
            or any(name.startswith(word) and len(name) > len(word) for word in STARTING_WORDS)
        )
    )


def holds_a_name_noun(name: str) -> bool:
    """Whether a name of two or more words holds a noun newspapers are named by.

    Parameters
    ----------
    name : str
        A name (:func:`analysis.clean.masthead_lines.masthead_name`): "The Example Gazette".

    Returns
    -------
    bool
        True when it has two or more words and one of them, case-folded, is one of
        :data:`NAME_NOUNS`; False for the noun alone ("Gazette", "Today": a section's
        label as often).
    """
    return holds_name_word(name, NAME_NOUNS, fewest=2)


def holds_newspaper_word(name: str) -> bool:
    """Whether a name holds a word the languages put in a news outlet's name.

    Parameters
    ----------
    name : str
        A name as printed ("Coastal Herald", "Jihlavský deník", "Jane Doe").

    Returns
    -------
    bool
        True when one of its words (quotes and brackets aside) opens with a stem of
        :data:`CARD_WORDS` or is one of its whole words (case aside), or when it reads as
        a newspaper's name in a script without case (:func:`names_a_newspaper`).
    """
    return names_a_newspaper(name) or holds_name_word(
        name, CARD_WORDS.whole, CARD_WORDS.stems, strip=MARKS + QUOTES
    )
