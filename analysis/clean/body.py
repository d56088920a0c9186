"""Find the article body among a page's lines (text-only main-content detection).

A page dump has one block per line. Body paragraphs are long, made of sentences, rich in
function words and clustered together; chrome (menus, share bars, bylines, related
lists, footers) is short, often bulleted, repeated, dated, and surrounds the cluster.

The detector works in four steps, each linear in the page size:

1. every non-blank line (lines of only invisible characters such as zero-width spaces
   count as blank) gets text statistics (:class:`LineFeatures`): effective length
   in words (CJK characters count as half a word each), sentence and clause ends,
   function-word share, bullets, dates, repetition within the page, title case,
   headlines glued to their teasers, copyright notices, and whether the line is packed
   against its neighbours (a dump puts blank lines between paragraphs, not between
   list items);
2. every line gets a weight (:func:`region_weights`): its length if it is prose, a
   penalty if it is chrome; prose that is packed or has no prose neighbour counts less
   (teasers and comments alternate with headlines, names and dates);
3. the page is cut into clusters at long stretches of chrome, at a footer's dated
   copyright notice and at the required fields of a web form ("Email *"), each
   trimmed to its maximum-sum run of weights (Kadane's algorithm; the maximum-sum idea
   is the one of Finn, Kushmerick and Smyth's "body text extraction", 2001), and the
   article is the first cluster that is heavy enough (:func:`article_cluster`), since
   comments, teaser lists and legal text come after it; when the cluster is a stack of
   cards, each followed by the same share bar, only the first card is kept
   (:func:`first_item_end`);
4. inside the cluster, prose, short sentences, list items, table rows and subheadings
   are kept, and an author box closing it (a name, then a biography repeating it) is
   dropped; then the body is extended backward over stand-alone short sentences, and
   forward over lines that continue it as data or a list (tables, schedules, Q&A
   lists, also under their own heading, and long blocks of stand-alone data lines such
   as recipes), up to the first line that looks like chrome. A page whose body so
   found is a sentence or two, but that holds a long run of data lines (a calendar, a
   results table), gets that run as its body instead.

Every threshold is a named module constant. The detector uses only layout and text
statistics (line length in words and characters, punctuation, function-word density,
bullets, repetition, dates, copyright notices, digits, capitalization), never strings
of particular sites.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from analysis.stopwords import FUNCTION_WORDS

# Han ideographs, kana and Hangul syllables: scripts where a word-count by spaces
# undercounts (Chinese, Japanese) or where function-word lists do not apply.
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W\d_]+")
_BULLET = re.compile(r"^\s*(?:[•◦▪▫‣⁃●○■□►▶➤·*+-]|\d{1,3}[.)])\s")
_CLOSERS = "\"'”’»)\\]」』"
_SENTENCE_END = re.compile(rf"[.!?。！？…][{_CLOSERS}]*$")
_CLAUSE_END = re.compile(rf"([,;:、，；：])[{_CLOSERS}]*$")
_TIME_OR_DATE = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
)
_COPYRIGHT = re.compile(r"©|ⓒ|\(c\)\s*(?:19|20)\d\d|\bcopyright\b", re.IGNORECASE)
_LABEL = re.compile(r"^\w{1,12}:\s")
# "3 of 12", "3 / 12": the counter of a photo gallery in front of its caption.
_GALLERY_COUNTER = re.compile(r"^\d{1,3}\s*(?:of|/)\s*\d{1,3}\b")
_DIGIT = re.compile(r"\d")
# Longer than any run of closing quotes and brackets after the last punctuation mark.
_TAIL_CHARS = 32
_COLUMN_GAP = re.compile(r"\S {2,}\S")
# Where a dump glues two blocks together without a space: a word of four or more
# lower-case letters (or three and a full stop, question mark, quote) directly followed
# by a capitalized word, as in "Title Of The TeaserThe summary starts here".
_GLUED_BLOCKS = re.compile(
    r"(?<=[^\W\d_]{4})(?<=[a-z])(?=[A-Z][a-z])|(?<=[a-z]{3}[?!.’”'\"])(?=[A-Z][a-z])"
)
# A line of text ending in emoji (informal prose ends sentences with them).
_EMOJI_END = re.compile(
    r"\w\W{0,3}[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]*$"
)
# Characters that print nothing: zero-width space, joiners, word joiner, BOM, soft hyphen.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# A word as in analysis.text: a whitespace-separated token with a letter or digit.
_WORD_TOKEN = re.compile(r"(?<!\S)\S*?[^\W_]\S*")

# Characters per word used to convert spaceless CJK text into an equivalent word count.
CJK_CHARS_PER_WORD = 2.0
# A line of at least this many (effective) words counts as prose even without a full stop.
LONG_LINE_WORDS = 25
# A line of at least this many words that ends a sentence or clause counts as prose.
SENTENCE_LINE_WORDS = 10
# A short sentence needs this many characters (CJK: CJK_SHORT_SENTENCE_CHARS) and this
# share of function words to be kept as body.
SHORT_SENTENCE_CHARS = 20
CJK_SHORT_SENTENCE_CHARS = 8
SHORT_SENTENCE_FUNCTION_RATIO = 0.15
# When the page's prose is in a language of analysis.stopwords (median function-word
# share of its long lines at least KNOWN_LANGUAGE_RATIO), prose needs at least
# PROSE_FUNCTION_RATIO function words: keyword lists and headline strings have none.
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
# A prose line with 0, 1 or 2 non-blank neighbours counts this fraction of its length
# (packed lines are list items and menu teasers, paragraphs stand between blank lines).
PACKED_FACTORS = (1.0, 0.3, 0.1)
# A run of chrome weighing less than -GAP_PENALTY separates two clusters of text.
GAP_PENALTY = 60.0
# The first cluster weighing at least this share of the heaviest one is the article
# (comments, teasers and legal text come after it).
EARLY_CLUSTER_SHARE = 0.3
# ... and holding at least this many prose lines (a cookie banner is one or two).
EARLY_CLUSTER_LINES = 3
# A line with at least TITLE_CASE_MIN_WORDS content words, TITLE_CASE_SHARE of them
# capitalized, is in title case (German capitalizes nouns, about half of its words).
# Longer lines are never headlines and are not checked.
TITLE_CASE_MIN_WORDS = 3
TITLE_CASE_SHARE = 0.8
TITLE_CASE_MAX_WORDS = 40
# A headline glued to a teaser ends within this many characters of the line's start.
GLUED_HEADLINE_MAX_CHARS = 160
# The label of a web form's field ("Email *") has at most this many words.
FORM_FIELD_MAX_WORDS = 3
# A subheading inside the region has this many words.
HEADING_MIN_WORDS = 2
HEADING_MAX_WORDS = 10
# A block of at least DATA_BLOCK_LINES stand-alone lines after the body, at least this
# share of them with digits, is data that belongs to the body (a recipe, a schedule).
DATA_BLOCK_LINES = 8
DATA_BLOCK_DIGIT_SHARE = 0.5
DATA_BLOCK_MEAN_WORDS = 4.0
# When the body found has fewer words than this (a sentence or two), a longer run of
# data lines is the page's content instead.
WEAK_BODY_WORDS = 100.0
# A chrome line repeated this many times in the region, with at most one prose line
# between two occurrences, separates cards of a listing.
ITEM_SEPARATOR_REPEATS = 4
ITEM_SEPARATOR_MIN_WORDS = 3
# An author's name in an author box heading has at most this many words.
AUTHOR_NAME_MAX_WORDS = 4
# A row of data (a table row, a date and place) has at least this many words.
DATA_LINE_MIN_WORDS = 4
# Lines with fewer words do not extend the region.
EXTENSION_MIN_WORDS = 2


@dataclass(frozen=True)
class LineFeatures:
    """Text statistics of one non-blank line.

    Attributes
    ----------
    index : int
        Position of the line in the page.
    n_words : float
        Effective word count: whitespace words, or CJK characters / 2 when larger.
    n_chars : int
        Characters of the stripped line.
    is_bullet : bool
        The line is a list item ("• Home", "1. ...").
    ends_sentence : bool
        The line ends with sentence punctuation (possibly followed by a closing quote) or
        with an emoji after its text.
    ends_clause : str
        The line's last punctuation mark if it is a comma, semicolon or colon (the text
        goes on in the next line), else the empty string.
    function_ratio : float
        Share of the line's alphabetic words that are common function words.
    has_date : bool
        The line holds a time, a year or a numeric date.
    has_digit : bool
        The line holds a digit.
    has_label : bool
        The line opens with a short "Label:" (as in Q&A lists and fact boxes).
    has_columns : bool
        The line has runs of two or more spaces between words (a table row).
    has_colon : bool
        The line holds a colon (labels, promos such as "Read more: ...").
    ends_bracket : bool
        The line ends with a closing bracket (photo credits of captions).
    is_upper : bool
        The line has letters and none of them is lower-case.
    is_title_case : bool
        Most of the line's content words (not function words, four letters or more)
        are capitalized, as in English headlines ("15 Amazing Images of Stars").
    is_glued_headline : bool
        The line opens with a headline in title case glued to the next text without a
        space ("Council Expands Bus NetworkThe city council voted..."): a teaser of a
        related-articles list whose title and summary the dump ran together.
    is_cjk : bool
        Most of the line's letters are Chinese, Japanese or Korean characters (function
        word lists do not apply).
    is_notice : bool
        The line holds a copyright sign or notice (site footer, not article text), or
        opens with a photo-gallery counter ("2 of 9"): text around the article.
    is_form_field : bool
        The line is the label of a required field of a web form ("Email *"): a
        comment or sign-up form, never article text.
    repeats : int
        How many times the same stripped text occurs in the page.
    n_adjacent : int
        How many of the two neighbouring lines are non-blank (0, 1 or 2). A dump puts a
        blank line between paragraphs; list items and menu teasers are packed together.
    """

    index: int
    n_words: float
    n_chars: int
    is_bullet: bool
    ends_sentence: bool
    ends_clause: str
    function_ratio: float
    has_date: bool
    has_digit: bool
    has_label: bool
    has_columns: bool
    has_colon: bool
    ends_bracket: bool
    is_upper: bool
    is_title_case: bool
    is_glued_headline: bool
    is_cjk: bool
    is_notice: bool
    is_form_field: bool
    repeats: int
    n_adjacent: int


@dataclass(frozen=True)
class LineVerdict:
    """The detector's decision on one non-blank line, for inspection in notebooks.

    Attributes
    ----------
    index : int
        Position of the line in the page.
    weight : float
        Contribution to the main-region search (positive: prose, negative: chrome).
    in_main_region : bool
        The line lies inside the main text region.
    is_body : bool
        The line is returned as body.
    reason : str
        Which rule decided: "prose", "short sentence", "list item", "table row",
        "heading", "extension", "data block", "data" or "fallback" (body);
        "chrome" (inside the region) or "outside" (not body).
    """

    index: int
    weight: float
    in_main_region: bool
    is_body: bool
    reason: str


def line_features(lines: Sequence[str]) -> list[LineFeatures]:
    """Compute :class:`LineFeatures` for every non-blank line.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    list of LineFeatures
        One per non-blank line, in page order.
    """
    stripped = [visible_text(line) for line in lines]
    counts = Counter(text for text in stripped if text)
    features = []
    for index, text in enumerate(stripped):
        if not text:
            continue
        words = _WORD.findall(text.lower())
        n_letters = len("".join(words))
        n_cjk = len(_CJK_CHAR.findall(text))
        tail = text[-_TAIL_CHARS:]  # end patterns only look at the end of the line
        clause_end = _CLAUSE_END.search(tail)
        features.append(
            LineFeatures(
                index=index,
                n_words=max(float(len(_WORD_TOKEN.findall(text))), n_cjk / CJK_CHARS_PER_WORD),
                n_chars=len(text),
                is_bullet=bool(_BULLET.match(lines[index])),
                ends_sentence=bool(_SENTENCE_END.search(tail) or _EMOJI_END.search(tail)),
                ends_clause=clause_end.group(1) if clause_end else "",
                function_ratio=(
                    sum(map(FUNCTION_WORDS.__contains__, words)) / len(words) if words else 0.0
                ),
                has_date=bool(_TIME_OR_DATE.search(text)),
                has_digit=bool(_DIGIT.search(text)),
                has_label=bool(_LABEL.match(text)),
                has_columns=bool(_COLUMN_GAP.search(text)),
                has_colon=":" in text or "：" in text,
                ends_bracket=text.endswith((")", "]", "）")),
                is_upper=text.isupper(),
                is_title_case=len(words) <= TITLE_CASE_MAX_WORDS and _is_title_case(text),
                is_glued_headline=_is_glued_headline(text),
                is_cjk=n_cjk > 0.5 * n_letters,
                is_notice=bool(_COPYRIGHT.search(text) or _GALLERY_COUNTER.match(text)),
                is_form_field=_is_form_field(text, lines[index]),
                repeats=counts[text],
                n_adjacent=(index > 0 and bool(stripped[index - 1]))
                + (index + 1 < len(stripped) and bool(stripped[index + 1])),
            )
        )
    return features


def visible_text(line: str) -> str:
    """Return ``line`` without surrounding whitespace and invisible format characters.

    Zero-width spaces, joiners, byte-order marks and soft hyphens print nothing: a dump
    line made only of them is blank (an empty image placeholder, not a text block).
    """
    return line.strip().strip(_INVISIBLE).strip()


def _is_form_field(text: str, line: str) -> bool:
    """Whether ``text`` is a short form label marked as required with a final asterisk."""
    return (
        text.endswith(" *")
        and len(text.split()) <= FORM_FIELD_MAX_WORDS + 1
        and not _BULLET.match(line)
    )


def _is_glued_headline(text: str) -> bool:
    """Whether ``text`` opens with a title-case headline glued to the following text."""
    for junction in _GLUED_BLOCKS.finditer(text, 0, GLUED_HEADLINE_MAX_CHARS):
        head = text[: junction.start()]
        if len(head.split()) >= TITLE_CASE_MIN_WORDS and _is_title_case(head):
            return True
    return False


def _is_title_case(text: str) -> bool:
    """Whether most content words of ``text`` start with a capital letter."""
    content = [
        word
        for word in _WORD.findall(text)
        if len(word) >= 4 and word.lower() not in FUNCTION_WORDS
    ]
    if len(content) < TITLE_CASE_MIN_WORDS:
        return False
    return sum(word[0].isupper() for word in content) >= TITLE_CASE_SHARE * len(content)


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
        ``SENTENCE_LINE_WORDS`` words (CJK lines excluded) reaches
        ``KNOWN_LANGUAGE_RATIO``.
    """
    ratios = [
        feature.function_ratio
        for feature in features
        if feature.n_words >= SENTENCE_LINE_WORDS and not feature.is_cjk
    ]
    return bool(ratios) and statistics.median(ratios) >= KNOWN_LANGUAGE_RATIO


