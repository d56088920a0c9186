"""The cards of social-media posts embedded in an article (part of steps 2 and 4).

A post embedded in an article is printed by a dump with its widget's lines around its
text: the author's account ("Jane Doe", "@janedoe", "Replying to @tomreed", "Post by
@jane@example.social", "A post shared by Jane Doe (@janedoe)"), the widget's controls
("Follow", "View this post on ...", "Watch on ...", "Read 87 replies", "Embedded
post", a video's "♬ original sound - name") and its time ("10:04 AM · Mar 3, 2026").
Those lines are the platform's, not the outlet's: never body. But they stand between
two of the article's paragraphs, and as chrome they cut the article in two (its
paragraphs above the post were lost) or, short and alone, were read as its subheadings
(kept as body).

A *card* is anchored by its *account lines* (no sentence, an account handle ``@name``,
also ``@name.host`` or ``@name@host``, and at most ``ACCOUNT_MAX_WORDS`` other words;
not "@name: text", a post's text, nor a signed line) and its *control lines*
(:data:`EMBED_CONTROL`). Anchors (and lines giving only a date or time) that follow
each other within ``CARD_MAX_LINES`` non-blank lines, with at most ``POST_MAX_CHARS``
characters of prose between them (the post's text), are one card (which opens at an
account or control line: a date line before it is the article's), widened over up to
two short lines packed against each of its ends ("Jane Doe", "Follow", "·"). Its lines
weigh nothing in the region search (:func:`neutral_cards`): the article runs on across
it. Inside the region its prose and sentences are the post's text, kept as "embedded
post" (and so are the lines the signed line's post holds), and its other lines are
chrome (:func:`card_reasons`). The signed line of a post ("— Jane Doe (@janedoe) March
3, 2026", :func:`analysis.text.posts.is_post_attribution`) stays body, as before.

Controls are the English labels of embed widgets; no platform or outlet is named. No
tuned value: the limits below are the widgets' shapes, not fitted to a benchmark (a rule
switch, ``POST_CARDS``, for the cross-validation by site).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.body.features import LineFeatures
from analysis.text import LETTER_RUN
from analysis.text.posts import HANDLE, POST_MAX_CHARS, is_post_attribution

# The cards of embedded posts are neutral in the region search and not body (a rule
# switch with no tuned value; cross-validation by site may switch it off).
POST_CARDS = True
# Two anchors of one card are at most this many non-blank lines apart (a name, a
# handle, a control, up to three lines of text, a time, counts).
CARD_MAX_LINES = 8
# A card takes in at most this many short lines (of at most CARD_WIDEN_WORDS words)
# packed against each of its ends: the holder's name over its handle, "·", "Follow".
CARD_WIDEN_LINES = 2
CARD_WIDEN_WORDS = 3
# An anchor line has at most this many words (a name, a handle, a control's label).
ANCHOR_MAX_WORDS = 12
# An account line has at most this many words besides its handles ("A post shared by
# Jane Doe", "Replying to", "Post by").
ACCOUNT_MAX_WORDS = 6
# A date or time line joins a card with at most this many words ("10:04 AM · Mar 3,
# 2026").
CARD_DATE_MAX_WORDS = 8
# A handle opening a post's text ("@name: Good to see ...").
HANDLE_COLON = re.compile(HANDLE.pattern + r":\s")
# The nouns of a post card's counts besides its replies, and one count of the card.
_CARD_COUNT_NOUNS = r"likes?|reposts?|retweets?|boosts?|favou?rites?|shares?"
_CARD_COUNT = rf"[\d,.]+[km]?\s+(?:{_CARD_COUNT_NOUNS}|replies|quotes|comments)"
# The controls of an embed widget: "View this post on ...", "Watch on ...", "Listen on
# ...", "Read 87 replies", "View all 12 comments", "Embedded post", and its counts
# ("12 boosts · 40 favourites", "1.2K likes · 300 reposts", "12 replies · 87 boosts"; a
# count of comments alone is a comment section's heading, :mod:`.rules`).
EMBED_CONTROL = re.compile(
    r"^\W*(?:(?:view|watch|see|open|listen|read)(?:\s+\w+){0,3}\s+on\s+\w[\w.]*"
    r"|(?:read|view|see|show)\s+(?:all\s+)?[\d,.]+[km]?\s+(?:more\s+)?"
    r"(?:replies|comments|reposts|retweets|quotes)"
    r"|embedded\s+(?:post|tweet|video|content|media|image|audio)"
    # the card's counts under the post ("12 boosts · 40 favourites", "1.2K likes 300 reposts",
    # also led by its replies when another count follows: "12 replies · 87 boosts")
    rf"|[\d,.]+[km]?\s+(?:{_CARD_COUNT_NOUNS})(?:\W+{_CARD_COUNT})*"
    rf"|[\d,.]+[km]?\s+(?:replies|quotes|comments)(?:\W+{_CARD_COUNT})+)\W*$",
    re.IGNORECASE,
)


# A video post's sound line under its caption, opened by the beamed-notes mark a
# short-video widget prints ("♬ original sound - name", "♬ Song title - Artist", in the
# widget's language): a control of its card (h390: read as chrome, it ended the story
# under an embedded video).
SOUND_LINE = re.compile(r"^\s*♬\s*\S")


def is_card_anchor(text: str, feature: LineFeatures) -> bool:
    """Whether a line is an account or control line of an embedded post's card.

    Parameters
    ----------
    text : str
        The line.
    feature : LineFeatures
        Its features: a sentence or a long line is never an anchor.

    Returns
    -------
    bool
    """
    if feature.ends_sentence or feature.n_words > ANCHOR_MAX_WORDS:
        return False
    return _anchor_text(text)


def is_account_line(text: str) -> bool:
    """Whether a line, read alone, is an embedded post's account line ("Jane Doe
    @janedoe", "@jane@example.social · 2h") or one of its widget's controls ("View this
    post on ...", "1,204 likes"): :func:`is_card_anchor`'s test without the line's
    features (a line of at most ``ANCHOR_MAX_WORDS`` words ending no sentence).

    Parameters
    ----------
    text : str
        The line, stripped.

    Returns
    -------
    bool
    """
    return _short_line(text) and _anchor_text(text)


def widget_lines(texts: Sequence[str]) -> set[int]:
    """The lines of an HTML page's main text that are an embedded post's widget: its
    control lines ("View this post on Instagram", :data:`EMBED_CONTROL`) and the account
    lines next to one ("A post shared by Jane Doe (@janedoe)"). The markup's main text
    keeps a post's widget as paragraphs, with no features read; an account line with no
    control beside it ("Account: @name" under a listicle's photo) is the article's.

    Parameters
    ----------
    texts : sequence of str
        The main text's lines, stripped, in order.

    Returns
    -------
    set of int
        Positions into ``texts``.
    """
    controls = {
        k
        for k, text in enumerate(texts)
        if _short_line(text) and (EMBED_CONTROL.match(text) or SOUND_LINE.match(text))
    }
    accounts = {
        k
        for k, text in enumerate(texts)
        if (k - 1 in controls or k + 1 in controls) and is_account_line(text)
    }
    return controls | accounts


def _short_line(text: str) -> bool:
    """A line of at most ``ANCHOR_MAX_WORDS`` words ending no sentence (an anchor's
    length, :func:`is_card_anchor`)."""
    return bool(text) and text[-1] not in ".!?" and len(text.split()) <= ANCHOR_MAX_WORDS


def _anchor_text(text: str) -> bool:
    """An anchor's text test (:func:`is_card_anchor`), its length checked."""
    if EMBED_CONTROL.match(text) is not None or SOUND_LINE.match(text) is not None:
        return True
    if "@" not in text or HANDLE.search(text) is None:
        return False
    if is_post_attribution(text) and not text.lstrip().startswith("@"):
        return False  # a signed line; a card's "@handle · date" line is its anchor too
    # an account names its holder in a few words; "@name: text" is a post's text
    rest = HANDLE.sub(" ", text)
    return len(LETTER_RUN.findall(rest)) <= ACCOUNT_MAX_WORDS and not HANDLE_COLON.search(text)


def post_cards(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float]
) -> list[tuple[int, int]]:
    """The cards of the page's embedded posts, as (first, last) positions, inclusive.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights: the positive ones are prose (a post's text).

    Returns
    -------
    list of tuple of int
        Ascending, not overlapping; empty with ``POST_CARDS`` off.
    """
    if not POST_CARDS:
        return []
    anchors = {
        position
        for position, feature in enumerate(features)
        # (is_card_anchor's first test, asked here of every line before its text is cut)
        if not (feature.ends_sentence or feature.n_words > ANCHOR_MAX_WORDS)
        and is_card_anchor(lines[feature.index].strip(), feature)
    }
    if not anchors:
        return []
    dated = [
        position
        for position, feature in enumerate(features)
        if position in anchors
        or (
            feature.has_date
            and feature.n_words <= CARD_DATE_MAX_WORDS
            and not feature.ends_sentence
            and weights[position] <= 0
        )
    ]
    # a card opens at an anchor; a date or time line after it closes it (a post's time
    # under its text), one before it is the article's or the page's
    groups: list[list[int]] = []
    for position in dated:
        if groups and _joins(features, weights, groups[-1][-1], position):
            groups[-1].append(position)
        elif position in anchors:
            groups.append([position])
    cards = []
    for group in groups:
        first, last = _widened(features, weights, group[0], group[-1])
        if cards and first <= cards[-1][1]:
            first = cards.pop()[0]
        cards.append((first, last))
    return cards


