"""Articles from labelled blocks: one row per article (stage: blocks -> articles).

The ARTICLES table, one row per article in page order:

================  ====================================================================
column            meaning
================  ====================================================================
article_id        stable id: first 16 hex digits of SHA-1 of page, article_index, title
page              page name
article_index     the article's position in the page (0, 1, ...)
layout            ``article`` (a page with one article) or ``listing`` (several cards)
outlet            who published it (never None): decided once, by
                  :func:`analysis.clean.outlet.decide_outlet`
outlet_key        the outlet's identity: registered domain, ``name:`` + compact name,
                  or ``unknown:`` + page (articles with one key are one outlet)
outlet_source     where the outlet came from: manifest, export (a news database
                  export's field: analysis.clean.news_export), card, url, html, page,
                  copyright or unknown
url               the page's URL (manifest, or an HTML page's canonical URL); a card of
                  a listing written from data (a feed's item, a news API's story:
                  analysis.clean.feed_xml.item_links) its own link
credited_source   an original source the page credits ("Follow X on…", "Source: X", an
                  agency's notice under the story above the site's own notice, the
                  agency's signature or rights notice closing the story, "(dpa)",
                  "Copyright 2026 X. All rights reserved."; never the outlet itself; else
                  the agency of a wire dateline opening the body, "CITY (AP) —":
                  analysis.clean.dateline; else the domain of an HTML page's
                  canonical URL when that is another publisher's:
                  analysis.clean.outlet.syndicated_site)
title             the title (None when none was found)
title_source      manifest, export, html, page, or None when there is no title
byline            author name(s) after a "By" cue (or "author:", another language's
                  cue or label, a reporter's role noun beside a Korean, Japanese or
                  Chinese name: analysis.clean.byline_words), without the credited
                  source written at its end ("By JO DOE Associated Press" over an
                  "(AP)" dateline: "JO DOE"; analysis.clean.bylines); an HTML page's
                  author field naming the credited agency gives way to the reporters
                  the page prints
byline_source     manifest, export, html, page, or None
published         publication date, ISO ``yyyy-mm-dd``: the day as printed (page text:
                  whatever clock time or zone is written with it, no shift to UTC;
                  manifest and HTML page: the date part as written; an HTML listing's
                  card printing no date: its ``<time datetime>``'s,
                  analysis.clean.html_cards.date_of_card)
date_source       manifest, export, html, page (a date line, else the date of the dateline
                  opening the body: analysis.clean.dateline, else the day a relative
                  time names as of a save tool's dated line:
                  analysis.clean.capture_date), url (the URL's path), file (the
                  day the page's file name writes: analysis.clean.file_name_date),
                  or None
relative_time     a relative time as written ("13 hours ago")
category          section or category label
body              the body paragraphs, separated by a blank line (empty on the cards of a
                  listing of dated headlines alone: analysis.clean.dated_headlines)
n_body_chars      ``len(body)``
is_teaser         the body is a teaser or snippet, not the full text: a listing card
                  cut short (analysis.clean.card_teaser.is_teaser), or an article page
                  whose text stops at a paywall (analysis.clean.paywall)
teaser_reason     why, when is_teaser: ``card: ends in an ellipsis``, ``card: one
                  paragraph of at most 90 words``, ``card: a headline and its date, no
                  text`` (the body empty), or ``paywall: "PROMPT"`` with the wall's
                  prompt as printed; None otherwise
================  ====================================================================

Text fields other than body are None when not found. Page values come from the first
block of each field (analysis.clean.segment); repeats are ignored. For an article page
(not a listing card), a manifest value (analysis.clean.manifest) wins over an HTML
page's markup (analysis.clean.html_page), which wins over the page text.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from analysis.clean.account_site import account_site
from analysis.clean.ad_labels import is_ad_label
from analysis.clean.address_date import printed_address_date
from analysis.clean.author_page import page_author
from analysis.clean.body.charts import is_source_line
from analysis.clean.body.contents import listed_entries
from analysis.clean.body.galleries import counter_numbers
from analysis.clean.body.media_tail import is_player_label
from analysis.clean.body.page_controls import is_control_row
from analysis.clean.body.posts import widget_lines
from analysis.clean.body.pull_quotes import pull_quote_positions, repeated_in_a_row
from analysis.clean.body.site_prompts import (
    is_about_note,
    is_call_to_act,
    is_letters_policy,
    is_reader_pitch,
)
from analysis.clean.bylines import READING_TIME, byline_without_credit
from analysis.clean.capture_date import relative_day, weekday_day
from analysis.clean.card_badges import badge_text
from analysis.clean.card_lines import MEDIA_PLAYER, is_prose, line_kind
from analysis.clean.card_logos import card_logo_name
from analysis.clean.card_roles import author_named_as_outlet, names_after_shared_cue
from analysis.clean.card_teaser import MAX_TEASER_WORDS, TITLE_ONLY_REASON, teaser_reason
from analysis.clean.clipping_table import names_given_first, table_rows
from analysis.clean.closing_date import closing_published_date
from analysis.clean.closing_notes import is_box_label, notices_of, signs_byline
from analysis.clean.comment_cards import comments_page_reason
from analysis.clean.contact_domain import contact_domain
from analysis.clean.credited_notice import credits_notice_holder
from analysis.clean.curated_share import shared_paper
from analysis.clean.database_record import record_publication
from analysis.clean.dateline import (
    bracketed_day_iso,
    dateline_credit,
    dateline_date,
    yearless_dateline_iso,
)
from analysis.clean.dates import find_dates, find_published_date, url_date
from analysis.clean.day_headings import edition_day, heading_day, is_clock_time
from analysis.clean.domains import registered_domain, sub_host
from analysis.clean.edition_label import without_edition_label
from analysis.clean.file_name_date import file_name_date
from analysis.clean.file_name_url import file_name_url
from analysis.clean.former_name import former_domain, former_name
from analysis.clean.header_lines import RELATED_LABEL, find_byline
from analysis.clean.headline import is_dated_headline
from analysis.clean.html_cards import (
    author_after_label,
    author_beside_date,
    card_link,
    date_of_card,
    letters,
)
from analysis.clean.html_page import HtmlMetadata, body_lines_of, title_parts
from analysis.clean.interface_words import is_interface_label
from analysis.clean.issue_paper import issue_paper
from analysis.clean.job_ads import job_ads_reason
from analysis.clean.link_forms import names_no_site
from analysis.clean.manifest import ManifestEntry
from analysis.clean.markup_lines import NO_MARKUP
from analysis.clean.name_domain import name_matches_domain
from analysis.clean.name_forms import compact_name
from analysis.clean.news_export import ExportStory
from analysis.clean.non_story import non_story_reason
from analysis.clean.outlet import LATIN_LETTER, Outlet, OutletEvidence, decide_outlet
from analysis.clean.page_metadata import (
    FIND_SITE,
    KnownSite,
    field_value,
    onward_source,
    published_value,
)
from analysis.clean.paywall import paywall_prompt
from analysis.clean.photo_credits import without_labelled_photographers
from analysis.clean.platform_name import user_site_markup
from analysis.clean.reader_entry import reader_entry_link, reader_entry_site
from analysis.clean.relative_times import opens_with_age
from analysis.clean.scraper_header import header_title, header_url
from analysis.clean.segment import BlockColumns, segment_page
from analysis.clean.site_candidates import closing_holder, name_initials
from analysis.clean.site_name import (
    SiteName,
    logo_masthead,
    page_site_name,
    path_named_sites,
    title_masthead,
)
from analysis.clean.story_origin import printed_origin, printed_own_address
from analysis.clean.title_separators import without_bracket_label
from analysis.clean.title_site import is_title_headline, listing_title_site, printed_title_site
from analysis.clean.url_slugs import path_account, path_slug
from analysis.gc_pause import collection_paused
from analysis.text import count_word_tokens, count_words

if TYPE_CHECKING:
    from collections.abc import Sequence

    import pandas as pd

# The text fields taken from the first block of their field (None when absent).
_VALUE_FIELDS = (
    "outlet",
    "credited_source",
    "title",
    "byline",
    "published",
    "relative_time",
    "category",
)


# The article fields a manifest or an HTML page may give, and their source columns.
_GIVEN_FIELDS = {"title": "title_source", "byline": "byline_source", "published": "date_source"}


@dataclass(frozen=True)
class PageFacts:
    """What is known about a page besides its text.

    Attributes
    ----------
    manifest : ManifestEntry or None
        The page's manifest row (analysis.clean.manifest).
    html : HtmlMetadata or None
        What an HTML page's markup says (analysis.clean.html_page).
    header_url : str or None
        The address a scraper's header on top of the text gives
        (:func:`analysis.clean.scraper_header.header_url`), else the page's file name
        when it is the URL (:func:`analysis.clean.file_name_url.file_name_url`).
    export : ExportStory or None
        The page is one story of a news database export: its printed fields
        (analysis.clean.news_export).
    """

    manifest: ManifestEntry | None = None
    html: HtmlMetadata | None = None
    header_url: str | None = None
    export: ExportStory | None = None

    @property
    def byline(self) -> str | None:
        """The byline the manifest gives, else the export's field, else the HTML page's
        author field."""
        if self.manifest is not None and self.manifest.byline:
            return self.manifest.byline
        if self.export is not None and self.export.byline:
            return self.export.byline
        return self.html.byline if self.html is not None else None

    @property
    def url(self) -> str | None:
        """The page's URL: the manifest's, else the HTML page's canonical URL, else the
        scraper header's."""
        if self.manifest is not None and self.manifest.url:
            return self.manifest.url
        if self.html is not None and self.html.url:
            return self.html.url
        return self.header_url

    @property
    def url_from_html(self) -> bool:
        """Whether :attr:`url` is an HTML page's canonical URL (which a reprint points
        to its original: :func:`analysis.clean.outlet.syndicated_site`)."""
        if self.manifest is not None and self.manifest.url:
            return False  # a manifest URL always wins, whatever the markup's
        return self.html is not None and self.html.url is not None


