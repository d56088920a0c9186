"""The marks a page's title parts its headline from its site's name with, in every script.

A Latin title writes a spaced mark ("Headline | Site", "Headline - Site"). Titles in
the scripts written without spaces write full-width marks, with or without spaces:
Japanese "見出し｜北浜新報" (U+FF5C), Chinese "标题－南港日报" (U+FF0D) and "标题丨南港日报"
(U+4E28, a stroke Chinese sites print as a bar), an underscore between two characters of
such a script ("标题_江屿晚报"). A Korean news CMS prints the story's section path
between them: "제목 < 사회 < 기사본문 - 한빛일보" (the headline, its sections after
" < ", then the site). The scripts whose full stop is a mark of their own part a title
with it too: the Bengali and Devanagari danda ("শিরোনাম । নদীপাড় বার্তা", "শিরোনাম।
নদীপাড় বার্তা", the double danda "॥") and the Ethiopic full stop ("ርዕስ ። ሐይቅ ዜና"),
a space after it (:data:`SCRIPT_STOP_TITLE_MARK`). A Chinese title may open with the
site, an unspaced middle dot or hyphenation point after it ("滨江晨报·标题",
"港灣日報‧標題"), the dot Chinese also writes inside a foreign name ("约翰·史密斯"): only a
name :func:`caseless_title_name` reads is cut off so (:func:`site_first_parts`). A
portal's copy opens its title with the paper it credits in brackets, the portal's name
last: "[서해일보] 제목 | 누리뉴스" (:func:`bracket_credit`, :func:`credited_title_site`).
:data:`UNSPACED_TITLE_MARK` is the full-width marks' pattern, read where a title is cut
(:func:`analysis.clean.html_page.title_parts`,
:func:`analysis.clean.site_phrases.title_line_site`); :func:`without_section_path`
takes the section path off. A site's name in a script without case read off such a
title must hold a word the languages name a newspaper by
(:func:`caseless_title_name`), as one part of a title is as often a section's label.
No tuned value.
"""

from __future__ import annotations

import re

from analysis.clean.newspaper_words import holds_newspaper_word

__all__ = [
    "BRACKET_LABEL",
    "MAX_CASELESS_NAME_WORDS",
    "MIN_LABELLED_TITLE",
    "SCRIPT_STOP_TITLE_MARK",
    "SECTION_WORDS",
    "UNSPACED_TITLE_MARK",
    "bracket_credit",
    "caseless_title_name",
    "credited_title_site",
    "site_first_parts",
    "without_bracket_label",
    "without_section_path",
]

#: A full-width bar, a full-width hyphen-minus or the stroke "丨" between two parts of a
#: title, spaced or not (as a pattern's text, no group; an underscore between two
#: characters of such a script parts a title too, as :func:`analysis.clean.html_page.title_parts`
#: reads it).
UNSPACED_TITLE_MARK = r"\s*[｜－丨]\s*"
#: A script's own full stop between two parts of a title, a space after it: the danda
#: (U+0964) and double danda (U+0965) of Bengali and Devanagari, the Ethiopic full stop
#: (U+1362) (as a pattern's text, no group).
SCRIPT_STOP_TITLE_MARK = r"\s*[\u0964\u0965\u1362]\s+"
# A title opening with a run of a script without spaces and an unspaced middle dot
# (U+00B7), katakana middle dot (U+30FB) or hyphenation point (U+2027) after it,
# maybe spaced: "滨江晨报·标题", "港灣日報‧標題".
_SITE_FIRST = re.compile(r"\s*(?P<name>[^\s·・‧|｜]{2,12})\s*[·・‧]\s*(?P<rest>\S.*?)\s*")
#: The most words of a section's label between a title's headline and its site
#: ("Headline - Food and Drink - Site", "Headline | Sport | Site" on a dump's title line).
SECTION_WORDS = 3
#: The most words of a site's name in a script without case read off a title (a name
#: is a few words; a headline is more).
MAX_CASELESS_NAME_WORDS = 4
# The section path a Korean news CMS prints after the headline: " < " and a short label,
# once or more, before the " - " that opens the site's part.
_SECTION_PATH = re.compile(r"(?:\s+<\s+[^<>\-|]{1,20}?){1,3}(?=\s+-\s+\S)")
# A title's part opening with a bracketed label: "[서해일보] 제목", "【江屿晚报】标题".
_BRACKET_OPENING = re.compile(r"\s*[\[【〔［](?P<label>[^\[\]【】〔〕［］]{1,20})[\]】〕］]\s*\S")
#: A short label in lenticular brackets opening an East Asian headline ("【地域】", "【速報】",
#: "【動画】", "【独自】": a section, a flash, a medium, an exclusive): one to six kana, Han
#: or Hangul, where a headline in the brackets (a portal's "【Headline】Text") is longer.
BRACKET_LABEL = re.compile(r"\s*[【〖][\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,6}[】〗]\s*")
#: The fewest characters a headline after a :data:`BRACKET_LABEL` holds (a Japanese or
#: Chinese headline runs to a dozen or more, a label's own length twice at the least).
MIN_LABELLED_TITLE = 8
# A Latin letter: a name holding one has case to read it by.
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def without_bracket_label(headline: str) -> str:
    """A headline without the label in lenticular brackets opening it ("【独自】県立病院の
    赤字、3年で倍増" -> "県立病院の赤字、3年で倍増"): a kicker, every source of the page
    printing it with the headline (its ``<h1>``, ``og:title`` and JSON-LD alike).

    Parameters
    ----------
    headline : str
        A title's text.

    Returns
    -------
    str
        ``headline`` without its :data:`BRACKET_LABEL`, when at least
        :data:`MIN_LABELLED_TITLE` characters follow it; else as given.
    """
    label = BRACKET_LABEL.match(headline)
    if label is None or len(headline) - label.end() < MIN_LABELLED_TITLE:
        return headline
    return headline[label.end() :]


