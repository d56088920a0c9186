"""The site name an HTML page's ``<title>`` prints beside its headline (stage: clean).

An HTML page's ``<title>`` names the site beside the headline ("Snow plows get GPS
trackers - Glenhollow Daily", "Local News | Brackenridge Weekly Advocate"). When no
naming cue of the page names its site (:mod:`analysis.clean.site_name`; a logo that is
an image, no site-name tag), the part that is no headline names the site if the page's
text prints it too, at a line's start (the masthead "GLENHOLLOW DAILY", the footer
"Glenhollow Daily, 18 Main St."), shaped as a name
(:func:`~analysis.clean.masthead_lines.masthead_name`) of at least :data:`MIN_WORDS`
words, no interface word, none of its words written in lower case elsewhere on the
page (a section's words are ordinary words: "City Works" over a story about the city's
works). A title of three parts, the headline at one end and a section's label in the
middle ("Headline - Travel - Site"), names the site at its far end though the page never
prints it (:func:`sectioned_title_site`); a title that is only the site's name, which
the headline's heading prints as its own part ("Site | Headline"), names the site too
(:func:`headed_title_site`), and so does one written "Site: Headline" over a heading
printing only the headline (:func:`prefixed_title_site`). A part in a script without
case ("東ヶ丘タイムス") or in sentence case ("Дала үні — Headline") is the site when the
page's first line prints it whole, as a logo. A title of two parts, one the story's
headline, names the site with the other though the page never prints it (a text dump's
title line does the same, :func:`~analysis.clean.site_phrases.title_line_site`), when
that part reads as a name of :data:`MIN_WORDS` words or more that the page does not
print as a section's label; on a page that does not print the headline either (a
summary of the story's text alone), when a line of the text names the site, or when no
line does and none prints it as a section's (the <title> the summary's only header). No
tuned value.

A text dump's masthead printed once over the headline is read by the naming cues
(:func:`~analysis.clean.masthead_context.heads_the_story`).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.clean.domains import registered_domain
from analysis.clean.header_lines import is_label_like
from analysis.clean.interface_words import INTERFACE_WORDS
from analysis.clean.masthead_context import printed_as_section
from analysis.clean.masthead_lines import masthead_name, plain_masthead
from analysis.clean.name_domain import name_matches_domain
from analysis.clean.site_name import SiteName
from analysis.clean.title_separators import SECTION_WORDS, caseless_title_name
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import LETTER_RUN, count_name_words, is_upper_case

#: The fewest words of a site's name read off a title (one word is as often a section's
#: label: "Politics", "Nyheter").
MIN_WORDS = 2


def printed_title_site(
    lines: Sequence[str], parts: Sequence[str], headline: str | None, url: str | None = None
) -> SiteName | None:
    """The site name an HTML page's ``<title>`` prints beside another part, which the
    page's text prints at a line's start.

    Parameters
    ----------
    lines : sequence of str
        The page's rendered lines.
    parts : sequence of str
        The ``<title>``'s parts (:func:`analysis.clean.html_page.title_parts`).
    headline : str or None
        The article's title, which no part naming the site is.
    url : str or None
        The page's URL (canonical, ``og:url`` or a scraper's header), if any: a part the
        page never prints names the site only when it names the URL's domain.

    Returns
    -------
    SiteName or None
        The last part, else the first, of a title of two parts or more that is shaped
        as a name (:func:`~analysis.clean.masthead_lines.masthead_name`) of at least
        :data:`MIN_WORDS` words, is not the headline, and that a line of the page opens
        with (case aside), none of its words written in lower case elsewhere; the span is
        that line's, the name as the title writes it; a part whose case does not mark it
        as a name (a script without case, sentence case:
        :func:`~analysis.clean.masthead_lines.plain_masthead`) when the page's first line
        with text is that part. None otherwise.
    """
    if len(parts) < 2:
        return None
    folded = [line.strip().casefold() for line in lines]
    for part in (parts[-1], parts[0]):
        if headline and part.casefold() == headline.strip().casefold():
            continue
        found = masthead_name(part)
        if found is None:  # a script without case or sentence case ("Дала үні")
            if named := _caseless_masthead(lines, part):
                return named
            continue
        name = found[0]
        key = name.casefold()
        at = next((i for i, line in enumerate(folded) if line.startswith(key)), None)
        if at is None:
            continue
        rest = folded[at][len(key) : len(key) + 1]
        if rest.isalnum():  # "Portside Records" is no "Portside Record"
            continue
        if not _is_own_name(name, "\n".join(lines[:at] + lines[at + 1 :])):
            continue
        start = len(lines[at]) - len(lines[at].lstrip())
        return SiteName(name, "page", at, start, start + len(name))
    return _unprinted_title_site(lines, parts, headline, url)


def _unprinted_title_site(
    lines: Sequence[str], parts: Sequence[str], headline: str | None, url: str | None
) -> SiteName | None:
    """The part of a ``<title>`` of two parts beside its headline ("Headline | Site",
    "Headline – Site") that the page never prints, as a text dump's title line names the
    site (:func:`~analysis.clean.site_phrases.title_line_site`): shaped as a name
    (:func:`~analysis.clean.masthead_lines.masthead_name` or
    :func:`~analysis.clean.masthead_lines.plain_masthead`) read as a site's
    (:func:`_is_own_name`; a name without case has no word to test), and not printed
    as a section's label (beside the headline, in a menu:
    :func:`~analysis.clean.masthead_context.printed_as_section`). Its span is the headline's
    line's start, where the page shows its title. A page whose ``url`` is at a domain
    the part does not name keeps the URL's site (the URL decides an outlet's identity;
    a name the page never prints is no evidence that it is another site's copy)."""
    if len(parts) != 2 or not headline:
        return None
    flat = " ".join(headline.split())
    folded = flat.casefold()
    pair = next(((a, b) for a, b in (parts, parts[::-1]) if _heads(flat, a, b)), None)
    if pair is None:
        return None
    near, far = pair
    domain = registered_domain(url) if url else None
    if domain is not None and not name_matches_domain(far, domain, word_starts=True):
        return None
    found = masthead_name(far) or plain_masthead(far)
    if found is None or found[0] != far:
        return None
    text = "\n".join(lines)
    if masthead_name(far) is not None and not _is_own_name(far, text):
        return None
    words = LETTER_RUN.findall(far)
    if any(word.lower() in INTERFACE_WORDS for word in words):
        return None
    if len(words) < MIN_WORDS and not caseless_title_name(far):  # "北浜新報": one run
        return None
    printed = [
        i
        for i, line in enumerate(lines)
        if " ".join(line.split()).casefold() in (folded, near.casefold())
    ]
    if not printed:
        # a summary of the story's text alone (readability-lxml's ``summary()`` saved
        # under its ``title()``): the headline only in the <title>, the site named there
        # and in a line of the text ("Watch Example TV news at 7", review h427)
        printed = [i for i, line in enumerate(lines) if _names_within(line, far)]
        if not printed and lines and not printed_as_section(lines, far, []):
            # nor in a line of it: the <title> is the page's only header, the site
            # named there alone (a summary's text carries no masthead, no menu, no
            # footer; review h438's held-out shape): the name's tests above decide
            return SiteName(far, "page", 0, 0, 0)
    if not printed or printed_as_section(lines, far, printed):
        return None
    return SiteName(far, "page", printed[0], 0, 0)


