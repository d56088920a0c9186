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

The prompt is recognized by its vocabulary, in English, French, German, Spanish,
Portuguese and Italian, not by a site's wording (no tuned value):

- it asks to read on ("continue reading", "keep reading", "read the full story", "read
  the rest", "unlock this article") and names the way in (subscribe, subscriber, sign
  in, log in, register, member, premium, free account); or
- it says the story is for subscribers or members only (a "members-only meeting" in
  a sentence does not), or that the reader's free articles are used up;

and it is a prompt, not a paragraph: at most :data:`MAX_PROMPT_WORDS` words.

The prompt often opens a box: an offer ("$1 for the first 4 weeks", "Start your free
trial"), a way in for subscribers ("Already a subscriber? Log in"). When the body the
page's reading gives ends in such a box, the prompt and the box are no part of the story
(:func:`without_paywall_box`): a box line is short (at most :data:`MAX_PROMPT_WORDS`
words) and is a prompt, names the way in, states a price, or is no sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.card_lines import is_prose
from analysis.clean.line_gates import caseless_literals
from analysis.text import caseless_lower, count_words

#: Most words of a paywall prompt line (a prompt, not a paragraph quoting one); set
#: a priori, not tuned: prompts are one or two short sentences.
MAX_PROMPT_WORDS = 30

_WAY_IN = (
    r"subscri(?:be|bed|ber|bers|bing|ption)|sign(?:ing)?[- ]?in|log(?:ging)?[- ]?in|"
    r"register|registration|members?|membership|premium|free account|"
    # French, German, Spanish, Portuguese, Italian: subscribe, subscription, register
    r"abonn\w*|abos?|suscr[ií]\w*|assin(?:e|ar|ante|antes|atura)|abbona\w*|abbonati|"
    r"registr(?:ieren|ierung|arse|ate|ati|e-se)|anmelden|inscri(?:vez|bete|ba-se)\w*|"
    # Polish, Swedish, Finnish: subscription, subscriber; a trial as the way in
    r"subskryp\w*|prenumer\w*|tilaa\w*|free trial"
)
_READ_ON = (
    r"continue reading|keep reading|continue to read|read on\b|"
    r"read (?:the |this )?(?:full|rest|whole|entire|complete|remainder)|"
    r"read (?:the )?(?:full )?(?:article|story|piece) in full|"
    r"unlock (?:this|the full|the rest|full)|"
    r"(?:full|unlimited) access to (?:this|the)|unlimited (?:digital )?access\b|"
    r"lire la suite|continuer (?:à|a) lire|poursuivre (?:votre |la )?lecture|"
    r"weiterlesen|lesen sie weiter|"
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
    r"(?:exclusiv[oa]s?|reservad[oa]s?|s[oó]lo|apenas|restrit[oa]s?) (?:para|a) "
    r"(?:nuestros |nossos |os )?(?:suscriptores|assinantes)|"
    r"(?:riservat[oa]|esclusiv[oa]|solo) (?:agli |ai |per gli |per i )?abbonati|"
    # Dutch, Polish, Swedish, Danish and Norwegian, Finnish: for subscribers only
    r"(?:alleen|enkel|exclusief) (?:beschikbaar )?voor abonnees|"
    r"(?:tylko|wyłącznie) dla (?:subskrybentów|prenumeratorów)|"
    r"(?:endast|bara|låst) för prenumeranter|kun for abonnent(?:er|ar)|vain tilaajille"
)
# A price in an offer: "$1", "€ 9,99", "1.500 $", "49 zł", "99 kr".
_PRICE = re.compile(r"[$€£¥₹₩]\s?\d|\d\s?(?:[$€£]|zł\b|kr\b)")
_WAY_IN_RE = re.compile(rf"\b(?:{_WAY_IN})\b", re.IGNORECASE)
_READ_ON_RE = re.compile(rf"\b(?:{_READ_ON})", re.IGNORECASE)
_ONLY_FOR_RE = re.compile(rf"\b(?:{_ONLY_FOR})", re.IGNORECASE)
# What a line the patterns match holds in its caseless_lower (read off each pattern): a
# line holding none is passed over without the case-insensitive search ("" for any line).
_READ_ON_WORDS = caseless_literals(_READ_ON_RE) or ("",)
_ONLY_FOR_WORDS = caseless_literals(_ONLY_FOR_RE) or ("",)


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
    text = line.strip()
    if not text or count_words(text) > MAX_PROMPT_WORDS:
        return False
    lowered = caseless_lower(text)
    if any(word in lowered for word in _ONLY_FOR_WORDS) and _ONLY_FOR_RE.search(text):
        return True
    return bool(
        any(word in lowered for word in _READ_ON_WORDS)
        and _READ_ON_RE.search(text)
        and _WAY_IN_RE.search(text)
    )


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
        between them; else the body's last line when it is such a prompt; else None.
    """
    if not body_lines:
        return None
    last = body_lines[-1]
    if is_paywall_prompt(lines[last]):
        return lines[last].strip()
    for line in lines[last + 1 :]:
        if is_paywall_prompt(line):
            return line.strip()
        if is_prose(line.strip()):
            return None
    return None


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
        or _WAY_IN_RE.search(text) is not None
        or _PRICE.search(text) is not None
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
