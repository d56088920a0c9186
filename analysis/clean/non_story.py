"""Pages that hold no story: a bot check, an error page, a consent wall, a login form.

A crawl saves what the server sent, and servers often send no story: a bot check
("Just a moment...", "Are you a robot?", a captcha), an error page ("404 - Page not
found", with the most-read headlines under it), a cookie or consent wall ("We and our
842 partners store and/or access information on a device ..."), a login form. Cleaned
as an article, each became a fake article of 17 to 80 words filed under the site: an
outlet row of its own in the reports, or a real outlet's median length pulled down
(review finding h102 N1).

:func:`non_story_reason` says which, from the page's would-be article alone: the
article is short (at most :data:`~analysis.clean.card_teaser.MAX_TEASER_WORDS` words,
a teaser's most: a story's body is longer) and has no byline and no date (a story
prints one of them; the caller asks only then), and its title or body says what the
page is:

- a bot check: the phrases of the checks sites put in front of their pages (captcha,
  "are you a robot", "verify you are human", "checking your browser", "Ray ID", "enable
  JavaScript and cookies to continue");
- an error page: an HTTP error status (4xx, 5xx) next to an error word in the title
  or the body's first line, a heading of at most :data:`ERROR_HEADING_MAX_WORDS`
  words, or a sentence saying the page was not found, in the languages
  :mod:`analysis.clean.paywall` reads;
- a consent wall: a consent platform's statement ("we and our 842 partners") or a
  cookie notice asking to accept or consent;
- a login page: an HTML page with a password field whose title is a label of at most
  :data:`LOGIN_TITLE_MAX_WORDS` words ("Log in", "Umellen");
- a board of headlines (:func:`headline_board`, at any length): no line of the body is
  prose, two headlines or more are printed each over a line of its facts (a link
  aggregator's front page saved as text: its headlines' stories are elsewhere).

No tuned value: the phrases are the checks' and platforms' own wording, the word count
the card rule's. The caller drops such an article; ``skipped.csv`` names the page with
the reason.
"""

from __future__ import annotations

import re

from analysis.clean.card_blocks import MIN_CARDS
from analysis.clean.card_lines import LineKinds
from analysis.clean.card_teaser import MAX_TEASER_WORDS
from analysis.text import count_words

__all__ = [
    "HEADLINES_ONLY",
    "LOGIN_TITLE_MAX_WORDS",
    "headline_board",
    "headlines_only",
    "is_script_notice",
    "non_story_reason",
]

#: Most words of a line naming an HTTP error ("Error 404: Page not found").
ERROR_HEADING_MAX_WORDS = 12
#: Most words of a login page's title ("Log in", "Sign in to your account").
LOGIN_TITLE_MAX_WORDS = 5

BOT_CHECK = "a bot check (captcha)?"
ERROR_PAGE = "an error page (not found)?"
CONSENT_WALL = "a cookie or consent wall?"
LOGIN_PAGE = "a login page?"
#: A page of headlines without a text under them (:func:`headlines_only`): an
#: aggregator's "Publisher / Headline / 2 hours ago" cards without teasers, whose cards
#: are read only over a text of their own.
HEADLINES_ONLY = "headlines only? (no line of its text reads as prose)"

_BOT_CHECK = re.compile(
    r"\bcaptcha\b|are you (?:a )?(?:robot|human)\b|"
    r"(?:verify|confirm|prove) (?:that )?you(?:'re| are) (?:a )?human|"
    r"checking (?:if the site connection is secure|your browser)|"
    r"needs to review the security of your connection|"
    r"enable javascript and cookies to continue|"
    r"unusual traffic from your (?:computer )?network|"
    r"\bray id\b|^just a moment\.*$|press (?:&|and) hold",
    re.IGNORECASE | re.MULTILINE,
)
# An HTTP error status standing alone, a word for error or not found beside it.
_ERROR_STATUS = re.compile(r"(?<![\w.,/-])(?:40[0-9]|41[0-8]|451|50[0-9])(?![\w.,%/-])")
_ERROR_WORD = re.compile(
    r"\b(?:error|not found|fehler|nicht gefunden|erreur|introuvable|errore|non trovat[ao]|"
    r"erro|não encontrad[ao]|no encontrad[ao]|página|page|seite|pagina)\b",
    re.IGNORECASE,
)
# A sentence saying the page is not there (English, French, German, Spanish,
# Portuguese, Italian: the paywall vocabulary's languages).
_PAGE_MISSING = re.compile(
    r"\b(?:page|página|pagina|seite)\b[^.!?\n]{0,40}?"
    r"(?:not (?:be )?found|could ?n[o']t be found|no longer exists?|does ?n[o']t exist|"
    r"no existe|n'existe (?:pas|plus)|existiert nicht|nicht gefunden|non esiste|não existe|"
    r"introuvable|no encontrada|não encontrada|non trovata)|"
    r"(?:could ?n[o']t|can ?n[o']t|can't|were unable to) find (?:that|the|this) page|"
    r"\bpage (?:you|that you) (?:were|are|was) looking for\b",
    re.IGNORECASE,
)
_CONSENT_PARTNERS = re.compile(
    r"\b(?:we|wir|nous|nosotros|noi|nós)\b[^.\n]{0,25}?\b\d{2,4}\s+"
    r"(?:partners|partner|partenaires|socios|parceiros|partners commerciali)\b",
    re.IGNORECASE,
)
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
# What a page whose story a script renders shows when the script does not run: "You
# need to enable JavaScript to run this app.", "JavaScript is required", "Please turn on
# JavaScript" (and the same in German, French, Spanish, Italian, Portuguese, Dutch).
_SCRIPT_REQUIRED = re.compile(
    r"\b(?:enable|turn on|activate|allow|aktivieren Sie|activez|activer|habilita|habilitar|"
    r"activa|activar|attiva|attivare|ative|ativar|schakel|aktivera|aktivere)\s+(?:(?:the|das|le|el|il|o)\s+)?"
    r"javascript\b|"
    r"\bjavascript\s+(?:is\s+)?(?:required|disabled|(?:must|needs to) be enabled|"
    r"is (?:turned )?off|aktivieren|ist deaktiviert|est désactivé|está desactivado|"
    r"è disattivato|está desativado|inschakelen)|"
    r"\brequires?\s+javascript\b",
    re.IGNORECASE,
)
_CONSENT_WORD = re.compile(
    r"\b(?:consent\w*|accept\w*|einwillig\w*|zustimm\w*|akzeptier\w*|consentement|"
    r"accepter|consentimiento|aceptar|consentimento|aceitar|consenso|accetta\w*)\b",
    re.IGNORECASE,
)


