"""HTML pages as input: rendered text for the blocks, trafilatura for body and metadata.

A saved ``.html``/``.htm`` page (optionally gzipped, see :mod:`analysis.clean.read`) is
turned into the same :class:`~analysis.clean.read.Page` as a text dump, plus what the
markup says about the article (:class:`HtmlMetadata`):

- **rendered text** (``Page.text``): the page as a browser's text view shows it,
  rendered by inscriptis (block elements on their own lines, list items bulleted, table
  cells aligned; no link targets, no scripts, styles or markup). Everything downstream
  (blocks, character accounting, boilerplate ratio) reads this text exactly as it reads
  a text dump, so a page's ``boilerplate_ratio`` means the same for both inputs: the
  share of the characters of the page's rendered text that are not its articles' body,
  title or metadata. inscriptis was chosen over html2text because it renders plain text
  laid out like the page instead of Markdown, whose syntax (``**``, ``[..](..)``, ``#``)
  would count as characters of the page.
- **body and metadata** (:func:`html_metadata`): trafilatura's extraction (title,
  author, date, site name, canonical / ``og:url``, main text). The body lines of the
  rendered text are the lines trafilatura's main text holds (:func:`body_lines_of`), so
  the articles table's body is trafilatura's text in the page's own rendering; a listing
  page is still split into cards from its rendered text like a text listing.

Nothing is fetched: trafilatura works on the markup given, with its extraction timeout
off (deterministic, no signals).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html import unescape
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urljoin

from analysis.clean.agreed_headline import title_agreed_with_heading
from analysis.clean.author_marks import with_final_marks
from analysis.clean.byline_words import author_labels, by_words
from analysis.clean.bylines import is_person_name
from analysis.clean.company_names import company_span, without_legal_form
from analysis.clean.dates import find_date_span
from analysis.clean.domains import registered_domain
from analysis.clean.email_addresses import address_read_as_name
from analysis.clean.feed_links import feed_site_name
from analysis.clean.header_lines import (
    author_field_name,
    find_byline,
    is_meta_line,
    is_role_line,
)
from analysis.clean.host_site_name import named_over_host
from analysis.clean.html_asides import (
    aside_paragraphs,
    card_grid_paragraphs,
    note_list_paragraphs,
)
from analysis.clean.html_author import drupal_author, hooked_author, labelled_author
from analysis.clean.html_captions import caption_story
from analysis.clean.html_cards import (
    CardDate,
    card_authors,
    card_closers,
    card_dates,
    card_headlines,
    card_sections,
    letters,
    pack_cards,
)
from analysis.clean.html_code import code_ends_apart, inherit_whitespace
from analysis.clean.html_decks import deck_paragraphs
from analysis.clean.html_frames import inline_frame_documents
from analysis.clean.html_headings import (
    HEADINGS,
    break_dated_headings,
    headline_of,
    space_glued_headings,
)
from analysis.clean.html_layout_tables import linearize_layout_tables
from analysis.clean.html_links import link_paragraphs
from analysis.clean.html_logo import (
    header_logo_name,
    header_logo_title_part,
    home_link_name,
    home_logo_name,
    names_home,
    site_title_name,
)
from analysis.clean.html_provider import provider_name
from analysis.clean.html_row_spans import fill_row_spans
from analysis.clean.html_signup import signup_box_paragraphs
from analysis.clean.html_slots import separate_slotted_parts
from analysis.clean.html_stories import story_headings, story_openers
from analysis.clean.html_tab_panels import drop_hidden_prompts, drop_hidden_tab_panels
from analysis.clean.html_times import time_texts, without_time_texts
from analysis.clean.html_translations import drop_translated_columns
from analysis.clean.joiner_marks import with_joiners
from analysis.clean.jsonld_article import (
    article_organizations,
    live_update_authors,
    live_update_headlines,
    nested_days,
    own_articles,
    page_article,
    website_names,
)
from analysis.clean.labelled_byline import labelled_names
from analysis.clean.local_day import printed_local_day
from analysis.clean.markup_dates import (
    attribute_day,
    common_era_day,
    is_update_date_only,
    own_article_day,
    printed_time_day,
    publication_key_day,
    span_free_day,
    timestamp_attribute_day,
)
from analysis.clean.markup_lines import NO_MARKUP, MarkupLines, button_texts, menu_texts
from analysis.clean.markup_publisher import (
    citation_site_name,
    markup_headline,
    parsely_headline,
    rdfa_author_names,
    rdfa_publisher_name,
)
from analysis.clean.meta_author import citation_order, meta_author, meta_tags
from analysis.clean.microdata_cards import related_item_authors, related_item_days
from analysis.clean.misread_author import printed_author
from analysis.clean.name_domain import name_spelled_by_domain
from analysis.clean.name_forms import compact_name
from analysis.clean.photo_credits import without_photographers
from analysis.clean.portrait_alt import author_photo_name
from analysis.clean.social_handle import printed_handle_name
from analysis.clean.story_origin import linked_site, read_view_origin, service_site_name
from analysis.clean.story_publisher import paper_over_group, publisher_over_service
from analysis.clean.tagline_masthead import MIN_TAGLINE_WORDS, in_sentence_case
from analysis.clean.title_separators import (
    SCRIPT_STOP_TITLE_MARK,
    UNSPACED_TITLE_MARK,
    site_first_parts,
    without_section_path,
)
from analysis.clean.title_site import (
    headed_title_site,
    prefixed_title_site,
    sectioned_title_site,
)
from analysis.clean.web_snapshot import archive_site_name, page_links, snapshot_original
from analysis.clean.yearless_dates import find_day_month
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import (
    UNSPACED_SCRIPTS,
    WORD_CHAR,
    count_words,
    is_lower_case,
    without_format_characters,
)
from analysis.text.marks import SENTENCE_MARKS, strip_closing_marks

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Lines of this many words or more also count as body when their text is inside a
#: paragraph of trafilatura's main text (a paragraph the renderer wrapped or split).
MIN_WORDS_INSIDE_PARAGRAPH = 5


@dataclass(frozen=True)
class HtmlMetadata:
    """What an HTML page's markup says about its article; None when not given.

    Attributes
    ----------
    url : str or None
        The canonical URL (``<link rel=canonical>``, ``og:url``); a web archive's
        snapshot's saved site, a read view's origin link, or the one site an e-mailed
        digest links (:mod:`analysis.clean.web_snapshot`,
        :mod:`analysis.clean.story_origin`).
    site_name : str or None
        The site's own name (``og:site_name``, publisher).
    title, byline, published : str or None
        Headline, author(s), publication date (``yyyy-mm-dd``).
    body : str or None
        trafilatura's main text, paragraphs separated by line breaks.
    card_dates : tuple of CardDate
        The dates a listing's cards hold in their markup only
        (:func:`analysis.clean.html_cards.card_dates`); empty when no card was packed.
    card_sections : frozenset of str
        The section labels a listing's cards mark so in their markup
        (:func:`analysis.clean.html_cards.card_sections`); empty when no card was packed.
    card_authors : frozenset of str
        The names a listing's cards mark as their authors in their markup
        (:func:`analysis.clean.html_cards.card_authors`); empty when no card was packed.
    link_paragraphs : frozenset of str
        The paragraphs that are a label and a link to another story ("Read also:
        Headline", :func:`analysis.clean.html_links.link_paragraphs`), as letters.
    aside_paragraphs : frozenset of str
        The paragraphs of the boxes the markup names as notes beside the story (a
        disclaimer, a method box, a caption: :func:`analysis.clean.html_asides.aside_paragraphs`),
        a list of notes the text links to and a grid of cards beside the story
        (:func:`~analysis.clean.html_asides.note_list_paragraphs`,
        :func:`~analysis.clean.html_asides.card_grid_paragraphs`) and the deck at the
        main text's head (:func:`analysis.clean.html_decks.deck_paragraphs`), as letters.
    provider : str or None
        The name a logo's alternative text and the text printed right after it give
        above the headline: whose story an aggregator re-hosts
        (:func:`analysis.clean.html_provider.provider_name`).
    markup_lines : MarkupLines
        What the markup says of some lines of the rendered text, which the listing
        splitter reads: the headlines of the whole stories the page prints under
        headings of its own (a newsletter's web version), the lines opening whole
        stories' texts, the name lines closing packed cards
        (:class:`analysis.clean.markup_lines.MarkupLines`).
    script_body : str or None
        The page's JSON-LD ``articleBody`` when its rendered text does not print it (a
        page saved without running the script that renders its story), one paragraph
        a line (analysis.clean.script_data); else None.
    app_state : str or None
        The name of a script framework's application state in the page
        (``__NEXT_DATA__``, ...: analysis.clean.script_data.app_state_name), or None.
    script_listing : str or None
        The listing page (markup, every value escaped) of the stories a script
        framework's application state lists when the rendered text prints none of
        them and the state holds no story of its own (analysis.clean.app_state); else
        None.
    script_shell : bool
        The rendered text prints nothing but the page's ``<noscript>`` content (the
        notice a page shows in place of what its script renders, in any language):
        the page's stories are its script data's (analysis.clean.script_data).
    login_form : bool
        The markup holds a password field (``<input type="password">``): a login form,
        which a page that is nothing else is (:mod:`analysis.clean.non_story`).
    logo : str or None
        The name the image on the link to the site's home page gives above the headline
        (:func:`analysis.clean.html_logo.home_logo_name`): a masthead drawn as an image.
    page_title : str or None
        The page's ``<title>`` as written (references decoded, spaces collapsed): it
        may name the site beside the headline ("Headline — Site",
        :func:`analysis.clean.outlet.title_names`).
    card_links : tuple of tuple of str
        Each card's own address on a listing written from data (a feed's items, a news
        API's stories: :func:`analysis.clean.feed_xml.item_links`), as ``(letters of its
        title, link)`` (:func:`analysis.clean.html_cards.letters`); empty on another page,
        whose cards' links are the site's markup, not read.
    heading : str or None
        The page's first ``<h1>``'s text when it is not ``title`` (an ``og:title``
        written for the share card over the headline the page prints: h429's review):
        the main text may open with it, and it is no body (:func:`body_lines_of`).
    """

    url: str | None = None
    site_name: str | None = None
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    body: str | None = None
    card_dates: tuple[CardDate, ...] = ()
    card_sections: frozenset[str] = frozenset()
    card_authors: frozenset[str] = frozenset()
    link_paragraphs: frozenset[str] = frozenset()
    aside_paragraphs: frozenset[str] = frozenset()
    provider: str | None = None
    markup_lines: MarkupLines = NO_MARKUP
    script_body: str | None = None
    app_state: str | None = None
    script_listing: str | None = None
    script_shell: bool = False
    login_form: bool = False
    page_title: str | None = None
    logo: str | None = None
    time_texts: frozenset[str] = frozenset()
    card_links: tuple[tuple[str, str], ...] = ()
    heading: str | None = None


def render_text(html: str, main_text: str | None = None) -> str:
    """The page's rendered text (inscriptis), laid out like a text dump.

    inscriptis's strict CSS profile (no indentation for nested ``<div>``) renders the
    page without link targets or image alt texts; list bullets are written as text
    dumps write them (``•``, ``◦``, ``▪`` by nesting depth) and trailing spaces dropped.

    Parameters
    ----------
    html : str
        The decoded markup.
    main_text : str, optional
        The page's main text (:func:`html_metadata`): the cards of a listing
        (:mod:`analysis.clean.html_cards`) are rendered one packed block each unless
        the main text lies mostly outside them.

    Returns
    -------
    str
        Plain text with ``\\n`` line ends, ending in one ``\\n``.
    """
    return rendered_page(html, main_text).text


#: Elements a browser's default style sheet displays as blocks (HTML Living Standard,
#: 15.3 "Rendering: non-replaced elements") that inscriptis's strict profile leaves
#: inline: a definition list's terms and definitions, a ``<section>`` holding text of
#: its own, a disclosure's summary, a form's parts. Each starts a line of its own.
BROWSER_BLOCKS = (
    "section",
    "dl",
    "dt",
    "dd",
    "details",
    "summary",
    "dialog",
    "form",
    "fieldset",
    "legend",
    "menu",
    "center",
    "search",
)


class RenderedPage(NamedTuple):
    """An HTML page's rendered text and what its markup alone tells about its parts."""

    text: str
    card_dates: tuple[CardDate, ...] = ()
    card_sections: frozenset[str] = frozenset()
    card_authors: frozenset[str] = frozenset()
    link_paragraphs: frozenset[str] = frozenset()
    aside_paragraphs: frozenset[str] = frozenset()
    #: The provider named in an aggregator's slot above the headline
    #: (:func:`analysis.clean.html_provider.provider_name`).
    provider: str | None = None
    #: What the markup says of some lines of the text
    #: (:class:`analysis.clean.markup_lines.MarkupLines`).
    markup_lines: MarkupLines = NO_MARKUP
    #: The name the home link's logo image gives (:func:`analysis.clean.html_logo.home_logo_name`).
    logo: str | None = None


def rendered_page(html: str, main_text: str | None = None) -> RenderedPage:
    """The page's rendered text (:func:`render_text`), its packed cards' dates and section
    labels, and its paragraphs that link to other stories.

    Parameters
    ----------
    html : str
        The decoded markup.
    main_text : str, optional
        The page's main text (:func:`html_metadata`).

    Returns
    -------
    RenderedPage
        The text as :func:`render_text` gives it, the dates the packed cards hold in
        their markup only (:func:`analysis.clean.html_cards.card_dates`), the section
        labels and the authors' names their markup marks
        (:func:`analysis.clean.html_cards.card_sections`,
        :func:`~analysis.clean.html_cards.card_authors`) and
        the paragraphs that are a label and a link to a story
        (:func:`analysis.clean.html_links.link_paragraphs`) and those of the boxes beside
        the story (:func:`analysis.clean.html_asides.aside_paragraphs`).
    """
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.html_engine import Inscriptis
    from inscriptis.html_properties import Display
    from inscriptis.model.config import ParserConfig
    from inscriptis.model.html_element import HtmlElement as CssElement

    css = CSS_PROFILES["strict"].copy()
    for tag in BROWSER_BLOCKS:  # blocks in a browser that inscriptis's profile runs inline
        css.setdefault(tag, CssElement(display=Display.block))
    inherit_whitespace(css)  # a <pre>'s code keeps its lines
    config = ParserConfig(css=css, display_links=False, display_images=False)
    tree = _parse(html)
    if tree is None:
        return RenderedPage("\n")
    if "srcdoc=" in html:
        inline_frame_documents(tree)  # a widget's list given as the frame's own document
    space_glued_headings(tree)
    break_dated_headings(tree)  # a wire's release date opening its headline's heading
    linearize_layout_tables(tree)  # a page laid out in a table: its cells one after another
    if "rowspan" in html:
        fill_row_spans(tree)  # a cell spanning rows given to each row it spans
    if "tabpanel" in html:
        drop_hidden_tab_panels(tree)  # a tab widget's panels the page does not show
    if "hidden" in html:
        drop_hidden_prompts(tree)  # a consent box the page hides
    if " lang=" in html and (translated := drop_translated_columns(tree)):
        # a release's second language beside its first: no part of the main text either
        main_text = _without_texts(main_text, translated)
    if " slot=" in html:
        separate_slotted_parts(tree)  # a custom element's slotted headline, date, teaser
    links = link_paragraphs(tree)
    stories = story_headings(tree)
    openers = story_openers(tree)
    cards = pack_cards(tree, main_text, stories)
    headlines = frozenset(letters(heading.text_content()) for heading in stories if cards)
    dates, sections, authors = card_dates(cards), card_sections(cards), card_authors(cards)
    lines = Inscriptis(tree, config).get_text().split("\n")
    rendered = "\n".join(_RENDERED_BULLET.sub(_dump_bullet, line).rstrip() for line in lines)
    asides = aside_paragraphs(tree, main_text)
    # a list of notes the text links to and a grid of cards beside the story, known by
    # their shapes, not their names: no body, and passed over where the detector's prose
    # continues the main text
    shaped = card_grid_paragraphs(tree, main_text) | note_list_paragraphs(tree, main_text)
    if "<input" in html:  # a sign-up box asking for an e-mail address, between paragraphs
        shaped |= signup_box_paragraphs(tree, main_text)
    marks = MarkupLines(
        headlines,
        openers,
        card_closers(cards),
        card_headlines(cards),
        links | asides | shaped | (button_texts(tree) if "<button" in html else frozenset()),
        html=True,
        menus=menu_texts(tree) if "<nav" in html or "navigation" in html else frozenset(),
        card_sections=sections,
        card_authors=authors,
    )
    # a provider slot is an image's text printed again before the headline
    provider = provider_name(tree) if "<h1" in html and "alt=" in html else None
    logo = home_logo_name(tree) if "alt=" in html else None
    # the deck under the headline is no body either (not a box for the line kinds: the
    # headline's reader scores it as a standfirst)
    not_body = asides | shaped | deck_paragraphs(tree, main_text)
    return RenderedPage(
        rendered.strip("\n") + "\n",
        dates,
        sections,
        authors,
        links,
        not_body,
        provider,
        marks,
        logo,
    )


def _parse(html: str) -> HtmlElement | None:
    """The markup parsed as inscriptis's ``get_text`` parses it (None when empty)."""
    from lxml.etree import ParserError
    from lxml.html import document_fromstring

    html = html.strip()
    if not html:
        return None
    if html.startswith("<?xml "):
        html = re.sub(r"^<\?xml [^>]+?\?>", "", html, count=1)
    try:
        return document_fromstring(html)
    except ParserError:
        return document_fromstring("<pre>" + html + "</pre>")


# inscriptis writes "* ", "+ ", "o " bullets (by depth) after the list's indentation.
_RENDERED_BULLET = re.compile(r"^(?P<indent> +)(?P<bullet>[*+o])(?: (?=\S)|$)")
_DUMP_BULLETS = {"*": "•", "+": "◦", "o": "▪"}


def _dump_bullet(match: re.Match[str]) -> str:
    return f"{match.group('indent')[:-2]}{_DUMP_BULLETS[match.group('bullet')]} ".rstrip(" ") + (
        " " if match.end() < len(match.string) else ""
    )


#: htmldate's settings: the oldest date of the markup's structured places (extensive
#: search off, see ``_trafilatura_config``), and a fixed latest date instead of
#: trafilatura's default, the clock's today: a page dated after the day it is cleaned (a
#: clock behind, a time zone ahead, a scheduled story) read as the first of its month
#: ("2026-12-05" gave "2026-12-01"), and the output changed with the day of the run.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}


@functools.lru_cache(maxsize=1)
def _trafilatura_config():  # configparser.ConfigParser
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    # The date only from the markup's structured places (meta tags, JSON-LD, <time>, the
    # URL): htmldate's extensive search otherwise guesses one from the text, January 1
    # of a footer's "© 2019" or of any year written, or the oldest date on the page (a
    # sidebar's, an archive link's), and it would beat the date the page prints, which
    # the text detector reads as in a text dump.
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    # trafilatura and htmldate log every page they find no article in; a page without
    # one is an ordinary outcome here (the text detector takes over), not a warning.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return config


def html_metadata(html: str) -> HtmlMetadata:
    """Title, author, date, site name, URL and main text of a page, by trafilatura.

    Parameters
    ----------
    html : str
        The decoded markup.

    Returns
    -------
    HtmlMetadata
        The fields trafilatura found (None for the others; all None when it finds no
        article).
    """
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        config=_trafilatura_config(),
        date_extraction_params=_DATE_PARAMS,
    )
    login_form = _PASSWORD_FIELD.search(html) is not None
    if document is None:
        return HtmlMetadata(login_form=login_form)
    values = document if isinstance(document, dict) else document.as_dict()

    def text(key: str) -> str | None:
        value = values.get(key)
        if not isinstance(value, str):
            return None
        value = " ".join(value.split())
        return value or None

    published = text("date")
    if published is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        published = None
    if published is not None and (attribute := attribute_day(html, published)) is not None:
        published = attribute  # a <time>'s text read day first, its datetime the day
    if published is not None and is_update_date_only(html, published):
        published = None  # the last update's date: the page prints its own (read.py)
    if published is not None and (own_day := own_article_day(html, published)) is not None:
        published = own_day  # a related story's date (a card nested in the story), not its own
    if published is not None and (unspanned := span_free_day(html, published)) is not None:
        published = unspanned  # one end of a span of days (an obituary's death), not its own
    if published is not None and (printed := printed_time_day(html, published)) is not None:
        published = printed  # a <time>'s UTC attribute a day off the day it prints
    if published is not None and (local := printed_local_day(html, published)) is not None:
        published = local  # a meta tag's UTC moment printed on the day before (or after) in
        # the page's own zone (h394)
    if published is None and values.get("date") is None:  # a key htmldate cannot read:
        published = publication_key_day(html)  # a Unix time, RFC 2822's printing
        published = published or timestamp_attribute_day(html)  # a relative time's moment
    body = values.get("text") if isinstance(values.get("text"), str) else None
    if body is not None:  # a kept code block's last line glued to the next paragraph
        body = code_ends_apart(body, getattr(document, "body", None))
    if body is not None and "<figcaption" in html and (tree := _parse(html)) is not None:
        body = caption_story(tree, body) or body  # a photo essay's story in its captions
    url, site_name = text("url"), _as_written(_named_by_markup(text("sitename"), html), html)
    if site_name is not None and "Organization" in html:  # the host alone, where the
        # <title> and the JSON-LD publisher agree on a name (a live blog's LiveBlogPosting)
        site_name = named_over_host(
            site_name, url, title_parts(page_title(html)), article_organizations(html)
        )
    if site_name is None and (
        "site-title" in html or "site-name" in html or "site-branding" in html
    ):
        tree = _parse(html)  # a WordPress theme's site title, a Drupal theme's site name
        site_name = site_title_name(tree) if tree is not None else None
    if site_name is None and "<header" in html and "alt=" in html:  # a header's logo
        tree = _parse(html)  # image, its text naming it ("Example Echo logo")
        site_name = header_logo_name(tree) if tree is not None else None
        if site_name is None and tree is not None:  # the <title>'s site part, which
            # a header image's text repeats ("Headline : Site" and <amp-img alt="Site">)
            site_name = header_logo_title_part(tree, title_parts(page_title(html)))
    if site_name is None and (named := website_names(html)):  # a JSON-LD WebSite's name
        site_name = named[0]  # (trafilatura skips a script with comments or closing commas)
    if site_name is None and 'name="og:site_name"' in html:  # the Open Graph key written
        # as a name=, which trafilatura reads not (it reads property=)
        site_name = next((c for key, c in meta_tags(html) if key == "og:site_name"), None)
    if site_name is None and "citation_" in html:  # the scholarly tags
        site_name = citation_site_name(html)
    if site_name is None and "publisher" in html:  # an RDFa publisher object
        tree = _parse(html)
        site_name = rdfa_publisher_name(tree) if tree is not None else None
    if site_name is None and "Organization" in html and (named := article_organizations(html)):
        site_name = named[0]  # the JSON-LD article's publisher or sourceOrganization
    if site_name is not None and _reads_as_motto(site_name, html):
        tree = _parse(html)  # og:site_name holding the site's motto, which neither the
        # <title> nor the header's logo (or a theme's site title) prints: the name the
        # <title> and the header agree on
        named = _motto_free_name(tree, title_parts(page_title(html))) if tree is not None else None
        # (a phrase that is plainly a sentence, no name, is dropped without one the markup
        # agrees on: the page's text names the site, as its logo or its footer's
        # copyright; h361)
        site_name = named or (None if _is_sentence_motto(site_name) else site_name)
    site_name = printed_handle_name(site_name, html)
    if site_name is not None and (
        without_legal_form(site_name) != site_name
        or _company_words_close(site_name)
        or _publisher_over_brand(site_name, html)
    ):
        site_name = _brand_over_company(site_name, html)
    if url is None:
        url = _based_canonical(html)
    links = page_links(html)
    snapshot = snapshot_original(url, links)
    if snapshot is not None:  # a web archive's snapshot: the saved site, not the archive
        if archive_site_name(site_name, snapshot.archive):
            site_name = None
        url = snapshot.saved
    elif (origin := read_view_origin(url, html)) is not None:
        # a read-later service's view of a story: the story's site, not the service
        if service_site_name(site_name, origin):
            site_name = None
        url = origin
    elif url is None:  # an e-mailed digest of one site's stories
        url = linked_site(links)
    # a group's page of one of its papers, a news app's preview of a publisher's story:
    # the story's outlet, not the site's (h394)
    site_name = paper_over_group(site_name, html, lambda: _parse(html)) or site_name
    site_name = (
        publisher_over_service(site_name, url, title_parts(page_title(html)), lambda: _parse(html))
        or site_name
    )
    if site_name is not None and url is not None:
        site_name = _titled_host_name(site_name, url, html)
    title = _filled(text("title"), html)
    if title is not None and "liveBlogUpdate" in html:  # an update's headline: the blog's
        title = live_update_headlines(html).get(title, title)
    title = _as_headed(title, html)
    if site_name is None:  # "Headline - Section - Site": the <title>'s far end
        parts, headed = title_parts(page_title(html)), title_parts(title)
        site_name = sectioned_title_site(parts, title)
        if site_name is None and (site_name := headed_title_site(parts, headed)):
            # "Site | Headline" as the heading prints it: the headline is the other part
            rest = headed[1:] if headed[0].casefold() == site_name.casefold() else headed[:-1]
            title = rest[0] if len(rest) == 1 else title
        elif site_name is None and (prefixed := prefixed_title_site(title, _headings(html))):
            site_name, title = prefixed  # "Site: Headline" over the headline's heading
    if site_name is None and 'href="' in html:  # the home link's text over the menu,
        tree = _parse(html)  # the page printing it once more (its <title>, its footer),
        named = home_link_name(tree) if tree is not None else None
        parts = title_parts(page_title(html))  # not a word of a longer name the <title>
        if (  # writes ("خبر", news, of "اورمو خبر")
            named is not None
            and html.count(named) >= 2
            and not any(named != part and named in part for part in parts)
        ):
            site_name = named
    own = own_articles(html)
    other = None  # a related story's JSON-LD article written before the page's own
    if len(own) > 1 and (chosen := page_article(own, url, _first_headline(html))):
        other, own = own[0], [own[chosen], *own[:chosen], *own[chosen + 1 :]]
        title = own[0].headline or title if title == other.headline else title
        published = own[0].published or published if published == other.published else published
    author = _not_the_site(
        _author(citation_order(with_final_marks(text("author"), html), html)), site_name
    )
    if author is not None and _only_a_label(author):
        # the label's own element, read for an author's ("<span id="author">Author</span>",
        # a forum's column head over the first post): no name
        author = None
    if author is not None:  # an account's handle, a date line's day word (h398)
        names = (printed_author(name, html) for name in author.split(_AUTHORS_JOINER))
        author = _AUTHORS_JOINER.join(name for name in names if name) or None
    if author is not None and (address := address_read_as_name(author, html)):
        author = address  # "By jtravers@example.com", which trafilatura read "Jtravers Com"
    if author is not None and "itemscope" in html and _a_cards_author(author, html, title):
        author = None  # a related card's microdata author, not the page's
    if author is not None and not is_person_name(author.split()):
        # an author card's role ("Chief sports writer") where the name is only in the
        # alt text of the author's photo ("Photo of Jane Roe")
        author = author_photo_name(html) or author
    byline = (
        author
        or _labelled_author(html, body)
        or _not_the_site(meta_author(html), site_name)
        or _not_the_site(_rdfa_author(html), site_name)
        or author_photo_name(html)  # an author card's photo the only name ("Photo of ...")
        or hooked_author(html)  # a site builder's post header (Wix's data-hook)
        or drupal_author(html)  # Drupal's author field ("field--name-uid")
    )
    if byline is not None and _AUTHORS_JOINER in byline:  # a photographer beside the writer
        byline = without_photographers(byline, html, _AUTHORS_JOINER)
    if other is not None and byline is not None:
        byline = _without_authors(byline, other.authors, own[0].authors)
    if byline is not None and own and "liveBlogUpdate" in html:  # an update's poster
        byline = _without_authors(byline, live_update_authors(html), own[0].authors)
    if byline is None and own and own[0].creators:  # schema.org's "creator" for its author
        byline = _not_the_site("; ".join(own[0].creators), site_name)
    if byline is None and own and own[0].episode:  # an episode's author (its host)
        byline = _not_the_site("; ".join(own[0].authors), site_name) or None
    if own and (own[0].headline or own[0].published):
        if _is_section_title(title, site_name):
            title = _printed_headline(title, own[0].headline, html)
        if (
            published is not None
            and own[0].published not in (None, published)
            and published in nested_days(html)  # a related story's date, not the page's
        ):
            published = own[0].published
        if published is None:  # the article's dateCreated alone, which htmldate reads not
            published = own[0].published
    if not (own and own[0].headline) and _is_section_label(title, page_title(html), site_name):
        # (no JSON-LD headline: the <h1>, else an RDFa or microdata article's headline)
        title = _first_headline(html) or _markup_headline(html) or title
    elif not (own and own[0].headline):
        title = _title_over_section_heading(title, html, site_name)
    if (
        title is not None
        and "parsely-page" in html
        and (full := parsely_headline(html)) is not None
        and len(full) > len(title)
        and full.casefold().startswith(title.casefold())
    ):  # the <title>'s headline cut short, the story's whole in the analytics tag (h399)
        title = full
    if title is not None and "<h1" in html and (parts := title_parts(page_title(html))):
        # an og:title written for the share card over the headline the <h1> prints and the
        # <title> repeats: the two that agree (h394)
        agreed = title_agreed_with_heading(title, _parse(html), parts, page_title(html))
        title = agreed or title
    if published is not None and "itemscope" in html and _a_cards_day(published, html, title):
        published = None  # a related card's microdata date: the page prints its own
    if published is not None and (common := common_era_day(published)) is not None:
        published = common  # an ISO date written with the Buddhist era's year
    if byline is not None:  # the zero-width (non-)joiners trafilatura drops ("نیک‌نام")
        byline = "; ".join(with_joiners(name, html) or name for name in byline.split("; "))
    return HtmlMetadata(
        login_form=login_form,
        url=url,
        site_name=with_joiners(site_name, html),
        page_title=page_title(html),
        title=with_joiners(title, html),
        byline=byline,
        published=published,
        body=body or None,
        time_texts=time_texts(html) if body else frozenset(),
        heading=_other_heading(html, title) if body and "<h1" in html else None,
    )


