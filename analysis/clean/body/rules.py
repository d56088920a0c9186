"""Line classification and weights of the body detector (step 2).

Reads :class:`~analysis.clean.body.features.LineFeatures`; decides what each line reads
like (prose, short sentence, list sentence, table row, heading, data, footer) and gives
each line a weight for the region search: its length if it is prose, a penalty if it is
chrome; prose that is packed or has no prose neighbour counts less (teasers and comments
alternate with headlines, names and dates).
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Collection, Sequence
from dataclasses import replace

from analysis.clean.body import regions
from analysis.clean.body.features import LineFeatures, year_is_its_only_date
from analysis.clean.body.posts import EMBED_CONTROL
from analysis.clean.card_blocks import shared_vocabulary
from analysis.clean.card_lines import CLOCK_TIME, COMMENT_SECTION_HEADING, SPONSORED_CUES
from analysis.clean.dates import find_dates
from analysis.clean.day_parts import is_day_part_stamp
from analysis.clean.header_lines import byline_above
from analysis.clean.interface_words import MAX_INTERFACE_LABEL_WORDS, is_interface_label
from analysis.clean.yearless_dates import NOTICE_YEAR, find_day_month
from analysis.text import LETTER_RUN, is_lower_case
from analysis.text.lines import SENTENCE_LINE_WORDS  # defined with the line shapes

# A line of at least this many (effective) words counts as prose even without a full stop.
LONG_LINE_WORDS = 30
# A short sentence needs this many characters (CJK: CJK_SHORT_SENTENCE_CHARS) and this
# share of function words to be kept as body.
SHORT_SENTENCE_CHARS = 20
CJK_SHORT_SENTENCE_CHARS = 8
SHORT_SENTENCE_FUNCTION_RATIO = 0.15
# The marks ending a clause that end a short sentence too (a line cut at a comma).
SHORT_SENTENCE_CLAUSE_ENDS = (",", "、", "，", ";", "；")
# When the page's prose is in a language of analysis.stopwords (median function-word
# share of its long lines at least KNOWN_LANGUAGE_RATIO), prose needs at least
# PROSE_FUNCTION_RATIO function words: keyword lists and headline strings have none
# (table rows are exempt: their cells are data).
KNOWN_LANGUAGE_RATIO = 0.15
PROSE_FUNCTION_RATIO = 0.05
# A bullet of at least LIST_SENTENCE_WORDS words and this share of function words is an
# item of a list in the text, not a link label.
LIST_SENTENCE_WORDS = 4
LIST_SENTENCE_FUNCTION_RATIO = 0.1
# Penalties (in words) of non-prose lines in the main-region search.
CHROME_PENALTY = 3.0
BULLET_PENALTY = 2.0
DATE_PENALTY = 7.0
REPEAT_PENALTY = 2.0
SHORT_SENTENCE_PENALTY = 2.0
# A prose line whose neighbours are both chrome counts this fraction of its length.
ISOLATED_PROSE_FACTOR = 0.3
# In a language without a function-word list, a short sentence standing apart (blank
# lines around it: a paragraph of one short sentence) is a neighbour of the prose beside
# it, as a paragraph is: a short article in a language of long words (Zulu, Sinhala)
# prints paragraphs of fewer than SENTENCE_LINE_WORDS words, and its prose would count as
# teasers between chrome. (In a language of the lists, a sentence that short beside a
# paragraph is as often a caption, a byline or a Q&A's question: the lists' languages
# write more, shorter words; and a short sentence holding a figure is as often a row of
# data, a result or a recipe's item, on a page of data whose function-word share is
# low.) A rule switch with no tuned value (on); cross-validation by site may switch it
# off.
SENTENCE_NEIGHBOURS = True
# A prose line with 0, 1 or 2 non-blank neighbours counts this fraction of its length
# (packed lines are list items and menu teasers, paragraphs stand between blank lines).
PACKED_FACTORS = (1.0, 0.3, 0.1)
# A stamp line (a date or a clock time and at most STAMP_OTHER_WORDS other
# words, a label, a weekday or a zone: "14:05", "Updated 2:05 p.m. ET", "Sunday 9:12
# BST", "March 1, 2026"), set apart from the paragraph above it, between two
# paragraphs, is a dateline inside the article (a live blog's update, a timeline's
# entry): neutral in the region search, and the paragraphs on either side of it count
# as neighbours (the way an embedded post's signed line is neutral). A listing's card
# date sits under its teaser, against it, or before the next card's headline; a
# promo's headline holding a year is no stamp. A rule switch with no tuned value, on,
# as the issue asks a live blog's body to be kept; cross-validation by site may switch
# it off. The words allowed besides the stamp were first 2, which took a sidebar's
# "» Show 2019 – Episode 29" in on one dev page: cross-validation by site scores 0, 1
# and 2 and keeps 1.
DATELINES = True
STAMP_OTHER_WORDS = 1
# A clock time (no date) may stand over its update's headline, the update's text under
# the headline ("13:45" / "Ferries cancelled" / its paragraph): a dateline too. Only a
# clock time: a listing's card date stands over the next card's headline and teaser. A
# rule switch with no tuned value, on (cross-validation by site may switch it off).
UPDATE_HEADLINES = True
# A comment thread: at least COMMENT_HEADERS_MIN posts under a name line of at most
# AUTHOR_LINE_MAX_WORDS words (a list item's number not counted) and a time line of at
# most COMMENT_TIME_MAX_WORDS words
# (on, as the issue asks comment threads to be chrome; cross-validation by site may
# switch it off, a very large minimum, or lower it, and keeps it).
COMMENT_HEADERS_MIN = 3
AUTHOR_LINE_MAX_WORDS = 4
# A comment section's heading ("42 Comments", "1 Comment") ends the text before it, even
# over a single comment (a rule switch with no tuned value, on, as comments are never
# body; cross-validation by site may switch it off).
COMMENT_SECTION_HEADINGS = True
COMMENT_TIME_MAX_WORDS = 8
# The headers of two posts of one thread are at most this many non-blank lines apart (a
# name, a time, a post of up to ten paragraphs).
POST_MAX_LINES = 12
# A list of cards: a line repeated at least CARD_SEPARATORS_MIN times, every two
# consecutive copies enclosing exactly one prose line (a share bar under each quote of a
# quote site, a "Read more" under each teaser). On, as the issue asks a short article
# not to be lost to the teasers or quote cards after it (no tuned value: the pattern is
# exact); cross-validation by site may switch it off (a very large minimum).
CARD_SEPARATORS_MIN = 3
# The paragraphs such a line separates are one story's, not cards, when the line is an
# ad's label or a byline stands above the first of them (an article's own header), no
# tuned value; or when, on average, at least ONE_STORY_SHARED_WORDS of each paragraph's
# content words recur in another (a story repeats its names and subject; quotes and
# teasers share little). Chosen by cross-validation, leave one outlet or layout family
# out (/tmp/h65_t4.py).
ONE_STORY_SHARED_WORDS = 0.36
# A copyright notice dated by a caption (the year not right after the mark) between two
# lines of the article (prose or sentences) is a photo credit inside it ("Image
# copyright Agency Image caption ... in 1992"), not a site footer: the article goes on
# after it. A rule switch with no tuned value, on, as the issue asks captions to
# interrupt the body, not end it (cross-validation by site may switch it off).
CREDITS_BETWEEN_PROSE = True
# A subheading inside the region has this many words.
HEADING_MIN_WORDS = 2
HEADING_MAX_WORDS = 10
# A numbered line standing alone inside the region is a section heading (on, as the
# issue asks numbered lists in the article to be body; cross-validation by site keeps it).
NUMBERED_HEADINGS = True
# A line in title case without figures or sentence end after the body is a headline or
# a list of tags ("Related: Council Approves New Routes", "Tags: Transport, City
# Council"), not a continuation, even after a label, unless the label opens other lines
# of the page too (a Q&A list's "A: Nina Simone, Miles Davis"). So does a label then
# lower-case words with no function word ("Tags: harbour, council, budget"), a keyword
# list. A rule switch learnt from the pages of unseen layouts, not from dev: chosen by
# cross-validation by site.
HEADLINES_END_BODY = True
# A row of data (a table row, a date and place) has at least this many words.
DATA_LINE_MIN_WORDS = 4
# Lines with fewer words do not extend the region.
EXTENSION_MIN_WORDS = 2


def uses_known_language(features: Sequence[LineFeatures]) -> bool:
    """Whether the page's long lines are in a language covered by the function-word lists.

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's lines.

    Returns
    -------
    bool
        True when the median function-word share of the lines of at least
        ``SENTENCE_LINE_WORDS`` words that end a sentence (all such lines when none
        does; lines in scripts without function-word lists excluded) reaches
        ``KNOWN_LANGUAGE_RATIO``.
    """
    median = _long_lines_function_ratio(features)
    return median is not None and median >= KNOWN_LANGUAGE_RATIO


def without_word_lists(features: list[LineFeatures]) -> list[LineFeatures]:
    """The page's lines, read as lines of a script without function-word lists when the
    page is in a Latin or Cyrillic language the lists do not cover (Czech, Indonesian,
    Vietnamese, ...): their function-word tests would judge every line as chrome.

    Parameters
    ----------
    features : list of LineFeatures
        The page's lines.

    Returns
    -------
    list of LineFeatures
        ``features`` itself, or copies with ``is_unlisted_script`` set when the page has
        long lines in the scripts of the lists and their median function-word share (as
        in :func:`uses_known_language`) is below ``KNOWN_LANGUAGE_RATIO``. A page without
        such lines is left as it is: nothing tells its language.
    """
    median = _long_lines_function_ratio(features)
    if median is None or median >= KNOWN_LANGUAGE_RATIO:
        return features
    return [replace(feature, is_unlisted_script=True) for feature in features]


def _long_lines_function_ratio(features: Sequence[LineFeatures]) -> float | None:
    """The median function-word share of the page's long lines in the scripts of the
    lists (those ending a sentence, all of them when none does); None without any."""
    long_lines = [
        feature
        for feature in features
        if feature.n_words >= SENTENCE_LINE_WORDS and not feature.is_unlisted_script
    ]
    # keyword lines (a tag cloud, a category drop-down) are long but end no sentence:
    # on a page with a short article they would outnumber its paragraphs
    sentences = [feature for feature in long_lines if feature.ends_sentence]
    ratios = [feature.function_ratio for feature in sentences or long_lines]
    return statistics.median(ratios) if ratios else None


def is_prose(feature: LineFeatures, known_language: bool = False) -> bool:
    """Whether a line reads like a body paragraph on its own (long, made of sentences).

    Parameters
    ----------
    feature : LineFeatures
        The line.
    known_language : bool
        The page is in a language of the function-word lists: then a line without
        function words (a keyword list, a string of headlines) is not prose, unless it
        is a row of a text table (columns aligned with runs of spaces), whose cells are
        data and have no function words by nature.

    Returns
    -------
    bool
    """
    return feature.repeats <= 1 and reads_as_prose(feature, known_language)


def reads_as_prose(feature: LineFeatures, known_language: bool = False) -> bool:
    """Whether a line would be prose (:func:`is_prose`) if it were printed once: what
    its own text says, whatever its repeats.

    Parameters
    ----------
    feature : LineFeatures
        The line.
    known_language : bool
        See :func:`is_prose`.

    Returns
    -------
    bool
    """
    if feature.is_notice or feature.is_title_case:
        return False
    if feature.is_glued_headline:
        return False
    if (
        known_language
        and not (feature.is_unlisted_script or feature.has_columns)
        and feature.function_ratio < PROSE_FUNCTION_RATIO
    ):
        return False
    if feature.n_words >= LONG_LINE_WORDS:
        return True
    return feature.n_words >= SENTENCE_LINE_WORDS and (
        feature.ends_sentence or bool(feature.ends_clause) or feature.ends_unmarked_text
    )


def is_short_sentence(
    feature: LineFeatures, clause_ends: Collection[str] = SHORT_SENTENCE_CLAUSE_ENDS
) -> bool:
    """Whether a line too short to be prose still reads like a sentence of the body.

    Parameters
    ----------
    feature : LineFeatures
        The line; its punctuation, script, length and function-word ratio are read.
    clause_ends : collection of str
        The marks ending a clause that end such a sentence too (default: commas and
        semicolons; a list's announcement ends in a colon, :mod:`.lists`).

    Returns
    -------
    bool
        False for bullets and notices, and for a line not ending a sentence or a clause.
    """
    if feature.is_bullet or feature.is_notice:
        return False
    if not (feature.ends_sentence or feature.ends_clause in clause_ends):
        return False
    if feature.is_cjk:
        return feature.n_chars >= CJK_SHORT_SENTENCE_CHARS
    if feature.is_unlisted_script:
        return feature.n_chars >= SHORT_SENTENCE_CHARS
    return (
        feature.n_chars >= SHORT_SENTENCE_CHARS
        and feature.function_ratio >= SHORT_SENTENCE_FUNCTION_RATIO
    )


def is_list_sentence(feature: LineFeatures) -> bool:
    """Whether a bullet line reads like an item of a list in the text (not a link label).

    Parameters
    ----------
    feature : LineFeatures
        A line; only a bullet line can qualify.

    Returns
    -------
    bool
        A unique, undated, not title-cased bullet of :data:`LIST_SENTENCE_WORDS` words or
        more with enough function words (any, in a script without a word list).
    """
    return (
        feature.is_bullet
        and feature.repeats == 1
        and not feature.has_date
        and feature.n_words >= LIST_SENTENCE_WORDS
        and not feature.is_title_case
        and (feature.is_unlisted_script or feature.function_ratio >= LIST_SENTENCE_FUNCTION_RATIO)
    )


def is_table_row(feature: LineFeatures) -> bool:
    """Whether a line is a row of a text table (columns aligned with runs of spaces).

    Parameters
    ----------
    feature : LineFeatures
        Reads ``has_columns``, ``is_bullet`` and ``repeats``.

    Returns
    -------
    bool
        True for a unique, non-bullet line with column gaps.
    """
    return feature.has_columns and not feature.is_bullet and feature.repeats == 1


def line_weight(feature: LineFeatures, known_language: bool = False) -> float:
    """Weight of a line in the main-region search: its length if prose, else a penalty.

    Parameters
    ----------
    feature : LineFeatures
        The line weighed.
    known_language : bool
        As for :func:`is_prose`.

    Returns
    -------
    float
        Its word count when prose; else minus a penalty: :data:`SHORT_SENTENCE_PENALTY`
        for a short sentence, :data:`CHROME_PENALTY` for a list sentence, a table row or
        other chrome, more for a bullet, a short dated line or a repeated line.
    """
    if is_prose(feature, known_language):
        return feature.n_words
    if is_short_sentence(feature):
        return -SHORT_SENTENCE_PENALTY
    if is_list_sentence(feature) or is_table_row(feature):
        return -CHROME_PENALTY
    penalty = CHROME_PENALTY
    if feature.is_bullet:
        penalty += BULLET_PENALTY
    if feature.has_date and feature.n_words < SENTENCE_LINE_WORDS:
        penalty += DATE_PENALTY
    if feature.repeats > 1 and not feature.ends_sentence:
        penalty += REPEAT_PENALTY
    return -penalty


def region_weights(
    features: Sequence[LineFeatures],
    known_language: bool = False,
    datelines: Collection[int] = (),
    ad_labels: Collection[int] = (),
) -> list[float]:
    """Weights of the lines for the main-region search, with their context.

    A prose line packed against one or two non-blank neighbours counts
    ``PACKED_FACTORS[n]`` of its length (paragraphs stand between blank lines, menu
    teasers and list items do not), and a prose line with no prose neighbour (the
    previous and next non-blank lines are not prose) ``ISOLATED_PROSE_FACTOR`` of that:
    article paragraphs come in runs, while teasers in related lists and comments
    alternate with headlines, names and dates. In a language without a function-word
    list, a paragraph of one short sentence with no figure is a neighbour too
    (``SENTENCE_NEIGHBOURS``).

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's lines.
    known_language : bool
        See :func:`is_prose`.
    datelines : collection of int
        Positions of the datelines inside the article (:func:`inner_datelines`): they
        weigh 0 and stand for the paragraph beyond them as a neighbour.
    ad_labels : collection of int
        Positions of lines that are an ad slot's label in the language's word
        (:func:`analysis.clean.ad_labels.is_ad_label`): they keep their weight and stand
        for the line beyond them as a neighbour (the slot interrupts the story; a
        paragraph between two slots is no teaser between two headlines).

    Returns
    -------
    list of float
        One weight per line.
    """
    weights = [line_weight(feature, known_language) for feature in features]
    # (the neighbours a prose line needs: prose, or a paragraph of one short sentence)
    prose = [
        weight > 0
        or (
            SENTENCE_NEIGHBOURS
            and feature.is_unlisted_script
            and feature.n_adjacent == 0
            and not feature.has_digit
            and is_short_sentence(feature)
        )
        for feature, weight in zip(features, weights, strict=True)
    ]
    datelines = set(datelines)
    see_through = datelines | set(ad_labels)
    adjusted = []
    for position, weight in enumerate(weights):
        if position in datelines:
            weight = 0.0
        elif weight > 0:
            weight *= PACKED_FACTORS[features[position].n_adjacent]
            # a dateline or an ad's label between two paragraphs stands for the paragraph
            # beyond it
            before = _prose_beside(prose, see_through, position, -1)
            after = _prose_beside(prose, see_through, position, 1)
            if not (before or after):
                weight *= ISOLATED_PROSE_FACTOR
        adjusted.append(weight)
    return adjusted


def _prose_beside(
    prose: Sequence[bool], see_through: Collection[int], position: int, step: int
) -> bool:
    """Whether the line next to ``position`` (``step`` -1: before it, 1: after it) is
    prose, or a line seen through (a dateline, an ad's label) stands there with prose
    beyond it."""
    neighbour = position + step
    if not 0 <= neighbour < len(prose):
        return False
    if prose[neighbour]:
        return True
    beyond = neighbour + step
    return (
        neighbour in see_through
        and 0 <= beyond < len(prose)
        and (prose[beyond] or beyond in see_through)
    )


def inner_datelines(
    lines: Sequence[str], features: Sequence[LineFeatures], known_language: bool = False
) -> list[int]:
    """Positions of the datelines inside an article: a live blog's times, a timeline's dates.

    A dateline is a stamp line (:func:`is_stamp`: a date or a clock time, "16.38" too)
    of fewer than ``SENTENCE_LINE_WORDS`` words, no bullet or notice, whose previous and
    next non-blank lines are prose, set apart from the paragraph above it by a blank line
    (it opens the next update; every line of a page with no blank line counts as set
    apart). A timeline may print one date over two entries. The line above may be a
    control's label closing the update above (:func:`_is_control_label`: "Share",
    "Share this update" under every update), returned with the dateline; it sets the
    time apart from the paragraph above as a blank line does (a page printing its
    updates one against the other: time, text, "Share", time, ...). A listing's
    card date is printed under its teaser, against it, or before the next card's
    headline, which is no prose. A clock time (no date) may stand over its update's
    headline, the prose under that headline (``UPDATE_HEADLINES``).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    known_language : bool
        See :func:`is_prose`.

    Returns
    -------
    list of int
        Positions into ``features``, ascending; empty with ``DATELINES`` off.
    """
    if not DATELINES:
        return []
    found = []
    for position in range(1, len(features) - 1):
        feature = features[position]
        above = position - 1
        if not (
            feature.n_words < SENTENCE_LINE_WORDS
            and not (feature.is_bullet or feature.is_notice)
            # a time's own dot ("16:05 น.", "4:38 p.m.") ends no sentence
            and not (feature.ends_sentence and not _time_ends_line(lines[feature.index]))
            # a clock time with a dot ("16.38", "4.38pm") is a time only as a stamp (a
            # time needs a digit: the search is asked last, of the few lines left)
            and (
                feature.has_date
                or (feature.has_digit and CLOCK_TIME.search(lines[feature.index]) is not None)
                # a day part alone or with its time ("Morning", "ድሕሪ ቀትሪ 2:15")
                or is_day_part_stamp(lines[feature.index])
            )
        ):
            continue  # (the common case, found before the control's test)
        text = lines[feature.index]
        # a control's label closing the update above ("Share" under each entry) is
        # part of the update, neither its text nor a break
        control = above > 0 and _is_control_label(lines[features[above].index], features[above])
        # set apart from the update above: by a blank line, or by that update's control
        # ("Share" between the text and the next time, on a page printing no blank line
        # between its updates)
        if not (control or feature.n_adjacent == 0 or feature.index > features[above].index + 1):
            continue
        below = position + 1
        if (
            UPDATE_HEADLINES
            and below + 1 < len(features)
            and _is_update_headline(features[below])
            and not find_dates(text)
            and not is_prose(features[below], known_language)
        ):
            below += 1  # a clock time over its update's headline, then the update's text
        if (
            is_prose(features[above - 1 if control else above], known_language)
            and is_prose(features[below], known_language)
            and is_stamp(text)
        ):
            found.extend([above, position] if control else [position])
    return found


def _time_ends_line(text: str) -> bool:
    """Whether a clock time closes the line, its mark with it: the dot of "16:05 น."
    (Thai's hour sign), of "4:38 p.m.", is the time's, no sentence's end."""
    end = len(text.rstrip())
    return any(time.end() == end for time in CLOCK_TIME.finditer(text))


def _is_update_headline(feature: LineFeatures) -> bool:
    """Whether a line may be a live blog update's headline under its time: a few words,
    no sentence, no date, no bullet or notice."""
    return (
        0 < feature.n_words < SENTENCE_LINE_WORDS
        and not (feature.ends_sentence or feature.has_date)
        and not (feature.is_bullet or feature.is_notice)
    )


def _is_control_label(text: str, feature: LineFeatures) -> bool:
    """Whether a line is a control's label: only interface words
    (:func:`is_interface_label`: "Share", "Sign in"), or a line of as few words
    (``MAX_INTERFACE_LABEL_WORDS``), no sentence, printed at least
    ``CARD_SEPARATORS_MIN`` times ("Share this update", "Copy link" under every update
    of a live blog); a headline or a sentence is printed once."""
    if is_interface_label(text):
        return True
    return (
        feature.repeats >= CARD_SEPARATORS_MIN
        and not feature.ends_sentence
        and 0 < len(LETTER_RUN.findall(text)) <= MAX_INTERFACE_LABEL_WORDS
    )


def is_stamp_line(text: str) -> bool:
    """Whether a line is a date or a clock time (:func:`~analysis.clean.dates.find_dates`,
    :data:`~analysis.clean.card_lines.CLOCK_TIME`) with at most ``STAMP_OTHER_WORDS``
    other words (:func:`is_stamp`): "March 3, 2026", "Updated 16.38", "4:38 PM".

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
    """
    if not any(character.isdigit() for character in text):
        return False  # (no date or time to look for: the common case, found at once)
    return (CLOCK_TIME.search(text) is not None or bool(find_dates(text))) and is_stamp(text)


def dates_only_a_year(text: str) -> bool:
    """Whether the only date a line names is a year, perhaps with its month: no day, no
    clock time ("The bridge is due to open in 2031.", "Die Brücke soll im Jahr 2031
    eröffnet werden."), so the line is no date line, though it holds a year.

    Parameters
    ----------
    text : str
        One line (holding a year: ``LineFeatures.has_date``).

    Returns
    -------
    bool
        Its times and dates are years alone
        (:func:`~analysis.clean.body.features.year_is_its_only_date`: no clock time,
        time code or numeric date), and it holds no calendar date
        (:func:`~analysis.clean.dates.find_dates`) and no day and month
        (:func:`~analysis.clean.yearless_dates.find_day_month`).
    """
    return year_is_its_only_date(text) and not find_dates(text) and find_day_month(text) is None


def is_stamp(text: str) -> bool:
    """Whether a line is a date or time stamp: once its dates and clock times are taken
    out, at most ``STAMP_OTHER_WORDS`` words are left ("Updated", "Sunday"), or only
    words for the part of the day (:func:`~analysis.clean.day_parts.is_day_part_stamp`:
    "Morning", "ድሕሪ ቀትሪ 2:15", "Abends, 19.30 Uhr").

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
    """
    for date in reversed(find_dates(text)):
        text = f"{text[: date.start]} {text[date.end :]}"
    if is_day_part_stamp(text):
        return True  # the part of the day, alone or with its time ("Abends, 19.30 Uhr")
    return len(LETTER_RUN.findall(CLOCK_TIME.sub(" ", text))) <= STAMP_OTHER_WORDS


def comment_headers(features: Sequence[LineFeatures], datelines: Collection[int] = ()) -> list[int]:
    """Positions of the header lines of a comment thread's posts, if the page has one.

    A comment is printed under its author and time: a short line (the name, also as an
    item of a numbered or bulleted list, as blogs print threads and replies: "1. Jan
    Smith"), packed against a short dated line (the time), then the comment's text. A
    page with at least ``COMMENT_HEADERS_MIN`` such name lines has a comment thread,
    and each of them ends the text before it (a live blog's entries open with a time
    but no name line above it; nor is a control's label closing the update above, printed
    against the next update's time, a name: :func:`inner_datelines` returns it with the
    time).

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's lines.
    datelines : collection of int
        Positions of the datelines inside the article and of the controls above them
        (:func:`inner_datelines`): no name line.

    Returns
    -------
    list of int
        Positions (into ``features``) of the name lines; empty below the minimum.
    """
    found = []
    for position in range(1, len(features) - 1):
        name, time, text = features[position - 1 : position + 2]
        if (
            time.has_date
            and not is_footer(time)  # "© 2026 Site" under a footer link is no post's time
            and time.n_words <= COMMENT_TIME_MAX_WORDS
            and not (time.ends_sentence or time.is_bullet)
            and time.index == name.index + 1
            and name.n_words - name.is_numbered <= AUTHOR_LINE_MAX_WORDS
            and not (name.ends_sentence or name.has_date or text.has_date)
            and position - 1 not in datelines
        ):
            found.append(position - 1)
    return found if len(found) >= COMMENT_HEADERS_MIN else []


def comment_section_headings(lines: Sequence[str], features: Sequence[LineFeatures]) -> list[int]:
    """Positions of the headings of a comment section ("42 Comments", "1 Comment",
    "6 thoughts on ..."): each ends the text before it.

    A comment section opens under the article with its count
    (:data:`~analysis.clean.card_lines.COMMENT_SECTION_HEADING`; a listing's split reads
    the count-first forms only); what follows it is readers' text, never the article's,
    even a single comment that :func:`comment_headers` (three posts or more) does not see. A line
    ending a sentence ("12 comments were filed with the board.") is prose, no heading, and
    so is an embedded post's row of counts opening with its replies ("12 replies · 87
    boosts", :data:`~analysis.clean.body.posts.EMBED_CONTROL`). No tuned value.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.

    Returns
    -------
    list of int
        Positions (into ``features``), ascending.
    """
    if not COMMENT_SECTION_HEADINGS:
        return []
    return [
        position
        for position, feature in enumerate(features)
        if feature.has_digit
        and not feature.ends_sentence
        and COMMENT_SECTION_HEADING.match(lines[feature.index]) is not None
        and EMBED_CONTROL.match(lines[feature.index]) is None  # a post card's counts
    ]


def first_post(features: Sequence[LineFeatures], headers: Sequence[int]) -> int | None:
    """Position where a comment thread or a comment form begins, if the page has one.

    A thread is a run of posts: the first of :func:`comment_headers` followed by the
    next one within ``POST_MAX_LINES`` non-blank lines (a byline over an article, also
    matched by the header pattern, is followed by the article, not by another post).
    A comment form begins at its first required field ("Name *"). The earlier of the
    two, or None.

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's non-blank lines.
    headers : sequence of int
        :func:`comment_headers` of them, ascending.

    Returns
    -------
    int or None
        A position in ``features``.
    """
    fields = (q for q, feature in enumerate(features) if feature.is_form_field)
    found = next(fields, None)
    for first, second in itertools.pairwise(headers):
        if second - first <= POST_MAX_LINES:
            return first if found is None else min(first, found)
    return found


def card_separators(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float]
) -> list[int]:
    """Positions of the separators of a list of cards, if the page has one.

    A quote site prints a share bar under every quote, a teaser list a "Read more" under
    every teaser: the same non-prose line, repeated, with exactly one prose line between
    any two consecutive copies (the first copy may stand above the article, as a share
    bar above a text of several paragraphs). An article's paragraphs are not cards: a
    line repeated inside an article ("Advertisement") has runs of several paragraphs
    between its copies, or none, or stands between every two of its paragraphs (a
    paragraph right above its first copy and right under its last:
    :func:`_between_paragraphs`), the dividers between its sections ("___", "* * *")
    have no letters, and the credits under its photos ("Image source: Agency", "(Photo: AP)",
    "© Agency") are labelled, bracketed or notices: none of them separates cards. Each
    separator ends a cluster, so that the article (the first card, or the text above
    the list) is not merged with the cards after it.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their weights (:func:`region_weights`): the positive ones are prose.

    Returns
    -------
    list of int
        Positions (into ``features``) of the separators; empty when no repeated line
        has at least ``CARD_SEPARATORS_MIN`` copies in that pattern.
    """
    # cards need a paragraph between every two separators: a page with fewer (a hostile
    # page of short repeated lines) has none, and costs no search
    n_prose = sum(weight > 0 for weight in weights)
    if n_prose < CARD_SEPARATORS_MIN - 1:
        return []
    copies = repeated_chrome_lines(lines, features, weights, CARD_SEPARATORS_MIN)
    if not copies:
        return []
    # prose lines before each position: one pass, whatever the number of repeated lines
    n_prose_before = [0, *itertools.accumulate(weight > 0 for weight in weights)]
    found = []
    for positions in copies.values():
        # the first copy may stand above the article (a share bar above a text of
        # several paragraphs and under every card after it): the others are the cards'
        for cards in (positions, positions[1:]):
            if len(cards) >= CARD_SEPARATORS_MIN and all(
                n_prose_before[second] - n_prose_before[first + 1] == 1
                for first, second in itertools.pairwise(cards)
            ):
                if not _between_paragraphs(cards, weights) and not _one_story(
                    lines, features, weights, cards
                ):
                    found.extend(cards)
                break
    return sorted(found)


def _between_paragraphs(copies: Sequence[int], weights: Sequence[float]) -> bool:
    """Whether a repeated line's copies all stand between the paragraphs of one text: a
    line of prose right above the first copy and right under the last ("Advertisement"
    after every paragraph but the last). Cards end with their separator (a share bar
    under every quote, "Read more" under every teaser) or start with it (a headline
    over every update), so a run of cards has no prose on one side."""
    before, after = copies[0] - 1, copies[-1] + 1
    return before >= 0 and after < len(weights) and weights[before] > 0 < weights[after]


def _one_story(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    copies: Sequence[int],
) -> bool:
    """Whether the paragraphs a repeated line's copies separate are one story's, the
    copies its chrome ("Advertisement" under every paragraph, the last one too, or above
    every one, the first one too): the line opens with a paid-content marker
    (:data:`~analysis.clean.card_lines.SPONSORED_CUES`: an ad's place, which closes no
    card), a byline stands above the first paragraph, with no prose between (the
    article's own header: a list of cards prints its bylines in the cards), or the
    paragraphs share vocabulary (:func:`~analysis.clean.card_blocks.shared_vocabulary`,
    at least :data:`ONE_STORY_SHARED_WORDS`)."""
    if SPONSORED_CUES.match(lines[features[copies[0]].index]):
        return True
    end = min(len(weights), copies[-1] + 2)
    prose = [p for p in range(max(0, copies[0] - 1), end) if weights[p] > 0]
    above = max((p for p in range(prose[0]) if weights[p] > 0), default=None)
    top = features[above].index + 1 if above is not None else 0
    if byline_above(lines, top, features[prose[0]].index):
        return True
    texts = [lines[features[p].index] for p in prose]
    return shared_vocabulary(texts) >= ONE_STORY_SHARED_WORDS


def repeated_chrome_lines(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    minimum: int,
) -> dict[str, list[int]]:
    """The lines that could close every card or box of a run: each chrome line (weight
    not positive) with letters printed at least ``minimum`` times, and its positions.

    A photo's credit ("Image source: Agency", "(Photo: AP)", "© Agency"), repeated under
    each photo, is labelled, bracketed or a notice: it closes nothing and is left out.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights (:func:`region_weights`).
    minimum : int
        The fewest copies of a line returned.

    Returns
    -------
    dict of str to list of int
        The stripped line -> its positions (into ``features``), in page order.
    """
    copies: dict[str, list[int]] = {}
    stripped: dict[str, str] = {}  # each distinct line stripped once
    for position, feature in enumerate(features):
        if feature.repeats < minimum or weights[position] > 0:
            continue
        if feature.has_colon or feature.ends_bracket or feature.is_notice:
            continue
        line = lines[feature.index]
        text = stripped.get(line)
        if text is None:
            text = stripped[line] = line.strip()
        if LETTER_RUN.search(text) is not None:
            copies.setdefault(text, []).append(position)
    return copies


def is_footer(feature: LineFeatures) -> bool:
    """Whether a line is a site footer's copyright notice ("© 2019 Site").

    A notice with a year closes the page's text: nothing after it belongs to the same
    article. Photo credits inside an article ("Image copyright Agency") have no year.

    Parameters
    ----------
    feature : LineFeatures
        Reads ``is_notice`` and ``has_date``.

    Returns
    -------
    bool
        True for a copyright notice holding a time, a year or a date.
    """
    return feature.is_notice and feature.has_date


def is_photo_credit(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float], position: int
) -> bool:
    """Whether a footer-like notice (:func:`is_footer`) is a photo credit inside the article.

    With ``CREDITS_BETWEEN_PROSE``, its year is not the notice's own ("© 2019 Site",
    "Copyright 2019": the year right after the mark) but a caption's ("Image copyright
    Agency Image caption ... in 1992"), and a line of the article comes before it
    (prose or a sentence) and after it (prose) with no cluster-ending gap of chrome
    between (the rows of a timeline may stand around the photo). Credits come in runs
    (one per photo), so other notices next to it are passed over. Such a notice does
    not end the text as a footer does.

    Parameters
    ----------
    lines : sequence of str
        The page's lines (the notice's text is read again for its year).
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights (:func:`line_weight`).
    position : int
        The notice's position in ``features``.

    Returns
    -------
    bool
        Always False with ``CREDITS_BETWEEN_PROSE`` off.
    """
    # a footer's own notice: the year (or range of years) right after the mark
    if not CREDITS_BETWEEN_PROSE or NOTICE_YEAR.search(lines[features[position].index]):
        return False
    return _article_line_near(features, weights, position, -1) and _article_line_near(
        features, weights, position, 1
    )


