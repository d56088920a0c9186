"""Cards whose cue was not read: body runs laid out like the page's cards.

On a listing page, a card whose one cue line the reader does not take for a cue (a day
named by a word it does not know, ``vorgestern · von Jane Doe``, ``최지훈 기자 · 어제``; a
date it cannot read) has a headline over its text and no cue: it is no card, and its text
would be in no record. When every card of the page's most common shape is laid out in
one *frame* (as many lines over its text, its headline at the same place among them, as
many lines under it, none blank), a run of text laid out in that frame, its headline's
place holding a headline, is one of the page's cards too (unless its text is the site's
prompt, a sign-up box's: :func:`~analysis.clean.body.site_prompts.is_site_prompt`); its
other lines stay its own chrome.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analysis.clean.body.site_prompts import is_site_prompt
from analysis.clean.card_blocks import MIN_CARDS, ArticleRegion, Card
from analysis.clean.card_fields import normalized, title_span
from analysis.clean.card_lines import LineKinds
from analysis.clean.page_metadata import FieldSpan


@dataclass(frozen=True)
class Frame:
    """How a card is laid out around its text: the lines over it (``above``), the place
    of its headline among them (``headline``, from the top), the lines under it
    (``below``), and the body lines of its text (``body``)."""

    above: int
    headline: int
    below: int
    body: int


def with_framed_cards(
    lines: Sequence[str],
    kinds: LineKinds,
    cards: list[Card],
    shape: tuple[str, ...],
    runs: Sequence[Sequence[int]],
    read: Sequence[Card] = (),
) -> list[Card]:
    """The ``cards`` with the body runs laid out in their frame added, in page order.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    kinds : LineKinds
        The lines' kinds.
    cards : list of Card
        The page's cards (a listing's).
    shape : tuple of str
        The page's most common card shape.
    runs : sequence of sequence of int
        The page's body runs (:func:`analysis.clean.card_runs.body_runs`).
    read : sequence of Card, optional
        Every card the page's reading found, those turned down too (a story printed
        twice, kept at its first printing): their runs are no card laid out so.

    Returns
    -------
    list of Card
        ``cards`` and, after the first card, every run no card read holds whose frame is
        the one frame of the :data:`~analysis.clean.card_blocks.MIN_CARDS` or more cards
        of ``shape``, or that frame without the lines it prints over the headline (a card
        printing no byline where the others print one over their headlines; such a card
        right over the first card too), its text no longer than theirs and no site
        prompt, no paid-content marker among its lines (an ad laid out as a card), as a
        card of its headline and text only; ``cards`` unchanged when those
        cards have no one frame.
    """
    framed = [card for card in cards if card.shape == shape]
    frames = {_card_frame(kinds, card) for card in framed}
    if len(framed) < MIN_CARDS or len(frames) != 1 or None in frames:
        return cards
    (frame,) = frames
    taken = {
        i
        for card in (*cards, *read)
        for i in range(card.region.first_line, card.region.last_line + 1)
    }
    start = min(card.region.first_line for card in cards)
    longest = max(len(card.region.body_lines) for card in framed)
    # where the headline stands among the lines over a run of each count: the frame's
    # own, and with no line over the headline when the frame prints some (its cue
    # lines: a byline over some cards' headlines, not over others')
    headline_at = {frame.above: frame.headline}
    if frame.headline:
        headline_at.setdefault(frame.above - frame.headline, 0)
    found = []
    for run in runs:
        if len(run) > longest or taken.intersection(run):
            continue
        above = _block(kinds, run[0] - 1, -1)
        below = _block(kinds, run[-1] + 1, 1)
        if run[0] <= start and (
            len(above) == frame.above or not _right_before(kinds, max([run[-1], *below]), start)
        ):
            continue  # before the first card: only an unsigned card right over it
        if (
            len(above) not in headline_at
            or len(below) != frame.below
            or taken.intersection(above + below)
            or any(kinds.known(i) != "prose" for i in run)
            or all(is_site_prompt(lines[i]) for i in run)
            or any(kinds[i] == "sponsored" for i in above + below)  # an ad ("Ad • NAME")
        ):
            continue
        top = sorted(above)
        headline = top[headline_at[len(above)]]
        if kinds[headline] != "title":
            continue
        span = title_span(lines[headline])[0]
        region = ArticleRegion(
            top[0] if top else run[0],
            max(below) if below else run[-1],
            tuple(run),
            (FieldSpan(headline, *span, "title"),),
        )
        body_chars = sum(len(lines[i]) for i in run)
        found.append(Card(region, shape, body_chars, frozenset(), normalized(lines[headline])))
    if not found:
        return cards
    return sorted([*cards, *found], key=lambda card: card.region.first_line)


def _card_frame(kinds: LineKinds, card: Card) -> Frame | None:
    """The card's frame, or None when a blank line stands inside its header or trailer
    or its text is not one run of consecutive prose lines."""
    region = card.region
    body = region.body_lines
    if not body or list(body) != list(range(body[0], body[-1] + 1)):
        return None
    above = list(range(region.first_line, body[0]))
    below = list(range(body[-1] + 1, region.last_line + 1))
    if any(kinds.known(i) == "blank" for i in above + below):
        return None
    if _block(kinds, body[0] - 1, -1) != above[::-1] or _block(kinds, body[-1] + 1, 1) != below:
        return None  # lines next to the card that are not its own
    return Frame(len(above), card.title_line - region.first_line, len(below), len(body))


def _right_before(kinds: LineKinds, end: int, start: int) -> bool:
    """Whether the block ending at line ``end`` stands right over the line ``start``,
    one blank line or none between them."""
    return all(kinds.known(i) == "blank" for i in range(end + 1, start)) and start - end <= 2


def _block(kinds: LineKinds, i: int, step: int) -> list[int]:
    """The non-blank lines from line ``i`` on, going ``step`` (-1 up, 1 down), up to the
    first blank line or the page's edge."""
    found = []
    while 0 <= i < len(kinds) and kinds.known(i) != "blank":
        found.append(i)
        i += step
    return found
