"""Direct quotations in an article body: spans, attribution, speakers (stage: metrics)."""
# Owner: quotes work (issue 3). Contract below; implementation pending.
from __future__ import annotations

from dataclasses import dataclass


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
        The speaker, when attributed and named.
    is_scare : bool
        Unattributed and three words or fewer: counted in quote_share_all only.
    """

    start: int
    end: int
    text: str
    n_words: int
    paragraph: int
    attributed: bool
    speaker: str | None
    is_scare: bool


def find_quotes(body: str) -> list[Quote]:
    """Return the top-level quoted spans of ``body`` in order."""
    raise NotImplementedError
