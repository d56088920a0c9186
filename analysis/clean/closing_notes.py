"""Notes that close an article's body but are not its story: a print-edition note, a
feed item's footer, the author's biography line, and a wire story's rights notice or its
agency's signature (:func:`agency_credit`: they name the story's credited source, so
:func:`analysis.clean.page_metadata.find_credited_source` takes them out of the body).

A magazine or newspaper ends many web articles with a line about the article itself:

- a print-edition note, "This article appears in the January 2027 print edition with the
  headline ...", "Appeared in the May 8, 2017, print edition as '...'", "A version of
  this article appears in print on ...": a sentence whose subject is the article (or no
  subject at all) saying where it appeared in print (a print edition or an issue);
- a feed item's footer, "The post TITLE appeared first on SITE." (the default footer of
  WordPress feeds made by the Yoast SEO plugin): it names the page's own site
  (:func:`feed_footer_site`); the same footer in the site locale's words ("Artikel
  TITLE pertama kali tampil di SITE.") is told by its shape (:func:`is_titled_footer`):
  the page's whole title inside a short line;
- a reporting credit, "— With files from Northwire", "Additional reporting by Jo Roe",
  a wire's "Reporting by Al Doe; Editing by Jo Roe", "Con información de Europa Press",
  "Mit Material von dpa", "dpa/lsw" (:func:`is_reporting_credit`: the credit's words,
  then only names; or an agency's signature joined by slashes);
- the author's biography, "Jane Doe is a contributing writer at X. Her book ...", or
  the credit of where they reported from ("Jane Doe reported from Ohio."): a short line
  opening with a name the byline prints, then a word in lower case.
- the site's description of itself, "Harbour Ledger is an independent newsroom."
  (:func:`is_site_description`): the name the page prints as its site's, then "is a",
  right over the footer's notice.

All are read only after the body's last paragraph and only there: "Jane Doe is ..."
sentences and issues of journals occur in stories too. A name is only the byline's (the
page's, :func:`~analysis.clean.page_metadata.article_page_fields`, or the manifest's or
markup's), so a page without a byline keeps its last line, unless a box's label stands
over the biographies ("About the authors" / "Jane Doe is ..." / "Al Roe is ..."): their
names are then the byline (:func:`closing_bio_names`). The note's words are the
grammar of such notes in English (the subjects, verbs and nouns below), no site's
wording; other languages keep theirs.
No tuned value: a note has at most :data:`NOTE_MAX_WORDS` words, a biography at most
:data:`BIO_MAX_WORDS` (see the corpus check in ``benchmarks/closing_notes_corpora.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.email_addresses import EMAIL_ADDRESS
from analysis.clean.line_gates import casefolded_lines_holding
from analysis.text import LETTER_RUN, count_words, is_lower_case, opens_upper_case
from analysis.text.marks import CLOSING_MARKS, SENTENCE_MARKS

__all__ = [
    "ADDRESS_MAX_WORDS",
    "BIO_LABEL",
    "BIO_LABEL_WORDS",
    "BIO_MAX_WORDS",
    "CONTACT_LABEL_MAX_WORDS",
    "NOTE_MAX_WORDS",
    "OPINION_LABELS",
    "PHONE_MIN_DIGITS",
    "TITLED_FOOTER_MAX_WORDS",
    "TITLED_FOOTER_MIN_TITLE_WORDS",
    "agency_credit",
    "closing_bio_names",
    "feed_footer_site",
    "is_author_bio",
    "is_box_label",
    "is_contact_line",
    "is_feed_disclaimer",
    "is_feed_footer",
    "is_mail_invitation",
    "is_opinion_label",
    "is_print_note",
    "is_reporting_credit",
    "is_site_address",
    "is_site_description",
    "is_titled_footer",
    "is_unsigned_bio",
    "last_footer",
    "names_author",
    "notices_of",
    "signs_byline",
    "without_closing_notes",
]

# A print-edition note is one or two sentences.
NOTE_MAX_WORDS = 40
#: The most words of a street address after the site's name in its footer ("14 Bridge
#: Street", "Bahnhofstraße 14", "Unit 3, ..." up to its first comma or full stop).
ADDRESS_MAX_WORDS = 6
#: Most words of a contact line's label ("Press office:", "Media contact:", "Прэс-служба:").
CONTACT_LABEL_MAX_WORDS = 3
#: Most words of a columnist's closing line giving their address ("Write to Martina Hale
#: at ask@example.com."): one short sentence, the name and the address; a story's last
#: paragraph is longer.
MAIL_INVITATION_MAX_WORDS = 12
#: Fewest digits of a phone number (a local number without its area code).
PHONE_MIN_DIGITS = 7
# An author's biography line: a few sentences (a story's paragraph naming the author is
# longer, or does not open with the name).
BIO_MAX_WORDS = 60
# A biography's label over it ("About the author", "Sobre el autor"): a few words.
BOX_LABEL_MAX_WORDS = 4
#: The words of a label naming a box about the writer ("About the author", "Über den
#: Autor", "O autorovi", "Tekijästä"), in English and the page languages; a pattern's
#: alternatives, no anchors (:data:`analysis.clean.opening_bio.BIO_LABEL` reads a line
#: that is only the label, :func:`is_author_bio` one that opens with it and a colon).
BIO_LABEL_WORDS = (
    r"about the (?:author|writer|columnist)s?|the authors?|über (?:den autor|die autorin)"
    r"|zu[mr] autor(?:in)?|à propos de l['’]auteur(?:e|rice)?|l['’]auteur(?:e|rice)?"
    r"|sobre (?:el autor|la autora|o autor|a autora)|sull['’]autore|l['’]autore"
    r"|over de (?:auteur|schrijver)|o autorze|o autorce"
    # Czech and Slovak, Croatian, Serbian and Slovene, Lithuanian, Hungarian, the
    # Scandinavian languages, Finnish, Russian, Ukrainian and Bulgarian
    r"|o autorovi|o autorke|o autoru|o autorici|o autorju|apie autorių|a szerzőről"
    r"|om forfatteren|om författaren|tekijästä|об авторе|про автора|за автора"
    # Kurmanji, Afrikaans, Indonesian and Malay, Turkish, Azerbaijani, Romanian, Catalan,
    # Galician, Greek, Arabic, Persian, Urdu, Hindi, Swahili, Tagalog, Vietnamese (h401)
    r"|derbar[eê] nivîskar(?:ê|a)?(?: de)?|oor die skrywer|tentang penulis|yazar hakkında"
    r"|müəllif haqqında|despre autor(?:i|ul)?|sobre l['’]autor(?:a)?|sobre o autor|sobre a autora"
    r"|σχετικά με (?:τον|την) συγγραφέα|عن الكاتب|نبذة عن الكاتب|درباره نویسنده"
    r"|مصنف کے بارے میں|लेखक के बारे में|kuhusu mwandishi|tungkol sa (?:may-akda|manunulat)"
    r"|về tác giả"
)
# A biography opening with its label and a colon ("O autorovi: Peter Hrnčiar píše ...").
_LABEL_OPENING = re.compile(r"^(?:" + BIO_LABEL_WORDS + r")\s*:\s*", re.IGNORECASE)
# A name in a biography's opening: two to four capitalized words or initials.
_NAME_MIN_WORDS, _NAME_MAX_WORDS = 2, 4

# The note's subject (the article itself) or none, its verb of appearing, then where:
# a print edition, "in print", or (after a subject) an issue. A sentence about a study
# in a journal's issue has another subject ("The study was published in ...").
_NOTE_SUBJECT = (
    r"(?:an?\s+(?:\w+\s+)?version\s+of\s+)?this\s+"
    r"(?:article|story|piece|essay|column|feature|interview|review)\s+"
)
_NOTE_VERB = (
    r"(?:(?:was|is|has\s+been)\s+(?:(?:first|originally|also)\s+)?)?"
    r"(?:appears?|appeared|ran|published|printed)\b.{0,160}?\b"
)
_IN_PRINT = r"(?:print\s+edition|in\s+print|print\s+issue)\b"
_PRINT_NOTE = re.compile(
    rf"{_NOTE_SUBJECT}{_NOTE_VERB}(?:{_IN_PRINT}|issue\b)|{_NOTE_VERB}{_IN_PRINT}",
    re.IGNORECASE,
)
# The same note in the languages of the magazines' international editions: always its
# subject (the article, the interview, the report, with or without a determiner), the
# verb of appearing, then an issue or an edition (its noun, or its number: "49/2026",
# "n° 3147", "nr 12"). German, Dutch, French, Spanish, Italian, Portuguese, Polish.
_ISSUE_NUMBER = r"\d{1,3}/\d{4}\b|\bn(?:[°º]|r\.?|o\.)\s*\d"
_PRINT_NOTE_ELSEWHERE = re.compile(
    r"(?:"
    # de: "Dieser Artikel erschien in der Ausgabe 49/2026", "... ist in Heft 3 erschienen"
    r"(?:diese[rs]?\s+|der\s+|das\s+)?(?:artikel|beitrag|text|essay|interview|gespräch)"
    # (the verb and the issue in either order: "ist in Heft 3 erschienen")
    r"\s+(?=.{0,160}?\berschien(?:en)?\b)(?=.{0,200}?(?:ausgabe|heft\b|" + _ISSUE_NUMBER + r"))"
    # nl: "Dit interview verscheen in nummer 49", "Dit artikel stond in de editie van ..."
    r"|(?:dit\s+|het\s+|deze\s+)?(?:artikel|interview|stuk|verhaal|essay|column|recensie)"
    r"\s+(?=.{0,160}?\b(?:verscheen|verschenen|stond)\b)"
    r"(?=.{0,200}?(?:nummer|editie|" + _ISSUE_NUMBER + r"))"
    # fr: "Cet article est paru dans le n° 3147", "... a été publié dans l'édition du ..."
    r"|(?:cet\s+|l['’]\s?|ce\s+|le\s+|cette\s+|la\s+)?(?:article|entretien|interview"
    r"|reportage|chronique|texte|enquête)\s+(?:est\s+|a\s+)?(?:paru|été\s+publiée?|publiée?)"
    r"\b.{0,160}?(?:numéro|édition|" + _ISSUE_NUMBER + r")"
    # es / pt: "Este artículo se publicó en el número 12", "Esta reportagem faz parte da
    # edição 112", "Este artigo foi publicado na edição impressa"
    r"|(?:este\s+|esta\s+|el\s+|la\s+|o\s+|a\s+)?(?:artículo|reportaje|texto|entrevista"
    r"|columna|crónica|artigo|reportagem|matéria|coluna)\s+(?:se\s+publicó|fue\s+publicad[oa]"
    r"|apareció|foi\s+publicad[oa]|faz\s+parte)\b.{0,160}?(?:número|edición|edição|"
    + _ISSUE_NUMBER
    + r")"
    # it: "Questo articolo è pubblicato nel numero 49", "... è uscito sul numero in edicola"
    r"|(?:questo\s+|questa\s+|l['’]\s?)?(?:articolo|intervista|inchiesta|reportage)\s+"
    r"(?:è\s+(?:stat[oa]\s+)?(?:pubblicat[oa]|uscit[oa])|esce)\b.{0,160}?(?:numero|edizione|"
    + _ISSUE_NUMBER
    + r")"
    # pl: "Artykuł ukazał się w numerze 49/2026", "Tekst został opublikowany w wydaniu ..."
    r"|(?:ten\s+|ta\s+)?(?:artykuł|tekst|wywiad|reportaż|rozmowa)\s+(?:ukazał(?:a)?\s+się"
    r"|został(?:a)?\s+opublikowan[ya])\b.{0,160}?(?:numerze|wydaniu|" + _ISSUE_NUMBER + r")"
    r")",
    re.IGNORECASE,
)
# A feed item's footer: "The post TITLE appeared first on SITE."
_FEED_FOOTER = re.compile(
    r"^\s*The\s+post\s+\S.*?\s+appeared\s+first\s+on\s+(?P<name>\S.*?)\.?\s*$"
)
_FEED_FOOTER_WORDS = "appeared first on"
# What a line may open with before its text: dashes, stars, brackets.
_LEAD = " \t*_—–-([«\"'“‘"
# A word of a name: capitalized (with hyphens or apostrophes), or an initial.
# (a letter's combining marks inside the word: Yoruba "Adébáyọ̀", decomposed "ọ" and "̀")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.\u0300-\u036f-]*")


def is_print_note(text: str) -> bool:
    """Whether a line is a note on where the article appeared in print.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        True for a line of at most :data:`NOTE_MAX_WORDS` words that opens with the note's
        subject (optional) and verb and names a print edition or an issue; in German,
        Dutch, French, Spanish, Italian, Portuguese or Polish, its subject (the article)
        and verb, then an issue or an edition by its noun or its number.

    Examples
    --------
    >>> is_print_note("This article appears in the March 2027 print edition.")
    True
    >>> is_print_note("Dieser Artikel erschien in DER MONAT 49/2026.")
    True
    >>> is_print_note("Artykuł ukazał się w numerze 12/2026 „Tygodnika”.")
    True
    >>> is_print_note("Die Studie erschien in der Ausgabe 3 der Zeitschrift.")
    False
    """
    stripped = text.strip().lstrip(_LEAD)
    return count_words(stripped) <= NOTE_MAX_WORDS and (
        _PRINT_NOTE.match(stripped) is not None or _PRINT_NOTE_ELSEWHERE.match(stripped) is not None
    )


#: A feed footer in any words holds the article's title and at most this many other
#: words: the footer's own ("The post", "appeared first on", "pertama kali tampil di":
#: 3 to 6 in the plugin's translations) and the site's name (a name of up to 6 words).
TITLED_FOOTER_MAX_WORDS = 12

#: A title shorter than this many words may be a phrase of a sentence: no footer is
#: told by it.
TITLED_FOOTER_MIN_TITLE_WORDS = 4


def is_titled_footer(text: str, title: str | None) -> bool:
    """Whether a line is a note about the article naming it by its whole title, as a
    feed item's footer in the site locale's words does ("Artikel TITLE pertama kali
    tampil di SITE."): the title's words, in order, inside the line, and at most
    :data:`TITLED_FOOTER_MAX_WORDS` other words (figures, a text printing's link
    numbers, are no words here).

    Parameters
    ----------
    text : str
        One line.
    title : str or None
        The article's title; None when it has none (no line is then such a note).

    Returns
    -------
    bool
        True for a short line holding the title of at least
        :data:`TITLED_FOOTER_MIN_TITLE_WORDS` words and other words too.

    Examples
    --------
    >>> title = "Bridge to reopen in May"
    >>> is_titled_footer("Artikel Bridge to reopen in May[3] tampil di Kaba.", title)
    True
    >>> is_titled_footer("Bridge to reopen in May", title)
    False
    """
    if not title:
        return False
    wanted = [word.casefold() for word in LETTER_RUN.findall(title)]
    if len(wanted) < TITLED_FOOTER_MIN_TITLE_WORDS:
        return False
    words = [word.casefold() for word in LETTER_RUN.findall(text)]
    others = len(words) - len(wanted)
    if not 0 < others <= TITLED_FOOTER_MAX_WORDS:
        return False
    return any(words[i : i + len(wanted)] == wanted for i in range(others + 1))


def is_feed_footer(text: str) -> bool:
    """Whether a line is a feed item's footer ("The post TITLE appeared first on SITE.").

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        True for the footer WordPress feeds (Yoast SEO) close each item with.
    """
    return _FEED_FOOTER_WORDS in text and _FEED_FOOTER.match(text) is not None


# A syndicated-feed disclaimer closing a story that a site runs from an agency's feed
# unedited: "(Except for the headline, this story has not been edited by X staff and is
# published from a syndicated feed.)", "(Only the headline and picture of this report
# may have been reworked by X staff; the rest of the content is auto-generated from a
# syndicated feed.)", the Hindi "(डिस्क्लेमर: यह खबर सीधे सिंडिकेट फीड से पब्लिश की गई
# है।)" (review h450: an Indian broadcaster's Hindi page kept it). The note's nouns are
# the feed's ("syndicated / syndication / agency / wire feed", Hindi "सिंडिकेट(ेड) फीड",
# "एजेंसी फीड") with, in the same line, what the site did not do or how the text came
# (English "not been edited", "auto-generated", "published from", "reworked"; Hindi
# "संपादित नहीं", "पब्लिश", "प्रकाशित", "ऑटो-जेनरेटेड"). A grammar of such notes, no
# site's wording.
_FEED_NOTE_NOUN = re.compile(
    r"\b(?:syndicat(?:ed|ion)|(?:news\s+)?agency|wire)\s+feeds?\b"
    r"|(?:सिंडिकेट(?:ेड)?|एजेंसी)\s*(?:फीड|फ़ीड)",
    re.IGNORECASE,
)
_FEED_NOTE_ACT = re.compile(
    r"\bnot\s+(?:been\s+)?edited\b|\bauto-?generated\b|\bpublished\s+from\b|\breworked\b"
    r"|संपादित\s+नहीं|पब्लिश|प्रकाशित|ऑटो-?जेनरेटेड",
    re.IGNORECASE,
)

# The note speaks of the text it closes ("this story / report / article", Hindi "यह
# खबर"), or stands in brackets as such notes do: a story's sentence about a feed does
# neither.
_FEED_NOTE_SELF = re.compile(
    r"\bthis\s+(?:story|report|article|copy)\b|यह\s+(?:खबर|ख़बर|समाचार)", re.IGNORECASE
)


def is_feed_disclaimer(text: str) -> bool:
    """Whether a line is a syndicated-feed disclaimer closing a story the site runs
    from an agency's feed ("(Except for the headline, this story has not been edited by
    X staff and is published from a syndicated feed.)", "(डिस्क्लेमर: यह खबर सीधे
    सिंडिकेट फीड से पब्लिश की गई है।)"): the feed's noun and what the site did not do
    to the text, in at most :data:`NOTE_MAX_WORDS` words, in brackets or speaking of
    the text it closes ("this story", "यह खबर").

    Parameters
    ----------
    text : str
        One line (read only after the body's last paragraph).

    Returns
    -------
    bool
    """
    stripped = text.strip()
    return (
        count_words(text) <= NOTE_MAX_WORDS
        and (
            (stripped[:1] in "([" and stripped[-1:] in ")]")
            or _FEED_NOTE_SELF.search(text) is not None
        )
        and _FEED_NOTE_NOUN.search(text) is not None
        and _FEED_NOTE_ACT.search(text) is not None
    )


# A reporting credit's openings ("With files from", "Additional reporting by", a wire's
# "Reporting by ...; Editing by ...", "Contributing:"), and the lower-case words its
# names may hold ("The Canadian Press and staff", "Jo Roe in Lagos").
# The same credit of a wire's copy in the page languages (h429's review): Spanish "Con
# información de Europa Press", Portuguese "Com informações da Agência Brasil",
# German "Mit Material von dpa", French "Avec AFP" / "avec l'AFP", Italian "Con
# informazioni di ANSA", Dutch "Met informatie van ANP"; and the agency named as the
# story's source on its own line ("Kaynak: DHA", "Fuente: EFE", "Quelle: dpa", "Fonte:
# Agência Brasil", "Bron: ANP", "Źródło: PAP"), which the names-only test below tells
# from a sentence.
_CREDIT_OPENING = re.compile(
    r"(?:(?:with\s+files\s+from|(?:with\s+)?(?:additional\s+)?reporting\s+by|"
    r"(?:writing|editing|edited|compiled)\s+by|contributing\s*:"
    r"|con\s+informaci(?:ón|ones)\s+de|com\s+informaç(?:ão|ões)\s+d[aeo]s?"
    r"|mit\s+material\s+(?:von|der|des)|con\s+informazioni\s+d[ai]"
    r"|met\s+(?:informatie|materiaal)\s+van"
    r"|(?:kaynak|fuente|quelle|fonte|bron|źródło)\s*:)\s+"
    r"|avec\s+(?:l['’]\s*)?)",
    re.IGNORECASE,
)
_CREDIT_LINKS = frozenset(
    {"and", "in", "of", "the", "from", "staff", "de", "da", "van", "von"}
    | {"y", "e", "et", "und", "en", "i", "ve"}  # "and" of the page languages
)
# An agency's signature the page prints without brackets, its members joined by slashes
# ("dpa/lsw", "dpa/lsw/Wiesenbrücker Zeitung", "AFP/Reuters"): two short words or more,
# the last one maybe the paper's name.
_SLASHED_SIGNATURE = re.compile(
    r"^[^\W\d_]{2,6}(?:\s*/\s*[^\W\d_]{2,6})*\s*/\s*[^\W\d_][^\W\d]*(?:\s+[^\W\d_][^\W\d]*){0,3}$"
)
# Most letters of a name word in lower case: an agency's initials as it writes them
# ("dpa", "afp", "epd", "kna").
_LOWER_INITIALS_MAX = 3


def is_reporting_credit(text: str) -> bool:
    """Whether a line credits who reported or edited the story with its reporter
    ("— With files from Northwire", "Additional reporting by Jo Roe", "Reporting by Al
    Doe in Lagos; Editing by Jo Roe"), or the agency whose copy it carries, in the page
    languages too ("Con información de Europa Press", "Mit Material von dpa", "Avec
    AFP", "Kaynak: DHA") or as its signature without brackets ("dpa/lsw"): a credit,
    no sentence of the story.

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        True for a line of at most :data:`NOTE_MAX_WORDS` words opening with a credit's
        words whose other words are names (capitalized, or an agency's initials in
        lower case: "dpa") or the few words joining them, or a signature of short words
        joined by slashes; "Reporting by the council found ..." is the story's sentence.
    """
    stripped = text.strip().lstrip(_LEAD)
    if count_words(stripped) > NOTE_MAX_WORDS:
        return False
    if _CREDIT_OPENING.match(stripped) is None:
        return "/" in stripped and _SLASHED_SIGNATURE.match(stripped.rstrip(" .)")) is not None
    names = _CREDIT_OPENING.sub(" ", stripped)
    words = _NAME_WORD.findall(names)
    return bool(words) and all(
        opens_upper_case(w)
        or w.rstrip(".") in _CREDIT_LINKS
        or (w.isalpha() and len(w) <= _LOWER_INITIALS_MAX)
        for w in words
    )


def feed_footer_site(lines: Sequence[str]) -> tuple[int, int, int] | None:
    """Where the last feed item's footer of the page names its site.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple of int or None
        (line, start, end) of the site's name in the last footer
        (:func:`is_feed_footer`); None for a page without one.
    """
    found = last_footer(lines, _FEED_FOOTER_WORDS, _FEED_FOOTER)
    return (found[0], *found[1].span("name")) if found else None


def last_footer(
    lines: Sequence[str], needed: str, pattern: re.Pattern[str]
) -> tuple[int, re.Match[str]] | None:
    """The page's last line a footer's pattern finds, searched from the page's end.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    needed : str
        Words every footer of the pattern holds, case-folded (a line without them is
        not searched).
    pattern : re.Pattern
        The footer, searched in the line.

    Returns
    -------
    tuple or None
        (line, match) of the last line holding a footer; None for a page without one.
    """
    for i in sorted(casefolded_lines_holding("\n".join(lines), (needed,)), reverse=True):
        if match := pattern.search(lines[i]):
            return i, match
    return None


def is_author_bio(text: str, byline: str) -> bool:
    """Whether a line is the biography of an author the byline names.

    Parameters
    ----------
    text : str
        One line.
    byline : str
        The article's byline (one name or several).

    Returns
    -------
    bool
        True when the line has at most :data:`BIO_MAX_WORDS` words and opens (after a
        label and a colon, :data:`BIO_LABEL_WORDS`: "About the author: Jane Doe is ...",
        "O autorovi: ...") with two to four capitalized words that the byline prints
        together (as whole words, in any case), then a word in lower case ("Jane Doe is
        ...", "Jane Doe covers ...").
    """
    stripped = text.strip().lstrip(_LEAD)
    stripped = _LABEL_OPENING.sub("", stripped, count=1)  # "About the author: Jane Doe is"
    name = _bio_name(stripped)
    if name is None:
        return False
    pattern = r"\s+".join(re.escape(word) for word in name.split())
    return re.search(rf"(?<!\w){pattern}(?!\w)", byline, re.IGNORECASE) is not None


def is_unsigned_bio(text: str) -> bool:
    """Whether a line has a biography's shape, whoever it names: two to four
    capitalized words, then a word in lower case ("Jane Doe is a columnist at ...",
    "Hélène Varin est chroniqueuse à ..."), in at most :data:`BIO_MAX_WORDS` words.

    The shape alone is no evidence (a story's sentence opens so); the place is: right
    under a note on where the article appeared in print (:func:`is_print_note`), which
    closes the story, such a line is the writer's biography, though no byline names
    it (a page saved without its header, a column signed only in its bio).

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        True when the line (after a biography's label, "About the author:") opens with
        two to four capitalized words and a word in lower case.
    """
    stripped = _LABEL_OPENING.sub("", text.strip().lstrip(_LEAD), count=1)
    return _bio_name(stripped) is not None


def _bio_name(text: str) -> str | None:
    """The name opening a biography's line (``text``, its lead marks stripped): two to
    four capitalized words, then a word in lower case ("Jane Doe is ..."), in a line of
    at most :data:`BIO_MAX_WORDS` words; None for another line."""
    if count_words(text) > BIO_MAX_WORDS:
        return None
    words = []
    for match in _NAME_WORD.finditer(text):
        if match.start() != (words[-1].end() + 1 if words else 0):
            break  # a comma, two spaces: the name has ended
        words.append(match)
        if not opens_upper_case(match[0]):
            break
    if not words or not is_lower_case(words[-1][0][0]):
        return None
    name = words[:-1]
    if not _NAME_MIN_WORDS <= len(name) <= _NAME_MAX_WORDS:
        return None
    return text[: name[-1].end()]


def closing_bio_names(
    lines: Sequence[str], body: Sequence[int], opinion: bool = False
) -> list[tuple[int, int, int]]:
    """The names of the biographies closing a body under their box's label ("About the
    authors" / "Rosalind Achebe is a senior fellow ..." / "Tomasz Wrona is ..."): the
    article's authors, for a page that prints no byline.

    Parameters
    ----------
    lines : sequence of str
        Every line of the page, as read.
    body : sequence of int
        Where the article's body is: its lines' indices, in order.
    opinion : bool
        Whether the page is an opinion piece (its section's label: :func:`is_opinion_label`).

    Returns
    -------
    list of tuple of int
        (line, start, end) of each biography's opening name, top first: the body's last
        lines while each reads as a biography (two to four capitalized words, then a
        word in lower case, at most :data:`BIO_MAX_WORDS` words), when the line above
        them is only a label naming a box about the writers (:data:`BIO_LABEL_WORDS`)
        and is not the body's first; without a label, the body's last line alone when
        it says its subject reports (:data:`_REPORTER_BIO`: "Jane Doe is a reporter
        covering ...", "... covers schools for the Example Courier"), or, on an opinion
        piece, whatever post it says its subject holds ("Jane Doe is a retired nurse and
        chairs ...": the guest writer's; a news story's last line says so of a person it
        quotes as often); empty otherwise. No tuned value.
    """
    found: list[tuple[int, int, int]] = []
    for k in range(len(body) - 1, 0, -1):
        line = lines[body[k]]
        if BIO_LABEL.match(line):
            return found[::-1]
        start = len(line) - len(line.lstrip(_LEAD))
        name = _bio_name(line[start:].rstrip())
        if name is None:
            break
        found.append((body[k], start, start + len(name)))
    # no label: the body's last line alone, when it says its subject reports ("Jane Doe
    # is a reporter covering transport for the Example Courier")
    if found and found[0][0] == body[-1] and len(body) > 1:
        line_no, start, end = found[0]
        if _REPORTER_BIO.match(lines[line_no], end) or (
            opinion
            and (
                _POST_BIO.match(lines[line_no], end)
                or (
                    _FOREIGN_POST_BIO.match(lines[line_no], end)
                    and count_words(lines[line_no]) >= _FOREIGN_BIO_MIN_WORDS
                )
            )
        ):
            return [found[0]]
    return []


# What a writer's biography says after the name when it names the writer's beat, as a
# story's last line with no label above it: "is a (senior, staff ...) reporter covering
# X", "is a correspondent for X", "is the paper's education reporter", "covers X for Y";
# or, closing an opinion piece, the guest academic's post ("is a professor of X at Y",
# "is an associate professor of X", "is a lecturer in X"; not "is a research fellow at
# X", which a story's last paragraph says of a person it quotes as often).
_REPORTER_BIO = re.compile(
    r"\s+(?:is\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:reporter|correspondent|journalist|columnist|staff\s+writer)\s+(?:covering|for|at|with|who)\b"
    r"|is\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:professor|lecturer)\s+(?:of|at|in|who)\b"
    r"|covers\s+[^.]{1,60}\bfor\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)


# What a guest writer's biography closing an opinion piece says after the name: any
# post ("is a retired nurse", "is an architect", "is the chair of ...").
_POST_BIO = re.compile(r"\s+is\s+(?:a|an|the)\s+\w", re.IGNORECASE)
# The same in languages without an article before the post: the copula, then the post
# in lower case (Slovene, Czech, Slovak, Croatian, Bosnian and Serbian "je", Danish,
# Norwegian and Icelandic "er", Swedish "är", German "ist", French "est", Spanish "es",
# Portuguese "é", Italian "è", Polish "jest", Finnish and Estonian "on", Latvian "ir",
# Lithuanian "yra", Romanian "este", Albanian "është", Bulgarian and Macedonian "е",
# Indonesian and Malay "adalah", Vietnamese "là", Swahili "ni", Yoruba "jẹ́", its marks as
# one or two characters: h376; not Dutch "is", which English's "is worried" would read).
# Without an article a post is told from a state ("je zaskrbljen", is worried) only by
# the line's length: a biography names the post and where it is held ("je ekonomist na
# Ekonomski fakulteti"): the name's two words, the copula, the post, a place's
# preposition and name, at least :data:`_FOREIGN_BIO_MIN_WORDS` words.
_FOREIGN_POST_BIO = re.compile(
    r"\s+(?:je|er|är|ist|est|es|é|è|jest|on|ir|yra|este|është|е|adalah|là|ni"
    r"|j(?:ẹ|e\u0323)\u0301?)\s+(?-i:[^\W\d_A-ZÀ-ÞΑ-ΩА-Я])"
)
_FOREIGN_BIO_MIN_WORDS = 6

#: The labels of an opinion piece's section over its headline ("Opinion", "Op-ed",
#: "Guest column"), lower case: English's, and those of the languages whose copula
#: :data:`_FOREIGN_POST_BIO` reads (h376).
OPINION_LABELS = frozenset(
    {"opinion", "opinions", "comment", "commentary", "op-ed", "oped", "op ed"}
    | {"viewpoint", "viewpoints", "perspective", "perspectives", "guest column"}
    | {"guest opinion", "guest comment", "guest essay", "column", "columns"}
    | {"mnenja", "mnenje", "komentar", "komentarji", "názory", "názor", "komentář"}  # sl cs sk
    | {"mišljenje", "mišljenja", "kolumna", "kolumne", "kommentar", "kommentarer"}  # hr sr da
    | {"skoðun", "skoðanir", "debat", "debatt", "meninger", "kronikk", "åsikt", "åsikter"}
    | {"meinung", "gastbeitrag", "opinie", "tribune", "point de vue", "tribuna"}
    | {"opinión", "opinião", "opinioni", "commento", "commenti", "mielipide", "arvamus"}
    | {"viedoklis", "viedokļi", "nuomonė", "nuomonės", "opinii", "mendime", "мнение"}
    | {"мислења", "мнения", "opini", "góc nhìn", "ý kiến", "maoni", "èrò", "vélemény"}
)
# What parts a section's label: "Opinion | Guest column", "Opinion / Column".
_LABEL_PARTS = re.compile(r"\s*[|/·•›>:,–—]\s*|\s+-\s+")


def is_opinion_label(label: str) -> bool:
    """Whether a section's label names an opinion piece (:data:`OPINION_LABELS`: "OPINION",
    "Opinion | Guest column").

    Parameters
    ----------
    label : str
        A section's label, as the page prints it over the headline.

    Returns
    -------
    bool
        True when one of its parts (split at a separator) is an opinion section's label.
    """
    return any(
        " ".join(part.casefold().split()) in OPINION_LABELS for part in _LABEL_PARTS.split(label)
    )


#: A line that only labels a box about the writer ("About the authors").
BIO_LABEL = re.compile(r"^\W*(?:" + BIO_LABEL_WORDS + r")\W*$", re.IGNORECASE)


# A rights notice closing a syndicated story: "Copyright 2026 The Associated Press. All
# rights reserved. This material may not be published, broadcast, rewritten or
# redistributed.": a copyright mark or word, a year, the holder, then the reservation.
_RIGHTS_NOTICE = re.compile(
    r"^\W*(?:copyright|©|\(c\))\s*(?:©\s*)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s+"
    r"(?P<name>[^\W\d][^.;:|]*?)\.?\s+(?:all rights reserved|this material may not"
    r"|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados"
    r"|tutti i diritti riservati|todos os direitos reservados)",
    re.IGNORECASE,
)
# An agency's signature alone on the line closing a story: "(ats/afp)", "(dpa)",
# "(AP)", "(sda/awp)": one to three short words in brackets, nothing else.
_AGENCY_SIGNATURE = re.compile(
    r"^\s*\(\s*(?P<name>[^\W\d_]{2,8}(?:\s*[/,;-]\s*[^\W\d_]{2,8}){0,2})\s*\)\s*$"
)


def agency_credit(text: str) -> tuple[int, int] | None:
    """Where a line closing a story names the agency whose copy it is: its signature
    alone on the line ("(ats/afp)", "(dpa)") or the holder of its rights notice
    ("Copyright 2026 The Associated Press. All rights reserved. This material may not be
    published, broadcast, rewritten or redistributed.", at most :data:`NOTE_MAX_WORDS`
    words).

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    tuple of int or None
        (start, end) of the name in ``text``; None for another line.
    """
    if text.rstrip().endswith(")") and (match := _AGENCY_SIGNATURE.match(text)):
        return match.span("name")
    head = text[:16].casefold()  # a notice opens the line
    if (
        ("copyright" in head or "©" in head or "(c)" in head)
        and count_words(text) <= NOTE_MAX_WORDS
        and (match := _RIGHTS_NOTICE.match(text))
    ):
        return match.span("name")
    return None


# The copyright sign or word of a notice, lower case, and its year: a photo's credit
# ("© Example Agency") prints no year.
_NOTICE_MARKS = ("©", "copyright", "(c)")
_NOTICE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def notices_of(text: str, holder: str) -> int:
    """How many lines of a page print a notice naming ``holder``: a holder whose notice
    under the story closes the page too (its footer: "Copyright 2026 Example Media Inc.
    All rights reserved." twice) is the site's own, no agency's whose copy it runs.

    Parameters
    ----------
    text : str
        The page's text.
    holder : str
        A notice's holder, as :func:`agency_credit` reads it.

    Returns
    -------
    int
        The lines holding ``holder`` (any case), a copyright sign or word and a year.
    """
    name = holder.casefold()
    if not name:
        return 0
    folded = text.casefold()
    count, at = 0, folded.find(name)
    while at >= 0:
        start, end = folded.rfind("\n", 0, at) + 1, folded.find("\n", at)
        line = folded[start : end if end >= 0 else len(folded)]
        count += any(mark in line for mark in _NOTICE_MARKS) and bool(_NOTICE_YEAR.search(line))
        at = folded.find(name, end) if end >= 0 else -1
    return count


def signs_byline(credit: str, byline: str) -> bool:
    """Whether a signature's words are all the initials of the byline's reporter
    ("(dwl/dwl)" under "By Dewi Lestari": an editor's or reporter's sign, no agency).

    Parameters
    ----------
    credit : str
        A credited source as read from a signature ("dwl/dwl", "ats/afp").
    byline : str
        The article's byline.

    Returns
    -------
    bool
        True when every word of ``credit`` is one short word whose letters the byline's
        letters hold in order, from a word's first letter on.
    """
    words = re.split(r"\s*[/,;-]\s*", credit.casefold())
    starts = {m.start() for m in re.finditer(r"(?<!\w)\w", byline.casefold())}
    folded = byline.casefold()
    for word in words:
        if not word.isalpha() or len(word) > 8:
            return False
        at = next((i for i in sorted(starts) if folded[i] == word[0]), None)
        for letter in word[1:] if at is not None else ():
            at = folded.find(letter, at + 1)
            if at < 0:
                break
        if at is None or at < 0:
            return False
    return True


def is_site_address(text: str, site: str) -> bool:
    """Whether a line is the site's own footer naming it and its street address
    ("Ashcombe Advertiser, 14 Bridge Street, Ashcombe. Letters to the editor welcome.").

    Parameters
    ----------
    text : str
        One line.
    site : str
        The page's site name as printed ("THE ASHCOMBE ADVERTISER": case and a leading
        "the" aside).

    Returns
    -------
    bool
        True when the line, at most :data:`NOTE_MAX_WORDS` words, opens with the site's
        name and a comma and the part after it (up to the next comma or full stop, at
        most :data:`ADDRESS_MAX_WORDS` words) holds a number: a house's or a postcode's.
        A story's sentence naming the paper ("Ashcombe Advertiser, the town's weekly,
        ...") has no number there.
    """
    name, comma, rest = text.lstrip(_LEAD).partition(",")
    if not comma or _folded_name(name) != _folded_name(site) or not _folded_name(site):
        return False
    address = re.split(r"[,.;]", rest, maxsplit=1)[0]
    return (
        any(character.isdigit() for character in address)
        and count_words(address) <= ADDRESS_MAX_WORDS
        and count_words(text) <= NOTE_MAX_WORDS
    )


def is_site_description(text: str, site: str) -> bool:
    """Whether a line is the site's description of itself closing the page ("Harbour
    Ledger is an independent newsroom.", "The Valley Tribune is a nonprofit newsroom
    covering the county.").

    Parameters
    ----------
    text : str
        One line.
    site : str
        The page's site name as printed (case and a leading "the" aside).

    Returns
    -------
    bool
        True when the line, at most :data:`NOTE_MAX_WORDS` words, is the site's name
        followed by "is a", "is an" or "is the" (English's grammar, as a guest writer's
        biography reads: :data:`_POST_BIO`). :func:`without_closing_notes` drops it only
        after the body's last paragraph and right over a line of the footer (its notice,
        no blank line between): a story's last paragraph naming the site ("The Harbour
        Gazette is the council's paper of record, the clerk said.") stands apart.
    """
    stripped = text.lstrip(_LEAD)
    verb = _POST_BIO.search(stripped)
    return (
        verb is not None
        and bool(_folded_name(site))
        and _folded_name(stripped[: verb.start()]) == _folded_name(site)
        and count_words(text) <= NOTE_MAX_WORDS
    )


def _folded_name(name: str) -> str:
    """A name's letters and digits, case-folded, a leading "the" aside."""
    folded = "".join(c for c in name.casefold() if c.isalnum() or c.isspace()).split()
    return "".join(folded[1:] if folded[:1] == ["the"] else folded)


# A contact line: a short label and a colon, then what the label names.
_CONTACT_LABEL = re.compile(r"^\s*([^\W\d_][^:\n]*?)\s*:\s+(\S.*)$")
# A phone number: digits with the spaces, dots, dashes and brackets it is printed with.
_PHONE = re.compile(r"\+?\(?\d[\d\s().-]*\d")


def is_contact_line(text: str) -> bool:
    """Whether a line is a press contact closing a release ("Press office: +44 1234 567
    890, press@example.org", "Прэс-служба: ..."): a label of at most
    :data:`CONTACT_LABEL_MAX_WORDS` words and a colon, then a phone number (at least
    :data:`PHONE_MIN_DIGITS` digits) or an e-mail address, in a line of at most
    :data:`NOTE_MAX_WORDS` words that holds no sentence after the label, its addresses
    aside (no sentence mark but a dot inside a number; a story's last line giving a
    helpline's number is a sentence: "Call us: 0800 123 4567 for help.").

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
    """
    match = _CONTACT_LABEL.match(text)
    if match is None or count_words(match.group(1)) > CONTACT_LABEL_MAX_WORDS:
        return False
    rest = match.group(2)
    phone = any(
        sum(c.isdigit() for c in number) >= PHONE_MIN_DIGITS for number in _PHONE.findall(rest)
    )
    email = EMAIL_ADDRESS.search(rest) is not None
    prose = EMAIL_ADDRESS.sub(" ", rest)
    return (
        (phone or email)
        and count_words(text) <= NOTE_MAX_WORDS
        and not any(mark in prose for mark in SENTENCE_MARKS.replace(".", ""))
        and not re.search(r"[^\W\d_]{2,}\.(?:\s|$)|\.\s*$", prose)
    )


# Two capitalized words in a row: a person's name ("Martina Hale").
# A sentence's words and spaces only, up to the address: no label's colon, no bar or
# dot between a byline's or an address's parts ("By Ann Roe | ann@...").
_PLAIN_WORDS = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+)*\s+")
_NAME_PAIR = re.compile(r"(?<!\w)[^\W\d_][\w'-]*\s+[^\W\d_][\w'-]*")


def is_mail_invitation(text: str) -> bool:
    """Whether a line is a columnist's or a desk's invitation to write, closing the
    column ("Write to Martina Hale at ask@example.com.", "Email Tom Reyes at
    tom@paper.example"): one sentence of at most :data:`MAIL_INVITATION_MAX_WORDS` words
    ending with an e-mail address (then at most a full stop), only words before it (no
    label's colon, no bar or dot between a byline's or an address's parts), naming a
    person (two capitalized words in a row). A syndicated column's
    reader address is no part of its text (as a press contact: :func:`is_contact_line`).

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
    """
    stripped = text.strip().rstrip(".")
    match = next(iter(EMAIL_ADDRESS.finditer(stripped)), None)
    if match is None or match.end() != len(stripped):
        return False
    if count_words(text) > MAIL_INVITATION_MAX_WORDS:
        return False
    before = stripped[: match.start()]
    return _PLAIN_WORDS.fullmatch(before) is not None and any(
        all(opens_upper_case(word) for word in pair.group(0).split())
        for pair in _NAME_PAIR.finditer(before)
    )


def without_closing_notes(
    lines: Sequence[str],
    body: Sequence[int],
    byline: str | None,
    site: str | None = None,
    title: str | None = None,
) -> list[int]:
    """The body's lines without the notes closing it (print-edition note, feed item's
    footer, biography, the site's name and street address or its description of itself,
    a reporting credit, a press contact: :func:`is_contact_line`, a syndicated-feed
    disclaimer: :func:`is_feed_disclaimer`); a biography no byline names is one right
    under a print note (:func:`is_unsigned_bio`).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    body : sequence of int
        The body's line indices, ascending.
    byline : str or None
        The article's byline; None when it has none (no biography is then looked for).
    site : str, optional
        The site name the page prints (:func:`is_site_address`); None for none.
    title : str, optional
        The article's title (:func:`is_titled_footer`); None for none.

    Returns
    -------
    list of int
        ``body`` without its last lines while each is a note, and without the label over
        a biography ("About the author": a line of at most :data:`BOX_LABEL_MAX_WORDS`
        words ending with no sentence mark) and without the box's short lines naming its
        author under it ("More from Jane Doe", "Follow Jane Doe": :func:`names_author`);
        its first line always stays (a page of one line is its own story).
    """
    kept = list(body)
    biography = False
    links: list[int] = []  # the box's links under a biography ("More from Jane Doe")
    while len(kept) > 1:
        text = lines[kept[-1]]
        bio = (bool(byline) and is_author_bio(text, byline)) or (
            len(kept) > 2 and is_print_note(lines[kept[-2]]) and is_unsigned_bio(text)
        )
        address = bool(site) and (
            is_site_address(text, site)
            or (is_site_description(text, site) and _over_chrome(lines, kept[-1], body))
        )
        if not (
            bio
            or address
            or is_print_note(text)
            or is_feed_footer(text)
            or is_feed_disclaimer(text)
            or is_titled_footer(text, title)
            or is_contact_line(text)
            or is_mail_invitation(text)
        ) and not is_reporting_credit(text):
            if biography or not (byline and is_box_label(text) and names_author(text, byline)):
                break
            links.append(kept.pop())
            continue
        biography = biography or bio
        kept.pop()
    if not biography:
        kept += reversed(links)  # a short line naming the author, no biography over it
    elif len(kept) > 1 and is_box_label(lines[kept[-1]]):
        kept.pop()  # the biography's label ("About the author")
    return kept


def names_author(text: str, byline: str) -> bool:
    """Whether a line holds, as whole words, a name of two to four capitalized words that
    the byline prints ("More from Jane Doe" under "By Jane Doe").

    Parameters
    ----------
    text : str
        One line.
    byline : str
        The article's byline.

    Returns
    -------
    bool
        True when two to four capitalized words in a row of ``text`` (apart by single
        spaces) are printed by ``byline`` (as whole words, in any case).
    """
    runs: list[list[str]] = [[]]
    last_end = -2
    for match in _NAME_WORD.finditer(text):
        if not opens_upper_case(match[0]) or match.start() != last_end + 1:
            runs.append([])  # a word in lower case, a comma, two spaces: a run has ended
        if opens_upper_case(match[0]):
            runs[-1].append(match[0])
        last_end = match.end()
    for run in runs:
        for first in range(len(run)):
            for last in range(first + _NAME_MIN_WORDS, min(first + _NAME_MAX_WORDS, len(run)) + 1):
                pattern = r"\s+".join(re.escape(word) for word in run[first:last])
                if re.search(rf"(?<!\w){pattern}(?!\w)", byline, re.IGNORECASE):
                    return True
    return False


def _over_chrome(lines: Sequence[str], index: int, body: Sequence[int]) -> bool:
    """Whether line ``index`` stands right over a line with text that is no body (the
    footer's notice, "© 2026 NAME"): one block of the page's footer, no blank line
    between. A story's last paragraph naming the site stands apart from the footer."""
    below = index + 1
    return below < len(lines) and bool(lines[below].strip()) and below not in body


def is_box_label(text: str) -> bool:
    """Whether a line is a short label over a box ("About the author", "Up Next").

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
        True for at most :data:`BOX_LABEL_MAX_WORDS` words ending with no sentence mark.
    """
    end = text.rstrip(CLOSING_MARKS + " :")
    return bool(end) and end[-1] not in SENTENCE_MARKS and count_words(text) <= BOX_LABEL_MAX_WORDS
