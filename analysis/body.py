"""Find the article body among a page's lines (text-only main-content detection).

Baseline placeholder: keeps lines of 20 or more words. To be replaced by the layout- and
text-statistics classifier (see issue 2).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.text import count_words


def body_line_indices(lines: Sequence[str]) -> list[int]:
    """Return the indices of the lines that belong to the article body.

    Parameters
    ----------
    lines : sequence of str
        The page's lines, without line endings, already NFC-normalized.

    Returns
    -------
    list of int
        Sorted indices into ``lines``.
    """
    return [i for i, line in enumerate(lines) if count_words(line) >= 20]
