"""A brief of two or three sentences under its dated line (a step of the body detector).

A news brief may tell its story in two or three short sentences: one paragraph a text
browser wrapped and one of a single sentence, or two one-sentence paragraphs ("Crews
cleared the docks overnight."). In a language whose words are long (Georgian,
Malayalam, Tamil) no line is long enough, or holds enough function words, to weigh as
prose, and two sentences are fewer than a brief asks of sentences standing alone
(:data:`~analysis.clean.body.sentence_paragraphs.BRIEF_MIN_SENTENCES`: a cookie
banner's or a teaser's two): the page read as no article, and its headline, date and
byline were lost with it.

:func:`dated_brief_lines` reads such a page's story by where it stands: on a page where
the detector found no region, the lines right under a dated line (the story's header:
"Published: 3 December 2026 10:32", "By NAME | DATE") to the page's last sentence are
the story when no footer or break stands among them, they hold every sentence the page
prints (none above the dated line), at least
:data:`~analysis.clean.body.sentence_paragraphs.ROW_MIN_SENTENCES` of them, each block
of lines ending a sentence and no line of them a headline, a bullet, a notice, a dated
or a labelled line. A listing's teasers are sentences under several dated lines (the
page's sentences are not all under one), a menu or a link list ends none, a cookie
banner's sentences stand apart from the header. No tuned value.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.body.sentence_paragraphs import (
    ROW_MIN_SENTENCES,
    SENTENCE_MIN_WORDS,
    is_excepted_line,
)

__all__ = ["dated_brief_lines"]


def dated_brief_lines(features: Sequence[LineFeatures], breaks: Collection[int]) -> list[int]:
    """The positions of a short brief's lines under its dated line (see the module).

    Parameters
    ----------
    features : sequence of LineFeatures
        One per non-blank line of the page, in order.
    breaks : collection of int
        Positions that end the text before them (a footer, a form field, a comment's
        header).

    Returns
    -------
    list of int
        Ascending; empty when no dated line has such a run under it.

    Examples
    --------
    >>> from analysis.clean.body.features import line_features
    >>> lines = [
    ...     "Ferry service resumes after storm",
    ...     "By Jane Roe | December 3, 2026",
    ...     "",
    ...     "Ferries between the islands ran again on Thursday.",
    ...     "",
    ...     "Crews cleared the docks overnight, the operator said.",
    ... ]
    >>> dated_brief_lines(line_features(lines), ())
    [2, 3]
    """
    sentences = [
        p
        for p, feature in enumerate(features)
        if feature.ends_sentence and feature.n_words >= SENTENCE_MIN_WORDS
    ]
    if len(sentences) < ROW_MIN_SENTENCES:
        return []
    # the line over the page's first sentence's block: its dated header
    start = sentences[0]
    while (
        start > 0
        and features[start - 1].index == features[start].index - 1
        and not features[start - 1].has_date
    ):
        start -= 1
    if start == 0 or not features[start - 1].has_date or features[start - 1].is_bullet:
        return []
    run = range(start, sentences[-1] + 1)
    if any(p in breaks or is_excepted_line(features[p]) for p in run):
        return []  # a listing's next card, a banner's sentence past a footer
    # each block of adjacent lines ends a sentence (a wrapped paragraph, one a line)
    ends = [p for p in run if p + 1 == run.stop or features[p + 1].index != features[p].index + 1]
    if not all(features[p].ends_sentence for p in ends):
        return []
    return list(run)
