"""Links to other stories set between an article's paragraphs, told by their shape (a
step of the body detector).

A site sets a link to another of its stories between the paragraphs as one line, a
label, a colon and the other story's headline: "Read also: Council approves the 2027
budget", "Les eisini: Tórshavnar býráð samtykti ...", "Verengawo: Kanzuru yeHarare
yavhura mugwagwa mutsva", "Vê jî bixwînin: Şaredariya Amedê budceya 2027an pejirand".
The label is the site's, in its language; the cue list of the promo links
(:data:`analysis.clean.header_lines.RELATED_WORDS`) holds some, never all. The shape is
the same in every language (:func:`is_label_headline`): a label of a few words, a colon,
and a headline (:data:`MIN_HEADLINE_WORDS` words or more, no sentence: no sentence mark
at its end); the line stands alone after a paragraph of the story, and a paragraph or
the body's end comes next (:func:`story_link_positions`).

A subheading printed as a label and a colon ("Analysis: An exercise in caution") has the
shape too and goes with them: the corpora's article texts (AllSides, BASIL, NewsWCL50:
7,368 texts) hold 383 lines found so; of 60 drawn at random, 54 are links to other
stories, an embedded video's, photo's or post's line, an update's stamp or a credit, and
up to 6 may be the story's own (a subheading, a line leading into a quoted post). A
question ("Q: Why now?"), an answer, a dateline's first paragraph, a line of a run of
fields ("When: Friday 3 December" over "Where: ..."), a list of tags ("Tags: Transport,
City Council, Daily Courier") and a label the body's other lines open with too are no
such lines. In an HTML page the markup tells a link (:mod:`analysis.clean.html_links`)
from a subheading: the shape is asked of text dumps only. No tuned value: the sizes are
a label's and a headline's.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.card_lines import MAX_TITLE_WORDS, is_prose
from analysis.text import count_words, is_lower_case
from analysis.text.marks import CLOSING_MARKS, SENTENCE_MARKS

__all__ = [
    "MAX_LABEL_WORDS",
    "MIN_HEADLINE_WORDS",
    "has_label_colon",
    "is_label_headline",
    "story_link_positions",
]

#: The most words a link's label holds ("Vê jî bixwînin", "Read more about this").
MAX_LABEL_WORDS = 4
#: The fewest words of the headline after the label (a caption's credit, "Photo: Jo
#: Bloggs", has fewer).
MIN_HEADLINE_WORDS = 3
# The commas of a list of terms after a label ("Tags: Transport, City Council, Courier"),
# not a headline's.
_LIST_COMMAS = 2
# The colons a label ends with (ASCII, full-width, the Ethiopic preface colon and
# colon Amharic and Tigrinya write: "ተጨማሪ ያንብቡ፦ ...", and the Armenian comma that
# Armenian writes where others write a colon: "Կարդացեք նաև՝ ..."), each followed by a
# space.
_LABEL_ENDS = (": ", "\uff1a ", "\u1366 ", "\u1361 ", "\u055d ")


def is_label_headline(text: str) -> bool:
    """Whether a line is a label, a colon and a headline (see the module docstring).

    Parameters
    ----------
    text : str
        One line, stripped.

    Returns
    -------
    bool
        A label of 1 to :data:`MAX_LABEL_WORDS` words opening with a letter and holding
        no digit, then a colon and a space, then :data:`MIN_HEADLINE_WORDS` words or more
        opening with no lower-case letter, ending with no sentence mark and holding fewer
        than two commas (a list of tags or names holds more); the whole no sentence and
        at most :data:`~analysis.clean.card_lines.MAX_TITLE_WORDS` words.
    """
    cut = _label_end(text)
    label, headline = text[:cut].strip(), text[cut + 2 :].strip()
    if cut < 0 or not label[:1].isalpha() or any(c.isdigit() for c in label):
        return False
    if (
        not headline
        or is_lower_case(headline[0])
        or not (1 <= count_words(label) <= MAX_LABEL_WORDS)
    ):
        return False
    end = headline.rstrip(CLOSING_MARKS + " ")
    if not end or end[-1] in SENTENCE_MARKS or headline.count(",") >= _LIST_COMMAS:
        return False
    n_words = count_words(headline)
    return MIN_HEADLINE_WORDS <= n_words <= MAX_TITLE_WORDS and not is_prose(text)


def story_link_positions(
    texts: Sequence[str], paragraphs: Sequence[bool], body: Sequence[bool] | None = None
) -> list[int]:
    """The positions of the body's lines that are links to other stories.

    Parameters
    ----------
    texts : sequence of str
        The page's non-blank lines (or the body's), in order, stripped.
    paragraphs : sequence of bool
        Whether each line is a paragraph of the story (prose).
    body : sequence of bool, optional
        Whether each line is in the body; None: every line is.

    Returns
    -------
    list of int
        The positions of the body's lines that are no paragraph and hold a label and a
        headline (:func:`is_label_headline`), right after a paragraph of the body and
        right before one or after the body's last line, when they all print one label and
        no other line of the body opens with it: labels that differ are the story's
        subheadings ("The Build Stage: ...", "The Grow Stage: ..."), and one that opens
        a question or an answer too is its speaker's ("Q: Favorite apps" beside "Q:
        Where did you grow up?"). A line with other lines between it and the paragraphs
        (a search result's headline under its site's name and address) is none.
    """
    in_body = [True] * len(texts) if body is None else body
    last = max((k for k, kept in enumerate(in_body) if kept), default=-1)
    found = [
        k
        for k in range(1, last + 1)
        if in_body[k]
        and not paragraphs[k]
        and paragraphs[k - 1]
        and in_body[k - 1]
        and (k == last or (paragraphs[k + 1] and in_body[k + 1]))
        and is_label_headline(texts[k])
    ]
    if not found:
        return found
    labels = {_label(texts[k]) for k in found}
    if len(labels) > 1:
        return []
    (label,) = labels
    printed = sum(
        1
        for text, kept in zip(texts, in_body, strict=True)
        if kept and text.startswith(label) and _label(text) == label
    )
    return found if printed == len(found) else []


def has_label_colon(text: str) -> bool:
    """Whether a line holds a colon a label ends with, followed by a space, after its
    first character (ASCII, full-width, Ethiopic or Armenian: the lines :func:`is_label_headline`
    may accept).

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
    """
    return _label_end(text) > 0


def _label_end(text: str) -> int:
    """The position of a line's first colon followed by a space after its first
    character, or -1."""
    return min((at for end in _LABEL_ENDS if (at := text.find(end)) > 0), default=-1)


def _label(text: str) -> str | None:
    """The part of a line before its first colon followed by a space, or None."""
    cut = _label_end(text)
    return text[:cut].strip() if cut > 0 else None
