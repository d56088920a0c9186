"""Which lines of the article's region are body, and how far it extends (step 4).

Reads the region (:mod:`~analysis.clean.body.regions`) and the line features; writes a
reason per line: inside the region prose, short sentences, list items, table rows,
subheadings, embedded posts (a tweet above its attribution line,
:func:`analysis.text.posts.is_post_attribution`) and lines that would
continue the body after the region are kept, and a related-articles box inside it (a
label and a list of headlines), pull quotes (a sentence of the article printed again)
and an author box closing it (a name, then a biography repeating it) are dropped; then
the body is extended backward over stand-alone short sentences, and forward over lines
that continue it as data or a list (table rows, lines of four words or more with
figures, Q&A lists, bulleted sentences announced by a line ending in a colon, also under
their own heading, and long blocks of stand-alone data lines such as recipes), up to the
first line that looks like chrome (a headline or a tag list ends it, even after a
label, and so does a photo's caption or credit, "Photo: the new depot at dawn", or a
caption under another label no other line prints, "Infographic: the key figures"). A
short list after the last paragraph (a few ingredients, a poll, dated rows) is not kept:
nothing on the page tells it from a link list or a sign-up box's perks.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.clean.body import rules as body_rules
from analysis.clean.body.capital_headings import capital_heading_positions
from analysis.clean.body.chapter_numbers import chapter_count
from analysis.clean.body.choice_rows import is_choice_row, is_form_question
from analysis.clean.body.features import LineFeatures
from analysis.clean.body.filled_rows import filled_rows
from analysis.clean.body.lists import LINK_BOX_WORD
from analysis.clean.body.page_controls import cell_starts, is_control_row, row_cells
from analysis.clean.body.plain_link_lists import plain_link_list_positions
from analysis.clean.body.pull_quotes import pull_quote_positions
from analysis.clean.body.rosters import is_roster_line
from analysis.clean.body.rules import (
    continues_body,
    is_data_line,
    is_heading,
    is_keyword_list,
    is_list_sentence,
    is_numbered_heading,
    is_prose,
    is_section_heading,
    is_short_sentence,
    is_table_row,
)
from analysis.clean.body.turns import is_next_turn
from analysis.clean.card_lines import (
    MAX_TITLE_WORDS,
    MIN_TITLE_WORDS,
    READ_MORE_CUES,
    is_signed_quotation,
)
from analysis.clean.header_lines import RELATED_LABEL, is_caption_line
from analysis.clean.headline import HEADLINESE_MAX_WORDS
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import LETTER_RUN, opens_upper_case
from analysis.text.posts import POST_MAX_CHARS, is_post_attribution

# The reasons of the lines that are not body (see analysis.clean.body.LineVerdict).
NOT_BODY_REASONS = ("outside", "chrome")
# A block of at least DATA_BLOCK_LINES stand-alone lines after the body, at least this
# share of them with digits, is data that belongs to the body (a recipe, a schedule).
# Not tuned: every block length from 2 to 12 lines and mean from 0 to 6 words give the
# same dev scores (two dev sites have such blocks, no other dev page has one); the share
# is "most lines" (0.3 gives the same, 0.7 loses the meal plan).
DATA_BLOCK_LINES = 8
DATA_BLOCK_DIGIT_SHARE = 0.5
DATA_BLOCK_MEAN_WORDS = 4.0
# A table's header row has at least this many words, most of them of at most this many
# letters (column names abbreviated: "Pos Team P W D L Pts"). Not tuned: a table of
# four columns, and the abbreviations' length ("Pts", "NRR").
HEADER_ROW_MIN_CELLS = 4
HEADER_CELL_MAX_LETTERS = 3
# Data blocks after the body, and runs of data lines holding more words than the body
# (see longest_data_run), are the page's content: a rule switch, on (its evidence is
# the page's own text; cross-validation by site may switch it off).
DATA_BLOCKS = True
# A page without prose printing at least this many other lines of a headline's length
# lists headlines: no line of it is kept as its story (fallback_line). Not tuned: a list
# of cards (MIN_CARDS, 2) beside a page's own headline; no dev page has a fallback line.
FALLBACK_MAX_HEADLINES = 3
# A footer's or a share bar's link is at most this many words ("Data Protection
# Policy", "Sikiliza kipindi kizima") and characters ("プライバシーポリシー" is one word
# of 10, "Allgemeine Geschäftsbedingungen" two of 31); a row of links ending a sentence,
# or after a label, holds at least this many cells. Not tuned: a label's size
# (page_controls) plus the words of a link's name; two cells and a sentence end are a
# table's row.
LINK_CELL_MAX_WORDS = 4
LINK_CELL_MAX_CHARS = 40
LINK_ROW_MIN_CELLS = 3
# A figure: a digit after no letter ("MP3" and "G7" are names).
_FIGURE = re.compile(r"(?<![^\W\d_])\d")
# An author's name in an author box heading has at most this many words.
AUTHOR_NAME_MAX_WORDS = 4
# Articles, which stand before the name of a thing, not of a person (English; the
# author boxes of the dev pages and corpora are English).
_ARTICLES = frozenset({"the", "a", "an"})
# Posts embedded in the article (a tweet's text and its "— Author (@handle) date" line,
# or both on one line) are body, and their signed lines are no chrome in the region
# search (a rule switch, chosen by cross-validation by site).
EMBEDDED_POSTS = True
# A short sentence packed against a chrome line inside the region, or a longer text
# packed only against the short chrome line after it, is a caption (with its credit) or
# a promo (with its button), not body (a rule switch, chosen by cross-validation by site).
DROP_PACKED_CAPTIONS = True
# A line inside the region that would continue the body after it (a paragraph ending in
# a figure, a sentence too short for prose: see continues_body) is body there too,
# unless it reads like a caption or promo (a colon, a credit in brackets, all capitals).
# A rule switch with no tuned value, chosen by cross-validation by site.
INNER_CONTINUATIONS = True
# A label and a list of two or more headlines (no item ends a sentence) between two
# paragraphs of the region is a related-articles box, not body (a rule switch with no
# tuned value, chosen by cross-validation by site).
LINK_LISTS = True
# A body line of the region that is a pull quote (a sentence of the article printed
# again between its paragraphs: see analysis.clean.body.pull_quotes) is not body. A
# rule switch learnt from the pages of unseen layouts, not from dev: chosen by
# cross-validation by site.
PULL_QUOTES = True


def _printed_twice_in_a_row(
    lines: Sequence[str], features: Sequence[LineFeatures], position: int
) -> bool:
    """Whether a line printed twice has its other printing right next to it (a photo's
    caption printed with its alternative text): neither printing is the article's."""
    if features[position].repeats != 2:
        return False
    text = lines[features[position].index].strip()
    return any(
        0 <= other < len(features) and lines[features[other].index].strip() == text
        for other in (position - 1, position + 1)
    )


