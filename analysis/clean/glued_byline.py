"""A headline, its byline and its date a scraper printed as one run of text.

BeautifulSoup's ``soup.get_text()`` without a separator joins the text of adjacent
elements with nothing between them: a header written ``<h1>Headline</h1><div>By Jane
Roe</div><time>Dec 5, 2026</time>`` prints as "HeadlineBy Jane RoeDec 5, 2026". A word
in lower case running straight into a byline's cue ("By", "by:", and the cues of other
languages written with a capital: "Por", "Par", "Von", "Door") is such a joint: prose
writes a space before "By", and a word never ends in a capitalized "By". The line is
cut there, and the byline's part again where a word in lower case runs into the date
("Jane RoeSaturday, 5 December 2026", "Julieta Salvatierra5 de diciembre de 2026") or
its label ("by: Sam OrtizPosted: Dec 4, 2026"), so that the headline, the byline and the
date lines read as a header printed one element a line does (review h427).

A line is cut only when the part before the cue has :data:`MIN_HEADLINE_WORDS` words or
more and the byline's part holds a date: a header's run, not a sentence of the story.
No tuned value.

A researcher's newspaper3k loop that writes ``article.title + article.text`` glues the
headline to the first paragraph the same way ("Yeni otobüs hattıManisa Büyükşehir
Belediyesi, ... açacak."): :func:`unglue_headline` cuts the text's first line where a
word wholly in lower case runs into a capitalized word, when the part before is a
headline's run (:data:`MIN_HEADLINE_WORDS` words or more, no more than the part after)
and the part after is a paragraph (closed by a sentence mark). A word in lower case of
two letters or more never holds a capital inside it ("McDonald", "iPhone", "YouTube",
"DeSantis" open with a capital or a single letter).

``soup.get_text()`` of a minified page (no line break between its tags) prints the whole
page as one run-on line: the ``<title>``, the cookie text, the menu, the ticker, the
headline, the byline, the date, the story's paragraphs and the footer glued to each
other ("...for first timeHarbor dredging to resume...settledBy Nora JeffriesDec 5,
2026ShareFacebook...the sediment.Under the agreement..."). :func:`unglue_run_on` cuts
such a page, one line holding a sentence mark glued to the next sentence's capital
(people's prose writes a space there), at each joint of two elements: a sentence's
mark, a figure or two letters in lower case running straight into a capitalized word.
A name written with a capital inside it ("YouTube", "MacDonald") is cut too: a page of
one line has no other mark of where its elements end, and it is read as a page printed
one element a line is. "McDonald", "iPhone" and "eBay" are kept (one letter before the
capital).
"""

from __future__ import annotations

import re

from analysis.clean.dates import find_date_span
from analysis.text import LOWER_LETTERS, UPPER_LETTERS
from analysis.text.marks import SENTENCE_MARKS, strip_closing_marks

__all__ = ["MIN_HEADLINE_WORDS", "unglue_bylines", "unglue_headline", "unglue_run_on"]

#: The fewest words of a headline the byline was glued to ("Pub saved" is two words).
MIN_HEADLINE_WORDS = 2

# A byline's cues as they are glued to the word before them ("By", "Por", "Von", ...).
_CUES = ("By", "by:", "Por", "Par", "Von", "Door")
# A byline's cue right after a word in lower case (or a figure), then a capitalized name.
_GLUED_CUE = re.compile(rf"(?<=[{LOWER_LETTERS}0-9])(?:{'|'.join(_CUES)})\s+(?=[{UPPER_LETTERS}])")
# A word wholly in lower case (two letters or more) running into a capitalized word.
_GLUED_WORD = re.compile(
    rf"(?:(?<=\s)|^)[{LOWER_LETTERS}]{{2,}}(?P<joint>)[{UPPER_LETTERS}][{LOWER_LETTERS}]"
)
# A sentence's closing mark glued to the next sentence's capitalized word ("sediment.Under").
_GLUED_SENTENCE = re.compile(rf"[{SENTENCE_MARKS}][{UPPER_LETTERS}][{LOWER_LETTERS}]")
# Where two elements of a run-on page meet: a sentence's mark (its closing quote or
# bracket), a figure or two letters in lower case, then a capitalized word.
_ELEMENT_JOINT = re.compile(
    rf"(?:(?<=[{SENTENCE_MARKS}])|(?<=[{SENTENCE_MARKS}][\"'”’)])|(?<=[0-9])"
    rf"|(?<=[{LOWER_LETTERS}][{LOWER_LETTERS}]))(?=[{UPPER_LETTERS}][{LOWER_LETTERS}])"
)
# A word in lower case running into a capital or a figure: where a name meets its date.
_JOINT = re.compile(rf"(?<=[{LOWER_LETTERS}])(?=[{UPPER_LETTERS}0-9])")


