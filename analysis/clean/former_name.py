"""A paper renamed on its own domain: the former name its masthead's notice gives.

A site that changes its name keeps its address and, for a while, prints a notice beside
its new masthead: "Formerly the Example Courier" on the line under it, "The new name of
the Example Courier", or on the masthead's line itself ("Example Today, formerly the
Example Courier", "Example Today (formerly Example Courier)"). A page of the new name
that prints no URL is keyed by the new name (:func:`analysis.clean.outlet.decide_outlet`),
apart from the domain whose pages print the old one. :func:`former_name` reads the
notice; the page's key then carries both names (:func:`renamed_key`), and
:func:`file_renames` files every key of the new name where the old name is filed
(:mod:`analysis.clean.outlet_merge`): the site's pages are one outlet whichever masthead
they print. The notice must stand at the masthead, in words of renaming; a name the
story's prose mentions ("formerly the mayor of ...") is never read. Nothing here knows a
site.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from analysis.clean.domains import registered_domain
from analysis.text import opens_upper_case

#: The words that say a name was the site's before (English, French, German, Dutch,
#: Spanish and Portuguese, Italian; Estonian, Finnish, Polish, Czech, Slovak, Swedish,
#: Danish and Norwegian, Croatian / Serbian / Bosnian, Slovene, Hungarian, Romanian,
#: Lithuanian, Latvian, Turkish, Greek), each followed by the former name, with or
#: without an article. Only a notice standing at the masthead or closing a short line
#: after the new name is read (:func:`former_name`), so a word that is also a plain
#: "earlier" ("tidigare", "ranije") never reads the story's prose.
FORMERLY_WORDS = (
    r"formerly(?:\s+known\s+as)?",
    r"previously(?:\s+known\s+as)?",
    r"(?:the\s+)?new\s+name\s+(?:of|for)",
    r"anciennement",
    r"ehemals|vormals",
    r"voorheen",
    r"anteriormente",
    r"precedentemente",
    r"endine|varem",
    r"entinen|aiemmin",
    r"dawniej|wcześniej|poprzednio",
    r"dříve|dřív|predtým|predtym|bývalý|bývalá|bývalé",
    r"tidigare|tidligere|f\.d\.|fhv\.",
    r"ranije|bivši|bivša|bivše|nekadašnji|nekadašnja|nekadašnje|бивши|бивша|бивше|раније",
    r"prej|nekdanji|nekdanja|nekdanje",
    r"korábban|egykori|régi\s+nevén",
    r"fostul|fosta",
    r"anksčiau|buvęs|buvusi",
    r"agrāk|bijušais|bijusī",
    r"eski\s+adıyla|eski\s+adı|önceki\s+adıyla",
    r"πρώην|παλαιότερα",
)
_LEAD = "|".join(FORMERLY_WORDS)
# a former name: one to six words, each capitalized or a particle of a name between two
_WORD = r"[^\W\d_][\w'’&.-]*"
_FORMER = rf"(?:[Tt]he\s+)?(?P<name>{_WORD}(?:\s+{_WORD}){{0,5}})"
# the notice as a line of its own ("Formerly the X", "(formerly X)", "— previously X.")
_NOTICE_LINE = re.compile(rf"[\s(\[—–-]*(?i:{_LEAD})[:,]?\s+{_FORMER}[\s.)\]]*")
# the notice after the masthead on its line ("NEW, formerly the X", "NEW (formerly X)")
_NOTICE_AFTER = re.compile(rf"\s*(?:,|\.|\(|\[|—|–|-|\|)\s*(?i:{_LEAD})[:,]?\s+{_FORMER}[\s.)\]]*")
# what a footer's line may go on with after the closed notice: a dot-separated field
# ("© 2026 NEW (formerly X) · example.com · Privacy"), never a sentence's words
_FOOTER_TAIL = r"(?:\s*[·•|]\s*\S[^·•|]*)*\s*"
_NOTICE_FOOTER = re.compile(_NOTICE_AFTER.pattern + _FOOTER_TAIL)
#: How many lines under the masthead the notice may stand (blank lines not counted).
NOTICE_LINES = 1
#: The most words a line may have to be read as a notice elsewhere than at the masthead
#: (a footer's "© 2026 NEW, formerly the X"; longer, a sentence of the story).
NOTICE_WORDS = 16

_NAME_KEY = re.compile(r"name:\S+")
# a renamed site's key (two ``name:`` keys) or a moved site's (two registered domains)
_RENAMED_KEY = re.compile(r"(name:\S+|[^\s:]+) \(formerly (name:\S+|[^\s:]+)\)")
# a moved site's notice: its new address, a word of renaming and its former address
# ("example.com (formerly example-news.net)", "www.example.com, previously example.org")
_HOST = r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}"
_MOVED = re.compile(
    rf"(?<![\w.@-])(?:https?://)?(?P<new>{_HOST})/?\s*[(\[,—–-]?\s*(?:{_LEAD})[:,]?\s+"
    rf"(?:https?://)?(?P<old>{_HOST})(?![\w-])",
    re.IGNORECASE,
)


#: The words of a moved site's notice that give no former name but send the reader on to
#: the new address ("We've moved to example.com", "OLD redirects to NEW", "Unsere neue
#: Adresse: NEW", Turkish "NEW adresine yönlendiriliyor"): English, French, German,
#: Spanish, Portuguese, Italian, Dutch, Turkish, Polish, Indonesian and Malay, Russian,
#: Arabic, Persian.
#: Read only on a line of at most :data:`MOVE_NOTICE_WORDS` words printing an address
#: other than the page's own (:func:`former_domain`).
MOVE_WORDS = (
    r"(?:has|have|we['’]ve)\s+moved|moved\s+to|new\s+(?:web\s+)?address|redirect(?:s|ed|ing)?\s+to",
    r"a\s+déménagé|avons\s+déménagé|nouvelle\s+adresse|redirigée?s?\s+vers",
    r"umgezogen|neuen?\s+(?:Web-?|Internet)?adresse|weitergeleitet",
    r"nueva\s+dirección|nos\s+hemos\s+mudado|se\s+ha\s+mudado|nuevo\s+dominio|redirig(?:e|ido|irá)\s+a",
    r"novo\s+endereço|novo\s+domínio|redirecionad[oa]s?\s+para|mudou-se\s+para",
    r"nuovo\s+indirizzo|nuovo\s+dominio|ci\s+siamo\s+trasferiti|reindirizzat[oaie]\s+(?:a|su|verso)",
    r"nieuwe\s+(?:web)?adres|verhuisd\s+naar|doorgestuurd\s+naar",
    r"yeni\s+adres\w*|yönlendiril\w*|taşındı\w*",
    r"nowy\s+adres|nowym\s+adresem|przenieśliśmy\s+się|przekierowan\w*",
    r"alamat\s+baru|pindah\s+ke|dialihkan\s+ke",
    r"новый\s+адрес|новому\s+адресу|переехал[аио]?",
    r"(?:العنوان|عنواننا|الموقع)\s+الجديد|انتقل(?:نا)?\s+إلى",
    r"(?:نشانی|آدرس)\s+(?:جدید|تازه)|منتقل\s+(?:شد|شده|شدیم)",
)
_MOVE_WORD = re.compile("|".join(MOVE_WORDS), re.IGNORECASE)
# an address printed in a notice's sentence, never an e-mail's domain
_ADDRESS_IN_TEXT = re.compile(
    rf"(?<![\w.@/-])(?:https?://)?(?P<host>{_HOST})(?![\w-])", re.IGNORECASE
)
#: The most words of a line read as a moved site's notice in words (:data:`MOVE_WORDS`):
#: a banner's sentence or two, not a paragraph of the story.
MOVE_NOTICE_WORDS = 40


def former_name(lines: Sequence[str], line_no: int, start: int, end: int) -> str | None:
    """The site's former name, as a renaming notice beside its name gives it.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    line_no : int
        The line printing the site's name (its masthead or first cue).
    start, end : int
        The name's span in that line.

    Returns
    -------
    str or None
        The former name ("Example Courier", without its article) when the masthead's
        line goes on with a notice ("NEW, formerly the X"), the next non-blank line is
        one ("Formerly the X", "The new name of the X"), or a short line (a footer's
        notice, at most :data:`NOTICE_WORDS` words) ends with the name and one ("© 2026
        NEW, formerly the X"), or goes on after it only with fields set off by a dot or a
        bar ("© 2026 NEW (formerly X) · example.com"); None otherwise, and when the
        former name is not capitalized as a name is.
    """
    if not 0 <= line_no < len(lines) or not 0 <= start < end:
        return None
    name = lines[line_no][start:end]
    found = _NOTICE_AFTER.fullmatch(lines[line_no][end:])
    if found is None:
        below = [text for text in lines[line_no + 1 :] if text.strip()][:NOTICE_LINES]
        found = next((m for text in below if (m := _NOTICE_LINE.fullmatch(text))), None)
    if found is None:
        short = (text for text in lines if name in text and len(text.split()) <= NOTICE_WORDS)
        after = (text[text.index(name) + len(name) :] for text in short)
        found = next((m for text in after if (m := _NOTICE_FOOTER.fullmatch(text))), None)
    if found is None:
        return None
    former = found.group("name").rstrip(".")
    words = former.split()
    if not opens_upper_case(words[0]) or not opens_upper_case(words[-1]):
        return None
    return former


def former_domain(lines: Sequence[str], domain: str) -> str | None:
    """The other address of a site that moved domain, as its notice gives both.

    A paper that moves to a new address prints, for a while, both in its footer
    ("harlowbay.com (formerly hbnews.net)"), and its pages stay at both (archived copies of
    the old one, links never updated). When a short line (at most :data:`NOTICE_WORDS`
    words: a footer, not the story's prose) prints an address, a word of renaming
    (:data:`FORMERLY_WORDS`) and another address, and the page's own registered domain is
    one of the two, the other is the site's too (:func:`moved_key`). A banner saying so
    in words (:data:`MOVE_WORDS`, a line of at most :data:`MOVE_NOTICE_WORDS` words: "We've
    moved to NEW", "OLD redirects to NEW") ties the page's domain to the one other
    address it prints, or the two it prints when the page's is one of them (the later
    printed taken as the new).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    domain : str
        The registered domain of the page's URL.

    Returns
    -------
    str or None
        ``"NEW (formerly OLD)"``, the two registered domains, when the page's domain is
        one of them; None otherwise.

    Examples
    --------
    >>> former_domain(["© 2026 Bay Post · baypost.com (formerly bpnews.net)"], "bpnews.net")
    'baypost.com (formerly bpnews.net)'
    >>> former_domain(["We've moved! Find us at www.baypost.com"], "bpnews.net")
    'baypost.com (formerly bpnews.net)'
    """
    # both notices print an address, and an address holds a dot (:data:`_HOST`): a line
    # without one is passed before its words are counted or a pattern is tried on it
    lines = [text for text in lines if "." in text]
    for text in lines:
        if len(text.split()) > NOTICE_WORDS or (found := _MOVED.search(text)) is None:
            continue
        new, old = registered_domain(found["new"]), registered_domain(found["old"])
        if new and old and new != old and domain in (new, old):
            return f"{new} (formerly {old})"
    for text in lines:
        if len(text.split()) > MOVE_NOTICE_WORDS or not _MOVE_WORD.search(text):
            continue
        printed = [registered_domain(found["host"]) for found in _ADDRESS_IN_TEXT.finditer(text)]
        hosts = list(dict.fromkeys(host for host in printed if host))
        if len(hosts) == 1 and hosts[0] != domain:
            return f"{hosts[0]} (formerly {domain})"  # "We've moved to NEW" at the old one
        if len(hosts) == 2 and domain in hosts:
            return f"{hosts[1]} (formerly {hosts[0]})"  # "OLD ... NEW", the later the new
    return None


def renamed_key(key: str, former_key: str) -> str:
    """The key of a page whose site was renamed: its own and its former name's.

    Parameters
    ----------
    key : str
        ``name:`` + the compact form of the name the page prints.
    former_key : str
        ``name:`` + the compact form of the former name its notice gives.

    Returns
    -------
    str
        ``"name:NEW (formerly name:OLD)"``; ``key`` itself when the two are one.

    Examples
    --------
    >>> renamed_key("name:exampletoday", "name:examplecourier")
    'name:exampletoday (formerly name:examplecourier)'
    """
    if former_key == key or not _NAME_KEY.fullmatch(former_key) or not _NAME_KEY.fullmatch(key):
        return key
    return f"{key} (formerly {former_key})"


def file_renames(pairs: Mapping[tuple[str, str], int]) -> dict[str, str]:
    """Where each key of a renamed site is filed: under its former name's key.

    Parameters
    ----------
    pairs : mapping
        ``(outlet key, printed name)`` -> its count (:mod:`analysis.clean.outlet_merge`).

    Returns
    -------
    dict of str to str
        Every :func:`renamed_key` -> its former name's key, and the new name's own
        ``name:`` key (the site's pages printing no notice) -> the same key, when the
        new name has one former name only; so for a moved site's keys
        (:func:`former_domain`: its new domain's pages -> its old domain's); empty when no
        page gives a notice.
    """
    formers: dict[str, set[str]] = {}
    for key, _ in pairs:
        if (found := _RENAMED_KEY.fullmatch(key)) is not None:
            formers.setdefault(found.group(1), set()).add(found.group(2))
    moves: dict[str, str] = {}
    keys = Counter(key for key, _ in pairs)
    for key in keys:
        if (found := _RENAMED_KEY.fullmatch(key)) is not None:
            new, old = found.groups()
            target = old if len(formers[new]) == 1 else new
            moves[key] = target
            if len(formers[new]) == 1 and new in keys:
                moves[new] = target
    return moves
