"""A story told one short sentence a paragraph (a step of the body detector).

A tabloid prints its story one sentence a paragraph ("He didn't think twice." / "She
only took up running at 80."), an ad slot's label ("Advertisement", "Реклама") or a cue
("Story continues below advertisement") between every few. Each sentence is shorter
than a paragraph (``SENTENCE_LINE_WORDS``) and weighs as chrome in the region search
(:func:`~analysis.clean.body.rules.line_weight`), so the region was the one or two longer
sentences between two labels, or nothing on a page whose sentences are all short.

Such a story is told by its run (:func:`sentence_paragraph_lines`): sentences standing
alone, printed once (or a short paragraph a text browser hard-wrapped over a few lines:
one sentence of the story, :func:`_wrapped_paragraphs`), two or more in a row, the rows
separated by at most an ad slot's lines (a label and a cue, :data:`GAP_MAX_LINES`), at
least :data:`STORY_MIN_SENTENCES` sentences in all (:data:`BRIEF_MIN_SENTENCES` on a
page with no paragraph at all: a short brief in an agglutinative language, Kannada or
Shona, tells its story in three sentences of six to nine words, none as long as a
paragraph). Its short sentences weigh their words as paragraphs do. A listing's teasers
alternate with their headlines (one sentence a row), a comment thread's posts
with a name and a time (a date), a menu or a list of links ends no sentence: none makes
such a run. The lines between the rows keep their weight (an ad's label is no body).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures

__all__ = [
    "BRIEF_MIN_SENTENCES",
    "STORY_MIN_SENTENCES",
    "is_excepted_line",
    "sentence_paragraph_lines",
]

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
# A short paragraph hard-wrapped over at most this many lines (a text browser's 80
# columns: a brief's paragraph of one to three sentences) counts as one sentence of the
# story; its lines but the last hold at least WRAP_MIN_CHARS characters (text browsers
# and converters wrap at 72 to 80 columns; a line of verse or a headline is shorter) and
# are at most WRAP_SLACK_CHARS shorter than its longest (a wrap cuts before the word that
# would pass the width: a long word's length). Set by the dumps' shape, not tuned.
WRAPPED_MAX_LINES = 4
WRAP_MIN_CHARS = 60
WRAP_SLACK_CHARS = 20


def sentence_paragraph_lines(
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    breaks: frozenset[int] = frozenset(),
    lines: Sequence[str] = (),
    verse: frozenset[int] = frozenset(),
    joined: frozenset[int] = frozenset(),
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
    lines : sequence of str, optional
        The page's lines: a short paragraph hard-wrapped over a few of them is one
        sentence of the story (none read without them).
    verse : frozenset of int
        Positions read as verse (:mod:`analysis.clean.body.verse`, weighing 0): a
        wrapped paragraph's lines run on into each other as verse does; in a story's
        rows they are its sentences.
    joined : frozenset of int
        Positions of lone hard-wrapped paragraphs the detector reads joined on one line
        (:mod:`analysis.clean.body.wrapped_view`): each counts one sentence, as its
        lines did, and is no paragraph that asks a brief for
        :data:`STORY_MIN_SENTENCES`.

    Returns
    -------
    list of int
        Positions, ascending, of the story's sentences that weigh less than 0 or were
        read as verse (another neutral line, an item of a list or a site's prompt, stays
        neutral).
    """
    # each sentence line counts one sentence, a hard-wrapped paragraph's lines one in all
    counts = [
        1 if weight > 0 or _is_sentence_paragraph(feature) else 0
        for feature, weight in zip(features, weights, strict=True)
    ]
    wrapped: set[int] = set()
    for block in _wrapped_paragraphs(features, weights, lines, joined):
        wrapped.update(block)
        for position in block:
            counts[position] = 0
        counts[block[-1]] = 1
    rows = _rows(counts, wrapped)
    paragraphs = any(weight > 0 for p, weight in enumerate(weights) if p not in joined)
    least = STORY_MIN_SENTENCES if paragraphs else BRIEF_MIN_SENTENCES
    found: list[int] = []
    story: list[range] = []
    for row in rows:
        if story and not _is_gap(features, breaks, range(story[-1].stop, row.start)):
            found.extend(_story_lines(story, weights, least, counts, verse))
            story = []
        story.append(row)
    found.extend(_story_lines(story, weights, least, counts, verse))
    return found


