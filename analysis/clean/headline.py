"""The headline of an article page: the line above the body that reads as its headline.

Reads a page's lines and the first line of its body (from :mod:`analysis.clean.body`)
and returns one line index; :mod:`analysis.clean.page_metadata` turns it into the
``title`` field. No site is known in advance: the rules are layout and wording cues.

Candidates are the body's first line (the body detector may have taken the headline in)
and the headline-shaped lines among the :data:`TITLE_SEARCH_LINES` substantive lines
(lines with a word, not bullets) above the body; bylines, dates, image captions and
credits, mastheads, breadcrumb trails ("You are here: Home > News"), menu-like Title
Case lines, a scraper header's site field ("source: Example Daily",
:mod:`analysis.clean.scraper_header`) and a line printed, there or in a copy of it,
under a label of related articles alone ("See also": another article's headline, as a
box of them is printed between a page's headline and its body) are not candidates, nor
is a Markdown quotation ("> ...": a web clipper's excerpt of the story, a pull quote), nor
is a programme's episode label over an episode's headline on a transcript or podcast
page ("The Morning Tide — Episode 12": :mod:`analysis.clean.programme_labels`), nor is
the site's tagline right under its masthead when it calls the paper by a newspaper's
noun ("Independent voice of the Vale since 1884": :func:`_without_tagline`). A
headline copied by hand may close with a period: the one line above the body is a
candidate then, and so is the first line of a text that starts with its body when it is
a Title Case line of its own (a lead is in sentence case; see :func:`_heads_bare_text`
for why the next paragraph is looked at too), or an English headline in sentence case
over English prose (no article, no "is"/"has", no personal pronoun outside a quotation
in single quotes: :func:`_is_closed_headlinese`).
A headline closed by a period that opens the text above the body
(:func:`_is_closed_top_line`) is the only candidate (the lines under it are its deck,
highlights or a caption). Each candidate is scored with :data:`TITLE_WEIGHTS` over the
features of :func:`candidate_features` (it recurs on the page, a byline or date line
right below it or below its deck, a standfirst sentence follows it, its words are the
body's words, it ends in a photo credit, its length, its distance from the body, it is
the body's first line); a line of two words or more right above a
byline or date line (bulleted post details too) is a candidate whatever its shape. The
best score wins, ties going to the candidate nearest the body. The weights were chosen
by cross-validation by site on the metadata benchmark (``benchmarks/metadata_benchmark.py``
prints the held-out figure next to the all-dev one, and the weights each fold picks).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from analysis.clean.account_links import is_account_row
from analysis.clean.bylines import READING_TIME, is_name_line
from analysis.clean.caseless_names import caseless_given_name_line, caseless_name_line
from analysis.clean.comment_words import COMMENT_COUNT_LINE
from analysis.clean.company_names import without_legal_form
from analysis.clean.dates import DateMatch, find_date_span, labelled_dates
from analysis.clean.fact_box import is_fact_box_line
from analysis.clean.header_lines import (
    BYLINE_MAX_WORDS,
    RELATED_LABEL,
    RELATED_LINK,
    STAFF_WORDS,
    find_byline,
    headline_words,
    is_caption_line,
    is_doubled,
    is_heading_like,
    is_label_like,
    is_menu_line,
    is_meta_line,
    is_role_line,
    provider_name_line,
    spaced_menu_items,
)
from analysis.clean.interface_words import INTERFACE_WORDS
from analysis.clean.kind_labels import is_kind_label
from analysis.clean.masthead_lines import SHARE_SHEET
from analysis.clean.name_forms import compact_name
from analysis.clean.newspaper_words import TAGLINE_NOUNS, holds_name_word
from analysis.clean.programme_labels import is_episode_label, opens_with_episode
from analysis.clean.relative_times import find_relative_time
from analysis.clean.scraper_header import is_description_field, is_site_field
from analysis.clean.site_phrases import notice_holders
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import (
    LETTER_RUN,
    count_label_words,
    count_words,
    is_bullet,
    is_lower_case,
    is_title_case,
    is_upper_case,
    letters_are_ascii,
    lowered_letter_runs,
    opens_upper_case,
)
from analysis.text.marks import (
    CLOSING_QUOTATION_MARKS,
    OPENING_QUOTATION_MARKS,
    SENTENCE_MARKS,
    SPACED_SENTENCE_MARKS,
    strip_closing_marks,
)

__all__ = [
    "TITLE_SEARCH_LINES",
    "TITLE_WEIGHTS",
    "candidate_features",
    "find_title_line",
    "headline_lines",
    "is_breadcrumb",
    "is_dated_headline",
    "is_dated_teaser",
    "names_dated_event",
    "recurs_elsewhere",
]

#: How far above the body the title is looked for, in substantive lines.
TITLE_SEARCH_LINES = 24
#: A line with a byline or date line among this many substantive lines below it is a
#: headline candidate whatever its shape.
META_BELOW_LINES = 2
#: The fewest words of a line read as a sentence (a standfirst, a deck).
SENTENCE_WORDS = 6
#: How many lines from the body's first line make the body's vocabulary.
BODY_VOCABULARY_LINES = 60
#: The most words a headline has (a longer line is a paragraph).
TITLE_MAX_WORDS = 25

#: Weights of a candidate's features (see :func:`candidate_features`); chosen by
#: cross-validation by site (``benchmarks/metadata_benchmark.py``).
TITLE_WEIGHTS: dict[str, float] = {
    "recurs": 1.0,
    "standfirst": 1.0,
    "body_words": 4.0,
    "credit_end": -4.0,
    "length": 1.0,
    "glued": -4.0,
    "distance": -0.05,
    "in_body": -4.0,
    "meta_next": 2.0,
    "body_first": -8.0,
}

# A photo credit closing a caption: ". Agency" (not after an initial: "D.C. Book Fair",
# nor a title's or a place's short form: "an interview with Dr. Jo Doe", "St. Louis"),
# " / Agency file", "Name/Agency", "| Agency", or a short parenthesis "(AGENCY)", "(left)".
_CREDIT_END = re.compile(
    r"(?:(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.\s+|[!?”\"]\s+|\s[|/]\s*|[^\W\d_]/)[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&/-]*){0,3}"
    r"(?:\s+file)?\s*$"
    r"|\([^()]{1,25}\)\s*$"
    r"|\((?:left|right|center|centre|top|bottom)\)",
)
# A web address in a line's text (a link list's "1. https://example.com/news").
_ADDRESS = re.compile(r"\S*://\S*|\bwww\.\S+", re.IGNORECASE)
# A numbered list item: "4. Title", "2) Title".
_RANK = re.compile(r"\d{1,2}[.)]\s")
# Menu items written without spaces between them: "ServicesCloud StorageCloud".
_GLUED = re.compile(r"[a-z\u00df-\u00ff][A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")


def find_title_line(
    lines: Sequence[str],
    body_start: int,
    weights: dict[str, float] | None = None,
    site_name: str | None = None,
) -> int | None:
    """Return the index of the title line above the body that starts at ``body_start``.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    body_start : int
        The index of the body's first line.
    weights : dict, optional
        Feature weights (default :data:`TITLE_WEIGHTS`).
    site_name : str, optional
        The page's own site name, when found: see :func:`candidate_features`.

    Returns
    -------
    int or None
        The best-scored candidate (ties: the one nearest the body); None when no line
        above the body is headline-shaped.
    """
    weights = TITLE_WEIGHTS if weights is None else weights
    best: tuple[float, int] | None = None
    for i, features in candidate_features(lines, body_start, site_name):
        score = sum(weights.get(name, 0.0) * value for name, value in features.items())
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


def headline_lines(
    lines: Sequence[str], title_line: int, body_start: int, site_name: str | None = None
) -> list[int]:
    """The lines of a headline printed over two lines or more, the title line among them.

    A display headline broken in two (``<h1>Council approves the harbour<br>budget
    after a long debate</h1>``, a long headline a text browser wrapped) is two lines in a
    dump, and the title scorer picks one of them. A line opening with a word in lower
    case continues the line right above it (no blank line between) when that line ends
    without a sentence mark: no headline starts in lower case, and a sentence mark
    closes a deck or a caption. Neither line may be a byline or date line, a menu or
    the page's site name, and the headline stays within :data:`TITLE_MAX_WORDS` words.
    No tuned value.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    title_line : int
        The title's line (:func:`find_title_line`).
    body_start : int
        The index of the body's first line: the headline ends above it.
    site_name : str, optional
        The page's own site name, when found.

    Returns
    -------
    list of int
        Consecutive line indices, top first; ``[title_line]`` for a one-line headline.
    """
    site_key = compact_name(site_name) if site_name else ""

    def part(index: int) -> bool:
        line = lines[index]
        return bool(
            count_words(line)
            and not is_bullet(line)
            and not is_meta_line(line)
            and not is_menu_line(line)
            and not (site_key and _names_site(line, site_key))
        )

    def continues(upper: int, lower: int) -> bool:
        return (
            (
                _goes_on_in_lower_case(lines[upper], lines[lower])
                or (
                    (
                        _capitals_cut_at_function_word(lines[upper], lines[lower])
                        or _capitals_wrapped(lines[upper], lines[lower])
                    )
                    and strip_closing_marks(lines[upper].rstrip())[-1:] not in SENTENCE_MARKS
                )
            )
            and part(upper)
            and part(lower)
        )

    first = last = title_line
    words = count_words(lines[title_line])
    while first > 0 and continues(first - 1, first):
        words += count_words(lines[first - 1])
        if words > TITLE_MAX_WORDS:
            break
        first -= 1
    while last + 1 < body_start and continues(last, last + 1):
        words += count_words(lines[last + 1])
        if words > TITLE_MAX_WORDS:
            break
        last += 1
    return list(range(first, last + 1))


def _goes_on_in_lower_case(upper: str, lower: str) -> bool:
    """Whether line ``lower`` goes on from line ``upper`` right above it: ``upper`` holds
    text and ends with no sentence mark, ``lower`` opens with a word in lower case (no
    headline, deck or sentence starts so)."""
    first_word = lower.split()[0] if lower.split() else ""
    return (
        bool(upper.strip())
        and first_word.isalpha()
        and is_lower_case(first_word)
        and strip_closing_marks(upper.rstrip())[-1:] not in SENTENCE_MARKS
    )


def _rest_of_wrapped_text(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` goes on in lower case from the lines above it
    (:func:`_goes_on_in_lower_case`), the first of them opening with a capital, which
    with it hold more than :data:`TITLE_MAX_WORDS` words: a standfirst or a paragraph
    wrapped over lines ("The council says ..." / "after spending £6m of its reserves" /
    "warning that further cuts ..."), never a headline's rest (a headline so broken,
    "Quarry" / "expansion" / "hearing", is joined by :func:`headline_lines`). A run of
    lines that all open in lower case (a screen reader's "link News" / "heading level
    1 ...") is no such text. No tuned value: the headline's own limit."""
    words, top = count_words(lines[index]), index
    while top > 0 and _goes_on_in_lower_case(lines[top - 1], lines[top]):
        top -= 1
        words += count_words(lines[top])
    return top < index and words > TITLE_MAX_WORDS and opens_upper_case(lines[top].strip())


