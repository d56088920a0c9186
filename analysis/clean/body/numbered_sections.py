"""A listicle's numbered sections: a lede, then "1. Heading" over its text, "2. ..." ...

A listicle (the places to visit, the tips to save water) is a lede, then numbered
headings counting up from one, each over a short paragraph or two. In the region search
each heading weighs as chrome and each short paragraph, with a heading on either side,
as a teaser between headlines; in a language without a function-word list the
paragraphs weigh less still, and the article was cut after its lede. A series of
headings numbered 1, 2, 3 ... in page order, each standing alone (between blank lines
or the rules a dump draws round a heading) with a sentence under it, right under a
paragraph (the lede) is one article's sections: the headings neither add to the article
nor end it, and the sentences weigh their words as paragraphs do. A "Most read" box's
ranked headlines have its label over the first, not a paragraph, and rarely a sentence
under each. No tuned value: the count is the article's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.clean.body.features import LineFeatures
from analysis.clean.body.rules import HEADING_MAX_WORDS
from analysis.text import is_rule_line

#: A section heading's number: "7. ", "7) ".
SECTION_NUMBER = re.compile(r"\s*(\d{1,2})[.)]\s")

#: Sections in a series: a lede and two numbered lines may be a short list of links;
#: "1", "2", "3" in page order, each over its own sentence, are counted sections.
MIN_SECTIONS = 3


@dataclass(frozen=True)
class NumberedSections:
    """A listicle's numbered sections, as positions in the page's non-blank lines.

    Attributes
    ----------
    headings : tuple of int
        The numbered headings ("1. Entoto Park"), in page order.
    rules : tuple of int
        The rule lines drawn over and under them (``-----``): no body.
    texts : tuple of int
        The sections' sentences (their paragraphs).
    """

    headings: tuple[int, ...] = ()
    rules: tuple[int, ...] = ()
    texts: tuple[int, ...] = ()


def numbered_sections(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float]
) -> NumberedSections:
    """The page's longest series of numbered sections under a lede (see the module).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        One per non-blank line, in page order.
    weights : sequence of float
        Their region weights: a line weighing more than 0 is a paragraph (the lede).

    Returns
    -------
    NumberedSections
        Empty when no series of :data:`MIN_SECTIONS` or more stands under a paragraph.
    """
    ruled = [is_rule_line(lines[f.index].strip()) for f in features]
    numbers = {
        p: int(match.group(1))
        for p, feature in enumerate(features)
        if _heading_shaped(lines, features, p)
        and (match := SECTION_NUMBER.match(lines[feature.index]))
    }
    best = NumberedSections()
    for first, number in numbers.items():
        if number != 1:
            continue
        found = _series_from(features, weights, ruled, numbers, first)
        if len(found.headings) > len(best.headings):
            best = found
    return best if len(best.headings) >= MIN_SECTIONS else NumberedSections()


def _heading_shaped(lines: Sequence[str], features: Sequence[LineFeatures], p: int) -> bool:
    """A numbered line of a heading's length, printed once, no date nor notice, standing
    alone: blank lines or rules (not text) right above and under it."""
    feature = features[p]
    if not (
        feature.is_numbered
        and feature.repeats == 1
        and not (feature.has_date or feature.is_notice or feature.ends_sentence)
        and 1 <= feature.n_words - 1 <= HEADING_MAX_WORDS
    ):
        return False
    around = (feature.index - 1, feature.index + 1)
    return all(
        not 0 <= k < len(lines) or not lines[k].strip() or is_rule_line(lines[k].strip())
        for k in around
    )


def _series_from(
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    ruled: Sequence[bool],
    numbers: dict[int, int],
    first: int,
) -> NumberedSections:
    """The sections counted up from the heading "1." at position ``first``: each
    heading's text starts right under it (rules aside); other lines between two
    sections (a "Read also" link, an ad's label) are no section's, and the last section
    ends at the first of them."""
    above = first - 1
    while above >= 0 and ruled[above]:
        above -= 1
    if above < 0 or weights[above] <= 0:
        return NumberedSections()  # no lede right over the first heading
    headings, texts = [first], []
    section: list[int] = []
    closed: int | None = None  # (the section's lines before its first other line)
    for position in range(first + 1, len(features)):
        if ruled[position]:
            continue
        if numbers.get(position) == len(headings) + 1 and section:
            texts += section
            headings.append(position)
            section, closed = [], None
        elif closed is None and _is_section_text(features[position], weights[position]):
            section.append(position)
        elif not section:
            break  # a heading with no text right under it: a list's, not a section
        elif closed is None:
            closed = len(section)
    if not section:
        headings.pop()  # (the last heading had no text)
    if not headings:
        return NumberedSections()
    texts += section[:closed] if closed is not None else section
    last = max([*headings, *texts])
    rules = tuple(p for p in range(above + 1, last + 1) if ruled[p])
    return NumberedSections(tuple(headings), rules, tuple(texts))


def _is_section_text(feature: LineFeatures, weight: float) -> bool:
    """A paragraph, or a sentence printed once and no bullet (a short paragraph whose
    function words the page's language has no list of)."""
    return weight > 0 or (
        feature.ends_sentence
        and feature.repeats == 1
        and not (feature.is_bullet or feature.is_numbered or feature.is_notice)
    )
