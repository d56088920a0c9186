"""Pull quotes found by one pass over the lines: the same lines as a search per line."""

from __future__ import annotations

import random
import re

from analysis.clean.body.pull_quotes import (
    OPENING_QUOTES,
    PULL_QUOTE_MIN_WORDS,
    pull_quote_positions,
)

_BEFORE_SENTENCE = re.compile(r"[.!?…][\"'”’»›)\]]*\s+$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»›)\]]*$")


def _searched_copy(texts: list[str], q: int) -> bool:
    """The rule as the module states it, by a search of every other line: the line is
    one whole sentence of a longer line, at its start or after another sentence's end,
    ending before a space, a tab or the line's end."""
    text = texts[q]
    for line_no, line in enumerate(texts):
        if line_no == q or len(line) <= len(text):
            continue
        position = line.find(text)
        while position >= 0:
            stop = position + len(text)
            opens = position == 0 or _BEFORE_SENTENCE.search(line, 0, position)
            if opens and (stop == len(line) or line[stop] in " \t"):
                return True
            position = line.find(text, position + 1)
    return False


def _random_lines(rng: random.Random) -> list[str]:
    words = ["a", "bc", "the", "said", "Yes", "mayor", "city"]
    marks = [".", "!", "?", "…", ".”", '?"', ".)", "", ","]
    gaps = [" ", "  ", "\t", "\u00a0", " ”", ""]

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) + rng.choice(marks)

    def line() -> str:
        return rng.choice(gaps).join(sentence() for _ in range(rng.randint(1, 4))).strip()

    texts: list[str] = []
    for _ in range(rng.randint(1, 8)):
        draw = rng.random()
        if texts and draw < 0.3:  # a piece of an earlier line
            source = rng.choice(texts)
            start = rng.randint(0, len(source))
            texts.append(source[start : rng.randint(start, len(source))].strip() or "x")
        elif texts and draw < 0.6:  # one of its sentences
            texts.append(rng.choice(re.split(r"(?<=[.!?]) ", rng.choice(texts))).strip() or "x")
        else:
            texts.append(line())
    return texts


def test_sentence_copies_are_the_lines_a_search_finds():
    rng = random.Random(7)
    found_any = 0
    for _ in range(3000):
        texts = _random_lines(rng)
        n_words = [PULL_QUOTE_MIN_WORDS] * len(texts)
        expected = {
            q
            for q, text in enumerate(texts)
            if not text.startswith(OPENING_QUOTES)
            and _SENTENCE_END.search(text)
            and _searched_copy(texts, q)
        }
        found = pull_quote_positions(texts, n_words)
        assert {q for q in found if not texts[q].startswith(OPENING_QUOTES)} == expected, texts
        found_any += bool(expected)
    assert found_any > 300  # the draw holds copies, not only lines that are none


def test_a_sentence_inside_a_longer_line_is_a_copy_only_where_a_sentence_starts():
    story = "The council met on Monday. The mayor said the bridge would reopen in May this year."
    copy = "The mayor said the bridge would reopen in May this year."
    assert pull_quote_positions([story, copy], [16, 11]) == {1}
    inside = "Then the mayor said the bridge would reopen in May this year."
    assert pull_quote_positions([inside, copy[4:].capitalize()], [12, 10]) == set()
    cut = "The mayor said the bridge would reopen in May this year.”"
    assert pull_quote_positions([story + "”", cut[:-1] + "x."], [16, 11]) == set()


def test_an_excerpt_capitalized_as_a_pull_quote_is_a_copy():
    """A pull quote excerpting the middle of a sentence capitalizes its first word (review
    h233: "You cannot learn ..." set apart from "But you cannot learn ..." was kept)."""
    texts = [
        "The workshop has trained nine apprentices since it opened in 1984.",
        '"I would like someone to take it on. But you cannot learn this in a weekend '
        'course," he says.',
        '"You cannot learn this in a weekend course."',
        "For now he works five days a week.",
    ]
    assert pull_quote_positions(texts, [len(text.split()) for text in texts]) == {2}


def test_a_pull_quote_set_apart_as_a_one_line_markdown_quote_is_a_copy():
    """A long read exported as Markdown prints its pull quote as a one-line quote
    ('> "..."'): the mark is no part of the copied text (review h265)."""
    texts = [
        "The ferry has crossed the harbour every morning since the war ended.",
        '"We row when the tide lets us, not when the timetable says," the skipper says.',
        '> "We row when the tide lets us, not when the timetable says."',
        "The council will meet in March to decide on a bridge.",
    ]
    assert pull_quote_positions(texts, [len(text.split()) for text in texts]) == {2}
    # a one-line quote of a sentence the story does not print is none
    assert pull_quote_positions(texts[2:], [len(text.split()) for text in texts[2:]]) == set()


def test_a_pull_quote_printed_as_a_one_line_markdown_quote_is_a_copy():
    """review h273: a crawler's Markdown printed the quote's box as "> "..."", and the
    mark before the quotation mark hid the copy."""
    texts = [
        'The ferry crew worked through the night. "We never thought of stopping, not '
        'once in all those hours," said the skipper.',
        '> "We never thought of stopping, not once in all those hours."',
        "The harbour reopened on Friday.",
        "> Readers' letters are printed on Saturdays in the weekend edition here.",
    ]
    assert pull_quote_positions(texts, [len(text.split()) for text in texts]) == {1}


def test_a_read_along_box_over_the_first_paragraph_is_a_copy():
    """review h273: a listen player's "Read along" box printed the first paragraph right
    above itself, and an HTML page's main text kept both printings."""
    from analysis.clean.articles import PageFacts, extract_articles
    from analysis.clean.body.pull_quotes import repeated_in_a_row
    from analysis.clean.read import page_from_bytes

    lede = "The new ferry berthed at Ardmore pier for the first time on Tuesday morning."
    rest = [
        "It replaces a boat that served the island for thirty-one years of crossings.",
        "Islanders gathered on the pier to watch it come in through the narrow channel.",
    ]
    markup = (
        "<html><head><title>Ferry</title></head><body><article><h1>New ferry berths</h1>"
        f"<div class='player'><button>Listen</button><div class='box'><p>{lede}</p></div>"
        f"</div><p>{lede}</p><p>{rest[0]}</p><p>{rest[1]}</p></article></body></html>"
    )
    page = page_from_bytes(markup.encode(), "ferry.html", "ferry.html")
    body = extract_articles(page.text, name=page.name, facts=PageFacts(html=page.html))
    text = body["body"].iloc[0]
    assert text.count(lede) == 1 and all(line in text for line in rest)
    short = "Listen to this story now."
    assert repeated_in_a_row([short, short, lede], [5, 5, 14]) == set()  # under 8 words
    assert repeated_in_a_row([lede, rest[0], lede], [14, 13, 14]) == set()  # not in a row
