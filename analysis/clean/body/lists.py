"""Lists announced by a paragraph of the article (a step of the body detector).

An article introduces a list with a paragraph ending in a colon ("Congress passed the:",
"Here is what the bill does:"), then prints the items as bullets, often short and in
title case (the names of laws, of surveys, of places), or as dated lines (a timetable's
or a chronology's rows, "April 2026: dredging of the basin"), then goes on. Read line by line
the items are chrome (short bulleted lines, some dated), and a long list of them is a
gap that ends the article's region: everything after the list was lost.

The rule has no tuned value: the bullets (or dated lines that are no paragraph) right
after a prose paragraph ending in a colon, printed once each, are neutral in the region
search (weight 0: they neither add to the article nor end it) when the list sits
between prose paragraphs (the line right after the list is prose), and they are body
when the region holds them, and so is the paragraph announcing them (packed against
short lines, it would otherwise read as a caption over its credit). A line too short to
be a paragraph announces a list too when it stands right under a paragraph and is a
clause in the page's words ending in a colon ("You will need:", "Here is what changes:"),
no box's label ("Related:", "Read more:"): it is neutral and body with its items. A sign-up box
("Get our newsletter:" and its perks) is followed by its button, not by a paragraph;
a related-articles list is introduced by a label, not by a paragraph ending in a colon.
A sentence too short to be a paragraph may announce a list of figures ("The figures for
the five districts were:" over "Bray 5.3%" ...): lines holding a figure, shorter than a
paragraph, are items of any announced list, and the only items such a sentence announces
(a box's label, "More on this story:", heads bulleted headlines); the sentence is
neutral too.

A paragraph announces code the same way ("... told to downgrade until a fix:" over
``$ pip install "tool<4.3"``): a line written in code's syntax under it
(:func:`~analysis.clean.body.code_lines.reads_as_code`) is an item, and with one the
list needs no second item, nor a paragraph after it (a sign-up box may stand between
the code and the next paragraph: a box's perks hold no code); a command's output under
it (``i686``) is an item as a line holding a figure is.

A table the region keeps (its rows read as a table's, body) is announced by a clause
ending in a colon right under a paragraph ("The outlook for the next four days:" over
"Day  High  Low"): :func:`table_announcers` makes that clause body too, whatever stands
after the table (a radar widget, an ad slot). No tuned value.

A list of figures under a heading of its own (:func:`headed_figure_lists`) is the
article's too: a recipe's ingredients under "Ingredients", a chronology's years under
"A century of the factory", printed after a paragraph as a block of packed lines most
of which open with a figure ("2 tbsp butter", "1936 - The first toy goes on sale", also
after a bullet's mark: "• 2 tbsp butter", as w3m and inscriptis print a list), or
as far apart as the heading from the paragraph above it (a browser's copy prints a blank
line between every two lines).
Read line by line the heading and its items are chrome, a gap that ended the region
before the method or the paragraph after them. A box of linked headlines opens its
items with words, or numbers them as a list ("1. Headline"), and its label names it
(:data:`~analysis.clean.header_lines.RELATED_LABEL`). No tuned value: "most" is more
than half. So is a bulleted list under such a heading when the method's numbered
steps follow it: a how-to's "What you'll need" over "• peat-free compost" ... and "1.
Put a layer of grit ..." read as a paragraph (the heading no box's label,
:data:`LINK_BOX_WORD`: "More guides" over bulleted headlines; a box of key points
followed by a paragraph, "What we know so far", restates the story and stays out).
The heading and items are neutral in the region search, and body when the region
holds them.

A chronology needs no heading (:func:`chronology_items`) when every item opens with a
year and a colon or a dash ("• 2023: The carving begins", "1998 - The mill is sold"),
printed right after a paragraph and followed by one: two items or more, the whole run
of such lines (a box of linked headlines is announced by its label, not by a paragraph,
and its items open with words). The items are neutral in the region search and body
when the region holds them, as a headed list's. No tuned value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.body.code_lines import reads_as_code
from analysis.clean.body.features import LineFeatures
from analysis.clean.body.rules import HEADING_MAX_WORDS, is_short_sentence
from analysis.clean.body.story_links import is_label_headline
from analysis.clean.card_lines import READ_MORE_CUES
from analysis.clean.dates import find_dates
from analysis.clean.header_lines import RELATED_LABEL, RELATED_LINK
from analysis.text.lines import SENTENCE_LINE_WORDS

# Lists announced by their paragraph are kept (a rule switch with no tuned value, on, as
# the issue asks a list inside the article region to be body; cross-validation by site
# may switch it off).
ANNOUNCED_LISTS = True
# A list has at least this many items.
MIN_ITEMS = 2
_COLONS = (":", "：")
# Lists of figures under a heading are kept (a rule switch with no tuned value, on).
HEADED_FIGURE_LISTS = True
#: A word of a box of links' label ("Read more:", "More on this story:", "Watch:", "Most
#: popular:"), which a short line announcing the article's own list does not hold.
LINK_BOX_WORD = re.compile(
    r"\b(?:read|more|see|watch|listen|also|related|latest|popular|trending|recommended"
    r"|most|top)\b",
    re.IGNORECASE,
)
# An item opening with a figure: a quantity, a year, a time ("2 tbsp", "1936 -").
_OPENS_WITH_FIGURE = re.compile(r"^\W*\d")
# An item closing with a quantity: a figure and at most one word, its unit, after the
# thing counted, as Lao, Thai, Burmese, Khmer, Chinese, Japanese and Korean print a
# recipe's ingredients ("ຊີ້ນງົວ 300 ກຣາມ", "牛肉 300g", "소고기 300 g"), a space or a
# colon between them (a headline's "来年度は320人減" runs on: no item), the unit's
# letters maybe with their vowel and tone marks ("ໜ່ວຍ"); no year (a headline may end with
# one: "Budget 2027").
_ENDS_WITH_QUANTITY = re.compile(
    r"\w[\s,:：…]+(?<![\d.,/])(?!(?:1[5-9]|20)\d\d\b)\d[\d.,/]*\s*[^\s\d]{0,12}$"
)
# The first of a method's numbered steps ("1. Put a layer of grit ...", "1) Drain").
_FIRST_STEP = re.compile(r"^\W*1[.)]\s")
# A chronology's item: maybe a bullet's mark, a year, a colon or a dash, then its text.
_YEAR_ITEM = re.compile(r"^\W*(?:1[5-9]|20)\d\d\s*(?::|[-–—])\s+\w")


def announced_list_items(
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    lines: Sequence[str] | None = None,
) -> list[int]:
    """Positions of the items of the lists announced by a prose paragraph (see the module).

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights: the positive ones are prose.
    lines : sequence of str, optional
        The page's lines: a short line announcing a list is no box's label
        (:data:`~analysis.clean.header_lines.RELATED_LABEL`); without them, only
        paragraphs announce lists.

    Returns
    -------
    list of int
        Positions into ``features``, in page order; empty with ``ANNOUNCED_LISTS`` off.
    """
    if not ANNOUNCED_LISTS:
        return []
    found: list[int] = []
    for position, feature in enumerate(features):
        if feature.ends_clause not in _COLONS:
            continue  # most lines: no line ending in a colon
        # a paragraph, or a short clause right under one ("You will need:"), announces
        # any list; a sentence too short to be a paragraph, elsewhere, only figures
        paragraph = weights[position] > 0 or _is_short_announcement(
            features, weights, position, lines
        )
        if not (paragraph or _is_announcing_sentence(feature)):
            continue
        stop, code = position + 1, False
        while stop < len(features):
            if paragraph and lines is not None and _is_code(lines, features[stop], weights[stop]):
                code = True  # a paragraph's command or code: one line is a block
            elif not _is_item(features[stop], weights[stop], paragraph):
                break
            stop += 1
        least = 1 if code else MIN_ITEMS
        # (a box's perks are followed by its button, not by a paragraph; code is no
        # box's: a newsletter box may stand between it and the next paragraph; so may
        # another story's teaser, "Read also: ...", between a list and the paragraph)
        after = stop + _teaser_at(features, weights, lines, stop)
        if stop - position - 1 >= least and after < len(features) and (weights[after] > 0 or code):
            found.extend(range(position + 1, stop))
    return found


def _teaser_at(
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    lines: Sequence[str] | None,
    position: int,
) -> int:
    """1 when the line at ``position`` is a link to another story under its label
    (:data:`~analysis.clean.header_lines.RELATED_LINK`: "Read also: ...") and no prose,
    else 0."""
    if lines is None or position >= len(features) or weights[position] > 0:
        return 0
    return int(RELATED_LINK.match(lines[features[position].index]) is not None)


def _is_short_announcement(
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    position: int,
    lines: Sequence[str] | None,
) -> bool:
    """Whether a line too short to be prose announces a list of the article: right under
    a paragraph, a clause in the page's words ending in a colon ("You will need:", "Here
    is what changes:"), printed once, no label of a box of links ("Related:", "Read
    more:", "More on this story:": :data:`LINK_BOX_WORD`)."""
    if position == 0 or weights[position - 1] <= 0 or lines is None:
        return False
    feature = features[position]
    return (
        2 <= feature.n_words <= HEADING_MAX_WORDS
        and not feature.has_date
        and _is_clause_of_the_page(feature, lines[feature.index])
    )


