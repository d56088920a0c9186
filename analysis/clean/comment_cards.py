"""A page of readers' comments read as cards: no article.

A news site's "latest comments" page lists its readers' newest comments, each printed
like a card: the reader's name and time, a line naming the story it comments on (the
story's headline in quotation marks after a word for "on": ``к статье «TITLE»``,
``prie straipsnio „TITLE“``, ``NAME sou «TITLE»``), the comment, and the comment's
controls (``Ответить · 👍 14``, ``Reponn``). The listing splitter reads every comment as
a card: records written by readers, filed under the site with another story's headline.

:func:`comments_page_reason` says when a listing's cards are such comments, from the
cards alone. Every card (at least :data:`MIN_COMMENTS` of them) must show both signs:

- its title line names another story: it ends in a quoted span (the story's headline)
  after a lead of at most :data:`LEAD_MAX_WORDS` words that ends in a word, and every
  card's lead ends in the same word (the language's "on" or "to the article"); a
  headline quoting a person ("Minister: «...»") has a colon before the quote, and a
  listing's headlines share no such word;
- it prints a comment's control: a reply button (:data:`REPLY_WORDS`) or a like count
  (``👍 14``, ``♥ 3``) alone on its line or between separators (``·``, ``|``, ``•``).

A page that prints the story's headline without quotation marks (WordPress's "recent
comments": ``NAME on TITLE``, ``NAME bei TITLE``; in other word orders ``TITLE に NAME
より``, the name last) shows the first sign as one word shared by every card's title line
(:func:`unquoted_story_connector`), not capitalized (the word for "on", a function
word), with the same side of it on every card holding the reader's name (at most
:data:`LEAD_MAX_WORDS` words: before it, maybe none, the name on the line above, ``on
TITLE``, and words each capitalized when several; after it, a name in a script without
capitals) and the other side the headline, longer than the name. A listing's headlines
seldom share such a word with a name beside it (no function word: "Why the ..."), and
then print no reply button under every card (a like count alone is no sign here: a
newsletter's posts print one).

A listing of reviews titled the same way ("Рецензия на фильм «X»") prints no reply
button under its cards, and a social account's posts print reply counts but no quoted
headline on each: both stay records. No tuned value: the minimum is a listing's
(:data:`~analysis.clean.card_blocks.MIN_CARDS`), the lead's length a comment's name
line's words (:data:`~analysis.clean.body.rules.AUTHOR_LINE_MAX_WORDS`) and the word
for "on".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.body.rules import AUTHOR_LINE_MAX_WORDS
from analysis.clean.card_blocks import MIN_CARDS
from analysis.stopwords import FUNCTION_WORDS
from analysis.text.marks import CLOSING_QUOTATION_MARKS, OPENING_QUOTATION_MARKS
from analysis.text.patterns import LETTER_RUN

__all__ = [
    "COMMENTS_PAGE",
    "LEAD_MAX_WORDS",
    "MIN_COMMENTS",
    "REPLY_WORDS",
    "comments_page_reason",
    "is_comment_control",
    "quoted_story_lead",
    "unquoted_story_connector",
]

#: The fewest cards a page of comments has: a listing's fewest (the splitter may leave
#: a last comment whose text it does not read as a card's out, as it leaves a last card).
MIN_COMMENTS = MIN_CARDS
#: Most words before the quoted headline: a reader's name line's words and the word for
#: "on" ("Jozèf P. sou «...»").
LEAD_MAX_WORDS = AUTHOR_LINE_MAX_WORDS + 1

#: ``skipped.csv``'s reason (after "read, but no article in the page's text: ").
COMMENTS_PAGE = (
    "readers' comments? (each card a comment on another story's headline, quoted or "
    "after a word for 'on', with a reply or like control)"
)

#: The label of a comment's reply button, lower case, in the page languages: English,
#: German, French, Spanish and Portuguese, Italian, Dutch, Russian, Ukrainian,
#: Belarusian, Polish, Czech, Slovak, Lithuanian, Latvian, Estonian, Finnish, Swedish,
#: Danish and Norwegian, Turkish, Haitian Creole, Hungarian, Romanian, Bulgarian,
#: Serbian / Croatian / Bosnian / Slovene (Latin and Cyrillic), Greek, Indonesian and
#: Malay, Vietnamese, Japanese, Chinese, Korean, Arabic, Hebrew, Persian, Hindi.
REPLY_WORDS = frozenset(
    {
        "reply", "antworten", "répondre", "responder", "rispondi", "reageer", "beantwoorden",
        "ответить", "відповісти", "адказаць", "odpowiedz", "odpowiedź", "odpovědět",
        "odpovedať", "atsakyti", "atbildēt", "vasta", "vastaa", "svara", "svar", "svare",
        "yanıtla", "cevapla", "reponn", "válasz", "răspunde", "отговор", "отговори",
        "odgovori", "одговори", "απάντηση", "balas", "trả lời", "返信", "回复", "回覆",
        "답글", "답장", "رد", "הגב", "השב", "پاسخ", "जवाब", "उत्तर",
    }
)  # fmt: skip

# A like count: a like sign and a number ("👍 14", "♥ 3", "❤️ 1,2k").
_LIKE_COUNT = re.compile(r"^(?:👍|❤|♥|♡|💬)\ufe0f?\s*\d[\d.,]*\s*[kKmM]?$")
# The separators a card's controls are printed between.
_CONTROL_SEPARATORS = re.compile(r"\s*[·•|]\s*")
# A title line ending in a quoted span: the lead (group 1), the span from its opening
# mark to the line's last closing mark.
_QUOTED_END = re.compile(
    rf"^([^{re.escape(OPENING_QUOTATION_MARKS)}]*?)"
    rf"[{re.escape(OPENING_QUOTATION_MARKS)}][^\n]+[{re.escape(CLOSING_QUOTATION_MARKS)}]\s*$"
)


def quoted_story_lead(title: str) -> str | None:
    """The lead's last word, lower case, of a title line naming another story by its
    quoted headline ("к статье «Новый мост ...»" -> "статье"), or None.

    Parameters
    ----------
    title : str
        A card's title line.

    Returns
    -------
    str or None
        None when the line does not end in a quoted span, or its lead has no word, more
        than :data:`LEAD_MAX_WORDS` words or ends in anything but a word (a colon:
        a headline quoting someone).
    """
    match = _QUOTED_END.match(title.strip())
    if match is None:
        return None
    lead = match.group(1)
    words = LETTER_RUN.findall(lead)
    if not words or len(words) > LEAD_MAX_WORDS or not lead.rstrip().endswith(words[-1]):
        return None
    return words[-1].lower()


def is_comment_control(line: str) -> bool:
    """Whether a line prints a comment's control: a reply button (:data:`REPLY_WORDS`) or
    a like count, alone or between separators ("Ответить · 👍 14", "10:12 · Reponn").

    Parameters
    ----------
    line : str
        One line of a card.

    Returns
    -------
    bool
    """
    return any(
        part.lower() in REPLY_WORDS or _LIKE_COUNT.match(part) for part in _control_parts(line)
    )


def _control_parts(line: str) -> list[str]:
    """A line's parts between control separators, stripped."""
    return [part.strip() for part in _CONTROL_SEPARATORS.split(line.strip())]


