"""analysis.clean.printed_pages: a text printed page by page (pdftotext) read as one text."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st
from page_checks import CountingPattern

from analysis import extract_articles
from analysis.clean import printed_pages
from analysis.clean.printed_pages import join_printed_pages, split_counted_pages
from analysis.clean.read import normalize_text, plain_dump_text, text_dump

HEAD = "The Harbour Examiner                                   3 December 2026"
URL = "https://www.harbourexaminer.example/news/story-88213"
PARAGRAPHS = [
    "The harbour council voted on Tuesday evening to approve next year's budget after a "
    "debate that ran for more than four hours and drew a crowd of residents to the hall.",
    "Members of the governing coalition said the plan protects schools and the ferry "
    "service, while the opposition argued that the cuts to the public pools would fall "
    "hardest on families with young children and on pensioners who swim each morning.",
    "The regional authority still has to sign off on the budget, and a decision is "
    "expected in February, officials said after the vote, which passed by eleven votes.",
]


def _printed(cut_inside: bool) -> str:
    """Three paragraphs on two printed pages, the second paragraph cut by the break
    (``cut_inside``) or the break between paragraphs."""
    wrapped = [textwrap.wrap(p, 72) for p in PARAGRAPHS]
    first = ["Budget approved after four-hour debate", "", "By Ann Lee", ""]
    first += wrapped[0] + [""]
    second = []
    if cut_inside:
        first += wrapped[1][:2]
        second += [*wrapped[1][2:], ""]
    else:
        first += wrapped[1]
        second += [""]
    second += wrapped[2]
    pages = [
        [HEAD, "", *first, f"{URL}          Page 1 of 2"],
        [HEAD, "", *second, "", f"{URL}          Page 2 of 2"],
    ]
    return "\f".join("\n".join(page) for page in pages) + "\f"


def test_running_heads_and_feet_are_kept_once_without_the_page_counter():
    text = join_printed_pages(_printed(cut_inside=True))
    assert "\f" not in text
    assert text.count("The Harbour Examiner") == 1 and text.startswith(HEAD)
    assert text.count(URL) == 1 and text.rstrip().endswith(URL)
    assert "Page 1 of 2" not in text and "Page 2 of 2" not in text


def test_a_paragraph_the_page_break_cut_is_one_paragraph_again():
    plain = plain_dump_text(normalize_text(_printed(cut_inside=True)))
    assert PARAGRAPHS[1] in plain.split("\n")
    (article,) = extract_articles(plain, name="printed.txt").itertuples()
    assert article.body.split("\n\n") == PARAGRAPHS
    assert article.title == "Budget approved after four-hour debate"


def test_a_break_between_paragraphs_keeps_them_apart():
    plain = plain_dump_text(normalize_text(_printed(cut_inside=False)))
    (article,) = extract_articles(plain, name="printed.txt").itertuples()
    assert article.body.split("\n\n") == PARAGRAPHS


def test_a_browsers_two_line_head_and_foot_are_kept_once_and_the_cut_paragraph_joins():
    # h363's review: a browser's print (the time over 'Title | Site', the address over
    # '1/2', pdftotext printing each on its own line) left the inner lines of the head
    # and the foot inside the paragraph the page break cut, which was lost
    wrapped = [textwrap.wrap(p, 72) for p in PARAGRAPHS]
    title = "Budget approved after four-hour debate | The Harbour Examiner"
    first = ["The Harbour Examiner", "", "Budget approved after four-hour debate", ""]
    first += [*wrapped[0], "", *wrapped[1][:2]]
    second = [*wrapped[1][2:], "", *wrapped[2]]
    pages = [
        ["12/3/26, 9:15 AM", title, *first, URL, f"{n}/2"] for n, first in ((1, first), (2, second))
    ]
    text = join_printed_pages("\f".join("\n".join(page) for page in pages) + "\f")
    assert text.count(title) == 1 and text.count(URL) == 1 and "1/2" not in text
    plain = plain_dump_text(normalize_text(text))
    assert PARAGRAPHS[1] in plain.split("\n")


def test_a_running_head_longer_than_the_wrap_stands_apart_and_the_paragraphs_join():
    """A browser's print header (time, tab title) is longer than the lines the story is
    wrapped at and printed right over the site's menu: kept once, it stands apart, so
    its length does not set the wrap's width and every wrapped paragraph is joined."""
    head = "05/12/2026, 09:14    Budget approved after four-hour debate | The Harbour Examiner"
    wrapped = [textwrap.wrap(p, 72) for p in PARAGRAPHS]
    first = ["Home   News   Sport   Opinion", "", "Budget approved after four-hour debate", ""]
    first += [*wrapped[0], "", *wrapped[1][:2]]
    second = [*wrapped[1][2:], "", *wrapped[2]]
    pages = [[head, *first, f"{URL}    1/2"], [head, *second, "", f"{URL}    2/2"]]
    text = join_printed_pages("\f".join("\n".join(page) for page in pages) + "\f")
    assert text.split("\n")[:3] == [head, "", "Home   News   Sport   Opinion"]
    plain = plain_dump_text(normalize_text(text))
    assert all(paragraph in plain.split("\n") for paragraph in PARAGRAPHS)