def extract_articles(
    text: str, name: str | None = None, facts: PageFacts | None = None
) -> pd.DataFrame:
    """Return one row per article found in one page's text.

    Parameters
    ----------
    text : str
        The page's normalized text (see analysis.clean.read).
    name : str, optional
        The page name; ``""`` when not given.
    facts : PageFacts, optional
        The page's manifest row and HTML metadata, when known.

    Returns
    -------
    pandas.DataFrame
        The ARTICLES table of the page (see the module docstring); empty, with the same
        columns, when the page holds no article.
    """
    page = name or ""
    facts = facts or PageFacts()
    marks = facts.html.markup_lines if facts.html is not None else NO_MARKUP
    blocks = segment_page(text, page, html_body_lines(text, facts.html), facts.byline, marks)
    return articles_from_blocks(blocks, text, facts)


def html_body_lines(text: str, html: HtmlMetadata | None) -> list[int] | None:
    """The body lines an HTML page's main text gives, or None (text input, no main text).

    Parameters
    ----------
    text : str
        The page's normalized text, as rendered from its HTML.
    html : HtmlMetadata or None
        What the HTML reader found (main text, title); None for a text page.

    Returns
    -------
    list of int or None
        Line indices, ascending; None also when no line matches the main text or none
        of its lines is prose (:func:`~analysis.clean.card_lines.is_prose`).
    """
    if html is None:
        return None
    lines = text.split("\n")
    found = body_lines_of(
        lines, html.body, html.title, html.byline, html.time_texts, heading=html.heading
    )
    # a main text without a line of prose (a "Most read" list of links, a masthead and
    # menu of a page whose story the browser would render from a script) is no body:
    # the text detector decides, as for a text dump
    if not any(is_prose(lines[i].strip()) for i in found):
        return None
    found = _without_promo_links(lines, found, html.link_paragraphs | html.aside_paragraphs)
    # an embedded post's widget lines; the article's own table of contents, its headings
    # printed again over its sections
    texts = [lines[i].strip() for i in found]
    dropped = widget_lines(texts) | set(listed_entries(texts, [is_prose(t) for t in texts]))
    found = [i for k, i in enumerate(found) if k not in dropped]
    return _without_pull_quotes(lines, found)


def _without_promo_links(
    lines: list[str], found: list[int], link_paragraphs: frozenset[str] = frozenset()
) -> list[int]:
    """The main text's lines without the links to other stories set between its paragraphs
    ("ALSO READ: Title", a "Read also" label and the headline under it; in any language,
    a paragraph the markup shows as a label and one link to a story:
    ``link_paragraphs``, :func:`analysis.clean.html_links.link_paragraphs`; also the
    paragraphs of the boxes the markup names as notes beside the story, a disclaimer, a
    method box, a caption: :func:`analysis.clean.html_asides.aside_paragraphs`) and its
    ad slots' labels ("Advertisement", "Anzeige", "Oglas":
    :mod:`analysis.clean.ad_labels`): trafilatura keeps them as paragraphs; a text
    dump's detector reads them as cues or chrome; so are the site's calls to its reader
    to act (:func:`~analysis.clean.body.site_prompts.is_call_to_act`: "Simak berita
    lainnya di Google News", "Follow us on WhatsApp"; not a consent box's notices, which
    tell a consent wall from a story) and a letters page's rules for its letters
    (:func:`~analysis.clean.body.site_prompts.is_letters_policy`), a share bar and a pagination
    (:func:`~analysis.clean.body.page_controls.is_control_row`), and a page counter
    alone ("Page 1 of 3": :func:`~analysis.clean.body.galleries.counter_numbers`), and
    the story's reading time alone ("12 min read": :data:`~analysis.clean.bylines.READING_TIME`),
    a text dump's meta line, and a media player's label ("Only have a minute? Listen
    instead 5:12": :data:`~analysis.clean.card_lines.MEDIA_PLAYER`; in another language,
    "Смотрите видео 2:40": :func:`~analysis.clean.body.media_tail.is_player_label`), a
    text dump's caption;
    and, after a line kept, the site's note about itself or its
    pitch to the reader ("About us: ...", "Thanks for reading ...":
    :func:`~analysis.clean.body.site_prompts.is_reader_pitch`) with every line after it,
    as a text dump's detector cuts them."""
    kept, after_label = [], False
    for i in found:
        text = lines[i].strip()
        if kept and (is_about_note(text) or is_reader_pitch(text)):
            break  # the site's note or pitch under the story, and what follows (a text dump's)
        if line_kind(text) == "cue" or RELATED_LABEL.match(text):
            after_label = bool(RELATED_LABEL.match(text))
            continue
        if letters(text) in link_paragraphs or is_interface_label(text) or is_ad_label(text):
            continue
        if is_call_to_act(text) or is_letters_policy(text):
            continue  # "Follow us on Google News", "GET THE APP", as a text dump's; a
            # letters page's rules under the letter ("Letters must be under 250 words")
        if is_control_row(text) or counter_numbers(text) is not None:
            continue  # a share bar or a pagination ("Page 1 of 3"), as a text dump's
        if opens_with_age(text):
            continue  # a "More from" card's age and teaser ("3 hours ago · When ..."):
            # its headline went with the card box; a text dump's detector reads it as one
        if READING_TIME.fullmatch(text):
            continue  # the story's length alone ("12 min read"), a text dump's meta line
        if kept and is_source_line(text) and _TABLE_ROW.search(lines[kept[-1]]):
            continue  # a table's source line under its last row ("Source: ...", "ذریعہ: ...")
        if after_label and not is_prose(text):
            continue  # the headline under a "Read also" label
        after_label = False
        if (
            _is_address_line(text)
            or _CLIP_LENGTH.search(text)
            or MEDIA_PLAYER.search(text)
            or is_player_label(text)
        ):
            continue  # "URL: https://...", a video list's clip "Title (2:11)", an audio
            # player's label ("Listen to this article 5:12", "Смотрите видео 2:40"), a
            # text dump's caption
        kept.append(i)
    # the label of a box whose items all went, left last ("Up Next" over a video list's
    # clips); one line dropped under a short line (a share bar under a signature) is no box
    if (
        len(kept) > 1
        and len(found) - 1 - found.index(kept[-1]) >= BOX_MIN_ITEMS
        and is_box_label(lines[kept[-1]])
    ):
        kept.pop()
    return kept


