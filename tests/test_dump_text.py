"""analysis.clean.dump_text: a text dump printed in other ways reads as the same page."""

from __future__ import annotations

import re
import textwrap
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from page_checks import SEED_ARTICLE

from analysis import extract_articles
from analysis.clean.dump_text import (
    _UNSPACED_START,
    MIN_WRAPS,
    _could_be_cut,
    decode_references,
    drop_image_labels,
    drop_invisible,
    drop_link_addresses,
    drop_link_marks,
    join_hard_wraps,
    plain_markdown,
)
from analysis.clean.page_rows import clean_page
from analysis.clean.read import decode_page_bytes, page_from_bytes, plain_dump_text
from analysis.config import RAW_DIR
from analysis.errors import PageReadError

PARAGRAPHS = [
    "The harbour authority said on Monday that the old quay would close next spring, after "
    "engineers found that its foundations had shifted by several centimetres since the "
    "storm of last winter, and that repairs would cost more than a new landing stage.",
    "Residents, who have fished from the quay for generations, asked for a delay until the "
    "new stage is ready; the authority's chair promised an answer in May, once the "
    "engineers have reported on the state of the seabed under the old piers.",
    "The council's budget for the coming year sets aside money for the new stage, but not "
    "for the demolition of the quay, which a local trust would like to keep as a walkway "
    "for visitors and for the town's sailing club in summer.",
]


def test_complete_references_are_decoded_and_other_ampersands_kept():
    text = "AT&T &amp; Q&A: &quot;it&#39;s&quot; &#x2019; &nbsp;|&copy; ?a=1&b=2 &bogus; &amp"
    assert decode_references(text) == (
        'AT&T & Q&A: "it\'s" \u2019 \u00a0|\u00a9 ?a=1&b=2 &bogus; &amp'
    )
    assert decode_references("no ampersand") == "no ampersand"


def test_a_reference_to_a_line_end_or_control_code_is_normalized_on_reading():
    text, _ = decode_page_bytes(b"first line&#13;second&#7; line &#12;", "page.txt")
    assert text == "first line\nsecond line \n"  # a form feed is a line break


def test_markdown_marks_are_taken_off_and_a_link_becomes_its_text():
    text = (
        '[Home](/home) [World](https://example.org/world_(news) "World news")\n'
        "# Council Approves the Budget\n"
        "  ## A section\n"
        "**The council** voted on **Tuesday**, (**really**).\n"
        "![A photo of the hall](/img/hall.jpg)\n"
        "#hashtag stays, so do [brackets] (apart) and 5 ** 2"
    )
    assert plain_markdown(text) == (
        "Home World\n"
        "Council Approves the Budget\n"
        "A section\n"
        "The council voted on Tuesday, (really).\n"
        "\n"  # an image alone on its line: a picture, no text
        "#hashtag stays, so do [brackets] (apart) and 5 ** 2"
    )
    # asterisks that mask a name are no emphasis
    masked = "\u2013 Dia**** Co** Ga****\n\u2013 Jo** Al****"
    assert plain_markdown(masked) == masked
    # a linked image (a logo linking the home page) is its text, not half a link
    logo = "[![The Quarry Bell](https://quarrybell.test/logo.png)](https://quarrybell.test/)\n"
    assert plain_markdown(logo) == "The Quarry Bell\n"


def test_a_line_printed_in_markdown_emphasis_loses_its_marks():
    # review h119 Q9: a clipper's "_By Mara Quinn · Nov 24, 2026_" under each card's
    # headline made the outlet "_By Mara Quinn"
    text = "## Council approves budget\n_By Mara Quinn · Nov 24, 2026_\n*Updated daily*\n"
    assert plain_markdown(text) == (
        "Council approves budget\nBy Mara Quinn · Nov 24, 2026\nUpdated daily\n"
    )
    kept = "snake_case_name\n_half emphasis\n* a bullet *\n"
    assert plain_markdown(kept) == kept


def test_a_name_in_emphasis_opening_a_line_before_a_separator_loses_its_marks():
    # review h210: a daily note's "*Corsica Oghje* · Paulu Santoni · 2026-12-03" under a
    # saved link's title made the card's outlet "*Corsica Oghje*"
    text = "*Valley Courier* · Jane Roe · 2026-12-03\n_Harbour Post_ | 3 Dec 2026\n"
    assert plain_markdown(text) == (
        "Valley Courier · Jane Roe · 2026-12-03\nHarbour Post | 3 Dec 2026\n"
    )
    kept = "2 * 3 * 4 - 5\n*Terms apply - see below\nsnake_case_name - a variable\n"
    assert plain_markdown(kept) == kept


def test_a_line_in_emphasis_followed_by_its_link_s_address_loses_its_marks():
    # review h161 F6: a mail client's plain text prints "*Headline* <https://...>"; the
    # marks were looked for before the address was taken off, so the stars stayed
    text = "*Harbour ferry returns to winter timetable* <https://example.org/a/1>\nMore text.\n"
    assert plain_dump_text(text) == "Harbour ferry returns to winter timetable\nMore text.\n"


def test_a_page_of_only_invisible_characters_and_spaces_is_refused_by_name():
    with pytest.raises(PageReadError, match="only whitespace and invisible characters") as err:
        decode_page_bytes("\u200b\n&nbsp;\n\u00ad\n".encode(), "blank.txt")
    assert "blank.txt" in str(err.value)


def test_fixed_width_spaces_are_spaces_and_invisible_characters_go():
    text = "a\u00a0b\u202fc\u2009d ex\u00adtra\u00adordinary wo\u200brd\u200b \ufeffe\u2060f"
    assert drop_invisible(text) == "a b c d extraordinary word ef"
    # a zero-width space between two Thai or Han characters marks a word boundary
    assert drop_invisible("\u0e01\u0e02\u200b\u0e03") == "\u0e01\u0e02\u200b\u0e03"
    assert drop_invisible("\u4e00\u200b\u4e8c") == "\u4e00\u200b\u4e8c"
    # joiners shape emoji and scripts: kept
    assert drop_invisible("\U0001f469\u200d\U0001f52c \u0645\u200c\u06cc") == (
        "\U0001f469\u200d\U0001f52c \u0645\u200c\u06cc"
    )


def test_a_rule_drawn_to_the_width_is_joined_to_no_line_of_a_wrapped_page():
    # a newsletter wrapped at 60 columns draws its rules 60 wide: a full line, but no
    # paragraph's; the headline under it, wrapped too, is joined back on its own
    blocks = [
        textwrap.fill(f"Headline of the story number {n} " * 3, 60)
        + "\n3 March 2024 | By Jane Roe\n\n"
        + textwrap.fill(PARAGRAPHS[n], 60)
        for n in range(2)
    ]
    wrapped = "\n" + "\n\n".join("=" * 60 + "\n" + block for block in blocks)
    lines = join_hard_wraps(wrapped).split("\n")
    assert lines.count("=" * 60) == 2
    heads = [i + 1 for i, line in enumerate(lines) if line == "=" * 60]
    assert [lines[i] for i in heads] == [
        (f"Headline of the story number {n} " * 3).strip() for n in range(2)
    ]
    assert PARAGRAPHS[0] in lines and PARAGRAPHS[1] in lines


def test_a_line_over_a_rule_is_no_cut_that_makes_a_page_wrapped():
    # review h198: a digest's short topic lines, each over a long rule of dashes, read
    # as three cut lines of three lengths: the page was "wrapped" at its longest
    # paragraph, and the source line under that paragraph was joined to it
    texts = [
        "The new station on the eastern line opened to riders on Friday morning"
        " and will serve many.",
        "Growers in the valley expect to send more than a million tonnes of wheat abroad.",
        "The opera house opens its new season with a work it has not staged for forty years.",
    ]
    texts[0] += " It cost less than planned."
    sections = [
        f"{'=' * 77}\nTopic: {title}\n{'-' * 77}\nFrom: Jane Roe <jane@example.org>\n"
        f"Posted: 4 Dec 2026 09:12\n\n{text}\n— Valley Courier, {n} December 2026\n"
        f"https://valleycourier.example/{n}\n"
        for n, title, text in zip(
            (4, 3, 2),
            (
                "A metro station opens in the old town",
                "Wheat from the north goes abroad",
                "The opera's new season opens at last",
            ),
            texts,
            strict=True,
        )
    ]
    text = "Today's topics:\n\n" + "\n".join(sections)
    assert max(map(len, texts)) == 118
    assert join_hard_wraps(text) == text


def test_a_hard_wrapped_page_is_joined_back_into_its_paragraphs():
    printed = "\n\n".join(["Headline of the Story", *PARAGRAPHS, "Copyright 2024"])
    for width in (60, 72, 80):
        wrapped = "\n\n".join(textwrap.fill(block, width) for block in printed.split("\n\n"))
        assert wrapped != printed
        assert join_hard_wraps(wrapped) == printed
    indented = "\n\n".join(
        textwrap.fill(block, 76, initial_indent="   ", subsequent_indent="   ")
        for block in printed.split("\n\n")
    )
    assert join_hard_wraps(indented).split("\n\n")[1] == "   " + PARAGRAPHS[0]