def _has_reply_button(lines: Sequence[str]) -> bool:
    """Whether a card's lines print a reply button (:data:`REPLY_WORDS`), alone or
    between control separators."""
    return any(part.lower() in REPLY_WORDS for line in lines for part in _control_parts(line))


def comments_page_reason(cards: Sequence[tuple[str, Sequence[str]]]) -> str | None:
    """:data:`COMMENTS_PAGE` when a listing's cards are readers' comments (see the module
    doc), else None.

    Parameters
    ----------
    cards : sequence of (str, sequence of str)
        Each card's title line and its lines (every line its blocks touch).

    Returns
    -------
    str or None
    """
    if len(cards) < MIN_COMMENTS:
        return None
    if not all(any(is_comment_control(line) for line in lines) for _, lines in cards):
        return None
    titles = [title for title, _ in cards]
    leads = {quoted_story_lead(title) for title in titles}
    if len(leads) == 1 and None not in leads:
        return COMMENTS_PAGE
    # an unquoted headline: a reply button under every card (a like count alone is
    # also a newsletter's or a social account's posts')
    if not all(_has_reply_button(lines) for _, lines in cards):
        return None
    return COMMENTS_PAGE if unquoted_story_connector(titles) is not None else None


def unquoted_story_connector(titles: Sequence[str]) -> str | None:
    """The word, lower case, that every title line prints between a reader's name and
    another story's unquoted headline ("Tom Reed on Council backs new cycle lanes",
    "Uwe bei Freibad öffnet ...", "図書館の開館時間を延長 に たろう より" -> "on", "bei",
    "に"), or None.

    Parameters
    ----------
    titles : sequence of str
        The cards' title lines, two or more.

    Returns
    -------
    str or None
        A word of the first title, not capitalized, found in every title with the name
        on one side of it (at most :data:`LEAD_MAX_WORDS` words) and the headline on the
        other, longer than the name; the same side on every title: the name first, at
        the word's first printing (maybe no name: on the line above; words each
        capitalized when more than one, :func:`_name_like`), or last, at its last
        printing (a name in a script without capitals, "に 佐藤 より": a headline's
        last words in a script with capitals would read as a name too). None when no
        word is so placed.
    """
    if len(titles) < MIN_COMMENTS:
        return None
    split = [title.split() for title in titles]
    words = {w.lower() for w in split[0] if w == w.lower() and LETTER_RUN.fullmatch(w)}
    for word in sorted(words):
        for name_first in (True, False):
            if all(_name_beside(tokens, word, name_first) for tokens in split):
                return word
    return None


