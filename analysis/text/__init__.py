"""Line-level text concepts, each defined once: word, letter run, blank, bullet, title case.

One module per concept; this package gives them all under ``analysis.text``.

Every stage reads these definitions from here (cleaning decides which lines are blank,
bulleted or title case; statistics count words), so a change here changes them all:

- a **word** is a whitespace-separated token holding at least one letter or digit
  (:data:`WORD_PATTERN`, :func:`count_words`, :func:`iter_word_spans`), except in
  scripts written without spaces between words: every Han ideograph, hiragana and
  katakana character is one word (Chinese and Japanese; the convention of word
  processors and of Unicode's default word boundaries for ideographs), a run of Thai
  letters counts the words PyThaiNLP's dictionary segmenter (``newmm``, maximal matching
  over its bundled Thai word list) finds in it, and the letters and digits of a token
  around such characters count one word per run; Korean is written with spaces and
  counts by tokens;
- a **letter run** is a maximal run of letters with the combining marks written on them
  (:data:`LETTER_RUN`: a word of Hindi, Bengali, Tamil or Thai whole, its vowel signs
  and viramas kept), what the line shape rules (title case, vocabularies) look at;
- a **blank** line holds nothing visible: only whitespace and characters that print
  nothing (zero-width space, joiners, word joiner, byte-order mark, soft hyphen;
  :data:`INVISIBLE`) (:func:`is_blank`, :func:`visible_text`); those and the direction
  marks are the **format characters**, which hold no letter (:data:`FORMAT_CHARACTERS`,
  :func:`without_format_characters`);
- a **bullet** line opens with a list mark and a space (:data:`BULLET_MARKS`,
  :func:`is_bullet`); a **list item** is a bullet or a number ``1.``/``1)`` and a space
  (:func:`is_list_item`);
- a text is in **title case** when its content words start with a capital
  (:func:`is_title_case`); a word is **capitalised**, a line **in capitals** or **in
  lower case** by :func:`opens_upper_case`, :func:`is_upper_case` and
  :func:`is_lower_case`: ``str``'s own checks, with the letters of scripts whose case
  running text never shows (Cherokee's syllabary, Georgian's Mkhedruli) read as letters
  without case;
- a **name** (an outlet's, a site's) is cleaned of every invisible format character,
  bidi controls included (:func:`clean_name`), and shown so that look-alike names stay
  visibly distinct (:func:`shown_name`);
- a **post signature** closes a social-media post quoted in an article: "— Jane Doe
  (@janedoe) March 3, 2026" (:func:`post_signature`, :func:`is_post_attribution`); the
  body detector keeps the post as body and the quote finder counts it as a quotation
  of its author.

Inside a call decorated with :func:`words_counted_once` (the cleaner's per-page entry
point), :func:`count_words` counts each distinct text once: the body, listing,
headline and site-name detectors all count the words of the same lines.

Modules: :mod:`~analysis.text.patterns` (word and letter-run patterns),
:mod:`~analysis.text.words` (counting words and letter runs, their ASCII fast paths),
:mod:`~analysis.text.scripts` (scripts written without spaces),
:mod:`~analysis.text.lines` (blank, bullet, list item, rule lines),
:mod:`~analysis.text.title_case`, :mod:`~analysis.text.names` (outlet and site names),
:mod:`~analysis.text.caseless` (a text lowered for the literal words of case-insensitive
patterns), :mod:`~analysis.text.letter_case` (upper- and lower-case letters of every
script, as pattern classes),
:mod:`~analysis.text.posts` (a post's signature), :mod:`~analysis.text.languages` (the
languages a text is likely written in, py3langid's ranking),
:mod:`~analysis.text.memo` (the per-page and per-process memos of line-level work). A
module constant a benchmark changes is changed in its own module (the memo's bounds in
:mod:`~analysis.text.memo`), with :func:`overridden`.
"""

from __future__ import annotations

from analysis.text.caseless import caseless_lower
from analysis.text.languages import language_identifier, ranked_languages
from analysis.text.letter_case import (
    CASELESS_LETTER,
    COMBINING_MARKS,
    LETTER_OR_MARK,
    LOWER_LETTERS,
    UPPER_LETTERS,
    is_lower_case,
    is_upper_case,
    opens_upper_case,
    shows_no_case,
)
from analysis.text.lines import (
    BULLET_MARKS,
    FIELD_LABEL,
    FORMAT_CHARACTERS,
    INVISIBLE,
    RULE_MARKS,
    bullet_end,
    display_width,
    is_blank,
    is_bullet,
    is_list_item,
    is_rule_line,
    visible_text,
    without_format_characters,
)
from analysis.text.memo import (
    LineMemo,
    clear_line_memos,
    once_per_page,
    overridden,
    remembered_across_pages,
    words_counted_once,
)
from analysis.text.names import clean_name, shown_name
from analysis.text.patterns import LETTER_RUN, WORD_CHAR, WORD_PATTERN
from analysis.text.posts import POST_MAX_CHARS, PostSignature, is_post_attribution, post_signature
from analysis.text.scripts import TIBETAN, UNSPACED_SCRIPTS, has_unspaced_script
from analysis.text.title_case import is_title_case, runs_in_title_case
from analysis.text.words import (
    alnum_and_line_breaks,
    ascii_word_views,
    count_label_words,
    count_name_words,
    count_word_tokens,
    count_words,
    iter_word_spans,
    letter_runs,
    letters_are_ascii,
    lowered_letter_runs,
)

__all__ = [
    "BULLET_MARKS",
    "CASELESS_LETTER",
    "COMBINING_MARKS",
    "FIELD_LABEL",
    "FORMAT_CHARACTERS",
    "INVISIBLE",
    "LETTER_OR_MARK",
    "LETTER_RUN",
    "LOWER_LETTERS",
    "POST_MAX_CHARS",
    "RULE_MARKS",
    "TIBETAN",
    "UNSPACED_SCRIPTS",
    "UPPER_LETTERS",
    "WORD_CHAR",
    "WORD_PATTERN",
    "LineMemo",
    "PostSignature",
    "alnum_and_line_breaks",
    "ascii_word_views",
    "bullet_end",
    "caseless_lower",
    "clean_name",
    "clear_line_memos",
    "count_label_words",
    "count_name_words",
    "count_word_tokens",
    "count_words",
    "display_width",
    "has_unspaced_script",
    "is_blank",
    "is_bullet",
    "is_list_item",
    "is_lower_case",
    "is_post_attribution",
    "is_rule_line",
    "is_title_case",
    "is_upper_case",
    "iter_word_spans",
    "language_identifier",
    "letter_runs",
    "letters_are_ascii",
    "lowered_letter_runs",
    "once_per_page",
    "opens_upper_case",
    "overridden",
    "post_signature",
    "ranked_languages",
    "remembered_across_pages",
    "runs_in_title_case",
    "shown_name",
    "shows_no_case",
    "visible_text",
    "without_format_characters",
    "words_counted_once",
]