def non_story_reason(title: str | None, body: str, login_form: bool = False) -> str | None:
    """Why a page's would-be article is no story, or None (see the module doc).

    Parameters
    ----------
    title : str or None
        The article's title (the page's or its markup's).
    body : str
        The article's body text. Asked only of an article with no byline and no date.
    login_form : bool, optional
        The page's HTML holds a password field.

    Returns
    -------
    str or None
        :data:`HEADLINES_ONLY` for a board of headlines (:func:`headline_board`),
        whatever its length;
        :data:`BOT_CHECK`, :data:`ERROR_PAGE`, :data:`CONSENT_WALL` or
        :data:`LOGIN_PAGE`; None for a body longer than a teaser or a page none fits.
    """
    if headline_board(body):
        return HEADLINES_ONLY
    if count_words(body) > MAX_TEASER_WORDS:
        return None
    title = title or ""
    if _BOT_CHECK.search(title) or _BOT_CHECK.search(body):
        return BOT_CHECK
    heads = (title, body.lstrip().split("\n", 1)[0])
    if any(_is_error_heading(head) for head in heads) or _PAGE_MISSING.search(f"{title}\n{body}"):
        return ERROR_PAGE
    if _CONSENT_PARTNERS.search(body) or (_COOKIE.search(body) and _CONSENT_WORD.search(body)):
        return CONSENT_WALL
    if login_form and 0 < count_words(title) <= LOGIN_TITLE_MAX_WORDS:
        return LOGIN_PAGE
    return None


def headlines_only(text: str) -> bool:
    """Whether no line of ``text`` is prose and :data:`~analysis.clean.card_blocks.MIN_CARDS`
    distinct lines or more are headline-shaped (kind ``title``:
    :func:`~analysis.clean.card_lines.line_kind`; a copyright notice is no prose).

    Parameters
    ----------
    text : str
        A page's text, or a would-be article's body.

    Returns
    -------
    bool
        True for a board of headlines with no story's text (a link aggregator's "▲ 41
        Headline (site)" / "via user 4 hours ago" lines): no article.
    """
    lines = text.split("\n")
    kinds = LineKinds(lines)
    if any(kinds.known(i) == "prose" for i in range(len(lines))):
        return False
    return len({line.strip() for i, line in enumerate(lines) if kinds[i] == "title"}) >= MIN_CARDS


def headline_board(text: str) -> bool:
    """Whether ``text`` is a board of headlines (:func:`headlines_only`) each over a line
    of its own facts (kind ``meta``: its poster, age and comment count), as a link
    aggregator prints them; a list of items without a sentence (a race calendar's
    stages, "Stage 1: 10 March – Interlagos") prints no such lines.

    Parameters
    ----------
    text : str
        A would-be article's body.

    Returns
    -------
    bool
        True for :data:`~analysis.clean.card_blocks.MIN_CARDS` headlines or more each
        right over a meta line, in a text without prose.
    """
    if not headlines_only(text):
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    kinds = LineKinds(lines)
    over_meta = sum(kinds[i] == "title" and kinds[i + 1] == "meta" for i in range(len(lines) - 1))
    return over_meta >= MIN_CARDS


def is_script_notice(body: str) -> bool:
    """A would-be article that is only the notice a script-rendered page shows in place of
    its story ("You need to enable JavaScript to run this app.").

    Parameters
    ----------
    body : str
        The article's body text.

    Returns
    -------
    bool
        True for a body of at most a teaser's words
        (:data:`~analysis.clean.card_teaser.MAX_TEASER_WORDS`) that asks for JavaScript;
        a story about JavaScript is longer.
    """
    return 0 < count_words(body) <= MAX_TEASER_WORDS and _SCRIPT_REQUIRED.search(body) is not None


def _is_error_heading(line: str) -> bool:
    """A short line naming an HTTP error: "Error 404: Page not found", "404 - Not Found"
    (at most :data:`ERROR_HEADING_MAX_WORDS` words; a paragraph's "400 people" and
    "margin of error" are no error page)."""
    return (
        count_words(line) <= ERROR_HEADING_MAX_WORDS
        and _ERROR_STATUS.search(line) is not None
        and _ERROR_WORD.search(line) is not None
    )