def _other_heading(html: str, title: str | None) -> str | None:
    """The page's first ``<h1>``'s text (:func:`_first_headline`) when it is not the
    title (folded: :func:`_fold`); None else."""
    heading = _first_headline(html)
    return heading if heading and _fold(heading) != _fold(title or "") else None


_PASSWORD_FIELD = re.compile(r"""<input\s[^>]*?type\s*=\s*["']?password\b""", re.IGNORECASE)


def page_title(html: str) -> str | None:
    """The page's ``<title>`` as written: references decoded, spaces collapsed.

    Parameters
    ----------
    html : str
        The decoded markup.

    Returns
    -------
    str or None
        None without a ``<title>`` or with an empty one.
    """
    found = _TITLE_ELEMENT.search(html)
    return " ".join(unescape(found.group(1)).split()) or None if found else None


_BASE_HREF = re.compile(r"""<base\s[^>]*?href\s*=\s*["']?(https?://[^"'\s>]+)""", re.IGNORECASE)
_CANONICAL_HREF = re.compile(
    r"""<link\s(?=[^>]*?rel\s*=\s*["']?canonical)[^>]*?href\s*=\s*["']?([^"'\s>]+)""",
    re.IGNORECASE,
)


def _based_canonical(html: str) -> str | None:
    """A relative canonical link read against the page's absolute ``<base href>``.

    ``wget --mirror --convert-links`` keeps the page's base and makes its links
    relative, so trafilatura finds no URL. None without both (a cheap search for the
    tag first: most pages have no base).
    """
    if "<base" not in html and "<BASE" not in html:
        return None
    base, canonical = _BASE_HREF.search(html), _CANONICAL_HREF.search(html)
    if base is None or canonical is None:
        return None
    return urljoin(unescape(base[1]), unescape(canonical[1]))