def _capitals_cut_at_function_word(upper: str, lower: str) -> bool:
    """Whether a headline in capitals goes on from line ``upper`` to line ``lower``: both
    in capitals, ``upper`` ending in a function word ("FERRY SERVICE TO ISLES CUT TO" /
    "THREE DAYS A WEEK", a teletext page's or a print page's display headline broken
    over two lines), which no headline ends with."""
    last = LETTER_RUN.findall(upper)[-1:]
    return (
        bool(last)
        and upper.rstrip()[-1:].isalpha()
        and last[0].casefold() in FUNCTION_WORDS
        and is_upper_case(upper.strip())
        and is_upper_case(lower.strip())
    )


def _capitals_wrapped(upper: str, lower: str) -> bool:
    """Whether a headline in capitals wraps from line ``upper`` to line ``lower`` at a
    column's width: both in capitals, ``upper`` as long as ``lower`` or longer (a print
    page's display headline set over lines, "MILL TOWN'S LAST" / "COBBLER HANGS UP" /
    "HIS HAMMER" in a pdftotext print: each line as full as the column allows, the last
    the remainder). A short label over a longer headline ("LOCAL NEWS" / "BUS FARES RISE
    AGAIN") is no such wrap. No tuned value: the lines' own lengths."""
    upper, lower = upper.strip(), lower.strip()
    return (
        bool(lower) and is_upper_case(upper) and is_upper_case(lower) and len(upper) >= len(lower)
    )


def candidate_features(
    lines: Sequence[str], body_start: int, site_name: str | None = None
) -> list[tuple[int, dict]]:
    """The title candidates, nearest the body first, with their features.

    The candidates are the body's first line (the body detector may have taken the
    headline in) and the headline-shaped lines among the :data:`TITLE_SEARCH_LINES`
    substantive lines above the body.

    - ``recurs``: 1 when the line's text occurs in another line, in any case
      (breadcrumb, repeat);
    - ``standfirst``: 1 when the next substantive line is a sentence;
    - ``body_words``: the share of its content words (not function words) that the
      body's first :data:`BODY_VOCABULARY_LINES` lines use (the body's first line
      itself left out when it is the candidate);
    - ``credit_end``: 1 when it ends like a photo caption's credit;
    - ``length``: log2 of its word count, up to 16 words;
    - ``glued``: 1 when two or more words are glued to the next ("ServicesCloud"), as
      in a menu written without spaces;
    - ``distance``: substantive lines between it and the body;
    - ``in_body``: 1 when the same line is written again at or below the body's start
      (an interstitial such as a "continue reading" or a media notice, never a headline);
    - ``meta_next``: 1 when the next line with a word below it (a bulleted one too, as
      in a list of post details) is a byline or date line, or a person's name alone
      over one ("Jo Doe" / "Monday 5:30PM"); a headline, deck, byline
      top counts for the headline, not the deck (:func:`_deck_below`: the line under a
      candidate that reads as its deck is skipped, and the deck gets 0), closed by a
      full stop or not;
    - ``body_first``: 1 for the body's first line.

    A headline copied by hand that opens the text (its first line, closed by a period:
    :func:`_is_closed_top_line`) is the only candidate when it is one: what stands
    between it and the body is its deck, its story highlights or a photo caption,
    which read as headlines too and are longer and nearer the body.

    The name under a newswire's provider label ("NEWS PROVIDED BY" / "Example Holdings
    Ltd": :func:`~analysis.clean.header_lines.provider_name_line`) is never a candidate;
    nor is the rest of a standfirst or paragraph wrapped over lines, going on in lower
    case from lines above that hold more words with it than a headline
    (:func:`_rest_of_wrapped_text`).
    Nor is a fact box's line (:func:`~analysis.clean.fact_box.is_fact_box_line`: a
    review's "Director: A" / "Cast: B" / "Running time: ..." rows, "Regie: A · Bühne: B",
    "Directed by A. With B. 1h52. ★★★★☆"), nor a reading time alone
    (:data:`~analysis.clean.bylines.READING_TIME`: a reader view's "5–6 minutes", which
    may share the body's words and head the date line).
    Nor is a person's name alone in a script without case beside a date line
    (:func:`~analysis.clean.caseless_names.caseless_name_line`: "佐藤美咲" over
    "2026年12月5日"; a given name alone under a longer line,
    :func:`~analysis.clean.caseless_names.caseless_given_name_line`: "สุดารัตน์"), which
    counts as a byline under the headline for ``meta_next``.
    A line that reads as the page's own site name (``site_name``, compared as
    :func:`~analysis.clean.name_forms.compact_name` folds names) is never a candidate: a
    masthead printed again in the footer recurs and may sit nearest the body; nor is
    the name with a label's word after it above the body (:func:`_site_and_label`:
    "Example Post live" under a live blog's headline; the body's first line stays one,
    so that a heading the body detector took in leaves the body as the title's line).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    body_start : int
        The index of the body's first line.
    site_name : str, optional
        The page's own site name (:func:`analysis.clean.site_name.page_site_name`), when
        found.

    Returns
    -------
    list of tuple
        ``(line index, features)`` per candidate, nearest the body first; the
        features by the names above (see :data:`TITLE_WEIGHTS`).
    """
    window = _substantive_lines_above(lines, body_start, TITLE_SEARCH_LINES)
    page = _PageLines(lines)
    vocabulary_lines = lines[body_start : body_start + BODY_VOCABULARY_LINES]
    # (the words of addresses left out: a text browser's numbered list of the page's
    # links, "References", spells its menu's entries in their paths)
    rest_vocabulary = _content_words(_without_addresses(" ".join(vocabulary_lines[1:])))
    body_vocabulary = rest_vocabulary | _content_words(
        _without_addresses(" ".join(vocabulary_lines[:1]))
    )
    below_body = Counter(line.strip() for line in vocabulary_lines)
    top = _next_worded_line(lines, -1, body_start)  # the text's first line with a word
    found = []
    opening = None  # a hand-copied headline that opens the text (_is_closed_top_line)
    collection = None  # the nearest headline holding its date (is_dated_headline)
    site_key = compact_name(site_name) if site_name else ""
    chosen = []  # (rank, index, below, next worded line) of each candidate
    # a press release's issuer under "NEWS PROVIDED BY" is its source, not its headline
    provider = provider_name_line(lines, window[-1] if window else body_start, body_start)
    # a byline or date line the body detector took in as the body's first line is still
    # the header's: the line under a candidate above may be it
    header_end = body_start + 1 if page.is_meta(body_start) else body_start
    for rank, i in _ranked_candidate_lines(lines, body_start, window):
        first = i == body_start
        below = _substantive_lines_below(lines, i, 2) if first else window[:rank][::-1][:2]
        next_line = _next_worded_line(lines, i, len(lines) if first else header_end)
        meta_below = below[:META_BELOW_LINES] + ([next_line] if next_line is not None else [])
        lone = window == [i] or not window  # the one line above the body, or a bare text's
        # first line (_heads_bare_text): a period may close it
        opens_text = i == top and _is_closed_top_line(page, i, meta_below, body_vocabulary)
        dated = page.is_meta(i) and is_dated_headline(lines[i])
        if (
            (page.is_meta(i) and not dated and not names_dated_event(lines[i]))
            or i == provider
            or (site_key and _names_site(lines[i], site_key))
            or (site_key and i != body_start and _site_and_label(lines[i], site_key))
            or is_site_staff_credit(lines[i], site_name)
            or page.credited(i)  # "The Example Observer" over the story, "© The Example ..."
            or _PROVIDER_CREDIT.match(lines[i])  # "Provided by The Example Observer"
            or _GUEST_CREDIT.match(lines[i])  # "Special to The Example Observer"
            or _is_notice(lines[i])
            or is_kind_label(lines[i])  # "Press release", "Sponsored content" by the headline
            or COMMENT_COUNT_LINE.fullmatch(lines[i]) is not None  # "212条评论", "コメント45件"
            or spans_years(lines[i])  # "Born March 2, 1938 ...; died November 29, 2026 ..."
            or is_fact_box_line(lines, i)  # "Regie: A · Bühne: B", a review's "Label: value" rows
            or READING_TIME.fullmatch(lines[i]) is not None  # a reader view's "5–6 minutes"
            or _TIMED_CONTROL.match(lines[i]) is not None  # "Posłuchaj artykułu · 9 min"
            or is_account_row(lines[i])  # "Zaprenumeruj Zaloguj się Podaruj prenumeratę"
            or is_menu_line(lines[i])  # "Home | News | Politics", "• Home | • World | Log in"
            or ("  " in lines[i].strip() and spaced_menu_items(lines[i]))  # "News  Sport  Log in"
            or is_site_field(lines, i)
            or is_description_field(lines, i)  # a header's "description: ..." standfirst
            or lines[i].lstrip()[:1] == ">"  # a Markdown quotation: an excerpt, a pull quote
            or _opens_wrapped_sentence(lines, i)  # a paragraph's first line, hard-wrapped
            or (not first and _rest_of_wrapped_text(lines, i))  # a standfirst's last line
            or page.under_related_label(i)
            or (not first and _byline_under_headline(page, i, header_end))
            or (not first and _labels_other_card(page, i, header_end))  # a rubric
            or (not first and page.under_name(i, header_end))  # "Jo Doe" / "Staff Reporter"
            or (not first and caseless_name_line(lines, i, header_end))  # "佐藤美咲" / date
            or (not first and caseless_given_name_line(lines, i, header_end))  # "สุดารัตน์"
            or not (
                dated
                or _is_title_candidate(page, i)
                or _heads_meta_lines(page, i, meta_below)
                or (lone and _is_closed_headline(lines[i].strip()))
                or opens_text
            )
        ):
            continue
        if opens_text and not first:
            opening = i
        if dated and not first and collection is None:
            collection = i
        chosen.append((rank, i, below, next_line))
    chosen = _without_episode_labels(lines, chosen, body_start)
    chosen = _under_episode_headline(page, chosen, body_start)
    chosen = _without_tagline(lines, chosen, site_key)
    # a deck under a candidate: the byline or date below the deck is the headline's
    decks = {i: line for _, i, _, line in chosen if _deck_below(page, i, line)}
    for rank, i, below, next_line in chosen:
        first = i == body_start
        if i in decks:
            stop = len(lines) if first else header_end
            next_line = _next_worded_line(lines, _deck_end(lines, decks[i], stop), stop)
        above_rank = rank if first else rank + 1  # the substantive line above it
        above = window[above_rank] if above_rank < len(window) else None
        under_headline = decks.get(above) == i
        words = _content_words(lines[i])
        vocabulary = rest_vocabulary if first else body_vocabulary
        if _among_copied_teasers(lines, i, vocabulary_lines):
            vocabulary = _vocabulary_without_copies(
                vocabulary_lines[1:] if first else vocabulary_lines, lines[i], vocabulary
            )
        shared = sum(1 for w in words if w in vocabulary) / len(words) if words else 0.0
        found.append(
            (
                i,
                {
                    "recurs": float(page.recurs(i)),
                    "standfirst": float(bool(below) and _is_sentence(lines[below[0]])),
                    "body_words": shared,
                    "credit_end": float(bool(_CREDIT_END.search(lines[i].strip()))),
                    "length": math.log2(min(count_words(lines[i]), 16)),
                    "glued": float(len(_GLUED.findall(lines[i])) >= 2),
                    "distance": float(rank),
                    "in_body": float(below_body[lines[i].strip()] > first),
                    "meta_next": float(
                        not under_headline
                        and next_line is not None
                        and page.opens_meta(next_line, len(lines) if first else header_end)
                    ),
                    "body_first": float(first),
                },
            )
        )
    # a deck between its headline and the byline or date line under both is no headline:
    # it shares more of the story's words and is longer, but the meta line closes the
    # header the headline opens ("Headline" / "Deck sentence." / "By NAME")
    headed = {
        line
        for i, features in found
        if i in decks
        and features["meta_next"]
        and decks[i] != body_start
        and _heads_longer_deck(lines, i, decks[i], body_start, site_name)
        for line in range(decks[i], _deck_end(lines, decks[i], body_start) + 1)
    }
    found = [(i, features) for i, features in found if i not in headed]
    if opening is not None:  # the lines under it are its deck, highlights or a caption
        return [(i, features) for i, features in found if i == opening]
    if collection is not None and _heads_items(page, collection):
        # a dated page of items (letters, a briefing): the headings under it are theirs
        return [(i, features) for i, features in found if i <= collection]
    return found