def is_inner_notice(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float], position: int
) -> bool:
    """Whether a footer-like notice (:func:`is_footer`) stands inside the article, above
    the page's own footer: an embedded map's or player's notice ("Map data ©2026").

    A notice with its year ends the text as a footer's does, unless the article goes on
    around it (a line of the article before it and prose after it, with no
    cluster-ending gap of chrome between) and another footer notice, with other words,
    stands further down the page: the page's own. Pages printed one after another repeat
    their footer's notice under each, and the same words further down mark no embed.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights (:func:`line_weight`).
    position : int
        The notice's position in ``features``.

    Returns
    -------
    bool
        Always False with ``CREDITS_BETWEEN_PROSE`` off.
    """
    if not CREDITS_BETWEEN_PROSE:
        return False
    text = lines[features[position].index].strip()
    below = [
        lines[feature.index].strip() for feature in features[position + 1 :] if is_footer(feature)
    ]
    if not below or text in below:
        return False
    return _article_line_near(features, weights, position, -1) and _article_line_near(
        features, weights, position, 1
    )


def _article_line_near(
    features: Sequence[LineFeatures], weights: Sequence[float], position: int, step: int
) -> bool:
    """Whether a line of the article (prose; before ``position``, also a short sentence)
    comes before (``step`` -1) or after (1) it with no gap between that would end a
    cluster (chrome weighing less than ``GAP_PENALTY``; notices are passed over): the
    rows of a timeline or a caption may stand between a credit and the paragraphs."""
    gap, other = 0.0, position + step
    while 0 <= other < len(features):
        if not features[other].is_notice:
            if weights[other] > 0 or (step < 0 and is_short_sentence(features[other])):
                return True
            gap += weights[other]
            if gap < -regions.GAP_PENALTY:
                return False
        other += step
    return False