def region_reasons(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    known_language: bool,
    start: int,
    end: int,
    data: bool = False,
) -> list[str]:
    """Reasons of every line for the region ``start..end`` (inclusive) and its extensions.

    With ``data``, the region is a run of data lines (see :func:`longest_data_run`) and
    its data lines are kept as "data".

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines (:func:`~analysis.clean.body.features.line_features`);
        positions below index this list, not ``lines``.
    known_language : bool
        The page's language has a function-word list (as for :func:`is_prose`).
    start, end : int
        The main region's first and last positions; ``end < start`` for none.
    data : bool
        Whether the region is a data run.

    Returns
    -------
    list of str
        One reason per position: ``outside``, ``prose``, ``short sentence``, ``table
        row``, ``list item``, ``data``, ``heading``, ``extension``, ``chrome`` or one set by
        the extension steps; the body is the positions whose reason is not one of
        :data:`NOT_BODY_REASONS`.
    """
    reasons = []
    for position, feature in enumerate(features):
        if not start <= position <= end:
            reasons.append("outside")
        elif is_prose(feature, known_language):
            reasons.append("prose")
        elif _printed_twice_in_a_row(lines, features, position):
            reasons.append("chrome")  # a caption printed with its alternative text
        elif is_short_sentence(feature):
            reasons.append("short sentence")
        elif is_table_row(feature):
            reasons.append("table row")
        elif is_list_sentence(feature):
            reasons.append("list item")
        elif data and is_data_line(feature):
            reasons.append("data")
        elif is_signed_quotation(lines[feature.index]):
            reasons.append("short sentence")  # a reader's question signed "Name, Place"
        else:
            reasons.append("chrome")
    if end >= start:
        for position in range(start + 1, end):
            if reasons[position] == "chrome" and (
                is_heading(features[position]) or is_numbered_heading(features[position])
            ):
                reasons[position] = "heading"
            elif reasons[position] == "chrome" and _continues_inside(
                features[position], features[position + 1], _shared_label(lines, features, position)
            ):
                reasons[position] = "extension"
        for position in capital_heading_positions(features, reasons, start, end):
            reasons[position] = "heading"  # as the headline: html-to-text's capitals
        for position in filled_rows(lines, features, reasons):
            reasons[position] = "table row"  # its widest cell one space from the next
        if body_rules.NUMBERED_HEADINGS:
            _number_series_headings(lines, features, reasons, start, end)
            _labelled_series_headings(lines, features, reasons, range(start + 1, end))
            _counted_chapter_headings(lines, features, reasons, start, end)
        if DROP_PACKED_CAPTIONS:
            _drop_packed_captions(features, reasons, start, end)
        if LINK_LISTS:
            _drop_link_lists(features, reasons, start, end)
            for position in plain_link_list_positions(features, reasons, start, end):
                reasons[position] = "chrome"  # the same box printed with no bullets
        if PULL_QUOTES:
            _drop_pull_quotes(lines, features, reasons, start, end)
        _extend_backward(features, reasons, start - 1)
        if EMBEDDED_POSTS:
            end = _keep_embedded_posts(lines, features, reasons, start, end)
        if not _drop_author_box(lines, features, reasons, end):
            if body_rules.NUMBERED_HEADINGS:
                end = _last_numbered_section(lines, features, reasons, end, known_language)
            _extend_forward(lines, features, reasons, end + 1)
    return reasons


# A section heading's number: "7. ", "7) ".
_SECTION_NUMBER = re.compile(r"\s*(\d{1,2})[.)]\s")


def _number_series_headings(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    reasons: list[str],
    start: int,
    end: int,
) -> None:
    """Numbered section headings of one series ("1. Context" ... "8. End"), in place.

    A listicle's headings count up. Where two of them or more are already body (read
    as headings, :func:`~analysis.clean.body.rules.is_numbered_heading`, or as list
    items), a numbered line standing alone that continues their count is a heading
    too, though of one word ("7. More", "8. End"), and so is the series' first heading
    right above the region's first line ("1. Context" over the first paragraph).
    """
    numbers: dict[int, int] = {}
    for position in range(max(start - 1, 0), end + 1):
        feature = features[position]
        if not (
            feature.is_numbered
            and feature.n_adjacent == 0
            and feature.repeats == 1
            and 1 <= feature.n_words - 1 <= body_rules.HEADING_MAX_WORDS
            and not (feature.has_date or feature.is_notice)
        ):
            continue
        number = _SECTION_NUMBER.match(lines[feature.index])
        if number is not None:
            numbers[position] = int(number.group(1))
    if len(numbers) < 2:
        return
    series = _counting_up({position: ("", number) for position, number in numbers.items()})
    if sum(reasons[position] in ("heading", "list item") for position in series) < 2:
        return
    for position in series:
        if reasons[position] == "chrome" or (
            position == start - 1 and reasons[position] == "outside"
        ):
            reasons[position] = "heading"


# A labelled section heading: one word, its number (or a Roman numeral, or a number
# word), a colon or a dot, then the heading ("Chapter 1: The car park", "Part II. The
# rents", "Kapitel 3: Die Mieten", "Part one: The night").
_LABELLED_NUMBER = re.compile(
    r"\W*(?P<label>[^\W\d_]+)\s+(?P<number>\d{1,2}|[^\W\d_]+)\s*[:.]\s+(?P<heading>\S.*)"
)


