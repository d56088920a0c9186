"""analysis.clean.body.sentence_paragraphs: a story told one short sentence a paragraph,
an ad slot's label between every few, is body whole (h179 item 1: a tabloid's story
kept only its one or two longer sentences, or nothing)."""

from __future__ import annotations

from test_body import MENU, kept_text, page

from analysis import extract_articles
from analysis.clean.body import sentence_paragraphs
from analysis.clean.body.features import line_features
from analysis.clean.body.rules import line_weight

HEADLINE = "Lollipop lady, 83, hangs up her sign after 40 years"
HEADER = ["By Tamsin Ollerenshaw", "08:15, 2 March 2031"]
# A made-up tabloid story: sentences of 4 to 9 words, two ad slots between them.
ROWS = [
    [
        "A lollipop lady has retired after forty years on the same crossing.",
        "Edna Pickavance never missed a school day.",
        "Not even in the snow.",
    ],
    [
        "Parents lined the road to say goodbye.",
        "The children made her a giant card.",
        '"I will miss every one of them," she said.',
    ],
    [
        "Her grandson will take over the crossing.",
        "He starts on Monday.",
    ],
]
TRAILER = ["Most Read", "1. Soap star weds in secret", "2. Snow on the way", "Comments (12)"]
STORY = [line for row in ROWS for line in row]


def _tabloid(first_gap: list[str], second_gap: list[str]) -> list[str]:
    return page(
        MENU, HEADLINE, *HEADER, *ROWS[0], *first_gap, *ROWS[1], *second_gap, *ROWS[2], *TRAILER
    )


def test_a_story_in_one_short_sentence_a_paragraph_is_kept_without_its_ad_labels():
    lines = _tabloid(["Advertisement"], ["Continue reading below", "Advertisement"])
    assert kept_text(lines) == STORY


def test_a_story_in_another_language_with_no_paragraph_at_all_is_kept():
    """Macedonian-like made-up story: no line is long enough to be a paragraph."""
    rows = [
        ["Во селото отворија нова библиотека.", "Таа има три илјади книги.", "Влезот е бесплатен."],
        ["Децата доаѓаат секое попладне.", "Библиотекарката чита приказни."],
        ["Следната година ќе има и читална.", "Општината ќе ја плати."],
    ]
    lines = page(
        MENU,
        "Нова библиотека во селото",
        *rows[0],
        "Реклама",
        *rows[1],
        "Реклама",
        *rows[2],
        "Најчитани",
        "1. Снег на планината",
        "Коментари (3)",
    )
    assert kept_text(lines) == [line for row in rows for line in row]


def test_without_the_rule_the_story_is_lost(monkeypatch):
    monkeypatch.setattr(sentence_paragraphs, "STORY_MIN_SENTENCES", 10**9)
    lines = _tabloid(["Advertisement"], ["Continue reading below", "Advertisement"])
    assert len(kept_text(lines)) < len(STORY) // 2


def _lines_found(lines: list[str]) -> list[str]:
    features = line_features(lines)
    weights = [line_weight(feature) for feature in features]
    return [
        lines[features[p].index]
        for p in sentence_paragraphs.sentence_paragraph_lines(features, weights)
    ]


def test_a_listing_s_teasers_under_their_headlines_make_no_story():
    """One sentence between two headlines: a row of one sentence is no row."""
    cards = []
    for n in range(6):
        cards += [
            f"Harbour story number {n} makes the front page",
            f"A teaser of the story {n} is short.",
        ]
    assert _lines_found(page(*cards)) == []


def test_rows_between_a_round_up_s_results_or_under_labels_make_no_story():
    """Rows separated by a result ("Ashby d. Cole 3-1", a figure) are no ad slots, and
    labelled lines ("Q: Favourite food?") are an interview's turns, no story's sentences."""
    rows = [
        ["Ashby were the better side.", "Their keeper saved twice."],
        ["Cole scored early.", "They held on to the end."],
        ["Dent missed a penalty.", "The crowd went home early."],
    ]
    lines = page(*rows[0], "Ashby d. Cole 3-1", *rows[1], "Bray d. Dent 2-0", *rows[2])
    assert _lines_found(lines) == []
    turns = [
        "Q: Favourite food?",
        "Q: Where did you grow up?",
        "Q: Any pets at home?",
        "Q: First job you had?",
        "Q: Best holiday so far?",
        "Q: What do you read?",
    ]
    assert _lines_found(page(*turns)) == []


def test_six_sentences_in_a_row_make_a_story_and_five_do_not():
    lines = page(*STORY[:6])
    assert _lines_found(lines) == [line for line in STORY[:6] if len(line.split()) < 10]
    assert _lines_found(page(*STORY[:5])) == []


# A made-up brief in a Shona-like language (h211 item 1): three short sentences, none as
# long as a paragraph, under its site, menu, headline and date.
BRIEF = [
    "Bhiriji idzva ravhurwa nhasi muGweru. Rakavakwa mumwedzi mitanhatu.",
    "Vatyairi vanofara nebhiriji iri idzva.",
    "Kanzuru yakabhadhara mari yese.",
]


def test_a_short_brief_with_no_paragraph_at_all_is_kept():
    lines = page("Nhau Dzedu", "Kumba | Nhau | Matunhu", "Bhiriji idzva ravhurwa muGweru", *BRIEF)
    assert kept_text(lines) == BRIEF


