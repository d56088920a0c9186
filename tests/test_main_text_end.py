"""An HTML page's main text cut mid-article is continued by the body detector's prose
(analysis.clean.main_text_end; review finding h61 I12). Made-up pages only."""

from __future__ import annotations

from analysis.clean.body import body_line_indices
from analysis.clean.main_text_end import continued_main_text
from analysis.clean.segment import find_article_regions

PARAGRAPHS = [
    "The harbour council voted on Tuesday to close the old ferry pier after engineers "
    "found deep cracks in its pilings.",
    "Residents who use the pier every morning said they had not been told about the "
    "inspection until the notices went up.",
    "The council's engineer said the structure could not be repaired for less than the "
    "cost of a new pier, which would take two years to build.",
    "Local fishermen, who moor their boats along the pier, asked the council to find "
    "them another berth before the winter storms arrive.",
    "The mayor said a temporary floating dock would be installed by next month and that "
    "mooring fees would be waived until then.",
    "A public meeting on the design of the new pier is planned for early spring, when "
    "residents can comment on the drawings.",
]


def _page() -> tuple[list[str], list[int], list[int]]:
    """A story whose paragraphs an advertisement slot cuts in two, then a tag list.

    Returns the lines, the lines of the paragraphs above the slot (what a main-text
    extractor that stops at the slot gives) and the lines of all six paragraphs.
    """
    lines = ["Harbour council closes ferry pier", ""]
    story = []
    for n, paragraph in enumerate(PARAGRAPHS):
        if n == 3:
            lines += ["Advertisement", ""]
        story.append(len(lines))
        lines += [paragraph, ""]
    lines += ["Tags:", "• Harbour", "• Ferries", "", "About us", "Contact"]
    return lines, story[:3], story


def test_a_main_text_cut_at_an_advertisement_gets_the_rest_of_the_story():
    lines, cut, story = _page()
    assert set(story) <= set(body_line_indices(lines))  # the detector reads on
    assert continued_main_text(lines, cut, body_line_indices(lines)) == story
    (region,) = find_article_regions(lines, cut)
    assert list(region.body_lines) == story


def test_the_continuation_stops_at_the_first_body_line_that_is_not_prose():
    lines, cut, story = _page()
    tags = lines.index("Tags:")
    detected = [*story, tags, tags + 1]  # say the detector also took the tag list
    assert continued_main_text(lines, cut, detected) == story


def test_no_continuation_when_the_detector_does_not_hold_the_main_texts_end():
    lines, cut, story = _page()
    assert continued_main_text(lines, cut, story[3:]) == cut
    assert continued_main_text(lines, story[:2], [story[0], *story[3:]]) == story[:2]


def test_the_main_texts_closing_lines_the_detector_leaves_out_and_no_sentence_go():
    """Review h145 (tenth round): a Korean page's main text closes with the reporter's line
    and e-mail address and a copyright notice with no year, which the detector leaves
    out; they were kept as the story's last lines. A closing sentence stays."""
    lines, _, story = _page()
    reporter, notice = (
        "최유진 기자 yjchoi@nuri.example",
        "저작권자 © 누리신문 무단전재 및 재배포 금지",
    )
    lines += ["", reporter, notice]
    main = [*story, len(lines) - 2, len(lines) - 1]
    assert continued_main_text(lines, main, body_line_indices(lines)) == story
    # a short last sentence the detector leaves out is kept
    lines[-1] = "The pier closes on Friday."
    assert continued_main_text(lines, main[:-2] + main[-1:], story) == [*story, main[-1]]


def test_an_editors_credit_closing_the_main_text_goes():
    """Review h189: a Chinese page's main text closes with the editor's credit
    ("责任编辑：赵文静") inside the content box; it was kept as the story's last line."""
    lines, _, story = _page()
    for credit in ("责任编辑：赵文静", "編輯: 陳美玲", "편집: 김민수", "Edited by Ana Ruiz"):
        page = [*lines, "", credit]
        main = [*story, len(page) - 1]
        assert continued_main_text(page, main, body_line_indices(page)) == story, credit


def test_a_dated_copyright_notice_closing_the_main_text_goes_though_it_ends_a_sentence():
    """h179 item 5: a table layout's last row "Site, 3 Quay Row. Copyright 2031." ends as
    a sentence does, and stayed the story's last line; a closing sentence naming
    copyright without a year stays."""
    lines, _, story = _page()
    lines += ["", "Quillan Gazette, 3 Quay Row. Copyright 2031."]
    main = [*story, len(lines) - 1]
    assert continued_main_text(lines, main, story) == story
    lines[-1] = "The pier's plans are under the architect's copyright."
    assert continued_main_text(lines, main, story) == main
