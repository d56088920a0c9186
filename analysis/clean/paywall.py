"""Paywalls: an article page whose saved text stops where a subscription wall begins.

A paywalled site often serves the first paragraphs of a story and then a prompt
("Subscribe to continue reading", "This article is for subscribers only", "You have
reached your limit of free articles"). Saved as it was served, such a page holds a
teaser, not the story: its word count, quote share and readability describe the opening
only. The page is cut short when such a prompt follows the article's body with no line
of prose between them (:func:`paywall_prompt`), or closes the body itself.

A page's markup alone does not say so: ``"isAccessibleForFree": false`` (schema.org)
marks a story a site meters or walls for some readers, and a metered page saved by a
reader with access holds the whole story (every such page of the extraction benchmark's
dev part does, 897 to 1,567 words).

The prompt is recognized by its vocabulary, not by a site's wording (no tuned value):
English, French, German, Spanish, Portuguese and Italian here, some 70 more languages'
words in :mod:`analysis.clean.paywall_words`:

- it asks to read on ("continue reading", "keep reading", "read the full story", "read
  the rest", "unlock this article") and names the way in (subscribe, subscriber, sign
  in, log in, register, member, premium, free account, or a subscription product named
  with a plus sign: "Lesen Sie mit Z+ weiter"); or
- it says the story is for subscribers or members only (a "members-only meeting" in
  a sentence does not; "有料会員限定", "付费内容": :data:`~analysis.clean.paywall_words.ONLY_FOR`),
  or that the reader's free articles are used up;

and it is a prompt, not a paragraph: at most :data:`MAX_PROMPT_WORDS` words.

The prompt often opens a box: an offer ("$1 for the first 4 weeks", "Start your free
trial"), a way in for subscribers ("Already a subscriber? Log in"). When the body the
page's reading gives ends in such a box, the prompt and the box are no part of the story
(:func:`without_paywall_box`): a box line is short (at most :data:`MAX_PROMPT_WORDS`
words) and is a prompt, names the way in, states a price, or is no sentence.

A wall in a language with no words here is read from its shape
(:func:`registration_wall`): a short body, a "Read more ▼" toggle under it, a prompt,
and the wall's buttons repeating the prompt's own word ("Register to read ..." over
"Log in  Register").
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from analysis.clean.body.site_prompts import is_site_prompt
from analysis.clean.card_lines import is_prose
from analysis.clean.line_gates import caseless_literals, other_case_letters
from analysis.clean.pattern_starts import starting_at
from analysis.clean.paywall_words import (
    ONLY_FOR,
    READ_ON,
    WAY_IN,
    WAY_IN_PATTERN,
    starts_a_word,
    word_start_pattern,
)
from analysis.text import caseless_lower, count_words

#: Most words of a paywall prompt line (a prompt, not a paragraph quoting one); set
#: a priori, not tuned: prompts are one or two short sentences.
MAX_PROMPT_WORDS = 30

_READ_ON = (
    r"continue reading|keep reading|continue to read|read on\b|"
    r"read (?:the |this )?(?:full|rest|whole|entire|complete|remainder)|"
    r"read (?:the )?(?:full )?(?:article|story|piece) in full|"
    r"unlock (?:this|the full|the rest|full)|"
    r"(?:full|unlimited) access to (?:this|the)|unlimited (?:digital )?access\b|"
    r"lire la suite|continuer (?:à|a) lire|poursuivre (?:votre |la )?lecture|"
    r"weiterlesen|lesen sie (?:[^\s.!?]+ ){0,3}?weiter\b|"
    r"(?:seguir|continuar|sigue) leyendo|"
    r"continu(?:ar|e) (?:a )?(?:lendo|ler)|"
    r"continu(?:are|a) a leggere|proseguire (?:a leggere|la lettura)"
)
# Who a walled story is for: subscribers, members, paying readers.
_PAYING = r"(?:our )?(?:(?:paid |paying |premium )?(?:subscribers|members)|(?:paid|paying) readers)"
_ONLY_FOR = (
    r"(?:subscribers?|members?)[- ]only(?: (?:content|article|story|stories|access))?"
    r"[.!)]*$|"
    rf"only (?:for|to) {_PAYING}|"
    rf"(?:is|are) (?:\w+ )?(?:for|to) {_PAYING}\b|"
    rf"exclusive(?:ly)? (?:to|for) {_PAYING}|"
    r"free (?:articles?|stories|story) (?:limit|remaining|left)|"
    r"(?:reached|used) (?:your|all (?:of )?your) (?:\w+ )?(?:limit|free (?:articles?|stories))|"
    r"reste \d+(?:[.,]\d+)?\s?% de cet article|"
    r"réservée?s? (?:à nos|aux) abonnés|"
    r"(?:nur |exklusiv )?für (?:unsere )?abonnent(?:en|innen)|"
    r"kostenlosen? (?:artikel|texte|beiträge)\w* [^.!?]{0,40}?aufgebraucht|"
    r"\d+ von \d+ kostenlosen (?:artikel|texte|beiträge)|"
    r"(?:exclusiv[oa]s?|reservad[oa]s?|s[oó]lo|apenas|restrit[oa]s?) (?:para|a) "
    r"(?:nuestros |nossos |os )?(?:suscriptores|assinantes)|"
    r"(?:riservat[oa]|esclusiv[oa]|solo) (?:agli |ai |per gli |per i )?abbonati|"
    # Dutch, Polish, Swedish, Danish and Norwegian, Finnish: for subscribers only
    r"(?:alleen|enkel|exclusief) (?:beschikbaar )?voor abonnees|"
    r"(?:tylko|wyłącznie) dla (?:subskrybentów|prenumeratorów)|"
    r"(?:endast|bara|låst) för prenumeranter|kun for abonnent(?:er|ar)|vain tilaajille"
)
#: The last character of a link that opens the rest of a story ("Read more ▼",
#: "Continue »", "Read on →", "Read more…").
MORE_MARKS = frozenset("▼▾⌄↓⬇»›→…")
#: Most words of such a link, and of a button of the wall after it (set a priori).
MAX_MORE_LINK_WORDS = 4
#: Most words of a body a wall read from its shape cuts: a lead and a paragraph or two
#: (set a priori, not tuned; a full story is longer).
MAX_TEASER_WORDS = 200
#: Fewest letters two words share at their start to be read as one word's forms
#: ("cofrestr" in "Cofrestrwch" and "Cofrestru"); set a priori.
MIN_STEM_CHARS = 5
_NOT_LETTERS = "".join(chr(c) for c in range(0x20, 0x80) if not chr(c).isalnum()) + "’‘“”«»¿¡"
# A price in an offer: "$1", "€ 9,99", "1.500 $", "49 zł", "99 kr", "99 Kč", "RM9.90",
# "19 lei", "1990 Ft", "₺49": a currency's sign or its abbreviation as the language
# prints it, before or after the figure (in the case it prints: "6 ft" is no forint).
_PRICE = starting_at(
    r"(?:[$€£¥₹₩₺₽₴₦₱₪]|\b(?:RM|Rp|R\$|CHF|Kč|kr|zł|лв|руб|грн)\.?)\s?\d"
    r"|\d\s?(?:[$€£₺₽₴₫₪₦]|(?:zł|kr|Kč|Sk|lei|Ft|RM|TL|CHF|лв|руб|грн|Ksh|KSh)(?!\w))"
)
# The way in: this module's words (English and five more languages) and the other
# languages' rows, searched apart so that each search is gated (below).
_WAY_IN_RE = re.compile(rf"\b(?:{WAY_IN_PATTERN})\b", re.IGNORECASE)
_ROW_WAY_IN_RE = re.compile(word_start_pattern(WAY_IN), re.IGNORECASE)
_READ_ON_RE = re.compile(rf"\b(?:{_READ_ON})", re.IGNORECASE)
_ROW_READ_ON_RE = re.compile(word_start_pattern(READ_ON), re.IGNORECASE)
_ROW_ONLY_FOR_RE = re.compile(word_start_pattern(ONLY_FOR), re.IGNORECASE)
# A subscription product named by a word and a plus sign ("Lesen Sie mit Z+ weiter",
# "Weiterlesen mit Tageblatt+", "Continue reading with Herald+"): the way in, as
# "subscribe" is (read only in a line that asks to read on). "C++" is no such name.
_PLUS_PRODUCT = re.compile(r"(?<![\w+])[^\W\d_][\w.-]*(?<![+])\+(?![\w+])")
_ONLY_FOR_RE = re.compile(rf"\b(?:{_ONLY_FOR})", re.IGNORECASE)
# What a line the patterns match holds in its caseless_lower (read off each pattern): a
# line holding none is passed over without the case-insensitive search ("" for any line).
_PATTERN_READ_ON_WORDS = tuple(caseless_literals(_READ_ON_RE) or ("",))
_ONLY_FOR_WORDS = caseless_literals(_ONLY_FOR_RE) or ("",)
_WAY_IN_WORDS = tuple(caseless_literals(_WAY_IN_RE) or ("",))
_WORD = re.compile(r"\w+")
_KEY_LETTERS = 4


class _RowEntries:
    """The entries of a table of the other languages' words (:data:`READ_ON`,
    :data:`WAY_IN`: literal, each as caseless_lower writes it) that a text holds, found
    without searching it for each (speed only): those starting a word by the first
    letters of the text's words, the others when it holds a letter they start with.

    A text whose caseless_lower holds a letter ``re.IGNORECASE`` matches to an entry's
    letter of another lower case (``re._casefix``: "ᲀ" to "в", "ς" to "σ") may match
    an entry it does not hold so: :meth:`may_match` lets its search run.
    """

    def __init__(self, table: dict[str, tuple[str, ...]]) -> None:
        entries = sorted({caseless_lower(entry) for row in table.values() for entry in row})
        self.by_key: dict[str, list[str]] = {}
        for entry in filter(starts_a_word, entries):  # by its first word's first letters
            self.by_key.setdefault(_WORD.findall(entry)[0][:_KEY_LETTERS], []).append(entry)
        self.anywhere = [entry for entry in entries if not starts_a_word(entry)]
        self.first_letter = re.compile(
            "[" + "".join(sorted({re.escape(entry[0]) for entry in self.anywhere})) + "]"
        )
        self.other_case = other_case_letters(entries)

    def found_in(self, lowered: str) -> list[str]:
        """The entries ``lowered`` (a text's caseless_lower) holds."""
        keys = {word[:_KEY_LETTERS] for word in _WORD.findall(lowered)}
        found = [
            entry
            for key in keys & self.by_key.keys()
            for entry in self.by_key[key]
            if entry in lowered
        ]
        if self.first_letter.search(lowered):
            found += [entry for entry in self.anywhere if entry in lowered]
        return found

    def may_match(self, lowered: str) -> bool:
        """False when the table's pattern cannot match the text ``lowered`` is of."""
        return bool(self.found_in(lowered)) or self.other_case.search(lowered) is not None


_ROW_READ_ON = _RowEntries(READ_ON)
_ROW_WAY_IN = _RowEntries(WAY_IN)
_ROW_ONLY_FOR = _RowEntries(ONLY_FOR)


def has_price(text: str) -> bool:
    """Whether a line states a price ("$235", "€ 9,99", "49 zł": a currency's sign or
    abbreviation before or after a figure).

    Parameters
    ----------
    text : str
        One line.

    Returns
    -------
    bool
    """
    return _PRICE.search(text) is not None


def _row_words_in(lowered: str) -> list[str]:
    """The entries of :data:`~analysis.clean.paywall_words.READ_ON` a text (in its
    caseless_lower) holds, found without searching it for each (speed only)."""
    return _ROW_READ_ON.found_in(lowered)


def _names_way_in(text: str, lowered: str) -> bool:
    """Whether ``text`` (``lowered``: its caseless_lower) names the way in (subscribe,
    sign in, register, member ...): each pattern searched only when the line may hold it."""
    return (
        (any(word in lowered for word in _WAY_IN_WORDS) and _WAY_IN_RE.search(text) is not None)
        or (_ROW_WAY_IN.may_match(lowered) and _ROW_WAY_IN_RE.search(text) is not None)
        or ("+" in text and _PLUS_PRODUCT.search(text) is not None)
    )


def is_paywall_prompt(line: str) -> bool:
    """True for a line that asks the reader to subscribe or sign in to read on.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        At most :data:`MAX_PROMPT_WORDS` words that ask to read on and name the way in,
        or say the story is for subscribers or members only or the free articles are
        used up (see the module doc).
    """
    return _is_prompt(line, _row_words_in(caseless_lower(line)))


def _is_prompt(line: str, row_words: Sequence[str]) -> bool:
    """:func:`is_paywall_prompt`, the rows' read-on search gated by ``row_words`` (the
    rows' entries a stretch of lines holds: a line holding none of them is not searched
    for the rows' words)."""
    text = line.strip()
    if not text or count_words(text) > MAX_PROMPT_WORDS:
        return False
    lowered = caseless_lower(text)
    if any(word in lowered for word in _ONLY_FOR_WORDS) and _ONLY_FOR_RE.search(text):
        return True
    if _ROW_ONLY_FOR.may_match(lowered) and _ROW_ONLY_FOR_RE.search(text):
        return True
    read_on = (
        any(word in lowered for word in _PATTERN_READ_ON_WORDS) and _READ_ON_RE.search(text)
    ) or (any(word in lowered for word in row_words) and _ROW_READ_ON_RE.search(text))
    return bool(read_on and _names_way_in(text, lowered))


def paywall_prompt(lines: Sequence[str], body_lines: Sequence[int]) -> str | None:
    """The paywall prompt that cuts an article's body short, as printed; None if none.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    body_lines : sequence of int
        The indices of the article's body lines, ascending.

    Returns
    -------
    str or None
        The first line after the body's last line that :func:`is_paywall_prompt`
        accepts, when no line of prose (:func:`analysis.clean.card_lines.is_prose`) comes
        between them; else the body's last line when it is such a prompt; else the
        prompt of a wall read from its shape (:func:`registration_wall`); else None.
    """
    if not body_lines:
        return None
    last = body_lines[-1]
    # the lines a prompt is looked for in: the body's last line and those after it, up
    # to the first line of prose; the read-on words they hold are found once (speed only)
    end = next((j for j in range(last + 1, len(lines)) if is_prose(lines[j].strip())), None)
    stretch = lines[last : len(lines) if end is None else end + 1]
    lowered = caseless_lower("\n".join(stretch))
    row_words = _row_words_in(lowered)
    if row_words or _may_hold_prompt(lowered):  # (most pages: no line of it can be one)
        for line in stretch:
            if _is_prompt(line, row_words):
                return line.strip()
    return registration_wall(lines, body_lines)


def _may_hold_prompt(lowered: str) -> bool:
    """False when no line of a text (``lowered``: its caseless_lower, which holds each
    line's) holding none of the rows' read-on words can be a prompt (:func:`_is_prompt`):
    it holds none of the words its other searches need (speed only)."""
    return (
        any(word in lowered for word in _ONLY_FOR_WORDS)
        or _ROW_ONLY_FOR.may_match(lowered)
        or any(word in lowered for word in _PATTERN_READ_ON_WORDS)
    )


def registration_wall(lines: Sequence[str], body_lines: Sequence[int]) -> str | None:
    """The prompt of a wall that cuts a short body, read from its shape, in any language.

    Right after the body: a "Read more" toggle (at most :data:`MAX_MORE_LINK_WORDS`
    words, its last character one of :data:`MORE_MARKS`: "Aqra aktar ▼", "Llegeix més
    »"), then a prompt (a line of at most :data:`MAX_PROMPT_WORDS` words), then the
    wall's buttons (lines of at most :data:`MAX_MORE_LINK_WORDS` words), one of them
    the prompt's own word ("Irreġistra biex taqra l-artiklu kollu." over "Idħol
    Irreġistra"; "Cofrestrwch i ddarllen ..." over "Mewngofnodi  Cofrestru": words
    sharing their first :data:`MIN_STEM_CHARS` letters or more); and a body of at most
    :data:`MAX_TEASER_WORDS` words. A toggle that opens comments or a gallery is
    followed by no such prompt and buttons; a full story is longer; a newsletter's box
    under a link to more stories is the site's prompt
    (:func:`analysis.clean.body.site_prompts.is_site_prompt`), no wall.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    body_lines : sequence of int
        The indices of the article's body lines, ascending.

    Returns
    -------
    str or None
        The prompt as printed; None when the page does not have that shape.
    """
    if not body_lines:
        return None
    after = body_lines[-1] + 1
    following = [line.strip() for line in lines[after : after + 12] if line.strip()]
    if len(following) < 3 or following[0][-1] not in MORE_MARKS:  # the cheap gate
        return None
    more, prompt, *rest = following
    if count_words(more) > MAX_MORE_LINK_WORDS or count_words(prompt) > MAX_PROMPT_WORDS:
        return None
    if is_site_prompt(prompt):  # "Subscribe to our newsletter" over "Subscribe"
        return None
    buttons: list[str] = []
    for line in rest[:3]:
        if count_words(line) > MAX_MORE_LINK_WORDS:
            break
        buttons.append(line)
    prompt_words = _stem_words(prompt)
    if not any(
        _share_stem(word, button)
        for button in _stem_words(" ".join(buttons))
        for word in prompt_words
    ):
        return None
    if sum(count_words(lines[index]) for index in body_lines) > MAX_TEASER_WORDS:
        return None
    return prompt


def _stem_words(text: str) -> list[str]:
    """The words of a line in lower case, of :data:`MIN_STEM_CHARS` letters or more."""
    words = (word.strip(_NOT_LETTERS).lower() for word in text.split())
    return [word for word in words if len(word) >= MIN_STEM_CHARS]


def _share_stem(word: str, other: str) -> bool:
    """True when two words open with the same :data:`MIN_STEM_CHARS` letters or more, at
    least two thirds of the shorter ("cofrestrwch", "cofrestru")."""
    shared = len(os.path.commonprefix((word, other)))
    return shared >= MIN_STEM_CHARS and 3 * shared >= 2 * min(len(word), len(other))


def is_paywall_box_line(line: str) -> bool:
    """True for a line of a subscription box: a prompt, or a short line that names the
    way in, states a price or is no sentence ("Already a subscriber? Log in").

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        See the module doc.
    """
    text = line.strip()
    if not text or count_words(text) > MAX_PROMPT_WORDS:
        return False
    return (
        is_paywall_prompt(text)
        or _names_way_in(text, caseless_lower(text))
        or has_price(text)
        or not is_prose(text)
    )


def without_paywall_box(lines: Sequence[str], body: Sequence[int]) -> list[int]:
    """The body's lines without the paywall prompt closing them and the box after it.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    body : sequence of int
        The body's line indices, ascending.

    Returns
    -------
    list of int
        ``body`` up to (without) its earliest prompt (:func:`is_paywall_prompt`) after
        which every body line is a box line (:func:`is_paywall_box_line`); ``body``
        itself when it ends in no prompt and box. Its first line always stays.
    """
    start = None
    for position in range(len(body) - 1, 0, -1):
        text = lines[body[position]]
        if is_paywall_prompt(text):
            start = position
        elif not is_paywall_box_line(text):
            break
    return list(body if start is None else body[:start])