def is_prose(feature: LineFeatures, known_language: bool = False) -> bool:
    """Whether a line reads like a body paragraph on its own (long, made of sentences).

    Parameters
    ----------
    feature : LineFeatures
        The line.
    known_language : bool
        The page is in a language of the function-word lists: then a line without
        function words (a keyword list, a string of headlines) is not prose.

    Returns
    -------
    bool
    """
    if feature.repeats > 1 or feature.is_notice or feature.is_title_case:
        return False
    if feature.is_glued_headline:
        return False
    if known_language and not feature.is_cjk and feature.function_ratio < PROSE_FUNCTION_RATIO:
        return False
    if feature.n_words >= LONG_LINE_WORDS:
        return True
    return feature.n_words >= SENTENCE_LINE_WORDS and (
        feature.ends_sentence or bool(feature.ends_clause)
    )


def is_short_sentence(feature: LineFeatures) -> bool:
    """Whether a line too short to be prose still reads like a sentence of the body."""
    if feature.is_bullet or feature.is_notice:
        return False
    if not (feature.ends_sentence or feature.ends_clause in (",", "、", "，", ";", "；")):
        return False
    if feature.is_cjk:
        return feature.n_chars >= CJK_SHORT_SENTENCE_CHARS
    return (
        feature.n_chars >= SHORT_SENTENCE_CHARS
        and feature.function_ratio >= SHORT_SENTENCE_FUNCTION_RATIO
    )