# A table's row as the page's text prints it: its cells apart by a tab or a run of spaces.
_TABLE_ROW = re.compile(r"\S(?:\t| {2,})\S")
#: The fewest lines of a box under its label (a list of links or clips).
BOX_MIN_ITEMS = 2
# A clip's length closing a line of a video list ("Highway 14 closed after crash (1:05)").
_CLIP_LENGTH = re.compile(r"\(\d{1,2}:\d\d\)\s*$")
# The most words before an address on a line that only gives the address ("URL an ailt:").
_ADDRESS_LABEL_WORDS = 4


def _is_address_line(text: str) -> bool:
    """A line that is a web address after a label of a few words and its colon ("URL an
    ailt: https://...", "Listen: http://..."); a sentence pointing to one ("Link to the
    site – https://...") is the story's."""
    if "://" not in text:
        return False
    label, _, address = text.rpartition(" ")
    return (
        address.startswith(("http://", "https://"))
        and label.endswith((":", "："))
        and count_words(label) <= _ADDRESS_LABEL_WORDS
    )


def _without_pull_quotes(lines: list[str], found: list[int]) -> list[int]:
    """The main text's lines without its pull quotes (a sentence of the story printed
    again between its paragraphs, :func:`~analysis.clean.body.pull_quotes.pull_quote_positions`),
    searched among the lines the main text prints once, and without the first of a
    paragraph's two printings in a row (a "Read along" box over the story's first
    paragraph: :func:`~analysis.clean.body.pull_quotes.repeated_in_a_row`)."""
    texts = [lines[i].strip() for i in found]
    printings = Counter(texts)
    once = [k for k, text in enumerate(texts) if printings[text] == 1]
    copies = pull_quote_positions(
        [texts[k] for k in once], [count_word_tokens(texts[k]) for k in once]
    )
    dropped = {found[once[k]] for k in copies}
    if len(printings) < len(texts):  # a paragraph printed again right after itself
        twice = [k for k, text in enumerate(texts) if printings[text] == 2]
        again = repeated_in_a_row(
            [texts[k] for k in twice], [count_word_tokens(texts[k]) for k in twice]
        )
        dropped |= {found[twice[k]] for k in again if twice[k] + 1 == twice[k + 1]}
    return [i for i in found if i not in dropped]


def page_outlet(
    text: str, page: str, facts: PageFacts | None = None, site: KnownSite = FIND_SITE
) -> Outlet:
    """The outlet of a page as a whole (the site that served it).

    Parameters
    ----------
    text : str
        The page's normalized text.
    page : str
        The page name.
    facts : PageFacts, optional
        Manifest row and HTML metadata.
    site : SiteName or None, optional
        The site name of ``text`` (analysis.clean.site_name.page_site_name) when the
        caller has found it; default: found here.

    Returns
    -------
    Outlet
        Decided by :func:`analysis.clean.outlet.decide_outlet`.
    """
    return decide_outlet(_outlet_evidence(text, facts or PageFacts(), site), page)


def page_site(
    text: str, page: str, facts: PageFacts | None = None, site: KnownSite = FIND_SITE
) -> tuple[Outlet, str]:
    """The outlet of a page as a whole (:func:`page_outlet`) and the name its pages row
    gives the site: the outlet's, or the name the page's text prints in a script no
    domain spells when an HTML page's markup names the site in Latin letters.

    A site of a language with its own script often names itself in Latin letters in its
    markup (``og:site_name`` "Thanlwin Times") and in its script on the page (the logo's
    text and the notice, "© ၂၀၂၆ သံလွင်တိုင်း"); its HTML pages are filed under their URL's
    domain, shown by the Latin name, and its text dumps printing the script's name alone
    under that name's key: one site, two outlets, as no page tied the names (review
    h314). The page's row shows the script's name when its text names the site so twice,
    at the top and in the closing notice (``notice_holder``, read for such a page), so
    the run's merge sees the pair under the domain's key and files the text dumps there
    (:mod:`analysis.clean.outlet_merge`, the same site name); the article keeps the
    markup's name.

    Parameters
    ----------
    text, page, facts, site
        As for :func:`page_outlet`.

    Returns
    -------
    tuple of (Outlet, str)
        The outlet, and the name the page's row shows.
    """
    evidence = _outlet_evidence(text, facts or PageFacts(), site)
    outlet = decide_outlet(evidence, page)
    printed, holder = evidence.page_site_name, evidence.notice_holder
    if (
        outlet.source == "url"
        and evidence.url_from_html
        and printed
        and holder
        and not LATIN_LETTER.search(printed)
        and LATIN_LETTER.search(outlet.name)
        and compact_name(holder) == compact_name(printed)
    ):
        return outlet, printed
    return outlet, outlet.name


def _copyright_holds(lines: Sequence[str], name: str) -> bool:
    """Whether a copyright notice among ``lines`` ("©", "Copyright", "(c) 2026") holds
    ``name`` (compact forms compared)."""
    key = compact_name(name)
    return bool(key) and any(
        _COPYRIGHT_MARK.search(line) and key in compact_name(line) for line in lines
    )


def _outlet_evidence(text: str, facts: PageFacts, site: KnownSite) -> OutletEvidence:
    if site is FIND_SITE:
        site = page_site_name(text.split("\n"))
    url = facts.url
    entry_link = None
    if url is None and facts.html is None:  # a read view saved as text: the story's site
        name = site.name if site else None
        url = printed_origin(text, name) or printed_own_address(text, name)
        if url is None:  # a feed reader's entry view: the link it prints to the story
            url = entry_link = reader_entry_link(text.split("\n"))
    slug = path_slug(url) if url else None
    # an e-edition's names ("Example Post e-Edition") are the paper's
    parts = (
        tuple(map(without_edition_label, title_parts(facts.html.page_title))) if facts.html else ()
    )
    if facts.html is None and (clipped := header_title(text.split("\n"))):
        parts = tuple(title_parts(clipped))  # a clipper's front matter copies the <title>
    site_name = without_edition_label(site.name) if site else None
    return OutletEvidence(
        manifest_outlet=facts.manifest.outlet if facts.manifest else None,
        manifest_outlet_of_url=bool(facts.manifest and facts.manifest.outlet_of_url),
        manifest_outlet_by_name=bool(facts.manifest and facts.manifest.outlet_by_name),
        manifest_outlet_is_company=bool(facts.manifest and facts.manifest.outlet_is_company),
        # a news database export's field, else a database's record of the one article
        export_outlet=facts.export.outlet if facts.export else record_publication(text.split("\n")),
        url=url,
        url_from_html=facts.url_from_html,
        html_site_name=without_edition_label(_own_markup_name(text, facts, site, url)),
        html_title_parts=parts,
        page_site_name=site_name if site and site.source == "page" else None,
        copyright_holder=site_name if site and site.source == "copyright" else None,
        masthead=_masthead(text, facts, site),
        path_named_sites=path_named_sites(text.split("\n"), slug) if slug else (),
        contact_domain=contact_domain(text) if url is None and site is None else None,
        issue_paper=issue_paper(text.split("\n"), parts, url) if url else None,
        former_name=(
            former_name(text.split("\n"), site.line_no, site.start, site.end) if site else None
        ),
        former_domain=(
            former_domain(text.split("\n"), domain)
            if url and (domain := registered_domain(url))
            else None
        ),
        notice_holder=(
            closing_holder(text.split("\n"))
            if _site_unlike_url(facts, site) or _below_domain(url) or _unspelled_site(site, url)
            else None
        ),
        reader_entry=bool(
            url
            and url != entry_link  # the reader's own address, not the story's
            and site
            and site.source == "page"
            and reader_entry_site(text.split("\n")) == (site.line_no, site.start, site.end)
        ),
        onward_source=onward_source(text.split("\n")) if url and names_no_site(url) else None,
        shared_paper=shared_paper(text.split("\n")) if url and path_account(url) else None,
        account_site=(
            account_site(text.split("\n"), account)
            if url and (account := path_account(url))
            else None
        ),
    )


