"""The paragraph a paywall cut mid-sentence (a step of the body detector).

A paywalled page prints the story's first paragraphs, the last one cut mid-sentence where
the wall begins ("... lorries wait at the border for several days and"), then the wall's
prompt ("Subscribe to read the rest of this article": :mod:`analysis.clean.paywall`).
Read line by line the cut paragraph ends no sentence: shorter than a long line, it read
as chrome, and the body lost it (h363's review: Pashto, Sorani and English pages alike).

The line right after the body's last line is the cut paragraph when it holds a sentence
line's words or more (:data:`~analysis.text.lines.SENTENCE_LINE_WORDS`), ends no
sentence, is no bullet, notice, title-case or repeated line, and the line right under it
is a paywall prompt (:func:`~analysis.clean.paywall.is_paywall_prompt`). No tuned value:
the words are a sentence line's, the prompt the paywall module's.
"""

from __future__ import annotations

from collections.abc import Sequence

# the module, not its function: analysis.clean.paywall imports this package's site prompts
from analysis.clean import paywall
from analysis.clean.body.features import LineFeatures
from analysis.text.lines import SENTENCE_LINE_WORDS

__all__ = ["paywall_cut_paragraph"]


def paywall_cut_paragraph(
    lines: Sequence[str], features: Sequence[LineFeatures], is_body: Sequence[bool]
) -> int | None:
    """The position of the paragraph a paywall cut under the body, or None (see the module).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    is_body : sequence of bool
        Whether each of them is body so far.

    Returns
    -------
    int or None
        A position into ``features``.
    """
    last = max((position for position, body in enumerate(is_body) if body), default=None)
    if last is None or last + 2 >= len(features):
        return None
    cut = features[last + 1]
    if (
        cut.n_words < SENTENCE_LINE_WORDS
        or cut.ends_sentence
        or cut.is_bullet
        or cut.is_notice
        or cut.is_title_case
        or cut.repeats > 1
    ):
        return None
    return last + 1 if paywall.is_paywall_prompt(lines[features[last + 2].index]) else None