def _among_copied_teasers(
    lines: Sequence[str], index: int, vocabulary_lines: Sequence[str]
) -> bool:
    """True when line ``index`` and a line next to it (the nearest with a word above or
    below) are both copied among ``vocabulary_lines`` (:func:`_copies`): a block of
    teasers over the story (a ticker, a menu's latest headlines) that a list under it
    prints again. A headline stands alone: the article listing itself ("2. HEADLINE" in
    its page's "Most read") is no teaser, its copy still the story's words."""
    if not _copied_in(lines[index], vocabulary_lines):
        return False
    neighbours = (
        _worded_line_above(lines, index),
        _next_worded_line(lines, index, len(lines)),
    )
    return any(
        j is not None and j >= 0 and _copied_in(lines[j], vocabulary_lines) for j in neighbours
    )


def _copied_in(line: str, vocabulary_lines: Sequence[str]) -> bool:
    """True when one of ``vocabulary_lines`` copies ``line`` (:func:`_copies`)."""
    key = line.strip().casefold()
    return bool(key) and any(_copies(text, key) for text in vocabulary_lines)


def _vocabulary_without_copies(
    vocabulary_lines: Sequence[str], line: str, vocabulary: set[str]
) -> set[str]:
    """The body's vocabulary for a candidate ``line``, leaving out the lines that copy it.

    A teaser's headline printed over the story (a "Live" ticker, a menu's latest
    headlines) is often printed again under it ("Most read", "Latest": "1. HEADLINE",
    "18:05 HEADLINE"), and a short story leaves those lists among the body's first
    :data:`BODY_VOCABULARY_LINES` lines: the copy holds every word of the candidate,
    which tells nothing of the story's topic. Lines that copy the candidate (its whole
    text, in any case, and at most :data:`COPY_EXTRA_WORDS` words more: :func:`_copies`)
    are left out of the vocabulary it is scored against.

    Parameters
    ----------
    vocabulary_lines : sequence of str
        The lines the vocabulary was read from.
    line : str
        The candidate's line.
    vocabulary : set of str
        The content words of ``vocabulary_lines``.

    Returns
    -------
    set of str
        ``vocabulary`` itself when no line copies the candidate, else the content words
        of the other lines.
    """
    key = line.strip().casefold()
    if not key or not any(key in text.casefold() for text in vocabulary_lines):
        return vocabulary
    kept = [text for text in vocabulary_lines if not _copies(text, key)]
    return _content_words(_without_addresses(" ".join(kept)))


#: The most words a list prints beside a headline it copies: a rank, a time, a day or a
#: link's label ("1.", "18:05", "Dec 5, 2026", "Read more:", "함께 읽으면 좋은 기사"; a
#: label of a script without spaces one word). A sentence holding a headline's words goes
#: on for more (the story's first line opening with them). Set by reasoning, not tuned.
COPY_EXTRA_WORDS = 4


def _copies(text: str, key: str) -> bool:
    """True when ``text`` is a list's copy of the line ``key`` (casefolded): that line,
    with at most :data:`COPY_EXTRA_WORDS` words beside it, and no sentence going on from
    it to a sentence mark (the story's first line opening with the headline's words and
    closing two words later is no copy: "HEADLINE apaja'sik tujiw.")."""
    folded = text.casefold()
    if key not in folded:
        return False
    before, _, after = folded.partition(key)
    tail = strip_closing_marks(after.rstrip())
    if tail.strip() and tail[-1:] in SENTENCE_MARKS and not key.endswith(tail[-1]):
        return False
    return 0 < count_label_words(f"{before} {after}") <= COPY_EXTRA_WORDS


#: The fewest words of a headline over its deck (:func:`_heads_longer_deck`): a
#: headline is a clause (its subject, verb and object or complement: "Grain terminal
#: operator hid contamination reports"), a masthead, kicker or section label over a
#: headline in sentence case is a name of a few words ("Kelp Gulls Moorings").
DECKED_HEADLINE_MIN_WORDS = 5

#: How many times a headline's words its deck holds at least (:func:`_heads_longer_deck`):
#: a deck expands its headline in a sentence or two, a headline is cut to fit its line;
#: a line over a headline about as long as it is no headline over its deck but a notice
#: or a second headline over the headline ("Denne artikel er mere end 2 år gammel" over
#: an eight-word headline, metadata_h376). Set by reasoning (half again), not tuned.
DECK_TO_HEADLINE_WORDS = 1.5


def _heads_longer_deck(
    lines: Sequence[str], index: int, deck: int, body_start: int, site_name: str | None
) -> bool:
    """Whether the candidate on line ``index`` heads the deck on line ``deck`` as a
    headline does: the headline (its lines, :func:`headline_lines`: a wrapped one's
    too) is set apart by a blank line above it (a tagline is packed under its masthead:
    "Example Register" / "Serving Example County since 1921") and is not the line under
    the site's name (``site_name``: a tagline set apart under it), parts no label from a
    name ("On the Ground | Grace Okafor", a column's label), holds
    :data:`DECKED_HEADLINE_MIN_WORDS` words or more, and the deck (its wrapped lines
    too, :func:`_deck_end`) :data:`DECK_TO_HEADLINE_WORDS` times its words or more. No
    tuned value."""
    heads = headline_lines(lines, index, body_start, site_name)
    if heads[0] > 0 and lines[heads[0] - 1].strip():
        return False
    above = _worded_line_above(lines, heads[0])
    if site_name and above >= 0 and _names_site(lines[above], compact_name(site_name)):
        return False  # a tagline under the masthead ("Local news for Example and district")
    if any(_ITEM_SEPARATOR.search(lines[j]) for j in heads):
        return False
    head = sum(count_words(lines[j]) for j in heads)
    words = sum(count_words(lines[j]) for j in range(deck, _deck_end(lines, deck, body_start) + 1))
    return head >= DECKED_HEADLINE_MIN_WORDS and words >= DECK_TO_HEADLINE_WORDS * head


def _deck_end(lines: Sequence[str], deck: int, stop: int) -> int:
    """The last line of the deck opening on line ``deck``: a deck a text browser or a
    hard wrap broke over lines goes on in lower case on the lines right under it
    (:func:`_goes_on_in_lower_case`, no blank line between), above line ``stop``."""
    while deck + 1 < stop and _goes_on_in_lower_case(lines[deck], lines[deck + 1]):
        deck += 1
    return deck