def _names_within(line: str, name: str) -> bool:
    """Whether ``line`` writes ``name`` as the title does (case kept), not inside a
    longer word."""
    found = line.find(name)
    while found >= 0:
        end = found + len(name)
        if not (found and LETTER_RUN.match(line, found - 1, found)) and not (
            end < len(line) and LETTER_RUN.match(line, end, end + 1)
        ):
            return True
        found = line.find(name, found + 1)
    return False


def _heads(headline: str, near: str, far: str) -> bool:
    """Whether the title's part ``near`` is the story's ``headline`` (case aside) beside
    its part ``far``: the headline itself, after a kicker in capitals its heading prints
    first ("WILLAKUY Headline"), or the whole ``<title>`` the headline was read from
    ("Headline | Site", its site part ``far``)."""
    folded, part, other = headline.casefold(), near.casefold(), far.casefold()
    whole = len(folded) > len(part) + len(other) and folded.startswith(part)
    if folded == part or (whole and folded.endswith(other)):
        return other != folded
    kicker = headline[: len(headline) - len(near)]
    return (
        folded.endswith(" " + part)
        and is_upper_case(kicker)
        and count_name_words(kicker) <= KICKER_WORDS
    )


#: The most words of a kicker printed before the headline in its heading.
KICKER_WORDS = 3