def _unspelled_site(site: SiteName | None, url: str | None) -> bool:
    """Whether a page with a URL names its site, in its text, in a script no domain
    spells ("Мокшень Вал"): its closing notice may name it too
    (:func:`analysis.clean.outlet.decide_outlet` shows it then, not the domain)."""
    return bool(url and site and site.source == "page" and not LATIN_LETTER.search(site.name))


def _below_domain(url: str | None) -> bool:
    """Whether a page's URL is at a host below its registered domain (a platform's user
    site, whose closing notice may name its owner: :func:`~analysis.clean.outlet.owners_host`)."""
    domain = registered_domain(url) if url else None
    return bool(url and domain and sub_host(url, domain))


def _site_unlike_url(facts: PageFacts, site: KnownSite) -> bool:
    """Whether an HTML page's site name, in its markup and its text, is unlike its
    canonical URL's domain (a reprint's, or a paper's magazine under its own name: its
    closing notice tells them apart, :func:`analysis.clean.outlet.syndicated_site`)."""
    if not (facts.url_from_html and facts.url and site and site.source == "page"):
        return False
    markup = facts.html.site_name if facts.html is not None else None
    domain = registered_domain(facts.url)
    return bool(markup and domain and not name_matches_domain(markup, domain))


def _own_markup_name(
    text: str, facts: PageFacts, site: SiteName | None, url: str | None
) -> str | None:
    """The site's name the markup gives (:func:`_markup_name`), unless it is the name of
    the platform hosting the user's site the text names
    (:func:`analysis.clean.platform_name.user_site_markup`)."""
    markup = _markup_name(text, facts)
    own = site.name if site and site.source == "page" else None
    return None if user_site_markup(markup, own, url) else markup


def _markup_name(text: str, facts: PageFacts) -> str | None:
    """The site's name an HTML page's markup gives: its site name, else the paper's name
    a ``<title>`` that is only its e-edition's name gives (:func:`_edition_title_name`),
    else the name its home link's logo image gives when the rendered text never prints
    it (a masthead drawn as an image only, the name no line of the text can give)."""
    if facts.html is None:
        return None
    if facts.html.site_name is None and (edition := _edition_title_name(facts)) is not None:
        return edition
    if facts.html.site_name is not None or facts.html.logo is None:
        return facts.html.site_name
    logo = compact_name(facts.html.logo)
    if not logo or logo in compact_name(text):
        return None
    return facts.html.logo


def _edition_title_name(facts: PageFacts) -> str | None:
    """The paper's name an HTML page's ``<title>`` gives when the title is that name and
    its e-edition's label and nothing else ("<title>Northfield Gazette eEdition", a
    replica viewer's page over the article it shows: the headline is in the viewer's
    overlay, not the title; :func:`analysis.clean.edition_label.without_edition_label`);
    else None."""
    parts = title_parts(facts.html.page_title) if facts.html else ()
    if len(parts) != 1:
        return None
    name = without_edition_label(parts[0])
    return name if name != parts[0] else None


def _masthead(text: str, facts: PageFacts, site: SiteName | None) -> str | None:
    """The masthead of a page its copyright holder names: the name its text opens with,
    else, on an HTML page, the site's name its ``<title>`` prints by the headline, else
    its home link's logo image's name."""
    if site is None or site.source != "copyright":
        return None
    if site.masthead or facts.html is None:
        return site.masthead
    lines = text.split("\n")
    titled = title_masthead(lines, title_parts(facts.html.page_title), site.name)
    return titled or (logo_masthead(lines, facts.html.logo, site.name) if facts.html.logo else None)


def unless_headline(
    site: SiteName | None, facts: PageFacts, lines: Sequence[str] = ()
) -> SiteName | None:
    """A page's site name unless it is the story's headline an HTML page opens with.

    An HTML page whose logo is an image renders with its ``<h1>`` on top, and a headline
    in a script without case reads as a masthead (review h330: "県立高校の統合案
    北浜地区で説明会" over its story, titled "...｜北浜新報"); a name that is the markup's
    headline and a part of a ``<title>`` printed beside another is no site's
    (:func:`analysis.clean.title_site.is_title_headline`; the title's other part may
    name the site then, :func:`unnamed_site`).

    Parameters
    ----------
    site : SiteName or None
        The site name the page's text gives (:func:`analysis.clean.site_name.page_site_name`).
    facts : PageFacts
        The page's manifest row and HTML metadata.
    lines : sequence of str, optional
        The page's lines: a name a copyright notice among them holds is the site's.

    Returns
    -------
    SiteName or None
        ``site``, or None when it is the headline.
    """
    html = facts.html
    if (
        site is not None
        and site.source == "page"
        and html is not None
        and is_title_headline(site.name, title_parts(html.page_title), html.title)
        # a name the page's copyright notice holds is the site's, never a headline (a
        # static blog's index: "<h1>Site</h1>" under "<title>Blog — Site", "© 2026 by
        # Site" in its footer, h360)
        and not _copyright_holds(lines, site.name)
    ):
        return None
    return site


def unnamed_site(lines: list[str], blocks: BlockColumns, facts: PageFacts) -> SiteName | None:
    """The site name of an HTML page no naming cue names: the part of its ``<title>``
    beside the headline that its text prints too (:mod:`analysis.clean.title_site`).

    Parameters
    ----------
    lines : list of str
        The page's lines.
    blocks : BlockColumns
        Its block columns (``field``, ``line_no``, ``article_index``).
    facts : PageFacts
        Its HTML metadata, if any.

    Returns
    -------
    SiteName or None
        As found; None for a text page, a listing, or none found.
    """
    if facts.html is None or facts.html.page_title is None:
        return None
    if any(index > 0 for index in blocks["article_index"]):  # a listing: no headline
        return listing_title_site(lines, title_parts(facts.html.page_title))
    headline = next(
        (lines[n] for f, n in zip(blocks["field"], blocks["line_no"], strict=True) if f == "title"),
        facts.html.title,  # no title line: the markup's (og:title)
    )
    url = facts.html.url or facts.header_url
    return printed_title_site(lines, title_parts(facts.html.page_title), headline, url)


def articles_from_blocks(
    blocks: pd.DataFrame, text: str, facts: PageFacts | None = None
) -> pd.DataFrame:
    """Build the ARTICLES table of one page from its BLOCKS table.

    Parameters
    ----------
    blocks : pandas.DataFrame
        One page's blocks (analysis.clean.segment.segment_page).
    text : str
        That page's normalized text (the blocks' offsets point into it).
    facts : PageFacts, optional
        The page's manifest row and HTML metadata.

    Returns
    -------
    pandas.DataFrame
        One row per article_index >= 0, in page order.
    """
    columns = {name: blocks[name].tolist() for name in _BLOCK_INPUTS}
    return articles_frame(page_article_rows(columns, text, facts)[0])


