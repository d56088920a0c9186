"""Another story's teaser printed under the article (a step of the body detector).

Under its last paragraph a page often previews the next story of the site: a label
("NEXT STORY", "Up next", "Related"), the other story's headline, its first paragraph in
full, and a link to it ("Continue reading", "Read more"). The paragraph is prose, so the
article's region takes it in, and the other story's words were counted as the article's.

The teaser is told by that run (:func:`teaser_positions`): a label standing alone that
names another story (:data:`~analysis.clean.header_lines.RELATED_LABEL` or a "next"
label, :data:`NEXT_LABEL`) after the article's prose, a headline under it (a line of at
most a headline's words, no sentence mark at its end), one paragraph or more, and right
after them a link label that leads away (:data:`~analysis.clean.card_lines.READ_MORE_CUES`).
A related-articles box inside the article has no paragraph under its headlines, and a
subheading of the article no label over it and no link under its section. A page that
loads the next story whole under the article (infinite scroll: "Up next", its headline,
its byline or date line, all its paragraphs) prints no link under it: under a "next"
label, a headline with a header of its own (a byline or a date line,
:data:`MAX_HEADER_LINES` at most) and paragraphs under that is the other story to its
last paragraph. No tuned value: the sizes are a headline's and a header's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.card_lines import MAX_TITLE_WORDS, READ_MORE_CUES
from analysis.clean.dates import find_date
from analysis.clean.header_lines import RELATED_LABEL, find_byline
from analysis.text import count_words
from analysis.text.marks import CLOSING_MARKS, SENTENCE_MARKS

__all__ = ["MAX_HEADER_LINES", "NEXT_LABEL", "teaser_positions"]

#: The most lines a story's header holds between its headline and its text: a byline,
#: a date line and a reading-time or place line (a header's parts, not a tuned value).
MAX_HEADER_LINES = 3

#: A label over the next story of the site, in English and five more languages.
NEXT_LABEL = re.compile(
    r"^\W*(?:next|up next|read next|next (?:story|article|up)|coming up|what to read next"
    r"|nächster artikel|nächste geschichte|article suivant|à lire ensuite|siguiente noticia"
    r"|siguiente artículo|prossimo articolo|próxima notícia|próximo artigo)\W*$",
    re.IGNORECASE,
)


def teaser_positions(lines: Sequence[str], indices: Sequence[int], prose: Sequence[bool]) -> range:
    """Positions of the teaser of another story under the article (see the module).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    indices : sequence of int
        The page index of each non-blank line, in page order.
    prose : sequence of bool
        Whether each non-blank line is a paragraph of the body.

    Returns
    -------
    range
        Positions into ``indices`` from the label to the teaser's last paragraph; empty
        when the page has no such teaser.
    """
    seen_prose = False
    for position, index in enumerate(indices):
        if prose[position]:
            seen_prose = True
            continue
        if not seen_prose or not _is_story_label(lines[index]):
            continue
        headline = position + 1
        if (
            headline >= len(indices)
            or prose[headline]
            or not _is_headline(lines[indices[headline]])
        ):
            continue
        if NEXT_LABEL.match(lines[index]) is not None:
            story_end = _next_story_end(lines, indices, prose, headline)
            if story_end is not None:
                return range(position, story_end + 1)
        last = headline
        while last + 1 < len(indices) and prose[last + 1]:
            last += 1
        if (
            last > headline
            and last + 1 < len(indices)
            and READ_MORE_CUES.match(lines[indices[last + 1]]) is not None
        ):
            return range(position, last + 1)
    return range(0)


def _next_story_end(
    lines: Sequence[str], indices: Sequence[int], prose: Sequence[bool], headline: int
) -> int | None:
    """The last position of a whole story printed under a "next story" label, or None.

    Under its headline the story has its own header, one line or more up to
    :data:`MAX_HEADER_LINES`, each a byline ("By Jane Roe") or a date line, and then its
    paragraphs: the story runs to the last of them.
    """
    position = headline + 1
    while (
        position < len(indices)
        and not prose[position]
        and position - headline <= MAX_HEADER_LINES
        and _is_header_line(lines[indices[position]])
    ):
        position += 1
    if position == headline + 1 or position >= len(indices) or not prose[position]:
        return None
    while position + 1 < len(indices) and prose[position + 1]:
        position += 1
    return position


def _is_header_line(line: str) -> bool:
    """Whether a line is one of an article's header lines: a byline or a date line."""
    text = line.strip()
    return count_words(text) <= MAX_TITLE_WORDS and (
        find_byline(text) is not None or find_date(text) is not None
    )


def _is_story_label(line: str) -> bool:
    """Whether a line is only a label over another story ("NEXT STORY", "Related")."""
    return RELATED_LABEL.match(line) is not None or NEXT_LABEL.match(line) is not None


def _is_headline(line: str) -> bool:
    """Whether a line reads as a headline: a few words, no sentence mark at its end."""
    text = line.strip().rstrip(CLOSING_MARKS)
    return bool(text) and text[-1] not in SENTENCE_MARKS and count_words(text) <= MAX_TITLE_WORDS