def _joins(
    features: Sequence[LineFeatures], weights: Sequence[float], previous: int, position: int
) -> bool:
    """Whether two anchors are of one card: near, with at most a post's text between."""
    if position - previous > CARD_MAX_LINES:
        return False
    text_chars = sum(features[q].n_chars for q in range(previous + 1, position) if weights[q] > 0)
    return text_chars <= POST_MAX_CHARS


def _widened(
    features: Sequence[LineFeatures], weights: Sequence[float], first: int, last: int
) -> tuple[int, int]:
    """A card widened over the short non-prose lines packed against its ends ("Jane
    Doe", "Follow", "·"): at most ``CARD_WIDEN_LINES`` on each side, each of at most
    ``CARD_WIDEN_WORDS`` words (a page printed without blank lines packs its whole
    sidebar against a "Tweets by @name" box)."""

    def widens(position: int, neighbour: int) -> bool:
        return (
            0 <= neighbour < len(features)
            and weights[neighbour] <= 0
            and features[neighbour].n_words <= CARD_WIDEN_WORDS
            and abs(features[neighbour].index - features[position].index) == 1
        )

    for _ in range(CARD_WIDEN_LINES):
        if widens(first, first - 1):
            first -= 1
        if widens(last, last + 1):
            last += 1
    return first, last