def test_a_short_page_whose_cut_lines_share_two_lengths_is_joined_when_cut_mid_sentence():
    # h70 J18: four cut lines of 73 and 74 characters, too few lengths for a ragged
    # edge; each ends inside a sentence the next line goes on with in lower case.
    short = [
        "The harbour board approved on Monday a plan to close the old ferry pier to cars "
        "from next spring onwards.",
        "The measure, which covers about forty moorings, was backed by the board with the "
        "support of two members.",
        "We cannot keep the quay crowded every weekend, said the harbour master, during "
        "the long meeting.",
        "Traders on the quay fear that fewer visitors will come and asked for a delay of "
        "six months.",
    ]
    blocks = ["Pier to close to cars", *short]
    wrapped = "\n\n".join(
        textwrap.fill(block, 76, initial_indent="   ", subsequent_indent="   ") for block in blocks
    )
    cut = [line for line in wrapped.split("\n") if len(line) > 60]
    assert len(cut) == 4 and len({len(line) for line in cut}) == 2
    assert join_hard_wraps(wrapped) == "\n\n".join("   " + block for block in blocks)


def test_a_line_cut_after_a_function_word_is_cut_mid_sentence_whatever_the_next_words_case():
    # h136: a text browser's dump of short paragraphs, two lines each: three cut lines of
    # two lengths, and one goes on with a name ("... championship on" / "Saturday, ...");
    # a line ending in a function word with no mark after it ends inside a sentence
    blocks = [
        "Rowing club wins national title for first time in 40 years",
        "Ashford Rowing Club's women's eight won the national club championship on "
        "Saturday, the club's first national title since 1986.",
        "The crew beat the defending champions by half a length in a race held in "
        "strong crosswinds.",
        "The club's coach said the win was the result of four years of rebuilding "
        "after the boathouse flooded.",
        "The crew will now race at the European club regatta in the spring.",
    ]
    wrapped = "\n\n".join(
        textwrap.fill(block, 78, initial_indent="   ", subsequent_indent="   ") for block in blocks
    )
    assert wrapped.count("\n") > 2 * (len(blocks) - 1) + 2  # three paragraphs were cut
    assert join_hard_wraps(wrapped) == "\n\n".join("   " + block for block in blocks)
    # a headline ending in a function word over a name, printed whole: no other cut
    # line, the page reads as not wrapped
    whole = "\n\n".join(["What we know about", "Saturday's vote", blocks[-1]])
    assert join_hard_wraps(whole) == whole


def test_a_wrapped_article_is_joined_though_a_line_printed_whole_is_longer():
    # a menu printed whole, longer than the width the paragraphs were wrapped at, does
    # not set the width (the width the paragraphs' inner lines share does)
    menu = " | ".join(["Home", "News", "Local", "Sport", "Business", "Culture", "Opinion"] * 2)
    printed = "\n\n".join(["Headline of the Story", menu, *PARAGRAPHS, "Copyright 2024"])
    wrapped = "\n\n".join(
        block if block == menu else textwrap.fill(block, 60) for block in printed.split("\n\n")
    )
    assert len(menu) > 60
    assert join_hard_wraps(wrapped) == printed


@pytest.mark.parametrize("width", [60, 64, 68, 72, 76, 80])
@pytest.mark.parametrize("over", [2, 3, 6, 9])
def test_a_headline_printed_whole_a_few_columns_over_the_wrap_does_not_set_the_width(width, over):
    # pdftotext, mail and fmt print the headline whole: a few columns over the wrap's
    # width, some lines still read as cut there, but the paragraphs' inner lines share
    # the wrap's width and find more cuts (found by the reviewer h77, K1)
    words = "Harbour authority closes the old quay after engineers find its foundations moved "
    headline = (words * 2)[: width + over].rstrip()
    assert len(headline) > width
    printed = "\n\n".join([headline, "By Ann Lee", *PARAGRAPHS, "Copyright 2024"])
    wrapped = "\n\n".join(
        block if block == headline else textwrap.fill(block, width)
        for block in printed.split("\n\n")
    )
    assert join_hard_wraps(wrapped) == printed


def test_a_list_printed_whole_under_a_wrapped_article_does_not_outvote_it():
    # related headlines, each longer than half the width and none cut: a block without
    # a cut line has no say in whether the page was wrapped
    related = [
        f"Harbour {thing} raises questions for the council and residents"
        for thing in ("quay", "budget", "ferry", "seawall", "piers", "road", "trust", "stage")
        for _ in range(2)
    ]
    printed = "\n\n".join(["Headline of the Story", *PARAGRAPHS, "\n".join(related)])
    wrapped = "\n\n".join(
        textwrap.fill(block, 72) if block in PARAGRAPHS else block
        for block in printed.split("\n\n")
    )
    cut_lines = sum(len(textwrap.wrap(paragraph, 72)) - 1 for paragraph in PARAGRAPHS)
    assert sum(len(line) > 36 for line in related) > cut_lines  # outnumbers the cut lines
    assert join_hard_wraps(wrapped) == printed


def test_a_list_with_one_line_ending_near_the_width_does_not_outvote_the_article():
    # one related headline happens to end where the next one's first word would not
    # fit: its block is still a list (most of its long lines uncut) and has no vote
    related = [
        f"Harbour {thing} raises questions for the council and residents"
        for thing in ("quay", "budget", "ferry", "seawall", "piers", "road", "trust", "stage")
        for _ in range(2)
    ]
    related.insert(5, "Harbour authority warns of rising costs for the new landing stages")
    printed = "\n\n".join(["Headline of the Story", *PARAGRAPHS, "\n".join(related)])
    wrapped = "\n\n".join(
        textwrap.fill(block, 72) if block in PARAGRAPHS else block
        for block in printed.split("\n\n")
    )
    assert len(related[5]) + 1 + len("Harbour") > 72  # a "cut" line inside the list
    joined = join_hard_wraps(wrapped).split("\n")
    assert all(paragraph in joined for paragraph in PARAGRAPHS)


def test_a_listing_of_title_date_teaser_cards_is_not_joined():
    # titles end near the longest title's width before a date; the teasers, longer
    # than any title and ending with a period, show that nothing was wrapped
    cards = [
        ("Council approves harbour budget after months of debate", "March 3, 2026"),
        ("Ferry service to resume in the spring, operator says", "March 2, 2026"),
        ("Police investigate a series of break-ins at garden sheds", "March 2, 2026"),
        ("School board to discuss the future of the old gymnasium", "March 1, 2026"),
        ("Missing dog found safe after three days in the woods", "February 28, 2026"),
    ]
    page = "\n\n".join(
        [
            *(
                f"{title}\n{date}\n{PARAGRAPHS[n % 3][:100].rsplit(' ', 1)[0]}."
                for n, (title, date) in enumerate(cards)
            ),
            "© 2026 Harbour Daily Media Ltd. All rights reserved.\nPrivacy Policy | Terms",
        ]
    )
    assert join_hard_wraps(page) == page


def test_a_word_cut_after_its_hyphen_is_joined_without_a_space():
    lines = ["x" * 30 + " well-", "known text", "", "y" * 30 + " two", "three", "", "z" * 35, "w"]
    text = "\n".join(lines)
    # three lines cut before a word that would not fit in 36 columns
    assert join_hard_wraps(text) == "x" * 30 + " well-known text\n\n" + "y" * 30 + (
        " two three\n\n" + "z" * 35 + " w"
    )


def test_a_page_printed_without_wrapping_is_left_alone():
    # the longest paragraph followed by a line without a blank between: not a wrap
    unwrapped = "\n".join(["Menu", "Headline", *PARAGRAPHS, "Related stories", "More"])
    assert join_hard_wraps(unwrapped) == unwrapped
    # fewer cut lines than MIN_WRAPS, not all going on in lower case: left alone
    two = "\n".join([*textwrap.fill(PARAGRAPHS[0], 120).split("\n")[: MIN_WRAPS - 1], "End"])
    assert join_hard_wraps(two) == two
    # rows of one length (a table, a line printed again): no ragged edge, no wrapping
    rows = "\n".join(["Team North    3  1  0   10"] * 4 + ["Team South    2  2  0    8", "end"])
    assert join_hard_wraps(rows) == rows
    # a list item after a full line starts an item of its own
    items = "\n".join(["a" * 20 + " b", "- c", "d" * 20 + " e", "- f", "g" * 22, "- h"])
    assert join_hard_wraps(items) == items


