"""The shapes a site's name is written in, shared by the modules that read names off lines.

A capitalized word in any script with case, the particles and elided articles that join
a name's words, the longest name in words, a domain written as a site's address, and the
length under which a line is site chrome rather than prose.
"""

from __future__ import annotations

import re

from analysis.text import COMBINING_MARKS, LOWER_LETTERS, UPPER_LETTERS

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
NAME_CAPITAL = f"[{UPPER_LETTERS}]"


CAP_WORD = rf"{NAME_CAPITAL}(?:[\w'’&+.\-]|[{COMBINING_MARKS}])*(?:\w|[{COMBINING_MARKS}])"


#: The elided article or preposition glued before a name's capitalized word (French,
#: Italian, Catalan, Occitan: "Le Progrès de l’Aubrac", "Gazzetta dell’Isola"); a first
#: word opens with its capital ("L’Écho ...").
ELIDED_ARTICLE = rf"[{LOWER_LETTERS}]{{1,4}}['’]"


INNER_CAP_WORD = rf"(?:{ELIDED_ARTICLE})?{CAP_WORD}"


#: Words joining a name's capitalized words ("Corriere della Sera", "Diário dos Açores",
#: "Weser-Kurier am Abend", "Krant van Noord"), English and the page languages'. Not
#: German "zum"/"zur": they join a link's words ("Zurück zur Übersicht"), not a paper's.
SITE_NAME_PARTICLES = (
    "of|de|da|do|di|du|and|&|the|on|by|del|della|dello|delle|dei|degli|des|der|den|dem"
    "|das|dos|na|no|nas|nos|em|vom|am|van|voor|för|och|af|i|w|e|y|et|und|el"
    "|la|le|los|las"
)


DOMAIN = re.compile(
    r"(?<![\w.@-])(?:www\.)?(?P<domain>[a-z0-9][a-z0-9-]{1,62}(?:\.[a-z0-9-]{2,63})*"
    r"\.[a-z]{2,12})(?![\w@-])",  # not an e-mail address's local part ("name.x@...")
    re.IGNORECASE,
)
