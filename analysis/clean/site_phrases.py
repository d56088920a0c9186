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

:func:`title_line_site` reads the site a page's title line names ("Headline | Site").
The shapes a name is written in are :mod:`analysis.clean.site_name_shapes`'s; a top line
that is only a name is :mod:`analysis.clean.masthead_lines`'s, where such a line stands
(over the story's header, over a menu) :mod:`analysis.clean.masthead_context`'s, and the
words of a page's controls :mod:`analysis.clean.interface_words`'s. Nothing here knows a
site.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.company_names import LEADING_COMPANY_WORDS, is_company_word, without_legal_form
from analysis.clean.dates import ascii_digits
from analysis.clean.domains import is_public_domain
from analysis.clean.email_addresses import EMAIL_ADDRESS
from analysis.clean.header_lines import (
    ROLE_NOUN,
    find_byline,
)
from analysis.clean.interface_words import names_a_control
from analysis.clean.legal_footer import legal_footer_head
from analysis.clean.line_gates import PageLines, necessary_literals
from analysis.clean.link_forms import is_encoded_link
from analysis.clean.masthead_context import printed_as_section
from analysis.clean.masthead_lines import masthead_name
from analysis.clean.name_domain import FREQUENCY
from analysis.clean.pattern_starts import starting_at
from analysis.clean.site_name_shapes import (
    CAP_WORD,
    CHROME_LINE_WORDS,
    DOMAIN,
    INNER_CAP_WORD,
    MAX_NAME_WORDS,
    NAME_CAPITAL,
    SITE_NAME_PARTICLES,
)
from analysis.clean.title_separators import (
    SCRIPT_STOP_TITLE_MARK,
    SECTION_WORDS,
    UNSPACED_TITLE_MARK,
    caseless_title_name,
    site_first_parts,
    without_section_path,
)
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import (
    CASELESS_LETTER,
    COMBINING_MARKS,
    LETTER_RUN,
    UNSPACED_SCRIPTS,
    count_words,
    is_lower_case,
    is_upper_case,
    opens_upper_case,
)

_NAME = (
    rf"(?:[Tt]he\s+)?{CAP_WORD}"
    rf"(?:\s+(?:(?:{SITE_NAME_PARTICLES})\s+)?{INNER_CAP_WORD}){{0,{MAX_NAME_WORDS - 1}}}"
)
#: A broadcaster's channel number between two of its name's capitalized words ("Channel 9
#: News", "Canal 13 Noticias"), read in the site's own chrome cues ("X app", "X Network",
#: "More from X"): without it, "Download the Channel 9 News app" named "News" the site.
#: (A credit after a byline keeps :data:`_NAME`: it names the employer, weighed apart.)
_CHANNEL_NUMBER = r"\d{1,3}"
_CUE_NAME_GROUP = (
    rf"(?P<name>(?:[Tt]he\s+)?{CAP_WORD}"
    rf"(?:\s+(?:(?:{SITE_NAME_PARTICLES})\s+|{_CHANNEL_NUMBER}\s+)?{INNER_CAP_WORD})"
    rf"{{0,{MAX_NAME_WORDS - 1}}})"
)
#: A site's name as the cues write it (the pattern's text, no group): capitalized words,
#: a particle between two, at most :data:`analysis.clean.site_name_shapes.MAX_NAME_WORDS`.
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
        re.compile(rf"(?:^|[\s•◦▪\-|])(?:{_BEFORE_CUES})\s+{_CUE_NAME_GROUP}"),
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
        re.compile(rf"(?:^|[\s•◦▪])\s*{_CUE_NAME_GROUP}\s+(?:{_AFTER_CUES})\b"),
        "cue",
    ),
    (  # a credit after a byline: "By Name | Site", "Name, Site", "Name - Site Contributor"
        # (after a comma, kind ``comma_credit``: :func:`_credit_kind`)
        re.compile(r"^\s*(?:[•◦▪]\s*)?By\s"),
        re.compile(
            # the authors' names, "and" between two ("By NAME and NAME, Example Wire")
            rf"^\s*(?:[•◦▪]\s*)?By\s+{NAME_CAPITAL}[\w.'’-]+"
            rf"(?:\s+(?:(?:and|&)\s+)?{NAME_CAPITAL}[\w.'’-]+){{0,5}}"
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
_NAME_GOES_ON = re.compile(rf"\s+(?:{NAME_CAPITAL}|v\.\s)")
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
_ON_PLATFORM = re.compile(rf"\s+on\s+{CAP_WORD}(?:\s+(?:and|&)\s+{CAP_WORD})*$")
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
    """Whether an after-cue ("X Services", "X Network", "X Jobs") inside a sentence is the
    middle of a longer proper name the sentence goes on with ("... said Health and Human
    Services Secretary NAME"): a name of the story, not the site's. Only in a line of
    prose (more than :data:`analysis.clean.site_name_shapes.CHROME_LINE_WORDS` words) and
    not at its start: in site chrome, menu items run together ("X Newsletter Privacy
    Policy Get ...")."""
    return (
        bool(_NAME_GOES_ON.match(line, match.end()))
        and bool(line[: match.start("name")].strip(_BULLETS))
        and count_words(line) > CHROME_LINE_WORDS
    )


def _inside_a_sentence(line: str, pattern: re.Pattern[str], match: re.Match[str]) -> bool:
    """Whether a chrome cue ("About X", "Inside X", "X Services", "X is part of") is words
    of a sentence, in a line of prose (more than
    :data:`analysis.clean.site_name_shapes.CHROME_LINE_WORDS` words): a capitalized cue
    word (before the name) or a name (before a cue word) after a word in lower case
    ("spoke about X", "a trip to X is part of", "in X Services v. ..."); a cue in lower
    case ("in touch with X", "up to date with X") after a form of "be" ("he was in touch
    with X"). Site chrome starts a capitalized cue on a line or after a separator ("Follow
    X", "Home | About X") and asks the reader to do the lower-case one ("Want to get in
    touch with X ...", "... to stay up to date with X news"): a lower-case cue is a
    sentence's, in a line of any length, unless it asks the reader
    (:func:`_asks_the_reader`)."""
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
    :data:`analysis.clean.site_name_shapes.CHROME_LINE_WORDS` words) is a possessive
    before a common noun ("The founder of NAME's law firm is ...", "NAME's app requested
    ..."): the sentence names a thing of NAME's, not NAME as a site. After a before-cue
    the possessive is the site's own ("Support NAME's independent journalism ...",
    "Subscribe to NAME's newsletters")."""
    return (
        pattern is not _BEFORE_PATTERN
        and bool(_POSSESSOR.match(line, match.end("name") - 2))
        and count_words(line) > CHROME_LINE_WORDS
    )


# The end of a name in a script written without spaces: a space after its last
# character, or the script's own full stop, comma or separator (no space after them).
_UNSPACED_END = rf"(?<=[{UNSPACED_SCRIPTS}])\s|[。，、｜]"
# A notice's sign or word; in Chinese, the rights words alone often make the notice, no
# sign printed: "南湾日报社 版权所有 未经书面授权禁止转载" (its holder first: ``_HOLDER_FIRST``)
_NOTICE_WORD = re.compile(r"[©ⓒ]|\([cC]\)|Copyright|版权所有|版權所有")
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
    r"|تمام\s+حقوق|کلیه\s+حقوق|جملہ\s+حقوق|هەموو\s+مافەکان|সর্বস্বত্ব"
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
# Up to three words of a script without case: a place's name where capitals cannot mark
# one ("نزوى", "سلطنة عمان").
_CASELESS_WORDS = (
    rf"{CASELESS_LETTER}[\w{COMBINING_MARKS}]*(?:\s+{CASELESS_LETTER}[\w{COMBINING_MARKS}]*){{0,2}}"
)
# A place after a notice's dash: a name, or a city and its region or country after a comma
# (Arabic's "،" too): "Example Media Group", "Springfield, Ohio", "نزوى، سلطنة عمان".
_PLACE_PART = rf"(?:{_NAME}|{_CASELESS_WORDS})"
_PLACE = rf"{_PLACE_PART}(?:\s*[,،]\s*{_PLACE_PART})?"
# An em dash ends a notice's holder when the notice goes on after it: its rights words
# ("© 2026 NAME — All rights reserved", "© ۲۰۲۶ NAME — تمام حقوق محفوظ است") or another
# name or a place, up to the line's end ("© 2026 NAME — Example Media Group", "© 2026 NAME
# — Springfield, Ohio") or to the rights words after its stop (the site's city: "© 2026
# NAME — Niamey. Tous droits réservés."); a sentence after it ("© NAME LLC — Read our
# terms of service") is a link's, and the notice is none.
_DASH_GOES_ON = rf"\s*—\s*(?:{RIGHTS_RESERVED}|{_PLACE}\.?\s*$|{_NAME}[.,]\s+{RIGHTS_RESERVED})"
_COPYRIGHT = re.compile(
    r"(?:(?:©|ⓒ|\([cC]\))\s*(?:Copyright\s*)?|Copyright\s*(?:[©ⓒ]\s*|\([cC]\)\s*)?)"
    rf"(?:{_NOTICE_YEAR}(?:\s*[-–]\s*(?:{_NOTICE_YEAR})?)?{_ERA_MARK}[.,]?\s*)?(?:by\s+)?"
    # a slash before one last letter: the Danish form "Example A/S" ("Thomson/Reuters"
    # names two holders, of a wire story)
    # a radio station's frequency or a count may open the name ("© 2026 101.7 The Breeze",
    # "© 2026 24 Ore Valsesia"), and a shortened first word ("© 2026 The St. Brenock Observer")
    rf"(?P<name>{_HOLDER_OPENS}{NAME_CAPITAL}"
    # and a slash between digits ("© 2026 Rīga 24/7": a round-the-clock name)
    rf"(?:[\w{COMBINING_MARKS}&+'’ .-]|/(?=[^\W\d_]\b)|(?<=\d)/(?=\d)){{1,50}}?"
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
# A footer line with its holder before the sign and the year, and nothing else but the
# rights words: "Ziarul de Prahova © 2026", "Example News © 2020-2026. All rights
# reserved." (h399). The name opens with a capital and holds no colon (a caption's "Foto:
# NAME © 2026" credits a picture).
_HOLDER_BEFORE_SIGN = re.compile(
    rf"^\s*(?P<name>{NAME_CAPITAL}[\w{COMBINING_MARKS}&'’ .-]{{1,50}}?)\s*(?:[©ⓒ]|\([cC]\))\s*"
    rf"{_NOTICE_YEAR}(?:\s*[-–]\s*{_NOTICE_YEAR})?[.,]?\s*(?:{RIGHTS_RESERVED}[^|·•]*)?$"
)
# Persian writes the holder after "for" and the word "reserved" after the holder: "کلیه
# حقوق برای NAME محفوظ است" (all rights for NAME reserved is).
_RIGHTS_FOR = "برای"
#: The word "reserved" of the notices that print it after their holder (Persian).
_RESERVED_WORD = "محفوظ"
# A notice that reserves the rights to its holder, named after them: "© כל הזכויות שמורות
# לחיפה יומית 2026" (Hebrew and Arabic glue "to" to the name: ל, لـ; Sorani writes
# "for", بۆ), "© 2026 All rights reserved to Example News". The name ends as a notice's
# holder does (``_COPYRIGHT``), or at the sign of a notice written after it ("جميع
# الحقوق محفوظة لـ NAME © 2026": the clitic apart, with its tatweel, and the sign last).
_RESERVED_TO = re.compile(
    rf"{RIGHTS_RESERVED}\s+(?:[^\W\d_]+\s+(?:(?i:to)\s+|ל|لـ\s*|ل\s+|بۆ\s+)|{_RIGHTS_FOR}\s+)"
    rf"(?P<name>(?:{NAME_CAPITAL}|{CASELESS_LETTER})[\w{COMBINING_MARKS}&'’ .-]{{0,50}}?)"
    rf"(?=\s*(?:[.,|/·•]\s|[۔।॥]|\(|[.,|]?$|\s*[-–]\s|{_DASH_GOES_ON}|\s+(?:19|20)\d\d|[©ⓒ])"
    rf"|\s+{_RESERVED_WORD})"
)
# The same notice opening its line without a sign: "All rights reserved to Example News",
# "כל הזכויות שמורות לקול העמק", "کلیه حقوق برای NAME محفوظ است".
_RESERVED_TO_LINE = re.compile(r"^\s*" + _RESERVED_TO.pattern)
_NOTICE_MARK = re.compile(r"[©ⓒ]|\([cC]\)|\d{4}")
_NOT_A_HOLDER = re.compile(
    rf"\brights\b|^(?:all|copyright)\b|\d{{4}}|^{RIGHTS_RESERVED}", re.IGNORECASE
)
# A domain inside an e-mail's local part ("example.com_legal@host.com"): the site the
# address is for, the domain after "@" being its mail host.
_LOCAL_DOMAIN = re.compile(r"(?<![a-z0-9-])[a-z0-9][a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}", re.I)
# A notice without a sign: "2019 Example, Inc. All Rights Reserved".
_RIGHTS_NOTICE = re.compile(
    r"^\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+)"
    rf"(?P<name>(?:{NAME_CAPITAL}|{CASELESS_LETTER})[\w{COMBINING_MARKS}&'’ .,-]{{1,50}}?)"
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
    rf"^\s*(?P<name>{NAME_CAPITAL}[\w&'’ .-]{{1,50}}?)"
    r"\s*[·|•]\s*(?:19|20)\d\d\s*[-–]?\s*(?:19|20)\d\d(?!\d)"
)
_STRIP = " .,:;|-–—•◦▪·'’\"“”()[]"
# A website's credit to the software or agency behind it ("Powered by X", "Designed by
# X"): the name after it is the platform's, never the site's; up to the next separator.
# Also a theme's label before its name and vendor ("Theme: X", "Tema: HaberPort,
# Temalar.net" in Turkish, Spanish, Italian, Portuguese; "Thema", "Téma", "Tēma").
_PLATFORM_WORDS = ("powered", "hosted", "design", "developed", "built", "theme", "tema", "thema")
_PLATFORM_CREDIT = re.compile(
    r"(?:\b(?:[Pp]owered|[Hh]osted|[Dd]esign(?:ed)?|[Dd]eveloped|[Bb]uilt|[Tt]heme)\s+"
    r"(?:by|with|on)\b|\b(?:[Tt]heme|[Tt][eéē]ma|[Tt]hema)\s*:)"
    r"[^|•◦▪·]*"
)
# A notice without a year printed right after a platform credit, one separator between:
# the platform's company ("Designed by 티스토리 | © Kakao Corp.", a hosted blog's footer
# naming the blog service's owner). A site signs its own notice before the credit, most
# with the year ("© 2026 Example Daily | Powered by WordPress"); a notice after the
# credit with no year is the credited platform's, read as part of its credit.
_PLATFORM_NOTICE = re.compile(r"\s*[|•◦▪·]\s*(?:[©ⓒ]|\([cC]\)|Copyright\b)[^|•◦▪·\d]*(?=[|•◦▪·]|$)")


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
# (Sorani Kurdish "reserved": "هەموو مافەکان پارێزراوە بۆ NAME ٢٠٢٦", all rights reserved
# for NAME, h399)
_RESERVED_WITHOUT_CASE = ("שמורות", _RESERVED_WORD, "پارێزراوە")
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
            credits = [
                (
                    m.start(),
                    notice.end() if (notice := _PLATFORM_NOTICE.match(line, m.end())) else m.end(),
                )
                for m in _PLATFORM_CREDIT.finditer(line)
            ]
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
                    if (
                        pattern is _BEFORE_PATTERN
                        and _SECTION_LIST.match(line, match.end())
                        and _MORE_CUE.search(line, match.start(), match.start("name"))
                    ):
                        continue  # "More from Books: HEADLINE": a section's list
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


def notice_holders(line: str) -> list[str]:
    """The names a line's copyright notices hold ("Copyright © 2026 Example News All
    rights reserved." holds "Example News"): the holders :func:`line_phrases` finds.

    Parameters
    ----------
    line : str
        One line of the page.

    Returns
    -------
    list of str
        The holders as the line writes them; ``[]`` for a line with no notice.
    """
    return [name for name, _, _ in _notice_holders(line)]


# A "More from" / "More on" cue's name followed by a colon and a headline ("More from
# Books: The best nature writing of 2026"): the list of a section over its stories, as
# a section label heads it; a site's promo names the site alone ("More from Example
# Herald"). (h442: a book page's 'BOOKS' label beat its capitals masthead.)
_MORE_CUE = re.compile(r"More\s+(?:[Ff]rom|[Oo]n)\s")
_SECTION_LIST = re.compile(r"\s*:\s+\S")
# An author's credit before a notice in its line ("Adapted from "BOOK" by NAME"): the
# cheap test before the holder's own "by NAME" is looked for.
_AUTHOR_CREDITED = re.compile(r"\b[Bb]y\s+[A-Z]")


def _notice_holders(line: str, gates: int = ALL_GATES) -> list[tuple[str, tuple[int, int], str]]:
    """The holders of the line's copyright notices (kind ``copyright``), a holder that is
    a domain (kind ``domain_notice``: a site's own address, "© example.com"), and the
    company of a notice without a sign, of an imprint line or of a footer signed with a
    span of years (kind ``copyright``). ``gates`` as for :func:`line_phrases`."""
    found: list[tuple[str, tuple[int, int], str]] = []
    if gates & _NOTICE_GATE and _NOTICE_WORD.search(line):
        if quoted := _quoted_holder(line):  # "© 2026 ООО «NAME»": the name in its quotes
            return [quoted]
        # its year in any script's digits ("© ٢٠٢٦ NAME"); the name as the line writes it
        for match in _COPYRIGHT.finditer(ascii_digits(line)):
            holder = without_legal_form(line[slice(*match.span("name"))].strip())
            notice = line[match.start() : match.start("name")]
            # "Copyright Policy" without a sign or a year is a menu link, not a notice
            if is_lower_case(holder[:1]) and holder.split()[0] in FUNCTION_WORDS:
                continue  # "© 2019 by the author": no name
            if _AUTHOR_CREDITED.search(line, 0, match.start()) and re.search(
                rf"\b[Bb]y\s+{re.escape(holder)}\b", line[: match.start()]
            ):
                continue  # "... by NAME, published by PRESS. Copyright 2026 by NAME.": the
                # work's author holds it (a book excerpt's credit, h442), not the site
            if not _NOT_A_HOLDER.search(holder) and _NOTICE_MARK.search(notice):
                kind = "domain_notice" if DOMAIN.fullmatch(holder) else "copyright"
                found.append((holder, match.span("name"), kind))
        if not found and (match := _HOLDER_FIRST.match(line)):
            found.append((match.group("name"), match.span("name"), "copyright"))
        if not found and (match := _HOLDER_BEFORE_SIGN.match(ascii_digits(line))):
            holder = without_legal_form(line[slice(*match.span("name"))].strip(" .-"))
            if not _NOT_A_HOLDER.search(holder):
                found.append((holder, match.span("name"), "copyright"))
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


# A notice whose holder is written as Russian, Ukrainian and other languages of the
# former Soviet states write an organisation's name: in guillemets after its legal form
# or a generic noun ("© 2026 ООО «NAME»", "© Телеканал «NAME»", "© ТОВ «NAME»"): up to
# three words before the opening guillemet, none of them holding a digit or ending a
# sentence ("© 2026 Example News. Photo «TITLE»" quotes a work, not its holder).
_QUOTED_HOLDER = re.compile(
    r"(?:©|ⓒ|\([cC]\)|Copyright)\s*(?:Copyright\s*)?(?:©\s*)?"
    rf"(?:{_NOTICE_YEAR}(?:\s*[-–]\s*{_NOTICE_YEAR})?\s*[.,]?\s*)?"
    r"(?:[^\W\d_][^\s\d«».,;:|·•]*\s+){0,3}«(?P<name>[^«»\d]{2,60})»"
)


def _quoted_holder(line: str) -> tuple[str, tuple[int, int], str] | None:
    """The holder of a notice that writes it in guillemets (``_QUOTED_HOLDER``): the
    quoted name without the generic nouns that open a company's name inside the quotes
    ("Северная волна" of "ООО «Телерадиокомпания Северная волна»"); None for no such
    notice."""
    match = _QUOTED_HOLDER.search(ascii_digits(line))
    if match is None or not match.group("name").strip():
        return None
    start, end = match.span("name")
    text = line[start:end]
    start += len(text) - len(text.lstrip())
    text = text.strip()
    words = text.split()
    while len(words) > 1 and is_company_word(words[0], LEADING_COMPANY_WORDS):
        start = line.index(words[1], start + len(words[0]))
        words = words[1:]
    name = " ".join(words)
    return name, (start, start + len(line[start:].split("»", 1)[0].rstrip())), "copyright"


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
        if deep and is_encoded_link("https://" + line[start : end + len(written)]):
            # an aggregator's encoded link ("news.google.com/articles/CBMi...") names no
            # site; a site's own short link (a print page's "site.com/n/3PX7M") does
            return None
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


# A page's title line as a browser or scraper prints it above the page: "Headline | Site"
# (the site's name after the last separator; the headline before it).
_TITLE_LINE = re.compile(rf"^\s*(?P<headline>\S.*\S)\s+(?:\||-|–|—|::|·|»)\s+(?P<name>{_NAME})\s*$")
# The same line closing with a name in a script without case, after a spaced mark or a
# full-width one ("見出し｜北浜新報", "제목 - 한빛일보", "தலைப்பு | தென்றல் செய்திகள்") or an
# underscore between two characters of a script written without spaces ("标题_江屿晚报");
# the name is read only when :func:`~analysis.clean.title_separators.caseless_title_name`;
# a script's own full stop parts it too ("শিরোনাম । নদীপাড় বার্তা", "ርዕስ ። ሐይቅ ዜና").
_CASELESS_TITLE_LINE = re.compile(
    rf"^\s*(?P<headline>\S.*\S)(?:\s+(?:\||-|–|—|::|·|»)\s+|{UNSPACED_TITLE_MARK}"
    rf"|{SCRIPT_STOP_TITLE_MARK}|(?<=[{UNSPACED_SCRIPTS}])_(?=[{UNSPACED_SCRIPTS}]))"
    r"(?P<name>[^\s|｜－丨_\-–—·»\u0964\u0965\u1362]"
    r"(?:[^|｜－丨_\-–—·»\u0964\u0965\u1362]*[^\s|｜－丨_\-–—·»\u0964\u0965\u1362])?)\s*$"
)
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
    match = _TITLE_LINE.match(lines[first][offset:]) or _caseless_title_line(
        without_section_path(lines[first][offset:])  # "제목 < 사회 < 기사본문 - 한빛일보"
    )
    opening = site_first_parts(lines[first][offset:]) if match is None else None
    if match is None and opening is None:  # (a site first: "滨江晨报·标题")
        return None
    name, headline = (match.group("name"), match.group("headline")) if match else opening
    headline = " ".join(headline.split())
    printed = _printed_at(lines, first, headline)
    # "Headline | Sport | Site": a section's label between the headline and the site (a
    # word or a few, as a <title>'s)
    sectioned = _TITLE_LINE.match(headline) if not printed else None
    if sectioned is not None and count_words(sectioned.group("name")) <= SECTION_WORDS:
        headline = " ".join(sectioned.group("headline").split())
        printed = _printed_at(lines, first, headline)
    if not printed:
        return None
    if masthead_name(headline) and not any(_over_prose(lines, i) for i in printed):
        return None  # "Site - Tagline" over the site's masthead "Site"
    if printed_as_section(lines, name, printed, first):
        return None
    # the line's own span (a section path taken off; a site first: its first printing)
    start = lines[first].rindex(name) if match else lines[first].index(name)
    return name, (first, start, start + len(name))


def _printed_at(lines: Sequence[str], first: int, headline: str) -> list[int]:
    """The lines but the title line ``first`` that print ``headline`` alone."""
    return [i for i, line in enumerate(lines) if i != first and " ".join(line.split()) == headline]


def _caseless_title_line(line: str) -> re.Match[str] | None:
    """A title line closing with a site's name in a script without case
    (:data:`_CASELESS_TITLE_LINE`, :func:`~analysis.clean.title_separators.caseless_title_name`)."""
    match = _CASELESS_TITLE_LINE.match(line)
    return match if match is not None and caseless_title_name(match.group("name")) else None


def _over_prose(lines: Sequence[str], index: int) -> bool:
    """Whether the nearest line with text below line ``index`` is prose (more than
    :data:`analysis.clean.site_name_shapes.CHROME_LINE_WORDS` words): a headline over its
    story, not a masthead."""
    below = next((k for k in range(index + 1, len(lines)) if lines[k].strip()), None)
    return below is not None and count_words(lines[below]) > CHROME_LINE_WORDS


# The gap between the entries of a row of links a text dump prints on one line: two
# spaces or more ("News  Sport  Opinion"; a tab parts a table's cells, not links).