def _author(author: str | None) -> str | None:
    """The author field's name(s), its byline cue or reporter's role noun left out
    (:func:`analysis.clean.header_lines.author_field_name`), and a date trafilatura
    took in with them: it joins the parts of a byline element ("By Megan Hollis |
    December 3, 2026") with "; ", its year dropped ("Megan Hollis; December 3"), and the
    author's role after the name's comma ("By Megan Hollis, Heritage Correspondent"
    gives "Megan Hollis; Heritage Correspondent": a role, no second author,
    :func:`analysis.clean.header_lines.is_role_line`)."""
    if not author:
        return None
    names = [part for part in author.split(_AUTHORS_JOINER) if not _is_date(part)]
    if len(names) > 1 and not is_role_line(names[0]):
        names = [part for part in names if not is_role_line(part)]
    return _before_separator(author_field_name(_AUTHORS_JOINER.join(names))) if names else None


def _without_authors(byline: str, others: tuple[str, ...], own: tuple[str, ...]) -> str | None:
    """``byline`` without the names a related story's JSON-LD article gives as its
    authors (trafilatura joins every article object's authors), those of the page's own
    article kept; the own article's authors when none is left."""
    dropped = {name.casefold() for name in others} - {name.casefold() for name in own}
    parts = byline.split(_AUTHORS_JOINER)
    kept = [part for part in parts if part.strip().casefold() not in dropped]
    return _AUTHORS_JOINER.join(kept) or _AUTHORS_JOINER.join(own) or None