def _is_clause_of_the_page(feature: LineFeatures, line: str) -> bool:
    """Whether a line announcing a list or a table is a clause in the page's words (its
    function words), printed once, no bullet, notice or box's label ("Related:", "Read
    more:": :data:`~analysis.clean.header_lines.RELATED_LABEL`, :data:`LINK_BOX_WORD`)."""
    return (
        feature.function_ratio > 0
        and feature.repeats == 1
        and not (feature.is_bullet or feature.is_notice)
        and RELATED_LABEL.match(line) is None
        and LINK_BOX_WORD.search(line) is None
    )


def _is_announcing_sentence(feature: LineFeatures) -> bool:
    """Whether a line too short to be a paragraph announces a list as a sentence does
    ("The figures for the five districts were:"): a short sentence's length and
    function words (:func:`~.rules.is_short_sentence`), ending in a colon, in no title
    case (a box's label, "Related Stories From The Herald:")."""
    return not feature.is_title_case and is_short_sentence(feature, clause_ends=_COLONS)


def _is_code(lines: Sequence[str], feature: LineFeatures, weight: float) -> bool:
    """Whether a line under a paragraph is a line of code it announces: no paragraph, no
    notice, written in code's syntax (:func:`~.code_lines.reads_as_code`)."""
    return weight <= 0 and not feature.is_notice and reads_as_code(lines[feature.index])


