"""The speaker a label line names before its quote: 'Name, role: "..."'.

Round-ups of reactions print one line a person, the person's name (and role) as a label,
a colon and the quote, with no verb of saying and no predicate ("- Councillor Priya
Deshmukh, leader of Harrowgate council: "..."", "– Gemeindepräsident Urs Brändli: «...»",
"Poslanec Marek Doležal: „...“"; a headline "Name: "..."" likewise). The label opens
its line (after a list mark or a dash), the quote closes it, and the label's first
comma-delimited part is a name: it ends with a capitalised word and holds at least two
(a role word or a title may come first: "Local resident Ann Fairbairn", "Ministr dopravy
Tomáš Vrba"). That part is the speaker; a role or an affiliation after its comma is
left out, as after any name, and so is a place or a body after "of" ("Martin Pryce of
Kellan Bay Fishermen's Association": :mod:`.affiliations`). Scripts without capitals
name no one here. Rules: "Attribution" in :mod:`analysis.stats.quotes`.
"""

from __future__ import annotations

import re

from analysis.stats.quotes.affiliations import name_before_of
from analysis.stats.quotes.foreign_speakers import COMMAS, WORD_RE
from analysis.stats.quotes.lexicon import _MASK, GROUP_NOUNS
from analysis.stats.quotes.role_nouns import ROLE_NOUNS
from analysis.stats.quotes.speaker_names import _PARTICLES, ROLE_WORDS
from analysis.text.lines import BULLET_MARKS

#: The longest label, in words: a name, a role and an affiliation ("Martin Pryce of
#: Kellan Bay Fishermen's Association", "Local resident Ann Fairbairn, 68, who lives on
#: Station Road"); a longer stretch before a colon is a sentence, not a label.
MAX_LABEL_WORDS = 14

#: The longest name part (before the label's first comma), in words: up to three role
#: words or titles and a name of up to four ("Harrowgate Town FC chairman Gareth Moyle").
MAX_NAME_WORDS = 7

_LIST_MARKS = BULLET_MARKS + "–—"
_CLOSING = re.compile(r"[\s.,;!?…)\]]*")
#: Marks between a section's or a series' name, or a topic's, and the label after it
#: ("Entrevista | X:", "Bahnstreik: GDL-Chef X:", "专访｜X：").
_KICKER_MARKS = ("|", "｜", "·", "•", ":")
#: A label, its colon, an opening mark, the quote, a closing mark and closing punctuation.
_LABEL_LINE = re.compile(r"([^:\n]+):\s*[\"“„«»‚‘‹›「『].*[\"”“«»’‘‹›」』][\s.,;!?…]*$")


def label_speaker(masked: str, colon: int, stop: int) -> tuple[int, int] | None:
    """Offsets of the name a label line gives its quote (or None).

    Parameters
    ----------
    masked : str
        A line with its quoted spans masked.
    colon : int
        The offset of the colon right before the quote's opening mark.
    stop : int
        The offset after the quote's closing mark.

    Returns
    -------
    tuple of int or None
        The name's offsets into ``masked``: the label's first comma-delimited part. None
        when something other than closing punctuation follows the quote, the label does
        not open the line, holds a quote, is longer than :data:`MAX_LABEL_WORDS` words,
        or its first part is no name (see the module docstring).
    """
    if _CLOSING.fullmatch(masked, stop) is None:
        return None
    lo = len(masked) - len(masked.lstrip())
    if masked[lo : lo + 1] in _LIST_MARKS and masked[lo + 1 : lo + 2].isspace():
        lo = len(masked) - len(masked[lo + 1 :].lstrip())
    return _name(masked, lo, colon)


#: The longest label a headline prints before its quote with no name of two capitalised
#: words ("Farmers: "..."", "Health minister: "...""): a speaker's noun and a word or two
#: of role or place; a longer stretch is a clause.
HEADLINE_LABEL_WORDS = 3

#: Section labels a headline opens with before a colon (kickers, lower case: "Live:",
#: "Watch:", "Exclusive:", "Analysis:", "Video:", "Entrevista:"): no speaker. A label in
#: capitals only ("VIDEO:", "EN DIRECT:") is one too.
KICKER_WORDS = frozenset(
    {
        "live", "watch", "video", "videos", "exclusive", "breaking", "opinion", "analysis",
        "update", "updated", "explainer", "interview", "review", "podcast", "poll",
        "editorial", "comment", "photos", "pictures", "gallery", "listen", "revealed",
        "pictured", "quiz", "factcheck", "foto", "fotos", "entrevista", "exclusif",
        "exclusiva", "exklusiv", "kommentar", "direct", "directo",
    }
)  # fmt: skip