def test_teasers_printed_a_line_each_over_the_next_headline_are_not_joined():
    # no blank line between a listing's cards: each teaser, one of the page's longest
    # lines, ends where the next card's headline would not have fitted after it, at three
    # lengths; but every such line ends a sentence, which a wrap seldom does
    teasers = [
        "Work on the bridge linking the two villages is nearly done. The roads office says "
        "it will cut the trip to the town by half an hour each way.",
        "A kilo of rice costs two pesos less at the public market. Traders say more supplies "
        "are coming in from the farms in the north this week.",
        "The provincial government handed out fifty motor boats to the fishermen. It is part "
        "of the aid programme after the typhoon in October.",
        "More than twenty thousand visitors came to the three-day fair. The chilli eating "
        "contest was the main event.",
    ]
    headlines = [
        ("New bridge at the river mouth opens in January", "By Ana Lim · Tuesday"),
        ("Price of rice at the town market falls slightly", "By Rosa Tan · Monday"),
        ("Fishermen in the bay receive new boats", "By Ana Lim · Sunday"),
        ("Chilli festival draws crowds of visitors", "By Joy Reyes · Saturday"),
    ]
    lines = ["The Bay Courier", "News | Province | Business | Sport"]
    for (headline, byline), teaser in zip(headlines, teasers, strict=True):
        lines += [headline, byline, teaser]
    lines += ["Load more stories", "© 2026 The Bay Courier"]
    page = "\n".join(lines)
    assert join_hard_wraps(page) == page


def test_lines_never_wrapped_are_not_joined_though_some_end_near_the_width():
    # a section page printed one headline a line: a few headlines end where the next
    # one's first word would not have fitted, but most long ones do not
    subjects = ["Council", "Harbour", "Rail line", "School board", "Library", "Ferry"]
    verbs = ["approves", "delays", "rejects", "reviews", "funds", "questions"]
    objects = [
        "new quay",
        "budget for the coming year after a long debate",
        "plan for the old piers",
        "repairs to the seawall and the harbour road before winter",
        "tender",
        "request from residents for a delay until spring",
    ]
    headlines = [
        f"{subject} {verb} {thing}"
        for thing in objects
        for verb in verbs[:4]
        for subject in subjects[:3]
    ]
    listing = "\n".join(headlines)
    assert join_hard_wraps(listing) == listing
    # paragraphs one a line (no blank lines), a few as long as the longest
    packed = "\n".join([*PARAGRAPHS, PARAGRAPHS[0][:-1] + " again.", *PARAGRAPHS[1:]])
    assert join_hard_wraps(packed) == packed


def test_a_teaser_the_site_cut_short_is_not_joined_to_the_next_headline():
    article = "\n\n".join(textwrap.fill(paragraph, 72) for paragraph in PARAGRAPHS)
    width = max(len(line) for line in article.split("\n"))
    cards = []
    for number, paragraph in enumerate(PARAGRAPHS):
        cards += [f"Harbour story {number}", paragraph[: width - 4 - number].rstrip() + " ..."]
    page = article + "\n\nMore stories\n" + "\n".join(cards)
    assert join_hard_wraps(page).split("\n\n")[-1] == "More stories\n" + "\n".join(cards)


def test_a_script_without_spaces_is_joined_without_one_and_not_cut_where_it_fits():
    latin = "\n\n".join(textwrap.fill(paragraph, 40) for paragraph in PARAGRAPHS)
    japanese = "港の古い岸壁は来年の春に閉鎖されると港湾局が月曜日に発表した。" * 3
    width = max(len(line) for line in latin.split("\n"))
    cut = [japanese[start : start + width] for start in range(0, len(japanese), width)]
    page = latin + "\n\n" + "\n".join(cut)
    assert join_hard_wraps(page).split("\n\n")[-1] == japanese
    # Japanese paragraphs one a line, shorter than the longest: never cut
    sentences = "\n".join(japanese[: 12 + 7 * k] for k in range(8, 0, -1))
    assert join_hard_wraps(sentences) == sentences


HINDI = [
    "नगर परिषद ने मंगलवार को नई बस सेवा के लिए बजट पारित किया, जब छह घंटे से अधिक समय तक "
    "भरे हुए सभागार में बहस चली और निवासियों ने अपनी चिंताएं रखीं।",
    "विपक्ष ने पुस्तकालयों के बजट में प्रस्तावित कटौती की आलोचना की और कहा कि वह अगली "
    "बैठक से पहले निवासियों से परामर्श की मांग करेगा।",
    "बंदरगाह का काम अप्रैल में शुरू होने की उम्मीद है और इस पर लगभग चालीस करोड़ रुपये "
    "खर्च होंगे, जिनका कुछ हिस्सा राष्ट्रीय बैंक के ऋण से आएगा।",
]


def _columns(text: str) -> int:
    """Columns as a text browser counts them: a combining or format mark takes none."""
    return sum(unicodedata.category(c) not in ("Mn", "Me", "Cf") for c in text)


def _wrap(text: str, width: int, measure) -> str:
    lines = [""]
    for word in text.split():
        if lines[-1] and measure(lines[-1] + " " + word) > width:
            lines.append(word)
        else:
            lines[-1] = (lines[-1] + " " + word).strip()
    return "\n".join(lines)


@pytest.mark.parametrize("measure", [len, _columns], ids=["characters", "columns"])
def test_hindi_wrapped_by_characters_or_by_display_columns_is_joined(measure):
    # a text browser gives a vowel sign or a virama no column: its lines hold more
    # characters than the width, and read by characters most cuts looked like no cut
    printed = "\n\n".join(["Samachar", *HINDI, "Copyright 2024"])
    wrapped = "\n\n".join(_wrap(block, 50, measure) for block in printed.split("\n\n"))
    assert wrapped != printed
    assert join_hard_wraps(wrapped) == printed


def test_a_page_wrapped_at_a_width_only_its_unspaced_lines_reach_is_joined():
    # every spaced line (a Latin masthead and credit) is shorter than the width
    paragraphs = [
        "港の古い岸壁は来年の春に閉鎖されると港湾局が月曜日に発表した。" * 2,
        "住民は新しい桟橋が完成するまで延期を求めており、局長は五月に回答すると約束した。" * 2,
    ]
    for width in (24, 33):
        wrapped = [
            "\n".join(text[start : start + width] for start in range(0, len(text), width))
            for text in paragraphs
        ]
        page = "\n\n".join(["Harbour News - Home", *wrapped, "Copyright 2024"])
        assert join_hard_wraps(page).split("\n\n")[1:3] == paragraphs
    # full lines printed again, one after another: one line, not a ragged edge
    line = paragraphs[0][:24]
    repeated = "\n".join(["Harbour News - Home", *[line] * 6, "end"])
    assert join_hard_wraps(repeated) == repeated


def test_the_seed_article_reprinted_cleans_to_the_same_body():
    data = (RAW_DIR / SEED_ARTICLE).read_bytes()
    original = clean_page(page_from_bytes(data, "seed.txt", "seed.txt"))
    text = data.decode("utf-8")
    reprinted = "\r\n".join(
        textwrap.fill(line.replace("'", "&#39;"), 78) if line.strip() else "&nbsp;"
        for line in text.split("\n")
    )
    page = page_from_bytes(reprinted.encode("utf-8"), "seed.txt", "seed.txt")
    cleaned = clean_page(page)
    assert [row["body"] for row in cleaned.articles] == [row["body"] for row in original.articles]
    assert cleaned.articles[0]["title"] == original.articles[0]["title"]


def test_a_text_browsers_image_label_is_no_part_of_the_masthead_or_the_title():
    # w3m prints an image's alt text in brackets: "[logo] The ..." was the page's title
    title = "Fair Play in a Fact-Challenged Political Landscape"
    body = [
        "The city council approved the rail budget on Tuesday after a long debate about "
        "fares, stations and the new depot near the river.",
        "",
        "Council members said the rail line would open next spring if the depot is "
        "finished on time, and fares would stay at today's level.",
    ]
    lines = ["[logo] The Maple Ridge Sentinel", "   * News", "   * Sports", "", title, ""]
    lines += ["   * By Jane Dorsey", "   * Dec 3, 2026", "", *body, ""]
    lines += ["© Copyright 2026 The Maple Ridge Sentinel", ""]
    page = page_from_bytes("\n".join(lines).encode(), "made_up.txt", "made_up.txt")
    articles = extract_articles(page.text, name=page.name)
    assert articles["title"].tolist() == [title]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("[logo] The Maple Ridge Sentinel\n", "The Maple Ridge Sentinel\n"),
        ("   * [IMG] Rail budget passes\n", "   * Rail budget passes\n"),
        ("Table [1] and [Photo]\n", "Table [1] and \n"),
        ("a[logo]b [Update]\n", "a[logo]b [Update]\n"),
        ("Harbour news\n[photo] Rail budget\n", "Harbour news\nRail budget\n"),
        ("News\t[Icon]\tSports\n", "News\tSports\n"),
        ("news.[image] here\n", "news.[image] here\n"),
        # antiword's picture and a feed reader's numbered image (review h289)
        (
            "Rail budget passes.\n\n[pic]\nThe quay. Photo: Jo Roe\n",
            "Rail budget passes.\n\n\nThe quay. Photo: Jo Roe\n",
        ),
        ("[image 2]\nThe quay at dawn.\n", "\nThe quay at dawn.\n"),
        ("[Image 2 of 4]\n", "[Image 2 of 4]\n"),
    ],
)
def test_drop_image_labels(text, plain):
    assert drop_image_labels(text) == plain