def _byline_under_headline(page: _PageLines, index: int, stop: int) -> bool:
    """True when line ``index`` is a person's name alone over a byline or date line
    (:meth:`_PageLines.opens_meta`, itself no such line) right under a headline-shaped
    line (:func:`_is_title_candidate`): "Jo Doe" / "3 December 2026" under the headline
    is the headline's byline, however often the story names its writer ("Jo Doe
    said ..." makes the name recur and its words the body's); so is it under the
    headline's standfirst, a sentence ("Headline" / "Deck sentence." / "Jo Doe" / the
    date): a column's header, whose "More from Jo Doe" box makes the name recur too."""
    above = _worded_line_above(page.lines, index)
    if above < 0 or page.is_meta(index) or not page.opens_meta(index, stop):
        return False
    if _is_sentence(page.lines[above]):
        above = _worded_line_above(page.lines, above)  # the standfirst's headline
        if above < 0 or _is_sentence(page.lines[above]):
            return False
    return _is_title_candidate(page, above)


def _labels_other_card(page: _PageLines, index: int, stop: int) -> bool:
    """True when line ``index`` is a rubric over the headline: a headline-shaped line
    (no sentence, no byline or date) right under it, and its text printed again as a
    line of its own over another card's headline (a line that is no sentence, with a
    sentence or a byline or date line under it), in a box of the issue's or the
    section's cards ("Reporter at Large" / "The Last Harbor Pilots" over the story,
    "REPORTER AT LARGE" / "The Audit" in "More from this issue"). The story's own
    headline printed again heads its own deck or byline, not another headline."""
    lines = page.lines
    below = _next_worded_line(lines, index, stop)
    if (
        below is None
        or _is_sentence(lines[below])
        or page.is_meta(below)
        or not _is_title_candidate(page, below)
    ):
        return False
    key = lines[index].strip().casefold()
    headline = lines[below].strip().casefold()
    for j, line in enumerate(lines):
        if j == index or line.strip().casefold() != key:
            continue
        other = _next_worded_line(lines, j, len(lines))
        if (
            other is None
            or lines[other].strip().casefold() in (headline, key)
            or _is_sentence(lines[other])
            or page.is_meta(other)
            or headline_words(lines[other].strip()) > TITLE_MAX_WORDS
        ):
            continue
        under = _next_worded_line(lines, other, len(lines))  # the card's deck or byline
        if under is not None and (_is_sentence(lines[under]) or page.is_meta(under)):
            return True
    return False


def _heads_items(page: _PageLines, index: int) -> bool:
    """True when the page under the headline on line ``index`` (one holding its date:
    :func:`is_dated_headline`) is a series of items with headings of their own, as a
    letters page or a dated briefing is: :data:`MIN_ITEM_HEADINGS` headline-shaped lines
    (:func:`_is_title_candidate`) or more under it, each a paragraph of its own over a
    paragraph of prose and under the headline or under the short line closing the item
    before (:func:`_closes_item`: a signature, an entry's time). No tuned value: a
    story's crossheads follow its paragraphs."""
    lines = page.lines
    headings = 0
    for j in range(index + 1, len(lines)):
        line = lines[j]
        if not line.strip() or is_bullet(line) or _is_sentence(line):
            continue
        own = (j == 0 or not lines[j - 1].strip()) and (
            j + 1 >= len(lines) or not lines[j + 1].strip()
        )
        following = _next_worded_line(lines, j, len(lines))
        previous = _worded_line_above(lines, j)
        if (
            own
            and following is not None
            and _is_prose_paragraph(lines[following])
            and (previous == index or _closes_item(lines[previous]))
            and _is_title_candidate(page, j)
        ):
            headings += 1
            if headings >= MIN_ITEM_HEADINGS:
                return True
    return False


def _is_prose_paragraph(line: str) -> bool:
    """True for a line of :data:`SENTENCE_WORDS` words or more ending as a sentence ends,
    a closing quotation mark after its stop too ('... driving traffic.”')."""
    stripped = strip_closing_marks(line.rstrip())
    return count_words(stripped) >= SENTENCE_WORDS and stripped[-1:] in SENTENCE_MARKS


def _worded_line_above(lines: Sequence[str], index: int) -> int:
    """The nearest line with a word above line ``index`` (-1 for none)."""
    j = index - 1
    while j >= 0 and not count_words(lines[j]):
        j -= 1
    return j


def _closes_item(line: str) -> bool:
    """True for a short line that is no sentence (fewer than :data:`SENTENCE_WORDS`
    words): a letter's signature ("Gwen Morgan, Pontypridd"), an entry's time. A
    heading after a paragraph of prose is a crosshead of one story."""
    return bool(line.strip()) and count_words(line) < SENTENCE_WORDS and not _is_sentence(line)


#: The fewest item headings under a dated headline that make its page a series of items.
MIN_ITEM_HEADINGS = 3


# A line about the page itself ("This article is more than 2 months old", "This story
# has been updated", "This video is no longer available"), wholly in brackets
# ("(Getty Images)", "[Updated at 5 pm]") or a share sheet's: an interface notice or a
# credit, never the headline. A notice says what became of the page, what it holds or
# where it comes from: "this <page>", auxiliaries and negations, then such a state; a
# headline that opens with the words ("This Video Shows Why ...", "This Report Changes
# Everything") says more.
_NOTICE = re.compile(
    r"^\s*(?:this\s+(?:article|story|post|page|content|video|report)[,:]?\s+"
    r"(?:(?:is|was|has|have|had|been|be|may|might|can|could|cannot|can[’']t|will|not|no|"
    r"longer|now|also|only|originally|first|last)\s+)*"
    r"(?:more\s+than|older\s+than|part\s+of|(?:un)?available|contain(?:s|ed)?|"
    r"include[sd]?|requires?|appear(?:s|ed)|tagged|(?:re)?(?:updated|corrected|amended|"
    r"revised|published|printed|posted|produced|reported|written|compiled|adapted|"
    r"excerpted|featured|funded|sponsored|supported|translated|edited|removed|deleted|"
    r"archived|restricted|blocked|loaded|played|displayed|found))\b"
    r"|[(\[][^()\[\]]*[)\]]\s*$"
    # a share sheet's line over a story an app sent: "Shared from the Example app",
    # "Sent from my phone", "Shared via Example"
    rf"|{SHARE_SHEET}"
    # a print view's stamp of the site it was printed from: "Printed from example.com",
    # "Printed from www.example.com on 5 December 2026" (h271)
    r"|printed\s+from\s+(?:https?://)?[\w-]+(?:\.[\w-]+)+\b)",
    re.IGNORECASE,
)
# A control acting on the page, anywhere in the line: "SHARE THIS ARTICLE Share Tweet",
# "Listen to this story", "Share All sharing options for: ...".
_PAGE_CONTROL = re.compile(
    r"\b(?:share|listen\s+to|print|save)\s+(?:this|the)\s+(?:article|story|post|page)\b"
    r"|\bsharing\s+options\b",
    re.IGNORECASE,
)


# A player's or a reading time's control printed as one line, its label of up to four
# words and the length after a separator ("Posłuchaj artykułu · 9 min", "Artikel
# anhören | 7 Min.", "Écouter · 04:12"): a control, in any language, never a headline (a
# headline does not end with a separator and a count of minutes). The minute's word is
# "min" and its endings in the Latin and Cyrillic languages, or the clock's "mm:ss".
_TIMED_CONTROL = re.compile(
    r"^\s*[^\W\d_](?:[^\W\d_]|['’-])*(?:\s+[^\W\d_](?:[^\W\d_]|['’-])*){0,3}\s*[·•|]\s*"
    r"(?:\d{1,3}\s*(?:min|мин)[^\W\d_]{0,6}\.?|\d{1,2}:\d\d(?::\d\d)?)\s*$",
    re.IGNORECASE,
)


# A credit's lead before a publisher's name: "© 2026 X", "(c) X", "Copyright X",
# "Provided by X", "Continue reading on X", "Read more at X", "Originally published by X".
_CREDIT_LEAD = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b|provided\s+by\b|continue\s+reading\s+(?:on|at)\b"
    r"|read\s+more\s+(?:on|at)\b|originally\s+published\s+(?:by|on|in)\b"
    # an aggregator's or a republisher's other credits: "Read the full story at X",
    # "Original source: X", "This article was originally published by X on DATE"
    r"|read\s+the\s+full\s+(?:story|article)\s+(?:on|at)\b|original\s+source\s*:"
    r"|this\s+(?:article|story)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)"
    r"\s+(?:by|on|in)\b)"
    r"\s*(?:(?:19|20)\d\d\s*)?",
    re.IGNORECASE,
)
# Where the credited name ends in such a line: a spaced separator before the day
# ("Provided by X · Dec 4, 2026"), a comma, "on DATE", "and is republished", a period.
_CREDITED_NAME_END = re.compile(r"\s+[·|•–—-]\s+|,\s|\s+(?:on|and)\s+|\.(?:\s|$)")
_CREDIT_END_MARKS = " .,;:|"
# The sign or word of a copyright notice (the cheap test before notice_holders).
_NOTICE_SIGN = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
# A credit line of an aggregator's copy naming the publisher, by the leads of
# :data:`_CREDIT_LEAD` no headline opens with (not "©" nor "Copyright": "Copyright fight
# over ..." may be one): "Provided by X" over the headline is never the headline.
_PROVIDER_CREDIT = re.compile(
    r"^\s*(?:provided\s+by|continue\s+reading\s+(?:on|at)|read\s+more\s+(?:on|at)"
    r"|originally\s+published\s+(?:by|on|in)|in\s+partnership\s+with)\s+\S",
    re.IGNORECASE,
)


