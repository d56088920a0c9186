"""Direct quotations in an article body: spans, attribution, speakers (stage: metrics).

Definitions (docs/quotes.md and docs/metrics.md quote them)
-----------------------------------------------------------
Word
    :func:`analysis.text.count_words`: a whitespace-separated token with a letter or digit.

Quotation marks
    Double marks: ``“ ” „ ‟ « »``, the straight ``"`` and two apostrophes used as one
    double mark (``''``, the New York Times house style). Single marks: ``‘ ’ ‚ ‛`` and
    the straight ``'``. Curly and guillemet marks carry a direction; a straight mark, or a
    curly mark whose neighbours contradict its direction, is read from its neighbours: it
    can open after a line start, a space, an opening bracket, a dash, a slash, a colon or
    another mark when a non-space follows; it can close after a non-space when a line
    end, a space or punctuation follows.

Not a quotation mark
    * an apostrophe: a letter or digit on both sides (``Canada's``, ``Lisbon’s``,
      ``5'10``);
    * an elision at the start of a word: a year or decade (``'90s``, ``'16``) and the
      short forms ``'n'``, ``'em``, ``'til``, ``'tis``, ``'twas``, ``'cause``, ``'bout``;
    * a prime after a height (``5'10"``);
    * a mark right after ``=``: a markup attribute (``<tweet id="...">``);
    * a plural possessive (``others' views``): an ``s'`` followed by a space and a word
      never opens a quote, and closes an open single-quoted span only when no other
      closing mark follows before the next opening mark of the paragraph.

Primary marks
    Double marks are primary. Single marks are primary only in a body in which the
    double marks pair into no span at all (news aggregators rewrite “…” as '…');
    otherwise a single-quoted span can only sit inside a double-quoted one, and nested
    spans are counted once, as part of the outer span. Only top-level spans are returned.

Spans and paragraphs
    A span is the text strictly between an opening mark and the next closing mark of
    the same family. A span never crosses a line break. An opening mark that is never
    closed runs to the end of its line only when it starts the line (the house style
    for a quotation that goes on over several paragraphs: each paragraph opens with a
    mark, only the last one closes); otherwise it is a stray mark and ignored. An
    opening mark followed by another opening mark before any closing one is stray. A
    new span cannot open in the same whitespace token as the previous span closed, so
    the quoted words of a body never outnumber its words. Spans without a word are
    dropped.

Sentences
    Within a line, a sentence ends after ``.``, ``!``, ``?`` or ``…`` (plus any closing
    marks or brackets) followed by a space and an upper-case letter, a digit, an opening
    mark or bracket, unless the word before the period is a title or a common
    abbreviation (Mr., Gov., Sen., U.S., Jan., ...) or a single initial. A sentence end
    inside a quoted span does not count, so a quoted span lies in one sentence.

Attribution
    A span is attributed when the text of its sentence outside every quoted span holds a
    reporting cue: a lower-case verb of saying, writing, asking, naming, judging or
    believing in its inflected forms (said, says, told, added, stressed, insisted,
    claimed, wrote, asked, warned, noted, explained, called, slammed, rejected,
    believes, found, ...: ``REPORTING_VERBS``) or one of the phrases "according to" (also
    "According to"), "as cited by", "pointed out", "put it". A cue word right after a
    determiner or a possessive is a noun and no cue ("the claims", "the mayor's remarks");
    a hyphenated word is no cue ("so-called"). When a span is a sentence of its own
    (no word of its sentence lies outside quotes), the previous sentence of the line,
    then the next, then the last sentence of the previous paragraph when that ends with
    a colon are tried. A paragraph that opens
    with a quote and has no cue inherits the attribution of the next paragraph when the
    quote runs on into it (an unclosed opening mark), else of the last attributed quote
    of the previous paragraph (the news convention for a speaker who goes on talking).
    English only.

Speaker
    A speaker and cue right after the closing mark come first ("...," it added;
    "...," said the official), unless the cue relays a publication ("reported",
    "according to"). Otherwise the cues of the sentence are tried nearest to the span
    first, and the first that yields a noun phrase gives the speaker (``cue`` is that
    cue). For "according to X" and for verbs of saying in inverted order ("said the
    official", "said spokesman Ana Ruiz") the phrase after the cue, unless a clause
    follows ("said the judge had ..."); otherwise the phrase before the cue, skipping
    auxiliaries, modals and adverbs ("the council has insisted"), a time adjunct ("Lee
    last week said"), one adjunct ("Lopez at the time called"), an aside between
    dashes or brackets ("Sen. Lee (R-Utah) said"), or the name around an appositive
    ("Ana Ruiz, a veteran strategist, said" gives "Ana Ruiz"; "his campaign chairman,
    Tom Reed, said" gives "Tom Reed"; "Ann Lee, R-Utah, said" and "Ana Ruiz, 67, of
    Provo, Utah, said" give the opening name). The subject of a passive cue ("was
    called") is no speaker. Failing all of these, the subject that opens the clause
    ("Lee, who chairs the panel, said"). A phrase stops at commas, quotes, dashes,
    conjunctions, relative pronouns and prepositions, goes on through "of", "for",
    "from" and "behind" ("a spokesman for the campaign"), and has at most eight words.
    It must be a noun phrase (:func:`_speaker_span`): outer dashes and punctuation, a
    dateline before a dash and a trailing bracket are dropped, and a phrase holding an
    auxiliary or modal, a contraction, an adverb or a reporting verb that is no noun,
    or with a preposition at an end, is rejected. A span can be attributed with no
    speaker.

Pronoun speakers
    A speaker printed as "he" or "she" is replaced by the name of the nearest earlier
    quote's speaker when the quotes of this and the previous paragraph name only that
    one person, the writer's words since that quote name nobody else, and no courtesy
    title contradicts the pronoun (:func:`resolve_pronoun_speakers`);
    ``speaker_as_printed`` keeps "he". Other
    pronouns (they, we, I, it, you) are kept as printed.

Scare quotes
    An unattributed span of three words or fewer (``is_scare``).

Shares
    A span's ``n_words`` is ``count_words`` of its text (marks excluded).
    ``quote_share`` = words of the spans that are not scare quotes / body words;
    ``quote_share_all`` = words of all spans / body words. NaN when the body has no
    words. Both lie in [0, 1]. Pooled over many bodies: sum of quoted words / sum of
    body words (:func:`quote_word_counts` gives the numerators).

Validity and speed
    On 667 PolNeAR articles (benchmarks/quotes_polnear.py, docs/quotes.md): span F1 0.96
    (overlap) against quotes derived from human attribution annotations, speaker
    accuracy 0.85, publisher shares within 0.4 points. About 0.5 ms per 1,000 words
    (linear in the body).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from operator import attrgetter
from typing import NamedTuple

from analysis.text import count_words

SCARE_MAX_WORDS = 3
# A text holds a word exactly when it holds a letter or digit (analysis.text).
_WORD_CHAR = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class Quote:
    """One top-level quoted span of a body.

    Attributes
    ----------
    start, end : int
        Offsets into the body of the text strictly between the marks.
    text : str
        ``body[start:end]``.
    n_words : int
        Words in the span (analysis.text.count_words).
    paragraph : int
        Index of the paragraph (blank-line separated) that holds the span.
    attributed : bool
        The sentence names a speaker with a reporting verb.
    speaker : str or None
        The speaker, when attributed and named: as printed, except that a pronoun
        ("he", "she") is replaced by the name it stands for when that is unambiguous
        (see "Pronoun speakers" in the module docstring).
    is_scare : bool
        Unattributed and three words or fewer: counted in quote_share_all only.
    mark_style : str
        ``"double"`` or ``"single"``: the family of the marks that delimit the span.
    open_mark, close_mark : str
        The marks as printed; ``close_mark`` is ``""`` for a span that runs to the end
        of its paragraph.
    cue : str or None
        The reporting cue (verb or phrase) that attributes the span, lower-cased.
    speaker_start, speaker_end : int or None
        Offsets of the speaker as printed (``speaker_as_printed``) in the body.
    speaker_as_printed : str or None
        The speaker as the sentence prints it ("he" for a resolved pronoun).
    """

    start: int
    end: int
    text: str
    n_words: int
    paragraph: int
    attributed: bool
    speaker: str | None
    is_scare: bool
    mark_style: str = "double"
    open_mark: str = ""
    close_mark: str = ""
    cue: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_as_printed: str | None = None


# --------------------------------------------------------------------------- marks

_DOUBLE_MARKS = frozenset({'"', "''", "“", "”", "„", "‟", "«", "»"})
_OPENING = frozenset({"“", "„", "‟", "«", "‘", "‚", "‛"})
_CLOSING = frozenset({"”", "»", "’"})
_QUOTE_CHARS = "\"'“”„‟«»‘’‚‛"
# A run of two apostrophes is one double mark; in "'''" the single comes first
# (".'''" closes a nested single, then the double).
_MARK_RE = re.compile(r"''(?!')|[\"“”„‟«»‘’‚‛']")
_DOUBLE_CHARS = '"“”„‟«»'
_LINE_BREAK_CHARS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_BEFORE_OPENING = frozenset("([{<—–-/:;" + _QUOTE_CHARS)
_AFTER_CLOSING = frozenset(".,;:!?)]}>—–-/…" + _QUOTE_CHARS)
_ELISION_RE = re.compile(
    r"[‘’']n[‘’'](?![^\W_])"
    r"|[‘’'](?:\d\d(?:s|th)?|em|til|tis|twas|cause|bout)(?![^\W_])",
    re.IGNORECASE,
)
_PRIME_RE = re.compile(r"\d['’]\s?\d{1,2}$")
_SPACE_RE = re.compile(r"\s")


class _Mark(NamedTuple):
    pos: int
    end: int
    char: str
    can_open: bool
    can_close: bool
    weak_close: bool  # a plural possessive that may close


def _classify(body: str, pos: int, end: int, char: str) -> _Mark | None:
    """Return the roles a mark can play, or None when it is not a quotation mark."""
    prev = body[pos - 1] if pos > 0 else ""
    nxt = body[end] if end < len(body) else ""
    single = char not in _DOUBLE_MARKS
    if single:
        if prev.isalnum() and nxt.isalnum():
            return None  # apostrophe inside a word
    elif (prev.isdigit() or prev == "\n") and _PRIME_RE.search(body, max(0, pos - 6), pos):
        # (the pattern ends with a digit, or a digit and the newline "$" may precede)
        return None  # 5'10"
    if prev == "=":
        return None  # a markup attribute: <tweet id="...">
    prev_space, next_space = not prev or prev.isspace(), not nxt or nxt.isspace()
    left_ok = (prev_space or prev in _BEFORE_OPENING) and not next_space
    right_ok = not prev_space and (next_space or nxt in _AFTER_CLOSING)
    if char in _OPENING:
        can_open, can_close = not (right_ok and not left_ok), right_ok and not left_ok
    elif char in _CLOSING:
        can_open, can_close = left_ok and not right_ok, not (left_ok and not right_ok)
    elif left_ok or right_ok:
        can_open, can_close = left_ok, right_ok
    else:
        can_open = can_close = True  # glued on both sides: 'said."The' or 'x"y'
    weak = False
    if single and prev in "sS" and nxt.isspace():
        follow = body[end + 1] if end + 1 < len(body) else ""
        if follow.isalnum():
            can_open, weak = False, True
    return _Mark(pos, end, char, can_open, can_close, weak)


def _elided(body: str, line_start: int, line_end: int) -> set[int]:
    """Offsets of single marks that belong to an elision ('90s, rock 'n' roll)."""
    skip: set[int] = set()
    for m in _ELISION_RE.finditer(body, line_start, line_end):
        if m.start() > 0 and body[m.start() - 1].isalnum():
            continue
        skip.add(m.start())
        if m[0].lower()[1:2] == "n" and len(m[0]) == 3:
            skip.add(m.end() - 1)
    return skip


#: A mark found in the body: (offset, end offset, the mark as printed).
_Found = tuple[int, int, str]


def _line_marks(body: str, found: Sequence[_Found], line_start: int, line_end: int) -> list[_Mark]:
    """Classify the marks of one line that belong to one family (double or single).

    ``found`` are the line's marks of that family (:func:`_marks_by_line`). One family
    at a time: single marks (mostly apostrophes) are only needed in the rare body whose
    double marks pair into no span, so they are not classified otherwise.
    """
    marks: list[_Mark] = []
    elided: set[int] | None = None
    for pos, end, char in found:
        if char not in _DOUBLE_MARKS:
            if elided is None:
                elided = _elided(body, line_start, line_end)
            if pos in elided:
                continue
        mark = _classify(body, pos, end, char)
        if mark is not None:
            marks.append(mark)
    return marks


def _double_marks(body: str) -> list[_Found]:
    """The double marks of ``body`` in order: what ``_MARK_RE`` finds of that family.

    Found with ``str.find`` (a fast scan in C) rather than the regex, which tests every
    character. ``_MARK_RE`` tries ``''`` before a single ``'`` at each position, so in a
    run of two or more apostrophes it finds singles and then one ``''`` made of the
    run's last two.
    """
    found: list[_Found] = []
    for char in _DOUBLE_CHARS:
        pos = body.find(char)
        while pos >= 0:
            found.append((pos, pos + 1, char))
            pos = body.find(char, pos + 1)
    pos = body.find("''")
    while pos >= 0:
        end = pos + 2
        while end < len(body) and body[end] == "'":
            end += 1
        found.append((end - 2, end, "''"))
        pos = body.find("''", end)
    found.sort()
    return found


def _marks_by_line(body: str, lines: Sequence[_Line], double: bool) -> dict[int, list[_Found]]:
    """The marks of one family, grouped by the index of their line.

    One scan of the whole body finds the same marks as one scan per line: a mark is one
    or two characters, never a line break, and the lookahead of ``''`` sees a line
    break in both cases. Lines are in order, so a forward walk assigns each mark.
    """
    if double:
        found = _double_marks(body)
    else:
        found = [
            (m.start(), m.end(), m[0]) for m in _MARK_RE.finditer(body) if m[0] not in _DOUBLE_MARKS
        ]
    grouped: dict[int, list[_Found]] = {}
    index, n_lines = 0, len(lines)
    for mark in found:
        pos = mark[0]
        while index < n_lines and lines[index].end <= pos:
            index += 1
        if index == n_lines:
            break
        if lines[index].start <= pos:
            grouped.setdefault(index, []).append(mark)
    return grouped


def _later_closer(marks: Sequence[_Mark], index: int) -> bool:
    """Whether a non-possessive closing mark follows before the next opening-only mark."""
    for mark in marks[index + 1 :]:
        if mark.can_close and not mark.weak_close:
            return True
        if mark.can_open and not mark.can_close:
            return False
    return False


def _pair(
    body: str, marks: Sequence[_Mark], line_start: int, line_end: int
) -> list[tuple[_Mark, _Mark | None]]:
    """Pair the marks of one line into top-level (opening, closing) spans."""
    spans: list[tuple[_Mark, _Mark | None]] = []
    opened: _Mark | None = None
    last_close: int | None = None
    for i, mark in enumerate(marks):
        if opened is None:
            # a span never opens in the whitespace token where the previous one closed
            if mark.can_open and (last_close is None or _has_space(body, last_close, mark.pos)):
                opened = mark
            continue
        if mark.weak_close:
            if not _later_closer(marks, i):
                spans.append((opened, mark))
                opened, last_close = None, mark.pos
        elif mark.can_close:
            spans.append((opened, mark))
            opened, last_close = None, mark.pos
        elif mark.can_open:
            opened = mark  # the earlier opening mark was stray
    if opened is not None and not body[line_start : opened.pos].strip():
        spans.append((opened, None))
    return spans


def _has_space(body: str, start: int, end: int) -> bool:
    return _SPACE_RE.search(body, start, end) is not None


# ----------------------------------------------------------------------- sentences


def _word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (keeps long word lists readable)."""
    return frozenset(text.split())


_ABBREVIATIONS = _word_set(
    """mr mrs ms dr prof gov sen rep gen col lt sgt capt cmdr adm maj st jr sr rev hon
    pres supt insp det atty inc corp co ltd bros no vs etc al approx dept est fig
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri
    sat sun u.s u.k u.n u.s.a e.u d.c a.m p.m i.e e.g ft mt ave blvd"""
)
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'“”‘’»)\]]*\s+(?=[\"'“‘«(\[]*[A-Z0-9\u00C0-\u024F])")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z.]+)\.$")


def _sentence_starts(line: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """Offsets (into ``line``) where sentences start; the first is always 0.

    A sentence end strictly inside one of ``spans`` (ordered, disjoint) does not count.
    """
    span_starts = [s for s, _ in spans]
    starts = [0]
    for m in _SENTENCE_END_RE.finditer(line):
        if line[m.start()] == ".":
            word = _WORD_BEFORE_RE.search(line, max(0, m.start() - 12), m.start() + 1)
            if word:
                token = word[1].lower().strip(".")
                if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                    continue
        at = m.end()
        # spans are in order and disjoint: only the last one opening before ``at`` can
        # hold it
        k = bisect_left(span_starts, at) - 1
        if k >= 0 and at < spans[k][1]:
            continue
        starts.append(at)
    return starts


# --------------------------------------------------------------------- attribution

REPORTING_VERBS: frozenset[str] = _word_set(
    """say says said saying tell tells told telling add adds added adding
    stated stating stress stresses stressed stressing
    insist insists insisted insisting claim claims claimed claiming
    write writes wrote written writing ask asks asked asking warn warns warned warning
    noted noting explain explains explained explaining
    call calls called calling declare declares declared declaring
    announce announces announced announcing argue argues argued arguing
    assert asserts asserted asserting acknowledge acknowledges acknowledged acknowledging
    admit admits admitted admitting recall recalls recalled recalling
    respond responds responded responding reply replies replied replying
    answered tweet tweets tweeted tweeting
    posted commented
    describe describes described describing suggest suggests suggested suggesting
    predict predicts predicted predicting promise promises promised promising
    vow vows vowed vowing pledge pledges pledged pledging urge urges urged urging
    demand demands demanded demanding accuse accuses accused accusing
    allege alleges alleged alleging contend contends contended contending
    counter counters countered countering concede concedes conceded conceding
    confirm confirms confirmed confirming deny denies denied denying
    complain complains complained complaining conclude concludes concluded concluding
    continue continues continued continuing remark remarks remarked remarking
    observe observes observed observing emphasize emphasizes emphasized emphasizing
    emphasise emphasises emphasised emphasising maintain maintains maintained
    quip quips quipped joke jokes joked joking boast boasts boasted boasting
    lament laments lamented lamenting testify testifies testified testifying
    shout shouts shouted shouting yell yells yelled yelling exclaim exclaims exclaimed
    wonder wonders wondered wondering labeled labelled labeling labelling
    dub dubs dubbed dubbing branded termed
    slam slams slammed slamming blast blasts blasted blasting
    criticize criticizes criticized criticizing criticise criticises criticised
    condemn condemns condemned condemning denounce denounces denounced denouncing
    reject rejects rejected rejecting dismiss dismisses dismissed dismissing
    praise praises praised praising hail hails hailed hailing mock mocks mocked mocking
    decry decries decried decrying reported
    think thinks thought believe believes believed consider considers considered
    cite cites cited citing quoted quoting notes surmise surmises surmised
    recount recounts recounted opine opines opined muse muses mused scoff scoffs scoffed
    retort retorts retorted fume fumes fumed gush gushes gushed interject interjected
    chime chimed reiterate reiterates reiterated repeat repeats repeated
    finds found"""
)
# Two-word cues: first word -> second word.
_PHRASE_CUES = {"according": "to", "cited": "by", "pointed": "out", "points": "out", "put": "it"}
_WORD_RE = re.compile(r"[\w'’-]+")
_CUE_FIRST_WORDS = REPORTING_VERBS | set(_PHRASE_CUES) | {"According"}


class _Cue(NamedTuple):
    start: int
    end: int
    word: str


_CUE_WORD_CHAR_RE = re.compile(r"[\w'’-]")


def _cue_words(masked: str) -> list[tuple[int, str]]:
    """The words of ``masked`` (as ``_WORD_RE`` splits them) that may start a cue.

    Found as: the cue words present (one ``findall`` and a set intersection), then
    each one's whole-word occurrences (``str.find``); the same as filtering every
    ``_WORD_RE`` match, without a match object per word.
    """
    present = _CUE_FIRST_WORDS.intersection(_WORD_RE.findall(masked))
    found: list[tuple[int, str]] = []
    for word in present:
        at = masked.find(word)
        while at >= 0:
            end = at + len(word)
            if not (
                (at > 0 and _CUE_WORD_CHAR_RE.match(masked, at - 1))
                or _CUE_WORD_CHAR_RE.match(masked, end)
            ):
                found.append((at, word))
            at = masked.find(word, end)
    found.sort()
    return found


def _find_cues(masked: str) -> list[_Cue]:
    """Reporting cues in ``masked`` (lower-case verbs and phrases; "According to" too)."""
    cues: list[_Cue] = []
    for start, word in _cue_words(masked):
        end = start + len(word)
        lower = "according" if word == "According" else word
        second = _PHRASE_CUES.get(lower)
        if second is not None:
            follow = _WORD_RE.match(masked, end + 1)
            if (
                follow is not None
                and masked[end] == " "
                and follow[0] == second
                and (lower != "cited" or masked[max(0, start - 3) : start] == "as ")
            ):
                cues.append(_Cue(start, follow.end(), f"{lower} {second}"))
                continue
        if lower in REPORTING_VERBS and not _after_determiner(masked, start):
            cues.append(_Cue(start, end, lower))
    return cues


# Inverted order ("said the official") only for verbs of saying proper.
_INVERTIBLE = _word_set(
    """say says said add adds added write writes wrote ask asks asked continue continues
    continued explain explains explained note notes noted recall recalls recalled
    reply replies replied respond responds responded warn warns warned insist insists
    insisted tweet tweets tweeted declare declares declared argue argues argued
    quip quips quipped joke jokes joked"""
)
_SKIP_BEFORE_CUE = _word_set(
    """has have had was is were are will would also later then once previously
    repeatedly reportedly recently again further publicly privately has also
    just already often never never quickly simply famously first last"""
)
_STOP_WORDS = _word_set(
    """and but or nor that which who whom whose when while where because since although
    though if so than as then is was are were be been being not to in on at with from
    after before during about into over under against between through without via
    upon toward towards it's there here what how why this these those"""
)
# Auxiliaries and modals: never part of a speaker; skipped between a subject and its cue
# ("the council has insisted", "Lee could only quip").
_AUXILIARIES = _word_set(
    """will would could can may might must shall should do does did has have had is are
    was were be been being"""
)
# Lower-case words ending in "-ly" that are nouns or adjectives, not adverbs.
_LY_NOUNS = _word_set(
    """ally family assembly supply rally anomaly monopoly belly bully italy july daily
    weekly monthly quarterly elderly early friendly lonely lovely costly ugly silly holy
    orderly timely deadly"""
)
_ADVERBS = _word_set(
    """even now only still also just already soon too always instead otherwise ever
    perhaps maybe almost indeed today yesterday tonight"""
)
_AUX_OR_ADVERBS = _AUXILIARIES | _ADVERBS
# Lower-case words that cannot open or close a speaker phrase.
_PHRASE_EDGE_BLOCKERS = _word_set(
    """of for by from behind despite like with without against about as than no such"""
)
# A contraction with a verb ("he'd", "wouldn't", "she's"): a clause, not a speaker.
_CONTRACTION_RE = re.compile(r"(?:n['’]t|['’](?:d|ll|re|ve|m))$|^(?:he|she|it|that)['’]s$")
# A time adjunct between a subject and its cue: "last week", "this month".
_TIME_NOUNS = _word_set(
    """week month year night weekend morning afternoon evening monday tuesday wednesday
    thursday friday saturday sunday"""
)
_TIME_MODIFIERS = _word_set("last this next earlier later")
_DASHES = frozenset({"-", "--", "–", "—", "―", "---"})
# Characters trimmed from both ends of a speaker phrase.
_SPEAKER_TRIM = "-–—―,;:(\"'“”‘’«»"
_LEADING_CONJUNCTIONS = frozenset({"but", "and", "so", "yet", "still", "meanwhile", "however"})
_ADJUNCT_PREPOSITIONS = frozenset({"at", "on", "in", "during", "since", "after", "before", "this"})
_NP_INNER = frozenset({"of", "for", "by", "the", "and"})
# Prepositions that join a head noun to its complement inside a speaker phrase.
_NP_LINKS = frozenset({"of", "for", "behind", "from"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})
_TOKEN_RE = re.compile(r"\S+")
_MASK = "\x00"