def test_a_text_browsers_list_of_long_links_does_not_unwrap_the_page():
    # lynx -dump ends with a numbered list of the page's links; a share link is longer
    # than the wrap width, but a number before one word leaves nothing a printer could cut
    body = "\n\n".join(textwrap.fill(paragraph, 75) for paragraph in PARAGRAPHS)
    links = [f"  {n}. https://example.org/section/story-{n}" for n in range(1, 7)]
    links += [
        "   7. https://share.example.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2F"
        "section%2Fstory-about-the-old-quay-and-its-foundations",
        "   8. https://intent.example.net/tweet?text=The%20old%20quay%20will%20close&url="
        "https%3A%2F%2Fexample.org%2Fsection%2Fstory",
    ]
    page = "\n\n".join(["Harbour News", body, "References", "\n".join(links)])
    joined = join_hard_wraps(page).split("\n\n")
    assert joined[1:4] == PARAGRAPHS


def test_a_text_browsers_link_marks_go_when_the_page_lists_the_links():
    page = "\n".join(
        [
            "   [1]Harbour News",
            "",
            "   [2]News [3]Local [4]Sport",
            "",
            "   The council said [5]the harbour would close in [1999] for repairs.",
            "",
            "References",
            "",
            *[f"{n:4d}. https://example.org/{n}" for n in range(1, 6)],
        ]
    )
    plain = drop_link_marks(page).split("\n")
    assert plain[:5] == [
        "   Harbour News",
        "",
        "   News  Local  Sport",  # a row of links keeps a menu's gaps
        "",
        "   The council said the harbour would close in [1999] for repairs.",
    ]
    assert plain[-1] == "   5. https://example.org/5"  # the list stays
    # without the list, brackets are the text's own
    assert drop_link_marks("\n".join(page.split("\n")[:5])) == "\n".join(page.split("\n")[:5])


def _could_be_cut_as_defined(line: str) -> bool:
    # dump_text._could_be_cut's definition, without its shortcuts
    stripped = re.sub(r"^(?:\d{1,4}[.)]|[•*·-])\s+", "", line.strip())
    return " " in stripped or _UNSPACED_START.search(stripped[1:]) is not None


_LINE_PARTS = [*"ab 1.)\t•*·-\u00a0港口日報", "12. ", "- ", "3)\t"]


@given(st.lists(st.sampled_from(_LINE_PARTS), max_size=10).map("".join))
@settings(max_examples=400)
def test_a_line_could_be_cut_as_defined(line: str) -> None:
    # the shortcuts (a line with a space and no list mark; an ASCII line without a
    # space) decide as the definition does
    assert _could_be_cut(line) == _could_be_cut_as_defined(line)


_TICKER_HEADLINES = [
    "Council approves harbour budget after long debate",
    "Ferry service to resume on Monday after repairs",
    "New bridge opens to traffic ahead of schedule",
    "School board delays vote on bus routes",
    "Storm knocks out power to thousands in the valley",
    "Museum wins national award for its new wing",
]


@pytest.mark.parametrize("gap", ["  ", "\t", " ", " – "])
def test_a_tickers_rows_are_not_joined_into_one_article(gap):
    # review finding h86 L6: a ticker's "14:05  headline" rows, each a few characters
    # short of the longest, read as a wrapped paragraph; joined, they made one fake
    # article of 34 words. Each row opens with a clock time: no printer wraps before one.
    rows = [f"{14 - k}:{7 * k:02d}{gap}{title}" for k, title in enumerate(_TICKER_HEADLINES)]
    text = "\n".join(
        [
            *["The Harbour Examiner", "Home  News  Business  Sports", "", "Latest", ""],
            *[*rows, "", "Privacy Policy  Terms of Use", "© 2026 The Harbour Examiner", ""],
        ]
    )
    assert join_hard_wraps(text) == text
    cleaned = clean_page(page_from_bytes(text.encode(), "ticker.txt", "ticker.txt"))
    assert not cleaned.articles
    assert "headlines only" in cleaned.no_article


def test_a_wrapped_paragraph_going_on_with_a_clock_time_is_joined():
    # one line of a wrapped paragraph opens with a time ("... left at" / "14:05 and
    # ..."): a sentence goes on with a time now and then, a ticker on every row
    sentence = (
        "The last ferry of the season left the old quay at 14:05 and reached the island an "
        "hour later, with most of the town's children waving from the deck."
    )
    lines = textwrap.wrap(sentence, 53)
    assert any(line.startswith("14:05") for line in lines)
    wrapped = "\n\n".join([*(textwrap.fill(p, 53) for p in PARAGRAPHS), "\n".join(lines)])
    assert join_hard_wraps(wrapped) == "\n\n".join([*PARAGRAPHS, sentence])


def test_a_one_paragraph_brief_over_a_ticker_stays_an_article():
    brief = (
        "The ferry to the island will run again from Monday after three weeks of repairs "
        "to its engines, the harbour authority said, with the first crossing at 07:15."
    )
    rows = [f"{14 - k}:{7 * k:02d}  {title}" for k, title in enumerate(_TICKER_HEADLINES)]
    text = "\n".join(
        [
            *["The Harbour Examiner", "", "Ferry service to resume on Monday", "", brief, ""],
            *["Latest", "", *rows, "", "© 2026 The Harbour Examiner", ""],
        ]
    )
    articles = extract_articles(text, name="brief.txt")
    assert list(articles["body"]) == [brief]
    assert not articles["is_teaser"].iloc[0]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "The Quarry Bell <https://quarrybell.test/>\n",
            "The Quarry Bell\n",
        ),
        (
            "News <https://quarrybell.test/news> Sport <https://quarrybell.test/sport> Arts "
            "<https://quarrybell.test/arts>\n",
            "News  Sport  Arts\n",
        ),
        ("<https://quarrybell.test/a>\n", "<https://quarrybell.test/a>\n"),  # an address alone
        ("a <b> c and x<https://q.test/> stay\n", "a <b> c and x<https://q.test/> stay\n"),
        # a field's value after its label's colon (a WARC record's header, review h188)
        ("WARC-Target-URI: <https://q.test/a>\n", "WARC-Target-URI: <https://q.test/a>\n"),
    ],
)
def test_drop_link_addresses(text, plain):
    assert drop_link_addresses(text) == plain


def test_a_browsers_text_view_of_links_gives_the_masthead_menu_and_headlines():
    # Firefox's "save as text" prints each link's address after its text: the masthead,
    # the menu and every headline carried it
    lines = ["The Quarry Bell <https://quarrybell.test/>"]
    lines += ["News <https://quarrybell.test/news> Sport <https://quarrybell.test/sport> "]
    lines[-1] += "Arts <https://quarrybell.test/arts>"
    lines += [""]
    headlines = ["Quarry road reopens after the rockfall", "Choir wins the county cup"]
    for k, headline in enumerate(headlines):
        lines += [f"{headline} <https://quarrybell.test/story/{k}>", "May 4, 2026"]
        lines += ["Crews cleared the last of the stones on Monday and the road is open again.", ""]
    page = page_from_bytes("\n".join(lines).encode(), "bell.txt", "bell.txt")
    articles = extract_articles(page.text, name=page.name)
    assert articles["title"].tolist() == headlines
    assert set(articles["outlet"]) == {"The Quarry Bell"}


def test_a_quoted_run_of_lines_loses_its_quote_marks():
    # review h142 (tenth round): a newsletter quoting a story whole ("> " on each line, as
    # e-mail and Markdown print a quote) was read with the marks in every paragraph
    quoted = "Intro.\n> FERRY TO DOCK ALL JANUARY\n> Jane Roe | 3.12.2026\n>\n> The ferry docks.\n"
    assert plain_markdown(quoted) == (
        "Intro.\nFERRY TO DOCK ALL JANUARY\nJane Roe | 3.12.2026\n\nThe ferry docks.\n"
    )
    assert plain_markdown(">> nested\n> > also\n") == "nested\nalso\n"
    # one line opening with '>' is no quoted run; a '>' inside a line is text
    assert plain_markdown("> 5 km\nHome > News\n") == "> 5 km\nHome > News\n"


def test_an_armenian_article_ending_its_sentences_in_the_armenian_full_stop_is_read():
    # h162: every sentence ends in "։" (U+0589), no "."; no line read as prose and the
    # page was skipped as "headlines only"
    text = "\n\n".join(
        [
            "Շիրակի լուրեր",
            "Գյումրիում նոր դպրոց է բացվել",
            "Հեղինակ՝ Անի Պետրոսյան",
            "Գյումրիում չորեքշաբթի օրը բացվել է նոր դպրոց, որտեղ կսովորի մոտ վեց հարյուր աշակերտ։",
            "Դպրոցի շինարարությունը տևել է երկու տարի, և այն արժեցել է մոտ երեք միլիարդ դրամ։",
            "Ծնողները գոհ են, որ երեխաներն այլևս ստիպված չեն լինի ամեն առավոտ հեռու գնալ։",
        ]
    )
    cleaned = clean_page(page_from_bytes(text.encode(), "hy.txt", "hy.txt"))
    assert [a["title"] for a in cleaned.articles] == ["Գյումրիում նոր դպրոց է բացվել"]