def page_article_rows(
    blocks: BlockColumns,
    text: str,
    facts: PageFacts | None = None,
    *,
    site: KnownSite = FIND_SITE,
    non_stories: list[str] | None = None,
) -> tuple[list[dict], SiteName | None]:
    """:func:`article_rows`, and the site name they were decided with: none when the page
    was filed under a copyright notice whose holder its story credits as its author (the
    agency's notice under a carrier's copy: :mod:`analysis.clean.credited_notice`), the
    holder then the rows' ``credited_source``.

    Parameters
    ----------
    blocks : dict of str to list
        As for :func:`article_rows`.
    text : str
        As for :func:`article_rows`.
    facts : PageFacts, optional
        As for :func:`article_rows`.
    site, non_stories
        As for :func:`article_rows` (keywords only).

    Returns
    -------
    tuple of (list of dict, SiteName or None)
        The rows, and the site name the page's own row is decided with.
    """
    lines = text.split("\n")
    if site is FIND_SITE:
        site = unless_headline(page_site_name(lines), facts or PageFacts(), lines)
        site = site or unnamed_site(lines, blocks, facts or PageFacts())
    found: list[str] = []
    rows = article_rows(blocks, text, facts, site, found)
    if (
        site is not None
        and site.source == "copyright"
        and credits_notice_holder(site.name, site.line_no, rows, blocks, text)
    ):
        found.clear()
        holder, site = site.name, unnamed_site(lines, blocks, facts or PageFacts())
        rows = article_rows(blocks, text, facts, site, found)
        for row in rows:
            row["credited_source"] = holder
    if non_stories is not None:
        non_stories.extend(found)
    return rows, site


def with_page_url(facts: PageFacts, text: str, page: str) -> PageFacts:
    """A page's facts with the URL its text or name gives, when neither its manifest nor
    its markup gives one: the address a scraper's header on top of the text gives
    (:func:`analysis.clean.scraper_header.header_url`: a web clipper's ``source:``), else
    the page's file name when it is the URL
    (:func:`analysis.clean.file_name_url.file_name_url`).

    One decision for the page's articles (:func:`article_rows`) and its own PAGES row
    (analysis.clean.page_rows.page_row), so both file the page under one outlet.

    Parameters
    ----------
    facts : PageFacts
        The page's manifest row and HTML metadata.
    text : str
        The page's normalized text.
    page : str
        The page name (its file name).

    Returns
    -------
    PageFacts
        ``facts``, its ``header_url`` set when one was found and no other URL is known.
    """
    if facts.url is not None:
        return facts
    if given := header_url(text.split("\n")):
        return replace(facts, header_url=given)
    if page and (named := file_name_url(page)):
        return replace(facts, header_url=named)  # the file's name is its URL
    return facts


def _chrome_lines(blocks: BlockColumns) -> set[int]:
    """The line numbers of a page's blocks that no article holds."""
    return {
        int(line)
        for line, index in zip(blocks["line_no"], blocks["article_index"], strict=True)
        if index < 0
    }


# The block columns an article is built from.
_BLOCK_INPUTS = ("page", "line_no", "start", "end", "label", "field", "article_index")


