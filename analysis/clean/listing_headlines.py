"""Headlines that read as sentences, and teasers that read as headlines: lines of a
listing page re-kinded by the page's layout.

A card's headline may be printed as a sentence ("Hold on. Stay calm."), which the line
kinds (:mod:`analysis.clean.card_lines`) read as prose. The page's own layout tells it
apart: a kicker or a meta line around it, the page's meta-after-body cards, a card
header form the page prints under other headlines. A teaser may end without a full stop
('... some residents have voiced concern'), which the line kinds read as a headline; it
stands where the page's other cards hold their teasers. :func:`mark_headlines` re-kinds
them in place.
"""

from __future__ import annotations

from collections import Counter

from analysis.clean.card_blocks import (
    MAX_HEADER_LINES,
    MAX_META_LINES,
    MAX_TRAILER_LINES,
    MIN_CARDS,
    ONE_LINE_HEADER_WORDS,
)
from analysis.clean.card_fields import holds_headline, is_name_line, meta_fields, normalized
from analysis.clean.card_lines import (
    COMMENTS_HEADING,
    MAX_TITLE_WORDS,
    MIN_SENTENCE_WORDS,
    MIN_TITLE_WORDS,
    LineKinds,
    line_kind,
)
from analysis.text import bullet_end, count_words


def mark_headlines(lines: list[str], kinds: LineKinds) -> list[int]:
    """Re-kind, in place, the page's bulleted and sentence-shaped headlines as titles.

    Parameters
    ----------
    lines : list of str
        The page's lines.
    kinds : LineKinds
        The lines' kinds, changed in place: the bulleted headlines of a list of cards,
        the headlines of cards whose header opens with a sentence-shaped line, then of
        cards printing their meta line after the body; then the teasers printed as
        headlines (:func:`_headline_shaped_teasers`).

    Returns
    -------
    list of int
        The bulleted lines re-kinded: a list of cards only when each heads a card (the
        caller sets them back to ``bullet`` otherwise).
    """
    bulleted = _bulleted_headlines(lines, kinds)
    _sentence_headlines(lines, kinds)
    _trailer_headlines(lines, kinds)
    _headline_shaped_teasers(lines, kinds)
    _teasers_under_headers(lines, kinds)
    return bulleted


def _bulleted_headlines(lines: list[str], kinds: LineKinds) -> list[int]:
    """Re-kind, in place, bulleted headlines (``• Headline`` over its teaser) as titles.

    A bullet line is a list item (a menu entry, a point of a list), never a card's
    headline; but a bullet line whose text after the mark is headline-shaped (a title,
    or a sentence of at most :data:`MAX_TITLE_WORDS` words) with a line of its card right
    under it (a teaser, a date, an outlet: no blank line, no other item between) opens a
    card, as a text browser prints a list of cards. When the page has :data:`MIN_CARDS`
    or more of them, that is its layout: they are re-kinded and returned.
    """
    heads: dict[int, str] = {}
    for i in range(len(kinds) - 1):
        if kinds.known(i) != "bullet" or (i > 0 and kinds.known(i - 1) == "bullet"):
            continue  # (a list's last item over the next block heads no card)
        under = _under(kinds, i)
        if under is None or kinds.known(under) == "bullet":
            continue
        rest = lines[i][bullet_end(lines[i]) :]
        n_words = count_words(rest)
        if not n_words:
            continue
        if under > i + 1 and kinds.known(under) != "prose" and kinds[under] != "meta":
            continue  # past a blank line, only its text or its cue line is the card's
        if n_words < MIN_TITLE_WORDS:
            # a menu entry ("Home"), or a headline of one or two words over its cue line
            if n_words and kinds[under] == "meta":
                heads[i] = "title"
            continue
        kind = line_kind(rest)
        if kind == "title" or (kind == "prose" and n_words <= MAX_TITLE_WORDS):
            heads[i] = "title"
        elif kind == "meta" and n_words >= ONE_LINE_HEADER_WORDS and holds_headline(rest):
            heads[i] = "meta"  # a one-line header (``Outlet — Headline — 1 day ago``)
    if len(heads) < MIN_CARDS:
        return []
    for i, kind in heads.items():
        kinds[i] = kind
    return list(heads)