def test_form_feeds_without_running_lines_are_line_breaks():
    text = "Menu\fFirst paragraph of the story.\f\fLast line"
    assert join_printed_pages(text) == text.replace("\f", "\n")
    assert join_printed_pages("no page break") == "no page break"


def test_a_running_head_whose_last_cell_alternates_is_kept_once():
    """Recto and verso pages print different sections in their head ("... World" on odd
    pages, "... News" on even ones): neither head was on enough pages to be a running
    line, and each even page's head stayed glued inside the story (review h102 N7)."""
    words = " ".join(PARAGRAPHS * 2).split()
    pages = []
    for number in range(4):
        section = "News" if number % 2 else "World"
        head = f"THE HARBOUR WEEKLY · Thursday 3 December 2026          {section}"
        body = textwrap.wrap(" ".join(words[number * 30 : number * 30 + 30]), 62)
        pages.append("\n".join([head, "", *body, "", f"          {number + 1}"]))
    text = join_printed_pages("\f".join(pages) + "\f")
    assert text.count("THE HARBOUR WEEKLY") == 1


# A story typeset in narrow columns: the typesetter cut three words at a line's end
# ("commu-nities", "neighbor-hood" printed whole elsewhere, "reha-bilitation"), and a
# compound broke at its own hyphen ("well-" / "known": "known" is a word of the page).
_TYPESET_PAGES = [
    [
        "The Harbour Weekly                              3 December 2026",
        "",
        "Council backs housing plan",
        "",
        "The council voted on Tuesday to back a plan that aims to help commu-",
        "nities along the harbour, after a debate that lasted for hours and",
        "drew a crowd of tenants, landlords and the harbour front's well-",
        "known traders to the hall in the old fish market neighbor-",
    ],
    [
        "The Harbour Weekly                              3 December 2026",
        "",
        "hood of the port, where the plan starts with the costly reha-",
        "bilitation of two empty blocks of flats that the city bought last",
        "year. Every neighborhood will be known by the spring, officials said",
        "after the vote, which passed by eleven votes to four on the night.",
        "",
        "          2",
    ],
]


def _typeset_text() -> str:
    return "\f".join("\n".join(page) for page in _TYPESET_PAGES) + "\f"


def test_a_word_the_typesetter_cut_at_a_line_end_is_whole_again():
    """A PDF saved as text kept each cut word's hyphen ("commu-nities",
    "neighbor-hood" across a page break, "reha-bilitation"); a compound broken at its
    own hyphen keeps it (review h102 N7)."""
    plain = plain_dump_text(normalize_text(_typeset_text()))
    for word in ("communities", "neighborhood of the port", "rehabilitation"):
        assert word in plain
    assert "front's well-known traders" in plain
    assert "\u00ad" not in plain and "-nities" not in plain