# A guest writer's credit line under the byline, the site after "Special to" and
# nothing else (a name of up to six capitalized words): never the headline.
_GUEST_CREDIT = re.compile(
    r"^\s*(?:[Ss]pecial\s+to|SPECIAL\s+TO)\s+(?:[Tt]he\s+|THE\s+)?"
    r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,5}\s*$"
)


def spans_years(line: str) -> bool:
    """True for a line printing two calendar dates of different years, a span of a
    life or a term ("Born March 2, 1938 in X; died November 29, 2026 in Y" under an
    obituary's name-and-years headline): a line of facts under the headline, never the
    headline, nor the page's date line. A headline naming an event by its date names one
    (:func:`names_dated_event`). No tuned value.

    Parameters
    ----------
    line : str
        A line of a page.

    Returns
    -------
    bool
        Whether its dates fall in two years or more.
    """
    years = {date.iso[:4] for date, _ in labelled_dates(line)}
    return len(years) >= 2


def _is_notice(line: str) -> bool:
    """True for a notice about the page, a line wholly in brackets (:data:`_NOTICE`) or
    one holding a control on the page (:data:`_PAGE_CONTROL`)."""
    return bool(_NOTICE.match(line) or _PAGE_CONTROL.search(line))


def _ranked_candidate_lines(
    lines: Sequence[str], body_start: int, window: list[int]
) -> list[tuple[int, int]]:
    """(distance, line index) of the lines looked at: the body's first line (distance
    0: the body detector may have taken the headline in) when the page has substantive
    lines above the body (a text that starts with its body keeps it whole), then the
    substantive lines above the body, nearest first."""
    line = lines[body_start] if body_start < len(lines) else ""
    if window:
        first = [(0, body_start)] if count_words(line) and not is_bullet(line) else []
    else:
        first = [(0, body_start)] if _heads_bare_text(lines, body_start) else []
    return first + list(enumerate(window))


def _heads_bare_text(lines: Sequence[str], index: int) -> bool:
    """True when line ``index``, the first of a text that starts with its body, is a
    headline over it: a headline-shaped line in Title Case ("Council Approves The
    Budget."), a paragraph of its own (a blank line or the end below it), and the next
    paragraph no such line; or an English headline in sentence case closed by a period
    (:func:`_is_closed_headlinese`). A body's lead is a sentence in sentence case; a
    headline copied by hand may close with a period. The test on the next paragraph keeps
    cleaning idempotent: a body without its headline does not lose its first line."""
    following = _next_worded_line(lines, index, len(lines))
    if _is_closed_headlinese(lines, index, following):
        return True
    if not _is_bare_headline(lines, index):
        return False
    return following is None or not _is_bare_headline(lines, following)


# Words English headlines leave out and English sentences hold: articles, forms of "be"
# and "have", personal pronouns ("Council approves rail budget" / "The council has
# approved the rail budget"). A fixed list of the grammar, not a tuned one.
_HEADLINESE_DROPS = re.compile(
    r"(?<![\w-])(?:the|a|an|is|are|was|were|has|have|had|been|i|we|he|she|they|you|my|our"
    r"|your|his|her|their)(?![\w-])",  # a word of its own, not "Pick-a-Pie"
    re.IGNORECASE,
)
#: The most words of a headline in sentence case closed by a period: every headline of
#: the AllSides (7,018) and BASIL (299) corpora has 20 words or fewer; a lead of more,
#: with a dateline and no article ("Salem, Ore. - Jo Bloggs threw for three
#: touchdowns ... on Tuesday night."), is prose (measured on the corpora, not on dev).
HEADLINESE_MAX_WORDS = 20
_ENGLISH_ARTICLE = re.compile(r"\b(?:the|a|an)\b", re.IGNORECASE)
# A quotation in single quotes, as English headlines quote ("Trump says 'too many voices
# are being destroyed'"; a lead quotes in double quotes): its words are the speaker's,
# not the headline's grammar. An apostrophe before a letter is inside a word ("I'm").
_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘](?:[^'’]|['’](?=\w))*['’](?!\w)")


def _is_closed_headlinese(lines: Sequence[str], index: int, following: int | None) -> bool:
    """True for a paragraph of one line in sentence case, closed by one period, that
    reads as an English headline above a paragraph that reads as English prose: the
    line holds none of the words headlines drop (:data:`_HEADLINESE_DROPS`: no article,
    no "is"/"has", no personal pronoun; a quotation in single quotes, the speaker's
    words, left out), is one sentence of 3 to
    :data:`HEADLINESE_MAX_WORDS` words, and the next
    paragraph is longer and holds an article ("Council approves rail budget." over "The
    city council approved ..."). A lead that holds an article is never taken, so the
    body left below a headline taken this way keeps its first line when cleaned again;
    a text in another language (no English article below) is left to the other tests.
    A line of 3 to :data:`HEADLINESE_MAX_WORDS` words that the next paragraph repeats
    (unclosed) is a headline whatever it holds: the headline copied twice."""
    stripped = lines[index].strip()
    own_paragraph = index + 1 >= len(lines) or not count_words(lines[index + 1])
    if following is None or not own_paragraph or is_bullet(lines[index]):
        return False
    if not stripped.endswith(".") or stripped.endswith(".."):
        return False
    inner = stripped[:-1]
    n_words = count_words(stripped)
    if not 3 <= n_words <= HEADLINESE_MAX_WORDS:
        return False
    if lines[following].strip() in (inner, stripped):
        return True  # written again, unclosed, as the next paragraph: the headline twice
    if _is_deck(lines, following):
        following = _next_worded_line(lines, following, len(lines))
        if following is None:
            return False
    return (
        _is_one_sentence(inner)
        and not _HEADLINESE_DROPS.search(_SINGLE_QUOTED.sub(" ", inner))
        and bool(_ENGLISH_ARTICLE.search(lines[following]))
        and count_words(lines[following]) > n_words
    )


def is_dated_headline(line: str) -> bool:
    """True for a date line that reads as a headline holding its date.

    "Letters to the editor, Thursday December 3, 2026" is a date line
    (:func:`~analysis.clean.header_lines.is_meta_line`: a date, 12 words or fewer), and
    so no headline candidate, unless it has no byline, no relative time, no label on the
    date ("Published", "Updated"), no caption word, no address, and before the date
    three words or more, one of them a word in lower case that is no function word (a
    site's name beside its date, "Voice of the Valley, December 3", has none; a date line
    opening with its date, "21:17 18.11.2026 Get short URL", none before it; a date a
    function word leads into is a phrase's, "Von Jo Doe publiziert am 3. Dezember 2026"), or in a
    script without case a run of :data:`HAN_HEADLINE_CHARS` Han characters or more on a
    line of at most :data:`HAN_LINE_MAX_CHARS` characters ("桂林机场新航站楼投入使用
    2026年12月1日"; a site's name or a label is shorter: "南岭晨报 2026年12月2日"). The
    same test tells a teaser of another story, printed with its date over or under a
    page's headline, from the page's own date line
    (:func:`analysis.clean.page_metadata.header_meta_spans`). No tuned value.

    Parameters
    ----------
    line : str
        A line of a page.

    Returns
    -------
    bool
        Whether it is such a headline.
    """
    stripped = line.strip()
    han = len(stripped) <= HAN_LINE_MAX_CHARS and _HAN_RUN.search(stripped) is not None
    if not (han or is_meta_line(stripped)):
        return False
    date = _unlabelled_date(stripped)
    if date is None:
        return False
    before = stripped[: date.start]  # the headline, then its (first) date
    words = LETTER_RUN.findall(before)
    if words and words[-1].casefold() in FUNCTION_WORDS:
        return False  # the date in a phrase ("Von Jo Doe publiziert am 3. Dezember 2026")
    if len(words) >= 3 and any(is_lower_case(w) and w not in FUNCTION_WORDS for w in words):
        return True
    return han and any(len(run) >= HAN_HEADLINE_CHARS for run in _HAN_RUN.findall(before))


def _unlabelled_date(stripped: str) -> DateMatch | None:
    """The first date of a line that may be a headline holding it: no byline, relative
    time, caption word or address ("url: https://.../2026/12/03/": its path's date) on
    the line, and no label ("Published") on the date."""
    if (
        find_byline(stripped)
        or find_relative_time(stripped)
        or is_caption_line(stripped)
        or "://" in stripped
        or "www." in stripped
    ):
        return None
    dated = labelled_dates(stripped)
    if any(label == "publish" for _, label in dated):
        return None  # "ruled on DATE · made public DATE": a header's entries
    return dated[0][0] if dated and dated[0][1] is None else None


def names_dated_event(line: str) -> bool:
    """True for a headline naming an event by its date: a date line
    (:func:`~analysis.clean.header_lines.is_meta_line`: a date, 12 words or fewer) whose
    date is inside the headline's phrase, not under a label: no byline, relative time,
    caption word or address, an unlabelled first date, before it three words or more
    with a lower-case word that is no function word, and after it a lower-case word of
    three letters or more that is no function word ("What to know about the Dec. 1,
    2026 transit referendum"; "Von Jo Doe publiziert am 3. Dezember 2026 um 10:15 Uhr"
    has none after it). Such a line is a headline candidate, not the page's date line;
    unlike :func:`is_dated_headline` its date is the event's, never the page's.

    Parameters
    ----------
    line : str
        A line of a page.

    Returns
    -------
    bool
        Whether it is such a headline.
    """
    stripped = line.strip()
    date = _unlabelled_date(stripped)
    if date is None:
        return False
    before = LETTER_RUN.findall(stripped[: date.start])
    after = LETTER_RUN.findall(stripped[date.end :])
    return (
        len(before) >= 3
        and any(is_lower_case(w) and w not in FUNCTION_WORDS for w in before)
        and any(len(w) >= 3 and is_lower_case(w) and w not in FUNCTION_WORDS for w in after)
    )


def is_dated_teaser(line: str) -> bool:
    """True for another story's headline printed with its date, as a box of related or
    latest stories prints it: a headline holding its date (:func:`is_dated_headline`)
    set off from the date by a separator (``—``, ``–``, ``|``, ``·``, ``•``, `` - ``,
    ``/``: "TRENDING: Harbor tunnel reopens — Dec. 1, 2026", "Road work to start Monday |
    Nov. 29, 2026"), or a Han headline before its date. A page's own date line that
    words its date ("Édition du mercredi 2 décembre 2026", "The Harbour Times print
    edition, December 2, 2026") sets none off, and keeps its date. No tuned value.

    Parameters
    ----------
    line : str
        A line of a page.

    Returns
    -------
    bool
        Whether it is such a teaser.
    """
    if not is_dated_headline(line):
        return False
    stripped = line.strip()
    dated = labelled_dates(stripped)
    before = stripped[: dated[0][0].start].rstrip()
    if (
        _HAN_RUN.search(before)
        and not before.isascii()
        and not LETTER_RUN.search(_HAN_RUN.sub("", before))
    ):
        return True  # a Han headline: no case, no separator needed
    return before.endswith(_TEASER_SEPARATORS)


# What sets a teaser's date off from its headline.
_TEASER_SEPARATORS = ("—", "–", "|", "·", "•", " -", "/", "‒")


#: Han characters in a run before a date that make a line a headline with its date (a
#: site's name or a date label is shorter: "南岭晨报", "发布时间"). Not tuned: the length
#: of a short Chinese headline.
HAN_HEADLINE_CHARS = 8
#: Characters of such a line at most: a headline and its date, not a paragraph.
HAN_LINE_MAX_CHARS = 60
_HAN_RUN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]+")