@pytest.mark.parametrize("stop", ["।", "۔", "။"])
def test_teasers_ending_with_a_danda_keep_a_short_listing_unjoined(stop):
    # a short listing in a script whose sentences end with a danda (Hindi, Nepali), the
    # Urdu or the Myanmar full stop: its teasers, longer than every title and meta line,
    # are prose printed whole, so the titles are not joined to the meta lines under them
    cards = [
        (
            "नगरपालिका ने नया पुल खोला",
            "अजय शर्मा | 3 दिसंबर 2026",
            f"नया पुल नदी के दोनों किनारों को जोड़ता है और इससे रोज हजारों लोगों का समय बचेगा{stop}",
        ),
        (
            "जिले में नई बस सेवा शुरू",
            "2 दिसंबर 2026",
            f"परिवहन विभाग ने बताया कि बसें हर बीस मिनट पर चलेंगी और किराया पहले जैसा रहेगा{stop}",
        ),
        (
            "किसानों को बीज मुफ्त मिलेंगे",
            "रीना वर्मा | 1 दिसंबर 2026",
            f"कृषि विभाग अगले सप्ताह से गांवों में शिविर लगाकर बीज बांटेगा और सलाह भी देगा{stop}",
        ),
    ]
    page = "\n\n".join("\n".join(card) for card in cards) + "\n"
    assert join_hard_wraps(page) == page


def test_an_address_a_mail_client_glues_to_its_link_text_is_taken_off():
    # Outlook's plain-text view prints "Headline<https://...>" with no space
    text = "Council approves ferry budget<https://news.example/a/1>\nRead more<https://news.example/a/1>\n"
    assert drop_link_addresses(text) == "Council approves ferry budget\nRead more\n"
    # an address alone on its line stays
    assert drop_link_addresses("<https://news.example/a/1>\n") == "<https://news.example/a/1>\n"


def test_a_mail_clients_image_placeholder_with_the_images_text_is_taken_off():
    assert drop_image_labels("[image: Harbour at dawn]\nFerry timetable changes\n") == (
        "\nFerry timetable changes\n"
    )
    # a bracket that is no image placeholder stays
    assert drop_image_labels("[Update: 14:05] Council vote\n") == "[Update: 14:05] Council vote\n"


def test_an_image_labels_writers_credit_stays_on_its_line():
    # h287: "Story and photos by NAME" closing a photo's caption was a page's only author
    # cue; the label went with it
    text = "Lanterns lit\n\n[Image: Children carry lanterns. Story and photos by Tomas Reyna]\n"
    assert drop_image_labels(text) == "Lanterns lit\n\nStory and photos by Tomas Reyna\n"
    inline = "[image: Words and pictures by Ada Voss] The pier reopened.\n"
    assert drop_image_labels(inline) == "Words and pictures by Ada Voss The pier reopened.\n"
    # a photographer's credit, or a credit inside a sentence, is no writer's
    assert drop_image_labels("[Image: A fox. Photos and illustrations by Ada Voss]\n") == "\n"
    assert drop_image_labels("[Image: the story and photos by Ada Voss]\n") == "\n"


def test_a_markdown_link_by_reference_reads_as_its_text_when_the_page_defines_it():
    page = (
        "[Council approves ferry budget][1]\n\nThe vote was close.\n\n"
        "[Harbour reopens][harbour]\n\n[not a link][9]\n\n"
        "  [1]: https://news.example/a/1\n[harbour]: https://news.example/a/2\n"
    )
    plain = plain_markdown(page)
    assert plain.startswith("Council approves ferry budget\n")
    assert "\nHarbour reopens\n" in plain
    assert "[not a link][9]" in plain  # label 9 is defined nowhere


def test_an_image_label_naming_a_logo_alone_on_its_line_is_the_logos_name():
    # review h176 item 4: an aggregator shows each card's publisher as its logo; the
    # text view prints "[Image: X logo]" over the headline, the name the picture shows
    assert drop_image_labels("[Image: Kaveri Post logo]\nBus stand opens\n") == (
        "Kaveri Post\nBus stand opens\n"
    )
    assert drop_image_labels("[image: Harbour at dawn]\n") == "\n"  # no logo's: taken off
    assert drop_image_labels("See [image: Kaveri Post logo] here\n") == "See here\n"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("[Brackley Wharf Times]\n\nHome  News\n", "Brackley Wharf Times\n\nHome  News\n"),
        ("\n[Brackley Wharf Times logo]\nHome\n", "\nBrackley Wharf Times\nHome\n"),
        # not the first line, no name, too many words: as printed
        ("Home\n[Brackley Wharf Times]\n", "Home\n[Brackley Wharf Times]\n"),
        ("[the wharf at dusk]\nHome\n", "[the wharf at dusk]\nHome\n"),
        ("[Update: 14:05]\nHome\n", "[Update: 14:05]\nHome\n"),
        ("[One Two Three Four Five Six]\n", "[One Two Three Four Five Six]\n"),
    ],
)
def test_an_image_label_alone_atop_the_text_naming_a_name_is_that_name(text, plain):
    assert drop_image_labels(text) == plain


def test_a_lynx_dumps_masthead_drawn_as_a_picture_names_the_site():
    # review h188 item 1: lynx prints a masthead's image by its text in brackets over the
    # menu; the page was "unknown site (PAGE)"
    lines = ["[Brackley Wharf Times]", "", "Home  News  Sport  Opinion  Contact", ""]
    lines += ["Canal towpath to reopen in March", "", "By Orla Penhallow", "", "May 4, 2026", ""]
    lines += [
        "The towpath has been closed since a section of bank slipped into the canal.",
        "",
        "Repairs to the bank will cost the trust more than it spends in a year, a "
        "spokesman for the canal trust said.",
        "",
        "All rights reserved.",
        "",
    ]
    page = page_from_bytes("\n".join(lines).encode(), "lynx.txt", "lynx.txt")
    (article,) = extract_articles(page.text, name=page.name).itertuples()
    assert (article.outlet, article.outlet_key) == (
        "Brackley Wharf Times",
        "name:brackleywharftimes",
    )


def test_each_cards_logo_label_names_its_outlet():
    # made-up Kannada cards: publisher, headline, teaser
    cards = [
        ("ಕಾವೇರಿ ಪತ್ರ", "ಮೈಸೂರಿನಲ್ಲಿ ಹೊಸ ಗ್ರಂಥಾಲಯ ಸೋಮವಾರ ಉದ್ಘಾಟನೆ", "ನಗರದ ಹೊಸ ಗ್ರಂಥಾಲಯ ಸೋಮವಾರ ತೆರೆಯಲಿದೆ. ಪ್ರವೇಶ ಉಚಿತ."),
        ("ಮಲೆನಾಡು ವಾಣಿ", "ಕೊಡಗಿನಲ್ಲಿ ಭಾರಿ ಮಳೆ ಶಾಲೆಗಳಿಗೆ ರಜೆ", "ಜಿಲ್ಲೆಯಲ್ಲಿ ಎರಡು ದಿನ ಭಾರಿ ಮಳೆ ಸುರಿದಿದೆ. ಶಾಲೆಗಳಿಗೆ ರಜೆ."),
        ("ಉತ್ತರ ಧ್ವನಿ", "ಹುಬ್ಬಳ್ಳಿಯಲ್ಲಿ ಪುಸ್ತಕ ಮೇಳಕ್ಕೆ ಜನಸಂದಣಿ", "ಮೇಳಕ್ಕೆ ಮೊದಲ ದಿನ ಹತ್ತು ಸಾವಿರ ಜನರು ಬಂದಿದ್ದಾರೆ."),
    ]
    lines = ["ದಿನದ ಸಂಗ್ರಹ", "ಮುಖಪುಟ  ರಾಜ್ಯ  ದೇಶ", "", "ಇಂದಿನ ಪ್ರಮುಖ", ""]
    for outlet, title, teaser in cards:
        more = " ಜಿಲ್ಲಾಧಿಕಾರಿಗಳು ಬುಧವಾರ ಈ ವಿಷಯವನ್ನು ತಿಳಿಸಿದರು. ಕೆಲಸ ಸಮಯಕ್ಕೆ ಸರಿಯಾಗಿ ಮುಗಿದಿದೆ."
        lines += [f"[Image: {outlet} logo]", title, teaser + more, "3 ಡಿಸೆಂಬರ್ 2026", ""]
    page = page_from_bytes("\n".join(lines).encode(), "digest.txt", "digest.txt")
    articles = extract_articles(page.text, name=page.name)
    assert list(articles["title"]) == [title for _, title, _ in cards]
    assert list(articles["outlet"]) == [outlet for outlet, _, _ in cards]


def test_markdown_comment_lines_print_nothing_and_a_pipe_table_prints_its_rows():
    # review h201: a Markdown export with "<!-- wp:paragraph -->" lines between its
    # paragraphs kept one paragraph of five; a pipe table's rows were read as menus
    text = (
        "<!-- wp:paragraph -->\nFirst paragraph.\n<!-- /wp:paragraph -->\n\n"
        "<!-- more --> <!-- ad-slot -->\n<!--\nmulti-line\n-->\nSecond <!-- kept --> here.\n"
    )
    assert plain_markdown(text) == "First paragraph.\n\nSecond <!-- kept --> here.\n"
    table = (
        "Figures below:\n| District | Actual |\n|---|:---:|\n"
        "| North | 38 |\n| Vale | 24 |\n\nAfter."
    )
    assert plain_markdown(table) == (
        "Figures below:\nDistrict\tActual\nNorth\t38\nVale\t24\n\nAfter."
    )
    # no delimiter row, or a row of another width: no table
    kept = "Home | News | Sport\n---|---\nA | B\n"
    assert plain_markdown(kept) == kept


