"""The site's own name in a page's text (stage: page text -> outlet evidence).

Reads a page's lines and writes nothing; :func:`page_site_name` gives the name a text
dump calls its own site, for :func:`analysis.clean.outlet.decide_outlet`. No site is
known in advance: names are found from how pages name their site.

Candidates are phrases found in *naming cues* (read line by line in
:mod:`analysis.clean.site_phrases`):

- a masthead: a short line at the top of the page that is only a name (one name written
  twice, ``XX`` + ``XX``, logo text glued to the site title, also counts as a cue, and
  so does a name printed over the site's menu, "Example Daily" over "Home  News  Sport");
  a name line anywhere between two copies of the site's menu (its header printed
  twice, a sticky copy: "• Daily Deals" / "Example Cities" / "• Home", "• News" of the
  menu above) is a masthead confirmed as a doubled one is; the page's first name line,
  of two words or more, with nothing but site chrome above it (a menu, a breadcrumb
  trail, a control, a cookie notice) and the story's header below it (section labels,
  the headline, then its byline, date or text: "Example Ledger" / "Opinion" /
  headline / "By NAME"; the day's date or the edition's line may stand between: "Example
  Ledger" / "Tuesday 3 March 2026" / headline) is a masthead printed once, weighed apart
  (``top_masthead``: :func:`~analysis.clean.masthead_context.heads_the_story`); so is a name
  whose case does not mark it (a script without case, "南方時報", sentence case,
  "Портовий вісник", a particle, "Sauti ya Bandari":
  :func:`~analysis.clean.masthead_lines.plain_masthead`), the page's first such line, when
  it stands over the site's menu or over another line of the story's header (a
  section's label, the day's date), not right over the headline, where a section's
  label stands too, unless a newspaper's word marks it ("روزنامہ X") or capitals a
  particle joins ("Balita sa Sugbo", as Title Case marks "Local News":
  :func:`~analysis.clean.masthead_lines.capitals_mark_joined_name`);
- the site a page's title line names, ``Headline | Site`` as text dumps print the HTML
  title above the page, when the page prints the headline again (a masthead confirmed
  as a doubled one is; a section's label beside the headline is no site);
- site chrome around a name: ``About X``, ``Contact X``, ``Follow X``, ``Support X``,
  ``Subscribe to X``, ``Sign up for X``, ``More from X``, ``Advertise with X``,
  ``Welcome to X``, ``Keep up to date with X``, ``Want more X``, ``X Newsletters``,
  ``X Staff``, ``X homepage``, ``X app``; the leading words of such a name are
  candidates too ("X" of "Subscribe to X Magazine");
- credits: ``By NAME | X``, ``NAME, X`` after a byline (when the page gives X elsewhere
  too: "By NAME, NAME" lists two authors), ``X Staff Writer`` (when a cue, masthead or
  notice of the page names X too: "Tribune Staff Writer" under the byline is the
  employer's short name), ``reporter for X``,
  ``Originally published on X``, ``Source: X``;
- a domain name written in the text (``example.com``; ``© example.com``; a domain in
  an e-mail address's local part, ``example.com_legal@host.com``) and, weighed apart,
  the domain of an e-mail address (often a mail host's);
- the holder of a ``© 2025 X`` notice, of a notice without a sign (``2025 X, Inc. All
  Rights Reserved``) or of an imprint line (``X GmbH``), counted apart: a copyright
  holder is often a parent company, so it names the site only when nothing else does
  (source ``copyright``), unless a cue or a domain of the page agrees with it. A holder
  whose notice another holder's notice follows and that a credit or a wire dateline
  names ("By NAME, X", "HARBOURTOWN (X) —", and X's notice under the story, the site's
  own notice in the footer) is the story's
  source, not the site: its notice agrees with nothing and it is no fallback holder
  (:func:`~analysis.clean.site_candidates.story_credits`); such notices are the
  article's credited source (:attr:`SiteName.credits`).

A name is written in any script: a capital is an upper-case letter of any script with
case ("Портовые новости"); a name in a script without case (Arabic, Hebrew, Chinese,
Japanese, Korean) is read from a notice's shape ("© 2026 港口日报", "© ۲۰۲۶ NAME —
تمام حقوق محفوظ است", a notice that reserves the rights to its holder: "© כל הזכויות
שמורות לNAME 2026") or from its place, the page's first line over the site's menu, as
a logo set in lower case is ("جريدة الساحل" over "الرئيسية | محليات | رياضة", "港口日报"
over "新闻 ｜ 地方 ｜ 体育": :func:`~analysis.clean.masthead_lines.caseless_masthead`). A
masthead over the menu that is the holder's name without its first words ("Gazette de
Garoua" of "© La Gazette de Garoua") is the site's name, the notice agreeing with it.

Each candidate (phrases that compact to the same letters are one candidate) is scored
with :data:`~analysis.clean.site_features.SITE_WEIGHTS`: lines of the page that mention
it, cue hits, masthead, whether a domain and a name of the page agree, whether it is
itself a domain, whether a notice agrees with a cue, whether it is interface text. The
weights were chosen by cross-validation by site on the metadata benchmark
(``benchmarks/metadata_benchmark.py`` prints the held-out figures).

The steps, one module each: :mod:`~analysis.clean.site_phrases` reads a line's phrases,
:mod:`~analysis.clean.site_candidates` pools them into candidates,
:mod:`~analysis.clean.site_features` measures and weighs them, and this module chooses
the site name (:func:`choose_candidate`) and how it is shown.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from analysis.clean.account_links import is_account_row
from analysis.clean.address_line import address_site
from analysis.clean.capture_marks import without_capture_marks
from analysis.clean.closing_notes import feed_footer_site
from analysis.clean.closing_site_line import closing_site_line
from analysis.clean.company_names import company_span, is_company_word, without_legal_form
from analysis.clean.forwarded_mail import forwarded_sender
from analysis.clean.header_lines import (
    byline_role_span,
    find_byline,
    is_label_like,
    is_menu_line,
    is_meta_line,
    provider_name_line,
    spaced_menu_items,
    spaced_parts,
)
from analysis.clean.interface_words import INTERFACE_WORDS, is_interface_label
from analysis.clean.logo_text import logo_text_name
from analysis.clean.masthead_context import (
    consent_button_lines,
    is_cookie_notice,
    is_one_line_menu,
    opens_menu,
)
from analysis.clean.masthead_lines import caseless_masthead, masthead_name
from analysis.clean.name_domain import name_spelled_by_domain
from analysis.clean.name_forms import (
    GLUED_SCRIPT_NAME,
    MAX_GLUED_COMPANY_CHARS,
    compact_name,
    label_forms,
)
from analysis.clean.newsletter_footer import newsletter_footer_site, subscribe_box_site
from analysis.clean.official_banner import without_official_banner
from analysis.clean.outlet import LATIN_LETTER
from analysis.clean.parent_group import member_masthead, member_site
from analysis.clean.reader_entry import reader_entry_site
from analysis.clean.reader_site_line import reader_site_line
from analysis.clean.scraper_header import header_site
from analysis.clean.share_names import is_share_names_line
from analysis.clean.shell_session import setting_site
from analysis.clean.site_candidates import (
    Candidate,
    accepted_form,
    byline_credits,
    collect_candidates,
    earlier_holders,
    is_a_domain,
    is_copyright_only,
    name_words,
    only_republished,
    republished_sources,
    story_credits,
    wire_agencies,
    written_form,
)
from analysis.clean.site_features import (
    SITE_WEIGHTS,
    PageCandidates,
    PageText,
    domain_label,
)
from analysis.clean.spaced_masthead import with_masthead_letters_joined
from analysis.clean.two_script_masthead import letter_scripts
from analysis.clean.url_slugs import name_slug
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import clean_name, opens_upper_case
from analysis.text.lines import is_list_item

#: A named candidate must score above this to win over a copyright holder (last resort).
SITE_MIN_SCORE = 3.0


def named_min_score(weights: dict[str, float]) -> float:
    """The score a named candidate must beat when no copyright holder names the site,
    else the site is unknown: the weight of one mention and one cue (1.5 with
    :data:`~analysis.clean.site_features.SITE_WEIGHTS`). A name a single cue gives on a
    single line ("Blog", "Notice", "Alerts Sign-Up") names no site; one with any
    more evidence does. Relative to the weights, so that it means the same for any
    weights the cross-validation tries (a fixed 1.5 made weaker cue weights drop right
    names, "NBC News" credited once, and scored the weights' scale, not the evidence).

    Parameters
    ----------
    weights : dict of str to float
        Feature weights; a missing weight counts 0.

    Returns
    -------
    float
        ``weights["mentions"] + weights["cues"]``.
    """
    return weights.get("mentions", 0.0) + weights.get("cues", 0.0)


@dataclass(frozen=True)
class SiteName:
    """A page's own site name and where in the page it was read.

    Attributes
    ----------
    name : str
        The name as the page writes it.
    source : str
        ``page`` (naming cues) or ``copyright`` (only a copyright notice names it).
    line_no : int
        A line that holds the name (its masthead or first cue).
    start, end : int
        The name's span in that line.
    credits : tuple of tuple of int
        (line, start, end) of the holder of each other notice the page prints above its
        own closing notice (:func:`~analysis.clean.site_candidates.earlier_holders`: an
        agency's notice under the story it credits), in page order; not the site's own
        holder ("Harbour Daily Media" of the site "Harbour Daily").
    masthead : str or None
        For a ``copyright`` name, the name the page opens with (:func:`opening_masthead`),
        which the page alone cannot confirm as its site: the run may
        (:mod:`analysis.clean.outlet_merge` files a group's pages under their mastheads
        when they show several); None otherwise.
    """

    name: str
    source: str
    line_no: int
    start: int
    end: int
    credits: tuple[tuple[int, int, int], ...] = ()
    masthead: str | None = None


def page_site_name(
    lines: Sequence[str],
    weights: dict[str, float] | None = None,
    min_score: float = SITE_MIN_SCORE,
) -> SiteName | None:
    """The page's own site name, or None when nothing in the page names its site.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    weights : dict, optional
        Feature weights (default :data:`SITE_WEIGHTS`).
    min_score : float
        The score a named candidate needs to beat a copyright holder.

    Returns
    -------
    SiteName or None
        The sender of the message a forwarded e-mail holds
        (:func:`~analysis.clean.forwarded_mail.forwarded_sender`), the name a scraper's
        header block names the site by (:func:`~analysis.clean.scraper_header.header_site`),
        a feed item's footer (:func:`~analysis.clean.closing_notes.feed_footer_site`), a
        feed reader's entry view (:func:`~analysis.clean.reader_entry.reader_entry_site`)
        or a terminal session's site-name setting
        (:func:`~analysis.clean.shell_session.setting_site`), else the best-scored
        candidate; source ``copyright`` when only a copyright notice names it; when no
        candidate names the site, the list a newsletter's footer names
        (:func:`~analysis.clean.newsletter_footer.newsletter_footer_site`).
    """
    field = forwarded_sender(lines)  # a forwarded newsletter's sender, not its forwarder's
    if field is None:
        field = header_site(lines)
    if field is None:  # a feed item's footer ("The post TITLE appeared first on SITE.")
        field = feed_footer_site(lines)
    if field is None:  # a feed reader's entry view: the feed's site, not the reader
        field = reader_entry_site(lines)
    if field is None:  # a terminal session: the name a CMS's tool printed ("blogname")
        field = setting_site(lines)
    if field is not None:  # a scraper's header names the site ("source: Example Daily")
        line_no, start, end = field
        return SiteName(clean_name(lines[line_no][start:end]), "page", line_no, start, end)
    lines = with_masthead_letters_joined(
        without_official_banner(without_capture_marks(without_byline_roles(lines)))
    )
    # a share bar's names one space apart ("Facebook X": a text browser's dump) name the
    # services, not the site: blanked, the lines' numbers kept
    lines = ["" if is_share_names_line(line) else line for line in lines]
    # a cookie notice's buttons glued into one word ("ZustimmenEinstellungen") are a
    # control over the masthead, not a name: blanked too
    buttons = consent_button_lines(lines)
    lines = ["" if number in buttons else line for number, line in enumerate(lines)]
    candidates = collect_candidates(lines)
    if not candidates:
        return _newsletter_site(lines)
    page = PageText(lines)
    weights = weights or SITE_WEIGHTS
    features = choosable_features(candidates, page, weights)
    key = choose_candidate(candidates, features, weights, min_score, page)
    if agencies := wire_agencies(candidates, lines):  # the story's source, not the site,
        # when another name is the site's ("HONOLULU (Harbour News) -" over "Copyright
        # 2019 Harbour News" alone is the site's own story)
        own = {k: v for k, v in features.items() if k not in agencies}
        key = choose_candidate(candidates, own, weights, min_score, page) or key
    if key in (bylined := byline_credits(candidates, lines)):  # whom the author writes
        # for ("By Jane Roe | Reuters"), or where from: no site the page names as its own
        own = {k: v for k, v in features.items() if k not in bylined}
        key = choose_candidate(candidates, own, weights, min_score, page)
    if key in (reposted := republished_sources(candidates, lines)):  # an aggregator's repost
        # ("Originally published by X" under the aggregator's masthead and notice)
        own = {k: v for k, v in features.items() if k not in reposted}
        key = choose_candidate(candidates, own, weights, min_score, page) or key
    if key is not None and (issuer := _issuer(lines)) and _names_issuer(key, issuer):
        # a press release's issuer ("NEWS PROVIDED BY" / "X Holdings Ltd", "About X",
        # "SOURCE X") is the story's source, never the wire's site that prints it
        own = {k: v for k, v in features.items() if not _names_issuer(k, issuer)}
        key = choose_candidate(candidates, own, weights, min_score, page)
    if key is None:
        return _newsletter_site(lines)
    if is_copyright_only(candidates[key]):
        key = _masthead_form_of(candidates, features, key) or key
    elif not candidates[key].masthead:
        key = _top_masthead_ending_in(candidates, features, key) or key
    source = "copyright" if is_copyright_only(candidates[key]) else "page"
    chosen, name = shown_name(candidates, features, key, page)
    if (member := member_site(lines, name)) is not None and (
        source == "copyright" or member_masthead(lines, member)
    ):
        # the name is the group of the paper a footer line names ("The Example Gazette
        # is part of Example Media Ltd."): the site is the paper
        line_no, start, end = member
        return SiteName(clean_name(lines[line_no][start:end]), "page", line_no, start, end)
    if (title := _group_title(lines, name, candidates)) is not None:
        # the name is a group's that lists its titles in the footer ("Example Press
        # magazines: A · B · C"); the one title the page cues is its site
        line_no, start, end = title
        return SiteName(clean_name(lines[line_no][start:end]), "page", line_no, start, end)
    if (source == "copyright" or candidates[key].copyright) and (
        found := address_site(lines, name)
    ) is not None:
        # the name is a company's notice; the footer's contact block names the paper
        # ("The Example Ledger · 214 W. Main St." over "© 2026 Example Media, Inc.")
        line_no, start, end = found
        return SiteName(clean_name(lines[line_no][start:end]), "page", line_no, start, end)
    line_no, start, end = chosen.first or (0, 0, 0)
    if source == "page" and (holder := _holder_of_masthead_line(candidates, key, lines)):
        name = written_form(holder)  # "THE EXAMPLE VOICE | WALES" over its notice's name
    if source == "copyright":
        end = start + len(name) if lines[line_no][start:].startswith(name) else end
    name = clean_name(name)  # no invisible characters
    credits = tuple(
        candidates[k].last_notice
        for k in earlier_holders(candidates)
        if not _same_site(k, compact_name(name))
    )
    masthead = opening_masthead(lines, page, name) if source == "copyright" else None
    if (found := _masthead_with_article(lines, name)) is not None:
        # "The Meridian Review" over "© 2026 Meridian Review Publishing, Inc.": the name as
        # the masthead writes it, its article too
        line_no, start, end = found
        name = clean_name(lines[line_no][start:end])
    return SiteName(name, source, line_no, start, end, credits, masthead)


def _masthead_with_article(lines: Sequence[str], name: str) -> tuple[int, int, int] | None:
    """The span (line, start, end) of the masthead the page opens with (its first line
    after the chrome a site prints above it, :func:`_opening_chrome`) when it is ``name``
    with "The" before it: "The Deccan Weekly" over a notice of "Deccan Weekly Media Pvt
    Ltd" (the site's name as it prints it; its company's notice, or a sentence, drops the
    article). Only English's article: :func:`~analysis.clean.name_forms.compact_name`
    folds it, so the outlet stays one across pages that print it or not (another
    language's, "Der Stirnspiegel" over "© Stirnspiegel GmbH", would part them). None
    otherwise."""
    if not name or name.split()[0].casefold() == "the":
        return None
    for line_no, line in enumerate(lines):
        if not line.strip() or _opening_chrome(line):
            continue
        found = masthead_name(line)
        if found is None:
            return None
        text, (start, end) = found
        words = text.split()
        if (
            len(words) >= 2
            and words[0].casefold() == "the"
            and compact_name(" ".join(words[1:])) == compact_name(name)
        ):
            return line_no, start, end
        return None
    return None


#: A group's footer listing its titles: "Example Press magazines: A · B · C", "Example
#: Media titles | A | B" (the group's name, a noun for its titles, a colon, the list). A
#: word table of the nouns, English; the list's separators as menus print them.
_TITLES_LINE = re.compile(
    r"^\s*(?P<group>[^:]{2,60}?)\s+(?:magazines|titles|brands|publications|newspapers|"
    r"papers|websites|sites|newsletters)\s*:\s*(?P<titles>.+?)\s*$",
    re.IGNORECASE,
)


def _group_title(
    lines: Sequence[str], name: str, candidates: dict[str, Candidate]
) -> tuple[int, int, int] | None:
    """Where the group's footer list names the page's own title, when the chosen ``name``
    is a group's that lists its titles (:data:`_TITLES_LINE`) and exactly one of those
    titles is a candidate the page cues elsewhere (its newsletter box "Sign up to the A
    newsletter", a bio "is a contributing editor at A": ``cues``); the sister titles the
    list names beside it are no cue of this page's. None otherwise (no list, or its
    titles cued none or two: the group's name stays). Review h439: a publisher's
    magazines with image mastheads were filed under the group's name."""
    group = compact_name(name)
    for line_no, line in enumerate(lines):
        found = _TITLES_LINE.match(line)
        if found is None or not group or compact_name(found["group"]) != group:
            continue
        cued: list[tuple[int, int]] = []
        offset = found.start("titles")
        for part in re.finditer(r"[^·•|,;]+", found["titles"]):
            title = part.group().strip()
            candidate = candidates.get(compact_name(title))
            if candidate is not None and candidate.cues and compact_name(title) != group:
                start = offset + part.start() + (len(part.group()) - len(part.group().lstrip()))
                cued.append((start, start + len(title)))
        if len(cued) == 1:
            return line_no, *cued[0]
    return None


def _holder_of_masthead_line(
    candidates: dict[str, Candidate], key: str, lines: Sequence[str]
) -> Candidate | None:
    """The page's copyright holder whose name is the chosen masthead and the words its
    line goes on with after it ("The Example Voice Wales" of "THE EXAMPLE VOICE | WALES":
    a site named after its country or region printing that word apart, review h232; a
    site of the masthead's name alone is another); None when the masthead's line holds
    nothing more, or no holder is named so."""
    chosen = candidates[key]
    if not chosen.masthead or chosen.first is None:
        return None
    line_no, _, end = chosen.first
    rest = compact_name(lines[line_no][end:])
    holder = candidates.get(key + rest) if rest else None
    return holder if holder is not None and holder.copyright else None


def _newsletter_site(lines: Sequence[str]) -> SiteName | None:
    """The list a newsletter's footer names ("... because you subscribed to Example
    Daily"), or else a subscribe box ("Subscribe to Example Daily"), or else a reader
    view's site line under the headline with its reading time ("Example Ledger · 4 min
    read" over "By Jane Roe": :func:`~analysis.clean.reader_site_line.reader_site_line`),
    or else a closing promo or share line ("Read more on Example Herald", "... via
    @examplepost": :func:`~analysis.clean.closing_site_line.closing_site_line`), read
    when nothing else of the page names a site; else None."""
    found = newsletter_footer_site(lines)
    if found is None:  # a subscribe box's list ("Subscribe to Example Daily")
        found = subscribe_box_site(lines)
    if found is None:  # a reader view's line under the headline
        found = reader_site_line(lines)
    if found is None:  # a closing promo or share line ("Read more on Example Herald")
        found = closing_site_line(lines)
    if found is None:
        return None
    line_no, start, end = found
    return SiteName(clean_name(lines[line_no][start:end]), "page", line_no, start, end)


def without_byline_roles(lines: Sequence[str]) -> Sequence[str]:
    """The lines with the role after a byline's name blanked ("By Jane Roe, Business
    reporter": :func:`~analysis.clean.header_lines.byline_role_span`): a desk's word
    there names no site, and counted as a mention it made a section label over the
    headline ("Business") the page's site.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.

    Returns
    -------
    sequence of str
        ``lines`` itself when no byline writes a role, else a copy with each role's
        characters replaced by spaces (every other position unchanged).
    """
    blanked: list[str] | None = None
    for i, line in enumerate(lines):
        if (role := byline_role_span(line)) is not None:
            blanked = list(lines) if blanked is None else blanked
            start, end = role
            blanked[i] = line[:start] + " " * (end - start) + line[end:]
    return lines if blanked is None else blanked


def _masthead_form_of(
    candidates: dict[str, Candidate], features: dict[str, dict[str, float]], holder: str
) -> str | None:
    """The key of a masthead printed over the site's menu or doubled (logo text and
    title) that is the copyright holder's name without its first words, none of them a
    company's ("Gazette de Garoua" over the menu, "© 2026 La Gazette de Garoua" below):
    the site's own name, which the notice confirms. None when the page prints none.

    A masthead after a company word ("Hafenblatt" of "© Grupo Hafenblatt") is the
    holder's head, shown as such (:func:`holder_head`); one that only starts the
    holder's name ("Morning Star" over "© Morning Star Tanzania Ltd") is not taken: the
    holder's longer name tells same-name sites apart."""
    held = name_words(written_form(candidates[holder]))
    folded = [compact_name(word) for word in held]
    for key in sorted(features):
        candidate = candidates[key]
        if key == holder or not (candidate.over_menu or candidate.doubled):
            continue
        words = [compact_name(word) for word in name_words(written_form(candidate))]
        dropped = held[: len(held) - len(words)]
        if (
            len(words) < len(held)
            and words == folded[len(dropped) :]
            and not any(map(is_company_word, dropped))
        ):
            return key
    return None


def _top_masthead_ending_in(
    candidates: dict[str, Candidate], features: dict[str, dict[str, float]], key: str
) -> str | None:
    """The key of the masthead printed once over the story (or over the site's menu)
    whose name ends with the words of ``key``'s, a name printed elsewhere but not as a
    masthead: the site's short form in a sentence ("Marta Quill is a columnist for the
    Courier" under "Brackenridge Courier"), shown by the masthead's whole name (h211).
    None when no such masthead is printed, or more than one."""
    words = [w for w in name_words(written_form(candidates[key])) if w != "the"]
    if not words:
        return None
    longer = [
        other
        for other in sorted(features)
        if other != key
        and (
            candidates[other].top
            or candidates[other].over_menu
            # a masthead a cue names too, over a menu a browser's copy prints without
            # bullets (h415: "The Daily Sentinel" over "News" / "Sport" lines)
            or (candidates[other].masthead and candidates[other].cues > 0)
        )
        and len(held := name_words(written_form(candidates[other]))) > len(words)
        and held[-len(words) :] == words
    ]
    return longer[0] if len(longer) == 1 else None


def path_named_sites(lines: Sequence[str], slug: str) -> tuple[str, ...]:
    """The names the page credits with its text ("Published in Lagos Ledger", "Writer
    for Lagos Ledger": a credit cue of :func:`~analysis.clean.site_candidates.collect_candidates`,
    not a republication's "Originally published in X") that are written as ``slug``, a
    URL's first path segment
    (:func:`~analysis.clean.outlet.path_publication` files such a page under the
    publication). The page's candidates are collected only when its text holds the
    slug's words in a row, and only the lines that hold them: the cue is read where the
    name is printed.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    slug : str
        The segment (:func:`~analysis.clean.url_slugs.path_slug`).

    Returns
    -------
    tuple of str
        The names as written, in candidate order; empty when there is none.
    """
    printed = re.compile(r"[\W_]+".join(map(re.escape, slug.split("-"))), re.IGNORECASE)
    if not printed.search("\n".join(lines)):
        return ()
    candidates = collect_candidates([line for line in lines if printed.search(line)])
    return tuple(
        written_form(candidate)
        for candidate in candidates.values()
        if candidate.credited
        and not candidate.republished
        and name_slug(written_form(candidate)) == slug
    )


def _issuer(lines: Sequence[str]) -> tuple[str, str] | None:
    """The folded name under a newswire's provider label, with and without its legal
    form (:func:`~analysis.clean.header_lines.provider_name_line`); None for none."""
    line = provider_name_line(lines, 0, len(lines))
    if line is None:
        return None
    name = lines[line].strip()
    return compact_name(name), compact_name(without_legal_form(name))


def _names_issuer(key: str, issuer: tuple[str, str]) -> bool:
    """Whether a candidate's key is the issuer's name, part of it ("Example Logistics"
    of "Example Logistics Holdings Ltd") or a phrase holding it ("SOURCE Example
    Logistics Holdings")."""
    full, base = issuer
    return bool(key) and (key in full or (len(base) > 3 and base in key))


def opening_masthead(lines: Sequence[str], page: PageText, holder: str) -> str | None:
    """The name a page opens with, alone on its first line after the chrome a site may
    print above it (a menu, a control's label, the day's date): its masthead (logo
    text), when it may be a site's name other than the copyright ``holder``'s.

    Written once, such a line is as often a section's label or a short headline as the
    site's name, so the page alone does not make it the outlet
    (:func:`choose_candidate`); across a run, pages of one holder that open with two or
    more names are a group's sister sites (:mod:`analysis.clean.outlet_merge`).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    page : PageText
        The same lines, folded.
    holder : str
        The copyright holder the page is filed under.

    Returns
    -------
    str or None
        The name (:func:`~analysis.clean.masthead_lines.masthead_name`) of the first
        non-blank line that is no such chrome (:func:`_opening_chrome`) unless the next
        non-blank line is one too (a menu of names; a control's label, "Subscribe", and
        a whole menu printed on one line, :func:`~analysis.clean.masthead_context.is_one_line_menu`,
        are none) and the page prints the name on no other line (a menu's first entry; a
        masthead over a menu printed one entry a line is printed again below: a group's
        list of its titles, "Follow X"), the name is no
        possible site name (:func:`~analysis.clean.site_candidates.accepted_form`), holds
        an interface word, is made of words the page writes in lower case (a section:
        "Business"), or is the holder's own name or a start of it ("Harbour" of "Harbour
        Media Group"); or it stands right over a line opening with "©" (a picture's
        credit under a headline the chrome is printed over, review h348 / h80's test);
        else None. A first line that is a logo's text in lower case, its words joined,
        is read as the name the page prints with those letters on another line
        (:func:`~analysis.clean.logo_text.logo_text_name`: "36horas" for "36 Horas").
    """
    filled = (line for line in lines if line.strip())
    opening = next(filled, "")
    # a dump of the whole document opens with its <title> (BeautifulSoup's get_text):
    # chrome over the masthead, as the headline it starts with is printed again below
    filled = itertools.chain(() if _is_title_line(opening, lines) else (opening,), filled)
    first = next((line for line in filled if not _opening_chrome(line)), "")
    following = next(filled, "")
    found = masthead_name(first)
    if (
        found is None
        and first
        and (caseless := caseless_masthead(first)) is not None
        and opens_menu(lines, lines.index(first))
        and letter_scripts(caseless[0]) & letter_scripts(holder)
    ):
        # a name in a script without case ("週刊ミライ") over the menu, in a script the
        # holder's notice writes too: a name in another script than the notice's is as
        # often the holder's own name transliterated ("ສຽງຫຼວງພະບາງ" over "© Siang Luang
        # Prabang"), which no masthead tells from a sister title
        found = caseless
    if found is None and (spelled := logo_text_name(first, lines)) is not None:
        found = (spelled, (0, len(spelled)))  # a logo's text in lower case ("36horas")
    # a name over a picture's credit ("Harbour Master's Arrogance" over "© EXAMPLE AGENCY
    # / POOL") is the story's headline under the chrome, not the site's name over it
    if found is None or following.lstrip().startswith("©"):
        return None
    # a name-only line under it makes the first line a menu's first entry, unless the
    # page prints that name again below (a group's list of its titles, "Follow X"): a
    # menu's entry is printed once, above the story; or unless the name shares a word
    # with the holder's and the entry under it does not ("Channel 9 Eastside" over
    # "Local" / "Weather" and "© Eastside Broadcasting Company"): a site is named like
    # its company, a section is not (a group's list of its titles, "Harbour Daily" over
    # "Harbour Sunday", shares the word down the list)
    if (
        masthead_name(following) is not None
        and not is_interface_label(following)
        and not is_one_line_menu(following)  # the whole menu on one line, which the
        # name stands over ("Example Ledger" / "Local  Sport  Opinion"): no menu's entry
        and page.mentions(found[0]) < 2
        and not (
            (shared := _holder_words(found[0], page, holder))
            and shared.isdisjoint(_holder_words(following, page, holder))
        )
    ):
        return None
    return _masthead_of(found[0], page, holder)


def _shares_holder_word(name: str, page: PageText, holder: str) -> bool:
    """Whether ``name`` (a line) holds a word of the copyright ``holder``'s name that is no
    function word, no number and no word the page writes in lower case ("Eastside" of
    "Channel 9 Eastside" and "Eastside Broadcasting Company"; not "news")."""
    return bool(_holder_words(name, page, holder))


def _holder_words(name: str, page: PageText, holder: str) -> set[str]:
    """The words of :func:`_shares_holder_word`: a group's list of titles shares one word
    down the list ("Harbour Daily" over "Harbour Sunday"); a town site's masthead over
    its menu shares another word of the network's name than the menu's entry does
    ("Millbrook Nearby" over "News", "© Nearby News Network")."""
    shared = set(name_words(name)) & set(name_words(holder))
    return {
        word
        for word in shared
        if not word.isdigit() and word not in FUNCTION_WORDS and not page.writes_lower(word)
    }


def title_masthead(lines: Sequence[str], parts: Sequence[str], holder: str) -> str | None:
    """The site's name an HTML page's ``<title>`` prints beside its headline ("Headline |
    Seaview Gazette") when the page's text opens with no masthead (a logo drawn as an
    image) and only the copyright ``holder`` names it: a masthead as
    :func:`opening_masthead` gives one, which the run may confirm.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    parts : sequence of str
        The ``<title>``'s parts (:func:`analysis.clean.html_page.title_parts`).
    holder : str
        The copyright holder the page is filed under.

    Returns
    -------
    str or None
        The first or last part of a title of two parts or more, when it alone of the two
        is shaped as a name (:func:`~analysis.clean.masthead_lines.masthead_name`) passing
        :func:`opening_masthead`'s tests; None otherwise (a headline shaped as a name
        beside the site's: which is which is unknown).
    """
    if len(parts) < 2:
        return None
    page = PageText(lines)
    found = {
        name
        for part in (parts[0], parts[-1])
        if (shaped := masthead_name(part)) is not None
        and (name := _masthead_of(shaped[0], page, holder)) is not None
    }
    ends = sum(masthead_name(part) is not None for part in (parts[0], parts[-1]))
    return found.pop() if len(found) == 1 and ends == 1 else None


def logo_masthead(lines: Sequence[str], logo: str, holder: str) -> str | None:
    """The name of an HTML page's logo image (its alternative text on the link to the
    site's home page: :func:`analysis.clean.html_logo.home_logo_name`) as a masthead
    :func:`opening_masthead` would accept printed.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    logo : str
        The logo's name.
    holder : str
        The copyright holder the page is filed under.

    Returns
    -------
    str or None
        The name, or None when it is not shaped as a name
        (:func:`~analysis.clean.masthead_lines.masthead_name`) or fails those tests.
    """
    shaped = masthead_name(logo)
    return _masthead_of(shaped[0], PageText(lines), holder) if shaped else None


def _masthead_of(found: str, page: PageText, holder: str) -> str | None:
    """A masthead's name as :func:`opening_masthead` accepts it, or None."""
    accepted = accepted_form(clean_name(found))
    if accepted is None:
        return None
    name, key = accepted[0], accepted[1]
    words = name_words(name)
    if any(word in INTERFACE_WORDS for word in words) or all(map(page.writes_lower, words)):
        return None
    # the holder's own name or a start of it ("Harbour" of "Harbour Media Group") is no
    # other site's; a name going on from the holder's ("The Harbour Herald" over "©
    # Harbour Media Group", which names its sister papers alike) may be one (review h330);
    # so is a start the holder goes on from with a word of its own, no company word
    # ("Wellspring" over "© Wellspring Health Media", "The Touchline" over "© Touchline
    # Sports Media": a magazine's publisher named after it, review h438)
    if not compact_name(holder).startswith(key):
        return name
    return name if _goes_on_with_own_word(holder, key) else None


#: The separators a page's ``<title>`` sets between its headline and the site's name.
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")


def _is_title_line(line: str, lines: Sequence[str]) -> bool:
    """Whether a page's first line is its document's ``<title>`` a dump of the whole
    document prints first ("Bank credit growth slows to 11% | Capital Weekly",
    BeautifulSoup's ``get_text()``, review h438): a headline of three words or more, a
    separator and more, the headline printed again alone on a line of the page."""
    parts = _TITLE_SEPARATOR.split(line.strip(), maxsplit=1)
    if len(parts) < 2 or len(parts[0].split()) < 3:
        return False
    return any(other.strip() == parts[0] for other in lines)


def _goes_on_with_own_word(holder: str, key: str) -> bool:
    """Whether the ``holder``'s name, past its start spelled by ``key`` (a compact name),
    holds a word that is no company word and no function word ("Health" of "Wellspring
    Health Media" past "wellspring"; none in "Harbour Media Group" past "harbour")."""
    words = holder.split()
    for end in range(1, len(words)):
        if compact_name(" ".join(words[:end])) == key:
            return any(
                not is_company_word(word) and word.casefold() not in FUNCTION_WORDS
                for word in words[end:]
            )
    return False


def _opening_chrome(line: str) -> bool:
    """Whether a line a page may open with above its masthead is the site's chrome, not
    its name: a menu on one line ("Home | News | Sport", "Home  News  Sport") or one of
    its entries as a list item, a control's label (a short line holding an interface
    word, "Skip to content", "Subscribe": never a masthead), the day's date
    ("Thursday, March 3, 2026"), a cookie notice a browser's copy opens with
    (:func:`~analysis.clean.masthead_context.is_cookie_notice`, review h348) or the row of
    account links a dump prints as one line ("Subscribe Sign in Give a gift
    subscription": :func:`~analysis.clean.account_links.is_account_row`, review h438)."""
    return (
        is_cookie_notice(line)
        or is_account_row(line)
        or is_list_item(line)
        or is_menu_line(line)
        or bool(spaced_menu_items(line))
        or (is_label_like(line) and any(word in INTERFACE_WORDS for word in name_words(line)))
        or (is_meta_line(line) and find_byline(line.strip()) is None)
        or is_weather_strip(line)
    )


# A temperature as a header's weather box prints it, its scale's letter or not ("36°F",
# "-2 °C", "Tamsin 31° Partly cloudy", "Millbrook, IL 34°").
_TEMPERATURE = re.compile(r"(?<![\d.,])-?\d{1,3}\s?°(?:\s?[CF]\b)?")

#: The most words of a weather box printed alone on a line: a place of up to three
#: words, its state, the reading and the sky in two words ("Orland Glen, IL 33° Light
#: snow"), or a station's weather brand, the reading and the box's link ("First Alert
#: Weather 44° Weather"); a sentence about the weather is longer, or ends with its stop.
WEATHER_BOX_WORDS = 7


def is_weather_strip(line: str) -> bool:
    """Whether a line is a header's strip of spaced parts one of which is the weather's
    temperature ("Benton, Ohio · 36°F Light snow · Subscribe: 99¢ for 3 months"): the
    site's chrome over its masthead, whatever its other parts (a place, an offer, the
    e-edition's link), never the site's name (h415); or a weather box alone on its line,
    a short line holding a reading with or without its unit ("38°F Cloudy Weather",
    "First Alert Weather 44° Weather", "Tamsin 31° Partly cloudy": a local site's or
    station's header, reviews h427 and h428).

    Parameters
    ----------
    line : str
        A line of the page.

    Returns
    -------
    bool
        True for two parts or more between spaced menu separators, one a temperature's
        ("FIRST ALERT WEATHER · Tamsin 31° · Greyhill 29°"), or for a line of at most
        :data:`WEATHER_BOX_WORDS` words holding a temperature and ending with no
        sentence's stop.

    Examples
    --------
    >>> is_weather_strip("38°F Cloudy Weather")
    True
    >>> is_weather_strip("The Millbrook Sentinel")
    False
    """
    parts = spaced_parts(line)
    if len(parts) >= 2 and any(_TEMPERATURE.search(part) for part in parts):
        return True
    text = line.strip()
    return (
        bool(_TEMPERATURE.search(text))
        and len(text.split()) <= WEATHER_BOX_WORDS
        and not text.endswith((".", "!", "?"))
    )


def _same_site(key: str, site: str) -> bool:
    """Whether a compact name is the site's or one of them starts the other ("Harbour
    Daily Media" and "Harbour Daily")."""
    return key.startswith(site) or site.startswith(key)


def shown_name(
    candidates: dict[str, Candidate],
    features: dict[str, dict[str, float]],
    key: str,
    page: PageText,
) -> tuple[Candidate, str]:
    """How the chosen candidate is shown: the candidate whose form is shown, and the name.

    A domain is shown by the name the page gives it when it gives one (as an outlet
    with a URL is: :func:`analysis.clean.outlet.decide_outlet`): a name of the page
    whose compact or short form is the domain's label ("NJ" for nj.com,
    :func:`~analysis.clean.name_forms.label_forms`), else a copyright holder that is the
    domain's own name ("Example Daily" for exampledaily.com); a copyright holder without
    its trailing company words when the page writes it so (:func:`holder_head`).

    Parameters
    ----------
    candidates, features : dict
        The page's candidates and their features, by key.
    key : str
        The chosen candidate's key.
    page : PageText
        The page's lines, folded.

    Returns
    -------
    tuple of (Candidate, str)
        The candidate shown and its name as written.
    """
    chosen = candidates[key]
    if is_a_domain(chosen):
        domain = written_form(chosen)
        named = _page_name_of(candidates, features, domain)
        if named is not None:
            named = _full_name_of(candidates, features, named, page) or named
            return named, written_form(named)
        if features[key]["domain_match"]:
            chosen = _holder_named_like(candidates, domain) or chosen
    elif not is_copyright_only(chosen):
        chosen = _full_name_of(candidates, features, chosen, page) or chosen
    name = written_form(chosen)
    if is_copyright_only(chosen) and not is_copyright_only(candidates[key]):
        return chosen, name  # a domain's own name, as its holder writes it
    return chosen, holder_head(page, name) if is_copyright_only(chosen) else name


def _page_name_of(
    candidates: dict[str, Candidate], features: dict[str, dict[str, float]], domain: str
) -> Candidate | None:
    """The page's own name of ``domain`` ("NJ" of nj.com): a named candidate, no domain,
    interface text or ordinary word, one of whose :func:`label_forms` is the domain's
    label; the most mentioned (then the first key). None when the page gives none."""
    label = domain_label(domain)
    return _most_mentioned_name(candidates, features, lambda name: label in label_forms(name))


def _most_mentioned_name(
    candidates: dict[str, Candidate],
    features: dict[str, dict[str, float]],
    keep: Callable[[str], bool],
) -> Candidate | None:
    """The most mentioned (then the first key) named candidate, no domain, interface text
    or ordinary word, whose written form ``keep`` takes; None for none."""
    found = [
        k
        for k in sorted(features)
        if not is_a_domain(candidates[k])
        and is_named(candidates[k], features[k])
        and not (features[k]["interface"] or features[k]["common_word"])
        and keep(written_form(candidates[k]))
    ]
    return candidates[max(found, key=lambda k: features[k]["mentions"])] if found else None


def _full_name_of(
    candidates: dict[str, Candidate],
    features: dict[str, dict[str, float]],
    short: Candidate,
    page: PageText,
) -> Candidate | None:
    """The page's full name of which ``short`` is only the start ("Ilanga Local
    Municipality" of "Ilanga" for ilanga.gov.za): a named candidate written as
    ``short`` and more words, when ``short`` is named only because a domain of the page
    spells it (no cue, no masthead: "Example" of "Example Services" is cued) and no
    line of the page writes it as a name of its own (:func:`_lines_naming_longer`;
    "Example" of "© Example Media" is one) or the start of another name: the most
    mentioned (then the first key). None when there is none."""
    if short.cues or short.masthead:
        return None
    head = written_form(short)
    full = _most_mentioned_name(candidates, features, lambda name: name.startswith(f"{head} "))
    if full is None:
        return None
    writing = _lines_writing(page, head)
    if _lines_naming_longer(page, head) < writing:
        return None
    # one name the short one starts on every line, not the head of several ("NJ" of
    # "NJ Politics", "NJ Weather": the site's sections)
    return full if _lines_writing(page, written_form(full)) == writing else None


def holder_head(page: PageText, holder: str) -> str:
    """A copyright holder's name as the site shows it.

    Parameters
    ----------
    page : PageText
        The page's lines, folded (:class:`~analysis.clean.site_features.PageText`).
    holder : str
        The holder as the notice writes it.

    Returns
    -------
    str
        The name without its company words (:func:`~analysis.clean.company_names.company_span`)
        when more lines of the page write it so ("Example" of "© Example Media",
        "Hafenblatt" of "© Hafenblatt Verlag GmbH", "Example" of "© Grupo Example":
        the name the site itself uses); else ``holder``.
    """
    words = holder.split()
    start, end = company_span(words)
    head = accepted_form(" ".join(words[start:end])) if end - start < len(words) else None
    if head is None and GLUED_SCRIPT_NAME.fullmatch(holder):
        return _glued_holder_head(page, holder)
    if head is None or all(map(page.writes_lower, name_words(head[0]))):
        return holder
    alone = page.mentions(head[0], head[1]) - _lines_naming_longer(page, head[0])
    return head[0] if alone > page.mentions(holder) else holder


#: The fewest characters the name left of such a holder has ("北陸日報" of "北陸日報社"
#: with a company word glued: :data:`~analysis.clean.name_forms.GLUED_SCRIPT_NAME`).
MIN_GLUED_NAME_CHARS = 2


def _glued_holder_head(page: PageText, holder: str) -> str:
    """A holder written in one token of Han, kana or Hangul, without the company word
    glued to its end when the page writes the name without it on a line of its own
    (a masthead "北陸日報" over "© 北陸日報社"), as a token of a line (a region's name
    inside a sentence, "北陸新幹線の...", is none): the longest such head; else ``holder``."""
    shortest = max(MIN_GLUED_NAME_CHARS, len(holder) - MAX_GLUED_COMPANY_CHARS)
    tokens = {token for line in page.lines if holder[:shortest] in line for token in line.split()}
    for end in range(len(holder) - 1, shortest - 1, -1):
        if holder[:end] in tokens:  # written as a word of its own, not inside a sentence
            return holder[:end]
    return holder


def _lines_naming_longer(page: PageText, head: str) -> int:
    """How many lines write ``head`` only as the start of a longer name other than a
    company's ("Example" in "Example Energy", a sister site's name, not in "Example
    Media" or "Example S.A."): such a line does not write the head as a name of its own."""
    return sum(bool(starts) and all(starts) for starts in map(_longer_starts(head), page.lines))


def _lines_writing(page: PageText, head: str) -> int:
    """How many lines write ``head`` as a whole word or words, as printed."""
    return sum(bool(starts) for starts in map(_longer_starts(head), page.lines))


def _longer_starts(head: str) -> Callable[[str], list[bool]]:
    """A line's whole-word writings of ``head``, each True when it starts a longer name
    (a capitalised word follows that is no company word)."""

    def starts(line: str) -> list[bool]:
        found = []
        position = line.find(head)
        while position != -1:
            end = position + len(head)
            if _word_bounded(line, position, end):
                following = _NEXT_WORD.match(line, end)
                found.append(
                    following is not None
                    and opens_upper_case(following.group(1))
                    and not is_company_word(following.group(1))
                )
            position = line.find(head, end)
        return found

    return starts


_NEXT_WORD = re.compile(r"\s+([^\W_][\w.]*)")


def _word_bounded(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` is not part of a longer word."""
    before = line[start - 1] if start else " "
    after = line[end] if end < len(line) else " "
    return not (before.isalnum() or after.isalnum())


def _holder_named_like(candidates: dict[str, Candidate], domain: str) -> Candidate | None:
    """The copyright holder that is the chosen domain's own name, to show it ("Example
    Daily" for "exampledaily.com" and "© Example Daily"), else None."""
    for key in sorted(candidates):
        holder = candidates[key]
        if is_copyright_only(holder) and name_spelled_by_domain(written_form(holder), domain):
            return holder
    return None


def choosable_features(
    candidates: dict[str, Candidate], page: PageText, weights: dict[str, float] | None = None
) -> dict[str, dict]:
    """The features (:func:`~analysis.clean.site_features.candidate_features`) of the
    candidates :func:`choose_candidate` may choose: the named ones (:func:`is_named`) and
    the copyright holders. The others (most: the heads of short lines) are only tested
    for being named, on the two features that test reads. ``weights``: the weights the
    choice will use (a feature only the score reads is not measured when they weigh it
    0: ``PageCandidates.features``); None: every feature measured.

    Parameters
    ----------
    candidates : dict of str to Candidate
        The page's candidates by key.
    page : PageText
        The page's lines, folded.
    weights : dict of str to float, optional
        As described above.

    Returns
    -------
    dict of str to dict
        Key -> features, for the choosable candidates only.
    """
    evidence = PageCandidates(candidates, page)
    return {
        key: evidence.features(key, weights)
        for key, candidate in candidates.items()
        if is_copyright_only(candidate)
        or is_named(candidate, {})
        or is_named(candidate, evidence.naming_features(key))
    }


def choose_candidate(
    candidates: dict[str, Candidate],
    features: dict[str, dict[str, float]],
    weights: dict[str, float],
    min_score: float,
    page: PageText | None = None,
) -> str | None:
    """The key of the site name: the best-scored candidate named by the page's cues,
    masthead or domains (:func:`is_named`) when it scores above ``min_score``; else, as
    a last resort, the copyright holder mentioned most (unless the best named candidate
    is the host of a line that is only the page's URL). Without a copyright holder the
    named candidate must still score above :func:`named_min_score` (one top line that
    is only a menu item, "Alerts Sign-Up", names no site). Equal scores are
    decided by :func:`tie_priority` (``page``: the page's folded lines), then a name a
    naming cue gives over one only a top line gives (an author's name printed over the
    menu ties with "founder of X"), then by where the page first prints them (a
    masthead over the menu's entries printed one a line, "THE LANTERN" over "News" /
    "Ghana", both printed again in the footer).
    None when nothing is left. ``features`` holds (at least) every named candidate and
    every copyright holder (:func:`choosable_features`); a candidate without features is
    not chosen.

    Parameters
    ----------
    candidates : dict of str to Candidate
        The page's candidates by key.
    features : dict of str to dict of str to float
        Key -> features, as described above.
    weights : dict of str to float
        Feature weights of the score.
    min_score : float
        The score a named candidate must beat when a copyright holder is the fallback.
    page : PageText, optional
        For :func:`tie_priority`.

    Returns
    -------
    str or None
        A key of ``candidates``.
    """
    named = sorted(k for k in features if is_named(candidates[k], features[k]))
    holders = sorted(k for k in features if is_copyright_only(candidates[k]))
    if named:
        scores = {k: _score(features[k], weights) for k in named}
        score = max(scores.values())
        tied = [k for k in named if scores[k] == score]
        priority = tie_priority(candidates, tied, page) if len(tied) > 1 else {}
        # (then a name a cue gives, "More from X", "founder of X", over a top line's
        # alone; then the name the page prints first: a masthead over its menu's entries)
        best = min(
            tied,
            key=lambda k: (
                -priority.get(k, 0),
                not candidates[k].cues,
                _printed_at(candidates[k]),
            ),
        )
        if score > min_score or (not holders and score > named_min_score(weights)):
            return best
        if candidates[best].address:
            return best  # the page's own URL: the site's address, no parent company's name
    if holders:  # of every holder (one the masthead names too, below its score), the
        # most mentioned; ties: the one first named latest (the page's own closing
        # notice, printed after an agency's notice on its story), never the spelling's
        # order; a story's credit ("By NAME, X" and X's notice above the page's) is none
        credits = story_credits(candidates, page.lines if page is not None else None)
        every_holder = sorted(k for k in features if candidates[k].copyright and k not in credits)
        return max(
            every_holder, key=lambda k: (features[k]["mentions"], _first_seen(candidates[k]))
        )
    return None


def _printed_at(candidate: Candidate) -> tuple[int, int]:
    """Where the page first prints ``candidate`` (line, start); after every line if never."""
    return candidate.first[:2] if candidate.first else (sys.maxsize, 0)


def _first_seen(candidate: Candidate) -> tuple[int, int, int]:
    """Where the page first names ``candidate`` (line, start, end); (-1, 0, 0) if never."""
    return candidate.first or (-1, 0, 0)


def tie_priority(
    candidates: dict[str, Candidate], keys: list[str], page: PageText | None = None
) -> dict[str, int]:
    """How candidates of equal score rank, by key: a name that is the name of a domain
    of the page (``name_spelled_by_domain``: "Example News" and "examplenews.com",
    "Ногай Давысы" and "nogaydavysy.ru") 3, and so does a name in a script no domain
    spells that is both the page's masthead and its copyright holder ("Мокшень Вал" over
    the story and in "© 2026 Мокшень Вал": no domain could match it, and two of the
    page's cues name it); a domain whose label the page writes as a word outside
    addresses 2 ("the Wday newsletter" for wday.ru: the site names itself; a spam link's
    or mail host's domain is written only as an address), another domain 1, any other
    name 0 ("The Example Opinion" ties with "example.com": the site's address shows its
    identity better than a name its domain does not match). Without ``page``, no domain
    ranks 2.

    Parameters
    ----------
    candidates : dict of str to Candidate
        The page's candidates by key (domains among them are compared with names).
    keys : list of str
        The tied candidates.
    page : PageText, optional
        The page's lines, folded.

    Returns
    -------
    dict of str to int
        Key -> priority 0 to 3 (higher wins), for each of ``keys``.
    """
    domains = [written_form(c) for c in candidates.values() if is_a_domain(c)]
    priority: dict[str, int] = {}
    for key in keys:
        candidate = candidates[key]
        if is_a_domain(candidate):
            label = domain_label(written_form(candidate))
            priority[key] = 1 + (page is not None and label in page.written_words)
        else:
            form = written_form(candidate)
            unspelled = LATIN_LETTER.search(form) is None  # no domain could match it
            priority[key] = 3 * (
                any(name_spelled_by_domain(form, d) for d in domains)
                or (unspelled and candidate.masthead and candidate.copyright)
            )
    return priority


def is_named(candidate: Candidate, features: dict[str, float]) -> bool:
    """True for a candidate a naming cue, a masthead or a domain supports.

    A phrase the page merely repeats (a country in the news, a section name) is not a
    site name, however often it is written.

    Parameters
    ----------
    candidate : Candidate
        A candidate of the page.
    features : dict of str to float
        Its features, or only its :meth:`PageCandidates.naming_features` (``{}``: judged on
        its flags alone).

    Returns
    -------
    bool
        False for a candidate only a copyright notice names, or only credits to where
        the text was published before
        (:func:`~analysis.clean.site_candidates.only_republished`), or only a top line
        of one word that names it (:func:`_masthead_names`).
    """
    if is_copyright_only(candidate) or only_republished(candidate):
        return False  # a republisher's credit to the original, however linked: no site
    return bool(
        candidate.cues
        or is_a_domain(candidate)
        or (candidate.masthead and _masthead_names(candidate))
    ) or bool(features.get("domain_match") or features.get("head_of_cue"))


def _masthead_names(candidate: Candidate) -> bool:
    """Whether a name-only top line names the site by itself: printed once over the
    story (``top``), the holder of the page's notice too ("REUTERS" over the menu and
    "© 2016 REUTERS" under the stories), spelled by an address of the page (``addressed``:
    a reporter's e-mail at the site's domain), signing another short line before a dash and
    a tagline (``signed``: a footer's "Example – the valley's newsletter"), or a name of
    two words or more. One word alone
    on a top line, not doubled, over no menu (those are cues), at no story's head and
    in no notice, is a menu's entry printed one a line ("Markets" / "Watchlist" /
    "Business", the menu printed twice as a sticky header): on the dev pages' six
    printings (``benchmarks/corpus_outlets.py``) such a word was the chosen name 13
    times, never the site's."""
    return (
        candidate.top
        or candidate.copyright
        or candidate.addressed
        or candidate.signed
        or len(written_form(candidate).split()) > 1
    )


def _score(features: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in features.items())
