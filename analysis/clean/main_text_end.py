"""Where an HTML page's main text ends: trafilatura's, continued by the body detector.

trafilatura's main text of a page (:func:`analysis.clean.html_page.body_lines_of` gives
its lines) sometimes stops mid-article: at an advertisement slot or a sign-up box inside
the ``<article>``, it keeps the paragraphs above and drops the rest of the story. The
body detector (:func:`analysis.clean.body.body_line_indices`), reading the rendered text
as it reads a text dump, walks over such a box. When the detector's body holds the main
text's last line, the detector agrees that the story runs there, and its prose lines
after it continue the story: they are kept up to the first of its body lines that is not
prose (a tag list, a share bar, a headline of another story, a byline), which is where a
page's trailer starts. When the detector's body stops before the main text's end, the
main text's closing lines that it leaves out and that are a notice or a contact, no
sentence (a reporter's line with an e-mail address, a copyright notice with no year),
are the trailer the markup kept inside the article. No tuned value: "prose" is
:func:`analysis.clean.card_lines.is_prose`, the test :func:`html_body_lines
<analysis.clean.articles.html_body_lines>` already applies to the main text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.clean.card_lines import is_prose
from analysis.clean.closing_notes import agency_credit
from analysis.clean.html_cards import letters
from analysis.text.marks import SENTENCE_MARKS

# A line closing a page's text that is a notice or a contact: a copyright sign or word,
# "all rights reserved", an e-mail address.
_TRAILER = re.compile(
    r"[©ⓒ]|\bcopyright\b|\ball rights reserved\b|[\w.+-]+@[\w-]+\.\w", re.IGNORECASE
)
# A line closing a page's text that credits its editor: the label of the editor in charge
# and a colon ("责任编辑：王思远", "編輯：", "편집:", "Edited by Ana Ruiz", "Editor: ...").
_EDITOR_CREDIT = re.compile(
    r"^(?:责任编辑|責任編輯|责编|責編|编辑|編輯|编审|校对|校對|編集|편집)\s*[:：]"
    r"|^(?:edited by|editing by|editor:)\s",
    re.IGNORECASE,
)
# A dated copyright notice ("Copyright 2026.", "© 2026 Site."): a notice even where it
# ends as a sentence does.
_DATED_NOTICE = re.compile(r"(?:[©ⓒ]|\bcopyright\b)\W{0,3}(?:19|20)\d\d\b", re.IGNORECASE)


def continued_main_text(
    lines: Sequence[str],
    main_text: Sequence[int],
    detected_body: Sequence[int],
    beside_story: frozenset[str] = frozenset(),
) -> list[int]:
    """The main text's lines, continued by the detector's prose lines after its end.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    main_text : sequence of int
        The lines of the page's main text (an HTML page's trafilatura main text).
    detected_body : sequence of int
        The body detector's lines of the same page.
    beside_story : frozenset of str
        The letters (:func:`~analysis.clean.html_cards.letters`) of the paragraphs the
        markup sets beside the story (a disclaimer box, a link to another story:
        :attr:`analysis.clean.markup_lines.MarkupLines.beside_story`), which the main
        text's lines leave out: the continuation passes over them, not adding them.

    Returns
    -------
    list of int
        ``main_text``, ascending, followed by the detector's lines after its last line
        up to the first that is not prose, without those ``beside_story`` names;
        ``main_text`` alone when the detector's body does not hold that last line, less
        the notices and contacts closing it that the detector leaves out
        (:func:`_without_trailer`).
    """
    body = sorted(main_text)
    detected = set(detected_body)
    if not body or body[-1] not in detected:
        return _without_trailer(lines, body, detected)
    for i in sorted(detected_body):
        if i <= body[-1]:
            continue
        if beside_story and letters(lines[i]) in beside_story:
            continue  # a box the markup names: no part of the story
        if not is_prose(lines[i].strip()):
            break
        body.append(i)
    return body


def _without_trailer(lines: Sequence[str], body: list[int], detected: set[int]) -> list[int]:
    """The main text without the lines closing it that the detector leaves out of its body,
    that end no sentence and that are a notice or a contact (:data:`_TRAILER`: a
    copyright sign or word, an e-mail address: a reporter's line "최유진 기자
    yjchoi@example.kr", "저작권자 © Site 무단전재 및 재배포 금지"), when the detector's body
    holds a line of the main text (they agree where the story is). Other short lines stay
    (a wire credit, "With Post wires"; an event's address and hours), and so does a line
    ending a sentence (a short last sentence the detector may miss) unless it is a
    dated copyright notice naming no holder (:func:`_is_dated_site_notice`: "Tamar
    Times, 12 Fore Street. Copyright 2026."), and the first line. The editor's credit
    closing a Chinese, Japanese or Korean story ("责任编辑：王思远",
    :data:`_EDITOR_CREDIT`) is such a trailer too."""
    if not detected.intersection(body):
        return body
    end = len(body)
    while end > 1 and body[end - 1] not in detected:
        text = lines[body[end - 1]].strip()
        if not _is_trailer(text) or (
            text.endswith(tuple(SENTENCE_MARKS)) and not _is_dated_site_notice(text)
        ):
            break
        end -= 1
    return body[:end]


def _is_trailer(text: str) -> bool:
    """A notice, a contact or an editor's credit (:data:`_TRAILER`, :data:`_EDITOR_CREDIT`)."""
    return _TRAILER.search(text) is not None or _EDITOR_CREDIT.match(text) is not None


def _is_dated_site_notice(text: str) -> bool:
    """A dated copyright notice (:data:`_DATED_NOTICE`) naming no holder after its year
    ("Tamar Times, 12 Fore Street. Copyright 2026."): a notice that names one ("Copyright
    2031 The Northwind Wire. All rights reserved.") is the story's credit, which
    :func:`~analysis.clean.page_metadata.find_credited_source` reads from the main text's
    end (:func:`~analysis.clean.closing_notes.agency_credit`) and takes out of the body."""
    return _DATED_NOTICE.search(text) is not None and agency_credit(text) is None