def is_heading(feature: LineFeatures) -> bool:
    """Whether a chrome-looking line inside the article's region is a subheading.

    A subheading stands alone between blank lines and is short; promos ("Label: linked
    headline"), captions ending in a credit in brackets, all-capital teasers, bullets,
    dates and repeated lines are not subheadings.

    Parameters
    ----------
    feature : LineFeatures
        A line inside the main region.

    Returns
    -------
    bool
        :func:`is_section_heading` without a colon and not in capitals only.
    """
    return is_section_heading(feature) and not (feature.has_colon or feature.is_upper)


def is_numbered_heading(feature: LineFeatures) -> bool:
    """Whether a numbered line standing alone is the heading of a numbered section.

    Listicles number their sections ("2. Drink water first"); a numbered line between
    blank lines inside the article's region is such a heading, not a link list (link
    lists are packed or bulleted). Only read inside the region (see
    :mod:`~analysis.clean.body.extend`), with ``NUMBERED_HEADINGS`` on.

    Parameters
    ----------
    feature : LineFeatures
        A numbered line (``is_numbered``); its number is not counted among its words.

    Returns
    -------
    bool
        False for a repeated, dated or notice line, or one of too few or too many words.
    """
    return (
        NUMBERED_HEADINGS
        and feature.is_numbered
        and feature.n_adjacent == 0
        and HEADING_MIN_WORDS <= feature.n_words - 1 <= HEADING_MAX_WORDS
        and feature.repeats == 1
        and not (feature.has_date or feature.is_notice)
    )