def _labelled_series_headings(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: list[str], inside: range
) -> None:
    """Labelled section headings of one series inside the region ("Chapter 1: The car
    park" ... "Chapter 2: The rents"), in place.

    A "Label: headline" line between two paragraphs reads as a link to another story,
    chrome; a long read's chapters are labelled by one word and their count. Two lines
    or more standing alone in the region, printed once, no sentence, the same word then
    consecutive numbers (a link to the series' other part names one part), each a
    heading's length, are its headings. No tuned value: the count is the article's own.
    """
    found: dict[int, tuple[str, int]] = {}
    for position in inside:
        feature = features[position]
        if reasons[position] != "chrome" or not (
            feature.has_colon or feature.has_label or feature.has_digit
        ):
            continue  # (most lines: read as body, or no label)
        match = _LABELLED_NUMBER.fullmatch(lines[feature.index].strip())
        if (
            match is None
            or feature.n_adjacent != 0
            or feature.repeats != 1
            or feature.ends_sentence
            or feature.is_bullet
            or feature.has_date
            or feature.is_notice
            or not 1 <= len(match["heading"].split()) <= body_rules.HEADING_MAX_WORDS
        ):
            continue
        count = _section_count(match["label"], match["number"])
        if count is not None:
            found[position] = count
    for position in _counting_up(found):
        reasons[position] = "heading"


def _counted_chapter_headings(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    reasons: list[str],
    start: int,
    end: int,
) -> None:
    """A long read's chapter headings counted in words or Roman numerals ("One" ...
    "Four", "Chapter Three", "Part IV", :func:`~analysis.clean.body.chapter_numbers.chapter_count`),
    in place: two lines or more standing alone in the region (or the first right above
    its first line, "One" over the first part), printed once, the same label then
    consecutive numbers, are its headings. A word alone ("Two" between two paragraphs)
    read as chrome, and the part's count was lost from the body. No tuned value: the
    count is the article's own."""
    found: dict[int, tuple[str, int]] = {}
    for position in range(max(start - 1, 0), end + 1):
        feature = features[position]
        if (
            feature.n_words > 2
            or reasons[position] not in ("chrome", "outside")
            or feature.n_adjacent != 0
            or feature.repeats != 1
            or feature.is_bullet
            or feature.has_date
        ):
            continue  # (most lines: more words than a count and its label)
        count = chapter_count(lines[feature.index])
        if count is not None:
            found[position] = count
    for position in _counting_up(found):
        if reasons[position] == "chrome" or (
            position == start - 1 and reasons[position] == "outside"
        ):
            reasons[position] = "heading"


def _counting_up(counts: dict[int, tuple[str, int]]) -> set[int]:
    """The positions of ``counts`` (label, number) whose next counted position has the
    same label and the next number, and those next positions."""
    ordered = sorted(counts)
    return {
        position
        for first, second in itertools.pairwise(ordered)
        if counts[second] == (counts[first][0], counts[first][1] + 1)
        for position in (first, second)
    }


def _section_count(label: str, number: str) -> tuple[str, int] | None:
    """The label (case-folded) and value of a section's number, in digits, a Roman
    numeral or a number word ("IV": 4, "three": 3:
    :func:`~analysis.clean.body.chapter_numbers.chapter_count`); None for another word."""
    if number.isdigit():
        return label.casefold(), int(number)
    return chapter_count(f"{label} {number}")


def _last_numbered_section(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    reasons: list[str],
    end: int,
    known_language: bool,
) -> int:
    """A listicle's last section right after the region: its numbered heading and its
    paragraphs, as body, in place; returns the region's new last position.

    The region ends where the weights stop adding up, and a listicle's last section (a
    short heading, then a short paragraph) can weigh less than nothing, more so on a
    page in a language without a function-word list, where prose weighs less: its last
    item was lost. A numbered heading standing alone
    (:func:`~analysis.clean.body.rules.is_numbered_heading`) right after the region's
    last line continues the count of the region's numbered headings when the two numbers
    before its own are headings or list items of the region ("4. ..." and "5. ..." over
    "6. ..."), and the lines of prose or sentences standing alone right under it are its
    section (up to the first that is neither). No tuned value: the count is the
    article's own.
    """
    position = end + 1
    if position >= len(features) or not is_numbered_heading(features[position]):
        return end
    number = _SECTION_NUMBER.match(lines[features[position].index])
    if number is None:
        return end
    own = int(number.group(1))
    counted = {
        int(match.group(1))
        for earlier in range(end + 1)
        if reasons[earlier] in ("heading", "list item")
        and (match := _SECTION_NUMBER.match(lines[features[earlier].index]))
    }
    if own < 3 or not {own - 1, own - 2} <= counted:
        return end
    last = position
    while last + 1 < len(features) and _in_last_section(features[last + 1], known_language):
        last += 1
    if last == position:
        return end  # a numbered line with no paragraph under it: a list's, not a section
    reasons[position] = "heading"
    for section in range(position + 1, last + 1):
        reasons[section] = "prose"
    return last


def _in_last_section(feature: LineFeatures, known_language: bool) -> bool:
    """Whether a line under a listicle's last heading is its section's text: prose, or a
    sentence standing alone and printed once (a short paragraph, whose function words a
    list may not know), no bullet and no notice."""
    return is_prose(feature, known_language) or (
        feature.ends_sentence
        and feature.n_adjacent == 0
        and feature.repeats == 1
        and not (feature.is_bullet or feature.is_notice)
    )


def _continues_inside(
    feature: LineFeatures, following: LineFeatures, shared_label: bool = False
) -> bool:
    """Whether a stand-alone chrome line inside the region continues the body (see
    ``INNER_CONTINUATIONS``): as after the region, but no caption or promo."""
    return (
        INNER_CONTINUATIONS
        and feature.n_adjacent == 0
        and not (feature.has_colon or feature.is_upper or feature.ends_bracket)
        and continues_body(feature, following, shared_label)
    )


def _shared_label(
    lines: Sequence[str], features: Sequence[LineFeatures], position: int, keywords: bool = False
) -> bool:
    """Whether a title-case line, or a keyword list (``keywords``), opens with a "Label:"
    that opens another line of the page too (the "A:" of a Q&A list, the "Verdict:" of
    each item of a review; a "Tags:" or "Related:" line has its label alone).

    Only such lines need it (see :func:`~analysis.clean.body.rules.continues_body`), and
    they are few: the page is searched for each of them.
    """
    feature = features[position]
    if not (feature.has_label and (feature.is_title_case or keywords)):
        return False
    label = lines[feature.index].strip().split(":", 1)[0] + ":"
    return any(
        other.has_label and lines[other.index].strip().startswith(label)
        for other in features
        if other is not feature
    )


