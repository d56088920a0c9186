"""Where a name line stands on its page: over the story's header, opening a menu, in one.

:func:`heads_the_story` whether the first masthead-like line stands over the story's
header (a masthead printed once); :func:`opens_menu` whether a name line opens the site's
menu; :func:`printed_as_section` whether a title's site is printed as a menu's section;
:func:`trail_steps` a breadcrumb's steps; :func:`between_copied_menus` and
:func:`is_one_line_menu` the menus a copy prints around the story. Nothing here knows a site.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from analysis.clean.contents_list import starts_contents
from analysis.clean.header_lines import (
    MIN_MENU_ENTRIES,
    find_byline,
    is_label_like,
    is_menu_line,
    is_meta_line,
    menu_items,
    spaced_menu_items,
)
from analysis.clean.html_logo import HOME_WORDS
from analysis.clean.interface_words import (
    INTERFACE_WORDS,
    is_button_row,
    is_control_line,
    is_interface_label,
    names_a_control,
)
from analysis.clean.masthead_lines import masthead_name
from analysis.clean.scraper_header import front_matter_end
from analysis.clean.site_name_shapes import CHROME_LINE_WORDS, DOMAIN
from analysis.text import BULLET_MARKS, LETTER_RUN, bullet_end, count_words, is_list_item


def printed_as_section(
    lines: Sequence[str], name: str, headline_lines: Sequence[int], title_line: int | None = None
) -> bool:
    """Whether the page prints ``name``, a title's part beside its headline, as a
    section's: a label right beside the headline's own line (the nearest line with text
    above or below it: "Headline | Editorial" over "Editorial" / "Headline"), a line of
    its own only as a menu's entry ("Headline | World" over a menu "  • World"), or an
    entry after the first of a menu or breadcrumb printed on one line ("Home | World |
    Sport", "Home > World": :func:`~analysis.clean.header_lines.menu_items`).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    name : str
        The title's part that is not the headline.
    headline_lines : sequence of int
        The lines printing the headline.
    title_line : int or None
        The line printing the title itself, which none of the tests reads.

    Returns
    -------
    bool
        True when one of the tests says so.
    """
    if any(lines[k].strip() == name for i in headline_lines for k in _neighbours(lines, i)):
        return True
    shown = [i for i, line in enumerate(lines) if i != title_line and _entry_text(line) == name]
    if shown and all(_is_menu_entry(lines, i) for i in shown):
        return True
    return any(name in menu_items(line)[1:] for i, line in enumerate(lines) if i != title_line)


def _entry_text(line: str) -> str:
    """A line's text without its bullet and with its whitespace collapsed."""
    return " ".join(line[bullet_end(line) :].split())


def _is_menu_entry(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` is an entry of a menu: a list item ("  • World"), or a
    line printed right between two menu lines (:func:`_is_menu_line`, no blank line
    between: "Home", "World", "Sport" one a line). A site's masthead above its menu,
    set off by a blank line or opening the page, is none."""
    if is_list_item(lines[index]):
        return True
    return 0 < index < len(lines) - 1 and all(
        _is_menu_line(lines[k]) for k in (index - 1, index + 1)
    )


def _is_menu_line(line: str) -> bool:
    """A list item, or a short label line ("Home", "About us", "Log in":
    :func:`~analysis.clean.header_lines.is_label_like`)."""
    return is_list_item(line) or is_label_like(line)


def opens_menu(lines: Sequence[str], index: int, with_tagline: bool = True) -> bool:
    """Whether the nearest line with text below line ``index`` starts the site's menu, as
    a site's masthead is printed over its menu (a byline, a section's label or a short
    headline is printed over the story).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line (a top line that is only a name).
    with_tagline : bool
        Whether a tagline may stand between the name and the menu; False for a name whose
        case does not mark it (:func:`analysis.clean.masthead_lines.plain_masthead`: a
        control's label in another language, "Перейти к контенту", over "Поиск:" over the
        menu's list).

    Returns
    -------
    bool
        False for a line inside the menus: a menu's entry (:func:`_is_menu_entry`) or a
        line below a list item (the site's masthead tops its menus). Else True for a menu
        printed on one line, its entries between spaced separators
        (:func:`~analysis.clean.header_lines.is_menu_line`) or set apart by two spaces or
        more, and for :data:`~analysis.clean.header_lines.MIN_MENU_ENTRIES` list items in
        a row; with at least that many entries, each a short label without a digit
        (:func:`~analysis.clean.header_lines.is_label_like`: "• Breitbart News 55", a
        feed's count, is none), and no address in the line (a search result's
        "https://example.com › news" under its source is none). The menu may follow a
        tagline ("Example Notes" / "Commentary on policy" / "Home  About  Contact", one
        line right after the other): at most
        :data:`analysis.clean.site_name_shapes.CHROME_LINE_WORDS` words, not shaped as a
        name (:func:`analysis.clean.masthead_lines.masthead_name`), no list item, byline
        or date (:func:`~analysis.clean.header_lines.is_meta_line`) or address.
    """
    fenced = front_matter_end(lines)  # (a clipper's front matter lists its tags)
    above = lines[fenced + 1 if fenced is not None and fenced < index else 0 : index]
    if _is_menu_entry(lines, index) or any(map(is_list_item, above)):
        return False  # a heading inside the menus ("Sections", "Editions" over a list)
    below = _next_text(lines, index)
    if below is None or _starts_menu(lines, below):
        return below is not None
    if not with_tagline or below != index + 1 or index + 2 >= len(lines):
        return False
    tagline = lines[below]  # a blog's tagline right between its name and its menu
    return not (
        count_words(tagline) > CHROME_LINE_WORDS
        or masthead_name(tagline)  # a name or a label ("Politics" / "Politics"), no tagline
        or is_list_item(tagline)
        or is_meta_line(tagline)
        or DOMAIN.search(tagline)
    ) and _starts_menu(lines, index + 2)


#: The most label lines between a masthead printed once and the headline (a section, a
#: column's name, a breadcrumb trail: "Example Ledger" / "OPINION" / "COLUMN" / headline),
#: as many as the header's lines above its title
#: (:data:`analysis.clean.page_metadata.HEADER_LINES_ABOVE_TITLE`). Not tuned.
MAX_LABEL_LINES = 3


#: The most words of a headline (:data:`analysis.clean.headline.TITLE_MAX_WORDS`).
HEADLINE_MAX_WORDS = 25


#: The most lines with text between the headline and the story's first line of text,
#: byline or date (a standfirst, an author's name and role: "NAME" / "Agriculture
#: correspondent" / date). Not tuned.
MAX_LINES_TO_STORY = 3


def heads_the_story(
    lines: Sequence[str],
    index: int,
    stacked: bool = False,
    menu: bool = False,
    marked: bool = False,
) -> bool:
    """Whether a top line that is only a name stands over the story's header, as a
    masthead printed once does: nothing but site chrome above it
    (:func:`_is_chrome_above`: a menu, a breadcrumb trail, a control, a cookie notice);
    below it at most :data:`MAX_LABEL_LINES` lines of the header (:func:`_is_header_line`:
    short labels, a menu or breadcrumb trail, the day's date or the edition's: "OPINION |
    EDITORIAL", "Northern Edition | Tuesday 3 November 2026"), then a line shaped as a
    headline (:func:`_is_headline`), then within :data:`MAX_LINES_TO_STORY` more lines the
    story's first line of text (more than
    :data:`analysis.clean.site_name_shapes.CHROME_LINE_WORDS` words), its byline or its
    date ("Example Ledger" / "Opinion" / "Ferry fares will rise next spring" / "By NAME"),
    no control between ("Log In": the line taken for the headline is a menu's).

    A name of one word is one only over the site's breadcrumb trail when the trail does
    not name it (:func:`_over_own_trail`: "Austurfréttir" / "Forsíða / Innlent"): a
    section's label stands under the trail or is its last step.

    A headline, a kicker over it, an author's name over the writer's employer ("Jane
    Roe" / "Example Wire" / the text), a name under the headline (a share button, an
    author), a menu's heading (a list item below it) or a menu printed one entry a line
    is none.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line (a top line that is only a name,
        :func:`analysis.clean.masthead_lines.masthead_name` or
        :func:`analysis.clean.masthead_lines.plain_masthead`).
    stacked : bool
        Whether the name must stand over another line of the header (a section's label,
        the day's date) rather than right over the headline: as a name whose case does not
        mark it as a name must (:func:`analysis.clean.masthead_lines.plain_masthead`),
        since a section's label ("Habari za Kitaifa", "地域") stands right over a headline
        too.
    menu : bool
        Whether a menu printed one entry a line right under the name (more than
        :data:`MAX_LABEL_LINES` entries, an interface word among them: "Home",
        "Contact") counts as one line of the header (:func:`_menu_run`); else each
        entry is a label line.
    marked : bool
        With ``stacked``: the name holds a newspaper's word
        (:func:`analysis.clean.newspaper_words.names_a_newspaper`), so it may stand right
        over the headline.

    Returns
    -------
    bool
        False for a name holding an interface word
        (:data:`analysis.clean.interface_words.INTERFACE_WORDS`), and unless ``stacked``
        for a name of one word (as often a section's label: "Opinion", "World",
        "Lakesidebladet" over "LEDARE"; a name written without spaces, "南方時報", is one run
        of letters whatever its length) but over a breadcrumb trail that does not name it.
    """
    words = [word.lower() for word in LETTER_RUN.findall(lines[index])]
    if (len(words) < 2 and not stacked and not _over_own_trail(lines, index)) or names_a_control(
        words
    ):
        return False  # (a control's or a feature's name: "Reading List", "Download the App")
    if not all(_is_chrome_above(line) for line in lines[:index] if LETTER_RUN.search(line)):
        return False
    entries = _menu_run(lines, index + 1) if menu else range(0)  # one line of the header
    below = [
        line
        for k, line in enumerate(lines[index + 1 :], index + 1)
        if LETTER_RUN.search(line) and k not in entries
    ]
    header = 0
    short = False  # the header's last line is a headline as short as a label
    while header < len(below) and header <= MAX_LABEL_LINES and _is_header_line(below[header]):
        if short := _short_headline_last(below, header):
            break
        header += 1
    if header > MAX_LABEL_LINES or header == len(below):
        return False
    if short or _short_headline_last(below, header):
        header -= 1  # the headline; the story's text, byline or date under it
    elif not _is_headline(below[header]):
        return False
    if stacked and not marked and header == 0:
        return False  # (stacked: right over the headline, as a section's label is)
    for line in below[header + 1 : header + 2 + MAX_LINES_TO_STORY]:
        if _opens_story(line):
            return True
        if is_control_line(line):
            return False  # the site's controls under a line of its menu ("Log In")
    return False


def _menu_run(lines: Sequence[str], start: int) -> range:
    """The lines of a menu printed one entry a line from line ``start`` on (blank lines
    above it aside), but its first, which stands for the whole menu as one line of the
    header: more than :data:`MAX_LABEL_LINES` lines in a row (no blank line between),
    each a short label or a list item (:func:`_is_menu_line`), one at least holding an
    interface word ("Home", "Contact": a site's menu, not a story's stack of labels).
    An empty range for none."""
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = start
    while end < len(lines) and lines[end].strip() and _is_menu_line(lines[end]):
        end += 1
    entries = lines[start:end]
    if len(entries) <= MAX_LABEL_LINES or not any(
        INTERFACE_WORDS.intersection(word.lower() for word in LETTER_RUN.findall(entry))
        for entry in entries
    ):
        return range(0)
    return range(start + 1, end)


#: The fewest words of a headline as short as a label ("Tide gauges go digital"): an
#: employer's or a section's name under an author's name is fewer ("Example Wire").
SHORT_HEADLINE_WORDS = 3


def _short_headline_last(below: Sequence[str], header: int) -> bool:
    """Whether the last of the ``header`` lines read as the story's header is its
    headline, as short as a label: the line after them opens the story (its text, its
    byline or date, :func:`_opens_story`) and that last line, after another label
    ("Science" / "Tide gauges go digital" / the text), has :data:`SHORT_HEADLINE_WORDS`
    words or more and no name's shape
    (:func:`analysis.clean.masthead_lines.masthead_name`); or, with no label above it,
    when the line after it is a byline (:func:`~analysis.clean.header_lines.find_byline`:
    "Vidzemes Balss" / "Cēsīs atjaunos vēsturisko ūdenstorni" / "Autors: Jānis Ozols"): a
    section's label has no byline under it. A date line between that last line and the
    story's text is the story's date under its headline ("Fenland Courier" / "Bridge
    reopens after repairs" / "4 December 2026" / the text), as a byline is."""
    if header >= len(below) or not _opens_story(below[header]):
        return False
    if header < 2 and not (header == 1 and find_byline(below[header].strip())):
        return False
    last = below[header - 1]
    if header >= 2 and is_meta_line(last) and find_byline(last.strip()) is None:
        last = below[header - 2]  # the headline over its date line
    return (
        count_words(last) >= SHORT_HEADLINE_WORDS
        and not masthead_name(last)
        and not is_meta_line(last)
        and not is_menu_line(last)
    )


def _is_header_line(line: str) -> bool:
    """A line of a story's header above its headline: a short label (:func:`_is_label`),
    a breadcrumb trail ending in the headline cut short ("Home > News > Eastgate to get
    second rail..."), or a date line that is no byline (the day's or the edition's date
    under the masthead: "Tuesday 3rd November 2026", "Hermosillo | 03/11/26"); never a
    byline ("Autors: Jānis Ozols" is short as a label, and stands under the headline)."""
    return (
        (_is_label(line) and find_byline(line.strip()) is None)
        or len(_TRAIL_STEP.findall(line)) >= 2
        or bool(trail_steps(line))
        or (is_meta_line(line) and find_byline(line.strip()) is None)
    )


# A step of a breadcrumb trail: "Home > News", "News » Transport", "News / Rail", the
# full-width mark of Chinese and Japanese pages ("ホーム ＞ 地域").
_TRAIL_STEP = re.compile(r"\s[>»›/＞]\s")


# What no step of a trail holds: a digit, closing punctuation.
_NOT_IN_STEP = re.compile(r"\d|[.!?:,;]$")


def trail_steps(line: str) -> list[str]:
    """The steps of a short breadcrumb trail printed on one line, two at least ("Forsíða
    / Innlent", "ニュース > 滋賀", "ទំព័រដើម › សង្គម"): each a short label
    (:func:`~analysis.clean.header_lines.is_label_like`) or one token of at most 40
    characters (a word of a script written without spaces, whose characters the word
    count reads as words), without a digit or closing punctuation.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    list of str
        The steps, stripped; ``[]`` for a line that is no such trail (one step, a
        headline's words, a date).
    """
    if not _TRAIL_STEP.search(line):
        return []
    steps = [step.strip() for step in _TRAIL_STEP.split(line.strip())]
    if all(
        step
        and not _NOT_IN_STEP.search(step)
        and (is_label_like(step) or (len(step.split()) == 1 and len(step) <= 40))
        for step in steps
    ):
        return steps
    return []


def _over_own_trail(lines: Sequence[str], index: int) -> bool:
    """Whether the nearest line with text below line ``index`` is a breadcrumb trail
    (:func:`trail_steps`) none of whose steps is that line's text: the site's name over
    its trail ("Austurfréttir" / "Forsíða / Innlent"), not a section's label over the
    trail that ends in it ("Innlent" / "Forsíða / Innlent")."""
    below = _next_text(lines, index)
    if below is None:
        return False
    name = lines[index].strip().casefold()
    steps = trail_steps(lines[below])
    return bool(steps) and all(step.casefold() != name for step in steps)


def _is_label(line: str) -> bool:
    """A short label of a story's header: a section, a kicker, a breadcrumb trail
    ("OPINION | EDITORIAL", "Home > News"), not a list item."""
    return not is_list_item(line) and (is_label_like(line) or is_menu_line(line))


def _is_headline(line: str) -> bool:
    """A line shaped as a headline, not as a label, a list item, a byline or date, or a
    sentence: no name's shape (:func:`analysis.clean.masthead_lines.masthead_name`), no
    short label's (:func:`~analysis.clean.header_lines.is_label_like`: "Special for
    Example Wire", a writer's credit), at most :data:`HEADLINE_MAX_WORDS` words, no full
    stop at its end (a short first paragraph: "All it took was two seconds.")."""
    return not (
        masthead_name(line)
        or is_label_like(line)
        or is_list_item(line)
        or is_meta_line(line)
        or _FULL_STOP_END.search(line)
        or count_words(line) > HEADLINE_MAX_WORDS
    )


# A full stop closing a line, before closing quotes or brackets ('... "Rocket Man."').
_FULL_STOP_END = re.compile(r"\.[\"'”’»)\]]*\s*$")


def _opens_story(line: str) -> bool:
    """A line of prose (more than
    :data:`analysis.clean.site_name_shapes.CHROME_LINE_WORDS` words) or a byline or date:
    what follows a headline."""
    return count_words(line) > CHROME_LINE_WORDS or is_meta_line(line)


def _is_chrome_above(line: str) -> bool:
    """A line a page may print above its masthead: a short label ("Skip to content", "We
    value your privacy"), a menu or breadcrumb trail, a control, a cookie notice."""
    return (
        is_label_like(line)
        or is_menu_line(line)
        or bool(spaced_menu_items(line))
        or is_control_line(line)
        or is_cookie_notice(line)
    )


# The word for cookies: "cookie(s)" (English and the languages that borrowed it, "файлы
# cookie", "Cookie を"), and the languages' own words: Arabic "ملفات تعريف الارتباط" and
# "الكوكيز", Persian "کوکی", Hindi "कुकी(ज़)", Bengali "কুকি", Turkish "çerez", Russian and
# Ukrainian "куки", Korean "쿠키", Japanese "クッキー", Thai "คุกกี้".
_COOKIE = re.compile(
    r"\bcookies?\b|ملفات\s+تعريف\s+الارتباط|الكوكيز|کوکی|कुकी|কুকি|\bçerez|\bкуки\b"
    r"|쿠키|クッキー|คุกกี้",
    re.IGNORECASE,
)


def consent_button_lines(lines: Sequence[str]) -> frozenset[int]:
    """The lines that are a cookie notice's buttons, which a text dump glued into one
    ("ZustimmenEinstellungen", "ПонятноПодробнее", "Accept allManage choices"): the first
    non-blank line after a cookie notice (:func:`is_cookie_notice`) when it is a row of
    buttons glued into one (:func:`~analysis.clean.interface_words.is_button_row`: a few
    words only, a word in lower case running into a capital with no space). Such a line
    is a control, never the masthead the page prints under it.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    frozenset of int
        The lines' numbers.
    """
    found = []
    after_notice = False
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        if after_notice and is_button_row(line, spaced=False):
            found.append(number)
        after_notice = is_cookie_notice(line)
    return frozenset(found)


def is_cookie_notice(line: str) -> bool:
    """Whether a line is a cookie notice a page may print above its masthead ("We use
    cookies to improve your experience. Accept all"): it names cookies.

    Parameters
    ----------
    line : str
        A line of the page.

    Returns
    -------
    bool
    """
    return bool(_COOKIE.search(line))


def between_copied_menus(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` stands right between two bulleted lists (no blank line
    between) and the list below it opens as the page's first list opens: the site's
    menu printed again from its start, as a page's header is printed twice (a sticky or
    a mobile copy), with the site's name between the two copies ("• Daily Deals" /
    "Example Cities" / "• Home", "• News", "• Sport" as the page's first menu). A
    heading inside one menu ("AFC Teams" over its teams) or over a footer's copy of a
    section's list ("Opinion" over "• Editorials", "• Columns") is none.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line (a line that is only a name, :func:`analysis.clean.masthead_lines.masthead_name`).

    Returns
    -------
    bool
        True when the :data:`~analysis.clean.header_lines.MIN_MENU_ENTRIES` list items
        below the line are a menu (:func:`_starts_menu`) whose entries are those of the
        page's first list items, in order.
    """
    if not 0 < index < len(lines) - 1 or is_list_item(lines[index]):
        return False
    if is_interface_label(lines[index]):
        return False  # a control between the two ("Menu", "Search"), no name
    if not (is_list_item(lines[index - 1]) and _starts_menu(lines, index + 1)):
        return False
    below = lines[index + 1 : index + 1 + MIN_MENU_ENTRIES]
    first = next((k for k in range(index) if is_list_item(lines[k])), index)
    opening = lines[first : first + MIN_MENU_ENTRIES]
    return first + len(below) < index and all(
        is_list_item(line) and is_list_item(top) and _entry_text(line) == _entry_text(top)
        for line, top in zip(below, opening, strict=True)
    )


def lines_between_copied_menus(lines: Sequence[str]) -> list[int]:
    """The lines that stand between two copies of the site's menu
    (:func:`between_copied_menus`), found from where the page prints its first bulleted
    line again (one search of the page, then ``list.index``: no line read in Python).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    list of int
        Line indices, in page order.
    """
    found = _BULLET_LINE.search("\n".join(lines))
    if found is None:
        return []
    copy = found.string.count("\n", 0, found.start())  # the first bulleted line
    first, between = lines[copy], []
    while True:
        try:
            copy = lines.index(first, copy + 1)
        except ValueError:
            return between
        if between_copied_menus(lines, copy - 1):
            between.append(copy - 1)


# A line opening with a bullet (a menu's entry), found in the joined page.
_BULLET_LINE = re.compile(rf"^[ \t]*[{re.escape(BULLET_MARKS)}][ \t]", re.MULTILINE)


def _next_text(lines: Sequence[str], index: int) -> int | None:
    """The nearest line with text below line ``index``, or None."""
    return next((k for k in range(index + 1, len(lines)) if lines[k].strip()), None)


def is_one_line_menu(line: str) -> bool:
    """Whether ``line`` is a site's whole menu printed on one line ("Home | News |
    Sport", "Local  Sport  Opinion  Subscribe"), as :func:`opens_menu` reads one: at
    least :data:`~analysis.clean.header_lines.MIN_MENU_ENTRIES` short labels.

    Parameters
    ----------
    line : str
        A line of the page.

    Returns
    -------
    bool
        False for a list item (a menu printed one entry a line: that entry alone is
        no menu) and for a line holding an address.
    """
    return not is_list_item(line) and _starts_menu([line], 0)


def _starts_menu(lines: Sequence[str], index: int) -> bool:
    """Whether a site's menu starts on line ``index`` (as :func:`opens_menu` reads one)."""
    if DOMAIN.search(lines[index]):
        return False
    if starts_contents(lines, index):  # an e-book's sections, numbered under a heading
        return True
    if is_list_item(lines[index]):
        run = list(itertools.takewhile(is_list_item, lines[index : index + MIN_MENU_ENTRIES]))
        entries = [_entry_text(line) for line in run]
    elif _entry_text(lines[index]).casefold() in HOME_WORDS:
        # a menu printed one entry a line, opening with the home page's ("首页" / "本地"
        # / "财经", "صفحہ اول" / "پاکستان" / "کراچی": a browser's copy): its entries in a
        # row, no blank line between
        run = itertools.takewhile(str.strip, lines[index : index + MIN_MENU_ENTRIES])
        entries = [_entry_text(line) for line in run]
    elif is_menu_line(lines[index]):
        entries = menu_items(lines[index])
    else:
        return bool(spaced_menu_items(lines[index]))
    return len(entries) >= MIN_MENU_ENTRIES and all(map(is_label_like, entries))


def _neighbours(lines: Sequence[str], index: int) -> list[int]:
    """The nearest lines with text above and below line ``index``."""
    above = next((k for k in range(index - 1, -1, -1) if lines[k].strip()), None)
    below = next((k for k in range(index + 1, len(lines)) if lines[k].strip()), None)
    return [k for k in (above, below) if k is not None]