def is_section_heading(feature: LineFeatures) -> bool:
    """Whether a line after the last paragraph is the heading of a further body part.

    Like :func:`is_heading`, but title case is allowed (headings of tables and lists
    are often capitalized like headlines).

    Parameters
    ----------
    feature : LineFeatures
        A line after the region's last prose line.

    Returns
    -------
    bool
        Alone between blank lines, :data:`HEADING_MIN_WORDS` to :data:`HEADING_MAX_WORDS`
        words, and none of bullet, repeat, date, notice or closing bracket.
    """
    return (
        feature.n_adjacent == 0
        and HEADING_MIN_WORDS <= feature.n_words <= HEADING_MAX_WORDS
        and not (
            feature.is_bullet
            or feature.repeats > 1
            or feature.has_date
            or feature.is_notice
            or feature.ends_bracket
        )
    )


def is_data_line(feature: LineFeatures) -> bool:
    """Whether a line is a row of data: digits or columns, no bullet, label or date.

    It needs ``DATA_LINE_MIN_WORDS`` words: an age ("3 hours ago") or a comment count
    under a headline is shorter.

    Parameters
    ----------
    feature : LineFeatures
        Reads digits, columns, bullet, label, date, notice, repeats and words.

    Returns
    -------
    bool
        True for a unique line of data.
    """
    return (
        (feature.has_digit or feature.has_columns)
        and not (feature.is_bullet or feature.has_label or feature.has_date or feature.is_notice)
        and feature.repeats == 1
        and feature.n_words >= DATA_LINE_MIN_WORDS
    )