def _rows(counts: Sequence[int], wrapped: set[int]) -> list[range]:
    """The runs of sentence lines (counting a sentence, or in ``wrapped``) holding at
    least :data:`ROW_MIN_SENTENCES` sentences."""
    rows, position = [], 0
    while position < len(counts):
        if not (counts[position] or position in wrapped):
            position += 1
            continue
        stop = position
        while stop < len(counts) and (counts[stop] or stop in wrapped):
            stop += 1
        if sum(counts[position:stop]) >= ROW_MIN_SENTENCES:
            rows.append(range(position, stop))
        position = stop
    return rows


def _story_lines(
    story: Sequence[range],
    weights: Sequence[float],
    least: int,
    counts: Sequence[int],
    verse: frozenset[int],
) -> list[int]:
    """The positions weighing less than 0 (or read as ``verse``) of a story's rows, when
    it holds ``least`` sentences or more."""
    if sum(counts[position] for row in story for position in row) < least:
        return []
    return [
        position for row in story for position in row if weights[position] < 0 or position in verse
    ]


def _wrapped_paragraphs(
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    lines: Sequence[str],
    joined: frozenset[int] = frozenset(),
) -> list[list[int]]:
    """The positions of each short paragraph a text browser hard-wrapped over 2 to
    :data:`WRAPPED_MAX_LINES` lines, none a paragraph of its own (weighing more than 0):
    lines next to each other with no blank line between or around them, the last ending
    a sentence and the others none, all but the last at least :data:`WRAP_MIN_CHARS`
    long and as long as the longest within :data:`WRAP_SLACK_CHARS`, each so long that
    the next line's first word would have made it longer than the page's longest line
    (the wrap's width: a headline over a paragraph's first line is shorter), none a
    sentence paragraph's exceptions (a bullet, a notice, a heading, a dated or labelled
    line). A lone wrapped paragraph ``joined`` on one line is no line of the page's width.
    """
    if not lines:
        return []
    # the wrap's width: the page's longest line
    width = max(
        (
            len(lines[feature.index].strip())
            for p, feature in enumerate(features)
            if p not in joined
        ),
        default=0,
    )
    blocks, position = [], 0
    while position < len(features):
        stop = position + 1
        while stop < len(features) and features[stop].index == features[stop - 1].index + 1:
            stop += 1
        block = list(range(position, stop))
        position = stop
        if 2 <= len(block) <= WRAPPED_MAX_LINES and _is_wrapped(
            features, weights, lines, block, width
        ):
            blocks.append(block)
    return blocks


def _is_wrapped(
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    lines: Sequence[str],
    block: Sequence[int],
    width: int,
) -> bool:
    """Whether the lines at ``block`` are one paragraph hard-wrapped (see
    :func:`_wrapped_paragraphs`)."""
    *cut, last = (features[p] for p in block)
    if not last.ends_sentence or any(feature.ends_sentence for feature in cut):
        return False
    if any(weights[p] > 0 or is_excepted_line(features[p]) for p in block):
        return False
    widths = [len(lines[features[p].index].strip()) for p in block[:-1]]
    if min(widths) < max(WRAP_MIN_CHARS, max(widths) - WRAP_SLACK_CHARS):
        return False
    if cut[0].n_words < SENTENCE_MIN_WORDS:
        return False
    # the next line's first word would pass the wrap's width
    return all(
        cut_width + 1 + len(lines[features[p].index].split()[0]) > width
        for cut_width, p in zip(widths, block[1:], strict=True)
    )


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
        and feature.n_adjacent == 0
        and feature.n_words >= SENTENCE_MIN_WORDS
        and not is_excepted_line(feature)
    )


def is_excepted_line(feature: LineFeatures) -> bool:
    """Whether a line is no sentence of a story whatever its end: printed more than once,
    a bullet, a notice, a headline in title case or capitals, a dated or labelled line.

    Parameters
    ----------
    feature : LineFeatures
        A non-blank line.

    Returns
    -------
    bool
        True for such a line.
    """
    return (
        feature.repeats > 1
        or feature.is_bullet
        or feature.is_notice
        or feature.is_title_case
        or feature.is_upper
        or feature.is_glued_headline
        or feature.has_date
        or feature.has_label
    )