def test_a_wrapped_page_that_was_not_printed_keeps_its_line_end_hyphens():
    """A text browser or a mail client wraps at spaces: a line-end hyphen there is the
    word's own ("commu-nities" stays as printed)."""
    text = "\n".join(line for page in _TYPESET_PAGES for line in page[2:])
    plain = plain_dump_text(normalize_text(text))
    assert "commu-nities" in plain and "reha-bilitation" in plain


def test_a_soft_hyphen_at_a_line_end_joins_the_cut_word_without_a_space():
    """A dump printing the typesetter's hyphen as a soft hyphen (U+00AD) cut the word
    in two ("commu nities") when its lines were joined."""
    text = "\n".join(line for page in _TYPESET_PAGES for line in page[2:])
    plain = plain_dump_text(normalize_text(text.replace("commu-\n", "commu\u00ad\n")))
    assert "help communities along" in plain


def _copied_from_a_pdf_viewer(counter: str) -> str:
    """The two printed pages copied as text: no form feed, each page's head and foot
    (a browser's: its date and time over the title, the address over the counter)
    inside the text."""
    head = "12/5/26, 9:14 AM      Budget approved after four-hour debate | The Harbour Examiner"
    pages = _printed(cut_inside=True).rstrip("\f").split("\f")
    lines = []
    for number, page in enumerate(pages, start=1):
        page_lines = page.split("\n")
        page_lines[0] = head
        page_lines[-1] = f"{URL}          {counter.format(number)}"
        lines += page_lines
    return "\n".join(lines) + "\n"


def test_pages_copied_without_form_feeds_are_split_at_their_counters():
    for counter in ("{}/2", "{} of 2", "Page {} of 2"):
        copied = _copied_from_a_pdf_viewer(counter)
        assert split_counted_pages(copied).count("\f") == 1
        text = text_dump(normalize_text(copied), "copied.txt")
        assert text.count(URL) == 1 and "2/2" not in text and "2 of 2" not in text
        assert text.count("12/5/26, 9:14 AM") == 1
        (article,) = extract_articles(text, name="copied.txt").itertuples()
        assert article.body.split("\n\n") == PARAGRAPHS
        assert article.title == "Budget approved after four-hour debate"
        assert article.byline == "Ann Lee"


def test_counters_of_a_gallery_or_of_items_are_no_page_breaks():
    gallery = "\n".join(f"{n} / 3\nA photo of the ferry at dawn, number {n}.\n" for n in (1, 2, 3))
    items = "\n".join(f"ITEM {n} of 2\nThe council met on Tuesday.\n" for n in (1, 2))
    out_of_order = "\n".join(f"{URL}          {n}/3\nText.\n" for n in (1, 3, 2))
    for text in (gallery, items, out_of_order):
        assert split_counted_pages(text) is text


def test_a_text_without_a_count_closing_a_line_runs_no_counter_search(monkeypatch):
    """Speed only: _COUNTER (tried at every character) is searched only in a text holding
    what every counter ends with ("/ n" or "of n" closing a line)."""
    calls: list[str] = []
    monkeypatch.setattr(printed_pages, "_COUNTER", CountingPattern(printed_pages._COUNTER, calls))
    for text in ("One line of prose.\nAnother, of course, 2026.", "Scores 3 / 4 of 10 ok"):
        assert split_counted_pages(text) == text
    assert calls == []
    paged = f"{HEAD}\n\nFirst page.\n{URL}   1/2\n\nSecond page.\n{URL}   2/2\n"
    assert "\f" in split_counted_pages(paged)
    assert calls


@settings(max_examples=300, derandomize=True, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "x", " ", "  ", "\t", "\n", "/", "of", "OF", "page", "2", "12", "1"]),
        max_size=14,
    ).map("".join)
)
def test_every_counter_holds_the_hint(text: str) -> None:
    if printed_pages._COUNTER.search(text):
        assert printed_pages._COUNTER_HINT.search(text)