def is_keyword_list(feature: LineFeatures, text: str) -> bool:
    """Whether a line is a label then keywords in lower case ("Tags: harbour, council").

    A tag or topic list after an article names its subjects, comma-separated or not,
    with no function word (a Q&A list's answers and a line of prose have them); in
    title case it is read as a headline already (``is_title_case``), and in lower case
    it is this. A longer line of capitalized names after a label ("Ohio: Jane Doe, John
    Roe, ...", a list of the people the article polled) is neither. In a language
    without a function-word list (Malay, Czech, ...) nothing tells a keyword from a word
    of a sentence, so the keywords are read from the list's shape: three items or more
    between commas (a name and its place, "Ahmad, Kuala Lumpur", has one comma), each of
    at most :data:`KEYWORD_MAX_WORDS` words, and no sentence end.

    Parameters
    ----------
    feature : LineFeatures
        Reads ``has_label``, ``function_ratio`` and ``is_unlisted_script``.
    text : str
        The line (its words after the label are read for their case).

    Returns
    -------
    bool
        True when, after the label, more words open in lower case than in upper case.
    """
    if not feature.has_label or feature.function_ratio:
        return False
    keywords = text.split(":", 1)[-1]
    if feature.is_unlisted_script and not _comma_keywords(feature, keywords):
        return False
    words = LETTER_RUN.findall(keywords)
    lower = sum(is_lower_case(word[0]) for word in words)
    return lower > len(words) - lower