@collection_paused
def article_rows(
    blocks: BlockColumns,
    text: str,
    facts: PageFacts | None = None,
    site: KnownSite = FIND_SITE,
    non_stories: list[str] | None = None,
) -> list[dict]:
    """The ARTICLES rows of one page from its block columns, in plain Python.

    The per-page hot path of ``clean`` (no pandas per page); :func:`articles_frame`
    turns the rows of many pages into one table.

    Parameters
    ----------
    blocks : dict of str to list
        One page's block columns (analysis.clean.segment.segment_page_columns); at
        least page, line_no, start, end, label, field and article_index.
    text : str
        That page's normalized text.
    facts : PageFacts, optional
        The page's manifest row and HTML metadata.
    site : SiteName or None, optional
        The site name of the whole ``text`` (analysis.clean.site_name.page_site_name)
        when the caller has found it; default: found here, once.
    non_stories : list of str, optional
        Collects why an article page's would-be article was dropped as no story (a bot
        check, an error page, a consent wall, a login form:
        :func:`analysis.clean.non_story.non_story_reason`).

    Returns
    -------
    list of dict
        One row per article_index >= 0 with a non-empty body, by article_index; none
        for an article page that is no story.
    """
    facts = with_page_url(
        facts or PageFacts(), text, str(blocks["page"][0]) if blocks["page"] else ""
    )
    members: dict[int, list[int]] = {}  # article_index -> block positions, in page order
    for position, index in enumerate(blocks["article_index"]):
        if index >= 0:
            members.setdefault(index, []).append(position)
    layout = "listing" if len(members) > 1 else "article"
    rows: list[dict] = []
    cards: list[str | None] = []  # each row's outlet as its card names it
    page_bylines: list[str | None] = []  # each row's byline as the page text prints it
    header_bylines: list[bool] = []  # whether it stands over the row's text
    on_meta_lines: list[bool] = []  # whether each row's card name is with its time
    timed_cards: list[bool] = []  # whether each row's card prints its time anywhere
    bodies = {index: _body_text(blocks, positions, text) for index, positions in members.items()}
    if (job_ads := job_ads_reason(text, len(members))) is not None:
        if non_stories is not None:  # vacancies, no news: no article
            non_stories.append(job_ads)
        return []
    if layout == "listing" and (comments := _comments_page(blocks, members, text)) is not None:
        if non_stories is not None:  # readers' comments on other stories: no article
            non_stories.append(comments)
        return []
    # a listing of headlines alone, each dated (analysis.clean.dated_headlines): its cards
    titles_only = layout == "listing" and not any(bodies.values())
    chrome: set[int] | None = None  # the lines no card holds, when first asked for
    logos = False  # whether a card names its provider by its logo (card_logos)
    for index in sorted(members):
        positions = members[index]
        body = bodies[index]
        if not body and not titles_only:
            continue
        page = str(blocks["page"][positions[0]])
        row = {"page": page, "article_index": int(index), "layout": layout}
        on_meta_line = False
        first: dict[str, int] = {}  # the first block of each value field
        for position in positions:
            field = blocks["field"][position]
            if field in _VALUE_FIELDS and field not in first:
                first[field] = position
        for field in _VALUE_FIELDS:
            row[field] = None
            if field in first:
                start, end = blocks["start"][first[field]], blocks["end"][first[field]]
                span = text[start:end]
                if field == "title":
                    span = " ".join(_headline_parts(blocks, positions, first[field], text))
                row[field] = (
                    published_value(span, text, _line_around(text, start, end))
                    if field == "published"
                    else field_value(field, span)
                )
        if layout == "article" and "byline" in first:
            row["byline"] = _joined_bylines(blocks, positions, text) or row["byline"]
        if row["published"] is None and row["relative_time"] is None:
            # an article's, or a card's whose only date opens its text ("FUNAFUTI, 4 ...:")
            printed = dateline_date(body)
            row["published"] = (
                published_value(printed, text)
                if printed
                else yearless_dateline_iso(body, text) or bracketed_day_iso(body, text)
            )
        if layout == "article" and row["published"] is None and row["relative_time"]:
            # "2 days ago" under a save tool's "Saved from the web on 5 December 2026"
            row["published"] = relative_day(row["relative_time"], text.splitlines())
        if layout == "article" and row["published"] is None and "title" in first:
            # "Tuesday" alone under the headline, the save tool's day over the page
            row["published"] = _weekday_under_title(blocks, positions, first["title"], text)
        if (
            layout == "listing"
            and row["published"] is None
            and row["relative_time"]
            and is_clock_time(row["relative_time"])
        ):
            # a card printing only its clock time under its day's heading ("18:40")
            if chrome is None:
                chrome = _chrome_lines(blocks)
            top = min(int(blocks["line_no"][p]) for p in positions)
            row["published"] = heading_day(text.split("\n"), top, chrome, text)
        if layout == "listing" and row["published"] is None and "title" in first:
            # a calendar badge stacked over the headline ("03" / "Dec" / "2026")
            _read_badge(row, text, int(blocks["line_no"][first["title"]]))
        if row["published"] is None and is_dated_headline(row["title"] or ""):
            # a headline holding the page's date ("Letters to the editor, December 3, 2026")
            row["published"] = published_value(row["title"], text)
        if layout == "article" and row["published"] is None and "title" in first:
            # "*Erschienen am 03.12.2026*" closing the story, the page's only date
            page_lines = text.split("\n")
            slug = closing_published_date(page_lines, int(blocks["line_no"][first["title"]]))
            if slug is not None:
                line, start, end = slug
                row["published"] = published_value(
                    page_lines[line][start:end], text, page_lines[line]
                )
        printed_byline = row["byline"]
        # a byline over (some of) the story's text, no closing credit ("Provided by ...")
        header_byline = "byline" in first and any(
            blocks["start"][first["byline"]] < blocks["start"][p]
            for p in positions
            if blocks["label"][p] == "body"
        )
        if "outlet" in first:  # the card's name with its other fields ("Jane Doe • 3h")
            start, end = blocks["start"][first["outlet"]], blocks["end"][first["outlet"]]
            on_meta_line = _shares_line(text, int(start), int(end)) or _beside_time_line(
                blocks, positions, first["outlet"]
            )
        _resolve_given_fields(row, facts if layout == "article" else PageFacts())
        if (
            layout == "article"
            and row["published"] is None
            # the day the page's own address, printed alone on a line, writes
            and (day := printed_address_date(text)) is not None
        ):
            row["published"], row["date_source"] = day, "url"
        if layout == "article" and row["published"] is None and (day := file_name_date(page)):
            # the day the page's file is named by ("harbour-courier_2026-12-03_fares.txt")
            row["published"], row["date_source"] = day, "file"
        if layout == "article" and row["date_source"] == "html" and "title" in first:
            # the markup's date a related item printed above the headline, not the story's
            title_start = blocks["start"][first["title"]]
            body_start = min(
                (blocks["start"][p] for p in positions if blocks["field"][p] == "body"),
                default=len(text),
            )
            own = header_date_over_aside(text, title_start, body_start, row["published"])
            if own is not None:
                row["published"], row["date_source"] = own, "page"
        if layout == "listing" and row["published"] is None and facts.html is not None:
            # printed "3h" or "Tuesday": the date its card's markup holds
            published = date_of_card(facts.html.card_dates, row["title"], body)
            row["published"], row["date_source"] = published, "html" if published else None
        card = row["outlet"] if layout == "listing" else None
        if layout == "listing" and "title" in first:
            logo = card_logo_name(_lines_above(blocks, positions, first["title"], text))
            if logo is not None:  # a portal's provider logo over the card: its outlet
                card, logos = logo, True
                if row["byline"] and compact_name(row["byline"]) == compact_name(logo):
                    row["byline"] = None
        if card and facts.html is not None and letters(card) in facts.html.card_sections:
            # the card's markup marks the name as its section (<span class="kicker">)
            row["category"], card = row["category"] or card, None
        if card and facts.html is not None:
            # "作者林怡君": an author label glued to the name the markup marks as the author
            card = author_after_label(card, facts.html.card_authors) or card
        if card and facts.html is not None and letters(card) in facts.html.card_authors:
            # the card's markup marks the name as its author (<span itemprop="author">)
            if row["byline"] is None:
                row["byline"], row["byline_source"] = card, "page"
            card = None
        if (
            layout == "listing"
            and row["byline"] is None
            and "published" in first
            and facts.html is not None
            and facts.html.card_authors
        ):
            # "NAME Dec 3, 2026", "Dec 3, 2026 NAME Comments (0)": the name its markup
            # marks as the author (a <span class="post-author">), printed before or
            # after the card's date with no separator
            start, end = blocks["start"][first["published"]], blocks["end"][first["published"]]
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
            author = author_beside_date(
                text[line_start:start], text[end:line_end], facts.html.card_authors
            )
            if author is not None:
                row["byline"], row["byline_source"] = author, "page"
        row["outlet_key"] = row["outlet_source"] = None  # decided with the page's other cards
        # a card of a feed's or a news API's items: the story's own link, not the page's
        links = facts.html.card_links if layout == "listing" and facts.html is not None else ()
        row["url"] = card_link(links, row["title"]) or facts.url
        row["article_id"] = article_id(page, int(index), row["title"])
        row["body"] = body
        row["n_body_chars"] = len(body)
        reason = (
            (teaser_reason(body) or (TITLE_ONLY_REASON if titles_only else None))
            if layout == "listing"
            else _paywall_reason(blocks, positions, text)
        )
        if reason is None and layout == "article" and not (row["byline"] or row["published"]):
            no_story = non_story_reason(
                row["title"], body, facts.html is not None and facts.html.login_form
            )
            if no_story is not None:  # a bot check, an error page, a consent wall
                if non_stories is not None:
                    non_stories.append(no_story)
                continue
            reason = _hero_card_reason(body, text[int(blocks["end"][positions[-1]]) :])
        row["is_teaser"], row["teaser_reason"] = reason is not None, reason
        rows.append(row)
        cards.append(card)
        page_bylines.append(printed_byline)
        header_bylines.append(header_byline)
        on_meta_lines.append(on_meta_line)
        timed_cards.append(bool(row["published"] or row["relative_time"]))
    if not rows:
        return rows
    if (
        layout == "listing"
        and not any(cards)
        and not any(row["published"] or row["relative_time"] for row in rows)
    ):
        # an edition's items under its dated header ("Today's paper · 4 December 2026"),
        # or each item under the day's line over it; an alert's or a digest's cards
        # naming their outlets are no edition of its own
        page_lines, chrome_lines = text.split("\n"), _chrome_lines(blocks)
        for row in rows:
            top = min(int(blocks["line_no"][p]) for p in members[row["article_index"]])
            day = edition_day(page_lines, top, chrome_lines, text)
            row["published"], row["date_source"] = day, "page" if day else None
    if site is FIND_SITE:  # (clean_page finds it once, with the same masthead rule)
        lines = text.split("\n")
        site = unless_headline(page_site_name(lines), facts, lines) or unnamed_site(
            lines, blocks, facts
        )
    page_evidence = _outlet_evidence(text, facts, site)
    if layout == "listing":
        own = decide_outlet(page_evidence, page)
        known = own.name if own.source != "unknown" else None
        page_lines = text.split("\n")
        # (cards under their providers' logos name no reporter)
        authors = cards if any(cards) and not logos else None
        if authors and not author_named_as_outlet(
            authors, known, page_lines, on_meta_lines, timed_cards
        ):  # "Ka NAME" on every card: a word for "by" in a language no table holds
            authors = names_after_shared_cue(cards)
            if authors and not author_named_as_outlet(
                authors, known, page_lines, on_meta_lines, timed_cards
            ):
                authors = None
        if authors:
            # a newsletter's author, a site's reporters on its cards: the bylines
            for row, author in zip(rows, authors, strict=True):
                if row["byline"] is None:
                    row["byline"], row["byline_source"] = author, "page"
            cards = [None] * len(rows)
        _give_page_author(rows, blocks, members, text, facts)
        _turn_table_names(rows, text)
    for row, card, printed_byline, over_text in zip(
        rows, cards, page_bylines, header_bylines, strict=True
    ):
        outlet = decide_outlet(replace(page_evidence, card_outlet=card), page)
        row.update(outlet=outlet.name, outlet_key=outlet.key, outlet_source=outlet.source)
        provider = facts.html.provider if facts.html is not None else None
        if (
            row["credited_source"] is None
            and provider is not None
            and compact_name(provider) != compact_name(row["byline"] or "")
        ):  # an aggregator's provider slot (not an author's photo and name)
            row["credited_source"] = provider
        credit = row["credited_source"]
        if credit is not None and (
            _names_outlet(credit, outlet)
            or (row["byline"] and signs_byline(credit, row["byline"]))
            or notices_of(text, credit) > 1
        ):  # the site's own notice under its story (also in its footer), its reporter's
            row["credited_source"] = None  # initials "(dwl)"
        if row["credited_source"] is None:
            row["credited_source"] = _wire_credit(row["body"], outlet)
        if row["credited_source"] is None:
            row["credited_source"] = outlet.reprinted_from  # a reprint's original's domain
        credit = row["credited_source"]
        if (
            row["byline_source"] == "html"
            and printed_byline
            and credit
            and _same_source(row["byline"], credit)
        ):  # the markup's author is the agency, the page prints its reporters
            # (also by its initials: "The Associated Press" credited "(AP)", review h427)
            row["byline"], row["byline_source"] = printed_byline, "page"
        if (
            row["byline_source"] == "html"
            and printed_byline
            and over_text
            and _unprinted_author(row["byline"], printed_byline, text)
        ):  # the markup names a desk or a stale account the page never prints, the
            # page prints its author (review h329): what a reader sees is the byline
            row["byline"], row["byline_source"] = printed_byline, "page"
        if row["byline"] and row["byline_source"] not in ("manifest", "export"):
            # "By MARGARET COLE Associated Press": the person; the agency is the credit
            row["byline"] = byline_without_credit(row["byline"], row["credited_source"])
        # "NAME, Foto NAME" (a scraper's record, an author field): the photographer's
        row["byline"] = without_labelled_photographers(row["byline"])
    return rows