def test_piped_rows_with_no_delimiter_row_print_as_a_table():
    # review h390 (body_h390's da_trafjson_table): trafilatura's text output prints a
    # table as '| a | b |' rows with no delimiter row; read as menus, the table and the
    # short paragraph under it were dropped after the story
    rows = "Fares:\n| Route | Today | January |\n| Quay–North | 96 | 102 |\n| Quay–Isle | 78 | 84 |"
    assert plain_markdown(rows + "\nChildren travel free.") == (
        "Fares:\nRoute\tToday\tJanuary\nQuay–North\t96\t102\nQuay–Isle\t78\t84\n"
        "Children travel free."
    )
    # one piped line alone (a menu), or rows of other widths, stay as they are
    for kept in ("| Home | News | Sport |\nAfter.", "| a | b |\n| a | b | c |\nAfter."):
        assert plain_markdown(kept) == kept
    story = [
        "Ferry fares to the three islands will rise in January, the operator said on Monday.",
        "Islanders already get a discount, but the residents' group says commuters will pay "
        "the most.",
        "Here are the new return fares for an adult:",
        "| Route | Today | January |",
        "| Quay–North | 96 | 102 |",
        "| Quay–Isle | 78 | 84 |",
        "Children under twelve still travel free.",
    ]
    page = page_from_bytes("\n".join(story).encode(), "fares.txt", "fares.txt")
    body = extract_articles(page.text, name=page.name)["body"][0]
    assert "Quay–Isle" in body and story[-1] in body


def test_a_grid_table_prints_its_rows_and_no_rules():
    # review h339 (bo_ffsave_grid; body_h331's pa_goh2t_table): a story's table printed
    # as an ASCII grid (a site's <pre>, Go html2text's PrettyTables, pandoc's grid
    # tables): its rules and piped rows were chrome, a gap that ended the article
    grid = (
        "Results by school:\n+--------+------+\n| School | Pass |\n+========+======+\n"
        "| Hill   | 91%  |\n| Vale   | 84%  |\n+--------+------+\n\nAfter."
    )
    assert (
        plain_markdown(grid) == "Results by school:\nSchool\tPass\nHill\t91%\nVale\t84%\n\nAfter."
    )
    # a grid a converter fenced as code (MarkItDown's ``` around a <pre>, review h339's
    # held-out ti_markitdown_grid): the fences go with the rules
    fenced = "Harvest:\n```\n+------+-----+\n| Crop | Ton |\n+------+-----+\n| Teff | 52  |\n"
    fenced += "+------+-----+\n```\nAfter."
    assert plain_markdown(fenced) == "Harvest:\nCrop\tTon\nTeff\t52\nAfter."
    # a rule over rows of another width, or rows with no closing rule: no table
    for kept in (
        "+---+---+\n| a | b | c |\n+---+---+\n",
        "+---+---+\n| a | b |\nAfter.\n",
    ):
        assert plain_markdown(kept) == kept


def test_a_short_page_with_two_wrapped_paragraphs_going_on_in_lower_case_is_joined():
    # two paragraphs wrapped at 60 columns, each cut once inside a sentence: one cut
    # line less than MIN_WRAPS, but each goes on in lower case, as only a wrap does
    first = "The ferry to the island will run twice a day from March, the harbour said."
    second = "A new pier for the smaller boats is being built next to the old fish market."
    wrapped = [textwrap.fill(paragraph, 60) for paragraph in (first, second)]
    assert all(part.count("\n") == 1 for part in wrapped)
    page = "\n".join(["Harbour News", "", "Ferry times", "", wrapped[0], "", wrapped[1]])
    assert join_hard_wraps(page).split("\n\n")[2:4] == [first, second]
    # the same two cuts going on in capitals (a name, a new line of verse): left alone
    capitals = page.replace("\nharbour", "\nHarbour").replace("\nold", "\nOld")
    assert join_hard_wraps(capitals) == capitals


def test_two_fields_closing_a_bracket_over_a_lower_case_key_are_no_wrap():
    # a reference manager's records: each abstract's line ends "}," over the next field
    # ("urldate = ..."): two long cuts going on in lower case, but no sentence's words
    # (listings_h176 held out: ", urldate = 2026-12-01" was read into each teaser)
    record = (
        "@online{{k{n},\n"
        '  author = "Doe, Jane",\n'
        "  title = {{A new bus line for the harbour district}},\n"
        "  abstract = {{The council opened a new line of electric buses for the pupils of "
        "the harbour district schools at no cost.}},\n"
        "  urldate = {{2026-12-01}}\n"
        "}}"
    )
    page = "\n\n".join(record.format(n=n) for n in range(2))
    assert join_hard_wraps(page) == page


def test_a_print_style_sheets_addresses_in_parentheses_are_taken_off():
    # a browser's print of a section page whose style sheet writes every link's address
    # after it in parentheses: masthead, menu and headlines lose them (review h254)
    text = (
        "The Fernbrook Ledger (https://fernbrook.test/)\n"
        "Town (https://fernbrook.test/town) Sport (https://fernbrook.test/sport)\n\n"
        "Mill pond reopens to skaters (https://fernbrook.test/town/mill-pond)\n"
        "Volunteers cleared the ice on Sunday and the pond opened to families.\n"
        "Read on (https://fernbrook.test/town/mill-pond)\n"
    )
    assert drop_link_addresses(text) == (
        "The Fernbrook Ledger\nTown  Sport\n\nMill pond reopens to skaters\n"
        "Volunteers cleared the ice on Sunday and the pond opened to families.\nRead on\n"
    )
    # an article citing one or two addresses in parentheses keeps them
    cited = "The audit (https://fernbrook.test/audit.pdf) found two errors (https://x.test/e).\n"
    assert drop_link_addresses(cited) == cited


def test_go_html2texts_addresses_in_spaced_parentheses_are_taken_off():
    # jaytaylor/html2text (Go) prints every link "text ( URL )": the menu, the byline,
    # the share bar and the related list kept their addresses, and a related headline's
    # digits in its address read as a data line continuing the body (review h331)
    text = (
        "Town ( https://fernbrook.test/town ) Sport ( https://fernbrook.test/sport )\n\n"
        "Jane Roe ( https://fernbrook.test/author/12 )\n\n"
        "Volunteers cleared the ice on Sunday and the pond opened to families.\n\n"
        "* Mill pond reopens ( https://fernbrook.test/news/5501 )\n"
    )
    assert drop_link_addresses(text) == (
        "Town  Sport\n\nJane Roe\n\n"
        "Volunteers cleared the ice on Sunday and the pond opened to families.\n\n"
        "* Mill pond reopens\n"
    )


def test_a_setext_headings_underline_is_removed_so_its_short_section_stays_body():
    # review h265: markdownify's Markdown underlines every heading ('Origins' over
    # '-------'); read as text each underline was chrome, so the explainer's short first
    # section, between its contents list and the next heading, was cut off
    text = "Intro\n=====\n\nText.\n\nOrigins\n-------\n\nMore text.\n"
    assert plain_markdown(text) == "Intro\n\nText.\n\nOrigins\n\nMore text.\n"
    # a rule of another length, one with text right under it, or an indented line's:
    # kept
    for kept in (
        "Title\n--------\n\nText.",
        "Name  Votes\n-----------\nAda   12",
        "  Menu\n  ----\n",
    ):
        assert plain_markdown(kept) == kept
    sections = [
        ("Where it began", PARAGRAPHS[0]),
        ("What happens now", PARAGRAPHS[1]),
        ("How to take part", PARAGRAPHS[2]),
    ]
    lines = ["Harbour News", "", "Contents", ""]
    lines += [f"* {heading}" for heading, _ in sections] + [""]
    for heading, paragraph in sections:
        lines += [heading, "-" * len(heading), "", paragraph, "", "Back to top", ""]
    page = page_from_bytes("\n".join(lines).encode(), "explainer.md", "explainer.md")
    body = extract_articles(page.text, name=page.name)["body"].iloc[0]
    assert all(paragraph in body for _, paragraph in sections)