def _company_words_close(name: str) -> bool:
    """Whether a site name ends in a company's words ("Pellham Media Group", an
    ``og:site_name`` giving the parent company: :func:`analysis.clean.company_names.company_span`),
    a name left before them."""
    words = name.split()
    start, end = company_span(words)
    return 0 < end < len(words) and start == 0


#: The ``<meta>`` tags in which a page names its own site (not its publisher's company).
_OWN_SITE_NAME_META = frozenset(("og:site_name", "application-name"))


def _publisher_over_brand(site_name: str, html: str) -> bool:
    """Whether trafilatura's site name is a JSON-LD publisher's (an ``Organization``, whose
    name is the company's: "PT Media Nyiur Melambai") while the page names its own site
    otherwise, in ``og:site_name`` / ``application-name`` or a JSON-LD ``WebSite`` object:
    trafilatura takes a publisher's name over ``og:site_name`` and the longer of two
    JSON-LD names. The brand then replaces it when the ``<title>`` agrees
    (:func:`_brand_over_company`)."""
    own = {content for key, content in meta_tags(html) if key in _OWN_SITE_NAME_META}
    own.update(website_names(html))
    return bool(own) and compact_name(site_name) not in {compact_name(name) for name in own}


#: The fewest letters of a ``<title>``'s site part read as the start of a longer site
#: name: four (three letters are an acronym's, which many names start with).
_MIN_BRAND_LETTERS = 4