def sectioned_title_site(parts: Sequence[str], headline: str | None) -> str | None:
    """The site name a story's ``<title>`` prints at its far end from the headline, a
    section's label between: "Headline - Travel - Example Courier", "Site | 新闻 |
    Headline" (a CMS's "headline, section, site" pattern). The page need not print it:
    with a part between, the far end is no section's label (that part is).

    Parameters
    ----------
    parts : sequence of str
        The ``<title>``'s parts (:func:`analysis.clean.html_page.title_parts`).
    headline : str or None
        The story's headline as the markup gives it (``og:title``, ``<h1>``).

    Returns
    -------
    str or None
        The far part of a title of three parts whose first or last is the headline
        (case aside), whose middle is a label of at most :data:`SECTION_WORDS` words
        (:func:`~analysis.text.count_name_words`) and whose far part is shaped as a name
        (:func:`~analysis.clean.masthead_lines.masthead_name`, or
        :func:`~analysis.clean.masthead_lines.plain_masthead` in a script without case)
        of no interface word and is not the label; None otherwise.
    """
    if len(parts) != 3 or not headline or count_name_words(parts[1]) > SECTION_WORDS:
        return None
    folded = headline.strip().casefold()
    for near, far in ((parts[0], parts[2]), (parts[2], parts[0])):
        if near.casefold() != folded or far.casefold() in (folded, parts[1].casefold()):
            continue
        found = masthead_name(far) or plain_masthead(far)
        if found is None or found[0] != far:
            continue
        if any(word.lower() in INTERFACE_WORDS for word in LETTER_RUN.findall(far)):
            continue
        return far
    return None


def headed_title_site(parts: Sequence[str], headed: Sequence[str]) -> str | None:
    """The ``<title>`` as the site's name when it is only that name and the headline's
    heading prints it as a part of its own beside the story's headline: ``<title>Y Cymro
    Digidol</title>`` over ``<h1>Y Cymro Digidol | Cau ffordd ...</h1>``.

    Parameters
    ----------
    parts : sequence of str
        The ``<title>``'s parts (:func:`analysis.clean.html_page.title_parts`).
    headed : sequence of str
        The headline as the markup gives it (the ``<h1>``'s text, separators kept), cut
        at the same separators.

    Returns
    -------
    str or None
        The title of one part when the headline has two parts or more, the first or
        the last of them the title (case aside), shaped as a name
        (:func:`~analysis.clean.masthead_lines.masthead_name`, or
        :func:`~analysis.clean.masthead_lines.plain_masthead` in a script without case) of
        no interface word; None otherwise.
    """
    if len(parts) != 1:
        return None
    title = parts[0]
    if len(headed) < 2 or title.casefold() not in (headed[0].casefold(), headed[-1].casefold()):
        return None
    found = masthead_name(title) or plain_masthead(title)
    if found is None or found[0] != title:
        return None
    if any(word.lower() in INTERFACE_WORDS for word in LETTER_RUN.findall(title)):
        return None
    return title


def prefixed_title_site(title: str | None, headings: Sequence[str]) -> tuple[str, str] | None:
    """The site's name and the headline of a title written "Site: Headline" ("Quarry Hill
    Voice: Allotments in demand"), when a heading of the page prints the headline alone
    and none prints the part before the colon (a kicker printed as a heading of its own,
    "Brexit" over "Talks resume", is no site).

    Parameters
    ----------
    title : str or None
        The title read for the page (``og:title`` or ``<title>``).
    headings : sequence of str
        The texts of the page's headings, spaces collapsed.

    Returns
    -------
    tuple of (str, str) or None
        (site, headline): the part before the first ": " when it is shaped as a name of
        at least :data:`MIN_WORDS` words (:func:`~analysis.clean.masthead_lines.masthead_name`,
        no interface word); None otherwise.
    """
    site, colon, headline = (title or "").partition(": ")
    site, headline = site.strip(), headline.strip()
    if not colon or not headline or headline not in headings or site in headings:
        return None
    found = masthead_name(site)
    if found is None or found[0] != site or count_name_words(site) < MIN_WORDS:
        return None
    if any(word.lower() in INTERFACE_WORDS for word in LETTER_RUN.findall(site)):
        return None
    return site, headline


def _caseless_masthead(lines: Sequence[str], part: str) -> SiteName | None:
    """A ``<title>``'s part in a script without case ("東ヶ丘タイムス", "جريدة النخيل") or in
    sentence case ("Дала үні") as the site's name: the page's first line with text prints
    it whole, as a logo over the story does; its case cannot tell a name from a section's
    label, its place can."""
    if plain_masthead(part) is None:
        return None
    at = next((i for i, line in enumerate(lines) if line.strip()), None)
    if at is None or lines[at].strip() != part:
        return None
    start = lines[at].index(part)
    return SiteName(part, "page", at, start, start + len(part))


#: The lines a listing's masthead may stand under: a skip link for keyboard users, the
#: page's first link, rendered alone (one line; not tuned).
SKIP_LINK_LINES = 1