def test_pandoc_markdowns_fences_and_attributes_print_nothing_so_an_accordion_stays_body():
    # review h307: pandoc -t markdown wraps every div in ':::' fences and prints
    # attributes in braces; read as text, the fences between an FAQ's questions were
    # chrome lines inside the article, which cut it
    text = '::: menu\n-   [Home](/)\n:::\n\n# Title {.headline}\n\n[3 May]{datetime="2031-05-03"}\n'
    assert plain_markdown(text) == "\n-   Home\n\n\nTitle\n\n3 May\n"
    for kept in ("a ratio {x} of {y}", "Time: 10:30:00", "::::: not a fence"):
        assert plain_markdown(kept) == kept
    faq = [
        ("Is the ferry running on Sunday?", PARAGRAPHS[0]),
        ("Can I get a refund for my ticket?", PARAGRAPHS[1]),
        ("Where do the buses leave from?", PARAGRAPHS[2]),
    ]
    lines = ["::: header", "[Harbour News](/){.logo}", ":::", "", "::: article", ""]
    lines += ["# Ferry strike: your questions answered {.headline}", ""]
    for question, answer in faq:
        lines += ["::: faq-item", question, "", answer, ":::", ""]
    lines += [":::", "", "::: footer", "© 2031 Harbour News", ":::", ""]
    page = page_from_bytes("\n".join(lines).encode(), "faq.md", "faq.md")
    body = extract_articles(page.text, name=page.name)["body"].iloc[0]
    assert all(answer in body for _, answer in faq)
    assert ":::" not in body


def test_a_menus_titles_over_their_indented_wrapped_teasers_do_not_outvote_the_wrap():
    # a text client's menu: each item's title flush left over its teaser, indented and
    # wrapped at 66 columns; a title is no cut line, but the teaser indented under it
    # tells why the line ends: it has no say in whether the page was wrapped
    items = [
        (
            "(TXT) Ferry timetable changes for the winter months",
            "The island ferry will sail four times a day from the first of January until"
            " the spring. -- Anna Berg",
        ),
        (
            "(TXT) Library opens a reading room in the old station",
            "Readers can borrow books and newspapers every weekday afternoon in the"
            " restored waiting room. -- Tom Ek",
        ),
        (
            "(TXT) Harbour choir looks for new voices before Christmas",
            "The choir rehearses on Tuesday evenings and asks for tenors and basses who"
            " can read music. -- Anna Berg",
        ),
    ]

    def menu(teaser: object) -> str:
        return "\n\n".join(f"{title}\n{teaser(text)}" for title, text in items)

    wrapped = menu(
        lambda text: textwrap.fill(text, 66, initial_indent="      ", subsequent_indent="      ")
    )
    assert all(len(textwrap.wrap(text, 60)) == 2 for _, text in items)
    assert join_hard_wraps(wrapped) == menu(lambda text: "      " + text)


@pytest.mark.parametrize(
    "image",
    [
        "![Boats moored at the quay](https://example.org/img/quay.jpg)",
        '  ![Boats moored at the quay](/img/quay.jpg "The quay")',
    ],
)
def test_a_markdown_image_alone_on_its_line_prints_no_text(image):
    text = f"# Ferry service returns\n\n{image}\n\nThe ferry runs again from Monday."
    assert plain_markdown(text) == "Ferry service returns\n\n\n\nThe ferry runs again from Monday."
    # an image inside a line of text is its description, printed where it stands
    assert plain_markdown("See ![the quay](/q.jpg) at dawn.") == "See the quay at dawn."


def test_a_headshots_image_alone_on_its_line_prints_its_alt_text():
    # h271: an author box's headshot names the author ("Photo of NAME" over the role):
    # its alt text stays the line's text (analysis.clean.portrait_alt); made-up name
    text = (
        "# Ferry service returns\n\n![Photo of Tobias Wrenfield](/a/tw.jpg)\n\nTransport reporter"
    )
    assert (
        plain_markdown(text)
        == "Ferry service returns\n\nPhoto of Tobias Wrenfield\n\nTransport reporter"
    )


