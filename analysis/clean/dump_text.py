"""A text dump's characters made plain once, where the page is read (stage 1).

Scrapers print the same page in many ways; these rules undo the ways that carry no
meaning, so that every later rule sees one printing. They apply to text dumps (a saved
HTML page is rendered by analysis.clean.html_page instead) after decoding and the
line-end and control-character normalization of analysis.clean.read, in this order
(analysis.clean.read.plain_dump_text):

- HTML character references a scraper left in are decoded (:func:`decode_references`):
  ``&amp;``, ``&quot;``, ``&#39;``, ``&#x2019;``, ``&nbsp;``; only complete references
  (a name the HTML standard defines, or a number, closed by ``;``), so ``AT&T`` or a
  URL's ``?a=1&b=2`` stay as printed;
- an AsciiDoc source's marks are taken off (:mod:`analysis.clean.asciidoc_text`: the
  ``=`` of its titles, its attribute lines, its link macros' addresses) when the page
  opens with its document title (``= Title``); a reStructuredText source's
  (:mod:`analysis.clean.rst_text`: a field's opening colon, ``:Author: X``, its
  directives, its links' addresses) when it underlines its titles so;
- Markdown's marks are taken off (:func:`plain_markdown`): a heading's ``#`` marks, the
  ``**`` around strong text, a link or image printed as ``[text](address)`` becomes its
  text (a scraper's Markdown output prints the page's every link so), the ``>`` marks of
  a quoted run of lines (Markdown's blockquote, an e-mail's quoted story);
- a link's address a browser's text view prints after its text
  (:func:`drop_link_addresses`: ``Sport <https://example.com/sport>``; a print style
  sheet's ``Sport (https://example.com/sport)`` on a page printing several) is taken off, so
  a masthead, a menu and a headline read as such;
- a text browser's label for an image (:func:`drop_image_labels`: w3m's and lynx's
  ``[logo]``, ``[image]``, ``[IMG]`` printed where the page shows a picture) is taken
  off its line, so a masthead printed "[logo] The Valley Courier" reads as its name
  (and lynx's "[The Valley Courier]", a masthead's picture by its text alone on the
  first line, is that name);
- no-break and fixed-width spaces (U+00A0, U+2000 to U+200A, U+202F, U+205F) are
  spaces (:data:`SPACES`);
- characters that print nothing and separate no words are removed
  (:func:`drop_invisible`): soft hyphens (a hyphenation hint inside a word; one at a
  line's end marks a word cut there, which the join below makes whole), word
  joiners, U+FEFF inside the text, and zero-width spaces, except between two letters of
  a script written without spaces (Thai, Lao, Tibetan, Myanmar, Khmer, Chinese,
  Japanese: there a zero-width space marks a word boundary). Zero-width joiners and
  non-joiners stay (they shape emoji and Indic and Persian script);
- a hard-wrapped page's paragraphs are joined (:func:`join_hard_wraps`);
- a text browser's link marks are taken off when the page ends with the list of links
  they number (:func:`drop_link_marks`: lynx's ``[2]News [3]Local`` over its
  "References"), so a menu reads as a menu and a sentence as its words; after the
  join, since the printer wrapped the lines with the marks in them.
"""

from __future__ import annotations

import html
import html.entities
import re
from collections.abc import Callable
from functools import cached_property
from itertools import pairwise

from analysis.clean.chat_stamps import is_chat_export
from analysis.clean.clipping_table import table_rows
from analysis.clean.dates import find_date_span
from analysis.clean.header_lines import CREDITED_WORKS
from analysis.clean.logo_image_line import logo_line_text
from analysis.clean.markdown_blocks import (
    drop_comment_lines,
    drop_pandoc_fences,
    drop_setext_underlines,
    drop_tag_lines,
    plain_grid_tables,
    plain_pipe_tables,
)
from analysis.clean.pattern_starts import starting_at
from analysis.clean.portrait_alt import portrait_name
from analysis.clean.site_name_shapes import MAX_NAME_WORDS
from analysis.clean.typeset_hyphens import SOFT_HYPHEN
from analysis.stopwords import FUNCTION_WORDS
from analysis.text import (
    FIELD_LABEL,
    INVISIBLE,
    UNSPACED_SCRIPTS,
    display_width,
    is_blank,
    is_list_item,
    is_lower_case,
    is_rule_line,
    opens_upper_case,
)
from analysis.text.marks import CLOSING_MARKS, SENTENCE_MARKS, strip_closing_marks

#: Spaces of a fixed width or that forbid a line break: printed as a space.
SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
# Scripts written without spaces between words, where a zero-width space is a boundary.
_NO_SPACES = f"{UNSPACED_SCRIPTS}\u0e80-\u0fff\u1000-\u109f\u1780-\u17ff"
# The characters drop_invisible replaces or removes (one scan finds them all).
_PLAIN_MADE = re.compile(f"[{SPACES}\u00ad\u2060\ufeff\u200b]")
_BETWEEN_UNSPACED = re.compile(f"[{_NO_SPACES}]\u200b[{_NO_SPACES}]")
# A character of a script written without spaces, its punctuation (U+3000-U+303F) or a
# full-width form: a printer cuts a line before any of them, and joins them with no space.
_UNSPACED_CHAR = f"[{_NO_SPACES}\u3000-\u303f\uff00-\uffef]"
_UNSPACED_START = re.compile(_UNSPACED_CHAR)
_UNSPACED_JOIN = re.compile(_UNSPACED_CHAR * 2)
# The end of a line a site shortened ("... next week's ..."): a wrap adds no mark.
_TRUNCATED = ("...", "…")
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Markdown: a heading's marks at a line's start, strong text (its ** not inside a word:
# 'Jo** Al****' masks a name), a link or an image (its address without spaces, or with
# one level of parentheses; an optional quoted title). No part scans past a '*' or a
# parenthesis: a page of many unclosed marks costs linear time.
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?=\S)", re.MULTILINE)
_MD_STRONG = re.compile(r"(?<![\w*])\*\*(?=[^\s*])([^\n*]*[^\s*])\*\*(?![\w*])")
_MD_LINK = re.compile(
    r"!?\[([^\[\]\n]*)\]\([ \t]*<?[^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*>?"
    r"(?:[ \t]+\"[^\"\n()]*\")?[ \t]*\)"
)
# Markdown: an image alone on its line, not linked ("![A harbour at dawn](img.jpg)"): a
# picture between paragraphs, which the page shows and no reader's text view prints; its
# text (the picture's description) is no line of the page's text, and read as one it was
# a headline's candidate over the byline. A linked image ("[![Site](logo.png)](/)") stays
# its text: a logo linking home is the masthead; so does a headshot's ("![Photo of Jane
# Roe](...)": the author's name, :mod:`analysis.clean.portrait_alt`).
_MD_IMAGE_LINE = re.compile(r"^[ \t]*!(?:" + _MD_LINK.pattern[2:] + r")[ \t]*$", re.MULTILINE)