def neutral_posts(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float]
) -> list[float]:
    """The region weights with every signed post line (:func:`is_post_attribution`) that
    weighs as chrome set to zero (with ``EMBEDDED_POSTS``).

    A run of tweets quoted in an article is its content, not a menu: each signed line
    weighed as chrome, so that a few of them cut the article in two and the part
    before or after them was lost. Neutral, they neither add to the article nor end it,
    and so are the lines of a post printed above its signed line (see
    :func:`_neutral_post_text`). A signed line ends in a year, so only the dated lines
    are searched.

    Parameters
    ----------
    lines : sequence of str
        The page's lines: a dated line's text is searched for a signature.
    features : sequence of LineFeatures
        One per non-blank line, aligned with ``weights``.
    weights : sequence of float
        Their weights (:func:`line_weight`), chrome negative.

    Returns
    -------
    list of float
        A new list; ``weights`` itself is not changed.
    """
    if not EMBEDDED_POSTS:
        return list(weights)
    neutral = list(weights)
    for position, (feature, weight) in enumerate(zip(features, weights, strict=True)):
        if weight < 0 and feature.has_date and is_post_attribution(lines[feature.index]):
            neutral[position] = 0.0
            _neutral_post_text(features, neutral, position)
    return neutral


def _neutral_post_text(features: Sequence[LineFeatures], weights: list[float], signed: int) -> None:
    """Set to zero the chrome weights of the lines of a post above its signed line
    (``signed``), back to the previous prose line, when they hold at most
    ``POST_MAX_CHARS`` characters together (a post of several lines: a list of poll
    figures above "— Author (@handle) date")."""
    n_chars, above = 0, signed - 1
    while above >= 0 and weights[above] <= 0:
        n_chars += features[above].n_chars
        if n_chars > POST_MAX_CHARS:
            return
        above -= 1
    for position in range(above + 1, signed):
        weights[position] = 0.0


def _keep_embedded_posts(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    reasons: list[str],
    start: int,
    end: int,
) -> int:
    """Keep the posts embedded in the region (or right after it) as body.

    A post's attribution line (:func:`is_post_attribution`) and the non-body lines above
    it, back to the previous body line, are the post: quoted content of the article, not
    an interruption. Returns the region's new end (the attributions right after it,
    such as a run of one-line posts, extend it).
    """
    while (after := _signed_post_after(lines, features, end)) is not None:
        end = after
    for position in range(start + 1, end + 1):
        if not is_post_attribution(lines[features[position].index]):
            continue
        reasons[position] = "embedded post"
        above, n_chars = position - 1, 0
        # a post of several lines (under POST_MAX_CHARS) reaches back to the paragraph
        # before it, over lines that read as headings; else to the previous body line
        while above > start and reasons[above] != "prose":
            n_chars += features[above].n_chars
            above -= 1
        if n_chars > POST_MAX_CHARS:
            above = position - 1
            while above > start and reasons[above] in NOT_BODY_REASONS:
                above -= 1
        for q in range(above + 1, position):
            reasons[q] = "embedded post"
    return end


def _signed_post_after(
    lines: Sequence[str], features: Sequence[LineFeatures], end: int
) -> int | None:
    """The position of a post's signed line right after ``end``: the next line, or the
    first after the post's text (at most ``POST_MAX_CHARS`` characters, a tweet's), so
    that a tweet quoted last in the article is kept whether or not a line follows it
    (``clean`` of its own body kept the tweet, cleaning that body again lost it)."""
    n_chars = 0
    for position in range(end + 1, len(features)):
        if is_post_attribution(lines[features[position].index]):
            return position
        n_chars += features[position].n_chars
        if n_chars > POST_MAX_CHARS:
            return None
    return None


def _drop_packed_captions(
    features: Sequence[LineFeatures], reasons: list[str], start: int, end: int
) -> None:
    """Mark as chrome the captions and promos of the region: text packed against chrome.

    A paragraph stands between blank lines; a photo caption is packed against its credit
    ("(Photo: Agency)", "Jane Doe, AP"), a newsletter promo against its button ("Sign
    up"), and a teaser sentence against its linked headline. They interrupt the article
    without ending it: the region goes on after them. A short sentence packed against a
    chrome line is such a line, and so is a longer text packed only against the short
    line after it (shorter than a sentence line, not a sentence: a credit or a button).
    The line it is packed against is chrome, or outside the region and no list item (a
    promo closing the region, packed against its date line; not a menu printed right
    under the last paragraph).
    """
    for position in range(start, end + 1):
        feature = features[position]
        if feature.n_adjacent == 0 or reasons[position] not in ("short sentence", "prose"):
            continue
        packed = [
            neighbour
            for neighbour in (position - 1, position + 1)
            if 0 <= neighbour < len(features)
            and abs(features[neighbour].index - feature.index) == 1
        ]
        if reasons[position] == "prose":
            if feature.is_bullet or packed != [position + 1]:
                continue
            after = features[position + 1]
            if after.n_words >= body_rules.SENTENCE_LINE_WORDS or after.ends_sentence:
                continue
        if any(
            reasons[neighbour] == "chrome"
            or (reasons[neighbour] == "outside" and not features[neighbour].is_bullet)
            for neighbour in packed
        ):
            reasons[position] = "chrome"


def _drop_link_lists(
    features: Sequence[LineFeatures], reasons: list[str], start: int, end: int
) -> None:
    """Mark as chrome the lists of linked headlines inside the region, with their label.

    A related-articles box inside an article is a label ("Related articles", "More")
    after a paragraph, then two or more bullets of headlines (none ends a sentence, each
    a headline's length, :data:`~analysis.clean.card_lines.MIN_TITLE_WORDS` words or
    more: a list with a shorter item, a court report's charges ("Theft"), a recipe's
    "Two eggs", is the story's), then the article goes on. A list in the text is
    introduced by its paragraph (a colon) or by a label ending in a colon, or its items
    are sentences, or it is one section of a list under several labels (the line before
    the label is an item): those stay.
    """
    position = start + 2  # a label and a paragraph before it, inside the region
    while position < end:
        stop = _link_list_end(features, position, end + 1)  # the article goes on at ``end``
        if stop is None:
            position += 1
            continue
        if reasons[position - 1] in ("chrome", "heading") and all(
            features[q].n_words >= MIN_TITLE_WORDS for q in range(position, stop)
        ):
            for q in range(position - 1, stop):
                reasons[q] = "chrome"
        position = stop