def _brand_over_company(company: str, html: str) -> str:
    """The site's brand instead of a company's name with its legal form ("Example Media
    Holdings LLC", a JSON-LD publisher's): the name the ``<title>`` gives as its site part
    and the home link's logo image shows (:func:`analysis.clean.html_logo.home_logo_name`),
    a JSON-LD ``WebSite`` object names
    (:func:`analysis.clean.jsonld_article.website_names`) or ``og:site_name`` /
    ``application-name`` writes, or that ``og:site_name`` goes on from with words of
    the website's ("The Lamp" of the ``<title>`` under ``og:site_name`` "The Lamp
    Online" and the JSON-LD publisher "Lamp Publishing Ltd", review h438: the title's
    part is the brand both print); ``company`` when they do not agree."""
    parts = title_parts(page_title(html))
    if len(parts) < 2:
        return company
    tree = _parse(html)
    logo = home_logo_name(tree) if tree is not None else None
    brands = {compact_name(name) for name in website_names(html)}
    brands.update(
        compact_name(content) for key, content in meta_tags(html) if key in _OWN_SITE_NAME_META
    )
    if logo is not None:
        brands.add(compact_name(logo))
    brands.discard(compact_name(company))
    for part in (parts[-1], parts[0]):
        if compact_name(part) in brands:
            return part
    # the title's last part starting a longer site name of the markup's own ("The Lamp"
    # of "The Lamp Online"): a brand's name, at least a short form's letters long
    last = compact_name(parts[-1])
    site_names = {
        compact_name(content) for key, content in meta_tags(html) if key in _OWN_SITE_NAME_META
    }
    if len(last) >= _MIN_BRAND_LETTERS and any(
        name.startswith(last) and name != compact_name(company) for name in site_names
    ):
        return parts[-1]
    return company


def _rdfa_author(html: str) -> str | None:
    """The page's RDFa authors' names (:func:`analysis.clean.markup_publisher.rdfa_author_names`),
    joined as the author field joins two; None without one."""
    if "author" not in html or "property=" not in html:
        return None
    tree = _parse(html)
    names = rdfa_author_names(tree) if tree is not None else []
    return _AUTHORS_JOINER.join(names) or None


# Every language's author label and word for "by", in lower case (byline_words).
_LABEL_WORDS = frozenset((*author_labels(), *by_words()))


def _only_a_label(author: str) -> bool:
    """Whether an author field is only an author label or a word for "by" ("Author",
    "Autor:", "By"), no name."""
    return " ".join(author.casefold().strip(" :-–—|").split()) in _LABEL_WORDS


def _not_the_site(author: str | None, site_name: str | None) -> str | None:
    """The author field, unless it is the site's own name: a CMS that fills ``<meta
    name="author">`` with the site's name ("The Example Gazette") names no writer, and
    the byline the page prints is read instead. A section's name in the ``<title>``
    ("Headline | Editorial") is no site's: only the site name is compared."""
    if author is None or site_name is None:
        return author
    return None if compact_name(author) == compact_name(site_name) else author


# A separator between a byline element's parts, spaced or closing it: "Jane Doe · 3h".
_BYLINE_SEPARATOR = re.compile(r"\s+[·•|]\s*|\s*[·•|]\s*$")


def _before_separator(name: str) -> str | None:
    """An author field cut where the byline element's other parts begin: trafilatura
    keeps what follows the name in one element ("Jane Doe · Posted Dec 3", "Jane Doe
    ·"). The name after a byline cue when the field holds one ("harbourtimes.com · By
    Jane Doe · 6 min read"), else the part before the first separator."""
    if _BYLINE_SEPARATOR.search(name) is None:
        return name
    cue = find_byline(name)
    if cue is not None:
        return name[cue[0] : cue[1]]
    first = _BYLINE_SEPARATOR.split(name, 1)[0].strip()
    return first or None


# How trafilatura joins the names (and the other parts) of an author field.
_AUTHORS_JOINER = "; "


def _is_date(text: str) -> bool:
    """Whether ``text`` is only a date, with or without its year ("December 3")."""
    span = find_date_span(text)
    if span is None and (day := find_day_month(text)) is not None:
        span = day.start, day.end
    return span is not None and not (text[: span[0]] + text[span[1] :]).strip(" ,.")


def _a_cards_author(author: str, html: str, title: str | None) -> bool:
    """Whether the author trafilatura read is a related card's, by the card's microdata
    (:func:`analysis.clean.microdata_cards.related_item_authors`): a card holding a
    headline other than the page's."""
    tree = _parse(html)
    return tree is not None and compact_name(author) in related_item_authors(tree, title)


def _a_cards_day(day: str, html: str, title: str | None) -> bool:
    """Whether the date read is only a related card's, by the card's microdata
    (:func:`analysis.clean.microdata_cards.related_item_days`)."""
    tree = _parse(html)
    return tree is not None and day in related_item_days(tree, title)


def _labelled_author(html: str, body: str | None) -> str | None:
    """The author an element named in another language holds between the headline and
    the main text, when trafilatura reads none
    (:func:`analysis.clean.html_author.labelled_author`)."""
    opening = first_sentence_line(body)
    tree = _parse(html) if opening else None
    return labelled_author(tree, opening) if tree is not None else None


def _as_headed(title: str | None, html: str) -> str | None:
    """The title as the page's heading shows it, when it is a heading's text: trafilatura
    takes an ``<h1>``'s text as written, gluing the words a line break or a kicker's
    span keeps apart (:func:`analysis.clean.html_headings.headline_of`); the heading
    after it when that heading is the site's name, a link to its home page
    (:func:`analysis.clean.html_logo.names_home`); the heading printing the ``<title>``'s
    other part when the title is the name the page's feed links give the site
    (:func:`analysis.clean.feed_links.feed_site_name`: a blog's ``<h1>`` over the post's
    heading, "Site: Post" its ``<title>``), a date's heading between them passed over (a
    Blogger theme's date header over the post's title, h321); any other title as given."""
    tree = _parse(html) if title is not None else None
    if tree is None:
        return title
    if "alternate" in html and (headed := _post_under_site_heading(tree, title)):
        return headed
    headings = {}
    site_heading = False  # the title is the site's name drawn as a heading (names_home)
    for heading in tree.iter(*HEADINGS):
        text = " ".join(heading.text_content().split())
        if site_heading and text and not names_home(heading) and not is_meta_line(text):
            # (a blog's date header between, "sexta-feira, 4 de dezembro de 2026": no headline)
            return headline_of(heading, tree.findtext(".//head//title"))
        if text == title:
            if names_home(heading):  # the story's heading is the next one
                site_heading = True
                continue
            return headline_of(heading, tree.findtext(".//head//title"))
        headings.setdefault(text, heading)
    # trafilatura took the site's part of "Site | Headline" (a text-only "lite" page
    # whose headline is an <h2>): the part a heading prints is the headline
    written = tree.findtext(".//head//title") or ""
    parts = title_parts(written)
    if title in parts:
        for part in parts:
            if part != title and part in headings:
                return headline_of(headings[part], written)
    return title