def neutral_cards(weights: list[float], cards: Sequence[tuple[int, int]]) -> None:
    """Set to zero, in place, the chrome weights of the cards' lines: the article's
    region runs on across a post (its text keeps its weight).

    Parameters
    ----------
    weights : list of float
        The region weights of the page's non-blank lines; changed in place.
    cards : sequence of tuple of int
        :func:`post_cards` of the page.
    """
    for first, last in cards:
        for position in range(first, last + 1):
            weights[position] = max(weights[position], 0.0)


def card_reasons(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    reasons: list[str],
    cards: Sequence[tuple[int, int]],
) -> None:
    """Set, in place, the reasons of the cards' lines inside the region: an account or
    control line is chrome, prose and sentences are the post's text ("embedded post"), a
    signed line (:func:`is_post_attribution`) and the lines its post holds keep their
    reason, every other line is chrome (a time, a count, "Follow", even when it read as
    a subheading).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights, the cards' chrome set to zero (:func:`neutral_cards`).
    reasons : list of str
        Their reasons (:func:`~analysis.clean.body.extend.region_reasons`); changed in
        place.
    cards : sequence of tuple of int
        :func:`post_cards` of the page.
    """
    for first, last in cards:
        for position in range(first, last + 1):
            text = lines[features[position].index].strip()
            if reasons[position] == "outside" or is_post_attribution(text):
                continue
            if is_card_anchor(text, features[position]):
                reasons[position] = "chrome"
            elif weights[position] > 0 or features[position].ends_sentence:
                reasons[position] = "embedded post"
            elif reasons[position] != "embedded post":
                reasons[position] = "chrome"