def table_announcers(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: Sequence[str]
) -> list[int]:
    """Positions of the clauses announcing a table the region keeps: a line read as chrome
    between a paragraph (or another body line) and a table's first row kept as body
    ("The outlook for the next four days:" over "Day  High  Low"), ending in a colon, a
    clause in the page's words, no box's label (:data:`LINK_BOX_WORD`,
    :data:`~analysis.clean.header_lines.RELATED_LABEL`). A table's rows are body when
    the region holds them; the clause announcing them is the article's sentence.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    reasons : sequence of str
        The detector's reason for each line (``"table row"`` for a kept table row).

    Returns
    -------
    list of int
        Positions into ``features``, in page order; empty with ``ANNOUNCED_LISTS`` off.
    """
    if not ANNOUNCED_LISTS:
        return []
    return [
        position
        for position in range(1, len(features) - 1)
        if reasons[position + 1] == "table row"  # most lines: no clause over a table
        and features[position].ends_clause in _COLONS
        and reasons[position] == "chrome"
        and reasons[position - 1] in ("prose", "short sentence")
        and not features[position].has_columns
        and _is_clause_of_the_page(features[position], lines[features[position].index])
    ]


def _is_item(feature: LineFeatures, weight: float, after_paragraph: bool = True) -> bool:
    """Whether a line can be an item of an announced list: printed once, no paragraph,
    and a line holding a figure ("Bray 5.3%", a table's rows printed without columns);
    under a paragraph also a bullet or a dated line ("April 2026: dredging of the inner
    basin", a timetable's or a chronology's rows printed without bullets). A shorter
    sentence announces figures only: a box's label ("More on this story:") heads
    bulleted headlines."""
    if feature.repeats != 1 or feature.is_notice:
        return False
    if after_paragraph and feature.is_bullet:
        return True
    if weight > 0:
        return False
    return (feature.has_digit and feature.n_words < SENTENCE_LINE_WORDS) or (
        after_paragraph and feature.has_date
    )