def _is_deck(lines: Sequence[str], index: int) -> bool:
    """True for a second headline under a headline: a one-line paragraph of at most
    :data:`HEADLINESE_MAX_WORDS` words, one sentence, without an English article."""
    text = lines[index].strip()
    own_paragraph = index + 1 >= len(lines) or not count_words(lines[index + 1])
    return (
        own_paragraph
        and 3 <= count_words(text) <= HEADLINESE_MAX_WORDS
        and _is_one_sentence(text.rstrip("."))
        and not _ENGLISH_ARTICLE.search(text)
    )


# A sentence end inside a line: a period, "!", "?" or "…" after a word, then a word.
_INNER_STOP = re.compile(r"(\w+)([.!?…])(?=\s+\S)")


def _is_one_sentence(text: str) -> bool:
    """True when ``text`` ends no sentence inside it and ends in no ``:;,``; a period
    after a short capitalized word is an abbreviation ("Gov. Jan Brewer", "U.S. troops")."""
    if re.search(r"[:;,]$", text):
        return False
    return all(
        stop.group(2) == "." and opens_upper_case(stop.group(1)) and len(stop.group(1)) <= 4
        for stop in _INNER_STOP.finditer(text)
    )


def _is_bare_headline(lines: Sequence[str], index: int) -> bool:
    stripped = lines[index].strip()
    own_paragraph = index + 1 >= len(lines) or not count_words(lines[index + 1])
    unclosed = stripped[:-1] if stripped.endswith(".") else stripped
    return (
        own_paragraph
        and not is_bullet(lines[index])
        and 3 <= count_words(stripped) <= 30
        and not re.search(r"[.:;,…]$", unclosed)
        and is_title_case(unclosed, min_words=2, skip=FUNCTION_WORDS)
    )


def _substantive_lines_below(lines: Sequence[str], index: int, limit: int) -> list[int]:
    """Indices of up to ``limit`` lines below ``index`` holding a word, bullets skipped."""
    found: list[int] = []
    for j in range(index + 1, len(lines)):
        if count_words(lines[j]) and not is_bullet(lines[j]):
            found.append(j)
            if len(found) == limit:
                break
    return found


def _names_site(line: str, site_key: str) -> bool:
    """Whether ``line`` is the page's site name (``site_key``, as
    :func:`~analysis.clean.name_forms.compact_name` folds it), with or without the legal form
    its company writes after or before it ("Harbour Broadcasting Corporation" of the site
    "Harbour Broadcasting")."""
    compact = compact_name(line.strip())
    if compact == site_key:
        return True
    # a form cut off leaves part of the name's letters: the site's must be among them
    return site_key in compact and compact_name(without_legal_form(line.strip())) == site_key


def _site_and_label(line: str, site_key: str) -> bool:
    """Whether ``line`` is the page's site name (``site_key``, compacted) and one word
    more, a section's or a format's label printed with the masthead ("Example Post
    live" over a live blog's headline, "Example Post Sport"): a masthead, no headline,
    which names its subject and says what happened in more words. No tuned value."""
    words = line.split()
    return (
        len(words) >= 2
        and LETTER_RUN.fullmatch(words[-1]) is not None
        and compact_name(" ".join(words[:-1])) == site_key
    )


def is_site_staff_credit(line: str, site_name: str | None) -> bool:
    """Whether ``line`` is a staff credit printed without "By": the page's site name, or
    its last words, and a staff word (:data:`~analysis.clean.header_lines.STAFF_WORDS`):
    "Granite Falls Tribune Staff", "Tribune Newsroom" on the Granite Falls Tribune's
    page. A byline, never a headline ("Hospital Cuts Nursing Staff" names no site). No
    tuned value.

    Parameters
    ----------
    line : str
        A line of a page.
    site_name : str or None
        The page's own site name, when found.

    Returns
    -------
    bool
        Whether it is such a credit.
    """
    words = line.split()
    if not site_name or not 2 <= len(words) <= STAFF_CREDIT_MAX_WORDS:
        return False
    if words[-1].casefold() not in STAFF_WORDS:
        return False
    rest = compact_name(" ".join(words[:-1]))
    if not rest:
        return False
    site_key = compact_name(site_name)
    if site_key.endswith(rest):
        return True
    # a station's name closes with its channel or frequency ("KTLM 12", "CKRW 98.5 FM"),
    # which its staff credit leaves out ("KTLM Staff")
    site_words = site_name.split()
    while site_words and _CHANNEL_WORD.fullmatch(site_words[-1]):
        site_words.pop()
    return len(site_words) < len(site_name.split()) and compact_name(" ".join(site_words)) == rest


#: A word closing a broadcaster's name: its channel number or frequency, or the band.
_CHANNEL_WORD = re.compile(r"\d+(?:[.,]\d+)?|FM|AM|TV|DAB\+?", re.IGNORECASE)


#: Words of a staff credit without "By" at most: a site's name of up to five words and
#: the staff word.
STAFF_CREDIT_MAX_WORDS = 6


def _next_worded_line(lines: Sequence[str], index: int, stop: int) -> int | None:
    """The first line with a word below line ``index`` and above ``stop`` (bullets too)."""
    for j in range(index + 1, stop):
        if count_words(lines[j]):
            return j
    return None


def _heads_meta_lines(page: _PageLines, index: int, below: Sequence[int]) -> bool:
    """True for a line of 2 to 25 words with a byline or date line among the lines
    ``below``: a headline the shape tests miss (two words, menu words), as long as it is
    no caption, credit, address, masthead, list item, breadcrumb or sentence."""
    lines = page.lines
    stripped = lines[index].strip()
    if not 2 <= count_words(stripped) <= 25 or "@" in stripped or is_caption_line(stripped):
        return False
    if is_doubled(stripped) or is_bullet(lines[index]) or _RANK.match(stripped):
        return False  # a masthead, a list item
    if is_upper_case(stripped):
        return False  # a name in capitals above its date: a byline
    if re.search(r"[>»›]", stripped) or is_breadcrumb(stripped):
        return False  # a breadcrumb
    if re.search(r"[.:;,…]$", stripped) and not _closed_over_byline(page, index, below):
        return False  # a sentence
    return any(page.is_meta(j) for j in below)


def _closed_over_byline(page: _PageLines, index: int, below: Sequence[int]) -> bool:
    """True for a line closed by one full stop, of at most :data:`HEADLINESE_MAX_WORDS`
    words, whose next line with a word is a byline ("I drove a bus for 31 years. Here's
    what changed." over "As told to Jane Roe"): a headline closed as a sentence, as a
    first-person piece's is, under nothing headline-shaped but labels and mastheads
    (:func:`~analysis.clean.header_lines.is_label_like`); a deck closed so sits under its
    headline."""
    stripped = page.lines[index].strip()
    if not stripped.endswith(".") or stripped.endswith("..") or not below:
        return False
    if count_words(stripped) > HEADLINESE_MAX_WORDS:
        return False
    line = page.lines[below[0]].strip()
    if count_words(line) > BYLINE_MAX_WORDS or find_byline(line) is None:
        return False
    # a headline-shaped line above it, longer than a label, is the headline over its deck
    return not any(
        count_words(page.lines[j])
        and _is_title_candidate(page, j)
        and not is_label_like(page.lines[j])
        for j in range(max(0, index - TITLE_SEARCH_LINES), index)
    )


def _is_closed_top_line(
    page: _PageLines, index: int, below: Sequence[int], body_vocabulary: set[str]
) -> bool:
    """True for the text's first line, above the body, closed by one period, when it
    reads as a headline copied by hand: one sentence of 3 to
    :data:`HEADLINESE_MAX_WORDS` words in a paragraph of its own (or right above a
    byline or date line), no caption or address, and a byline or date line among the
    lines ``below`` or a content word of it in the body (``body_vocabulary``). Nothing
    above it can be the headline, and the body detector has left it out of the body
    (a photo caption or a deck may sit between them); what it holds (an article, "is",
    a pronoun) is no test here: a lead it might be is already below it."""
    lines = page.lines
    stripped = lines[index].strip()
    if not stripped.endswith(".") or stripped.endswith(".."):
        return False
    if "@" in stripped or is_caption_line(stripped) or is_bullet(lines[index]):
        return False
    n_words = count_words(stripped)
    meta_below = any(page.is_meta(j) for j in below)
    own_paragraph = index + 1 >= len(lines) or not count_words(lines[index + 1])
    if not (3 <= n_words <= HEADLINESE_MAX_WORDS and (own_paragraph or meta_below)):
        return False
    if not _is_one_sentence(stripped[:-1]):
        return False
    return meta_below or bool(_content_words(stripped) & body_vocabulary)