def test_two_sentences_alone_or_three_beside_a_paragraph_make_no_brief():
    """Two sentences in a row (a banner's, a teaser's) are no story; beside a paragraph
    three short sentences are no story of their own either."""
    assert _lines_found(page("Nhau Dzedu", *BRIEF[:2], "Kumba")) == []
    assert _lines_found(page(STORY[0], "Advertisement", *BRIEF)) == []


def test_a_pull_quote_excerpting_a_sentence_stays_dropped():
    """A feature's pull quote excerpting a sentence of a paragraph, capitalized, after
    another pull quote and its speaker's line (review h233: the excerpt, dropped as a
    pull quote, was put back as a short paragraph)."""
    story = [
        "Mira Castell has repaired clocks on Tanner Row for thirty-one years. Her workshop "
        "is one room behind a bakery, and it smells of oil and brass.",
        "Most of her work now is church clocks and the kitchen clocks of people who have "
        "inherited them and cannot bear to throw them away.",
        '"Every clock that comes through that door has kept somebody\'s time," she says. '
        '"I just want it to keep going for another hundred years."',
        "She learned the trade from her grandfather in Porto and came to the city in 1990. "
        "She opened the workshop in 1994 with tools she still uses.",
        '"I would like an apprentice," she says. "But nobody learns this in a month of '
        'evenings. It took me twelve years to be good."',
        "For now she works four days a week, and the waiting list is nine weeks long.",
    ]
    first = '"Every clock that comes through that door has kept somebody\'s time."'
    second = '"Nobody learns this in a month of evenings."'
    blocks = [*story[:3], first, "— Mira Castell", *story[3:5], second, story[5]]
    lines = page(MENU, "The last clockmaker on Tanner Row", *blocks, "Continue reading")
    kept = kept_text(lines)
    assert first not in kept and second not in kept
    assert all(paragraph in kept for paragraph in story)


# A made-up brief as a text browser prints it (80 columns): its first paragraph wrapped
# over two lines, two paragraphs of one short sentence, in a language without a
# function-word list (review metadata_h313's six briefs of 40-75 words gave no article).
WRAPPED_BRIEF = [
    [
        "Ikolon lu ngaberu ka ngidwe kiyakakinete ngakipi aingarakin ngaatuk ikwap a",
        "Nadunget ka Lotome.",
    ],
    'Lokol Amina Nakiru kilimokini: "Ngaatuk kosi kotwanit ngakipi."',
    "Ekapolon a district kilimokini ebuni ngakipi kaapei ikoru.",
]


def _brief_page(*story: str | list[str], dated: bool = True) -> list[str]:
    return page(
        "Ngakiro Nakadanya",
        "Home • Moroto • Kotido • Napak",
        "Moroto: Ikolon lu ngaberu kiyakakinete ngakipi",
        ["Agirakinit: Lokiru Peter Lomongin", "4 December 2026"]
        if dated
        else "Agirakinit: Lokiru Peter Lomongin",
        *story,
        "© 2026 Ngakiro Nakadanya",
    )


def test_a_brief_whose_first_paragraph_a_text_browser_wrapped_is_kept():
    kept = kept_text(_brief_page(*WRAPPED_BRIEF))
    assert kept == [*WRAPPED_BRIEF[0], *WRAPPED_BRIEF[1:]]


def test_a_wrapped_paragraph_counts_one_sentence():
    """Its two lines and one sentence more are two sentences: no brief of sentences
    standing alone (under a dated line they are the story, read by
    :mod:`analysis.clean.body.dated_brief`: tests/test_body_dated_brief.py)."""
    assert kept_text(_brief_page(WRAPPED_BRIEF[0], WRAPPED_BRIEF[1], dated=False)) == []
    assert kept_text(_brief_page(WRAPPED_BRIEF[0], WRAPPED_BRIEF[1])) == [
        *WRAPPED_BRIEF[0],
        WRAPPED_BRIEF[1],
    ]


def test_a_headline_over_a_sentence_or_short_lines_are_no_wrapped_paragraph():
    """A line over a sentence opening with a capital, and lines shorter than a text
    browser's width (verse, a box), are no paragraph cut by a wrap."""
    headline = [
        "Moroto: Ikolon lu ngaberu ka ngidwe kiyakakinete ngakipi aingarakin",
        *WRAPPED_BRIEF[1:2],
    ]
    short = ["Ikolon lu ngaberu ka ngidwe", "kiyakakinete ngakipi."]
    for block in (headline, short):
        lines = page(block, *WRAPPED_BRIEF[1:])
        features = line_features(lines)
        weights = [line_weight(feature) for feature in features]
        assert sentence_paragraphs._wrapped_paragraphs(features, weights, lines) == []


def test_the_brief_is_an_article_with_its_title_date_and_byline():
    articles = extract_articles("\n".join(_brief_page(*WRAPPED_BRIEF)), "kdj.txt")
    assert len(articles) == 1
    assert articles.title[0] == "Moroto: Ikolon lu ngaberu kiyakakinete ngakipi"
    assert articles.published[0] == "2026-12-04"
    assert articles.byline[0] == "Lokiru Peter Lomongin"