def headed_figure_lists(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float]
) -> tuple[list[int], list[int]]:
    """The headings and the items of the lists of figures under a heading of their own,
    after a paragraph, and of the bulleted lists under one that the article's prose
    follows (see the module).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights: the positive ones are prose.

    Returns
    -------
    tuple of list of int
        Positions into ``features`` of the headings and of the items, in page order;
        both empty with ``HEADED_FIGURE_LISTS`` off.
    """
    headings: list[int] = []
    items: list[int] = []
    if not HEADED_FIGURE_LISTS:
        return headings, items
    for position in range(1, len(features) - MIN_ITEMS):
        if weights[position - 1] <= 0 or not _is_list_heading(
            features[position], lines[features[position].index]
        ):
            continue  # most lines: no heading standing alone under a paragraph
        stop = position + 1
        while (
            stop < len(features)
            and _is_figure_item(features[stop], weights[stop])
            and not _leads_elsewhere(lines[features[stop].index])
            and (
                stop == position + 1
                or features[stop].index - features[stop - 1].index
                in (1, features[position].index - features[position - 1].index)
            )
        ):
            stop += 1
        listed = range(position + 1, stop)
        with_figure = sum(1 for q in listed if _is_quantity(lines[features[q].index]))
        method = None
        if len(listed) < MIN_ITEMS or 2 * with_figure <= len(listed):
            listed, method = _headed_bullets(lines, features, weights, position)
        if len(listed) >= MIN_ITEMS:
            headings.append(position)
            items.extend(listed)
            if method is not None:
                headings.append(method)
    return headings, items


def _headed_bullets(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    position: int,
) -> tuple[range, int | None]:
    """The bulleted items under the heading at ``position`` when the method's numbered
    steps follow them ("What you'll need" over "• peat-free compost" ... and "1. Put a
    layer of grit ..."): no paragraph, printed once, no notice, and the line right after
    the last item prose opening with the first step's number, or the method's own
    heading over that step ("How to make it", "Method": a heading standing alone, no
    box's label); the heading no box of links' label (:data:`LINK_BOX_WORD`: "More
    guides", "Most read"). Under the method's heading the first step may be bulleted as
    the items are, a sentence ("- Fry the peppers for ten minutes."). A box of key points
    between two paragraphs ("What we know so far" over its bullets) is followed by a
    paragraph, no step: it restates the story.
    Empty when the heading heads no such list; with the items, the method's heading's
    position (None: the steps follow the items)."""
    if LINK_BOX_WORD.search(lines[features[position].index]) is not None:
        return range(0), None
    stop = position + 1
    while (
        stop < len(features)
        and features[stop].is_bullet
        and weights[stop] <= 0
        and features[stop].repeats == 1
        and not features[stop].is_notice
    ):
        stop += 1
    method = None
    if (
        stop + 1 < len(features)
        and _is_list_heading(features[stop], lines[features[stop].index])
        and LINK_BOX_WORD.search(lines[features[stop].index]) is None
    ):
        method = stop  # the method's heading between the items and its first step
    step = stop if method is None else stop + 1
    if (
        step < len(features)
        and weights[step] > 0
        and (
            _FIRST_STEP.match(lines[features[step].index]) is not None
            # under the method's own heading, a step may be a bulleted sentence (a
            # converter printing the steps' list with the ingredients' bullet, "- Lọ
            # ata ...": h363's Yoruba recipe)
            or (method is not None and features[step].is_bullet)
        )
    ):
        return range(position + 1, stop), method
    return range(0), None