def is_list_sentence(feature: LineFeatures) -> bool:
    """Whether a bullet line reads like an item of a list in the text (not a link label)."""
    return (
        feature.is_bullet
        and feature.repeats == 1
        and not feature.has_date
        and feature.n_words >= LIST_SENTENCE_WORDS
        and not feature.is_title_case
        and (feature.is_cjk or feature.function_ratio >= LIST_SENTENCE_FUNCTION_RATIO)
    )


def is_table_row(feature: LineFeatures) -> bool:
    """Whether a line is a row of a text table (columns aligned with runs of spaces)."""
    return feature.has_columns and not feature.is_bullet and feature.repeats == 1


def line_weight(feature: LineFeatures, known_language: bool = False) -> float:
    """Weight of a line in the main-region search: its length if prose, else a penalty."""
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


def region_weights(features: Sequence[LineFeatures], known_language: bool = False) -> list[float]:
    """Weights of the lines for the main-region search, with their context.

    A prose line packed against one or two non-blank neighbours counts
    ``PACKED_FACTORS[n]`` of its length (paragraphs stand between blank lines, menu
    teasers and list items do not), and a prose line with no prose neighbour (the
    previous and next non-blank lines are not prose) ``ISOLATED_PROSE_FACTOR`` of that:
    article paragraphs come in runs, while teasers in related lists and comments
    alternate with headlines, names and dates.

    Parameters
    ----------
    features : sequence of LineFeatures
        The page's lines.
    known_language : bool
        See :func:`is_prose`.

    Returns
    -------
    list of float
        One weight per line.
    """
    weights = [line_weight(feature, known_language) for feature in features]
    prose = [weight > 0 for weight in weights]
    adjusted = []
    for position, weight in enumerate(weights):
        if prose[position]:
            weight *= PACKED_FACTORS[features[position].n_adjacent]
            before = position > 0 and prose[position - 1]
            after = position + 1 < len(prose) and prose[position + 1]
            if not (before or after):
                weight *= ISOLATED_PROSE_FACTOR
        adjusted.append(weight)
    return adjusted