def link_boxes_between_paragraphs(
    features: Sequence[LineFeatures], weights: Sequence[float]
) -> list[int]:
    """The lines of the boxes of linked headlines set between two paragraphs (a label
    such as "Most read" after a paragraph or a sentence, two or more bullets or numbered
    headlines, then a paragraph: :func:`_drop_link_lists`' box, with a paragraph, a line
    of positive weight, right under it), label included. The label holds no date and every item is
    a headline's length (a story's date and byline over its one-word tags are no box).

    They neither add to the article nor end it in the region search: a box of five
    headlines weighed as chrome outweighed the one paragraph under it (discounted as a
    paragraph with no paragraph beside it), and the story's end was lost; inside the
    region they are no body (:func:`_drop_link_lists`).

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's lines.
    weights : sequence of float
        Their region weights (:func:`~analysis.clean.body.rules.region_weights`).

    Returns
    -------
    list of int
        Positions, ascending.
    """
    found: list[int] = []
    position = 2
    while position < len(features) - 1:
        stop = _link_list_end(features, position, len(features) - 1)
        if stop is None:
            position += 1
            continue
        if (
            # a paragraph above, or a sentence too short to weigh as one in a language
            # whose function words the tables miss
            (weights[position - 2] > 0 or features[position - 2].ends_sentence)
            and weights[stop] > 0
            and not features[position - 1].has_date  # a dateline over tags is no box
            and all(features[q].n_words >= MIN_TITLE_WORDS for q in range(position, stop))
        ):
            found.extend(range(position - 1, stop))
        position = stop
    return found


def _link_list_end(features: Sequence[LineFeatures], position: int, end: int) -> int | None:
    """The position after a box's list of headlines opening at ``position`` (bullets, two
    or more, none a sentence, under a label of a heading's length that follows a
    paragraph and ends with no colon), when a line of the region (before ``end``)
    follows it; else None."""
    if position < 2 or not features[position].is_bullet or features[position - 1].is_bullet:
        return None
    stop = position
    while stop < end and features[stop].is_bullet:
        stop += 1
    label = features[position - 1]
    items = range(position, stop)
    if (
        stop < end
        and stop - position >= 2
        and not (label.ends_sentence or label.ends_clause or label.is_bullet)
        and _after_paragraph(features[position - 2])
        and label.n_words <= body_rules.HEADING_MAX_WORDS
        and not any(features[q].ends_sentence for q in items)
    ):
        return stop
    return None


def _drop_pull_quotes(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    reasons: list[str],
    start: int,
    end: int,
) -> None:
    """Mark as chrome the pull quotes of the region (see ``PULL_QUOTES`` and
    :func:`~analysis.clean.body.pull_quotes.pull_quote_positions`), searched among its
    body lines printed once (a line printed several times, such as the question of an
    interview put to each guest, is left to the other rules)."""
    body = [q for q in range(start, end + 1) if reasons[q] in PULL_QUOTE_SEARCHED]
    for q in pull_quote_copies(lines, features, body):
        reasons[q] = "chrome"


#: The reasons of the body lines a pull quote is searched among (and may be one of).
PULL_QUOTE_SEARCHED = ("prose", "short sentence", "extension", "heading")


def pull_quote_copies(
    lines: Sequence[str], features: Sequence[LineFeatures], positions: Sequence[int]
) -> set[int]:
    """The pull quotes among the lines at ``positions`` (:func:`~analysis.clean.body.
    pull_quotes.pull_quote_positions`), those printed once searched.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    positions : sequence of int
        Positions in ``features``, in page order: the body lines searched.

    Returns
    -------
    set of int
        Positions in ``features``: the lines that copy another's text.
    """
    once = [q for q in positions if features[q].repeats == 1]
    copies = pull_quote_positions(
        [lines[features[q].index].strip() for q in once], [features[q].n_words for q in once]
    )
    return {once[k] for k in copies}


def _after_paragraph(feature: LineFeatures) -> bool:
    """Whether a list's label follows a paragraph that does not introduce the list (a
    colon) and is no item of a list before it."""
    return not feature.is_bullet and feature.ends_clause not in (":", "：")


def _drop_author_box(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: list[str], end: int
) -> bool:
    """Drop an author box closing the region: a name as heading, then a short biography.

    The region's last line is a paragraph, the line before it a heading of two to four
    capitalized words that are no function words (the name, as in "About Jane Smith"),
    with at most one other word, and the paragraph repeats at least two of them, all
    but one, the first of them not after an article ("the"): that is the author's box,
    not the article, and it closes the article.

    Returns
    -------
    bool
        Whether a box was dropped.
    """
    if end < 1 or reasons[end] != "prose" or reasons[end - 1] != "heading":
        return False
    heading = lines[features[end - 1].index].strip()
    # a name's words are capitalized and none is a function word: "The" or "About" in
    # a section heading ("The Montenegro shove") is no part of one
    names = {
        word
        for word in LETTER_RUN.findall(heading)
        if opens_upper_case(word) and word.lower() not in FUNCTION_WORDS
    }
    if not 2 <= len(names) <= AUTHOR_NAME_MAX_WORDS or len(heading.split()) > len(names) + 1:
        return False
    words = LETTER_RUN.findall(lines[features[end].index])
    repeated = names & set(words)
    if len(repeated) < max(2, len(names) - 1):
        return False
    # a person's name takes no article: "the Household Pulse Survey is run ..." repeats
    # a section's heading, not an author's name
    first = min(words.index(word) for word in repeated)
    if first > 0 and words[first - 1].lower() in _ARTICLES:
        return False
    reasons[end - 1] = reasons[end] = "chrome"
    return True


