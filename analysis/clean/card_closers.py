"""Full-text cards marked by no cue, each closed by the same line.

A page of headlines over full texts with no outlet, time or byline on its cards (a
newsletter's stories, a wire's releases, a show's episodes) is read as cards only when
something marks its layout: one article's subheads over its sections look the same. A
site's template closes every story it stacks with the same line (``Read more: <link>``,
``Read full release``, a rule ``----``, ``Labels: local, news``); an article's sections
are not closed that way (an ad's slot, ``Advertisement``, may follow any paragraph: it
closes nothing).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.card_blocks import MIN_CARDS, Card
from analysis.clean.card_lines import SPONSORED_CUES, LineKinds
from analysis.text import LETTER_RUN, is_rule_line

#: Non-blank lines under a card's text, at most, in which its closing line may stand.
MAX_CLOSING_LINES = 3

# A link printed out in a line (``Read more: https://...``): no words of the line's own.
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# The closing form of a rule line.
_RULE = "----"


def closed_alike(lines: Sequence[str], kinds: LineKinds, cards: Sequence[Card]) -> bool:
    """Whether every card's text is closed by the same line.

    Parameters
    ----------
    lines : sequence of str
        The page's lines (no line endings).
    kinds : LineKinds
        Their kinds, as the cards were read with.
    cards : sequence of Card
        The cards of one reading of the page, in page order.

    Returns
    -------
    bool
        True when there are :data:`~analysis.clean.card_blocks.MIN_CARDS` cards or more
        and one line's form (its words, a link printed in it left out; or a rule; not an
        ad's marker) stands among the :data:`MAX_CLOSING_LINES` non-blank, non-prose lines
        under each card's text, before the next card.
    """
    if len(cards) < MIN_CARDS:
        return False
    shared: set[str] | None = None
    for k, card in enumerate(cards):
        stop = cards[k + 1].region.first_line if k + 1 < len(cards) else len(lines)
        forms = _closing_forms(lines, kinds, card.region.body_lines[-1] + 1, stop)
        shared = forms if shared is None else shared & forms
        if not shared:
            return False
    return True


def _closing_forms(lines: Sequence[str], kinds: LineKinds, start: int, stop: int) -> set[str]:
    """The forms of the first :data:`MAX_CLOSING_LINES` non-blank lines from ``start``
    (up to ``stop``) until a prose line."""
    forms: set[str] = set()
    seen = 0
    for i in range(start, stop):
        if kinds.known(i) == "blank":
            continue
        if kinds[i] == "prose" or seen == MAX_CLOSING_LINES:
            break
        seen += 1
        if SPONSORED_CUES.match(lines[i]):
            continue  # an ad's slot stands between any two paragraphs, a story's too
        if is_rule_line(lines[i]):
            forms.add(_RULE)
            continue
        words = LETTER_RUN.findall(_LINK.sub(" ", lines[i]).casefold())
        if words:
            forms.add(" ".join(words))
    return forms