def main_region(weights: Sequence[float]) -> tuple[int, int]:
    """Return the (start, end) positions, inclusive, of the maximum-sum run of ``weights``.

    Parameters
    ----------
    weights : sequence of float
        One weight per line.

    Returns
    -------
    tuple of int
        ``(0, -1)`` when no weight is positive.
    """
    return _max_sum_run(weights, 0, len(weights))[1:]


def _max_sum_run(weights: Sequence[float], start: int, stop: int) -> tuple[float, int, int]:
    """Kadane's algorithm on ``weights[start:stop]``: (sum, first, last) of the best run."""
    best = (0.0, 0, -1)
    run_sum, run_start = 0.0, start
    for position in range(start, stop):
        if run_sum <= 0:
            run_sum, run_start = 0.0, position
        run_sum += weights[position]
        if run_sum > best[0]:
            best = (run_sum, run_start, position)
    return best


def clusters(
    weights: Sequence[float], breaks: Collection[int] = ()
) -> list[tuple[float, int, int]]:
    """Split the page into clusters of text at long runs of chrome.

    A run of non-positive weights summing to less than ``-GAP_PENALTY`` (a menu, a
    comment form, a block of related links) separates two clusters, and so does every
    position in ``breaks`` (a site footer); each cluster is trimmed to its maximum-sum
    run.

    Parameters
    ----------
    weights : sequence of float
        One weight per line.
    breaks : collection of int, optional
        Positions of lines that end a cluster whatever the weights around them.

    Returns
    -------
    list of tuple
        ``(weight, start, end)`` per cluster, in page order, with inclusive positions;
        clusters without a positive weight are left out.
    """
    found = []
    cluster_start, gap_sum = 0, 0.0
    for position, weight in enumerate(weights):
        if weight > 0 and position not in breaks:
            gap_sum = 0.0
            continue
        gap_sum += weight
        if (gap_sum < -GAP_PENALTY or position in breaks) and cluster_start <= position:
            best = _max_sum_run(weights, cluster_start, position + 1)
            if best[2] >= best[1]:
                found.append(best)
            cluster_start = position + 1
    best = _max_sum_run(weights, cluster_start, len(weights))
    if best[2] >= best[1]:
        found.append(best)
    return found


