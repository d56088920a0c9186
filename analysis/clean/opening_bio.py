"""The author's biography printed above an article's body, under its label ("About the
author" / "Jane Doe is a lecturer in ... She lives in ...").

An opinion page often opens with a box about its writer before the column: a label
naming the box (:data:`BIO_LABEL`: "About the author", "About the writer", and the same
label in German, French, Spanish, Italian, Portuguese, Dutch, Polish and more languages:
:data:`~analysis.clean.closing_notes.BIO_LABEL_WORDS`), then a
paragraph or two. Read as prose, the box became the body's first paragraph. It is no
part of the story: the body's first lines under such a label are dropped when prose of
the story follows them. The label's words are the languages' own (no site's wording);
no tuned value: the box holds at most :data:`~analysis.clean.closing_notes.BIO_MAX_WORDS`
words a line, as a closing biography does, and at most :data:`BIO_MAX_LINES` lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.closing_notes import BIO_LABEL, BIO_MAX_WORDS
from analysis.text import count_words

__all__ = ["BIO_LABEL", "BIO_MAX_LINES", "without_opening_bio"]

# A biography box holds a paragraph or two.
BIO_MAX_LINES = 2


def without_opening_bio(lines: Sequence[str], body: Sequence[int]) -> list[int]:
    """The body's lines without a biography box opening it.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    body : sequence of int
        The body's line indices, ascending.

    Returns
    -------
    list of int
        ``body`` without its first lines when the page's last non-blank line above them,
        or the first body line itself, is a :data:`BIO_LABEL` line and at most
        :data:`BIO_MAX_LINES` lines of at most ``BIO_MAX_WORDS`` words each stand under
        it, before a blank line and more of the body.
    """
    if len(body) < 2:
        return list(body)
    kept = list(body)
    if BIO_LABEL.match(lines[kept[0]]):
        kept.pop(0)
    else:
        above = next((i for i in range(kept[0] - 1, -1, -1) if lines[i].strip()), None)
        if above is None or not BIO_LABEL.match(lines[above]):
            return list(body)
    # the box: its lines packed under the label, ended by a blank line or a body gap
    box = [kept[0]]
    for index in kept[1:]:
        if index != box[-1] + 1 or not lines[index - 1].strip():
            break
        box.append(index)
    if (
        len(box) > BIO_MAX_LINES
        or len(box) >= len(kept)
        or any(count_words(lines[i]) > BIO_MAX_WORDS for i in box)
    ):
        return list(body)
    return kept[len(box) :]