#: Most words of a keyword in a list read by its shape (a place's or a topic's name).
KEYWORD_MAX_WORDS = 2


def _comma_keywords(feature: LineFeatures, keywords: str) -> bool:
    """Whether the text after a label is three keywords or more between commas, none of
    more than :data:`KEYWORD_MAX_WORDS` words, and no sentence (see :func:`is_keyword_list`)."""
    items = keywords.split(",")
    return (
        len(items) >= 3
        and not feature.ends_sentence
        and all(1 <= len(LETTER_RUN.findall(item)) <= KEYWORD_MAX_WORDS for item in items)
    )


def continues_body(
    feature: LineFeatures,
    next_feature: LineFeatures | None = None,
    shared_label: bool = False,
    labelled: bool = False,
    keywords: bool = False,
) -> bool:
    """Whether a line after the main region continues the body as data or a list.

    Tables, schedules, score lines and Q&A lists follow an article's last paragraph as
    short lines with digits, sentence ends or "Label:" openings, and lists as bullets
    that read like sentences, introduced by a line ending in a colon (not by a promo's
    title after a label, "Related coverage from Site: Section:"). A bullet of link
    labels, a repeated line, a date, a copyright notice, a heading ending in a colon
    (unless a list item follows), a line without digits or sentence end (a section
    title, a headline) or with a figure in fewer than ``DATA_LINE_MIN_WORDS`` words and
    no sentence end (a count under the article, "12 Comments") ends the body, and so
    does, with ``HEADLINES_END_BODY``, a line in title case without digits or sentence
    end even after a label ("Related: ...", "Tags: ..."), or a keyword list in lower case
    (``keywords``), unless the label opens other lines of the page too (a
    Q&A list).

    Parameters
    ----------
    feature : LineFeatures
        The line.
    next_feature : LineFeatures, optional
        The next non-blank line, if any.
    shared_label : bool
        The line opens with a "Label:" that opens another line of the page ("A:").
    labelled : bool
        The line holds a colon before its last character (a label or a site's name in
        front of a box's title).
    keywords : bool
        The line is a label then keywords in lower case (:func:`is_keyword_list`).

    Returns
    -------
    bool
    """
    if is_list_sentence(feature):
        return True
    if (
        feature.ends_clause in (":", "：")
        and next_feature is not None
        and is_list_sentence(next_feature)
        and not (feature.is_bullet or labelled)
    ):
        return True
    if (
        feature.is_bullet
        or feature.repeats > 1
        or feature.has_date
        or feature.is_notice
        or feature.ends_clause in (":", "：")
        or feature.n_words < EXTENSION_MIN_WORDS
    ):
        return False
    if (
        HEADLINES_END_BODY
        and (feature.is_title_case or keywords)
        and not (feature.ends_sentence or feature.has_digit or feature.has_columns)
        and not shared_label
    ):
        return False  # a headline ("Related: Council Approves ...") or a list of tags
    return (
        (feature.has_digit and feature.n_words >= DATA_LINE_MIN_WORDS)
        or feature.has_columns
        or feature.ends_sentence
        or feature.has_label
    )