def _clean_token(token: str) -> str:
    return token.strip("\"'“”‘’«»()[]")


def _is_adverb(word: str) -> bool:
    """Whether a lower-cased word reads as an adverb ("likely", "even", "now")."""
    return word in _ADVERBS or (
        len(word) > 4 and word.endswith("ly") and word.isalpha() and word not in _LY_NOUNS
    )


def _is_filler(word: str) -> bool:
    """Whether a word may stand between a subject and its cue ("has", "later", "only")."""
    lower = word.lower()
    return word.islower() and (
        lower in _AUXILIARIES or lower in _SKIP_BEFORE_CUE or _is_adverb(lower)
    )


def _skip_back(tokens: Sequence[re.Match[str]], i: int, opener: frozenset[str] | str) -> int:
    """Index of the token before the one that opens an aside closed at ``tokens[i]``.

    ``opener`` is the set of dash tokens (an aside between dashes) or ``"("`` (a
    parenthesis). Returns -2 when the aside has no opening within the clause.
    """
    first = i if opener == "(" else i - 1  # "(R-Utah)" opens and closes in one token
    for j in range(first, max(-1, i - 40), -1):
        raw = tokens[j][0]
        if _MASK in raw:
            return -2
        if raw in opener if isinstance(opener, frozenset) else raw.startswith(opener):
            return j - 1
    return -2