def test_a_markdown_clips_heading_not_its_pictures_description_is_the_title():
    text = (
        "---\nsource: https://tollmere.example/news/88\n---\n\n"
        "# Quarry road reopens after the winter repairs\n\n---\n\n"
        "![Workers laying asphalt on the quarry road](https://tollmere.example/88.jpg)\n\n"
        "*Rina Oduya* · 14 March 2025\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    )
    page = page_from_bytes(text.encode(), "quarry-road.md", "quarry-road.md")
    rows = extract_articles(page.text, page.name)
    assert rows["title"].tolist() == ["Quarry road reopens after the winter repairs"]


def test_a_cards_date_line_under_a_wrapped_headline_is_no_part_of_it():
    # made-up phone copy of a list, wrapped at 37 columns: a headline's last line is
    # nearly full, so its card's "NAME · date" line would not have fitted after it; the
    # page's three date-closed lines are its cards' meta lines, each printed whole
    cards = [
        ("Harbour ferry gets a second deck for", "the busy winter timetable of islands"),
        ("The library on Mill Street opens on", "Sundays from the new year after votes"),
        ("Ten new bus shelters for the old town", "are built by the council of a region"),
    ]
    metas = ["Ann Lee · 4 December 2026", "Bo Kim · 2 December 2026", "Ann Lee · 3 May 2026"]
    teaser = "The council voted on Tuesday to spend\nmore on the service after a long\ndebate."
    text = "\n\n".join(
        f"{first}\n{second}\n{meta}\n{teaser}"
        for (first, second), meta in zip(cards, metas, strict=True)
    )
    lines = join_hard_wraps(text).split("\n")
    for (first, second), meta in zip(cards, metas, strict=True):
        assert f"{first} {second}" in lines
        assert meta in lines


# A made-up Santali list in Ol Chiki: headline, a date and name line, a teaser whose
# sentences end with the mucaad "᱾" (the script's full stop), each printed whole.
_OL_CHIKI_LIST = """ᱥᱟᱱᱛᱟᱲ ᱠᱷᱚᱵᱚᱨ

ᱡᱟᱢᱥᱮᱫᱯᱩᱨ ᱨᱮ ᱱᱟᱶᱟ ᱤᱥᱠᱩᱞ ᱠᱷᱩᱞᱟᱹ ᱮᱱᱟ
᱔ ᱢᱟᱨᱟᱝ ᱒᱐᱒᱖ · ᱢᱟᱨᱟᱝ ᱵᱟᱜᱟᱱ ᱢᱩᱨᱢᱩ
ᱡᱟᱢᱥᱮᱫᱯᱩᱨᱨᱮᱱᱟᱜ ᱤᱥᱠᱩᱞ ᱨᱮ ᱚᱞ ᱪᱤᱠᱤ ᱟᱠᱷᱚᱨ ᱛᱮ ᱯᱟᱲᱦᱟᱣ ᱦᱩᱭᱩᱜ-ᱟ᱾ ᱜᱟᱹᱛᱮ ᱠᱚ ᱨᱟᱹᱥᱠᱟᱹ ᱠᱟᱱᱟ᱾

ᱫᱩᱢᱠᱟ ᱨᱮ ᱯᱟᱨᱟᱹᱵ ᱯᱮᱨᱮᱡ ᱮᱱᱟ ᱦᱟᱴ ᱨᱮ
᱒ ᱢᱟᱨᱟᱝ ᱒᱐᱒᱖ · ᱥᱤᱧ ᱪᱟᱸᱫᱚ ᱦᱟᱸᱥᱫᱟ
ᱫᱩᱢᱠᱟᱦᱟᱴᱨᱮᱱᱟᱜ ᱦᱟᱡᱟᱨ ᱦᱚᱲ ᱦᱟᱡᱩᱨ ᱞᱮᱱᱟ᱾ ᱥᱮᱨᱮᱧ ᱫᱚ ᱥᱟᱨᱟ ᱧᱤᱫᱟᱹ ᱦᱟᱵᱤᱡ ᱞᱟᱹᱜᱤᱫ ᱞᱮᱱᱟ᱾

ᱢᱚᱭᱩᱨᱵᱷᱚᱧᱡ ᱨᱮ ᱦᱟᱹᱴᱤᱧ ᱮᱱᱟ ᱥᱟᱹᱜᱟᱹᱭ
᱒᱙ ᱢᱟᱨᱟᱝ ᱒᱐᱒᱖ · ᱢᱟᱨᱟᱝ ᱵᱟᱜᱟᱱ ᱢᱩᱨᱢᱩ
ᱢᱚᱭᱩᱨᱵᱷᱚᱧᱡᱨᱮᱱᱟᱜ ᱠᱚᱥᱟᱱ ᱠᱚ ᱴᱷᱮᱱ ᱱᱟᱶᱟ ᱦᱟᱹᱴᱤᱧ ᱮᱫᱟᱭ᱾ ᱥᱟᱭ ᱜᱟᱱ ᱠᱚ ᱧᱟᱢ ᱞᱮᱱᱟ᱾

ᱟᱨᱦᱚᱸ ᱧᱮᱞ ᱢᱮ
"""


def test_teasers_ending_with_ol_chikis_full_stop_are_prose_printed_whole():
    # each teaser, longer than every headline, ends with "᱾": the page is not hard-wrapped
    # at its headlines' width (its headline, date line and teaser stay three lines)
    assert join_hard_wraps(_OL_CHIKI_LIST) == _OL_CHIKI_LIST


def test_a_digests_dated_source_lines_in_brackets_continue_no_wrapped_line():
    # review h262 (emoji_digest_sources_tw): a mail client's wrapped digest printed
    # "(Outlet, date)" under each item; the first was joined onto its teaser
    teasers = [
        "The harbour board met on Thursday to settle the winter timetable for the ferries,"
        " and the members agreed to keep the early crossing running until the end of"
        " February.",
        "Traders at the new market hall said the stalls were ready, though the water supply"
        " would not be connected until the week after the opening ceremony.",
        "The coach named three players from the northern clubs for the cup squad and said the"
        " team would train at the coast before the first match of the season.",
    ]
    sources = [f"(Osei Nyansa, {day} December 2026)" for day in (4, 3, 3)]
    lines = []
    for teaser, source in zip(teasers, sources, strict=True):
        lines += [*textwrap.wrap(teaser, 60), source, ""]
    joined = join_hard_wraps("\n".join(lines)).split("\n")
    assert [line for line in joined if line] == [
        line for pair in zip(teasers, sources, strict=True) for line in pair
    ]


def test_a_feed_readers_head_of_fields_is_no_wrap():
    # a feed reader's saved article: "Title:" over "Author:", each field its own line,
    # the long title no wrapped line of a page wrapped at 80 (review h289: newsboat, the
    # title read as "... Author: Name" and the byline lost)
    story = textwrap.fill(
        "The harbour board voted on Monday to keep the night ferry running through the "
        "winter, after a petition signed by more than two thousand islanders who work on "
        "the mainland and said the late crossing was their only way home.",
        80,
    )
    head = [
        "Feed: The Quay Weekly",
        "Title: Night ferry saved for the winter after islanders sign a long petition",
        "Author: Ann Tolley",
        "Date: Mon, 01 Dec 2031 09:00:00 +0000",
        "",
    ]
    page = "\n".join([*head, story, "", story])
    assert join_hard_wraps(page).split("\n")[:4] == head[:4]


def test_a_notion_callouts_tag_lines_are_its_edges_so_the_story_goes_on_under_it():
    # Notion's Markdown export prints a callout between two paragraphs as "<aside>", its
    # emoji and text, "</aside>": read as text, the two tag lines made the box chrome
    # enough to end the article there, and the paragraphs under it were lost
    paragraphs = [
        "The village school reopened on Monday in a new building, two years after a storm "
        "tore the roof off the old one and the children were taught in tents.",
        "More than four hundred pupils are enrolled, and the district says that the new "
        "laboratory will be shared with two schools nearby from the next term.",
        "The head teacher said the children would now learn under a proper roof, and that "
        "the parents had raised the money for the library themselves.",
        "The school has ten classrooms, a hall and a kitchen that serves a hot meal every "
        "day to the pupils who walk more than an hour to reach it.",
    ]
    text = "\n\n".join(
        [
            "# Pupils return to a new school",
            "Created: December 3, 2026 6:02 PM\nURL: https://valleynews.example/school",
            *paragraphs[:2],
            "<aside>\n📬 Sign up to our newsletter\n\nNews every Friday in your inbox.\n\n"
            "Sign up\n\n</aside>",
            *paragraphs[2:],
        ]
    )
    page = page_from_bytes(text.encode(), "school.md", "school.md")
    assert "<aside>" not in page.text
    body = extract_articles(page.text, name="school.md").iloc[0]["body"]
    assert all(paragraph in body for paragraph in paragraphs)


def test_markdown_wrapped_with_its_marks_is_joined_before_they_go():
    # html2text --body-width=50 counts '**Name:**' and '[text](address)' in its width:
    # with the marks off first, a cut line looked short enough for the next word and
    # stayed cut, a speaker's label split from its turn (review h331)
    import textwrap

    from analysis.clean.read import plain_dump_text

    turns = [
        "**MARA OLSEN:** When did the ferry first stop running to the island each winter?",
        "**TOM REED:** In the nineties, when the old pier was closed after a storm and "
        "nobody paid to mend it for years.",
        "**MARA OLSEN:** And what did people do then, without the boat to the mainland?",
        "**TOM REED:** They waited for the ice, or they paid the fishermen, who charged "
        "whatever they liked for the crossing.",
    ]
    page = "\n\n".join(textwrap.fill(turn, 50) for turn in turns) + "\n"
    plain = plain_dump_text(page)
    assert "MARA OLSEN: When did the ferry first stop running to the island each winter?" in plain
    assert "TOM REED: In the nineties, when the old pier was closed after a storm" in plain


def test_a_paragraph_a_printed_column_cut_is_joined_across_the_column_break():
    """Review h349 (zu_pdfraw_correction, mn / qu_ocr_clipping): pdftotext of a page set
    in columns, or an OCR'd clipping, prints the next column after a blank line (and a
    margin speck's '.'), mid-paragraph; the paragraph's two halves were read apart and
    the first, unended, lost. A full line ending inside a sentence goes on with the next
    column's line in lower case; a short line does not, nor a line before a capital."""
    first = (
        "Abahlali base-Mlazi bazothola usizo lwezempilo eduze kwamakhaya abo ngemuva "
        "kokuvulwa komtholampilo omusha esigcawini. Umtholampilo uzovulwa nsuku zonke "
        "kusukela ngehora lesikhombisa ekuseni, kusho umnyango wezempilo wesifundazwe "
        "ozosiza iziguli ezingaphezu kwezinkulungwane ezintathu ngenyanga."
    )
    lines = textwrap.wrap(first, 34)
    second = textwrap.fill(
        "Umhlali uGogo Thandiwe Ngcobo uthe ngaphambilini bekufanele ahambe amakhilomitha "
        "ayisishiyagalombili ukuze athole imithi yakhe.",
        34,
    )
    cut = 5
    assert lines[cut][:1].islower() and 2 * len(lines[cut - 1]) > 34
    printed = "\n".join(lines[:cut]) + "\n\n.\n\n" + "\n".join(lines[cut:]) + "\n\n" + second
    assert join_hard_wraps(printed).split("\n\n") == [first, second.replace("\n", " ")]
    # the line before the break short (a paragraph's last line): two paragraphs
    short = "\n".join(lines[:cut]) + " ok.\n\n" + "\n".join(lines[cut:])
    assert len(join_hard_wraps(short).split("\n\n")) == 2
    capital = "\n".join(lines[:cut]) + "\n\n" + second
    assert len(join_hard_wraps(capital).split("\n\n")) == 2
    # a headline over a reader app's field line opening with the site's address
    # (metadata_h329's wallabag page): a field line, no sentence going on
    field_line = "kwazulu-izindaba.co.za   |   3 min   |   2026"
    field = "\n".join(lines[:cut]) + "\n\n" + field_line + "\n\n" + second
    assert len(join_hard_wraps(field).split("\n\n")) == 3


def test_a_box_of_long_items_over_a_wrapped_story_sets_no_width():
    """Review h349 (mn_pdfraw_keypoints): pdftotext printed a key-points box's items a
    line each, longer than the story's wrapped column; as lines with a line under them
    they set the width the page was tried at, no line was read as cut, and the story's
    lines, each its own paragraph, gave no article. Items (a line over a list item
    never joins it) are no paragraph's inner lines."""
    story = (
        "Түүхий ноолуурын үнэ энэ сард килограмм тутамдаа 165 мянган төгрөгт хүрч, сүүлийн "
        "гурван жилийн дээд түвшинд хүрлээ. Хятадын худалдан авагчдын эрэлт нэмэгдсэн нь "
        "үнийг өсгөсөн гэж мэргэжилтнүүд үзэж байна."
    )
    items = [
        "■ Түүхий ноолуурын килограмм 165 мянган төгрөгт хүрэв, өнгөрсөн оныхоос их",
        "■ Малчдын орлого өнгөрсөн оноос 20 хувиар өсөв гэж холбоо мэдэгдэв",
        "■ Боловсруулах үйлдвэрүүд түүхий эдийн хомсдолд орж болзошгүй байна",
    ]
    text = "Гол санаа\n" + "\n".join(items) + "\n\n" + textwrap.fill(story, 42) + "\n"
    assert join_hard_wraps(text).split("\n\n")[1].strip() == story


def test_a_box_drawn_table_a_text_browser_printed_prints_its_rows_and_no_rules():
    # review h378 (body_h378 ug_w3m_table, bg_w3m_tables): w3m -dump draws a bordered
    # <table> of a story with box-drawing characters, a rule between each two rows; its
    # rules and rows were chrome, a gap that ended the article before its last paragraph
    box = (
        "Harvest by county:\n┌────────┬──────┐\n│ County │ Tons │\n├────────┼──────┤\n"
        "│ Hill   │ 910  │\n├────────┼──────┤\n│ Vale   │ 840  │\n└────────┴──────┘\n\nAfter."
    )
    assert plain_markdown(box) == "Harvest by county:\nCounty\tTons\nHill\t910\nVale\t840\n\nAfter."
    # a data frame's or a database shell's box print (rows with no rule between them: a
    # listing of stories read by analysis.clean.clipping_table) is left as it is
    frame = "┌──────┬──────┐\n│ title │ date │\n├──────┼──────┤\n│ A    │ 1    │\n│ B    │ 2    │\n"
    frame += "└──────┴──────┘\n"
    assert plain_markdown(frame) == frame
