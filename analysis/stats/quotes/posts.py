"""Posts embedded in a body, counted as quotations of their authors.

A social-media post an article embeds is printed as its text, then its signature ("—
Jane Doe (@janedoe) March 3, 2026": :func:`analysis.text.posts.post_signature`), at the
end of its last line or on a line of its own. Its text is what its author wrote, which
the outlet quotes: a quotation attributed to the author, as a span between quotation
marks is to its speaker, whether or not the post prints quotation marks.

The post's text is the text before the signature on its line; for a signature on a line
of its own, the lines above it in its paragraph, or, when it opens its paragraph, the
paragraph above it, when that holds at most ``POST_MAX_CHARS`` characters besides its
links (a post's limit counts no link in full; a longer paragraph is the article's own).
The speaker is the author as the signature prints it (none when it prints only a
handle). The signature's words are not quoted. Quotation marks inside the post are the
post's (a quotation inside a quotation): their spans are counted once, as part of the
post. A post copied from a page as a card prints its author's name on a line, the
handle alone on the next, the text, and a line that is only the date under it: its text
is the author's quotation too. No tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from analysis.stats.quotes.marks import _Line
from analysis.text.posts import POST_MAX_CHARS, is_card_date_line, is_handle_line, post_signature

#: The cue of a post's quote (``Quote.cue``): its signature.
POST_CUE = "signature"
# A link as a post prints it: a token with a dot and a slash ("https://t.co/Ab3",
# "pic.example.com/Ab3").
_LINK = re.compile(r"\S*\w\.\w\S*/\S*")


class PostSpan(NamedTuple):
    """One embedded post's text in a body, and its author.

    Attributes
    ----------
    start, end : int
        Offsets of the post's text in the body.
    line : int
        Index (into the body's non-blank lines) of the text's last line.
    speaker_start, speaker_end : int or None
        Offsets of the author as the signature prints it; None when it names none.
    """

    start: int
    end: int
    line: int
    speaker_start: int | None
    speaker_end: int | None


def post_spans(body: str, lines: Sequence[_Line]) -> list[PostSpan]:
    """The embedded posts of a body, in order.

    Parameters
    ----------
    body : str
        An article body.
    lines : sequence of _Line
        Its non-blank lines with their paragraphs (:func:`analysis.stats.quotes.marks._lines`).

    Returns
    -------
    list of PostSpan
        One per signed post whose text the body holds.
    """
    found = []
    for index, line in enumerate(lines):
        text = body[line.start : line.end]
        signature = post_signature(text)
        if signature is None:
            continue
        lead = len(text) - len(text.lstrip())
        sign_at = line.start + lead + signature.start
        speaker = _speaker(body, sign_at, signature.author)
        if signature.start > 0:
            start = line.start + lead
            end = start + len(body[start:sign_at].rstrip())
            found.append(PostSpan(start, end, index, *speaker))
            continue
        first = _text_lines(lines, index)
        if first is None:
            continue
        start, end = lines[first].start, lines[index - 1].end
        text = body[start:end]
        if len(_LINK.sub("", text).strip()) > POST_MAX_CHARS:
            continue
        found.append(PostSpan(start, end, index - 1, *speaker))
    return sorted(found + _card_posts(body, lines))


#: Words of an author's name on a post card's first line.
_MAX_NAME_WORDS = 5


def _card_posts(body: str, lines: Sequence[_Line]) -> list[PostSpan]:
    """Posts copied as a card: the author's name on a line, the handle alone on the
    next, the text, then a line that is only the date ("Priya Raman" / "@priya.bsky.social"
    / text / "December 4, 2026 at 9:12 AM"). The text (the lines between the handle and
    the date, at most ``POST_MAX_CHARS`` characters besides links) is the author's
    quotation; a name line that ends a sentence or is longer than five words is none."""
    found = []
    for index in range(1, len(lines) - 2):
        if not is_handle_line(body[lines[index].start : lines[index].end]):
            continue
        name = body[lines[index - 1].start : lines[index - 1].end].strip()
        words = name.split()
        if not words or len(words) > _MAX_NAME_WORDS or not name[0].isupper() or name[-1] in ".!?:":
            continue
        date = next(
            (
                at
                for at in range(index + 2, min(index + 6, len(lines)))
                if is_card_date_line(body[lines[at].start : lines[at].end])
            ),
            None,
        )
        if date is None:
            continue
        start, end = lines[index + 1].start, lines[date - 1].end
        if len(_LINK.sub("", body[start:end]).strip()) > POST_MAX_CHARS:
            continue
        name_start = lines[index - 1].start + body[lines[index - 1].start :].index(name[0])
        found.append(PostSpan(start, end, date - 1, name_start, name_start + len(name)))
    return found


def _text_lines(lines: Sequence[_Line], signed: int) -> int | None:
    """The first of the lines holding the text of the post signed on line ``signed``
    (the lines above it in its paragraph, else the paragraph above); None for none."""
    if signed == 0:
        return None
    paragraph = lines[signed - 1].paragraph
    if lines[signed].paragraph != paragraph and lines[signed].paragraph - 1 != paragraph:
        return None
    first = signed - 1
    while first > 0 and lines[first - 1].paragraph == paragraph:
        first -= 1
    return first


def _speaker(body: str, sign_at: int, author: str) -> tuple[int | None, int | None]:
    """Offsets of the signature's author in the body (None, None when it prints none)."""
    if not author:
        return None, None
    start = body.find(author, sign_at)
    return (start, start + len(author)) if start >= 0 else (None, None)