def _extend_forward(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: list[str], position: int
) -> None:
    """Mark the lines from ``position`` on that continue the body (see :func:`continues_body`).

    A section heading is crossed when the line after it continues the body as data (a
    line with digits or columns, not a bullet or a "Label:" line, but a side's team sheet:
    :func:`~analysis.clean.body.rosters.is_roster_line`): a table or a list of
    dates often follows the last paragraph under its own heading, while a heading
    followed by bullets is that of a related-links list, and so is a heading that labels
    other stories ("More episodes", "Related stories": :func:`_labels_other_stories`) or
    a shop's products ("Shop the tools" over "Radiator key £3.49": :data:`SHOP_LABEL`).
    """
    while position < len(features):
        feature = features[position]
        following = features[position + 1] if position + 1 < len(features) else None
        verdict = _continues(lines, features, reasons, position)
        if verdict is None:
            if is_choice_row(lines[feature.index]):  # a quiz's or a poll's choices: its
                _drop_form_questions(lines, features, reasons, position)  # questions too
            break  # the page's controls, a footer's links, a caption: the story ended
        if verdict:
            reasons[position] = "extension"
            position += 1
        elif is_next_turn(lines, features, reasons, position):
            # a transcript's last turn under its time code: only its next turns go on
            # after it (then the page's trailer: other episodes, "Share this episode")
            while position < len(features) and is_next_turn(lines, features, reasons, position):
                reasons[position] = "extension"
                position += 1
            return
        elif (
            following is not None
            and (
                (
                    is_section_heading(feature)
                    and (is_data_line(following) or is_roster_line(lines[following.index]))
                )
                or _heads_team_sheet(lines, feature, following)
                or _heads_further_list(features, reasons, position)
            )
            and not _labels_other_stories(lines[feature.index])
            and SHOP_LABEL.match(lines[feature.index]) is None
        ) or _heads_continuation(lines, features, reasons, position):
            reasons[position] = "heading"
            position += 1
        else:
            break
    _extend_over_data_block(lines, features, reasons, position)


def _heads_further_list(
    features: Sequence[LineFeatures], reasons: Sequence[str], position: int
) -> bool:
    """Whether the section heading at ``position`` opens a further list of the story's
    own: the body's last line is a bullet that reads as a sentence
    (:func:`~analysis.clean.body.rules.is_list_sentence`) and so is the line under the
    heading, which ends with a sentence mark. An explainer's lists are the story ("What
    we know" over sentences, then "What we don't know yet" over more): a box of other
    stories under a heading lists headlines, with no full stop, and mostly follows the
    last paragraph, not a list of the story's sentences."""
    return (
        0 < position < len(features) - 1
        and reasons[position - 1] not in NOT_BODY_REASONS
        and is_section_heading(features[position])
        and is_list_sentence(features[position - 1])
        and is_list_sentence(features[position + 1])
        and features[position + 1].ends_sentence
    )


def _heads_team_sheet(lines: Sequence[str], feature: LineFeatures, following: LineFeatures) -> bool:
    """Whether a line is a one-word subhead ("Line-ups", "Teams", "Escalações",
    "Alineaciones", "Aufstellungen") over a side's team sheet
    (:func:`~analysis.clean.body.rosters.is_roster_line`): a section heading but for its
    length, which :data:`~analysis.clean.body.rules.HEADING_MIN_WORDS` sets at two for
    any heading; a team sheet's shape under it is evidence enough."""
    return (
        feature.n_words == 1
        and is_section_heading(replace(feature, n_words=body_rules.HEADING_MIN_WORDS))
        and is_roster_line(lines[following.index])
    )


# A line opening with a web address: a printed page's running footer
# ("https://site.example/story      1/3"), no data continuing the story.
_OPENS_WITH_ADDRESS = re.compile(r"\s*https?://\S")


def _continues(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    reasons: Sequence[str],
    position: int,
    year_sentences: bool = True,
) -> bool | None:
    """Whether the line at ``position`` after the body continues it
    (:func:`continues_body`); None when it ends the story whatever comes next: a share bar
    or a pagination, a footer's row of links, a photo's caption or credit, a graphic's
    label. With ``year_sentences``, a sentence whose only date is a year
    (:func:`~analysis.clean.body.rules.dates_only_a_year`: "The bridge is due to open in
    2031.") is no date line; a label over such lines ("Sources:" over "Survey of members,
    2026.") is asked without it (:func:`_heads_continuation`): a list of sources or of
    years under a heading is no closing sentence."""
    feature = features[position]
    text = lines[feature.index]
    following = features[position + 1] if position + 1 < len(features) else None
    labelled = bool(feature.ends_clause) and ":" in text.strip()[:-1]
    keywords = is_keyword_list(feature, text)
    shared_label = _shared_label(lines, features, position, keywords)
    if (
        is_control_row(text)  # a share bar or a pagination: the controls, then the footer
        or is_choice_row(text)  # a quiz's or a poll's choices ("( ) Yes")
        or _is_link_row(lines, features, position)  # "Contact Us  Privacy  Terms"
        or is_caption_line(text)  # a photo's caption or credit ("Photo: the new bridge")
        # a printed page's running footer: the page's address (and its page counter)
        or _OPENS_WITH_ADDRESS.match(text) is not None
        # a graphic's label under the story ("Infographic: the key figures")
        or (feature.has_label and _is_closing_caption(lines, features, reasons, position))
    ):
        return None
    if (
        year_sentences
        and feature.has_date
        and feature.ends_sentence
        and not feature.is_notice
        and body_rules.dates_only_a_year(text)
    ):
        # a sentence naming a year ("The bridge is due to open in 2031.") is no date line
        feature = replace(feature, has_date=False)
    return continues_body(feature, following, shared_label, labelled, keywords)


def _drop_form_questions(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: list[str], position: int
) -> None:
    """Take out of the body the lines the extension took right above a form's choices at
    ``position`` that are its questions or its title (:mod:`.choice_rows`)."""
    position -= 1
    while (
        position >= 0
        and reasons[position] in ("extension", "heading")
        and is_form_question(lines[features[position].index])
    ):
        reasons[position] = "outside"
        position -= 1


def _heads_continuation(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: Sequence[str], position: int
) -> bool:
    """Whether the line at ``position`` is a label ending in a colon over lines that
    continue the body ("Teams:" over "Harbour City: Hewitt; Baptiste, ...", "Scorers:"
    over "Kelder: Tries Voss 2"): a few words printed once, no bullet, no label of a box
    of other stories (:func:`_labels_other_stories`, no word of such a label:
    :data:`~.lists.LINK_BOX_WORD`), and the next line continues the body on its own (a
    list of sentences after such a label already does: :func:`continues_body`)."""
    feature = features[position]
    text = lines[feature.index].strip()
    return (
        position + 1 < len(features)
        and feature.ends_clause in (":", "：")
        and ":" not in text[:-1]
        and 1 <= feature.n_words <= body_rules.HEADING_MAX_WORDS
        and feature.repeats == 1
        and not (feature.is_bullet or feature.has_date or feature.is_notice)
        and not _labels_other_stories(text)
        and LINK_BOX_WORD.search(text) is None
        and _continues(lines, features, reasons, position + 1, year_sentences=False) is True
    )