def without_section_path(title: str) -> str:
    """A title without the section path a news CMS prints between its headline and the
    site's part ("제목 < 사회 < 기사본문 - 한빛일보" -> "제목 - 한빛일보").

    Parameters
    ----------
    title : str
        A page's title.

    Returns
    -------
    str
        The title without the path; the title itself when it prints none.

    Examples
    --------
    >>> without_section_path("시내버스 노선 개편 < 사회 < 기사본문 - 한빛일보")
    '시내버스 노선 개편 - 한빛일보'
    >>> without_section_path("Prices < 5% - Example Daily")
    'Prices < 5% - Example Daily'
    """
    found = _SECTION_PATH.search(title)
    if found is None or any(ch.isdigit() for ch in found.group()):
        return title
    return title[: found.start()] + title[found.end() :]


def caseless_title_name(part: str) -> bool:
    """Whether a title's part is a site's name in a script without case: no Latin
    letter, at most :data:`MAX_CASELESS_NAME_WORDS` words, no sentence mark, and a word
    the languages name a newspaper by (:func:`~analysis.clean.newspaper_words.holds_newspaper_word`:
    "北浜新報", "한빛일보", "தென்றல் செய்திகள்").

    Parameters
    ----------
    part : str
        A part of a page's title.

    Returns
    -------
    bool
        True for such a name.

    Examples
    --------
    >>> caseless_title_name("北浜新報"), caseless_title_name("市バス路線を来春再編へ")
    (True, False)
    """
    words = part.split()
    return bool(
        words
        and len(words) <= MAX_CASELESS_NAME_WORDS
        and not _LATIN.search(part)
        and not re.search(r"[.!?。！？、，,:：「」“”\"]", part)
        and holds_newspaper_word(part)
    )


def site_first_parts(title: str) -> tuple[str, str] | None:
    """A title opening with its site's name in a script without case, a middle dot or
    a hyphenation point after it, as Chinese sites write it ("滨江晨报·标题",
    "港灣日報‧標題"): (the name, the rest); None when the opening run is no such name
    (:func:`caseless_title_name`: "约翰·史密斯访华", a foreign name's dot).

    Parameters
    ----------
    title : str
        A page's title.

    Returns
    -------
    tuple of str or None
        The site's name and the rest of the title.

    Examples
    --------
    >>> site_first_parts("滨江晨报·新大桥项目正式开工")
    ('滨江晨报', '新大桥项目正式开工')
    >>> site_first_parts("约翰·史密斯访问本市") is None
    True
    """
    found = _SITE_FIRST.fullmatch(title)
    if found is None or not caseless_title_name(found.group("name")):
        return None
    return found.group("name"), found.group("rest")


def bracket_credit(part: str) -> str | None:
    """The bracketed label a title's first part opens with ("[서해일보] 제목" ->
    "서해일보"): a portal's credit to the paper whose story it copies, or a label of the
    story ("[단독]", exclusive), which a caller tells apart by a name it knows.

    Parameters
    ----------
    part : str
        A title's first part.

    Returns
    -------
    str or None
        The label, spaces collapsed; None when the part opens with none.

    Examples
    --------
    >>> bracket_credit("[서해일보] 새 다리 공사 본격 착수")
    '서해일보'
    >>> bracket_credit("새 다리 공사 [사진]") is None
    True
    """
    found = _BRACKET_OPENING.match(part)
    return " ".join(found.group("label").split()) if found else None


def credited_title_site(parts: tuple[str, ...] | list[str]) -> str | None:
    """The site a title of two or more parts names last when its first part opens with a
    bracketed label ("[서해일보] 제목 | 누리뉴스" -> "누리뉴스": the portal, the paper it
    credits in brackets; "[단독] 제목 - 서해일보" -> the paper itself): a name in a script
    without case, at most :data:`MAX_CASELESS_NAME_WORDS` words, no sentence mark (the
    bracket is the cue a newspaper word gives :func:`caseless_title_name`).

    Parameters
    ----------
    parts : sequence of str
        A page's title's parts.

    Returns
    -------
    str or None
        The last part; None when the title is not so shaped.

    Examples
    --------
    >>> credited_title_site(("[서해일보] 새 다리 공사 본격 착수", "누리뉴스"))
    '누리뉴스'
    >>> credited_title_site(("새 다리 공사 본격 착수", "누리뉴스")) is None
    True
    """
    if len(parts) < 2 or bracket_credit(parts[0]) is None:
        return None
    last = parts[-1]
    words = last.split()
    if not words or len(words) > MAX_CASELESS_NAME_WORDS or _LATIN.search(last):
        return None
    return None if re.search(r"[.!?。！？、，,:：「」“”\"\[\]]", last) else last