def _post_under_site_heading(tree: HtmlElement, title: str | None) -> str | None:
    """The headline a heading prints when the title read is the site's name the feed
    links give (:func:`~analysis.clean.feed_links.feed_site_name`) and the ``<title>``
    is that name and one other part, the part a heading prints; None otherwise."""
    site = feed_site_name(tree)
    if title is None or site is None or title.casefold() != site.casefold():
        return None
    written = tree.findtext(".//head//title") or ""
    others = [part for part in title_parts(written) if part.casefold() != site.casefold()]
    if len(others) != 1 or len(others) == len(title_parts(written)):
        return None
    for heading in tree.iter(*HEADINGS):
        if " ".join(heading.text_content().split()) == others[0]:
            return headline_of(heading, written)
    return None


# A template's variable a CMS left unfilled: Yoast's "%%title%%", "{{ page.title }}",
# "${headline}", "[title]" is not (square brackets hold printed labels).
_PLACEHOLDER = re.compile(r"%%\w+%%|\{\{\s*[\w.]+\s*\}\}|\$\{[\w.]+\}")


def _filled(title: str | None, html: str) -> str | None:
    """The title trafilatura read; the page's first ``<h1>`` instead when the title holds
    a template's placeholder left unfilled ("%%title%% %%sep%% %%sitename%%" in
    ``og:title`` and ``<title>``), None without one."""
    if title is None or _PLACEHOLDER.search(title) is None:
        return title
    tree = _parse(html)
    for heading in tree.iter("h1") if tree is not None else ():
        if shown := headline_of(heading):
            return shown
    return None


#: The most words of a section's name in a section page's title ("Local News | Site").
SECTION_TITLE_WORDS = 3


def _is_section_title(title: str | None, site_name: str | None) -> bool:
    """Whether a title is a section page's, not a story's: the site's name and a label
    of at most :data:`SECTION_TITLE_WORDS` words ("Politics – Example Ledger"), as a
    CMS leaves ``og:title`` and ``<title>`` on a story it files under that section."""
    parts = title_parts(title)
    if site_name is None or len(parts) != 2:
        return False
    site = compact_name(site_name)
    labels = [part for part in parts if compact_name(part) != site]
    return len(labels) == 1 and count_words(labels[0]) <= SECTION_TITLE_WORDS


def _is_section_label(title: str | None, written: str | None, site_name: str | None) -> bool:
    """Whether the title trafilatura read is a section page's: the page's ``<title>`` is
    (:func:`_is_section_title`: "Travel - Example Review") and the title is that
    ``<title>`` or its label ("Travel", an ``og:title`` the CMS left as the section's)."""
    if title is None or not _is_section_title(written, site_name):
        return False
    site = compact_name(site_name or "")
    labels = [compact_name(part) for part in title_parts(written) if compact_name(part) != site]
    return compact_name(title) in (*labels, compact_name(written or ""))


#: The fewest words of a ``<title>``'s part read as a story's headline over a section's
#: ``<h1>``: a headline's length, more than most sites' names.
MIN_TITLE_HEADLINE_WORDS = 4


def _title_over_section_heading(title: str | None, html: str, site_name: str | None) -> str | None:
    """The ``<title>``'s headline part instead of a section's name the page prints as its
    ``<h1>`` ("Business" over the story, "Falmouth docks win £18m ... | The Harbour
    Gazette" its ``<title>``): the title read is an ``<h1>``'s text of at most
    :data:`SECTION_TITLE_WORDS` words that a link of the page's menu names too, and one
    part of the ``<title>``, not the site's name, is longer than every other part and of
    :data:`MIN_TITLE_HEADLINE_WORDS` words or more; else ``title`` as read."""
    if title is None or count_words(title) > SECTION_TITLE_WORDS:
        return title
    parts = title_parts(page_title(html))
    tree = _parse(html) if len(parts) >= 2 else None
    if tree is None:
        return title
    label = title.casefold()
    if not any(" ".join(h.text_content().split()).casefold() == label for h in tree.iter("h1")):
        return title
    if not any(" ".join(a.text_content().split()).casefold() == label for a in tree.iter("a")):
        return title  # (a heading no menu names: the page's own, however short)
    site = compact_name(site_name) if site_name else None
    others = [p for p in parts if p.casefold() != label and compact_name(p) != site]
    if not others:
        return title
    longest = max(others, key=count_words)
    if count_words(longest) < MIN_TITLE_HEADLINE_WORDS or any(
        count_words(part) >= count_words(longest) for part in parts if part is not longest
    ):
        return title
    return longest


def _markup_headline(html: str) -> str | None:
    """The headline an RDFa or microdata article gives
    (:func:`analysis.clean.markup_publisher.markup_headline`), None without one."""
    if "headline" not in html:
        return None
    tree = _parse(html)
    return markup_headline(tree) if tree is not None else None


def _headings(html: str) -> list[str]:
    """The texts of the page's headings, spaces collapsed."""
    tree = _parse(html)
    if tree is None:  # an element's truth is its having children (lxml warns of it)
        return []
    return [" ".join(h.text_content().split()) for h in tree.iter(*HEADINGS)]


def _first_headline(html: str) -> str | None:
    """The text of the page's first ``<h1>`` that is not the site's name drawn as a
    heading (:func:`~analysis.clean.html_logo.names_home`): the story's headline on a
    page that gives no other (no JSON-LD headline) where its titles are the section's."""
    tree = _parse(html)
    for heading in tree.iter("h1") if tree is not None else ():
        if not names_home(heading) and (shown := headline_of(heading)):
            return shown
    return None


def _printed_headline(title: str | None, headline: str | None, html: str) -> str | None:
    """The JSON-LD article's headline instead of the title trafilatura read, when the page
    prints the headline and not that title: an ``og:title`` or ``<title>`` left as the
    section's ("Politics – Example Ledger") over the story's own headline
    (:func:`analysis.clean.jsonld_article.own_articles`)."""
    if headline is None or title is None or _fold(title) == _fold(headline):
        return title
    tree = _parse(html)
    body = tree.find(".//body") if tree is not None else None
    if body is None:
        return title
    printed = _fold(" ".join(_visible_texts(body)))
    return headline if _fold(headline) in printed and _fold(title) not in printed else title


def _visible_texts(element: HtmlElement) -> Iterator[str]:
    """The texts an element shows, its scripts' and styles' left out (their tails kept)."""
    for node in element.iter():
        if isinstance(node.tag, str) and node.tag not in ("script", "style", "noscript"):
            yield node.text or ""
        yield node.tail or "" if node is not element else ""


def title_parts(title: str | None) -> tuple[str, ...]:
    """A page's ``<title>`` cut at the separators between its site part and its headline
    ("Headline | Site" -> ("Headline", "Site")), each part's spaces collapsed.

    Parameters
    ----------
    title : str or None
        The ``<title>`` as written.

    Returns
    -------
    tuple of str
        Empty without a title; one part when it has no separator.
    """
    if not title:
        return ()
    if (first := site_first_parts(title)) is not None:  # "滨江晨报·标题"
        return (first[0], *title_parts(first[1]))
    parts = _TITLE_PARTS.split(without_section_path(title))  # "H < Section - Site"
    if "«" not in title:  # (a French title's quote closes with " »": « Non », dit-il)
        parts = [piece for part in parts for piece in _GUILLEMET_PART.split(part)]
    return tuple(" ".join(part.split()) for part in parts)


def first_sentence_line(body: str | None) -> str:
    """The first paragraph of a main text that ends as a sentence does: where the story
    starts (trafilatura's text may open with a menu entry, the headline or the author's
    name, which the page prints above it).

    Parameters
    ----------
    body : str or None
        trafilatura's main text (:attr:`HtmlMetadata.body`).

    Returns
    -------
    str
        The paragraph, stripped; "" when there is none.
    """
    return next(
        (
            line.strip()
            for line in (body or "").split("\n")
            if strip_closing_marks(line.strip())[-1:] in tuple(SENTENCE_MARKS)
        ),
        "",
    )