def _sentence_headlines(lines: list[str], kinds: LineKinds) -> None:
    """Re-kind, in place, sentence-shaped headlines ("Hold on. Stay calm.") as titles.

    A prose line is a headline when a blank line (or the page's start) is above it, or
    a kicker (a short label line with a blank line or the page's start above it), a
    meta line or a name line right under it (then meta or name lines,
    :data:`MAX_META_LINES` in all, one of them a meta line: ``Jane Doe`` over
    ``09/29/2016``), and body text after them. The meta line may stand one blank line
    under it (a heading's blank line, :func:`_under`) when the header names a source
    (:func:`_names_source`: a time alone opens a live blog's next update) and its first
    line is shorter than a headline (:data:`ONE_LINE_HEADER_WORDS`), and the line is not
    the text of the card above (:func:`_under_headline`).
    """
    for i in range(len(kinds)):
        if kinds.known(i) != "prose" or count_words(lines[i]) > MAX_TITLE_WORDS:
            continue
        top = _under(kinds, i)
        if (
            (i > 0 and kinds.known(i - 1) != "blank" and not _kicker_above(kinds, i))
            or top is None
            or not _opens_header(lines, kinds, top)
            or (top > i + 1 and _under_headline(kinds, i))
        ):
            continue
        meta_end = top  # a byline, a time, an outlet name line under it: one header
        limit = min(len(kinds), top + MAX_META_LINES)
        while meta_end < limit and kinds[meta_end] in {"meta", "label"}:
            meta_end += 1
        if not any(kinds[j] == "meta" for j in range(top, meta_end)):
            continue  # a name line alone under it (a byline without its date) is no header
        if top > i + 1 and (
            not _names_source(lines, kinds, top, meta_end)
            or count_words(lines[top]) >= ONE_LINE_HEADER_WORDS
        ):
            # a time alone a blank line under it (a live blog's next update), or a meta
            # line long enough to be the next card's headline with its date in it
            continue
        after = next((j for j in range(meta_end, len(kinds)) if kinds.known(j) != "blank"), None)
        if after is not None and kinds.known(after) == "prose":
            kinds[i] = "title"
    _packed_sentence_headlines(lines, kinds)


def _names_source(lines: list[str], kinds: LineKinds, start: int, end: int) -> bool:
    """True when lines ``start`` to ``end`` (a header's meta and name lines) name the
    card's outlet or author: a name line, or a meta line giving an outlet or a byline,
    not a time or a date alone."""
    return any(
        kinds[j] == "label"
        or any(f.field in {"outlet", "byline"} for f in meta_fields(j, lines[j]))
        for j in range(start, end)
    )


def _under(kinds: LineKinds, i: int) -> int | None:
    """The line under line ``i``, past one blank line (a headline's header printed a
    blank line under it, as a browser's text view prints a heading); None at the page's
    end."""
    j = i + 1
    if j < len(kinds) and kinds.known(j) == "blank":
        j += 1
    return j if j < len(kinds) and kinds.known(j) != "blank" else None


def _under_headline(kinds: LineKinds, i: int) -> bool:
    """True when a blank line is above line ``i`` and the block above it holds a
    headline: line ``i`` is that card's text (its headline, maybe a meta line, a blank
    line, its teaser), it opens no card."""
    j = i - 2
    if j < 0 or kinds.known(i - 1) != "blank":
        return False
    while j >= 0 and i - j <= MAX_HEADER_LINES and kinds.known(j) not in {"blank", "prose"}:
        if kinds[j] == "title":
            return True
        j -= 1
    return False


def _under_text(kinds: LineKinds, i: int) -> bool:
    """True when line ``i`` is a card's text (:func:`_under_headline`) or body text is
    above it, past one blank line: it continues a card's text, it opens no card."""
    return _under_headline(kinds, i) or (
        i > 1 and kinds.known(i - 1) == "blank" and kinds.known(i - 2) == "prose"
    )