#: Colons a headline label ends with: the Latin one, the full-width one and the Khmer
#: "៖".
_HEADLINE_COLONS = (":", "：", "៖")


def headline_label(masked: str, colon: int, stop: int) -> tuple[int, int] | None:
    """Offsets of the label a headline prints before its quote, when the label is no
    name of two capitalised words (which :func:`label_speaker` reads): one to
    :data:`HEADLINE_LABEL_WORDS` words of letters, opening the line (or after a topic's
    name and a kicker mark: "Bahnstreik: …") and ending with a noun of a speaker (a
    role, a group of people: :data:`_SPEAKER_NOUNS`; in Arabic and Hebrew letters
    opening with one, the head of its construct: "وزير الخارجية"), a colon and one
    quotation closing it ("Farmers: "We were promised a bridge""). A topic after the
    speaker is left out ("Premier o strajku rolników:", "Retired judge, 91, on six
    decades in the law:": :func:`_before_topic`).

    Parameters
    ----------
    masked : str
        The headline (a body's first line) with its quoted spans masked.
    colon : int
        The offset of the colon right before the quote's opening mark.
    stop : int
        The offset after the quote's closing mark.

    Returns
    -------
    tuple of int or None
        The label's offsets into ``masked``; None when something other than closing
        punctuation follows the quote, the label holds a quote, a digit or a sign, is
        longer than :data:`HEADLINE_LABEL_WORDS` words, opens with a kicker word
        (:data:`KICKER_WORDS`), is printed in capitals only or ends with no speaker's
        noun.
    """
    if (
        masked[colon : colon + 1] not in _HEADLINE_COLONS
        or _CLOSING.fullmatch(masked, stop) is None
    ):
        return None
    lo = _after_kicker(masked, colon)
    label = _before_topic(masked[lo:colon].rstrip())
    words = label.split()
    if not words or len(words) > HEADLINE_LABEL_WORDS or _MASK in label:
        return None
    if not all(_LABEL_WORD.fullmatch(word) for word in words):
        return None
    if words[0].lower() in KICKER_WORDS:
        return None
    cased = [word for word in words if word.lower() != word.upper()]
    if cased and all(word.isupper() for word in cased):
        return None  # "VIDEO", "EN DIRECT": a section's label
    head = words[0] if _HEAD_FIRST.match(words[0]) else words[-1]
    if head.lower() not in _SPEAKER_NOUNS:
        return None  # a topic, not a speaker: "Bridge closure: "..."", "Brexit: "...""
    return lo, lo + len(label)


#: A script whose construct puts the head noun first, its complement after ("وزير
#: الخارجية", minister of foreign affairs; "ראש העירייה"): Arabic and Hebrew letters.
_HEAD_FIRST = re.compile(r"[\u0590-\u06ff]")

#: A word that opens a headline's topic after its speaker ("Powell on rates:", "Premier o
#: strajku:", "Le maire sur la grève :", "Merz über die Rente:", "Alcaldesa sobre el
#: agua:", "Ministro su manovra:", "Мэр о ремонте:", "Minister over de tunnel:", "Statsministern
#: om skatten:"): the speaker is what stands before.
_TOPIC = re.compile(r"(?:,\s*\d{1,3},)?\s+(?:on|o|sur|über|zu|sobre|su|о|об|про|over|om)\s+\S")


def _after_kicker(
    masked: str, colon: int, lo: int | None = None, marks: tuple[str, ...] = _KICKER_MARKS
) -> int:
    """Where a label ending at ``colon`` starts: after a section's or a topic's name and
    its mark (one of ``marks``), else at ``lo`` (default: the line's first letter)."""
    if lo is None:
        lo = len(masked) - len(masked.lstrip())
    kicker = max(masked.rfind(mark, lo, colon) for mark in marks)
    return lo if kicker == -1 else len(masked) - len(masked[kicker + 1 :].lstrip())