def _is_list_heading(feature: LineFeatures, line: str) -> bool:
    """Whether a line is a heading standing alone that may head a list of the article: a
    few words, no sentence, printed once, no bullet, date or notice, no box's label."""
    return (
        feature.n_adjacent == 0
        and 1 <= feature.n_words <= HEADING_MAX_WORDS
        and not (feature.ends_sentence or feature.is_bullet or feature.has_date)
        and not feature.is_notice
        and feature.repeats == 1
        and RELATED_LABEL.match(line) is None
    )


def _leads_elsewhere(line: str) -> bool:
    """Whether a line is a link's or a box's label leading to other stories ("Läs också:
    Så gick det till ...", a label and a headline: :func:`~analysis.clean.body.story_links.
    is_label_headline`; "Read more: ...", "Related stories"): the list under a heading
    ends there, the line being no item of it."""
    text = line.strip()
    return (
        RELATED_LABEL.match(text) is not None
        or READ_MORE_CUES.match(text) is not None
        or is_label_headline(text)
    )


def _is_quantity(line: str) -> bool:
    """Whether a list's line opens with a figure ("2 tbsp butter", "1936 - ...") or
    closes with a quantity after the thing counted ("ຊີ້ນງົວ 300 ກຣາມ", "牛肉 300g"), on a
    line holding no date (:func:`~analysis.clean.dates.find_dates`: an embedded post's
    "오전 7:12 · 2026년 12월 2일" closes with its day)."""
    if _OPENS_WITH_FIGURE.match(line):
        return True
    return _ENDS_WITH_QUANTITY.search(line) is not None and not find_dates(line)


def _is_figure_item(feature: LineFeatures, weight: float) -> bool:
    """Whether a line can be an item of a list of figures: no paragraph, printed once, not
    numbered (a numbered list of headlines) and no notice. A bullet's mark may open it: a
    text browser and an HTML-to-text converter print a recipe's ingredients and a
    chronology's years as bullets ("  • 2 kg kale", "  * 1886: The mill opens"), and
    most of them open with their figure after the mark."""
    return weight <= 0 and feature.repeats == 1 and not (feature.is_numbered or feature.is_notice)


def chronology_items(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float]
) -> list[int]:
    """The items of the chronologies printed between two paragraphs with no heading (see
    the module).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights: the positive ones are prose.

    Returns
    -------
    list of int
        Positions into ``features`` of the items, in page order; empty with
        ``HEADED_FIGURE_LISTS`` off.
    """
    items: list[int] = []
    if not HEADED_FIGURE_LISTS:
        return items
    position = 1
    while position < len(features):
        stop = position
        while (
            stop < len(features)
            and _is_figure_item(features[stop], weights[stop])
            and _YEAR_ITEM.match(lines[features[stop].index]) is not None
        ):
            stop += 1
        if (
            stop - position >= MIN_ITEMS
            and weights[position - 1] > 0
            and stop < len(features)
            and weights[stop] > 0
        ):
            items.extend(range(position, stop))
        position = max(stop, position + 1)
    return items