def _packed_sentence_headlines(lines: list[str], kinds: LineKinds) -> None:
    """Re-kind, in place, sentence-shaped headlines printed right under the card above
    (no blank line) as titles: a prose line of at most :data:`MAX_TITLE_WORDS` words
    under a non-blank line, over a meta line naming an outlet and a time and over body
    text, when the page prints that meta line's form (the same fields) under
    :data:`MIN_CARDS` or more headline-shaped lines: the page's card header, here
    opened by a headline that reads as a sentence. The meta line may stand one blank
    line under its headline (:func:`_under`)."""
    candidates = {}
    for i in range(1, len(kinds) - 2):
        if (
            kinds.known(i) == "prose"
            and kinds.known(i - 1) != "blank"
            and (top := _under(kinds, i)) is not None
            and top + 1 < len(kinds)
            and kinds.known(top) != "prose"
            and kinds.known(top + 1) == "prose"
            and count_words(lines[i]) <= MAX_TITLE_WORDS
            and (form := _outlet_time_form(lines, kinds, top))
        ):
            candidates[i] = form
    if not candidates:
        return
    headed = Counter(
        form
        for j in range(len(kinds) - 1)
        if kinds.known(j) not in {"blank", "prose"}
        and kinds[j] == "title"
        and (top := _under(kinds, j)) is not None
        and kinds.known(top) != "prose"
        and (form := _outlet_time_form(lines, kinds, top))
    )
    for i, form in candidates.items():
        if headed[form] >= MIN_CARDS:
            kinds[i] = "title"


def _outlet_time_form(lines: list[str], kinds: LineKinds, i: int) -> frozenset[str] | None:
    """The fields of a meta line that names an outlet and a time or date (a card's
    ``Outlet · 3h ago``), else None."""
    if kinds[i] != "meta":
        return None
    fields = frozenset(f.field for f in meta_fields(i, lines[i]))
    return fields if "outlet" in fields and fields & {"relative_time", "published"} else None


