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
]

#: The fewest cards a page of comments has: a listing's fewest (the splitter may leave
#: a last comment whose text it does not read as a card's out, as it leaves a last card).
MIN_COMMENTS = MIN_CARDS
#: Most words before the quoted headline: a reader's name line's words and the word for
#: "on" ("Jozèf P. sou «...»").
LEAD_MAX_WORDS = AUTHOR_LINE_MAX_WORDS + 1

#: ``skipped.csv``'s reason (after "read, but no article in the page's text: ").
COMMENTS_PAGE = (
    "readers' comments? (each card a comment on another story's quoted headline, "
    "with a reply or like control)"
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
    for part in _CONTROL_SEPARATORS.split(line.strip()):
        part = part.strip()
        if part.lower() in REPLY_WORDS or _LIKE_COUNT.match(part):
            return True
    return False


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
    leads = set()
    for title, lines in cards:
        lead = quoted_story_lead(title)
        if lead is None or not any(is_comment_control(line) for line in lines):
            return None
        leads.add(lead)
    return COMMENTS_PAGE if len(leads) == 1 else None