def date_printed_above_body(markup: str, text: str, body: str | None) -> str | None:
    """The date htmldate's search of the page text finds, when the page prints it above
    its main text; else None.

    For a page whose markup gives no date (:func:`html_metadata` reads only the meta
    tags, JSON-LD, ``<time>`` and the URL). The search alone would take January 1 of a
    footer's "© 2019" or of any year written, a sidebar's date or a date the article
    cites; a date printed between the page's top and its main text is the article's own
    (a dateline under the headline, "기사입력 : 2018-08-25 15:24"). The search's date
    gives way when it is the markup's update date alone
    (:func:`~analysis.clean.markup_dates.is_update_date_only`) and the page prints an
    earlier day above its text too: the latest such day is the publication's ("Updated:
    Dec 4 | Published: Dec 3"; an archive's capture header over "Published Dec. 3").

    Parameters
    ----------
    markup : str
        The decoded markup.
    text : str
        The page as rendered (:func:`render_text`).
    body : str or None
        trafilatura's main text (:attr:`HtmlMetadata.body`); None gives None.

    Returns
    -------
    str or None
        ``yyyy-mm-dd``, the day as printed.
    """
    from htmldate import find_date

    from analysis.clean.dates import find_dates

    first_sentence = first_sentence_line(body)
    body_start = text.find(first_sentence[:60]) if first_sentence else -1
    if body_start <= 0:
        return None
    try:
        guess = find_date(
            markup,
            extensive_search=True,
            original_date=True,
            max_date=_DATE_PARAMS["max_date"],
        )
    except (ValueError, TypeError):  # markup htmldate cannot parse
        return None
    printed = {date.iso for date in find_dates(text[:body_start])}
    if guess is not None and is_update_date_only(markup, guess):
        # the last update's day (or a capture's), printed too: the latest day printed
        # before it is the publication's, a page being changed after it is published (h388)
        earlier = [day for day in printed if day < guess]
        return max(earlier) if earlier else (guess if guess in printed else None)
    return guess if guess in printed else None


#: The ``<meta>`` tags (``property`` or ``name``) that write the site's name, which
#: trafilatura reads and title-cases when it is in lower case: ``og:site_name``,
#: ``application-name`` and the publisher tags. Not ``twitter:site``: a handle
#: (``@gizmodo``) is an account name, not the name as the site writes it.
SITE_NAME_META = frozenset(
    {
        "og:site_name",
        "application-name",
        "article:publisher",
        "publisher",
        "dc.publisher",
        "dc:publisher",
        "dcterms.publisher",
    }
)


#: A sentence-like motto's fewest words, and its fewest content words in lower case (a
#: name's lower-case words are articles and particles: "Crónica del Sur", "La Voz de la
#: Frontera"; a motto's are nouns: "Your source for San Juan Islands news").
MIN_MOTTO_SENTENCE_WORDS = 4
MIN_MOTTO_LOWER_CONTENT_WORDS = 2


def _is_sentence_motto(site_name: str) -> bool:
    """Whether a motto-shaped site name (:func:`_reads_as_motto`) reads as a sentence:
    :data:`MIN_MOTTO_SENTENCE_WORDS` words or more, :data:`MIN_MOTTO_LOWER_CONTENT_WORDS`
    of them in lower case and no function word (:data:`~analysis.stopwords.FUNCTION_WORDS`)."""
    words = site_name.split()
    lower_content = [
        w for w in words[1:] if is_lower_case(w) and w.casefold().strip(".,") not in FUNCTION_WORDS
    ]
    return len(words) >= MIN_MOTTO_SENTENCE_WORDS and len(lower_content) >= (
        MIN_MOTTO_LOWER_CONTENT_WORDS
    )


def _motto_free_name(tree: HtmlElement, parts: tuple[str, ...]) -> str | None:
    """The site's name the ``<title>``'s part at either end and the header agree on: the
    text of a logo image (:func:`header_logo_title_part`) or a WordPress theme's site title
    (:func:`site_title_name`, after review h287's held-out pages); None when they do not."""
    if named := header_logo_title_part(tree, parts):
        return named
    titled = site_title_name(tree)
    ends = {compact_name(part): part for part in parts[-1:] + parts[:1]} if len(parts) > 1 else {}
    return ends.get(compact_name(titled)) if titled else None


def _reads_as_motto(site_name: str, html: str) -> bool:
    """Whether a site name reads as the site's motto ("News that matters to the
    Highlands"): :data:`~analysis.clean.tagline_masthead.MIN_TAGLINE_WORDS` words or more
    in sentence case (:func:`~analysis.clean.tagline_masthead.in_sentence_case`), which
    the ``<title>`` does not print. The caller takes the name only when the ``<title>``'s
    site part and the header logo's text agree on another one."""
    words = site_name.split()
    title = page_title(html) or ""
    return len(words) >= MIN_TAGLINE_WORDS and in_sentence_case(words) and site_name not in title


def _named_by_markup(site_name: str | None, html: str) -> str | None:
    """The site name trafilatura gives, unless it is a part of the ``<title>`` that only
    holds a full stop.

    With no site-name tag or JSON-LD publisher, trafilatura takes the first part of the
    ``<title>`` with a "." in it, meant for "Headline | Example.com"; a headline with a
    "." in it ("U.S.", "Mr.", "Money. Now What?") would be the outlet. Such a part names
    the site only when it is a host name (one word whose last label is a top-level
    domain's; a headline in a script written without spaces is one word too: Thai
    "กทม.เปิดสวน...", its "." an abbreviation's) or a site-name tag
    (:data:`SITE_NAME_META`) writes it; else the title's part that is a host name (the
    domain after such a headline), else None, and the page's text names the site.
    """
    if site_name is None or (
        len(site_name.split()) == 1 and ("." not in site_name or _HOST_NAME.fullmatch(site_name))
    ):
        return site_name
    from trafilatura.metadata import examine_title_element

    tree = _parse(html)
    parts = examine_title_element(tree)[1:] if tree is not None else ()
    if "." not in site_name or site_name not in parts or site_name in _meta_site_names(html):
        return site_name
    return next((part for part in parts if part and _HOST_NAME.fullmatch(part)), None)


# A host name as a <title> writes it: labels joined by dots, the last a top-level
# domain's (Latin letters, or an internationalised one's "xn--" form), maybe a "/".
_HOST_NAME = re.compile(r"[^\s.]+(?:\.[^\s.]+)*\.(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]+)/?")


#: The most words of a site's name beside the headline in the ``<title>``.
MAX_TITLE_SITE_WORDS = 5
# (its text is raw text to a browser: a bare "<" is a character, as a Korean news CMS's
# "Headline < Section < 기사본문 - Site" writes it; no tag inside, up to the first end tag)
_TITLE_ELEMENT = re.compile(r"<title\b[^>]*>((?:[^<]|<(?![/!a-zA-Z]))*)</title\s*>", re.IGNORECASE)
# The separators between a <title>'s site part and its headline ("Site | Headline"); in
# the scripts written without spaces, also a full-width colon ("Headline：Site"), an
# underscore between two of their characters ("Headline_频道_Site") and their full-width
# bars and dashes (:mod:`analysis.clean.title_separators`).
_TITLE_PARTS = re.compile(
    rf"\s+(?:[|–—·•:-]|::)\s+|:\s+|\s*：\s*|(?<=[{UNSPACED_SCRIPTS}])_(?=[{UNSPACED_SCRIPTS}])"
    rf"|{UNSPACED_TITLE_MARK}"  # "見出し｜北浜新報", "標題－南港日報", "标题丨江屿晚报"
    rf"|{SCRIPT_STOP_TITLE_MARK}"  # "শিরোনাম । নদীপাড় বার্তা", "ርዕስ ። ሐይቅ ዜና"
)
# A guillemet between spaces parts a title too ("Site » Section » Headline"), unless the
# title quotes with guillemets (French closes a quote with " »").
_GUILLEMET_PART = re.compile(r"\s+»\s+")


def _titled_host_name(site_name: str, url: str, html: str) -> str:
    """A site name that is only the page's host (trafilatura's last resort; a blog on a
    shared host, ``name.blogspot.com``) gives way to the part at either end of the
    ``<title>`` that names that host ("Kabar Priangan: Headline"; "Headline :: Охридски
    Бран" at ``ohridskibran``, the name transliterated:
    :func:`analysis.clean.cyrillic_labels.cyrillic_spells_label`), or that the text of an
    image in the page's header repeats ("Headline : 탐라신문" over ``<amp-img
    alt="탐라신문">`` at ``tamna.example``:
    :func:`analysis.clean.html_logo.header_logo_title_part`); a name a tag writes
    ("MacRumors.com") stays."""
    if " " in site_name or not is_lower_case(site_name) or f"{site_name}/" not in url:
        return site_name
    parts = title_parts(page_title(html))
    domain = registered_domain(url)
    if not parts or domain is None:
        return site_name
    for part in (parts[0], parts[-1]) if len(parts) > 1 else ():
        if len(part.split()) <= MAX_TITLE_SITE_WORDS and name_spelled_by_domain(part, domain):
            return part
    if "<header" in html or "banner" in html:
        tree = _parse(html)
        logo_part = header_logo_title_part(tree, parts) if tree is not None else None
        return logo_part or site_name
    return site_name