def _opens_header(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """True when line ``i``, right under a sentence-shaped line, may open a headline's
    header: a meta line, or a name line (a byline printed without "By")."""
    return kinds[i] == "meta" or (kinds[i] == "label" and is_name_line(lines[i]))


def _trailer_headlines(lines: list[str], kinds: LineKinds) -> None:
    """Re-kind, in place, sentence-shaped headlines of cards that print their meta line
    after the body ("Bolton: ‘Vote for Her – Not Indicted, Yet!’", body, ``Outlet |
    19h ago``) as titles.

    A *trailer block* is a headline-shaped line or a prose line of at most
    :data:`MAX_TITLE_WORDS` words with a blank line, the page's start or a kicker above
    it (or the meta line closing the card above), body text right under it, and a meta
    line right under the body that no body text follows; or printed with a blank line
    under the headline (:func:`_under`), not under a card's text (:func:`_under_text`),
    its meta line then right under the body or one blank line under it. When the page has
    :data:`MIN_CARDS` or more of them, that is its layout, and the prose lines opening
    them are headlines.
    """
    blocks, sentences = 0, []
    for i in range(len(kinds) - 1):
        if kinds.known(i) == "blank" or (top := _under(kinds, i)) is None:
            continue
        if kinds.known(top) != "prose" or (top > i + 1 and _under_text(kinds, i)):
            continue
        if (
            i > 0
            and kinds.known(i - 1) != "blank"
            and not _closes_body(kinds, i - 1)
            and not _kicker_above(kinds, i)
        ):
            continue
        j = top
        while j < len(kinds) and kinds.known(j) == "prose":
            j += 1
        if top > i + 1 and j + 1 < len(kinds) and kinds.known(j) == "blank":
            j += 1  # (the meta line a blank line under the body, as the headline's)
        if j == len(kinds) or kinds[j] != "meta":
            continue
        if j + 1 < len(kinds) and kinds.known(j + 1) == "prose":
            continue  # a meta line over body text opens a card, it closes none
        if kinds.known(i) == "prose":
            if count_words(lines[i]) <= MAX_TITLE_WORDS:
                blocks += 1
                sentences.append(i)
        elif kinds[i] == "title":
            blocks += 1
    if blocks >= MIN_CARDS:
        for i in sentences:
            kinds[i] = "title"


def _teasers_under_headers(lines: list[str], kinds: LineKinds) -> None:
    """Re-kind, in place, as prose the teasers printed as headlines under their card's
    header: a headline-shaped line under a headline and its cue lines (meta, name or
    caption lines: ``Headline / Outlet - May 3 / teaser cut at a word``) or under a meta
    line that holds the headline too (``Outlet — Headline — 1 day ago``), with no fewer
    words than the headline and printed nowhere else on the page, and no card's cue
    under it: a blank line, the page's end, or link labels and short lines only down to
    the next blank line, not the next card's header. One blank line may stand between the
    header and the line when a link label closes the line's block.

    A line right under a lone headline, closing the card's block, stands so too
    (:func:`_under_lone_headline`: ``Headline / teaser / Outlet · Oct. 14``).

    When :data:`MIN_CARDS` or more lines stand so, teasers printed as prose under the
    same headers counted in, that is the page's layout: its teasers end without a full
    stop (cut at a word, as CSS line clamping leaves them), which the line kinds read as
    headlines; the slot rule (:func:`_headline_shaped_teasers`) needs teasers printed as
    prose in one slot's form to see the page's slot.
    """
    found = []
    for i in range(2, len(kinds)):
        # (cheap tests first: a headline's kind and its cue line's are found late, and a
        # teaser has the words of a sentence)
        if kinds.known(i) not in _LATE_OR_TITLE or count_words(lines[i]) < MIN_SENTENCE_WORDS:
            continue
        gap = kinds.known(i - 1) == "blank"
        if kinds.known(i - 2 if gap else i - 1) not in _LATE_OR_CUE or not _ends_block(kinds, i):
            continue
        if gap and (i + 1 == len(kinds) or kinds.known(i + 1) in _TEXT_OR_BLANK):
            continue  # (a blank line under its header: a link label must close it)
        if kinds[i] != "title":
            continue
        if (_under_header(lines, kinds, i, gap) and not _header_under(lines, kinds, i, gap)) or (
            not gap and _under_lone_headline(lines, kinds, i)
        ):
            found.append(i)
    if not found:
        return
    texts = sum(
        1
        for i in range(2, len(kinds))
        if kinds.known(i) == "prose"
        and kinds.known(i - 1) != "prose"
        and (
            _under_header(lines, kinds, i, kinds.known(i - 1) == "blank")
            or _under_lone_headline(lines, kinds, i)
        )
    )
    if len(found) + texts < MIN_CARDS:
        return
    printed = Counter(normalized(lines[i]) for i in range(len(lines)) if kinds.known(i) != "blank")
    for i in found:
        if printed[normalized(lines[i])] == 1:
            kinds[i] = "prose"


def _under_lone_headline(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """True when line ``i`` closes a card's block right under its headline, no cue line
    between (``Headline / teaser cut at a word / Outlet · Oct. 14``, ``site.com › 2017 /
    Headline / teaser``): the line above is a headline (no name line) of no more words
    than line ``i``, only cue lines above it up to a blank line or the page's start,
    only cue lines under line ``i`` down to a blank line or the page's end, and no body
    text after that blank line (the card ends there)."""
    head = i - 1
    if head < 0 or kinds.known(head) in _TEXT_OR_BLANK or kinds[head] != "title":
        return False
    if is_name_line(lines[head]) or count_words(lines[head]) > count_words(lines[i]):
        return False
    j = head - 1
    while j >= 0 and kinds.known(j) != "blank":
        if head - j > MAX_HEADER_LINES or not _cue_line(lines, kinds, j):
            return False
        j -= 1
    k = i + 1
    while k < len(kinds) and kinds.known(k) != "blank":
        if k - i > MAX_TRAILER_LINES or not _cue_line(lines, kinds, k):
            return False
        k += 1
    while k < len(kinds) and kinds.known(k) == "blank":
        k += 1
    return k == len(kinds) or kinds.known(k) != "prose"


def _ends_block(kinds: LineKinds, i: int) -> bool:
    """True when a blank line or the page's end is at most :data:`MAX_TRAILER_LINES`
    lines under line ``i`` and a blank line or the page's start at most
    :data:`MAX_HEADER_LINES` lines above it, no body text between (a card's lines; told
    from the kinds known early, before any later test)."""
    k = i + 1
    while k < len(kinds) and kinds.known(k) not in _TEXT_OR_BLANK and k - i <= MAX_TRAILER_LINES:
        k += 1
    if k < len(kinds) and kinds.known(k) != "blank":
        return False
    j = i - 1 if kinds.known(i - 1) != "blank" else i - 2
    while j >= 0 and kinds.known(j) not in _TEXT_OR_BLANK and i - j <= MAX_HEADER_LINES:
        j -= 1
    return j < 0 or kinds.known(j) == "blank"


_TEXT_OR_BLANK = frozenset({"blank", "prose"})


def _under_header(lines: list[str], kinds: LineKinds, i: int, gap: bool) -> bool:
    """True when line ``i`` stands right under a card's header (:func:`_header_above`),
    or one blank line under it (``gap``) or under a headline below its cue lines
    (:func:`_headline_under_cues`)."""
    above = i - 2 if gap else i - 1
    if kinds.known(above) not in _LATE_OR_CUE:
        return False
    return _header_above(lines, kinds, above) is not None or (
        gap and _headline_under_cues(lines, kinds, above)
    )


def _header_above(lines: list[str], kinds: LineKinds, i: int) -> int | None:
    """The headline of the card header ending at line ``i``: a title over cue lines
    (:func:`_cue_line`, one or more, ``i`` the last), or a meta line holding the
    headline (``Outlet — Headline — 1 day ago``) with no cue line under it; else None."""
    if not _cue_line(lines, kinds, i):
        return None
    if (
        kinds[i] == "meta"
        and count_words(lines[i]) >= ONE_LINE_HEADER_WORDS
        and holds_headline(lines[i])
    ):
        return i
    j = i - 1
    while j >= 0 and i - j < MAX_HEADER_LINES and _cue_line(lines, kinds, j):
        j -= 1
    if j < 0 or kinds.known(j) in {"blank", "prose"} or kinds[j] != "title":
        return None
    return j


def _headline_under_cues(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """True when line ``i`` is a headline under its card's cue lines, a meta line among
    them, with a blank line above them (``Outlet / 15 hours ago / Headline``)."""
    if kinds.known(i) in {"blank", "prose"} or kinds[i] != "title":
        return False
    j, meta = i - 1, False
    while j >= 0 and i - j <= MAX_HEADER_LINES and kinds.known(j) != "blank":
        if not _cue_line(lines, kinds, j):
            return False
        meta = meta or kinds[j] == "meta"
        j -= 1
    return meta and (j < 0 or kinds.known(j) == "blank")


def _header_under(lines: list[str], kinds: LineKinds, i: int, gap: bool) -> bool:
    """True when a card's cue stands under line ``i`` before the next blank line (a
    meta, name or prose line: the line heads the card), or body text after that blank
    line (its body); ``gap``: the line stands a blank line under its header, and then
    it must close on a link label ("Read more")."""
    k = i + 1
    while k < len(kinds) and kinds.known(k) != "blank":
        if gap and kinds.known(k) != "prose" and _closing_label(lines, kinds, k):
            return False  # a control's label closes the card ("Share")
        if kinds.known(k) == "prose" or kinds[k] in {"meta", "label", "prose"}:
            return True
        if gap and kinds[k] != "cue":
            return True
        k += 1
    if k > i + 1 and kinds[k - 1] == "cue":
        return False  # a link label closes the card ("Read more")
    if gap:
        return True
    # body text after the blank line (maybe under meta lines: a time): the line is a
    # headline over its body (its cue lines above it), not a teaser (a card's last text)
    seen = 0
    for j in range(k, len(kinds)):
        if kinds.known(j) == "blank":
            continue
        if kinds.known(j) == "prose" or kinds[j] in {"title", "bullet"}:
            return kinds.known(j) == "prose"
        seen += 1
        if seen > MAX_META_LINES:
            break
    return False


def _closing_label(lines: list[str], kinds: LineKinds, k: int) -> bool:
    """True when line ``k`` is a one-word label closing its block (a blank line or the
    page's end under it): a control of the card ("Share"), not a kicker over a
    headline."""
    return (
        (k + 1 == len(kinds) or kinds.known(k + 1) == "blank")
        and kinds[k] == "label"
        and count_words(lines[k]) == 1
    )


def _cue_line(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """A card's cue line between its headline and its text: a meta, name or caption
    line, or a name line read as a title (``The New York Times``)."""
    kind = kinds[i]
    return kind in _CUE_KINDS or (kind == "title" and is_name_line(lines[i]))


# Kinds known early of a line that may be a teaser printed as a headline, and of the
# cue line above it (None: found late).
_LATE_OR_TITLE = frozenset({None, "title"})
_LATE_OR_CUE = frozenset({None, "meta", "label", "caption", "title"})
# Kinds of a card's cue lines between its headline and its teaser.
_CUE_KINDS = frozenset({"meta", "label", "caption"})


def _headline_shaped_teasers(lines: list[str], kinds: LineKinds) -> None:
    """Re-kind, in place, teasers that read as headlines as prose: a teaser whose last
    sentence has no full stop ('... but some Democrats have voiced concern') or ends in a
    photo credit ('... in Houston. Win McNamee/Getty Images').

    A teaser stands in its card's *slot*: under the card's headline (blank lines and
    captions between) and over its trailer (a meta line or a link label, blank lines
    between), the slot's form being the kinds of those lines (:func:`_slot_form`). When
    :data:`MIN_CARDS` or more prose lines stand in slots of one form, that is the page's
    card; a headline-shaped line in a slot of that form, with more words than the
    headline over it (a kicker or a headline printed twice has no more) and printed
    nowhere else on the page but under that headline (a headline printed again under its
    outlet's name is), is
    that card's teaser, not a second headline. A card printed twice whole (an infinite
    scroll's page saved after its cards were rendered again) prints its teaser again
    under the same headline: its teaser still.
    """
    forms = Counter(
        form
        for i in range(1, len(kinds) - 1)
        if kinds.known(i) == "prose" and (form := _slot_form(lines, kinds, i)) is not None
    )
    page_forms = {form for form, n in forms.items() if n >= MIN_CARDS}
    if not page_forms:
        return
    printed: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        printed.setdefault(normalized(line), []).append(i)
    for i in range(1, len(kinds) - 1):
        if kinds[i] in _SLOT_KINDS and (form := _slot_form(lines, kinds, i)) in page_forms:
            above = len(form[0])
            headline = normalized(lines[i - above])
            if count_words(lines[i]) > count_words(lines[i - above]) and all(
                j >= above and normalized(lines[j - above]) == headline
                for j in printed[normalized(lines[i])]
            ):
                kinds[i] = "prose"


# Kinds of a teaser read as a headline or as a photo's caption (a teaser that opens with
# or closes on one: '... in Houston. Win McNamee/Getty Images').
_SLOT_KINDS = frozenset({"title", "caption"})


def _slot_form(
    lines: list[str], kinds: LineKinds, i: int
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The form of the slot line ``i`` stands in: the kinds of the lines from the
    headline over it (``title``, then blank lines, captions and meta lines) and of the
    lines under it to the card's next part (blank lines, then a meta line, a link label,
    another line whose text is then part of the form: the same link under every card,
    'Read this issue →'; or, past a blank line, the next block, when a meta line stands
    over the line: the card's cue is in its header); a meta line is named
    by the fields it gives (a time, not the next card's URL crumb). None when line
    ``i`` stands in no slot (:func:`_headline_shaped_teasers`)."""
    j = i - 1
    while j >= 0 and kinds[j] in {"blank", "caption", "meta"}:
        j -= 1
    if j < 0 or kinds[j] != "title":
        return None
    above = [_part(lines, kinds, k) for k in range(i - 1, j, -1)]
    below = []
    j = i + 1
    while j < len(kinds) and kinds.known(j) == "blank":
        below.append("blank")
        j += 1
    if j < len(kinds) and kinds[j] in {"meta", "cue"}:
        below.append(_part(lines, kinds, j))
    elif below and any(part.startswith("meta") for part in above):
        below.append("next")  # the next block: a card with its cue over its text ends
    elif j < len(kinds) and kinds[j] != "prose":
        below.append(normalized(lines[j]))
    else:
        return None
    return ("title", *reversed(above)), tuple(below)


def _part(lines: list[str], kinds: LineKinds, j: int) -> str:
    """A line's part in a slot's form: its kind, a meta line's fields."""
    if kinds[j] == "meta":
        return "meta " + " ".join(sorted({f.field for f in meta_fields(j, lines[j])}))
    return kinds[j]


def _closes_body(kinds: LineKinds, i: int) -> bool:
    """True when line ``i`` is a meta line right under body text (the card above's)."""
    return i > 0 and kinds.known(i - 1) == "prose" and kinds[i] == "meta"


def _kicker_above(kinds: LineKinds, i: int) -> bool:
    """True when the line above line ``i`` is a label opening its block (``Politics``
    above a headline, under a blank line or at the page's start)."""
    return i > 0 and kinds[i - 1] == "label" and (i < 2 or kinds.known(i - 2) == "blank")


def comment_count_under_body(lines: list[str], kinds: LineKinds, i: int) -> bool:
    """True when line ``i`` is a comment count right under body text: the card above's
    last line (a count that follows no text heads a comment section instead).

    Parameters
    ----------
    lines : list of str
        The page's lines.
    kinds : LineKinds
        The lines' kinds.
    i : int
        The line's index.

    Returns
    -------
    bool
        Line ``i`` matches card_lines.COMMENTS_HEADING and body text is right above it.
    """
    return i > 0 and kinds.known(i - 1) == "prose" and COMMENTS_HEADING.match(lines[i]) is not None