def article_cluster(weights: Sequence[float], breaks: Collection[int] = ()) -> tuple[int, int]:
    """Return the (start, end) positions, inclusive, of the article's cluster.

    The article is the first cluster (see :func:`clusters`) weighing at least
    ``EARLY_CLUSTER_SHARE`` of the heaviest one: comments, teaser lists and legal text
    come after the article and can outweigh it.

    Parameters
    ----------
    weights : sequence of float
        One weight per line.
    breaks : collection of int, optional
        Positions of lines that end a cluster (see :func:`clusters`).

    Returns
    -------
    tuple of int
        ``(0, -1)`` when the page has no prose.
    """
    found = clusters(weights, breaks)
    if not found:
        return (0, -1)
    heaviest = max(weight for weight, _, _ in found)
    for weight, start, end in found:
        n_prose = sum(1 for position in range(start, end + 1) if weights[position] > 0)
        if weight == heaviest or (
            weight >= EARLY_CLUSTER_SHARE * heaviest and n_prose >= EARLY_CLUSTER_LINES
        ):
            return start, end
    return found[0][1:]


def is_footer(feature: LineFeatures) -> bool:
    """Whether a line is a site footer's copyright notice ("© 2019 Site").

    A notice with a year closes the page's text: nothing after it belongs to the same
    article. Photo credits inside an article ("Image copyright Agency") have no year.
    """
    return feature.is_notice and feature.has_date