def _name_beside(tokens: list[str], word: str, name_first: bool) -> bool:
    """Whether ``word`` splits a title's ``tokens`` into a reader's name (before it, at
    its first printing, when ``name_first``; else after it, at its last) of at most
    :data:`LEAD_MAX_WORDS` words and a longer headline (:func:`unquoted_story_connector`)."""
    if word not in tokens:
        return False
    if name_first:
        at = tokens.index(word)
        name, headline = tokens[:at], tokens[at + 1 :]
    else:
        at = len(tokens) - 1 - tokens[::-1].index(word)
        name, headline = tokens[at + 1 :], tokens[:at]
        if not name:
            return False  # the name closes the line
    return (
        len(name) <= LEAD_MAX_WORDS
        and bool(headline)
        and len(" ".join(headline)) > len(" ".join(name))
        and (_name_like(name) if name_first else not any(map(_cased, name)))
    )


def _cased(token: str) -> bool:
    """Whether a word is written in a script with capitals (Latin, Cyrillic, Greek ...)."""
    return token.lower() != token.upper()


def _name_like(name: list[str]) -> bool:
    """Whether the words before the word for "on" are a reader's name: none (the name on
    the line above), one word (a user name, "kestrel_22"), or words each capitalized or
    holding a digit or an underscore ("Jens K.", "Tom Reed"), as a headline's first
    words seldom all are ("Council votes on ..."); no function word
    (:data:`~analysis.stopwords.FUNCTION_WORDS`: "Why the ...")."""
    if any(w.lower() in FUNCTION_WORDS for w in name):
        return False  # "Why the ...", "How the ...": a headline's first words
    return len(name) <= 1 or all(
        not _cased(w) or w[:1].isupper() or any(c.isdigit() or c == "_" for c in w) for w in name
    )
