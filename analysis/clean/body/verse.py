"""Verse printed in an article: a poem, a song's lyrics, a chant (a step of the body detector).

An article prints a poem or a song's words one line of verse a line, in stanzas packed
between blank lines: "The water goes out like a held breath," / "and the mud keeps every
word it heard:". Read line by line, the verse is chrome (short lines, no paragraph), and
a few stanzas are a gap that ends the article's region: the lyrics quoted between two
paragraphs cut the story in two, and the poem a poetry page prints under its
introduction was lost whole.

A run of verse is told by its sentences, which run on across the ends of its lines,
where a menu's, a list's or a box's lines each stand alone: its lines (at least
``MIN_LINES``) are each no paragraph (a chrome weight), printed once, no bullet, date,
notice, label, column row or title-case headline, and each ends in a punctuation mark or
runs on into the next line (which opens in lower case); at least one line ends in no
sentence mark and runs on into the next one, and the last line ends a sentence; the
run's stanzas are packed (one of its lines at least touches the next), or, a poem a site
prints one paragraph a line, its sentences run on across most of its lines
(:func:`_spread_verse`), and they stand at most one blank line apart; on a page in a
language of the function-word lists its words hold function words as prose does (an
address block has none). No tuned value: the shape is verse's own (two couplets, and
half the lines running on, for a poem printed one paragraph a line).

Such a run neither adds to the article nor ends it in the region search (weight 0); its
lines are body when the region holds them, and a run standing right under the region's
last paragraph is the article's too (a poem closing its introduction).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.clean.body.rules import PROSE_FUNCTION_RATIO
from analysis.text import is_lower_case

#: A run of verse holds at least this many lines (a couplet).
MIN_LINES = 2
#: An unmarked line opening no lower-case line after it is verse only with at least this
#: many words: a phrase running on ("A wind as soft as mother's hand"), where a menu's or
#: a box's label is a word or two ("Tickets", "Parking").
RUN_ON_MIN_WORDS = 3


def verse_runs(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    known_language: bool,
) -> list[range]:
    """The runs of verse lines of a page (see the module), as ranges of positions.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        Its non-blank lines.
    weights : sequence of float
        Their region weights (a positive weight is prose: no verse line).
    known_language : bool
        The page is in a language of the function-word lists.

    Returns
    -------
    list of range
        Positions into ``features``, in page order.
    """
    runs: list[range] = []
    position = 0
    while position < len(features):
        if not _may_be_verse(features[position], weights[position]):
            position += 1
            continue
        stop = position + 1
        while (
            stop < len(features)
            and features[stop].index - features[stop - 1].index <= 2
            and _may_be_verse(features[stop], weights[stop])
        ):
            stop += 1
        runs.extend(_runs_within(lines, features, range(position, stop), known_language))
        position = stop
    return runs


def _may_be_verse(feature: LineFeatures, weight: float) -> bool:
    """Whether a line may be a line of verse: no paragraph, printed once, none of a
    menu's, a list's or a box's shapes."""
    return (
        weight <= 0
        and feature.n_words >= 1
        and feature.repeats == 1
        and not (
            feature.is_bullet
            or feature.has_date
            or feature.is_notice
            or feature.has_label
            or feature.has_columns
            or feature.is_form_field
            or feature.is_title_case
            or feature.is_upper
            or feature.is_glued_headline
        )
    )


def _runs_within(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    candidates: range,
    known_language: bool,
) -> list[range]:
    """The runs of verse among candidate lines standing at most one blank line apart:
    each up to the last line ending a sentence before a line that stands alone with no
    mark (a menu's or a list's line; the next run may start after it), kept when its
    sentences run on across the ends of its lines as verse's do (see the module). Each
    line is read once."""
    found = []
    first = candidates.start
    while first < candidates.stop:
        last_end, position = None, first
        while position < candidates.stop:
            feature = features[position]
            if not feature.ends_sentence:
                following = position + 1
                if following >= candidates.stop or not (
                    feature.ends_clause
                    or _opens_in_lower_case(lines[features[following].index])
                    or _inside_marked_stanza(features, position, first)
                ):
                    break  # a line that stands alone with no mark, or ends the lines unended
            else:
                last_end = position
            position += 1
        if last_end is not None and _is_verse(features, range(first, last_end + 1), known_language):
            found.append(range(first, last_end + 1))
        first = position + 1
    return found


def _inside_marked_stanza(features: Sequence[LineFeatures], position: int, first: int) -> bool:
    """Whether an unmarked line whose next line opens with a capital is a line of verse all
    the same: packed between a line of the run ending a clause (a comma: the stanza goes on)
    and a line ending a clause or a sentence. Verse printed with a capital at every line's
    start (as most poems in Latin, Cyrillic and Greek letters are) leaves a line unmarked
    where its sentence runs on ("Анне алли пек ҫемҫе ҫил" / "Манӑн чуна лӑплантарать."); a
    menu's or a list's unmarked lines have no marked lines around them, and a label between
    two sentences is shorter than a phrase (:data:`RUN_ON_MIN_WORDS`)."""
    if position <= first:
        return False
    before, line, after = features[position - 1], features[position], features[position + 1]
    return (
        line.n_words >= RUN_ON_MIN_WORDS
        and bool(before.ends_clause)
        and not before.ends_sentence
        and before.index + 1 == line.index
        and line.index + 1 == after.index
        and (after.ends_sentence or bool(after.ends_clause))
    )


def _is_verse(features: Sequence[LineFeatures], run: range, known_language: bool) -> bool:
    """Whether lines each ending in a mark or running on are verse: at least
    ``MIN_LINES``, one of them running on, one packed against the next, and (in a language
    of the function-word lists) words holding function words as prose does."""
    if len(run) < MIN_LINES:
        return False
    if all(features[position].ends_sentence for position in run):
        return False  # sentences one a line: a list of them, no verse's run-on lines
    packed = any(features[q + 1].index == features[q].index + 1 for q in run[:-1])
    if not packed and not _spread_verse(features, run):
        return False
    if not known_language:
        return True
    words = sum(features[position].n_words for position in run)
    function_words = sum(
        features[position].function_ratio * features[position].n_words for position in run
    )
    return words > 0 and function_words >= PROSE_FUNCTION_RATIO * words


def _spread_verse(features: Sequence[LineFeatures], run: range) -> bool:
    """Whether a run of lines each standing alone between blank lines is verse all the
    same: a site that prints a poem one paragraph a line (a blank line between every two)
    leaves no stanza packed, and its sentences still run on across most of its lines, as a
    menu's or a list of short sentences' lines, each ended, do not. Two couplets at least
    (``2 * MIN_LINES`` lines), and no fewer lines running on than ending a sentence."""
    running_on = sum(1 for position in run if not features[position].ends_sentence)
    return len(run) >= 2 * MIN_LINES and 2 * running_on >= len(run)


def _opens_in_lower_case(line: str) -> bool:
    """Whether a line's first letter is a lower-case one (it goes on with a sentence)."""
    letter = next((char for char in line if char.isalpha()), "")
    return is_lower_case(letter)