def is_heading(feature: LineFeatures) -> bool:
    """Whether a chrome-looking line inside the article's region is a subheading.

    A subheading stands alone between blank lines and is short; promos ("Label: linked
    headline"), captions ending in a credit in brackets, all-capital teasers, bullets,
    dates and repeated lines are not subheadings.
    """
    return is_section_heading(feature) and not (feature.has_colon or feature.is_upper)


def is_section_heading(feature: LineFeatures) -> bool:
    """Whether a line after the last paragraph is the heading of a further body part.

    Like :func:`is_heading`, but title case is allowed (headings of tables and lists
    are often capitalized like headlines).
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
    """
    return (
        (feature.has_digit or feature.has_columns)
        and not (feature.is_bullet or feature.has_label or feature.has_date or feature.is_notice)
        and feature.repeats == 1
        and feature.n_words >= DATA_LINE_MIN_WORDS
    )


def continues_body(feature: LineFeatures, next_feature: LineFeatures | None = None) -> bool:
    """Whether a line after the main region continues the body as data or a list.

    Tables, schedules, score lines and Q&A lists follow an article's last paragraph as
    short lines with digits, sentence ends or "Label:" openings, and lists as bullets
    that read like sentences, introduced by a line ending in a colon. A bullet of link
    labels, a repeated line, a date, a copyright notice, a heading ending in a colon
    (unless a list item follows) or a line without digits or sentence end (a section
    title, a headline) ends the body.

    Parameters
    ----------
    feature : LineFeatures
        The line.
    next_feature : LineFeatures, optional
        The next non-blank line, if any.

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
        and not feature.is_bullet
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
    return feature.has_digit or feature.has_columns or feature.ends_sentence or feature.has_label


def explain_body_lines(lines: Sequence[str]) -> list[LineVerdict]:
    """Return the detector's verdict, weight and reason for every non-blank line.

    Parameters
    ----------
    lines : sequence of str
        The page's lines, without line endings, NFC-normalized.

    Returns
    -------
    list of LineVerdict
        One per non-blank line, in page order.
    """
    features = line_features(lines)
    known_language = uses_known_language(features)
    weights = region_weights(features, known_language)
    # a footer or a comment form ends the text before it, whatever follows
    breaks = {
        position
        for position, feature in enumerate(features)
        if is_footer(feature) or feature.is_form_field
    }
    start, end = article_cluster(weights, breaks)
    end = first_item_end(lines, features, weights, start, end)
    reasons = _region_reasons(lines, features, known_language, start, end)
    if end < start and features:
        _fallback(features, reasons)
    body_words = sum(
        feature.n_words
        for feature, reason in zip(features, reasons, strict=True)
        if reason not in ("outside", "chrome")
    )
    if body_words < WEAK_BODY_WORDS:
        run_start, run_end = _longest_data_run(features)
        if sum(feature.n_words for feature in features[run_start : run_end + 1]) > body_words:
            reasons = _region_reasons(
                lines, features, known_language, run_start, run_end, data=True
            )
    return [
        LineVerdict(
            index=feature.index,
            weight=weight,
            in_main_region=reason not in ("outside", "fallback"),
            is_body=reason not in ("outside", "chrome"),
            reason=reason,
        )
        for feature, weight, reason in zip(features, weights, reasons, strict=True)
    ]


def first_item_end(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    start: int,
    end: int,
) -> int:
    """End of the region, cut after its first item when the region is a stack of items.

    A page of cards (quotes, short posts) repeats the same chrome line (a share bar)
    after every card: when one chrome line occurs at least ``ITEM_SEPARATOR_REPEATS``
    times in the region and no two occurrences enclose more than one prose line, the
    cards are separate texts and the article is the first one. An article's own
    repeated lines ("Advertisement") come every few paragraphs, not after each one, and
    a separator needs ``ITEM_SEPARATOR_MIN_WORDS`` words (a bar of several link
    labels), which an advertisement label or a rule of underscores does not have.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        One weight per non-blank line (see :func:`region_weights`).
    start, end : int
        The region (positions in ``features``, inclusive).

    Returns
    -------
    int
        The position of the last prose line before the first separator, or ``end``.
    """
    prose_before = [0]  # prose lines in the region before each position
    for position in range(start, end + 1):
        prose_before.append(prose_before[-1] + (weights[position] > 0))
    occurrences: dict[str, list[int]] = {}
    for position in range(start, end + 1):
        if weights[position] <= 0 and features[position].repeats >= ITEM_SEPARATOR_REPEATS:
            text = visible_text(lines[features[position].index])
            if features[position].n_words >= ITEM_SEPARATOR_MIN_WORDS:
                occurrences.setdefault(text, []).append(position)
    for found in occurrences.values():
        if len(found) < ITEM_SEPARATOR_REPEATS:
            continue
        prose_between = [
            prose_before[second - start] - prose_before[first + 1 - start]
            for first, second in itertools.pairwise(found)
        ]
        if max(prose_between) > 1:
            continue
        first_prose = next(q for q in range(start, end + 1) if weights[q] > 0)
        separator = next((q for q in found if q > first_prose), None)
        if separator is not None:
            return max(q for q in range(first_prose, separator) if weights[q] > 0)
    return end


def _region_reasons(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    known_language: bool,
    start: int,
    end: int,
    data: bool = False,
) -> list[str]:
    """Reasons of every line for the region ``start..end`` (inclusive) and its extensions.

    With ``data``, the region is a run of data lines (see :func:`_longest_data_run`) and
    its data lines are kept as "data".
    """
    reasons = []
    for position, feature in enumerate(features):
        if not start <= position <= end:
            reasons.append("outside")
        elif is_prose(feature, known_language):
            reasons.append("prose")
        elif is_short_sentence(feature):
            reasons.append("short sentence")
        elif is_table_row(feature):
            reasons.append("table row")
        elif is_list_sentence(feature):
            reasons.append("list item")
        elif data and is_data_line(feature):
            reasons.append("data")
        else:
            reasons.append("chrome")
    if end >= start:
        for position in range(start + 1, end):
            if reasons[position] == "chrome" and is_heading(features[position]):
                reasons[position] = "heading"
        _extend_backward(features, reasons, start - 1)
        if not _drop_author_box(lines, features, reasons, end):
            _extend_forward(features, reasons, end + 1)
    return reasons


def _drop_author_box(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: list[str], end: int
) -> bool:
    """Drop an author box closing the region: a name as heading, then a short biography.

    The region's last line is a paragraph, the line before it a heading of two to four
    capitalized words ("About Jane Smith"), and the paragraph repeats at least two of
    them, all but one (the name): that is the author's box, not the article, and it
    closes the article.

    Returns
    -------
    bool
        Whether a box was dropped.
    """
    if end < 1 or reasons[end] != "prose" or reasons[end - 1] != "heading":
        return False
    heading = lines[features[end - 1].index].strip()
    names = {word for word in _WORD.findall(heading) if word[0].isupper()}
    if not 2 <= len(names) <= AUTHOR_NAME_MAX_WORDS or len(heading.split()) > len(names) + 1:
        return False
    repeated = names & set(_WORD.findall(lines[features[end].index]))
    if len(repeated) < max(2, len(names) - 1):
        return False
    reasons[end - 1] = reasons[end] = "chrome"
    return True


def _extend_forward(features: Sequence[LineFeatures], reasons: list[str], position: int) -> None:
    """Mark the lines from ``position`` on that continue the body (see :func:`continues_body`).

    A section heading is crossed when the line after it continues the body as data (a
    line with digits or columns, not a bullet or a "Label:" line): a table or a list of
    dates often follows the last paragraph under its own heading, while a heading
    followed by bullets is that of a related-links list.
    """
    while position < len(features):
        feature = features[position]
        following = features[position + 1] if position + 1 < len(features) else None
        if continues_body(feature, following):
            reasons[position] = "extension"
            position += 1
        elif following is not None and is_section_heading(feature) and is_data_line(following):
            reasons[position] = "heading"
            position += 1
        else:
            break
    _extend_over_data_block(features, reasons, position)


def _extend_over_data_block(
    features: Sequence[LineFeatures], reasons: list[str], position: int
) -> None:
    """Mark a long block of stand-alone data lines starting at ``position`` as body.

    Recipes, meal plans, schedules and results often follow an article's introduction
    as many short lines, each between blank lines, most of them holding figures, some
    of them repeated (the same heading for every day). Such a block is kept, up to its
    last line with a digit, when it has at least ``DATA_BLOCK_LINES`` lines and at least
    ``DATA_BLOCK_DIGIT_SHARE`` of them hold digits, and those have on average at least
    ``DATA_BLOCK_MEAN_WORDS`` words. Menus are bulleted or packed, and related-article
    lists alternate headlines with dates, ages ("3 hours ago") and comment counts, so
    they do not form such a block.
    """
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
    for q in range(position, with_digits[-1] + 1):
        reasons[q] = "data block"


def _is_block_line(feature: LineFeatures) -> bool:
    """Whether a line can be part of a block of data lines (stand-alone, not chrome)."""
    return (
        feature.n_adjacent == 0
        and not feature.is_bullet
        and not feature.is_notice
        and not feature.has_date
    )


def _longest_data_run(features: Sequence[LineFeatures]) -> tuple[int, int]:
    """(start, end) of the longest run of data lines (see :func:`is_data_line`).

    A page whose text holds no real paragraphs (a calendar, a results table) has its
    content in such a run. Returns ``(0, -1)`` when no run reaches ``DATA_BLOCK_LINES``.
    """
    best, run_start = (0, -1), 0
    best_length = DATA_BLOCK_LINES - 1
    for position, feature in enumerate([*features, None]):
        if feature is not None and is_data_line(feature):
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


def _fallback(features: Sequence[LineFeatures], reasons: list[str]) -> None:
    """With no prose at all, keep the longest sentence-like line, if there is one."""
    candidates = [
        position
        for position, feature in enumerate(features)
        if feature.repeats == 1 and not feature.is_bullet and is_short_sentence(feature)
    ]
    if candidates:
        best = max(candidates, key=lambda position: features[position].n_words)
        reasons[best] = "fallback"


def body_line_indices(lines: Sequence[str]) -> list[int]:
    """Return the indices of the lines that belong to the article body.

    Parameters
    ----------
    lines : sequence of str
        The page's lines, without line endings, already NFC-normalized.

    Returns
    -------
    list of int
        Sorted indices into ``lines``; empty when the page has no body-like text.
    """
    return [verdict.index for verdict in explain_body_lines(lines) if verdict.is_body]