# What separates the items of a menu printed on one line: "Home | News | Opinion".
_ITEM_SEPARATOR = re.compile(r"\s[|•·]\s")


def _without_episode_labels(lines: Sequence[str], chosen: list, body_start: int) -> list:
    """The candidates without a programme's episode label ("The Morning Tide — Episode
    12") when a headline candidate stands between it and the body: the episode's
    headline under the programme's label (:mod:`analysis.clean.programme_labels`); or
    above it, the label then printing the episode's length and air date under its
    headline ("Show — épisode 57 — 42 min — 3 décembre 2026", h388)."""
    labels = {i for _, i, *_ in chosen if i != body_start and is_episode_label(lines[i])}
    if not labels:
        return chosen
    others = [rank for rank, i, *_ in chosen if i != body_start and i not in labels]
    nearest = min(others, default=None)
    dated = {i for i in labels if find_date_span(lines[i]) is not None}
    return [
        c
        for c in chosen
        if not (c[1] in labels and nearest is not None and (nearest < c[0] or c[1] in dated))
    ]


def _under_episode_headline(page: _PageLines, chosen: list, body_start: int) -> list:
    """The candidates without those above an episode's headline that opens with its
    number over its air date ("Episode 214: TITLE" / "Aired December 1, 2026"): lines
    above it are the programme's or the site's ("SHOW | a podcast from PAPER", whose
    name the host says in the transcript), never the episode's headline
    (:func:`~analysis.clean.programme_labels.opens_with_episode`). No tuned value."""
    episodes = [
        rank
        for rank, i, _, next_line in chosen
        if i != body_start
        and opens_with_episode(page.lines[i])
        and next_line is not None
        and page.is_meta(next_line)
    ]
    if not episodes:
        return chosen
    return [c for c in chosen if c[1] == body_start or c[0] <= min(episodes)]


def _without_tagline(lines: Sequence[str], chosen: list, site_key: str) -> list:
    """The candidates without the site's tagline when another candidate stands between it
    and the body: the line printed right under the masthead (the page's site name,
    ``site_key``, no blank line between) that calls the paper by one of its nouns
    (:data:`~analysis.clean.newspaper_words.TAGLINE_NOUNS`: "The Example Mercury" /
    "Independent voice of the Vale since 1884", "Nezávislý denník pre celý región").
    Read as a headline, it would take the headline under it for its deck. No tuned
    value."""
    if not site_key or len(chosen) < 2:
        return chosen
    nearest = min(rank for rank, *_ in chosen)
    return [
        c
        for c in chosen
        if not (
            c[0] > nearest
            and c[1] > 0
            and _names_site(lines[c[1] - 1], site_key)
            and holds_name_word(lines[c[1]], TAGLINE_NOUNS, strip=TAGLINE_MARKS)
        )
    ]


#: Marks stripped around a tagline's words before they are read.
TAGLINE_MARKS = ".,;:!?'’\"“”«»()"


def _deck_below(page: _PageLines, index: int, below: int | None) -> bool:
    """True when line ``below``, the next line with a word under the headline candidate
    on line ``index``, reads as its deck: a sentence in sentence case
    (:data:`SENTENCE_WORDS` words or more, opening with a capital, most of its other
    words in lower case, no closing colon; not the candidate printed again), or a quoted
    sentence of three words or more (a quote from the story as its deck: '"This is an
    open investigation."'; a headline drops the full stop), when the
    candidate is headline-shaped itself (:func:`_is_title_candidate`, no menu of items
    between separators); no
    byline, date, caption or bullet. A deck closes with a full stop or not."""
    if below is None:
        return False
    lines = page.lines
    head, deck = lines[index].strip(), lines[below].strip()
    if page.is_meta(index) and is_dated_headline(head):
        return False  # a headline holding its date ("Other story — Dec. 1, 2026"): an item's
    n_deck = count_words(deck)
    # a sentence's words, whatever the candidate's length: a headline may be longer than
    # its deck (a kicker of one or two words over a headline takes none: below)
    fewest = 3 if _is_quoted_sentence(deck) else SENTENCE_WORDS
    if len(LETTER_RUN.findall(head)) < 3 or n_deck < fewest or head.endswith((":", ",", ";")):
        return False
    if deck.casefold() == head.casefold() or opens_with_episode(deck):
        return False  # the headline printed twice; an episode's under its programme's name
    if page.is_meta(below) or is_bullet(lines[below]) or is_caption_line(deck):
        return False
    if not _is_title_candidate(page, index) or len(_ITEM_SEPARATOR.findall(head)) >= 2:
        return False  # a menu or a label over a headline in sentence case, no headline
    if not _reads_as_sentence(deck):
        return False
    # "Letter: Bike lanes made ...": a headline under its section's label, no deck
    return not _LABELLED.match(deck)


