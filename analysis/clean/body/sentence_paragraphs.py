"""A story told one short sentence a paragraph (a step of the body detector).

A tabloid prints its story one sentence a paragraph ("He didn't think twice." / "She
only took up running at 80."), an ad slot's label ("Advertisement", "Реклама") or a cue
("Story continues below advertisement") between every few. Each sentence is shorter
than a paragraph (``SENTENCE_LINE_WORDS``) and weighs as chrome in the region search
(:func:`~analysis.clean.body.rules.line_weight`), so the region was the one or two longer
sentences between two labels, or nothing on a page whose sentences are all short.

Such a story is told by its run (:func:`sentence_paragraph_lines`): sentences standing
alone, printed once, two or more in a row, the rows separated by at most an ad slot's
lines (a label and a cue, :data:`GAP_MAX_LINES`), at least :data:`STORY_MIN_SENTENCES`
sentences in all (:data:`BRIEF_MIN_SENTENCES` on a page with no paragraph at all: a
short brief in an agglutinative language, Kannada or Shona, tells its story in three
sentences of six to nine words, none as long as a paragraph). Its short sentences weigh
their words as paragraphs do. A listing's
teasers alternate with their headlines (one sentence a row), a comment thread's posts
with a name and a time (a date), a menu or a list of links ends no sentence: none makes
such a run. The lines between the rows keep their weight (an ad's label is no body).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures

__all__ = ["BRIEF_MIN_SENTENCES", "STORY_MIN_SENTENCES", "sentence_paragraph_lines"]

# A row of the story holds at least this many sentences in a row: one sentence between
# two other lines is a listing's teaser under its headline, a caption, a comment.
ROW_MIN_SENTENCES = 2
# Between two rows stand at most this many lines (an ad slot: its label and a cue,
# "Continue reading below" / "Advertisement"), each with a word and no figure, no
# bullet or notice.
GAP_MAX_LINES = 2
# The story holds at least this many sentences (prose lines counted) in its rows: a
# cookie banner or a sign-up box prints two or three. Chosen by cross-validation by site
# (benchmarks/extraction_benchmark.py TUNABLE); a very large value switches the rule off.
STORY_MIN_SENTENCES = 6
# On a page with no paragraph (no line weighing more than 0), the story holds at least
# this many: a brief's three short sentences (a language whose words are long, Kannada,
# Shona, says a sentence in few of them). Not tuned: a row's two sentences are a teaser
# or a banner's, a third makes the story.
BRIEF_MIN_SENTENCES = 3
# A sentence of the story has at least this many words ("Ma sześć lat.").
SENTENCE_MIN_WORDS = 2


def sentence_paragraph_lines(
    features: Sequence[LineFeatures], weights: Sequence[float], breaks: frozenset[int] = frozenset()
) -> list[int]:
    """The short sentences of a story told one short sentence a paragraph (see the module).

    Parameters
    ----------
    features : sequence of LineFeatures
        One per non-blank line of the page, in order.
    weights : sequence of float
        The region weights of those lines
        (:func:`~analysis.clean.body.rules.region_weights`); a line weighing more than
        0 is a paragraph, which counts as a sentence of the story.
    breaks : frozenset of int
        Positions that end a cluster (a footer, a comment's header): no gap.

    Returns
    -------
    list of int
        Positions, ascending, of the story's sentences that weigh less than 0 (a
        neutral line, an item of a list or a site's prompt, stays neutral).
    """
    sentence = [
        weight > 0 or _is_sentence_paragraph(feature)
        for feature, weight in zip(features, weights, strict=True)
    ]
    rows = _rows(sentence)
    least = STORY_MIN_SENTENCES if any(weight > 0 for weight in weights) else BRIEF_MIN_SENTENCES
    found: list[int] = []
    story: list[range] = []
    for row in rows:
        if story and not _is_gap(features, breaks, range(story[-1].stop, row.start)):
            found.extend(_story_lines(story, weights, least))
            story = []
        story.append(row)
    found.extend(_story_lines(story, weights, least))
    return found


def _rows(sentence: Sequence[bool]) -> list[range]:
    """The runs of at least :data:`ROW_MIN_SENTENCES` sentence lines in a row."""
    rows, position = [], 0
    while position < len(sentence):
        if not sentence[position]:
            position += 1
            continue
        stop = position
        while stop < len(sentence) and sentence[stop]:
            stop += 1
        if stop - position >= ROW_MIN_SENTENCES:
            rows.append(range(position, stop))
        position = stop
    return rows


def _story_lines(story: Sequence[range], weights: Sequence[float], least: int) -> list[int]:
    """The positions weighing less than 0 of a story's rows, when it holds ``least``
    sentences or more."""
    if sum(len(row) for row in story) < least:
        return []
    return [position for row in story for position in row if weights[position] < 0]


def _is_gap(features: Sequence[LineFeatures], breaks: frozenset[int], between: range) -> bool:
    """Whether the lines between two rows are an ad slot's: at most
    :data:`GAP_MAX_LINES`, each holding a word (a rule "___" closes the story) and no
    figure (a round-up's result over its scorers, "Viera d. Rockledge 3-1"), no bullet,
    notice or break."""
    return 0 < len(between) <= GAP_MAX_LINES and not any(
        position in breaks
        or features[position].n_words == 0
        or features[position].has_digit
        or features[position].is_bullet
        or features[position].is_notice
        for position in between
    )


def _is_sentence_paragraph(feature: LineFeatures) -> bool:
    """Whether a line is a sentence standing alone as a paragraph: it ends a sentence, is
    printed once, set apart from its neighbours, and is no bullet, notice, headline in
    title case or capitals, dated line or labelled line (an interview's "Q: Favorite
    apps?", whose answers may end no sentence; a result's "Cocoa (1-2): 8 saves.")."""
    return (
        feature.ends_sentence
        and feature.repeats <= 1
        and feature.n_adjacent == 0
        and feature.n_words >= SENTENCE_MIN_WORDS
        and not (
            feature.is_bullet
            or feature.is_notice
            or feature.is_title_case
            or feature.is_upper
            or feature.is_glued_headline
            or feature.has_date
            or feature.has_label
        )
    )
