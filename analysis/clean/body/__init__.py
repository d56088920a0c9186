"""Find the article body among a page's lines (text-only main-content detection).

A page dump has one block per line. Body paragraphs are long, made of sentences, rich in
function words and clustered together; chrome (menus, share bars, bylines, related
lists, footers) is short, often bulleted, repeated, dated, and surrounds the cluster.

The detector works in four steps, each linear in the page size:

1. every non-blank line (lines of only invisible characters such as zero-width spaces
   count as blank) gets text statistics (:class:`LineFeatures`): effective length
   in words (CJK characters count as half a word each), sentence and clause ends,
   function-word share, bullets, dates, repetition within the page, title case,
   headlines glued to their teasers, copyright notices, and whether the line is packed
   against its neighbours (a dump puts blank lines between paragraphs, not between
   list items); a block of packed lines holding a paragraph right after a paragraph is
   printed one paragraph a line (a scraper's body between a header and a footer set
   apart by blank lines), and its lines count as standing alone (:mod:`.packing`); a
   paragraph printed twice (a summary printed again as the first paragraph, a text
   printed twice) counts as printed once at its printing next to the article's prose
   (:mod:`.printings`);
2. every line gets a weight (:func:`region_weights`): its length if it is prose, a
   penalty if it is chrome; prose that is packed or has no prose neighbour counts less
   (teasers and comments alternate with headlines, names and dates), and the signed
   line of a post embedded in the article ("text — Author (@handle) date"), the
   lines of a post's card (its account, "Follow", "View this post on ...", its time:
   :mod:`.posts`), a dateline between two paragraphs (a live blog's "14:05"), a list's
   items announced by a paragraph (or by a shorter sentence when they hold figures) or
   under a heading of their own when most open with a figure (a recipe's ingredients, a
   chronology's years) or are bullets the method's numbered steps follow (a how-to's
   "What you'll need": :mod:`.lists`), a chart's leftovers between two paragraphs (its
   caption, ticks, labels, notes and controls, never body: :mod:`.charts`), the headings
   and signatures of a letters page's letters ("Name, Place" under each letter, whose
   paragraphs weigh their length: :mod:`.letters`), a fact-check's rating printed as a
   field under its claim (:mod:`.field_boxes`) and verse (a poem, a song's lyrics
   quoted: :mod:`.verse`) are neutral, while a live commentary's entries (each opening
   with the game's clock or minute, in the game's order: :mod:`.commentary`) weigh their
   words as paragraphs, however short, and so do the sentences of a story told one short
   sentence a paragraph (a tabloid's, an ad slot's label between every few:
   :mod:`.sentence_paragraphs`);
3. the page is cut into clusters at long stretches of chrome, at a footer's dated
   copyright notice (not at a photo credit dated by its caption between two lines of
   the article), at the required fields of a web form ("Email *"), at the
   headers of a comment thread's posts (a name line, a time line, the text), at a
   comment section's heading ("42 Comments", also over a single comment) and at the
   separators of a list of cards (the same line under every teaser or quote), each
   trimmed to its maximum-sum run of weights (Kadane's algorithm; the maximum-sum idea
   is the one of Finn, Kushmerick and Smyth's "body text extraction", 2001), and the
   article is the first cluster that is heavy enough (:func:`article_cluster`), since
   comments, teaser lists and legal text come after it (the clusters from a comment
   thread's first post or a comment form's first field on compete only when none comes
   before them: a long comment does not outweigh a short article); a run of item
   boxes (a listicle's items: a name, its text, a button line under every box) is
   neutral in the search and taken into the article's region when the region reaches
   it (:mod:`.boxes`); a photo gallery's run of counters ("1 of 8", "Photo 3/8") and
   the captions between them is neutral in the search too, and never body
   (:mod:`.galleries`);
4. inside the cluster, prose, short sentences, list items, table rows and subheadings
   (also numbered ones, "2. Drink water first") are kept, and so are embedded posts
   (a tweet's text above its "— Author (@handle) date" line, also right after the
   region; a post card's account, controls and time are not, even when they read as
   subheadings), and so are lines that would continue the body after the region (a
   paragraph ending in a figure), while a related-articles box inside it (a label and a
   list of headlines), pull quotes (a sentence of the article printed again between
   its paragraphs) and an author box closing it (a name, then a biography repeating
   it) are dropped; then the body is extended
   backward over stand-alone short sentences, and forward over lines that continue it
   as data or a list (table rows, lines of four words or more with figures, Q&A lists,
   bulleted sentences announced by a line ending in a colon, also under their own
   heading, and long blocks of stand-alone data lines such as recipes), up to the first
   line that looks like chrome (a headline or a tag list, even after a label). A short
   list after the last paragraph (a few ingredients, a poll, dated rows) is not kept:
   nothing on the page tells it from a link list or a sign-up box's perks (but a
   review's bulleted lists under the language's words for pros and cons, and its score
   line, are its verdict: :mod:`.reviews`); inside the article, between two
   paragraphs, it is kept (:mod:`.lists`). A page whose long run of data lines (a
   calendar, a results table) holds more words outside the body so found than that
   body gets the run as its body instead.

Every threshold is a named module constant. The detector uses only layout and text
statistics (line length in words and characters, punctuation, function-word density,
bullets, repetition, dates, copyright notices, digits, capitalization), never strings
of particular sites. The steps live in one module each: :mod:`.features` (1),
:mod:`.rules` (2), :mod:`.regions` (3) and :mod:`.extend` (4), with :mod:`.packing`,
:mod:`.printings`, :mod:`.boxes`, :mod:`.galleries`, :mod:`.posts`, :mod:`.lists`,
:mod:`.verse` and :mod:`.next_story` (the next story's teaser under the article); this
module reads a page's lines and writes one :class:`LineVerdict` per non-blank line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from analysis.clean.ad_labels import is_ad_label
from analysis.clean.body.boxes import (
    item_box_runs,
    keep_box_lines,
    neutral_boxes,
    region_with_boxes,
)
from analysis.clean.body.charts import chart_blocks
from analysis.clean.body.choice_rows import form_blocks
from analysis.clean.body.commentary import commentary_entries
from analysis.clean.body.contents import Contents, table_of_contents
from analysis.clean.body.dated_brief import dated_brief_lines
from analysis.clean.body.endnotes import notes_start
from analysis.clean.body.extend import (
    NOT_BODY_REASONS,
    PULL_QUOTE_SEARCHED,
    fallback_line,
    link_boxes_between_paragraphs,
    longest_data_run,
    neutral_posts,
    pull_quote_copies,
    region_reasons,
)
from analysis.clean.body.features import LineFeatures, line_features, year_is_its_only_date
from analysis.clean.body.field_boxes import box_fields
from analysis.clean.body.galleries import (
    caption_words,
    counter_numbers,
    gallery_positions,
    gallery_tail,
)
from analysis.clean.body.letters import Letters, letter_runs
from analysis.clean.body.lists import (
    announced_list_items,
    chronology_items,
    headed_figure_lists,
    table_announcers,
)
from analysis.clean.body.match_stats import is_match_stats_line
from analysis.clean.body.media_tail import media_head_paragraph, media_tail_paragraph
from analysis.clean.body.next_story import teaser_positions
from analysis.clean.body.numbered_sections import numbered_sections
from analysis.clean.body.packing import paragraph_blocks_unpacked
from analysis.clean.body.page_controls import is_control_row
from analysis.clean.body.paywall_cut import paywall_cut_paragraph
from analysis.clean.body.poll_results import poll_blocks
from analysis.clean.body.posts import card_reasons, neutral_cards, post_cards
from analysis.clean.body.priced_items import (
    buy_box_over_verdict,
    priced_item_gaps,
    weigh_priced_items,
)
from analysis.clean.body.printings import printed_once
from analysis.clean.body.prompt_boxes import prompt_box_positions
from analysis.clean.body.regions import (
    article_cluster,
    clusters,
    main_region,
)
from analysis.clean.body.reviews import (
    is_pros_cons_heading,
    is_score_line,
    is_verdict_heading,
    verdict_box,
)
from analysis.clean.body.rules import (
    card_separators,
    comment_headers,
    comment_section_headings,
    continues_body,
    first_post,
    inner_datelines,
    is_footer,
    is_inner_notice,
    is_photo_credit,
    is_prose,
    line_weight,
    region_weights,
    uses_known_language,
    without_word_lists,
)
from analysis.clean.body.sentence_paragraphs import sentence_paragraph_lines
from analysis.clean.body.site_prompts import (
    is_about_heading,
    is_about_note,
    is_ad_slot_cue,
    is_reader_pitch,
    is_site_prompt,
)
from analysis.clean.body.story_links import has_label_colon, story_link_positions
from analysis.clean.body.table_runs import tables_between_paragraphs
from analysis.clean.body.turns import exchange_turns, labelled_turns
from analysis.clean.body.verse import verse_runs
from analysis.clean.body.weather_widget import weather_widget_positions
from analysis.clean.body.wrapped_view import wrapped_paragraph_view
from analysis.clean.card_lines import MAX_TITLE_WORDS, holds_label_end, line_kind
from analysis.clean.header_lines import RELATED_LABEL, RELATED_LINK
from analysis.clean.interface_words import is_interface_label
from analysis.text import count_words

__all__ = [
    "LineFeatures",
    "LineVerdict",
    "article_cluster",
    "body_line_indices",
    "clusters",
    "continues_body",
    "explain_body_lines",
    "is_prose",
    "line_features",
    "main_region",
    "region_weights",
]


@dataclass(frozen=True)
class LineVerdict:
    """The detector's decision on one non-blank line, for inspection in notebooks.

    Attributes
    ----------
    index : int
        Position of the line in the page.
    weight : float
        Contribution to the main-region search (positive: prose, negative: chrome).
    in_main_region : bool
        The line lies inside the main text region.
    is_body : bool
        The line is returned as body.
    reason : str
        Which rule decided: "prose", "short sentence", "list item", "table row",
        "heading", "extension", "embedded post", "data block", "data", "box item",
        "verse", "letter" (a letter's heading or signature), "field" (a fact-check's
        rating under its claim), "entry" (a live commentary's entry under the game's
        time: :mod:`.commentary`) or "fallback" (body);
        "chrome" (inside the region) or "outside" (not body).
    """

    index: int
    weight: float
    in_main_region: bool
    is_body: bool
    reason: str


def explain_body_lines(lines: Sequence[str]) -> list[LineVerdict]:
    """Return the detector's verdict, weight and reason for every non-blank line.

    Parameters
    ----------
    lines : sequence of str
        The page's lines, without line endings, NFC-normalized.

    Returns
    -------
    list of LineVerdict
        One per non-blank line, in page order.
    """
    view, joined = wrapped_paragraph_view(lines)
    features, weights, reasons = _line_reasons(view, frozenset(joined))
    return [
        LineVerdict(
            index=index,
            weight=weight,
            in_main_region=reason not in ("outside", "fallback"),
            is_body=reason not in NOT_BODY_REASONS,
            reason=reason,
        )
        for feature, weight, reason in zip(features, weights, reasons, strict=True)
        for index in (feature.index, *joined.get(feature.index, ()))
    ]


def _line_reasons(
    lines: Sequence[str], joined: frozenset[int] = frozenset()
) -> tuple[list[LineFeatures], list[float], list[str]]:
    """The features, region weights and reasons (see :class:`LineVerdict`) of every
    non-blank line: the detector itself, which :func:`explain_body_lines` presents.
    ``joined``: the lines holding a lone hard-wrapped paragraph joined
    (:func:`~analysis.clean.body.wrapped_view.wrapped_paragraph_view`)."""
    features = line_features(lines)
    known_language = uses_known_language(features)
    features = without_word_lists(features)
    features = paragraph_blocks_unpacked(
        printed_once(lines, features, known_language), known_language, lines
    )
    datelines = inner_datelines(lines, features, known_language)
    ad_labels = [p for p, feature in enumerate(features) if is_ad_label(lines[feature.index])]
    weights = neutral_posts(
        lines, features, region_weights(features, known_language, datelines, ad_labels)
    )
    # a link to another story between paragraphs ("Read also: Sales to grow in 2027"):
    # the year in it is its headline's, no stamp, and weighs as no date does
    for position in related_links_with_a_year(lines, features, weights):
        weights[position] = line_weight(replace(features[position], has_date=False), known_language)
    # an embedded post's card (its account, controls and time) neither adds to the
    # article nor ends it, and is no body
    cards = post_cards(lines, features, weights)
    neutral_cards(weights, cards)
    # the site's prompts to its reader (a cookie banner above the headline, a sign-up
    # call) neither add to the article nor end it: they are no body (below)
    for position, feature in enumerate(features):
        if weights[position] > 0 and is_site_prompt(lines[feature.index]):
            weights[position] = 0.0
    # the items of a list announced by a paragraph neither add to the article nor end it
    list_items = announced_list_items(features, weights, lines)
    for position in list_items:
        weights[position] = 0.0
    # so does a box of linked headlines between two paragraphs ("Most read" over its
    # numbered list: no body, below)
    for position in link_boxes_between_paragraphs(features, weights):
        weights[position] = 0.0
    # and so does a table set between two paragraphs (its rows body in the region)
    for position in tables_between_paragraphs(features, weights, lines):
        weights[position] = 0.0
    # (and so does a sentence too short to be a paragraph announcing them)
    announcers = {position - 1 for position in list_items if position - 1 not in list_items}
    for position in announcers:
        weights[position] = max(weights[position], 0.0)
    # so do a list of figures under its own heading (ingredients, a chronology's years)
    figure_headings, figure_items = headed_figure_lists(lines, features, weights)
    # and a chronology between two paragraphs with no heading ("• 2023: ...")
    figure_items += chronology_items(lines, features, weights)
    for position in (*figure_headings, *figure_items):
        weights[position] = 0.0
    # a chart's leftovers between two paragraphs (its caption, ticks, labels, notes and
    # controls) neither add to the article nor end it, and are no body (below)
    charts = [p for block in chart_blocks(lines, features, weights, announcers) for p in block]
    # and so does a reader poll's widget, known by its results line (:mod:`.poll_results`)
    charts += [p for block in poll_blocks(lines, features, weights) for p in block]
    # and so does a quiz's or a poll's form between two paragraphs, known by its empty
    # boxes before its choices (:mod:`.choice_rows`)
    widgets = [p for block in form_blocks(lines, features, weights) for p in block]
    charts += widgets
    for position in charts:
        weights[position] = 0.0
    # a fact-check's rating under its claim neither adds to the article nor ends it
    # (body with its claim, below: :mod:`.field_boxes`)
    field_box_runs = box_fields(lines, features, weights)
    for box in field_box_runs:
        for position in box[1:]:
            weights[position] = 0.0
    # a letters page's letters: each paragraph weighs its length, its heading and its
    # signature neither add to the article nor end it (body with the letter, below)
    letters = letter_runs(lines, features, known_language)
    for run in letters:
        for position in run.marks:
            weights[position] = 0.0
        for position in run.paragraphs:
            weights[position] = line_weight(features[position], known_language)
    # a live commentary's entries (the game's time, a short paragraph) weigh their words
    # as paragraphs do: an ad's label between two of them ends nothing
    entries = commentary_entries(lines, features)
    for position in entries:
        weights[position] = max(weights[position], features[position].n_words)
    # verse (a poem, a song's lyrics) neither adds to the article nor ends it
    verse = verse_runs(lines, features, weights, known_language)
    for run in verse:
        for position in run:
            weights[position] = 0.0
    # a photo gallery's counters and captions neither add to the article nor end it
    gallery = gallery_positions(lines, features)
    # a page that is a gallery (its captions hold more prose than the lines around
    # them) is its captions: no gallery inside an article, and its credits end nothing
    inside = range(min(gallery), max(gallery) + 1) if gallery else range(0)
    around = sum(w for p, w in enumerate(weights) if p not in inside and w > 0)
    # (the captions weighed as prose, or, short or in a language without a function-word
    # list, by their words against the prose around them)
    gallery_page = bool(gallery) and (
        sum(weights[p] for p in inside if weights[p] > 0) > around
        or caption_words(lines, features, inside)
        > sum(features[p].n_words for p, w in enumerate(weights) if p not in inside and w > 0)
    )
    if gallery_page:  # its counters and credits neither add to it nor end it
        # (its counters stay out of the body, its captions are the body)
        gallery = {p for p in gallery if counter_numbers(lines[features[p].index])}
        for position in inside:
            weights[position] = max(weights[position], 0.0)
    for position in gallery:
        weights[position] = 0.0
    # an article's table of contents: its headings printed again over their sections and
    # the link back to the list under each neither add to the article nor end it
    contents = table_of_contents(lines, features, weights)
    for position in (*contents.headings, *contents.links):
        weights[position] = 0.0
    # a footer, a comment form, a comment's header or a card separator ends the text
    # before it
    breaks = {
        position
        for position, feature in enumerate(features)
        if (
            is_footer(feature)
            and not is_photo_credit(lines, features, weights, position)
            and not is_inner_notice(lines, features, weights, position)
        )
        or feature.is_form_field
    }
    headers = comment_headers(features, frozenset(datelines))
    breaks.update(headers)
    breaks.update(comment_section_headings(lines, features))
    # where a comment thread or a comment form begins: what follows is no article
    thread_start = first_post(features, headers)
    # a live blog's stamp over each update and its control under it ("Share") are part
    # of the updates, no card separators, wherever the same line stands (the datelines
    # hold them, :func:`inner_datelines`; a timeline prints one date over two entries,
    # one of them under a subhead)
    update_lines = {lines[features[position].index] for position in datelines}
    breaks.update(
        position
        for position in card_separators(lines, features, weights)
        if lines[features[position].index] not in update_lines and position not in contents.links
    )
    if gallery_page:
        breaks.difference_update(inside)
    # a story told one short sentence a paragraph, an ad's label between every few: its
    # sentences weigh their words, as paragraphs do (body in the region, below)
    in_verse = frozenset(position for run in verse for position in run)
    # (a lone hard-wrapped paragraph joined is one sentence of such a story, as its
    # lines were: no paragraph that asks the story for more sentences)
    wrapped = frozenset(p for p, feature in enumerate(features) if feature.index in joined)
    sentence_paragraphs = sentence_paragraph_lines(
        features, weights, frozenset(breaks), lines, in_verse, wrapped
    )
    for position in sentence_paragraphs:
        weights[position] = features[position].n_words
    # a buying guide's items (a priced name over each paragraph): the paragraphs weigh
    # their words, the short lines over them neither add to the article nor end it
    weigh_priced_items(
        features, weights, priced_item_gaps(lines, features, weights, breaks), known_language
    )
    # a review's shop widget over its verdict ("$1,199 at SHOP", "Check price")
    # neither adds to the article nor ends it, and is no body
    buy_box = buy_box_over_verdict(lines, features, weights, breaks)
    for position in buy_box:
        weights[position] = 0.0
    # a listicle's numbered headings under its lede neither add to the article nor end
    # it, and its sections' sentences weigh their words, as paragraphs do
    sections = numbered_sections(lines, features, weights)
    for position in (*sections.headings, *sections.rules):
        weights[position] = 0.0
    for position in sections.texts:
        weights[position] = max(weights[position], features[position].n_words)
    # a run of item boxes (a listicle's items, a button under each) neither adds to the
    # article nor ends it, and is body when the article's region reaches it
    box_runs = item_box_runs(lines, features, weights, breaks, known_language)
    neutral_boxes(weights, box_runs)
    start, end = region_with_boxes(box_runs, *article_cluster(weights, breaks, thread_start))
    reasons = region_reasons(lines, features, known_language, start, end)
    # (not a pull quote the region dropped between its paragraphs: a sentence of the
    # story set apart again; a quotation opening the story, before its first paragraph,
    # is its lede, though the story quotes it again)
    dropped = [p for p in sentence_paragraphs if start <= p <= end and reasons[p] == "chrome"]
    if dropped:
        searched = [
            p for p in range(start, end + 1) if reasons[p] in PULL_QUOTE_SEARCHED or p in dropped
        ]
        copies = pull_quote_copies(lines, features, searched)
        first_prose = next((p for p in range(start, end + 1) if reasons[p] == "prose"), end + 1)
        for position in dropped:
            if position not in copies or position < first_prose:
                reasons[position] = "short sentence"
    keep_box_lines(reasons, box_runs, start, end)
    for position in sections.headings:
        if start <= position <= end and reasons[position] == "chrome":
            reasons[position] = "heading"
    for position in sections.texts:
        if start <= position <= end and reasons[position] == "chrome":
            reasons[position] = "prose"
    card_reasons(lines, features, weights, reasons, cards)
    for position in list_items:
        if reasons[position] == "chrome":
            reasons[position] = "list item"
        # the paragraph announcing the list is prose, not a caption over short lines
        if position - 1 not in list_items and reasons[position - 1] == "chrome":
            reasons[position - 1] = "prose"
    for position in figure_items:
        if start <= position <= end and reasons[position] == "chrome":
            reasons[position] = "list item"
    # the clause announcing a table the region keeps is the article's sentence
    for position in table_announcers(lines, features, reasons):
        reasons[position] = "prose"
    # a fact-check's claim and rating in the region: a box of fields, body (packed
    # against its fields, the claim is no caption)
    for box in field_box_runs:
        if start <= box.start <= end and reasons[box.start] in ("chrome", "prose"):
            reasons[box.start] = "prose"
            for position in box[1:]:
                if reasons[position] == "chrome":
                    reasons[position] = "field"
    for position in figure_headings:
        if start <= position < end and reasons[position] == "chrome":
            reasons[position] = "heading"
    _keep_verse(reasons, verse, start, end)
    for position in entries:
        if start <= position <= end and reasons[position] in NOT_BODY_REASONS:
            reasons[position] = "entry"
    _keep_contents_headings(reasons, contents, start, end)
    # an exchange the story quotes between its paragraphs (a chat's messages, one a line)
    for position in exchange_turns(lines, features, reasons):
        reasons[position] = "extension"
    # an interview's question its words made chrome, its label asking again in the region
    for position in labelled_turns(lines, features, reasons, start, end):
        reasons[position] = "extension"
    if end < start and features:
        # a brief of two or three short sentences under its dated line, no line of it
        # prose; else the longest sentence-like line
        brief = dated_brief_lines(features, frozenset(breaks))
        for position in brief:
            reasons[position] = "short sentence"
        if not brief:
            fallback_line(features, reasons)
    body_words = sum(
        feature.n_words
        for feature, reason in zip(features, reasons, strict=True)
        if reason not in NOT_BODY_REASONS
    )
    # a run of data lines holding more words outside the body found than the body is
    # the page's content
    run_start, run_end = longest_data_run(features, known_language)
    run_words = sum(
        feature.n_words
        for feature, reason in zip(
            features[run_start : run_end + 1], reasons[run_start : run_end + 1], strict=True
        )
        if reason in NOT_BODY_REASONS
    )
    if run_words > body_words:
        reasons = region_reasons(lines, features, known_language, run_start, run_end, data=True)
    for position in (*gallery, *charts):
        if reasons[position] not in NOT_BODY_REASONS:
            reasons[position] = "chrome"
    _keep_letters(reasons, letters, start, end)
    for position in buy_box:
        reasons[position] = "chrome"
    _keep_verdict(lines, features, reasons, start, end)
    if gallery_page:
        _keep_captions(lines, features, reasons, inside, gallery_tail(lines, features, gallery))
    # the story's short last paragraph under a player's or a photo's leftovers, an ad's
    # label or a link to another story; again under the one so found (a "read also"
    # line over one short paragraph, an ad's label over the last)
    # (or under a quiz's or a poll's form)
    on_widget = frozenset(widgets)
    tail = media_tail_paragraph(
        lines, features, [r not in NOT_BODY_REASONS for r in reasons], on_widget
    )
    while tail is not None:
        reasons[tail] = "extension"
        tail = media_tail_paragraph(
            lines, features, [r not in NOT_BODY_REASONS for r in reasons], on_widget
        )
    # and its intro over a player's leftovers above the body ("Video: ..." / "2:47")
    head = media_head_paragraph(lines, features, [r not in NOT_BODY_REASONS for r in reasons])
    if head is not None:
        reasons[head] = "extension"
    # and the paragraph a paywall cut mid-sentence, over the wall's prompt
    cut = paywall_cut_paragraph(lines, features, [r not in NOT_BODY_REASONS for r in reasons])
    if cut is not None:
        reasons[cut] = "extension"
    # the site's prompts to its reader between the paragraphs: "Sign up for our
    # newsletter", "Follow us on WhatsApp", "We value your privacy"; a share bar or a
    # pagination between them ("Seite 1 von 2   Weiter »"), or its page counter alone
    # ("Page 1 of 3", "Pagina 1 din 2": a story split over pages); a link to another
    # story read as a subheading or a line of data ("ALSO READ | Title", "Also read:
    # Title", the cue a listing's card reads too: card_lines.line_kind); an ad slot's
    # label in the language's word ("ໂຄສະນາ", "Reklama": ad_labels)
    prompts: list[int] = []
    for position, feature in enumerate(features):
        if reasons[position] not in NOT_BODY_REASONS and is_site_prompt(lines[feature.index]):
            if not is_ad_slot_cue(lines[feature.index]):  # an ad's slot: no box around it
                prompts.append(position)
            reasons[position] = "chrome"
        elif reasons[position] not in NOT_BODY_REASONS and (
            is_control_row(lines[feature.index])
            or counter_numbers(lines[feature.index]) is not None
            or is_ad_label(lines[feature.index])
            or is_match_stats_line(lines[feature.index])  # a match centre's figures
            or _is_promo_link(lines[feature.index], reasons[position])
            # an ad slot's or a control's label read as a subheading ("Continue reading
            # below" between two paragraphs)
            or (
                reasons[position] in _PROMO_LINK_REASONS
                and is_interface_label(lines[feature.index])
            )
        ):
            reasons[position] = "chrome"
    # and a consent or sign-up box's heading, buttons and field labels around its prompt
    # ("Accept all  Reject all", "Email address", "Sign up", "No thanks")
    if prompts:
        for position in prompt_box_positions(
            lines, features, [reason not in NOT_BODY_REASONS for reason in reasons], prompts
        ):
            reasons[position] = "chrome"
    # and a weather widget's place, readings and link between two paragraphs ("7°C",
    # "Light rain", "Full forecast")
    for position in weather_widget_positions(
        lines, features, [reason == "prose" for reason in reasons]
    ):
        if reasons[position] not in NOT_BODY_REASONS:
            reasons[position] = "chrome"
    _cut_at_about_note(lines, features, reasons)
    # a notes or references list under the story (its heading, numbered notes, citations)
    notes = notes_start(lines, features, [reason == "prose" for reason in reasons])
    if notes is not None:
        for position in range(notes, len(reasons)):
            if reasons[position] not in NOT_BODY_REASONS:
                reasons[position] = "chrome"
    _drop_labelled_headlines(lines, features, reasons)
    # the next story's teaser under the article (label, headline, paragraph, link)
    for position in teaser_positions(
        lines, [feature.index for feature in features], [reason == "prose" for reason in reasons]
    ):
        if reasons[position] not in NOT_BODY_REASONS:
            reasons[position] = "chrome"
    # a link to another story whose label no cue names, told by its shape ("Les
    # eisini: Headline" after a paragraph, before a paragraph or last)
    if any(
        reason in _PROMO_LINK_REASONS and has_label_colon(lines[feature.index])
        for feature, reason in zip(features, reasons, strict=True)
    ):
        for position in story_link_positions(
            [lines[feature.index].strip() for feature in features],
            [reason == "prose" for reason in reasons],
            [reason not in NOT_BODY_REASONS for reason in reasons],
        ):
            if reasons[position] in _PROMO_LINK_REASONS:
                reasons[position] = "chrome"
    # a heading with no body line under it heads nothing of the story: a box's label or
    # a page counter over the page's controls ("Iphepha 1 ku-3")
    last = next(
        (p for p in range(len(reasons) - 1, -1, -1) if reasons[p] not in NOT_BODY_REASONS), 0
    )
    if last and reasons[last] == "heading":
        reasons[last] = "chrome"
    return features, weights, reasons


def related_links_with_a_year(
    lines: Sequence[str], features: Sequence[LineFeatures], weights: Sequence[float]
) -> list[int]:
    """The links to other stories whose only date is a year in the headline.

    A link to another story set between a story's paragraphs opens with the language's
    label ("Read also: ...", "Leia também: ...",
    :data:`~analysis.clean.header_lines.RELATED_LINK`); when its headline names a year
    ("Sales to grow 10% in 2027"), the line reads as a short dated line, a teaser's
    stamp, and weighs the date's penalty: the story ended over it, its last paragraphs
    lost, where the same link with no year is crossed. A year alone is the headline's
    word, no stamp (:func:`~analysis.clean.body.features.year_is_its_only_date`; a day
    or a clock time may be a teaser's stamp and keeps its penalty).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        Their region weights (a negative one is no prose).

    Returns
    -------
    list of int
        Positions of such links weighed as chrome, in page order.
    """
    return [
        position
        for position, feature in enumerate(features)
        if feature.has_date
        and weights[position] < 0
        and RELATED_LINK.match(lines[feature.index]) is not None
        and year_is_its_only_date(lines[feature.index])
    ]


def _cut_at_about_note(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: list[str]
) -> None:
    """The site's note about itself after the story's first paragraph ("About the Harbour
    Courier: ...", "About us: ...": :func:`~.site_prompts.is_about_note`; a press
    release's "About Acme" heading over "Acme makes ...":
    :func:`~.site_prompts.is_about_heading`), or its pitch
    to the reader ("Before you go: ...": :func:`~.site_prompts.is_reader_pitch`), and
    every body line after it (the site's footer) are no body, in place."""
    seen_prose = False
    for position, feature in enumerate(features):
        if reasons[position] in NOT_BODY_REASONS:
            continue
        text = lines[feature.index]
        next_text = lines[features[position + 1].index] if position + 1 < len(features) else ""
        if seen_prose and (
            is_about_note(text) or is_reader_pitch(text) or is_about_heading(text, next_text)
        ):
            for later in range(position, len(reasons)):
                if reasons[later] not in NOT_BODY_REASONS:
                    reasons[later] = "chrome"
            return
        seen_prose = seen_prose or reasons[position] == "prose"


def _drop_labelled_headlines(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: list[str]
) -> None:
    """The headlines under a label of links to other stories between the paragraphs
    ("Related news" / one or two headlines / the story goes on: a box without bullets,
    which the region's link-list rule, reading bullets, leaves) are no body, in place:
    the lines right under a line that is only such a label
    (:data:`~analysis.clean.header_lines.RELATED_LABEL`) read as subheadings, up to the
    next line of another kind. A box set apart by blank lines may close with the teaser
    of its story, one paragraph packed under its headline ("RELATED" / "Waiting lists at
    record high" / "Parents in three towns say ..." / a blank line): no body either (the
    story's own paragraphs stand apart from the box)."""
    for position, feature in enumerate(features):
        if feature.n_words > MAX_TITLE_WORDS or not RELATED_LABEL.match(lines[feature.index]):
            continue
        after = position + 1
        while after < len(features) and reasons[after] == "heading":
            reasons[after] = "chrome"
            after += 1
        if after > position + 1 and reasons[position] not in NOT_BODY_REASONS:
            reasons[position] = "chrome"
        teaser = _box_teaser(lines, features, reasons, position)
        if teaser is not None:
            reasons[teaser] = "chrome"


def _box_teaser(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: Sequence[str], label: int
) -> int | None:
    """The position of the teaser closing the related-stories box whose label is at
    ``label``, or None: the box is one packed block (no blank line from the label to the
    teaser) with a blank line above it and under the teaser, its lines under the label
    no body (headlines), its last line one of prose ending a sentence."""
    first = features[label].index
    if first > 0 and lines[first - 1].strip():
        return None
    teaser = label + 1
    while (
        teaser < len(features)
        and features[teaser].index == features[teaser - 1].index + 1
        and reasons[teaser] in ("chrome", "heading")
    ):
        teaser += 1
    if teaser == label + 1 or teaser >= len(features):
        return None
    last = features[teaser].index
    packed = last == features[teaser - 1].index + 1
    below = last + 1 >= len(lines) or not lines[last + 1].strip()
    if packed and below and reasons[teaser] == "prose" and features[teaser].ends_sentence:
        return teaser
    return None


def _keep_contents_headings(reasons: list[str], contents: Contents, start: int, end: int) -> None:
    """The headings a table of contents lists, printed again over the region's sections,
    are its subheadings; the list and its links back are no body (:mod:`.contents`),
    in place."""
    for position in contents.headings:
        if start - 1 <= position <= end and reasons[position] in NOT_BODY_REASONS:
            reasons[position] = "heading"
    for position in (*contents.entries, *contents.links):
        if reasons[position] not in NOT_BODY_REASONS:
            reasons[position] = "chrome"


def _keep_captions(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    reasons: list[str],
    inside: range,
    tail: range,
) -> None:
    """A gallery page's captions are its body, in place: every line that ends a sentence
    and is no counter, from the line above the first counter (the introduction, or the
    first caption when the counters stand under their photos) to the last photo's lines
    (:func:`~.galleries.gallery_tail`), short or packed against a counter or a credit."""
    last = max(inside.stop, tail.stop)
    for position in range(max(inside.start - 1, 0), last):
        if (
            reasons[position] in NOT_BODY_REASONS
            and features[position].ends_sentence
            and counter_numbers(lines[features[position].index]) is None
        ):
            reasons[position] = "caption"


def _keep_letters(reasons: list[str], letters: Sequence[Letters], start: int, end: int) -> None:
    """The letters of a run the region reaches are body, their headings and signatures
    with them (:mod:`.letters`), in place; the region's lines after the last letter's
    signature are no letter (a letters page's box on how to write in: its heading and
    its paragraph, signed by nobody) and no body."""
    for run in letters:
        if any(start <= position <= end for position in run.paragraphs):
            for position in run.paragraphs:
                if reasons[position] in NOT_BODY_REASONS:
                    reasons[position] = "prose"
            # (a signature read as a subheading is the letter's, kept as the body's
            # last line)
            for position in run.marks:
                if reasons[position] in (*NOT_BODY_REASONS, "heading"):
                    reasons[position] = "letter"
            for position in range(max(run.marks) + 1, end + 1):
                reasons[position] = "outside"


def _keep_verdict(
    lines: Sequence[str], features: Sequence[LineFeatures], reasons: list[str], start: int, end: int
) -> None:
    """A review's verdict is the writer's text (:mod:`.reviews`), in place: its heading
    ("Verdict") or a pros or cons heading between the region's lines, a labelled score
    line between them ("Notre avis : ★★★★☆" over a film's credits line: the label is the
    writer's, a shop widget's stars have none), and its box of score lines and pros and
    cons lists right under the body's last line, are body."""
    if end < start:
        return
    for position in range(start + 1, end):
        text = lines[features[position].index]
        if reasons[position] == "chrome" and (
            is_verdict_heading(text) or is_pros_cons_heading(text)
        ):
            reasons[position] = "heading"
        elif reasons[position] == "chrome" and ":" in text and is_score_line(text):
            reasons[position] = "field"
    last = max((p for p in range(len(reasons)) if reasons[p] not in NOT_BODY_REASONS), default=-1)
    if last < 0:
        return
    for position, reason in verdict_box(lines, features, last).items():
        reasons[position] = reason


def _keep_verse(reasons: list[str], verse: Sequence[range], start: int, end: int) -> None:
    """Verse the region holds, or standing right under its last paragraph (a poem under
    its introduction), is body (:mod:`.verse`), in place."""
    if end < start:
        return
    for run in verse:
        if run.start <= end or (run.start == end + 1 and reasons[end] == "prose"):
            for position in run:
                if start <= position and reasons[position] in NOT_BODY_REASONS:
                    reasons[position] = "verse"


def _is_promo_link(line: str, reason: str) -> bool:
    """Whether a body line that is no paragraph is a cue to another story ("ALSO READ |
    Title": :func:`~analysis.clean.card_lines.line_kind` ``cue``; only lines with a
    colon, a bar or a spaced dash are asked) or, read as a subheading, the label of a box of them
    (:data:`~analysis.clean.header_lines.RELATED_LABEL`); and whether a line read as a
    paragraph is such a cue whose headline ends as a sentence does ("Read also: Is the
    boom over?", "Czytaj także: Kredyt na start. Ilu skorzystało?"): a label of links to
    other stories (:data:`~analysis.clean.header_lines.RELATED_LINK`) opens it or it is a
    cue (a Lao "ອ່ານເພີ່ມ: <headline>" reads as a sentence: a syllable a word), and it is
    no longer than a headline (``MAX_TITLE_WORDS``)."""
    if reason == "prose":  # a headline printed as a sentence ("Read also: Is it over?")
        return (
            holds_label_end(line)
            and count_words(line) <= MAX_TITLE_WORDS
            and (RELATED_LINK.match(line) is not None or line_kind(line) == "cue")
        )
    if reason not in _PROMO_LINK_REASONS:
        return False
    if reason == "heading" and RELATED_LABEL.match(line):
        return True  # a box's label ("Related stories from Site") whose links were dropped
    return holds_label_end(line) and line_kind(line) == "cue"


# The reasons of the body lines a promo link is read with (a paragraph is none).
_PROMO_LINK_REASONS = ("heading", "extension", "short sentence")


def body_line_indices(lines: Sequence[str]) -> list[int]:
    """Return the indices of the lines that belong to the article body.

    Parameters
    ----------
    lines : sequence of str
        The page's lines, without line endings, already NFC-normalized.

    Returns
    -------
    list of int
        Sorted indices into ``lines``; empty when the page has no body-like text.
    """
    # a lone paragraph a text browser hard-wrapped is weighed whole, on its first line
    # (:mod:`.wrapped_view`), and its other lines go with it
    view, joined = wrapped_paragraph_view(lines)
    features, _, reasons = _line_reasons(view, frozenset(joined))
    # No LineVerdict per line: a page of many short lines would build one per line.
    return [
        index
        for feature, reason in zip(features, reasons, strict=True)
        if reason not in NOT_BODY_REASONS
        for index in (feature.index, *joined.get(feature.index, ()))
    ]