#: One capitalised word: a surname as a headline's label ("Силуанов:", "Ferretti:").
_ONE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def headline_surname(masked: str, colon: int, stop: int, story: str) -> tuple[int, int] | None:
    """Offsets of a headline's one-word label that is the surname of a person the story
    names in full ("Силуанов: «…»" over "Министр финансов Антон Силуанов", "Manovra,
    Ferretti: «…»" over "il ministro Giulio Ferretti"): a capitalised word, after a
    topic's name and a kicker mark or a comma, that ``story`` prints right after another
    capitalised word. A topic ("Brexit: "…"") is named so nowhere.

    Parameters
    ----------
    masked : str
        The headline with its quoted spans masked.
    colon : int
        The offset of the colon right before the quote's opening mark.
    stop : int
        The offset after the quote's closing mark.
    story : str
        The body after the headline.

    Returns
    -------
    tuple of int or None
        The label's offsets into ``masked``, or None.
    """
    if (
        masked[colon : colon + 1] not in _HEADLINE_COLONS
        or _CLOSING.fullmatch(masked, stop) is None
    ):
        return None
    lo = _after_kicker(masked, colon, marks=_KICKER_MARKS + tuple(COMMAS))
    label = masked[lo:colon].rstrip()
    if not _ONE_WORD.fullmatch(label) or not label[0].isupper() or label.isupper():
        return None
    full = re.compile(rf"(?<![\w'’-])([^\W\d_][\w'’-]*)[ \u00a0]{re.escape(label)}(?![\w'’-])")
    if any(found[1][0].isupper() for found in full.finditer(story)):
        return lo, lo + len(label)
    return None


def _before_topic(label: str) -> str:
    """A headline label's speaker part: the words before a topic word (:data:`_TOPIC`)
    and an age between commas before it ("Retired judge, 91, on six decades in the
    law" gives "Retired judge"); the label whole when it has none."""
    found = _TOPIC.search(label)
    return label[: found.start()] if found and found.start() else label


#: Nouns that name who speaks, ending a headline's label: role words and titles
#: ("Minister", "Mayor", "Bürgermeister"), groups of people ("Farmers", "Residents",
#: "Nurses") and the role nouns of the scripts without case ("شهردار", "ראש").
_SPEAKER_NOUNS = ROLE_WORDS | GROUP_NOUNS | ROLE_NOUNS


#: A word of a headline label: letters and the marks written on them (a Brahmic vowel
#: sign, a Khmer or Lao one), joined by a hyphen, an apostrophe or a joiner.
_LABEL_WORD = re.compile(
    r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1780-\u17ff\u200c\u200d'’-])+"
)


def is_label_line(text: str, start: int) -> bool:
    """Whether ``text[start:]`` (a line after its list mark or dash) is a label line:
    a name, a colon and one quotation closing the line ("Regula Imhof, Gewerkschaft
    Syna: «...»"), which a round-up of reactions prints as a list, not dialogue.

    Parameters
    ----------
    text : str
        A line.
    start : int
        Where its words start, after a list mark or a dash.

    Returns
    -------
    bool
        True when a colon is followed by an opening quotation mark, the line ends with
        a closing one and the words before the colon are a label's name.
    """
    found = _LABEL_LINE.match(text, start)
    return found is not None and _name(text, start, found.end(1)) is not None


#: Prepositions of place (lower case), with their contractions with an article, in the
#: languages whose labels print capitals: a label part holding one names a place or a
#: topic ("Seca no Alentejo", "Chaos in Berlin", "Streik bei der Bahn"), not a person
#: or a role ("Ministr dopravy Tomáš Vrba", "Mayor of Springfield").
_PLACE_PREPOSITIONS = frozenset(
    {
        "in", "at", "on", "im", "am", "beim", "bei", "no", "na", "nos", "nas", "em", "en",
        "dans", "au", "aux", "nel", "nella", "nei", "sulla", "sul", "op", "bij", "w", "we",
        "в", "во", "на", "på", "în",
    }
)  # fmt: skip


def _name(text: str, lo: int, colon: int) -> tuple[int, int] | None:
    """The name part of the label ``text[lo:colon]`` (see the module docstring), or None."""
    # "Entrevista | Lucía Barrenechea: «...»": a section's name before
    lo = _after_kicker(text, colon, lo)
    label = text[lo:colon]
    if not label or _MASK in label:
        return None
    words = list(WORD_RE.finditer(text, lo, colon))
    if not words or len(words) > MAX_LABEL_WORDS:
        return None
    comma = next((i for i, c in enumerate(label) if c in COMMAS), len(label))
    name = [w for w in words if w.start() < lo + comma]
    capitals = [w for w in name if w[0][:1].isupper()]
    if (
        not name
        or len(name) > MAX_NAME_WORDS
        or len(capitals) < 2
        or not name[0][0][:1].isupper()
        or not name[-1][0][:1].isupper()
        or any(w[0] in _PLACE_PREPOSITIONS for w in name)
    ):
        return None
    end = name[-1].end()
    person = name_before_of(text[lo:end], _PARTICLES, ROLE_WORDS)
    return lo, end if person is None else lo + person  # "Martin Pryce of X Association"
