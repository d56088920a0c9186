"""Candidate site names of a page (stage: page text -> candidates with their evidence).

The first step of :func:`analysis.clean.site_name.page_site_name`: every phrase a
naming cue, a masthead, a copyright notice or a domain gives (read line by line in
:mod:`analysis.clean.site_phrases`) is pooled into one :class:`Candidate` per compact
key ("The Example" and "Example" are one), with flags saying which kinds of evidence
named it. :mod:`analysis.clean.site_features` turns the candidates into features;
:mod:`analysis.clean.site_name` chooses one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.clean.account_links import left_of_account_links
from analysis.clean.dateline import dateline_credit
from analysis.clean.edition_masthead import edition_masthead
from analysis.clean.header_lines import (
    BYLINE_MAX_WORDS,
    find_byline,
    is_meta_line,
    is_role_line,
    menu_items,
    spaced_menu_items,
)
from analysis.clean.interface_words import is_control_line, is_skip_link
from analysis.clean.long_masthead import long_masthead
from analysis.clean.masthead_context import heads_the_story, lines_between_copied_menus, opens_menu
from analysis.clean.masthead_lines import (
    capitals_mark_joined_name,
    caseless_masthead,
    is_doubled,
    is_joined_name,
    masthead_name,
    nameplate_name,
    plain_masthead,
    running_head_name,
)
from analysis.clean.name_forms import compact_name, unaccented
from analysis.clean.newspaper_words import is_newspaper_run, names_a_newspaper
from analysis.clean.reader_credit import reader_view_credit
from analysis.clean.scraper_header import front_matter_end, header_lines
from analysis.clean.section_masthead import section_masthead
from analysis.clean.site_name_shapes import CHROME_LINE_WORDS, DOMAIN, MAX_NAME_WORDS
from analysis.clean.site_phrases import (
    label_line_credit,
    line_phrases,
    page_gates,
    title_line_site,
    trim_phrase,
)
from analysis.clean.tagline_masthead import tagline_masthead
from analysis.clean.title_case_headline import is_title_case_headline
from analysis.clean.two_script_masthead import two_script_masthead
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import (
    LineMemo,
    count_name_words,
    count_words,
    is_lower_case,
    is_upper_case,
    remembered_across_pages,
)
from analysis.text.lines import bullet_end, is_bullet, is_list_item

#: How many lines from the top of the page a masthead line is looked for in.
MASTHEAD_LINES = 12

#: A line of more than this many words is prose: a cue or credit in it names what the
#: text is about ("a reporter for X", "the founder of X", "More from X"), not the site.
#: On article bodies whose outlet is known (``benchmarks/corpus_outlets.py``) such
#: names were most of the wrong outlets; on the dev pages no right name needs a cue in
#: a line longer than 36 words (an author's bio); the benchmark prints the sweep and its
#: cross-validation by site.
PROSE_LINE_WORDS = 40

_CALENDAR = re.compile(
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?"
    r"|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday"
    r"|hourly|daily|weekly|monthly|yearly|annual"  # how often: "Daily Newsletter", "Weekly"
)


@dataclass
class Candidate:
    """One candidate site name: the forms it is written in and what named it."""

    forms: dict[str, int] = field(default_factory=dict)  # name as written -> count
    cues: int = 0
    masthead: bool = False
    # a masthead written twice (logo text + site title), or the site of the page's title
    # line ("Headline | Site", the headline printed again below: ``title_line_site``)
    doubled: bool = False
    over_menu: bool = False  # a masthead printed over the site's menu (``opens_menu``)
    # the page's first masthead line (no control's label), over the story's header
    # (``heads_the_story``): a masthead printed once at the top
    top: bool = False
    copyright: bool = False
    is_domain: bool = False
    linked: bool = False  # a domain seen only in links to pages (``x.com/path``)
    emailed: bool = False  # the domain of an e-mail address
    address: bool = False  # the host of a line that is only a page's URL
    chrome_cue: bool = False  # a cue in a short line (site chrome, not prose)
    credited: bool = False  # a credit names it ("Source: X", "reporter for X")
    republished: int = 0  # credits to where the text was published before (of ``cues``)
    prefix: bool = False
    first: tuple[int, int, int] | None = None  # line, start, end
    last_notice: tuple[int, int, int] | None = None  # its last copyright notice's holder
    # lines where it is a domain written in a sentence (a line of prose, not chrome)
    prose_domain_lines: set[int] = field(default_factory=set)
    chrome_domain: bool = False  # written as a domain in site chrome (a short line)
    # its name, accents aside, is the first label of a domain or an e-mail's domain the
    # page writes ("Hafnarfjarðarpósturinn" and "jon@hafnarfjardarposturinn.example")
    addressed: bool = False
    # another short line opens with it before a dash or a bar and more words, as a
    # footer or a tagline signs a site ("Example – the valley's newsletter")
    signed: bool = False

    def add(self, form: str, where: tuple[int, int, int]) -> None:
        """Count one more sighting of the candidate written as ``form``.

        Parameters
        ----------
        form : str
            The phrase as the page writes it.
        where : tuple of int
            (line, start, end) of the sighting; the earliest is kept as ``first``.
        """
        self.forms[form] = self.forms.get(form, 0) + 1
        if self.first is None or where < self.first:
            self.first = where


def is_copyright_only(candidate: Candidate) -> bool:
    """True for a candidate only a copyright notice names (no cue, no masthead), unless
    the holder is a domain (the site's own address).

    Parameters
    ----------
    candidate : Candidate
        A candidate of :func:`collect_candidates`.

    Returns
    -------
    bool
        True when a copyright flag is its only naming evidence.
    """
    return candidate.copyright and not (candidate.cues or candidate.masthead or candidate.is_domain)


def only_republished(candidate: Candidate) -> bool:
    """True for a candidate that only credits of republication name ("Originally
    published on X", "first published by X"; :mod:`analysis.clean.site_phrases`, kind
    ``republished``): no other cue, no masthead or title-line site, no copyright notice,
    no domain of its own agrees with them.

    A page that prints another publication's story credits the original, so such a
    credit alone says where the text came from, not which site shows it (the site's own
    name is then in its masthead, its title line or its footer, or nowhere); when another
    cue of the page names X too, the page is X's own ("Originally published on X" under
    X's masthead, or above X's notice).

    Parameters
    ----------
    candidate : Candidate
        A candidate of :func:`collect_candidates`.

    Returns
    -------
    bool
        False for a candidate with no such credit.
    """
    return (
        candidate.republished > 0
        and candidate.cues <= candidate.republished
        and not (candidate.masthead or candidate.copyright or candidate.is_domain)
    )


def republished_sources(candidates: dict[str, Candidate], lines: Sequence[str] = ()) -> set[str]:
    """Keys of the names a republication credit names ("Originally published by X")
    on a page whose own site is another name that both tops it (a masthead line) and
    holds its copyright notice, or on a page that says it republishes the story ("... and
    is republished here under a Creative Commons licence", "reprinted with permission":
    :data:`REPUBLISHED_HERE`, a nonprofit's story a station or paper runs, its own logo
    an image): the story's first publisher, not the site that shows it.

    An aggregator's page saved as text prints the publisher it reposts in its provider
    slot, in "More from X" and in the credit, and its own name on its top line and in
    its notice; X's own page that credits an earlier printing of its story ("Originally
    published on X" under X's masthead, or above X's notice) names no other site so,
    and X's masthead or notice keeps X its site whatever its republish box says.

    Parameters
    ----------
    candidates : dict of str to Candidate
        The page's candidates by key.
    lines : sequence of str
        The page's lines (searched for :data:`REPUBLISHED_HERE`).

    Returns
    -------
    set of str
        Keys of ``candidates``; empty when no other name is both a masthead line of the
        page and its copyright holder and the page says no republication.
    """
    credited = {k for k, c in candidates.items() if c.republished and not c.copyright}
    own = [k for k, c in candidates.items() if c.masthead and c.copyright and k not in credited]
    if own:
        return credited
    if any(REPUBLISHED_HERE.search(line) for line in lines):
        return {k for k in credited if not candidates[k].masthead}
    return set()


#: A page's word that it runs a story published first elsewhere: "republished here",
#: "is republished under / with", "reprinted with permission" (English).
REPUBLISHED_HERE = re.compile(
    r"\b(?:re-?published|reprinted)\s+(?:here\b|(?:here\s+)?(?:under|with)\s)", re.I
)


def earlier_holders(candidates: dict[str, Candidate]) -> list[str]:
    """Keys of the copyright holders whose every notice comes before another holder's
    notice, in page order: the page's own notice closes the page (its footer), a
    notice above it closes a story (an agency's story a site runs, with the agency's
    notice under it: "Copyright 2026 The Example Press" over "© 2026 Harbour Daily").

    Parameters
    ----------
    candidates : dict of str to Candidate
        The page's candidates by key.

    Returns
    -------
    list of str
        Empty when the page has fewer than two holders.
    """
    notices = _notices(candidates)
    if not notices:
        return []
    closing = max(notices.values())
    return sorted((k for k, where in notices.items() if where[0] < closing[0]), key=notices.get)


def closing_holder(lines: Sequence[str]) -> str | None:
    """The holder of the copyright notice that closes the page (its own footer's).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    str or None
        The holder as the page writes it (:func:`written_form`); None when the page
        prints no notice.
    """
    candidates = collect_candidates(lines)
    notices = _notices(candidates)
    if not notices:
        return None
    return written_form(candidates[max(notices, key=notices.__getitem__)])


def _notices(candidates: dict[str, Candidate]) -> dict[str, tuple[int, int, int]]:
    """Each copyright holder's key -> where its last notice is."""
    return {k: c.last_notice for k, c in candidates.items() if c.last_notice is not None}


def story_credits(candidates: dict[str, Candidate], lines: Sequence[str] | None = None) -> set[str]:
    """Keys of the holders the page credits with its story, not its own site: an
    :func:`earlier_holders` holder that a credit names too ("By NAME, X", "Source: X"
    and X's notice under the story: the writer's agency, whose copy the site runs), or
    that a wire dateline of ``lines`` credits by its name or its initials ("HARBOURTOWN
    (CWA) —" and "© 2026 Coastal Wire Agency" under the story, another holder's notice
    closing the page); never a holder a masthead of the page opens with
    (:func:`_opens_a_masthead`: a station's call letters, its group's notice closing the
    page).

    Parameters
    ----------
    candidates : dict of str to Candidate
        The page's candidates by key.
    lines : sequence of str, optional
        The page's lines, read for wire datelines; None: credits alone count.

    Returns
    -------
    set of str
        Keys of ``candidates``.
    """
    earlier = earlier_holders(candidates)
    datelined = _dateline_credits(lines) if earlier and lines is not None else set()
    mastheads = [written_form(c).casefold().split() for c in candidates.values() if c.masthead]
    return {
        k
        for k in earlier
        if (
            candidates[k].credited
            or any(_credited_forms(form) & datelined for form in candidates[k].forms)
        )
        and not _opens_a_masthead(candidates[k], mastheads)
    }


def _opens_a_masthead(candidate: Candidate, mastheads: list[list[str]]) -> bool:
    """Whether a masthead of the page opens with the holder's words: a broadcaster's call
    letters ("KVTX" of the masthead "KVTX 8 News") in its own datelines ("CORPUS CHRISTI,
    Texas (KVTX) -") and in the notice under its story, the station's group's notice
    closing the page. An agency's copy a site runs carries no masthead of the agency's
    name, so the holder is the site's own, not the story's source."""
    words = written_form(candidate).casefold().split()
    return any(words and masthead[: len(words)] == words for masthead in mastheads)


def _dateline_credits(lines: Sequence[str]) -> set[str]:
    """The compact names the wire datelines opening lines of the page credit ("ap")."""
    return {compact_name(name) for name in map(dateline_credit, lines) if name}


def wire_agencies(candidates: dict[str, Candidate], lines: Sequence[str]) -> set[str]:
    """Keys of the copyright holders a wire dateline or a byline of the page credits with
    its story ("WASHINGTON (AP) —" or "By NAME, Associated Press", and "Copyright 2026
    The Associated Press" under the story) and
    that the page names nowhere else than in its notice, its datelines and its bylines
    ("By NAME, The Associated Press"): the agency whose copy a site runs, not the site
    itself when the page names another site (its masthead), whether or not the site
    prints a notice of its own. A holder is credited by
    its name or by the initials of its words ("AP", "dpa"). The agency's own page names
    it in its chrome too ("Reuters News Agency" in a menu) or opens with it as its
    masthead: it is not refused, nor is a name the dateline credits that is no holder.

    Parameters
    ----------
    candidates : dict of str to Candidate
        The page's candidates by key.
    lines : sequence of str
        The page's lines (a dateline opens a line:
        :func:`~analysis.clean.dateline.dateline_credit`).

    Returns
    -------
    set of str
        Keys of ``candidates``.
    """
    if not any(c.copyright and not c.masthead for c in candidates.values()):
        return set()
    credits = {i: compact_name(name) for i, name in enumerate(map(dateline_credit, lines)) if name}
    credited = set(credits.values())
    return {
        key
        for key, candidate in candidates.items()
        if candidate.copyright
        and not candidate.masthead
        and (
            candidate.credited or any(_credited_forms(form) & credited for form in candidate.forms)
        )
        and _named_only_in_credits(key, candidate, lines, set(credits))
    }


def byline_credits(candidates: dict[str, Candidate], lines: Sequence[str]) -> set[str]:
    """Keys of the names a page writes only in its bylines, or right under one, its
    wire datelines and its credits of republication: "By Jane Roe | Reuters", "By Jane
    Roe | Madrid", "WASHINGTON (AP) —", "By Jane Roe, The Example Field" over "This
    article was originally published on The Example Field" (review h347's republished
    story, filed under its first publisher). A name after the byline's author says whom
    the author writes for (an agency, a paper whose copy the site runs), or where from;
    the site showing the story names
    itself elsewhere (a masthead, a notice, a menu, its address), so on a page that
    names no other site the page's own site is unknown, not the credited one. The name
    is no masthead, notice holder or address of the page.

    Parameters
    ----------
    candidates : dict of str to Candidate
        The page's candidates by key.
    lines : sequence of str
        The page's lines.

    Returns
    -------
    set of str
        Keys of ``candidates``.
    """
    credited = [k for k, c in candidates.items() if c.credited and not _named_by_the_site(c)]
    if not credited:
        return set()
    datelines = {i for i, line in enumerate(lines) if dateline_credit(line)}
    found = set()
    for key in credited:
        # the name as the page writes it, a word of its own ("AP" in no "approves")
        written = re.compile(
            "|".join(rf"(?<!\w){re.escape(form)}(?!\w)" for form in candidates[key].forms),
            re.IGNORECASE,
        )
        elsewhere = sum(
            not (i in datelines or _is_byline_line(line) or _under_byline(lines, i))
            for i, line in enumerate(lines)
            if written.search(line)
        )
        # each credit of republication ("This article was originally published on X")
        # names the story's first publisher too, not the site that prints it
        if elsewhere <= candidates[key].republished:
            found.add(key)
    return found


def _named_by_the_site(candidate: Candidate) -> bool:
    """Whether the page names the candidate as a site names itself: a masthead, a
    copyright notice, its address, an e-mail or a link's host."""
    return (
        candidate.masthead
        or candidate.copyright
        or candidate.is_domain
        or candidate.linked
        or candidate.emailed
        or candidate.address
    )


def _is_byline_line(line: str) -> bool:
    """Whether a line is a byline ("By Jane Roe | Reuters", "Por Ana Ruiz | EFE")."""
    text = line.strip()
    return count_words(text) <= BYLINE_MAX_WORDS and find_byline(text) is not None


def _credited_forms(form: str) -> set[str]:
    """The compact forms a dateline or byline may credit a holder by: its name, its
    initials, the first part of a name joined by a hyphen ("dpa" of "dpa-infocom",
    the agency's service company), or the name without the generic words that close an
    agency's (:data:`AGENCY_TAIL_WORDS`: "Kyodo" of "Kyodo News")."""
    forms = {compact_name(form), name_initials(form)}
    head = form.split("-", 1)[0] if "-" in form and " " not in form else ""
    words = form.split()
    while len(words) > 1 and words[-1].casefold() in AGENCY_TAIL_WORDS:
        words = words[:-1]  # "Kyodo" of "Kyodo News", "Yonhap" of "Yonhap News Agency"
    return forms | {compact_name(name) for name in (head, " ".join(words)) if compact_name(name)}


#: The generic words that close a news agency's name and that its datelines leave out
#: ("(Kyodo)" for "Kyodo News", "(Yonhap)" for "Yonhap News Agency", "(Anadolu)" for
#: "Anadolu Agency"): the agency's head word is what credits it.
AGENCY_TAIL_WORDS = frozenset(("news", "agency", "service", "wire"))


def _named_only_in_credits(
    key: str, candidate: Candidate, lines: Sequence[str], datelines: set[int]
) -> bool:
    """True when every line naming ``key`` is the candidate's last notice, a dateline, a
    byline ("By ...") or the line right under a byline (its credit: :func:`_under_byline`)."""
    notice = candidate.last_notice[0] if candidate.last_notice else -1
    return all(
        i == notice
        or i in datelines
        or line.lstrip().casefold().startswith("by ")
        or _under_byline(lines, i)
        for i, line in enumerate(lines)
        if key in compact_name(line)
    )


def name_initials(name: str) -> str:
    """The first letters of a name's words, without a leading "the".

    Parameters
    ----------
    name : str
        A name as printed ("The Associated Press").

    Returns
    -------
    str
        The initials, case-folded ("ap").
    """
    words = name_words(name)
    return "".join(word[0] for word in words[words[:1] == ["the"] :])


def written_form(candidate: Candidate) -> str:
    """The candidate's name as shown: a written-out form first, then the most frequent.

    Parameters
    ----------
    candidate : Candidate
        A candidate with at least one form.

    Returns
    -------
    str
        Ties between forms go to the first in code-point order.
    """
    return max(sorted(candidate.forms), key=lambda f: (_form_rank(f), candidate.forms[f]))


def _form_rank(form: str) -> int:
    """Prefer a written-out name ("Fox News") over a domain or an all-capitals form."""
    return (" " in form) + (not is_upper_case(form)) + ("." not in form)


def is_a_domain(candidate: Candidate) -> bool:
    """True for a candidate seen as a domain (an address or an e-mail's domain).

    Parameters
    ----------
    candidate : Candidate
        One of the page's candidates.

    Returns
    -------
    bool
        Its ``is_domain`` or ``emailed`` flag.
    """
    return candidate.is_domain or candidate.emailed


def collect_candidates(lines: Sequence[str]) -> dict[str, Candidate]:
    """Candidate site names by compact key, with their cues, masthead and copyright flags.

    Each distinct line is searched once (menus and footers repeat lines), and only with
    the patterns whose literals the page finds in it (``page_gates``); each distinct
    phrase is checked once (:func:`accepted_form`).

    Parameters
    ----------
    lines : sequence of str
        Every line of the page, without line ends.

    Returns
    -------
    dict of str to Candidate
        Compact key (:func:`~analysis.clean.name_forms.compact_name`) -> candidate, in the
        order first found.
    """
    candidates: dict[str, Candidate] = {}
    checked: dict[str, tuple[str, str, bool] | None] = {}
    searched: dict[str, tuple[str, tuple[tuple[str, tuple[int, int], str], ...]]] = {}

    def add(form: str, where: tuple[int, int, int], kind: str) -> None:
        if form not in checked:
            checked[form] = accepted_form(form)
        accepted = checked[form]
        if accepted is None and kind == "copyright":
            accepted = accepted_holder(form)  # "© 2026 Today": the holder's slot
        if accepted is None:
            return
        form, key, has_domain = accepted
        if has_domain and kind not in ("domain", "address", "link", "email", "domain_notice"):
            return  # "Powered by Example.com": the domain is its own candidate
        if (
            kind in ("cue", "credit", "republished")
            and count_words(lines[where[0]]) > PROSE_LINE_WORDS
        ):
            return  # "a reporter for X", "founder of X" in a sentence of the text
        candidate = candidates.setdefault(key, Candidate())
        candidate.add(form, where)
        if kind in ("cue", "doubled", "over_menu", "credit", "republished"):
            candidate.cues += 1  # a doubled masthead, one over the menu, a credit are
            # naming cues too; a masthead over the menu is the whole name (no heads)
            chrome = kind != "over_menu" and is_short(where[0])
            candidate.chrome_cue = candidate.chrome_cue or chrome
            candidate.doubled = candidate.doubled or kind == "doubled"
            candidate.over_menu = candidate.over_menu or kind == "over_menu"
            candidate.credited = candidate.credited or kind in ("credit", "republished")
            candidate.republished += kind == "republished"
        elif kind == "masthead":
            candidate.masthead = True
        elif kind == "top":
            candidate.top = True
        elif kind == "copyright":
            candidate.copyright = True
            candidate.last_notice = max(candidate.last_notice or where, where)
        elif kind in ("domain", "address"):
            candidate.is_domain = True
            candidate.address = candidate.address or kind == "address"
            if kind == "domain" and not is_short(where[0]):
                candidate.prose_domain_lines.add(where[0])
            else:
                candidate.chrome_domain = True
        elif kind == "link":
            candidate.linked = True
        elif kind == "email":
            candidate.emailed = True
        elif kind == "domain_notice":  # "© example.com": the site's own address
            candidate.is_domain = candidate.copyright = True
            candidate.last_notice = max(candidate.last_notice or where, where)
        elif kind == "prefix":
            candidate.prefix = True

    def is_short(line_no: int) -> bool:  # words counted for the lines with a cue or domain
        return count_words(lines[line_no]) <= CHROME_LINE_WORDS

    distinct = list(dict.fromkeys(lines))
    # a line searched on an earlier page is not searched again (its gates and phrases
    # are its text's: page_gates gives a line the same gates whatever the other lines)
    searched.update(_LINE_PHRASES.known(distinct))  # type: ignore[arg-type]
    missing = [raw for raw in distinct if raw not in searched]
    for raw, gates in zip(missing, page_gates(missing), strict=True):
        blanked, phrases = line_phrases(raw, gates)
        searched[raw] = found = (blanked, tuple(phrases))  # shared through the memo: frozen
        _LINE_PHRASES.remember(raw, found)
    glued: list[tuple[str, tuple[int, int, int]]] = []
    roles: list[tuple[str, tuple[int, int, int]]] = []  # "X Staff Writer"
    # the site's name between two copies of its menu (the header printed twice, a sticky
    # copy): a masthead over the menu, confirmed as a doubled one is
    copied = set(lines_between_copied_menus(lines))
    for i in sorted(copied):
        if masthead := masthead_name(searched[lines[i]][0]):
            for kind in ("masthead", "over_menu", "doubled"):
                add(masthead[0], (i, *masthead[1]), kind)
    # the page's first line of text, below a scraper's header block ("Title:" / "URL
    # Source:" / "Markdown Content:" over a reader service's copy: fields, no masthead)
    fields = header_lines(lines)
    fenced = front_matter_end(lines)  # (a clipper's front matter: its tags, its fences)
    top = next(
        (
            i
            for i, raw in enumerate(lines)
            if raw.strip()
            and i not in fields
            and (fenced is None or i > fenced)
            and not is_skip_link(raw)
        ),
        None,
    )  # (a skip link's label over the masthead, "跳到主要内容": a control, stepped over)
    listed = menu_entries(lines[:MASTHEAD_LINES])
    # the page's first name over its menu printed one entry a line, then the story's
    # header: its masthead on a page naming no copyright holder (one that names one is
    # filed under it with the masthead beside, and the run decides: outlet_merge)
    over_menu_lines: tuple[str, tuple[int, int, int]] | None = None
    first_masthead = first_plain = True
    for i, raw in enumerate(lines):
        line, phrases = searched[raw]
        # (a top line only) not over an author box's role: "Name" / "Columnist"
        author_box = i < MASTHEAD_LINES and i + 1 < len(lines) and is_role_line(lines[i + 1])
        if (
            i < MASTHEAD_LINES
            and not author_box
            and not _under_byline(lines, i)
            and not byline_under_headline(lines, i)
            and i not in copied
            and (
                masthead := masthead_name(line)
                or (i == top and nameplate_name(line))
                # the name with the account links set at its right ("NAME   Log in | Subscribe")
                or masthead_name(left_of_account_links(line))
            )
            and listed.get(compact_name(masthead[0]), i) >= i
        ):  # (a name a menu above lists is a section's heading: "• Sport" / "Sport"; a
            # print edition's first line may hold its name and the date)
            add(masthead[0], (i, *masthead[1]), "masthead")
            alone = first_masthead and not is_control_line(line)  # ("Menu" above: none)
            first_masthead = first_masthead and not alone
            if is_doubled(line.strip()):
                add(masthead[0], (i, *masthead[1]), "doubled")  # logo text + site title
            elif opens_menu(lines, i) or (alone and _over_motto_and_menu(lines, i)):
                add(masthead[0], (i, *masthead[1]), "over_menu")  # the site's name over
                # its menu ("Example Daily" over "Home  News  Sport"), or over its motto
                # in sentence case over the menu ("Rīga 24/7" / "Galvaspilsētas ziņas
                # visu diennakti" / "Sākums   Ziņas"), as a long name is (below)
            elif alone and is_title_case_headline(lines, i):
                pass  # the story's headline in Title Case (its words the text's), over
                # its standfirst: no masthead printed once
            elif alone and heads_the_story(lines, i):
                # the page's first name, printed once over the story's header (a
                # section's label, the headline): its masthead ("Example Ledger")
                add(masthead[0], (i, *masthead[1]), "top")
            elif alone and heads_the_story(lines, i, menu=True):
                over_menu_lines = (masthead[0], (i, *masthead[1]))  # (below: no notice)
        elif (
            i == top
            and first_masthead
            and (
                masthead := edition_masthead(line)
                or section_masthead(line)
                or two_script_masthead(line)
            )
            and heads_the_story(lines, i)
        ):
            # the site's name and its edition or the page's section on the page's first
            # line ("Example Herald — North Edition", "Travel · The Example Gazette"), or
            # its name in two scripts ("Lanka Puwath | ලංකා පුවත්"), over the story's header
            add(masthead[0], (i, *masthead[1]), "masthead")
            add(masthead[0], (i, *masthead[1]), "top")
            first_masthead = False
        elif (
            i == top
            and first_masthead
            and (masthead := tagline_masthead(line))
            and opens_menu(lines, i, with_tagline=False)
        ):
            # the site's name and its motto on the page's first line, over its menu
            # ("Example Voice — Your valley, your news" over "Home | News | Sport")
            add(masthead[0], (i, *masthead[1]), "masthead")
            add(masthead[0], (i, *masthead[1]), "over_menu")
            first_masthead = False
        elif (
            i == top
            and first_masthead
            and (masthead := tagline_masthead(line, capitalized=True))
            and heads_the_story(lines, i)
            and not any(other.strip() == masthead[0] for other in lines[i + 1 :])
        ):
            # a tagline in title case over the story's header ("Example Voice — News
            # of the Valley"): the name is the first part (not a headline printed again)
            add(masthead[0], (i, *masthead[1]), "masthead")
            add(masthead[0], (i, *masthead[1]), "top")
            first_masthead = False
        elif (
            i == top
            and first_masthead
            and (masthead := long_masthead(lines, i))
            and (opens_menu(lines, i) or _over_motto_and_menu(lines, i))
        ):
            # a long name over the menu (its motto between, however long), printed again
            # in the footer ("The Upper Example Valley Weekly Herald and Advertiser"):
            # accepted however many its words
            checked[masthead[0]] = (masthead[0], compact_name(masthead[0]), False)
            add(masthead[0], (i, *masthead[1]), "masthead")
            add(masthead[0], (i, *masthead[1]), "over_menu")
            first_masthead = False
        elif i == top and (masthead := caseless_masthead(line)) and opens_menu(lines, i):
            # a logo set in lower case ("the morning ledger"), the page's first line
            add(masthead[0], (i, *masthead[1]), "masthead")
            add(masthead[0], (i, *masthead[1]), "over_menu")
        elif (
            first_plain
            and first_masthead
            and i < MASTHEAD_LINES
            and not author_box
            and not is_skip_link(raw)
        ):
            # a name its case does not mark ("南方時報", "Sauti ya Mwambao"): the first such
            # line, over the site's menu or over the story's header, not right over the
            # headline (a section's label is printed there)
            # (the name with the account links or the menu set at its right, "NAME
            # <wide gap> Log in", "NAME <wide gap> Home  News ...": its left part)
            if masthead := plain_masthead(line) or plain_masthead(left_of_account_links(line)):
                first_plain = False
                over = i == top and opens_menu(lines, i, with_tagline=False)
                if (
                    over
                    or heads_the_story(lines, i, stacked=True)
                    # a newspaper's word in it ("روزنامہ X", "X新報"), or capitals a
                    # particle joins ("Balita sa Sugbo", as "Local News" in Title
                    # Case): right over the headline too
                    or (
                        (
                            names_a_newspaper(masthead[0])
                            or (
                                capitals_mark_joined_name(masthead[0])
                                and not is_title_case_headline(lines, i)
                            )
                        )
                        and heads_the_story(lines, i, stacked=True, marked=True)
                    )
                ):
                    add(masthead[0], (i, *masthead[1]), "masthead")
                    add(masthead[0], (i, *masthead[1]), "over_menu" if over else "top")
        for form, span, kind in phrases:
            if kind in ("glued", "comma_credit"):
                glued.append((form, (i, *span)))
            elif kind == "role_credit":
                roles.append((form, (i, *span)))
            else:
                add(form, (i, *span), kind)
    # a credit's label alone on its line and the name on the next ("Published in" /
    # "The Late Shift")
    texts = [i for i, raw in enumerate(lines) if raw.strip()]
    for at, following in itertools.pairwise(texts):
        if following - at <= 2 and (credit := label_line_credit(lines[at], lines[following])):
            add(credit[0], (following, *credit[1]), credit[2])
    if over_menu_lines is not None and not any(c.copyright for c in candidates.values()):
        add(*over_menu_lines, "top")
    if credit := reader_view_credit(lines):
        # a reader view's copy: the site's name between the headline and "NAME · DATE"
        add(credit[1], (credit[0], *credit[2]), "masthead")
        add(credit[1], (credit[0], *credit[2]), "top")
    for i in range(min(MASTHEAD_LINES, len(lines))):
        if running := running_head_name(lines[i]):
            # a printed page's running head ("A3 ● THE X COURIER ● TUESDAY, ..."): the
            # paper's name on every page, a masthead confirmed as a doubled one is
            add(running[0], (i, *running[1]), "masthead")
            add(running[0], (i, *running[1]), "doubled")
    if titled := title_line_site(lines):
        # "Headline | Site" above a page that prints the headline again: the site's own
        # title, a masthead confirmed as a doubled one is (logo text + site title)
        add(titled[0], titled[1], "masthead")
        add(titled[0], titled[1], "doubled")
    # a byline's credit to a name the page gives elsewhere ("By NAME, X" and "© X";
    # "By Lee Ferran, Ben Candea" lists two authors)
    for form, where in glued:
        if compact_name(trim_phrase(form)) in candidates:
            add(form, where, "credit")
    # a writer's role naming the employer ("Tribune Staff Writer"): a cue only for a name
    # the page gives otherwise too (the heads of short lines do not count: the role's
    # own line starts with it)
    for form, where in roles:
        named = candidates.get(compact_name(trim_phrase(form)))
        if named is not None and (named.cues or named.masthead or named.copyright):
            add(form, where, "cue")
    notices = {c.last_notice[0] for c in candidates.values() if c.last_notice}
    for candidate in candidates.values():
        if candidate.prose_domain_lines and not candidate.chrome_domain:
            _mentioned_in_prose(candidate)
        elif _written_once_among_words(candidate, lines, notices):
            candidate.is_domain = False  # a site the line mentions, as a link is
            candidate.linked = True
        if candidate.republished and only_republished(candidate):
            candidate.cues = 0  # a republisher's credit to the original: no cue of the site
            candidate.chrome_cue = False
    for candidate in [c for c in candidates.values() if c.chrome_cue]:
        # the heads of a cued name ("Example Wire" of "Follow Example Wire Sports"), for
        # the ``head_of_cue`` feature; flagged by nothing, they name no site by themselves
        form = max(candidate.forms, key=candidate.forms.get)
        line_no, start, _ = candidate.first or (0, 0, 0)
        words = form.split()
        for size in range(1, min(len(words), MAX_NAME_WORDS)):
            head = " ".join(words[:size])
            if compact_name(trim_phrase(head)) not in candidates:
                add(head, (line_no, start, start + len(head)), "head")
    for candidate in candidates.values():
        if candidate.masthead and candidate.forms:
            candidate.addressed = _spelled_in_address(written_form(candidate), lines)
            candidate.signed = _signs_a_line(written_form(candidate), lines)
    return candidates


def _spelled_in_address(name: str, lines: Sequence[str]) -> bool:
    """Whether a line writes ``name`` (compact, accents aside) as the first label of a
    host: after "@", "//", "www." or a word's start, before a dot and a letter."""
    label = unaccented(compact_name(name))
    if not label:
        return False
    holding = [lowered for line in lines if label in (lowered := line.lower())]
    if not holding:  # (most names: no pattern compiled for the page's name)
        return False
    host = re.compile(rf"(?:^|[@/.\s]){re.escape(label)}\.[a-z]")
    return any(host.search(lowered) for lowered in holding)


#: Most words of a line that signs a site with its name, a dash and a tagline.
_SIGNATURE_WORDS = 12
#: What follows the name on such a line: a spaced dash, bar or dot, then a word (one
#: pattern matched after the name, not one compiled per name and page).
_SIGNATURE_TAIL = re.compile(r"\s+[-\u2013\u2014|\u00b7]\s+\w")


def _signs_a_line(name: str, lines: Sequence[str]) -> bool:
    """Whether a short line opens with ``name`` before a dash or a bar and more words
    ("Example – the valley's newsletter" in a footer), not only the name alone."""
    return any(
        stripped.startswith(name)
        and _SIGNATURE_TAIL.match(stripped, len(name))
        and len(line.split()) <= _SIGNATURE_WORDS
        for line in lines
        for stripped in (line.strip(),)
    )


def menu_entries(lines: Sequence[str]) -> dict[str, int]:
    """The entries of the menus among ``lines``, each with the first line listing it.

    A menu is a list item's text (``  • Sport``), or the entries of a menu printed on one
    line, between spaced separators or set apart by two spaces or more (``Home | World |
    Sport``, ``Home  World  Sport``: :func:`~analysis.clean.header_lines.menu_items`,
    :func:`~analysis.clean.header_lines.spaced_menu_items`). A name line under a menu
    that lists it is the heading of that section of the site (``Sport`` over the
    section's cards), not its masthead.

    Parameters
    ----------
    lines : sequence of str
        The page's top lines.

    Returns
    -------
    dict of str to int
        Compact name (:func:`~analysis.clean.name_forms.compact_name`) of each entry -> the
        index of the first line listing it.
    """
    found: dict[str, int] = {}
    for i, line in enumerate(lines):
        if is_list_item(line):
            entries = [line[bullet_end(line) :]] if is_bullet(line) else []
        else:
            entries = menu_items(line) or spaced_menu_items(line)
        for entry in entries:
            if key := compact_name(entry):
                found.setdefault(key, i)
    return found


def _over_motto_and_menu(lines: Sequence[str], index: int) -> bool:
    """True when the line right under line ``index`` is a motto in sentence case over the
    site's menu ("Serving the farms and market towns of the county since 1889" / "Home
    News  Sport"), however many its words (:func:`~analysis.clean.site_phrases.
    opens_menu` takes a short tagline only)."""
    below = index + 1
    if below >= len(lines) or not lines[below].strip() or lines[below].rstrip()[-1:] in ".!?":
        return False
    words = lines[below].split()[1:]
    sentence_case = any(word[:1].isalpha() and is_lower_case(word[:1]) for word in words)
    return sentence_case and opens_menu(lines, below, with_tagline=False)


def _under_byline(lines: Sequence[str], index: int) -> bool:
    """True when line ``index`` follows a byline line with no blank line between ("By
    Jo Doe" / "Example Press"): the name under it is the writer's employer, an agency
    or a syndicate whose copy the site runs, no masthead of the site."""
    above = lines[index - 1].strip() if index > 0 else ""
    return bool(above) and count_words(above) <= BYLINE_MAX_WORDS and find_byline(above) is not None


#: Words of the line above a name that make it the story's headline, not site chrome
#: ("Bridge on the harbour road to close" over "Jane Roe" over the date).
HEADLINE_ABOVE_WORDS = 4


def byline_under_headline(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` is the story's byline printed without "By": a person's name
    alone (:func:`~analysis.clean.bylines.is_name_line`) between a line of
    :data:`HEADLINE_ABOVE_WORDS` words or more (the headline) and a date or byline line
    ("Volunteers clear the riverbank" / "Wendy Marsh" / "22 November 2026"). A
    newsletter's or a blog's writer signs the story so, and its notice names her ("©
    2026 Wendy Marsh"): no masthead, which tops the page over its menu.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    index : int
        The line.

    Returns
    -------
    bool
        True for such a byline.
    """
    from analysis.clean.bylines import is_name_line  # (bylines reads this module)

    above = next((lines[j] for j in range(index - 1, -1, -1) if lines[j].strip()), None)
    below = next((lines[j] for j in range(index + 1, len(lines)) if lines[j].strip()), None)
    if above is None or below is None or count_words(above) < HEADLINE_ABOVE_WORDS:
        return False
    return is_meta_line(below) and is_name_line(lines, index)


# The phrases of the lines of the pages searched before, by line (never changed).
_LINE_PHRASES = LineMemo()


def _mentioned_in_prose(candidate: Candidate) -> None:
    """A domain written only in sentences of the text, on one line ("... rated false by
    example.org", "visit example.org."), is a site the text mentions, not its own: it
    supports a name the domain is of (as a link does) but is no domain candidate by
    itself. Written on two lines or more of prose, or once in site chrome (a short
    line), it stays one."""
    if len(candidate.prose_domain_lines) == 1 and not candidate.copyright:
        candidate.is_domain = False
        candidate.linked = True


#: Words before a domain written once, at the end of its short line, that make the line
#: a mention of that site ("This story was reprinted on example.com.", "Officials point
#: to problems with example.gov"), not the site's own address printed in its chrome
#: ("example.com", "Read more on example.com"). 4: on the dev pages every value from 2
#: to 8 names the same sites (95 of 109; 5-fold by-site held-out 0.872 each); 2 and 3
#: drop "Read more on example.com", a promo of the site's own.
MENTION_LINE_WORDS = 4
#: What ends a field of a line: a label's colon, a bar, dot or dash between chrome items
#: or between a title and its site ("Headline - example.com").
_FIELD_BREAK = re.compile(r":\s|\s[|•·\-–—]\s")


def _written_once_among_words(
    candidate: Candidate, lines: Sequence[str], notices: set[int]
) -> bool:
    """True for a domain written once in the page, ending a field of a short line after
    :data:`MENTION_LINE_WORDS` words or more, and named by nothing else (no notice, no
    address line, no e-mail): a site the line tells of, not the page's own. A line of
    ``notices`` (a copyright notice's: "© 2026 Example News (example.com)") is the
    site's own."""
    if not candidate.is_domain or candidate.address or candidate.copyright:
        return False
    if candidate.emailed or candidate.first is None or sum(candidate.forms.values()) != 1:
        return False
    line_no, start, end = candidate.first
    if line_no in notices:
        return False
    line = lines[line_no]
    # the field the domain is written in ("Source: example.com" is the site's own label)
    # and ends it: words after it make a notice or a stamp of the site's own ("Printed
    # from example.com on May 2, 2026", "a link to example.com is required")
    before = _FIELD_BREAK.split(line[:start])[-1]
    after = _FIELD_BREAK.split(line[end:])[0]
    return count_words(after) == 0 and count_words(before) >= MENTION_LINE_WORDS


@remembered_across_pages  # names, menu items and credits recur across a site's pages
def accepted_form(form: str) -> tuple[str, str, bool] | None:
    """(trimmed form, compact key, whether it holds a domain) of a phrase that may name a
    site; None for a phrase too short or too long, or made only of function words or
    calendar words ("About Us", "Follow Me", "November"; but "The Sun" is a name).

    Parameters
    ----------
    form : str
        A phrase as the page writes it; trimmed first (:func:`trim_phrase`).

    Returns
    -------
    tuple or None
        The three values, for a phrase of at most :data:`MAX_NAME_WORDS` words (a
        joined name's particles not counted:
        :func:`~analysis.clean.masthead_lines.is_joined_name`) whose compact key has 2
        characters or more.
    """
    form = trim_phrase(form)
    key = compact_name(form)
    if (
        len(key) < 2
        or _is_story_slug(form)
        or (
            count_name_words(form) > MAX_NAME_WORDS
            and not is_newspaper_run(form)
            and not is_joined_name(form)  # ("Te Karere o te Tai Rāwhiti": 4 and 2 particles)
        )
    ):
        return None
    words = name_words(form)
    if all(word in FUNCTION_WORDS or _CALENDAR.fullmatch(word) for word in words) and not (
        len(words) > 1 and words[0] == "the" and any(_CALENDAR.fullmatch(w) for w in words)
    ):
        return None
    return form, key, bool(DOMAIN.search(form))


#: The fewest words of a story's slug joined by hyphens ("ECO-URUGUAY-ENERGÍA").
MIN_SLUG_WORDS = 3


def _is_story_slug(form: str) -> bool:
    """Whether ``form`` is a news agency's keyword slug for a story: one token of
    :data:`MIN_SLUG_WORDS` words or more in capitals joined by hyphens, no space
    ("FRA-PARLEMENT-BUDGET-AVIATION", "ECO-URUGUAY-ENERGÍA": topic, place, subject, as a
    feed heads each story); a site's name is written in words, a hyphen joining two of
    them at most ("Al-Ahram", "Stoke-on-Trent Live" holds a space)."""
    parts = form.split("-")
    return (
        len(parts) >= MIN_SLUG_WORDS
        and not any(c.isspace() for c in form)
        and all(part.isalpha() and part.isupper() for part in parts)
    )


@remembered_across_pages
def accepted_holder(form: str) -> tuple[str, str, bool] | None:
    """:func:`accepted_form` of a copyright notice's holder, which may be a calendar
    word: after the sign and the year ("© 2026 Today", "© Monday Morning 2026") a name
    stands, never a date; function words alone still name nothing ("© 2026 by the").

    Parameters
    ----------
    form : str
        The holder as the notice writes it.

    Returns
    -------
    tuple or None
        As :func:`accepted_form`.
    """
    form = trim_phrase(form)
    key = compact_name(form)
    if len(key) < 2 or count_name_words(form) > MAX_NAME_WORDS:
        return None
    if all(word in FUNCTION_WORDS for word in name_words(form)):
        return None
    return form, key, bool(DOMAIN.search(form))


_WORD = re.compile(r"[^\W_]+")


def name_words(text: str) -> list[str]:
    """The words of ``text``, case-folded (letters and digits).

    Parameters
    ----------
    text : str
        A phrase.

    Returns
    -------
    list of str
        Runs of letters and digits, in order.
    """
    return _WORD.findall(text.casefold())