_PHRASE_BREAKS = frozenset(',;:"”’»)')  # a token ending with one ends a phrase


# A speaker phrase with its asides ends within this many characters before its cue.
NP_LOOKBACK_CHARS = 1000


def _np_before(masked: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """Offsets of the noun phrase that ends just before a cue (or None).

    Only the last :data:`NP_LOOKBACK_CHARS` characters before the cue are read (cut at a
    space), so a clause that runs on for pages costs no more per cue than a sentence.
    """
    if cue_start - lo > NP_LOOKBACK_CHARS:
        cut = masked.find(" ", cue_start - NP_LOOKBACK_CHARS, cue_start)
        if cut != -1:
            lo = cut + 1
    tokens = list(_TOKEN_RE.finditer(masked, lo, cue_start))
    picked: list[re.Match[str]] = []
    skipped_adjunct = False
    i = len(tokens) - 1
    while i >= 0:
        tok = tokens[i]
        raw = tok[0]
        if not picked and (raw in _DASHES or (raw[-1] == ")" and _MASK not in raw)):
            # an aside between the subject and the cue: "X – a, b and c – urged",
            # "Sen. Lee (R-Utah) said"
            i = _skip_back(tokens, i, _DASHES if raw in _DASHES else "(")
            if i < -1:
                return None
            continue
        i -= 1
        if _MASK in raw or raw in _DASHES:
            break
        if raw[-1] in _PHRASE_BREAKS:
            if not picked and raw[-1] == ",":
                return _appositive_subject(tokens, i + 1)
            break
        clean = _clean_token(raw)
        word = clean.lower()
        if clean.islower() and (
            word in _AUX_OR_ADVERBS or (word.endswith("ly") and _is_adverb(word))
        ):
            if picked:
                break
            continue
        if not picked:
            if word in _SKIP_BEFORE_CUE:
                continue
            if (
                word in _TIME_NOUNS
                and i >= 0
                and _clean_token(tokens[i][0]).lower() in _TIME_MODIFIERS
            ):
                i -= 1  # "Lee last week said"
                continue
            if word in _PRONOUNS:
                return tok.start(), tok.start() + len(raw.rstrip(".,;:"))
        if word in _STOP_WORDS or word in REPORTING_VERBS:
            # an adjunct between subject and verb: "Smith on Monday said"
            if picked and word in _ADJUNCT_PREPOSITIONS and not skipped_adjunct:
                picked, skipped_adjunct = [], True
                continue
            break
        picked.append(tok)
        if word in _DETERMINERS or len(picked) == 8:
            before = _clean_token(tokens[i][0]).lower() if i >= 0 else ""
            if word in _DETERMINERS and before in _NP_LINKS and len(picked) < 6 and i > 0:
                # "a spokesman for the campaign", "the nations behind the panel"
                head = tokens[i - 1][0]
                if _MASK not in head and head[-1].isalnum() and not _is_filler(head):
                    head_word = _clean_token(head).lower()
                    if not (
                        head_word in _STOP_WORDS
                        or head_word in REPORTING_VERBS
                        or (head.islower() and head_word.endswith(("ed", "ing")))
                    ):
                        picked.append(tokens[i])
                        i -= 1
                        continue
            if before in _ADJUNCT_PREPOSITIONS and not skipped_adjunct:
                picked, skipped_adjunct, i = [], True, i - 1  # "Lopez at the time called"
                continue
            break
    while picked and _clean_token(picked[-1][0]).lower() in _NP_INNER - _DETERMINERS:
        picked.pop()
    if not picked or _verb_led(tokens, picked[-1]):
        return None
    return picked[-1].start(), picked[0].end()


def _verb_led(tokens: Sequence[re.Match[str]], first: re.Match[str]) -> bool:
    """Whether a phrase opening with ``first`` is a verb phrase, not a subject.

    A lower-case "-ed" or "-ing" word that follows a word of the same clause (who,
    and, is, newly, ...) opens a predicate: "who founded the site tweeted", "and
    carrying signs saying". At the clause start it is an adjective ("retired general").
    """
    word = _clean_token(first[0])
    if not (word.islower() and word.endswith(("ed", "ing"))):
        return False
    k = tokens.index(first) - 1
    if k < 0:
        return False
    before = tokens[k][0]
    return _MASK not in before and before[-1] not in ",;:" and before not in _DASHES


# A party-and-state tag or a state abbreviation set off by commas: "R-Ky.", "Mass.".
_PLACE_TAG_RE = re.compile(r"(?:[RDI]-[A-Z][A-Za-z.]*|[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)$")


def _place_chunk(tokens: Sequence[re.Match[str]], j: int, chunk: Sequence[str]) -> bool:
    """Whether the comma-delimited chunk at ``tokens[j]`` is a place or party tag.

    "R-Ky.", "Mass." or a capitalized word or two after a chunk that opens with "of",
    "in" or "from" ("Ana Ruiz, 67, of Provo, Utah, said").
    """
    if len(chunk) == 1 and _PLACE_TAG_RE.match(chunk[0]):
        return True
    if len(chunk) > 2 or not all(w[:1].isupper() for w in chunk):
        return False
    p = j - 1
    while p > 0 and not tokens[p - 1][0].endswith(",") and _MASK not in tokens[p - 1][0]:
        p -= 1
    return p < j - 1 and tokens[p][0] in {"of", "in", "from"}


def _first_chunk(tokens: Sequence[re.Match[str]], k: int) -> tuple[int, int] | None:
    """The name that opens the clause ending at ``tokens[k]``, up to its first comma.

    The clause starts after the last quoted span (mask) or at the first token; a
    leading conjunction is skipped. None unless every word is capitalized (or "of",
    "for", "by", "the", "and") and there are at most eight.
    """
    start = k
    while start > 0 and k - start < 40 and _MASK not in tokens[start - 1][0]:
        start -= 1
    if start > 0 and _MASK not in tokens[start - 1][0]:
        return None  # the clause is too long to tell
    if _clean_token(tokens[start][0]).lower() in _LEADING_CONJUNCTIONS:
        start += 1
    end = start
    while end < k and not tokens[end][0].endswith(","):
        end += 1
    words = [_clean_token(t[0]).rstrip(",") for t in tokens[start : end + 1]]
    if len(words) > 8 or not words[0][:1].isupper():
        return None
    if not all(w[:1].isupper() or w.lower() in _NP_INNER for w in words):
        return None
    return tokens[start].start(), tokens[end].start() + len(tokens[end][0].rstrip(","))


def _appositive_subject(tokens: Sequence[re.Match[str]], k: int) -> tuple[int, int] | None:
    """Subject of "Name, appositive, said" or "title, Name, said".

    ``tokens[k]`` ends the comma-delimited chunk just before the cue.
    """
    j = k
    while j > 0 and k - j < 12:
        previous = tokens[j - 1][0]
        if previous.endswith(",") or _MASK in previous:
            break
        j -= 1
    if j == 0 or not tokens[j - 1][0].endswith(","):
        return None
    chunk = [_clean_token(t[0]).rstrip(",") for t in tokens[j : k + 1]]
    if _place_chunk(tokens, j, chunk):
        # "Sen. Lee, R-Utah, said", "Ana Ruiz, 67, of Provo, Utah, said": the subject is
        # the first comma-delimited chunk of the clause
        first = _first_chunk(tokens, j - 1)
        if first is not None:
            return first
    if all(w[:1].isupper() or w.lower() in _NP_INNER for w in chunk) and chunk[0][:1].isupper():
        return tokens[j].start(), tokens[k].start() + len(tokens[k][0].rstrip(","))
    picked: list[re.Match[str]] = []
    for tok in reversed(tokens[max(0, j - 8) : j]):
        word = _clean_token(tok[0]).rstrip(",")
        if _MASK in tok[0] or (picked and tok[0].endswith(",")):
            break
        if not word[:1].isupper() or word.lower() in _STOP_WORDS:
            break
        picked.append(tok)
    if not picked:
        return None
    return picked[-1].start(), picked[0].start() + len(picked[0][0].rstrip(","))


def _np_after(masked: str, cue_end: int, hi: int) -> tuple[int, int] | None:
    """Offsets of the noun phrase that follows a cue ("said the official")."""
    picked: list[tuple[int, int]] = []
    for tok in _TOKEN_RE.finditer(masked, cue_end, hi):
        raw = tok[0]
        if _MASK in raw:
            break
        word = _clean_token(raw)
        lower = word.lower().rstrip(".,;:")
        if not picked and lower in _PRONOUNS:
            return tok.start(), tok.start() + len(raw.rstrip(".,;:!?"))
        if picked and word.islower() and (lower in _AUXILIARIES or _is_adverb(lower)):
            return None  # a clause follows: "said the judge had ..."
        if (lower in _STOP_WORDS and lower not in _NP_INNER) or raw in _DASHES:
            break
        if (
            picked
            and word.islower()
            and (lower in REPORTING_VERBS or lower.endswith("ing"))
            and _participle_follows(masked, picked[-1], tok)
        ):
            break  # "wrote a man calling himself ..."
        if not picked and not (word[:1].isupper() or lower in _DETERMINERS):
            following = masked[tok.end() : tok.end() + 2].strip()
            if not (lower.isalpha() and following[:1].isupper()):
                break  # "said spokesman Ana Ruiz" keeps the title
        stripped = raw.rstrip(',;:!?"”’)')
        ends_sentence = stripped.endswith(".") and lower not in _ABBREVIATIONS
        if ends_sentence:
            stripped = stripped[:-1]
        picked.append((tok.start(), tok.start() + len(stripped)))
        if stripped != raw or len(picked) == 8:
            break
    while picked and masked[picked[-1][0] : picked[-1][1]].lower() in _NP_INNER | _DETERMINERS:
        picked.pop()
    if not picked:
        return None
    return picked[0][0], picked[-1][1]


def _participle_follows(masked: str, previous: tuple[int, int], tok: re.Match[str]) -> bool:
    """Whether ``tok`` (lower case, after a picked word) starts a participle clause.

    A reporting verb, or an "-ing" word after a noun and before a lower-case word
    ("a man calling himself"); not an adjective ("a booming voice", "ranking Democrat").
    """
    word = _clean_token(tok[0]).lower()
    if word in REPORTING_VERBS:
        return not _after_determiner(masked, tok.start())
    if not word.endswith("ing") or masked[previous[0] : previous[1]].lower() in _DETERMINERS:
        return False
    following = _TOKEN_RE.search(masked, tok.end())
    return following is not None and _clean_token(following[0])[:1].islower()


def _clause_subject(masked: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase that opens the clause of a cue ("Lee, who ..., said").

    The clause starts at the sentence start or after the last quoted span before the cue.
    """
    picked: list[tuple[int, int]] = []
    after_determiner = False
    clause_start = max(lo, masked.rfind(_MASK, lo, cue_start) + 1)
    tokens = list(_TOKEN_RE.finditer(masked, clause_start, cue_start))
    for k, tok in enumerate(tokens):
        raw = tok[0]
        word = _clean_token(raw).lower().rstrip(",;:")
        if not word:
            continue
        if not picked and word in _PRONOUNS:
            return tok.start(), tok.start() + len(raw.rstrip(",;:"))
        if not picked and word in _LEADING_CONJUNCTIONS:
            continue
        capital = _clean_token(raw)[:1].isupper()
        title = bool(picked) and k + 1 < len(tokens) and tokens[k + 1][0][:1].isupper()
        if word in _DETERMINERS:
            after_determiner = True
        elif (
            word in _STOP_WORDS
            or word in _SKIP_BEFORE_CUE
            or word in REPORTING_VERBS
            or not (capital or title or after_determiner or (picked and word in _NP_INNER))
        ):
            break
        stripped = raw.rstrip(",;:")
        picked.append((tok.start(), tok.start() + len(stripped)))
        if stripped != raw or len(picked) == 8:
            break
    while picked and masked[picked[-1][0] : picked[-1][1]].lower() in _NP_INNER | _DETERMINERS:
        picked.pop()
    if not picked:
        return None
    return picked[0][0], picked[-1][1]


_NOUN_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|these|those)|[sS]['’]|['’]s)\s+$",
    re.IGNORECASE,
)


def _after_determiner(masked: str, start: int) -> bool:
    """Whether a cue word is used as a noun ("the claims", "his remarks")."""
    return bool(_NOUN_BEFORE_RE.search(masked, max(0, start - 12), start))


_cue_start = attrgetter("start")
# A dash that sets off a dateline or an aside: spaced, doubled, or an en/em dash.
_DASH_CHAR_RE = re.compile(r"[-–—―]")
# A phrase that may need tidying: a dash, a bracket or markup in it, or punctuation, a
# mark or a space at an end.
_INNER_UNTIDY = "-–—―(<"
_EDGE_UNTIDY = frozenset(_SPEAKER_TRIM + " ")
_PHRASE_DASH_RE = re.compile(r"\s+-+\s+|\s*(?:--|[–—―])\s*")


def _tidy(masked: str, start: int, end: int) -> tuple[int, int]:
    """Trim dashes, punctuation, a dateline, a parenthesis and markup off a phrase."""
    if _DASH_CHAR_RE.search(masked, start, end):
        for m in _PHRASE_DASH_RE.finditer(masked, start, end):
            if m.end() < end:
                start = m.end()
    while start < end and masked[start] in _SPEAKER_TRIM:
        start += 1
    while end > start and (masked[end - 1] in _SPEAKER_TRIM or masked[end - 1].isspace()):
        end -= 1
    paren = masked.find(" (", start, end)
    if paren > start:
        end = paren  # "Sen. Lee (R-Utah)" -> "Sen. Lee"
    markup = masked.find("<", start, end)
    if markup >= 0:
        end = markup  # "@handle</tweet>"
        while end > start and masked[end - 1] in _SPEAKER_TRIM + " ":
            end -= 1
    return start, end


def _speaker_span(masked: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Tidy a candidate speaker phrase, or reject it when it is no noun phrase.

    Outer dashes, commas and marks are trimmed; of a phrase cut by a dash only the part
    after the last dash is kept ("WASHINGTON — Sen. Lee"), and a trailing parenthesis
    or markup is dropped ("Sen. Lee (R-Utah)"). A phrase that holds an auxiliary or
    modal (will, would, has, ...), a contraction ("he'd"), an adverb ("likely") or a
    reporting verb that is no noun is rejected, as is one that opens or ends with a
    preposition: it is a clause, not a speaker.
    """
    if span is None:
        return None
    start, end = span
    phrase = masked[start:end]
    if phrase.isalpha() and (phrase[0].isupper() or phrase in _PRONOUNS):
        return span  # the common case: "Lee", "He", "she"
    if (
        phrase[0] in _EDGE_UNTIDY
        or phrase[-1] in _EDGE_UNTIDY
        or any(char in phrase for char in _INNER_UNTIDY)
    ):
        start, end = _tidy(masked, start, end)
        phrase = masked[start:end]
        if not _WORD_CHAR.search(phrase):
            return None
    if " " not in phrase and (
        phrase.lower() in _DETERMINERS
        or (phrase.islower() and phrase.isalpha() and phrase.endswith(("ed", "ing")))
    ):
        return None  # a lone determiner or participle ("voiced"): no noun phrase
    words = phrase.split()
    if words[0].lower() in _PHRASE_EDGE_BLOCKERS or words[-1] in _PHRASE_EDGE_BLOCKERS:
        return None  # "of RT", "out-of-touch for", "By the end of the day"
    apostrophe = "'" in phrase or "’" in phrase
    for raw in words:
        if raw[0].isupper() and not apostrophe:
            continue
        word = _clean_token(raw).rstrip(".,;:!?")
        if apostrophe and _CONTRACTION_RE.search(word.lower()):
            return None  # "he'd", "I'm"
        if not word.islower():
            continue
        if word in _AUX_OR_ADVERBS or (word.endswith("ly") and _is_adverb(word)):
            return None
        if word in REPORTING_VERBS:
            at = masked.find(raw, start, end)
            if not _after_determiner(masked, at):
                return None
    return start, end


class _Attribution(NamedTuple):
    cue: str
    speaker_start: int | None
    speaker_end: int | None


_AFTER_CUES = frozenset({"according to", "cited by"})  # the speaker follows the cue


def _cue_speaker(masked: str, lo: int, hi: int, cue: _Cue) -> tuple[int, int] | None:
    """The speaker phrase a cue names in ``masked[lo:hi]`` (or None)."""
    if cue.word in _AFTER_CUES:
        return _speaker_span(masked, _np_after(masked, cue.end, hi))
    passive = cue.word.endswith(_PARTICIPLE_ENDINGS) and _passive(masked, lo, cue)
    span = None if passive else _np_before(masked, lo, cue.start)
    span = _speaker_span(masked, span)
    if span is None and cue.word in _INVERTIBLE:
        span = _speaker_span(masked, _np_after(masked, cue.end, hi))
    return span


_BE_FORMS = _word_set("is are was were be been being")
_PARTICIPLE_ENDINGS = ("ed", "nd", "ght", "ld")  # asked, found, thought, told


def _passive(masked: str, lo: int, cue: _Cue) -> bool:
    """Whether a cue is a passive participle ("was found guilty", "has been called"):
    its subject is then not the speaker."""
    if not cue.word.endswith(_PARTICIPLE_ENDINGS):
        return False
    end = cue.start - 1
    for _ in range(3):  # the word before, skipping up to two adverbs
        begin = max(lo, masked.rfind(" ", lo, end) + 1)
        word = masked[begin:end].lower()
        if word in _BE_FORMS:
            return True
        if begin <= lo or not _is_adverb(word):
            return False
        end = begin - 1
    return False


# Cues of a publication relaying what someone else said ("..., the Times reported"):
# they do not override the speaker named before the quote.
_RELAY_CUES = frozenset({"reported", "according to"})

_GAP_PUNCTUATION = " ,;:–—-" + _QUOTE_CHARS
#: Words a speaker may have between a closing mark and its cue ("," the report found).
_POST_QUOTE_GAP = 10


def _post_quote(masked: str, lo: int, hi: int, after: int, cue: _Cue) -> _Attribution | None:
    """The attribution that directly follows a span: ``"...," the report found``.

    ``cue`` is the first cue after ``after`` (the end of the closing mark); it counts
    when the text between them is its speaker (``<speaker> <cue>``) or nothing but
    punctuation (``said the official``).
    """
    gap = masked[after : cue.start]
    if cue.word in _RELAY_CUES or _MASK in gap:
        return None
    gap = gap.strip(_GAP_PUNCTUATION)
    if len(gap.split()) > _POST_QUOTE_GAP:
        return None
    if not gap:
        span = _cue_speaker(masked, lo, hi, cue) if cue.word in _INVERTIBLE else None
    else:
        span = _speaker_span(masked, _np_before(masked, after, cue.start))
        if span is not None and (
            masked[after : span[0]].strip(_GAP_PUNCTUATION)
            or not all(_is_filler(w) for w in masked[span[1] : cue.start].split())
        ):
            span = None  # the phrase does not fill the gap between the mark and the cue
    return None if span is None else _Attribution(cue.word, span[0], span[1])


# A span's speaker is looked for at its nearest cues only: further cues in a clause that
# runs on without a sentence break (a glued page, hostile input) would cost time in
# proportion to the clause for every quote in it.
MAX_CUES_TRIED = 8


class _CuesByDistance:
    """The cues ``line_cues[first:last]`` that end by ``hi``, nearest to ``near`` first.

    Ties go to the earlier cue. The order is produced lazily from the two sides of
    ``near`` and remembered, so a caller that stops at the first cue with a speaker
    costs time in proportion to the cues it looked at, not to all cues of the clause
    (a line holding thousands of attributed quotes stays near linear).
    """

    def __init__(
        self, line_cues: Sequence[_Cue], first: int, last: int, hi: int, near: int
    ) -> None:
        self._cues = line_cues
        self._first = first
        self._hi = hi
        self._near = near
        self._right = bisect_left(line_cues, near, lo=first, hi=last, key=_cue_start)
        self._left = self._right - 1
        self._last = last
        self._seen: list[_Cue] = []

    def _next_left(self) -> _Cue | None:
        while self._left >= self._first and self._cues[self._left].end > self._hi:
            self._left -= 1
        return self._cues[self._left] if self._left >= self._first else None

    def _next_right(self) -> _Cue | None:
        while self._right < self._last and self._cues[self._right].end > self._hi:
            self._right += 1
        return self._cues[self._right] if self._right < self._last else None

    def _advance(self) -> _Cue | None:
        left, right = self._next_left(), self._next_right()
        if left is None and right is None:
            return None
        if right is None or (
            left is not None
            and (self._near - left.start, left.start) <= (right.start - self._near, right.start)
        ):
            self._left -= 1
            return left
        self._right += 1
        return right

    def __iter__(self) -> Iterator[_Cue]:
        index = 0
        while True:
            if index == len(self._seen):
                cue = self._advance()
                if cue is None:
                    return
                self._seen.append(cue)
            yield self._seen[index]
            index += 1


def _attribute(
    masked: str,
    lo: int,
    hi: int,
    near: int,
    line_cues: Sequence[_Cue],
    after: int | None = None,
) -> _Attribution | None:
    """Find the cue nearest to ``near`` in ``masked[lo:hi]`` and its speaker.

    ``line_cues`` are the cues of all of ``masked`` (:func:`_find_cues`), in order of
    their start, so the cues starting in ``[lo, hi)`` are found by bisection (a line
    holding thousands of quotes stays linear). ``after`` is the end of the span's
    closing mark when the span lies in ``masked[lo:hi]``: a speaker and cue right after
    it win over any other cue (:func:`_post_quote`).
    """
    first = bisect_left(line_cues, lo, key=_cue_start)
    last = bisect_left(line_cues, hi, lo=first, key=_cue_start)
    cues = _CuesByDistance(line_cues, first, last, hi, near)
    nearest = next(iter(cues), None)
    if nearest is None:
        return None
    following = None
    if after is not None:
        later = bisect_left(line_cues, after, lo=first, hi=last, key=_cue_start)
        following = next((c for c in line_cues[later:last] if c.end <= hi), None)
    if following is not None and after is not None and nearest.start < after:
        # the nearest cue precedes the span: a speaker and cue right after it still win
        found = _post_quote(masked, lo, hi, after, following)
        if found is not None:
            return found
    for cue in islice(cues, MAX_CUES_TRIED):
        span = _cue_speaker(masked, lo, hi, cue)
        if span is not None:
            return _Attribution(cue.word, span[0], span[1])
    for cue in islice(cues, MAX_CUES_TRIED):
        if _passive(masked, lo, cue):
            continue
        span = _speaker_span(masked, _clause_subject(masked, lo, cue.start))
        if span is not None:
            return _Attribution(cue.word, span[0], span[1])
    return _Attribution(nearest.word, None, None)


# ---------------------------------------------------------------------------- body


class _Line(NamedTuple):
    start: int
    end: int
    paragraph: int


def _lines(body: str) -> list[_Line]:
    """Non-blank lines with their paragraph (blank-line separated) index.

    ``str.splitlines`` breaks at exactly the characters of ``_LINE_BREAK_CHARS`` (``\\r\\n``
    as one break). A paragraph starts after a blank or whitespace-only line.
    """
    lines: list[_Line] = []
    paragraph = -1
    offset = 0
    blank_before = False
    for piece in body.splitlines(keepends=True):
        content = piece.rstrip(_LINE_BREAK_CHARS)
        if content and not content.isspace():
            if paragraph < 0 or blank_before:
                paragraph += 1
            lines.append(_Line(offset, offset + len(content), paragraph))
            blank_before = False
        else:
            blank_before = True
        offset += len(piece)
    return lines


@dataclass(slots=True)
class _Span:
    line: int
    open_mark: _Mark
    close_mark: _Mark | None
    start: int
    end: int
    attribution: _Attribution | None = None


def _spans(body: str, lines: Sequence[_Line]) -> tuple[list[_Span], str]:
    """Top-level spans of the body and the mark family they use."""
    for style in ("double", "single"):
        spans: list[_Span] = []
        for index, matches in _marks_by_line(body, lines, double=style == "double").items():
            ln = lines[index]
            marks = _line_marks(body, matches, ln.start, ln.end)
            for opened, closed in _pair(body, marks, ln.start, ln.end):
                if closed is not None:
                    end = closed.pos
                else:
                    end = ln.start + len(body[ln.start : ln.end].rstrip())
                if not _WORD_CHAR.search(body, opened.end, end):
                    continue
                spans.append(_Span(index, opened, closed, opened.end, end))
        if spans:
            return spans, style
    return [], "double"


def _span_stop(span: _Span) -> int:
    """Offset just after a span's closing mark (its end when it runs to the line end)."""
    return span.close_mark.end if span.close_mark is not None else span.end


def _mask_spans(text: str, stretches: Sequence[tuple[int, int]]) -> str:
    """``text`` with each (start, stop) stretch replaced by as many ``_MASK`` characters.

    Offsets are kept, so cues and speakers found in the masked text index ``text``.
    Built from slices rather than a per-character list: lines are long, spans few.
    """
    pieces, done = [], 0
    for start, stop in stretches:
        start = max(start, done)
        if stop <= start:
            continue
        pieces += (text[done:start], _MASK * (stop - start))
        done = stop
    pieces.append(text[done:])
    return "".join(pieces)


def _attribute_line(body: str, line: _Line, spans: list[_Span], previous: _Line | None) -> None:
    """Attribute the spans of one line in place (speaker offsets into the body).

    ``previous`` is the line before, whose last sentence can attribute a quote that
    opens this line when it ends with a colon.
    """
    text = body[line.start : line.end]
    local = [(s.open_mark.pos - line.start, s.end - line.start) for s in spans]
    masked = _mask_spans(
        text, [(s.open_mark.pos - line.start, _span_stop(s) - line.start) for s in spans]
    )
    starts = _sentence_starts(text, local)
    bounds = [*starts, len(text)]
    line_cues = _find_cues(masked)
    for s in spans:
        near = s.open_mark.pos - line.start
        k = bisect_right(starts, near) - 1
        after = _span_stop(s) - line.start if s.close_mark is not None else None
        found = _attribute(masked, bounds[k], bounds[k + 1], near, line_cues, after)
        found = _shift(found, line.start)
        if found is None and not _WORD_CHAR.search(masked, bounds[k], bounds[k + 1]):
            # a quote that is a sentence of its own: try the neighbouring sentences
            for j in (k - 1, k + 1):
                if found is None and 0 <= j < len(starts):
                    found = _attribute(masked, bounds[j], bounds[j + 1], near, line_cues)
                    found = _shift(found, line.start)
            colon = (
                _colon_sentence(body, previous) if found is None and k == 0 and previous else None
            )
            if colon is not None:
                sentence, offset = colon
                found = _attribute(sentence, 0, len(sentence), len(sentence), _find_cues(sentence))
                found = _shift(found, offset)
        s.attribution = found


def _shift(found: _Attribution | None, offset: int) -> _Attribution | None:
    """Move a found speaker's offsets by ``offset``."""
    if found is None or found.speaker_start is None or found.speaker_end is None:
        return found
    return _Attribution(found.cue, found.speaker_start + offset, found.speaker_end + offset)


def _colon_sentence(body: str, line: _Line) -> tuple[str, int] | None:
    """The last sentence of a line that ends with a colon, and its body offset."""
    text = body[line.start : line.end].rstrip()
    if not text.endswith(":"):
        return None
    starts = _sentence_starts(text, [])
    return text[starts[-1] :], line.start + starts[-1]


def find_quotes(body: str) -> list[Quote]:
    """Return the top-level quoted spans of ``body`` in order.

    Parameters
    ----------
    body : str
        An article body; paragraphs separated by blank lines.

    Returns
    -------
    list of Quote
        One entry per top-level span, ordered by offset (definitions in the module
        docstring).
    """
    if not body:
        return []
    lines = _lines(body)
    spans, style = _spans(body, lines)
    by_line: dict[int, list[_Span]] = {}
    for s in spans:
        by_line.setdefault(s.line, []).append(s)
    for index, line_spans in by_line.items():
        _attribute_line(body, lines[index], line_spans, lines[index - 1] if index > 0 else None)
    _inherit(body, lines, spans, by_line)
    return resolve_pronoun_speakers(body, [_to_quote(body, s, lines, style) for s in spans])


def _opens_line(body: str, line: _Line, span: _Span) -> bool:
    return not body[line.start : span.open_mark.pos].strip()


def _inherit(
    body: str, lines: Sequence[_Line], spans: list[_Span], by_line: dict[int, list[_Span]]
) -> None:
    """Carry attribution over paragraphs that are quotations going on from a neighbour."""
    for s in reversed(spans):  # a run-on quote takes the attribution of its continuation
        if s.attribution is not None or s.close_mark is not None:
            continue
        following = by_line.get(s.line + 1)
        if following and _opens_line(body, lines[s.line + 1], following[0]):
            s.attribution = following[0].attribution
    for s in spans:  # a quote-only paragraph goes on with the previous speaker
        if s.attribution is not None or not _opens_line(body, lines[s.line], s):
            continue
        line_spans = by_line[s.line]
        if s is not line_spans[0] or any(t.attribution is not None for t in line_spans):
            continue
        previous = [t for t in by_line.get(s.line - 1, []) if t.attribution is not None]
        if previous:
            for t in line_spans:
                t.attribution = previous[-1].attribution


def _to_quote(body: str, s: _Span, lines: Sequence[_Line], style: str) -> Quote:
    text = body[s.start : s.end]
    n_words = count_words(text)
    a = s.attribution
    speaker = None
    if a is not None and a.speaker_start is not None:
        speaker = body[a.speaker_start : a.speaker_end]
    return Quote(
        start=s.start,
        end=s.end,
        text=text,
        n_words=n_words,
        paragraph=lines[s.line].paragraph,
        attributed=a is not None,
        speaker=speaker,
        is_scare=a is None and n_words <= SCARE_MAX_WORDS,
        mark_style=style,
        open_mark=s.open_mark.char,
        close_mark=s.close_mark.char if s.close_mark is not None else "",
        cue=a.cue if a is not None else None,
        speaker_start=a.speaker_start if a is not None else None,
        speaker_end=a.speaker_end if a is not None else None,
        speaker_as_printed=speaker,
    )


# ---------------------------------------------------------------- pronoun speakers

_RESOLVED_PRONOUNS = frozenset({"he", "she"})
_NOT_A_NAME_START = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this"})
_MASCULINE_TITLES = frozenset({"mr.", "mr"})
_FEMININE_TITLES = frozenset({"mrs.", "mrs", "ms.", "ms", "miss"})
# Two or more capitalized words in a row: a person's name, or some other proper name.
_CAPITALIZED_RUN_RE = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")
# Words that open a capitalized run without belonging to a name ("In Paris", "The Times").
_RUN_OPENERS = _STOP_WORDS | _NOT_A_NAME_START | _PRONOUNS | {"but", "in", "on", "at", "for"}


def is_pronoun(speaker: str | None) -> bool:
    """Whether a speaker is a bare personal pronoun (he, she, they, we, I, it, you)."""
    return speaker is not None and speaker.strip().lower() in _PRONOUNS


def _is_name(speaker: str | None) -> bool:
    """Whether a speaker reads as a name: not a pronoun, no leading determiner, the
    last word capitalized and not an abbreviation ("Sen. Ted Cruz", "spokeswoman Sarah
    Sanders"; not "the White House", "a spokesman", "officials", "Md.")."""
    if not speaker:
        return False
    words = speaker.split()
    last = words[-1]
    return (
        words[0].lower() not in _PRONOUNS | _NOT_A_NAME_START
        and last[:1].isupper()
        and not last.endswith(".")
    )


def _fits_pronoun(name: str, pronoun: str) -> bool:
    """False only when a courtesy title contradicts the pronoun ("Mrs. Lee" for "he")."""
    titles = {word.lower() for word in name.split()}
    if pronoun == "he":
        return not titles & _FEMININE_TITLES
    return not titles & _MASCULINE_TITLES


def _other_names(text: str, name: str) -> bool:
    """Whether ``text`` names someone other than ``name``: a run of two or more
    capitalized words (after any opening function word) that does not end with a word
    of ``name``."""
    own = {word.lower() for word in name.split()}
    for run in _CAPITALIZED_RUN_RE.findall(text):
        words = run.split()
        while words and words[0].lower() in _RUN_OPENERS:
            words.pop(0)
        if len(words) >= 2 and words[-1].lower() not in own:
            return True
    return False


def _outside_quotes(body: str, start: int, end: int, quotes: Sequence[Quote]) -> str:
    """``body[start:end]`` without the text of the quotes in it (the writer's words)."""
    pieces, done = [], start
    for q in quotes:
        if q.end <= done or q.start >= end:
            continue
        pieces.append(body[done : max(done, q.start)])
        done = max(done, q.end)
    pieces.append(body[done:end])
    return " ".join(pieces)


#: How far back (characters) an antecedent may lie; beyond it a pronoun stays.
MAX_ANTECEDENT_GAP = 2000


def resolve_pronoun_speakers(body: str, quotes: Sequence[Quote]) -> list[Quote]:
    """Replace a pronoun speaker by the name it stands for, when that is unambiguous.

    A quote whose speaker is printed as "he" or "she" takes the speaker of the nearest
    earlier quote whose speaker is a name (:func:`_is_name`; an already resolved
    speaker counts), provided that quote lies in the same or the previous paragraph and
    at most :data:`MAX_ANTECEDENT_GAP` characters back, every named speaker of the
    quotes from the start of the previous paragraph up to this one is the same person
    (same last word: "Donald Trump" and "Trump"), the writer's words from that quote
    to this one name nobody else (no other run of two or more capitalized words,
    :func:`_other_names`), and no courtesy title contradicts the pronoun. Otherwise the
    pronoun stays. "they", "we", "I", "it" and "you" are left as printed (they often
    stand for a group or for the writer). ``speaker_as_printed``, ``speaker_start``
    and ``speaker_end`` keep the printed form. Linear in the number of quotes.

    Parameters
    ----------
    body : str
        The body the quotes were found in.
    quotes : sequence of Quote
        Its quotes, in order (:func:`find_quotes`).

    Returns
    -------
    list of Quote
        The same quotes, pronoun speakers resolved where unambiguous.
    """
    if not any((q.speaker or "").lower() in _RESOLVED_PRONOUNS for q in quotes):
        return list(quotes)
    resolved: list[Quote] = []
    person: list[str | None] = []  # last word of each resolved quote's named speaker
    people: Counter[str] = Counter()  # last words of the named speakers in the window
    window_start = 0  # first quote of the previous paragraph or later
    last_named = -1  # index of the latest quote with a named speaker
    for index, quote in enumerate(quotes):
        while window_start < index and resolved[window_start].paragraph < quote.paragraph - 1:
            leaving = person[window_start]
            if leaving is not None:
                people[leaving] -= 1
                if not people[leaving]:
                    del people[leaving]
            window_start += 1
        pronoun = (quote.speaker or "").lower()
        if pronoun in _RESOLVED_PRONOUNS and last_named >= window_start and len(people) == 1:
            antecedent = resolved[last_named]
            name = antecedent.speaker or ""
            if (
                quote.start - antecedent.end <= MAX_ANTECEDENT_GAP
                and _fits_pronoun(name, pronoun)
                and not _other_names(
                    _outside_quotes(body, antecedent.end, quote.start, quotes[last_named:index]),
                    name,
                )
            ):
                quote = replace(quote, speaker=name)
        if _is_name(quote.speaker):
            person.append(_last_word(quote.speaker))
            people[person[-1]] += 1
            last_named = index
        else:
            person.append(None)
        resolved.append(quote)
    return resolved


def _last_word(speaker: str | None) -> str:
    return (speaker or "").split()[-1].lower()


# -------------------------------------------------------------------------- shares


def quote_word_counts(quotes: Iterable[Quote]) -> tuple[int, int]:
    """Quoted words counted in ``quote_share`` and in ``quote_share_all``.

    Parameters
    ----------
    quotes : iterable of Quote
        The spans of one body (or of many bodies, for pooled shares).

    Returns
    -------
    tuple of int
        (words of spans that are not scare quotes, words of all spans).
    """
    counted = every = 0
    for q in quotes:
        every += q.n_words
        if not q.is_scare:
            counted += q.n_words
    return counted, every


def quote_shares(body: str, quotes: Sequence[Quote] | None = None) -> tuple[float, float]:
    """Return ``(quote_share, quote_share_all)`` of a body.

    Parameters
    ----------
    body : str
        The article body.
    quotes : sequence of Quote, optional
        ``find_quotes(body)``, when already computed.

    Returns
    -------
    tuple of float
        Shares in [0, 1]; NaN for both when the body has no words.
    """
    n_words = count_words(body)
    if n_words == 0:
        return math.nan, math.nan
    counted, every = quote_word_counts(find_quotes(body) if quotes is None else quotes)
    return counted / n_words, every / n_words