def _same_source(name: str, credit: str) -> bool:
    """True when ``name`` and ``credit`` name one source, written out or by the
    initials of either ("The Associated Press" and "AP"), as
    :func:`~analysis.clean.bylines.byline_without_credit` compares them."""
    full, short = compact_name(name), compact_name(credit)
    if not full or not short:
        return False
    return full == short or short == name_initials(name) or full == name_initials(credit)


def _unprinted_author(markup: str, printed: str, text: str) -> bool:
    """True when no name of the markup's author ``markup`` (a list's names apart) is
    printed in the page's ``text`` (compared as :func:`compact_name` forms) and the
    ``printed`` byline, over the story's text, names none of them: the page's byline
    contradicts its markup ("Carlos Restrepo" in JSON-LD, "Por
    Valentina Ospina" on the page; an author "Editorial team" the page never shows)."""
    shown, page = compact_name(printed), compact_name(text)
    names = [compact_name(name) for name in _AUTHOR_LIST_SEPARATOR.split(markup)]
    if not shown or not all(names) or any(name in shown or shown in name for name in names):
        return False
    return not any(name in page for name in names)


# Between the names of a markup's author list ("Jane Roe; John Doe", "Roe, Jane").
_AUTHOR_LIST_SEPARATOR = re.compile(r"\s*[;,]\s*")


def _give_page_author(
    rows: list[dict],
    blocks: BlockColumns,
    members: dict[int, list[int]],
    text: str,
    facts: PageFacts,
) -> None:
    """Give an author page's cards that print no byline the person the page is about
    (:func:`~analysis.clean.author_page.page_author`, above the first card; not the
    site's name its markup gives): every story it lists is hers (docs/metrics.md,
    "Bylines on a listing page")."""
    if all(row["byline"] is not None for row in rows):
        return
    top = min(int(blocks["line_no"][p]) for positions in members.values() for p in positions)
    site = facts.html.site_name if facts.html is not None else None
    author = page_author(text.split("\n"), top, site)
    if author is None:
        return
    for row in rows:
        if row["byline"] is None:
            row["byline"], row["byline_source"] = author[1], "page"


def _turn_table_names(rows: list[dict], text: str) -> None:
    """Give a clipping table's author cells printed ``Last, First`` (a reference
    manager's CSV export) their names given first
    (:func:`~analysis.clean.clipping_table.names_given_first`), and a cell printing its
    name with a byline's cue (a news database's "김민지 기자", name and "reporter";
    "By Jane Doe") the name alone (:func:`~analysis.clean.header_lines.find_byline`)."""
    turned = names_given_first([row["byline"] for row in rows]) or [r["byline"] for r in rows]
    spans = [find_byline(byline) if byline else None for byline in turned]
    names = [b[span[0] : span[1]] if span else b for b, span in zip(turned, spans, strict=True)]
    if names == [row["byline"] for row in rows] or not table_rows(text.split("\n")):
        return  # (the table is looked for only when a cell would change)
    for row, name in zip(rows, names, strict=True):
        row["byline"] = name


#: A copyright notice's mark: the sign, the word, or "(c)" before a year.
_COPYRIGHT_MARK = re.compile(r"©|\bcopyright\b|\(c\)\s*(?:19|20)\d\d", re.IGNORECASE)

#: Headlines of other cards under a homepage's hero card: the listing test's least run
#: of cards (analysis.clean.card_blocks.MIN_CARDS is 2 beside the page's own headline).
HERO_MIN_HEADLINES = 3
HERO_REASON = f"article: at most {MAX_TEASER_WORDS} words, no byline or date, headlines under it"


def _hero_card_reason(body: str, after: str) -> str | None:
    """:data:`HERO_REASON` when an article page's body is no longer than a card's teaser
    (:data:`~analysis.clean.card_teaser.MAX_TEASER_WORDS`; it may hold the card's time
    and the next card's headline) and the page prints at
    least :data:`HERO_MIN_HEADLINES` distinct card headlines after it (line kind
    ``title``, each on a line of its own: a ticker's rows, opening with their time or
    rank, list another page's latest items beside a brief): a homepage's hero card over
    its other cards' headlines, no story. The caller asks only of a page without byline
    and date."""
    if count_words(body) > MAX_TEASER_WORDS:
        return None
    headlines = {
        line.strip()
        for line in after.split("\n")
        if not line.lstrip()[:1].isdigit() and line_kind(line) == "title"
    }
    return HERO_REASON if len(headlines) >= HERO_MIN_HEADLINES else None


def _paywall_reason(blocks: BlockColumns, positions: list[int], text: str) -> str | None:
    """``paywall: "PROMPT"`` when an article page's body stops at a paywall prompt."""
    body_lines = sorted(
        {
            blocks["line_no"][p]
            for p in positions
            if blocks["label"][p] == "body" and blocks["field"][p] == "body"
        }
    )
    prompt = paywall_prompt(text.split("\n"), body_lines)
    return None if prompt is None else f'paywall: "{prompt}"'


def _wire_credit(body: str, outlet: Outlet) -> str | None:
    """The agency a wire dateline opening ``body`` credits, unless it names the outlet
    itself: "WASHINGTON (CNN) —" on CNN's page, "(AP)" on apnews.com (the domain's
    name, or its first label starting with the credited name) credit no one else."""
    credit = dateline_credit(body)
    return None if credit is None or _names_outlet(credit, outlet) else credit


def _names_outlet(credit: str, outlet: Outlet) -> bool:
    """Whether a credit names the outlet itself: its name, or its domain's name (or the
    domain's first label starting with the credited name: "(AP)" on apnews.com)."""
    if compact_name(credit) == compact_name(outlet.name):
        return True
    if ":" in outlet.key:  # keyed by name or unknown: no domain to compare
        return False
    return name_matches_domain(credit, outlet.key) or outlet.key.startswith(compact_name(credit))


def _resolve_given_fields(row: dict, facts: PageFacts) -> None:
    """Title, byline, date: the manifest's, else a news database export's fields, else the
    HTML page's (a title without the bracketed label opening it:
    :func:`analysis.clean.title_separators.without_bracket_label`), else the page
    text's; a date, last, from the page's URL path."""
    for field, source_column in _GIVEN_FIELDS.items():
        candidates = (
            (getattr(facts.manifest, field, None), "manifest"),
            (getattr(facts.export, field, None), "export"),
            (getattr(facts.html, field, None), "html"),
            (row[field], "page"),
            (url_date(facts.url) if field == "published" else None, "url"),
        )
        row[field], row[source_column] = next(
            ((value, source) for value, source in candidates if value), (None, None)
        )
        if field == "title" and row[source_column] == "html":
            # "【独自】Headline" in the <h1>, og:title and JSON-LD alike: a kicker
            row[field] = without_bracket_label(row[field])


def articles_frame(rows: list[dict]) -> pd.DataFrame:
    """The ARTICLES table (one or many pages) from :func:`article_rows` rows, typed.

    Parameters
    ----------
    rows : list of dict
        One dict per article, keyed by the ARTICLES columns.

    Returns
    -------
    pandas.DataFrame
        The columns in ``ARTICLE_COLUMNS`` order: int64 counts, bool ``is_teaser``,
        object text (None where missing); not validated (:func:`validate_articles`).
    """
    # Imported here: a clean worker builds rows only and never loads pandas or pandera.
    import pandas as pd

    from analysis.tables import ARTICLE_COLUMNS

    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    frame["article_index"] = frame["article_index"].astype("int64")
    frame["n_body_chars"] = frame["n_body_chars"].astype("int64")
    frame["is_teaser"] = frame["is_teaser"].astype(bool)
    for column in ARTICLE_COLUMNS:
        if column not in ("article_index", "n_body_chars", "is_teaser"):
            frame[column] = frame[column].astype(object)
    return frame