#: A heading over a shop's products under a guide or a review ("Shop the tools", "Shop
#: this guide", "Buy it now", "Where to buy"), in English and six more languages: its
#: lines are products and prices, not the story's data.
SHOP_LABEL = re.compile(
    r"^\W*(?:(?:shop|buy)(?:\s+(?:the|this|these|it|them|now|our|all)\b[^.!?:]*)?"
    r"|where to buy\b[^.!?:]*|jetzt kaufen|hier kaufen|wo kaufen|acheter|où acheter"
    r"|comprar|dónde comprar|onde comprar|acquista|dove comprare|kopen|waar te koop)\W*$",
    re.IGNORECASE,
)


# A heading over other stories of the site in English ("More from Sport", "More
# episodes", "More in Books"): the words of such a box's label beyond RELATED_LABEL's.
_MORE_LABEL = re.compile(
    r"^\W*more\s+(?:from|in|on|about|stories|news|articles|episodes|videos|podcasts"
    r"|reading|to\s+read)\b[^.!?]*$",
    re.IGNORECASE,
)


def _labels_other_stories(text: str) -> bool:
    """Whether a heading after the story is the label of a box of other stories ("More
    episodes", "Related stories") or a link's label leading to one ("Read more" over the
    next story's headline): the lines under it are their headlines, not the story's
    data, though they hold figures ("Episode 111: Who owns the water?", "Fares to rise
    by 4 per cent")."""
    return (
        RELATED_LABEL.match(text) is not None
        or _MORE_LABEL.match(text) is not None
        or READ_MORE_CUES.match(text) is not None
    )


def _is_closing_caption(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: Sequence[str], position: int
) -> bool:
    """Whether the labelled line at ``position``, right under the story's last paragraph,
    is a caption's label, whatever word the site labels it with ("Infographic: the key
    figures", "Grafaic: torthaí an toghcháin"; :func:`is_caption_line` knows the photo's).

    The shape: one word of two letters or more, a colon, then no sentence, no figure
    (a line of data, "Routes: 12 new, 4 extended", continues the body), no more words
    than a headline and no title case (a headline or a list of tags after a label ends
    the body already: :data:`~analysis.clean.body.rules.HEADLINES_END_BODY`); the
    paragraph above it and no labelled line below it (a run of fields, "When: ..." over
    "Where: ...", is a fact box); the label is no word of any other line of the page (a
    speaker's name or a Q&A list's "Q:" is printed again, and a word the story uses is
    the story's). No tuned value: the sizes are a label's and a headline's. The corpora's
    article texts (7,368) hold one line so found, under its last paragraph ("So: " and
    a drawn shrug).
    """
    feature = features[position]
    if (
        position == 0
        or reasons[position - 1] != "prose"
        or feature.ends_sentence
        or feature.has_digit
        or feature.is_title_case  # a headline or a list of tags: HEADLINES_END_BODY's
        or (position + 1 < len(features) and features[position + 1].has_label)
    ):
        return False
    text = lines[feature.index].strip()
    label, _, caption = text.partition(":")
    if len(label) < 2 or not label.isalpha() or not 1 <= len(caption.split()) <= MAX_TITLE_WORDS:
        return False
    word = re.compile(r"(?<!\w)" + re.escape(label) + r"(?!\w)", re.IGNORECASE)
    return not any(word.search(lines[other.index]) for other in features if other is not feature)


def _is_link_row(lines: Sequence[str], features: Sequence[LineFeatures], position: int) -> bool:
    """Whether the row of columns at ``position`` after the body is a row of links, no
    table's: its cells are short (at most :data:`LINK_CELL_MAX_WORDS` words and
    :data:`LINK_CELL_MAX_CHARS` characters), none holds a figure (a digit after no
    letter: "Download MP3" holds a name), and

    - it stands alone, with no row or line of data beside it ("Contact Us  Accessibility  Your
      Privacy Choices"; a table prints a header and rows), or it starts a run of such
      rows whose cells do not line up (a share bar in a script that writes the
      services' names its own way over a footer's links, "শেয়ার করুন  ফেসবুক" /
      "গোপনীয়তা নীতি  যোগাযোগ"; a table's rows start their cells at the same places);
    - a row ending a sentence holds :data:`LINK_ROW_MIN_CELLS` cells or more ("Terms &
      Conditions  Data Protection Policy  Need help?"), and so does a row after a label
      ("Tags: Politics  Elections  World").
    """
    feature = features[position]
    if not feature.has_columns:
        return False
    run = [position]
    while run[-1] + 1 < len(features) and features[run[-1] + 1].has_columns:
        run.append(run[-1] + 1)
    texts = [lines[features[q].index].strip() for q in run]
    if any(not _is_link_cells(text) for text in texts):
        return False
    cells = row_cells(texts[0])
    if (feature.ends_sentence or feature.has_label) and len(cells) < LINK_ROW_MIN_CELLS:
        return False
    if len(run) > 1:  # a table's rows line up
        return len({cell_starts(text) for text in texts}) > 1 and not any("\t" in t for t in texts)
    beside = [features[q] for q in (position - 1, position + 1) if 0 <= q < len(features)]
    return not any(f.has_columns or is_data_line(f) for f in beside)


def _is_link_cells(text: str) -> bool:
    """Whether every cell of a row is short and none holds a figure (:func:`_is_link_row`)."""
    return _FIGURE.search(text) is None and all(
        len(cell) <= LINK_CELL_MAX_CHARS and len(cell.split()) <= LINK_CELL_MAX_WORDS
        for cell in row_cells(text)
    )