def _image_line_text(image: re.Match[str]) -> str:
    """An image line's printed text: none, but a headshot's alt text ("Photo of NAME")
    and the site a logo names (:func:`analysis.clean.logo_image_line.logo_line_text`)."""
    alt = image.group(1)
    if portrait_name(alt) is not None:
        return alt
    address = _IMAGE_ADDRESS.search(image.group(0))
    return logo_line_text(alt, address.group(1) if address else "") or ""


# The address of an image line's picture ("![...](ADDRESS "title")").
_IMAGE_ADDRESS = re.compile(r"\]\([ \t]*<?([^\s<>]*?)>?(?:[ \t]+\"|[ \t]*\)$)")


# Markdown: a link printed by reference ("[text][3]", "[text][]"), its address on a
# definition line of the page ("[3]: https://...", pandoc's and html2text's
# --reference-links output); only a label the page defines is read as one.
_MD_REFERENCE_LINK = re.compile(r"\[([^\[\]\n]+)\]\[([^\[\]\n]*)\]")
_MD_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[([^\[\]\n]+)\]:[ \t]*<?\S+", re.MULTILINE)
# Markdown's and e-mail's quote marks: a run of two lines or more, each opening with '>'
# (nested: '> >', '>>'), the space after each mark; a lone '>' line is the quote's blank
# line. A story quoted whole in a newsletter or a forwarded e-mail, a blockquote that
# html2text or pandoc printed.
_QUOTE_RUN = re.compile(r"^(?:[ \t]{0,3}>[^\n]*(?:\n|$)){2,}", re.MULTILINE)
_QUOTE_MARKS = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)
# Markdown: a whole line in emphasis, its one '_' or '*' on each end (a clipper's
# "_By Jane Roe · Nov 24, 2026_" under a headline).
_MD_EMPHASIS_LINE = re.compile(
    r"^([ \t]*)([_*])(?=[^\s_*])([^\n_*]*[^\s_*])\2[ \t]*$", re.MULTILINE
)
# Markdown: a line opening with a name in emphasis before a separator and more of the
# line (a clipper's or a note's "*Valley Courier* · Jane Roe · 2026-12-03" under a saved
# link's title): the name without its marks. A separator is a middle dot, a bar or a
# spaced dash; "*" or "_" inside a word is no mark.
_MD_EMPHASIS_LEAD = re.compile(
    r"^([ \t]*)([_*])(?=[^\s_*])([^\n_*]*[^\s_*])\2(?=[ \t]+(?:[·|•]|[-–—])[ \t])", re.MULTILINE
)
#: A page is hard-wrapped when lines of at least this many lengths end where the next
#: line's first word would not have fitted (:func:`join_hard_wraps`): a page printed
#: without wrapping has one or two such lines, its longest; rows of a table or a line
#: printed again have one length.
MIN_WRAPS = 3


def decode_references(text: str) -> str:
    """Decode the complete HTML character references of ``text``.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with ``&name;``, ``&#N;`` and ``&#xN;`` replaced by their characters
        (as HTML reads them); an unknown name and an ``&`` that opens no reference are
        kept.
    """
    if "&" not in text:
        return text
    return _REFERENCE.sub(_decoded, text)


def _decoded(match: re.Match[str]) -> str:
    reference = match.group()
    if reference[1] != "#" and reference[1:] not in html.entities.html5:
        return reference
    return html.unescape(reference)


