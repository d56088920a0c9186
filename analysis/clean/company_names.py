"""A company's name in a copyright notice: its legal forms, its company words, its head.

A notice's holder is often the outlet's publisher ("Northfold Herald Newspapers Ltd"):
the legal form and the company words are read off to give the paper's name where the
page's masthead spells it (:func:`holder_display_name`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.name_forms import (
    GLUED_COMPANY_WORDS,
    GLUED_SCRIPT_NAME,
    MIN_SHORT_FORM,
    name_and_words,
)
from analysis.clean.newspaper_words import holds_newspaper_word
from analysis.stopwords import FUNCTION_WORDS

#: A company's legal forms, as written after its name ("Example Ltd", "Example, S.A. de
#: C.V.", "Example GmbH & Co. KG", "Example sp. z o.o."): each form's words folded as
#: :func:`is_company_word` folds them (case and dots aside). Legal forms only, no
#: vocabulary: a notice's holder is cut of them whatever the page (:func:`without_legal_form`).
LEGAL_FORMS: tuple[tuple[str, ...], ...] = tuple(
    tuple(form.split())
    for form in (
        # English, and the Indian, Australian, Malaysian, Singaporean forms
        "inc", "llc", "llp", "ltd", "limited", "corp", "corporation", "co", "plc", "&",
        "pvt ltd", "private limited", "pvt", "pty ltd", "pty", "sdn bhd", "sdn", "bhd",
        "pte ltd", "pte",
        # German, Austrian, Swiss ("mbH" after "...gesellschaft": "Example Verlagsgesellschaft mbH")
        "gmbh & co kgaa", "gmbh & co kg", "gmbh & co", "gmbh", "mbh", "ag", "kg", "kgaa",
        # French, Spanish, Portuguese, Italian, Latin American
        "sa de cv", "s de rl de cv", "sa", "sas", "sarl", "sl", "slu", "sau", "srl", "spa",
        "ltda", "eireli",
        # Dutch, Nordic, Polish, Czech and Slovak, Japanese
        "bv", "nv", "ab", "oy", "oyj", "as", "asa", "aps", "sp z oo", "sp", "sro", "kk",
        # Hungarian, Slovene and the Yugoslav languages, Bulgarian, Icelandic, Estonian,
        # Turkish, Greek
        "kft", "zrt", "nyrt", "bt", "doo", "dd", "доо", "ад", "оод", "еоод", "еад", "ehf",
        "hf", "oü", "aş", "αε",
        # Indonesian "Tbk" (terbuka: a listed company, "PT Example Tbk")
        "tbk",
        # Irish ("Teoranta", "Teo.": limited; "DAC": designated activity company, "CLG":
        # company limited by guarantee, the Companies Act 2014's forms) and Welsh
        # ("Cyfyngedig", "Cyf.": limited)
        "teoranta", "teo", "dac", "clg", "cyfyngedig", "cyf",
        # associations and cooperatives, which publish many local and community papers:
        # German "e.V." (registered association), "eG" (cooperative), "gGmbH" (non-profit
        # GmbH), "UG" (a small GmbH); Catalan "SCCL", Italian "s.c.a r.l." / "scrl"
        # (cooperatives); Belgian "ASBL" / "VZW", Finnish "ry", Czech "z.s." / "o.p.s."
        # (associations, public-benefit companies)
        "ev", "eg", "ggmbh", "ug", "sccl", "scarl", "scrl", "asbl", "vzw", "ry", "zs", "ops",
        # Hindi ("प्रा. लि.": private limited, abbreviated and written out; review h428:
        # "© 2026 NAME प्रकाशन प्रा. लि.")
        "प्रा लि", "प्राइवेट लिमिटेड", "प्रा", "लि", "लिमिटेड",
    )
)  # fmt: skip


#: The legal forms written before the name, in the Baltic languages and Russian ("SIA
#: Example", "UAB Example", "AS Example", "ООО Example"), and Indonesian ("PT Example":
#: perseroan terbatas, limited company; "CV Example": a limited partnership).
LEADING_LEGAL_FORMS = frozenset(
    ("sia", "uab", "as", "oü", "ооо", "оао", "зао", "пао", "ао", "pt", "cv")
)


_ONE_WORD_FORMS = frozenset(form for form in LEGAL_FORMS if len(form) == 1)

# The forms of several words first ("private limited" before "limited").
_LEGAL_FORMS_LONGEST_FIRST = sorted(LEGAL_FORMS, key=len, reverse=True)


#: The legal forms of one word ("Inc", "Co", "GmbH", "S.A.": folded, dots aside).
LEGAL_FORM_WORDS = frozenset(form[0] for form in LEGAL_FORMS if len(form) == 1)


#: Words that end a company's name, not a site's ("Example Media Group", "Example Verlag
#: GmbH", "Example Médias S.A."): vocabulary, English and the languages whose papers'
#: notices name their publishing house so, and the one-word :data:`LEGAL_FORMS`.
COMPANY_WORDS = frozenset((
    "media", "group", "network", "networks", "communications", "entertainment", "company",
    "holdings", "publishing", "publications", "newspapers", "broadcasting", "television",
    # German, French, Spanish, Portuguese, Italian, Dutch: publishing house, media, group
    "verlag", "verlagsgruppe", "mediengruppe", "medien", "gruppe", "groupe", "grupo",
    "gruppo", "médias", "medias", "mídia", "éditions", "editions", "ediciones", "edições",
    "edizioni", "editora", "uitgeverij", "groep",
    # Turkish: journalism (a newspaper company's "Example Gazetecilik A.Ş."), publishing,
    # media, holding
    "gazetecilik", "yayıncılık", "yayincilik", "medya", "holding",
    # Arabic: "for the press", "and publishing", "for publishing", "and distribution",
    # "for printing", "and printing", "for media" ("دار X للصحافة والنشر": the house of X
    # for the press and publishing)
    "للصحافة", "والنشر", "للنشر", "والتوزيع", "للطباعة", "والطباعة", "للإعلام",
    # German's compound form before a hyphened legal form ("NAME Verlags-GmbH", read as
    # "Verlags" + "GmbH": :func:`hyphened_forms_apart`)
    "verlags",
    # Hindi: publication(s), group, media ("NAME प्रकाशन प्रा. लि.", review h428)
    "प्रकाशन", "समूह", "मीडिया",
    # Japanese publishing houses romanised in an English notice (書房, 書店, 出版, 出版社:
    # "© Example Shobo Co., Ltd." under a weekly's Japanese masthead, review h439)
    "shobo", "shobō", "shoten", "shuppan", "shuppansha",
)) | LEGAL_FORM_WORDS  # fmt: skip


#: Words that open a company's name, not a site's ("Grupo Example", "Groupe Example",
#: "Editorial Example", "Verlag Example"): vocabulary.
LEADING_COMPANY_WORDS = frozenset((
    "grupo", "groupe", "gruppo", "gruppe", "verlag", "verlagsgruppe", "mediengruppe",
    "éditions", "editions", "ediciones", "edições", "edizioni", "editorial", "editora",
    "uitgeverij",
    # Italian: publishing house ("Editrice Example S.p.A.", as "Editora" / "Editorial")
    "editrice",
    # Polish, Czech, Slovak: publishing house ("Wydawnictwo Example sp. z o.o.")
    "wydawnictwo", "vydavatelství", "vydavateľstvo",
    # Arabic: house (a publishing house, "دار X للصحافة"), foundation, company, group
    "دار", "مؤسسة", "شركة", "مجموعة",
    # Russian, Ukrainian: television and radio company, publishing house, media holding,
    # media group (the generic noun that opens a company's quoted name: "ООО
    # «Телерадиокомпания NAME»", review h449)
    "телерадиокомпания", "телерадиокомпанія", "издательство", "видавництво", "медиахолдинг",
    "медіахолдинг", "медиагруппа", "медіагрупа",
))  # fmt: skip


def company_span(words: Sequence[str]) -> tuple[int, int]:
    """Where a name is, once the company words around it are cut ("Hafenblatt" of
    "Hafenblatt Verlag GmbH", "Example" of "Grupo Example S.A.").

    Parameters
    ----------
    words : sequence of str
        A name's words as written (split at spaces; a trailing comma is no part of a
        word here: "Example Verlag, GmbH").

    Returns
    -------
    tuple of (int, int)
        ``(start, end)``: ``words[start:end]`` without the trailing
        :data:`COMPANY_WORDS` and the leading :data:`LEADING_COMPANY_WORDS`; at least
        one word is kept, and ``(0, len(words))`` when there is none to cut.
    """

    start, end = 0, len(words)
    while end - start > 1 and is_company_word(words[end - 1]):
        end -= 1
    while end - start > 1 and is_company_word(words[start], LEADING_COMPANY_WORDS):
        start += 1
    return start, end


def is_company_word(word: str, vocabulary: frozenset[str] = COMPANY_WORDS) -> bool:
    """Whether a word as written is one of ``vocabulary`` (case, dots and a trailing
    comma aside: "S.A." is "sa", "GmbH," is "gmbh").

    Parameters
    ----------
    word : str
        One word of a name.
    vocabulary : frozenset of str
        :data:`COMPANY_WORDS` (the default) or :data:`LEADING_COMPANY_WORDS`.

    Returns
    -------
    bool
        Whether the folded word is in it.
    """
    return word.casefold().replace(".", "").strip(",") in vocabulary


def without_legal_form(name: str) -> str:
    """``name`` without the :data:`LEGAL_FORMS` written after it ("Ediciones del Sur" of
    "Ediciones del Sur S.L", "Hafenblatt Verlag" of "Hafenblatt Verlag GmbH & Co",
    "Diario del Golfo" of "Diario del Golfo, S.A. de C.V") and the
    :data:`LEADING_LEGAL_FORMS` written before it ("Vidzemes Balss" of "SIA Vidzemes
    Balss"); at least one word is kept.

    Parameters
    ----------
    name : str
        A name as a notice writes it (words split at spaces, a comma before a form).

    Returns
    -------
    str
        The name's words before its forms, without a trailing comma.

    Examples
    --------
    >>> without_legal_form("Kurier Bałtycki sp. z o.o")
    'Kurier Bałtycki'
    """
    words = hyphened_forms_apart(name.split())
    # "S.A." is "sa", the Danish "A/S" is "as"
    folded = [word.casefold().replace(".", "").replace("/", "").strip(",") for word in words]
    end = len(words)
    cut = True
    while cut:
        cut = False
        for form in _LEGAL_FORMS_LONGEST_FIRST:
            if end > len(form) and tuple(folded[end - len(form) : end]) == form:
                end -= len(form)
                cut = True
                break
    start = 0
    while end - start > 1 and folded[start] in LEADING_LEGAL_FORMS:
        start += 1
    if (start, end) == (0, len(words)):
        return name
    return " ".join(words[start:end]).rstrip(",")


def hyphened_forms_apart(words: Sequence[str]) -> list[str]:
    """``words`` with a legal form glued to a word's end by a hyphen written apart
    ("Verlags-GmbH" as "Verlags", "GmbH"), as German writes a publishing house's
    compound ("Example-Bote Verlags-GmbH & Co. KG"); a hyphened name's own parts
    ("Example-Bote") stay whole.

    Parameters
    ----------
    words : sequence of str
        A name's words as written.

    Returns
    -------
    list of str
        The words, each hyphened word ending in a one-word :data:`LEGAL_FORMS` form
        split at its last hyphen.

    Examples
    --------
    >>> hyphened_forms_apart(["Oberland-Bote", "Verlags-GmbH"])
    ['Oberland-Bote', 'Verlags', 'GmbH']
    """
    out: list[str] = []
    for word in words:
        head, hyphen, tail = word.rpartition("-")
        if hyphen and head and (tail.casefold().replace(".", "").strip(","),) in _ONE_WORD_FORMS:
            out += [head, tail]
        else:
            out.append(word)
    return out


def company_head(name: str) -> str | None:
    """A company's name without its company words (:func:`company_span`), or None when it
    has none ("Harbour Daily" of "Harbour Daily Media Ltd"); a name of one glued token
    without the company word glued to its end
    (:data:`analysis.clean.name_forms.GLUED_COMPANY_WORDS`: "松本日日新聞" of "松本日日新聞社").

    Parameters
    ----------
    name : str
        A name as written.

    Returns
    -------
    str or None
        The words left, space-joined, without a trailing comma.
    """
    words = name.split()
    if len(words) == 1 and GLUED_SCRIPT_NAME.fullmatch(words[0]):
        token = words[0]
        for word in GLUED_COMPANY_WORDS:  # glued to its end ("松本日日新聞社")
            if token.endswith(word) and len(token) - len(word) >= MIN_SHORT_FORM:
                return token[: -len(word)]
        return None
    words = hyphened_forms_apart(words)
    start, end = company_span(words)
    if end - start == len(words):
        return None
    return " ".join(words[start:end]).rstrip(",") or None


def holder_display_name(holder: str, masthead: str) -> str:
    """The name to show for a page filed under its copyright ``holder`` below its
    ``masthead``: the holder without its company words (:func:`company_head`) when the
    masthead is that name or its last words ("Northfold Herald" of "© Northfold Herald
    Newspapers" under "The Herald", "Harbour Daily" of "© Harbour Daily Media Ltd" under
    "Harbour Daily": the paper's name, which its publisher's notice spells out); the
    holder as printed otherwise (a group's name over a sister site's masthead). The key
    is not changed (:func:`analysis.clean.outlet.masthead_key`).

    Parameters
    ----------
    holder : str
        The copyright notice's holder, as printed.
    masthead : str
        The masthead the page opens with.

    Returns
    -------
    str
        The name shown.

    A company's notice whose name shares no word with a masthead holding a newspaper's or
    a newsroom's word (:func:`~analysis.clean.newspaper_words.holds_newspaper_word`:
    "© 2026 Garnet Media Co." under "The Millbrook Sentinel", "© Nordwest Mediengruppe"
    under "Wesertaler Kurier", "© Graystone Television, Inc." under "News 7") is its
    chain's, not the paper's: the masthead is shown, the name a reader knows the site by
    (review h427); so is a broadcaster's brand closing with its channel number, which
    holds no such word (:func:`is_channel_brand`: "Weather Alert 9" over "© Brockwell
    Media Group"). A company named after the masthead, its name without the company words
    sharing a word of its own with it ("© Atlas Media Inc." under "Atlas Weekly",
    "© Harbour Media Group" under "Harbour Daily": a magazine's or a paper's publisher
    named after its title, review h438), shows the masthead too. A group's notice sharing
    only a company word or a function word with the masthead, one over a first line
    holding no newspaper's word (a menu's "Início Ehapari" taken for a masthead,
    metadata_h287) and a notice without company words (a person's, "© 2026 Marla Quinn")
    are shown as printed.

    Examples
    --------
    >>> holder_display_name("Northfold Herald Newspapers", "The Herald")
    'Northfold Herald'
    >>> holder_display_name("Harbour Media Group", "Harbour Daily")
    'Harbour Daily'
    >>> holder_display_name("Harbour Media Group", "Coastal Courier Media")
    'Harbour Media Group'
    >>> holder_display_name("Garnet Media", "The Millbrook Sentinel")
    'The Millbrook Sentinel'
    """
    head = company_head(holder)
    if head is None:
        return holder
    head_words = name_and_words(head)[1]
    masthead_words = name_and_words(masthead)[1]
    if masthead_words and head_words[len(head_words) - len(masthead_words) :] == masthead_words:
        return head
    if masthead_words and _named_after(head_words, masthead_words):
        return masthead
    if (
        masthead_words
        and not _shared_word(name_and_words(holder)[1], masthead_words)
        and (holds_newspaper_word(masthead) or is_channel_brand(masthead))
    ):
        return masthead
    return holder


def _named_after(head_words: Sequence[str], masthead_words: Sequence[str]) -> bool:
    """Whether a company's name (its words without the company words) shares a word of
    its own with the masthead: a publisher named after its title ("Atlas Media Inc." of
    "Atlas Weekly", "Touchline Sports Media" of "The Touchline", "Groupe Horizon Presse"
    of "L'Horizon"). Function words ("the", "del", "l'") and company words are not its
    own words. A name written without spaces (:data:`~analysis.clean.name_forms.
    GLUED_SCRIPT_NAME`) is one word: the company's head is the masthead's own when the
    masthead's token opens or closes with it ("ミライ" of "ミライ出版" in "週刊ミライ",
    the weekly named by its publisher's name after its "weekly", review h438)."""
    if len(head_words) == 1 and len(masthead_words) == 1:
        head, masthead = head_words[0], masthead_words[0]
        if (
            GLUED_SCRIPT_NAME.fullmatch(head)
            and GLUED_SCRIPT_NAME.fullmatch(masthead)
            and head != masthead
            and (masthead.startswith(head) or masthead.endswith(head))
        ):
            return True
    return bool(_own_words(head_words) & set(masthead_words))


def _own_words(words: Sequence[str]) -> set[str]:
    """A name's words (folded) but its function words, company words and single letters."""
    return {
        word
        for word in words
        if len(word) > 1 and word not in FUNCTION_WORDS and not is_company_word(word)
    }


#: A broadcaster's brand closing with its channel number: one to three capitalised words
#: and a number of one or two digits ("Weather Alert 9", "KQXT 12", "Live Desk 13"), as a
#: station brands itself by the channel its viewers tune to (over-the-air and cable
#: channel numbers are below 100). A menu's or a section's labels close with no number.
_CHANNEL_BRAND = re.compile(r"(?:[A-Z][\w'’&.-]*\s+){1,3}\d{1,2}")


def is_channel_brand(masthead: str) -> bool:
    """Whether ``masthead`` is a broadcaster's brand closing with its channel number
    (:data:`_CHANNEL_BRAND`), a station's name, which holds no newspaper's word ("Weather
    Alert 9" over "© Brockwell Media Group", review h427).

    Parameters
    ----------
    masthead : str
        The masthead the page opens with.

    Returns
    -------
    bool
        True for one to three capitalised words and a one- or two-digit number.

    Examples
    --------
    >>> is_channel_brand("Weather Alert 9")
    True
    >>> is_channel_brand("Início Ehapari")
    False
    """
    return bool(_CHANNEL_BRAND.fullmatch(masthead.strip()))


def _shared_word(words: Sequence[str], others: Sequence[str]) -> bool:
    """Whether two names share a word (folded as :func:`name_and_words` folds them)."""
    return bool(set(words) & set(others))