def _opens_wrapped_sentence(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` opens a paragraph a text browser or a hard wrap broke over
    two lines: it ends with no sentence mark, the next line (no blank between) opens
    with a word in lower case and closes with a period, and the two read as a sentence
    (:func:`_reads_as_sentence`). A headline wrapped so ends with no period
    (:func:`headline_lines` joins its lines). The next line may open with a number or a
    date going on in lower case ("... from the lanes of the old town from" / "1 January
    2027 to cut congestion ...") when the two lines hold more words than a headline
    (:data:`TITLE_MAX_WORDS`): a headline over its date line does not. No tuned value."""
    if index + 1 >= len(lines):
        return False
    head, tail = lines[index].strip(), lines[index + 1].strip()
    words = tail.split()
    first = words[0] if words else ""
    return (
        (
            (first.isalpha() and is_lower_case(first))
            or (first[:1].isdigit() and _goes_on_from_number(head, tail))
        )
        and strip_closing_marks(head)[-1:] not in SENTENCE_MARKS
        and strip_closing_marks(tail).endswith(".")
        and _reads_as_sentence(f"{head} {tail}")
    )


def _goes_on_from_number(head: str, tail: str) -> bool:
    """Whether ``tail``, opening with a number or a date, goes on in lower case after it
    (its first word of letters, past the date's own, in lower case) and the two lines
    hold more words than a headline: a wrapped paragraph's second line."""
    date = find_date_span(tail)
    rest = tail[date[1] :] if date is not None and date[0] == 0 else tail.split(maxsplit=1)[-1]
    letters = LETTER_RUN.findall(rest)
    return (
        bool(letters)
        and is_lower_case(letters[0])
        and count_words(head) + count_words(tail) > TITLE_MAX_WORDS
    )


def _reads_as_sentence(text: str) -> bool:
    """A line in sentence case: opening with a capital, most of its other words in lower
    case, no closing colon."""
    letters = LETTER_RUN.findall(text)
    if text.endswith(":") or not letters or not opens_upper_case(letters[0]):
        return False
    return 2 * sum(is_lower_case(word) for word in letters[1:]) > len(letters) - 1


# A line opening with a label of one or two words and a colon ("Letter: ...", "Guest
# column: ...", "Analysis: ..."): a labelled headline, never a deck.
_LABELLED = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+)?:\s+\S")


def _is_quoted_sentence(line: str) -> bool:
    """True for a line that is one quoted sentence: it opens with a quotation mark and
    ends with a sentence mark inside its closing quotation mark ('"We are ready."')."""
    closed = line.rstrip(CLOSING_QUOTATION_MARKS)
    return (
        line[:1] in OPENING_QUOTATION_MARKS
        and len(closed) < len(line)
        and closed[-1:] in SPACED_SENTENCE_MARKS
    )


def _without_addresses(text: str) -> str:
    """``text`` with its web addresses (:data:`_ADDRESS`) each a space. A text without
    "://" or "www." in any case holds none and is not searched (speed only: the
    pattern's ``\\S*`` is tried from every position of the body's first lines)."""
    if "://" not in text and "www." not in text.lower():
        return text
    return _ADDRESS.sub(" ", text)


def _content_words(text: str) -> set[str]:
    """Case-folded letter runs of a text that are not function words."""
    if letters_are_ascii(text):  # case folding is lower-casing (curly quotes, dashes
        # and other non-letters aside): the lower-cased runs, found without a pattern
        return set(lowered_letter_runs(text)) - FUNCTION_WORDS
    return set(map(str.casefold, LETTER_RUN.findall(text))) - FUNCTION_WORDS


def _substantive_lines_above(lines: Sequence[str], start: int, limit: int) -> list[int]:
    """Indices of up to ``limit`` lines above ``start`` holding a word, nearest first."""
    found: list[int] = []
    i = start - 1
    while i >= 0 and len(found) < limit:
        if count_words(lines[i]) and not is_bullet(lines[i]):
            found.append(i)
        i -= 1
    return found


#: A line whose last sentence is a link's short call to the reader, after a sentence's
#: mark ("School closings and delays: 4 closings reported. See the full list", "Roads
#: closed by the storm. Click here for the map"): an alert bar or a promotion, which sends
#: the reader elsewhere; a headline gives the story and calls on no one. English only:
#: the call's verbs and at most four words after them.
_LINK_TAIL = re.compile(
    r"[.!:]\s+(?:see|view|read|click|tap|learn|find\s+out|get)\b(?:\s+[\w'’]+){0,4}\W*$",
    re.IGNORECASE,
)


def _is_title_candidate(page: _PageLines, index: int) -> bool:
    """Heading-like, or Title Case with words that are not the page's menu vocabulary
    (words of other short lines than the ones holding this line's text)."""
    line = page.lines[index]
    stripped = line.strip()
    if headline_words(stripped) > TITLE_MAX_WORDS or "@" in stripped or is_caption_line(stripped):
        return False
    if is_doubled(stripped):
        return False  # a masthead: the site name written twice
    if _RANK.match(stripped):
        return False  # an item of a numbered list ("4. Most read story")
    if RELATED_LINK.match(stripped):
        return False  # a link to another story ("Read also: Headline")
    if _LINK_TAIL.search(stripped):
        return False  # an alert bar's link ("School closings: 4 reported. See the full list")
    words = lowered_letter_runs(stripped)
    if len(set(words)) < 0.7 * len(words):
        return False
    if is_interface_line(words):
        return False  # "Subscribe for $1 Log In": the site's controls
    if is_breadcrumb(stripped):
        return False
    if is_heading_like(line):
        return True
    if not (_is_title_case(line) and count_words(stripped) >= 3 and not is_bullet(line)):
        return False
    # A Title Case line of words found in other short lines is a share bar or a menu
    # (lines repeating this one, a breadcrumb ending in the title, do not count).
    repeats = page.short_lines_holding(stripped)
    chrome_words = page.short_line_vocabulary()
    in_chrome = sum(1 for w in words if chrome_words[w] > repeats)
    return in_chrome < 0.5 * len(words)


def is_interface_line(words: Sequence[str]) -> bool:
    """True when a line's lower-cased words are two or more of the site's interface
    words (:data:`~analysis.clean.interface_words.INTERFACE_WORDS`) and otherwise function
    words: "Subscribe for $1 Log In", "Sign in or register" (its controls, no headline).

    Parameters
    ----------
    words : sequence of str
        The line's lower-cased letter runs.

    Returns
    -------
    bool
        True for such a line.
    """
    controls = sum(1 for word in words if word in INTERFACE_WORDS)
    return controls >= 2 and all(w in INTERFACE_WORDS or w in FUNCTION_WORDS for w in words)


class _PageLines:
    """A page's lines and what the candidates' features read from all of them, each
    worked out once per page and only when a candidate needs it."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self._text: str | None = None
        self._short_text: str | None = None
        self._vocabulary: Counter[str] | None = None
        self._meta: dict[int, bool] = {}
        self._name_line: dict[int, bool] = {}
        self._copies: dict[str, list[int]] | None = None  # a line's text -> its lines
        self._credited: set[str] | None = None  # names credit lines give (compacted)

    def is_meta(self, index: int) -> bool:
        """:func:`is_meta_line` of line ``index`` (each line tested once)."""
        found = self._meta.get(index)
        if found is None:
            found = self._meta[index] = is_meta_line(self.lines[index])
        return found

    def opens_meta(self, index: int, stop: int) -> bool:
        """True when line ``index`` is a byline or date line, or a person's name alone
        (:func:`~analysis.clean.bylines.is_name_line`, in a script without case
        :func:`~analysis.clean.caseless_names.caseless_name_line`) over one, above ``stop``: "Jo
        Doe" / "Monday 5:30PM" under a headline is its byline and date as much as "Jo
        Doe | Monday 5:30PM" under another story's."""
        if self.is_meta(index):
            return True
        named = self._name_line.get(index)
        if named is None:  # (asked of the same line for several candidates above it)
            named = self._name_line[index] = is_name_line(self.lines, index) or caseless_name_line(
                self.lines, index, stop
            )
        if not named:
            return False
        below = _next_worded_line(self.lines, index, stop)
        if below is not None and is_role_line(self.lines[below].strip()):
            # "Wendy Tso" / "Local Journalism Initiative Reporter" / the date (review h427)
            below = _next_worded_line(self.lines, below, stop)
        return below is not None and self.is_meta(below)

    def under_name(self, index: int, stop: int) -> bool:
        """True when line ``index`` is an author's role (:func:`is_role_line`) right under
        a person's name line that :meth:`opens_meta`: the byline's second line, never the
        headline ("Wendy Tso" / "Local Journalism Initiative Reporter" / "Dec. 4, 2026")."""
        if not is_role_line(self.lines[index].strip()):
            return False
        above = index - 1
        while above >= 0 and not self.lines[above].strip():
            above -= 1
        return above >= 0 and self.opens_meta(above, stop)

    def credited(self, index: int) -> bool:
        """True when line ``index`` is only a name that a credit line of the page gives
        (:data:`_CREDIT_LEAD`: "© X", "Provided by X", "Continue reading on X"): a
        publisher's name over its story on an aggregator's page, never the headline; or
        a copyright notice holds anywhere on its line
        (:func:`~analysis.clean.site_phrases.notice_holders`: "Copyright © 2026 X All
        rights reserved."): the site's masthead over its own story (a print view's)."""
        if self._credited is None:
            self._credited = {
                compact_name(
                    _CREDITED_NAME_END.split(line[found.end() :], maxsplit=1)[0].strip(
                        _CREDIT_END_MARKS
                    )
                )
                for line in self.lines
                if (found := _CREDIT_LEAD.match(line)) is not None
            }
            # a notice's holder anywhere on its line ("Copyright © 2026 X All rights
            # reserved.", "版权所有 © 2026 X"): the masthead printing the same name
            self._credited |= {
                compact_name(holder)
                for line in self.lines
                if _NOTICE_SIGN.search(line)
                for holder in notice_holders(line)
            }
            self._credited -= {""}
        return bool(self._credited) and compact_name(self.lines[index]) in self._credited

    def recurs(self, index: int) -> bool:
        """True when line ``index``'s text occurs in another line of the page, in any
        case (a headline printed in capitals once, styled so, is the same text): it
        occurs once in its own line (its text is the line without its edges' spaces),
        and no line holds a line break."""
        if self._text is None:
            self._text = "\n".join(self.lines).casefold()
        return self._text.count(self.lines[index].strip().casefold()) >= 2

    def under_related_label(self, index: int) -> bool:
        """True when line ``index``'s text, here or in a copy of it, is printed under a
        line that only labels related articles (:data:`RELATED_LABEL`: "See also"): it
        is another article's headline."""
        if self._copies is None:
            self._copies = {}
            for j, line in enumerate(self.lines):
                self._copies.setdefault(line.strip(), []).append(j)
        for j in self._copies.get(self.lines[index].strip(), [index]):
            above = j - 1
            while above >= 0 and not self.lines[above].strip():
                above -= 1
            if above >= 0 and RELATED_LABEL.match(self.lines[above]):
                return True
        return False

    def short_lines_holding(self, needle: str) -> int:
        """How many short lines (12 words or fewer) hold ``needle`` (no line break)."""
        text = self._short_lines_text()
        count, found = 0, text.find(needle)
        while found != -1:
            count += 1
            line_end = text.find("\n", found)
            found = -1 if line_end == -1 else text.find(needle, line_end + 1)
        return count

    def short_line_vocabulary(self) -> Counter[str]:
        """Lower-cased words counted once per short line (12 words or fewer); a web
        address's are none (a story's address spells its headline: "url:
        https://example.com/2026/12/03/council-approves-budget" is no menu)."""
        if self._vocabulary is None:
            self._vocabulary = Counter()
            for line in self._short_lines_text().split("\n"):
                if "://" in line or "www." in line:
                    line = " ".join(w for w in line.split() if "://" not in w and "www." not in w)
                self._vocabulary.update(set(lowered_letter_runs(line)))
        return self._vocabulary

    def _short_lines_text(self) -> str:
        if self._short_text is None:
            short = [line for line in self.lines if 0 < count_words(line) <= 12]
            self._short_text = "\n".join(short)
        return self._short_text


# Steps of a breadcrumb trail: "Home > News > Transport", "News / Transport / Rail".
_TRAIL_STEP = re.compile(r"\s[>»›/]\s|[>»›]")
# A trail of one step: a single angle quotation mark with a space on each side between
# two parts of at most four words each (not a quotation set in ‹ ›).
_ONE_STEP_TRAIL = re.compile(r"[^\s›]+(?:\s[^\s›]+){0,3}\s›\s[^\s›]+(?:\s[^\s›]+){0,3}")
# A label of function words only before a colon: "You are here:", "We are here:".
_PLACE_LABEL = re.compile(r"^([^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s*:")


def is_breadcrumb(text: str) -> bool:
    """True for a breadcrumb trail: two step separators or more (``>``, ``»``, ``›``, a
    spaced ``/``), one spaced ``›`` between two parts of at most four words each
    (:data:`_ONE_STEP_TRAIL`), or a label of function words only before a colon ("You are
    here:").

    Parameters
    ----------
    text : str
        One line of a page.

    Returns
    -------
    bool
        Whether the line is a breadcrumb trail, never a headline.
    """
    if len(_TRAIL_STEP.findall(text)) >= 2:
        return True
    if _ONE_STEP_TRAIL.fullmatch(text.strip()) and "‹" not in text:
        return True  # "Podcast › The Valley Today": a section and its page
    label = _PLACE_LABEL.match(text)
    return label is not None and all(
        word.casefold() in FUNCTION_WORDS for word in label.group(1).split()
    )


def _is_closed_headline(stripped: str) -> bool:
    """Headline-shaped (:func:`is_heading_like`) once one closing period is taken off, as
    a headline copied by hand may have ("Council approves the rail budget."), or a Title
    Case line of three words or more so closed ("Clinton Releases Tax Returns Going Back
    To 2007."): a share bar of capitalized words is never closed by a period."""
    if not stripped.endswith(".") or stripped.endswith(".."):
        return False
    unclosed = stripped[:-1]
    return is_heading_like(unclosed) or (
        count_words(unclosed) >= 3
        and not re.search(r"[.:;,…]$", unclosed)
        and is_title_case(unclosed, min_words=2, skip=FUNCTION_WORDS)
    )


def _is_sentence(line: str) -> bool:
    stripped = line.strip()
    return count_words(stripped) >= SENTENCE_WORDS and stripped[-1:] in ".!?…"


def _is_title_case(line: str) -> bool:
    return is_title_case(line, min_words=2)


def recurs_elsewhere(lines: Sequence[str], index: int) -> bool:
    """True when line ``index``'s text occurs in another line of the page, in any case.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line asked about.

    Returns
    -------
    bool
        Whether the line's text (without its edges' spaces, case folded) occurs twice
        or more in the page (a headline printed again in capitals counts).
    """
    return _PageLines(lines).recurs(index)