def header_date_over_aside(
    text: str, title_start: int, body_start: int, markup_date: str | None
) -> str | None:
    """The date an HTML article's header prints under its headline, when the date its
    markup gives is printed above the headline only: an aside's related item's ``<time>``
    that the whole page's date search took first. None otherwise (a markup date not
    printed at all, a timestamp in another zone, stays: whether the printed day should
    win over it is another question).

    Parameters
    ----------
    text : str
        The page as rendered.
    title_start, body_start : int
        Where the headline and the body start in ``text``.
    markup_date : str or None
        The markup's date, ``yyyy-mm-dd``.

    Returns
    -------
    str or None
        ``yyyy-mm-dd`` of the first date line under the headline that is no update's and
        no other item's; None when the markup's date is not such an aside's.
    """
    if markup_date is None or not title_start < body_start:
        return None
    header = text[title_start:body_start].split("\n")[1:]
    if markup_date in {d.iso for line in header for d in find_dates(line)}:
        return None
    if markup_date not in {d.iso for d in find_dates(text[:title_start])}:
        return None  # not printed above the headline either: the markup's own timestamp
    for line in header:
        dated = find_published_date(line)
        if dated is not None and dated[1] != "update" and not is_dated_headline(line):
            return dated[0].iso
    return None


def _read_badge(row: dict, text: str, title_line: int) -> None:
    """A listing card's date from the calendar badge stacked over its headline
    (:func:`analysis.clean.card_badges.badge_text`): the badge's lines are no category or
    relative time of the card."""
    badge = badge_text(text.split("\n"), title_line)
    published = published_value(badge, text) if badge else None
    if published is None:
        return
    row["published"], row["date_source"] = published, "page"
    parts = set(badge.split())
    for field in ("category", "relative_time"):
        if row[field] and set(row[field].split()) <= parts:
            row[field] = None


def _comments_page(blocks: BlockColumns, members: dict[int, list[int]], text: str) -> str | None:
    """:func:`analysis.clean.comment_cards.comments_page_reason` of a listing's cards: each
    card's first title line and the lines its blocks touch."""
    cards = []
    for index in sorted(members):
        positions = members[index]
        lines = [
            _line_around(text, int(blocks["start"][p]), int(blocks["end"][p]) - 1)
            for p in positions
        ]
        titles = [
            line for p, line in zip(positions, lines, strict=True) if blocks["field"][p] == "title"
        ]
        cards.append((titles[0] if titles else "", lines))
    return comments_page_reason(cards)


def _lines_above(blocks: BlockColumns, positions: list[int], title: int, text: str) -> list[str]:
    """The lines of a card's blocks above its headline's block ``title``, in page order,
    each once."""
    top = int(blocks["line_no"][title])
    seen: dict[int, str] = {}
    for p in positions:
        line_no = int(blocks["line_no"][p])
        if line_no < top and line_no not in seen:
            seen[line_no] = _line_around(text, int(blocks["start"][p]), int(blocks["end"][p]) - 1)
    return [seen[k] for k in sorted(seen)]


def _line_around(text: str, start: int, end: int) -> str:
    """The line(s) of ``text`` holding the span ``start:end`` ("Publié le 3/12/2026 à
    08:45" around its date: the words that may decide the date's order)."""
    stop = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : stop if stop >= 0 else len(text)]


def _shares_line(text: str, start: int, end: int) -> bool:
    """Whether the span ``start:end`` shares its line of ``text`` with other words
    ("Jane Doe • 3 hours ago", "03/12/2026 | Jane Doe"; not "Jane Doe" alone)."""
    span = text[start:end]
    start += len(span) - len(span.lstrip())
    name = span.strip()
    return _line_around(text, start, start + len(name)).strip() != name


def _beside_time_line(blocks: BlockColumns, positions: list[int], name: int) -> bool:
    """Whether the card's name block (at position ``name``) is on the line right above
    or right under its card's date or time ("Jane Doe" over "Updated: Dec 3, 2026"):
    with the story's time, as on its line."""
    line = int(blocks["line_no"][name])
    return any(
        blocks["field"][p] in ("published", "relative_time")
        and abs(int(blocks["line_no"][p]) - line) == 1
        for p in positions
    )


def _weekday_under_title(
    blocks: BlockColumns, positions: list[int], title: int, text: str
) -> str | None:
    """The day a weekday printed alone between the headline and the story's text names
    as of the save tool's dated line (:func:`~analysis.clean.capture_date.weekday_day`:
    "Tuesday" under a read-later export's "Saved ... Saturday, December 5, 2026"); None
    without such a line."""
    top = int(blocks["line_no"][title])
    body = [int(blocks["line_no"][p]) for p in positions if blocks["label"][p] == "body"]
    below = [line for line in body if line > top]
    if not below:
        return None
    lines = text.split("\n")
    for i in range(top + 1, min(below)):
        if (day := weekday_day(lines[i], lines)) is not None:
            return day
    return None


def _joined_bylines(blocks: BlockColumns, positions: list[int], text: str) -> str | None:
    """The article's bylines joined by "; " when it has several byline blocks (the names
    of the authors' biographies closing the body, one a line:
    :func:`analysis.clean.closing_notes.closing_bio_names`); None for one."""
    values = [
        field_value("byline", text[blocks["start"][p] : blocks["end"][p]])
        for p in positions
        if blocks["field"][p] == "byline"
    ]
    names = list(dict.fromkeys(value for value in values if value))
    return "; ".join(names) if len(names) > 1 else None


def _headline_parts(blocks: pd.DataFrame, positions: list[int], first: int, text: str) -> list[str]:
    """The texts of an article's title blocks on consecutive lines from its first one
    (a headline printed over two lines or more:
    :func:`analysis.clean.headline.headline_lines`)."""
    parts = []
    line = blocks["line_no"][first]
    for position in positions[positions.index(first) :]:
        if blocks["line_no"][position] > line:
            break
        if blocks["field"][position] == "title" and blocks["line_no"][position] == line:
            parts.append(text[blocks["start"][position] : blocks["end"][position]])
            line += 1
    return parts


def article_id(page: str, article_index: int, title: str | None) -> str:
    """Stable article id: SHA-1 of page, position and title, first 16 hex digits.

    Parameters
    ----------
    page : str
        The page's name.
    article_index : int
        The article's position on the page (0 for an article page).
    title : str or None
        Its title; None hashes as ``""``.

    Returns
    -------
    str
        16 lowercase hex digits; equal inputs give the same id on every run and machine.
    """
    key = f"{page}\x1f{article_index}\x1f{title or ''}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _body_text(blocks: BlockColumns, positions: list[int], text: str) -> str:
    """Join an article's body blocks: one paragraph per line, blank line between."""
    parts_by_line: dict[int, list[str]] = {}
    for position in positions:
        if blocks["label"][position] == "body" and blocks["field"][position] == "body":
            part = text[blocks["start"][position] : blocks["end"][position]].strip()
            parts_by_line.setdefault(blocks["line_no"][position], []).append(part)
    paragraphs = (" ".join(p for p in parts_by_line[line] if p) for line in sorted(parts_by_line))
    return "\n\n".join(p for p in paragraphs if p)


def validate_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Check an ARTICLES table against ``analysis.tables.ARTICLES_SCHEMA``; raise TableError.

    Parameters
    ----------
    articles : pandas.DataFrame
        Article rows of one or more pages.

    Returns
    -------
    pandas.DataFrame
        ``articles``, as :func:`analysis.tables.validate` returns it.
    """
    from analysis.tables import validate

    return validate(articles, "articles")
