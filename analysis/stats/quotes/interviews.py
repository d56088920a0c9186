"""Interviews printed as questions and answers: the answers are the interviewee's words.

A Q&A interview prints what the interviewee said without quotation marks: the format
itself says who speaks. Read by marks alone, its quote share would be 0 although most of
its words are the interviewee's. A body is such an interview when at least
:data:`MIN_EXCHANGES` of its lines open with a question marker and as many open with an
answer marker, the first answer after the first question, and more than half of its
answers speak of their speaker (a first-person word, "I", "my", "we", "our", outside
the double quotation marks they hold): an explainer printed as questions and answers
("Q: Why are fares rising? A: Fuel costs rose ...") answers in the writer's own words.
Markers:

- question markers: ``Q`` or ``Question``; answer markers: ``A`` or ``Answer``; and
  those of the European press: ``P`` / ``R`` (Spanish and Portuguese), ``Pregunta`` /
  ``Respuesta``, ``Pergunta`` / ``Resposta``, ``Réponse``, ``F`` / ``Frage`` and
  ``Antwort``, ``D`` / ``Domanda`` and ``Risposta``, ``Pytanie`` / ``Odpowiedź``; each
  followed by ``:``, ``.``, ``)`` or a dash (``Q:``, ``A.``, ``Question —``), in any
  case for the words, upper case for the letters, at the start of a line (after
  ``**`` when a dump kept Markdown bold). The first-person words of Spanish,
  Portuguese, French, Italian, German, Polish and Dutch count besides English's
  (:data:`FIRST_PERSON_BY_LANGUAGE`, for a body detected as one of them).

A transcript prints each turn as 'LABEL: words' ("CHAIR (Cllr Joan Mistry): ...",
"BHATT: ..."): when two speakers each open at least :data:`MIN_EXCHANGES` lines and the
speaker changes from turn to turn more often than not, each labelled line is its
label's words (:func:`transcript_turns`).

An interview may also print each question as a bold line of its own and the answer
unlabelled under it ("**How many crossings is that?**" then "About 310,000. My wife
..."): at least :data:`MIN_EXCHANGES` such questions answered, under the same
first-person test; an answer runs to the next question (the last one: its first line).

An interview may instead label each answer with its speaker's name and print the
questions unlabelled ("**How did you start?**" then "**Pengelly:** My uncle ...", or
"DUARTE: Dredging."): a body is such an interview when one name label (one to three
capitalised words, or a word in capitals, bold or not, then ``:``) opens at least
:data:`MIN_EXCHANGES` lines, each after a question (a line ending with ``?``, bold or
not), under the same first-person test, unless a line that is no answer names the
person the label names (the introduction: "Captain Ines Duarte took over ..." over
"DUARTE: Dredging."). Its answers name their speaker: the label as printed.
Answers under ``A:`` markers print no speaker; when the introduction names one person
as the one met or by an apposition ("an interview with Dr. Helen Grant", "Council
leader Sarah Whitmore spoke to the Gazette"), they are that person's
(:func:`interviewee`; ``speaker`` only, ``speaker_as_printed`` stays None).

A court or inquiry transcript prints counsel's questions and the witness's answers as
"Q." / "A." lines among turns labelled in capitals with a title or "THE" ("MR. OKAFOR:",
"THE COURT:") or under an examination line ("BY MR. OKAFOR:", "CROSS-EXAMINATION BY MS.
HALE:"): both sides are the record of what was said, so each question and each answer is
a quotation (no speaker printed, nor taken from the introduction), whether or
not the answers say "I", and each line under such a label is the label's words
(:func:`testimony_spans`).

An interview may print its turns with dashes instead (:func:`dash_turn_answers`): an
East Asian interviewer's question opens with a doubled dash and its answer is unmarked
under it ("――受賞の知らせを聞いたときの気持ちは。" then "正直、最初は…"); a Spanish,
Portuguese or Italian interview opens every turn with one dash, the interviewer's and
the interviewee's in turn ("—¿Qué ha cambiado?" then "—Hemos dejado de esperar …").
A Chinese or Japanese answer may be labelled with the interviewee's name and its
question with the asker's ("记者：今年的高温为什么持续这么久？" then "陈晓梅：主要是…"):
the name labels above take a Han or kana name and a full-width colon, and a question so
labelled counts as an unlabelled one.

Each answer is a direct quotation (:func:`answer_spans`): the text of its line after
the marker, and each line after it up to the next question's line (an answer of several
paragraphs). The last answer is its marked line only, since what follows it may be the
writer's again ("This interview has been edited."). Text before the first question (the
writer's introduction) and the questions are not the interviewee's words.

No tuned value: :data:`MIN_EXCHANGES` is 2, the fewest that make an exchange a pattern
(a lone "A." opens a sentence about someone's initial as well), and "more than half"
is a majority.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from analysis.stats.quotes.role_speakers import NAME_PATTERN, bare_name, role_holders

#: Question lines, and answer lines, that make a body an interview (each at least).
MIN_EXCHANGES = 2

#: A word the speaker uses of themself (``US``, the country, is none).
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|"
    r"[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves)\b"
)
#: A stretch between double quotation marks: someone else's words inside an answer.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
#: Question and answer markers, English and those of the European press ("P. / R.",
#: "Pregunta. / Respuesta.", "Pergunta / Resposta", "Question / Réponse", "F: / A:",
#: "Frage / Antwort", "D: / R:", "Domanda / Risposta", "Pytanie / Odpowiedź"), each
#: word in title case or capitals.
_QUESTION_MARKERS = ("Q", "P", "F", "D", "Question", "Pregunta", "Pergunta", "Frage",
                     "Domanda", "Pytanie")  # fmt: skip
_ANSWER_MARKERS = ("A", "R", "Answer", "Respuesta", "Resposta", "Réponse", "Antwort",
                   "Risposta", "Odpowiedź")  # fmt: skip
_QUESTION_KINDS = frozenset(
    form for word in _QUESTION_MARKERS for form in (word, word.upper(), word.lower())
    if len(form) > 1 or form.isupper()
)  # fmt: skip
_KINDS = "|".join(
    sorted(
        {f for w in _QUESTION_MARKERS + _ANSWER_MARKERS for f in (w, w.upper(), w.lower())
         if len(f) > 1 or f.isupper()},
        key=lambda form: (-len(form), form),
    )
)  # fmt: skip
_MARKER = re.compile(
    rf"(?:\*\*)?(?P<kind>{_KINDS})(?:\*\*)?"
    r"\s*[:.)\-–—](?:\*\*)?[ \t]+(?=\S)"
)
#: Words an interviewee uses of themself in the languages whose markers are read
#: (English: ``_FIRST_PERSON``); a pro-drop language's answer may hold none.
_FIRST_PERSON_WORDS = {
    "es": "yo me mi mis mí conmigo nosotros nosotras nos nuestro nuestra nuestros nuestras",
    "pt": "eu me meu minha meus minhas mim comigo nós nos nosso nossa nossos nossas",
    "fr": "je j' me m' moi mon ma mes nous notre nos",
    "it": "io mi me mio mia miei mie noi ci nostro nostra nostri nostre",
    "de": "ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren",
    "pl": "ja mnie mi mój moja moje mojej my nas nam nasz nasza nasze",
    "nl": "ik me mij mijn wij we ons onze",
}
FIRST_PERSON_BY_LANGUAGE: dict[str, frozenset[str]] = {
    code: frozenset(words.split()) for code, words in _FIRST_PERSON_WORDS.items()
}
_WORD = re.compile(r"[^\W\d_]+['’]?")
#: A question printed as a bold line of its own, its answer unlabelled under it
#: ("**How did you start?**" then "My uncle ..."): the line is bold from end to end.
_BOLD_QUESTION = re.compile(r"\*\*[^*\n]+\?\*\*[ \t]*")


#: A speaker's name as a line's label: one to three capitalised words (or a word in
#: capitals), bold or not, then a colon ("**Pengelly:**", "DUARTE:", "Ana Ruiz:"); not
#: opening with an article, which makes it a heading ("The Libertarian Response:").
_NAME_LABEL = re.compile(
    r"(?:\*\*)?(?!(?:The|THE|An?|AN?)\b)(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})"
    r"(?:\*\*)?:(?:\*\*)?[ \t]+(?=\S)"
    # a Chinese or Japanese name, two to eight characters, and a colon ("陈晓梅：")
    r"|(?P<cjk>[\u3040-\u30ff\u4e00-\u9fff・·]{2,8})[:：][ \t]*(?=\S)"
)
#: A question line: it ends with a question mark (a full-width one too), bold or not.
_QUESTION_LINE = re.compile(r"[?？](?:\*\*)?\s*$")


class AnswerSpan(NamedTuple):
    """One line of an answer: its index in the lines given, the body offsets of its
    text, its marker as printed (``""`` on the lines that go on with an answer), the
    speaker its label names (None after an ``A:`` marker) and whether it is a line of
    testimony (a court transcript's question or answer: not the interviewee's)."""

    line: int
    start: int
    end: int
    marker: str
    speaker: str | None = None
    testimony: bool = False


def _marker_kind(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    return "question" if match["kind"] in _QUESTION_KINDS else "answer"


def _speaks_of_self(text: str, language: str | None) -> bool:
    """Whether ``text`` (outside the quotation marks it holds) has a first-person word,
    English or of ``language``."""
    text = _QUOTED.sub(" ", text)
    if _FIRST_PERSON.search(text):
        return True
    words = FIRST_PERSON_BY_LANGUAGE.get(language or "")
    return bool(words) and any(w.group(0).lower() in words for w in _WORD.finditer(text))


def answer_spans(
    body: str, lines: Sequence[tuple[int, int]], language: str | None = None
) -> list[AnswerSpan]:
    """The answers of an interview body (see the module doc); empty for other bodies.

    Parameters
    ----------
    body : str
        An article body.
    lines : sequence of (int, int)
        Its non-blank lines as ``(start, end)`` offsets, in order.
    language : str or None
        The body's language code: its first-person words count too
        (:data:`FIRST_PERSON_BY_LANGUAGE`).

    Returns
    -------
    list of AnswerSpan
        One per answer line, in order.
    """
    kinds: list[str | None] = []
    markers: list[re.Match[str] | None] = []
    for start, end in lines:
        found = _MARKER.match(body, start, end)
        markers.append(found)
        kinds.append(_marker_kind(found))
    if kinds.count("question") < MIN_EXCHANGES or kinds.count("answer") < MIN_EXCHANGES:
        kinds, markers = _named_turns(body, lines)
    if kinds.count("question") < MIN_EXCHANGES or kinds.count("answer") < MIN_EXCHANGES:
        return (
            _bold_question_answers(body, lines, language)
            or dash_turn_answers(body, lines)
            or transcript_turns(body, lines)
        )
    first_question = kinds.index("question")
    if "answer" not in kinds[first_question:]:
        return []
    testimony = testimony_spans(body, lines, kinds, markers)
    if testimony:
        return testimony
    answered = [found.end() for found, kind in zip(markers, kinds, strict=True) if kind == "answer"]
    ends = [end for (_, end), kind in zip(lines, kinds, strict=True) if kind == "answer"]
    own = sum(
        _speaks_of_self(body[start:end], language)
        for start, end in zip(answered, ends, strict=True)
    )
    if (
        2 * own <= len(answered)
        and not _introduced(body, lines, markers)
        and not _interview_intro(body, lines, first_question)
    ):
        return []  # an explainer's answers: the writer's own words
    last_question = len(kinds) - 1 - kinds[::-1].index("question")
    spans: list[AnswerSpan] = []
    in_answer = False
    for index in range(first_question, len(lines)):
        kind, found = kinds[index], markers[index]
        if kind == "question":
            in_answer = False
        elif kind == "answer" and found is not None:
            in_answer = True
            marker = found.group(0).strip()
            speaker = label_name(found) if "cjk" in found.re.groupindex else None
            spans.append(AnswerSpan(index, found.end(), lines[index][1], marker, speaker))
        elif in_answer and index < last_question:
            spans.append(AnswerSpan(index, lines[index][0], lines[index][1], ""))
    return spans


#: A court transcript's examination line ("BY MR. OKAFOR:", "CROSS-EXAMINATION BY MS.
#: HALE:", "EXAMINATION BY DR. WU"): the questions under it are counsel's.
_EXAMINATION = re.compile(
    r"(?:\*\*)?(?:[A-Z][A-Z-]* )?BY (?:MR|MS|MRS|MISS|DR)\.? [A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)*"
    r"(?:\*\*)?:?(?:\*\*)?[ \t]*"
)
#: A court transcript's turn label: a title or "THE" and words in capitals ("MR.
#: OKAFOR", "MS. PENHALIGON", "THE COURT", "THE WITNESS", "THE CHAIR").
_COURT_LABEL = re.compile(r"(?:(?:MR|MS|MRS|MISS|DR)\.?|THE) [A-Z]")


def testimony_spans(
    body: str,
    lines: Sequence[tuple[int, int]],
    kinds: Sequence[str | None],
    markers: Sequence[re.Match[str] | None],
) -> list[AnswerSpan]:
    """The quotations of a court or inquiry transcript's "Q." / "A." exchange (see the
    module doc): each question and answer line (and the lines going on with one, up to
    the last question), and each line under a court turn label (``speaker`` the label
    as printed); empty when the body has no examination line and no court label (an
    outlet's own interview, whose questions are its own words).

    Parameters
    ----------
    body : str
        An article body.
    lines : sequence of (int, int)
        Its non-blank lines as ``(start, end)`` offsets, in order.
    kinds, markers : sequence
        Each line's marker kind ("question", "answer" or None) and marker match.

    Returns
    -------
    list of AnswerSpan
        One per quoted line, in order.
    """
    labels = [_TURN_LABEL.match(body, start, end) for start, end in lines]
    court = [
        found is not None and kind is None and _COURT_LABEL.match(found["name"]) is not None
        for found, kind in zip(labels, kinds, strict=True)
    ]
    examined = any(_EXAMINATION.fullmatch(body, start, end) for start, end in lines)
    if not examined and not any(court):
        return []
    first = kinds.index("question")
    last_question = len(kinds) - 1 - list(kinds)[::-1].index("question")
    spans: list[AnswerSpan] = []
    turn: AnswerSpan | None = None
    for index in range(first, len(lines)):
        kind, found, label = kinds[index], markers[index], labels[index]
        if kind is not None and found is not None:
            turn = AnswerSpan(
                index, found.end(), lines[index][1], found.group(0).strip(),
                testimony=True,
            )  # fmt: skip
            spans.append(turn)
        elif court[index] and label is not None:
            turn = None
            spans.append(
                AnswerSpan(index, label.end(), lines[index][1], label.group(0).strip(),
                           label["name"])
            )  # fmt: skip
        elif (
            turn is not None
            and index < last_question
            and not _EXAMINATION.fullmatch(body, *lines[index])
        ):
            spans.append(turn._replace(line=index, start=lines[index][0], end=lines[index][1],
                                       marker=""))  # fmt: skip
        else:
            turn = None
    return spans


def _bold_question_answers(
    body: str, lines: Sequence[tuple[int, int]], language: str | None
) -> list[AnswerSpan]:
    """The answers of an interview whose questions are bold lines of their own and whose
    answers carry no label: the lines after each question up to the next (the last
    answer: its first line only), when at least :data:`MIN_EXCHANGES` questions are
    answered so and more than half the answers speak of their speaker (an explainer's
    bold questions, "**When does the scheme start?**", are answered in the writer's
    words). A bold line that is no question ends an answer (a subheading)."""
    questions = [i for i, (s, e) in enumerate(lines) if _BOLD_QUESTION.fullmatch(body, s, e)]
    groups: list[list[int]] = []
    for k, question in enumerate(questions):
        stop = questions[k + 1] if k + 1 < len(questions) else min(question + 2, len(lines))
        group = []
        for index in range(question + 1, stop):
            if body.startswith("**", lines[index][0]):
                break
            group.append(index)
        if group:
            groups.append(group)
    if len(groups) < MIN_EXCHANGES:
        return []
    own = sum(
        _speaks_of_self(" ".join(body[slice(*lines[i])] for i in group), language)
        for group in groups
    )
    if 2 * own <= len(groups) and not _interview_intro(body, lines, questions[0]):
        return []
    return [AnswerSpan(i, *lines[i], "") for group in groups for i in group]


#: An East Asian interviewer's turn: a line opening with a doubled dash ("――受賞の知らせ
#: を聞いたときの気持ちは。", "——您为什么回来？"), the answer unmarked under it.
_DOUBLE_DASH_TURN = re.compile(r"[ \t]*[―—─]{2}[ \t]*(?=\S)")
#: A spoken turn of a dash exchange: a line opening with one dash ("—¿Y el Gobierno?",
#: "—Viene, hace una foto y se va."), as Spanish, Portuguese, Catalan and Italian
#: interviews print questions and answers.
_DASH_TURN = re.compile(r"[ \t]*[—–―](?![—–―])[ \t]*(?=\S)")
#: A narrator's incise inside a dash turn ("—¿Vienes? —preguntó Ana."): the turn is
#: dialogue whose speakers the narrator names (dash_quotes.py), not an interview's.
_INCISE_DASH = re.compile(r"\s[—–―]\s?\w")
_ASKS = ("?", "？")


def dash_turn_answers(body: str, lines: Sequence[tuple[int, int]]) -> list[AnswerSpan]:
    """The answers of an interview printed as dash turns (see the module doc): an
    East Asian one whose questions open with a doubled dash and whose answers are the
    unmarked lines under each (the last answer: its first line), or one whose turns
    all open with a dash, the interviewer's and the interviewee's in turn from a first
    turn that asks ("—¿Qué ha cambiado?" / "—Hemos dejado de esperar ..."), the
    lines after an answer that open with no dash going on with it.

    No first-person test: a writer's explainer prints its questions as headings, never
    as turns of speech opened with a dash. Either shape needs at least
    :data:`MIN_EXCHANGES` questions answered; the one-dash shape needs as many of its
    interviewer's turns to end with a question mark, and none of them to hold a
    narrator's incise.

    Parameters
    ----------
    body : str
        An article body.
    lines : sequence of (int, int)
        Its non-blank lines as ``(start, end)`` offsets, in order.

    Returns
    -------
    list of AnswerSpan
        One per answer line, in order; empty for other bodies.
    """
    asked = [i for i, (s, e) in enumerate(lines) if _DOUBLE_DASH_TURN.match(body, s, e)]
    if len(asked) >= MIN_EXCHANGES:
        spans = []
        for k, question in enumerate(asked):
            stop = asked[k + 1] if k + 1 < len(asked) else min(question + 2, len(lines))
            spans += [AnswerSpan(i, *lines[i], "") for i in range(question + 1, stop)]
        return spans if len({span.line - 1 for span in spans} & set(asked)) >= MIN_EXCHANGES else []
    return _one_dash_answers(body, lines)


def _one_dash_answers(body: str, lines: Sequence[tuple[int, int]]) -> list[AnswerSpan]:
    """The answers of an exchange whose turns open with one dash (:func:`dash_turn_answers`)."""
    turns = [(i, m) for i, (s, e) in enumerate(lines) if (m := _DASH_TURN.match(body, s, e))]
    first = next(
        (k for k, (i, _) in enumerate(turns) if body[slice(*lines[i])].rstrip().endswith(_ASKS)),
        None,
    )
    if first is None:
        return []
    questions, answers = turns[first::2], turns[first + 1 :: 2]
    asking = [body[slice(*lines[i])].rstrip().endswith(_ASKS) for i, _ in questions]
    if sum(asking) < MIN_EXCHANGES or len(answers) < MIN_EXCHANGES:
        return []
    if any(_INCISE_DASH.search(body, m.end(), lines[i][1]) for i, m in questions):
        return []
    spans: list[AnswerSpan] = []
    question_lines = {i for i, _ in questions}
    for k, (index, found) in enumerate(answers):
        spans.append(AnswerSpan(index, found.end(), lines[index][1], found.group(0).strip()))
        if k + 1 == len(answers):
            break
        for going_on in range(index + 1, len(lines)):
            if going_on in question_lines or _DASH_TURN.match(body, *lines[going_on]):
                break
            spans.append(AnswerSpan(going_on, *lines[going_on], ""))
    return spans


#: A transcript's turn: a label in capitals (one to four words), perhaps with the
#: person's name in brackets after it ("CHAIR (Cllr Joan Mistry):", "BHATT:", "MARTIN
#: OKORO:"), then a colon and the words spoken.
_TURN_LABEL = re.compile(
    r"(?:\*\*)?(?P<name>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}(?: \([^()\n]{1,60}\))?)"
    r"(?:\*\*)?:(?:\*\*)?[ \t]+(?=\S)"
)


def _turn_key(label: str) -> str:
    """Who speaks a turn: the last word of the name in brackets, else of the label
    ("HOST (Maya Linden)" and "LINDEN" are one speaker, "MARTIN OKORO" and "OKORO")."""
    inner = re.search(r"\(([^()]*)\)", label)
    words = re.findall(r"[^\W\d_]+", inner[1] if inner else label)
    return words[-1].upper() if words else label.upper()


def transcript_turns(body: str, lines: Sequence[tuple[int, int]]) -> list[AnswerSpan]:
    """The turns of a transcript printed as 'LABEL: words' lines: each labelled line is
    its label's words (``speaker`` the label as printed). A body is such a transcript
    when at least two speakers (:func:`_turn_key`) each open at least
    :data:`MIN_EXCHANGES` lines, and the speaker changes from one labelled line to the
    next more often than not (a conversation; a live blog's "UPDATE:" lines repeat one
    label). Unlabelled lines (the writer's introduction, "[Inaudible]") are nobody's.

    Parameters
    ----------
    body : str
        An article body.
    lines : sequence of (int, int)
        Its non-blank lines as ``(start, end)`` offsets, in order.

    Returns
    -------
    list of AnswerSpan
        One per labelled line, in order; empty for a body that is no transcript.
    """
    turns = [
        (index, found)
        for index, (start, end) in enumerate(lines)
        if (found := _TURN_LABEL.match(body, start, end)) is not None
    ]
    keys = [_turn_key(found["name"]) for _, found in turns]
    if sum(keys.count(key) >= MIN_EXCHANGES for key in set(keys)) < 2:
        return []
    changes = sum(a != b for a, b in pairwise(keys))
    if 2 * changes <= len(keys) - 1:
        return []
    return [
        AnswerSpan(index, found.end(), lines[index][1], found.group(0).strip(), found["name"])
        for index, found in turns
    ]


def _named_turns(
    body: str, lines: Sequence[tuple[int, int]]
) -> tuple[list[str | None], list[re.Match[str] | None]]:
    """The lines' kinds and answer labels when one name labels the answers (see the
    module doc): a line opening with that label right after a question is an answer
    (and so is each later one), an unlabelled line ending with ``?`` a question."""
    labels = [_NAME_LABEL.match(body, start, end) for start, end in lines]
    # a question is unlabelled, or labelled in Chinese or Japanese ("记者：…？")
    unlabelled = [found is None or found["cjk"] is not None for found in labels]
    asked = [
        index
        for index, found in enumerate(labels)
        if found and index and unlabelled[index - 1] and _is_question(body, lines[index - 1])
    ]
    names = [label_name(labels[index]) for index in asked]  # type: ignore[arg-type]
    best = max(set(names), key=names.count, default=None)
    if best is None or names.count(best) < MIN_EXCHANGES:
        return [None] * len(lines), [None] * len(lines)
    kinds: list[str | None] = []
    markers: list[re.Match[str] | None] = []
    for index, found in enumerate(labels):
        if found and label_name(found) == best:
            kinds.append("answer")
            markers.append(found)
        else:
            kinds.append(
                "question" if unlabelled[index] and _is_question(body, lines[index]) else None
            )
            markers.append(None)
    return kinds, markers


def label_name(found: re.Match[str]) -> str:
    """The name a :data:`_NAME_LABEL` match labels its line with.

    Parameters
    ----------
    found : re.Match
        A match of :data:`_NAME_LABEL`.

    Returns
    -------
    str
        The labelled name.
    """
    return found["name"] or found["cjk"]


def _is_question(body: str, line: tuple[int, int]) -> bool:
    return bool(_QUESTION_LINE.search(body, line[0], line[1]))


def _introduced(
    body: str, lines: Sequence[tuple[int, int]], markers: Sequence[re.Match[str] | None]
) -> bool:
    """Whether the answers' name label names someone the body introduces: its name in a
    line that is no answer ("Captain Ines Duarte took over ..." over "DUARTE: ..."), so
    the answers are that person's words whether or not they say "I"."""
    names = {
        label_name(found)
        for found in markers
        if found is not None and "name" in found.re.groupindex
    }
    if len(names) != 1:
        return False
    label = names.pop()
    # a Chinese or Japanese name has no word boundary in running text ("专家陈晓梅。")
    edge = "" if label[0] > "\u3000" else r"\b"
    name = re.compile(rf"{edge}{re.escape(label)}{edge}", re.IGNORECASE)
    return any(
        found is None and name.search(body, start, end)
        for (start, end), found in zip(lines, markers, strict=True)
    )


# The shapes an interview's introduction names its interviewee in ("an interview with
# Dr. Helen Grant", "Sarah Whitmore spoke to the Gazette", "we talked to Ana Brook").
_MEETING = r"(?:spoke|talked|speaks|talks|sat down)\s+(?:to|with)"
_INTERVIEWEE = re.compile(
    rf"(?:\b(?:interview|conversation|interviews|conversations)\s+with|\binterviewed|"
    rf"\b{_MEETING})\s+(?:[A-Z][a-z]{{0,3}}\.\s+)?({NAME_PATTERN})"
    rf"|({NAME_PATTERN})(?=,?\s+(?:has\s+|had\s+)?{_MEETING}\b)"
)


#: An interviewer's credit line: Polish "Rozmawiała Anna Kędzior" (talked: the
#: interviewer's name after it).
_CREDIT = re.compile(r"\bRozmawia(?:ła|ł|li|ły)\b")


def _interview_intro(body: str, lines: Sequence[tuple[int, int]], first_question: int) -> bool:
    """Whether the text before the first question says the body is an interview ("She
    spoke to Cara Quinn", "an interview with X", "Rozmawiała X"): its answers are then
    the interviewee's whether or not they speak of themself (a pro-drop language's
    "Liczyłem", "Nie wiadomo.")."""
    if first_question <= 0:
        return False
    intro = body[lines[0][0] : lines[first_question][0]]
    return bool(_INTERVIEWEE.search(intro) or _CREDIT.search(intro))


def interviewee(
    body: str, lines: Sequence[tuple[int, int]], answers: Sequence[AnswerSpan]
) -> str | None:
    """The person an interview's introduction names as its interviewee, if one.

    The introduction is the text before the first question. It names the interviewee
    in an apposition ("Council leader Sarah Whitmore", "Dr. Helen Grant, director of
    the trust": :func:`~analysis.stats.quotes.role_speakers.role_holders`) or as the one
    met ("an interview with X", "X spoke to the Gazette", "talked with X"). When all it
    names so is one person, the answers no label names are theirs.

    Parameters
    ----------
    body : str
        An interview body.
    lines : sequence of (int, int)
        Its non-blank lines as ``(start, end)`` offsets, in order.
    answers : sequence of AnswerSpan
        Its answers (:func:`answer_spans`).

    Returns
    -------
    str or None
        The name as printed, or None when the introduction names nobody so, or more
        than one person.
    """
    if not answers or not lines:
        return None
    first_answer = answers[0].line
    first_question = next(
        (
            index
            for index in range(first_answer)
            if _marker_kind(_MARKER.match(body, *lines[index])) == "question"
            or _is_question(body, lines[index])
        ),
        first_answer,
    )
    intro = body[lines[0][0] : lines[first_question][0]] if first_question else ""
    names = [name for _, name in role_holders(intro)]
    for found in _INTERVIEWEE.finditer(intro):
        name = bare_name(found[1] or found[2])
        if name:
            names.append(name)
    if len({" ".join(name.split()).lower() for name in names}) != 1:
        return None  # nobody, or two people (two sharing a surname are two)
    return names[0]
