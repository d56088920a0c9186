"""Body runs of a listing page: the stretches of prose lines a card's body is made of.

A *body run* is a stretch of prose lines, blank lines between them allowed, and a short
label between two prose lines ("Ad" inside a body) or a quote's introduction
(``Name writes:``) bridged; a short sentence closing it, right under its last prose
line with a blank line under it, is its last line.
"""

from __future__ import annotations

from analysis.clean.card_lines import SOURCE_CUE, LineKinds
from analysis.text import count_words

#: Most words of a short line bridged inside a body run.
MAX_BRIDGED_WORDS = 3


def body_runs(lines: list[str], kinds: LineKinds) -> list[list[int]]:
    """Stretches of prose lines (blank lines and bridged short labels between them).

    Parameters
    ----------
    lines : list of str
        The page's lines.
    kinds : LineKinds
        The lines' kinds.

    Returns
    -------
    list of list of int
        Each run's line indices (its prose lines, the bridged quote introductions and
        short sentences, a short last sentence under its last prose line), in page
        order.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    pending: list[int] = []  # short non-prose lines waiting for prose to bridge them
    leading: list[int] = []  # a photo's caption over a body's first prose line
    above = None  # the kind of the last line with text
    headed = False  # the last lines with text are a headline and its meta lines under it
    for i in range(len(kinds)):
        kind = kinds.known(i)
        if kind == "blank":
            continue
        if kind == "prose":
            if current and pending and _bridgeable(lines, kinds, pending):
                # a quote's introduction is body text; captions and ads are not
                current += [
                    j
                    for j in pending
                    if _quote_introduction(lines, kinds, j) or _short_sentence(lines, kinds, j)
                ]
                pending = []
            elif current and pending:
                runs.append(current)
                current = []
            # a caption opening a story's text under the byline or date lines under its
            # headline (a full story's header; not under a one-line header "X — Title —
            # 2 hours ago", a teaser's) opens its run: the header is read above it
            current = current or leading
            current.append(i)
            pending = []
        elif current and not pending and _closing_sentence(lines, kinds, i):
            current.append(i)  # the body's short last paragraph, not a headline
        elif current:
            pending.append(i)
            if len(pending) > 1:
                runs.append(current)
                current, pending = [], []
        opens = kind == "caption" and above == "meta" and headed
        leading = [i] if opens and not current else []
        headed = kind == "title" or (kind == "meta" and headed)
        above = kind
    if current:
        runs.append(current)
    return runs


def _bridgeable(lines: list[str], kinds: LineKinds, pending: list[int]) -> bool:
    return all(
        kinds[i] == "caption"
        or (kinds[i] in {"label", "sponsored"} and count_words(lines[i]) <= MAX_BRIDGED_WORDS)
        or _quote_introduction(lines, kinds, i)
        or _short_sentence(lines, kinds, i)
        for i in pending
    )


def _short_sentence(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """A short paragraph closed by a full stop between two prose lines, no blank line
    around it ("Justice Thomas delivered the opinion."): the body going on, not the next
    card's headline (a headline closes with no full stop)."""
    text = lines[i].strip()
    return (
        kinds[i] == "title"
        and text.endswith(".")
        and text[0].isalnum()  # not a dashed subhead ("– Framing the race –.")
        and 0 < i < len(lines) - 1
        and kinds.known(i - 1) == "prose"
        and kinds.known(i + 1) == "prose"
    )


def _closing_sentence(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """A short paragraph closed by a full stop right under a prose line, a blank line or
    the page's end under it ("Lessons start in September."): the body's last sentence,
    not a headline (a headline closes with no full stop, and the next card's has its
    date, outlet or text under it, not a blank line)."""
    text = lines[i].strip()
    return (
        kinds[i] == "title"
        and text.endswith(".")
        and not text.endswith("..")  # an ellipsis: a teaser cut short, a link's label
        and text[0].isalnum()
        and i > 0
        and kinds.known(i - 1) == "prose"
        and i + 1 < len(lines)
        and kinds.known(i + 1) == "blank"
        # more cards below: the page's last line is its footer's as often ("NAME is a
        # news aggregator.")
        and any(kinds.known(j) != "blank" for j in range(i + 2, len(lines)))
    )


def _quote_introduction(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """``Name writes:`` between two prose lines, no blank line around it: the body
    introducing a quotation, not a card's ``Outlet reports:`` line."""
    match = SOURCE_CUE.match(lines[i])
    return (
        match is not None
        and match.group("name2") is not None
        and 0 < i < len(lines) - 1
        and kinds.known(i - 1) == "prose"
        and kinds.known(i + 1) == "prose"
    )
