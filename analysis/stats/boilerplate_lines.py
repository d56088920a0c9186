"""The lines an outlet's boilerplate is counted on, per article (stage: metrics).

What :mod:`analysis.stats.outlet_boilerplate` counts per outlet, read off one article at
a time: its distinct *counted lines* (a sentence line that quotes no one:
:func:`is_counted_line`), each as the hash it is counted under (:func:`line_key`), and
its story's hash (:func:`story_of`). :func:`line_keys` does it for a chunk of articles
(:func:`text_line_keys` without their outlets):
it is a pure function of the articles, so ``metrics`` runs it on its workers while the
command's process sorts the articles (with ``--jobs N``), and the counts are the same
whichever process computed them. This module imports neither pandas nor pyarrow (a
metrics worker loads neither: :mod:`analysis.stats.worker_models`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.stats.quotes import holds_direct_quote, reported_source
from analysis.text import caseless_lower, count_words, visible_text
from analysis.text.lines import SENTENCE_LINE_WORDS, line_hash
from analysis.text.marks import SENTENCE_MARKS, strip_closing_marks

# Longer than any run of closing quotes and brackets after a sentence's last mark.
_TAIL_CHARS = 32
#: One article's counted lines: (outlet, story hash, the line hashes), as
#: :func:`line_keys` gives them.
ArticleLines = tuple[str, int, list[int]]
#: One article's counted lines before its outlet is known: (story hash, the line hashes).
StoryLines = tuple[int, list[int]]


_DIGIT_RUN = re.compile(r"\d+")


def line_key(text: str) -> int:
    """The hash a shown line is counted under: every run of digits read as one.

    Parameters
    ----------
    text : str
        A line as shown (:func:`shown_line`).

    Returns
    -------
    int
        An unsigned 64-bit hash.
    """
    return line_hash(_DIGIT_RUN.sub("0", text))


def shown_line(line: str) -> str:
    """A line's visible text with each run of whitespace as one space.

    Parameters
    ----------
    line : str
        A line of a body.

    Returns
    -------
    str
        What is counted and shown of it.
    """
    return " ".join(visible_text(line).split())


def is_sentence_line(text: str) -> bool:
    """True for a line of at least ``SENTENCE_LINE_WORDS`` words that ends a sentence.

    Parameters
    ----------
    text : str
        A line's visible text.

    Returns
    -------
    bool
        Whether the line is long enough and its last mark, closing quotes and brackets
        aside, ends a sentence.
    """
    mark = strip_closing_marks(text[-_TAIL_CHARS:])[-1:]
    return bool(mark) and mark in SENTENCE_MARKS and count_words(text) >= SENTENCE_LINE_WORDS


# The marks a quotation can open with (single quotes aside: apostrophes are common).
_QUOTATION_OPENERS = frozenset('"“„«»「『‹›')


def _quotes_someone(text: str) -> bool:
    """Whether a line holds a quotation that is not a scare quote
    (:func:`analysis.stats.quotes.holds_direct_quote`). A site's pitch quotes no one; a
    quotation printed again in an outlet's stories is its reporting (a follow-up
    repeating a statement, a roundup's quotation), never its boilerplate."""
    if _QUOTATION_OPENERS.isdisjoint(text):
        return False
    return holds_direct_quote(text)


# Words one of whose forms a line must hold to report a source (a cheap test first).
_STATEMENT_WORDS = ("said", "says", "told", "according to")


def reports_someone(text: str) -> bool:
    """Whether a line reports a source's statement without quotation marks.

    A pitch speaks for the site to its reader; a statement printed again in an outlet's
    stories is background of its reporting (the follow-ups of one story repeat it),
    never its boilerplate.

    Parameters
    ----------
    text : str
        A line as shown (:func:`shown_line`).

    Returns
    -------
    bool
        Whether :func:`analysis.stats.quotes.reported_source` finds a source ("...,
        officials said.", "According to the agency, ...").
    """
    lowered = text.casefold()
    if not any(word in lowered for word in _STATEMENT_WORDS):
        return False
    return reported_source(text) is not None


def is_counted_line(text: str) -> bool:
    """Whether a line is counted per outlet (and so may be removed as its boilerplate).

    Parameters
    ----------
    text : str
        A line's visible text, whitespace runs as one space.

    Returns
    -------
    bool
        A sentence line (:func:`is_sentence_line`) that quotes no one.
    """
    return is_sentence_line(text) and not _quotes_someone(text)


def sentence_lines(body: str) -> list[str]:
    """The distinct counted lines of a body (:func:`is_counted_line`), as shown.

    Parameters
    ----------
    body : str
        An article's body, one paragraph or line per line.

    Returns
    -------
    list of str
        Each sentence line's visible text (whitespace runs as one space), once, in order.
    """
    shown = dict.fromkeys(shown_line(line) for line in body.split("\n"))
    return [text for text in shown if text and is_counted_line(text)]


def story_of(title: str | None, body: str) -> int:
    """The hash of an article's story: its title, case and spacing aside (else its body).

    Parameters
    ----------
    title : str or None
        The article's title.
    body : str
        Its body.

    Returns
    -------
    int
        An unsigned 64-bit hash.
    """
    key = caseless_lower(" ".join(title.split())) if isinstance(title, str) else ""
    return line_hash("title\x1f" + key if key else "body\x1f" + body)


def line_keys(
    articles: Iterable[tuple[str | None, str | None, str | None]],
) -> list[ArticleLines]:
    """The counted lines of some articles, as hashes, in order.

    Parameters
    ----------
    articles : iterable of tuple
        Each article's outlet (None or empty: not counted), title and body.

    Returns
    -------
    list of tuple
        For each article of an outlet that prints at least one counted line: its outlet,
        its story (:func:`story_of`) and the hashes of its distinct counted lines
        (:func:`line_key`), in body order.
    """
    found: list[ArticleLines] = []
    for outlet, title, body in articles:
        if outlet and (lines := article_line_keys(title, body)) is not None:
            found.append((str(outlet), *lines))
    return found


def text_line_keys(articles: Iterable[tuple[str | None, str | None]]) -> list[StoryLines | None]:
    """:func:`article_line_keys` of each article of a chunk, whatever its outlet.

    What :func:`line_keys` reads off an article, before its outlet is known: ``metrics``
    hands its articles' titles and bodies to its workers as it reads them, and pairs
    each result with the article's outlet once the outlets' names are worked out.

    Parameters
    ----------
    articles : iterable of tuple
        Each article's title and body.

    Returns
    -------
    list
        One item per article, in order: its story and line hashes, or None.
    """
    return [article_line_keys(title, body) for title, body in articles]


def article_line_keys(title: str | None, body: str | None) -> StoryLines | None:
    """One article's story (:func:`story_of`) and the hashes of its distinct counted
    lines (:func:`line_key`), in body order; None when it prints no counted line.

    Parameters
    ----------
    title : str or None
        The article's title.
    body : str or None
        Its body.

    Returns
    -------
    tuple or None
        (story hash, line hashes), or None.
    """
    lines = sentence_lines(body or "")
    if not lines:
        return None
    return story_of(title, body or ""), list(map(line_key, lines))