def unglue_bylines(text: str) -> str:
    """``text`` with each line that glues a headline, a byline and a date cut into lines.

    Parameters
    ----------
    text : str
        A page's text.

    Returns
    -------
    str
        The text, its other lines unchanged.

    Examples
    --------
    >>> unglue_bylines("Village pub savedBy Harriet MossSaturday, 5 December 2026")
    'Village pub saved\\nBy Harriet Moss\\nSaturday, 5 December 2026'
    >>> unglue_bylines("He stood byBy the river")
    'He stood byBy the river'
    """
    if not any(cue in text for cue in _CUES):
        return text
    return "\n".join(_unglued(line) for line in text.split("\n"))


def unglue_headline(text: str) -> str:
    """``text`` with its first line cut where a headline was glued to the first paragraph.

    Parameters
    ----------
    text : str
        A page's text.

    Returns
    -------
    str
        The text, its first line with words cut in two when it is a headline glued to a
        paragraph (see the module docstring); otherwise unchanged.

    Examples
    --------
    >>> unglue_headline("Ferry returns in springThe council said on Tuesday it will run it.")
    'Ferry returns in spring\\nThe council said on Tuesday it will run it.'
    >>> unglue_headline("Fans queue for the new iPhone at dawn")
    'Fans queue for the new iPhone at dawn'
    """
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return text
    line = lines[first]
    glued = _GLUED_WORD.search(line)
    if glued is None:
        return text
    head, tail = line[: glued.start("joint")].strip(), line[glued.start("joint") :].strip()
    words = len(head.split())
    if (
        words < MIN_HEADLINE_WORDS
        or len(tail.split()) <= words
        or strip_closing_marks(tail)[-1:] not in SENTENCE_MARKS
    ):
        return text
    return "\n".join([*lines[:first], head, tail, *lines[first + 1 :]])


def unglue_run_on(text: str) -> str:
    """``text`` cut into its elements' lines when it is a whole page printed as one line.

    Parameters
    ----------
    text : str
        A page's text.

    Returns
    -------
    str
        The text cut at each joint of two glued elements (see the module docstring) when
        it is one line holding a sentence mark glued to a capital; otherwise unchanged.

    Examples
    --------
    >>> unglue_run_on("NewsSportsPier to reopenBy Ann LeeDec 5, 2026It opens.Fish are back.")
    'News\\nSports\\nPier to reopen\\nBy Ann Lee\\nDec 5, 2026\\nIt opens.\\nFish are back.\\n'
    >>> unglue_run_on("It opens in May.\\nFish are back.Boats too.")
    'It opens in May.\\nFish are back.Boats too.'
    """
    stripped = text.strip()
    if "\n" in stripped or not _GLUED_SENTENCE.search(stripped):
        return text
    return _ELEMENT_JOINT.sub("\n", stripped) + "\n"


def _unglued(line: str) -> str:
    cue = _GLUED_CUE.search(line)
    if cue is None or len(line[: cue.start()].split()) < MIN_HEADLINE_WORDS:
        return line
    byline = line[cue.start() :]
    if find_date_span(byline) is None:
        return line  # no date after it: a sentence, not a header's run
    # the joint nearest the date's start ("Jane McDonaldSaturday, 5 December": the
    # joint before "Saturday", not the one inside the name), a label at most before it
    best: tuple[int, int] | None = None  # (distance to the date, joint)
    for joint in _JOINT.finditer(byline):
        span = find_date_span(byline[joint.start() : joint.start() + _DATE_REACH])
        if span is not None and span[0] <= MAX_DATE_LABEL and (best is None or span[0] < best[0]):
            best = (span[0], joint.start())
    parts = [line[: cue.start()].rstrip()]
    if best is None:
        parts.append(byline.strip())
    else:
        parts += [byline[: best[1]].rstrip(), byline[best[1] :].strip()]
    return "\n".join(part for part in parts if part)


#: The most characters of a label before the date it glues to the name ("Posted: ",
#: "Published "): a word and its colon.
MAX_DATE_LABEL = 12
# How far after a joint its date is read.
_DATE_REACH = 40