def plain_markdown(text: str) -> str:
    """``text`` without Markdown's marks: heading marks, ``**``, link syntax.

    Parameters
    ----------
    text : str
        A text dump, Markdown or not (the marks are rare in other text: a line opening
        with ``#`` and a space, text between ``**``, ``[text](address)``).

    Returns
    -------
    str
        The text with a heading's leading ``#`` marks removed, ``**strong**`` as
        ``strong``, ``[text](address)`` and ``![text](address)`` as ``text`` (a linked
        image, ``[![text](image)](address)``, too; a link by reference, ``[text][3]``,
        when the page defines its label, ``[3]: address``), a line printed in emphasis
        (``_text_``, ``*text*``) as ``text`` and so a name in emphasis opening a line
        before a separator (``*Valley Courier* · Jane Roe``), the quote marks of a run
        of quoted lines (``> text`` on two lines or more) taken off; lines holding only
        HTML comments removed, a pipe table's and a grid table's rows printed with
        tabs between the cells, a setext heading's underline removed and pandoc's
        fenced-div fences and attribute lists taken off, a block element's tag alone on
        its line made blank (:mod:`analysis.clean.markdown_blocks`).
    """
    text = drop_setext_underlines(plain_grid_tables(plain_pipe_tables(drop_comment_lines(text))))
    text = drop_tag_lines(drop_pandoc_fences(text))
    if "#" in text:
        text = _MD_HEADING.sub("", text)
    if "**" in text:
        text = _MD_STRONG.sub(r"\1", text)
    if "![" in text:
        text = _MD_IMAGE_LINE.sub(_image_line_text, text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
        if "](" in text:  # a linked image, "[![Logo](logo.png)](/)": the link's text was one
            text = _MD_LINK.sub(r"\1", text)
    if "][" in text:
        text = _plain_reference_links(text)
    if "_\n" in text or "*\n" in text:
        text = _MD_EMPHASIS_LINE.sub(r"\1\3", text)
    if "* " in text or "_ " in text:
        text = _MD_EMPHASIS_LEAD.sub(r"\1\3", text)
    if ">" in text:
        text = _QUOTE_RUN.sub(lambda run: _QUOTE_MARKS.sub("", run.group()), text)
    return text


def _plain_reference_links(text: str) -> str:
    """``text`` with each Markdown link printed by reference to a label the page defines
    (``[text][label]``, ``[text][]`` for the label ``text``) as its text."""
    labels = {label.casefold() for label in _MD_LINK_DEFINITION.findall(text)}
    if not labels:
        return text

    def _text(link: re.Match[str]) -> str:
        label = (link[2] or link[1]).casefold()
        return link[1] if label in labels else link[0]

    return _MD_REFERENCE_LINK.sub(_text, text)


#: A text browser's placeholder for an image: a bracketed generic word ("[logo]",
#: "[IMG]", "[image]"; with the image's text after a colon, as a mail client's
#: plain-text view prints it: "[image: Harbour at dawn]") where the page shows a
#: picture, at the text's or a line's start or after a space, with the spaces after it.
#: (The bracket opens the pattern, so a search skips to the next bracket; what is before
#: it is looked at from there.)
_IMAGE_LABEL = re.compile(
    r"\[(?<!\S\[)(?:logo|image|img|pic|photo|picture|icon)(?:[ \t]\d{1,3})?"
    r"(?::[ \t](?P<alt>[^\[\]\n]*))?\][ \t]*",
    re.IGNORECASE,
)


#: An image label alone on its line whose text names a logo ("[Image: Example Post
#: logo]", the alt text a page gives a publisher's logo over each card of an
#: aggregator): the logo's name, which the picture shows.
_LOGO_LABEL = re.compile(
    r"^[ \t]*\[(?:image|img|photo|picture|logo):[ \t]+(?P<name>[^\[\]\n]*?\S)[ \t]+logo\][ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


#: An image label's text closing with its writer's credit ("Volunteers sort parcels.
#: Story and photos by NAME"): on some pages the only line that names the story's author.
_LABEL_CREDIT = re.compile(
    rf"(?:^|(?<=[{re.escape(SENTENCE_MARKS)}])[ \t]+)"
    rf"(?P<credit>(?i:(?P<works>{CREDITED_WORKS})\s+by)\s*:?\s+[^\[\]\n]*?\S)[ \t]*$"
)
# The works of a writer's credit name the text (not "Photos and illustrations by").
_WRITTEN_WORK = re.compile(r"\b(?:story|words|text)\b", re.IGNORECASE)


def _image_label_text(label: re.Match[str]) -> str:
    """What an image label leaves on its line: its writer's credit (:data:`_LABEL_CREDIT`),
    a space after it when the line goes on; or nothing."""
    found = _LABEL_CREDIT.search(label.group("alt") or "")
    if found is None or not _WRITTEN_WORK.search(found.group("works")):
        return ""
    rest = label.string[label.end() : label.end() + 1]
    return found.group("credit") + (" " if rest not in ("", "\n") else "")


def drop_image_labels(text: str) -> str:
    """``text`` without a text browser's image labels (:data:`_IMAGE_LABEL`).

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with each ``[logo]``, ``[image]``, ``[IMG]`` (any case) that starts a
        line or follows a space removed, and the spaces after it; a label alone on its
        line naming a logo (``[Image: Example Post logo]``) is the logo's name
        (``Example Post``), the name the picture shows (:data:`_LOGO_LABEL`); so is a
        label alone on the text's first line whose text is a name (lynx's ``[Example
        Post]`` for a masthead drawn as a picture: :func:`_top_image_name`); a label whose
        text closes with its writer's credit leaves the credit (:data:`_LABEL_CREDIT`).
    """
    if "[" not in text:
        return text
    return _top_image_name(_IMAGE_LABEL.sub(_image_label_text, _LOGO_LABEL.sub(r"\g<name>", text)))


#: A text browser's label for an image alone on the text's first line: the image's text
#: in brackets, as lynx prints a masthead drawn as a picture ("[Example Post]").
# (lynx numbers the image's link first when the picture links home: "[1][Example Post]")
_TOP_IMAGE_LABEL = re.compile(
    r"\A[ \t\n]*(?:\[\d{1,4}\])?\[(?P<name>[^\[\]\n]+)\][ \t]*$", re.MULTILINE
)
# The word "logo" closing an image's text ("Example Post logo"), or opening it with "of"
# or a colon ("Logo of Example Post", "Logo: Example Post"): the name is the rest.
_LOGO_WORD = re.compile(r"\s+logo$|^logo(?:\s+of\s+|\s*:\s*)", re.IGNORECASE)
# A word of a name: a capital, then letters and the marks names hold ("O'Neill", "A&E").
_CAPITALIZED_WORD = re.compile(r"[^\W\d_][\w'’&.-]*")


def _top_image_name(text: str) -> str:
    """``text`` with the image label alone on its first line (:data:`_TOP_IMAGE_LABEL`)
    written as the name it gives, when that is a name: one to
    :data:`~analysis.clean.site_name_shapes.MAX_NAME_WORDS` words, each opening with a
    capital ("[Example Post]", "[Example Post logo]", "[Logo of Example Post]": "Example
    Post"; a link's mark before it, "[1][Example Post]", stays for
    :func:`drop_link_marks`). Whether the name
    is the site's masthead is the site-name reader's question, as for any top line."""
    found = _TOP_IMAGE_LABEL.match(text)
    if found is None:
        return text
    name = _LOGO_WORD.sub("", found["name"].strip())
    words = name.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or not all(
        opens_upper_case(word) and _CAPITALIZED_WORD.fullmatch(word) for word in words
    ):
        return text
    return f"{text[: found.start('name') - 1]}{name}{text[found.end('name') + 1 :]}"


# A link's address in angle brackets after its text, as a browser's "save as text"
# prints every link ("Sport <https://example.com/sport>"), with the spaces before it; an
# e-mail client's plain-text view glues it to the text closing the line
# ("Headline<https://example.com/a>"; glued inside a line, it stays). After a label's
# colon it is the field's value, no link's ("WARC-Target-URI: <https://...>"): it stays.
_LINK_ADDRESS = re.compile(
    r"(?<=[^\s:])(?:[ \t]+<(?:https?|ftp|mailto|file):[^<>\s]*>(?P<more>[ \t]*\S?)"
    r"|<(?:https?|ftp|mailto|file):[^<>\s]*>(?=[ \t]*$))",
    re.MULTILINE,
)

# A link's full address in parentheses after its text, as a print style sheet writes it
# (``a[href]::after { content: " (" attr(href) ")" }``: "Sport (https://example.com/sport)"),
# or with a space inside each parenthesis, as jaytaylor/html2text (Go) prints every link
# ("Sport ( https://example.com/sport )"), with the spaces before it.
_PRINTED_ADDRESS = re.compile(
    r"(?<=[^\s:(])[ \t]+\([ \t]?(?:https?|ftp|mailto|file)://[^()\s]*[ \t]?\)"
    r"(?P<more>[ \t]*\S?)",
    re.MULTILINE,
)
#: A page prints at least this many links' addresses in parentheses after their text when
#: a print style sheet wrote them (a masthead, a menu of three sections and the cards'
#: headlines); an article citing one or two sources so keeps them.
MIN_PRINTED_ADDRESSES = 4


def drop_link_addresses(text: str) -> str:
    """``text`` without the addresses a browser's text view prints after each link's
    text (``Sport <https://example.com/sport>``).

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with each address in angle brackets that follows text on its line
        removed, and the spaces before it; two spaces stay between it and more text on
        the line, as between the entries of a row of links ("News  Sport  Opinion").
        An address alone on its line stays (a link printed as its address), and so
        does one after a colon (a field's value: ``WARC-Target-URI: <https://...>``).
        A page printed by a browser with a print style sheet that writes every link's
        address after it in parentheses (``Sport (https://example.com/sport)``) loses
        those too, when it prints at least :data:`MIN_PRINTED_ADDRESSES` of them (an
        article citing a source's address once or twice keeps it).
    """
    if "://" not in text:
        return text
    if "<" in text:
        text = _LINK_ADDRESS.sub(_after_address, text)
    if "(" in text and len(_PRINTED_ADDRESS.findall(text)) >= MIN_PRINTED_ADDRESSES:
        text = _PRINTED_ADDRESS.sub(_after_address, text)
    return text


def _after_address(found: re.Match[str]) -> str:
    """What stays of a link's address ``found`` after text: two spaces before more text
    on its line, else nothing."""
    return f"  {found['more'].lstrip()}" if (found["more"] or "").strip() else ""


# A line of a text browser's list of the page's links ("  12. https://example.com/a"):
# lynx prints it under "References" at the end of a dump, each link's number the
# "[12]" it put before the link's text.
_LINK_LIST_LINE = re.compile(r"^[ \t]*(\d{1,4})\.[ \t]+(?:https?|ftp|mailto|file):\S*[ \t]*$")
_LINK_MARK = re.compile(r"\[(\d{1,4})\]")
#: The fewest marks that count a page's links without its list: a text browser numbers
#: every link of the menu alone past this, and a story's notes seldom run so far.
_MIN_COUNTED_MARKS = 5


def drop_link_marks(text: str) -> str:
    """``text`` without a text browser's link marks ("[2]News [3]Local"), when the page
    ends with the list they number.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text with each ``[N]`` removed whose ``N`` numbers a link of the page's list
        of links (lines ``N. URL`` numbered 1, 2, 3 ... in one run, at least two); with
        no such list, every mark when the marks run 1, 2, 3 ... in the order they stand
        (at least :data:`_MIN_COUNTED_MARKS`); else the text itself. The list stays (it
        is chrome).
    """
    if "[" not in text:
        return text
    numbers = [int(match[1]) for line in text.split("\n") if (match := _LINK_LIST_LINE.match(line))]
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        # no whole list (a dump saved without it, or cut short): the marks themselves
        # count the links, 1, 2, 3 ... in the order they stand, as only a text browser
        # numbers them (a story's notes, "[1]", are few and follow words)
        marks = [int(mark[1]) for mark in _LINK_MARK.finditer(text)]
        if len(marks) < _MIN_COUNTED_MARKS or marks != list(range(1, len(marks) + 1)):
            return text
        return _without_marks(text, lambda _number: True)
    return _without_marks(text, lambda number: number <= len(numbers))


#: The most words of one link in a row of links (a menu's entry: "Región Sur", "Tattalin
#: Arziki"); a line whose marks stand farther apart is prose with links.
_MAX_ROW_LINK_WORDS = 4
#: The fewest links of a menu's row: three entries ("News  Local  Sport"); two links side
#: by side are as often a pair of controls ("Share  Print", "Privacy  Cookie settings")
#: that later rules read as one line of chrome, and keep reading so.
_MIN_ROW_LINKS = 3


def _without_marks(text: str, counted: Callable[[int], bool]) -> str:
    """``text`` without the marks whose number ``counted`` accepts; on a row of links (a
    line opening with a mark, :data:`_MIN_ROW_LINKS` marks at least, each link's text at most
    :data:`_MAX_ROW_LINK_WORDS` words: "[2]Local [3]Región Sur [4]Política") each mark
    between two links leaves a second space, the gap a text browser prints between a
    menu's entries, so the row still reads as a menu and not as a line of Title Case
    words (a headline)."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if "[" not in line:
            continue
        marks = [mark for mark in _LINK_MARK.finditer(line) if counted(int(mark[1]))]
        if not marks:
            continue
        texts = [line[a.end() : b.start()] for a, b in pairwise(marks)]
        texts.append(line[marks[-1].end() :])
        row = (
            len(marks) >= _MIN_ROW_LINKS
            and not line[: marks[0].start()].strip()
            and all(0 < len(part.split()) <= _MAX_ROW_LINK_WORDS for part in texts)
        )
        pieces, at = [], 0
        for mark in marks:
            pieces.append(line[at : mark.start()])
            between = row and mark is not marks[0] and line[mark.start() - 1] in " \t"
            pieces.append(" " if between else "")
            at = mark.end()
        lines[n] = "".join(pieces) + line[at:]
    return "\n".join(lines)


def drop_invisible(text: str) -> str:
    """``text`` with its fixed-width spaces as spaces and its invisible characters removed.

    Parameters
    ----------
    text : str
        A text dump.

    Returns
    -------
    str
        The text, no longer than before (see the module's docstring for what goes).
    """
    if text.isascii():
        return text
    return _PLAIN_MADE.sub(_made_plain, text)


def _made_plain(match: re.Match[str]) -> str:
    character = match.group()
    if character in SPACES:
        return " "
    if character == "\u200b":
        start = match.start()
        if start and _BETWEEN_UNSPACED.match(match.string, start - 1):
            return character
    elif character == SOFT_HYPHEN and match.string.startswith("\n", match.end()):
        return character  # a word cut at a line's end: join_hard_wraps joins it
    return ""


def join_hard_wraps(text: str) -> str:
    """Join the lines of a hard-wrapped page's paragraphs.

    A text browser or a mail client prints a page at a fixed width: a paragraph longer
    than the width is cut at the last space that fits (in a script written without
    spaces, before any character). The width is the page's longest line that could
    have been cut: one holding a space, or a character of a script written without
    spaces after its first (a line of one long word, a URL, can be longer). A line was
    cut when the next line's first word would not have fitted after it (in a script
    written without spaces, its first character; a line ending in an ellipsis was cut
    short by the site, not wrapped). The page is hard-wrapped when lines of at least
    :data:`MIN_WRAPS` lengths were cut so (a ragged right edge; lines cut before a
    character of a script without spaces are filled to the width, so there at least
    :data:`MIN_WRAPS` different lines; a line ending in such a character and cut before a
    spaced word, a date under a Chinese teaser, counts only when at least
    :data:`MIN_WRAPS` lines ending so are cut before such a character; or at least
    :data:`MIN_WRAPS` cut lines end inside a sentence the next line goes on with in lower
    case, as a short page's few cut lines may share two lengths) and most long
    lines (over half the width) that the next line would not have fitted after whole
    were cut so: a page printed one headline or paragraph a line, whose longest line
    sets the width, leaves most of them uncut. Then each cut line is joined to the next
    with one space (with none after a word cut after its hyphen, ``well-`` ``known``,
    after a word cut after a soft hyphen, which goes (a typesetter's cut:
    :mod:`analysis.clean.typeset_hyphens`), and between two characters of a script
    written without spaces; a line ending in a soft hyphen after a letter is joined to
    the next in any case). A blank line, a rule line (``=====`` drawn to the width,
    never a paragraph's) or a rule under the line, a
    list item on the next line, and a line opening with a field's label that another
    line opens with too (a feed dump's ``pubDate:`` under each item's ``Description:``)
    are never joined; nor are a chat export's lines, printed as typed
    (:func:`analysis.clean.chat_stamps.is_chat_export`). A paragraph printed with no
    blank line under it whose last line is nearly full is joined to the next line too:
    the printing cannot tell them apart (not joining lines that end a sentence splits
    many more paragraphs, which costs the body detector more: measured with
    benchmarks/article_variants.py).

    Lengths are counted in characters, as a program that wraps strings does, and in
    display columns (:func:`analysis.text.display_width`), as a text browser wraps:
    there a combining mark (a Devanagari vowel sign) takes no column and a Chinese
    character two. The count that finds more cut lines is the page's (characters on a
    tie).

    Parameters
    ----------
    text : str
        A text dump with ``\\n`` line ends.

    Returns
    -------
    str
        The text with its wrapped paragraphs on one line each (unchanged when the page
        is not hard-wrapped).
    """
    lines = text.split("\n")
    if "," in text and table_rows(lines, only="commas"):
        return text  # a CSV export's rows are lines each (analysis.clean.clipping_table)
    if is_chat_export(lines):
        return text  # a chat's messages are printed as typed (analysis.clean.chat_stamps)
    page = _WrapPage(lines)
    cut_after = _cut_lines(page, len)
    if not text.isascii() and display_width(text) != len(text):
        by_columns = _cut_lines(page, display_width)
        if by_columns is not None and len(by_columns) > len(cut_after or ()):
            cut_after = by_columns
    if SOFT_HYPHEN in text:  # a word cut at a line's end is joined whatever the width
        cut_after = (cut_after or set()) | _cut_at_soft_hyphens(page)
    if not cut_after:
        return _without_soft_hyphens(text)
    joined = [lines[0]]
    width = max(len(lines[index].rstrip()) for index in cut_after)
    last = 0  # the last line printed with a letter or digit
    for index in range(1, len(lines)):
        broken = _column_break(lines, last, index, cut_after, width)
        if broken:
            del joined[len(joined) - (index - last - 1) :]  # the blank and marks' lines
        if last < index and _MARKS_ONLY.match(lines[index]) is None:
            last = index
        if broken or (
            index - 1 in cut_after
            and not (is_rule_line(lines[index - 1]) or is_rule_line(lines[index]))
        ):
            before, after = joined[-1].rstrip(), lines[index].lstrip()
            hyphen = before.endswith(("-", SOFT_HYPHEN)) and before[-2:-1].isalpha()
            glue = "" if hyphen or _UNSPACED_JOIN.match(before[-1] + after[0]) else " "
            joined[-1] = before.removesuffix(SOFT_HYPHEN) + glue + after
        else:
            joined.append(lines[index])
    return _without_soft_hyphens("\n".join(joined))


# A line of marks only, no letter or digit: a scanner's margin speck read by OCR ('|',
# '.'), between a column's last line and the next column's first.
_MARKS_ONLY = re.compile(r"^[^\w]*$")
# A line going on with a sentence: a word in lower case, maybe with its hyphen's or
# apostrophe's parts and a mark after it; not an address or a name with a dot in it
# ('koelner-stadtbote.de | Lesezeit: 3 Min.' under a headline is a reader's field line).
_GOING_ON = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*[,;:.!?)]*(?:\s|$)")


def _column_break(lines: list[str], last: int, index: int, cut_after: set[int], width: int) -> bool:
    """Whether line ``index`` goes on with the paragraph line ``last`` left unended, a
    column's end between them (pdftotext of a page set in columns, an OCR'd clipping).

    A printed page's column ends wherever the column is full, mid-paragraph: the next
    column's first line is printed after a blank line (and perhaps a margin speck's line
    of marks). It is the same paragraph when ``last`` is a full line, longer than half
    the page's width and one the next line's first word would not have fitted after (as
    a cut line),
    ending in a word or in a word cut after its hyphen, and the next line goes on in
    lower case (a script with case: in one without, nothing shows a new sentence). No
    tuned value: the width is the page's, the case the text's."""
    between = [lines[line] for line in range(last + 1, index)]
    if last in cut_after or not any(not line.strip() for line in between):
        return False  # no break between, or the line was joined as cut already
    if not all(_MARKS_ONLY.match(line) for line in between):
        return False
    before, after = lines[last].rstrip(), lines[index].lstrip()
    if not before or not after or not is_lower_case(after[0]) or not _GOING_ON.match(after):
        return False
    hyphen = before.endswith("-") and before[-2:-1].isalpha()
    if not (hyphen or _ends_in_a_word(before)):
        return False
    full = len(before) + 1 + len(after.split()[0])
    return 2 * len(before) > width and len(before) <= width < full


def _cut_at_soft_hyphens(page: _WrapPage) -> set[int]:
    """The lines ending in a soft hyphen after a letter, the next line not blank."""
    return {
        index
        for index, line in enumerate(page.stripped[:-1])
        if line.endswith(SOFT_HYPHEN) and line[-2:-1].isalpha() and not page.blank[index + 1]
    }


def _without_soft_hyphens(text: str) -> str:
    """``text`` without the soft hyphens left at the end of lines no wrap joined."""
    return text.replace(SOFT_HYPHEN, "") if SOFT_HYPHEN in text else text


# A full stop of any script: Latin's period and ellipsis, the Devanagari and Bengali
# danda, the Urdu full stop, the Myanmar, Ethiopic, Khmer and CJK full stops (a Hindi or
# Nepali teaser ends with "।", no period), Ol Chiki's mucaad (a Santali teaser ends with
# "᱾"), the Armenian, Tibetan, Mongolian, Canadian syllabics, Lisu and Vai full stops.
_FULL_STOPS = ".…।॥۔။።。｡។᱾᱿։།᠃᙮꓿꘎"
_ENDS_WITH_A_PERIOD = re.compile(rf"[{_FULL_STOPS}][{re.escape(CLOSING_MARKS)}]*\s*$")
# The characters a stripped line may open with and still be blank (analysis.text.is_blank).
_MAYBE_BLANK_EDGES = frozenset(INVISIBLE)


class _WrapPage:
    """What :func:`join_hard_wraps` reads of a page's lines whatever it counts lengths
    in, worked out once: each line without its trailing space, whether it is blank, the
    lines a printer could have cut (:func:`_could_be_cut`); when first asked for, the
    lines opening with a repeated field label (:func:`_field_lines`), the lines closing
    with a date (:func:`_date_closed_lines`) and each non-blank line's block
    (:func:`_voting_uncut`)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.stripped = [line.rstrip() for line in lines]
        self.blank = [
            is_blank(line) if (text := line.strip()) and text[0] in _MAYBE_BLANK_EDGES else not text
            for line in lines
        ]
        self.cuttable = [index for index, line in enumerate(lines) if _could_be_cut(line)]

    def starts_field(self, index: int) -> bool:
        """Whether line ``index`` opens with a field label another line opens with too,
        is a row with a figure (:func:`_stamped_rows`) or of tab-set cells, or closes with
        a date as :data:`MIN_WRAPS` lines do (:func:`_date_closed_lines`): it starts a
        field or a row. The dated lines are read only when the line holds a year's
        digits, as each of them does (most lines asked about hold none)."""
        if index in self._labelled_or_rows:
            return True
        return bool(_YEAR_DIGITS.search(self.lines[index].strip())) and index in self._dated

    @cached_property
    def _labelled_or_rows(self) -> set[int]:
        """The lines opening with a repeated field label, or a row (a figure's, tabs')."""
        return _field_lines(self.lines) | _stamped_rows(self.lines) | _tab_rows(self.lines)

    @cached_property
    def _dated(self) -> set[int]:
        """The lines closing with a date (:func:`_date_closed_lines`)."""
        return _date_closed_lines(self.lines)

    @cached_property
    def block(self) -> dict[int, int]:
        """Each non-blank line's block: the index of the first line of its run of
        non-blank lines (the page's last line left out)."""
        block: dict[int, int] = {}
        start = None
        for index in range(len(self.lines) - 1):
            if self.blank[index]:
                start = None
                continue
            if start is None:
                start = index
            block[index] = start
        return block


def _cut_lines(page: _WrapPage, measure: Callable[[str], int]) -> set[int] | None:
    """The indices of the lines cut by a wrap (each to be joined to the next), lengths
    counted by ``measure``, or None when the page reads as not wrapped so
    (:func:`join_hard_wraps`)."""
    lines, cuttable = page.lines, page.cuttable
    widths = list(map(measure, page.stripped))
    # each whole line's length (its trailing space too), for the next line's fit
    whole = (
        list(map(len, lines))
        if measure is len
        else [
            length if len(line) == len(stripped) else measure(line)
            for length, line, stripped in zip(widths, lines, page.stripped, strict=True)
        ]
    )
    width = max((widths[i] for i in cuttable), default=0)
    cut_after = _wrapped_lines(page, widths, whole, width, measure)
    # a line printed whole (a menu, a title) may set the width, and at a width a few
    # characters over the wrap's a page still shows a few cuts: the width a wrapped
    # paragraph's inner lines share (a line with one under it) is tried too, and the
    # width that finds more cut lines wins
    # (a line set far right over the next, more spaces than text before it, is placed,
    # not flowed: a printed page's "Subscribe  Sign In" over its masthead)
    # (a line over a list item is no paragraph's inner line either: a wrap never joins
    # an item to the line above, and a box's items printed whole, a line each, set no
    # width: a key-points box over a wrapped story, review h349)
    inner = [
        i
        for i in cuttable
        if i + 1 < len(lines)
        and not page.blank[i + 1]
        and not is_list_item(lines[i + 1])
        and not _set_right_over(lines, widths, i)
    ]
    inner_width = max((widths[i] for i in inner), default=0)
    # a line longer than that which ends with a period is prose printed whole: a page
    # wrapped at that width would have cut it (a listing's teasers under titles)
    if inner_width < width and not any(
        widths[i] > inner_width and _ENDS_WITH_A_PERIOD.search(lines[i]) for i in cuttable
    ):
        at_inner = _wrapped_lines(page, widths, whole, inner_width, measure)
        if at_inner is not None and len(at_inner) > len(cut_after or ()):
            cut_after = at_inner
    return cut_after


def _set_right_over(lines: list[str], widths: list[int], index: int) -> bool:
    """True when line ``index`` opens with more spaces than it has text and deeper than
    the next line: a line a layout placed at the right (a printed page's links over its
    masthead), which no wrap cut and whose length is no wrap's width."""
    indent = _indent(lines[index])
    return 2 * indent > widths[index] and indent > _indent(lines[index + 1])


def _wrapped_lines(
    page: _WrapPage, widths: list[int], whole: list[int], width: int, measure: Callable[[str], int]
) -> set[int] | None:
    """The indices of the lines cut at ``width`` (each to be joined to the next), or
    None when the page was not wrapped at that width (:func:`join_hard_wraps`); ``whole``:
    each line's length with its trailing space."""
    lines = page.lines
    cuts: dict[int, bool] = {}  # the lines the next one would not have fitted after
    for index, (length, following) in enumerate(zip(widths[:-1], whole[1:], strict=True)):
        if length <= width < length + 1 + following:  # (else the next line fits whole)
            was_cut = _cut_before_next_word(page, index, length, width, measure)
            if was_cut is not None:
                cuts[index] = was_cut
    cut = [index for index, was_cut in cuts.items() if was_cut]
    unconfirmed = _unconfirmed_unspaced_cuts(lines, cut)
    if unconfirmed:
        cut = [index for index in cut if index not in unconfirmed]
    # the edge is ragged only where MIN_WRAPS lines or more were cut; a short page's two
    # wrapped paragraphs show one cut less, each a long line (over half the width) ending
    # inside a sentence the next line goes on with in lower case, or one of them in a
    # function word before the line closing the sentence (:func:`_cut_mid_sentence`:
    # "... el paseo 21 de" / "Mayo.", review h329; two cuts before capitals, both after
    # "the", are a name's or verse's lines; "... than a" / "End" closes nothing)
    short_page = (
        len(cut) == MIN_WRAPS - 1
        and all(
            2 * widths[index] > width
            and _ends_in_a_word(lines[index])
            and (
                _cut_before_lower_case(lines[index], lines[index + 1])
                or (
                    _cut_mid_sentence(lines[index], lines[index + 1])
                    and _ends_sentence(lines[index + 1])
                )
            )
            for index in cut
        )
        and any(_cut_before_lower_case(lines[index], lines[index + 1]) for index in cut)
    )
    if len(cut) < MIN_WRAPS and not short_page:
        return None
    if all(_ends_sentence(lines[index]) for index in cut):
        return None  # every "cut" ends a sentence: paragraphs printed a line each
    ragged = short_page or len({_edge(lines, widths, index) for index in cut}) >= MIN_WRAPS
    if not ragged:  # a short page's few cut lines may share lengths: cut mid-sentence
        ragged = (
            sum(_cut_mid_sentence(lines[index], lines[index + 1]) for index in cut) >= MIN_WRAPS
        )
    if not ragged:
        return None
    # a line longer than half the width: a second one would not have fitted beside it
    long_cut = sum(2 * widths[index] > width for index in cut)
    long_uncut = _voting_uncut(page, cut, cuts, widths, width)
    if long_uncut is None:
        return None
    # a line longer than the width was printed whole, uncut: it votes against (none
    # when the width is the page's longest line)
    long_uncut += sum(widths[i] > width for i in page.cuttable)
    if long_cut <= long_uncut:
        return None
    return set(cut)


def _ends_sentence(line: str) -> bool:
    """True when ``line`` ends a sentence (a sentence mark, maybe closing marks after it).

    A printer wraps wherever the width falls, mostly inside a sentence: when every line
    read as cut ends a sentence, the lines are paragraphs printed one a line (a listing's
    teasers, each over the next card's headline), none of them cut."""
    return strip_closing_marks(line.rstrip())[-1:] in tuple(SENTENCE_MARKS)


def _ends_in_a_word(line: str) -> bool:
    """True when ``line`` ends in a letter, or in a letter and a comma (the Arabic
    script's too): a sentence's words,
    not a field's closing bracket (a BibLaTeX record's 'abstract = {...},' over its
    'urldate = ...' is no wrap)."""
    stripped = line.rstrip()
    return stripped[-1:].isalpha() or (stripped[-1:] in ",،" and stripped[-2:-1].isalpha())


def _cut_before_lower_case(line: str, following: str) -> bool:
    """True when ``line`` ends inside a sentence (in a letter or a comma, the Arabic
    script's too) and ``following`` goes on in lower case ("de la" / "dintrada de
    setembre"), or, in a
    spaced script without case (Arabic, Persian, Hebrew, Georgian, Devanagari ...), in a
    letter: there no capital shows where a sentence starts, and a wrapped short page's
    two cuts have only their unended sentence to show them (review h329)."""
    end, start = line.rstrip()[-1:], following.lstrip()[:1]
    return (end.isalpha() or end in ",،") and (is_lower_case(start) or _caseless_letter(start))


def _caseless_letter(char: str) -> bool:
    """True for a letter of a script without case that is written with spaces between
    words (not a Chinese, Japanese or Thai character: those lines are cut anywhere)."""
    return char.isalpha() and char.lower() == char.upper() and _UNSPACED_START.match(char) is None


def _cut_mid_sentence(line: str, following: str) -> bool:
    """True when ``line`` ends inside a sentence (in a letter or a comma) and
    ``following`` goes on in lower case ("el plan de movilidad" / "que restringirá"), or
    ``line`` ends in a function word with no mark after it ("won the championship on" /
    "Saturday, the club's first title"): a cut the sentence shows, whatever the line's
    length and whatever the next word's case (a name goes on in capitals). A page
    printed a paragraph a line rarely has such a pair where the next line would not have
    fitted."""
    if _cut_before_lower_case(line, following):
        return True
    stripped = line.rstrip()
    end = stripped[-1:]
    last_word = _LAST_WORD.search(stripped)
    return end.isalpha() and last_word is not None and last_word.group().lower() in FUNCTION_WORDS


# A line's last word: its last run of letters after a space or its start.
_LAST_WORD = re.compile(r"(?<!\S)[^\W\d_]+$")


def _field_lines(lines: list[str]) -> set[int]:
    """The indices of the lines that open with a field's label another line opens with
    too (:data:`analysis.text.FIELD_LABEL`: a feed dump's items, ``Title:`` ``Link:``
    ``Description:`` ``pubDate:``), or that stand right under or over another labelled
    line (a head of fields, a feed reader's ``Title:`` over ``Author:``): each starts a
    field, it continues no wrapped line."""
    labels: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if ":" in line and (found := FIELD_LABEL.match(line)) is not None:
            labels.setdefault(found.group("label").casefold(), []).append(index)
    labelled = {index for found in labels.values() for index in found}
    repeated = {index for found in labels.values() if len(found) > 1 for index in found}
    return repeated | {i for i in labelled if i - 1 in labelled or i + 1 in labelled}


def _date_closed_lines(lines: list[str]) -> set[int]:
    """The indices of the lines that close with a calendar date after a name at most
    (:data:`MAX_NAME_WORDS` words, a label and a separator: "Jane Roe · 4 December
    2026"), when at least :data:`MIN_WRAPS` lines do: a listing's meta lines, each
    printed whole under its card's headline, so none continues a wrapped headline (a
    phone's copy wraps the headline over it), or a digest's source line in brackets
    under each item's text ("(Example Herald, 4 December 2026)"), so none continues a
    wrapped teaser. A wrapped sentence may go on with a date
    on one line, not on so many lines of one page."""
    dated = set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not _YEAR_DIGITS.search(stripped):
            continue
        if stripped[:1] == "(" and stripped[-1:] == ")":  # a digest's "(Outlet, date)"
            stripped = stripped[1:-1]
        span = find_date_span(stripped)
        if (
            span is not None
            and span[1] == len(stripped)
            and len(stripped[: span[0]].split()) <= MAX_NAME_WORDS + 2
        ):
            dated.add(index)
    return dated if len(dated) >= MIN_WRAPS else set()


# Four digits, as a calendar date's year prints (the cheap test before the date finder).
_YEAR_DIGITS = starting_at(r"(?<!\d)\d{4}(?!\d)")


def _stamped_rows(lines: list[str]) -> set[int]:
    """The indices of the lines that open a row with a figure (:data:`_ROW_FIGURE`): a
    cell of figures set apart by a column gap or a tab (a table's rank, "12   Harbour
    United"), or a clock time when at least :data:`MIN_WRAPS` lines open with one (a
    ticker's "14:05 Ferry service resumes" rows): each starts a row, it continues no
    wrapped line. A wrapped sentence may go on with a time ("... left at" / "14:05 and
    ..."), but not on so many lines of one page."""
    gapped, timed = set(), set()
    for index, line in enumerate(lines):
        if line.lstrip()[:1].isdigit() and (found := _ROW_FIGURE.match(line)) is not None:
            (gapped if found.group("gap") else timed).add(index)
    return gapped | timed if len(timed) >= MIN_WRAPS else gapped


def _tab_rows(lines: list[str]) -> set[int]:
    """The indices of the lines holding a tab between two cells of text, when at least
    :data:`MIN_WRAPS` lines do (a tab-separated table printed without its header: a
    ``jq -r ... @tsv`` output): each is a row of its own. A printer wrapping a paragraph
    cuts it at spaces and puts no tab inside it."""
    rows = {index for index, line in enumerate(lines) if _TAB_CELLS.search(line)}
    return rows if len(rows) >= MIN_WRAPS else set()


def _unconfirmed_unspaced_cuts(lines: list[str], cut: list[int]) -> set[int]:
    """The cut lines (``cut``) ending in a character of a script without spaces and cut
    before a spaced word (a date, a Latin word), when fewer than :data:`MIN_WRAPS` lines
    ending so are cut before a character of that script: a printer wrapping such text
    fills its lines and cuts most of them before any character, so these lines were
    printed whole (a listing's teasers, each over its date line); no cut of theirs
    counts."""
    ending_unspaced = [
        index for index in cut if _UNSPACED_START.fullmatch(lines[index].rstrip()[-1:])
    ]
    before_spaced = [
        index for index in ending_unspaced if not _UNSPACED_START.match(lines[index + 1].lstrip())
    ]
    if len(ending_unspaced) - len(before_spaced) >= MIN_WRAPS:
        return set()
    return set(before_spaced)


def _voting_uncut(
    page: _WrapPage, cut: list[int], cuts: dict[int, bool], widths: list[int], width: int
) -> int | None:
    """The long lines (over half the width) left uncut in the blocks (runs of non-blank
    lines) that read as wrapped: more of their long lines cut than not; None when no
    block reads so. A list printed whole under a wrapped article (related headlines, one
    of which may happen to end near the width) has no say in whether the page was
    wrapped; a wrapped block votes with its uncut lines."""
    long_cut: dict[int, int] = {}
    for index in cut:
        if 2 * widths[index] > width:
            block = page.block[index]
            long_cut[block] = long_cut.get(block, 0) + 1
    long_uncut = dict.fromkeys(long_cut, 0)
    for index, was_cut in cuts.items():
        if not was_cut and 2 * widths[index] > width and page.block[index] in long_uncut:
            long_uncut[page.block[index]] += 1
    voting = [uncut for block, uncut in long_uncut.items() if long_cut[block] > uncut]
    return sum(voting) if voting else None


def _could_be_cut(line: str) -> bool:
    """True when a printer could have cut ``line`` short: it holds a space between words,
    or a character of a script written without spaces after its first character."""
    # a list number or mark before one word ("  12. https://example.com/a/long/path", a
    # text browser's list of links) leaves nothing to cut: the word was printed whole
    stripped = line.strip()
    if " " in stripped:
        if not stripped[0].isdigit() and stripped[0] not in "•*·-":
            return True  # (no list mark opens it)
    elif stripped.isascii():
        return False  # (no space, none after a mark, and no character of such a script)
    if (mark := _LIST_MARK_BEFORE.match(stripped)) is not None:
        stripped = stripped[mark.end() :]
    return " " in stripped or _UNSPACED_START.search(stripped, 1) is not None


_LIST_MARK_BEFORE = re.compile(r"^(?:\d{1,4}[.)]|[•*·-])\s+")
# A line opening with figures: a cell of them set apart by a column gap or a tab (not
# ending a sentence: "2026.  The council ..." is prose typed with two spaces after a
# period), or a clock time and a space or a dash before a word.
# Two cells of text set apart by tabs.
_TAB_CELLS = re.compile(r"\S\t+\S")
_ROW_FIGURE = re.compile(
    r"\s*(?:\d[\d:.,/h-]{0,7}(?<![.,])(?P<gap> {2,}|\t)\S"
    r"|(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s+|\s*[-–—|·]\s*)[^\W\d_])"
)


def _edge(lines: list[str], widths: list[int], index: int) -> int | str:
    """What makes the right edge of a cut line ragged: its length when the next line
    starts with a spaced word; the line itself when it starts with a character of a
    script written without spaces (a printer fills those lines to the width, so a
    wrapped paragraph's lines differ in their text, not in their length, while a line
    printed again does not differ at all)."""
    if _UNSPACED_START.match(lines[index + 1].lstrip()):
        return lines[index]
    return widths[index]


def _cut_before_next_word(
    page: _WrapPage, index: int, length: int, width: int, measure: Callable[[str], int]
) -> bool | None:
    """True when line ``index`` (``length`` long, the next line not fitting after it)
    was cut before the next line's first word (it would not have fitted; in a script
    written without spaces, its first character), False when it was not though the next
    line would not have fitted whole (or the line ends in an ellipsis, shortened by the
    site), None when the printer had nothing to cut (the line or the next one is blank
    or a rule, or the next one is a list item) or the line was not cut and the next one
    is indented deeper (a block under it: a menu item's teaser under its title, which no
    wrap set apart). Lengths counted by ``measure``."""
    following = page.lines[index + 1]
    if page.blank[index] or page.blank[index + 1] or is_list_item(following):
        return None
    if is_rule_line(following) or is_rule_line(page.lines[index]):
        return None  # a rule is drawn, never cut from a paragraph (a digest's topic over one)
    if page.starts_field(index + 1):  # the next line starts a field, it continues none
        return None
    if page.stripped[index].endswith(_TRUNCATED):  # a teaser the site cut short, not a wrap
        return False
    first_word = following.split()[0]
    if _UNSPACED_START.match(first_word):  # cut before any of its characters, no space
        cut = length + measure(first_word[0]) > width
    else:
        cut = length + 1 + measure(first_word) > width
    if not cut and _indent(following) > _indent(page.lines[index]):
        return None  # a block indented under the line (a menu item's teaser): no wrap's say
    return cut


def _indent(line: str) -> int:
    """How many spaces and tabs open ``line``."""
    return len(line) - len(line.lstrip(" \t"))