def _as_written(site_name: str | None, html: str) -> str | None:
    """The site name as the page's markup writes it: trafilatura title-cases a name in
    lower case ("Nj" of ``og:site_name`` "nj"); the lower case of the name is the name
    when a site-name tag (:data:`SITE_NAME_META`) writes it so, whatever other tags
    (keywords, a section) hold."""
    if site_name is None or not site_name.istitle():
        return site_name
    lower = site_name.lower()
    if lower == site_name or ("&" not in lower and lower not in html):
        return site_name
    if lower not in _meta_site_names(html):
        return site_name
    return lower


def _meta_site_names(html: str) -> set[str]:
    """The site names the page's ``<meta>`` tags give, as written.

    Parameters
    ----------
    html : str
        The decoded markup.

    Returns
    -------
    set of str
        The ``content`` of every ``<meta>`` tag whose ``property`` or ``name`` is one
        of :data:`SITE_NAME_META`, entities decoded, spaces collapsed.
    """
    return {content for key, content in meta_tags(html) if key in SITE_NAME_META}


def _fold(text: str) -> str:
    """A line or paragraph as its words: no leading bullet or list number, no tokens
    without a letter or digit (table rules "|", dashes), spaces collapsed, case folded.

    trafilatura writes a table row as ``| 1 | Name | 5040 |`` and a list item as
    ``- text``; the rendered text has ``1     Name     5040`` and ``1. text``. Its main
    text drops the characters that hold no letter (a soft hyphen, a zero-width space, a
    direction mark), the rendered text keeps them: they are compared without them.
    """
    text = _LIST_OPENING.sub("", without_format_characters(text))
    return " ".join(t for t in text.split() if WORD_CHAR.search(t)).casefold()


# A list item's bullet or number opening a line (:func:`_fold`).
_LIST_OPENING = re.compile(r"^\s*(?:[•◦▪▫‣⁃●○■□►▶➤·*+\-–]|\d{1,3}[.)])\s+")


def prints_opening(text: str, body: str) -> bool:
    """Whether a page's rendered text prints the opening words of a main text.

    Parameters
    ----------
    text : str
        The rendered text.
    body : str
        A main text (paragraphs a line).

    Returns
    -------
    bool
        True when the first :data:`MIN_WORDS_INSIDE_PARAGRAPH` words of the body's
        first paragraph (all of them when it is shorter; :func:`_fold`ed) are in the
        text's words; a body shorter than the page's paragraphs (an excerpt) is
        printed when its opening is.
    """
    first = next((_fold(line) for line in body.split("\n") if _fold(line)), "")
    if not first:
        return False
    opening = " ".join(first.split()[:MIN_WORDS_INSIDE_PARAGRAPH])
    return opening in " ".join(_fold(line) for line in text.split("\n"))


#: A line of the main text that opens with the byline and has at most this many more
#: words (a place, a role) and no sentence's end is the byline's, not the story's.
MAX_WORDS_BESIDE_BYLINE = 3


def _is_byline_line(line: str, folded: str, name: str | None, above_story: bool) -> bool:
    """Whether ``line`` is the byline's (:func:`body_lines_of`); ``folded`` is the line
    :func:`_fold`ed, ``name`` the byline (None: the page has none), both folded once
    by the caller, not once a line."""
    if name is None:
        return False
    if folded == name:
        return True
    if above_story and folded.endswith(" " + name) and (span := labelled_names(line)):
        return _fold(line[span[0] : span[1]]) == name  # "Ajámjamu: NAME": an unknown label
    if not above_story or not folded.startswith((name + " ", name + ", ")):
        return False  # (a role after a comma: "Hannah Brook, Health Reporter")
    ends = strip_closing_marks(line.strip())[-1:] in tuple(SENTENCE_MARKS)
    return len(folded.split()) - len(name.split()) <= MAX_WORDS_BESIDE_BYLINE and not ends


def body_lines_of(
    lines: Sequence[str],
    body: str | None,
    title: str | None = None,
    byline: str | None = None,
    times: frozenset[str] = frozenset(),
    heading: str | None = None,
) -> list[int]:
    """Indices of the rendered lines that hold trafilatura's main text.

    A line is a body line when its words (:func:`_fold`: a leading bullet or list
    number and tokens without a letter or digit dropped, case folded) are a paragraph
    of the main text, or has at least
    :data:`MIN_WORDS_INSIDE_PARAGRAPH` words and sits inside one.

    Parameters
    ----------
    lines : sequence of str
        The rendered text's lines.
    body : str or None
        trafilatura's main text.
    title : str or None
        The headline: a line that is only the headline is not body (trafilatura's main
        text may start with it), nor is a line above the headline's line above the
        story's first sentence (a kicker, "Features"; a section's name).
    byline : str or None
        The author's name: a line that is only the name, or above the story's first
        sentence (:func:`first_sentence_line`) the name and at most
        :data:`MAX_WORDS_BESIDE_BYLINE` words after it with no sentence's end (a place:
        "Sergio Gómez Ruiz Valladolid", a role after a comma: "Hannah Brook, Health
        Reporter"), is not body either (the main text keeps an
        author element trafilatura did not read as one,
        :mod:`analysis.clean.html_author`). Nor is a byline or date line above the
        story's first sentence (:func:`~analysis.clean.header_lines.is_meta_line`:
        "Chloe Barrett, December 3, 2026"), whatever the markup gives.
    times : frozenset of str
        The page's ``<time>`` texts (:func:`analysis.clean.html_times.time_texts`),
        which the main text drops: a line is compared without them too.
    heading : str or None
        The page's ``<h1>`` when the title is another (an ``og:title`` written for the
        share card: :attr:`HtmlMetadata.heading`): a line that is only that heading
        above the story's first sentence is the headline the page prints, no body.

    Returns
    -------
    list of int
        Sorted line indices; empty when there is no main text.
    """
    if not body:
        return []
    paragraphs = [_fold(p) for p in body.split("\n") if p.strip()]
    exact = set(paragraphs) - {_fold(title or "")}
    joined = "\n".join(paragraphs)
    opening, above_story = _fold(first_sentence_line(body)), True
    headline = _fold(title or "")
    printed = _fold(heading) if heading else None
    name = _fold(byline) if byline else None
    found = []
    for i, line in enumerate(lines):
        folded = _fold(line)
        above_story = above_story and folded != opening
        if folded and above_story and folded == printed:
            continue  # the <h1> printed over an og:title written for the share card
        if folded and folded == headline and above_story:
            # the headline above the story opens the article: a main-text line above
            # it is a kicker, a section's name or a menu entry, no body
            found.clear()
        if not folded or folded == headline or _is_byline_line(line, folded, name, above_story):
            continue
        if above_story and is_meta_line(line):
            continue  # a byline or date line trafilatura kept: "Chloe Barrett, December 3, 2026"
        if _in_main_text(folded, exact, joined) or (
            times
            and (bare := without_time_texts(line, times)) is not None
            and _in_main_text(_fold(bare), exact, joined)
        ):
            found.append(i)
    return found


def _in_main_text(folded: str, exact: set[str], joined: str) -> bool:
    """Whether a folded line is a paragraph of the main text, or sits inside one with at
    least :data:`MIN_WORDS_INSIDE_PARAGRAPH` words (:func:`body_lines_of`)."""
    return bool(folded) and (
        folded in exact or (len(folded.split()) >= MIN_WORDS_INSIDE_PARAGRAPH and folded in joined)
    )


def _without_texts(main_text: str | None, texts: list[str]) -> str | None:
    """The main text without its paragraphs that lie in one of ``texts`` (compared by
    their letters and digits: :func:`analysis.clean.html_cards.letters`); a table row the
    extractor printed as ``| cell | cell |`` a paragraph a cell."""
    if not main_text:
        return main_text
    dropped = [letters(text) for text in texts]
    kept = []
    for paragraph in main_text.split("\n"):
        cells = paragraph.strip("| ").split(" | ") if paragraph.startswith("| ") else [paragraph]
        kept += [
            cell
            for cell in cells
            if not (found := letters(cell)) or not any(found in text for text in dropped)
        ]
    return "\n".join(kept)