def listing_title_site(lines: Sequence[str], parts: Sequence[str]) -> SiteName | None:
    """The site name an HTML listing page's ``<title>`` gives as its first line prints
    it: a home or section page titled with the site's name ("Fenwick Street Notes",
    "Local News | Fenwick Street Notes") over the name as its masthead. A listing has no
    headline the title could be; the same tests as :func:`printed_title_site` (a name of
    at least :data:`MIN_WORDS` words, no interface word, none of its words written in
    lower case elsewhere on the page; but here the title and the first line agreeing, a
    name needs only one word the page never writes in lower case, "Fenwick" of
    "Fenwick Street Notes" over stories about the street), the line being the page's
    first with text, or the one under a skip link printed alone (:data:`SKIP_LINK_LINES`).

    Parameters
    ----------
    lines : sequence of str
        The listing's lines as its HTML renders them.
    parts : sequence of str
        Its ``<title>`` cut at its separators (``title_parts``).

    Returns
    -------
    SiteName or None
        The last part, else the first, that the page's first line with text is (case
        aside), with that line's span; None otherwise.
    """
    if not parts:
        return None
    texts = [i for i, line in enumerate(lines) if line.strip()][: SKIP_LINK_LINES + 1]
    for n, at in enumerate(texts):
        top = lines[at].strip()
        for part in dict.fromkeys((parts[-1], parts[0])):
            found = masthead_name(part)
            if found is None or found[0].casefold() != top.casefold():
                continue
            if _is_own_name(found[0], "\n".join(lines[at + 1 :]), proper_words=1):
                start = len(lines[at]) - len(lines[at].lstrip())
                return SiteName(found[0], "page", at, start, start + len(top))
        # a skip link over the masthead ("Skip to content", "Langsung ke konten": a lone
        # short label, a blank line under it) is stepped over; any other line ends the
        # search
        if n >= SKIP_LINK_LINES or not _is_lone_label(lines, at):
            break
    return None


def _is_lone_label(lines: Sequence[str], at: int) -> bool:
    """Line ``at`` is a short label (:func:`~analysis.clean.header_lines.is_label_like`)
    with a blank line (or nothing) under it: a page's skip link rendered alone."""
    return is_label_like(lines[at]) and (at + 1 >= len(lines) or not lines[at + 1].strip())


def _is_own_name(name: str, text: str, proper_words: int | None = None) -> bool:
    """Whether ``name`` reads as a site's name on a page whose other text is ``text``:
    :data:`MIN_WORDS` words or more, no interface word, none of its words (function
    words aside) written in lower case in ``text``; with ``proper_words``, at least that
    many of them not so written."""
    words = LETTER_RUN.findall(name)
    if len(words) < MIN_WORDS or any(word.lower() in INTERFACE_WORDS for word in words):
        return False  # one word; a menu's items ("Home News Sport Opinion")
    proper = [
        word
        for word in words
        if not ((lower := word.lower()) == word or lower in FUNCTION_WORDS)
        and not _written_lower(text, lower)
    ]
    named = [word for word in words if word.lower() != word and word.lower() not in FUNCTION_WORDS]
    return len(proper) >= (len(named) if proper_words is None else proper_words)


def _written_lower(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` (in lower case) as a whole letter run: its
    occurrences found by ``str.find``, not every run of a long page listed."""
    found = text.find(word)
    while found >= 0:
        end = found + len(word)
        if not (found and LETTER_RUN.match(text, found - 1, found)) and not (
            end < len(text) and LETTER_RUN.match(text, end, end + 1)
        ):
            return True
        found = text.find(word, found + 1)
    return False


def is_title_headline(name: str, parts: Sequence[str], headline: str | None) -> bool:
    """Whether a name a page's text opens with is the story's headline, not the site's:
    the markup's headline (``og:title``) and a part of a ``<title>`` of two parts or more
    printed beside another ("県立高校の統合案 北浜地区で説明会" of "県立高校の統合案
    北浜地区で説明会｜北浜新報": an HTML page rendered without its logo opens with its
    ``<h1>``, and a headline in a script without case reads as a masthead; review h330).

    Parameters
    ----------
    name : str
        The site name the page's text gives.
    parts : sequence of str
        The ``<title>``'s parts (:func:`analysis.clean.html_page.title_parts`).
    headline : str or None
        The story's headline in the markup.

    Returns
    -------
    bool
        True when ``name`` is that headline (case, spaces and marks aside) and the title
        holds another part, unless it reads as a site's name in a script without case
        (:func:`~analysis.clean.title_separators.caseless_title_name`: "ちゅうぶ日報" of a
        listing's "地域のニュース｜ちゅうぶ日報", where trafilatura takes the logo's
        ``<h1>`` for the headline).

    Examples
    --------
    >>> parts = ("Ferry fares rise", "Harbour Daily")
    >>> is_title_headline("Ferry fares rise", parts, "Ferry fares rise")
    True
    >>> is_title_headline("Harbour Daily", ("Harbour Daily",), "Harbour Daily")
    False
    """
    from analysis.clean.name_forms import compact_name

    key = compact_name(name)
    keys = [compact_name(part) for part in parts]
    return bool(
        key
        and headline
        and not caseless_title_name(name)
        and compact_name(headline) == key
        and key in keys
        and any(other and other != key for other in keys)
    )
