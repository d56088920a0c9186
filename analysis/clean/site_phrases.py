"""Where a line of a page names a site (stage: page text -> site-name phrases).

The reading half of :mod:`analysis.clean.site_name`: the phrases of one line that may
name the page's own site, each with its kind, for ``collect_candidates`` to pool:

- ``cue``: a name in site chrome ("Follow X", "X Staff");
- ``credit``: a site credited with the text or its writer ("By NAME | X", "Source: X",
  "NAME is a reporter for X");
- ``republished``: where the text was published before ("Originally published on X",
  "This article was first published by X"): a credit that names the page's own site
  only when the page names X otherwise too (a republisher credits the original);
- ``comma_credit``: a name after a byline's author and a comma ("By NAME, X"), a credit
  only for a name the page gives elsewhere ("By NAME, NAME" lists two authors);
- ``glued``: a name glued to a byline ("By NAME SURNAMEExampleNews");
- ``role_credit``: the name before a writer's role ("Tribune Staff Writer"), a cue
  only for a name the page's cues, masthead or notice give too;
- ``prefix``: the name a short line starts with, and its shorter heads;
- ``copyright``: the holder of a copyright notice (with or without a sign) or the
  company of an imprint line;
- ``domain``: a domain written as a site's address (or in an e-mail's local part);
- ``domain_notice``: a domain a copyright notice holds (``© example.com``);
- ``address``: the domain of a line that is only a page's URL (a print view's or a share
  box's own address: the site's address, as good as a known URL);
- ``email``: the domain of an e-mail address;
- ``link``: the host of a deep link to a page.

:func:`masthead_name` reads a top line that is only a name, :func:`heads_the_story` whether
the first such line stands over the story's header (a masthead printed once),
:func:`title_line_site` the site a page's title line names ("Headline | Site"). Nothing
here knows a site.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence

from analysis.clean.company_names import without_legal_form
from analysis.clean.contents_list import starts_contents
from analysis.clean.dates import ascii_digits, find_date_span
from analysis.clean.domains import is_public_domain
from analysis.clean.email_addresses import EMAIL_ADDRESS
from analysis.clean.header_lines import (
    MIN_MENU_ENTRIES,
    ROLE_NOUN,
    find_byline,
    is_label_like,
    is_menu_line,
    is_meta_line,
    menu_items,
    spaced_menu_items,
)
from analysis.clean.legal_footer import legal_footer_head
from analysis.clean.line_gates import PageLines, necessary_literals
from analysis.clean.month_names import EVERY_MONTH_NAME, MONTH_SHORTENINGS, month_readings
from analysis.clean.name_domain import FREQUENCY
from analysis.clean.newspaper_words import NAME_NOUNS, is_newspaper_run, names_a_newspaper
from analysis.clean.pattern_starts import starting_at
from analysis.stopwords import FUNCTION_WORDS, FUNCTION_WORDS_BY_LANGUAGE
from analysis.text import (
    BULLET_MARKS,
    CASELESS_LETTER,
    COMBINING_MARKS,
    LETTER_OR_MARK,
    LETTER_RUN,
    LOWER_LETTERS,
    TIBETAN,
    UNSPACED_SCRIPTS,
    UPPER_LETTERS,
    bullet_end,
    count_name_words,
    count_words,
    is_list_item,
    is_lower_case,
    is_upper_case,
    opens_upper_case,
    shows_no_case,
)

#: Longest candidate name, in words (:func:`analysis.text.count_name_words`).
MAX_NAME_WORDS = 5

#: A line of at most this many words is site chrome (a menu, a notice, a credit), not
#: prose: the heads of the names its cues give are candidates (``head_of_cue``). The
#: chrome cues behind the dev gains ("Subscribe to X Magazine", "Keep up to date with X
#: State", "X Editorial Staff") have 4-8 words; prose cues ("... Support NAME", "chairman
#: of the Senate Armed Services Committee") sit in lines of 12 and more.
CHROME_LINE_WORDS = 10

# A name: capitalized words (a particle may join them), an ALL-CAPS or CamelCase word,
# or a dotted name ("Phys.org", "Express.co.uk"), in any script with case ("Портовые
# Новости", "Élan"): a capital is any upper-case letter; a decomposed letter's marks
# (a macOS copy's NFD, "Progre\u0300s") are part of its word.
_UPPER = f"[{UPPER_LETTERS}]"
_CAP_WORD = rf"{_UPPER}(?:[\w'’&.\-]|[{COMBINING_MARKS}])*(?:\w|[{COMBINING_MARKS}])"
#: The elided article or preposition glued before a name's capitalized word (French,
#: Italian, Catalan, Occitan: "Le Progrès de l’Aubrac", "Gazzetta dell’Isola"); a first
#: word opens with its capital ("L’Écho ...").
ELIDED_ARTICLE = rf"[{LOWER_LETTERS}]{{1,4}}['’]"
_INNER_CAP_WORD = rf"(?:{ELIDED_ARTICLE})?{_CAP_WORD}"
#: Words joining a name's capitalized words ("Corriere della Sera", "Diário dos Açores",
#: "Weser-Kurier am Abend", "Krant van Noord"), English and the page languages'. Not
#: German "zum"/"zur": they join a link's words ("Zurück zur Übersicht"), not a paper's.
_PARTICLES = (
    "of|de|da|do|di|du|and|&|the|on|by|del|della|dello|delle|dei|degli|des|der|den|dem"
    "|das|dos|na|no|nas|nos|em|vom|am|van|voor|för|och|af|i|w|e|y|et|und|el"
    "|la|le|los|las"
)
_NAME = (
    rf"(?:[Tt]he\s+)?{_CAP_WORD}"
    rf"(?:\s+(?:(?:{_PARTICLES})\s+)?{_INNER_CAP_WORD}){{0,{MAX_NAME_WORDS - 1}}}"
)
#: A site's name as the cues write it (the pattern's text, no group): capitalized words,
#: a particle between two, at most :data:`MAX_NAME_WORDS`.
SITE_NAME_PATTERN = _NAME
_NAME_GROUP = rf"(?P<name>{_NAME})"
_BEFORE_CUES = (
    r"About|Contact|Follow|Support|Subscribe\s+to|Sign\s+[Uu]p\s+(?:for|to)|More\s+(?:[Ff]rom|on)"
    r"|Advertise\s+(?:with|on)|Welcome\s+to|Trending\s+(?:[Nn]ow\s+)?on|Elsewhere\s+on(?:\s+the)?"
    r"|Explore(?:\s+the)?|Inside(?:\s+the)?|Copyright\s+to|(?:[Uu]p\s+to\s+date|[Ii]n\s+touch)\s+with"
    r"|Want\s+more"
)
# Credits: a text or its writer credited to a site ("Originally published on X",
# "Source: X", "NAME is a reporter for X"), kind ``credit``.
_PUBLISHED_CUE = r"[Pp]ublished\s+(?:on|in|by)"
_OTHER_CREDIT_CUES = (
    r"Source:|SOURCE:"
    r"|(?:reporter|writer|editor|correspondent|contributor|columnist)\s+(?:for|at)"
    r"|(?:founder|co-founder|publisher|creator)\s+of"  # an author's bio: "founder of X"
)
_CREDIT_CUES = rf"(?:Originally\s+)?{_PUBLISHED_CUE}|{_OTHER_CREDIT_CUES}"
_AFTER_CUES = (
    r"Newsletters?|Staff|[Hh]omepage|[Aa]pp|Apps|Account|Navigation|Services|Archive|Premium"
    r"|Shop(?:ping)?|Store|Jobs|Contributor|Team|Media\s+Group|Network|is\s+part\s+of"
    r"|(?:homepage|main\s+menu)"
)
# Each cue pattern with the words it needs (a line without them is not searched) and
# the kind of its phrases.
_CUE_PATTERNS = (
    (
        starting_at(rf"(?:{_BEFORE_CUES})\s"),
        re.compile(rf"(?:^|[\s•◦▪\-|])(?:{_BEFORE_CUES})\s+{_NAME_GROUP}"),
        "cue",
    ),
    (
        # the needed words without the optional "Originally": half the search's cost
        re.compile(rf"(?:{_PUBLISHED_CUE}|{_OTHER_CREDIT_CUES})\s"),
        re.compile(rf"(?:^|[\s•◦▪\-|])(?:{_CREDIT_CUES})\s+{_NAME_GROUP}"),
        "credit",
    ),
    (
        re.compile(rf"\s(?:{_AFTER_CUES})\b"),
        re.compile(rf"(?:^|[\s•◦▪])\s*{_NAME_GROUP}\s+(?:{_AFTER_CUES})\b"),
        "cue",
    ),
    (  # a credit after a byline: "By Name | Site", "Name, Site", "Name - Site Contributor"
        # (after a comma, kind ``comma_credit``: :func:`_credit_kind`)
        re.compile(r"^\s*(?:[•◦▪]\s*)?By\s"),
        re.compile(
            # the authors' names, "and" between two ("By NAME and NAME, Example Wire")
            rf"^\s*(?:[•◦▪]\s*)?By\s+{_UPPER}[\w.'’-]+"
            rf"(?:\s+(?:(?:and|&)\s+)?{_UPPER}[\w.'’-]+){{0,5}}"
            rf"\s*(?:\||,|\s-\s)\s*{_NAME_GROUP}\s*$"
        ),
        "credit",
    ),
    (  # a byline glued to its site's name ("By Name SurnameExampleNews", two capitals
        # or more in the glued name): kind ``glued``, a credit only for a name the page
        # gives elsewhere (``collect_candidates``)
        re.compile(r"^\s*(?:[•◦▪]\s*)?By\s"),
        re.compile(
            r"^\s*(?:[•◦▪]\s*)?By\s+(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w'’-]*[a-z]"
            r"(?P<name>[A-Z][\w'’&-]*[A-Z][\w'’&-]*)\s*$"
        ),
        "glued",
    ),
)
_CREDIT_PATTERN = _CUE_PATTERNS[1][1]
_BYLINE_CREDIT_PATTERN = _CUE_PATTERNS[3][1]
_BEFORE_PATTERN = _CUE_PATTERNS[0][1]
_AFTER_PATTERN = _CUE_PATTERNS[2][1]
# A capitalized word (or a case's "v.") right after an after-cue word: the cue word is
# inside a longer proper name ("Health and Human Services Secretary", "the American Jobs
# Act", "June Medical Services v. Russo"), not a site's "X Services" or "X Jobs".
_NAME_GOES_ON = re.compile(rf"\s+(?:{_UPPER}|v\.\s)")
_BULLETS = " •◦▪"
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w’'-]*[,;]?\s*$")
# A form of "be": "was in touch with X", "to be in touch with X" say what someone is.
_BE = re.compile(r"(?:am|is|are|was|were|be|been|being)", re.I)
# What a word of a clause is read without: quotes, brackets, bullets, separators.
_WORD_MARKS = " •◦▪-|\"'“”‘’()[]"
# What the before-cue pattern takes ahead of the cue's word (``_CUE_PATTERNS``).
_CUE_OPENERS = " \t\n•◦▪-|"
# A possessive name before a word in lower case: "NAME's law firm" names NAME's thing.
_POSSESSOR = re.compile(r"['’]s\s+[a-z]")
# "Follow NAME on Platform", "More from NAME on Platform": the platform is no part of
# the name (a name "NAME on Platform" made its head NAME a candidate with no cue)
_ON_PLATFORM = re.compile(rf"\s+on\s+{_CAP_WORD}(?:\s+(?:and|&)\s+{_CAP_WORD})*$")
# A name a cue reads that goes on with a group's noun in lower case ("More from the X
# Media network", "Published by the X group"): the name qualifies the group, which owns
# several sites, and names none of them.
_GROUP_NOUN = re.compile(r"\s+(?:network|group|family)\b")
# A group's own name after "the" in lower case ("Part of the X Media Group", "More from
# the X Network"): a cue's name or an after-cue's ("X" of "X Media Group") read there
# named the group's every site.
_THE_GROUP = re.compile(r"the\s+\S.*\s+(?:Group|Network)$")
# The clause a credit's cue is read in: after the last sentence end or separator.
_CLAUSE_BREAK = re.compile(r".*(?:[.!?][\s\"'”’)]*\s|[|•◦▪·:;]\s*)", re.S)
_COPULA = re.compile(r"\b(?:is|was|are|were|has\s+been|had\s+been)\b", re.I)
# "... was published on X", "... was originally published in X", "Originally published"
_PUBLISHED_AFTER = re.compile(
    r"(?:^\s*(?:[Ff]irst|[Aa]lso)?|\b(?:is|was|are|were|been)(?:\s+(?:originally|first|also))?"
    r"|\b[Oo]riginally)\s*$"
)
# An appositive before a role: ", a reporter for X", ", co-founder of X", ", the
# former editor at X" (a comma, then at most three words none of which is a verb or "and")
_APPOSITIVE = re.compile(r",(?:\s*(?!(?:and|is|was)\b)[\w’'-]+){0,3}\s*$", re.I)
# A role as the object of a preposition or a verb of speech: "posted by a reporter for
# X", "told a reporter for X", "according to the founder of X": someone the story is
# about (the writer's own bio says "NAME is a reporter for X").
_OBJECT_ROLE = re.compile(
    r"\b(?:by|to|with|from|for|of|about|told|tells|said|says|asked|asks)\s+(?:a|an|the)\s*$"
)
_NEXT_CLAUSE = re.compile(r"\s*,\s*\S")
# A clause of the story's own sentence before a credit's "was published": a
# subordinating conjunction or a verb of speech ("... take effect after they are
# published in X", "officials said the rules were published in X", "Once it was
# published in X, ..."): what is published is the story's subject, not the text.
_STORY_CLAUSE = re.compile(
    r"\b(?:after|before|when|whenever|once|until|unless|if|since|because|while|whether"
    r"|though|although|said|says|say|told|tells)\b",
    re.I,
)


def credits_the_text(line: str, match: re.Match[str]) -> bool:
    """Whether a credit cue ("published in X", "a reporter for X", "founder of X",
    "Source: X") credits the text or its writer, not someone the text is about.

    A credit in a sentence of the story names what the story is about ("a study
    published in X found", "Name, a reporter for X, said", "Name, founder of X,
    speaks"): so "published on/in/by X" credits the text only at the start of its clause
    ("Originally published on X", "Published in X") or after a form of "be" ("This
    article was first published by X"), unless a conjunction or a verb of speech opens a
    clause of the story before it ("... take effect after they are published in X",
    "officials said the rules were published in X"); a role ("reporter for", "founder of") does,
    unless it is an appositive set off by commas before and after ("Name, a reporter for
    X, contacted ...": the writer's own bio says "Name is a reporter for X."). "Source:"
    credits are kept. Nothing here knows a site.

    Parameters
    ----------
    line : str
        The line the cue was found in.
    match : re.Match
        The cue's match in ``line``, with a ``name`` group.

    Returns
    -------
    bool
        True for a ``Source:`` cue always.
    """
    clause_start = _CLAUSE_BREAK.match(line, 0, match.start("name"))
    start = clause_start.end() if clause_start else 0
    cue_end = match.start("name")
    cue = line[match.start() : cue_end]
    if "ource" in cue or "OURCE" in cue:
        return True
    cue_start = match.start() + len(cue) - len(cue.lstrip(" •◦▪-|"))
    before = line[start:cue_start]
    if "ublished" in cue:
        if cue.lstrip(" •◦▪-|")[:1] == "O":
            return True
        return bool(_PUBLISHED_AFTER.search(before)) and not _STORY_CLAUSE.search(before)
    appositive = _APPOSITIVE.search(before) and _NEXT_CLAUSE.match(line, match.end())
    return not (appositive or _OBJECT_ROLE.search(before))


def _names_authors(line: str, match: re.Match[str]) -> bool:
    """True when the name after a byline's comma is one of its authors ("By Jo Doe, Al
    Roe and Ann Lee": the byline's names, :func:`find_byline`, reach past it), no credit."""
    names = find_byline(line)
    return names is not None and names[1] >= match.end("name")


def _credit_kind(line: str, pattern: re.Pattern[str], match: re.Match[str], kind: str) -> str:
    """``comma_credit`` for a byline's credit after a comma ("By Lee Ferran, Ben Candea"
    lists two authors as "By Jane Smith, Example Wire" credits a site: only a name the
    page gives elsewhere is credited, ``collect_candidates``); ``role_credit`` for a
    writer's role after "X Staff" ("Tribune Staff Writer": the employer's short name,
    a cue only for a name the page's masthead, cues or notice give too);
    ``republished`` for a credit to where the text was published ("Originally published
    on X": the site that shows it may be a republisher); else ``kind``."""
    if pattern is _BYLINE_CREDIT_PATTERN and line[: match.start("name")].rstrip().endswith(","):
        return "comma_credit"
    role = _ROLE_AFTER.match(line, match.end()) if pattern is _AFTER_PATTERN else None
    if role is not None and ROLE_NOUN.fullmatch(role.group(1)):
        return "role_credit"
    if pattern is _CREDIT_PATTERN and _REPUBLISHED.search(line, 0, match.start("name")):
        return "republished"
    return kind


# The word after an after-cue ("Staff" of "X Staff Writer"), read as a role noun.
_ROLE_AFTER = re.compile(r"\s+([^\W\d_]+)")
# "Originally published on X", "was first published by X", "also published in X": where
# the text appeared before ("Published by X" alone names the page's own publisher).
_REPUBLISHED = re.compile(
    r"\b(?:[Oo]riginally|[Ff]irst|[Aa]lso|[Pp]reviously)\s+[Pp]ublished\s+(?:on|in|by)\s+$"
)


def _inside_longer_name(line: str, match: re.Match[str]) -> bool:
    """Whether an after-cue ("X Services", "X Network", "X Jobs") inside a sentence is
    the middle of a longer proper name the sentence goes on with ("... said Health and
    Human Services Secretary NAME"): a name of the story, not the site's. Only in a
    line of prose (more than :data:`CHROME_LINE_WORDS` words) and not at its start: in
    site chrome, menu items run together ("X Newsletter Privacy Policy Get ...")."""
    return (
        bool(_NAME_GOES_ON.match(line, match.end()))
        and bool(line[: match.start("name")].strip(_BULLETS))
        and count_words(line) > CHROME_LINE_WORDS
    )


def _inside_a_sentence(line: str, pattern: re.Pattern[str], match: re.Match[str]) -> bool:
    """Whether a chrome cue ("About X", "Inside X", "X Services", "X is part of") is
    words of a sentence, in a line of prose (more than :data:`CHROME_LINE_WORDS` words):
    a capitalized cue word (before the name) or a name (before a cue word) after a word
    in lower case ("spoke about X", "a trip to X is part of", "in X Services v. ..."); a
    cue in lower case ("in touch with X", "up to date with X") after a form of "be"
    ("he was in touch with X"). Site chrome starts a capitalized cue on a line or after a
    separator ("Follow X", "Home | About X") and asks the reader to do the lower-case
    one ("Want to get in touch with X ...", "... to stay up to date with X news"):
    a lower-case cue is a sentence's, in a line of any length, unless it asks the
    reader (:func:`_asks_the_reader`)."""
    if pattern is _BEFORE_PATTERN:
        cue = match.group()
        start = match.start() + len(cue) - len(cue.lstrip(_CUE_OPENERS))  # the cue's word
        if is_lower_case(line[start]):
            return not _asks_the_reader(line, start)
        before = _LOWER_WORD_BEFORE
    elif pattern is _AFTER_PATTERN:
        start, before = match.start("name"), _LOWER_WORD_BEFORE
    else:
        return False
    return bool(before.search(line, 0, start)) and count_words(line) > CHROME_LINE_WORDS


def _asks_the_reader(line: str, cue_start: int) -> bool:
    """Whether a cue in lower case ("in touch with X", "up to date with X") starting at
    ``cue_start`` asks the reader to act, as site chrome does, rather than telling what
    someone did ("The mayor got in touch with X", "they had kept up to date with X").

    The cue asks the reader when, in its clause (after the last sentence end or
    separator), it comes first ("in touch with X ..."), or after one capitalized word
    only, the imperative's verb ("Get in touch with X", "Stay up to date with X"), or
    after an infinitive's "to VERB" in a clause that starts with a capitalized word
    that is no function word and names nobody before the cue (no other capitalized
    word: "Want to get in touch with X", "Sign up for our newsletter to stay up to date
    with X"; not "He wanted to get ...", "Mayor Smith tried to get ..."). The verb is
    no form of "be" ("... to be in touch with X" says what someone will be). Nothing
    here knows a verb: the clause's shape decides.
    """
    clause = _CLAUSE_BREAK.match(line, 0, cue_start)
    before = line[clause.end() if clause else 0 : cue_start].split()
    words = [w for w in (word.strip(_WORD_MARKS) for word in before) if w]
    if not words:
        return True
    verb, first = words[-1], words[0]
    if _BE.fullmatch(verb) or not opens_upper_case(first):
        return False
    if len(words) == 1:
        return True
    return (
        len(words) >= 3
        and words[-2] == "to"
        and first.casefold() not in FUNCTION_WORDS
        and not any(opens_upper_case(word) for word in words[1:])
    )


def _owns_a_thing(line: str, pattern: re.Pattern[str], match: re.Match[str]) -> bool:
    """Whether a credit's name or an after-cue's name in a line of prose (more than
    :data:`CHROME_LINE_WORDS` words) is a possessive before a common noun ("The founder
    of NAME's law firm is ...", "NAME's app requested ..."): the sentence names a thing
    of NAME's, not NAME as a site. After a before-cue the possessive is the site's own
    ("Support NAME's independent journalism ...", "Subscribe to NAME's newsletters")."""
    return (
        pattern is not _BEFORE_PATTERN
        and bool(_POSSESSOR.match(line, match.end("name") - 2))
        and count_words(line) > CHROME_LINE_WORDS
    )


# The end of a name in a script written without spaces: a space after its last
# character, or the script's own full stop, comma or separator (no space after them).
_UNSPACED_END = rf"(?<=[{UNSPACED_SCRIPTS}])\s|[。，、｜]"
_NOTICE_WORD = re.compile(r"[©ⓒ]|\([cC]\)|Copyright")
#: The first words of a notice's "all rights reserved" in the languages that print one
#: (notice words, no names): they end the holder's name as a stop would, "© 2026 NAME
#: Alle Rechte vorbehalten", "© 2026 NAME جميع الحقوق محفوظة";
#: and the words of notices that forbid copying instead ("© RIPRODUZIONE RISERVATA",
#: "Prohibida su reproducción").
RIGHTS_RESERVED = (
    r"(?i:all\s+rights?|tous\s+droits|alle\s+rechte|tod[oa]s\s+(?:los|os)\s+(?:derechos|direitos)"
    r"|tutti\s+i\s+diritti|alle\s+rechten|wszelkie\s+prawa|všechna\s+práva|všetky\s+práva"
    r"|riproduzione\s+(?:riservata|vietata)|prohibida\s+(?:su\s+|la\s+)?reproducci[oó]n"
    r"|proibida\s+a\s+reprodu[cç][aã]o|reprodu[cç][aã]o\s+proibida"
    r"|toate\s+drepturile|minden\s+jog|alla\s+rättigheter|alle\s+rettighe[dt]er"
    r"|kaikki\s+oikeudet|tüm\s+hakları|hak\s+cipta|все\s+права|усі\s+права|всі\s+права"
    r"|όλα\s+τα\s+δικαιώματα|جميع\s+الحقوق|كل\s+الحقوق|כל\s+הזכויות|सर्वाधिकार"
    r"|تمام\s+حقوق|کلیه\s+حقوق|جملہ\s+حقوق|সর্বস্বত্ব"
    r"|모든\s+권리|무단\s*전재|版[权權]所有|保留所有权利|無断転載|สงวนลิขสิทธิ์)"
)
# A number opening a name: a radio station's frequency ("101.7 The Breeze") or a count of
# one to three digits ("24 Ore Valsesia", "7 Giorni Ossola", "3 Rivers Ledger"), never a
# part of a longer number, a date or a time ("12.5", "24/7", "10:30").
_LEAD_NUM = rf"(?:{FREQUENCY}|\d{{1,3}}(?![\d.,:/]))"
# A name's first word shortened with a full stop, as a place's often is ("St. Brenock",
# "Mt. Hollis", "Ft. Carrow": a capital and a small letter), after "The" or not: the stop
# goes on to the name's next word, never to a notice's rights words.
_ABBREVIATED = r"(?:[Tt]he\s+)?[A-Z][a-z]\.\s+"
# What may go before a notice holder's capital: a number, a shortened first word.
_HOLDER_OPENS = rf"(?:{_LEAD_NUM}\s+)?(?:{_ABBREVIATED}(?!{RIGHTS_RESERVED}))?"
# A notice's year: of the common era, of the Buddhist era that Thai pages print
# ("© 2569": 2026), or of the Solar Hijri calendar that Iranian pages print ("© ۱۴۰۵").
_NOTICE_YEAR = r"(?:19|20|25|13|14)\d\d"
# A calendar's era mark after the year, the language's abbreviation of the era, never a
# name: the Ethiopian calendar's "ዓ.ም." (ዓመተ ምሕረት, "year of mercy"), "© 2019 ዓ.ም. NAME".
_ERA_MARK = r"(?:\s*ዓ\.\s?ም\.?)?"
# An em dash ends a notice's holder when the notice goes on after it: its rights words
# ("© 2026 NAME — All rights reserved", "© ۲۰۲۶ NAME — تمام حقوق محفوظ است") or another
# name, up to the line's end ("© 2026 NAME — Example Media Group"); a sentence after it
# ("© NAME LLC — Read our terms of service") is a link's, and the notice is none.
_DASH_GOES_ON = rf"\s*—\s*(?:{RIGHTS_RESERVED}|{_NAME}\.?\s*$)"
_COPYRIGHT = re.compile(
    r"(?:(?:©|ⓒ|\([cC]\))\s*(?:Copyright\s*)?|Copyright\s*(?:[©ⓒ]\s*|\([cC]\)\s*)?)"
    rf"(?:{_NOTICE_YEAR}(?:\s*[-–]\s*(?:{_NOTICE_YEAR})?)?{_ERA_MARK}[.,]?\s*)?(?:by\s+)?"
    # a slash before one last letter: the Danish form "Example A/S" ("Thomson/Reuters"
    # names two holders, of a wire story)
    # a radio station's frequency or a count may open the name ("© 2026 101.7 The Breeze",
    # "© 2026 24 Ore Valsesia"), and a shortened first word ("© 2026 The St. Brenock Observer")
    rf"(?P<name>{_HOLDER_OPENS}{_UPPER}(?:[\w{COMBINING_MARKS}&'’ .-]|/(?=[^\W\d_]\b)){{1,50}}?"
    r"|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+"
    r"|[a-z][\w&'’-]*(?:\s+[a-z][\w&'’-]*){0,3}"  # a name in lower case ("© example mag")
    # a script without case ("© 2026 港口日报")
    rf"|{CASELESS_LETTER}[\w{COMBINING_MARKS}&'’ .-]{{0,50}}?)"
    # a separator before the footer's next link ends it too ("© 2026 NAME · Privacy")
    # (a sentence's end in Urdu's and in the Brahmic scripts' marks: "۔", "।")
    rf"(?=\s*(?:[.,|/·•]\s|[۔।॥]|\(|[.,|]?$|\s+{RIGHTS_RESERVED}|\s*[-–]\s|{_DASH_GOES_ON}"
    r"|\s+(?:19|20)\d\d"
    # a name written without spaces (Chinese, Japanese) ends at a space or at its
    # script's own punctuation: "© 2026 港口日报 版权所有", "港口日报｜版权所有"
    rf"|{_UNSPACED_END}))"
)
# A notice with its holder first, as Chinese and Japanese sites print it: "中台灣日報 版權所有
# © 2026 All Rights Reserved." (a name in a script without spaces, then the rights words).
_HOLDER_FIRST = re.compile(
    rf"^\s*(?P<name>[{UNSPACED_SCRIPTS}]{{2,20}})\s*[|｜·]?\s*(?:版[权權]所有|著作権)"
)
# Persian writes the holder after "for" and the word "reserved" after the holder: "کلیه
# حقوق برای NAME محفوظ است" (all rights for NAME reserved is).
_RIGHTS_FOR = "برای"
#: The word "reserved" of the notices that print it after their holder (Persian).
_RESERVED_WORD = "محفوظ"
# A notice that reserves the rights to its holder, named after them: "© כל הזכויות שמורות
# לחיפה יומית 2026" (Hebrew and Arabic glue "to" to the name: ל, لـ), "© 2026 All rights
# reserved to Example News". The name ends as a notice's holder does (``_COPYRIGHT``).
_RESERVED_TO = re.compile(
    rf"{RIGHTS_RESERVED}\s+(?:[^\W\d_]+\s+(?:(?i:to)\s+|ל|لـ\s*|ل\s+)|{_RIGHTS_FOR}\s+)"
    rf"(?P<name>(?:{_UPPER}|{CASELESS_LETTER})[\w{COMBINING_MARKS}&'’ .-]{{0,50}}?)"
    rf"(?=\s*(?:[.,|/·•]\s|[۔।॥]|\(|[.,|]?$|\s*[-–]\s|{_DASH_GOES_ON}|\s+(?:19|20)\d\d)"
    rf"|\s+{_RESERVED_WORD})"
)
# The same notice opening its line without a sign: "All rights reserved to Example News",
# "כל הזכויות שמורות לקול העמק", "کلیه حقوق برای NAME محفوظ است".
_RESERVED_TO_LINE = re.compile(r"^\s*" + _RESERVED_TO.pattern)
_NOTICE_MARK = re.compile(r"[©ⓒ]|\([cC]\)|\d{4}")
_NOT_A_HOLDER = re.compile(
    rf"\brights\b|^(?:all|copyright)\b|\d{{4}}|^{RIGHTS_RESERVED}", re.IGNORECASE
)
DOMAIN = re.compile(
    r"(?<![\w.@-])(?:www\.)?(?P<domain>[a-z0-9][a-z0-9-]{1,62}(?:\.[a-z0-9-]{2,63})*"
    r"\.[a-z]{2,12})(?![\w@-])",  # not an e-mail address's local part ("name.x@...")
    re.IGNORECASE,
)
# A domain inside an e-mail's local part ("example.com_legal@host.com"): the site the
# address is for, the domain after "@" being its mail host.
_LOCAL_DOMAIN = re.compile(r"(?<![a-z0-9-])[a-z0-9][a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}", re.I)
# A notice without a sign: "2019 Example, Inc. All Rights Reserved".
_RIGHTS_NOTICE = re.compile(
    r"^\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+)"
    rf"(?P<name>(?:{_UPPER}|{CASELESS_LETTER})[\w{COMBINING_MARKS}&'’ .,-]{{1,50}}?)"
    r"[.,]?\s+All\s+Rights\s+Reserved",
    re.I,
)
# An imprint line: a short line that is only a company's name and legal form
# ("Example GmbH", "Example Media, Inc.").
_IMPRINT = re.compile(
    rf"^\s*(?P<name>[^\W\d_][\w{COMBINING_MARKS}&'’ .-]{{1,40}}?),?\s+"
    r"(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation|S\.?A|AG|plc|Pvt\.?\s+Ltd)\.?\s*$"
)
#: The longest line an imprint line can be, in characters.
_IMPRINT_CHARS = 60
# A footer that signs the site with the years it has run, without a sign: "Example
# Daily · 2013-2019" (the years may be glued: "20132019").
_YEARS_FOOTER = re.compile(
    rf"^\s*(?P<name>{_UPPER}[\w&'’ .-]{{1,50}}?)"
    r"\s*[·|•]\s*(?:19|20)\d\d\s*[-–]?\s*(?:19|20)\d\d(?!\d)"
)
_STRIP = " .,:;|-–—•◦▪·'’\"“”()[]"
# A website's credit to the software or agency behind it ("Powered by X", "Designed by
# X"): the name after it is the platform's, never the site's; up to the next separator.
_PLATFORM_WORDS = ("powered", "hosted", "designed", "developed", "built", "theme")
_PLATFORM_CREDIT = re.compile(
    r"\b(?:[Pp]owered|[Hh]osted|[Dd]esigned|[Dd]eveloped|[Bb]uilt|[Tt]heme)\s+(?:by|with|on)\b"
    r"[^|•◦▪·]*"
)


#: The patterns a line is searched with only when the page finds one of their literals in
#: it (:func:`page_gates`; the literals read off each pattern by ``necessary_literals``).
_GATED = (_PLATFORM_CREDIT, *(needed for needed, _, _ in _CUE_PATTERNS), _NOTICE_WORD)
# A line's gates are the bits of an int, one per gated search: a test is one "&" (a
# compiled pattern in a set is hashed from its whole code at each test: microseconds).
_GATE_BITS = tuple(1 << index for index in range(len(_GATED)))
_PLATFORM_GATE, *_CUE_GATES, _NOTICE_GATE = _GATE_BITS
_GATE_LITERALS = [
    (bit, necessary_literals(pattern)) for bit, pattern in zip(_GATE_BITS, _GATED, strict=True)
]
_DOMAIN_GATE = 1 << len(_GATED)
#: The gate of the case-insensitive "reserved" of a notice without a sign (or of its
#: Hebrew, Arabic and Persian word: "שמורות", "محفوظة", "محفوظ").
RESERVED_GATE = 1 << (len(_GATED) + 1)
# "Reserved" in the notices of scripts without case (Hebrew; Arabic and Persian).
_RESERVED_WITHOUT_CASE = ("שמורות", _RESERVED_WORD)
# The marks a footer signed with its years needs (``_YEARS_FOOTER``), and its gate.
_FOOTER_MARKS = "·|•"
_FOOTER_GATE = 1 << (len(_GATED) + 2)
_ANY_CUE_GATE = sum(_CUE_GATES)
# The imprint line's literals (its legal forms), read off the pattern, and their gate.
_IMPRINT_GATE = 1 << (len(_GATED) + 3)
_HOLDER_GATES = _NOTICE_GATE | RESERVED_GATE | _FOOTER_GATE | _IMPRINT_GATE
_GATE_LITERALS.append((_IMPRINT_GATE, necessary_literals(_IMPRINT)))
#: Every gate open (no line gated).
ALL_GATES = -1
# A domain's last dot and its suffix's first letter (any letter: ``DOMAIN`` ignores case)
_DOT_LETTER = re.compile(r"\.[^\W\d_]")


def gate_bit(pattern: re.Pattern[str]) -> int:
    """The bit of a gated search's pattern (or of ``DOMAIN``) in a line's gates.

    Parameters
    ----------
    pattern : re.Pattern
        One of the gated patterns, or ``DOMAIN``.

    Returns
    -------
    int
        A single bit.

    Raises
    ------
    StopIteration
        ``pattern`` is not gated.
    """
    if pattern is DOMAIN:
        return _DOMAIN_GATE
    return next(bit for bit, gated in zip(_GATE_BITS, _GATED, strict=True) if gated is pattern)


def page_gates(lines: Sequence[str]) -> list[int]:
    """For each line, the searches of :func:`line_phrases` that may find something in it,
    as the bits of an int (:func:`gate_bit`): the gated patterns whose literals it holds,
    ``DOMAIN`` when it holds a dot before a letter, :data:`RESERVED_GATE` when it holds
    "reserved" in any case. Found in one pass over the page's joined lines
    (:class:`~analysis.clean.line_gates.PageLines`).

    Parameters
    ----------
    lines : sequence of str
        The page's lines, each gated on its own.

    Returns
    -------
    list of int
        One int of gate bits per line; a pattern without known literals has its bit set
        on every line.
    """
    page = PageLines(lines)
    reserved = set()
    if "reserved" in page.text.casefold():  # rare: then each line is folded
        reserved = {i for i, line in enumerate(lines) if "reserved" in line.casefold()}
    reserved |= page.lines_holding(_RESERVED_WITHOUT_CASE)
    everywhere = 0
    holding: list[tuple[int, set[int]]] = [
        (_DOMAIN_GATE, page.lines_matching(_DOT_LETTER)),
        (_FOOTER_GATE, page.lines_holding(_FOOTER_MARKS)),
        (RESERVED_GATE, reserved),
    ]
    for bit, literals in _GATE_LITERALS:
        if literals is None:  # no literal known: searched in every line
            everywhere |= bit
        else:
            holding.append((bit, page.lines_holding(literals)))
    gates = [everywhere] * len(lines)
    for bit, found in holding:
        for i in found:
            gates[i] |= bit
    return gates


def line_phrases(
    line: str, gates: int = ALL_GATES
) -> tuple[str, list[tuple[str, tuple[int, int], str]]]:
    """The line with platform credits blanked, and its phrases in the order they are
    added: (phrase, span, kind) for cues, line prefixes, copyright holders, domains.

    Each pattern runs only on a line holding the words it needs (the cheap test first).
    ``gates`` (from :func:`page_gates`) names the gated searches that may find something
    in the line; the others are skipped (default: every search runs).

    Parameters
    ----------
    line : str
        One line of the page.
    gates : int
        The line's gate bits; :data:`ALL_GATES` runs every search.

    Returns
    -------
    line : str
        ``line`` with each platform credit's characters replaced by spaces (same length).
    phrases : list of tuple
        ``(phrase, (start, end), kind)``.
    """
    credits = []
    if gates & _PLATFORM_GATE:
        folded = line.casefold()
        if any(word in folded for word in _PLATFORM_WORDS):
            credits = [m.span() for m in _PLATFORM_CREDIT.finditer(line)]
    if credits:  # names inside a platform credit are not candidates
        line = "".join(
            " " * len(ch) if any(a <= k < b for a, b in credits) else ch
            for k, ch in enumerate(line)
        )
    phrases: list[tuple[str, tuple[int, int], str]] = []
    if gates & _ANY_CUE_GATE:
        for (needed, pattern, kind), gate in zip(_CUE_PATTERNS, _CUE_GATES, strict=True):
            if gates & gate and needed.search(line):
                for match in pattern.finditer(line):
                    if pattern is _CREDIT_PATTERN and not credits_the_text(line, match):
                        continue
                    if pattern is _AFTER_PATTERN and _inside_longer_name(line, match):
                        continue
                    if _inside_a_sentence(line, pattern, match):
                        continue
                    if _owns_a_thing(line, pattern, match):
                        continue
                    if pattern is not _AFTER_PATTERN and _GROUP_NOUN.match(line, match.end()):
                        continue
                    whole = match.group() if pattern is _AFTER_PATTERN else match.group("name")
                    if _THE_GROUP.match(whole.strip(_CUE_OPENERS)):
                        continue
                    if pattern is _BYLINE_CREDIT_PATTERN and _names_authors(line, match):
                        continue
                    name, span = match.group("name"), match.span("name")
                    if pattern is _BEFORE_PATTERN and (platform := _ON_PLATFORM.search(name)):
                        name, span = name[: platform.start()], (span[0], span[0] + platform.start())
                    phrases.append((name, span, _credit_kind(line, pattern, match, kind)))
    phrases.extend((form, span, "prefix") for form, span in _line_prefixes(line))
    if gates & _HOLDER_GATES:
        phrases.extend(_notice_holders(line, gates))
    if gates & _DOMAIN_GATE and "." in line:
        for match in DOMAIN.finditer(line):
            kind = _domain_kind(line, match)
            if kind:
                phrases.append((match.group("domain").lower(), match.span("domain"), kind))
    if "@" in line:
        phrases.extend(_email_domains(line))
    return line, phrases


def _notice_holders(line: str, gates: int = ALL_GATES) -> list[tuple[str, tuple[int, int], str]]:
    """The holders of the line's copyright notices (kind ``copyright``), a holder that is
    a domain (kind ``domain_notice``: a site's own address, "© example.com"), and the
    company of a notice without a sign, of an imprint line or of a footer signed with a
    span of years (kind ``copyright``). ``gates`` as for :func:`line_phrases`."""
    found: list[tuple[str, tuple[int, int], str]] = []
    if gates & _NOTICE_GATE and _NOTICE_WORD.search(line):
        # its year in any script's digits ("© ٢٠٢٦ NAME"); the name as the line writes it
        for match in _COPYRIGHT.finditer(ascii_digits(line)):
            holder = without_legal_form(line[slice(*match.span("name"))].strip())
            notice = line[match.start() : match.start("name")]
            # "Copyright Policy" without a sign or a year is a menu link, not a notice
            if is_lower_case(holder[:1]) and holder.split()[0] in FUNCTION_WORDS:
                continue  # "© 2019 by the author": no name
            if not _NOT_A_HOLDER.search(holder) and _NOTICE_MARK.search(notice):
                kind = "domain_notice" if DOMAIN.fullmatch(holder) else "copyright"
                found.append((holder, match.span("name"), kind))
        if not found and (match := _HOLDER_FIRST.match(line)):
            found.append((match.group("name"), match.span("name"), "copyright"))
        if not found and (match := _RESERVED_TO.search(ascii_digits(line))):
            holder = without_legal_form(line[slice(*match.span("name"))].strip())
            found.append((holder, match.span("name"), "copyright"))
    if found:
        return found
    if (
        gates & RESERVED_GATE
        and "reserved" in line.casefold()
        and (match := _RIGHTS_NOTICE.match(line))
    ):
        holder = without_legal_form(match.group("name").strip(" ,."))
        found.append((holder, match.span("name"), "copyright"))
    elif gates & RESERVED_GATE and (match := _RESERVED_TO_LINE.match(ascii_digits(line))):
        holder = without_legal_form(line[slice(*match.span("name"))].strip())
        found.append((holder, match.span("name"), "copyright"))
    elif gates & _IMPRINT_GATE and len(line) <= _IMPRINT_CHARS and (match := _IMPRINT.match(line)):
        found.append((match.group("name"), match.span("name"), "copyright"))
    elif (
        gates & _FOOTER_GATE
        and any(mark in line for mark in _FOOTER_MARKS)
        and (match := _YEARS_FOOTER.match(line))
    ):
        found.append((match.group("name").strip(), match.span("name"), "copyright"))
    elif (
        gates & _FOOTER_GATE
        and any(mark in line for mark in _FOOTER_MARKS)
        and (head := legal_footer_head(line))
        and masthead_name(line[slice(*head)])
        and not names_a_control([word.lower() for word in LETTER_RUN.findall(line[slice(*head)])])
    ):  # ("Home · Privacy · Terms": a menu's entries)
        # the site's name before its legal pages' links ("X · Impressum · Datenschutz")
        found.append((line[slice(*head)], head, "copyright"))
    return found


def _email_domains(line: str) -> list[tuple[str, tuple[int, int], str]]:
    """The domains of the line's e-mail addresses (kind ``email``), and a domain written in
    an address's local part beside other text (kind ``domain``: "example.com_legal@host.com",
    not "jane.doe@host.com")."""
    found: list[tuple[str, tuple[int, int], str]] = []
    for match in EMAIL_ADDRESS.finditer(line):
        local = _LOCAL_DOMAIN.search(match.group("local"))
        # a domain the local part holds beside other text ("example.com_legal"); a local
        # part that is only "name.surname" is a person's address, whatever its last
        # word ("mj.kim@host.co.kr": ".kim" is a suffix too)
        if local and local.group() != match.group("local") and looks_like_domain(local.group()):
            start = match.start("local") + local.start()
            found.append((local.group().lower(), (start, start + len(local.group())), "domain"))
        if looks_like_domain(match.group("domain")):
            found.append((match.group("domain").lower(), match.span("domain"), "email"))
    return found


#: A domain written in a line longer than this (in words) is mentioned in prose ("a
#: trademark of Example.com"), not shown as the site's address.
MAX_DOMAIN_LINE_WORDS = 25


def _domain_kind(line: str, match: re.Match[str]) -> str | None:
    """``domain`` for a domain written as a site's address; ``address`` for the host of a
    line that is only a page's URL (print views and share boxes show the page's own
    address);
    ``link`` for the host of a link to a page (``x.com/path``, ``//x.com``) in other
    text, which names no site but may match a name (``candidate_features``); None for a
    domain named in prose or no domain at all."""
    if not looks_like_domain(match.group("domain")):
        return None
    start, end = match.span()
    if line[end : end + 1] in ("/", "?") or line[max(0, start - 2) : start] == "//":
        written = _LINK_PATH.match(line, end).group()
        path = _QUERY.split(written, maxsplit=1)[0]
        # a short link, tracker or profile (x.gl/Ab3d, x.com/tr?id=1, x.com/Name) is no
        # evidence for any site; a deep link (x.com/news/, x.com/some-story) is
        deep = "-" in path or len([part for part in path.split("/") if part]) >= 2
        if deep and _SCHEME_ONLY.fullmatch(line[:start]) and not line[end + len(written) :].strip():
            return "address"
        return "link" if deep else None
    # "example.com features the latest ...": a site's address opening its own blurb;
    # written as a name ("Example.org says ..."), the story's subject
    starts_line = not line[:start].strip() and not opens_upper_case(line[start:end])
    return "domain" if starts_line or count_words(line) <= MAX_DOMAIN_LINE_WORDS else None


def looks_like_domain(written: str) -> bool:
    """A domain as sites write theirs: a known public suffix written in lower case
    ("Example.com", not the abbreviation "R-W.Va").

    Parameters
    ----------
    written : str
        A domain as the page writes it (``Example.com``); only the case of its
        letters and its public suffix are tested.

    Returns
    -------
    bool
        Also True for a domain written all in capitals.
    """
    suffix = written.rsplit(".", 1)[-1]
    return (is_lower_case(suffix) or is_upper_case(written)) and is_public_domain(written)


_LINK_PATH = re.compile(r"[^\s\"'”<>]*")
# what may stand before a page's own URL on its line: its scheme or nothing (read-later
# exports print "www.example.com/news/story"), after nothing or the label scrapers
# print over a page ("URL: https://...", "URL Source: ...", "canonical: ...")
_SCHEME_ONLY = re.compile(
    r"\s*(?:(?:url(?: source)?|canonical(?: url)?|permalink|link)\s*:\s*)?(?:https?://)?", re.I
)
_QUERY = re.compile(r"[?#]")
_POSSESSIVE = re.compile(r"(?:’s|'s)$")
_WWW = re.compile(r"^www\.", re.I)
_LIST_ITEM = re.compile(r"^\s*[•◦▪▫‣⁃●○■□►▶➤·*+\-–]")
#: A share sheet's line over a story an app sent ("Shared from Example News", "Sent from
#: my phone", "Shared via Example"): the app's name, never the site's nor a headline.
SHARE_SHEET = r"(?:shared|sent)\s+(?:from|via)\s"
_SHARE_SHEET = re.compile(rf"(?i:{SHARE_SHEET})")
_NAME_RE = re.compile(_NAME)
# A masthead may hold a number of one or two digits after its first word: a channel's
# number ("WHBR 7 News", "Channel 4 News", "France 24"); not a year, not a date's day
# (:func:`masthead_name` refuses a number after a month's name: "July 16"); up to two
# joining words between its words ("L'Écho de la Vallée", "Diario de los Andes"). Its article
# may be set in lower case, as a logo prints it: "the Morrow Ledger", Dutch "de
# Veenbode", "het Dorpsblad"; a radio station's, with its frequency (:data:`FREQUENCY`).
_MASTHEAD_RE = re.compile(
    rf"(?:{FREQUENCY}\s+)?(?:[Tt]he\s+|de\s+|het\s+)?{_CAP_WORD}"
    rf"(?:\s+(?:(?:{_PARTICLES})\s+){{0,2}}"
    rf"(?:{_INNER_CAP_WORD}|\d{{1,2}}(?!\S))){{0,{MAX_NAME_WORDS - 1}}}"
)
_MONTH_WORDS = frozenset(month_readings(EVERY_MONTH_NAME)) | frozenset(
    month_readings(MONTH_SHORTENINGS)
)
_BYLINE = re.compile(rf"^\s*By\s+{_UPPER}")
# Joiners an emoji is written with (a variation selector, a zero-width joiner).
_EMOJI_JOINERS = frozenset("\ufe0f\u200d")
#: A line of words each two or more spaces (or a tab) from the next: a menu's links as a
#: browser's copy prints them side by side ("News  Sport  Outdoors  Letters"), no name
#: (a letter-spaced masthead's letters stand one space apart: "T H E   D A I L Y").
_MENU_GAPS = re.compile(r"\S+(?:(?:[ ]{2,}|\t)[ \t]*\S+)+")


def trim_phrase(form: str) -> str:
    """A phrase that may name a site without what surrounds the name.

    Parameters
    ----------
    form : str
        The phrase as found on the page.

    Returns
    -------
    str
        ``form`` with its whitespace collapsed, the punctuation and separators around it
        (``_STRIP``), a closing possessive (``'s``) and a leading ``www.`` removed.
    """
    form = " ".join(form.split()).strip(_STRIP)
    form = _POSSESSIVE.sub("", form)
    return _WWW.sub("", form)


_NOT_SPACES = re.compile(r"\S+")
_PREFIX = re.compile(rf"^\s*(?:[•◦▪▫‣⁃●○■□►▶➤·*+\-–»]\s*)?(?P<name>{_NAME})\s+\S")


def _line_prefixes(line: str) -> list[tuple[str, tuple[int, int]]]:
    """The name a line starts with and its shorter heads ("Bay Post Shop": "Bay", "Bay Post")."""
    if count_words(line) > 8:  # counted once per page (``words_counted_once``)
        return []
    match = _PREFIX.match(line)
    if match is None:
        return []
    start = match.start("name")
    words = list(_NOT_SPACES.finditer(match.group("name")))
    return [
        (match.group("name")[: w.end()], (start, start + w.end()))
        for w in words[: MAX_NAME_WORDS - 1]
    ]


def is_doubled(text: str) -> bool:
    """True for one name written twice ("NameName"), at least 4 characters each.

    Parameters
    ----------
    text : str
        A stripped line.

    Returns
    -------
    bool
        Each half 4 characters or more, where
        :func:`analysis.clean.header_lines.is_doubled` takes halves of 1.
    """
    half = len(text) // 2
    return len(text) >= 8 and len(text) % 2 == 0 and text[:half] == text[half:]


# A page's title line as a browser or scraper prints it above the page: "Headline | Site"
# (the site's name after the last separator; the headline before it).
_TITLE_LINE = re.compile(rf"^\s*(?P<headline>\S.*\S)\s+(?:\||-|–|—|::|·|»)\s+(?P<name>{_NAME})\s*$")
# A browser's print header before the title (Print to PDF, then pdftotext): the day and
# time it printed, then a wide gap ("7/21/26, 10:48 AM          Headline | Site").
_PRINT_STAMP = re.compile(
    r"\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?\s{3,}(?=\S)"
)


# A credit's label printed alone on its line, the name on the next ("Published in" over
# "The Late Shift", as a blog platform prints a story's publication under its header;
# "Source:" over a name).
_LONE_CREDIT_LABEL = re.compile(rf"\s*(?:(?:Originally\s+)?{_PUBLISHED_CUE}|Source:)\s*")


def label_line_credit(label: str, value: str) -> tuple[str, tuple[int, int], str] | None:
    """The credit a label line alone ("Published in") gives the name on its next line
    ("The Late Shift"): the phrase :func:`line_phrases` reads in the two lines joined,
    when it is a credit and the whole value line.

    Parameters
    ----------
    label : str
        A line that may hold only a credit's label.
    value : str
        The next line with text.

    Returns
    -------
    tuple or None
        (name, (start, end) in ``value``, kind: ``credit`` or ``republished``); None
        when ``label`` is no lone label or the value line is not a credited name alone.
    """
    if len(label) > 40 or not _LONE_CREDIT_LABEL.fullmatch(label):
        return None
    head, name = label.strip() + " ", value.strip()
    if not name or len(name) > 80:
        return None
    offset = value.index(name) - len(head)
    for form, (start, end), kind in line_phrases(head + name)[1]:
        if (
            kind in ("credit", "republished")
            and start == len(head)
            and end == len(head) + len(name)
        ):
            return form, (start + offset, end + offset), kind
    return None


def title_line_site(lines: Sequence[str]) -> tuple[str, tuple[int, int, int]] | None:
    """The site a page's title line names, as browsers' and many scrapers' text dumps
    print the HTML title above the page.

    The page's first line with words must read "Headline | Site"
    (or " - ", " – ", " — ", " :: ", " · ", " » " before a name), and the page must print
    that headline again as a line of its own: then the first line is the page's title,
    the site's name appended to its headline (a line of the text with a dash in it is
    not printed twice). A name the page prints as a label right beside the headline's
    own line (the nearest line with text above or below it) is the section's
    ("Headline | Editorial"), not the site's, and so is a name the page prints as a line
    of its own only as a menu's entry ("Headline | World" over a menu "  • World") or
    as an entry after the first of a menu or breadcrumb printed on one line ("Home |
    World | Sport", "Home > World": :func:`~analysis.clean.header_lines.menu_items`); a
    "headline" that is only a name is the site's own, before a tagline ("Example Daily
    - Breaking News" on a home page), unless the page prints it over the story's prose
    (a short headline: "Kashmir | Example Daily" over "Kashmir" and the text).
    A browser's print header opens the line the same way, after the day and time it
    printed ("7/21/26, 10:48 AM   Headline | Site": Print to PDF's running header).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    tuple or None
        (the site's name, (line, start, end)), or None.
    """
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    stamp = _PRINT_STAMP.match(lines[first])
    offset = stamp.end() if stamp else 0
    match = _TITLE_LINE.match(lines[first][offset:])
    if match is None:
        return None
    headline = " ".join(match.group("headline").split())
    printed = [
        i for i, line in enumerate(lines) if i != first and " ".join(line.split()) == headline
    ]
    if not printed:
        return None
    if masthead_name(headline) and not any(_over_prose(lines, i) for i in printed):
        return None  # "Site - Tagline" over the site's masthead "Site"
    name = match.group("name")
    if printed_as_section(lines, name, printed, first):
        return None
    start, end = match.span("name")
    return name, (first, start + offset, end + offset)


def printed_as_section(
    lines: Sequence[str], name: str, headline_lines: Sequence[int], title_line: int | None = None
) -> bool:
    """Whether the page prints ``name``, a title's part beside its headline, as a
    section's: a label right beside the headline's own line (the nearest line with text
    above or below it: "Headline | Editorial" over "Editorial" / "Headline"), a line of
    its own only as a menu's entry ("Headline | World" over a menu "  • World"), or an
    entry after the first of a menu or breadcrumb printed on one line ("Home | World |
    Sport", "Home > World": :func:`~analysis.clean.header_lines.menu_items`).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    name : str
        The title's part that is not the headline.
    headline_lines : sequence of int
        The lines printing the headline.
    title_line : int or None
        The line printing the title itself, which none of the tests reads.

    Returns
    -------
    bool
        True when one of the tests says so.
    """
    if any(lines[k].strip() == name for i in headline_lines for k in _neighbours(lines, i)):
        return True
    shown = [i for i, line in enumerate(lines) if i != title_line and _entry_text(line) == name]
    if shown and all(_is_menu_entry(lines, i) for i in shown):
        return True
    return any(name in menu_items(line)[1:] for i, line in enumerate(lines) if i != title_line)


def _over_prose(lines: Sequence[str], index: int) -> bool:
    """Whether the nearest line with text below line ``index`` is prose (more than
    :data:`CHROME_LINE_WORDS` words): a headline over its story, not a masthead."""
    below = next((k for k in range(index + 1, len(lines)) if lines[k].strip()), None)
    return below is not None and count_words(lines[below]) > CHROME_LINE_WORDS


def _entry_text(line: str) -> str:
    """A line's text without its bullet and with its whitespace collapsed."""
    return " ".join(line[bullet_end(line) :].split())


def _is_menu_entry(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` is an entry of a menu: a list item ("  • World"), or a
    line printed right between two menu lines (:func:`_is_menu_line`, no blank line
    between: "Home", "World", "Sport" one a line). A site's masthead above its menu,
    set off by a blank line or opening the page, is none."""
    if is_list_item(lines[index]):
        return True
    return 0 < index < len(lines) - 1 and all(
        _is_menu_line(lines[k]) for k in (index - 1, index + 1)
    )


def _is_menu_line(line: str) -> bool:
    """A list item, or a short label line ("Home", "About us", "Log in":
    :func:`~analysis.clean.header_lines.is_label_like`)."""
    return is_list_item(line) or is_label_like(line)


# The gap between the entries of a row of links a text dump prints on one line: two
# spaces or more ("News  Sport  Opinion"; a tab parts a table's cells, not links).


def opens_menu(lines: Sequence[str], index: int, with_tagline: bool = True) -> bool:
    """Whether the nearest line with text below line ``index`` starts the site's menu, as
    a site's masthead is printed over its menu (a byline, a section's label or a short
    headline is printed over the story).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line (a top line that is only a name).
    with_tagline : bool
        Whether a tagline may stand between the name and the menu; False for a name
        whose case does not mark it (:func:`plain_masthead`: a control's label in
        another language, "Перейти к контенту", over "Поиск:" over the menu's list).

    Returns
    -------
    bool
        False for a line inside the menus: a menu's entry (:func:`_is_menu_entry`) or a
        line below a list item (the site's masthead tops its menus). Else True for a
        menu printed on one line, its entries between spaced separators
        (:func:`~analysis.clean.header_lines.is_menu_line`) or set apart by two spaces or
        more, and for :data:`~analysis.clean.header_lines.MIN_MENU_ENTRIES`
        list items in a row; with at least that many entries, each a short label without
        a digit (:func:`~analysis.clean.header_lines.is_label_like`: "• Breitbart News
        55", a feed's count, is none), and no address in the line (a search result's
        "https://example.com › news" under its source is none). The menu may follow a
        tagline ("Example Notes" / "Commentary on policy" / "Home  About  Contact", one
        line right after the other): at most :data:`CHROME_LINE_WORDS` words, not shaped
        as a name (:func:`masthead_name`), no list item, byline or date
        (:func:`~analysis.clean.header_lines.is_meta_line`) or address.
    """
    if _is_menu_entry(lines, index) or any(map(is_list_item, lines[:index])):
        return False  # a heading inside the menus ("Sections", "Editions" over a list)
    below = _next_text(lines, index)
    if below is None or _starts_menu(lines, below):
        return below is not None
    if not with_tagline or below != index + 1 or index + 2 >= len(lines):
        return False
    tagline = lines[below]  # a blog's tagline right between its name and its menu
    return not (
        count_words(tagline) > CHROME_LINE_WORDS
        or masthead_name(tagline)  # a name or a label ("Politics" / "Politics"), no tagline
        or is_list_item(tagline)
        or is_meta_line(tagline)
        or DOMAIN.search(tagline)
    ) and _starts_menu(lines, index + 2)


#: The most label lines between a masthead printed once and the headline (a section, a
#: column's name, a breadcrumb trail: "Example Ledger" / "OPINION" / "COLUMN" / headline),
#: as many as the header's lines above its title
#: (:data:`analysis.clean.page_metadata.HEADER_LINES_ABOVE_TITLE`). Not tuned.
MAX_LABEL_LINES = 3
#: The most words of a headline (:data:`analysis.clean.headline.TITLE_MAX_WORDS`).
HEADLINE_MAX_WORDS = 25
#: The most lines with text between the headline and the story's first line of text,
#: byline or date (a standfirst, an author's name and role: "NAME" / "Agriculture
#: correspondent" / date). Not tuned.
MAX_LINES_TO_STORY = 3


def heads_the_story(
    lines: Sequence[str],
    index: int,
    stacked: bool = False,
    menu: bool = False,
    marked: bool = False,
) -> bool:
    """Whether a top line that is only a name stands over the story's header, as a
    masthead printed once does: nothing but site chrome above it
    (:func:`_is_chrome_above`: a menu, a breadcrumb trail, a control, a cookie notice);
    below it at most :data:`MAX_LABEL_LINES` lines of the header
    (:func:`_is_header_line`: short labels, a menu or breadcrumb trail, the day's date or
    the edition's: "OPINION | EDITORIAL", "Northern Edition | Tuesday 3 November 2026"),
    then a line shaped as a headline (:func:`_is_headline`), then within
    :data:`MAX_LINES_TO_STORY` more lines the story's first line of text (more than
    :data:`CHROME_LINE_WORDS` words), its byline or its date ("Example Ledger" /
    "Opinion" / "Ferry fares will rise next spring" / "By NAME"), no control between
    ("Log In": the line taken for the headline is a menu's).

    A name of one word is one only over the site's breadcrumb trail when the trail does
    not name it (:func:`_over_own_trail`: "Austurfréttir" / "Forsíða / Innlent"): a
    section's label stands under the trail or is its last step.

    A headline, a kicker over it, an author's name over the writer's employer ("Jane
    Roe" / "Example Wire" / the text), a name under the headline (a share button, an
    author), a menu's heading (a list item below it) or a menu printed one entry a line
    is none.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line (a top line that is only a name, :func:`masthead_name` or
        :func:`plain_masthead`).
    stacked : bool
        Whether the name must stand over another line of the header (a section's label,
        the day's date) rather than right over the headline: as a name whose case does
        not mark it as a name must (:func:`plain_masthead`), since a section's label
        ("Habari za Kitaifa", "地域") stands right over a headline too.
    menu : bool
        Whether a menu printed one entry a line right under the name (more than
        :data:`MAX_LABEL_LINES` entries, an interface word among them: "Home",
        "Contact") counts as one line of the header (:func:`_menu_run`); else each
        entry is a label line.
    marked : bool
        With ``stacked``: the name holds a newspaper's word
        (:func:`analysis.clean.newspaper_words.names_a_newspaper`), so it may stand right
        over the headline.

    Returns
    -------
    bool
        False for a name holding an interface word (:data:`INTERFACE_WORDS`), and unless
        ``stacked`` for a name of one word (as often a section's label: "Opinion",
        "World", "Lakesidebladet" over "LEDARE"; a name written without spaces,
        "南方時報", is one run of letters whatever its length) but over a breadcrumb
        trail that does not name it.
    """
    words = [word.lower() for word in LETTER_RUN.findall(lines[index])]
    if (len(words) < 2 and not stacked and not _over_own_trail(lines, index)) or names_a_control(
        words
    ):
        return False  # (a control's or a feature's name: "Reading List", "Download the App")
    if not all(_is_chrome_above(line) for line in lines[:index] if LETTER_RUN.search(line)):
        return False
    entries = _menu_run(lines, index + 1) if menu else range(0)  # one line of the header
    below = [
        line
        for k, line in enumerate(lines[index + 1 :], index + 1)
        if LETTER_RUN.search(line) and k not in entries
    ]
    header = 0
    short = False  # the header's last line is a headline as short as a label
    while header < len(below) and header <= MAX_LABEL_LINES and _is_header_line(below[header]):
        if short := _short_headline_last(below, header):
            break
        header += 1
    if header > MAX_LABEL_LINES or header == len(below):
        return False
    if short or _short_headline_last(below, header):
        header -= 1  # the headline; the story's text, byline or date under it
    elif not _is_headline(below[header]):
        return False
    if stacked and not marked and header == 0:
        return False  # (stacked: right over the headline, as a section's label is)
    for line in below[header + 1 : header + 2 + MAX_LINES_TO_STORY]:
        if _opens_story(line):
            return True
        if is_control_line(line):
            return False  # the site's controls under a line of its menu ("Log In")
    return False


def names_a_control(words: Sequence[str]) -> bool:
    """Whether a name's words make it a control's label: one of them is an interface
    word (:data:`INTERFACE_WORDS`: "Subscribe", "Log In"), but for a newspaper's noun
    closing a name of two words or more, which a control's word may be too ("Example
    County Register", :data:`~analysis.clean.newspaper_words.NAME_NOUNS`).

    Parameters
    ----------
    words : sequence of str
        The name's words in lower case.

    Returns
    -------
    bool
        Whether an interface word is among them, that noun aside.
    """
    if len(words) >= 2 and words[-1] in NAME_NOUNS:
        words = words[:-1]
    return any(word in INTERFACE_WORDS for word in words)


def _menu_run(lines: Sequence[str], start: int) -> range:
    """The lines of a menu printed one entry a line from line ``start`` on (blank lines
    above it aside), but its first, which stands for the whole menu as one line of the
    header: more than :data:`MAX_LABEL_LINES` lines in a row (no blank line between),
    each a short label or a list item (:func:`_is_menu_line`), one at least holding an
    interface word ("Home", "Contact": a site's menu, not a story's stack of labels).
    An empty range for none."""
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = start
    while end < len(lines) and lines[end].strip() and _is_menu_line(lines[end]):
        end += 1
    entries = lines[start:end]
    if len(entries) <= MAX_LABEL_LINES or not any(
        INTERFACE_WORDS.intersection(word.lower() for word in LETTER_RUN.findall(entry))
        for entry in entries
    ):
        return range(0)
    return range(start + 1, end)


#: The fewest words of a headline as short as a label ("Tide gauges go digital"): an
#: employer's or a section's name under an author's name is fewer ("Example Wire").
SHORT_HEADLINE_WORDS = 3


def _short_headline_last(below: Sequence[str], header: int) -> bool:
    """Whether the last of the ``header`` lines read as the story's header is its
    headline, as short as a label: the line after them opens the story (its text, its
    byline or date, :func:`_opens_story`) and that last line, after another label
    ("Science" / "Tide gauges go digital" / the text), has
    :data:`SHORT_HEADLINE_WORDS` words or more and no name's shape
    (:func:`masthead_name`); or, with no label above it, when the line after it is a
    byline (:func:`~analysis.clean.header_lines.find_byline`: "Vidzemes Balss" /
    "Cēsīs atjaunos vēsturisko ūdenstorni" / "Autors: Jānis Ozols"): a section's label
    has no byline under it. A date line between that last line and the story's text is
    the story's date under its headline ("Fenland Courier" / "Bridge reopens after
    repairs" / "4 December 2026" / the text), as a byline is."""
    if header >= len(below) or not _opens_story(below[header]):
        return False
    if header < 2 and not (header == 1 and find_byline(below[header].strip())):
        return False
    last = below[header - 1]
    if header >= 2 and is_meta_line(last) and find_byline(last.strip()) is None:
        last = below[header - 2]  # the headline over its date line
    return (
        count_words(last) >= SHORT_HEADLINE_WORDS
        and not masthead_name(last)
        and not is_meta_line(last)
        and not is_menu_line(last)
    )


def _is_header_line(line: str) -> bool:
    """A line of a story's header above its headline: a short label (:func:`_is_label`),
    a breadcrumb trail ending in the headline cut short ("Home > News > Eastgate to get
    second rail..."), or a date line that is no byline (the day's or the edition's date
    under the masthead: "Tuesday 3rd November 2026", "Hermosillo | 03/11/26"); never a
    byline ("Autors: Jānis Ozols" is short as a label, and stands under the headline)."""
    return (
        (_is_label(line) and find_byline(line.strip()) is None)
        or len(_TRAIL_STEP.findall(line)) >= 2
        or bool(trail_steps(line))
        or (is_meta_line(line) and find_byline(line.strip()) is None)
    )


# A step of a breadcrumb trail: "Home > News", "News » Transport", "News / Rail", the
# full-width mark of Chinese and Japanese pages ("ホーム ＞ 地域").
_TRAIL_STEP = re.compile(r"\s[>»›/＞]\s")
# What no step of a trail holds: a digit, closing punctuation.
_NOT_IN_STEP = re.compile(r"\d|[.!?:,;]$")


def trail_steps(line: str) -> list[str]:
    """The steps of a short breadcrumb trail printed on one line, two at least ("Forsíða
    / Innlent", "ニュース > 滋賀", "ទំព័រដើម › សង្គម"): each a short label
    (:func:`~analysis.clean.header_lines.is_label_like`) or one token of at most 40
    characters (a word of a script written without spaces, whose characters the word
    count reads as words), without a digit or closing punctuation.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    list of str
        The steps, stripped; ``[]`` for a line that is no such trail (one step, a
        headline's words, a date).
    """
    if not _TRAIL_STEP.search(line):
        return []
    steps = [step.strip() for step in _TRAIL_STEP.split(line.strip())]
    if all(
        step
        and not _NOT_IN_STEP.search(step)
        and (is_label_like(step) or (len(step.split()) == 1 and len(step) <= 40))
        for step in steps
    ):
        return steps
    return []


def _over_own_trail(lines: Sequence[str], index: int) -> bool:
    """Whether the nearest line with text below line ``index`` is a breadcrumb trail
    (:func:`trail_steps`) none of whose steps is that line's text: the site's name over
    its trail ("Austurfréttir" / "Forsíða / Innlent"), not a section's label over the
    trail that ends in it ("Innlent" / "Forsíða / Innlent")."""
    below = _next_text(lines, index)
    if below is None:
        return False
    name = lines[index].strip().casefold()
    steps = trail_steps(lines[below])
    return bool(steps) and all(step.casefold() != name for step in steps)


def _is_label(line: str) -> bool:
    """A short label of a story's header: a section, a kicker, a breadcrumb trail
    ("OPINION | EDITORIAL", "Home > News"), not a list item."""
    return not is_list_item(line) and (is_label_like(line) or is_menu_line(line))


def _is_headline(line: str) -> bool:
    """A line shaped as a headline, not as a label, a list item, a byline or date, or a
    sentence: no name's shape (:func:`masthead_name`), no short label's
    (:func:`~analysis.clean.header_lines.is_label_like`: "Special for Example Wire", a
    writer's credit), at most :data:`HEADLINE_MAX_WORDS` words, no full stop at its end
    (a short first paragraph: "All it took was two seconds.")."""
    return not (
        masthead_name(line)
        or is_label_like(line)
        or is_list_item(line)
        or is_meta_line(line)
        or _FULL_STOP_END.search(line)
        or count_words(line) > HEADLINE_MAX_WORDS
    )


# A full stop closing a line, before closing quotes or brackets ('... "Rocket Man."').
_FULL_STOP_END = re.compile(r"\.[\"'”’»)\]]*\s*$")


def _opens_story(line: str) -> bool:
    """A line of prose (more than :data:`CHROME_LINE_WORDS` words) or a byline or date:
    what follows a headline."""
    return count_words(line) > CHROME_LINE_WORDS or is_meta_line(line)


def _is_chrome_above(line: str) -> bool:
    """A line a page may print above its masthead: a short label ("Skip to content", "We
    value your privacy"), a menu or breadcrumb trail, a control, a cookie notice."""
    return (
        is_label_like(line)
        or is_menu_line(line)
        or bool(spaced_menu_items(line))
        or is_control_line(line)
        or bool(_COOKIE.search(line))
    )


_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)


def is_control_line(line: str) -> bool:
    """Whether a line is a control's label: site interface words
    (:data:`INTERFACE_WORDS`) and function words, at most
    :data:`MAX_INTERFACE_LABEL_WORDS` words, one interface word at least ("Menu",
    "Log In"), its words read apart where a text dump glued two buttons
    ("AcceptSettings", "MenuSearch").

    Parameters
    ----------
    line : str
        One line as the page prints it (a top line, a line between a masthead and
        the story).

    Returns
    -------
    bool
        False for a line without an interface word.
    """
    text = _GLUED_WORDS.sub(" ", line)
    words = [word.lower() for word in LETTER_RUN.findall(text)]
    return (
        0 < len(words) <= MAX_INTERFACE_LABEL_WORDS
        and any(word in INTERFACE_WORDS for word in words)
        and all(word in INTERFACE_WORDS or word in FUNCTION_WORDS for word in words)
    )


# Where a word in lower case runs into a capital: two labels glued ("AcceptSettings").
_GLUED_WORDS = re.compile(rf"(?<=[{LOWER_LETTERS}])(?=[{UPPER_LETTERS}])")


#: Words of a site's interface (menus, buttons, forms): a name holding one is a control,
#: not the site ("Subscribe", "Log In", "Alerts Sign-Up"). Vocabulary, not names.
INTERFACE_WORDS = frozenset(
    {
        "subscribe",
        "subscriber",
        "subscribers",
        "subscription",
        "login",
        "log",
        "logout",
        "sign",
        "signin",
        "signup",
        "register",
        "menu",
        "search",
        "sections",
        "section",
        "home",
        "homepage",
        "newsletter",
        "newsletters",
        "email",
        "emails",
        "alerts",
        "notifications",
        "account",
        "share",
        "close",
        "skip",
        "next",
        "previous",
        "continue",
        "continued",  # "continues below": where an ad interrupts the text
        "continues",
        "below",  # "Continue reading below", the same place
        "copied",  # a share button's answer ("Link copied")
        "navigation",
        "reading",
        "cookies",
        "privacy",
        "terms",
        "help",
        "settings",
        "download",
        "notice",
        "learn",
        "comments",
        "reply",
        "contact",
        "accept",  # a consent banner's buttons ("Accept", "Reject", "Preferences")
        "reject",
        "decline",
        "consent",
        "preferences",
        "advertisement",  # an ad slot's label, often the first short line of a text
        "advertisements",
        "sponsored",
        "photo",  # a media label: a caption's or gallery's first line ("Photo", "PHOTOS:")
        "photos",
        "video",
        "videos",
        "unavailable",  # a player's state where its media failed ("Video unavailable")
    }
)


#: The most words of a line that is only the site's interface words (a control's or an
#: ad slot's label: "Advertisement", "Share", "Share this update").
MAX_INTERFACE_LABEL_WORDS = 3


def is_interface_label(text: str) -> bool:
    """True for a line of at most :data:`MAX_INTERFACE_LABEL_WORDS` words, all of them
    site interface words (:data:`INTERFACE_WORDS`): a control's or an ad slot's label,
    "Advertisement", "Share", never an article's text or a person's name.

    Parameters
    ----------
    text : str
        A line.

    Returns
    -------
    bool
        False for a line without letters.
    """
    words = [word.lower() for word in LETTER_RUN.findall(text)]
    return 0 < len(words) <= MAX_INTERFACE_LABEL_WORDS and all(
        word in INTERFACE_WORDS for word in words
    )


def between_copied_menus(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` stands right between two bulleted lists (no blank line
    between) and the list below it opens as the page's first list opens: the site's
    menu printed again from its start, as a page's header is printed twice (a sticky or
    a mobile copy), with the site's name between the two copies ("• Daily Deals" /
    "Example Cities" / "• Home", "• News", "• Sport" as the page's first menu). A
    heading inside one menu ("AFC Teams" over its teams) or over a footer's copy of a
    section's list ("Opinion" over "• Editorials", "• Columns") is none.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line (a line that is only a name, :func:`masthead_name`).

    Returns
    -------
    bool
        True when the :data:`~analysis.clean.header_lines.MIN_MENU_ENTRIES` list items
        below the line are a menu (:func:`_starts_menu`) whose entries are those of the
        page's first list items, in order.
    """
    if not 0 < index < len(lines) - 1 or is_list_item(lines[index]):
        return False
    if is_interface_label(lines[index]):
        return False  # a control between the two ("Menu", "Search"), no name
    if not (is_list_item(lines[index - 1]) and _starts_menu(lines, index + 1)):
        return False
    below = lines[index + 1 : index + 1 + MIN_MENU_ENTRIES]
    first = next((k for k in range(index) if is_list_item(lines[k])), index)
    opening = lines[first : first + MIN_MENU_ENTRIES]
    return first + len(below) < index and all(
        is_list_item(line) and is_list_item(top) and _entry_text(line) == _entry_text(top)
        for line, top in zip(below, opening, strict=True)
    )


def lines_between_copied_menus(lines: Sequence[str]) -> list[int]:
    """The lines that stand between two copies of the site's menu
    (:func:`between_copied_menus`), found from where the page prints its first bulleted
    line again (one search of the page, then ``list.index``: no line read in Python).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    list of int
        Line indices, in page order.
    """
    found = _BULLET_LINE.search("\n".join(lines))
    if found is None:
        return []
    copy = found.string.count("\n", 0, found.start())  # the first bulleted line
    first, between = lines[copy], []
    while True:
        try:
            copy = lines.index(first, copy + 1)
        except ValueError:
            return between
        if between_copied_menus(lines, copy - 1):
            between.append(copy - 1)


# A line opening with a bullet (a menu's entry), found in the joined page.
_BULLET_LINE = re.compile(rf"^[ \t]*[{re.escape(BULLET_MARKS)}][ \t]", re.MULTILINE)


def _next_text(lines: Sequence[str], index: int) -> int | None:
    """The nearest line with text below line ``index``, or None."""
    return next((k for k in range(index + 1, len(lines)) if lines[k].strip()), None)


def is_one_line_menu(line: str) -> bool:
    """Whether ``line`` is a site's whole menu printed on one line ("Home | News |
    Sport", "Local  Sport  Opinion  Subscribe"), as :func:`opens_menu` reads one: at
    least :data:`~analysis.clean.header_lines.MIN_MENU_ENTRIES` short labels.

    Parameters
    ----------
    line : str
        A line of the page.

    Returns
    -------
    bool
        False for a list item (a menu printed one entry a line: that entry alone is
        no menu) and for a line holding an address.
    """
    return not is_list_item(line) and _starts_menu([line], 0)


def _starts_menu(lines: Sequence[str], index: int) -> bool:
    """Whether a site's menu starts on line ``index`` (as :func:`opens_menu` reads one)."""
    if DOMAIN.search(lines[index]):
        return False
    if starts_contents(lines, index):  # an e-book's sections, numbered under a heading
        return True
    if is_list_item(lines[index]):
        run = list(itertools.takewhile(is_list_item, lines[index : index + MIN_MENU_ENTRIES]))
        entries = [_entry_text(line) for line in run]
    elif is_menu_line(lines[index]):
        entries = menu_items(lines[index])
    else:
        return bool(spaced_menu_items(lines[index]))
    return len(entries) >= MIN_MENU_ENTRIES and all(map(is_label_like, entries))


def _neighbours(lines: Sequence[str], index: int) -> list[int]:
    """The nearest lines with text above and below line ``index``."""
    above = next((k for k in range(index - 1, -1, -1) if lines[k].strip()), None)
    below = next((k for k in range(index + 1, len(lines)) if lines[k].strip()), None)
    return [k for k in (above, below) if k is not None]


_CASELESS_WORD = r"[^\W\d_]+(?:['’&.\-][^\W\d_]+)*"
_CASELESS_NAME = re.compile(rf"{_CASELESS_WORD}(?:\s+{_CASELESS_WORD}){{1,3}}")
# A name in a script without case: 2-4 words of letters and their marks ("جريدة الساحل"),
# or one run of a script written without spaces ("港口日报", "ちゅうぶ日報").
_NO_CASE_WORD = rf"{LETTER_OR_MARK}+(?:['’&.\-]{LETTER_OR_MARK}+)*"
_NO_CASE_NAME = re.compile(
    rf"{_NO_CASE_WORD}(?:\s+{_NO_CASE_WORD}){{1,3}}|[{UNSPACED_SCRIPTS}]{{2,20}}"
)
# A name in Tibetan: 2-8 syllables parted by a tsheg (U+0F0B), closed by a shad (U+0F0D)
# as Tibetan closes every phrase, a name's too ("གངས་ལྗོངས་གསར་འགྱུར།"); the name is
# group 1, without the shad.
_TIBETAN_NAME = re.compile(rf"((?:[{TIBETAN}]+\u0f0b){{1,7}}[{TIBETAN}]+)\u0f0b?\u0f0d?")


def caseless_masthead(line: str) -> tuple[str, tuple[int, int]] | None:
    """A top line that is a name written without capitals: all in lower case ("the
    morning ledger": a logo set in lower-case type), 2-4 words of letters, not all
    function words and no interface word; or in a script without case, where no capital
    can mark a name ("جريدة الساحل", 2-4 words; "港口日报", one run of a script written
    without spaces; Tibetan syllables parted by tshegs, the shad closing the line left
    out: "གངས་ལྗོངས་གསར་འགྱུར།"). Read as a masthead only over the site's menu (:func:`opens_menu`,
    as a masthead in capitals or title case alone on a page is no site's name either).

    Parameters
    ----------
    line : str
        The page's first line with text.

    Returns
    -------
    tuple or None
        (name, (start, end)) as :func:`masthead_name` gives them; None for a line with
        an upper-case letter, a digit or other marks, or of more than 40 characters.
    """
    stripped = line.strip()
    if len(stripped) > 40:
        return None
    if is_lower_case(stripped):
        if not _CASELESS_NAME.fullmatch(stripped):
            return None
        return _name_span(line, stripped, LETTER_RUN.findall(stripped))
    if tibetan := _TIBETAN_NAME.fullmatch(stripped):
        stripped = tibetan.group(1)  # (its closing shad is no letter of the name)
    elif not (shows_no_case(stripped) and _NO_CASE_NAME.fullmatch(stripped)):
        return None
    start = line.index(stripped)
    return stripped, (start, start + len(stripped))


# The gap between a line's columns as a text dump prints them (pdftotext keeps a print
# page's layout): three spaces or more, or a tab.
_COLUMN_GAP = re.compile(r"\s{3,}|\t")
# The date in square brackets closing the line, as a news e-book titles itself
# ("Example Daily [Fri, 04 Dec 2026]", its month maybe shortened in its language): a day's
# number and a year, at most a weekday's and a month's words besides.
_BRACKETED_DATE = re.compile(
    r"\s+\[(?=[^\]\d]*\d{1,2}\b)[^\W\d_]*[.,]?\s*(?:\d{1,2}\.?\s+[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{1,2},?)"
    r"\s+(?:19|20)\d\d\]\s*$"
)


def nameplate_name(line: str) -> tuple[str, tuple[int, int]] | None:
    """The site's name on a print edition's nameplate: its name and the issue's date on
    one line, a column's gap between them, as a text dump of the printed page keeps
    them ("THE HARBOUR WEEKLY" + spaces + "Week 49 · 3 December 2026"), or the date in
    square brackets after it, as a news e-book's title line ("Example Daily [Fri, 04 Dec
    2026]").

    Parameters
    ----------
    line : str
        The page's first line with text, its columns as the dump spaced them.

    Returns
    -------
    tuple or None
        The name and its span in ``line`` as :func:`masthead_name` reads the line's
        first column; None when the line is not two columns exactly, the second
        holding a date and the first a name, nor a name and a bracketed date.
    """
    if bracketed := _BRACKETED_DATE.search(line):  # calibre's "Name [Fri, 04 Dec 2026]"
        return masthead_name(line[: bracketed.start()])
    parts = _COLUMN_GAP.split(line.strip())  # (a running head's third column, the
    # page's number, "B2   THE HARBOUR WEEKLY   3 March 2026", makes it none)
    if len(parts) != 2 or find_date_span(parts[1]) is None:
        return None
    head = line[: line.index(parts[0]) + len(parts[0])]
    return masthead_name(head)


def _name_span(line: str, stripped: str, words: list[str]) -> tuple[str, tuple[int, int]] | None:
    """``stripped`` (``line`` stripped) and its span in ``line``; None when its ``words``
    are all function words or one is an interface word (:data:`INTERFACE_WORDS`)."""
    folded = [word.casefold() for word in words]
    if all(word in FUNCTION_WORDS for word in folded) or any(w in INTERFACE_WORDS for w in folded):
        return None
    start = line.index(stripped)
    return stripped, (start, start + len(stripped))


# A word of a name in any script, its combining marks with it ("प्रहरी", "ข่าวเมืองเหนือ"),
# parts joined by an apostrophe, a hyphen, a dot, "&" ("l'Ouest-Atlantique"), the
# Hebrew script's hyphen, the maqaf (Yiddish "מיזרח־שטערן", h211), a zero-width
# non-joiner (Persian "هفته‌نامه") or a zero-width space (Khmer, which parts its words
# with one: "សារព័ត៌មាន\u200bទន្លេមេគង្គ").
_PLAIN_LETTERS = rf"(?:[^\W\d_]|[{COMBINING_MARKS}])+"
_PLAIN_WORD = rf"{_PLAIN_LETTERS}(?:['’&.\-\u05be\u200c\u200b]{_PLAIN_LETTERS})*"
# 1-4 such words, and a number of one or two digits closing the name ("남도일보24").
_PLAIN_NAME = re.compile(rf"{_PLAIN_WORD}(?:\s+{_PLAIN_WORD}){{0,3}}(?:\s?\d{{1,2}})?")
# A name of 2-4 capitalized words, short lower-case words between (is_joined_name), an
# article elided before a capitalized word after the first ("Diari de l'Empordà",
# "Gazzetta dell'Emilia").
_CAP_PLAIN = rf"{_UPPER}(?:[^\W\d_]|[{COMBINING_MARKS}])*(?:['’&.\-]{_PLAIN_LETTERS})*"
_SHORT_LOWER = rf"[{LOWER_LETTERS}]{{1,3}}"
_ELIDED_ARTICLE = rf"(?:{ELIDED_ARTICLE})?"
_JOINED_NAME = re.compile(
    rf"{_CAP_PLAIN}(?:\s+(?:{_SHORT_LOWER}\s+){{0,2}}{_ELIDED_ARTICLE}{_CAP_PLAIN}){{1,3}}"
)


def is_joined_name(name: str) -> bool:
    """Whether ``name`` is 2-4 capitalized words with one or two short lower-case words
    (a language's particles, of at most three letters) between two of them, as a
    name's words may be joined: Maori "Te Karere o te Tai Rāwhiti", Welsh "Llais y
    Cwm"; an article elided onto a capitalized word ("de l'Empordà"); its particles are
    not counted among a name's words.

    Parameters
    ----------
    name : str
        A phrase, stripped.

    Returns
    -------
    bool
        False for a phrase opening or closing with a lower-case word, or with a longer
        lower-case word in it ("Storm hits the North").
    """
    return bool(_JOINED_NAME.fullmatch(name))


#: The most words of a name its particles join that stands right over the headline, as
#: of a name :func:`masthead_name` reads (particles counted). Not tuned.
JOINED_MASTHEAD_WORDS = 4
# English's short words between capitals join a Title Case headline's words ("Fire at
# the Mill", "Man to Face Trial"); the English particles of a name ("of", "the") are
# :func:`masthead_name`'s already.
_ENGLISH_WORDS = FUNCTION_WORDS_BY_LANGUAGE["en"]


def capitals_mark_joined_name(name: str) -> bool:
    """Whether ``name`` is a name its capitals mark though a particle no list holds joins
    its words (:func:`is_joined_name` with a lower-case word in it: Cebuano "Balita sa
    Sugbo", Hawaiian "Ka Leo o Hilo", Setswana "Dikgang tsa Kgalagadi", Scottish Gaelic
    "Naidheachdan nan Eilean"): a capital after the particle marks a name as Title Case
    does ("Local News", read by :func:`masthead_name`), so such a line may stand right
    over the headline as a name in Title Case may.

    Parameters
    ----------
    name : str
        A top line read by :func:`plain_masthead`, stripped.

    Returns
    -------
    bool
        False for a name of more than :data:`JOINED_MASTHEAD_WORDS` words ("Habari za
        Pwani na Bara"), one without a lower-case word, or one whose lower-case words
        are English's (a Title Case headline's: "Fire at the Mill").
    """
    words = name.split()
    joining = [word for word in words if is_lower_case(word)]
    return (
        bool(joining)
        and len(words) <= JOINED_MASTHEAD_WORDS
        and is_joined_name(name)
        and not any(word in _ENGLISH_WORDS for word in joining)
    )


# A newspaper's name of up to six such words, its linking words in lower case ("Gazeti
# la Sauti ya Pwani"), or its name in quotes after the words naming the paper
# ("Волинська газета «Полісся»"): read when a newspaper's word marks it.
_MARKED_NAME = re.compile(
    rf"{_PLAIN_WORD}(?:\s+{_PLAIN_WORD}){{0,5}}"
    rf"|{_PLAIN_WORD}(?:\s+{_PLAIN_WORD}){{0,2}}"
    rf"\s+(?:«{_PLAIN_WORD}(?:\s+{_PLAIN_WORD}){{0,2}}»|„{_PLAIN_WORD}(?:\s+{_PLAIN_WORD}){{0,2}}“)"
)
#: The most words of a name a newspaper's word marks (:data:`_MARKED_NAME`). Not tuned:
#: a name of four words and its linking words.
MARKED_NAME_WORDS = 6
#: The most characters of a name whose case does not mark it (:func:`plain_masthead`), as
#: of a short label (:func:`~analysis.clean.header_lines.is_label_like`). Not tuned.
PLAIN_NAME_CHARS = 40


def plain_masthead(line: str) -> tuple[str, tuple[int, int]] | None:
    """A top line that may be a name though its case does not show it: written in a
    script without case (Arabic, Hebrew, Devanagari, Chinese, Japanese, Korean, Thai:
    "صحيفة الوادي الأخضر", "北信濃タイムズ", "남도일보24"), in sentence case ("Волинський
    вісник", "Jihočeský deník Vltava") or with lower-case words a list of particles does
    not hold ("Sauti ya Mwambao", "Η Φωνή της Κρήτης"). Such a line is as often a
    section's label or a short headline, so it is read as a masthead only where the
    page's layout says so: the page's first line, over the site's menu
    (:func:`opens_menu`) or over another line of the story's header
    (:func:`heads_the_story` with ``stacked``).

    Parameters
    ----------
    line : str
        One of the page's first lines (:data:`MASTHEAD_LINES` of
        :mod:`~analysis.clean.site_candidates`).

    Returns
    -------
    tuple or None
        The stripped line and its span in ``line``; None for a line
        :func:`masthead_name` reads (a name its capitals mark), a line opening with a
        lower-case letter (:func:`caseless_masthead`'s), a list item, a byline or date, a
        share sheet's line (:data:`SHARE_SHEET`), a line of more than
        :data:`PLAIN_NAME_CHARS` characters or 4 words
        (:func:`~analysis.text.count_name_words`), with marks other than a name's, or of
        function or interface words only; a newspaper's word
        (:func:`~analysis.clean.newspaper_words.names_a_newspaper`) lets a name hold
        up to :data:`MARKED_NAME_WORDS` words ("Gazeti la Sauti ya Pwani") or its name
        in quotes ("Волинська газета «Полісся»").
    """
    stripped = line.strip()
    if (
        not stripped
        or len(stripped) > PLAIN_NAME_CHARS
        or _LOWER_START.match(stripped)  # (not Georgian's Mkhedruli: UNSHOWN_CASE)
        or _SHARE_SHEET.match(stripped)  # "Shared from Example News": the app's line
        or not (
            _PLAIN_NAME.fullmatch(stripped) or _is_marked_name(stripped) or is_joined_name(stripped)
        )
        or (
            count_name_words(stripped) > 4
            and not is_newspaper_run(stripped)
            and not _is_marked_name(stripped)
            and not is_joined_name(stripped)
        )
        or _LIST_ITEM.match(line)
        or is_meta_line(line)
        or masthead_name(line)
    ):
        return None
    return _name_span(line, stripped, _WORD_RUN.findall(stripped))


def _is_marked_name(name: str) -> bool:
    """Whether a name longer than a plain name, or with its name in quotes, is a
    newspaper's (:data:`_MARKED_NAME`, a newspaper's word in it: :func:`names_a_newspaper`)."""
    return (
        bool(_MARKED_NAME.fullmatch(name))
        and count_name_words(name) <= MARKED_NAME_WORDS
        and names_a_newspaper(name)
    )


_WORD_RUN = re.compile(r"[^\W_]+")

# A lower-case first letter, as running text shows case: Georgian's Mkhedruli, lower case
# to Python since Unicode 11, is a script without case here (analysis.text.UNSHOWN_CASE).
_LOWER_START = re.compile(f"[{LOWER_LETTERS}]")


# The parts of a printed page's running head: set apart by a mark or a wide gap.
_HEAD_GAP = re.compile(r"\s*[●•|·■◆]\s*|\s{3,}")
# A printed page's label: a section's letter and the page's number ("A3", "B12"), a
# number, "Page 4".
_PAGE_LABEL = re.compile(r"[A-Z]{0,2}\d{1,3}|(?i:page|p\.)\s*\d{1,3}")


def running_head_name(line: str) -> tuple[str, tuple[int, int]] | None:
    """The paper's name in a printed page's running head (an e-edition's or a PDF's
    text): the page's label, the name, the day's date, in three parts set apart by a
    mark or a wide gap ("A3 ● THE GRANITE VALLEY COURIER ● TUESDAY, SEPTEMBER 8, 2026",
    "B2      THE LAKESIDE COURIER      Tuesday, March 3, 2026"; the date first and the
    label last too). A paper prints its own name there on every page: a naming cue as
    strong as a masthead written twice.

    Parameters
    ----------
    line : str
        One of the page's first lines (its first printed page's head).

    Returns
    -------
    tuple or None
        (name, (start, end)) as :func:`masthead_name` reads the middle part; None for a
        line of other parts (a menu, a byline, a date line of two parts).
    """
    if not (_PAGE_LABEL.search(line[:12]) or _PAGE_LABEL.search(line[-12:])):
        return None  # (a cheap test first: most lines hold no page label at an end)
    if not _HEAD_GAP.search(line):
        return None
    parts = [part for part in _HEAD_GAP.split(line.strip()) if part]
    if len(parts) != 3:
        return None
    first, middle, last = parts
    label, date = (first, last) if _PAGE_LABEL.fullmatch(first) else (last, first)
    if not _PAGE_LABEL.fullmatch(label) or not is_meta_line(date) or find_byline(date):
        return None
    found = masthead_name(middle)
    if found is None:
        return None
    start = line.index(middle) + found[1][0]
    return found[0], (start, start + len(found[0]))


#: Joining words that hold a name of :data:`MAX_NAME_WORDS` words together ("Ministry of
#: Commerce and Trade", "Gaceta del Río de Lora"): :data:`_PARTICLES` but those that
#: join a cue to a name ("Provided by X", "Follow X on Facebook") and the words for
#: "and", which join two names as often ("Ana Ruiz and Jo Lee", two authors).
_NAME_JOINERS = frozenset(_PARTICLES.split("|")) - {
    *("by", "on", "the"),
    *("and", "&", "und", "och", "e", "y", "i", "et"),
}


def _most_masthead_words(words: Sequence[str]) -> int:
    """A masthead's most words: four, or :data:`MAX_NAME_WORDS` for a name whose inner
    words join its capitalised ones (a menu of five sections, "Home News Sport Weather
    Travel", a headline in capitals or a byline is no name of five)."""
    if any(word in _NAME_JOINERS for word in words[1:-1]) and not find_byline(" ".join(words)):
        return MAX_NAME_WORDS  # (a byline's "by" and the name: "Yanditswe na A B C")
    return 4


def _without_edge_symbols(line: str) -> str:
    """``line`` without spaces and the symbols decorating its ends: a trademark sign, an
    emoji ("Example Report®", "📰 EXAMPLE CRIER" print the names "Example Report",
    "EXAMPLE CRIER"); a copyright sign stays (a notice's)."""
    start, end = 0, len(line)
    while start < end and _is_decoration(line[start]):
        start += 1
    while end > start and _is_decoration(line[end - 1]):
        end -= 1
    return line[start:end]


def _is_decoration(char: str) -> bool:
    """A space, or a symbol (Unicode's "So": ™, ®, ★, an emoji) other than ©."""
    return (
        char.isspace()
        or char in _EMOJI_JOINERS
        or (char != "©" and unicodedata.category(char) == "So")
    )


def masthead_name(line: str) -> tuple[str, tuple[int, int]] | None:
    """A top line (not a list item, not a byline "By Name", not a share sheet's "Shared
    from Example News": :data:`SHARE_SHEET`) that is only a name (1-4
    words, five when a joining word holds them together, or one name twice).

    Parameters
    ----------
    line : str
        A top line of the page.

    Returns
    -------
    tuple or None
        The name (one of the two halves for a doubled name) and its span in ``line``;
        None for a line of more than 60 characters or not shaped like a name.
    """
    if _LIST_ITEM.match(line) or _BYLINE.match(line) or _SHARE_SHEET.match(line.strip()):
        return None
    stripped = _without_edge_symbols(line)
    if not stripped or len(stripped) > 60:
        return None
    if is_doubled(stripped):
        stripped = stripped[: len(stripped) // 2].strip()
    if _MENU_GAPS.fullmatch(stripped):
        return None  # a menu's links as a browser copies them: "News  Sport  Letters"
    words = stripped.split()
    if not 1 <= len(words) <= _most_masthead_words(words) or not _MASTHEAD_RE.fullmatch(stripped):
        return None
    if any(
        word.isdigit() and words[at - 1].casefold().rstrip(".") in _MONTH_WORDS
        for at, word in enumerate(words)
    ):
        return None  # the day's date ("July 16"), no name
    start = line.index(stripped)
    return stripped, (start, start + len(stripped))