def _extend_over_data_block(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: list[str], position: int
) -> None:
    """Mark a long block of stand-alone data lines starting at ``position`` as body.

    Recipes, meal plans, schedules and results often follow an article's introduction
    as many short lines, each between blank lines, most of them holding figures, some
    of them repeated (the same heading for every day). Such a block is kept, up to its
    last line with a digit, when it has at least ``DATA_BLOCK_LINES`` lines and at least
    ``DATA_BLOCK_DIGIT_SHARE`` of them hold digits, and those have on average at least
    ``DATA_BLOCK_MEAN_WORDS`` words. Menus are bulleted or packed, and related-article
    lists alternate headlines with dates, ages ("3 hours ago") and comment counts, so
    they do not form such a block. A table under its own heading and header row inside
    the block ("League table" / "Pos Team P W D L Pts" under a round-up's results:
    :func:`_headed_table`) is the site's widget: the block stops before its heading. A
    link's label to another story in the block ("Read more: ...",
    :func:`_labels_other_stories`) stays out.
    """
    if not DATA_BLOCKS:
        return
    stop = position
    while stop < len(features) and _is_block_line(features[stop]):
        stop += 1
    with_digits = [q for q in range(position, stop) if features[q].has_digit]
    if stop - position < DATA_BLOCK_LINES or len(with_digits) < DATA_BLOCK_DIGIT_SHARE * (
        stop - position
    ):
        return
    if sum(features[q].n_words for q in with_digits) < DATA_BLOCK_MEAN_WORDS * len(with_digits):
        return
    last = with_digits[-1]
    table = _headed_table(lines, features, position, stop)
    if table is not None:  # up to the last figure or paragraph above the table's heading
        last = max(
            (q for q in range(position, table) if features[q].has_digit or is_prose(features[q])),
            default=position - 1,
        )
    for q in range(position, last + 1):
        if not _labels_other_stories(lines[features[q].index].strip()):
            reasons[q] = "data block"  # a "Read more:" link in the block is no data


def _headed_table(
    lines: Sequence[str], features: Sequence[LineFeatures], position: int, stop: int
) -> int | None:
    """The position of a table's heading inside a block of data lines after the body, or
    None: a heading (a few words, no figure, no sentence) over a header row
    (:func:`_is_header_row`: "Pos Team P W D L Pts") over a row with figures, after at
    least one line of the block. A league table or a standings widget under a round-up's
    results, a box of the site's, not the story's data."""
    for q in range(position + 1, stop - 2):
        heading, header, row = features[q], features[q + 1], features[q + 2]
        if (
            not (heading.has_digit or heading.ends_sentence)
            and 0 < heading.n_words <= body_rules.HEADING_MAX_WORDS
            and row.has_digit
            and not header.has_digit
            and _is_header_row(lines[header.index])
        ):
            return q
    return None


def _is_header_row(text: str) -> bool:
    """Whether a line is a table's header row: at least :data:`HEADER_ROW_MIN_CELLS`
    words, most of them abbreviations of a column's name (at most
    :data:`HEADER_CELL_MAX_LETTERS` letters: "Pos Team P W D L Pts", "Team M W L NR Pts")."""
    words = text.split()
    if len(words) < HEADER_ROW_MIN_CELLS:
        return False
    short = sum(1 for word in words if len(word) <= HEADER_CELL_MAX_LETTERS)
    return 2 * short > len(words)


def _is_block_line(feature: LineFeatures) -> bool:
    """Whether a line can be part of a block of data lines (stand-alone, not chrome)."""
    return (
        feature.n_adjacent == 0
        and not feature.is_bullet
        and not feature.is_notice
        and not feature.has_date
    )


def longest_data_run(
    features: Sequence[LineFeatures], known_language: bool = False
) -> tuple[int, int]:
    """(start, end) of the longest run of data lines (see :func:`is_data_line`) that are
    not prose (a paragraph holding a figure is no row of data).

    A page whose text holds no real paragraphs (a calendar, a results table) has its
    content in such a run. Returns ``(0, -1)`` when no run reaches ``DATA_BLOCK_LINES``,
    or with ``DATA_BLOCKS`` off.

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's non-blank lines.
    known_language : bool
        Passed to :func:`is_prose`.

    Returns
    -------
    tuple of int
        Positions in ``features``, inclusive; the first of equally long runs wins.
    """
    best, run_start = (0, -1), 0
    best_length = DATA_BLOCK_LINES - 1 if DATA_BLOCKS else len(features)
    for position, feature in enumerate([*features, None]):
        if feature is not None and is_data_line(feature) and not is_prose(feature, known_language):
            continue
        if position - run_start > best_length:
            best, best_length = (run_start, position - 1), position - run_start
        run_start = position + 1
    return best


def _extend_backward(features: Sequence[LineFeatures], reasons: list[str], position: int) -> None:
    """Mark the short sentences right before ``position + 1`` that open the body.

    An article's first lines can be too short to count as prose ("It started in May.");
    they are kept when they stand between blank lines and read like sentences.
    """
    while position >= 0:
        feature = features[position]
        if feature.n_adjacent == 0 and feature.repeats == 1 and is_short_sentence(feature):
            reasons[position] = "extension"
            position -= 1
        else:
            break


def fallback_line(features: Sequence[LineFeatures], reasons: list[str]) -> None:
    """With no prose at all, keep the longest sentence-like line, if there is one.

    A line in title case of at most ``HEADLINESE_MAX_WORDS`` words (the longest headline
    of the corpora) is a headline, not a sentence of a story: a "most read" list's
    question ("Is the Bridge Too Expensive to Finish?") is no fallback.

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's non-blank lines.
    reasons : list of str
        Their reasons (:func:`region_reasons`); the chosen line's becomes ``fallback``, in
        place. A line that repeats on the page or is a bullet is not chosen, and none is
        when :data:`FALLBACK_MAX_HEADLINES` other lines of the page could be headlines
        of a list (:func:`_headline_length`): the page lists headlines (skipped as
        "headlines only?"), its longest line is no story.
    """
    candidates = [
        position
        for position, feature in enumerate(features)
        if feature.repeats == 1
        and not feature.is_bullet
        and not (feature.is_title_case and feature.n_words <= HEADLINESE_MAX_WORDS)
        and is_short_sentence(feature)
    ]
    if not candidates:
        return
    best = max(candidates, key=lambda position: features[position].n_words)
    # a page printing several lines of a headline's length beside it is a list of
    # headlines (a podcast's episodes, a ticker): the line is one of them, no story
    headlines = sum(
        _headline_length(feature) for position, feature in enumerate(features) if position != best
    )
    if headlines < FALLBACK_MAX_HEADLINES:
        reasons[best] = "fallback"


def _headline_length(feature: LineFeatures) -> bool:
    """Whether a line printed once could be a headline of a list: no bullet, date or
    notice, and :data:`~analysis.clean.card_lines.MIN_TITLE_WORDS` to
    :data:`~analysis.clean.headline.HEADLINESE_MAX_WORDS` words."""
    return (
        feature.repeats == 1
        and not (feature.is_bullet or feature.has_date or feature.is_notice)
        and MIN_TITLE_WORDS <= feature.n_words <= HEADLINESE_MAX_WORDS
    )
